"""The store: programmes and their progress in a database, SQLite or PostgreSQL, same code.

Writes are transactions: a programme is saved whole or not at all, and each call
of :meth:`Store.record` is one transaction however many records it carries.
Progress is only ever added (``INSERT``), never updated or deleted, so the
history is the table itself. Statuses on a day are computed from what was
recorded by that day, as :func:`quanhelaodong.followup.task_statuses` computes
them in memory, from two things fixed when a programme is saved: each task
occurrence's planned last day, rolled to a working day on both calendars a body
may keep, and the calendar of the body that assigned the task.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

import pendulum
import sqlalchemy as sa
from sqlalchemy import exc

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.agencies import Agency, AgencyCatalogue, default_catalogue
from quanhelaodong.errors import InvalidValueError, UnknownTaskError
from quanhelaodong.followup import (
    TaskStatus,
    assigning_body,
    calendar_of,
    overdue_tasks,
    task_statuses,
)
from quanhelaodong.io import converter
from quanhelaodong.programmes import (
    CoordinationProgramme,
    Extension,
    ProgressEvent,
    Role,
)
from quanhelaodong.store import _schema as schema
from quanhelaodong.store._connections import (
    WRITE_OPTION,
    describe_url,
    first_line,
    migrate_engine,
    open_engine,
)
from quanhelaodong.store._errors import (
    SchemaVersionError,
    StoreConflictError,
    StoreError,
    StoreUnavailableError,
    UnknownProgrammeError,
)
from quanhelaodong.store._rows import (
    EMPLOYER,
    PROGRESS_EVENTS,
    Followed,
    followed_rows,
    json_text,
    occurrence_key,
    plain_date,
    progress_row,
    recurring_in,
    rolled_on,
    stored_day,
    unrollable,
)
from quanhelaodong.store._standing import RecordsByDay, TaskStanding, grid_status
from quanhelaodong.text import close_words

__all__ = ["Store"]

class Store:
    """Programmes, their progress and your own agencies in a database, with the statuses on any day.

    ``url`` is an SQLAlchemy URL: ``"sqlite:///tracking.db"`` (a file, created if
    missing; nothing to install), ``"sqlite://"`` (in memory, for one thread), or
    ``"postgresql+psycopg://user:password@host/database"``. The schema is created
    or upgraded on opening (``upgrade=False`` refuses an older one instead).
    ``catalogue`` is the catalogue your own agencies extend (default: the bundled one).

    >>> from quanhelaodong.io import load_bundled
    >>> from quanhelaodong.programmes import Completion
    >>> import attrs
    >>> store = Store("sqlite://")
    >>> store.save(load_bundled("hue-2023"))
    >>> store.record("hue-2023", Completion("PL.I.4", "2023-11-30", agency="thua-thien-hue/so-ldtbxh"))
    1
    >>> store.load("hue-2023") == attrs.evolve(load_bundled("hue-2023"), progress=store.history("hue-2023"))
    True
    >>> [standing.task for standing in store.overdue_tasks("2024-01-05", agency="thua-thien-hue/bhxh",
    ...                                                    role="lead")][:2]
    ['IV.8.a', 'IV.8.b']
    """

    def __init__(self, url: str = "sqlite:///tracking.db", *, upgrade: bool = True,
                 catalogue: AgencyCatalogue | None = None):
        if catalogue is not None and not isinstance(catalogue, AgencyCatalogue):
            raise InvalidValueError(f"catalogue must be an AgencyCatalogue, got "
                                    f"{type(catalogue).__name__} {catalogue!r}")
        self._url = url
        self._engine = open_engine(url)
        self._base = catalogue
        self._catalogue: tuple[int, AgencyCatalogue] | None = None
        try:
            if upgrade:
                migrate_engine(self._engine, schema.SCHEMA_VERSION, url)
            else:
                with self._reading() as connection:
                    version = schema.current_version(connection)
                if version != schema.SCHEMA_VERSION:
                    raise SchemaVersionError(
                        f"the store's schema is at version {version}, this library needs version "
                        f"{schema.SCHEMA_VERSION}; open it with upgrade=True")
        except BaseException:
            self._engine.dispose()
            raise

    def __repr__(self) -> str:
        return f"Store({describe_url(self._url)!r})"

    def close(self) -> None:
        """Close the store's connections; the store is not used afterwards.

        >>> store = Store("sqlite://")
        >>> store.close()
        """
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the database.

        >>> Store("sqlite://").schema_version
        7
        """
        with self._reading() as connection:
            return schema.current_version(connection)

    # -- transactions ------------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sa.Connection]:
        with self._translated(), self._engine.connect() as connection, connection.begin():
            yield connection

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sa.Connection]:
        with self._translated(), self._engine.connect() as connection:
            connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                yield connection

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except exc.OperationalError as error:
            raise StoreUnavailableError(f"the store {describe_url(self._url)} failed: "
                                        f"{first_line(error)}") from error
        except exc.SQLAlchemyError as error:
            raise StoreError(f"the store {describe_url(self._url)} failed: "
                             f"{type(error).__name__}: {first_line(error)}") from error

    # -- agencies ------------------------------------------------------------------------

    def add_agencies(self, agencies: Iterable[Agency]) -> None:
        """Add your own bodies (a ward's committee, an enterprise), in one transaction.

        They join the store's :meth:`catalogue`, which every status it computes
        uses. An id already in the catalogue is refused (:class:`StoreConflictError`).

        >>> from quanhelaodong.agencies import Agency
        >>> store = Store("sqlite://")
        >>> store.add_agencies([Agency("x/cong-ty-a", "Công ty A", "enterprise", "employers")])
        >>> store.catalogue().get("x/cong-ty-a").side.value
        'employers'
        """
        if isinstance(agencies, (str, bytes)) or not isinstance(agencies, Iterable):
            raise InvalidValueError(f"agencies must be a sequence of Agency, got {agencies!r}")
        found = tuple(agencies)
        for agency in found:
            if not isinstance(agency, Agency):
                raise InvalidValueError(f"agencies must be Agency objects, got "
                                        f"{type(agency).__name__} {agency!r}")
        ids = [agency.id for agency in found]
        if len(set(ids)) != len(ids):
            twice = sorted({name for name in ids if ids.count(name) > 1})
            raise StoreConflictError(f"agency {twice[0]!r} is given more than once")
        base = self._base or default_catalogue()
        with self._writing() as connection:
            stored = set(connection.execute(
                sa.select(schema.user_agencies.c.id).where(schema.user_agencies.c.id.in_(ids))
            ).scalars())
            for agency in found:
                if agency.id in base or agency.id in stored:
                    raise StoreConflictError(f"agency {agency.id!r} is already in the store's catalogue")
            if not found:
                return
            connection.execute(schema.user_agencies.insert(), [
                {"id": agency.id, "name": agency.name, "area": agency.area,
                 "body": json_text(converter().unstructure(agency))} for agency in found])
            catalogue = self._read_catalogue(connection)
            # A body now known may keep an employer's calendar: the tasks it assigned follow it.
            affected = connection.execute(
                sa.select(schema.tasks.c.programme_id).distinct()
                .where(schema.tasks.c.assigning_body.in_(ids))).scalars().all()
            for programme_id in affected:
                programme = self._read_programme(connection, programme_id)
                for position, task in enumerate(programme.tasks):
                    kind = self._calendar_kind(programme, task, catalogue)
                    connection.execute(
                        schema.tasks.update()
                        .where(schema.tasks.c.programme_id == programme_id,
                               schema.tasks.c.position == position)
                        .values(calendar=kind))

    def agencies(self) -> tuple[Agency, ...]:
        """The bodies added with :meth:`add_agencies`, by id.

        >>> Store("sqlite://").agencies()
        ()
        """
        with self._reading() as connection:
            return self._read_agencies(connection)

    def catalogue(self) -> AgencyCatalogue:
        """The catalogue the store computes with: the base one, extended with the agencies added.

        >>> len(Store("sqlite://").catalogue()) > 0
        True
        """
        with self._reading() as connection:
            return self._read_catalogue(connection)

    def _read_agencies(self, connection: sa.Connection) -> tuple[Agency, ...]:
        rows = connection.execute(sa.select(schema.user_agencies.c.body)
                                  .order_by(schema.user_agencies.c.id)).scalars()
        return tuple(converter().structure(json.loads(body), Agency) for body in rows)

    def _read_catalogue(self, connection: sa.Connection) -> AgencyCatalogue:
        # Agencies are only ever added, never changed or removed: their number tells whether
        # this or another process added any since the catalogue was last built.
        count = connection.execute(sa.select(sa.func.count()).select_from(schema.user_agencies)).scalar_one()
        if self._catalogue is None or self._catalogue[0] != count:
            base = self._base or default_catalogue()
            mine = self._read_agencies(connection)
            self._catalogue = (len(mine), base.extended(mine) if mine else base)
        return self._catalogue[1]

    @staticmethod
    def _calendar_kind(programme: CoordinationProgramme, task: Any, catalogue: AgencyCatalogue) -> str:
        calendar = calendar_of(programme, assigning_body(programme, task), catalogue=catalogue)
        return str(calendar.kind.value)

    # -- programmes ----------------------------------------------------------------------

    def save(self, programme: CoordinationProgramme) -> None:
        """Save a programme whole (its tasks, assignments, reporting rules, reports, own
        agencies and the progress it holds) in one transaction.

        A programme already stored is refused (:class:`StoreConflictError`): what
        happens next is recorded with :meth:`record`, never by saving over it.

        >>> from quanhelaodong.io import load_bundled
        >>> store = Store("sqlite://")
        >>> store.save(load_bundled("hue-2023"))
        >>> store.programme_ids()
        ('hue-2023',)
        """
        if not isinstance(programme, CoordinationProgramme):
            raise InvalidValueError(f"expected a CoordinationProgramme, got "
                                    f"{type(programme).__name__} {programme!r}")
        body = converter().unstructure(programme)
        task_bodies = body.pop("tasks")
        rule_bodies = body.pop("reporting_rules")
        report_bodies = body.pop("reports")
        agency_bodies = body.pop("agencies")
        body.pop("progress")
        progress_rows = [progress_row(programme.id, record) for record in programme.progress]
        followed = followed_rows(programme)
        if any(unrollable(row) for row in progress_rows):
            # An extension to a day the calendars do not reach: the in-memory functions
            # raise on it, so the store asks them rather than answer differently.
            followed = None
        try:
            with self._writing() as connection:
                exists = connection.execute(sa.select(schema.programmes.c.id).where(
                    schema.programmes.c.id == programme.id)).first()
                if exists is not None:
                    raise StoreConflictError(f"programme {programme.id!r} is already in the store")
                catalogue = self._read_catalogue(connection)
                period = programme.period
                connection.execute(schema.programmes.insert().values(
                    id=programme.id, kind=programme.kind.value, title=programme.title,
                    issuer=programme.issuer, area=programme.area,
                    period_start=plain_date(period.start) if period else None,
                    period_end=plain_date(period.end) if period else None,
                    occurrences_stored=followed is not None,
                    reference_day=plain_date(programme.reference_date), body=json_text(body)))
                self._insert_parts(connection, programme, catalogue, task_bodies, rule_bodies,
                                   report_bodies, agency_bodies, followed or Followed([], {}),
                                   progress_rows)
        except exc.IntegrityError as error:
            # Another writer saved the same id between the check and the insert.
            raise StoreConflictError(f"programme {programme.id!r} is already in the store") from error

    def _insert_parts(self, connection: sa.Connection, programme: CoordinationProgramme,
                      catalogue: AgencyCatalogue, task_bodies: list[dict[str, Any]],
                      rule_bodies: list[dict[str, Any]], report_bodies: list[dict[str, Any]],
                      agency_bodies: list[dict[str, Any]],
                      followed: Followed, progress_rows: list[dict[str, Any]]) -> None:
        key = programme.id
        task_rows, assignment_rows = [], []
        for position, (task, task_body) in enumerate(zip(programme.tasks, task_bodies, strict=True)):
            assignment_bodies = task_body.pop("assignments")
            task_rows.append({
                "programme_id": key, "position": position, "id": task.id, "group_id": task.group,
                "title": task.title, "assigning_body": assigning_body(programme, task),
                "calendar": self._calendar_kind(programme, task, catalogue),
                "recurs": followed.recurs.get(position), "body": json_text(task_body)})
            assignment_rows += [{"programme_id": key, "task_position": position, "position": number,
                                 "agency": assignment.agency, "role": assignment.role.value,
                                 "body": json_text(assignment_body)}
                                for number, (assignment, assignment_body)
                                in enumerate(zip(task.assignments, assignment_bodies, strict=True))]
        rule_rows = [{"programme_id": key, "position": position, "id": rule.id, "body": json_text(rule_body)}
                     for position, (rule, rule_body)
                     in enumerate(zip(programme.reporting_rules, rule_bodies, strict=True))]
        report_rows = [{"programme_id": key, "position": position, "id": report.id,
                        "reporter": report.reporter, "rule": report.rule,
                        "submitted": plain_date(report.submitted), "body": json_text(report_body)}
                       for position, (report, report_body)
                       in enumerate(zip(programme.reports, report_bodies, strict=True))]
        agency_rows = [{"programme_id": key, "position": position, "agency_id": agency.id,
                        "body": json_text(agency_body)}
                       for position, (agency, agency_body)
                       in enumerate(zip(programme.agencies, agency_bodies, strict=True))]
        for table, rows in ((schema.tasks, task_rows), (schema.assignments, assignment_rows),
                            (schema.occurrences, followed.rows), (schema.reporting_rules, rule_rows),
                            (schema.reports, report_rows), (schema.programme_agencies, agency_rows),
                            (schema.progress, progress_rows)):
            if rows:
                connection.execute(table.insert(), rows)

    def programme_ids(self) -> tuple[str, ...]:
        """The ids of the programmes stored, sorted.

        >>> Store("sqlite://").programme_ids()
        ()
        """
        with self._reading() as connection:
            return tuple(connection.execute(sa.select(schema.programmes.c.id)
                                            .order_by(schema.programmes.c.id)).scalars())

    def load(self, programme_id: str) -> CoordinationProgramme:
        """The programme as saved, with every progress record in the order recorded.

        >>> from quanhelaodong.io import load_bundled
        >>> store = Store("sqlite://")
        >>> store.save(load_bundled("hue-2023"))
        >>> store.load("hue-2023") == load_bundled("hue-2023")
        True
        """
        with self._reading() as connection:
            return self._read_programme(connection, programme_id)

    def _check_programme(self, connection: sa.Connection, programme_id: object) -> sa.Row[Any]:
        if not isinstance(programme_id, str):
            raise InvalidValueError(f"a programme id is text, got {type(programme_id).__name__} "
                                    f"{programme_id!r}")
        row = connection.execute(sa.select(schema.programmes).where(
            schema.programmes.c.id == programme_id)).first()
        if row is None:
            known = connection.execute(sa.select(schema.programmes.c.id)).scalars().all()
            raise UnknownProgrammeError(programme_id, tuple(close_words(programme_id, known)))
        return row

    def _read_programme(self, connection: sa.Connection, programme_id: str) -> CoordinationProgramme:
        row = self._check_programme(connection, programme_id)
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

    # -- progress ------------------------------------------------------------------------

    def record(self, programme_id: str, *records: ProgressEvent) -> int:
        """Add progress records to a programme, all in one transaction; returns how many.

        Each names a task of the programme (else :class:`UnknownTaskError`, and
        nothing is recorded). Records are only ever added: an update or an
        extension is never overwritten, and :meth:`history` keeps them all in the
        order recorded.

        >>> from quanhelaodong.io import load_bundled
        >>> from quanhelaodong.programmes import Extension, ProgressUpdate
        >>> store = Store("sqlite://")
        >>> store.save(load_bundled("hue-2023"))
        >>> store.record("hue-2023",
        ...              ProgressUpdate("PL.III.2", "2023-12-01", "thua-thien-hue/so-ldtbxh", percent=40),
        ...              Extension("PL.III.2", "2023-12-20", "2024-03-31"))
        2
        >>> [standing.deadline for standing in store.task_statuses("hue-2023", "2024-01-15")
        ...  if standing.task == "PL.III.2"]
        [Date(2024, 4, 1)]
        """
        for record in records:
            if not isinstance(record, PROGRESS_EVENTS):
                raise InvalidValueError(f"a progress record is a ProgressUpdate, Completion or "
                                        f"Extension, got {type(record).__name__} {record!r}")
        if not records:
            return 0
        with self._writing() as connection:
            self._check_programme(connection, programme_id)
            named = {record.task for record in records}
            known = set(connection.execute(sa.select(schema.tasks.c.id).where(
                schema.tasks.c.programme_id == programme_id,
                schema.tasks.c.id.in_(sorted(named)))).scalars())
            for record in records:
                if record.task not in known:
                    every = connection.execute(sa.select(schema.tasks.c.id).where(
                        schema.tasks.c.programme_id == programme_id)).scalars().all()
                    raise UnknownTaskError(f"{record.task} (in programme {programme_id!r})",
                                           suggestions=close_words(record.task, every))
            rows = [progress_row(programme_id, record) for record in records]
            for record, row in zip(records, rows, strict=True):
                if unrollable(row):
                    assert isinstance(record, Extension)
                    raise InvalidValueError(
                        f"extension of task {record.task}: new deadline {record.new_deadline} is "
                        "outside the working calendars' range")
            connection.execute(schema.progress.insert(), rows)
        return len(records)

    def history(self, programme_id: str, task_id: str | None = None) -> tuple[ProgressEvent, ...]:
        """The progress records of a programme (or of one of its tasks), in the order recorded.

        >>> from quanhelaodong.io import load_bundled
        >>> store = Store("sqlite://")
        >>> store.save(load_bundled("hue-2023"))
        >>> store.history("hue-2023", "PL.I.4")
        ()
        """
        with self._reading() as connection:
            self._check_programme(connection, programme_id)
            query = (sa.select(schema.progress.c.body)
                     .where(schema.progress.c.programme_id == programme_id)
                     .order_by(schema.progress.c.seq))
            if task_id is not None:
                query = query.where(schema.progress.c.task_id == task_id)
            rows = connection.execute(query).scalars().all()
        structure = converter().structure
        return tuple(structure(json.loads(text), ProgressEvent) for text in rows)  # type: ignore[arg-type]

    def count_records(self, programme_id: str | None = None) -> int:
        """How many progress records the store holds (of one programme, or of all).

        >>> Store("sqlite://").count_records()
        0
        """
        query = sa.select(sa.func.count()).select_from(schema.progress)
        if programme_id is not None:
            query = query.where(schema.progress.c.programme_id == programme_id)
        with self._reading() as connection:
            return int(connection.execute(query).scalar_one())

    # -- statuses ------------------------------------------------------------------------

    def task_statuses(self, programme_id: str, as_of: object) -> list[TaskStanding]:
        """Every task occurrence of a stored programme and its status on ``as_of``, in document order.

        The same answers as :func:`quanhelaodong.followup.task_statuses` of the
        loaded programme with the store's :meth:`catalogue`, from only the records
        dated by ``as_of``.

        >>> from collections import Counter
        >>> from quanhelaodong.io import load_bundled
        >>> store = Store("sqlite://")
        >>> store.save(load_bundled("hue-2023"))
        >>> Counter(standing.status.value for standing in store.task_statuses("hue-2023", "2024-01-03"))
        Counter({'not_done_overdue': 59, 'no_deadline': 1})
        """
        day = as_date(as_of)
        with self._reading() as connection:
            row = self._check_programme(connection, programme_id)
            if not row.occurrences_stored:
                programme = self._read_programme(connection, programme_id)
                catalogue = self._read_catalogue(connection)
                return [TaskStanding.of(programme_id, state)
                        for state in task_statuses(programme, day, catalogue=catalogue)]
            return self._statuses(connection, programme_id, day)

    def _statuses(self, connection: sa.Connection, programme_id: str,
                  day: pendulum.Date) -> list[TaskStanding]:
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

    def overdue_tasks(self, as_of: object, *, agency: str | None = None,
                      role: Role | str | None = None) -> list[TaskStanding]:
        """Occurrences overdue and not done on ``as_of``, in every stored programme, longest overdue first.

        ``agency`` keeps the tasks it holds in ``role`` (with ``role`` None: in any
        role, or that it assigned), as :func:`quanhelaodong.followup.overdue_tasks`
        reads them; ties keep programmes by id and tasks in document order. The
        query runs in the database on its indexes.

        >>> from quanhelaodong.io import load_bundled
        >>> store = Store("sqlite://")
        >>> store.save(load_bundled("hue-2023"))
        >>> late = store.overdue_tasks("2024-01-05", agency="thua-thien-hue/bhxh", role="lead")
        >>> [(standing.task, standing.days_overdue) for standing in late][:2]
        [('IV.8.a', 3), ('IV.8.b', 3)]
        """
        day = as_date(as_of)
        wanted = None if role is None else as_choice(Role, role, "role")
        if agency is not None and (not isinstance(agency, str) or not agency):
            raise InvalidValueError(f"agency must be an agency id, got {agency!r}")
        with self._reading() as connection:
            found = self._overdue(connection, day, agency, wanted)
            others = connection.execute(sa.select(schema.programmes.c.id).where(
                schema.programmes.c.occurrences_stored == sa.false())).scalars().all()
            if others:
                catalogue = self._read_catalogue(connection)
                for programme_id in others:
                    programme = self._read_programme(connection, programme_id)
                    positions = {id(task): number for number, task in enumerate(programme.tasks)}
                    found += [(programme_id, positions[id(state.task)],
                               occurrence_key(state.occurrence.occurrence),
                               TaskStanding.of(programme_id, state))
                              for state in overdue_tasks(programme, day, agency=agency, role=wanted,
                                                         catalogue=catalogue)]
        # Programmes by id, tasks in document order, then the longest overdue first (stable).
        found.sort(key=lambda item: (item[0], item[1], item[2]))
        return sorted((item[3] for item in found), key=lambda standing: -standing.days_overdue)

    def _overdue(self, connection: sa.Connection, day: pendulum.Date, agency: str | None,
                 role: Role | None) -> list[tuple[str, int, str, TaskStanding]]:
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
            deadline = max(day for day in (stored_day(rolled), stored_day(extended_to)) if day is not None)
            found.append((programme_id, position, occurrence, TaskStanding(
                programme_id, task_id, stored_day(occurrence or None), day, TaskStatus.OVERDUE,
                stored_day(planned_day), deadline, None)))
        return found + self._overdue_recurring(connection, day, held)

    def _overdue_recurring(self, connection: sa.Connection, day: pendulum.Date,
                           held: sa.Subquery | None) -> list[tuple[str, int, str, TaskStanding]]:
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
