"""The store's tables and the ordered steps that build them, one schema version each.

A database records the version it is at in ``schema_version``; opening a store
runs every step past it, in order, in one transaction (PostgreSQL and SQLite
both roll back DDL), so a database is always at one version or the next, never
half-way. Steps are never edited once released: a change is a new step.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

__all__ = [
    "METADATA",
    "MIGRATIONS",
    "NO_OCCURRENCE",
    "SCHEMA_VERSION",
    "current_version",
    "migrate_connection",
]

METADATA = sa.MetaData()

#: How a record naming no occurrence (a task that does not recur) stores it: a key column
#: that is never NULL, so that "same occurrence" is plain equality in joins and indexes.
NO_OCCURRENCE = ""

_ID = sa.String(200)
_DAY_KEY = sa.String(10)

schema_version_table = sa.Table(
    "schema_version", METADATA,
    sa.Column("version", sa.Integer, nullable=False),
)

programmes = sa.Table(
    "programmes", METADATA,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("issuer", _ID),
    sa.Column("area", _ID),
    sa.Column("period_start", sa.Date),
    sa.Column("period_end", sa.Date),
    # Without a period, a recurring task recurs in the year asked about: such a
    # programme's occurrences are not stored and its statuses are computed in memory.
    sa.Column("occurrences_stored", sa.Boolean, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("reference_day", sa.Date, info={"since": 4}),
)

tasks = sa.Table(
    "tasks", METADATA,
    sa.Column("programme_id", _ID, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("id", _ID, nullable=False),
    sa.Column("group_id", _ID),
    sa.Column("title", sa.Text, nullable=False),
    # The body whose calendar counts the deadline, and which calendar that is.
    sa.Column("assigning_body", _ID),
    sa.Column("calendar", sa.String(10), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("recurs", sa.Text, info={"since": 4}),
    sa.ForeignKeyConstraint(["programme_id"], ["programmes.id"]),
)

assignments = sa.Table(
    "assignments", METADATA,
    sa.Column("programme_id", _ID, primary_key=True),
    sa.Column("task_position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("agency", _ID, nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["programme_id", "task_position"], ["tasks.programme_id", "tasks.position"]),
)

occurrences = sa.Table(
    "occurrences", METADATA,
    sa.Column("programme_id", _ID, primary_key=True),
    sa.Column("task_position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("occurrence", _DAY_KEY, primary_key=True),
    sa.Column("planned", sa.Date),
    # The planned last day moved to the next working day on each calendar a body keeps.
    sa.Column("planned_state", sa.Date),
    sa.Column("planned_employer", sa.Date),
    sa.ForeignKeyConstraint(["programme_id", "task_position"], ["tasks.programme_id", "tasks.position"]),
)

programme_agencies = sa.Table(
    "programme_agencies", METADATA,
    sa.Column("programme_id", _ID, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("agency_id", _ID, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["programme_id"], ["programmes.id"]),
)

progress = sa.Table(
    "progress", METADATA,
    # The order recorded: what CoordinationProgramme.progress keeps.
    sa.Column("seq", sa.Integer, sa.Identity(), primary_key=True),
    sa.Column("programme_id", _ID, nullable=False),
    sa.Column("task_id", _ID, nullable=False),
    sa.Column("occurrence", _DAY_KEY, nullable=False),
    sa.Column("kind", sa.String(12), nullable=False),
    sa.Column("on_day", sa.Date, nullable=False),
    sa.Column("agency", _ID),
    sa.Column("percent", sa.Integer),
    # An extension's new deadline moved to the next working day on each calendar.
    sa.Column("new_deadline_state", sa.Date),
    sa.Column("new_deadline_employer", sa.Date),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False,
              server_default=sa.func.current_timestamp()),
    sa.ForeignKeyConstraint(["programme_id"], ["programmes.id"]),
)

reporting_rules = sa.Table(
    "reporting_rules", METADATA,
    sa.Column("programme_id", _ID, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("id", _ID, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["programme_id"], ["programmes.id"]),
)

reports = sa.Table(
    "reports", METADATA,
    sa.Column("programme_id", _ID, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("id", _ID, nullable=False),
    sa.Column("reporter", _ID, nullable=False),
    sa.Column("rule", _ID),
    sa.Column("submitted", sa.Date),
    sa.Column("body", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["programme_id"], ["programmes.id"]),
)

user_agencies = sa.Table(
    "user_agencies", METADATA,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("area", _ID),
    sa.Column("body", sa.Text, nullable=False),
)

# The indexes of "overdue tasks of agency X as of D": from the agency to its tasks,
# from a task occurrence to its completions and extensions by a day.
_INDEXES = (
    sa.Index("ix_assignments_agency_role", assignments.c.agency, assignments.c.role,
             assignments.c.programme_id, assignments.c.task_position),
    sa.Index("ix_tasks_assigning_body", tasks.c.assigning_body),
    sa.Index("ix_tasks_id", tasks.c.programme_id, tasks.c.id),
    sa.Index("ix_progress_occurrence", progress.c.programme_id, progress.c.task_id,
             progress.c.occurrence, progress.c.kind, progress.c.on_day),
    sa.Index("ix_reports_reporter", reports.c.reporter),
)
_RECURS = tasks.c.recurs.is_not(None)
_RECURRING_INDEX = sa.Index("ix_tasks_recurring", tasks.c.programme_id, tasks.c.position,
                            postgresql_include=["id", "calendar", "recurs"],
                            sqlite_where=_RECURS, postgresql_where=_RECURS)
_NOT_AN_UPDATE = progress.c.kind != "update"
_DEADLINE_INDEXES = (
    sa.Index("ix_progress_deadlines", progress.c.programme_id, progress.c.task_id, progress.c.occurrence,
             progress.c.kind, progress.c.on_day,
             sqlite_where=_NOT_AN_UPDATE, postgresql_where=_NOT_AN_UPDATE),
)


def _create(connection: sa.Connection, *tables: sa.Table) -> None:
    """CREATE TABLE of each, as the step that creates it made it.

    An index belongs to the step that adds it, not to its table; a column that a
    later step adds (its info "since") is left out.
    """
    scratch = sa.MetaData()  # every table, so that foreign keys find what they refer to
    for table in METADATA.sorted_tables:
        columns = [column._copy() for column in table.columns if column.info.get("since", 1) <= 1]
        constraints = [sa.ForeignKeyConstraint(list(constraint.column_keys),
                                               [element.target_fullname for element in constraint.elements])
                       for constraint in table.foreign_key_constraints]
        sa.Table(table.name, scratch, *columns, *constraints)
    for table in tables:
        connection.execute(sa.schema.CreateTable(scratch.tables[table.name]))


def _step_1(connection: sa.Connection) -> None:
    """Programmes (reporting rules and reports inside their body), tasks, assignments, progress."""
    _create(connection, schema_version_table, programmes, tasks, assignments, occurrences,
            programme_agencies, progress)
    connection.execute(schema_version_table.insert().values(version=0))


def _step_2(connection: sa.Connection) -> None:
    """Reporting rules and reports get tables of their own; agencies added by users."""
    _create(connection, reporting_rules, reports, user_agencies)
    # Version 1 kept a programme's rules and reports in its body: moved out, in order.
    for row in connection.execute(sa.select(programmes.c.id, programmes.c.body)).all():
        body: dict[str, Any] = json.loads(row.body)
        rules = body.pop("reporting_rules", [])
        found = body.pop("reports", [])
        for position, rule in enumerate(rules):
            connection.execute(reporting_rules.insert().values(
                programme_id=row.id, position=position, id=rule["id"], body=json.dumps(rule)))
        for position, report in enumerate(found):
            connection.execute(reports.insert().values(
                programme_id=row.id, position=position, id=report["id"],
                reporter=report["reporter"], rule=report.get("rule"),
                submitted=_day(report.get("submitted")), body=json.dumps(report)))
        connection.execute(programmes.update().where(programmes.c.id == row.id)
                           .values(body=json.dumps(body)))


def _day(value: object) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(str(value))


def _step_3(connection: sa.Connection) -> None:
    """The indexes of the follow-up queries."""
    for index in _INDEXES:
        index.create(connection)


def _step_4(connection: sa.Connection) -> None:
    """Recurring tasks of programmes without a period, followed in the database year by year."""
    # What such a task recurs by, as written, and the day its programme anchors phrases to:
    # its occurrences in the year asked about are computed from them when asked.
    _add_column(connection, tasks, tasks.c.recurs)
    _add_column(connection, programmes, programmes.c.reference_day)


def _add_column(connection: sa.Connection, table: sa.Table, column: sa.Column[Any]) -> None:
    kind = column.type.compile(dialect=connection.dialect)
    connection.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))


def _step_5(connection: sa.Connection) -> None:
    """An index of completions and extensions only: what a deadline depends on.

    Updates are most of the records (a million at national scale) and never move a
    deadline; an index without them is a sixteenth of the size to search.
    """
    for index in _DEADLINE_INDEXES:
        index.create(connection)


def _step_6(connection: sa.Connection) -> None:
    """A narrow index of the recurring tasks of programmes without a period.

    The overdue query reads them all to join them with the agency's tasks; without
    it PostgreSQL reads the whole tasks table, bodies and titles included.
    """
    _RECURRING_INDEX.create(connection)


_APPEND_ONLY = "progress records are only ever added, never updated or deleted"


def _step_7(connection: sa.Connection) -> None:
    """The database itself refuses to update or delete a progress record.

    The library only ever inserts them; this keeps the history whole against any
    other tool that writes to the same database by hand.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text(
            "CREATE FUNCTION progress_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{_APPEND_ONLY}'; END $$"))
        connection.execute(sa.text(
            "CREATE TRIGGER progress_append_only BEFORE UPDATE OR DELETE ON progress "
            "FOR EACH ROW EXECUTE FUNCTION progress_append_only()"))
    else:
        for event in ("UPDATE", "DELETE"):
            connection.execute(sa.text(
                f"CREATE TRIGGER progress_no_{event.lower()} BEFORE {event} ON progress "
                f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END"))


#: The steps, in order: step ``n`` takes a database from version ``n - 1`` to ``n``.
MIGRATIONS: tuple[Callable[[sa.Connection], None], ...] = (
    _step_1, _step_2, _step_3, _step_4, _step_5, _step_6, _step_7)
#: The version this library writes.
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(connection: sa.Connection) -> int:
    """The version of the schema this connection sees; 0 for a database without one."""
    if not sa.inspect(connection).has_table("schema_version"):
        return 0
    version = connection.execute(sa.select(schema_version_table.c.version)).scalar_one()
    return int(version)


def migrate_connection(connection: sa.Connection, target: int) -> int:
    """Run the steps from the database's version up to ``target`` (in the caller's transaction)."""
    version = current_version(connection)
    for number in range(version + 1, target + 1):
        MIGRATIONS[number - 1](connection)
        connection.execute(schema_version_table.update().values(version=number))
    return max(version, target)
