"""Coordination programmes and plans, their tasks and who is assigned to them.

Objects are immutable: a change makes a new object (``attrs.evolve``). They check
their own shape on construction (types, ids, non-empty titles); consistency
across a whole programme (leads, duplicate ids, unknown agencies, dates) is the
job of :func:`quanhelaodong.validate`, which reports every problem at once.
"""

from __future__ import annotations

import enum
import functools
import re
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import (
    as_choice,
    as_date,
    as_optional_text,
    as_text,
    as_texts,
    as_tuple,
    each,
    non_empty,
)
from quanhelaodong.agencies import Agency, AgencyCatalogue, default_catalogue
from quanhelaodong.deadlines import Timeframe, anchor_timeframe, as_timeframe
from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import InvalidValueError, UnknownAgencyError, UnknownTaskError
from quanhelaodong.programmes._assignments import Assignment, Role
from quanhelaodong.programmes._dialogues import Dialogue
from quanhelaodong.programmes._progress import PROGRESS_TYPES, ProgressEvent
from quanhelaodong.programmes._reporting import Report, ReportingRule
from quanhelaodong.rows import Column, shorten

__all__ = ["CoordinationProgramme", "ProgrammeKind", "ProgrammePeriod", "Signatory", "Task"]

def _as_period(value: ProgrammePeriod | tuple[object, object] | None) -> ProgrammePeriod | None:
    if value is None or isinstance(value, ProgrammePeriod):
        return value
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return ProgrammePeriod(*value)
    raise InvalidValueError(f"a period is a ProgrammePeriod or (start, end), got {value!r}")


