"""Fuzzing the file entry points on random and damaged bytes: .txt, .docx and .pdf plans,
programme JSON and agency files. Only the library's own errors escape."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quanhelaodong import load, parse_plan_file
from quanhelaodong.io import load_agencies
from tests.document_files import docx_bytes
from tests.fuzz.rule import ROOT, bundled_json, corpus_lines, refused_or_done

_FOLDER = Path(tempfile.mkdtemp(prefix="quanhelaodong-fuzz-"))


def _damaged(data: bytes) -> st.SearchStrategy[bytes]:
    """``data`` with a span replaced by random bytes (a damaged or crafted file)."""
    return st.tuples(st.integers(0, len(data)), st.integers(0, 64), st.binary(max_size=64)).map(
        lambda cut: data[:cut[0]] + cut[2] + data[cut[0] + cut[1]:])


_SAMPLE_DOCX = docx_bytes("\n".join(corpus_lines()[:40]))
_SAMPLE_TEXT = (ROOT / "tests" / "data" / "hue-180-KH-UBND-2023.txt").read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([".txt", ".docx", ".pdf", ".doc", ""]),
       st.one_of(st.binary(max_size=300), _damaged(_SAMPLE_TEXT[:3000]), _damaged(_SAMPLE_DOCX),
                 _damaged(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF")))
def test_a_plan_file_of_any_bytes_is_read_or_refused_naming_the_file(suffix: str, data: bytes) -> None:
    path = _FOLDER / f"plan{suffix}"
    path.write_bytes(data)
    refused_or_done(lambda: parse_plan_file(path), "plan", "text", "input")


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.sampled_from(bundled_json()).flatmap(
    lambda document: _damaged(document.encode("utf-8")))))
def test_a_programme_file_of_any_bytes_loads_or_names_the_fault(data: bytes) -> None:
    path = _FOLDER / "programme.json"
    path.write_bytes(data)
    refused_or_done(lambda: load(path), "error [load]")
    refused_or_done(lambda: load(io.BytesIO(data)), "error [load]")


_AGENCIES = (b'{"agencies": [{"id": "hue/dien-luc", "name": "C\xc3\xb4ng ty \xc4\x90i\xe1\xbb\x87n l\xe1'
             b'\xbb\xb1c", "classification": "enterprise", "side": "employers", "area": "hue"}]}')
_CSV = ("id,name,classification,side,level,area,other_names\n"
        "hue/dien-luc,Công ty Điện lực,enterprise,employers,,hue,PC Huế\n").encode()


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([".json", ".csv"]),
       st.one_of(st.binary(max_size=200), _damaged(_AGENCIES), _damaged(_CSV)))
def test_an_agency_file_of_any_bytes_loads_or_names_the_fault(suffix: str, data: bytes) -> None:
    path = _FOLDER / f"agencies{suffix}"
    path.write_bytes(data)
    refused_or_done(lambda: load_agencies(path), "error [load]")


def test_the_damaged_samples_are_what_they_say() -> None:
    # The seeds of the strategies are real files, so the fuzzing starts from readable input.
    with zipfile.ZipFile(io.BytesIO(_SAMPLE_DOCX)) as archive:
        assert "word/document.xml" in archive.namelist()
    path = _FOLDER / "sample.docx"
    path.write_bytes(_SAMPLE_DOCX)
    assert parse_plan_file(path).programme is not None
