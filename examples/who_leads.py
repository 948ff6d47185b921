"""Who leads task X? Ask a bundled plan in plain Vietnamese (diacritics optional).

    python examples/who_leads.py "Hội thi tìm hiểu pháp luật lao động"
    python examples/who_leads.py                  # every task and its lead(s)
    python examples/who_leads.py --plan hue-2023 "hoi thi"
    python examples/who_leads.py --as-of 2026-11-22 "Hội thi"  # who holds the lead today

Exit status: 0 when something matched, 1 when nothing did (close titles are
suggested), 2 for a bad argument.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from _script import iso_date, run

from quanhelaodong import (
    CoordinationProgramme,
    QuanHeLaoDongError,
    ResponsibilityGraph,
    Role,
    bundled_names,
    load_bundled,
    who_leads,
)
from quanhelaodong.graph import Responsibility, lead_successions, responsibility, suggest_titles


def _names(programme: CoordinationProgramme, answer: Responsibility, role: Role) -> list[str]:
    """Resolved names, each followed by the name as the document wrote it when that differs."""
    lines = []
    for assignment in answer.task.task.assignments:
        if assignment.role is not role:
            continue
        name = programme.agency(assignment.agency).name
        written = assignment.as_written
        lines.append(f"{name} (ghi: {written})" if written and written != name else name)
    return lines


def _print_today(graph: ResponsibilityGraph, answer: Responsibility, as_of: str) -> None:
    """The lead as of a later date, through the 2025 reorganisation, with the legal basis."""
    print(f"  Chủ trì ngày {as_of} (lead as of {as_of}):")
    for succession in lead_successions(graph, answer.task, as_of):
        names = ", ".join(a.name for a in succession.agencies) or "không còn (no successor)"
        print(f"    - {names}")
        for event in succession.events:
            print(f"      qua (via) {event.describe()}")


def _print_answer(programme: CoordinationProgramme, answer: Responsibility) -> None:
    task = answer.task.task
    print(f"[{task.id}] {task.title}")
    for role, label in ((Role.LEAD, "Chủ trì (lead)"), (Role.PARTNER, "Phối hợp (partners)"),
                        (Role.IMPLEMENTER, "Đơn vị thực hiện (implementers)")):
        names = _names(programme, answer, role)
        if names:
            print(f"  {label}:")
            for name in names:
                print(f"    - {name}")
    if not answer.leads:
        print("  Chủ trì (lead): không nêu (the plan names no lead)")
    print(f"  Thời gian (time frame): {answer.timeframe or 'không nêu (not stated)'}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Who leads a task of a bundled plan?")
    parser.add_argument("query", nargs="?", help="task title, words of it, or its id (PL.I.4)")
    parser.add_argument("--plan", default="hue-2023", choices=bundled_names(),
                        help="bundled plan to ask (default: %(default)s)")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", type=iso_date,
                        help="also say who holds each lead on this date, after the 2025 changes")
    args = parser.parse_args(argv)
    try:
        programme = load_bundled(args.plan)
        graph = ResponsibilityGraph([programme])
        if args.query is None:
            print(f"{programme.document.symbol if programme.document else programme.id}: "
                  f"{programme.title}")
            for ref in graph.tasks:
                if programme.is_heading(ref.task) and not ref.task.assignments:
                    continue
                answer = responsibility(graph, ref)
                leaders = ", ".join(a.name for a in answer.leads) or "(không nêu chủ trì)"
                print(f"[{ref.task.id}] {ref.task.title[:70]} -> {leaders}")
            return 0
        answers = who_leads(graph, args.query)
        if not answers:
            print(f"Không tìm thấy nhiệm vụ nào khớp với «{args.query}» (no task matches).")
            print("Có phải bạn muốn tìm (did you mean):")
            for title in suggest_titles(graph, args.query):
                print(f"  - {title}")
            return 1
        best, *others = answers
        _print_answer(programme, best)
        if args.as_of:
            _print_today(graph, best, args.as_of)
        if others:
            print("Cũng khớp (also matching):")
            for answer in others:
                leaders = ", ".join(a.name for a in answer.leads) or "(không nêu chủ trì)"
                print(f"  [{answer.task.task.id}] {answer.task.task.title[:70]} -> {leaders}")
        return 0
    except QuanHeLaoDongError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    run(main)
