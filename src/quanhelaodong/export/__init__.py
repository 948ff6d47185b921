"""Exports: a plan's responsibility graph, RACI matrix and deadlines in other tools' formats.

* :func:`plain_graph`: the graph with plain attributes only, for any networkx
  writer; :func:`to_graphml` / :func:`write_graphml` (GraphML), :func:`to_dot`
  (Graphviz DOT), :func:`to_mermaid` (a Mermaid flowchart for Markdown pages);
* :func:`raci_csv`, :func:`raci_markdown`: who leads and partners on each task,
  as a spreadsheet or a page;
* :func:`to_ical`: every task and report deadline as an iCalendar to-do with
  its lead, partners and reminders, stable UIDs so a new export updates the last;
* :func:`tasks_frame`, :func:`assignments_frame`, :func:`obligations_frame`:
  pandas tables for analysts (``pip install 'quanhelaodong[pandas]'``).

``import quanhelaodong`` never loads this package; the command line's ``export``
calls it.

>>> from quanhelaodong.graph import ResponsibilityGraph
>>> from quanhelaodong.io import load_bundled
>>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
>>> to_mermaid(graph).splitlines()[0], to_ical(graph).count(b"BEGIN:VTODO")
('flowchart LR', 61)
"""

from quanhelaodong.export._dot import to_dot
from quanhelaodong.export._frames import assignments_frame, obligations_frame, tasks_frame
from quanhelaodong.export._ical import to_ical
from quanhelaodong.export._mermaid import to_mermaid
from quanhelaodong.export._plain import plain_graph, to_graphml, write_graphml
from quanhelaodong.export._raci import raci_csv, raci_markdown

__all__ = [
    "assignments_frame",
    "obligations_frame",
    "plain_graph",
    "raci_csv",
    "raci_markdown",
    "tasks_frame",
    "to_dot",
    "to_graphml",
    "to_ical",
    "to_mermaid",
    "write_graphml",
]
