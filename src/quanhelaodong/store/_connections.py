"""Opening a database and bringing its schema to the version this library writes."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import event, exc
from sqlalchemy.pool import StaticPool

from quanhelaodong.errors import InvalidValueError
from quanhelaodong.store import _schema as schema
from quanhelaodong.store._errors import (
    SchemaVersionError,
    StoreUnavailableError,
)

__all__ = [
    "MIGRATION_LOCK",
    "WRITE_OPTION",
    "describe_url",
    "first_line",
    "migrate",
    "migrate_engine",
    "open_engine",
]

# Taken by whoever migrates a PostgreSQL database, so two processes opening a new
# store at once do not both create its tables.
MIGRATION_LOCK = 0x71686C64
WRITE_OPTION = "quanhelaodong_write"


def migrate(url: str, *, to: int | None = None) -> int:
    """Bring the database at ``url`` to schema version ``to`` (default: the latest); returns it.

    :class:`Store` does this when it opens a database; call it yourself to upgrade
    ahead of time, or (as the tests do) to make a database of an earlier version.
    A version newer than the library knows is a :class:`SchemaVersionError`.

    >>> migrate("sqlite://")
    7
    """
    engine = open_engine(url)
    try:
        return migrate_engine(engine, target_version(to), url)
    finally:
        engine.dispose()


def target_version(to: int | None) -> int:
    if to is None:
        return schema.SCHEMA_VERSION
    if isinstance(to, bool) or not isinstance(to, int) or not 0 <= to <= schema.SCHEMA_VERSION:
        raise InvalidValueError(f"to must be a schema version from 0 to {schema.SCHEMA_VERSION}, "
                                f"got {to!r}")
    return to


def describe_url(url: str | sa.URL) -> str:
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except exc.ArgumentError:
        return "(a URL that cannot be read)"


def open_engine(url: str) -> sa.Engine:
    if not isinstance(url, str):
        raise InvalidValueError(f"a store's URL is text such as 'sqlite:///tracking.db', got "
                                f"{type(url).__name__} {url!r}")
    try:
        parsed = sa.make_url(url)
        if parsed.get_backend_name() != "sqlite":
            return sa.create_engine(parsed, pool_pre_ping=True)
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError, ValueError) as error:
        name = url.split(":", 1)[0]
        raise StoreUnavailableError(f"cannot open the store {name!r}: {error}") from error
    return sqlite_engine(parsed)


def sqlite_engine(url: sa.URL) -> sa.Engine:
    in_memory = url.database in (None, "", ":memory:")
    if in_memory:
        # One database for every connection of this store, not one per thread.
        engine = sa.create_engine(url, poolclass=StaticPool,
                                  connect_args={"check_same_thread": False})
    else:
        # A writer waits for another's transaction to end rather than fail at once.
        engine = sa.create_engine(url, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _configure(connection: Any, _record: Any) -> None:
        # Transactions are begun below, not by the driver, so that a writer can take
        # SQLite's write lock at BEGIN and two writers never deadlock upgrading a read.
        connection.isolation_level = None
        cursor = connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not in_memory:
            # Readers go on while one writes; a killed process leaves the last committed state.
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def migrate_engine(engine: sa.Engine, target: int, url: str) -> int:
    try:
        with engine.connect() as connection:
            connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"),
                                       {"key": MIGRATION_LOCK})
                version = schema.current_version(connection)
                if version > schema.SCHEMA_VERSION:
                    raise SchemaVersionError(
                        f"the store's schema is at version {version}, newer than this library's "
                        f"{schema.SCHEMA_VERSION}: upgrade quanhelaodong")
                return schema.migrate_connection(connection, target)
    except exc.SQLAlchemyError as error:
        original = error.orig if isinstance(error, exc.DBAPIError) else error
        raise StoreUnavailableError(f"cannot open the store {describe_url(url)}: "
                                    f"{type(original).__name__}: {first_line(error)}") from error


def first_line(error: exc.SQLAlchemyError) -> str:
    original = error.orig if isinstance(error, exc.DBAPIError) else error
    return str(original).strip().splitlines()[0] if str(original).strip() else repr(original)
