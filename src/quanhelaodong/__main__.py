"""``python -m quanhelaodong``: the command line (see :mod:`quanhelaodong.cli`)."""

from quanhelaodong.cli import main

main(prog_name="quanhelaodong")
