"""The responsibility graph in Graphviz DOT, for ``dot -Tsvg`` and every tool that reads DOT.

Written by :func:`networkx.nx_pydot.to_pydot` from the plain copy of the graph
(:func:`~quanhelaodong.export.plain_graph`). Every id and value is quoted here,
before pydot sees it: a task id such as ``hue-2023:PL.I.4`` unquoted would be
read back as node ``hue-2023`` at port ``PL.I.4``.
"""

from __future__ import annotations

from typing import Any

from quanhelaodong.export._plain import REPORTING, plain_graph
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.graph._graph import AGENCY
from quanhelaodong.programmes import Role
from quanhelaodong.rows import shorten

__all__ = ["dot_quoted", "to_dot"]

#: How long a task's title may run in its box before it is cut with "…".
_TITLE_WIDTH = 48
_EDGE_STYLES = {Role.LEAD.value: "solid", Role.PARTNER.value: "dashed",
                Role.IMPLEMENTER.value: "solid", Role.MONITOR.value: "dotted"}


def dot_quoted(text: str) -> str:
    """``text`` as a DOT quoted string: backslashes and double quotes escaped.

    >>> print(dot_quoted('Sở "A" \\\\ B'))
    "Sở \\"A\\" \\\\ B"
    """
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label(*lines: str) -> str:
    # "\n" inside a DOT label is Graphviz's own line break; each line is escaped first.
    return '"' + "\\n".join(dot_quoted(line)[1:-1] for line in lines) + '"'


#: Plain attributes renamed in DOT: pydot takes a node's own ``name``, Graphviz draws ``label``.
_RENAMED = {"name": "agency_name", "label": "task_label"}


def _quoted_values(data: dict[str, Any]) -> dict[str, str]:
    return {_RENAMED.get(key, key): dot_quoted(str(value).lower() if isinstance(value, bool) else str(value))
            for key, value in data.items()}


def to_dot(graph: ResponsibilityGraph) -> str:
    """The graph as a DOT digraph: agencies as ellipses, tasks as boxes, left to right.

    Each node keeps the attributes of :func:`~quanhelaodong.export.plain_graph`
    (an agency's ``name`` as ``agency_name``, a task's ``label`` as
    ``task_label``) and gets a readable ``label``;
    edges are labelled with the plan's words ("chủ trì" solid, "phối hợp"
    dashed, "báo cáo" bold for reporting).

    >>> from quanhelaodong.io import load_bundled
    >>> text = to_dot(ResponsibilityGraph([load_bundled("hue-2023")]))
    >>> text.startswith("digraph"), '"hue-2023:PL.I.4" [' in text
    (True, True)
    """
    import networkx

    plain = plain_graph(graph)
    quoted = networkx.MultiDiGraph()
    quoted.graph["graph"] = {"rankdir": "LR"}
    for node, data in plain.nodes(data=True):
        if data["kind"] == AGENCY:
            label, shape = _label(data["name"]), "ellipse"
        else:
            label, shape = _label(data["task"], shorten(data["title"], _TITLE_WIDTH)), "box"
        quoted.add_node(dot_quoted(node), **_quoted_values(data), label=label, shape=shape)
    for source, target, key, data in plain.edges(keys=True, data=True):
        if data["kind"] == REPORTING:
            look = {"label": _label("báo cáo"), "style": "bold"}
        else:
            look = {"label": _label(Role(data["role"]).vietnamese), "style": _EDGE_STYLES[data["role"]]}
        quoted.add_edge(dot_quoted(source), dot_quoted(target), dot_quoted(key),
                        **_quoted_values(data), **look)
    text: str = networkx.nx_pydot.to_pydot(quoted).to_string()
    return text
