"""The appendix table of a plan: number, activity, lead, partners, timeframe."""

from __future__ import annotations

from quanhelaodong import parse_plan
from tests.io.importing.plans import HEADER, HUE, plan, roles

TASK = "I. NHIỆM VỤ\n1. Việc\nĐơn vị thực hiện: Sở LĐTBXH.\n"


def test_space_aligned_appendix_with_broken_cells() -> None:
    programme = plan(
        "I. NHIỆM VỤ\n1. Việc\nĐơn vị thực hiện: Sở LĐTBXH.\n"
        "PHỤ LỤC\nCÁC HOẠT ĐỘNG\n"
        "STT  Hoạt động                   Cơ quan chủ trì  Cơ quan phối hợp     Thời gian\n"
        "I    Đối thoại\n"
        "1    Hội nghị đối thoại với      LĐLĐ tỉnh        Sở LĐ-TB&XH,         Tháng 5/2024\n"
        "     công nhân lao động                           Ban QL KKT, CN tỉnh\n"
        "2    Tập huấn kỹ năng            Sở LĐ-TB&XH      LĐLD tỉnh            Quý II/2024\n"
        "     hòa giải cơ sở\n")
    first = programme.task("PL.I.1")
    assert first.title == "Hội nghị đối thoại với công nhân lao động"
    assert str(first.timeframe) == "Tháng 5/2024"
    assert roles(programme, "PL.I.1") == [("ldld", "lead", "requested"),
                                          ("so-ldtbxh", "partner", "assigned"),
                                          ("ban-ql-kcn", "partner", "assigned")]
    assert programme.task("PL.I.2").title == "Tập huấn kỹ năng hòa giải cơ sở"


def test_tab_separated_appendix_with_groups_and_a_broken_activity() -> None:
    programme = plan(
        TASK + "PHỤ LỤC\nDANH MỤC HOẠT ĐỘNG\n"
        "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
        "I\tTuyên truyền\t\t\t\n"
        "1\tHội thi tìm hiểu\tSở LĐ-TB&XH\tLĐLĐ tỉnh; BHXH tỉnh\tQuý III/2024\n"
        "pháp luật lao động\n"
        "2\tTọa đàm (định kỳ hằng năm)\tLĐLĐ tỉnh\t\t\n"
        "II\tĐối thoại\t\t\t\n"
        "1\tĐối thoại với công nhân\tUBND tỉnh\tSở LĐ-TB&XH\tTháng 5/2024\n")
    appendix = [t for t in programme.tasks if t.id.startswith("PL")]
    assert [(t.id, t.label, t.group) for t in appendix] == [
        ("PL", "PL", None), ("PL.I", "I", "PL"), ("PL.I.1", "I.1", "PL.I"),
        ("PL.I.2", "I.2", "PL.I"), ("PL.II", "II", "PL"), ("PL.II.1", "II.1", "PL.II")]
    assert programme.task("PL").title == "DANH MỤC HOẠT ĐỘNG"
    assert programme.task("PL.I.1").title == "Hội thi tìm hiểu pháp luật lao động"
    assert roles(programme, "PL.I.1") == [("so-ldtbxh", "lead", "assigned"),
                                          ("ldld", "partner", "requested"),
                                          ("bhxh", "partner", "assigned")]
    assert str(programme.task("PL.I.1").timeframe) == "Quý III/2024"
    # With no time column filled, a "(định kỳ ...)" in the activity is its time frame.
    assert str(programme.task("PL.I.2").timeframe) == "định kỳ hằng năm"
    assert programme.task("PL.II.1").leads == (f"{HUE}/ubnd",)


def test_rows_that_cannot_be_tasks_are_reported() -> None:
    text = HEADER + TASK + ("PHỤ LỤC\nDANH MỤC\nSTT\tNội dung\tĐơn vị chủ trì\n"
                            "\tKhông số\tLĐLĐ tỉnh\n1\t\tLĐLĐ tỉnh\n")
    result = parse_plan(text)
    assert [t.id for t in result.programme.tasks if t.id.startswith("PL")] == ["PL"]
    assert [(d.code, d.message) for d in result.diagnostics] == [
        ("unread-row", "a table row without a number"),
        ("unread-row", "a table row without an activity")]
    assert result.diagnostics[0].start == text.index("\tKhông số")


def test_an_appendix_without_a_table_header_is_reported() -> None:
    text = HEADER + TASK + "PHỤ LỤC\nDANH MỤC HOẠT ĐỘNG\n1\tHội thi\tSở LĐ-TB&XH\n"
    result = parse_plan(text)
    assert "unread-appendix" in [d.code for d in result.diagnostics]
    assert not [t for t in result.programme.tasks if t.id.startswith("PL")]


def test_a_row_diagnostic_stays_inside_the_text(hue_text: str) -> None:
    # Found by test_reader.py::test_truncated_and_spliced_documents_never_crash: the
    # seed cut just after the number of an appendix row.
    text = hue_text[:hue_text.index("\n2\tHoạt động tập huấn") + 2]
    result = parse_plan(text)
    assert all(d.end <= len(text) for d in result.diagnostics), [
        (d.code, d.start, d.end, d.text) for d in result.diagnostics if d.end > len(text)]
    rows = [d for d in result.diagnostics if d.code == "unread-row"]
    assert rows
    assert all(text[d.start:d.end] == d.text for d in rows)
