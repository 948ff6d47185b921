"""Civil Code period arithmetic (Art. 144–148) and its explanations."""

from __future__ import annotations

import datetime
import pickle

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import WorkingCalendar, period_end
from quanhelaodong.deadlines import (
    BackwardReading,
    Deadline,
    PeriodUnit,
    month_marker,
    period_before,
    window_opening,
    year_marker,
)
from quanhelaodong.errors import InvalidValueError
from tests.days import as_date

STATE = WorkingCalendar.state()
CALENDARS = [STATE, WorkingCalendar.employer(), WorkingCalendar.employer(weekly_rest=(5, 6))]
days = st.dates(datetime.date(2000, 1, 1), datetime.date(2040, 12, 31)).map(as_date)
calendars = st.sampled_from(CALENDARS)
calendar_units = st.sampled_from([PeriodUnit.DAY, PeriodUnit.WEEK, PeriodUnit.MONTH, PeriodUnit.YEAR])


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


@pytest.mark.parametrize(("start", "amount", "unit", "expected"), [
    ("2025-03-03", 30, "day", "2025-04-02"),        # "30 ngày kể từ" Mon 03/03/2025
    ("2024-01-31", 1, "month", "2024-02-29"),       # "01 tháng kể từ" 31/01/2024
    ("2025-01-15", 10, "day", "2025-02-03"),        # lands in Tết 2025, rolls to Monday
    ("2025-03-03", 7, "working_day", "2025-03-12"),  # "07 ngày làm việc"
])
def test_worked_examples_of_the_legal_notes(start: str, amount: int, unit: str,
                                            expected: str) -> None:
    assert period_end(D(start), amount, unit) == D(expected)


def test_explanation_names_every_rule() -> None:
    deadline = period_end(D("2025-01-15"), 10, PeriodUnit.DAY)
    assert deadline.rules == ("civil_start_exclusive", "civil_end_days", "civil_rollover")
    assert "Điều 148(5)" in deadline.explain()
    assert "weekly rest day on the state calendar" in deadline.steps[2].text
    assert "2025-01-25" in deadline.steps[2].text
    clamped = period_end(D("2024-01-31"), 1, "month")
    assert "last day" in clamped.steps[1].text


def test_deadline_is_a_date() -> None:
    deadline = period_end(D("2025-03-03"), 30, "day")
    assert isinstance(deadline, pendulum.Date)
    assert deadline == pendulum.Date(2025, 4, 2)
    assert hash(deadline) == hash(pendulum.Date(2025, 4, 2))
    assert deadline.add(days=1) == D("2025-04-03")
    again = pickle.loads(pickle.dumps(deadline))
    assert isinstance(again, Deadline)
    assert again.steps == deadline.steps


def test_rollover_can_be_turned_off() -> None:
    assert period_end(D("2025-01-15"), 10, "day", rollover=False) == D("2025-01-25")


def test_bad_arguments() -> None:
    with pytest.raises(InvalidValueError, match="unit"):
        period_end(D("2025-01-01"), 3, "fortnight")
    with pytest.raises(InvalidValueError, match="whole number"):
        period_end(D("2025-01-01"), -1, "day")
    with pytest.raises(InvalidValueError, match="whole number"):
        period_end(D("2025-01-01"), 1.5, "day")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(days, st.integers(1, 400), calendar_units, calendars)
def test_rolled_over_results_are_working_days(start: pendulum.Date, amount: int, unit: PeriodUnit,
                                             calendar: WorkingCalendar) -> None:
    if unit is PeriodUnit.YEAR:
        amount = amount % 30 + 1  # stay inside the calendars' range
    end = period_end(start, amount, unit, calendar=calendar)
    assert calendar.is_working_day(end)
    plain = period_end(start, amount, unit, calendar=calendar, rollover=False)
    assert plain <= end
    assert calendar.working_days_between(plain, end) <= 1


@given(days, st.integers(1, 400))
def test_start_day_is_excluded(start: pendulum.Date, amount: int) -> None:
    assert period_end(start, amount, "day", rollover=False) == start.add(days=amount)
    assert period_end(start, amount, "week", rollover=False).weekday() == start.weekday()
    assert period_end(start, 1, "day", rollover=False) > start


@given(days, st.integers(1, 60))
def test_month_end_clamping(start: pendulum.Date, months: int) -> None:
    end = period_end(start, months, "month", rollover=False)
    target_month = (start.month - 1 + months) % 12 + 1
    assert end.month == target_month
    assert end.day == min(start.day, end.end_of("month").day)


