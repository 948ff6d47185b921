"""The data a periodic report covers: the cut-off days of Decree 09/2019/NĐ-CP, Art. 12."""

from __future__ import annotations

import enum

import pendulum

from quanhelaodong._fields import as_choice
from quanhelaodong.deadlines._calendars import shifted
from quanhelaodong.deadlines._periods import checked_year
from quanhelaodong.errors import InvalidValueError

__all__ = ["DataPeriod", "data_period"]


class DataPeriod(enum.StrEnum):
    """Data periods of Decree 09/2019/NĐ-CP, Art. 12 (cut-off on the 14th, from the 15th).

    >>> data_period(DataPeriod.MONTHLY, 2024, 3)  # the March report
    (Date(2024, 2, 15), Date(2024, 3, 14))
    >>> data_period(DataPeriod.HALF_YEARLY, 2024, 2)
    (Date(2024, 6, 15), Date(2024, 12, 14))
    """

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    ANNUAL = "annual"


_COUNTS = {DataPeriod.MONTHLY: 12, DataPeriod.QUARTERLY: 4, DataPeriod.HALF_YEARLY: 2,
           DataPeriod.ANNUAL: 1}


def data_period(kind: DataPeriod | str, year: int, index: int = 1) -> tuple[pendulum.Date,
                                                                              pendulum.Date]:
    """The data a report covers, per Decree 09/2019/NĐ-CP Art. 12 [secondary source].

    Monthly: the 15th of the month before to the 14th; quarterly: the 15th of the
    month before the quarter to the 14th of its last month; half-yearly: 15/12 to
    14/06 (and 15/06 to 14/12); annual: 15/12 of the year before to 14/12.

    >>> data_period("annual", 2023)
    (Date(2022, 12, 15), Date(2023, 12, 14))
    >>> data_period("quarterly", 2024, 1)
    (Date(2023, 12, 15), Date(2024, 3, 14))
    """
    period = as_choice(DataPeriod, kind, "data period")
    checked_year(year)
    count = _COUNTS[period]
    if isinstance(index, bool) or not isinstance(index, int) or not 1 <= index <= count:
        raise InvalidValueError(f"a {period.value} data period's index must be an int from 1 to "
                                f"{count}, got {index!r}")
    if period is DataPeriod.ANNUAL:
        return shifted(pendulum.Date(year, 12, 15), years=-1), pendulum.Date(year, 12, 14)
    if period is DataPeriod.HALF_YEARLY:
        if index == 1:
            return shifted(pendulum.Date(year, 12, 15), years=-1), pendulum.Date(year, 6, 14)
        return pendulum.Date(year, 6, 15), pendulum.Date(year, 12, 14)
    if period is DataPeriod.QUARTERLY:
        last_month = pendulum.Date(year, 3 * index, 14)
        return shifted(last_month, months=-3, days=1), last_month
    end = pendulum.Date(year, index, 14)
    return shifted(end, months=-1, days=1), end
