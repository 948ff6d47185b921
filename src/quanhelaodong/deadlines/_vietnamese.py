"""How the reasoning of a deadline is worded in Vietnamese.

The words follow the Civil Code 2015 (Art. 146–148: "ngày tiếp theo liền kề",
"thời điểm kết thúc ngày cuối cùng của thời hạn", "ngày làm việc tiếp theo") and
the Labour Code 2019 ("ngày làm việc", "ngày nghỉ hằng tuần", "ngày nghỉ lễ, tết").
Dates are written dd/mm/yyyy and amounts below ten with a leading zero ("05 ngày
làm việc"), as Vietnamese legal texts write them.
"""

from __future__ import annotations

import pendulum

__all__ = ["UNIT_WORDS_VI", "WEEKDAYS_VI", "amount_vi", "date_vi"]

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
