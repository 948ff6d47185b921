"""The bundled Thừa Thiên Huế plan and its graph, built once for the export tests."""

from __future__ import annotations

import pytest

from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.io import load_bundled
from quanhelaodong.programmes import CoordinationProgramme


@pytest.fixture(scope="session")
def hue() -> CoordinationProgramme:
    return load_bundled("hue-2023")


@pytest.fixture(scope="session")
def graph(hue: CoordinationProgramme) -> ResponsibilityGraph:
    return ResponsibilityGraph([hue])
