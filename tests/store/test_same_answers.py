"""The store answers as the in-memory functions do, for the same random histories, on any day."""

from __future__ import annotations

import datetime
import itertools

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quanhelaodong.followup import overdue_tasks, task_statuses
from quanhelaodong.io import load_bundled
from quanhelaodong.programmes import (
    Completion,
    CoordinationProgramme,
    Extension,
    ProgressEvent,
    ProgressUpdate,
    Role,
)
from quanhelaodong.store import Store, TaskStanding
from tests.strategies import FOLLOWED_BODIES, followed_programmes

_ids = itertools.count()
days = st.dates(datetime.date(2019, 1, 1), datetime.date(2034, 12, 31))
agencies = st.none() | st.sampled_from(FOLLOWED_BODIES)
roles = st.none() | st.sampled_from(Role)


@pytest.fixture(scope="module")
def store(module_url: str) -> Store:
    return Store(module_url)


def _expected(programme: CoordinationProgramme, day: datetime.date, store: Store) -> list[TaskStanding]:
    return [TaskStanding.of(programme.id, state)
            for state in task_statuses(programme, day, catalogue=store.catalogue())]


def _edges(plan: CoordinationProgramme, store: Store) -> list[datetime.date]:
    """The days where an answer may turn: each record's day, each deadline, and the days around."""
    found: set[datetime.date] = set()
    for record in plan.progress:
        found.add(record.on)
        found.update(day for day in (getattr(record, "new_deadline", None), record.occurrence) if day)
    for day in (datetime.date(2019, 1, 1), datetime.date(2034, 12, 31), *sorted(found)):
        found.update(state.deadline for state in task_statuses(plan, day, catalogue=store.catalogue())
                     if state.deadline is not None)
    one = datetime.timedelta(days=1)
    return sorted({edge + shift for edge in found for shift in (-one, 0 * one, one)})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(followed_programmes(), st.data(), st.integers(0, 12), agencies, roles)
def test_statuses_and_overdue_tasks_match_the_in_memory_functions(
        store: Store, plan: CoordinationProgramme, data: st.DataObject, saved_with: int,
        agency: str | None, role: Role | None) -> None:
    plan = attrs.evolve(plan, id=f"r{next(_ids)}")
    # Part of the history comes with the programme, the rest is recorded afterwards.
    store.save(attrs.evolve(plan, progress=plan.progress[:saved_with]))
    rest = plan.progress[saved_with:]
    if rest:
        store.record(plan.id, *rest)
    assert store.load(plan.id) == plan
    edges = _edges(plan, store)
    asked = data.draw(st.lists((st.sampled_from(edges) | days) if edges else days, min_size=1, max_size=6))
    for day in asked:
        assert store.task_statuses(plan.id, day) == _expected(plan, day, store)
        mine = [standing for standing in store.overdue_tasks(day, agency=agency, role=role)
                if standing.programme == plan.id]
        assert mine == [TaskStanding.of(plan.id, state)
                        for state in overdue_tasks(plan, day, agency=agency, role=role,
                                                   catalogue=store.catalogue())]


def test_a_bundled_plan_with_records_gives_the_same_answers_every_day(store: Store) -> None:
    plan = attrs.evolve(load_bundled("hue-2023"), id=f"r{next(_ids)}")
    store.save(plan)
    records: list[ProgressEvent] = [
               ProgressUpdate("PL.I.4", "2023-09-15", "thua-thien-hue/so-ldtbxh", percent=60),
               Extension("PL.III.2", "2023-12-20", "2024-03-31", requested_by="thua-thien-hue/so-ldtbxh"),
               Completion("PL.I.4", "2023-11-30", agency="thua-thien-hue/so-ldtbxh"),
               Completion("II.2", "2024-01-10"),
               # Decided the day it was done: it still counts for lateness.
               Extension("IV.8.a", "2024-01-08", "2024-01-31"), Completion("IV.8.a", "2024-01-08"),
               # Decided after it was done: it no longer applies.
               Completion("IV.8.b", "2024-01-08"), Extension("IV.8.b", "2024-01-09", "2024-01-31"),
               Extension("IV.2.c", "2024-01-05", "2024-01-20")]
    store.record(plan.id, *records)
    plan = attrs.evolve(plan, progress=records)
    statuses = set()
    one = datetime.timedelta(days=1)
    # Every day around the deadlines, the extensions and the completions recorded.
    for start, end in (("2023-12-29", "2024-01-12"), ("2024-01-30", "2024-02-02"),
                       ("2024-03-29", "2024-04-03")):
        day = datetime.date.fromisoformat(start)
        while day <= datetime.date.fromisoformat(end):
            found = store.task_statuses(plan.id, day)
            assert found == _expected(plan, day, store)
            statuses |= {standing.status for standing in found}
            for agency in ("thua-thien-hue/bhxh", "thua-thien-hue/ubnd"):
                assert [s for s in store.overdue_tasks(day, agency=agency) if s.programme == plan.id] == [
                    TaskStanding.of(plan.id, state)
                    for state in overdue_tasks(plan, day, agency=agency, catalogue=store.catalogue())]
            day += one
    assert len(statuses) == 5  # every cell of the grid was reached, so every branch compared
