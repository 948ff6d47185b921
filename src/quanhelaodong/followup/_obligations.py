"""Obligations: what an agency owes by a day, and where each stands in the four-way grid.

Obligations come from a programme's reporting rules (one per reporter and
deadline, matched with the report that fulfils it) and from recommendations
assigned to a body with a date to answer. On any day, each stands in one cell of
the Government's four-way grid: done on time, done late, not done within the
deadline, not done and overdue. Pure functions: nothing is sent anywhere.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.deadlines import (
    BeforeReading,
    DateRange,
    DueDate,
    Recurring,
    WorkingCalendar,
    as_between,
)
from quanhelaodong.programmes import CoordinationProgramme, Recommendation, Report, ReportingRule
from quanhelaodong.rows import Column, Rows

__all__ = ["Obligation", "ObligationStatus", "obligations"]


class ObligationStatus(enum.StrEnum):
    """The Government's four-way grid of what is owed.

    >>> ObligationStatus("done_late") is ObligationStatus.DONE_LATE
    True
    """

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    PENDING = "not_done_within_deadline"
    OVERDUE = "not_done_overdue"


@attrs.frozen
class Obligation:
    """Something an agency owes by a day: a report under a rule, or an answer to a recommendation.

    ``done`` is the day it was done, if it was.

    >>> from quanhelaodong.io import load_bundled
    >>> last = obligations(load_bundled("hue-2023"))[-1]
    >>> last.what, last.recipient, last.done
    ('report under V.2', 'thua-thien-hue/ubnd', None)
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("due", lambda row: row.due), Column("agency", lambda row: row.agency, 40),
        Column("what", lambda row: row.what, 40), Column("recipient", lambda row: row.recipient, 40),
        Column("done", lambda row: row.done))

    agency: str
    due: pendulum.Date
    what: str
    rule: str | None = None
    recipient: str | None = None
    done: pendulum.Date | None = None

    def status(self, as_of: object) -> ObligationStatus:
        """The obligation's cell of the four-way grid on ``as_of``.

        >>> duty = Obligation("x/y", pendulum.Date(2023, 11, 14), "report")
        >>> duty.status("2023-11-14").value, duty.status("2023-11-15").value
        ('not_done_within_deadline', 'not_done_overdue')
        >>> attrs.evolve(duty, done=pendulum.Date(2023, 11, 15)).status("2024-01-01").value
        'done_late'
        """
        day = as_date(as_of)
        if self.done is not None and self.done <= day:
            return ObligationStatus.DONE_ON_TIME if self.done <= self.due else ObligationStatus.DONE_LATE
        return ObligationStatus.PENDING if day <= self.due else ObligationStatus.OVERDUE


def _rule_due_dates(rule: ReportingRule, between: tuple[pendulum.Date, pendulum.Date], *,
                    calendar: WorkingCalendar, before: BeforeReading) -> list[pendulum.Date]:
    """The last allowed days of a rule's occurrences whose deadline falls in ``between``.

    A last day that is not a working day moves to the next working day (Civil Code
    2015 Art. 148(5)), on the given calendar. A phrase that could not be read
    sets no date (``validate`` reports it).
    """
    frame = rule.due.with_reading(before)
    if isinstance(frame, Recurring):
        # A due day rolled forward may come from up to ten days before the period.
        lookback = max(between[0], pendulum.Date(1, 1, 11)).subtract(days=10)
        occurrences = frame.occurrences((lookback, between[1]))
    elif isinstance(frame, (DueDate, DateRange)):
        occurrences = [frame]
    else:
        return []
    found = []
    for occurrence in occurrences:
        if occurrence.due is None:
            continue
        due = calendar.roll_forward(occurrence.due)
        if between[0] <= due <= between[1]:
            found.append(due)
    return found


def _report_obligations(rules: Iterable[ReportingRule], reports: Iterable[Report],
                        between: tuple[pendulum.Date, pendulum.Date], *,
                        calendar: WorkingCalendar, before: BeforeReading) -> Iterator[Obligation]:
    """Every reporter's obligation under every rule, matched with the report that fulfils it.

    A report fulfils an obligation when it has the same reporter and rule and was
    submitted in the same year as the deadline (or the report names no rule and
    goes to the rule's recipient).
    """
    submitted = [r for r in reports if r.submitted is not None]
    for rule in rules:
        for due in _rule_due_dates(rule, between, calendar=calendar, before=before):
            for reporter in rule.reporters:
                done = [r.submitted for r in submitted if r.reporter == reporter
                        and (r.rule == rule.id or (r.rule is None and r.recipient == rule.recipient))
                        and r.submitted is not None and r.submitted.year == due.year]
                yield Obligation(reporter, due, f"report under {rule.id}", rule.id,
                                 rule.recipient, min(done) if done else None)


def _recommendation_obligations(recommendations: Iterable[Recommendation]) -> Iterator[Obligation]:
    """An answer owed for each assigned recommendation with a due date."""
    for item in recommendations:
        if item.assigned_to is not None and item.due is not None:
            yield Obligation(item.assigned_to, item.due, f"answer recommendation {item.id}",
                             done=item.answered)


def _span(programme: CoordinationProgramme, day: pendulum.Date) -> tuple[pendulum.Date,
                                                                         pendulum.Date]:
    if programme.period is not None:
        return programme.period.start, programme.period.end
    return day.start_of("year"), day.end_of("year")


def obligations(programme: CoordinationProgramme, between: tuple[object, object] | None = None,
                *, as_of: object = None, calendar: WorkingCalendar | None = None,
                before: BeforeReading | str = BeforeReading.EXCLUSIVE,
                agency: str | None = None) -> Rows[Obligation]:
    """Every obligation due in ``between`` (default: the programme's period), earliest first.

    Without a period or ``between``, the year of ``as_of`` (default: today) is
    searched. ``calendar`` (default: the state calendar) moves a deadline off a
    rest day.

    >>> from quanhelaodong.io import load_bundled
    >>> due = obligations(load_bundled("hue-2023"))
    >>> [(o.agency.split("/")[1], o.due.isoformat()) for o in due][-1]
    ('so-ldtbxh', '2023-11-29')
    >>> due[:2]
    2 rows of Obligation
    due         agency                     what              recipient            done
    2023-11-14  thua-thien-hue/ban-ql-kcn  report under V.1  thua-thien-hue/ubnd
    2023-11-14  thua-thien-hue/bhxh        report under V.1  thua-thien-hue/ubnd
    """
    day = pendulum.today().date() if as_of is None else as_date(as_of)
    low, high = as_between(between) if between is not None else _span(programme, day)
    reading = as_choice(BeforeReading, before, "before")
    found = list(_report_obligations(programme.reporting_rules, programme.reports, (low, high),
                                     calendar=calendar or WorkingCalendar.state(), before=reading))
    recommendations = [r for d in programme.dialogues for r in d.recommendations]
    found += [o for o in _recommendation_obligations(recommendations) if low <= o.due <= high]
    if agency is not None:
        found = [o for o in found if o.agency == agency]
    return Rows(sorted(found, key=lambda o: (o.due, o.agency, o.what)))
