"""Follow-up of a programme: what is due, what was done on time, what is late or still open.

Obligations come from the programme's reporting rules (one per reporter and
deadline) and from recommendations assigned to a body with a date to answer.
Each stands in one cell of the four-way grid on a given day. Pure functions:
nothing is sent anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

import pendulum

from quanhelaodong.calendars import WorkingCalendar
from quanhelaodong.dates import as_date
from quanhelaodong.dialogues import Recommendation
from quanhelaodong.programmes import CoordinationProgramme
from quanhelaodong.reports import (
    Obligation,
    ObligationStatus,
    Reminder,
    is_open,
    recommendation_obligations,
    report_obligations,
    tally,
)
from quanhelaodong.timeframes import BeforeReading

__all__ = ["late", "obligations", "open_recommendations", "reminders", "reports_due", "scorecard"]


def _span(programme: CoordinationProgramme, day: pendulum.Date) -> tuple[pendulum.Date,
                                                                         pendulum.Date]:
    if programme.period is not None:
        return programme.period.start, programme.period.end
    return day.start_of("year"), day.end_of("year")


def obligations(programme: CoordinationProgramme, between: tuple[object, object] | None = None,
                *, as_of: object = None, calendar: WorkingCalendar | None = None,
                before: BeforeReading | str = BeforeReading.EXCLUSIVE,
                agency: str | None = None) -> list[Obligation]:
    """Every obligation due in ``between`` (default: the programme's period), earliest first.

    >>> from quanhelaodong import load_bundled
    >>> due = obligations(load_bundled("hue-2023"))
    >>> [(o.agency.split("/")[1], o.due.isoformat()) for o in due][-1]
    ('so-ldtbxh', '2023-11-29')
    """
    day = pendulum.today().date() if as_of is None else as_date(as_of)
    low, high = (as_date(between[0]), as_date(between[1])) if between else _span(programme, day)
    found: list[Obligation] = [
        item for item in report_obligations(
            programme.reporting_rules, programme.reports, (low, high),
            reference=programme.reference_date, calendar=calendar, before=before)
        if isinstance(item, Obligation)
    ]
    recommendations = [r for d in programme.dialogues for r in d.recommendations]
    found += [o for o in recommendation_obligations(recommendations) if low <= o.due <= high]
    if agency is not None:
        found = [o for o in found if o.agency == agency]
    return sorted(found, key=lambda o: (o.due, o.agency, o.what))


def scorecard(programme: CoordinationProgramme, as_of: object, *,
              calendar: WorkingCalendar | None = None,
              before: BeforeReading | str = BeforeReading.EXCLUSIVE,
              ) -> dict[str, dict[ObligationStatus, int]]:
    """Per agency, how many of its obligations stand in each cell of the four-way grid.

    >>> from quanhelaodong import load_bundled
    >>> card = scorecard(load_bundled("hue-2023"), "2023-12-31")
    >>> card["thua-thien-hue/so-ldtbxh"][ObligationStatus.OVERDUE]
    2
    """
    grid = tally(obligations(programme, as_of=as_of, calendar=calendar, before=before), as_of)
    return {agency: {status: counts[status] for status in ObligationStatus}
            for agency, counts in sorted(grid.items())}


def reminders(programme: CoordinationProgramme, as_of: object,
              offsets: Sequence[int] = (7, 3, 1), *, calendar: WorkingCalendar | None = None,
              before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> list[Reminder]:
    """What falls due in exactly ``offsets`` days or today, and what is overdue, on ``as_of``.

    >>> from quanhelaodong import load_bundled
    >>> due = reminders(load_bundled("hue-2023"), "2023-11-07")
    >>> [str(r) for r in due if r.obligation.agency == "thua-thien-hue/so-ldtbxh"]
    ['thua-thien-hue/so-ldtbxh: report under V.1 due in 7 day(s) (2023-11-14)']
    """
    day = as_date(as_of)
    found = []
    for obligation in obligations(programme, as_of=day, calendar=calendar, before=before):
        if obligation.status(day) not in (ObligationStatus.PENDING, ObligationStatus.OVERDUE):
            continue
        days_left = (obligation.due - day).days
        if days_left < 0 or days_left == 0 or days_left in offsets:
            found.append(Reminder(obligation, days_left))
    return found


def reports_due(programme: CoordinationProgramme, between: tuple[object, object], *,
                agency: str | None = None, calendar: WorkingCalendar | None = None,
                before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> list[Obligation]:
    """Report obligations falling due between two days (both included)."""
    return [o for o in obligations(programme, between, calendar=calendar, before=before,
                                   agency=agency) if o.rule is not None]


def late(programme: CoordinationProgramme, as_of: object, *,
         calendar: WorkingCalendar | None = None,
         before: BeforeReading | str = BeforeReading.EXCLUSIVE) -> list[Obligation]:
    """Obligations done late or overdue on ``as_of``."""
    return [o for o in obligations(programme, as_of=as_of, calendar=calendar, before=before)
            if o.status(as_of) in (ObligationStatus.DONE_LATE, ObligationStatus.OVERDUE)]


def open_recommendations(programme: CoordinationProgramme, as_of: object,
                         agency: str | None = None) -> list[Recommendation]:
    """Itemised recommendations not yet resolved on ``as_of``, optionally of one body.

    Recommendations a source only counts cannot be listed one by one; their
    counts stay on :attr:`Dialogue.counts`.
    """
    day = as_date(as_of)
    found = [item for dialogue in programme.dialogues for item in dialogue.recommendations
             if is_open(item, day) and (agency is None or item.assigned_to == agency)]
    return sorted(found, key=lambda item: (item.due or pendulum.Date.max, item.id))

