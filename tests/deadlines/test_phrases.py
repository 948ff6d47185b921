"""Time phrases as plans write them, read once into typed frames.

What a frame does once read (its segments, occurrences, readings) is tested in
``test_timeframes.py``.
"""

from __future__ import annotations

import itertools
import unicodedata

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong import Timeframe, TimeframeParseError, parse_timeframe
from quanhelaodong.deadlines import (
    MAX_PHRASE_CHARACTERS,
    BeforeReading,
    DateRange,
    DueDate,
    Recurring,
    RelativePeriod,
    Undated,
    UndatedKind,
    UnreadableTimeframe,
    anchor_timeframe,
    as_timeframe,
    read_timeframe,
)
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.text import fold, nfc
from tests.days import as_date
from tests.strategies import ALPHABET

REFERENCE = pendulum.Date(2023, 5, 12)


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


@pytest.mark.parametrize(("phrase", "start", "due"), [
    ("Năm 2023", "2023-01-01", "2023-12-31"),
    ("Quý III, IV/2023", "2023-07-01", "2023-12-31"),
    ("Quý II/2024", "2024-04-01", "2024-06-30"),
    ("quý I năm 2025", "2025-01-01", "2025-03-31"),
    ("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30"),
    ("6 tháng cuối năm 2023", "2023-07-01", "2023-12-31"),
    ("Tháng 5/2024", "2024-05-01", "2024-05-31"),
    ("tháng 2 năm 2024", "2024-02-01", "2024-02-29"),
    ("giai đoạn 2022 - 2025", "2022-01-01", "2025-12-31"),
    ("2020–2025", "2020-01-01", "2025-12-31"),
    ("giai đoạn 2016-2020", "2016-01-01", "2020-12-31"),
    ("từ ngày 01/3 đến ngày 15/3/2024", "2024-03-01", "2024-03-15"),
    ("Từ ngày 20/12/2023 đến hết ngày 05/01/2024", "2023-12-20", "2024-01-05"),
    ("cuối năm 2023", "2023-12-01", "2023-12-31"),
])
def test_spans(phrase: str, start: str, due: str) -> None:
    frame = parse_timeframe(phrase)
    assert isinstance(frame, DateRange)
    assert (frame.start, frame.due) == (D(start), D(due))
    assert frame.text == phrase


@pytest.mark.parametrize("variant", [
    "Quý III, IV/2023", "QUÝ III,IV / 2023", "Quy III, IV/2023", "quý  III , IV/2023.",
    "Quý III và IV năm 2023",
])
def test_spelling_variants_read_the_same(variant: str) -> None:
    frame = parse_timeframe(variant)
    assert (frame.start, frame.due) == (D("2023-07-01"), D("2023-12-31"))


def test_before_a_date_and_its_readings() -> None:
    exclusive = parse_timeframe("trước ngày 31/7/2016")
    inclusive = parse_timeframe("trước ngày 31/7/2016", before=BeforeReading.INCLUSIVE)
    assert isinstance(exclusive, DueDate)
    assert isinstance(inclusive, DueDate)
    assert exclusive.reading is BeforeReading.EXCLUSIVE
    assert (exclusive.due, inclusive.due) == (D("2016-07-30"), D("2016-07-31"))
    # "chậm nhất ngày" leaves no doubt: the day itself is allowed.
    latest = parse_timeframe("chậm nhất ngày 15/11/2024")
    assert isinstance(latest, DueDate)
    assert (latest.reading, latest.due) == (None, D("2024-11-15"))
    assert parse_timeframe("trước ngày 15/11", reference=REFERENCE).due == D("2023-11-14")


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Thường xuyên", UndatedKind.ONGOING), ("thuong xuyen", UndatedKind.ONGOING),
    ("Khẩn trương", UndatedKind.URGENT), ("kịp thời", UndatedKind.PROMPT),
    ("định kỳ", UndatedKind.PERIODIC),
])
def test_undated_phrases_get_no_fake_date(phrase: str, kind: UndatedKind) -> None:
    frame = parse_timeframe(phrase)
    assert isinstance(frame, Undated)
    assert frame.kind is kind
    assert (frame.start, frame.due) == (None, None)


def test_relative_periods() -> None:
    dated = parse_timeframe("trong 30 ngày kể từ ngày 03/03/2025")
    assert isinstance(dated, DueDate)
    assert dated.due == D("2025-04-02")
    assert dated.steps[0].rule == "civil_start_exclusive"
    pending = parse_timeframe("trong 10 ngày làm việc kể từ ngày nhận được đơn")
    assert isinstance(pending, RelativePeriod)
    assert pending.event == "ngày nhận được đơn"
    assert pending.resolve(D("2025-03-03")).due == D("2025-03-17")


