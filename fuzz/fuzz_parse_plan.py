"""Fuzz ``parse_plan``: any text is read, or refused with a PlanParseError.

    python3 fuzz/fuzz_parse_plan.py -max_total_time=600 -timeout=10 -max_len=102400
"""

from __future__ import annotations

from collections.abc import Iterator

from _harness import corpus_texts, main, text_of

from quanhelaodong import parse_plan


def target(data: bytes) -> None:
    result = parse_plan(text_of(data))
    for diagnostic in result.diagnostics:
        assert 0 <= diagnostic.start <= diagnostic.end, diagnostic


def seeds() -> Iterator[bytes]:
    for text in corpus_texts():
        yield text.encode("utf-8")


if __name__ == "__main__":
    main("parse_plan", target, seeds)
