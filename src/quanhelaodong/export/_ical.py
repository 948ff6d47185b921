"""Deadlines as iCalendar to-dos (VTODO): every task and report a programme sets a day for.

One to-do per task deadline (:func:`~quanhelaodong.followup.task_occurrences`,
the follow-up's own count: inherited timeframes, each occurrence of a recurring
task) and one per reporting deadline (:func:`~quanhelaodong.followup.reports_due`:
one per rule and day, moved off rest days as the follow-up moves them). Tasks
with no date ("Thường xuyên") have no to-do.

A to-do's UID is built from the programme id, the task or rule id and the
occurrence, never drawn at random, so importing a new export updates the
to-dos of the last one instead of adding them twice.

To-dos follow the plan's progress records (completions, updates, extensions)
and the reports filed, as they stand on a day (:mod:`._todo_progress`): STATUS,
PERCENT-COMPLETE, COMPLETED, the DUE in force, a SEQUENCE that rises with each
record and LAST-MODIFIED. DUE is the deadline in force, as the follow-up's grid
judges a task by it: the planned day moved past a day off, and by any extension;
a series is written only where those days follow a rule. A series (RRULE) cannot
say a record of one occurrence, so
a series any of whose occurrences has a record is written as single to-dos.
Their occurrences have no UID of their own while in a series: a single to-do's
UID ends with its occurrence (``task:hue-2023:PL.II.1:2023-12-31``), the
series' with ``:every``; the first record of a series thus replaces its to-do
by single ones, which keep their UIDs in every later export. A client that
imports rather than subscribes keeps the old series until it is deleted.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pendulum

from quanhelaodong._fields import as_date
from quanhelaodong.agencies import Agency
from quanhelaodong.deadlines import DateRange, as_between
from quanhelaodong.errors import UnknownAgencyError
from quanhelaodong.export._inputs import ExportSource, as_graph, checked_agency
from quanhelaodong.export._recurrence import recurrence_rule
from quanhelaodong.export._todo_progress import (
    COMPLETED,
    TodoProgress,
    record_days,
    report_progress,
    task_progress,
)
from quanhelaodong.followup import (
    Obligation,
    TaskState,
    assigning_body,
    planned_span,
    reports_due,
    task_statuses,
)
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.programmes import CoordinationProgramme, ReportingRule, Role, Task
from quanhelaodong.rows import shorten

if TYPE_CHECKING:
    import icalendar

__all__ = ["ALARM_DAYS", "PRODID", "to_ical"]

PRODID = "-//quanhelaodong//deadlines export//VI"
#: Reminders ring this many days before a to-do falls due.
ALARM_DAYS = (7, 3, 1)
#: iCalendar's participation roles: the lead chairs; partners and implementing units must take part;
#: a monitoring body follows the task without doing it.
_ATTENDEE_ROLES = {Role.LEAD: "CHAIR", Role.PARTNER: "REQ-PARTICIPANT",
                   Role.IMPLEMENTER: "REQ-PARTICIPANT", Role.MONITOR: "NON-PARTICIPANT"}
#: When an agency holds a task in two roles it is listed once, in the role that says most.
_ROLE_WEIGHT = {Role.LEAD: 0, Role.PARTNER: 1, Role.IMPLEMENTER: 2, Role.MONITOR: 3}


def _window(programme: CoordinationProgramme, start: pendulum.Date | None,
            end: pendulum.Date | None) -> tuple[pendulum.Date, pendulum.Date] | None:
    """The days a programme's deadlines are exported for, or None when its window is empty."""
    first, last = planned_span(programme)
    low, high = start or first, end or last
    return (low, high) if low <= high else None


def _noon_utc(day: pendulum.Date) -> datetime.datetime:
    # iCalendar wants a UTC time where records keep a day; at noon UTC the day reads the same
    # in every time zone from UTC-11 to UTC+11, Vietnam's included.
    return datetime.datetime(day.year, day.month, day.day, 12, tzinfo=datetime.UTC)


def _address(agency: Agency) -> icalendar.vCalAddress:
    import icalendar

    address = icalendar.vCalAddress(f"urn:quanhelaodong:agency:{agency.id}")
    address.params["CN"] = agency.name
    address.params["CUTYPE"] = "GROUP"
    return address


