"""The bundled programmes checked against their sources.

The Huế plan against the text of the document itself (seed 004), the others
against the figures of the articles they come from (see tests/data/README.md).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from quanhelaodong import (
    CoordinationProgramme,
    ResponsibilityGraph,
    Role,
    UnknownAgencyError,
    bundled_names,
    dumps,
    load_bundled,
    loads,
    resolve_agency,
    validate,
    who_leads,
)
from quanhelaodong.errors import UnknownBundledProgrammeError
from quanhelaodong.programmes import AssignmentMode, QuantityQualifier
from quanhelaodong.text import nfc
from tests.days import as_date

HUE = "thua-thien-hue"


def split_agencies(cell: str) -> list[str]:
    """Split a table cell into agency ids, joining comma pieces while they still name one body.

    Written independently of the bundled data: it only relies on name resolution.
    """
    ids = []
    for chunk in (c.strip(" .;") for c in cell.split(";")):
        pieces = [p.strip(" .") for p in chunk.split(",") if p.strip(" .")]
        start = 0
        while start < len(pieces):
            for end in range(len(pieces), start, -1):
                try:
                    agency = resolve_agency(", ".join(pieces[start:end]), area=HUE)
                except UnknownAgencyError:
                    continue
                ids.append(agency.id)
                start = end
                break
            else:
                raise AssertionError(f"cannot read {pieces[start]!r} in {cell!r}")
    return ids


def appendix_rows(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(label, title, lead ids, partner ids) of every appendix row that names a lead."""
    table = text[text.index("STT\tHoạt động"):]
    rows = []
    group = ""
    for line in table.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) < 4:
            continue
        number, title, lead, partner = (c.strip() for c in cells[:4])
        if re.fullmatch(r"[IVX]+", number):
            group = number
            label = number
        else:
            label = f"{group}.{number}"
        if lead:
            rows.append((label, nfc(title), split_agencies(lead), split_agencies(partner)))
    return rows


def test_appendix_has_thirty_activities(hue_text: str) -> None:
    assert len(appendix_rows(hue_text)) == 30


def test_every_appendix_row_matches_the_document(hue_text: str, hue: CoordinationProgramme) -> None:
    for label, title, leads, partners in appendix_rows(hue_text):
        task = hue.task(f"PL.{label}")
        assert task.title == title, label
        assert list(task.leads) == leads, label
        assert list(task.partners) == partners, label


def test_every_appendix_row_is_answered_by_who_leads(
    hue_text: str, hue_graph: ResponsibilityGraph
) -> None:
    for label, title, leads, partners in appendix_rows(hue_text):
        best = who_leads(hue_graph, title)[0]
        assert best.task.task.id == f"PL.{label}", title
        assert [a.id for a in best.leads] == leads
        assert [a.id for a in best.partners] == partners


def test_key_tasks_match_the_document(hue_text: str, hue: CoordinationProgramme) -> None:
    part = hue_text[hue_text.index("II. NHIỆM VỤ TRỌNG TÂM"):hue_text.index("III. KINH PHÍ")]
    found = re.findall(r"Đơn vị thực hiện: (.*?)\n+Thời gian thực hiện: (.*?)\.\n", part)
    assert len(found) == 7
    for number, (units, timeframe) in enumerate(found, start=1):
        task = hue.task(f"II.{number}")
        assert str(task.timeframe) == timeframe
        assert task.leads == ()
        assert task.partners == ()
        # "... và các doanh nghiệp": the last "và" joins two parties.
        expected = split_agencies(re.sub(r"\s+và\s+(?=(các|công đoàn))", ", ", units.rstrip(".")))
        assert list(task.implementers) == expected, number


def test_duty_sections_keep_assigned_versus_requested(hue: CoordinationProgramme) -> None:
    union_duties = [t for t in hue.tasks if t.group == "IV.2"]
    assert [t.id for t in union_duties] == ["IV.2.a", "IV.2.b", "IV.2.c", "IV.2.d"]
    for task in union_duties:
        (lead,) = [a for a in task.assignments if a.role is Role.LEAD]
        assert (lead.agency, lead.mode) == (f"{HUE}/ldld", AssignmentMode.REQUESTED)
    labour = hue.task("IV.1.a")
    assert [(a.agency, a.role, a.mode) for a in labour.assignments] == [
        (f"{HUE}/so-ldtbxh", Role.LEAD, AssignmentMode.ASSIGNED),
        (f"{HUE}/ldld", Role.PARTNER, AssignmentMode.REQUESTED),
        (f"{HUE}/ban-ql-kcn", Role.PARTNER, AssignmentMode.ASSIGNED),
        (f"{HUE}/co-quan-lien-quan", Role.PARTNER, AssignmentMode.ASSIGNED),
    ]
    # "X phối hợp với Y <verb>": X (the section's agency) is the lead.
    assert hue.task("IV.2.c").leads == (f"{HUE}/ldld",)
    assert hue.task("IV.2.c").partners == (f"{HUE}/so-ldtbxh",)


