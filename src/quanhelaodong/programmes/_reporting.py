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

__all__ = ["Indicator", "Report", "ReportingRule"]


def _as_optional_data_period(value: object) -> DataPeriod | None:
    return None if value is None else as_choice(DataPeriod, value, "data_period")


def _as_due(value: Timeframe | str) -> Timeframe:
    frame = as_timeframe(value)
    if frame is None:
        raise InvalidValueError("a reporting rule needs a due phrase")
    return frame


@attrs.frozen
class ReportingRule:
    """Who reports to whom, through whom, by when, on which data.

    >>> rule = ReportingRule("V.1", ["thua-thien-hue/ldld"], "thua-thien-hue/ubnd",
    ...                      "trước ngày 15/11 hằng năm", via="thua-thien-hue/so-ldtbxh")
    >>> str(rule.due), rule.due.month, rule.due.day
    ('trước ngày 15/11 hằng năm', 11, 15)
    """

    id: str
    reporters: tuple[str, ...] = attrs.field(converter=as_tuple, validator=each(str))
    recipient: str
    due: Timeframe = attrs.field(converter=_as_due)
    via: str | None = attrs.field(default=None, kw_only=True)
    data_period: DataPeriod | None = attrs.field(
        default=None, converter=_as_optional_data_period, kw_only=True)
    consolidates: str | None = attrs.field(default=None, kw_only=True)
    as_written: str | None = attrs.field(default=None, kw_only=True)


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


@attrs.frozen
class Report:
    """A report as submitted: by whom, to whom, on which rule and data period, with its figures.

    >>> Report("bc-1", "thua-thien-hue/ldld", rule="V.1", submitted="2023-11-10").submitted
    Date(2023, 11, 10)
    """

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
