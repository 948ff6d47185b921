"""Official document numbers ("số, ký hiệu") and dates, per Decree 30/2020/NĐ-CP.

Decree 30/2020/NĐ-CP on clerical work (Appendix I) fixes the form "number / type
abbreviation - issuer abbreviation": "180/KH-UBND". A công văn has no type:
"123/UBND-VX". Normative legal documents add the year: "30/2020/NĐ-CP". Party
documents put a hyphen after the number: "37-CT/TW". Real texts also write spaces
around the separators ("2455 / LĐTBXH - LĐTL"). Diacritics and case are
significant: "HD" (hướng dẫn, guidance) and "HĐ" (hợp đồng, contract) differ.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
import pendulum

from quanhelaodong._fields import as_optional_date
from quanhelaodong.errors import DocumentRefParseError
from quanhelaodong.text import nfc

__all__ = ["DOCUMENT_TYPES", "DocumentRef", "parse_place_and_date"]

#: Type abbreviations of administrative documents, Decree 30/2020/NĐ-CP Appendix III,
#: plus the types of normative legal documents (Law 80/2015/QH13 on promulgation of
#: legal documents) that appear in document numbers.
DOCUMENT_TYPES: dict[str, str] = {
    "NQ": "nghị quyết",
    "QĐ": "quyết định",
    "CT": "chỉ thị",
    "QC": "quy chế",
    "QyĐ": "quy định",
    "TC": "thông cáo",
    "TB": "thông báo",
    "HD": "hướng dẫn",
    "CTr": "chương trình",
    "KH": "kế hoạch",
    "PA": "phương án",
    "ĐA": "đề án",
    "DA": "dự án",
    "BC": "báo cáo",
    "BB": "biên bản",
    "TTr": "tờ trình",
    "HĐ": "hợp đồng",
    "CĐ": "công điện",
    "BGN": "bản ghi nhớ",
    "BTT": "bản thỏa thuận",
    "GUQ": "giấy ủy quyền",
    "GM": "giấy mời",
    "GGT": "giấy giới thiệu",
    "GNP": "giấy nghỉ phép",
    "PG": "phiếu gửi",
    "PC": "phiếu chuyển",
    "PB": "phiếu báo",
    "SY": "bản sao y",
    "TrS": "bản trích sao",
    "SL": "bản sao lục",
    # Normative legal documents.
    "NĐ": "nghị định",
    "TT": "thông tư",
    "TTLT": "thông tư liên tịch",
    "NQLT": "nghị quyết liên tịch",
    "L": "luật",
    # Party documents (Hướng dẫn 36-HD/VPTW); "KL" is a conclusion.
    "KL": "kết luận",
}

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                         "\u2014": "-", "\u2212": "-"})
_SPACED_SEPARATOR = re.compile(r"\s*([/-])\s*")
_PREFIX = re.compile(r"^(?:số|so)\s*[:.]?\s*", re.IGNORECASE)
_STATE_FORM = re.compile(r"^(?P<number>\d+)(?:/(?P<year>\d{4}))?/(?P<symbol>[^/\s]+)$")
_PARTY_FORM = re.compile(r"^(?P<number>\d+)-(?P<type>[^\W\d_]+)/(?P<issuer>[^/\s]+)$")
# State documents before 1997 were numbered number-first with a dash and no type ("453-CP" of
# the Government Council, "744-TTg" of the Prime Minister, "151-HĐBT").
_OLD_FORM = re.compile(r"^(?P<number>\d+)-(?P<issuer>[^\W\d_][\w&.]*)$")
# A press item may cite a number alone: "quyết định số 785", "Công văn số 4787".
_BARE_FORM = re.compile(r"^(?P<number>\d+)$")
# A document number, or a place and date line, is read only up to this length.
_LONGEST = 300
_CODE = re.compile(r"^[^\W_][\w&.]*$")


def _check_code(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not all(_CODE.match(part) for part in value.split("-")):
        raise DocumentRefParseError(value, f"{attribute.name} must be letters, digits and hyphens")


@attrs.frozen
class DocumentRef:
    """The number and symbol of an official document, with its date and place of issue.

    >>> ref = DocumentRef.parse("Số: 2455 / LĐTBXH - LĐTL")
    >>> ref.symbol, ref.type_code, ref.issuer, ref.unit
    ('2455/LĐTBXH-LĐTL', None, 'LĐTBXH', 'LĐTL')
    >>> DocumentRef.parse("30/2020/NĐ-CP").type_name
    'nghị định'
    >>> str(DocumentRef.parse("37-CT/TW"))
    '37-CT/TW'
    >>> str(DocumentRef.parse("453-CP")), str(DocumentRef.parse("785"))
    ('453-CP', '785')
    """

    number: str = attrs.field()
    #: The issuer's code in the symbol ("UBND", "LĐTBXH"); None when the text gives the
    #: number alone.
    issuer: str | None = attrs.field(validator=_check_code)
    type_code: str | None = attrs.field(default=None, validator=_check_code)
    year: int | None = attrs.field(default=None)
    unit: str | None = attrs.field(default=None, validator=_check_code)
    #: Written number-first with a dash: a Party document ("37-CT/TW"), or, with no type,
    #: a state document of before 1997 ("453-CP").
    party: bool = attrs.field(default=False)
    issued_on: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)
    place: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)

    @number.validator
    def _check_number(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not value.isdigit():
            raise DocumentRefParseError(value, "the number must be digits")

    @classmethod
    def parse(cls, text: str, *, issued_on: object = None, place: str | None = None,
              title: str | None = None) -> DocumentRef:
        """Read a document number as written ("Số: 180/KH-UBND", "37-CT/TW", ...).

        The number keeps its leading zeros ("06/2024/QĐ-UBND"); a segment after the
        issuer of a công văn is the drafting unit ("123/UBND-VX": unit "VX").
        """
        if not isinstance(text, str):
            raise DocumentRefParseError(repr(text), "a document number is text")
        if len(text) > _LONGEST:
            raise DocumentRefParseError(text, f"{len(text)} characters, more than the {_LONGEST} "
                                        "a document number or date line is read in")
        compact = _SPACED_SEPARATOR.sub(r"\1", _PREFIX.sub("", nfc(text).translate(_DASHES)))
        compact = compact.rstrip(".;,")
        party = _PARTY_FORM.match(compact)
        if party:
            return cls(party["number"], party["issuer"], party["type"], party=True,
                       issued_on=issued_on, place=place, title=title)
        old = _OLD_FORM.match(compact)
        if old:
            return cls(old["number"], old["issuer"], party=True,
                       issued_on=issued_on, place=place, title=title)
        bare = _BARE_FORM.match(compact)
        if bare:
            return cls(bare["number"], None, issued_on=issued_on, place=place, title=title)
        state = _STATE_FORM.match(compact)
        if not state:
            raise DocumentRefParseError(text, "expected 'number/TYPE-ISSUER', 'number-TYPE/ISSUER', "
                                        "'number-ISSUER' or a number alone")
        parts = state["symbol"].split("-")
        if any(not part for part in parts):
            raise DocumentRefParseError(text, "empty part between hyphens")
        year = int(state["year"]) if state["year"] else None
        if parts[0] in DOCUMENT_TYPES and len(parts) > 1:
            return cls(state["number"], "-".join(parts[1:]), parts[0], year,
                       issued_on=issued_on, place=place, title=title)
        unit = "-".join(parts[1:]) or None
        return cls(state["number"], parts[0], None, year, unit,
                   issued_on=issued_on, place=place, title=title)

    @property
    def symbol(self) -> str:
        """The canonical number and symbol, without spaces ("180/KH-UBND")."""
        if self.issuer is None:
            return self.number
        if self.party:
            if self.type_code is None:
                return f"{self.number}-{self.issuer}"
            return f"{self.number}-{self.type_code}/{self.issuer}"
        head = self.number if self.year is None else f"{self.number}/{self.year}"
        tail = "-".join(part for part in (self.type_code, self.issuer, self.unit) if part)
        return f"{head}/{tail}"

    @property
    def type_name(self) -> str | None:
        """The Vietnamese name of the document type, or None for a công văn."""
        return DOCUMENT_TYPES.get(self.type_code) if self.type_code else None

    def __str__(self) -> str:
        return self.symbol


_PLACE_DATE = re.compile(
    r"^(?:(?P<place>[^,]+?)\s*,\s*)?ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})"
    r"\s+năm\s+(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)


def parse_place_and_date(text: str) -> tuple[str | None, pendulum.Date]:
    """Read the place and date line of a document ("Thừa Thiên Huế, ngày 12 tháng 5 năm 2023").

    >>> parse_place_and_date("Thừa Thiên Huế, ngày 12 tháng 5 năm 2023")
    ('Thừa Thiên Huế', Date(2023, 5, 12))
    """
    if not isinstance(text, str):
        raise DocumentRefParseError(repr(text), "a place and date line is text")
    if len(text) > _LONGEST:
        raise DocumentRefParseError(text, f"{len(text)} characters, more than the {_LONGEST} "
                                    "a document number or date line is read in")
    match = _PLACE_DATE.match(nfc(text))
    if not match:
        raise DocumentRefParseError(text, "expected '<Place>, ngày D tháng M năm YYYY'")
    try:
        day = pendulum.Date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError as error:
        raise DocumentRefParseError(text, str(error)) from None
    return match["place"], day
