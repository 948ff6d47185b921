"""Aligned text tables and JSON, the two shapes every subcommand prints."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from typing import Any

import click

__all__ = ["echo_json", "table"]

#: Cells longer than this are cut, so that a table stays readable in a terminal.
MAX_CELL = 70


def _width(text: str) -> int:
    # Vietnamese letters are one column once composed; combining marks take none.
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def _cell(value: object, limit: int) -> str:
    text = unicodedata.normalize("NFC", " ".join(str(value).split()))
    if _width(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, limit: int = MAX_CELL) -> str:
    """``rows`` under ``headers``, columns padded to the widest cell, long cells cut.

    >>> print(table(["Nhiệm vụ", "Chủ trì"], [["PL.I.4", "Sở LĐ-TB&XH"], ["II.1", ""]]))
    Nhiệm vụ  Chủ trì
    --------  -----------
    PL.I.4    Sở LĐ-TB&XH
    II.1
    """
    cells = [[_cell(value, limit) for value in row] for row in rows]
    heads = [_cell(header, limit) for header in headers]
    widths = [max([_width(head)] + [_width(row[i]) for row in cells]) for i, head in enumerate(heads)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    return "\n".join([line(heads), line(["-" * w for w in widths]), *map(line, cells)])


def echo_json(value: Any) -> None:
    """Print ``value`` as JSON, Vietnamese kept readable (not escaped)."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))
