"""validate(): every problem at once, with codes and paths."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong import (
    Agency,
    Assignment,
    CoordinationProgramme,
    DocumentRef,
    Problem,
    Role,
    Task,
    ValidationError,
    load_bundled,
    validate,
)
from quanhelaodong.problems import Severity
from quanhelaodong.programmes import (
    AssignmentMode,
    Dialogue,
    Indicator,
    ProgrammePeriod,
    Recommendation,
    RecommendationChannel,
    RecommendationCounts,
    ReportingRule,
    Signatory,
    check_indicator,
)
from tests.strategies import programmes

HUE = "thua-thien-hue"
LABOUR = f"{HUE}/so-ldtbxh"
UNION = f"{HUE}/ldld"
ZONES = f"{HUE}/ban-ql-kcn"


def plan(*tasks: Task, **changes: Any) -> CoordinationProgramme:
    base = CoordinationProgramme("test", "plan", "Kế hoạch thử", issuer=f"{HUE}/ubnd", area=HUE,
                                 period=ProgrammePeriod("2023-01-01", "2023-12-31"), tasks=tasks)
    return attrs.evolve(base, **changes)


def lead(agency: str, mode: AssignmentMode = AssignmentMode.ASSIGNED) -> Assignment:
    return Assignment(agency, Role.LEAD, mode)


def partner(agency: str, mode: AssignmentMode = AssignmentMode.ASSIGNED) -> Assignment:
    return Assignment(agency, Role.PARTNER, mode)


def codes(problems: list[Problem]) -> list[tuple[str, str, str]]:
    return [(p.severity.value, p.code, p.path) for p in problems]


def test_clean_plan_has_no_problem() -> None:
    task = Task("1", "1", "Hội thi", assignments=[lead(LABOUR), partner(UNION, AssignmentMode.REQUESTED)])
    assert validate(plan(task)) == []


def test_every_problem_is_found_at_once() -> None:
    ghost = "thua-thien-hue/so-ma"
    programme = plan(
        Task("1", "1", "Không chủ trì", assignments=[partner(LABOUR)]),
        Task("2", "2", "Hai chủ trì", assignments=[lead(LABOUR), lead(ZONES)]),
        Task("2", "2", "Trùng số", assignments=[lead(LABOUR), partner(LABOUR)]),
        Task("3", "3", "Chỉ đơn vị thực hiện", assignments=[
            Assignment(LABOUR, Role.IMPLEMENTER)]),
        Task("4", "4", "Cơ quan lạ", group="9", assignments=[lead(ghost)]),
        Task("5", "5", "Giao cho công đoàn", assignments=[lead(UNION, AssignmentMode.ASSIGNED)]),
        Task("6", "6", "Không ai", assignments=[]),
        Task("7", "7", "Trùng vai", assignments=[lead(LABOUR), partner(ZONES), partner(ZONES)]),
        period=ProgrammePeriod("2023-12-31", "2023-01-01"),
    )
    assert codes(validate(programme)) == [
        ("error", "period-reversed", "period"),
        ("error", "no-lead", "tasks[0]"),
        ("error", "duplicate-task-id", "tasks[1].id"),
        ("warning", "multiple-leads", "tasks[1]"),
        ("error", "duplicate-task-id", "tasks[2].id"),
        ("error", "lead-and-partner", "tasks[2]"),
        ("warning", "no-lead", "tasks[3]"),
        ("error", "unknown-group", "tasks[4].group"),
        ("error", "unknown-agency", "tasks[4].assignments[0].agency"),
        ("warning", "assigned-not-requested", "tasks[5].assignments[0]"),
        ("error", "no-lead", "tasks[6]"),
        ("warning", "duplicate-assignment", "tasks[7].assignments[2]"),
    ]


def test_messages_name_what_is_wrong() -> None:
    programme = plan(Task("PL.I.1", "I.1", "Tổ chức sơ kết", assignments=[partner(LABOUR)]))
    (problem,) = validate(programme)
    assert "PL.I.1" in problem.message
    assert "chủ trì" in problem.message
    assert str(problem).startswith("error [no-lead] tasks[0]: ")


def test_unknown_issuer_and_signatory() -> None:
    programme = plan(issuer="x/y", signatories=[Signatory("x/z")])
    assert codes(validate(programme)) == [
        ("error", "unknown-agency", "issuer"),
        ("error", "unknown-agency", "signatories[0].agency"),
    ]


def test_programme_agencies_extend_the_catalogue() -> None:
    factory = Agency("thua-thien-hue/cong-ty-may-a", "Công ty May A", "enterprise", "employers")
    programme = plan(Task("1", "1", "Đối thoại", assignments=[lead(factory.id, AssignmentMode.REQUESTED)]),
                     agencies=[factory])
    assert validate(programme) == []


def test_agency_dissolved_before_or_during_the_programme() -> None:
    gone = Agency("x/so-cu", "Sở Cũ", "department", "state", dissolved="2022-12-31")
    going = Agency("x/so-sap-nhap", "Sở Sáp Nhập", "department", "state", dissolved="2023-03-01")
    later = Agency("x/so-moi", "Sở Mới", "department", "state", dissolved="2024-03-01")
    programme = plan(Task("1", "1", "Việc", assignments=[
        lead(gone.id), partner(going.id), partner(later.id)]), agencies=[gone, going, later])
    assert codes(validate(programme)) == [
        ("error", "agency-dissolved", "tasks[0].assignments[0]"),
        ("warning", "agency-dissolved-during", "tasks[0].assignments[1]"),
    ]


def test_signatory_may_be_assigned() -> None:
    # A bilateral programme: the Labour Federation signs, so it takes tasks on itself.
    programme = plan(Task("1", "1", "Việc", assignments=[lead(UNION, AssignmentMode.ASSIGNED)]),
                     signatories=[Signatory(f"{HUE}/ubnd"), Signatory(UNION)])
    assert validate(programme) == []


def test_headings_need_no_lead() -> None:
    programme = plan(Task("I", "I", "Nhóm"), Task("I.1", "I.1", "Việc", group="I",
                                                  assignments=[lead(LABOUR)]))
    assert validate(programme) == []


def test_strict_raises_once_with_all_problems() -> None:
    programme = plan(Task("1", "1", "A", assignments=[partner(LABOUR)]),
                     Task("2", "2", "B", assignments=[partner(ZONES)]))
    with pytest.raises(ValidationError) as caught:
        validate(programme, strict=True)
    assert len(caught.value.problems) == 2
    assert isinstance(caught.value, ValueError)
    assert "tasks[1]" in str(caught.value)


def test_strict_ignores_warnings_alone(hue: CoordinationProgramme) -> None:
    problems = validate(hue, strict=True)
    assert problems
    assert all(p.severity is Severity.WARNING for p in problems)


def test_bundled_plan_has_only_the_documented_warnings(hue: CoordinationProgramme) -> None:
    found = {(p.code, hue.tasks[int(p.path[6:-1])].id) for p in validate(hue)}
    no_lead = {("no-lead", f"II.{n}") for n in range(1, 8)}
    joint = {("multiple-leads", task) for task in
             ["IV.9.a", "IV.9.b", "PL.I.1", "PL.I.2", "PL.I.5", "PL.III.3"]}
    assert found == no_lead | joint


@given(programmes)
def test_validate_never_crashes(programme: CoordinationProgramme) -> None:
    for problem in validate(programme):
        assert problem.severity in Severity
        assert problem.message


def test_a_plan_of_2026_naming_the_old_department_is_flagged(hue: CoordinationProgramme) -> None:
    later = attrs.evolve(hue, id="hue-2026", period=ProgrammePeriod("2026-01-01", "2026-12-31"),
                         document=DocumentRef.parse("9/KH-UBND", issued_on="2026-01-15"))
    codes = {p.code for p in validate(later)}
    assert "agency-dissolved" in codes


# -- follow-up data: figures, dialogues, reporting rules ------------------------------------------

def test_the_58_32_percent_figure_does_not_round_from_any_whole_count() -> None:
    problems = validate(load_bundled("ha-noi-2019"))
    (rounding,) = [p for p in problems if p.code == "indicator-rounding"]
    assert rounding.path == "reports[0].indicators[6]"
    assert "2150/3686" in rounding.message


def test_indicator_checks() -> None:
    assert check_indicator(Indicator("a", "58.33", "%", numerator=2150), "p") == []
    assert check_indicator(Indicator("a", "50", "%", numerator=1, denominator=2), "p") == []
    (wrong,) = check_indicator(Indicator("a", "60", "%", numerator=1, denominator=2), "p")
    assert wrong.code == "indicator-inconsistent"
    (zero,) = check_indicator(Indicator("a", "60", "%", numerator=1, denominator=0), "p")
    assert zero.severity.value == "error"
    assert check_indicator(Indicator("a", "812", "doanh nghiệp"), "p") == []


@given(st.integers(1, 5000), st.integers(1, 5000))
def test_a_rounded_percentage_always_passes(numerator: int, denominator: int) -> None:
    value = (Decimal(numerator) / denominator * 100).quantize(Decimal("0.01"))
    assert check_indicator(Indicator("a", value, "%", numerator=numerator), "p") == []
    assert check_indicator(Indicator("a", value, "%", numerator=numerator,
                                      denominator=denominator), "p") == []


def _with_dialogue(hue: CoordinationProgramme, *items: Recommendation,
                   **changes: Any) -> CoordinationProgramme:
    dialogue = Dialogue("d", "leaders_with_workers", "Đối thoại", held="2023-05-20",
                        recommendations=items)
    return attrs.evolve(hue, dialogues=[attrs.evolve(dialogue, **changes)])


def test_dialogue_validation(hue: CoordinationProgramme) -> None:
    backwards = Recommendation("K1", "x", RecommendationChannel.WRITTEN, assigned_to="x/unknown",
                               answered="2023-05-01")
    programme = _with_dialogue(hue, backwards, counts=RecommendationCounts(written=0))
    codes = {(p.code, p.path) for p in validate(programme)} - {
        (p.code, p.path) for p in validate(hue)}
    assert codes == {
        ("unknown-agency", "dialogues[0].recommendations[0].assigned_to"),
        ("dates-out-of-order", "dialogues[0].recommendations[0].answered"),
        ("recommendation-count", "dialogues[0].counts"),
    }


def test_reporting_rule_validation(hue: CoordinationProgramme) -> None:
    first, second = hue.reporting_rules
    swapped = attrs.evolve(hue, reporting_rules=[
        first, attrs.evolve(second, due="trước ngày 10/11 hằng năm"),
        ReportingRule("X", [HUE + "/ubnd"], HUE + "/so-ldtbxh", "trước ngày 1/12 hằng năm",
                      consolidates="Z")])
    codes = {p.code for p in validate(swapped)}
    assert {"reporting-chain-order", "reporting-cycle", "unknown-rule"} <= codes


def test_a_task_under_itself_is_a_group_cycle() -> None:
    plan = CoordinationProgramme("demo", "plan", "K", tasks=[
        Task("1", "1", "A", group="1"), Task("2", "2", "B", group="3"), Task("3", "3", "C", group="2"),
        Task("4", "4", "D", group="2")])
    cycles = [problem for problem in validate(plan) if problem.code == "group-cycle"]
    assert [(problem.path, problem.message) for problem in cycles] == [
        ("tasks[0].group", "task 1 sits under itself: 1 -> 1"),
        ("tasks[1].group", "task 2 sits under itself: 2 -> 3 -> 2"),
        ("tasks[2].group", "task 3 sits under itself: 3 -> 2 -> 3"),
    ]
    assert all(problem.severity is Severity.ERROR for problem in cycles)
