"""Objects and query results print short and readable at the prompt, on the bundled real plan."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest

from quanhelaodong import ResponsibilityGraph, load_bundled
from quanhelaodong.agencies import change_events, default_catalogue, provisional_agency
from quanhelaodong.followup import (
    obligations,
    open_recommendations,
    reminders,
    task_occurrences,
    task_reminders,
    task_status,
    task_statuses,
    task_timeframes,
    undated_tasks,
)
from quanhelaodong.graph import (
    agencies_without_task,
    collaborations,
    find_tasks,
    lead_successions,
    reassignment_preview,
    reporters_of,
    reports_to,
    tasks_of,
    who_leads,
    workload,
)
from quanhelaodong.io import bundled_names
from quanhelaodong.programmes import CoordinationProgramme, Dialogue, Recommendation
from quanhelaodong.rows import SHOWN_ROWS, Rows, shorten

PLAN = load_bundled("hue-2023")
GRAPH = ResponsibilityGraph([PLAN])
BHXH = "thua-thien-hue/bhxh"
PLANS = [load_bundled(name) for name in bundled_names()]
# No bundled plan itemises its recommendations (they are only counted), so one is made up here.
_RECOMMENDED = CoordinationProgramme("demo", "plan", "Kế hoạch", dialogues=[Dialogue(
    "dt", "policy", "Đối thoại chính sách với công nhân lao động các khu công nghiệp", recommendations=[
        Recommendation("kn-1", "Đề nghị hỗ trợ tiền thuê nhà trọ cho công nhân lao động " * 4, "written",
                       assigned_to="thua-thien-hue/so-ldtbxh", due="2024-05-01"),
        Recommendation("kn-2", "Nhà trẻ", "spoken")])])


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


QUERIES = pytest.mark.parametrize("query", [
    lambda: collaborations(GRAPH),
    lambda: tasks_of(GRAPH, BHXH),
    lambda: find_tasks(GRAPH, "pháp luật"),
    lambda: who_leads(GRAPH, "pháp luật"),
    lambda: obligations(PLAN),
    lambda: task_statuses(PLAN, "2023-12-31"),
    lambda: undated_tasks(PLAN),
    lambda: task_timeframes(PLAN),
    lambda: reminders(PLAN, "2023-11-07"),
    lambda: task_reminders(PLAN, "2023-12-26"),
    lambda: open_recommendations(_RECOMMENDED, "2024-06-01"),
    lambda: reporters_of(GRAPH, "thua-thien-hue/ubnd"),
    lambda: reports_to(GRAPH, "thua-thien-hue/ldld"),
    lambda: agencies_without_task(GRAPH, default_catalogue().in_area("thua-thien-hue")),
    lambda: reassignment_preview(PLAN, "2026-11-22"),
    lambda: lead_successions(GRAPH, "PL.I.1", "2026-11-22"),
], ids=["collaborations", "tasks_of", "find_tasks", "who_leads", "obligations", "task_statuses",
        "undated_tasks", "task_timeframes", "reminders", "task_reminders", "open_recommendations",
        "reporters_of", "reports_to", "agencies_without_task", "reassignment_preview", "lead_successions"])


@QUERIES
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


def _short(obj: object) -> str:
    text = repr(obj)
    assert len(text) < 2000
    assert all(len(line) < 200 for line in text.splitlines())
    return text


def test_every_row_of_the_bundled_plans_prints_short() -> None:
    # The whole answer of each query on each bundled plan, not only the first row.
    for plan in PLANS:
        graph = ResponsibilityGraph([plan])
        rows: list[object] = [*plan.reporting_rules, *plan.reports, *plan.dialogues,
                              *(item for talk in plan.dialogues for item in talk.recommendations),
                              *task_timeframes(plan), *task_occurrences(plan),
                              *reminders(plan, "2023-11-07"), *reassignment_preview(plan, "2026-11-22")]
        for day in ("2019-12-20", "2022-12-26", "2023-12-26"):
            rows += task_reminders(plan, day)
        for node, data in graph.nx.nodes(data=True):
            if "agency" in data:
                rows += [*reports_to(graph, node), *reporters_of(graph, node)]
            else:
                rows += lead_successions(graph, node, "2026-11-22")
        assert all(len(_short(row)) < 250 for row in rows), plan.id
    # An event of the 2025 mergers names two long ids and its own id made of both: short, not tiny.
    assert all(len(repr(event)) < 300 for event in change_events())


def test_rows_of_the_remaining_queries_stay_tuples() -> None:
    frames = task_timeframes(PLAN)
    assert frames == tuple(task_timeframes(PLAN))
    first, second, *_ = frames  # unpacking, as the generator allowed
    assert (first.task.id, second.task.id) == ("II.1", "II.2")
    assert reminders(PLAN, "2023-11-08") == ()
    assert list(reports_to(GRAPH, "thua-thien-hue/ubnd")) == []
    assert agencies_without_task(GRAPH) == ()
    assert reassignment_preview(PLAN, "2024-12-31") == ()


def test_equality_and_hashing_of_the_new_reprs_do_not_change() -> None:
    link = reports_to(GRAPH, BHXH)[0]
    assert link == reports_to(ResponsibilityGraph([load_bundled("hue-2023")]), BHXH)[0]
    assert hash(link) == hash(attrs.evolve(link))
    moved = attrs.evolve(link, rule="V.9")
    assert moved != link
    assert repr(moved) != repr(link)
    rule = PLAN.reporting_rules[0]
    fewer = attrs.evolve(rule, reporters=rule.reporters[:1] * len(rule.reporters))
    assert repr(fewer) == repr(rule)  # the same count of reporters ...
    assert fewer != rule  # ... but every field still tells them apart
    (succession,) = lead_successions(GRAPH, "PL.I.4", "2026-11-22")
    assert succession == lead_successions(GRAPH, "PL.I.4", "2026-11-22")[0]
    assert attrs.evolve(succession, events=succession.events[:1]) != succession


def test_the_new_reprs_say_the_right_things() -> None:
    (succession,) = lead_successions(GRAPH, "PL.I.4", "2026-11-22")
    assert repr(succession) == ("Succession('thua-thien-hue/so-ldtbxh', on=2026-11-22, "
                                "function='labour_relations', agencies=('hue/so-noi-vu',), "
                                f"events={len(succession.events)})")
    link = reports_to(GRAPH, "thua-thien-hue/ldld")[0]
    assert repr(link).startswith("ReportingLink('thua-thien-hue/ldld', 'thua-thien-hue/ubnd', "
                                 "via='thua-thien-hue/so-ldtbxh', rule='V.1', due=")
    assert str(link.due) in repr(link)
    rule = PLAN.reporting_rules[0]
    assert f"reporters={len(rule.reporters)}," in repr(rule)
    assert repr(rule).startswith(f"ReportingRule({rule.id!r}")
    preview = reassignment_preview(PLAN, "2026-11-22")
    lead = next(item for item in preview if item.task == "PL.I.4" and item.role == "lead")
    assert repr(lead) == ("Reassignment('PL.I.4', 0, 'thua-thien-hue/so-ldtbxh', role='lead', "
                          "status='reassigned', proposed=('hue/so-noi-vu',))")
    reminder = task_reminders(PLAN, "2023-12-26")[0]
    state = reminder.state
    assert repr(reminder).startswith(f"TaskReminder({state.task.id!r}, deadline={state.deadline}")
    assert f"days_left={reminder.days_left}" in repr(reminder)
    frame = undated_tasks(PLAN)[0]
    assert repr(frame) == "TaskTimeframe('PL.IV.1', frame='định kỳ', source='task')"
    talk = load_bundled("ha-noi-2019").dialogues[0]
    assert talk.counts is not None
    assert repr(talk).endswith(f"recommendations=0, counted={talk.counts.total})")
    (report,) = load_bundled("ha-noi-2019").reports
    assert repr(report).endswith(f"indicators={len(report.indicators)})")
    long_one = open_recommendations(_RECOMMENDED, "2024-06-01")[0]
    assert "…'" in repr(long_one)
    assert "due=2024-05-01" in repr(long_one)


def test_the_remaining_tables_show_the_right_rows() -> None:
    links = reporters_of(GRAPH, "thua-thien-hue/ubnd")
    lines = repr(links).splitlines()
    assert lines[0] == f"{len(links)} rows of ReportingLink"
    assert lines[1].split()[:3] == ["rule", "reporter", "recipient"]
    assert lines[2].startswith(links[0].rule)
    assert shorten(links[0].reporter.name, 45) in lines[2]
    reminders_due = task_reminders(PLAN, "2023-12-26")
    full = str(reminders_due).splitlines()
    assert len(full) == 1 + len(reminders_due)
    assert all(line.split()[0] == reminder.state.task.id for line, reminder in zip(full[1:], reminders_due,
                                                                                   strict=True))
    preview = reassignment_preview(PLAN, "2026-11-22")
    assert repr(preview).splitlines()[-1] == f"… {len(preview) - SHOWN_ROWS} more (print() shows them all)"
    assert preview[0].agency.name[:20] in repr(preview).splitlines()[2]
    frames = str(task_timeframes(PLAN)).splitlines()
    assert {line.split()[0] for line in frames[1:]} == {item.task.id for item in task_timeframes(PLAN)}


@QUERIES
def test_every_query_result_survives_pickle_and_copies(query: object) -> None:
    # A result handed to another process or kept in a cache comes back equal, as rows.
    assert callable(query)
    rows = query()
    for back in (pickle.loads(pickle.dumps(rows)), copy.deepcopy(rows), copy.copy(rows)):
        assert back == rows
        assert isinstance(back, Rows)
