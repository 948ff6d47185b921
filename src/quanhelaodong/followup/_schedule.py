"""When tasks of a programme fall due: timeframes with inheritance, and deadline queries.

A task without a time phrase of its own takes its heading's, and failing that the
programme's period (the appendix rows of a yearly plan are due within its year);
every entry says where its timeframe came from. Phrases that set no date
("Thường xuyên") have no deadline and are listed by :func:`undated_tasks`; phrases the
parser cannot read are reported by ``validate`` (code ``unreadable-timeframe``)
and never turned into dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.deadlines import (
    BeforeReading,
    DateRange,
    DueDate,
    Recurring,
    Timeframe,
    Undated,
    shifted,
)
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.programmes import CoordinationProgramme, Task
from quanhelaodong.rows import Column, Rows

__all__ = ["DueEntry", "TaskTimeframe", "deadlines", "due_within", "overdue", "planned_span",
           "task_timeframes", "undated_tasks"]


@attrs.frozen(repr=False)
class TaskTimeframe:
    """A task's timeframe and where it came from: the task itself, a heading, or the programme.

    >>> from quanhelaodong.io import load_bundled
    >>> first = task_timeframes(load_bundled("hue-2023"))[0]
    >>> first.task.id, str(first.frame), first.source
    ('II.1', 'Năm 2023', 'task')
    >>> first
    TaskTimeframe('II.1', frame='Năm 2023', source='task')
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("task", lambda row: row.task.id), Column("timeframe", lambda row: row.frame, 40),
        Column("source", lambda row: row.source), Column("title", lambda row: row.task.title, 60))

    task: Task
    frame: Timeframe
    source: str

    def __repr__(self) -> str:
        return f"TaskTimeframe({self.task.id!r}, frame={str(self.frame)!r}, source={self.source!r})"


