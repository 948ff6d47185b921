"""The graph of who leads ("chủ trì"), partners ("phối hợp") and implements which task.

:func:`build_graph` turns programmes into a :class:`networkx.MultiDiGraph` whose
nodes are agencies (keyed by agency id) and tasks (keyed ``"programme:task"``),
with one edge agency → task per assignment, keyed by role. The queries are small
pure functions over that graph; :class:`ResponsibilityGraph` bundles them as
methods. Every result keeps document order (programmes in load order, tasks and
assignments as written), so answers are deterministic.
"""

from __future__ import annotations

import difflib
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import networkx as nx

from quanhelaodong.agencies import Agency
from quanhelaodong.catalogue import AgencyCatalogue
from quanhelaodong.changes import Function, Succession, successors
from quanhelaodong.errors import AmbiguousTaskError, UnknownAgencyError, UnknownTaskError
from quanhelaodong.programmes import CoordinationProgramme, Role, Task
from quanhelaodong.text import fold, tokens

__all__ = [
    "Collaboration",
    "ReportingLink",
    "Responsibility",
    "ResponsibilityGraph",
    "TaskMatch",
    "TaskRef",
    "Workload",
    "agencies_without_task",
    "build_graph",
    "collaborations",
    "find_tasks",
    "implementers",
    "lead_successions",
    "leads",
    "partners",
    "raci_matrix",
    "reporters_of",
    "reports_to",
    "responsibility",
    "suggest_titles",
    "tasks_of",
    "tasks_without_lead",
    "who_leads",
    "workload",
]

_TASK = "task"
_AGENCY = "agency"
_REPORTS = "reports:"

#: RASCI letters of the matrix: the lead answers for the task ("A", and does the
#: work), partners support ("S"), implementing units with no split do it ("R").
RASCI = {Role.LEAD: "A", Role.PARTNER: "S", Role.IMPLEMENTER: "R"}


@attrs.frozen
class TaskRef:
    """A task together with the programme it belongs to."""

    programme: str
    task: Task

    @property
    def key(self) -> str:
        """The graph key, ``"programme:task"`` ("hue-2023:PL.I.4")."""
        return f"{self.programme}:{self.task.id}"


@attrs.frozen
class Responsibility:
    """Who leads, partners and implements one task, and its time frame as written."""

    task: TaskRef
    leads: tuple[Agency, ...]
    partners: tuple[Agency, ...]
    implementers: tuple[Agency, ...]

    @property
    def timeframe(self) -> str | None:
        return self.task.task.timeframe


@attrs.frozen
class TaskMatch:
    """A task found by :func:`find_tasks`; ``score`` is in (0, 1], higher is better."""

    task: TaskRef
    score: float


@attrs.frozen
class Workload:
    """How many tasks an agency holds in each role."""

    agency: Agency
    lead: int
    partner: int
    implementer: int

    @property
    def total(self) -> int:
        return self.lead + self.partner + self.implementer


@attrs.frozen
class Collaboration:
    """Two agencies named together on the same tasks."""

    first: Agency
    second: Agency
    tasks: tuple[TaskRef, ...]

    @property
    def count(self) -> int:
        return len(self.tasks)


