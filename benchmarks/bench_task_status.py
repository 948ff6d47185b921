"""The whole task grid of a national dataset: 100,000 tasks and 1,000,000 updates.

    python benchmarks/bench_task_status.py

A seeded generator builds, through the public API, one two-year plan (2024-2025)
for each of the 64 provinces whose bodies the catalogue knows, 100,000 tasks in
all with the time phrases real plans use (years, quarters, halves, "trước ngày",
"tháng 5 hằng năm", "định kỳ 2 năm/lần", "Thường xuyên", none), assigned by the
province's People's Committee, its labour department or its business
association (an employer's calendar); then 1,000,000 progress updates, with
completions (some late) and extensions on top. It times the whole grid on
2025-06-30: :func:`task_statuses` of every plan and the counts of each cell
(the target of the issue "Follow every task to done": under 5 s).

The floor, measured in the same run on the same records, is what a caller
writes with plain dicts knowing the answer's shape in advance: one pass over the
records keeping the first completion and the extensions per task occurrence,
then a comparison with deadlines already rolled to working days (computed before
the clock starts). Both must give the same counts before their times mean
anything. See docs/benchmarks.md for a run.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable
from typing import TypeVar

import attrs
import pendulum

from quanhelaodong import Assignment, CoordinationProgramme, Task
from quanhelaodong.agencies import default_catalogue
from quanhelaodong.followup import (
    GridCounts,
    TaskState,
    TaskStatus,
    task_occurrences,
    task_scorecard,
    task_statuses,
)
from quanhelaodong.programmes import Completion, Extension, ProgressEvent, ProgressUpdate
from quanhelaodong.rows import Rows

TASKS = 100_000
UPDATES = 1_000_000
AS_OF = pendulum.Date(2025, 6, 30)
REPEAT = 5
SEED = 20251
Result = TypeVar("Result")

PHRASES = ["Năm 2024", "Năm 2025", "Quý I/2024", "Quý III, IV/2024", "Quý II/2025",
           "6 tháng đầu năm 2025", "trước ngày 15/11/2024", "chậm nhất ngày 31/3/2025",
           "tháng 5 hằng năm", "trước ngày 15/11 hằng năm", "định kỳ 2 năm/lần",
           "Thường xuyên", None, None]
BODIES = ["so-ldtbxh", "ldld", "ban-ql-kcn", "bhxh", "so-noi-vu", "so-tai-chinh", "cong-an",
          "hiep-hoi-dn", "lmhtx", "ubnd-cap-huyen"]


def provinces() -> list[str]:
    """Areas whose People's Committee, labour department and federation the catalogue knows."""
    catalogue = default_catalogue()
    return [area.id for area in catalogue.areas
            if all(f"{area.id}/{body}" in catalogue for body in ("ubnd", *BODIES))]


def build(rng: random.Random) -> list[CoordinationProgramme]:
    """The national dataset, built through the public API only."""
    areas = provinces()
    plans = []
    for number, area in enumerate(areas):
        count = TASKS // len(areas) + (1 if number < TASKS % len(areas) else 0)
        tasks = []
        for index in range(count):
            lead, partner, monitor = rng.sample(BODIES, 3)
            assigner = rng.choices([None, "so-ldtbxh", "hiep-hoi-dn"], weights=[90, 8, 2])[0]
            tasks.append(Task(
                f"T{index}", str(index + 1), "Nhiệm vụ", timeframe=rng.choice(PHRASES),
                assigned_by=None if assigner is None else f"{area}/{assigner}",
                assignments=[Assignment(f"{area}/{lead}", "lead"),
                             Assignment(f"{area}/{partner}", "partner"),
                             Assignment(f"{area}/{monitor}", "monitor")]))
        plans.append(CoordinationProgramme(
            f"ke-hoach-{area}", "plan", "Kế hoạch thực hiện", issuer=f"{area}/ubnd", area=area,
            period=("2024-01-01", "2025-12-31"), tasks=tasks))
    return [with_progress(plan, rng, share) for plan, share in
            zip(plans, _shares(rng, [len(p.tasks) for p in plans], UPDATES), strict=True)]


