"""Fuzz the graph's searches: ``who_leads``, ``find_tasks`` and ``suggest_titles`` over every
bundled programme.

The first byte picks the search. (A first run, on the graph before its title
index, found ``suggest_titles`` taking a second on a title of 124 characters; the
graph's owner has since bounded queries to 2,000 characters and indexed titles.)

    python3 fuzz/fuzz_search.py -max_total_time=600 -timeout=10 -max_len=4096
"""

from __future__ import annotations

from collections.abc import Iterator

from _harness import bundled_strings, main, text_of

from quanhelaodong import ResponsibilityGraph, bundled_names, find_tasks, load_bundled, who_leads
from quanhelaodong.graph import leads, suggest_titles

_GRAPH = ResponsibilityGraph([load_bundled(name) for name in bundled_names()])
# The first query builds the graph's indexes; that is not what the fuzzer should time.
who_leads(_GRAPH, "Hội thi")
find_tasks(_GRAPH, "Hội thi")
suggest_titles(_GRAPH, "Hội thi")


def target(data: bytes) -> None:
    if not data:
        return
    query = text_of(data[1:])
    which = data[0] % 3
    if which == 0:
        for found in who_leads(_GRAPH, query)[:3]:
            assert found.leads is not None
    elif which == 1:
        for match in find_tasks(_GRAPH, query)[:3]:
            leads(_GRAPH, match)
    else:
        suggest_titles(_GRAPH, query)


def seeds() -> Iterator[bytes]:
    for index, title in enumerate(sorted(set(bundled_strings("title")))):
        yield bytes([index % 3]) + title.encode("utf-8")


if __name__ == "__main__":
    main("search", target, seeds)
