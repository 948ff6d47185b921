"""Who reports to whom: the reporting duties of the loaded programmes, as graph queries."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from quanhelaodong.agencies import Agency
from quanhelaodong.deadlines import Timeframe
from quanhelaodong.errors import UnknownAgencyError
from quanhelaodong.graph._graph import REPORTS, ResponsibilityGraph, agency_node
from quanhelaodong.rows import Column, Rows

__all__ = ["ReportingLink", "reporters_of", "reports_to"]


@attrs.frozen(repr=False)
class ReportingLink:
    """One body reporting to another under a rule, possibly through a third.

    >>> from quanhelaodong.io import load_bundled
    >>> link = reports_to(ResponsibilityGraph([load_bundled("hue-2023")]), "thua-thien-hue/bhxh")[0]
    >>> link.recipient.id, link.rule
    ('thua-thien-hue/ubnd', 'V.1')
    >>> link
    ReportingLink('thua-thien-hue/bhxh', 'thua-thien-hue/ubnd', via='thua-thien-hue/so-ldtbxh', rule='V.1',
                  due='định kỳ trước ngày 15/11 hàng năm')
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("rule", lambda row: row.rule), Column("reporter", lambda row: row.reporter.name, 45),
        Column("recipient", lambda row: row.recipient.name, 40),
        Column("via", lambda row: row.via.name if row.via else None, 40),
        Column("due", lambda row: row.due, 40))

    reporter: Agency
    recipient: Agency
    via: Agency | None
    rule: str
    due: Timeframe

    def __repr__(self) -> str:
        # Agencies by id: each carries its names and dates, and the repr only says who.
        via = self.via.id if self.via is not None else None
        return (f"ReportingLink({self.reporter.id!r}, {self.recipient.id!r}, via={via!r}, "
                f"rule={self.rule!r}, due={str(self.due)!r})")


def reports_to(graph: ResponsibilityGraph, agency: str | Agency) -> Rows[ReportingLink]:
    """Whom an agency reports to, through whom and by when, in rule order.

    >>> from quanhelaodong.io import load_bundled
    >>> links = reports_to(ResponsibilityGraph([load_bundled("hue-2023")]), "thua-thien-hue/ldld")
    >>> [(link.recipient.id, link.via.id if link.via else None, str(link.due)) for link in links]
    [('thua-thien-hue/ubnd', 'thua-thien-hue/so-ldtbxh', 'định kỳ trước ngày 15/11 hàng năm')]
    """
    agency_id = agency.id if isinstance(agency, Agency) else agency
    if not agency_node(graph, agency_id):
        raise UnknownAgencyError(agency_id)
    return Rows(
        _link(graph, agency_id, recipient, data)
        for _, recipient, key, data in graph.nx.out_edges(agency_id, keys=True, data=True)
        if key.startswith(REPORTS)
    )


def reporters_of(graph: ResponsibilityGraph, agency: str | Agency) -> Rows[ReportingLink]:
    """Who reports to an agency (directly, or through another body), in rule order.

    >>> from quanhelaodong.io import load_bundled
    >>> links = reporters_of(ResponsibilityGraph([load_bundled("hue-2023")]), "thua-thien-hue/ubnd")
    >>> len(links), links[-1].reporter.id, links[-1].rule
    (8, 'thua-thien-hue/so-ldtbxh', 'V.2')
    >>> links[-1]
    ReportingLink('thua-thien-hue/so-ldtbxh', 'thua-thien-hue/ubnd', via=None, rule='V.2',
                  due='định kỳ hàng năm trước ngày 30/11')
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
    return Rows(link for *_, link in sorted(links, key=lambda item: item[:2]))


def _link(graph: ResponsibilityGraph, reporter: str, recipient: str,
          data: dict[str, Any]) -> ReportingLink:
    via = graph.nx.nodes[data["via"]]["agency"] if data["via"] else None
    return ReportingLink(graph.nx.nodes[reporter]["agency"], graph.nx.nodes[recipient]["agency"], via,
                         data["rule"].id, data["due"])


