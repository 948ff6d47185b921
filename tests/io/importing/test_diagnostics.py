"""What the importer could not interpret: diagnostics with their place in the text, and the result."""

from __future__ import annotations

import attrs
import pytest

from quanhelaodong import parse_plan
from quanhelaodong.io import Diagnostic, ParseResult
from quanhelaodong.problems import Severity
from tests.io.importing.plans import HEADER


def test_a_diagnostic_prints_where_what_and_the_closest_names() -> None:
    plain = Diagnostic("warning", "unread-text", "text the reader could not place", 10, 14, "abcd")
    assert plain.severity is Severity.WARNING
    assert str(plain) == "warning [unread-text] at 10-14: text the reader could not place: 'abcd'"
    hinted = attrs.evolve(plain, code="unknown-agency", suggestions=("Sở Nội vụ", "Sở Tài chính"))
    assert str(hinted).endswith("'abcd' (closest known: Sở Nội vụ, Sở Tài chính)")
    with pytest.raises(ValueError, match="not a valid Severity"):
        Diagnostic("fatal", "x", "y", 0, 0, "")


def test_a_result_is_ok_only_when_nothing_was_left_uninterpreted() -> None:
    clean = parse_plan(HEADER + "I. NHIỆM VỤ\n1. Việc\nĐơn vị thực hiện: LĐLĐ tỉnh.\n")
    assert clean.ok
    assert clean.diagnostics == ()
    text = HEADER + "I. NHIỆM VỤ\n1. Việc\nĐơn vị thực hiện: Sở Vui chơi.\n"
    faulty = parse_plan(text)
    assert not faulty.ok
    (unknown,) = [d for d in faulty.diagnostics if d.code == "unknown-agency"]
    assert text[unknown.start:unknown.end] == unknown.text == "Sở Vui chơi"
    assert ParseResult(faulty.programme).ok  # the programme alone carries no diagnostic
