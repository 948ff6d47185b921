"""Run the command-line samples of the docs and the README again and write what they print.

    python docs/scripts/refresh_console_samples.py [FILE.md ...]   # default: README.md, docs/**/*.md

In a ```console block, each ``$ quanhelaodong ...`` line is run and the lines under
it are replaced by its output. A sample that ended with a ``...`` line (to show only
the start of a long output) keeps as many lines and its ``...``. Read the diff before
committing: the tests (tests/test_docs.py) compare the pages with what the commands print.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^```console\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def _output(command: str) -> list[str]:
    arguments = shlex.split(command)[1:]
    done = subprocess.run([sys.executable, "-m", "quanhelaodong", *arguments], capture_output=True,
                          text=True, encoding="utf-8", cwd=ROOT, check=False)
    return [line.rstrip() for line in done.stdout.rstrip("\n").splitlines()]


def _refreshed(block: str) -> str:
    runs: list[tuple[str, list[str]]] = []
    for line in block.rstrip("\n").splitlines():
        if line.startswith("$ "):
            runs.append((line[2:], []))
        elif runs:
            runs[-1][1].append(line)
    lines = []
    for command, shown in runs:
        printed = _output(command)
        if shown and shown[-1].strip() == "...":
            printed = [*printed[: len(shown) - 1], "..."]
        lines += [f"$ {command}", *printed]
    return "\n".join(lines) + "\n"


def refresh(path: Path) -> bool:
    """Rewrite the console samples of ``path``; True when anything changed."""
    text = path.read_text(encoding="utf-8")
    new = BLOCK.sub(lambda match: "```console\n" + _refreshed(match.group(1)) + "```", text)
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def main() -> None:
    paths = [Path(name) for name in sys.argv[1:]] or [ROOT / "README.md", *sorted(ROOT.glob("docs/**/*.md"))]
    for path in paths:
        if refresh(path):
            print(f"rewrote {path.relative_to(ROOT) if path.is_absolute() else path}")


if __name__ == "__main__":
    main()
