"""Time frames: the typed forms of the time phrases plans are written in.

A phrase ("Quý III, IV/2023", "trước ngày 15/11 hằng năm", "Thường xuyên") is
read once (:mod:`quanhelaodong.deadlines._phrases`) into one of these frames: a
span of days, a deadline, something recurring, a period counted from an event,
no date at all, or a phrase that could not be read, kept as written. None of
them is ever a guessed date.

"trước ngày 15/11" (before 15 November): whether the 15th itself is allowed is not
settled by any statute. The library reads it **exclusively** by default (the last
day allowed is the 14th: the literal reading, and the one that never makes a
reporter late); :meth:`Timeframe.with_reading` gives the inclusive reading, the
common practice of accepting the 15th. Every :class:`DueDate` records the
reading it used.
"""

from __future__ import annotations

import datetime
import enum

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.deadlines._calendars import WorkingCalendar, as_between, shifted
from quanhelaodong.deadlines._periods import PeriodUnit, as_amount, period_end
from quanhelaodong.deadlines._reasoning import ReasoningStep
from quanhelaodong.errors import TimeframeParseError

__all__ = [
    "BeforeReading",
    "DateRange",
    "DueDate",
    "Recurring",
    "RelativePeriod",
    "Timeframe",
    "Undated",
    "UndatedKind",
    "UnreadableTimeframe",
    "date_range",
]


class BeforeReading(enum.StrEnum):
    """Whether "trước ngày D" allows day D itself.

    >>> from quanhelaodong.deadlines import parse_timeframe
    >>> frame = parse_timeframe("trước ngày 15/11/2024")
    >>> frame.reading, frame.due, frame.with_reading(BeforeReading.INCLUSIVE).due
    (<BeforeReading.EXCLUSIVE: 'exclusive'>, Date(2024, 11, 14), Date(2024, 11, 15))
    """

    #: The last day allowed is the day before D (default).
    EXCLUSIVE = "exclusive"
    #: Day D itself is allowed.
    INCLUSIVE = "inclusive"


class UndatedKind(enum.StrEnum):
    """Why an :class:`Undated` phrase sets no date.

    >>> from quanhelaodong.deadlines import parse_timeframe
    >>> [parse_timeframe(text).kind.value for text in ("Thường xuyên", "Khẩn trương", "Kịp thời", "Định kỳ")]
    ['ongoing', 'urgent', 'prompt', 'periodic']
    >>> parse_timeframe("sau khi kết thúc đại hội").kind.value
    'on_event'
    """

    #: "thường xuyên": ongoing, throughout the programme.
    ONGOING = "ongoing"
    #: "khẩn trương": urgently, with no date.
    URGENT = "urgent"
    #: "kịp thời": promptly, as things arise.
    PROMPT = "prompt"
    #: "sau khi kết thúc đại hội", "khi có tranh chấp": when an event happens, which no
    #: calendar can say.
    ON_EVENT = "on_event"
    #: "định kỳ" with no stated interval.
    PERIODIC = "periodic"


@attrs.frozen
class Timeframe:
    """A parsed time phrase. ``text`` is the phrase as written; ``tentative`` marks "dự kiến".

    A phrase is read once, where it enters the library (a constructor, the JSON
    loader, the importer), and kept in this typed form; ``str()`` gives the phrase
    back as written.

    >>> from quanhelaodong.deadlines import parse_timeframe
    >>> frame = parse_timeframe("Năm 2023")
    >>> str(frame), frame.start, frame.due
    ('Năm 2023', Date(2023, 1, 1), Date(2023, 12, 31))
    """

    text: str
    tentative: bool = attrs.field(default=False, kw_only=True)

    def __str__(self) -> str:
        return self.text

    def with_reading(self, before: BeforeReading | str) -> Timeframe:
        """The same frame with "trước ngày D" read as ``before`` says; other frames are unchanged.

        >>> from quanhelaodong.deadlines import parse_timeframe
        >>> parse_timeframe("trước ngày 31/7/2016").with_reading("inclusive").due
        Date(2016, 7, 31)
        """
        return self

    @property
    def start(self) -> pendulum.Date | None:
        """First day of the frame, where the phrase gives one."""
        return None

    @property
    def due(self) -> pendulum.Date | None:
        """Last day allowed, where the phrase gives one."""
        return None


