"""The national-scale targets, measured on the seeded national dataset.

    python benchmarks/bench_national.py [--sizes 10000,30000,100000,300000] [--repeat 5]

For each size, a fresh process builds the dataset (``national_dataset.py``) and
times every operation the targets name: minimum, median and maximum over
repeats, with the peer each is compared with measured in the same process (a
dict lookup, a plain scan of the titles). Results go to
``benchmarks/results/national.json`` and a table is printed. These are
measurements, not tests: nothing here fails, and CI does not run it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from national_dataset import build_national_dataset  # noqa: E402

from quanhelaodong import (  # noqa: E402
    ResponsibilityGraph,
    dumps,
    find_tasks,
    leads,
    loads,
    partners,
    tasks_of,
    validate,
    who_leads,
)
from quanhelaodong.graph import resolve_task  # noqa: E402


def spread(action: Callable[[], object], repeat: int, number: int = 1) -> dict[str, float]:
    """Minimum, median and maximum seconds per call over ``repeat`` rounds of ``number`` calls."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            action()
        times.append((time.perf_counter() - started) / number)
    return {"min": min(times), "median": statistics.median(times), "max": max(times)}


def per_query(action: Callable[[str], object], queries: Sequence[str]) -> dict[str, float]:
    """Minimum, median and maximum seconds over a list of different queries."""
    times = []
    for query in queries:
        started = time.perf_counter()
        action(query)
        times.append(time.perf_counter() - started)
    return {"min": min(times), "median": statistics.median(times), "max": max(times)}


def plain_scan(titles: Sequence[str], phrase: str) -> list[int]:
    """The floor of any scan: fold each title and look for the phrase, nothing else."""
    from quanhelaodong.text import fold

    wanted = fold(phrase)
    return [position for position, title in enumerate(titles) if wanted in fold(title)]


def _typo(text: str, rng: random.Random) -> str:
    words = text.split()
    at = rng.randrange(len(words))
    word = words[at]
    if len(word) > 3:
        cut = rng.randrange(1, len(word) - 1)
        words[at] = word[:cut] + word[cut + 1:] + word[cut]  # two letters swapped
    return " ".join(words)


