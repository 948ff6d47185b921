"""Fuzz ``parse_plan_file`` on random bytes saved as a .txt, .docx or .pdf file.

The first byte picks the suffix (.txt, .docx, .pdf, in turn); the rest is the
file. Seeds: the corpus texts as UTF-8 text, as .docx files made from them with
python-docx, and as small PDF files written here from their folded (ASCII) text.

    python3 fuzz/fuzz_plan_file.py -max_total_time=600 -timeout=10 -max_len=200000
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from _harness import corpus_texts, docx_bytes, main, one_page_pdf

from quanhelaodong import parse_plan_file
from quanhelaodong.text import fold

_SUFFIXES = (".txt", ".docx", ".pdf")
_FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-plan-file-"))


def target(data: bytes) -> None:
    if not data:
        return
    path = _FOLDER / f"plan{_SUFFIXES[data[0] % len(_SUFFIXES)]}"
    path.write_bytes(data[1:])
    result = parse_plan_file(path)
    assert result.programme is not None


def _pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` folded to ASCII, one line per text line."""
    lines = [fold(line).encode("ascii", "replace").replace(b"\\", b"").replace(b"(", b"")
             .replace(b")", b"") for line in text.splitlines()[:60]]
    return one_page_pdf(b"BT /F1 9 Tf 20 770 Td 11 TL " + b" ".join(b"(" + line + b") '" for line in lines)
                        + b" ET")


def seeds() -> Iterator[bytes]:
    for index, text in enumerate(corpus_texts()):
        yield b"\x00" + text.encode("utf-8")
        if index % 4 == 0:
            yield b"\x01" + docx_bytes(text)
            yield b"\x02" + _pdf(text)


if __name__ == "__main__":
    main("plan_file", target, seeds)
