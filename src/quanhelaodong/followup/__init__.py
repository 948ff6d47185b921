"""The follow-up: what falls due, what is owed, what was done on time, what is late or open.

* when the tasks of a programme fall due, with inherited timeframes
  (:func:`deadlines`, :func:`overdue`, :func:`due_within`, :func:`undated_tasks`);
* obligations from reporting rules and recommendations, each in the
  Government's four-way grid (:func:`obligations`, :class:`ObligationStatus`);
* summaries for the desks: :func:`scorecard`, :func:`reminders`, :func:`late`,
  :func:`reports_due`, :func:`open_recommendations`;
* the tasks themselves, followed to done from the programme's progress records
  (updates, completions, extensions): each task occurrence
  (:func:`task_occurrences`) and its status on any day on the Government
  Office's grid, explained (:func:`task_statuses`, :func:`task_status`,
  :class:`TaskStatus`, :class:`TaskState`); counts and scorecards per agency and
  role (:class:`GridCounts`, :func:`task_scorecard`), the overdue
  (:func:`overdue_tasks`), what falls due within N working days
  (:func:`tasks_due_within`), reminders to the right desks
  (:func:`task_reminders`) and the summary a province sends up
  (:func:`programme_summary`).

All are pure functions of a programme and a day.

>>> from quanhelaodong.followup import programme_summary, scorecard
>>> from quanhelaodong.io import load_bundled
>>> scorecard(load_bundled("hue-2023"), "2023-12-31")["thua-thien-hue/so-ldtbxh"]["not_done_overdue"]
2
>>> programme_summary(load_bundled("hue-2023"), "2024-01-03").counts.overdue
59
"""

from quanhelaodong.followup._obligations import Obligation, ObligationStatus, obligations
from quanhelaodong.followup._occurrences import (
    TaskOccurrence,
    assigning_body,
    calendar_of,
    task_occurrences,
)
from quanhelaodong.followup._schedule import (
    DueEntry,
    TaskTimeframe,
    deadlines,
    due_within,
    overdue,
    planned_span,
    task_timeframes,
    undated_tasks,
)
from quanhelaodong.followup._summaries import (
    Reminder,
    late,
    open_recommendations,
    reminders,
    reports_due,
    scorecard,
)
from quanhelaodong.followup._task_status import TaskState, TaskStatus, task_status, task_statuses
from quanhelaodong.followup._task_summaries import (
    GridCounts,
    ProgrammeSummary,
    TaskReminder,
    overdue_tasks,
    programme_summary,
    task_reminders,
    task_scorecard,
    tasks_due_within,
)

__all__ = [
    "DueEntry",
    "GridCounts",
    "Obligation",
    "ObligationStatus",
    "ProgrammeSummary",
    "Reminder",
    "TaskOccurrence",
    "TaskReminder",
    "TaskState",
    "TaskStatus",
    "TaskTimeframe",
    "assigning_body",
    "calendar_of",
    "deadlines",
    "due_within",
    "late",
    "obligations",
    "open_recommendations",
    "overdue",
    "overdue_tasks",
    "planned_span",
    "programme_summary",
    "reminders",
    "reports_due",
    "scorecard",
    "task_occurrences",
    "task_reminders",
    "task_scorecard",
    "task_status",
    "task_statuses",
    "task_timeframes",
    "tasks_due_within",
    "undated_tasks",
]
