"""Progress on tasks as dated events: updates, completions and extensions of deadlines.

What happened to a task is never an edited field. It is a list of events, each
dated (``on``) and each naming its task (and, for a recurring task, the
occurrence: the last day the plan sets for it, such as 31/5/2024 for "tháng 5
hằng năm"):

* :class:`ProgressUpdate`: an agency reports where the task stands, with a
  percentage where it gives one, a text and the document that shows it;
* :class:`Completion`: the task was done on that day, on that evidence;
* :class:`Extension`: the body that assigned the task moved its deadline later
  ("gia hạn", "điều chỉnh thời hạn"), at someone's request, by a document.

The deadline in force is derived, never stored: the plan's timeframe, then each
extension in the order decided (``quanhelaodong.followup`` computes it, with the
status of a task on any day). :func:`check_progress` is the part of ``validate``
that looks at these records.

Codes of :func:`check_progress`:

==================================  ========  ==============================================
code                                severity  meaning
==================================  ========  ==============================================
``progress-unknown-task``           error     an event names a task the programme does not have
``progress-on-heading``             warning   an event names a heading, which is not followed
``unknown-agency``                  error     an agency neither the programme nor the catalogue knows
``progress-before-programme``       error     an event is dated before the programme begins
``progress-occurrence``             error     a recurring task's event names no occurrence, or one
                                              the task does not have; or a one-off task's names one
``extension-earlier``               error     an extension does not move the deadline later
``extension-decided-late``          warning   an extension decided after the new deadline it sets
``extension-after-completion``      warning   an extension decided after the task was done
``completion-repeated``             warning   a task occurrence is reported done more than once
==================================  ========  ==============================================
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date, as_optional_date, as_optional_text, non_empty
from quanhelaodong.agencies import AgencyCatalogue
from quanhelaodong.deadlines import Recurring, Timeframe
from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import InvalidValueError, UnknownAgencyError
from quanhelaodong.problems import Problem, Severity

if TYPE_CHECKING:  # the programme holds these records; only its type is needed here
    from quanhelaodong.programmes._programme import CoordinationProgramme, Task

__all__ = ["Completion", "Extension", "ProgressEvent", "ProgressStatus", "ProgressUpdate",
           "check_progress"]


class ProgressStatus(enum.StrEnum):
    """Where an update says a task stands ("tình hình thực hiện").

    Being done is not an update's status: a :class:`Completion` records it.

    >>> [status.vietnamese for status in ProgressStatus]
    ['chưa triển khai', 'đang thực hiện', 'có khó khăn, vướng mắc']
    """

    #: "chưa triển khai": not started.
    NOT_STARTED = "not_started"
    #: "đang thực hiện": under way.
    IN_PROGRESS = "in_progress"
    #: "có khó khăn, vướng mắc": held up; the text says by what.
    BLOCKED = "blocked"

    @property
    def vietnamese(self) -> str:
        return {"not_started": "chưa triển khai", "in_progress": "đang thực hiện",
                "blocked": "có khó khăn, vướng mắc"}[self]


def _as_status(value: object) -> ProgressStatus:
    return as_choice(ProgressStatus, value, "status")


def _check_percent(_instance: object, _attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise InvalidValueError(f"percent must be a whole number from 0 to 100, got {value!r}")


def _optional_document(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, DocumentRef):
        raise InvalidValueError(f"{attribute.name} must be a DocumentRef, got "
                                f"{type(value).__name__} {value!r}")


def _optional_agency(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value):
        raise InvalidValueError(f"{attribute.name} must be an agency id, got {value!r}")


@attrs.frozen
class ProgressUpdate:
    """An agency's report on where a task stands on a day.

    ``percent`` is given where the report gives one ("đạt 60%"); ``evidence`` is
    the document that carries the report.

    >>> from quanhelaodong.documents import DocumentRef
    >>> update = ProgressUpdate("PL.I.4", "2023-09-15", "thua-thien-hue/so-ldtbxh", percent=60,
    ...                         evidence=DocumentRef.parse("1520/SLĐTBXH-LĐ"))
    >>> update.on, update.status.vietnamese, update.percent, str(update.evidence)
    (Date(2023, 9, 15), 'đang thực hiện', 60, '1520/SLĐTBXH-LĐ')
    """

    task: str = attrs.field(validator=non_empty)
    on: pendulum.Date = attrs.field(converter=as_date)
    agency: str = attrs.field(validator=non_empty)
    status: ProgressStatus = attrs.field(default=ProgressStatus.IN_PROGRESS, converter=_as_status,
                                         kw_only=True)
    percent: int | None = attrs.field(default=None, validator=_check_percent, kw_only=True)
    text: str | None = attrs.field(default=None, converter=as_optional_text, kw_only=True)
    evidence: DocumentRef | None = attrs.field(default=None, validator=_optional_document,
                                               kw_only=True)
    occurrence: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                   kw_only=True)


@attrs.frozen
class Completion:
    """A task (or one occurrence of a recurring task) done on a day, on some evidence.

    ``agency`` is the body that reports it done, where known.

    >>> done = Completion("PL.I.4", "2023-11-30", agency="thua-thien-hue/so-ldtbxh",
    ...                   text="Tổ chức Hội thi ngày 30/11/2023")
    >>> done.on, done.evidence is None
    (Date(2023, 11, 30), True)
    """

    task: str = attrs.field(validator=non_empty)
    on: pendulum.Date = attrs.field(converter=as_date)
    agency: str | None = attrs.field(default=None, validator=_optional_agency, kw_only=True)
    evidence: DocumentRef | None = attrs.field(default=None, validator=_optional_document,
                                               kw_only=True)
    text: str | None = attrs.field(default=None, converter=as_optional_text, kw_only=True)
    occurrence: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                   kw_only=True)


@attrs.frozen
class Extension:
    """A later deadline for a task, decided on a day ("gia hạn", "điều chỉnh thời hạn").

    ``on`` is the day it was decided; ``decided_by`` the body that granted it
    (None: the body that assigned the task, which alone may); ``requested_by``
    the body that asked; ``document`` the deciding document.

    >>> from quanhelaodong.documents import DocumentRef
    >>> later = Extension("PL.I.4", "2023-12-20", "2024-03-31", requested_by="thua-thien-hue/so-ldtbxh",
    ...                   document=DocumentRef.parse("812/UBND-VX"))
    >>> later.new_deadline, later.decided_by is None, later.document.unit
    (Date(2024, 3, 31), True, 'VX')
    """

    task: str = attrs.field(validator=non_empty)
    on: pendulum.Date = attrs.field(converter=as_date)
    new_deadline: pendulum.Date = attrs.field(converter=as_date)
    decided_by: str | None = attrs.field(default=None, validator=_optional_agency, kw_only=True)
    requested_by: str | None = attrs.field(default=None, validator=_optional_agency, kw_only=True)
    document: DocumentRef | None = attrs.field(default=None, validator=_optional_document,
                                               kw_only=True)
    reason: str | None = attrs.field(default=None, converter=as_optional_text, kw_only=True)
    occurrence: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                   kw_only=True)


#: One progress record: what ``CoordinationProgramme.progress`` holds, in the order recorded.
ProgressEvent = ProgressUpdate | Completion | Extension

#: The kinds of event, for checks of a field holding any of them.
PROGRESS_TYPES = (ProgressUpdate, Completion, Extension)
_KIND = {ProgressUpdate: "update", Completion: "completion", Extension: "extension"}


def check_progress(programme: CoordinationProgramme,
                   catalogue: AgencyCatalogue | None = None) -> list[Problem]:
    """Every problem of a programme's progress records, in the order recorded.

    Part of ``validate``; tasks' ``assigned_by`` are checked here too. Agencies are
    looked up in the programme, then in ``catalogue`` (default: the bundled one).

    >>> from quanhelaodong.programmes import CoordinationProgramme, Task
    >>> plan = CoordinationProgramme("demo", "plan", "Kế hoạch", period=("2023-01-01", "2023-12-31"),
    ...     tasks=[Task("1", "1", "Tập huấn", timeframe="Quý II/2023")],
    ...     progress=[Extension("1", "2023-05-20", "2023-05-31"), Completion("2", "2023-07-01")])
    >>> for problem in check_progress(plan):
    ...     print(problem)
    error [extension-earlier] progress[0].new_deadline: ... does not move the deadline 2023-06-30 later
    error [progress-unknown-task] progress[1].task: no task '2' in programme 'demo'
    """
    found = _ProgressChecker(programme, catalogue).problems()
    # Each problem with the place of its record: tasks first, then records as recorded.
    return [problem for _, problem in sorted(found, key=lambda item: item[0])]


class _ProgressChecker:
    def __init__(self, programme: CoordinationProgramme, catalogue: AgencyCatalogue | None):
        self.programme = programme
        self.catalogue = catalogue
        self.tasks = {task.id: task for task in programme.tasks}
        self.known: set[str] = set()
        starts = [day for day in (programme.period.start if programme.period else None,
                                  programme.document.issued_on if programme.document else None)
                  if day is not None]
        self.start = min(starts) if starts else None

    def agency(self, agency_id: str, path: str) -> Iterator[Problem]:
        # An id is looked up once; only its first use is reported when it is unknown.
        if agency_id in self.known:
            return
        self.known.add(agency_id)
        try:
            self.programme.agency(agency_id, catalogue=self.catalogue)
        except UnknownAgencyError as error:
            yield Problem(Severity.ERROR, "unknown-agency", path, str(error))

    def problems(self) -> Iterator[tuple[tuple[int, int], Problem]]:
        for number, assigned in enumerate(self.programme.tasks):
            if assigned.assigned_by is not None:
                for problem in self.agency(assigned.assigned_by, f"tasks[{number}].assigned_by"):
                    yield (0, number), problem
        # Checked one by one first; then, per task occurrence, the deadlines in the
        # order they were decided (not the order they were recorded in).
        followed: dict[tuple[str, pendulum.Date | None], list[tuple[int, ProgressEvent]]] = {}
        planned: dict[tuple[str, pendulum.Date | None], pendulum.Date | None] = {}
        for index, event in enumerate(self.programme.progress):
            path = f"progress[{index}]"
            place = (1, index)
            task = self.tasks.get(event.task)
            if task is None:
                yield place, Problem(Severity.ERROR, "progress-unknown-task", f"{path}.task",
                                     f"no task {event.task!r} in programme {self.programme.id!r}")
                continue
            if self.programme.is_heading(task) and not task.assignments:
                yield place, Problem(Severity.WARNING, "progress-on-heading", f"{path}.task",
                                     f"task {task.id} is a heading; its tasks are followed, not it")
            for name in ("agency", "decided_by", "requested_by"):
                value = getattr(event, name, None)
                if value is not None:
                    for problem in self.agency(value, f"{path}.{name}"):
                        yield place, problem
            if self.start is not None and event.on < self.start:
                yield place, Problem(Severity.ERROR, "progress-before-programme", f"{path}.on",
                                     f"{_KIND[type(event)]} of task {task.id} dated {event.on}, "
                                     f"before the programme begins on {self.start}")
            frame = self.frame(task)
            misplaced = _occurrence_problem(event, frame, path)
            if misplaced is not None:
                yield place, misplaced
                continue
            key = (event.task, event.occurrence)
            if key not in followed:
                followed[key] = []
                planned[key] = event.occurrence or (
                    frame.due if frame is not None else
                    self.programme.period.end if self.programme.period else None)
            followed[key].append((index, event))
        for key, events in followed.items():
            for index, problem in _sequence_problems(events, planned[key]):
                yield (1, index), problem

    def frame(self, task: Task) -> Timeframe | None:
        """The task's own timeframe, a heading's, or None (the programme period then applies)."""
        holder: Task | None = task
        seen: set[str] = set()
        while holder is not None and holder.timeframe is None and holder.id not in seen:
            seen.add(holder.id)
            holder = self.tasks.get(holder.group) if holder.group else None
        if holder is not None and holder.timeframe is not None:
            return holder.timeframe
        return None


def _occurrence_problem(event: ProgressEvent, frame: Timeframe | None, path: str) -> Problem | None:
    if isinstance(frame, Recurring):
        if event.occurrence is None:
            return Problem(Severity.ERROR, "progress-occurrence", f"{path}.occurrence",
                           f"task {event.task} recurs («{frame}»): say which occurrence, by the "
                           "last day the plan sets for it")
        found = frame.occurrences((event.occurrence, event.occurrence))
        if not found or found[0].due != event.occurrence:
            return Problem(Severity.ERROR, "progress-occurrence", f"{path}.occurrence",
                           f"«{frame}» has no occurrence ending on {event.occurrence}")
    elif event.occurrence is not None:
        return Problem(Severity.ERROR, "progress-occurrence", f"{path}.occurrence",
                       f"task {event.task} does not recur; an occurrence is only for recurring tasks")
    return None


def _sequence_problems(events: list[tuple[int, ProgressEvent]],
                       planned: pendulum.Date | None) -> Iterator[tuple[int, Problem]]:
    """Repeated completions, and extensions in the order decided, of one task occurrence."""
    done: pendulum.Date | None = None
    for index, event in events:
        if isinstance(event, Completion):
            if done is not None:
                yield index, Problem(Severity.WARNING, "completion-repeated", f"progress[{index}]",
                                     f"task {event.task} is reported done on {event.on} and on "
                                     f"{done}; the first counts")
            done = event.on if done is None else min(done, event.on)
    deadline = planned
    extensions = [(e.on, i, e) for i, e in events if isinstance(e, Extension)]
    for _, index, extension in sorted(extensions, key=lambda item: item[:2]):
        for problem in _extension_problems(extension, deadline, done, f"progress[{index}]"):
            yield index, problem
        if deadline is None or extension.new_deadline > deadline:
            deadline = extension.new_deadline


def _extension_problems(event: Extension, previous: pendulum.Date | None,
                        done: pendulum.Date | None, path: str) -> Iterator[Problem]:
    if previous is not None and event.new_deadline <= previous:
        yield Problem(Severity.ERROR, "extension-earlier", f"{path}.new_deadline",
                      f"an extension of task {event.task} to {event.new_deadline} does not move "
                      f"the deadline {previous} later")
    if event.on > event.new_deadline:
        yield Problem(Severity.WARNING, "extension-decided-late", f"{path}.on",
                      f"an extension of task {event.task} decided on {event.on}, after the "
                      f"new deadline {event.new_deadline} it sets")
    if done is not None and event.on > done:
        yield Problem(Severity.WARNING, "extension-after-completion", f"{path}.on",
                      f"task {event.task} was done on {done}; an extension decided on {event.on} "
                      "no longer applies")
