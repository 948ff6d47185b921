"""A plan's year on one page: when tasks and reports fall due, one row per agency.

A task's deadline is drawn in the row of each agency that leads it (a task
with no lead named has a row of its own), a report's in the reporter's row;
a recurring task or report is drawn at every occurrence in the year. Marks of
one row on one day are drawn once, as large as their number and labelled with
it. A task's own time window ("Quý III, IV/2023") is a faint bar leading to
its deadline. The dates come from :func:`~quanhelaodong.followup.deadlines`
and :func:`~quanhelaodong.followup.reports_due`, so the picture says what the
follow-up says.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

import attrs
import pendulum

from quanhelaodong.agencies import Agency
from quanhelaodong.deadlines import DateRange
from quanhelaodong.errors import InvalidValueError, UnknownAgencyError
from quanhelaodong.followup import DueEntry, deadlines, reports_due, task_occurrences
from quanhelaodong.pictures._canvas import new_figure
from quanhelaodong.pictures._labels import programme_label, short_name
from quanhelaodong.pictures._style import FONT, MONTHS, SIDE_COLOURS, SIDE_LABELS, SIDES, side_of
from quanhelaodong.programmes import CoordinationProgramme
from quanhelaodong.text import fold

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["TimelineMark", "timeline_marks", "timeline_picture"]

TASK = "task"
REPORT = "report"
_NO_LEAD = "Chưa giao chủ trì"
_ROW = 0.42  # inches per row: room for the largest mark
_WIDTH = 12.0
_LABELS_WIDTH = 2.8  # inches left of the plot for the row labels
_TOP, _BOTTOM = 1.0, 1.35
#: Distinct deadline days are named above the plot up to this many; beyond, the month ticks say enough.
_DAYS_NAMED = 12


@attrs.frozen
class TimelineMark:
    """Deadlines of one row on one day: tasks ``kind="task"`` or reports ``kind="report"``.

    ``agency`` is the row: the lead of the tasks or the reporter (None for tasks
    that name no lead); ``items`` are the task ids, or the reporting rules' ids.

    >>> from quanhelaodong.io import load_bundled
    >>> mark = timeline_marks(load_bundled("hue-2023"))[0]
    >>> mark.kind, mark.agency, mark.day.isoformat(), mark.items
    ('report', 'thua-thien-hue/ban-ql-kcn', '2023-11-14', ('V.1',))
    """

    agency: str | None
    day: pendulum.Date
    kind: str
    items: tuple[str, ...]

    @property
    def count(self) -> int:
        """How many deadlines the mark stands for."""
        return len(self.items)


def timeline_marks(programme: CoordinationProgramme, *, year: int | None = None) -> list[TimelineMark]:
    """What :func:`timeline_picture` draws for ``year``: one mark per row, day and kind.

    ``year`` defaults to the first year of the programme's period (else of its
    reference date, else this year). Recurring tasks and reports are drawn only
    while the programme runs, as :func:`~quanhelaodong.followup.deadlines` counts
    them. Marks come earliest first, reports before tasks on one day, then in
    the order the rows' agencies are first named.

    >>> from quanhelaodong.io import load_bundled
    >>> marks = timeline_marks(load_bundled("hue-2023"), year=2023)
    >>> [(m.kind, m.day.isoformat(), m.count) for m in marks if m.agency == "thua-thien-hue/bhxh"]
    [('report', '2023-11-14', 1), ('task', '2023-12-31', 5)]
    """
    _check(programme)
    first, last = _year_span(programme, year)
    found: dict[tuple[pendulum.Date, int, int, str | None], list[str]] = {}
    order: dict[str | None, int] = {}

    def add(day: pendulum.Date, kind: str, agency: str | None, item: str) -> None:
        rank = order.setdefault(agency, len(order))
        found.setdefault((day, 0 if kind == REPORT else 1, rank, agency), []).append(item)

    # A report rule recurs while its programme runs, as its tasks do, not beyond it.
    low, high = first, last
    if programme.period is not None:
        low, high = max(first, programme.period.start), min(last, programme.period.end)
    for obligation in reports_due(programme, (low, high)) if low <= high else ():
        add(obligation.due, REPORT, obligation.agency, obligation.rule or obligation.what)
    for entry in deadlines(programme, (first, last)):
        for agency in _leads(entry) or (None,):
            add(entry.due, TASK, agency, entry.task.id)
    return [TimelineMark(agency, day, REPORT if kind == 0 else TASK, tuple(items))
            for (day, kind, _, agency), items in sorted(found.items(), key=lambda pair: pair[0][:3])]


def timeline_picture(programme: CoordinationProgramme, *, year: int | None = None) -> Figure:
    """The deadlines of ``programme`` over ``year``, one row per lead or reporting agency.

    Months are ticked "Th1" to "Th12"; round marks are task deadlines, diamonds
    report deadlines, coloured by the row agency's side; a number in a mark
    counts the deadlines it stands for. Tasks with no date in the year
    ("thường xuyên") are counted in a note below. ``year`` defaults as in
    :func:`timeline_marks`.

    >>> from quanhelaodong.io import load_bundled
    >>> figure = timeline_picture(load_bundled("hue-2023"))
    >>> [text.get_text() for text in figure.axes[0].get_xticklabels(minor=True)][:3]
    ['Th1', 'Th2', 'Th3']
    """
    _check(programme)
    first, last = _year_span(programme, year)
    marks = timeline_marks(programme, year=first.year)
    agencies = _row_agencies(programme, marks)
    rows = _ordered_rows(marks, agencies)

    height = _TOP + max(len(rows), 2) * _ROW + _BOTTOM
    figure = new_figure(_WIDTH, height)
    axes = figure.add_axes((_LABELS_WIDTH / _WIDTH, _BOTTOM / height, 1 - (_LABELS_WIDTH + 0.4) / _WIDTH,
                            1 - (_TOP + _BOTTOM) / height))
    days = (last - first).days
    _calendar_axis(axes, first, days)
    figure.text(0.5, 1 - 0.3 / height, f"{programme_label(programme)}: các hạn trong năm {first.year}",
                ha="center", va="center", fontsize=13, fontweight="bold", fontfamily=FONT)
    axes.set_ylim(-0.6, max(len(rows), 2) - 0.4)
    if not marks:
        axes.set_yticks([])
        axes.text(days / 2, (max(len(rows), 2) - 1) / 2, f"Không có hạn nào trong năm {first.year}",
                  ha="center", va="center", fontsize=11, color="#555555", fontfamily=FONT)
        _note(figure, programme, first, last, height)
        return figure

    y_of = {row: len(rows) - 1 - index for index, row in enumerate(rows)}
    for index in range(1, len(rows), 2):
        y = len(rows) - 1 - index
        axes.axhspan(y - 0.5, y + 0.5, color="#f2f2f2", zorder=0)
    axes.set_yticks(list(y_of.values()), [_row_label(row, agencies) for row in rows])
    axes.tick_params(axis="y", length=0, labelsize=9, labelfontfamily=FONT)

    windows = _windows(axes, programme, first, last, y_of, agencies)
    both = Counter((m.agency, m.day) for m in marks)
    for mark in marks:
        shift = 0.0 if both[(mark.agency, mark.day)] == 1 else (0.17 if mark.kind == TASK else -0.17)
        _mark(axes, mark, (mark.day - first).days, y_of[mark.agency] + shift, _colour(mark.agency, agencies))
    _name_days(axes, marks, first)
    _legend(figure, {m.kind for m in marks}, {side_of(a) for a in agencies.values()}, windows=windows)
    _note(figure, programme, first, last, height)
    return figure


def _check(programme: object) -> None:
    if not isinstance(programme, CoordinationProgramme):
        raise InvalidValueError(f"expected a CoordinationProgramme, got {type(programme).__name__} "
                                f"{programme!r}")


def _year_span(programme: CoordinationProgramme, year: object) -> tuple[pendulum.Date, pendulum.Date]:
    if year is None:
        if programme.period is not None:
            year = programme.period.start.year
        elif programme.reference_date is not None:
            year = programme.reference_date.year
        else:
            year = pendulum.today().year
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise InvalidValueError(f"year must be a whole number from 1 to 9999, got {year!r}")
    return pendulum.Date(year, 1, 1), pendulum.Date(year, 12, 31)


def _leads(entry: DueEntry) -> tuple[str, ...]:
    return tuple(dict.fromkeys(entry.task.leads))


def _row_agencies(programme: CoordinationProgramme, marks: list[TimelineMark]) -> dict[str, Agency]:
    found: dict[str, Agency] = {}
    for mark in marks:
        if mark.agency is not None and mark.agency not in found:
            try:
                found[mark.agency] = programme.agency(mark.agency)
            except UnknownAgencyError:
                continue  # validate reports it; the row keeps the id as its label
    return found


def _ordered_rows(marks: list[TimelineMark], agencies: dict[str, Agency]) -> list[str | None]:
    """Rows by side, then most deadlines first, then name; tasks with no lead last."""
    counts: Counter[str | None] = Counter()
    for mark in marks:
        counts[mark.agency] += mark.count

    def order(row: str | None) -> tuple[int, int, str]:
        if row is None:
            return (len(SIDES) + 1, 0, "")
        agency = agencies.get(row)
        side = SIDES.index(side_of(agency)) if agency is not None else len(SIDES)
        return (side, -counts[row], fold(agency.name if agency is not None else row))

    return sorted(counts, key=order)


def _row_label(row: str | None, agencies: dict[str, Agency]) -> str:
    if row is None:
        return _NO_LEAD
    agency = agencies.get(row)
    return short_name(agency) if agency is not None else row


def _colour(row: str | None, agencies: dict[str, Agency]) -> str:
    agency = agencies.get(row) if row is not None else None
    return SIDE_COLOURS[side_of(agency)] if agency is not None else SIDE_COLOURS["other"]


def _calendar_axis(axes: Axes, first: pendulum.Date, days: int) -> None:
    starts = [(pendulum.Date(first.year, month, 1) - first).days for month in range(1, 13)]
    ends = [*starts[1:], days + 1]
    axes.set_xlim(-3, days + 10)  # room for the largest mark on 31 December
    axes.set_xticks(starts, [""] * 12)
    axes.set_xticks([(start + end) / 2 for start, end in zip(starts, ends, strict=True)], MONTHS,
                    minor=True)
    axes.tick_params(axis="x", which="major", length=5, color="#999999")
    axes.tick_params(axis="x", which="minor", length=0, labelsize=9, labelfontfamily=FONT)
    axes.grid(axis="x", which="major", color="#cfcfcf", linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)


def _windows(axes: Axes, programme: CoordinationProgramme, first: pendulum.Date, last: pendulum.Date,
             y_of: dict[str | None, int], agencies: dict[str, Agency]) -> bool:
    """A faint bar over each task's own time window, in each of its rows; whether any was drawn."""
    drawn: set[tuple[str | None, pendulum.Date, pendulum.Date]] = set()
    for entry in deadlines(programme, (first, last)):
        frame = entry.frame
        # The programme's own period is every task's window: a bar in every row would say nothing.
        if entry.source == "programme period" or not isinstance(frame, DateRange):
            continue
        for row in _leads(entry) or (None,):
            start, end = max(frame.first, first), min(frame.last, last)
            if (row, start, end) in drawn or row not in y_of:
                continue
            drawn.add((row, start, end))
            axes.plot([(start - first).days, (end - first).days], [y_of[row], y_of[row]],
                      color=_colour(row, agencies), alpha=0.22, linewidth=9, solid_capstyle="butt",
                      zorder=1, gid=f"window {row or '-'} {start.isoformat()} {end.isoformat()}")
    return bool(drawn)


