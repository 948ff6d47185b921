"""Conversion of date-like values to :class:`pendulum.Date`, the library's date type."""

from __future__ import annotations

import datetime

import pendulum

from quanhelaodong.errors import InvalidValueError

__all__ = ["as_date", "as_optional_date"]


def as_date(value: object) -> pendulum.Date:
    """Return ``value`` as a :class:`pendulum.Date`.

    Accepts a ``pendulum.Date``, a plain ``datetime.date`` or an ISO ``YYYY-MM-DD`` string.
    A ``datetime`` is refused: a deadline is a day, and silently dropping a time
    of day would hide a mistake.

    >>> as_date("2023-05-12")
    Date(2023, 5, 12)
    """
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
    """Like :func:`as_date`, but ``None`` stays ``None``."""
    return None if value is None else as_date(value)
