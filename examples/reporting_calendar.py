"""The reporting calendar of a programme: who reports to whom, through whom, by when.

    python examples/reporting_calendar.py                      # Huế 2023, seen on 2023-11-07
    python examples/reporting_calendar.py --as-of 2023-12-01

Lists each rule's chain, every obligation with its deadline on the state-agency
calendar (a last day on a weekend moves to the next working day) and its cell of
the four-way grid on the chosen day, the reminders due, and a scorecard by agency.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import pendulum
from _script import iso_date, run

from quanhelaodong import ResponsibilityGraph, bundled_names, load_bundled, obligations, scorecard
from quanhelaodong.followup import ObligationStatus, reminders
from quanhelaodong.graph import reporters_of

LABELS = {
    ObligationStatus.DONE_ON_TIME: "đã làm, đúng hạn (done on time)",
    ObligationStatus.DONE_LATE: "đã làm, trễ hạn (done late)",
    ObligationStatus.PENDING: "chưa làm, còn hạn (not done, within deadline)",
    ObligationStatus.OVERDUE: "chưa làm, quá hạn (not done, overdue)",
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Reporting calendar of a bundled programme")
    parser.add_argument("--plan", default="hue-2023", choices=bundled_names())
    parser.add_argument("--as-of", type=iso_date,
                        default=pendulum.Date(2023, 11, 7),
                        metavar="YYYY-MM-DD")
    args = parser.parse_args(argv)
    programme = load_bundled(args.plan)
    graph = ResponsibilityGraph([programme])
    name = {a: programme.agency(a).name for r in programme.reporting_rules
            for a in (*r.reporters, r.recipient, *([r.via] if r.via else []))}
    print(f"{programme.title} [{programme.id}], ngày xem (as of) {args.as_of}")
    if not programme.reporting_rules:
        print("  Chương trình không có chế độ báo cáo (no reporting rules).")
        return 0
    for rule in programme.reporting_rules:
        via = f" thông qua (through) {name[rule.via]}" if rule.via else ""
        chain = f", tổng hợp báo cáo của (consolidates) {rule.consolidates}" if rule.consolidates else ""
        print(f"  Quy định {rule.id}: {len(rule.reporters)} đơn vị báo cáo {name[rule.recipient]}"
              f"{via}, hạn «{rule.due}»{chain}")
    print("  Nghĩa vụ (obligations):")
    for duty in obligations(programme, as_of=args.as_of):
        print(f"    {duty.due}  {name.get(duty.agency, duty.agency)} [{duty.rule}]: "
              f"{LABELS[duty.status(args.as_of)]}")
    due = reminders(programme, args.as_of)
    print(f"  Nhắc việc (reminders, 7/3/1 days ahead and overdue): {len(due)}")
    for reminder in due:
        print(f"    - {reminder}")
    print("  Bảng điểm (scorecard):")
    for agency, grid in scorecard(programme, args.as_of).items():
        cells = ", ".join(f"{status.value}={count}" for status, count in grid.items() if count)
        print(f"    {name.get(agency, agency)}: {cells}")
    consolidator = programme.reporting_rules[-1].reporters[0]
    links = reporters_of(graph, programme.reporting_rules[0].recipient)
    print(f"  {name[programme.reporting_rules[0].recipient]} nhận báo cáo từ {len(links)} "
          f"đơn vị; {name[consolidator]} tổng hợp.")
    return 0


if __name__ == "__main__":
    run(main)
