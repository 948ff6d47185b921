"""Consistency checks over a whole programme, reporting every problem at once.

Each :class:`Problem` has a severity, a stable code, the path to the offending
value (``tasks[12].assignments[0]``) and a message a clerk can act on.

Codes:

==========================  ========  ==================================================
code                        severity  meaning
==========================  ========  ==================================================
``duplicate-task-id``       error     two tasks share an id
``unknown-group``           error     a task sits under a heading id that does not exist
``group-cycle``             error     a task sits under itself, directly or through its headings
``unknown-agency``          error     an id that neither the programme nor the catalogue knows
``no-lead``                 error     a task names partners (or nobody) but no lead
``no-lead``                 warning   a task only lists implementing units ("đơn vị thực hiện")
``multiple-leads``          warning   joint leads: real plans do this, but someone must answer
``lead-and-partner``        error     one agency is both lead and partner of a task
``duplicate-assignment``    warning   the same agency is named twice in the same role
``period-reversed``         error     the programme period ends before it starts
``agency-dissolved``        error     a task is given to an agency dissolved by the programme date
``agency-dissolved-during`` warning   ... to an agency dissolved before the programme period ends
``assigned-not-requested``  warning   a state issuer "assigns" to a body it can only request of
``unreadable-timeframe``    warning   a task's time phrase cannot be read (it is never guessed)
``provisional-agency``      warning   a body no catalogue knew, kept as written (map it with replace_agency)
==========================  ========  ==================================================
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

import pendulum

from quanhelaodong.agencies import Agency, AgencyCatalogue, default_catalogue
from quanhelaodong.deadlines import Recurring, Timeframe, UnreadableTimeframe
from quanhelaodong.errors import UnknownAgencyError, ValidationError
from quanhelaodong.problems import Problem, Severity
from quanhelaodong.programmes._assignments import Assignment, AssignmentMode, default_mode
from quanhelaodong.programmes._programme import CoordinationProgramme, Task
from quanhelaodong.programmes._progress_checks import check_progress
from quanhelaodong.programmes._reporting import Indicator, ReportingRule

__all__ = ["check_indicator", "validate"]


def validate(programme: CoordinationProgramme, *, strict: bool = False,
             catalogue: AgencyCatalogue | None = None) -> list[Problem]:
    """Check ``programme`` and return every problem found, in document order.

    With ``strict=True``, raise one :class:`ValidationError` carrying all problems
    if any of them is an error; warnings alone never raise.

    >>> from quanhelaodong.programmes import Assignment, CoordinationProgramme, Role, Task
    >>> plan = CoordinationProgramme("demo", "plan", "Kế hoạch thử", area="thua-thien-hue",
    ...     issuer="thua-thien-hue/ubnd",
    ...     tasks=[Task("1", "1", "Tập huấn", assignments=[
    ...         Assignment("thua-thien-hue/ldld", Role.PARTNER)])])
    >>> for problem in validate(plan):
    ...     print(problem)
    error [no-lead] tasks[0]: task 1 'Tập huấn' has partners but no lead ("chủ trì")
    warning [assigned-not-requested] tasks[0].assignments[0]: ...
    """
    checker = _Checker(programme, catalogue or default_catalogue())
    checker.run()
    if strict and any(p.severity is Severity.ERROR for p in checker.problems):
        errors = sum(p.severity is Severity.ERROR for p in checker.problems)
        raise ValidationError(f"programme {programme.id!r} has {errors} error(s)", checker.problems)
    return checker.problems


class _Checker:
    def __init__(self, programme: CoordinationProgramme, catalogue: AgencyCatalogue):
        self.programme = programme
        self.catalogue = catalogue
        self.problems: list[Problem] = []

    def add(self, severity: Severity, code: str, path: str, message: str) -> None:
        self.problems.append(Problem(severity, code, path, message))

    def run(self) -> None:
        programme = self.programme
        if programme.period is not None and programme.period.end < programme.period.start:
            self.add(Severity.ERROR, "period-reversed", "period",
                     f"period ends on {programme.period.end} before it starts on "
                     f"{programme.period.start}")
        if programme.issuer is not None:
            self.check_known(programme.issuer, "issuer")
        for index, signatory in enumerate(programme.signatories):
            self.check_known(signatory.agency, f"signatories[{index}].agency")
        for index, agency in enumerate(programme.agencies):
            if agency.provisional:
                self.add(Severity.WARNING, "provisional-agency", f"agencies[{index}]",
                         f"{agency.name!r} is not in the catalogue and was kept as written; "
                         "map it to a known body with replace_agency")
        self.check_reporting()
        self.check_dialogues()
        self.check_reports()
        ids = Counter(task.id for task in programme.tasks)
        groups = {task.id: task.group for task in reversed(programme.tasks)}
        for index, task in enumerate(programme.tasks):
            path = f"tasks[{index}]"
            if ids[task.id] > 1:
                self.add(Severity.ERROR, "duplicate-task-id", f"{path}.id",
                         f"task id {task.id!r} is used by {ids[task.id]} tasks")
            if task.group is not None and task.group not in ids:
                self.add(Severity.ERROR, "unknown-group", f"{path}.group",
                         f"task {task.id} sits under {task.group!r}, which is not a task id")
            cycle = _group_cycle(task, groups)
            if cycle:
                self.add(Severity.ERROR, "group-cycle", f"{path}.group",
                         f"task {task.id} sits under itself: {' -> '.join(cycle)}")
            self.check_task(task, path)
        self.problems.extend(check_progress(programme, self.catalogue))

    def check_reporting(self) -> None:
        rules = {rule.id: rule for rule in self.programme.reporting_rules}
        for index, rule in enumerate(self.programme.reporting_rules):
            path = f"reporting_rules[{index}]"
            for number, reporter in enumerate(rule.reporters):
                self.check_known(reporter, f"{path}.reporters[{number}]")
            self.check_known(rule.recipient, f"{path}.recipient")
            if rule.via is not None:
                self.check_known(rule.via, f"{path}.via")
            if isinstance(rule.due, UnreadableTimeframe):
                self.add(Severity.ERROR, "unreadable-timeframe", f"{path}.due",
                         str(rule.due.error()))
            if rule.consolidates is not None and rule.consolidates not in rules:
                self.add(Severity.ERROR, "unknown-rule", f"{path}.consolidates",
                         f"rule {rule.id} consolidates {rule.consolidates!r}, which is not a rule")
            self.check_chain_order(rule, rules, path)
        for cycle in _reporting_cycles(self.programme.reporting_rules):
            self.add(Severity.ERROR, "reporting-cycle", "reporting_rules",
                     "reports go round in a circle: " + " -> ".join(cycle))

    def check_chain_order(self, rule: ReportingRule, rules: dict[str, ReportingRule],
                          path: str) -> None:
        """A consolidating level's deadline must come after the one it consolidates."""
        earlier = rules.get(rule.consolidates or "")
        reference = self.programme.reference_date
        if earlier is None or reference is None:
            return
        mine = _first_due(rule.due, reference)
        theirs = _first_due(earlier.due, reference)
        if mine is not None and theirs is not None and mine <= theirs:
            self.add(Severity.ERROR, "reporting-chain-order", f"{path}.due",
                     f"rule {rule.id} consolidates {earlier.id} but falls due on {mine}, not "
                     f"after its {theirs}")

    def check_dialogues(self) -> None:
        for index, dialogue in enumerate(self.programme.dialogues):
            path = f"dialogues[{index}]"
            for number, organiser in enumerate(dialogue.organisers):
                self.check_known(organiser.agency, f"{path}.organisers[{number}].agency")
            for number, item in enumerate(dialogue.recommendations):
                where = f"{path}.recommendations[{number}]"
                if item.assigned_to is not None:
                    self.check_known(item.assigned_to, f"{where}.assigned_to")
                steps = [("held", dialogue.held), ("due", item.due), ("answered", item.answered),
                         ("resolved", item.resolved)]
                known = [(name, day) for name, day in steps if day is not None]
                for (first, day), (second, later) in itertools.pairwise(known):
                    if first == "due" and second != "due":
                        continue  # an answer may come after its due date: that is lateness
                    if later < day:
                        self.add(Severity.ERROR, "dates-out-of-order", f"{where}.{second}",
                                 f"{item.id}: {second} {later} comes before {first} {day}")
            counts = dialogue.counts
            if counts is not None and dialogue.recommendations:
                for channel, counted in (("written", counts.written), ("spoken", counts.spoken)):
                    listed = sum(r.channel.value == channel for r in dialogue.recommendations)
                    if counted is not None and listed > counted:
                        self.add(Severity.ERROR, "recommendation-count", f"{path}.counts",
                                 f"{listed} {channel} recommendations listed, {counted} counted")

    def check_reports(self) -> None:
        for index, report in enumerate(self.programme.reports):
            path = f"reports[{index}]"
            self.check_known(report.reporter, f"{path}.reporter")
            if report.recipient is not None:
                self.check_known(report.recipient, f"{path}.recipient")
            for number, indicator in enumerate(report.indicators):
                self.problems.extend(check_indicator(indicator, f"{path}.indicators[{number}]"))

    def check_known(self, agency_id: str, path: str) -> bool:
        try:
            self.programme.agency(agency_id, catalogue=self.catalogue)
        except UnknownAgencyError as error:
            self.add(Severity.ERROR, "unknown-agency", path, str(error))
            return False
        return True

    @property
    def programme_date(self) -> pendulum.Date | None:
        document = self.programme.document
        if document is not None and document.issued_on is not None:
            return document.issued_on
        return self.programme.period.start if self.programme.period else None

    def check_task(self, task: Task, path: str) -> None:
        heading = self.programme.is_heading(task)
        if heading and not task.assignments:
            return
        described = f"task {task.id} {_short(task.title)!r}"
        if isinstance(task.timeframe, UnreadableTimeframe):
            self.add(Severity.WARNING, "unreadable-timeframe", f"{path}.timeframe",
                     str(task.timeframe.error()))
        if not task.leads:
            if task.implementers and not task.partners:
                self.add(Severity.WARNING, "no-lead", path,
                         f"{described} only lists implementing units; nobody is named lead")
            elif task.partners:
                self.add(Severity.ERROR, "no-lead", path,
                         f"{described} has partners but no lead (\"chủ trì\")")
            else:
                self.add(Severity.ERROR, "no-lead", path, f"{described} is assigned to nobody")
        if len(task.leads) > 1:
            self.add(Severity.WARNING, "multiple-leads", path,
                     f"{described} has {len(task.leads)} joint leads: {', '.join(task.leads)}")
        both = set(task.leads) & set(task.partners)
        for agency_id in sorted(both):
            self.add(Severity.ERROR, "lead-and-partner", path,
                     f"{agency_id} is both lead and partner of {described}")
        seen: set[tuple[str, str]] = set()
        for index, assignment in enumerate(task.assignments):
            where = f"{path}.assignments[{index}]"
            if (assignment.agency, assignment.role) in seen:
                self.add(Severity.WARNING, "duplicate-assignment", where,
                         f"{assignment.agency} is named twice as {assignment.role.value}")
            seen.add((assignment.agency, assignment.role))
            if self.check_known(assignment.agency, f"{where}.agency"):
                self.check_assignment(assignment, where, described)

    def check_assignment(self, assignment: Assignment, path: str, described: str) -> None:
        agency = self.programme.agency(assignment.agency, catalogue=self.catalogue)
        day = self.programme_date
        period = self.programme.period
        if agency.dissolved is not None and day is not None and agency.dissolved <= day:
            self.add(Severity.ERROR, "agency-dissolved", path,
                     f"{described} is given to {agency.name}, dissolved on {agency.dissolved}, "
                     f"by the programme date {day}")
        elif agency.dissolved is not None and period is not None and agency.dissolved <= period.end:
            self.add(Severity.WARNING, "agency-dissolved-during", path,
                     f"{described} is given to {agency.name}, dissolved on {agency.dissolved}, "
                     f"before the programme period ends on {period.end}")
        signed = any(s.agency == agency.id for s in self.programme.signatories)
        expected = default_mode(agency, issuer=self.issuer())
        if (assignment.mode is AssignmentMode.ASSIGNED and expected is AssignmentMode.REQUESTED
                and not signed):
            self.add(Severity.WARNING, "assigned-not-requested", path,
                     f"a state issuer can only request (\"đề nghị\") tasks of "
                     f"{agency.name}, not assign them")

    def issuer(self) -> Agency | None:
        issuer = self.programme.issuer
        if issuer is None:
            return None
        try:
            return self.programme.agency(issuer, catalogue=self.catalogue)
        except UnknownAgencyError:
            return None


