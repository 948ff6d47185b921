"""The status of every task on any day, on the Government Office's grid, with its reasons.

The Government Office's task-tracking system (Quy chế theo dõi, đôn đốc, kiểm tra
việc thực hiện nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao, Decision
42/2014/QĐ-TTg, amended by 23/2018/QĐ-TTg) counts each assigned task as done on
time, done late, not done and still within its deadline, or not done and
overdue; tasks that set no date are counted apart. On a day ``as_of``:

* the deadline is the plan's last day for the task (or occurrence), moved to the
  next working day on the calendar of the body that assigned it, then moved
  later by each extension decided by that day, in the order decided (an
  extension that would not move it later is not applied);
* the task is done when a completion dated by that day is recorded (the first
  one counts); it is done on time when done on or before the deadline then in
  force, and extensions decided after it was done no longer apply;
* only records dated by ``as_of`` count, so the status on a day never depends on
  what was recorded later.
"""

from __future__ import annotations

import contextlib
import enum
import gc
from collections.abc import Iterable, Iterator
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import as_date
from quanhelaodong.agencies import AgencyCatalogue
from quanhelaodong.deadlines import (
    BeforeReading,
    ReasoningStep,
    Recurring,
    RelativePeriod,
    Undated,
    UnreadableTimeframe,
    WorkingCalendar,
    legal_provision,
)
from quanhelaodong.errors import InvalidValueError, UnknownTaskError
from quanhelaodong.followup._occurrences import (
    TaskOccurrence,
    assigning_body,
    calendar_of,
    check_programme,
    task_occurrences,
)
from quanhelaodong.followup._schedule import task_timeframes
from quanhelaodong.programmes import (
    Completion,
    CoordinationProgramme,
    Extension,
    ProgressEvent,
    ProgressUpdate,
    Task,
)
from quanhelaodong.rows import Column, Rows, shorten

__all__ = ["TaskState", "TaskStatus", "task_status", "task_statuses"]

_GRID = "Văn phòng Chính phủ, Hệ thống theo dõi nhiệm vụ (Quyết định 42/2014/QĐ-TTg)"
_CIVIL_CODE_ROLLOVER = legal_provision("civil_rollover").citation


class TaskStatus(enum.StrEnum):
    """A task's cell of the grid on a day: the Government Office's four, and "no deadline".

    The four share their values with
    :class:`~quanhelaodong.followup.ObligationStatus`, the grid of reports.

    >>> [status.vietnamese for status in TaskStatus]
    ['hoàn thành đúng hạn', 'hoàn thành quá hạn', 'chưa hoàn thành, trong hạn',
     'chưa hoàn thành, quá hạn', 'không có thời hạn']
    """

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    #: Not done, and its deadline has not passed.
    PENDING = "not_done_within_deadline"
    #: Not done, and its deadline has passed.
    OVERDUE = "not_done_overdue"
    #: The task sets no date ("Thường xuyên", an unreadable phrase, no timeframe at all).
    NO_DEADLINE = "no_deadline"

    @property
    def vietnamese(self) -> str:
        return _STATUS_VI[self]

    @property
    def done(self) -> bool:
        """Whether the cell is one of the two "done" cells."""
        return self in (TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE)


_STATUS_VI = {
    TaskStatus.DONE_ON_TIME: "hoàn thành đúng hạn",
    TaskStatus.DONE_LATE: "hoàn thành quá hạn",
    TaskStatus.PENDING: "chưa hoàn thành, trong hạn",
    TaskStatus.OVERDUE: "chưa hoàn thành, quá hạn",
    TaskStatus.NO_DEADLINE: "không có thời hạn",
}


