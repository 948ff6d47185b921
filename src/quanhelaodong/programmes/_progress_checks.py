"""Checks of a programme's progress records: part of ``validate``.

Kept apart from the records themselves, which a programme holds: the checks need the
programme, the records do not.
"""

from __future__ import annotations

from collections.abc import Iterator

import pendulum

from quanhelaodong.agencies import AgencyCatalogue
from quanhelaodong.deadlines import Recurring, Timeframe
from quanhelaodong.errors import UnknownAgencyError
from quanhelaodong.problems import Problem, Severity
from quanhelaodong.programmes._programme import CoordinationProgramme, ProgrammePeriod, Task
from quanhelaodong.programmes._progress import KIND_NAMES, Completion, Extension, ProgressEvent

__all__ = ["check_progress"]


def check_progress(programme: CoordinationProgramme,
                   catalogue: AgencyCatalogue | None = None) -> list[Problem]:
    """Every problem of a programme's progress records, in the order recorded.

    Part of ``validate``; tasks' ``assigned_by`` are checked here too. Agencies are
    looked up in the programme, then in ``catalogue`` (default: the bundled one).

    >>> from quanhelaodong.programmes import Completion, CoordinationProgramme, Extension, Task
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
                                     f"{KIND_NAMES[type(event)]} of task {task.id} dated {event.on}, "
                                     f"before the programme begins on {self.start}")
            frame = self.frame(task)
            misplaced = _occurrence_problem(event, frame, path, self.programme.period)
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


def _occurrence_problem(event: ProgressEvent, frame: Timeframe | None, path: str,
                        period: ProgrammePeriod | None) -> Problem | None:
    if isinstance(frame, Recurring):
        if event.occurrence is None:
            return Problem(Severity.ERROR, "progress-occurrence", f"{path}.occurrence",
                           f"task {event.task} recurs («{frame}»): say which occurrence, by the "
                           "last day the plan sets for it")
        found = frame.occurrences((event.occurrence, event.occurrence))
        if not found or found[0].due != event.occurrence:
            return Problem(Severity.ERROR, "progress-occurrence", f"{path}.occurrence",
                           f"«{frame}» has no occurrence ending on {event.occurrence}")
        # A recurring task recurs while its programme runs: no other occurrence is followed.
        if period is not None and not period.start <= event.occurrence <= period.end:
            return Problem(Severity.ERROR, "progress-occurrence", f"{path}.occurrence",
                           f"the occurrence ending on {event.occurrence} is outside the "
                           f"programme's period {period.start} to {period.end}; it is not followed")
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
