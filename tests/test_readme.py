"""The README opens with the two commands; its examples run with the docs' (tests/test_docs.py)."""

from __future__ import annotations

from tests.test_docs import README, RUNNABLE


def test_readme_examples_are_run_with_the_docs() -> None:
    examples = [sample for sample in RUNNABLE if sample.page == README.name and sample.language == "pycon"]
    # the examples are there to be run, not only shown
    assert sum(sample.code.count(">>> ") for sample in examples) >= 20


def test_readme_opens_with_the_two_commands() -> None:
    head = README.read_text(encoding="utf-8").split("```")[1]
    assert 'examples/who_leads.py "Hội thi tìm hiểu pháp luật lao động"' in head
    assert "python3 -m pytest" in head