def build_graph(programmes: Iterable[CoordinationProgramme], *,
                catalogue: AgencyCatalogue | None = None) -> nx.MultiDiGraph:
    """Build the responsibility graph of one or several programmes.

    Raises :class:`UnknownAgencyError` naming the programme and task when an
    assignment refers to an agency nobody knows (``validate`` reports all of them).

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> graph.nodes["hue-2023:PL.I.4"]["task"].title
    'Hội thi tìm hiểu pháp luật lao động, Luật Công đoàn, chính sách BHXH, BHYT, BHTN'
    """
    graph = nx.MultiDiGraph()
    order = 0
    for programme in programmes:
        headings = {task.group for task in programme.tasks if task.group is not None}
        for agency_id in _named_agencies(programme):
            _add_agency(graph, programme, agency_id, catalogue, where=f"programme {programme.id}")
        for task in programme.tasks:
            ref = TaskRef(programme.id, task)
            graph.add_node(ref.key, kind=_TASK, ref=ref, task=task, order=order,
                           heading=task.id in headings)
            order += 1
            for assignment in task.assignments:
                _add_agency(graph, programme, assignment.agency, catalogue,
                            where=f"{programme.id}, task {task.id}")
                graph.add_edge(assignment.agency, ref.key, key=assignment.role.value,
                               role=assignment.role, mode=assignment.mode)
        for rule in programme.reporting_rules:
            # Reporting edges run agency -> agency, keyed by the rule, so task queries skip them.
            for agency_id in (*rule.reporters, rule.recipient, *([rule.via] if rule.via else [])):
                _add_agency(graph, programme, agency_id, catalogue,
                            where=f"{programme.id}, reporting rule {rule.id}")
            for reporter in rule.reporters:
                graph.add_edge(reporter, rule.recipient, key=f"{_REPORTS}{programme.id}:{rule.id}",
                               kind=_REPORTS, rule=rule, via=rule.via, due=rule.due)
    return graph


def _named_agencies(programme: CoordinationProgramme) -> list[str]:
    named = [programme.issuer] if programme.issuer else []
    named += [signatory.agency for signatory in programme.signatories]
    named += [agency.id for agency in programme.agencies]
    return named


def _add_agency(graph: nx.MultiDiGraph, programme: CoordinationProgramme, agency_id: str,
                catalogue: AgencyCatalogue | None, *, where: str) -> None:
    if agency_id in graph:
        return
    try:
        agency = programme.agency(agency_id, catalogue=catalogue)
    except UnknownAgencyError as unknown:
        error = unknown  # the except clause unbinds its name; the lazy lambda needs it
        raise UnknownAgencyError(f"{agency_id} (in {where})",
                                 suggestions=lambda: error.suggestions) from None
    graph.add_node(agency_id, kind=_AGENCY, agency=agency)


def _task_nodes(graph: nx.MultiDiGraph) -> list[str]:
    return [node for node, kind in graph.nodes(data="kind") if kind == _TASK]


def _agency_nodes(graph: nx.MultiDiGraph) -> list[str]:
    return [node for node, kind in graph.nodes(data="kind") if kind == _AGENCY]


def _task_edges(graph: nx.MultiDiGraph, agency_id: str) -> list[str]:
    return [key for _, _, key in graph.out_edges(agency_id, keys=True)
            if not key.startswith(_REPORTS)]


@attrs.frozen
class ReportingLink:
    """One body reporting to another under a rule, possibly through a third."""

    reporter: Agency
    recipient: Agency
    via: Agency | None
    rule: str
    due: str


def reports_to(graph: nx.MultiDiGraph, agency: str | Agency) -> tuple[ReportingLink, ...]:
    """Whom an agency reports to, through whom and by when, in rule order.

    >>> from quanhelaodong import load_bundled
    >>> links = reports_to(build_graph([load_bundled("hue-2023")]), "thua-thien-hue/ldld")
    >>> [(link.recipient.id, link.via.id if link.via else None, link.due) for link in links]
    [('thua-thien-hue/ubnd', 'thua-thien-hue/so-ldtbxh', 'định kỳ trước ngày 15/11 hàng năm')]
    """
    agency_id = agency.id if isinstance(agency, Agency) else agency
    if graph.nodes.get(agency_id, {}).get("kind") != _AGENCY:
        raise UnknownAgencyError(agency_id)
    return tuple(
        _link(graph, agency_id, recipient, data)
        for _, recipient, key, data in graph.out_edges(agency_id, keys=True, data=True)
        if key.startswith(_REPORTS)
    )


