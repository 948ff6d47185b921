"""The Mermaid export read back by Mermaid's own parser (Node.js), not only by our reader.

Mermaid's parser is JavaScript: ``npm ci --prefix tests/export/mermaid`` installs it
(``.ci/run`` does). Without it these tests are skipped and say so, except where
``QUANHELAODONG_REQUIRE_MERMAID`` is set (as CI sets it), where its absence fails them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from quanhelaodong.export import to_mermaid
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.io import bundled_names, load_bundled
from tests.export.test_graph_files import MermaidChart

CHECKER = Path(__file__).parent / "mermaid"


def _parser() -> list[str]:
    node = shutil.which("node")
    installed = (CHECKER / "node_modules" / "mermaid").is_dir()
    if node and installed:
        return [node, str(CHECKER / "parse.mjs")]
    why = "Node.js is not installed" if not node else "run: npm ci --prefix tests/export/mermaid"
    if os.environ.get("QUANHELAODONG_REQUIRE_MERMAID"):
        pytest.fail(f"Mermaid's parser is required here but missing: {why}")
    pytest.skip(f"Mermaid's parser is missing: {why}")


def mermaid_reads(text: str) -> dict[str, Any]:
    done = subprocess.run(_parser(), input=text, capture_output=True, text=True, encoding="utf-8",
                          timeout=120, check=False)
    assert done.returncode == 0, f"Mermaid could not parse the export: {done.stderr}"
    parsed: dict[str, Any] = json.loads(done.stdout)
    return parsed


@pytest.mark.parametrize("name", bundled_names())
def test_mermaid_parses_every_bundled_plan_as_we_wrote_it(name: str) -> None:
    text = to_mermaid(ResponsibilityGraph([load_bundled(name)]))
    ours = MermaidChart(text)
    theirs = mermaid_reads(text)
    assert theirs["type"].startswith("flowchart")
    assert {node["id"]: node["label"] for node in theirs["nodes"]} == ours.nodes
    assert sorted((edge["from"], edge["to"], edge["label"]) for edge in theirs["edges"]) == sorted(
        (source, target, label) for source, _, label, target in ours.edges)


def test_mermaid_parses_one_agency_s_share() -> None:
    graph = ResponsibilityGraph([load_bundled("hue-2023")])
    theirs = mermaid_reads(to_mermaid(graph, agency="thua-thien-hue/bhxh"))
    labels = [node["label"] for node in theirs["nodes"]]
    assert "Bảo hiểm xã hội tỉnh Thừa Thiên Huế" in labels
    assert any(label.startswith("PL.I.6") for label in labels)


def test_the_parser_refuses_a_broken_chart() -> None:
    # Were the checker to accept anything, the tests above would prove nothing.
    parser = _parser()
    done = subprocess.run(parser, input='flowchart LR\n  a["x"] --> b[y\n', capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)
    assert done.returncode == 1
    assert "Parse error" in done.stderr
