"""Assignments read from sentences, wherever a document gives work in running text.

Each test reads a short text written for it in the style of real letters, decisions and
press summaries (none is taken from the corpus in tests/corpus, which is the measure).
"""

from __future__ import annotations

import pendulum
import pytest

from quanhelaodong import parse_plan, validate
from quanhelaodong.agencies import Classification, Side
from quanhelaodong.deadlines import DateRange, DueDate, Undated, UnreadableTimeframe
from quanhelaodong.io import ParseResult
from quanhelaodong.programmes import AssignmentMode, CoordinationProgramme, ProgrammeKind, Role, Task

HUE = "thua-thien-hue"


def read(text: str, area: str | None = HUE) -> ParseResult:
    return parse_plan(text, area=area)


def given_tasks(programme: CoordinationProgramme) -> list[Task]:
    """The tasks that give work to someone (headings of a plan carry none)."""
    return [task for task in programme.tasks if task.assignments]


def only_task(text: str, area: str | None = HUE) -> Task:
    tasks = given_tasks(read(text, area).programme)
    assert len(tasks) == 1, [task.title for task in tasks]
    return tasks[0]


def cast(task: Task) -> list[tuple[str, Role]]:
    """Who takes part and how, as written."""
    return [(a.as_written or "", a.role) for a in task.assignments]


def key(agency_id: str) -> str:
    return agency_id.split("/", 1)[1]


def leads(task: Task) -> list[str]:
    return [key(agency) for agency in task.leads]


def partners(task: Task) -> list[str]:
    return [key(agency) for agency in task.partners]


def letter(body: str, *addressees: str) -> str:
    """An official letter of the provincial committee to ``addressees``, then ``body``."""
    lines = ["Số: 377/UBND-VX", "Thừa Thiên Huế, ngày 08 tháng 10 năm 2024", "Kính gửi:"]
    lines += [f"- {name};" for name in addressees] or ["- Sở Nội vụ."]
    return "\n".join(lines) + "\n" + body


# -- cues: "giao", "yêu cầu", "đề nghị", "chỉ đạo" ----------------------------------------------


def test_giao_gives_the_lead_and_phoi_hop_voi_the_partners() -> None:
    task = only_task("Theo đó, UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và "
                     "Liên đoàn Lao động tỉnh xây dựng dự thảo Quy chế phối hợp trước ngày "
                     "15/11/2024.")
    assert cast(task) == [("Sở Nội vụ", Role.LEAD), ("Sở Tài chính", Role.PARTNER),
                          ("Liên đoàn Lao động tỉnh", Role.PARTNER)]
    assert leads(task) == ["so-noi-vu"]
    assert partners(task) == ["so-tai-chinh", "ldld"]
    assert task.assignments[0].mode is AssignmentMode.ASSIGNED


def test_yeu_cau_gives_the_work_to_the_body_after_the_title() -> None:
    task = only_task("Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế khẩn trương kiểm tra công tác "
                     "bảo đảm an toàn thực phẩm tại các bếp ăn tập thể.")
    assert leads(task) == ["so-y-te"]
    assert cast(task) == [("Sở Y tế", Role.LEAD)]
    assert task.assignments[0].mode is AssignmentMode.ASSIGNED


def test_chi_dao_gives_the_work_to_the_body_directed() -> None:
    task = only_task("UBND tỉnh chỉ đạo Sở Nội vụ tham mưu thành lập Tổ công tác liên ngành về "
                     "quan hệ lao động.")
    assert leads(task) == ["so-noi-vu"]
    assert partners(task) == []


def test_de_nghi_after_the_issuer_requests_even_of_a_state_body() -> None:
    # Sở Y tế is a state body: the committee could assign, but the text asks.
    text = letter("UBND tỉnh đề nghị Sở Y tế kiểm tra việc khám sức khỏe định kỳ cho người lao "
                  "động tại các doanh nghiệp.\n", "Sở Y tế")
    result = read(text)
    assert result.programme.issuer == f"{HUE}/ubnd"
    (task,) = given_tasks(result.programme)
    assert leads(task) == ["so-y-te"]
    assert task.assignments[0].mode is AssignmentMode.REQUESTED


def test_kinh_de_nghi_requests() -> None:
    task = only_task("Kính đề nghị Hiệp hội Doanh nghiệp tỉnh vận động hội viên tham gia Tháng "
                     "hành động về an toàn, vệ sinh lao động.")
    assert leads(task) == ["hiep-hoi-dn"]
    assert task.assignments[0].mode is AssignmentMode.REQUESTED


def test_a_plain_letter_assigns_to_its_own_departments() -> None:
    text = letter("UBND tỉnh giao Sở Y tế chủ trì kiểm tra việc khám sức khỏe định kỳ cho người "
                  "lao động.\n", "Sở Y tế")
    (task,) = given_tasks(read(text).programme)
    assert task.assignments[0].mode is AssignmentMode.ASSIGNED


def test_de_nghi_opening_a_sentence_requests() -> None:
    text = letter("Đề nghị Sở Y tế chủ trì kiểm tra việc khám sức khỏe định kỳ cho người lao "
                  "động tại các doanh nghiệp.\n", "Sở Y tế")
    (task,) = given_tasks(read(text).programme)
    assert leads(task) == ["so-y-te"]
    assert task.assignments[0].mode is AssignmentMode.REQUESTED


