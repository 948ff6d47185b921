"""The iCalendar export, read back by two independent parsers: icalendar and vobject."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

import attrs
import icalendar
import pytest
import vobject

from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import InvalidValueError, UnknownAgencyError
from quanhelaodong.export import to_ical
from quanhelaodong.followup import reports_due, task_status, task_statuses
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.io import load_bundled
from quanhelaodong.programmes import (
    Completion,
    CoordinationProgramme,
    Extension,
    ProgressUpdate,
    Report,
)

WIDE = ("2023-01-01", "2025-12-31")  # three years: V.1 recurs on the same day each year, V.2 does not


def _todos(data: bytes) -> list[Any]:
    # Any: the properties read back are checked by the tests, not by the type checker.
    todos: list[Any] = icalendar.Calendar.from_ical(data).walk("VTODO")
    return todos


def _attendees(todo: Any) -> list[Any]:
    found = todo.get("ATTENDEE", [])
    # icalendar gives a lone property as itself, several as a list.
    return list(found) if isinstance(found, list) else [found]


def _library_deadlines(plan: CoordinationProgramme, between: tuple[str, str],
                       agency: str | None = None) -> Counter[tuple[str, datetime.date]]:
    """What the follow-up says falls due: (summary prefix, day) for each task occurrence and report day."""
    found: Counter[tuple[str, datetime.date]] = Counter()
    # Each task falls due on its deadline in force: the planned day moved past a day off.
    for state in task_statuses(plan, between[1], between):
        if state.occurrence.planned is not None and state.deadline is not None and (
                agency is None or any(a.agency == agency for a in state.task.assignments)):
            found[(f"[{state.task.id}]", state.deadline)] += 1
    reports = {(o.rule, o.due) for o in reports_due(plan, between, agency=agency)}
    for rule, due in reports:
        found[(f"[{rule}]", due)] += 1
    return found


def _exported_deadlines(data: bytes) -> Counter[tuple[str, datetime.date]]:
    """The same pairs from the export, each RRULE series expanded by vobject."""
    found: Counter[tuple[str, datetime.date]] = Counter()
    for calendar in vobject.readComponents(data.decode("utf-8")):
        for todo in calendar.vtodo_list:
            prefix = todo.summary.value.split(" ")[0]
            if hasattr(todo, "rrule"):
                shift = todo.due.value - todo.dtstart.value
                for start in todo.getrruleset():
                    day = (start.date() if isinstance(start, datetime.datetime) else start) + shift
                    found[(prefix, day)] += 1
            else:
                found[(prefix, todo.due.value)] += 1
    return found


@pytest.mark.parametrize("between", [None, WIDE])
def test_every_deadline_the_follow_up_counts_is_exported_once(hue: CoordinationProgramme,
                                                               between: tuple[str, str] | None) -> None:
    data = to_ical(hue) if between is None else to_ical(hue, start=between[0], end=between[1])
    expected = _library_deadlines(hue, between or ("2023-01-01", "2023-12-31"))
    assert _exported_deadlines(data) == expected
    todos = _todos(data)
    series = [todo for todo in todos if "RRULE" in todo]
    assert len(todos) - len(series) + sum(todo["RRULE"]["COUNT"][0] for todo in series) == sum(
        expected.values())


def test_a_yearly_report_on_a_fixed_day_is_one_todo_with_an_rrule(hue: CoordinationProgramme) -> None:
    todos = _todos(to_ical(hue, start=WIDE[0], end=WIDE[1]))
    v1 = [todo for todo in todos if str(todo["SUMMARY"]).startswith("[V.1]")]
    assert len(v1) == 1
    rule = v1[0]["RRULE"]
    assert rule["FREQ"] == ["YEARLY"]
    assert rule["COUNT"] == [3]
    assert v1[0]["DUE"].dt == datetime.date(2023, 11, 14)
    # V.2 falls due on 29/11: a Saturday in 2025, rolled to Monday, so no rule says it.
    v2 = sorted(todo["DUE"].dt for todo in todos if str(todo["SUMMARY"]).startswith("[V.2]"))
    assert v2 == sorted({o.due for o in reports_due(hue, WIDE) if o.rule == "V.2"})
    assert datetime.date(2025, 12, 1) in v2


def test_the_contest_has_its_lead_as_chair_and_partners_as_participants(
        hue: CoordinationProgramme, hue_graph: ResponsibilityGraph) -> None:
    data = to_ical(hue_graph)
    todo = next(t for t in _todos(data) if str(t["SUMMARY"]).startswith("[PL.I.4] "))
    roles = {str(a).removeprefix("urn:quanhelaodong:agency:"): (a.params["ROLE"], a.params["CN"])
             for a in _attendees(todo)}
    labour = "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế"
    assert roles["thua-thien-hue/so-ldtbxh"] == ("CHAIR", labour)
    task = hue.task("PL.I.4")
    assert {agency for agency, (role, _) in roles.items() if role == "REQ-PARTICIPANT"} == set(task.partners)
    # Due "in 2023": 31/12/2023 is a Sunday and 1/1 a holiday, so the deadline in force is 2 January.
    assert todo["DUE"].dt == datetime.date(2024, 1, 2)
    assert "Hạn theo kế hoạch: 2023-12-31" in str(todo["DESCRIPTION"])
    assert "Điều 148(5)" in str(todo["DESCRIPTION"])
    assert type(todo["DUE"].dt) is datetime.date
    assert str(todo["ORGANIZER"]) == "urn:quanhelaodong:agency:thua-thien-hue/ubnd"
    # The other parser reads the same people.
    calendar = next(vobject.readComponents(data.decode("utf-8")))
    contest = next(t for t in calendar.vtodo_list if t.summary.value.startswith("[PL.I.4] "))
    chairs = [a for a in contest.attendee_list if a.params["ROLE"] == ["CHAIR"]]
    assert [a.value for a in chairs] == ["urn:quanhelaodong:agency:thua-thien-hue/so-ldtbxh"]


def test_every_todo_has_three_alarms_before_it_falls_due(hue: CoordinationProgramme) -> None:
    for todo in _todos(to_ical(hue)):
        alarms = todo.walk("VALARM")
        assert sorted(alarm["TRIGGER"].dt for alarm in alarms) == [
            datetime.timedelta(days=-7), datetime.timedelta(days=-3), datetime.timedelta(days=-1)]
        assert all(alarm["TRIGGER"].params["RELATED"] == "END" for alarm in alarms)
        assert all(alarm["ACTION"] == "DISPLAY" for alarm in alarms)


def test_uids_are_unique_and_the_same_in_a_later_export(hue: CoordinationProgramme) -> None:
    first = [str(todo["UID"]) for todo in _todos(to_ical(hue))]
    again = [str(todo["UID"]) for todo in _todos(to_ical(load_bundled("hue-2023")))]
    assert len(set(first)) == len(first)
    assert first == again
    # An agency's calendar updates the same to-dos as the whole plan's.
    own = {str(todo["UID"]) for todo in _todos(to_ical(hue, agency="thua-thien-hue/bhxh"))}
    assert own < set(first)


def test_the_calendar_names_its_producer_and_version(hue: CoordinationProgramme) -> None:
    calendar = icalendar.Calendar.from_ical(to_ical(hue))
    assert str(calendar["VERSION"]) == "2.0"
    assert "quanhelaodong" in str(calendar["PRODID"])


def test_an_agency_gets_the_tasks_it_holds_and_the_reports_it_owes(hue: CoordinationProgramme) -> None:
    agency = "thua-thien-hue/bhxh"
    data = to_ical(hue, agency=agency)
    assert _exported_deadlines(data) == _library_deadlines(hue, ("2023-01-01", "2023-12-31"), agency)
    summaries = [str(todo["SUMMARY"]).split(" ")[0] for todo in _todos(data)]
    assert "[PL.I.4]" in summaries
    assert "[V.1]" in summaries
    assert "[V.2]" not in summaries  # only the labour department consolidates
    for todo in _todos(data):
        if not str(todo["SUMMARY"]).startswith("[V."):
            assert f"urn:quanhelaodong:agency:{agency}" in [str(a) for a in _attendees(todo)]


def test_a_window_outside_the_plan_gives_an_empty_calendar(hue: CoordinationProgramme) -> None:
    assert _todos(to_ical(hue, start="2030-01-01")) == []


def test_bad_input_raises_the_library_s_errors(hue: CoordinationProgramme) -> None:
    with pytest.raises(UnknownAgencyError):
        to_ical(hue, agency="thua-thien-hue/khong-co")
    with pytest.raises(InvalidValueError):
        to_ical(hue, start="2023-12-31", end="2023-01-01")
    with pytest.raises(InvalidValueError):
        to_ical(hue, start="31/12/2023")
    with pytest.raises(InvalidValueError):
        to_ical("hue-2023")  # type: ignore[arg-type]


# Following tasks to done --------------------------------------------------------------------------

LABOUR, UNION = "thua-thien-hue/so-ldtbxh", "thua-thien-hue/ldld"
SEEN = "2024-01-15"
#: Invented records (example data, not facts) on the real plan, in the spirit of examples/task_progress.py.
RECORDS = (
    ProgressUpdate("PL.I.4", "2023-09-15", LABOUR, percent=60),
    Completion("PL.I.4", "2023-11-30", agency=LABOUR, evidence=DocumentRef.parse("2150/BC-SLĐTBXH")),
    ProgressUpdate("PL.III.2", "2023-10-20", LABOUR, status="blocked", percent=30),
    Extension("PL.III.2", "2023-12-20", "2024-03-31", requested_by=LABOUR,
              document=DocumentRef.parse("812/UBND-VX")),
    Completion("PL.II.1", "2023-10-05", agency=UNION, occurrence="2023-12-31"),
    ProgressUpdate("II.7", "2023-12-15", UNION, percent=80),
    ProgressUpdate("PL.III.1", "2023-11-10", "thua-thien-hue/ban-ql-kcn", status="not_started"),
)


@pytest.fixture(scope="module")
def followed(hue: CoordinationProgramme) -> CoordinationProgramme:
    return attrs.evolve(hue, progress=RECORDS)


def _by_task(data: bytes) -> dict[str, Any]:
    return {str(todo["SUMMARY"]).split(" ")[0].strip("[]"): todo for todo in _todos(data)}


def _vobject_todos(data: bytes) -> dict[str, Any]:
    calendar = next(vobject.readComponents(data.decode("utf-8")))
    return {todo.summary.value.split(" ")[0].strip("[]"): todo for todo in calendar.vtodo_list}


def test_a_completed_task_reads_back_completed_on_its_day_without_alarms(
        followed: CoordinationProgramme) -> None:
    data = to_ical(followed, as_of=SEEN)
    contest = _by_task(data)["PL.I.4"]
    assert str(contest["STATUS"]) == "COMPLETED"
    assert contest["COMPLETED"].dt.date() == datetime.date(2023, 11, 30)
    assert contest["PERCENT-COMPLETE"] == 100
    assert contest.walk("VALARM") == []
    assert "2150/BC-SLĐTBXH" in str(contest["DESCRIPTION"])
    same = _vobject_todos(data)["PL.I.4"]
    assert same.status.value == "COMPLETED"
    assert same.completed.value.date() == datetime.date(2023, 11, 30)
    assert same.completed.value.utcoffset() == datetime.timedelta(0)  # RFC 5545: COMPLETED is in UTC
    assert not hasattr(same, "valarm")


def test_an_extended_task_falls_due_on_the_deadline_in_force(followed: CoordinationProgramme) -> None:
    data = to_ical(followed, as_of=SEEN)
    state = task_status(followed, "PL.III.2", SEEN)
    assert state.occurrence.planned == datetime.date(2023, 12, 31)
    # 31/3/2024 is a Sunday: the grid moves the extended deadline to Monday.
    assert state.deadline == datetime.date(2024, 4, 1)
    checks = _by_task(data)["PL.III.2"]
    assert checks["DUE"].dt == state.deadline
    assert _vobject_todos(data)["PL.III.2"].due.value == state.deadline
    description = str(checks["DESCRIPTION"])
    assert "2023-12-31" in description
    assert "812/UBND-VX" in description
    # Before the extension was decided, the plan's own day moved past the New Year days off.
    earlier = _by_task(to_ical(followed, as_of="2023-12-19"))["PL.III.2"]
    assert earlier["DUE"].dt == task_status(followed, "PL.III.2", "2023-12-19").deadline == datetime.date(
        2024, 1, 2)


def test_tasks_under_way_say_their_latest_percentage(followed: CoordinationProgramme) -> None:
    data = to_ical(followed, as_of=SEEN)
    todos, others = _by_task(data), _vobject_todos(data)
    for task, percent in (("II.7", 80), ("PL.III.2", 30)):  # PL.III.2 is held up, still under way
        assert (str(todos[task]["STATUS"]), todos[task]["PERCENT-COMPLETE"]) == ("IN-PROCESS", percent)
        read = others[task]
        assert (read.status.value, read.percent_complete.value) == ("IN-PROCESS", str(percent))
        assert len(todos[task].walk("VALARM")) == 3
    assert str(todos["PL.III.1"]["STATUS"]) == "NEEDS-ACTION"  # its update says not started
    # Records dated after the day looked from do not count: the contest was still under way.
    contest = _by_task(to_ical(followed, as_of="2023-10-01"))["PL.I.4"]
    assert (str(contest["STATUS"]), contest["PERCENT-COMPLETE"]) == ("IN-PROCESS", 60)
    assert "COMPLETED" not in contest


def test_every_task_to_do_stands_where_the_follow_up_s_grid_puts_it(followed: CoordinationProgramme) -> None:
    todos = _by_task(to_ical(followed, as_of=SEEN))
    grid = [state for state in task_statuses(followed, SEEN) if state.occurrence.planned is not None]
    assert {state.task.id for state in grid} == {task for task in todos if not task.startswith("V.")}
    for state in grid:
        todo = todos[state.task.id]
        assert (str(todo["STATUS"]) == "COMPLETED") == state.status.done
        assert todo["DUE"].dt == state.deadline or (
            len(state.deadlines) == 1 and todo["DUE"].dt == state.occurrence.planned)
    assert sum(str(todo["STATUS"]) == "COMPLETED" for todo in todos.values()) == 2  # PL.I.4, PL.II.1


def _task_of(uid: str) -> str:
    return uid.removesuffix("@quanhelaodong").split(":")[2]


def test_records_raise_the_sequence_and_keep_the_uids(hue: CoordinationProgramme,
                                                      followed: CoordinationProgramme) -> None:
    plain = {str(todo["UID"]): todo for todo in _todos(to_ical(hue, as_of=SEEN))}
    recorded = {str(todo["UID"]): todo for todo in _todos(to_ical(followed, as_of=SEEN))}
    assert recorded.keys() == plain.keys()
    touched = {str(todo["UID"]) for todo in recorded.values() if todo["SEQUENCE"] > 0}
    assert {_task_of(uid) for uid in touched} == {event.task for event in RECORDS}
    for uid, todo in recorded.items():
        assert plain[uid]["SEQUENCE"] == 0
        assert "LAST-MODIFIED" not in plain[uid]
        if uid in touched:
            task = _task_of(uid)
            days = [event.on for event in RECORDS if event.task == task]
            assert todo["SEQUENCE"] == len(days)
            assert todo["LAST-MODIFIED"].dt.date() == max(days)
    # Each new record raises the sequence again: the contest before and after its completion.
    before = _by_task(to_ical(followed, as_of="2023-10-01"))["PL.I.4"]["SEQUENCE"]
    assert before < _by_task(to_ical(followed, as_of=SEEN))["PL.I.4"]["SEQUENCE"]


def _longer(plan: CoordinationProgramme) -> CoordinationProgramme:
    # Over three years, training (PL.II.1, "2 năm/lần") falls due twice: a series.
    assert plan.period is not None
    return attrs.evolve(plan, period=attrs.evolve(plan.period, end=datetime.date(2025, 12, 31)))


def test_occurrences_whose_days_follow_no_rule_are_single_to_dos_with_stable_uids(
        hue: CoordinationProgramme) -> None:
    # Training every two years falls due on 31/12/2023, a Sunday before the New Year holiday, so
    # in force on 2 January 2024, and on 31/12/2025: no rule a calendar can say gives both days.
    before = {str(todo["UID"]): todo["DUE"].dt for todo in _todos(to_ical(_longer(hue), as_of=SEEN))
              if str(todo["SUMMARY"]).startswith("[PL.II.1]")}
    assert before == {"task:hue-2023:PL.II.1:2023-12-31@quanhelaodong": datetime.date(2024, 1, 2),
                      "task:hue-2023:PL.II.1:2025-12-31@quanhelaodong": datetime.date(2025, 12, 31)}
    done = _longer(attrs.evolve(hue, progress=RECORDS[4:5]))
    data = to_ical(done, as_of=SEEN)
    singles = {str(todo["UID"]): todo for todo in _todos(data)
               if str(todo["SUMMARY"]).startswith("[PL.II.1]")}
    assert {uid: (str(todo["STATUS"]), todo["DUE"].dt) for uid, todo in singles.items()} == {
        "task:hue-2023:PL.II.1:2023-12-31@quanhelaodong": ("COMPLETED", datetime.date(2024, 1, 2)),
        "task:hue-2023:PL.II.1:2025-12-31@quanhelaodong": ("NEEDS-ACTION", datetime.date(2025, 12, 31))}
    # Still every deadline the follow-up counts, once.
    assert _exported_deadlines(data) == _library_deadlines(done, ("2023-01-01", "2025-12-31"))
    # A later record on the other occurrence keeps both UIDs.
    later = attrs.evolve(done, progress=(*done.progress, ProgressUpdate(
        "PL.II.1", "2025-03-01", UNION, percent=20, occurrence="2025-12-31")))
    again = {str(todo["UID"]): todo for todo in _todos(to_ical(later, as_of="2025-06-01"))
             if str(todo["SUMMARY"]).startswith("[PL.II.1]")}
    assert again.keys() == singles.keys() == before.keys()
    assert again["task:hue-2023:PL.II.1:2025-12-31@quanhelaodong"]["SEQUENCE"] == 1


def test_reports_filed_mark_their_deadline_in_process_then_completed(hue: CoordinationProgramme) -> None:
    rule = next(rule for rule in hue.reporting_rules if rule.id == "V.1")
    first = Report("bc-1", "thua-thien-hue/bhxh", rule="V.1", submitted="2024-11-08")
    some = attrs.evolve(hue, reports=(first,))
    data = to_ical(some, start=WIDE[0], end=WIDE[1], as_of="2024-12-01")
    v1 = {str(todo["UID"]): todo for todo in _todos(data) if str(todo["SUMMARY"]).startswith("[V.1]")}
    # The yearly series gives way to one to-do per year.
    assert sorted(v1) == [f"report:hue-2023:V.1:{day}@quanhelaodong"
                          for day in ("2023-11-14", "2024-11-14", "2025-11-14")]
    filed = v1["report:hue-2023:V.1:2024-11-14@quanhelaodong"]
    assert (str(filed["STATUS"]), filed["PERCENT-COMPLETE"], filed["SEQUENCE"]) == (
        "IN-PROCESS", 100 // len(rule.reporters), 1)
    assert filed["LAST-MODIFIED"].dt.date() == datetime.date(2024, 11, 8)
    assert str(v1["report:hue-2023:V.1:2023-11-14@quanhelaodong"]["STATUS"]) == "NEEDS-ACTION"
    assert _exported_deadlines(data) == _library_deadlines(some, WIDE)
    # Every reporter files: done on the last day one did, no alarms; the other years keep their UIDs.
    every = attrs.evolve(hue, reports=tuple(
        Report(f"bc-{n}", reporter, rule="V.1", submitted=f"2024-11-{n + 1:02d}")
        for n, reporter in enumerate(rule.reporters)))
    after = {str(todo["UID"]): todo for todo in _todos(to_ical(every, start=WIDE[0], end=WIDE[1],
                                                              as_of="2024-12-01"))
             if str(todo["SUMMARY"]).startswith("[V.1]")}
    assert after.keys() == v1.keys()
    done = after["report:hue-2023:V.1:2024-11-14@quanhelaodong"]
    assert str(done["STATUS"]) == "COMPLETED"
    assert done["COMPLETED"].dt.date() == datetime.date(2024, 11, len(rule.reporters))
    assert done.walk("VALARM") == []
    assert done["SEQUENCE"] > filed["SEQUENCE"]
    # An agency's own calendar follows its own report only.
    own = _by_task(to_ical(some, agency="thua-thien-hue/bhxh", start="2024-01-01", end="2024-12-31",
                           as_of="2024-12-01"))
    assert str(own["V.1"]["STATUS"]) == "COMPLETED"


def test_a_bad_day_to_look_from_is_refused(hue: CoordinationProgramme) -> None:
    with pytest.raises(InvalidValueError):
        to_ical(hue, as_of="15/01/2024")
