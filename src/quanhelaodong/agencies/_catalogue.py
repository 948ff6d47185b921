"""The catalogue of known agencies and :func:`resolve_agency`.

Plans name agencies relative to their issuer: "UBND tỉnh", "LĐLĐ tỉnh", "Sở
LĐ-TB&XH" mean the bodies of the plan's own province. The catalogue generates,
for every area, the provincial bodies and collective parties from templates in
``agencies/data/agencies.json`` and indexes every name they go by, absolute ("Sở Lao động -
Thương binh và Xã hội tỉnh Thừa Thiên Huế") or relative ("Sở LĐTBXH"). Lookups
ignore case, diacritics, dashes and punctuation, so "LĐLD tỉnh" (a typo seen in
seed 004) finds "LĐLĐ tỉnh".
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import attrs
import pendulum

from quanhelaodong._fields import as_optional_date, as_optional_text, as_text
from quanhelaodong.agencies._agency import Agency
from quanhelaodong.agencies._unit_lists import unit_list_key
from quanhelaodong.errors import InvalidValueError, UnknownAgencyError
from quanhelaodong.text import close_words, fold, match_key, nfc

__all__ = ["AgencyCatalogue", "Area", "default_catalogue", "resolve_agency"]

_LOCATION_PLACEMENTS = ("", " {unit}", " {area}", " {unit} {area}")


@attrs.frozen
class Area:
    """A provincial-level unit: ``unit`` is "tỉnh" (province) or "thành phố" (city).

    ``founded`` and ``dissolved`` bound the unit's life (Huế became a centrally-run
    city on 2025-01-01; 52 units were merged into 23 on 2025-07-01); the bodies the
    catalogue generates for the unit live within them.

    >>> old = next(area for area in default_catalogue().areas if area.id == "thua-thien-hue")
    >>> old.unit, old.dissolved.isoformat(), old.place("Sở Nội vụ {unit} {area}")
    ('tỉnh', '2025-01-01', 'Sở Nội vụ tỉnh Thừa Thiên Huế')
    """

    id: str
    name: str
    unit: str
    other_names: tuple[str, ...] = ()
    founded: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)
    dissolved: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)

    def exists_on(self, day: pendulum.Date) -> bool:
        if self.founded is not None and day < self.founded:
            return False
        return self.dissolved is None or day < self.dissolved

    def place(self, pattern: str, area_name: str | None = None) -> str:
        """Fill ``{unit}`` and ``{area}`` in a name pattern."""
        return nfc(pattern.format(unit=self.unit, area=area_name or self.name))


def _expand(pattern: str) -> list[str]:
    if "{loc}" not in pattern:
        return [pattern]
    return [pattern.replace("{loc}", placement) for placement in _LOCATION_PLACEMENTS]


class AgencyCatalogue:
    """Agencies by id and by every name they go by, absolute or relative to an area.

    >>> catalogue = default_catalogue()
    >>> catalogue.resolve("Ban QL KKT, CN tỉnh", area="thua-thien-hue").name
    'Ban Quản lý Khu kinh tế, công nghiệp tỉnh Thừa Thiên Huế'
    >>> catalogue.resolve("Liên đoàn Lao động tỉnh Thái Nguyên").id
    'thai-nguyen/ldld'
    >>> catalogue
    <AgencyCatalogue of ... agencies in ... areas>
    """

    def __init__(self, agencies: Iterable[Agency], areas: Iterable[Area] = (),
                 relative_names: Mapping[str, Mapping[str, str]] | None = None):
        self._by_id: dict[str, Agency] = {}
        for agency in agencies:
            if not isinstance(agency, Agency):
                raise InvalidValueError(f"a catalogue holds agencies, got {agency!r}")
            if agency.id in self._by_id:
                raise InvalidValueError(f"agency id {agency.id!r} is defined twice in the catalogue")
            self._by_id[agency.id] = agency
        self._relative_names = {area: dict(names) for area, names in (relative_names or {}).items()}
        unknown = sorted({agency_id for names in self._relative_names.values()
                          for agency_id in names.values() if agency_id not in self._by_id})
        if unknown:
            raise InvalidValueError(f"relative names point to agencies nobody defines: "
                                    f"{', '.join(unknown)}")
        self._ids_by_area: dict[str, list[str]] = {}
        for agency_id in self._by_id:
            self._ids_by_area.setdefault(agency_id.rpartition("/")[0], []).append(agency_id)
        self._areas = {area.id: area for area in areas}
        # Several units can share a name (An Giang before and after 2025): a key keeps them all.
        self._area_keys: dict[str, list[str]] = {}
        for area in self._areas.values():
            # Documents name a unit with its kind as often as without: "Thành phố Hồ Chí
            # Minh", "TP. Hồ Chí Minh", "tỉnh Đồng Nai".
            units = (area.unit, *(("TP",) if fold(area.unit) == "thanh pho" else ()))
            written = (area.name, *area.other_names)
            for name in (area.id, *written, *(f"{unit} {name}" for unit in units for name in written)):
                ids = self._area_keys.setdefault(match_key(name), [])
                if area.id not in ids:
                    ids.append(area.id)
        # A name can belong to several bodies over time ("Sở Nội vụ tỉnh An Giang" before
        # and after the 2025 merger): the index keeps them all, oldest first.
        self._absolute: dict[str, list[str]] = {}
        self._absolute_display: dict[str, str] = {}
        for agency in self._by_id.values():
            for name in agency.all_names:
                ids = self._absolute.setdefault(match_key(name), [])
                if agency.id not in ids:
                    ids.append(agency.id)
                self._absolute_display.setdefault(match_key(name), name)
        self._relative: dict[str, dict[str, str]] = {}
        self._pools: dict[str | None, dict[str, str]] = {}
        self._relative_display: dict[str, dict[str, str]] = {}
        self._generic_display: dict[str, str] = {}
        for area_id, names in (relative_names or {}).items():
            index = self._relative.setdefault(area_id, {})
            display = self._relative_display.setdefault(area_id, {})
            for name, agency_id in names.items():
                index.setdefault(match_key(name), agency_id)
                display.setdefault(match_key(name), name)
                if "{" not in name:
                    self._generic_display.setdefault(match_key(name), name)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> AgencyCatalogue:
        """Build a catalogue from the structure of ``agencies/data/agencies.json``."""
        agencies = [Agency(**entry) for entry in data["central"]]
        areas: list[Area] = []
        relative: dict[str, dict[str, str]] = {}
        for raw_area in data["areas"]:
            area = Area(raw_area["id"], raw_area["name"], raw_area["unit"],
                        tuple(raw_area.get("other_names", ())), raw_area.get("founded"),
                        raw_area.get("dissolved"))
            areas.append(area)
            overrides = raw_area.get("overrides", {})
            names_here = relative.setdefault(area.id, {})
            for template in data["provincial"]:
                made = _instantiate(template, area, overrides.get(template["key"], {}))
                if made is None:
                    continue
                agency, relative_names = made
                agencies.append(agency)
                for name in relative_names:
                    names_here.setdefault(name, agency.id)
        return cls(agencies, areas, relative)

    def extended(self, agencies: Iterable[Agency] = (), *, areas: Iterable[Area] = (),
                 relative_names: Mapping[str, Mapping[str, str]] | None = None,
                 ) -> AgencyCatalogue:
        """A new catalogue: this one with your own agencies, areas and relative names added.

        ``relative_names`` maps an area id to the names its documents use for its own
        bodies ("UBND phường", "Công an phường"), each to an agency id. Every query,
        as-of answer and validation given the new catalogue uses it. An id that is
        already in the catalogue is refused, so nothing is replaced by accident.

        >>> ward = "hue/phuong-thuan-hoa"
        >>> mine = default_catalogue().extended(
        ...     [Agency(f"{ward}/ubnd", "Ủy ban nhân dân phường Thuận Hóa", "peoples_committee",
        ...             "state", "commune", area=ward),
        ...      Agency(f"{ward}/cong-an", "Công an phường Thuận Hóa", "police", "state", "commune",
        ...             area=ward)],
        ...     areas=[Area(ward, "Thuận Hóa", "phường", founded="2025-07-01")],
        ...     relative_names={ward: {"UBND phường": f"{ward}/ubnd", "Công an phường": f"{ward}/cong-an"}})
        >>> mine.resolve("Công an phường", area=ward).name
        'Công an phường Thuận Hóa'
        >>> len(mine) - len(default_catalogue())
        2
        """
        merged = {area: dict(names) for area, names in self._relative_names.items()}
        for area, names in (relative_names or {}).items():
            merged.setdefault(area, {}).update(names)
        return AgencyCatalogue([*self, *agencies], [*self.areas, *areas], merged)

    def __contains__(self, agency_id: object) -> bool:
        return agency_id in self._by_id

    def __iter__(self) -> Iterator[Agency]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __repr__(self) -> str:
        return f"<AgencyCatalogue of {len(self._by_id)} agencies in {len(self._areas)} areas>"

    @property
    def areas(self) -> tuple[Area, ...]:
        return tuple(self._areas.values())

    def get(self, agency_id: str) -> Agency:
        """The agency with this id; :class:`UnknownAgencyError` if there is none."""
        try:
            return self._by_id[agency_id]
        except KeyError:
            raise UnknownAgencyError(
                agency_id, suggestions=lambda: self._close_ids(agency_id)) from None

    def _close_ids(self, agency_id: str) -> list[str]:
        # Search the closest area first, then within it: two small searches instead of
        # one over every id of every province.
        area, _, _ = agency_id.rpartition("/")
        areas = list(self._ids_by_area)
        close_areas = [area] if area in self._ids_by_area else close_words(area, areas, limit=1)
        candidates = [i for a in close_areas for i in self._ids_by_area[a]]
        return close_words(agency_id, candidates)

    def area_id(self, area: str, on: object = None) -> str:
        """Normalise an area given by id or name ("Thừa Thiên Huế") to its id.

        A name several units have borne means, on a date ``on``, the unit that
        existed then; without a date, the earliest (the unit before the 2025
        reorganisation).

        >>> catalogue = default_catalogue()
        >>> catalogue.area_id("An Giang"), catalogue.area_id("An Giang", on="2026-01-01")
        ('an-giang', 'an-giang-2025')
        >>> catalogue.area_id("Thành phố Hồ Chí Minh") == catalogue.area_id("TP. Hồ Chí Minh")
        True
        """
        found = self.find_area(area, on)
        if found is None:
            known = [a.name for a in self._areas.values()]
            raise UnknownAgencyError(area, suggestions=close_words(area, known))
        return found

    def find_area(self, area: str, on: object = None) -> str | None:
        """Like :meth:`area_id`, but None when no area bears the name (for callers trying
        many candidates, such as a reader looking for a province named in running text).

        >>> default_catalogue().find_area("Thanh Hóa"), default_catalogue().find_area("Sở Y tế")
        ('thanh-hoa', None)
        """
        if area in self._areas:
            return area
        candidates = self._area_keys.get(match_key(area))
        if candidates is None:
            return None
        if on is not None:
            day = as_optional_date(on)
            for candidate in candidates:
                if day is not None and self._areas[candidate].exists_on(day):
                    return candidate
        return candidates[0]

    def in_area(self, area: str) -> tuple[Agency, ...]:
        """Every catalogue agency of one area, in catalogue order."""
        area_id = self.area_id(area)
        return tuple(agency for agency in self._by_id.values() if agency.area == area_id)

    def resolve(self, name: str, area: str | None = None, on: object = None) -> Agency:
        """Find the agency ``name`` refers to, relative names read in ``area``.

        An id is accepted as its own name. Raises :class:`UnknownAgencyError`
        with the closest known names when nothing matches.
        """
        found = self.find(name, area, on)
        if found is not None:
            return found
        area_id = self.area_id(area, on) if area is not None else None
        raise UnknownAgencyError(name, area=area_id,
                                 suggestions=lambda: self.suggest(name, area_id))

    def find(self, name: str, area: str | None = None, on: object = None) -> Agency | None:
        """Like :meth:`resolve`, but None when nothing matches (for callers trying many names)."""
        # Checked only: the name is kept as written for the error's message.
        as_text(name)
        as_optional_text(area)
        if name in self._by_id:
            return self._by_id[name]
        key = match_key(name)
        area_id = self.area_id(area, on) if area is not None else None
        if area_id is not None and key in self._relative.get(area_id, {}):
            return self._by_id[self._relative[area_id][key]]
        if key in self._absolute:
            return self._on(self._absolute[key], on)
        # A collective is written with or without its "các": "tổ chức chính trị - xã hội tỉnh".
        # (Keys are letters only, so "các" is the key's "cac" prefix; the rare name that opens
        # with another word spelt "cac..." finds nothing under the shortened key.)
        toggled = key[3:] if key.startswith("cac") else f"cac{key}"
        if area_id is not None and toggled in self._relative.get(area_id, {}):
            return self._by_id[self._relative[area_id][toggled]]
        if toggled in self._absolute and self._by_id[self._absolute[toggled][0]].is_collective:
            return self._on(self._absolute[toggled], on)
        listed = unit_list_key(name) if key.startswith(_UNIT_LIST_OPENINGS) else None
        if listed is not None and listed != key:
            if area_id is not None and listed in self._relative.get(area_id, {}):
                return self._by_id[self._relative[area_id][listed]]
            if listed in self._absolute:
                return self._on(self._absolute[listed], on)
        return None

    def _on(self, ids: list[str], on: object) -> Agency:
        """Of bodies sharing a name, the one that existed on ``on``; else the oldest."""
        day = as_optional_date(on)
        if day is not None:
            for agency_id in ids:
                if self._by_id[agency_id].exists_on(day):
                    return self._by_id[agency_id]
        return self._by_id[ids[0]]

    def suggest(self, name: str, area: str | None = None, limit: int = 3) -> list[str]:
        """The known names closest to ``name``, best first."""
        area_id = None if area is None else self.area_id(area)
        displays = self._suggestion_pool(area_id)
        return [displays[key] for key in close_words(match_key(name), displays, limit=limit)]

    def _suggestion_pool(self, area_id: str | None) -> dict[str, str]:
        """The names worth suggesting, by match key: built once per area, then reused."""
        found = self._pools.get(area_id)
        if found is not None:
            return found
        if area_id is None:
            # Without an area, the central bodies and the generic relative forms ("Sở
            # LĐTBXH") are the useful hints, and a small pool keeps this fast.
            found = {key: name for key, name in self._absolute_display.items()
                     if self._by_id[self._absolute[key][0]].area is None}
            found.update(self._generic_display)
        else:
            # Within an area, only its own bodies and the central ones are plausible.
            found = {key: name for key, name in self._absolute_display.items()
                     if self._by_id[self._absolute[key][0]].area in (area_id, None)}
            found.update(self._relative_display.get(area_id, {}))
        self._pools[area_id] = found
        return found


# The keys a unit list can open with: its head ("UBND", "Liên đoàn Lao động") or "các".
_UNIT_LIST_OPENINGS = ("ubnd", "uybannhandan", "ldld", "liendoanlaodong", "cac")


def _later(*days: pendulum.Date | None) -> pendulum.Date | None:
    known = [day for day in days if day is not None]
    return max(known) if known else None


def _earlier(*days: pendulum.Date | None) -> pendulum.Date | None:
    known = [day for day in days if day is not None]
    return min(known) if known else None


def _instantiate(template: Mapping[str, Any], area: Area,
                 override: Mapping[str, Any]) -> tuple[Agency, list[str]] | None:
    """The template's body in ``area``, or None if it never existed there.

    A body lives while both its kind (a department abolished in 2025) and its
    area (a province merged in 2025) exist.
    """
    founded = _later(as_optional_date(template.get("founded")), area.founded)
    dissolved = _earlier(as_optional_date(template.get("dissolved")), area.dissolved)
    if founded is not None and dissolved is not None and dissolved <= founded:
        return None
    patterns = [*template["names"], *override.get("names", ())]
    names = [expanded for pattern in patterns for expanded in _expand(pattern)]
    absolute = [area.place(name) for name in names if "{area}" in name]
    absolute += [
        area.place(name, other) for name in names if "{area}" in name for other in area.other_names
    ]
    relative = [area.place(name) for name in names if "{area}" not in name]
    canonical = nfc(override.get("name") or area.place(template["name"]))
    parent = template.get("parent")
    if parent is not None and parent.startswith("@"):
        parent = f"{area.id}/{parent[1:]}"
    other_names = tuple(dict.fromkeys(n for n in absolute if n != canonical))
    agency = Agency(
        f"{area.id}/{template['key']}",
        canonical,
        template["classification"],
        template["side"],
        template.get("level"),
        area=area.id,
        parent=parent,
        other_names=other_names,
        collective=template.get("collective", False),
        founded=founded,
        dissolved=dissolved,
    )
    return agency, relative


def _load_catalogue_data() -> dict[str, Any]:
    raw = resources.files("quanhelaodong.agencies").joinpath("data", "agencies.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@functools.cache
def default_catalogue() -> AgencyCatalogue:
    """The catalogue bundled with the library (``agencies/data/agencies.json``), built once."""
    return AgencyCatalogue.from_data(_load_catalogue_data())


def resolve_agency(name: str, area: str | None = None, *, on: object = None,
                   catalogue: AgencyCatalogue | None = None) -> Agency:
    """Resolve an agency name as written in a plan, relative names read in ``area``.

    >>> resolve_agency("LĐLD tỉnh", area="Thừa Thiên Huế").name
    'Liên đoàn Lao động tỉnh Thừa Thiên Huế'
    >>> resolve_agency("UBND các huyện, thị xã, thành phố Huế", area="thua-thien-hue").is_collective
    True
    >>> resolve_agency("Sở Lao động xã hội", area="thua-thien-hue")
    Traceback (most recent call last):
    ...
    quanhelaodong.errors.UnknownAgencyError: unknown agency 'Sở Lao động xã hội' ...; closest known: ...
    """
    return (catalogue or default_catalogue()).resolve(name, area, on)
