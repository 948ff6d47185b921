"""Finding agency names in plan text: lists, table cells, and names inside a sentence."""

from __future__ import annotations

import pytest

from quanhelaodong import Role, parse_plan, resolve_agency
from quanhelaodong.agencies import default_catalogue
from quanhelaodong.io.importing import NameReader
from tests.io.importing.plans import HEADER, HUE, plan


def test_lists_with_commas_inside_names_and_shared_heads() -> None:
    programme = plan(
        "I. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Nâng cao năng lực hòa giải\n"
        "Đơn vị thực hiện: các Sở: Lao động - Thương binh và Xã hội, Nội vụ, Tài chính; "
        "Ban QL KKT, CN tỉnh, UBND các huyện, thị xã, thành phố Huế và Giám đốc Công an tỉnh.\n"
        "Thời gian thực hiện: Quý III, IV/2024.\n")
    task = programme.task("I.1")
    assert [a.agency.split("/")[1] for a in task.assignments] == [
        "so-ldtbxh", "so-noi-vu", "so-tai-chinh", "ban-ql-kcn", "ubnd-cap-huyen", "cong-an"]
    assert {a.role for a in task.assignments} == {Role.IMPLEMENTER}
    assert str(task.timeframe) == "Quý III, IV/2024"


def test_unknown_names_become_provisional_agencies_with_a_diagnostic() -> None:
    result = parse_plan(HEADER + "I. NHIỆM VỤ\n1. Việc\n"
                        "Đơn vị thực hiện: Sở Lao động xã hội, LĐLĐ tỉnh.\n")
    (problem,) = result.diagnostics
    assert problem.code == "unknown-agency"
    assert problem.text == "Sở Lao động xã hội"
    assert HEADER.__len__() < problem.start
    assert "Sở Lao động - Thương binh và Xã hội" in problem.suggestions
    assert result.programme.task("I.1").implementers == (f"{HUE}/so-lao-dong-xa-hoi", f"{HUE}/ldld")
    (kept,) = result.programme.agencies
    assert (kept.name, kept.provisional, kept.classification.value) == (
        "Sở Lao động xã hội", True, "department")


# Sentences from the seed articles (see tests/data/README.md for their sources).
SEED_PROSE = [
    # seed 003 (An Giang)
    ("an-giang", "Ngày 6.4, LĐLĐ tỉnh An Giang phối hợp Sở LĐTBXH tổ chức Hội nghị",
     "LĐLĐ tỉnh An Giang phối hợp Sở LĐTBXH", ["an-giang/ldld", "an-giang/so-ldtbxh"]),
    ("an-giang", "LĐLĐ tỉnh An Giang đã chủ động phối hợp cùng Sở LĐTBXH An Giang thực hiện",
     "LĐLĐ tỉnh An Giang đã chủ động phối hợp cùng Sở LĐTBXH An Giang",
     ["an-giang/ldld", "an-giang/so-ldtbxh"]),
    # seed 000 (Thái Nguyên)
    ("thai-nguyen", "công tác phối hợp giữa UBND tỉnh và LĐLĐ tỉnh được thể hiện",
     "UBND tỉnh và LĐLĐ tỉnh", ["thai-nguyen/ubnd", "thai-nguyen/ldld"]),
    # seed 001 (Hà Nội)
    ("ha-noi", "chương trình phối hợp giữa UBND thành phố Hà Nội và Liên đoàn Lao động (LĐLĐ) "
     "Thành phố", "UBND thành phố Hà Nội và Liên đoàn Lao động",
     ["ha-noi/ubnd", "ha-noi/ldld"]),
]


@pytest.mark.parametrize(("area", "sentence", "names", "expected"), SEED_PROSE)
def test_names_in_seed_prose(area: str, sentence: str, names: str, expected: list[str]) -> None:
    reader = NameReader(area, default_catalogue())
    position = sentence.index(names)
    found = []
    for part in (p for p in names.replace(" phối hợp cùng ", " và ").replace(
            " đã chủ động", "").replace(" phối hợp ", " và ").split(" và ")):
        at = sentence.index(part, position)
        found += [m.agency.id for m in reader.read_names_at(sentence, at, 0)][:1]
    assert found == expected


def test_a_list_is_cut_at_commas_and_joined_back_into_known_names() -> None:
    reader = NameReader("Thừa Thiên Huế", default_catalogue())
    text = "Sở LĐ-TB&XH, Ban QL KKT, CN tỉnh và UBND các huyện, thị xã, thành phố Huế; Sở Vui chơi"
    found, problems = reader.read_list(text, 100)
    assert [m.agency.id for m in found] == [
        f"{HUE}/so-ldtbxh", f"{HUE}/ban-ql-kcn", f"{HUE}/ubnd-cap-huyen", f"{HUE}/so-vui-choi"]
    assert [m.agency.provisional for m in found] == [False, False, False, True]
    for match in found:  # offsets are into the document, ``base`` included
        assert text[match.start - 100:match.end - 100] == match.written
    (unknown,) = problems
    assert (unknown.code, unknown.text) == ("unknown-agency", "Sở Vui chơi")
    assert text[unknown.start - 100:unknown.end - 100] == "Sở Vui chơi"
    assert "Sở Tài chính" in unknown.suggestions


def test_a_shared_head_noun_is_given_to_every_name() -> None:
    reader = NameReader(HUE, default_catalogue())
    found, problems = reader.read_list("các Sở: Nội vụ, Tài chính", 0)
    assert [(m.agency.id, m.written) for m in found] == [
        (f"{HUE}/so-noi-vu", "Sở Nội vụ"), (f"{HUE}/so-tai-chinh", "Sở Tài chính")]
    assert problems == []


def test_titles_come_off_and_the_same_level_union_follows_the_subject() -> None:
    reader = NameReader(HUE, default_catalogue())
    labour = reader.resolve("đồng chí Giám đốc Sở Lao động - Thương binh và Xã hội")
    assert labour is not None
    assert labour.id == f"{HUE}/so-ldtbxh"
    province = resolve_agency("UBND tỉnh", area=HUE)
    districts = resolve_agency("UBND các huyện, thị xã, thành phố Huế", area=HUE)
    assert reader.resolve("công đoàn cùng cấp", subject=province).id == f"{HUE}/ldld"  # type: ignore[union-attr]
    assert reader.resolve("công đoàn cùng cấp", subject=districts).id == (  # type: ignore[union-attr]
        f"{HUE}/ldld-cap-huyen")
    assert reader.resolve("công đoàn cùng cấp") is None  # no subject, no level
    assert reader.resolve("Sở Vui chơi") is None


def test_names_inside_a_sentence_stop_at_the_verb() -> None:
    programme = plan("I. TỔ CHỨC THỰC HIỆN\n1. Bảo hiểm xã hội tỉnh:\n"
                     "a) Phối hợp với LĐLĐ tỉnh, Sở Nội vụ và Công an tỉnh kiểm tra doanh nghiệp.\n")
    task = programme.task("I.1.a")
    assert task.partners == (f"{HUE}/ldld", f"{HUE}/so-noi-vu", f"{HUE}/cong-an")
    assert [a.as_written for a in task.assignments if a.role is Role.PARTNER] == [
        "LĐLĐ tỉnh", "Sở Nội vụ", "Công an tỉnh"]
    result = parse_plan(HEADER + "I. TỔ CHỨC THỰC HIỆN\n1. Bảo hiểm xã hội tỉnh:\n"
                        "a) Phối hợp với các bên kiểm tra doanh nghiệp.\n")
    assert [d.code for d in result.diagnostics] == ["unknown-agency"]
