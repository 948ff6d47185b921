"""The responsibility graph: agencies and tasks as nodes, one edge per assignment.

:class:`ResponsibilityGraph` turns programmes into a :class:`networkx.MultiDiGraph`
whose nodes are agencies (keyed by agency id) and tasks (keyed
``"programme:task"``), with one edge agency → task per assignment, keyed by role,
and one edge agency → agency per reporting duty. The queries are small pure
functions over it, grouped by family in the modules beside this one. Every result
keeps document order (programmes in load order, tasks and assignments as
written), so answers are deterministic.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
import pendulum

from quanhelaodong._bulk import collector_paused
from quanhelaodong.agencies import (
    Agency,
    AgencyCatalogue,
    AgencyFunction,
    Succession,
    change_events,
    default_catalogue,
    successors,
)
from quanhelaodong.errors import AmbiguousTaskError, InvalidValueError, UnknownAgencyError, UnknownTaskError
from quanhelaodong.graph._ranking import FoldedTask
from quanhelaodong.graph._title_index import TitleIndex
from quanhelaodong.programmes import CoordinationProgramme, Role, Task
from quanhelaodong.rows import Column, shorten
from quanhelaodong.text import close_words

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ResponsibilityGraph", "TaskMatch", "TaskRef", "resolve_task"]

TASK = "task"
AGENCY = "agency"
#: Reporting edges run agency -> agency and are keyed with this prefix, so task queries skip them.
REPORTS = "reports:"


@attrs.frozen(repr=False)
class TaskRef:
    """A task together with the programme it belongs to.

    >>> from quanhelaodong.io import load_bundled
    >>> plan = load_bundled("hue-2023")
    >>> TaskRef(plan.id, plan.task("PL.I.4")).key
    'hue-2023:PL.I.4'
    >>> TaskRef(plan.id, plan.task("PL.I.4"))
    TaskRef('hue-2023:PL.I.4', 'Hội thi tìm hiểu pháp luật lao động, Luật Công đoàn, chính…')
    """

    table_columns: ClassVar[tuple[Column, ...]] = (Column("task", lambda row: row.key),
                                                   Column("title", lambda row: row.task.title, 64))

    programme: str
    task: Task

    @property
    def key(self) -> str:
        """The graph key, ``"programme:task"`` ("hue-2023:PL.I.4")."""
        return f"{self.programme}:{self.task.id}"

    def __repr__(self) -> str:
        return f"TaskRef({self.key!r}, {shorten(self.task.title, 60)!r})"


@attrs.frozen(repr=False)
class TaskMatch:
    """A task found by :func:`find_tasks`; ``score`` is in (0, 1], higher is better.

    >>> from quanhelaodong.io import load_bundled
    >>> from quanhelaodong.graph import find_tasks
    >>> best = find_tasks(ResponsibilityGraph([load_bundled("hue-2023")]), "PL.I.4")[0]
    >>> best.task.key, best.score
    ('hue-2023:PL.I.4', 1.0)
    >>> best
    TaskMatch('hue-2023:PL.I.4', 'Hội thi tìm hiểu pháp luật lao động, Luật Công đoàn, chính…', score=1.0)
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("task", lambda row: row.task.key), Column("score", lambda row: row.score),
        Column("title", lambda row: row.task.task.title, 64))

    task: TaskRef
    score: float

    def __repr__(self) -> str:
        return f"TaskMatch({self.task.key!r}, {shorten(self.task.task.title, 60)!r}, score={self.score})"


class ResponsibilityGraph:
    """The responsibility graph of one or several programmes.

    ``catalogue`` (default: the bundled one) resolves agency ids the programmes
    do not define themselves, and every query that follows agencies through time
    uses the same catalogue. The queries are functions of this module's package
    (:func:`~quanhelaodong.graph.leads`, :func:`~quanhelaodong.graph.who_leads`, ...).

    Raises :class:`~quanhelaodong.errors.UnknownAgencyError` naming the programme
    and task when an assignment refers to an agency nobody knows (``validate``
    reports all of them).

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> graph.nx.nodes["hue-2023:PL.I.4"]["task"].title
    'Hội thi tìm hiểu pháp luật lao động, Luật Công đoàn, chính sách BHXH, BHYT, BHTN'
    >>> len(graph.tasks)
    78
    """

    def __init__(self, programmes: Iterable[CoordinationProgramme], *,
                 catalogue: AgencyCatalogue | None = None):
        self.programmes: tuple[CoordinationProgramme, ...] = tuple(programmes)
        self.catalogue: AgencyCatalogue = catalogue or default_catalogue()
        #: The underlying networkx graph; treat it as read-only.
        self.nx: nx.MultiDiGraph
        with collector_paused():
            self.nx, self._entries = _build(self.programmes, self.catalogue)
        # A bare id ("3.7") to the keys of the tasks that carry it, for constant-time lookups.
        self._ordered: tuple[TaskEntry, ...] = tuple(self._entries.values())
        self._keys_by_id: dict[str, list[str]] = {}
        for key, entry in self._entries.items():
            self._keys_by_id.setdefault(entry.ref.task.id, []).append(key)
        self._title_index: TitleIndex | None = None
        self._lock = threading.Lock()
        self._as_of: _AsOfAnswers | None = None

    @property
    def tasks(self) -> tuple[TaskRef, ...]:
        """Every task of every loaded programme, headings included, in document order."""
        return tuple(entry.ref for entry in self._entries.values())

    def __repr__(self) -> str:
        names = ", ".join(programme.id for programme in self.programmes)
        return f"<ResponsibilityGraph of {names}: {self.nx.number_of_nodes()} nodes>"


