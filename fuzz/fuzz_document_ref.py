"""Fuzz ``DocumentRef.parse`` and the place-and-date line reader.

    python3 fuzz/fuzz_document_ref.py -max_total_time=600 -timeout=10 -max_len=4096
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from _harness import bundled_files, label_strings, main, strings_in, text_of

from quanhelaodong.documents import DocumentRef, parse_place_and_date


def target(data: bytes) -> None:
    text = text_of(data)
    if data[:1] == b"\x00":
        parse_place_and_date(text[1:])
    else:
        assert DocumentRef.parse(text).symbol


def seeds() -> Iterator[bytes]:
    numbers = set(label_strings("number"))
    for path in bundled_files():
        for key, value in strings_in(json.loads(path.read_text(encoding="utf-8"))):
            if key in ("number", "symbol", "reference"):
                numbers.add(value)
    for number in sorted(numbers):
        yield number.encode("utf-8")
    yield "\x00Thừa Thiên Huế, ngày 12 tháng 5 năm 2023".encode()


if __name__ == "__main__":
    main("document_ref", target, seeds)
