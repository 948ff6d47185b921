"""The tasks of ended bodies: who should take each assignment after the 2025 changes."""

from __future__ import annotations

from quanhelaodong import Agency, AgencyCatalogue, Assignment, CoordinationProgramme, Task
from quanhelaodong.agencies import AgencyFunction
from quanhelaodong.graph import ReassignmentStatus, reassignment_preview
from tests.days import as_date

TODAY = as_date("2026-11-22")


def ids(agencies: tuple[Agency, ...]) -> list[str]:
    return [agency.id for agency in agencies]


def test_reassignment_preview(hue: CoordinationProgramme) -> None:
    assert reassignment_preview(hue, "2024-12-31") == ()
    preview = reassignment_preview(hue, TODAY)
    assert len(preview) == sum(len(t.assignments) for t in hue.tasks)
    by_place = {(r.task, r.index): r for r in preview}
    lead = by_place[("PL.I.1", 0)]
    assert (lead.status, ids(lead.proposed)) == (ReassignmentStatus.REASSIGNED, ["hue/ubnd"])
    district = by_place[("II.2", 2)]
    assert ids(district.proposed) == ["hue/ubnd-cap-xa"]
    split = reassignment_preview(hue, TODAY, function=AgencyFunction.LABOUR_RELATIONS)
    assert all(r.status is not ReassignmentStatus.AMBIGUOUS for r in split)
    assert "45/2025/NĐ-CP" in str(by_place[("PL.I.4", 0)])


def test_a_body_that_ended_with_no_successor_is_said_so() -> None:
    ended = Agency("x/so-a", "Sở A", "department", "state", dissolved="2025-03-01")
    plan = CoordinationProgramme("demo", "plan", "Kế hoạch", tasks=[
        Task("1", "1", "Tập huấn", assignments=[Assignment("x/so-a", "lead")])])
    catalogue = AgencyCatalogue([ended])
    assert reassignment_preview(plan, "2025-02-28", catalogue=catalogue) == ()
    (gone,) = reassignment_preview(plan, "2026-01-01", catalogue=catalogue)
    assert (gone.task, gone.index, gone.role, gone.status) == (
        "1", 0, "lead", ReassignmentStatus.NO_SUCCESSOR)
    assert gone.proposed == ()
    assert str(gone).startswith("1 [lead] Sở A -> no_successor: none")
