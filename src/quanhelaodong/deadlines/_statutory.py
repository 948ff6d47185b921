"""Time limits of the Labour Code 2019 and its decrees, as cited data.

Each :class:`StatutoryRule` comes from ``deadlines/data/statutory.json`` with its citation,
amount, unit, direction (a period after an event, or "at least N before"), whether
the Civil Code roll-over applies, the dates it is in force, and a confidence tag:
``C`` confirmed against the statute's wording, ``S`` secondary, ``U`` uncertain.
An uncertain rule says so in every explanation; to use another reading, change
the rule (``attrs.evolve(rule, amount=10)``) and pass the rule instead of its id.
"""

from __future__ import annotations

import enum
import functools
import json
from importlib import resources

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date, as_optional_date
from quanhelaodong.deadlines._calendars import WorkingCalendar
from quanhelaodong.deadlines._periods import (
    BackwardReading,
    Deadline,
    PeriodUnit,
    ReasoningStep,
    backward_period,
    forward_period,
    window_before,
)
from quanhelaodong.errors import RuleNotInForceError, UnknownRuleError

__all__ = [
    "RuleDirection",
    "SourceConfidence",
    "StatutoryRule",
    "statutory_deadline",
    "statutory_rule",
    "statutory_rules",
]


class SourceConfidence(enum.StrEnum):
    """How well a rule is backed: confirmed against the statute, a secondary source, uncertain.

    >>> statutory_rule("mediation").confidence, statutory_rule("cba_submit").confidence
    (<SourceConfidence.CONFIRMED: 'C'>, <SourceConfidence.SECONDARY: 'S'>)
    >>> statutory_deadline("dialogue_on_request", "2025-04-25").steps[0].text  # said in every explanation
    'Reply to a request for dialogue ... [UNCERTAIN: check before relying on it]'
    """

    CONFIRMED = "C"
    SECONDARY = "S"
    UNCERTAIN = "U"


class RuleDirection(enum.StrEnum):
    """Which way a statutory time limit runs from its event.

    >>> rules = ("mediation", "strike_notice", "cba_renewal_window")
    >>> [statutory_rule(rule).direction.value for rule in rules]
    ['after', 'before', 'window_before']
    >>> [statutory_deadline(rule, "2025-12-31") for rule in rules]  # an event on 31/12/2025
    [Deadline(2026, 1, 9), Deadline(2025, 12, 23), Deadline(2025, 10, 2)]
    """

    #: A period counted from an event ("trong 10 ngày kể từ ...").
    AFTER = "after"
    #: A notice given at least so long before an event ("ít nhất 5 ngày làm việc trước ...").
    BEFORE = "before"
    #: A window that opens so long before an event ("trong thời hạn 90 ngày trước ngày ... hết
    #: hạn"): the result is the window's first day.
    WINDOW_BEFORE = "window_before"


@attrs.frozen
class StatutoryRule:
    """One version of a statutory time limit.

    >>> rule = statutory_rule("mediation")
    >>> rule.citation, rule.amount, rule.unit.value, rule.direction.value
    ('Bộ luật Lao động 2019 (45/2019/QH14), Điều 188(2)', 5, 'working_day', 'after')
    >>> statutory_deadline(attrs.evolve(rule, amount=10), "2025-04-25")  # another reading: 10 days
    Deadline(2025, 5, 13)
    """

    id: str
    citation: str
    amount: int
    unit: PeriodUnit = attrs.field(converter=PeriodUnit)
    direction: RuleDirection = attrs.field(converter=RuleDirection)
    summary: str
    rollover: bool = True
    effective_from: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)
    effective_until: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)
    confidence: SourceConfidence = attrs.field(default=SourceConfidence.CONFIRMED, converter=SourceConfidence)
    summary_vi: str | None = None
    note: str | None = None

    def in_force_on(self, day: pendulum.Date) -> bool:
        """Whether this version applies to an event on ``day``."""
        if self.effective_from is not None and day < self.effective_from:
            return False
        return self.effective_until is None or day <= self.effective_until


@functools.cache
def statutory_rules() -> tuple[StatutoryRule, ...]:
    """Every version of every rule in the library's catalogue.

    >>> sorted({rule.id for rule in statutory_rules()})[:3]
    ['arbitration_board', 'arbitration_council_term', 'arbitration_decision']
    """
    raw = resources.files("quanhelaodong.deadlines").joinpath("data", "statutory.json").read_text("utf-8")
    return tuple(StatutoryRule(**entry) for entry in json.loads(raw)["rules"])


def statutory_rule(rule_id: str, on: object = None) -> StatutoryRule:
    """The version of ``rule_id`` in force on ``on`` (default: today).

    >>> statutory_rule("mediation").amount, statutory_rule("mediation").unit.value
    (5, 'working_day')
    >>> statutory_rule("dialogue_on_request", on="2020-06-01").amount
    10
    """
    versions = [rule for rule in statutory_rules() if rule.id == rule_id]
    if not versions:
        known = sorted({rule.id for rule in statutory_rules()})
        raise UnknownRuleError(f"no statutory rule {rule_id!r}; known: {', '.join(known)}")
    day = pendulum.today().date() if on is None else as_date(on)
    for rule in versions:
        if rule.in_force_on(day):
            return rule
    raise RuleNotInForceError(f"rule {rule_id!r} has no version in force on {day}")


def statutory_deadline(rule: str | StatutoryRule, start: object, *,
                       calendar: WorkingCalendar | None = None,
                       reading: BackwardReading | str = BackwardReading.STRICT) -> Deadline:
    """The deadline a statutory rule sets for an event on ``start``.

    For an "after" rule, ``start`` is the event the period runs from; for a
    "before" rule, it is the event the notice must precede, and the result is the
    latest day to give notice. The explanation starts with the rule and its source.

    >>> deadline = statutory_deadline("mediation", pendulum.Date(2025, 4, 25))
    >>> deadline
    Deadline(2025, 5, 6)
    >>> deadline.rules[0]
    'mediation'
    """
    day = as_date(start)
    chosen = rule if isinstance(rule, StatutoryRule) else statutory_rule(rule, on=day)
    calendar = calendar or WorkingCalendar.state()
    flag = {SourceConfidence.CONFIRMED: "", SourceConfidence.SECONDARY: " [secondary source]",
            SourceConfidence.UNCERTAIN: " [UNCERTAIN: check before relying on it]"}[chosen.confidence]
    head = ReasoningStep(chosen.id, chosen.citation,
                         f"{chosen.summary}: {chosen.amount} {chosen.unit.value}(s) "
                         f"{chosen.direction.value}{flag}", day)
    if chosen.direction is RuleDirection.WINDOW_BEFORE:
        result = window_before(day, chosen.amount, chosen.unit, calendar)
    elif chosen.direction is RuleDirection.BEFORE:
        result = backward_period(day, chosen.amount, chosen.unit,
                                 as_choice(BackwardReading, reading, "reading"), calendar, True)
    else:
        result = forward_period(day, chosen.amount, chosen.unit, calendar, chosen.rollover)
    return Deadline.of(result, (head, *result.steps))
