"""Which days are off in a year on one kind of calendar, why, and what backs it.

The statutory holidays and their days in lieu follow from the Labour Code and the
year's two choices, the Tết split and the second National Day
(:mod:`~quanhelaodong.deadlines._holiday_rules`). Whose choices:

* the **state** calendar takes the choices and the swaps ("hoán đổi", with a
  Saturday worked, "làm bù") announced for the civil service, from the library's
  table ``deadlines/data/official_days.json``, where every entry cites its
  document; a year the table lacks is projected (:func:`projected_tet`,
  :func:`projected_national_day`), with the swaps the ``holidays`` package records;
* an **employer** calendar takes the employer's own choices, by default the
  state's of the year; swaps never bind it.

:class:`CalendarCoverage` says for each year whether it rests on official
announcements, on press reports, or on projections.
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

from quanhelaodong._fields import as_date
from quanhelaodong.deadlines._holiday_rules import (
    NationalDayChoice,
    TetSplit,
    days_off,
    projected_national_day,
    projected_tet,
    statutory_holidays,
)

__all__ = [
    "CalendarCoverage",
    "CalendarKind",
    "DayKind",
    "DayOff",
    "MakeUpDay",
    "YearPlan",
    "official_years",
    "state_choices",
    "year_plan",
]


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
    >>> days = WorkingCalendar.state().holidays_in(2023)
    >>> [(day.date.isoformat(), day.kind.value) for day in days if "Nguyên Đán" in day.name_vi][-3:]
    [('2023-01-24', 'statutory'), ('2023-01-25', 'compensatory'), ('2023-01-26', 'compensatory')]
    """

    #: A holiday of the Labour Code (as the year's Tết and National Day choices fix it).
    STATUTORY = "statutory"
    #: "nghỉ bù": a holiday fell on a weekly rest day; the next working day is off in lieu.
    COMPENSATORY = "compensatory"
    #: "hoán đổi": a working day given off in exchange for a weekend day worked.
    SWAP = "swap"


class CalendarCoverage(enum.StrEnum):
    """What backs a calendar year: official announcements, press reports, or projections.

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> state = WorkingCalendar.state()
    >>> [state.coverage(year).value for year in (2019, 2022, 2024, 2025, 2027)]
    ['package', 'projected', 'official', 'press', 'partial']
    >>> WorkingCalendar.employer(tet="2+3", national_day="1/9").coverage(2030).value
    'rules'
    """

    #: Announced, and every announced arrangement was seen on an official page.
    OFFICIAL = "official"
    #: Announced, but some arrangements were seen only in press reports or secondary copies.
    PRESS = "press"
    #: Only some arrangements are announced (seen in press or secondary copies); the rest is projected.
    PARTIAL = "partial"
    #: Projected, with the swaps the ``holidays`` package records (not checked here).
    PACKAGE = "package"
    #: No announcement known: the statutory rules and the state's projected choices.
    PROJECTED = "projected"
    #: An employer whose own choices are given: the year follows from the rules alone.
    RULES = "rules"


@attrs.frozen
class DayOff:
    """A day off besides the weekly rest, with its names, the reason and its source.

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> tet = WorkingCalendar.state().holidays_in(2025)[1]
    >>> tet.date, tet.name_vi, tet.kind
    (Date(2025, 1, 27), 'Tết Nguyên Đán (28 tháng Chạp)', <DayKind.STATUTORY: 'statutory'>)
    >>> print(tet.source)
    Bộ luật Lao động 2019 (45/2019/QH14), Điều 112(1)(b);
    split 2+3 announced by 8726/VPCP-KGVX, 6150/TB-BLĐTBXH [S]
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


def _documents_note(entry: dict[str, Any], numbers: list[str]) -> str:
    confidence = {doc["number"]: doc["confidence"] for doc in entry["documents"]}
    best = "C" if any(confidence.get(number) == "C" for number in numbers) else (
        "S" if any(confidence.get(number) == "S" for number in numbers) else "S*")
    return f"{', '.join(numbers)} [{best}]"


def _announced_coverage(entry: dict[str, Any]) -> CalendarCoverage:
    if not entry["complete"]:
        return CalendarCoverage.PARTIAL
    dated = [b["confidence"] for b in entry["breaks"] if b["documents"]]
    return CalendarCoverage.OFFICIAL if all(c == "C" for c in dated) else CalendarCoverage.PRESS


@functools.cache
def state_choices(year: int) -> tuple[TetSplit, str, NationalDayChoice, str, CalendarCoverage]:
    """The state's Tết split and second National Day of ``year``, each with its basis, and their coverage."""
    entry = _official_table().get(year)
    if entry is None or "choices" not in entry:
        projection = "as the state usually chooses (projection, not announced)"
        return (projected_tet(year), projection, projected_national_day(year), projection,
                CalendarCoverage.PROJECTED)
    tet, national = entry["choices"]["tet"], entry["choices"]["national_day"]
    coverage = _announced_coverage(entry)
    if coverage is CalendarCoverage.PARTIAL:
        coverage = CalendarCoverage.PRESS  # the choices themselves are announced
    return (TetSplit(tet["split"]), f"split {tet['split']} announced by "
            f"{_documents_note(entry, tet['documents'])}", NationalDayChoice(national["day"]),
            f"{national['day']} announced by {_documents_note(entry, national['documents'])}",
            coverage)


