"""Bugs found while laying the library out by concept: each failed before the fix."""

from __future__ import annotations

import pytest

from quanhelaodong import (
    Agency,
    AgencyCatalogue,
    Assignment,
    CoordinationProgramme,
    ResponsibilityGraph,
    Task,
    leads,
)
from quanhelaodong.agencies import AgencyFunction, ChangeEvent, Transfer
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.graph import lead_successions
from quanhelaodong.programmes import Dialogue, Signatory


def test_a_string_is_not_a_list_of_topics() -> None:
    # Dialogue kept its own copy of the tuple helper, which split a string into characters.
    with pytest.raises(InvalidValueError, match="not the string"):
        Dialogue("dt", "policy", "Đối thoại", topics="tiền lương")
    assert Dialogue("dt", "policy", "Đối thoại", topics=["tiền lương"]).topics == ("tiền lương",)


def test_a_string_is_not_a_list_of_assignments() -> None:
    with pytest.raises(InvalidValueError, match="not the string"):
        Task("1", "1", "Tập huấn", assignments="abc")
    with pytest.raises(InvalidValueError, match=r"assignments\[0\] must be a Assignment"):
        Task("1", "1", "Tập huấn", assignments=["abc"])
    with pytest.raises(InvalidValueError, match="not the string"):
        Signatory("x/a", capacity="TM. ỦY BAN NHÂN DÂN")


def _own_catalogue_plan() -> tuple[AgencyCatalogue, CoordinationProgramme]:
    old = Agency("x/so-a", "Sở A", "department", "state", dissolved="2025-03-01")
    new = Agency("x/so-b", "Sở B", "department", "state", founded="2025-03-01")
    catalogue = AgencyCatalogue([old, new])
    plan = CoordinationProgramme("demo", "plan", "Kế hoạch", tasks=[
        Task("1", "1", "Tập huấn", assignments=[Assignment("x/so-a", "lead")])])
    return catalogue, plan


def test_a_graph_with_its_own_catalogue_answers_leads_as_of_from_it() -> None:
    # The graph called successors() without its catalogue, so a body only the caller's
    # catalogue knows raised UnknownAgencyError as soon as a date was asked.
    catalogue, plan = _own_catalogue_plan()
    graph = ResponsibilityGraph([plan], catalogue=catalogue)
    assert graph.catalogue is catalogue
    assert [a.id for a in leads(graph, "1", as_of="2024-06-01")] == ["x/so-a"]
    (succession,) = lead_successions(graph, "1", "2026-01-01")
    assert [a.id for a in succession.agencies] == ["x/so-a"]  # no event recorded: still itself


def test_change_events_of_the_callers_catalogue_route_the_lead() -> None:
    catalogue, _ = _own_catalogue_plan()
    event = ChangeEvent("merge", "merger", "2025-03-01", ["x/so-a"], [Transfer("x/so-b")], [])
    from quanhelaodong.agencies import successors

    today = successors("x/so-a", on="2026-01-01", function=AgencyFunction.LABOUR_RELATIONS,
                       catalogue=catalogue, events=(event,))
    assert [a.id for a in today.agencies] == ["x/so-b"]
