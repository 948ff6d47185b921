"""Dialogues, reports and follow-up: what was promised, what is still open, who is late."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import (
    CoordinationProgramme,
    ResponsibilityGraph,
    WorkingCalendar,
    dumps,
    load_bundled,
    loads,
    obligations,
    scorecard,
    tasks_of,
    validate,
)
from quanhelaodong.deadlines import data_period
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup import (
    Obligation,
    ObligationStatus,
    late,
    open_recommendations,
    reminders,
    reports_due,
)
from quanhelaodong.graph import reporters_of, reports_to
from quanhelaodong.programmes import (
    Dialogue,
    Indicator,
    QuantityQualifier,
    Recommendation,
    RecommendationChannel,
    RecommendationCounts,
    RecommendationStatus,
    Report,
    ReportingRule,
    check_indicator,
    parse_number,
    parse_quantity,
)
from tests.days import as_date

from .strategies import programmes_with_follow_up

HUE = "thua-thien-hue/"


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


# -- figures -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "qualifier", "lower", "upper"), [
    ("hơn 1.000 công nhân", "1000", QuantityQualifier.MORE_THAN, "1000", None),
    ("trên 300 công nhân lao động", "300", QuantityQualifier.MORE_THAN, "300", None),
    ("gần 2.000 người lao động", "2000", QuantityQualifier.NEARLY, None, "2000"),
    ("khoảng 50 doanh nghiệp", "50", QuantityQualifier.ABOUT, None, None),
    ("639 ý kiến", "639", QuantityQualifier.EXACT, "639", "639"),
    ("58,32%", "58.32", QuantityQualifier.EXACT, "58.32", "58.32"),
    ("gần 2 tỉ đồng", "2000000000", QuantityQualifier.NEARLY, None, "2000000000"),
])
def test_vietnamese_figures(text: str, value: str, qualifier: QuantityQualifier, lower: str | None,
                            upper: str | None) -> None:
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.qualifier) == (Decimal(value), qualifier)
    assert quantity.lower == (Decimal(lower) if lower else None)
    assert quantity.upper == (Decimal(upper) if upper else None)


@pytest.mark.parametrize("bad", ["", "nhiều", "1,000.5", "12.34.5"])
def test_bad_figures_are_typed_errors(bad: str) -> None:
    with pytest.raises(InvalidValueError):
        parse_quantity(bad)


@given(st.integers(0, 10**12))
def test_thousands_separators_round_trip(number: int) -> None:
    assert parse_number(f"{number:,}".replace(",", ".")) == number


# -- the seeds' figures ------------------------------------------------------------------------

def test_ha_noi_2019_as_the_article_gives_it() -> None:
    programme = load_bundled("ha-noi-2019")
    (dialogue,) = programme.dialogues
    assert dialogue.held == D("2019-05-11")
    assert dialogue.venue == "Công ty TNHH Yamaha Việt Nam"
    assert dialogue.participants is not None
    assert (dialogue.participants.qualifier, dialogue.participants.value) == (
        QuantityQualifier.MORE_THAN, Decimal(1000))
    assert dialogue.counts is not None
    assert (dialogue.counts.written, dialogue.counts.spoken, dialogue.counts.total) == (639, 22, 661)
    figures = {i.name: i for i in programme.reports[0].indicators}
    assert figures["Cuộc đối thoại chính sách với công nhân lao động"].value == 46
    checks = "Doanh nghiệp được công đoàn cấp trên cơ sở kiểm tra cùng chính quyền đồng cấp"
    assert figures[checks].value == 812
    assert figures["Đơn vị tổ chức Hội nghị người lao động"].value == Decimal("68.5")
    assert figures["Kinh phí các cấp Công đoàn chăm lo dịp Tết Kỷ Hợi"].qualifier == "more_than"


def test_the_58_32_percent_figure_does_not_round_from_any_whole_count() -> None:
    problems = validate(load_bundled("ha-noi-2019"))
    (rounding,) = [p for p in problems if p.code == "indicator-rounding"]
    assert rounding.path == "reports[0].indicators[6]"
    assert "2150/3686" in rounding.message


@pytest.mark.parametrize("name", ["thai-nguyen-2022", "thi-xa-2016-2020", "thi-xa-2020-2025",
                                  "an-giang-2020", "an-giang-2021-2023"])
def test_other_seed_programmes_load_and_validate(name: str) -> None:
    programme = load_bundled(name)
    assert not [p for p in validate(programme) if p.severity.value == "error"]
    assert loads(dumps(programme)) == programme


def test_seed_figures() -> None:
    town = load_bundled("thi-xa-2016-2020").reports[0].indicators
    assert [(i.value, i.unit) for i in town[:2]] == [
        (Decimal(203), "công đoàn cơ sở"), (Decimal(6943), "đoàn viên")]
    assert len(load_bundled("thi-xa-2020-2025").areas_of_coordination) == 4
    assert load_bundled("thi-xa-2020-2025").follows == "thi-xa-2016-2020"
    assert len(load_bundled("an-giang-2020").areas_of_coordination) == 5
    assert len(load_bundled("an-giang-2021-2023").areas_of_coordination) == 7
    housing = load_bundled("thai-nguyen-2022").reports[0].indicators[0]
    assert (housing.value, housing.qualifier) == (Decimal(2000), "nearly")
    assert load_bundled("thai-nguyen-2022").dialogues[0].participants.text == (  # type: ignore[union-attr]
        "trên 300 công nhân lao động")


# -- indicators ---------------------------------------------------------------------------------

def test_indicator_checks() -> None:
    assert check_indicator(Indicator("a", "58.33", "%", numerator=2150), "p") == []
    assert check_indicator(Indicator("a", "50", "%", numerator=1, denominator=2), "p") == []
    (wrong,) = check_indicator(Indicator("a", "60", "%", numerator=1, denominator=2), "p")
    assert wrong.code == "indicator-inconsistent"
    (zero,) = check_indicator(Indicator("a", "60", "%", numerator=1, denominator=0), "p")
    assert zero.severity.value == "error"
    assert check_indicator(Indicator("a", "812", "doanh nghiệp"), "p") == []


@given(st.integers(1, 5000), st.integers(1, 5000))
def test_a_rounded_percentage_always_passes(numerator: int, denominator: int) -> None:
    value = (Decimal(numerator) / denominator * 100).quantize(Decimal("0.01"))
    assert check_indicator(Indicator("a", value, "%", numerator=numerator), "p") == []
    assert check_indicator(Indicator("a", value, "%", numerator=numerator,
                                      denominator=denominator), "p") == []


# -- the Huế reporting chain and the four-way grid ---------------------------------------------

def test_hue_reporting_chain_in_the_graph(hue_graph: ResponsibilityGraph) -> None:
    (link,) = reports_to(hue_graph, HUE + "bhxh")
    assert (link.recipient.id, link.via.id if link.via else None) == (HUE + "ubnd", HUE + "so-ldtbxh")
    assert [link.rule for link in reports_to(hue_graph, HUE + "so-ldtbxh")] == ["V.1", "V.2"]
    assert len(reporters_of(hue_graph, HUE + "ubnd")) == 8
    # Reporting edges are not tasks.
    assert all(ref.task for ref in tasks_of(hue_graph, HUE + "so-ldtbxh"))


def test_obligations_and_the_grid(hue: CoordinationProgramme) -> None:
    duties = obligations(hue)
    assert len(duties) == 8
    assert {d.due for d in duties} == {D("2023-11-14"), D("2023-11-29")}
    submitted = attrs.evolve(hue, reports=[
        Report("r1", HUE + "bhxh", HUE + "ubnd", rule="V.1", submitted="2023-11-14"),
        Report("r2", HUE + "ldld", HUE + "ubnd", rule="V.1", submitted="2023-11-20"),
    ])
    card = scorecard(submitted, "2023-11-21")
    assert card[HUE + "bhxh"][ObligationStatus.DONE_ON_TIME] == 1
    assert card[HUE + "ldld"][ObligationStatus.DONE_LATE] == 1
    assert card[HUE + "ban-ql-kcn"][ObligationStatus.OVERDUE] == 1
    assert card[HUE + "so-ldtbxh"][ObligationStatus.PENDING] == 1  # the 29/11 consolidation
    assert {o.agency for o in late(submitted, "2023-11-21")} == {
        HUE + a for a in ("ldld", "ban-ql-kcn", "ubnd-cap-huyen", "so-ldtbxh",
                          "so-nganh-doan-the-lien-quan", "doanh-nghiep")}
    assert [o.due for o in reports_due(submitted, ("2023-11-20", "2023-11-30"))] == [D("2023-11-29")]


def test_reminders_at_the_offsets(hue: CoordinationProgramme) -> None:
    assert len(reminders(hue, "2023-11-07")) == 7   # 7 days before 14/11
    assert reminders(hue, "2023-11-08") == []        # 6 days: no reminder
    assert len(reminders(hue, "2023-11-13")) == 7   # 1 day before
    on_the_day = reminders(hue, "2023-11-14")
    assert {r.days_left for r in on_the_day} == {0}
    overdue = reminders(hue, "2023-11-16")
    assert {r.days_left for r in overdue} == {-2}
    assert "overdue by 2 day(s)" in str(overdue[0])


def test_inclusive_reading_moves_every_deadline(hue: CoordinationProgramme) -> None:
    assert {o.due for o in obligations(hue, before="inclusive")} == {
        D("2023-11-15"), D("2023-11-30")}


calendars = st.sampled_from([WorkingCalendar.state(), WorkingCalendar.employer(),
                             WorkingCalendar.employer(weekly_rest=(4, 5))])


@settings(max_examples=150, deadline=None)
@given(calendars, st.dates(datetime.date(2005, 1, 1), datetime.date(2035, 12, 31)).map(as_date),
       st.sampled_from(["trước ngày {d}/{m}/{y}", "chậm nhất ngày {d}/{m}/{y}"]))
def test_submitted_on_the_due_date_is_on_time_a_day_later_is_late(
        calendar: WorkingCalendar, day: pendulum.Date, template: str) -> None:
    rule = ReportingRule("R", ["x/a"], "x/b", template.format(d=day.day, m=day.month, y=day.year))
    programme = CoordinationProgramme("t", "plan", "Thử", reporting_rules=[rule])
    (duty,) = obligations(programme, (day.subtract(days=30), day.add(days=30)), calendar=calendar)
    assert calendar.is_working_day(duty.due)
    on_time = attrs.evolve(duty, done=duty.due)
    assert on_time.status(duty.due.add(days=40)) is ObligationStatus.DONE_ON_TIME
    a_day_late = attrs.evolve(duty, done=duty.due.add(days=1))
    assert a_day_late.status(duty.due.add(days=40)) is ObligationStatus.DONE_LATE
    assert duty.status(duty.due) is ObligationStatus.PENDING
    assert duty.status(duty.due.add(days=1)) is ObligationStatus.OVERDUE


def test_weekend_deadline_moves_to_the_next_working_day() -> None:
    rule = ReportingRule("R", ["x/a"], "x/b", "chậm nhất ngày 15/11/2025")  # a Saturday
    programme = CoordinationProgramme("t", "plan", "Thử", reporting_rules=[rule])
    (duty,) = obligations(programme, ("2025-11-01", "2025-11-30"))
    assert duty.due == D("2025-11-17")


def test_data_periods_of_decree_09() -> None:
    assert data_period("annual", 2023) == (D("2022-12-15"), D("2023-12-14"))
    assert data_period("half_yearly", 2023, 2) == (D("2023-06-15"), D("2023-12-14"))
    assert data_period("quarterly", 2024, 2) == (D("2024-03-15"), D("2024-06-14"))
    assert data_period("monthly", 2024, 1) == (D("2023-12-15"), D("2024-01-14"))


# -- recommendations ---------------------------------------------------------------------------

def _with_dialogue(hue: CoordinationProgramme, *items: Recommendation,
                   **changes: Any) -> CoordinationProgramme:
    dialogue = Dialogue("d", "leaders_with_workers", "Đối thoại", held="2023-05-20",
                        recommendations=items)
    return attrs.evolve(hue, dialogues=[attrs.evolve(dialogue, **changes)])


def test_open_recommendations_and_their_obligations(hue: CoordinationProgramme) -> None:
    items = [
        Recommendation("K1", "Nhà ở cho công nhân", "written", assigned_to=HUE + "so-xay-dung",
                       due="2023-06-30", answered="2023-06-20", resolved="2023-09-01"),
        Recommendation("K2", "Nhà trẻ khu công nghiệp", "spoken", assigned_to=HUE + "so-gddt",
                       due="2023-06-30", answered="2023-07-05"),
        Recommendation("K3", "Xe buýt đưa đón", "spoken", assigned_to=HUE + "so-tai-chinh",
                       due="2023-07-31"),
    ]
    programme = _with_dialogue(hue, *items)
    assert [i.id for i in open_recommendations(programme, "2023-10-01")] == ["K2", "K3"]
    assert [i.id for i in open_recommendations(programme, "2023-10-01",
                                               agency=HUE + "so-gddt")] == ["K2"]
    assert items[1].status(D("2023-10-01")) is RecommendationStatus.ANSWERED
    card = scorecard(programme, "2023-10-01")
    assert card[HUE + "so-xay-dung"][ObligationStatus.DONE_ON_TIME] == 1
    assert card[HUE + "so-gddt"][ObligationStatus.DONE_LATE] == 1
    assert card[HUE + "so-tai-chinh"][ObligationStatus.OVERDUE] == 1
    assert validate(programme) == validate(hue)


def test_dialogue_validation(hue: CoordinationProgramme) -> None:
    backwards = Recommendation("K1", "x", RecommendationChannel.WRITTEN, assigned_to="x/unknown",
                               answered="2023-05-01")
    programme = _with_dialogue(hue, backwards, counts=RecommendationCounts(written=0))
    codes = {(p.code, p.path) for p in validate(programme)} - {
        (p.code, p.path) for p in validate(hue)}
    assert codes == {
        ("unknown-agency", "dialogues[0].recommendations[0].assigned_to"),
        ("dates-out-of-order", "dialogues[0].recommendations[0].answered"),
        ("recommendation-count", "dialogues[0].counts"),
    }


def test_reporting_rule_validation(hue: CoordinationProgramme) -> None:
    first, second = hue.reporting_rules
    swapped = attrs.evolve(hue, reporting_rules=[
        first, attrs.evolve(second, due="trước ngày 10/11 hằng năm"),
        ReportingRule("X", [HUE + "ubnd"], HUE + "so-ldtbxh", "trước ngày 1/12 hằng năm",
                      consolidates="Z")])
    codes = {p.code for p in validate(swapped)}
    assert {"reporting-chain-order", "reporting-cycle", "unknown-rule"} <= codes


def test_obligation_status_on_dates() -> None:
    duty = Obligation("x/a", D("2024-11-14"), "report")
    assert duty.status("2024-11-14") is ObligationStatus.PENDING
    assert duty.status("2024-11-15") is ObligationStatus.OVERDUE


# -- JSON --------------------------------------------------------------------------------------

@settings(max_examples=80, deadline=None)
@given(programmes_with_follow_up)
def test_round_trip_covers_the_follow_up_types(programme: CoordinationProgramme) -> None:
    assert loads(dumps(programme)) == programme


def test_version_1_documents_still_load(hue: CoordinationProgramme) -> None:
    import json

    document = json.loads(dumps(attrs.evolve(hue, reporting_rules=())))
    document["schema_version"] = 1
    for key in ("reporting_rules", "reports", "dialogues", "follows"):
        del document[key]
    assert loads(json.dumps(document)) == attrs.evolve(hue, reporting_rules=())
