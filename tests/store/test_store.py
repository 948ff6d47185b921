"""The store keeps what it is given: programmes whole, history only added to, bad input named."""

from __future__ import annotations

import itertools

import attrs
import pendulum
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings

from quanhelaodong.agencies import Agency
from quanhelaodong.errors import InvalidValueError, QuanHeLaoDongError, UnknownTaskError
from quanhelaodong.io import load_bundled
from quanhelaodong.programmes import (
    Assignment,
    Completion,
    CoordinationProgramme,
    Extension,
    ProgressUpdate,
    Task,
)
from quanhelaodong.store import (
    SCHEMA_VERSION,
    Store,
    StoreConflictError,
    StoreError,
    StoreUnavailableError,
    UnknownProgrammeError,
)
from tests.strategies import programmes_with_follow_up, programmes_with_progress

_ids = itertools.count()


def _fresh(programme: CoordinationProgramme) -> CoordinationProgramme:
    """The programme under an id no other example of the module used."""
    return attrs.evolve(programme, id=f"p{next(_ids)}")


@pytest.fixture(scope="module")
def store(module_url: str) -> Store:
    return Store(module_url)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programmes_with_progress)
def test_a_programme_with_progress_loads_equal_to_the_one_saved(store: Store,
                                                                 programme: CoordinationProgramme) -> None:
    programme = _fresh(programme)
    store.save(programme)
    assert store.load(programme.id) == programme


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programmes_with_follow_up)
def test_reporting_rules_reports_and_dialogues_come_back_as_saved(store: Store,
                                                                  programme: CoordinationProgramme) -> None:
    programme = _fresh(programme)
    store.save(programme)
    assert store.load(programme.id) == programme


def test_the_bundled_programmes_come_back_equal(store: Store) -> None:
    for name in ("hue-2023", "ha-noi-2019", "thai-nguyen-2022"):
        programme = _fresh(load_bundled(name))
        store.save(programme)
        assert store.load(programme.id) == programme


def test_records_are_added_in_order_and_never_overwrite_earlier_ones(store: Store) -> None:
    programme = _fresh(load_bundled("hue-2023"))
    store.save(programme)
    first = Extension("PL.III.2", "2023-12-20", "2024-03-31")
    second = Extension("PL.III.2", "2024-03-01", "2024-06-30")
    update = ProgressUpdate("PL.III.2", "2024-03-02", "thua-thien-hue/so-ldtbxh", percent=50)
    assert store.record(programme.id, first) == 1
    assert store.record(programme.id, second, update) == 2
    assert store.history(programme.id, "PL.III.2") == (first, second, update)
    assert store.load(programme.id) == attrs.evolve(programme, progress=[first, second, update])
    deadlines = {day: [s.deadline for s in store.task_statuses(programme.id, day) if s.task == "PL.III.2"]
                 for day in ("2024-01-15", "2024-03-15")}
    # The deadline in force on each day, from what was recorded by then.
    assert deadlines == {"2024-01-15": [as_day("2024-04-01")], "2024-03-15": [as_day("2024-07-01")]}


def as_day(text: str) -> pendulum.Date:
    return pendulum.Date.fromisoformat(text)


def test_a_record_naming_an_unknown_task_records_nothing(store: Store) -> None:
    programme = _fresh(load_bundled("hue-2023"))
    store.save(programme)
    good = ProgressUpdate("PL.I.4", "2023-09-15", "thua-thien-hue/so-ldtbxh")
    with pytest.raises(UnknownTaskError, match=r"PL\.1\.4") as raised:
        store.record(programme.id, good, Completion("PL.1.4", "2023-10-01"))
    assert "PL.I.4" in raised.value.suggestions
    assert store.count_records(programme.id) == 0


