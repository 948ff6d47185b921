"""JSON (de)serialisation of programmes through a library-owned cattrs converter.

The document carries a ``schema_version``; loading refuses versions it does not
know, keys it does not know (nothing is silently dropped) and reports every fault
at once, each with its path (``tasks[12].assignments[0].role``).
"""

from __future__ import annotations

import datetime
import functools
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import attrs
import cattrs
import pendulum
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import JsonConverter, make_converter

from quanhelaodong._fields import as_date, as_decimal
from quanhelaodong.deadlines import Timeframe, read_timeframe
from quanhelaodong.errors import InvalidValueError, LoadError, QuanHeLaoDongError
from quanhelaodong.io._limits import as_path, check_text_size, read_limited, read_open_file_limited
from quanhelaodong.problems import Problem, Severity
from quanhelaodong.programmes import (
    Completion,
    CoordinationProgramme,
    Extension,
    ProgressEvent,
    ProgressUpdate,
)

__all__ = ["SCHEMA_VERSION", "converter", "dump", "dumps", "load", "loads"]

#: Version of the JSON layout written by :func:`dumps`. Version 2 added reporting rules,
#: reports, dialogues and ``follows``; version 3 added ``progress`` (updates, completions,
#: extensions, each tagged by its ``kind``), a task's ``assigned_by`` and the role
#: ``monitor``. Version 1 and 2 documents load unchanged (they have none of these).
SCHEMA_VERSION = 3
_READABLE_VERSIONS = (1, 2, 3)
#: The tag ``kind`` of each progress record in JSON.
_PROGRESS_KINDS: dict[str, type[ProgressEvent]] = {
    "update": ProgressUpdate, "completion": Completion, "extension": Extension}


def _structure_date(value: object, _type: type) -> pendulum.Date:
    return as_date(value)


def _structure_timeframe(value: object, _type: type) -> Timeframe:
    # Time phrases travel as written and are read once, here, on the way in.
    if not isinstance(value, str):
        raise TypeError(f"expected a time phrase as a string, got {value!r}")
    return read_timeframe(value)


def _structure_text(value: object, kind: type) -> Any:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__} {value!r}")
    # Text enums (roles, kinds, sides) dispatch here too; their own check names the choices.
    return value if kind is str else kind(value)


def _structure_decimal(value: object, _type: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"expected a number as a string or an integer, got {value!r}")
    return as_decimal(value, "the figure")


def _structure_progress(converter: cattrs.Converter) -> Callable[[Any, type], ProgressEvent]:
    """A progress record is an update, a completion or an extension, as its ``kind`` says."""

    def structure(value: Any, _type: type) -> ProgressEvent:
        if not isinstance(value, dict):
            raise TypeError(f"expected a JSON object for a progress record, got {type(value).__name__}")
        kind = value.get("kind")
        if kind not in _PROGRESS_KINDS:
            raise InvalidValueError(f"kind must be one of {', '.join(map(repr, _PROGRESS_KINDS))}, "
                                    f"got {kind!r}")
        body = {key: item for key, item in value.items() if key != "kind"}
        event: ProgressEvent = converter.structure(body, _PROGRESS_KINDS[kind])
        return event

    return structure


def _tagged(kind: str, unstructure: Callable[[Any], dict[str, Any]]) -> Callable[[Any], dict[str, Any]]:
    return lambda event: {"kind": kind, **unstructure(event)}


def _wrap_construction(converter: cattrs.Converter, cls: type) -> Callable[[Any, type], Any]:
    """Structure ``cls`` and turn a failing constructor check into a cattrs error.

    cattrs reports per-field structuring faults with their paths, but a validator
    that fails in ``__init__`` escapes as a bare exception; wrapping it keeps the
    path of the object that failed.
    """
    generated: Callable[[Any, type], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True
    )

    def structure(value: Any, type_: type) -> Any:
        if not isinstance(value, dict):
            got = type(value).__name__
            raise TypeError(f"expected a JSON object for {cls.__name__}, got {got}")
        try:
            return generated(value, type_)
        except (ClassValidationError, ForbiddenExtraKeysError):
            raise
        except (ValueError, TypeError) as error:
            raise ClassValidationError(f"While structuring {cls.__name__}", [error], cls) from None

    return structure


