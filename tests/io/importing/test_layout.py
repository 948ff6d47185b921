"""The layout of a plan's text: lines joined into paragraphs, and the markers that open them."""

from __future__ import annotations

from quanhelaodong import parse_plan
from tests.io.importing.plans import HEADER, HUE, plan, roles


def test_lone_dash_and_broken_bullet() -> None:
    programme = plan(
        "I. TỔ CHỨC THỰC HIỆN\n1. Bảo hiểm xã hội tỉnh:\n"
        "a) Chủ trì cùng LĐLD tỉnh thực hiện các nội dung sau:\n"
        "-\nTuyên truyền chính sách bảo hiểm cho người lao động trong các khu\n\n"
        "công nghiệp;\n"
        "- Kiểm tra việc đóng bảo hiểm.\n")
    first = programme.task("I.1.a.1")
    assert first.title == ("Tuyên truyền chính sách bảo hiểm cho người lao động trong các khu "
                           "công nghiệp;")
    assert roles(programme, "I.1.a.2") == [("bhxh", "lead", "assigned"),
                                           ("ldld", "partner", "requested")]


def test_page_broken_lines_are_joined(hue_text: str) -> None:
    title = parse_plan(hue_text).programme.task("II.1").title
    assert "có liên quan đến người lao động" in title


def test_a_lower_case_line_continues_the_paragraph_an_upper_case_line_does_not() -> None:
    section = "I. TỔ CHỨC THỰC HIỆN\n1. Bảo hiểm xã hội tỉnh:\na) Chủ trì tổ chức hội nghị\n{}\n" \
              "b) Kiểm tra việc đóng bảo hiểm.\n"
    joined = plan(section.format("đối thoại với người lao động."))
    assert joined.task("I.1.a").title == "Chủ trì tổ chức hội nghị đối thoại với người lao động."
    text = HEADER + section.format("Đối thoại với người lao động.")
    apart = parse_plan(text)
    assert apart.programme.task("I.1.a").title == "Chủ trì tổ chức hội nghị"
    (unread,) = apart.diagnostics
    assert unread.code == "unread-text"
    assert text[unread.start:unread.end] == unread.text == "Đối thoại với người lao động."


def test_numbers_letters_bullets_and_labels_are_markers() -> None:
    programme = plan(
        "I. TỔ CHỨC THỰC HIỆN\n1. Bảo hiểm xã hội tỉnh:\n"
        "a) Chủ trì thực hiện các nội dung sau:\n"
        "+ Tuyên truyền chính sách;\n• Kiểm tra việc đóng bảo hiểm.\n"
        "b) Phối hợp với LĐLĐ tỉnh tổ chức hội nghị.\n"
        "II. NHIỆM VỤ\n1. Tập huấn\nĐƠN VỊ THỰC HIỆN : LĐLĐ tỉnh.\nThời hạn: Quý II/2024.\n")
    assert [t.id for t in programme.tasks] == [
        "I", "I.1", "I.1.a", "I.1.a.1", "I.1.a.2", "I.1.b", "II", "II.1"]
    assert programme.task("I.1.a.1").title == "Tuyên truyền chính sách;"
    assert programme.task("I.1.a.2").title == "Kiểm tra việc đóng bảo hiểm."
    assert roles(programme, "I.1.b") == [("bhxh", "lead", "assigned"),
                                         ("ldld", "partner", "requested")]
    # Labels are read whatever their case and spacing before the colon.
    assert programme.task("II.1").implementers == (f"{HUE}/ldld",)
    assert str(programme.task("II.1").timeframe) == "Quý II/2024"