def test_de_nghi_opening_a_sentence_of_a_press_text_is_a_task() -> None:
    task = only_task("Đề nghị Sở Y tế kiểm tra việc khám sức khỏe định kỳ cho người lao động tại "
                     "các doanh nghiệp.")
    assert leads(task) == ["so-y-te"]
    assert task.assignments[0].mode is AssignmentMode.REQUESTED


def test_de_nghi_a_body_to_direct_others_gives_it_the_lead() -> None:
    task = only_task("Đề nghị Liên đoàn Lao động tỉnh chỉ đạo các cấp công đoàn tổ chức đối thoại "
                     "với người lao động trong Tháng Công nhân.")
    assert leads(task) == ["ldld"]
    assert task.assignments[0].mode is AssignmentMode.REQUESTED


# -- a body at the start of a sentence, followed by what it is to do -----------------------------


def test_a_subject_with_a_word_of_duty_leads() -> None:
    task = only_task("Sở Tư pháp có trách nhiệm phổ biến pháp luật lao động cho người lao động "
                     "tại các khu công nghiệp trong năm 2024.")
    assert cast(task) == [("Sở Tư pháp", Role.LEAD)]


def test_a_subject_that_presides_with_partners() -> None:
    # The comma inside "Ban Quản lý Khu kinh tế, công nghiệp tỉnh" does not split it.
    task = only_task("Sở Công Thương chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý Khu kinh tế, "
                     "công nghiệp tỉnh kiểm tra an toàn phòng cháy tại các nhà xưởng.")
    assert leads(task) == ["so-cong-thuong"]
    assert partners(task) == ["so-xay-dung", "ban-ql-kcn"]
    assert cast(task)[2] == ("Ban Quản lý Khu kinh tế, công nghiệp tỉnh", Role.PARTNER)


def test_an_opening_phrase_before_the_subject() -> None:
    task = only_task("Bên cạnh đó, Bảo hiểm xã hội tỉnh cần tăng cường đôn đốc các đơn vị chậm "
                     "đóng bảo hiểm xã hội.")
    assert leads(task) == ["bhxh"]


# -- the list that carries a decision out --------------------------------------------------------

DECISION = (
    "Số: 42/QĐ-UBND\nThừa Thiên Huế, ngày 20 tháng 5 năm 2024\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Quy chế phối hợp giải quyết tranh chấp lao động\n"
    "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giải quyết tranh chấp lao động "
    "trên địa bàn tỉnh.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Nội vụ, Tư pháp; Chủ tịch UBND các "
    "huyện, thị xã, thành phố Huế chịu trách nhiệm thi hành Quyết định này.\n"
)


def test_those_who_execute_a_decision_all_lead_with_titles_dropped() -> None:
    result = read(DECISION)
    programme = result.programme
    assert programme.kind is ProgrammeKind.DECISION
    (task,) = given_tasks(programme)
    assert task.title.startswith("Điều 3.")
    assert cast(task) == [("Văn phòng UBND tỉnh", Role.LEAD), ("Sở Nội vụ", Role.LEAD),
                          ("Sở Tư pháp", Role.LEAD),
                          ("UBND các huyện, thị xã, thành phố Huế", Role.LEAD)]
    assert leads(task)[1:] == ["so-noi-vu", "so-tu-phap", "ubnd-cap-huyen"]


def test_an_office_no_catalogue_knows_is_kept_as_a_provisional_office() -> None:
    programme = read(DECISION).programme
    (office,) = programme.agencies
    assert office.provisional
    assert office.name == "Văn phòng UBND tỉnh"
    assert office.classification is Classification.OFFICE
    assert office.side is Side.STATE
    (task,) = given_tasks(programme)
    assert task.leads[0] == office.id
    assert ("provisional-agency", "agencies[0]") in [(p.code, p.path) for p in validate(programme)]


def test_quyet_dinh_colon_opens_the_articles() -> None:
    text = ("Số: 43/QĐ-UBND\nThừa Thiên Huế, ngày 21 tháng 5 năm 2024\n"
            "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;\n"
            "QUYẾT ĐỊNH:\n"
            "Điều 1. Thành lập Tổ công tác liên ngành về quan hệ lao động tỉnh.\n"
            "Điều 2. Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh hướng dẫn Tổ công tác "
            "triển khai nhiệm vụ.\n")
    result = read(text, area=None)
    programme = result.programme
    assert programme.kind is ProgrammeKind.DECISION
    assert programme.document is not None
    assert programme.document.symbol == "43/QĐ-UBND"
    assert programme.area == HUE
    (task,) = given_tasks(programme)
    assert task.title.startswith("Điều 2.")
    assert leads(task) == ["so-noi-vu"]
    assert partners(task) == ["ldld"]
    assert not [d for d in result.diagnostics if d.code == "unread-text"]


# -- headings that give the items after them ------------------------------------------------------