@functools.cache
def converter() -> JsonConverter:
    """The converter that (de)serialises every domain type; built once.

    >>> from quanhelaodong.deadlines import parse_timeframe
    >>> converter().unstructure(parse_timeframe("Quý III, IV/2023"))
    'Quý III, IV/2023'
    """
    conv = make_converter(forbid_extra_keys=True, omit_if_default=False)
    conv.register_structure_hook(pendulum.Date, _structure_date)
    conv.register_structure_hook(datetime.date, _structure_date)
    conv.register_unstructure_hook(pendulum.Date, lambda day: day.isoformat())
    conv.register_structure_hook(Timeframe, _structure_timeframe)
    conv.register_unstructure_hook_func(
        lambda cls: isinstance(cls, type) and issubclass(cls, Timeframe), lambda frame: frame.text)
    # Figures travel as strings, so "58.32" stays 58.32 and never becomes a binary float.
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, _structure_decimal)
    # Text stays text: a number or a list where a name belongs is a fault, not "4".
    conv.register_structure_hook(str, _structure_text)
    conv.register_structure_hook_factory(
        attrs.has, lambda cls: _wrap_construction(conv, cls)
    )
    conv.register_structure_hook_func(lambda cls: cls == ProgressEvent, _structure_progress(conv))
    for kind, cls in _PROGRESS_KINDS.items():
        conv.register_unstructure_hook(cls, _tagged(kind, conv.get_unstructure_hook(cls)))
    return conv


def dumps(programme: CoordinationProgramme, *, indent: int | None = 2) -> str:
    """Serialise a programme to a JSON string (UTF-8 text, Vietnamese kept as is).

    >>> from quanhelaodong.io import load_bundled
    >>> text = dumps(load_bundled("hue-2023"))
    >>> loads(text) == load_bundled("hue-2023")
    True
    """
    body = converter().unstructure(programme)
    return json.dumps({"schema_version": SCHEMA_VERSION, **body}, ensure_ascii=False,
                      indent=indent)


def dump(programme: CoordinationProgramme, target: str | Path | IO[str]) -> None:
    """Write :func:`dumps` of ``programme`` to a path or an open text file.

    >>> import io
    >>> from quanhelaodong.io import load_bundled
    >>> buffer = io.StringIO()
    >>> dump(load_bundled("hue-2023"), buffer)
    >>> buffer.getvalue().startswith("{")
    True
    """
    text = dumps(programme) + "\n"
    if isinstance(target, (str, Path)):
        Path(target).write_text(text, encoding="utf-8")
    else:
        target.write(text)


def loads(text: str | bytes) -> CoordinationProgramme:
    """Read a programme from JSON text; raises :class:`LoadError` listing every fault.

    >>> loads('{"schema_version": 3, "id": "x", "kind": "plan", "title": "Kế hoạch"}').title
    'Kế hoạch'
    >>> loads('{"schema_version": 3, "id": "x", "kind": "plan", "title": "K", "colour": 1}')
    Traceback (most recent call last):
    ...
    quanhelaodong.errors.LoadError: cannot load programme: 1 problem(s)
      error [load] colour: unknown key (not part of the schema)
    """
    document = _parse(text)
    version = document.pop("schema_version", None)
    if type(version) is not int or version not in _READABLE_VERSIONS:
        raise LoadError("cannot load programme", [
            _problem("schema_version",
                     f"expected schema_version {SCHEMA_VERSION} (or 1, 2), got {version!r}")
        ])
    if version < 3:
        newer = list(_version_3_keys(document))
        if newer:
            raise LoadError(f"cannot load programme: {len(newer)} problem(s)", [
                _problem(path, f"needs schema_version 3, not {version}") for path in newer])
    try:
        return converter().structure(document, CoordinationProgramme)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError,
            ValueError, TypeError) as error:
        problems = [_problem(path, message) for path, message in _faults(error, "")]
        raise LoadError(f"cannot load programme: {len(problems)} problem(s)", problems) from None


def load(source: str | Path | IO[str] | IO[bytes]) -> CoordinationProgramme:
    """Read a programme from a path or an open file; see :func:`loads`.

    >>> import io
    >>> load(io.StringIO('{"schema_version": 3, "id": "x", "kind": "plan", "title": "K"}')).id
    'x'
    """
    if isinstance(source, (str, os.PathLike)):
        path = as_path(source, _fail_to_read(source))
        return loads(read_limited(path, _fail_to_read(source)))
    read = getattr(source, "read", None)
    if not callable(read):
        raise LoadError("cannot load programme", [
            _problem("", f"expected a path or an open file, got {type(source).__name__} {source!r}")])
    return loads(read_open_file_limited(source, _fail_to_read("the file")))


def _fail_to_read(source: object) -> Callable[[str], LoadError]:
    shown = repr(str(source))[:200] if isinstance(source, (str, os.PathLike)) else str(source)
    return lambda reason: LoadError(f"cannot read {shown}", [_problem("", reason)])


