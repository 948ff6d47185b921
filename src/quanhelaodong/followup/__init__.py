"""The follow-up: what falls due, what is owed, what was done on time, what is late or open.

* when the tasks of a programme fall due, with inherited timeframes
  (:func:`deadlines`, :func:`overdue`, :func:`due_within`, :func:`undated_tasks`);
* obligations from reporting rules and recommendations, each in the
  Government's four-way grid (:func:`obligations`, :class:`ObligationStatus`);
* summaries for the desks: :func:`scorecard`, :func:`reminders`, :func:`late`,
  :func:`reports_due`, :func:`open_recommendations`.

All are pure functions of a programme and a day.

>>> from quanhelaodong.followup import scorecard
>>> from quanhelaodong.io import load_bundled
>>> scorecard(load_bundled("hue-2023"), "2023-12-31")["thua-thien-hue/so-ldtbxh"]["not_done_overdue"]
2
"""

from quanhelaodong.followup._obligations import Obligation, ObligationStatus, obligations
from quanhelaodong.followup._schedule import (
    DueEntry,
    TaskTimeframe,
    deadlines,
    due_within,
    overdue,
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

__all__ = [
    "DueEntry",
    "Obligation",
    "ObligationStatus",
    "Reminder",
    "TaskTimeframe",
    "deadlines",
    "due_within",
    "late",
    "obligations",
    "open_recommendations",
    "overdue",
    "reminders",
    "reports_due",
    "scorecard",
    "task_timeframes",
    "undated_tasks",
]
