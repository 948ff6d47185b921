"""The schema is created and upgraded by the library, from every earlier version."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from quanhelaodong.errors import InvalidValueError
from quanhelaodong.io import converter, load_bundled
from quanhelaodong.store import SCHEMA_VERSION, SchemaVersionError, Store, migrate


def _layout(url: str) -> dict[str, object]:
    """Every table with its columns and indexes, as the database reports them."""
    engine = sa.create_engine(url)
    try:
        inspector = sa.inspect(engine)
        return {table: ([(column["name"], str(column["type"]), column["nullable"])
                         for column in inspector.get_columns(table)],
                        sorted((index["name"], tuple(index["column_names"]))
                               for index in inspector.get_indexes(table)))
                for table in sorted(inspector.get_table_names())}
    finally:
        engine.dispose()


def _version(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.exec_driver_sql("SELECT version FROM schema_version").scalar_one())
    finally:
        engine.dispose()


@pytest.mark.parametrize("start", range(SCHEMA_VERSION))
def test_opening_a_store_of_any_earlier_version_brings_it_to_the_latest(new_url: str, start: int) -> None:
    assert migrate(new_url, to=start) == start
    assert (start == 0) or _version(new_url) == start
    with Store(new_url) as store:
        assert store.schema_version == SCHEMA_VERSION
    upgraded = _layout(new_url)
    # The same layout as a store made at the latest version in one go.
    fresh = new_url.replace(".db", "-fresh.db") if new_url.startswith("sqlite") else None
    if fresh is not None:
        with Store(fresh):
            pass
        assert upgraded == _layout(fresh)
    assert "ix_progress_occurrence" in str(upgraded["progress"])


def test_each_step_adds_what_it_says(new_url: str) -> None:
    migrate(new_url, to=1)
    assert {"programmes", "tasks", "assignments", "occurrences", "progress"} <= set(_layout(new_url))
    assert "reporting_rules" not in _layout(new_url)
    migrate(new_url, to=2)
    assert {"reporting_rules", "reports", "user_agencies"} <= set(_layout(new_url))
    assert "ix_progress_occurrence" not in str(_layout(new_url)["progress"])
    migrate(new_url, to=3)
    assert "ix_progress_occurrence" in str(_layout(new_url)["progress"])
    assert "recurs" not in str(_layout(new_url)["tasks"])
    migrate(new_url, to=4)
    assert "recurs" in str(_layout(new_url)["tasks"])
    assert "reference_day" in str(_layout(new_url)["programmes"])
    assert "ix_progress_deadlines" not in str(_layout(new_url)["progress"])
    migrate(new_url, to=5)
    assert "ix_progress_deadlines" in str(_layout(new_url)["progress"])
    assert "ix_tasks_recurring" not in str(_layout(new_url)["tasks"])
    migrate(new_url, to=6)
    assert "ix_tasks_recurring" in str(_layout(new_url)["tasks"])
    engine = sa.create_engine(new_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM progress")  # still allowed before step 7
    engine.dispose()


def test_a_programme_saved_at_version_1_loads_equal_after_the_upgrade(new_url: str) -> None:
    plan = load_bundled("hue-2023")
    assert plan.reporting_rules, "the test needs a programme with reporting rules"
    migrate(new_url, to=1)
    # What version 1 wrote: rules and reports inside the programme's body.
    body = converter().unstructure(plan)
    tasks = body.pop("tasks")
    for key in ("agencies", "progress"):
        body.pop(key)
    engine = sa.create_engine(new_url)
    with engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO programmes (id, kind, title, issuer, area, period_start, period_end, "
            "occurrences_stored, body) VALUES (:id, :kind, :title, :issuer, :area, NULL, NULL, "
            ":stored, :body)"), {"id": plan.id, "kind": plan.kind.value, "title": plan.title,
                                 "issuer": plan.issuer, "area": plan.area, "stored": False,
                                 "body": json.dumps(body)})
        for position, task in enumerate(tasks):
            assignments = task.pop("assignments")
            connection.execute(sa.text(
                "INSERT INTO tasks (programme_id, position, id, title, calendar, body) "
                "VALUES (:p, :n, :id, :title, 'state', :body)"),
                {"p": plan.id, "n": position, "id": task["id"], "title": task["title"],
                 "body": json.dumps(task)})
            for number, assignment in enumerate(assignments):
                connection.execute(sa.text(
                    "INSERT INTO assignments (programme_id, task_position, position, agency, role, body) "
                    "VALUES (:p, :t, :n, :agency, :role, :body)"),
                    {"p": plan.id, "t": position, "n": number, "agency": assignment["agency"],
                     "role": assignment["role"], "body": json.dumps(assignment)})
    engine.dispose()
    with Store(new_url) as store:
        assert store.load(plan.id) == plan
    engine = sa.create_engine(new_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM reporting_rules").scalar() == len(
            plan.reporting_rules)
        assert "reporting_rules" not in connection.exec_driver_sql("SELECT body FROM programmes").scalar_one()
    engine.dispose()


def test_a_newer_schema_is_refused_and_an_older_one_only_opened_to_upgrade(new_url: str) -> None:
    migrate(new_url, to=1)
    with pytest.raises(SchemaVersionError, match="upgrade=True"):
        Store(new_url, upgrade=False)
    assert _version(new_url) == 1
    Store(new_url).close()
    engine = sa.create_engine(new_url)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}")
    engine.dispose()
    with pytest.raises(SchemaVersionError, match="newer"):
        Store(new_url)


@pytest.mark.parametrize("to", [-1, SCHEMA_VERSION + 1, "3", True])
def test_a_version_that_does_not_exist_is_refused(to: object) -> None:
    with pytest.raises(InvalidValueError, match="schema version"):
        migrate("sqlite://", to=to)  # type: ignore[arg-type]
