"""What a programme says about reporting: rules, reports and their figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from quanhelaodong.deadlines import DataPeriod, Recurring, UnreadableTimeframe
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.programmes import Indicator, Report, ReportingRule
from tests.days import as_date


def test_a_rule_reads_its_due_phrase_once() -> None:
    rule = ReportingRule("V.1", ["x/a", "x/b"], "x/ubnd", "trước ngày 15/11 hằng năm",
                         via="x/so", data_period="annual")
    assert isinstance(rule.due, Recurring)
    assert (rule.due.month, rule.due.day, str(rule.due)) == (11, 15, "trước ngày 15/11 hằng năm")
    assert rule.data_period is DataPeriod.ANNUAL
    assert rule.reporters == ("x/a", "x/b")
    odd = ReportingRule("V.2", ["x/a"], "x/ubnd", "theo tiến độ của dự án")
    assert isinstance(odd.due, UnreadableTimeframe)  # kept as written; validate reports it


def test_a_rule_refuses_what_it_cannot_hold() -> None:
    with pytest.raises(InvalidValueError, match="needs a due phrase"):
        ReportingRule("V.1", ["x/a"], "x/ubnd", None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="not the string"):
        ReportingRule("V.1", "x/a", "x/ubnd", "Năm 2023")
    with pytest.raises(InvalidValueError, match=r"reporters\[1\] must be a str"):
        ReportingRule("V.1", ["x/a", 7], "x/ubnd", "Năm 2023")
    with pytest.raises(InvalidValueError, match="data_period must be one of"):
        ReportingRule("V.1", ["x/a"], "x/ubnd", "Năm 2023", data_period="weekly")


def test_figures_are_decimals() -> None:
    share = Indicator("doanh nghiệp ký TƯLĐTT", "58.32", "%", numerator=2150, denominator=3686)
    assert (share.value, share.numerator, share.denominator) == (
        Decimal("58.32"), Decimal(2150), Decimal(3686))
    assert Indicator("cuộc đối thoại", 46).value == Decimal(46)
    assert Indicator("x", "1").numerator is None


def test_a_report_reads_its_dates_and_holds_only_indicators() -> None:
    report = Report("bc-1", "x/a", "x/ubnd", rule="V.1", period_start="2022-12-15",
                    period_end="2023-12-14", submitted="2023-11-10",
                    indicators=[Indicator("cuộc đối thoại", 46)])
    assert (report.period_start, report.period_end, report.submitted) == (
        as_date("2022-12-15"), as_date("2023-12-14"), as_date("2023-11-10"))
    assert report.indicators[0].value == 46
    with pytest.raises(InvalidValueError, match=r"indicators\[0\] must be a Indicator"):
        Report("bc-2", "x/a", indicators=["46 cuộc"])
    with pytest.raises(InvalidValueError, match="ISO"):
        Report("bc-3", "x/a", submitted="10/11/2023")
