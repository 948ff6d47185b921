"""Working-day calendars: statutory rules, official announcements, and their arithmetic."""

from __future__ import annotations

import datetime
import json
from importlib import resources

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import WorkingCalendar
from quanhelaodong.deadlines import CalendarCoverage, DayKind
from quanhelaodong.errors import InvalidValueError
from tests.days import as_date

STATE = WorkingCalendar.state()
EMPLOYER = WorkingCalendar.employer()
SIX_DAY = WorkingCalendar.employer(weekly_rest=(6,))
FIVE_DAY_EMPLOYER = WorkingCalendar.employer(weekly_rest=(5, 6))
CALENDARS = [STATE, EMPLOYER, FIVE_DAY_EMPLOYER, WorkingCalendar.employer(weekly_rest=(0,)),
             WorkingCalendar.state(cultural_day=False)]

days = st.dates(datetime.date(2000, 1, 1), datetime.date(2040, 12, 31)).map(as_date)
calendars = st.sampled_from(CALENDARS)
counts = st.integers(-400, 400)


def D(text: str) -> pendulum.Date:  # noqa: N802 - reads like a literal
    return as_date(text)


# Worked examples of legal-rules.md §1 (state-agency calendar) live in test_periods.py;
# here the calendar facts they rely on.
def test_tet_2025_break_and_make_up_saturday() -> None:
    for day in ["2025-01-25", "2025-01-27", "2025-01-31", "2025-02-02"]:
        assert not STATE.is_working_day(D(day))
    assert STATE.is_working_day(D("2025-02-03"))
    assert STATE.is_working_day(D("2025-04-26"))  # Saturday worked for the 2/5 swap
    assert not STATE.is_working_day(D("2025-05-02"))


def announced_breaks() -> list[tuple[int, str, str, str]]:
    raw = resources.files("quanhelaodong.deadlines").joinpath("data", "official_days.json").read_text("utf-8")
    table = json.loads(raw)["years"]
    return [(int(year), b["from"], b["to"], b["name"])
            for year, entry in table.items() for b in entry["breaks"]]


@pytest.mark.parametrize(("year", "first", "last", "name"), announced_breaks())
def test_every_announced_break_is_exactly_a_run_of_days_off(
        year: int, first: str, last: str, name: str) -> None:
    start, end = D(first), D(last)
    day = start
    while day <= end:
        assert not STATE.is_working_day(day), (name, day)
        day = day.add(days=1)
    assert STATE.is_working_day(start.subtract(days=1)), name
    assert STATE.is_working_day(end.add(days=1)), name


def test_swaps_bind_civil_servants_only() -> None:
    assert not STATE.is_working_day(D("2024-04-29"))
    assert EMPLOYER.is_working_day(D("2024-04-29"))
    assert STATE.is_working_day(D("2026-01-10"))  # Saturday worked for the 2/1/2026 swap
    assert not FIVE_DAY_EMPLOYER.is_working_day(D("2026-01-10"))
    assert not STATE.is_working_day(D("2026-01-02"))
    assert EMPLOYER.is_working_day(D("2026-01-02"))


def test_holiday_on_a_rest_day_gives_the_next_working_day() -> None:
    # 1/1/2023 is a Sunday: Monday off for a Sunday-rest employer.
    assert not EMPLOYER.is_working_day(D("2023-01-02"))
    # Hùng Kings' day 2026 is Sunday 26/4: Monday 27/4 off.
    assert not EMPLOYER.is_working_day(D("2026-04-27"))
    # For a Monday-rest employer the Sunday holiday is not on a rest day: nothing in lieu.
    monday_rest = WorkingCalendar.employer(weekly_rest=(0,))
    assert not monday_rest.is_working_day(D("2026-04-26"))
    assert not monday_rest.is_working_day(D("2026-04-27"))
    assert monday_rest.is_working_day(D("2026-04-28"))
    # Its rest day meets Tết's Monday 16/2/2026: Saturday 21/2 is the day in lieu.
    assert not monday_rest.is_working_day(D("2026-02-21"))
    kinds = {d.date: d.kind for d in EMPLOYER.holidays_in(2026)}
    assert kinds[D("2026-04-27")] is DayKind.COMPENSATORY