@attrs.frozen(repr=False)
class DueEntry:
    """One due date of one task (a recurring task has one entry per occurrence).

    >>> from quanhelaodong.io import load_bundled
    >>> entry = deadlines(load_bundled("hue-2023"), ("2023-11-01", "2023-12-31"))[0]
    >>> entry.task.id, entry.due.isoformat(), entry.source
    ('II.1', '2023-12-31', 'task')
    >>> entry
    DueEntry('II.1', due=2023-12-31, frame='Năm 2023', source='task')
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("due", lambda row: row.due), Column("task", lambda row: row.task.id),
        Column("title", lambda row: row.task.title, 50), Column("timeframe", lambda row: row.frame, 30),
        Column("source", lambda row: row.source))

    task: Task
    due: pendulum.Date
    frame: Timeframe
    source: str

    def __repr__(self) -> str:
        return (f"DueEntry({self.task.id!r}, due={self.due}, frame={str(self.frame)!r}, "
                f"source={self.source!r})")


def task_timeframes(programme: CoordinationProgramme, *,
                    before: BeforeReading | str = BeforeReading.EXCLUSIVE,
                    ) -> Rows[TaskTimeframe]:
    """Each task that is not a bare heading, with its (possibly inherited) timeframe.

    A phrase that could not be read comes as its
    :class:`~quanhelaodong.deadlines.UnreadableTimeframe`, never as a date.

    >>> from quanhelaodong.io import load_bundled
    >>> frames = task_timeframes(load_bundled("hue-2023"))
    >>> sorted({item.source for item in frames})
    ['programme period', 'task']
    >>> print(frames[:2])
    task  timeframe         source  title
    II.1  Năm 2023          task    Tổ chức triển khai, phổ biến Quyết định số 831/QĐ-UBND, Kế…
    II.2  Quý III, IV/2023  task    Nâng cao hiệu lực, hiệu quả quản lý nhà nước về lao động, h…
    """
    return Rows(_timeframes(programme, as_choice(BeforeReading, before, "before")))


def _timeframes(programme: CoordinationProgramme, reading: BeforeReading) -> Iterator[TaskTimeframe]:
    by_id = {task.id: task for task in programme.tasks}
    period = None
    if programme.period is not None:
        period = DateRange("kỳ của chương trình", first=programme.period.start,
                           last=programme.period.end,
                           segments=((programme.period.start, programme.period.end),))
    for task in programme.tasks:
        if programme.is_heading(task) and not task.assignments:
            continue
        holder: Task | None = task
        seen: set[str] = set()
        while holder is not None and holder.timeframe is None and holder.group not in seen:
            seen.add(holder.id)
            holder = by_id.get(holder.group) if holder.group else None
        if holder is not None and holder.timeframe is not None:
            source = "task" if holder is task else f"heading {holder.id}"
            yield TaskTimeframe(task, holder.timeframe.with_reading(reading), source)
        elif period is not None:
            yield TaskTimeframe(task, period, "programme period")


def _entries(programme: CoordinationProgramme, low: pendulum.Date, high: pendulum.Date,
             agency: str | None, before: BeforeReading | str) -> Rows[DueEntry]:
    found = []
    for order, item in enumerate(task_timeframes(programme, before=before)):
        if agency is not None and all(a.agency != agency for a in item.task.assignments):
            continue
        frame = item.frame
        occurrences: list[Timeframe]
        if isinstance(frame, Recurring):
            # A recurring task recurs while its programme runs, not beyond it.
            span_low, span_high = low, high
            if programme.period is not None:
                span_low = max(low, programme.period.start)
                span_high = min(high, programme.period.end)
            occurrences = (list(frame.occurrences((span_low, span_high)))
                           if span_low <= span_high else [])
        elif isinstance(frame, (DateRange, DueDate)):
            occurrences = [frame]
        else:
            continue
        for occurrence in occurrences:
            due = occurrence.due
            if due is not None and low <= due <= high:
                found.append((due, order, DueEntry(item.task, due, occurrence, item.source)))
    found.sort(key=lambda entry: entry[:2])
    return Rows(entry for *_, entry in found)


def deadlines(programme: CoordinationProgramme, between: tuple[object, object], *,
              agency: str | None = None,
              before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[DueEntry]:
    """Every due date between two days (both included), earliest first, optionally of one agency.

    >>> from quanhelaodong.io import load_bundled
    >>> due = deadlines(load_bundled("hue-2023"), ("2023-12-01", "2023-12-31"),
    ...                 agency="thua-thien-hue/bhxh")
    >>> [(e.task.id, e.due.isoformat(), e.source) for e in due]
    [('IV.8.a', '2023-12-31', 'programme period'), ('IV.8.b', '2023-12-31', 'programme period'),
     ('PL.I.4', '2023-12-31', 'programme period'), ('PL.I.6', '2023-12-31', 'programme period'),
     ('PL.I.7', '2023-12-31', 'programme period'), ('PL.I.8', '2023-12-31', 'programme period')]
    """
    return _entries(programme, as_date(between[0]), as_date(between[1]), agency, before)


def overdue(programme: CoordinationProgramme, as_of: object, *, agency: str | None = None,
            before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[DueEntry]:
    """Due dates already past on ``as_of`` (from the programme's start), earliest first.

    The plan alone cannot say what was done: this lists what fell due; reports
    of completion belong to the follow-up model.

    >>> from quanhelaodong.io import load_bundled
    >>> [entry.task.id for entry in overdue(load_bundled("hue-2023"), "2024-01-01")][:3]
    ['II.1', 'II.2', 'II.3']
    """
    day = as_date(as_of)
    start = programme.reference_date or day.start_of("year")
    if programme.period is not None:
        start = min(start, programme.period.start)
    return _entries(programme, start, shifted(day, days=-1), agency, before)


def due_within(programme: CoordinationProgramme, days: int, as_of: object, *,
               agency: str | None = None,
               before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[DueEntry]:
    """Due dates from ``as_of`` to ``days`` days later (both included), earliest first.

    >>> from quanhelaodong.io import load_bundled
    >>> [entry.due.isoformat() for entry in due_within(load_bundled("hue-2023"), 60, "2023-11-01")][:1]
    ['2023-12-31']
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InvalidValueError(f"days must be a whole number >= 0, got {days!r}")
    day = as_date(as_of)
    return _entries(programme, day, shifted(day, days=days), agency, before)


def undated_tasks(programme: CoordinationProgramme) -> Rows[TaskTimeframe]:
    """Tasks whose time phrase sets no date ("Thường xuyên", "khẩn trương", "định kỳ").

    >>> from quanhelaodong.io import load_bundled
    >>> [(item.task.id, str(item.frame)) for item in undated_tasks(load_bundled("hue-2023"))][:1]
    [('PL.IV.1', 'định kỳ')]
    """
    return Rows(item for item in task_timeframes(programme) if isinstance(item.frame, Undated))


def planned_span(programme: CoordinationProgramme) -> tuple[pendulum.Date, pendulum.Date]:
    """The days a programme's work spans, for a window that shows its deadlines.

    Its period; else the years of the dates its tasks name ("trước ngày 20/4/2017"); else
    the year it was issued; else this year.

    >>> from quanhelaodong.io import load_bundled, parse_plan
    >>> planned_span(load_bundled("hue-2023"))
    (Date(2023, 1, 1), Date(2023, 12, 31))
    >>> planned_span(parse_plan("1. Giao Sở Y tế kiểm tra trước ngày 20/4/2017.").programme)
    (Date(2017, 1, 1), Date(2017, 12, 31))
    """
    if programme.period is not None:
        return programme.period.start, programme.period.end
    named = [day for task in programme.tasks for day in _days_named(task.timeframe)]
    if named:
        return min(named).start_of("year"), max(named).end_of("year")
    year = programme.reference_date or pendulum.today().date()
    return year.start_of("year"), year.end_of("year")


def _days_named(timeframe: object) -> tuple[pendulum.Date, ...]:
    if isinstance(timeframe, DateRange):
        return timeframe.first, timeframe.last
    if isinstance(timeframe, DueDate):
        return (timeframe.day,)
    return ()
