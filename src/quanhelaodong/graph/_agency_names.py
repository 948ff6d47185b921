"""An agency of the graph named as a person would type it: its id, its name, or another name."""

from __future__ import annotations

from quanhelaodong.agencies import Agency
from quanhelaodong.errors import UnknownAgencyError
from quanhelaodong.graph._graph import ResponsibilityGraph, agency_node, agency_nodes
from quanhelaodong.text import close_words, match_key

__all__ = ["find_agency"]


def find_agency(graph: ResponsibilityGraph, name: str) -> Agency:
    """The agency of ``graph`` whose id, name or other name is ``name``.

    Names are compared without diacritics, case or punctuation; a name the loaded
    programmes do not use raises :class:`~quanhelaodong.errors.UnknownAgencyError`
    with the closest names, so a misspelt filter is an error rather than an empty
    answer.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> find_agency(graph, "Bao hiem xa hoi tinh Thua Thien Hue").id
    'thua-thien-hue/bhxh'
    >>> find_agency(graph, "thua-thien-hue/ldld").name
    'Liên đoàn Lao động tỉnh Thừa Thiên Huế'
    >>> try: find_agency(graph, "Sở Lao động")
    ... except KeyError as error: print(error.suggestions[0])
    Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế
    """
    if agency_node(graph, name):
        return _agency(graph, name)
    wanted = match_key(name)
    if wanted:
        for node in agency_nodes(graph):
            agency = _agency(graph, node)
            if any(match_key(known) == wanted for known in agency.all_names):
                return agency
    names = [_agency(graph, node).name for node in agency_nodes(graph)]
    raise UnknownAgencyError(name, suggestions=lambda: _closest(name, names))


def _closest(name: str, names: list[str]) -> list[str]:
    # A short name ("Sở Lao động") spells little of the full one, so names that
    # contain it come before names merely spelt alike.
    wanted = match_key(name)
    containing = [known for known in names if wanted and wanted in match_key(known)]
    return list(dict.fromkeys([*containing, *close_words(name, names)]))[:3]


def _agency(graph: ResponsibilityGraph, node: str) -> Agency:
    agency: Agency = graph.nx.nodes[node]["agency"]
    return agency
