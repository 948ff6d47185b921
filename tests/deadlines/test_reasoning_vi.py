"""The reasoning of every deadline in Vietnamese: ``ReasoningStep.text_vi`` and ``explain(lang="vi")``."""

from __future__ import annotations

import datetime
import pickle
import re

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import WorkingCalendar, load_bundled, period_end, statutory_deadline
from quanhelaodong.deadlines import (
    DateRange,
    DueDate,
    PeriodUnit,
    ReasoningStep,
    RelativePeriod,
    limitation_end,
    limitation_periods,
    month_marker,
    parse_timeframe,
    period_before,
    statutory_rule,
    statutory_rules,
    window_opening,
    year_marker,
)
from quanhelaodong.errors import InvalidValueError
from tests.days import as_date

STATE = WorkingCalendar.state()
EMPLOYERS = [WorkingCalendar.employer(), WorkingCalendar.employer(weekly_rest=(5, 6), tet="1+4",
                                                                  national_day="3/9")]
CALENDARS = [STATE, *EMPLOYERS]
#: Starts whose periods end on weekends, inside Tết 2024 and 2025, on National Day and on 30/4.
STARTS = ["2025-01-15", "2025-01-17", "2024-01-31", "2024-02-01", "2025-03-03", "2025-08-23",
          "2025-04-20", "2024-02-29", "2023-12-22"]
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: English words that would betray an untranslated text.
ENGLISH = re.compile(r"\b(?:the|day\(s\)|period|working|counted|reading|before|after|ends?)\b")


def _steps_of_every_kind() -> list[ReasoningStep]:
    """The steps of every kind of deadline the library computes."""
    steps: list[ReasoningStep] = []
    for start in STARTS:
        for unit in PeriodUnit:
            for calendar in CALENDARS:
                # Thirty years back from 2023 would leave the calendars' range.
                for amount in (1, 7, 10) if unit is PeriodUnit.YEAR else (1, 7, 10, 30):
                    steps += period_end(start, amount, unit, calendar=calendar).steps
                    steps += period_end(start, amount, unit, calendar=calendar, event="nhận được đơn").steps
                    for reading in ("strict", "lenient"):
                        steps += period_before(start, amount, unit, reading=reading, calendar=calendar).steps
                    steps += window_opening(start, amount, unit, calendar=calendar).steps
    for marker in ("start", "middle", "end"):
        steps += month_marker(2024, 2, marker).steps + year_marker(2025, marker).steps
    for rule in statutory_rules():
        first = rule.effective_until or rule.effective_from or pendulum.Date(2025, 1, 1)
        for day in (first, pendulum.Date(2025, 1, 24), pendulum.Date(2025, 8, 29)):
            if rule.in_force_on(day):
                steps += statutory_deadline(rule, day).steps
                steps += statutory_deadline(rule, day, employer=EMPLOYERS[1], reading="lenient").steps
                steps += statutory_deadline(rule, day, calendar=STATE).steps
    for period in limitation_periods():
        spans = [("2025-02-01", "2025-02-10")] if period.suspensions else []
        for restarted in ([], ["2025-03-01"], ["2030-01-01"]) if period.restarts else ([],):
            steps += limitation_end(period, "2025-01-15", suspended=spans, restarted=restarted).steps
            steps += limitation_end(period, "2024-08-31", suspended=spans, restarted=restarted,
                                    calendar=EMPLOYERS[1]).steps
    for phrase in ("cuối tháng 5/2025", "giữa tháng 02/2024", "đầu tháng 3 năm 2025",
                   "trong 10 ngày kể từ ngày 15/01/2025", "trong 07 ngày làm việc kể từ ngày 03/03/2025",
                   "trong 01 tháng kể từ ngày 31/01/2024"):
        frame = parse_timeframe(phrase)
        assert isinstance(frame, DueDate), phrase
        assert frame.steps, phrase
        steps += frame.steps
    relative = parse_timeframe("trong 10 ngày làm việc kể từ ngày nhận được đơn")
    assert isinstance(relative, RelativePeriod)
    steps += relative.resolve("2025-01-22").steps
    return steps


STEPS = _steps_of_every_kind()


def test_the_spread_reaches_every_rule_the_deadlines_apply() -> None:
    rules = {step.rule for step in STEPS}
    assert {"civil_start_exclusive", "civil_end_days", "civil_end_weeks", "civil_end_months",
            "civil_end_years", "civil_rollover", "working_days", "backward_strict", "backward_lenient",
            "backward_rollback", "window_before", "civil_month_markers", "civil_year_markers",
            "limitation_suspension", "limitation_restart", "limitation_restart_late"} <= rules
    assert {rule.id for rule in statutory_rules()} <= rules
    assert {period.id for period in limitation_periods()} <= rules


def test_every_step_the_deadlines_make_says_it_in_vietnamese() -> None:
    for step in STEPS:
        assert step.text_vi, step
        assert step.text_vi != step.text, step
        assert not ISO_DATE.search(step.text_vi), step.text_vi  # dates are written dd/mm/yyyy
        assert not ENGLISH.search(step.text_vi), step.text_vi


