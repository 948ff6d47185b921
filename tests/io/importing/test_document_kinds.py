"""Each kind of coordination document, laid out as stored pages are: no blank lines.

Stored copies of real documents (a portal's text, a legal library's page) run the
header, title and body together line after line. The texts below follow the layouts of
the corpus's decisions, notices, regulations, district plans and letters.
"""

from __future__ import annotations

from quanhelaodong import parse_plan
from quanhelaodong.programmes import CoordinationProgramme, ProgrammeKind, Task


def _tasks(programme: CoordinationProgramme) -> list[Task]:
    return [task for task in programme.tasks if task.assignments]


def _roles(task: Task) -> list[tuple[str | None, str]]:
    return [(a.as_written, a.role.value) for a in task.assignments]


DECISION = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI
Số: 999/QĐ-UBND
Đồng Nai, ngày 01 tháng 6 năm 2023
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác liên ngành giải quyết tranh chấp lao động
Điều 1. Thành lập Tổ công tác liên ngành.
Điều 2. Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Công an tỉnh, Liên đoàn \
Lao động tỉnh hướng dẫn hoạt động của Tổ công tác.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Lao động - Thương binh và Xã hội, Chủ tịch UBND \
các huyện, thành phố chịu trách nhiệm thi hành Quyết định này."""


def test_a_decision_title_ends_where_its_articles_begin() -> None:
    programme = parse_plan(DECISION).programme
    assert programme.kind is ProgrammeKind.DECISION
    assert programme.title.endswith("giải quyết tranh chấp lao động")
    guide, execute = _tasks(programme)
    assert _roles(guide) == [("Sở Lao động - Thương binh và Xã hội", "lead"),
                             ("Công an tỉnh", "partner"), ("Liên đoàn Lao động tỉnh", "partner")]
    assert [a.agency for a in execute.assignments] == [
        "dong-nai/van-phong-ubnd-tinh", "dong-nai/so-ldtbxh", "dong-nai/ubnd-cap-huyen"]


NOTICE = """ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
Số: 12/TB-UBND
Hải Dương, ngày 10 tháng 2 năm 2024
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tình hình quan hệ lao động
Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:
1. Đánh giá cao sự phối hợp của các ngành.
2. Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp Ban Quản lý các khu công nghiệp \
tỉnh rà soát doanh nghiệp nợ lương, xong trước ngày 28/02/2024.
3. Công an tỉnh nắm chắc tình hình, chủ động phương án xử lý ngừng việc tập thể.
4. Đề nghị Liên đoàn Lao động tỉnh chỉ đạo công đoàn cơ sở tham gia giải quyết."""


def test_a_notice_of_conclusions_gives_each_item_to_its_body() -> None:
    programme = parse_plan(NOTICE).programme
    assert programme.kind is ProgrammeKind.NOTICE
    assert programme.title.startswith("Kết luận của Chủ tịch UBND tỉnh")
    review, police, union = _tasks(programme)
    assert _roles(review)[0] == ("Sở Lao động - Thương binh và Xã hội", "lead")
    assert str(review.timeframe).endswith("trước ngày 28/02/2024")
    assert _roles(police) == [("Công an tỉnh", "lead")]
    assert _roles(union) == [("Liên đoàn Lao động tỉnh", "lead")]
    assert union.assignments[0].mode.value == "requested"


REGULATION = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 45/QC-UBND
Ninh Bình, ngày 10 tháng 4 năm 2024
QUY CHẾ PHỐI HỢP
GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ LIÊN ĐOÀN LAO ĐỘNG TỈNH
Chương II
NỘI DUNG VÀ TRÁCH NHIỆM PHỐI HỢP
Điều 4. Trách nhiệm của Ủy ban nhân dân tỉnh
1. Chỉ đạo các sở, ngành tạo điều kiện để công đoàn hoạt động.
2. Hằng năm tổ chức hội nghị đối thoại với công nhân lao động.
Điều 5. Trách nhiệm của Liên đoàn Lao động tỉnh
1. Tuyên truyền, vận động đoàn viên chấp hành pháp luật lao động.
2. Phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra việc thực hiện chính sách."""