@attrs.frozen(repr=False)
class TaskState:
    """Where one task (or occurrence) stands on a day, and everything that put it there.

    ``deadlines`` is the history: the planned deadline on the assigning body's
    calendar, then each deadline an applied extension set; ``extensions`` are
    those decided by the day (and before the task was done), in the order
    decided; ``completion`` the first completion recorded by the day; ``latest``
    the latest update and ``percent`` the latest percentage reported.

    >>> from quanhelaodong.io import load_bundled
    >>> state = task_status(load_bundled("hue-2023"), "II.2", "2024-01-05")
    >>> state.status.vietnamese, state.deadline, state.days_overdue
    ('chưa hoàn thành, quá hạn', Date(2024, 1, 2), 3)
    >>> print(state.explain())
    1. The plan sets «Quý III, IV/2023» (task): the last day allowed is 2023-12-31
       [180/KH-UBND, task II.2] -> 2023-12-31
    2. 2023-12-31 is a weekly rest day on the state calendar of thua-thien-hue/ubnd,
       so the deadline is the next working day [Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(5)]
       -> 2024-01-02
    3. Not reported done by 2024-01-05, 3 day(s) (3 working day(s)) past the deadline
       2024-01-02: chưa hoàn thành, quá hạn [...] -> 2024-01-05
    >>> state
    TaskState('II.2', 'Nâng cao hiệu lực, hiệu quả quản lý nhà nước về lao động, h…',
              as_of=2024-01-05, status='not_done_overdue', deadline=2024-01-02)
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("task", lambda row: row.task.id), Column("occurrence", lambda row: row.occurrence.occurrence),
        Column("deadline", lambda row: row.deadline), Column("status", lambda row: row.status.vietnamese),
        Column("done", lambda row: row.done), Column("title", lambda row: row.task.title, 40))

    occurrence: TaskOccurrence
    as_of: pendulum.Date
    status: TaskStatus
    assigned_by: str | None
    calendar: WorkingCalendar
    deadlines: tuple[pendulum.Date, ...] = ()
    extensions: tuple[Extension, ...] = ()
    completion: Completion | None = None
    latest: ProgressUpdate | None = None
    percent: int | None = None
    document: str | None = None

    @property
    def task(self) -> Task:
        return self.occurrence.task

    @property
    def key(self) -> tuple[str, pendulum.Date | None]:
        """``(task id, occurrence)``, as progress records name it."""
        return self.occurrence.key

    @property
    def deadline(self) -> pendulum.Date | None:
        """The deadline in force: the last of :attr:`deadlines`, or None."""
        return self.deadlines[-1] if self.deadlines else None

    @property
    def done(self) -> pendulum.Date | None:
        """The day the task was done, if it was by :attr:`as_of`."""
        return self.completion.on if self.completion is not None else None

    @property
    def days_overdue(self) -> int:
        """Calendar days past the deadline of a task overdue on :attr:`as_of` (else 0)."""
        if self.status is not TaskStatus.OVERDUE or self.deadline is None:
            return 0
        return (self.as_of - self.deadline).days

    @property
    def working_days_overdue(self) -> int:
        """Working days past the deadline, on the assigning body's calendar (else 0)."""
        if self.status is not TaskStatus.OVERDUE or self.deadline is None:
            return 0
        return self.calendar.working_days_between(self.deadline, self.as_of)

    @property
    def days_late(self) -> int:
        """Calendar days between the deadline and the day a task done late was done (else 0)."""
        if self.status is not TaskStatus.DONE_LATE or self.deadline is None or self.done is None:
            return 0
        return (self.done - self.deadline).days

    @property
    def days_left(self) -> int | None:
        """Calendar days from :attr:`as_of` to the deadline of an open task (None when done or undated)."""
        if self.deadline is None or self.completion is not None:
            return None
        return (self.deadline - self.as_of).days

    @property
    def steps(self) -> tuple[ReasoningStep, ...]:
        """The reasoning, step by step, each with its source."""
        return tuple(_steps(self))

    def __repr__(self) -> str:
        # The task, its calendar and its records are all reachable; the repr says where it stands.
        occurrence = f", occurrence={self.occurrence.occurrence}" if self.occurrence.occurrence else ""
        done = f", done={self.done}" if self.done is not None else ""
        return (f"TaskState({self.task.id!r}, {shorten(self.task.title, 60)!r}{occurrence}, "
                f"as_of={self.as_of}, status={self.status.value!r}, deadline={self.deadline}{done})")

    def explain(self) -> str:
        """The reasoning as numbered lines, each with its source, like ``Deadline.explain()``."""
        return "\n".join(f"{number}. {step.text} [{step.citation}] -> {step.date.isoformat()}"
                         for number, step in enumerate(self.steps, start=1))


