"""Assignments: which agency takes part in a task, in which role, assigned or requested."""

from __future__ import annotations

import pytest

from quanhelaodong import Agency, Assignment, Role, Task, resolve_agency
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.programmes import AssignmentMode, default_mode

HUE = "thua-thien-hue"


def test_roles_and_modes_read_their_values() -> None:
    assignment = Assignment("x/y", "lead", "requested")
    assert (assignment.role, assignment.mode) == (Role.LEAD, AssignmentMode.REQUESTED)
    assert Role.PARTNER.vietnamese == "phối hợp"
    with pytest.raises(ValueError, match="chairing"):
        Assignment("x/y", "chairing")


def test_every_role_and_mode_has_its_vietnamese_word() -> None:
    assert [role.vietnamese for role in Role] == ["chủ trì", "phối hợp", "đơn vị thực hiện",
                                                  "theo dõi"]
    assert [mode.vietnamese for mode in AssignmentMode] == ["giao", "đề nghị"]


def test_a_monitoring_body_is_neither_lead_nor_partner() -> None:
    task = Task("1", "1", "Tập huấn", assignments=[
        Assignment("x/lead", "lead"), Assignment("x/desk", "monitor"),
        Assignment("x/partner", Role.PARTNER)])
    assert Role("monitor") is Role.MONITOR
    assert task.agencies_with(Role.MONITOR) == ("x/desk",)
    assert (task.leads, task.partners, task.implementers) == (("x/lead",), ("x/partner",), ())


def test_an_assignment_keeps_the_name_as_written_in_nfc() -> None:
    assignment = Assignment("x/y", Role.PARTNER, as_written="Ho\u0300a gia\u0309i  vie\u0302n ")
    assert assignment.as_written == "Hòa giải viên"
    assert assignment.mode is AssignmentMode.ASSIGNED  # the default
    with pytest.raises(InvalidValueError, match="agency must not be empty"):
        Assignment("", Role.LEAD)


@pytest.mark.parametrize(("name", "mode"), [
    ("Sở LĐ-TB&XH", AssignmentMode.ASSIGNED),             # a department of the committee
    ("BHXH tỉnh", AssignmentMode.ASSIGNED),
    ("LĐLĐ tỉnh", AssignmentMode.REQUESTED),              # the trade union
    ("Hiệp Hội doanh nghiệp tỉnh", AssignmentMode.REQUESTED),  # the employers
    ("Các doanh nghiệp, cơ sở SXKD", AssignmentMode.REQUESTED),
])
def test_a_state_issuer_assigns_to_its_own_and_requests_of_the_others(
        name: str, mode: AssignmentMode) -> None:
    committee = resolve_agency("UBND tỉnh", area=HUE)
    assert default_mode(resolve_agency(name, area=HUE), issuer=committee) is mode


def test_mass_organisations_are_requested_and_other_issuers_presume_nothing() -> None:
    committee = resolve_agency("UBND tỉnh", area=HUE)
    front = Agency("x/mat-tran", "Ủy ban MTTQ tỉnh", "mass_organisations", "mixed")
    assert default_mode(front, issuer=committee) is AssignmentMode.REQUESTED
    union = resolve_agency("LĐLĐ tỉnh", area=HUE)
    labour = resolve_agency("Sở LĐ-TB&XH", area=HUE)
    assert default_mode(labour, issuer=union) is AssignmentMode.ASSIGNED
    assert default_mode(union, issuer=None) is AssignmentMode.ASSIGNED


def test_every_choice_of_an_assignment_is_checked_by_the_library() -> None:
    with pytest.raises(InvalidValueError, match="role must be one of"):
        Assignment("x/y", "boss")
    with pytest.raises(InvalidValueError, match="mode must be one of"):
        Assignment("x/y", "lead", mode="ordered")
