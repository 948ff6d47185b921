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

import sqlalchemy as sa
from sqlalchemy import exc

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.agencies import Agency, AgencyCatalogue, default_catalogue
from quanhelaodong.errors import InvalidValueError, UnknownTaskError
from quanhelaodong.followup import (
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
from quanhelaodong.store._day_queries import overdue_on, statuses_on
from quanhelaodong.store._errors import (
    SchemaVersionError,
    StoreConflictError,
    StoreError,
    StoreUnavailableError,
)
from quanhelaodong.store._programmes import (
    calendar_kind,
    check_programme,
    insert_programme,
    prepare_programme,
    read_programme,
)
from quanhelaodong.store._rows import (
    PROGRESS_EVENTS,
    json_text,
    occurrence_key,
    progress_row,
    unrollable,
)
from quanhelaodong.store._standing import TaskStanding
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
                programme = read_programme(connection, programme_id)
                for position, task in enumerate(programme.tasks):
                    kind = calendar_kind(programme, task, catalogue)
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
        prepared = prepare_programme(programme)
        try:
            with self._writing() as connection:
                exists = connection.execute(sa.select(schema.programmes.c.id).where(
                    schema.programmes.c.id == programme.id)).first()
                if exists is not None:
                    raise StoreConflictError(f"programme {programme.id!r} is already in the store")
                insert_programme(connection, prepared, self._read_catalogue(connection))
        except exc.IntegrityError as error:
            # Another writer saved the same id between the check and the insert.
            raise StoreConflictError(f"programme {programme.id!r} is already in the store") from error

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
            return read_programme(connection, programme_id)

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
            check_programme(connection, programme_id)
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
            check_programme(connection, programme_id)
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
            row = check_programme(connection, programme_id)
            if not row.occurrences_stored:
                programme = read_programme(connection, programme_id)
                catalogue = self._read_catalogue(connection)
                return [TaskStanding.of(programme_id, state)
                        for state in task_statuses(programme, day, catalogue=catalogue)]
            return statuses_on(connection, programme_id, day)

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
            found = overdue_on(connection, day, agency, wanted)
            others = connection.execute(sa.select(schema.programmes.c.id).where(
                schema.programmes.c.occurrences_stored == sa.false())).scalars().all()
            if others:
                catalogue = self._read_catalogue(connection)
                for programme_id in others:
                    programme = read_programme(connection, programme_id)
                    positions = {id(task): number for number, task in enumerate(programme.tasks)}
                    found += [(programme_id, positions[id(state.task)],
                               occurrence_key(state.occurrence.occurrence),
                               TaskStanding.of(programme_id, state))
                              for state in overdue_tasks(programme, day, agency=agency, role=wanted,
                                                         catalogue=catalogue)]
        # Programmes by id, tasks in document order, then the longest overdue first (stable).
        found.sort(key=lambda item: (item[0], item[1], item[2]))
        return sorted((item[3] for item in found), key=lambda standing: -standing.days_overdue)
