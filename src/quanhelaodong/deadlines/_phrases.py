"""Time phrases as plans write them, read once into typed timeframes.

``parse_timeframe`` reads what real plans write ("Năm 2023", "Quý III, IV/2023",
"6 tháng đầu năm 2023", "trước ngày 15/11 hằng năm", "định kỳ 2 năm/lần",
"Thường xuyên", "giai đoạn 2022 - 2025", "trong 30 ngày kể từ ngày 01/3/2024",
"dự kiến tháng 5/2024" ...), with the variants real texts use: en dashes, spaces,
"hằng"/"hàng", missing diacritics. It never guesses: a phrase it cannot read
raises :class:`TimeframeParseError` naming the phrase and the position where
reading stopped, and phrases with no date ("Thường xuyên", "khẩn trương") become
:class:`Undated` frames, not invented dates.
"""

from __future__ import annotations

import functools
import re

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.deadlines._periods import PeriodMarker, PeriodUnit, month_marker_step, period_end
from quanhelaodong.deadlines._reasoning import Deadline
from quanhelaodong.deadlines._timeframes import (
    BeforeReading,
    DueDate,
    Recurring,
    RelativePeriod,
    Timeframe,
    Undated,
    UndatedKind,
    UnreadableTimeframe,
    date_range,
)
from quanhelaodong.errors import InvalidValueError, TimeframeParseError
from quanhelaodong.text import fold, fold_mapped, nfc

__all__ = ["MAX_PHRASE_CHARACTERS", "anchor_timeframe", "as_timeframe", "parse_timeframe",
           "read_timeframe"]

#: Longer phrases are refused before they are read: no time phrase of a plan comes near.
MAX_PHRASE_CHARACTERS = 2_000

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_UNITS = {"ngay": PeriodUnit.DAY, "ngay lam viec": PeriodUnit.WORKING_DAY, "tuan": PeriodUnit.WEEK,
          "thang": PeriodUnit.MONTH, "nam": PeriodUnit.YEAR}
_UNDATED = {"thuong xuyen": UndatedKind.ONGOING, "khan truong": UndatedKind.URGENT,
            "kip thoi": UndatedKind.PROMPT, "dinh ky": UndatedKind.PERIODIC,
            "thuong xuyen, lien tuc": UndatedKind.ONGOING}

# "sau khi kết thúc đại hội", "trước khi triển khai thực hiện", "ngay khi có tranh chấp",
# "khi có những hành động quá khích", "sau thanh tra": an event sets the time, no date.
# (A phrase with a count of days after the event is a relative period, read below.)
_ON_EVENT = re.compile(r"(?:ngay\s+)?(?:(?:sau|truoc)\s+khi|khi\s+(?:co|xay ra|phat sinh))\s+[^\d].{2,120}"
                       r"|(?:ngay\s+)?sau\s+(?:thanh tra|kiem tra|dai hoi|hoi nghi)")
_YEAR = r"(?P<year>\d{4})"
# Day, month and perhaps year, separated as plans write them: "31/12/2016", "31-12-2016",
# "31.12.2016" (one separator throughout).
_DATE = (r"(?P<d{n}>\d{{1,2}})\s*(?P<sep{n}>[/.-])\s*(?P<m{n}>\d{{1,2}})"
         r"(?:\s*(?P=sep{n})\s*(?P<y{n}>\d{{4}}))?")
