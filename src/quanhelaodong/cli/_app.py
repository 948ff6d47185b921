"""The ``quanhelaodong`` command group: its subcommands, its errors and a closed pipe."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import click

from quanhelaodong.cli._files import export_command, import_command, validate_command
from quanhelaodong.cli._followup import overdue_command, status_command
from quanhelaodong.cli._inputs import first_line
from quanhelaodong.cli._queries import tasks_command, who_leads_command
from quanhelaodong.cli._time import calendar_command, deadline_command, deadlines_command
from quanhelaodong.errors import QuanHeLaoDongError

__all__ = ["CLOSED_PIPE", "main"]

#: The exit status when the reader of the output has gone (``| head``): 128 + SIGPIPE, as a
#: shell reports a program the signal ended; distinct from 1 ("errors found", "no match").
CLOSED_PIPE = 141


class _Group(click.Group):
    """Every error as one line (status 2 for bad input), never a traceback; a closed pipe quietly."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> NoReturn:
        for stream in (sys.stdout, sys.stderr):
            # A console or file that cannot hold Vietnamese gets escapes, not a crash.
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as error:
            error.show()
            sys.exit(error.exit_code)
        except click.ClickException as error:
            message = " ".join(error.format_message().split())
            click.echo(f"Error: {message}", err=True)
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(status if isinstance(status, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe is found here, not at the interpreter's exit
            return result
        except BrokenPipeError:
            _quiet_stdout()
            sys.exit(CLOSED_PIPE)
        except QuanHeLaoDongError as error:
            raise _InputError(first_line(error)) from None
        except OSError as error:
            raise _InputError(first_line(error)) from None


def _quiet_stdout() -> None:
    # What is still buffered goes nowhere, so that the interpreter's own flush at exit
    # does not meet the closed pipe again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class _InputError(click.ClickException):
    exit_code = 2


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quanhelaodong")
def main() -> None:
    """Vietnamese tripartite labour-relations coordination: who leads, who partners, by when.

    PLAN is a programme's JSON file, a plan document (text, .docx, text PDF), '-' for
    standard input, or a bundled programme: an-giang-2020, an-giang-2021-2023,
    ha-noi-2019, hue-2023, thai-nguyen-2022, thi-xa-2016-2020, thi-xa-2020-2025.
    """


for _command in (who_leads_command, tasks_command, deadlines_command, status_command, overdue_command,
                 validate_command, import_command, export_command, calendar_command, deadline_command):
    main.add_command(_command)
