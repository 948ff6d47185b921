"""Dialogues with workers and the recommendations raised at them.

That a bare string is refused as a list of topics is a regression test in
``tests/test_regressions_layout.py``.
"""

from __future__ import annotations

import datetime

import pendulum
import pytest

from quanhelaodong.deadlines import DateRange
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.programmes import (
    Assignment,
    Dialogue,
    DialogueKind,
    Recommendation,
    RecommendationChannel,
    RecommendationCounts,
    RecommendationStatus,
    parse_quantity,
)
from tests.days import as_date


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_a_recommendation_is_open_then_answered_then_resolved() -> None:
    item = Recommendation("K1", "Nhà trọ", "written", answered="2023-06-20", resolved="2023-09-01")
    assert item.channel is RecommendationChannel.WRITTEN
    assert item.status(D("2023-06-19")) is RecommendationStatus.OPEN
    assert item.status(D("2023-06-20")) is RecommendationStatus.ANSWERED  # on the day itself
    assert item.status(D("2023-08-31")) is RecommendationStatus.ANSWERED
    assert item.status(D("2023-09-01")) is RecommendationStatus.RESOLVED
    # Resolved without a recorded answer is resolved all the same.
    settled = Recommendation("K2", "Xe buýt", "spoken", resolved="2023-07-01")
    assert settled.status(D("2023-07-01")) is RecommendationStatus.RESOLVED
    assert Recommendation("K3", "Nhà trẻ", "spoken").status(D("2030-01-01")) is (
        RecommendationStatus.OPEN)


def test_counts_add_up_only_what_the_source_gives() -> None:
    assert RecommendationCounts(written=639, spoken=22).total == 661
    assert RecommendationCounts(written=12).total == 12
    assert RecommendationCounts(spoken=5).total == 5
    assert RecommendationCounts(answered=3).total is None  # nothing counted as raised


def test_a_dialogue_reads_its_fields_once() -> None:
    talk = Dialogue("dt-1", "leaders_with_workers", "Gặp gỡ  công nhân ", held="2023-05-20",
                    timeframe="Tháng 5/2023", participants=parse_quantity("hơn 1.000 công nhân"),
                    organisers=[Assignment("x/ldld", "lead")], topics=["Ho\u0300a gia\u0309i"])
    assert talk.kind is DialogueKind.LEADERS_WITH_WORKERS
    assert talk.title == "Gặp gỡ công nhân"
    assert talk.held == D("2023-05-20")
    assert isinstance(talk.timeframe, DateRange)
    assert str(talk.timeframe) == "Tháng 5/2023"
    assert talk.topics == ("Hòa giải",)
    assert talk.participants is not None
    assert talk.participants.lower == 1000


def test_a_dialogue_refuses_what_it_cannot_hold() -> None:
    with pytest.raises(InvalidValueError, match=r"organisers\[0\] must be a Assignment"):
        Dialogue("d", "policy", "Đối thoại", organisers=["x/ldld"])
    with pytest.raises(InvalidValueError, match=r"recommendations\[1\]"):
        Dialogue("d", "policy", "Đối thoại",
                 recommendations=[Recommendation("K1", "x", "written"), "K2"])
    with pytest.raises(InvalidValueError, match="datetime"):
        Dialogue("d", "policy", "Đối thoại", held=datetime.datetime(2023, 5, 20, 8))
    with pytest.raises(InvalidValueError, match="kind must be one of"):
        Dialogue("d", "town_hall", "Đối thoại")
    with pytest.raises(InvalidValueError, match="channel must be one of"):
        Recommendation("K1", "x", "email")
