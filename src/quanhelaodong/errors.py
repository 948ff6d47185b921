"""The library's exceptions.

Every error raised on purpose derives from :class:`QuanHeLaoDongError`, and each
specific error also derives from the builtin it refines, so callers may catch
either ``UnknownAgencyError`` or the ``KeyError`` they would expect from a lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

__all__ = [
    "AmbiguousTaskError",
    "DocumentRefParseError",
    "InvalidValueError",
    "LoadError",
    "MissingExtraError",
    "PlanParseError",
    "ProblemsError",
    "QuanHeLaoDongError",
    "RuleNotInForceError",
    "TimeframeParseError",
    "UnknownAgencyError",
    "UnknownBundledProgrammeError",
    "UnknownRuleError",
    "UnknownTaskError",
    "ValidationError",
]


#: A text quoted in a message is cut around this many characters either side of what matters.
_QUOTED = 60


def _quoted(text: str, at: int | None = None) -> str:
    """``repr(text)``, or for a long text the part around ``at`` (the start if None), marked cut.

    >>> _quoted("Quý V/2023")
    "'Quý V/2023'"
    >>> _quoted("x" * 100 + "Quý V/2023" + "y" * 100, 104)[58:80]
    'Quý V/2023yyyyyyyyyyyy'
    >>> _quoted("x" * 100 + "Quý V/2023" + "y" * 100, 104)[-16:]
    '(210 characters)'

    """
    if len(text) <= 3 * _QUOTED:
        return repr(text)
    start = max(0, (at or 0) - _QUOTED)
    end = min(len(text), (at or 0) + _QUOTED)
    return (("…" if start else "") + repr(text[start:end]) + ("…" if end < len(text) else "")
            + f" ({len(text)} characters)")


class QuanHeLaoDongError(Exception):
    """Base class of every error this library raises on purpose.

    >>> from quanhelaodong import parse_timeframe
    >>> try: parse_timeframe("sau Tết")
    ... except QuanHeLaoDongError as error: print(type(error).__name__)
    TimeframeParseError
    """


class InvalidValueError(QuanHeLaoDongError, ValueError):
    """A domain object was given a value that breaks one of its rules.

    >>> from quanhelaodong.programmes import parse_number
    >>> try: parse_number("1,2,3")
    ... except ValueError as error: print(error)
    '1,2,3' is not a number written as 1.000 or 58,32 (at most 80 characters)
    """


class UnknownAgencyError(QuanHeLaoDongError, KeyError):
    """A name or id does not match any agency known in the given context.

    ``suggestions`` holds the closest known names, best first. It may be given as
    a function, computed only when first read: code that tries many candidate
    names and catches the error should not pay for a fuzzy search each time.

    >>> from quanhelaodong import resolve_agency
    >>> try: resolve_agency("Sở Lao động xã hội", area="thua-thien-hue")
    ... except KeyError as error: print(error.suggestions[0])
    Sở Lao động - Thương binh và Xã hội
    """

    def __init__(self, name: str, *, area: str | None = None,
                 suggestions: Sequence[str] | Callable[[], Sequence[str]] = ()):
        self.name = name
        self.area = area
        self._suggestions = suggestions
        super().__init__(name)

    @property
    def suggestions(self) -> tuple[str, ...]:
        if callable(self._suggestions):
            self._suggestions = tuple(self._suggestions())
        return tuple(self._suggestions)

    def __str__(self) -> str:
        where = f" in area {_quoted(self.area)}" if self.area else ""
        message = f"unknown agency {_quoted(self.name)}{where}"
        if self.suggestions:
            message += "; closest known: " + ", ".join(repr(s) for s in self.suggestions)
        return message


class UnknownTaskError(QuanHeLaoDongError, KeyError):
    """A task reference does not match any loaded task; ``suggestions`` holds the closest ids.

    >>> from quanhelaodong import ResponsibilityGraph, leads, load_bundled
    >>> try: leads(ResponsibilityGraph([load_bundled("hue-2023")]), "PL.1.4")
    ... except KeyError as error: print(error.suggestions[0])
    PL.I.4
    """

    def __init__(self, reference: str, *, suggestions: Sequence[str] = ()):
        self.reference = reference
        self.suggestions = tuple(suggestions)
        super().__init__(reference)

    def __str__(self) -> str:
        message = f"unknown task {_quoted(self.reference)}"
        if self.suggestions:
            message += "; closest known: " + ", ".join(repr(s) for s in self.suggestions)
        return message


class AmbiguousTaskError(QuanHeLaoDongError, LookupError):
    """A bare task id matches tasks in more than one loaded programme.

    >>> from quanhelaodong import ResponsibilityGraph, leads, load_bundled
    >>> graph = ResponsibilityGraph([load_bundled("ha-noi-2019"), load_bundled("thai-nguyen-2022")])
    >>> try: leads(graph, "1")
    ... except LookupError as error: print(error.candidates)
    ('ha-noi-2019:1', 'thai-nguyen-2022:1')
    """

    def __init__(self, reference: str, candidates: Sequence[str]):
        self.reference = reference
        self.candidates = tuple(candidates)
        super().__init__(reference)

    def __str__(self) -> str:
        return (
            f"task {self.reference!r} exists in several programmes; "
            "qualify it as one of: " + ", ".join(self.candidates)
        )


class UnknownBundledProgrammeError(QuanHeLaoDongError, KeyError):
    """No programme of that name is bundled with the library; ``available`` lists those that are.

    >>> from quanhelaodong import load_bundled
    >>> try: load_bundled("hue-2024")
    ... except KeyError as error: print(error.available[0])
    hue-2023
    """

    def __init__(self, name: str, available: Sequence[str]):
        self.name = name
        self.available = tuple(available)
        super().__init__(name)

    def __str__(self) -> str:
        return f"no bundled programme {self.name!r}; available: " + ", ".join(self.available)


class DocumentRefParseError(QuanHeLaoDongError, ValueError):
    """Text that should be an official document number or date could not be read.

    >>> from quanhelaodong import DocumentRef
    >>> try: DocumentRef.parse("Kế hoạch số 12")
    ... except ValueError as error: print(error.reason)
    expected 'number/TYPE-ISSUER', 'number-TYPE/ISSUER', 'number-ISSUER' or a number alone
    """

    def __init__(self, text: str, reason: str):
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read {_quoted(text)} as a document reference: {reason}")


class _Severity(Protocol):
    """A :class:`quanhelaodong.problems.Severity`: a text with its ``value``."""

    @property
    def value(self) -> str: ...


class _Problem(Protocol):
    """What a :class:`ProblemsError` carries: a :class:`quanhelaodong.problems.Problem`.

    Described here rather than imported, so that ``problems`` (whose constructor
    raises this module's errors) sits above this module and nothing goes round.
    """

    @property
    def severity(self) -> _Severity: ...

    @property
    def code(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def message(self) -> str: ...


class ProblemsError(QuanHeLaoDongError, ValueError):
    """Base for errors that carry every problem found, not just the first.

    >>> from quanhelaodong import loads
    >>> try: loads('{"schema_version": 2}')
    ... except ProblemsError as error: print([problem.path for problem in error.problems])
    ['id', 'kind', 'title']
    """

    def __init__(self, summary: str, problems: Sequence[_Problem]):
        self.problems: tuple[_Problem, ...] = tuple(problems)
        lines = [summary] + [f"  {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


class ValidationError(ProblemsError):
    """Raised by ``validate(..., strict=True)``; ``problems`` lists everything found.

    >>> from quanhelaodong import CoordinationProgramme, Task, validate
    >>> plan = CoordinationProgramme("demo", "plan", "Kế hoạch thử", tasks=[Task("1", "1", "Tập huấn")])
    >>> try: validate(plan, strict=True)
    ... except ValueError as error: print(error)
    programme 'demo' has 1 error(s)
      error [no-lead] tasks[0]: task 1 'Tập huấn' is assigned to nobody
    """


class LoadError(ProblemsError):
    """JSON could not be turned into domain objects; ``problems`` lists every fault with its path.

    >>> from quanhelaodong import loads
    >>> try: loads('{"schema_version": 9}')
    ... except ValueError as error: print(error)
    cannot load programme
      error [load] schema_version: expected schema_version 3 (or 1, 2), got 9
    """


class TimeframeParseError(QuanHeLaoDongError, ValueError):
    """A time phrase could not be read; ``phrase`` and ``position`` say where.

    >>> from quanhelaodong import parse_timeframe
    >>> try: parse_timeframe("trước ngày 30/02/2023")
    ... except ValueError as error: print(error.position, error.reason)
    11 no such date: day is out of range for month
    """

    def __init__(self, phrase: str, position: int, reason: str):
        self.phrase = phrase
        self.position = position
        self.reason = reason
        pointer = f"{phrase[:position]}⟨here⟩{phrase[position:]}"
        super().__init__(f"cannot read time phrase {_quoted(phrase, position)} at position "
                         f"{position} ({_quoted(pointer, position)}): {reason}")


class UnknownRuleError(QuanHeLaoDongError, KeyError):
    """No statutory rule has this id; the message lists the known ones.

    >>> from quanhelaodong.deadlines import statutory_rule
    >>> try: statutory_rule("strike")
    ... except KeyError as error: print(error)
    no statutory rule 'strike'; known: arbitration_board, ..., strike_notice, ...
    """

    def __str__(self) -> str:
        return str(self.args[0])


class RuleNotInForceError(QuanHeLaoDongError, LookupError):
    """The rule exists but no version of it was in force on the date asked.

    The strike notice rule comes from the Labour Code 2019, in force from 2021-01-01:

    >>> from quanhelaodong.deadlines import statutory_rule
    >>> try: statutory_rule("strike_notice", on="2020-06-01")
    ... except LookupError as error: print(error)
    rule 'strike_notice' has no version in force on 2020-06-01
    """


class PlanParseError(QuanHeLaoDongError, ValueError):
    """A document cannot be read as a plan at all (empty, binary, too large, scanned PDF).

    Anything short of that is read, and what could not be interpreted is reported
    as diagnostics instead.

    >>> from quanhelaodong import parse_plan
    >>> try: parse_plan(bytes(8))
    ... except ValueError as error: print(error)
    the input is binary, not text
    """


class MissingExtraError(QuanHeLaoDongError, ImportError):
    """An optional feature needs a package that is not installed; the message names the extra.

    Reading .docx or PDF plans raises it when python-docx or pypdf is missing:

    >>> try: raise MissingExtraError("reading PDF needs: pip install 'quanhelaodong[pdf]'")
    ... except ImportError as error: print(error)
    reading PDF needs: pip install 'quanhelaodong[pdf]'
    """
