"""The lunar dates the holidays need: New Year's Day, Hùng Kings' day, and how long the last month is.

New Year's Day (mùng 1 tháng Giêng) and Giỗ Tổ Hùng Vương (10/3) come from the
``holidays`` package, whose Vietnamese calendar is computed at UTC+7 (so Tết 2007
and 2030 fall where the Vietnamese, not the Chinese, calendar puts them); its
tables run from 1901 to 2100, which bounds the years the library can compute.

The days before New Year's Day are named by their lunar date ("28 tháng Chạp"),
which needs the length of the last month of the old year (29 or 30 days): that is
the distance between two new moons at UTC+7, computed here with the mean lunation
and the periodic terms of J. Meeus, *Astronomical Algorithms* (2nd ed., ch. 49),
and a polynomial for ΔT (Espenak and Meeus). The computed new moon that opens the
year must fall on the package's New Year's Day, which the tests check for every
year; where it would not, no lunar date is claimed.
"""

from __future__ import annotations

import datetime
import functools
import math

__all__ = ["FIRST_LUNAR_YEAR", "LAST_LUNAR_YEAR", "hung_kings_day", "last_month_length", "new_year_day"]

#: The years whose lunar dates the ``holidays`` package tabulates.
FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR = 1901, 2100

_SYNODIC_MONTH = 29.530588861
_JD_ORDINAL_OFFSET = 1721425  # floor(JD + 0.5) - ordinal of the same day
_UTC_PLUS_7 = 7 / 24

# Periodic terms of the new moon, in days: (coefficient, power of E, multiples of M, M', F, Ω).
_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0),
    (0.01039, 0, 0, 0, 2, 0), (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0),
    (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0), (-0.00057, 0, 0, 1, 2, 0),
    (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1),
    (-0.00007, 0, 2, 1, 0, 0), (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0),
    (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0), (-0.00003, 0, 1, 1, 2, 0),
    (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)
# Planetary arguments: (coefficient, degrees at k = 0, degrees per lunation).
_PLANETARY = (
    (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
)


def _delta_t_days(year: float) -> float:
    """TT − UT in days (Espenak–Meeus polynomials; a few seconds off at most here)."""
    t = year - 2000
    if year < 2005:
        seconds = (63.86 + 0.3345 * t - 0.060374 * t**2 + 0.0017275 * t**3
                   + 0.000651814 * t**4 + 0.00002373599 * t**5)
    elif year < 2050:
        seconds = 62.92 + 0.32217 * t + 0.005589 * t**2
    else:
        seconds = -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year)
    return seconds / 86400


def _new_moon(k: int) -> datetime.date:
    """The day (at UTC+7) of new moon number ``k`` (k = 0: 6 January 2000)."""
    t = k / 1236.85
    jde = (2451550.09766 + _SYNODIC_MONTH * k + 0.00015437 * t**2 - 0.000000150 * t**3
           + 0.00000000073 * t**4)
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = math.radians(2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3
                      - 0.000000058 * t**4)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3
                     + 0.000000011 * t**4)
    omega = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3)
    for coefficient, power, a, b, c, d in _TERMS:
        jde += coefficient * e**power * math.sin(a * m + b * mp + c * f + d * omega)
    for coefficient, start, rate in _PLANETARY:
        jde += coefficient * math.sin(math.radians(start + rate * k))
    local = jde - _delta_t_days(2000 + k / 12.3685) + _UTC_PLUS_7
    return datetime.date.fromordinal(math.floor(local + 0.5) - _JD_ORDINAL_OFFSET)


@functools.cache
def _package_days(year: int) -> dict[str, datetime.date]:
    # Imported on first use: the package loads every country's tables on import.
    from holidays.countries.vietnam import Vietnam

    calendar = Vietnam(years=year, observed=False, language="vi")  # type: ignore[no-untyped-call]
    return {str(name): day for day, name in calendar.items()}


def new_year_day(year: int) -> datetime.date:
    """Mùng 1 tháng Giêng of the lunar year that starts in solar ``year``."""
    return _package_days(year)["Tết Nguyên Đán"]


def hung_kings_day(year: int) -> datetime.date:
    """Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month, in solar ``year``."""
    found = _package_days(year).get("Ngày Giỗ Tổ Hùng Vương")
    if found is not None:
        return found
    # The package lists the day only from 2007, when it became a holiday; the date is
    # its lunar table's, read through a year that lists it.
    raise LookupError(f"the holidays package gives no Hùng Kings' day for {year}")


@functools.cache
def last_month_length(year: int) -> int | None:
    """Days of the lunar month that ends the day before New Year's Day of ``year``: 29 or 30.

    ``None`` if the computed new moon does not fall on the package's New Year's Day.
    """
    new_year = new_year_day(year)
    guess = round((new_year.toordinal() - datetime.date(2000, 1, 6).toordinal()) / _SYNODIC_MONTH)
    for k in (guess, guess - 1, guess + 1):
        if _new_moon(k) == new_year:
            length = (new_year - _new_moon(k - 1)).days
            return length if length in (29, 30) else None
    return None
