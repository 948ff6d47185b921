"""Reading the text of a Vietnamese plan, programme, regulation or official letter.

The reader walks the document once, line by line:

* the header: "Số: 180/KH-UBND", "<Place>, ngày 12 tháng 5 năm 2023", the kind
  ("KẾ HOẠCH") and title, "Kính gửi:" of a letter, and the "Căn cứ ..." documents;
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
from collections.abc import Iterator

import attrs
import pendulum

from quanhelaodong.agencies import Agency
from quanhelaodong.catalogue import AgencyCatalogue, default_catalogue
from quanhelaodong.documents import DocumentRef, parse_place_and_date
from quanhelaodong.errors import (
    DocumentRefParseError,
    PlanParseError,
    TimeframeParseError,
    UnknownAgencyError,
)
from quanhelaodong.importing.agency_names import NameMatch, NameReader
from quanhelaodong.importing.diagnostics import Diagnostic, ParseResult
from quanhelaodong.programmes import (
    Assignment,
    CoordinationProgramme,
    Mode,
    Period,
    ProgrammeKind,
    Role,
    Signatory,
    Task,
    default_mode,
)
from quanhelaodong.reports import DataPeriod, ReportingRule
from quanhelaodong.text import fold, nfc, slugify
from quanhelaodong.timeframes import DateRange, parse_timeframe
from quanhelaodong.validation import Severity

__all__ = ["MAX_CHARACTERS", "parse_plan"]

#: Longer texts are refused: no real plan comes near, and the reader's memory grows with the text.
MAX_CHARACTERS = 5_000_000

_ROMAN_PART = re.compile(r"^(?P<numeral>[IVX]{1,5})\.\s+(?P<title>\S.*)$")
_NUMBERED = re.compile(r"^(?P<number>\d{1,2})\.\s*(?P<text>.*)$")
_LETTERED = re.compile(r"^(?P<letter>[a-zđ])\)\s*(?P<text>.*)$")
_DASH = re.compile(r"^[-–•+]\s*(?P<text>.*)$")
_LABEL = re.compile(r"^(?P<label>Đơn vị thực hiện|Đơn vị chủ trì|Đơn vị phối hợp|Cơ quan chủ trì|"
                    r"Cơ quan phối hợp|Thời gian thực hiện|Thời gian hoàn thành|Thời hạn)\s*:\s*"
                    r"(?P<text>.*)$", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*(?P<ref>\d.*)$", re.IGNORECASE)
_SIGNING = re.compile(r"^(?P<capacity>(?:TM|KT|Q|TL|TUQ)\.\s*.+)$")
_KINDS = {
    "ke hoach": ProgrammeKind.PLAN,
    "chuong trinh phoi hop": ProgrammeKind.COORDINATION_PROGRAMME,
    "chuong trinh": ProgrammeKind.COORDINATION_PROGRAMME,
    "quy che phoi hop": ProgrammeKind.REGULATION,
    "quy che": ProgrammeKind.REGULATION,
    "de an": ProgrammeKind.SCHEME,
}
_ISSUER_KEYS = {"UBND": "ubnd", "LĐLĐ": "ldld", "SLĐTBXH": "so-ldtbxh", "LĐTBXH": "so-ldtbxh",
                "SNV": "so-noi-vu", "BQL": "ban-ql-kcn", "BHXH": "bhxh"}
_CAPACITY_BODIES = {"uy ban nhan dan": "ubnd", "ban chap hanh": "ldld",
                    "ban thuong vu": "ldld"}
_IMPLEMENTS = re.compile(
    r"(?P<kind>Quyết định|Kế hoạch|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Chương trình|Công văn|"
    r"Luật|Đề án|Hướng dẫn)\s+số\s+(?P<ref>[\w/\-–.ĐđƯư]+)"
    r"(?:\s+ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>.+?))?(?:\s+về\s+(?P<title>.+?))?"
    r"(?=\s*\(sau đây|\s*;|\s*,\s*(?:UBND|Ủy ban)|\s*$)")
_PERIODIC_IN_TITLE = re.compile(r"\((?P<phrase>định kỳ[^)]*)\)", re.IGNORECASE)
_TITLE_PERIOD = re.compile(r"(?:năm \d{4}|giai đoạn \d{4}\s*[-–]\s*\d{4})\s*$", re.IGNORECASE)
_REPORT_DUE = re.compile(
    r"(?:định kỳ\s+)?(?:h[ằà]ng năm\s+)?(?:trước|chậm nhất)\s+ngày\s+\d{1,2}/\d{1,2}"
    r"(?:/\d{4})?(?:\s+h[ằà]ng năm)?", re.IGNORECASE)
_REPORT_TO = re.compile(r"báo cáo\s+(?=(?:UBND|Ủy ban|Sở|Bộ|Liên đoàn|LĐLĐ|Ban)\b)", re.IGNORECASE)
_REPORT_VIA = re.compile(r"(?:thông qua|\(qua)\s+", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_PARTNER_CUE = re.compile(r"phối hợp(?:\s+chặt chẽ)?\s+với\s+|chủ trì\s+cùng\s+", re.IGNORECASE)


@attrs.define
class _Line:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@attrs.define
class _KeyTask:
    """A numbered key task being read: its labels may follow on later lines."""

    id: str
    group: str
    title: str
    start: int
    timeframe: str | None = None
    assignments: list[Assignment] = attrs.Factory(list)


@attrs.define
class _Block:
    """A paragraph: its marker ("1", "a", "-", a label, or "" for plain text) and text."""

    marker: str
    kind: str
    text: str
    start: int
    end: int


class _Reader:
    def __init__(self, text: str, area: str | None, catalogue: AgencyCatalogue,
                 programme_id: str | None):
        self.source = text
        self.catalogue = catalogue
        self.requested_area = area
        self.programme_id = programme_id
        self.diagnostics: list[Diagnostic] = []
        self.lines = [
            _Line(raw.replace("**", "").rstrip(), start)
            for start, raw in _split_lines(text)
        ]
        self.tasks: list[Task] = []
        self.document: DocumentRef | None = None
        self.place: str | None = None
        self.issued_on: pendulum.Date | None = None
        self.kind: ProgrammeKind | None = None
        self.title = ""
        self.implements: list[DocumentRef] = []
        self.addressees: list[NameMatch] = []
        self.reporting: list[str] = []
        self.rules: list[ReportingRule] = []
        self.recipients: list[str] = []
        self.signatories: list[Signatory] = []
        self.area: str | None = None
        self.names = NameReader(None, catalogue)
        self.issuer: Agency | None = None
        self.consumed: set[int] = set()
        self.addressees_text: tuple[str, int] | None = None

    def note(self, code: str, message: str, start: int, text: str,
             severity: Severity = Severity.WARNING,
             suggestions: tuple[str, ...] = ()) -> None:
        self.diagnostics.append(Diagnostic(severity, code, message, start, start + len(text),
                                           text, suggestions))

    # -- the document, top to bottom ---------------------------------------------------------

    def read(self) -> ParseResult:
        body_start = self.read_header()
        self.consume(0, body_start)
        self.settle_area()
        appendix_at = next((i for i, line in enumerate(self.lines)
                            if fold(line.text.strip()) == "phu luc"), len(self.lines))
        closing_at = self.read_closing(body_start, appendix_at)
        self.read_body(body_start, closing_at)
        self.consume(body_start, closing_at)
        self.read_appendix(appendix_at)
        self.report_unread()
        self.diagnostics.sort(key=lambda d: d.start)
        return ParseResult(self.build(), tuple(self.diagnostics))

    def consume(self, start: int, end: int) -> None:
        self.consumed.update(range(start, end))

    def report_unread(self) -> None:
        """Every non-empty line no reader took becomes a diagnostic, paragraph by paragraph."""
        run: list[_Line] = []
        for index, line in enumerate([*self.lines, _Line("", -1)]):
            if line.text.strip() and index not in self.consumed:
                run.append(line)
                continue
            if run:
                text = " ".join(item.text.strip() for item in run)
                self.note("unread-text", "text the reader could not place in the document",
                          run[0].start, text[:200])
                run = []

    def read_header(self) -> int:
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            text = line.text.strip()
            folded = fold(text)
            if not text:
                index += 1
                continue
            if _ROMAN_PART.match(text) or (
                    self.kind is not None and (_NUMBERED.match(text) or _LABEL.match(text))):
                break
            number = _NUMBER_LINE.match(text)
            if number and self.document is None:
                try:
                    self.document = DocumentRef.parse(number["ref"])
                except DocumentRefParseError as error:
                    self.note("unread-number", error.reason, line.start, text)
            elif " ngay " in f" {folded} " and " thang " in folded and self.issued_on is None \
                    and len(text) < 90:
                try:
                    self.place, self.issued_on = parse_place_and_date(text)
                except DocumentRefParseError:
                    self.note("unread-date", "a date line this reader cannot read", line.start, text)
            elif folded in _KINDS and self.kind is None:
                self.kind = _KINDS[folded]
                index = self.read_title(index + 1)
                continue
            elif folded.startswith("kinh gui"):
                after = text.split(":", 1)[1] if ":" in text else text[len("Kính gửi"):]
                offset = line.start + text.index(after) if after else line.start
                self.addressees_text = (after, offset)  # read once the area is known
                if self.kind is None:
                    self.kind = ProgrammeKind.OFFICIAL_LETTER
            elif folded.startswith("can cu"):
                index = self.read_grounds(index)
                continue
            elif self.kind is ProgrammeKind.OFFICIAL_LETTER and not folded.startswith("v/v"):
                break
            index += 1
        return index

    def read_title(self, index: int) -> int:
        parts = []
        while index < len(self.lines) and not self.lines[index].text.strip():
            index += 1
        while index < len(self.lines) and self.lines[index].text.strip():
            text = self.lines[index].text.strip()
            if fold(text).startswith("can cu") or _ROMAN_PART.match(text):
                break
            parts.append(text)
            index += 1
        self.title = nfc(" ".join(parts))
        return index

    def read_grounds(self, index: int) -> int:
        """The "Căn cứ ..." paragraph(s): the documents this one implements."""
        first = True
        while index < len(self.lines):
            line = self.lines[index]
            text = line.text.strip()
            if text:
                continues = first or fold(text).startswith(("can cu", "-")) or text[0].islower()
                if _ROMAN_PART.match(text) or not continues:
                    break
                for match in _IMPLEMENTS.finditer(text):
                    self.add_ground(match, line.start)
                first = False
            index += 1
        return index

    def add_ground(self, match: re.Match[str], base: int) -> None:
        issued = None
        if match["y"]:
            try:
                issued = pendulum.Date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                self.note("unread-date", "no such date", base + match.start("d"), match[0])
        try:
            ref = DocumentRef.parse(match["ref"], issued_on=issued,
                                    title=nfc(match["title"]) if match["title"] else None)
        except DocumentRefParseError as error:
            self.note("unread-number", error.reason, base + match.start("ref"), match["ref"])
            return
        self.implements.append(ref)

    def settle_area(self) -> None:
        area = self.requested_area or self.place
        if area is not None:
            try:
                self.area = self.catalogue.area_id(area, on=self.issued_on)
            except UnknownAgencyError:
                self.note("unknown-area", "the place is not a known province or city", 0, area)
        self.names = NameReader(self.area, self.catalogue, on=self.issued_on)
        key = _ISSUER_KEYS.get(self.document.issuer) if self.document else None
        if key and self.area:
            self.issuer = self.catalogue.get(f"{self.area}/{key}")
        if self.addressees_text is not None:
            text, offset = self.addressees_text
            found, problems = self.names.read_list(text, offset)
            self.addressees = found
            self.diagnostics.extend(problems)

    # -- body parts -----------------------------------------------------------------------------

    def read_body(self, start: int, end: int) -> None:
        parts: list[tuple[str, str, int, list[_Line]]] = []
        loose: list[_Line] = []
        for line in self.lines[start:end]:
            match = _ROMAN_PART.match(line.text.strip())
            if match and match["title"].upper() == match["title"]:
                parts.append((match["numeral"], match["title"].strip(), line.start, []))
            elif parts:
                parts[-1][3].append(line)
            elif line.text.strip():
                loose.append(line)
        if self.kind is ProgrammeKind.OFFICIAL_LETTER and not parts:
            self.read_letter(loose)
            return
        if loose:
            blocks = list(_blocks(loose))
            if any(b.kind == "label" for b in blocks):
                # Numbered tasks with no Roman-numeral part around them.
                self.read_key_tasks("NV", "NHIỆM VỤ", blocks)
            else:
                for block in blocks:
                    self.note("unread-text", "text before the first part", block.start,
                              block.text[:200])
        for numeral, title, _at, lines in parts:
            blocks = list(_blocks(lines))
            kind = fold(title)
            if "to chuc thuc hien" in kind or "trach nhiem" in kind:
                self.read_duties(numeral, title, blocks)
            elif "bao cao" in kind:
                self.read_reporting(numeral, [b for b in blocks if b.kind == "number"])
            elif any(word in kind for word in ("nhiem vu", "giai phap", "noi dung")) or any(
                    b.kind == "label" for b in blocks):
                self.read_key_tasks(numeral, title, blocks)
            else:
                self.check_unassigned(blocks)

    def read_reporting(self, numeral: str, clauses: list[_Block]) -> None:
        """Reporting clauses, and the rules they set: who reports to whom, through whom, by when.

        A clause with no deadline stays text only. A clause whose reporter is the body
        others report through, and which names no recipient, consolidates their reports
        for the same recipient (seed 004: agencies by 15/11 through the labour
        department, which reports by 30/11).
        """
        for clause in clauses:
            self.reporting.append(clause.text)
            due = _REPORT_DUE.search(clause.text)
            if due is None:
                continue
            text = clause.text
            reporters = self.names.read_names_at(text, 0, clause.start)
            recipient = _name_after(self.names, _REPORT_TO, text, clause.start)
            via = _name_after(self.names, _REPORT_VIA, text, clause.start)
            consolidated = next((rule for rule in reversed(self.rules)
                                 if rule.via is not None and reporters
                                 and rule.via == reporters[0].agency.id), None)
            if recipient is None and consolidated is not None:
                recipient_id: str | None = consolidated.recipient
            else:
                recipient_id = recipient.agency.id if recipient else None
            if not reporters or recipient_id is None:
                self.note("unread-reporting", "a reporting deadline without a reporter or a "
                          "recipient this reader can tell", clause.start, text[:120])
                continue
            phrase = nfc(due[0])
            self.rules.append(ReportingRule(
                f"{numeral}.{clause.marker}", [m.agency.id for m in reporters], recipient_id, phrase,
                via=via.agency.id if via else None,
                data_period=DataPeriod.ANNUAL if re.search(r"h[ằà]ng năm", phrase) else None,
                consolidates=consolidated.id if consolidated else None, as_written=text))

    def check_unassigned(self, blocks: list[_Block]) -> None:
        """Purpose and funding parts assign nothing; text there that assigns is reported.

        It assigns when it names a lead ("chủ trì") or opens with a body's name
        ("Sở Tài chính thẩm định ..."); a purpose that mentions coordination does not.
        """
        for block in blocks:
            opens_with_body = bool(self.names.read_names_at(block.text, 0, block.start))
            if opens_with_body or re.search(r"\bchủ trì\b", block.text, re.IGNORECASE):
                self.note("unread-assignment", "an assignment in a part that holds no tasks",
                          block.start, block.text[:120])

    def read_key_tasks(self, numeral: str, title: str, blocks: list[_Block]) -> None:
        self.tasks.append(Task(numeral, numeral, title))
        current: _KeyTask | None = None
        for block in blocks:
            if block.kind == "number":
                self.flush_key_task(current)
                current = _KeyTask(f"{numeral}.{block.marker}", numeral, block.text, block.start)
            elif block.kind == "label" and current is not None:
                self.apply_label(current, block)
            elif current is not None and block.kind in ("plain", "dash", "letter"):
                current.title = f"{current.title} {block.text}"
            else:
                self.note("unread-text", "text outside any task", block.start, block.text[:120])
        self.flush_key_task(current)

    def apply_label(self, current: _KeyTask, block: _Block) -> None:
        label = fold(block.marker)
        if label.startswith("thoi"):
            current.timeframe = block.text.strip().rstrip(".")
            return
        role = Role.IMPLEMENTER
        if "chu tri" in label:
            role = Role.LEAD
        elif "phoi hop" in label:
            role = Role.PARTNER
        found, problems = self.names.read_list(block.text, block.end - len(block.text))
        self.diagnostics.extend(problems)
        current.assignments.extend(self.assign(match, role) for match in found)

    def flush_key_task(self, current: _KeyTask | None) -> None:
        if current is None:
            return
        task = Task(current.id, current.id, self.titled(current.title, current.start),
                    group=current.group,
                    timeframe=current.timeframe, assignments=current.assignments)
        if not current.assignments:
            self.note("task-without-agencies", "a numbered task that names no agency",
                      current.start, current.title[:120])
        self.add_task(task, current.start)

    def read_duties(self, numeral: str, title: str, blocks: list[_Block]) -> None:
        self.tasks.append(Task(numeral, numeral, title))
        sections: list[tuple[_Block, list[_Block]]] = []
        for block in blocks:
            if block.kind == "number":
                sections.append((block, []))
            elif sections:
                sections[-1][1].append(block)
            else:
                self.note("unread-text", "text before the first section", block.start,
                          block.text[:120])
        for heading, body in sections:
            self.read_duty_section(numeral, heading, body)

    def read_duty_section(self, numeral: str, heading: _Block, body: list[_Block]) -> None:
        section_id = f"{numeral}.{heading.marker}"
        written = heading.text.strip().rstrip(":").strip()
        requested = fold(written).startswith("de nghi")
        names_text = re.sub(r"^Đề nghị\s+", "", written, flags=re.IGNORECASE)
        offset = heading.end - len(heading.text) + heading.text.index(names_text)
        leads, problems = self.names.read_list(names_text, offset)
        self.diagnostics.extend(problems)
        mode = Mode.REQUESTED if requested else None
        lead_assignments = [self.assign(match, Role.LEAD, mode) for match in leads]
        subject = leads[0].agency if leads else None
        points = [b for b in body if b.kind in ("letter", "dash")]
        if not points:
            text = " ".join(b.text for b in body).strip()
            if not text:
                self.note("duty-without-text", "a section that states no duty", heading.start,
                          heading.text)
                text = written
            partners = self.partners_in(text, body[0].start if body else heading.start, subject)
            self.add_task(Task(section_id, section_id, self.titled(text, heading.start),
                               group=numeral,
                               assignments=lead_assignments + partners), heading.start)
            return
        self.add_task(Task(section_id, section_id, self.titled(written, heading.start),
                           group=numeral), heading.start)
        last_point: Task | None = None
        dash_count = 0
        for block in body:
            if block.kind == "letter":
                partners = self.partners_in(block.text, block.start, subject)
                task_id = f"{section_id}.{block.marker}"
                last_point = Task(task_id, task_id, self.titled(block.text, block.start),
                                  group=section_id,
                                  assignments=lead_assignments + partners)
                dash_count = 0
                self.add_task(last_point, block.start)
            elif block.kind == "dash" and last_point is not None \
                    and last_point.title.rstrip().endswith(":"):
                dash_count += 1
                task_id = f"{last_point.id}.{dash_count}"
                extra = self.partners_in(block.text, block.start, subject)
                self.add_task(Task(task_id, task_id, self.titled(block.text, block.start),
                                   group=last_point.id,
                                   assignments=list(last_point.assignments) + extra), block.start)
            else:
                self.note("unread-text", "a paragraph of a duty section that is not a point",
                          block.start, block.text[:120])

    def partners_in(self, text: str, base: int, subject: Agency | None) -> list[Assignment]:
        found: list[Assignment] = []
        seen: set[str] = set()
        for cue in _PARTNER_CUE.finditer(text):
            for match in self.names.read_names_at(text, cue.end(), base, subject=subject):
                if match.agency.id in seen or (subject is not None and match.agency == subject):
                    continue
                seen.add(match.agency.id)
                found.append(self.assign(match, Role.PARTNER))
            if not self.names.read_names_at(text, cue.end(), base, subject=subject):
                self.note("unknown-agency", "no known agency after 'phối hợp với'",
                          base + cue.end(), text[cue.end():cue.end() + 60])
        return found

    def read_letter(self, lines: list[_Line]) -> None:
        blocks = list(_blocks(lines))
        number = 0
        for block in blocks:
            if not re.search(r"\bđề nghị\b|\bgiao\b|\byêu cầu\b", block.text, re.IGNORECASE):
                continue
            number += 1
            cue = re.search(r"\b(?:đề nghị|giao|yêu cầu)\s+", block.text, re.IGNORECASE)
            assert cue is not None
            leads = self.names.read_names_at(block.text, cue.end(), block.start)
            if not leads:
                leads = self.addressees
            mode = Mode.REQUESTED if fold(cue[0]).startswith("de nghi") else None
            assignments = [self.assign(m, Role.LEAD, mode) for m in leads]
            subject = leads[0].agency if leads else None
            assignments += self.partners_in(block.text, block.start, subject)
            self.add_task(Task(str(number), str(number), block.text, assignments=assignments),
                          block.start)

    # -- appendix, signature, recipients ------------------------------------------------------

    def read_appendix(self, start: int) -> None:
        if start >= len(self.lines):
            return
        index = start + 1
        while index < len(self.lines) and not self.lines[index].text.strip():
            index += 1
        title = self.lines[index].text.strip() if index < len(self.lines) else "PHỤ LỤC"
        header_at = next((i for i in range(index, len(self.lines))
                          if fold(self.lines[i].text).startswith("stt")), None)
        if header_at is None:
            self.note("unread-appendix", "an appendix without a table header (STT ...)",
                      self.lines[start].start, self.lines[start].text)
            return
        self.tasks.append(Task("PL", "PL", title))
        self.consume(start, header_at + 1)
        header = self.lines[header_at].text
        # A space-aligned table is cut where the header's labels start.
        labels = header.split("\t") if "\t" in header else [
            m[0] for m in _ALIGNED_CELL.finditer(header)]
        columns = [fold(label) for label in labels]
        starts = None if "\t" in header else [m.start() for m in _ALIGNED_CELL.finditer(header)]
        rows = self.table_rows(header_at + 1, len(columns), starts)
        group = ""
        for row, at in rows:
            cell = dict(zip(_column_roles(columns), row, strict=False))
            number = cell.get("number", "").strip().rstrip(".")
            if re.fullmatch(r"[IVX]{1,5}", number):
                group = number
                task_id, label, parent = f"PL.{number}", number, "PL"
            elif re.fullmatch(r"\d{1,3}", number):
                label = f"{group}.{number}" if group else number
                task_id, parent = f"PL.{label}", f"PL.{group}" if group else "PL"
            else:
                self.note("unread-row", "a table row without a number", at, " | ".join(row))
                continue
            activity = nfc(cell.get("activity", ""))
            if not activity:
                self.note("unread-row", "a table row without an activity", at, " | ".join(row))
                continue
            assignments: list[Assignment] = []
            for role, key in ((Role.LEAD, "lead"), (Role.PARTNER, "partners")):
                text = cell.get(key, "")
                found, problems = self.names.read_list(text, at)
                self.diagnostics.extend(problems)
                assignments += [self.assign(match, role) for match in found]
            timeframe = cell.get("timeframe", "").strip() or None
            if timeframe is None:
                periodic = _PERIODIC_IN_TITLE.search(activity)
                timeframe = periodic["phrase"] if periodic else None
            self.add_task(Task(task_id, label, activity, group=parent, timeframe=timeframe,
                               assignments=assignments), at)

    def table_rows(self, index: int, width: int,
                   starts: list[int] | None) -> list[tuple[list[str], int]]:
        rows: list[tuple[list[str], int]] = []
        while index < len(self.lines):
            line = self.lines[index]
            self.consume(index, index + 1)
            index += 1
            if not line.text.strip():
                continue
            if fold(line.text.strip()).startswith("ghi chu"):
                break
            cells = _cells(line.text) if starts is None or "\t" in line.text else _aligned(
                line.text, starts)
            first = cells[0].strip() if cells else ""
            starts_row = bool(re.fullmatch(r"[IVX]{1,5}|\d{1,3}\.?", first))
            if starts_row or not rows:
                rows.append((cells + [""] * (width - len(cells)), line.start))
                continue
            previous, _ = rows[-1]
            if len(cells) == 1 and starts is None:
                # A plain line continues the activity cell of the row above.
                previous[1] = f"{previous[1]} {cells[0].strip()}".strip()
            else:
                for column, piece in enumerate(cells[:width]):
                    if piece.strip():
                        previous[column] = f"{previous[column]} {piece.strip()}".strip()
        return rows

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
                    dash = _DASH.match(line.text.strip())
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

    # -- assembling ------------------------------------------------------------------------------

    def assign(self, match: NameMatch, role: Role, mode: Mode | None = None) -> Assignment:
        chosen = mode or default_mode(match.agency, issuer=self.issuer)
        return Assignment(match.agency.id, role, chosen, as_written=match.written)

    def titled(self, title: str, start: int) -> str:
        """A task's title, or a stand-in (with a diagnostic) where the document gives none."""
        if title.strip():
            return title
        self.note("empty-title", "a numbered item with no text", start, title)
        return "(không có tiêu đề)"

    def add_task(self, task: Task, start: int) -> None:
        if task.timeframe is not None:
            try:
                parse_timeframe(task.timeframe, reference=self.issued_on)
            except TimeframeParseError as error:
                self.note("unread-timeframe", error.reason, start, task.timeframe)
        self.tasks.append(task)

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
            frame = parse_timeframe(match[0])
            if isinstance(frame, DateRange):
                period = Period(frame.start, frame.due)
        return CoordinationProgramme(
            self.programme_id or _programme_id(self.document, self.issued_on),
            kind, title, document=self.document,
            issuer=self.issuer.id if self.issuer else None, area=self.area,
            signatories=self.signatories, period=period, implements=self.implements,
            tasks=self.tasks, reporting_clauses=self.reporting, reporting_rules=self.rules,
            recipients=self.recipients)


