"""Change events described in Vietnamese: ``ChangeEvent.describe(lang="vi")``."""

from __future__ import annotations

import re

import attrs
import pytest

from quanhelaodong import load_bundled, successors
from quanhelaodong.agencies import ChangeEvent, ChangeKind, change_events
from quanhelaodong.errors import InvalidValueError

EVENTS = change_events()
WORDS_VI = {ChangeKind.MERGER: "hợp nhất", ChangeKind.SPLIT: "tách", ChangeKind.RENAME: "đổi tên",
            ChangeKind.TRANSFER: "chuyển giao chức năng", ChangeKind.DISSOLUTION: "giải thể"}
LINE_VI = re.compile(r"^(?P<kind>.+) ngày (?P<day>\d{2})/(?P<month>\d{2})/(?P<year>\d{4}) \((?P<laws>.*)\) "
                     r"\[(?P<confidence>\w)\]$")


def _event(before: str) -> ChangeEvent:
    return next(event for event in EVENTS if event.before == (before,))


def test_the_renaming_of_hue_in_vietnamese() -> None:
    hue = _event("thua-thien-hue/bhxh")
    assert hue.describe() == "rename on 2025-01-01 (175/2024/QH15) [S]"
    assert hue.describe(lang="vi") == "đổi tên ngày 01/01/2025 (175/2024/QH15) [S]"


def test_every_event_says_in_vietnamese_what_the_english_says() -> None:
    kinds = set()
    for event in EVENTS:
        found = LINE_VI.match(event.describe(lang="vi"))
        assert found, event
        assert found["kind"] == WORDS_VI[event.kind]
        day = event.effective
        assert (int(found["day"]), int(found["month"]), int(found["year"])) == (day.day, day.month, day.year)
        assert found["laws"] == ", ".join(ref.symbol for ref in event.basis)
        assert found["confidence"] == event.confidence
        assert event.describe(lang="en") == event.describe()
        kinds.add(event.kind)
    assert {ChangeKind.MERGER, ChangeKind.SPLIT, ChangeKind.RENAME} <= kinds


@pytest.mark.parametrize("kind", list(ChangeKind))
def test_every_kind_of_change_has_its_vietnamese_name(kind: ChangeKind) -> None:
    event = attrs.evolve(EVENTS[0], kind=kind, basis=())
    assert event.describe(lang="vi") == (f"{WORDS_VI[kind]} ngày {event.effective.format('DD/MM/YYYY')} "
                                         f"(chưa ghi nhận căn cứ pháp lý) [{event.confidence}]")


def test_the_bodies_of_the_bundled_plan_pass_on_their_tasks_in_vietnamese() -> None:
    plan = load_bundled("hue-2023")
    named = sorted({assignment.agency for task in plan.tasks for assignment in task.assignments})
    lines = [event.describe(lang="vi") for agency in named
             for event in successors(agency, on="2026-11-22", function="labour_relations").events]
    assert "tách ngày 01/03/2025 (45/2025/NĐ-CP) [S]" in lines  # the labour department, shared out
    assert "đổi tên ngày 01/01/2025 (175/2024/QH15) [S]" in lines
    assert all(LINE_VI.match(line) for line in lines)


@pytest.mark.parametrize("lang", ["fr", "VI", None])
def test_an_unknown_language_is_refused(lang: object) -> None:
    with pytest.raises(InvalidValueError, match="'en' or 'vi'"):
        EVENTS[0].describe(lang=lang)  # type: ignore[arg-type]
