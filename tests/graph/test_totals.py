"""Totals over the graph: workloads, collaborations, tasks without lead, idle agencies, RACI."""

from __future__ import annotations

from quanhelaodong import (
    Agency,
    Assignment,
    CoordinationProgramme,
    ResponsibilityGraph,
    Role,
    Task,
    leads,
    tasks_of,
)
from quanhelaodong.agencies import default_catalogue
from quanhelaodong.graph import (
    agencies_without_task,
    collaborations,
    raci_matrix,
    tasks_without_lead,
    workload,
)

HUE = "thua-thien-hue"
UNION, LABOUR, INSURANCE = f"{HUE}/ldld", f"{HUE}/so-ldtbxh", f"{HUE}/bhxh"


def ids(agencies: tuple[Agency, ...]) -> list[str]:
    return [agency.id for agency in agencies]


def test_workload_counts_match_tasks_of(hue_graph: ResponsibilityGraph) -> None:
    rows = workload(hue_graph)
    totals = [row.total for row in rows]
    assert totals == sorted(totals, reverse=True)
    for row in rows:
        assert row.lead == len(tasks_of(hue_graph, row.agency, Role.LEAD))
        assert row.partner == len(tasks_of(hue_graph, row.agency, Role.PARTNER))
        assert row.implementer == len(tasks_of(hue_graph, row.agency, Role.IMPLEMENTER))


def test_collaborations(hue_graph: ResponsibilityGraph) -> None:
    pairs = collaborations(hue_graph, include_collective=False)
    counts = [pair.count for pair in pairs]
    assert counts == sorted(counts, reverse=True)
    assert all(not p.first.is_collective and not p.second.is_collective for p in pairs)
    top = pairs[0]
    shared = ({r.key for r in tasks_of(hue_graph, top.first)}
              & {r.key for r in tasks_of(hue_graph, top.second)})
    assert {ref.key for ref in top.tasks} == shared
    assert len(collaborations(hue_graph, minimum=25)) <= len(collaborations(hue_graph))


def test_tasks_without_lead_and_idle_agencies(hue_graph: ResponsibilityGraph) -> None:
    assert [ref.task.id for ref in tasks_without_lead(hue_graph)] == [f"II.{n}" for n in range(1, 8)]
    idle = {agency.id for agency in agencies_without_task(hue_graph,
        default_catalogue().in_area(HUE))}
    assert f"{HUE}/so-noi-vu" in idle
    assert f"{HUE}/so-ldtbxh" not in idle
    assert agencies_without_task(hue_graph) == ()  # the issuer itself leads PL.I.1


def test_raci_matrix_agrees_with_the_queries(hue_graph: ResponsibilityGraph) -> None:
    matrix = raci_matrix(hue_graph)
    assert len(matrix["cells"]) == len(matrix["tasks"])
    assert all(len(row) == len(matrix["agencies"]) for row in matrix["cells"])
    for task_key, row in zip(matrix["tasks"], matrix["cells"], strict=True):
        leaders = ids(leads(hue_graph, task_key))
        marked = [a for a, cell in zip(matrix["agencies"], row, strict=True) if "A" in cell]
        assert sorted(marked) == sorted(leaders)
    assert matrix["legend"] == {"A": "chủ trì", "S": "phối hợp", "R": "đơn vị thực hiện", "I": "theo dõi"}


def _small_graph() -> ResponsibilityGraph:
    return ResponsibilityGraph([CoordinationProgramme("demo", "plan", "Kế hoạch", tasks=[
        Task("1", "1", "A", assignments=[Assignment(UNION, "lead"), Assignment(LABOUR, "partner")]),
        Task("2", "2", "B", assignments=[Assignment(LABOUR, "lead"), Assignment(UNION, "partner"),
                                         Assignment(INSURANCE, "partner")]),
        Task("3", "3", "C", assignments=[Assignment(INSURANCE, "implementer")]),
        Task("4", "4", "D"),
    ])])


def test_totals_of_a_small_plan_counted_by_hand() -> None:
    graph = _small_graph()
    assert [(row.agency.id, row.lead, row.partner, row.implementer, row.total)
            for row in workload(graph)] == [
        (UNION, 1, 1, 0, 2), (LABOUR, 1, 1, 0, 2), (INSURANCE, 0, 1, 1, 2)]
    assert [(pair.first.id, pair.second.id, pair.count) for pair in collaborations(graph)] == [
        (UNION, LABOUR, 2), (UNION, INSURANCE, 1), (LABOUR, INSURANCE, 1)]
    assert [pair.count for pair in collaborations(graph, minimum=2)] == [2]
    assert [ref.task.id for ref in tasks_without_lead(graph)] == ["3", "4"]
    assert raci_matrix(graph)["cells"] == [["A", "S", ""], ["S", "A", "S"], ["", "", "R"],
                                           ["", "", ""]]
    assert agencies_without_task(graph) == ()


def test_a_monitoring_body_is_informed_in_the_matrix_and_counted_apart() -> None:
    # The RASCI table had no letter for the monitor role and raised KeyError.
    from quanhelaodong import Assignment, CoordinationProgramme, ResponsibilityGraph, Task
    from quanhelaodong.graph import raci_matrix, workload

    plan = CoordinationProgramme("demo", "plan", "Kế hoạch", tasks=[Task("1", "1", "Tập huấn",
        assignments=[Assignment("thua-thien-hue/ldld", "lead"),
                     Assignment("thua-thien-hue/ubnd", "monitor")])])
    graph = ResponsibilityGraph([plan])
    assert raci_matrix(graph)["cells"] == [["A", "I"]]
    rows = {row.agency.id: (row.lead, row.monitor, row.total) for row in workload(graph)}
    assert rows == {"thua-thien-hue/ldld": (1, 0, 1), "thua-thien-hue/ubnd": (0, 1, 0)}
