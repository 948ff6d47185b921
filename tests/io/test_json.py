"""JSON through the library's converter: exact round trips, schema versions, every fault reported."""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

from quanhelaodong import CoordinationProgramme, LoadError, dump, dumps, load, loads
from quanhelaodong.io import SCHEMA_VERSION
from tests.strategies import programmes, programmes_with_follow_up


@settings(max_examples=150, deadline=None)
@given(programmes)
def test_round_trip_is_exact(programme: CoordinationProgramme) -> None:
    assert loads(dumps(programme)) == programme


@given(programmes)
def test_dumps_is_stable(programme: CoordinationProgramme) -> None:
    assert dumps(loads(dumps(programme))) == dumps(programme)


def test_bundled_round_trip_and_vietnamese_kept(hue: CoordinationProgramme) -> None:
    text = dumps(hue)
    assert "Thừa Thiên Huế" in text  # not escaped to \\u sequences
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION
    assert loads(text) == hue


def test_dump_and_load_files(tmp_path: Path, hue: CoordinationProgramme) -> None:
    target = tmp_path / "plan.json"
    dump(hue, target)
    assert load(target) == hue
    buffer = io.StringIO()
    dump(hue, buffer)
    assert load(io.StringIO(buffer.getvalue())) == hue


def _document(hue: CoordinationProgramme) -> dict[str, object]:
    document: dict[str, object] = json.loads(dumps(hue))
    return document


def test_every_fault_is_reported_with_its_path(hue: CoordinationProgramme) -> None:
    document = _document(hue)
    tasks = document["tasks"]
    assert isinstance(tasks, list)
    tasks[12]["assignments"][0]["role"] = "boss"
    del tasks[20]["title"]
    tasks[30]["id"] = "not an id"
    document["period"] = {"start": "2023-13-01", "end": "2023-12-31"}
    document["colour"] = "red"
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(document))
    paths = {problem.path: problem.message for problem in caught.value.problems}
    assert set(paths) == {
        "tasks[12].assignments[0].role",
        "tasks[20].title",
        "tasks[30]",
        "period.start",
        "colour",
    }
    assert "boss" in paths["tasks[12].assignments[0].role"]
    assert "missing" in paths["tasks[20].title"]
    assert "not an id" in paths["tasks[30]"]
    assert "unknown key" in paths["colour"]
    assert isinstance(caught.value, ValueError)


def test_unknown_nested_key_is_not_dropped(hue: CoordinationProgramme) -> None:
    document = _document(hue)
    tasks = document["tasks"]
    assert isinstance(tasks, list)
    tasks[3]["deadline"] = "2023-11-15"
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(document))
    assert [p.path for p in caught.value.problems] == ["tasks[3].deadline"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"id": "x"}', "schema_version"),
        ('{"schema_version": 99, "id": "x"}', "expected schema_version 2"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
    ],
)
def test_unreadable_documents(text: str | bytes, fragment: str) -> None:
    with pytest.raises(LoadError, match=fragment):
        loads(text)


def test_wrong_container_types(hue: CoordinationProgramme) -> None:
    document = _document(hue)
    document["tasks"] = {"a": 1}
    document["signatories"] = "TM. ỦY BAN NHÂN DÂN"
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(document))
    paths = [problem.path for problem in caught.value.problems]
    assert "signatories" in paths or any(p.startswith("signatories") for p in paths)
    assert any(p.startswith("tasks") for p in paths)


@settings(max_examples=80, deadline=None)
@given(programmes_with_follow_up)
def test_round_trip_covers_the_follow_up_types(programme: CoordinationProgramme) -> None:
    assert loads(dumps(programme)) == programme


def test_version_1_documents_still_load(hue: CoordinationProgramme) -> None:
    document = json.loads(dumps(attrs.evolve(hue, reporting_rules=())))
    document["schema_version"] = 1
    for key in ("reporting_rules", "reports", "dialogues", "follows"):
        del document[key]
    assert loads(json.dumps(document)) == attrs.evolve(hue, reporting_rules=())
