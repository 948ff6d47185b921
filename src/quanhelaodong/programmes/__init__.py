"""Programmes: what a coordination document says, as immutable typed objects.

* :class:`CoordinationProgramme` (a plan, programme, regulation, scheme or
  letter) with its :class:`Task` list, each task's :class:`Assignment` of
  agencies in a :class:`Role` ("chủ trì", "phối hợp", "đơn vị thực hiện");
* what it says about reporting (:class:`ReportingRule`, :class:`Report`,
  :class:`Indicator`) and about dialogues with workers (:class:`Dialogue`,
  :class:`Recommendation`), with figures as texts write them (:class:`Quantity`);
* what became of its tasks, as dated events (:class:`ProgressUpdate`,
  :class:`Completion`, :class:`Extension`) in ``CoordinationProgramme.progress``;
* :func:`validate`, which reports every problem of a programme at once.

>>> from quanhelaodong.programmes import Assignment, CoordinationProgramme, Task, validate
>>> plan = CoordinationProgramme("demo", "plan", "Kế hoạch thử", area="thua-thien-hue",
...     tasks=[Task("1", "1", "Tập huấn", assignments=[Assignment("thua-thien-hue/ldld", "lead")])])
>>> plan.task("1").leads, validate(plan)
(('thua-thien-hue/ldld',), [])
"""

from quanhelaodong.programmes._assignments import Assignment, AssignmentMode, Role, default_mode
from quanhelaodong.programmes._dialogues import (
    Dialogue,
    DialogueKind,
    Recommendation,
    RecommendationChannel,
    RecommendationCounts,
    RecommendationStatus,
)
from quanhelaodong.programmes._programme import (
    CoordinationProgramme,
    ProgrammeKind,
    ProgrammePeriod,
    Signatory,
    Task,
)
from quanhelaodong.programmes._progress import (
    Completion,
    Extension,
    ProgressEvent,
    ProgressStatus,
    ProgressUpdate,
)
from quanhelaodong.programmes._quantities import (
    Quantity,
    QuantityQualifier,
    parse_number,
    parse_quantity,
)
from quanhelaodong.programmes._replacing import replace_agency
from quanhelaodong.programmes._reporting import Indicator, Report, ReportingRule
from quanhelaodong.programmes._validation import check_indicator, validate

__all__ = [
    "Assignment",
    "AssignmentMode",
    "Completion",
    "CoordinationProgramme",
    "Dialogue",
    "DialogueKind",
    "Extension",
    "Indicator",
    "ProgrammeKind",
    "ProgrammePeriod",
    "ProgressEvent",
    "ProgressStatus",
    "ProgressUpdate",
    "Quantity",
    "QuantityQualifier",
    "Recommendation",
    "RecommendationChannel",
    "RecommendationCounts",
    "RecommendationStatus",
    "Report",
    "ReportingRule",
    "Role",
    "Signatory",
    "Task",
    "check_indicator",
    "default_mode",
    "parse_number",
    "parse_quantity",
    "replace_agency",
    "validate",
]
