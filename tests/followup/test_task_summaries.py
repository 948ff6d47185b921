"""The task grid for the desks: counts, scorecards, overdue, due soon, reminders, summaries."""

from __future__ import annotations

import datetime

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import Assignment, CoordinationProgramme, Role, Task
from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup import (
    GridCounts,
    TaskStatus,
    overdue_tasks,
    programme_summary,
    task_occurrences,
    task_reminders,
    task_scorecard,
    task_statuses,
    tasks_due_within,
)
from quanhelaodong.programmes import Completion, Extension
from tests.days import as_date
from tests.strategies import followed_programmes

HUE = "thua-thien-hue/"
LABOUR, UNION, ZONE, HOME = (HUE + "so-ldtbxh", HUE + "ldld", HUE + "ban-ql-kcn",
                             HUE + "so-noi-vu")


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def _task(number: str, timeframe: str, lead: str, *others: tuple[str, str]) -> Task:
    return Task(number, number, f"Nhiệm vụ {number}", timeframe=timeframe, assignments=[
        Assignment(lead, "lead"), *(Assignment(agency, role) for agency, role in others)])


def _plan() -> CoordinationProgramme:
    """Five tasks of 2024 in every cell of the grid on 2024-07-01."""
    return CoordinationProgramme(
        "demo", "plan", "Kế hoạch thử", issuer=HUE + "ubnd", period=("2024-01-01", "2024-12-31"),
        document=DocumentRef.parse("12/KH-UBND", issued_on="2024-01-05"),
        tasks=[
            _task("1", "chậm nhất ngày 31/5/2024", LABOUR, (UNION, "partner"), (HOME, "monitor")),
            _task("2", "chậm nhất ngày 31/5/2024", LABOUR, (ZONE, "partner")),
            _task("3", "chậm nhất ngày 14/6/2024", UNION, (LABOUR, "partner"), (HOME, "monitor")),
            _task("4", "chậm nhất ngày 10/7/2024", ZONE, (UNION, "partner")),
            _task("5", "Thường xuyên", UNION),
        ],
        progress=[Completion("1", "2024-05-30"), Completion("2", "2024-06-04"),
                  Extension("4", "2024-06-01", "2024-07-31", requested_by=ZONE)])


def test_grid_counts_and_their_rates() -> None:
    counts = GridCounts.of(task_statuses(_plan(), "2024-07-01"))
    assert counts == GridCounts(done_on_time=1, done_late=1, pending=1, overdue=1, no_deadline=1)
    assert (counts.total, counts.done, counts.not_done) == (5, 2, 2)
    assert [counts[status] for status in TaskStatus] == [1, 1, 1, 1, 1]
    assert (counts.rate(TaskStatus.OVERDUE), counts.on_time_rate) == (0.2, 0.5)
    assert counts + counts == GridCounts(2, 2, 2, 2, 2)
    empty = GridCounts()
    assert (empty.total, empty.rate(TaskStatus.DONE_LATE), empty.on_time_rate) == (0, 0.0, 0.0)


def test_a_scorecard_per_agency_and_role() -> None:
    card = task_scorecard(_plan(), "2024-07-01")
    assert list(card) == sorted(card)
    assert card[LABOUR][Role.LEAD] == GridCounts(done_on_time=1, done_late=1)
    assert card[LABOUR][Role.PARTNER] == GridCounts(overdue=1)
    assert card[UNION][Role.LEAD] == GridCounts(overdue=1, no_deadline=1)
    assert card[UNION][Role.PARTNER] == GridCounts(done_on_time=1, pending=1)
    assert card[HOME][Role.MONITOR] == GridCounts(done_on_time=1, overdue=1)
    assert card[HOME][Role.LEAD] == GridCounts()  # every role counted, zeros included
    leads_only = task_scorecard(_plan(), "2024-07-01", roles=[Role.LEAD])
    assert set(leads_only) == {LABOUR, UNION, ZONE}
    assert list(leads_only[ZONE]) == [Role.LEAD]


def test_a_scorecard_over_a_period_keeps_what_the_plan_sets_to_end_in_it() -> None:
    june = task_scorecard(_plan(), "2024-07-01", ("2024-06-01", "2024-06-30"), roles=[Role.LEAD])
    assert june[UNION][Role.LEAD] == GridCounts(overdue=1, no_deadline=1)  # task 3 and the undated 5
    assert LABOUR not in june  # its tasks were due in May


