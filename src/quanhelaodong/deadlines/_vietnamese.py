"""How the reasoning of a deadline is worded in Vietnamese.

The words follow the Civil Code 2015 (Art. 146–148: "ngày tiếp theo liền kề",
"thời điểm kết thúc ngày cuối cùng của thời hạn", "ngày làm việc tiếp theo") and
the Labour Code 2019 ("ngày làm việc", "ngày nghỉ hằng tuần", "ngày nghỉ lễ, tết").
Dates are written dd/mm/yyyy and amounts below ten with a leading zero ("05 ngày
làm việc"), as Vietnamese legal texts write them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pendulum

from quanhelaodong.deadlines._days_off import DayKind

if TYPE_CHECKING:
    from quanhelaodong.deadlines._calendars import WorkingCalendar

__all__ = ["UNIT_WORDS_VI", "WEEKDAYS_VI", "amount_vi", "date_vi", "day_off_reason_vi"]

#: Weekday names, Monday first as ``date.weekday()`` numbers them.
WEEKDAYS_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
#: A period's unit in words, keyed by :class:`~quanhelaodong.deadlines.PeriodUnit` value.
UNIT_WORDS_VI = {"day": "ngày", "week": "tuần", "month": "tháng", "year": "năm",
                 "working_day": "ngày làm việc"}


def date_vi(day: pendulum.Date) -> str:
    """``day`` as Vietnamese texts write it.

    >>> date_vi(pendulum.Date(2025, 1, 5))
    '05/01/2025'
    """
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def amount_vi(amount: int, unit: str) -> str:
    """An amount of a unit (a :class:`~quanhelaodong.deadlines.PeriodUnit` value) in words.

    >>> amount_vi(5, "working_day"), amount_vi(30, "day")
    ('05 ngày làm việc', '30 ngày')
    """
    return f"{amount:02d} {UNIT_WORDS_VI[unit]}"


def day_off_reason_vi(calendar: WorkingCalendar, day: pendulum.Date) -> str:
    """Why ``day`` is not a working day on ``calendar``, as the Labour Code names days off.

    >>> from quanhelaodong.deadlines import WorkingCalendar
    >>> day_off_reason_vi(WorkingCalendar.state(), pendulum.Date(2025, 1, 28))
    'ngày nghỉ lễ, tết (Tết Nguyên Đán (29 tháng Chạp)) theo lịch làm việc của cơ quan nhà nước'
    >>> day_off_reason_vi(WorkingCalendar.state(), pendulum.Date(2025, 1, 25))
    'ngày nghỉ hằng tuần theo lịch làm việc của cơ quan nhà nước'
    """
    kinds = {DayKind.STATUTORY: "ngày nghỉ lễ, tết", DayKind.COMPENSATORY: "ngày nghỉ bù",
             DayKind.SWAP: "ngày nghỉ hoán đổi"}
    for off in calendar.holidays_in(day.year):
        if off.date == day:
            return f"{kinds[off.kind]} ({off.name_vi}) theo {calendar.label_vi}"
    return f"ngày nghỉ hằng tuần theo {calendar.label_vi}"
