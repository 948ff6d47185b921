"""The guide's example of two desks runs and prints what it says."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

GUIDE = Path(__file__).parents[2] / "docs" / "store.md"


def test_the_two_desks_example_runs() -> None:
    blocks = re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), flags=re.DOTALL)
    example = next(block for block in blocks if "threading" in block)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(example, str(GUIDE), "exec"), {"__name__": "guide"})
    lines = printed.getvalue().splitlines()
    assert lines[1] == "2024-04-01"
    assert lines[0].startswith("[(")
    assert "PL.I.4" not in lines[0]  # done by then, so not overdue