class _Builder:
    """Adds to-dos to one calendar, with one stamp and UIDs kept unique."""

    def __init__(self, graph: ResponsibilityGraph):
        import icalendar

        self.graph = graph
        self.calendar = icalendar.Calendar()
        self.calendar.add("prodid", PRODID)
        self.calendar.add("version", "2.0")
        self.calendar.add("calscale", "GREGORIAN")
        self.calendar.add("x-wr-calname", "Hạn nhiệm vụ và báo cáo: " + ", ".join(
            str(p.document) if p.document is not None else p.id for p in graph.programmes))
        self.stamp = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        self.uids: set[str] = set()

    def agency(self, programme: CoordinationProgramme, agency_id: str | None) -> Agency | None:
        if agency_id is None:
            return None
        node = self.graph.nx.nodes.get(agency_id)
        if node is not None and "agency" in node:
            found: Agency = node["agency"]
            return found
        try:
            return programme.agency(agency_id, catalogue=self.graph.catalogue)
        except UnknownAgencyError:
            return None

    def add(self, uid: str, summary: str, description: str, dues: Sequence[tuple[str, TodoProgress]], *,
            organizer: Agency | None, attendees: Iterable[tuple[Agency, str]], categories: str,
            start: pendulum.Date | None = None) -> None:
        """One to-do for ``dues`` (each named by the key that ends its UID when alone): a series when
        a rule says them all and no record touches any, else one to-do per day."""
        rule = None if any(progress.recorded for _, progress in dues) else recurrence_rule(
            [progress.due for _, progress in dues])
        if rule is None and len(dues) > 1:
            for key, progress in dues:
                self.add(f"{uid}:{key}", summary, description, [(key, progress)], organizer=organizer,
                         attendees=attendees, categories=categories)
            return
        import icalendar

        progress = dues[0][1]
        todo = icalendar.Todo()
        todo.add("uid", self._unique(uid + (":every" if rule else "") + "@quanhelaodong"))
        todo.add("dtstamp", self.stamp)
        todo.add("sequence", progress.sequence)
        if progress.modified is not None:
            todo.add("last-modified", _noon_utc(progress.modified))
        todo.add("summary", summary)
        todo.add("description", "\n".join([description, *progress.notes]))
        todo.add("categories", [categories])
        todo.add("status", progress.status)
        if progress.percent is not None:
            todo.add("percent-complete", progress.percent)
        if progress.completed is not None:
            todo.add("completed", _noon_utc(progress.completed))
        due = progress.due
        if rule is not None:
            # A series recurs from its DTSTART; each to-do falls due the day after (module docstring).
            first = due.subtract(days=1)
            todo.add("dtstart", datetime.date(first.year, first.month, first.day))
            todo.add("rrule", rule)
        elif start is not None and start < due:
            todo.add("dtstart", datetime.date(start.year, start.month, start.day))
        todo.add("due", datetime.date(due.year, due.month, due.day))
        if organizer is not None:
            todo.add("organizer", _address(organizer))
        for agency, role in attendees:
            address = _address(agency)
            address.params["ROLE"] = role
            todo.add("attendee", address)
        if progress.status != COMPLETED:
            for days in ALARM_DAYS:
                alarm = icalendar.Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"Còn {days} ngày: {shorten(summary, 80)}")
                alarm.add("trigger", datetime.timedelta(days=-days), parameters={"RELATED": "END"})
                todo.add_component(alarm)
        self.calendar.add_component(todo)

    def _unique(self, uid: str) -> str:
        # Two tasks with one id (a fault validate reports) must still give two to-dos.
        found, copy = uid, 1
        while found in self.uids:
            copy += 1
            found = uid.replace("@", f"#{copy}@", 1)
        self.uids.add(found)
        return found


def _attendees(builder: _Builder, programme: CoordinationProgramme, task: Task) -> list[tuple[Agency, str]]:
    roles: dict[str, Role] = {}
    for assignment in task.assignments:
        held = roles.get(assignment.agency)
        if held is None or _ROLE_WEIGHT[assignment.role] < _ROLE_WEIGHT[held]:
            roles[assignment.agency] = assignment.role
    found = []
    for agency_id, role in roles.items():
        agency = builder.agency(programme, agency_id)
        if agency is not None:
            found.append((agency, _ATTENDEE_ROLES[role]))
    return found


