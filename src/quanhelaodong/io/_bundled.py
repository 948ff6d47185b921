"""Real programmes shipped with the library, as hand-checked JSON in ``io/data/programmes``."""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable

from quanhelaodong.errors import UnknownBundledProgrammeError
from quanhelaodong.io._json import loads
from quanhelaodong.programmes import CoordinationProgramme
from quanhelaodong.text import close_words

__all__ = ["bundled_names", "load_bundled"]


def _directory() -> Traversable:
    return resources.files("quanhelaodong.io").joinpath("data", "programmes")


def bundled_names() -> tuple[str, ...]:
    """Names of the bundled programmes, sorted.

    >>> "hue-2023" in bundled_names()
    True
    """
    return tuple(sorted(
        entry.name.removesuffix(".json")
        for entry in _directory().iterdir()
        if entry.name.endswith(".json")
    ))


@functools.cache
def load_bundled(name: str) -> CoordinationProgramme:
    """Load a bundled programme by name; programmes are immutable, so each is read once.

    ``"hue-2023"`` is Thừa Thiên Huế's plan 180/KH-UBND of 12 May 2023 (seed 004).

    >>> plan = load_bundled("hue-2023")
    >>> plan.document.symbol, plan.document.issued_on
    ('180/KH-UBND', Date(2023, 5, 12))
    """
    if not isinstance(name, str):
        raise UnknownBundledProgrammeError(repr(name), bundled_names())
    names = bundled_names()
    if name not in names:
        close = close_words(name, names, limit=len(names), cutoff=0.0)
        raise UnknownBundledProgrammeError(name, close)
    return loads(_directory().joinpath(f"{name}.json").read_text("utf-8"))
