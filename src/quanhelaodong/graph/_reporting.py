"""Who reports to whom: the reporting duties of the loaded programmes, as graph queries."""

from __future__ import annotations

from typing import Any

import attrs

from quanhelaodong.agencies import Agency
from quanhelaodong.deadlines import Timeframe
from quanhelaodong.errors import UnknownAgencyError
from quanhelaodong.graph._graph import REPORTS, ResponsibilityGraph, agency_node

__all__ = ["ReportingLink", "reporters_of", "reports_to"]


@attrs.frozen
class ReportingLink:
    """One body reporting to another under a rule, possibly through a third.

    >>> from quanhelaodong.io import load_bundled
    >>> link = reports_to(ResponsibilityGraph([load_bundled("hue-2023")]), "thua-thien-hue/bhxh")[0]
    >>> link.recipient.id, link.rule
    ('thua-thien-hue/ubnd', 'V.1')
    """

    reporter: Agency
    recipient: Agency
    via: Agency | None
    rule: str
    due: Timeframe


def reports_to(graph: ResponsibilityGraph, agency: str | Agency) -> tuple[ReportingLink, ...]:
    """Whom an agency reports to, through whom and by when, in rule order.

    >>> from quanhelaodong.io import load_bundled
    >>> links = reports_to(ResponsibilityGraph([load_bundled("hue-2023")]), "thua-thien-hue/ldld")
    >>> [(link.recipient.id, link.via.id if link.via else None, str(link.due)) for link in links]
    [('thua-thien-hue/ubnd', 'thua-thien-hue/so-ldtbxh', 'định kỳ trước ngày 15/11 hàng năm')]
    """
    agency_id = agency.id if isinstance(agency, Agency) else agency
    if not agency_node(graph, agency_id):
        raise UnknownAgencyError(agency_id)
    return tuple(
        _link(graph, agency_id, recipient, data)
        for _, recipient, key, data in graph.nx.out_edges(agency_id, keys=True, data=True)
        if key.startswith(REPORTS)
    )


def reporters_of(graph: ResponsibilityGraph, agency: str | Agency) -> tuple[ReportingLink, ...]:
    """Who reports to an agency (directly, or through another body), in rule order.

    >>> from quanhelaodong.io import load_bundled
    >>> links = reporters_of(ResponsibilityGraph([load_bundled("hue-2023")]), "thua-thien-hue/ubnd")
    >>> len(links), links[-1].reporter.id, links[-1].rule
    (8, 'thua-thien-hue/so-ldtbxh', 'V.2')
    """
    agency_id = agency.id if isinstance(agency, Agency) else agency
    if not agency_node(graph, agency_id):
        raise UnknownAgencyError(agency_id)
    links = [
        (data["rule"].id, data["rule"].reporters.index(reporter),
         _link(graph, reporter, agency_id, data))
        for reporter, _, key, data in graph.nx.in_edges(agency_id, keys=True, data=True)
        if key.startswith(REPORTS)
    ]
    return tuple(link for *_, link in sorted(links, key=lambda item: item[:2]))


def _link(graph: ResponsibilityGraph, reporter: str, recipient: str,
          data: dict[str, Any]) -> ReportingLink:
    via = graph.nx.nodes[data["via"]]["agency"] if data["via"] else None
    return ReportingLink(graph.nx.nodes[reporter]["agency"], graph.nx.nodes[recipient]["agency"], via,
                         data["rule"].id, data["due"])


