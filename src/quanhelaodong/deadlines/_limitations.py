"""Limitation periods ("thời hiệu") of labour disputes: their start, suspension and restart.

A limitation period is not an ordinary time limit: it is a period set by law whose
end costs a party its right to ask (Civil Code 2015 Art. 149(1), 150(3)). The
Labour Code fixes them for individual disputes (Art. 190) and collective disputes
about rights (Art. 194): 6 months to ask a labour mediator, 9 months the labour
arbitration council, 1 year a court, each "kể từ ngày phát hiện ra hành vi" that
the party considers a violation. So each runs from the day after the discovery
(Art. 147(3)), from the start of that day to the end of its last day (Art. 151).

The texts also say what time does not count and when a period starts again; each
:class:`LimitationPeriod` lists only what its texts provide, with the confidence
that they reach it:

* individual disputes: time of force majeure or an objective obstacle is not
  counted (Labour Code Art. 190(4));
* cases in court: the Civil Procedure Code sends limitation to the Civil Code
  (Art. 184(1)), whose Art. 156 (time not counted) and 157 (a new start after an
  acknowledgement, part performance or a settlement) may reach labour cases: not
  settled, so marked uncertain.

Suspended days are added to the end, as many as fall inside the running period.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Iterable
from importlib import resources

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date, as_optional_date, as_tuple
from quanhelaodong.deadlines._calendars import WorkingCalendar, checked_calendar, day_off_reason_vi
from quanhelaodong.deadlines._periods import PeriodUnit, as_amount, as_period_unit, forward_period
from quanhelaodong.deadlines._reasoning import Deadline, ReasoningStep
from quanhelaodong.deadlines._sources import cite
from quanhelaodong.deadlines._statutory import (
    FLAGS_VI,
    CalendarOwner,
    SourceConfidence,
    as_source_confidence,
    calendar_of,
)
from quanhelaodong.deadlines._vietnamese import amount_vi, date_vi
from quanhelaodong.errors import InvalidValueError, RuleNotInForceError, UnknownRuleError

__all__ = ["LimitationPeriod", "LimitationProvision", "limitation_end", "limitation_period",
           "limitation_periods"]


@attrs.frozen
class LimitationProvision:
    """A text that suspends or restarts a limitation period, with how surely it applies.

    >>> (suspension,) = limitation_period("limitation_mediator").suspensions
    >>> suspension.citation, suspension.confidence.value
    ('Bộ luật Lao động 2019 (45/2019/QH14), Điều 190(4)', 'S')
    """

    citation: str
    text: str
    confidence: SourceConfidence = attrs.field(converter=as_source_confidence)


#: The kinds of dispute, as the Labour Code names them.
_DISPUTES_VI = {"individual": "tranh chấp lao động cá nhân",
                "collective_rights": "tranh chấp lao động tập thể về quyền"}


def _provisions(values: Iterable[object]) -> tuple[LimitationProvision, ...]:
    provisions = []
    for index, value in enumerate(as_tuple(values)):
        if isinstance(value, LimitationProvision):
            provisions.append(value)
        elif isinstance(value, dict) and set(value) == {"citation", "text", "confidence"}:
            provisions.append(LimitationProvision(**value))
        else:
            raise InvalidValueError(f"provision [{index}] must be a LimitationProvision or a mapping "
                                    f"of citation, text and confidence, got {type(value).__name__} "
                                    f"{value!r}")
    return tuple(provisions)


def _as_calendar_owner(value: object) -> CalendarOwner:
    return as_choice(CalendarOwner, value, "counts_on")


@attrs.frozen
class LimitationPeriod:
    """A limitation period of the Labour Code: how long, from what, before whom.

    >>> court = limitation_period("limitation_court")
    >>> court.citation, court.amount, court.unit.value, court.counts_on.value
    ('Bộ luật Lao động 2019 (45/2019/QH14), Điều 190(3)', 1, 'year', 'court')
    >>> len(court.suspensions), court.restarts[0].confidence.value
    (1, 'U')
    """

    id: str
    citation: str
    amount: int = attrs.field(converter=as_amount)
    unit: PeriodUnit = attrs.field(converter=as_period_unit)
    body: str
    dispute: str
    starts: str
    starts_vi: str
    counts_on: CalendarOwner = attrs.field(converter=_as_calendar_owner)
    effective_from: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date)
    confidence: SourceConfidence = attrs.field(
        default=SourceConfidence.CONFIRMED, converter=as_source_confidence)
    suspensions: tuple[LimitationProvision, ...] = attrs.field(default=(), converter=_provisions)
    restarts: tuple[LimitationProvision, ...] = attrs.field(default=(), converter=_provisions)
    #: The body and what it is asked to do, as the Labour Code words it ("Tòa án giải quyết").
    body_vi: str | None = None


@functools.cache
def limitation_periods() -> tuple[LimitationPeriod, ...]:
    """Every limitation period of the library's catalogue.

    >>> [period.id for period in limitation_periods()][:3]
    ['limitation_mediator', 'limitation_arbitration', 'limitation_court']
    """
    raw = resources.files("quanhelaodong.deadlines").joinpath("data", "limitations.json").read_text("utf-8")
    return tuple(LimitationPeriod(**entry) for entry in json.loads(raw)["periods"])


def limitation_period(period_id: str) -> LimitationPeriod:
    """The limitation period ``period_id``.

    >>> limitation_period("limitation_arbitration").amount
    9
    """
    for period in limitation_periods():
        if period.id == period_id:
            return period
    known = ", ".join(period.id for period in limitation_periods())
    raise UnknownRuleError(f"no limitation period {period_id!r}; known: {known}")


def _spans(suspended: Iterable[tuple[object, object]]) -> list[tuple[datetime.date, datetime.date]]:
    """The suspended spans as sorted, disjoint (first day, last day) pairs: overlaps count once."""
    spans = []
    for pair in as_tuple(suspended):
        try:
            first, last = pair
        except (TypeError, ValueError):
            raise InvalidValueError(f"a suspension is a (first day, last day) pair, got {pair!r}") from None
        low, high = as_date(first), as_date(last)
        if high < low:
            raise InvalidValueError(f"a suspension ends before it starts: {low} to {high}")
        spans.append((low, high))
    merged: list[tuple[datetime.date, datetime.date]] = []
    for low, high in sorted(spans):
        if merged and low.toordinal() <= merged[-1][1].toordinal() + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _extended_end(spans: list[tuple[datetime.date, datetime.date]], after: datetime.date,
                  end: datetime.date) -> int:
    """Days to add to ``end`` so that it lies as many days later as suspended days fall
    in ``after`` < day <= the new end (a suspended span reached by the days added counts too)."""
    added = 0
    reach = end.toordinal()
    for low, high in spans:  # sorted and disjoint
        first, last = max(low.toordinal(), after.toordinal() + 1), high.toordinal()
        if last < first:
            continue
        if first > reach:
            break
        added += last - first + 1
        reach += last - first + 1
    return added


def _run(period: LimitationPeriod, start: pendulum.Date,
         spans: list[tuple[datetime.date, datetime.date]], calendar: WorkingCalendar,
         event: str, event_vi: str) -> Deadline:
    """The end of a period running from ``start``, with the suspended days added."""
    plain = forward_period(start, period.amount, period.unit, calendar, False, event=event,
                           event_vi=event_vi)
    base = pendulum.Date(plain.year, plain.month, plain.day)
    added = _extended_end(spans, start, base)
    try:
        end = base.add(days=added)
    except (OverflowError, ValueError):
        raise InvalidValueError(f"{added} suspended day(s) move the end past the dates a calendar "
                                "can hold") from None
    steps = list(plain.steps)
    if added:
        steps.append(ReasoningStep("limitation_suspension", period.suspensions[0].citation,
                                   f"{added} suspended day(s) inside the period are not counted, so it "
                                   f"ends {added} day(s) later", end,
                                   text_vi=f"{amount_vi(added, 'day')} trong thời hiệu thuộc thời gian không "
                                   f"tính vào thời hiệu nên thời hiệu kết thúc muộn hơn {added:02d} ngày"))
    if not calendar.is_working_day(end):
        rolled = calendar.roll_forward(end)
        steps.append(ReasoningStep("civil_rollover", cite("civil_rollover"),
                                   f"{end.isoformat()} is not a working day on {calendar.label}; a "
                                   "limitation period is a period (Art. 149(1)), so it ends at the end "
                                   "of the next working day", rolled,
                                   text_vi=f"Ngày cuối cùng của thời hiệu ({date_vi(end)}) là "
                                   f"{day_off_reason_vi(calendar, end)}; thời hiệu là thời hạn (khoản 1 "
                                   "Điều 149 Bộ luật Dân sự) nên kết thúc tại thời điểm kết thúc ngày "
                                   "làm việc tiếp theo"))
        end = rolled
    return Deadline.of(end, tuple(steps))


def limitation_end(period: str | LimitationPeriod, discovered: object, *,
                   suspended: Iterable[tuple[object, object]] = (),
                   restarted: Iterable[object] = (),
                   calendar: WorkingCalendar | None = None) -> Deadline:
    """The last day to ask, for a violation discovered on ``discovered``.

    ``suspended`` are (first day, last day) spans the law does not count (force
    majeure, an objective obstacle); ``restarted`` are days of an event after which
    the period starts again (an acknowledgement, part performance, a settlement).
    Only a period whose texts provide them accepts them. The roll-over of Art.
    148(5) is counted on the calendar of the body the request goes to (a state
    body's or a court's: the state calendar), unless ``calendar`` is given.

    >>> limitation_end("limitation_mediator", "2024-08-31")  # 6 months: 28/2/2025
    Deadline(2025, 2, 28)
    >>> limitation_end("limitation_mediator", "2024-08-31", suspended=[("2024-12-01", "2024-12-10")])
    Deadline(2025, 3, 10)
    >>> limitation_end("limitation_court", "2024-03-01", restarted=["2024-10-15"])  # a new year from 16/10
    Deadline(2025, 10, 15)
    """
    chosen = period if isinstance(period, LimitationPeriod) else limitation_period(period)
    start = as_date(discovered)
    if chosen.effective_from is not None and start < chosen.effective_from:
        raise RuleNotInForceError(f"limitation period {chosen.id!r} ({chosen.citation}) applies from "
                                  f"{chosen.effective_from}, not to a discovery on {start}")
    if calendar is not None:
        checked_calendar(calendar)
    spans = _spans(suspended)
    restarts = sorted(as_date(day) for day in as_tuple(restarted))
    if spans and not chosen.suspensions:
        raise InvalidValueError(f"no text suspends the limitation period {chosen.id!r}")
    if restarts and not chosen.restarts:
        raise InvalidValueError(f"no text restarts the limitation period {chosen.id!r}")
    used = calendar or calendar_of(chosen.counts_on, None)
    flag = {SourceConfidence.CONFIRMED: "", SourceConfidence.SECONDARY: " [secondary source]",
            SourceConfidence.UNCERTAIN: " [UNCERTAIN: check before relying on it]"}[chosen.confidence]
    dispute_vi = _DISPUTES_VI.get(chosen.dispute, chosen.dispute)
    head = [ReasoningStep(chosen.id, f"{chosen.citation}; {cite('civil_limitation_counting')}",
                          f"Limitation period to ask the {chosen.body}: {chosen.amount} "
                          f"{chosen.unit.value}(s) from {chosen.starts}{flag}; it runs from the start "
                          "of its first day to the end of its last", start,
                          text_vi=f"Thời hiệu yêu cầu {chosen.body_vi or chosen.body} {dispute_vi} là "
                          f"{amount_vi(chosen.amount, chosen.unit.value)} {chosen.starts_vi}"
                          f"{FLAGS_VI[chosen.confidence]}; thời hiệu được tính từ thời điểm bắt đầu ngày "
                          "đầu tiên và chấm dứt tại thời điểm kết thúc ngày cuối cùng của thời hiệu")]
    result = _run(chosen, start, spans, used, "discovery of the violation",
                  "phát hiện ra hành vi vi phạm")
    for day in restarts:
        if day < start:
            raise InvalidValueError(f"a restart on {day} comes before the discovery on {start}")
        if day > result:
            head.append(ReasoningStep("limitation_restart_late", chosen.restarts[0].citation,
                                      f"The event of {day.isoformat()} came after the period ended on "
                                      f"{result.isoformat()}: it does not restart it", result,
                                      text_vi=f"Sự kiện ngày {date_vi(day)} xảy ra sau khi thời hiệu đã "
                                      f"kết thúc ngày {date_vi(result)} nên không làm thời hiệu bắt đầu "
                                      "lại"))
            continue
        head.extend(result.steps)
        head.append(ReasoningStep("limitation_restart", chosen.restarts[0].citation,
                                  f"An event on {day.isoformat()} restarts the period from the next "
                                  f"day [{chosen.restarts[0].confidence.value}]", day.add(days=1),
                                  text_vi=f"Thời hiệu bắt đầu lại kể từ ngày tiếp theo sau ngày xảy ra sự "
                                  f"kiện ({date_vi(day)}) [{chosen.restarts[0].confidence.value}]"))
        start = day
        result = _run(chosen, start, spans, used, "the restarting event",
                      "sự kiện làm thời hiệu bắt đầu lại")
    return Deadline.of(result, (*head, *result.steps))
