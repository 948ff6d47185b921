"""Docstrings as the reference pages show them: doctest runs fenced, Sphinx roles as links.

The library's docstrings are plain text with doctest examples and Sphinx-style roles
(``:func:`who_leads```); they are written for ``help()`` and for doctest, not for
Markdown. Without this, Markdown reads ``[a.name for a in ...]`` in an example as a
link and joins the example's lines into one paragraph. The sources stay as they are:
this griffe extension rewrites the text mkdocstrings renders, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import griffe

#: ``:func:`target```, ``:class:`~quanhelaodong.agencies.Agency``` and the like.
_ROLE = re.compile(r":(?:func|class|meth|attr|mod|data|exc|obj):`(~?)([\w.]+)(?:\(\))?`")

#: A role's target found in scope: the full path it names, or None where the name is not the library's.
Resolver = Callable[[str], "str | None"]


def _fenced_examples(text: str) -> str:
    # A doctest run is its ">>>" lines, their "..." continuations and the output
    # after them, up to a blank line: doctest's own reading of an example.
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.lstrip().startswith(">>>"):
            out.append(line)
            index += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        if out and out[-1].strip():
            out.append("")  # a fence must open a block of its own
        out.append(f"{indent}```pycon")
        while index < len(lines) and lines[index].strip():
            out.append(lines[index])
            index += 1
        out.append(f"{indent}```")
    return "\n".join(out)


def rendered(text: str, resolve: Resolver) -> str:
    """The Markdown the reference shows for one docstring.

    A role whose target ``resolve`` finds becomes a link to it; any other, a name in code.

    >>> found = {"who_leads": "quanhelaodong.graph.who_leads"}.get
    >>> text = "See :func:`who_leads`, not :meth:`str.split`.\\n>>> [1, 2][0]\\n1"
    >>> for line in rendered(text, found).splitlines():
    ...     print(repr(line))
    'See [`who_leads`][quanhelaodong.graph.who_leads], not `str.split`.'
    ''
    '```pycon'
    '>>> [1, 2][0]'
    '1'
    '```'
    """

    def link(role: re.Match[str]) -> str:
        short, target = role.group(1), role.group(2)
        shown = target.rsplit(".", 1)[-1] if short else target
        path = resolve(target)
        return f"[`{shown}`][{path}]" if path else f"`{shown}`"

    pieces = re.split(r"(```pycon\n.*?```)", _fenced_examples(text), flags=re.DOTALL)
    # Roles inside an example are code, not prose: only the text between fences is linked.
    return "".join(piece if piece.startswith("```") else _ROLE.sub(link, piece) for piece in pieces)


def _resolver(obj: griffe.Object) -> Resolver:
    """Names as Python would find them from ``obj``: its own members, then each enclosing scope's."""

    def resolve(target: str) -> str | None:
        if target.startswith("quanhelaodong."):
            return target
        first, _, rest = target.partition(".")
        scope: griffe.Object | None = obj
        while scope is not None:
            member = scope.members.get(first)
            if member is not None:
                base = member.target_path if isinstance(member, griffe.Alias) else member.path
                full = f"{base}.{rest}" if rest else base
                return full if full.startswith("quanhelaodong.") else None
            scope = scope.parent
        return None

    return resolve


def _documented(obj: griffe.Object) -> Iterator[griffe.Object]:
    yield obj
    for member in obj.members.values():
        if not isinstance(member, griffe.Alias):  # an alias is documented where it is defined
            yield from _documented(member)


class DocstringsForMarkdown(griffe.Extension):
    """Rewrites every docstring of the package, once it is loaded, into the Markdown the reference renders."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for obj in _documented(pkg):
            if obj.docstring is not None:
                obj.docstring.value = rendered(obj.docstring.value, _resolver(obj))