def _mark(axes: Axes, mark: TimelineMark, x: int, y: float, colour: str) -> None:
    size = min(24.0, 8.0 + 4.0 * math.sqrt(mark.count - 1))
    if mark.kind == TASK:
        axes.plot([x], [y], marker="o", markersize=size, color=colour, markeredgecolor="white",
                  markeredgewidth=0.8, zorder=4, linestyle="none",
                  gid=f"mark {mark.kind} {mark.agency or '-'} {mark.day.isoformat()} ({mark.count})")
    else:
        axes.plot([x], [y], marker="D", markersize=size * 0.8, color="white", markeredgecolor=colour,
                  markeredgewidth=2, zorder=4, linestyle="none",
                  gid=f"mark {mark.kind} {mark.agency or '-'} {mark.day.isoformat()} ({mark.count})")
    if mark.count > 1:
        axes.text(x, y, str(mark.count), ha="center", va="center", fontsize=7.5, fontweight="bold",
                  color="white" if mark.kind == TASK else colour, zorder=5, fontfamily=FONT)


def _name_days(axes: Axes, marks: list[TimelineMark], first: pendulum.Date) -> None:
    """Each distinct deadline day, written above the plot when there are few enough to read."""
    days = sorted({mark.day for mark in marks})
    if len(days) > _DAYS_NAMED:
        return
    top = axes.get_ylim()[1]
    previous: int | None = None
    for day in days:
        x = (day - first).days
        axes.axvline(x, color="#bbbbbb", linewidth=0.8, linestyle=(0, (2, 2)), zorder=1)
        # Two days close together would print over each other: the later one is raised.
        raised = previous is not None and x - previous < 18
        axes.text(x, top + (0.45 if raised else 0.1), f"{day.day}/{day.month}", ha="center",
                  va="bottom", fontsize=8, color="#444444", fontfamily=FONT, clip_on=False)
        previous = x


