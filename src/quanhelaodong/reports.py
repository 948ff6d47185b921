"""Reporting rules, reports, and the follow-up of what is due, done, late or open.

A :class:`ReportingRule` says who reports to whom, through whom ("thông qua"), by
when (a time phrase such as "trước ngày 15/11 hằng năm"), on which data period
(Decree 09/2019/NĐ-CP Art. 12 cut-offs), and which rule's reports it consolidates
(seed 004: every agency by 15/11 through the labour department, which reports by
30/11). From the rules come obligations; a :class:`Report` fulfils one. Each
obligation stands, on a given day, in one cell of the government's four-way grid:
done on time, done late, not done and within the deadline, not done and overdue.

These are pure functions: the library sends nothing.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal

import attrs
import pendulum

from quanhelaodong.calendars import WorkingCalendar
from quanhelaodong.dates import as_date, as_optional_date
from quanhelaodong.dialogues import Recommendation, RecommendationStatus
from quanhelaodong.errors import TimeframeParseError
from quanhelaodong.timeframes import BeforeReading, DateRange, DueDate, Recurring, parse_timeframe

__all__ = [
    "DataPeriod",
    "Indicator",
    "Obligation",
    "ObligationStatus",
    "Reminder",
    "Report",
    "ReportingRule",
    "data_period",
]


class DataPeriod(enum.StrEnum):
    """Data periods of Decree 09/2019/NĐ-CP, Art. 12 (cut-off on the 14th, from the 15th)."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    ANNUAL = "annual"


def data_period(kind: DataPeriod | str, year: int, index: int = 1) -> tuple[pendulum.Date,
                                                                              pendulum.Date]:
    """The data a report covers, per Decree 09/2019/NĐ-CP Art. 12 [secondary source].

    Monthly: the 15th of the month before to the 14th; quarterly: the 15th of the
    month before the quarter to the 14th of its last month; half-yearly: 15/12 to
    14/06 (and 15/06 to 14/12); annual: 15/12 of the year before to 14/12.

    >>> data_period("annual", 2023)
    (Date(2022, 12, 15), Date(2023, 12, 14))
    >>> data_period("quarterly", 2024, 1)
    (Date(2023, 12, 15), Date(2024, 3, 14))
    """
    period = DataPeriod(kind)
    if period is DataPeriod.ANNUAL:
        return pendulum.Date(year - 1, 12, 15), pendulum.Date(year, 12, 14)
    if period is DataPeriod.HALF_YEARLY:
        if index == 1:
            return pendulum.Date(year - 1, 12, 15), pendulum.Date(year, 6, 14)
        return pendulum.Date(year, 6, 15), pendulum.Date(year, 12, 14)
    if period is DataPeriod.QUARTERLY:
        last_month = pendulum.Date(year, 3 * index, 14)
        return last_month.subtract(months=3).add(days=1), last_month
    end = pendulum.Date(year, index, 14)
    return end.subtract(months=1).add(days=1), end


def _ids(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class ReportingRule:
    """Who reports to whom, through whom, by when, on which data."""

    id: str
    reporters: tuple[str, ...] = attrs.field(converter=_ids)
    recipient: str
    due: str
    via: str | None = attrs.field(default=None, kw_only=True)
    data_period: DataPeriod | None = attrs.field(
        default=None, converter=attrs.converters.optional(DataPeriod), kw_only=True)
    consolidates: str | None = attrs.field(default=None, kw_only=True)
    as_written: str | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class Indicator:
    """A reported figure; a percentage may come with its numerator and denominator."""

    name: str
    value: Decimal = attrs.field(converter=Decimal)
    unit: str | None = None
    numerator: Decimal | None = attrs.field(
        default=None, converter=attrs.converters.optional(Decimal))
    denominator: Decimal | None = attrs.field(
        default=None, converter=attrs.converters.optional(Decimal))
    qualifier: str | None = None


def _indicators(values: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return tuple(values)


@attrs.frozen
class Report:
    """A report as submitted: by whom, to whom, on which rule and data period, with its figures."""

    id: str
    reporter: str
    recipient: str | None = None
    rule: str | None = attrs.field(default=None, kw_only=True)
    period_start: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                      kw_only=True)
    period_end: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                    kw_only=True)
    submitted: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                   kw_only=True)
    indicators: tuple[Indicator, ...] = attrs.field(default=(), converter=_indicators,
                                                    kw_only=True)
    source: str | None = attrs.field(default=None, kw_only=True)


