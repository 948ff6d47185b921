"""Problems: one shape for what validation, the JSON loader and the importer find wrong."""

from __future__ import annotations

import json

import attrs
import pytest

from quanhelaodong import CoordinationProgramme, LoadError, dumps, loads, validate
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.problems import Problem, Severity


def test_a_problem_reads_its_severity_and_prints_its_path() -> None:
    problem = Problem("warning", "multiple-leads", "tasks[1]", "two leads")
    assert problem.severity is Severity.WARNING
    assert str(problem) == "warning [multiple-leads] tasks[1]: two leads"
    assert str(Problem(Severity.ERROR, "bad-json", "", "not valid JSON")) == (
        "error [bad-json]: not valid JSON")  # no path, no gap
    with pytest.raises(InvalidValueError, match="severity must be one of 'error', 'warning', got 'fatal'"):
        Problem("fatal", "x", "", "y")
    with pytest.raises(InvalidValueError, match="got None"):
        Problem(None, "x", "", "y")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        problem.code = "other"  # type: ignore[misc]


def test_validation_and_loading_report_the_same_shape(hue: CoordinationProgramme) -> None:
    found = validate(hue)
    assert found
    assert all(isinstance(p, Problem) and p.severity in Severity for p in found)
    document = json.loads(dumps(hue))
    document["colour"] = "red"
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(document))
    (unknown,) = caught.value.problems
    assert isinstance(unknown, Problem)
    assert (unknown.severity, unknown.path) == (Severity.ERROR, "colour")
