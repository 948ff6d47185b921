"""Progress records: updates, completions and extensions as dated events, and their checks."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest

from quanhelaodong import Assignment, CoordinationProgramme, Task, validate
from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.problems import Severity
from quanhelaodong.programmes import Completion, Extension, ProgressStatus, ProgressUpdate
from tests.days import as_date

HUE = "thua-thien-hue/"


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_an_update_reads_its_fields() -> None:
    update = ProgressUpdate("PL.I.4", "2023-09-15", HUE + "so-ldtbxh", status="blocked",
                            percent=0, text="Chờ kinh phí", evidence=DocumentRef.parse("12/BC-SNV"))
    assert (update.on, update.status, update.percent) == (D("2023-09-15"), ProgressStatus.BLOCKED, 0)
    assert update.status.vietnamese == "có khó khăn, vướng mắc"
    assert update.occurrence is None
    assert ProgressUpdate("1", "2023-09-15", "x/y").status is ProgressStatus.IN_PROGRESS


@pytest.mark.parametrize("percent", [-1, 101, 50.5, True, "60"])
def test_a_percentage_is_a_whole_number_from_0_to_100(percent: object) -> None:
    with pytest.raises(InvalidValueError, match="0 to 100"):
        ProgressUpdate("1", "2023-09-15", "x/y", percent=percent)  # type: ignore[arg-type]


def test_records_refuse_what_is_not_theirs() -> None:
    with pytest.raises(InvalidValueError, match="status must be one of"):
        ProgressUpdate("1", "2023-09-15", "x/y", status="done")
    with pytest.raises(InvalidValueError, match="evidence must be a DocumentRef"):
        Completion("1", "2023-09-15", evidence="12/BC-SNV")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="expected an ISO date"):
        Extension("1", "2023-09-15", "31/12/2023")
    with pytest.raises(InvalidValueError, match="decided_by must be an agency id"):
        Extension("1", "2023-09-15", "2023-12-31", decided_by="")
    with pytest.raises(InvalidValueError, match="task must not be empty"):
        Completion("", "2023-09-15")


@pytest.mark.parametrize("make", [
    lambda: Completion(4, "2023-09-15"),  # type: ignore[arg-type]
    lambda: ProgressUpdate(("1",), "2023-09-15", "x/y"),  # type: ignore[arg-type]
    lambda: Extension(None, "2023-09-15", "2023-12-31"),  # type: ignore[arg-type]
    lambda: ProgressUpdate("1", "2023-09-15", 5),  # type: ignore[arg-type]
])
def test_tasks_and_agencies_are_named_by_their_ids_as_texts(make: Any) -> None:
    # An id that is not a text would never match a task or an agency: refused when made.
    with pytest.raises(InvalidValueError, match=r"must be an? .* id, got"):
        make()


def test_a_programme_holds_only_progress_records_in_a_sequence() -> None:
    with pytest.raises(InvalidValueError, match="not the string"):
        CoordinationProgramme("demo", "plan", "Kế hoạch", progress="done")
    with pytest.raises(InvalidValueError, match=r"progress\[0\] must be a ProgressUpdate or "
                                                r"Completion or Extension"):
        CoordinationProgramme("demo", "plan", "Kế hoạch", progress=[Task("1", "1", "Việc")])
    done = Completion("1", "2023-10-01")
    assert CoordinationProgramme("demo", "plan", "Kế hoạch", progress=[done]).progress == (done,)


def _plan(*events: object, **changes: Any) -> CoordinationProgramme:
    lead = [Assignment(HUE + "so-ldtbxh", "lead")]
    base = CoordinationProgramme(
        "demo", "plan", "Kế hoạch", issuer=HUE + "ubnd", period=("2023-01-01", "2023-12-31"),
        tasks=[Task("A", "A", "Nhóm"), Task("A.1", "1", "Tập huấn", group="A", assignments=lead),
               Task("2", "2", "Hội thi", timeframe="Quý III/2023", assignments=lead),
               Task("3", "3", "Đối thoại", timeframe="tháng 5 hằng năm", assignments=lead)],
        progress=events)
    return attrs.evolve(base, **changes)


def _codes(programme: CoordinationProgramme) -> list[tuple[str, str]]:
    return [(p.code, p.path) for p in validate(programme)]


def test_a_consistent_record_raises_no_problem() -> None:
    programme = _plan(
        ProgressUpdate("2", "2023-08-01", HUE + "so-ldtbxh", percent=30),
        Extension("2", "2023-09-20", "2023-10-31", requested_by=HUE + "so-ldtbxh",
                  decided_by=HUE + "ubnd"),
        Completion("2", "2023-10-25", agency=HUE + "so-ldtbxh"),
        Completion("3", "2023-05-20", occurrence="2023-05-31"),
        Completion("A.1", "2023-12-01"),
    )
    assert validate(programme) == []


def test_unknown_tasks_headings_and_agencies() -> None:
    programme = _plan(Completion("9", "2023-10-01"), Completion("A", "2023-10-01"),
                      ProgressUpdate("2", "2023-10-01", "x/nobody"),
                      ProgressUpdate("2", "2023-10-02", "x/nobody"),
                      Extension("2", "2023-09-01", "2023-10-31", requested_by="x/else"),
                      tasks=[*_plan().tasks[:2], attrs.evolve(_plan().tasks[2], assigned_by="x/who"),
                             _plan().tasks[3]])
    assert _codes(programme) == [
        ("unknown-agency", "tasks[2].assigned_by"),
        ("progress-unknown-task", "progress[0].task"),
        ("progress-on-heading", "progress[1].task"),
        ("unknown-agency", "progress[2].agency"),  # reported once per unknown id
        ("unknown-agency", "progress[4].requested_by"),
    ]


def test_a_record_before_the_programme_begins() -> None:
    issued = DocumentRef.parse("180/KH-UBND", issued_on="2023-05-12")
    programme = _plan(Completion("2", "2022-12-31"), ProgressUpdate("2", "2023-01-01", HUE + "ubnd"),
                      document=issued)
    assert _codes(programme) == [("progress-before-programme", "progress[0].on")]
    # Without a period the issue date is where the programme begins.
    assert _codes(attrs.evolve(programme, period=None))[:2] == [
        ("progress-before-programme", "progress[0].on"),
        ("progress-before-programme", "progress[1].on")]


def test_occurrences_of_recurring_and_one_off_tasks() -> None:
    programme = _plan(Completion("3", "2023-05-20"),
                      Completion("3", "2023-05-20", occurrence="2023-05-30"),
                      Completion("2", "2023-09-01", occurrence="2023-09-30"),
                      Completion("3", "2023-05-20", occurrence="2023-05-31"))
    problems = validate(programme)
    assert [(p.code, p.path) for p in problems] == [
        ("progress-occurrence", "progress[0].occurrence"),
        ("progress-occurrence", "progress[1].occurrence"),
        ("progress-occurrence", "progress[2].occurrence"),
    ]
    assert "say which occurrence" in problems[0].message
    assert "no occurrence ending on 2023-05-30" in problems[1].message
    assert "does not recur" in problems[2].message


def test_an_occurrence_outside_the_programme_period_is_reported() -> None:
    # The plan runs through 2023: its May dialogue has no 2022 or 2030 occurrence to follow.
    programme = _plan(Completion("3", "2023-05-20", occurrence="2030-05-31"),
                      Completion("3", "2023-05-20", occurrence="2022-05-31"))
    problems = validate(programme)
    assert [(p.code, p.path) for p in problems] == [
        ("progress-occurrence", "progress[0].occurrence"),
        ("progress-occurrence", "progress[1].occurrence"),
    ]
    assert "outside the programme's period 2023-01-01 to 2023-12-31" in problems[0].message
    # Without a period any year's occurrence may be followed.
    assert validate(attrs.evolve(programme, period=None)) == []


def test_extensions_must_move_the_deadline_later_in_the_order_decided() -> None:
    programme = _plan(
        Extension("2", "2023-10-05", "2023-11-30"),   # recorded first, decided second
        Extension("2", "2023-09-20", "2023-10-31"),
        Extension("2", "2023-10-10", "2023-11-15"),   # earlier than 30/11
        Extension("A.1", "2023-12-01", "2023-12-31"),  # the inherited period's end: no later
        Extension("3", "2023-05-01", "2023-05-31", occurrence="2023-05-31"),
    )
    problems = validate(programme)
    assert [(p.code, p.path) for p in problems] == [
        ("extension-earlier", "progress[2].new_deadline"),
        ("extension-earlier", "progress[3].new_deadline"),
        ("extension-earlier", "progress[4].new_deadline"),
    ]
    assert "2023-11-15 does not move the deadline 2023-11-30 later" in problems[0].message
    assert all(p.severity is Severity.ERROR for p in problems)


def test_late_decisions_repeated_completions_and_extensions_after_completion() -> None:
    programme = _plan(
        Completion("2", "2023-09-25"),
        Completion("2", "2023-09-28"),
        Extension("2", "2023-10-20", "2023-10-15"),
    )
    assert _codes(programme) == [
        ("completion-repeated", "progress[1]"),
        ("extension-decided-late", "progress[2].on"),
        ("extension-after-completion", "progress[2].on"),
    ]
    assert all(p.severity is Severity.WARNING for p in validate(programme))
