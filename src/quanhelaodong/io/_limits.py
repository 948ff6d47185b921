"""How much input the library reads: files, texts and the parts of a .docx, each with a limit.

A limit is checked before anything is read whole: a file's size on disk before
it is opened, an open file's content by reading one byte past the limit, and a
.docx (a zip archive) by the uncompressed sizes its members declare and then by
the bytes they actually inflate to, counted as they stream, so a small archive
that expands a thousandfold is refused after reading at most the limit, never
held in memory. Each refusal says which limit, and by how much it was passed.
"""

from __future__ import annotations

import lzma
import os
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

__all__ = ["MAX_DOCX_UNCOMPRESSED_BYTES", "MAX_FILE_BYTES", "MAX_TEXT_CHARACTERS", "as_path",
           "check_docx_sizes", "check_text_size", "read_limited", "read_open_file_limited"]

#: A file read whole (a plan, a programme's JSON, a list of agencies): 20 MB. The longest
#: real plan the corpus holds is under 100 KB, the largest bundled programme 72 KB.
MAX_FILE_BYTES = 20_000_000
#: A text given directly (JSON to ``loads``): 20 million characters.
MAX_TEXT_CHARACTERS = 20_000_000
#: All the parts of a .docx together, uncompressed: 64 MB (text, styles and a few images).
MAX_DOCX_UNCOMPRESSED_BYTES = 64_000_000
_CHUNK = 1 << 16

Fail = Callable[[str], Exception]


def as_path(path: object, fail: Fail) -> Path:
    """``path`` as a :class:`Path`; something that is no path, or holds a NUL, fails."""
    if not isinstance(path, (str, os.PathLike)):
        raise fail(f"a file is named by a path, got {type(path).__name__} {path!r}"[:200])
    text = os.fspath(path)
    if not isinstance(text, str):
        raise fail(f"a path is text, got {type(text).__name__}")
    if "\x00" in text:
        raise fail(f"a path cannot hold a NUL character: {text[:200]!r}")
    return Path(text)


def _too_large(what: str, size: str, limit: int, unit: str) -> str:
    return f"{what} is {size} {unit}, more than the {limit:,} {unit} this library reads"


def read_limited(path: Path, fail: Fail, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the file at ``path``, refused before reading if it is larger than ``limit``.

    An unreadable path (missing, a folder, no permission) fails with the reason.
    """
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limit:
                raise fail(_too_large(f"{path.name}", f"{size:,}", limit, "bytes"))
            data = stream.read(limit + 1)  # a file that grows while read, or reports no size
    except OSError as error:
        raise fail(f"cannot read {path}: {error.strerror or error}") from None
    except ValueError as error:  # a path the system refuses (too long, bad characters)
        raise fail(f"cannot read {str(path)[:200]!r}: {error}") from None
    if len(data) > limit:
        raise fail(_too_large(f"{path.name}", f"more than {limit:,}", limit, "bytes"))
    return data


def read_open_file_limited(source: IO[str] | IO[bytes], fail: Fail,
                           limit: int = MAX_FILE_BYTES) -> str | bytes:
    """The content of an open file, reading at most one unit past ``limit``."""
    try:
        content = source.read(limit + 1)
    except (OSError, ValueError) as error:
        raise fail(f"cannot read the file: {error}") from None
    if not isinstance(content, (str, bytes)):
        raise fail(f"reading the file gave {type(content).__name__}, not text or bytes")
    if len(content) > limit:
        unit = "characters" if isinstance(content, str) else "bytes"
        raise fail(_too_large("the file", f"more than {limit:,}", limit, unit))
    return content


def check_text_size(text: str | bytes | bytearray, fail: Fail,
                    limit: int = MAX_TEXT_CHARACTERS) -> None:
    """Fail if ``text`` is longer than ``limit`` characters (bytes for bytes)."""
    if len(text) > limit:
        unit = "characters" if isinstance(text, str) else "bytes"
        raise fail(_too_large("the text", f"{len(text):,}", limit, unit))


def check_docx_sizes(path: Path, fail: Fail, limit: int = MAX_DOCX_UNCOMPRESSED_BYTES) -> None:
    """Fail unless the parts of the .docx at ``path`` inflate to at most ``limit`` bytes together.

    The sizes the archive declares are checked first (nothing is inflated); then
    every part is inflated as a stream and counted, stopping as soon as the count
    passes what its part declared or the limit, since a crafted archive may declare
    less than it holds (inflating to the end also checks each part's CRC).

    >>> import tempfile
    >>> bomb = Path(tempfile.mkdtemp(), "bomb.docx")
    >>> with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
    ...     archive.writestr("word/document.xml", bytes(2_000_000))
    >>> bomb.stat().st_size < 5_000
    True
    >>> check_docx_sizes(bomb, ValueError, limit=1_000_000)
    Traceback (most recent call last):
    ...
    ValueError: bomb.docx uncompressed is 2,000,000 bytes, more than the 1,000,000 bytes this library reads
    >>> check_docx_sizes(bomb, ValueError)  # within the default limit
    """
    try:
        reason = _docx_size_problem(path, limit)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError,
            RuntimeError, ValueError, OverflowError, zlib.error, lzma.LZMAError) as error:
        # Not a zip, an encrypted part, an unknown compression, a corrupt stream or header
        # (a damaged deflate stream is a zlib.error, found by fuzz/fuzz_plan_file.py).
        raise fail(f"{path.name} is not a readable .docx file: {error}") from None
    except OSError as error:
        raise fail(f"cannot read {path}: {error.strerror or error}") from None
    if reason is not None:
        raise fail(reason)


def _docx_size_problem(path: Path, limit: int) -> str | None:
    """What makes the archive too large, or None."""
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        declared = sum(member.file_size for member in members)
        if declared > limit:
            return _too_large(f"{path.name} uncompressed", f"{declared:,}", limit, "bytes")
        total = 0
        for member in members:
            inflated = 0
            with archive.open(member) as part:
                while chunk := part.read(_CHUNK):
                    inflated += len(chunk)
                    total += len(chunk)
                    if inflated > member.file_size:
                        return (f"{path.name}: part {member.filename[:100]!r} inflates past the "
                                f"{member.file_size:,} bytes it declares")
                    if total > limit:
                        return _too_large(f"{path.name} uncompressed", f"more than {limit:,}",
                                          limit, "bytes")
    return None
