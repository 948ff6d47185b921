"""Which days are off in a year, and why: statutory holidays, days in lieu, official swaps.

Statutory rules and lunar dates come from the ``holidays`` package (its Vietnam
calendar computes lunar dates at UTC+7, so Tết 2007 and 2030 fall where the
Vietnamese, not the Chinese, calendar puts them). The announcements for civil
servants come from the library's own table, ``deadlines/data/official_days.json``,
where every entry cites its document; years it does not cover fall back on the
swaps the ``holidays`` package knows, and otherwise on the rules alone.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
from importlib import resources
from typing import Any

import attrs
import pendulum
from holidays.countries.vietnam import Vietnam, VietnamStaticHolidays

from quanhelaodong._fields import as_date

__all__ = [
    "CULTURAL_DAY_EFFECTIVE",
    "CalendarCoverage",
    "CalendarKind",
    "DayKind",
    "DayOff",
    "MakeUpDay",
    "YearPlan",
    "official_years",
    "year_plan",
]

#: 24 November, "Ngày Văn hóa Việt Nam", is a paid day off by Nghị quyết 28/2026/QH16
#: (Art. 2), in force from this date; Labour Code Art. 112(1) itself was not amended.
#: The resolution was seen only through secondary copies (docs/research), so the rule
#: can be switched off (``cultural_day=False``). The ``holidays`` package adds the day
#: from 2026, consistent with this date.
CULTURAL_DAY_EFFECTIVE = pendulum.Date(2026, 7, 1)
_CULTURAL_DAY_NAME_VI = "Ngày Văn hóa Việt Nam"
_CULTURAL_DAY_SOURCE = ("Nghị quyết 28/2026/QH16, Điều 2 (seen through secondary copies); "
                        "a day in lieu for a weekend 24/11 is not settled")


def _source(name_vi: str, default: str) -> str:
    return _CULTURAL_DAY_SOURCE if _CULTURAL_DAY_NAME_VI in name_vi else default


class CalendarKind(enum.StrEnum):
    """Whose working days a calendar follows: state agencies (and trade unions), or an employer.

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> WorkingCalendar.state().kind, WorkingCalendar.employer().kind
    (<CalendarKind.STATE: 'state'>, <CalendarKind.EMPLOYER: 'employer'>)
    >>> WorkingCalendar.employer().make_up_days_in(2025)  # civil-service swaps bind the state only
    ()
    """

    STATE = "state"
    EMPLOYER = "employer"


class DayKind(enum.StrEnum):
    """Why a day is off.

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> days = WorkingCalendar.state().holidays_in(2025)
    >>> {day.date.isoformat(): day.kind.value for day in days if day.kind is not DayKind.STATUTORY}
    {'2025-01-27': 'compensatory', '2025-05-02': 'swap'}
    """

    #: A day named by Labour Code 2019 Art. 112 (as the year's Tết and 2/9 choices fix it).
    STATUTORY = "statutory"
    #: "nghỉ bù": a statutory day fell on a weekly rest day; the next working day is off.
    COMPENSATORY = "compensatory"
    #: "hoán đổi": a working day given off in exchange for a weekend day worked.
    SWAP = "swap"


class CalendarCoverage(enum.StrEnum):
    """What backs a calendar year.

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> state = WorkingCalendar.state()
    >>> [state.coverage(year).value for year in (2019, 2022, 2025, 2027)]
    ['package', 'rules', 'official', 'partial']
    """

    #: Checked against the official announcements for the year (the library's table).
    OFFICIAL = "official"
    #: Only some of the year's arrangements are announced (and checked) yet.
    PARTIAL = "partial"
    #: Swaps as known to the ``holidays`` package, not checked by this library.
    PACKAGE = "package"
    #: Statutory rules only: no announcement is known for the year yet.
    RULES = "rules"


@attrs.frozen
class DayOff:
    """A day off besides the weekly rest, with its names and the reason.

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> tet = WorkingCalendar.state().holidays_in(2025)[3]
    >>> tet.date, tet.name_vi, tet.kind, tet.source
    (Date(2025, 1, 29), 'Tết Nguyên Đán', <DayKind.STATUTORY: 'statutory'>,
     'Labour Code 2019 Art. 112 (via python-holidays)')
    """

    date: pendulum.Date
    name_vi: str
    name_en: str
    kind: DayKind
    source: str


@attrs.frozen
class MakeUpDay:
    """A weekly rest day worked in exchange for a swapped day off ("làm bù").

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> (saturday,) = WorkingCalendar.state().make_up_days_in(2025)
    >>> saturday.date, saturday.replaces, saturday.source
    (Date(2025, 4, 26), Date(2025, 5, 2), '8726/VPCP-KGVX of 2024-11-26 [S]')
    >>> WorkingCalendar.state().is_working_day(saturday.date)
    True
    """

    date: pendulum.Date
    replaces: pendulum.Date
    source: str


@attrs.frozen
class YearPlan:
    """The days off and make-up days of one year on one kind of calendar, and what backs them."""

    days_off: tuple[DayOff, ...]
    make_up: tuple[MakeUpDay, ...]
    coverage: CalendarCoverage


@functools.cache
def _official_table() -> dict[int, dict[str, Any]]:
    raw = resources.files("quanhelaodong.deadlines").joinpath("data", "official_days.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return {int(year): entry for year, entry in data["years"].items()}


def _expand(calendar: Vietnam, year: int) -> None:
    # Looking a date up makes the package compute that year (its documented auto-expansion).
    _ = datetime.date(year, 1, 1) in calendar


def _statutory(year: int, *, observed: bool, cultural_day: bool) -> dict[datetime.date, tuple[str, str]]:
    """Statutory days of ``year`` from the ``holidays`` package, without its swap table.

    With ``observed``, a holiday on Saturday or Sunday moves as the package's
    state-calendar rules move it (compensatory days).
    """
    names: dict[datetime.date, tuple[str, str]] = {}
    by_language = []
    for language in ("vi", "en_US"):
        calendar = Vietnam(observed=observed, language=language)  # type: ignore[no-untyped-call]
        # The swaps are announcements, not rules: they come from our own table.
        calendar.special_public_holidays = {}
        _expand(calendar, year)
        by_language.append(dict(calendar.items()))
    vietnamese, english = by_language
    for day, name_vi in vietnamese.items():
        if day.year != year:
            continue
        if _CULTURAL_DAY_NAME_VI in name_vi and (not cultural_day or day < CULTURAL_DAY_EFFECTIVE):
            continue
        names[day] = (str(name_vi), str(english.get(day, name_vi)))
    return names


@functools.cache
def _package_swap_pairs() -> tuple[tuple[datetime.date, datetime.date], ...]:
    """(day off, Saturday worked) pairs from the ``holidays`` package's Vietnam table."""
    # Data of the package rather than API: without it, years fall back on the rules alone.
    table: dict[int, Any] = getattr(VietnamStaticHolidays, "special_public_holidays", {})
    pairs = []
    for year, entries in table.items():
        flat: tuple[tuple[int, ...], ...] = entries if isinstance(entries[0], tuple) else (entries,)
        for entry in flat:
            if len(entry) < 4:  # a one-off holiday, not a swap
                continue
            to_month, to_day, from_month, from_day, *from_year = entry
            pairs.append((datetime.date(year, to_month, to_day),
                          datetime.date(from_year[0] if from_year else year, from_month, from_day)))
    return tuple(sorted(pairs))


