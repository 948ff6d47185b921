"""The RACI matrix as CSV and Markdown, and the pandas tables, against the graph they come from."""

from __future__ import annotations

import csv
import datetime
import io
import subprocess
import sys

import pytest

from quanhelaodong.errors import InvalidValueError, MissingExtraError
from quanhelaodong.export import (
    assignments_frame,
    obligations_frame,
    raci_csv,
    raci_markdown,
    tasks_frame,
)
from quanhelaodong.followup import obligations
from quanhelaodong.graph import RASCI, ResponsibilityGraph, leads, partners, raci_matrix
from quanhelaodong.programmes import CoordinationProgramme


def test_raci_csv_reads_back_as_the_matrix(hue_graph: ResponsibilityGraph) -> None:
    rows = list(csv.reader(io.StringIO(raci_csv(hue_graph))))
    header, body = rows[0], rows[1:]
    matrix = raci_matrix(hue_graph)
    assert header[:3] == ["programme", "task", "title"]
    assert header[3:] == [hue_graph.nx.nodes[a]["agency"].name for a in matrix["agencies"]]
    assert len(body) == len(matrix["tasks"])
    assert {len(row) for row in rows} == {len(header)}
    contest = next(row for row in body if row[1] == "PL.I.4")
    assert contest[2] == hue_graph.nx.nodes["hue-2023:PL.I.4"]["task"].title
    lettered = {header[i]: letter for i, letter in enumerate(contest) if i >= 3 and letter}
    assert {name for name, letter in lettered.items() if "A" in letter} == {
        a.name for a in leads(hue_graph, "PL.I.4")}
    assert {name for name, letter in lettered.items() if "S" in letter} == {
        a.name for a in partners(hue_graph, "PL.I.4")}


def test_raci_markdown_is_a_table_with_its_legend(hue_graph: ResponsibilityGraph) -> None:
    lines = raci_markdown(hue_graph).splitlines()
    table = [line for line in lines if line.startswith("|")]
    width = table[0].count("|")
    # Every row has as many cells as the header: no title broke a cell open.
    assert all(line.replace("\\|", "").count("|") == width for line in table)
    assert set(table[1].strip("|").split("|")[2:]) == {":-:"}
    assert len(table) - 2 == len(raci_matrix(hue_graph)["tasks"])
    for role, letter in RASCI.items():
        assert f"- **{letter}**: {role.vietnamese}" in lines


def test_tasks_frame_has_one_row_per_task(hue_graph: ResponsibilityGraph) -> None:
    tasks = tasks_frame(hue_graph)
    assert len(tasks) == len(hue_graph.tasks)
    assert list(tasks["task"]) == [ref.task.id for ref in hue_graph.tasks]
    contest = tasks.set_index("task").loc["PL.I.4"]
    assert contest["leads"] == "thua-thien-hue/so-ldtbxh"
    assert contest["partners"].split("; ") == [a.id for a in partners(hue_graph, "PL.I.4")]
    assert contest["due"] == datetime.date(2023, 12, 31)
    assert tasks.set_index("task").loc["PL.IV.1", "due"] is None  # "định kỳ" sets no date


def test_assignments_frame_has_one_row_per_assignment_edge(hue_graph: ResponsibilityGraph) -> None:
    held = assignments_frame(hue_graph)
    edges = [key for _, _, key in hue_graph.nx.edges(keys=True) if not key.startswith("reports:")]
    assert len(held) == len(edges)
    assert held["role"].value_counts().to_dict() == {role: edges.count(role) for role in set(edges)}
    assert set(held.columns) >= {"programme", "task", "agency", "agency_name", "role", "mode"}


def test_obligations_frame_has_one_row_per_obligation(hue: CoordinationProgramme) -> None:
    owed = obligations_frame(hue, "2023-11-20")
    expected = obligations(hue, as_of="2023-11-20")
    assert len(owed) == len(expected)
    assert list(owed["due"]) == [datetime.date(o.due.year, o.due.month, o.due.day) for o in expected]
    assert set(owed["status"]) == {"not_done_overdue", "not_done_within_deadline"}
    with pytest.raises(InvalidValueError):
        obligations_frame("hue-2023", "2023-11-20")  # type: ignore[arg-type]


def test_tables_without_pandas_name_the_extra(monkeypatch: pytest.MonkeyPatch,
                                              hue_graph: ResponsibilityGraph) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"quanhelaodong\[pandas\]"):
        tasks_frame(hue_graph)


def test_importing_the_library_does_not_load_the_exports() -> None:
    printed = subprocess.run(
        [sys.executable, "-c", "import sys, quanhelaodong; print(sorted(m for m in sys.modules "
                               "if m.startswith('quanhelaodong.export')))"],
        capture_output=True, text=True, check=True, timeout=120).stdout
    assert printed.strip() == "[]"
