"""Every input a fuzzer found crashing, replayed through what its harness calls.

``regressions/<harness>/<name>`` holds the raw input of a crash that is fixed; it
must now be read or refused with the library's own error. ``regressions/pending/
<harness>/<name>`` holds crashes in code owned elsewhere, not yet fixed: they are
expected to fail (strictly, so the fix is noticed) until the owner fixes them and
moves the file up. Each input is decoded here as its harness in ``fuzz/`` decodes it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pendulum
import pytest

from quanhelaodong import (
    DocumentRef,
    ResponsibilityGraph,
    bundled_names,
    dumps,
    find_tasks,
    load_bundled,
    loads,
    parse_plan,
    parse_plan_file,
    resolve_agency,
    who_leads,
)
from quanhelaodong.deadlines import Recurring, RelativePeriod, parse_timeframe, read_timeframe
from quanhelaodong.documents import parse_place_and_date
from quanhelaodong.graph import suggest_titles
from tests.fuzz.rule import refused_or_done

REGRESSIONS = Path(__file__).parent / "regressions"
_FOLDER = Path(tempfile.mkdtemp(prefix="quanhelaodong-regressions-"))


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _parse_plan(data: bytes) -> None:
    parse_plan(_text(data))


def _plan_file(data: bytes) -> None:
    if data:
        path = _FOLDER / f"plan{('.txt', '.docx', '.pdf')[data[0] % 3]}"
        path.write_bytes(data[1:])
        parse_plan_file(path)


def _timeframe(data: bytes) -> None:
    if data:
        references = (None, pendulum.Date(2024, 2, 29), pendulum.Date(1, 1, 1),
                      pendulum.Date(9999, 12, 31))
        reference = references[data[0] % 4]
        text = _text(data[1:])
        read_timeframe(text, reference=reference)
        frame = parse_timeframe(text, reference=reference)
        if isinstance(frame, Recurring):
            frame.occurrences((pendulum.Date(2020, 1, 1), pendulum.Date(2030, 12, 31)))
        elif isinstance(frame, RelativePeriod):
            frame.resolve(pendulum.Date(2024, 2, 29))


def _loads(data: bytes) -> None:
    programme = loads(_text(data))
    assert loads(dumps(programme)) == programme


def _document_ref(data: bytes) -> None:
    if data[:1] == b"\x00":
        parse_place_and_date(_text(data)[1:])
    else:
        DocumentRef.parse(_text(data))


def _agencies(data: bytes) -> None:
    if len(data) >= 2:
        resolve_agency(_text(data[2:]))


_GRAPH: list[ResponsibilityGraph] = []


def _search(data: bytes) -> None:
    if not _GRAPH:
        _GRAPH.append(ResponsibilityGraph([load_bundled(name) for name in bundled_names()]))
    if data:
        query = _text(data[1:])
        search = (who_leads, find_tasks, suggest_titles)[data[0] % 3]
        search(_GRAPH[0], query)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "parse_plan": _parse_plan, "plan_file": _plan_file, "timeframe": _timeframe, "loads": _loads,
    "document_ref": _document_ref, "agencies": _agencies, "search": _search}


def _inputs(folder: Path) -> list[tuple[str, Path]]:
    return sorted((path.parent.name, path) for path in folder.glob("*/*")
                  if path.is_file() and path.parent.name in TARGETS and path.suffix != ".md")


FIXED = _inputs(REGRESSIONS)


def test_every_regression_has_a_harness() -> None:
    # slow/ holds inputs that take over a second: replayed by the harnesses, never timed here.
    folders = {path.name for path in REGRESSIONS.iterdir() if path.is_dir()} - {"slow"}
    assert folders <= set(TARGETS)


@pytest.mark.parametrize(("harness", "path"), FIXED, ids=[f"{h}/{p.name}" for h, p in FIXED])
def test_a_fixed_crash_is_read_or_refused_with_the_library_error(harness: str, path: Path) -> None:
    refused_or_done(lambda: TARGETS[harness](path.read_bytes()))
