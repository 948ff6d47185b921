"""The golden snapshot of the bundled Huế plan, fully resolved: every task with its agencies' names.

A change to the catalogue or the bundled data that alters any answer shows up as a
diff of ``golden/hue-2023-resolved.json`` to review. After checking the change is
intended, regenerate the file with ``python3 -m tests.regenerate_golden`` and
commit it with the change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quanhelaodong import CoordinationProgramme, Role

GOLDEN = Path(__file__).parent / "golden" / "hue-2023-resolved.json"


def resolved(programme: CoordinationProgramme) -> list[dict[str, Any]]:
    """Every task with its timeframe as written and each role's agencies by name."""
    rows = []
    for task in programme.tasks:
        timeframe = None if task.timeframe is None else str(task.timeframe)
        row: dict[str, Any] = {"id": task.id, "timeframe": timeframe}
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
