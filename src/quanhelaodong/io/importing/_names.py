"""Finding agency names in plan text: lists, table cells, and names inside a sentence.

Splitting is the hard part: commas live inside names ("Ban QL KKT, CN tỉnh",
"UBND các huyện, thị xã, thành phố Huế", "các sở, ban, ngành"). So a list is cut
at every comma, semicolon and "và", and the pieces are joined back greedily: from
each position, the longest run of pieces that names one known body wins. Inside a
sentence ("phối hợp với Liên đoàn Lao động tỉnh và các ngành liên quan hướng dẫn
..."), names are read as the longest prefix that names a body, then the next one
after a separator, until the text stops naming bodies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from quanhelaodong.agencies import (
    Agency,
    AgencyCatalogue,
    Level,
    head_noun_kind,
    provisional_agency,
)
from quanhelaodong.agencies._provisional import head_noun_words
from quanhelaodong.io.importing._diagnostics import Diagnostic
from quanhelaodong.io.importing._layout import past
from quanhelaodong.io.importing._verbs import WORK_VERBS, alternation
from quanhelaodong.problems import Severity
from quanhelaodong.text import fold, match_key

__all__ = ["NameMatch", "NameReader"]

# Officials stand for their body ("đề nghị đồng chí Giám đốc Sở ..."); request words
# and titles come off before a name is looked up.
# Words before a body's name that are not part of it: an office-holder's title (the
# office stands for its body), and "tổ chức" in "tổ chức công đoàn cơ sở" (the union itself).
_LEADING = re.compile(
    r"^(?:(?:đề nghị|kính gửi:?|các đồng chí|đồng chí|các đc|đc|đ/c|các ông|các bà|ông|bà|giám đốc|"
    r"phó giám đốc|chủ tịch|"
    r"phó chủ tịch|thủ trưởng|tổng giám đốc|chánh|cục trưởng|chi cục trưởng|"
    r"trưởng|lãnh đạo|tổ chức(?=\s+công đoàn\b))(?:\s*:)?\s+)+",
    re.IGNORECASE,
)
# Words that end a name without being work: what a sentence says of its bodies ("được",
# "đã", "sẽ", "không"), where and why ("tại", "để"), and verbs that only tell ("tăng", "ký").
_BETWEEN = ("được", "để", "về", "trong", "tại", "nhằm", "theo", "với", "cùng", "là", "đã", "sẽ",
            "vừa", "đang", "cũng", "luôn", "không", "chưa", "rất", "đều", "mới", "căn cứ", "trước",
            "sau", "khi", "nếu", "ngay", "yêu cầu", "đề nghị", "lựa chọn", "chọn", "gửi", "nộp",
            "ký", "trả", "mở", "họp", "ra quân", "thông báo", "tăng", "giảm", "sử dụng", "liên hệ",
            "đưa", "hưởng ứng", "quyết định", "tặng", "vào cuộc", "bảo vệ", "còn",
            # What a body says, not what it is called: "CĐ các KCN Bình Dương cho biết ...".
            "cho biết", "khẳng định", "nhấn mạnh", "phát biểu", "đi dự", "tham dự", "dự kiến",
            "tuyệt đối")
# Where an unknown name ends in a sentence: punctuation, or a word that starts what it is asked to do.
_NAME_STOP = re.compile(
    # A period ends a name unless it closes an initial of it ("Công ty ... C.P. Việt Nam").
    r"[,;:()\[\]“”\"]|(?<!\b[A-ZĐ])\.(?![A-ZĐ]\.)|"
    # "BHXH tỉnh - Cơ quan Thường trực Ban Chỉ đạo": what the body is, set off by a dash.
    r"\s[-–]\s+(?=cơ quan\b|thường trực\b)|"
    # A verb of work, or a word that stands between a name and its verb; in lower case only:
    # "Sở Xây dựng", "Sở Giao thông Vận tải" are names.
    rf"\s(?-i:{alternation(WORK_VERBS)}|{alternation(_BETWEEN)}|(?<!cấp\s)trên|(?<!việc )làm|"
    r"giao(?!\s+thông)|có(?!\s+liên quan)|số(?!\s+\d))\b"
    # A person's name after the body's: "Chủ tịch LĐLĐ quận Ba Đình Nguyễn Xuân Trọng".
    # Common family names only, none that opens a place's name ("Hồ Chí Minh", "Bình Dương").
    r"|\s(?=(?-i:(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Lý|Đinh|Trương|"
    r"Lương|Đào|Trịnh)\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+[A-ZĐÀ-Ỹ]))",
    re.IGNORECASE,
)
# "Ban quản lý khu kinh tế và các khu công nghiệp của tỉnh" is thirteen words.
_MAX_NAME_WORDS = 14
# "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu": a province's name is at most this many words.
_PROVINCE_WORDS = 4
_TITLE = re.compile(_LEADING.pattern.removeprefix("^"), re.IGNORECASE)
# The units below a province, by which bodies are named ("huyện Đô Lương", "các xã Tân An, ...").
_UNIT = r"(?:huyện|quận|thị xã|xã|phường|thị trấn)"
_NAMED_UNIT = re.compile(rf"{_UNIT}\s+(?-i:[A-ZĐÀ-Ỹ])", re.IGNORECASE)
_PLACE_WORD = re.compile(r"(?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn|tp)\b", re.IGNORECASE)
_AND_NEXT_BODY = re.compile(
    r"\s(?:và|cùng)\s+(?=(?:các\s+)?(?:sở|phòng|ban|ủy ban|ubnd|công an|công đoàn|cđ|liên đoàn|"
    r"lđlđ|bảo hiểm|bhxh|bộ|cục|chi cục|trung tâm|văn phòng|hội|hiệp hội|doanh nghiệp|công ty|"
    r"thanh tra|đài|báo|mặt trận|đoàn|người sử dụng|tổ chức|ủy ban|uỷ ban)\b"
    # "Sở Ngoại vụ và các đơn vị có liên quan": a collective after "và các"; "công đoàn ngành
    # và trưởng, phó ban LĐLĐ tỉnh": an office-holder.
    r"|các\s+(?:đơn vị|cơ quan|ngành|địa phương|sở)\b|(?:cơ quan|đơn vị)\s+(?!nhà nước)"
    r"|(?:thủ trưởng|trưởng|phó|giám đốc|chủ tịch)\b)",
    re.IGNORECASE)
_TOGETHER_WITH = re.compile(r"\s*cùng với\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:;|,|\bvà\b|\bcùng\b|\bvới\b)\s*", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*(?:,|\bvà\b)\s*", re.IGNORECASE)
_SHARED_HEAD_ANY = re.compile(
    r"(?:(?<=^)|(?<=[,;])|(?<=\s))\s*(?:(?:giám đốc|thủ trưởng|lãnh đạo|chủ tịch)\s+)?(?:các\s+)?"
    r"(?:(?P<head>sở|bộ|ban)|cơ quan|đơn vị|ngành|sở, ngành)\s*:\s*", re.IGNORECASE)
# A piece of a list that only names places continues the collective before it:
# "UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa" is one party.
_PLACE_PIECE = re.compile(r"^(?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn|tp)\b", re.IGNORECASE)
_MAX_WORDS = 16
_LEVEL_AFTER = re.compile(r"\s+(?:các\s+)?(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|cấp tỉnh|cấp huyện|"
                          r"cấp xã)"
                          r"(?=$|[\s,;.:])", re.IGNORECASE)
_SAME_LEVEL_UNION = "congdoancungcap"


@attrs.frozen
class NameMatch:
    """A resolved agency name and where it stands in the text.

    >>> from quanhelaodong.agencies import default_catalogue
    >>> text = "phối hợp với Liên đoàn Lao động tỉnh và các ngành liên quan hướng dẫn"
    >>> found = NameReader("thua-thien-hue", default_catalogue()).read_names_at(text, 13, 0)
    >>> [(match.written, match.start, match.end) for match in found]
    [('Liên đoàn Lao động tỉnh', 13, 36), ('các ngành liên quan', 40, 59)]
    """

    agency: Agency
    written: str
    start: int
    end: int


class NameReader:
    """Resolves agency names as a plan writes them, in the plan's area (read on the day ``on``).

    A comma inside a name does not split it; a piece no body matches becomes a diagnostic
    and a provisional agency (kept as written, never dropped).

    >>> from quanhelaodong.agencies import default_catalogue
    >>> reader = NameReader("Thừa Thiên Huế", default_catalogue())
    >>> found, problems = reader.read_list("Ban QL KKT, CN tỉnh và Sở Lao động xã hội", 0)
    >>> [match.agency.id for match in found], [problem.text for problem in problems]
    (['thua-thien-hue/ban-ql-kcn', 'thua-thien-hue/so-lao-dong-xa-hoi'], ['Sở Lao động xã hội'])
    >>> list(reader.provisional)
    ['thua-thien-hue/so-lao-dong-xa-hoi']
    """

    def __init__(self, area: str | None, catalogue: AgencyCatalogue, on: object = None):
        self.catalogue = catalogue
        self.area = self.catalogue.area_id(area, on) if area is not None else None
        self.on = on
        self._cache: dict[tuple[str, Level | None], Agency | None] = {}
        self._suggested: dict[str, tuple[str, ...]] = {}
        #: Bodies no catalogue knows, kept as provisional agencies, by id.
        self.provisional: dict[str, Agency] = {}

    def keep(self, written: str) -> Agency | None:
        """A provisional agency for a name no catalogue knows, or None if it is no name at all."""
        cleaned = _LEADING.sub("", written.strip(" .;:,-")).strip(" .;:,-")
        # A collective may list several kinds or places ("các cơ quan, doanh nghiệp, hợp tác xã
        # và các tổ chức ...", "UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa"): it is
        # allowed more words than the name of one body.
        longest = _MAX_NAME_WORDS + (10 if re.search(r"(?:^|\s)(?:các|những)\s", cleaned, re.IGNORECASE)
                                     else 2)
        if not cleaned or not cleaned[0].isalpha() or len(cleaned.split()) > longest:
            return None
        if _TITLE.fullmatch(cleaned + " "):
            return None  # a title with no body after it ("Giám đốc")
        agency = provisional_agency(cleaned, self.area)
        return self.provisional.setdefault(agency.id, agency)

    def resolve(self, name: str, *, subject: Agency | None = None) -> Agency | None:
        """The body ``name`` means, or None. ``subject`` is the body a sentence is about,
        for "công đoàn cùng cấp" (the union at the subject's own level)."""
        level = subject.level if subject is not None else None
        key = (name, level)
        if key not in self._cache:
            self._cache[key] = self._resolve(name, level)
        return self._cache[key]

    def _resolve(self, name: str, level: Level | None) -> Agency | None:
        cleaned = _LEADING.sub("", name.strip(" .;:,")).strip(" .;:,")
        if not cleaned:
            return None
        if match_key(cleaned) == _SAME_LEVEL_UNION and level is not None and self.area:
            unit = "ldld-cap-huyen" if level is Level.DISTRICT else "ldld"
            return self.catalogue.get(f"{self.area}/{unit}")
        return self.catalogue.find(cleaned, self.area, self.on)

    def suggestions(self, name: str) -> tuple[str, ...]:
        if name not in self._suggested:
            cleaned = _LEADING.sub("", name.strip(" .;:,"))
            self._suggested[name] = tuple(self.catalogue.suggest(cleaned, self.area))
        return self._suggested[name]

    def read_list(self, text: str, base: int, *,
                  subject: Agency | None = None) -> tuple[list[NameMatch], list[Diagnostic]]:
        """Every body a list names ("A, B và C; D"), with a diagnostic for each piece no body matches."""
        found: list[NameMatch] = []
        problems: list[Diagnostic] = []
        for chunk_start, chunk in _spans(text, ";"):
            for _start, head, pieces in _headed_parts(chunk):
                self._read_pieces(chunk, chunk_start + base, head, pieces, subject, found,
                                  problems)
        return found, problems

    def _read_pieces(self, chunk: str, base: int, head: str, pieces: list[tuple[int, int]],
                     subject: Agency | None, found: list[NameMatch],
                     problems: list[Diagnostic]) -> None:
        """The bodies of one run of list pieces: the longest run naming one body wins."""
        index = 0
        while index < len(pieces):
            for last in range(len(pieces) - 1, index - 1, -1):
                start, end = pieces[index][0], pieces[last][1]
                title = _TITLE.match(chunk, start)
                start = title.end() if title and title.end() < end else start
                own = chunk[start:end].strip(" .;:,")
                written = own if not head or head_noun_kind(own) else head + own
                agency = self.resolve(written, subject=subject)
                if agency is not None:
                    # "các sở, ban, ngành, đoàn thể cấp tỉnh": the kinds after a collective are
                    # the same party, whether or not the catalogue's name for it lists them all.
                    while last + 1 < len(pieces) and _extends_collective(
                            chunk, own, pieces[last + 1], self.resolve):
                        last += 1
                        end = pieces[last][1]
                    if end != pieces[index][1] or last > index:
                        written = chunk[start:end].strip(" .;:,") if not head else written
                    found.append(NameMatch(agency, written, base + start, base + end))
                    index = last + 1
                    break
            else:
                start, end = pieces[index]
                title = _TITLE.match(chunk, start)
                start = title.end() if title and title.end() < end else start
                # What follows an unknown name and names no body of its own belongs to it:
                # places ("UBND các huyện, thị xã A") and the rest of a name cut at "và"
                # ("Sở Kế hoạch và Đầu tư").
                while index + 1 < len(pieces) and (
                        _continues_name(chunk, pieces[index + 1], self.resolve)
                        or _extends_collective(chunk, chunk[start:end], pieces[index + 1],
                                               self.resolve)):
                    index += 1
                    end = pieces[index][1]
                written = chunk[start:end]
                problems.append(self._unknown(written, base + start))
                kept = self.keep(written if not head or head_noun_kind(written) else head + written)
                if kept is not None:
                    found.append(NameMatch(kept, written, base + start, base + end))
                index += 1

    def read_names_at(self, text: str, position: int, base: int, *,
                      subject: Agency | None = None, expected: bool = False) -> list[NameMatch]:
        """Names standing one after another from ``position`` ("A, B và C <verb> ...")."""
        found: list[NameMatch] = []
        while position < len(text):
            match = self._longest_prefix(text, position, subject)
            if match is not None and _LEVEL_AFTER.match(text, match[1]):
                # "BHXH tỉnh" where the area has no province-level "BHXH tỉnh" (a city): the
                # catalogue knows "BHXH", but the text names a body at another level.
                longer = self._unknown_prefix(text, position, expected=True)
                match = longer if longer is not None and longer[1] > match[1] else match
            # Once a list of bodies has begun, each piece after a separator is expected to be
            # one ("các huyện, thị xã, thành phố, Sở GD-ĐT, ngành y tế cần ...").
            match = match or self._unknown_prefix(text, position, expected or bool(found))
            if match is None:
                break
            agency, end = match
            if _COLLECTIVE_OPENING.match(text[position:position + 8]):
                end = _more_kinds(text, end)
            # "Giám đốc Công an tỉnh" is written down as the body, "Công an tỉnh".
            title = _TITLE.match(text, position)
            begin = title.end() if title and title.end() < end else position
            found.append(NameMatch(agency, text[begin:end], base + begin, base + end))
            separator = _SEPARATOR.match(text, end)
            if separator is None or separator.end() == end or _TOGETHER_WITH.match(text, end):
                break  # "LĐLĐ tỉnh cùng với LĐLĐ các huyện ...": those after are partners
            position = separator.end()
        return found

    def _longest_prefix(self, text: str, position: int,
                        subject: Agency | None) -> tuple[Agency, int] | None:
        ends = [m.end() for m in re.finditer(r"\S+", text[position:])][:_MAX_WORDS]
        for end in reversed(ends):
            candidate = text[position:position + end].rstrip(" .;:,")
            agency = self.resolve(candidate, subject=subject)
            if agency is not None:
                return agency, position + len(candidate)
        return self._province_named(text, position)

    def _province_named(self, text: str, position: int) -> tuple[Agency, int] | None:
        """ "Thanh Hóa sẽ thực hiện ...", "TP.HCM yêu cầu ...": a province named as an actor is
        its People's Committee."""
        words = list(re.finditer(r"[^\s,.;:]+", text[position:position + 40]))[:_PROVINCE_WORDS]
        if not words or not words[0][0][:1].isupper():
            return None
        for size in range(len(words), 0, -1):
            candidate = text[position:position + words[size - 1].end()]
            if not all(word[0][:1].isupper() for word in words[:size]):
                continue
            area = self.catalogue.find_area(candidate, on=self.on)
            if area is None:
                continue
            committee = self.catalogue.find("UBND tỉnh", area, self.on) or self.catalogue.find(
                "UBND thành phố", area, self.on)
            return (committee, position + len(candidate)) if committee else None
        return None

    def _unknown_prefix(self, text: str, position: int,
                        expected: bool = False) -> tuple[Agency, int] | None:
        """A name no catalogue knows, recognised by its head noun ("Công an xã ...").

        Where the text does not announce a body (``expected`` is False), the name must
        also look like one: a capital, "các", or an abbreviation after the head noun.
        """
        title = _TITLE.match(text, position)
        begin = title.end() if title else position
        # "các ban, ngành" names a collective though "ban" alone says no kind of body.
        listed_kinds = bool(_COLLECTIVE_OPENING.match(text[begin:begin + 8])
                            and _BODY_KINDS.match(text[begin:begin + 40]))
        # "Giao Sở LĐTB&XH, huyện Đô Lương quan tâm ...": where a body is expected, a unit named
        # stands for its committee; elsewhere ("địa chỉ: ..., huyện Cẩm Giàng") it is a place.
        named_unit = expected and _NAMED_UNIT.match(text, begin) is not None
        if (head_noun_kind(text[begin:begin + 40]) is None and not listed_kinds
                and not named_unit) or not (expected or _looks_like_a_name(text, begin)):
            return None
        end = begin
        collective = text[begin:begin + 5].lower().startswith(("các ", "những "))
        opening = text[begin:begin + 60]
        head_words = list(re.finditer(r"[^\s,;:]+", opening))[:head_noun_words(opening)]
        if len(head_words) > 1:
            # "người sử dụng lao động": a head noun may hold a word that ends other names.
            end = begin + head_words[-1].end()
        elif collective:
            # "các tổ chức chính trị - xã hội": the kind after "các" is a noun, never the verb
            # that would end the name ("tổ chức" also means "to organise").
            after_opening = past(text, text.index(" ", begin) + 1)
            kind = _COLLECTIVE_KIND.match(text[after_opening:])
            end = after_opening + kind.end() if kind else begin
        while True:
            stop = _NAME_STOP.search(text, end)
            end = stop.start() if stop else len(text)
            # "các LĐLĐ huyện, TP" is one party: places after a comma continue it.
            following = end + 1 + len(text[end + 1:]) - len(text[end + 1:].lstrip())
            kind = _COLLECTIVE_KIND.match(text[following:]) if collective else None
            if _SECOND_HALF.match(text, following) or (
                    _NAMED_UNITS.search(text, begin, end) and _PROPER.match(text, following)):
                # "Sở Lao động, Thương binh và Xã hội": a name's halves cut by a comma;
                # "LĐLĐ các huyện Mộ Đức, Trà Bồng": the units it names go on.
                end += 1
                continue
            # "các huyện, thị xã, thành phố, Sở GD-ĐT, ngành y tế": a kind with a name of its
            # own after it ("Sở GD-ĐT", "ngành y tế") is another party, not one more kind.
            continues = _PLACE_WORD.match(text, following) or (
                kind is not None and _kind_ends(text, following + kind.end()))
            if stop is None or stop[0] != "," or not continues:
                break
            end += 1
        # "Sở A và Công an tỉnh" are two bodies; "Sở Văn hóa và Thông tin" is one. The body
        # after "và" may run past where this name stops ("... tỉnh và các tổ chức ...").
        joined = _AND_NEXT_BODY.search(text, begin)
        if joined and joined.start() < end:
            end = joined.start()
        longest = _MAX_NAME_WORDS * 2 if collective else _MAX_NAME_WORDS
        words = list(re.finditer(r"\S+", text[begin:end]))[:longest]
        if not words:
            return None
        # A list cut where its next piece looked like a verb ("các cấp ủy, tổ chức Đảng") must
        # not keep the comma it stopped after.
        end = begin + len(_without_trailing_join(text[begin:begin + words[-1].end()]))
        if end <= begin:
            return None
        agency = self.keep(text[begin:end])
        return (agency, end) if agency is not None else None

    def _unknown(self, written: str, start: int) -> Diagnostic:
        return Diagnostic(Severity.WARNING, "unknown-agency",
                          "no known agency has this name; kept as a provisional agency",
                          start, start + len(written), written, self.suggestions(written))


def _without_trailing_join(name: str) -> str:
    """``name`` without what a name cut short may end with and is no part of it: "Ủy ban
    MTTQ tỉnh và", "các cấp ủy,". Linear in the name's length (no regular expression
    that could backtrack over a long run of spaces)."""
    while True:
        trimmed = name.rstrip(" \t\r\n,;:")
        last_space = max(trimmed.rfind(" "), trimmed.rfind("\t"), trimmed.rfind("\n"))
        if last_space != -1 and trimmed[last_space + 1:].lower() in ("và", "cùng", "với"):
            trimmed = trimmed[:last_space]
        if trimmed == name:
            return name
        name = trimmed


_MORE_KIND = re.compile(r"\s*,\s*(?!các\b|những\b)", re.IGNORECASE)


def _more_kinds(text: str, end: int) -> int:
    """Where a collective ends once the bare kinds listed after it are added: "các sở, ngành,
    đơn vị, địa phương liên hệ ..."; a piece with its own "các" ("các ngành, các huyện") or
    with a name of its own ("Sở GD-ĐT") is another party."""
    while True:
        comma = _MORE_KIND.match(text, end)
        kind = _COLLECTIVE_KIND.match(text[comma.end():]) if comma else None
        if comma is None or kind is None or not _kind_ends(text, comma.end() + kind.end()):
            return end
        end = comma.end() + kind.end()


def _continues_name(chunk: str, piece: tuple[int, int],
                   resolve: Callable[[str], Agency | None]) -> bool:
    """Whether a list piece only goes on with the unknown name before it."""
    text = chunk[piece[0]:piece[1]]
    if _PLACE_PIECE.match(text):
        return True
    if _TITLE.match(text):
        return False  # "... thành phố Biên Hòa và Thủ trưởng các cơ quan": another office-holder
    joined_by_and = chunk[:piece[0]].rstrip().lower().endswith(" và")
    return joined_by_and and head_noun_kind(text) is None and resolve(text) is None


# The kinds of body a collective ("các ...") goes on to list: "các cơ quan, doanh nghiệp, hợp
# tác xã", "các sở, ban, ngành, đoàn thể cấp tỉnh", "các ngành, các địa phương".
_COLLECTIVE_KIND = re.compile(
    r"^(?:các\s+|những\s+)?(?:ban|ngành|sở|đoàn thể|đơn vị|cơ quan|địa phương|hội|khối|doanh nghiệp|"
    r"hợp tác xã|tổ chức|đoàn|cơ sở|trường|trung tâm|hiệp hội|lực lượng|cấp|tổng công ty|công ty)\b",
    re.IGNORECASE)
# The kinds that alone name a collective party ("các ban, ngành"), unlike "các lực lượng".
_BODY_KINDS = re.compile(r"^(?:các|những)\s+(?:ban|ngành|sở|đoàn thể|đơn vị|cơ quan|địa phương|hội|"
                         r"doanh nghiệp|hợp tác xã|tổ chức)\b", re.IGNORECASE)
# What may follow one more kind of body in a collective's list: the list goes on or ends.
_NAMED_UNITS = re.compile(rf"\bcác\s+{_UNIT}\s+(?-i:[A-ZĐÀ-Ỹ])", re.IGNORECASE)
_PROPER = re.compile(r"(?-i:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*)(?:\s+(?-i:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*))?(?=[\s,.;]|$)")
# The second half of a name written with a comma where a dash belongs.
_SECOND_HALF = re.compile(r"(?:thương binh và xã hội|thể thao và du lịch)\b", re.IGNORECASE)
_KIND_ENDS = re.compile(r"\s*(?:[,;.:)]|$|(?:và|có liên quan|liên quan|cấp|trên|thuộc|trong|tỉnh|huyện|"
                        r"thành phố|địa phương)\b)", re.IGNORECASE)


def _kind_ends(text: str, at: int) -> bool:
    """Whether one more kind of body in a collective's list ends at ``at``, or after the few
    lower-case words that say which ("các trường cao đẳng, trường trung cấp có trách nhiệm"):
    the list goes on, ends, or its verb follows ("các sở, ngành, đơn vị, địa phương liên hệ")."""
    qualified = _QUALIFIER.match(text, at)
    return any(_KIND_ENDS.match(text, end) is not None or _NAME_STOP.match(text, end) is not None
               for end in ((at, qualified.end()) if qualified else (at,)))


# The words after a kind of body that say which ("trung cấp", "giáo dục nghề nghiệp"): lower
# case, and none of the words that end a name.
_QUALIFIER = re.compile(r"(?:\s(?-i:[a-zà-ỹđ]+)){1,4}?(?=\s*(?:,|\svà\s|\s(?-i:có|chịu|phối|chủ)\s))")
_COLLECTIVE_OPENING = re.compile(r"^(?:các|những)\s", re.IGNORECASE)


def _extends_collective(chunk: str, written: str, piece: tuple[int, int],
                        resolve: Callable[[str], Agency | None]) -> bool:
    """Whether a list piece only names one more kind of body of the collective before it.

    A piece that names a body of its own ("Sở Y tế", "UBND các huyện") starts a new party.
    """
    if not _COLLECTIVE_OPENING.match(_TITLE.sub("", written.strip(" .;:,")).lstrip()):
        return False
    text = chunk[piece[0]:piece[1]]
    if not _COLLECTIVE_KIND.match(text):
        return False
    found = resolve(text)
    if found is None or found.provisional:
        return True
    # A bare kind the catalogue knows as a collective ("doanh nghiệp": the enterprises of the
    # province) is one more kind of the party; with its own "các" ("..., các doanh nghiệp")
    # the text names that collective as a party of its own.
    return not _COLLECTIVE_OPENING.match(text) and fold(found.name).startswith("cac ")


def _looks_like_a_name(text: str, begin: int) -> bool:
    """A name opens with a capital ("Công an tỉnh"), "các", or an abbreviation after its head
    noun ("phòng LĐ-TB-XH", "cơ quan BHXH"), so "phòng, chống dịch" is no body."""
    words = text[begin:begin + 60].split()
    if not words:
        return False
    first = words[0]
    if first[0].isupper() or first.lower() in ("các", "những"):
        return True
    # The word after the head noun, which may be two words ("cơ quan BHXH").
    after = max(1, head_noun_words(text[begin:begin + 60]))
    return len(words) > after and words[after][0].isupper()


def _headed_parts(chunk: str) -> list[tuple[int, str, list[tuple[int, int]]]]:
    """A list cut where a shared head opens a run: "A, Giám đốc các Sở: Nội vụ, Tư pháp".

    Each part is (where it starts, the head noun its names share or "", its pieces).
    """
    heads = list(_SHARED_HEAD_ANY.finditer(chunk))
    bounds = [(0, "", 0)] + [(m.start(), f"{m['head'].capitalize()} " if m["head"] else "", m.end())
                             for m in heads]
    parts = []
    for number, (start, head, skip) in enumerate(bounds):
        end = bounds[number + 1][0] if number + 1 < len(bounds) else len(chunk)
        pieces = _pieces(chunk[:end], _LIST_SEPARATOR, skip=skip)
        if pieces:
            parts.append((start, head, pieces))
    return parts


def _spans(text: str, separator: str) -> list[tuple[int, str]]:
    spans, start = [], 0
    for part in text.split(separator):
        spans.append((start, part))
        start += len(part) + len(separator)
    return [(start, part) for start, part in spans if part.strip(" .;:,")]


def _pieces(chunk: str, separator: re.Pattern[str], skip: int = 0) -> list[tuple[int, int]]:
    """Spans of the non-empty pieces between separators, from ``skip`` on."""
    pieces, start = [], skip
    for match in separator.finditer(chunk, skip):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(chunk)))
    result = []
    for begin, end in pieces:
        piece = chunk[begin:end]
        stripped = piece.strip(" .;:,")
        if stripped:
            offset = begin + piece.index(stripped)
            result.append((offset, offset + len(stripped)))
    return result