def _why_not_working(calendar: WorkingCalendar, day: pendulum.Date) -> str:
    for off in calendar.holidays_in(day.year):
        if off.date == day:
            return f"a public holiday or day off ({off.name_vi})"
    return "a weekly rest day"


def _planned_step(state: TaskState) -> ReasoningStep:
    item = state.occurrence
    where = f"{state.document}, task {item.task.id}"
    frame = item.frame
    if frame is None:
        return ReasoningStep("no_timeframe", where, "The plan sets no time for the task and the "
                             "programme has no period: no deadline", state.as_of)
    if item.planned is not None and item.source == "programme period":
        return ReasoningStep("planned", where, f"The task names no time of its own and takes the "
                             f"programme's period: the last day allowed is {item.planned}",
                             item.planned)
    if item.planned is not None:
        return ReasoningStep("planned", where, f"The plan sets «{frame}» ({item.source}): the "
                             f"last day allowed is {item.planned}", item.planned)
    if isinstance(frame, Undated):
        why = f"«{frame}» sets no date ({frame.kind.value})"
    elif isinstance(frame, UnreadableTimeframe):
        why = f"«{frame}» could not be read ({frame.reason}); no date is guessed"
    elif isinstance(frame, RelativePeriod):
        why = f"«{frame}» counts from an event not yet dated ({frame.event})"
    else:
        why = f"«{frame}» sets no single last day"
    return ReasoningStep("undated", where, why, state.as_of)


def _steps(state: TaskState) -> list[ReasoningStep]:
    steps = [_planned_step(state)]
    planned = state.occurrence.planned
    calendar = state.calendar
    body = state.assigned_by or "the assigning body"
    current: pendulum.Date | None = None
    if planned is not None:
        current = calendar.roll_forward(planned)
        if current != planned:
            steps.append(ReasoningStep(
                "civil_rollover", _CIVIL_CODE_ROLLOVER,
                f"{planned} is {_why_not_working(calendar, planned)} on the {calendar.kind.value} "
                f"calendar of {body}, so the deadline is the next working day", current))
    for extension in state.extensions:
        moved = calendar.roll_forward(extension.new_deadline)
        source = str(extension.document) if extension.document else f"extension of {extension.on}"
        asked = f" at the request of {extension.requested_by}" if extension.requested_by else ""
        granted = extension.decided_by or body
        if current is not None and moved <= current:
            steps.append(ReasoningStep(
                "extension_not_applied", source,
                f"An extension decided on {extension.on} by {granted} to {extension.new_deadline} "
                f"would not move the deadline {current} later: not applied", current))
            continue
        rolled = "" if moved == extension.new_deadline else (
            f" ({extension.new_deadline} is not a working day: the next one)")
        steps.append(ReasoningStep(
            "extension", source, f"Extended on {extension.on} by {granted}{asked}: the new "
            f"deadline is {moved}{rolled}", moved))
        current = moved
    steps.append(_verdict(state))
    return steps


def _verdict(state: TaskState) -> ReasoningStep:
    status, deadline = state.status, state.deadline
    label = status.vietnamese
    rule = f"grid_{status.value}"
    if status is TaskStatus.NO_DEADLINE:
        done = f"; reported done on {state.done}" if state.done else ""
        return ReasoningStep(rule, _GRID, f"No deadline: followed, but never due ({label}){done}",
                             state.as_of)
    completion = state.completion
    if completion is not None:
        evidence = f" (evidence {completion.evidence})" if completion.evidence else ""
        if status is TaskStatus.DONE_ON_TIME:
            text = f"Done on {completion.on}{evidence}, on or before the deadline {deadline}: {label}"
        else:
            text = (f"Done on {completion.on}{evidence}, {state.days_late} day(s) after the "
                    f"deadline {deadline}: {label}")
        return ReasoningStep(rule, _GRID, text, completion.on)
    latest = state.latest
    progress = ""
    if latest is not None:
        percent = f", {state.percent}%" if state.percent is not None else ""
        progress = (f" (latest update {latest.on} by {latest.agency}: "
                    f"{latest.status.vietnamese}{percent})")
    if status is TaskStatus.OVERDUE:
        text = (f"Not reported done by {state.as_of}, {state.days_overdue} day(s) "
                f"({state.working_days_overdue} working day(s)) past the deadline {deadline}: "
                f"{label}{progress}")
    else:
        text = (f"Not reported done by {state.as_of}, {state.days_left} day(s) before the "
                f"deadline {deadline}: {label}{progress}")
    return ReasoningStep(rule, _GRID, text, state.as_of)


