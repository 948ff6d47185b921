"""The responsibility graph as a picture: agencies on the left, what they hold on the right.

A plan of some sixty tasks and thirty bodies drawn as a network is a knot, so
the picture is bipartite: agencies grouped by side (one colour per side) face
the plan's sections, or its tasks themselves when there are few, and one curve
joins an agency to a section per role, as thick as the number of tasks it holds
there. A lead is a solid thick curve, a partner a dashed thin one, a body named
only among the implementers a dotted one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from quanhelaodong.agencies import Agency
from quanhelaodong.errors import InvalidValueError, UnknownAgencyError
from quanhelaodong.graph import ResponsibilityGraph, TaskRef
from quanhelaodong.pictures._canvas import new_figure
from quanhelaodong.pictures._labels import programme_label, short_name
from quanhelaodong.pictures._style import FONT, ROLE_LINES, SIDE_COLOURS, SIDE_LABELS, SIDES, side_of
from quanhelaodong.programmes import CoordinationProgramme, Role, Task
from quanhelaodong.text import close_words, fold

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["responsibility_picture"]

#: Up to this many tasks, each task has its own row on the right; beyond it, each section has one.
TASKS_SHOWN_ONE_BY_ONE = 20
_ROW = 0.3  # inches between two rows: nine-point labels on rows this far apart never touch
_WIDTH = 12.0
_TOP = 0.95  # inches above the rows for the title and the column heads
_BOTTOM = 0.8  # inches below them for the legend
_LEFT_NODE, _RIGHT_NODE = 0.31, 0.63  # fractions of the width where curves start and end
_LABEL_CHARACTERS = 54
_DRAWING_ORDER = (Role.MONITOR, Role.IMPLEMENTER, Role.PARTNER, Role.LEAD)


@attrs.frozen
class _Item:
    """One row on the right: a task, or a section of the plan with the tasks under it."""

    key: str
    label: str


def responsibility_picture(graph: ResponsibilityGraph, *, agency: str | None = None) -> Figure:
    """Who leads and who partners on what, in one picture of ``graph``.

    Agencies are listed by side (state, trade unions, employers, other), each in
    its side's colour; a curve per agency, section and role joins them, solid
    and thick for a lead, dashed for a partner, dotted for an implementer, and
    thicker for more tasks. With ``agency`` (an id or one of its names), only the
    tasks that agency holds are drawn, with every body that shares them.
    Unknown agencies raise :class:`~quanhelaodong.errors.UnknownAgencyError`.

    >>> from quanhelaodong.graph import ResponsibilityGraph
    >>> from quanhelaodong.io import load_bundled
    >>> figure = responsibility_picture(ResponsibilityGraph([load_bundled("hue-2023")]),
    ...                                 agency="thua-thien-hue/bhxh")
    >>> [text.get_text() for text in figure.axes[0].texts if text.get_gid() == "agency thua-thien-hue/bhxh"]
    ['BHXH tỉnh']
    """
    if not isinstance(graph, ResponsibilityGraph):
        raise InvalidValueError(f"expected a ResponsibilityGraph, got {type(graph).__name__} {graph!r}")
    chosen = None if agency is None else _agency_id(graph, agency)
    holdings = _holdings(graph, chosen)
    tasks = list(dict.fromkeys(key for _, key, _ in holdings))
    one_by_one = len(tasks) <= TASKS_SHOWN_ONE_BY_ONE
    items = _items(graph, tasks, one_by_one)
    item_of = {task: item for item, members in items.items() for task in members}
    links = Counter((agency_id, item_of[key].key, role) for agency_id, key, role in holdings)
    agencies = _ordered_agencies(graph, links)
    labels = _labels(graph)

    slots = len(agencies) + 0.5 * (len({side_of(a) for a in agencies}) - 1)
    rows = max(slots, len(items), 3)
    height = _TOP + rows * _ROW + _BOTTOM
    figure = new_figure(_WIDTH, height)
    axes = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    axes.set_xlim(0.0, 1.0)
    axes.set_ylim(0.0, height)
    axes.set_axis_off()

    title = f"{_programmes_named(graph.programmes)}: ai chủ trì, ai phối hợp"
    if chosen is not None:
        title = f"{_programmes_named(graph.programmes)}: nhiệm vụ của {labels[chosen]}"
    axes.text(0.5, height - 0.3, title, ha="center", va="center", fontsize=13, fontweight="bold",
              fontfamily=FONT)
    if not links:
        axes.text(0.5, height / 2, "Không có nhiệm vụ nào được giao cho cơ quan nào", ha="center",
                  va="center", fontsize=11, fontfamily=FONT, color="#555555")
        return figure
    head = height - _TOP + 0.15
    axes.text(_LEFT_NODE - 0.01, head, "Cơ quan", ha="right", va="bottom", fontsize=10,
              fontweight="bold", fontfamily=FONT)
    axes.text(_RIGHT_NODE + 0.01, head, "Nhiệm vụ" if one_by_one else "Phần của kế hoạch (số nhiệm vụ)",
              ha="left", va="bottom", fontsize=10, fontweight="bold", fontfamily=FONT)

    agency_y = _agency_rows(agencies, height - _TOP - _ROW / 2)
    span = (slots - 1) * _ROW
    item_top = height - _TOP - _ROW / 2 - max(0.0, (span - (len(items) - 1) * _ROW) / 2)
    item_y = {item.key: item_top - index * _ROW for index, item in enumerate(items)}

    for role in _DRAWING_ORDER:
        for (agency_id, item_key, held), count in links.items():
            if held is role:
                colour = SIDE_COLOURS[side_of(_agency(graph, agency_id))]
                _curve(axes, agency_y[agency_id], item_y[item_key], role, count, colour,
                       gid=f"{role.value} {agency_id} -> {item_key} ({count})")
    for found in agencies:
        y = agency_y[found.id]
        axes.plot([_LEFT_NODE], [y], marker="o", markersize=7, color=SIDE_COLOURS[side_of(found)],
                  zorder=5)
        axes.text(_LEFT_NODE - 0.012, y, labels[found.id], ha="right", va="center", fontsize=9,
                  fontfamily=FONT, gid=f"agency {found.id}", color="#111111",
                  fontweight="bold" if found.id == chosen else "normal")
    for item in items:
        y = item_y[item.key]
        axes.plot([_RIGHT_NODE], [y], marker="s", markersize=5, color="#444444", zorder=5)
        axes.text(_RIGHT_NODE + 0.012, y, item.label, ha="left", va="center", fontsize=9,
                  fontfamily=FONT, gid=f"item {item.key}")
    _legend(axes, agencies, {role for _, _, role in links})
    return figure


def _agency_id(graph: ResponsibilityGraph, wanted: str) -> str:
    """The id of the graph's agency ``wanted`` names (its id, or one of its names, diacritics optional)."""
    if not isinstance(wanted, str):
        raise InvalidValueError(f"agency must be an agency id or name, got {type(wanted).__name__} "
                                f"{wanted!r}")
    nodes = graph.nx.nodes
    if nodes.get(wanted, {}).get("kind") == "agency":
        return wanted
    names: dict[str, str] = {}
    for node, found in nodes(data="agency"):
        if found is not None:
            for name in (found.name, *found.other_names, short_name(found, catalogue=graph.catalogue)):
                names.setdefault(fold(name), node)
    known = names.get(fold(wanted))
    if known is not None:
        return known
    candidates = [node for node, kind in nodes(data="kind") if kind == "agency"]
    raise UnknownAgencyError(wanted, suggestions=lambda: close_words(wanted, candidates))


