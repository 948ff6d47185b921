"""Plan documents in, programmes out: :func:`parse_plan` and the file readers.

The reader walks a document once: the header (number, place and date, kind,
title, grounds), the body part by part, the signature and recipients, and an
appendix table. Everything it cannot interpret becomes a :class:`Diagnostic`
with its position, never a silent drop.

>>> from quanhelaodong.io.importing import parse_plan
>>> result = parse_plan("Số: 12/KH-UBND\\nHuế, ngày 03 tháng 3 năm 2025\\nKẾ HOẠCH\\nĐối thoại năm 2025")
>>> result.programme.document.symbol
'12/KH-UBND'
"""

from quanhelaodong.io.importing._diagnostics import Diagnostic, ParseResult
from quanhelaodong.io.importing._files import parse_plan_file, read_plan_file
from quanhelaodong.io.importing._names import NameMatch, NameReader
from quanhelaodong.io.importing._reader import MAX_CHARACTERS, parse_plan

__all__ = ["MAX_CHARACTERS", "Diagnostic", "NameMatch", "NameReader", "ParseResult", "parse_plan",
           "parse_plan_file", "read_plan_file"]
