"""Time limits of the Labour Code 2019 and its decrees, as cited data.

Each :class:`StatutoryRule` comes from ``deadlines/data/statutory.json`` with its citation,
amount, unit, direction (a period after an event, or "at least N before"), whether
the Civil Code roll-over applies, whose working days it counts (:class:`CalendarOwner`:
the state body's, the employer's, the court's), the dates it is in force, and a
confidence tag: ``C`` confirmed against the statute's wording, ``S`` secondary,
``U`` uncertain. :func:`statutory_deadline` counts on that calendar unless the
caller passes another.
An uncertain rule says so in every explanation; to use another reading, change
the rule (``attrs.evolve(rule, amount=10)``) and pass the rule instead of its id.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Callable
from importlib import resources

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date, as_optional_date, as_tuple
from quanhelaodong.deadlines._calendars import WorkingCalendar, checked_calendar
from quanhelaodong.deadlines._periods import (
    BackwardReading,
    PeriodUnit,
    as_amount,
    as_period_unit,
    backward_period,
    forward_period,
    window_before,
)
from quanhelaodong.deadlines._reasoning import Deadline, ReasoningStep
from quanhelaodong.deadlines._vietnamese import amount_vi, date_vi
from quanhelaodong.errors import InvalidValueError, RuleNotInForceError, UnknownRuleError

__all__ = [
    "CalendarOwner",
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
    >>> head = statutory_deadline("dialogue_on_request", "2025-04-25").steps[0].text
    >>> "[UNCERTAIN: check before relying on it]" in head  # said in every explanation
    True
    """

    CONFIRMED = "C"
    SECONDARY = "S"
    UNCERTAIN = "U"


class CalendarOwner(enum.StrEnum):
    """Whose working days a statutory rule counts, and so which calendar decides its days.

    A state body (the labour authority, a People's Committee, the labour mediator,
    the arbitration council) and a court count on the state calendar; an employer
    on its own. A period at an employer with a five-day week ending on a Saturday
    the civil service works (26/4/2025) rolls over, as that Saturday is the
    employer's rest day:

    >>> statutory_rule("cb_start").counts_on
    (<CalendarOwner.EMPLOYER: 'employer'>,)
    >>> five_day = WorkingCalendar.employer(weekly_rest=(5, 6))
    >>> statutory_deadline("cb_start", "2025-03-27", employer=five_day)  # day 30: Saturday 26/4
    Deadline(2025, 4, 28)
    >>> statutory_deadline("cb_start", "2025-03-27", calendar=WorkingCalendar.state())
    Deadline(2025, 4, 26)
    """

    STATE_BODY = "state_body"
    EMPLOYER = "employer"
    COURT = "court"


def _owners(values: object) -> tuple[CalendarOwner, ...]:
    owners = tuple(as_choice(CalendarOwner, value, "counts_on")
                   for value in as_tuple(values))  # type: ignore[arg-type]
    if not owners:
        raise InvalidValueError("a rule counts on at least one calendar")
    return owners


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


def _as_rule_direction(value: object) -> RuleDirection:
    return as_choice(RuleDirection, value, "direction")


#: Whose working days a rule counts, as Vietnamese names the owner.
_OWNERS_VI = {CalendarOwner.STATE_BODY: "cơ quan nhà nước", CalendarOwner.EMPLOYER: "người sử dụng lao động",
              CalendarOwner.COURT: "Tòa án"}
#: A rule's amount and direction in Vietnamese, as the Labour Code words its limits.
_DIRECTIONS_VI: dict[RuleDirection, Callable[[str], str]] = {
    RuleDirection.AFTER: lambda amount: f"trong thời hạn {amount} kể từ ngày xảy ra sự kiện",
    RuleDirection.BEFORE: lambda amount: f"ít nhất {amount} trước ngày xảy ra sự kiện",
    RuleDirection.WINDOW_BEFORE: lambda amount: f"trong thời hạn {amount} trước ngày xảy ra sự kiện",
}
#: How a Vietnamese explanation flags a rule that is not confirmed against the statute.
FLAGS_VI = {SourceConfidence.CONFIRMED: "", SourceConfidence.SECONDARY: " [nguồn thứ cấp]",
            SourceConfidence.UNCERTAIN: " [CHƯA CHẮC CHẮN: cần kiểm tra trước khi áp dụng]"}


def as_source_confidence(value: object) -> SourceConfidence:
    return as_choice(SourceConfidence, value, "confidence")


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
    amount: int = attrs.field(converter=as_amount)
    unit: PeriodUnit = attrs.field(converter=as_period_unit)
    direction: RuleDirection = attrs.field(converter=_as_rule_direction)
    summary: str
    rollover: bool = True
    effective_from: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)
    effective_until: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)
    confidence: SourceConfidence = attrs.field(
        default=SourceConfidence.CONFIRMED, converter=as_source_confidence)
    summary_vi: str | None = None
    note: str | None = None
    #: Whose working days the rule counts; with several, each is counted and the earliest day kept.
    counts_on: tuple[CalendarOwner, ...] = attrs.field(default=("state_body",), converter=_owners)
    #: Why the rule counts on that calendar.
    calendar_note: str | None = None

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
        hint = (" (limitation periods are their own kind: see limitation_period)"
                if isinstance(rule_id, str) and rule_id.startswith("limitation") else "")
        raise UnknownRuleError(f"no statutory rule {rule_id!r}; known: {', '.join(known)}{hint}")
    day = pendulum.today().date() if on is None else as_date(on)
    for rule in versions:
        if rule.in_force_on(day):
            return rule
    raise RuleNotInForceError(f"rule {rule_id!r} has no version in force on {day}")


