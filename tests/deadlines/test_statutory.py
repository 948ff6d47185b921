"""Statutory time limits as data."""

from __future__ import annotations

import datetime
import re

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import WorkingCalendar, statutory_deadline
from quanhelaodong.deadlines import (
    CalendarOwner,
    RuleDirection,
    SourceConfidence,
    limitation_periods,
    statutory_rule,
    statutory_rules,
)
from quanhelaodong.errors import InvalidValueError, QuanHeLaoDongError, RuleNotInForceError, UnknownRuleError
from tests.days import as_date

days = st.dates(datetime.date(2021, 2, 1), datetime.date(2035, 12, 31)).map(as_date)


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_catalogue_covers_the_legal_notes() -> None:
    ids = {rule.id for rule in statutory_rules()} | {period.id for period in limitation_periods()}
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
    with pytest.raises(UnknownRuleError, match="limitation_period"):
        statutory_rule("limitation_court")  # a limitation period is its own kind
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
    # A bargaining request received Monday 3 March 2025: venue agreed within 7 working days
    # of the employer (Sunday rest by default: Saturday 8/3 counts) ...
    assert statutory_deadline("cb_agree_venue", D("2025-03-03")) == D("2025-03-11")
    five_day = WorkingCalendar.employer(weekly_rest=(5, 6))
    assert statutory_deadline("cb_agree_venue", D("2025-03-03"), employer=five_day) == D("2025-03-12")
    # ... and bargaining starts within 30 days.
    assert statutory_deadline("cb_start", D("2025-03-03")) == D("2025-04-02")
    # Strike on Friday 14 March 2025: decision sent by Thursday 6 March (strict reading).
    strike = statutory_deadline("strike_notice", D("2025-03-14"))
    assert strike == D("2025-03-06")
    assert statutory_deadline("strike_notice", D("2025-03-14"), reading="lenient") == D("2025-03-07")
    assert strike.rules[0] == "strike_notice"


FIVE_DAY = WorkingCalendar.employer(weekly_rest=(5, 6))
employers = st.sampled_from([WorkingCalendar.employer(), FIVE_DAY,
                             WorkingCalendar.employer(weekly_rest=(0,), tet="3+2")])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted({rule.id for rule in statutory_rules()})), days, employers)
def test_every_rule_computes_on_its_owners_calendar(rule_id: str, start: pendulum.Date,
                                                   employer: WorkingCalendar) -> None:
    deadline = statutory_deadline(rule_id, start, employer=employer)
    rule = statutory_rule(rule_id, on=start)
    assert deadline.steps[0].citation == rule.citation
    owners = [employer if owner is CalendarOwner.EMPLOYER else WorkingCalendar.state()
              for owner in rule.counts_on]
    for owner in owners:
        assert owner.label in deadline.steps[0].text
    if rule.direction is RuleDirection.AFTER:
        assert deadline > start
        assert deadline.steps[1].citation.endswith("Điều 147(3)")  # a period from an event
    else:
        assert deadline < start  # a notice's latest day, or the day a window opens
    if rule.rollover and rule.direction is RuleDirection.AFTER:
        assert owners[0].is_working_day(deadline)
    # With several owners the earliest day is kept: no single calendar gives an earlier one.
    single = [statutory_deadline(rule, start, calendar=owner) for owner in owners]
    assert deadline == min(single)


def test_a_notice_to_an_employer_rolls_over_its_rest_day_not_the_states() -> None:
    # 26/4/2025 and 10/1/2026 are Saturdays the civil service works (make-up days), but rest
    # days of an employer with a five-day week: an employer's period ending there rolls over.
    assert statutory_deadline("cb_start", D("2025-03-27"), employer=FIVE_DAY) == D("2025-04-28")
    assert statutory_deadline("cb_start", D("2025-12-11"), employer=FIVE_DAY) == D("2026-01-12")
    # The state calendar, which the rules used before, did not roll them.
    state = WorkingCalendar.state()
    assert statutory_deadline("cb_start", D("2025-03-27"), calendar=state) == D("2025-04-26")
    assert statutory_deadline("cb_start", D("2025-12-11"), calendar=state) == D("2026-01-10")
    # A state body's limit counts on the state calendar, whatever the employer's: the
    # make-up Saturday 26/4/2025 is its fifth working day.
    assert statutory_deadline("dispute_forward", D("2025-04-21"), employer=FIVE_DAY) == D("2025-04-26")


