"""Short agency names that fit a picture: the plan's own abbreviations, without the province.

A picture of a provincial plan names thirty bodies of one province; repeating
"tỉnh Thừa Thiên Huế" thirty times hides what tells them apart. The shortest of
an agency's own names is used, provided its initials follow the official
name's (so a former name such as "BQLCKCN" for a renamed board is not chosen),
then a few abbreviations every Vietnamese office writes.
"""

from __future__ import annotations

import re
from functools import cache

from quanhelaodong.agencies import Agency, AgencyCatalogue, Area, default_catalogue
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.programmes import CoordinationProgramme
from quanhelaodong.text import fold

__all__ = ["programme_label", "short_name"]

#: Abbreviations of administrative Vietnamese, longest phrase first so that parts do not clash.
_ABBREVIATIONS = (
    ("Lao động - Thương binh và Xã hội", "LĐTBXH"),
    ("người sử dụng lao động", "NSDLĐ"),
    ("quản lý nhà nước", "QLNN"),
    ("Ủy ban nhân dân", "UBND"),
    ("Liên đoàn Lao động", "LĐLĐ"),
    ("Bảo hiểm xã hội", "BHXH"),
    ("Hợp tác xã", "HTX"),
    ("công đoàn cấp trên", "CĐ cấp trên"),
    ("thành phố", "TP"),
)
_UNITS = ("tỉnh", "thành phố", "TP.", "TP")
_LINKS = ("trên địa bàn", "thuộc", "trong", "của", "tại")
_WORD = re.compile(r"\w+")


def short_name(agency: Agency, *, catalogue: AgencyCatalogue | None = None, limit: int = 32) -> str:
    """A label of at most ``limit`` characters for ``agency``, without its province's name.

    ``catalogue`` (default: the bundled one) gives the names of the agency's area.

    >>> from quanhelaodong.agencies import resolve_agency
    >>> [short_name(resolve_agency(name, area="Thừa Thiên Huế"))
    ...  for name in ("UBND tỉnh", "Sở LĐ-TB&XH", "Ban QL KKT, CN tỉnh", "LĐLĐ tỉnh")]
    ['UBND tỉnh', 'Sở LĐTBXH', 'BQL KKT, CN', 'LĐLĐ tỉnh']
    """
    if not isinstance(agency, Agency):
        raise InvalidValueError(f"expected an Agency, got {type(agency).__name__} {agency!r}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 8:
        raise InvalidValueError(f"limit must be a whole number of at least 8 characters, got {limit!r}")
    area = _area(catalogue or default_catalogue(), agency.area)
    official = _without_area(agency.name, area)
    initials = _initials(official)
    candidates = [official]
    for other in agency.other_names:
        name = _without_area(other, area)
        # A bare acronym ("UBND", "BHXH") says less than the plan's "UBND tỉnh".
        if len(_WORD.findall(_abbreviated(name))) > 1 and _follows(_initials(name), initials):
            candidates.append(name)
    shortest = min((_abbreviated(name) for name in candidates), key=len)
    label = shortest[:1].upper() + shortest[1:]
    return label if len(label) <= limit else label[:limit - 1].rstrip(" ,-") + "…"


def _area(catalogue: AgencyCatalogue, area_id: str | None) -> Area | None:
    if area_id is None:
        return None
    return _areas(catalogue).get(area_id)


@cache
def _areas(catalogue: AgencyCatalogue) -> dict[str, Area]:
    return {area.id: area for area in catalogue.areas}


def _without_area(name: str, area: Area | None) -> str:
    """``name`` without a trailing "(thuộc) tỉnh Thừa Thiên Huế"; the unit stays when nothing else would."""
    if area is None:
        return name
    names = "|".join(re.escape(known) for known in sorted((area.name, *area.other_names), key=len,
                                                          reverse=True))
    units = "|".join(re.escape(unit) for unit in _UNITS)
    links = "|".join(re.escape(link) for link in _LINKS)
    tail = re.compile(rf"\s*\(?\s*(?:(?:{links})\s+)?(?:(?P<unit>{units})\s+)?(?:{names})\s*\)?$")
    found = tail.search(name)
    if found is None or found.start() == 0:
        return name
    head = name[:found.start()].rstrip(" ,")
    unit = found.group("unit")
    if unit and len(_WORD.findall(_abbreviated(head))) <= 1:
        head = f"{head} {unit}"
    return head


def _initials(name: str) -> str:
    """Folded first letters of the words; every letter of an acronym ("LĐTBXH", "KCN")."""
    letters = []
    for word in _WORD.findall(name):
        letters.append(word if len(word) > 1 and word.isupper() else word[0])
    return fold("".join(letters))


def _follows(short: str, full: str) -> bool:
    """Whether the letters of ``short`` appear in ``full`` in the same order."""
    remaining = iter(full)
    return all(letter in remaining for letter in short)


def _abbreviated(name: str) -> str:
    for phrase, abbreviation in _ABBREVIATIONS:
        name = re.sub(re.escape(phrase), abbreviation, name, flags=re.IGNORECASE)
    return name


def programme_label(programme: CoordinationProgramme) -> str:
    """How a title names a programme: its kind and number ("Kế hoạch 180/KH-UBND"), else its id."""
    named = str(programme.document) if programme.document is not None else programme.id
    kind = programme.kind.vietnamese
    return f"{kind[:1].upper()}{kind[1:]} {named}"
