"""Who holds a task: leads (also as of a later day), partners, implementers, and an agency's tasks."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import (
    Agency,
    CoordinationProgramme,
    ResponsibilityGraph,
    Role,
    UnknownAgencyError,
    find_tasks,
    leads,
    partners,
    tasks_of,
)
from quanhelaodong.agencies import ChangeKind, successors
from quanhelaodong.errors import AmbiguousTaskError, InvalidValueError
from quanhelaodong.graph import implementers, lead_successions, responsibility
from tests.days import as_date

HUE = "thua-thien-hue"
TODAY = as_date("2026-11-22")


def ids(agencies: tuple[Agency, ...]) -> list[str]:
    return [agency.id for agency in agencies]


def test_leads_partners_implementers(hue_graph: ResponsibilityGraph) -> None:
    assert ids(leads(hue_graph, "PL.III.1")) == [f"{HUE}/ban-ql-kcn"]
    assert ids(partners(hue_graph, "PL.III.1")) == [
        f"{HUE}/so-ldtbxh", f"{HUE}/ldld", f"{HUE}/co-quan-lien-quan"]
    assert ids(implementers(hue_graph, "PL.III.1")) == []
    assert ids(implementers(hue_graph, "II.6"))[3:5] == [f"{HUE}/hiep-hoi-dn", f"{HUE}/lmhtx"]
    assert leads(hue_graph, "hue-2023:PL.III.1") == leads(hue_graph, "PL.III.1")


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


def test_seed_004_who_leads_then_and_now(hue_graph: ResponsibilityGraph) -> None:
    assert ids(leads(hue_graph, "PL.I.4", as_of="2023-06-01")) == ["thua-thien-hue/so-ldtbxh"]
    assert ids(leads(hue_graph, "PL.I.4", as_of=TODAY)) == ["hue/so-noi-vu"]
    (succession,) = lead_successions(hue_graph, "PL.I.4", TODAY)
    assert [(e.kind, e.effective.isoformat()) for e in succession.events] == [
        (ChangeKind.RENAME, "2025-01-01"), (ChangeKind.SPLIT, "2025-03-01")]
    assert [e.basis[0].symbol for e in succession.events] == ["175/2024/QH15", "45/2025/NĐ-CP"]
    assert "Sở Nội vụ thành phố Huế" in succession.explain()


def test_responsibility_gathers_the_three_roles(hue_graph: ResponsibilityGraph) -> None:
    answer = responsibility(hue_graph, "PL.III.1")
    assert answer.task.key == "hue-2023:PL.III.1"
    assert answer.leads == leads(hue_graph, "PL.III.1")
    assert answer.partners == partners(hue_graph, "PL.III.1")
    assert answer.implementers == ()
    assert answer.timeframe is answer.task.task.timeframe
    key_task = responsibility(hue_graph, "II.6")
    assert (key_task.leads, key_task.partners) == ((), ())
    assert key_task.implementers == implementers(hue_graph, "II.6")


def test_tasks_of_takes_an_agency_or_its_id_and_a_role_by_value(hue: CoordinationProgramme,
                                                                 hue_graph: ResponsibilityGraph) -> None:
    union = hue.agency(f"{HUE}/ldld")
    assert tasks_of(hue_graph, union, "lead") == tasks_of(hue_graph, union.id, Role.LEAD)
    assert [ref.task.id for ref in tasks_of(hue_graph, f"{HUE}/bhxh", "lead")] == [
        "IV.8.a", "IV.8.b", "PL.I.6", "PL.I.7", "PL.I.8"]
    with pytest.raises(InvalidValueError, match="role must be one of"):
        tasks_of(hue_graph, union, "chairing")
    with pytest.raises(UnknownAgencyError) as caught:
        tasks_of(hue_graph, f"{HUE}/ldldd")
    assert f"{HUE}/ldld" in caught.value.suggestions


def test_a_lead_that_did_not_change_is_its_own_successor(hue_graph: ResponsibilityGraph) -> None:
    before = leads(hue_graph, "PL.I.4", as_of="2024-12-31")
    assert before == leads(hue_graph, "PL.I.4")
    (succession,) = lead_successions(hue_graph, "PL.I.4", "2024-12-31")
    assert not succession.changed
    assert succession.events == ()


def test_a_search_result_is_accepted_wherever_a_task_is(hue_graph: ResponsibilityGraph) -> None:
    match = find_tasks(hue_graph, "Hội thi")[0]
    assert leads(hue_graph, match) == leads(hue_graph, match.task)
    assert partners(hue_graph, match) == partners(hue_graph, match.task)


@pytest.mark.parametrize("task", [None, 5, ["PL.I.4"]])
def test_a_task_that_is_no_task_is_an_invalid_value(hue_graph: ResponsibilityGraph,
                                                    task: object) -> None:
    with pytest.raises(InvalidValueError, match="a task is a TaskRef"):
        leads(hue_graph, task)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(st.dates(datetime.date(2023, 1, 1), datetime.date(2027, 12, 31)),
       st.sampled_from(["PL.I.4", "PL.I.1", "IV.8.a", "PL.V.1", "II.3"]),
       st.sampled_from(["labour_relations", "social_insurance", "employment"]))
def test_a_cached_as_of_answer_is_the_one_successors_gives_that_day(
        hue_graph: ResponsibilityGraph, day: datetime.date, task: str, function: str) -> None:
    # Asked twice, on the day and in a row, so that the second answer comes from the cache.
    for _ in range(2):
        expected = [successors(lead, on=day, function=function, catalogue=hue_graph.catalogue)
                    for lead in leads(hue_graph, task)]
        found = lead_successions(hue_graph, task, day, function)
        assert found == tuple(expected)
        assert all(succession.on == day for succession in found)
        assert leads(hue_graph, task, as_of=day, function=function) == tuple(
            dict.fromkeys(agency for succession in expected for agency in succession.agencies))
