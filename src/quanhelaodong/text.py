"""Vietnamese text normalisation: the one place where text is made comparable.

Text enters the library in NFC. Comparisons that should ignore case, diacritics,
dash variants and spacing go through :func:`fold` or :func:`match_key`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

__all__ = ["MappedText", "close_words", "fold", "fold_mapped", "match_key", "nfc", "nfc_mapped",
           "slugify", "tokens"]

# Real texts mix the hyphen with en and em dashes, minus signs and non-breaking hyphens.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _folding_table() -> dict[int, str | None]:
    """One translation table that strips diacritics, so folding runs at C speed.

    Precomposed Latin letters (Vietnamese uses U+00C0–U+024F and U+1E00–U+1EFF)
    map to their base letter; combining marks, as in decomposed input, are deleted.
    """
    table: dict[int, str | None] = {}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char:
            table[code] = base
    for code in range(0x0300, 0x0370):
        table[code] = None
    table.update({ord("đ"): "d", ord("Đ"): "D"})
    table.update(dict.fromkeys(map(ord, _DASHES), "-"))
    return table


_FOLD = _folding_table()


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC with runs of whitespace made one space.

    >>> nfc("Ho\\u0300a  gia\\u0309i") == "Hòa giải"
    True
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics, so that spelling variants compare equal.

    ``đ`` becomes ``d``; dashes become ``-``; whitespace is collapsed.

    >>> fold("Liên đoàn Lao động – tỉnh")
    'lien doan lao dong - tinh'
    >>> fold("LĐLD tỉnh") == fold("LĐLĐ Tỉnh")
    True
    """
    return _SPACES.sub(" ", text.translate(_FOLD).lower()).strip()


class MappedText(NamedTuple):
    """A text made from another (folded, normalised), with where each character came from.

    ``origins[i]`` is the index in the original text of the character that gave
    character ``i``; ``origins[len(text)]`` is the index just past the last
    character used (trailing whitespace is not folded).

    >>> folded = fold_mapped("x\u0301  Quý")
    >>> folded.text, folded.origin(2)
    ('x quy', 4)
    """

    text: str
    origins: tuple[int, ...]

    def origin(self, position: int) -> int:
        """The index in the original text of folded ``position`` (0 to ``len(text)``)."""
        return self.origins[max(0, min(position, len(self.text)))]


def _clusters(text: str) -> list[tuple[int, int, str]]:
    """``text`` in NFC as (start, end, NFC of ``text[start:end]``) for pieces NFC never joins.

    A piece is a character and the combining marks after it; two pieces that NFC
    composes together (Hangul syllables, a few Indic vowels) are merged.
    """
    pieces: list[tuple[int, int, str]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index < len(text) and unicodedata.combining(text[index]):
            continue
        piece = unicodedata.normalize("NFC", text[start:index])
        if pieces:
            before, _, previous = pieces[-1]
            joined = unicodedata.normalize("NFC", previous + piece)
            if joined != previous + piece:
                pieces[-1] = (before, index, joined)
                start = index
                continue
        pieces.append((start, index, piece))
        start = index
    return pieces


def fold_mapped(text: str) -> MappedText:
    """``fold(nfc(text))``, keeping for each folded character its index in ``text``.

    Folding changes lengths (an accent typed as its own mark disappears; NFC joins
    decomposed letters; runs of spaces become one), so a position found in folded
    text is mapped back through ``origins`` to point at the text exactly as given.

    >>> folded = fold_mapped("Tru\u031bo\u031b\u0301c  ngày 30/02")
    >>> folded.text
    'truoc ngay 30/02'
    >>> folded.origin(folded.text.index("30"))
    15
    """
    origins: list[int] = []
    end = 0
    space: int | None = None
    for start, stop, piece in _clusters(text):
        for char in piece:
            if char.isspace():
                if origins and space is None:
                    space = start
                continue
            folded = char.translate(_FOLD).lower()
            if not folded:
                continue
            if space is not None:
                origins.append(space)
                space = None
            # Per character, as fold does it (only a Greek sigma's case depends on context,
            # and not its length).
            origins.extend([start] * len(folded))
            end = stop
    whole = fold(nfc(text))
    if len(origins) != len(whole):  # cannot happen with fold's table; never point wrongly
        return MappedText(whole, (0,) * (len(whole) + 1))
    return MappedText(whole, (*origins, end))


def nfc_mapped(text: str) -> MappedText:
    """``text`` in Unicode NFC (whitespace kept as it is), with each character's index in ``text``.

    A reader that normalises a whole document first maps its positions back through
    ``origins``, so they point into the document as given, decomposed or not.

    >>> mapped = nfc_mapped("Ho\u0300a gia\u0309i: Quý V")
    >>> mapped.text == "Hòa giải: Quý V", mapped.origin(mapped.text.index("Quý"))
    (True, 12)
    """
    pieces = _clusters(text)
    normalised = "".join(piece for _, _, piece in pieces)
    origins = [start for start, _, piece in pieces for _ in piece]
    if normalised != unicodedata.normalize("NFC", text):  # not for any text we know of
        whole = unicodedata.normalize("NFC", text)
        return MappedText(whole, (0,) * (len(whole) + 1))
    return MappedText(normalised, (*origins, len(text)))


@functools.lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """Reduce ``text`` to letters and digits only, for lookups that ignore punctuation.

    >>> match_key("Sở LĐ-TB&XH") == match_key("Sở LĐTBXH")
    True
    """
    return _NOT_ALNUM.sub("", text.translate(_FOLD).lower())


def tokens(text: str) -> list[str]:
    """Split folded ``text`` into alphanumeric words.

    >>> tokens("Hội thi tìm hiểu pháp luật")
    ['hoi', 'thi', 'tim', 'hieu', 'phap', 'luat']
    """
    return [word for word in _NOT_ALNUM.split(fold(text)) if word]


def slugify(text: str) -> str:
    """Make an ASCII slug: folded words joined by hyphens.

    >>> slugify("Thừa Thiên Huế")
    'thua-thien-hue'
    """
    return "-".join(tokens(text))


def close_words(wanted: str, candidates: Iterable[str], *, limit: int = 3, cutoff: float = 60.0,
                ) -> list[str]:
    """The ``candidates`` spelt most like ``wanted``, best first, for "did you mean" hints.

    Similarity is ``rapidfuzz``'s normalised Indel ratio (0-100, the measure of
    :func:`difflib.SequenceMatcher.ratio` computed exactly and in C); ``cutoff``
    drops the candidates below it. Equal scores keep the candidates' order.

    >>> close_words("PL.1.4", ["PL.I.1", "PL.I.4", "II.2"])
    ['PL.I.4', 'PL.I.1']
    """
    # Imported on first use: most programs never need a hint.
    from rapidfuzz import fuzz, process

    found = process.extract(wanted, list(candidates), scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    return [choice for choice, _, _ in found]
