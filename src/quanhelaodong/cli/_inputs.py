"""What a subcommand is given: a plan (file, text or bundled name), a date, an agency."""

from __future__ import annotations

import sys
from functools import cached_property
from pathlib import Path
from typing import Any

import attrs
import click
import pendulum

from quanhelaodong.errors import ProblemsError, QuanHeLaoDongError
from quanhelaodong.graph import ResponsibilityGraph, find_agency
from quanhelaodong.io import Diagnostic, bundled_names, load, load_bundled
from quanhelaodong.programmes import CoordinationProgramme

__all__ = ["DATE", "PLAN", "Plan", "agency_id", "first_line"]

#: Files read as a programme's JSON; every other file is read as a document.
_JSON_SUFFIXES = {".json"}


@attrs.frozen
class Plan:
    """A programme as the command line was given it, with what the importer said of it."""

    programme: CoordinationProgramme
    source: str
    diagnostics: tuple[Diagnostic, ...] = ()

    @cached_property
    def graph(self) -> ResponsibilityGraph:
        return ResponsibilityGraph([self.programme])

    def require_tasks(self) -> CoordinationProgramme:
        """The programme, when it has tasks: a document the importer found no task in is an
        error, not an empty answer."""
        if not self.programme.tasks:
            said = f" ({len(self.diagnostics)} diagnostics: quanhelaodong validate shows them)" \
                if self.diagnostics else ""
            raise click.BadParameter(f"no task found in {self.source!r}{said}", param_hint="'PLAN'")
        return self.programme


def first_line(error: BaseException) -> str:
    """An error's message on one line: the command line prints one line per error.

    An error that carries every problem found says the first and how many there are.
    """
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    text = (str(error).strip() or type(error).__name__).splitlines()[0]
    if isinstance(error, ProblemsError) and error.problems:
        first = error.problems[0]
        more = f" (and {len(error.problems) - 1} more)" if len(error.problems) > 1 else ""
        where = f"{first.path}: " if first.path else ""
        text += f": {where}{first.message}{more}"
    return text


def _read_plan(source: str) -> Plan:
    if source in bundled_names():
        return Plan(load_bundled(source), source)
    if source == "-":
        return _from_text(sys.stdin.read(), "<stdin>")
    path = Path(source)
    if path.is_dir():
        raise click.BadParameter(f"{source!r} is a folder, not a plan")
    if not path.is_file():
        known = ", ".join(bundled_names())
        raise click.BadParameter(f"{source!r} is neither a file nor a bundled programme ({known})")
    if path.suffix.lower() in _JSON_SUFFIXES:
        return Plan(load(path), source)
    from quanhelaodong.io import parse_plan_file

    result = parse_plan_file(path)
    return Plan(result.programme, source, tuple(result.diagnostics))


def _from_text(text: str, source: str) -> Plan:
    if text.lstrip().startswith(("{", "[")):
        from quanhelaodong.io import loads

        return Plan(loads(text), source)
    from quanhelaodong.io import parse_plan

    result = parse_plan(text)
    return Plan(result.programme, source, tuple(result.diagnostics))


class _PlanType(click.ParamType[Plan]):
    name = "PLAN"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Plan:
        if isinstance(value, Plan):
            return value
        try:
            return _read_plan(str(value))
        except click.BadParameter:
            raise
        except (QuanHeLaoDongError, OSError, UnicodeDecodeError) as error:
            self.fail(f"cannot read {value!r}: {first_line(error)}", param, ctx)


class _DateType(click.ParamType[pendulum.Date]):
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None,
                ) -> pendulum.Date:
        if isinstance(value, pendulum.Date):
            return value
        text = str(value).strip()
        try:
            if "/" in text:  # the way Vietnamese documents write dates: 15/11/2023
                day, month, year = (int(part) for part in text.split("/"))
                return pendulum.Date(year, month, day)
            return pendulum.Date.fromisoformat(text)
        except ValueError:
            self.fail(f"expected a date YYYY-MM-DD or DD/MM/YYYY, got {text!r}", param, ctx)


#: A plan: a JSON file, a document (text, .docx, PDF), ``-`` for standard input, or a bundled name.
PLAN = _PlanType()
#: A day, written 2023-11-15 or 15/11/2023.
DATE = _DateType()


def agency_id(plan: Plan, name: str | None) -> str | None:
    """The id of the plan's agency named ``name`` (id, name or other name), or None for no filter.

    A name the plan does not use is a usage error with the closest names, never a
    silently empty answer.
    """
    if name is None:
        return None
    from quanhelaodong.errors import UnknownAgencyError

    try:
        return find_agency(plan.graph, name).id
    except UnknownAgencyError as error:
        hint = f"; closest: {', '.join(error.suggestions)}" if error.suggestions else ""
        raise click.BadParameter(f"the plan names no agency {name!r}{hint}",
                                 param_hint="'--agency'") from None
