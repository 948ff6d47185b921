"""Fuzz ``resolve_agency`` and ``AgencyCatalogue.find``: a name (and an area, a date) found,
or an UnknownAgencyError.

The first byte picks the area among the catalogue's (or none, or the rest of the
text), the second the date.

    python3 fuzz/fuzz_agencies.py -max_total_time=600 -timeout=10 -max_len=4096
"""

from __future__ import annotations

from collections.abc import Iterator

from _harness import bundled_strings, label_strings, main, text_of

from quanhelaodong import resolve_agency
from quanhelaodong.agencies import default_catalogue

_CATALOGUE = default_catalogue()
_AREAS: list[str | None] = [None, *sorted({agency.area for agency in _CATALOGUE if agency.area})]
_DATES: tuple[str | None, ...] = (None, "2023-05-12", "2025-07-01", "0001-01-01", "9999-12-31")


def target(data: bytes) -> None:
    if len(data) < 2:
        return
    text = text_of(data[2:])
    area_choice = data[0] % (len(_AREAS) + 1)
    if area_choice == len(_AREAS):
        name, _, area = text.partition("|")
        area_or_none: str | None = area
    else:
        name, area_or_none = text, _AREAS[area_choice]
    on = _DATES[data[1] % len(_DATES)]
    _CATALOGUE.find(name, area_or_none, on=on)
    resolve_agency(name, area=area_or_none, on=on)


def seeds() -> Iterator[bytes]:
    names = set(label_strings("lead", "partners", "issuer", "reporters", "recipient", "via"))
    names.update(bundled_strings("name"))
    for index, name in enumerate(sorted(names)):
        yield bytes([index % 251, index % 5]) + name.encode("utf-8")


if __name__ == "__main__":
    main("agencies", target, seeds)
