"""Dialogues with workers and the recommendations ("kiến nghị") raised at them.

A dialogue has its organisers (lead and partners), the post that chairs it (a post
outlives whoever holds it), a venue, a participant count with the qualifier the
text uses ("hơn 1.000"), topics, and recommendations: itemised, each with the
body that must answer it and the dates it was answered and resolved, or only
counted ("639 written and 22 spoken") when that is all a source says.
"""

from __future__ import annotations

import enum
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_optional_date, as_text, as_texts, as_tuple, each
from quanhelaodong.deadlines import Timeframe, as_timeframe
from quanhelaodong.programmes._assignments import Assignment
from quanhelaodong.programmes._quantities import Quantity
from quanhelaodong.rows import Column, shorten

__all__ = [
    "Dialogue",
    "DialogueKind",
    "Recommendation",
    "RecommendationChannel",
    "RecommendationCounts",
    "RecommendationStatus",
]


class DialogueKind(enum.StrEnum):
    """What kind of dialogue: leaders with workers, on a policy, or at the workplace.

    >>> DialogueKind("workplace").value
    'workplace'
    """

    #: "gặp gỡ, đối thoại giữa lãnh đạo ... với công nhân lao động".
    LEADERS_WITH_WORKERS = "leaders_with_workers"
    #: "đối thoại chính sách".
    POLICY = "policy"
    #: "đối thoại tại nơi làm việc" (Labour Code 2019 Art. 63).
    WORKPLACE = "workplace"


class RecommendationChannel(enum.StrEnum):
    """How a recommendation was raised: in writing or spoken at the dialogue.

    >>> Recommendation("kn-1", "Tăng phụ cấp nhà trọ", "spoken").channel
    <RecommendationChannel.SPOKEN: 'spoken'>
    """

    WRITTEN = "written"
    SPOKEN = "spoken"


class RecommendationStatus(enum.StrEnum):
    """Where a recommendation stands: open, answered, or resolved.

    >>> item = Recommendation("kn-1", "Tăng phụ cấp nhà trọ", "written", answered="2023-06-01",
    ...                       resolved="2023-09-01")
    >>> [item.status(pendulum.Date(2023, month, 1)).value for month in (5, 7, 10)]
    ['open', 'answered', 'resolved']
    """

    OPEN = "open"
    ANSWERED = "answered"
    RESOLVED = "resolved"


def _as_recommendation_channel(value: object) -> RecommendationChannel:
    return as_choice(RecommendationChannel, value, "channel")


@attrs.frozen(repr=False)
class Recommendation:
    """One recommendation raised by workers, and what became of it.

    >>> item = Recommendation("kn-1", "Tăng phụ cấp nhà trọ", "written", answered="2023-06-01")
    >>> item.status(pendulum.Date(2023, 5, 1)).value, item.status(pendulum.Date(2023, 7, 1)).value
    ('open', 'answered')
    >>> item
    Recommendation('kn-1', 'Tăng phụ cấp nhà trọ', channel='written', answered=2023-06-01)
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("id", lambda row: row.id), Column("text", lambda row: row.text, 50),
        Column("channel", lambda row: row.channel.value),
        Column("assigned to", lambda row: row.assigned_to, 40),
        Column("due", lambda row: row.due), Column("answered", lambda row: row.answered),
        Column("resolved", lambda row: row.resolved))

    id: str
    text: str = attrs.field(converter=as_text)
    channel: RecommendationChannel = attrs.field(converter=_as_recommendation_channel)
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

    def __repr__(self) -> str:
        # Workers' recommendations run to paragraphs; the fields left unset say nothing.
        known = [f"{name}={value!r}" for name, value in (("topic", self.topic),
                                                         ("assigned_to", self.assigned_to))
                 if value is not None]
        known += [f"{name}={day}" for name, day in (("due", self.due), ("answered", self.answered),
                                                    ("resolved", self.resolved)) if day is not None]
        return (f"Recommendation({self.id!r}, {shorten(self.text, 60)!r}, channel={self.channel.value!r}"
                f"{''.join(', ' + field for field in known)})")


@attrs.frozen
class RecommendationCounts:
    """Recommendations a source only counts: "639 ý kiến bằng văn bản và 22 ý kiến trực tiếp".

    >>> RecommendationCounts(written=639, spoken=22).total
    661
    """

    written: int | None = None
    spoken: int | None = None
    answered: int | None = None
    resolved: int | None = None

    @property
    def total(self) -> int | None:
        if self.written is None and self.spoken is None:
            return None
        return (self.written or 0) + (self.spoken or 0)


def _as_dialogue_kind(value: object) -> DialogueKind:
    return as_choice(DialogueKind, value, "kind")


@attrs.frozen(repr=False)
class Dialogue:
    """A dialogue: who organised it, who chaired, where, how many came, what was raised.

    ``held`` is the day; when a source gives only a period ("Tháng Công nhân
    2022"), ``held`` is None and ``timeframe`` keeps the phrase.

    >>> talk = Dialogue("dt-1", "leaders_with_workers", "Gặp gỡ công nhân",
    ...                 topics=["tiền lương", "nhà ở"])
    >>> talk.topics
    ('tiền lương', 'nhà ở')
    >>> talk
    Dialogue('dt-1', 'Gặp gỡ công nhân', kind='leaders_with_workers', topics=2, recommendations=0)
    """

    id: str
    kind: DialogueKind = attrs.field(converter=_as_dialogue_kind)
    title: str = attrs.field(converter=as_text)
    held: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date, kw_only=True)
    timeframe: Timeframe | None = attrs.field(default=None, converter=as_timeframe, kw_only=True)
    level: str | None = attrs.field(default=None, kw_only=True)
    organisers: tuple[Assignment, ...] = attrs.field(default=(), converter=as_tuple,
                                                      validator=each(Assignment),
                                                      kw_only=True)
    chair: str | None = attrs.field(default=None, kw_only=True)
    venue: str | None = attrs.field(default=None, kw_only=True)
    participants: Quantity | None = attrs.field(default=None, kw_only=True)
    topics: tuple[str, ...] = attrs.field(default=(), converter=as_texts, kw_only=True)
    recommendations: tuple[Recommendation, ...] = attrs.field(
        default=(), converter=as_tuple,
        validator=each(Recommendation), kw_only=True)
    counts: RecommendationCounts | None = attrs.field(default=None, kw_only=True)
    source: str | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        # Organisers, topics and recommendations are reachable as fields; the repr counts them.
        when = (f", held={self.held}" if self.held is not None else
                f", timeframe={str(self.timeframe)!r}" if self.timeframe is not None else "")
        total = self.counts.total if self.counts is not None else None
        counted = f", counted={total}" if total is not None else ""
        return (f"Dialogue({self.id!r}, {shorten(self.title, 60)!r}, kind={self.kind.value!r}{when}, "
                f"topics={len(self.topics)}, recommendations={len(self.recommendations)}{counted})")
