"""Who leads a task, and which tasks an agency holds."""

from __future__ import annotations

from collections.abc import Sequence

import click
import pendulum

from quanhelaodong.agencies import Agency
from quanhelaodong.cli._inputs import DATE, PLAN, Plan, agency_id
from quanhelaodong.cli._labels import Language, label
from quanhelaodong.cli._options import output_options
from quanhelaodong.cli._tables import echo_json, table
from quanhelaodong.graph import (
    Responsibility,
    TaskRef,
    lead_successions,
    responsibility,
    suggest_titles,
    tasks_of,
    who_leads,
)
from quanhelaodong.programmes import Role
from quanhelaodong.rows import shorten

__all__ = ["tasks_command", "who_leads_command"]


def _names(agencies: tuple[Agency, ...]) -> list[str]:
    return [agency.name for agency in agencies]


def _answer_json(answer: Responsibility) -> dict[str, object]:
    return {"programme": answer.task.programme, "task": answer.task.task.id,
            "title": answer.task.task.title,
            "leads": [{"id": a.id, "name": a.name} for a in answer.leads],
            "partners": [{"id": a.id, "name": a.name} for a in answer.partners],
            "implementers": [{"id": a.id, "name": a.name} for a in answer.implementers],
            "timeframe": None if answer.timeframe is None else str(answer.timeframe)}


def _print_answer(answer: Responsibility, lang: Language) -> None:
    click.echo(f"[{answer.task.task.id}] {answer.task.task.title}")
    rows = [("lead", answer.leads), ("partner", answer.partners), ("implementer", answer.implementers)]
    width = max(len(label(key, lang)) for key, _ in rows) + 1
    for key, agencies in rows:
        if agencies or key == "lead":
            names = _names(agencies) or [label("none_named", lang)]
            click.echo(f"  {label(key, lang) + ':':<{width}}  {names[0]}")
            for name in names[1:]:
                click.echo(f"  {'':<{width}}  {name}")
    timeframe = str(answer.timeframe) if answer.timeframe is not None else label("none_named", lang)
    click.echo(f"  {label('timeframe', lang) + ':':<{width}}  {timeframe}")


@click.command("who-leads")
@click.argument("plan", type=PLAN)
@click.argument("query")
@click.option("--as-of", type=DATE, help="Also say who holds the lead on this day (after the 2025 changes).")
@click.option("--limit", type=click.IntRange(1), default=5, show_default=True, help="Most tasks to show.")
@output_options
def who_leads_command(plan: Plan, query: str, as_of: pendulum.Date | None, limit: int,
                      lang: Language, as_json: bool) -> None:
    """Who leads ("chủ trì") and who partners ("phối hợp") the task QUERY of PLAN.

    QUERY is words of the task's title (diacritics optional) or its id. Exit status
    1 when no task matches (close titles are suggested).
    """
    plan.require_tasks()
    answers = who_leads(plan.graph, query, limit=limit)
    if as_json:
        found = []
        for answer in answers:
            entry = _answer_json(answer)
            if as_of is not None:
                entry["leads_as_of"] = [
                    {"agencies": [a.id for a in succession.agencies],
                     "via": [event.describe(lang=lang) for event in succession.events]}
                    for succession in lead_successions(plan.graph, answer.task, as_of)]
            found.append(entry)
        echo_json({"query": query, "matches": found,
                   "suggestions": [] if answers else list(suggest_titles(plan.graph, query))})
    elif not answers:
        click.echo(f"{label('no_match', lang)} «{query}».", err=True)
        suggestions = suggest_titles(plan.graph, query)
        if suggestions:
            click.echo(label("did_you_mean", lang), err=True)
            for title in suggestions:
                click.echo(f"  - {title}", err=True)
    else:
        best, *others = answers
        _print_answer(best, lang)
        if as_of is not None:
            click.echo(f"  {label('lead_as_of', lang)} {as_of}:")
            for succession in lead_successions(plan.graph, best.task, as_of):
                names = ", ".join(_names(succession.agencies)) or label("no_successor", lang)
                click.echo(f"    - {names}")
                for event in succession.events:
                    click.echo(f"      {label('via', lang)} {event.describe(lang=lang)}")
        if others:
            click.echo(label("also_matching", lang))
            for answer in others:
                leaders = ", ".join(_names(answer.leads)) or label("none_named", lang)
                click.echo(f"  [{answer.task.task.id}] {shorten(answer.task.task.title, 60)} -> {leaders}")
    if not answers:
        raise SystemExit(1)


@click.command("tasks")
@click.argument("plan", type=PLAN)
@click.option("--agency", help="Only the tasks of this agency (its id, name or another name).")
@click.option("--role", type=click.Choice(["lead", "partner", "implementer", "monitor"]),
              help="Only tasks held in this role.")
@output_options
def tasks_command(plan: Plan, agency: str | None, role: str | None, lang: Language, as_json: bool) -> None:
    """The tasks of PLAN with their leads and partners, or those of one agency."""
    plan.require_tasks()
    graph = plan.graph
    wanted = agency_id(plan, agency)
    refs: Sequence[TaskRef]
    if wanted is not None:
        refs = tasks_of(graph, wanted, role)
    else:
        refs = tuple(ref for ref in graph.tasks if ref.task.assignments
                     and (role is None or any(a.role is Role(role) for a in ref.task.assignments)))
    answers = [responsibility(graph, ref) for ref in refs]
    if as_json:
        echo_json([_answer_json(answer) for answer in answers])
        return
    click.echo(table(
        [label("task", lang), label("title", lang), label("lead", lang), label("partner", lang),
         label("implementer", lang), label("timeframe", lang)],
        [[a.task.task.id, a.task.task.title, ", ".join(_names(a.leads)), ", ".join(_names(a.partners)),
          ", ".join(_names(a.implementers)), "" if a.timeframe is None else str(a.timeframe)]
         for a in answers],
        limit=30))
    click.echo(f"{len(answers)} {label('tasks_count', lang)}")
