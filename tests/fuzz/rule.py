"""The one rule every fuzz test checks, and the texts the fuzz tests draw from.

An input may be refused only with one of the library's own errors, whose message
names what was wrong (some part of the input, or the field it went to). Any other
exception escapes the helper and fails the test.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

from hypothesis import strategies as st

from quanhelaodong.errors import QuanHeLaoDongError
from tests.strategies import ALPHABET

ROOT = Path(__file__).parent.parent.parent
_Result = TypeVar("_Result")

# Characters whose folded or normalised form has another length, controls, marks alone,
# surrogates and the separators real texts mix.
AWKWARD = ("ǅİßẞﬁŉ\u0301\u0309\u031b\u1100\u1161\u11a8\x00\x07\x1b\u200b\u2028\ufeff\ud800"
           "–—−\u00a0\t\r\n/:.,;()%")


def refused_or_done(call: Callable[[], _Result], *named: str) -> _Result | None:
    """``call()``, or None if it raised one of the library's errors naming one of ``named``."""
    try:
        return call()
    except QuanHeLaoDongError as error:
        refused: QuanHeLaoDongError = error
    message = str(refused)
    assert message.strip(), f"{type(refused).__name__} with an empty message"
    if named:
        assert any(part in message for part in named), (message[:500], named)
    return None


@cache
def corpus_lines() -> tuple[str, ...]:
    """Every distinct line of the real-document corpus and of the seed texts."""
    lines: set[str] = set()
    for path in sorted((ROOT / "tests" / "corpus" / "documents").glob("*.json")):
        lines.update(json.loads(path.read_text(encoding="utf-8"))["text"].splitlines())
    for path in sorted((ROOT / "tests" / "data").glob("*.txt")):
        lines.update(path.read_text(encoding="utf-8").splitlines())
    return tuple(sorted(line for line in lines if line.strip()))


@cache
def bundled_json() -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8") for path in
                 sorted((ROOT / "src" / "quanhelaodong" / "io" / "data" / "programmes").glob("*.json")))


def words(max_size: int = 60) -> st.SearchStrategy[str]:
    """Short texts: Vietnamese letters, digits and punctuation, with awkward characters."""
    return st.text(ALPHABET + AWKWARD, max_size=max_size)


def texts(max_lines: int = 30) -> st.SearchStrategy[str]:
    """Plan-like texts: real lines of the corpus, edited and mixed with random ones."""
    line = st.one_of(st.sampled_from(corpus_lines()), words(),
                     st.tuples(st.sampled_from(corpus_lines()), words(10), st.integers(0, 200))
                     .map(lambda parts: parts[0][:parts[2]] + parts[1] + parts[0][parts[2]:]))
    return st.lists(line, max_size=max_lines).map("\n".join)
