"""Provisional agencies: a body no catalogue knows, kept as written and typed by its head noun."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong.agencies import (
    Agency,
    Classification,
    Level,
    Side,
    head_noun_kind,
    provisional_agency,
)
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.text import nfc
from tests.strategies import texts

# -- head nouns, family by family ----------------------------------------------------------------


@pytest.mark.parametrize(("name", "classification", "side"), [
    # enterprises
    ("Công ty TNHH May Phú Hòa An", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("Tổng công ty Điện lực miền Trung", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("Nhà máy Sợi Phú Bài", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("Điện lực Phong Điền", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("Tập đoàn Dệt may Việt Nam", Classification.ENTERPRISE, Side.EMPLOYERS),
    # police
    ("Công an xã Phú Mậu", Classification.POLICE, Side.STATE),
    ("Công an huyện Quảng Điền", Classification.POLICE, Side.STATE),
    # offices of the state
    ("Văn phòng - Thống kê xã Hương Phong", Classification.OFFICE, Side.STATE),
    ("Văn phòng HĐND và UBND huyện", Classification.OFFICE, Side.STATE),
    # unions, from the confederation down to the grassroots
    ("Tổng Liên đoàn Lao động Việt Nam", Classification.GENERAL_CONFEDERATION, Side.WORKERS),
    ("Liên đoàn Lao động huyện Phong Điền", Classification.LABOUR_FEDERATION, Side.WORKERS),
    ("Công đoàn ngành Giáo dục", Classification.UPPER_LEVEL_UNION, Side.WORKERS),
    ("Công đoàn cơ sở Công ty Bia Huế", Classification.GRASSROOTS_UNION, Side.WORKERS),
    ("Nghiệp đoàn Nghề cá Thuận An", Classification.UPPER_LEVEL_UNION, Side.WORKERS),
    # committees and councils
    ("Ủy ban nhân dân xã Quảng Thành", Classification.PEOPLES_COMMITTEE, Side.STATE),
    ("UBND phường Vỹ Dạ", Classification.PEOPLES_COMMITTEE, Side.STATE),
    ("Hội đồng nhân dân huyện Nam Đông", Classification.PEOPLES_COUNCIL, Side.STATE),
    # departments and employers' organisations
    ("Phòng Nội vụ huyện A Lưới", Classification.DEPARTMENT, Side.STATE),
    ("Chi cục Thuế khu vực Hương Trà", Classification.DEPARTMENT, Side.STATE),
    ("Hiệp hội Du lịch tỉnh", Classification.BUSINESS_ASSOCIATION, Side.EMPLOYERS),
    # mass organisations
    ("Hội Liên hiệp Phụ nữ huyện", Classification.MASS_ORGANISATIONS, Side.MIXED),
    ("Hội Nông dân xã", Classification.MASS_ORGANISATIONS, Side.MIXED),
    ("Đoàn Thanh niên phường Xuân Phú", Classification.MASS_ORGANISATIONS, Side.MIXED),
    ("Ủy ban Mặt trận Tổ quốc xã Phú An", Classification.MASS_ORGANISATIONS, Side.MIXED),
])
def test_head_noun_gives_classification_and_side(name: str, classification: Classification,
                                                 side: Side) -> None:
    assert head_noun_kind(name) == (classification, side)
    agency = provisional_agency(name, area="thua-thien-hue")
    assert (agency.classification, agency.side) == (classification, side)


@pytest.mark.parametrize(("name", "classification", "side"), [
    ("các doanh nghiệp trong khu công nghiệp", Classification.ENTERPRISE, Side.EMPLOYERS),
    ("các Công an xã", Classification.POLICE, Side.STATE),
    ("các cấp công đoàn", Classification.TRADE_UNIONS, Side.WORKERS),
    ("các xã, thị trấn", Classification.PEOPLES_COMMITTEE, Side.STATE),
    ("các phường", Classification.PEOPLES_COMMITTEE, Side.STATE),
    ("những người sử dụng lao động", Classification.ENTERPRISE, Side.EMPLOYERS),
])
def test_a_name_opening_with_cac_is_a_collective_party(name: str, classification: Classification,
                                                      side: Side) -> None:
    agency = provisional_agency(name, area="thua-thien-hue")
    assert agency.collective
    assert agency.is_collective
    assert (agency.classification, agency.side) == (classification, side)


def test_place_units_name_a_body_only_as_a_collective() -> None:
    # "các xã" are the communes' committees; "xã Phú Mậu" alone is a place, not a body.
    assert head_noun_kind("các xã") == (Classification.PEOPLES_COMMITTEE, Side.STATE)
    assert head_noun_kind("xã Phú Mậu") is None
    assert not provisional_agency("Công an xã Phú Mậu").collective


def test_a_collective_of_an_unknown_kind_is_still_collective_but_unknown() -> None:
    agency = provisional_agency("các tổ tự quản khu nhà trọ", area="hue")
    assert agency.collective
    assert (agency.classification, agency.side) == (Classification.OTHER, Side.UNKNOWN)


@pytest.mark.parametrize("name", ["Ban chỉ đạo 35", "Tổ công tác liên ngành", "Nhóm Zalo công nhân",
                                  "tăng cường kiểm tra"])
def test_an_unknown_head_leaves_the_side_unknown(name: str) -> None:
    agency = provisional_agency(name, area="hue")
    assert agency.side is Side.UNKNOWN
    assert agency.side.vietnamese == "chưa rõ"
    assert agency.classification is Classification.OTHER


def test_a_head_noun_must_open_the_name() -> None:
    # "công ty" in the middle of a phrase does not make it an enterprise.
    assert head_noun_kind("kiểm tra công ty") is None
    assert head_noun_kind("Công ty") == (Classification.ENTERPRISE, Side.EMPLOYERS)


def test_bao_cao_is_a_report_not_a_newspaper() -> None:
    assert head_noun_kind("báo cáo kết quả thực hiện") is None
    assert head_noun_kind("Báo Nhân Dân") == (Classification.MEDIA, Side.STATE)


# -- levels from the words of the name -----------------------------------------------------------


@pytest.mark.parametrize(("name", "level"), [
    ("Công an xã Phú Mậu", Level.COMMUNE),
    ("Văn phòng - Thống kê phường Thủy Xuân", Level.COMMUNE),
    ("Trạm Y tế thị trấn Sịa", Level.COMMUNE),
    ("Công an huyện Quảng Điền", Level.DISTRICT),
    ("Phòng Nội vụ thị xã Hương Thủy", Level.DISTRICT),
    ("Hội Nông dân tỉnh", Level.PROVINCE),
    ("Công an thành phố Đà Nẵng", Level.PROVINCE),
    ("Tổng Liên đoàn Lao động Việt Nam", Level.CENTRAL),
    ("Hội đồng Thi đua - Khen thưởng Trung ương", Level.CENTRAL),
    ("Công ty TNHH Hòa Thọ", None),
])
def test_level_comes_from_the_first_level_word(name: str, level: Level | None) -> None:
    assert provisional_agency(name, area="hue").level is level


@pytest.mark.parametrize("name", ["các địa phương", "chính quyền địa phương",
                                  "Doanh nghiệp địa phương"])
def test_dia_phuong_is_a_locality_not_a_ward(name: str) -> None:
    assert provisional_agency(name, area="hue").level is None


def test_lien_quan_is_not_an_urban_district() -> None:
    assert provisional_agency("các cơ quan liên quan", area="hue").level is None


def test_xa_hoi_is_not_a_commune() -> None:
    bank = provisional_agency("Ngân hàng Chính sách xã hội huyện Phú Vang", area="hue")
    assert bank.level is Level.DISTRICT


def test_a_district_front_committee_is_a_district_body() -> None:
    front = provisional_agency("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Vang", area="hue")
    assert front.level is Level.DISTRICT


# -- ids and names ---------------------------------------------------------------------------------


def test_id_is_the_area_and_a_slug_of_the_name() -> None:
    office = provisional_agency("Văn phòng - Thống kê xã Hương Phong", area="hue")
    assert office.id == "hue/van-phong-thong-ke-xa-huong-phong"
    assert office.area == "hue"
    assert office.provisional
    assert isinstance(office, Agency)


def test_id_without_an_area_falls_under_khac() -> None:
    agency = provisional_agency("Công ty Cổ phần Dệt may Huế")
    assert agency.id == "khac/cong-ty-co-phan-det-may-hue"
    assert agency.area is None


def test_ids_are_stable() -> None:
    first = provisional_agency("Công an xã Phú Mậu", area="hue")
    again = provisional_agency("Công an xã Phú Mậu", area="hue")
    assert first == again
    # Punctuation around the name, case and decomposed diacritics do not change the id.
    assert provisional_agency("  Công an xã Phú Mậu; ", area="hue").id == first.id
    assert provisional_agency("CÔNG AN XÃ PHÚ MẬU", area="hue").id == first.id
    decomposed = "Co\u0302ng an xa\u0303 Phu\u0301 Ma\u0323\u0302u"
    assert provisional_agency(decomposed, area="hue") == first
    # Other areas and other names give other ids.
    assert provisional_agency("Công an xã Phú Mậu", area="da-nang").id != first.id
    assert provisional_agency("Công an xã Phú Thượng", area="hue").id != first.id


def test_long_names_get_bounded_ids() -> None:
    name = "Công ty " + " ".join(["Trách nhiệm hữu hạn Một thành viên Xây dựng"] * 4)
    agency = provisional_agency(name, area="hue")
    slug = agency.id.split("/", 1)[1]
    assert len(slug) <= 60
    assert not slug.endswith("-")
    assert agency.name == name


def test_name_is_kept_as_written_in_nfc_without_surrounding_punctuation() -> None:
    decomposed = "Cong ty Thuy\u0309 Sa\u0309n"  # "Thuỷ Sản" with combining hooks
    agency = provisional_agency(f" {decomposed}; ", area="hue")
    assert agency.name == nfc(decomposed)
    assert agency.name != decomposed


def test_a_name_that_is_only_punctuation_is_refused() -> None:
    with pytest.raises(InvalidValueError):
        provisional_agency(" ;. ", area="hue")


def test_an_area_that_is_not_a_slug_is_refused() -> None:
    with pytest.raises(InvalidValueError):
        provisional_agency("Công ty A", area="Thừa Thiên Huế")


@given(texts.filter(lambda text: bool(text.strip())), st.sampled_from([None, "hue", "thua-thien-hue"]))
def test_any_non_blank_text_gives_a_provisional_agency_or_the_librarys_error(
        text: str, area: str | None) -> None:
    try:
        agency = provisional_agency(text, area=area)
    except InvalidValueError:
        # Only a text with nothing but punctuation around it may be refused.
        assert not nfc(text).strip(" .;:,")
        return
    assert agency.provisional
    assert agency.name == nfc(text).strip(" .;:,")
    assert agency.id.startswith(f"{area or 'khac'}/")
    assert agency.area == area
    assert provisional_agency(text, area=area) == agency


@pytest.mark.parametrize("name", ["các ban", "các tổ chức đại diện người sử dụng lao động"])
def test_boards_and_organisations_in_the_plural_are_mixed_bodies(name: str) -> None:
    assert head_noun_kind(name) == (Classification.MIXED_BODIES, Side.UNKNOWN)


@pytest.mark.parametrize("phrase", ["Tổ chức tập huấn cho cán bộ", "Ban hành kế hoạch"])
def test_the_same_nouns_alone_are_no_body(phrase: str) -> None:
    assert head_noun_kind(phrase) is None