@given(days, st.integers(1, 10))
def test_years_keep_day_and_month(start: pendulum.Date, years: int) -> None:
    end = period_end(start, years, "year", rollover=False)
    assert (end.year, end.month) == (start.year + years, start.month)
    assert end.day == start.day or (start.month, start.day, end.day) == (2, 29, 28)


@settings(max_examples=300, deadline=None)
@given(days, st.integers(0, 60), st.sampled_from(list(PeriodUnit)), calendars)
def test_strict_backward_reading_is_never_later(anchor: pendulum.Date, amount: int, unit: PeriodUnit,
                                                calendar: WorkingCalendar) -> None:
    if unit is PeriodUnit.YEAR:
        amount %= 5  # stay inside the calendars' range
    strict = period_before(anchor, amount, unit, calendar=calendar)
    lenient = period_before(anchor, amount, unit, reading=BackwardReading.LENIENT,
                            calendar=calendar)
    assert strict <= lenient <= anchor
    assert calendar.is_working_day(strict)


@given(days, st.integers(1, 30))
def test_backward_days_leave_whole_days_between(anchor: pendulum.Date, amount: int) -> None:
    strict = period_before(anchor, amount, "day", rollback=False)
    lenient = period_before(anchor, amount, "day", reading="lenient", rollback=False)
    assert (anchor - strict).days - 1 == amount  # days strictly between
    assert (anchor - lenient).days == amount      # the day of the act counted


def test_strike_notice_counts_working_days_back() -> None:
    # Strike planned for Monday 5 May 2025: 30/4, 1/5 and the 2/5 swap are days off,
    # Saturday 26/4 is worked. Five whole working days between: 24, 25, 26, 28, 29/4.
    latest = period_before(D("2025-05-05"), 5, "working_day")
    assert latest == D("2025-04-23")
    assert STATE.working_days_between(latest, D("2025-05-05")) == 6


def test_markers() -> None:
    assert month_marker(2025, 2, "start") == D("2025-02-01")
    assert month_marker(2025, 2, "middle") == D("2025-02-15")
    assert month_marker(2025, 2, "end") == D("2025-02-28")
    assert year_marker(2024, "start") == D("2024-01-01")
    assert year_marker(2024, "end") == D("2024-12-31")
    assert year_marker(2024, "middle").rules == ("civil_year_markers",)


def test_strict_months_back_at_a_month_end() -> None:
    # A whole month must fit between the act and 31 March: from 28 February it does.
    assert period_before(D("2025-03-31"), 1, "month", rollback=False) == D("2025-02-28")
    assert period_before(D("2025-04-15"), 1, "month", rollback=False) == D("2025-03-14")


@pytest.mark.parametrize("call", [
    lambda: period_end(D("2025-03-01"), 10000, "year"),
    lambda: period_before(D("2025-03-01"), 1, "day", reading="x"),
    lambda: month_marker(2024, 2, "late"),
    lambda: month_marker(2024, 13, "end"),
    lambda: month_marker("2024", 2, "end"),  # type: ignore[arg-type]
    lambda: month_marker(2024, "2", "end"),  # type: ignore[arg-type]
    lambda: month_marker(0, 2, "end"),
    lambda: year_marker(10000, "end"),
    lambda: year_marker("2024", "end"),  # type: ignore[arg-type]
    lambda: period_end(D("2025-03-01"), 1, "day", calendar="state"),  # type: ignore[arg-type]
    lambda: period_before(D("2025-03-01"), 1, "day", calendar=(5, 6)),  # type: ignore[arg-type]
    lambda: window_opening(D("2025-03-01"), 1, "day", calendar=6),  # type: ignore[arg-type]
    lambda: period_end(D("2025-03-01"), 1, "day", event=5),  # type: ignore[arg-type]
])
def test_bad_arguments_are_typed_errors(call: object) -> None:
    with pytest.raises(InvalidValueError):
        call()  # type: ignore[operator]


@pytest.mark.parametrize("count", [
    lambda: period_end("9999-12-31", 0, "day"),
    lambda: period_end("9999-12-31", 0, "month"),
    lambda: period_before("0001-01-01", 0, "day"),
    lambda: period_before("0001-01-01", 1, "day", reading="lenient"),
    lambda: window_opening("0001-01-01", 0, "day"),
    lambda: window_opening("0001-01-05", 1, "week"),
])
def test_a_count_that_leaves_the_calendar_is_an_invalid_value(count: object) -> None:
    assert callable(count)
    with pytest.raises(InvalidValueError, match="leaves the dates a calendar can hold"):
        count()
