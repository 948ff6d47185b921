"""Collectives named by lists of administrative units, whatever units a province lists."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong import resolve_agency
from quanhelaodong.agencies import default_catalogue

DISTRICT_UNITS = ("huyện", "quận", "thị xã", "thành phố", "thị", "TP")
COMMUNE_UNITS = ("xã", "phường", "thị trấn")


@given(st.lists(st.sampled_from(DISTRICT_UNITS), min_size=1, max_size=4, unique=True),
       st.sampled_from(("UBND", "Ủy ban nhân dân")), st.sampled_from((", ", " và ", "/")))
def test_any_list_of_district_units_names_the_district_committees(
        units: list[str], head: str, join: str) -> None:
    name = f"{head} các {join.join(units)}"
    assert resolve_agency(name, area="dong-nai", on="2024-06-01").id == "dong-nai/ubnd-cap-huyen"


@given(st.lists(st.sampled_from(COMMUNE_UNITS), min_size=2, max_size=3, unique=True))
def test_a_list_of_commune_units_names_the_commune_committees(units: list[str]) -> None:
    assert resolve_agency(f"UBND {', '.join(units)}", area="hue").id == "hue/ubnd-cap-xa"


def test_the_labour_federations_of_the_districts() -> None:
    agency = resolve_agency("LĐLĐ các huyện, thành phố", area="bac-giang", on="2023-01-01")
    assert agency.id == "bac-giang/ldld-cap-huyen"
    assert agency.is_collective


def test_a_list_naming_its_few_units_is_still_every_unit() -> None:
    agency = resolve_agency("UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa",
                            area="dong-nai", on="2015-01-01")
    assert agency.id == "dong-nai/ubnd-cap-huyen"


def test_one_named_unit_or_units_of_two_levels_are_no_collective() -> None:
    catalogue = default_catalogue()
    for name in ("UBND huyện Kim Sơn, huyện Yên Khánh", "UBND các huyện, xã", "UBND huyện"):
        assert catalogue.find(name, "ninh-binh", "2024-01-01") is None, name
