"""What the library answers, against its golden snapshots (see ``golden_snapshot``)."""

from __future__ import annotations

import difflib
import json

import attrs
import pytest

from quanhelaodong import CoordinationProgramme, WorkingCalendar
from tests.golden_snapshot import (
    GOLDEN,
    GOLDEN_DIR,
    GOLDEN_TEXTS,
    calendar_lines,
    golden_texts,
    resolved,
)

REGENERATE = "if the change is intended: python3 -m tests.regenerate_golden"


def test_resolved_plan_matches_snapshot(hue: CoordinationProgramme) -> None:
    assert resolved(hue) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_snapshot_notices_a_changed_answer(hue: CoordinationProgramme) -> None:
    # The comparison must be able to fail: one assignment fewer is a different snapshot.
    first = hue.tasks[1]
    changed = attrs.evolve(hue, tasks=[attrs.evolve(first, assignments=first.assignments[1:]),
                                       *hue.tasks[2:]])
    assert resolved(changed) != json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def current() -> dict[str, str]:
    return golden_texts()


def _diff(name: str, stored: str, now: str) -> str:
    lines = difflib.unified_diff(stored.splitlines(), now.splitlines(), f"golden/{name}", "current code",
                                 lineterm="", n=1)
    return "\n".join([*list(lines)[:60], REGENERATE])


@pytest.mark.parametrize("name", sorted(GOLDEN_TEXTS))
def test_text_snapshot_matches(name: str, current: dict[str, str]) -> None:
    stored = (GOLDEN_DIR / name).read_text(encoding="utf-8")
    assert current[name] == stored, _diff(name, stored, current[name])


def test_a_changed_day_off_shows_as_one_line_of_diff() -> None:
    # An employer choosing 1+4 instead of the state's 2+3 changes its Tết lines, and
    # the diff names the days: the comparison can fail, and reads as days.
    stored = (GOLDEN_DIR / "calendar-employer.txt").read_text(encoding="utf-8")
    changed = "\n".join(calendar_lines(WorkingCalendar.employer(tet={2025: "1+4"}))) + "\n"
    assert changed != stored
    diff = _diff("calendar-employer.txt", stored, changed)
    assert "-2025-01-27 Mon statutory: Tết Nguyên Đán (28 tháng Chạp)" in diff
    assert "+2025-02-01 Sat statutory: Tết Nguyên Đán (mùng 4 tháng Giêng)" in diff


def test_every_claimed_year_is_in_the_calendar_snapshots(current: dict[str, str]) -> None:
    for name in ("calendar-state.txt", "calendar-employer.txt"):
        headers = [line for line in current[name].splitlines() if line.startswith("== ")]
        assert [int(line.split()[1]) for line in headers] == list(range(2008, 2036))
    state = current["calendar-state.txt"]
    assert "== 2024 coverage=official (announced)" in state
    assert "== 2025 coverage=press (announced)" in state
    assert "== 2027 coverage=partial (announced)" in state
    assert "== 2031 coverage=projected (not announced)" in state
