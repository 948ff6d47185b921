"""What a stored programme's occurrences stand at on a day, asked of the database in SQL.

Each answer is what :mod:`quanhelaodong.followup` answers in memory: the planned
days rolled on both calendars were fixed when the programme was saved (see
``_rows``), and the records dated by the day decide the rest (see ``_standing``).
"""

from __future__ import annotations

from typing import Any

import pendulum
import sqlalchemy as sa

from quanhelaodong.followup import TaskStatus
from quanhelaodong.programmes import Role
from quanhelaodong.store import _schema as schema
from quanhelaodong.store._rows import EMPLOYER, plain_date, recurring_in, rolled_on, stored_day
from quanhelaodong.store._standing import RecordsByDay, TaskStanding, grid_status

__all__ = ["overdue_on", "statuses_on"]

#: An overdue occurrence with what orders the answer: programme, task position, occurrence.
Late = tuple[str, int, str, TaskStanding]


def statuses_on(connection: sa.Connection, programme_id: str, day: pendulum.Date) -> list[TaskStanding]:
    """Every followed occurrence of the programme and its status on ``day``, in document order."""
    o, t, p = schema.occurrences, schema.tasks, schema.progress
    # (position, occurrence key, task id, calendar, planned, planned on the task's calendar)
    followed: list[tuple[int, str, str, str, pendulum.Date | None, pendulum.Date | None]] = []
    for position, task_id, calendar, occurrence, planned, state, employer in connection.execute(
            sa.select(o.c.task_position, t.c.id, t.c.calendar, o.c.occurrence, o.c.planned,
                      o.c.planned_state, o.c.planned_employer)
            .join(t, sa.and_(t.c.programme_id == o.c.programme_id,
                             t.c.position == o.c.task_position))
            .where(o.c.programme_id == programme_id)):
        followed.append((position, occurrence, task_id, calendar, stored_day(planned),
                         stored_day(employer if calendar == EMPLOYER else state)))
    recurring = connection.execute(
        sa.select(t.c.position, t.c.id, t.c.calendar, t.c.recurs, schema.programmes.c.reference_day)
        .join(schema.programmes, schema.programmes.c.id == t.c.programme_id)
        .where(t.c.programme_id == programme_id, t.c.recurs.is_not(None))).all()
    for position, task_id, calendar, recurs, reference in recurring:
        for due in recurring_in(recurs, stored_day(reference), day.year):
            followed.append((position, due.isoformat(), task_id, calendar, due, rolled_on(calendar, due)))
    followed.sort(key=lambda item: (item[0], item[1]))
    records = RecordsByDay(connection.execute(
        sa.select(p.c.seq, p.c.task_id, p.c.occurrence, p.c.kind, p.c.on_day, p.c.new_deadline_state,
                  p.c.new_deadline_employer)
        .where(p.c.programme_id == programme_id, p.c.kind != "update",
               p.c.on_day <= plain_date(day))))
    found = []
    for _position, occurrence, task_id, calendar, planned, rolled in followed:
        deadline, done = records.standing((task_id, occurrence), calendar, rolled, day)
        found.append(TaskStanding(programme_id, task_id, stored_day(occurrence or None), day,
                                  grid_status(deadline, done, day), planned, deadline, done))
    return found


