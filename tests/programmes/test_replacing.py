"""replace_agency: mapping a provisional body to a known one across a whole programme."""

from __future__ import annotations

import attrs
import pytest

from quanhelaodong import UnknownAgencyError, parse_plan, validate
from quanhelaodong.agencies import Agency, Area, default_catalogue, provisional_agency
from quanhelaodong.programmes import (
    Assignment,
    Completion,
    CoordinationProgramme,
    Dialogue,
    Extension,
    ProgrammePeriod,
    ProgressUpdate,
    Recommendation,
    Report,
    ReportingRule,
    Role,
    Signatory,
    Task,
    replace_agency,
)

HUE = "thua-thien-hue"
LABOUR = f"{HUE}/so-ldtbxh"
UNION = f"{HUE}/ldld"
COMMITTEE = f"{HUE}/ubnd"
POWER = provisional_agency("Công ty Điện lực Thừa Thiên Huế", area=HUE)
CENTRE = provisional_agency("Trung tâm Dịch vụ việc làm tỉnh", area=HUE)
OLD = POWER.id
NEW = f"{HUE}/so-cong-thuong"


def _programme() -> CoordinationProgramme:
    """A programme that names the provisional power company in every place a body can stand."""
    return CoordinationProgramme(
        "thu-nghiem", "coordination_programme", "Chương trình phối hợp thử", area=HUE,
        issuer=OLD, period=ProgrammePeriod("2024-01-01", "2024-12-31"),
        signatories=[Signatory(OLD, "GIÁM ĐỐC", "Nguyễn Văn A"), Signatory(UNION, "CHỦ TỊCH")],
        tasks=[
            Task("1", "1", "Bảo đảm điện cho khu công nghiệp", assigned_by=OLD,
                 assignments=[Assignment(OLD, Role.LEAD, as_written="Công ty Điện lực"),
                              Assignment(UNION, Role.PARTNER)]),
            Task("2", "2", "Tập huấn an toàn điện",
                 assignments=[Assignment(LABOUR, Role.LEAD), Assignment(OLD, Role.PARTNER),
                              Assignment(CENTRE.id, Role.PARTNER)]),
            Task("3", "3", "Giới thiệu việc làm", assignments=[Assignment(CENTRE.id, Role.LEAD)]),
        ],
        reporting_rules=[
            ReportingRule("R.1", [OLD, UNION], COMMITTEE, "trước ngày 15/11/2024", via=LABOUR),
            ReportingRule("R.2", [LABOUR], OLD, "trước ngày 30/11/2024", via=OLD),
        ],
        reports=[Report("bc-1", OLD, COMMITTEE, rule="R.1", submitted="2024-11-10"),
                 Report("bc-2", LABOUR, OLD, rule="R.2", submitted="2024-11-28")],
        dialogues=[Dialogue(
            "dt-1", "leaders_with_workers", "Đối thoại với công nhân ngành điện", held="2024-05-10",
            organisers=[Assignment(OLD, Role.LEAD), Assignment(UNION, Role.PARTNER)],
            recommendations=[Recommendation("kn-1", "Bố trí nhà trọ gần nhà máy", "spoken",
                                            assigned_to=OLD),
                             Recommendation("kn-2", "Tăng phụ cấp", "written",
                                            assigned_to=LABOUR)])],
        progress=[ProgressUpdate("1", "2024-06-01", OLD, percent=40),
                  Completion("1", "2024-09-30", agency=OLD),
                  Extension("2", "2024-07-01", "2024-12-15", requested_by=OLD)],
        agencies=[POWER, CENTRE],
    )


def _ids(programme: CoordinationProgramme) -> list[str]:
    """Every agency id a programme names, wherever it names it, in a fixed order."""
    found = [programme.issuer or ""]
    found += [s.agency for s in programme.signatories]
    found += [a.agency for t in programme.tasks for a in t.assignments]
    found += [t.assigned_by or "" for t in programme.tasks]
    for rule in programme.reporting_rules:
        found += [*rule.reporters, rule.recipient, rule.via or ""]
    found += [field for r in programme.reports for field in (r.reporter, r.recipient or "")]
    for dialogue in programme.dialogues:
        found += [a.agency for a in dialogue.organisers]
        found += [r.assigned_to or "" for r in dialogue.recommendations]
    for event in programme.progress:
        found += [getattr(event, name) or "" for name in ("agency", "requested_by")
                  if hasattr(event, name)]
    return found


def test_the_body_is_replaced_everywhere() -> None:
    before = _programme()
    after = replace_agency(before, OLD, NEW)
    assert OLD not in _ids(after)
    assert _ids(after) == [NEW if agency == OLD else agency for agency in _ids(before)]


def test_each_place_is_replaced() -> None:
    after = replace_agency(_programme(), OLD, NEW)
    assert after.issuer == NEW
    assert [s.agency for s in after.signatories] == [NEW, UNION]
    assert after.task("1").leads == (NEW,)
    assert after.task("1").assigned_by == NEW
    assert after.task("2").partners == (NEW, CENTRE.id)
    first, second = after.reporting_rules
    assert (first.reporters, first.recipient, first.via) == ((NEW, UNION), COMMITTEE, LABOUR)
    assert (second.reporters, second.recipient, second.via) == ((LABOUR,), NEW, NEW)
    assert [(r.reporter, r.recipient) for r in after.reports] == [(NEW, COMMITTEE), (LABOUR, NEW)]
    (dialogue,) = after.dialogues
    assert [a.agency for a in dialogue.organisers] == [NEW, UNION]
    assert [r.assigned_to for r in dialogue.recommendations] == [NEW, LABOUR]