def _package_swaps(year: int) -> tuple[list[DayOff], list[MakeUpDay]]:
    source = "python-holidays, Vietnam special holidays table (not checked by this library)"
    days_off = [
        DayOff(as_date(off), f"Ngày nghỉ hoán đổi (làm bù ngày {worked:%d/%m/%Y})",
               f"Day off swapped with {worked:%d/%m/%Y}", DayKind.SWAP, source)
        for off, worked in _package_swap_pairs() if off.year == year
    ]
    make_up = [
        MakeUpDay(as_date(worked), as_date(off), source)
        for off, worked in _package_swap_pairs() if worked.year == year
    ]
    return days_off, make_up


@functools.cache
def year_plan(year: int, kind: CalendarKind, weekly_rest: frozenset[int],
               cultural_day: bool) -> YearPlan:
    if kind is CalendarKind.EMPLOYER:
        return _employer_year(year, weekly_rest, cultural_day)
    return _state_year(year, cultural_day)


def _state_year(year: int, cultural_day: bool) -> YearPlan:
    raw = _statutory(year, observed=False, cultural_day=cultural_day)
    moved = _statutory(year, observed=True, cultural_day=cultural_day)
    rules_source = "Labour Code 2019 Art. 112 (via python-holidays)"
    days_off = {
        day: DayOff(as_date(day), vi, en,
                    DayKind.STATUTORY if day in raw else DayKind.COMPENSATORY,
                    _source(vi, rules_source))
        for day, (vi, en) in moved.items()
    }
    make_up: list[MakeUpDay] = []
    table = _official_table().get(year)
    if table is not None:
        coverage = CalendarCoverage(table["coverage"])
        for entry in table.get("not_off", ()):
            days_off.pop(datetime.date.fromisoformat(entry["date"]), None)
        for entry in table.get("days_off", ()):
            day = as_date(entry["date"])
            days_off[day] = DayOff(day, entry["name_vi"], entry["name_en"],
                                   DayKind(entry["kind"]), entry["source"])
        for entry in table.get("make_up_days", ()):
            make_up.append(MakeUpDay(as_date(entry["date"]), as_date(entry["replaces"]),
                                     entry["source"]))
    else:
        swaps, make_up = _package_swaps(year)
        coverage = CalendarCoverage.PACKAGE if swaps or make_up else CalendarCoverage.RULES
        days_off.update({swap.date: swap for swap in swaps})
    ordered = tuple(days_off[day] for day in sorted(days_off))
    return YearPlan(ordered, tuple(sorted(make_up, key=lambda m: m.date)), coverage)


