"""Fuzzing the text entry points: only the library's own errors escape, each naming the bad part."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import DocumentRef, dumps, loads, parse_plan, parse_timeframe
from quanhelaodong.deadlines import UnreadableTimeframe, read_timeframe
from quanhelaodong.documents import parse_place_and_date
from quanhelaodong.errors import TimeframeParseError
from quanhelaodong.programmes import parse_quantity
from tests.fuzz.rule import bundled_json, refused_or_done, texts, words

_REFERENCES = st.one_of(st.none(), st.dates().map(lambda day: day.isoformat()))


@settings(max_examples=40, deadline=None)
@given(texts())
def test_parse_plan_reads_any_text_or_refuses_it(text: str) -> None:
    result = refused_or_done(lambda: parse_plan(text), "text", "input", "characters")
    if result is not None:
        for diagnostic in result.diagnostics:
            assert 0 <= diagnostic.start <= diagnostic.end <= len(text) + 1, diagnostic


@settings(max_examples=150, deadline=None)
@given(st.one_of(words(), st.sampled_from(["trong 30 ngày kể từ ngày 1/3/2024", "Quý II/2023",
                                           "hằng năm", "trước ngày 15/11"]).flatmap(
    lambda phrase: words(8).map(lambda noise: phrase + noise))), _REFERENCES)
def test_a_time_phrase_is_read_or_refused_with_its_position(text: str, reference: str | None) -> None:
    frame = read_timeframe(text, reference=reference)
    failed: TimeframeParseError | None = None
    try:
        parse_timeframe(text, reference=reference)
    except TimeframeParseError as error:
        failed = error
    if failed is None:
        assert not isinstance(frame, UnreadableTimeframe)
        return
    # The error names the phrase as given, and points into it.
    assert failed.phrase == text
    assert 0 <= failed.position <= len(text)
    assert "position" in str(failed)
    assert isinstance(frame, UnreadableTimeframe)
    assert 0 <= frame.position <= len(frame.text)


@settings(max_examples=150, deadline=None)
@given(words(80))
def test_a_document_number_or_date_line_is_read_or_refused_naming_it(text: str) -> None:
    refused_or_done(lambda: DocumentRef.parse(text), "document reference")
    refused_or_done(lambda: parse_place_and_date(text), "document reference")


@settings(max_examples=150, deadline=None)
@given(words(40))
def test_a_figure_is_read_or_refused_naming_it(text: str) -> None:
    refused_or_done(lambda: parse_quantity(text), "figure", "number", repr(text)[1:-1][:20])


def _edited(document: str, path: list[str | int], value: object) -> str:
    data = json.loads(document)
    target = data
    for step in path[:-1]:
        inside = (isinstance(target, dict) and step in target) or (
            isinstance(target, list) and isinstance(step, int) and step < len(target))
        if inside:
            target = target[step]
        else:
            return json.dumps(data)
    settable = (isinstance(target, dict) and isinstance(path[-1], str)) or (
        isinstance(target, list) and isinstance(path[-1], int) and path[-1] < len(target))
    if settable:
        target[path[-1]] = value
    return json.dumps(data, ensure_ascii=False)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | words(20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(words(8), inner, max_size=3),
    max_leaves=8)
_STEPS = st.lists(st.sampled_from(["tasks", "assignments", "timeframe", "title", "id", "kind", "role",
                                   "agency", "document", "period", "start", "reporting_rules", "due",
                                   "dialogues", "progress", "schema_version", "indicators", "value"])
                  | st.integers(0, 3), min_size=1, max_size=5)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(bundled_json()), _STEPS, _JSON_VALUES)
def test_loads_of_an_edited_programme_loads_or_names_the_path(document: str, path: list[str | int],
                                                              value: object) -> None:
    text = _edited(document, path, value)
    programme = refused_or_done(lambda: loads(text), "error [load]", "JSON")
    if programme is not None:
        assert loads(dumps(programme)) == programme


@settings(max_examples=80, deadline=None)
@given(st.one_of(words(200), st.binary(max_size=200), st.sampled_from(bundled_json()).flatmap(
    lambda document: st.tuples(st.integers(0, len(document)), st.integers(0, 50), words(10)).map(
        lambda cut: document[:cut[0]] + cut[2] + document[cut[0] + cut[1]:]))))
def test_loads_of_any_text_loads_or_names_the_fault(text: str | bytes) -> None:
    refused_or_done(lambda: loads(text), "error [load]", "JSON")
