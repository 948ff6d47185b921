"""What the importer could not interpret, with where it is in the text."""

from __future__ import annotations

import attrs

from quanhelaodong.problems import Severity
from quanhelaodong.programmes import CoordinationProgramme

__all__ = ["Diagnostic", "ParseResult"]


@attrs.frozen
class Diagnostic:
    """One span of the source the importer could not use, or a name it could not resolve.

    ``start`` and ``end`` are character offsets into the text as given (after NFC
    normalisation of each line, which keeps offsets of Vietnamese text stable).

    >>> print(Diagnostic("warning", "unknown-agency", "no such agency", 120, 131,
    ...                  "Sở Du lịch", ("Sở Nội vụ",)))
    warning [unknown-agency] at 120-131: no such agency: 'Sở Du lịch' (closest known: Sở Nội vụ)
    """

    severity: Severity = attrs.field(converter=Severity)
    code: str
    message: str
    start: int
    end: int
    text: str
    suggestions: tuple[str, ...] = ()

    def __str__(self) -> str:
        hint = f" (closest known: {', '.join(self.suggestions)})" if self.suggestions else ""
        return (f"{self.severity.value} [{self.code}] at {self.start}-{self.end}: "
                f"{self.message}: {self.text!r}{hint}")


@attrs.frozen
class ParseResult:
    """The programme read from a document, and everything the importer could not read.

    >>> from quanhelaodong.io import parse_plan
    >>> result = parse_plan("KẾ HOẠCH\\nTập huấn năm 2025\\nI. NHIỆM VỤ\\n1. Tập huấn\\n"
    ...                     "Đơn vị thực hiện: Sở Nội vụ.")
    >>> result.ok, [d.code for d in result.diagnostics]
    (False, ['unknown-agency'])
    >>> [(a.name, a.provisional) for a in result.programme.agencies]
    [('Sở Nội vụ', True)]
    """

    programme: CoordinationProgramme
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def ok(self) -> bool:
        """True when nothing was left uninterpreted."""
        return not self.diagnostics
