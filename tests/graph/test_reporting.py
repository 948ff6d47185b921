"""Who reports to whom: the reporting duties of the loaded programmes, as graph queries."""

from __future__ import annotations

import pytest

from quanhelaodong import (
    CoordinationProgramme,
    ResponsibilityGraph,
    UnknownAgencyError,
    tasks_of,
)
from quanhelaodong.deadlines import Recurring
from quanhelaodong.graph import reporters_of, reports_to
from quanhelaodong.programmes import ReportingRule

HUE = "thua-thien-hue/"


def test_hue_reporting_chain_in_the_graph(hue_graph: ResponsibilityGraph) -> None:
    (link,) = reports_to(hue_graph, HUE + "bhxh")
    assert (link.recipient.id, link.via.id if link.via else None) == (HUE + "ubnd", HUE + "so-ldtbxh")
    assert [link.rule for link in reports_to(hue_graph, HUE + "so-ldtbxh")] == ["V.1", "V.2"]
    assert len(reporters_of(hue_graph, HUE + "ubnd")) == 8
    # Reporting edges are not tasks.
    assert all(ref.task for ref in tasks_of(hue_graph, HUE + "so-ldtbxh"))


def test_reporters_come_in_rule_order_then_as_the_rule_lists_them() -> None:
    rules = [ReportingRule("B", [HUE + "bhxh"], HUE + "ubnd", "trước ngày 30/11 hằng năm"),
             ReportingRule("A", [HUE + "ldld", HUE + "so-ldtbxh"], HUE + "ubnd",
                           "trước ngày 15/11 hằng năm", via=HUE + "so-noi-vu")]
    graph = ResponsibilityGraph([CoordinationProgramme("demo", "plan", "Kế hoạch",
                                                       reporting_rules=rules)])
    links = reporters_of(graph, HUE + "ubnd")
    assert [(link.rule, link.reporter.id) for link in links] == [
        ("A", HUE + "ldld"), ("A", HUE + "so-ldtbxh"), ("B", HUE + "bhxh")]
    assert [link.via.id if link.via else None for link in links] == [
        HUE + "so-noi-vu", HUE + "so-noi-vu", None]
    assert isinstance(links[0].due, Recurring)
    assert reports_to(graph, HUE + "ubnd") == ()  # the committee reports to nobody here
    assert tasks_of(graph, HUE + "ldld") == ()  # and nobody holds a task


def test_an_agency_the_graph_does_not_hold_is_a_typed_error(hue: CoordinationProgramme,
                                                            hue_graph: ResponsibilityGraph) -> None:
    with pytest.raises(UnknownAgencyError):
        reports_to(hue_graph, "ha-noi/ldld")
    with pytest.raises(UnknownAgencyError):
        reporters_of(hue_graph, "ha-noi/ubnd")
    union = hue.agency(HUE + "ldld")
    assert reports_to(hue_graph, union) == reports_to(hue_graph, union.id)
