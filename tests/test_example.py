"""examples/who_leads.py, the README's first command."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from quanhelaodong.cli import CLOSED_PIPE

SCRIPT = Path(__file__).parents[1] / "examples" / "who_leads.py"


def _example(name: str) -> Callable[[Sequence[str] | None], int]:
    if str(SCRIPT.parent) not in sys.path:  # the scripts share examples/_script.py
        sys.path.insert(0, str(SCRIPT.parent))
    path = SCRIPT.parent / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    run: Callable[[Sequence[str] | None], int] = module.main
    return run



main = _example("who_leads")




def test_readme_command_runs_as_a_script() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "Hội thi tìm hiểu pháp luật lao động"],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("[PL.I.4] Hội thi tìm hiểu pháp luật lao động")
    assert lines[1].strip() == "Chủ trì (lead):"
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế" in lines[2]
    assert "(ghi: Sở LĐ-TB&XH)" in lines[2]
    assert "Bảo hiểm xã hội tỉnh Thừa Thiên Huế" in done.stdout


def test_key_task_shows_implementers_and_timeframe(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["Đẩy mạnh các hoạt động nâng cao đời sống vật chất"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[II.7] ")
    assert "Đơn vị thực hiện (implementers):" in out
    assert "the plan names no lead" in out
    assert "Thời gian (time frame): Quý III, IV/2023" in out


def test_no_argument_lists_every_task(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("180/KH-UBND: ")
    listed = [line for line in out[1:] if line.startswith("[")]
    assert len(listed) == 7 + 23 + 30  # key tasks, duties by agency, appendix activities
    assert any(line.startswith("[PL.VIII] ") and "Các doanh nghiệp" in line for line in listed)


def test_no_match_suggests_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["Hội thi tìm hiểu luật đất đai năm 2030"]) == 1
    out = capsys.readouterr().out
    assert "Không tìm thấy" in out
    assert "- Hội thi tìm hiểu pháp luật lao động" in out


def test_unknown_plan_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--plan", "hue-2030", "Hội thi"])
    assert caught.value.code == 2


def test_as_of_names_todays_lead_and_the_legal_basis(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--as-of", "2026-11-22", "Hội thi tìm hiểu pháp luật lao động"]) == 0
    out = capsys.readouterr().out
    assert "Chủ trì ngày 2026-11-22" in out
    assert "- Sở Nội vụ thành phố Huế" in out
    assert "175/2024/QH15" in out
    assert "45/2025/NĐ-CP" in out


def test_open_recommendations_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert _example("open_recommendations")(["--as-of", "2019-12-31"]) == 0
    out = capsys.readouterr().out
    assert "Công ty TNHH Yamaha Việt Nam" in out
    assert "639 bằng văn bản (written), 22 trực tiếp (spoken), tổng 661" in out
    assert "trên 300 công nhân lao động" in out


def test_reporting_calendar_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert _example("reporting_calendar")(["--as-of", "2023-11-16"]) == 0
    out = capsys.readouterr().out
    assert "Quy định V.2" in out
    assert "2023-11-14  Bảo hiểm xã hội tỉnh Thừa Thiên Huế [V.1]: chưa làm, quá hạn" in out
    assert "overdue by 2 day(s)" in out


def test_task_progress_example_marks_its_data_and_prints_the_grid(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert _example("task_progress")(["--as-of", "2024-01-15"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("DỮ LIỆU VÍ DỤ, KHÔNG PHẢI SỰ THẬT (example data, not facts)")
    assert "Lưới theo dõi (the grid), 60 nhiệm vụ" in out
    assert "     55  chưa hoàn thành, quá hạn (overdue, not done)" in out
    assert "[PL.III.2] chưa hoàn thành, trong hạn (in progress, not yet due)" in out
    assert ("Extended on 2023-12-20 by thua-thien-hue/ubnd at the request of "
            "thua-thien-hue/so-ldtbxh: the new deadline is 2024-04-01") in out
    assert "[PL.VI.1] hoàn thành quá hạn (done late)" in out
    assert ("Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế: 18 nhiệm vụ, đúng hạn 1, "
            "quá hạn 0, trong hạn 1, chưa xong quá hạn 15, không thời hạn 1") in out
    assert out.rstrip().endswith(
        "Kế hoạch 180/KH-UBND, tính đến ngày 15/01/2024: đã hoàn thành 3/60 nhiệm vụ (5,0%), "
        "trong đó đúng hạn 2, quá hạn 1; chưa hoàn thành 56, trong đó trong hạn 1, quá hạn 55; "
        "1 nhiệm vụ không có thời hạn.")


def test_task_progress_example_counts_only_what_was_recorded_by_the_day(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert _example("task_progress")(["--as-of", "2023-12-01"]) == 0
    out = capsys.readouterr().out
    assert "đã hoàn thành 2/60 nhiệm vụ" in out  # the 10/1/2024 completion is not yet recorded
    assert "[PL.VI.1] chưa hoàn thành, trong hạn" in out
    assert "Quá hạn lâu nhất" not in out


SCRIPTS = ("who_leads", "open_recommendations", "reporting_calendar", "task_progress")


def _script(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT.parent / f"{name}.py"), *args],
                          capture_output=True, text=True, encoding="utf-8", check=False)


@pytest.mark.parametrize("name", SCRIPTS)
def test_every_script_reports_a_bad_date_the_same_way(name: str) -> None:
    done = _script(name, "--as-of", "2023-02-30")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        f"{name}.py: error: argument --as-of: expected a date YYYY-MM-DD, got '2023-02-30'")


def test_a_misspelt_agency_filter_is_an_error_not_an_empty_answer() -> None:
    done = _script("open_recommendations", "--agency", "Sở Lao đọng")
    assert done.returncode == 2
    assert "no agency 'Sở Lao đọng'" in done.stderr
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế" in done.stderr
    named = _script("open_recommendations", "--plan", "ha-noi-2019", "--as-of", "2019-12-31")
    assert named.returncode == 0


@pytest.mark.parametrize("name", SCRIPTS)
def test_a_reader_that_stops_early_ends_the_script_quietly(name: str) -> None:
    # The reading end is closed before the script writes, so its first write meets a
    # closed pipe whatever the size of its output.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, str(SCRIPT.parent / f"{name}.py")], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, encoding="utf-8", timeout=120,
                              check=False)
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr
    assert "BrokenPipeError" not in done.stderr
    assert done.returncode == CLOSED_PIPE
