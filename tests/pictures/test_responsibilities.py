"""The responsibility picture: who is drawn, how leads and partners differ, and the agency filter."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from matplotlib.patches import PathPatch
from matplotlib.text import Text

from quanhelaodong.errors import InvalidValueError, UnknownAgencyError
from quanhelaodong.graph import ResponsibilityGraph, tasks_of
from quanhelaodong.io import bundled_names, load_bundled
from quanhelaodong.pictures import responsibility_picture
from tests.pictures.drawing import drawn_without_warnings, tagged

CURVE = re.compile(r"^(?P<role>\w+) (?P<agency>\S+) -> (?P<item>\S+) \((?P<count>\d+)\)$")
STATE_BLUE, UNION_ORANGE = (0.0, 0x72 / 255, 0xB2 / 255), (0xD5 / 255, 0x5E / 255, 0.0)


def _texts(figure: object, prefix: str) -> dict[str, str]:
    """Text artists whose gid starts with ``prefix``: gid without the prefix -> shown text."""
    return {text.get_gid()[len(prefix):]: text.get_text()
            for text in figure.findobj(Text)  # type: ignore[attr-defined]
            if (text.get_gid() or "").startswith(prefix)}


def _curves(figure: object) -> list[tuple[re.Match[str], PathPatch]]:
    return tagged(figure, PathPatch, CURVE)


def _agencies_with_roles(graph: ResponsibilityGraph) -> set[str]:
    return {agency for agency, _, data in graph.nx.edges(data=True) if "role" in data}


@pytest.mark.parametrize("name", bundled_names())
def test_every_bundled_plan_is_drawn_without_warnings(name: str) -> None:
    graph = ResponsibilityGraph([load_bundled(name)])
    figure = drawn_without_warnings(lambda: responsibility_picture(graph))
    assert set(_texts(figure, "agency ")) == _agencies_with_roles(graph)


def test_every_agency_holding_a_task_is_labelled_by_its_short_name(hue_graph: ResponsibilityGraph) -> None:
    labels = _texts(responsibility_picture(hue_graph), "agency ")
    assert set(labels) == _agencies_with_roles(hue_graph)
    everyone = [node for node, kind in hue_graph.nx.nodes(data="kind") if kind == "agency"]
    assert len(labels) == len(everyone) == 25  # in this plan every body named holds a task
    assert labels["thua-thien-hue/so-ldtbxh"] == "Sở LĐTBXH"
    assert labels["thua-thien-hue/ldld"] == "LĐLĐ tỉnh"
    assert labels["thua-thien-hue/ban-ql-kcn"] == "BQL KKT, CN"
    assert len(set(labels.values())) == len(labels)
    assert all("Thừa Thiên" not in label and len(label) <= 32 for label in labels.values())


def test_the_curves_add_up_to_the_graphs_leads_and_partners(hue_graph: ResponsibilityGraph) -> None:
    drawn: Counter[tuple[str, str]] = Counter()
    for match, _ in _curves(responsibility_picture(hue_graph)):
        drawn[match["agency"], match["role"]] += int(match["count"])
    for agency in _agencies_with_roles(hue_graph):
        for role in ("lead", "partner", "implementer"):
            assert drawn[agency, role] == len(tasks_of(hue_graph, agency, role=role)), (agency, role)


def test_leads_are_solid_and_thick_partners_dashed_and_thin(hue_graph: ResponsibilityGraph) -> None:
    curves = _curves(responsibility_picture(hue_graph))
    single = {match["role"]: patch for match, patch in curves if match["count"] == "1"}
    assert single["lead"].get_linestyle() == "solid"
    assert single["partner"].get_linestyle() != "solid"
    assert single["implementer"].get_linestyle() not in ("solid", single["partner"].get_linestyle())
    assert single["lead"].get_linewidth() > 1.5 * single["partner"].get_linewidth()
    # More tasks, thicker curve.
    leads = sorted((int(match["count"]), patch.get_linewidth()) for match, patch in curves
                   if match["role"] == "lead")
    assert leads[-1][0] > 1
    assert leads[-1][1] > leads[0][1]


def test_curves_take_the_colour_of_their_agencys_side(hue_graph: ResponsibilityGraph) -> None:
    for match, patch in _curves(responsibility_picture(hue_graph)):
        if match["agency"] == "thua-thien-hue/so-ldtbxh":
            assert patch.get_edgecolor()[:3] == pytest.approx(STATE_BLUE)
        if match["agency"] == "thua-thien-hue/ldld":
            assert patch.get_edgecolor()[:3] == pytest.approx(UNION_ORANGE)


def test_a_large_plan_is_drawn_by_section_a_small_one_task_by_task(hue_graph: ResponsibilityGraph) -> None:
    sections = _texts(responsibility_picture(hue_graph), "item ")
    assert "hue-2023:PL.III" in sections
    assert "hue-2023:PL.III.1" not in sections
    assert sections["hue-2023:PL.III"].endswith("(6)")  # six tasks under appendix section III
    small = ResponsibilityGraph([load_bundled("ha-noi-2019")])
    tasks = _texts(responsibility_picture(small), "item ")
    assert list(tasks) == ["ha-noi-2019:1", "ha-noi-2019:2", "ha-noi-2019:3"]


def test_the_agency_filter_keeps_its_tasks_and_those_who_share_them(hue_graph: ResponsibilityGraph) -> None:
    figure = drawn_without_warnings(lambda: responsibility_picture(hue_graph, agency="thua-thien-hue/bhxh"))
    own = {ref.key for ref in tasks_of(hue_graph, "thua-thien-hue/bhxh")}
    assert set(_texts(figure, "item ")) == own  # few enough to be drawn one by one
    sharing = {agency for agency, key, data in hue_graph.nx.edges(data=True) if "role" in data and key in own}
    assert set(_texts(figure, "agency ")) == sharing
    assert "thua-thien-hue/hiep-hoi-dn" not in sharing
    title = [text.get_text() for text in figure.findobj(Text) if "nhiệm vụ của" in text.get_text()]
    assert title == ["Kế hoạch 180/KH-UBND: nhiệm vụ của BHXH tỉnh"]


def test_the_agency_filter_takes_a_name_as_the_plan_writes_it(hue_graph: ResponsibilityGraph) -> None:
    by_id = _texts(responsibility_picture(hue_graph, agency="thua-thien-hue/ldld"), "item ")
    written = "Lien doan Lao dong tinh Thua Thien Hue"  # diacritics optional
    by_name = _texts(responsibility_picture(hue_graph, agency=written), "item ")
    assert by_name == by_id
    assert len(by_id) < len(_texts(responsibility_picture(hue_graph), "item "))


def test_an_unknown_agency_is_refused_with_suggestions(hue_graph: ResponsibilityGraph) -> None:
    with pytest.raises(UnknownAgencyError) as raised:
        responsibility_picture(hue_graph, agency="thua-thien-hue/bhxhh")
    assert raised.value.suggestions[0] == "thua-thien-hue/bhxh"
    with pytest.raises(KeyError):
        responsibility_picture(hue_graph, agency="Sở Y tế")


def test_bad_arguments_are_refused(hue_graph: ResponsibilityGraph) -> None:
    with pytest.raises(InvalidValueError):
        responsibility_picture(load_bundled("hue-2023"))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        responsibility_picture(hue_graph, agency=3)  # type: ignore[arg-type]


def test_a_plan_without_tasks_says_so() -> None:
    graph = ResponsibilityGraph([load_bundled("an-giang-2020")])
    figure = drawn_without_warnings(lambda: responsibility_picture(graph))
    shown = [text.get_text() for text in figure.findobj(Text)]
    assert "Không có nhiệm vụ nào được giao cho cơ quan nào" in shown
    assert _curves(figure) == []


def test_two_plans_are_drawn_together_with_their_ids() -> None:
    graph = ResponsibilityGraph([load_bundled("ha-noi-2019"), load_bundled("thai-nguyen-2022")])
    figure = drawn_without_warnings(lambda: responsibility_picture(graph))
    items = _texts(figure, "item ")
    assert items["thai-nguyen-2022:1"].startswith("thai-nguyen-2022: 1 ")
    labels = _texts(figure, "agency ")
    assert labels["thai-nguyen/ubnd"] == "UBND tỉnh"
    assert labels["ha-noi/ubnd-cap-huyen"].startswith("UBND các")
