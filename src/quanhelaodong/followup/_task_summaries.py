"""The task grid for the desks: counts, scorecards, what is overdue or due soon, reminders, summaries.

Every function reads :func:`~quanhelaodong.followup.task_statuses` on one day and
nothing else: the same records give the same answers. An agency's desk is found
through the task's assignments: the lead ("chủ trì") answers for the task, the
partners ("phối hợp") support it, the monitoring body ("theo dõi", "đôn đốc")
follows it, and the body that assigned it receives what its desks send up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.agencies import AgencyCatalogue
from quanhelaodong.deadlines import BeforeReading, WorkingCalendar
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup._task_status import TaskState, TaskStatus, task_statuses
from quanhelaodong.programmes import CoordinationProgramme, Role
from quanhelaodong.rows import Column, Rows, few

__all__ = ["GridCounts", "ProgrammeSummary", "TaskReminder", "overdue_tasks", "programme_summary",
           "task_reminders", "task_scorecard", "tasks_due_within"]


@attrs.frozen
class GridCounts:
    """How many task occurrences stand in each cell of the grid.

    >>> counts = GridCounts(done_on_time=6, done_late=2, pending=1, overdue=1)
    >>> counts.total, counts.done, counts[TaskStatus.OVERDUE], counts.rate(TaskStatus.DONE_ON_TIME)
    (10, 8, 1, 0.6)
    >>> counts.on_time_rate
    0.75
    """

    done_on_time: int = 0
    done_late: int = 0
    pending: int = 0
    overdue: int = 0
    no_deadline: int = 0

    @classmethod
    def of(cls, states: Iterable[TaskState]) -> GridCounts:
        """The counts of some states.

        >>> from quanhelaodong.io import load_bundled
        >>> GridCounts.of(task_statuses(load_bundled("hue-2023"), "2024-01-03"))
        GridCounts(done_on_time=0, done_late=0, pending=0, overdue=59, no_deadline=1)
        """
        counts = dict.fromkeys(TaskStatus, 0)
        for state in states:
            counts[state.status] += 1
        return cls(*(counts[status] for status in TaskStatus))

    def __getitem__(self, status: TaskStatus) -> int:
        value: int = getattr(self, _FIELD[status])
        return value

    @property
    def total(self) -> int:
        """Every occurrence counted, the undated included."""
        return self.done_on_time + self.done_late + self.pending + self.overdue + self.no_deadline

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def not_done(self) -> int:
        """Occurrences with a deadline not yet done (within it or overdue)."""
        return self.pending + self.overdue

    def rate(self, status: TaskStatus) -> float:
        """The share of :attr:`total` in ``status`` (0.0 when nothing is counted)."""
        return self[status] / self.total if self.total else 0.0

    @property
    def on_time_rate(self) -> float:
        """The share of the done that were done on time (0.0 when none is done)."""
        return self.done_on_time / self.done if self.done else 0.0

    def __add__(self, other: GridCounts) -> GridCounts:
        return GridCounts(*(self[status] + other[status] for status in TaskStatus))


_FIELD = {TaskStatus.DONE_ON_TIME: "done_on_time", TaskStatus.DONE_LATE: "done_late",
          TaskStatus.PENDING: "pending", TaskStatus.OVERDUE: "overdue",
          TaskStatus.NO_DEADLINE: "no_deadline"}


def _holders(state: TaskState, role: Role) -> tuple[str, ...]:
    """The agencies holding ``role`` on the task, each once, in the order named."""
    return tuple(dict.fromkeys(state.task.agencies_with(role)))


def _as_role(role: Role | str | None) -> Role | None:
    """A role as ``who_leads`` reads it: a :class:`Role` or its value ("lead"), or None."""
    return None if role is None else as_choice(Role, role, "role")


def _as_roles(roles: Sequence[Role | str]) -> tuple[Role, ...]:
    """Each role once, in the order given; a bare string is one role, not a sequence of them."""
    if isinstance(roles, (str, bytes)):
        raise InvalidValueError(f"roles must be a sequence of roles, not the string {roles!r}")
    if not isinstance(roles, Iterable):
        raise InvalidValueError(f"roles must be a sequence of roles, got {roles!r}")
    return tuple(dict.fromkeys(as_choice(Role, role, "role") for role in roles))


def _as_offsets(offsets: Sequence[int]) -> frozenset[int]:
    if isinstance(offsets, (str, bytes)) or not isinstance(offsets, Iterable):
        raise InvalidValueError(f"offsets must be a sequence of whole days ahead, got {offsets!r}")
    found = tuple(offsets)
    for offset in found:
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise InvalidValueError(f"offsets must be whole numbers of days >= 0, got {offset!r} "
                                    f"in {offsets!r}")
    return frozenset(found)


def _concerns(state: TaskState, agency: str | None, role: Role | None) -> bool:
    if agency is None:
        return role is None or bool(state.task.agencies_with(role))
    if role is not None:
        return agency in state.task.agencies_with(role)
    return state.assigned_by == agency or any(a.agency == agency for a in state.task.assignments)


def task_scorecard(programme: CoordinationProgramme, as_of: object,
                   between: tuple[object, object] | None = None, *,
                   roles: Sequence[Role | str] = tuple(Role),
                   calendar: WorkingCalendar | None = None,
                   catalogue: AgencyCatalogue | None = None,
                   before: BeforeReading | str = BeforeReading.EXCLUSIVE,
                   ) -> dict[str, dict[Role, GridCounts]]:
    """Per agency and role, the grid counts of the tasks it holds in that role, on ``as_of``.

    ``between`` keeps the occurrences the plan sets to end in that period (tasks
    with no date are always kept). Every agency named in one of ``roles`` has a
    count for each of them, zeros included; agencies come sorted by id.

    >>> from quanhelaodong.io import load_bundled
    >>> card = task_scorecard(load_bundled("hue-2023"), "2024-01-03")
    >>> card["thua-thien-hue/ldld"][Role.LEAD].overdue, card["thua-thien-hue/ldld"][Role.PARTNER].no_deadline
    (13, 1)
    """
    chosen = _as_roles(roles)
    tallies: dict[str, dict[Role, list[TaskState]]] = {}
    for state in task_statuses(programme, as_of, between, calendar=calendar, catalogue=catalogue,
                               before=before):
        for role in chosen:
            for agency in _holders(state, role):
                tallies.setdefault(agency, {r: [] for r in chosen})[role].append(state)
    return {agency: {role: GridCounts.of(states) for role, states in by_role.items()}
            for agency, by_role in sorted(tallies.items())}


def overdue_tasks(programme: CoordinationProgramme, as_of: object, *, agency: str | None = None,
                  role: Role | str | None = None, calendar: WorkingCalendar | None = None,
                  catalogue: AgencyCatalogue | None = None,
                  before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[TaskState]:
    """Occurrences overdue and not done on ``as_of``, the longest overdue first.

    ``agency`` keeps the tasks it holds in ``role`` (any role, or assigned, when
    ``role`` is None). Each state says by how many days: ``days_overdue`` and
    ``working_days_overdue``.

    >>> from quanhelaodong.io import load_bundled
    >>> late = overdue_tasks(load_bundled("hue-2023"), "2024-01-05", agency="thua-thien-hue/bhxh",
    ...                      role=Role.LEAD)
    >>> [(state.task.id, state.days_overdue, state.working_days_overdue) for state in late][:2]
    [('IV.8.a', 3, 3), ('IV.8.b', 3, 3)]
    """
    wanted = _as_role(role)
    found = [state for state in task_statuses(programme, as_of, calendar=calendar,
                                              catalogue=catalogue, before=before)
             if state.status is TaskStatus.OVERDUE and _concerns(state, agency, wanted)]
    return Rows(sorted(found, key=lambda state: -state.days_overdue))


def tasks_due_within(programme: CoordinationProgramme, working_days: int, as_of: object, *,
                     agency: str | None = None, role: Role | str | None = None,
                     calendar: WorkingCalendar | None = None,
                     catalogue: AgencyCatalogue | None = None,
                     before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[TaskState]:
    """Open occurrences whose deadline falls from ``as_of`` to ``working_days`` working days
    later (both included), on each assigning body's calendar; earliest deadline first.

    >>> from quanhelaodong.io import load_bundled
    >>> soon = tasks_due_within(load_bundled("hue-2023"), 10, "2023-12-20")
    >>> len(soon), sorted({state.deadline.isoformat() for state in soon})
    (59, ['2024-01-02'])
    """
    if isinstance(working_days, bool) or not isinstance(working_days, int) or working_days < 0:
        raise InvalidValueError(f"working_days must be a whole number >= 0, got {working_days!r}")
    day = as_date(as_of)
    wanted = _as_role(role)
    limits: dict[int, pendulum.Date] = {}
    found = []
    for state in task_statuses(programme, day, calendar=calendar, catalogue=catalogue,
                               before=before):
        if state.status is not TaskStatus.PENDING or not _concerns(state, agency, wanted):
            continue
        limit = limits.get(id(state.calendar))
        if limit is None:
            limit = limits[id(state.calendar)] = state.calendar.add_working_days(day, working_days)
        if state.deadline is not None and state.deadline <= limit:
            found.append(state)
    return Rows(sorted(found, key=lambda state: state.deadline or day))


@attrs.frozen(repr=False)
class TaskReminder:
    """A reminder of a task occurrence due soon or overdue, and the desks it goes to.

    ``to`` are the bodies that must act (the leads, or the implementing units of a
    task with no lead); ``copy_to`` the monitoring bodies and the assigning body.

    >>> from quanhelaodong.io import load_bundled
    >>> reminder = task_reminders(load_bundled("hue-2023"), "2023-12-26")[0]
    >>> print(reminder)
    II.1: due in 7 day(s) (2024-01-02) -> thua-thien-hue/co-quan-qlnn-lao-dong, ...; cc thua-thien-hue/ubnd
    >>> reminder
    TaskReminder('II.1', deadline=2024-01-02, days_left=7, to=4 bodies, copy_to=('thua-thien-hue/ubnd',))
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("task", lambda row: row.state.task.id),
        Column("occurrence", lambda row: row.state.occurrence.occurrence),
        Column("deadline", lambda row: row.state.deadline), Column("days left", lambda row: row.days_left),
        Column("to", lambda row: row.to, 50), Column("cc", lambda row: row.copy_to, 30),
        Column("title", lambda row: row.state.task.title, 40))

    state: TaskState
    days_left: int
    to: tuple[str, ...]
    copy_to: tuple[str, ...]

    def __str__(self) -> str:
        when = (f"due in {self.days_left} day(s)" if self.days_left > 0 else
                "due today" if self.days_left == 0 else f"overdue by {-self.days_left} day(s)")
        occurrence = f" ({self.state.occurrence.occurrence})" if self.state.occurrence.occurrence else ""
        copy = f"; cc {', '.join(self.copy_to)}" if self.copy_to else ""
        return (f"{self.state.task.id}{occurrence}: {when} ({self.state.deadline}) -> "
                f"{', '.join(self.to)}{copy}")

    def __repr__(self) -> str:
        # A task with no lead goes to all its implementing units, up to a dozen ids: past one, a count.
        recurring = self.state.occurrence.occurrence
        occurrence = f", occurrence={recurring}" if recurring is not None else ""
        to, copy_to = few(self.to, most=1), few(self.copy_to, most=1)
        return (f"TaskReminder({self.state.task.id!r}{occurrence}, deadline={self.state.deadline}, "
                f"days_left={self.days_left}, to={to}, copy_to={copy_to})")


