"""Agencies change: the 2025 reorganisation as events, successors derived from them."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import successors
from quanhelaodong.agencies import (
    AgencyFunction,
    ChangeEvent,
    ChangeKind,
    change_events,
    default_catalogue,
)
from tests.days import as_date

TODAY = as_date("2026-11-22")
EVENTS = change_events()


def ids(agencies: tuple[object, ...]) -> list[str]:
    return [getattr(agency, "id") for agency in agencies]  # noqa: B009


def test_a_succession_explains_each_step_with_its_basis() -> None:
    labour = successors("thua-thien-hue/so-ldtbxh", on=TODAY,
                        function=AgencyFunction.LABOUR_RELATIONS)
    assert (labour.changed, labour.ambiguous) == (True, False)
    assert [(e.kind, e.effective.isoformat()) for e in labour.events] == [
        (ChangeKind.RENAME, "2025-01-01"), (ChangeKind.SPLIT, "2025-03-01")]
    lines = labour.explain().splitlines()
    assert lines[0].endswith("(thua-thien-hue/so-ldtbxh)")
    assert "175/2024/QH15" in lines[1]
    assert "45/2025/NĐ-CP" in lines[2]
    assert lines[-1] == "  = Sở Nội vụ thành phố Huế (hue/so-noi-vu) on 2026-11-22"
    unchanged = successors("ha-noi/ldld", on=TODAY)
    assert (unchanged.changed, unchanged.events) == (False, ())
    assert len(unchanged.explain().splitlines()) == 2


def test_functions_route_a_split() -> None:
    labour = successors("vn/bo-ldtbxh", on=TODAY, function=AgencyFunction.LABOUR_RELATIONS)
    assert ids(labour.agencies) == ["vn/bo-noi-vu"]
    assert ids(successors("vn/bo-ldtbxh", on=TODAY, function="vocational_training").agencies) == [
        "vn/bo-gddt"]
    assert ids(successors("vn/bo-ldtbxh", on=TODAY, function="poverty_reduction").agencies) == [
        "vn/bo-nnmt"]
    everything = successors("vn/bo-ldtbxh", on=TODAY)
    assert everything.ambiguous
    assert set(ids(everything.agencies)) == {"vn/bo-noi-vu", "vn/bo-gddt", "vn/bo-y-te",
                                             "vn/bo-nnmt", "vn/bo-cong-an"}


def test_merged_provinces_and_the_end_of_districts() -> None:
    union = successors("kien-giang/ldld", on=TODAY)
    assert ids(union.agencies) == ["an-giang-2025/ldld"]
    assert union.events[0].basis[0].symbol == "202/2025/QH15"
    district = successors("thua-thien-hue/ubnd-cap-huyen", on=TODAY)
    assert ids(district.agencies) == ["hue/ubnd-cap-xa"]
    assert ids(successors("thua-thien-hue/ubnd-cap-huyen", on="2025-06-30").agencies) == [
        "hue/ubnd-cap-huyen"]
    assert ids(successors("ha-noi/ldld", on=TODAY).agencies) == ["ha-noi/ldld"]  # unchanged


def test_old_ids_keep_resolving() -> None:
    catalogue = default_catalogue()
    assert catalogue.get("thua-thien-hue/so-ldtbxh").dissolved == as_date("2025-01-01")
    for agency in catalogue:
        if agency.dissolved is None:
            continue
        succession = successors(agency, on=agency.dissolved)
        assert succession.changed, agency.id
        for successor in succession.agencies:
            assert successor.exists_on(agency.dissolved), (agency.id, successor.id)


event_days = st.sampled_from([e for e in EVENTS if e.before[0].startswith(
    ("vn/", "thua-thien-hue/", "an-giang/", "kien-giang/", "ha-giang/"))])


@settings(max_examples=200, deadline=None)
@given(event_days, st.integers(-400, 400), st.sampled_from([None, *AgencyFunction]))
def test_before_an_event_the_old_body_answers_after_it_the_successor(
        event: object, offset: int, function: AgencyFunction | None) -> None:
    assert isinstance(event, ChangeEvent)
    day = event.effective.add(days=offset)
    succession = successors(event.before[0], on=day, function=function)
    if day < event.effective:
        assert event not in succession.events
        assert ids(succession.agencies) == [event.before[0]]
    else:
        assert succession.events[0] == event
        assert event.before[0] not in ids(succession.agencies)
    founded = succession.original.founded
    if founded is None or day >= founded:  # asked before the body existed, it answers itself
        for agency in succession.agencies:
            assert agency.exists_on(day)


def test_events_are_well_formed() -> None:
    catalogue = default_catalogue()
    for event in EVENTS:
        assert event.basis, event.id
        for agency_id in (*event.before, *event.after):
            assert agency_id in catalogue, (event.id, agency_id)
        for target in event.after:
            assert catalogue.get(target).exists_on(event.effective), (event.id, target)
    assert [e.effective for e in EVENTS] == sorted(e.effective for e in EVENTS)
    with pytest.raises(ValueError, match="function"):
        successors("vn/bo-ldtbxh", on=TODAY, function="sports")
    assert successors("vn/tld").on == pendulum.today().date()
