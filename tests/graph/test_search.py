"""Finding tasks by title, id or label, and answering "who leads …?".

How a single title scores against a query is tested in ``test_ranking.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong import (
    CoordinationProgramme,
    ResponsibilityGraph,
    find_tasks,
    load_bundled,
    who_leads,
)
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.graph import suggest_titles


def test_find_tasks_ignores_case_and_diacritics(hue_graph: ResponsibilityGraph) -> None:
    for query in ["Hội thi tìm hiểu", "HOI THI TIM HIEU", "hoi thi tim hieu", "hội   thi – tìm hiểu"]:
        assert [m.task.task.id for m in find_tasks(hue_graph, query)] == ["PL.I.4"]
    assert find_tasks(hue_graph, "PL.V.2")[0].task.task.id == "PL.V.2"
    assert find_tasks(hue_graph, "zzzz") == ()


def test_find_tasks_ranks_better_matches_first(hue_graph: ResponsibilityGraph) -> None:
    matches = find_tasks(hue_graph, "tập huấn", limit=None)
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)
    # the short title that is almost only the phrase ranks above longer ones
    assert matches[0].task.task.id == "PL.III.3"


@given(st.sampled_from(["Hội thi", "tập huấn", "mô hình", "BHXH", "PL.I.4", "xyz"]))
def test_results_are_deterministic(query: str) -> None:
    first = find_tasks(ResponsibilityGraph([load_bundled("hue-2023")]), query, limit=None)
    second = find_tasks(ResponsibilityGraph([load_bundled("hue-2023")]), query, limit=None)
    assert first == second


def test_every_title_finds_itself_first(hue: CoordinationProgramme,
                                        hue_graph: ResponsibilityGraph) -> None:
    for task in hue.tasks:
        if hue.is_heading(task) and not task.assignments:
            continue
        assert find_tasks(hue_graph, task.title)[0].task.task.id == task.id


def test_who_leads_and_suggestions(hue_graph: ResponsibilityGraph) -> None:
    (first, *_) = who_leads(hue_graph, "diễn đàn quan hệ lao động")
    assert first.task.task.id == "PL.V.1"
    assert str(first.timeframe) == "định kỳ 2 năm/1 lần"
    assert who_leads(hue_graph, "bóng đá") == ()
    suggestions = suggest_titles(hue_graph, "Hội thi tìm hiểu luật đất đai")
    assert suggestions[0].startswith("Hội thi tìm hiểu pháp luật lao động")


@pytest.mark.parametrize("query", [None, 5, ["Hội thi"]])
def test_a_query_that_is_no_text_is_an_invalid_value(hue_graph: ResponsibilityGraph,
                                                     query: object) -> None:
    for search in (who_leads, find_tasks, suggest_titles):
        with pytest.raises(InvalidValueError, match="expected a text"):
            search(hue_graph, query)  # type: ignore[arg-type]