class ObligationStatus(enum.StrEnum):
    """The government's four-way grid."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    PENDING = "not_done_within_deadline"
    OVERDUE = "not_done_overdue"


@attrs.frozen
class Obligation:
    """Something an agency owes by a day: a report under a rule, or an answer to a recommendation."""

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


@attrs.frozen
class Reminder:
    """An obligation that falls due soon or is overdue, as seen on a day."""

    obligation: Obligation
    days_left: int

    def __str__(self) -> str:
        when = (f"due in {self.days_left} day(s)" if self.days_left > 0 else
                "due today" if self.days_left == 0 else f"overdue by {-self.days_left} day(s)")
        return f"{self.obligation.agency}: {self.obligation.what} {when} ({self.obligation.due})"


def rule_due_dates(rule: ReportingRule, between: tuple[pendulum.Date, pendulum.Date], *,
                   reference: pendulum.Date | None, calendar: WorkingCalendar,
                   before: BeforeReading | str) -> list[pendulum.Date]:
    """The last allowed days of a rule's occurrences whose deadline falls in ``between``.

    A last day that is not a working day moves to the next working day (Civil Code
    2015 Art. 148(2)), on the given calendar.
    """
    frame = parse_timeframe(rule.due, reference=reference, before=before)
    if isinstance(frame, Recurring):
        occurrences = frame.occurrences((between[0].subtract(days=10), between[1]))
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


def report_obligations(rules: Iterable[ReportingRule], reports: Iterable[Report],
                       between: tuple[object, object], *, reference: pendulum.Date | None = None,
                       calendar: WorkingCalendar | None = None,
                       before: BeforeReading | str = BeforeReading.EXCLUSIVE,
                       ) -> Iterator[Obligation | tuple[ReportingRule, TimeframeParseError]]:
    """Every reporter's obligation under every rule, matched with the report that fulfils it.

    A report fulfils an obligation when it has the same reporter and rule and was
    submitted in the same year as the deadline (or the report names no rule and
    goes to the rule's recipient).
    """
    low, high = as_date(between[0]), as_date(between[1])
    calendar = calendar or WorkingCalendar.state()
    submitted = [r for r in reports if r.submitted is not None]
    for rule in rules:
        try:
            dues = rule_due_dates(rule, (low, high), reference=reference, calendar=calendar,
                                  before=before)
        except TimeframeParseError as error:
            yield rule, error
            continue
        for due in dues:
            for reporter in rule.reporters:
                done = [r.submitted for r in submitted if r.reporter == reporter
                        and (r.rule == rule.id or (r.rule is None and r.recipient == rule.recipient))
                        and r.submitted is not None and r.submitted.year == due.year]
                yield Obligation(reporter, due, f"report under {rule.id}", rule.id,
                                 rule.recipient, min(done) if done else None)


def recommendation_obligations(recommendations: Iterable[Recommendation]) -> Iterator[Obligation]:
    """An answer owed for each assigned recommendation with a due date."""
    for item in recommendations:
        if item.assigned_to is not None and item.due is not None:
            yield Obligation(item.assigned_to, item.due, f"answer recommendation {item.id}",
                             done=item.answered)


def is_open(item: Recommendation, as_of: pendulum.Date) -> bool:
    return item.status(as_of) is not RecommendationStatus.RESOLVED


def tally(obligations: Iterable[Obligation], as_of: object) -> dict[str, Counter[ObligationStatus]]:
    """The four-way grid per agency."""
    grid: dict[str, Counter[ObligationStatus]] = {}
    for obligation in obligations:
        grid.setdefault(obligation.agency, Counter())[obligation.status(as_of)] += 1
    return grid
