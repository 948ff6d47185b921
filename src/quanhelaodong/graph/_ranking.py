"""How well a task matches a query: small pure functions over folded words.

The order of a search is: an exact id or label, then the query as a phrase in
the title (the more of the title it covers, the better), then most query words
present, then close spellings. Each function takes words already folded with
:func:`quanhelaodong.text.tokens`, so a caller folds a title once.
"""

from __future__ import annotations

import difflib

from quanhelaodong.graph._graph import TaskRef
from quanhelaodong.text import fold, tokens

__all__ = ["closeness", "title_score", "window_similarity"]


def window_similarity(query: list[str], title: list[str], floor: float = 0.0) -> float:
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


def closeness(query: list[str], title: list[str]) -> float:
    """How near a title comes to a query that it does not contain: word by word and as a run."""
    if not query or not title:
        return 0.0
    per_word = sum(
        max(difflib.SequenceMatcher(None, wanted, word).ratio() for word in title)
        for wanted in query
    ) / len(query)
    return (per_word + window_similarity(query, title)) / 2


def title_score(query: str, query_words: list[str], ref: TaskRef) -> float:
    task = ref.task
    if fold(query) in {fold(task.id), fold(task.label), fold(ref.key)}:
        return 1.0
    folded_title = " ".join(tokens(task.title))
    folded_query = " ".join(query_words)
    if folded_query and folded_query in folded_title:
        # The more of the title the phrase covers, the better: an exact title wins.
        return 0.9 + 0.1 * len(folded_query) / len(folded_title)
    title_words = tokens(task.title)
    present = sum(word in title_words for word in query_words)
    overlap = present / len(query_words) if query_words else 0.0
    if overlap >= 0.75:
        return 0.85 * overlap
    # A close spelling of the query still shares most of its words exactly; only
    # then is the costly character comparison worth running.
    if overlap < 0.5:
        return 0.0
    return 0.9 * window_similarity(query_words, title_words, floor=0.85)


