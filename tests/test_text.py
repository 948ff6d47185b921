"""Text normalisation helpers."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong.text import fold, match_key, nfc, slugify, tokens
from tests.strategies import ALPHABET


def reference_fold(text: str) -> str:
    """The obvious, slow definition that the translation table must agree with."""
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return re.sub(r"\s+", " ", stripped.lower()).strip()


@given(st.text(ALPHABET + "\u2013\u2014\u00a0\t\n"))
def test_fold_agrees_with_the_reference(text: str) -> None:
    assert fold(text) == reference_fold(text)
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


@given(st.text(ALPHABET))
def test_fold_is_idempotent_and_ascii_for_vietnamese(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert fold(text).isascii()


def test_helpers() -> None:
    assert nfc("  Ho\u0300a \n giải ") == "Hòa giải"
    assert match_key("LĐ-TB&XH") == match_key("LĐTBXH") == "ldtbxh"
    assert tokens("Quý III, IV/2023") == ["quy", "iii", "iv", "2023"]
    assert slugify("Bà Rịa - Vũng Tàu") == "ba-ria-vung-tau"


def test_fold_helper_is_the_one_used() -> None:
    assert fold("Đối THOẠI") == "doi thoai"
