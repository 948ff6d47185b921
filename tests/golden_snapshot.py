"""Golden snapshots: what the library answers, rendered so that a change reads as a diff.

* ``golden/hue-2023-resolved.json``: the bundled Huế plan, every task with its agencies' names;
* ``golden/calendar-*.txt``: the state calendar and employer calendars for every year the
  library claims (2008–2035), one line per day off or day worked, each year headed by its
  coverage and whether it was announced;
* ``golden/statutory.txt``: every statutory rule and limitation period resolved for sample dates;
* ``golden/reorganisation-2025.txt``: the change events of the 2025 reorganisation.

A change to the code or the bundled data that alters any answer shows up as a diff
to review. After checking the change is intended, regenerate the files with
``python3 -m tests.regenerate_golden`` and commit them with the change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pendulum

from quanhelaodong import CoordinationProgramme, Role, WorkingCalendar, statutory_deadline
from quanhelaodong.agencies import change_events
from quanhelaodong.deadlines import limitation_end, limitation_periods, statutory_rules

GOLDEN = Path(__file__).parent / "golden" / "hue-2023-resolved.json"
GOLDEN_DIR = Path(__file__).parent / "golden"


def resolved(programme: CoordinationProgramme) -> list[dict[str, Any]]:
    """Every task with its timeframe as written and each role's agencies by name."""
    rows = []
    for task in programme.tasks:
        timeframe = None if task.timeframe is None else str(task.timeframe)
        row: dict[str, Any] = {"id": task.id, "timeframe": timeframe}
        for role in Role:
            row[role.value] = [
                {
                    "name": programme.agency(a.agency).name,
                    "side": programme.agency(a.agency).side.value,
                    "collective": programme.agency(a.agency).is_collective,
                    "mode": a.mode.value,
                }
                for a in task.assignments if a.role is role
            ]
        rows.append(row)
    return rows


# --- Deadlines and the 2025 reorganisation, one line per day, rule or event ---------------

#: The years the calendars' snapshot claims: 2008 (Giỗ Tổ Hùng Vương a holiday since 2007)
#: to 2035; the announced years are marked in each year's header line.
CALENDAR_YEARS = range(2008, 2036)
#: Days the statutory catalogue is resolved for: ordinary days, days before Tết, the
#: make-up Saturdays 26/4/2025 and 10/1/2026 nearby, a year's end.
SAMPLE_DATES = ("2025-01-15", "2025-03-27", "2025-04-21", "2025-12-11", "2025-12-31", "2026-01-05",
                "2026-08-20", "2027-02-01")
GOLDEN_TEXTS = {
    "calendar-state.txt": "the state calendar (civil service)",
    "calendar-employer.txt": "an employer resting on Sunday, with the state's choices",
    "calendar-employer-five-day.txt": "an employer resting Saturday and Sunday, Tết 1+4, National Day 3/9",
    "statutory.txt": "every statutory rule and limitation period resolved for sample dates",
    "reorganisation-2025.txt": "the change events of the 2025 reorganisation",
}


def _calendars() -> dict[str, WorkingCalendar]:
    return {
        "calendar-state.txt": WorkingCalendar.state(),
        "calendar-employer.txt": WorkingCalendar.employer(),
        "calendar-employer-five-day.txt": WorkingCalendar.employer(weekly_rest=(5, 6), tet="1+4",
                                                                   national_day="3/9"),
    }


def calendar_lines(calendar: WorkingCalendar) -> list[str]:
    """Each year's header (coverage, announced or not), then one line per day off or day worked."""
    lines = [f"# {calendar.label}"]
    announced = set(calendar.official_years())
    for year in CALENDAR_YEARS:
        mark = "announced" if year in announced else "not announced"
        lines.append(f"== {year} coverage={calendar.coverage(year).value} ({mark})")
        rows = [(day.date, f"{day.date} {day.date.format('ddd')} {day.kind.value}: {day.name_vi} "
                           f"| {day.name_en} | {day.source}") for day in calendar.holidays_in(year)]
        rows += [(m.date, f"{m.date} {m.date.format('ddd')} worked (làm bù) for {m.replaces} | {m.source}")
                 for m in calendar.make_up_days_in(year)]
        lines += [text for _, text in sorted(rows)]
    return lines


def statutory_lines() -> list[str]:
    """Each rule version and limitation period, for each sample date it is in force on."""
    lines = []
    for rule in statutory_rules():
        lines.append(f"# {rule.id} [{rule.confidence.value}] {rule.citation}; counts on "
                     f"{', '.join(owner.value for owner in rule.counts_on)}")
        for text in SAMPLE_DATES:
            day = pendulum.Date.fromisoformat(text)
            if not rule.in_force_on(day):
                continue
            deadline = statutory_deadline(rule, day)
            lines.append(f"{rule.id} {text} -> {deadline.isoformat()} | {' > '.join(deadline.rules)}")
    for period in limitation_periods():
        lines.append(f"# {period.id} [{period.confidence.value}] {period.citation}; counts on "
                     f"{period.counts_on.value}")
        for text in SAMPLE_DATES:
            deadline = limitation_end(period, text)
            lines.append(f"{period.id} {text} -> {deadline.isoformat()} | {' > '.join(deadline.rules)}")
    return lines


def reorganisation_lines() -> list[str]:
    """One line per change event: id, kind, day, from -> to (with functions), basis, confidence."""
    lines = []
    for event in sorted(change_events(), key=lambda e: (e.effective, e.id)):
        targets = "; ".join(t.to + (f" [{', '.join(f.value for f in t.functions)}]" if t.functions else "")
                            for t in event.transfers)
        basis = ", ".join(str(doc) for doc in event.basis)
        lines.append(f"{event.effective} {event.kind.value} {event.id}: {', '.join(event.before)} -> "
                     f"{targets} | {basis} [{event.confidence}]")
    return lines


def golden_texts() -> dict[str, str]:
    """Every text snapshot by file name, as the current code renders it."""
    texts = {name: calendar_lines(calendar) for name, calendar in _calendars().items()}
    texts["statutory.txt"] = statutory_lines()
    texts["reorganisation-2025.txt"] = reorganisation_lines()
    return {name: "\n".join(lines) + "\n" for name, lines in texts.items()}