_EVERY_YEAR = r"(?:hang nam|moi nam|hang nam/lan)"
_EVENT_DATE = re.compile(r"ngay " + _DATE.format(n=1))

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("year", re.compile(rf"(?:trong |ca )?nam {_YEAR}")),
    ("quarters", re.compile(
        rf"quy (?P<quarters>[iv]+(?:\s*(?:,|va|-)\s*[iv]+)*)(?:\s*/\s*|\s+nam\s+){_YEAR}")),
    ("half", re.compile(rf"6 thang (?P<which>dau|cuoi) nam {_YEAR}")),
    ("month", re.compile(rf"thang (?P<month>\d{{1,2}})(?:\s*/\s*|\s+nam\s+){_YEAR}")),
    ("month_marker", re.compile(
        rf"(?P<which>dau|giua|cuoi) thang (?P<month>\d{{1,2}})(?:\s*/\s*|\s+nam\s+){_YEAR}")),
    ("year_marker", re.compile(rf"(?P<which>dau|giua|cuoi) nam {_YEAR}")),
    ("years", re.compile(r"(?:giai doan )?(?P<y1>\d{4})\s*-\s*(?P<y2>\d{4})")),
    ("between", re.compile(
        r"tu ngay " + _DATE.format(n=1) + r"\s+den (?:het )?ngay " + _DATE.format(n=2))),
    ("monthly_every_year", re.compile(rf"thang (?P<month>\d{{1,2}}) {_EVERY_YEAR}")),
    ("before_every_year", re.compile(
        r"(?:dinh ky )?(?:(?P<lead>truoc|cham nhat|han chot) )?ngay "
        + _DATE.format(n=1) + rf" {_EVERY_YEAR}")),
    ("every_year_before", re.compile(
        rf"(?:dinh ky )?{_EVERY_YEAR} (?P<lead>truoc|cham nhat|han chot) ngay "
        + _DATE.format(n=1))),
    # "ngày" is often left out: "trước 31-12-2016", "chậm nhất 20/12".
    # "trước 9h00 ngày 07.10.2021": a deadline at an hour of day D leaves day D itself.
    ("before", re.compile(r"(?P<lead>truoc|cham nhat|han chot|han|xong truoc) "
                          r"(?:(?P<hour>\d{1,2})\s*(?:h|gio)(?:\s*(?P<minute>\d{2}))?\s+)?(?:ngay )?"
                          + _DATE.format(n=1))),
    ("every_months", re.compile(
        r"(?:dinh ky )?(?P<m>\d{1,2}) thang\s*(?:/\s*(?:1 |mot )?lan|(?:1|mot) lan)?")),
    ("every_quarter", re.compile(r"(?:dinh ky )?(?:hang|moi) quy")),
    ("every_month", re.compile(r"(?:dinh ky )?(?:hang|moi) thang")),
    ("every_years", re.compile(
        r"(?:dinh ky )?(?P<n>\d+) nam\s*/\s*(?:1 |mot )?lan")),
    ("every_year", re.compile(rf"(?:dinh ky )?{_EVERY_YEAR}")),
    ("relative", re.compile(
        r"trong (?:vong |thoi han )?(?P<amount>\d+) (?P<unit>ngay lam viec|ngay|tuan|thang|nam)"
        r" (?:ke )?tu (?P<event>.+)")),
]


_YEARS = range(1900, 2201)


def _year(text: str, position: int, digits: str) -> int:
    year = int(digits)
    if year not in _YEARS:
        raise TimeframeParseError(text, position, f"year {year} is outside 1900–2200")
    return year


def _day(text: str, position: int, year: int, month: int, day: int) -> pendulum.Date:
    try:
        return pendulum.Date(year, month, day)
    except ValueError as error:
        raise TimeframeParseError(text, position, f"no such date: {error}") from None