def calendar_of(owner: CalendarOwner, employer: WorkingCalendar | None) -> WorkingCalendar:
    """The calendar ``owner`` counts on: the state calendar for a state body or a court."""
    if owner is CalendarOwner.EMPLOYER:
        return employer or WorkingCalendar.employer()
    return WorkingCalendar.state()


def statutory_deadline(rule: str | StatutoryRule, start: object, *,
                       calendar: WorkingCalendar | None = None,
                       employer: WorkingCalendar | None = None,
                       reading: BackwardReading | str = BackwardReading.STRICT) -> Deadline:
    """The deadline a statutory rule sets for an event on ``start``.

    For an "after" rule, ``start`` is the event the period runs from (its day is
    not counted, Civil Code Art. 147(3)); for a "before" rule, it is the event the
    notice must precede, and the result is the latest day to give notice. The rule
    counts on the calendar of whoever its :attr:`~StatutoryRule.counts_on` names:
    ``employer`` is the employer's calendar (default: Sunday rest, the state's Tết
    and National Day choices); ``calendar`` overrides every owner's. The
    explanation starts with the rule, its source and the calendar used.

    >>> deadline = statutory_deadline("mediation", pendulum.Date(2025, 4, 25))
    >>> deadline
    Deadline(2025, 5, 6)
    >>> deadline.rules[0], deadline.steps[0].text.split("; ")[-1]
    ('mediation', "counted on the state calendar (state body's working days)")
    """
    day = as_date(start)
    chosen = rule if isinstance(rule, StatutoryRule) else statutory_rule(rule, on=day)
    if calendar is not None:
        checked_calendar(calendar)
    if employer is not None:
        checked_calendar(employer, "employer")
    how = as_choice(BackwardReading, reading, "reading")
    if calendar is not None:
        calendars = [(calendar, "as the caller asked", " (lịch được chỉ định khi tính)")]
    else:
        calendars = []
        for owner in chosen.counts_on:
            used = calendar_of(owner, employer)
            if used not in [other for other, _, _ in calendars]:
                # The Vietnamese label already names the state or the employer; only a court,
                # counting on the state calendar, needs saying.
                owner_vi = "" if _OWNERS_VI[owner] in used.label_vi else f" (áp dụng cho {_OWNERS_VI[owner]})"
                calendars.append((used, f"{owner.value.replace('_', ' ')}'s working days", owner_vi))
    flag = {SourceConfidence.CONFIRMED: "", SourceConfidence.SECONDARY: " [secondary source]",
            SourceConfidence.UNCERTAIN: " [UNCERTAIN: check before relying on it]"}[chosen.confidence]
    results = []
    for used, text, text_vi in calendars:
        if chosen.direction is RuleDirection.WINDOW_BEFORE:
            result = window_before(day, chosen.amount, chosen.unit, used)
        elif chosen.direction is RuleDirection.BEFORE:
            result = backward_period(day, chosen.amount, chosen.unit, how, used, True)
        else:
            result = forward_period(day, chosen.amount, chosen.unit, used, chosen.rollover,
                                    event="the event the rule runs from",
                                    event_vi="sự kiện mà quy định lấy làm mốc tính thời hạn")
        results.append((result, f"{used.label} ({text})", f"{used.label_vi}{text_vi}"))
    result = min(result for result, _, _ in results)
    if len(results) == 1:
        text = f"counted on {results[0][1]}"
        text_vi = f"tính theo {results[0][2]}"
    else:
        text = ("counted on each: " + ", ".join(f"{r.isoformat()} on {label}" for r, label, _ in results)
                + "; the earliest is kept")
        text_vi = ("tính theo từng lịch: " + ", ".join(f"ngày {date_vi(r)} theo {label}"
                                                       for r, _, label in results)
                   + "; lấy ngày sớm nhất")
    head = ReasoningStep(chosen.id, chosen.citation,
                         f"{chosen.summary}: {chosen.amount} {chosen.unit.value}(s) "
                         f"{chosen.direction.value}{flag}; {text}", day,
                         text_vi=f"{chosen.summary_vi or chosen.summary}: "
                         f"{_DIRECTIONS_VI[chosen.direction](amount_vi(chosen.amount, chosen.unit.value))}"
                         f"{FLAGS_VI[chosen.confidence]}; {text_vi}")
    return Deadline.of(result, (head, *result.steps))
