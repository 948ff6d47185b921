"""The ``quanhelaodong`` command line: the library's questions asked from a shell.

Run as ``quanhelaodong`` (installed with the package) or ``python -m quanhelaodong``;
``quanhelaodong --help`` lists the subcommands and each has its own ``--help``.
Output is an aligned table in Vietnamese by default (``--lang en`` for English
labels) and JSON with ``--json``. Bad input prints one line and exits with status
2; ``validate`` exits with 1 when the plan has errors, and a closed pipe
(``| head``) ends it quietly with :data:`CLOSED_PIPE`.

>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(main, ["who-leads", "hue-2023", "hoi thi tim hieu phap luat"])
>>> result.exit_code, result.output.splitlines()[1]
(0, '  Chủ trì:   Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế')
"""

from quanhelaodong.cli._app import CLOSED_PIPE, main

__all__ = ["CLOSED_PIPE", "main"]
