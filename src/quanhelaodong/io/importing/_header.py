"""The head of a document: what it is, its number and date, who issued it and to whom,
where it applies and between which sides.

The reader walks the header line by line (cells of a header table one by one): the
number ("Số: 180/KH-UBND", also spaced), the place and date, the kind ("KẾ HOẠCH") and
title, "Kính gửi:" of a letter, the "Căn cứ ..." documents it implements; a portal's
headline above it is skipped. A text with no header (a press item) takes its number from
the document it says was issued and its area from the province it names most.
"""

from __future__ import annotations

import re

import pendulum

from quanhelaodong.documents import DocumentRef, parse_place_and_date
from quanhelaodong.errors import DocumentRefParseError, UnknownAgencyError
from quanhelaodong.io.importing._draft import Draft
from quanhelaodong.io.importing._layout import DASH, LABEL, NUMBERED, ROMAN_PART, WRAPPED_DATE
from quanhelaodong.io.importing._names import NameReader
from quanhelaodong.programmes import ProgrammeKind
from quanhelaodong.text import fold, nfc

__all__ = ["HeaderReader"]

_NUMBER_LINE = re.compile(r"^Số(?:\s+hiệu)?\s*:?\s*(?P<ref>\d.*)$", re.IGNORECASE)
# The issue date written with a cited number: "văn bản số 353/LĐTBXH-QLLĐVL, ngày 20/3/2017"
# or "ngày 6/10/2023, Liên đoàn ... có công văn số 476/...".
_CITED_DATE = re.compile(r"ngày\s+(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*(?P<y>\d{4})",
                         re.IGNORECASE)
_KINDS = {
    "quyet dinh": ProgrammeKind.DECISION,
    "chi thi": ProgrammeKind.DIRECTIVE,
    "thong bao": ProgrammeKind.NOTICE,
    "thong bao ket luan": ProgrammeKind.NOTICE,
    "huong dan": ProgrammeKind.GUIDANCE,
    "cong van": ProgrammeKind.OFFICIAL_LETTER,
    "ke hoach": ProgrammeKind.PLAN,
    "chuong trinh phoi hop": ProgrammeKind.COORDINATION_PROGRAMME,
    "chuong trinh": ProgrammeKind.COORDINATION_PROGRAMME,
    "quy che phoi hop": ProgrammeKind.REGULATION,
    "quy che": ProgrammeKind.REGULATION,
    "de an": ProgrammeKind.SCHEME,
}
_ISSUER_KEYS = {"UBND": "ubnd", "LĐLĐ": "ldld", "SLĐTBXH": "so-ldtbxh", "LĐTBXH": "so-ldtbxh",
                "SNV": "so-noi-vu", "BQL": "ban-ql-kcn", "BHXH": "bhxh"}
_IMPLEMENTS = re.compile(
    r"(?P<kind>Quyết định|Kế hoạch|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Chương trình|Công văn|"
    r"Luật|Đề án|Hướng dẫn)\s+số\s+(?P<ref>[\w/\-–.ĐđƯư]+)"
    r"(?:\s+ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>.+?))?(?:\s+về\s+(?P<title>.+?))?"
    r"(?=\s*\(sau đây|\s*;|\s*,\s*(?:UBND|Ủy ban)|\s*$)")
# Lines of a header that say nothing this reader keeps: the national motto, rules, the
# issuer's name in capitals, "V/v" subjects, and the considerations of a decision.
_HEADER_NOISE = re.compile(
    r"^(?:cong hoa xa hoi chu nghia viet nam|doc lap - tu do - hanh phuc|[-_=*. ]+$|v/v\b|ve viec\b)")
# The considerations of a decision or resolution, before its articles. In a letter or a
# notice the same words open the body: "Xét đề nghị của Bộ ..., Phó Thủ tướng giao ...".
_CONSIDERATIONS = re.compile(r"^(?:theo de nghi|xet de nghi|sau khi thong nhat|xet to trinh|quyet nghi)")
# A document named in running text as the one being issued or sent, for texts with no
# "Số:" line (press and portal summaries): "ban hành Công văn số 5699/UBND-KGVX".
_ISSUED_NUMBER = re.compile(
    r"(?:(?:ban hành|có|gửi|phát hành)\s+(?:văn bản|công văn|kế hoạch|quyết định|chỉ thị|thông báo|"
    r"hướng dẫn|công điện|kết luận|nghị quyết|chương trình|quy chế)(?:\s+hỏa tốc)?|(?:ký|ra)\s+(?:công văn|"
    r"kế hoạch|quyết định|chỉ thị|công điện)|\((?:công văn|văn bản|quyết định|kế hoạch|"
    r"chỉ thị|thông báo|chương trình|quy chế)"
    # A portal's source line: "Nguồn CV số: 2319/UBND-KTN".
    r"|nguồn\s*:?\s*(?:cv|công văn|văn bản|quyết định|kế hoạch|thông báo))\s+số\s*:?\s+"
    r"(?P<ref>\d[^\s,;)]*[^\s,;).])", re.IGNORECASE)
