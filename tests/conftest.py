"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from quanhelaodong import CoordinationProgramme, ResponsibilityGraph, load_bundled

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def hue_text() -> str:
    return (DATA / "hue-180-KH-UBND-2023.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def hue() -> CoordinationProgramme:
    return load_bundled("hue-2023")


@pytest.fixture(scope="session")
def hue_graph(hue: CoordinationProgramme) -> ResponsibilityGraph:
    return ResponsibilityGraph([hue])
