"""What a programme and its progress become in rows, and the days read back from them."""

from __future__ import annotations

import contextlib
import datetime
import functools
import json
from typing import Any

import attrs
import pendulum

from quanhelaodong._fields import as_date
from quanhelaodong.deadlines import (
    BeforeReading,
    Recurring,
    Timeframe,
    WorkingCalendar,
    anchor_timeframe,
    read_timeframe,
)
from quanhelaodong.errors import QuanHeLaoDongError
from quanhelaodong.followup import (
    task_occurrences,
    task_timeframes,
)
from quanhelaodong.io import converter
from quanhelaodong.programmes import (
    Completion,
    CoordinationProgramme,
    Extension,
    ProgressEvent,
    ProgressUpdate,
)
from quanhelaodong.store import _schema as schema

__all__ = [
    "EMPLOYER",
    "PROGRESS_EVENTS",
    "STATE",
    "Followed",
    "followed_rows",
    "json_text",
    "known_day",
    "occurrence_key",
    "plain_date",
    "progress_row",
    "recurrence",
    "recurring_in",
    "rolled_on",
    "rolled_on_both",
    "stored_day",
    "unrollable",
]

PROGRESS_EVENTS = (ProgressUpdate, Completion, Extension)
STATE, EMPLOYER = "state", "employer"


def plain_date(day: datetime.date | None) -> datetime.date | None:
    # Drivers adapt plain dates; pendulum's subclass is not guaranteed to be.
    return None if day is None else datetime.date(day.year, day.month, day.day)


def stored_day(value: object) -> pendulum.Date | None:
    if value is None:
        return None
    if isinstance(value, str):
        return as_date(value)
    assert isinstance(value, datetime.date)
    return pendulum.Date(value.year, value.month, value.day)


def known_day(value: object) -> pendulum.Date:
    day = stored_day(value)
    assert day is not None, "a column that is never NULL"
    return day


def occurrence_key(day: datetime.date | None) -> str:
    return schema.NO_OCCURRENCE if day is None else day.isoformat()


def json_text(body: object) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def rolled_on_both(day: datetime.date | None) -> tuple[datetime.date | None, datetime.date | None]:
    """``day`` moved to the next working day on the state's calendar and on an employer's."""
    if day is None:
        return None, None
    wanted = as_date(day)
    return (plain_date(WorkingCalendar.state().roll_forward(wanted)),
            plain_date(WorkingCalendar.employer().roll_forward(wanted)))


def progress_row(programme_id: str, record: ProgressEvent) -> dict[str, Any]:
    body = converter().unstructure(record)
    row: dict[str, Any] = {
        "programme_id": programme_id, "task_id": record.task,
        "occurrence": occurrence_key(record.occurrence), "kind": body["kind"],
        "on_day": plain_date(record.on), "agency": None, "percent": None,
        "new_deadline_state": None, "new_deadline_employer": None, "body": json_text(body)}
    if isinstance(record, ProgressUpdate):
        row["agency"], row["percent"] = record.agency, record.percent
    elif isinstance(record, Completion):
        row["agency"] = record.agency
    else:
        # Kept as recorded when it cannot be rolled; a programme holding one is followed
        # in memory (see save), and record() refuses one.
        with contextlib.suppress(QuanHeLaoDongError):
            row["new_deadline_state"], row["new_deadline_employer"] = rolled_on_both(record.new_deadline)
    return row


def unrollable(row: dict[str, Any]) -> bool:
    return row["kind"] == "extension" and row["new_deadline_state"] is None


@attrs.frozen
class Followed:
    """How a programme's occurrences are stored: rows fixed once, and the recurring tasks
    of a programme without a period, whose occurrences depend on the year asked about."""

    rows: list[dict[str, Any]]
    recurs: dict[int, str]


def followed_rows(programme: CoordinationProgramme) -> Followed | None:
    """Each task occurrence with its planned last day rolled on both calendars, or None
    when the database cannot answer for the programme.

    Without a period a recurring task recurs in the year asked about: it is stored
    by its phrase, and its occurrences are computed when asked. A day outside the
    calendars' range has no next working day; such a programme is followed in
    memory, with the same answers (or the same errors) as the in-memory functions.
    """
    positions = {id(task): position for position, task in enumerate(programme.tasks)}
    recurs: dict[int, str] = {}
    reference = programme.reference_date
    if programme.period is None:
        for timed in task_timeframes(programme):
            if isinstance(timed.frame, Recurring):
                if recurrence(timed.frame.text, reference) != timed.frame:
                    return None  # not rebuilt from its phrase as the programme reads it
                recurs[positions[id(timed.task)]] = timed.frame.text
    rows = []
    try:
        for item in task_occurrences(programme, as_of=reference or "2000-01-01"):
            position = positions[id(item.task)]
            if position in recurs:
                continue
            state, employer = rolled_on_both(item.planned)
            rows.append({"programme_id": programme.id, "task_position": position,
                         "occurrence": occurrence_key(item.occurrence),
                         "planned": plain_date(item.planned), "planned_state": state,
                         "planned_employer": employer})
    except QuanHeLaoDongError:
        return None
    return Followed(rows, recurs)


@functools.lru_cache(maxsize=256)
def recurrence(text: str, reference: pendulum.Date | None) -> Timeframe:
    """A recurring task's frame rebuilt from its phrase, as a programme anchors and reads it."""
    return anchor_timeframe(read_timeframe(text), reference).with_reading(BeforeReading.EXCLUSIVE)


@functools.lru_cache(maxsize=4096)
def recurring_in(text: str, reference: pendulum.Date | None, year: int) -> tuple[pendulum.Date, ...]:
    """The occurrences in ``year`` of a recurring task of a programme without a period."""
    frame = recurrence(text, reference)
    assert isinstance(frame, Recurring)
    return tuple(item.due for item in frame.occurrences((pendulum.Date(year, 1, 1),
                                                         pendulum.Date(year, 12, 31))))


@functools.lru_cache(maxsize=65536)
def rolled_on(calendar: str, day: pendulum.Date) -> pendulum.Date:
    chosen = WorkingCalendar.employer() if calendar == EMPLOYER else WorkingCalendar.state()
    return chosen.roll_forward(day)