@attrs.frozen
class DateRange(Timeframe):
    """A span of days, both ends included: a year, quarters, a month, "từ ngày X đến ngày Y".

    ``segments`` lists the spans when the phrase names several that need not be
    contiguous ("Quý I, III/2024").

    >>> from quanhelaodong.deadlines import parse_timeframe
    >>> frame = parse_timeframe("Quý I, III/2024")
    >>> frame.first, frame.last, len(frame.segments)
    (Date(2024, 1, 1), Date(2024, 9, 30), 2)
    >>> pendulum.Date(2024, 5, 1) in frame, pendulum.Date(2024, 8, 1) in frame  # quarter II is not
    (False, True)
    """

    first: pendulum.Date = attrs.field(kw_only=True)
    last: pendulum.Date = attrs.field(kw_only=True)
    segments: tuple[tuple[pendulum.Date, pendulum.Date], ...] = attrs.field(kw_only=True)

    @property
    def start(self) -> pendulum.Date:
        return self.first

    @property
    def due(self) -> pendulum.Date:
        return self.last

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, datetime.date) or isinstance(day, datetime.datetime):
            return False
        plain = as_date(day)
        return any(a <= plain <= b for a, b in self.segments)


@attrs.frozen
class DueDate(Timeframe):
    """A deadline: "trước ngày 31/7/2016", "chậm nhất ngày 15/11/2024", or a computed period.

    ``day`` is the day the phrase names; ``reading`` says whether it is allowed
    (None when the phrase leaves no doubt); ``steps`` explain a computed deadline.

    >>> from quanhelaodong.deadlines import parse_timeframe
    >>> frame = parse_timeframe("trước ngày 31/7/2016")
    >>> isinstance(frame, DueDate), frame.day, frame.reading.value, frame.due
    (True, Date(2016, 7, 31), 'exclusive', Date(2016, 7, 30))
    >>> parse_timeframe("chậm nhất ngày 15/11/2024").due  # "at the latest": the day itself
    Date(2024, 11, 15)
    """

    day: pendulum.Date = attrs.field(kw_only=True)
    reading: BeforeReading | None = attrs.field(default=None, kw_only=True)
    steps: tuple[ReasoningStep, ...] = attrs.field(default=(), kw_only=True)

    @property
    def due(self) -> pendulum.Date:
        if self.reading is BeforeReading.EXCLUSIVE:
            return shifted(self.day, days=-1)
        return self.day

    def with_reading(self, before: BeforeReading | str) -> Timeframe:
        if self.reading is None:
            return self
        return attrs.evolve(self, reading=as_choice(BeforeReading, before, "before"))


@attrs.frozen
class Recurring(Timeframe):
    """Something due again and again: "tháng 5 hằng năm", "trước ngày 15/11 hằng năm",
    "hằng năm", "định kỳ 2 năm/lần", "định kỳ 6 tháng", "hằng quý".

    ``every`` years; ``month`` and ``day`` pin each occurrence when the phrase
    gives them; ``reading`` applies to "trước ngày ..." occurrences. ``months``
    makes it due every so many months instead, once per period of the calendar
    year (6: each half-year, 3: each quarter, 1: each month), due on the period's
    last day.

    >>> from quanhelaodong.deadlines import parse_timeframe
    >>> frame = parse_timeframe("tháng 5 hằng năm")
    >>> frame.every, frame.month, [o.due.isoformat() for o in frame.occurrences(("2024-01-01", "2025-12-31"))]
    (1, 5, ['2024-05-31', '2025-05-31'])
    >>> parse_timeframe("định kỳ 2 năm/lần").every
    2
    >>> [o.due.isoformat() for o in parse_timeframe("định kỳ 6 tháng").occurrences(
    ...     ("2024-01-01", "2024-12-31"))]
    ['2024-06-30', '2024-12-31']
    """

    every: int = attrs.field(kw_only=True)
    month: int | None = attrs.field(default=None, kw_only=True)
    day: int | None = attrs.field(default=None, kw_only=True)
    reading: BeforeReading | None = attrs.field(default=None, kw_only=True)
    anchor_year: int | None = attrs.field(default=None, kw_only=True)
    months: int | None = attrs.field(default=None, kw_only=True)

    def occurrences(self, between: tuple[object, object]) -> list[DateRange | DueDate]:
        """The occurrences whose due day falls between the two dates (both included).

        An interval of several years counts from ``anchor_year`` (the reference
        year the phrase was read with), or else from the first year asked.

        >>> from quanhelaodong.deadlines import parse_timeframe
    >>> frame = parse_timeframe("trước ngày 15/11 hằng năm")
        >>> [o.due.isoformat() for o in frame.occurrences(("2023-01-01", "2024-12-31"))]
        ['2023-11-14', '2024-11-14']
        """
        low, high = as_between(between)
        anchor = self.anchor_year if self.anchor_year is not None else low.year
        found: list[DateRange | DueDate] = []
        # "trước ngày 01/01" falls due on 31 December: look one year further.
        for year in range(low.year, min(high.year + 2, 10000)):
            if (year - anchor) % self.every:
                continue
            for occurrence in self._in_year(year):
                if low <= occurrence.due <= high:
                    found.append(occurrence)
        return found

    def with_reading(self, before: BeforeReading | str) -> Timeframe:
        if self.reading is None:
            return self
        return attrs.evolve(self, reading=as_choice(BeforeReading, before, "before"))

    def _in_year(self, year: int) -> list[DateRange | DueDate]:
        if self.months is not None:
            periods = []
            for start in range(1, 13, self.months):
                first = pendulum.Date(year, start, 1)
                last = pendulum.Date(year, start + self.months - 1, 1).end_of("month")
                periods.append(date_range(f"{self.text} ({first.month:02d}/{year})",
                                          [(first, last)], self.tentative))
            return list(periods)
        return [self._once_in_year(year)]

    def _once_in_year(self, year: int) -> DateRange | DueDate:
        text = f"{self.text} ({year})"
        if self.month is not None and self.day is not None:
            # 29 February in a common year: the month's last day (Civil Code Art. 148(3)).
            last = pendulum.Date(year, self.month, 1).end_of("month").day
            return DueDate(text, day=pendulum.Date(year, self.month, min(self.day, last)),
                           reading=self.reading, tentative=self.tentative)
        if self.month is not None:
            first = pendulum.Date(year, self.month, 1)
            return date_range(text, [(first, first.end_of("month"))], self.tentative)
        return date_range(text, [(pendulum.Date(year, 1, 1), pendulum.Date(year, 12, 31))],
                      self.tentative)


