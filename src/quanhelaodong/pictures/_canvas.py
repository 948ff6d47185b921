"""Figures without pyplot: matplotlib loaded on first use, drawn by Agg, saved to a file.

Pictures never touch pyplot's global state, so a server or a test drawing many
figures at once keeps no open windows and no figure registry.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from quanhelaodong.errors import InvalidValueError, MissingExtraError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["DPI", "new_figure", "save_picture"]

#: Dots per inch of a saved picture: sharp on a documentation page, still a few hundred KB at most.
DPI = 110
_MISSING = "pictures need: pip install 'quanhelaodong[pictures]'"
_FORMATS = frozenset({".png", ".svg", ".pdf"})


def new_figure(width: float, height: float) -> Figure:
    """An empty figure of ``width`` x ``height`` inches, drawn by Agg.

    Raises :class:`~quanhelaodong.errors.MissingExtraError` when matplotlib is not installed.
    """
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise MissingExtraError(_MISSING) from None
    figure = Figure(figsize=(width, height), dpi=DPI, facecolor="white")
    FigureCanvasAgg(figure)
    return figure


def save_picture(figure: Figure, path: str | Path, *, dpi: int = DPI) -> Path:
    """Write ``figure`` to ``path`` as PNG, SVG or PDF (by its suffix); returns the path.

    A PNG is written with a palette of 256 colours: these drawings have few
    colours, so it looks the same at a third of the size. The file carries no
    software version, so a picture drawn again from the same plan is the same file.

    >>> import tempfile
    >>> from quanhelaodong.io import load_bundled
    >>> from quanhelaodong.pictures import timeline_picture
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     saved = save_picture(timeline_picture(load_bundled("hue-2023")), Path(folder) / "t.png")
    ...     saved.read_bytes()[:8]
    b'\\x89PNG\\r\\n\\x1a\\n'
    """
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise MissingExtraError(_MISSING) from None
    if not isinstance(figure, Figure):
        raise InvalidValueError(f"expected a matplotlib Figure, got {type(figure).__name__} {figure!r}")
    if isinstance(dpi, bool) or not isinstance(dpi, int) or not 10 <= dpi <= 1200:
        raise InvalidValueError(f"dpi must be a whole number from 10 to 1200, got {dpi!r}")
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in _FORMATS:
        raise InvalidValueError(f"a picture is saved as {', '.join(sorted(_FORMATS))}; "
                                f"got {str(target)!r}")
    if suffix == ".png":
        _save_png(figure, target, dpi)
        return target
    # Each format names its creator field differently; None leaves it out.
    metadata = {".svg": {"Creator": None, "Date": None},
                ".pdf": {"Creator": None, "Producer": None, "CreationDate": None}}[suffix]
    figure.savefig(target, dpi=dpi, format=suffix[1:], metadata=metadata, facecolor="white",
                   bbox_inches="tight", pad_inches=0.15)
    return target


def _save_png(figure: Figure, target: Path, dpi: int) -> None:
    # Pillow comes with matplotlib, which writes its PNGs through it.
    from PIL import Image

    drawn = io.BytesIO()
    figure.savefig(drawn, dpi=dpi, format="png", metadata={"Software": None}, facecolor="white",
                   bbox_inches="tight", pad_inches=0.15)
    drawn.seek(0)
    with Image.open(drawn) as image:
        flat = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
        flat.save(target, format="PNG", optimize=True)
