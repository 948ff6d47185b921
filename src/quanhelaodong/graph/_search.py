"""Finding tasks by their title, id or label, and answering "who leads …?"."""

from __future__ import annotations

from quanhelaodong._fields import as_text
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.graph._graph import ResponsibilityGraph, TaskMatch, task_entries, title_index
from quanhelaodong.graph._holders import Responsibility, responsibility
from quanhelaodong.rows import Rows

__all__ = ["MAX_QUERY_LENGTH", "TaskMatch", "find_tasks", "suggest_titles", "who_leads"]

#: The longest query a search takes: twice the longest task title in the bundled plans,
#: so any real title fits, and a hostile megabyte is refused before any work.
MAX_QUERY_LENGTH = 2_000


def find_tasks(graph: ResponsibilityGraph, query: str, *, limit: int | None = 10,
               include_headings: bool = False) -> Rows[TaskMatch]:
    """Tasks whose id, label or title match ``query``, best first.

    Matching ignores case, diacritics and punctuation; an exact id or label wins,
    then the query as a phrase inside the title, then titles holding most of the
    query's words (at least three in four). A query word that no title holds, not
    even inside a word, is read as the closest word the titles do hold ("phap
    luatt" as "phap luat"). Ties keep document
    order. Headings that only group other tasks are left out unless
    ``include_headings``. A query is at most :data:`MAX_QUERY_LENGTH` characters.

    The titles are indexed on the first search, so each later query costs about
    what its answer costs, whatever the number of tasks.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> [m.task.task.id for m in find_tasks(graph, "hoi thi tim hieu phap luat")]
    ['PL.I.4']
    >>> sorted(m.task.task.id for m in find_tasks(graph, "MO HINH MAU"))
    ['PL.VII.1', 'PL.VII.2', 'PL.VII.3', 'PL.VII.4']
    """
    text = _query(query)
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise InvalidValueError(f"limit is a number of matches (0 or more) or None, got {limit!r}")
    index = title_index(graph)
    ranked = index.ranked(index.fold_query(text), limit=limit, include_headings=include_headings)
    entries = task_entries(graph)
    return Rows(TaskMatch(entries[position].ref, round(score, 4)) for score, position in ranked)


def who_leads(graph: ResponsibilityGraph, query: str, *, limit: int | None = 10) -> Rows[Responsibility]:
    """Answer "who leads …?": the responsibilities of the tasks matching ``query``, best first.

    No rows means nothing matched; :func:`suggest_titles` offers close titles.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> answer = who_leads(graph, "Hội thi tìm hiểu pháp luật lao động")[0]
    >>> [agency.name for agency in answer.leads]
    ['Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế']
    """
    return Rows(responsibility(graph, match.task) for match in find_tasks(graph, query, limit=limit))


def suggest_titles(graph: ResponsibilityGraph, query: str, *, limit: int = 3) -> list[str]:
    """Titles of tasks that come closest to ``query``, for a "did you mean" hint.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> suggest_titles(graph, "Hội thi tìm hiểu luật đất đai", limit=1)
    ['Hội thi tìm hiểu pháp luật lao động, Luật Công đoàn, chính sách BHXH, BHYT, BHTN']
    """
    index = title_index(graph)
    entries = task_entries(graph)
    return [entries[position].ref.task.title
            for position in index.closest(index.fold_query(_query(query)), limit=limit)]


def _query(query: str) -> str:
    """The query, checked: a text no longer than :data:`MAX_QUERY_LENGTH`."""
    text = as_text(query)
    if len(text) > MAX_QUERY_LENGTH:
        raise InvalidValueError(f"a search query is at most {MAX_QUERY_LENGTH:,} characters; "
                                f"this one has {len(text):,}")
    return text
