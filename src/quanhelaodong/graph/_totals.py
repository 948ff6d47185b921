"""Totals over the whole graph: workload, collaborations, gaps, and the RASCI matrix."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from typing import Any, ClassVar

import attrs

from quanhelaodong.agencies import Agency
from quanhelaodong.graph._graph import (
    ResponsibilityGraph,
    TaskRef,
    agency_nodes,
    task_edges,
    task_nodes,
)
from quanhelaodong.programmes import Role
from quanhelaodong.rows import Column, Rows

__all__ = ["RASCI", "Collaboration", "Workload", "agencies_without_task", "collaborations",
           "raci_matrix", "tasks_without_lead", "workload"]

#: RASCI letters of the matrix: the lead answers for the task ("A", and does the
#: work), partners support ("S"), implementing units with no split do it ("R"), and
#: the monitoring body ("theo dõi") is kept informed of it ("I").
RASCI = {Role.LEAD: "A", Role.PARTNER: "S", Role.IMPLEMENTER: "R", Role.MONITOR: "I"}


@attrs.frozen(repr=False)
class Workload:
    """How many tasks an agency holds in each role.

    >>> from quanhelaodong.io import load_bundled
    >>> busiest = workload(ResponsibilityGraph([load_bundled("hue-2023")]))[0]
    >>> busiest.total
    32
    >>> busiest
    Workload('thua-thien-hue/so-ldtbxh', lead=18, partner=8, implementer=6, monitor=0)
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("agency", lambda row: row.agency.name), Column("lead", lambda row: row.lead),
        Column("partner", lambda row: row.partner), Column("implementer", lambda row: row.implementer),
        Column("monitor", lambda row: row.monitor), Column("total", lambda row: row.total))

    agency: Agency
    lead: int
    partner: int
    implementer: int
    #: Tasks the agency monitors ("theo dõi") without holding them; not in ``total``.
    monitor: int = 0

    @property
    def total(self) -> int:
        """Tasks the agency holds: as lead, partner or implementer."""
        return self.lead + self.partner + self.implementer

    def __repr__(self) -> str:
        return (f"Workload({self.agency.id!r}, lead={self.lead}, partner={self.partner}, "
                f"implementer={self.implementer}, monitor={self.monitor})")


