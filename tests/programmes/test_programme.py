"""Programmes, tasks, periods and signatories check their own shape."""

from __future__ import annotations

import attrs
import pytest

from quanhelaodong import (
    Assignment,
    CoordinationProgramme,
    DocumentRef,
    Role,
    Task,
    UnknownAgencyError,
    UnknownTaskError,
)
from quanhelaodong.deadlines import DueDate, UnreadableTimeframe
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.programmes import ProgrammePeriod, ReportingRule
from tests.days import as_date


def test_text_is_normalised_to_nfc() -> None:
    decomposed = "Ho\u0300a gia\u0309i vie\u0302n"
    task = Task("1", "1", decomposed + "  lao   động ")
    assert task.title == "Hòa giải viên lao động"


@pytest.mark.parametrize("bad", ["", "PL..1", "PL 1", "PL.I.", "Phụ lục.1"])
def test_task_ids_are_checked(bad: str) -> None:
    with pytest.raises(InvalidValueError):
        Task(bad, "1", "Việc")


def test_empty_title_and_bad_programme_id() -> None:
    with pytest.raises(InvalidValueError, match="title"):
        Task("1", "1", "   ")
    with pytest.raises(InvalidValueError, match="slug"):
        CoordinationProgramme("Huế 2023", "plan", "Kế hoạch")
    with pytest.raises(InvalidValueError, match="kind must be one of"):
        CoordinationProgramme("hue", "memo", "Kế hoạch")


def test_dates_are_pendulum_dates_and_datetimes_are_refused() -> None:
    import datetime

    period = ProgrammePeriod(datetime.date(2023, 1, 1), "2023-12-31")
    assert period.start == as_date("2023-01-01")
    assert as_date("2023-06-01") in period
    with pytest.raises(InvalidValueError, match="datetime"):
        ProgrammePeriod(datetime.datetime(2023, 1, 1, 8), "2023-12-31")
    with pytest.raises(InvalidValueError, match="ISO"):
        ProgrammePeriod("01/01/2023", "2023-12-31")


def test_objects_are_immutable(hue: CoordinationProgramme) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        hue.title = "khác"  # type: ignore[misc]
    changed = attrs.evolve(hue, title="Kế hoạch khác")
    assert changed.title == "Kế hoạch khác"
    assert hue.title != changed.title


def test_lookups(hue: CoordinationProgramme) -> None:
    assert hue.task("PL.I.4").label == "I.4"
    with pytest.raises(UnknownTaskError):
        hue.task("PL.IX.1")
    assert [t.id for t in hue.children("PL.VII")] == [f"PL.VII.{n}" for n in range(1, 5)]
    assert hue.is_heading(hue.task("PL.VII"))
    assert not hue.is_heading(hue.task("PL.VIII"))
    assert hue.agency("thua-thien-hue/ldld").name == "Liên đoàn Lao động tỉnh Thừa Thiên Huế"
    assert not hue.knows_agency("thua-thien-hue/ldld-x")
    with pytest.raises(UnknownAgencyError):
        hue.agency("thua-thien-hue/ldld-x")


def test_task_role_views() -> None:
    task = Task("1", "1", "Việc", assignments=[
        Assignment("a/lead", Role.LEAD), Assignment("a/p1", Role.PARTNER),
        Assignment("a/p2", Role.PARTNER), Assignment("a/i", Role.IMPLEMENTER)])
    assert task.leads == ("a/lead",)
    assert task.partners == ("a/p1", "a/p2")
    assert task.implementers == ("a/i",)


def test_year_less_phrases_are_read_against_the_reference_date() -> None:
    task = Task("1", "1", "Báo cáo", timeframe="trước ngày 15/11")
    rule = ReportingRule("R", ["x/a"], "x/b", "chậm nhất ngày 30/11")
    for_2024 = CoordinationProgramme("a", "plan", "Kế hoạch", period=("2024-01-01", "2024-12-31"),
                                     tasks=[task], reporting_rules=[rule])
    assert for_2024.reference_date == as_date("2024-01-01")
    frame = for_2024.task("1").timeframe
    assert isinstance(frame, DueDate)
    assert frame.due == as_date("2024-11-14")
    assert for_2024.reporting_rules[0].due.due == as_date("2024-11-30")
    issued = CoordinationProgramme("b", "plan", "Kế hoạch", tasks=[task],
                                   document=DocumentRef.parse("9/KH-UBND", issued_on="2025-02-01"))
    assert issued.task("1").timeframe.due == as_date("2025-11-14")  # type: ignore[union-attr]
    undated = CoordinationProgramme("c", "plan", "Kế hoạch", tasks=[task])
    assert undated.reference_date is None
    assert isinstance(undated.task("1").timeframe, UnreadableTimeframe)
