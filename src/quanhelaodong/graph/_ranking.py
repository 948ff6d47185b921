"""How well a task matches a query: small pure functions over folded words.

The order of a search is: an exact id or label, then the query as a phrase in
the title (the more of the title it covers, the better), then most query words
present, then close spellings. Titles and queries are folded once
(:class:`FoldedTask`, :class:`FoldedQuery`); the functions here only compare.
"""

from __future__ import annotations

import difflib
import functools

import attrs

from quanhelaodong.programmes import Task
from quanhelaodong.text import fold, tokens

__all__ = [
    "PHRASE_FLOOR",
    "SPELLING_FLOOR",
    "FoldedQuery",
    "FoldedTask",
    "phrase_score",
    "title_score",
    "window_similarity",
]

#: Every phrase match scores above this; nothing else reaches it.
PHRASE_FLOOR = 0.9
#: How alike a run of title words must be to the query to count as a close spelling.
SPELLING_FLOOR = 0.85


@attrs.frozen(slots=True)
class FoldedTask:
    """A task's id, label and title folded once, for comparing with many queries."""

    keys: frozenset[str]
    title: str
    words: tuple[str, ...]
    word_set: frozenset[str]

    @classmethod
    def of(cls, key: str, task: Task) -> FoldedTask:
        """The folded forms of ``task``, known in the graph as ``key`` ("programme:task")."""
        words = tuple(tokens(task.title))
        return cls(frozenset({_fold_id(task.id), _fold_id(task.label), fold(key)}), " ".join(words),
                   words, frozenset(words))


# Ids and labels ("3.7", "IV.2.a") recur in every programme: fold each once.
_fold_id = functools.lru_cache(maxsize=1 << 14)(fold)


@attrs.frozen(slots=True)
class FoldedQuery:
    """A query folded once: as a whole (to meet ids and labels) and as words."""

    whole: str
    words: tuple[str, ...]

    @property
    def phrase(self) -> str:
        return " ".join(self.words)


def window_similarity(query: tuple[str, ...], title: tuple[str, ...], floor: float = 0.0) -> float:
    """Best similarity of the query with any run of as many words in the title.

    Windows that cannot beat ``floor`` (or the best so far) are skipped on difflib's
    cheap upper bounds; 0.0 means nothing reached ``floor``.
    """
    if not query or not title:
        return 0.0
    width = min(len(query), len(title))
    matcher = difflib.SequenceMatcher(None)
    matcher.set_seq2(" ".join(query))
    best = 0.0
    for start in range(len(title) - width + 1):
        matcher.set_seq1(" ".join(title[start:start + width]))
        bar = max(best, floor)
        if matcher.real_quick_ratio() < bar or matcher.quick_ratio() < bar:
            continue
        best = max(best, matcher.ratio())
    return best if best >= floor else 0.0


def phrase_score(query: FoldedQuery, task: FoldedTask) -> float:
    """The score of an exact id or label (1.0) or of the query as a phrase in the title; else 0.0."""
    if query.whole in task.keys:
        return 1.0
    phrase = query.phrase
    if phrase and phrase in task.title:
        # The more of the title the phrase covers, the better: an exact title wins.
        return PHRASE_FLOOR + 0.1 * len(phrase) / len(task.title)
    return 0.0


def title_score(query: FoldedQuery, task: FoldedTask, spelling_floor: float = SPELLING_FLOOR) -> float:
    """The score in [0, 1] of one task for one query; 0.0 means no match.

    A caller that only wants scores above some bar may raise ``spelling_floor`` to
    skip close spellings that could not reach it.
    """
    found = phrase_score(query, task)
    if found:
        return found
    words = query.words
    present = sum(word in task.word_set for word in words)
    overlap = present / len(words) if words else 0.0
    if overlap >= 0.75:
        return 0.85 * overlap
    # A close spelling of the query still shares most of its words exactly; only
    # then is the costly character comparison worth running.
    if overlap < 0.5:
        return 0.0
    return PHRASE_FLOOR * window_similarity(words, task.words, floor=spelling_floor)
