"""Fuzz the follow-up over every bundled programme with extreme and odd ranges and days:
``obligations``, ``reports_due``, ``overdue``, ``due_within``, ``scorecard``,
``task_statuses``, ``reminders`` and ``programme_summary``.

    python3 fuzz/fuzz_followup.py -max_total_time=600 -timeout=10 -max_len=512
"""

from __future__ import annotations

from collections.abc import Iterator

import atheris
import pendulum
from _harness import main

from quanhelaodong import bundled_names, load_bundled
from quanhelaodong.followup import (
    due_within,
    obligations,
    overdue,
    programme_summary,
    reminders,
    reports_due,
    scorecard,
    task_statuses,
)

_PROGRAMMES = [load_bundled(name) for name in bundled_names()]
_FIRST, _LAST = pendulum.Date(1, 1, 1).toordinal(), pendulum.Date(9999, 12, 31).toordinal()


def _date(source: atheris.FuzzedDataProvider) -> object:
    kind = source.ConsumeIntInRange(0, 3)
    if kind == 0:
        return source.ConsumeUnicodeNoSurrogates(12)
    if kind == 1:
        offset = source.ConsumeIntInRange(0, 800)
        ordinal = _FIRST + offset if source.ConsumeBool() else _LAST - offset
    elif kind == 2:
        ordinal = source.ConsumeIntInRange(pendulum.Date(1990, 1, 1).toordinal(),
                                           pendulum.Date(2105, 12, 31).toordinal())
    else:
        ordinal = source.ConsumeIntInRange(_FIRST, _LAST)
    return pendulum.Date.fromordinal(ordinal)


def target(data: bytes) -> None:
    source = atheris.FuzzedDataProvider(data)
    programme = _PROGRAMMES[source.ConsumeIntInRange(0, len(_PROGRAMMES) - 1)]
    which = source.ConsumeIntInRange(0, 7)
    agencies = [None, *(agency.id for agency in programme.agencies)]
    agency = agencies[source.ConsumeIntInRange(0, len(agencies) - 1)]
    if source.ConsumeIntInRange(0, 15) == 0:
        agency = source.ConsumeUnicodeNoSurrogates(10)
    if which == 0:
        obligations(programme, (_date(source), _date(source)), as_of=_date(source), agency=agency)
    elif which == 1:
        reports_due(programme, (_date(source), _date(source)), agency=agency)
    elif which == 2:
        overdue(programme, _date(source), agency=agency)
    elif which == 3:
        days = source.ConsumeIntInRange(-5, 400) if source.ConsumeBool() else source.ConsumeInt(8)
        due_within(programme, days, _date(source), agency=agency)
    elif which == 4:
        scorecard(programme, _date(source))
    elif which == 5:
        task_statuses(programme, _date(source))
    elif which == 6:
        reminders(programme, _date(source))
    else:
        programme_summary(programme, _date(source))


def seeds() -> Iterator[bytes]:
    for which in range(8):
        for fill in (0, 7, 128, 255):
            yield bytes([which, fill]) * 20


if __name__ == "__main__":
    main("followup", target, seeds)
