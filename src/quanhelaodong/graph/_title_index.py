"""An index of task titles: folded words to the tasks whose titles hold them.

Built once per graph, on the first search, so that a query costs what its
answer costs instead of folding every title again. It ranks exactly as scoring
every task with :func:`~quanhelaodong.graph._ranking.title_score` would: it
only decides which tasks can score at all, and scores those.

The sets of tasks are Python integers used as bit sets (bit ``i`` is the task
at position ``i`` in document order): union, intersection and "at least k of
these n words" are then a few machine-speed operations over the whole country.

A query word found in no title, not even inside a word, is replaced by the
closest word of the titles' vocabulary (``rapidfuzz``), so a typo still finds
its task; the vocabulary is a few thousand words, where titles are a hundred
thousand.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence

from quanhelaodong.graph._ranking import (
    PHRASE_FLOOR,
    SHARED_WORDS_FLOOR,
    FoldedQuery,
    FoldedTask,
    phrase_score,
    title_score,
)
from quanhelaodong.text import fold, tokens

__all__ = ["TitleIndex", "correct_words"]

#: How alike (rapidfuzz ratio, 0-100) a title word must be to stand for a misspelt query word.
TYPO_CUTOFF = 80
#: Shorter query words are taken as written: too many title words are one edit away.
TYPO_MIN_LENGTH = 3
_CACHE_LIMIT = 4096


def _bits(positions: Iterator[int] | Sequence[int], size: int) -> int:
    """A bit set with the given positions, built through bytes (linear, not quadratic)."""
    buffer = bytearray((size >> 3) + 1)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


def _positions(bits: int) -> list[int]:
    """The positions set in a bit set, ascending."""
    found = []
    digits = format(bits, "b")[::-1]
    at = digits.find("1")
    while at >= 0:
        found.append(at)
        at = digits.find("1", at + 1)
    return found


def _at_least(sets: Sequence[int], needed: int, everything: int) -> int:
    """The members of at least ``needed`` of ``sets`` (a set given twice counts twice)."""
    if needed <= 0:
        return everything
    if needed > len(sets):
        return 0
    # reached[j]: members of at least j of the sets seen so far.
    reached = [everything] + [0] * needed
    for members in sets:
        for count in range(needed, 0, -1):
            reached[count] |= reached[count - 1] & members
    return reached[needed]


def correct_words(words: Sequence[str], vocabulary: Sequence[str], known: Callable[[str], bool],
                  ) -> tuple[str, ...]:
    """``words`` with each word no title holds, even inside a word, replaced by its closest one.

    ``known(word)`` tells whether some title word contains ``word``; ``vocabulary`` is
    sorted, so that ties go to the same word every time.
    """
    # Imported on first use, like every hint: a program that never searches never pays for it.
    from rapidfuzz import fuzz, process

    corrected = []
    for word in words:
        if len(word) >= TYPO_MIN_LENGTH and not known(word):
            best = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            if best is not None:
                word = best[0]
        corrected.append(word)
    return tuple(corrected)


class TitleIndex:
    """Folded words of every task title, and the tasks each word occurs in."""

    def __init__(self, folded: Sequence[FoldedTask], searchable: Sequence[bool]):
        self._tasks = tuple(folded)
        size = len(self._tasks)
        self._everything = (1 << size) - 1
        self._searchable = _bits((i for i, keep in enumerate(searchable) if keep), size)
        self._by_key: dict[str, list[int]] = {}
        by_word: dict[str, list[int]] = {}
        for position, task in enumerate(self._tasks):
            for key in task.keys:
                self._by_key.setdefault(key, []).append(position)
            for word in task.word_set:
                by_word.setdefault(word, []).append(position)
        # A frequent word's tasks are kept as a bit set, ready for set algebra; a rare
        # word's as positions, turned into bits when a query asks (a bit set costs one
        # bit per task, which a vocabulary of rare words would multiply).
        dense = max(64, size >> 8)
        self._by_word: dict[str, int | list[int]] = {
            word: _bits(found, size) if len(found) >= dense else found for word, found in by_word.items()}
        self._size = size
        self.vocabulary: tuple[str, ...] = tuple(sorted(by_word))
        self._containing: dict[str, int] = {}

    def _word(self, word: str) -> int:
        """The tasks whose titles hold ``word``, as a bit set."""
        found = self._by_word.get(word, 0)
        return found if isinstance(found, int) else _bits(found, self._size)

    def _holding(self, fragment: str) -> int:
        """Tasks with a title word that contains ``fragment`` (cached: words repeat)."""
        found = self._containing.get(fragment)
        if found is None:
            found = 0
            for word in self.vocabulary:
                if fragment in word:
                    found |= self._word(word)
            if len(self._containing) >= _CACHE_LIMIT:
                self._containing.clear()
            self._containing[fragment] = found
        return found

    def fold_query(self, query: str) -> FoldedQuery:
        """The query folded, its misspelt words replaced by the titles' closest ones."""
        words = correct_words(tokens(query), self.vocabulary, lambda word: self._holding(word) != 0)
        return FoldedQuery(fold(query), words)

    def ranked(self, query: FoldedQuery, *, limit: int | None,
               include_headings: bool) -> list[tuple[float, int]]:
        """(score, position) of the matching tasks, best first, ties in document order."""
        if limit == 0:
            return []
        allowed = self._everything if include_headings else self._searchable
        scored: dict[int, float] = {}
        # Exact ids and labels, then titles holding every query word (perhaps inside a
        # longer word at the phrase's ends): every score above PHRASE_FLOOR is among them.
        phrase_holders = self._everything if query.words else 0
        for word in dict.fromkeys(query.words):
            phrase_holders &= self._holding(word)
        candidates = (_bits(self._by_key.get(query.whole, ()), self._size) | phrase_holders) & allowed
        for position in _positions(candidates):
            found = phrase_score(query, self._tasks[position])
            if found:
                scored[position] = found
        bar = self._bar(scored, limit)
        if query.words and bar <= PHRASE_FLOOR:
            # Any other match holds at least three in four of the query's words.
            needed = math.ceil(SHARED_WORDS_FLOOR * len(query.words))
            sharing = _at_least([self._word(word) for word in query.words], needed, self._everything)
            for position in _positions(sharing & allowed):
                if position not in scored:
                    found = title_score(query, self._tasks[position])
                    if found > 0:
                        scored[position] = found
        ranked = sorted(((-found, position) for position, found in scored.items()))
        if limit is not None:
            ranked = ranked[:limit]
        return [(-negative, position) for negative, position in ranked]

    def closest(self, query: FoldedQuery, *, limit: int) -> list[int]:
        """Positions of the tasks whose titles come closest to ``query``, one per distinct title.

        The titles sharing the most query words are the candidates (all titles when none
        shares one); ``rapidfuzz``'s weighted ratio orders them.
        """
        from rapidfuzz import fuzz, process

        sets = [self._word(word) for word in query.words]
        candidates = self._searchable
        for needed in range(len(sets), 0, -1):
            sharing = _at_least(sets, needed, self._everything) & self._searchable
            if sharing:
                candidates = sharing
                break
        first_of_title: dict[str, int] = {}
        for position in _positions(candidates):
            first_of_title.setdefault(self._tasks[position].title, position)
        titles = list(first_of_title)
        found = process.extract(query.phrase, titles, scorer=fuzz.WRatio, limit=limit)
        return [first_of_title[title] for title, _, _ in found]

    @staticmethod
    def _bar(scored: dict[int, float], limit: int | None) -> float:
        """The score the ``limit``-th best match has so far (0.0 while there are fewer)."""
        if limit is None or len(scored) < limit:
            return 0.0
        return sorted(scored.values(), reverse=True)[limit - 1]
