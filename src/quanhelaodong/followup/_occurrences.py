"""What is followed: each task occurrence, its planned deadline, and whose calendar counts it.

A task is followed once; a recurring task ("hằng năm", "định kỳ 2 năm/lần") once
per occurrence while its programme runs, each occurrence named by the last day
the plan sets for it. A task's timeframe may come from a heading or from the
programme's period (:func:`~quanhelaodong.followup.task_timeframes`).

The deadline is counted on the calendar of the body that assigned the task
(``Task.assigned_by``, else the programme's issuer): a last day that is not a
working day there moves to the next working day (Civil Code 2015 Art. 148(5)).
State bodies and trade unions keep the state calendar; an employers'
organisation or an enterprise keeps an employer's calendar with Sunday rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.agencies import AgencyCatalogue, Side
from quanhelaodong.deadlines import (
    BeforeReading,
    DateRange,
    DueDate,
    Recurring,
    Timeframe,
    WorkingCalendar,
    as_between,
)
from quanhelaodong.errors import InvalidValueError, UnknownAgencyError
from quanhelaodong.followup._schedule import task_timeframes
from quanhelaodong.programmes import CoordinationProgramme, Task
from quanhelaodong.rows import Column

__all__ = ["TaskOccurrence", "assigning_body", "calendar_of", "task_occurrences"]


@attrs.frozen(repr=False)
class TaskOccurrence:
    """One thing to follow: a task, or one occurrence of a recurring task.

    ``occurrence`` names a recurring task's occurrence by its planned last day
    (None for a task that does not recur); ``frame`` is the timeframe that sets
    ``planned``, the last day the plan allows (None when it sets no date);
    ``source`` says where the timeframe came from ("task", "heading II",
    "programme period", or "none").

    >>> from quanhelaodong.io import load_bundled
    >>> found = {o.task.id: o for o in task_occurrences(load_bundled("hue-2023"))}
    >>> found["PL.II.1"].occurrence, found["II.2"].planned, found["PL.IV.1"].planned
    (Date(2023, 12, 31), Date(2023, 12, 31), None)
    >>> found["II.2"]
    TaskOccurrence('II.2', planned=2023-12-31, frame='Quý III, IV/2023', source='task')
    >>> str(found["PL.II.1"].frame)  # one occurrence of a recurring task
    'định kỳ 2 năm/lần (2023)'
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("task", lambda row: row.task.id), Column("occurrence", lambda row: row.occurrence),
        Column("planned", lambda row: row.planned), Column("timeframe", lambda row: row.frame, 30),
        Column("source", lambda row: row.source), Column("title", lambda row: row.task.title, 50))

    task: Task
    occurrence: pendulum.Date | None
    frame: Timeframe | None
    planned: pendulum.Date | None
    source: str

    @property
    def key(self) -> tuple[str, pendulum.Date | None]:
        """``(task id, occurrence)``: what progress records name."""
        return self.task.id, self.occurrence

    def __repr__(self) -> str:
        # The task (title, assignments) and the timeframe's parse stay reachable; the repr names them.
        occurrence = f"occurrence={self.occurrence}, " if self.occurrence is not None else ""
        frame = str(self.frame) if self.frame is not None else None
        return (f"TaskOccurrence({self.task.id!r}, {occurrence}planned={self.planned}, "
                f"frame={frame!r}, source={self.source!r})")


def check_programme(programme: object) -> CoordinationProgramme:
    """``programme`` itself, or an :class:`InvalidValueError` when it is not a programme."""
    if not isinstance(programme, CoordinationProgramme):
        raise InvalidValueError(f"expected a CoordinationProgramme, got {type(programme).__name__} "
                                f"{programme!r}")
    return programme


def _span(programme: CoordinationProgramme, between: tuple[object, object] | None,
          as_of: object) -> tuple[pendulum.Date, pendulum.Date]:
    # A day given is checked even when the programme's period makes it unneeded.
    day = pendulum.today().date() if as_of is None else as_date(as_of)
    if between is not None:
        return as_between(between)
    if programme.period is not None:
        return programme.period.start, programme.period.end
    return day.start_of("year"), day.end_of("year")