def test_the_overdue_list_with_days_overdue() -> None:
    late = overdue_tasks(_plan(), "2024-07-05")
    assert [(s.task.id, s.days_overdue, s.working_days_overdue) for s in late] == [("3", 21, 15)]
    programme = attrs.evolve(_plan(), progress=[])
    later = overdue_tasks(programme, "2024-07-15")
    assert [(s.task.id, s.days_overdue) for s in later] == [("1", 45), ("2", 45), ("3", 31),
                                                             ("4", 5)]
    assert [s.task.id for s in overdue_tasks(programme, "2024-07-15", agency=UNION)] == ["1", "3", "4"]
    assert [s.task.id for s in overdue_tasks(programme, "2024-07-15", agency=UNION,
                                             role=Role.LEAD)] == ["3"]
    assert len(overdue_tasks(programme, "2024-07-15", agency=HUE + "ubnd")) == 4  # it assigned them
    assert [s.task.id for s in overdue_tasks(programme, "2024-07-15", role=Role.MONITOR)] == ["1", "3"]


def test_tasks_due_within_n_working_days() -> None:
    programme = attrs.evolve(_plan(), progress=[])
    # From Friday 24/5/2024, 5 working days reach Friday 31/5.
    assert [s.task.id for s in tasks_due_within(programme, 5, "2024-05-24")] == ["1", "2"]
    assert tasks_due_within(programme, 4, "2024-05-24") == ()
    assert [s.task.id for s in tasks_due_within(programme, 0, "2024-05-31")] == ["1", "2"]
    assert [s.task.id for s in tasks_due_within(programme, 15, "2024-05-24", agency=UNION,
                                                role=Role.LEAD)] == ["3"]
    done = tasks_due_within(_plan(), 5, "2024-05-30")  # task 1 is done that day
    assert [s.task.id for s in done] == ["2"]
    with pytest.raises(InvalidValueError, match="whole number"):
        tasks_due_within(programme, -1, "2024-05-24")


def test_reminders_go_to_the_leads_with_copies_to_the_monitor_and_the_assigning_body() -> None:
    programme = attrs.evolve(_plan(), progress=[])
    week = task_reminders(programme, "2024-05-24")
    assert [(r.state.task.id, r.days_left, r.to, r.copy_to) for r in week] == [
        ("1", 7, (LABOUR,), (HOME, HUE + "ubnd")), ("2", 7, (LABOUR,), (HUE + "ubnd",))]
    assert str(week[0]) == ("1: due in 7 day(s) (2024-05-31) -> thua-thien-hue/so-ldtbxh; "
                            "cc thua-thien-hue/so-noi-vu, thua-thien-hue/ubnd")
    assert task_reminders(programme, "2024-05-25") == ()
    assert [r.days_left for r in task_reminders(programme, "2024-05-28")] == [3, 3]
    assert [r.days_left for r in task_reminders(programme, "2024-05-30")] == [1, 1]
    today = task_reminders(programme, "2024-05-31")
    assert "due today" in str(today[0])
    overdue = task_reminders(programme, "2024-06-20")
    assert [(r.state.task.id, r.days_left) for r in overdue] == [("1", -20), ("2", -20), ("3", -6)]
    assert "overdue by 20 day(s)" in str(overdue[0])
    assert [r.state.task.id for r in task_reminders(_plan(), "2024-06-20")] == ["3"]  # 1, 2 done


def test_a_reminder_for_implementing_units_and_a_recurring_occurrence() -> None:
    task = Task("9", "9", "Đối thoại", timeframe="tháng 5 hằng năm",
                assignments=[Assignment(UNION, "implementer"), Assignment(LABOUR, "implementer")])
    programme = attrs.evolve(_plan(), tasks=[task], progress=[])
    (reminder,) = task_reminders(programme, "2024-05-24")
    assert (reminder.to, reminder.copy_to) == ((UNION, LABOUR), (HUE + "ubnd",))
    assert str(reminder).startswith("9 (2024-05-31): due in 7 day(s)")


