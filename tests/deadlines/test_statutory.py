"""Statutory time limits as data."""

from __future__ import annotations

import datetime

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong import WorkingCalendar, statutory_deadline
from quanhelaodong.deadlines import RuleDirection, SourceConfidence, statutory_rule, statutory_rules
from quanhelaodong.errors import RuleNotInForceError, UnknownRuleError
from tests.days import as_date

days = st.dates(datetime.date(2021, 2, 1), datetime.date(2035, 12, 31)).map(as_date)


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_catalogue_covers_the_legal_notes() -> None:
    ids = {rule.id for rule in statutory_rules()}
    for expected in ["dialogue_periodic", "dialogue_on_request", "cb_agree_venue", "cb_start",
                     "cb_duration", "cba_submit", "cba_renewal_window", "cba_holdover",
                     "rules_file", "rules_review", "rules_effect", "dispute_forward", "mediation",
                     "arbitration_board", "arbitration_decision", "limitation_mediator",
                     "limitation_arbitration", "limitation_court", "strike_poll_notice",
                     "strike_notice", "lockout_notice", "employee_conference",
                     "arbitration_council_term", "report_gap"]:
        assert expected in ids
    for rule in statutory_rules():
        assert rule.citation
        assert rule.amount > 0


def test_versions_by_effective_date() -> None:
    assert statutory_rule("dialogue_on_request", on="2020-12-31").amount == 10
    assert statutory_rule("dialogue_on_request", on="2021-02-01").amount == 5
    with pytest.raises(RuleNotInForceError):
        statutory_rule("cb_start", on="2015-01-01")
    with pytest.raises(UnknownRuleError) as caught:
        statutory_rule("cb_begin")
    assert isinstance(caught.value, KeyError)
    assert "cb_start" in str(caught.value)


def test_uncertain_rules_say_so_and_can_be_overridden() -> None:
    rule = statutory_rule("dialogue_on_request", on="2024-01-01")
    assert rule.confidence is SourceConfidence.UNCERTAIN
    deadline = statutory_deadline(rule, D("2025-03-03"))
    assert "UNCERTAIN" in deadline.steps[0].text
    stricter = attrs.evolve(rule, amount=3, confidence="C")
    assert statutory_deadline(stricter, D("2025-03-03")) == D("2025-03-06")


def test_examples() -> None:
    # A bargaining request received Monday 3 March 2025: venue agreed within 7 working days.
    assert statutory_deadline("cb_agree_venue", D("2025-03-03")) == D("2025-03-12")
    # ... and bargaining starts within 30 days.
    assert statutory_deadline("cb_start", D("2025-03-03")) == D("2025-04-02")
    # Limitation for a mediator: 6 months from discovery on 31 August 2024.
    assert statutory_deadline("limitation_mediator", D("2024-08-31")) == D("2025-02-28")
    # Strike on Friday 14 March 2025: decision sent by Thursday 6 March (strict reading).
    strike = statutory_deadline("strike_notice", D("2025-03-14"))
    assert strike == D("2025-03-06")
    assert statutory_deadline("strike_notice", D("2025-03-14"), reading="lenient") == D("2025-03-07")
    assert strike.rules[0] == "strike_notice"


@given(st.sampled_from(sorted({rule.id for rule in statutory_rules()})), days)
def test_every_rule_computes_with_its_source(rule_id: str, start: pendulum.Date) -> None:
    deadline = statutory_deadline(rule_id, start)
    rule = statutory_rule(rule_id, on=start)
    assert deadline.steps[0].citation == rule.citation
    if rule.direction is RuleDirection.AFTER:
        assert deadline > start
    else:
        assert deadline < start  # a notice's latest day, or the day a window opens
    if rule.rollover and rule.direction is RuleDirection.AFTER:
        assert WorkingCalendar.state().is_working_day(deadline)


def test_renewal_window_opens_ninety_days_before_expiry() -> None:
    opening = statutory_deadline("cba_renewal_window", D("2025-12-31"))
    assert opening == D("2025-10-02")
    assert (D("2025-12-31") - opening).days == 90
    assert statutory_rule("cba_renewal_window").direction is RuleDirection.WINDOW_BEFORE
