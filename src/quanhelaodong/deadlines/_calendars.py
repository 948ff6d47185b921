"""Working-day calendars of Vietnamese state agencies and of employers.

Two actors count working days differently:

* **State agencies** (``WorkingCalendar.state()``), trade unions included, work a
  five-day week, Saturday and Sunday off (Quyết định 188/1999/QĐ-TTg). On top of the
  statutory holidays they follow the annual announcements for civil servants: the
  exact Tết days, the day next to National Day, compensatory days ("nghỉ bù") and
  swaps ("hoán đổi": a weekday off in exchange for a Saturday worked, "làm bù").
* **Employers** (``WorkingCalendar.employer()``) fix their own weekly rest day(s)
  (Labour Code 2019, Art. 111(2)) and choose their Tết days and second National
  Day each year (by default the state's choices); they observe the statutory
  holidays (Art. 112), and a holiday that falls on a weekly rest day gives the next
  working day off (Art. 111(3)). Civil-service swaps do not bind them.

Which days are off each year comes from :mod:`quanhelaodong.deadlines._days_off`;
this module turns them into an index of working days and counts over it.
:meth:`WorkingCalendar.coverage` says what backs a year.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.deadlines._days_off import (
    CalendarCoverage,
    CalendarKind,
    DayKind,
    DayOff,
    MakeUpDay,
    YearPlan,
    official_years,
    year_plan,
)
from quanhelaodong.deadlines._holiday_rules import NationalDayChoice, TetSplit
from quanhelaodong.deadlines._lunar import LAST_LUNAR_YEAR
from quanhelaodong.deadlines._vietnamese import WEEKDAYS_VI
from quanhelaodong.errors import InvalidValueError

__all__ = ["FIRST_YEAR", "LAST_YEAR", "WorkingCalendar", "checked_calendar", "day_off_reason_vi"]

#: First year the library computes calendars for (the 1994 Labour Code took effect), and
#: the last (the lunar tables of the ``holidays`` package end in 2100).
FIRST_YEAR, LAST_YEAR = 1995, LAST_LUNAR_YEAR
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _LabelWords(NamedTuple):
    """The words a calendar's label is made of, in one language."""

    state: str
    employer: str
    rest: str
    weekdays: tuple[str, ...]
    national_day: str
    #: What comes before a year a choice is keyed by ("năm 2025").
    year: str


_LABEL_WORDS_EN = _LabelWords("the state calendar", "the employer calendar", "rest", _WEEKDAYS,
                              "National Day", "")
_LABEL_WORDS_VI = _LabelWords("lịch làm việc của cơ quan nhà nước",
                              "lịch làm việc của người sử dụng lao động", "nghỉ hằng tuần", WEEKDAYS_VI,
                              "Quốc khánh", "năm ")
_MAX_ORDINAL = datetime.date.max.toordinal()


def _weekday_set(weekly_rest: Iterable[int]) -> frozenset[int]:
    try:
        days = frozenset(weekly_rest)
    except TypeError:
        raise InvalidValueError(
            f"weekly_rest must be a collection of weekdays, got {weekly_rest!r}") from None
    if any(isinstance(day, bool) or not isinstance(day, int) for day in days):  # not 5.0, not True
        raise InvalidValueError(f"weekly_rest must name weekdays as ints, got {weekly_rest!r}")
    if not days or not days <= set(range(7)):
        raise InvalidValueError(
            f"weekly_rest must name weekdays 0 (Monday) to 6 (Sunday), got {sorted(days)}"
        )
    if len(days) == 7:
        raise InvalidValueError("weekly_rest cannot cover the whole week")
    return days



