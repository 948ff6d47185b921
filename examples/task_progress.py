"""Following the tasks of a plan to done: updates, an extension, completions, the grid.

    python examples/task_progress.py                      # Huế 2023, seen on 2024-01-15
    python examples/task_progress.py --as-of 2023-12-01

EXAMPLE DATA, NOT FACTS. The plan is the real one (180/KH-UBND of Thừa Thiên Huế);
every progress record below (its dates, percentages, document numbers and texts)
is invented to show the library at work. Nothing here says what the province's
agencies actually did.

Prints the grid of the whole plan on the chosen day (the Government Office's four
cells and "no deadline"), the tasks that have records with their reasoning, the
longest overdue, a scorecard of the leads, and the summary a province sends up.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import attrs
import pendulum
from _script import iso_date, run

from quanhelaodong import CoordinationProgramme, Role, load_bundled
from quanhelaodong.documents import DocumentRef
from quanhelaodong.followup import (
    GridCounts,
    TaskStatus,
    overdue_tasks,
    programme_summary,
    task_scorecard,
    task_statuses,
)
from quanhelaodong.programmes import Completion, Extension, ProgressUpdate, validate

HUE = "thua-thien-hue/"
LABOUR, UNION, ZONE, COMMITTEE = HUE + "so-ldtbxh", HUE + "ldld", HUE + "ban-ql-kcn", HUE + "ubnd"

#: Invented records (example data, not facts), in the order a desk would enter them.
EXAMPLE_PROGRESS = (
    ProgressUpdate("PL.I.4", "2023-09-15", LABOUR, percent=60,
                   text="(ví dụ) Đã ban hành thể lệ Hội thi",
                   evidence=DocumentRef.parse("1520/SLĐTBXH-LĐ", issued_on="2023-09-15")),
    Completion("PL.I.4", "2023-11-30", agency=LABOUR, text="(ví dụ) Đã tổ chức Hội thi",
               evidence=DocumentRef.parse("2150/BC-SLĐTBXH", issued_on="2023-11-30")),
    ProgressUpdate("PL.III.2", "2023-10-20", LABOUR, status="blocked", percent=30,
                   text="(ví dụ) Chưa đủ kinh phí kiểm tra"),
    Extension("PL.III.2", "2023-12-20", "2024-03-31", requested_by=LABOUR,
              decided_by=COMMITTEE, reason="(ví dụ) Chờ bổ sung kinh phí",
              document=DocumentRef.parse("812/UBND-VX", issued_on="2023-12-20")),
    Completion("PL.II.1", "2023-10-05", agency=UNION, occurrence="2023-12-31",
               text="(ví dụ) Lớp đào tạo cán bộ công đoàn cơ sở"),
    ProgressUpdate("II.7", "2023-12-15", UNION, percent=80),
    Completion("PL.VI.1", "2024-01-10", agency=UNION, text="(ví dụ) Chương trình Tết Sum vầy"),
    ProgressUpdate("PL.III.1", "2023-11-10", ZONE, status="not_started"),
)

LABELS = {
    TaskStatus.DONE_ON_TIME: "hoàn thành đúng hạn (done on time)",
    TaskStatus.DONE_LATE: "hoàn thành quá hạn (done late)",
    TaskStatus.PENDING: "chưa hoàn thành, trong hạn (in progress, not yet due)",
    TaskStatus.OVERDUE: "chưa hoàn thành, quá hạn (overdue, not done)",
    TaskStatus.NO_DEADLINE: "không có thời hạn (no deadline)",
}


def example_programme() -> CoordinationProgramme:
    """The bundled Huế plan with the invented records: example data, not facts."""
    return attrs.evolve(load_bundled("hue-2023"), progress=EXAMPLE_PROGRESS)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The task grid of the Huế plan, on example data")
    parser.add_argument("--as-of", type=iso_date,
                        default=pendulum.Date(2024, 1, 15), metavar="YYYY-MM-DD")
    args = parser.parse_args(argv)
    programme = example_programme()
    problems = [p for p in validate(programme) if p.path.startswith("progress")]
    assert not problems, problems  # the example records are consistent with the plan
    name = {agency.id: agency.name for agency in map(programme.agency, (LABOUR, UNION, ZONE))}
    print("DỮ LIỆU VÍ DỤ, KHÔNG PHẢI SỰ THẬT (example data, not facts): the plan is real, "
          "the progress records are invented.")
    print(f"{programme.title[:70]}… [{programme.document}], ngày xem (as of) {args.as_of}")
    grid = task_statuses(programme, args.as_of)
    counts = GridCounts.of(grid)
    print(f"  Lưới theo dõi (the grid), {counts.total} nhiệm vụ (task occurrences):")
    for status in TaskStatus:
        print(f"    {counts[status]:3d}  {LABELS[status]}")
    print("  Nhiệm vụ có cập nhật (tasks with records):")
    recorded = {event.task for event in programme.progress}
    for state in grid:
        if state.task.id in recorded:
            print(f"    [{state.task.id}] {LABELS[state.status]}")
            for line in state.explain().splitlines():
                print(f"      {line}")
    late = overdue_tasks(programme, args.as_of)
    if late:
        print(f"  Quá hạn lâu nhất (longest overdue): [{late[0].task.id}] {late[0].days_overdue} "
              f"ngày ({late[0].working_days_overdue} ngày làm việc); {len(late)} quá hạn")
    print("  Bảng điểm chủ trì (scorecard as lead):")
    card = task_scorecard(programme, args.as_of, roles=[Role.LEAD])
    for agency in (LABOUR, UNION, ZONE):
        lead = card[agency][Role.LEAD]
        print(f"    {name[agency]}: {lead.total} nhiệm vụ, đúng hạn {lead.done_on_time}, "
              f"quá hạn {lead.done_late}, trong hạn {lead.pending}, chưa xong quá hạn "
              f"{lead.overdue}, không thời hạn {lead.no_deadline}")
    print(f"  {programme_summary(programme, args.as_of)}")
    return 0


if __name__ == "__main__":
    run(main)
