"""Agencies change: mergers, splits, renames, transfers of functions, dissolutions.

A :class:`ChangeEvent` says which bodies hand over (``before``), on which day, on
what legal basis, and which functions go to which body (``transfers``). Successors
are derived from the events, never stored; old ids keep resolving, so a plan of 2023
can be asked "who leads this today?".

The events of the 2025 reorganisation come from ``agencies/data/reorganisation.json``:
the central ministries (Labour, Invalids and Social Affairs shared out among Home
Affairs, Education, Health, Agriculture and Environment, and Public Security on
2025-03-01; Planning and Investment into Finance; Information and Communications
into Science and Technology), the same pattern for every province's departments,
Thừa Thiên Huế becoming Huế city (2025-01-01), the end of the district level and
the merger of 52 provinces into 23 (2025-07-01). Provincial events are generated
from rules for every province the catalogue knows.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, ClassVar, Literal

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date, as_tuple
from quanhelaodong.agencies._agency import Agency
from quanhelaodong.agencies._catalogue import AgencyCatalogue, default_catalogue
from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.rows import Column, few

__all__ = [
    "AgencyFunction",
    "ChangeEvent",
    "ChangeKind",
    "Succession",
    "Transfer",
    "change_events",
    "successors",
]


class ChangeKind(enum.StrEnum):
    """What a change does to the bodies before it: merge, split, rename, transfer functions, dissolve.

    Bắc Giang's labour federation was merged into Bắc Ninh's on 2025-07-01:

    >>> merged = successors("bac-giang/ldld", on="2026-01-01")
    >>> merged.events[0].kind is ChangeKind("merger"), merged.agencies[0].name
    (True, 'Liên đoàn Lao động tỉnh Bắc Ninh')
    """

    MERGER = "merger"
    SPLIT = "split"
    RENAME = "rename"
    TRANSFER = "transfer"
    DISSOLUTION = "dissolution"


class AgencyFunction(enum.StrEnum):
    """A function ("chức năng") a body performs: what routes a task when the body is split.

    Vocational training left the Ministry of Labour for the Ministry of Education:

    >>> training = successors("vn/bo-ldtbxh", on="2026-01-01", function=AgencyFunction.VOCATIONAL_TRAINING)
    >>> [agency.id for agency in training.agencies]
    ['vn/bo-gddt']
    """

    LABOUR_RELATIONS = "labour_relations"
    WAGES = "wages"
    SOCIAL_INSURANCE = "social_insurance"
    EMPLOYMENT = "employment"
    OCCUPATIONAL_SAFETY = "occupational_safety"
    MERITORIOUS_PEOPLE = "meritorious_people"
    GENDER_EQUALITY = "gender_equality"
    VOCATIONAL_TRAINING = "vocational_training"
    SOCIAL_PROTECTION = "social_protection"
    CHILDREN = "children"
    POVERTY_REDUCTION = "poverty_reduction"
    DRUG_REHABILITATION = "drug_rehabilitation"


def _functions(values: Iterable[AgencyFunction | str]) -> tuple[AgencyFunction, ...]:
    return tuple(as_choice(AgencyFunction, value, "function") for value in as_tuple(values))


@attrs.frozen
class Transfer:
    """Functions that pass to one body; no functions listed means "everything else".

    >>> molisa = next(event for event in change_events() if event.id == "2025-molisa")
    >>> [transfer.to for transfer in molisa.transfers if transfer.carries(AgencyFunction.WAGES)]
    ['vn/bo-noi-vu']
    >>> Transfer("hue/so-noi-vu").carries(AgencyFunction.WAGES)
    True
    """

    to: str
    functions: tuple[AgencyFunction, ...] = attrs.field(default=(), converter=_functions)

    def carries(self, function: AgencyFunction | None) -> bool:
        return not self.functions or (function is not None and function in self.functions)


#: What each kind of change is called in Vietnamese administrative texts.
_KINDS_VI = {ChangeKind.MERGER: "hợp nhất", ChangeKind.SPLIT: "tách", ChangeKind.RENAME: "đổi tên",
             ChangeKind.TRANSFER: "chuyển giao chức năng", ChangeKind.DISSOLUTION: "giải thể"}


def _as_change_kind(value: object) -> ChangeKind:
    return as_choice(ChangeKind, value, "kind")




@attrs.frozen(repr=False)
class ChangeEvent:
    """One change, effective from ``effective`` (the first day the successors act).

    >>> molisa = next(event for event in change_events() if event.before == ("vn/bo-ldtbxh",))
    >>> molisa.kind.value, molisa.effective.isoformat(), molisa.targets(AgencyFunction.CHILDREN)
    ('split', '2025-03-01', ('vn/bo-y-te',))
    >>> molisa
    ChangeEvent('2025-molisa', 'split', effective=2025-03-01, before=('vn/bo-ldtbxh',), after=5 bodies,
                basis=5 documents)
    >>> next(event for event in change_events() if event.before == ("thua-thien-hue/bhxh",))
    ChangeEvent('2025-thua-thien-hue-hue-bhxh', 'rename', effective=2025-01-01,
                before=('thua-thien-hue/bhxh',), after=('hue/bhxh',), basis=('175/2024/QH15',))
    """

    id: str
    kind: ChangeKind = attrs.field(converter=_as_change_kind)
    effective: pendulum.Date = attrs.field(converter=as_date)
    before: tuple[str, ...] = attrs.field(converter=as_tuple)
    transfers: tuple[Transfer, ...] = attrs.field(converter=as_tuple)
    basis: tuple[DocumentRef, ...] = attrs.field(converter=as_tuple)
    confidence: str = "S"
    note: str | None = None

    @property
    def after(self) -> tuple[str, ...]:
        """Every body that receives something, in the order the event lists them."""
        return tuple(dict.fromkeys(transfer.to for transfer in self.transfers))

    def targets(self, function: AgencyFunction | None) -> tuple[str, ...]:
        """Where ``function`` goes; every receiver when no function is asked of a split."""
        if function is None:
            return self.after
        specific = [t.to for t in self.transfers if t.functions and function in t.functions]
        if specific:
            return tuple(specific)
        return tuple(t.to for t in self.transfers if not t.functions) or self.after

    def describe(self, lang: Literal["en", "vi"] = "en") -> str:
        """The event in one line: what, from when, on what legal basis, how surely; in English or
        Vietnamese (``lang="vi"``, the date written dd/mm/yyyy).

        >>> hue = next(event for event in change_events() if event.before == ("thua-thien-hue/bhxh",))
        >>> hue.describe()
        'rename on 2025-01-01 (175/2024/QH15) [S]'
        >>> hue.describe(lang="vi")
        'đổi tên ngày 01/01/2025 (175/2024/QH15) [S]'
        """
        if lang not in ("en", "vi"):
            raise InvalidValueError(f"an event is described in 'en' or 'vi', not {lang!r}")
        if lang == "vi":
            laws = ", ".join(ref.symbol for ref in self.basis) or "chưa ghi nhận căn cứ pháp lý"
            day = self.effective
            return (f"{_KINDS_VI[self.kind]} ngày {day.day:02d}/{day.month:02d}/{day.year:04d} ({laws}) "
                    f"[{self.confidence}]")
        laws = ", ".join(ref.symbol for ref in self.basis) or "no legal basis recorded"
        return f"{self.kind.value} on {self.effective.isoformat()} ({laws}) [{self.confidence}]"

    def __repr__(self) -> str:
        # The legal documents carry titles and the note a paragraph: symbols say which law it was.
        return (f"ChangeEvent({self.id!r}, {self.kind.value!r}, effective={self.effective}, "
                f"before={few(self.before, 'bodies')}, after={few(self.after, 'bodies')}, "
                f"basis={few(tuple(ref.symbol for ref in self.basis), 'documents')})")


@attrs.frozen(repr=False)
class Succession:
    """Who holds an agency's function on a date, and the events that led there.

    ``agencies`` is one body when the answer is clear; several when a split leaves
    it open (``ambiguous``); none when the body was dissolved with no successor.

    >>> print(successors("thua-thien-hue/so-ldtbxh", on="2026-11-22", function="labour_relations").explain())
    Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế (thua-thien-hue/so-ldtbxh)
      -> rename on 2025-01-01 (175/2024/QH15) [S]
      -> split on 2025-03-01 (45/2025/NĐ-CP) [S]
      = Sở Nội vụ thành phố Huế (hue/so-noi-vu) on 2026-11-22
    >>> successors("thua-thien-hue/so-ldtbxh", on="2026-11-22").ambiguous  # no function: every receiver
    True
    >>> successors("thua-thien-hue/so-ldtbxh", on="2026-11-22", function="labour_relations")
    Succession('thua-thien-hue/so-ldtbxh', on=2026-11-22, function='labour_relations',
               agencies=('hue/so-noi-vu',), events=2)
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("original", lambda row: row.original.name, 45), Column("on", lambda row: row.on),
        Column("function", lambda row: row.function.value if row.function else None),
        Column("holders", lambda row: [agency.name for agency in row.agencies] or "no successor", 50),
        Column("events", lambda row: [f"{event.kind.value} {event.effective}" for event in row.events], 40))

    original: Agency
    on: pendulum.Date
    function: AgencyFunction | None
    agencies: tuple[Agency, ...]
    events: tuple[ChangeEvent, ...]

    @property
    def ambiguous(self) -> bool:
        return len(self.agencies) > 1

    @property
    def changed(self) -> bool:
        return bool(self.events)

    def explain(self) -> str:
        """How the original body led to today's, one event a line."""
        lines = [f"{self.original.name} ({self.original.id})"]
        for event in self.events:
            lines.append(f"  -> {event.describe()}")
        names = "; ".join(f"{a.name} ({a.id})" for a in self.agencies) or "no successor"
        lines.append(f"  = {names} on {self.on.isoformat()}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        # Each agency and event is a long record of its own; ids and a count tell successions apart.
        function = self.function.value if self.function is not None else None
        return (f"Succession({self.original.id!r}, on={self.on}, function={function!r}, "
                f"agencies={few(tuple(agency.id for agency in self.agencies), 'bodies')}, "
                f"events={len(self.events)})")


def _documents(raw: Mapping[str, Any]) -> dict[str, DocumentRef]:
    return {
        key: DocumentRef.parse(entry["symbol"], issued_on=entry.get("issued_on"),
                               title=f"{entry['kind']} {entry['title']}")
        for key, entry in raw.items()
    }


def _event(entry: Mapping[str, Any], documents: Mapping[str, DocumentRef], *, event_id: str,
           before: Iterable[str], transfers: Iterable[Transfer]) -> ChangeEvent:
    return ChangeEvent(event_id, entry.get("kind", "rename"), entry["effective"], tuple(before),
                       tuple(transfers), tuple(documents[key] for key in entry["basis"]),
                       entry.get("confidence", "S"), entry.get("note"))


def _build_events(data: Mapping[str, Any], catalogue: AgencyCatalogue) -> tuple[ChangeEvent, ...]:
    documents = _documents(data["documents"])
    events: list[ChangeEvent] = []
    for entry in data["central"]:
        events.append(_event(entry, documents, event_id=entry["id"], before=entry["before"],
                             transfers=[Transfer(t["to"], t["functions"]) for t in entry["transfers"]]))
    # Renames and mergers of areas carry every body of the old area to the same body of the new.
    area_moves: list[tuple[Mapping[str, Any], str, str]] = []
    for entry in data["renames"]:
        area_moves.append((entry, entry["from"], entry["to"]))
    for entry in data["mergers"]:
        area_moves.extend((entry, old, entry["to"]) for old in entry["from"])
    for entry, old, new in area_moves:
        kind = "rename" if entry in data["renames"] else "merger"
        # A caller's catalogue may not know the area at all: then it has nothing to move.
        for agency in [agency for agency in catalogue if agency.area == old]:
            key = agency.id.split("/", 1)[1]
            target = f"{new}/{key}"
            if target not in catalogue:
                continue  # the body had ended before the area changed; its own event routes it
            events.append(_event({**entry, "kind": kind}, documents,
                                 event_id=f"{entry['effective'][:4]}-{old}-{new}-{key}",
                                 before=[agency.id], transfers=[Transfer(target)]))
    moved_to = {old: new for _, old, new in area_moves}
    # Department and district rules apply in every area where the body existed.
    for rule in data["provincial"]:
        day = as_date(rule["effective"])
        for area in catalogue.areas:
            source = f"{area.id}/{rule['before']}"
            if source not in catalogue or catalogue.get(source).dissolved != day:
                continue
            transfers = [Transfer(_living(catalogue, area.id, t["to"], day, moved_to), t["functions"])
                         for t in rule["transfers"]]
            events.append(_event(rule, documents, event_id=f"{rule['id']}-{area.id}",
                                 before=[source], transfers=transfers))
    return tuple(sorted(events, key=lambda event: (event.effective, event.id)))


def _living(catalogue: AgencyCatalogue, area: str, key: str, day: pendulum.Date,
            moved_to: Mapping[str, str]) -> str:
    """The body ``key`` of ``area`` on ``day``, following the area if it was merged that day."""
    target = f"{area}/{key}"
    while target in catalogue and not catalogue.get(target).exists_on(day) and area in moved_to:
        area = moved_to[area]
        target = f"{area}/{key}"
    return target


@functools.lru_cache(maxsize=8)
def _bundled_events(catalogue: AgencyCatalogue) -> tuple[ChangeEvent, ...]:
    """The bundled events for a catalogue, built once per catalogue, not once per query."""
    raw = resources.files("quanhelaodong.agencies").joinpath("data", "reorganisation.json").read_text("utf-8")
    return _build_events(json.loads(raw), catalogue)


def change_events(*, catalogue: AgencyCatalogue | None = None,
                  data: Mapping[str, Any] | None = None) -> tuple[ChangeEvent, ...]:
    """Every change event, in date order (the bundled 2025 reorganisation by default).

    >>> events = change_events()
    >>> [e.id for e in events if e.before == ("vn/bo-ldtbxh",)]
    ['2025-molisa']
    """
    if data is None:
        return _bundled_events(catalogue or default_catalogue())
    return _build_events(data, catalogue or default_catalogue())


@functools.cache
def _events_by_source(events: tuple[ChangeEvent, ...]) -> dict[str, tuple[ChangeEvent, ...]]:
    index: dict[str, list[ChangeEvent]] = {}
    for event in events:
        for agency_id in event.before:
            index.setdefault(agency_id, []).append(event)
    return {key: tuple(value) for key, value in index.items()}


def successors(agency: str | Agency, on: object = None, function: AgencyFunction | str | None = None,
               *, catalogue: AgencyCatalogue | None = None,
               events: tuple[ChangeEvent, ...] | None = None) -> Succession:
    """Who holds ``agency``'s ``function`` on ``on`` (default: today), following every event.

    Without a function, a split answers with all its receivers (``ambiguous``).

    >>> today = successors("thua-thien-hue/so-ldtbxh", on="2026-11-22", function="labour_relations")
    >>> [a.id for a in today.agencies], [e.kind.value for e in today.events]
    (['hue/so-noi-vu'], ['rename', 'split'])
    >>> successors("thua-thien-hue/so-ldtbxh", on="2023-06-01").agencies[0].id
    'thua-thien-hue/so-ldtbxh'
    """
    catalogue = catalogue or default_catalogue()
    original = agency if isinstance(agency, Agency) else catalogue.get(agency)
    day = pendulum.today().date() if on is None else as_date(on)
    wanted = None if function is None else as_choice(AgencyFunction, function, "function")
    by_source = _events_by_source(events if events is not None else change_events(
        catalogue=catalogue))
    current = [original.id]
    path: list[ChangeEvent] = []
    seen: set[str] = set()
    changed = True
    while changed:
        changed = False
        following: list[str] = []
        for agency_id in current:
            due = [e for e in by_source.get(agency_id, ()) if e.effective <= day]
            if not due or agency_id in seen:
                following.append(agency_id)
                continue
            seen.add(agency_id)
            event = due[0]
            if event not in path:
                path.append(event)
            following.extend(event.targets(wanted))
            changed = True
        current = list(dict.fromkeys(following))
    return Succession(original, day, wanted, tuple(catalogue.get(a) for a in current),
                      tuple(path))
