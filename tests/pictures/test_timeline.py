"""The timeline: its marks are the follow-up's deadlines, each drawn once, in the right row and month."""

from __future__ import annotations

import re

import attrs
import pendulum
import pytest
from matplotlib.lines import Line2D
from matplotlib.text import Text

from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup import deadlines, reports_due
from quanhelaodong.io import bundled_names, load_bundled
from quanhelaodong.pictures import TimelineMark, timeline_marks, timeline_picture
from quanhelaodong.programmes import CoordinationProgramme, Role
from tests.pictures.drawing import drawn_without_warnings, tagged

MARK = re.compile(r"^mark (?P<kind>\w+) (?P<agency>\S+) (?P<day>[\d-]+) \((?P<count>\d+)\)$")


def _drawn_marks(figure: object) -> list[tuple[re.Match[str], Line2D]]:
    return tagged(figure, Line2D, MARK)


def _years(programme: CoordinationProgramme) -> list[int]:
    assert programme.period is not None
    return list(range(programme.period.start.year, programme.period.end.year + 1))


@pytest.mark.parametrize("name", bundled_names())
def test_every_bundled_plan_is_drawn_for_every_year_without_warnings(name: str) -> None:
    plan = load_bundled(name)
    for year in _years(plan):
        figure = drawn_without_warnings(lambda year=year: timeline_picture(plan, year=year))  # type: ignore[misc]
        assert len(_drawn_marks(figure)) == len(timeline_marks(plan, year=year))


@pytest.mark.parametrize("name", bundled_names())
def test_the_marks_are_the_follow_ups_deadlines(name: str) -> None:
    plan = load_bundled(name)
    for year in _years(plan):
        span = (f"{year}-01-01", f"{year}-12-31")
        marks = timeline_marks(plan, year=year)
        # A task is drawn once in each row of its leads, or once in the row of tasks with no lead.
        expected_tasks = sum(max(1, len({a.agency for a in e.task.assignments if a.role is Role.LEAD}))
                             for e in deadlines(plan, span))
        assert sum(m.count for m in marks if m.kind == "task") == expected_tasks
        assert plan.period is not None
        running = (max(pendulum.Date(year, 1, 1), plan.period.start), min(pendulum.Date(year, 12, 31),
                                                                          plan.period.end))
        assert sum(m.count for m in marks if m.kind == "report") == len(reports_due(plan, running))
        assert all(m.day.year == year for m in marks)
        assert len({(m.agency, m.day, m.kind) for m in marks}) == len(marks)  # one mark per row, day, kind


def test_the_huế_plan_year(hue: CoordinationProgramme) -> None:
    marks = timeline_marks(hue)
    reports = [m for m in marks if m.kind == "report"]
    # Seven reporters owe the yearly report before 15/11, the labour department the summary before 30/11.
    assert [(m.day.isoformat(), m.count) for m in reports if m.agency == "thua-thien-hue/so-ldtbxh"] == [
        ("2023-11-14", 1), ("2023-11-29", 1)]
    assert len({m.agency for m in reports if m.day == pendulum.Date(2023, 11, 14)}) == 7
    no_lead = [m for m in marks if m.agency is None]
    assert [(m.kind, sorted(m.items)) for m in no_lead] == [("task", [f"II.{n}" for n in range(1, 8)])]
    bhxh = {ref for m in marks if m.agency == "thua-thien-hue/bhxh" and m.kind == "task" for ref in m.items}
    assert bhxh == {"IV.8.a", "IV.8.b", "PL.I.6", "PL.I.7", "PL.I.8"}


