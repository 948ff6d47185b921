"""Deadlines as Vietnamese law counts them.

* working-day calendars of state agencies and of employers, with the statutory
  holidays, days in lieu and the official swaps, and each employer's Tết and
  National Day choices (:class:`WorkingCalendar`, :class:`TetSplit`,
  :class:`NationalDayChoice`);
* Civil Code 2015 period arithmetic whose results carry their legal reasoning
  (:func:`period_end`, :func:`period_before`, :class:`Deadline`);
* the time phrases plans are written in, read once into typed frames
  (:func:`parse_timeframe`, :class:`Timeframe` and its kinds);
* the Labour Code's time limits as cited data, each counted on the calendar of
  whoever must act (:func:`statutory_deadline`, :class:`CalendarOwner`), the
  limitation periods of labour disputes with their start, suspension and restart
  (:func:`limitation_end`), and the data periods of periodic reports
  (:func:`data_period`);
* one table of the legal sources every citation is built from or checked against
  (:func:`legal_provision`, :func:`citation_problems`).

This layer knows nothing of agencies, programmes, the graph or the follow-up.

>>> from quanhelaodong.deadlines import parse_timeframe, period_end
>>> period_end("2025-01-15", 10, "day")
Deadline(2025, 2, 3)
>>> parse_timeframe("Quý III, IV/2023").due
Date(2023, 12, 31)
"""

from quanhelaodong.deadlines._calendars import FIRST_YEAR, LAST_YEAR, WorkingCalendar, as_between, shifted
from quanhelaodong.deadlines._data_periods import DataPeriod, data_period
from quanhelaodong.deadlines._days_off import CalendarCoverage, CalendarKind, DayKind, DayOff, MakeUpDay
from quanhelaodong.deadlines._holiday_rules import CULTURAL_DAY_EFFECTIVE, NationalDayChoice, TetSplit
from quanhelaodong.deadlines._limitations import (
    LimitationPeriod,
    LimitationProvision,
    limitation_end,
    limitation_period,
    limitation_periods,
)
from quanhelaodong.deadlines._periods import (
    BackwardReading,
    PeriodMarker,
    PeriodUnit,
    month_marker,
    period_before,
    period_end,
    window_opening,
    year_marker,
)
from quanhelaodong.deadlines._phrases import (
    MAX_PHRASE_CHARACTERS,
    anchor_timeframe,
    as_timeframe,
    parse_timeframe,
    read_timeframe,
)
from quanhelaodong.deadlines._reasoning import Deadline, ReasoningStep
from quanhelaodong.deadlines._sources import LegalProvision, citation_problems, legal_provision
from quanhelaodong.deadlines._statutory import (
    CalendarOwner,
    RuleDirection,
    SourceConfidence,
    StatutoryRule,
    statutory_deadline,
    statutory_rule,
    statutory_rules,
)
from quanhelaodong.deadlines._timeframes import (
    BeforeReading,
    DateRange,
    DueDate,
    Recurring,
    RelativePeriod,
    Timeframe,
    Undated,
    UndatedKind,
    UnreadableTimeframe,
)

__all__ = [
    "CULTURAL_DAY_EFFECTIVE",
    "FIRST_YEAR",
    "LAST_YEAR",
    "MAX_PHRASE_CHARACTERS",
    "BackwardReading",
    "BeforeReading",
    "CalendarCoverage",
    "CalendarKind",
    "CalendarOwner",
    "DataPeriod",
    "DateRange",
    "DayKind",
    "DayOff",
    "Deadline",
    "DueDate",
    "LegalProvision",
    "LimitationPeriod",
    "LimitationProvision",
    "MakeUpDay",
    "NationalDayChoice",
    "PeriodMarker",
    "PeriodUnit",
    "ReasoningStep",
    "Recurring",
    "RelativePeriod",
    "RuleDirection",
    "SourceConfidence",
    "StatutoryRule",
    "TetSplit",
    "Timeframe",
    "Undated",
    "UndatedKind",
    "UnreadableTimeframe",
    "WorkingCalendar",
    "anchor_timeframe",
    "as_between",
    "as_timeframe",
    "citation_problems",
    "data_period",
    "legal_provision",
    "limitation_end",
    "limitation_period",
    "limitation_periods",
    "month_marker",
    "parse_timeframe",
    "period_before",
    "period_end",
    "read_timeframe",
    "shifted",
    "statutory_deadline",
    "statutory_rule",
    "statutory_rules",
    "window_opening",
    "year_marker",
]
