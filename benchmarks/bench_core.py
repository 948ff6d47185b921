"""Speed of the core operations on the bundled plan.

    python benchmarks/bench_core.py

Prints the median of several repeats per operation. These are measurements, not
tests: nothing here fails, and CI does not run it.
"""

from __future__ import annotations

import json
import statistics
import timeit
from collections.abc import Callable
from importlib import resources

from quanhelaodong import (
    AgencyCatalogue,
    ResponsibilityGraph,
    dumps,
    load_bundled,
    loads,
    resolve_agency,
    validate,
    who_leads,
)
from quanhelaodong.agencies import default_catalogue
from quanhelaodong.graph import raci_matrix, workload


def measure(label: str, action: Callable[[], object], number: int, repeat: int = 5) -> None:
    times = timeit.repeat(action, number=number, repeat=repeat)
    per_call = statistics.median(times) / number
    unit, scale = ("ms", 1e3) if per_call >= 1e-3 else ("µs", 1e6)
    print(f"{label:<48} {per_call * scale:9.2f} {unit}")


def main() -> None:
    data = json.loads(resources.files("quanhelaodong.agencies").joinpath("data", "agencies.json")
                      .read_text("utf-8"))
    plan = load_bundled("hue-2023")
    text = dumps(plan)
    graph = ResponsibilityGraph([plan])
    default_catalogue()
    measure("catalogue: build from data (3,182 agencies, 87 areas)",
            lambda: AgencyCatalogue.from_data(data), 3)
    measure("resolve_agency('LĐLD tỉnh', area=...)",
            lambda: resolve_agency("LĐLD tỉnh", area="thua-thien-hue"), 2000)
    measure("load JSON of the Huế plan (78 tasks)", lambda: loads(text), 20)
    measure("dumps the Huế plan", lambda: dumps(plan), 20)
    measure("validate the Huế plan", lambda: validate(plan), 20)
    measure("build ResponsibilityGraph", lambda: ResponsibilityGraph([plan]), 50)
    measure("who_leads('Hội thi tìm hiểu pháp luật lao động')",
            lambda: who_leads(graph, "Hội thi tìm hiểu pháp luật lao động"), 20)
    measure("who_leads(misspelt: 'hoi thi tim hieu phap luat lao dog')",
            lambda: who_leads(graph, "hoi thi tim hieu phap luat lao dog"), 20)
    measure("workload()", lambda: workload(graph), 50)
    measure("raci_matrix()", lambda: raci_matrix(graph), 50)


if __name__ == "__main__":
    main()
