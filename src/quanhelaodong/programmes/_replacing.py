"""Mapping one body to another across a whole programme: how a provisional agency becomes known.

The importer keeps a body no catalogue knows as a provisional agency. Once a person
knows which body it is (or the catalogue learns it), one call rewrites every place
the programme names it: assignments, issuer, signatories, reporting rules, reports,
dialogues and recorded progress. Nothing is edited in place: a new programme is made.
"""

from __future__ import annotations

from typing import Any

import attrs

from quanhelaodong.agencies import Agency, AgencyCatalogue
from quanhelaodong.programmes._programme import CoordinationProgramme

__all__ = ["replace_agency"]


def _swap(value: Any, old: str, new: str) -> Any:
    """``value`` with every agency id ``old`` replaced by ``new``; the same object when none is.

    Agency ids are unique slug paths with a "/", so an exact match cannot be a task id or a
    text; :class:`Agency` objects themselves are left alone.
    """
    if isinstance(value, str):
        return new if value == old else value
    if isinstance(value, tuple):
        items = tuple(_swap(item, old, new) for item in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if attrs.has(type(value)) and not isinstance(value, Agency):
        changes = {}
        for field in attrs.fields(type(value)):
            if not field.init:
                continue
            current = getattr(value, field.name)
            swapped = _swap(current, old, new)
            if swapped is not current:
                changes[field.name.lstrip("_")] = swapped
        return attrs.evolve(value, **changes) if changes else value
    return value


def replace_agency(programme: CoordinationProgramme, old: str, new: str, *,
                   catalogue: AgencyCatalogue | None = None) -> CoordinationProgramme:
    """The programme with agency ``old`` replaced by ``new`` everywhere it is named.

    ``new`` must be known to the programme or to ``catalogue`` (default: the bundled
    one); a provisional agency ``old`` leaves the programme's own agencies.

    >>> from quanhelaodong.io import parse_plan
    >>> plan = parse_plan("Giao Sở Lao động xã hội chủ trì tập huấn.", area="hue").programme
    >>> [a.agency for a in plan.tasks[0].assignments], [a.provisional for a in plan.agencies]
    (['hue/so-lao-dong-xa-hoi'], [True])
    >>> fixed = replace_agency(plan, "hue/so-lao-dong-xa-hoi", "hue/so-noi-vu")
    >>> [a.agency for a in fixed.tasks[0].assignments], fixed.agencies
    (['hue/so-noi-vu'], ())
    """
    programme.agency(new, catalogue=catalogue)  # raises UnknownAgencyError for an unknown body
    if old == new:
        return programme
    swapped: CoordinationProgramme = _swap(programme, old, new)
    kept = tuple(agency for agency in swapped.agencies if agency.id != old)
    return attrs.evolve(swapped, agencies=kept) if kept != swapped.agencies else swapped