def shifted(day: pendulum.Date, *, days: int = 0, weeks: int = 0, months: int = 0,
            years: int = 0) -> pendulum.Date:
    """``day`` moved by the amounts given, or an :class:`InvalidValueError` when the result
    leaves the dates a calendar holds (0001-01-01 to 9999-12-31): the one guard of every shift.

    >>> shifted(pendulum.Date(2024, 1, 31), months=1)
    Date(2024, 2, 29)
    >>> try: shifted(pendulum.Date(9999, 12, 31), days=1)
    ... except InvalidValueError as error: print(error)
    9999-12-31 moved by 1 day(s) leaves the dates a calendar can hold (0001-01-01 to 9999-12-31)
    """
    try:
        return day.add(days=days, weeks=weeks, months=months, years=years)
    except (OverflowError, ValueError):
        moves = ", ".join(f"{amount} {unit}(s)" for amount, unit in
                          ((years, "year"), (months, "month"), (weeks, "week"), (days, "day"))
                          if amount)
        raise InvalidValueError(f"{day.isoformat()} moved by {moves} leaves the dates a calendar "
                                "can hold (0001-01-01 to 9999-12-31)") from None


def as_between(between: object) -> tuple[pendulum.Date, pendulum.Date]:
    """Two days, the first and the last of a period, both included, in order.

    >>> try: as_between(("2024-01-01",))
    ... except InvalidValueError as error: print(error)
    between must be two days (the first and the last), got ('2024-01-01',)
    """
    if isinstance(between, (str, bytes)) or not isinstance(between, Sequence) or len(between) != 2:
        raise InvalidValueError(f"between must be two days (the first and the last), got "
                                f"{between!r}")
    low, high = as_date(between[0]), as_date(between[1])
    if high < low:
        raise InvalidValueError(f"between ends on {high}, before it begins on {low}")
    return low, high

@attrs.frozen
class _Snapshot:
    """Sorted ordinals of the working days of whole years ``first_year``..``last_year``.

    ``dates`` holds the same days as ready-made dates, so a lookup returns one
    without building it; ``low`` and ``high`` are the ordinals the snapshot spans.
    A snapshot never changes: a wider one replaces it, so a reader that took one
    sees a consistent index even while another thread widens it.
    """

    first_year: int = 0
    last_year: int = -1
    low: int = 0
    high: int = -1
    working: list[int] = attrs.Factory(list)
    dates: list[pendulum.Date] = attrs.Factory(list)


class _SharedIndex:
    def __init__(self) -> None:
        self.snapshot = _Snapshot()
        self.lock = threading.Lock()


def _from_ordinal(ordinal: int) -> pendulum.Date:
    day = datetime.date.fromordinal(ordinal)
    return pendulum.Date(day.year, day.month, day.day)


_RANGE_LOW = datetime.date(FIRST_YEAR, 1, 1).toordinal()
_RANGE_HIGH = datetime.date(LAST_YEAR, 12, 31).toordinal()


@functools.cache
def _shared_index(_key: object) -> _SharedIndex:
    return _SharedIndex()


_Choice = tuple[tuple[int, str], ...] | str | None


