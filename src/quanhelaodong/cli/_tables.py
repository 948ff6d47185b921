"""Aligned text tables and JSON, the two shapes every subcommand prints."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click

from quanhelaodong.programmes import CoordinationProgramme
from quanhelaodong.rows import aligned_table

__all__ = ["agency_names", "echo_json", "table"]

#: Cells longer than this are cut, so that a table stays readable in a terminal.
MAX_CELL = 70


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, limit: int = MAX_CELL) -> str:
    """``rows`` under ``headers`` and a rule, columns padded to the widest cell, long cells cut.

    >>> print(table(["Nhiệm vụ", "Chủ trì"], [["PL.I.4", "Sở LĐ-TB&XH"], ["II.1", ""]]))
    Nhiệm vụ  Chủ trì
    --------  -----------
    PL.I.4    Sở LĐ-TB&XH
    II.1
    """
    return aligned_table(headers, rows, widths=[limit] * len(headers), rule=True)


def agency_names(programme: CoordinationProgramme, ids: Sequence[str]) -> str:
    """The names of a programme's agencies, as a table cell shows them.

    >>> from quanhelaodong.io import load_bundled
    >>> agency_names(load_bundled("hue-2023"), ["thua-thien-hue/ldld", "thua-thien-hue/bhxh"])
    'Liên đoàn Lao động tỉnh Thừa Thiên Huế, Bảo hiểm xã hội tỉnh Thừa Thiên Huế'
    """
    return ", ".join(programme.agency(agency_id).name for agency_id in ids)


def echo_json(value: Any) -> None:
    """Print ``value`` as JSON, Vietnamese kept readable (not escaped)."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))
