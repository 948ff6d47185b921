"""How well a task matches a query, seen through the scores :func:`find_tasks` gives.

The scoring functions are private; every case here builds a small plan whose
titles make the expected order unambiguous.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong import Assignment, CoordinationProgramme, ResponsibilityGraph, Task, find_tasks

UNION = "thua-thien-hue/ldld"
TITLES = {
    "1": "Tập huấn kỹ năng hòa giải",
    "2": "Hội nghị đối thoại với công nhân lao động",
    "3": "Tổ chức tập huấn cho cán bộ công đoàn cơ sở về kỹ năng đối thoại",
    "4": "Tập huấn kỹ năng hòa giải cho hòa giải viên lao động cấp huyện",
}


@pytest.fixture(scope="module")
def graph() -> ResponsibilityGraph:
    tasks = [Task(key, f"I.{key}", title, assignments=[Assignment(UNION, "lead")])
             for key, title in TITLES.items()]
    return ResponsibilityGraph([CoordinationProgramme("demo", "plan", "Kế hoạch", tasks=tasks)])


def scores(graph: ResponsibilityGraph, query: str) -> dict[str, float]:
    return {match.task.task.id: match.score for match in find_tasks(graph, query, limit=None)}


@pytest.mark.parametrize("query", ["2", "I.2", "demo:2", "i.2"])
def test_an_exact_id_label_or_key_scores_one(graph: ResponsibilityGraph, query: str) -> None:
    assert scores(graph, query) == {"2": 1.0}


def test_an_exact_title_scores_one_and_a_longer_title_containing_it_less(
        graph: ResponsibilityGraph) -> None:
    found = scores(graph, "TẬP HUẤN KỸ NĂNG HÒA GIẢI")
    assert found["1"] == 1.0
    assert 0.9 < found["4"] < 1.0


def test_a_contained_phrase_beats_a_partial_overlap(graph: ResponsibilityGraph) -> None:
    found = scores(graph, "tập huấn kỹ năng")
    # "1" and "4" contain the phrase; "3" has all its words, but not together.
    assert min(found["1"], found["4"]) > 0.9 >= 0.85 == found["3"]
    assert found["1"] > found["4"]  # the phrase covers more of the shorter title
    assert list(found) == ["1", "4", "3"]


def test_a_close_spelling_scores_below_any_contained_phrase(graph: ResponsibilityGraph) -> None:
    found = scores(graph, "tap huan ky nag hoa giao")
    assert set(found) == {"1", "4"}
    assert all(0.5 < score < 0.9 for score in found.values())


@pytest.mark.parametrize("query", ["bóng đá xe máy", "tập bóng đá xe", "zzzz", ""])
def test_a_word_salad_scores_nothing(graph: ResponsibilityGraph, query: str) -> None:
    assert scores(graph, query) == {}


@given(st.lists(st.sampled_from(sorted({w for t in TITLES.values() for w in t.split()})),
                min_size=1, max_size=5).map(" ".join))
def test_scores_stay_in_the_unit_interval(graph: ResponsibilityGraph, query: str) -> None:
    assert all(0.0 < score <= 1.0 for score in scores(graph, query).values())
