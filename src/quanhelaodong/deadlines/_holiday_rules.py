"""The statutory holidays of a year, given the year's choices, and their days in lieu.

Which Labour Code applies is decided by each holiday's date (the rules are gated
by the day each code took effect):

* Bộ luật Lao động 1994, as amended (Art. 73), until 30 April 2013: 1/1, four Tết
  days, 30/4, 1/5, 2/9 and, from 2007, Giỗ Tổ Hùng Vương (Luật 84/2007/QH11);
* Bộ luật Lao động 2012 (Art. 115), from 1 May 2013: five Tết days;
* Bộ luật Lao động 2019 (Art. 112), from 1 January 2021: 2/9 and one day
  immediately before or after it.

Two holidays are chosen each year (Art. 112(3)): which five days make Tết (a
:class:`TetSplit`: days before New Year's Day and days from it) and whether the
second National Day is 1/9 or 3/9 (:class:`NationalDayChoice`). The state's
choices come from the announcements (``_days_off``); an employer makes its own.
A holiday on a weekly rest day gives the next working day off (Art. 111(3)),
except 24 November, which Art. 111(3) does not name (see :func:`days_off`).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable

import attrs
import pendulum

from quanhelaodong.deadlines._lunar import hung_kings_day, last_month_length, new_year_day
from quanhelaodong.deadlines._sources import cite, cite_ref

__all__ = ["CULTURAL_DAY_EFFECTIVE", "Holiday", "NationalDayChoice", "TetSplit", "days_off",
           "projected_national_day", "projected_tet", "statutory_holidays", "tet_days"]

#: 24 November, "Ngày Văn hóa Việt Nam", is a paid day off by Nghị quyết 28/2026/QH16
#: (Art. 2), in force from this date; Labour Code Art. 112(1) itself was not amended.
#: The resolution was seen only through secondary copies (docs/research), so the rule
#: can be switched off (``cultural_day=False``).
CULTURAL_DAY_EFFECTIVE = pendulum.Date(2026, 7, 1)
_CODE_2012 = datetime.date(2013, 5, 1)
_CODE_2019 = datetime.date(2021, 1, 1)
_HUNG_KINGS_SINCE = 2007


class TetSplit(enum.StrEnum):
    """Which five days make Tết: days at the end of the lunar year, then days from New Year's Day.

    The yearly notices let an employer choose one of three splits; the state picks
    one for the civil service each year.

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> TetSplit.THREE_TWO.before, TetSplit.THREE_TWO.after
    (3, 2)
    >>> days = WorkingCalendar.employer(tet=TetSplit.ONE_FOUR).holidays_in(2025)
    >>> [d.date.isoformat() for d in days if d.name_en.startswith("Lunar")][:2]
    ['2025-01-28', '2025-01-29']
    """

    ONE_FOUR = "1+4"
    TWO_THREE = "2+3"
    THREE_TWO = "3+2"

    @property
    def before(self) -> int:
        """Days before New Year's Day (the last days of the old lunar year)."""
        return int(self.value[0])

    @property
    def after(self) -> int:
        """Days from New Year's Day on (mùng 1, mùng 2, ...)."""
        return int(self.value[-1])


class NationalDayChoice(enum.StrEnum):
    """The second day of National Day: 1 September or 3 September (Labour Code 2019 Art. 112(1)(đ)).

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> WorkingCalendar.employer(national_day="3/9").is_working_day("2025-09-03")
    False
    >>> NationalDayChoice.SEPTEMBER_1.day
    1
    """

    SEPTEMBER_1 = "1/9"
    SEPTEMBER_3 = "3/9"

    @property
    def day(self) -> int:
        """The day of September."""
        return int(self.value.split("/")[0])


@attrs.frozen
class Holiday:
    """A statutory holiday of one year, before days in lieu."""

    date: datetime.date
    name_vi: str
    name_en: str
    source: str
    #: The short name days in lieu take ("Tết Nguyên Đán").
    base_vi: str
    base_en: str
    #: Whether Art. 111(3) is known to give a day in lieu when it falls on a rest day.
    in_lieu_settled: bool = True


def projected_tet(year: int) -> TetSplit:
    """The state's Tết split where no announcement is known.

    The five days fill Monday to Friday when New Year's Day is a Tuesday (1+4, as
    announced for 2022 and 2026); otherwise the state has taken two days before it
    and three from it (2+3: 2021, 2023, 2024, 2025, 2027), the days on a weekend
    then given in lieu. A projection, not a rule of law.
    """
    return TetSplit.ONE_FOUR if new_year_day(year).weekday() == 1 else TetSplit.TWO_THREE


def projected_national_day(year: int) -> NationalDayChoice:
    """The state's second National Day where no announcement is known.

    The day that joins 2/9 to a weekend, as announced 2023–2027: 3/9 when 2/9 is a
    Monday, Thursday or Sunday, else 1/9. A projection, not a rule of law.
    """
    weekday = datetime.date(year, 9, 2).weekday()
    return NationalDayChoice.SEPTEMBER_3 if weekday in (0, 3, 6) else NationalDayChoice.SEPTEMBER_1


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def tet_days(year: int, before: int, after: int) -> list[tuple[datetime.date, str, str]]:
    """The Tết days of ``year`` with their lunar names: ``before`` days before New Year's Day."""
    new_year = new_year_day(year)
    length = last_month_length(year)
    found = []
    for offset in range(-before, after):
        day = new_year + datetime.timedelta(days=offset)
        if offset >= 0:
            vi, en = f"mùng {offset + 1} tháng Giêng", f"{_ordinal(offset + 1)} day of the 1st lunar month"
        elif length is not None:
            lunar = length + 1 + offset
            vi, en = f"{lunar} tháng Chạp", f"{_ordinal(lunar)} day of the 12th lunar month"
        else:  # the length of the month is not known: no lunar date is claimed
            vi, en = f"{-offset} ngày trước mùng 1", f"{-offset} day(s) before New Year's Day"
        found.append((day, f"Tết Nguyên Đán ({vi})", f"Lunar New Year ({en})"))
    return found


