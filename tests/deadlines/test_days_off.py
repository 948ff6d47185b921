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
    # Its rest day meets Tết's Monday 16/2/2026 (the state's 1+4): Saturday 21/2 is the day in lieu.
    assert not monday_rest.is_working_day(D("2026-02-21"))
    kinds = {d.date: d.kind for d in EMPLOYER.holidays_in(2026)}
    assert kinds[D("2026-04-27")] is DayKind.COMPENSATORY


def test_holiday_in_lieu_skips_other_holidays() -> None:
    # 30/4/2023 is a Sunday and 1/5 a holiday: the day in lieu is Tuesday 2/5.
    assert not EMPLOYER.is_working_day(D("2023-05-02"))
    assert EMPLOYER.is_working_day(D("2023-05-03"))


@pytest.mark.parametrize("year", range(2008, 2036))
def test_statutory_holiday_count_follows_the_code_in_force(year: int) -> None:
    """9 days under the 1994 Code (with Hùng Kings), 10 under the 2012 Code (Tết 5 days from
    May 2013), 11 under the 2019 Code (2/9 and an adjacent day), 12 with 24/11 from July 2026."""
    expected = 9 if year <= 2013 else 10 if year <= 2020 else 11 if year <= 2025 else 12
    for cultural_day in (True, False):
        calendar = WorkingCalendar.employer(cultural_day=cultural_day)
        statutory = [d for d in calendar.holidays_in(year) if d.kind is DayKind.STATUTORY]
        assert len(statutory) == expected - (not cultural_day and year >= 2026), year


def test_each_holiday_cites_the_code_in_force_on_its_date() -> None:
    def source(year: int, name: str) -> str:
        return next(d.source for d in EMPLOYER.holidays_in(year) if d.name_vi.startswith(name))
    assert source(2010, "Tết Nguyên Đán").startswith("Bộ luật Lao động 1994")
    assert source(2013, "Tết Nguyên Đán").startswith("Bộ luật Lao động 1994")  # Tết before 1/5/2013
    assert source(2013, "Quốc khánh").startswith("Bộ luật Lao động 2012 (10/2012/QH13), Điều 115(1)(đ)")
    assert source(2025, "Tết Nguyên Đán").startswith("Bộ luật Lao động 2019 (45/2019/QH14), Điều 112(1)(b)")
    tet_2013 = [d for d in EMPLOYER.holidays_in(2013) if d.kind is DayKind.STATUTORY
                and d.name_vi.startswith("Tết Nguyên Đán")]
    assert len(tet_2013) == 4


@pytest.mark.parametrize(("year", "vietnamese_new_year"), [
    (2007, "2007-02-17"),  # China: 18 February
    (2030, "2030-02-02"),  # China: 3 February
    (2023, "2023-01-22"),
])
def test_tet_follows_the_vietnamese_calendar(year: int, vietnamese_new_year: str) -> None:
    names = {d.date.isoformat(): d.name_vi for d in EMPLOYER.holidays_in(year)}
    assert names[vietnamese_new_year] == "Tết Nguyên Đán (mùng 1 tháng Giêng)"


@pytest.mark.parametrize(("day", "name"), [
    ("2025-01-27", "Tết Nguyên Đán (28 tháng Chạp)"),  # Chạp of Giáp Thìn has 29 days
    ("2027-02-04", "Tết Nguyên Đán (28 tháng Chạp)"),
    ("2023-01-20", "Tết Nguyên Đán (29 tháng Chạp)"),  # Chạp of Nhâm Dần has 30 days
    ("2023-01-21", "Tết Nguyên Đán (30 tháng Chạp)"),
    ("2024-02-08", "Tết Nguyên Đán (29 tháng Chạp)"),  # as notice 5015/TB-LĐTBXH says
    ("2026-02-16", "Tết Nguyên Đán (29 tháng Chạp)"),  # as notice 9441/TB-BNV says
    ("2026-02-20", "Tết Nguyên Đán (mùng 4 tháng Giêng)"),
])
def test_tet_days_are_named_by_their_lunar_date(day: str, name: str) -> None:
    names = {d.date: d.name_vi for d in STATE.holidays_in(D(day).year)}
    assert names[D(day)] == name


@pytest.mark.parametrize("year", range(1995, 2101))
def test_the_last_month_of_every_lunar_year_is_known(year: int) -> None:
    # The computed new moon must fall on the package's New Year's Day, or no lunar date is
    # claimed: then the days before New Year's Day would be named by their distance.
    days = [d for d in WorkingCalendar.employer(tet="3+2").holidays_in(year)
            if d.kind is DayKind.STATUTORY and "tháng Chạp" in d.name_vi]
    lasts = [int(d.name_vi.split("(")[1].split()[0]) for d in days]
    if year < 2014:  # four Tết days, one before New Year's Day
        assert lasts in ([29], [30]), year
    else:
        assert lasts in ([27, 28, 29], [28, 29, 30]), year


