"""Bodies a catalogue does not know, kept as provisional agencies instead of being dropped.

A plan names a commune's office, a provincial police, a power company or a
sectoral union that no catalogue lists. Such a name becomes a provisional
:class:`Agency`: its name as written, an id made from it, and a side, level and
classification read from its head noun where the noun says ("Công ty ..." is an
enterprise, "Công an ..." the police, "Văn phòng ..." an office of the state,
"Công đoàn ..." a union). What the head noun does not say is left unknown, never
guessed. A user can later map it to a known body
(:func:`quanhelaodong.programmes.replace_agency`).
"""

from __future__ import annotations

import re

from quanhelaodong.agencies._agency import Agency, Classification, Level, Side
from quanhelaodong.text import fold, nfc, slugify, tokens

__all__ = ["head_noun_kind", "head_noun_words", "provisional_agency"]

#: Folded head nouns, longest first, with what they make of a body. Sources: the
#: names bodies bear under the Law on Local Government Organisation (2015, 2025),
#: the Trade Union Law 2024 and the Enterprise Law 2020.
_HEADS: tuple[tuple[str, Classification, Side], ...] = (
    ("tong lien doan lao dong", Classification.GENERAL_CONFEDERATION, Side.WORKERS),
    ("lien doan lao dong", Classification.LABOUR_FEDERATION, Side.WORKERS),
    ("ldld", Classification.LABOUR_FEDERATION, Side.WORKERS),
    ("cong doan co so", Classification.GRASSROOTS_UNION, Side.WORKERS),
    ("cdcs", Classification.GRASSROOTS_UNION, Side.WORKERS),
    ("cap cong doan", Classification.TRADE_UNIONS, Side.WORKERS),
    ("cap cd", Classification.TRADE_UNIONS, Side.WORKERS),
    ("cong doan", Classification.UPPER_LEVEL_UNION, Side.WORKERS),
    ("cd", Classification.UPPER_LEVEL_UNION, Side.WORKERS),
    ("nghiep doan", Classification.UPPER_LEVEL_UNION, Side.WORKERS),
    ("uy ban nhan dan", Classification.PEOPLES_COMMITTEE, Side.STATE),
    ("ubnd", Classification.PEOPLES_COMMITTEE, Side.STATE),
    ("hoi dong nhan dan", Classification.PEOPLES_COUNCIL, Side.STATE),
    ("hdnd", Classification.PEOPLES_COUNCIL, Side.STATE),
    ("bao hiem xa hoi", Classification.SOCIAL_INSURANCE, Side.STATE),
    ("bhxh", Classification.SOCIAL_INSURANCE, Side.STATE),
    ("cong an", Classification.POLICE, Side.STATE),
    ("hiep hoi", Classification.BUSINESS_ASSOCIATION, Side.EMPLOYERS),
    ("lien minh hop tac xa", Classification.COOPERATIVE_ALLIANCE, Side.EMPLOYERS),
    ("phong thuong mai va cong nghiep", Classification.CHAMBER_OF_COMMERCE, Side.EMPLOYERS),
    ("tong cong ty", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("cong ty", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("tap doan", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("doanh nghiep", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("dn", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("nha may", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("dien luc", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("ngan hang chinh sach xa hoi", Classification.OTHER, Side.STATE),
    ("ban quan ly", Classification.ZONE_AUTHORITY, Side.STATE),
    ("bo", Classification.MINISTRY, Side.STATE),
    ("so", Classification.DEPARTMENT, Side.STATE),
    ("phong", Classification.DEPARTMENT, Side.STATE),
    ("cuc", Classification.DEPARTMENT, Side.STATE),
    ("chi cuc", Classification.DEPARTMENT, Side.STATE),
    ("thanh tra", Classification.DEPARTMENT, Side.STATE),
    ("van phong", Classification.OFFICE, Side.STATE),
    ("trung tam", Classification.OTHER, Side.STATE),
    ("dai phat thanh", Classification.MEDIA, Side.STATE),
    ("bao", Classification.MEDIA, Side.STATE),
    ("toa an", Classification.OTHER, Side.STATE),
    ("vien kiem sat", Classification.OTHER, Side.STATE),
    ("mat tran to quoc", Classification.MASS_ORGANISATIONS, Side.MIXED),
    ("to chuc chinh tri", Classification.MASS_ORGANISATIONS, Side.MIXED),
    ("doan the", Classification.MASS_ORGANISATIONS, Side.MIXED),
    ("uy ban mat tran", Classification.MASS_ORGANISATIONS, Side.MIXED),
    ("doan thanh nien", Classification.MASS_ORGANISATIONS, Side.MIXED),
    ("hoi", Classification.MASS_ORGANISATIONS, Side.MIXED),
    ("nguoi su dung lao dong", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("chu doanh nghiep", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("nguoi su dung ld", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("co quan", Classification.MIXED_BODIES, Side.UNKNOWN),
    ("don vi", Classification.MIXED_BODIES, Side.UNKNOWN),
    ("nganh", Classification.MIXED_BODIES, Side.UNKNOWN),
    ("dia phuong", Classification.PEOPLES_COMMITTEE, Side.STATE),
    ("chinh quyen", Classification.PEOPLES_COMMITTEE, Side.STATE),
    ("cap uy", Classification.OTHER, Side.UNKNOWN),
    # Party bodies (Điều lệ Đảng): they lead mass mobilisation in the plans of provinces.
    ("to chuc dang", Classification.OTHER, Side.UNKNOWN),
    ("dang uy", Classification.OTHER, Side.UNKNOWN),
    ("dang doan", Classification.OTHER, Side.UNKNOWN),
    ("tinh uy", Classification.OTHER, Side.UNKNOWN),
    ("thanh uy", Classification.OTHER, Side.UNKNOWN),
    ("huyen uy", Classification.OTHER, Side.UNKNOWN),
    ("ban dan van", Classification.OTHER, Side.UNKNOWN),
    ("ban tuyen giao", Classification.OTHER, Side.UNKNOWN),
    ("ban thuong vu", Classification.OTHER, Side.UNKNOWN),
    # A union's executive committee (Trade Union Law 2024, Điều 9): the union acting.
    ("ban chap hanh cong doan co so", Classification.GRASSROOTS_UNION, Side.WORKERS),
    ("bch cong doan co so", Classification.GRASSROOTS_UNION, Side.WORKERS),
    ("ban chap hanh cong doan", Classification.UPPER_LEVEL_UNION, Side.WORKERS),
    ("bch cong doan", Classification.UPPER_LEVEL_UNION, Side.WORKERS),
    ("lien minh", Classification.COOPERATIVE_ALLIANCE, Side.EMPLOYERS),
    ("hoi dong trong tai lao dong", Classification.LABOUR_ARBITRATION, Side.MIXED),
    ("to cong tac", Classification.OTHER, Side.UNKNOWN),
    ("chi nhanh phong thuong mai", Classification.CHAMBER_OF_COMMERCE, Side.EMPLOYERS),
    ("chi nhanh", Classification.OTHER, Side.UNKNOWN),
    ("doan dai bieu", Classification.OTHER, Side.UNKNOWN),
    ("ban chu nhiem", Classification.OTHER, Side.UNKNOWN),
    ("cau lac bo", Classification.OTHER, Side.UNKNOWN),
    # Heads of villages and hamlets, to whom a commune writes.
    ("xom truong", Classification.OTHER, Side.STATE),
    ("truong thon", Classification.OTHER, Side.STATE),
    ("truong xom", Classification.OTHER, Side.STATE),
    ("truong ap", Classification.OTHER, Side.STATE),
    ("truong khu pho", Classification.OTHER, Side.STATE),
    ("doan kiem tra", Classification.OTHER, Side.UNKNOWN),
    ("doan cong tac", Classification.OTHER, Side.UNKNOWN),
    ("ban chi dao", Classification.OTHER, Side.UNKNOWN),
    ("hoi dong", Classification.OTHER, Side.UNKNOWN),
)
#: Place units name bodies only as a collective: "các xã, thị trấn" are their committees.
_PLACE_HEADS: tuple[tuple[str, Classification, Side], ...] = tuple(
    (unit, Classification.PEOPLES_COMMITTEE, Side.STATE)
    for unit in ("xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "tinh", "thanh pho"))
#: Other nouns that name bodies only as a collective: "các ban" (boards of several bodies),
#: "các tổ chức" (organisations); alone, "tổ chức" is as often the verb "to organise".
_COLLECTIVE_HEADS = (*_PLACE_HEADS,
                     ("ban", Classification.MIXED_BODIES, Side.UNKNOWN),
                     ("to chuc", Classification.MIXED_BODIES, Side.UNKNOWN),
                     # "các trường cao đẳng, trường trung cấp": schools, as a collective only
                     # ("trường hợp" is a case).
                     ("truong", Classification.OTHER, Side.STATE))
_HEAD_INDEX = sorted(_HEADS, key=lambda head: -len(head[0]))
#: Words that open with a head noun's first word but are no body: "báo cáo" is a report,
#: "phòng, chống" prevention, "hội nghị" a conference.
_NOT_HEADS = frozenset({
    "bao cao", "bao dam", "bao ve", "phong chong", "phong ngua", "hoi nghi", "hoi thi", "hoi thao",
    "ban hanh", "so sanh", "so lieu", "bo sung", "bo tri", "cong tac", "don vi tinh", "truong hop"})
_COLLECTIVE_INDEX = sorted(_COLLECTIVE_HEADS, key=lambda head: -len(head[0]))
# "các cơ quan ...", and a kind of body followed by "các <units>" ("UBND các huyện", "Công
# an các xã, phường"); "Ban Quản lý các khu công nghiệp" is one body.
_COLLECTIVE = re.compile(
    r"^(?:cac|nhung|moi)\s+|^(?:ubnd|uy ban nhan dan|ldld|lien doan lao dong|cong an|phong|so|"
    r"bhxh|bao hiem xa hoi|cong doan|trung tam|hoi|chu tich ubnd|thu truong)\s+cac\s+"
    r"(?:huyen|xa|quan|phuong|thi|thanh pho|tinh|cap|dia phuong|don vi|so|nganh|co quan)\b")
_LEVEL_WORDS: tuple[tuple[str, Level], ...] = (
    ("viet nam", Level.CENTRAL), ("trung uong", Level.CENTRAL), ("chinh phu", Level.CENTRAL),
    ("xa", Level.COMMUNE), ("phuong", Level.COMMUNE), ("thi tran", Level.COMMUNE),
    ("huyen", Level.DISTRICT), ("quan", Level.DISTRICT), ("thi xa", Level.DISTRICT),
    ("tinh", Level.PROVINCE), ("thanh pho", Level.PROVINCE), ("tp", Level.PROVINCE),
)
_MAX_ID = 60


def head_noun_kind(name: str) -> tuple[Classification, Side] | None:
    """What a body's head noun says of it, or None when the noun is not one this library knows.

    >>> head_noun_kind("Công ty Điện lực Bình Dương")
    (<Classification.ENTERPRISE: 'enterprise'>, <Side.EMPLOYERS: 'employers'>)
    >>> head_noun_kind("các Công an xã")
    (<Classification.POLICE: 'police'>, <Side.STATE: 'state'>)
    >>> head_noun_kind("tăng cường kiểm tra") is None
    True
    >>> head_noun_kind("các tổ chức đại diện người lao động"), head_noun_kind("Tổ chức tập huấn")
    ((<Classification.MIXED_BODIES: 'mixed_bodies'>, <Side.UNKNOWN: 'unknown'>), None)
    """
    found = _head_of(name)
    return (found[1], found[2]) if found else None


def head_noun_words(name: str) -> int:
    """How many words of ``name`` its head noun takes, "các" included; 0 with no head noun.

    >>> head_noun_words("người sử dụng lao động tổ chức đối thoại"), head_noun_words("Sở Y tế")
    (5, 1)
    """
    found = _head_of(name)
    if found is None:
        return 0
    collective = tokens(name)[:1] in (["cac"], ["nhung"], ["moi"])
    return len(found[0].split()) + collective


def _head_of(name: str) -> tuple[str, Classification, Side] | None:
    words = tokens(name)
    collective = bool(words) and words[0] in ("cac", "nhung", "moi")
    words = words[1:] if collective else words
    if " ".join(words[:2]) in _NOT_HEADS:
        return None
    joined = " ".join(words)
    for head, classification, side in [*_HEAD_INDEX, *(_COLLECTIVE_INDEX if collective else ())]:
        if joined == head or joined.startswith(head + " "):
            return head, classification, side
    return None


_DEPTH = (Level.CENTRAL, Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.GRASSROOTS)
# Words that hold a level word without meaning a level: "địa phương" (locality), "liên
# quan" (related), "xã hội" (social).
_FALSE_LEVELS = frozenset({("dia", "phuong"), ("lien", "quan"), ("co", "quan"), ("xa", "hoi")})


def _level(name: str) -> Level | None:
    """The most local level the words of a name give ("xã", "huyện", "tỉnh", "Việt Nam").

    "Ủy ban Mặt trận Tổ quốc Việt Nam huyện A" is a district body: the nation is in its name.
    """
    words = tokens(name)
    found: list[Level] = []
    index = 0
    while index < len(words):
        word, pair = words[index], " ".join(words[index:index + 2])
        before = (words[index - 1], word) if index else None
        index += 1
        if before in _FALSE_LEVELS or tuple(words[index - 1:index + 1]) in _FALSE_LEVELS:
            continue
        for key, level in _LEVEL_WORDS:
            if key in (word, pair):
                found.append(level)
                index += key.count(" ")  # "thị xã" is one word of level, not "thị" and "xã"
                break
    return max(found, key=_DEPTH.index) if found else None


def provisional_agency(name: str, area: str | None = None) -> Agency:
    """A provisional agency for a name no catalogue knows: kept as written, never dropped.

    Its id is ``<area>/<slug of the name>`` (``khac/...`` without an area); side and
    classification come from the head noun when it says (else unknown), the level
    from a word of the name ("xã", "huyện", "tỉnh") when there is one; a name that
    opens with "các" is a collective party.

    >>> office = provisional_agency("Văn phòng - Thống kê xã", area="hue")
    >>> office.id, office.classification.value, office.side.value, office.level.value
    ('hue/van-phong-thong-ke-xa', 'office', 'state', 'commune')
    >>> office.provisional
    True
    >>> provisional_agency("Ban chỉ đạo 35").side.value
    'unknown'
    """
    written = nfc(name).strip(" .;:,")
    folded = fold(written)
    kind = head_noun_kind(written)
    classification, side = kind if kind is not None else (Classification.OTHER, Side.UNKNOWN)
    slug = slugify(written)[:_MAX_ID].strip("-") or "khong-ten"
    return Agency(f"{area or 'khac'}/{slug}", written, classification, side, _level(written),
                  area=area, collective=bool(_COLLECTIVE.match(folded)), provisional=True)