def _names(builder: _Builder, programme: CoordinationProgramme, task: Task, role: Role) -> str:
    agencies = [(agency_id, builder.agency(programme, agency_id)) for agency_id in task.agencies_with(role)]
    return "; ".join(agency.name if agency is not None else agency_id
                     for agency_id, agency in agencies) or "(không nêu)"


def _programme_line(programme: CoordinationProgramme) -> str:
    number = f"{programme.document} " if programme.document is not None else ""
    return f"{number}{programme.title}"


def _key(state: TaskState) -> str:
    """What ends the UID of a task occurrence's to-do written alone: the day it is named by."""
    day = state.occurrence.occurrence or state.occurrence.planned
    return day.isoformat() if day is not None else ""


def _add_tasks(builder: _Builder, programme: CoordinationProgramme,
               window: tuple[pendulum.Date, pendulum.Date], agency: str | None, as_of: pendulum.Date) -> None:
    by_task: dict[int, list[TaskState]] = {}
    for state in task_statuses(programme, as_of, window, catalogue=builder.graph.catalogue):
        if state.occurrence.planned is None:
            continue
        if agency is not None and all(a.agency != agency for a in state.task.assignments):
            continue
        by_task.setdefault(id(state.task), []).append(state)
    records = record_days(programme.progress, as_of)
    for states in by_task.values():
        first = states[0].occurrence
        task = first.task
        uid = f"task:{programme.id}:{task.id}"
        if first.occurrence is not None and len(states) == 1:
            uid += f":{first.occurrence.isoformat()}"
        frame = first.frame
        frames = "; ".join(dict.fromkeys(str(s.occurrence.frame) for s in states))
        description = "\n".join([
            _programme_line(programme),
            f"Thời gian: {frames} ({first.source})",
            f"Chủ trì: {_names(builder, programme, task, Role.LEAD)}",
            f"Phối hợp: {_names(builder, programme, task, Role.PARTNER)}",
        ])
        dues = [(_key(s), task_progress(s, records.get(s.key, []))) for s in states]
        builder.add(uid, f"[{task.id}] {task.title}", description, dues,
                    organizer=builder.agency(programme, assigning_body(programme, task)),
                    attendees=_attendees(builder, programme, task), categories=programme.id,
                    start=frame.start if isinstance(frame, DateRange) else None)


def _add_reports(builder: _Builder, programme: CoordinationProgramme,
                 window: tuple[pendulum.Date, pendulum.Date], agency: str | None,
                 as_of: pendulum.Date) -> None:
    rules = {rule.id: rule for rule in programme.reporting_rules}
    owed: dict[str, dict[pendulum.Date, list[Obligation]]] = {}
    for obligation in reports_due(programme, window, agency=agency):
        if obligation.rule is not None:
            owed.setdefault(obligation.rule, {}).setdefault(obligation.due, []).append(obligation)
    for rule_id, by_day in owed.items():
        rule: ReportingRule = rules[rule_id]
        recipient = builder.agency(programme, rule.recipient)
        via = builder.agency(programme, rule.via)
        to = recipient.name if recipient is not None else rule.recipient
        summary = f"[{rule.id}] Báo cáo gửi {to}" + (f" qua {via.name}" if via is not None else "")
        description = "\n".join([_programme_line(programme), f"Thời hạn: {rule.due}",
                                 *([rule.as_written] if rule.as_written else [])])
        reporters = [found for found in (builder.agency(programme, r) for r in rule.reporters)
                     if found is not None]
        dues = [(day.isoformat(), report_progress(day, by_day[day], as_of)) for day in sorted(by_day)]
        builder.add(f"report:{programme.id}:{rule.id}", summary, description, dues,
                    organizer=recipient, attendees=[(r, "REQ-PARTICIPANT") for r in reporters],
                    categories=programme.id)


