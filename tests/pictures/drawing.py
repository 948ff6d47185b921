"""What the picture tests share: every picture is drawn for real, with warnings as errors."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import TypeVar

from matplotlib.artist import Artist
from matplotlib.figure import Figure

A = TypeVar("A", bound=Artist)


def drawn_without_warnings(make: Callable[[], Figure]) -> Figure:
    """The figure ``make`` builds, drawn by Agg; any warning (a missing glyph above all) fails."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = make()
        figure.canvas.draw()
    return figure


def tagged(figure: object, kind: type[A], gid: re.Pattern[str]) -> list[tuple[re.Match[str], A]]:
    """The artists of ``kind`` whose gid (the label the drawing code gives them) matches ``gid``."""
    found = []
    for artist in figure.findobj(kind):  # type: ignore[attr-defined]
        match = gid.match(artist.get_gid() or "")
        if match:
            found.append((match, artist))
    return found
