"""Options every subcommand shares: the language of the labels and JSON output."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from quanhelaodong.cli._labels import LANGUAGES

__all__ = ["output_options"]

F = TypeVar("F", bound=Callable[..., Any])


def output_options(command: F) -> F:
    """Add ``--json`` and ``--lang vi|en`` to a subcommand."""
    command = click.option("--json", "as_json", is_flag=True, help="Print JSON for programs.")(command)
    return click.option("--lang", type=click.Choice(LANGUAGES), default="vi", show_default=True,
                        help="Language of the labels: Vietnamese or English.")(command)
