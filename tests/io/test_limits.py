"""Input size limits: a file, a text and the parts of a .docx are refused past their limit,
before they are read whole, with an error that names the limit."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from quanhelaodong import LoadError, PlanParseError, load, loads, parse_plan_file
from quanhelaodong.io import MAX_FILE_BYTES, MAX_TEXT_CHARACTERS, load_agencies


def _sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no room on disk: the limit must refuse it unread."""
    with path.open("wb") as stream:
        stream.truncate(size)
    return path


def test_loads_refuses_a_text_past_the_limit_naming_it() -> None:
    with pytest.raises(LoadError, match=f"more than the {MAX_TEXT_CHARACTERS:,} characters"):
        loads(" " * (MAX_TEXT_CHARACTERS + 1))


def test_load_refuses_a_file_past_the_limit_before_reading_it(tmp_path: Path) -> None:
    big = _sparse(tmp_path / "big.json", MAX_FILE_BYTES + 1)
    with pytest.raises(LoadError, match=f"big.json is {MAX_FILE_BYTES + 1:,} bytes, more than the "
                                        f"{MAX_FILE_BYTES:,} bytes"):
        load(big)
    with pytest.raises(LoadError, match=f"more than the {MAX_FILE_BYTES:,} characters"):
        load(io.StringIO(" " * (MAX_FILE_BYTES + 1)))


@pytest.mark.parametrize(("source", "message"), [
    (None, "expected a path or an open file, got NoneType None"),
    (5, "expected a path or an open file, got int 5"),
    ("a\x00b.json", "cannot hold a NUL character"),
    ("missing.json", "No such file or directory"),
], ids=["none", "int", "nul", "missing"])
def test_load_of_something_unreadable_is_a_load_error(source: object, message: str) -> None:
    with pytest.raises(LoadError, match=message):
        load(source)  # type: ignore[arg-type]


def test_load_agencies_refuses_a_file_past_the_limit(tmp_path: Path) -> None:
    big = _sparse(tmp_path / "mine.csv", MAX_FILE_BYTES + 1)
    with pytest.raises(LoadError, match=f"more than the {MAX_FILE_BYTES:,} bytes"):
        load_agencies(big)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("mine.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("mine.json", '{"agencies": ' + "9" * 5000 + "}", "integer string conversion"),
    ("mine.csv", "id,name\n" + "x" * 200_000 + ",y\n", "field larger than field limit"),
], ids=["deep", "long-integer", "long-field"])
def test_load_agencies_of_a_broken_file_is_a_load_error(tmp_path: Path, name: str, content: str,
                                                         message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError, match=message):
        load_agencies(path)


@pytest.mark.parametrize("path", [None, 5, "a\x00b.csv"], ids=["none", "int", "nul"])
def test_load_agencies_of_something_that_is_no_path_is_a_load_error(path: object) -> None:
    with pytest.raises(LoadError, match=r"named by a path|NUL"):
        load_agencies(path)  # type: ignore[arg-type]


def test_load_agencies_into_something_that_is_no_catalogue_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"agencies": []}), encoding="utf-8")
    with pytest.raises(LoadError, match="into must be an AgencyCatalogue, got dict"):
        load_agencies(path, into={})  # type: ignore[arg-type]


def test_a_docx_that_expands_past_the_limit_is_refused_naming_it(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", bytes(70_000_000))  # about 70 KB compressed
    assert bomb.stat().st_size < 200_000
    with pytest.raises(PlanParseError, match="more than the 64,000,000 bytes"):
        parse_plan_file(bomb)