def _choice(value: object, options: type[TetSplit] | type[NationalDayChoice], what: str) -> _Choice:
    """One choice for every year, or a mapping from years to choices (other years: the state's)."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        pairs = []
        for year, option in value.items():
            if isinstance(year, bool) or not isinstance(year, int):
                raise InvalidValueError(f"{what} choices are keyed by year (an int), got {year!r}")
            if not FIRST_YEAR <= year <= LAST_YEAR:
                raise InvalidValueError(
                    f"{what} choice for {year}, outside the calendars' range {FIRST_YEAR}–{LAST_YEAR}")
            pairs.append((year, as_choice(options, option, what).value))
        return tuple(sorted(pairs))
    return as_choice(options, value, what).value


def _calendar_of_rules(kind: str, weekly_rest: tuple[int, ...], cultural_day: bool, in_lieu: bool,
                       tet: _Choice, national_day: _Choice) -> WorkingCalendar:
    """The calendar a pickled or copied one had the rules of (see ``WorkingCalendar.__reduce__``)."""
    return WorkingCalendar(CalendarKind(kind), weekly_rest, cultural_day=cultural_day,
                           cultural_day_in_lieu=in_lieu, tet=_as_given(tet),
                           national_day=_as_given(national_day))


def _as_given(choice: _Choice) -> Any:
    """A stored choice as the constructor takes it: one value, or a mapping from years."""
    return dict(choice) if isinstance(choice, tuple) else choice


class WorkingCalendar:
    """Which days are working days for one kind of actor, and arithmetic over them.

    >>> state = WorkingCalendar.state()
    >>> state.is_working_day(pendulum.Date(2025, 1, 27))  # Tết 2025
    False
    >>> state.add_working_days(pendulum.Date(2025, 3, 3), 7)
    Date(2025, 3, 12)
    """

    def __init__(self, kind: CalendarKind, weekly_rest: Iterable[int], *,
                 cultural_day: bool = True, cultural_day_in_lieu: bool = False,
                 tet: TetSplit | str | Mapping[int, TetSplit | str] | None = None,
                 national_day: NationalDayChoice | str | Mapping[int, NationalDayChoice | str] | None = None):
        self.kind = as_choice(CalendarKind, kind, "calendar kind")
        self.weekly_rest = _weekday_set(weekly_rest)
        self.cultural_day = bool(cultural_day)
        self.cultural_day_in_lieu = bool(cultural_day_in_lieu)
        if self.kind is CalendarKind.STATE and (tet is not None or national_day is not None):
            raise InvalidValueError("the state calendar takes the announced choices; "
                                    "Tết and National Day choices are an employer's")
        self._tet = _choice(tet, TetSplit, "Tết split")
        self._national_day = _choice(national_day, NationalDayChoice, "National Day choice")
        # Calendars with the same rules share one index of working days.
        self._index = _shared_index(self._key)

    @classmethod
    def state(cls, *, cultural_day: bool = True, cultural_day_in_lieu: bool = False) -> WorkingCalendar:
        """The calendar of state agencies and trade unions: Saturday and Sunday off,
        statutory holidays, and the official announcements for civil servants.

        ``cultural_day=False`` leaves out 24 November ("Ngày Văn hóa Việt Nam");
        ``cultural_day_in_lieu=True`` gives a day in lieu when it falls on a weekend,
        which no text is known to provide (off by default).

        >>> WorkingCalendar.state().is_working_day("2029-11-26")  # 24/11/2029 is a Saturday
        True
        >>> WorkingCalendar.state(cultural_day_in_lieu=True).is_working_day("2029-11-26")
        False
        """
        return cls(CalendarKind.STATE, (5, 6), cultural_day=cultural_day,
                   cultural_day_in_lieu=cultural_day_in_lieu)

    @classmethod
    def employer(cls, weekly_rest: Iterable[int] = (6,), *,
                 tet: TetSplit | str | Mapping[int, TetSplit | str] | None = None,
                 national_day: NationalDayChoice | str | Mapping[int, NationalDayChoice | str] | None = None,
                 cultural_day: bool = True, cultural_day_in_lieu: bool = False) -> WorkingCalendar:
        """An employer's calendar: ``weekly_rest`` as ``date.weekday()`` numbers (Sunday = 6),
        statutory holidays and the next-working-day rule, no civil-service swaps.

        ``tet`` ("1+4", "2+3" or "3+2") and ``national_day`` ("1/9" or "3/9") are the
        employer's choices, one for every year or a mapping from years; a year
        without one takes the state's choice of that year (announced, or projected).

        >>> factory = WorkingCalendar.employer()
        >>> factory.is_working_day(pendulum.Date(2024, 5, 4))  # a Saturday
        True
        >>> one_four = WorkingCalendar.employer(tet="1+4")  # 28 Chạp is not one of its days
        >>> factory.is_working_day("2025-01-27"), one_four.is_working_day("2025-01-27")
        (False, True)
        """
        return cls(CalendarKind.EMPLOYER, weekly_rest, cultural_day=cultural_day,
                   cultural_day_in_lieu=cultural_day_in_lieu, tet=tet, national_day=national_day)

    @property
    def label(self) -> str:
        """How explanations name this calendar: "the state calendar", "the employer calendar (...)".

        >>> WorkingCalendar.employer(weekly_rest=(5, 6), tet="1+4").label
        'the employer calendar (rest: Saturday, Sunday; Tết 1+4)'
        """
        return self._label_in(_LABEL_WORDS_EN)

    @property
    def label_vi(self) -> str:
        """How Vietnamese explanations name this calendar.

        >>> WorkingCalendar.state().label_vi
        'lịch làm việc của cơ quan nhà nước'
        >>> WorkingCalendar.employer(weekly_rest=(5, 6), tet="1+4").label_vi
        'lịch làm việc của người sử dụng lao động (nghỉ hằng tuần: thứ Bảy, Chủ nhật; Tết 1+4)'
        """
        return self._label_in(_LABEL_WORDS_VI)

    def _label_in(self, words: _LabelWords) -> str:
        if self.kind is CalendarKind.STATE:
            return words.state
        parts = [f"{words.rest}: " + ", ".join(words.weekdays[day] for day in sorted(self.weekly_rest))]
        for what, value in (("Tết", self._tet), (words.national_day, self._national_day)):
            if isinstance(value, str):
                parts.append(f"{what} {value}")
            elif value:
                parts.append(f"{what} " + ", ".join(f"{words.year}{year}: {choice}"
                                                    for year, choice in value))
        return f"{words.employer} ({'; '.join(parts)})"

    def __repr__(self) -> str:
        rest = ",".join(str(day) for day in sorted(self.weekly_rest))
        extra = "".join(f", {name}={value!r}" for name, value in
                        (("tet", self._tet), ("national_day", self._national_day)) if value is not None)
        return (f"WorkingCalendar({self.kind.value!r}, weekly_rest=({rest}), "
                f"cultural_day={self.cultural_day}, cultural_day_in_lieu={self.cultural_day_in_lieu}"
                f"{extra})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkingCalendar):
            return NotImplemented
        return self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __reduce__(self) -> tuple[Any, ...]:
        # The index of working days is shared and holds a lock: a copy carries the rules
        # only, and finds (or builds) the index for them when it is made.
        return (_calendar_of_rules, (self.kind.value, tuple(self.weekly_rest), self.cultural_day,
                                     self.cultural_day_in_lieu, self._tet, self._national_day))

    @property
    def _key(self) -> tuple[object, ...]:
        return (self.kind, self.weekly_rest, self.cultural_day, self.cultural_day_in_lieu,
                self._tet, self._national_day)

    def _plan(self, year: int) -> YearPlan:
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidValueError(f"a year must be an int, got {year!r}")
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise InvalidValueError(
                f"year {year} is outside the calendars' range {FIRST_YEAR}–{LAST_YEAR}")
        rest = self.weekly_rest if self.kind is CalendarKind.EMPLOYER else frozenset()
        return year_plan(year, self.kind, rest, self._tet, self._national_day, self.cultural_day,
                         self.cultural_day_in_lieu)

    def holidays_in(self, year: int) -> tuple[DayOff, ...]:
        """Days off in ``year`` besides the weekly rest, with Vietnamese and English names.

        >>> days = WorkingCalendar.state().holidays_in(2024)
        >>> [(d.date.isoformat(), d.kind.value) for d in days][-4:]
        [('2024-04-30', 'statutory'), ('2024-05-01', 'statutory'),
         ('2024-09-02', 'statutory'), ('2024-09-03', 'statutory')]
        """
        return self._plan(year).days_off

    def make_up_days_in(self, year: int) -> tuple[MakeUpDay, ...]:
        """Weekly rest days worked in ``year`` ("làm bù"); none for an employer calendar."""
        return self._plan(year).make_up

    def coverage(self, year: int) -> CalendarCoverage:
        """What backs ``year``: official announcements, press reports, or projections.

        >>> WorkingCalendar.state().coverage(2024).value, WorkingCalendar.state().coverage(2031).value
        ('official', 'projected')
        """
        return self._plan(year).coverage

    def official_years(self) -> tuple[int, ...]:
        """Years whose announcements the library's table records (state calendar only); how well
        each is backed (official page, press, secondary copies) is :meth:`coverage`'s answer."""
        return official_years() if self.kind is CalendarKind.STATE else ()

    def is_working_day(self, day: object) -> bool:
        """Whether ``day`` is a working day on this calendar."""
        ordinal = (day if type(day) is pendulum.Date else as_date(day)).toordinal()
        working = self._cover(ordinal, ordinal).working
        index = bisect.bisect_left(working, ordinal)
        return index < len(working) and working[index] == ordinal

    def _cover(self, low: int, high: int) -> _Snapshot:
        """A snapshot of the working-day index spanning the years of ordinals ``low``..``high``."""
        shared = self._index
        snapshot = shared.snapshot
        if snapshot.low <= low and high <= snapshot.high:
            return snapshot
        if low < _RANGE_LOW or high > _RANGE_HIGH:
            first = datetime.date.fromordinal(max(low, 1)).year
            last = datetime.date.fromordinal(min(high, _MAX_ORDINAL)).year
            years = f"the year {first} is" if first == last else f"the years {first}–{last} are"
            raise InvalidValueError(f"{years} outside the calendars' range {FIRST_YEAR}–{LAST_YEAR}")
        with shared.lock:
            snapshot = shared.snapshot
            if snapshot.low <= low and high <= snapshot.high:
                return snapshot
            first = datetime.date.fromordinal(low).year
            last = datetime.date.fromordinal(high).year
            if snapshot.working:
                # Grow by at least the span already held, so days asked year after year
                # (a rule recurring over decades) rebuild the index a few times, not every year.
                span = snapshot.last_year - snapshot.first_year + 1
                first = (max(FIRST_YEAR, min(first, snapshot.first_year - span))
                         if first < snapshot.first_year else snapshot.first_year)
                last = (min(LAST_YEAR, max(last, snapshot.last_year + span))
                        if last > snapshot.last_year else snapshot.last_year)
            working = []
            for year in range(first, last + 1):
                plan = self._plan(year)
                off = {d.date.toordinal() for d in plan.days_off}
                worked = {m.date.toordinal() for m in plan.make_up}
                for ordinal in range(datetime.date(year, 1, 1).toordinal(),
                                     datetime.date(year, 12, 31).toordinal() + 1):
                    weekday = (ordinal + 6) % 7  # ordinal 1 (1 January of year 1) is a Monday
                    if ordinal in worked or (weekday not in self.weekly_rest and ordinal not in off):
                        working.append(ordinal)
            snapshot = _Snapshot(first, last, datetime.date(first, 1, 1).toordinal(),
                                 datetime.date(last, 12, 31).toordinal(), working,
                                 [_from_ordinal(ordinal) for ordinal in working])
            shared.snapshot = snapshot
            return snapshot

    def add_working_days(self, day: object, count: int) -> pendulum.Date:
        """The ``count``-th working day after ``day`` (before it if ``count`` is negative).

        ``day`` itself is never counted (Civil Code 2015 Art. 147: a period starts
        on the next day); ``count == 0`` returns ``day`` unchanged.

        >>> WorkingCalendar.state().add_working_days(pendulum.Date(2025, 1, 24), 1)
        Date(2025, 2, 3)
        >>> WorkingCalendar.state().add_working_days(pendulum.Date(2025, 2, 3), -1)
        Date(2025, 1, 24)
        """
        start = day if type(day) is pendulum.Date else as_date(day)
        if isinstance(count, bool) or not isinstance(count, int):
            raise InvalidValueError(f"a number of working days must be an int, got {count!r}")
        if count == 0:
            return start
        ordinal = start.toordinal()
        snapshot = self._index.snapshot
        if count > 0 and snapshot.low <= ordinal and ordinal + 2 * count + 30 <= snapshot.high:
            # The common case, kept free of calls: the index already spans the answer.
            found = bisect.bisect_right(snapshot.working, ordinal) - 1 + count
            if found < len(snapshot.working):
                return snapshot.dates[found]
        span = 2 * abs(count) + 30
        while True:
            # The window grows until it holds the answer, but never past the range.
            low = max(ordinal - span, _RANGE_LOW) if count < 0 else ordinal
            high = min(ordinal + span, _RANGE_HIGH) if count > 0 else ordinal
            snapshot = self._cover(low, high)
            if count > 0:
                index = bisect.bisect_right(snapshot.working, ordinal) - 1 + count
            else:
                index = bisect.bisect_left(snapshot.working, ordinal) + count
            if 0 <= index < len(snapshot.working):
                return snapshot.dates[index]
            if (count > 0 and high == _RANGE_HIGH) or (count < 0 and low == _RANGE_LOW):
                raise InvalidValueError(
                    f"{count} working days from {start} leave the calendars' range "
                    f"{FIRST_YEAR}–{LAST_YEAR}")
            span *= 2

    def next_working_day(self, day: object) -> pendulum.Date:
        """The first working day strictly after ``day``."""
        return self.add_working_days(day, 1)

    def previous_working_day(self, day: object) -> pendulum.Date:
        """The last working day strictly before ``day``."""
        return self.add_working_days(day, -1)

    def roll_forward(self, day: object) -> pendulum.Date:
        """``day`` if it is a working day, else the next one (Civil Code Art. 148(5))."""
        start = as_date(day)
        return start if self.is_working_day(start) else self.next_working_day(start)

    def roll_backward(self, day: object) -> pendulum.Date:
        """``day`` if it is a working day, else the previous one."""
        start = as_date(day)
        return start if self.is_working_day(start) else self.previous_working_day(start)

    def working_days_between(self, start: object, end: object) -> int:
        """Working-day steps from ``start`` to ``end``.

        For ``end >= start``: the working days ``d`` with ``start < d <= end``; for
        ``end < start``: minus the working days with ``end <= d < start``. So
        ``working_days_between(a, add_working_days(a, n)) == n`` for every ``n``.

        >>> WorkingCalendar.state().working_days_between(pendulum.Date(2025, 3, 3),
        ...                                              pendulum.Date(2025, 3, 12))
        7
        """
        low, high = as_date(start).toordinal(), as_date(end).toordinal()
        working = self._cover(min(low, high), max(low, high)).working
        if high >= low:
            return bisect.bisect_right(working, high) - bisect.bisect_right(working, low)
        return -(bisect.bisect_left(working, low) - bisect.bisect_left(working, high))


