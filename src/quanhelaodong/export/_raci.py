"""The RACI matrix of :func:`quanhelaodong.graph.raci_matrix` as CSV and as a Markdown table.

The letters are the graph's RASCI letters: "A" the lead ("chủ trì"), "S" a
partner ("phối hợp"), "R" an implementing unit of a task with no split, "I" a
monitoring body ("theo dõi"); a cell may hold two letters. Rows are tasks
(headings that only group are left out), columns the agencies that hold a task,
both in document order.
"""

from __future__ import annotations

import csv
import io

from quanhelaodong.graph import ResponsibilityGraph, raci_matrix

__all__ = ["raci_csv", "raci_markdown"]

#: The first columns of every row, before one column per agency.
CSV_COLUMNS = ("programme", "task", "title")


def _rows(graph: ResponsibilityGraph) -> tuple[list[str], list[list[str]], dict[str, str]]:
    """Agency names, then one row per task (programme, task id, title, cells), and the legend."""
    matrix = raci_matrix(graph)
    names = [graph.nx.nodes[agency]["agency"].name for agency in matrix["agencies"]]
    rows = []
    for key, cells in zip(matrix["tasks"], matrix["cells"], strict=True):
        ref = graph.nx.nodes[key]["ref"]
        rows.append([ref.programme, ref.task.id, ref.task.title, *cells])
    return names, rows, matrix["legend"]


def raci_csv(graph: ResponsibilityGraph) -> str:
    """The matrix as CSV: a header row (programme, task, title, then each agency's name), one row per task.

    >>> import csv, io
    >>> from quanhelaodong.io import load_bundled
    >>> rows = list(csv.reader(io.StringIO(raci_csv(ResponsibilityGraph([load_bundled("hue-2023")])))))
    >>> header = rows[0]
    >>> pl_i_4 = next(row for row in rows if row[1] == "PL.I.4")
    >>> pl_i_4[header.index("Bảo hiểm xã hội tỉnh Thừa Thiên Huế")]
    'S'
    """
    names, rows, _ = _rows(graph)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, *names])
    writer.writerows(rows)
    return buffer.getvalue()


def _cell(text: str) -> str:
    # A "|" would end the cell and a line break the row.
    return " ".join(text.split()).replace("|", "\\|")


def raci_markdown(graph: ResponsibilityGraph) -> str:
    """The matrix as a Markdown page: a title, the table, and the legend of its letters.

    The task column holds the task id (``programme:task`` when several
    programmes are loaded); the title follows in full.

    >>> from quanhelaodong.io import load_bundled
    >>> page = raci_markdown(ResponsibilityGraph([load_bundled("hue-2023")]))
    >>> next(line for line in page.splitlines() if line.startswith("| PL.I.4 "))[:60]
    '| PL.I.4 | Hội thi tìm hiểu pháp luật lao động, Luật Công đo'
    >>> page.splitlines()[-4:]
    ['- **A**: chủ trì', '- **S**: phối hợp', '- **R**: đơn vị thực hiện', '- **I**: theo dõi']
    """
    names, rows, legend = _rows(graph)
    several = len(graph.programmes) > 1
    programmes = ", ".join(str(p.document) if p.document is not None else p.id for p in graph.programmes)
    lines = [f"# Ma trận trách nhiệm: {_cell(programmes)}", "",
             "| " + " | ".join(["Nhiệm vụ", "Nội dung", *(_cell(name) for name in names)]) + " |",
             "|" + "|".join(["---", "---", *([":-:"] * len(names))]) + "|"]
    for programme, task, title, *cells in rows:
        task_cell = f"{programme}:{task}" if several else task
        lines.append("| " + " | ".join([_cell(task_cell), _cell(title), *cells]) + " |")
    lines += ["", "Chú giải:", ""]
    lines += [f"- **{letter}**: {meaning}" for letter, meaning in legend.items()]
    return "\n".join(lines) + "\n"
