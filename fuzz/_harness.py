"""What every harness shares: seeds taken from the repository, the one rule, and the runner.

The rule: an input may be refused only with one of the library's own errors
(:class:`quanhelaodong.errors.QuanHeLaoDongError`), whose message is not empty,
and no input may take longer than :data:`SLOW_SECONDS`. Anything else is a crash.

Seeds come only from this repository: the texts of the real-document corpus
(``tests/corpus/documents/*.json``), the seed texts (``tests/data``) and the
bundled programmes (``src/quanhelaodong/io/data/programmes``). They are written
into ``fuzz/corpus/<harness>/`` (ignored by git) the first time a harness runs;
libFuzzer adds what it finds there.

Two ways to run a harness (see ``fuzz/README.md``):

* plainly, as libFuzzer does: the first crash stops the run and is written to
  ``crash-<hash>`` (or ``timeout-<hash>``) in the working folder;
* with ``FUZZ_KEEP_GOING=1``: every failing input (an escaping error, or one
  slower than :data:`SLOW_SECONDS`) is written to ``fuzz/findings/<harness>/``
  with a ``.txt`` note of what happened, and the run goes on, so one run of ten
  minutes finds every crash it can instead of stopping at the first.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
FUZZ = ROOT / "fuzz"
SLOW_SECONDS = 1.0

with atheris.instrument_imports(include=["quanhelaodong"]):
    # The package imports some layers only when first used; import them here, so that
    # every module of the library is instrumented whichever harness runs.
    import quanhelaodong.followup
    import quanhelaodong.graph
    import quanhelaodong.io.importing  # noqa: F401
    from quanhelaodong.errors import QuanHeLaoDongError

# Seed files are written by the tests' own writers, given to the harnesses from here:
# one piece serves both.
sys.path.insert(0, str(ROOT))
from tests.document_files import docx_bytes, one_page_pdf  # noqa: E402, F401


def corpus_texts() -> Iterator[str]:
    """The text of every real document of the corpus, and the seed texts."""
    for path in sorted((ROOT / "tests" / "corpus" / "documents").glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))["text"]
    for path in sorted((ROOT / "tests" / "data").glob("*.txt")):
        yield path.read_text(encoding="utf-8")


def corpus_labels() -> Iterator[dict[str, object]]:
    """The hand-written labels of every corpus document."""
    for path in sorted((ROOT / "tests" / "corpus" / "documents").glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))["labels"]


def bundled_files() -> list[Path]:
    return sorted((ROOT / "src" / "quanhelaodong" / "io" / "data" / "programmes").glob("*.json"))


def strings_in(value: object, key: str | None = None) -> Iterator[tuple[str | None, str]]:
    """Every (key, string) pair inside a JSON value, at any depth."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from strings_in(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item, key)


def bundled_strings(*keys: str) -> list[str]:
    """The strings of the bundled programmes held under one of ``keys`` (any key if none given)."""
    found: list[str] = []
    for path in bundled_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        found.extend(text for key, text in strings_in(data) if not keys or key in keys)
    return found


def label_strings(*keys: str) -> list[str]:
    found: list[str] = []
    for labels in corpus_labels():
        found.extend(text for key, text in strings_in(labels) if key in keys)
    return found


def seed_folder(name: str, seeds: Iterable[bytes]) -> Path:
    """``fuzz/corpus/<name>/`` holding ``seeds`` (each once, named by its hash)."""
    folder = FUZZ / "corpus" / name
    folder.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        (folder / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
    return folder


def _record(name: str, data: bytes, what: str) -> None:
    folder = FUZZ / "findings" / name
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()
    (folder / digest).write_bytes(data)
    (folder / f"{digest}.txt").write_text(what, encoding="utf-8")


def checked(name: str, target: Callable[[bytes], None]) -> Callable[[bytes], None]:
    """``target`` under the rule: only the library's errors, with a message, and never slow."""
    keep_going = os.environ.get("FUZZ_KEEP_GOING") == "1"

    def one_input(data: bytes) -> None:
        started = time.perf_counter()
        try:
            target(data)
        except QuanHeLaoDongError as error:
            if not str(error).strip():
                failure = AssertionError(f"{type(error).__name__} with an empty message")
                if not keep_going:
                    raise failure from error
                _record(name, data, f"{failure}\n")
        except Exception as error:
            if not keep_going:
                raise
            _record(name, data, "".join(traceback.format_exception(error)))
        elapsed = time.perf_counter() - started
        if elapsed > SLOW_SECONDS:
            if not keep_going:
                raise AssertionError(f"slow input: {elapsed:.2f} s for {len(data)} bytes")
            _record(name, data, f"slow: {elapsed:.2f} s for {len(data)} bytes\n")

    return one_input


def main(name: str, target: Callable[[bytes], None], seeds: Callable[[], Iterable[bytes]]) -> None:
    """Run ``target`` under libFuzzer, its corpus folder seeded from the repository."""
    arguments = list(sys.argv)
    if not any(not argument.startswith("-") for argument in arguments[1:]):
        arguments.append(str(seed_folder(name, seeds())))
    atheris.Setup(arguments, checked(name, target))
    atheris.Fuzz()


def text_of(data: bytes) -> str:
    """The fuzzer's bytes as text: UTF-8, an undecodable byte becoming U+FFFD."""
    return data.decode("utf-8", "replace")
