"""Finding tasks by their title, id or label, and answering "who leads …?"."""

from __future__ import annotations

from quanhelaodong._fields import as_text
from quanhelaodong.graph._graph import ResponsibilityGraph, TaskMatch, task_nodes
from quanhelaodong.graph._holders import Responsibility, responsibility
from quanhelaodong.graph._ranking import closeness, title_score
from quanhelaodong.text import tokens

__all__ = ["TaskMatch", "find_tasks", "suggest_titles", "who_leads"]


def find_tasks(graph: ResponsibilityGraph, query: str, *, limit: int | None = 10,
               include_headings: bool = False) -> list[TaskMatch]:
    """Tasks whose id, label or title match ``query``, best first.

    Matching ignores case, diacritics and punctuation; an exact id or label wins,
    then the query as a phrase inside the title, then most query words present,
    then close spellings. Ties keep document order. Headings that only group
    other tasks are left out unless ``include_headings``.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> [m.task.task.id for m in find_tasks(graph, "hoi thi tim hieu phap luat")]
    ['PL.I.4']
    >>> sorted(m.task.task.id for m in find_tasks(graph, "MO HINH MAU"))
    ['PL.VII.1', 'PL.VII.2', 'PL.VII.3', 'PL.VII.4']
    """
    query_words = tokens(as_text(query))
    matches = []
    for node in task_nodes(graph):
        data = graph.nx.nodes[node]
        if data["heading"] and not include_headings and not data["task"].assignments:
            continue
        score = title_score(query, query_words, data["ref"])
        if score > 0:
            matches.append((-score, data["order"], TaskMatch(data["ref"], round(score, 4))))
    matches.sort(key=lambda item: item[:2])
    found = [match for _, _, match in matches]
    return found if limit is None else found[:limit]


def who_leads(graph: ResponsibilityGraph, query: str, *, limit: int | None = 10) -> list[Responsibility]:
    """Answer "who leads …?": the responsibilities of the tasks matching ``query``, best first.

    An empty list means nothing matched; :func:`suggest_titles` offers close titles.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> answer = who_leads(graph, "Hội thi tìm hiểu pháp luật lao động")[0]
    >>> [agency.name for agency in answer.leads]
    ['Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế']
    """
    return [responsibility(graph, match.task) for match in find_tasks(graph, query, limit=limit)]


def suggest_titles(graph: ResponsibilityGraph, query: str, *, limit: int = 3) -> list[str]:
    """Titles of tasks that come closest to ``query``, for a "did you mean" hint.

    >>> from quanhelaodong.io import load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
    >>> suggest_titles(graph, "Hội thi tìm hiểu luật đất đai", limit=1)
    ['Hội thi tìm hiểu pháp luật lao động, Luật Công đoàn, chính sách BHXH, BHYT, BHTN']
    """
    query_words = tokens(as_text(query))
    scored = []
    for node in task_nodes(graph):
        data = graph.nx.nodes[node]
        similarity = closeness(query_words, tokens(data["task"].title))
        scored.append((-similarity, data["order"], data["task"].title))
    scored.sort()
    return list(dict.fromkeys(title for _, _, title in scored))[:limit]


