"""When the tasks of a programme fall due, with timeframes inherited from headings and the period."""

from __future__ import annotations

import attrs
import pendulum
import pytest

from quanhelaodong import CoordinationProgramme, Task, validate
from quanhelaodong.deadlines import Recurring, UnreadableTimeframe
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup import deadlines, due_within, overdue, task_timeframes, undated_tasks
from tests.days import as_date


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_every_huế_task_has_a_readable_timeframe(hue: CoordinationProgramme) -> None:
    frames = list(task_timeframes(hue))
    assert not any(isinstance(item.frame, UnreadableTimeframe) for item in frames)
    by_id = {item.task.id: item for item in frames}
    assert by_id["II.2"].frame.due == D("2023-12-31")
    assert by_id["II.2"].frame.start == D("2023-07-01")
    assert by_id["II.2"].source == "task"
    assert by_id["PL.I.4"].source == "programme period"
    assert isinstance(by_id["PL.II.1"].frame, Recurring)
    assert [item.task.id for item in undated_tasks(hue)] == ["PL.IV.1"]


def test_deadlines_between_and_by_agency(hue: CoordinationProgramme) -> None:
    year = deadlines(hue, ("2023-01-01", "2023-12-31"))
    assert len(year) == 7 + 23 + 30 - 1  # all but the undated_tasks "định kỳ" row
    assert all(entry.due == D("2023-12-31") for entry in year)
    bhxh = deadlines(hue, ("2023-01-01", "2023-12-31"), agency="thua-thien-hue/bhxh")
    assert [e.task.id for e in bhxh] == ["IV.8.a", "IV.8.b", "PL.I.4", "PL.I.6", "PL.I.7", "PL.I.8"]
    assert deadlines(hue, ("2024-01-01", "2024-12-31")) == ()


def test_overdue_and_due_within(hue: CoordinationProgramme) -> None:
    assert overdue(hue, "2023-12-31") == ()
    late = overdue(hue, "2024-01-01")
    assert len(late) == 59
    soon = due_within(hue, 30, "2023-12-15")
    assert len(soon) == 59
    assert due_within(hue, 10, "2023-12-01") == ()


def test_inherited_and_unreadable_frames(hue: CoordinationProgramme) -> None:
    programme = attrs.evolve(hue, tasks=[
        Task("A", "A", "Nhóm", timeframe="Quý II/2023"),
        Task("A.1", "A.1", "Việc 1", group="A",
             assignments=[hue.task("PL.I.4").assignments[0]]),
        Task("B", "B", "Việc 2", timeframe="sớm nhất có thể",
             assignments=[hue.task("PL.I.4").assignments[0]]),
    ])
    first, second = task_timeframes(programme)
    assert (first.task.id, first.source, first.frame.due) == ("A.1", "heading A", D("2023-06-30"))
    assert second.task.id == "B"
    assert isinstance(second.frame, UnreadableTimeframe)
    assert "sớm nhất có thể" in str(second.frame.error())
    assert [p.code for p in validate(programme)] == ["unreadable-timeframe"]
    assert [e.task.id for e in deadlines(programme, ("2023-01-01", "2023-12-31"))] == ["A.1"]


def test_due_within_more_days_than_a_calendar_holds_is_an_invalid_value(
        hue: CoordinationProgramme) -> None:
    for days in [10**9, -1, 1.5, True]:
        with pytest.raises(InvalidValueError):
            due_within(hue, days, "2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        overdue(hue, "0001-01-01")
