"""When tasks of a programme fall due: time frames with inheritance, and deadline queries.

A task without a time phrase of its own takes its heading's, and failing that the
programme's period (the appendix rows of a yearly plan are due within its year);
every entry says where its time frame came from. Phrases that set no date
("Thường xuyên") have no deadline and are listed by :func:`undated`; phrases the
parser cannot read are reported by ``validate`` (code ``unreadable-timeframe``)
and never turned into dates.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pendulum

from quanhelaodong.dates import as_date
from quanhelaodong.errors import TimeframeParseError
from quanhelaodong.programmes import CoordinationProgramme, Task
from quanhelaodong.timeframes import (
    BeforeReading,
    DateRange,
    DueDate,
    Recurring,
    TimeFrame,
    Undated,
)

__all__ = ["DueEntry", "TaskTimeFrame", "deadlines", "due_within", "overdue", "task_time_frames",
           "undated"]


@attrs.frozen
class TaskTimeFrame:
    """A task's time frame and where it came from: the task itself, a heading, or the programme."""

    task: Task
    frame: TimeFrame
    source: str


@attrs.frozen
class DueEntry:
    """One due date of one task (a recurring task has one entry per occurrence)."""

    task: Task
    due: pendulum.Date
    frame: TimeFrame
    source: str


def task_time_frames(programme: CoordinationProgramme, *,
                     before: BeforeReading | str = BeforeReading.EXCLUSIVE,
                     ) -> Iterator[TaskTimeFrame | tuple[Task, TimeframeParseError]]:
    """Each task that is not a bare heading, with its (possibly inherited) time frame.

    Tasks whose phrase cannot be read come as ``(task, error)`` pairs instead.
    """
    by_id = {task.id: task for task in programme.tasks}
    period = None
    if programme.period is not None:
        period = DateRange("kỳ của chương trình", first=programme.period.start,
                           last=programme.period.end,
                           segments=((programme.period.start, programme.period.end),))
    reference = programme.reference_date
    for task in programme.tasks:
        if programme.is_heading(task) and not task.assignments:
            continue
        holder: Task | None = task
        seen: set[str] = set()
        while holder is not None and holder.timeframe is None and holder.group not in seen:
            seen.add(holder.id)
            holder = by_id.get(holder.group) if holder.group else None
        try:
            if holder is not None and holder.timeframe is not None:
                frame = holder.time_frame(reference=reference, before=before)
                assert frame is not None
                source = "task" if holder is task else f"heading {holder.id}"
                yield TaskTimeFrame(task, frame, source)
            elif period is not None:
                yield TaskTimeFrame(task, period, "programme period")
        except TimeframeParseError as error:
            yield task, error


def _entries(programme: CoordinationProgramme, low: pendulum.Date, high: pendulum.Date,
             agency: str | None, before: BeforeReading | str) -> list[DueEntry]:
    found = []
    for order, item in enumerate(task_time_frames(programme, before=before)):
        if not isinstance(item, TaskTimeFrame):
            continue
        if agency is not None and all(a.agency != agency for a in item.task.assignments):
            continue
        frame = item.frame
        occurrences: list[TimeFrame]
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
    return [entry for *_, entry in found]


def deadlines(programme: CoordinationProgramme, between: tuple[object, object], *,
              agency: str | None = None,
              before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> list[DueEntry]:
    """Every due date between two days (both included), earliest first, optionally of one agency.

    >>> from quanhelaodong import load_bundled
    >>> due = deadlines(load_bundled("hue-2023"), ("2023-12-01", "2023-12-31"),
    ...                 agency="thua-thien-hue/bhxh")
    >>> [(e.task.id, e.due.isoformat(), e.source) for e in due]
    [('IV.8.a', '2023-12-31', 'programme period'), ('IV.8.b', '2023-12-31', 'programme period'),
     ('PL.I.4', '2023-12-31', 'programme period'), ('PL.I.6', '2023-12-31', 'programme period'),
     ('PL.I.7', '2023-12-31', 'programme period'), ('PL.I.8', '2023-12-31', 'programme period')]
    """
    return _entries(programme, as_date(between[0]), as_date(between[1]), agency, before)


def overdue(programme: CoordinationProgramme, as_of: object, *, agency: str | None = None,
            before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> list[DueEntry]:
    """Due dates already past on ``as_of`` (from the programme's start), earliest first.

    The plan alone cannot say what was done: this lists what fell due; reports
    of completion belong to the follow-up model.
    """
    day = as_date(as_of)
    start = programme.reference_date or day.start_of("year")
    if programme.period is not None:
        start = min(start, programme.period.start)
    return _entries(programme, start, day.subtract(days=1), agency, before)


def due_within(programme: CoordinationProgramme, days: int, as_of: object, *,
               agency: str | None = None,
               before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> list[DueEntry]:
    """Due dates from ``as_of`` to ``days`` days later (both included), earliest first."""
    day = as_date(as_of)
    return _entries(programme, day, day.add(days=days), agency, before)


def undated(programme: CoordinationProgramme) -> list[TaskTimeFrame]:
    """Tasks whose time phrase sets no date ("Thường xuyên", "khẩn trương", "định kỳ")."""
    return [item for item in task_time_frames(programme)
            if isinstance(item, TaskTimeFrame) and isinstance(item.frame, Undated)]
