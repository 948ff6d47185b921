"""Fuzz ``parse_plan_file`` on random bytes saved as a .txt, .docx or .pdf file.

The first byte picks the suffix (.txt, .docx, .pdf, in turn); the rest is the
file. Seeds: the corpus texts as UTF-8 text, as .docx files made from them with
python-docx, and as small PDF files written here from their folded (ASCII) text.

    python3 fuzz/fuzz_plan_file.py -max_total_time=600 -timeout=10 -max_len=200000
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

from _harness import corpus_texts, main

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


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` folded to ASCII, one line per text line."""
    lines = [fold(line).encode("ascii", "replace").replace(b"\\", b"").replace(b"(", b"")
             .replace(b")", b"") for line in text.splitlines()[:60]]
    stream = b"BT /F1 9 Tf 20 800 Td 11 TL " + b" ".join(b"(" + line + b") '" for line in lines) + b" ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    return bytes(out)


def seeds() -> Iterator[bytes]:
    for index, text in enumerate(corpus_texts()):
        yield b"\x00" + text.encode("utf-8")
        if index % 4 == 0:
            yield b"\x01" + _docx(text)
            yield b"\x02" + _pdf(text)


if __name__ == "__main__":
    main("plan_file", target, seeds)