def test_tentative() -> None:
    frame = parse_timeframe("dự kiến tháng 5/2024")
    assert frame.tentative
    assert frame.due == D("2024-05-31")


@pytest.mark.parametrize(("phrase", "position", "reason"), [
    ("Năm 2023 và các năm tiếp theo", 8, "unexpected text"),
    ("Quý V/2023", 4, "quarters"),
    ("trước ngày 32/11/2023", 11, "no such date"),
    ("tháng 13/2024", 6, "no such month"),
    ("giai đoạn 2025 - 2020", 17, "ends before it starts"),
    ("sớm", 0, "not a time phrase"),
    ("", 0, "empty"),
    ("trước ngày 15/11", 0, "no year"),
    ("từ ngày 15/3 đến ngày 01/3/2024", 22, "ends before it starts"),
])
def test_unreadable_phrases_say_where(phrase: str, position: int, reason: str) -> None:
    with pytest.raises(TimeframeParseError) as caught:
        parse_timeframe(phrase)
    assert caught.value.position == position
    assert reason in caught.value.reason
    assert caught.value.phrase == phrase
    assert isinstance(caught.value, ValueError)


@given(st.text(ALPHABET, max_size=40))
def test_any_text_reads_or_fails_cleanly(text: str) -> None:
    outcome: object
    try:
        outcome = parse_timeframe(text, reference=REFERENCE)
    except TimeframeParseError as error:
        outcome = error
    if isinstance(outcome, TimeframeParseError):
        assert 0 <= outcome.position <= len(outcome.phrase)
    else:
        assert isinstance(outcome, Timeframe)
        assert fold(outcome.text)


@given(st.integers(1990, 2100), st.integers(1, 12))
def test_month_phrases(year: int, month: int) -> None:
    frame = parse_timeframe(f"Tháng {month}/{year}")
    assert frame.start == pendulum.Date(year, month, 1)
    assert frame.due == pendulum.Date(year, month, 1).end_of("month")
    assert parse_timeframe(f"thang {month} nam {year}") == DateRange(
        f"thang {month} nam {year}", first=frame.start, last=frame.due,
        segments=((frame.start, frame.due),))


def test_quarter_ranges_and_lists() -> None:
    span = parse_timeframe("Quý II - IV/2023")
    assert isinstance(span, DateRange)
    assert (span.start, span.due, len(span.segments)) == (D("2023-04-01"), D("2023-12-31"), 3)
    with pytest.raises(TimeframeParseError, match="ends before"):
        parse_timeframe("Quý IV - II/2023")


@pytest.mark.parametrize("phrase", ["Năm 0000", "Quý I/0000", "tháng 5/0000",
                                    "trong 99999999 ngày kể từ ngày 01/3/2024"])
def test_out_of_range_numbers_are_parse_errors(phrase: str) -> None:
    with pytest.raises(TimeframeParseError):
        parse_timeframe(phrase)


def test_colon_after_du_kien_and_a_bad_reading() -> None:
    assert parse_timeframe("Dự kiến: tháng 5/2024").tentative
    with pytest.raises(ValueError, match="exclusive"):
        parse_timeframe("Năm 2023", before="x")


def test_read_timeframe_keeps_what_it_cannot_read() -> None:
    odd = read_timeframe("theo tiến độ của dự án")
    assert isinstance(odd, UnreadableTimeframe)
    assert (odd.text, odd.position, odd.needs_reference) == ("theo tiến độ của dự án", 0, False)
    assert odd.due is None
    yearless = read_timeframe("trước ngày 15/11")
    assert isinstance(yearless, UnreadableTimeframe)
    assert yearless.needs_reference
    assert read_timeframe("Quý III, IV/2023") == parse_timeframe("Quý III, IV/2023")


@given(st.text(ALPHABET, max_size=40))
def test_read_timeframe_agrees_with_parse_timeframe(text: str) -> None:
    frame = read_timeframe(text, reference=REFERENCE)
    if isinstance(frame, UnreadableTimeframe):
        # The frame keeps the phrase in NFC, and its position points into that phrase.
        with pytest.raises(TimeframeParseError) as caught:
            parse_timeframe(frame.text, reference=REFERENCE)
        assert (frame.position, frame.reason) == (caught.value.position, caught.value.reason)
        with pytest.raises(TimeframeParseError) as given_as_is:
            parse_timeframe(text, reference=REFERENCE)
        assert given_as_is.value.reason == frame.reason
    else:
        assert frame == parse_timeframe(text, reference=REFERENCE)


