"""The catalogue of known bodies and name resolution."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import Agency, UnknownAgencyError, resolve_agency
from quanhelaodong.agencies import Side, default_catalogue
from quanhelaodong.errors import InvalidValueError
from tests.days import as_date

HUE = "thua-thien-hue"

# Every way seed 004 writes an agency, with the body it means.
SEED_004_NAMES = [
    ("UBND Tỉnh", "ubnd"),
    ("UBND tỉnh", "ubnd"),
    ("Sở LĐ-TB&XH", "so-ldtbxh"),
    ("Sở Lao động - Thương binh và Xã hội", "so-ldtbxh"),
    ("Sở Lao động – Thương binh và Xã hội", "so-ldtbxh"),
    ("Sở Lao động- Thương binh và Xã hội", "so-ldtbxh"),
    ("Ban QL KKT, CN tỉnh", "ban-ql-kcn"),
    ("Ban QL KKT, CN tỉnh.", "ban-ql-kcn"),
    ("Ban Quản lý Khu kinh tế, công nghiệp tỉnh", "ban-ql-kcn"),
    ("Ban Quản lý Khu Kinh tế, công nghiệp tỉnh", "ban-ql-kcn"),
    ("LĐLD tỉnh", "ldld"),
    ("LĐLĐ tỉnh", "ldld"),
    ("Liên đoàn Lao động tỉnh", "ldld"),
    ("BHXH tỉnh", "bhxh"),
    ("Bảo hiểm xã hội tỉnh", "bhxh"),
    ("Công an tỉnh", "cong-an"),
    ("Hiệp Hội doanh nghiệp tỉnh", "hiep-hoi-dn"),
    ("Liên minh Hợp tác xã", "lmhtx"),
    ("Liên minh Hợp tác xã tỉnh", "lmhtx"),
    ("Sở Kế hoạch và Đầu tư", "so-khdt"),
    ("Sở Tài chính", "so-tai-chinh"),
    ("Sở Thông tin và Truyền thông", "so-tttt"),
    ("UBND các huyện, thị xã, thành phố Huế", "ubnd-cap-huyen"),
    ("UBND các huyện, thị xã, thành phố", "ubnd-cap-huyen"),
    ("Ủy ban nhân dân thành phố Huế, thị xã và các huyện", "ubnd-cap-huyen"),
    ("Các cơ quan có liên quan", "co-quan-lien-quan"),
    ("các cơ quan chức năng liên quan", "co-quan-lien-quan"),
    ("các Sở, ngành có liên quan", "so-nganh-lien-quan"),
    ("các Sở, ban, ngành, đoàn thể liên quan", "so-nganh-doan-the-lien-quan"),
    ("Các cấp công đoàn trong tỉnh", "cac-cap-cong-doan"),
    ("công đoàn cấp trên trực tiếp cơ sở", "cong-doan-cap-tren-co-so"),
    ("Các doanh nghiệp, cơ sở SXKD", "doanh-nghiep"),
    ("các doanh nghiệp", "doanh-nghiep"),
    ("Tổ chức đại diện NSDLĐ", "to-chuc-dai-dien-nsdld"),
    ("Hòa giải viên lao động", "hoa-giai-vien"),
    ("Hoà giải viên lao động", "hoa-giai-vien"),
    ("Cơ quan quản lý nhà nước về lao động", "co-quan-qlnn-lao-dong"),
    ("UBND các cấp", "ubnd-cac-cap"),
    ("các cơ quan truyền thông của tỉnh", "co-quan-truyen-thong"),
]


@pytest.mark.parametrize(("name", "key"), SEED_004_NAMES)
def test_seed_004_names_resolve_in_their_province(name: str, key: str) -> None:
    assert resolve_agency(name, area=HUE).id == f"{HUE}/{key}"


@pytest.mark.parametrize("area", ["thua-thien-hue", "Thừa Thiên Huế", "THUA THIEN HUE", "TT-Huế"])
def test_area_by_id_or_name(area: str) -> None:
    assert resolve_agency("LĐLĐ tỉnh", area=area).id == f"{HUE}/ldld"


def test_relative_names_follow_the_area() -> None:
    assert resolve_agency("LĐLĐ Thành phố", area="Hà Nội").name == "Liên đoàn Lao động thành phố Hà Nội"
    assert resolve_agency("Sở LĐTBXH", area="An Giang").id == "an-giang/so-ldtbxh"
    assert resolve_agency("UBND tỉnh", area="Thái Nguyên").side is Side.STATE


def test_absolute_names_need_no_area() -> None:
    assert resolve_agency("Sở LĐTBXH An Giang").id == "an-giang/so-ldtbxh"
    assert resolve_agency("UBND tỉnh Thái Nguyên").id == "thai-nguyen/ubnd"
    assert resolve_agency("Tổng Liên đoàn Lao động Việt Nam").id == "vn/tld"
    assert resolve_agency("vn/tld").name == "Tổng Liên đoàn Lao động Việt Nam"


def test_relative_name_without_area_is_unknown_and_hints() -> None:
    with pytest.raises(UnknownAgencyError) as caught:
        resolve_agency("LĐLĐ tỉnh")
    assert caught.value.suggestions  # closest absolute names are offered
    assert isinstance(caught.value, KeyError)


def test_unknown_name_suggests_closest() -> None:
    with pytest.raises(UnknownAgencyError) as caught:
        resolve_agency("Sở Lao động Thương binh Xã hội", area=HUE)
    assert caught.value.suggestions[0] == "Sở Lao động - Thương binh và Xã hội"
    assert "Sở Lao động Thương binh Xã hội" in str(caught.value)


def test_unknown_area_is_a_typed_error() -> None:
    with pytest.raises(UnknownAgencyError, match="Thừa Thiên"):
        resolve_agency("LĐLĐ tỉnh", area="Thừa Thiên")


def test_collective_parties_are_told_apart() -> None:
    single = resolve_agency("Sở LĐ-TB&XH", area=HUE)
    group = resolve_agency("UBND các huyện, thị xã, thành phố Huế", area=HUE)
    assert not single.is_collective
    assert group.is_collective


def test_catalogue_covers_the_provincial_units_before_and_after_2025() -> None:
    catalogue = default_catalogue()
    before = [a for a in catalogue.areas if a.exists_on(as_date("2024-12-31"))]
    after = [a for a in catalogue.areas if a.exists_on(as_date("2025-07-01"))]
    assert (len(before), len(after)) == (63, 34)
    assert sum(area.unit == "thành phố" for area in before) == 5
    assert sum(area.unit == "thành phố" for area in after) == 6  # with Huế
    assert catalogue.get("thua-thien-hue/so-ldtbxh").parent == "thua-thien-hue/ubnd"
    assert catalogue.get("thua-thien-hue/ldld").parent == "vn/tld"
    for agency in catalogue:
        if agency.parent is not None:
            assert agency.parent in catalogue, agency.id


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(list(default_catalogue())), st.data())
def test_every_name_resolves_back_in_any_spelling(agency: Agency, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(agency.all_names))
    spelling = data.draw(st.sampled_from([str.upper, str.lower, lambda s: s.replace(" - ", "–")]))
    # Names shared over time (An Giang before and after 2025) need the date to pick the body.
    if agency.founded is not None:
        alive = agency.founded
    elif agency.dissolved is not None:
        alive = agency.dissolved.subtract(days=1)
    else:
        alive = None
    assert resolve_agency(spelling(name), on=alive) == agency


@pytest.mark.parametrize(("name", "area"), [(None, None), (["Sở Nội vụ"], None), ("x", 5)])
def test_a_name_or_area_that_is_no_text_is_an_invalid_value(name: object, area: object) -> None:
    with pytest.raises(InvalidValueError, match="expected a text"):
        resolve_agency(name, area=area)  # type: ignore[arg-type]


@pytest.mark.parametrize(("written", "area", "first"), [
    ("Sở Lao động xã hội", "thua-thien-hue", "Sở Lao động - Thương binh và Xã hội"),
    ("Lien doan lao dong tinh", "thua-thien-hue", "Liên đoàn Lao động tỉnh"),
    ("Bảo hiểm xã hội tỉn", "thai-nguyen", "Bảo hiểm xã hội tỉnh"),
    ("Bộ Lao động Thương binh", None, "Bộ Lao động - Thương binh và Xã hội"),
    ("VCCII", None, "VCCI"),
    ("Sở Nội vu", None, "Sở Nội vụ"),
])
def test_a_misspelt_name_is_offered_the_name_it_meant_first(written: str, area: str | None,
                                                            first: str) -> None:
    assert default_catalogue().suggest(written, area)[0] == first


@pytest.mark.parametrize(("written", "area"), [
    ("Thành phố Hồ Chí Minh", "ho-chi-minh"), ("TP. Hồ Chí Minh", "ho-chi-minh"),
    ("tỉnh Đồng Nai", "dong-nai"), ("Tỉnh Thừa Thiên Huế", "thua-thien-hue"), ("Đồng Nai", "dong-nai"),
])
def test_an_area_is_found_with_or_without_its_unit(written: str, area: str) -> None:
    assert default_catalogue().area_id(written) == area


@pytest.mark.parametrize(("written", "key"), [
    ("Ban QLCKCN tỉnh", "ban-ql-kcn"), ("BQLCKCN", "ban-ql-kcn"),
    ("người sử dụng lao động", "doanh-nghiep"), ("NSDLĐ", "doanh-nghiep"),
])
def test_short_forms_real_documents_write(written: str, key: str) -> None:
    # Seen in the development documents of the corpus (tests/corpus).
    assert resolve_agency(written, area="dong-nai").id == f"dong-nai/{key}"
