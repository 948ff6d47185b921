"""Converters and validators that every attrs class of the library uses, written once.

A field that holds several things takes any iterable but never a bare string
(``topics="tiền lương"`` would otherwise become one topic per character); text
is stored in NFC; dates are :class:`pendulum.Date` and never datetimes; a choice
among an enum's values fails with the library's own error naming the choices.
"""

from __future__ import annotations

import datetime
import decimal
import enum
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs
import pendulum

from quanhelaodong.errors import InvalidValueError
from quanhelaodong.text import nfc

_Choice = TypeVar("_Choice", bound=enum.Enum)


def as_date(value: object) -> pendulum.Date:
    """Return ``value`` as a :class:`pendulum.Date`.

    Accepts a ``pendulum.Date``, a plain ``datetime.date`` or an ISO ``YYYY-MM-DD`` string.
    A ``datetime`` is refused: a deadline is a day, and silently dropping a time
    of day would hide a mistake.

    >>> as_date("2023-05-12")
    Date(2023, 5, 12)
    >>> as_date(datetime.date(2023, 5, 12))
    Date(2023, 5, 12)
    """
    if type(value) is pendulum.Date:
        return value
    if isinstance(value, datetime.datetime):
        raise InvalidValueError(f"expected a date, got a datetime {value!r}")
    if isinstance(value, pendulum.Date):
        return value
    if isinstance(value, datetime.date):
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            parsed = datetime.date.fromisoformat(value)
        except ValueError:
            raise InvalidValueError(f"expected an ISO date YYYY-MM-DD, got {value!r}") from None
        return pendulum.Date(parsed.year, parsed.month, parsed.day)
    raise InvalidValueError(f"expected a date, got {type(value).__name__} {value!r}")


def as_optional_date(value: object) -> pendulum.Date | None:
    """Like :func:`as_date`, but ``None`` stays ``None``.

    >>> as_optional_date(None) is None
    True
    """
    return None if value is None else as_date(value)


def as_choice(kind: type[_Choice], value: object, what: str) -> _Choice:
    """``kind(value)``, or an :class:`InvalidValueError` naming ``what`` and the choices.

    >>> class Colour(enum.Enum):
    ...     RED = "red"
    >>> as_choice(Colour, "red", "colour")
    <Colour.RED: 'red'>
    >>> as_choice(Colour, "blue", "colour")
    Traceback (most recent call last):
    ...
    quanhelaodong.errors.InvalidValueError: colour must be one of 'red', got 'blue'
    """
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(repr(member.value) for member in kind)
        raise InvalidValueError(f"{what} must be one of {choices}, got {value!r}") from None


#: A figure's size: no count or amount a document reports comes near 10^30, nor a share below 10^-30.
MAX_FIGURE_EXPONENT = 30


def as_decimal(value: object, what: str = "a figure") -> decimal.Decimal:
    """A figure as a :class:`~decimal.Decimal`: from a Decimal, an int or a decimal text ("58.32").

    A float is refused (its binary value is not the figure written), and so are
    NaN, infinities and figures past 10^30 in size or precision, each with an
    :class:`InvalidValueError` naming ``what``.

    >>> as_decimal("58.32"), as_decimal(2150)
    (Decimal('58.32'), Decimal('2150'))
    >>> as_decimal("58,32", "value")
    Traceback (most recent call last):
    ...
    quanhelaodong.errors.InvalidValueError: value must be a number such as 58.32 or 1000, got '58,32'
    """
    if isinstance(value, decimal.Decimal):
        number = value
    elif isinstance(value, int) and not isinstance(value, bool):
        if abs(value).bit_length() > 100:  # 2^100 > 10^30; refused before any conversion
            raise InvalidValueError(f"{what} must be smaller than 10^{MAX_FIGURE_EXPONENT}, got an "
                                    f"integer of {abs(value).bit_length()} bits")
        number = decimal.Decimal(value)
    elif isinstance(value, str) and len(value) <= 100:
        try:
            number = decimal.Decimal(value.strip())
        except decimal.InvalidOperation:
            raise InvalidValueError(f"{what} must be a number such as 58.32 or 1000, got {value!r}"
                                    ) from None
    else:
        shown = repr(value) if not isinstance(value, str) else f"a text of {len(value)} characters"
        raise InvalidValueError(f"{what} must be a number such as 58.32 or 1000 (a Decimal, an int "
                                f"or a text), got {type(value).__name__} {shown[:80]}")
    if not number.is_finite():
        raise InvalidValueError(f"{what} must be a finite number, got {number}")
    if number and not -MAX_FIGURE_EXPONENT <= number.adjusted() < MAX_FIGURE_EXPONENT:
        raise InvalidValueError(f"{what} must lie between 10^-{MAX_FIGURE_EXPONENT} and "
                                f"10^{MAX_FIGURE_EXPONENT} in size, got {number:.3e}")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 * MAX_FIGURE_EXPONENT:
        raise InvalidValueError(f"{what} must have at most {2 * MAX_FIGURE_EXPONENT} decimal places, "
                                f"got {-exponent}")
    return number


