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
from quanhelaodong.calendars import (
    CULTURAL_DAY_EFFECTIVE,
    CalendarKind,
    Coverage,
    DayKind,
    DayOff,
    MakeUpDay,
    WorkingCalendar,
)
from quanhelaodong.catalogue import AgencyCatalogue, Area, default_catalogue, resolve_agency
from quanhelaodong.documents import DocumentRef, parse_place_and_date
from quanhelaodong.errors import (
    AmbiguousTaskError,
    DocumentRefParseError,
    InvalidValueError,
    LoadError,
    QuanHeLaoDongError,
    RuleNotInForceError,
    TimeframeParseError,
    UnknownAgencyError,
    UnknownBundledProgrammeError,
    UnknownRuleError,
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
from quanhelaodong.periods import (
    BackwardReading,
    Deadline,
    Marker,
    Step,
    Unit,
    month_marker,
    period_before,
    period_end,
    year_marker,
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
    default_mode,
)
from quanhelaodong.schedule import (
    DueEntry,
    TaskTimeFrame,
    deadlines,
    due_within,
    overdue,
    task_time_frames,
    undated,
)
from quanhelaodong.serialisation import SCHEMA_VERSION, dump, dumps, load, loads
from quanhelaodong.statutory import (
    Confidence,
    Direction,
    StatutoryRule,
    statutory_deadline,
    statutory_rule,
    statutory_rules,
)
from quanhelaodong.timeframes import (
    BeforeReading,
    DateRange,
    DueDate,
    Recurring,
    RelativePeriod,
    TimeFrame,
    Undated,
    UndatedKind,
    parse_timeframe,
)
from quanhelaodong.validation import Problem, Severity, validate

__all__ = [
    "CULTURAL_DAY_EFFECTIVE",
    "SCHEMA_VERSION",
    "Agency",
    "AgencyCatalogue",
    "AmbiguousTaskError",
    "Area",
    "Assignment",
    "BackwardReading",
    "BeforeReading",
    "CalendarKind",
    "Classification",
    "Collaboration",
    "Confidence",
    "CoordinationProgramme",
    "Coverage",
    "DateRange",
    "DayKind",
    "DayOff",
    "Deadline",
    "Direction",
    "DocumentRef",
    "DocumentRefParseError",
    "DueDate",
    "DueEntry",
    "InvalidValueError",
    "Level",
    "LoadError",
    "MakeUpDay",
    "Marker",
    "Mode",
    "Period",
    "Problem",
    "ProgrammeKind",
    "QuanHeLaoDongError",
    "Recurring",
    "RelativePeriod",
    "Responsibility",
    "ResponsibilityGraph",
    "Role",
    "RuleNotInForceError",
    "Severity",
    "Side",
    "Signatory",
    "StatutoryRule",
    "Step",
    "Task",
    "TaskMatch",
    "TaskRef",
    "TaskTimeFrame",
    "TimeFrame",
    "TimeframeParseError",
    "Undated",
    "UndatedKind",
    "Unit",
    "UnknownAgencyError",
    "UnknownBundledProgrammeError",
    "UnknownRuleError",
    "UnknownTaskError",
    "ValidationError",
    "WorkingCalendar",
    "Workload",
    "bundled_names",
    "deadlines",
    "default_catalogue",
    "default_mode",
    "due_within",
    "dump",
    "dumps",
    "load",
    "load_bundled",
    "loads",
    "month_marker",
    "overdue",
    "parse_place_and_date",
    "parse_timeframe",
    "period_before",
    "period_end",
    "resolve_agency",
    "statutory_deadline",
    "statutory_rule",
    "statutory_rules",
    "task_time_frames",
    "undated",
    "validate",
    "year_marker",
]
