"""What is followed: task occurrences, the body that assigned each task, and its calendar."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest

from quanhelaodong import Agency, Assignment, CoordinationProgramme, Task
from quanhelaodong.deadlines import CalendarKind, Recurring
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup import assigning_body, calendar_of, task_occurrences
from tests.days import as_date

HUE = "thua-thien-hue/"


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


LEAD = [Assignment(HUE + "so-ldtbxh", "lead")]


def _plan(**changes: Any) -> CoordinationProgramme:
    base = CoordinationProgramme("demo", "plan", "Kế hoạch", issuer=HUE + "ubnd",
                                 period=("2023-01-01", "2025-12-31"), tasks=[
        Task("A", "A", "Nhóm", timeframe="Năm 2024"),
        Task("A.1", "1", "Tập huấn", group="A", assignments=LEAD),
        Task("2", "2", "Đối thoại", timeframe="tháng 5 hằng năm", assignments=LEAD),
        Task("3", "3", "Diễn đàn", timeframe="định kỳ 2 năm/lần", assignments=LEAD),
        Task("4", "4", "Tuyên truyền", timeframe="Thường xuyên", assignments=LEAD),
        Task("5", "5", "Sơ kết", assignments=LEAD),
    ])
    return attrs.evolve(base, **changes)


def test_each_task_once_and_each_occurrence_of_a_recurring_task() -> None:
    found = [(o.task.id, o.occurrence, o.planned, o.source) for o in task_occurrences(_plan())]
    assert found == [
        ("A.1", None, D("2024-12-31"), "heading A"),
        ("2", D("2023-05-31"), D("2023-05-31"), "task"),
        ("2", D("2024-05-31"), D("2024-05-31"), "task"),
        ("2", D("2025-05-31"), D("2025-05-31"), "task"),
        ("3", D("2023-12-31"), D("2023-12-31"), "task"),   # every two years from 2023
        ("3", D("2025-12-31"), D("2025-12-31"), "task"),
        ("4", None, None, "task"),
        ("5", None, D("2025-12-31"), "programme period"),
    ]
    occurrence = next(o for o in task_occurrences(_plan()) if o.task.id == "2")
    assert occurrence.key == ("2", D("2023-05-31"))
    assert str(occurrence.frame) == "tháng 5 hằng năm (2023)"


def test_between_keeps_what_the_plan_sets_to_end_in_it_and_every_undated_task() -> None:
    year = [(o.task.id, o.occurrence) for o in task_occurrences(_plan(), ("2024-01-01", "2024-12-31"))]
    assert year == [("A.1", None), ("2", D("2024-05-31")), ("4", None)]
    # A recurring task does not recur beyond its programme.
    later = [(o.task.id, o.occurrence) for o in task_occurrences(_plan(), ("2026-01-01", "2026-12-31"))]
    assert later == [("4", None)]


def test_without_a_period_the_year_asked_and_tasks_with_no_time_at_all() -> None:
    plan = _plan(period=None)
    found = [(o.task.id, o.occurrence, o.planned, o.source)
             for o in task_occurrences(plan, as_of="2030-06-01")]
    assert ("2", D("2030-05-31"), D("2030-05-31"), "task") in found
    assert ("5", None, None, "none") in found  # no timeframe, no period: still followed
    assert isinstance(plan.task("2").timeframe, Recurring)


def test_the_assigning_body_and_the_calendar_it_keeps() -> None:
    enterprise = Agency("x/cong-ty-a", "Công ty A", "enterprise", "employers")
    plan = _plan(agencies=[enterprise])
    assert assigning_body(plan, plan.task("5")) == HUE + "ubnd"
    delegated = attrs.evolve(plan.task("5"), assigned_by=enterprise.id)
    assert assigning_body(plan, delegated) == "x/cong-ty-a"
    assert calendar_of(plan, HUE + "ubnd").kind is CalendarKind.STATE
    assert calendar_of(plan, HUE + "ldld").kind is CalendarKind.STATE  # unions keep the state's
    employer = calendar_of(plan, "x/cong-ty-a")
    assert employer.kind is CalendarKind.EMPLOYER
    assert employer.is_working_day(D("2024-05-04"))  # a Saturday
    assert calendar_of(plan, "x/unknown").kind is CalendarKind.STATE
    assert calendar_of(plan, None).kind is CalendarKind.STATE


def test_a_task_due_every_six_months_is_followed_per_half_year() -> None:
    plan = _plan(tasks=[Task("6", "6", "Báo cáo sơ kết", timeframe="định kỳ 6 tháng",
                             assignments=LEAD)])
    found = [(o.occurrence, o.planned) for o in task_occurrences(plan)]
    assert found == [(D(day), D(day)) for day in (
        "2023-06-30", "2023-12-31", "2024-06-30", "2024-12-31", "2025-06-30", "2025-12-31")]


@pytest.mark.parametrize(("between", "fragment"), [
    (("2024-01-01",), "between must be two days"),
    ("2024", "between must be two days"),
    (("2024-01-01", "2024-06-30", "2024-12-31"), "between must be two days"),
    (("2024-12-31", "2024-01-01"), "ends on 2024-01-01, before it begins on 2024-12-31"),
    (("2024-01-01", "31/12/2024"), "ISO date"),
])
def test_a_period_asked_is_two_days_in_order(between: Any, fragment: str) -> None:
    with pytest.raises(InvalidValueError, match=fragment):
        list(task_occurrences(_plan(), between))


def test_what_is_not_a_programme_or_a_day_is_refused_even_when_unused() -> None:
    with pytest.raises(InvalidValueError, match="expected a CoordinationProgramme, got str"):
        list(task_occurrences("hue-2023"))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="ISO date"):
        list(task_occurrences(_plan(), as_of="x"))  # the plan has a period, as_of is not needed
