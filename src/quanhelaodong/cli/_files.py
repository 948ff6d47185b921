"""Plans in and out: check a plan, import documents into JSON, export to other formats."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click
import pendulum

from quanhelaodong.cli._inputs import DATE, PLAN, Plan, agency_id, first_line
from quanhelaodong.cli._labels import Language, label
from quanhelaodong.cli._options import output_options
from quanhelaodong.cli._tables import echo_json, table
from quanhelaodong.errors import QuanHeLaoDongError
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.io import Diagnostic, dumps
from quanhelaodong.programmes import validate

__all__ = ["export_command", "import_command", "validate_command"]


@click.command("validate")
@click.argument("plan", type=PLAN)
@output_options
def validate_command(plan: Plan, lang: Language, as_json: bool) -> None:
    """Every problem of PLAN at once; exit status 1 when any is an error.

    A document read on the fly adds what the importer said of it, with its position,
    and a document in which it found no task at all is an error.
    """
    text = _text_of(plan.source)
    found = [(d.severity.value, d.code, f"{plan.source}:{_position(text, d.start)}",
              f"{d.message}: {d.text!r}") for d in plan.diagnostics]
    if not plan.programme.tasks and plan.diagnostics:
        found.append(("error", "no-task", plan.source, "the importer found no task in the document"))
    found += [(p.severity.value, p.code, p.path, p.message) for p in validate(plan.programme)]
    if as_json:
        echo_json([{"severity": severity, "code": code, "path": path, "message": message}
                   for severity, code, path, message in found])
    elif found:
        click.echo(table([label("severity", lang), label("code", lang), label("path", lang),
                          label("message", lang)], found, limit=90))
        click.echo(f"{len(found)} {label('problems', lang)}")
    else:
        click.echo(label("no_problems", lang))
    if any(severity == "error" for severity, *_ in found):
        raise SystemExit(1)


def _position(text: str | None, offset: int) -> str:
    """``line:column`` of a character offset, when the document's text is at hand."""
    if text is None:
        return f"@{offset}"
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def _text_of(source: str) -> str | None:
    """A text document's characters as the importer counted them (line ends kept as they are)."""
    path = Path(source)
    if path.suffix.lower() not in {".txt", ".md", ""} or not path.is_file():
        return None
    try:
        with path.open(encoding="utf-8", newline="") as file:
            return file.read()
    except (OSError, UnicodeDecodeError):
        return None


def _echo_diagnostics(source: str, diagnostics: tuple[Diagnostic, ...]) -> None:
    text = _text_of(source)
    for diagnostic in diagnostics:
        click.echo(f"{source}:{_position(text, diagnostic.start)}: {diagnostic.severity.value} "
                   f"[{diagnostic.code}] {diagnostic.message}: {diagnostic.text!r}", err=True)


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(), default="-", show_default=True,
              help="JSON file to write (one input), or a folder (several inputs); '-' prints it.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print the importer's diagnostics.")
def import_command(files: tuple[str, ...], output: str, quiet: bool) -> None:
    """Read plan documents (text, .docx, text PDF) into the library's JSON.

    What the importer could not read is printed as diagnostics with their position
    (line:column for text files, @offset otherwise); what it read is written.
    """
    from quanhelaodong.io import parse_plan_file

    several = len(files) > 1
    if several and output == "-":
        raise click.BadParameter("several files need -o FOLDER", param_hint="'-o'")
    folder = Path(output) if several or (output != "-" and Path(output).is_dir()) else None
    if folder is not None:
        stems = [Path(name).stem for name in files]
        twice = sorted({stem for stem in stems if stems.count(stem) > 1})
        if twice:
            raise click.BadParameter(f"two inputs would both be written to {twice[0]}.json; rename one",
                                     param_hint="'FILES'")
        folder.mkdir(parents=True, exist_ok=True)
    failures = 0
    with click.progressbar(files, label="importing", file=sys.stderr,
                           hidden=not several) as bar:
        for name in bar:
            try:
                result = parse_plan_file(name)
            except (QuanHeLaoDongError, OSError) as error:
                failures += 1
                # past the progress bar's line, when one is drawn
                click.echo(f"{chr(10) if several else ''}{name}: error: {first_line(error)}", err=True)
                continue
            if not quiet:
                _echo_diagnostics(name, tuple(result.diagnostics))
            text = dumps(result.programme)
            if folder is not None:
                (folder / (Path(name).stem + ".json")).write_text(text, encoding="utf-8")
            elif output == "-":
                click.echo(text)
            else:
                Path(output).write_text(text, encoding="utf-8")
    if failures:
        raise SystemExit(2)


#: An export from the graph and the agency it is cut down to, if any.
_Exporter = Callable[[ResponsibilityGraph, str | None], str | bytes]


def _exporters(as_of: pendulum.Date | None) -> dict[str, _Exporter]:
    from quanhelaodong import export

    return {
        "ics": lambda graph, agency: export.to_ical(graph, agency=agency, as_of=as_of),
        "mermaid": lambda graph, agency: export.to_mermaid(graph, agency=agency),
        **{fmt: _whole(whole) for fmt, whole in (("graphml", export.to_graphml), ("dot", export.to_dot),
                                                 ("csv", export.raci_csv), ("md", export.raci_markdown))},
    }


def _whole(write: Callable[[ResponsibilityGraph], str]) -> _Exporter:
    """An export of the whole plan, which no agency cuts down (see ``_WHOLE_PLAN_ONLY``)."""
    return lambda graph, _agency: write(graph)


#: Formats that cannot be cut down to one agency's tasks.
_WHOLE_PLAN_ONLY = {"graphml", "dot", "csv", "md"}


@click.command("export")
@click.argument("plan", type=PLAN)
@click.option("--format", "fmt", type=click.Choice(["ics", "graphml", "mermaid", "dot", "csv", "md"]),
              required=True, help="ics: deadlines as to-dos; graphml, dot, mermaid: the responsibility "
                                  "graph; csv, md: the RACI matrix.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="File to write; '-' prints it.")
@click.option("--agency", help="Only this agency's tasks and deadlines (ics, mermaid).")
@click.option("--as-of", type=DATE, help="ics: the day the to-dos stand on, from the plan's progress "
                                         "records and reports (default: today).")
def export_command(plan: Plan, fmt: str, output: str, agency: str | None,
                   as_of: pendulum.Date | None) -> None:
    """Write PLAN in another format for calendars, graph tools, diagrams or spreadsheets."""
    if agency is not None and fmt in _WHOLE_PLAN_ONLY:
        raise click.BadParameter(f"--agency does not apply to --format {fmt}", param_hint="'--agency'")
    if as_of is not None and fmt != "ics":
        raise click.BadParameter(f"--as-of does not apply to --format {fmt}", param_hint="'--as-of'")
    plan.require_tasks()
    data = _exporters(as_of)[fmt](plan.graph, agency_id(plan, agency))
    if fmt == "ics" and isinstance(data, bytes) and b"BEGIN:VTODO" not in data:
        # RFC 5545 wants at least one component: a calendar of nothing is no file to write.
        raise click.UsageError("the plan has no dated deadline to put in a calendar")
    if output == "-":
        # bytes go to the binary stream unchanged; a text gets one final newline
        click.echo(data, nl=isinstance(data, str) and not data.endswith("\n"))
        return
    target = Path(output)
    if isinstance(data, bytes):
        target.write_bytes(data)
    else:
        target.write_text(data, encoding="utf-8")
