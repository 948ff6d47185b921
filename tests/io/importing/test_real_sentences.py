"""The importer's mechanisms on sentences of real documents.

Every text here is copied from a document of the corpus's development set
(tests/corpus/documents, the id beside each case); none comes from the test set,
which only the benchmark reads (the first test checks it).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pendulum

from quanhelaodong import Role, parse_plan, parse_plan_file
from quanhelaodong.io import ParseResult, read_plan_file
from quanhelaodong.programmes import Task
from tests.document_files import one_page_pdf

SOURCES = (
    "quang-binh-1173-qd-ubnd-2021", "dong-nai-22-2009-qd-ubnd-2009", "bac-kan-353-ldtbxh-qlldvl-2017",
    "ldld-nghe-an-476-ldld-csplqhld-2023", "tong-ldld-viet-nam-1769-tld-2011",
    "bhxh-viet-nam-4208-bhxh-tst-2023", "chau-thanh-dong-thap-tin-cong-van-cchc-2020",
    "hai-duong-hd-atvsld-tin-thang-hanh-dong-2019", "ldld-ba-dinh-tin-thang-cong-nhan-2021",
    "gia-lai-tin-ket-luan-lao-dong-ve-tinh-2021", "ninh-thuan-871-kh-ubnd-2021",
    "lang-son-3730-vp-nc-2018", "dong-thap-tin-cham-dong-bhxh-2025", "bac-ninh-498-ubnd-nc-2017",
    "tong-ldld-viet-nam-tin-cong-van-cnld-2014", "quan-9-06-2008-ct-ubnd-2008",
    "da-nang-tin-cong-dien-05-ho-tro-covid-2020", "bo-ldtbxh-2244-ldtbxh-qhld-2015",
    "ldld-tp-hcm-tin-ra-soat-doanh-nghiep-vi-pham-2018", "son-la-68-kh-ubnd-2020",
    "binh-dinh-1528-qd-ubnd-2021", "binh-thuan-tin-kiem-soat-lao-dong-ngoai-tinh-2021",
    "ha-noi-tin-phat-dong-thang-cong-nhan-2024", "thu-tuong-tin-cong-dien-covid-khu-cong-nghiep-2021",
    "bo-cong-an-tong-ldld-tin-quy-che-phoi-hop-2017", "bo-ldtbxh-tin-bao-cao-thuong-tet-2016",
    "chinh-phu-19-nq-cp-2022", "vpcp-5335-vpcp-qhqt-2011", "tong-ldld-viet-nam-8019-tld-tg-2023",
    "quang-nam-458-qd-ubnd-2020", "bo-ldtbxh-1094-ldtbxh-bhld-2002", "tp-hcm-3517-ubnd-vx-2013",
    "kon-tum-970-qd-ubnd-2014", "thu-tuong-tin-chi-thi-bao-ho-lao-dong-2008",
    "hung-yen-2425-ubnd-kgvx-2021", "lao-cai-tin-atvsld-tet-quy-mao-2022", "quang-nam-785-2014",
    "tong-cuc-day-nghe-tin-nghe-trong-diem-2012", "ba-ria-vung-tau-tin-ban-chi-dao-bhxh-bhyt-2022",
    "nghe-an-tin-tai-nan-xi-mang-song-lam-2020", "vinh-long-2319-ubnd-ktn-2018",
)


def test_every_source_is_a_development_document() -> None:
    for source in SOURCES:
        assert hashlib.sha1(source.encode("utf-8")).hexdigest()[0] not in "0123", source


def tasks(result: ParseResult) -> list[Task]:
    return [task for task in result.programme.tasks if task.assignments]


def written(task: Task, role: Role = Role.LEAD) -> list[str]:
    return [a.as_written or "" for a in task.assignments if a.role is role]


# quang-binh-1173-qd-ubnd-2021, Điều 3.
EXECUTES = ("QUYẾT ĐỊNH:\nĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Lao động - Thương binh và "
            "Xã hội; Giám đốc, Thủ trưởng các sở, ban, ngành, đoàn thể cấp tỉnh; Chủ tịch UBND các "
            "huyện, thành phố, thị xã, các cơ quan, doanh nghiệp, hợp tác xã và các tổ chức cá nhân "
            "có liên quan chịu trách nhiệm thi hành Quyết định này./.")


def test_a_collective_keeps_the_kinds_it_lists() -> None:
    (task,) = tasks(parse_plan(EXECUTES, area="quang-binh"))
    assert written(task) == [
        "Văn phòng UBND tỉnh", "Sở Lao động - Thương binh và Xã hội",
        "các sở, ban, ngành, đoàn thể cấp tỉnh", "UBND các huyện, thành phố, thị xã",
        "các cơ quan, doanh nghiệp, hợp tác xã và các tổ chức cá nhân có liên quan"]


def test_a_collective_the_catalogue_knows_stays_a_party_of_its_own() -> None:
    # Seed 004's wording: "các doanh nghiệp" with its own "các" is a second party.
    text = "Giao các sở, ngành có liên quan, các doanh nghiệp tổ chức đối thoại."
    (task,) = tasks(parse_plan(text, area="thua-thien-hue"))
    assert written(task) == ["các sở, ngành có liên quan", "các doanh nghiệp"]


def test_an_office_holder_after_and_starts_another_body() -> None:
    # dong-nai-22-2009-qd-ubnd-2009, Điều 3, with its header (the place is the provincial capital).
    text = ("ỦY BAN NHÂN DÂN | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 22/2009/QĐ-UBND | Biên Hòa, ngày 02 tháng 04 năm 2009 |\n"
            "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nQUYẾT ĐỊNH:\n"
            "Điều 3. Chánh văn phòng UBND tỉnh, Giám đốc các cơ quan: Sở Lao động - Thương binh và "
            "Xã hội, Sở Kế hoạch và Đầu tư, Công an tỉnh; Trưởng ban Quản lý các Khu công nghiệp "
            "Đồng Nai, Cục trưởng Cục Thuế, Cục Hải quan, Liên đoàn Lao động tỉnh, Chủ tịch Ủy ban "
            "nhân dân các huyện, thị xã Long Khánh, thành phố Biên Hòa và Thủ trưởng các cơ quan, "
            "đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    result = parse_plan(text)
    assert result.programme.area == "dong-nai"
    (task,) = tasks(result)
    assert written(task)[-2:] == ["Ủy ban nhân dân các huyện, thị xã Long Khánh, thành phố Biên Hòa",
                                  "các cơ quan, đơn vị có liên quan"]


def test_a_press_summary_is_numbered_by_the_newest_document_it_cites() -> None:
    # bac-kan-353-ldtbxh-qlldvl-2017 and ldld-nghe-an-476-ldld-csplqhld-2023.
    bac_kan = ("Ủy ban nhân dân tỉnh ban hành Kế hoạch số 71/KH-UBND, ngày 06/3/2017 của UBND tỉnh "
               "Bắc Kạn về tổ chức tháng hành động về An toàn vệ sinh lao động.\n\n"
               "Sở Lao động- Thương binh và Xã hội đã ban hành văn bản số 353/LĐTBXH-QLLĐVL, ngày "
               "20/3/2017 hướng dẫn UBND các huyện, thành phố triển khai tháng hành động.")
    nghe_an = ("Liên quan đến vụ việc này, ngày 5/10/2023, Tỉnh ủy Nghệ An có văn bản số 2236-CV/TU "
               "giao Ban cán sự đảng UBND tỉnh chỉ đạo giải quyết kịp thời.\n\nThực hiện chỉ đạo của "
               "Tỉnh ủy, ngày 6/10/2023, Liên đoàn Lao động tỉnh Nghệ An có công văn số "
               "476/LĐLĐ-CSPL&QHLĐ yêu cầu Liên đoàn Lao động huyện Diễn Châu tiếp tục phối hợp.")
    for text, symbol in ((bac_kan, "353/LĐTBXH-QLLĐVL"), (nghe_an, "476/LĐLĐ-CSPL&QHLĐ")):
        document = parse_plan(text).programme.document
        assert document is not None
        assert document.symbol == symbol


def test_a_number_sharing_its_line_with_the_place_and_date() -> None:
    text = ("Số: 2455 / LĐTBXH - LĐTL        Hà Nội, ngày 5 tháng 7 năm 2019\nKính gửi: Sở Nội vụ.\n"
            "Đề nghị Sở Nội vụ tổng hợp.")
    document = parse_plan(text).programme.document
    assert document is not None
    assert document.symbol == "2455/LĐTBXH-LĐTL"
    assert document.issued_on == pendulum.Date(2019, 7, 5)


def test_a_national_body_writing_from_ha_noi_speaks_to_every_province() -> None:
    # tong-ldld-viet-nam-1769-tld-2011: header and request 1.
    text = ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n-----------------------\n\nSố: 1769/TLĐ\n\n"
            "Hà Nội, ngày 19 tháng 10 năm 2011\n\nKinh gửi:\n\n- Các đồng chí Chủ tịch LĐLĐ tỉnh, "
            "thành phố, CĐ ngành T.Ư, CĐ Tổng Cty trực thuộc TLĐ;\n\n"
            "Ngày 28/9/2011, Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam đã ban hành văn bản số "
            "1599/TLĐ kêu gọi các cấp CĐ, cán bộ, đoàn viên tham gia ủng hộ Chương trình (mỗi tin "
            "nhắn ủng hộ 14.000 đồng, phí nhắn tin: 300 đồng/tin).\n\n"
            "Tổng Liên đoàn Lao động Việt Nam yêu cầu:\n\n"
            "1. Các đồng chí Chủ tịch LĐLĐ các tỉnh, thành phố, CĐ ngành T.Ư, CĐ Tổng Cty trực thuộc "
            "TLĐ tăng cường chỉ đạo sát sao các cấp CĐ trực thuộc tuyên truyền.")
    result = parse_plan(text)
    assert result.programme.area is None
    # What the confederation did before gives no work; request 1 names its own bodies.
    (task,) = tasks(result)
    assert written(task) == ["LĐLĐ các tỉnh, thành phố", "CĐ ngành T.Ư", "CĐ Tổng Cty trực thuộc TLĐ"]


def test_a_known_name_followed_by_a_level_word_is_read_whole() -> None:
    # bhxh-viet-nam-4208-bhxh-tst-2023, read as if from Hà Nội's own bodies.
    text = ("I. Đối với BHXH tỉnh\n\n1. Bám sát chỉ đạo của BHXH Việt Nam, cấp ủy chính quyền địa "
            "phương triển khai hiệu quả kịch bản phát triển người tham gia BHXH, BHYT, BHTN.")
    (task,) = tasks(parse_plan(text, area="ha-noi"))
    assert written(task) == ["BHXH tỉnh"]


def test_clauses_of_one_sentence_stay_one_task_until_work_is_given_again() -> None:
    # chau-thanh-dong-thap-tin-cong-van-cchc-2020.
    text = ("Giao Phòng Văn hóa và Thông tin chỉ đạo Trung tâm Văn hóa - Thể thao và Truyền thanh "
            "Huyện tăng cường đưa tin, bài viết và phóng sự về cải cách hành chính; phối hợp với "
            "Phòng Nội vụ lựa chọn nội dung, hình thức tuyên truyền phù hợp, hiệu quả, thiết thực và "
            "giao Phòng Nội vụ Huyện theo dõi, đôn đốc thực hiện./")
    first, second = tasks(parse_plan(text))
    assert written(first) == ["Phòng Văn hóa và Thông tin"]
    assert written(first, Role.PARTNER) == ["Phòng Nội vụ"]
    assert "lựa chọn nội dung" in first.title
    assert written(second) == ["Phòng Nội vụ Huyện"]


def test_a_clause_giving_no_work_goes_on_with_its_task_and_initials_end_no_name() -> None:
    # hai-duong-hd-atvsld-tin-thang-hanh-dong-2019.
    text = ("Thời gian, địa điểm tổ chức: Hội đồng An toàn vệ sinh lao động tỉnh phối hợp với Công ty "
            "Cổ phần Chăn nuôi C.P. Việt Nam - Chi nhánh tại Hải Dương; địa chỉ: KCN Tân Trường, "
            "huyện Cẩm Giàng tỉnh Hải Dương tổ chức Lễ mít tinh hưởng ứng Tháng hành động An toàn vệ "
            "sinh lao động tại doanh nghiệp vào ngày 03/5/2019.")
    (task,) = tasks(parse_plan(text))
    assert written(task) == ["Hội đồng An toàn vệ sinh lao động tỉnh"]
    assert written(task, Role.PARTNER)[0].startswith("Công ty Cổ phần Chăn nuôi C.P. Việt Nam")
    assert str(task.timeframe) == "vào ngày 03/5/2019"


def test_a_deadline_governs_over_a_time_that_describes_the_matter() -> None:
    # bac-kan-353-ldtbxh-qlldvl-2017: the task of the district committees it names.
    text = ("Giao UBND các huyện, thành phố thống kê, lập danh sách các gia đình có người bị tai nạn "
            "lao động trong năm 2016 gửi về Sở Lao động-Thương binh và Xã hội trước ngày 20/4/2017 "
            "để lựa chọn và tổ chức thăm hỏi.")
    (task,) = tasks(parse_plan(text, area="bac-kan"))
    assert str(task.timeframe) == "trước ngày 20/4/2017"


def test_everyday_time_phrases_are_kept_as_written() -> None:
    # ldld-ba-dinh-tin-thang-cong-nhan-2021.
    text = ("Tới đây, Liên đoàn Lao động quận Ba Đình sẽ tham gia đoàn kiểm tra liên ngành của Quận "
            "kiểm tra việc thực hiện các quy định của pháp luật lao động tại các doanh nghiệp.")
    (task,) = tasks(parse_plan(text))
    assert str(task.timeframe) == "Tới đây"


def test_an_ellipsis_ends_a_sentence() -> None:
    # gia-lai-tin-ket-luan-lao-dong-ve-tinh-2021.
    text = ("Theo đó, Chủ tịch UBND tỉnh giao Sở LĐ-TB&XH trước mắt khẩn trương rà soát số lao động "
            "trở về tỉnh; đồng thời phối hợp với Sở LĐ-TB&XH các tỉnh, thành để nắm các thông tin "
            "về thị trường lao động… Xây dựng kế hoạch đưa lao động trở lại làm việc sau khi có sự "
            "thống nhất của tỉnh, thành và doanh nghiệp phía Nam.")
    first, second = tasks(parse_plan(text, area="gia-lai"))
    assert written(first, Role.PARTNER) == ["Sở LĐ-TB&XH các tỉnh"]
    assert second.title.startswith("Xây dựng kế hoạch")
    assert written(second) == ["Sở LĐ-TB&XH"]


def test_and_then_a_cue_gives_the_work_of_its_own_clause() -> None:
    # ninh-thuan-871-kh-ubnd-2021.
    text = ("Ngoài ra, Chủ tịch UBND tỉnh đề ra Chủ đề và thời gian, phạm vi triển khai; nội dung các "
            "hoạt động hưởng ứng tháng hành động về an toàn vệ sinh lao động và yêu cầu các Sở, "
            "ngành, UBND các huyện, thành phố và các doanh nghiệp, cơ sở sản xuất kinh doanh tổ chức "
            "triển khai thực hiện.")
    (task,) = tasks(parse_plan(text))
    assert written(task)[:2] == ["các Sở, ngành", "UBND các huyện, thành phố"]


def test_a_press_item_listing_work_gives_it_to_a_body_with_any_action() -> None:
    # lang-son-3730-vp-nc-2018.
    text = ("Sở Kế hoạch và Đầu tư chủ trì cùng các cơ quan liên quan có biện pháp nâng cao năng lực "
            "thẩm định trước khi cấp giấy phép đầu tư.\n\nCông ty Điện lực Lạng Sơn chỉ đạo thực hiện "
            "đúng quy định về giá bán điện đến các hộ công nhân, người lao động trong các doanh "
            "nghiệp.\n\nCông ty Điện lực Lạng Sơn đã chỉ đạo kiểm tra giá điện năm trước.")
    found = tasks(parse_plan(text))
    assert [written(task) for task in found] == [["Sở Kế hoạch và Đầu tư"],
                                                ["Công ty Điện lực Lạng Sơn"]]


def test_a_body_is_expected_after_a_request_even_past_an_aside() -> None:
    # dong-thap-tin-cham-dong-bhxh-2025 and ldld-ba-dinh-tin-thang-cong-nhan-2021.
    dong_thap = ("Theo đó, ông Trần trí Quang yêu cầu ngành chức năng nghiêm túc chấp hành pháp luật "
                 "về bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp.")
    ba_dinh = ("Để đợt thi đua thật sự hiệu quả, thiết thực, Chủ tịch Liên đoàn Lao động quận Ba Đình "
               "Nguyễn Xuân Trọng đề nghị, căn cứ điều kiện thực tế, các Công đoàn cơ sở đề xuất với "
               "người sử dụng lao động lựa chọn các hình thức, hoạt động phù hợp.")
    assert [written(task) for task in tasks(parse_plan(dong_thap))] == [["ngành chức năng"]]
    assert [written(task) for task in tasks(parse_plan(ba_dinh))] == [["các Công đoàn cơ sở"]]


def test_a_person_named_after_a_body_is_no_part_of_it() -> None:
    # ldld-ba-dinh-tin-thang-cong-nhan-2021: a caption tells what a person did.
    text = ("Sở Nội vụ chủ trì tổng hợp.\n\nChủ tịch Liên đoàn Lao động quận Ba Đình Nguyễn Xuân "
            "Trọng phát động đợt thi đua cao điểm.")
    assert [written(task) for task in tasks(parse_plan(text))] == [["Sở Nội vụ"]]


def test_a_lead_paragraph_repeated_in_full_gives_way() -> None:
    # bac-ninh-498-ubnd-nc-2017.
    text = ("Chủ tịch tỉnh Bắc Ninh yêu cầu Công an làm rõ nguyên nhân, chỉ đạo các lực lượng đảm bảo "
            "an ninh trật tự tại công trường của Công ty Samsung\n\n"
            "Theo đó, Chủ tịch UBND tỉnh yêu cầu Công an tỉnh làm rõ nguyên nhân, chỉ đạo các lực "
            "lượng đảm bảo an ninh trật tự, không để xảy ra mất an toàn tại công trường của Công ty "
            "TNHH Samsung Display.")
    (task,) = tasks(parse_plan(text))
    # Only the same bodies make the same statement: two bodies given the same work are two tasks.
    twice = "Sở Nội vụ chủ trì tổ chức tập huấn.\n\nSở Tư pháp chủ trì tổ chức tập huấn."
    assert [written(found) for found in tasks(parse_plan(twice))] == [["Sở Nội vụ"], ["Sở Tư pháp"]]
    assert task.title.startswith("Theo đó")
    assert written(task) == ["Công an tỉnh"]


def test_a_report_clause_lends_its_time_to_the_task() -> None:
    # tong-ldld-viet-nam-tin-cong-van-cnld-2014.
    text = ("Ngoài ra, công văn cũng yêu cầu LĐLĐ các tỉnh thành phân công cán bộ bám sát cơ sở, theo "
            "dõi, nắm tình hình CNVC-LĐ; báo cáo kịp thời, hàng ngày về Tổng LĐLĐ Việt Nam.")
    result = parse_plan(text)
    (task,) = tasks(result)
    assert str(task.timeframe) == "hàng ngày"
    assert [str(rule.due) for rule in result.programme.reporting_rules] == ["hàng ngày"]


def test_a_dash_item_that_opens_with_its_work_keeps_the_heading_body() -> None:
    # quan-9-06-2008-ct-ubnd-2008 (the stored text's garbled words left out).
    text = ("Số: 06/2008/CT-UBND\n\nQuận 9, ngày 25 tháng 8 năm 2008\n\nCHỈ THỊ\n\nVỀ TRIỂN KHAI "
            "BẢO HIỂM XÃ HỘI TỰ NGUYỆN\n\n1. Cơ quan Bảo hiểm Xã hội quận 9:\n\n"
            "- Phối hợp, hướng dẫn các ban - ngành, đoàn thể, Đảng ủy, Ủy ban nhân dân 13 phường tổ "
            "chức tuyên truyền về chính sách bảo hiểm xã hội tự nguyện.")
    (task,) = tasks(parse_plan(text, area="ho-chi-minh"))
    assert written(task) == ["Cơ quan Bảo hiểm Xã hội quận 9"]


def test_the_remit_between_the_bodies_and_their_work() -> None:
    # da-nang-tin-cong-dien-05-ho-tro-covid-2020, and the same remit after the bodies it qualifies
    # in the closing sentence of a plan.
    da_nang = ("UBND thành phố cũng yêu cầu UBND các quận, huyện căn cứ chức năng, nhiệm vụ được giao, "
               "chủ động triển khai thực hiện Công điện số 05/CĐ-LĐTBXH ở địa phương.")
    assert [written(task) for task in tasks(parse_plan(da_nang))] == [["UBND các quận, huyện"]]
    closing = ("Số: 12/KH-UBND\nKẾ HOẠCH\nThử\n\nThủ trưởng các sở, ban, ngành, Chủ tịch UBND các "
               "huyện, thị xã, thành phố căn cứ chức năng, nhiệm vụ tổ chức thực hiện.")
    assert [written(task) for task in tasks(parse_plan(closing, area="quang-nam"))] == [
        ["các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]]


def test_reports_with_each_deadline_recipient_and_the_body_that_gathers_them() -> None:
    # bac-kan-353-ldtbxh-qlldvl-2017: the letter guides the district committees ("UBND các
    # huyện, thành phố" is the catalogue's collective of them).
    text = ("Sở Lao động- Thương binh và Xã hội đã ban hành văn bản số 353/LĐTBXH-QLLĐVL, ngày "
            "20/3/2017 hướng dẫn UBND các huyện, thành phố triển khai tháng hành động với những nội "
            "dung cơ bản sau:\n\nXây dựng kế hoạch triển khai các nội dung theo kế hoạch số "
            "71/KH-UBND ngày 06/3/2017 của UBND tỉnh.\n\nKế hoạch tổ chức Tháng hành động về "
            "ATVSLĐ lần thứ I, năm 2017 của đơn vị gửi trước ngày 10/4/2017 và báo cáo kết quả thực "
            "hiện gửi trước ngày 30/6/2017 về Sở Lao động-Thương binh và Xã hội để tổng hợp báo cáo "
            "UBND tỉnh./.")
    rules = parse_plan(text, area="bac-kan").programme.reporting_rules
    assert [(rule.reporters, rule.recipient, rule.via, str(rule.due)) for rule in rules] == [
        (("bac-kan/ubnd-cap-huyen",), "bac-kan/ubnd", "bac-kan/so-ldtbxh", due)
        for due in ("trước ngày 10/4/2017", "trước ngày 30/6/2017")]


def test_a_time_before_the_report_governs_it_and_each_recipient_has_a_rule() -> None:
    # bhxh-viet-nam-4208-bhxh-tst-2023.
    text = ("I. Đối với BHXH tỉnh\n\n1. Bám sát chỉ đạo của BHXH Việt Nam triển khai hiệu quả kịch "
            "bản phát triển người tham gia BHXH, BHYT, BHTN. Thường xuyên báo cáo Chủ tịch Ủy ban "
            "nhân dân tỉnh, Ban chỉ đạo thực hiện chính sách BHXH, BHYT của tỉnh tình hình thực hiện "
            "đóng BHXH của các đơn vị trên địa bàn.")
    rules = parse_plan(text, area="quang-nam").programme.reporting_rules
    assert len(rules) == 2
    assert (rules[0].recipient, str(rules[0].due)) == ("quang-nam/ubnd", "Thường xuyên")


def test_items_are_done_with_the_partners_the_sentence_introducing_them_names() -> None:
    # bo-ldtbxh-2244-ldtbxh-qhld-2015.
    text = ("Kính gửi: Ủy ban nhân dân các tỉnh Đồng Nai, Bình Dương\n"
            "Để có cơ sở báo cáo Thủ tướng Chính phủ tình hình thực hiện các nội dung nêu trên, Bộ Lao "
            "động - Thương binh và Xã hội đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ "
            "đạo Sở Lao động - Thương binh và Xã hội phối hợp với các Sở, ban, ngành liên quan triển "
            "khai một số công việc sau đây:\n1. Thực hiện các nhiệm vụ, công việc đề ra trong Đề án "
            "Phát triển Quan hệ lao động tại địa phương; xây dựng kế hoạch thực hiện Đề án theo lộ "
            "trình cụ thể.")
    (task,) = tasks(parse_plan(text))
    assert written(task) == ["Sở Lao động - Thương binh và Xã hội"]
    assert written(task, Role.PARTNER) == ["các Sở, ban, ngành liên quan"]


def test_the_unions_a_confederation_text_lists_are_one_party() -> None:
    # ldld-tp-hcm-tin-ra-soat-doanh-nghiep-vi-pham-2018.
    text = ("Theo đó, các LĐLĐ quận, huyện phối hợp phòng LĐ-TB-XH địa phương rà soát.\n\n"
            "Các CĐ ngành, sở, khối, tổng công ty và cấp trên tương đương rà soát tình hình thực "
            "hiện pháp luật lao động tại các doanh nghiệp có CĐ cơ sở trực thuộc.")
    found = tasks(parse_plan(text))
    assert written(found[1]) == ["Các CĐ ngành, sở, khối, tổng công ty và cấp trên tương đương"]


def test_what_a_body_did_is_no_work_given_even_behind_its_alias() -> None:
    # bhxh-viet-nam-4208-bhxh-tst-2023.
    text = ("Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương\n\n"
            "Thời gian qua, Bảo hiểm xã hội các tỉnh, thành phố (sau đây gọi chung là BHXH tỉnh) đã "
            "bám sát các chỉ đạo của Bảo hiểm xã hội Việt Nam triển khai nhiều giải pháp đôn đốc thu, "
            "giảm số tiền chậm đóng bảo hiểm xã hội.")
    assert tasks(parse_plan(text)) == []


def _table_pdf() -> bytes:
    """A one-page PDF with an appendix table drawn with rules, its lead cell merged over two rows.

    The standard Helvetica font has no Vietnamese letters, so the words are unaccented; the
    reader matches names and headings ignoring diacritics.
    """
    texts = [(72, 750, "PHU LUC I"), (72, 735, "Cac hoat dong phoi hop nam 2025"),
             (55, 686, "TT"), (95, 686, "Noi dung"), (305, 686, "Don vi chu tri"),
             (435, 686, "Don vi phoi hop"),
             (55, 666, "1"), (95, 666, "To chuc doi thoai"), (305, 656, "So Noi vu"),
             (435, 666, "Cong an tinh"),
             (55, 646, "2"), (95, 646, "Tap huan phap luat"), (435, 646, "Lien doan Lao dong tinh")]
    rules = [(x, 700, x, 640) for x in (50, 90, 300, 430, 560)]
    rules += [(50, 700, 560, 700), (50, 680, 560, 680), (50, 640, 560, 640),
              (50, 660, 300, 660), (430, 660, 560, 660)]  # no rule under the merged lead cell
    operations = [f"{a} {b} m {c} {d} l S" for a, b, c, d in rules]
    operations += [f"BT /F1 9 Tf {x} {y} Td ({text}) Tj ET" for x, y, text in texts]
    stream = "\n".join(operations).encode()
    return one_page_pdf(stream)


def test_a_pdf_table_is_read_as_rows_of_cells(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(_table_pdf())
    rows = read_plan_file(path).splitlines()
    assert rows[2:] == ["TT\tNoi dung\tDon vi chu tri\tDon vi phoi hop",
                        "1\tTo chuc doi thoai\tSo Noi vu\tCong an tinh",
                        "2\tTap huan phap luat\tSo Noi vu\tLien doan Lao dong tinh"]
    programme = parse_plan_file(path, area="thua-thien-hue").programme
    assert [(task.id, written(task), written(task, Role.PARTNER))
            for task in programme.tasks if task.assignments] == [
        ("PL.1", ["So Noi vu"], ["Cong an tinh"]),
        ("PL.2", ["So Noi vu"], ["Lien doan Lao dong tinh"])]


def test_a_header_table_exported_one_cell_over_several_lines() -> None:
    # son-la-68-kh-ubnd-2020: each cell on its lines, "|" alone between cells.
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 68/KH-UBND\n|\nSơn\n"
            "La, ngày 11 tháng 3\nnăm 2020\n|\nKẾ HOẠCH\nVỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ "
            "37-CT/TW NGÀY 03/9/2019 CỦA BAN\nBÍ THƯ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN "
            "HỆ LAO ĐỘNG HÀI HÒA, ỔN\nĐỊNH VÀ TIẾN BỘ TRONG TÌNH HÌNH MỚI\nCăn cứ Chỉ thị số 37-CT/TW "
            "ngày\n03/9/2019 của Ban Bí thư về tăng cường sự lãnh đạo")
    programme = parse_plan(text).programme
    assert programme.document is not None
    assert programme.document.symbol == "68/KH-UBND"
    assert programme.document.issued_on == pendulum.Date(2020, 3, 11)
    assert programme.area == "son-la"
    assert tasks(parse_plan(text)) == []  # "Số:" is no body given work
    # The grounds go on after a line that opens with a date: nothing is left unread.
    assert parse_plan(text).diagnostics == ()


def test_a_name_broken_before_its_dash_is_no_bullet() -> None:
    # binh-dinh-1528-qd-ubnd-2021, Điều 3: "Lao động" / "- Thương binh và Xã hội".
    text = ("QUYẾT ĐỊNH:\nĐiều 3.\nChánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động\n"
            "- Thương binh và Xã hội, Nội vụ, Tài chính, Kế hoạch và Đầu tư, Y tế, Giáo dục\n"
            "và Đào tạo, Tư pháp, Thông tin và Truyền thông; Chủ tịch UBND các huyện, thị\n"
            "xã, thành phố và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết "
            "định này./.")
    (task,) = tasks(parse_plan(text, area="binh-dinh"))
    assert written(task)[:3] == ["Văn phòng UBND tỉnh", "Sở Lao động - Thương binh và Xã hội",
                                 "Sở Nội vụ"]
    assert written(task)[-1] == "các cơ quan liên quan"


def test_giao_thong_is_part_of_a_name_and_chu_y_is_work() -> None:
    # binh-thuan-tin-kiem-soat-lao-dong-ngoai-tinh-2021: "Giao" opens a name here, not a cue.
    text = ("BTO- Trước diễn biến phức tạp của dịch Covid-19, Chủ tịch UBND tỉnh yêu cầu Chủ tịch "
            "UBND các huyện, thị xã, thành phố chỉ đạo các các Tổ phòng, chống Covid-19 cấp huyện, "
            "xã tăng cường kiểm tra lao động tại các doanh nghiệp có sử dụng lao động ngoài tỉnh. "
            "Sở Giao thông Vận tải, Sở NN&PTNT, Sở VHTTDL chú ý nhắc nhở các nhà thầu ở các công "
            "trình trọng điểm.")
    assert [written(task) for task in tasks(parse_plan(text))] == [
        ["UBND các huyện, thị xã, thành phố"],
        ["Sở Giao thông Vận tải", "Sở NN&PTNT", "Sở VHTTDL"]]


def test_a_press_sentence_opening_with_the_day_tells_an_event() -> None:
    # ha-noi-tin-phat-dong-thang-cong-nhan-2024: two bodies did something; nobody is given work.
    text = ("Ngày 19/4, tại Cung Văn hóa Lao động Hữu nghị Việt Xô, Ủy ban nhân dân thành phố Hà "
            "Nội và Liên đoàn Lao động thành phố Hà Nội phối hợp tổ chức 'Lễ phát động Tháng hành "
            "động về An toàn, vệ sinh lao động' và 'Tháng Công nhân năm 2024'.")
    assert tasks(parse_plan(text)) == []


def test_after_theo_do_a_press_item_says_what_the_document_asks() -> None:
    # thu-tuong-tin-cong-dien-covid-khu-cong-nghiep-2021.
    text = ("Sau cuộc họp Thường trực Chính phủ, tối 24.5, Thủ tướng có công điện về việc bảo đảm an "
            "toàn Covid-19 trong các khu công nghiệp. Theo đó, các bộ, ngành, địa phương thực hiện "
            "nghiêm, quyết liệt chỉ đạo của Ban Bí thư, Chính phủ, Thủ tướng Chính phủ.")
    (task,) = tasks(parse_plan(text))
    assert written(task) == ["các bộ, ngành, địa phương"]


def test_a_photo_caption_gives_no_work() -> None:
    # bo-cong-an-tong-ldld-tin-quy-che-phoi-hop-2017.
    text = ("Các đơn vị chức năng thuộc Bộ Công an và Tổng LĐLĐ Việt Nam chủ động trao đổi thông tin, "
            "dữ liệu về tình hình an ninh quốc gia.\n\nPhối hợp phòng chống tội phạm trong CNVC-LĐ - "
            "Ảnh 1.\n\nLãnh đạo Tổng LĐLĐ Việt Nam và Bộ Công an ký kết quy chế phối hợp hoạt động\n\n"
            "Bộ Công an và Tổng LĐLĐ Việt Nam chú trọng phối hợp làm tốt công tác quản lý lao động, "
            "cán bộ CĐ đi công tác và học tập ở nước ngoài.")
    found = tasks(parse_plan(text))
    assert [task.title[:30] for task in found] == ["Các đơn vị chức năng thuộc Bộ ",
                                                    "Bộ Công an và Tổng LĐLĐ Việt N"]
    assert written(found[1]) == ["Bộ Công an", "Tổng LĐLĐ Việt Nam"]


def test_bodies_coordinated_with_and_guided_are_partners() -> None:
    # quan-9-06-2008-ct-ubnd-2008: "Phối hợp, hướng dẫn các ban - ngành, đoàn thể ...".
    text = ("Cơ quan Bảo hiểm Xã hội quận 9:\n- Phối hợp, hướng dẫn các ban - ngành, đoàn thể, "
            "Đảng ủy, Ủy ban nhân dân 13 phường vận động người lao động tham gia bảo hiểm xã hội.")
    (task,) = tasks(parse_plan(text, area="ho-chi-minh"))
    assert written(task) == ["Cơ quan Bảo hiểm Xã hội quận 9"]
    assert written(task, Role.PARTNER)[0] == "các ban - ngành, đoàn thể"


def test_a_deadline_without_ngay_governs_over_the_year_of_the_matter() -> None:
    # bo-ldtbxh-tin-bao-cao-thuong-tet-2016: "khảo sát" is the work, not part of the name, and
    # "trước 31-12-2016" (kept as written) is the deadline; "năm 2016" only dates the matter.
    text = ("Ngoài ra, Bộ LĐ-TBXH cũng yêu cầu các địa phương khảo sát về tình hình tiền lương, nợ "
            "lương năm 2016 và kế hoạch thưởng Tết cho người lao động tại các doanh nghiệp trên địa "
            "bàn và gửi báo cáo về Bộ trước 31-12-2016.")
    (task,) = tasks(parse_plan(text))
    assert written(task) == ["các địa phương"]
    assert str(task.timeframe) == "trước 31-12-2016"


def test_bodies_consulted_are_partners() -> None:
    # bo-ldtbxh-tin-bao-cao-thuong-tet-2016: "phối hợp, trao đổi với tổ chức công đoàn cơ sở".
    text = ("Theo đó, Sở LĐ-TBXH các tỉnh, thành phố trên cả nước đề nghị doanh nghiệp phối hợp, trao "
            "đổi với tổ chức công đoàn cơ sở xây dựng phương án hỗ trợ người lao động các khoản trợ "
            "cấp, phụ cấp.")
    (task,) = tasks(parse_plan(text))
    assert written(task) == ["doanh nghiệp"]
    assert written(task, Role.PARTNER) == ["công đoàn cơ sở"]


def test_a_press_item_is_numbered_by_the_resolution_it_reports() -> None:
    # chinh-phu-19-nq-cp-2022.
    text = ("Ngày 16/02/2022, Chính phủ đã ban hành Nghị quyết số 19/NQ-CP kèm theo Chương trình quốc "
            "gia về an toàn, vệ sinh lao động giai đoạn 2021 - 2025.")
    document = parse_plan(text).programme.document
    assert document is not None
    assert document.symbol == "19/NQ-CP"


def test_a_letter_body_may_open_with_the_considerations_of_a_decision() -> None:
    # vpcp-5335-vpcp-qhqt-2011: "Xét đề nghị ..." opens the letter's body, not its header.
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 5335/VPCP-QHQT\nKính gửi:\n- Bộ Lao động-Thương binh và Xã "
            "hội;\n- Bộ Ngoại giao;\n- Bộ Tư pháp;\n- Tổng Liên đoàn Lao động Việt Nam.\nXét đề nghị "
            "của Bộ Lao động-Thương binh và Xã hội tại Báo cáo Kết quả tham dự Hội nghị Lao động quốc "
            "tế lần thứ 100, Phó Thủ tướng Phạm Gia Khiêm giao Bộ Lao động-Thương binh và Xã hội thực "
            "hiện các công việc sau:\n- Hướng dẫn các Bộ, ngành nghiên cứu, sửa đổi, bổ sung hệ thống "
            "pháp luật lao động.\n- Chủ trì, phối hợp với các Bộ, cơ quan liên quan nghiên cứu, đề xuất "
            "phê chuẩn các Công ước của ILO.")
    guide, ratify = tasks(parse_plan(text))
    assert [a.agency for a in guide.assignments] == ["vn/bo-ldtbxh"]
    assert written(ratify) == ["Bộ Lao động-Thương binh và Xã hội"]
    assert written(ratify, Role.PARTNER) == ["các Bộ, cơ quan liên quan"]


def test_items_that_only_describe_make_the_sentence_before_them_the_task() -> None:
    # tong-ldld-viet-nam-8019-tld-tg-2023: the items list broadcasts to watch.
    text = ("Tổng Liên đoàn Lao động Việt Nam đề nghị các Liên đoàn Lao động tỉnh, thành phố, các "
            "Công đoàn ngành Trung ương và tương đương thông báo và tuyên truyền, vận động rộng rãi "
            "cán bộ, đoàn viên theo dõi các nội dung tuyên truyền về Đại hội XIII Công đoàn Việt Nam, "
            "cụ thể như sau:\n1. Phim tài liệu “Công đoàn Việt Nam- Đổi mới vì người lao động” phát "
            "trên kênh VTV1 lúc 20h30, ngày 28/11/2023.\n2. Truyền hình trực tiếp phiên trọng thể Đại "
            "hội XIII Công đoàn Việt Nam trên kênh VTV1 từ 8h00, ngày 02/12/2023.")
    (task,) = tasks(parse_plan(text))
    assert task.title.startswith("Tổng Liên đoàn Lao động Việt Nam đề nghị")
    assert [a.agency for a in task.assignments] == ["vn/ldld-cac-tinh", "vn/cd-nganh-tw"]


def test_the_body_directed_to_preside_leads() -> None:
    # quang-nam-458-qd-ubnd-2020.
    text = ("UBND tỉnh giao chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo phòng LĐ-TB&XH chủ "
            "trì, phối hợp với các ngành, đơn vị liên quan, doanh nghiệp xuất khẩu lao động và các "
            "địa phương có kế hoạch triển khai thực hiện đạt và phấn đấu vượt chỉ tiêu giao.")
    (task,) = tasks(parse_plan(text, area="quang-nam"))
    assert written(task) == ["phòng LĐ-TB&XH"]


def test_the_courteous_quy_ban_is_the_addressee() -> None:
    # bo-ldtbxh-1094-ldtbxh-bhld-2002.
    text = ("BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI\nSố: 1094/LĐTBXH-BHLĐ\nKính gửi: Ban quản lý các "
            "Khu công nghiệp Đồng Nai\nĐề nghị quý Ban thông báo cho các doanh nghiệp biết và thực "
            "hiện đúng theo quy định của pháp luật./.")
    (task,) = tasks(parse_plan(text))
    assert written(task) == ["Ban quản lý các Khu công nghiệp Đồng Nai"]


def test_a_letter_subject_line_under_its_number_and_duties_as_assigned() -> None:
    # tp-hcm-3517-ubnd-vx-2013: "Về ..." is the subject; "theo nhiệm vụ được phân công" stands
    # between the bodies and their work; "quận – huyện" lists units.
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 3517/UBND-VX\nVề sơ kết 5 năm thực hiện "
            "Thông tri số 17- TT/TU\nThành phố Hồ Chí Minh, ngày 11 tháng 7 năm 2013\nKính gửi:\n– "
            "Thủ trưởng các Sở – ngành thành phố;\n– Chủ tịch Ủy ban nhân dân quận – huyện.\nỦy ban "
            "nhân dân thành phố chỉ đạo như sau:\n1. Thủ trưởng các Sở-ngành thành phố, Chủ tịch Ủy "
            "ban nhân dân quận – huyện theo nhiệm vụ được phân công thực hiện tại Kế hoạch số "
            "7804/KH-UBND, có báo cáo sơ kết.")
    result = parse_plan(text)
    assert result.programme.title == "Về sơ kết 5 năm thực hiện Thông tri số 17- TT/TU"
    (task,) = tasks(result)
    assert [a.agency for a in task.assignments] == [
        "ho-chi-minh/so-nganh-lien-quan", "ho-chi-minh/ubnd-cap-huyen"]


def test_an_office_holder_title_before_a_colon_and_a_run_together_thi_hanh() -> None:
    # kon-tum-970-qd-ubnd-2014, Điều 3, as stored ("thihành").
    text = ("QUYẾT ĐỊNH:\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc: Sở Y tế, Sở Laođộng "
            "- Thương binh và Xã hội, Bảo hiểm xã hội tỉnh; Thủ trưởng các sở, ban,ngành có liên "
            "quan; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thihành Quyết định này./.")
    (task,) = tasks(parse_plan(text, area="kon-tum"))
    assert written(task)[:3] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế",
                                 "Sở Laođộng - Thương binh và Xã hội"]
    assert "kon-tum/ubnd-cap-huyen" in [a.agency for a in task.assignments]


def test_a_partner_list_runs_on_through_national_bodies_and_collectives() -> None:
    # thu-tuong-tin-chi-thi-bao-ho-lao-dong-2008.
    text = ("Theo đó, Thủ tướng chỉ đạo Bộ LĐ-TB-XH chủ trì, phối hợp với các bộ, ngành liên quan, "
            "Tổng LĐLĐ VN, UBND các tỉnh, TP trực thuộc Trung ương, các tổ chức chính trị – xã hội xây "
            "dựng kế hoạch.")
    (task,) = tasks(parse_plan(text))
    assert written(task) == ["Bộ LĐ-TB-XH"]
    assert [a.agency for a in task.assignments if a.role is Role.PARTNER][1:3] == [
        "vn/tld", "vn/ubnd-cac-tinh"]


def test_a_press_text_is_about_the_province_it_names_and_items_numbered_with_a_dash() -> None:
    # hung-yen-2425-ubnd-kgvx-2021: no header; "tỉnh Hưng Yên" in the text; "2- Sở ...".
    text = ("Nhằm kịp thời hỗ trợ người dân có hộ khẩu thường trú tại tỉnh Hưng Yên, Ủy ban nhân dân "
            "tỉnh chỉ đạo:\n\n1. UBND huyện, thị xã, thành phố lập danh sách người dân cần được hỗ "
            "trợ, gửi Sở Lao động - Thương binh và Xã hội trước 9h00 ngày 07.10.2021.\n\n2- Sở Lao "
            "động - Thương binh và Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam "
            "tỉnh tổng hợp danh sách.")
    result = parse_plan(text)
    assert result.programme.area == "hung-yen"
    lists, gathers = tasks(result)
    assert [a.agency for a in lists.assignments] == ["hung-yen/ubnd-cap-huyen"]
    assert gathers.assignments[0].agency == "hung-yen/so-ldtbxh"


def test_a_sentence_going_on_directing_others_leaves_the_work_with_its_subject() -> None:
    # lao-cai-tin-atvsld-tet-quy-mao-2022 (development set).
    text = ("Theo đó, Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, tổ chức chính trị - xã hội tỉnh, "
            "UBND các huyện, thị xã, thành phố tổ chức thông tin, tuyên truyền. Phân công cán bộ trực "
            "trong dịp Tết.\nChỉ đạo và yêu cầu các cơ quan, tổ chức, doanh nghiệp, cơ sở sản xuất "
            "kinh doanh thuộc quyền quản lý tăng cường tự kiểm tra.")
    first, _duty, directs = tasks(parse_plan(text))
    assert written(first) == ["các sở, ban, ngành", "tổ chức chính trị - xã hội tỉnh",
                              "UBND các huyện, thị xã, thành phố"]
    assert written(directs) == written(first)


def test_the_body_a_committee_must_direct_to_preside_leads() -> None:
    # quang-nam-785-2014 (development set).
    text = ("UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố có trách nhiệm chỉ đạo Phòng LĐ - "
            "TB và Xã hội chủ trì, phối hợp với các ngành liên quan và các địa phương tổ chức dạy "
            "nghề cho lao động nông thôn năm 2014.")
    (task,) = tasks(parse_plan(text))
    assert written(task) == ["Phòng LĐ - TB và Xã hội"]
    assert written(task, Role.PARTNER) == ["các ngành liên quan", "các địa phương"]


def test_what_bodies_base_their_work_on_stands_between_them_and_it() -> None:
    # tong-cuc-day-nghe-tin-nghe-trong-diem-2012 (development set).
    text = ("Theo đó, các sở LĐ-TB-XH căn cứ vào quy hoạch phát triển kinh tế - xã hội của địa "
            "phương để đề xuất nghề trọng điểm theo cấp độ.")
    (task,) = tasks(parse_plan(text))
    assert written(task) == ["các sở LĐ-TB-XH"]


def test_a_list_of_bodies_runs_on_and_chairing_a_meeting_is_no_work() -> None:
    # ba-ria-vung-tau-tin-ban-chi-dao-bhxh-bhyt-2022 (development set).
    text = ("Ông Trần Văn Tuấn, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n\nKết luận cuộc họp, ông "
            "Trần Văn Tuấn yêu cầu BHXH tỉnh - Cơ quan Thường trực Ban Chỉ đạo tăng cường kiểm tra. "
            "Cùng với đó, các huyện, thị xã, thành phố, Sở GD-ĐT, ngành y tế cần đẩy mạnh công tác "
            "tuyên truyền vận động người dân, DN tham gia BHXH, BHYT.")
    check, spread = tasks(parse_plan(text))
    assert written(check) == ["BHXH tỉnh"]
    assert written(spread) == ["các huyện, thị xã, thành phố", "Sở GD-ĐT", "ngành y tế"]


def test_a_unit_named_where_a_body_is_expected_stands_for_its_committee() -> None:
    # nghe-an-tin-tai-nan-xi-mang-song-lam-2020 (development set).
    text = ("Giao Sở LĐTB&XH, huyện Đô Lương quan tâm thăm hỏi, hỗ trợ gia đình nạn nhân theo quy "
            "định.")
    (task,) = tasks(parse_plan(text, area="nghe-an"))
    assert written(task) == ["Sở LĐTB&XH", "huyện Đô Lương"]


def test_a_portal_source_line_gives_the_number() -> None:
    # vinh-long-2319-ubnd-ktn-2018 (development set): the number only in the closing source line.
    text = ("Chủ tịch giao Giám đốc Sở Xây dựng chủ trì, phối hợp với Trưởng ban Quản lý các khu "
            "công nghiệp tham mưu UBND tỉnh.\n\nP.L – Nguồn CV số: 2319/UBND-KTN\n\nCác tin khác")
    document = parse_plan(text, area="vinh-long").programme.document
    assert document is not None
    assert document.symbol == "2319/UBND-KTN"


def test_a_programme_cited_in_brackets_gives_the_number() -> None:
    # tong-ldld-viet-nam-02-ctr-bch-2021 (development set): a portal's summary of a programme.
    text = ("Ngày 20/7/2021, Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam ký ban hành Chương trình hành "
            "động của các cấp công đoàn (Chương trình số 02/CTr-BCH ngày 20/7/2021).\n\n"
            "Đề nghị các Liên đoàn Lao động tỉnh, thành phố xây dựng chương trình tại cấp mình.")
    document = parse_plan(text).programme.document
    assert document is not None
    assert document.symbol == "02/CTr-BCH"


def test_the_bodies_a_document_is_the_basis_for_do_the_work() -> None:
    # Written for this test in the phrasing of plans: "Kế hoạch là cơ sở để ... triển khai".
    text = ("Kế hoạch này là cơ sở để Sở Y tế, Sở Giáo dục và Đào tạo xây dựng kế hoạch chi tiết của ngành "
            "trong năm 2024.")
    (task,) = tasks(parse_plan(text, area="thua-thien-hue"))
    assert written(task) == ["Sở Y tế", "Sở Giáo dục và Đào tạo"]
