"""Which workers' recommendations are still open, and what the dialogues raised.

    python examples/open_recommendations.py                # every bundled programme, today
    python examples/open_recommendations.py --as-of 2019-12-31 --plan ha-noi-2019

For each dialogue: when and where, who chaired, how many came (with the qualifier
the source uses), the topics, and the recommendations: itemised ones still open,
by the body that must answer; counted ones as the source counts them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import pendulum
from _script import iso_date, run

from quanhelaodong import ResponsibilityGraph, UnknownAgencyError, bundled_names, load_bundled
from quanhelaodong.followup import open_recommendations
from quanhelaodong.graph import find_agency
from quanhelaodong.programmes import Dialogue, Quantity

QUALIFIERS = {"exact": "", "more_than": "hơn ", "nearly": "gần ", "about": "khoảng ",
              "at_least": "ít nhất "}


def _people(quantity: Quantity | None) -> str:
    """The count in the source's own words ("trên 300 công nhân"), bounds kept."""
    if quantity is None:
        return "không nêu (not stated)"
    if quantity.text:
        return quantity.text
    number = f"{int(quantity.value):,}".replace(",", ".")
    return f"{QUALIFIERS[quantity.qualifier.value]}{number} {quantity.unit or ''}".strip()


def _describe(dialogue: Dialogue) -> list[str]:
    when = dialogue.held.isoformat() if dialogue.held else str(dialogue.timeframe or "không nêu")
    lines = [f"  {dialogue.title}",
             f"    Thời gian (when): {when}; nơi (venue): {dialogue.venue or 'không nêu'}",
             f"    Chủ trì (chair): {dialogue.chair or 'không nêu'}; "
             f"tham dự (participants): {_people(dialogue.participants)}"]
    if dialogue.topics:
        lines.append(f"    Nhóm vấn đề (topics): {', '.join(dialogue.topics)}")
    counts = dialogue.counts
    if counts is not None and counts.total is not None:
        lines.append(f"    Kiến nghị (recommendations): {counts.written or 0} bằng văn bản (written), "
                     f"{counts.spoken or 0} trực tiếp (spoken), tổng {counts.total}; "
                     "nguồn không liệt kê từng kiến nghị (not itemised by the source)")
    elif not dialogue.recommendations:
        lines.append("    Kiến nghị: nguồn không đếm (the source gives no count)")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Open recommendations of bundled programmes")
    parser.add_argument("--plan", choices=bundled_names(), action="append",
                        help="programme(s) to show (default: all bundled)")
    parser.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--agency", help="only recommendations assigned to this agency (id or name)")
    args = parser.parse_args(argv)
    day = args.as_of or pendulum.today().date()
    programmes = [load_bundled(name) for name in args.plan or bundled_names()]
    agency = None
    if args.agency is not None:
        # A misspelt name must not look like "no open recommendations": it is an error.
        try:
            agency = find_agency(ResponsibilityGraph(programmes), args.agency).id
        except UnknownAgencyError as error:
            closest = f"; closest: {', '.join(error.suggestions)}" if error.suggestions else ""
            parser.error(f"no agency {args.agency!r} in the chosen programmes{closest}")
    shown = 0
    for programme in programmes:
        if not programme.dialogues:
            continue
        shown += 1
        print(f"{programme.title} [{programme.id}]")
        for dialogue in programme.dialogues:
            print("\n".join(_describe(dialogue)))
        still_open = open_recommendations(programme, day, agency=agency)
        if still_open:
            print(f"  Còn mở ngày {day} (open on {day}):")
            for item in still_open:
                owner = item.assigned_to or "chưa giao (unassigned)"
                due = item.due.isoformat() if item.due else "không hạn (no due date)"
                print(f"    - [{item.id}] {item.text} -> {owner}, hạn {due}, "
                      f"{item.status(day).value}")
    if not shown:
        print("Không có đối thoại nào trong các chương trình đã chọn (no dialogues).")
    return 0


if __name__ == "__main__":
    run(main)
