"""Time frames once read: spans and their segments, deadlines and their readings, recurrences.

How phrases are read into frames is tested in ``test_phrases.py``.
"""

from __future__ import annotations

import datetime

import pendulum
import pytest

from quanhelaodong import TimeframeParseError, WorkingCalendar, parse_timeframe
from quanhelaodong.deadlines import (
    DateRange,
    DueDate,
    Recurring,
    RelativePeriod,
    UnreadableTimeframe,
    read_timeframe,
)
from quanhelaodong.errors import InvalidValueError
from tests.days import as_date

REFERENCE = pendulum.Date(2023, 5, 12)


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_quarters_need_not_be_contiguous() -> None:
    frame = parse_timeframe("Quý I, III/2024")
    assert isinstance(frame, DateRange)
    assert frame.segments == ((D("2024-01-01"), D("2024-03-31")),
                              (D("2024-07-01"), D("2024-09-30")))
    assert D("2024-05-01") not in frame
    assert D("2024-08-01") in frame


def test_recurring_phrases() -> None:
    yearly = parse_timeframe("định kỳ trước ngày 15/11 hàng năm")
    assert isinstance(yearly, Recurring)
    dues = [o.due for o in yearly.occurrences(("2023-01-01", "2025-12-31"))]
    assert dues == [D("2023-11-14"), D("2024-11-14"), D("2025-11-14")]
    inclusive = parse_timeframe("trước ngày 15/11 hằng năm", before="inclusive")
    assert isinstance(inclusive, Recurring)
    assert [o.due for o in inclusive.occurrences(("2023-11-15", "2023-11-15"))] == [D("2023-11-15")]
    may = parse_timeframe("tháng 5 hằng năm")
    assert isinstance(may, Recurring)
    (workers_month,) = may.occurrences(("2024-01-01", "2024-12-31"))
    assert (workers_month.start, workers_month.due) == (D("2024-05-01"), D("2024-05-31"))
    for phrase in ("hằng năm", "hàng năm", "Hang nam"):
        frame = parse_timeframe(phrase)
        assert isinstance(frame, Recurring)
        assert frame.every == 1
    biennial = parse_timeframe("định kỳ 2 năm/lần", reference=REFERENCE)
    assert isinstance(biennial, Recurring)
    assert biennial.every == 2
    assert [o.due.year for o in biennial.occurrences(("2022-01-01", "2028-12-31"))] == [
        2023, 2025, 2027]
    assert parse_timeframe("định kỳ 2 năm/1 lần") == Recurring("định kỳ 2 năm/1 lần", every=2)


def test_year_ends_and_leap_days() -> None:
    assert parse_timeframe("từ ngày 01/3/2024 đến ngày 15/3", reference="2025-01-01").due == D(
        "2024-03-15")
    new_year = parse_timeframe("trước ngày 01/01 hằng năm")
    assert isinstance(new_year, Recurring)
    assert [o.due for o in new_year.occurrences(("2023-01-01", "2023-12-31"))] == [D("2023-12-31")]
    leap = parse_timeframe("chậm nhất ngày 29/02 hằng năm")
    assert isinstance(leap, Recurring)
    assert [o.due for o in leap.occurrences(("2023-01-01", "2024-12-31"))] == [
        D("2023-02-28"), D("2024-02-29")]


def test_a_plain_date_is_in_a_range_a_datetime_is_not() -> None:
    frame = parse_timeframe("Quý III, IV/2023")
    assert datetime.date(2023, 8, 1) in frame  # type: ignore[operator]
    assert datetime.datetime(2023, 8, 1, 9) not in frame  # type: ignore[operator]
    assert "2023-08-01" not in frame  # type: ignore[operator]


@pytest.mark.parametrize("phrase", ["Quý III, IV/2023", "trước ngày 31/7/2016", "Thường xuyên",
                                    "định kỳ 2 năm/1 lần", "dự kiến tháng 5/2024"])
