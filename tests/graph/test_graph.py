"""The responsibility graph itself: building it from programmes and naming its tasks."""

from __future__ import annotations

import attrs
import pytest

from quanhelaodong import (
    Assignment,
    CoordinationProgramme,
    ResponsibilityGraph,
    Role,
    Task,
    UnknownAgencyError,
    UnknownTaskError,
    leads,
)
from quanhelaodong.errors import AmbiguousTaskError
from quanhelaodong.graph import TaskRef, resolve_task


def test_unknown_task_suggests(hue_graph: ResponsibilityGraph) -> None:
    with pytest.raises(UnknownTaskError) as caught:
        leads(hue_graph, "PL.III.9")
    assert caught.value.suggestions
    assert all(s.startswith("PL.III.") for s in caught.value.suggestions)
    assert isinstance(caught.value, KeyError)


def test_unknown_agency_in_programme_is_a_typed_error(hue: CoordinationProgramme) -> None:
    broken = attrs.evolve(hue, tasks=[Task("1", "1", "Việc", assignments=[
        Assignment("thua-thien-hue/so-ldtbxhh", Role.LEAD)])])
    with pytest.raises(UnknownAgencyError) as caught:
        ResponsibilityGraph([broken])
    assert "task 1" in str(caught.value)
    assert caught.value.suggestions[0] == "thua-thien-hue/so-ldtbxh"


def test_a_task_is_named_by_ref_key_or_bare_id(hue: CoordinationProgramme,
                                                hue_graph: ResponsibilityGraph) -> None:
    ref = TaskRef(hue.id, hue.task("PL.I.4"))
    assert ref.key == "hue-2023:PL.I.4"
    assert resolve_task(hue_graph, ref) == ref.key
    assert resolve_task(hue_graph, "hue-2023:PL.I.4") == ref.key
    assert resolve_task(hue_graph, "PL.I.4") == ref.key
    with pytest.raises(UnknownTaskError):
        resolve_task(hue_graph, "hue-2024:PL.I.4")


def test_a_bare_id_in_two_programmes_is_ambiguous(hue: CoordinationProgramme) -> None:
    graph = ResponsibilityGraph([hue, attrs.evolve(hue, id="hue-2024")])
    with pytest.raises(AmbiguousTaskError) as caught:
        resolve_task(graph, "PL.I.4")
    assert caught.value.candidates == ("hue-2023:PL.I.4", "hue-2024:PL.I.4")
    assert isinstance(caught.value, LookupError)
    assert resolve_task(graph, "hue-2024:PL.I.4") == "hue-2024:PL.I.4"


def test_the_graph_keeps_every_task_in_document_order(hue: CoordinationProgramme,
                                                      hue_graph: ResponsibilityGraph) -> None:
    assert [ref.task.id for ref in hue_graph.tasks] == [task.id for task in hue.tasks]
    assert {ref.programme for ref in hue_graph.tasks} == {"hue-2023"}
    assert "hue-2023" in repr(hue_graph)
    lead = hue.task("PL.I.4").assignments[0]
    assert hue_graph.nx.has_edge(lead.agency, "hue-2023:PL.I.4", key=Role.LEAD.value)


def test_issuer_and_signatories_must_be_known_too(hue: CoordinationProgramme) -> None:
    with pytest.raises(UnknownAgencyError, match="programme hue-2023"):
        ResponsibilityGraph([attrs.evolve(hue, issuer="thua-thien-hue/ubnd-x")])
    extra = Task("X", "X", "Việc riêng", assignments=[Assignment("x/cong-ty", Role.LEAD)])
    with pytest.raises(UnknownAgencyError, match="task X"):
        ResponsibilityGraph([attrs.evolve(hue, tasks=[*hue.tasks, extra])])
    assert leads(ResponsibilityGraph([hue]), "PL.I.4")  # the plan itself builds
