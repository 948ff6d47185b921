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
    DueDate,
    ReasoningStep,
    RelativePeriod,
    citation_problems,
    legal_provision,
    limitation_end,
    limitation_periods,
    month_marker,
    parse_timeframe,
    period_before,
    statutory_rules,
    window_opening,
    year_marker,
)
from quanhelaodong.errors import InvalidValueError, UnknownRuleError
from quanhelaodong.followup import task_statuses
from quanhelaodong.io import load_bundled

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
    # Time phrases read into dates: month markers, a period from a date, from an event.
    for phrase in ("cuối tháng 5/2025", "giữa tháng 02/2024", "đầu tháng 3 năm 2025",
                   "trong 10 ngày kể từ ngày 15/01/2025"):
        frame = parse_timeframe(phrase)
        assert isinstance(frame, DueDate), phrase
        steps += frame.steps
    relative = parse_timeframe("trong 10 ngày làm việc kể từ ngày nhận được đơn")
    assert isinstance(relative, RelativePeriod)
    steps += relative.resolve("2025-04-21").steps
    for period in limitation_periods():
        spans = [("2025-02-01", "2025-02-10")] if period.suspensions else []
        again = ["2025-03-01"] if period.restarts else []
        steps += limitation_end(period, "2025-01-15", suspended=spans, restarted=again).steps
    citations = [step.citation for step in steps]
    citations += [rule.citation for rule in statutory_rules()]
    for period in limitation_periods():
        citations += [period.citation, *(part.citation for part in period.suspensions),
                      *(part.citation for part in period.restarts)]
    # The follow-up cites the Civil Code when a deadline rolls over (its other sources,
    # the plan and the Government Office's grid, are not legal provisions of the table).
    followed = [step.citation for state in task_statuses(load_bundled("hue-2023"), "2024-01-05")
                for step in state.steps if "Dân sự" in step.citation]
    assert followed
    return citations + followed


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


# Civil Code references written in prose, anywhere in the library and its docs: "Art.
# 148(5)", "Điều 146(2)(a)", bare "148(5)", spans "148(1)–(4)", and the Vietnamese "khoản 5
# Điều 148", "điểm a khoản 1 Điều 146". Articles 144–157 are the Civil Code's counting and
# limitation articles; no other document the library cites is referred to by those numbers.
_CIVIL_REF = re.compile(r"(?<![\d/])(1(?:4[4-9]|5[0-7]))((?:\((?:\d+|[a-zđ])\))+)(?:–\((\d+)\))?")
_CIVIL_REF_VI = re.compile(r"(?:điểm\s+([a-zđ])\s+)?khoản\s+(\d+)\s+Điều\s+(1(?:4[4-9]|5[0-7]))(?!\d)",
                           re.IGNORECASE)
_OTHER_DOCUMENT = re.compile(r"Lao động|Labour Code|Tố tụng|Procedure|Nghị định|Decree|Nghị quyết")
_CIVIL_DOCUMENT = re.compile(r"Dân sự 2015 \(91|Civil Code|BLDS")
#: What a reference claims, read from the words before it: a roll-over must cite 148(5),
#: the end at 24:00 148(6), a period that starts with an event 147(3).
_MEANINGS = (
    (re.compile(r"roll|next working day|working day, else the next|ngày làm việc (?:tiếp theo|kế tiếp)",
                re.IGNORECASE), "148(5)", "the roll-over to the next working day"),
    (re.compile(r"24:00|2400"), "148(6)", "the end of the last day at 24:00"),
    (re.compile(r"(?<![a-z])event|sự kiện|nhận được|discover|phát hiện", re.IGNORECASE), "147(3)",
     "a period that starts with an event"),
)
_BOUNDARY = re.compile(r"(?<!Art)\.\s|;|\n\s*\n|\||\n\s*[*#-] |\}")
#: What a bracket holds besides the citation itself ("Civil Code 2015 Art. ", "Bộ luật Dân sự …, Điều ").
_FURNITURE = re.compile(r"Bộ\s+luật\s+Dân\s+sự\s+2015|\(91/2015/QH13\)|Civil\s+Code|Art\.|Articles?|Điều"
                        r"|by\s+analogy\s+with|\d+|[^\w]")


#: A reference followed by what it says: "Art. 148(5) [C]: if the last day …".
_DEFINITION = re.compile(r"\s*(?:\[[A-Z]\*?\]\s*)?:")


