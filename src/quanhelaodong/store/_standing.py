"""Where a task occurrence stands on a day, judged from the records kept by then."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs
import pendulum

from quanhelaodong._fields import as_date
from quanhelaodong.followup import (
    TaskState,
    TaskStatus,
)
from quanhelaodong.store._rows import EMPLOYER, known_day, stored_day

__all__ = [
    "RecordsByDay",
    "TaskStanding",
    "grid_status",
]

@attrs.frozen
class TaskStanding:
    """Where one task occurrence stands on a day, as the store answers it.

    The same as a :class:`~quanhelaodong.followup.TaskState` of the in-memory
    functions, without the objects behind it: the programme and task by id, the
    occurrence (None for a task that does not recur), the planned last day, the
    deadline in force (extensions applied, on the assigning body's calendar) and
    the day it was done. Load the programme for the reasoning
    (``task_status(...).explain()``).

    >>> from quanhelaodong.followup import TaskStatus
    >>> standing = TaskStanding("hue-2023", "II.2", None, "2024-01-05", TaskStatus.OVERDUE,
    ...                         "2023-12-31", "2024-01-02", None)
    >>> standing.days_overdue, standing.deadline
    (3, Date(2024, 1, 2))
    """

    programme: str
    task: str
    occurrence: pendulum.Date | None = attrs.field(converter=attrs.converters.optional(as_date))
    as_of: pendulum.Date = attrs.field(converter=as_date)
    status: TaskStatus = attrs.field(converter=TaskStatus)
    planned: pendulum.Date | None = attrs.field(converter=attrs.converters.optional(as_date))
    deadline: pendulum.Date | None = attrs.field(converter=attrs.converters.optional(as_date))
    done: pendulum.Date | None = attrs.field(converter=attrs.converters.optional(as_date))

    @property
    def days_overdue(self) -> int:
        """Calendar days past the deadline of an occurrence overdue on :attr:`as_of` (else 0)."""
        if self.status is not TaskStatus.OVERDUE or self.deadline is None:
            return 0
        # Ordinals, not pendulum's subtraction: it builds an interval object, a cost that
        # shows when thousands of answers are sorted by it.
        return self.as_of.toordinal() - self.deadline.toordinal()

    @classmethod
    def of(cls, programme_id: str, state: TaskState) -> TaskStanding:
        """The standing an in-memory state gives: what the store must answer too.

        >>> from quanhelaodong.followup import task_status
        >>> from quanhelaodong.io import load_bundled
        >>> state = task_status(load_bundled("hue-2023"), "II.2", "2024-01-05")
        >>> TaskStanding.of("hue-2023", state).days_overdue
        3
        """
        return cls(programme_id, state.task.id, state.occurrence.occurrence, state.as_of,
                   state.status, state.occurrence.planned, state.deadline, state.done)


class RecordsByDay:
    """The completions and extensions of task occurrences recorded by a day, to judge them by."""

    def __init__(self, rows: Iterable[Any]):
        self.completions: dict[tuple[str, str], pendulum.Date] = {}
        self.extensions: dict[tuple[str, str], list[tuple[int, pendulum.Date, Any, Any]]] = {}
        for seq, task_id, occurrence, kind, on_day, state, employer in rows:
            key = (task_id, occurrence)
            on = known_day(on_day)
            if kind == "completion":
                if key not in self.completions or on < self.completions[key]:
                    self.completions[key] = on
            else:
                self.extensions.setdefault(key, []).append((seq, on, stored_day(state), stored_day(employer)))

    def standing(self, key: tuple[str, str], calendar: str, planned: pendulum.Date | None,
                 day: pendulum.Date) -> tuple[pendulum.Date | None, pendulum.Date | None]:
        """The deadline in force and the day done: extensions decided by the day it was done
        (or by ``day``) each move the deadline, if later."""
        done = self.completions.get(key)
        cutoff = done if done is not None else day
        deadline = planned
        for _seq, on, moved_state, moved_employer in self.extensions.get(key, ()):
            moved = moved_employer if calendar == EMPLOYER else moved_state
            if on <= cutoff and moved is not None and (deadline is None or moved > deadline):
                deadline = moved
        return deadline, done


def grid_status(deadline: pendulum.Date | None, done: pendulum.Date | None, day: pendulum.Date) -> TaskStatus:
    if deadline is None:
        return TaskStatus.NO_DEADLINE
    if done is not None:
        return TaskStatus.DONE_ON_TIME if done <= deadline else TaskStatus.DONE_LATE
    return TaskStatus.PENDING if day <= deadline else TaskStatus.OVERDUE