def reporters_of(graph: nx.MultiDiGraph, agency: str | Agency) -> tuple[ReportingLink, ...]:
    """Who reports to an agency (directly, or through another body), in rule order.

    >>> from quanhelaodong import load_bundled
    >>> links = reporters_of(build_graph([load_bundled("hue-2023")]), "thua-thien-hue/ubnd")
    >>> len(links), links[-1].reporter.id, links[-1].rule
    (8, 'thua-thien-hue/so-ldtbxh', 'V.2')
    """
    agency_id = agency.id if isinstance(agency, Agency) else agency
    if graph.nodes.get(agency_id, {}).get("kind") != _AGENCY:
        raise UnknownAgencyError(agency_id)
    links = [
        (data["rule"].id, data["rule"].reporters.index(reporter),
         _link(graph, reporter, agency_id, data))
        for reporter, _, key, data in graph.in_edges(agency_id, keys=True, data=True)
        if key.startswith(_REPORTS)
    ]
    return tuple(link for *_, link in sorted(links, key=lambda item: item[:2]))


def _link(graph: nx.MultiDiGraph, reporter: str, recipient: str,
          data: dict[str, Any]) -> ReportingLink:
    via = graph.nodes[data["via"]]["agency"] if data["via"] else None
    return ReportingLink(graph.nodes[reporter]["agency"], graph.nodes[recipient]["agency"], via,
                         data["rule"].id, data["due"])


def resolve_task(graph: nx.MultiDiGraph, task: str | TaskRef) -> str:
    """The graph key of a task given as a :class:`TaskRef`, ``"programme:task"`` or a bare id.

    A bare id ("PL.I.4") is enough while only one loaded programme has it.

    >>> from quanhelaodong import load_bundled
    >>> resolve_task(build_graph([load_bundled("hue-2023")]), "PL.I.4")
    'hue-2023:PL.I.4'
    """
    key = task.key if isinstance(task, TaskRef) else task
    if graph.nodes.get(key, {}).get("kind") == _TASK:
        return key
    candidates = [node for node in _task_nodes(graph) if node.split(":", 1)[1] == key]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise AmbiguousTaskError(key, candidates)
    known = [node.split(":", 1)[1] for node in _task_nodes(graph)]
    raise UnknownTaskError(key, suggestions=difflib.get_close_matches(key, known, n=3))


def _holders(graph: nx.MultiDiGraph, task: str | TaskRef, role: Role) -> tuple[Agency, ...]:
    key = resolve_task(graph, task)
    return tuple(
        graph.nodes[agency_id]["agency"]
        for agency_id, _, edge_role in graph.in_edges(key, keys=True)
        if edge_role == role.value
    )


def leads(graph: nx.MultiDiGraph, task: str | TaskRef, *, as_of: object = None,
          function: Function | str = Function.LABOUR_RELATIONS) -> tuple[Agency, ...]:
    """The lead agencies ("chủ trì") of a task, in the order the document names them.

    With ``as_of``, each lead is followed through the change events to the body that
    holds its ``function`` on that day (:func:`lead_successions` tells how).

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> [agency.name for agency in leads(graph, "PL.I.1")]
    ['Ủy ban nhân dân tỉnh Thừa Thiên Huế', 'Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế']
    >>> [agency.name for agency in leads(graph, "PL.I.4", as_of="2026-11-22")]
    ['Sở Nội vụ thành phố Huế']
    """
    named = _holders(graph, task, Role.LEAD)
    if as_of is None:
        return named
    found = [a for succession in lead_successions(graph, task, as_of, function)
             for a in succession.agencies]
    return tuple(dict.fromkeys(found))


def lead_successions(graph: nx.MultiDiGraph, task: str | TaskRef, as_of: object,
                     function: Function | str = Function.LABOUR_RELATIONS,
                     ) -> tuple[Succession, ...]:
    """For each lead of a task, who holds its ``function`` on ``as_of`` and through which events.

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> (succession,) = lead_successions(graph, "PL.I.4", "2026-11-22")
    >>> [event.basis[0].symbol for event in succession.events]
    ['175/2024/QH15', '45/2025/NĐ-CP']
    """
    return tuple(successors(agency, on=as_of, function=function)
                 for agency in _holders(graph, task, Role.LEAD))