def _claim(text: str, start: int, previous_end: int) -> str:
    """The words a reference at ``start`` annotates, back to the previous reference or sentence.

    A reference in brackets annotates the words inside them ("(a limitation period is a
    period, Art. 149(1))"), or, when they hold only the citation, the words before them
    ("the next working day (Art. 148(5))").
    """
    window = text[max(previous_end, start - 240):start]
    depth = 0
    for at in range(len(window) - 1, -1, -1):
        if window[at] in ")]":
            depth += 1
        elif window[at] in "([":
            if depth == 0:
                inside = window[at + 1:]
                window = inside if _FURNITURE.sub("", inside) else window[:at]
                break
            depth -= 1
    cut = list(_BOUNDARY.finditer(window))
    return " ".join((window[cut[-1].end():] if cut else window).split())


def _meaning(claim: str) -> tuple[str, str] | None:
    """The clause the words nearest the reference call for, and what it is for."""
    found = [(match.end(), expected, meaning) for words, expected, meaning in _MEANINGS
             for match in words.finditer(claim)]
    if not found:
        return None
    _, expected, meaning = max(found)
    return expected, meaning


def _references(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, references as "148(5)") of every Civil Code reference in ``text``; a span
    "148(1)–(4)" gives both ends."""
    found = []
    for match in _CIVIL_REF.finditer(text):
        article, parts = match.group(1), re.findall(r"\((\w+)\)", match.group(2))
        refs = [f"{article}({parts[0]})" + (f"({parts[1]})" if len(parts) > 1 else "")]
        if match.group(3):
            refs.append(f"{article}({match.group(3)})")
        found.append((match.start(), match.end(), refs))
    for match in _CIVIL_REF_VI.finditer(text):
        point = f"({match.group(1).lower()})" if match.group(1) else ""
        found.append((match.start(), match.end(), [f"{match.group(3)}({match.group(2)}){point}"]))
    return sorted(found)


def prose_citation_problems(text: str) -> list[str]:
    """Civil Code references in ``text`` that name a clause the table lacks, or the wrong clause
    for what the words before them say (lines that say "wrong on purpose" are skipped)."""
    text = "\n".join("" if "wrong on purpose" in line else line for line in text.splitlines())
    problems = []
    previous_end = 0
    found = _references(text)
    for number, (start, end, refs) in enumerate(found):
        claim = _claim(text, start, previous_end)
        previous_end = end
        after = text[end:found[number + 1][0] if number + 1 < len(found) else end + 240]
        defined = _DEFINITION.match(after)
        if defined:  # "Art. 148(5) [C]: if the last day ...": the words after it, if not before
            rest = after[defined.end():]
            boundary = _BOUNDARY.search(rest)
            if _meaning(claim) is None:
                claim = " ".join(rest[:boundary.start() if boundary else None].split())
        documents = [(found.start(), found.re is _CIVIL_DOCUMENT)
                     for pattern in (_OTHER_DOCUMENT, _CIVIL_DOCUMENT) for found in pattern.finditer(claim)]
        if documents and not max(documents)[1]:
            continue  # the nearest document named before it is not the Civil Code
        for ref in refs:
            cited = f"{CIVIL['cite_as']}, Điều {ref}"
            problems += [f"{ref}: {problem}" for problem in citation_problems(cited)]
        meaning = _meaning(claim)
        if meaning is not None and len(refs) == 1 and refs[0] != meaning[0]:
            problems.append(f"{refs[0]} cited for {meaning[1]} ({claim!r}): that is Art. {meaning[0]}")
    return problems


_PROSE = sorted({*ROOT.glob("src/quanhelaodong/**/*.py"), *ROOT.glob("src/quanhelaodong/**/data/*.json"),
                 *ROOT.glob("docs/**/*.md"), ROOT / "README.md", *ROOT.glob("examples/**/*.py"),
                 *ROOT.glob("tests/deadlines/*.py")})


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", _PROSE, ids=_name)
def test_prose_cites_civil_code_clauses_that_exist_and_fit(path: Path) -> None:
    assert prose_citation_problems(path.read_text(encoding="utf-8")) == []


def test_the_prose_check_covers_the_whole_library() -> None:
    names = {_name(path) for path in _PROSE}
    assert {"src/quanhelaodong/followup/_task_status.py", "src/quanhelaodong/followup/_occurrences.py",
            "src/quanhelaodong/followup/_obligations.py", "docs/followup.md", "docs/deadlines.md",
            "src/quanhelaodong/deadlines/data/limitations.json", "README.md"} <= names


def test_the_prose_check_can_fail() -> None:
    wrong = "148(1)(a)"  # wrong on purpose
    assert prose_citation_problems(f"the end (Art. {wrong})")
    assert prose_citation_problems("moves to the next working day (Art. 148(2))")  # wrong on purpose
    assert prose_citation_problems("rolls over (148(1))")  # wrong on purpose
    assert prose_citation_problems("the last day ends at 24:00 (Art. 148(1))")  # wrong on purpose
    assert prose_citation_problems("a period from an event (Điều 147(2))")  # wrong on purpose
    assert prose_citation_problems("ends under Art. 148(1)–(7)")  # wrong on purpose
    assert prose_citation_problems("sang ngày làm việc tiếp theo (khoản 2 Điều 148)")  # wrong on purpose
    assert prose_citation_problems("Art.148(2): rolls over")  # wrong on purpose
    assert prose_citation_problems("the next working day (khoản 5 Điều 148 Bộ luật Dân sự)") == []
    assert prose_citation_problems("rolls over (Art. 148(5)); the last day ends at 24:00 (148(6))") == []
    assert prose_citation_problems("Bộ luật Lao động 2019, Điều 150(2)") == []  # not the Civil Code


#: Lines that write "148(5)" as an example of how a reference looks, not to cite the roll-over.
_SYNTAX_EXAMPLES = re.compile(r"reference like 148|A reference inside one document|>>> citation_problems\(")


def _rollover_positions(text: str) -> list[int]:
    """Where ``text`` cites the roll-over, Art. 148(5) (syntax examples left out)."""
    return [found.start() for found in re.finditer(re.escape("148(5)"), text)
            if not _SYNTAX_EXAMPLES.search(text[text.rfind("\n", 0, found.start()) + 1:
                                                text.find("\n", found.start())])]


_ROLLOVER = [(path, index) for path in _PROSE if not path.name.startswith("test_")
             for index in range(len(_rollover_positions(path.read_text(encoding="utf-8"))))]


def _id(value: object) -> str:
    return _name(value) if isinstance(value, Path) else str(value)


@pytest.mark.parametrize(("path", "index"), _ROLLOVER, ids=_id)
def test_a_wrong_clause_for_any_rollover_would_be_caught(path: Path, index: int) -> None:
    # Every roll-over citation of the library and its docs, written with clause 2 instead,
    # fails the check: the words before it say what it is for.
    text = path.read_text(encoding="utf-8")
    at = _rollover_positions(text)[index]
    changed = text[:at] + "148(2)" + text[at + len("148(5)"):]  # wrong on purpose
    assert any("the roll-over" in problem for problem in prose_citation_problems(changed))


def test_the_rollover_is_cited_outside_the_deadlines_too() -> None:
    files = {_name(path) for path, _ in _ROLLOVER}
    assert {"src/quanhelaodong/followup/_occurrences.py", "src/quanhelaodong/followup/_obligations.py",
            "docs/followup.md"} <= files


@pytest.mark.parametrize("key", [None, 5, ["civil_rollover"], {"civil_rollover": 1}])
def test_a_provision_that_is_no_id_is_unknown(key: object) -> None:
    with pytest.raises(UnknownRuleError):
        legal_provision(key)  # type: ignore[arg-type]


@pytest.mark.parametrize("citation", [None, 148, b"Bo luat", ["Điều 148(5)"]])
def test_a_citation_that_is_no_text_is_refused(citation: object) -> None:
    with pytest.raises(InvalidValueError):
        citation_problems(citation)  # type: ignore[arg-type]


def test_the_employer_fixes_its_weekly_rest_under_article_111_clause_2() -> None:
    # Labour Code 2019 Art. 111: (1) at least 24 hours' rest a week; (2) the employer fixes the
    # rest day in its internal rules; (3) a holiday on the rest day gives the next working day.
    assert legal_provision("employer_week").refs == ("111(2)",)
    assert legal_provision("holiday_in_lieu").refs == ("111(3)",)


def test_a_citation_with_no_reference_after_dieu_is_a_problem() -> None:
    assert citation_problems("Bộ luật Dân sự 2015 (91/2015/QH13), Điều ")
    assert citation_problems("Bộ luật Dân sự 2015 (91/2015/QH13)") == []  # a document cited whole
