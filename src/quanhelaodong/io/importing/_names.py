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

import attrs

from quanhelaodong.agencies import Agency, AgencyCatalogue, Level
from quanhelaodong.io.importing._diagnostics import Diagnostic
from quanhelaodong.problems import Severity
from quanhelaodong.text import match_key

__all__ = ["NameMatch", "NameReader"]

# Officials stand for their body ("đề nghị đồng chí Giám đốc Sở ..."); request words
# and titles come off before a name is looked up.
_LEADING = re.compile(
    r"^(?:(?:đề nghị|kính gửi:?|đồng chí|ông|bà|giám đốc|phó giám đốc|chủ tịch|phó chủ tịch|"
    r"thủ trưởng|trưởng ban|tổng giám đốc)\s+)+",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*(?:;|,|\bvà\b|\bcùng\b|\bvới\b)\s*", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*(?:,|\bvà\b)\s*", re.IGNORECASE)
_SHARED_HEAD = re.compile(r"^\s*(?:các\s+)?(?P<head>sở|bộ|ban)\s*:\s*", re.IGNORECASE)
_MAX_WORDS = 16
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

    A comma inside a name does not split it; a piece no body matches becomes a diagnostic.

    >>> from quanhelaodong.agencies import default_catalogue
    >>> reader = NameReader("Thừa Thiên Huế", default_catalogue())
    >>> found, problems = reader.read_list("Ban QL KKT, CN tỉnh và Sở Lao động xã hội", 0)
    >>> [match.agency.id for match in found], [problem.text for problem in problems]
    (['thua-thien-hue/ban-ql-kcn'], ['Sở Lao động xã hội'])
    """

    def __init__(self, area: str | None, catalogue: AgencyCatalogue, on: object = None):
        self.catalogue = catalogue
        self.area = self.catalogue.area_id(area, on) if area is not None else None
        self.on = on
        self._cache: dict[tuple[str, Level | None], Agency | None] = {}
        self._suggested: dict[str, tuple[str, ...]] = {}

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
            # "các Sở: Lao động - Thương binh và Xã hội, Nội vụ, Tài chính" shares its head noun.
            shared = _SHARED_HEAD.match(chunk)
            head = f"{shared['head'].capitalize()} " if shared else ""
            pieces = _pieces(chunk, _LIST_SEPARATOR, skip=shared.end() if shared else 0)
            index = 0
            while index < len(pieces):
                for last in range(len(pieces) - 1, index - 1, -1):
                    start, end = pieces[index][0], pieces[last][1]
                    written = head + chunk[start:end].strip(" .;:,")
                    agency = self.resolve(written, subject=subject)
                    if agency is not None:
                        found.append(NameMatch(agency, written, base + chunk_start + start,
                                               base + chunk_start + end))
                        index = last + 1
                        break
                else:
                    start, end = pieces[index]
                    written = chunk[start:end]
                    problems.append(self._unknown(written, base + chunk_start + start))
                    index += 1
        return found, problems

    def read_names_at(self, text: str, position: int, base: int, *,
                      subject: Agency | None = None) -> list[NameMatch]:
        """Names standing one after another from ``position`` ("A, B và C <verb> ...")."""
        found: list[NameMatch] = []
        while position < len(text):
            match = self._longest_prefix(text, position, subject)
            if match is None:
                break
            agency, end = match
            written = text[position:end]
            found.append(NameMatch(agency, written, base + position, base + end))
            separator = _SEPARATOR.match(text, end)
            if separator is None or separator.end() == end:
                break
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
        return None

    def _unknown(self, written: str, start: int) -> Diagnostic:
        return Diagnostic(Severity.WARNING, "unknown-agency",
                          "no known agency has this name", start, start + len(written),
                          written, self.suggestions(written))


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
