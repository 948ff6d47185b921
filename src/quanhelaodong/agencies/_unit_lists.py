"""Collectives named by a list of administrative units: "UBND các huyện, thành phố".

Documents name the People's Committees or labour federations of every district (or
every commune) of a province by listing the kinds of unit the province has: "UBND
các huyện, thị xã, thành phố", "UBND các huyện, thành phố", "Ủy ban nhân dân các
quận, huyện", "UBND huyện, thị, thành phố", even with the few units of a kind named
("UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa"). Which kinds a province
has differs, so the list differs; the body meant does not. A list whose units all
sit at one level is read as that level's collective.
"""

from __future__ import annotations

import re

from quanhelaodong.text import fold, match_key

__all__ = ["unit_list_key"]

_HEADS = (("uy ban nhan dan", "uy ban nhan dan"), ("ubnd", "ubnd"),
          ("lien doan lao dong", "lien doan lao dong"), ("ldld", "ldld"))
_UNITS = {"huyen": "cap huyen", "quan": "cap huyen", "thi xa": "cap huyen",
          "thanh pho": "cap huyen", "tp": "cap huyen", "thi": "cap huyen", "thanh": "cap huyen",
          "xa": "cap xa", "phuong": "cap xa", "thi tran": "cap xa", "dac khu": "cap xa"}
# "trong tỉnh", "trên địa bàn tỉnh", "thuộc tỉnh": where the units are, said of every list.
_WHERE = re.compile(r"\s+(?:trong|tren dia ban|thuoc)(?:\s+(?:tinh|thanh pho))?$")
_JOINS = re.compile(r"\s*(?:,|/|\bva\b)\s*")


def _unit_of(words: list[str]) -> tuple[str, int] | None:
    """The unit word(s) opening ``words`` (folded) and how many words they take."""
    for size in (2, 1):
        unit = " ".join(words[:size]).rstrip(".")
        if len(words) >= size and unit in _UNITS:
            return unit, size
    return None


def unit_list_key(name: str) -> str | None:
    """The lookup key of the collective a unit list names ("<head> cấp huyện"), or None.

    >>> unit_list_key("UBND các huyện, thành phố") == match_key("UBND cấp huyện")
    True
    >>> unit_list_key("Ủy ban nhân dân các xã, phường, thị trấn") == match_key("Ủy ban nhân dân cấp xã")
    True
    >>> unit_list_key("UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa") is not None
    True
    >>> unit_list_key("UBND các huyện, xã") is None  # two levels: no one collective
    True
    >>> unit_list_key("Ủy ban nhân dân quận – huyện") == match_key("Ủy ban nhân dân cấp huyện")
    True
    >>> unit_list_key("các huyện, thị xã, thành phố") == match_key("UBND cấp huyện")
    True
    >>> unit_list_key("UBND huyện") is None  # the district's own committee
    True
    >>> unit_list_key("UBND huyện Kim Sơn, huyện Yên Khánh") is None  # two named committees
    True
    """
    # "UBND quận – huyện": a dash between units joins them like a comma.
    written = " ".join(re.sub(r"\s*[-–]\s*", ", ", name).split())
    folded = fold(written)
    head = next((kept for opening, kept in _HEADS if folded.startswith(opening + " ")), None)
    if head is None and not folded.startswith("cac "):
        return None
    # "các huyện, thành phố" with no head: the units as bodies are their People's Committees.
    rest_at = len(head) + 1 if head else 0
    head = head or "ubnd"
    every = folded[rest_at:].startswith("cac ")
    if every:
        rest_at += len("cac ")
    where = _WHERE.search(folded, rest_at)
    end = where.start() if where else len(folded)
    levels: set[str] = set()
    pieces = 0
    position = rest_at
    for join in [*_JOINS.finditer(folded, rest_at, end), None]:
        piece_end = join.start() if join else end
        words_folded = folded[position:piece_end].split()
        words_written = written[position:piece_end].split()
        unit = _unit_of(words_folded)
        if unit is None or len(words_folded) != len(words_written):
            return None
        named = words_written[unit[1]:]
        # A unit may carry its name only in a list of every unit ("các huyện, thị xã Long
        # Khánh"); the name is a proper name, in capitals.
        if named and not (every and pieces and all(word[:1].isupper() for word in named)):
            return None
        levels.add(_UNITS[unit[0]])
        pieces += 1
        position = join.end() if join else end
    if len(levels) != 1 or not (every or pieces >= 2):
        return None
    return match_key(f"{head} {levels.pop()}")
