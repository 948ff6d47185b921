"""The public face: small at the top, documented everywhere, and the only way in.

Each layer's package (and the few modules beneath them all) lists its public
names in ``__all__``; every public class and function there carries a docstring
with an example that runs as a doctest. Tests, examples and docs import only
these faces, never a private module.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest

import quanhelaodong

ROOT = Path(__file__).parent.parent
FACES = [
    "quanhelaodong",
    "quanhelaodong.agencies",
    "quanhelaodong.cli",
    "quanhelaodong.deadlines",
    "quanhelaodong.documents",
    "quanhelaodong.errors",
    "quanhelaodong.export",
    "quanhelaodong.followup",
    "quanhelaodong.graph",
    "quanhelaodong.io",
    "quanhelaodong.io.importing",
    "quanhelaodong.pictures",
    "quanhelaodong.problems",
    "quanhelaodong.programmes",
    "quanhelaodong.rows",
    "quanhelaodong.store",
    "quanhelaodong.text",
]
PUBLIC = sorted({(face, name) for face in FACES
                 for name in importlib.import_module(face).__all__})
def _isort_order(name: str) -> tuple[int, str]:
    """Constants, then classes, then functions, as ruff's RUF022 sorts ``__all__``."""
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


PRIVATE_IMPORT = re.compile(r"(?:from|import)\s+quanhelaodong(?:\.\w+)*\._\w+")


def test_the_top_level_face_is_small_and_sorted() -> None:
    assert len(quanhelaodong.__all__) <= 40
    assert quanhelaodong.__all__ == sorted(quanhelaodong.__all__, key=_isort_order)


@pytest.mark.parametrize("face", FACES)
def test_every_face_lists_what_it_exports_in_order(face: str) -> None:
    module = importlib.import_module(face)
    assert module.__all__ == sorted(module.__all__, key=_isort_order)
    assert all(hasattr(module, name) for name in module.__all__)


@pytest.mark.parametrize(("face", "name"), PUBLIC)
def test_every_public_class_and_function_has_a_runnable_example(face: str, name: str) -> None:
    value = getattr(importlib.import_module(face), name)
    if not (inspect.isclass(value) or inspect.isfunction(value)):
        return  # constants are documented by the comment above them
    doc = inspect.getdoc(value) or ""
    assert doc, f"{face}.{name} has no docstring"
    own = value.__doc__ or ""
    assert ">>>" in own, f"{face}.{name} has no example in its docstring"


def _texts_outside_the_package() -> list[Path]:
    paths = [*ROOT.glob("tests/**/*.py"), *ROOT.glob("examples/*.py"),
             *ROOT.glob("benchmarks/*.py"), *ROOT.glob("docs/**/*.md"), ROOT / "README.md"]
    return [path for path in paths if path.is_file() and path != Path(__file__)]


@pytest.mark.parametrize("path", _texts_outside_the_package(), ids=lambda p: p.name)
def test_nothing_outside_the_package_imports_a_private_module(path: Path) -> None:
    found = PRIVATE_IMPORT.findall(path.read_text(encoding="utf-8"))
    assert found == [], f"{path.name} imports private modules: {found}"


def test_the_private_import_check_can_fail() -> None:
    assert PRIVATE_IMPORT.search("from quanhelaodong.deadlines._periods import period_end")
    assert not PRIVATE_IMPORT.search("from quanhelaodong.deadlines import period_end")