def test_header_and_reporting(hue: CoordinationProgramme, hue_text: str) -> None:
    assert hue.document is not None
    assert hue.document.symbol == "180/KH-UBND"
    assert [ref.symbol for ref in hue.implements] == ["831/QĐ-UBND", "322/KH-UBND"]
    assert [str(ref.issued_on) for ref in hue.implements] == ["2022-04-01", "2022-08-30"]
    assert hue.signatories[0].person == "Nguyễn Thanh Bình"
    assert len(hue.reporting_clauses) == 3
    assert "trước ngày 15/11 hàng năm" in hue.reporting_clauses[0]
    assert "trước ngày 30/11" in hue.reporting_clauses[1]
    for clause in hue.reporting_clauses:
        assert clause in nfc(hue_text)


def test_every_agency_resolves(hue: CoordinationProgramme) -> None:
    for task in hue.tasks:
        for assignment in task.assignments:
            agency = hue.agency(assignment.agency)
            if assignment.as_written and task.id not in {"IV.10.a", "IV.10.b"}:
                # "công đoàn cùng cấp" (IV.10) is relative to the section's subject.
                assert resolve_agency(assignment.as_written, area=HUE) == agency


def test_bundled_names_and_unknown_name() -> None:
    assert bundled_names() == ("an-giang-2020", "an-giang-2021-2023", "ha-noi-2019", "hue-2023",
                               "thai-nguyen-2022", "thi-xa-2016-2020", "thi-xa-2020-2025")
    with pytest.raises(UnknownBundledProgrammeError) as caught:
        load_bundled("hue-2024")
    assert caught.value.available[0] == "hue-2023"
    assert isinstance(caught.value, KeyError)


# -- the other seeds, as their articles give them ----------------------------------------------

def test_ha_noi_2019_as_the_article_gives_it() -> None:
    programme = load_bundled("ha-noi-2019")
    (dialogue,) = programme.dialogues
    assert dialogue.held == as_date("2019-05-11")
    assert dialogue.venue == "Công ty TNHH Yamaha Việt Nam"
    assert dialogue.participants is not None
    assert (dialogue.participants.qualifier, dialogue.participants.value) == (
        QuantityQualifier.MORE_THAN, Decimal(1000))
    assert dialogue.counts is not None
    assert (dialogue.counts.written, dialogue.counts.spoken, dialogue.counts.total) == (639, 22, 661)
    figures = {i.name: i for i in programme.reports[0].indicators}
    assert figures["Cuộc đối thoại chính sách với công nhân lao động"].value == 46
    checks = "Doanh nghiệp được công đoàn cấp trên cơ sở kiểm tra cùng chính quyền đồng cấp"
    assert figures[checks].value == 812
    assert figures["Đơn vị tổ chức Hội nghị người lao động"].value == Decimal("68.5")
    assert figures["Kinh phí các cấp Công đoàn chăm lo dịp Tết Kỷ Hợi"].qualifier == "more_than"


@pytest.mark.parametrize("name", ["thai-nguyen-2022", "thi-xa-2016-2020", "thi-xa-2020-2025",
                                  "an-giang-2020", "an-giang-2021-2023"])
def test_other_seed_programmes_load_and_validate(name: str) -> None:
    programme = load_bundled(name)
    assert not [p for p in validate(programme) if p.severity.value == "error"]
    assert loads(dumps(programme)) == programme


def test_seed_figures() -> None:
    town = load_bundled("thi-xa-2016-2020").reports[0].indicators
    assert [(i.value, i.unit) for i in town[:2]] == [
        (Decimal(203), "công đoàn cơ sở"), (Decimal(6943), "đoàn viên")]
    assert len(load_bundled("thi-xa-2020-2025").areas_of_coordination) == 4
    assert load_bundled("thi-xa-2020-2025").follows == "thi-xa-2016-2020"
    assert len(load_bundled("an-giang-2020").areas_of_coordination) == 5
    assert len(load_bundled("an-giang-2021-2023").areas_of_coordination) == 7
    housing = load_bundled("thai-nguyen-2022").reports[0].indicators[0]
    assert (housing.value, housing.qualifier) == (Decimal(2000), "nearly")
    assert load_bundled("thai-nguyen-2022").dialogues[0].participants.text == (  # type: ignore[union-attr]
        "trên 300 công nhân lao động")


def test_a_bundled_name_that_is_no_text_is_the_librarys_error() -> None:
    # load_bundled(None) raised a bare TypeError.
    with pytest.raises(UnknownBundledProgrammeError):
        load_bundled(None)
