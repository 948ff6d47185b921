"""Stores to test against: SQLite always, PostgreSQL where a server is given.

``QUANHELAODONG_TEST_POSTGRES_URL`` names a PostgreSQL database the tests may
create schemas in (``.ci/run`` starts a server and sets it). Each test gets a
schema of its own, dropped afterwards, so tests never see each other's data.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

POSTGRES_URL = os.environ.get("QUANHELAODONG_TEST_POSTGRES_URL", "")
NO_POSTGRES = ("no PostgreSQL server: set QUANHELAODONG_TEST_POSTGRES_URL to a database URL "
               "(.ci/run starts one from Debian's postgresql package)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs a PostgreSQL server "
                                       "(QUANHELAODONG_TEST_POSTGRES_URL)")


def backends() -> list[object]:
    """SQLite, and PostgreSQL marked ``postgres`` (skipped, saying why, without a server)."""
    # Built when tests are collected: the marker is registered by then, not at import.
    return [pytest.param("sqlite", id="sqlite"),
            pytest.param("postgresql", id="postgresql", marks=[
                pytest.mark.postgres, pytest.mark.skipif(not POSTGRES_URL, reason=NO_POSTGRES)])]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "new_url" in metafunc.fixturenames:
        metafunc.parametrize("new_url", backends(), indirect=True)
    if "module_url" in metafunc.fixturenames:
        metafunc.parametrize("module_url", backends(), indirect=True, scope="module")


def postgres_schema_url(schema: str) -> str:
    """The test server's URL with ``schema`` first on the search path."""
    url = sa.make_url(POSTGRES_URL)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)


@pytest.fixture
def new_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database, on each backend in turn."""
    with EmptyDatabase(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module")
def module_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An empty database shared by a module's tests (each uses programme ids of its own)."""
    with EmptyDatabase(request.param, tmp_path_factory.mktemp("store")) as url:
        yield url


class EmptyDatabase:
    """An empty SQLite file, or an empty PostgreSQL schema dropped on exit."""

    def __init__(self, backend: str, folder: Path):
        self.backend = backend
        self.folder = folder
        self.schema = f"test_{uuid.uuid4().hex[:12]}"

    def __enter__(self) -> str:
        if self.backend == "sqlite":
            return f"sqlite:///{self.folder / f'{self.schema}.db'}"
        engine = sa.create_engine(POSTGRES_URL)
        with engine.begin() as connection:
            connection.execute(sa.text(f"CREATE SCHEMA {self.schema}"))
        engine.dispose()
        return postgres_schema_url(self.schema)

    def __exit__(self, *_exc: object) -> None:
        if self.backend == "sqlite":
            return
        engine = sa.create_engine(POSTGRES_URL)
        with engine.begin() as connection:
            connection.execute(sa.text(f"DROP SCHEMA {self.schema} CASCADE"))
        engine.dispose()
