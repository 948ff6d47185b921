"""What the picture tests share: every picture is drawn for real, with warnings as errors."""

from __future__ import annotations

import warnings
from collections.abc import Callable

from matplotlib.figure import Figure


def drawn_without_warnings(make: Callable[[], Figure]) -> Figure:
    """The figure ``make`` builds, drawn by Agg; any warning (a missing glyph above all) fails."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = make()
        figure.canvas.draw()
    return figure
