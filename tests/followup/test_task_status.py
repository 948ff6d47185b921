"""The status of a task on any day, on the Government Office's grid, and why."""

from __future__ import annotations

import datetime
import gc
import itertools
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import (
    Agency,
    Assignment,
    CoordinationProgramme,
    Task,
    WorkingCalendar,
    validate,
)
from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import InvalidValueError, UnknownTaskError
from quanhelaodong.followup import TaskState, TaskStatus, task_status, task_statuses
from quanhelaodong.programmes import Completion, Extension, ProgressEvent, ProgressUpdate
from tests.days import as_date
from tests.strategies import calendars, followed_programmes

HUE = "thua-thien-hue/"
LEAD = [Assignment(HUE + "so-ldtbxh", "lead")]


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def _plan(*events: ProgressEvent, timeframe: str | None = "chậm nhất ngày 15/11/2023",
          **changes: Any) -> CoordinationProgramme:
    base = CoordinationProgramme(
        "demo", "plan", "Kế hoạch", issuer=HUE + "ubnd", period=("2023-01-01", "2025-12-31"),
        document=DocumentRef.parse("180/KH-UBND", issued_on="2023-01-01"),
        tasks=[Task("1", "1", "Hội thi", timeframe=timeframe, assignments=LEAD)], progress=events)
    return attrs.evolve(base, **changes)


def _status(programme: CoordinationProgramme, day: str) -> TaskStatus:
    return task_status(programme, "1", day).status


def test_the_four_cells_of_the_grid() -> None:
    # 15/11/2023 is a Wednesday: no roll-over.
    assert _status(_plan(), "2023-11-15") is TaskStatus.PENDING
    assert _status(_plan(), "2023-11-16") is TaskStatus.OVERDUE
    on_time = _plan(Completion("1", "2023-11-15"))
    assert _status(on_time, "2023-11-14") is TaskStatus.PENDING  # not yet done that day
    assert _status(on_time, "2023-11-15") is TaskStatus.DONE_ON_TIME
    late = task_status(_plan(Completion("1", "2023-11-20")), "1", "2024-01-01")
    assert (late.status, late.done, late.days_late, late.days_overdue) == (
        TaskStatus.DONE_LATE, D("2023-11-20"), 5, 0)
    overdue = task_status(_plan(), "1", "2023-11-20")
    assert (overdue.days_overdue, overdue.working_days_overdue, overdue.days_left) == (5, 3, -5)


def test_the_first_completion_counts() -> None:
    twice = _plan(Completion("1", "2023-11-20"), Completion("1", "2023-11-10"))
    assert task_status(twice, "1", "2023-12-01").done == D("2023-11-10")
    assert _status(twice, "2023-12-01") is TaskStatus.DONE_ON_TIME


def test_a_last_day_off_moves_to_the_next_working_day_and_says_why() -> None:
    state = task_status(_plan(timeframe="chậm nhất ngày 15/11/2025"), "1", "2025-11-17")
    assert state.deadline == D("2025-11-17")  # 15/11/2025 is a Saturday
    assert state.status is TaskStatus.PENDING
    assert [step.rule for step in state.steps] == ["planned", "civil_rollover",
                                                   "grid_not_done_within_deadline"]
    text = state.explain()
    assert "2025-11-15 is a weekly rest day on the state calendar of thua-thien-hue/ubnd" in text
    assert "Điều 148(5)" in text
    tet = task_status(_plan(timeframe="chậm nhất ngày 29/01/2025"), "1", "2025-02-01")
    assert tet.deadline == D("2025-02-03")
    assert "public holiday or day off" in tet.explain()


def test_the_calendar_is_the_assigning_bodys() -> None:
    enterprise = Agency("x/cong-ty-a", "Công ty A", "enterprise", "employers")
    task = Task("1", "1", "Hội thi", timeframe="chậm nhất ngày 15/11/2025", assignments=LEAD,
                assigned_by="x/cong-ty-a")
    employer = _plan(tasks=[task], agencies=[enterprise])
    state = task_status(employer, "1", "2025-11-15")
    assert (state.assigned_by, state.deadline) == ("x/cong-ty-a", D("2025-11-15"))  # Saturday works
    assert "x/cong-ty-a" not in state.explain()  # nothing moved: no roll-over step
    forced = task_status(employer, "1", "2025-11-15", calendar=WorkingCalendar.state())
    assert forced.deadline == D("2025-11-17")