def test_each_mark_is_drawn_on_its_day_in_its_row(hue: CoordinationProgramme) -> None:
    figure = drawn_without_warnings(lambda: timeline_picture(hue))
    axes = figure.axes[0]
    rows = {text.get_text(): y for text, y in zip(axes.get_yticklabels(), axes.get_yticks(), strict=True)}
    drawn = _drawn_marks(figure)
    assert len(drawn) == len(timeline_marks(hue))
    for match, line in drawn:
        day = pendulum.parse(match["day"]).date()  # type: ignore[union-attr]
        assert line.get_xdata()[0] == (day - pendulum.Date(2023, 1, 1)).days  # type: ignore[index]
    labour = [line for match, line in drawn if match["agency"] == "thua-thien-hue/so-ldtbxh"]
    assert {float(line.get_ydata()[0]) for line in labour} == {rows["Sở LĐTBXH"]}  # type: ignore[index,arg-type]
    assert "Chưa giao chủ trì" in rows
    # Reports are diamonds, tasks are discs.
    assert {line.get_marker() for match, line in drawn if match["kind"] == "report"} == {"D"}
    assert {line.get_marker() for match, line in drawn if match["kind"] == "task"} == {"o"}


def test_months_are_ticked_in_vietnamese(hue: CoordinationProgramme) -> None:
    axes = drawn_without_warnings(lambda: timeline_picture(hue)).axes[0]
    assert [t.get_text() for t in axes.get_xticklabels(minor=True)] == [f"Th{m}" for m in range(1, 13)]
    shown = [t.get_text() for t in axes.findobj(Text)]
    assert {"14/11", "29/11", "31/12"} <= set(shown)


def test_a_recurring_deadline_is_drawn_at_each_occurrence(hue: CoordinationProgramme) -> None:
    three_years = attrs.evolve(hue, period=("2023-01-01", "2025-12-31"))
    reports = {year: [m for m in timeline_marks(three_years, year=year) if m.kind == "report"]
               for year in (2023, 2024, 2025)}
    for year, marks in reports.items():
        assert sum(m.count for m in marks) == 8, year  # seven yearly reports and the summary
    labour = {year: [m.day.isoformat() for m in marks if m.agency == "thua-thien-hue/so-ldtbxh"]
              for year, marks in reports.items()}
    # "trước ngày 30/11": 29 November 2025 is a Saturday, so the summary is due on Monday 1 December.
    assert labour[2025] == ["2025-11-14", "2025-12-01"]
    monthly = timeline_marks(load_bundled("thai-nguyen-2022"))  # "tháng 5 hằng năm"
    assert {(m.agency, m.day.isoformat()) for m in monthly} == {
        ("thai-nguyen/ubnd", "2022-05-31"), ("thai-nguyen/ldld", "2022-05-31")}


def test_the_year_defaults_to_the_programmes_first(hue: CoordinationProgramme) -> None:
    assert timeline_marks(hue) == timeline_marks(hue, year=2023)
    assert timeline_marks(hue, year=2030) == []  # the plan ran in 2023; its yearly reports with it
    figure = drawn_without_warnings(lambda: timeline_picture(hue, year=2030))
    assert "Không có hạn nào trong năm 2030" in [t.get_text() for t in figure.findobj(Text)]


def test_tasks_without_a_date_are_counted_in_a_note(hue: CoordinationProgramme) -> None:
    figure = timeline_picture(hue)
    notes = [t.get_text() for t in figure.texts if t.get_text().startswith("Không vẽ")]
    assert len(notes) == 1
    assert "1 nhiệm vụ" in notes[0]


@pytest.mark.parametrize("year", ["2023", 2023.0, True, 0, 10_000])
def test_a_bad_year_is_refused(hue: CoordinationProgramme, year: object) -> None:
    with pytest.raises(InvalidValueError):
        timeline_picture(hue, year=year)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        timeline_marks(hue, year=year)  # type: ignore[arg-type]


def test_only_a_programme_is_drawn() -> None:
    with pytest.raises(InvalidValueError):
        timeline_picture("hue-2023")  # type: ignore[arg-type]


def test_a_mark_counts_its_items() -> None:
    assert TimelineMark(None, pendulum.Date(2023, 12, 31), "task", ("II.1", "II.2")).count == 2
