"""The responsibility graph and its queries."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong import (
    Agency,
    Assignment,
    CoordinationProgramme,
    ResponsibilityGraph,
    Role,
    Task,
    UnknownAgencyError,
    UnknownTaskError,
    find_tasks,
    leads,
    load_bundled,
    partners,
    tasks_of,
    who_leads,
)
from quanhelaodong.agencies import default_catalogue
from quanhelaodong.errors import AmbiguousTaskError
from quanhelaodong.graph import (
    agencies_without_task,
    collaborations,
    implementers,
    raci_matrix,
    suggest_titles,
    tasks_without_lead,
    workload,
)
from quanhelaodong.text import fold

HUE = "thua-thien-hue"


def ids(agencies: tuple[Agency, ...]) -> list[str]:
    return [agency.id for agency in agencies]


def test_leads_partners_implementers(hue_graph: ResponsibilityGraph) -> None:
    assert ids(leads(hue_graph, "PL.III.1")) == [f"{HUE}/ban-ql-kcn"]
    assert ids(partners(hue_graph, "PL.III.1")) == [
        f"{HUE}/so-ldtbxh", f"{HUE}/ldld", f"{HUE}/co-quan-lien-quan"]
    assert ids(implementers(hue_graph, "PL.III.1")) == []
    assert ids(implementers(hue_graph, "II.6"))[3:5] == [f"{HUE}/hiep-hoi-dn", f"{HUE}/lmhtx"]
    assert leads(hue_graph, "hue-2023:PL.III.1") == leads(hue_graph, "PL.III.1")


def test_unknown_task_suggests(hue_graph: ResponsibilityGraph) -> None:
    with pytest.raises(UnknownTaskError) as caught:
        leads(hue_graph, "PL.III.9")
    assert caught.value.suggestions
    assert all(s.startswith("PL.III.") for s in caught.value.suggestions)
    assert isinstance(caught.value, KeyError)


def test_tasks_of_across_programmes(hue: CoordinationProgramme) -> None:
    later = attrs.evolve(hue, id="hue-2024")
    graph = ResponsibilityGraph([hue, later])
    union_leads = tasks_of(graph, f"{HUE}/ldld", Role.LEAD)
    assert [ref.programme for ref in union_leads].count("hue-2023") == len(union_leads) // 2
    assert union_leads[0].key == "hue-2023:IV.2.a"
    with pytest.raises(AmbiguousTaskError) as caught:
        leads(graph, "PL.I.4")
    assert caught.value.candidates == ("hue-2023:PL.I.4", "hue-2024:PL.I.4")
    assert ids(leads(graph, "hue-2024:PL.I.4")) == [f"{HUE}/so-ldtbxh"]


def test_tasks_of_every_role_is_the_union(hue_graph: ResponsibilityGraph) -> None:
    agency = f"{HUE}/ban-ql-kcn"
    every = {ref.key for ref in tasks_of(hue_graph, agency)}
    by_role = set().union(*({ref.key for ref in tasks_of(hue_graph, agency, role)} for role in Role))
    assert every == by_role
    with pytest.raises(UnknownAgencyError):
        tasks_of(hue_graph, "thua-thien-hue/so-khong-co")


def test_find_tasks_ignores_case_and_diacritics(hue_graph: ResponsibilityGraph) -> None:
    for query in ["Hội thi tìm hiểu", "HOI THI TIM HIEU", "hoi thi tim hieu", "hội   thi – tìm hiểu"]:
        assert [m.task.task.id for m in find_tasks(hue_graph, query)] == ["PL.I.4"]
    assert find_tasks(hue_graph, "PL.V.2")[0].task.task.id == "PL.V.2"
    assert find_tasks(hue_graph, "zzzz") == []


def test_find_tasks_ranks_better_matches_first(hue_graph: ResponsibilityGraph) -> None:
    matches = find_tasks(hue_graph, "tập huấn", limit=None)
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)
    # the short title that is almost only the phrase ranks above longer ones
    assert matches[0].task.task.id == "PL.III.3"


@given(st.sampled_from(["Hội thi", "tập huấn", "mô hình", "BHXH", "PL.I.4", "xyz"]))
def test_results_are_deterministic(query: str) -> None:
    first = find_tasks(ResponsibilityGraph([load_bundled("hue-2023")]), query, limit=None)
    second = find_tasks(ResponsibilityGraph([load_bundled("hue-2023")]), query, limit=None)
    assert first == second


def test_every_title_finds_itself_first(hue: CoordinationProgramme,
                                        hue_graph: ResponsibilityGraph) -> None:
    for task in hue.tasks:
        if hue.is_heading(task) and not task.assignments:
            continue
        assert find_tasks(hue_graph, task.title)[0].task.task.id == task.id


def test_who_leads_and_suggestions(hue_graph: ResponsibilityGraph) -> None:
    (first, *_) = who_leads(hue_graph, "diễn đàn quan hệ lao động")
    assert first.task.task.id == "PL.V.1"
    assert str(first.timeframe) == "định kỳ 2 năm/1 lần"
    assert who_leads(hue_graph, "bóng đá") == []
    suggestions = suggest_titles(hue_graph, "Hội thi tìm hiểu luật đất đai")
    assert suggestions[0].startswith("Hội thi tìm hiểu pháp luật lao động")


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
    assert matrix["legend"] == {"A": "chủ trì", "S": "phối hợp", "R": "đơn vị thực hiện"}


def test_unknown_agency_in_programme_is_a_typed_error(hue: CoordinationProgramme) -> None:
    broken = attrs.evolve(hue, tasks=[Task("1", "1", "Việc", assignments=[
        Assignment("thua-thien-hue/so-ldtbxhh", Role.LEAD)])])
    with pytest.raises(UnknownAgencyError) as caught:
        ResponsibilityGraph([broken])
    assert "task 1" in str(caught.value)
    assert caught.value.suggestions[0] == "thua-thien-hue/so-ldtbxh"


def test_fold_helper_is_the_one_used() -> None:
    assert fold("Đối THOẠI") == "doi thoai"
