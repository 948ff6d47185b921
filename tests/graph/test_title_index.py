"""The title index answers exactly as scoring every task would.

``scan`` below is the plain scan, written from the ranking rules that
:func:`find_tasks` documents, with no index: every task is scored, the scores
sorted. The index must give the same tasks, scores and order, on every bundled
programme and on generated ones, with and without a limit.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from quanhelaodong import (
    Assignment,
    CoordinationProgramme,
    ResponsibilityGraph,
    Task,
    bundled_names,
    find_tasks,
    load_bundled,
)
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.graph import MAX_QUERY_LENGTH, suggest_titles, who_leads
from quanhelaodong.text import fold, tokens


def _corrected(words: list[str], vocabulary: list[str]) -> list[str]:
    """A word no title holds, even inside a word, read as the closest title word (ratio 80)."""
    fixed = []
    for word in words:
        if len(word) >= 3 and not any(word in known for known in vocabulary):
            best = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=80)
            word = best[0] if best else word
        fixed.append(word)
    return fixed


def scan(graph: ResponsibilityGraph, query: str, limit: int | None = 10,
         include_headings: bool = False) -> list[tuple[str, float]]:
    headings = {f"{p.id}:{t.id}" for p in graph.programmes for t in p.tasks if p.is_heading(t)}
    vocabulary = sorted({word for ref in graph.tasks for word in tokens(ref.task.title)})
    words = _corrected(tokens(query), vocabulary)
    phrase = " ".join(words)
    found = []
    for order, ref in enumerate(graph.tasks):
        if ref.key in headings and not include_headings and not ref.task.assignments:
            continue
        title = tokens(ref.task.title)
        folded_title = " ".join(title)
        if fold(query) in {fold(ref.task.id), fold(ref.task.label), fold(ref.key)}:
            score = 1.0
        elif phrase and phrase in folded_title:
            score = 0.9 + 0.1 * len(phrase) / len(folded_title)
        else:
            overlap = sum(word in set(title) for word in words) / len(words) if words else 0.0
            score = 0.85 * overlap if overlap >= 0.75 else 0.0
        if score > 0:
            found.append((-score, order, ref.key))
    found.sort()
    ranked = [(key, round(-negative, 4)) for negative, _, key in found]
    return ranked if limit is None else ranked[:limit]


def indexed(graph: ResponsibilityGraph, query: str, limit: int | None = 10,
            include_headings: bool = False) -> list[tuple[str, float]]:
    return [(m.task.key, m.score)
            for m in find_tasks(graph, query, limit=limit, include_headings=include_headings)]


@pytest.fixture(scope="module")
def bundled_graph() -> ResponsibilityGraph:
    return ResponsibilityGraph([load_bundled(name) for name in bundled_names()])


def _bundled_queries() -> list[str]:
    titles = [task.title for name in bundled_names() for task in load_bundled(name).tasks]
    # Whole titles, their first words, a middle run cut inside words, and misspellings.
    queries = titles[::3]
    queries += [" ".join(title.split()[:3]) for title in titles[1::5]]
    queries += [title[len(title) // 3: len(title) // 3 + 18] for title in titles[2::7]]
    queries += ["tâp huấn hoà giaỉ viên", "phap luatt lao dong", "Hoi thi tim hieu phap luat",
                "đối thọai tại nơi làm việc", "hoa giai vixn lao dong", "IV.1", "I.2.a",
                "hue-2023:PL.I.4", "bóng đá", ""]
    return queries


def test_the_index_answers_as_the_plain_scan_on_every_bundled_programme(
        bundled_graph: ResponsibilityGraph) -> None:
    for query in _bundled_queries():
        assert indexed(bundled_graph, query) == scan(bundled_graph, query), query


@pytest.mark.parametrize("limit", [None, 1, 3])
def test_the_index_answers_as_the_plain_scan_whatever_the_limit(
        bundled_graph: ResponsibilityGraph, limit: int | None) -> None:
    for query in ["tập huấn", "hội nghị đối thoại", "kiem tra giam sat", "tuyen truyen phap luat lao dong"]:
        assert indexed(bundled_graph, query, limit) == scan(bundled_graph, query, limit), query
        assert (indexed(bundled_graph, query, limit, include_headings=True)
                == scan(bundled_graph, query, limit, include_headings=True)), query


WORDS = ("tập huấn", "hòa giải", "viên", "lao động", "đối thoại", "kiểm tra", "pháp luật", "công đoàn",
         "tại", "doanh nghiệp", "tổ chức", "hội nghị", "cơ sở", "thương lượng", "tập thể", "an toàn")
titles = st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(" ".join)


def _typo(word: str, at: int) -> str:
    at %= max(1, len(word))
    return word[:at] + word[at + 1:] + "x" if word else "x"


queries = st.one_of(
    titles,
    st.builds(_typo, titles, st.integers(0, 40)),
    st.builds(lambda title, start: title[start % max(1, len(title)):][:15], titles, st.integers(0, 40)),
    # "vixn" is 75 alike to "vien": below the cutoff, so taken as written.
    st.sampled_from(["1", "2.1", "demo:3", "x", "hòa giải vixn", "tập huấn hòa giải vixn lao động"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(titles, min_size=1, max_size=25), queries, st.sampled_from([None, 2, 10]))
def test_the_index_answers_as_the_plain_scan_on_generated_plans(
        generated: list[str], query: str, limit: int | None) -> None:
    tasks = [Task(str(number), f"{number}.", title,
                  group=None if number < 2 else "1",
                  assignments=[Assignment("thua-thien-hue/ldld", "lead")] if number % 3 else [])
             for number, title in enumerate(generated, start=1)]
    graph = ResponsibilityGraph([CoordinationProgramme("demo", "plan", "Kế hoạch", tasks=tasks)])
    assert indexed(graph, query, limit) == scan(graph, query, limit)


def test_a_misspelt_word_is_read_as_the_closest_title_word(bundled_graph: ResponsibilityGraph) -> None:
    (best, *_) = find_tasks(bundled_graph, "Hoi thi tim hieu phap luatt lao dong")
    assert best.task.key == "hue-2023:PL.I.4"
    assert best.score > 0.9  # read as the phrase it meant


def test_a_query_longer_than_the_limit_is_refused_before_any_work(
        bundled_graph: ResponsibilityGraph) -> None:
    for search in (find_tasks, who_leads, suggest_titles):
        with pytest.raises(InvalidValueError, match=f"at most {MAX_QUERY_LENGTH:,} characters"):
            search(bundled_graph, "hội thi " * 100_000)


@pytest.mark.parametrize("limit", [-1, 2.5, "3", True])
def test_a_limit_that_is_no_count_is_refused(bundled_graph: ResponsibilityGraph, limit: object) -> None:
    with pytest.raises(InvalidValueError, match="limit"):
        find_tasks(bundled_graph, "tập huấn", limit=limit)  # type: ignore[arg-type]


@pytest.mark.parametrize("query", [("lao động " * 220)[:MAX_QUERY_LENGTH], "a" * MAX_QUERY_LENGTH,
                                   " ".join(f"x{number}" for number in range(400))[:MAX_QUERY_LENGTH]])
def test_a_long_query_is_answered_as_the_plain_scan_answers_it(bundled_graph: ResponsibilityGraph,
                                                                query: str) -> None:
    # Long and repetitive queries once took seconds (every repeat of a word weighed
    # again, every title compared with a 2,000-character phrase).
    assert indexed(bundled_graph, query) == scan(bundled_graph, query)
    assert len(suggest_titles(bundled_graph, query)) == 3
