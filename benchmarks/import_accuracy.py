"""How well `parse_plan` reads real documents: the hand-labelled corpus in tests/corpus.

Prints, for the development set and the test set (fixed by the rule in
tests/corpus/README.md) and per document kind: labelled tasks found, tasks found
with the right lead, lead and partner precision and recall, time phrases
recovered, document numbers right. Run: ``python3 benchmarks/import_accuracy.py``
(``--documents`` adds one line per document).

Names are compared as written, ignoring case, diacritics and punctuation
(``quanhelaodong.text.match_key``), one containing the other counting as a match:
the labels copy names exactly as the text writes them, and the reader keeps what
it read (``Assignment.as_written``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quanhelaodong import DocumentRef, QuanHeLaoDongError, Role, parse_plan
from quanhelaodong.programmes import CoordinationProgramme, Task
from quanhelaodong.text import fold, match_key

CORPUS = Path(__file__).parents[1] / "tests" / "corpus" / "documents"


def in_test_set(document_id: str) -> bool:
    """The rule fixed before tuning: the first hex digit of SHA-1(id) is 0–3."""
    return hashlib.sha1(document_id.encode("utf-8")).hexdigest()[0] in "0123"


def load_corpus(directory: Path = CORPUS) -> list[dict[str, Any]]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))]


def same_name(label: str, written: str) -> bool:
    a, b = match_key(label), match_key(written)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def _words(text: str) -> str:
    return " ".join(fold(text).replace("\n", " ").split())


def same_task(excerpt: str, task: Task) -> bool:
    """A labelled excerpt and a task read from the same passage."""
    head, title = _words(excerpt)[:40], _words(task.title)
    start = _words(task.title)[:40]
    return bool(title) and (head in title or start in _words(excerpt))


@dataclass
class Counts:
    documents: int = 0
    labelled_tasks: int = 0
    found_tasks: int = 0
    right_lead: int = 0
    lead_true: int = 0
    lead_predicted_right: int = 0
    lead_predicted: int = 0
    lead_labelled: int = 0
    partner_true: int = 0
    partner_predicted_right: int = 0
    partner_predicted: int = 0
    partner_labelled: int = 0
    timeframes_labelled: int = 0
    timeframes_found: int = 0
    numbers_labelled: int = 0
    numbers_right: int = 0
    reports_labelled: int = 0
    reports_found: int = 0
    crashed: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.crashed.extend(other.crashed)


def _names(task: Task, role: Role) -> list[str]:
    return [a.as_written or a.agency for a in task.assignments if a.role is role]


def _leads(task: Task) -> list[str]:
    # A key task that names only implementing units gives them the work: they lead it.
    return _names(task, Role.LEAD) or _names(task, Role.IMPLEMENTER)


def _matched(labels: Iterable[str], written: Sequence[str]) -> int:
    return sum(any(same_name(label, name) for name in written) for label in labels)


def score(document: dict[str, Any]) -> Counts:
    counts = Counts(documents=1)
    labels = document["labels"]
    try:
        programme: CoordinationProgramme | None = parse_plan(document["text"]).programme
    except QuanHeLaoDongError as error:
        counts.crashed.append(f"{document['id']}: {error}")
        programme = None
    tasks = [t for t in (programme.tasks if programme else ()) if t.assignments]
    used: set[int] = set()
    for labelled in labels["tasks"]:
        counts.labelled_tasks += 1
        counts.lead_labelled += len(labelled["lead"])
        counts.partner_labelled += len(labelled["partners"])
        counts.timeframes_labelled += labelled["timeframe"] is not None
        match = next((i for i, task in enumerate(tasks)
                      if i not in used and same_task(labelled["excerpt"], task)), None)
        if match is None:
            continue
        used.add(match)
        task = tasks[match]
        counts.found_tasks += 1
        leads, partners = _leads(task), _names(task, Role.PARTNER)
        # Recall counts the labelled names found; precision the names read that are labelled
        # (one name read may cover two labels, or two names one label).
        counts.lead_true += _matched(labelled["lead"], leads)
        counts.partner_true += _matched(labelled["partners"], partners)
        counts.lead_predicted_right += _matched(leads, labelled["lead"])
        counts.partner_predicted_right += _matched(partners, labelled["partners"])
        if (_matched(labelled["lead"], leads) == len(labelled["lead"])
                and _matched(leads, labelled["lead"]) == len(leads)):
            counts.right_lead += 1
        if labelled["timeframe"] is not None and task.timeframe is not None:
            counts.timeframes_found += same_name(labelled["timeframe"], str(task.timeframe))
    counts.lead_predicted += sum(len(_leads(task)) for task in tasks)
    counts.partner_predicted += sum(len(_names(task, Role.PARTNER)) for task in tasks)
    rules = programme.reporting_rules if programme else ()
    for report in labels.get("reports", []):
        counts.reports_labelled += 1
        # Found when a rule read from the text names the same recipient and the same time.
        counts.reports_found += any(
            _words(report["recipient"]) in _words(rule.as_written or "")
            and report["due"] is not None and same_name(report["due"], str(rule.due))
            for rule in rules)
    if labels.get("number"):
        counts.numbers_labelled += 1
        try:
            wanted = DocumentRef.parse(labels["number"]).symbol
        except QuanHeLaoDongError:
            wanted = labels["number"]
        got = programme.document.symbol if programme and programme.document else None
        counts.numbers_right += got == wanted
    return counts


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:5.1f}%" if whole else "n/a"


def report(name: str, counts: Counts) -> list[str]:
    return [
        f"{name}: {counts.documents} documents, {counts.labelled_tasks} labelled tasks",
        f"  tasks found                 {_ratio(counts.found_tasks, counts.labelled_tasks)}",
        f"  tasks found with right lead {_ratio(counts.right_lead, counts.labelled_tasks)}",
        f"  lead precision              {_ratio(counts.lead_predicted_right, counts.lead_predicted)}",
        f"  lead recall                 {_ratio(counts.lead_true, counts.lead_labelled)}",
        f"  partner precision           {_ratio(counts.partner_predicted_right, counts.partner_predicted)}",
        f"  partner recall              {_ratio(counts.partner_true, counts.partner_labelled)}",
        f"  time phrases recovered      {_ratio(counts.timeframes_found, counts.timeframes_labelled)}",
        f"  document numbers right      {_ratio(counts.numbers_right, counts.numbers_labelled)}",
        f"  reporting duties found      {_ratio(counts.reports_found, counts.reports_labelled)}",
        *(f"  not read at all: {line}" for line in counts.crashed),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--documents", action="store_true",
                        help="one line per development document too (never the test set)")
    parser.add_argument("--dev-only", action="store_true",
                        help="the development set alone, for tuning without seeing test figures")
    args = parser.parse_args(argv)
    corpus = load_corpus()
    splits = (("development set", False),) if args.dev_only else (
        ("development set", False), ("test set", True))
    for split, wanted in splits:
        chosen = [d for d in corpus if in_test_set(d["id"]) is wanted]
        total = Counts(documents=0)
        by_kind: dict[str, Counts] = {}
        for document in chosen:
            counts = score(document)
            total.add(counts)
            by_kind.setdefault(document["kind"], Counts(documents=0)).add(counts)
            if args.documents and not wanted:  # never look inside the test set
                print(f"  {document['id']:<55} tasks {counts.found_tasks}/{counts.labelled_tasks} "
                      f"right lead {counts.right_lead}")
        print("\n".join(report(split.upper(), total)))
        for kind, counts in sorted(by_kind.items()):
            print("\n".join(report(f" {split}, {kind}", counts)[:3]))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
