"""Short plan texts for the importer's tests: a header every body can follow, and how to read roles."""

from __future__ import annotations

from quanhelaodong import CoordinationProgramme, parse_plan

HUE = "thua-thien-hue"

HEADER = "Số: 25 / KH - UBND\nThừa Thiên Huế, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\n" \
         "Thúc đẩy đối thoại tại nơi làm việc năm 2024\n"


def plan(body: str) -> CoordinationProgramme:
    """The programme read from ``HEADER + body``, which must leave no diagnostic."""
    result = parse_plan(HEADER + body)
    assert result.diagnostics == (), [str(d) for d in result.diagnostics]
    return result.programme


def roles(programme: CoordinationProgramme, task_id: str) -> list[tuple[str, str, str]]:
    """(agency key, role, mode) of each assignment of a task, in document order."""
    return [(a.agency.split("/")[1], a.role.value, a.mode.value)
            for a in programme.task(task_id).assignments]
