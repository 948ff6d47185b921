"""Which deadlines one iCalendar recurrence rule can say, and the rule that says them.

A recurring to-do is a series: its DTSTART recurs by the RRULE and each
occurrence's DUE is DTSTART plus the same duration. The series here start the
day before they fall due (a to-do's DUE must come after its DTSTART), so a rule
is written only when the days before the due days follow one: the second-to-last
day of every K-th month (deadlines at month ends: each month, quarter,
half-year, year), or the same day of the same month every N years. Deadlines
that follow no rule (a "15/11" that falls on a Saturday and rolls to Monday)
get none, and each is then its own to-do.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pendulum

__all__ = ["recurrence_rule"]


def _month_number(day: pendulum.Date) -> int:
    return day.year * 12 + day.month - 1


def _constant_step(numbers: Sequence[int]) -> int | None:
    steps = {later - earlier for earlier, later in itertools.pairwise(numbers)}
    return steps.pop() if len(steps) == 1 and min(steps) > 0 else None


def recurrence_rule(dues: Sequence[pendulum.Date]) -> dict[str, object] | None:
    """The RRULE parts whose series, each start the day before a due day, gives exactly ``dues``.

    None for fewer than two days, or days no rule says. The rule counts its
    occurrences (``COUNT``), so it ends where the list ends.

    >>> from pendulum import Date
    >>> recurrence_rule([Date(2023, 11, 14), Date(2024, 11, 14), Date(2025, 11, 14)])
    {'FREQ': 'YEARLY', 'INTERVAL': 1, 'BYMONTH': 11, 'BYMONTHDAY': 13, 'COUNT': 3}
    >>> recurrence_rule([Date(2024, 3, 31), Date(2024, 6, 30), Date(2024, 9, 30)])
    {'FREQ': 'MONTHLY', 'INTERVAL': 3, 'BYMONTHDAY': -2, 'COUNT': 3}
    >>> recurrence_rule([Date(2025, 11, 14), Date(2026, 11, 16)]) is None
    True
    """
    if len(dues) < 2:
        return None
    if all(day == day.end_of("month") for day in dues):
        months = _constant_step([_month_number(day) for day in dues])
        if months is not None:
            if months % 12:
                return {"FREQ": "MONTHLY", "INTERVAL": months, "BYMONTHDAY": -2, "COUNT": len(dues)}
            return {"FREQ": "YEARLY", "INTERVAL": months // 12, "BYMONTH": dues[0].month,
                    "BYMONTHDAY": -2, "COUNT": len(dues)}
    starts = [day.subtract(days=1) for day in dues]
    if len({(day.month, day.day) for day in starts}) == 1:
        years = _constant_step([day.year for day in starts])
        if years is not None:
            return {"FREQ": "YEARLY", "INTERVAL": years, "BYMONTH": starts[0].month,
                    "BYMONTHDAY": starts[0].day, "COUNT": len(dues)}
    return None
