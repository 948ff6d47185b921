"""Plan files: plain text, .docx (python-docx) and text-based PDF (pypdf).

The readers for .docx and PDF are optional extras (``pip install
'quanhelaodong[docx]'`` or ``[pdf]``). A PDF whose pages carry no text (a scan)
is refused with a clear error: it needs OCR first, and guessing is not our job.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quanhelaodong.agencies import AgencyCatalogue
from quanhelaodong.errors import MissingExtraError, PlanParseError
from quanhelaodong.io.importing._diagnostics import ParseResult
from quanhelaodong.io.importing._reader import parse_plan

__all__ = ["parse_plan_file", "read_plan_file"]


def read_plan_file(path: str | Path) -> str:
    """The text of a plan file (.txt, .docx or .pdf), tables as tab-separated rows.

    A text file is read as UTF-8; the byte-order mark some editors write is dropped.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = Path(folder, "plan.txt").write_text("KẾ HOẠCH\\nĐối thoại năm 2025", encoding="utf-8-sig")
    ...     read_plan_file(Path(folder, "plan.txt")).splitlines()
    ['KẾ HOẠCH', 'Đối thoại năm 2025']
    """
    if not isinstance(path, (str, Path)):
        raise PlanParseError(f"a plan file is a path, got {type(path).__name__} {path!r}")
    if "\x00" in str(path):
        raise PlanParseError(f"a path cannot hold a NUL character: {str(path)!r}")
    source = Path(path)
    try:
        suffix = source.suffix.lower()
        if suffix == ".docx":
            return _docx_text(source)
        if suffix == ".pdf":
            return _pdf_text(source)
        raw = source.read_bytes()
    except OSError as error:
        raise PlanParseError(f"cannot read {source}: {error.strerror or error}") from None
    if b"\x00" in raw[:4096]:
        raise PlanParseError(f"{source} is binary, not text (is it a .doc? save it as .docx)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlanParseError(f"{source} is not UTF-8 text ({error.reason} at byte {error.start})"
                             ) from None


def parse_plan_file(path: str | Path, *, area: str | None = None, id: str | None = None,
                    catalogue: AgencyCatalogue | None = None) -> ParseResult:
    """:func:`parse_plan` on the text of a file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = Path(folder, "plan.txt").write_text("Số: 12/KH-UBND\\nKẾ HOẠCH\\nĐối thoại", encoding="utf-8")
    ...     plan = parse_plan_file(Path(folder, "plan.txt")).programme
    >>> plan.document.symbol, plan.kind.value, plan.title
    ('12/KH-UBND', 'plan', 'Đối thoại')
    """
    return parse_plan(read_plan_file(path), area=area, id=id, catalogue=catalogue)


def _docx_text(source: Path) -> str:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise MissingExtraError("reading .docx needs: pip install 'quanhelaodong[docx]'") from None
    try:
        document = docx.Document(str(source))
    except Exception as error:  # python-docx raises several unrelated types for a bad file
        raise PlanParseError(f"{source} is not a readable .docx file: {error}") from None
    lines: list[str] = []
    # Paragraphs and tables in document order, so an appendix table stays where it was.
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(element, document).text)
        elif tag == "tbl":
            for row in Table(element, document).rows:
                lines.append("\t".join(" ".join(cell.text.split()) for cell in _distinct(row.cells)))
    return "\n".join(lines)


def _distinct(cells: Any) -> list[Any]:
    """The cells of a row, a merged cell once: python-docx repeats it for every column it spans."""
    found: list[Any] = []
    for cell in cells:
        # Cells of one merge share their XML element (python-docx's ``_tc``).
        if not found or cell._tc is not found[-1]._tc:
            found.append(cell)
    return found


def _pdf_text(source: Path) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise MissingExtraError("reading PDF needs: pip install 'quanhelaodong[pdf]'") from None
    try:
        pages = [page.extract_text() or "" for page in PdfReader(str(source)).pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise PlanParseError(f"{source} is not a readable PDF: {error}") from None
    text = "\n".join(pages)
    if not text.strip():
        raise PlanParseError(
            f"{source} has no text layer (a scanned document?): run OCR on it first")
    return text
