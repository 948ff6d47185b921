"""Text normalisation helpers."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong.text import fold, fold_mapped, match_key, nfc, nfc_mapped, slugify, tokens
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


# Characters whose folded or normalised form has another length than they have, or that
# join with their neighbours: decomposed marks, a Hangul syllable in jamo, ligatures, ǅ, İ, ß.
_AWKWARD = ("ǅİßẞﬁﬀŉǰ\u0301\u0302\u0303\u0323\u0309\u031b\u1100\u1161\u11a8 \t\n\u00a0"
            "Dđươ–—-ÅKΩ")


@given(st.text(ALPHABET + _AWKWARD, max_size=40))
def test_fold_mapped_is_fold_of_nfc(text: str) -> None:
    folded = fold_mapped(text)
    assert folded.text == fold(nfc(text))
    assert len(folded.origins) == len(folded.text) + 1
    assert list(folded.origins) == sorted(folded.origins)
    assert all(0 <= origin <= len(text) for origin in folded.origins)
    if folded.text:  # the last folded character came from somewhere: no fallback to 0
        assert folded.origins[-1] > 0


@given(st.text(ALPHABET + _AWKWARD, max_size=40))
def test_fold_mapped_points_at_the_character_that_gave_each_folded_one(text: str) -> None:
    folded = fold_mapped(text)
    for index, origin in enumerate(folded.origins[:-1]):
        if index and origin == folded.origins[index - 1]:
            continue  # the second character of one that folds to two
        if folded.text[index] == " ":
            assert text[origin].isspace()  # a run of spaces points at its first
            continue
        # Folding what is left from the origin gives what is left of the folded text.
        assert fold(nfc(text[origin:])) == folded.text[index:]


def test_fold_mapped_positions_after_characters_of_another_length() -> None:
    text = "Dư\u0323  kiê\u0301n ǅİß ﬁ: 30/02"
    folded = fold_mapped(text)
    assert folded.text == "du kien ǆiß ﬁ: 30/02"
    assert text[folded.origin(folded.text.index("30")):] == "30/02"
    assert text[folded.origin(folded.text.index("ǆ")):].startswith("ǅ")
    assert folded.origin(len(folded.text)) == len(text)
    assert fold_mapped("  ").origins == (0,)
    assert fold_mapped("ab  ").origin(2) == 2


@given(st.text(ALPHABET + _AWKWARD, max_size=40))
def test_nfc_mapped_is_nfc_pointing_back_into_the_text(text: str) -> None:
    mapped = nfc_mapped(text)
    assert mapped.text == unicodedata.normalize("NFC", text)
    assert len(mapped.origins) == len(mapped.text) + 1
    assert list(mapped.origins) == sorted(mapped.origins)
    for index, origin in enumerate(mapped.origins[:-1]):
        if index and origin == mapped.origins[index - 1]:
            continue  # one piece (a letter with its marks, a Hangul syllable) gave several
        assert unicodedata.normalize("NFC", text[origin:]) == mapped.text[index:]


def test_nfc_mapped_points_past_decomposed_letters() -> None:
    given_as = unicodedata.normalize("NFD", "Đơn vị thực hiện: Sở Du lịch")
    mapped = nfc_mapped(given_as)
    start = mapped.origin(mapped.text.index("Sở"))
    assert unicodedata.normalize("NFC", given_as[start:]) == "Sở Du lịch"
    assert mapped.origin(len(mapped.text)) == len(given_as)
