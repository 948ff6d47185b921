"""Plan files: plain text, .docx (python-docx) and text-based PDF (pdfplumber, else pypdf).

The readers for .docx and PDF are optional extras (``pip install
'quanhelaodong[docx]'`` or ``[pdf]``). A PDF's tables are read as rows of cells
through pdfplumber, like a .docx's, so an appendix table becomes tasks; without
pdfplumber, pypdf gives the text alone. A PDF whose pages carry no text (a scan)
is refused with a clear error: it needs OCR first, and guessing is not our job.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quanhelaodong.agencies import AgencyCatalogue
from quanhelaodong.errors import MissingExtraError, PlanParseError
from quanhelaodong.io._limits import MAX_FILE_BYTES, as_path, check_docx_sizes, read_limited
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
    source = as_path(path, PlanParseError)
    # Sizes are checked before anything is read whole: the file's on disk, and a .docx's
    # parts as they inflate (a small archive can expand a thousandfold).
    suffix = source.suffix.lower()
    if suffix in (".docx", ".pdf"):
        _check_file_size(source)
    if suffix == ".docx":
        check_docx_sizes(source, PlanParseError)
        return _docx_text(source)
    if suffix == ".pdf":
        return _pdf_text(source)
    raw = read_limited(source, PlanParseError)
    if b"\x00" in raw[:4096]:
        raise PlanParseError(f"{source} is binary, not text (is it a .doc? save it as .docx)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlanParseError(f"{source} is not UTF-8 text ({error.reason} at byte {error.start})"
                             ) from None


def _check_file_size(source: Path) -> None:
    try:
        size = source.stat().st_size
    except OSError as error:
        raise PlanParseError(f"cannot read {source}: {error.strerror or error}") from None
    except ValueError as error:  # a path the system refuses (too long, bad characters)
        raise PlanParseError(f"cannot read {str(source)[:200]!r}: {error}") from None
    if size > MAX_FILE_BYTES:
        raise PlanParseError(f"{source.name} is {size:,} bytes, more than the {MAX_FILE_BYTES:,} bytes "
                             f"this library reads")


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
        import pdfplumber
    except ImportError:
        return _pypdf_text(source)
    try:
        with pdfplumber.open(str(source)) as pdf:
            pages = [_page_text(page) for page in pdf.pages]
    except Exception as error:  # pdfminer raises many unrelated types for a bad file
        raise PlanParseError(f"{source} is not a readable PDF: {error}") from None
    return _checked_pdf_text(source, pages)


def _page_text(page: Any) -> str:
    """A page's text top to bottom, each table in its place as tab-separated rows."""
    left, top, right, bottom = page.bbox
    parts: list[str] = []
    above = top
    for table in sorted(page.find_tables(), key=lambda found: found.bbox[1]):
        if table.bbox[1] > above:
            parts.append(page.crop((left, above, right, table.bbox[1]), strict=False)
                         .extract_text() or "")
        parts.extend("\t".join(cells) for cells in _table_rows(table))
        above = max(above, table.bbox[3])
    if above < bottom:
        parts.append(page.crop((left, above, right, bottom), strict=False).extract_text() or "")
    return "\n".join(part for part in parts if part)


def _table_rows(table: Any) -> list[list[str]]:
    """The rows of a PDF table, each cell's text on one line.

    A cell merged across rows ("Đơn vị chủ trì" spanning three activities) belongs to every
    row it covers; a cell merged across columns is read once, the columns it covers empty.
    """
    texts = table.extract()
    rows: list[list[str]] = []
    spans: dict[int, tuple[float, str]] = {}  # column: (bottom of the cell, its text)
    for row, cells in zip(table.rows, texts, strict=False):
        row_top = min((box[1] for box in row.cells if box is not None), default=0.0)
        line = []
        for column, (box, text) in enumerate(zip(row.cells, cells, strict=False)):
            if box is not None:
                written = " ".join((text or "").split())
                spans[column] = (box[3], written)
                line.append(written)
            elif column in spans and spans[column][0] > row_top + 1:
                line.append(spans[column][1])
            else:
                line.append("")
        rows.append(line)
    return rows


def _pypdf_text(source: Path) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise MissingExtraError("reading PDF needs: pip install 'quanhelaodong[pdf]'") from None
    try:
        pages = [page.extract_text() or "" for page in PdfReader(str(source)).pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise PlanParseError(f"{source} is not a readable PDF: {error}") from None
    return _checked_pdf_text(source, pages)


def _checked_pdf_text(source: Path, pages: list[str]) -> str:
    text = "\n".join(pages)
    if not text.strip():
        raise PlanParseError(
            f"{source} has no text layer (a scanned document?): run OCR on it first")
    return text
