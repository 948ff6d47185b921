"""What a programme says about reporting: rules (who reports to whom, through whom, by when) and reports.

A :class:`ReportingRule` says who reports to whom, through whom ("thông qua"), by
when (a time phrase such as "trước ngày 15/11 hằng năm", read once into a
:class:`~quanhelaodong.deadlines.Timeframe`), on which data period (Decree
09/2019/NĐ-CP Art. 12 cut-offs), and which rule's reports it consolidates (seed
004: every agency by 15/11 through the labour department, which reports by
30/11). A :class:`Report` is one report as submitted, with its figures
(:class:`Indicator`). What is owed and what is late is the follow-up's business
(:mod:`quanhelaodong.followup`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import (
    as_choice,
    as_decimal,
    as_optional_date,
    as_optional_decimal,
    as_tuple,
    each,
)
from quanhelaodong.deadlines import DataPeriod, Timeframe, as_timeframe
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.rows import Column

__all__ = ["Indicator", "Report", "ReportingRule"]


def _as_optional_data_period(value: object) -> DataPeriod | None:
    return None if value is None else as_choice(DataPeriod, value, "data_period")


def _as_due(value: Timeframe | str) -> Timeframe:
    frame = as_timeframe(value)
    if frame is None:
        raise InvalidValueError("a reporting rule needs a due phrase")
    return frame


@attrs.frozen(repr=False)
class ReportingRule:
    """Who reports to whom, through whom, by when, on which data.

    >>> rule = ReportingRule("V.1", ["thua-thien-hue/ldld"], "thua-thien-hue/ubnd",
    ...                      "trước ngày 15/11 hằng năm", via="thua-thien-hue/so-ldtbxh")
    >>> str(rule.due), rule.due.month, rule.due.day
    ('trước ngày 15/11 hằng năm', 11, 15)
    >>> rule
    ReportingRule('V.1', reporters=1, recipient='thua-thien-hue/ubnd', due='trước ngày 15/11 hằng năm',
                  via='thua-thien-hue/so-ldtbxh')
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("rule", lambda row: row.id), Column("reporters", lambda row: len(row.reporters)),
        Column("recipient", lambda row: row.recipient, 40), Column("via", lambda row: row.via, 40),
        Column("due", lambda row: row.due, 40))

    id: str
    reporters: tuple[str, ...] = attrs.field(converter=as_tuple, validator=each(str))
    recipient: str
    due: Timeframe = attrs.field(converter=_as_due)
    via: str | None = attrs.field(default=None, kw_only=True)
    data_period: DataPeriod | None = attrs.field(
        default=None, converter=_as_optional_data_period, kw_only=True)
    consolidates: str | None = attrs.field(default=None, kw_only=True)
    as_written: str | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        # A rule may bind every body of a province: the repr counts the reporters and leaves out the
        # sentence as written.
        period = self.data_period.value if self.data_period is not None else None
        optional = "".join(f", {name}={value!r}" for name, value in (
            ("via", self.via), ("data_period", period), ("consolidates", self.consolidates))
            if value is not None)
        return (f"ReportingRule({self.id!r}, reporters={len(self.reporters)}, recipient={self.recipient!r}, "
                f"due={str(self.due)!r}{optional})")


def _as_value(value: object) -> Decimal:
    return as_decimal(value, "value")


def _as_numerator(value: object) -> Decimal | None:
    return as_optional_decimal(value, "numerator")


def _as_denominator(value: object) -> Decimal | None:
    return as_optional_decimal(value, "denominator")


@attrs.frozen
class Indicator:
    """A reported figure; a percentage may come with its numerator and denominator.

    >>> Indicator("doanh nghiệp ký TƯLĐTT", "58.32", "%", numerator=2150).value
    Decimal('58.32')
    """

    name: str
    value: Decimal = attrs.field(converter=_as_value)
    unit: str | None = None
    numerator: Decimal | None = attrs.field(
        default=None, converter=_as_numerator)
    denominator: Decimal | None = attrs.field(
        default=None, converter=_as_denominator)
    qualifier: str | None = None


@attrs.frozen(repr=False)
class Report:
    """A report as submitted: by whom, to whom, on which rule and data period, with its figures.

    >>> report = Report("bc-1", "thua-thien-hue/ldld", rule="V.1", submitted="2023-11-10")
    >>> report.submitted
    Date(2023, 11, 10)
    >>> report
    Report('bc-1', 'thua-thien-hue/ldld', rule='V.1', submitted=2023-11-10, indicators=0)
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("report", lambda row: row.id, 30), Column("reporter", lambda row: row.reporter, 40),
        Column("recipient", lambda row: row.recipient, 40), Column("rule", lambda row: row.rule),
        Column("period end", lambda row: row.period_end), Column("submitted", lambda row: row.submitted),
        Column("indicators", lambda row: len(row.indicators)))

    id: str
    reporter: str
    recipient: str | None = None
    rule: str | None = attrs.field(default=None, kw_only=True)
    period_start: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                      kw_only=True)
    period_end: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                    kw_only=True)
    submitted: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                   kw_only=True)
    indicators: tuple[Indicator, ...] = attrs.field(default=(), converter=as_tuple, validator=each(Indicator),
                                                    kw_only=True)
    source: str | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        # The figures run to dozens of indicators; the repr counts them.
        named = [f"{name}={value!r}" for name, value in (("recipient", self.recipient), ("rule", self.rule))
                 if value is not None]
        named += [f"{name}={day}" for name, day in (("period_start", self.period_start),
                                                    ("period_end", self.period_end),
                                                    ("submitted", self.submitted)) if day is not None]
        return (f"Report({self.id!r}, {self.reporter!r}{''.join(', ' + field for field in named)}, "
                f"indicators={len(self.indicators)})")