def _employer_year(year: int, weekly_rest: frozenset[int], cultural_day: bool) -> YearPlan:
    raw = _statutory(year, observed=False, cultural_day=cultural_day)
    # A holiday on a weekly rest day at the end of the previous year moves into this one.
    previous = _statutory(year - 1, observed=False, cultural_day=cultural_day)
    source = "Labour Code 2019 Art. 112 (via python-holidays)"
    days_off: dict[datetime.date, DayOff] = {
        day: DayOff(as_date(day), vi, en, DayKind.STATUTORY, _source(vi, source))
        for day, (vi, en) in raw.items()
    }
    taken = set(previous) | set(raw)
    for day, (vi, en) in sorted({**previous, **raw}.items()):
        if day.weekday() not in weekly_rest:
            continue
        moved = day + datetime.timedelta(days=1)
        while moved.weekday() in weekly_rest or moved in taken:
            moved += datetime.timedelta(days=1)
        taken.add(moved)
        if moved.year == year:
            days_off[moved] = DayOff(as_date(moved), f"{vi} (nghỉ bù)", f"{en} (in lieu)",
                                     DayKind.COMPENSATORY,
                                     _source(vi, "Labour Code 2019 Art. 111(3)"))
    ordered = tuple(days_off[day] for day in sorted(days_off))
    return YearPlan(ordered, (), CalendarCoverage.RULES)


def official_years() -> tuple[int, ...]:
    """Years whose announcements this library has checked against the official texts.

    >>> 2025 in official_years()
    True
    """
    return tuple(sorted(_official_table()))