class _Record:
    """What was recorded of one task occurrence by a day: the latest update, the latest
    with a percentage, the first completion, and the extensions (in the order recorded)."""

    __slots__ = ("done", "extensions", "latest", "percent")

    def __init__(self) -> None:
        self.latest: ProgressUpdate | None = None
        self.percent: ProgressUpdate | None = None
        self.done: Completion | None = None
        self.extensions: list[Extension] | None = None


def _index(progress: Iterable[ProgressEvent],
           day: pendulum.Date) -> dict[tuple[str, pendulum.Date | None], _Record]:
    """One pass over the records: the hot loop of the grid, kept to one lookup per record."""
    records: dict[tuple[str, pendulum.Date | None], _Record] = {}
    find = records.get
    for event in progress:
        on = event.on
        if on > day:
            continue
        key = (event.task, event.occurrence)
        record = find(key)
        if record is None:
            record = records[key] = _Record()
        if isinstance(event, ProgressUpdate):
            # The latest by date; of two on the same day, the one recorded last.
            seen = record.latest
            if seen is None or on >= seen.on:
                record.latest = event
            if event.percent is not None:
                seen = record.percent
                if seen is None or on >= seen.on:
                    record.percent = event
        elif isinstance(event, Completion):
            first = record.done
            if first is None or on < first.on:
                record.done = event
        elif record.extensions is None:
            record.extensions = [event]
        else:
            record.extensions.append(event)
    return records


class _Grid:
    """Statuses of many occurrences on one day, with calendars and roll-overs computed once."""

    def __init__(self, programme: CoordinationProgramme, day: pendulum.Date,
                 calendar: WorkingCalendar | None, catalogue: AgencyCatalogue | None,
                 progress: Iterable[ProgressEvent]):
        self.programme = programme
        self.day = day
        self.calendar = calendar
        self.catalogue = catalogue
        self.index = _index(progress, day)
        self.calendars: dict[str | None, WorkingCalendar] = {}
        self.rolled: dict[tuple[int, pendulum.Date], pendulum.Date] = {}
        self.document = str(programme.document) if programme.document else programme.id

    def roll(self, calendar: WorkingCalendar, day: pendulum.Date) -> pendulum.Date:
        key = (id(calendar), day)
        found = self.rolled.get(key)
        if found is None:
            found = self.rolled[key] = calendar.roll_forward(day)
        return found

    def state(self, item: TaskOccurrence) -> TaskState:
        body = assigning_body(self.programme, item.task)
        calendar = self.calendar or self.calendars.get(body)
        if calendar is None:
            calendar = self.calendars[body] = calendar_of(self.programme, body,
                                                          catalogue=self.catalogue)
        record = self.index.get(item.key)
        completion = record.done if record is not None else None
        history: list[pendulum.Date] = []
        if item.planned is not None:
            history.append(self.roll(calendar, item.planned))
        applied: tuple[Extension, ...] = ()
        if record is not None and record.extensions is not None:
            cutoff = completion.on if completion is not None else self.day
            applied = tuple(sorted((e for e in record.extensions if e.on <= cutoff),
                                   key=lambda e: e.on))
            for extension in applied:
                moved = self.roll(calendar, extension.new_deadline)
                if not history or moved > history[-1]:
                    history.append(moved)
        deadline = history[-1] if history else None
        if deadline is None:
            status = TaskStatus.NO_DEADLINE
        elif completion is not None:
            status = TaskStatus.DONE_ON_TIME if completion.on <= deadline else TaskStatus.DONE_LATE
        else:
            status = TaskStatus.PENDING if self.day <= deadline else TaskStatus.OVERDUE
        if record is None:
            return TaskState(item, self.day, status, body, calendar, tuple(history),
                             document=self.document)
        percent = record.percent.percent if record.percent is not None else None
        return TaskState(item, self.day, status, body, calendar, tuple(history), applied,
                         completion, record.latest, percent, self.document)


