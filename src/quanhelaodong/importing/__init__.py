"""Plan documents in, programmes out: ``parse_plan`` and the file readers."""

from quanhelaodong.importing.diagnostics import Diagnostic, ParseResult
from quanhelaodong.importing.files import parse_plan_file, read_plan_file
from quanhelaodong.importing.plan_text import MAX_CHARACTERS, parse_plan

__all__ = ["MAX_CHARACTERS", "Diagnostic", "ParseResult", "parse_plan", "parse_plan_file",
           "read_plan_file"]
