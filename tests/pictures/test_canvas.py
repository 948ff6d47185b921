"""Saving pictures, and what happens without matplotlib."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from quanhelaodong.errors import InvalidValueError, MissingExtraError
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.io import load_bundled
from quanhelaodong.pictures import responsibility_picture, save_picture, timeline_picture

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_a_png_starts_with_the_signature_and_keeps_the_figures_size(tmp_path: Path) -> None:
    figure = timeline_picture(load_bundled("hue-2023"))
    saved = save_picture(figure, tmp_path / "timeline.png")
    assert saved == tmp_path / "timeline.png"
    assert saved.read_bytes().startswith(PNG_SIGNATURE)
    with Image.open(saved) as image:
        assert image.mode == "P"  # a palette: a third of the size
        width, height = image.size
    # Tight bounding box: at most the figure's own size at 110 dpi, and not much less.
    assert 0.8 * 12 * 110 < width <= 12 * 110 + 40
    assert height > 0.7 * figure.get_figheight() * 110


def test_the_same_picture_is_the_same_file(tmp_path: Path, hue_graph: ResponsibilityGraph) -> None:
    first = save_picture(responsibility_picture(hue_graph), tmp_path / "a.png").read_bytes()
    second = save_picture(responsibility_picture(hue_graph), tmp_path / "b.png").read_bytes()
    assert first == second
    assert len(first) < 300_000


@pytest.mark.parametrize(("suffix", "start"),
                         [(".svg", b"<?xml"), (".pdf", b"%PDF"), (".PNG", PNG_SIGNATURE)])
def test_svg_and_pdf_too(tmp_path: Path, suffix: str, start: bytes) -> None:
    saved = save_picture(timeline_picture(load_bundled("thai-nguyen-2022")), tmp_path / f"t{suffix}")
    assert saved.read_bytes().startswith(start)


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    figure = timeline_picture(load_bundled("thai-nguyen-2022"))
    with pytest.raises(InvalidValueError, match="saved as"):
        save_picture(figure, tmp_path / "t.jpg")
    with pytest.raises(InvalidValueError, match="dpi"):
        save_picture(figure, tmp_path / "t.png", dpi=0)
    with pytest.raises(InvalidValueError, match="Figure"):
        save_picture("not a figure", tmp_path / "t.png")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_without_matplotlib_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch,
                                                      hue_graph: ResponsibilityGraph) -> None:
    for module in ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg"):
        monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match=r"quanhelaodong\[pictures\]") as raised:
        responsibility_picture(hue_graph)
    assert isinstance(raised.value, ImportError)
    with pytest.raises(MissingExtraError):
        timeline_picture(load_bundled("hue-2023"))


def test_importing_the_library_loads_neither_pictures_nor_matplotlib() -> None:
    code = ("import sys, quanhelaodong, quanhelaodong.followup, quanhelaodong.graph\n"
            "loaded = ('matplotlib', 'quanhelaodong.pictures')\n"
            "print(sorted(m for m in sys.modules if m.startswith(loaded)))\n"
            "import quanhelaodong.pictures\n"
            "print(sorted(m for m in sys.modules if m.startswith('matplotlib')))\n")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.splitlines() == ["[]", "[]"]
