"""Draw the documentation's pictures again from the bundled plans: ``python3 docs/scripts/make_pictures.py``.

Writes into ``docs/img/`` (next to this folder), for the Thừa Thiên Huế plan:
its responsibility graph, the same graph for one body (the provincial labour
federation), and its deadline timeline; and the responsibility graph and
timeline of every other bundled plan that has tasks. Needs the ``pictures``
extra. Prints each file written and its size.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.io import bundled_names, load_bundled
from quanhelaodong.pictures import responsibility_picture, save_picture, timeline_picture

IMAGES = Path(__file__).resolve().parent.parent / "img"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=IMAGES, help="folder to write into (default: docs/img)")
    folder = parser.parse_args().out
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in bundled_names():
        plan = load_bundled(name)
        if not plan.tasks:
            continue  # a plan with no tasks draws only an empty frame
        graph = ResponsibilityGraph([plan])
        written.append(save_picture(responsibility_picture(graph), folder / f"{name}-responsibilities.png"))
        written.append(save_picture(timeline_picture(plan), folder / f"{name}-timeline.png"))
        if name == "hue-2023":
            federation = responsibility_picture(graph, agency="thua-thien-hue/ldld")
            written.append(save_picture(federation, folder / f"{name}-responsibilities-ldld.png"))
    for path in written:
        print(f"{path.name}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