@attrs.define(slots=True, eq=False)
class TaskEntry:
    """What the queries need of one task, prepared when the graph is built."""

    ref: TaskRef
    order: int
    heading: bool
    #: Agencies by role value ("lead", "partner", ...), in the order the document names them.
    holders: dict[str, tuple[Agency, ...]]

    @property
    def searchable(self) -> bool:
        """Whether a title search sees it: headings that only group other tasks are left out."""
        return not self.heading or bool(self.ref.task.assignments)


def _build(programmes: Iterable[CoordinationProgramme], catalogue: AgencyCatalogue,
           ) -> tuple[nx.MultiDiGraph, dict[str, TaskEntry]]:
    # Nodes and edges are gathered first and added in two bulk calls, in document order:
    # networkx's per-call overhead is most of the cost at national scale.
    nodes: list[tuple[str, dict[str, Any]]] = []
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    entries: dict[str, TaskEntry] = {}
    agencies: dict[str, Agency] = {}

    def agency_of(programme: CoordinationProgramme, agency_id: str, where: str) -> Agency:
        known = agencies.get(agency_id)
        if known is None:
            known = agencies[agency_id] = _find_agency(programme, agency_id, catalogue, where=where)
            nodes.append((agency_id, {"kind": AGENCY, "agency": known}))
        return known

    order = 0
    for programme in programmes:
        headings = {task.group for task in programme.tasks if task.group is not None}
        for agency_id in _named_agencies(programme):
            agency_of(programme, agency_id, f"programme {programme.id}")
        for task in programme.tasks:
            ref = TaskRef(programme.id, task)
            key = ref.key
            heading = task.id in headings
            nodes.append((key, {"kind": TASK, "ref": ref, "task": task, "order": order, "heading": heading}))
            holders: dict[str, list[Agency]] = {}
            held: set[tuple[str, str]] = set()
            for assignment in task.assignments:
                role = _ROLE_VALUES[assignment.role]
                agency = agencies.get(assignment.agency) or agency_of(
                    programme, assignment.agency, f"{programme.id}, task {task.id}")
                # The graph keeps one edge per agency and role; so do the prepared holders.
                if (assignment.agency, role) not in held:
                    held.add((assignment.agency, role))
                    holders.setdefault(role, []).append(agency)
                edges.append((assignment.agency, key, role,
                              {"role": assignment.role, "mode": assignment.mode}))
            entries[key] = TaskEntry(ref, order, heading,
                                     {role: tuple(found) for role, found in holders.items()})
            order += 1
        for rule in programme.reporting_rules:
            # Reporting edges run agency -> agency, keyed by the rule, so task queries skip them.
            for agency_id in (*rule.reporters, rule.recipient, *([rule.via] if rule.via else [])):
                agency_of(programme, agency_id, f"{programme.id}, reporting rule {rule.id}")
            for reporter in rule.reporters:
                edges.append((reporter, rule.recipient, f"{REPORTS}{programme.id}:{rule.id}",
                              {"kind": REPORTS, "rule": rule, "via": rule.via, "due": rule.due}))
    # networkx costs about 80 ms to import: paid by the first graph, not by every program.
    import networkx

    graph = networkx.MultiDiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    return graph, entries


#: Role values by role: an enum member's ``value`` is a descriptor call, this is a dict lookup.
_ROLE_VALUES = {role: role.value for role in Role}


def _named_agencies(programme: CoordinationProgramme) -> list[str]:
    named = [programme.issuer] if programme.issuer else []
    named += [signatory.agency for signatory in programme.signatories]
    named += [agency.id for agency in programme.agencies]
    return named


