"""What every example script shares: how it reads a date, and how it ends.

A bad date is reported the same way by every script (argparse's usage line and
"expected a date YYYY-MM-DD"), an error of the library prints one line and exits
with 2, and a reader that stops early (``| head``) ends the script quietly with status
141, as the command line does (128 + SIGPIPE, as a shell reports it).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

import pendulum

from quanhelaodong import QuanHeLaoDongError
from quanhelaodong.cli import CLOSED_PIPE

__all__ = ["iso_date", "run"]


def iso_date(text: str) -> pendulum.Date:
    """An argparse type: a day written YYYY-MM-DD."""
    try:
        return pendulum.Date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


def run(main: Callable[[], int]) -> None:
    """Run a script's ``main`` and exit with its status."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader has gone: send what is left nowhere, so that the interpreter's own
        # flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = CLOSED_PIPE
    except QuanHeLaoDongError as error:
        print(f"error: {str(error).splitlines()[0]}", file=sys.stderr)
        status = 2
    sys.exit(status)
