"""The time phrases a sentence gives its work: "trước ngày 15/11/2024", "Quý III/2023", "hằng năm".

A phrase is kept as written; the one the library can read wins over one it cannot, and a
deadline ("trước ...", "chậm nhất ...") over a time that only describes the matter.
"""

from __future__ import annotations

import re

from quanhelaodong.deadlines import UnreadableTimeframe, read_timeframe

__all__ = ["DEADLINE", "TIME_PHRASE", "VAGUE", "readable_form", "timeframe_of"]

# Words before a time phrase that the phrase reader does not take: "trong Quý III/2024".
_LEADING_WORD = re.compile(r"^(?:trong|hoàn thành|vào)\s+(?=quý|tháng|năm|trước|ngày)", re.IGNORECASE)
# "15/11/2024", "15-11-2024", and "07.10.2021" as some portals write it.
_DAY = r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
_FULL_DAY = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
# Times of everyday speech that set no date: kept as a task's time, never a report's due.
_VAGUE_TIMES = r"(?:trong\s+)?thời gian tới|tới đây|trước mắt"
VAGUE = re.compile(_VAGUE_TIMES, re.IGNORECASE)
TIME_PHRASE = re.compile(
    r"(?:(?:trước|chậm nhất|hạn chót|xong trước|hoàn thành trước|vào|trong)"
    rf"(?:\s+\d{{1,2}}\s*(?:h|giờ)(?:\s*\d{{2}})?)?\s+ngày\s+{_DAY}"
    r"(?:\s+h[ằà]ng năm)?"
    # "gửi báo cáo về Bộ trước 31-12-2016": a dated deadline written without "ngày".
    rf"|(?:trước|chậm nhất|hạn chót)\s+{_FULL_DAY}"
    r"|(?:trong\s+)?quý\s+[IV]+(?:\s*(?:,|và|-)\s*[IV]+)*\s*/\s*\d{4}"
    r"|(?:trong\s+)?tháng\s+\d{1,2}\s*[/-]\s*\d{4}"
    r"|(?:trong\s+)?năm\s+\d{4}"
    r"|(?:định kỳ\s+)?h[ằà]ng\s+(?:năm|quý|tháng|tuần|ngày)|thường xuyên"
    # "trước ngày 15 tháng 3 năm 2014": the date in words.
    r"|(?:trước|chậm nhất|hạn chót|vào)\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    # "giai đoạn 2016-2020", "nhiệm kỳ 2025 – 2030".
    r"|(?:giai đoạn|nhiệm kỳ)\s+\d{4}\s*[-–]\s*\d{4}"
    # "từ nay đến cuối năm 2012", "từ tháng 6 đến tháng 8-2020", "từ ngày 10/6 đến ngày 25/7/2019".
    r"|từ\s+nay\s+đến\s+(?:cuối|hết)\s+(?:năm|tháng|quý)(?:\s+(?:\d{4}|\d{1,2}(?:\s*[/-]\s*\d{4})?|"
    r"[IV]+(?:\s*/\s*\d{4})?))?"
    rf"|từ\s+(?:ngày\s+{_DAY}|tháng\s+\d{{1,2}}(?:\s*[/-]\s*\d{{4}})?)\s+đến\s+"
    rf"(?:(?:hết\s+)?ngày\s+{_DAY}|(?:hết\s+)?tháng\s+\d{{1,2}}(?:\s*[/-]\s*\d{{4}})?)"
    # "định kỳ 6 tháng một lần", "định kỳ 06 tháng/lần".
    r"|định kỳ\s+\d{1,2}\s+tháng(?:\s*/\s*(?:1\s+|một\s+)?lần|\s+(?:1|một)\s+lần)?"
    # "trước, trong và sau Tết Nguyên đán Quý Mão 2023", "trong dịp Tết".
    r"|(?:trước,?\s*trong(?:,|\s+và)\s*sau|trước\s+và\s+sau|trong\s+và\s+sau|trước|sau)\s+"
    r"(?:dịp\s+)?tết"
    r"(?:\s+nguyên\s+đán)?(?:(?:\s+\S+){0,2}\s+\d{4})?|trong dịp tết"
    # When an event happens: "sau khi kết thúc đại hội", "khi có những hành động quá khích",
    # "sau thanh tra"; not the circumstances of the sentence itself ("Sau khi nghe báo cáo, ...").
    r"|(?:ngay\s+)?(?:sau|trước)\s+khi\s+(?!nghe|xem xét|thống nhất|làm việc|trao đổi|thảo luận)"
    r"[^,.;:]{3,80}|khi\s+(?:có|xảy ra|phát sinh)\s+[^,.;:]{3,80}"
    r"|(?:ngay\s+)?sau\s+(?:thanh tra|kiểm tra|đại hội|hội nghị)\b"
    # Everyday phrases of press summaries, kept as written: "Tới đây, LĐLĐ quận sẽ ...",
    # "Trong tháng hành động, LĐLĐ huyện đã đề nghị ...".
    rf"|{_VAGUE_TIMES}|trong tháng (?:hành động|công nhân))",
    re.IGNORECASE)
# A phrase that sets a deadline governs the task over one that only describes its matter
# ("lập danh sách ... bị tai nạn trong năm 2016 gửi về Sở ... trước ngày 20/4/2017").
DEADLINE = re.compile(r"^(?:trước|chậm nhất|hạn chót|xong trước|hoàn thành trước)\b",
                       re.IGNORECASE)


def readable_form(phrase: str) -> str:
    """The phrase as written, or, if that reads where the written one does not, with a line
    break inside it made a space ("Hàng\nnăm") and without a leading word the reader does
    not take ("trong Quý III/2024")."""
    if not isinstance(read_timeframe(phrase), UnreadableTimeframe):
        return phrase
    spaced = " ".join(phrase.split())
    for shorter in (spaced, _LEADING_WORD.sub("", spaced)):
        if not isinstance(read_timeframe(shorter), UnreadableTimeframe):
            return shorter
    return phrase


def timeframe_of(sentence: str) -> str | None:
    """The time phrase a sentence gives its work: a readable one first, else the first found.

    A phrase the library cannot read is kept as written (and reported), never dropped.
    """
    found = [readable_form(match[0].strip()) for match in TIME_PHRASE.finditer(sentence)]
    # A phrase that only lacks its year ("trước ngày 20/12") is read once the programme
    # gives it one: it counts as readable.
    readable = [p for p in found if not isinstance(frame := read_timeframe(p), UnreadableTimeframe)
                or frame.needs_reference]
    chosen = readable or found
    # A deadline governs even when only kept as written ("trước 31-12-2016"): a readable time
    # that describes the matter ("nợ lương năm 2016") does not.
    deadlines = [p for p in chosen if DEADLINE.match(p)] or [p for p in found if DEADLINE.match(p)]
    return (deadlines or chosen)[0] if chosen else None