def _shares(rng: random.Random, sizes: list[int], total: int) -> list[int]:
    """``total`` updates spread over the plans in proportion to their tasks."""
    whole = sum(sizes)
    shares = [total * size // whole for size in sizes]
    for index in rng.sample(range(len(sizes)), total - sum(shares)):
        shares[index] += 1
    return shares


def with_progress(plan: CoordinationProgramme, rng: random.Random,
                  updates: int) -> CoordinationProgramme:
    """The plan with ``updates`` updates, and completions and extensions of its occurrences."""
    occurrences = [(item.task.id, item.occurrence, item.planned, item.task.leads[0])
                   for item in task_occurrences(plan)]
    start = pendulum.Date(2024, 1, 2)
    days = [start.add(days=offset) for offset in range(730)]
    events: list[ProgressEvent] = []
    for _ in range(updates):
        task, occurrence, _planned, lead = rng.choice(occurrences)
        events.append(ProgressUpdate(task, rng.choice(days), lead, occurrence=occurrence,
                                     percent=rng.choice([None, 10, 30, 50, 70, 90])))
    for task, occurrence, planned, lead in occurrences:
        if planned is not None and rng.random() < 0.1:
            decided = max(start, planned.subtract(days=rng.randrange(1, 40)))
            events.append(Extension(task, decided, planned.add(days=rng.randrange(15, 120)),
                                    requested_by=lead, occurrence=occurrence))
        if rng.random() < 0.6:
            around = planned or pendulum.Date(2025, 3, 1)
            done = around.add(days=rng.randrange(-90, 30))
            events.append(Completion(task, max(start, done), agency=lead, occurrence=occurrence))
    rng.shuffle(events)
    return attrs.evolve(plan, progress=events)


def whole_grid(plans: list[CoordinationProgramme]) -> tuple[GridCounts, list[Rows[TaskState]]]:
    grids = [task_statuses(plan, AS_OF) for plan in plans]
    return sum((GridCounts.of(grid) for grid in grids), GridCounts()), grids


Deadlines = dict[str, list[tuple[tuple[str, pendulum.Date | None], pendulum.Date | None]]]


def floor(plans: list[CoordinationProgramme], planned: Deadlines,
          rolled: dict[tuple[str, pendulum.Date], pendulum.Date]) -> Counter[str]:
    """Plain dicts over the same records, every deadline already rolled: the least work there is."""
    counts: Counter[str] = Counter()
    for plan in plans:
        done: dict[tuple[str, pendulum.Date | None], pendulum.Date] = {}
        extended: dict[tuple[str, pendulum.Date | None], list[Extension]] = {}
        for event in plan.progress:
            if event.on > AS_OF:
                continue
            if type(event) is Completion:
                key = (event.task, event.occurrence)
                if key not in done or event.on < done[key]:
                    done[key] = event.on
            elif type(event) is Extension:
                extended.setdefault((event.task, event.occurrence), []).append(event)
        for key, deadline in planned[plan.id]:
            finished = done.get(key)
            cutoff = finished or AS_OF
            for extension in extended.get(key, ()):
                if extension.on <= cutoff:
                    moved = rolled[(plan.id, extension.new_deadline)]
                    deadline = moved if deadline is None else max(deadline, moved)
            if deadline is None:
                counts["no_deadline"] += 1
            elif finished is not None:
                counts["done_on_time" if finished <= deadline else "done_late"] += 1
            else:
                counts["not_done_within_deadline" if deadline >= AS_OF else "not_done_overdue"] += 1
    return counts


def timed(action: Callable[[], Result]) -> tuple[list[float], Result]:
    """Seconds of each of ``REPEAT`` runs, and the answer."""
    times: list[float] = []
    results: list[Result] = []
    for _ in range(REPEAT):
        results.clear()  # the previous answer is freed before the clock starts, not during
        began = time.perf_counter()
        results.append(action())
        times.append(time.perf_counter() - began)
    return times, results[0]


def spread(times: list[float]) -> str:
    return f"median {statistics.median(times)!r} s (min {min(times):.3f}, max {max(times):.3f})"


def main() -> None:
    rng = random.Random(SEED)
    began = time.perf_counter()
    plans = build(rng)
    built = time.perf_counter() - began
    records = sum(len(plan.progress) for plan in plans)
    updates = sum(type(e) is ProgressUpdate for plan in plans for e in plan.progress)
    print(f"built {len(plans)} plans, {sum(len(p.tasks) for p in plans):,} tasks, {updates:,} "
          f"updates, {records:,} records in all, in {built:.1f} s (public API)")
    # Building left the cyclic collector a debt over millions of objects; pay it before timing,
    # so that a collection during a timed run is due to that run's own allocations.
    gc.collect()

    grid_time, (counts, grids) = timed(lambda: whole_grid(plans))
    # What the floor is given before its clock starts: every deadline already on working days.
    planned: Deadlines = {
        plan.id: [(s.key, s.deadlines[0] if s.occurrence.planned is not None else None)
                  for s in grid] for plan, grid in zip(plans, grids, strict=True)}
    rolled = {}
    for plan, grid in zip(plans, grids, strict=True):
        calendars = {s.key: s.calendar for s in grid}
        for event in plan.progress:
            if type(event) is Extension:
                calendar = calendars[(event.task, event.occurrence)]
                rolled[(plan.id, event.new_deadline)] = calendar.roll_forward(event.new_deadline)
    floor_time, plain = timed(lambda: floor(plans, planned, rolled))
    assert plain == Counter({s.value: counts[s] for s in TaskStatus if counts[s]}), (plain, counts)
    ours, least = statistics.median(grid_time), statistics.median(floor_time)
    print(f"grid on {AS_OF}: {counts.total:,} task occurrences: {counts}")
    print(f"whole grid (task_statuses + counts of every plan), {REPEAT} runs: {spread(grid_time)}"
          " (target < 5 s)")
    print(f"plain dict floor, same records, {REPEAT} runs: {spread(floor_time)}")
    print(f"ratio grid / floor (medians): {ours / least!r}")
    card_time, _ = timed(lambda: [task_scorecard(plan, AS_OF) for plan in plans])
    print(f"scorecards of every plan (4 roles per agency), {REPEAT} runs: {spread(card_time)}")

if __name__ == "__main__":
    main()
