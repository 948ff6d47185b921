"""Reporting clauses read into reporting rules: who reports to whom, through whom, by when.

"báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/11", "gửi về Sở X để tổng
hợp, báo cáo UBND tỉnh": one rule per recipient and per deadline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quanhelaodong.io.importing._draft import Draft
from quanhelaodong.io.importing._layout import past
from quanhelaodong.io.importing._names import NameMatch
from quanhelaodong.io.importing._time_phrases import (
    DEADLINE,
    TIME_PHRASE,
    VAGUE,
    readable_form,
    timeframe_of,
)
from quanhelaodong.programmes import ReportingRule

__all__ = ["REPORT_WORD", "read_reports"]

# "báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/11": a report, to whom, through
# whom; "gửi về Sở X trước ngày ..." submits one; "Sau khi nghe báo cáo, ..." is no duty.
# "gửi Sở Lao động ... trước 9h00 ngày 07.10.2021" submits to the body named right after "gửi".
REPORT_WORD = re.compile(
    r"(?<!nghe )(?<!theo )(?<!tại )\bbáo cáo\b|\bgửi\b(?=[^.;]{0,80}?\svề\s)"
    r"|\bgửi\b(?=\s+(?:sở|ubnd|ủy ban|uỷ ban|bộ|liên đoàn|"
    r"lđlđ|phòng|văn phòng|ban|công an|bhxh|bảo hiểm|trung tâm|cục|chi cục|tổng liên đoàn)\b)",
    re.IGNORECASE)
_REPORT_TO = re.compile(r"\s(?:về|cho|gửi|lên|tới|với)\s+", re.IGNORECASE)
_REPORT_THROUGH = re.compile(r"(?:thông qua|\(qua|qua)\s+", re.IGNORECASE)
# "gửi về Sở X để tổng hợp, báo cáo UBND tỉnh": Sở X gathers what goes on to UBND tỉnh.
_GATHERS = re.compile(r"\s*(?:để|và)\s+tổng hợp,?\s+(?:báo cáo|trình)\s+", re.IGNORECASE)
_MOST_REPORTS = 6


def read_reports(draft: Draft, sentence: str, base: int,
                 reporters: Sequence[str]) -> list[ReportingRule]:
    """The reporting duties a sentence sets its bodies, when it names a recipient and a time.

    One rule per recipient ("báo cáo Chủ tịch UBND tỉnh, Ban chỉ đạo ...") and per deadline
    ("gửi trước ngày 10/4 và báo cáo kết quả gửi trước ngày 30/6 về Sở ..."); a time written
    before the report ("Thường xuyên báo cáo ...") governs it when none follows.

    >>> from quanhelaodong.io.importing import parse_plan
    >>> plan = parse_plan("Giao Sở Nội vụ chủ trì tổng hợp, báo cáo kết quả về UBND tỉnh (qua "
    ...                   "Văn phòng UBND tỉnh) trước ngày 15/11/2024.", area="thua-thien-hue").programme
    >>> rule = plan.reporting_rules[0]
    >>> rule.reporters, rule.recipient, rule.via.split("/")[1], str(rule.due)
    (('thua-thien-hue/so-noi-vu',), 'thua-thien-hue/ubnd', 'van-phong-ubnd-tinh', 'trước ngày 15/11/2024')
    """
    word = REPORT_WORD.search(sentence)
    if word is None or not reporters:
        return []
    # "báo cáo UBND tỉnh", "báo cáo kết quả về UBND tỉnh", and "báo cáo kết quả thực hiện gửi
    # trước ngày 30/6 về Sở ...": the recipient right after the word, else after the first
    # "về", "cho", "gửi" ... that a body follows.
    recipients = draft.names.read_names_at(sentence, past(sentence, word.end()), base,
                                           expected=True)
    for to in list(_REPORT_TO.finditer(sentence, word.end()))[:4]:
        if recipients:
            break
        recipients = draft.names.read_names_at(sentence, to.end(), base, expected=True)
    after = sentence[word.end():]
    dues = [readable_form(match[0].strip()) for match in TIME_PHRASE.finditer(after)]
    deadlines = [due for due in dues if DEADLINE.match(due)]
    dues = deadlines or dues[:1] or [due for due in [timeframe_of(sentence[:word.start()])] if due]
    dues = [due for due in dues if not VAGUE.fullmatch(due)]  # "trong thời gian tới"
    if not recipients or not dues:
        return []
    via: list[NameMatch] = []
    gathers = _GATHERS.match(sentence, recipients[-1].end - base)
    if gathers:
        onward = draft.names.read_names_at(sentence, gathers.end(), base, expected=True)
        if onward:
            via, recipients = recipients[:1], onward
    through = _REPORT_THROUGH.search(sentence, recipients[0].end - base)
    if through and not via:
        via = draft.names.read_names_at(sentence, through.end(), base, expected=True)
    rules: list[ReportingRule] = []
    for recipient in recipients:
        for due in dues:
            if len(rules) < _MOST_REPORTS:
                rules.append(ReportingRule(
                    f"R{len(draft.rules) + len(rules) + 1}", list(reporters),
                    recipient.agency.id, due, via=via[0].agency.id if via else None,
                    as_written=sentence.strip()))
    return rules