def test_doi_voi_and_a_body_with_a_colon_head_the_items_after_them() -> None:
    text = letter(
        "Để bảo đảm quyền lợi của người lao động, UBND tỉnh có ý kiến như sau:\n"
        "1. Đối với Bảo hiểm xã hội tỉnh\n"
        "- Rà soát các đơn vị chậm đóng bảo hiểm xã hội từ 3 tháng trở lên.\n"
        "- Phối hợp với Sở Nội vụ kiểm tra, xử lý các đơn vị vi phạm.\n"
        "2. Sở Y tế:\n"
        "- Chỉ đạo các cơ sở khám bệnh, chữa bệnh bảo đảm quyền lợi người có thẻ bảo hiểm y tế.\n",
        "Bảo hiểm xã hội tỉnh", "Sở Y tế")
    tasks = given_tasks(read(text).programme)
    assert [(task.title[:20], leads(task), partners(task)) for task in tasks] == [
        ("Rà soát các đơn vị c", ["bhxh"], []),
        ("Phối hợp với Sở Nội ", ["bhxh"], ["so-noi-vu"]),
        ("Chỉ đạo các cơ sở kh", ["so-y-te"], []),
    ]


def test_a_heading_de_nghi_requests_the_items_after_it() -> None:
    text = letter("Đề nghị Liên đoàn Lao động tỉnh:\n"
                  "- Tổ chức đối thoại với đoàn viên tại các doanh nghiệp có đông lao động.\n"
                  "- Tuyên truyền pháp luật lao động cho người lao động.\n",
                  "Liên đoàn Lao động tỉnh")
    tasks = given_tasks(read(text).programme)
    assert [leads(task) for task in tasks] == [["ldld"], ["ldld"]]
    assert {task.assignments[0].mode for task in tasks} == {AssignmentMode.REQUESTED}


def test_an_item_that_guides_others_keeps_the_headings_lead() -> None:
    text = letter("Sở Nội vụ:\n"
                  "- Hướng dẫn các doanh nghiệp xây dựng quy chế trả lương, thưởng.\n"
                  "- Theo dõi tình hình tranh chấp lao động tập thể.\n", "Sở Nội vụ")
    tasks = given_tasks(read(text).programme)
    assert [leads(task) for task in tasks] == [["so-noi-vu"], ["so-noi-vu"]]


def test_a_sentence_introducing_items_is_no_task_itself() -> None:
    text = letter("UBND tỉnh yêu cầu Sở Nội vụ thực hiện các nội dung sau:\n"
                  "1. Nắm tình hình trả lương, thưởng Tết tại các doanh nghiệp.\n"
                  "2. Hướng dẫn giải quyết kịp thời các vụ tranh chấp phát sinh.\n", "Sở Nội vụ")
    tasks = given_tasks(read(text).programme)
    assert [task.title[:12] for task in tasks] == ["Nắm tình hìn", "Hướng dẫn gi"]
    assert [leads(task) for task in tasks] == [["so-noi-vu"], ["so-noi-vu"]]


# -- a sentence with no subject goes on with the previous one ------------------------------------


def test_a_subjectless_follow_on_keeps_the_previous_lead() -> None:
    programme = read("Sở Nội vụ có trách nhiệm hướng dẫn các doanh nghiệp xây dựng thang lương, "
                     "bảng lương. Phối hợp với Liên đoàn Lao động tỉnh kiểm tra việc thực hiện "
                     "trước ngày 30/11/2024.").programme
    first, second = given_tasks(programme)
    assert leads(first) == leads(second) == ["so-noi-vu"]
    assert partners(first) == []
    assert partners(second) == ["ldld"]
    assert second.title.startswith("Phối hợp với")
    assert str(second.timeframe) == "trước ngày 30/11/2024"
    assert first.timeframe is None


def test_a_sentence_with_nothing_to_do_does_not_go_on() -> None:
    programme = read("Sở Nội vụ có trách nhiệm hướng dẫn các doanh nghiệp xây dựng thang lương, "
                     "bảng lương. Năm 2023, toàn tỉnh có 45 doanh nghiệp chậm trả lương.").programme
    assert len(given_tasks(programme)) == 1


# -- recalling an earlier instruction is no task -------------------------------------------------


def test_recalling_an_earlier_instruction_is_no_task() -> None:
    programme = read(
        "Tại Công văn số 1234/VPCP-KGVX ngày 05/3/2024, Thủ tướng Chính phủ đã chỉ đạo Bộ Lao động "
        "- Thương binh và Xã hội rà soát chính sách tiền lương. Thực hiện chỉ đạo đó, UBND tỉnh "
        "giao Sở Nội vụ chủ trì tham mưu triển khai trên địa bàn tỉnh.").programme
    (task,) = given_tasks(programme)
    assert leads(task) == ["so-noi-vu"]
    assert task.title.startswith("Thực hiện chỉ đạo đó")


def test_implementing_an_earlier_plan_now_is_a_task() -> None:
    text = letter("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND tỉnh, UBND tỉnh đề "
                  "nghị Sở Nội vụ tổng hợp tình hình tiền lương năm 2024.\n", "Sở Nội vụ")
    (task,) = given_tasks(read(text).programme)
    assert leads(task) == ["so-noi-vu"]
    assert task.assignments[0].mode is AssignmentMode.REQUESTED


# -- in a press text, a subject needs a word of duty ---------------------------------------------