def test_as_timeframe_reads_text_once_and_passes_frames_through() -> None:
    assert as_timeframe(None) is None
    frame = parse_timeframe("Năm 2023")
    assert as_timeframe(frame) is frame
    assert as_timeframe("Năm 2023") == frame
    assert isinstance(as_timeframe("sớm nhất có thể"), UnreadableTimeframe)
    with pytest.raises(InvalidValueError, match="time phrase"):
        as_timeframe(2023)  # type: ignore[arg-type]


def test_anchor_timeframe_gives_a_year_only_where_one_is_missing() -> None:
    yearless = read_timeframe("trước ngày 15/11")
    anchored = anchor_timeframe(yearless, REFERENCE)
    assert isinstance(anchored, DueDate)
    assert anchored.due == D("2023-11-14")
    assert anchor_timeframe(yearless, None) is yearless
    biennial = read_timeframe("định kỳ 2 năm/lần")
    assert isinstance(biennial, Recurring)
    counted = anchor_timeframe(biennial, D("2024-01-01"))
    assert isinstance(counted, Recurring)
    assert counted.anchor_year == 2024
    dated = read_timeframe("Năm 2023")
    assert anchor_timeframe(dated, D("2030-01-01")) is dated
    odd = read_timeframe("theo tiến độ của dự án")
    assert anchor_timeframe(odd, REFERENCE) is odd


@pytest.mark.parametrize(("phrase", "months"), [
    ("định kỳ 6 tháng", 6), ("Định kỳ 06 tháng/lần", 6), ("định kỳ 6 tháng một lần", 6),
    ("hằng quý", 3), ("định kỳ hàng quý", 3), ("hằng tháng", 1), ("định kỳ 2 tháng/lần", 2)])
def test_every_few_months_is_read_as_periods_of_the_year(phrase: str, months: int) -> None:
    frame = parse_timeframe(phrase)
    assert isinstance(frame, Recurring)
    assert frame.months == months


@given(st.sampled_from([1, 2, 3, 4, 6]), st.integers(1996, 2099))
def test_periods_of_a_year_cover_it_without_gap_or_overlap(months: int, year: int) -> None:
    frame = parse_timeframe(f"định kỳ {months} tháng/lần")
    assert isinstance(frame, Recurring)
    found = frame.occurrences((f"{year}-01-01", f"{year}-12-31"))
    assert len(found) == 12 // months
    assert found[0].start == as_date(f"{year}-01-01")
    assert found[-1].due == as_date(f"{year}-12-31")
    for before, after in itertools.pairwise(found):
        assert before.due is not None
        assert after.start == before.due.add(days=1)


def test_an_interval_that_does_not_divide_the_year_is_refused() -> None:
    with pytest.raises(TimeframeParseError, match="does not divide the year"):
        parse_timeframe("định kỳ 5 tháng")


def test_a_month_marker_step_writes_the_marker_as_vietnamese_does() -> None:
    frame = parse_timeframe("cuối tháng 5/2024")
    assert isinstance(frame, DueDate)
    assert frame.steps[0].text.startswith("'cuối tháng'")


@pytest.mark.parametrize("phrase", [
    "trong " + "9" * 1900 + " ngày kể từ ngày 01/3/2024",
    "trong " + "9" * 1900 + " ngày kể từ ngày nhận được đơn",
    "định kỳ " + "9" * 1900 + " năm/lần",
], ids=["dated", "event", "every-years"])
def test_a_count_of_thousands_of_digits_is_a_parse_error(phrase: str) -> None:
    with pytest.raises(TimeframeParseError, match="digits is longer than any calendar"):
        parse_timeframe(phrase)


_UNREADABLE = ["trước ngày 30/02/2023", "Năm 2023 và các năm tiếp theo", "Quý V/2023",
               "dự kiến: trong 30 ngày kể từ ngày 31/02/2024", "giai đoạn 2025 - 2020",
               "tháng 13/2024", "sau Tết"]
_NOISE = ["ǅ", "İ", "ß", "ﬁ", "x\u0301", "  ", "\u00a0"]


@given(st.sampled_from(_UNREADABLE), st.booleans(), st.lists(st.sampled_from(_NOISE), max_size=3),
       st.integers(0, 3))
