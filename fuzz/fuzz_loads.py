"""Fuzz ``loads`` (and so ``load``, which reads a file and calls it): any text is a programme
or a LoadError; what loads dumps and loads back to itself.

    python3 fuzz/fuzz_loads.py -max_total_time=600 -timeout=10 -max_len=102400
"""

from __future__ import annotations

from collections.abc import Iterator

from _harness import bundled_files, main, text_of

from quanhelaodong import dumps, loads


def target(data: bytes) -> None:
    programme = loads(text_of(data))
    assert loads(dumps(programme)) == programme


def seeds() -> Iterator[bytes]:
    for path in bundled_files():
        yield path.read_bytes()


if __name__ == "__main__":
    main("loads", target, seeds)
