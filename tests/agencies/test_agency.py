"""Agencies: a body's id, names, side, level and life span."""

from __future__ import annotations

import datetime
import re

import pytest

from quanhelaodong import Agency
from quanhelaodong.agencies import Classification, Level, Side
from quanhelaodong.errors import InvalidValueError
from tests.days import as_date


def test_agency_checks_itself() -> None:
    with pytest.raises(InvalidValueError, match="slug"):
        Agency("Thừa Thiên Huế/Sở", "Sở", "department", "state")
    with pytest.raises(InvalidValueError, match="empty"):
        Agency("x/y", "   ", "department", "state")
    with pytest.raises(InvalidValueError, match="classification must be one of"):
        Agency("x/y", "Sở", "ministryy", "state")
    with pytest.raises(InvalidValueError, match="dissolved"):
        Agency("x/y", "Sở", "department", "state", founded="2020-01-01", dissolved="2019-01-01")
    with pytest.raises(InvalidValueError, match="not the string"):
        Agency("x/y", "Sở", "department", "state", other_names="Sở A")


def test_exists_on() -> None:
    agency = Agency("x/y", "Sở", "department", "state", founded="2008-08-01",
                    dissolved="2025-03-01")
    assert not agency.exists_on(as_date("2008-07-31"))
    assert agency.exists_on(as_date("2008-08-01"))
    assert agency.exists_on(as_date("2025-02-28"))
    assert not agency.exists_on(as_date("2025-03-01"))


def test_an_agency_reads_its_fields_once() -> None:
    agency = Agency("x/so-a", "  Sở  Lao động ", "department", "state", "province",
                    other_names=["Sở LĐ-TB&XH"], founded=datetime.date(2008, 8, 1))
    assert agency.name == "Sở Lao động"
    assert (agency.classification, agency.side, agency.level) == (
        Classification.DEPARTMENT, Side.STATE, Level.PROVINCE)
    assert agency.founded == as_date("2008-08-01")
    assert agency.all_names[0] == "Sở Lao động"
    assert "Sở LĐ-TB&XH" in agency.all_names
    assert not agency.is_collective
    assert Agency("x/dn", "Các doanh nghiệp", "enterprise", "employers", collective=True).is_collective


def test_a_datetime_is_not_a_founding_day() -> None:
    with pytest.raises(InvalidValueError, match="datetime"):
        Agency("x/y", "Sở", "department", "state", founded=datetime.datetime(2008, 8, 1, 9))
    with pytest.raises(InvalidValueError, match="ISO"):
        Agency("x/y", "Sở", "department", "state", dissolved="1/3/2025")


def test_every_side_has_its_vietnamese_name() -> None:
    assert [side.vietnamese for side in Side][:3] == [
        "Nhà nước", "người lao động", "người sử dụng lao động"]
    assert all(side.vietnamese for side in Side)


def test_every_choice_of_an_agency_is_checked_by_the_library() -> None:
    with pytest.raises(InvalidValueError, match="side must be one of"):
        Agency("x/y", "Sở", "department", "private")
    with pytest.raises(InvalidValueError, match="level must be one of"):
        Agency("x/y", "Sở", "department", "state", "galactic")


@pytest.mark.parametrize(("change", "message"), [
    ({"id": None}, "id None is not a slug path"),
    ({"name": None}, "expected a text, got NoneType None"),
    ({"area": 5}, "expected a text, got int 5"),
    ({"parent": ["x"]}, "expected a text, got list"),
    ({"collective": "yes"}, "collective must be True or False, got str 'yes'"),
    ({"provisional": 1}, "provisional must be True or False, got int 1"),
], ids=["id", "name", "area", "parent", "collective", "provisional"])
def test_an_agency_built_with_a_wrong_field_is_an_invalid_value(change: dict[str, object],
                                                                message: str) -> None:
    fields: dict[str, object] = {"id": "x/so-a", "name": "Sở A", "classification": "department",
                                 "side": "state", **change}
    with pytest.raises(InvalidValueError, match=re.escape(message)):
        Agency(**fields)  # type: ignore[arg-type]