def to_ical(source: ExportSource, *, agency: str | None = None, start: object = None,
            end: object = None, as_of: object = None) -> bytes:
    """The deadlines of a graph's programmes (or of the programmes given) as an iCalendar of to-dos.

    **Window.** ``start`` and ``end`` (days, both included) bound the deadlines
    exported; each one not given is the first or last day of the programme's
    period (of the year of its reference date when it has none), so by default
    a programme's whole period is exported. A recurring task recurs within the
    window and its programme's period, a report within the window, as the
    follow-up counts them. A programme whose period ends before ``start`` (or
    begins after ``end``) adds nothing.

    **To-dos.** DUE is a date; SUMMARY is "[task id] title" or "[rule id] Báo
    cáo gửi …"; the lead is an ATTENDEE with ``ROLE=CHAIR``, partners and
    implementing units ``ROLE=REQ-PARTICIPANT``, monitoring bodies
    ``ROLE=NON-PARTICIPANT``, reporters ``ROLE=REQ-PARTICIPANT`` (each
    ``CN`` = the agency's name, the value ``urn:quanhelaodong:agency:<id>``);
    the ORGANIZER is the body that assigned the task or receives the report.
    Alarms ring 7, 3 and 1 days before. Deadlines that recur by a rule iCalendar
    can say (the same day each year, each month or quarter end) are one to-do
    with an RRULE that counts them; others are one to-do per occurrence.

    **Progress.** Records dated by ``as_of`` (default: today) count, as the
    follow-up's grid counts them (:func:`~quanhelaodong.followup.task_statuses`):
    a task done is ``STATUS:COMPLETED`` with ``COMPLETED`` (its day, at noon UTC)
    and ``PERCENT-COMPLETE:100``, and has no alarms; one with an update saying
    it is under way (or held up) is ``IN-PROCESS`` with the latest percentage
    reported; others are ``NEEDS-ACTION``. DUE is the deadline in force, the day
    the grid judges the task by: the planned day rolled over to the next working
    day when it is a day off (Civil Code, Article 148(5)), and any extension; the
    DESCRIPTION keeps the planned day, and an extension's document. A report
    to-do is COMPLETED when every reporter under it has filed, IN-PROCESS with
    the share filed when some have. SEQUENCE is
    the number of records (or reports filed) that touch the to-do, so it rises
    with each; LAST-MODIFIED is the day of the latest. A series with any record
    is written as single to-dos (module docstring).

    ``agency`` (an agency id) keeps the tasks it holds in any role and the
    reports it owes; an id the graph does not know raises
    :class:`~quanhelaodong.errors.UnknownAgencyError`.

    >>> import icalendar
    >>> from quanhelaodong.io import load_bundled
    >>> data = to_ical(load_bundled("hue-2023"), agency="thua-thien-hue/bhxh")
    >>> todos = icalendar.Calendar.from_ical(data).walk("VTODO")
    >>> [(str(todo["summary"])[:9], todo["due"].dt.isoformat()) for todo in todos][-3:]
    [('[PL.I.7] ', '2024-01-02'), ('[PL.I.8] ', '2024-01-02'), ('[V.1] Báo', '2023-11-14')]
    >>> import attrs
    >>> from quanhelaodong.programmes import Completion
    >>> plan = attrs.evolve(load_bundled("hue-2023"), progress=[Completion("PL.I.7", "2023-11-30")])
    >>> data = to_ical(plan, agency="thua-thien-hue/bhxh", as_of="2024-01-15")
    >>> todo = icalendar.Calendar.from_ical(data).walk("VTODO")[-3]
    >>> str(todo["UID"]), str(todo["STATUS"]), todo["COMPLETED"].dt.date().isoformat(), todo.walk("VALARM")
    ('task:hue-2023:PL.I.7@quanhelaodong', 'COMPLETED', '2023-11-30', [])
    """
    graph = as_graph(source)
    agency = checked_agency(graph, agency)
    low = as_date(start) if start is not None else None
    high = as_date(end) if end is not None else None
    day = as_date(as_of) if as_of is not None else pendulum.today().date()
    if low is not None and high is not None:
        as_between((low, high))
    builder = _Builder(graph)
    for programme in graph.programmes:
        window = _window(programme, low, high)
        if window is not None:
            _add_tasks(builder, programme, window, agency, day)
            _add_reports(builder, programme, window, agency, day)
    data: bytes = builder.calendar.to_ical()
    return data
