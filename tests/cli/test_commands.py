"""Every subcommand end to end, through the installed ``quanhelaodong`` console script."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import icalendar
import networkx as nx
import pydot
import pytest

from quanhelaodong import ResponsibilityGraph, dumps, load, load_bundled, period_end, statutory_deadline
from quanhelaodong.cli import CLOSED_PIPE
from quanhelaodong.followup import deadlines, reports_due, task_statuses
from quanhelaodong.graph import tasks_of
from quanhelaodong.programmes import Completion
from tests.document_files import docx_bytes

SEED_TEXT = Path(__file__).parents[1] / "data" / "hue-180-KH-UBND-2023.txt"


def _script() -> list[str]:
    here = shutil.which("quanhelaodong", path=os.path.dirname(sys.executable))
    found = here or shutil.which("quanhelaodong")
    assert found, "the console script is not installed: pip install -e ."
    return [found]


def run(*args: str, stdin: str | None = None, ok: bool | None = True) -> subprocess.CompletedProcess[str]:
    """Run the console script; ``ok`` True wants status 0, False a failure, None anything."""
    done = subprocess.run([*_script(), *args], capture_output=True, text=True, encoding="utf-8",
                          input=stdin, timeout=120, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    if ok is True:
        assert done.returncode == 0, done.stderr
    elif ok is False:
        assert done.returncode != 0, done.stdout
    return done


def run_json(*args: str) -> object:
    return json.loads(run(*args, "--json").stdout)


# who-leads -------------------------------------------------------------------------------------------

def test_who_leads_names_the_lead_and_partners_of_the_bundled_plan() -> None:
    out = run("who-leads", "hue-2023", "Hội thi tìm hiểu pháp luật lao động").stdout.splitlines()
    assert out[0].startswith("[PL.I.4] Hội thi tìm hiểu pháp luật lao động")
    assert out[1].split(":", 1)[1].strip() == "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế"
    assert any("Bảo hiểm xã hội tỉnh Thừa Thiên Huế" in line for line in out[2:5])


def test_who_leads_in_json_and_as_of_after_the_2025_reorganisation() -> None:
    answer = run_json("who-leads", "hue-2023", "hoi thi tim hieu phap luat", "--as-of", "2026-11-22")
    assert isinstance(answer, dict)
    best = answer["matches"][0]
    assert best["task"] == "PL.I.4"
    assert [a["id"] for a in best["leads"]] == ["thua-thien-hue/so-ldtbxh"]
    assert {a["id"] for a in best["partners"]} == {
        "thua-thien-hue/ban-ql-kcn", "thua-thien-hue/ldld", "thua-thien-hue/bhxh"}
    today = best["leads_as_of"][0]
    assert today["agencies"], today
    assert today["via"], today


def test_who_leads_with_no_match_exits_1_and_suggests() -> None:
    done = run("who-leads", "hue-2023", "xây dựng cơ chế ba bên trong quan hệ", ok=None)
    assert done.returncode == 0
    nothing = run("who-leads", "hue-2023", "qqqq zzzz", ok=False)
    assert nothing.returncode == 1
    assert nothing.stdout == ""
    assert "qqqq zzzz" in nothing.stderr


def test_labels_in_english() -> None:
    out = run("who-leads", "hue-2023", "PL.I.4", "--lang", "en").stdout
    assert "Lead:" in out
    assert "Partners:" in out
    assert "Chủ trì" not in out


# tasks ---------------------------------------------------------------------------------------------

def test_tasks_of_an_agency_named_as_people_write_it() -> None:
    graph = ResponsibilityGraph([load_bundled("hue-2023")])
    expected = [ref.task.id for ref in tasks_of(graph, "thua-thien-hue/bhxh", "lead")]
    found = run_json("tasks", "hue-2023", "--agency", "Bao hiem xa hoi tinh Thua Thien Hue", "--role", "lead")
    assert isinstance(found, list)
    assert [row["task"] for row in found] == expected
    table = run("tasks", "hue-2023", "--agency", "thua-thien-hue/bhxh", "--role", "lead").stdout
    assert table.splitlines()[-1] == f"{len(expected)} nhiệm vụ"


def test_a_misspelt_agency_is_an_error_with_the_closest_names_not_an_empty_answer() -> None:
    done = run("tasks", "hue-2023", "--agency", "Sở Lao động", ok=False)
    assert done.returncode == 2
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế" in done.stderr


# deadlines -----------------------------------------------------------------------------------------

def test_deadlines_in_a_window_are_the_library_s_task_and_report_deadlines() -> None:
    programme = load_bundled("hue-2023")
    window = ("2023-11-01", "2023-12-31")
    found = run_json("deadlines", "hue-2023", "--from", window[0], "--to", "31/12/2023")
    assert isinstance(found, dict)
    rows = found["deadlines"]
    assert len(rows) == len(deadlines(programme, window)) + len(reports_due(programme, window))
    assert [row["due"] for row in rows] == sorted(row["due"] for row in rows)
    assert all(window[0] <= row["due"] <= window[1] for row in rows)
    mine = run_json("deadlines", "hue-2023", "--from", window[0], "--to", window[1],
                    "--agency", "thua-thien-hue/bhxh")
    assert isinstance(mine, dict)
    assert 0 < len(mine["deadlines"]) < len(rows)


def test_deadlines_with_a_reversed_window_or_a_bad_date() -> None:
    assert run("deadlines", "hue-2023", "--from", "2023-12-01", "--to", "2023-01-01",
               ok=False).returncode == 2
    bad = run("deadlines", "hue-2023", "--from", "2023-02-30", ok=False)
    assert bad.returncode == 2
    assert "2023-02-30" in bad.stderr


# status and overdue ------------------------------------------------------------------------------

def test_status_grid_counts_every_task_occurrence() -> None:
    grid = task_statuses(load_bundled("hue-2023"), "2024-01-15")
    found = run_json("status", "hue-2023", "--as-of", "2024-01-15")
    assert isinstance(found, dict)
    assert sum(found["counts"].values()) == len(grid) == len(found["tasks"])
    assert found["counts"]["not_done_overdue"] == sum(s.status.value == "not_done_overdue" for s in grid)
    out = run("status", "hue-2023", "--as-of", "2024-01-15").stdout
    assert out.startswith(f"{len(grid)} nhiệm vụ, tính đến ngày 2024-01-15")


def test_status_refuses_a_day_that_does_not_exist() -> None:
    done = run("status", "hue-2023", "--as-of", "31/04/2024", ok=False)
    assert done.returncode == 2
    assert "'31/04/2024'" in done.stderr


def test_overdue_lists_the_longest_late_first_and_needs_a_day() -> None:
    found = run_json("overdue", "hue-2023", "--as-of", "2024-01-15")
    assert isinstance(found, dict)
    days = [row["days_overdue"] for row in found["overdue"]]
    assert days
    assert days == sorted(days, reverse=True)
    assert run("overdue", "hue-2023", ok=False).returncode == 2


# validate ----------------------------------------------------------------------------------------

def test_validate_of_a_file_that_is_not_a_plan(tmp_path: Path) -> None:
    broken = tmp_path / "plan.json"
    broken.write_text('{"schema_version": 9}', encoding="utf-8")
    done = run("validate", str(broken), ok=False)
    assert done.returncode == 2
    assert "schema_version" in done.stderr
    assert done.stderr.count("\n") == 1  # one line, however many problems the file has


def test_validate_exits_0_on_warnings_and_1_on_errors(tmp_path: Path) -> None:
    assert "vấn đề" in run("validate", "hue-2023").stdout
    data = json.loads(run("import", str(SEED_TEXT), "--quiet").stdout)
    data["tasks"][0]["group"] = "KHÔNG-CÓ"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = run("validate", str(broken), ok=False)
    assert done.returncode == 1
    assert "unknown-group" in done.stdout


# import ------------------------------------------------------------------------------------------

def test_import_writes_json_the_library_loads_back(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    run("import", str(SEED_TEXT), "-o", str(target))
    programme = load(target)
    assert programme.document is not None
    assert programme.document.symbol == "180/KH-UBND"
    assert programme == load(io.StringIO(run("import", str(SEED_TEXT)).stdout))


def test_import_prints_diagnostics_with_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "plan.txt"
    source.write_text("KẾ HOẠCH\n1. Giao Sở Tư pháp chủ trì tổ chức hội thi trước ngày 30/02/2023.\n",
                      encoding="utf-8")
    done = run("import", str(source), "-o", str(tmp_path / "plan.json"))
    line = next(line for line in done.stderr.splitlines() if "unread-timeframe" in line)
    column = len("1. Giao Sở Tư pháp chủ trì tổ chức hội thi ") + 1
    assert line.startswith(f"{source}:2:{column}: warning [unread-timeframe]")
    assert (tmp_path / "plan.json").is_file()


def test_import_of_several_files_keeps_the_good_ones_and_fails_on_the_bad(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip file")
    done = run("import", str(SEED_TEXT), str(bad), "-o", str(tmp_path / "out"), ok=False)
    assert done.returncode == 2
    assert "bad.docx" in done.stderr
    assert "not a readable .docx" in done.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == [SEED_TEXT.stem + ".json"]


def test_import_reads_a_docx_as_the_text_it_holds(tmp_path: Path) -> None:
    document = tmp_path / "plan.docx"
    document.write_bytes(docx_bytes(SEED_TEXT.read_text(encoding="utf-8")))
    from_docx = load(io.StringIO(run("import", str(document), "--quiet").stdout))
    from_text = load(io.StringIO(run("import", str(SEED_TEXT), "--quiet").stdout))
    assert [task.id for task in from_docx.tasks] == [task.id for task in from_text.tasks]
    assert from_docx.task("PL.I.4").assignments == from_text.task("PL.I.4").assignments


# export ------------------------------------------------------------------------------------------

def test_export_formats_are_read_back_by_their_parsers(tmp_path: Path) -> None:
    graph = ResponsibilityGraph([load_bundled("hue-2023")])
    run("export", "hue-2023", "--format", "graphml", "-o", str(tmp_path / "g.graphml"))
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_nodes() == graph.nx.number_of_nodes()
    dot = run("export", "hue-2023", "--format", "dot").stdout
    assert pydot.graph_from_dot_data(dot)
    calendar = icalendar.Calendar.from_ical(run("export", "hue-2023", "--format", "ics").stdout)
    assert calendar.walk("VTODO")
    mermaid = run("export", "hue-2023", "--format", "mermaid", "--agency", "thua-thien-hue/bhxh").stdout
    assert mermaid.startswith("flowchart")
    rows = list(csv.reader(io.StringIO(run("export", "hue-2023", "--format", "csv").stdout)))
    assert len(rows) > 1
    assert len({len(row) for row in rows}) == 1
    assert run("export", "hue-2023", "--format", "md").stdout.lstrip().startswith(("|", "#"))


def test_export_ics_shows_the_plan_s_progress_on_the_day_asked(tmp_path: Path) -> None:
    plan = attrs.evolve(load_bundled("hue-2023"), progress=[Completion("PL.I.4", "2023-11-30")])
    (tmp_path / "plan.json").write_text(dumps(plan), encoding="utf-8")
    for day, status in (("2023-11-29", "NEEDS-ACTION"), ("2024-01-15", "COMPLETED")):
        calendar = icalendar.Calendar.from_ical(
            run("export", str(tmp_path / "plan.json"), "--format", "ics", "--as-of", day).stdout)
        contest = next(t for t in calendar.walk("VTODO") if str(t["SUMMARY"]).startswith("[PL.I.4]"))
        assert str(contest["STATUS"]) == status
    assert run("export", "hue-2023", "--format", "csv", "--as-of", "2024-01-15", ok=False).returncode == 2


def test_export_refuses_what_does_not_apply() -> None:
    assert run("export", "hue-2023", "--format", "csv", "--agency", "thua-thien-hue/bhxh",
               ok=False).returncode == 2
    assert run("export", "hue-2023", "--format", "pdf", ok=False).returncode == 2


# calendar and deadline ---------------------------------------------------------------------------

def test_calendar_lists_days_off_and_make_up_days_with_their_source() -> None:
    found = run_json("calendar", "2026")
    assert isinstance(found, dict)
    new_year = found["days_off"][0]
    assert new_year["date"] == "2026-01-01"
    assert "45/2019/QH14" in new_year["source"]
    assert {m["date"] for m in found["make_up_days"]} == {"2026-01-10", "2026-08-22"}
    assert run("calendar", "1066", ok=False).returncode == 2


@pytest.mark.parametrize(("period", "start", "expected"), [
    ("30 ngày", "2025-01-15", period_end("2025-01-15", 30, "day")),
    ("30 ngay", "15/01/2025", period_end("2025-01-15", 30, "day")),
    ("5 ngày làm việc", "2025-04-25", period_end("2025-04-25", 5, "working_day")),
    ("mediation", "2025-04-25", statutory_deadline("mediation", "2025-04-25")),
])
def test_deadline_is_the_library_s_with_its_reasoning(period: str, start: str, expected: object) -> None:
    found = run_json("deadline", period, "--from", start)
    assert isinstance(found, dict)
    assert found["deadline"] == str(expected)
    assert any("Bộ luật Dân sự 2015" in step for step in found["reasoning"])


def test_deadline_with_a_period_it_cannot_read() -> None:
    done = run("deadline", "ba mươi ngày", "--from", "2025-01-15", ok=False)
    assert done.returncode == 2
    assert "'ba mươi ngày'" in done.stderr


# plans, the module form, pipes -------------------------------------------------------------------

def test_a_plan_from_standard_input_and_a_missing_plan() -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    out = run("who-leads", "-", "Hội thi tìm hiểu pháp luật", stdin=text).stdout
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế" in out
    missing = run("tasks", "khong-co-ke-hoach", ok=False)
    assert missing.returncode == 2
    assert "hue-2023" in missing.stderr


def test_python_dash_m_runs_the_same_command_line() -> None:
    done = subprocess.run([sys.executable, "-m", "quanhelaodong", "who-leads", "hue-2023", "PL.I.4"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("[PL.I.4]")


def test_every_subcommand_has_help() -> None:
    listing = run("--help").stdout
    for name in ("who-leads", "tasks", "deadlines", "status", "overdue", "validate", "import", "export",
                 "calendar", "deadline"):
        assert name in listing
        assert run(name, "--help").stdout.startswith(f"Usage: quanhelaodong {name}")


def _with_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    # The reading end is closed before the command writes: its first write meets a closed pipe.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([*_script(), *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, encoding="utf-8", timeout=120, check=False)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [("tasks", "hue-2023"), ("calendar", "2024"), ("validate", "hue-2023")])
def test_a_closed_pipe_ends_quietly_with_its_own_status(args: tuple[str, ...]) -> None:
    done = _with_closed_pipe(*args)
    assert done.stderr == ""
    assert done.returncode == CLOSED_PIPE  # not 1, which says "errors found" or "no match"


def test_a_console_that_cannot_hold_vietnamese_gets_escapes_not_a_traceback() -> None:
    done = subprocess.run([*_script(), "who-leads", "hue-2023", "hoi thi tim hieu"], capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "cp1252"}, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"H\\u1ed9i thi" in done.stdout


@pytest.mark.parametrize("args", [
    ("tasks", "nonexist.json"), ("deadline", "30 ngày", "--from", "2023-02-29"),
    ("export", "hue-2023", "--format", "pdf"), ("calendar", "1990"), ("tasks", "hue-2023", "--agency", ""),
])
def test_a_usage_error_is_one_line(args: tuple[str, ...]) -> None:
    done = run(*args, ok=False)
    assert done.returncode == 2
    assert done.stderr.startswith("Error: ")
    assert done.stderr.count("\n") == 1


def test_a_document_with_no_task_is_an_error_not_an_empty_answer(tmp_path: Path) -> None:
    junk = tmp_path / "hello.txt"
    junk.write_text("hello world\n", encoding="utf-8")
    for args in (("tasks", str(junk)), ("who-leads", str(junk), "x"),
                 ("export", str(junk), "--format", "ics")):
        done = run(*args, ok=False)
        assert done.returncode == 2
        assert "no task found" in done.stderr
    checked = run("validate", str(junk), ok=False)
    assert checked.returncode == 1
    assert f"{junk}:1:1" in checked.stdout
    assert "no-task" in checked.stdout
    assert run("tasks", "-", stdin="[1, 2]", ok=False).returncode == 2


def test_a_plan_without_a_period_shows_the_deadlines_it_names(tmp_path: Path) -> None:
    document = tmp_path / "letter.txt"
    document.write_text("1. Giao Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trước ngày "
                        "20/4/2017.\n", encoding="utf-8")
    found = run_json("deadlines", str(document))
    assert isinstance(found, dict)
    assert [row["due"] for row in found["deadlines"]] == ["2017-04-19"]
    assert (found["from"], found["to"]) == ("2017-01-01", "2017-12-31")
    calendar = icalendar.Calendar.from_ical(run("export", str(document), "--format", "ics").stdout)
    assert len(calendar.walk("VTODO")) == 1


def test_one_end_of_a_window_keeps_the_plan_s_other_or_a_year() -> None:
    later = run_json("deadlines", "hue-2023", "--from", "2024-03-01")
    assert isinstance(later, dict)
    assert (later["from"], later["to"]) == ("2024-03-01", "2025-02-28")
    earlier = run_json("deadlines", "hue-2023", "--to", "2023-06-30")
    assert isinstance(earlier, dict)
    assert (earlier["from"], earlier["to"]) == ("2023-01-01", "2023-06-30")


def test_import_positions_count_windows_line_ends(tmp_path: Path) -> None:
    source = tmp_path / "plan.txt"
    source.write_bytes("KẾ HOẠCH\r\n\r\n1. Giao Sở Tư pháp chủ trì tổ chức hội thi trước ngày 30/02/2023.\r\n"
                       .encode())
    done = run("import", str(source), "-o", str(tmp_path / "plan.json"))
    line = next(line for line in done.stderr.splitlines() if "unread-timeframe" in line)
    column = len("1. Giao Sở Tư pháp chủ trì tổ chức hội thi ") + 1
    assert line.startswith(f"{source}:3:{column}: ")


def test_import_refuses_two_inputs_written_to_one_file(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "plan.txt").write_text(SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    done = run("import", str(tmp_path / "a" / "plan.txt"), str(tmp_path / "b" / "plan.txt"),
               "-o", str(tmp_path / "out"), ok=False)
    assert done.returncode == 2
    assert "plan.json" in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_period_must_last() -> None:
    assert "at least 1" in run("deadline", "0 tháng", "--from", "2023-03-04", ok=False).stderr
    upper = run_json("deadline", "Mediation", "--from", "2025-04-25")
    lower = run_json("deadline", "mediation", "--from", "2025-04-25")
    assert isinstance(upper, dict)
    assert isinstance(lower, dict)
    assert upper["deadline"] == lower["deadline"] == "2025-05-06"


def test_implementers_stand_in_their_own_column_not_as_leads() -> None:
    found = run_json("status", "hue-2023", "--as-of", "2023-06-30")
    assert isinstance(found, dict)
    ii1 = next(task for task in found["tasks"] if task["task"] == "II.1")
    assert ii1["leads"] == []
    assert "thua-thien-hue/co-quan-qlnn-lao-dong" in ii1["implementers"]
    table = run("tasks", "hue-2023", "--role", "implementer", "--lang", "en").stdout
    assert table.splitlines()[0].split() == [
        "Task", "Title", "Lead", "Partners", "Implementers", "Time", "frame"]


def test_import_of_one_file_into_an_existing_folder(tmp_path: Path) -> None:
    run("import", str(SEED_TEXT), "-q", "-o", str(tmp_path))
    assert load(tmp_path / (SEED_TEXT.stem + ".json")).task("PL.I.4").assignments
