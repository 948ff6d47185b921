"""Who holds a task: its leads, partners and implementers, and who holds a lead's function today."""

from __future__ import annotations

from typing import ClassVar

import attrs

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.agencies import Agency, AgencyFunction, Succession
from quanhelaodong.deadlines import Timeframe
from quanhelaodong.errors import UnknownAgencyError
from quanhelaodong.graph._graph import (
    REPORTS,
    ResponsibilityGraph,
    TaskMatch,
    TaskRef,
    agency_node,
    agency_nodes,
    resolve_task,
    succession_on,
    task_entry,
)
from quanhelaodong.programmes import Role
from quanhelaodong.rows import Column, Rows
from quanhelaodong.text import close_words

__all__ = ["Responsibility", "implementers", "lead_successions", "leads", "partners",
           "responsibility", "tasks_of"]


@attrs.frozen(repr=False)
class Responsibility:
    """Who leads, partners and implements one task, and its timeframe.

    >>> from quanhelaodong.io import load_bundled
    >>> answer = responsibility(ResponsibilityGraph([load_bundled("hue-2023")]), "II.2")
    >>> str(answer.timeframe), [a.id for a in answer.implementers][:1]
    ('Quý III, IV/2023', ['thua-thien-hue/so-ldtbxh'])
    >>> responsibility(ResponsibilityGraph([load_bundled("hue-2023")]), "PL.I.4")
    Responsibility('hue-2023:PL.I.4', leads=('thua-thien-hue/so-ldtbxh',),
                   partners=('thua-thien-hue/ban-ql-kcn', 'thua-thien-hue/ldld', 'thua-thien-hue/bhxh'))
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("task", lambda row: row.task.key), Column("title", lambda row: row.task.task.title, 40),
        Column("leads", lambda row: [agency.name for agency in row.leads] or "", 50),
        Column("partners", lambda row: len(row.partners)),
        Column("implementers", lambda row: len(row.implementers)))

    task: TaskRef
    leads: tuple[Agency, ...]
    partners: tuple[Agency, ...]
    implementers: tuple[Agency, ...]

    @property
    def timeframe(self) -> Timeframe | None:
        """The task's own timeframe, if it states one."""
        return self.task.task.timeframe

    def __repr__(self) -> str:
        # Agencies by id: their names are long, and a repr is for telling objects apart.
        held = [f"{role}={tuple(agency.id for agency in agencies)!r}" for role, agencies in (
            ("leads", self.leads), ("partners", self.partners), ("implementers", self.implementers))
            if agencies or role == "leads"]
        return f"Responsibility({self.task.key!r}, {', '.join(held)})"


def _holders(graph: ResponsibilityGraph, task: str | TaskRef | TaskMatch, role: Role) -> tuple[Agency, ...]:
    return task_entry(graph, resolve_task(graph, task)).holders.get(role.value, ())


def leads(graph: ResponsibilityGraph, task: str | TaskRef | TaskMatch, *, as_of: object = None,
          function: AgencyFunction | str = AgencyFunction.LABOUR_RELATIONS) -> tuple[Agency, ...]:
    """The lead agencies ("chủ trì") of a task, in the order the document names them.

    With ``as_of``, each lead is followed through the change events to the body that
    holds its ``function`` on that day (:func:`lead_successions` tells how).

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> [agency.name for agency in leads(graph, "PL.I.1")]
    ['Ủy ban nhân dân tỉnh Thừa Thiên Huế', 'Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế']
    >>> [agency.name for agency in leads(graph, "PL.I.4", as_of="2026-11-22")]
    ['Sở Nội vụ thành phố Huế']
    """
    named = _holders(graph, task, Role.LEAD)
    if as_of is None:
        return named
    day = as_date(as_of)
    wanted = as_choice(AgencyFunction, function, "function")
    found = [a for agency in named for a in succession_on(graph, agency, day, wanted).agencies]
    return tuple(dict.fromkeys(found))


def lead_successions(graph: ResponsibilityGraph, task: str | TaskRef | TaskMatch, as_of: object,
                     function: AgencyFunction | str = AgencyFunction.LABOUR_RELATIONS,
                     ) -> Rows[Succession]:
    """For each lead of a task, who holds its ``function`` on ``as_of`` and through which events.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> (succession,) = lead_successions(graph, "PL.I.4", "2026-11-22")
    >>> [event.basis[0].symbol for event in succession.events]
    ['175/2024/QH15', '45/2025/NĐ-CP']
    >>> lead_successions(graph, "PL.I.1", "2026-11-22")[0]
    Succession('thua-thien-hue/ubnd', on=2026-11-22, function='labour_relations', agencies=('hue/ubnd',),
               events=1)
    """
    day = as_date(as_of)
    wanted = as_choice(AgencyFunction, function, "function")
    return Rows(succession_on(graph, agency, day, wanted) for agency in _holders(graph, task, Role.LEAD))


def partners(graph: ResponsibilityGraph, task: str | TaskRef | TaskMatch) -> tuple[Agency, ...]:
    """The partner agencies ("phối hợp") of a task, in document order.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> [agency.id for agency in partners(graph, "PL.I.4")]
    ['thua-thien-hue/ban-ql-kcn', 'thua-thien-hue/ldld', 'thua-thien-hue/bhxh']
    """
    return _holders(graph, task, Role.PARTNER)


def implementers(graph: ResponsibilityGraph, task: str | TaskRef | TaskMatch) -> tuple[Agency, ...]:
    """The implementing units ("đơn vị thực hiện") of a task that names no lead.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> len(implementers(graph, "II.6"))
    7
    """
    return _holders(graph, task, Role.IMPLEMENTER)


def responsibility(graph: ResponsibilityGraph, task: str | TaskRef | TaskMatch) -> Responsibility:
    """Leads, partners and implementers of one task together.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> answer = responsibility(graph, "II.2")
    >>> str(answer.timeframe), answer.leads, answer.implementers[0].id
    ('Quý III, IV/2023', (), 'thua-thien-hue/so-ldtbxh')
    """
    key = resolve_task(graph, task)
    return Responsibility(graph.nx.nodes[key]["ref"], leads(graph, key), partners(graph, key),
                          implementers(graph, key))


def tasks_of(graph: ResponsibilityGraph, agency: str | Agency,
             role: Role | str | None = None) -> Rows[TaskRef]:
    """Every task an agency holds, across all loaded programmes, optionally in one role.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> [ref.task.id for ref in tasks_of(graph, "thua-thien-hue/bhxh", "lead")]
    ['IV.8.a', 'IV.8.b', 'PL.I.6', 'PL.I.7', 'PL.I.8']
    """
    agency_id = agency.id if isinstance(agency, Agency) else agency
    if not agency_node(graph, agency_id):
        raise UnknownAgencyError(agency_id, suggestions=lambda: close_words(agency_id, agency_nodes(graph)))
    wanted = None if role is None else as_choice(Role, role, "role").value
    keys = dict.fromkeys(
        task_key for _, task_key, edge_role in graph.nx.out_edges(agency_id, keys=True)
        if not edge_role.startswith(REPORTS) and (wanted is None or edge_role == wanted)
    )
    entries = sorted((task_entry(graph, key) for key in keys), key=lambda entry: entry.order)
    return Rows(entry.ref for entry in entries)


