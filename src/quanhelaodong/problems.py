"""Problems found in a programme, a JSON document or a plan text: one shape for all three.

Validation, JSON loading and the plan importer each report what is wrong as a
list, never stopping at the first fault. They share :class:`Problem` and
:class:`Severity`, which sit at the bottom of the library so that everything
above may use them.
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Problem", "Severity"]


class Severity(enum.StrEnum):
    """How bad a problem is: an error makes a programme wrong, a warning asks a person to look.

    >>> Severity("warning") is Severity.WARNING
    True
    """

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen
class Problem:
    """One problem: its severity, a stable code, the path to the value and a message.

    >>> print(Problem("error", "no-lead", "tasks[3]", "task 2.1 names no lead"))
    error [no-lead] tasks[3]: task 2.1 names no lead
    """

    severity: Severity = attrs.field(converter=Severity)
    code: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity.value} [{self.code}]{where}: {self.message}"
