"""Rewrite the golden snapshot from the current code: ``python3 -m tests.regenerate_golden``.

Run it only after reviewing why the snapshot test fails; the diff of the JSON file
is what a reviewer reads.
"""

from __future__ import annotations

import json

from quanhelaodong import load_bundled
from tests.golden_snapshot import GOLDEN, resolved

if __name__ == "__main__":
    GOLDEN.write_text(json.dumps(resolved(load_bundled("hue-2023")), ensure_ascii=False, indent=1)
                      + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.name}")