def task_reminders(programme: CoordinationProgramme, as_of: object,
                   offsets: Sequence[int] = (7, 3, 1), *, calendar: WorkingCalendar | None = None,
                   catalogue: AgencyCatalogue | None = None,
                   before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[TaskReminder]:
    """Open occurrences due in exactly ``offsets`` days or today, and those overdue, on ``as_of``.

    The same offsets as :func:`~quanhelaodong.followup.reminders` gives for
    reports (calendar days). Overdue first (longest first), then by deadline.

    >>> from quanhelaodong.io import load_bundled
    >>> plan = load_bundled("hue-2023")
    >>> len(task_reminders(plan, "2023-12-26")), len(task_reminders(plan, "2023-12-27"))
    (59, 0)
    """
    ahead = _as_offsets(offsets)
    found = []
    for state in task_statuses(programme, as_of, calendar=calendar, catalogue=catalogue,
                               before=before):
        days_left = state.days_left
        if days_left is None or not (days_left <= 0 or days_left in ahead):
            continue
        to = _holders(state, Role.LEAD) or _holders(state, Role.IMPLEMENTER)
        desks = [*_holders(state, Role.MONITOR),
                 *([state.assigned_by] if state.assigned_by is not None else [])]
        copy_to = tuple(desk for desk in dict.fromkeys(desks) if desk not in to)
        found.append(TaskReminder(state, days_left, to, copy_to))
    return Rows(sorted(found, key=lambda reminder: reminder.days_left))


def _percent(part: int, whole: int) -> str:
    return f"{part / whole * 100:.1f}".replace(".", ",") + "%" if whole else "0%"


@attrs.frozen
class ProgrammeSummary:
    """The grid of a programme on a day, as a province sends it up.

    ``str()`` gives the sentence: "đã hoàn thành x/y nhiệm vụ, trong đó đúng hạn …".

    >>> from quanhelaodong.io import load_bundled
    >>> print(programme_summary(load_bundled("hue-2023"), "2024-01-03"))
    Kế hoạch 180/KH-UBND, tính đến ngày 03/01/2024: đã hoàn thành 0/60 nhiệm vụ (0,0%), trong đó
    đúng hạn 0, quá hạn 0; chưa hoàn thành 59, trong đó trong hạn 0, quá hạn 59; 1 nhiệm vụ không
    có thời hạn.
    """

    title: str
    as_of: pendulum.Date
    counts: GridCounts

    def __str__(self) -> str:
        counts = self.counts
        text = (f"{self.title}, tính đến ngày {self.as_of.format('DD/MM/YYYY')}: đã hoàn thành "
                f"{counts.done}/{counts.total} nhiệm vụ ({_percent(counts.done, counts.total)}), "
                f"trong đó đúng hạn {counts.done_on_time}, quá hạn {counts.done_late}; chưa hoàn "
                f"thành {counts.not_done}, trong đó trong hạn {counts.pending}, quá hạn "
                f"{counts.overdue}")
        if counts.no_deadline:
            text += f"; {counts.no_deadline} nhiệm vụ không có thời hạn"
        return text + "."


def programme_summary(programme: CoordinationProgramme, as_of: object,
                      between: tuple[object, object] | None = None, *,
                      agency: str | None = None, role: Role | str | None = None,
                      calendar: WorkingCalendar | None = None,
                      catalogue: AgencyCatalogue | None = None,
                      before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> ProgrammeSummary:
    """The summary a province sends up: the grid of the whole programme (or of one agency's
    tasks, in ``role`` or any) on ``as_of``.

    >>> from quanhelaodong.io import load_bundled
    >>> summary = programme_summary(load_bundled("hue-2023"), "2023-12-01")
    >>> summary.counts.pending, summary.title
    (59, 'Kế hoạch 180/KH-UBND')
    """
    day = as_date(as_of)
    wanted = _as_role(role)
    states = [state for state in task_statuses(programme, day, between, calendar=calendar,
                                               catalogue=catalogue, before=before)
              if (agency is None and wanted is None) or _concerns(state, agency, wanted)]
    name = str(programme.document) if programme.document is not None else programme.title
    title = f"{programme.kind.vietnamese.capitalize()} {name}"
    return ProgrammeSummary(title, day, GridCounts.of(states))
