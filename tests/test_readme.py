"""The README's examples run, and say what they print."""

from __future__ import annotations

import doctest
from pathlib import Path

README = Path(__file__).parents[1] / "README.md"


def test_readme_examples_run() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.count(">>> ") >= 20  # the examples are there to be run, not only shown
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, "README.md", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, f"{runner.failures} README example(s) failed; see the output above"


def test_readme_opens_with_the_two_commands() -> None:
    head = README.read_text(encoding="utf-8").split("```")[1]
    assert 'examples/who_leads.py "Hội thi tìm hiểu pháp luật lao động"' in head
    assert "python3 -m pytest" in head
