"""Vietnamese text normalisation: the one place where text is made comparable.

Text enters the library in NFC. Comparisons that should ignore case, diacritics,
dash variants and spacing go through :func:`fold` or :func:`match_key`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "match_key", "nfc", "slugify", "tokens"]

# Real texts mix the hyphen with en and em dashes, minus signs and non-breaking hyphens.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


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
    decomposed = unicodedata.normalize("NFD", text.translate(_DASHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", stripped.lower()).strip()


def match_key(text: str) -> str:
    """Reduce ``text`` to letters and digits only, for lookups that ignore punctuation.

    >>> match_key("Sở LĐ-TB&XH") == match_key("Sở LĐTBXH")
    True
    """
    return _NOT_ALNUM.sub("", fold(text))


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
