"""Assignments: which agency takes part in a task, in which role, assigned or requested."""

from __future__ import annotations

import enum

import attrs

from quanhelaodong._fields import as_choice, as_optional_text, non_empty
from quanhelaodong.agencies import Agency, Classification, Side

__all__ = ["Assignment", "AssignmentMode", "Role", "default_mode"]


class Role(enum.StrEnum):
    """What an agency does for a task.

    >>> from quanhelaodong.io import load_bundled
    >>> contest = load_bundled("hue-2023").task("PL.I.4")
    >>> [(assignment.as_written, assignment.role.vietnamese) for assignment in contest.assignments[:2]]
    [('Sở LĐ-TB&XH', 'chủ trì'), ('Ban QL KKT, CN tỉnh', 'phối hợp')]

    A monitoring body ("theo dõi", "đôn đốc") follows the task for the issuer and
    receives its reminders; it is neither lead nor partner:

    >>> Assignment("thua-thien-hue/so-noi-vu", Role.MONITOR).role.vietnamese
    'theo dõi'
    """

    #: "chủ trì": presides and answers for the task.
    LEAD = "lead"
    #: "phối hợp": supports the lead.
    PARTNER = "partner"
    #: "đơn vị thực hiện": named among the implementing units, with no lead/partner split.
    IMPLEMENTER = "implementer"
    #: "theo dõi", "đôn đốc": follows the task and urges its holders on; does not do it.
    MONITOR = "monitor"

    @property
    def vietnamese(self) -> str:
        """The word a Vietnamese plan uses for the role.

        >>> Role.MONITOR.vietnamese
        'theo dõi'
        """
        return {"lead": "chủ trì", "partner": "phối hợp", "implementer": "đơn vị thực hiện",
                "monitor": "theo dõi"}[self]


class AssignmentMode(enum.StrEnum):
    """Whether the issuer can order the agency or only ask it.

    A People's Committee assigns ("giao") tasks to its own departments but can only
    request ("đề nghị") them of the trade union, business associations and other
    bodies it does not command.

    >>> from quanhelaodong.io import load_bundled
    >>> contest = load_bundled("hue-2023").task("PL.I.4")
    >>> {assignment.as_written: assignment.mode.vietnamese for assignment in contest.assignments}
    {'Sở LĐ-TB&XH': 'giao', 'Ban QL KKT, CN tỉnh': 'giao', 'LĐLD tỉnh': 'đề nghị', 'BHXH tỉnh': 'giao'}
    """

    ASSIGNED = "assigned"
    REQUESTED = "requested"

    @property
    def vietnamese(self) -> str:
        return {"assigned": "giao", "requested": "đề nghị"}[self]


def default_mode(agency: Agency, *, issuer: Agency | None) -> AssignmentMode:
    """The mode an issuer can give a task to ``agency`` with, when the text does not say.

    A state issuer requests ("đề nghị") of bodies outside the state: the trade
    unions, employers' organisations, enterprises and mass organisations; it
    assigns ("giao") to state bodies. With no known issuer, nothing is presumed.

    >>> from quanhelaodong.agencies import resolve_agency
    >>> committee = resolve_agency("UBND tỉnh", area="thua-thien-hue")
    >>> default_mode(resolve_agency("LĐLĐ tỉnh", area="thua-thien-hue"), issuer=committee)
    <AssignmentMode.REQUESTED: 'requested'>
    >>> default_mode(resolve_agency("BHXH tỉnh", area="thua-thien-hue"), issuer=committee)
    <AssignmentMode.ASSIGNED: 'assigned'>
    """
    if issuer is None or issuer.side is not Side.STATE:
        return AssignmentMode.ASSIGNED
    independent = agency.side in (Side.WORKERS, Side.EMPLOYERS)
    if independent or agency.classification is Classification.MASS_ORGANISATIONS:
        return AssignmentMode.REQUESTED
    return AssignmentMode.ASSIGNED


def _as_role(value: object) -> Role:
    return as_choice(Role, value, "role")


def _as_assignment_mode(value: object) -> AssignmentMode:
    return as_choice(AssignmentMode, value, "mode")


@attrs.frozen
class Assignment:
    """One agency's part in one task.

    ``as_written`` keeps the name as the source text gave it ("LĐLD tỉnh"), so a
    reader can check the resolution against the document.

    >>> partner = Assignment("thua-thien-hue/ldld", "partner", "requested", as_written="LĐLD tỉnh")
    >>> partner.role.vietnamese, partner.mode.vietnamese
    ('phối hợp', 'đề nghị')
    """

    agency: str = attrs.field(validator=non_empty)
    role: Role = attrs.field(converter=_as_role)
    mode: AssignmentMode = attrs.field(
        default=AssignmentMode.ASSIGNED, converter=_as_assignment_mode)
    as_written: str | None = attrs.field(default=None, converter=as_optional_text, kw_only=True)
