"""Reading the text of a Vietnamese plan, programme, regulation or official letter.

The reader walks the document once, line by line:

* the header: "Số: 180/KH-UBND", "<Place>, ngày 12 tháng 5 năm 2023", the kind
  ("KẾ HOẠCH") and title, "Kính gửi:" of a letter, and the "Căn cứ ..." documents,
  then the area and the sides (``_header``: the reader is a ``HeaderReader``);
* the body, by Roman-numeral part. A part's title says what it holds: key tasks
  ("NHIỆM VỤ ...": numbered items with "Đơn vị thực hiện:" and "Thời gian thực
  hiện:"), duties by agency ("TỔ CHỨC THỰC HIỆN": "1. Sở ...:" assigned, "2. Đề
  nghị ..." requested, with lettered points and dash bullets), or the reporting
  regime ("CHẾ ĐỘ BÁO CÁO"). Purpose and funding parts assign nothing;
* the signature block (TM., KT., position, name) and "Nơi nhận";
* an appendix table (number, activity, lead, partners, note), tab-separated or
  space-aligned, with Roman-numeral group rows and cells broken across lines.

Lines broken across a page ("có liên" / "quan đến") are joined back: a line that
starts with a lower-case letter continues the paragraph before it. Everything the
reader cannot interpret becomes a diagnostic with its position; nothing that looks
like a task or an assignment is dropped silently.
"""

from __future__ import annotations

import re
import unicodedata

import attrs
import pendulum

from quanhelaodong.agencies import AgencyCatalogue, default_catalogue
from quanhelaodong.deadlines import DateRange, UnreadableTimeframe, read_timeframe
from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import PlanParseError
from quanhelaodong.io.importing._appendix import read_appendix
from quanhelaodong.io.importing._diagnostics import ParseResult
from quanhelaodong.io.importing._header import HeaderReader
from quanhelaodong.io.importing._layout import DASH
from quanhelaodong.io.importing._sections import read_body
from quanhelaodong.programmes import CoordinationProgramme, ProgrammeKind, ProgrammePeriod, Signatory
from quanhelaodong.text import fold, nfc, nfc_mapped, slugify

__all__ = ["MAX_CHARACTERS", "parse_plan"]

#: Longer texts are refused: no real plan comes near, and the reader's memory grows with the text.

MAX_CHARACTERS = 5_000_000
_SIGNING = re.compile(r"^(?P<capacity>(?:TM|KT|Q|TL|TUQ)\.\s*.+)$")
_CAPACITY_BODIES = {"uy ban nhan dan": "ubnd", "ban chap hanh": "ldld",
                    "ban thuong vu": "ldld"}
