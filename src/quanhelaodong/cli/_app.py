"""The ``quanhelaodong`` command group: its subcommands, its errors and a closed pipe."""

from __future__ import annotations

from typing import Any

import click

from quanhelaodong.cli._files import export_command, import_command, validate_command
from quanhelaodong.cli._followup import overdue_command, status_command
from quanhelaodong.cli._inputs import first_line
from quanhelaodong.cli._queries import tasks_command, who_leads_command
from quanhelaodong.cli._time import calendar_command, deadline_command, deadlines_command
from quanhelaodong.errors import QuanHeLaoDongError

__all__ = ["main"]


class _Group(click.Group):
    """Prints an error of the library as one line and exits with 2, never with a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuanHeLaoDongError as error:
            raise _InputError(first_line(error)) from None
        except OSError as error:
            if isinstance(error, BrokenPipeError):
                raise
            raise _InputError(first_line(error)) from None


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