def test_the_summary_a_province_sends_up() -> None:
    summary = programme_summary(_plan(), "2024-07-01")
    assert str(summary) == (
        "Kế hoạch 12/KH-UBND, tính đến ngày 01/07/2024: đã hoàn thành 2/5 nhiệm vụ (40,0%), "
        "trong đó đúng hạn 1, quá hạn 1; chưa hoàn thành 2, trong đó trong hạn 1, quá hạn 1; "
        "1 nhiệm vụ không có thời hạn.")
    union = programme_summary(_plan(), "2024-07-01", agency=UNION, role=Role.LEAD)
    assert union.counts == GridCounts(overdue=1, no_deadline=1)
    plain = attrs.evolve(_plan(), document=None, tasks=_plan().tasks[:1], progress=[])
    assert str(programme_summary(plain, "2024-01-10")) == (
        "Kế hoạch Kế hoạch thử, tính đến ngày 10/01/2024: đã hoàn thành 0/1 nhiệm vụ (0,0%), "
        "trong đó đúng hạn 0, quá hạn 0; chưa hoàn thành 1, trong đó trong hạn 1, quá hạn 0.")


def test_roles_are_read_as_elsewhere_and_a_wrong_one_is_refused() -> None:
    # "lead" is read as Role.LEAD, as who_leads reads it; it never silently matches nothing.
    programme = attrs.evolve(_plan(), progress=[])
    assert task_scorecard(_plan(), "2024-07-01", roles=["lead", "monitor"]) == \
        task_scorecard(_plan(), "2024-07-01", roles=[Role.LEAD, Role.MONITOR])
    assert overdue_tasks(programme, "2024-07-15", agency=UNION, role="lead") == \
        overdue_tasks(programme, "2024-07-15", agency=UNION, role=Role.LEAD)
    assert tasks_due_within(programme, 15, "2024-05-24", agency=UNION, role="lead") == \
        tasks_due_within(programme, 15, "2024-05-24", agency=UNION, role=Role.LEAD)
    assert programme_summary(_plan(), "2024-07-01", agency=UNION, role="lead").counts == \
        GridCounts(overdue=1, no_deadline=1)
    with pytest.raises(InvalidValueError, match="role must be one of"):
        overdue_tasks(programme, "2024-07-15", role="chair")
    with pytest.raises(InvalidValueError, match="role must be one of"):
        task_scorecard(_plan(), "2024-07-01", roles=["lead", "boss"])
    with pytest.raises(InvalidValueError, match="roles must be a sequence of roles, not the string"):
        task_scorecard(_plan(), "2024-07-01", roles="lead")


@pytest.mark.parametrize("offsets", [7, (7, -1), (7, 3.5), ("7",), "731"])
def test_reminder_offsets_are_whole_days_ahead(offsets: object) -> None:
    with pytest.raises(InvalidValueError, match="offsets must be"):
        task_reminders(_plan(), "2024-05-24", offsets)  # type: ignore[arg-type]


@settings(max_examples=120, deadline=None)
@given(followed_programmes(), st.dates(datetime.date(2019, 1, 1), datetime.date(2033, 12, 31)),
       st.none() | st.tuples(st.dates(datetime.date(2019, 1, 1), datetime.date(2033, 12, 31)),
                             st.integers(0, 900)))
def test_the_grid_counts_add_up_to_the_task_occurrences(
        programme: CoordinationProgramme, day: datetime.date,
        period: tuple[datetime.date, int] | None) -> None:
    between = None if period is None else (as_date(period[0]),
                                           as_date(period[0]) + datetime.timedelta(days=period[1]))
    counts = GridCounts.of(task_statuses(programme, as_date(day), between))
    occurrences = list(task_occurrences(programme, between, as_of=as_date(day)))
    assert counts.total == len(occurrences)
    assert counts.done + counts.not_done + counts.no_deadline == counts.total
    summary = programme_summary(programme, as_date(day), between)
    assert summary.counts == counts
    assert f"/{len(occurrences)} nhiệm vụ" in str(summary)
    lead = task_scorecard(programme, as_date(day), between, roles=[Role.LEAD])
    one_lead = sum(len(set(o.task.leads)) for o in occurrences)
    assert sum(card[Role.LEAD].total for card in lead.values()) == one_lead