def partners(graph: nx.MultiDiGraph, task: str | TaskRef) -> tuple[Agency, ...]:
    """The partner agencies ("phối hợp") of a task, in document order.

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> [agency.id for agency in partners(graph, "PL.I.4")]
    ['thua-thien-hue/ban-ql-kcn', 'thua-thien-hue/ldld', 'thua-thien-hue/bhxh']
    """
    return _holders(graph, task, Role.PARTNER)


def implementers(graph: nx.MultiDiGraph, task: str | TaskRef) -> tuple[Agency, ...]:
    """The implementing units ("đơn vị thực hiện") of a task that names no lead.

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> len(implementers(graph, "II.6"))
    7
    """
    return _holders(graph, task, Role.IMPLEMENTER)


def responsibility(graph: nx.MultiDiGraph, task: str | TaskRef) -> Responsibility:
    """Leads, partners and implementers of one task together.

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> answer = responsibility(graph, "II.2")
    >>> answer.timeframe, answer.leads, answer.implementers[0].id
    ('Quý III, IV/2023', (), 'thua-thien-hue/so-ldtbxh')
    """
    key = resolve_task(graph, task)
    return Responsibility(graph.nodes[key]["ref"], leads(graph, key), partners(graph, key),
                          implementers(graph, key))


def tasks_of(graph: nx.MultiDiGraph, agency: str | Agency,
             role: Role | str | None = None) -> tuple[TaskRef, ...]:
    """Every task an agency holds, across all loaded programmes, optionally in one role.

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> [ref.task.id for ref in tasks_of(graph, "thua-thien-hue/bhxh", "lead")]
    ['IV.8.a', 'IV.8.b', 'PL.I.6', 'PL.I.7', 'PL.I.8']
    """
    agency_id = agency.id if isinstance(agency, Agency) else agency
    if graph.nodes.get(agency_id, {}).get("kind") != _AGENCY:
        known = _agency_nodes(graph)
        raise UnknownAgencyError(agency_id, suggestions=difflib.get_close_matches(agency_id, known))
    wanted = None if role is None else Role(role).value
    keys = dict.fromkeys(
        task_key for _, task_key, edge_role in graph.out_edges(agency_id, keys=True)
        if not edge_role.startswith(_REPORTS) and (wanted is None or edge_role == wanted)
    )
    ordered = sorted(keys, key=lambda key: graph.nodes[key]["order"])
    return tuple(graph.nodes[key]["ref"] for key in ordered)


def _window_similarity(query: list[str], title: list[str], floor: float = 0.0) -> float:
    """Best similarity of the query with any run of as many words in the title.

    Windows that cannot beat ``floor`` (or the best so far) are skipped on difflib's
    cheap upper bounds; 0.0 means nothing reached ``floor``.
    """
    if not query or not title:
        return 0.0
    width = min(len(query), len(title))
    matcher = difflib.SequenceMatcher(None)
    matcher.set_seq2(" ".join(query))
    best = 0.0
    for start in range(len(title) - width + 1):
        matcher.set_seq1(" ".join(title[start:start + width]))
        bar = max(best, floor)
        if matcher.real_quick_ratio() < bar or matcher.quick_ratio() < bar:
            continue
        best = max(best, matcher.ratio())
    return best if best >= floor else 0.0


def _closeness(query: list[str], title: list[str]) -> float:
    """How near a title comes to a query that it does not contain: word by word and as a run."""
    if not query or not title:
        return 0.0
    per_word = sum(
        max(difflib.SequenceMatcher(None, wanted, word).ratio() for word in title)
        for wanted in query
    ) / len(query)
    return (per_word + _window_similarity(query, title)) / 2


