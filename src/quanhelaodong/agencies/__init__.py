"""Agencies: who the bodies of the three sides are, what they are called, how they change.

* :class:`Agency` with its :class:`Side`, :class:`Level` and :class:`Classification`;
* the catalogue of known bodies for every province (:class:`AgencyCatalogue`,
  :func:`default_catalogue`) and :func:`resolve_agency`, which reads a name as a
  plan writes it ("LĐLD tỉnh", "Sở LĐ-TB&XH") relative to an area;
* change events (mergers, splits, renames of 2025) and :func:`successors`, which
  says who holds a body's function on a given day.

This layer knows nothing of programmes, deadlines or the graph.

>>> from quanhelaodong.agencies import resolve_agency, successors
>>> labour = resolve_agency("Sở LĐ-TB&XH", area="Thừa Thiên Huế")
>>> [a.id for a in successors(labour, on="2026-11-22", function="labour_relations").agencies]
['hue/so-noi-vu']
"""

from quanhelaodong.agencies._agency import Agency, Classification, Level, Side
from quanhelaodong.agencies._catalogue import AgencyCatalogue, Area, default_catalogue, resolve_agency
from quanhelaodong.agencies._changes import (
    AgencyFunction,
    ChangeEvent,
    ChangeKind,
    Succession,
    Transfer,
    change_events,
    successors,
)
from quanhelaodong.agencies._provisional import head_noun_kind, provisional_agency

__all__ = [
    "Agency",
    "AgencyCatalogue",
    "AgencyFunction",
    "Area",
    "ChangeEvent",
    "ChangeKind",
    "Classification",
    "Level",
    "Side",
    "Succession",
    "Transfer",
    "change_events",
    "default_catalogue",
    "head_noun_kind",
    "provisional_agency",
    "resolve_agency",
    "successors",
]
