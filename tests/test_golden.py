"""Golden snapshot of the bundled plan fully resolved: every task with its agencies' names.

A change to the catalogue or the bundled data that alters any answer shows up here
as a diff to review. After checking the change is intended, regenerate with
``QHLD_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from quanhelaodong import CoordinationProgramme, Role

GOLDEN = Path(__file__).parent / "golden" / "hue-2023-resolved.json"


def resolved(programme: CoordinationProgramme) -> list[dict[str, Any]]:
    rows = []
    for task in programme.tasks:
        row: dict[str, Any] = {"id": task.id, "timeframe": task.timeframe}
        for role in Role:
            row[role.value] = [
                {
                    "name": programme.agency(a.agency).name,
                    "side": programme.agency(a.agency).side.value,
                    "collective": programme.agency(a.agency).is_collective,
                    "mode": a.mode.value,
                }
                for a in task.assignments if a.role is role
            ]
        rows.append(row)
    return rows


def test_resolved_plan_matches_snapshot(hue: CoordinationProgramme) -> None:
    current = resolved(hue)
    if os.environ.get("QHLD_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(current, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert current == json.loads(GOLDEN.read_text(encoding="utf-8"))
