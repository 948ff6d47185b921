"""Dates: a plan's deadlines, the year's days off, and a legal deadline with its reasoning."""

from __future__ import annotations

import re

import click
import pendulum

from quanhelaodong.cli._inputs import DATE, PLAN, Plan, agency_id
from quanhelaodong.cli._labels import Language, label, weekday
from quanhelaodong.cli._options import output_options
from quanhelaodong.cli._tables import agency_names, echo_json, table
from quanhelaodong.deadlines import (
    FIRST_YEAR,
    LAST_YEAR,
    Deadline,
    PeriodUnit,
    WorkingCalendar,
    period_end,
    statutory_deadline,
    statutory_rules,
)
from quanhelaodong.followup import deadlines, planned_span, reports_due
from quanhelaodong.programmes import CoordinationProgramme
from quanhelaodong.text import fold

__all__ = ["calendar_command", "deadline_command", "deadlines_command"]


@click.command("deadlines")
@click.argument("plan", type=PLAN)
@click.option("--from", "start", type=DATE, help="First day (default: the start of the plan's period).")
@click.option("--to", "end", type=DATE, help="Last day (default: the end of the plan's period).")
@click.option("--agency", help="Only what this agency leads, partners or must report.")
@output_options
def deadlines_command(plan: Plan, start: pendulum.Date | None, end: pendulum.Date | None,
                      agency: str | None, lang: Language, as_json: bool) -> None:
    """The task and reporting deadlines of PLAN that fall between --from and --to."""
    programme = plan.require_tasks()
    first, last = _window(programme, start, end)
    if last < first:
        raise click.BadParameter(f"--to {last} is before --from {first}", param_hint="'--to'")
    wanted = agency_id(plan, agency)
    rows: list[dict[str, str | None]] = []
    for entry in deadlines(programme, (first, last), agency=wanted):
        rows.append({"due": entry.due.isoformat(), "kind": "task", "id": entry.task.id,
                     "what": entry.task.title, "who": agency_names(programme, entry.task.leads),
                     "recipient": None,
                     "source": entry.source})
    for owed in reports_due(programme, (first, last), agency=wanted):
        recipient = programme.agency(owed.recipient).name if owed.recipient else None
        rows.append({"due": owed.due.isoformat(), "kind": "report", "id": owed.rule or "", "what": owed.what,
                     "who": programme.agency(owed.agency).name, "recipient": recipient,
                     "source": "reporting rule"})
    rows.sort(key=lambda row: (row["due"] or "", row["kind"] or "", row["id"] or ""))
    if as_json:
        echo_json({"from": first.isoformat(), "to": last.isoformat(), "deadlines": rows})
        return
    click.echo(table([label("due", lang), label("kind", lang), label("id", lang), label("title", lang),
                      label("agency", lang)],
                     [[r["due"], label(r["kind"] or "", lang), r["id"], _what(r, lang), r["who"]]
                      for r in rows],
                     limit=45))


def _window(programme: CoordinationProgramme, start: pendulum.Date | None,
            end: pendulum.Date | None) -> tuple[pendulum.Date, pendulum.Date]:
    """The days asked about: those given, the rest from the plan's span; one end given alone
    keeps the span's other end when that follows it, else a year from it."""
    first, last = planned_span(programme)
    if start is not None and end is None:
        return start, last if last >= start else start.add(years=1).subtract(days=1)
    if end is not None and start is None:
        return (first if first <= end else end.subtract(years=1).add(days=1)), end
    return start or first, end or last


def _what(row: dict[str, str | None], lang: Language) -> str:
    """A task's title, or for a report whom it goes to, in the labels' language."""
    if row["kind"] != "report" or not row["recipient"]:
        return row["what"] or ""
    return f"{label('report_to', lang)} {row['recipient']}"


@click.command("calendar")
@click.argument("year", type=click.IntRange(FIRST_YEAR, LAST_YEAR))
@click.option("--employer", is_flag=True,
              help="An enterprise's calendar (rest day Sunday) instead of state bodies' (Sat and Sun).")