def test_a_notice_to_several_recipients_is_counted_on_each() -> None:
    # Strike on Monday 5 January 2026: five whole working days of both the employer and the
    # state bodies must lie between. The state's 2/1 is a day off (swap) and its Saturdays
    # rest, while a Sunday-rest employer works 2/1 and Saturdays 3/1 and 27/12.
    deadline = statutory_deadline("strike_notice", D("2026-01-05"))
    assert statutory_rule("strike_notice").counts_on == (CalendarOwner.EMPLOYER, CalendarOwner.STATE_BODY)
    by_state = statutory_deadline("strike_notice", D("2026-01-05"), calendar=WorkingCalendar.state())
    by_employer = statutory_deadline("strike_notice", D("2026-01-05"), calendar=WorkingCalendar.employer())
    assert deadline == min(by_state, by_employer) == by_state == D("2025-12-24")
    assert by_employer == D("2025-12-27")
    assert "the earliest is kept" in deadline.steps[0].text


def test_renewal_window_opens_ninety_days_before_expiry() -> None:
    opening = statutory_deadline("cba_renewal_window", D("2025-12-31"))
    assert opening == D("2025-10-02")
    assert (D("2025-12-31") - opening).days == 90
    assert statutory_rule("cba_renewal_window").direction is RuleDirection.WINDOW_BEFORE


@pytest.mark.parametrize("rule", [5, None, ["cb_start"]])
def test_a_rule_that_is_no_id_is_unknown(rule: object) -> None:
    with pytest.raises(UnknownRuleError):
        statutory_rule(rule)  # type: ignore[arg-type]
    with pytest.raises(UnknownRuleError):
        statutory_deadline(rule, D("2025-03-03"))  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [{"employer": "five-day"}, {"calendar": 5}, {"employer": (5, 6)}])
def test_calendars_that_are_no_calendars_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(InvalidValueError, match="WorkingCalendar"):
        statutory_deadline("cb_start", D("2025-03-03"), **bad)  # type: ignore[arg-type]


def test_every_after_rule_from_the_calendar_s_last_day_raises_the_library_s_error() -> None:
    after = [rule for rule in statutory_rules() if rule.direction is RuleDirection.AFTER]
    assert after
    for rule in after:
        with pytest.raises(QuanHeLaoDongError):
            statutory_deadline(rule.id, "9999-12-31")
    for rule in statutory_rules():
        with pytest.raises(QuanHeLaoDongError):
            statutory_deadline(rule.id, "0001-01-01")


@pytest.mark.parametrize(("change", "message"), [
    ({"amount": "10"}, "amount must be a whole number >= 0, got '10'"),
    ({"amount": None}, "got None"),
    ({"amount": True}, "got True"),
    ({"counts_on": ()}, "counts on at least one calendar"),
    ({"counts_on": ("weekday",)}, "counts_on must be one of 'state_body', 'employer', 'court'"),
    ({"counts_on": 5}, "expected a sequence, got int 5"),
], ids=["text-amount", "no-amount", "bool-amount", "no-calendar", "wrong-calendar", "no-sequence"])
def test_a_rule_built_with_a_wrong_field_is_an_invalid_value(change: dict[str, object],
                                                             message: str) -> None:
    with pytest.raises(InvalidValueError, match=re.escape(message)):
        attrs.evolve(statutory_rule("mediation"), **change)  # type: ignore[arg-type]
