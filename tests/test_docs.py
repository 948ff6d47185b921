"""Every code sample in the docs and the README runs, and shows what it prints.

The convention (``docs/contributing.md``): a fenced block's language says how it is run.

- ``pycon``: a doctest (ELLIPSIS and NORMALIZE_WHITESPACE, as for the docstrings);
- ``python``: executed; what it prints is not compared;
- ``console``: each ``$ quanhelaodong ...`` line is run through the installed command line
  and its output (stdout, then stderr) compared with the lines under it, ``...`` matching
  anything, trailing spaces ignored;
- ``sh``, ``bash``, ``text``, or no language: shown, never run (installing, diagrams).

The samples of a page run in order in one namespace, from the repository's root, as a
reader in a checkout would type them; a test of a later sample runs the earlier ones first
when they have not run already. Each sample is a test of its own, named by page and line.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

ROOT = Path(__file__).parents[1]
README = ROOT / "README.md"

RUN = frozenset({"pycon", "python", "console"})
SHOWN = frozenset({"sh", "bash", "text", ""})

#: Samples another test runs, and checks more closely than running them would: a text
#: only that sample holds, and the test that runs it. They are not run twice.
RUN_ELSEWHERE = {("docs/store.md", "threading.Thread"): "tests/store/test_guide.py"}

_FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<language>[^\s`]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$",
                    flags=re.MULTILINE | re.DOTALL)
_COMMAND = "$ quanhelaodong "
_OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@attrs.frozen
class Sample:
    """One fenced block: its page, the line of its opening fence, its language and its text."""

    page: str
    line: int
    language: str
    code: str

    @property
    def name(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def run_elsewhere(self) -> str | None:
        return next((test for (page, marker), test in RUN_ELSEWHERE.items()
                     if page == self.page and marker in self.code), None)


def samples_of(path: Path) -> list[Sample]:
    """The fenced blocks of one Markdown file, in order, their indentation removed."""
    text = path.read_text(encoding="utf-8")
    found = []
    for fence in _FENCE.finditer(text):
        indent = len(fence["indent"])
        body = "".join(line[indent:] for line in fence["body"].splitlines(keepends=True))
        found.append(Sample(str(path.relative_to(ROOT)), text.count("\n", 0, fence.start()) + 1,
                            fence["language"].lower(), body))
    return found


PAGES = [*sorted(ROOT.glob("docs/**/*.md")), README]
SAMPLES = [sample for page in PAGES for sample in samples_of(page)]
RUNNABLE = [sample for sample in SAMPLES if sample.language in RUN and sample.run_elsewhere is None]


# The namespace each page's samples share, with the index of the last sample run in it.
_pages_run: dict[str, tuple[int, dict[str, Any]]] = {}


def _run_pycon(sample: Sample, namespace: dict[str, Any]) -> dict[str, Any]:
    test = doctest.DocTestParser().get_doctest(sample.code, namespace, sample.name, sample.page, sample.line)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=_OPTIONS)
    runner.run(test, out=report.write, clear_globs=False)
    if runner.failures:
        pytest.fail(f"{sample.name}: {runner.failures} example(s) failed\n{report.getvalue()}", pytrace=False)
    return test.globs


def _run_python(sample: Sample, namespace: dict[str, Any]) -> dict[str, Any]:
    # Lines up with the page in a traceback: the code starts on the line after the fence.
    code = compile("\n" * sample.line + sample.code, sample.page, "exec")
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, namespace)
    return namespace


def _command_line() -> list[str]:
    installed = (shutil.which("quanhelaodong", path=str(Path(sys.executable).parent))
                 or shutil.which("quanhelaodong"))
    return [installed] if installed else [sys.executable, "-m", "quanhelaodong"]


def console_runs(code: str) -> list[tuple[str, str]]:
    """Each ``$ quanhelaodong`` command of a console block with the output shown under it.

    >>> console_runs("$ quanhelaodong who-leads hue-2023 Hội\\nSở ...\\n\\n$ quanhelaodong --help\\nUsage")
    [('who-leads hue-2023 Hội', 'Sở ...'), ('--help', 'Usage')]
    """
    runs: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            if not line.startswith(_COMMAND):
                raise ValueError(f"only the library's command runs in a console block, not {line!r}; "
                                 "show other commands in an sh block")
            runs.append((line.removeprefix(_COMMAND).strip(), []))
        elif runs:
            runs[-1][1].append(line)
        elif line.strip():
            raise ValueError(f"output before any command: {line!r}")
    return [(arguments, _normalised("\n".join(shown))) for arguments, shown in runs]


def _normalised(output: str) -> str:
    return "\n".join(line.rstrip() for line in output.strip("\n").splitlines())


def _run_console(sample: Sample, namespace: dict[str, Any]) -> dict[str, Any]:
    environment = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    for arguments, shown in console_runs(sample.code):
        done = subprocess.run([*_command_line(), *shlex.split(arguments)], cwd=ROOT, env=environment,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              encoding="utf-8", timeout=300, check=False)
        printed = _normalised(done.stdout)
        if not doctest.OutputChecker().check_output(shown + "\n", printed + "\n", doctest.ELLIPSIS):
            pytest.fail(f"{sample.name}: `quanhelaodong {arguments}` (exit status {done.returncode}) "
                        f"printed\n{printed}\n--- the page shows ---\n{shown}", pytrace=False)
    return namespace


_RUNNERS = {"pycon": _run_pycon, "python": _run_python, "console": _run_console}


def _run(sample: Sample, namespace: dict[str, Any]) -> dict[str, Any]:
    return _RUNNERS[sample.language](sample, namespace)


@pytest.mark.parametrize("sample", RUNNABLE, ids=lambda sample: sample.name)
def test_sample_runs_and_shows_what_it_prints(sample: Sample, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    page = [earlier for earlier in RUNNABLE if earlier.page == sample.page]
    index = page.index(sample)
    done, namespace = _pages_run.get(sample.page, (-1, {}))
    if done != index - 1:  # run alone, or after a failure: the page's earlier samples first
        namespace = {"__name__": "docs_sample"}
        for earlier in page[:index]:
            if earlier.language != "console":  # a command shares nothing with the samples after it
                namespace = _run(earlier, namespace)
    _pages_run.pop(sample.page, None)  # a failure below leaves no namespace half-run
    _pages_run[sample.page] = (index, _run(sample, namespace))


def test_every_sample_is_run_or_shown_by_a_known_convention() -> None:
    unknown = [f"{sample.name} ({sample.language})" for sample in SAMPLES
               if sample.language not in RUN | SHOWN]
    assert unknown == [], "fenced blocks in a language tests/test_docs.py neither runs nor knows to skip"


def test_the_samples_run_elsewhere_are_still_there_and_still_run() -> None:
    for (page, marker), test in RUN_ELSEWHERE.items():
        assert sum(marker in sample.code for sample in samples_of(ROOT / page)) == 1, (page, marker)
        assert Path(page).name in (ROOT / test).read_text(encoding="utf-8"), test


def test_the_docs_and_readme_have_samples_of_each_kind_that_runs() -> None:
    languages = {sample.language for sample in RUNNABLE}
    assert {"pycon", "python"} <= languages
    assert {sample.page for sample in RUNNABLE} >= {"README.md", "docs/index.md", "docs/getting-started.md"}


def test_a_wrong_output_fails() -> None:
    wrong = Sample("docs/example.md", 1, "pycon", ">>> 1 + 1\n3\n")  # wrong on purpose
    with pytest.raises(pytest.fail.Exception, match=r"docs/example\.md:1"):
        _run_pycon(wrong, {})


def test_console_blocks_run_only_the_library_command() -> None:
    with pytest.raises(ValueError, match="sh block"):
        console_runs("$ pip install quanhelaodong\n")
    assert console_runs("$ quanhelaodong --help  \n  Usage: ...   \n\n") == [("--help", "  Usage: ...")]


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    # What CI's "mkdocs build --strict" checks, in the test run: broken links and
    # references, and docstrings the reference cannot render.
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-5000:]
    assert (tmp_path / "reference" / "graph" / "index.html").is_file()


def test_the_reference_renders_docstrings_as_markdown() -> None:
    spec = importlib.util.spec_from_file_location("griffe_docstrings", ROOT / "docs" / "griffe_docstrings.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    failed, attempted = doctest.testmod(module, optionflags=_OPTIONS)
    assert (failed, attempted > 0) == (0, True)
