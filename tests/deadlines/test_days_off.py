"""Which days are off in a year, and why: statutory holidays, days in lieu, official swaps."""

from __future__ import annotations

import json
from importlib import resources

import pendulum
import pytest

from quanhelaodong import WorkingCalendar
from quanhelaodong.deadlines import CULTURAL_DAY_EFFECTIVE, CalendarCoverage, DayKind
from tests.days import as_date

STATE = WorkingCalendar.state()
EMPLOYER = WorkingCalendar.employer()
FIVE_DAY_EMPLOYER = WorkingCalendar.employer(weekly_rest=(5, 6))
CALENDARS = [STATE, EMPLOYER, FIVE_DAY_EMPLOYER, WorkingCalendar.employer(weekly_rest=(0,)),
             WorkingCalendar.state(cultural_day=False)]


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


@pytest.mark.parametrize("calendar", CALENDARS, ids=repr)
def test_a_years_days_off_are_its_own_sorted_and_never_worked(calendar: WorkingCalendar) -> None:
    for year in range(2019, 2031):
        days_off = [day.date for day in calendar.holidays_in(year)]
        assert days_off == sorted(set(days_off)), year
        assert all(day.year == year for day in days_off), year
        assert not any(calendar.is_working_day(day) for day in days_off), year
        assert all(calendar.is_working_day(m.date) for m in calendar.make_up_days_in(year)), year


def test_every_make_up_day_replaces_a_swapped_day_off_of_the_state_calendar() -> None:
    swapped = {day.date for year in range(2022, 2029) for day in STATE.holidays_in(year)
               if day.kind is DayKind.SWAP}
    make_up = [m for year in range(2023, 2028) for m in STATE.make_up_days_in(year)]
    assert make_up  # 2024, 2025 and 2026 each announce one
    for day in make_up:
        assert day.replaces in swapped, day
        assert day.date.weekday() == 5  # a Saturday worked
        assert day.source


def test_employers_keep_no_civil_service_swaps() -> None:
    for year in range(2023, 2028):
        assert EMPLOYER.make_up_days_in(year) == ()
        assert not [d for d in EMPLOYER.holidays_in(year) if d.kind is DayKind.SWAP]
        assert EMPLOYER.coverage(year) is CalendarCoverage.RULES


def test_the_cultural_day_starts_with_its_resolution_and_cites_it() -> None:
    assert D("2026-07-01") == CULTURAL_DAY_EFFECTIVE
    cultural = [day for year in range(2024, 2031) for day in EMPLOYER.holidays_in(year)
                if "Ngày Văn hóa Việt Nam" in day.name_vi]
    assert [day.date for day in cultural if day.kind is DayKind.STATUTORY][:2] == [
        D("2026-11-24"), D("2027-11-24")]
    assert all(day.date >= CULTURAL_DAY_EFFECTIVE for day in cultural)
    assert all("28/2026/QH16" in day.source for day in cultural)
    switched_off = WorkingCalendar.employer(cultural_day=False)
    assert not [d for d in switched_off.holidays_in(2027) if "Ngày Văn hóa Việt Nam" in d.name_vi]