def test_bad_input_is_the_librarys_error_naming_what_was_wrong(store: Store) -> None:
    programme = _fresh(load_bundled("hue-2023"))
    store.save(programme)
    with pytest.raises(UnknownProgrammeError, match=programme.id + "x") as unknown:
        store.record(programme.id + "x", Completion("PL.I.4", "2023-10-01"))
    assert programme.id in unknown.value.available
    with pytest.raises(InvalidValueError, match="ProgressUpdate, Completion or Extension"):
        store.record(programme.id, "PL.I.4 done")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="CoordinationProgramme"):
        store.save({"id": "x"})  # type: ignore[arg-type]
    with pytest.raises(StoreConflictError, match="already in the store"):
        store.save(programme)
    with pytest.raises(InvalidValueError, match="role"):
        store.overdue_tasks("2024-01-05", role="boss")
    with pytest.raises(InvalidValueError, match="programme id"):
        store.load(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("url", [
    "nosuchdb://localhost/x",
    "not a url at all",
    "sqlite:////nonexistent-folder-for-the-test/sub/tracking.db",
    "postgresql+psycopg://nobody:secret-password@127.0.0.1:1/nothing",
])
def test_a_url_that_cannot_be_opened_is_a_store_unavailable_error(url: str) -> None:
    with pytest.raises(StoreUnavailableError) as raised:
        Store(url)
    assert isinstance(raised.value, (QuanHeLaoDongError, ConnectionError))
    assert "secret-password" not in str(raised.value)


def test_a_url_that_is_not_text_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="URL"):
        Store(None)  # type: ignore[arg-type]


def test_a_new_store_is_at_the_latest_schema_version(new_url: str) -> None:
    with Store(new_url) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.programme_ids() == ()


def test_agencies_added_by_users_join_the_catalogue_and_set_the_calendar(new_url: str) -> None:
    enterprise = Agency("x/cong-ty-b", "Công ty B", "enterprise", "employers")
    plan = CoordinationProgramme("cong-ty", "plan", "Kế hoạch", issuer="x/cong-ty-b",
                                 period=("2024-01-01", "2024-12-31"),
                                 tasks=[Task("1", "1", "Đối thoại", timeframe="trước ngày 31/3/2024",
                                             assignments=[Assignment("x/cong-ty-b", "lead")])])
    with Store(new_url) as store:
        store.save(plan)
        # 30/3/2024 is a Saturday: a state body's next working day is Monday 1/4, an
        # employer resting on Sundays only works on Saturday.
        assert [s.deadline for s in store.task_statuses("cong-ty", "2024-03-31")] == [as_day("2024-04-01")]
        store.add_agencies([enterprise])
        assert store.agencies() == (enterprise,)
        assert store.catalogue().get("x/cong-ty-b") == enterprise
        assert [s.deadline for s in store.task_statuses("cong-ty", "2024-03-31")] == [as_day("2024-03-30")]
        assert [s.task for s in store.overdue_tasks("2024-03-31", agency="x/cong-ty-b")] == ["1"]
        with pytest.raises(StoreConflictError, match="x/cong-ty-b"):
            store.add_agencies([enterprise])
        with pytest.raises(StoreConflictError, match="thua-thien-hue/ubnd"):
            store.add_agencies([attrs.evolve(enterprise, id="thua-thien-hue/ubnd")])
        with pytest.raises(InvalidValueError, match="Agency"):
            store.add_agencies(["x/cong-ty-c"])  # type: ignore[list-item]


def test_store_errors_share_one_base() -> None:
    for error in (StoreConflictError, StoreUnavailableError, UnknownProgrammeError):
        assert issubclass(error, StoreError)


def _run(code: str) -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          check=False)
    return done.stdout + done.stderr


def test_import_quanhelaodong_leaves_the_store_and_sqlalchemy_unloaded() -> None:
    printed = _run("import sys, quanhelaodong; print(sorted(m for m in sys.modules "
                   "if m.startswith(('sqlalchemy', 'quanhelaodong.store'))))")
    assert printed.strip() == "[]"


def test_without_the_extra_the_store_says_which_extra_to_install() -> None:
    printed = _run("import sys; sys.modules['sqlalchemy'] = None\n"
                   "try:\n    import quanhelaodong.store\n"
                   "except ImportError as error:\n    print(type(error).__name__, error)")
    assert printed.strip() == "MissingExtraError the store needs: pip install 'quanhelaodong[store]'"


def test_the_database_refuses_to_rewrite_history(new_url: str) -> None:
    with Store(new_url) as store:
        store.save(_fresh(load_bundled("hue-2023")))
        programme_id = store.programme_ids()[0]
        store.record(programme_id, ProgressUpdate("PL.I.4", "2023-09-15", "thua-thien-hue/so-ldtbxh"))
    engine = sa.create_engine(new_url)
    try:
        for statement in ("UPDATE progress SET percent = 100", "DELETE FROM progress"):
            with pytest.raises(sa.exc.DBAPIError, match="only ever added"), engine.begin() as connection:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()
    with Store(new_url) as store:
        assert store.count_records() == 1
