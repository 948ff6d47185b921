"""The responsibility graph as a Mermaid flowchart, for Markdown pages that render Mermaid.

Mermaid ids cannot hold "/", ":" or spaces and a few words ("end") are
reserved, so nodes get ids of their own (``agency_1``, ``task_1``, in the order
the graph names them) and the library's ids stay in the quoted labels. Inside a
label, ``"`` and ``#`` are written as Mermaid's entity codes.
"""

from __future__ import annotations

from quanhelaodong.agencies import Side
from quanhelaodong.export._inputs import checked_agency
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.graph._graph import AGENCY, REPORTS, task_nodes
from quanhelaodong.programmes import Role
from quanhelaodong.rows import shorten

__all__ = ["mermaid_label", "to_mermaid"]

_TITLE_WIDTH = 60
#: Mermaid arrows: leads and implementers solid, partners and monitors dotted, reports thick.
_ARROWS = {Role.LEAD.value: "-->", Role.PARTNER.value: "-.->", Role.IMPLEMENTER.value: "-->",
           Role.MONITOR.value: "-.->"}
_REPORT_ARROW = "==>"
_SIDE_TITLES = {Side.STATE: "Nhà nước", Side.WORKERS: "Người lao động",
                Side.EMPLOYERS: "Người sử dụng lao động", Side.MIXED: "Nhiều bên", Side.UNKNOWN: "Chưa rõ"}


def mermaid_label(text: str) -> str:
    """``text`` on one line as a quoted Mermaid label, ``#`` and ``"`` as entity codes.

    >>> print(mermaid_label('Kế hoạch "số 1" #2'))
    "Kế hoạch #quot;số 1#quot; #35;2"
    """
    flat = " ".join(text.split())
    return '"' + flat.replace("#", "#35;").replace('"', "#quot;") + '"'


def to_mermaid(graph: ResponsibilityGraph, *, agency: str | None = None) -> str:
    """A Mermaid ``flowchart LR``: agencies grouped by side, tasks by programme, one arrow per role.

    Leads point to their tasks with a solid arrow labelled "chủ trì", partners
    with a dotted one labelled "phối hợp" (implementing units solid, monitoring
    bodies dotted, each with its own word); a reporting duty is a thick arrow
    "báo cáo" from reporter to recipient. Headings that only group tasks are
    left out. With ``agency`` (an agency id of the graph), only the tasks it
    holds in any role and the reporting duties it is part of are drawn, with
    every agency named on them.

    >>> from quanhelaodong.io import load_bundled
    >>> chart = to_mermaid(ResponsibilityGraph([load_bundled("hue-2023")]), agency="thua-thien-hue/bhxh")
    >>> print("\\n".join(chart.splitlines()[:4]))
    flowchart LR
        subgraph side_state["Nhà nước"]
            agency_1["Ủy ban nhân dân tỉnh Thừa Thiên Huế"]
            agency_2["Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế"]
    """
    agency = checked_agency(graph, agency)
    network = graph.nx
    edges: list[tuple[str, str, str, str]] = []
    tasks: list[str] = []
    for node in task_nodes(graph):
        holders = list(network.in_edges(node, keys=True))
        if not holders or (agency is not None and all(source != agency for source, _, _ in holders)):
            continue
        tasks.append(node)
        edges += [(source, node, _ARROWS[role], Role(role).vietnamese) for source, _, role in holders]
    for source, target, key in network.edges(keys=True):
        if key.startswith(REPORTS) and (agency is None or agency in (source, target)):
            edges.append((source, target, _REPORT_ARROW, "báo cáo"))
    shown = {end for source, target, _, _ in edges for end in (source, target)}
    agencies = [node for node, kind in network.nodes(data="kind")
                if kind == AGENCY and (agency is None or node in shown)]
    ids = {node: f"agency_{number}" for number, node in enumerate(agencies, 1)}
    ids.update({node: f"task_{number}" for number, node in enumerate(tasks, 1)})

    lines = ["flowchart LR"]
    for side in Side:
        members = [node for node in agencies if network.nodes[node]["agency"].side is side]
        if members:
            lines.append(f"    subgraph side_{side.value}[{mermaid_label(_SIDE_TITLES[side])}]")
            lines += [f"        {ids[node]}[{mermaid_label(network.nodes[node]['agency'].name)}]"
                      for node in members]
            lines.append("    end")
    for number, programme in enumerate(graph.programmes, 1):
        members = [node for node in tasks if network.nodes[node]["ref"].programme == programme.id]
        if members:
            name = str(programme.document) if programme.document is not None else programme.id
            title = mermaid_label(f"{name}: {shorten(programme.title, 80)}")
            lines.append(f"    subgraph programme_{number}[{title}]")
            for node in members:
                task = network.nodes[node]["task"]
                label = mermaid_label(task.id + " · " + shorten(task.title, _TITLE_WIDTH))
                lines.append(f"        {ids[node]}[{label}]")
            lines.append("    end")
    lines += [f"    {ids[source]} {arrow}|{mermaid_label(word)}| {ids[target]}"
              for source, target, arrow, word in edges]
    return "\n".join(lines) + "\n"
