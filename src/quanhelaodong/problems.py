"""Problems found in a programme, a JSON document or a plan text: one shape for all three.

Validation, JSON loading and the plan importer each report what is wrong as a
list, never stopping at the first fault. They share :class:`Problem` and
:class:`Severity`, which sit among the foundations (above only the errors and the
field converters, which they use) so that every layer may use them.
"""

from __future__ import annotations

import enum

import attrs

from quanhelaodong._fields import as_choice

__all__ = ["Problem", "Severity", "as_severity"]


class Severity(enum.StrEnum):
    """How bad a problem is: an error makes a programme wrong, a warning asks a person to look.

    >>> Severity("warning") is Severity.WARNING
    True
    """

    ERROR = "error"
    WARNING = "warning"


def as_severity(value: object) -> Severity:
    """A :class:`Severity` or its value; anything else is an ``InvalidValueError`` naming the choices.

    >>> as_severity("warning")
    <Severity.WARNING: 'warning'>
    >>> as_severity("fatal")
    Traceback (most recent call last):
    ...
    quanhelaodong.errors.InvalidValueError: severity must be one of 'error', 'warning', got 'fatal'
    """
    return as_choice(Severity, value, "severity")


@attrs.frozen
class Problem:
    """One problem: its severity, a stable code, the path to the value and a message.

    >>> print(Problem("error", "no-lead", "tasks[3]", "task 2.1 names no lead"))
    error [no-lead] tasks[3]: task 2.1 names no lead
    """

    severity: Severity = attrs.field(converter=as_severity)
    code: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity.value} [{self.code}]{where}: {self.message}"
