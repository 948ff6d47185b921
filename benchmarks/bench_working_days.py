"""add_working_days against a naive day-by-day loop and numpy.busday_offset.

    python -m pip install numpy && python benchmarks/bench_working_days.py

All three count on the same calendar: an employer with Sunday rest and the
statutory holidays (with their days in lieu) of 2020-2030, which numpy can
express as a weekmask and a holiday list. Each is called per scalar date, as a
caller asking "by when?" would. Targets (issue "Deadlines"): per call, no slower
than numpy, and at least 30 times faster than the naive loop for n = 60.

Two naive loops are timed: the one a caller writes with the calendar's own
``is_working_day``, and a hand-tuned one over plain dates and a precomputed
holiday set. Both numbers are printed; see docs/benchmarks.md for a run.
"""

from __future__ import annotations

import datetime
import random
import statistics
import timeit

import numpy as np
import pendulum

from quanhelaodong import WorkingCalendar

N = 60
REPEAT = 7


def main() -> None:
    calendar = WorkingCalendar.employer(weekly_rest=(6,))
    holidays = sorted(
        d.date for year in range(2020, 2031) for d in calendar.holidays_in(year)
    )
    holiday_set = {datetime.date(d.year, d.month, d.day) for d in holidays}
    busdays = np.busdaycalendar(weekmask="1111110",
                                holidays=[np.datetime64(d.isoformat()) for d in holidays])
    rng = random.Random(7)
    starts: list[pendulum.Date] = []
    while len(starts) < 1000:
        day = pendulum.Date(2022, 1, 1).add(days=rng.randrange(0, 365 * 6))
        if calendar.is_working_day(day):
            starts.append(day)
    numpy_starts = [np.datetime64(d.isoformat()) for d in starts]
    plain_starts = [datetime.date(d.year, d.month, d.day) for d in starts]

    def library() -> None:
        for day in starts:
            calendar.add_working_days(day, N)

    def with_numpy() -> None:
        for day in numpy_starts:
            np.busday_offset(day, N, roll="forward", busdaycal=busdays)

    def naive_over_calendar() -> None:
        # What a caller writes with only a calendar's predicate: step a day, ask, repeat.
        for day in starts:
            count = 0
            while count < N:
                day = day.add(days=1)
                if calendar.is_working_day(day):
                    count += 1

    def naive_over_set() -> None:
        # The tightest hand-written loop: plain dates against a precomputed holiday set.
        one = datetime.timedelta(days=1)
        for day in plain_starts:
            count = 0
            while count < N:
                day += one
                if day.weekday() != 6 and day not in holiday_set:
                    count += 1

    # The three must agree before their speed means anything.
    for day, numpy_day in zip(starts, numpy_starts, strict=True):
        expected = np.busday_offset(numpy_day, N, roll="forward", busdaycal=busdays)
        assert calendar.add_working_days(day, N).isoformat() == str(expected)

    library()  # build the index once, as any long-lived caller would
    results = {}
    for name, action in [("quanhelaodong", library), ("numpy.busday_offset", with_numpy),
                         ("naive loop, is_working_day", naive_over_calendar),
                         ("naive loop, holiday set", naive_over_set)]:
        per_call = statistics.median(timeit.repeat(action, number=1, repeat=REPEAT)) / len(starts)
        results[name] = per_call
        print(f"{name:<28} {per_call * 1e6:8.2f} µs per call (n = {N})")
    ours = results["quanhelaodong"]
    print(f"speed-up over numpy.busday_offset:        {results['numpy.busday_offset'] / ours:5.1f}x"
          " (target >= 1)")
    for name in ("naive loop, is_working_day", "naive loop, holiday set"):
        print(f"speed-up over {name + ':':<28}{results[name] / ours:5.1f}x (target >= 30)")


if __name__ == "__main__":
    main()