# Deeper than any programme nests (programme, tasks, a task, its assignments, ...).
_MAX_DEPTH = 64


class _Object(dict[str, Any]):
    """A JSON object as read, remembering the keys it was given more than once."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    found = _Object(pairs)
    if len(found) != len(pairs):
        counts = Counter(key for key, _ in pairs)
        found.duplicates = tuple(key for key in counts if counts[key] > 1)
    return found


def _parse(text: object) -> dict[str, Any]:
    """JSON text as a document: one object, no key twice, no deeper than a programme nests."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise LoadError("cannot load programme", [
            _problem("", f"expected JSON text, got {type(text).__name__} {text!r}")])
    check_text_size(text, lambda reason: LoadError("cannot load programme", [_problem("", reason)]))
    try:
        document = json.loads(text, object_pairs_hook=_object)
    except RecursionError:
        raise LoadError("not valid JSON", [_problem("", "nested too deeply")]) from None
    except (ValueError, UnicodeDecodeError) as error:
        # A JSONDecodeError, or an integer longer than Python converts (4300 digits).
        raise LoadError("not valid JSON", [_problem("", f"{error}")]) from None
    if not isinstance(document, dict):
        raise LoadError("cannot load programme", [_problem("", "expected a JSON object")])
    # Paths are worked out only for a document that has a problem: most have none.
    if _well_formed(document):
        return document
    problems = []
    stack: list[tuple[str, int, Any]] = [("", 1, document)]
    while stack:
        path, depth, value = stack.pop()
        if depth > _MAX_DEPTH:
            raise LoadError("cannot load programme", [
                _problem(path, f"nested deeper than {_MAX_DEPTH} levels")])
        if isinstance(value, _Object):
            problems += [_problem(_join(path, key), "key given more than once")
                         for key in value.duplicates]
            stack += [(_join(path, key), depth + 1, item) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(_join(path, index), depth + 1, item) for index, item in enumerate(value)]
    if problems:
        problems.sort(key=lambda problem: problem.path)
        raise LoadError(f"cannot load programme: {len(problems)} problem(s)", problems)
    return document


def _well_formed(document: dict[str, Any]) -> bool:
    """No key given twice and no deeper than :data:`_MAX_DEPTH`: the walk without paths."""
    stack: list[tuple[int, Any]] = [(1, document)]
    while stack:
        depth, value = stack.pop()
        if depth > _MAX_DEPTH:
            return False
        if isinstance(value, dict):
            if getattr(value, "duplicates", ()):
                return False
            stack += [(depth + 1, item) for item in value.values() if isinstance(item, (dict, list))]
        else:
            stack += [(depth + 1, item) for item in value if isinstance(item, (dict, list))]
    return True


def _version_3_keys(document: dict[str, Any]) -> Iterator[str]:
    """Paths of what only version 3 has, in a document that says it is older."""
    if "progress" in document:
        yield "progress"
    tasks = document.get("tasks")
    for index, task in enumerate(tasks if isinstance(tasks, list) else []):
        if isinstance(task, dict) and "assigned_by" in task:
            yield f"tasks[{index}].assigned_by"
        assignments = task.get("assignments") if isinstance(task, dict) else None
        for number, assignment in enumerate(assignments if isinstance(assignments, list) else []):
            if isinstance(assignment, dict) and assignment.get("role") == "monitor":
                yield f"tasks[{index}].assignments[{number}].role"


def _problem(path: str, message: str) -> Problem:
    return Problem(Severity.ERROR, "load", path, message)


def _join(path: str, step: str | int) -> str:
    if isinstance(step, int):
        return f"{path}[{step}]"
    return f"{path}.{step}" if path else step


def _faults(error: BaseException, path: str) -> Iterator[tuple[str, str]]:
    """Every leaf fault under a cattrs error tree, with the path to it."""
    if isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield _join(path, key), "unknown key (not part of the schema)"
    elif isinstance(error, (ClassValidationError, IterableValidationError)):
        with_notes, without_notes = error.group_exceptions()
        for inner, note in with_notes:
            step: str | int = note.index if isinstance(note, IterableValidationNote) else note.name
            yield from _faults(inner, _join(path, step))
        for inner in without_notes:
            yield from _faults(inner, path)
    elif isinstance(error, KeyError):
        yield path, "required key is missing"
    elif isinstance(error, QuanHeLaoDongError):
        yield path, str(error)
    else:
        yield path, f"{type(error).__name__}: {error}"