_NUMBER_SEARCH_SPAN = 2_000
# A header cell broken over more lines than this is not one ("Sơn" / "La, ngày 11 tháng 3" / "năm 2020").
_CELL_LINES = 5
_PLACE_WORDS = 6
# A header's date line, read or not: "<place>, ngày 31 tháng 2 năm 2024" and nothing after.
_DATE_LINE = re.compile(r"^(?P<place>[^.;:!?]{0,60}?)\bngay\s+\S{1,3}\s+thang\s+\S{1,3}\s+nam\s+\S{1,5}"
                        r"\s*[|.]?\s*$")
# A page's headline stands at most this many lines above the document's header.
_HEADLINE_LINES = 4
# "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "UBND THÀNH PHỐ HẢI PHÒNG": the province an issuer line names.
_PROVINCE_IN_LINE = re.compile(r"(?:^|\s)(?:TỈNH|THÀNH PHỐ|TP\.?)\s+(?P<name>[^\W\d_][^|,;()]{1,30})$")
# A national body's name in its header ("BỘ LAO ĐỘNG ...", "BẢO HIỂM XÃ HỘI VIỆT NAM"), not the
# national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
# The motto may be broken over lines ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
_NATIONAL_ISSUER = re.compile(r"^(?!cong hoa|hoa xa hoi)(?:bo |van phong chinh phu|chinh phu|thu tuong|"
                              r"tong lien doan|.*\bviet nam$)")
# "tỉnh Hưng Yên", "thành phố Cần Thơ", "TP. Hồ Chí Minh" in running text: capitalised words.
_PROVINCE_IN_TEXT = re.compile(r"(?:\btỉnh|\bthành phố|\bTP\.?)\s+(?P<name>(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*){1,3})")
_AREA_SEARCH_SPAN = 4_000
_PROVINCE_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)
# A title in capitals with no kind line before it: "VỀ VIỆC BAN HÀNH ...", "BAN HÀNH QUY CHẾ ...".
_TITLE_OPENING = re.compile(r"^(?:ve viec|ban hanh|ve |phe duyet)")
# Lines that open a document's body, never its title: grounds, articles, chapters, the
# "QUYẾT ĐỊNH:" of a decision, the opening words of a letter or a notice.
_OPENS_BODY = re.compile(
    r"(?:can cu|thuc hien|dieu \d|chuong [ivxlc\d]|phan [ivxlc\d]|quyet dinh\s*:|kinh gui|"
    r"sau khi|de |nham |ngay \d|trong (?:nhung )?(?:nam|thoi gian)|hien nay|tiep theo)")
# A title broken over lines (the title is one phrase); a title in capitals goes on in
# capitals.
_TITLE_SPAN = 400
# "QUY CHẾ PHỐI HỢP GIỮA A VÀ B": the sides, up to where the title goes on ("về", "trong", "giai đoạn").
_BETWEEN = re.compile(r"\bgiữa\s+", re.IGNORECASE)
_SIDES_END = re.compile(r"\s+(?:về|trong|trên|giai đoạn|năm|nhiệm kỳ)\s+", re.IGNORECASE)