def test_an_error_position_points_into_the_phrase_as_given(
        phrase: str, decomposed: bool, noise: list[str], where: int) -> None:
    # Decomposed letters, extra spaces and characters whose folded form has another length,
    # before the place reading stops: the position must still point at the same words.
    words = phrase.split(" ")
    words.insert(min(where, len(words)), "".join(noise))
    given_as = " ".join(words)
    if decomposed:
        given_as = unicodedata.normalize("NFD", given_as)
    with pytest.raises(TimeframeParseError) as caught:
        parse_timeframe(given_as)
    error = caught.value
    assert error.phrase == given_as
    with pytest.raises(TimeframeParseError) as in_nfc:
        parse_timeframe(nfc(given_as))
    at = in_nfc.value.position
    # What follows the position is the same text, as given and in NFC.
    assert fold(nfc(given_as[error.position:])) == fold(nfc(given_as)[at:])


def test_an_error_position_after_a_decomposed_prefix() -> None:
    given_as = "Dư\u0323  kiê\u0301n: trước ngày 30/02/2023"
    with pytest.raises(TimeframeParseError) as caught:
        parse_timeframe(given_as)
    assert given_as[caught.value.position:] == "30/02/2023"
    frame = read_timeframe(given_as)
    assert isinstance(frame, UnreadableTimeframe)
    assert frame.text[frame.position:] == "30/02/2023"
    assert frame.text == nfc(given_as)


def test_the_event_of_a_relative_period_is_cut_from_the_phrase_as_written() -> None:
    frame = parse_timeframe("trong 30 ngày ke\u0302\u0309 tư\u0300 ǅx\u0301 ngày nhận đơn")
    assert isinstance(frame, RelativePeriod)
    assert frame.event == "ǅx\u0301 ngày nhận đơn"


def test_a_phrase_longer_than_the_limit_is_refused_naming_the_limit() -> None:
    with pytest.raises(TimeframeParseError, match=f"longer than the {MAX_PHRASE_CHARACTERS}") as caught:
        parse_timeframe("Năm 2023 " * 1000)
    assert caught.value.position == MAX_PHRASE_CHARACTERS
    assert len(str(caught.value)) < 500  # the message quotes a part, not 9,000 characters
    assert isinstance(read_timeframe("Năm 2023 " * 1000), UnreadableTimeframe)


@pytest.mark.parametrize("written", ["trước ngày 31/12/2016", "trước 31-12-2016", "trước ngày 31-12-2016",
                                     "trước ngày 31.12.2016", "trước 31/12/2016"])
def test_a_date_is_read_with_dashes_or_dots_and_without_ngay(written: str) -> None:
    # Forms of the corpus's development documents ("trước 31-12-2016").
    assert parse_timeframe(written) == attrs.evolve(parse_timeframe("trước ngày 31/12/2016"), text=written)


def test_a_date_keeps_one_separator_throughout() -> None:
    with pytest.raises(TimeframeParseError, match="unexpected text"):
        parse_timeframe("trước 31-12/2016")


@given(st.dates(pendulum.Date(1990, 1, 1), pendulum.Date(2100, 12, 31)), st.integers(0, 23),
       st.one_of(st.none(), st.integers(0, 59)), st.sampled_from(["h", "giờ", " giờ "]),
       st.sampled_from(["/", ".", "-"]), st.sampled_from(["trước", "chậm nhất", "hạn chót"]))
def test_a_deadline_at_an_hour_of_a_day_is_due_that_day(
        day: object, hour: int, minute: int | None, mark: str, separator: str, lead: str) -> None:
    # "trước 9h00 ngày 07.10.2021": before a moment of day D, so D itself is still in time,
    # whatever reading "trước ngày D" takes.
    when = pendulum.Date(day.year, day.month, day.day)  # type: ignore[attr-defined]
    written = (f"{lead} {hour}{mark}{'' if minute is None else f'{minute:02d}'} ngày "
               f"{when.day:02d}{separator}{when.month:02d}{separator}{when.year}")
    frame = parse_timeframe(written.replace("  ", " "))
    assert isinstance(frame, DueDate)
    assert frame.due == when
    assert frame.with_reading(BeforeReading.EXCLUSIVE).due == when


@pytest.mark.parametrize("phrase", ["trước 24h00 ngày 07.10.2021", "trước 9h60 ngày 07.10.2021"])
def test_an_hour_that_does_not_exist_is_a_parse_error(phrase: str) -> None:
    with pytest.raises(TimeframeParseError, match="no such hour"):
        parse_timeframe(phrase)


@pytest.mark.parametrize("phrase", ["sau khi kết thúc đại hội", "trước khi triển khai thực hiện",
                                    "khi có những hành động quá khích của công nhân",
                                    "ngay khi phát sinh tranh chấp", "sau thanh tra"])
def test_a_time_set_by_an_event_is_undated_and_kept_as_written(phrase: str) -> None:
    frame = parse_timeframe(phrase)
    assert isinstance(frame, Undated)
    assert frame.kind is UndatedKind.ON_EVENT
    assert frame.text == phrase
