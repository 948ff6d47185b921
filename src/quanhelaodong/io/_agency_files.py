"""Your own agencies from a file: JSON or CSV, added to a catalogue.

A province, a commune or an enterprise association has bodies no bundled catalogue
lists. Write them in a file and load them into a catalogue; every problem in the
file is reported at once, each with its place ("agencies[3].side", "row 5.side").

JSON: ``{"agencies": [...], "areas": [...], "relative_names": {"<area id>": {"<name>":
"<agency id>"}}}``, each agency with the fields of :class:`~quanhelaodong.agencies.Agency`.
CSV: one agency a row, a header naming the columns ``id, name, classification,
side`` and any of ``level, area, parent, other_names`` (separated by ";"),
``founded, dissolved, collective`` ("true"/"false").
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from quanhelaodong.agencies import Agency, AgencyCatalogue, Area, default_catalogue
from quanhelaodong.errors import LoadError, QuanHeLaoDongError
from quanhelaodong.io._json import _faults, converter
from quanhelaodong.io._limits import as_path, read_limited
from quanhelaodong.problems import Problem, Severity

__all__ = ["load_agencies"]

_CSV_LISTS = ("other_names",)
_CSV_FLAGS = ("collective", "provisional")


def _from_csv(text: str) -> dict[str, Any]:
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        entry: dict[str, Any] = {key.strip(): (value or "").strip() for key, value in row.items()
                                 if key is not None}
        for key in list(entry):
            if entry[key] == "":
                del entry[key]
            elif key in _CSV_LISTS:
                entry[key] = [part.strip() for part in entry[key].split(";") if part.strip()]
            elif key in _CSV_FLAGS:
                entry[key] = entry[key].lower() in ("true", "1", "yes", "có")
        rows.append(entry)
    return {"agencies": rows}


def load_agencies(path: str | Path, *, into: AgencyCatalogue | None = None) -> AgencyCatalogue:
    """The catalogue ``into`` (default: the bundled one) with the agencies of a JSON or CSV file.

    Raises :class:`~quanhelaodong.errors.LoadError` listing every problem of the file.

    >>> import pathlib, tempfile
    >>> rows = ("id,name,classification,side,level,area,other_names\\n"
    ...         "hue/dien-luc,Công ty Điện lực Thừa Thiên Huế,enterprise,employers,,hue,PC Huế\\n")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "mine.csv")
    ...     _ = path.write_text(rows, encoding="utf-8")
    ...     catalogue = load_agencies(path)
    >>> catalogue.resolve("PC Huế").name
    'Công ty Điện lực Thừa Thiên Huế'
    """
    def fail(reason: str) -> LoadError:
        return LoadError("cannot read the agencies' file", [_problem("", reason)])

    source = as_path(path, fail)
    if into is not None and not isinstance(into, AgencyCatalogue):
        raise LoadError("cannot load agencies", [_problem(
            "", f"into must be an AgencyCatalogue, got {type(into).__name__}")])
    try:
        text = read_limited(source, fail).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(f"cannot read {source.name}", [_problem(
            "", f"not UTF-8 text ({error.reason} at byte {error.start})")]) from None
    if source.suffix.lower() == ".csv":
        try:
            data, where = _from_csv(text), "row"
        except csv.Error as error:  # a NUL, a field past the csv module's limit
            raise LoadError("not valid CSV", [_problem("", str(error))]) from None
    else:
        try:
            data = json.loads(text)
        except RecursionError:
            raise LoadError("not valid JSON", [_problem("", "nested too deeply")]) from None
        except ValueError as error:  # a JSONDecodeError, or an integer of thousands of digits
            raise LoadError("not valid JSON", [_problem("", str(error))]) from None
        where = "agencies"
        if isinstance(data, list):
            data = {"agencies": data}
        if not isinstance(data, dict):
            raise LoadError("cannot load agencies", [_problem("", "expected a JSON object")])
    problems: list[Problem] = []
    base = into or default_catalogue()
    made = _structure(data.get("agencies", []), Agency, where, problems)
    agencies = [agency for _, agency in made]
    seen: set[str] = set()
    for index, agency in made:
        path = f"row {index + 2}" if where == "row" else f"{where}[{index}]"
        if agency.id in base or agency.id in seen:
            problems.append(_problem(f"{path}.id", f"agency id {agency.id!r} is already defined"))
        seen.add(agency.id)
    # An entry with faults of its own still defines its id for the relative names.
    raw = data.get("agencies", [])
    seen |= {entry["id"] for entry in raw if isinstance(entry, dict)
             and isinstance(entry.get("id"), str)} if isinstance(raw, list) else set()
    areas = [area for _, area in _structure(data.get("areas", []), Area, "areas", problems)]
    relative = data.get("relative_names", {})
    if not isinstance(relative, dict) or not all(
            isinstance(names, dict) and all(isinstance(v, str) for v in names.values())
            for names in relative.values()):
        problems.append(_problem("relative_names", "expected {area id: {name: agency id}}"))
        relative = {}
    for area, names in relative.items():
        for name, agency_id in names.items():
            if agency_id not in seen and agency_id not in base:
                problems.append(_problem(f"relative_names.{area}.{name}",
                                         f"no agency {agency_id!r} is defined"))
    if problems:
        raise LoadError(f"cannot load agencies from {source.name}: {len(problems)} problem(s)",
                        problems)
    try:
        return base.extended(agencies, areas=areas, relative_names=relative)
    except QuanHeLaoDongError as error:
        raise LoadError(f"cannot add the agencies of {source.name}", [_problem("", str(error))]
                        ) from None


def _structure(entries: object, kind: type[Any], where: str,
               problems: list[Problem]) -> list[tuple[int, Any]]:
    """The entries made into ``kind``, each with its index; the faults of the others recorded."""
    if not isinstance(entries, list):
        problems.append(_problem(where, "expected a list"))
        return []
    made: list[tuple[int, Any]] = []
    for index, entry in enumerate(entries):
        # CSV rows are counted from 2: the header is row 1.
        path = f"row {index + 2}" if where == "row" else f"{where}[{index}]"
        try:
            made.append((index, converter().structure(entry, kind)))
        except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError,
                ValueError, TypeError) as error:
            problems.extend(_problem(f"{path}.{inner}" if inner else path, message)
                            for inner, message in _faults(error, ""))
    return made


def _problem(path: str, message: str) -> Problem:
    return Problem(Severity.ERROR, "load", path, message)