@output_options
def calendar_command(year: int, employer: bool, lang: Language, as_json: bool) -> None:
    """The days off and make-up working days of YEAR, each with its legal source."""
    calendar = WorkingCalendar.employer() if employer else WorkingCalendar.state()
    days_off = calendar.holidays_in(year)
    make_up = calendar.make_up_days_in(year)
    if as_json:
        echo_json({"year": year, "calendar": "employer" if employer else "state",
                   "days_off": [{"date": d.date.isoformat(), "name_vi": d.name_vi, "name_en": d.name_en,
                                 "kind": d.kind.value, "source": d.source} for d in days_off],
                   "make_up_days": [{"date": m.date.isoformat(), "replaces": m.replaces.isoformat(),
                                     "source": m.source} for m in make_up]})
        return
    click.echo(f"{label('days_off', lang)} {year}")
    click.echo(table([label("date", lang), label("weekday", lang), label("name", lang),
                      label("source", lang)],
                     [[d.date.isoformat(), weekday(d.date.isoweekday(), lang),
                       d.name_vi if lang == "vi" else d.name_en, d.source] for d in days_off]))
    if make_up:
        click.echo(f"\n{label('make_up_days', lang)} {year}")
        click.echo(table([label("date", lang), label("weekday", lang), label("replaces", lang),
                          label("source", lang)],
                         [[m.date.isoformat(), weekday(m.date.isoweekday(), lang), m.replaces.isoformat(),
                           m.source] for m in make_up]))


#: Words for the units of a period, Vietnamese and English, longest first so that
#: "ngày làm việc" is not read as "ngày".
_UNITS = (("ngày làm việc", PeriodUnit.WORKING_DAY), ("working days", PeriodUnit.WORKING_DAY),
          ("working day", PeriodUnit.WORKING_DAY), ("ngày", PeriodUnit.DAY), ("days", PeriodUnit.DAY),
          ("day", PeriodUnit.DAY), ("tuần", PeriodUnit.WEEK), ("weeks", PeriodUnit.WEEK),
          ("week", PeriodUnit.WEEK), ("tháng", PeriodUnit.MONTH), ("months", PeriodUnit.MONTH),
          ("month", PeriodUnit.MONTH), ("năm", PeriodUnit.YEAR), ("years", PeriodUnit.YEAR),
          ("year", PeriodUnit.YEAR))
_PERIOD = re.compile(r"\s*([0-9]+)\s*(.+?)\s*$")


def _period(text: str) -> tuple[int, PeriodUnit]:
    match = _PERIOD.match(text)
    if match:
        words = fold(" ".join(match.group(2).split()))
        for written, unit in _UNITS:
            if words == fold(written):
                amount = int(match.group(1))
                if amount < 1:
                    raise click.BadParameter(f"a period lasts at least 1 {written}, got {text!r}",
                                             param_hint="'PERIOD'")
                return amount, unit
    rules = ", ".join(sorted({rule.id for rule in statutory_rules()}))
    raise click.BadParameter(
        f"expected a period such as '30 ngày', '5 ngày làm việc', '3 tháng' or a statutory rule "
        f"({rules}), got {text!r}", param_hint="'PERIOD'")


@click.command("deadline")
@click.argument("period")
@click.option("--from", "start", type=DATE, required=True, help="The day the period is counted from.")
@click.option("--employer", is_flag=True, help="Count on an enterprise's calendar (rest day Sunday).")
@output_options
def deadline_command(period: str, start: pendulum.Date, employer: bool, lang: Language, as_json: bool,
                     ) -> None:
    """The last day of PERIOD counted from --from, with the legal reasoning.

    PERIOD is an amount and a unit ("30 ngày", "5 ngày làm việc", "2 tuần", "3 tháng",
    "1 năm", or in English) counted by the Civil Code's rules, or the id of a
    statutory time limit of the Labour Code ("mediation", "cb_start", ...).
    """
    calendar = WorkingCalendar.employer() if employer else None
    rule_ids = {rule.id for rule in statutory_rules()}
    due: Deadline
    rule = period.strip().lower()
    if rule in rule_ids:
        due = statutory_deadline(rule, start, employer=calendar)
    else:
        amount, unit = _period(period)
        due = period_end(start, amount, unit, calendar=calendar)
    reasoning = due.explain(lang=lang)
    if as_json:
        echo_json({"period": period, "from": start.isoformat(), "deadline": due.isoformat(),
                   "reasoning": reasoning.splitlines()})
        return
    # The reasoning writes days as its language does (15/01/2025 in Vietnamese): so does its answer.
    shown = due.format("DD/MM/YYYY") if lang == "vi" else due.isoformat()
    click.echo(f"{label('deadline', lang)}: {shown} ({weekday(due.isoweekday(), lang)})")
    click.echo(f"{label('reasoning', lang)}:")
    for line in reasoning.splitlines():
        click.echo(f"  {line}")
