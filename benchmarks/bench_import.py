"""Speed of parse_plan on seed 004 and on larger inputs.

    python benchmarks/bench_import.py

Targets (issue "Import real plan documents"): seed 004 in under 30 ms, and time
growing linearly with the size of the input. Two kinds of larger input are timed:
the seed concatenated 10 and 100 times (the issue's measure: after the first copy
the reader reports the rest as unread text, line by line), and one plan whose
appendix table holds 10 and 100 times the seed's 30 rows (every row read as a task).
"""

from __future__ import annotations

import statistics
import timeit
from pathlib import Path

from quanhelaodong import parse_plan
from quanhelaodong.agencies import default_catalogue

SEED = (Path(__file__).parents[1] / "tests" / "data" / "hue-180-KH-UBND-2023.txt").read_text(
    encoding="utf-8")


def median_ms(text: str, repeat: int) -> float:
    return statistics.median(timeit.repeat(lambda: parse_plan(text), number=1, repeat=repeat)) * 1e3


def bigger_appendix(times: int) -> str:
    head, table = SEED.split("STT\tHoạt động", 1)
    header, rows = table.split("\n", 1)
    body, note = rows.rsplit("Ghi chú:", 1)
    groups = "\n".join(body for _ in range(times))
    return f"{head}STT\tHoạt động{header}\n{groups}\nGhi chú:{note}"


def main() -> None:
    default_catalogue()
    # Warm up as a long-lived caller would be: the first timed series on a cold
    # process runs about twice as slow as every later one.
    median_ms(SEED, 21)
    seed = median_ms(SEED, 21)
    print(f"seed 004 ({len(SEED):,} characters): {seed:6.1f} ms (target < 30 ms)")
    print("concatenated copies of the seed:")
    for times in (1, 10, 100):
        text = SEED * times
        took = median_ms(text, 5 if times < 100 else 3)
        print(f"  {times:>3}x {len(text):>10,} characters {took:8.1f} ms "
              f"{took / times:6.2f} ms per copy")
    print("one plan, appendix with more rows:")
    for times in (1, 10, 100):
        text = bigger_appendix(times)
        tasks = len(parse_plan(text).programme.tasks)
        took = median_ms(text, 5 if times < 100 else 3)
        print(f"  {times:>3}x {len(text):>10,} characters {tasks:>5} tasks {took:8.1f} ms "
              f"{took / len(text) * 1e6:6.1f} ns per character")


if __name__ == "__main__":
    main()