def overdue_on(connection: sa.Connection, day: pendulum.Date, agency: str | None,
               role: Role | None) -> list[Late]:
    """The occurrences overdue and not done on ``day`` in every programme whose occurrences are
    stored, held by ``agency`` in ``role`` when given (in any role, or assigned by it, when not)."""
    o, t, a, p = schema.occurrences, schema.tasks, schema.assignments, schema.progress
    plain = plain_date(day)
    held: sa.Subquery | None = None
    if agency is not None or role is not None:
        holding = sa.select(a.c.programme_id, a.c.task_position)
        if agency is not None:
            holding = holding.where(a.c.agency == agency)
        if role is not None:
            holding = holding.where(a.c.role == role.value)
        if agency is not None and role is None:
            held = sa.union(holding, sa.select(t.c.programme_id, t.c.position.label("task_position"))
                            .where(t.c.assigning_body == agency)).subquery()
        else:
            held = holding.distinct().subquery()
    employer = t.c.calendar == EMPLOYER
    planned = sa.case((employer, o.c.planned_employer), else_=o.c.planned_state)
    moved = sa.case((employer, p.c.new_deadline_employer), else_=p.c.new_deadline_state)
    # "kind <> 'update'" as the partial index says it, so that SQLite's planner uses it.
    same = sa.and_(p.c.programme_id == o.c.programme_id, p.c.task_id == t.c.id,
                   p.c.occurrence == o.c.occurrence, p.c.on_day <= plain, p.c.kind != "update")
    completion = sa.exists().where(same, p.c.kind == "completion")
    extended = sa.exists().where(same, p.c.kind == "extension")
    # Overdue: not done, the planned deadline passed, and no extension decided by the day
    # that reaches it (the deadline in force is the latest of them all).
    still_open = sa.exists().where(same, p.c.kind == "extension", moved >= plain)
    latest = (sa.select(sa.func.max(moved)).where(same, p.c.kind == "extension")
              .scalar_subquery())
    query = (sa.select(o.c.programme_id, o.c.task_position, t.c.id, o.c.occurrence, o.c.planned,
                       planned, latest)
             .join(t, sa.and_(t.c.programme_id == o.c.programme_id,
                              t.c.position == o.c.task_position))
             .where(~completion, ~still_open,
                    sa.or_(planned < plain, sa.and_(planned.is_(None), extended))))
    if held is not None:
        query = query.join(held, sa.and_(held.c.programme_id == o.c.programme_id,
                                         held.c.task_position == o.c.task_position))
    found = []
    for programme_id, position, task_id, occurrence, planned_day, rolled, extended_to in (
            connection.execute(query)):
        deadline = max(moved for moved in (stored_day(rolled), stored_day(extended_to)) if moved is not None)
        found.append((programme_id, position, occurrence, TaskStanding(
            programme_id, task_id, stored_day(occurrence or None), day, TaskStatus.OVERDUE,
            stored_day(planned_day), deadline, None)))
    return found + _overdue_recurring(connection, day, held)


def _overdue_recurring(connection: sa.Connection, day: pendulum.Date,
                       held: sa.Subquery | None) -> list[Late]:
    """The overdue occurrences of recurring tasks of programmes without a period, in the year
    of ``day``: computed from their phrases, with their records from the database."""
    t, p, programmes = schema.tasks, schema.progress, schema.programmes
    tasks = (sa.select(t.c.programme_id, t.c.position, t.c.id, t.c.calendar, t.c.recurs,
                       programmes.c.reference_day)
             .join(programmes, programmes.c.id == t.c.programme_id)
             .where(t.c.recurs.is_not(None)))
    records = (sa.select(p.c.seq, p.c.programme_id, p.c.task_id, p.c.occurrence, p.c.kind, p.c.on_day,
                         p.c.new_deadline_state, p.c.new_deadline_employer)
               .join(t, sa.and_(t.c.programme_id == p.c.programme_id, t.c.id == p.c.task_id))
               .where(t.c.recurs.is_not(None), p.c.kind != "update", p.c.on_day <= plain_date(day)))
    if held is not None:
        joined = sa.and_(held.c.programme_id == t.c.programme_id, held.c.task_position == t.c.position)
        tasks = tasks.join(held, joined)
        records = records.join(held, joined)
    candidates = []
    for programme_id, position, task_id, calendar, recurs, reference in connection.execute(tasks):
        for due in recurring_in(recurs, stored_day(reference), day.year):
            rolled = rolled_on(calendar, due)
            if rolled < day:
                candidates.append((programme_id, position, task_id, calendar, due, rolled))
    if not candidates:
        return []
    by_programme: dict[str, list[Any]] = {}
    for row in connection.execute(records).unique():
        by_programme.setdefault(row[1], []).append((row[0], *row[2:]))
    seen: dict[str, RecordsByDay] = {}
    found = []
    for programme_id, position, task_id, calendar, due, rolled in candidates:
        if programme_id not in seen:
            seen[programme_id] = RecordsByDay(by_programme.get(programme_id, ()))
        deadline, done = seen[programme_id].standing((task_id, due.isoformat()), calendar, rolled, day)
        if done is None and deadline is not None and deadline < day:
            found.append((programme_id, position, due.isoformat(), TaskStanding(
                programme_id, task_id, due, day, TaskStatus.OVERDUE, due, deadline, None)))
    return found