def test_holiday_in_lieu_skips_other_holidays() -> None:
    # 30/4/2023 is a Sunday and 1/5 a holiday: the day in lieu is Tuesday 2/5.
    assert not EMPLOYER.is_working_day(D("2023-05-02"))
    assert EMPLOYER.is_working_day(D("2023-05-03"))


@pytest.mark.parametrize("year", range(2021, 2036))
def test_statutory_holiday_count(year: int) -> None:
    """Labour Code 2019 Art. 112(1): 11 days; 12 with 24/11 from 2026 (NQ 28/2026/QH16)."""
    for cultural_day in (True, False):
        calendar = WorkingCalendar.employer(cultural_day=cultural_day)
        statutory = [d for d in calendar.holidays_in(year) if d.kind is DayKind.STATUTORY]
        expected = 11 + (1 if cultural_day and year >= 2026 else 0)
        assert len(statutory) == expected, [d.date.isoformat() for d in statutory]


@pytest.mark.parametrize(("year", "vietnamese_new_year"), [
    (2007, "2007-02-17"),  # China: 18 February
    (2030, "2030-02-02"),  # China: 3 February
    (2023, "2023-01-22"),
])
def test_tet_follows_the_vietnamese_calendar(year: int, vietnamese_new_year: str) -> None:
    names = {d.date.isoformat(): d.name_vi for d in EMPLOYER.holidays_in(year)}
    assert names[vietnamese_new_year] == "Tết Nguyên Đán"


def test_cultural_day_is_a_switchable_rule() -> None:
    assert not STATE.is_working_day(D("2026-11-24"))
    assert WorkingCalendar.state(cultural_day=False).is_working_day(D("2026-11-24"))
    assert STATE.is_working_day(D("2025-11-24"))  # not before the resolution took effect


def test_names_and_coverage() -> None:
    tet = next(d for d in STATE.holidays_in(2024) if d.date == D("2024-02-10"))
    assert (tet.name_vi, tet.name_en) == ("Tết Nguyên Đán", "Lunar New Year")
    assert [STATE.coverage(y) for y in (2023, 2024, 2025, 2026)] == [CalendarCoverage.OFFICIAL] * 4
    assert STATE.coverage(2027) is CalendarCoverage.PARTIAL
    assert STATE.coverage(2019) is CalendarCoverage.PACKAGE
    assert STATE.coverage(2040) is CalendarCoverage.RULES
    assert STATE.official_years() == (2023, 2024, 2025, 2026, 2027)
    assert EMPLOYER.official_years() == ()
    swap = [d for d in STATE.holidays_in(2026) if d.kind is DayKind.SWAP]
    assert [d.date for d in swap] == [D("2026-01-02"), D("2026-08-31")]
    assert "12729/VPCP-KGVX" in swap[0].source
    assert [(m.date, m.replaces) for m in STATE.make_up_days_in(2026)] == [
        (D("2026-01-10"), D("2026-01-02")), (D("2026-08-22"), D("2026-08-31"))]


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
    assert STATE.add_working_days(D("2200-11-25"), 5) == D("2200-12-02")
    with pytest.raises(InvalidValueError, match="range"):
        STATE.add_working_days(D("2200-12-29"), 5)
    assert STATE.add_working_days(D("1995-01-20"), -5) == D("1995-01-13")


@pytest.mark.parametrize("bad", [
    lambda: STATE.add_working_days(D("2025-01-01"), 1.5),  # type: ignore[arg-type]
    lambda: STATE.add_working_days(D("2025-01-01"), None),  # type: ignore[arg-type]
    lambda: WorkingCalendar.employer(6),  # type: ignore[arg-type]
    lambda: STATE.holidays_in("2025"),  # type: ignore[arg-type]
    lambda: WorkingCalendar("foo", (6,)),  # type: ignore[arg-type]
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
