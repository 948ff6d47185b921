"""Civil Code period arithmetic, each result carrying the legal reasoning that produced it.

Bộ luật Dân sự 2015 (91/2015/QH13), Art. 144–148, counts periods ("thời hạn"):

* a period in days, weeks, months or years from a date does not count that date;
  day 1 is the next day (Art. 147(2)); a period that starts with an event ("kể từ
  ngày nhận được ...") does not count the day of the event (147(3));
* a period in days ends at the end of its last day (Art. 148(1)); in weeks, on the
  corresponding weekday (148(2)); in months, on the corresponding day of the month,
  or the month's last day when it has no such day (148(3)); in years, on the same
  day and month (148(4));
* when the last day is a weekly rest day or a holiday, the period ends at the end
  of the next working day (148(5)), on the calendar of whoever must act; the last
  day ends at 24:00 (148(6));
* "đầu / giữa / cuối tháng" are the 1st, the 15th and the last day of the month
  (146(2)); "đầu / giữa / cuối năm" are the first, sixth and twelfth month (146(3)),
  read as the days 1 January, 30 June and 31 December.

Every citation comes from the table of legal sources (``deadlines/_sources.py``).
"N ngày làm việc" counts working days, as the Labour Code writes its limits
(Art. 145(1): another law's way of counting prevails). Counting backwards ("at
least N days before X") has no statutory rule: Art. 147–148 speak only of periods
running forward, so :func:`period_before` counts back by analogy with them, in a
strict reading (neither the day of the act nor X counts; the default) or a
lenient one (the day of the act counts), and says which it used.
"""

from __future__ import annotations

import enum

import pendulum

from quanhelaodong._fields import as_choice, as_date
from quanhelaodong.deadlines._calendars import WorkingCalendar, checked_calendar, day_off_reason_vi, shifted
from quanhelaodong.deadlines._reasoning import NO_STATUTORY_RULE, Deadline, ReasoningStep
from quanhelaodong.deadlines._sources import cite
from quanhelaodong.deadlines._vietnamese import WEEKDAYS_VI, amount_vi, date_vi
from quanhelaodong.errors import InvalidValueError

__all__ = [
    "BackwardReading",
    "Deadline",
    "PeriodMarker",
    "PeriodUnit",
    "ReasoningStep",
    "month_marker",
    "period_before",
    "period_end",
    "window_opening",
    "year_marker",
]

_END_RULES = {"day": "civil_end_days", "week": "civil_end_weeks", "month": "civil_end_months",
              "year": "civil_end_years"}


class PeriodUnit(enum.StrEnum):
    """Units of a period.

    Calendar days run through Tết and roll over past it; working days skip it:

    >>> period_end("2025-01-15", 10, PeriodUnit.DAY), period_end("2025-01-15", 10, PeriodUnit.WORKING_DAY)
    (Deadline(2025, 2, 3), Deadline(2025, 2, 5))
    """

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    WORKING_DAY = "working_day"


class BackwardReading(enum.StrEnum):
    """How to read "at least N days before X", which no statute settles.

    >>> strict = period_before("2025-03-14", 30, "day")  # at least 30 days before Fri 14/3/2025
    >>> lenient = period_before("2025-03-14", 30, "day", reading=BackwardReading.LENIENT)
    >>> strict, lenient, lenient.rules[0]
    (Deadline(2025, 2, 11), Deadline(2025, 2, 12), 'backward_lenient')
    """

    #: Neither the day of the act nor X counts: N whole days lie between them.
    STRICT = "strict"
    #: The day of the act counts as one of the N days.
    LENIENT = "lenient"


class PeriodMarker(enum.StrEnum):
    """"đầu" (start), "giữa" (middle), "cuối" (end) of a month or a year.

    >>> [month_marker(2025, 2, marker).day for marker in PeriodMarker]  # đầu, giữa, cuối tháng 2
    [1, 15, 28]
    >>> year_marker(2025, PeriodMarker.END)
    Deadline(2025, 12, 31)
    """

    START = "start"
    MIDDLE = "middle"
    END = "end"


def as_period_unit(unit: object) -> PeriodUnit:
    """``unit`` as a :class:`PeriodUnit`, or the library's error naming the choices: the one
    converter of a period's unit in this package."""
    return as_choice(PeriodUnit, unit, "unit")


def _calendar(calendar: WorkingCalendar | None) -> WorkingCalendar:
    """The calendar asked for, by default the state's."""
    return WorkingCalendar.state() if calendar is None else checked_calendar(calendar)


