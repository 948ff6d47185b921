"""quanhelaodong: Vietnamese tripartite labour-relations coordination, typed.

Who leads ("chủ trì") and who partners ("phối hợp") each task of a coordination
programme or plan, which agencies exist and what they are called, and what is
wrong with a programme, all from immutable typed objects.

>>> from quanhelaodong import ResponsibilityGraph, load_bundled
>>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
>>> [agency.name for agency in graph.who_leads("Hội thi tìm hiểu pháp luật lao động")[0].leads]
['Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế']
"""

from quanhelaodong.agencies import Agency, Classification, Level, Side
from quanhelaodong.bundled import bundled_names, load_bundled
from quanhelaodong.catalogue import AgencyCatalogue, Area, default_catalogue, resolve_agency
from quanhelaodong.documents import DocumentRef, parse_place_and_date
from quanhelaodong.errors import (
    AmbiguousTaskError,
    DocumentRefParseError,
    InvalidValueError,
    LoadError,
    QuanHeLaoDongError,
    UnknownAgencyError,
    UnknownBundledProgrammeError,
    UnknownTaskError,
    ValidationError,
)
from quanhelaodong.graph import (
    Collaboration,
    Responsibility,
    ResponsibilityGraph,
    TaskMatch,
    TaskRef,
    Workload,
)
from quanhelaodong.programmes import (
    Assignment,
    CoordinationProgramme,
    Mode,
    Period,
    ProgrammeKind,
    Role,
    Signatory,
    Task,
)
from quanhelaodong.serialisation import SCHEMA_VERSION, dump, dumps, load, loads
from quanhelaodong.validation import Problem, Severity, validate

__all__ = [
    "SCHEMA_VERSION",
    "Agency",
    "AgencyCatalogue",
    "AmbiguousTaskError",
    "Area",
    "Assignment",
    "Classification",
    "Collaboration",
    "CoordinationProgramme",
    "DocumentRef",
    "DocumentRefParseError",
    "InvalidValueError",
    "Level",
    "LoadError",
    "Mode",
    "Period",
    "Problem",
    "ProgrammeKind",
    "QuanHeLaoDongError",
    "Responsibility",
    "ResponsibilityGraph",
    "Role",
    "Severity",
    "Side",
    "Signatory",
    "Task",
    "TaskMatch",
    "TaskRef",
    "UnknownAgencyError",
    "UnknownBundledProgrammeError",
    "UnknownTaskError",
    "ValidationError",
    "Workload",
    "bundled_names",
    "default_catalogue",
    "dump",
    "dumps",
    "load",
    "load_bundled",
    "loads",
    "parse_place_and_date",
    "resolve_agency",
    "validate",
]