@attrs.frozen(repr=False)
class Collaboration:
    """Two agencies named together on the same tasks.

    >>> from quanhelaodong.io import load_bundled
    >>> pair = collaborations(ResponsibilityGraph([load_bundled("hue-2023")]))[0]
    >>> pair.count == len(pair.tasks)
    True
    >>> pair
    Collaboration('thua-thien-hue/so-ldtbxh', 'thua-thien-hue/ban-ql-kcn', tasks=25)
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("first", lambda row: row.first.name, 45), Column("second", lambda row: row.second.name, 45),
        Column("tasks", lambda row: row.count))

    first: Agency
    second: Agency
    tasks: tuple[TaskRef, ...]

    @property
    def count(self) -> int:
        return len(self.tasks)

    def __repr__(self) -> str:
        return f"Collaboration({self.first.id!r}, {self.second.id!r}, tasks={self.count})"


def workload(graph: ResponsibilityGraph) -> Rows[Workload]:
    """Tasks per agency and role, busiest first (then most leads, then first named).

    >>> from quanhelaodong.io import load_bundled
    >>> rows = workload(ResponsibilityGraph([load_bundled("hue-2023")]))
    >>> busiest = rows[0]
    >>> busiest.agency.id, busiest.lead, busiest.partner, busiest.implementer
    ('thua-thien-hue/so-ldtbxh', 18, 8, 6)
    >>> rows
    25 rows of Workload
    agency                                                   lead  partner  implementer  monitor  total
    Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế    18        8            6        0     32
    ...
    … 15 more (print() shows them all)
    """
    rows = []
    for position, agency_id in enumerate(agency_nodes(graph)):
        counts = Counter(role for _, _, role in graph.nx.out_edges(agency_id, keys=True))
        row = Workload(graph.nx.nodes[agency_id]["agency"], counts[Role.LEAD.value],
                       counts[Role.PARTNER.value], counts[Role.IMPLEMENTER.value],
                       counts[Role.MONITOR.value])
        rows.append((-row.total, -row.lead, position, row))
    rows.sort(key=lambda item: item[:3])
    return Rows(row for *_, row in rows)


def collaborations(graph: ResponsibilityGraph, *, include_collective: bool = True,
                   minimum: int = 1) -> Rows[Collaboration]:
    """Pairs of agencies named on the same tasks, the most frequent pairs first.

    Collective parties ("các cơ quan có liên quan") can be left out, since they
    say little about who actually works with whom.

    >>> from quanhelaodong.io import load_bundled
    >>> top = collaborations(ResponsibilityGraph([load_bundled("hue-2023")]), include_collective=False)[0]
    >>> top.first.id, top.second.id, top.count
    ('thua-thien-hue/so-ldtbxh', 'thua-thien-hue/ban-ql-kcn', 25)
    """
    first_seen = {agency_id: index for index, agency_id in enumerate(agency_nodes(graph))}
    together: dict[tuple[str, str], list[TaskRef]] = {}
    for node in task_nodes(graph):
        holders = list(dict.fromkeys(agency_id for agency_id, _ in graph.nx.in_edges(node)))
        if not include_collective:
            holders = [a for a in holders if not graph.nx.nodes[a]["agency"].is_collective]
        holders.sort(key=first_seen.__getitem__)
        for pair in itertools.combinations(holders, 2):
            together.setdefault(pair, []).append(graph.nx.nodes[node]["ref"])
    ranked = sorted(together.items(),
                    key=lambda item: (-len(item[1]), first_seen[item[0][0]], first_seen[item[0][1]]))
    return Rows(
        Collaboration(graph.nx.nodes[a]["agency"], graph.nx.nodes[b]["agency"], tuple(refs))
        for (a, b), refs in ranked if len(refs) >= minimum
    )


def tasks_without_lead(graph: ResponsibilityGraph) -> Rows[TaskRef]:
    """Tasks (not mere headings) that name no lead agency.

    >>> from quanhelaodong.io import load_bundled
    >>> [ref.task.id for ref in tasks_without_lead(ResponsibilityGraph([load_bundled("hue-2023")]))]
    ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7']
    """
    found = []
    for node in task_nodes(graph):
        data = graph.nx.nodes[node]
        if data["heading"] and not data["task"].assignments:
            continue
        if not any(role == Role.LEAD.value for _, _, role in graph.nx.in_edges(node, keys=True)):
            found.append(data["ref"])
    return Rows(found)


def agencies_without_task(graph: ResponsibilityGraph,
                          among: Iterable[Agency] | None = None) -> Rows[Agency]:
    """Agencies with no task: among the given ones, or among those the graph knows.

    The graph knows issuers, signatories and a programme's own agencies even when
    they hold no task; pass ``among`` (say, every catalogue agency of the area) to
    ask which bodies a plan leaves out.

    >>> from quanhelaodong.agencies import default_catalogue
    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> idle = agencies_without_task(graph, default_catalogue().in_area("thua-thien-hue"))
    >>> [agency.id for agency in idle][:3]
    ['thua-thien-hue/hdnd', 'thua-thien-hue/so-noi-vu', 'thua-thien-hue/so-tu-phap']
    """
    candidates = list(among) if among is not None else [
        graph.nx.nodes[node]["agency"] for node in agency_nodes(graph)
    ]
    return Rows(agency for agency in candidates
                if agency.id not in graph.nx or not task_edges(graph, agency.id))


def raci_matrix(graph: ResponsibilityGraph) -> dict[str, Any]:
    """The task × agency matrix as plain data, with RASCI letters.

    "A" is the lead ("chủ trì": answers for the task and does it), "S" a partner
    ("phối hợp": supports), "R" an implementing unit of a task with no split,
    "" no part. Rows are tasks (headings left out), columns agencies, both in
    document order.

    >>> from quanhelaodong.io import load_bundled
    >>> matrix = raci_matrix(ResponsibilityGraph([load_bundled("hue-2023")]))
    >>> row = matrix["tasks"].index("hue-2023:PL.I.4")
    >>> column = matrix["agencies"].index("thua-thien-hue/bhxh")
    >>> matrix["cells"][row][column]
    'S'
    """
    agencies = [node for node in agency_nodes(graph) if task_edges(graph, node)]
    column = {agency_id: index for index, agency_id in enumerate(agencies)}
    tasks: list[str] = []
    cells: list[list[str]] = []
    for node in task_nodes(graph):
        data = graph.nx.nodes[node]
        if data["heading"] and not data["task"].assignments:
            continue
        row = [""] * len(agencies)
        for agency_id, _, role in graph.nx.in_edges(node, keys=True):
            letter = RASCI[Role(role)]
            current = row[column[agency_id]]
            row[column[agency_id]] = letter if not current else "".join(sorted({current, letter}))
        tasks.append(node)
        cells.append(row)
    return {"agencies": agencies, "tasks": tasks, "cells": cells, "legend": {
        letter: role.vietnamese for role, letter in RASCI.items()}}


