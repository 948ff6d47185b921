"""The statutory holidays given a year's choices: Tết splits, the second National Day, days in lieu."""

from __future__ import annotations

import datetime

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import WorkingCalendar
from quanhelaodong.deadlines import DayKind, NationalDayChoice, TetSplit
from tests.days import as_date

rests = st.sampled_from([frozenset({6}), frozenset({5, 6}), frozenset({0}), frozenset({4, 5}),
                         frozenset({1, 6})])
splits = st.sampled_from(list(TetSplit))
seconds = st.sampled_from(list(NationalDayChoice))
years = st.integers(2014, 2100)


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def _tet(calendar: WorkingCalendar, year: int) -> list[pendulum.Date]:
    return [d.date for d in calendar.holidays_in(year)
            if d.kind is DayKind.STATUTORY and d.name_vi.startswith("Tết Nguyên Đán")]


def _new_year(year: int) -> pendulum.Date:
    return next(d.date for d in WorkingCalendar.employer().holidays_in(year)
                if d.name_vi == "Tết Nguyên Đán (mùng 1 tháng Giêng)")


@settings(max_examples=120, deadline=None)
@given(years, splits, rests)
def test_an_employers_tet_is_five_consecutive_days_split_as_chosen(year: int, split: TetSplit,
                                                                    rest: frozenset[int]) -> None:
    calendar = WorkingCalendar.employer(weekly_rest=rest, tet=split)
    tet = _tet(calendar, year)
    new_year = _new_year(year)
    assert tet == [new_year.add(days=offset) for offset in range(-split.before, split.after)]


@settings(max_examples=120, deadline=None)
@given(st.integers(2021, 2100), seconds, rests)
def test_the_second_national_day_is_the_employers_choice(year: int, second: NationalDayChoice,
                                                         rest: frozenset[int]) -> None:
    calendar = WorkingCalendar.employer(weekly_rest=rest, national_day=second)
    national = [d.date for d in calendar.holidays_in(year)
                if d.kind is DayKind.STATUTORY and d.name_vi.startswith("Quốc khánh")]
    assert national == sorted([pendulum.Date(year, 9, 2), pendulum.Date(year, 9, second.day)])


@settings(max_examples=150, deadline=None)
@given(st.integers(2008, 2100), splits, seconds, rests, st.booleans())
def test_each_holiday_on_a_rest_day_gives_exactly_one_day_in_lieu(
        year: int, split: TetSplit, second: NationalDayChoice, rest: frozenset[int],
        cultural_in_lieu: bool) -> None:
    calendar = WorkingCalendar.employer(weekly_rest=rest, tet=split, national_day=second,
                                        cultural_day_in_lieu=cultural_in_lieu)
    days = calendar.holidays_in(year)
    on_rest = [d for d in days if d.kind is DayKind.STATUTORY and d.date.weekday() in rest
               and (cultural_in_lieu or d.name_vi != "Ngày Văn hóa Việt Nam")]
    in_lieu = [d for d in days if d.kind is DayKind.COMPENSATORY]
    assert len(in_lieu) == len(on_rest)
    statutory = {d.date for d in days if d.kind is DayKind.STATUTORY}
    for day in in_lieu:
        assert day.date.weekday() not in rest
        assert day.date not in statutory
        # The day in lieu comes after its holiday, and every day between them is off.
        holiday = next(d.date for d in on_rest if f"{d.date:%d/%m}" in day.name_vi)
        assert holiday < day.date
        assert all(not calendar.is_working_day(holiday.add(days=i))
                   for i in range((day.date - holiday).days + 1))


@pytest.mark.parametrize(("year", "split", "national"), [
    (2023, "2+3", "1/9"), (2024, "2+3", "3/9"), (2025, "2+3", "1/9"), (2026, "1+4", "1/9"),
    (2027, "2+3", "3/9"),
])
def test_by_default_an_employer_takes_the_states_announced_choices(year: int, split: str,
                                                                   national: str) -> None:
    default = WorkingCalendar.employer()
    chosen = WorkingCalendar.employer(tet=split, national_day=national)
    assert [d.date for d in default.holidays_in(year)] == [d.date for d in chosen.holidays_in(year)]
    tet = next(d for d in default.holidays_in(year) if d.name_vi.startswith("Tết Nguyên Đán"))
    assert "the state's choice, by default" in tet.source
    assert f"split {split} announced by" in tet.source


def test_an_employers_own_choice_changes_its_days_only() -> None:
    own = WorkingCalendar.employer(tet="3+2", national_day="3/9")
    # 2025: 3+2 is 26 Chạp (Sunday 26/1) to mùng 2 (Thursday 30/1); Sunday's day in lieu is Friday 31/1.
    assert _tet(own, 2025) == [D("2025-01-26"), D("2025-01-27"), D("2025-01-28"), D("2025-01-29"),
                                D("2025-01-30")]
    assert not own.is_working_day(D("2025-01-31"))
    assert not own.is_working_day(D("2025-09-03"))
    assert own.is_working_day(D("2025-09-01"))
    tet = next(d for d in own.holidays_in(2025) if d.name_vi.startswith("Tết Nguyên Đán"))
    assert "the employer's choice (3+2)" in tet.source
    state = WorkingCalendar.state()
    assert not state.is_working_day(D("2025-09-01"))  # the state's calendar is not affected


def test_choices_can_differ_by_year() -> None:
    yearly = WorkingCalendar.employer(tet={2025: "1+4"})
    assert _tet(yearly, 2025)[0] == D("2025-01-28")
    assert _tet(yearly, 2024) == _tet(WorkingCalendar.employer(), 2024)  # the state's 2+3


@given(st.integers(2014, 2100))
def test_the_states_projected_tet_fills_a_week_or_takes_two_days_before(year: int) -> None:
    new_year = _new_year(year)
    tet = _tet(WorkingCalendar.state(), year)
    if year in range(2023, 2028):
        return  # announced years follow their announcement
    before = 1 if new_year.weekday() == 1 else 2
    assert tet[0] == new_year.subtract(days=before)
    assert len(tet) == 5


def test_a_second_national_day_exists_from_the_2019_code_only() -> None:
    for year in (2019, 2020):
        national = [d for d in WorkingCalendar.employer(national_day="3/9").holidays_in(year)
                    if d.kind is DayKind.STATUTORY and d.name_vi.startswith("Quốc khánh")]
        assert [d.date for d in national] == [pendulum.Date(year, 9, 2)]
    assert datetime.date(2021, 9, 3) in {
        d.date for d in WorkingCalendar.employer(national_day="3/9").holidays_in(2021)}
