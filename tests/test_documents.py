"""Document numbers and dates (Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given

from quanhelaodong import CoordinationProgramme, DocumentRef, dumps, loads
from quanhelaodong.documents import parse_place_and_date
from quanhelaodong.errors import DocumentRefParseError
from tests.days import as_date
from tests.strategies import document_refs


@pytest.mark.parametrize(
    ("text", "symbol", "number", "year", "type_code", "issuer", "unit", "party"),
    [
        ("180/KH-UBND", "180/KH-UBND", "180", None, "KH", "UBND", None, False),
        ("Số: 180/KH-UBND", "180/KH-UBND", "180", None, "KH", "UBND", None, False),
        ("Số:180 / KH - UBND", "180/KH-UBND", "180", None, "KH", "UBND", None, False),
        ("30/2020/NĐ-CP", "30/2020/NĐ-CP", "30", 2020, "NĐ", "CP", None, False),
        ("37-CT/TW", "37-CT/TW", "37", None, "CT", "TW", None, True),
        ("123/UBND-VX", "123/UBND-VX", "123", None, None, "UBND", "VX", False),
        ("2455 / LĐTBXH - LĐTL", "2455/LĐTBXH-LĐTL", "2455", None, None, "LĐTBXH", "LĐTL", False),
        ("06/2024/QĐ-UBND", "06/2024/QĐ-UBND", "06", 2024, "QĐ", "UBND", None, False),
        ("45/2019/QH14", "45/2019/QH14", "45", 2019, None, "QH14", None, False),
        ("03/2013/TTLT-BLĐTBXH-BTC", "03/2013/TTLT-BLĐTBXH-BTC", "03", 2013, "TTLT", "BLĐTBXH-BTC",
         None, False),
        ("831/QĐ–UBND", "831/QĐ-UBND", "831", None, "QĐ", "UBND", None, False),
        ("12/CTr-LĐLĐ", "12/CTr-LĐLĐ", "12", None, "CTr", "LĐLĐ", None, False),
    ],
)
def test_parse_real_numbers(text: str, symbol: str, number: str, year: int | None,
                            type_code: str | None, issuer: str, unit: str | None,
                            party: bool) -> None:
    ref = DocumentRef.parse(text)
    assert (ref.symbol, ref.number, ref.year, ref.type_code, ref.issuer, ref.unit, ref.party) == (
        symbol, number, year, type_code, issuer, unit, party)
    assert str(ref) == symbol


def test_guidance_and_contract_stay_apart() -> None:
    guidance = DocumentRef.parse("05/HD-LĐLĐ")
    contract = DocumentRef.parse("05/HĐ-LĐLĐ")
    assert (guidance.type_name, contract.type_name) == ("hướng dẫn", "hợp đồng")
    assert guidance != contract


def test_case_is_kept() -> None:
    assert DocumentRef.parse("07/TTr-UBND").type_name == "tờ trình"
    # "TTR" is not a type, so it is read as the issuer of a công văn.
    assert DocumentRef.parse("07/TTR-UBND").type_code is None


def test_date_place_and_title_are_carried() -> None:
    ref = DocumentRef.parse("180/KH-UBND", issued_on="2023-05-12", place="Thừa Thiên Huế")
    assert ref.issued_on == as_date("2023-05-12")
    assert ref.place == "Thừa Thiên Huế"


@pytest.mark.parametrize(
    "text", ["", "KH-UBND", "180/", "abc/KH-UBND", "180/KH--UBND", "180/KH-UBND/x y", "180-"]
)
def test_unreadable_numbers_raise_typed_error(text: str) -> None:
    with pytest.raises(DocumentRefParseError) as caught:
        DocumentRef.parse(text)
    assert isinstance(caught.value, ValueError)
    assert repr(text) in str(caught.value)


@given(document_refs())
def test_symbol_parses_back(ref: DocumentRef) -> None:
    again = DocumentRef.parse(ref.symbol, issued_on=ref.issued_on, place=ref.place,
                              title=ref.title)
    assert again == ref


@given(document_refs())
def test_spaced_and_dashed_variants_parse_the_same(ref: DocumentRef) -> None:
    spaced = ref.symbol.replace("/", " / ").replace("-", " – ")
    assert DocumentRef.parse(f"Số: {spaced}").symbol == ref.symbol


def test_place_and_date() -> None:
    assert parse_place_and_date("Thừa Thiên Huế, ngày 12 tháng 5 năm 2023") == (
        "Thừa Thiên Huế", as_date("2023-05-12"))
    assert parse_place_and_date("ngày 01 tháng 02 năm 2024") == (None, as_date("2024-02-01"))
    with pytest.raises(DocumentRefParseError, match="day is out of range"):
        parse_place_and_date("Hà Nội, ngày 30 tháng 2 năm 2024")
    with pytest.raises(DocumentRefParseError):
        parse_place_and_date("Hà Nội, 12/5/2023")


def test_a_number_that_is_no_text_is_the_librarys_error() -> None:
    # DocumentRef.parse(None) raised a bare TypeError.
    with pytest.raises(DocumentRefParseError, match="text"):
        DocumentRef.parse(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("read", [DocumentRef.parse, parse_place_and_date], ids=["number", "date-line"])
def test_a_text_longer_than_a_document_number_is_refused_naming_the_limit(
        read: Callable[[str], object]) -> None:
    with pytest.raises(DocumentRefParseError, match="more than the 300") as caught:
        read("12/KH-UBND " * 10_000)
    assert len(str(caught.value)) < 400  # the message quotes a part of the text, not all of it
    with pytest.raises(DocumentRefParseError, match="is text"):
        read(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "number", "issuer", "party"), [
    # A state document of before 1997, number-first with a dash and no type.
    ("Số: 453-CP", "453", "CP", True), ("744-TTg", "744", "TTg", True),
    ("151-HĐBT", "151", "HĐBT", True),
    # A number cited alone in a press item ("quyết định số 785").
    ("785", "785", None, False)])
def test_old_dashed_numbers_and_numbers_alone(text: str, number: str, issuer: str | None,
                                              party: bool) -> None:
    ref = DocumentRef.parse(text)
    assert (ref.number, ref.issuer, ref.type_code, ref.party) == (number, issuer, None, party)
    assert DocumentRef.parse(ref.symbol) == ref


def test_a_programme_numbered_the_old_way_or_by_a_number_alone_round_trips() -> None:
    for number in ("453-CP", "785"):
        plan = CoordinationProgramme("x", "decision", "Quyết định", document=DocumentRef.parse(number))
        assert loads(dumps(plan)) == plan
        assert str(loads(dumps(plan)).document) == number