def _agency(graph: ResponsibilityGraph, agency_id: str) -> Agency:
    found: Agency = graph.nx.nodes[agency_id]["agency"]
    return found


def _holdings(graph: ResponsibilityGraph, chosen: str | None) -> list[tuple[str, str, Role]]:
    """Every (agency, task key, role) of the graph, once each, in document order of the tasks."""
    held: dict[tuple[str, str, Role], int] = {}
    for agency_id, key, data in graph.nx.edges(data=True):
        role = data.get("role")
        if isinstance(role, Role):
            held.setdefault((agency_id, key, role), graph.nx.nodes[key]["order"])
    found = sorted(held, key=held.__getitem__)
    if chosen is not None:
        mine = {key for agency_id, key, _ in found if agency_id == chosen}
        found = [link for link in found if link[1] in mine]
    return found


def _items(graph: ResponsibilityGraph, tasks: list[str], one_by_one: bool) -> dict[_Item, list[str]]:
    """The rows on the right, in document order, each with the task keys it stands for."""
    several = len(graph.programmes) > 1
    by_id = {programme.id: {task.id: task for task in programme.tasks} for programme in graph.programmes}
    items: dict[_Item, list[str]] = {}
    places: dict[_Item, tuple[int, int]] = {}
    programme_places = {programme.id: index for index, programme in enumerate(graph.programmes)}
    task_places = {(programme.id, task.id): index for programme in graph.programmes
                   for index, task in enumerate(programme.tasks)}
    for key in tasks:
        ref: TaskRef = graph.nx.nodes[key]["ref"]
        shown = ref.task if one_by_one else _section(ref.task, by_id[ref.programme])
        prefix = f"{ref.programme}: " if several else ""
        item_key = f"{ref.programme}:{shown.id}"
        existing = next((item for item in items if item.key == item_key), None)
        if existing is None:
            existing = _Item(item_key, prefix + f"{shown.id} {_readable(shown.title)}")
            items[existing] = []
            places[existing] = (programme_places[ref.programme], task_places[ref.programme, shown.id])
        items[existing].append(key)
    # A section is placed where its heading stands, not where its first task with a holder does.
    items = {item: items[item] for item in sorted(items, key=places.__getitem__)}
    if one_by_one:
        return {_Item(item.key, _cut(item.label, _LABEL_CHARACTERS)): keys for item, keys in items.items()}
    return {_Item(item.key, f"{_cut(item.label, _LABEL_CHARACTERS - 5)} ({len(keys)})"): keys
            for item, keys in items.items()}