def test_the_official_split_of_2023() -> None:
    # Notice 8056/VPCP-KGVX: five Tết days 20-24/1 (29 Chạp to mùng 3), then 25 and 26/1 in lieu
    # of Saturday 21 and Sunday 22.
    tet = {d.date.isoformat(): d.kind for d in STATE.holidays_in(2023) if "Nguyên Đán" in d.name_vi}
    assert tet == {"2023-01-20": DayKind.STATUTORY, "2023-01-21": DayKind.STATUTORY,
                   "2023-01-22": DayKind.STATUTORY, "2023-01-23": DayKind.STATUTORY,
                   "2023-01-24": DayKind.STATUTORY, "2023-01-25": DayKind.COMPENSATORY,
                   "2023-01-26": DayKind.COMPENSATORY}


def test_the_cultural_day_is_a_switchable_rule() -> None:
    assert not STATE.is_working_day(D("2026-11-24"))
    assert WorkingCalendar.state(cultural_day=False).is_working_day(D("2026-11-24"))
    assert STATE.is_working_day(D("2025-11-24"))  # not before the resolution took effect


def test_no_day_in_lieu_for_a_weekend_cultural_day_unless_asked() -> None:
    # Art. 111(3) names the holidays of Art. 112(1); no text extends it to 24/11.
    for calendar in (STATE, EMPLOYER.__class__.employer(weekly_rest=(5, 6))):
        assert calendar.is_working_day(D("2029-11-26"))  # 24/11/2029 is a Saturday
        assert calendar.is_working_day(D("2030-11-25"))  # 24/11/2030 is a Sunday
    switched = WorkingCalendar.state(cultural_day_in_lieu=True)
    assert not switched.is_working_day(D("2029-11-26"))
    assert not switched.is_working_day(D("2030-11-25"))
    (in_lieu,) = [d for d in switched.holidays_in(2030) if d.date == D("2030-11-25")]
    assert in_lieu.kind is DayKind.COMPENSATORY
    assert "UNCERTAIN" in in_lieu.source
    assert WorkingCalendar.employer(cultural_day_in_lieu=True).is_working_day(D("2029-11-26"))  # Sat worked


def test_names_and_coverage() -> None:
    assert [STATE.coverage(y) for y in (2023, 2024, 2025, 2026)] == [
        CalendarCoverage.PRESS, CalendarCoverage.OFFICIAL, CalendarCoverage.PRESS, CalendarCoverage.PRESS]
    assert STATE.coverage(2027) is CalendarCoverage.PARTIAL
    assert STATE.coverage(2019) is CalendarCoverage.PACKAGE
    assert STATE.coverage(2022) is CalendarCoverage.PROJECTED
    assert STATE.coverage(2040) is CalendarCoverage.PROJECTED
    assert STATE.official_years() == (2023, 2024, 2025, 2026, 2027)
    assert EMPLOYER.official_years() == ()
    swap = [d for d in STATE.holidays_in(2026) if d.kind is DayKind.SWAP]
    assert [d.date for d in swap] == [D("2026-01-02"), D("2026-08-31")]
    assert swap[0].source == "12729/VPCP-KGVX of 2025-12-25 [C]"  # now seen on an official portal
    assert [(m.date, m.replaces) for m in STATE.make_up_days_in(2026)] == [
        (D("2026-01-10"), D("2026-01-02")), (D("2026-08-22"), D("2026-08-31"))]


def test_coverage_is_read_from_the_confidence_of_the_announcements() -> None:
    raw = resources.files("quanhelaodong.deadlines").joinpath("data", "official_days.json").read_text("utf-8")
    for year, entry in json.loads(raw)["years"].items():
        dated = [b["confidence"] for b in entry["breaks"] if b["documents"]]
        expected = (CalendarCoverage.PARTIAL if not entry["complete"] else CalendarCoverage.OFFICIAL
                    if all(c == "C" for c in dated) else CalendarCoverage.PRESS)
        assert STATE.coverage(int(year)) is expected, year
        known = {doc["number"] for doc in entry["documents"]}
        for choice in entry["choices"].values():
            assert set(choice["documents"]) <= known, year


def test_an_employer_calendar_says_what_backs_it() -> None:
    assert EMPLOYER.coverage(2025) is CalendarCoverage.PRESS  # the state's announced choices
    assert EMPLOYER.coverage(2031) is CalendarCoverage.PROJECTED  # the state's projected choices
    chosen = WorkingCalendar.employer(tet="1+4", national_day="3/9")
    assert {chosen.coverage(year) for year in range(2008, 2036)} == {CalendarCoverage.RULES}
    assert EMPLOYER.coverage(2010) is CalendarCoverage.RULES  # no choice under the 1994 Code


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
