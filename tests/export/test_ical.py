"""The iCalendar export, read back by two independent parsers: icalendar and vobject."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

import icalendar
import pytest
import vobject

from quanhelaodong.errors import InvalidValueError, UnknownAgencyError
from quanhelaodong.export import to_ical
from quanhelaodong.followup import reports_due, task_occurrences
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.io import load_bundled
from quanhelaodong.programmes import CoordinationProgramme

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
    for occurrence in task_occurrences(plan, between):
        if occurrence.planned is not None and (
                agency is None or any(a.agency == agency for a in occurrence.task.assignments)):
            found[(f"[{occurrence.task.id}]", occurrence.planned)] += 1
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


def test_the_contest_has_its_lead_as_chair_and_partners_as_participants(hue: CoordinationProgramme,
                                                                        graph: ResponsibilityGraph) -> None:
    data = to_ical(graph)
    todo = next(t for t in _todos(data) if str(t["SUMMARY"]).startswith("[PL.I.4] "))
    roles = {str(a).removeprefix("urn:quanhelaodong:agency:"): (a.params["ROLE"], a.params["CN"])
             for a in _attendees(todo)}
    labour = "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế"
    assert roles["thua-thien-hue/so-ldtbxh"] == ("CHAIR", labour)
    task = hue.task("PL.I.4")
    assert {agency for agency, (role, _) in roles.items() if role == "REQ-PARTICIPANT"} == set(task.partners)
    assert todo["DUE"].dt == datetime.date(2023, 12, 31)
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