def test_str_gives_the_phrase_back_as_written(phrase: str) -> None:
    assert str(parse_timeframe(phrase)) == phrase


def test_with_reading_changes_only_a_before_phrase() -> None:
    before = parse_timeframe("trước ngày 31/7/2016")
    inclusive = before.with_reading("inclusive")
    assert isinstance(inclusive, DueDate)
    assert (before.due, inclusive.due) == (D("2016-07-30"), D("2016-07-31"))
    assert inclusive.with_reading("exclusive") == before
    latest = parse_timeframe("chậm nhất ngày 15/11/2024")
    assert latest.with_reading("exclusive") is latest  # "chậm nhất" leaves no doubt
    span = parse_timeframe("Năm 2023")
    assert span.with_reading("inclusive") is span
    yearly = parse_timeframe("trước ngày 15/11 hằng năm").with_reading("inclusive")
    assert isinstance(yearly, Recurring)
    assert [o.due for o in yearly.occurrences(("2024-01-01", "2024-12-31"))] == [D("2024-11-15")]
    with pytest.raises(InvalidValueError, match="exclusive"):
        before.with_reading("x")


def test_every_n_years_counts_from_the_first_year_asked_without_an_anchor() -> None:
    biennial = Recurring("định kỳ 2 năm/lần", every=2)
    assert [o.due for o in biennial.occurrences(("2023-01-01", "2028-12-31"))] == [
        D("2023-12-31"), D("2025-12-31"), D("2027-12-31")]
    anchored = Recurring("định kỳ 2 năm/lần", every=2, anchor_year=2024)
    assert [o.due.year for o in anchored.occurrences(("2023-01-01", "2028-12-31"))] == [2024, 2026, 2028]


def test_an_unreadable_frame_gives_back_the_error_parse_timeframe_raises() -> None:
    frame = read_timeframe("Quý V/2023")
    assert isinstance(frame, UnreadableTimeframe)
    assert (frame.start, frame.due) == (None, None)
    with pytest.raises(TimeframeParseError) as caught:
        parse_timeframe("Quý V/2023")
    assert str(frame.error()) == str(caught.value)
    assert (frame.error().position, frame.error().reason) == (4, caught.value.reason)


def test_a_relative_period_resolves_on_the_calendar_given() -> None:
    notice = parse_timeframe("trong 5 ngày làm việc kể từ ngày nhận được đơn")
    assert isinstance(notice, RelativePeriod)
    assert (notice.start, notice.due) == (None, None)
    # Received Monday 28/4/2025: 30/4, 1/5 and the 2/5 swap are off for state agencies.
    on_state = notice.resolve("2025-04-28")
    assert on_state.due == D("2025-05-08")
    assert on_state.steps[-1].rule == "working_days"
    assert on_state.text == notice.text
    assert notice.resolve("2025-04-28", calendar=WorkingCalendar.employer()).due == D("2025-05-06")


def test_occurrences_up_to_the_calendar_s_last_year() -> None:
    frame = parse_timeframe("hằng năm")
    assert isinstance(frame, Recurring)
    found = frame.occurrences(("9999-01-01", "9999-12-31"))
    assert [occurrence.due for occurrence in found] == [pendulum.Date(9999, 12, 31)]


@pytest.mark.parametrize("between", [("2024-01-01",), "2024", ("2024-12-31", "2024-01-01"), None])
def test_occurrences_between_that_is_not_two_days_in_order_is_an_invalid_value(
        between: object) -> None:
    frame = parse_timeframe("hằng năm")
    assert isinstance(frame, Recurring)
    with pytest.raises(InvalidValueError, match="between"):
        frame.occurrences(between)  # type: ignore[arg-type]


def test_a_relative_period_from_the_calendar_s_last_day_is_an_invalid_value() -> None:
    frame = parse_timeframe("trong 30 ngày kể từ ngày nhận được đơn")
    assert isinstance(frame, RelativePeriod)
    with pytest.raises(InvalidValueError, match="leaves the dates a calendar can hold"):
        frame.resolve("9999-12-31")
