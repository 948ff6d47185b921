"""Dialogues with workers and the recommendations ("kiến nghị") raised at them.

A dialogue has its organisers (lead and partners), the post that chairs it (a post
outlives whoever holds it), a venue, a participant count with the qualifier the
text uses ("hơn 1.000"), topics, and recommendations: itemised, each with the
body that must answer it and the dates it was answered and resolved, or only
counted ("639 written and 22 spoken") when that is all a source says.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs
import pendulum

from quanhelaodong.assignments import Assignment
from quanhelaodong.dates import as_optional_date
from quanhelaodong.quantities import Quantity
from quanhelaodong.text import nfc

__all__ = [
    "Channel",
    "Dialogue",
    "DialogueKind",
    "Recommendation",
    "RecommendationCounts",
    "RecommendationStatus",
]


class DialogueKind(enum.StrEnum):
    #: "gặp gỡ, đối thoại giữa lãnh đạo ... với công nhân lao động".
    LEADERS_WITH_WORKERS = "leaders_with_workers"
    #: "đối thoại chính sách".
    POLICY = "policy"
    #: "đối thoại tại nơi làm việc" (Labour Code 2019 Art. 63).
    WORKPLACE = "workplace"


class Channel(enum.StrEnum):
    WRITTEN = "written"
    SPOKEN = "spoken"


class RecommendationStatus(enum.StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    RESOLVED = "resolved"


def _texts(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(nfc(value) for value in values)


def _organisers(values: Iterable[Assignment]) -> tuple[Assignment, ...]:
    return tuple(values)


@attrs.frozen
class Recommendation:
    """One recommendation raised by workers, and what became of it."""

    id: str
    text: str = attrs.field(converter=nfc)
    channel: Channel = attrs.field(converter=Channel)
    topic: str | None = None
    assigned_to: str | None = None
    due: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)
    answered: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)
    resolved: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)

    def status(self, as_of: pendulum.Date) -> RecommendationStatus:
        """Where the recommendation stands on ``as_of``."""
        if self.resolved is not None and self.resolved <= as_of:
            return RecommendationStatus.RESOLVED
        if self.answered is not None and self.answered <= as_of:
            return RecommendationStatus.ANSWERED
        return RecommendationStatus.OPEN


@attrs.frozen
class RecommendationCounts:
    """Recommendations a source only counts: "639 ý kiến bằng văn bản và 22 ý kiến trực tiếp"."""

    written: int | None = None
    spoken: int | None = None
    answered: int | None = None
    resolved: int | None = None

    @property
    def total(self) -> int | None:
        if self.written is None and self.spoken is None:
            return None
        return (self.written or 0) + (self.spoken or 0)


def _recommendations(values: Iterable[Recommendation]) -> tuple[Recommendation, ...]:
    return tuple(values)


@attrs.frozen
class Dialogue:
    """A dialogue: who organised it, who chaired, where, how many came, what was raised.

    ``held`` is the day; when a source gives only a period ("Tháng Công nhân
    2022"), ``held`` is None and ``timeframe`` keeps the phrase.
    """

    id: str
    kind: DialogueKind = attrs.field(converter=DialogueKind)
    title: str = attrs.field(converter=nfc)
    held: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date, kw_only=True)
    timeframe: str | None = attrs.field(default=None, kw_only=True)
    level: str | None = attrs.field(default=None, kw_only=True)
    organisers: tuple[Assignment, ...] = attrs.field(default=(), converter=_organisers,
                                                      kw_only=True)
    chair: str | None = attrs.field(default=None, kw_only=True)
    venue: str | None = attrs.field(default=None, kw_only=True)
    participants: Quantity | None = attrs.field(default=None, kw_only=True)
    topics: tuple[str, ...] = attrs.field(default=(), converter=_texts, kw_only=True)
    recommendations: tuple[Recommendation, ...] = attrs.field(
        default=(), converter=_recommendations, kw_only=True)
    counts: RecommendationCounts | None = attrs.field(default=None, kw_only=True)
    source: str | None = attrs.field(default=None, kw_only=True)