PRESS = ("Sở Y tế tổ chức hội nghị tập huấn về an toàn vệ sinh lao động cho 200 học viên. "
         "Liên đoàn Lao động tỉnh trao 500 suất quà cho công nhân có hoàn cảnh khó khăn. "
         "Công an tỉnh cần tăng cường nắm tình hình tại các khu nhà trọ công nhân.")


def test_in_a_press_text_only_a_subject_under_a_duty_counts() -> None:
    result = read(PRESS)
    assert result.programme.document is None
    (task,) = given_tasks(result.programme)
    assert leads(task) == ["cong-an"]
    assert task.title.startswith("Công an tỉnh cần")


@pytest.mark.parametrize("duty", ["chủ trì", "có trách nhiệm", "cần", "phải", "khẩn trương",
                                  "tiếp tục", "thường xuyên"])
def test_words_of_duty(duty: str) -> None:
    task = only_task(f"Bảo hiểm xã hội tỉnh {duty} đôn đốc các doanh nghiệp nợ đọng bảo hiểm "
                     "xã hội.")
    assert leads(task) == ["bhxh"]


def test_in_a_letter_a_subject_and_what_it_does_is_enough() -> None:
    text = letter("Sở Y tế tổ chức tập huấn về an toàn vệ sinh lao động cho các doanh nghiệp.\n",
                  "Sở Y tế")
    (task,) = given_tasks(read(text).programme)
    assert leads(task) == ["so-y-te"]


# -- bodies no catalogue knows ----------------------------------------------------------------------


def test_an_unknown_body_is_kept_as_a_provisional_agency() -> None:
    result = read("UBND tỉnh giao Công ty Điện lực Thừa Thiên Huế bảo đảm cung cấp điện ổn định "
                  "cho các khu công nghiệp.")
    programme = result.programme
    (power,) = programme.agencies
    assert power.provisional
    assert power.name == "Công ty Điện lực Thừa Thiên Huế"
    assert (power.classification, power.side) == (Classification.ENTERPRISE, Side.EMPLOYERS)
    assert power.id.startswith(f"{HUE}/")
    (task,) = given_tasks(programme)
    assert task.leads == (power.id,)
    assert cast(task) == [("Công ty Điện lực Thừa Thiên Huế", Role.LEAD)]
    warned = [p for p in validate(programme) if p.code == "provisional-agency"]
    assert [p.path for p in warned] == ["agencies[0]"]


def test_an_unknown_partner_is_kept_too() -> None:
    task = only_task("Sở Nội vụ chủ trì, phối hợp với Công an xã Phú Mậu kiểm tra các cơ sở sử "
                     "dụng lao động.")
    assert leads(task) == ["so-noi-vu"]
    (partner,) = task.partners
    assert partner == f"{HUE}/cong-an-xa-phu-mau"


def test_an_unknown_body_whose_name_holds_a_verb_is_named_whole() -> None:
    task = only_task("Trung tâm Dịch vụ việc làm tỉnh chủ trì, phối hợp với Công đoàn Khu kinh tế "
                     "tổ chức phiên giao dịch việc làm cho người lao động.")
    assert cast(task)[0] == ("Trung tâm Dịch vụ việc làm tỉnh", Role.LEAD)


def test_a_request_to_report_is_not_a_body() -> None:
    text = letter("UBND tỉnh có ý kiến như sau:\n"
                  "1. Yêu cầu báo cáo kết quả rà soát về UBND tỉnh trước ngày 30/11/2024.\n",
                  "Sở Nội vụ", "Liên đoàn Lao động tỉnh")
    programme = read(text).programme
    assert programme.agencies == ()
    (task,) = given_tasks(programme)
    assert leads(task) == ["so-noi-vu", "ldld"]


# -- time phrases --------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "kind", "due"), [
    ("trước ngày 15/11/2024", DueDate, pendulum.Date(2024, 11, 14)),
    ("chậm nhất ngày 30/11/2024", DueDate, pendulum.Date(2024, 11, 30)),
    ("trong năm 2024", DateRange, pendulum.Date(2024, 12, 31)),
    ("Quý III/2024", DateRange, pendulum.Date(2024, 9, 30)),
    ("tháng 10/2024", DateRange, pendulum.Date(2024, 10, 31)),
])
def test_a_readable_time_phrase_is_attached_typed(phrase: str, kind: type, due: pendulum.Date) -> None:
    result = read(f"Sở Nội vụ có trách nhiệm tổng hợp tình hình tiền lương {phrase}.")
    (task,) = given_tasks(result.programme)
    assert task.timeframe is not None
    assert isinstance(task.timeframe, kind)
    assert str(task.timeframe) == phrase
    assert task.timeframe.due == due
    assert "unread-timeframe" not in [d.code for d in result.diagnostics]


def test_thuong_xuyen_is_undated() -> None:
    task = only_task("Sở Lao động - Thương binh và Xã hội thường xuyên kiểm tra việc thực hiện "
                     "chính sách tiền lương.")
    assert leads(task) == ["so-ldtbxh"]
    assert isinstance(task.timeframe, Undated)
    assert str(task.timeframe) == "thường xuyên"


