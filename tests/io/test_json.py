"""JSON through the library's converter: exact round trips, schema versions, every fault reported."""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

from quanhelaodong import CoordinationProgramme, LoadError, dump, dumps, load, loads
from quanhelaodong.documents import DocumentRef
from quanhelaodong.io import SCHEMA_VERSION
from quanhelaodong.programmes import (
    Assignment,
    Completion,
    Extension,
    ProgressUpdate,
    Role,
    Task,
)
from tests.strategies import programmes, programmes_with_follow_up, programmes_with_progress


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
        ('{"schema_version": 99, "id": "x"}', r"expected schema_version 3 \(or 1, 2\)"),
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
    for key in ("reporting_rules", "reports", "dialogues", "follows", "progress"):
        del document[key]
    for task in document["tasks"]:
        del task["assigned_by"]
    assert loads(json.dumps(document)) == attrs.evolve(hue, reporting_rules=())


@settings(max_examples=60, deadline=None)
@given(programmes_with_progress)
def test_round_trip_covers_progress_and_assigners(programme: CoordinationProgramme) -> None:
    assert loads(dumps(programme)) == programme


def _with_progress(hue: CoordinationProgramme) -> CoordinationProgramme:
    task = attrs.evolve(hue.task("PL.I.4"), assigned_by="thua-thien-hue/so-noi-vu", assignments=[
        *hue.task("PL.I.4").assignments, Assignment("thua-thien-hue/so-noi-vu", Role.MONITOR)])
    return attrs.evolve(hue, tasks=[task if t.id == task.id else t for t in hue.tasks], progress=[
        ProgressUpdate("PL.I.4", "2023-09-15", "thua-thien-hue/so-ldtbxh", percent=60,
                       evidence=DocumentRef.parse("1520/SLĐTBXH-LĐ")),
        Extension("PL.I.4", "2023-12-20", "2024-03-31", requested_by="thua-thien-hue/so-ldtbxh"),
        Completion("PL.I.4", "2024-03-20", text="Đã tổ chức Hội thi"),
        Completion("PL.II.1", "2023-10-01", occurrence="2023-12-31"),
    ])


def test_version_3_tags_each_progress_record_by_its_kind(hue: CoordinationProgramme) -> None:
    programme = _with_progress(hue)
    document = json.loads(dumps(programme))
    assert document["schema_version"] == 3
    assert [event["kind"] for event in document["progress"]] == [
        "update", "extension", "completion", "completion"]
    assert document["progress"][0]["evidence"]["issuer"] == "SLĐTBXH"
    assert document["progress"][3]["occurrence"] == "2023-12-31"
    assert loads(json.dumps(document)) == programme


def test_progress_faults_are_reported_with_their_paths(hue: CoordinationProgramme) -> None:
    document = json.loads(dumps(_with_progress(hue)))
    document["progress"][0]["kind"] = "note"
    del document["progress"][1]["kind"]
    document["progress"][2]["on"] = "30/11/2023"
    document["progress"][3]["percent"] = 50  # a completion has no percentage
    document["progress"].append("done")
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(document))
    paths = {problem.path: problem.message for problem in caught.value.problems}
    assert set(paths) == {"progress[0]", "progress[1]", "progress[2].on", "progress[3].percent",
                          "progress[4]"}
    assert "'note'" in paths["progress[0]"]
    assert "None" in paths["progress[1]"]
    assert "unknown key" in paths["progress[3].percent"]
    assert "JSON object" in paths["progress[4]"]


def test_a_percent_out_of_range_is_refused_where_it_is(hue: CoordinationProgramme) -> None:
    document = json.loads(dumps(_with_progress(hue)))
    document["progress"][0]["percent"] = 130
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(document))
    assert [p.path for p in caught.value.problems] == ["progress[0]"]
    assert "0 to 100" in caught.value.problems[0].message


def test_version_2_documents_still_load_and_cannot_carry_version_3_keys(
        hue: CoordinationProgramme) -> None:
    document = json.loads(dumps(hue))
    document["schema_version"] = 2
    del document["progress"]
    for task in document["tasks"]:
        del task["assigned_by"]
    assert loads(json.dumps(document)) == hue
    newer = json.loads(dumps(_with_progress(hue)))
    newer["schema_version"] = 2
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(newer))
    index = [t["id"] for t in newer["tasks"]].index("PL.I.4")
    paths = [p.path for p in caught.value.problems]
    # Every key version 2 does not have is refused, even a null one.
    assert paths[0] == "progress"
    monitor = len(hue.task("PL.I.4").assignments)  # appended after the plan's own
    assert f"tasks[{index}].assignments[{monitor}].role" in paths
    assert {f"tasks[{i}].assigned_by" for i in range(len(newer["tasks"]))} <= set(paths)
    assert all("needs schema_version 3, not 2" in p.message for p in caught.value.problems)


def test_a_task_keeps_its_assigning_body(hue: CoordinationProgramme) -> None:
    task = Task("9", "9", "Kiểm tra", assigned_by="thua-thien-hue/so-noi-vu")
    programme = attrs.evolve(hue, tasks=[task])
    assert loads(dumps(programme)).tasks[0].assigned_by == "thua-thien-hue/so-noi-vu"


@pytest.mark.parametrize("value", [4, None, ["PL.I.4"], True])
def test_a_value_that_is_not_text_where_text_belongs_is_a_fault(value: object) -> None:
    # The converter used to call str() on anything: 4 loaded as "4", null as "None".
    document = {"schema_version": 2, "id": "x", "kind": "plan", "title": "Kế hoạch",
                "tasks": [{"id": "1", "label": "1", "title": "Tập huấn",
                           "assignments": [{"agency": value, "role": "lead"}]}]}
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(document))
    assert [p.path for p in caught.value.problems] == ["tasks[0].assignments[0].agency"]


_BODY = '"id": "x", "kind": "plan", "title": "K"'


@pytest.mark.parametrize(("text", "message"), [
    ("[" * 100000 + "]" * 100000, "nested too deeply"),
    ('{"a":' * 200 + "1" + "}" * 200, "nested deeper than"),
    ("9" * 5000, "4300 digits"),
    (None, "expected JSON text"),
    (5, "expected JSON text"),
    ('{"schema_version": true, ' + _BODY + "}", "expected schema_version 3"),
    ('{"schema_version": 2.0, ' + _BODY + "}", "expected schema_version 3"),
], ids=["deep-arrays", "deep-objects", "long-int", "none", "int", "bool-version", "float-version"])
def test_bad_json_is_a_load_error(text: object, message: str) -> None:
    with pytest.raises(LoadError, match=message):
        loads(text)  # type: ignore[arg-type]


def test_a_key_given_twice_is_a_load_error_naming_its_path() -> None:
    text = ('{"schema_version": 3, ' + _BODY + ', "title": "L", "tasks": '
            '[{"id": "1", "label": "1", "title": "t", "label": "2"}]}')
    with pytest.raises(LoadError) as caught:
        loads(text)
    assert [problem.path for problem in caught.value.problems] == ["tasks[0].label", "title"]
    assert all("more than once" in problem.message for problem in caught.value.problems)


def test_a_path_that_cannot_be_read_is_a_load_error(tmp_path: Path) -> None:
    sources: list[str | Path] = [tmp_path, tmp_path / "missing.json", "a\0b"]
    for source in sources:
        with pytest.raises(LoadError, match="cannot read"):
            load(source)
    with pytest.raises(LoadError, match="expected a path or an open file"):
        load(None)  # type: ignore[arg-type]