def test_extensions_keep_the_history_and_only_ever_move_the_deadline_later() -> None:
    decision = DocumentRef.parse("812/UBND-VX")
    programme = _plan(
        Extension("1", "2023-11-10", "2023-12-15", requested_by=HUE + "so-ldtbxh",
                  document=decision),
        Extension("1", "2023-11-12", "2023-12-01"),   # earlier: not applied
        Extension("1", "2023-12-20", "2024-01-31"),   # decided later
    )
    before = task_status(programme, "1", "2023-11-11")
    assert before.deadlines == (D("2023-11-15"), D("2023-12-15"))
    assert [e.new_deadline for e in before.extensions] == [D("2023-12-15")]
    state = task_status(programme, "1", "2023-12-18")
    assert state.deadlines == (D("2023-11-15"), D("2023-12-15"))
    assert state.status is TaskStatus.OVERDUE
    assert [step.rule for step in state.steps] == [
        "planned", "extension", "extension_not_applied", "grid_not_done_overdue"]
    text = state.explain()
    assert "Extended on 2023-11-10 by thua-thien-hue/ubnd at the request of " \
           "thua-thien-hue/so-ldtbxh: the new deadline is 2023-12-15 [812/UBND-VX]" in text
    assert "would not move the deadline 2023-12-15 later: not applied" in text
    after = task_status(programme, "1", "2024-01-02")
    assert after.deadline == D("2024-01-31")
    assert after.status is TaskStatus.PENDING


def test_an_extension_that_rolls_onto_the_deadline_in_force_changes_nothing() -> None:
    # 15/11/2025 is a Saturday: due Monday 17/11. An extension to Sunday 16/11 rolls to 17/11.
    # validate counts without a calendar and does not report it (docs/followup.md, step 3).
    programme = _plan(Extension("1", "2025-11-10", "2025-11-16"),
                      timeframe="chậm nhất ngày 15/11/2025")
    state = task_status(programme, "1", "2025-11-18")
    assert (state.deadlines, state.status) == ((D("2025-11-17"),), TaskStatus.OVERDUE)
    assert "would not move the deadline 2025-11-17 later: not applied" in state.explain()
    assert not [p for p in validate(programme) if p.code == "extension-earlier"]


def test_an_extension_decided_after_the_task_was_done_does_not_apply() -> None:
    programme = _plan(Completion("1", "2023-11-20"), Extension("1", "2023-11-25", "2023-11-30"))
    state = task_status(programme, "1", "2023-12-01")
    assert (state.status, state.deadline, state.extensions) == (
        TaskStatus.DONE_LATE, D("2023-11-15"), ())
    in_time = _plan(Extension("1", "2023-11-14", "2023-11-30"), Completion("1", "2023-11-20"))
    assert _status(in_time, "2023-12-01") is TaskStatus.DONE_ON_TIME


def test_the_latest_update_by_date_and_the_latest_percentage() -> None:
    programme = _plan(
        ProgressUpdate("1", "2023-10-01", HUE + "so-ldtbxh", percent=50),
        ProgressUpdate("1", "2023-09-01", HUE + "so-ldtbxh", percent=20),  # recorded late
        ProgressUpdate("1", "2023-10-05", HUE + "ldld", status="blocked", text="Chờ kinh phí"),
        ProgressUpdate("1", "2023-12-01", HUE + "so-ldtbxh", percent=90),  # after the day asked
    )
    state = task_status(programme, "1", "2023-10-10")
    assert (state.latest.on if state.latest else None, state.percent) == (D("2023-10-05"), 50)
    assert ("latest update 2023-10-05 by thua-thien-hue/ldld: có khó khăn, vướng mắc, 50%"
            in state.explain())