def _name_after(names: NameReader, cue: re.Pattern[str], text: str, base: int) -> NameMatch | None:
    match = cue.search(text)
    if match is None:
        return None
    found = names.read_names_at(text, match.end(), base)
    return found[0] if found else None


def _split_lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for raw in text.splitlines(keepends=True):
        yield start, raw.rstrip("\r\n")
        start += len(raw)


def _blocks(lines: list[_Line]) -> Iterator[_Block]:
    """Paragraphs with their markers; page-broken lines joined back."""
    current: _Block | None = None
    waiting_dash: _Line | None = None
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        lead = line.start + line.text.index(text)
        if waiting_dash is not None:
            if current is not None:
                yield current
            current = _Block("-", "dash", text, waiting_dash.start, line.start + len(line.text))
            waiting_dash = None
            continue
        if text in ("-", "–", "•", "+"):
            waiting_dash = line
            continue
        label = _LABEL.match(text)
        numbered = _NUMBERED.match(text)
        lettered = _LETTERED.match(text)
        dash = _DASH.match(text)
        block: _Block | None = None
        if label:
            block = _Block(label["label"], "label", label["text"], lead, lead + len(text))
        elif numbered:
            block = _Block(numbered["number"], "number", numbered["text"], lead, lead + len(text))
        elif lettered:
            block = _Block(lettered["letter"], "letter", lettered["text"], lead, lead + len(text))
        elif dash:
            block = _Block("-", "dash", dash["text"], lead, lead + len(text))
        elif current is not None and text[0].islower():
            current.text = f"{current.text} {text}"
            current.end = lead + len(text)
            continue
        else:
            block = _Block("", "plain", text, lead, lead + len(text))
        if current is not None:
            yield current
        current = block
    if current is not None:
        yield current