@pytest.mark.parametrize("phrase", ["trong dịp Tết", "trước mắt"])
def test_an_unreadable_time_phrase_is_kept_as_written_and_reported(phrase: str) -> None:
    result = read(f"UBND tỉnh giao Sở Công Thương bảo đảm nguồn hàng thiết yếu {phrase} cho "
                  "công nhân.")
    (task,) = given_tasks(result.programme)
    assert isinstance(task.timeframe, UnreadableTimeframe)
    assert str(task.timeframe) == phrase
    unread = [d for d in result.diagnostics if d.code == "unread-timeframe"]
    assert [d.text for d in unread] == [phrase]


def test_a_readable_phrase_is_preferred_to_an_unreadable_one() -> None:
    task = only_task("UBND tỉnh giao Sở Công Thương trước mắt rà soát nguồn hàng, báo cáo "
                     "UBND tỉnh trước ngày 20/12/2024.")
    assert isinstance(task.timeframe, DueDate)
    assert str(task.timeframe) == "trước ngày 20/12/2024"


@pytest.mark.parametrize(("phrase", "due"), [
    ("trong Quý III/2024", pendulum.Date(2024, 9, 30)),
    ("trong tháng 10/2024", pendulum.Date(2024, 10, 31)),
    ("hoàn thành trước ngày 20/12/2024", pendulum.Date(2024, 12, 19)),
])
def test_a_phrase_with_a_leading_word_is_still_read(phrase: str, due: pendulum.Date) -> None:
    task = only_task(f"Sở Nội vụ có trách nhiệm tổng hợp tình hình tiền lương, {phrase}.")
    assert not isinstance(task.timeframe, UnreadableTimeframe)
    assert task.timeframe is not None
    assert task.timeframe.due == due


def test_the_unread_timeframe_diagnostic_points_at_the_phrase() -> None:
    text = "UBND tỉnh giao Sở Công Thương bảo đảm nguồn hàng thiết yếu trong dịp Tết cho công nhân."
    (diagnostic,) = [d for d in read(text).diagnostics if d.code == "unread-timeframe"]
    assert text[diagnostic.start:diagnostic.end] == "trong dịp Tết"


# -- the header: tables, numbers in running text, addressees -------------------------------------

TABLE_HEADER = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "TỈNH THỪA THIÊN HUẾ | ĐỘC LẬP - TỰ DO - HẠNH PHÚC\n"
                "Số: 95/UBND-VX | Thừa Thiên Huế, ngày 14 tháng 10 năm 2024\n")
LETTER_BODY = ("Kính gửi: Sở Nội vụ.\n"
               "UBND tỉnh giao Sở Nội vụ chủ trì tổng hợp tình hình tiền lương, thưởng năm 2024.\n")


def test_a_header_table_is_read_cell_by_cell() -> None:
    result = read(TABLE_HEADER + LETTER_BODY, area=None)
    programme = result.programme
    assert programme.document is not None
    assert programme.document.symbol == "95/UBND-VX"
    assert programme.document.issued_on == pendulum.Date(2024, 10, 14)
    assert programme.area == HUE
    assert programme.issuer == f"{HUE}/ubnd"
    assert programme.kind is ProgrammeKind.OFFICIAL_LETTER
    (task,) = given_tasks(programme)
    assert leads(task) == ["so-noi-vu"]
    assert programme.agencies == ()


