"""The appendix table of a plan: number, activity, lead, partners, timeframe, note.

Tab-separated or space-aligned; Roman-numeral rows open a group; a cell broken
across lines is joined back to the row it belongs to.
"""

from __future__ import annotations

import re

from quanhelaodong.io.importing._draft import Draft
from quanhelaodong.io.importing._layout import ALIGNED_CELL, aligned_cells, column_roles, split_cells
from quanhelaodong.programmes import Assignment, Role, Task
from quanhelaodong.text import fold, nfc

__all__ = ["read_appendix"]

# The header row of the table: "STT", or "TT" as many plans write it.
_HEADER = re.compile(r"s?tt(?:\s|\t|$)")
_PERIODIC_IN_TITLE = re.compile(r"\((?P<phrase>định kỳ[^)]*)\)", re.IGNORECASE)


def read_appendix(draft: Draft, start: int) -> None:
    if start >= len(draft.lines):
        return
    index = start + 1
    while index < len(draft.lines) and not draft.lines[index].text.strip():
        index += 1
    title = draft.lines[index].text.strip() if index < len(draft.lines) else "PHỤ LỤC"
    header_at = next((i for i in range(index, len(draft.lines))
                      if _HEADER.match(fold(draft.lines[i].text.strip()))), None)
    if header_at is None:
        draft.note("unread-appendix", "an appendix without a table header (STT ...)",
                  draft.lines[start].start, draft.lines[start].text)
        return
    draft.tasks.append(Task("PL", "PL", title))
    draft.consume(start, header_at + 1)
    header = draft.lines[header_at].text
    # A space-aligned table is cut where the header's labels start.
    labels = header.split("\t") if "\t" in header else [
        m[0] for m in ALIGNED_CELL.finditer(header)]
    columns = [fold(label) for label in labels]
    starts = None if "\t" in header else [m.start() for m in ALIGNED_CELL.finditer(header)]
    rows = table_rows(draft, header_at + 1, len(columns), starts)
    group = ""
    for row, at, end in rows:
        written = draft.source[at:end]
        cell = dict(zip(column_roles(columns), row, strict=False))
        number = cell.get("number", "").strip().rstrip(".")
        if re.fullmatch(r"[IVX]{1,5}", number):
            group = number
            task_id, label, parent = f"PL.{number}", number, "PL"
        elif re.fullmatch(r"\d{1,3}", number):
            label = f"{group}.{number}" if group else number
            task_id, parent = f"PL.{label}", f"PL.{group}" if group else "PL"
        else:
            draft.note("unread-row", "a table row without a number", at, written)
            continue
        activity = nfc(cell.get("activity", ""))
        if not activity:
            draft.note("unread-row", "a table row without an activity", at, written)
            continue
        assignments: list[Assignment] = []
        for role, key in ((Role.LEAD, "lead"), (Role.PARTNER, "partners")):
            text = cell.get(key, "")
            found, problems = draft.names.read_list(text, at)
            draft.diagnostics.extend(problems)
            assignments += [draft.assign(match, role) for match in found]
        timeframe = cell.get("timeframe", "").strip() or None
        if timeframe is None:
            periodic = _PERIODIC_IN_TITLE.search(activity)
            timeframe = periodic["phrase"] if periodic else None
        draft.add_task(Task(task_id, label, activity, group=parent, timeframe=timeframe,
                           assignments=assignments), at)


def table_rows(draft: Draft, index: int, width: int,
               starts: list[int] | None) -> list[tuple[list[str], int, int]]:
    """The table's rows: cells, and where the row starts and ends in the source text."""
    rows: list[tuple[list[str], int, int]] = []
    while index < len(draft.lines):
        line = draft.lines[index]
        draft.consume(index, index + 1)
        index += 1
        if not line.text.strip():
            continue
        if fold(line.text.strip()).startswith("ghi chu"):
            break
        cells = split_cells(line.text) if starts is None or "\t" in line.text else aligned_cells(
            line.text, starts)
        first = cells[0].strip() if cells else ""
        starts_row = bool(re.fullmatch(r"[IVX]{1,5}|\d{1,3}\.?", first))
        if starts_row or not rows:
            rows.append((cells + [""] * (width - len(cells)), line.start, line.end))
            continue
        previous, start, _ = rows[-1]
        rows[-1] = (previous, start, line.end)
        if len(cells) == 1 and starts is None:
            # A plain line continues the activity cell of the row above.
            previous[1] = f"{previous[1]} {cells[0].strip()}".strip()
        else:
            for column, piece in enumerate(cells[:width]):
                if piece.strip():
                    previous[column] = f"{previous[column]} {piece.strip()}".strip()
    return rows
