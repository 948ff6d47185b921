"""The library's exceptions: one base for all, and each also the builtin it refines."""

from __future__ import annotations

import pytest

from quanhelaodong import errors, load_bundled, parse_timeframe, resolve_agency
from quanhelaodong.deadlines import statutory_rule
from quanhelaodong.errors import (
    AmbiguousTaskError,
    DocumentRefParseError,
    InvalidValueError,
    LoadError,
    MissingExtraError,
    PlanParseError,
    ProblemsError,
    QuanHeLaoDongError,
    RuleNotInForceError,
    TimeframeParseError,
    UnknownAgencyError,
    UnknownBundledProgrammeError,
    UnknownRuleError,
    UnknownTaskError,
    ValidationError,
)
from quanhelaodong.problems import Problem

REFINES: dict[type[Exception], type[Exception]] = {
    InvalidValueError: ValueError,
    UnknownAgencyError: KeyError,
    UnknownTaskError: KeyError,
    AmbiguousTaskError: LookupError,
    UnknownBundledProgrammeError: KeyError,
    DocumentRefParseError: ValueError,
    ProblemsError: ValueError,
    ValidationError: ProblemsError,
    LoadError: ProblemsError,
    TimeframeParseError: ValueError,
    UnknownRuleError: KeyError,
    RuleNotInForceError: LookupError,
    PlanParseError: ValueError,
    MissingExtraError: ImportError,
}


def test_the_table_covers_every_error_the_module_exports() -> None:
    exported = {getattr(errors, name) for name in errors.__all__}
    assert exported == {QuanHeLaoDongError, *REFINES}


@pytest.mark.parametrize(("error", "builtin"), REFINES.items(), ids=lambda e: e.__name__)
def test_each_error_is_also_the_builtin_it_refines(error: type[Exception],
                                                   builtin: type[Exception]) -> None:
    assert issubclass(error, QuanHeLaoDongError)
    assert issubclass(error, builtin)


def test_callers_may_catch_the_builtin_they_expect() -> None:
    with pytest.raises(KeyError):
        load_bundled("hue-2030")
    with pytest.raises(KeyError):
        resolve_agency("Sở Vui chơi", area="thua-thien-hue")
    with pytest.raises(ValueError, match="position 4"):
        parse_timeframe("Quý V/2023")
    with pytest.raises(LookupError):
        statutory_rule("cb_start", on="2015-01-01")


def test_unknown_agency_suggestions_are_computed_once_when_first_read() -> None:
    calls: list[int] = []

    def closest() -> list[str]:
        calls.append(1)
        return ["Sở Nội vụ"]

    error = UnknownAgencyError("Sở Nội vụu", area="thua-thien-hue", suggestions=closest)
    assert calls == []
    assert str(error) == ("unknown agency 'Sở Nội vụu' in area 'thua-thien-hue'; "
                          "closest known: 'Sở Nội vụ'")
    assert error.suggestions == ("Sở Nội vụ",)
    assert calls == [1]
    assert str(UnknownAgencyError("x")) == "unknown agency 'x'"


def test_messages_say_what_and_where() -> None:
    assert str(UnknownTaskError("PL.IX.1", suggestions=["PL.I.1"])) == (
        "unknown task 'PL.IX.1'; closest known: 'PL.I.1'")
    ambiguous = AmbiguousTaskError("PL.I.4", ["a:PL.I.4", "b:PL.I.4"])
    assert str(ambiguous).endswith("qualify it as one of: a:PL.I.4, b:PL.I.4")
    assert str(UnknownBundledProgrammeError("x", ["a", "b"])) == (
        "no bundled programme 'x'; available: a, b")
    timeframe = TimeframeParseError("Quý V/2023", 4, "quarters are I, II, III or IV")
    assert "'Quý ⟨here⟩V/2023'" in str(timeframe)
    assert str(UnknownRuleError("no rule 'x'")) == "no rule 'x'"  # not KeyError's quoted repr
    assert DocumentRefParseError("abc", "no number").text == "abc"


def test_a_problems_error_lists_every_problem() -> None:
    problems = [Problem("error", "no-lead", "tasks[0]", "no lead"),
                Problem("warning", "multiple-leads", "tasks[1]", "two leads")]
    error = ValidationError("2 problems", problems)
    assert error.problems == tuple(problems)
    assert str(error).splitlines() == [
        "2 problems", "  error [no-lead] tasks[0]: no lead",
        "  warning [multiple-leads] tasks[1]: two leads"]
