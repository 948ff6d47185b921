"""Fuzzing the deadline arithmetic and the follow-up with extreme dates, amounts and ranges:
only the library's own errors escape, each naming the date, amount or choice at fault."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import CoordinationProgramme, load_bundled, obligations
from quanhelaodong.deadlines import (
    WorkingCalendar,
    data_period,
    limitation_end,
    limitation_periods,
    month_marker,
    period_before,
    period_end,
    statutory_deadline,
    statutory_rules,
    window_opening,
    year_marker,
)
from quanhelaodong.followup import due_within, overdue, reports_due, scorecard, task_statuses
from tests.fuzz.rule import refused_or_done, words

# Near both ends of what a date can hold, in the calendars' years, and anywhere.
_EXTREME_DAYS = st.one_of(
    st.dates(max_value=datetime.date(1, 12, 31)), st.dates(min_value=datetime.date(9998, 1, 1)),
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2105, 12, 31)), st.dates())
_DAYS = st.one_of(_EXTREME_DAYS, _EXTREME_DAYS.map(datetime.date.isoformat), words(12))
_AMOUNTS = st.one_of(st.integers(-5, 400), st.integers(), st.booleans(), st.floats(), words(4))
_UNITS = st.one_of(st.sampled_from(["day", "working_day", "week", "month", "year"]), words(6))
_CALENDARS = st.sampled_from([None, WorkingCalendar.state(), WorkingCalendar.employer((5, 6))])
_PROGRAMMES: list[CoordinationProgramme] = [load_bundled("hue-2023"), load_bundled("ha-noi-2019")]


def _shown(*values: object) -> tuple[str, ...]:
    """What a message naming one of ``values`` would hold: the value, or the year of a date."""
    names = ["must", "expected", "calendar", "range", "year", "leaves", "unknown", "no statutory",
             "in force", "choices", "one of"]
    for value in values:
        names += [str(value)[:10], repr(value)[:10]]
    return tuple(names)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.sampled_from(sorted({rule.id for rule in statutory_rules()})), words(8)),
       _DAYS, _CALENDARS, st.sampled_from(["strict", "inclusive", "lenient"]))
def test_statutory_deadline_of_any_day(rule: str, day: object, calendar: WorkingCalendar | None,
                                       reading: str) -> None:
    refused_or_done(lambda: statutory_deadline(rule, day, calendar=calendar, reading=reading),
                    *_shown(rule, day, reading))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([period_end, period_before, window_opening]), _DAYS, _AMOUNTS, _UNITS,
       _CALENDARS)
def test_periods_from_any_day(function: object, day: object, amount: object, unit: object,
                              calendar: WorkingCalendar | None) -> None:
    refused_or_done(lambda: function(day, amount, unit, calendar=calendar),  # type: ignore[operator]
                    *_shown(day, amount, unit))


@settings(max_examples=150, deadline=None)
@given(_AMOUNTS, _AMOUNTS, st.one_of(st.sampled_from(["start", "middle", "end"]), words(5)),
       st.one_of(st.sampled_from(["monthly", "quarterly", "half_yearly", "annual"]), words(5)))
def test_markers_and_data_periods_of_any_year(year: object, index: object, marker: object,
                                              kind: object) -> None:
    refused_or_done(lambda: month_marker(year, index, marker),  # type: ignore[arg-type]
                    *_shown(year, index, marker))
    refused_or_done(lambda: year_marker(year, marker), *_shown(year, marker))  # type: ignore[arg-type]
    refused_or_done(lambda: data_period(kind, year, index),  # type: ignore[arg-type]
                    *_shown(kind, year, index))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([period.id for period in limitation_periods()]), _DAYS,
       st.lists(st.tuples(_DAYS, _DAYS), max_size=3), st.lists(_DAYS, max_size=2), _CALENDARS)
def test_limitation_end_of_any_day(period: str, discovered: object,
                                   suspended: list[tuple[object, object]], restarted: list[object],
                                   calendar: WorkingCalendar | None) -> None:
    refused_or_done(lambda: limitation_end(period, discovered, suspended=suspended,
                                           restarted=restarted, calendar=calendar),
                    *_shown(period, discovered, *restarted,
                            *(day for pair in suspended for day in pair)))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_PROGRAMMES), _DAYS, _DAYS, _DAYS)
def test_obligations_and_reports_over_any_range(programme: CoordinationProgramme, first: object,
                                                last: object, as_of: object) -> None:
    refused_or_done(lambda: obligations(programme, (first, last), as_of=as_of),
                    *_shown(first, last, as_of))
    refused_or_done(lambda: reports_due(programme, (first, last)), *_shown(first, last))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_PROGRAMMES), _DAYS, _AMOUNTS)
def test_the_task_follow_up_on_any_day(programme: CoordinationProgramme, as_of: object,
                                       days: object) -> None:
    refused_or_done(lambda: overdue(programme, as_of), *_shown(as_of))
    refused_or_done(lambda: due_within(programme, days, as_of),  # type: ignore[arg-type]
                    *_shown(days, as_of))
    refused_or_done(lambda: scorecard(programme, as_of), *_shown(as_of))
    refused_or_done(lambda: task_statuses(programme, as_of), *_shown(as_of))
