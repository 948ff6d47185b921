"""GraphML, DOT and Mermaid exports, read back by real parsers (or, for Mermaid, a strict reader)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import attrs
import networkx as nx
import pydot
import pytest

from quanhelaodong.errors import UnknownAgencyError
from quanhelaodong.export import plain_graph, to_dot, to_graphml, to_mermaid, write_graphml
from quanhelaodong.graph import ResponsibilityGraph, partners, tasks_of
from quanhelaodong.io import load_bundled
from quanhelaodong.programmes import Role

PLAIN = (str, int, float, bool)


def test_plain_graph_has_only_plain_values_and_the_same_structure(hue_graph: ResponsibilityGraph) -> None:
    plain = plain_graph(hue_graph)
    assert list(plain.nodes) == list(hue_graph.nx.nodes)
    assert sorted(plain.edges(keys=True)) == sorted(hue_graph.nx.edges(keys=True))
    for _, data in plain.nodes(data=True):
        assert all(isinstance(value, PLAIN) for value in data.values())
    for _, _, data in plain.edges(data=True):
        assert all(isinstance(value, PLAIN) for value in data.values())


def test_graphml_reads_back_with_every_node_edge_and_attribute(hue_graph: ResponsibilityGraph,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "hue.graphml"
    write_graphml(hue_graph, path)
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(hue_graph.nx.nodes)
    assert back.number_of_edges() == hue_graph.nx.number_of_edges()
    for node, data in hue_graph.nx.nodes(data=True):
        if data["kind"] == "agency":
            agency = data["agency"]
            assert back.nodes[node]["name"] == agency.name
            assert back.nodes[node]["side"] == agency.side.value
            assert back.nodes[node]["provisional"] is agency.provisional
        else:
            assert back.nodes[node]["title"] == data["task"].title
            assert back.nodes[node]["heading"] is data["heading"]
    leads = {source for source, _, key in back.in_edges("hue-2023:PL.I.4", keys=True) if key == "lead"}
    assert leads == {"thua-thien-hue/so-ldtbxh"}
    reporting = [data for _, _, data in back.edges(data=True) if data["kind"] == "reports"]
    assert len(reporting) == sum(len(rule.reporters) for rule in hue_graph.programmes[0].reporting_rules)
    assert {data["via"] for data in reporting} == {"thua-thien-hue/so-ldtbxh", ""}


def test_graphml_text_and_file_object_agree(hue_graph: ResponsibilityGraph) -> None:
    buffer = io.BytesIO()
    write_graphml(hue_graph, buffer)
    assert buffer.getvalue().decode("utf-8") == to_graphml(hue_graph)
    back = nx.read_graphml(io.StringIO(to_graphml(hue_graph)))
    assert back.number_of_nodes() == hue_graph.nx.number_of_nodes()


def _unquoted(value: object) -> str:
    text = str(value)
    assert text.startswith('"')
    assert text.endswith('"')
    return re.sub(r'\\(["\\])', r"\1", text[1:-1])


def test_dot_reads_back_with_ids_intact_and_vietnamese_labels(hue_graph: ResponsibilityGraph) -> None:
    parsed = pydot.graph_from_dot_data(to_dot(hue_graph))
    assert parsed is not None
    assert len(parsed) == 1
    dot = parsed[0]
    names = {_unquoted(node.get_name()) for node in dot.get_nodes()}
    assert names == set(hue_graph.nx.nodes)
    assert len(dot.get_edges()) == hue_graph.nx.number_of_edges()
    node = dot.get_node('"thua-thien-hue/so-ldtbxh"')[0]
    assert _unquoted(node.get("label")) == "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế"
    task = dot.get_node('"hue-2023:PL.I.4"')[0]
    assert _unquoted(task.get("title")) == hue_graph.nx.nodes["hue-2023:PL.I.4"]["task"].title
    into_contest = {(_unquoted(edge.get_source()), _unquoted(edge.get("label")))
                    for edge in dot.get_edges() if _unquoted(edge.get_destination()) == "hue-2023:PL.I.4"}
    assert ("thua-thien-hue/so-ldtbxh", "chủ trì") in into_contest
    assert ("thua-thien-hue/bhxh", "phối hợp") in into_contest
    back = nx.nx_pydot.from_pydot(dot)
    assert set(back.nodes) == set(hue_graph.nx.nodes)


class MermaidChart:
    """A strict reader of the flowcharts to_mermaid writes: nodes, subgraphs and labelled edges."""

    NODE = re.compile(r'^ {4,8}([A-Za-z][A-Za-z0-9_]*)\["([^"]*)"\]$')
    EDGE = re.compile(r'^ {4}([A-Za-z][A-Za-z0-9_]*) (-->|-\.->|==>)\|"([^"]*)"\| ([A-Za-z][A-Za-z0-9_]*)$')
    SUBGRAPH = re.compile(r'^ {4}subgraph ([A-Za-z][A-Za-z0-9_]*)\["([^"]*)"\]$')

    def __init__(self, text: str):
        lines = text.splitlines()
        assert lines[0] == "flowchart LR"
        self.nodes: dict[str, str] = {}
        self.edges: list[tuple[str, str, str, str]] = []
        self.subgraphs: dict[str, list[str]] = {}
        current: str | None = None
        for line in lines[1:]:
            if (match := self.SUBGRAPH.match(line)) is not None:
                assert current is None, "subgraphs are not nested"
                current = match.group(1)
                self.subgraphs[current] = []
            elif line == "    end":
                assert current is not None
                current = None
            elif (match := self.NODE.match(line)) is not None:
                assert current is not None, "every node is in a subgraph"
                assert match.group(1) not in self.nodes, "one definition per node"
                self.nodes[match.group(1)] = match.group(2)
                self.subgraphs[current].append(match.group(1))
            elif (match := self.EDGE.match(line)) is not None:
                self.edges.append((match.group(1), match.group(2), match.group(3), match.group(4)))
            else:
                raise AssertionError(f"line not understood: {line!r}")
        assert current is None


def test_mermaid_defines_every_node_once_and_every_edge_joins_defined_nodes(
        hue_graph: ResponsibilityGraph) -> None:
    chart = MermaidChart(to_mermaid(hue_graph))
    agencies = [node for node, kind in hue_graph.nx.nodes(data="kind") if kind == "agency"]
    tasks = [node for node, kind in hue_graph.nx.nodes(data="kind")
             if kind == "task" and hue_graph.nx.in_degree(node)]
    assert len(chart.nodes) == len(agencies) + len(tasks)
    labels = list(chart.nodes.values())
    for agency in agencies:
        assert labels.count(hue_graph.nx.nodes[agency]["agency"].name) == 1
    for source, _, _, target in chart.edges:
        assert source in chart.nodes
        assert target in chart.nodes
    assert len(chart.edges) == hue_graph.nx.number_of_edges()
    assert set(chart.subgraphs) >= {"side_state", "side_workers", "side_employers", "programme_1"}


def test_mermaid_draws_leads_solid_and_partners_dotted(hue_graph: ResponsibilityGraph) -> None:
    chart = MermaidChart(to_mermaid(hue_graph))
    ids = {label: node for node, label in chart.nodes.items()}
    contest = next(node for node, label in chart.nodes.items() if label.startswith("PL.I.4 · "))
    arrows = {(chart.nodes[source], arrow, word) for source, arrow, word, target in chart.edges
              if target == contest}
    assert ("Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế", "-->", "chủ trì") in arrows
    for agency in partners(hue_graph, "PL.I.4"):
        assert (agency.name, "-.->", "phối hợp") in arrows
    assert ids["Bảo hiểm xã hội tỉnh Thừa Thiên Huế"] in chart.subgraphs["side_state"]


def test_mermaid_for_one_agency_keeps_its_tasks_only(hue_graph: ResponsibilityGraph) -> None:
    chart = MermaidChart(to_mermaid(hue_graph, agency="thua-thien-hue/bhxh"))
    shown = sorted(label.split(" · ")[0] for node, label in chart.nodes.items() if node.startswith("task_"))
    held = sorted({ref.task.id for role in Role
                   for ref in tasks_of(hue_graph, "thua-thien-hue/bhxh", role=role)})
    assert shown == held
    for source, _, _, target in chart.edges:
        assert source in chart.nodes
        assert target in chart.nodes


def test_mermaid_labels_escape_quotes() -> None:
    plan = load_bundled("hue-2023")
    task = plan.tasks[1]
    renamed = attrs.evolve(task, title='Tổ chức "Tháng Công nhân" #1')
    quoted = attrs.evolve(plan, tasks=[*plan.tasks[:1], renamed, *plan.tasks[2:]])
    chart = MermaidChart(to_mermaid(ResponsibilityGraph([quoted])))
    assert any("#quot;Tháng Công nhân#quot; #35;1" in label for label in chart.nodes.values())


def test_an_unknown_agency_is_refused_with_suggestions(hue_graph: ResponsibilityGraph) -> None:
    with pytest.raises(UnknownAgencyError) as caught:
        to_mermaid(hue_graph, agency="thua-thien-hue/bhx")
    assert "thua-thien-hue/bhxh" in caught.value.suggestions