def test_every_date_a_vietnamese_text_names_is_a_real_day() -> None:
    seen = 0
    for step in STEPS:
        assert step.text_vi is not None
        for day, month, year in re.findall(r"\b(\d{2})/(\d{2})/(\d{4})\b", step.text_vi):
            datetime.date(int(year), int(month), int(day))
            seen += 1
    assert seen > 1000


def test_the_example_of_the_command_line_in_vietnamese() -> None:
    # "30 ngày" from 15/01/2025 ends on Friday 14/02/2025, a working day: no roll-over.
    assert period_end("2025-01-15", 30, "day").explain(lang="vi").splitlines() == [
        "1. Thời hạn bắt đầu từ ngày tiếp theo liền kề ngày 15/01/2025 "
        "[Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147(2)] -> 16/01/2025",
        "2. Thời hạn 30 ngày kết thúc tại thời điểm kết thúc ngày cuối cùng của thời hạn "
        "[Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(1)] -> 14/02/2025",
    ]


def test_a_period_ending_in_tet_rolls_over_in_the_words_of_article_148() -> None:
    deadline = period_end("2025-01-17", 10, "day")  # day 10 is Monday 27/01/2025, 28 Tháng Chạp
    assert deadline == pendulum.Date(2025, 2, 3)
    last = deadline.steps[-1]
    assert last.rule == "civil_rollover"
    assert last.text_vi == ("Ngày cuối cùng của thời hạn (27/01/2025) là ngày nghỉ lễ, tết (Tết Nguyên Đán "
                            "(28 tháng Chạp)) theo lịch làm việc của cơ quan nhà nước nên thời hạn kết "
                            "thúc tại thời điểm kết thúc ngày làm việc tiếp theo")


def test_an_employer_calendar_names_its_own_rest_days() -> None:
    five_day = WorkingCalendar.employer(weekly_rest=(5, 6))
    deadline = statutory_deadline("cb_start", "2025-03-27", employer=five_day)  # day 30: Saturday 26/4
    assert deadline == pendulum.Date(2025, 4, 28)
    assert deadline.steps[0].text_vi is not None
    assert deadline.steps[0].text_vi.startswith("Bắt đầu thương lượng tập thể chậm nhất 30 ngày")
    assert "nghỉ hằng tuần: thứ Bảy, Chủ nhật" in deadline.explain(lang="vi")
    last = deadline.steps[-1].text_vi
    assert last is not None
    assert "ngày nghỉ hằng tuần theo lịch làm việc của người sử dụng lao động" in last


def test_an_uncertain_rule_says_so_in_vietnamese_too() -> None:
    head = statutory_deadline("dialogue_on_request", "2025-04-25").steps[0]
    assert "[UNCERTAIN" in head.text
    assert head.text_vi is not None
    assert "[CHƯA CHẮC CHẮN: cần kiểm tra trước khi áp dụng]" in head.text_vi


def test_a_rule_counted_on_two_calendars_names_both_days() -> None:
    head = statutory_deadline("strike_notice", "2025-12-31").steps[0]
    assert head.text_vi is not None
    assert "ngày 24/12/2025 theo lịch làm việc của người sử dụng lao động" in head.text_vi
    assert "ngày 23/12/2025 theo lịch làm việc của cơ quan nhà nước" in head.text_vi
    assert head.text_vi.endswith("lấy ngày sớm nhất")


def test_a_court_counts_on_the_state_calendar_and_says_whose_days_they_are() -> None:
    head = limitation_end("limitation_court", "2024-03-01").steps[0]
    assert head.text_vi is not None
    assert head.text_vi.startswith("Thời hiệu yêu cầu Tòa án giải quyết tranh chấp lao động cá nhân là "
                                   "01 năm kể từ ngày phát hiện ra hành vi")
    # No statutory rule of the catalogue counts on a court's days; one that did would say so.
    before_a_court = attrs.evolve(statutory_rule("mediation"), counts_on=("court",))
    text_vi = statutory_deadline(before_a_court, "2025-06-02").steps[0].text_vi
    assert text_vi is not None
    assert text_vi.endswith("tính theo lịch làm việc của cơ quan nhà nước (áp dụng cho Tòa án)")


def test_every_statutory_rule_and_limitation_period_has_its_vietnamese_words() -> None:
    assert all(rule.summary_vi for rule in statutory_rules())
    assert all(period.body_vi for period in limitation_periods())


def test_explain_in_vietnamese_has_one_line_per_step_with_dates_written_the_vietnamese_way() -> None:
    deadline = statutory_deadline("mediation", "2025-04-25")
    lines = deadline.explain(lang="vi").splitlines()
    assert len(lines) == len(deadline.steps)
    for number, (line, step) in enumerate(zip(lines, deadline.steps, strict=True), start=1):
        assert line == (f"{number}. {step.text_vi} [{step.citation}] -> "
                        f"{step.date.day:02d}/{step.date.month:02d}/{step.date.year}")
    assert lines[-1].endswith("-> 06/05/2025")
    assert deadline.explain() == deadline.explain(lang="en")
    assert "06/05/2025" not in deadline.explain()