def _section(task: Task, tasks: dict[str, Task]) -> Task:
    """The section a task belongs to: the heading just below the top level ("IV.1", "PL.III"),
    or the top-level heading itself for a task directly under it ("II" for "II.3")."""
    chain = [task]
    while chain[-1].group is not None and chain[-1].group in tasks and len(chain) < 32:
        chain.append(tasks[chain[-1].group])
    return chain[-2] if len(chain) >= 3 else chain[-1]


def _readable(title: str) -> str:
    # Top-level headings are written in capitals; in a list of labels they would shout.
    return title[:1] + title[1:].lower() if title.isupper() else title


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip(" ,.-:") + "…"


def _ordered_agencies(graph: ResponsibilityGraph, links: Counter[tuple[str, str, Role]]) -> list[Agency]:
    """Agencies that hold something, by side, then most leads first, then most tasks, then name."""
    leads: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for (agency_id, _, role), count in links.items():
        totals[agency_id] += count
        if role is Role.LEAD:
            leads[agency_id] += count
    agencies = [_agency(graph, agency_id) for agency_id in totals]
    return sorted(agencies, key=lambda a: (SIDES.index(side_of(a)), -leads[a.id], -totals[a.id],
                                           fold(a.name)))


def _labels(graph: ResponsibilityGraph) -> dict[str, str]:
    """Short names; two bodies that would share one (of two provinces) also get their area."""
    labels = {node: short_name(found, catalogue=graph.catalogue)
              for node, found in graph.nx.nodes(data="agency") if found is not None}
    taken = Counter(labels.values())
    for node, label in labels.items():
        if taken[label] > 1:
            area = _agency(graph, node).area
            labels[node] = f"{label} ({area or node})"
    return labels


def _agency_rows(agencies: list[Agency], top: float) -> dict[str, float]:
    """The height of each agency's row: half a row more between two sides."""
    rows: dict[str, float] = {}
    y = top
    previous = None
    for found in agencies:
        side = side_of(found)
        if previous is not None and side != previous:
            y -= _ROW / 2
        rows[found.id] = y
        y -= _ROW
        previous = side
    return rows


def _curve(axes: Axes, start: float, end: float, role: Role, count: int, colour: str, *, gid: str) -> None:
    """An S-shaped curve from an agency's row to an item's row, in the role's line style."""
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path

    style = ROLE_LINES[role]
    middle = (_LEFT_NODE + _RIGHT_NODE) / 2
    path = Path([(_LEFT_NODE, start), (middle, start), (middle, end), (_RIGHT_NODE, end)],
                [Path.MOVETO, Path.CURVE4, Path.CURVE4, Path.CURVE4])
    width = min(7.0, style["base"] + style["per_task"] * (count - 1))
    axes.add_patch(PathPatch(path, facecolor="none", edgecolor=colour, linewidth=width,
                             linestyle=style["linestyle"], alpha=style["alpha"], gid=gid,
                             zorder=2 + _DRAWING_ORDER.index(role) / 10, capstyle="butt"))


def _legend(axes: Axes, agencies: list[Agency], roles: set[Role]) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Patch | Line2D] = [
        Patch(facecolor=SIDE_COLOURS[side], label=SIDE_LABELS[side])
        for side in SIDES if any(side_of(a) == side for a in agencies)]
    for role in reversed(_DRAWING_ORDER):
        if role in roles:
            style = ROLE_LINES[role]
            handles.append(Line2D([], [], color="#333333", linestyle=style["linestyle"],
                                  linewidth=style["base"] + style["per_task"] * 2,
                                  label=role.vietnamese.capitalize()))
    legend = axes.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 0.0),
                         bbox_transform=axes.transAxes, ncol=len(handles), frameon=False,
                         prop={"family": FONT, "size": 9}, handlelength=3.2,
                         title="nét càng dày, càng nhiều nhiệm vụ",
                         title_fontproperties={"family": FONT, "size": 8, "style": "italic"})
    legend.set_gid("legend")


def _programmes_named(programmes: Iterable[CoordinationProgramme]) -> str:
    names = [programme_label(programme) for programme in programmes]
    return ", ".join(names) if names else "Không có kế hoạch"
