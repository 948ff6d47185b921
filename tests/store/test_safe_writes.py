"""Many desks at once lose nothing; a writer killed mid-way leaves the store as it was."""

from __future__ import annotations

import multiprocessing
import os
import random
import threading
import time

import pytest
import sqlalchemy as sa

from quanhelaodong.programmes import CoordinationProgramme, ProgressUpdate, Task
from quanhelaodong.store import Store

DESKS = ("thua-thien-hue/so-ldtbxh", "thua-thien-hue/ldld")
BATCH = 20


def _plan() -> CoordinationProgramme:
    return CoordinationProgramme("theo-doi", "plan", "Kế hoạch", period=("2024-01-01", "2024-12-31"),
                                 tasks=[Task(str(number), str(number), "Nhiệm vụ") for number in range(5)])


def _update(desk: str, number: int) -> ProgressUpdate:
    return ProgressUpdate(str(number % 5), "2024-03-01", desk, percent=number % 101, text=f"{desk} #{number}")


def _record_one_by_one(url: str, desk: str, count: int) -> None:
    with Store(url) as store:
        for number in range(count):
            store.record("theo-doi", _update(desk, number))


def test_two_desks_recording_at_once_from_threads_lose_nothing(new_url: str) -> None:
    with Store(new_url) as store:
        store.save(_plan())
        threads = [threading.Thread(target=_record_one_by_one, args=(new_url, desk, 40)) for desk in DESKS]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        history = store.history("theo-doi")
    updates = [record for record in history if isinstance(record, ProgressUpdate)]
    assert sorted(record.text or "" for record in updates) == sorted(
        f"{desk} #{number}" for desk in DESKS for number in range(40))
    # Each desk's records keep the order that desk recorded them in.
    for desk in DESKS:
        assert [r.text for r in updates if r.agency == desk] == [f"{desk} #{n}" for n in range(40)]


def test_two_desks_recording_at_once_from_processes_lose_nothing(new_url: str) -> None:
    with Store(new_url) as store:
        store.save(_plan())
    context = multiprocessing.get_context("fork")
    processes = [context.Process(target=_record_one_by_one, args=(new_url, desk, 40)) for desk in DESKS]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0
    with Store(new_url) as store:
        assert store.count_records("theo-doi") == 80
        assert {getattr(r, "text", None) for r in store.history("theo-doi")} == {
            f"{desk} #{number}" for desk in DESKS for number in range(40)}


def _record_batches_forever(url: str, ready: multiprocessing.synchronize.Event) -> None:
    with Store(url) as store:
        ready.set()
        number = 0
        while True:
            store.record("theo-doi", *(_update(DESKS[0], number + offset) for offset in range(BATCH)))
            number += BATCH


def test_a_writer_killed_mid_write_leaves_whole_batches_only(new_url: str) -> None:
    with Store(new_url) as store:
        store.save(_plan())
    context = multiprocessing.get_context("fork")
    chance = random.Random(14)
    seen = 0
    for _ in range(10):
        ready = context.Event()
        writer = context.Process(target=_record_batches_forever, args=(new_url, ready))
        writer.start()
        assert ready.wait(30)
        time.sleep(chance.uniform(0.01, 0.1))
        os.kill(writer.pid or 0, 9)
        writer.join()
        with Store(new_url) as store:
            count = store.count_records("theo-doi")
            assert count % BATCH == 0, "a batch was recorded in part"
            assert count >= seen
            seen = count
            history = store.history("theo-doi")
            assert len(history) == count
            assert store.load("theo-doi").progress == history
        if new_url.startswith("sqlite"):
            engine = sa.create_engine(new_url)
            with engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            engine.dispose()
    assert seen > 0, "no writer got as far as recording anything"


@pytest.mark.parametrize("count", [0])
def test_recording_nothing_is_no_transaction(new_url: str, count: int) -> None:
    with Store(new_url) as store:
        store.save(_plan())
        assert store.record("theo-doi") == count
        assert store.count_records() == count
