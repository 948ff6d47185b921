"""The bundled plan, fully resolved, against its golden snapshot (see ``golden_snapshot``)."""

from __future__ import annotations

import json

from quanhelaodong import CoordinationProgramme
from tests.golden_snapshot import GOLDEN, resolved


def test_resolved_plan_matches_snapshot(hue: CoordinationProgramme) -> None:
    assert resolved(hue) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_snapshot_notices_a_changed_answer(hue: CoordinationProgramme) -> None:
    # The comparison must be able to fail: one assignment fewer is a different snapshot.
    import attrs

    first = hue.tasks[1]
    changed = attrs.evolve(hue, tasks=[attrs.evolve(first, assignments=first.assignments[1:]),
                                       *hue.tasks[2:]])
    assert resolved(changed) != json.loads(GOLDEN.read_text(encoding="utf-8"))