_TITLE_PERIOD = re.compile(r"(?:năm \d{4}|giai đoạn \d{4}\s*[-–]\s*\d{4})\s*$", re.IGNORECASE)
# "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 01", "PHỤ LỤC SỐ 2": the line that opens an appendix.
_APPENDIX = re.compile(r"phu luc(?:\s+(?:so\s+)?(?:[ivx]{1,4}|\d{1,2}))?[.:]?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class _Reader(HeaderReader):
    """Reads the document top to bottom: header, body (by part), closing, appendix."""

    def read(self) -> ParseResult:
        body_start = self.read_header()
        if self.document is None:
            self.find_cited_number()
        self.consume(0, body_start)
        self.settle_area()
        appendix_at = next((i for i, line in enumerate(self.lines)
                            if _APPENDIX.fullmatch(fold(line.text.strip()))), len(self.lines))
        closing_at = self.read_closing(body_start, appendix_at)
        saved = self.checkpoint()
        read_body(self, body_start, closing_at)
        if self.kind in (None, ProgrammeKind.NEWS) and not any(t.assignments for t in self.tasks):
            # A press item in which the strict reading found no work at all: read it again,
            # taking a body followed by any action as given the work.
            self.restore(saved)
            self.lenient = True
            read_body(self, body_start, closing_at)
        self.consume(body_start, closing_at)
        read_appendix(self, appendix_at)
        self.report_unread()
        programme = self.build()
        self.note_unread_timeframes(programme)
        self.diagnostics.sort(key=lambda d: d.start)
        return ParseResult(programme, tuple(self.diagnostics))

    def note_unread_timeframes(self, programme: CoordinationProgramme) -> None:
        """Phrases are read once, by the programme; those it could not read are reported here."""
        for task in programme.tasks:
            if isinstance(task.timeframe, UnreadableTimeframe):
                start = self.starts.get(task.id, 0)
                found = self.source.find(task.timeframe.text, start)
                self.note("unread-timeframe", task.timeframe.reason,
                          found if found != -1 else start, task.timeframe.text)

    def read_closing(self, start: int, end: int) -> int:
        """Signature block and "Nơi nhận"; returns where the body ends."""
        closing = end
        for index in range(start, end):
            text = self.lines[index].text.strip()
            folded = fold(text)
            if folded.startswith("noi nhan"):
                closing = min(closing, index)
                self.consume(index, index + 1)
                for offset, line in enumerate(self.lines[index + 1:end], start=index + 1):
                    if not line.text.strip():
                        continue
                    dash = DASH.match(line.text.strip())
                    if not dash:
                        break
                    self.consume(offset, offset + 1)
                    self.recipients.append(nfc(dash["text"]).rstrip(";.").strip())
            elif _SIGNING.match(text):
                closing = min(closing, index)
                self.read_signature(index, end)
                break
        return closing

    def read_signature(self, index: int, end: int) -> None:
        capacity: list[str] = []
        position: str | None = None
        person: str | None = None
        for offset, line in enumerate(self.lines[index:end], start=index):
            text = line.text.strip()
            if not text:
                continue
            self.consume(offset, offset + 1)
            if _SIGNING.match(text):
                capacity.append(text)
            elif position is None and text.upper() == text:
                position = text
            else:
                person = text
                break
        body = None
        for words, key in _CAPACITY_BODIES.items():
            if capacity and words in fold(capacity[0]) and self.area:
                body = f"{self.area}/{key}"
        agency = body or (self.issuer.id if self.issuer else None)
        if agency is None:
            self.note("unread-signature", "cannot tell which body signed", self.lines[index].start,
                      " / ".join(capacity))
            return
        if self.issuer is None and agency in self.catalogue:
            self.issuer = self.catalogue.get(agency)
        self.signatories.append(Signatory(agency, position, person, capacity))

    def build(self) -> CoordinationProgramme:
        if self.document is not None and self.issued_on is not None:
            self.document = attrs.evolve(self.document, issued_on=self.issued_on, place=self.place,
                                         title=_document_title(self.kind, self.title))
        kind = self.kind or ProgrammeKind.PLAN
        if self.kind is None:
            self.note("unknown-kind", "no document kind (KẾ HOẠCH, CHƯƠNG TRÌNH ...) found", 0,
                      self.source[:40])
        title = self.title or _first_words(self.source)
        if not self.title:
            self.note("no-title", "no title found; the first words stand in", 0, title)
        period = None
        match = _TITLE_PERIOD.search(title)
        if match:
            frame = read_timeframe(match[0])
            if isinstance(frame, DateRange):
                period = ProgrammePeriod(frame.start, frame.due)
        return CoordinationProgramme(
            self.programme_id or _programme_id(self.document, self.issued_on),
            kind, title, document=self.document,
            issuer=self.issuer.id if self.issuer else None, area=self.area,
            signatories=self.signatories, period=period, implements=self.implements,
            tasks=self.tasks, reporting_clauses=self.reporting, reporting_rules=self.rules,
            recipients=self.recipients, agencies=tuple(self.names.provisional.values()))


def _document_title(kind: ProgrammeKind | None, title: str) -> str | None:
    if not title or kind is None:
        return None
    return f"{kind.vietnamese.capitalize()} {title[0].lower()}{title[1:]}"


def _first_words(text: str) -> str:
    words = nfc(text).split()
    return " ".join(words[:12]) or "(không có tiêu đề)"


def _programme_id(document: DocumentRef | None, issued_on: pendulum.Date | None) -> str:
    if document is None:
        return "imported-plan"
    parts = [document.type_code or "cv", document.number, document.issuer,
             str(issued_on.year if issued_on else document.year or "")]
    return slugify(" ".join(p for p in parts if p)) or "imported-plan"


def parse_plan(text: str | bytes, *, area: str | None = None, id: str | None = None,
               catalogue: AgencyCatalogue | None = None) -> ParseResult:
    """Read the text of a plan, programme, regulation or letter into a programme.

    ``area`` (a province or city, by id or name) reads relative names ("UBND
    tỉnh"); without it, the place of the date line decides. Returns the programme
    and the diagnostics: every span not interpreted and every name not resolved,
    with positions into the text as given (a diagnostic's ``text`` is that span in
    NFC). Raises :class:`PlanParseError`
    only for input that is no plan at all: empty, binary or too large.

    >>> text = "\\n".join([
    ...     "Số: 12/KH-UBND", "Thừa Thiên Huế, ngày 03 tháng 3 năm 2025", "KẾ HOẠCH",
    ...     "Đối thoại với công nhân năm 2025", "I. NHIỆM VỤ", "1. Tổ chức đối thoại",
    ...     "Đơn vị thực hiện: LĐLĐ tỉnh, Sở LĐ-TB&XH.", "Thời gian thực hiện: Tháng 5/2025."])
    >>> result = parse_plan(text)
    >>> task = result.programme.task("I.1")
    >>> [a.agency for a in task.assignments], str(task.timeframe), result.diagnostics
    (['thua-thien-hue/ldld', 'thua-thien-hue/so-ldtbxh'], 'Tháng 5/2025', ())
    """
    if isinstance(text, bytes):
        if b"\x00" in text[:4096]:
            raise PlanParseError("the input is binary, not text")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise PlanParseError(f"the input is not UTF-8 text: {error}") from None
    if not isinstance(text, str):
        raise PlanParseError(f"expected text, got {type(text).__name__}")
    if len(text) > MAX_CHARACTERS:
        raise PlanParseError(f"the text has {len(text):,} characters; the limit is {MAX_CHARACTERS:,}")
    if not text.strip():
        raise PlanParseError("the text is empty")
    sample = text[:4096]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) // 10:
        raise PlanParseError("the input looks binary, not text")
    if unicodedata.is_normalized("NFC", text):
        return _Reader(text, area, catalogue or default_catalogue(), id).read()
    # Read in NFC (which keeps line breaks and tabs); the diagnostics' positions are then
    # mapped back, so that they point into the text as it was typed, decomposed or not.
    mapped = nfc_mapped(text)
    result = _Reader(mapped.text, area, catalogue or default_catalogue(), id).read()
    return attrs.evolve(result, diagnostics=tuple(
        attrs.evolve(found, start=mapped.origin(found.start), end=mapped.origin(found.end))
        for found in result.diagnostics))
