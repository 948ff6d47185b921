"""Dates for tests, written as ISO text or taken from the standard library."""

from __future__ import annotations

import datetime

import pendulum


def as_date(value: str | datetime.date) -> pendulum.Date:
    """``pendulum.Date`` of an ISO ``YYYY-MM-DD`` text or a ``datetime.date``."""
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value)
    return pendulum.Date(value.year, value.month, value.day)
