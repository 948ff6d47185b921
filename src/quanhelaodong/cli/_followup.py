"""Where the tasks of a plan stand on a day: the follow-up grid and what is overdue."""

from __future__ import annotations

import click
import pendulum

from quanhelaodong.cli._inputs import DATE, PLAN, Plan, agency_id
from quanhelaodong.cli._labels import Language, label
from quanhelaodong.cli._options import output_options
from quanhelaodong.cli._tables import agency_names, echo_json, table
from quanhelaodong.followup import GridCounts, TaskState, TaskStatus, overdue_tasks, task_statuses
from quanhelaodong.programmes import CoordinationProgramme, Role

__all__ = ["overdue_command", "status_command"]


def _names_in(programme: CoordinationProgramme, state: TaskState, role: Role) -> str:
    return agency_names(programme, state.task.agencies_with(role))


def _due(state: TaskState) -> str:
    return state.deadline.isoformat() if state.deadline is not None else ""


def _state_json(programme: CoordinationProgramme, state: TaskState) -> dict[str, object]:
    return {"task": state.task.id, "title": state.task.title, "status": state.status.value,
            "due": _due(state) or None, "occurrence": None if state.occurrence.occurrence is None
            else state.occurrence.occurrence.isoformat(),
            "leads": list(state.task.leads), "implementers": list(state.task.implementers)}


@click.command("status")
@click.argument("plan", type=PLAN)
@click.option("--as-of", type=DATE, help="The day to look from (default: today).")
@output_options
def status_command(plan: Plan, as_of: pendulum.Date | None, lang: Language, as_json: bool) -> None:
    """The follow-up grid of PLAN: every task done on time, done late, in time, overdue or undated."""
    day = as_of or pendulum.today().date()
    programme = plan.require_tasks()
    grid = task_statuses(programme, day)
    counts = GridCounts.of(grid)
    if as_json:
        echo_json({"as_of": day.isoformat(), "counts": {s.value: counts[s] for s in TaskStatus},
                   "tasks": [_state_json(programme, state) for state in grid]})
        return
    click.echo(f"{counts.total} {label('tasks_count', lang)}, {label('as_of', lang)} {day}")
    for status in TaskStatus:
        click.echo(f"  {counts[status]:4d}  {label(status.value, lang)}")
    click.echo()
    click.echo(table([label("task", lang), label("status", lang), label("deadline", lang),
                      label("lead", lang), label("implementer", lang), label("title", lang)],
                     [[s.task.id, label(s.status.value, lang), _due(s), _names_in(programme, s, Role.LEAD),
                       _names_in(programme, s, Role.IMPLEMENTER), s.task.title] for s in grid], limit=32))


@click.command("overdue")
@click.argument("plan", type=PLAN)
@click.option("--as-of", type=DATE, required=True, help="The day to look from.")
@click.option("--agency", help="Only the tasks of this agency.")
@output_options
def overdue_command(plan: Plan, as_of: pendulum.Date, agency: str | None, lang: Language,
                    as_json: bool) -> None:
    """The tasks of PLAN not done by their deadline as of --as-of, longest overdue first."""
    programme = plan.require_tasks()
    late = overdue_tasks(programme, as_of, agency=agency_id(plan, agency))
    if as_json:
        echo_json({"as_of": as_of.isoformat(), "overdue": [
            {**_state_json(programme, s), "days_overdue": s.days_overdue,
             "working_days_overdue": s.working_days_overdue} for s in late]})
        return
    click.echo(table([label("task", lang), label("deadline", lang), label("days_overdue", lang),
                      label("working_days_overdue", lang), label("lead", lang), label("implementer", lang),
                      label("title", lang)],
                     [[s.task.id, _due(s), s.days_overdue, s.working_days_overdue,
                       _names_in(programme, s, Role.LEAD), _names_in(programme, s, Role.IMPLEMENTER),
                       s.task.title] for s in late], limit=32))
    click.echo(f"{len(late)} {label('tasks_count', lang)}")