def _legend(figure: Figure, kinds: set[str], sides: set[str], *, windows: bool) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    marks: list[Line2D] = []
    if TASK in kinds:
        marks.append(Line2D([], [], marker="o", markersize=8, color="#555555", linestyle="none",
                            label="Hạn nhiệm vụ (hàng của cơ quan chủ trì)"))
    if REPORT in kinds:
        marks.append(Line2D([], [], marker="D", markersize=6.5, color="white", markeredgecolor="#555555",
                            markeredgewidth=2, linestyle="none",
                            label="Hạn báo cáo (hàng của cơ quan báo cáo)"))
    if windows:
        marks.append(Line2D([], [], color="#555555", alpha=0.3, linewidth=8, label="Thời gian thực hiện"))
    colours = [Patch(facecolor=SIDE_COLOURS[side], label=SIDE_LABELS[side])
               for side in SIDES if side in sides]
    # Two rows, what the marks mean above whose they are: one row of both would not fit the width.
    inches = figure.get_figheight()
    for handles, bottom in ((marks, 0.55), (colours, 0.3)):
        figure.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, bottom / inches),
                      ncol=len(handles), frameon=False, prop={"family": FONT, "size": 8.5},
                      columnspacing=1.6, handletextpad=0.7, borderpad=0.1)


def _note(figure: Figure, programme: CoordinationProgramme, first: pendulum.Date, last: pendulum.Date,
          height: float) -> None:
    undated = sum(1 for o in task_occurrences(programme, (first, last)) if o.planned is None)
    if undated:
        figure.text(0.5, 0.1 / height, f"Không vẽ: {undated} nhiệm vụ không có hạn cụ thể "
                    "(thường xuyên, định kỳ, hoặc thời gian chưa đọc được).", fontsize=8,
                    color="#555555", fontfamily=FONT, style="italic", ha="center")
