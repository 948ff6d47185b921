"""The importer's working state: what has been read so far, and the helpers every section reader uses."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import pendulum

from quanhelaodong.agencies import Agency, AgencyCatalogue
from quanhelaodong.documents import DocumentRef
from quanhelaodong.io.importing._diagnostics import Diagnostic
from quanhelaodong.io.importing._layout import Line, split_lines
from quanhelaodong.io.importing._names import NameMatch, NameReader
from quanhelaodong.problems import Severity
from quanhelaodong.programmes import (
    Assignment,
    AssignmentMode,
    ProgrammeKind,
    ReportingRule,
    Role,
    Signatory,
    Task,
    default_mode,
)

__all__ = ["Draft", "KeyTask"]

# Where partners are named: "phối hợp (chặt chẽ) với", "chủ trì cùng", "cùng với", "tham gia
# với"; "phối hợp, hướng dẫn các ban - ngành ..." (coordinated with and guided) and "phối hợp,
# trao đổi với tổ chức công đoàn cơ sở" (consulted); "phối hợpvới" as stored pages run it.
PARTNER_CUE = re.compile(r"(?:phối hợp(?:\s+chặt chẽ)?(?:\s*với|,\s*(?:hướng dẫn|trao đổi(?:\s+với)?))?|"
                         r"cùng với|chủ trì\s+cùng|tham gia với)\s+", re.IGNORECASE)


@attrs.frozen
class _Checkpoint:
    """The draft's state before its body was read: list lengths and copies of its maps."""

    tasks: int
    rules: int
    reporting: int
    diagnostics: int
    starts: dict[str, int]
    provisional: dict[str, Agency]
    work_words: dict[tuple[str, ...], tuple[str, tuple[str, ...]]]
    named: dict[str, Agency]


@attrs.define
class KeyTask:
    """A numbered key task being read: its labels may follow on later lines."""

    id: str
    group: str
    title: str
    start: int
    timeframe: str | None = None
    assignments: list[Assignment] = attrs.Factory(list)


class Draft:
    """A plan being read: the lines, what has been read from them, and what could not be."""

    def __init__(self, text: str, area: str | None, catalogue: AgencyCatalogue,
                 programme_id: str | None):
        self.source = text
        self.catalogue = catalogue
        self.requested_area = area
        self.programme_id = programme_id
        self.diagnostics: list[Diagnostic] = []
        self.lines = [
            Line(raw.replace("**", "").rstrip(), start)
            for start, raw in split_lines(text)
        ]
        self.tasks: list[Task] = []
        self.document: DocumentRef | None = None
        self.place: str | None = None
        self.issued_on: pendulum.Date | None = None
        self.kind: ProgrammeKind | None = None
        self.title = ""
        self.implements: list[DocumentRef] = []
        self.addressees: list[NameMatch] = []
        #: The sides a coordination regulation or programme is "giữa" (between), for its
        #: shared duties ("Trách nhiệm chung", "Hai bên ...").
        self.parties: list[NameMatch] = []
        self.reporting: list[str] = []
        self.rules: list[ReportingRule] = []
        self.recipients: list[str] = []
        self.signatories: list[Signatory] = []
        self.area: str | None = None
        self.names = NameReader(None, catalogue)
        self.issuer: Agency | None = None
        self.consumed: set[int] = set()
        self.addressees_parts: list[tuple[str, int]] = []
        #: The first words of the work each sentence gave, to know a statement made twice.
        self.work_words: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
        #: Header lines that name no number or date: the issuer's own lines among them.
        self.issuer_lines: list[str] = []
        #: Read a press text's sentences leniently: a body followed by any action is given
        #: the work (see ``_sentences``), for a text the strict reading found no work in.
        self.lenient = False
        #: The last body named with each head noun ("so": the last "Sở ..."), for a later
        #: mention by the noun alone ("Sở sẽ phối hợp ...").
        self.named: dict[str, Agency] = {}

        self.starts: dict[str, int] = {}

    def note(self, code: str, message: str, start: int, text: str,
             severity: Severity = Severity.WARNING,
             suggestions: tuple[str, ...] = ()) -> None:
        self.diagnostics.append(Diagnostic(severity, code, message, start, start + len(text),
                                           text, suggestions))

    def checkpoint(self) -> _Checkpoint:
        """What reading the body adds, to undo it and read again another way."""
        return _Checkpoint(len(self.tasks), len(self.rules), len(self.reporting),
                           len(self.diagnostics), dict(self.starts),
                           dict(self.names.provisional), dict(self.work_words), dict(self.named))

    def restore(self, saved: _Checkpoint) -> None:
        del self.tasks[saved.tasks:], self.rules[saved.rules:]
        del self.reporting[saved.reporting:], self.diagnostics[saved.diagnostics:]
        self.starts = saved.starts
        self.names.provisional.clear()
        self.names.provisional.update(saved.provisional)
        self.work_words = saved.work_words
        self.named = saved.named

    def consume(self, start: int, end: int) -> None:
        self.consumed.update(range(start, end))

    def report_unread(self) -> None:
        """Every non-empty line no reader took becomes a diagnostic, paragraph by paragraph."""
        run: list[Line] = []
        for index, line in enumerate([*self.lines, Line("", -1)]):
            if line.text.strip() and index not in self.consumed:
                run.append(line)
                continue
            if run:
                text = " ".join(item.text.strip() for item in run)
                self.note("unread-text", "text the reader could not place in the document",
                          run[0].start, text[:200])
                run = []

    def assign(self, match: NameMatch, role: Role, mode: AssignmentMode | None = None) -> Assignment:
        chosen = mode or default_mode(match.agency, issuer=self.issuer)
        return Assignment(match.agency.id, role, chosen, as_written=match.written)

    def titled(self, title: str, start: int) -> str:
        """A task's title, or a stand-in (with a diagnostic) where the document gives none."""
        if title.strip():
            return title
        self.note("empty-title", "a numbered item with no text", start, title)
        return "(không có tiêu đề)"

    def add_task(self, task: Task, start: int) -> None:
        self.tasks.append(task)
        self.starts.setdefault(task.id, start)

    def partner_names(self, text: str, base: int, leads: Sequence[Agency] = (), *,
                      subject: Agency | None = None, expected: bool = False,
                      note_missing: bool = False) -> list[NameMatch]:
        """The bodies ``text`` names as partners, once each, leaving out its ``leads``.

        With ``note_missing``, a cue that no name follows is reported.
        """
        found: list[NameMatch] = []
        seen = {agency.id for agency in leads}
        for cue in PARTNER_CUE.finditer(text):
            names = self.names.read_names_at(text, cue.end(), base, subject=subject,
                                             expected=expected)
            for match in names:
                if match.agency.id not in seen:
                    seen.add(match.agency.id)
                    found.append(match)
            if not names and note_missing:
                self.note("unknown-agency", "no known agency after 'phối hợp với'",
                          base + cue.end(), text[cue.end():cue.end() + 60])
        return found

    def partners_in(self, text: str, base: int, subject: Agency | None) -> list[Assignment]:
        """The partner assignments of a duty section's point, its subject left out."""
        leads = [subject] if subject is not None else []
        return [self.assign(match, Role.PARTNER) for match in self.partner_names(
            text, base, leads, subject=subject, note_missing=True)]