_TASK_ID = re.compile(r"^[A-Za-z0-9]+(?:\.[A-Za-z0-9-]+)*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ProgrammeKind(enum.StrEnum):
    """The kind of document that sets out the coordination.

    >>> from quanhelaodong.io import load_bundled
    >>> load_bundled("hue-2023").kind.vietnamese, load_bundled("ha-noi-2019").kind.vietnamese
    ('kế hoạch', 'chương trình phối hợp')
    """

    #: "chương trình phối hợp", usually signed by two bodies for a period.
    COORDINATION_PROGRAMME = "coordination_programme"
    #: "kế hoạch".
    PLAN = "plan"
    #: "quy chế phối hợp".
    REGULATION = "regulation"
    #: "đề án".
    SCHEME = "scheme"
    #: "công văn": an official letter, whose addressees are asked to act.
    OFFICIAL_LETTER = "official_letter"
    #: "quyết định": approves a plan or regulation and says who carries it out.
    DECISION = "decision"
    #: "chỉ thị": a directive.
    DIRECTIVE = "directive"
    #: "thông báo": a notice, such as a leader's conclusions at a meeting ("thông báo kết luận").
    NOTICE = "notice"
    #: "hướng dẫn": guidance.
    GUIDANCE = "guidance"
    #: A press or portal summary of any of these.
    NEWS = "news"

    @property
    def vietnamese(self) -> str:
        return _KIND_VI[self]


_KIND_VI = {
    ProgrammeKind.COORDINATION_PROGRAMME: "chương trình phối hợp",
    ProgrammeKind.PLAN: "kế hoạch",
    ProgrammeKind.REGULATION: "quy chế phối hợp",
    ProgrammeKind.SCHEME: "đề án",
    ProgrammeKind.OFFICIAL_LETTER: "công văn",
    ProgrammeKind.DECISION: "quyết định",
    ProgrammeKind.DIRECTIVE: "chỉ thị",
    ProgrammeKind.NOTICE: "thông báo",
    ProgrammeKind.GUIDANCE: "hướng dẫn",
    ProgrammeKind.NEWS: "tin bài",
}


@attrs.frozen(repr=False)
class Task:
    """A task of a programme: a key task, an agency's duty, or a row of an appendix table.

    ``id`` is stable and hierarchical ("PL.III.2"); ``label`` is how the document
    numbers it ("III.2"); ``group`` is the id of the heading it sits under;
    ``timeframe`` is the time phrase, read once into a :class:`Timeframe` whose
    ``str()`` is the phrase exactly as written ("Quý III, IV/2023").

    >>> task = Task("II.2", "II.2", "Nâng cao hiệu lực quản lý nhà nước về lao động",
    ...             timeframe="Quý III, IV/2023")
    >>> task.leads, str(task.timeframe), task.timeframe.due
    ((), 'Quý III, IV/2023', Date(2023, 12, 31))
    >>> task
    Task('II.2', 'Nâng cao hiệu lực quản lý nhà nước về lao động', leads=())
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("task", lambda row: row.id), Column("title", lambda row: row.title),
        Column("leads", lambda row: row.leads, 40), Column("timeframe", lambda row: row.timeframe, 30))

    id: str = attrs.field()
    label: str = attrs.field(converter=as_text, validator=non_empty)
    title: str = attrs.field(converter=as_text, validator=non_empty)
    group: str | None = attrs.field(default=None, kw_only=True)
    timeframe: Timeframe | None = attrs.field(default=None, converter=as_timeframe, kw_only=True)
    assignments: tuple[Assignment, ...] = attrs.field(
        default=(), converter=as_tuple, validator=each(Assignment), kw_only=True
    )
    note: str | None = attrs.field(default=None, converter=as_optional_text, kw_only=True)
    #: The body that assigned the task, where it is not the programme's issuer.
    assigned_by: str | None = attrs.field(default=None, kw_only=True)

    @id.validator
    def _check_id(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not _TASK_ID.match(value):
            raise InvalidValueError(
                f"task id {value!r} must be dot-separated letters and digits, like 'PL.III.2'"
            )

    def agencies_with(self, role: Role) -> tuple[str, ...]:
        """Ids of the agencies holding ``role``, in the order the document names them.

        >>> task = Task("1", "1", "Tập huấn", assignments=[Assignment("x/a", "lead"),
        ...                                              Assignment("x/b", "partner")])
        >>> task.agencies_with(Role.PARTNER), task.leads
        (('x/b',), ('x/a',))
        """
        return tuple(a.agency for a in self.assignments if a.role is role)

    @property
    def leads(self) -> tuple[str, ...]:
        return self.agencies_with(Role.LEAD)

    @property
    def partners(self) -> tuple[str, ...]:
        return self.agencies_with(Role.PARTNER)

    @property
    def implementers(self) -> tuple[str, ...]:
        return self.agencies_with(Role.IMPLEMENTER)

    def __repr__(self) -> str:
        return f"Task({self.id!r}, {shorten(self.title, 60)!r}, leads={self.leads!r})"


@attrs.frozen
class ProgrammePeriod:
    """The days a programme covers, both ends included ("giai đoạn 2022 - 2025").

    An end before the start is accepted here and reported by ``validate``, so that
    a faulty document can still be loaded and examined.

    >>> period = ProgrammePeriod("2022-01-01", "2025-12-31")
    >>> pendulum.Date(2023, 5, 1) in period, pendulum.Date(2026, 1, 1) in period
    (True, False)
    """

    start: pendulum.Date = attrs.field(converter=as_date)
    end: pendulum.Date = attrs.field(converter=as_date)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, pendulum.Date) and self.start <= day <= self.end


@attrs.frozen
class Signatory:
    """Who signed, for which body and in what capacity ("TM. Ủy ban nhân dân", "KT. Chủ tịch").

    >>> Signatory("thua-thien-hue/ubnd", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Bình",
    ...           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]).capacity[1]
    'KT. CHỦ TỊCH'
    """

    agency: str = attrs.field(validator=non_empty)
    position: str | None = attrs.field(default=None, converter=as_optional_text)
    person: str | None = attrs.field(default=None, converter=as_optional_text)
    capacity: tuple[str, ...] = attrs.field(default=(), converter=as_texts)


def _as_programme_kind(value: object) -> ProgrammeKind:
    return as_choice(ProgrammeKind, value, "kind")


@attrs.frozen(repr=False)
class CoordinationProgramme:
    """A coordination programme, plan, regulation or scheme and its tasks.

    ``issuer`` is the body that issued a plan; a bilateral programme (a People's
    Committee with a Labour Federation) lists both bodies as ``signatories``.
    ``area`` is the jurisdiction in which its relative agency names ("UBND tỉnh")
    are read. ``reporting_rules``, ``reports`` and ``dialogues`` carry the
    follow-up; ``progress`` records what became of its tasks (updates,
    completions, extensions); ``follows`` is the id of the programme this one continues.
    ``agencies`` holds bodies the programme names that the catalogue does not know
    (a particular enterprise, say); catalogue agencies are referred to by id only.

    Time phrases without a year ("trước ngày 15/11") are read against
    :attr:`reference_date` when the programme is built.

    >>> plan = CoordinationProgramme("demo", "plan", "Kế hoạch thử", period=("2023-01-01", "2023-12-31"),
    ...     tasks=[Task("1", "1", "Báo cáo", timeframe="trước ngày 15/11")])
    >>> plan.task("1").timeframe.due
    Date(2023, 11, 14)
    >>> plan
    CoordinationProgramme('demo', 'Kế hoạch thử', tasks=1, agencies=0, reporting_rules=0)
    """

    id: str = attrs.field()
    kind: ProgrammeKind = attrs.field(converter=_as_programme_kind)
    title: str = attrs.field(converter=as_text, validator=non_empty)
    document: DocumentRef | None = attrs.field(default=None, kw_only=True)
    issuer: str | None = attrs.field(default=None, kw_only=True)
    area: str | None = attrs.field(default=None, kw_only=True)
    signatories: tuple[Signatory, ...] = attrs.field(
        default=(), converter=as_tuple, validator=each(Signatory), kw_only=True
    )
    period: ProgrammePeriod | None = attrs.field(default=None, converter=_as_period, kw_only=True)
    areas_of_coordination: tuple[str, ...] = attrs.field(
        default=(), converter=as_texts, kw_only=True
    )
    implements: tuple[DocumentRef, ...] = attrs.field(
        default=(), converter=as_tuple, validator=each(DocumentRef), kw_only=True
    )
    predecessor: DocumentRef | None = attrs.field(default=None, kw_only=True)
    tasks: tuple[Task, ...] = attrs.field(
        default=(), converter=as_tuple, validator=each(Task), kw_only=True)
    reporting_clauses: tuple[str, ...] = attrs.field(default=(), converter=as_texts, kw_only=True)
    reporting_rules: tuple[ReportingRule, ...] = attrs.field(
        default=(), converter=as_tuple, validator=each(ReportingRule), kw_only=True)
    reports: tuple[Report, ...] = attrs.field(
        default=(), converter=as_tuple, validator=each(Report), kw_only=True)
    dialogues: tuple[Dialogue, ...] = attrs.field(
        default=(), converter=as_tuple, validator=each(Dialogue), kw_only=True)
    follows: str | None = attrs.field(default=None, kw_only=True)
    recipients: tuple[str, ...] = attrs.field(default=(), converter=as_texts, kw_only=True)
    agencies: tuple[Agency, ...] = attrs.field(
        default=(), converter=as_tuple, validator=each(Agency), kw_only=True)
    #: Updates, completions and extensions of its tasks, in the order recorded.
    progress: tuple[ProgressEvent, ...] = attrs.field(
        default=(), converter=as_tuple, validator=each(PROGRESS_TYPES), kw_only=True)

    @id.validator
    def _check_id(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not _SLUG.match(value):
            raise InvalidValueError(f"programme id {value!r} must be a slug like 'hue-2023'")

    def __attrs_post_init__(self) -> None:
        # The one place a programme's time phrases meet its reference day: each is
        # anchored once here, so no query ever reads a phrase again.
        reference = self.reference_date
        if reference is None:
            return
        tasks = []
        for task in self.tasks:
            frame = task.timeframe
            anchored = None if frame is None else anchor_timeframe(frame, reference)
            tasks.append(task if anchored is frame else attrs.evolve(task, timeframe=anchored))
        rules = []
        for rule in self.reporting_rules:
            due = anchor_timeframe(rule.due, reference)
            rules.append(rule if due is rule.due else attrs.evolve(rule, due=due))
        object.__setattr__(self, "tasks", tuple(tasks))
        object.__setattr__(self, "reporting_rules", tuple(rules))

    def task(self, task_id: str) -> Task:
        """The task with this id; :class:`UnknownTaskError` if there is none."""
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise UnknownTaskError(task_id)

    @property
    def reference_date(self) -> pendulum.Date | None:
        """The day phrases without a year are read against: the period's start, else the issue date.

        A plan for 2023 issued in December 2022 means 15/11/2023 by "trước ngày 15/11".
        """
        if self.period is not None:
            return self.period.start
        return self.document.issued_on if self.document is not None else None

    def children(self, task_id: str) -> tuple[Task, ...]:
        """Tasks directly under the heading ``task_id``, in document order."""
        return tuple(task for task in self.tasks if task.group == task_id)

    @functools.cached_property
    def _group_ids(self) -> frozenset[str]:
        return frozenset(task.group for task in self.tasks if task.group is not None)

    def is_heading(self, task: Task) -> bool:
        """True for a heading that only groups other tasks (it has tasks under it)."""
        return task.id in self._group_ids

    def agency(self, agency_id: str, *, catalogue: AgencyCatalogue | None = None) -> Agency:
        """Look up an agency id among the programme's own agencies, then the catalogue.

        ``catalogue`` defaults to :func:`~quanhelaodong.agencies.default_catalogue`.
        """
        for agency in self.agencies:
            if agency.id == agency_id:
                return agency
        return (catalogue or default_catalogue()).get(agency_id)

    def __repr__(self) -> str:
        # A plan holds dozens of tasks, each with its assignments: counts say enough at a glance.
        document = f"{str(self.document)!r}, " if self.document is not None else ""
        return (f"CoordinationProgramme({self.id!r}, {document}{shorten(self.title, 60)!r}, "
                f"tasks={len(self.tasks)}, agencies={len(_named_agencies(self))}, "
                f"reporting_rules={len(self.reporting_rules)})")

    def knows_agency(self, agency_id: str, *, catalogue: AgencyCatalogue | None = None) -> bool:
        """Whether :meth:`agency` would find ``agency_id``."""
        try:
            self.agency(agency_id, catalogue=catalogue)
        except UnknownAgencyError:
            return False
        return True


def _named_agencies(programme: CoordinationProgramme) -> set[str]:
    """Every body the programme names: issuer, signatories, its own bodies, assignments, reporting."""
    named = {*([programme.issuer] if programme.issuer else []),
             *(signatory.agency for signatory in programme.signatories),
             *(agency.id for agency in programme.agencies),
             *(a.agency for task in programme.tasks for a in task.assignments)}
    for rule in programme.reporting_rules:
        named.update((*rule.reporters, rule.recipient, *([rule.via] if rule.via else [])))
    return named