_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")


def _aligned(line: str, starts: list[int]) -> list[str]:
    """Cells of a space-aligned row: each run of text goes to the column it starts under."""
    cells = [""] * len(starts)
    for match in _ALIGNED_CELL.finditer(line):
        column = max((i for i, start in enumerate(starts) if start <= match.start() + 2),
                     default=0)
        cells[column] = f"{cells[column]} {match[0]}".strip()
    return cells


def _cells(line: str) -> list[str]:
    if "\t" in line:
        return line.split("\t")
    return re.split(r"\s{3,}", line.strip())


def _column_roles(columns: list[str]) -> list[str]:
    roles = []
    for column in columns:
        if column.startswith("stt") or column == "tt":
            roles.append("number")
        elif "chu tri" in column:
            roles.append("lead")
        elif "phoi hop" in column:
            roles.append("partners")
        elif "thoi gian" in column or "thoi han" in column:
            roles.append("timeframe")
        elif "ghi chu" in column:
            roles.append("note")
        else:
            roles.append("activity")
    return roles


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
    with positions into the (NFC-normalised) text. Raises :class:`PlanParseError`
    only for input that is no plan at all: empty, binary or too large.

    >>> from importlib import resources
    >>> text = "\\n".join([
    ...     "Số: 12/KH-UBND", "Thừa Thiên Huế, ngày 03 tháng 3 năm 2025", "KẾ HOẠCH",
    ...     "Đối thoại với công nhân năm 2025", "I. NHIỆM VỤ", "1. Tổ chức đối thoại",
    ...     "Đơn vị thực hiện: LĐLĐ tỉnh, Sở LĐ-TB&XH.", "Thời gian thực hiện: Tháng 5/2025."])
    >>> result = parse_plan(text)
    >>> task = result.programme.task("I.1")
    >>> [a.agency for a in task.assignments], task.timeframe, result.diagnostics
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
    # Offsets in diagnostics refer to the NFC form, which keeps line breaks and tabs.
    reader = _Reader(unicodedata.normalize("NFC", text), area, catalogue or default_catalogue(), id)
    return reader.read()
