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

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from quanhelaodong.agencies import AgencyCatalogue, default_catalogue
from quanhelaodong.errors import AmbiguousTaskError, InvalidValueError, UnknownAgencyError, UnknownTaskError
from quanhelaodong.programmes import CoordinationProgramme, Task

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ResponsibilityGraph", "TaskMatch", "TaskRef", "resolve_task"]

TASK = "task"
AGENCY = "agency"
#: Reporting edges run agency -> agency and are keyed with this prefix, so task queries skip them.
REPORTS = "reports:"


@attrs.frozen
class TaskRef:
    """A task together with the programme it belongs to.

    >>> from quanhelaodong.io import load_bundled
    >>> plan = load_bundled("hue-2023")
    >>> TaskRef(plan.id, plan.task("PL.I.4")).key
    'hue-2023:PL.I.4'
    """

    programme: str
    task: Task

    @property
    def key(self) -> str:
        """The graph key, ``"programme:task"`` ("hue-2023:PL.I.4")."""
        return f"{self.programme}:{self.task.id}"


@attrs.frozen
class TaskMatch:
    """A task found by :func:`find_tasks`; ``score`` is in (0, 1], higher is better.

    >>> from quanhelaodong.io import load_bundled
    >>> from quanhelaodong.graph import find_tasks
    >>> best = find_tasks(ResponsibilityGraph([load_bundled("hue-2023")]), "PL.I.4")[0]
    >>> best.task.key, best.score
    ('hue-2023:PL.I.4', 1.0)
    """

    task: TaskRef
    score: float


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
        self.nx: nx.MultiDiGraph = _build(self.programmes, self.catalogue)

    @property
    def tasks(self) -> tuple[TaskRef, ...]:
        """Every task of every loaded programme, headings included, in document order."""
        return tuple(self.nx.nodes[node]["ref"] for node in task_nodes(self))

    def __repr__(self) -> str:
        names = ", ".join(programme.id for programme in self.programmes)
        return f"<ResponsibilityGraph of {names}: {self.nx.number_of_nodes()} nodes>"


def _build(programmes: Iterable[CoordinationProgramme], catalogue: AgencyCatalogue,
           ) -> nx.MultiDiGraph:
    # networkx costs about 80 ms to import: paid by the first graph, not by every program.
    import networkx

    graph = networkx.MultiDiGraph()
    order = 0
    for programme in programmes:
        headings = {task.group for task in programme.tasks if task.group is not None}
        for agency_id in _named_agencies(programme):
            _add_agency(graph, programme, agency_id, catalogue, where=f"programme {programme.id}")
        for task in programme.tasks:
            ref = TaskRef(programme.id, task)
            graph.add_node(ref.key, kind=TASK, ref=ref, task=task, order=order,
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
                graph.add_edge(reporter, rule.recipient, key=f"{REPORTS}{programme.id}:{rule.id}",
                               kind=REPORTS, rule=rule, via=rule.via, due=rule.due)
    return graph


def _named_agencies(programme: CoordinationProgramme) -> list[str]:
    named = [programme.issuer] if programme.issuer else []
    named += [signatory.agency for signatory in programme.signatories]
    named += [agency.id for agency in programme.agencies]
    return named


def _add_agency(graph: nx.MultiDiGraph, programme: CoordinationProgramme, agency_id: str,
                catalogue: AgencyCatalogue, *, where: str) -> None:
    if agency_id in graph:
        return
    try:
        agency = programme.agency(agency_id, catalogue=catalogue)
    except UnknownAgencyError as unknown:
        error = unknown  # the except clause unbinds its name; the lazy lambda needs it
        raise UnknownAgencyError(f"{agency_id} (in {where})",
                                 suggestions=lambda: error.suggestions) from None
    graph.add_node(agency_id, kind=AGENCY, agency=agency)


def task_nodes(graph: ResponsibilityGraph) -> list[str]:
    """Keys of the task nodes, in document order."""
    return [node for node, kind in graph.nx.nodes(data="kind") if kind == TASK]


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
    nodes = graph.nx.nodes
    if nodes.get(key, {}).get("kind") == TASK:
        return key
    candidates = [node for node in task_nodes(graph) if node.split(":", 1)[1] == key]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise AmbiguousTaskError(key, candidates)
    known = [node.split(":", 1)[1] for node in task_nodes(graph)]
    raise UnknownTaskError(key, suggestions=difflib.get_close_matches(key, known, n=3))


