"""Obligations: what an agency owes by a day, and where each stands in the four-way grid."""

from __future__ import annotations

import datetime

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import CoordinationProgramme, WorkingCalendar, obligations
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.followup import Obligation, ObligationStatus
from quanhelaodong.programmes import Dialogue, Recommendation, Report, ReportingRule
from tests.days import as_date

HUE = "thua-thien-hue/"


def D(text: str) -> pendulum.Date:  # noqa: N802
    return as_date(text)


def test_obligations_of_the_hue_reporting_rules(hue: CoordinationProgramme) -> None:
    duties = obligations(hue)
    assert len(duties) == 8
    assert {d.due for d in duties} == {D("2023-11-14"), D("2023-11-29")}


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


def test_obligation_status_on_dates() -> None:
    duty = Obligation("x/a", D("2024-11-14"), "report")
    assert duty.status("2024-11-14") is ObligationStatus.PENDING
    assert duty.status("2024-11-15") is ObligationStatus.OVERDUE


def test_a_report_fulfils_the_obligation_of_its_year_only() -> None:
    rule = ReportingRule("R", ["x/a", "x/c"], "x/b", "chậm nhất ngày 14/11 hằng năm")
    programme = CoordinationProgramme("t", "plan", "Thử", reporting_rules=[rule], reports=[
        Report("r1", "x/a", rule="R", submitted="2024-11-10"),
        Report("r2", "x/c", "x/b", submitted="2023-11-01"),  # no rule named, but to the recipient
    ])
    done = {(o.agency, o.due.year): o.done for o in obligations(programme, ("2023-01-01",
                                                                            "2024-12-31"))}
    assert done == {("x/a", 2023): None, ("x/c", 2023): D("2023-11-01"),
                    ("x/a", 2024): D("2024-11-10"), ("x/c", 2024): None}


def test_assigned_recommendations_owe_an_answer_by_their_due_date() -> None:
    talk = Dialogue("d", "policy", "Đối thoại", recommendations=[
        Recommendation("K1", "Nhà trọ", "written", assigned_to="x/a", due="2024-06-30",
                       answered="2024-07-02"),
        Recommendation("K2", "Nhà trẻ", "spoken", assigned_to="x/b"),  # no date: nothing owed
        Recommendation("K3", "Xe buýt", "spoken", due="2024-06-30"),  # nobody: nothing owed
    ])
    programme = CoordinationProgramme("t", "plan", "Thử", dialogues=[talk])
    (answer,) = obligations(programme, ("2024-01-01", "2024-12-31"))
    assert (answer.agency, answer.due, answer.what, answer.done) == (
        "x/a", D("2024-06-30"), "answer recommendation K1", D("2024-07-02"))
    assert answer.status("2024-12-31") is ObligationStatus.DONE_LATE
    assert obligations(programme, ("2024-01-01", "2024-12-31"), agency="x/b") == ()
    assert obligations(programme, ("2024-07-01", "2024-12-31")) == ()


def test_obligations_at_the_ends_of_the_calendar_raise_the_library_s_error(
        hue: CoordinationProgramme) -> None:
    for between in [("9990-01-01", "9999-12-31"), ("0001-01-01", "0001-12-31"), ("2024-01-01",)]:
        with pytest.raises(InvalidValueError):
            obligations(hue, between)  # type: ignore[arg-type]


def test_obligations_over_centuries_stop_at_the_calendars_last_year(hue: CoordinationProgramme) -> None:
    # Found by fuzz/fuzz_followup.py: a yearly rule over 2052..5938 asked the calendar for one
    # more year at a time, rebuilding its index each time (1.07 s); now it grows by what it
    # holds, and the first day past 2100 is refused (tests/fuzz/regressions/slow/followup).
    with pytest.raises(InvalidValueError, match="outside the calendars' range 1995–2100"):
        obligations(hue, ("2052-09-24", "5938-10-11"), as_of="1994-12-05")
    calendar = WorkingCalendar.employer((1,))
    rolled = [calendar.roll_forward(f"{year}-06-01") for year in range(1995, 2101)]
    assert [day.year for day in rolled] == list(range(1995, 2101))
    assert all(calendar.is_working_day(day) for day in rolled)
