"""quanhelaodong: Vietnamese tripartite labour-relations coordination, typed.

Who leads ("chủ trì") and who partners ("phối hợp") each task of a coordination
programme or plan, by when it is due, what is owed and late, which agencies exist
and what became of them, all from immutable typed objects.

This face holds what a newcomer needs on the first day; each layer's package is
the documented face for the rest: :mod:`quanhelaodong.agencies`,
:mod:`quanhelaodong.deadlines`, :mod:`quanhelaodong.programmes`,
:mod:`quanhelaodong.followup`, :mod:`quanhelaodong.graph`, :mod:`quanhelaodong.io`,
with :mod:`quanhelaodong.errors`, :mod:`quanhelaodong.problems`,
:mod:`quanhelaodong.documents` and :mod:`quanhelaodong.text` beneath them all.

>>> from quanhelaodong import ResponsibilityGraph, load_bundled, who_leads
>>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
>>> [agency.name for agency in who_leads(graph, "Hội thi tìm hiểu pháp luật lao động")[0].leads]
['Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế']
"""

from typing import TYPE_CHECKING, Any

from quanhelaodong.agencies import Agency, AgencyCatalogue, resolve_agency, successors
from quanhelaodong.deadlines import (
    Timeframe,
    WorkingCalendar,
    parse_timeframe,
    period_end,
    statutory_deadline,
)
from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import (
    LoadError,
    PlanParseError,
    QuanHeLaoDongError,
    TimeframeParseError,
    UnknownAgencyError,
    UnknownTaskError,
    ValidationError,
)
from quanhelaodong.followup import obligations, scorecard
from quanhelaodong.graph import (
    ResponsibilityGraph,
    find_tasks,
    leads,
    partners,
    tasks_of,
    who_leads,
)
from quanhelaodong.io import (
    bundled_names,
    dump,
    dumps,
    load,
    load_bundled,
    loads,
)
from quanhelaodong.problems import Problem
from quanhelaodong.programmes import Assignment, CoordinationProgramme, Role, Task, validate

if TYPE_CHECKING:
    from quanhelaodong.io import parse_plan, parse_plan_file


def __getattr__(name: str) -> Any:
    # The importer loads on first use (see quanhelaodong.io): querying never pays for it.
    if name in {"parse_plan", "parse_plan_file"}:
        from quanhelaodong import io

        return getattr(io, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Agency",
    "AgencyCatalogue",
    "Assignment",
    "CoordinationProgramme",
    "DocumentRef",
    "LoadError",
    "PlanParseError",
    "Problem",
    "QuanHeLaoDongError",
    "ResponsibilityGraph",
    "Role",
    "Task",
    "Timeframe",
    "TimeframeParseError",
    "UnknownAgencyError",
    "UnknownTaskError",
    "ValidationError",
    "WorkingCalendar",
    "bundled_names",
    "dump",
    "dumps",
    "find_tasks",
    "leads",
    "load",
    "load_bundled",
    "loads",
    "obligations",
    "parse_plan",
    "parse_plan_file",
    "parse_timeframe",
    "partners",
    "period_end",
    "resolve_agency",
    "scorecard",
    "statutory_deadline",
    "successors",
    "tasks_of",
    "validate",
    "who_leads",
]
