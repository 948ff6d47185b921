"""Plan files: plain text, .docx and text-based PDF; scans and binary files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from quanhelaodong import PlanParseError, parse_plan_file
from quanhelaodong.io import read_plan_file
from tests.document_files import one_page_pdf
from tests.io.importing.plans import HEADER, HUE


def test_text_and_docx_files(tmp_path: Path, hue_text: str) -> None:
    import docx

    plain = tmp_path / "plan.txt"
    plain.write_text(hue_text, encoding="utf-8")
    assert parse_plan_file(plain).programme.task("PL.I.4").leads == (f"{HUE}/so-ldtbxh",)

    document = docx.Document()
    for line in [*HEADER.splitlines(), "I. NHIỆM VỤ", "1. Tập huấn", "Đơn vị thực hiện: LĐLĐ tỉnh."]:
        document.add_paragraph(line)
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("DANH MỤC")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["STT", "Hoạt động", "Cơ quan chủ trì",
                                                 "Cơ quan phối hợp"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1", "Hội thi", "Sở LĐ-TB&XH", "BHXH tỉnh"],
                          strict=True):
        cell.text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    programme = parse_plan_file(path).programme
    assert programme.task("I.1").implementers == (f"{HUE}/ldld",)
    assert programme.task("PL.1").partners == (f"{HUE}/bhxh",)


def test_a_merged_docx_cell_is_read_once(tmp_path: Path) -> None:
    # A group row merged across the table gave one unknown-agency warning per column spanned.
    import docx

    document = docx.Document()
    for line in [*HEADER.splitlines(), "PHỤ LỤC", "DANH MỤC"]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=4)
    for cell, text in zip(table.rows[0].cells, ["STT", "Hoạt động", "Cơ quan chủ trì",
                                                 "Cơ quan phối hợp"], strict=True):
        cell.text = text
    group = table.cell(1, 1).merge(table.cell(1, 3))
    table.cell(1, 0).text = "I"
    group.text = "Tuyên truyền"
    for cell, text in zip(table.rows[2].cells, ["1", "Hội thi", "Sở LĐ-TB&XH", "BHXH tỉnh"],
                          strict=True):
        cell.text = text
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert read_plan_file(path).splitlines()[-2] == "I\tTuyên truyền"
    result = parse_plan_file(path)
    assert result.programme.task("PL.I").title == "Tuyên truyền"
    assert [d.code for d in result.diagnostics if d.code == "unknown-agency"] == []


def _pdf(text: str | None) -> bytes:
    """A one-page PDF, with one line of text or none (a page as a scanner leaves it)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    return one_page_pdf(stream)


def test_pdf_with_text_and_scanned_pdf(tmp_path: Path) -> None:
    text_pdf = tmp_path / "letter.pdf"
    text_pdf.write_bytes(_pdf("So: 12/KH-UBND"))
    assert "12/KH-UBND" in read_plan_file(text_pdf)
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(_pdf(None))
    with pytest.raises(PlanParseError, match="no text layer"):
        read_plan_file(scanned)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(PlanParseError):
        read_plan_file(broken)


def test_unreadable_files(tmp_path: Path) -> None:
    binary = tmp_path / "plan.doc"
    binary.write_bytes(b"\xd0\xcf\x11\xe0\x00\x00binary")
    with pytest.raises(PlanParseError, match="binary"):
        read_plan_file(binary)
    with pytest.raises(PlanParseError, match="cannot read"):
        read_plan_file(tmp_path / "missing.txt")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Kế hoạch".encode("utf-16-le"))
    with pytest.raises(PlanParseError):
        read_plan_file(latin)
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip")
    with pytest.raises(PlanParseError, match="docx"):
        read_plan_file(fake)


def test_a_text_file_reads_like_its_text(tmp_path: Path, hue_text: str) -> None:
    plain = tmp_path / "plan.txt"
    plain.write_text(hue_text, encoding="utf-8")
    assert read_plan_file(plain) == hue_text
    result = parse_plan_file(plain, id="hue-2023")
    assert result.programme.id == "hue-2023"
    assert result.ok


@pytest.mark.parametrize("path", [None, 5, "ke\x00hoach.txt"])
def test_a_path_that_is_no_path_is_refused_with_the_librarys_error(path: object) -> None:
    # These raised TypeError and ValueError from the standard library.
    with pytest.raises(PlanParseError):
        parse_plan_file(path)  # type: ignore[arg-type]