@attrs.frozen
class Undated(Timeframe):
    """A phrase that sets no date: "Thường xuyên", "khẩn trương", "kịp thời", "định kỳ".

    >>> from quanhelaodong.deadlines import parse_timeframe
    >>> frame = parse_timeframe("Thường xuyên")
    >>> isinstance(frame, Undated), frame.kind.value, frame.start, frame.due
    (True, 'ongoing', None, None)
    """

    kind: UndatedKind = attrs.field(kw_only=True)


@attrs.frozen
class UnreadableTimeframe(Timeframe):
    """A phrase this library cannot read, kept as written with the reason: never a guessed date.

    ``needs_reference`` marks a phrase that only lacks its year ("trước ngày
    15/11"); :func:`anchor_timeframe` reads it once a reference day is known.

    >>> from quanhelaodong.deadlines import read_timeframe
    >>> frame = read_timeframe("Năm 2023 và các năm tiếp theo")
    >>> frame.due is None, frame.reason
    (True, 'unexpected text after a time phrase')
    """

    reason: str = attrs.field(kw_only=True)
    position: int = attrs.field(default=0, kw_only=True)
    needs_reference: bool = attrs.field(default=False, kw_only=True)

    def error(self) -> TimeframeParseError:
        """The error :func:`parse_timeframe` raises for this phrase."""
        return TimeframeParseError(self.text, self.position, self.reason)


@attrs.frozen
class RelativePeriod(Timeframe):
    """"trong 30 ngày kể từ <event>": a period counted from an event not yet dated.

    >>> from quanhelaodong.deadlines import parse_timeframe
    >>> frame = parse_timeframe("trong 30 ngày kể từ ngày nhận được đơn")
    >>> frame.amount, frame.unit.value, frame.event, frame.due
    (30, 'day', 'ngày nhận được đơn', None)
    >>> frame.resolve("2025-03-08").due  # day 30 is 7/4/2025, Giỗ Tổ Hùng Vương: the next working day
    Deadline(2025, 4, 8)
    """

    amount: int = attrs.field(kw_only=True, converter=as_amount)
    unit: PeriodUnit = attrs.field(kw_only=True)
    event: str = attrs.field(kw_only=True)

    def resolve(self, event_day: object, *, calendar: WorkingCalendar | None = None) -> DueDate:
        """The deadline once the event's day is known (Civil Code Art. 147(3), 148)."""
        deadline = period_end(event_day, self.amount, self.unit, calendar=calendar, event=self.event)
        return DueDate(self.text, day=deadline, steps=deadline.steps, tentative=self.tentative)


def date_range(text: str, segments: list[tuple[pendulum.Date, pendulum.Date]],
           tentative: bool) -> DateRange:
    return DateRange(text, first=min(a for a, _ in segments), last=max(b for _, b in segments),
                     segments=tuple(segments), tentative=tentative)
