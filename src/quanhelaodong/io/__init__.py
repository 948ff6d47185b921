"""Reading and writing: plan documents in, JSON in and out, and the programmes bundled with the library.

* :func:`parse_plan`, :func:`parse_plan_file`: a plan's text (or a .txt, .docx,
  PDF file) read into a programme, with a diagnostic for everything not read;
* :func:`dumps`, :func:`loads`, :func:`dump`, :func:`load`: JSON through the
  library's own converter, with a schema version and every fault reported;
* :func:`load_bundled`, :func:`bundled_names`: hand-checked real programmes.

A file is read whole only up to :data:`MAX_FILE_BYTES` and a JSON text up to
:data:`MAX_TEXT_CHARACTERS`; past them, the error names the limit.

>>> from quanhelaodong.io import dumps, load_bundled, loads
>>> loads(dumps(load_bundled("hue-2023"))) == load_bundled("hue-2023")
True
"""

from typing import TYPE_CHECKING, Any

from quanhelaodong.io._agency_files import load_agencies
from quanhelaodong.io._bundled import bundled_names, load_bundled
from quanhelaodong.io._json import SCHEMA_VERSION, converter, dump, dumps, load, loads
from quanhelaodong.io._limits import MAX_FILE_BYTES, MAX_TEXT_CHARACTERS

if TYPE_CHECKING:
    from quanhelaodong.io.importing import (
        Diagnostic,
        ParseResult,
        parse_plan,
        parse_plan_file,
        read_plan_file,
    )

#: Names of the importer, loaded on first use: its patterns take a while to compile, and a
#: program that only queries programmes never reads a document.
_IMPORTER = frozenset({"Diagnostic", "ParseResult", "parse_plan", "parse_plan_file", "read_plan_file"})


def __getattr__(name: str) -> Any:
    if name in _IMPORTER:
        from quanhelaodong.io import importing

        return getattr(importing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARACTERS",
    "SCHEMA_VERSION",
    "Diagnostic",
    "ParseResult",
    "bundled_names",
    "converter",
    "dump",
    "dumps",
    "load",
    "load_agencies",
    "load_bundled",
    "loads",
    "parse_plan",
    "parse_plan_file",
    "read_plan_file",
]
