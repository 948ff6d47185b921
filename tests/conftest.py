"""Shared fixtures, and the hypothesis profiles the suite runs under."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from quanhelaodong import CoordinationProgramme, ResponsibilityGraph, load_bundled

DATA = Path(__file__).parent / "data"

# The suite is a check, so it must give the same verdict on every run of the same code:
# by default hypothesis draws the same examples each time. Searching for new failures is
# a separate job, run on purpose: `python3 -m pytest --hypothesis-profile=explore` (fresh
# random examples on each run), and the fuzzers of fuzz/. What either finds is
# fixed and kept as a regression test.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")


@pytest.fixture(scope="session")
def hue_text() -> str:
    return (DATA / "hue-180-KH-UBND-2023.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def hue() -> CoordinationProgramme:
    return load_bundled("hue-2023")


@pytest.fixture(scope="session")
def hue_graph(hue: CoordinationProgramme) -> ResponsibilityGraph:
    return ResponsibilityGraph([hue])
