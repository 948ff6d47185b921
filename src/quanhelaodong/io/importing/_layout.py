"""The layout of a plan's text: lines, paragraphs with their markers, table cells.

Nothing here knows what a plan means. Lines broken across a page ("có liên" /
"quan đến") are joined back: a line that starts with a lower-case letter
continues the paragraph before it. A paragraph keeps its marker ("1", "a", "-",
a label such as "Đơn vị thực hiện", or "" for plain text) and its offsets into
the text, so every diagnostic can point at the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from quanhelaodong.text import fold

__all__ = ["ALIGNED_CELL", "DASH", "LABEL", "LETTERED", "NUMBERED", "ROMAN_PART", "WRAPPED_DATE",
           "Block", "Line", "aligned_cells", "column_roles", "paragraphs", "past", "split_cells",
           "split_lines"]

ROMAN_PART = re.compile(r"^(?P<numeral>[IVX]{1,5})\.\s+(?P<title>\S.*)$")
# "1. ...", and "2- ..." as some portals number items.
NUMBERED = re.compile(r"^(?P<number>\d{1,2})(?:\.|-(?=\s))\s*(?P<text>.*)$")
LETTERED = re.compile(r"^(?P<letter>[a-zđ])\)\s*(?P<text>.*)$")
DASH = re.compile(r"^[-–•+]\s*(?P<text>.*)$")
LABEL = re.compile(r"^(?P<label>Đơn vị thực hiện|Đơn vị chủ trì|Đơn vị phối hợp|Cơ quan chủ trì|"
                    r"Cơ quan phối hợp|Cơ quan thực hiện|Thời gian thực hiện|Thời gian hoàn thành|"
                    r"Thời hạn|Thời gian|Chủ trì|Phối hợp)\s*:\s*"
                    r"(?P<text>.*)$", re.IGNORECASE)
ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
# A line that opens with a date goes on with the sentence before it: text wrapped at a fixed
# width breaks "Chỉ thị số 37-CT/TW ngày" / "03/9/2019 của Ban Bí thư".
WRAPPED_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}\s+\w")
# Names written with a dash inside ("Lao động - Thương binh và Xã hội", "Văn hóa - Thể thao
# và Du lịch"), as their halves read folded: a line break before the dash leaves the second
# half looking like a bullet.
_DASHED_NAMES = (("lao dong", "thuong binh"), ("ld", "tb"), ("van hoa", "the thao"))


@attrs.define
class Line:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@attrs.define
class Block:
    """A paragraph: its marker ("1", "a", "-", a label, or "" for plain text) and text."""

    marker: str
    kind: str
    text: str
    start: int
    end: int


def split_lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for raw in text.splitlines(keepends=True):
        yield start, raw.rstrip("\r\n")
        start += len(raw)


def paragraphs(lines: list[Line]) -> Iterator[Block]:
    """Paragraphs with their markers; page-broken lines joined back."""
    current: Block | None = None
    waiting_dash: Line | None = None
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        lead = line.start + line.text.index(text)
        if waiting_dash is not None:
            if current is not None:
                yield current
            current = Block("-", "dash", text, waiting_dash.start, line.start + len(line.text))
            waiting_dash = None
            continue
        if text in ("-", "–", "•", "+"):
            waiting_dash = line
            continue
        # "- Đơn vị thực hiện: ..." is a label written as a bullet.
        label = LABEL.match(text) or LABEL.match(text.lstrip("-–•+ "))
        lettered = LETTERED.match(text)
        dash = DASH.match(text)
        block: Block | None = None
        numbered = NUMBERED.match(text)
        if label:
            block = Block(label["label"], "label", label["text"], lead, lead + len(text))
        elif numbered:
            block = Block(numbered["number"], "number", numbered["text"], lead, lead + len(text))
        elif lettered:
            block = Block(lettered["letter"], "letter", lettered["text"], lead, lead + len(text))
        elif dash and not (current is not None and _broken_name(current.text, dash["text"])):
            block = Block("-", "dash", dash["text"], lead, lead + len(text))
        elif current is not None and (text[0].islower() or dash or WRAPPED_DATE.match(text)):
            current.text = f"{current.text} {text}"
            current.end = lead + len(text)
            continue
        else:
            block = Block("", "plain", text, lead, lead + len(text))
        if current is not None:
            yield current
        current = block
    if current is not None:
        yield current


def _broken_name(before: str, after: str) -> bool:
    """Whether a line ending ``before`` and a line "- ``after``" are one name broken at its dash:
    "Giám đốc các Sở: Lao động" / "- Thương binh và Xã hội, Nội vụ" is no bullet."""
    ending, opening = fold(before).rstrip(), fold(after)
    return any(ending.endswith(first) and opening.startswith(second)
               for first, second in _DASHED_NAMES)


def aligned_cells(line: str, starts: list[int]) -> list[str]:
    """Cells of a space-aligned row: each run of text goes to the column it starts under."""
    cells = [""] * len(starts)
    for match in ALIGNED_CELL.finditer(line):
        column = max((i for i, start in enumerate(starts) if start <= match.start() + 2),
                     default=0)
        cells[column] = f"{cells[column]} {match[0]}".strip()
    return cells


def split_cells(line: str) -> list[str]:
    if "\t" in line:
        return line.split("\t")
    return re.split(r"\s{3,}", line.strip())


def column_roles(columns: list[str]) -> list[str]:
    roles = []
    for column in columns:
        if column.startswith("stt") or column == "tt":
            roles.append("number")
        elif "chu tri" in column:
            roles.append("lead")
        elif "phoi hop" in column:
            roles.append("partners")
        elif "thoi gian" in column or "thoi han" in column:
            roles.append("timeframe")
        elif "ghi chu" in column:
            roles.append("note")
        else:
            roles.append("activity")
    return roles


def past(text: str, at: int, characters: str | None = None) -> int:
    """The offset of the first character at or after ``at`` that is not in ``characters``
    (whitespace by default)."""
    return len(text) - len(text[at:].lstrip(characters))
