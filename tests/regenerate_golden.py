"""Rewrite the golden snapshots from the current code: ``python3 -m tests.regenerate_golden``.

Run it only after reviewing why a snapshot test fails; the diff of the files is what
a reviewer reads. Pass file names to rewrite only those (``hue`` for the plan).
"""

from __future__ import annotations

import json
import sys

from quanhelaodong import load_bundled
from tests.golden_snapshot import GOLDEN, GOLDEN_DIR, golden_texts, resolved

if __name__ == "__main__":
    wanted = set(sys.argv[1:])
    if not wanted or "hue" in wanted:
        GOLDEN.write_text(json.dumps(resolved(load_bundled("hue-2023")), ensure_ascii=False, indent=1)
                          + "\n", encoding="utf-8")
        print(f"wrote {GOLDEN.name}")
    for name, text in golden_texts().items():
        if wanted and name not in wanted:
            continue
        (GOLDEN_DIR / name).write_text(text, encoding="utf-8")
        print(f"wrote {name}")