def test_a_step_without_vietnamese_falls_back_to_english() -> None:
    plain = ReasoningStep("custom", "Bộ luật Dân sự 2015 (91/2015/QH13)", "a rule of my own",
                          pendulum.Date(2025, 1, 2))
    deadline = period_end("2025-01-01", 1, "day")
    mixed = type(deadline).of(deadline, (*deadline.steps, plain))
    assert mixed.explain(lang="vi").splitlines()[-1] == (
        "3. a rule of my own [Bộ luật Dân sự 2015 (91/2015/QH13)] -> 02/01/2025")


@pytest.mark.parametrize("lang", ["fr", "VI", "", None, 1])
def test_an_unknown_language_is_refused(lang: object) -> None:
    deadline = period_end("2025-01-15", 10, "day")
    with pytest.raises(InvalidValueError, match="'en' or 'vi'"):
        deadline.explain(lang=lang)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        deadline.steps[0].text_in(lang)  # type: ignore[arg-type]


def test_the_vietnamese_text_takes_no_part_in_equality_or_hashing() -> None:
    step = period_end("2025-01-15", 10, "day").steps[0]
    bare = attrs.evolve(step, text_vi=None)
    other = attrs.evolve(step, text_vi="khác")
    assert step == bare == other
    assert hash(step) == hash(bare) == hash(other)
    assert len({step, bare, other}) == 1
    assert step != attrs.evolve(step, text="another text")


def test_the_vietnamese_text_survives_pickling() -> None:
    deadline = period_end("2025-01-17", 10, "day")
    again = pickle.loads(pickle.dumps(deadline))
    assert again.explain(lang="vi") == deadline.explain(lang="vi")
    assert [step.text_vi for step in again.steps] == [step.text_vi for step in deadline.steps]


def test_deadlines_from_the_bundled_plan_explain_themselves_in_vietnamese() -> None:
    plan = load_bundled("hue-2023")
    assert plan.document is not None
    issued = plan.document.issued_on
    assert issued == pendulum.Date(2023, 5, 12)
    # The plan's closing days (31/12/2023, a Sunday) as the start of the labour limits.
    closing = {task.timeframe.last for task in plan.tasks if isinstance(task.timeframe, DateRange)}
    assert closing == {pendulum.Date(2023, 12, 31)}
    for day in (issued, *closing):
        for rule in statutory_rules():
            if rule.in_force_on(day):
                deadline = statutory_deadline(rule, day)
                assert all(step.text_vi for step in deadline.steps), rule.id
                assert deadline.explain(lang="vi").count("\n") == len(deadline.steps) - 1
    # 10 days from the plan's issue on Friday 12/5/2023 end on Monday 22/5/2023, a working day.
    assert "-> 22/05/2023" in period_end(issued, 10, "day").explain(lang="vi")


days = st.dates(datetime.date(1996, 1, 1), datetime.date(2090, 12, 31)).map(as_date)


@settings(max_examples=300, deadline=None)
@given(days, st.integers(0, 500), st.sampled_from(list(PeriodUnit)), st.sampled_from(CALENDARS),
       st.booleans(), st.booleans())
def test_every_period_has_vietnamese_reasoning(start: pendulum.Date, amount: int, unit: PeriodUnit,
                                               calendar: WorkingCalendar, rollover: bool,
                                               from_event: bool) -> None:
    try:
        deadline = period_end(start, amount, unit, calendar=calendar, rollover=rollover,
                              event="nhận được yêu cầu" if from_event else None)
    except InvalidValueError:
        return  # past the calendars' last year: refused, nothing to explain
    assert deadline.steps
    for step in deadline.steps:
        assert step.text_vi, step
        assert not ISO_DATE.search(step.text_vi), step.text_vi
    lines = deadline.explain(lang="vi").splitlines()
    assert len(lines) == len(deadline.steps)
    assert lines[-1].endswith(f"-> {deadline.day:02d}/{deadline.month:02d}/{deadline.year}")
    assert f"ngày {start.day:02d}/{start.month:02d}/{start.year}" in lines[0]


def test_a_vietnamese_explanation_keeps_the_provisions_and_translates_the_words_around_them() -> None:
    strict = period_before("2025-02-03", 3, "week")
    text = strict.explain(lang="vi")
    assert "by analogy" not in text
    assert "no statutory rule" not in text
    assert "[áp dụng tương tự Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(2)]" in text
    assert "[không có quy định của luật; cách hiểu do người tính lựa chọn]" in text
    for step in STEPS:
        translated = step.citation_in("vi")
        assert "by analogy" not in translated
        assert "no statutory rule" not in translated
        provisions = step.citation.removeprefix("by analogy with ")
        assert provisions in translated or "không có quy định" in translated