def parse_timeframe(text: str, *, reference: object = None,
                    before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Timeframe:
    """Read a time phrase as written in a plan.

    ``reference`` (a date) gives the year to phrases that omit it ("trước ngày
    15/11") and anchors "every N years". ``before`` is the reading of "trước ngày".

    >>> frame = parse_timeframe("Quý III, IV/2023")
    >>> frame.start, frame.due
    (Date(2023, 7, 1), Date(2023, 12, 31))
    >>> parse_timeframe("Thường xuyên")
    Undated(text='Thường xuyên', tentative=False, kind=<UndatedKind.ONGOING: 'ongoing'>)
    >>> parse_timeframe("trước ngày 31/7/2016").due
    Date(2016, 7, 30)
    >>> parse_timeframe("Năm 2023 và các năm tiếp theo")
    Traceback (most recent call last):
    ...
    quanhelaodong.errors.TimeframeParseError: cannot read time phrase '...' at position 8 ...
    """
    if not isinstance(text, str):
        raise TimeframeParseError(repr(text), 0, "a time phrase must be text")
    if len(text) > MAX_PHRASE_CHARACTERS:
        raise TimeframeParseError(text, MAX_PHRASE_CHARACTERS, f"a time phrase of {len(text)} "
                                  f"characters is longer than the {MAX_PHRASE_CHARACTERS} read")
    reading = as_choice(BeforeReading, before, "before")
    reference_day = as_date(reference) if reference is not None else None
    try:
        return _read(nfc(text), reference_day, reading)
    except TimeframeParseError as error:
        # Positions are found in the folded phrase; they point into the phrase as given.
        raise TimeframeParseError(text, fold_mapped(text).origin(error.position), error.reason) from None


@functools.lru_cache(maxsize=1 << 12)
def _read(written: str, reference_day: pendulum.Date | None, reading: BeforeReading) -> Timeframe:
    # Plans repeat their phrases ("Năm 2024", "Thường xuyên") task after task, and a
    # timeframe is immutable: each distinct phrase is read once. The position map of
    # the folding is only needed for an error, so it is built only then.
    return _parse(written, fold(written), reference_day, reading)


def _parse(written: str, folded: str, reference_day: pendulum.Date | None,
           reading: BeforeReading) -> Timeframe:
    """The frame of a phrase; an error's position is an index into ``folded``."""
    body, offset, tentative = folded.rstrip(" .;"), 0, False
    prefix = re.match(r"du kien\s*:?\s*", body)
    if prefix:
        body, offset, tentative = body[prefix.end():], prefix.end(), True
    if not body:
        raise TimeframeParseError(written, offset, "empty time phrase")
    if body in _UNDATED:
        return Undated(written, kind=_UNDATED[body], tentative=tentative)
    if _ON_EVENT.fullmatch(body):
        return Undated(written, kind=UndatedKind.ON_EVENT, tentative=tentative)
    best_end = 0
    for name, pattern in _PATTERNS:
        match = pattern.fullmatch(body)
        if match:
            return _build(name, match, written, offset, tentative, reference_day, reading)
        partial = pattern.match(body)
        if partial:
            best_end = max(best_end, partial.end())
    raise TimeframeParseError(written, offset + best_end,
                              "not a time phrase this library reads" if best_end == 0 else
                              "unexpected text after a time phrase")


def read_timeframe(text: str, *, reference: object = None) -> Timeframe:
    """Like :func:`parse_timeframe`, but a phrase it cannot read becomes an :class:`UnreadableTimeframe`.

    This is how time phrases enter domain objects: a plan with one odd phrase still
    loads, and ``validate`` reports the phrase.

    >>> read_timeframe("Quý III, IV/2023").due
    Date(2023, 12, 31)
    >>> read_timeframe("theo tiến độ của dự án").reason
    'not a time phrase this library reads'
    """
    # Read in NFC, so the position of an unreadable phrase is one into the text it keeps.
    try:
        return parse_timeframe(nfc(text) if isinstance(text, str) else text, reference=reference)
    except TimeframeParseError as error:
        return UnreadableTimeframe(error.phrase, reason=error.reason, position=error.position,
                                   needs_reference=error.reason == _NO_YEAR)


def as_timeframe(value: Timeframe | str | None) -> Timeframe | None:
    """Converter of a time-phrase field: text is read once with :func:`read_timeframe`.

    >>> as_timeframe("Năm 2023") == parse_timeframe("Năm 2023")
    True
    >>> as_timeframe(None) is None
    True
    """
    if value is None or isinstance(value, Timeframe):
        return value
    if not isinstance(value, str):
        raise InvalidValueError(f"expected a time phrase, got {type(value).__name__} {value!r}")
    return read_timeframe(value)


_NO_YEAR = "the phrase names no year; pass reference="


def _year_of(match: re.Match[str], key: str, text: str, position: int,
             reference: pendulum.Date | None) -> int:
    if match[key]:
        return _year(text, position, match[key])
    if reference is None:
        raise TimeframeParseError(text, position, _NO_YEAR)
    return reference.year


def _build(name: str, match: re.Match[str], text: str, offset: int, tentative: bool,
           reference: pendulum.Date | None, reading: BeforeReading) -> Timeframe:
    position = offset + match.start()
    if name == "year":
        year = _year(text, offset + match.start("year"), match["year"])
        return date_range(text, [(pendulum.Date(year, 1, 1), pendulum.Date(year, 12, 31))], tentative)
    if name == "quarters":
        year = _year(text, offset + match.start("year"), match["year"])
        quarters: set[int] = set()
        for item in re.split(r"\s*(?:,|va)\s*", match["quarters"]):
            # "II - IV" is a range of quarters, "II, IV" a list.
            ends = re.split(r"\s*-\s*", item)
            if any(n not in _ROMAN for n in ends) or len(ends) > 2:
                raise TimeframeParseError(text, offset + match.start("quarters"),
                                          "quarters are I, II, III or IV")
            from_quarter, to_quarter = _ROMAN[ends[0]], _ROMAN[ends[-1]]
            if to_quarter < from_quarter:
                raise TimeframeParseError(text, offset + match.start("quarters"),
                                          "a range of quarters ends before it starts")
            quarters.update(range(from_quarter, to_quarter + 1))
        segments = []
        for quarter in sorted(quarters):
            first = pendulum.Date(year, 3 * quarter - 2, 1)
            segments.append((first, first.add(months=2).end_of("month")))
        return date_range(text, segments, tentative)
    if name == "half":
        year = _year(text, offset + match.start("year"), match["year"])
        if match["which"] == "dau":
            return date_range(text, [(pendulum.Date(year, 1, 1), pendulum.Date(year, 6, 30))],
                          tentative)
        return date_range(text, [(pendulum.Date(year, 7, 1), pendulum.Date(year, 12, 31))], tentative)
    if name in ("month", "month_marker"):
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise TimeframeParseError(text, offset + match.start("month"), "no such month")
        first = pendulum.Date(_year(text, offset + match.start("year"), match["year"]), month, 1)
        if name == "month":
            return date_range(text, [(first, first.end_of("month"))], tentative)
        day = {"dau": first, "giua": first.replace(day=15), "cuoi": first.end_of("month")}[
            match["which"]]
        marker = {"dau": PeriodMarker.START, "giua": PeriodMarker.MIDDLE, "cuoi": PeriodMarker.END}[
            match["which"]]
        return DueDate(text, day=day, steps=(month_marker_step(marker, day),), tentative=tentative)
    if name == "year_marker":
        year = _year(text, offset + match.start("year"), match["year"])
        month = {"dau": 1, "giua": 6, "cuoi": 12}[match["which"]]
        first = pendulum.Date(year, month, 1)
        return date_range(text, [(first, first.end_of("month"))], tentative)
    if name == "years":
        first_year = _year(text, offset + match.start("y1"), match["y1"])
        last_year = _year(text, offset + match.start("y2"), match["y2"])
        if last_year < first_year:
            raise TimeframeParseError(text, offset + match.start("y2"),
                                      "the period ends before it starts")
        return date_range(text, [(pendulum.Date(first_year, 1, 1), pendulum.Date(last_year, 12, 31))],
                      tentative)
    if name == "between":
        last_year = int(match["y2"]) if match["y2"] else (
            int(match["y1"]) if match["y1"] else _year_of(match, "y2", text, position, reference))
        last = _day(text, offset + match.start("d2"), last_year, int(match["m2"]), int(match["d2"]))
        first_year = int(match["y1"]) if match["y1"] else last.year
        first = _day(text, offset + match.start("d1"), first_year, int(match["m1"]),
                     int(match["d1"]))
        if last < first:
            raise TimeframeParseError(text, offset + match.start("d2"),
                                      "the range ends before it starts")
        return date_range(text, [(first, last)], tentative)
    if name == "monthly_every_year":
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise TimeframeParseError(text, offset + match.start("month"), "no such month")
        return Recurring(text, every=1, month=month, tentative=tentative,
                         anchor_year=reference.year if reference else None)
    if name in ("before_every_year", "every_year_before"):
        month, day_of_month = int(match["m1"]), int(match["d1"])
        # 2024 is a leap year, so 29/2 passes this check of day and month.
        _day(text, offset + match.start("d1"), 2024, month, day_of_month)
        if match["y1"]:
            raise TimeframeParseError(text, offset + match.start("y1"),
                                      "a yearly deadline cannot name a year")
        return Recurring(text, every=1, month=month, day=day_of_month, tentative=tentative,
                         reading=_reading(match["lead"], reading),
                         anchor_year=reference.year if reference else None)
    if name == "before":
        year = _year_of(match, "y1", text, position, reference)
        day = _day(text, offset + match.start("d1"), year, int(match["m1"]), int(match["d1"]))
        if match["hour"] is not None:
            if int(match["hour"]) > 23 or int(match["minute"] or 0) > 59:
                raise TimeframeParseError(text, offset + match.start("hour"), "no such hour")
            # The moment falls on day D, so D itself is within the deadline.
            return DueDate(text, day=day, reading=None, tentative=tentative)
        return DueDate(text, day=day, reading=_reading(match["lead"], reading), tentative=tentative)
    if name in ("every_months", "every_quarter", "every_month"):
        months = {"every_quarter": 3, "every_month": 1}.get(name) or int(match["m"])
        if months < 1 or 12 % months:
            raise TimeframeParseError(text, offset + match.start(),
                                      f"an interval of {months} months does not divide the year")
        return Recurring(text, every=1, months=months, tentative=tentative,
                         anchor_year=reference.year if reference else None)
    if name in ("every_years", "every_year"):
        every = _count(text, offset + match.start("n"), match["n"]) if name == "every_years" else 1
        if every < 1:
            raise TimeframeParseError(text, offset + match.start("n"), "an interval of 0 years")
        return Recurring(text, every=every, tentative=tentative,
                         anchor_year=reference.year if reference else None)
    # relative: "trong 30 ngày kể từ ..."
    unit = _UNITS[match["unit"]]
    amount = _count(text, offset + match.start("amount"), match["amount"])
    event_at = offset + match.start("event")
    event = text[fold_mapped(text).origin(event_at):].strip()
    dated = _EVENT_DATE.fullmatch(match["event"])
    if dated:
        year = _year_of(dated, "y1", text, event_at, reference)
        start = _day(text, event_at, year, int(dated["m1"]), int(dated["d1"]))
        try:
            deadline: Deadline = period_end(start, amount, unit)
        except InvalidValueError as error:
            raise TimeframeParseError(text, offset + match.start("amount"), str(error)) from None
        return DueDate(text, day=deadline, steps=deadline.steps, tentative=tentative)
    return RelativePeriod(text, amount=amount, unit=unit, event=event, tentative=tentative)


def _count(text: str, position: int, digits: str) -> int:
    """A count of days, months or years; one longer than any calendar (3,652,059 days) is refused
    before it is converted, so thousands of digits cannot exhaust Python's integer conversion."""
    significant = digits.lstrip("0")
    if len(significant) > 7:
        raise TimeframeParseError(text, position, f"a count of {len(significant)} digits is longer "
                                  "than any calendar")
    return int(digits)


def _reading(lead: str | None, default: BeforeReading) -> BeforeReading | None:
    """"trước" takes the chosen reading; "chậm nhất" / "hạn chót" include the day."""
    if lead in (None, "cham nhat", "han chot", "han"):
        return None
    return default


def anchor_timeframe(frame: Timeframe, reference: pendulum.Date | None) -> Timeframe:
    """``frame`` as read against ``reference``, the day year-less phrases take their year from.

    A phrase that only lacked its year is read again with it; a phrase recurring
    every N years counts from the reference year; any other frame is returned as is.

    >>> anchor_timeframe(read_timeframe("trước ngày 15/11"), pendulum.Date(2023, 5, 12)).due
    Date(2023, 11, 14)
    """
    if reference is None:
        return frame
    if isinstance(frame, UnreadableTimeframe) and frame.needs_reference:
        return read_timeframe(frame.text, reference=reference)
    if isinstance(frame, Recurring) and frame.anchor_year is None:
        return attrs.evolve(frame, anchor_year=reference.year)
    return frame
