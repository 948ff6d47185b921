"""Which workers' recommendations are still open, and what the dialogues raised.

    python examples/open_recommendations.py                # every bundled programme, today
    python examples/open_recommendations.py --as-of 2019-12-31 --plan ha-noi-2019

For each dialogue: when and where, who chaired, how many came (with the qualifier
the source uses), the topics, and the recommendations: itemised ones still open,
by the body that must answer; counted ones as the source counts them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import pendulum

from quanhelaodong import QuanHeLaoDongError, bundled_names, load_bundled
from quanhelaodong.followup import open_recommendations
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
    parser.add_argument("--as-of", type=pendulum.Date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--agency", help="only recommendations assigned to this agency id")
    try:
        args = parser.parse_args(argv)
    except QuanHeLaoDongError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    day = args.as_of or pendulum.today().date()
    shown = 0
    for name in args.plan or bundled_names():
        programme = load_bundled(name)
        if not programme.dialogues:
            continue
        shown += 1
        print(f"{programme.title} [{programme.id}]")
        for dialogue in programme.dialogues:
            print("\n".join(_describe(dialogue)))
        still_open = open_recommendations(programme, day, agency=args.agency)
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
    sys.exit(main())
