"""Tables for analysts: tasks, assignments and obligations as pandas DataFrames.

Needs pandas (``pip install 'quanhelaodong[pandas]'``), loaded only when a
table is asked for. Columns hold plain values: ids and names as text, roles
and statuses as their values, days as :class:`datetime.date` (None when there
is none), so a table goes to CSV, Excel or Parquet as it is.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import pendulum

from quanhelaodong._fields import as_date
from quanhelaodong.deadlines import DateRange, DueDate
from quanhelaodong.errors import MissingExtraError, UnknownAgencyError
from quanhelaodong.export._inputs import ExportSource, as_graph, effective_frames
from quanhelaodong.followup import obligations
from quanhelaodong.followup._occurrences import check_programme
from quanhelaodong.graph._graph import REPORTS
from quanhelaodong.programmes import CoordinationProgramme, Role

if TYPE_CHECKING:
    import pandas

__all__ = ["assignments_frame", "obligations_frame", "tasks_frame"]

_MISSING = "tables need: pip install 'quanhelaodong[pandas]'"


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pandas.DataFrame:
    try:
        import pandas
    except ImportError:
        raise MissingExtraError(_MISSING) from None
    return pandas.DataFrame(rows, columns=columns)


def _day(day: pendulum.Date | None) -> datetime.date | None:
    return None if day is None else datetime.date(day.year, day.month, day.day)


TASK_COLUMNS = ["programme", "task", "label", "title", "group", "heading", "timeframe", "timeframe_source",
                "due", "leads", "partners"]


def tasks_frame(source: ExportSource) -> pandas.DataFrame:
    """One row per task of the graph's programmes (or of the programmes given), in document order.

    ``timeframe`` is the phrase that sets the task's time (its heading's or the
    programme's period when it has none, ``timeframe_source`` says which; "" for a
    bare heading), ``due`` that frame's last day (None when it sets none or
    recurs); ``leads`` and ``partners`` are agency ids joined with "; ".

    >>> from quanhelaodong.io import load_bundled
    >>> tasks = tasks_frame(load_bundled("hue-2023"))
    >>> tasks.shape
    (78, 11)
    >>> tasks.set_index("task").loc["PL.I.4", ["due", "leads"]].tolist()
    [datetime.date(2023, 12, 31), 'thua-thien-hue/so-ldtbxh']
    """
    graph = as_graph(source)
    frames = {programme.id: effective_frames(programme) for programme in graph.programmes}
    rows = []
    for ref in graph.tasks:
        task = ref.task
        item = frames[ref.programme].get(id(task))
        frame = item.frame if item is not None else None
        rows.append({
            "programme": ref.programme, "task": task.id, "label": task.label, "title": task.title,
            "group": task.group, "heading": bool(graph.nx.nodes[ref.key]["heading"]),
            "timeframe": str(frame) if frame is not None else "",
            "timeframe_source": item.source if item is not None else "",
            "due": _day(frame.due) if isinstance(frame, (DateRange, DueDate)) else None,
            "leads": "; ".join(task.leads),
            "partners": "; ".join(task.partners),
        })
    return _frame(rows, TASK_COLUMNS)


ASSIGNMENT_COLUMNS = ["programme", "task", "agency", "agency_name", "side", "role", "role_vietnamese", "mode"]


def assignments_frame(source: ExportSource) -> pandas.DataFrame:
    """One row per assignment edge of the graph: which agency holds which task, in which role and mode.

    >>> from quanhelaodong.io import load_bundled
    >>> held = assignments_frame(load_bundled("hue-2023"))
    >>> held[held["task"] == "PL.I.4"][["agency", "role"]].values.tolist()[0]
    ['thua-thien-hue/so-ldtbxh', 'lead']
    """
    graph = as_graph(source)
    rows = []
    for agency_id, node, key, data in graph.nx.edges(keys=True, data=True):
        if key.startswith(REPORTS):
            continue
        agency = graph.nx.nodes[agency_id]["agency"]
        ref = graph.nx.nodes[node]["ref"]
        role: Role = data["role"]
        rows.append({"programme": ref.programme, "task": ref.task.id, "agency": agency_id,
                     "agency_name": agency.name, "side": agency.side.value, "role": role.value,
                     "role_vietnamese": role.vietnamese, "mode": data["mode"].value})
    return _frame(rows, ASSIGNMENT_COLUMNS)


OBLIGATION_COLUMNS = ["agency", "agency_name", "what", "rule", "recipient", "due", "done", "status"]


def _name(programme: CoordinationProgramme, agency_id: str) -> str:
    try:
        return programme.agency(agency_id).name
    except UnknownAgencyError:
        return agency_id


def obligations_frame(programme: CoordinationProgramme, as_of: object) -> pandas.DataFrame:
    """One row per obligation of the programme's period (reports owed, recommendations to answer),
    earliest first, with its cell of the four-way grid on ``as_of``.

    >>> from quanhelaodong.io import load_bundled
    >>> owed = obligations_frame(load_bundled("hue-2023"), "2023-12-31")
    >>> owed.shape, owed["status"].unique().tolist()
    ((8, 8), ['not_done_overdue'])
    """
    check_programme(programme)
    day = as_date(as_of)
    rows = [{"agency": item.agency, "agency_name": _name(programme, item.agency), "what": item.what,
             "rule": item.rule, "recipient": item.recipient, "due": _day(item.due),
             "done": _day(item.done), "status": item.status(day).value}
            for item in obligations(programme, as_of=day)]
    return _frame(rows, OBLIGATION_COLUMNS)