def test_a_regulation_gives_the_items_of_an_article_to_the_body_it_names() -> None:
    programme = parse_plan(REGULATION).programme
    assert programme.kind is ProgrammeKind.REGULATION
    assert programme.title == "GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ LIÊN ĐOÀN LAO ĐỘNG TỈNH"
    tasks = _tasks(programme)
    assert [[a.agency for a in t.assignments if a.role.value == "lead"] for t in tasks] == [
        ["ninh-binh/ubnd"], ["ninh-binh/ubnd"], ["ninh-binh/ldld"], ["ninh-binh/ldld"]]
    assert str(tasks[1].timeframe) == "Hằng năm"
    assert _roles(tasks[3])[1] == ("Sở Lao động - Thương binh và Xã hội", "partner")


DISTRICT_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN YÊN KHÁNH
Số: 88/KH-UBND
Yên Khánh, ngày 02 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Tháng Công nhân năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao đời sống công nhân.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Lao động - Thương binh và Xã hội
- Chủ trì, phối hợp với Liên đoàn Lao động huyện tổ chức kiểm tra an toàn lao động tại doanh \
nghiệp, hoàn thành trước ngày 30/5/2024.
- Tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/6/2024.
2. Liên đoàn Lao động huyện
- Tổ chức Lễ phát động Tháng Công nhân.
3. UBND các xã, thị trấn: Tuyên truyền trên hệ thống loa truyền thanh."""


def test_a_plan_section_headed_by_a_body_alone_gives_it_the_dashed_duties() -> None:
    result = parse_plan(DISTRICT_PLAN)
    tasks = _tasks(result.programme)
    assert [(t.id, _roles(t)[0][0]) for t in tasks] == [
        ("II.1.1", "Phòng Lao động - Thương binh và Xã hội"),
        ("II.1.2", "Phòng Lao động - Thương binh và Xã hội"),
        ("II.2.1", "Liên đoàn Lao động huyện"),
        ("II.3", "UBND các xã, thị trấn")]
    assert _roles(tasks[0])[1] == ("Liên đoàn Lao động huyện", "partner")
    assert str(tasks[0].timeframe) == "trước ngày 30/5/2024"
    # The duty that shares its heading's line is the task; the name stops at the colon.
    assert tasks[3].title == "Tuyên truyền trên hệ thống loa truyền thanh."
    assert not any(d.code == "unread-text" for d in result.diagnostics)


LETTER = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 1234/UBND-KGVX
V/v chi trả tiền lương, thưởng Tết năm 2024
Bắc Giang, ngày 05 tháng 12 năm 2023
Kính gửi:
- Sở Lao động - Thương binh và Xã hội;
- Liên đoàn Lao động tỉnh;
- UBND các huyện, thành phố.
Để đảm bảo quyền lợi của người lao động, Chủ tịch UBND tỉnh yêu cầu:
1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh theo dõi \
tình hình tiền lương, thưởng Tết.
2. UBND các huyện, thành phố chỉ đạo các cơ quan chuyên môn nắm tình hình doanh nghiệp.
3. Đề nghị Liên đoàn Lao động tỉnh tổ chức thăm hỏi công nhân có hoàn cảnh khó khăn."""


def test_a_letter_is_titled_by_its_subject_line() -> None:
    result = parse_plan(LETTER)
    assert result.programme.kind is ProgrammeKind.OFFICIAL_LETTER
    assert result.programme.title == "chi trả tiền lương, thưởng Tết năm 2024"
    assert not any(d.code == "no-title" for d in result.diagnostics)


def test_a_body_told_to_have_its_services_do_the_work_keeps_it() -> None:
    # "UBND các huyện, thành phố chỉ đạo các cơ quan chuyên môn ...": the district committees
    # are given the work; only a body that gives orders passes work on by "chỉ đạo".
    _wages, districts, _union = _tasks(parse_plan(LETTER).programme)
    assert [a.agency for a in districts.assignments] == ["bac-giang/ubnd-cap-huyen"]


DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH VĨNH PHÚC
Số: 05/CT-UBND
Vĩnh Phúc, ngày 10 tháng 01 năm 2024
CHỈ THỊ
Về việc tăng cường công tác phòng ngừa tranh chấp lao động, đình công
Để chủ động phòng ngừa, Chủ tịch UBND tỉnh yêu cầu:
1. Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:
a) Chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tổ chức thanh tra việc chấp hành \
pháp luật lao động.
2. Giám đốc Công an tỉnh chỉ đạo lực lượng nắm tình hình.
3. Đề nghị Liên đoàn Lao động tỉnh:
- Chỉ đạo công đoàn cơ sở tổ chức đối thoại định kỳ tại nơi làm việc.
- Phối hợp với Sở Lao động - Thương binh và Xã hội tham gia giải quyết tranh chấp lao động."""


def test_the_points_under_a_heading_go_to_its_body_not_to_the_item_before() -> None:
    inspect, police, dialogue, disputes = _tasks(parse_plan(DIRECTIVE).programme)
    assert _roles(inspect)[0] == ("Sở Lao động - Thương binh và Xã hội", "lead")
    assert _roles(police) == [("Công an tỉnh", "lead")]
    assert [a.agency for a in dialogue.assignments] == ["vinh-phuc/ldld"]
    assert dialogue.assignments[0].mode.value == "requested"
    assert _roles(disputes) == [("Liên đoàn Lao động tỉnh", "lead"),
                                ("Sở Lao động - Thương binh và Xã hội", "partner")]


UNION_PLAN = """LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN
Số: 120/KH-LĐLĐ
Thái Nguyên, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức các hoạt động Tháng Công nhân năm 2024
II. NỘI DUNG HOẠT ĐỘNG
1. Tổ chức Lễ phát động Tháng Công nhân cấp tỉnh.
- Thời gian: Tháng 5/2024.
- Đơn vị thực hiện: Ban Tuyên giáo LĐLĐ tỉnh.
III. TỔ CHỨC THỰC HIỆN
1. LĐLĐ các huyện, thành phố: Xây dựng kế hoạch tổ chức Tháng Công nhân, báo cáo kết quả về \
LĐLĐ tỉnh (qua Ban Tuyên giáo) trước ngày 15/6/2024."""


def test_labels_written_as_bullets_and_a_report_in_a_duty_section() -> None:
    result = parse_plan(UNION_PLAN)
    launch, districts = _tasks(result.programme)
    assert launch.title == "Tổ chức Lễ phát động Tháng Công nhân cấp tỉnh."
    assert str(launch.timeframe) == "Tháng 5/2024"
    assert _roles(launch) == [("Ban Tuyên giáo LĐLĐ tỉnh", "implementer")]
    assert str(districts.timeframe) == "trước ngày 15/6/2024"
    (rule,) = result.programme.reporting_rules
    assert (rule.reporters, rule.recipient, str(rule.due)) == (
        ("thai-nguyen/ldld-cap-huyen",), "thai-nguyen/ldld", "trước ngày 15/6/2024")


CONCLUSION_SUMMARY = """Chiều 12/4, Phó Chủ tịch UBND tỉnh Bình Dương chủ trì cuộc họp về tình hình lao \
động. Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh giao:
- Sở Lao động - Thương binh và Xã hội: Theo dõi chặt chẽ tình hình doanh nghiệp nợ lương.
- Công an tỉnh: Nắm tình hình, phối hợp với Liên đoàn Lao động tỉnh xử lý các vụ ngừng việc.
- Liên đoàn Lao động tỉnh được giao chủ trì tổ chức đối thoại với công nhân trong quý II/2024."""


def test_a_body_that_is_given_work_in_the_passive_leads_it() -> None:
    *_, dialogue = _tasks(parse_plan(CONCLUSION_SUMMARY, area="binh-duong").programme)
    assert _roles(dialogue) == [("Liên đoàn Lao động tỉnh", "lead")]
    assert str(dialogue.timeframe) == "quý II/2024"


PLAN_SUMMARY = """Theo Kế hoạch, Sở Nội vụ là cơ quan thường trực, chủ trì tham mưu UBND tỉnh triển \
khai thực hiện Kế hoạch. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ chức năng, \
nhiệm vụ được giao xây dựng kế hoạch chi tiết. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và \
các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, vận động đoàn viên, hội viên."""


def test_a_standing_body_a_remit_and_two_bodies_joined_by_and() -> None:
    standing, remit, front = _tasks(parse_plan(PLAN_SUMMARY, area="binh-duong").programme)
    assert _roles(standing) == [("Sở Nội vụ", "lead")]
    assert [written for written, _ in _roles(remit)] == [
        "Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]
    assert [written for written, _ in _roles(front)] == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"]


def test_the_sides_of_a_regulation_share_its_common_duties() -> None:
    text = REGULATION + """
Điều 6. Trách nhiệm chung
1. Trao đổi thông tin về tình hình quan hệ lao động.
Hai bên có trách nhiệm tổ chức sơ kết định kỳ 6 tháng một lần."""
    *_, shared, both = _tasks(parse_plan(text).programme)
    sides = ["ninh-binh/ubnd", "ninh-binh/ldld"]
    assert [a.agency for a in shared.assignments] == sides
    assert [a.agency for a in both.assignments] == sides
    assert str(both.timeframe) == "định kỳ 6 tháng một lần"
