"""How well a task matches a query: small pure functions over folded words.

The order of a search is: an exact id or label, then the query as a phrase in
the title (the more of the title it covers, the better), then most query words
present (at least three in four). Spelling mistakes are mended in the query
before it gets here, word by word against the titles' vocabulary
(:mod:`quanhelaodong.graph._title_index`), not by comparing it with every title.
Titles and queries are folded once (:class:`FoldedTask`, :class:`FoldedQuery`);
the functions here only compare.
"""

from __future__ import annotations

import functools
from collections import Counter

import attrs

from quanhelaodong.programmes import Task
from quanhelaodong.text import fold, tokens

__all__ = [
    "PHRASE_FLOOR",
    "SHARED_WORDS_FLOOR",
    "SHARED_WORDS_WEIGHT",
    "FoldedQuery",
    "FoldedTask",
    "phrase_score",
    "title_score",
]

#: Every phrase match scores above this; nothing else reaches it.
PHRASE_FLOOR = 0.9
#: A title holding at least this share of the query's words matches, scored by the share.
SHARED_WORDS_FLOOR = 0.75
SHARED_WORDS_WEIGHT = 0.85


@attrs.frozen(slots=True)
class FoldedTask:
    """A task's id, label and title folded once, for comparing with many queries."""

    keys: frozenset[str]
    title: str
    words: tuple[str, ...]
    word_set: frozenset[str]

    @classmethod
    def of(cls, key: str, task: Task,
           seen: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] | None = None) -> FoldedTask:
        """The folded forms of ``task``, known in the graph as ``key`` ("programme:task").

        ``seen`` keeps titles already folded: plans copy the same task from province
        to province, and one folding serves them all.
        """
        title = seen.get(task.title) if seen is not None else None
        if title is None:
            words = tuple(tokens(task.title))
            title = (" ".join(words), words, frozenset(words))
            if seen is not None:
                seen[task.title] = title
        return cls(frozenset({_fold_id(task.id), _fold_id(task.label), fold(key)}), *title)


# Ids and labels ("3.7", "IV.2.a") recur in every programme: fold each once.
_fold_id = functools.lru_cache(maxsize=1 << 14)(fold)


@attrs.frozen(slots=True)
class FoldedQuery:
    """A query folded once: as a whole (to meet ids and labels) and as words."""

    whole: str
    words: tuple[str, ...]
    #: Each distinct word with how often the query says it: a long query is counted once.
    counts: tuple[tuple[str, int], ...] = attrs.field(init=False)

    @counts.default
    def _count(self) -> tuple[tuple[str, int], ...]:
        return tuple(Counter(self.words).items())

    @property
    def phrase(self) -> str:
        return " ".join(self.words)


def phrase_score(query: FoldedQuery, task: FoldedTask) -> float:
    """The score of an exact id or label (1.0) or of the query as a phrase in the title; else 0.0."""
    if query.whole in task.keys:
        return 1.0
    phrase = query.phrase
    if phrase and phrase in task.title:
        # The more of the title the phrase covers, the better: an exact title wins.
        return PHRASE_FLOOR + 0.1 * len(phrase) / len(task.title)
    return 0.0


def title_score(query: FoldedQuery, task: FoldedTask) -> float:
    """The score in [0, 1] of one task for one query; 0.0 means no match."""
    found = phrase_score(query, task)
    if found:
        return found
    words = query.words
    present = sum(count for word, count in query.counts if word in task.word_set)
    overlap = present / len(words) if words else 0.0
    return SHARED_WORDS_WEIGHT * overlap if overlap >= SHARED_WORDS_FLOOR else 0.0
