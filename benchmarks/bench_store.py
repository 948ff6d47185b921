"""The store at national scale: 100,000 tasks and 1,000,000 updates in SQLite and PostgreSQL.

    python benchmarks/bench_store.py [--postgres URL] [--repeats 30] [--output FILE]

It builds the national dataset (``benchmarks/national_dataset.py``, seed 0), adds
its commune bodies to the store as users' own agencies, saves every programme,
then records 1,000,000 progress updates generated here (seeded), with
completions and extensions on top, in batches of 5,000 records per transaction.
It then asks "overdue tasks of agency X as of D" of the agency holding the most
tasks and of a commune's People's Committee, ``--repeats`` times each, and prints
min/median/max. Before timing, each answer is checked against the in-memory
:func:`quanhelaodong.followup.overdue_tasks` over the same records.

SQLite runs in a temporary file. PostgreSQL runs where ``--postgres`` (or
``QUANHELAODONG_TEST_POSTGRES_URL``) names a database: the benchmark works in a
schema ``bench_store`` of its own, dropped and made again. Results go to
``--output`` (default ``benchmarks/results/store.json``).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
import pendulum
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parent))

from national_dataset import build_national_dataset

from quanhelaodong.agencies import default_catalogue
from quanhelaodong.followup import TaskOccurrence, overdue_tasks, task_occurrences
from quanhelaodong.programmes import (
    Completion,
    CoordinationProgramme,
    Extension,
    ProgressEvent,
    ProgressUpdate,
)
from quanhelaodong.store import Store, TaskStanding

UPDATES = 1_000_000
AS_OF = pendulum.Date(2026, 10, 15)
YEAR_START = pendulum.Date(2026, 1, 1)
BATCH = 5_000


def _records(programmes: Sequence[CoordinationProgramme], seed: int,
             updates: int = UPDATES) -> dict[str, list[ProgressEvent]]:
    """``updates`` updates over every task occurrence of 2026, then completions and extensions."""
    rng = random.Random(seed)
    followed: list[tuple[str, TaskOccurrence]] = [
        (programme.id, item) for programme in programmes
        for item in task_occurrences(programme, as_of=AS_OF)]
    records: dict[str, list[ProgressEvent]] = defaultdict(list)
    for _ in range(updates):
        programme_id, item = followed[rng.randrange(len(followed))]
        lead = item.task.leads[0]
        records[programme_id].append(ProgressUpdate(
            item.task.id, YEAR_START.add(days=rng.randrange(365)), lead,
            percent=rng.randrange(101), occurrence=item.occurrence))
    for programme_id, item in followed:
        planned = item.planned or pendulum.Date(2026, 12, 31)
        chance = rng.random()
        if chance < 0.05:
            records[programme_id].append(Extension(
                item.task.id, planned.subtract(days=10), planned.add(days=60), occurrence=item.occurrence))
        if chance < 0.40:
            records[programme_id].append(Completion(
                item.task.id, planned.add(days=rng.randrange(-60, 30)), agency=item.task.leads[0],
                occurrence=item.occurrence))
    return records


def _timed(action: Callable[[], object], repeats: int) -> dict[str, float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return {"min_ms": min(times), "median_ms": statistics.median(times), "max_ms": max(times)}


def _postgres_url(base: str) -> str:
    engine = sa.create_engine(base)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP SCHEMA IF EXISTS bench_store CASCADE"))
        connection.execute(sa.text("CREATE SCHEMA bench_store"))
    engine.dispose()
    return sa.make_url(base).update_query_dict({"options": "-csearch_path=bench_store"}).render_as_string(
        hide_password=False)


def _expected(programmes: Sequence[CoordinationProgramme], records: dict[str, list[ProgressEvent]],
              agency: str, store: Store) -> list[TaskStanding]:
    catalogue = store.catalogue()
    found: list[TaskStanding] = []
    for programme in sorted(programmes, key=lambda programme: programme.id):
        if not any(assignment.agency == agency for task in programme.tasks
                   for assignment in task.assignments) and programme.issuer != agency:
            continue
        plan = attrs.evolve(programme, progress=records.get(programme.id, []))
        found += [TaskStanding.of(plan.id, state)
                  for state in overdue_tasks(plan, AS_OF, agency=agency, catalogue=catalogue)]
    return sorted(found, key=lambda standing: -standing.days_overdue)


def run(name: str, url: str, programmes: Sequence[CoordinationProgramme], own: Sequence[Any],
        records: dict[str, list[ProgressEvent]], agencies: dict[str, str], repeats: int) -> dict[str, Any]:
    result: dict[str, Any] = {"backend": name}
    store = Store(url)
    started = time.perf_counter()
    store.add_agencies(own)
    for programme in programmes:
        store.save(programme)
    result["save_programmes_s"] = time.perf_counter() - started
    started = time.perf_counter()
    for programme_id, found in records.items():
        for start in range(0, len(found), BATCH):
            store.record(programme_id, *found[start:start + BATCH])
    result["record_s"] = time.perf_counter() - started
    result["records"] = store.count_records()
    if url.startswith("postgresql"):
        # What autovacuum does shortly after a bulk load: statistics for the planner, and the
        # visibility map that lets it answer from an index alone.
        engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(sa.text("VACUUM ANALYZE"))
        engine.dispose()
    print(f"{name}: saved in {result['save_programmes_s']:.1f} s, {result['records']:,} records in "
          f"{result['record_s']:.1f} s", flush=True)
    for label, agency in agencies.items():
        answer = store.overdue_tasks(AS_OF, agency=agency)
        expected = _expected(programmes, records, agency, store)
        if answer != expected:
            raise SystemExit(f"{name}: the store's overdue tasks of {agency} differ from the in-memory ones")
        timing = _timed(lambda agency=agency: store.overdue_tasks(AS_OF, agency=agency), repeats)  # type: ignore[misc]
        lead = _timed(lambda agency=agency: store.overdue_tasks(AS_OF, agency=agency, role="lead"),  # type: ignore[misc]
                      repeats)
        result[label] = {"agency": agency, "overdue": len(answer), "any_role": timing, "as_lead": lead}
        print(f"{name}: overdue of {agency} ({label}, {len(answer)} overdue) any role "
              f"{timing['min_ms']:.1f}/{timing['median_ms']:.1f}/{timing['max_ms']:.1f} ms, as lead "
              f"{lead['min_ms']:.1f}/{lead['median_ms']:.1f}/{lead['max_ms']:.1f} ms (min/median/max)",
              flush=True)
    store.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("QUANHELAODONG_TEST_POSTGRES_URL", ""))
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--updates", type=int, default=UPDATES)
    parser.add_argument("--output", type=Path, default=Path(__file__).parent / "results" / "store.json")
    arguments = parser.parse_args()
    started = time.perf_counter()
    dataset = build_national_dataset(seed=0, tasks=arguments.tasks)
    base = default_catalogue()
    own = [agency for agency in dataset.catalogue if agency.id not in base]
    records = _records(dataset.programmes, seed=0, updates=arguments.updates)
    counts: dict[str, int] = defaultdict(int)
    for programme in dataset.programmes:
        for task in programme.tasks:
            for agency in {assignment.agency for assignment in task.assignments}:
                counts[agency] += 1
    busiest = max(counts, key=lambda agency: (counts[agency], agency))
    committee = sorted(agency for agency in counts if agency.endswith("/ubnd") and agency.count("/") == 2)
    agencies = {"busiest": busiest, "commune_committee": committee[len(committee) // 2]}
    total = sum(len(found) for found in records.values())
    print(f"{len(dataset.programmes)} programmes, {dataset.tasks:,} tasks, {len(own):,} own agencies, "
          f"{total:,} records built in {time.perf_counter() - started:.1f} s; busiest agency {busiest} "
          f"holds {counts[busiest]:,} tasks", flush=True)
    results: dict[str, Any] = {
        "date": datetime.date.today().isoformat(), "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "tasks": dataset.tasks, "programmes": len(dataset.programmes), "records": total,
        "as_of": AS_OF.isoformat(), "repeats": arguments.repeats, "runs": []}
    with tempfile.TemporaryDirectory() as folder:
        results["runs"].append(run("sqlite", f"sqlite:///{Path(folder) / 'tracking.db'}", dataset.programmes,
                                   own, records, agencies, arguments.repeats))
    if arguments.postgres:
        results["runs"].append(run("postgresql", _postgres_url(arguments.postgres), dataset.programmes,
                                   own, records, agencies, arguments.repeats))
    else:
        print("no PostgreSQL URL (--postgres or QUANHELAODONG_TEST_POSTGRES_URL): SQLite only")
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results written to {arguments.output}")


if __name__ == "__main__":
    main()