class HeaderReader(Draft):
    """The reader's part that reads the head of a document (see the module)."""

    def read_header(self) -> int:
        """The header's elements, line by line (cells of a header table one by one); returns
        the index of the first line of the body."""
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            text = line.text.strip()
            if not text or text == "|":  # "|" alone: a header table exported a cell a line
                index += 1
                continue
            if ROMAN_PART.match(text) or (
                    self.kind is not None and (NUMBERED.match(text) or LABEL.match(text))):
                break
            folded = fold(text)
            if folded.replace(" ", "") == "quyetdinh:":
                self.kind = self.kind or ProgrammeKind.DECISION
                return index + 1  # "QUYẾT ĐỊNH:" opens the articles
            if folded in _KINDS and self.kind is None:
                self.kind = _KINDS[folded]
                index = self.read_title(index + 1)
                continue
            if not self.title and self.kind is None and len(text) > 5 and (
                    folded.startswith("v/v") or (self.document is not None
                                                 and folded.startswith(("ve viec ", "ve ")))):
                # A letter's subject line, under its number, is its title: "V/v chi trả tiền
                # lương, thưởng Tết", "Về sơ kết 5 năm thực hiện ...".
                self.title = nfc(text[3:].strip(" :.-") if folded.startswith("v/v") else text)
                index += 1
                continue
            if folded.startswith("kinh gui"):
                index = self.read_addressees(index)
                continue
            if folded.startswith("can cu"):
                index = self.read_grounds(index)
                continue
            cells = [cell.strip() for cell in text.split("|") if cell.strip()] or [text]
            known = [self.read_header_cell(cell, line.start + line.text.index(cell))
                     for cell in cells]
            following = self.cell_lines(index)
            if not any(known) and following > index + 1 and self.read_header_cell(
                    " ".join(self.lines[i].text.strip() for i in range(index, following)),
                    line.start + line.text.index(text)):
                index = following
                continue
            if not any(known) and not all(self.is_header_noise(cell) for cell in cells):
                if self.document is None and self.kind is None and self.header_follows(index):
                    index += 1  # a portal's headline above the document's own header
                    continue
                break
            if not any(known) and not self.title and _TITLE_OPENING.match(folded):
                self.title = nfc(text)
            if not any(known):
                self.issuer_lines.extend(cells)
            index += 1
        return index

    def header_follows(self, index: int) -> bool:
        """Whether a document's header (its number, the national motto) comes within the few
        lines after ``index``: a line before it is a page's headline, not the body."""
        seen = 0
        for line in self.lines[index + 1:]:
            text = line.text.strip()
            if not text:
                continue
            if _NUMBER_LINE.match(text) or fold(text).startswith(("cong hoa xa hoi", "uy ban nhan dan")):
                return True
            seen += 1
            if seen >= _HEADLINE_LINES:
                return False
        return False

    def cell_lines(self, index: int) -> int:
        """Where the header cell opening at ``index`` ends, when the header is a table exported
        one cell over several lines with "|" alone between cells ("Số:" / "300/KH-UBND" / "|",
        "Bình Định, ngày" / "29 tháng 04 năm 2021" / "|"); ``index + 1`` when it is not."""
        for end in range(index + 1, min(index + _CELL_LINES, len(self.lines))):
            text = self.lines[end].text.strip()
            if text == "|":
                return end
            if not text or "|" in text:
                break
        return index + 1

    def find_cited_number(self) -> None:
        """The number of a document the text reports as issued, when it has no header of its own.

        A summary often names the documents it follows before the one it reports ("UBND tỉnh
        ban hành Kế hoạch số 71/KH-UBND, ngày 06/3/2017 ... Sở ... đã ban hành văn bản số
        353/LĐTBXH-QLLĐVL, ngày 20/3/2017 hướng dẫn ..."): the newest dated one is the news;
        with no dates, the first.
        """
        found: list[tuple[pendulum.Date | None, DocumentRef]] = []
        for match in _ISSUED_NUMBER.finditer(self.source, 0, _NUMBER_SEARCH_SPAN):
            try:
                ref = DocumentRef.parse(match["ref"])
            except DocumentRefParseError:
                continue
            found.append((_date_near(self.source, match.start(), match.end()), ref))
        dated = [(on, ref) for on, ref in found if on is not None]
        if dated:
            self.document = max(dated, key=lambda pair: pair[0])[1]
        elif found:
            self.document = found[0][1]

    def read_header_cell(self, text: str, start: int) -> bool:
        """Read one element of the header (number, place and date); whether it was one."""
        folded = fold(text)
        number = _NUMBER_LINE.match(text)
        if number and self.document is None:
            ref, rest = _leading_reference(number["ref"])
            if ref is None:
                try:
                    DocumentRef.parse(number["ref"])
                except DocumentRefParseError as error:
                    self.note("unread-number", error.reason, start, text)
                return True
            self.document = ref
            if rest.strip(" ,;|-"):  # "Số: 12/KH-UBND      Huế, ngày 3 tháng 3 năm 2025" on one line
                self.read_header_cell(rest.strip(" ,;|-"), start + text.find(rest.strip(" ,;|-")))
            return True
        if " ngay " in f" {folded} " and " thang " in folded and self.issued_on is None \
                and len(text) < 90:
            try:
                self.place, self.issued_on = parse_place_and_date(text)
            except DocumentRefParseError:
                if not _is_date_line(text, folded):
                    return False  # a sentence that dates something, not the header's date line
                self.note("unread-date", "a date line this reader cannot read", start, text)
            return True
        return False

    def is_header_noise(self, text: str) -> bool:
        """A header line with nothing to keep: the motto, an issuer in capitals, a "V/v" subject."""
        folded = fold(text)
        considering = self.kind in (None, ProgrammeKind.DECISION) and bool(
            _CONSIDERATIONS.match(folded))
        return _shouting(text) or considering or bool(_HEADER_NOISE.match(folded))

    def read_addressees(self, index: int) -> int:
        """ "Kính gửi: A, B" on its line, or as the dashed or wrapped lines that follow it."""
        line = self.lines[index]
        text = line.text.strip()
        after = text.split(":", 1)[1] if ":" in text else text[len("Kính gửi"):]
        parts = [(after, line.start + line.text.index(after) if after.strip() else line.start)]
        index += 1
        while index < len(self.lines):
            following = self.lines[index].text.strip()
            if not following:
                index += 1
                continue
            if not (following[0] in "-–•+" or following[0].islower()):
                break
            parts.append((following.lstrip("-–•+ "), self.lines[index].start
                          + self.lines[index].text.index(following.lstrip("-–•+ "))))
            index += 1
        # Read once the area is known; the pieces keep their own offsets.
        self.addressees_parts = [(piece, at) for piece, at in parts if piece.strip()]
        if self.kind is None:
            self.kind = ProgrammeKind.OFFICIAL_LETTER
        return index

    def read_title(self, index: int) -> int:
        """The title under the kind line, up to a blank line or the first line that is not
        title: stored pages often have no blank line between title and body."""
        parts: list[str] = []
        while index < len(self.lines) and not self.lines[index].text.strip():
            index += 1
        while index < len(self.lines) and self.lines[index].text.strip():
            text = self.lines[index].text.strip()
            if parts and not _goes_on_title(parts, text):
                break
            if _OPENS_BODY.match(fold(text)) or ROMAN_PART.match(text) or NUMBERED.match(text) \
                    or DASH.match(text) or LABEL.match(text):
                break
            parts.append(text)
            index += 1
        self.title = nfc(" ".join(parts))
        return index

    def read_grounds(self, index: int) -> int:
        """The "Căn cứ ..." paragraph(s): the documents this one implements."""
        first = True
        while index < len(self.lines):
            line = self.lines[index]
            text = line.text.strip()
            if text:
                continues = first or fold(text).startswith(("can cu", "-")) or text[0].islower() \
                    or WRAPPED_DATE.match(text) is not None
                if ROMAN_PART.match(text) or not continues:
                    break
                for match in _IMPLEMENTS.finditer(text):
                    self.add_ground(match, line.start)
                first = False
            index += 1
        return index

    def add_ground(self, match: re.Match[str], base: int) -> None:
        issued = None
        if match["y"]:
            try:
                issued = pendulum.Date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                self.note("unread-date", "no such date", base + match.start("d"), match[0])
        try:
            ref = DocumentRef.parse(match["ref"], issued_on=issued,
                                    title=nfc(match["title"]) if match["title"] else None)
        except DocumentRefParseError as error:
            self.note("unread-number", error.reason, base + match.start("ref"), match["ref"])
            return
        self.implements.append(ref)

    def area_of_header(self) -> str | None:
        """The province a header names when its place line does not: the place may be the
        provincial capital ("Biên Hòa, ngày ...") or written in full ("Thành phố Hồ Chí Minh"),
        and the issuer's lines say the province ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI")."""
        candidates = [_PROVINCE_PREFIX.sub("", self.place)] if self.place else []
        for line in self.issuer_lines:
            candidates.extend(match["name"] for match in _PROVINCE_IN_LINE.finditer(line))
        for name in candidates:
            try:
                return self.catalogue.area_id(name.strip(" .,"), on=self.issued_on)
            except UnknownAgencyError:
                continue
        return None

    def area_of_text(self) -> str | None:
        """The province a text with no header is about: the one it names most often as "tỉnh X"
        or "thành phố X" ("hỗ trợ người dân có hộ khẩu tại tỉnh Hưng Yên ..."), first named
        winning a tie; None when it names none."""
        counts: dict[str, int] = {}
        for match in _PROVINCE_IN_TEXT.finditer(self.source, 0, _AREA_SEARCH_SPAN):
            words = match["name"].split()
            # "tỉnh Hưng Yên hiện đang": the name is its first two or three words.
            for size in (3, 2, 1):
                found = self.catalogue.find_area(" ".join(words[:size]), on=self.issued_on)
                if found is None:
                    continue
                counts[found] = counts.get(found, 0) + 1
                break
        return max(counts, key=lambda area: counts[area]) if counts else None

    def settle_area(self) -> None:
        national = any(_NATIONAL_ISSUER.match(fold(line)) for line in self.issuer_lines)
        # A ministry or national body writes "Hà Nội, ngày ...": its letter speaks to every
        # province ("UBND tỉnh", "BHXH tỉnh"), not to the capital.
        area = self.requested_area or (None if national else self.place)
        if area is not None:
            try:
                self.area = self.catalogue.area_id(area, on=self.issued_on)
            except UnknownAgencyError:
                self.area = None if self.requested_area else self.area_of_header()
                if self.area is None:
                    self.note("unknown-area", "the place is not a known province or city", 0, area)
        elif self.issuer_lines and not national:
            self.area = self.area_of_header()
        if self.area is None and area is None and not national:
            self.area = self.area_of_text()
        self.names = NameReader(self.area, self.catalogue, on=self.issued_on)
        key = _ISSUER_KEYS.get(self.document.issuer) if self.document and self.document.issuer else None
        if key and self.area:
            issuer = f"{self.area}/{key}"
            if issuer in self.catalogue:
                self.issuer = self.catalogue.get(issuer)
            else:  # the body the number names did not exist in that area (a 2025 merger, say)
                self.note("unknown-issuer", f"no {key} is known in {self.area}", 0,
                          self.document.symbol if self.document else "")
        for text, offset in self.addressees_parts:
            found, problems = self.names.read_list(text, offset)
            self.addressees.extend(found)
            self.diagnostics.extend(problems)
        self.read_parties()

    def read_parties(self) -> None:
        """The sides of a regulation or programme "GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ LIÊN ĐOÀN LAO
        ĐỘNG TỈNH" (or "giữa A, B và C"), as its title names them."""
        between = _BETWEEN.search(self.title)
        if between is None or self.kind not in (ProgrammeKind.REGULATION,
                                                ProgrammeKind.COORDINATION_PROGRAMME):
            return
        written = self.title[between.end():]
        at = self.source.find(written[:40])
        found, _problems = self.names.read_list(_SIDES_END.split(written, maxsplit=1)[0],
                                                max(at, 0))
        self.parties = found if len(found) >= 2 else []


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _goes_on_title(parts: list[str], text: str) -> bool:
    """Whether ``text`` continues the title begun by ``parts``: a title in capitals goes on in
    capitals, one in sentence case on a line that opens in lower case (a wrapped line), and
    no title runs past a few lines' length."""
    if sum(map(len, parts)) + len(text) > _TITLE_SPAN:
        return False
    if _shouting(parts[0]):
        return _shouting(text)
    return text[0].islower() or text[0].isdigit() or text[0] in "(\"“"


