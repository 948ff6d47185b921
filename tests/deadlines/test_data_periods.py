"""The data a periodic report covers: the cut-off days of Decree 09/2019/NĐ-CP, Art. 12."""

from __future__ import annotations

import itertools

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong.deadlines import DataPeriod, data_period
from quanhelaodong.errors import InvalidValueError
from tests.days import as_date


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_data_periods_of_decree_09() -> None:
    assert data_period("annual", 2023) == (D("2022-12-15"), D("2023-12-14"))
    assert data_period("half_yearly", 2023, 2) == (D("2023-06-15"), D("2023-12-14"))
    assert data_period("quarterly", 2024, 2) == (D("2024-03-15"), D("2024-06-14"))
    assert data_period("monthly", 2024, 1) == (D("2023-12-15"), D("2024-01-14"))


@given(st.integers(1990, 2100))
def test_the_periods_of_a_year_tile_its_annual_period(year: int) -> None:
    annual = data_period(DataPeriod.ANNUAL, year)
    for kind, count in [(DataPeriod.MONTHLY, 12), (DataPeriod.QUARTERLY, 4),
                        (DataPeriod.HALF_YEARLY, 2)]:
        periods = [data_period(kind, year, index) for index in range(1, count + 1)]
        assert periods[0][0] == annual[0], kind
        assert periods[-1][1] == annual[1], kind
        for (_, end), (start, _) in itertools.pairwise(periods):
            assert start == end.add(days=1), kind
        assert all((start.day, end.day) == (15, 14) for start, end in periods), kind


def test_an_unknown_data_period_is_a_typed_error() -> None:
    with pytest.raises(InvalidValueError, match="monthly"):
        data_period("weekly", 2024)


@pytest.mark.parametrize(("kind", "year", "index"), [
    ("annual", 0, 1), ("annual", 1, 1), ("half_yearly", 1, 1), ("quarterly", 10000, 1),
    ("quarterly", 2024, 5), ("monthly", 2024, 0), ("monthly", 2024, True), ("annual", "2024", 1),
])
def test_a_year_or_index_no_calendar_holds_is_an_invalid_value(kind: str, year: object,
                                                               index: object) -> None:
    with pytest.raises(InvalidValueError):
        data_period(kind, year, index)  # type: ignore[arg-type]