def as_optional_decimal(value: object, what: str = "a figure") -> decimal.Decimal | None:
    """Like :func:`as_decimal`, but ``None`` stays ``None``.

    >>> as_optional_decimal(None) is None
    True
    """
    return None if value is None else as_decimal(value, what)


def as_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """A field of several things: any iterable, never a bare string or a lone value.

    >>> as_tuple(["a", "b"])
    ('a', 'b')
    >>> as_tuple("ab")
    Traceback (most recent call last):
    ...
    quanhelaodong.errors.InvalidValueError: expected a sequence, not the string 'ab'
    """
    if isinstance(values, (str, bytes)):
        raise InvalidValueError(f"expected a sequence, not the string {values!r}")
    try:
        return tuple(values)
    except TypeError:
        raise InvalidValueError(
            f"expected a sequence, got {type(values).__name__} {values!r}") from None


def as_texts(values: Iterable[str]) -> tuple[str, ...]:
    """Several texts, each in NFC; a bare string is refused like :func:`as_tuple` refuses it.

    >>> as_texts(["Ho\\u0300a gia\\u0309i"]) == ("Hòa giải",)
    True
    """
    items = as_tuple(values)
    for item in items:
        if not isinstance(item, str):
            raise InvalidValueError(f"expected texts, got {type(item).__name__} {item!r}")
    return tuple(nfc(item) for item in items)


def as_text(value: str) -> str:
    """One text in NFC; anything but a string is refused.

    >>> as_text("  Sở  Nội vụ ")
    'Sở Nội vụ'
    """
    if not isinstance(value, str):
        raise InvalidValueError(f"expected a text, got {type(value).__name__} {value!r}")
    return nfc(value)


def as_optional_text(value: str | None) -> str | None:
    """Like :func:`as_text`, but ``None`` stays ``None``.

    >>> as_optional_text(None) is None
    True
    """
    return None if value is None else as_text(value)


def non_empty(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Validator: the text must not be empty."""
    if not value:
        raise InvalidValueError(f"{attribute.name} must not be empty")


def each(kind: type | tuple[type, ...]) -> Callable[[object, attrs.Attribute[Any], tuple[Any, ...]],
                                                   None]:
    """Validator of a tuple field: every item must be a ``kind``.

    >>> @attrs.frozen
    ... class Box:
    ...     sizes: tuple[int, ...] = attrs.field(converter=as_tuple, validator=each(int))
    >>> Box([1, "2"])
    Traceback (most recent call last):
    ...
    quanhelaodong.errors.InvalidValueError: sizes[1] must be a int, got str '2'
    """

    def check(_instance: object, attribute: attrs.Attribute[Any], values: tuple[Any, ...]) -> None:
        for index, item in enumerate(values):
            if not isinstance(item, kind):
                name = kind.__name__ if isinstance(kind, type) else " or ".join(
                    k.__name__ for k in kind)
                raise InvalidValueError(f"{attribute.name}[{index}] must be a {name}, got "
                                        f"{type(item).__name__} {item!r}")

    return check