def test_each_occurrence_of_a_recurring_task_is_followed_on_its_own() -> None:
    programme = _plan(Completion("1", "2023-05-20", occurrence="2023-05-31"),
                      Completion("1", "2024-06-03", occurrence="2024-05-31"),
                      timeframe="tháng 5 hằng năm")
    grid = {state.occurrence.occurrence: state.status
            for state in task_statuses(programme, "2025-06-03")}
    assert grid == {D("2023-05-31"): TaskStatus.DONE_ON_TIME,
                    D("2024-05-31"): TaskStatus.DONE_LATE,   # 31/5/2024 is a Friday
                    D("2025-05-31"): TaskStatus.OVERDUE}     # a Saturday: due Monday 2/6
    assert task_status(programme, "1", "2025-06-02", occurrence="2025-05-31").status \
        is TaskStatus.PENDING
    with pytest.raises(InvalidValueError, match="say which occurrence: 2023-05-31, 2024-05-31"):
        task_status(programme, "1", "2025-06-01")
    with pytest.raises(InvalidValueError, match="no occurrence ending on 2025-05-30"):
        task_status(programme, "1", "2025-06-01", occurrence="2025-05-30")
    summer = attrs.evolve(programme, period=("2023-06-01", "2023-12-31"))
    with pytest.raises(InvalidValueError, match="no occurrence while the programme runs"):
        task_status(summer, "1", "2023-12-01")


@pytest.mark.parametrize(("timeframe", "fragment"), [
    ("Thường xuyên", "«Thường xuyên» sets no date (ongoing)"),
    ("khi có yêu cầu", "«khi có yêu cầu» sets no date (on_event)"),
    ("theo tiến độ của dự án", "could not be read (not a time phrase this library reads); no date"),
    ("trong 30 ngày kể từ ngày nhận được đơn", "counts from an event not yet dated"),
])
def test_tasks_that_set_no_date_have_no_deadline(timeframe: str, fragment: str) -> None:
    state = task_status(_plan(Completion("1", "2023-05-01"), timeframe=timeframe), "1", "2023-06-01")
    assert (state.status, state.deadline, state.days_left) == (TaskStatus.NO_DEADLINE, None, None)
    assert fragment in state.explain()
    assert "No deadline" in state.explain()
    assert "reported done on 2023-05-01" in state.explain()


def test_no_timeframe_and_no_period_and_an_extension_that_sets_a_first_deadline() -> None:
    bare = _plan(timeframe=None, period=None)
    state = task_status(bare, "1", "2023-06-01")
    assert state.status is TaskStatus.NO_DEADLINE
    assert "sets no time for the task and the programme has no period" in state.explain()
    dated = _plan(Extension("1", "2023-05-01", "2023-05-31"), timeframe="Thường xuyên")
    assert task_status(dated, "1", "2023-06-01").status is TaskStatus.OVERDUE


def test_an_inherited_period_is_said_to_be_inherited() -> None:
    state = task_status(_plan(timeframe=None), "1", "2025-12-01")
    assert state.occurrence.source == "programme period"
    assert "takes the programme's period: the last day allowed is 2025-12-31" in state.explain()
    assert "[180/KH-UBND, task 1]" in state.explain()


def test_unknown_tasks_and_headings() -> None:
    programme = _plan(tasks=[Task("A", "A", "Nhóm"), Task("A.1", "1", "Việc", group="A",
                                                          assignments=LEAD)])
    with pytest.raises(UnknownTaskError):
        task_status(programme, "B", "2023-06-01")
    with pytest.raises(UnknownTaskError, match="a heading"):
        task_status(programme, "A", "2023-06-01")
    with pytest.raises(UnknownTaskError, match="a heading"):
        task_status(programme, "A", "2023-06-01", occurrence="2023-12-31")
    assert [s.task.id for s in task_statuses(programme, "2023-06-01")] == ["A.1"]


@pytest.mark.parametrize("timeframe", ["chậm nhất ngày 15/11/2023", "Thường xuyên", None])
def test_an_occurrence_is_asked_only_of_a_recurring_task(timeframe: str | None) -> None:
    # Naming the planned day of a one-off task (or any day of an undated one) is a mistake,
    # as validate says of a record that does it; it does not quietly give the task.
    with pytest.raises(InvalidValueError, match="task 1 does not recur"):
        task_status(_plan(timeframe=timeframe), "1", "2023-12-01", occurrence="2023-11-15")


def test_arguments_of_the_wrong_kind_are_refused_with_the_librarys_errors() -> None:
    with pytest.raises(InvalidValueError, match="calendar must be a WorkingCalendar, got str"):
        task_statuses(_plan(), "2023-11-16", calendar="state")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="calendar must be a WorkingCalendar"):
        task_status(_plan(), "1", "2023-11-16", calendar="state")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="expected a CoordinationProgramme, got str"):
        task_statuses("hue-2023", "2023-11-16")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="expected a CoordinationProgramme, got str"):
        task_status("hue-2023", "1", "2023-11-16")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="between must be two days"):
        task_statuses(_plan(), "2023-11-16", ("2023-01-01",))  # type: ignore[arg-type]


