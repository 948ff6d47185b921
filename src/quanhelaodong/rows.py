"""Printable rows: query results that print as a short aligned table instead of one huge line.

Queries that answer with many typed rows (:func:`~quanhelaodong.graph.workload`,
:func:`~quanhelaodong.graph.find_tasks`, :func:`~quanhelaodong.followup.task_statuses`, ...)
return :class:`Rows`: a tuple of the rows, so indexing, ``len``, iteration and
equality with tuples work as usual. At the prompt it shows how many rows there are
and the first few as a table; ``print()`` shows the whole table. A row type says
which columns it prints through its ``table_columns`` (a tuple of :class:`Column`).

>>> from quanhelaodong.graph import ResponsibilityGraph, workload
>>> from quanhelaodong.io import load_bundled
>>> rows = workload(ResponsibilityGraph([load_bundled("hue-2023")]))
>>> rows[:2]
2 rows of Workload
agency                                                   lead  partner  implementer  monitor  total
Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế    18        8            6        0     32
Liên đoàn Lao động tỉnh Thừa Thiên Huế                     13       14            5        0     32
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, SupportsIndex, TypeVar, overload

import attrs

__all__ = ["Column", "Rows", "aligned_table", "few", "shorten"]

_Row = TypeVar("_Row", covariant=True)

#: How many rows the ``repr`` of :class:`Rows` shows; ``print()`` shows them all.
SHOWN_ROWS = 10
#: The widest a cell gets before it is cut with "…".
CELL_WIDTH = 60
_GAP = "  "


def _width(text: str) -> int:
    # Decomposed Vietnamese carries combining marks that take no column of their own.
    return sum(1 for char in text if not unicodedata.combining(char))


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` columns with "…" when it is longer.

    >>> shorten("Hội thi tìm hiểu pháp luật lao động", 20)
    'Hội thi tìm hiểu ph…'
    >>> shorten("Tập huấn", 20)
    'Tập huấn'
    """
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    if _width(flat) <= width:
        return flat
    return flat[: max(width - 1, 0)].rstrip() + "…"


def few(ids: Sequence[str], plural: str = "bodies", *, most: int = 2) -> str:
    """Ids in a ``repr`` as they are when there are at most ``most``, else how many.

    A split hands a body's work to half a dozen, a reminder goes to a dozen units: past a
    few, a count says more than a line of ids.

    >>> few(("hue/so-noi-vu",)), few(("a", "b", "c"))
    ("('hue/so-noi-vu',)", '3 bodies')
    """
    return repr(tuple(ids)) if len(ids) <= most else f"{len(ids)} {plural}"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (tuple, list, frozenset, set)):
        return ", ".join(_text(item) for item in value)
    return str(value)


@attrs.frozen
class Column:
    """One column of a printed table: its header and how a row's cell is read.

    Cells that are numbers are aligned right, the rest left; dates print as ISO
    days, ``None`` as nothing, sequences joined with commas.

    >>> Column("lead", lambda row: row[1]).cell((None, 18))
    18
    """

    header: str
    cell: Callable[[Any], object]
    width: int = CELL_WIDTH


def _columns(rows: Sequence[object]) -> tuple[Column, ...] | None:
    kind = type(rows[0])
    columns: tuple[Column, ...] | None = getattr(kind, "table_columns", None)
    if columns is None or not all(type(row) is kind for row in rows):
        return None
    return columns


class Rows(tuple[_Row, ...]):
    """Typed rows of a query result: a tuple that prints as an aligned table.

    The ``repr`` shows the number of rows and the first :data:`SHOWN_ROWS`; ``str``
    (and ``print``) the whole table. A slice is rows again. Rows whose type names
    no ``table_columns`` print one per line.

    >>> Rows([1, 2, 3]) == (1, 2, 3), Rows([1, 2, 3])[1:]
    (True, 2 rows of int
    2
    3)
    >>> Rows([])
    0 rows
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return self.table(limit=SHOWN_ROWS, title=True)

    def __str__(self) -> str:
        return self.table()

    @overload
    def __getitem__(self, index: SupportsIndex) -> _Row: ...

    @overload
    def __getitem__(self, index: slice) -> Rows[_Row]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> _Row | Rows[_Row]:
        if isinstance(index, slice):
            return Rows(tuple.__getitem__(self, index))
        return tuple.__getitem__(self, index)

    def table(self, limit: int | None = None, *, title: bool = False) -> str:
        """The rows as an aligned text table: the first ``limit`` rows (all by default).

        With ``title``, a first line says how many rows there are and of what.

        >>> from quanhelaodong.graph import ResponsibilityGraph, tasks_of
        >>> from quanhelaodong.io import load_bundled
        >>> graph = ResponsibilityGraph([load_bundled("hue-2023")])
        >>> print(tasks_of(graph, "thua-thien-hue/bhxh", "lead").table(limit=2))
        task             title
        hue-2023:IV.8.a  Tăng cường công tác tuyên truyền các chính sách BHXH, BHYT, BHT…
        hue-2023:IV.8.b  Tăng cường công tác thanh tra, kiểm tra, hướng dẫn các doanh ng…
        … 3 more (print() shows them all)
        """
        shown = list(self if limit is None else self[:limit])
        lines = []
        if title:
            count = len(self)
            kind = f" of {type(self[0]).__name__}" if count else ""
            lines.append(f"{count} row{'' if count == 1 else 's'}{kind}")
        if shown:
            lines += _table(shown)
        if len(shown) < len(self):
            lines.append(f"… {len(self) - len(shown)} more (print() shows them all)")
        return "\n".join(lines)


def _table(rows: Sequence[object]) -> list[str]:
    columns = _columns(rows)
    if columns is None:
        return [shorten(repr(row), 2 * CELL_WIDTH) for row in rows]
    return aligned_table([column.header for column in columns],
                         [[column.cell(row) for column in columns] for row in rows],
                         widths=[column.width for column in columns]).splitlines()


def aligned_table(headers: Sequence[str], rows: Sequence[Sequence[object]], *,
                  widths: Sequence[int] | None = None, rule: bool = False) -> str:
    """``rows`` of cells under ``headers``, each column as wide as its widest cell.

    Cells are read as :class:`Column` reads them (dates as ISO days, ``None`` as
    nothing); numbers align right, long cells are cut to ``widths`` (by default
    :data:`CELL_WIDTH`). With ``rule``, a line of dashes sits under the headers.

    >>> print(aligned_table(["task", "days"], [["PL.I.4", 13], ["II.1", 2]], rule=True))
    task    days
    ------  ----
    PL.I.4    13
    II.1       2
    """
    limits = list(widths) if widths is not None else [CELL_WIDTH] * len(headers)
    numeric = [bool(rows) and all(isinstance(row[index], (int, float)) for row in rows)
               for index in range(len(headers))]
    cells = [[shorten(_text(value), limit) for value, limit in zip(row, limits, strict=True)]
             for row in rows]
    heads = [shorten(header, limit) for header, limit in zip(headers, limits, strict=True)]
    column_widths = [max(_width(text) for text in (head, *(row[index] for row in cells)))
                     for index, head in enumerate(heads)]

    def line(texts: Iterable[str]) -> str:
        padded = []
        for text, width, right in zip(texts, column_widths, numeric, strict=True):
            pad = " " * (width - _width(text))
            padded.append(pad + text if right else text + pad)
        return _GAP.join(padded).rstrip()

    lines = [line(heads)]
    if rule:
        lines.append(line("-" * width for width in column_widths))
    return "\n".join([*lines, *(line(row) for row in cells)])