def _is_date_line(text: str, folded: str) -> bool:
    """Whether a line is laid out as a header's place and date, even one that cannot be read:
    its place is a few capitalised words ("Thừa Thiên Huế,"), not a sentence."""
    line = _DATE_LINE.match(folded)
    if line is None:
        return False
    place = text[:len(line["place"])].replace(",", " ").split()
    return len(place) <= _PLACE_WORDS and all(word[:1].isupper() or word[:1].isdigit()
                                               for word in place)


def _leading_reference(
        text: str) -> tuple[DocumentRef | None, str]:
    """The document number that opens ``text`` and what follows it.

    The number may be spaced ("2455 / LĐTBXH - LĐTL") and may share its line with the place
    and date of a header laid out with spaces, so the longest run of words that reads as a
    number wins.
    """
    words = list(re.finditer(r"\S+", text))[:9]
    for last in range(len(words) - 1, -1, -1):
        try:
            ref = DocumentRef.parse(text[:words[last].end()])
        except DocumentRefParseError:
            continue
        # A header's number has a symbol; a number alone with more after it ("Số 2 Lê Lợi")
        # is an address, not the document's number.
        if ref.issuer is None and text[words[last].end():].strip():
            continue
        return ref, text[words[last].end():]
    return None, text


def _date_near(text: str, start: int, end: int) -> pendulum.Date | None:
    """The date written in the same sentence as a cited number, just before or just after it."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    closing = min((i for i in (text.find(". ", end), text.find("\n", end)) if i != -1),
                  default=len(text))
    window = text[max(opening, start - 120):min(closing, end + 40)]
    for match in _CITED_DATE.finditer(window):
        try:
            return pendulum.Date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
    return None