def test_what_is_not_an_agency_id_is_kept() -> None:
    before = _programme()
    after = replace_agency(before, OLD, NEW)
    # The text as written, roles, modes, titles, deadlines and dates stay as they were.
    assert after.task("1").assignments[0].as_written == "Công ty Điện lực"
    assert [a.role for t in after.tasks for a in t.assignments] == [
        a.role for t in before.tasks for a in t.assignments]
    assert [a.mode for t in after.tasks for a in t.assignments] == [
        a.mode for t in before.tasks for a in t.assignments]
    assert [t.title for t in after.tasks] == [t.title for t in before.tasks]
    assert [r.due for r in after.reporting_rules] == [r.due for r in before.reporting_rules]
    assert after.reports[0].submitted == before.reports[0].submitted
    assert after.dialogues[0].held == before.dialogues[0].held
    assert after.period == before.period


def test_the_provisional_agency_leaves_the_programme() -> None:
    after = replace_agency(_programme(), OLD, NEW)
    assert [agency.id for agency in after.agencies] == [CENTRE.id]
    assert after.agency(NEW).name.startswith("Sở Công Thương")


def test_other_ids_are_untouched() -> None:
    before = _programme()
    after = replace_agency(before, OLD, NEW)
    for index, agency in enumerate(_ids(before)):
        if agency != OLD:
            assert _ids(after)[index] == agency
    assert after.task("3") == before.task("3")
    assert after.dialogues[0].recommendations[1] == before.dialogues[0].recommendations[1]


def test_the_original_programme_is_not_changed() -> None:
    before = _programme()
    snapshot = attrs.evolve(before)
    replace_agency(before, OLD, NEW)
    assert before == snapshot
    assert before.issuer == OLD


def test_an_unknown_target_is_refused() -> None:
    with pytest.raises(UnknownAgencyError):
        replace_agency(_programme(), OLD, f"{HUE}/so-khong-co")


def test_a_target_your_catalogue_knows() -> None:
    ward = "hue/phuong-an-cuu"
    police = Agency(f"{ward}/cong-an", "Công an phường An Cựu", "police", "state", "commune",
                    area=ward)
    mine = default_catalogue().extended([police], areas=[Area(ward, "An Cựu", "phường")])
    with pytest.raises(UnknownAgencyError):
        replace_agency(_programme(), OLD, police.id)
    after = replace_agency(_programme(), OLD, police.id, catalogue=mine)
    assert after.task("1").leads == (police.id,)
    assert not any(p.code in ("unknown-agency", "provisional-agency") and "Điện lực" in p.message
                   for p in validate(after, catalogue=mine))


def test_a_target_among_the_programmes_own_agencies() -> None:
    after = replace_agency(_programme(), OLD, CENTRE.id)
    assert after.task("1").leads == (CENTRE.id,)
    assert [agency.id for agency in after.agencies] == [CENTRE.id]


def test_replacing_a_catalogue_body_leaves_the_programmes_agencies_alone() -> None:
    after = replace_agency(_programme(), UNION, f"{HUE}/so-noi-vu")
    assert after.agencies == _programme().agencies
    assert after.task("1").partners == (f"{HUE}/so-noi-vu",)
    assert after.signatories[1].agency == f"{HUE}/so-noi-vu"


def test_replacing_a_body_the_programme_does_not_name_changes_nothing() -> None:
    before = _programme()
    assert replace_agency(before, f"{HUE}/so-y-te", NEW) == before


def test_replacing_a_body_by_itself_changes_nothing() -> None:
    before = _programme()
    assert replace_agency(before, OLD, OLD) == before


def _codes(programme: CoordinationProgramme) -> list[tuple[str, str]]:
    return [(problem.code, problem.path) for problem in validate(programme)]


def test_validate_stops_warning_once_the_body_is_mapped() -> None:
    before = _programme()
    assert ("provisional-agency", "agencies[0]") in _codes(before)
    assert ("provisional-agency", "agencies[1]") in _codes(before)
    after = replace_agency(before, OLD, NEW)
    assert [path for code, path in _codes(after) if code == "provisional-agency"] == ["agencies[0]"]
    done = replace_agency(after, CENTRE.id, f"{HUE}/so-ldtbxh")
    assert [code for code, _ in _codes(done) if code in ("provisional-agency", "unknown-agency")] == []


def test_a_parsed_plans_provisional_body_is_mapped() -> None:
    text = ("Giao Sở Lao động xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh tổ chức "
            "tập huấn pháp luật lao động trong năm 2024.")
    programme = parse_plan(text, area=HUE).programme
    (task,) = [task for task in programme.tasks if task.assignments]
    (unknown,) = programme.agencies
    assert unknown.provisional
    assert task.leads == (unknown.id,)
    assert any(p.code == "provisional-agency" for p in validate(programme))
    fixed = replace_agency(programme, unknown.id, LABOUR)
    (task,) = [task for task in fixed.tasks if task.assignments]
    assert task.leads == (LABOUR,)
    assert task.partners == (UNION,)
    assert fixed.agencies == ()
    assert not any(p.code in ("provisional-agency", "unknown-agency") for p in validate(fixed))