def _first_due(frame: Timeframe, reference: pendulum.Date) -> pendulum.Date | None:
    if isinstance(frame, Recurring):
        found = frame.occurrences((reference, reference.add(years=1)))
        return found[0].due if found else None
    return frame.due


def _reporting_cycles(rules: Iterable[ReportingRule]) -> list[list[str]]:
    """Circles of "reports to" (or "through") among bodies, each listed once."""
    edges: dict[str, set[str]] = {}
    for rule in rules:
        for reporter in rule.reporters:
            for target in (rule.via, rule.recipient):
                if target is not None and target != reporter:
                    edges.setdefault(reporter, set()).add(target)
    cycles: list[list[str]] = []
    seen: set[frozenset[str]] = set()

    def walk(node: str, trail: list[str]) -> None:
        for following in sorted(edges.get(node, ())):
            if following in trail:
                cycle = [*trail[trail.index(following):], following]
                key = frozenset(cycle)
                if key not in seen:
                    seen.add(key)
                    cycles.append(cycle)
            elif len(trail) < 50:
                walk(following, [*trail, following])

    for start in sorted(edges):
        walk(start, [start])
    return cycles


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


def check_indicator(indicator: Indicator, path: str) -> list[Problem]:
    """Whether a percentage agrees with its numerator and denominator within rounding.

    With only a numerator, the check asks whether any whole denominator gives the
    stated percentage when rounded to its written decimals; if none does, the
    figures disagree (or were truncated), and that is reported, not raised.

    >>> from quanhelaodong.programmes import Indicator
    >>> check_indicator(Indicator("doanh nghiệp ký TƯLĐTT", "58.32", "%", numerator=2150), "x")[0].code
    'indicator-rounding'
    >>> check_indicator(Indicator("tỷ lệ", "50", "%", numerator=1, denominator=2), "x")
    []
    """
    if indicator.unit != "%" or indicator.numerator is None:
        return []
    value = indicator.value
    exponent = value.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    half_unit = Decimal(1).scaleb(-places) / 2
    numerator = indicator.numerator
    if indicator.denominator is not None:
        if indicator.denominator == 0:
            return [Problem(Severity.ERROR, "indicator-inconsistent", path,
                            f"{indicator.name}: a percentage of a zero denominator")]
        actual = numerator / indicator.denominator * 100
        if abs(actual - value) > half_unit:
            return [Problem(Severity.WARNING, "indicator-inconsistent", path,
                            f"{indicator.name}: {numerator}/{indicator.denominator} is "
                            f"{actual:.{places + 2}f}%, not {value}%")]
        return []
    if value <= 0:
        return []
    estimate = numerator * 100 / value
    for denominator in range(max(1, int(estimate) - 2), int(estimate) + 3):
        if abs(numerator / denominator * 100 - value) <= half_unit:
            return []
    near = int(estimate)
    return [Problem(Severity.WARNING, "indicator-rounding", path,
                    f"{indicator.name}: no whole number of units gives {numerator} = {value}% when "
                    f"rounded; {numerator}/{near} is {numerator / near * 100:.4f}% (the figure may "
                    "be truncated)")]


def _group_cycle(task: Task, groups: dict[str, str | None]) -> list[str]:
    """The chain of headings from ``task`` back to itself, or nothing if it never returns."""
    chain = [task.id]
    current = task.group
    while current is not None and current not in chain:
        chain.append(current)
        current = groups.get(current)
    return [*chain, task.id] if current == task.id else []
