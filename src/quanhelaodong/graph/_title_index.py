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
    SHARED_WORDS_WEIGHT,
    FoldedQuery,
    FoldedTask,
    phrase_score,
)
from quanhelaodong.text import fold, tokens

__all__ = ["TitleIndex", "correct_words"]

#: How alike (rapidfuzz ratio, 0-100) a title word must be to stand for a misspelt query word.
TYPO_CUTOFF = 80
#: Shorter query words are taken as written: too many title words are one edit away.
TYPO_MIN_LENGTH = 3
_CACHE_LIMIT = 4096
#: How much of a query and of the titles a "did you mean" hint weighs.
_HINT_WORDS, _HINT_CHARACTERS, _HINT_TITLES = 32, 200, 20_000


def _bits(positions: Iterator[int] | Sequence[int], size: int) -> int:
    """A bit set with the given positions, built through bytes (linear, not quadratic)."""
    buffer = bytearray((size >> 3) + 1)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


def _positions(bits: int, most: int | None = None) -> list[int]:
    """The positions set in a bit set, ascending; only the first ``most`` if given."""
    found: list[int] = []
    if most is not None:
        while bits and len(found) < most:
            lowest = bits & -bits
            found.append(lowest.bit_length() - 1)
            bits ^= lowest
        return found
    digits = format(bits, "b")[::-1]
    at = digits.find("1")
    while at >= 0:
        found.append(at)
        at = digits.find("1", at + 1)
    return found


def _levels(weighted: Sequence[tuple[int, int]], top: int, everything: int) -> list[int]:
    """``levels[j]``: the members of sets whose weights add up to at least ``j``, for j <= top.

    ``weighted`` holds (set, weight) pairs: a query word and how often the query says it.
    """
    levels = [everything] + [0] * top
    for members, weight in weighted:
        if not members:
            continue
        # From the top down, so that each level is raised from the levels as they were.
        for count in range(top, 0, -1):
            levels[count] |= levels[max(0, count - weight)] & members
    return levels


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
        by_title: dict[str, list[int]] = {}
        for position, task in enumerate(self._tasks):
            for key in task.keys:
                self._by_key.setdefault(key, []).append(position)
            by_title.setdefault(task.title, []).append(position)
        # Word by word per distinct title: a title repeated across plans is split once.
        by_word: dict[str, list[int]] = {}
        for positions in by_title.values():
            for word in self._tasks[positions[0]].word_set:
                by_word.setdefault(word, []).extend(positions)
        # A frequent word's tasks are kept as a bit set, ready for set algebra; a rare
        # word's as positions, turned into bits when a query asks (a bit set costs one
        # bit per task, which a vocabulary of rare words would multiply).
        dense = max(64, size >> 8)
        self._by_word: dict[str, int | list[int]] = {
            word: _bits(found, size) if len(found) >= dense else found for word, found in by_word.items()}
        self._size = size
        self._most_words = max((len(task.word_set) for task in self._tasks), default=0)
        self._longest_title = max((len(task.title) for task in self._tasks), default=0)
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
        # (A phrase longer than every title is in none of them.)
        phrase_holders = self._everything if query.words and len(query.phrase) <= self._longest_title else 0
        for word in dict.fromkeys(query.words) if phrase_holders else ():
            phrase_holders &= self._holding(word)
        candidates = (_bits(self._by_key.get(query.whole, ()), self._size) | phrase_holders) & allowed
        for position in _positions(candidates):
            found = phrase_score(query, self._tasks[position])
            if found:
                scored[position] = found
        bar = self._bar(scored, limit)
        if query.words and bar <= PHRASE_FLOOR:
            self._add_shared_words(query, scored, allowed, limit)
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

        # A hint needs the query's gist, not all of it: its first words and characters.
        words = list(dict.fromkeys(query.words))[:_HINT_WORDS]
        levels = _levels([(self._word(word), 1) for word in words], len(words), self._everything)
        first_of_title: dict[str, int] = {}
        for level in reversed(levels[1:]):
            for position in _positions(level & self._searchable):
                first_of_title.setdefault(self._tasks[position].title, position)
            if len(first_of_title) >= limit:
                break
        if not first_of_title:
            for position in _positions(self._searchable):
                first_of_title.setdefault(self._tasks[position].title, position)
        titles = list(first_of_title)[:_HINT_TITLES]
        found = process.extract(query.phrase[:_HINT_CHARACTERS], titles, scorer=fuzz.WRatio, limit=limit)
        return [first_of_title[title] for title, _, _ in found]

    def _add_shared_words(self, query: FoldedQuery, scored: dict[int, float], allowed: int,
                          limit: int | None) -> None:
        """Add the titles holding at least three in four of the query's words, tier by tier.

        A tier is the titles holding words the query says a given number of times in
        all; every title of a tier scores the same, below any phrase, so the tiers are
        taken from the top until ``limit`` is reached, each in document order.
        """
        needed = math.ceil(SHARED_WORDS_FLOOR * len(query.words))
        weighted = [(self._word(word), count) for word, count in query.counts]
        present = sorted((count for members, count in weighted if members), reverse=True)
        top = sum(present[:self._most_words])
        if top < needed:
            return
        levels = [*_levels(weighted, top, self._everything), 0]
        wanted = None if limit is None else limit - len(scored)
        taken = _bits(list(scored), self._size)
        for held in range(top, needed - 1, -1):
            tier = levels[held] & ~levels[held + 1] & allowed & ~taken
            score = SHARED_WORDS_WEIGHT * (held / len(query.words))
            for position in _positions(tier, wanted):
                scored[position] = score
                if wanted is not None:
                    wanted -= 1
            if wanted is not None and wanted <= 0:
                return

    @staticmethod
    def _bar(scored: dict[int, float], limit: int | None) -> float:
        """The score the ``limit``-th best match has so far (0.0 while there are fewer)."""
        if limit is None or len(scored) < limit:
            return 0.0
        return sorted(scored.values(), reverse=True)[limit - 1]
