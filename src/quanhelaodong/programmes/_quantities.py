"""Figures as Vietnamese texts write them: "1.000", "58,32%", "hơn 1.000", "gần 2 tỉ".

Vietnamese writes a dot between thousands and a comma before decimals. A figure
often comes with a qualifier that makes it a bound, not a value: "hơn" / "trên"
(more than), "gần" (nearly, so less than), "khoảng" (about). The library keeps the
bound and never invents an exact number.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal

import attrs

from quanhelaodong._fields import as_choice, as_decimal
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.text import fold, nfc

__all__ = ["Quantity", "QuantityQualifier", "parse_number", "parse_quantity"]


class QuantityQualifier(enum.StrEnum):
    """What a figure's qualifier makes of it: exact, a lower or an upper bound, or about.

    >>> [parse_quantity(text).qualifier.value for text in ("hơn 1.000", "gần 2 tỉ", "khoảng 50%", "639")]
    ['more_than', 'nearly', 'about', 'exact']
    """

    EXACT = "exact"
    #: "hơn", "trên": more than the figure.
    MORE_THAN = "more_than"
    #: "gần": nearly, so less than the figure.
    NEARLY = "nearly"
    #: "khoảng", "xấp xỉ": about the figure.
    ABOUT = "about"
    #: "ít nhất", "tối thiểu": at least the figure.
    AT_LEAST = "at_least"


_QUALIFIERS = {
    "hon": QuantityQualifier.MORE_THAN, "tren": QuantityQualifier.MORE_THAN,
    "gan": QuantityQualifier.NEARLY, "khoang": QuantityQualifier.ABOUT,
    "xap xi": QuantityQualifier.ABOUT, "it nhat": QuantityQualifier.AT_LEAST,
    "toi thieu": QuantityQualifier.AT_LEAST,
}
_SCALES = {"nghin": 1_000, "ngan": 1_000, "trieu": 1_000_000, "ti": 1_000_000_000,
           "ty": 1_000_000_000}
# A figure with its qualifier and unit ("hơn 1.000 công nhân lao động ...") is shorter.
_LONGEST_QUANTITY = 1_000
# Longer than any figure a document writes (10^30 with its dots and 30 decimals).
_LONGEST_NUMBER = 80
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
_QUANTITY = re.compile(
    r"^(?:(?P<qualifier>hon|tren|gan|khoang|xap xi|it nhat|toi thieu)\s+)?"
    r"(?P<number>[\d.,]+)\s*(?P<percent>%)?\s*(?P<scale>nghin|ngan|trieu|ti|ty)?\s*(?P<unit>.*)$")


def parse_number(text: str) -> Decimal:
    """A number written the Vietnamese way: "1.000" is a thousand, "58,32" is 58.32.

    >>> parse_number("6.943"), parse_number("58,32"), parse_number("2.150")
    (Decimal('6943'), Decimal('58.32'), Decimal('2150'))
    """
    if not isinstance(text, str):
        raise InvalidValueError(f"expected a number as text, got {type(text).__name__} {text!r}")
    cleaned = text.strip()
    if len(cleaned) > _LONGEST_NUMBER or not _NUMBER.match(cleaned):
        shown = repr(text) if len(text) <= _LONGEST_NUMBER else f"a text of {len(text)} characters"
        raise InvalidValueError(f"{shown} is not a number written as 1.000 or 58,32 "
                                f"(at most {_LONGEST_NUMBER} characters)")
    return as_decimal(cleaned.replace(".", "").replace(",", "."), f"the number {cleaned!r}")


def _as_value(value: object) -> Decimal:
    return as_decimal(value, "value")


def _as_quantity_qualifier(value: object) -> QuantityQualifier:
    return as_choice(QuantityQualifier, value, "qualifier")


@attrs.frozen
class Quantity:
    """A figure with its qualifier and unit: "hơn 1.000 công nhân" is more than 1,000 workers.

    ``value`` is the figure as written (scaled: "2 tỉ đồng" is 2,000,000,000);
    ``lower`` and ``upper`` are what the text allows (None where it does not say).

    >>> Quantity("1000", "nearly").upper, Quantity("1000", "nearly").lower is None
    (Decimal('1000'), True)
    """

    value: Decimal = attrs.field(converter=_as_value)
    qualifier: QuantityQualifier = attrs.field(
        default=QuantityQualifier.EXACT, converter=_as_quantity_qualifier)
    unit: str | None = None
    percent: bool = False
    text: str | None = None

    @property
    def lower(self) -> Decimal | None:
        """The smallest value the text allows (exclusive for "hơn")."""
        if self.qualifier in (QuantityQualifier.EXACT, QuantityQualifier.MORE_THAN,
                              QuantityQualifier.AT_LEAST):
            return self.value
        return None

    @property
    def upper(self) -> Decimal | None:
        """The largest value the text allows (exclusive for "gần")."""
        if self.qualifier in (QuantityQualifier.EXACT, QuantityQualifier.NEARLY):
            return self.value
        return None

    @property
    def exact(self) -> bool:
        return self.qualifier is QuantityQualifier.EXACT


def parse_quantity(text: str) -> Quantity:
    """Read "hơn 1.000 công nhân", "gần 2 tỉ đồng", "58,32%", "639 ý kiến".

    >>> q = parse_quantity("hơn 1.000 công nhân lao động")
    >>> q.value, q.qualifier.value, q.lower, q.upper, q.unit
    (Decimal('1000'), 'more_than', Decimal('1000'), None, 'công nhân lao động')
    >>> parse_quantity("gần 2 tỉ đồng").value
    Decimal('2000000000')
    >>> parse_quantity("58,32%").percent
    True
    """
    if not isinstance(text, str):
        raise InvalidValueError(f"expected a figure as text, got {type(text).__name__} {text!r}")
    if len(text) > _LONGEST_QUANTITY:
        raise InvalidValueError(f"a figure of {len(text)} characters is longer than the "
                                f"{_LONGEST_QUANTITY} read")
    written = nfc(text)
    folded = fold(written)
    match = _QUANTITY.match(folded)
    if not match or not match["number"]:
        raise InvalidValueError(f"{text!r} is not a figure this library reads")
    number = parse_number(match["number"].rstrip(".,"))
    if match["scale"]:
        number *= _SCALES[match["scale"]]
    unit = written[match.start("unit"):].strip() or None if match["unit"] else None
    qualifier = _QUALIFIERS.get(match["qualifier"] or "", QuantityQualifier.EXACT)
    return Quantity(number, qualifier, unit, bool(match["percent"]), written)
