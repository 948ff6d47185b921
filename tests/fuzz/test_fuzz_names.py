"""Fuzzing name and title lookups: agencies by name and area, tasks by title. A lookup finds
something, finds nothing, or raises the library's own error naming the name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import (
    ResponsibilityGraph,
    bundled_names,
    find_tasks,
    leads,
    load_bundled,
    resolve_agency,
    who_leads,
)
from quanhelaodong.agencies import default_catalogue
from tests.fuzz.rule import corpus_lines, refused_or_done, words

_CATALOGUE = default_catalogue()
_AREAS = sorted({agency.area for agency in _CATALOGUE if agency.area})
_NAMES = sorted({agency.name for agency in _CATALOGUE})[::40]
_GRAPH = ResponsibilityGraph([load_bundled(name) for name in bundled_names()])


def _mangled(names: list[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(names), st.integers(0, 40), st.integers(0, 5), words(6)).map(
        lambda cut: cut[0][:cut[1]] + cut[3] + cut[0][cut[1] + cut[2]:])


@settings(max_examples=120, deadline=None)
@given(st.one_of(words(40), _mangled(_NAMES)),
       st.one_of(st.none(), st.sampled_from(_AREAS), words(10)),
       st.one_of(st.none(), st.sampled_from(["2023-05-12", "2025-07-01", "0001-01-01", "9999-12-31"]),
                 words(6)))
def test_an_agency_name_resolves_or_is_unknown_by_name(name: str, area: str | None,
                                                       on: str | None) -> None:
    shown = ("unknown agency", "area", "date", "expected", repr(name)[1:-1][:15])
    refused_or_done(lambda: _CATALOGUE.find(name, area, on=on), *shown)
    refused_or_done(lambda: resolve_agency(name, area=area, on=on), *shown)


@settings(max_examples=60, deadline=None)
@given(st.one_of(words(120), _mangled(list(corpus_lines()[:300]))))
def test_a_title_search_finds_or_finds_nothing(query: str) -> None:
    for found in refused_or_done(lambda: who_leads(_GRAPH, query), "query", "text") or []:
        assert found.task is not None
    for match in refused_or_done(lambda: find_tasks(_GRAPH, query), "query", "text") or []:
        leads(_GRAPH, match)