def task_statuses(programme: CoordinationProgramme, as_of: object,
                  between: tuple[object, object] | None = None, *,
                  calendar: WorkingCalendar | None = None,
                  catalogue: AgencyCatalogue | None = None,
                  before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[TaskState]:
    """The whole grid: every task occurrence of ``programme`` and its status on ``as_of``.

    ``between`` keeps the occurrences the plan sets to end in it (see
    :func:`~quanhelaodong.followup.task_occurrences`); ``calendar`` overrides the
    assigning bodies' own calendars; ``catalogue`` (default: the bundled one)
    says which side each assigning body is on.

    >>> from collections import Counter
    >>> from quanhelaodong.io import load_bundled
    >>> grid = task_statuses(load_bundled("hue-2023"), "2023-12-31")
    >>> Counter(state.status.value for state in grid)
    Counter({'not_done_within_deadline': 59, 'no_deadline': 1})
    """
    day = as_date(as_of)
    occurrences = task_occurrences(programme, between, as_of=day, before=before)
    with _no_cycle_collection():
        grid = _Grid(programme, day, _check_calendar(calendar), catalogue, programme.progress)
        return Rows(grid.state(item) for item in occurrences)


def _check_calendar(calendar: object) -> WorkingCalendar | None:
    if calendar is not None and not isinstance(calendar, WorkingCalendar):
        raise InvalidValueError(f"calendar must be a WorkingCalendar, got {type(calendar).__name__} "
                                f"{calendar!r}")
    return calendar


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while the grid is built, then restore it.

    A national grid builds hundreds of thousands of small objects next to a million
    records; the collector would walk them all again and again (a third of the time
    in the benchmark) to find cycles the grid never makes. Reference counting still
    frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def task_status(programme: CoordinationProgramme, task_id: str, as_of: object, *,
                occurrence: object = None, calendar: WorkingCalendar | None = None,
                catalogue: AgencyCatalogue | None = None,
                before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> TaskState:
    """The status of one task on ``as_of``; a recurring task needs its ``occurrence``.

    >>> from quanhelaodong.programmes import Completion
    >>> from quanhelaodong.io import load_bundled
    >>> import attrs
    >>> plan = attrs.evolve(load_bundled("hue-2023"),
    ...                     progress=[Completion("PL.II.1", "2023-10-02", occurrence="2023-12-31")])
    >>> task_status(plan, "PL.II.1", "2024-01-01", occurrence="2023-12-31").status.value
    'done_on_time'
    """
    day = as_date(as_of)
    wanted = None if occurrence is None else as_date(occurrence)
    task = check_programme(programme).task(task_id)
    chosen = _check_calendar(calendar)
    if programme.is_heading(task) and not task.assignments:
        raise UnknownTaskError(f"{task_id} (a heading: its tasks are followed, not it)")
    if wanted is not None and not any(item.task is task and isinstance(item.frame, Recurring)
                                      for item in task_timeframes(programme, before=before)):
        # As validate says of a record naming one (progress-occurrence).
        raise InvalidValueError(f"task {task_id} does not recur; an occurrence is only for "
                                "recurring tasks")
    between = None if wanted is None else (wanted, wanted)
    found = [item for item in task_occurrences(programme, between, as_of=day, before=before)
             if item.task is task]
    if not found:
        raise InvalidValueError(f"task {task_id} has no occurrence ending on {wanted}"
                                if wanted is not None else
                                f"task {task_id} has no occurrence while the programme runs")
    if wanted is None and len(found) > 1:
        listed = ", ".join(str(item.occurrence) for item in found)
        raise InvalidValueError(f"task {task_id} recurs; say which occurrence: {listed}")
    mine = (e for e in programme.progress if e.task == task_id)
    return _Grid(programme, day, chosen, catalogue, mine).state(found[0])