@functools.cache
def _package_swap_pairs() -> tuple[tuple[datetime.date, datetime.date], ...]:
    """(day off, Saturday worked) pairs from the ``holidays`` package's Vietnam table."""
    # Data of the package rather than API: without it, years fall back on the rules alone.
    # Imported here, not at the top: the package loads every country's tables on import
    # (about 70 ms), which a program that never counts working days should not pay.
    from holidays.countries.vietnam import VietnamStaticHolidays

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
    swaps = [
        DayOff(as_date(off), f"Ngày nghỉ hoán đổi (làm bù ngày {worked:%d/%m/%Y})",
               f"Day off swapped with {worked:%d/%m/%Y}", DayKind.SWAP, source)
        for off, worked in _package_swap_pairs() if off.year == year
    ]
    make_up = [MakeUpDay(as_date(worked), as_date(off), source)
               for off, worked in _package_swap_pairs() if worked.year == year]
    return swaps, make_up


def _plan_days(year: int, weekly_rest: frozenset[int], tet: tuple[TetSplit, str],
               national_day: tuple[NationalDayChoice, str], cultural_day: bool,
               cultural_day_in_lieu: bool) -> dict[datetime.date, DayOff]:
    holidays = statutory_holidays(year, tet[0], national_day[0], cultural_day=cultural_day,
                                  tet_note=tet[1], national_day_note=national_day[1])
    found = {}
    for day, vi, en, in_lieu, source in days_off(holidays, weekly_rest,
                                                cultural_day_in_lieu=cultural_day_in_lieu):
        if day.year == year:
            found[day] = DayOff(as_date(day), vi, en, DayKind.COMPENSATORY if in_lieu else DayKind.STATUTORY,
                                source)
    return found


@functools.cache
def year_plan(year: int, kind: CalendarKind, weekly_rest: frozenset[int], tet: object,
              national_day: object, cultural_day: bool, cultural_day_in_lieu: bool) -> YearPlan:
    """The plan of ``year``; ``tet`` and ``national_day`` are an employer's choices (see ``_pick``)."""
    state_tet, tet_basis, state_national, national_basis, state_coverage = state_choices(year)
    if kind is CalendarKind.STATE:
        days = _plan_days(year, frozenset((5, 6)), (state_tet, tet_basis),
                          (state_national, national_basis), cultural_day, cultural_day_in_lieu)
        entry = _official_table().get(year)
        make_up: list[MakeUpDay] = []
        if entry is not None:
            coverage = _announced_coverage(entry)
            for item in entry.get("days_off", ()):
                day = as_date(item["date"])
                days[day] = DayOff(day, item["name_vi"], item["name_en"], DayKind(item["kind"]),
                                   item["source"])
            make_up = [MakeUpDay(as_date(item["date"]), as_date(item["replaces"]), item["source"])
                       for item in entry.get("make_up_days", ())]
        else:
            swaps, make_up = _package_swaps(year)
            days.update({swap.date: swap for swap in swaps})
            coverage = CalendarCoverage.PACKAGE if swaps or make_up else CalendarCoverage.PROJECTED
        return YearPlan(tuple(days[day] for day in sorted(days)),
                        tuple(sorted(make_up, key=lambda m: m.date)), coverage)
    own_tet, own_national = _pick(tet, year), _pick(national_day, year)
    chosen_tet = ((TetSplit(own_tet), f"the employer's choice ({own_tet})") if own_tet is not None
                  else (state_tet, f"the state's choice, by default: {tet_basis}"))
    chosen_national = ((NationalDayChoice(own_national), f"the employer's choice ({own_national})")
                       if own_national is not None else
                       (state_national, f"the state's choice, by default: {national_basis}"))
    days = _plan_days(year, weekly_rest, chosen_tet, chosen_national, cultural_day, cultural_day_in_lieu)
    # Choices the code of the year does not offer (five Tết days from 2013, a second
    # National Day from 2021) need no one to make them.
    needs_tet = own_tet is None and year >= 2014
    needs_national = own_national is None and year >= 2021
    coverage = state_coverage if needs_tet or needs_national else CalendarCoverage.RULES
    return YearPlan(tuple(days[day] for day in sorted(days)), (), coverage)


def _pick(choice: object, year: int) -> str | None:
    """An employer's choice for ``year``: one for every year, or a tuple of (year, choice) pairs."""
    if choice is None:
        return None
    if isinstance(choice, tuple):
        return dict(choice).get(year)
    return str(choice)


def official_years() -> tuple[int, ...]:
    """Years whose announcements the library's table records (``coverage`` says how well each is backed).

    >>> 2025 in official_years()
    True
    """
    return tuple(sorted(_official_table()))
