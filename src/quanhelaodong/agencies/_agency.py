"""Agencies: the bodies of the three sides, and the collective parties plans name.

An :class:`Agency` follows the Popolo/W3C ORG habit: a stable id, one name, other
names (abbreviations, misspellings seen in real texts, former names), one
classification, founding and dissolution dates. Collective parties that plans
address as a group ("UBND các huyện, thị xã, thành phố Huế", "các doanh nghiệp")
are agencies with ``collective=True``, so they can hold tasks and still be told
apart from single bodies.
"""

from __future__ import annotations

import enum
import re
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import (
    as_choice,
    as_optional_date,
    as_optional_text,
    as_text,
    as_texts,
    non_empty,
)
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.rows import Column, shorten

__all__ = ["Agency", "Classification", "Level", "Side"]

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*$")


class Side(enum.StrEnum):
    """Which of the three sides ("ba bên") a body belongs to.

    >>> from quanhelaodong.agencies import resolve_agency
    >>> [resolve_agency(name).side.vietnamese for name in ("Bộ LĐTBXH", "Tổng LĐLĐ Việt Nam", "VCCI")]
    ['Nhà nước', 'người lao động', 'người sử dụng lao động']
    """

    STATE = "state"
    WORKERS = "workers"
    EMPLOYERS = "employers"
    #: A collective party that spans sides, e.g. "các cơ quan có liên quan".
    MIXED = "mixed"
    #: Not known: a provisional body whose name does not say which side it is on.
    UNKNOWN = "unknown"

    @property
    def vietnamese(self) -> str:
        return _SIDE_VI[self]


_SIDE_VI = {
    Side.STATE: "Nhà nước",
    Side.WORKERS: "người lao động",
    Side.EMPLOYERS: "người sử dụng lao động",
    Side.UNKNOWN: "chưa rõ",
    Side.MIXED: "nhiều bên",
}


class Level(enum.StrEnum):
    """Administrative level of a body.

    >>> from quanhelaodong.agencies import resolve_agency
    >>> names = ("Bộ LĐTBXH", "UBND tỉnh", "UBND cấp huyện")
    >>> [resolve_agency(name, area="thua-thien-hue").level.value for name in names]
    ['central', 'province', 'district']
    """

    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    GRASSROOTS = "grassroots"


class Classification(enum.StrEnum):
    """What kind of body an agency is: one classification per agency.

    >>> from quanhelaodong.agencies import resolve_agency
    >>> resolve_agency("LĐLĐ tỉnh", area="thua-thien-hue").classification.value
    'labour_federation'
    >>> resolve_agency("VCCI").classification.value
    'chamber_of_commerce'
    """

    GOVERNMENT = "government"
    MINISTRY = "ministry"
    PEOPLES_COMMITTEE = "peoples_committee"
    PEOPLES_COUNCIL = "peoples_council"
    DEPARTMENT = "department"
    ZONE_AUTHORITY = "zone_authority"
    SOCIAL_INSURANCE = "social_insurance"
    POLICE = "police"
    GENERAL_CONFEDERATION = "general_confederation"
    LABOUR_FEDERATION = "labour_federation"
    UPPER_LEVEL_UNION = "upper_level_union"
    GRASSROOTS_UNION = "grassroots_union"
    #: The union system at several levels at once ("các cấp công đoàn").
    TRADE_UNIONS = "trade_unions"
    CHAMBER_OF_COMMERCE = "chamber_of_commerce"
    BUSINESS_ASSOCIATION = "business_association"
    COOPERATIVE_ALLIANCE = "cooperative_alliance"
    EMPLOYERS_REPRESENTATIVE = "employers_representative"
    ENTERPRISE = "enterprise"
    LABOUR_MEDIATOR = "labour_mediator"
    LABOUR_ARBITRATION = "labour_arbitration"
    MEDIA = "media"
    #: Socio-political and mass organisations ("các tổ chức đoàn thể").
    MASS_ORGANISATIONS = "mass_organisations"
    MIXED_BODIES = "mixed_bodies"
    #: An office ("Văn phòng ..."), e.g. of a People's Committee or of a commune.
    OFFICE = "office"
    #: A body of a kind this list does not name (a centre, a court, a steering board).
    OTHER = "other"


