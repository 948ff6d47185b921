"""Positions the importer reports point into the text as given, however it was typed."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import parse_plan

PLAN = ("KẾ HOẠCH\nTập huấn năm 2025\nI. NHIỆM VỤ\n1. Tập huấn ǅİß ﬁ\nĐơn vị thực hiện: Sở Du lịch.\n"
        "Thời gian thực hiện: Quý V/2025\n2. Hội thi\nĐơn vị thực hiện: Sở Văn hóa Thể thao.\n")
# Diagnostics whose text is a span of the source (others, such as a task's, quote a paragraph).
SPANS = {"unknown-agency", "unread-timeframe"}


def _spans_point_at_their_text(text: str) -> None:
    found = [d for d in parse_plan(text).diagnostics if d.code in SPANS]
    assert found
    for diagnostic in found:
        assert unicodedata.normalize("NFC", text[diagnostic.start:diagnostic.end]) == diagnostic.text


def test_positions_in_a_plan_typed_in_nfc() -> None:
    _spans_point_at_their_text(PLAN)


def test_positions_in_a_plan_typed_decomposed() -> None:
    _spans_point_at_their_text(unicodedata.normalize("NFD", PLAN))


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(["ǅ", "İ", "ß", "ﬁ", "x", " "]), max_size=6))
def test_positions_after_characters_of_another_folded_length(noise: list[str]) -> None:
    _spans_point_at_their_text(PLAN.replace("Tập huấn ǅİß ﬁ", "Tập huấn " + "".join(noise)))