def test_a_header_table_with_the_motto_as_usually_written() -> None:
    header = TABLE_HEADER.replace("ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "Độc lập - Tự do - Hạnh phúc")
    programme = read(header + LETTER_BODY, area=None).programme
    assert programme.document is not None
    assert programme.document.symbol == "95/UBND-VX"
    assert [leads(task) for task in given_tasks(programme)] == [["so-noi-vu"]]


def test_a_document_number_found_in_running_text() -> None:
    result = read("UBND tỉnh vừa ban hành Công văn số 2417/UBND-VX về việc bảo đảm tiền lương, "
                  "thưởng Tết năm 2025. Theo đó, Sở Nội vụ chủ trì theo dõi tình hình tiền lương "
                  "tại các doanh nghiệp.")
    programme = result.programme
    assert programme.document is not None
    assert programme.document.symbol == "2417/UBND-VX"
    assert programme.issuer == f"{HUE}/ubnd"
    (task,) = given_tasks(programme)
    assert leads(task) == ["so-noi-vu"]


def test_a_so_line_wins_over_a_number_in_running_text() -> None:
    text = letter("Thực hiện Kế hoạch số 12/KH-UBND, UBND tỉnh vừa ban hành Kế hoạch số 30/KH-UBND "
                  "về Tháng Công nhân.\n", "Sở Nội vụ")
    programme = read(text).programme
    assert programme.document is not None
    assert programme.document.symbol == "377/UBND-VX"


def test_a_number_merely_cited_is_not_the_documents_own() -> None:
    programme = read("Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, Sở Nội vụ cần rà soát "
                     "tình hình tiền lương.").programme
    assert programme.document is None


def test_addressees_over_dashed_lines_take_a_request_with_no_subject() -> None:
    text = letter("UBND tỉnh có ý kiến như sau:\n"
                  "1. Đề nghị khẩn trương rà soát tình hình nợ lương tại các doanh nghiệp.\n",
                  "Sở Nội vụ", "Liên đoàn Lao động tỉnh", "Hiệp hội Doanh nghiệp tỉnh")
    result = read(text)
    programme = result.programme
    assert programme.kind is ProgrammeKind.OFFICIAL_LETTER
    (task,) = given_tasks(programme)
    assert task.title.startswith("Đề nghị khẩn trương")
    assert leads(task) == ["so-noi-vu", "ldld", "hiep-hoi-dn"]
    assert programme.agencies == ()
    assert "unknown-agency" not in [d.code for d in result.diagnostics]


def test_addressees_wrapped_without_dashes() -> None:
    text = ("Số: 378/UBND-VX\nThừa Thiên Huế, ngày 09 tháng 10 năm 2024\n"
            "Kính gửi: Sở Nội vụ,\n"
            "  các sở, ban, ngành có liên quan.\n"
            "1. Đề nghị khẩn trương rà soát tình hình nợ lương tại các doanh nghiệp.\n")
    (task,) = given_tasks(read(text).programme)
    assert leads(task) == ["so-noi-vu", "so-nganh-lien-quan"]


def test_an_item_with_no_request_is_not_given_to_the_addressees() -> None:
    text = letter("UBND tỉnh có ý kiến như sau:\n"
                  "1. Năm 2024, toàn tỉnh có 12 vụ ngừng việc tập thể.\n",
                  "Sở Nội vụ", "Liên đoàn Lao động tỉnh")
    assert given_tasks(read(text).programme) == []


def test_a_reporting_duty_in_running_text_becomes_a_rule() -> None:
    programme = read("Giao Sở Nội vụ chủ trì rà soát tình hình trả lương. Các sở, ngành báo cáo "
                     "kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 20/12/2024.").programme
    (rule,) = programme.reporting_rules
    assert rule.recipient == f"{HUE}/ubnd"
    assert rule.via == f"{HUE}/so-noi-vu"
    assert str(rule.due) == "trước ngày 20/12/2024"
    (reporter,) = rule.reporters
    assert programme.agency(reporter).name.startswith("Các sở, ban, ngành")


def test_a_report_with_no_time_is_no_rule() -> None:
    programme = read("Giao Sở Nội vụ chủ trì rà soát, báo cáo kết quả về UBND tỉnh.").programme
    assert programme.reporting_rules == ()


def test_an_unknown_name_cut_at_va_is_joined_back() -> None:
    # With no area nothing resolves "Sở Kế hoạch và Đầu tư": it was read as two bodies.
    programme = read("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Kế hoạch và Đầu tư, Giám "
                     "đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này.", area=None).programme
    (task,) = given_tasks(programme)
    assert [a.as_written for a in task.assignments] == [
        "Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Công an tỉnh"]


def test_a_decision_carried_out_on_its_own_terms_names_its_executors() -> None:
    programme = read("QUYẾT ĐỊNH:\nĐiều 1. Ban hành Chương trình việc làm.\nĐiều 2. Chánh Văn "
                     "phòng UBND tỉnh, Giám đốc Sở Nội vụ, Chủ tịch UBND huyện, thị xã căn cứ "
                     "Quyết định thi hành./.").programme
    (task,) = given_tasks(programme)
    assert len(task.leads) == 3
    assert task.leads[1] == f"{HUE}/so-noi-vu"


# -- time phrases and reports as portals write them ------------------------------------------


def test_a_dotted_date_with_an_hour_is_a_deadline_and_gui_so_x_submits_a_report() -> None:
    result = read("1. UBND các huyện, thị xã, thành phố lập danh sách người lao động cần hỗ trợ, gửi "
                  "Sở Lao động - Thương binh và Xã hội trước 9h00 ngày 07.10.2021 để tổng hợp, "
                  "báo cáo UBND tỉnh.")
    (task,) = given_tasks(result.programme)
    assert str(task.timeframe) == "trước 9h00 ngày 07.10.2021"
    (rule,) = result.programme.reporting_rules
    # Sent to the department by the deadline; what it reports on has no time of its own.
    assert (key(rule.recipient), rule.via, str(rule.due)) == (
        "so-ldtbxh", None, "trước 9h00 ngày 07.10.2021")


def test_before_during_and_after_tet_is_a_time_phrase() -> None:
    task = only_task("Sở Lao động - Thương binh và Xã hội chủ trì kiểm tra an toàn lao động "
                     "trước, trong và sau Tết Nguyên đán Quý Mão 2023.")
    assert str(task.timeframe) == "trước, trong và sau Tết Nguyên đán Quý Mão 2023"


def test_a_vague_time_sets_no_reports_due() -> None:
    result = read("Sở Lao động - Thương binh và Xã hội theo dõi người lao động không về tỉnh trong "
                  "thời gian tới, báo cáo UBND tỉnh.")
    assert result.programme.reporting_rules == ()


def test_giao_nhiem_vu_cho_gives_the_work_and_a_head_noun_holding_a_verb_is_read_whole() -> None:
    task = only_task("Chủ tịch UBND tỉnh giao nhiệm vụ cho Sở Lao động - Thương binh và Xã hội "
                     "theo dõi việc chi trả lương, phối hợp với người sử dụng lao động tổ chức "
                     "đối thoại trước ngày 20/01/2024.")
    assert cast(task) == [("Sở Lao động - Thương binh và Xã hội", Role.LEAD),
                          ("người sử dụng lao động", Role.PARTNER)]


def test_verbs_end_a_name_only_in_lower_case_so_departments_named_by_them_stay_whole() -> None:
    # No area: the names are read by their head nouns, so only the stop words can end them.
    result = read("Phó Chủ tịch UBND tỉnh giao: Sở Tài chính bố trí kinh phí; Sở Xây dựng hướng "
                  "dẫn thủ tục xây dựng nhà ở cho công nhân trước Tết Nguyên đán.", area=None)
    finance, building = given_tasks(result.programme)
    assert [a.as_written for a in finance.assignments] == ["Sở Tài chính"]
    assert [a.as_written for a in building.assignments] == ["Sở Xây dựng"]
    assert str(building.timeframe) == "trước Tết Nguyên đán"


def test_a_long_name_with_and_and_a_collective_after_va_cac() -> None:
    task = only_task("Phó Chủ tịch UBND tỉnh đề nghị Công an tỉnh phối hợp với Ban quản lý khu "
                     "kinh tế và các khu công nghiệp của tỉnh, Sở Ngoại vụ và các đơn vị có liên "
                     "quan xử lý dứt điểm.", area=None)
    assert [a.as_written for a in task.assignments if a.role is Role.PARTNER] == [
        "Ban quản lý khu kinh tế và các khu công nghiệp của tỉnh", "Sở Ngoại vụ",
        "các đơn vị có liên quan"]


def test_a_letter_sentence_opening_with_a_full_date_recalls_an_event() -> None:
    result = read(letter("Ngày 16/11/2007, Thủ tướng Chính phủ ban hành Nghị định số "
                         "168/2007/NĐ-CP về lao động nước ngoài.\nSở Nội vụ chủ trì, phối hợp với "
                         "LĐLĐ và cơ quan chức năng triển khai thực hiện."))
    (task,) = given_tasks(result.programme)
    assert cast(task) == [("Sở Nội vụ", Role.LEAD), ("LĐLĐ", Role.PARTNER),
                          ("cơ quan chức năng", Role.PARTNER)]


def test_an_event_sets_a_tasks_time_but_the_sentences_own_circumstance_does_not() -> None:
    result = read("Sau khi nghe báo cáo, Chủ tịch UBND tỉnh yêu cầu đoàn đại biểu báo cáo nhanh với "
                  "Liên đoàn Lao động tỉnh sau khi kết thúc đại hội.")
    (task,) = given_tasks(result.programme)
    assert str(task.timeframe) == "sau khi kết thúc đại hội"
    (rule,) = result.programme.reporting_rules
    assert key(rule.recipient) == "ldld"


def test_a_collective_takes_the_bare_kinds_after_it_but_not_one_with_its_own_cac() -> None:
    task = only_task("UBND thành phố đề nghị các sở, ngành, đơn vị, địa phương phối hợp với các "
                     "ngành, các huyện, thị xã, thành phố và cơ quan BHXH tuyên truyền.")
    assert cast(task) == [("các sở, ngành, đơn vị, địa phương", Role.LEAD),
                          ("các ngành", Role.PARTNER), ("các huyện, thị xã, thành phố", Role.PARTNER),
                          ("cơ quan BHXH", Role.PARTNER)]
    assert task.partners[1] == "thua-thien-hue/ubnd-cap-huyen"


def test_a_time_between_the_cue_and_the_body() -> None:
    task = only_task("Công đoàn các khu công nghiệp yêu cầu hằng tuần văn phòng đại diện công đoàn "
                     "tại các khu báo cáo tình hình trả lương.")
    assert task.assignments[0].as_written == "văn phòng đại diện công đoàn"


def test_after_a_condition_thi_opens_the_subject_and_a_body_that_reports_is_given_work() -> None:
    result = read("Đối với trường hợp có đề xuất điều chỉnh địa bàn thì Sở Lao động - Thương binh "
                  "và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh rà soát.\nNgoài ra, các "
                  "đơn vị báo cáo kết quả về UBND tỉnh trước ngày 15/5/2015.")
    review, report = given_tasks(result.programme)
    assert leads(review) == ["so-ldtbxh"]
    assert partners(review) == ["ldld"]
    assert [a.as_written for a in report.assignments] == ["các đơn vị"]
    (rule,) = result.programme.reporting_rules
    assert (key(rule.recipient), str(rule.due)) == ("ubnd", "trước ngày 15/5/2015")


def test_what_a_body_will_do_after_a_comma_and_luu_y() -> None:
    result = read("Trên cơ sở những ý kiến đóng góp này, Liên đoàn Lao động tỉnh sẽ tổ chức thương "
                  "lượng. Bộ Lao động - Thương binh và Xã hội lưu ý các địa phương chủ trì rà soát.",
                  area=None)
    union, localities = given_tasks(result.programme)
    assert [a.as_written for a in union.assignments] == ["Liên đoàn Lao động tỉnh"]
    assert [a.as_written for a in localities.assignments] == ["các địa phương"]


def test_what_a_body_says_ends_its_name() -> None:
    result = read("Công đoàn các khu công nghiệp cho biết việc thương lượng sẽ được tiến hành. Sở Nội "
                  "vụ chủ trì, phối hợp với Đoàn đại biểu LĐLĐ tỉnh đi dự Đại hội XII tuyên truyền.")
    (task,) = given_tasks(result.programme)
    assert cast(task) == [("Sở Nội vụ", Role.LEAD), ("Đoàn đại biểu LĐLĐ tỉnh", Role.PARTNER)]


def test_cung_voi_makes_partners_and_a_comma_inside_a_department_name() -> None:
    result = read("Theo kế hoạch, LĐLĐ tỉnh cùng với LĐLĐ các huyện Mộ Đức, Trà Bồng sẽ tổ chức "
                  "tuyên truyền. UBND tỉnh giao Sở Lao động, Thương binh và Xã hội kiểm tra.",
                  area=None)
    union, department = given_tasks(result.programme)
    assert cast(union) == [("LĐLĐ tỉnh", Role.LEAD), ("LĐLĐ các huyện Mộ Đức, Trà Bồng", Role.PARTNER)]
    assert [a.as_written for a in department.assignments] == ["Sở Lao động, Thương binh và Xã hội"]


def test_a_province_named_as_an_actor_is_its_peoples_committee() -> None:
    task = only_task("Để đạt mục tiêu, Thanh Hóa sẽ thực hiện đồng bộ các dự án giải quyết việc làm.",
                     area=None)
    assert [(a.as_written, a.agency) for a in task.assignments] == [("Thanh Hóa", "thanh-hoa/ubnd")]


def test_a_press_item_with_no_work_read_strictly_is_read_again_leniently() -> None:
    # Strictly, a press sentence needs a word of duty ("chủ trì", "cần" ...); an item in which
    # none gives work is read again, taking a body followed by any action as given it.
    text = ("Tháng Công nhân năm 2024 có nhiều hoạt động. Liên đoàn Lao động tỉnh tổ chức tôn vinh "
            "công nhân lao động tiêu biểu.")
    (task,) = given_tasks(read(text, area="binh-duong").programme)
    assert [a.as_written for a in task.assignments] == ["Liên đoàn Lao động tỉnh"]
    # With a word of duty elsewhere, the strict reading stands: what a body does is not taken.
    strict = read(text + " Sở Lao động - Thương binh và Xã hội cần kiểm tra.", area="binh-duong")
    assert [t.leads for t in given_tasks(strict.programme)] == [("binh-duong/so-ldtbxh",)]


def test_a_body_named_again_by_its_kind_alone_is_the_one_named_before() -> None:
    result = read("Sở Lao động - Thương binh và Xã hội chủ trì kiểm tra các doanh nghiệp. Bên cạnh "
                  "đó, Sở cũng sẽ kiểm tra tình hình sử dụng lao động nữ.", area="tay-ninh")
    inspect, women = given_tasks(result.programme)
    assert women.leads == inspect.leads == ("tay-ninh/so-ldtbxh",)
    assert [a.as_written for a in women.assignments] == ["Sở"]


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Sở Nội vụ chủ trì triển khai giai đoạn 2016-2020.", "giai đoạn 2016-2020"),
    ("Sở Nội vụ chủ trì kiểm tra từ nay đến cuối năm 2012.", "từ nay đến cuối năm 2012"),
    ("Sở Nội vụ chủ trì điều tra từ tháng 6 đến tháng 8-2020.", "từ tháng 6 đến tháng 8-2020"),
    ("Sở Nội vụ chủ trì điều tra từ ngày 10/6 đến ngày 25/7/2019.", "từ ngày 10/6 đến ngày 25/7/2019"),
    ("Sở Nội vụ báo cáo kết quả trước ngày 15 tháng 3 năm 2014.", "trước ngày 15 tháng 3 năm 2014"),
])
def test_spans_and_dates_in_words_are_time_phrases(sentence: str, phrase: str) -> None:
    assert str(only_task(sentence).timeframe) == phrase


def test_a_subject_no_catalogue_knows_runs_to_the_verb_of_its_duty() -> None:
    # The name holds "về", a word that ends other names; only the duty verb ends this one.
    task = only_task("Ngày 05/3, xã Hòa Bình công bố quyết định thành lập câu lạc bộ.\n\n"
                     "Ban Chủ nhiệm Câu lạc bộ Khu trọ văn minh về phòng cháy chữa cháy chịu trách nhiệm "
                     "tiếp nhận phản ánh của công nhân thuê trọ.")
    assert cast(task) == [("Ban Chủ nhiệm Câu lạc bộ Khu trọ văn minh về phòng cháy chữa cháy", Role.LEAD)]


def test_a_known_subject_is_not_run_on_to_a_later_duty() -> None:
    tasks = given_tasks(read("Sở Y tế chủ trì kiểm tra bếp ăn tập thể về an toàn thực phẩm; "
                             "Công an tỉnh chịu trách nhiệm bảo đảm an ninh.").programme)
    assert [cast(task)[0] for task in tasks] == [("Sở Y tế", Role.LEAD), ("Công an tỉnh", Role.LEAD)]
