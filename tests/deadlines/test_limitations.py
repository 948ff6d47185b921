"""Limitation periods of labour disputes: start, suspension, restart."""

from __future__ import annotations

import datetime
import re

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import WorkingCalendar
from quanhelaodong.deadlines import SourceConfidence, limitation_end, limitation_period, limitation_periods
from quanhelaodong.errors import InvalidValueError, RuleNotInForceError, UnknownRuleError
from tests.days import as_date

days = st.dates(datetime.date(2021, 1, 1), datetime.date(2035, 12, 31)).map(as_date)
ids = st.sampled_from([period.id for period in limitation_periods()])
STATE = WorkingCalendar.state()


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_the_catalogue_holds_the_labour_codes_limitation_periods() -> None:
    amounts = {p.id: (p.amount, p.unit.value, p.citation.rsplit(" ", 1)[-1]) for p in limitation_periods()}
    assert amounts == {
        "limitation_mediator": (6, "month", "190(1)"), "limitation_arbitration": (9, "month", "190(2)"),
        "limitation_court": (1, "year", "190(3)"), "collective_limitation_mediator": (6, "month", "194(1)"),
        "collective_limitation_arbitration": (9, "month", "194(2)"),
        "collective_limitation_court": (1, "year", "194(3)")}
    with pytest.raises(UnknownRuleError):
        limitation_period("limitation_forever")


def test_it_runs_from_the_day_after_discovery_to_the_end_of_its_last_day() -> None:
    end = limitation_end("limitation_mediator", D("2024-08-31"))
    assert end == D("2025-02-28")
    assert end.steps[1].citation.endswith("Điều 147(3)")  # a period that starts with an event
    assert "Điều 151" in end.steps[0].citation
    # A last day on a weekend rolls over on the body's (state) calendar: 1 year from
    # 26/4/2024 ends on Saturday 26/4/2025, a make-up day the civil service works.
    assert limitation_end("limitation_court", D("2024-04-26")) == D("2025-04-26")
    assert limitation_end("limitation_court", D("2024-04-27")) == D("2025-04-28")  # Sunday 27/4


def test_suspended_time_is_not_counted() -> None:
    # Ten days of an objective obstacle inside the period push its end ten days later.
    plain = limitation_end("limitation_arbitration", D("2024-01-10"))
    suspended = limitation_end("limitation_arbitration", D("2024-01-10"),
                               suspended=[("2024-03-01", "2024-03-10")])
    assert (suspended - plain).days >= 10
    assert "Điều 190(4)" in suspended.explain()
    # Time before the discovery or after the end does not count; overlaps count once.
    same = limitation_end("limitation_arbitration", D("2024-01-10"),
                          suspended=[("2023-12-01", "2024-01-10"), ("2024-03-01", "2024-03-10"),
                                     ("2024-03-05", "2024-03-08")])
    assert same == suspended


def test_only_texts_that_provide_it_suspend_or_restart() -> None:
    with pytest.raises(InvalidValueError, match="no text suspends"):
        limitation_end("collective_limitation_mediator", D("2024-01-10"),
                       suspended=[("2024-02-01", "2024-02-02")])
    with pytest.raises(InvalidValueError, match="no text restarts"):
        limitation_end("limitation_mediator", D("2024-01-10"), restarted=["2024-02-01"])
    court = limitation_period("limitation_court")
    assert court.restarts[0].confidence is SourceConfidence.UNCERTAIN  # Civil Code Art. 157 in a labour case
    with pytest.raises(InvalidValueError, match="before the discovery"):
        limitation_end("limitation_court", D("2024-01-10"), restarted=["2024-01-01"])
    with pytest.raises(InvalidValueError):
        limitation_end("limitation_court", D("2024-01-10"), suspended=[("2024-03-10", "2024-03-01")])


def test_a_restart_counts_the_whole_period_again() -> None:
    end = limitation_end("limitation_court", D("2024-03-01"), restarted=["2024-10-15"])
    assert end == D("2025-10-15")
    assert "limitation_restart" in end.rules
    late = limitation_end("limitation_court", D("2023-03-01"), restarted=["2024-10-15"])
    assert late == limitation_end("limitation_court", D("2023-03-01"))  # it had already ended
    assert "limitation_restart_late" in late.rules


@settings(max_examples=150, deadline=None)
@given(ids, days, days, st.integers(0, 120))
def test_suspension_extends_by_the_suspended_days_inside(period_id: str, discovered: pendulum.Date,
                                                          first: pendulum.Date, length: int) -> None:
    period = limitation_period(period_id)
    plain = limitation_end(period, discovered, calendar=STATE)
    assert plain > discovered
    assert STATE.is_working_day(plain)
    if not period.suspensions:
        return
    last = first.add(days=length)
    extended = limitation_end(period, discovered, suspended=[(first, last)], calendar=STATE)
    assert extended >= plain
    nominal = next(s.date for s in extended.steps if s.rule.startswith("civil_end"))
    moved = [s.date for s in extended.steps if s.rule == "limitation_suspension"]
    end = moved[0] if moved else nominal  # the last day before any roll-over
    inside = sum(1 for i in range(length + 1) if discovered < first.add(days=i) <= end)
    # The end moves by exactly the suspended days inside the period it ends.
    assert (end - nominal).days == inside


def test_a_long_suspension_is_counted_without_walking_every_day() -> None:
    # Decades of suspension: the end moves by as many days, computed at once; a span
    # that pushes the end past the calendars' range is refused, not looped over.
    end = limitation_end("limitation_court", D("2025-01-01"), suspended=[("2025-02-01", "2084-12-31")],
                         calendar=STATE)
    nominal = D("2026-01-01")
    days = (D("2084-12-31") - D("2025-02-01")).days + 1
    assert STATE.roll_forward(nominal.add(days=days)) == end
    with pytest.raises(InvalidValueError):
        limitation_end("limitation_court", D("2025-01-01"), suspended=[("2025-02-01", "9999-12-31")])


@pytest.mark.parametrize("bad", [
    {"suspended": None}, {"suspended": 5}, {"suspended": "2025-02-01"}, {"restarted": None},
    {"restarted": 5}, {"restarted": "2025-02-01"}, {"calendar": "state"},
])
def test_bad_arguments_raise_the_librarys_errors(bad: dict[str, object]) -> None:
    with pytest.raises(InvalidValueError):
        limitation_end("limitation_court", D("2025-01-01"), **bad)  # type: ignore[arg-type]


def test_a_period_is_not_counted_before_its_code_took_effect() -> None:
    # Labour Code 2019 Art. 190 took effect on 1/1/2021; a discovery before is another code's.
    with pytest.raises(RuleNotInForceError):
        limitation_end("limitation_mediator", D("2020-06-01"))
    assert limitation_end("limitation_mediator", D("2021-01-01")) == D("2021-07-01")


@pytest.mark.parametrize(("change", "message"), [
    ({"suspensions": [5]}, "provision [0] must be a LimitationProvision or a mapping"),
    ({"restarts": [{"citation": "x"}]}, "provision [0] must be a LimitationProvision or a mapping"),
    ({"suspensions": "Điều 190"}, "expected a sequence, not the string"),
    ({"amount": -1}, "amount must be a whole number >= 0, got -1"),
], ids=["number", "partial-mapping", "string", "negative"])
def test_a_limitation_period_built_with_a_wrong_field_is_an_invalid_value(
        change: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidValueError, match=re.escape(message)):
        attrs.evolve(limitation_period("limitation_mediator"), **change)  # type: ignore[arg-type]
