"""Working-day calendars: their configuration and their arithmetic.

Which days are off in a year, and why, is ``deadlines/_days_off.py``'s business and
is tested in ``test_days_off.py``; the worked examples of legal-rules.md §1 live
in ``test_periods.py``.
"""

from __future__ import annotations

import datetime

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import WorkingCalendar
from quanhelaodong.deadlines import CalendarKind, TetSplit
from quanhelaodong.errors import InvalidValueError
from tests.days import as_date

STATE = WorkingCalendar.state()
EMPLOYER = WorkingCalendar.employer()
FIVE_DAY_EMPLOYER = WorkingCalendar.employer(weekly_rest=(5, 6))
CALENDARS = [STATE, EMPLOYER, FIVE_DAY_EMPLOYER, WorkingCalendar.employer(weekly_rest=(0,)),
             WorkingCalendar.state(cultural_day=False), WorkingCalendar.state(cultural_day_in_lieu=True),
             WorkingCalendar.employer(tet="3+2", national_day="3/9")]

days = st.dates(datetime.date(2000, 1, 1), datetime.date(2040, 12, 31)).map(as_date)
calendars = st.sampled_from(CALENDARS)
counts = st.integers(-400, 400)


def D(text: str) -> pendulum.Date:  # noqa: N802 - reads like a literal
    return as_date(text)


def test_bad_configuration_and_range() -> None:
    with pytest.raises(InvalidValueError, match="weekday"):
        WorkingCalendar.employer(weekly_rest=(7,))
    with pytest.raises(InvalidValueError, match="whole week"):
        WorkingCalendar.employer(weekly_rest=range(7))
    with pytest.raises(InvalidValueError, match="range"):
        STATE.is_working_day(D("1900-01-01"))
    with pytest.raises(InvalidValueError, match="datetime"):
        STATE.is_working_day(datetime.datetime(2025, 1, 1, 8))


def test_calendars_with_the_same_rules_are_equal() -> None:
    assert WorkingCalendar.state() == STATE
    assert hash(WorkingCalendar.employer()) == hash(EMPLOYER)
    assert STATE != EMPLOYER
    assert WorkingCalendar.employer(tet="1+4") == WorkingCalendar.employer(tet=TetSplit.ONE_FOUR)
    assert WorkingCalendar.employer(tet="1+4") != EMPLOYER
    assert WorkingCalendar.employer(tet={2026: "1+4", 2025: "2+3"}) == WorkingCalendar.employer(
        tet={2025: "2+3", 2026: "1+4"})
    assert "Tết 2025: 2+3, 2026: 1+4" in WorkingCalendar.employer(tet={2026: "1+4", 2025: "2+3"}).label


@settings(max_examples=300, deadline=None)
@given(calendars, days, counts)
def test_add_then_subtract_returns_to_a_working_start(calendar: WorkingCalendar,
                                                      start: pendulum.Date, n: int) -> None:
    start = calendar.roll_forward(start)
    there = calendar.add_working_days(start, n)
    assert calendar.add_working_days(there, -n) == start


@settings(max_examples=300, deadline=None)
@given(calendars, days, counts)
def test_add_working_days_lands_on_working_days_and_agrees_with_between(
        calendar: WorkingCalendar, start: pendulum.Date, n: int) -> None:
    there = calendar.add_working_days(start, n)
    if n != 0:
        assert calendar.is_working_day(there)
        assert (there > start) == (n > 0)
    assert calendar.working_days_between(start, there) == n


@settings(max_examples=200, deadline=None)
@given(calendars, days, st.integers(0, 300), st.integers(0, 300))
def test_add_working_days_is_monotonic(calendar: WorkingCalendar, start: pendulum.Date,
                                       a: int, b: int) -> None:
    low, high = min(a, b), max(a, b)
    assert calendar.add_working_days(start, low) <= calendar.add_working_days(start, high)
    assert calendar.add_working_days(start, -high) <= calendar.add_working_days(start, -low)


@settings(max_examples=200, deadline=None)
@given(calendars, days, st.integers(0, 60))
def test_between_counts_the_working_days_one_by_one(calendar: WorkingCalendar,
                                                    start: pendulum.Date, span: int) -> None:
    end = start.add(days=span)
    by_hand = sum(calendar.is_working_day(start.add(days=i)) for i in range(1, span + 1))
    assert calendar.working_days_between(start, end) == by_hand
    assert calendar.working_days_between(end, start) == -sum(
        calendar.is_working_day(start.add(days=i)) for i in range(span))


@given(calendars, days)
def test_next_and_previous_working_day(calendar: WorkingCalendar, day: pendulum.Date) -> None:
    following = calendar.next_working_day(day)
    assert following > day
    assert calendar.is_working_day(following)
    assert all(not calendar.is_working_day(day.add(days=i))
               for i in range(1, (following - day).days))
    assert calendar.roll_forward(day) == (day if calendar.is_working_day(day) else following)
    assert calendar.previous_working_day(following) <= day or calendar.is_working_day(day)


def test_range_edges_answer_inside_the_range() -> None:
    # The lunar tables end in 2100: the calendars stop there rather than lose Tết.
    assert STATE.add_working_days(D("2100-11-25"), 5) == D("2100-12-02")
    with pytest.raises(InvalidValueError, match="range"):
        STATE.add_working_days(D("2100-12-29"), 5)
    with pytest.raises(InvalidValueError, match="range"):
        STATE.holidays_in(2101)
    assert STATE.add_working_days(D("1995-01-20"), -5) == D("1995-01-13")


@pytest.mark.parametrize("bad", [
    lambda: STATE.add_working_days(D("2025-01-01"), 1.5),  # type: ignore[arg-type]
    lambda: STATE.add_working_days(D("2025-01-01"), None),  # type: ignore[arg-type]
    lambda: WorkingCalendar.employer(6),  # type: ignore[arg-type]
    lambda: STATE.holidays_in("2025"),  # type: ignore[arg-type]
    lambda: WorkingCalendar("foo", (6,)),  # type: ignore[arg-type]
    lambda: WorkingCalendar.employer(tet="4+1"),
    lambda: WorkingCalendar.employer(national_day="4/9"),
    lambda: WorkingCalendar.employer(tet={"2025": "2+3"}),  # type: ignore[dict-item]
    lambda: WorkingCalendar(CalendarKind.STATE, (5, 6), tet="1+4"),
    lambda: WorkingCalendar.employer(weekly_rest=(5.0, 6.0)),  # type: ignore[arg-type]
    lambda: WorkingCalendar.employer(weekly_rest=(True,)),
    lambda: WorkingCalendar.employer(tet={1800: "2+3"}),
    lambda: WorkingCalendar.employer(national_day={2101: "1/9"}),
])
def test_bad_arguments_are_typed_errors(bad: object) -> None:
    with pytest.raises(InvalidValueError):
        bad()  # type: ignore[operator]


def test_calendars_are_safe_to_share_between_threads() -> None:
    import random
    from concurrent.futures import ThreadPoolExecutor

    rng = random.Random(3)
    cases = [(as_date(datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randrange(15000))),
              rng.randrange(-300, 300)) for _ in range(400)]
    def run(chunk: list[tuple[pendulum.Date, int]]) -> list[pendulum.Date]:
        shared = WorkingCalendar.employer(weekly_rest=(1, 6))  # one index for all threads
        return [shared.add_working_days(d, n) for d, n in chunk]

    with ThreadPoolExecutor(8) as pool:
        results = [r for part in pool.map(run, [cases] * 8) for r in part]
    reference = run(cases)
    assert results == reference * 8
