"""Objects and query results print short and readable at the prompt, on the bundled real plan."""

from __future__ import annotations

import attrs
import pytest

from quanhelaodong import ResponsibilityGraph, load_bundled
from quanhelaodong.agencies import default_catalogue, provisional_agency
from quanhelaodong.followup import obligations, task_status, task_statuses
from quanhelaodong.graph import collaborations, find_tasks, tasks_of, who_leads, workload
from quanhelaodong.programmes import CoordinationProgramme
from quanhelaodong.rows import SHOWN_ROWS, Rows, shorten

PLAN = load_bundled("hue-2023")
GRAPH = ResponsibilityGraph([PLAN])
BHXH = "thua-thien-hue/bhxh"


def test_an_agency_shows_its_id_and_name_not_its_other_names() -> None:
    agency = GRAPH.nx.nodes[BHXH]["agency"]
    assert len(agency.other_names) > 3  # what used to flood the screen
    assert repr(agency) == "Agency('thua-thien-hue/bhxh', 'Bảo hiểm xã hội tỉnh Thừa Thiên Huế')"
    busiest = GRAPH.nx.nodes["thua-thien-hue/so-ldtbxh"]["agency"]
    assert len(busiest.other_names) > 20
    assert len(repr(busiest)) < 120


def test_a_provisional_agency_says_so() -> None:
    agency = provisional_agency("Trung tâm Dịch vụ việc làm", area="thua-thien-hue")
    assert repr(agency).endswith(", provisional=True)")
    assert len(repr(agency)) < 160


def test_equality_and_hashing_do_not_change() -> None:
    agency = GRAPH.nx.nodes[BHXH]["agency"]
    renamed = attrs.evolve(agency, other_names=())
    assert repr(renamed) == repr(agency)  # same short face ...
    assert renamed != agency  # ... but still told apart by every field
    assert hash(attrs.evolve(agency)) == hash(agency)
    assert load_bundled("hue-2023") == PLAN


def test_a_task_shows_its_id_title_cut_and_leads() -> None:
    task = PLAN.task("PL.I.4")
    text = repr(task)
    assert text.startswith("Task('PL.I.4', 'Hội thi tìm hiểu pháp luật lao động")
    assert "…'" in text
    assert "leads=('thua-thien-hue/so-ldtbxh',)" in text
    assert len(text) < 150


def test_a_programme_shows_counts_not_its_tasks() -> None:
    text = repr(PLAN)
    assert len(text) < 200
    assert text.startswith("CoordinationProgramme('hue-2023', '180/KH-UBND', ")
    assert f"tasks={len(PLAN.tasks)}," in text
    assert f"reporting_rules={len(PLAN.reporting_rules)})" in text
    assert "agencies=" in text
    assert repr(CoordinationProgramme("x", "plan", "Thử")) == (
        "CoordinationProgramme('x', 'Thử', tasks=0, agencies=0, reporting_rules=0)")


def test_the_catalogue_shows_a_count() -> None:
    catalogue = default_catalogue()
    areas = len(catalogue.areas)
    assert repr(catalogue) == f"<AgencyCatalogue of {len(catalogue)} agencies in {areas} areas>"


def test_workload_prints_a_short_table_with_vietnamese_names() -> None:
    rows = workload(GRAPH)
    text = repr(rows)
    assert len(text) < 2000
    lines = text.splitlines()
    assert lines[0] == f"{len(rows)} rows of Workload"
    assert lines[1].split() == ["agency", "lead", "partner", "implementer", "monitor", "total"]
    busiest = rows[0]
    assert lines[2].startswith(busiest.agency.name)
    assert lines[2].split()[-4:] == [str(busiest.partner), str(busiest.implementer), str(busiest.monitor),
                                     str(busiest.total)]
    assert len(lines) == 2 + SHOWN_ROWS + 1
    assert lines[-1].startswith(f"… {len(rows) - SHOWN_ROWS} more")
    # print() shows every row, aligned: the number columns end at the same place.
    full = str(rows).splitlines()
    assert len(full) == 1 + len(rows)
    assert len({len(line) for line in full}) == 1


def test_rows_stay_a_tuple() -> None:
    rows = workload(GRAPH)
    assert isinstance(rows, tuple)
    assert rows == tuple(rows)
    assert rows[0] is next(iter(rows))
    assert len(rows) == len(list(rows))
    assert isinstance(rows[:3], Rows)
    assert rows[:3] == tuple(rows)[:3]
    assert repr(rows[:0]) == "0 rows"


@pytest.mark.parametrize("query", [
    lambda: collaborations(GRAPH),
    lambda: tasks_of(GRAPH, BHXH),
    lambda: find_tasks(GRAPH, "pháp luật"),
    lambda: who_leads(GRAPH, "pháp luật"),
    lambda: obligations(PLAN),
    lambda: task_statuses(PLAN, "2023-12-31"),
], ids=["collaborations", "tasks_of", "find_tasks", "who_leads", "obligations", "task_statuses"])
def test_every_query_result_prints_short(query: object) -> None:
    assert callable(query)
    rows = query()
    assert isinstance(rows, Rows)
    assert len(rows) > 0
    text = repr(rows)
    assert len(text) < 2000
    assert text.splitlines()[0].startswith(f"{len(rows)} row")
    assert all(len(line) < 200 for line in str(rows).splitlines())


def test_rows_show_the_right_content() -> None:
    pair = collaborations(GRAPH)[0]
    assert repr(collaborations(GRAPH)).splitlines()[2].startswith(shorten(pair.first.name, 45))
    lead = find_tasks(GRAPH, "Hội thi tìm hiểu pháp luật lao động")
    assert repr(lead).splitlines()[2].startswith("hue-2023:PL.I.4")
    grid = task_statuses(PLAN, "2024-01-05")
    first = grid[0]
    line = repr(grid).splitlines()[2]
    assert line.startswith(first.task.id)
    assert first.status.vietnamese in line


def test_the_small_rows_print_short_too() -> None:
    state = task_status(PLAN, "II.2", "2024-01-05")
    assert len(repr(state)) < 200
    assert "status='not_done_overdue'" in repr(state)
    answer = who_leads(GRAPH, "Hội thi tìm hiểu pháp luật lao động")[0]
    assert len(repr(answer)) < 250
    assert repr(answer).startswith("Responsibility('hue-2023:PL.I.4'")
    assert len(repr(workload(GRAPH)[0])) < 120
    assert len(repr(tasks_of(GRAPH, BHXH)[0])) < 120
