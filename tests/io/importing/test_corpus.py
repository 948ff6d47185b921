"""The corpus of real documents in tests/corpus: well formed, and every text read without a crash.

How well the reader does on it is the benchmark's business (benchmarks/import_accuracy.py);
these tests only check that the corpus is what its README says and that reading it never
fails with anything but the library's own errors.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from quanhelaodong import QuanHeLaoDongError, parse_plan
from quanhelaodong.io import ParseResult

CORPUS = Path(__file__).parents[2] / "corpus"
DOCUMENTS = sorted((CORPUS / "documents").glob("*.json"))


def _readme_values(key: str) -> set[str]:
    """The values the README's file-format table allows for ``key``."""
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith(f"| `{key}`"))
    return set(re.findall(r"`([a-z_]+)`", line)) - {key}


KINDS = _readme_values("kind")
ISSUER_LEVELS = _readme_values("issuer_level")
KEYS = {"id", "source", "retrieved", "truncated", "kind", "issuer_level", "text", "labels"}
LABEL_KEYS = {"number", "date", "issuer", "tasks", "reports"}
TASK_KEYS = {"excerpt", "lead", "partners", "timeframe"}
REPORT_KEYS = {"reporters", "recipient", "via", "due"}
# "<issuer-slug>-<number-slug>-<year>"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d{2}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _name(path: Path) -> str:
    return path.stem


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    return [_load(path) for path in DOCUMENTS]


def test_the_readme_lists_the_kinds_and_issuer_levels() -> None:
    assert {"ke_hoach", "cong_van", "quyet_dinh", "tin_bai"} <= KINDS
    assert len(KINDS) >= 6
    assert {"central", "province", "press"} <= ISSUER_LEVELS


def test_the_corpus_is_large_and_varied(corpus: list[dict[str, Any]]) -> None:
    assert len(corpus) >= 40
    assert len({document["kind"] for document in corpus}) >= 6
    assert len({document["labels"]["issuer"] for document in corpus}) >= 15


def test_ids_are_unique_and_equal_to_file_names(corpus: list[dict[str, Any]]) -> None:
    ids = [document["id"] for document in corpus]
    assert len(set(ids)) == len(ids)
    assert ids == [_name(path) for path in DOCUMENTS]


@pytest.mark.parametrize("path", DOCUMENTS, ids=_name)
def test_a_document_is_well_formed(path: Path) -> None:
    document = _load(path)
    assert set(document) == KEYS
    assert SLUG.match(document["id"])
    assert document["kind"] in KINDS
    assert document["issuer_level"] in ISSUER_LEVELS
    assert isinstance(document["truncated"], bool)
    assert document["source"].startswith(("http://", "https://"))
    assert isinstance(document["retrieved"], str)
    assert document["retrieved"]
    assert isinstance(document["text"], str)
    assert document["text"].strip()
    labels = document["labels"]
    assert set(labels) == LABEL_KEYS
    assert labels["number"] is None or isinstance(labels["number"], str)
    assert labels["date"] is None or ISO_DATE.match(labels["date"])
    assert isinstance(labels["issuer"], str)
    assert labels["issuer"]
    assert isinstance(labels["tasks"], list)
    assert isinstance(labels["reports"], list)
    for task in labels["tasks"]:
        assert set(task) == TASK_KEYS, task
        assert isinstance(task["lead"], list)
        assert isinstance(task["partners"], list)
        assert task["timeframe"] is None or isinstance(task["timeframe"], str)
    for report in labels["reports"]:
        assert set(report) == REPORT_KEYS, report
        assert isinstance(report["reporters"], list)


@pytest.mark.parametrize("path", DOCUMENTS, ids=_name)
def test_every_label_is_copied_from_the_text(path: Path) -> None:
    document = _load(path)
    text = document["text"]
    missing = []
    for task in document["labels"]["tasks"]:
        written = [task["excerpt"], *task["lead"], *task["partners"]]
        written += [task["timeframe"]] if task["timeframe"] is not None else []
        missing += [piece for piece in written if not piece or piece not in text]
    for report in document["labels"]["reports"]:
        written = [*report["reporters"], report["recipient"]]
        written += [report[key] for key in ("via", "due") if report[key] is not None]
        missing += [piece for piece in written if not piece or piece not in text]
    assert missing == []


def _words(text: str) -> str:
    return " ".join(text.replace("**", "").split())


@pytest.mark.parametrize("path", DOCUMENTS, ids=_name)
def test_every_text_is_read_and_every_diagnostic_is_inside_it(path: Path) -> None:
    text = _load(path)["text"]
    try:
        result = parse_plan(text)
    except QuanHeLaoDongError:
        return  # the library's own refusal, with its reason, is allowed; any other error is not
    assert isinstance(result, ParseResult)
    source = unicodedata.normalize("NFC", text)
    flat = _words(source)
    for diagnostic in result.diagnostics:
        assert 0 <= diagnostic.start <= diagnostic.end <= len(source), str(diagnostic)
        # The diagnostic's text comes from the document (lines of a paragraph joined by a space).
        assert _words(diagnostic.text) in flat, str(diagnostic)
    for task in result.programme.tasks:
        assert task.title.strip()
