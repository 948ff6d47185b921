"""The library's exceptions.

Every error raised on purpose derives from :class:`QuanHeLaoDongError`, and each
specific error also derives from the builtin it refines, so callers may catch
either ``UnknownAgencyError`` or the ``KeyError`` they would expect from a lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quanhelaodong.problems import Problem

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


class QuanHeLaoDongError(Exception):
    """Base class of every error this library raises on purpose."""


class InvalidValueError(QuanHeLaoDongError, ValueError):
    """A domain object was given a value that breaks one of its rules."""


class UnknownAgencyError(QuanHeLaoDongError, KeyError):
    """A name or id does not match any agency known in the given context.

    ``suggestions`` holds the closest known names, best first. It may be given as
    a function, computed only when first read: code that tries many candidate
    names and catches the error should not pay for a fuzzy search each time.
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
        where = f" in area {self.area!r}" if self.area else ""
        message = f"unknown agency {self.name!r}{where}"
        if self.suggestions:
            message += "; closest known: " + ", ".join(repr(s) for s in self.suggestions)
        return message


class UnknownTaskError(QuanHeLaoDongError, KeyError):
    """A task reference does not match any loaded task."""

    def __init__(self, reference: str, *, suggestions: Sequence[str] = ()):
        self.reference = reference
        self.suggestions = tuple(suggestions)
        super().__init__(reference)

    def __str__(self) -> str:
        message = f"unknown task {self.reference!r}"
        if self.suggestions:
            message += "; closest known: " + ", ".join(repr(s) for s in self.suggestions)
        return message


class AmbiguousTaskError(QuanHeLaoDongError, LookupError):
    """A bare task id matches tasks in more than one loaded programme."""

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
    """No programme of that name is bundled with the library."""

    def __init__(self, name: str, available: Sequence[str]):
        self.name = name
        self.available = tuple(available)
        super().__init__(name)

    def __str__(self) -> str:
        return f"no bundled programme {self.name!r}; available: " + ", ".join(self.available)


class DocumentRefParseError(QuanHeLaoDongError, ValueError):
    """Text that should be an official document number or date could not be read."""

    def __init__(self, text: str, reason: str):
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read {text!r} as a document reference: {reason}")


class ProblemsError(QuanHeLaoDongError, ValueError):
    """Base for errors that carry every problem found, not just the first."""

    def __init__(self, summary: str, problems: Sequence[Problem]):
        self.problems: tuple[Problem, ...] = tuple(problems)
        lines = [summary] + [f"  {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


class ValidationError(ProblemsError):
    """Raised by ``validate(..., strict=True)``; ``problems`` lists everything found."""


class LoadError(ProblemsError):
    """JSON could not be turned into domain objects; ``problems`` lists every fault with its path."""


class TimeframeParseError(QuanHeLaoDongError, ValueError):
    """A time phrase could not be read; ``phrase`` and ``position`` say where."""

    def __init__(self, phrase: str, position: int, reason: str):
        self.phrase = phrase
        self.position = position
        self.reason = reason
        pointer = f"{phrase[:position]}⟨here⟩{phrase[position:]}"
        super().__init__(f"cannot read time phrase {phrase!r} at position {position} "
                         f"({pointer!r}): {reason}")


class UnknownRuleError(QuanHeLaoDongError, KeyError):
    """No statutory rule has this id."""

    def __str__(self) -> str:
        return str(self.args[0])


class RuleNotInForceError(QuanHeLaoDongError, LookupError):
    """The rule exists but no version of it was in force on the date asked."""


class PlanParseError(QuanHeLaoDongError, ValueError):
    """A document cannot be read as a plan at all (empty, binary, too large, scanned PDF).

    Anything short of that is read, and what could not be interpreted is reported
    as diagnostics instead.
    """


class MissingExtraError(QuanHeLaoDongError, ImportError):
    """An optional feature needs a package that is not installed; the message names the extra."""
