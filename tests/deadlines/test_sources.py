"""Every citation the library prints, checked against its one table of legal sources.

The table (``deadlines/data/legal_sources.json``) lists the articles, clauses and
lettered points of each document; a citation naming a clause or point the table
does not have fails here, wherever it is written: reasoning steps, the statutory
and limitation catalogues, the calendars' sources, docstrings and docs.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from quanhelaodong import WorkingCalendar, period_end, statutory_deadline
from quanhelaodong.deadlines import (
    ReasoningStep,
    citation_problems,
    legal_provision,
    limitation_periods,
    month_marker,
    period_before,
    statutory_rules,
    window_opening,
    year_marker,
)
from quanhelaodong.errors import UnknownRuleError

ROOT = Path(__file__).parent.parent.parent


def _table() -> dict[str, Any]:
    raw = resources.files("quanhelaodong.deadlines").joinpath("data", "legal_sources.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(raw)
    return table


TABLE = _table()
CIVIL = TABLE["documents"]["civil_code_2015"]


def test_the_table_has_the_civil_codes_structure() -> None:
    # Art. 148: six clauses, no lettered points; 147: three clauses.
    assert CIVIL["articles"]["148"]["clauses"] == {str(n): [] for n in range(1, 7)}
    assert list(CIVIL["articles"]["147"]["clauses"]) == ["1", "2", "3"]
    assert CIVIL["cite_as"] == "Bộ luật Dân sự 2015 (91/2015/QH13)"


@pytest.mark.parametrize(("key", "refs"), [
    ("civil_start_date", ("147(2)",)), ("civil_start_event", ("147(3)",)),
    ("civil_end_days", ("148(1)",)), ("civil_end_weeks", ("148(2)",)),
    ("civil_end_months", ("148(3)",)), ("civil_end_years", ("148(4)",)),
    ("civil_rollover", ("148(5)",)), ("civil_end_2400", ("148(6)",)),
])
def test_the_counting_provisions_name_the_right_clauses(key: str, refs: tuple[str, ...]) -> None:
    assert legal_provision(key).refs == refs


def test_every_provision_of_the_table_exists_in_its_document() -> None:
    for key in TABLE["provisions"]:
        assert citation_problems(legal_provision(key).citation) == [], key
    with pytest.raises(UnknownRuleError):
        legal_provision("civil_rollover_2")


@pytest.mark.parametrize(("citation", "fragment"), [
    ("Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(1)(a)", "no lettered points"),  # wrong on purpose
    ("Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(7)", "no clause 7"),  # wrong on purpose
    ("Bộ luật Dân sự 2015 (91/2015/QH13), Điều 158", "no Article 158"),
    ("Bộ luật Dân sự 2005, Điều 153", "not a document"),
    ("Bộ luật Lao động 2019 (45/2019/QH14), Điều 112(1)(g)", "points a, b, c, d, đ, e"),
])
def test_a_wrong_citation_is_caught(citation: str, fragment: str) -> None:
    problems = citation_problems(citation)
    assert problems
    assert fragment in problems[0]


def _printed_citations() -> list[str]:
    """Citations of every reasoning step the library builds for a spread of cases."""
    steps: list[ReasoningStep] = []
    for unit in ("day", "week", "month", "year", "working_day"):
        steps += period_end("2025-01-15", 10, unit).steps
        steps += period_end("2025-01-15", 10, unit, event="nhận được đơn").steps
        for reading in ("strict", "lenient"):
            steps += period_before("2025-02-03", 3, unit, reading=reading).steps
        steps += window_opening("2025-12-31", 2, unit).steps
    steps += month_marker(2025, 2, "end").steps + year_marker(2025, "middle").steps
    for rule in statutory_rules():
        start = rule.effective_until or rule.effective_from or "2025-01-01"
        steps += statutory_deadline(rule, start).steps
    citations = [step.citation for step in steps]
    citations += [rule.citation for rule in statutory_rules()]
    for period in limitation_periods():
        citations += [period.citation, *(part.citation for part in period.suspensions),
                      *(part.citation for part in period.restarts)]
    return citations


def test_every_citation_the_library_prints_is_in_the_table() -> None:
    no_statute = "no statutory rule"
    for citation in _printed_citations():
        if citation.startswith(no_statute):
            continue
        assert citation_problems(citation) == [], citation


def test_backward_counts_say_they_borrow_article_148_by_analogy() -> None:
    for unit in ("day", "week", "month", "year"):
        for reading in ("strict", "lenient"):
            cited = [s.citation for s in period_before("2025-02-03", 3, unit, reading=reading).steps
                     if "148" in s.citation]
            assert cited, (unit, reading)
            assert all(c.startswith("by analogy with ") for c in cited), (unit, reading)
    assert window_opening("2025-12-31", 90, "day").steps[0].citation.startswith("by analogy with ")


def _cited_in_text(text: str) -> list[str]:
    """Every "<document>, Điều <refs>" written in ``text``, as a citation to check."""
    found = []
    for document in TABLE["documents"].values():
        pattern = re.escape(document["cite_as"]) + r", Điều ((?:\d+(?:\(\d+\))?(?:\([a-zđ]\))?(?:, )?)+)"
        found += [f"{document['cite_as']}, Điều {match.group(1).rstrip(', ')}"
                  for match in re.finditer(pattern, text)]
    return found


def test_every_day_off_cites_provisions_the_table_has() -> None:
    calendars = [WorkingCalendar.state(), WorkingCalendar.employer(weekly_rest=(5, 6)),
                 WorkingCalendar.state(cultural_day_in_lieu=True)]
    seen = 0
    for calendar in calendars:
        for year in range(2008, 2036):
            for day in calendar.holidays_in(year):
                for citation in _cited_in_text(day.source):
                    seen += 1
                    assert citation_problems(citation) == [], (day, citation)
    assert seen > 1000


# "Art. 148(5)", "Điều 146(2)(a)": a Civil Code counting article with its clause (and point).
_CIVIL_REF = re.compile(r"(?:Art\.|Articles?|Điều|Civil Code)\s+(1(?:4[4-9]|5[0-7]))((?:\(\w+\))+)")
_PROSE = [ROOT / "docs" / "deadlines.md", *sorted((ROOT / "src/quanhelaodong/deadlines").glob("*.py")),
          *sorted((ROOT / "tests/deadlines").glob("*.py"))]


@pytest.mark.parametrize("path", _PROSE, ids=lambda p: p.name)
def test_prose_cites_civil_code_clauses_that_exist(path: Path) -> None:
    # Lines that write a wrong citation to show it is caught say so.
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if "wrong on purpose" not in line)
    for article, clauses in _CIVIL_REF.findall(text):
        parts = re.findall(r"\((\w+)\)", clauses)
        ref = f"{article}({parts[0]})" + (f"({parts[1]})" if len(parts) > 1 else "")
        assert citation_problems(f"{CIVIL['cite_as']}, Điều {ref}") == [], (path.name, ref)


def test_the_prose_check_can_fail() -> None:
    assert _CIVIL_REF.findall("the roll-over (Art. 148(1)(a))") == [("148", "(1)(a)")]  # wrong on purpose
    assert citation_problems(f"{CIVIL['cite_as']}, Điều 148(1)(a)")  # wrong on purpose
