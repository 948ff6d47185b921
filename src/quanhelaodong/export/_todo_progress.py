"""Where a to-do stands on a day, from the follow-up's records, in iCalendar's words.

A task occurrence's to-do follows its cell of the follow-up's grid
(:func:`~quanhelaodong.followup.task_statuses`): COMPLETED (with the day and
100%) once a completion is recorded; IN-PROCESS (with the latest percentage
reported, if any) once an update says it is under way or held up; NEEDS-ACTION
otherwise, an update saying "chưa triển khai" (not started) included. Its DUE is
the deadline in force: the plan's own last day, or, once an extension moved it,
the deadline the grid derives from the extension (moved off rest days on the
assigning body's calendar, as the grid moves it).

A report to-do stands for one rule's deadline and every reporter under it
(:func:`~quanhelaodong.followup.reports_due`): COMPLETED when every one of them
has filed by the day, IN-PROCESS with the share that has when some have.

SEQUENCE counts the records that touch the to-do (progress records of the task
occurrence, reports filed) dated by the day, so each new record raises it and
calendar clients accept the update; LAST-MODIFIED is the day of the latest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import pendulum

from quanhelaodong.deadlines import legal_provision
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup import Obligation, TaskState
from quanhelaodong.programmes import Completion, Extension, ProgressEvent, ProgressStatus

__all__ = ["COMPLETED", "IN_PROCESS", "NEEDS_ACTION", "TodoProgress", "record_days", "report_progress",
           "task_progress"]

#: The STATUS values of a to-do (RFC 5545, 3.8.1.11) that the follow-up's records can say.
NEEDS_ACTION, IN_PROCESS, COMPLETED = "NEEDS-ACTION", "IN-PROCESS", "COMPLETED"

#: What progress records name: (task id, occurrence).
RecordKey = tuple[str, pendulum.Date | None]


@attrs.frozen
class TodoProgress:
    """One to-do's deadline and standing on a day: what its VTODO says beyond who and what.

    ``planned`` is the plan's own last day; ``due`` the deadline in force;
    ``sequence`` the number of records that touch the to-do, ``modified`` the
    day of the latest; ``notes`` are lines for its DESCRIPTION.

    >>> progress = TodoProgress(pendulum.Date(2023, 12, 31))
    >>> progress.due, progress.status, progress.recorded
    (Date(2023, 12, 31), 'NEEDS-ACTION', False)
    """

    planned: pendulum.Date
    due: pendulum.Date = attrs.field(default=attrs.Factory(lambda self: self.planned, takes_self=True))
    status: str = NEEDS_ACTION
    percent: int | None = None
    completed: pendulum.Date | None = None
    sequence: int = 0
    modified: pendulum.Date | None = None
    notes: tuple[str, ...] = ()

    @property
    def recorded(self) -> bool:
        """Whether any record touches the to-do: it then cannot be one occurrence of a series."""
        return self.sequence > 0


def record_days(progress: Iterable[ProgressEvent],
                as_of: pendulum.Date) -> dict[RecordKey, list[pendulum.Date]]:
    """The days of the records dated by ``as_of``, for each task occurrence they name.

    >>> from quanhelaodong.programmes import Completion, ProgressUpdate
    >>> record_days([ProgressUpdate("PL.I.4", "2023-09-15", "thua-thien-hue/so-ldtbxh"),
    ...              Completion("PL.I.4", "2023-11-30")], pendulum.Date(2023, 10, 1))
    {('PL.I.4', None): [Date(2023, 9, 15)]}
    """
    found: dict[RecordKey, list[pendulum.Date]] = {}
    for event in progress:
        if event.on <= as_of:
            found.setdefault((event.task, event.occurrence), []).append(event.on)
    return found


def _document(record: Completion | Extension) -> str:
    document = record.evidence if isinstance(record, Completion) else record.document
    return f" ({document})" if document is not None else ""


def task_progress(state: TaskState, days: Sequence[pendulum.Date]) -> TodoProgress:
    """A task occurrence's to-do from its cell of the grid and the days of its records.

    >>> import attrs
    >>> from quanhelaodong.followup import task_status
    >>> from quanhelaodong.io import load_bundled
    >>> from quanhelaodong.programmes import Extension
    >>> plan = attrs.evolve(load_bundled("hue-2023"), progress=[
    ...     Extension("PL.III.2", "2023-12-20", "2024-03-31")])
    >>> todo = task_progress(task_status(plan, "PL.III.2", "2024-01-15"), [pendulum.Date(2023, 12, 20)])
    >>> todo.planned, todo.due, todo.status, todo.sequence
    (Date(2023, 12, 31), Date(2024, 4, 1), 'NEEDS-ACTION', 1)
    """
    planned = state.occurrence.planned
    if planned is None:
        raise InvalidValueError(f"task {state.task.id} sets no day: it has no to-do")
    notes = []
    # DUE is the deadline in force, as the follow-up grid judges the task by: the planned
    # day moved past a day off, and any extension.
    due = state.deadline if state.deadline is not None else planned
    if state.extensions:
        notes.append(f"Hạn theo kế hoạch: {planned}; hạn sau gia hạn: {due}")
        notes += [f"Gia hạn ngày {e.on} đến {e.new_deadline}{_document(e)}" for e in state.extensions]
    elif due != planned:
        notes.append(f"Hạn theo kế hoạch: {planned}, ngày nghỉ; hạn cuối: {due} "
                     f"[{legal_provision('civil_rollover').citation}]")
    status, percent = NEEDS_ACTION, state.percent
    if state.completion is not None:
        status, percent = COMPLETED, 100
        notes.append(f"Hoàn thành ngày {state.completion.on}{_document(state.completion)}: "
                     f"{state.status.vietnamese}")
    elif state.latest is not None:
        if state.latest.status is not ProgressStatus.NOT_STARTED:
            status = IN_PROCESS
        shown = f", {state.percent}%" if state.percent is not None else ""
        notes.append(f"Cập nhật ngày {state.latest.on} ({state.latest.agency}): "
                     f"{state.latest.status.vietnamese}{shown}")
    return TodoProgress(planned, due, status, percent, state.done, len(days), max(days, default=None),
                        tuple(notes))


def report_progress(due: pendulum.Date, owed: Sequence[Obligation], as_of: pendulum.Date) -> TodoProgress:
    """A report deadline's to-do from the reporters' obligations under it and the reports filed by ``as_of``.

    >>> due = pendulum.Date(2023, 11, 14)
    >>> owed = [Obligation("a", due, "report under V.1", "V.1", done=pendulum.Date(2023, 11, 10)),
    ...         Obligation("b", due, "report under V.1", "V.1")]
    >>> todo = report_progress(due, owed, pendulum.Date(2023, 12, 1))
    >>> todo.status, todo.percent, todo.sequence, todo.modified
    ('IN-PROCESS', 50, 1, Date(2023, 11, 10))
    """
    filed = sorted(o.done for o in owed if o.done is not None and o.done <= as_of)
    if not filed:
        return TodoProgress(due)
    notes = (f"Đã gửi báo cáo: {len(filed)}/{len(owed)} đơn vị, lần gần nhất ngày {filed[-1]}",)
    if len(filed) == len(owed):
        return TodoProgress(due, due, COMPLETED, 100, filed[-1], len(filed), filed[-1], notes)
    return TodoProgress(due, due, IN_PROCESS, 100 * len(filed) // len(owed), None, len(filed),
                        filed[-1], notes)