@pytest.mark.parametrize("enabled", [True, False])
def test_the_grid_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        task_statuses(_plan(), "2023-11-16")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


# -- properties ----------------------------------------------------------------------------------

@settings(max_examples=120, deadline=None)
@given(calendars, st.dates(datetime.date(2005, 1, 1), datetime.date(2035, 12, 31)).map(as_date),
       st.sampled_from(["trước ngày {d}/{m}/{y}", "chậm nhất ngày {d}/{m}/{y}"]),
       st.none() | st.integers(0, 400), st.integers(0, 30))
def test_done_on_the_extended_deadline_is_on_time_and_a_day_later_is_late(
        calendar: WorkingCalendar, day: pendulum.Date, template: str, extended_by: int | None,
        decided_before: int) -> None:
    programme = _plan(timeframe=template.format(d=day.day, m=day.month, y=day.year),
                      period=None, document=None)
    if extended_by is not None:
        new = day.add(days=extended_by)
        programme = attrs.evolve(programme, progress=[
            Extension("1", day.subtract(days=decided_before), new)])
    far = day.add(days=500)
    deadline = task_status(programme, "1", far, calendar=calendar).deadline
    assert deadline is not None
    assert calendar.is_working_day(deadline)
    for done, expected in ((deadline, TaskStatus.DONE_ON_TIME),
                           (deadline.add(days=1), TaskStatus.DONE_LATE)):
        finished = attrs.evolve(programme, progress=[*programme.progress, Completion("1", done)])
        state = task_status(finished, "1", far, calendar=calendar)
        assert (state.status, state.deadline) == (expected, deadline)
    assert task_status(programme, "1", deadline, calendar=calendar).status is TaskStatus.PENDING
    assert task_status(programme, "1", deadline.add(days=1),
                       calendar=calendar).status is TaskStatus.OVERDUE


def _day_near(programme: CoordinationProgramme, data: st.DataObject) -> pendulum.Date:
    """A day when something happens: a record's day, or one in or around the programme's years."""
    recorded = [event.on for event in programme.progress]
    year = programme.period.start.year if programme.period else 2025
    around = st.dates(datetime.date(year - 1, 1, 1), datetime.date(year + 3, 12, 31)).map(as_date)
    return data.draw(st.sampled_from(recorded) | around if recorded else around)


def _essence(state: TaskState) -> tuple[object, ...]:
    return (state.key, state.status, state.deadlines, state.extensions, state.completion,
            state.latest, state.percent)


@settings(max_examples=120, deadline=None)
@given(followed_programmes(), st.data())
def test_an_extension_never_moves_a_deadline_earlier(programme: CoordinationProgramme,
                                                     data: st.DataObject) -> None:
    first = _day_near(programme, data)
    second = first.add(days=data.draw(st.integers(0, 800)))
    earlier = {s.key: s for s in task_statuses(programme, first)}
    for state in task_statuses(programme, second):
        history = state.deadlines
        assert all(a < b for a, b in itertools.pairwise(history))
        if state.occurrence.planned is not None:
            assert history[0] == state.calendar.roll_forward(state.occurrence.planned)
        before = earlier.get(state.key)
        if before is not None and before.deadline is not None:
            assert state.deadline is not None
            assert state.deadline >= before.deadline


@settings(max_examples=120, deadline=None)
@given(followed_programmes(), st.data())
def test_status_on_a_day_depends_only_on_what_was_recorded_by_that_day(
        programme: CoordinationProgramme, data: st.DataObject) -> None:
    day = _day_near(programme, data)
    known = [event for event in programme.progress if event.on <= day]
    later = data.draw(followed_programmes()).progress  # whatever else is recorded afterwards
    rewritten = [attrs.evolve(event, on=day.add(days=1 + index))
                 for index, event in enumerate(later)]
    then = attrs.evolve(programme, progress=known)
    now = attrs.evolve(programme, progress=[*rewritten[:3], *known, *rewritten[3:]])
    assert [_essence(s) for s in task_statuses(then, day)] == \
        [_essence(s) for s in task_statuses(now, day)]
    assert [_essence(s) for s in task_statuses(then, day)] == \
        [_essence(s) for s in task_statuses(programme, day)]
