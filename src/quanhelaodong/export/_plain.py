"""The responsibility graph with plain attributes only, and GraphML written from it.

The graph of :mod:`quanhelaodong.graph` carries library objects on its nodes and
edges (an :class:`~quanhelaodong.agencies.Agency`, a
:class:`~quanhelaodong.programmes.Task`, a reporting rule), which no graph
file format can hold. :func:`plain_graph` copies it with texts, numbers and
booleans only, never None (GraphML has no null), keeping the node ids and the
edge keys, so any networkx writer and any graph tool can take it.
"""

from __future__ import annotations

import io
import os
from typing import IO, TYPE_CHECKING, Any

from quanhelaodong.agencies import Agency
from quanhelaodong.deadlines import DateRange, DueDate
from quanhelaodong.export._inputs import effective_frames
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.graph._graph import AGENCY, REPORTS

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["plain_graph", "to_graphml", "write_graphml"]

ASSIGNMENT = "assignment"
#: The reporting edges' kind in the plain graph (the graph's own is a key prefix).
REPORTING = REPORTS.rstrip(":")


def _agency_attributes(agency: Agency) -> dict[str, Any]:
    return {"kind": AGENCY, "name": agency.name, "side": agency.side.value,
            "level": agency.level.value if agency.level is not None else "",
            "classification": agency.classification.value, "provisional": agency.provisional}


def plain_graph(graph: ResponsibilityGraph) -> nx.MultiDiGraph:
    """A copy of the graph whose attributes are plain texts, numbers and booleans.

    Agency nodes: ``kind="agency"``, ``name``, ``side``, ``level`` ("" when not
    known), ``classification``, ``provisional``. Task nodes: ``kind="task"``,
    ``task`` (its id), ``programme``, ``label``, ``title``, ``heading``,
    ``timeframe`` (the phrase that sets it, its heading's or the programme's
    when it has none; "" for a bare heading) and ``due`` (that frame's last day
    in ISO form, "" when it sets none or recurs). Assignment edges:
    ``kind="assignment"``, ``role``, ``mode``; reporting edges: ``kind="reports"``,
    ``rule``, ``via`` ("" when direct), ``due`` (the phrase).

    >>> from quanhelaodong.io import load_bundled
    >>> plain = plain_graph(ResponsibilityGraph([load_bundled("hue-2023")]))
    >>> plain.nodes["hue-2023:PL.I.4"]["due"], plain.nodes["thua-thien-hue/bhxh"]["side"]
    ('2023-12-31', 'state')
    >>> sorted(plain["thua-thien-hue/so-ldtbxh"]["hue-2023:PL.I.4"]["lead"].items())
    [('kind', 'assignment'), ('mode', 'assigned'), ('role', 'lead')]
    """
    import networkx

    frames = {programme.id: effective_frames(programme) for programme in graph.programmes}
    plain = networkx.MultiDiGraph()
    for node, data in graph.nx.nodes(data=True):
        if data["kind"] == AGENCY:
            plain.add_node(node, **_agency_attributes(data["agency"]))
            continue
        ref = data["ref"]
        item = frames[ref.programme].get(id(ref.task))
        frame = item.frame if item is not None else None
        due = frame.due if isinstance(frame, (DateRange, DueDate)) else None
        plain.add_node(node, kind="task", task=ref.task.id, programme=ref.programme, label=ref.task.label,
                       title=ref.task.title, heading=bool(data["heading"]),
                       timeframe=str(frame) if frame is not None else "",
                       due=due.isoformat() if due is not None else "")
    for source, target, key, data in graph.nx.edges(keys=True, data=True):
        if key.startswith(REPORTS):
            rule = data["rule"]
            plain.add_edge(source, target, key, kind=REPORTING, rule=rule.id, via=data["via"] or "",
                           due=str(data["due"]))
        else:
            plain.add_edge(source, target, key, kind=ASSIGNMENT, role=data["role"].value,
                           mode=data["mode"].value)
    return plain


def write_graphml(graph: ResponsibilityGraph, file: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write the graph's plain copy (:func:`plain_graph`) as GraphML to a path or a binary file.

    >>> import io, networkx
    >>> from quanhelaodong.io import load_bundled
    >>> buffer = io.BytesIO()
    >>> write_graphml(ResponsibilityGraph([load_bundled("hue-2023")]), buffer)
    >>> networkx.read_graphml(io.BytesIO(buffer.getvalue())).nodes["hue-2023:PL.I.4"]["title"][:26]
    'Hội thi tìm hiểu pháp luật'
    """
    import networkx

    networkx.write_graphml(plain_graph(graph), file, encoding="utf-8")


def to_graphml(graph: ResponsibilityGraph) -> str:
    """The graph's plain copy (:func:`plain_graph`) as a GraphML text.

    >>> from quanhelaodong.io import load_bundled
    >>> text = to_graphml(ResponsibilityGraph([load_bundled("hue-2023")]))
    >>> text.startswith("<?xml"), 'id="hue-2023:PL.I.4"' in text
    (True, True)
    """
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue().decode("utf-8")
