"""A programme in its tables and back: prepared outside a transaction, written and read inside one.

The programme's JSON (the library's own converter) is split by part (tasks,
assignments, reporting rules, reports, its own agencies, progress) into rows of
their tables, each row keeping its part's JSON body and the columns queries use.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import sqlalchemy as sa

from quanhelaodong.agencies import AgencyCatalogue
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup import assigning_body, calendar_of
from quanhelaodong.io import converter
from quanhelaodong.programmes import CoordinationProgramme, Task
from quanhelaodong.store import _schema as schema
from quanhelaodong.store._errors import StoreError, UnknownProgrammeError
from quanhelaodong.store._rows import Followed, followed_rows, json_text, plain_date, progress_row, unrollable
from quanhelaodong.text import close_words

__all__ = ["PreparedProgramme", "calendar_kind", "check_programme", "insert_programme", "prepare_programme",
           "read_programme"]


@attrs.frozen
class PreparedProgramme:
    """A programme turned into JSON bodies and rows, before any connection is opened."""

    programme: CoordinationProgramme
    body: dict[str, Any]
    tasks: list[dict[str, Any]]
    rules: list[dict[str, Any]]
    reports: list[dict[str, Any]]
    agencies: list[dict[str, Any]]
    progress: list[dict[str, Any]]
    #: The occurrences followed, or None when the in-memory functions must answer for it.
    followed: Followed | None


def prepare_programme(programme: CoordinationProgramme) -> PreparedProgramme:
    """The work of saving that needs no database: done before the write lock is taken."""
    if not isinstance(programme, CoordinationProgramme):
        raise InvalidValueError(f"expected a CoordinationProgramme, got "
                                f"{type(programme).__name__} {programme!r}")
    body = converter().unstructure(programme)
    tasks, rules = body.pop("tasks"), body.pop("reporting_rules")
    reports, agencies = body.pop("reports"), body.pop("agencies")
    body.pop("progress")
    progress = [progress_row(programme.id, record) for record in programme.progress]
    followed: Followed | None = followed_rows(programme)
    if any(unrollable(row) for row in progress):
        # An extension to a day the calendars do not reach: the in-memory functions
        # raise on it, so the store asks them rather than answer differently.
        followed = None
    return PreparedProgramme(programme, body, tasks, rules, reports, agencies, progress, followed)


def calendar_kind(programme: CoordinationProgramme, task: Task, catalogue: AgencyCatalogue) -> str:
    """Whose working days a task's deadline is counted on: those of the body that assigned it."""
    calendar = calendar_of(programme, assigning_body(programme, task), catalogue=catalogue)
    return str(calendar.kind.value)


def insert_programme(connection: sa.Connection, prepared: PreparedProgramme,
                     catalogue: AgencyCatalogue) -> None:
    """Write a prepared programme's rows; the caller has checked that its id is free."""
    programme = prepared.programme
    followed = prepared.followed or Followed([], {})
    period = programme.period
    connection.execute(schema.programmes.insert().values(
        id=programme.id, kind=programme.kind.value, title=programme.title,
        issuer=programme.issuer, area=programme.area,
        period_start=plain_date(period.start) if period else None,
        period_end=plain_date(period.end) if period else None,
        occurrences_stored=prepared.followed is not None,
        reference_day=plain_date(programme.reference_date), body=json_text(prepared.body)))
    key = programme.id
    task_rows, assignment_rows = [], []
    for position, (task, task_body) in enumerate(zip(programme.tasks, prepared.tasks, strict=True)):
        assignment_bodies = task_body.pop("assignments")
        task_rows.append({
            "programme_id": key, "position": position, "id": task.id, "group_id": task.group,
            "title": task.title, "assigning_body": assigning_body(programme, task),
            "calendar": calendar_kind(programme, task, catalogue),
            "recurs": followed.recurs.get(position), "body": json_text(task_body)})
        assignment_rows += [{"programme_id": key, "task_position": position, "position": number,
                             "agency": assignment.agency, "role": assignment.role.value,
                             "body": json_text(assignment_body)}
                            for number, (assignment, assignment_body)
                            in enumerate(zip(task.assignments, assignment_bodies, strict=True))]
    rule_rows = [{"programme_id": key, "position": position, "id": rule.id, "body": json_text(rule_body)}
                 for position, (rule, rule_body)
                 in enumerate(zip(programme.reporting_rules, prepared.rules, strict=True))]
    report_rows = [{"programme_id": key, "position": position, "id": report.id,
                    "reporter": report.reporter, "rule": report.rule,
                    "submitted": plain_date(report.submitted), "body": json_text(report_body)}
                   for position, (report, report_body)
                   in enumerate(zip(programme.reports, prepared.reports, strict=True))]
    agency_rows = [{"programme_id": key, "position": position, "agency_id": agency.id,
                    "body": json_text(agency_body)}
                   for position, (agency, agency_body)
                   in enumerate(zip(programme.agencies, prepared.agencies, strict=True))]
    for table, rows in ((schema.tasks, task_rows), (schema.assignments, assignment_rows),
                        (schema.occurrences, followed.rows), (schema.reporting_rules, rule_rows),
                        (schema.reports, report_rows), (schema.programme_agencies, agency_rows),
                        (schema.progress, prepared.progress)):
        if rows:
            connection.execute(table.insert(), rows)


def check_programme(connection: sa.Connection, programme_id: object) -> sa.Row[Any]:
    """The programme's row; an unknown id raises :class:`UnknownProgrammeError` with close ids."""
    if not isinstance(programme_id, str):
        raise InvalidValueError(f"a programme id is text, got {type(programme_id).__name__} "
                                f"{programme_id!r}")
    row = connection.execute(sa.select(schema.programmes).where(
        schema.programmes.c.id == programme_id)).first()
    if row is None:
        known = connection.execute(sa.select(schema.programmes.c.id)).scalars().all()
        raise UnknownProgrammeError(programme_id, tuple(close_words(programme_id, known)))
    return row


def read_programme(connection: sa.Connection, programme_id: str) -> CoordinationProgramme:
    """The programme as saved, with every progress record in the order recorded."""
    row = check_programme(connection, programme_id)
    body: dict[str, Any] = json.loads(row.body)

    def bodies(table: sa.Table, *order: sa.ColumnElement[Any]) -> list[dict[str, Any]]:
        query = sa.select(table.c.body).where(table.c.programme_id == programme_id).order_by(*order)
        return [json.loads(text) for text in connection.execute(query).scalars()]

    tasks = bodies(schema.tasks, schema.tasks.c.position)
    for task in tasks:
        task["assignments"] = []
    query = (sa.select(schema.assignments.c.task_position, schema.assignments.c.body)
             .where(schema.assignments.c.programme_id == programme_id)
             .order_by(schema.assignments.c.task_position, schema.assignments.c.position))
    for position, text in connection.execute(query):
        tasks[position]["assignments"].append(json.loads(text))
    body["tasks"] = tasks
    body["reporting_rules"] = bodies(schema.reporting_rules, schema.reporting_rules.c.position)
    body["reports"] = bodies(schema.reports, schema.reports.c.position)
    body["agencies"] = bodies(schema.programme_agencies, schema.programme_agencies.c.position)
    body["progress"] = bodies(schema.progress, schema.progress.c.seq)
    try:
        programme: CoordinationProgramme = converter().structure(body, CoordinationProgramme)
    except Exception as error:
        raise StoreError(f"programme {programme_id!r} in the store cannot be read back: "
                         f"{error}") from error
    return programme