def checked_year(year: int) -> int:
    """``year`` if it is an int a calendar holds (1 to 9999), else an :class:`InvalidValueError`."""
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise InvalidValueError(f"a year must be an int from 1 to 9999, got {year!r}")
    return year


def as_amount(amount: object) -> int:
    """A period's amount: a whole number >= 0, never a bool, a float or a text."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise InvalidValueError(f"a period's amount must be a whole number >= 0, got {amount!r}")
    return amount


def _why_not_working(calendar: WorkingCalendar, day: pendulum.Date) -> str:
    for off in calendar.holidays_in(day.year):
        if off.date == day:
            return f"a holiday or day off ({off.name_vi}) on {calendar.label}"
    return f"a weekly rest day on {calendar.label}"


def _shift(start: pendulum.Date, amount: int, unit: PeriodUnit) -> tuple[pendulum.Date, ReasoningStep]:
    """Calendar arithmetic of Art. 148(1)–(4), forwards (amount > 0) or backwards."""
    magnitude = abs(amount)
    rule = _END_RULES[unit.value]
    # Art. 148 counts forwards only; a backward count borrows its rule by analogy.
    citation = cite(rule) if amount >= 0 else f"by analogy with {cite(rule)}"
    back = "" if amount >= 0 else ", counted back"
    period_vi = (f"Thời hạn {amount_vi(magnitude, unit.value)}" if amount >= 0 else
                 f"Tính lùi {amount_vi(magnitude, unit.value)}, thời hạn")
    if unit is PeriodUnit.DAY:
        end = shifted(start, days=amount)
        return end, ReasoningStep(rule, citation, f"{magnitude} day(s){back} end at the end of the last day",
                                  end, text_vi=f"{period_vi} kết thúc tại thời điểm kết thúc ngày cuối "
                                  "cùng của thời hạn")
    if unit is PeriodUnit.WEEK:
        end = shifted(start, weeks=amount)
        return end, ReasoningStep(rule, citation, f"{magnitude} week(s){back} end on the same weekday "
                                  f"({end.format('dddd')})", end,
                                  text_vi=f"{period_vi} kết thúc tại thời điểm kết thúc ngày tương ứng "
                                  f"của tuần cuối cùng ({WEEKDAYS_VI[end.weekday()]})")
    if unit is PeriodUnit.MONTH:
        end = shifted(start, months=amount)
        text = f"{magnitude} month(s){back} end on the same day of the month"
        text_vi = f"{period_vi} kết thúc tại thời điểm kết thúc ngày tương ứng của tháng cuối cùng"
        if end.day != start.day:
            text += f"; that month has no day {start.day}, so its last day"
            text_vi += (f"; tháng đó không có ngày {start.day:02d} nên thời hạn kết thúc vào ngày cuối "
                        "cùng của tháng")
        return end, ReasoningStep(rule, citation, text, end, text_vi=text_vi)
    end = shifted(start, years=amount)
    text = f"{magnitude} year(s){back} end on the same day and month"
    text_vi = f"{period_vi} kết thúc tại thời điểm kết thúc ngày, tháng tương ứng của năm cuối cùng"
    if end.day != start.day:
        text += "; 29 February has no counterpart, so 28 February (by analogy, uncertain)"
        text_vi += ("; năm đó không có ngày 29/02 nên lấy ngày 28/02 (áp dụng tương tự, chưa chắc "
                    "chắn)")
    return end, ReasoningStep(rule, citation, text, end, text_vi=text_vi)


def period_end(start: object, amount: int, unit: PeriodUnit | str, *,
               calendar: WorkingCalendar | None = None, rollover: bool = True,
               event: str | None = None) -> Deadline:
    """The last day of a period of ``amount`` ``unit`` counted from ``start`` ("kể từ").

    ``start`` is a date (Art. 147(2)), or the day of an ``event`` the period starts
    with ("kể từ ngày nhận được đơn": Art. 147(3)); either way it is not counted.
    ``calendar`` (default: the state-agency calendar) decides working days, for
    ``"working_day"`` units and for the roll-over of Art. 148(5), which
    ``rollover=False`` turns off (as for a term of validity, where it is doubtful).

    >>> end = period_end(pendulum.Date(2025, 1, 15), 10, "day")
    >>> end
    Deadline(2025, 2, 3)
    >>> print(end.explain())
    1. The period starts on the day after 2025-01-15
       [Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147(2)] -> 2025-01-16
    2. 10 day(s) end at the end of the last day
       [Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(1)] -> 2025-01-25
    3. 2025-01-25 is a weekly rest day on the state calendar, so the period ends at the end of
       the next working day [Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(5)] -> 2025-02-03
    >>> print(end.explain(lang="vi"))
    1. Thời hạn bắt đầu từ ngày tiếp theo liền kề ngày 15/01/2025
       [Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147(2)] -> 16/01/2025
    2. Thời hạn 10 ngày kết thúc tại thời điểm kết thúc ngày cuối cùng của thời hạn
       [Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(1)] -> 25/01/2025
    3. Ngày cuối cùng của thời hạn (25/01/2025) là ngày nghỉ hằng tuần theo lịch làm việc của cơ
       quan nhà nước nên thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo
       [Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(5)] -> 03/02/2025
    >>> period_end(pendulum.Date(2024, 1, 31), 1, "month")
    Deadline(2024, 2, 29)
    >>> period_end("2025-03-03", 7, "working_day", event="nhận được yêu cầu").steps[0].citation
    'Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147(3)'
    """
    if event is not None and not isinstance(event, str):
        raise InvalidValueError(f"an event is described in words, got {event!r}")
    return forward_period(as_date(start), as_amount(amount), as_period_unit(unit),
                          _calendar(calendar), rollover, event=event)


def forward_period(day: pendulum.Date, amount: int, unit: PeriodUnit, calendar: WorkingCalendar,
                   rollover: bool, *, event: str | None = None, event_vi: str | None = None) -> Deadline:
    """:func:`period_end` on values already checked: for callers inside the package.

    ``event_vi`` names the event in Vietnamese (by default as ``event`` names it).
    """
    if event is None:
        first = ReasoningStep("civil_start_exclusive", cite("civil_start_date"),
                              f"The period starts on the day after {day.isoformat()}", shifted(day, days=1),
                              text_vi=f"Thời hạn bắt đầu từ ngày tiếp theo liền kề ngày {date_vi(day)}")
    else:
        first = ReasoningStep("civil_start_exclusive", cite("civil_start_event"),
                              f"The period starts with an event ({event}) on {day.isoformat()}; "
                              "it runs from the next day", shifted(day, days=1),
                              text_vi=f"Thời hạn bắt đầu bằng một sự kiện ({event_vi or event}) xảy ra "
                              f"ngày {date_vi(day)}; ngày xảy ra sự kiện không được tính, thời hạn tính "
                              "từ ngày tiếp theo liền kề")
    steps = [first]
    if unit is PeriodUnit.WORKING_DAY:
        end = calendar.add_working_days(day, amount)
        steps.append(ReasoningStep("working_days", f"{cite('civil_precedence')}; Bộ luật Lao động 2019 "
                                   "(45/2019/QH14)",
                                   f"{amount} working day(s) on {calendar.label}", end,
                                   text_vi=f"Tính {amount_vi(amount, unit.value)} theo {calendar.label_vi}, "
                                   "không tính ngày nghỉ hằng tuần, ngày nghỉ lễ, tết"))
        return Deadline.of(end, tuple(steps))
    end, step = _shift(day, amount, unit)
    steps.append(step)
    if rollover and not calendar.is_working_day(end):
        reason = _why_not_working(calendar, end)
        reason_vi = day_off_reason_vi(calendar, end)
        end = calendar.roll_forward(end)
        steps.append(ReasoningStep("civil_rollover", cite("civil_rollover"),
                                   f"{step.date.isoformat()} is {reason}, so the period ends at the end "
                                   "of the next working day", end,
                                   text_vi=f"Ngày cuối cùng của thời hạn ({date_vi(step.date)}) là "
                                   f"{reason_vi} nên thời hạn kết thúc tại thời điểm kết thúc ngày làm "
                                   "việc tiếp theo"))
    return Deadline.of(end, tuple(steps))


def period_before(anchor: object, amount: int, unit: PeriodUnit | str, *,
                  reading: BackwardReading | str = BackwardReading.STRICT,
                  calendar: WorkingCalendar | None = None, rollback: bool = True) -> Deadline:
    """The latest day to act "at least ``amount`` ``unit`` before" ``anchor``.

    No statute settles how to count backwards: Art. 147–148 count forwards, and
    the count back borrows their rules by analogy (the steps say so). The strict
    reading (default) counts neither the day of the act nor ``anchor``; the
    lenient one counts the day of the act. Strict is never later than lenient.
    With ``rollback``, a latest day that is not a working day moves to the working
    day before it, so the act can be done at an office that is open.

    >>> period_before(pendulum.Date(2025, 3, 14), 5, "working_day")  # a strike on Fri 14/3
    Deadline(2025, 3, 6)
    >>> period_before(pendulum.Date(2025, 3, 14), 5, "working_day", reading="lenient")
    Deadline(2025, 3, 7)
    >>> period_before("2025-03-14", 10, "day").steps[-1].citation
    'by analogy with Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(1)'
    """
    return backward_period(as_date(anchor), as_amount(amount), as_period_unit(unit),
                           as_choice(BackwardReading, reading, "reading"), _calendar(calendar), rollback)


def backward_period(day: pendulum.Date, amount: int, unit: PeriodUnit, chosen: BackwardReading,
                    calendar: WorkingCalendar, rollback: bool) -> Deadline:
    """:func:`period_before` on values already checked: for callers inside the package."""
    if unit is PeriodUnit.WORKING_DAY:
        count = amount + 1 if chosen is BackwardReading.STRICT else amount
        latest = calendar.add_working_days(day, -count)
        text = (f"{amount} whole working day(s) on {calendar.label} between the act and "
                f"{day.isoformat()}, neither counted" if chosen is BackwardReading.STRICT else
                f"{amount} working day(s) on {calendar.label} before {day.isoformat()}, the day "
                "of the act counted")
        counted = amount_vi(amount, unit.value)
        text_vi = (f"Giữa ngày thực hiện và ngày {date_vi(day)} phải có đủ {counted} trọn vẹn theo "
                   f"{calendar.label_vi}, không tính hai ngày đó" if chosen is BackwardReading.STRICT else
                   f"{counted} theo {calendar.label_vi} trước ngày {date_vi(day)}, tính cả ngày thực "
                   "hiện")
        return Deadline.of(latest, (ReasoningStep(f"backward_{chosen.value}", NO_STATUTORY_RULE, text, latest,
                                                  text_vi=text_vi),))
    if chosen is BackwardReading.STRICT:
        # Neither day counts: the whole period must fit between the day of the act and
        # the day before the anchor.
        latest, step = _shift(shifted(day, days=-1), -amount, unit)
        steps = [ReasoningStep("backward_strict", NO_STATUTORY_RULE,
                               f"Strict reading: the period must end before {day.isoformat()}, so it "
                               f"is counted back from {shifted(day, days=-1).isoformat()}", latest,
                               text_vi=f"Cách hiểu chặt chẽ: thời hạn phải kết thúc trước ngày "
                               f"{date_vi(day)} nên được tính lùi từ ngày {date_vi(shifted(day, days=-1))}"),
                 step]
    else:
        latest, step = _shift(day, -amount, unit)
        steps = [ReasoningStep("backward_lenient", NO_STATUTORY_RULE,
                               "Lenient reading: the day of the act counts", latest,
                               text_vi="Cách hiểu rộng: ngày thực hiện được tính vào thời hạn"), step]
    if rollback and not calendar.is_working_day(latest):
        reason = _why_not_working(calendar, latest)
        reason_vi = day_off_reason_vi(calendar, latest)
        moved = calendar.roll_backward(latest)
        steps.append(ReasoningStep("backward_rollback", NO_STATUTORY_RULE,
                                   f"{latest.isoformat()} is {reason}; act on the working day before",
                                   moved, text_vi=f"Ngày {date_vi(latest)} là {reason_vi}; phải thực hiện "
                                   "vào ngày làm việc liền trước"))
        latest = moved
    return Deadline.of(latest, tuple(steps))


def window_opening(anchor: object, amount: int, unit: PeriodUnit | str, *,
                   calendar: WorkingCalendar | None = None) -> Deadline:
    """The first day of the window "within ``amount`` ``unit`` before" ``anchor``.

    The window's days are counted back from the day before ``anchor``, which is
    its last day, by analogy with Art. 147–148 (which count forwards only):
    "trong thời hạn 90 ngày trước ngày thỏa ước hết hạn" on an agreement expiring
    31 December opens on 2 October.

    >>> window_opening(pendulum.Date(2025, 12, 31), 90, "day")
    Deadline(2025, 10, 2)
    """
    return window_before(as_date(anchor), as_amount(amount), as_period_unit(unit), _calendar(calendar))


def window_before(day: pendulum.Date, amount: int, unit: PeriodUnit,
                  calendar: WorkingCalendar) -> Deadline:
    """:func:`window_opening` on values already checked: for callers inside the package."""
    last = shifted(day, days=-1)
    if unit is PeriodUnit.WORKING_DAY:
        first = calendar.add_working_days(day, -amount)
        step = ReasoningStep("window_before", f"by analogy with {cite('civil_start_date')}",
                             f"{amount} working day(s) on {calendar.label} before {day.isoformat()} "
                             "begin on this day", first,
                             text_vi=f"Khoảng thời gian {amount_vi(amount, unit.value)} theo "
                             f"{calendar.label_vi} trước ngày {date_vi(day)} bắt đầu từ ngày này")
        return Deadline.of(first, (step,))
    first, counted = _shift(day, -amount, unit)
    step = ReasoningStep("window_before", counted.citation,
                         f"{amount} {unit.value}(s) before {day.isoformat()} begin on this day; the "
                         f"window's last day is {last.isoformat()}", first,
                         text_vi=f"Khoảng thời gian {amount_vi(amount, unit.value)} trước ngày "
                         f"{date_vi(day)} bắt đầu từ ngày này; ngày cuối cùng của khoảng thời gian là "
                         f"ngày {date_vi(last)}")
    return Deadline.of(first, (step,))


def month_marker(year: int, month: int, marker: PeriodMarker | str) -> Deadline:
    """"đầu / giữa / cuối tháng" as a day: the 1st, the 15th, the last (Art. 146(2)).

    >>> month_marker(2024, 2, "end")
    Deadline(2024, 2, 29)
    """
    which: PeriodMarker = as_choice(PeriodMarker, marker, "marker")
    checked_year(year)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise InvalidValueError(f"no month {month!r}")
    first = pendulum.Date(year, month, 1)
    day = {PeriodMarker.START: first, PeriodMarker.MIDDLE: first.replace(day=15),
           PeriodMarker.END: first.end_of("month")}[which]
    return Deadline.of(day, (month_marker_step(which, day),))


def month_marker_step(which: PeriodMarker, day: pendulum.Date) -> ReasoningStep:
    """The step that reads "đầu / giữa / cuối tháng" as ``day`` (Art. 146(2)).

    >>> month_marker_step(PeriodMarker.MIDDLE, pendulum.Date(2025, 2, 15)).text_vi
    '“Giữa tháng” là ngày thứ mười lăm của tháng: ngày 15/02/2025'
    """
    words = {PeriodMarker.START: "đầu tháng", PeriodMarker.MIDDLE: "giữa tháng",
             PeriodMarker.END: "cuối tháng"}
    meaning_vi = {PeriodMarker.START: "ngày thứ nhất", PeriodMarker.MIDDLE: "ngày thứ mười lăm",
                  PeriodMarker.END: "ngày cuối cùng"}
    return ReasoningStep("civil_month_markers", cite("civil_month_markers"),
                         f"'{words[which]}' is day {day.day} of the month", day,
                         text_vi=f"“{words[which].capitalize()}” là {meaning_vi[which]} của tháng: ngày "
                         f"{date_vi(day)}")


def year_marker(year: int, marker: PeriodMarker | str) -> Deadline:
    """"đầu / giữa / cuối năm" as a day: 1 January, 30 June, 31 December (Art. 146(3)).

    >>> year_marker(2025, "middle")
    Deadline(2025, 6, 30)
    """
    which: PeriodMarker = as_choice(PeriodMarker, marker, "marker")
    checked_year(year)
    day = {PeriodMarker.START: pendulum.Date(year, 1, 1), PeriodMarker.MIDDLE: pendulum.Date(year, 6, 30),
           PeriodMarker.END: pendulum.Date(year, 12, 31)}[which]
    words = {PeriodMarker.START: "đầu năm", PeriodMarker.MIDDLE: "giữa năm", PeriodMarker.END: "cuối năm"}
    months_vi = {PeriodMarker.START: "tháng thứ nhất", PeriodMarker.MIDDLE: "tháng thứ sáu",
                 PeriodMarker.END: "tháng thứ mười hai"}
    step = ReasoningStep("civil_year_markers", cite("civil_year_markers"),
                f"'{words[which]}' as a day is {day.isoformat()}", day,
                text_vi=f"“{words[which].capitalize()}” là {months_vi[which]} của năm; tính theo ngày là "
                f"ngày {date_vi(day)}")
    return Deadline.of(day, (step,))
