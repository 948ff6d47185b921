"""The library's legal sources as one table: documents, their articles, and the provisions cited.

``deadlines/data/legal_sources.json`` lists each document the library relies on
with the articles it cites, each article's clauses and each clause's lettered
points, and names the provisions its reasoning cites ("civil_rollover" is Civil
Code 2015 Art. 148(5)). Every citation the library prints is built from this table
(:func:`cite`) or checked against it (:func:`citation_problems`), so a citation
cannot name a clause or a point the text does not have.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from quanhelaodong.errors import InvalidValueError, UnknownRuleError

__all__ = ["LegalProvision", "citation_problems", "cite", "cite_ref", "legal_provision"]

#: A reference inside one document: "148(5)", "63(2)(b)", "151" or a span "147–148".
_REF = re.compile(r"^(?P<article>\d+)(?:\((?P<clause>\d+)\))?(?:\((?P<point>[a-zđ])\))?$")
_SPAN = re.compile(r"^(?P<first>\d+)[–-](?P<last>\d+)$")
#: Words before a citation that say how it is used rather than what it cites.
_USE = ("by analogy with ", "counted back by analogy with ")


@functools.cache
def _table() -> dict[str, Any]:
    raw = resources.files("quanhelaodong.deadlines").joinpath("data", "legal_sources.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(raw)
    return table


@attrs.frozen
class LegalProvision:
    """A provision the library's reasoning cites, as its table of legal sources records it.

    >>> rollover = legal_provision("civil_rollover")
    >>> rollover.citation
    'Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(5)'
    >>> rollover.confidence, legal_provision("civil_start_event").refs
    ('C', ('147(3)',))
    """

    id: str
    document: str
    refs: tuple[str, ...]
    summary: str
    confidence: str

    @property
    def citation(self) -> str:
        """The citation as the library prints it: the document, then "Điều" and the references."""
        cite_as = _table()["documents"][self.document]["cite_as"]
        return f"{cite_as}, Điều {', '.join(self.refs)}"


def legal_provision(key: str) -> LegalProvision:
    """The provision ``key`` from the table of legal sources.

    >>> legal_provision("civil_end_months").refs
    ('148(3)',)
    """
    entry = _table()["provisions"].get(key) if isinstance(key, str) else None
    if entry is None:
        known = ", ".join(sorted(_table()["provisions"]))
        raise UnknownRuleError(f"no legal provision {key!r}; known: {known}")
    return _provision(key)


@functools.cache
def _provision(key: str) -> LegalProvision:
    entry = _table()["provisions"][key]
    return LegalProvision(key, entry["document"], tuple(entry["refs"]), entry["summary"],
                          entry["confidence"])


def cite(key: str) -> str:
    """The citation of provision ``key``: the one place reasoning steps take it from."""
    return legal_provision(key).citation


def _ref_problems(document: dict[str, Any], name: str, ref: str) -> list[str]:
    articles: dict[str, Any] = document["articles"]
    span = _SPAN.match(ref)
    if span:
        return [f"{name} has no Article {number} in the table"
                for number in (span["first"], span["last"]) if number not in articles]
    match = _REF.match(ref)
    if match is None:
        return [f"{ref!r} is not a reference like 148(5) or 63(2)(b)"]
    article = articles.get(match["article"])
    if article is None:
        return [f"{name} has no Article {match['article']} in the table"]
    clauses: dict[str, list[str]] = article["clauses"]
    if match["clause"] is None:
        return [] if match["point"] is None else [f"{ref!r}: a point without a clause"]
    if match["clause"] not in clauses:
        return [f"{name} Art. {match['article']} has no clause {match['clause']} in the table"]
    points = clauses[match["clause"]]
    if match["point"] is not None and match["point"] not in points:
        has = f"points {', '.join(points)}" if points else "no lettered points"
        return [f"{name} Art. {match['article']}({match['clause']}) has {has}, not {match['point']}"]
    return []


def citation_problems(citation: str) -> list[str]:
    """What is wrong with ``citation`` against the table of legal sources (empty if nothing).

    A citation is one or more parts separated by "; ", each "<document as the table
    writes it>, Điều <ref>, <ref>…"; a document may also be cited whole.

    >>> citation_problems("Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(5)")
    []
    >>> citation_problems("Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(1)(a)")  # wrong on purpose
    ['Bộ luật Dân sự 2015 (91/2015/QH13) Art. 148(1) has no lettered points, not a']
    """
    if not isinstance(citation, str):
        raise InvalidValueError(f"a citation is a text, got {type(citation).__name__} {citation!r}")
    documents: dict[str, Any] = _table()["documents"]
    by_name = {entry["cite_as"]: entry for entry in documents.values()}
    problems: list[str] = []
    for part in citation.split("; "):
        for use in _USE:
            part = part.removeprefix(use)
        name, dieu, refs = part.partition(", Điều ")
        document = by_name.get(name.strip())
        if document is None:
            problems.append(f"{name.strip()!r} is not a document of the table of legal sources")
            continue
        if dieu and not refs.strip():
            problems.append(f"{part!r} names no article after 'Điều'")
        elif refs:
            for ref in refs.split(", "):
                problems.extend(_ref_problems(document, name.strip(), ref.strip()))
    return problems


def cite_ref(document: str, *refs: str) -> str:
    """The citation of ``refs`` in ``document`` (a key of the table), checked against the table."""
    entry = _table()["documents"][document]
    problems = [problem for ref in refs for problem in _ref_problems(entry, entry["cite_as"], ref)]
    if problems:
        raise ValueError("; ".join(problems))  # a fault of the library's own data, not of input
    return f"{entry['cite_as']}, Điều {', '.join(refs)}" if refs else entry["cite_as"]
