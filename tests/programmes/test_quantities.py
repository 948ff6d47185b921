"""Figures as Vietnamese texts write them: "hơn 1.000 công nhân", "58,32%", "gần 2 tỉ đồng"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong.errors import InvalidValueError
from quanhelaodong.programmes import Quantity, QuantityQualifier, parse_number, parse_quantity


@pytest.mark.parametrize(("text", "value", "qualifier", "lower", "upper"), [
    ("hơn 1.000 công nhân", "1000", QuantityQualifier.MORE_THAN, "1000", None),
    ("trên 300 công nhân lao động", "300", QuantityQualifier.MORE_THAN, "300", None),
    ("gần 2.000 người lao động", "2000", QuantityQualifier.NEARLY, None, "2000"),
    ("khoảng 50 doanh nghiệp", "50", QuantityQualifier.ABOUT, None, None),
    ("639 ý kiến", "639", QuantityQualifier.EXACT, "639", "639"),
    ("58,32%", "58.32", QuantityQualifier.EXACT, "58.32", "58.32"),
    ("gần 2 tỉ đồng", "2000000000", QuantityQualifier.NEARLY, None, "2000000000"),
])
def test_vietnamese_figures(text: str, value: str, qualifier: QuantityQualifier, lower: str | None,
                            upper: str | None) -> None:
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.qualifier) == (Decimal(value), qualifier)
    assert quantity.lower == (Decimal(lower) if lower else None)
    assert quantity.upper == (Decimal(upper) if upper else None)


@pytest.mark.parametrize("bad", ["", "nhiều", "1,000.5", "12.34.5"])
def test_bad_figures_are_typed_errors(bad: str) -> None:
    with pytest.raises(InvalidValueError):
        parse_quantity(bad)


@given(st.integers(0, 10**12))
def test_thousands_separators_round_trip(number: int) -> None:
    assert parse_number(f"{number:,}".replace(",", ".")) == number


def test_unit_percent_and_text_are_kept() -> None:
    workers = parse_quantity("ít nhất 50 doanh nghiệp")
    assert (workers.qualifier, workers.lower, workers.upper) == (
        QuantityQualifier.AT_LEAST, Decimal(50), None)
    assert (workers.unit, workers.percent, workers.text) == ("doanh nghiệp", False,
                                                             "ít nhất 50 doanh nghiệp")
    share = parse_quantity("58,32%")
    assert (share.percent, share.unit, share.exact) == (True, None, True)
    assert not Quantity("1000", "about").exact


@pytest.mark.parametrize("text", ["9" * 5000, "1." + "000." * 2000 + "000", "hơn " + "9" * 5000 + " người"],
                         ids=["digits", "thousands", "quantity"])
def test_a_figure_of_thousands_of_digits_is_refused_before_it_is_converted(text: str) -> None:
    with pytest.raises(InvalidValueError, match=r"at most 80 characters|longer than|10\^30") as caught:
        parse_quantity(text)
    assert len(str(caught.value)) < 300  # the message names the size, not 5,000 digits


def test_parse_number_and_parse_quantity_refuse_what_is_not_text() -> None:
    with pytest.raises(InvalidValueError, match="expected a number as text, got NoneType"):
        parse_number(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="expected a figure as text, got int 5"):
        parse_quantity(5)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="longer than the 1000 read"):
        parse_quantity("hơn 1.000 " + "công nhân " * 200)
