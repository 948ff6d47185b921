"""The responsibility graph and its queries: who leads, who partners, who reports to whom.

Build a :class:`ResponsibilityGraph` from one or several programmes, then ask it
with small pure functions, grouped by family:

* who holds a task: :func:`leads` (also as of a later date, through the 2025
  changes), :func:`partners`, :func:`implementers`, :func:`responsibility`,
  :func:`tasks_of`, :func:`lead_successions`;
* finding tasks: :func:`who_leads`, :func:`find_tasks`, :func:`suggest_titles`;
* totals: :func:`workload`, :func:`collaborations`, :func:`tasks_without_lead`,
  :func:`agencies_without_task`, :func:`raci_matrix`;
* reporting: :func:`reports_to`, :func:`reporters_of`;
* the tasks of ended bodies: :func:`reassignment_preview`.

>>> from quanhelaodong.graph import ResponsibilityGraph, who_leads
>>> from quanhelaodong.io import load_bundled
>>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
>>> [agency.name for agency in who_leads(graph, "hoi thi tim hieu phap luat")[0].leads]
['Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế']
"""

from quanhelaodong.graph._agency_names import find_agency
from quanhelaodong.graph._graph import ResponsibilityGraph, TaskRef, resolve_task
from quanhelaodong.graph._holders import (
    Responsibility,
    implementers,
    lead_successions,
    leads,
    partners,
    responsibility,
    tasks_of,
)
from quanhelaodong.graph._reassignment import Reassignment, ReassignmentStatus, reassignment_preview
from quanhelaodong.graph._reporting import ReportingLink, reporters_of, reports_to
from quanhelaodong.graph._search import MAX_QUERY_LENGTH, TaskMatch, find_tasks, suggest_titles, who_leads
from quanhelaodong.graph._totals import (
    RASCI,
    Collaboration,
    Workload,
    agencies_without_task,
    collaborations,
    raci_matrix,
    tasks_without_lead,
    workload,
)

__all__ = [
    "MAX_QUERY_LENGTH",
    "RASCI",
    "Collaboration",
    "Reassignment",
    "ReassignmentStatus",
    "ReportingLink",
    "Responsibility",
    "ResponsibilityGraph",
    "TaskMatch",
    "TaskRef",
    "Workload",
    "agencies_without_task",
    "collaborations",
    "find_agency",
    "find_tasks",
    "implementers",
    "lead_successions",
    "leads",
    "partners",
    "raci_matrix",
    "reassignment_preview",
    "reporters_of",
    "reports_to",
    "resolve_task",
    "responsibility",
    "suggest_titles",
    "tasks_of",
    "tasks_without_lead",
    "who_leads",
    "workload",
]