def _check_id(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _ID.match(value):
        raise InvalidValueError(
            f"{attribute.name} {value!r} is not a slug path like 'thua-thien-hue/so-ldtbxh'"
        )


def _check_flag(_instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidValueError(f"{attribute.name} must be True or False, got "
                                f"{type(value).__name__} {value!r}")


def _as_classification(value: object) -> Classification:
    return as_choice(Classification, value, "classification")


def _as_side(value: object) -> Side:
    return as_choice(Side, value, "side")


def _as_optional_level(value: object) -> Level | None:
    return None if value is None else as_choice(Level, value, "level")


@attrs.frozen(repr=False)
class Agency:
    """A body that can lead, partner or implement tasks, or a collective party.

    >>> from quanhelaodong.agencies import resolve_agency
    >>> labour = resolve_agency("Sở LĐ-TB&XH", area="thua-thien-hue")
    >>> labour.id, labour.side.value, labour.level.value
    ('thua-thien-hue/so-ldtbxh', 'state', 'province')
    >>> labour.is_collective
    False
    >>> labour
    Agency('thua-thien-hue/so-ldtbxh', 'Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế')
    """

    table_columns: ClassVar[tuple[Column, ...]] = (Column("id", lambda row: row.id),
                                                   Column("name", lambda row: row.name, 80))

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(converter=as_text, validator=non_empty)
    classification: Classification = attrs.field(converter=_as_classification)
    side: Side = attrs.field(converter=_as_side)
    level: Level | None = attrs.field(
        default=None, converter=_as_optional_level
    )
    area: str | None = attrs.field(default=None, kw_only=True, converter=as_optional_text)
    parent: str | None = attrs.field(default=None, kw_only=True, converter=as_optional_text)
    other_names: tuple[str, ...] = attrs.field(default=(), converter=as_texts, kw_only=True)
    founded: pendulum.Date | None = attrs.field(
        default=None, converter=as_optional_date, kw_only=True
    )
    dissolved: pendulum.Date | None = attrs.field(
        default=None, converter=as_optional_date, kw_only=True
    )
    collective: bool = attrs.field(default=False, kw_only=True, validator=_check_flag)
    #: A body no catalogue knew when the document was read: kept as written, to be mapped.
    provisional: bool = attrs.field(default=False, kw_only=True, validator=_check_flag)

    @dissolved.validator
    def _dissolved_after_founding(
        self, _attribute: attrs.Attribute[pendulum.Date | None], value: pendulum.Date | None
    ) -> None:
        if value is not None and self.founded is not None and value < self.founded:
            raise InvalidValueError(
                f"agency {self.id!r} is dissolved ({value}) before it is founded ({self.founded})"
            )

    @property
    def is_collective(self) -> bool:
        """True for a collective party ("các doanh nghiệp"), False for a single body."""
        return self.collective

    def exists_on(self, day: pendulum.Date) -> bool:
        """Whether the agency existed on ``day`` (founded on or before it, not yet dissolved).

        >>> a = Agency("x/so-a", "Sở A", "department", "state", founded="2000-01-01",
        ...            dissolved="2025-03-01")
        >>> a.exists_on(pendulum.Date(2025, 2, 28)), a.exists_on(pendulum.Date(2025, 3, 1))
        (True, False)
        """
        if self.founded is not None and day < self.founded:
            return False
        return self.dissolved is None or day < self.dissolved

    @property
    def all_names(self) -> tuple[str, ...]:
        """The name followed by every other name."""
        return (self.name, *self.other_names)

    def __repr__(self) -> str:
        # Other names run to dozens for some bodies: the id and the name say which one it is.
        flag = ", provisional=True" if self.provisional else ""
        return f"Agency({self.id!r}, {shorten(self.name, 90)!r}{flag})"