def measure_one(size: int, repeat: int) -> dict[str, Any]:
    from quanhelaodong.text import fold

    results: dict[str, Any] = {"tasks": size}
    started = time.perf_counter()
    dataset = build_national_dataset(seed=0, tasks=size)
    results["dataset_build_s"] = time.perf_counter() - started
    results["assignments"] = dataset.assignments
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    graph = ResponsibilityGraph(dataset.programmes, catalogue=dataset.catalogue)
    results["graph_build_s"] = time.perf_counter() - started
    results["graph_peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["graph_rss_growth_mib"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    started = time.perf_counter()
    find_tasks(graph, "tập huấn")
    results["title_index_first_query_s"] = time.perf_counter() - started

    rng = random.Random(7)
    refs = graph.tasks
    titles = [ref.task.title for ref in rng.sample(refs, 30)]
    runs = [" ".join(title.split()[1:4]) for title in titles]
    results["who_leads_title"] = per_query(lambda q: who_leads(graph, q), titles)
    results["who_leads_no_diacritics"] = per_query(lambda q: who_leads(graph, fold(q)), titles)
    results["who_leads_typo"] = per_query(lambda q: who_leads(graph, q), [_typo(t, rng) for t in titles])
    results["who_leads_three_words"] = per_query(lambda q: who_leads(graph, q), runs)
    all_titles = [ref.task.title for ref in refs]
    results["peer_plain_scan"] = per_query(lambda q: plain_scan(all_titles, q), titles[:3])

    keys = [ref.key for ref in rng.sample(refs, 1000)]
    table = dict.fromkeys((ref.key for ref in refs), ())
    cycle = iter(keys * 10_000)
    results["peer_dict_lookup"] = spread(lambda: table[next(cycle)], repeat, 10_000)
    cycle = iter(keys * 10_000)
    results["leads"] = spread(lambda: leads(graph, next(cycle)), repeat, 10_000)
    cycle = iter(keys * 10_000)
    results["partners"] = spread(lambda: partners(graph, next(cycle)), repeat, 10_000)
    cycle = iter(keys * 10_000)
    results["task_by_key"] = spread(lambda: resolve_task(graph, next(cycle)), repeat, 10_000)
    ambiguous = refs[0].task.id
    results["bare_id_ambiguous"] = spread(lambda: _ambiguous(graph, ambiguous), repeat, 1_000)
    for key in keys[:50]:
        leads(graph, key, as_of="2026-01-01")
    cycle = iter(keys[:50] * 10_000)
    results["leads_as_of_warm"] = spread(lambda: leads(graph, next(cycle), as_of="2026-01-01"), repeat, 5_000)

    communes = [commune.id for commune in dataset.communes[:200]]
    named = {assignment.agency for ref in refs for assignment in ref.task.assignments}
    small = [body for body in (f"{commune}/cong-an" for commune in communes) if body in named]
    results["tasks_of_commune_body"] = per_query(lambda a: _tasks_of(graph, a), small[:50])
    big = sorted({ref.task.assignments[0].agency for ref in refs if ref.task.assignments})[:20]
    results["tasks_of_any_lead"] = per_query(lambda a: _tasks_of(graph, a), big)
    results["tasks_of_answer_sizes"] = [len(tasks_of(graph, a)) for a in big[:5]]

    names = ["Sở Nội vụ tỉnh Cao Bằg", "Liên đoàn Lao đông tỉnh Lào Cai", "Công an xa Tân Phú",
             "Bảo hiểm xã hôi tỉnh Gia Lai", "Ủy ban nhân dan tỉnh Nghệ An"]
    for name in names:  # a pool is built once per area: measure what follows
        dataset.catalogue.suggest(name)
    results["name_suggestion"] = spread(lambda: [dataset.catalogue.suggest(n) for n in names], repeat, 1)
    results["name_suggestion"] = {k: v / len(names) for k, v in results["name_suggestion"].items()}

    started = time.perf_counter()
    for programme in dataset.programmes:
        validate(programme, catalogue=dataset.catalogue)
    results["validate_all_s"] = time.perf_counter() - started
    started = time.perf_counter()
    texts = [dumps(programme) for programme in dataset.programmes]
    results["json_dump_all_s"] = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        loads(text)
    results["json_load_all_s"] = time.perf_counter() - started
    return results


def _ambiguous(graph: ResponsibilityGraph, bare: str) -> None:
    from quanhelaodong.errors import AmbiguousTaskError

    with contextlib.suppress(AmbiguousTaskError):
        leads(graph, bare)


def _tasks_of(graph: ResponsibilityGraph, agency: str) -> object:
    return tasks_of(graph, agency)


def import_time(repeat: int) -> dict[str, float]:
    """``import quanhelaodong`` in a fresh interpreter, minus the interpreter's own start."""
    def run(code: str) -> list[float]:
        times = []
        for _ in range(repeat * 3):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - started)
        return times

    bare = statistics.median(run("pass"))
    loaded = [t - bare for t in run("import quanhelaodong")]
    return {"min": min(loaded), "median": statistics.median(loaded), "max": max(loaded)}


def _row(label: str, value: Any, peer: dict[str, float] | None = None) -> str:
    if isinstance(value, dict):
        text = (f"{value['median'] * 1e3:10.3f} ms (min {value['min'] * 1e3:.3f}, "
                f"max {value['max'] * 1e3:.3f})")
        if peer is not None:
            ratio = value["median"] / peer["median"]
            text += (f"  = {ratio:.1f}× the peer" if ratio >= 1
                     else f"  = 1/{1 / ratio:,.0f} of the peer")
        return f"{label:<34} {text}"
    return f"{label:<34} {value}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,30000,100000,300000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--output", default=str(HERE / "results" / "national.json"))
    arguments = parser.parse_args()
    if arguments.one:
        print(json.dumps(measure_one(arguments.one, arguments.repeat)))
        return
    runs = []
    for size in (int(part) for part in arguments.sizes.split(",")):
        child = subprocess.run([sys.executable, __file__, "--one", str(size), "--repeat",
                                str(arguments.repeat)], check=True, capture_output=True, text=True)
        found = json.loads(child.stdout)
        runs.append(found)
        print(f"\n== {size:,} tasks, {found['assignments']:,} assignments ==")
        for key, value in found.items():
            peer = (found["peer_dict_lookup"] if key in {"leads", "partners", "task_by_key"}
                    else found["peer_plain_scan"] if key.startswith("who_leads") else None)
            print(_row(key, value, peer))
    imported = import_time(arguments.repeat)
    print("\n" + _row("import quanhelaodong", imported))
    machine = {"python": platform.python_version(), "machine": platform.machine(),
               "processor": platform.processor() or platform.machine(), "cpus": _cpus(),
               "system": platform.system()}
    output = Path(arguments.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"machine": machine, "import": imported, "runs": runs}, indent=1),
                      encoding="utf-8")
    print(f"\nwritten to {output.name}")


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    main()