def task_occurrences(programme: CoordinationProgramme, between: tuple[object, object] | None = None,
                     *, as_of: object = None,
                     before: BeforeReading | str = BeforeReading.EXCLUSIVE,
                     ) -> Iterator[TaskOccurrence]:
    """Every task occurrence to follow, in document order (headings that only group are left out).

    ``between`` (two days, both included) keeps the occurrences the plan sets to
    end in it; tasks with no date are always kept. A recurring task recurs within
    ``between`` and the programme's period; with neither, within the year of
    ``as_of`` (default: today).

    >>> from quanhelaodong.io import load_bundled
    >>> plan = load_bundled("hue-2023")
    >>> len(list(task_occurrences(plan))), len(list(task_occurrences(plan, ("2024-01-01", "2024-12-31"))))
    (60, 1)
    """
    check_programme(programme)
    reading = as_choice(BeforeReading, before, "before")
    low, high = _span(programme, between, as_of)
    return _occurrences(programme, between is not None, low, high, reading)


def _occurrences(programme: CoordinationProgramme, bounded: bool, low: pendulum.Date,
                 high: pendulum.Date, reading: BeforeReading) -> Iterator[TaskOccurrence]:
    """:func:`task_occurrences`, its arguments checked (when called, not when first iterated)."""
    recur_low, recur_high = low, high
    if programme.period is not None:
        recur_low, recur_high = max(low, programme.period.start), min(high, programme.period.end)
    # Keyed by the task object itself: a duplicated id (a fault validate reports) stays two tasks.
    frames = {id(item.task): item for item in task_timeframes(programme, before=reading)}
    recurrences: dict[Recurring, list[DateRange | DueDate]] = {}  # many tasks share "hằng năm"
    for task in programme.tasks:
        item = frames.get(id(task))
        if item is None:
            # No timeframe and no period to inherit: the task must still be done.
            if not (programme.is_heading(task) and not task.assignments):
                yield TaskOccurrence(task, None, None, None, "none")
            continue
        frame = item.frame
        if isinstance(frame, Recurring):
            if recur_low <= recur_high:
                found = recurrences.get(frame)
                if found is None:
                    found = recurrences[frame] = frame.occurrences((recur_low, recur_high))
                for occurrence in found:
                    yield TaskOccurrence(task, occurrence.due, occurrence, occurrence.due,
                                         item.source)
        elif isinstance(frame, (DateRange, DueDate)):
            if not bounded or low <= frame.due <= high:
                yield TaskOccurrence(task, None, frame, frame.due, item.source)
        else:
            yield TaskOccurrence(task, None, frame, None, item.source)


def assigning_body(programme: CoordinationProgramme, task: Task) -> str | None:
    """The body that assigned ``task``: its own ``assigned_by``, else the programme's issuer.

    >>> from quanhelaodong.io import load_bundled
    >>> plan = load_bundled("hue-2023")
    >>> assigning_body(plan, plan.task("PL.I.4"))
    'thua-thien-hue/ubnd'
    """
    return task.assigned_by if task.assigned_by is not None else programme.issuer


def calendar_of(programme: CoordinationProgramme, agency_id: str | None, *,
                catalogue: AgencyCatalogue | None = None) -> WorkingCalendar:
    """The working calendar a body keeps: an employer's (Sunday rest) for employers' bodies,
    else the state calendar (state bodies, trade unions, and bodies not known).

    >>> from quanhelaodong.io import load_bundled
    >>> plan = load_bundled("hue-2023")
    >>> [calendar_of(plan, "thua-thien-hue/" + body).kind.value for body in ("ubnd", "doanh-nghiep")]
    ['state', 'employer']
    """
    if agency_id is None:
        return WorkingCalendar.state()
    try:
        agency = programme.agency(agency_id, catalogue=catalogue)
    except UnknownAgencyError:
        return WorkingCalendar.state()
    return WorkingCalendar.employer() if agency.side is Side.EMPLOYERS else WorkingCalendar.state()
