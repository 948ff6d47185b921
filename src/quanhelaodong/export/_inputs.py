"""What every export starts from: a graph (built from programmes when given those), an agency checked.

An agency filter that names no agency of the graph is an error, not an empty
export: a misspelt id would otherwise give a calendar with nothing in it.
"""

from __future__ import annotations

from collections.abc import Iterable

from quanhelaodong.errors import InvalidValueError, UnknownAgencyError
from quanhelaodong.followup import TaskTimeframe, task_timeframes
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.graph._graph import agency_node, agency_nodes
from quanhelaodong.programmes import CoordinationProgramme
from quanhelaodong.text import close_words

__all__ = ["ExportSource", "as_graph", "checked_agency", "effective_frames"]

#: What an export of deadlines or tables accepts: a graph, one programme, or several.
ExportSource = ResponsibilityGraph | CoordinationProgramme | Iterable[CoordinationProgramme]


def as_graph(source: ExportSource) -> ResponsibilityGraph:
    """``source`` itself when it is a graph, else the graph of the programme(s) it holds.

    >>> from quanhelaodong.io import load_bundled
    >>> as_graph(load_bundled("hue-2023")).programmes[0].id
    'hue-2023'
    """
    if isinstance(source, ResponsibilityGraph):
        return source
    if isinstance(source, CoordinationProgramme):
        return ResponsibilityGraph([source])
    if isinstance(source, (str, bytes)) or not isinstance(source, Iterable):
        raise InvalidValueError(f"expected a ResponsibilityGraph or programmes, got "
                                f"{type(source).__name__} {source!r}")
    programmes = list(source)
    for programme in programmes:
        if not isinstance(programme, CoordinationProgramme):
            raise InvalidValueError(f"expected programmes, got {type(programme).__name__} {programme!r}")
    return ResponsibilityGraph(programmes)


def checked_agency(graph: ResponsibilityGraph, agency: str | None) -> str | None:
    """``agency`` when it is an agency of the graph (or None); else :class:`UnknownAgencyError`.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> checked_agency(graph, "thua-thien-hue/bhxh")
    'thua-thien-hue/bhxh'
    >>> try: checked_agency(graph, "thua-thien-hue/bhx")
    ... except KeyError as error: print(error.suggestions[0])
    thua-thien-hue/bhxh
    """
    if agency is None:
        return None
    if not isinstance(agency, str):
        raise InvalidValueError(f"an agency filter is an agency id, got {type(agency).__name__} {agency!r}")
    if not agency_node(graph, agency):
        raise UnknownAgencyError(agency, suggestions=lambda: close_words(agency, agency_nodes(graph)))
    return agency


def effective_frames(programme: CoordinationProgramme) -> dict[int, TaskTimeframe]:
    """Each task's timeframe, inherited from its heading or the programme when it has none,
    keyed by the task object's identity (a duplicated task id stays two tasks).

    >>> from quanhelaodong.io import load_bundled
    >>> plan = load_bundled("hue-2023")
    >>> str(effective_frames(plan)[id(plan.task("PL.I.4"))].frame)
    'kỳ của chương trình'
    """
    return {id(item.task): item for item in task_timeframes(programme)}