def checked_calendar(value: object, what: str = "calendar") -> WorkingCalendar:
    """``value`` if it is a :class:`WorkingCalendar`, else the library's error naming ``what``."""
    if not isinstance(value, WorkingCalendar):
        raise InvalidValueError(f"{what} must be a WorkingCalendar, got {value!r}")
    return value


def day_off_reason_vi(calendar: WorkingCalendar, day: pendulum.Date) -> str:
    """Why ``day`` is not a working day on ``calendar``, as the Labour Code names days off.

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> day_off_reason_vi(WorkingCalendar.state(), pendulum.Date(2025, 1, 28))
    'ngày nghỉ lễ, tết (Tết Nguyên Đán (29 tháng Chạp)) theo lịch làm việc của cơ quan nhà nước'
    >>> day_off_reason_vi(WorkingCalendar.state(), pendulum.Date(2025, 1, 25))
    'ngày nghỉ hằng tuần theo lịch làm việc của cơ quan nhà nước'
    """
    kinds = {DayKind.STATUTORY: "ngày nghỉ lễ, tết", DayKind.COMPENSATORY: "ngày nghỉ bù",
             DayKind.SWAP: "ngày nghỉ hoán đổi"}
    for off in calendar.holidays_in(day.year):
        if off.date == day:
            return f"{kinds[off.kind]} ({off.name_vi}) theo {calendar.label_vi}"
    return f"ngày nghỉ hằng tuần theo {calendar.label_vi}"
