"""load_agencies: your own bodies from a JSON or CSV file, every problem of the file at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pendulum
import pytest

from quanhelaodong import LoadError, ResponsibilityGraph, UnknownAgencyError, leads, validate
from quanhelaodong.agencies import (
    Agency,
    AgencyCatalogue,
    Classification,
    Level,
    Side,
    default_catalogue,
)
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.io import load_agencies, parse_plan
from quanhelaodong.programmes import AssignmentMode, Role

WARD = "hue/phuong-an-cuu"


def _ward_file() -> dict[str, Any]:
    """A ward of Huế (after the 2025 reorganisation) with its committee and its police."""
    return {
        "agencies": [
            {"id": f"{WARD}/ubnd", "name": "Ủy ban nhân dân phường An Cựu",
             "classification": "peoples_committee", "side": "state", "level": "commune",
             "area": WARD, "founded": "2025-07-01"},
            {"id": f"{WARD}/cong-an", "name": "Công an phường An Cựu", "classification": "police",
             "side": "state", "level": "commune", "area": WARD, "other_names": ["CA phường An Cựu"]},
        ],
        "areas": [{"id": WARD, "name": "An Cựu", "unit": "phường", "founded": "2025-07-01"}],
        "relative_names": {WARD: {"UBND phường": f"{WARD}/ubnd",
                                  "Công an phường": f"{WARD}/cong-an"}},
    }


def _write_json(folder: Path, data: object, name: str = "mine.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> dict[str, str]:
    with pytest.raises(LoadError) as caught:
        load_agencies(path)
    assert all(problem.code == "load" and problem.severity.value == "error"
               for problem in caught.value.problems)
    return {problem.path: problem.message for problem in caught.value.problems}


@pytest.fixture
def ward(tmp_path: Path) -> AgencyCatalogue:
    return load_agencies(_write_json(tmp_path, _ward_file()))


# -- AgencyCatalogue.extended, which the loader uses -----------------------------------------------


def test_extended_makes_a_new_catalogue_and_keeps_the_bundled_names() -> None:
    bundled = default_catalogue()
    company = Agency("hue/cong-ty-may-huong-thuy", "Công ty May Hương Thủy", "enterprise",
                     "employers", area="hue")
    mine = bundled.extended([company], relative_names={"hue": {"Công ty May": company.id}})
    assert mine is not bundled
    assert company.id in mine
    assert company.id not in bundled
    assert mine.resolve("Công ty May", area="hue") == company
    assert bundled.find("Công ty May", area="hue") is None
    # The area's own relative names still resolve.
    assert mine.resolve("Sở Nội vụ", area="hue").id == "hue/so-noi-vu"
    assert mine.resolve("LĐLĐ thành phố", area="hue").id == "hue/ldld"


@pytest.mark.parametrize("clash", ["hue/so-noi-vu", "hue/cong-ty-may-huong-thuy"])
def test_extended_refuses_an_id_twice(clash: str) -> None:
    company = Agency("hue/cong-ty-may-huong-thuy", "Công ty May Hương Thủy", "enterprise",
                     "employers", area="hue")
    again = Agency(clash, "Một cơ quan khác", "department", "state", area="hue")
    with pytest.raises(InvalidValueError, match=clash):
        default_catalogue().extended([company, again])


def test_extended_refuses_what_is_not_an_agency() -> None:
    with pytest.raises(InvalidValueError):
        default_catalogue().extended(["hue/so-noi-vu"])  # type: ignore[list-item]


# -- JSON ------------------------------------------------------------------------------------------


def test_json_adds_agencies_areas_and_relative_names(ward: AgencyCatalogue) -> None:
    assert len(ward) == len(default_catalogue()) + 2
    committee = ward.get(f"{WARD}/ubnd")
    assert (committee.classification, committee.side, committee.level) == (
        Classification.PEOPLES_COMMITTEE, Side.STATE, Level.COMMUNE)
    assert committee.founded == pendulum.Date(2025, 7, 1)
    assert not committee.provisional
    assert ward.area_id("An Cựu") == WARD
    # Relative names are bound to the ward only; other names are absolute.
    assert ward.resolve("UBND phường", area=WARD).id == f"{WARD}/ubnd"
    assert ward.resolve("Công an phường", area=WARD).id == f"{WARD}/cong-an"
    assert ward.resolve("CA phường An Cựu").id == f"{WARD}/cong-an"
    assert ward.find("Công an phường", area="hue") is None
    # The bundled catalogue is not changed.
    assert f"{WARD}/ubnd" not in default_catalogue()
    assert ward.resolve("Sở Nội vụ", area="hue").id == "hue/so-noi-vu"


def test_json_may_be_a_bare_list_of_agencies(tmp_path: Path) -> None:
    catalogue = load_agencies(_write_json(tmp_path, _ward_file()["agencies"]))
    assert f"{WARD}/cong-an" in catalogue


def test_into_adds_to_a_catalogue_of_your_own(tmp_path: Path, ward: AgencyCatalogue) -> None:
    more = [{"id": f"{WARD}/mttq", "name": "Ủy ban Mặt trận Tổ quốc phường An Cựu",
             "classification": "mass_organisations", "side": "mixed", "level": "commune",
             "area": WARD}]
    both = load_agencies(_write_json(tmp_path, more, "more.json"), into=ward)
    assert {f"{WARD}/ubnd", f"{WARD}/mttq"} <= {agency.id for agency in both}
    assert both.resolve("UBND phường", area=WARD).id == f"{WARD}/ubnd"
    assert f"{WARD}/mttq" not in ward


# -- CSV -------------------------------------------------------------------------------------------

CSV = (
    "id,name,classification,side,level,area,other_names,collective\n"
    f"{WARD}/ubnd,Ủy ban nhân dân phường An Cựu,peoples_committee,state,commune,{WARD},"
    "UBND phường An Cựu;Ủy ban phường An Cựu,false\n"
    f"{WARD}/cac-to-dan-pho,Các tổ dân phố phường An Cựu,other,unknown,commune,{WARD},,true\n"
    "hue/cong-ty-may-an-cuu,Công ty TNHH May An Cựu,enterprise,employers,,hue,,\n"
)


def test_csv_reads_lists_flags_and_blank_cells(tmp_path: Path) -> None:
    catalogue = load_agencies(_write(tmp_path, "mine.csv", CSV))
    committee = catalogue.get(f"{WARD}/ubnd")
    assert committee.other_names == ("UBND phường An Cựu", "Ủy ban phường An Cựu")
    assert not committee.collective
    groups = catalogue.get(f"{WARD}/cac-to-dan-pho")
    assert groups.collective
    assert groups.side is Side.UNKNOWN
    company = catalogue.get("hue/cong-ty-may-an-cuu")
    assert company.level is None
    assert company.other_names == ()
    assert catalogue.resolve("UBND phường An Cựu").id == f"{WARD}/ubnd"


def test_csv_with_a_byte_order_mark_reads_the_first_column(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    assert f"{WARD}/ubnd" in load_agencies(path)


def test_csv_problems_are_reported_by_row_and_column(tmp_path: Path) -> None:
    rows = ("id,name,classification,side,level\n"
            "hue/a,Công ty A,enterprise,employers,commune\n"
            "hue/b,Công ty B,enterprise,bosses,\n"
            "Hue B,Công ty C,enterprise,employers,\n"
            "hue/d,Công ty D,firm,employers,village\n")
    problems = _problems(_write(tmp_path, "bad.csv", rows))
    assert "row 2" not in " ".join(problems)  # the good row is not blamed
    assert "Side" in problems["row 3.side"]
    bad_id = [message for path, message in problems.items() if path.startswith("row 4")]
    assert len(bad_id) == 1
    assert "Hue B" in bad_id[0]
    assert "Classification" in problems["row 5.classification"]
    assert "Level" in problems["row 5.level"]


def test_csv_unknown_column_and_missing_columns(tmp_path: Path) -> None:
    rows = "id,name,colour\nhue/a,Công ty A,xanh\n"
    problems = _problems(_write(tmp_path, "bad.csv", rows))
    assert set(problems) == {"row 2.colour", "row 2.classification", "row 2.side"}


# -- every problem with its place ----------------------------------------------------------------


def test_every_problem_of_a_json_file_is_reported_at_once(tmp_path: Path) -> None:
    data = _ward_file()
    data["agencies"] = [
        {"id": "hue/a", "name": "Công ty A", "classification": "nope", "side": "employers"},
        {"id": "hue/b", "name": "Công ty B", "classification": "enterprise", "side": "nobody",
         "colour": "red"},
        {"id": "Not An Id", "name": "Công ty C", "classification": "enterprise",
         "side": "employers"},
        {"id": "hue/d", "name": "Công ty D", "classification": "enterprise", "side": "employers",
         "founded": "2024-02-30"},
        {"id": "hue/e", "name": "Công ty E", "classification": "enterprise", "side": "employers"},
    ]
    data["areas"] = [{"id": "hue/x", "name": "X"}]
    data["relative_names"] = {}
    problems = _problems(_write_json(tmp_path, data))
    assert "Classification" in problems["agencies[0].classification"]
    assert "Side" in problems["agencies[1].side"]
    assert "agencies[1].colour" in problems
    assert "Not An Id" in problems["agencies[2]"]
    assert "2024-02-30" in problems["agencies[3].founded"]
    assert "areas[0].unit" in problems
    assert not any(path.startswith("agencies[4]") for path in problems)
    assert len(problems) == 6


def test_relative_names_of_the_wrong_shape(tmp_path: Path) -> None:
    data = _ward_file()
    data["relative_names"] = {WARD: ["UBND phường"]}
    assert "relative_names" in _problems(_write_json(tmp_path, data))


def test_a_list_where_agencies_are_expected(tmp_path: Path) -> None:
    assert "agencies" in _problems(_write_json(tmp_path, {"agencies": {"id": "hue/a"}}))


def test_a_duplicate_of_a_bundled_id_is_refused(tmp_path: Path) -> None:
    data = {"agencies": [{"id": "hue/so-noi-vu", "name": "Sở Nội vụ của tôi",
                          "classification": "department", "side": "state"}]}
    with pytest.raises(LoadError) as caught:
        load_agencies(_write_json(tmp_path, data))
    assert any("hue/so-noi-vu" in problem.message for problem in caught.value.problems)
    # Nothing was replaced: the bundled body is still what it was.
    assert default_catalogue().get("hue/so-noi-vu").name != "Sở Nội vụ của tôi"


def test_a_duplicate_within_the_file_is_refused(tmp_path: Path) -> None:
    twice = [{"id": "hue/a", "name": name, "classification": "enterprise", "side": "employers"}
             for name in ("Công ty A", "Công ty Á")]
    with pytest.raises(LoadError) as caught:
        load_agencies(_write_json(tmp_path, {"agencies": twice}))
    assert "hue/a" in str(caught.value)


def test_a_duplicate_is_reported_at_its_place_with_the_other_problems(tmp_path: Path) -> None:
    data = {"agencies": [
        {"id": "hue/a", "name": "Công ty A", "classification": "nope", "side": "employers"},
        {"id": "hue/so-noi-vu", "name": "Sở Nội vụ", "classification": "department",
         "side": "state"},
    ]}
    problems = _problems(_write_json(tmp_path, data))
    assert "agencies[0].classification" in problems
    assert any(path.startswith("agencies[1]") and "hue/so-noi-vu" in message
               for path, message in problems.items())


def test_a_relative_name_bound_to_an_unknown_id_is_a_problem(tmp_path: Path) -> None:
    data = _ward_file()
    data["relative_names"] = {WARD: {"Trạm Y tế phường": f"{WARD}/tram-y-te"}}
    with pytest.raises(LoadError) as caught:
        load_agencies(_write_json(tmp_path, data))
    assert any(f"{WARD}/tram-y-te" in problem.message for problem in caught.value.problems)


def test_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load_agencies(tmp_path / "missing.json")
    assert "missing.json" in str(caught.value)
    assert len(caught.value.problems) == 1


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("id,name\nhue/a,Công ty Ấ\n".encode("utf-16"))
    with pytest.raises(LoadError):
        load_agencies(path)


@pytest.mark.parametrize("text", ["{not json", '{"agencies": [', ""])
def test_a_file_that_is_not_json(tmp_path: Path, text: str) -> None:
    with pytest.raises(LoadError) as caught:
        load_agencies(_write(tmp_path, "broken.json", text))
    assert "JSON" in str(caught.value)


@pytest.mark.parametrize("text", ["3", '"agencies"', "null"])
def test_json_that_is_no_object_or_list(tmp_path: Path, text: str) -> None:
    with pytest.raises(LoadError) as caught:
        load_agencies(_write(tmp_path, "odd.json", text))
    assert caught.value.problems
    assert isinstance(caught.value, ValueError)


# -- the catalogue is used end to end -------------------------------------------------------------

PLAN = ("Số: 15/KH-UBND\nAn Cựu, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\n"
        "Tổ chức đối thoại tại nơi làm việc năm 2025\n"
        "I. NHIỆM VỤ\n1. Đối thoại với người lao động tại các hộ kinh doanh trên địa bàn\n"
        "Đơn vị chủ trì: UBND phường.\nĐơn vị phối hợp: Công an phường.\n"
        "Thời gian thực hiện: Quý III/2025.\n")


def test_parse_plan_resolves_relative_names_with_your_catalogue(ward: AgencyCatalogue) -> None:
    result = parse_plan(PLAN, area=WARD, catalogue=ward)
    assert result.diagnostics == (), [str(d) for d in result.diagnostics]
    programme = result.programme
    assert programme.area == WARD
    assert programme.agencies == ()
    task = programme.task("I.1")
    assert [(a.agency, a.role, a.as_written) for a in task.assignments] == [
        (f"{WARD}/ubnd", Role.LEAD, "UBND phường"),
        (f"{WARD}/cong-an", Role.PARTNER, "Công an phường"),
    ]
    assert validate(programme, catalogue=ward) == []


def test_a_sentence_resolves_relative_names_with_your_catalogue(ward: AgencyCatalogue) -> None:
    text = ("Giao UBND phường chủ trì, phối hợp với Công an phường rà soát các khu nhà trọ "
            "công nhân trước ngày 30/9/2025.")
    programme = parse_plan(text, area=WARD, catalogue=ward).programme
    (task,) = [task for task in programme.tasks if task.assignments]
    assert task.leads == (f"{WARD}/ubnd",)
    assert task.partners == (f"{WARD}/cong-an",)
    assert task.assignments[0].mode is AssignmentMode.ASSIGNED


def test_without_your_catalogue_the_ward_is_unknown() -> None:
    result = parse_plan(PLAN, area="hue")
    task = result.programme.task("I.1")
    assert all(a.agency not in (f"{WARD}/ubnd", f"{WARD}/cong-an") for a in task.assignments)
    assert {d.code for d in result.diagnostics} >= {"unknown-agency"}


def test_the_graph_answers_with_your_body(ward: AgencyCatalogue) -> None:
    programme = parse_plan(PLAN, area=WARD, catalogue=ward).programme
    graph = ResponsibilityGraph([programme], catalogue=ward)
    named = leads(graph, "I.1")
    assert [agency.id for agency in named] == [f"{WARD}/ubnd"]
    assert named[0].name == "Ủy ban nhân dân phường An Cựu"
    on_a_later_day = leads(graph, "I.1", as_of="2026-03-01")
    assert [agency.id for agency in on_a_later_day] == [f"{WARD}/ubnd"]


def test_the_graph_without_your_catalogue_does_not_know_the_body(ward: AgencyCatalogue) -> None:
    programme = parse_plan(PLAN, area=WARD, catalogue=ward).programme
    with pytest.raises(UnknownAgencyError):
        ResponsibilityGraph([programme])