def _score(query: str, query_words: list[str], ref: TaskRef) -> float:
    task = ref.task
    if fold(query) in {fold(task.id), fold(task.label), fold(ref.key)}:
        return 1.0
    folded_title = " ".join(tokens(task.title))
    folded_query = " ".join(query_words)
    if folded_query and folded_query in folded_title:
        # The more of the title the phrase covers, the better: an exact title wins.
        return 0.9 + 0.1 * len(folded_query) / len(folded_title)
    title_words = tokens(task.title)
    present = sum(word in title_words for word in query_words)
    overlap = present / len(query_words) if query_words else 0.0
    if overlap >= 0.75:
        return 0.85 * overlap
    # A close spelling of the query still shares most of its words exactly; only
    # then is the costly character comparison worth running.
    if overlap < 0.5:
        return 0.0
    return 0.9 * _window_similarity(query_words, title_words, floor=0.85)


def find_tasks(graph: nx.MultiDiGraph, query: str, *, limit: int | None = 10,
               include_headings: bool = False) -> list[TaskMatch]:
    """Tasks whose id, label or title match ``query``, best first.

    Matching ignores case, diacritics and punctuation; an exact id or label wins,
    then the query as a phrase inside the title, then most query words present,
    then close spellings. Ties keep document order. Headings that only group
    other tasks are left out unless ``include_headings``.

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> [m.task.task.id for m in find_tasks(graph, "hoi thi tim hieu phap luat")]
    ['PL.I.4']
    >>> sorted(m.task.task.id for m in find_tasks(graph, "MO HINH MAU"))
    ['PL.VII.1', 'PL.VII.2', 'PL.VII.3', 'PL.VII.4']
    """
    query_words = tokens(query)
    matches = []
    for node in _task_nodes(graph):
        data = graph.nodes[node]
        if data["heading"] and not include_headings and not data["task"].assignments:
            continue
        score = _score(query, query_words, data["ref"])
        if score > 0:
            matches.append((-score, data["order"], TaskMatch(data["ref"], round(score, 4))))
    matches.sort(key=lambda item: item[:2])
    found = [match for _, _, match in matches]
    return found if limit is None else found[:limit]


def who_leads(graph: nx.MultiDiGraph, query: str, *, limit: int | None = 10) -> list[Responsibility]:
    """Answer "who leads …?": the responsibilities of the tasks matching ``query``, best first.

    An empty list means nothing matched; :func:`suggest_titles` offers close titles.

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> answer = who_leads(graph, "Hội thi tìm hiểu pháp luật lao động")[0]
    >>> [agency.name for agency in answer.leads]
    ['Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế']
    """
    return [responsibility(graph, match.task) for match in find_tasks(graph, query, limit=limit)]


def suggest_titles(graph: nx.MultiDiGraph, query: str, *, limit: int = 3) -> list[str]:
    """Titles of tasks that come closest to ``query``, for a "did you mean" hint.

    >>> from quanhelaodong import load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> suggest_titles(graph, "Hội thi tìm hiểu luật đất đai", limit=1)
    ['Hội thi tìm hiểu pháp luật lao động, Luật Công đoàn, chính sách BHXH, BHYT, BHTN']
    """
    query_words = tokens(query)
    scored = []
    for node in _task_nodes(graph):
        data = graph.nodes[node]
        similarity = _closeness(query_words, tokens(data["task"].title))
        scored.append((-similarity, data["order"], data["task"].title))
    scored.sort()
    return list(dict.fromkeys(title for _, _, title in scored))[:limit]


def workload(graph: nx.MultiDiGraph) -> list[Workload]:
    """Tasks per agency and role, busiest first (then most leads, then first named).

    >>> from quanhelaodong import load_bundled
    >>> busiest = workload(build_graph([load_bundled("hue-2023")]))[0]
    >>> busiest.agency.id, busiest.lead, busiest.partner, busiest.implementer
    ('thua-thien-hue/so-ldtbxh', 18, 8, 6)
    """
    rows = []
    for position, agency_id in enumerate(_agency_nodes(graph)):
        counts = Counter(role for _, _, role in graph.out_edges(agency_id, keys=True))
        row = Workload(graph.nodes[agency_id]["agency"], counts[Role.LEAD.value],
                       counts[Role.PARTNER.value], counts[Role.IMPLEMENTER.value])
        rows.append((-row.total, -row.lead, position, row))
    rows.sort(key=lambda item: item[:3])
    return [row for *_, row in rows]