def _regime(day: datetime.date) -> tuple[str, str | None]:
    """(table key of the code in force on ``day``, the article and clause of its holidays)."""
    if day >= _CODE_2019:
        return "labour_code_2019", "112(1)"
    if day >= _CODE_2012:
        return "labour_code_2012", "115(1)"
    return "labour_code_1994", None


def _source(day: datetime.date, point: str, note: str = "") -> str:
    document, clause = _regime(day)
    citation = cite_ref(document, f"{clause}({point})") if clause else cite_ref(document, "73")
    return citation + (f"; {note}" if note else "")


def statutory_holidays(year: int, tet: TetSplit, national_day: NationalDayChoice, *,
                       cultural_day: bool, tet_note: str = "", national_day_note: str = "",
                       ) -> list[Holiday]:
    """The statutory holidays of ``year`` under the code in force on each, with the given choices."""
    fixed = [
        (datetime.date(year, 1, 1), "a", "Tết Dương lịch", "New Year's Day"),
        (datetime.date(year, 4, 30), "c", "Ngày Chiến thắng", "Reunification Day"),
        (datetime.date(year, 5, 1), "d", "Ngày Quốc tế lao động", "International Labour Day"),
    ]
    found = [Holiday(day, vi, en, _source(day, point), vi, en) for day, point, vi, en in fixed]
    new_year = new_year_day(year)
    split = (tet.before, tet.after) if new_year >= _CODE_2012 else (1, 3)  # four days before 2013
    note = tet_note if new_year >= _CODE_2012 else "the last day of the year and the first three"
    for day, vi, en in tet_days(year, *split):
        found.append(Holiday(day, vi, en, _source(new_year, "b", note), "Tết Nguyên Đán", "Lunar New Year"))
    if year >= _HUNG_KINGS_SINCE:
        day = hung_kings_day(year)
        found.append(Holiday(day, "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                             "Hung Kings' Commemoration Day (10th day of the 3rd lunar month)",
                             _source(day, "e"), "Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"))
    national = datetime.date(year, 9, 2)
    found.append(Holiday(national, "Quốc khánh (2/9)", "National Day (2 September)",
                         _source(national, "đ"), "Quốc khánh", "National Day"))
    if national >= _CODE_2019:
        second = datetime.date(year, 9, national_day.day)
        found.append(Holiday(second, f"Quốc khánh (ngày liền kề, {national_day.value})",
                             f"National Day (adjacent day, {national_day.day} September)",
                             _source(second, "đ", national_day_note), "Quốc khánh", "National Day"))
    cultural = datetime.date(year, 11, 24)
    if cultural_day and cultural >= CULTURAL_DAY_EFFECTIVE:
        found.append(Holiday(cultural, "Ngày Văn hóa Việt Nam", "Vietnam Culture Day",
                             f"{cite('cultural_day')} (seen through secondary copies)",
                             "Ngày Văn hóa Việt Nam", "Vietnam Culture Day", in_lieu_settled=False))
    return sorted(found, key=lambda holiday: holiday.date)


def _in_lieu_source(holiday: Holiday) -> str:
    document, _ = _regime(holiday.date)
    key = {"labour_code_2019": "holiday_in_lieu", "labour_code_2012": "holiday_in_lieu_2012",
           "labour_code_1994": "holiday_in_lieu_1994"}[document]
    if holiday.in_lieu_settled:
        return cite(key)
    return (f"{cite(key)}, applied to 24/11 by the caller's choice: the clause names the holidays "
            "of Art. 112(1) only, and no text is known to extend it [UNCERTAIN]")


def days_off(holidays: Iterable[Holiday], weekly_rest: frozenset[int], *,
             cultural_day_in_lieu: bool) -> list[tuple[datetime.date, str, str, bool, str]]:
    """(date, name_vi, name_en, is_in_lieu, source) of the holidays and their days in lieu.

    A holiday on a weekly rest day gives the next day that is neither a rest day nor
    another holiday nor an earlier day in lieu. 24 November gives one only with
    ``cultural_day_in_lieu``: Art. 111(3) names the holidays of Art. 112(1), and the
    resolution that made 24/11 a day off does not amend that clause.
    """
    ordered = sorted(holidays, key=lambda holiday: holiday.date)
    taken = {holiday.date for holiday in ordered}
    found = [(h.date, h.name_vi, h.name_en, False, h.source) for h in ordered]
    for holiday in ordered:
        if holiday.date.weekday() not in weekly_rest:
            continue
        if not holiday.in_lieu_settled and not cultural_day_in_lieu:
            continue
        moved = holiday.date + datetime.timedelta(days=1)
        while moved.weekday() in weekly_rest or moved in taken:
            moved += datetime.timedelta(days=1)
        taken.add(moved)
        found.append((moved, f"{holiday.base_vi} (nghỉ bù cho ngày {holiday.date:%d/%m})",
                      f"{holiday.base_en} (in lieu of {holiday.date:%d/%m})", True,
                      _in_lieu_source(holiday)))
    return sorted(found)
