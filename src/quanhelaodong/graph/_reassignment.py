"""Reassignment previews: who should take over the tasks of bodies that no longer exist."""

from __future__ import annotations

import enum
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import as_date
from quanhelaodong.agencies import (
    Agency,
    AgencyCatalogue,
    AgencyFunction,
    Succession,
    default_catalogue,
    successors,
)
from quanhelaodong.programmes import CoordinationProgramme
from quanhelaodong.rows import Column, Rows, few

__all__ = ["Reassignment", "ReassignmentStatus", "reassignment_preview"]


class ReassignmentStatus(enum.StrEnum):
    """Whether an ended body's task has one clear new holder, several, or none.

    Read by the labour-relations function, every ended body of the Huế plan of
    2023 has one clear holder after the 2025 reorganisation:

    >>> from quanhelaodong.io import load_bundled
    >>> preview = reassignment_preview(load_bundled("hue-2023"), "2026-11-22")
    >>> {reassignment.status for reassignment in preview} == {ReassignmentStatus.REASSIGNED}
    True
    """

    #: One body holds the function now.
    REASSIGNED = "reassigned"
    #: A split leaves several candidates; a person must choose.
    AMBIGUOUS = "ambiguous"
    #: The body ended and nothing took its place.
    NO_SUCCESSOR = "no_successor"


@attrs.frozen(repr=False)
class Reassignment:
    """A proposed new holder for an assignment whose body no longer exists.

    >>> from quanhelaodong.io import load_bundled
    >>> first = reassignment_preview(load_bundled("hue-2023"), "2026-11-22")[0]
    >>> first.status.value, [a.id for a in first.proposed]
    ('reassigned', ['hue/co-quan-qlnn-lao-dong'])
    >>> first
    Reassignment('II.1', 0, 'thua-thien-hue/co-quan-qlnn-lao-dong', role='implementer', status='reassigned',
                 proposed=('hue/co-quan-qlnn-lao-dong',))
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("task", lambda row: row.task), Column("role", lambda row: row.role),
        Column("agency", lambda row: row.agency.name, 45), Column("status", lambda row: row.status.value),
        Column("proposed", lambda row: [agency.name for agency in row.proposed], 45),
        Column("basis", lambda row: [ref.symbol for event in row.succession.events
                                     for ref in event.basis], 30))

    task: str
    index: int
    agency: Agency
    role: str
    status: ReassignmentStatus
    succession: Succession

    @property
    def proposed(self) -> tuple[Agency, ...]:
        return self.succession.agencies

    def __str__(self) -> str:
        names = ", ".join(a.name for a in self.proposed) or "none"
        return (f"{self.task} [{self.role}] {self.agency.name} -> {self.status.value}: {names} "
                f"({'; '.join(e.describe() for e in self.succession.events)})")

    def __repr__(self) -> str:
        # The succession behind the proposal is a record of its own (``succession``); ids say who.
        shown = few([agency.id for agency in self.proposed])
        return (f"Reassignment({self.task!r}, {self.index}, {self.agency.id!r}, role={self.role!r}, "
                f"status={self.status.value!r}, proposed={shown})")


def reassignment_preview(programme: CoordinationProgramme, as_of: object = None,
                         function: AgencyFunction | str = AgencyFunction.LABOUR_RELATIONS, *,
                         catalogue: AgencyCatalogue | None = None) -> Rows[Reassignment]:
    """For every assignment whose body no longer exists on ``as_of``, who should take it.

    Nothing is changed: the preview says what a new version of the programme
    could assign, and why, so that a person can decide. ``as_of`` defaults to
    today, ``catalogue`` to the bundled one.

    >>> from quanhelaodong.io import load_bundled
    >>> preview = reassignment_preview(load_bundled("hue-2023"), "2026-11-22")
    >>> first = [r for r in preview if r.task == "PL.I.4"][0]
    >>> first.status.value, first.proposed[0].id
    ('reassigned', 'hue/so-noi-vu')
    """
    day = pendulum.today().date() if as_of is None else as_date(as_of)
    catalogue = catalogue or default_catalogue()
    found = []
    for task in programme.tasks:
        for index, assignment in enumerate(task.assignments):
            agency = programme.agency(assignment.agency, catalogue=catalogue)
            if agency.exists_on(day):
                continue
            succession = successors(agency, on=day, function=function, catalogue=catalogue)
            if not succession.changed:
                # Ended with no recorded change (a body the catalogue does not follow).
                succession = attrs.evolve(succession, agencies=())
            status = (ReassignmentStatus.NO_SUCCESSOR if not succession.agencies else
                      ReassignmentStatus.AMBIGUOUS if succession.ambiguous else
                      ReassignmentStatus.REASSIGNED)
            found.append(Reassignment(task.id, index, agency, assignment.role.value, status,
                                      succession))
    return Rows(found)