def collaborations(graph: nx.MultiDiGraph, *, include_collective: bool = True,
                   minimum: int = 1) -> list[Collaboration]:
    """Pairs of agencies named on the same tasks, the most frequent pairs first.

    Collective parties ("các cơ quan có liên quan") can be left out, since they
    say little about who actually works with whom.

    >>> from quanhelaodong import load_bundled
    >>> top = collaborations(build_graph([load_bundled("hue-2023")]), include_collective=False)[0]
    >>> top.first.id, top.second.id, top.count
    ('thua-thien-hue/so-ldtbxh', 'thua-thien-hue/ban-ql-kcn', 25)
    """
    first_seen = {agency_id: index for index, agency_id in enumerate(_agency_nodes(graph))}
    together: dict[tuple[str, str], list[TaskRef]] = {}
    for node in _task_nodes(graph):
        holders = list(dict.fromkeys(agency_id for agency_id, _ in graph.in_edges(node)))
        if not include_collective:
            holders = [a for a in holders if not graph.nodes[a]["agency"].is_collective]
        holders.sort(key=first_seen.__getitem__)
        for pair in itertools.combinations(holders, 2):
            together.setdefault(pair, []).append(graph.nodes[node]["ref"])
    ranked = sorted(together.items(),
                    key=lambda item: (-len(item[1]), first_seen[item[0][0]], first_seen[item[0][1]]))
    return [
        Collaboration(graph.nodes[a]["agency"], graph.nodes[b]["agency"], tuple(refs))
        for (a, b), refs in ranked if len(refs) >= minimum
    ]


def tasks_without_lead(graph: nx.MultiDiGraph) -> tuple[TaskRef, ...]:
    """Tasks (not mere headings) that name no lead agency.

    >>> from quanhelaodong import load_bundled
    >>> [ref.task.id for ref in tasks_without_lead(build_graph([load_bundled("hue-2023")]))]
    ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7']
    """
    found = []
    for node in _task_nodes(graph):
        data = graph.nodes[node]
        if data["heading"] and not data["task"].assignments:
            continue
        if not any(role == Role.LEAD.value for _, _, role in graph.in_edges(node, keys=True)):
            found.append(data["ref"])
    return tuple(found)


def agencies_without_task(graph: nx.MultiDiGraph,
                          among: Iterable[Agency] | None = None) -> tuple[Agency, ...]:
    """Agencies with no task: among the given ones, or among those the graph knows.

    The graph knows issuers, signatories and a programme's own agencies even when
    they hold no task; pass ``among`` (say, every catalogue agency of the area) to
    ask which bodies a plan leaves out.

    >>> from quanhelaodong import default_catalogue, load_bundled
    >>> graph = build_graph([load_bundled("hue-2023")])
    >>> idle = agencies_without_task(graph, default_catalogue().in_area("thua-thien-hue"))
    >>> [agency.id for agency in idle][:3]
    ['thua-thien-hue/hdnd', 'thua-thien-hue/so-noi-vu', 'thua-thien-hue/so-tu-phap']
    """
    candidates = list(among) if among is not None else [
        graph.nodes[node]["agency"] for node in _agency_nodes(graph)
    ]
    return tuple(agency for agency in candidates
                 if agency.id not in graph or not _task_edges(graph, agency.id))


