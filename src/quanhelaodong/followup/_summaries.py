"""Summaries of the follow-up for the desks that act on it: scorecards, reminders, what is late or open.

Pure functions over a programme and a day: nothing is sent anywhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import ClassVar

import attrs
import pendulum

from quanhelaodong._fields import as_date
from quanhelaodong.deadlines import BeforeReading, WorkingCalendar
from quanhelaodong.followup._obligations import Obligation, ObligationStatus, obligations
from quanhelaodong.programmes import CoordinationProgramme, Recommendation, RecommendationStatus
from quanhelaodong.rows import Column, Rows

__all__ = ["Reminder", "late", "open_recommendations", "reminders", "reports_due", "scorecard"]


@attrs.frozen(repr=False)
class Reminder:
    """An obligation that falls due soon or is overdue, as seen on a day.

    >>> duty = Obligation("x/y", pendulum.Date(2023, 11, 14), "report under V.1")
    >>> str(Reminder(duty, -2))
    'x/y: report under V.1 overdue by 2 day(s) (2023-11-14)'
    >>> Reminder(duty, -2)
    Reminder('x/y', 'report under V.1', due=2023-11-14, days_left=-2)
    """

    table_columns: ClassVar[tuple[Column, ...]] = (
        Column("due", lambda row: row.obligation.due), Column("when", lambda row: row.when),
        Column("agency", lambda row: row.obligation.agency, 40),
        Column("what", lambda row: row.obligation.what, 40),
        Column("recipient", lambda row: row.obligation.recipient, 40))

    obligation: Obligation
    days_left: int

    @property
    def when(self) -> str:
        """How it stands: "due in 3 day(s)", "due today" or "overdue by 2 day(s)"."""
        if self.days_left > 0:
            return f"due in {self.days_left} day(s)"
        return "due today" if self.days_left == 0 else f"overdue by {-self.days_left} day(s)"

    def __str__(self) -> str:
        return f"{self.obligation.agency}: {self.obligation.what} {self.when} ({self.obligation.due})"

    def __repr__(self) -> str:
        return (f"Reminder({self.obligation.agency!r}, {self.obligation.what!r}, due={self.obligation.due}, "
                f"days_left={self.days_left})")


def scorecard(programme: CoordinationProgramme, as_of: object, *,
              calendar: WorkingCalendar | None = None,
              before: BeforeReading | str = BeforeReading.EXCLUSIVE,
              ) -> dict[str, dict[ObligationStatus, int]]:
    """Per agency, how many of its obligations stand in each cell of the four-way grid.

    >>> from quanhelaodong.io import load_bundled
    >>> card = scorecard(load_bundled("hue-2023"), "2023-12-31")
    >>> card["thua-thien-hue/so-ldtbxh"][ObligationStatus.OVERDUE]
    2
    """
    day = as_date(as_of)
    grid: dict[str, Counter[ObligationStatus]] = {}
    for obligation in obligations(programme, as_of=day, calendar=calendar, before=before):
        grid.setdefault(obligation.agency, Counter())[obligation.status(day)] += 1
    return {agency: {status: counts[status] for status in ObligationStatus}
            for agency, counts in sorted(grid.items())}


def reminders(programme: CoordinationProgramme, as_of: object,
              offsets: Sequence[int] = (7, 3, 1), *, calendar: WorkingCalendar | None = None,
              before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[Reminder]:
    """What falls due in exactly ``offsets`` days or today, and what is overdue, on ``as_of``.

    >>> from quanhelaodong.io import load_bundled
    >>> due = reminders(load_bundled("hue-2023"), "2023-11-07")
    >>> [str(r) for r in due if r.obligation.agency == "thua-thien-hue/so-ldtbxh"]
    ['thua-thien-hue/so-ldtbxh: report under V.1 due in 7 day(s) (2023-11-14)']
    >>> due[:1]
    1 row of Reminder
    due         when             agency                     what              recipient
    2023-11-14  due in 7 day(s)  thua-thien-hue/ban-ql-kcn  report under V.1  thua-thien-hue/ubnd
    """
    day = as_date(as_of)
    found = []
    for obligation in obligations(programme, as_of=day, calendar=calendar, before=before):
        if obligation.status(day) not in (ObligationStatus.PENDING, ObligationStatus.OVERDUE):
            continue
        days_left = (obligation.due - day).days
        if days_left < 0 or days_left == 0 or days_left in offsets:
            found.append(Reminder(obligation, days_left))
    return Rows(found)


def reports_due(programme: CoordinationProgramme, between: tuple[object, object], *,
                agency: str | None = None, calendar: WorkingCalendar | None = None,
                before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[Obligation]:
    """Report obligations falling due between two days (both included).

    >>> from quanhelaodong.io import load_bundled
    >>> due = reports_due(load_bundled("hue-2023"), ("2023-11-20", "2023-11-30"))
    >>> [(o.agency, o.rule) for o in due]
    [('thua-thien-hue/so-ldtbxh', 'V.2')]
    """
    return Rows(o for o in obligations(programme, between, calendar=calendar, before=before,
                                       agency=agency) if o.rule is not None)


def late(programme: CoordinationProgramme, as_of: object, *,
         calendar: WorkingCalendar | None = None,
         before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> Rows[Obligation]:
    """Obligations done late or overdue on ``as_of``.

    >>> from quanhelaodong.io import load_bundled
    >>> len(late(load_bundled("hue-2023"), "2023-12-31"))
    8
    """
    day = as_date(as_of)
    return Rows(o for o in obligations(programme, as_of=day, calendar=calendar, before=before)
                if o.status(day) in (ObligationStatus.DONE_LATE, ObligationStatus.OVERDUE))


def open_recommendations(programme: CoordinationProgramme, as_of: object,
                         agency: str | None = None) -> Rows[Recommendation]:
    """Itemised recommendations not yet resolved on ``as_of``, optionally of one body.

    Recommendations a source only counts cannot be listed one by one; their
    counts stay on :attr:`Dialogue.counts`.

    >>> from quanhelaodong.programmes import CoordinationProgramme, Dialogue, Recommendation
    >>> talk = Dialogue("dt", "policy", "Đối thoại", recommendations=[
    ...     Recommendation("kn-1", "Nhà trọ", "spoken", resolved="2024-03-01"),
    ...     Recommendation("kn-2", "Nhà trẻ", "written")])
    >>> plan = CoordinationProgramme("demo", "plan", "Kế hoạch", dialogues=[talk])
    >>> [item.id for item in open_recommendations(plan, "2024-06-01")]
    ['kn-2']
    """
    day = as_date(as_of)
    found = [item for dialogue in programme.dialogues for item in dialogue.recommendations
             if item.status(day) is not RecommendationStatus.RESOLVED
             and (agency is None or item.assigned_to == agency)]
    return Rows(sorted(found, key=lambda item: (item.due or pendulum.Date.max, item.id)))