def _find_agency(programme: CoordinationProgramme, agency_id: str, catalogue: AgencyCatalogue, *,
                 where: str) -> Agency:
    try:
        return programme.agency(agency_id, catalogue=catalogue)
    except UnknownAgencyError as unknown:
        error = unknown  # the except clause unbinds its name; the lazy lambda needs it
        raise UnknownAgencyError(f"{agency_id} (in {where})",
                                 suggestions=lambda: error.suggestions) from None


class _AsOfAnswers:
    """Successions already followed, per agency, function and span between change dates.

    Between two consecutive effective dates of the change events, every succession
    is the same: the answer is worked out once per span and reused for any day in it.
    """

    def __init__(self, catalogue: AgencyCatalogue):
        self._catalogue = catalogue
        self._events = change_events(catalogue=catalogue)
        self._changes = sorted({event.effective for event in self._events})
        self._answers: dict[tuple[str, int, AgencyFunction], Succession] = {}

    def succession(self, agency: Agency, day: pendulum.Date, function: AgencyFunction) -> Succession:
        key = (agency.id, bisect.bisect_right(self._changes, day), function)
        found = self._answers.get(key)
        if found is None:
            if len(self._answers) >= _AS_OF_CACHE_LIMIT:
                self._answers.clear()
            found = successors(agency, on=day, function=function, catalogue=self._catalogue,
                               events=self._events)
            self._answers[key] = found
        return found if found.on == day else attrs.evolve(found, on=day)


_AS_OF_CACHE_LIMIT = 1 << 18


def succession_on(graph: ResponsibilityGraph, agency: Agency, day: pendulum.Date,
                  function: AgencyFunction) -> Succession:
    """Who holds ``agency``'s ``function`` on ``day``, through the graph's catalogue (cached)."""
    answers = graph._as_of
    if answers is None:
        with graph._lock:
            answers = graph._as_of
            if answers is None:
                answers = graph._as_of = _AsOfAnswers(graph.catalogue)
    return answers.succession(agency, day, function)


def task_entry(graph: ResponsibilityGraph, key: str) -> TaskEntry:
    """The prepared entry of a task given by its graph key."""
    return graph._entries[key]


def task_entries(graph: ResponsibilityGraph) -> tuple[TaskEntry, ...]:
    """The prepared entries of every task, in document order (position i is the i-th task)."""
    return graph._ordered


def title_index(graph: ResponsibilityGraph) -> TitleIndex:
    """The graph's title index, built on the first search (once, even with several threads)."""
    index = graph._title_index
    if index is None:
        with graph._lock:
            index = graph._title_index
            if index is None:
                entries = graph._ordered
                seen: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] = {}
                with collector_paused():
                    folded = [FoldedTask.of(entry.ref.key, entry.ref.task, seen) for entry in entries]
                    index = TitleIndex(folded, [entry.searchable for entry in entries])
                graph._title_index = index
    return index


def task_nodes(graph: ResponsibilityGraph) -> list[str]:
    """Keys of the task nodes, in document order."""
    return list(graph._entries)


def agency_nodes(graph: ResponsibilityGraph) -> list[str]:
    """Ids of the agency nodes, in the order the programmes first name them."""
    return [node for node, kind in graph.nx.nodes(data="kind") if kind == AGENCY]


def task_edges(graph: ResponsibilityGraph, agency_id: str) -> list[str]:
    """The roles (edge keys) an agency holds on tasks, reporting duties left out."""
    return [key for _, _, key in graph.nx.out_edges(agency_id, keys=True)
            if not key.startswith(REPORTS)]


def agency_node(graph: ResponsibilityGraph, agency_id: str) -> bool:
    """Whether ``agency_id`` is an agency node of the graph."""
    return bool(graph.nx.nodes.get(agency_id, {}).get("kind") == AGENCY)


def resolve_task(graph: ResponsibilityGraph, task: str | TaskRef | TaskMatch) -> str:
    """The graph key of a task given as a :class:`TaskRef`, ``"programme:task"`` or a bare id.

    A match :func:`find_tasks` returned stands for its task. A bare id ("PL.I.4") is
    enough while only one loaded programme has it.

    >>> from quanhelaodong.io import load_bundled
    >>> resolve_task(ResponsibilityGraph([load_bundled("hue-2023")]), "PL.I.4")
    'hue-2023:PL.I.4'
    """
    if isinstance(task, TaskMatch):
        task = task.task
    if isinstance(task, TaskRef):
        key = task.key
    elif isinstance(task, str):
        key = task
    else:
        raise InvalidValueError(f"a task is a TaskRef, a TaskMatch, 'programme:task' or a task id, "
                                f"got {type(task).__name__} {task!r}")
    if key in graph._entries:
        return key
    candidates = graph._keys_by_id.get(key, [])
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise AmbiguousTaskError(key, candidates)
    raise UnknownTaskError(key, suggestions=close_words(key, graph._keys_by_id))