def raci_matrix(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The task × agency matrix as plain data, with RASCI letters.

    "A" is the lead ("chủ trì": answers for the task and does it), "S" a partner
    ("phối hợp": supports), "R" an implementing unit of a task with no split,
    "" no part. Rows are tasks (headings left out), columns agencies, both in
    document order.

    >>> from quanhelaodong import load_bundled
    >>> matrix = raci_matrix(build_graph([load_bundled("hue-2023")]))
    >>> row = matrix["tasks"].index("hue-2023:PL.I.4")
    >>> column = matrix["agencies"].index("thua-thien-hue/bhxh")
    >>> matrix["cells"][row][column]
    'S'
    """
    agencies = [node for node in _agency_nodes(graph) if _task_edges(graph, node)]
    column = {agency_id: index for index, agency_id in enumerate(agencies)}
    tasks: list[str] = []
    cells: list[list[str]] = []
    for node in _task_nodes(graph):
        data = graph.nodes[node]
        if data["heading"] and not data["task"].assignments:
            continue
        row = [""] * len(agencies)
        for agency_id, _, role in graph.in_edges(node, keys=True):
            letter = RASCI[Role(role)]
            current = row[column[agency_id]]
            row[column[agency_id]] = letter if not current else "".join(sorted({current, letter}))
        tasks.append(node)
        cells.append(row)
    return {"agencies": agencies, "tasks": tasks, "cells": cells, "legend": {
        letter: role.vietnamese for role, letter in RASCI.items()}}


class ResponsibilityGraph:
    """The responsibility graph of one or several programmes, with its queries as methods.

    >>> from quanhelaodong import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> [agency.id for agency in graph.leads("PL.III.3")]
    ['thua-thien-hue/so-ldtbxh', 'thua-thien-hue/ldld']
    """

    def __init__(self, programmes: Iterable[CoordinationProgramme], *,
                 catalogue: AgencyCatalogue | None = None):
        self.programmes: tuple[CoordinationProgramme, ...] = tuple(programmes)
        #: The underlying networkx graph; treat it as read-only.
        self.nx: nx.MultiDiGraph = build_graph(self.programmes, catalogue=catalogue)

    def leads(self, task: str | TaskRef, *, as_of: object = None,
              function: Function | str = Function.LABOUR_RELATIONS) -> tuple[Agency, ...]:
        return leads(self.nx, task, as_of=as_of, function=function)

    def lead_successions(self, task: str | TaskRef, as_of: object,
                         function: Function | str = Function.LABOUR_RELATIONS,
                         ) -> tuple[Succession, ...]:
        return lead_successions(self.nx, task, as_of, function)

    def partners(self, task: str | TaskRef) -> tuple[Agency, ...]:
        return partners(self.nx, task)

    def implementers(self, task: str | TaskRef) -> tuple[Agency, ...]:
        return implementers(self.nx, task)

    def responsibility(self, task: str | TaskRef) -> Responsibility:
        return responsibility(self.nx, task)

    def tasks_of(self, agency: str | Agency, role: Role | str | None = None) -> tuple[TaskRef, ...]:
        return tasks_of(self.nx, agency, role)

    def find_tasks(self, query: str, *, limit: int | None = 10,
                   include_headings: bool = False) -> list[TaskMatch]:
        return find_tasks(self.nx, query, limit=limit, include_headings=include_headings)

    def who_leads(self, query: str, *, limit: int | None = 10) -> list[Responsibility]:
        return who_leads(self.nx, query, limit=limit)

    def suggest_titles(self, query: str, *, limit: int = 3) -> list[str]:
        return suggest_titles(self.nx, query, limit=limit)

    def workload(self) -> list[Workload]:
        return workload(self.nx)

    def collaborations(self, *, include_collective: bool = True,
                       minimum: int = 1) -> list[Collaboration]:
        return collaborations(self.nx, include_collective=include_collective, minimum=minimum)

    def tasks_without_lead(self) -> tuple[TaskRef, ...]:
        return tasks_without_lead(self.nx)

    def agencies_without_task(self, among: Iterable[Agency] | None = None) -> tuple[Agency, ...]:
        return agencies_without_task(self.nx, among)

    def raci_matrix(self) -> dict[str, Any]:
        return raci_matrix(self.nx)

    def reports_to(self, agency: str | Agency) -> tuple[ReportingLink, ...]:
        return reports_to(self.nx, agency)

    def reporters_of(self, agency: str | Agency) -> tuple[ReportingLink, ...]:
        return reporters_of(self.nx, agency)

    def tasks(self) -> Sequence[TaskRef]:
        """Every task of every loaded programme, headings included, in document order."""
        return [self.nx.nodes[node]["ref"] for node in _task_nodes(self.nx)]
