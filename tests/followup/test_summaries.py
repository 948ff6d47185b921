"""Summaries of the follow-up: scorecards, reminders, what is late, due or still open."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest

from quanhelaodong import CoordinationProgramme, scorecard, validate
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup import (
    ObligationStatus,
    late,
    open_recommendations,
    reminders,
    reports_due,
)
from quanhelaodong.programmes import Dialogue, Recommendation, RecommendationStatus, Report
from tests.days import as_date

HUE = "thua-thien-hue/"


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_the_grid_of_submitted_reports(hue: CoordinationProgramme) -> None:
    submitted = attrs.evolve(hue, reports=[
        Report("r1", HUE + "bhxh", HUE + "ubnd", rule="V.1", submitted="2023-11-14"),
        Report("r2", HUE + "ldld", HUE + "ubnd", rule="V.1", submitted="2023-11-20"),
    ])
    card = scorecard(submitted, "2023-11-21")
    assert card[HUE + "bhxh"][ObligationStatus.DONE_ON_TIME] == 1
    assert card[HUE + "ldld"][ObligationStatus.DONE_LATE] == 1
    assert card[HUE + "ban-ql-kcn"][ObligationStatus.OVERDUE] == 1
    assert card[HUE + "so-ldtbxh"][ObligationStatus.PENDING] == 1  # the 29/11 consolidation
    assert {o.agency for o in late(submitted, "2023-11-21")} == {
        HUE + a for a in ("ldld", "ban-ql-kcn", "ubnd-cap-huyen", "so-ldtbxh",
                          "so-nganh-doan-the-lien-quan", "doanh-nghiep")}
    assert [o.due for o in reports_due(submitted, ("2023-11-20", "2023-11-30"))] == [D("2023-11-29")]


def test_reminders_at_the_offsets(hue: CoordinationProgramme) -> None:
    assert len(reminders(hue, "2023-11-07")) == 7   # 7 days before 14/11
    assert reminders(hue, "2023-11-08") == ()        # 6 days: no reminder
    assert len(reminders(hue, "2023-11-13")) == 7   # 1 day before
    on_the_day = reminders(hue, "2023-11-14")
    assert {r.days_left for r in on_the_day} == {0}
    overdue = reminders(hue, "2023-11-16")
    assert {r.days_left for r in overdue} == {-2}
    assert "overdue by 2 day(s)" in str(overdue[0])


def _with_dialogue(hue: CoordinationProgramme, *items: Recommendation,
                   **changes: Any) -> CoordinationProgramme:
    dialogue = Dialogue("d", "leaders_with_workers", "Đối thoại", held="2023-05-20",
                        recommendations=items)
    return attrs.evolve(hue, dialogues=[attrs.evolve(dialogue, **changes)])


def test_open_recommendations_and_their_obligations(hue: CoordinationProgramme) -> None:
    items = [
        Recommendation("K1", "Nhà ở cho công nhân", "written", assigned_to=HUE + "so-xay-dung",
                       due="2023-06-30", answered="2023-06-20", resolved="2023-09-01"),
        Recommendation("K2", "Nhà trẻ khu công nghiệp", "spoken", assigned_to=HUE + "so-gddt",
                       due="2023-06-30", answered="2023-07-05"),
        Recommendation("K3", "Xe buýt đưa đón", "spoken", assigned_to=HUE + "so-tai-chinh",
                       due="2023-07-31"),
    ]
    programme = _with_dialogue(hue, *items)
    assert [i.id for i in open_recommendations(programme, "2023-10-01")] == ["K2", "K3"]
    assert [i.id for i in open_recommendations(programme, "2023-10-01",
                                               agency=HUE + "so-gddt")] == ["K2"]
    assert items[1].status(D("2023-10-01")) is RecommendationStatus.ANSWERED
    card = scorecard(programme, "2023-10-01")
    assert card[HUE + "so-xay-dung"][ObligationStatus.DONE_ON_TIME] == 1
    assert card[HUE + "so-gddt"][ObligationStatus.DONE_LATE] == 1
    assert card[HUE + "so-tai-chinh"][ObligationStatus.OVERDUE] == 1
    assert validate(programme) == validate(hue)


def test_reports_due_near_year_one_raise_the_library_s_error(hue: CoordinationProgramme) -> None:
    assert reports_due(hue, ("0001-01-01", "0001-01-31")) == ()
    with pytest.raises(InvalidValueError):
        reports_due(hue, ("0001-01-01", "0001-12-31"))
