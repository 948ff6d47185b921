"""Fuzz the deadline arithmetic with extreme and odd arguments: ``statutory_deadline``,
``period_end``, ``period_before``, ``window_opening``, ``month_marker``, ``year_marker``,
``data_period``, ``limitation_end`` and the working calendars.

Dates are drawn from the whole range a date can hold (and as odd text); amounts
from the whole range of a 64-bit integer; units and choices from the valid ones
and from odd text.

    python3 fuzz/fuzz_deadlines.py -max_total_time=600 -timeout=10 -max_len=512
"""

from __future__ import annotations

from collections.abc import Iterator

import atheris
import pendulum
from _harness import main

from quanhelaodong.deadlines import (
    WorkingCalendar,
    data_period,
    limitation_end,
    limitation_periods,
    month_marker,
    period_before,
    period_end,
    statutory_deadline,
    statutory_rules,
    window_opening,
    year_marker,
)

_RULES = sorted({rule.id for rule in statutory_rules()})
_LIMITATIONS = [period.id for period in limitation_periods()]
_UNITS = ["day", "working_day", "week", "month", "year"]
_CALENDARS = [None, WorkingCalendar.state(), WorkingCalendar.employer((5, 6))]
_FIRST, _LAST = pendulum.Date(1, 1, 1).toordinal(), pendulum.Date(9999, 12, 31).toordinal()


def _date(source: atheris.FuzzedDataProvider) -> object:
    kind = source.ConsumeIntInRange(0, 3)
    if kind == 0:
        return source.ConsumeUnicodeNoSurrogates(12)
    if kind == 1:  # near the ends of the range
        offset = source.ConsumeIntInRange(0, 400)
        ordinal = _FIRST + offset if source.ConsumeBool() else _LAST - offset
    elif kind == 2:  # the years the calendars know
        ordinal = source.ConsumeIntInRange(pendulum.Date(1990, 1, 1).toordinal(),
                                           pendulum.Date(2105, 12, 31).toordinal())
    else:
        ordinal = source.ConsumeIntInRange(_FIRST, _LAST)
    return pendulum.Date.fromordinal(ordinal)


def _pick(source: atheris.FuzzedDataProvider, choices: list[str]) -> str:
    if source.ConsumeIntInRange(0, 15) == 0:
        return source.ConsumeUnicodeNoSurrogates(8)
    return choices[source.ConsumeIntInRange(0, len(choices) - 1)]


def _amount(source: atheris.FuzzedDataProvider) -> int:
    if source.ConsumeBool():
        return source.ConsumeIntInRange(-3, 400)
    return source.ConsumeInt(8)


def target(data: bytes) -> None:
    source = atheris.FuzzedDataProvider(data)
    which = source.ConsumeIntInRange(0, 8)
    calendar = _CALENDARS[source.ConsumeIntInRange(0, len(_CALENDARS) - 1)]
    if which == 0:
        statutory_deadline(_pick(source, _RULES), _date(source), calendar=calendar,
                           reading=_pick(source, ["strict", "inclusive"]))
    elif which == 1:
        period_end(_date(source), _amount(source), _pick(source, _UNITS), calendar=calendar,
                   rollover=source.ConsumeBool())
    elif which == 2:
        period_before(_date(source), _amount(source), _pick(source, _UNITS), calendar=calendar,
                      reading=_pick(source, ["strict", "inclusive"]))
    elif which == 3:
        window_opening(_date(source), _amount(source), _pick(source, _UNITS), calendar=calendar)
    elif which == 4:
        month_marker(source.ConsumeInt(4), source.ConsumeInt(2),
                     _pick(source, ["start", "middle", "end"]))
    elif which == 5:
        year_marker(source.ConsumeInt(4), _pick(source, ["start", "middle", "end"]))
    elif which == 6:
        data_period(_pick(source, ["monthly", "quarterly", "half_yearly", "annual"]),
                    source.ConsumeInt(4), source.ConsumeInt(2))
    elif which == 7:
        suspended = [(_date(source), _date(source)) for _ in range(source.ConsumeIntInRange(0, 3))]
        restarted = [_date(source) for _ in range(source.ConsumeIntInRange(0, 2))]
        limitation_end(_pick(source, _LIMITATIONS), _date(source), suspended=suspended,
                       restarted=restarted, calendar=calendar)
    else:
        chosen = calendar or WorkingCalendar.state()
        start, end = _date(source), _date(source)
        chosen.working_days_between(start, end)
        chosen.add_working_days(start, _amount(source))
        chosen.roll_forward(end)


def seeds() -> Iterator[bytes]:
    for which in range(9):
        for fill in (0, 7, 128, 255):
            yield bytes([which]) + bytes([fill]) * 40


if __name__ == "__main__":
    main("deadlines", target, seeds)
