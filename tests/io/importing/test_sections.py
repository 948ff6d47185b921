"""The body of a plan, part by part: key tasks, duties by agency, reporting, official letters."""

from __future__ import annotations

from quanhelaodong import parse_plan
from quanhelaodong.programmes import ProgrammeKind
from tests.io.importing.plans import HEADER, HUE, plan, roles


def test_assigned_versus_requested_sections() -> None:
    programme = plan(
        "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Lao động – Thương binh và Xã hội:\n"
        "a) Chủ trì, phối hợp với Liên đoàn Lao động tỉnh và các ngành liên quan tổ chức hội nghị.\n"
        "2. Đề nghị Liên đoàn Lao động tỉnh\n"
        "a) Phối hợp với Sở Lao động- Thương binh và Xã hội xây dựng mô hình đối thoại.\n"
        "3. Hiệp hội Doanh nghiệp tỉnh, Liên minh Hợp tác xã tỉnh\n"
        "Vận động doanh nghiệp tham gia.\n")
    assert roles(programme, "I.1.a") == [
        ("so-ldtbxh", "lead", "assigned"), ("ldld", "partner", "requested"),
        ("so-nganh-lien-quan", "partner", "assigned")]
    # "X phối hợp với Y <verb>": the section's body X leads; a requested section stays requested.
    assert roles(programme, "I.2.a") == [
        ("ldld", "lead", "requested"), ("so-ldtbxh", "partner", "assigned")]
    # Two bodies in one heading lead jointly; a single paragraph is the section's task.
    assert roles(programme, "I.3") == [
        ("hiep-hoi-dn", "lead", "requested"), ("lmhtx", "lead", "requested")]


def test_official_letter_addressee_leads() -> None:
    text = ("Số: 123/UBND-VX\nThừa Thiên Huế, ngày 10 tháng 6 năm 2024\n"
            "V/v tổ chức đối thoại với công nhân\n"
            "Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã hội\n"
            "Thực hiện Kế hoạch số 180/KH-UBND, Ủy ban nhân dân tỉnh đề nghị đồng chí Giám đốc "
            "Sở Lao động - Thương binh và Xã hội chỉ đạo tổ chức đối thoại, phối hợp với "
            "Liên đoàn Lao động tỉnh báo cáo kết quả.\n")
    result = parse_plan(text)
    programme = result.programme
    assert programme.kind is ProgrammeKind.OFFICIAL_LETTER
    assert programme.document is not None
    assert programme.document.symbol == "123/UBND-VX"
    assert roles(programme, "1") == [("so-ldtbxh", "lead", "requested"),
                                     ("ldld", "partner", "requested")]


def test_seed_004_reporting_chain(hue_text: str) -> None:
    agencies, consolidated = parse_plan(hue_text).programme.reporting_rules
    assert str(agencies.due) == "định kỳ trước ngày 15/11 hàng năm"
    assert (agencies.recipient, agencies.via) == (f"{HUE}/ubnd", f"{HUE}/so-ldtbxh")
    assert len(agencies.reporters) == 7
    assert consolidated.reporters == (f"{HUE}/so-ldtbxh",)
    assert (consolidated.recipient, consolidated.consolidates) == (f"{HUE}/ubnd", agencies.id)
    assert str(consolidated.due) == "định kỳ hàng năm trước ngày 30/11"


def test_purpose_and_funding_parts_assign_nothing_and_say_so() -> None:
    text = HEADER + (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả phối hợp giữa các cơ quan.\n"
        "2. Sở Tài chính thẩm định kinh phí.\n"
        "II. KINH PHÍ\nSở LĐTBXH chủ trì lập dự toán.\n"
        "III. NHIỆM VỤ\n1. Việc\nĐơn vị thực hiện: LĐLĐ tỉnh.\nThời gian thực hiện: Quý II/2024.\n")
    result = parse_plan(text)
    assert [t.id for t in result.programme.tasks] == ["III", "III.1"]
    assert str(result.programme.task("III.1").timeframe) == "Quý II/2024"
    assert [(d.code, d.text) for d in result.diagnostics] == [
        ("unread-assignment", "Sở Tài chính thẩm định kinh phí."),
        ("unread-assignment", "Sở LĐTBXH chủ trì lập dự toán.")]
    # Each points at its paragraph, marker included.
    first, second = result.diagnostics
    assert text[first.start:].startswith("2. Sở Tài chính thẩm định")
    assert text[second.start:].startswith("Sở LĐTBXH chủ trì")


def test_a_reporting_clause_without_reporter_stays_text_and_is_reported() -> None:
    result = parse_plan(HEADER + "III. CHẾ ĐỘ BÁO CÁO\n"
                        "1. Định kỳ báo cáo kết quả trước ngày 15/11 hằng năm.\n"
                        "2. Báo cáo đột xuất khi có yêu cầu.\n")
    programme = result.programme
    assert programme.reporting_clauses == (
        "Định kỳ báo cáo kết quả trước ngày 15/11 hằng năm.", "Báo cáo đột xuất khi có yêu cầu.")
    assert programme.reporting_rules == ()
    assert [d.code for d in result.diagnostics] == ["unread-reporting"]  # the clause with a date


def test_a_point_that_names_its_own_body_is_led_by_it_with_the_section_as_partner() -> None:
    text = ("KẾ HOẠCH\nTổ chức Tháng Công nhân\nIV. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Lao động - Thương binh và Xã hội:\n"
            "a) Chủ trì kiểm tra việc chấp hành pháp luật lao động.\n"
            "b) Công an tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội nắm tình hình "
            "tại doanh nghiệp.\n")
    result = parse_plan(text, area="thua-thien-hue")
    inspect, police = [t for t in result.programme.tasks if t.assignments]
    assert [(a.agency, a.role.value) for a in inspect.assignments] == [
        ("thua-thien-hue/so-ldtbxh", "lead")]
    assert [(a.agency, a.role.value) for a in police.assignments] == [
        ("thua-thien-hue/cong-an", "lead"), ("thua-thien-hue/so-ldtbxh", "partner")]
