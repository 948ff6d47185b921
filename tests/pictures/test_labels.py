"""Short agency names, and the package face."""

from __future__ import annotations

import inspect

import pytest

import quanhelaodong.pictures as pictures
from quanhelaodong.agencies import Agency, resolve_agency
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.graph import ResponsibilityGraph
from quanhelaodong.io import bundled_names, load_bundled
from quanhelaodong.pictures import short_name


def _agencies(graph: ResponsibilityGraph) -> list[Agency]:
    return [agency for _, agency in graph.nx.nodes(data="agency") if agency is not None]


def test_the_huế_plans_bodies_get_distinct_short_names_without_the_province(
        hue_graph: ResponsibilityGraph) -> None:
    labels = {agency.id: short_name(agency) for agency in _agencies(hue_graph)}
    assert len(set(labels.values())) == len(labels) == 25
    assert all(len(label) <= 32 and "Huế" not in label.replace("TP Huế", "") for label in labels.values())
    assert labels["thua-thien-hue/ubnd"] == "UBND tỉnh"  # not a bare "UBND"
    assert labels["thua-thien-hue/to-chuc-dai-dien-nsdld"] == "Các tổ chức đại diện NSDLĐ"
    assert labels["thua-thien-hue/ubnd-cap-huyen"] == "UBND các huyện, thị xã, TP Huế"


def test_a_former_name_is_not_taken_for_an_abbreviation() -> None:
    board = resolve_agency("Ban QL KKT, CN tỉnh", area="Thừa Thiên Huế")
    # "BQLCKCN": the board's name before it took over the economic zone, shorter than today's.
    assert "BQLCKCN Thừa Thiên Huế" in board.other_names
    assert short_name(board) == "BQL KKT, CN"


@pytest.mark.parametrize("name", bundled_names())
def test_every_bundled_body_gets_a_label(name: str) -> None:
    for agency in _agencies(ResponsibilityGraph([load_bundled(name)])):
        label = short_name(agency)
        assert 2 <= len(label) <= 32
        assert label[0].isupper()
        assert "(thuộc" not in label


def test_a_long_name_is_cut_with_an_ellipsis() -> None:
    union = resolve_agency("LĐLĐ tỉnh", area="Thừa Thiên Huế")
    assert short_name(union, limit=8) == "LĐLĐ tỉnh"[:7] + "…"


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(InvalidValueError):
        short_name("Sở LĐTBXH")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        short_name(resolve_agency("VCCI"), limit=3)


def test_the_face_is_sorted_and_every_public_name_has_an_example() -> None:
    assert pictures.__all__ == sorted(pictures.__all__, key=lambda name: (name[0].islower(), name))
    for name in pictures.__all__:
        value = getattr(pictures, name)
        assert ">>>" in (inspect.getdoc(value) or ""), name
