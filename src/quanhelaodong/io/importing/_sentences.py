"""Assignments wherever a sentence carries them, in any kind of document.

Real documents give work in sentences as often as under headings: "Giao Sở Kế
hoạch và Đầu tư chủ trì, phối hợp với ...", "Chủ tịch UBND tỉnh yêu cầu Giám đốc
Công an tỉnh ...", "Đề nghị đồng chí Giám đốc Sở quan tâm, chỉ đạo ...", "Sở Y tế
có trách nhiệm ...", "Văn phòng - Thống kê xã: ...". A sentence assigns when a cue
("giao", "yêu cầu", "đề nghị", "chỉ đạo") is followed by the names of bodies, or
when it opens with the names of bodies followed by what they are to do. Bodies
named after "phối hợp (với)" or "cùng" partner the lead. Office-holders stand for
their body ("Giám đốc Sở Y tế" is Sở Y tế); a body no catalogue knows is kept as a
provisional agency (see the name reader).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quanhelaodong.agencies import Classification
from quanhelaodong.deadlines import UnreadableTimeframe, read_timeframe
from quanhelaodong.io.importing._draft import Draft
from quanhelaodong.io.importing._layout import Block
from quanhelaodong.io.importing._names import NameMatch
from quanhelaodong.programmes import (
    Assignment,
    AssignmentMode,
    ProgrammeKind,
    ReportingRule,
    Role,
    Task,
)
from quanhelaodong.text import fold, match_key

__all__ = ["SentenceAssignment", "clauses", "read_prose", "read_reports", "read_sentence",
           "sentences", "timeframe_of"]

_CUE = re.compile(r"(?<![\w])(?:kính đề nghị|đề nghị|yêu cầu|giao cho|giao|chỉ đạo|chỉ thị cho|"
                  r"hướng dẫn|nhắc nhở|kêu gọi)\s*[:,]?\s+", re.IGNORECASE)
# Words between a subject and what it does: "LĐLĐ huyện đã đề nghị", "Công an sẽ kiểm tra".
_ADVERBS = re.compile(r"(?:\s+(?:đã|vừa|cũng|sẽ|đặc biệt|còn|luôn|tiếp tục|đồng thời))+(?=\s)",
                      re.IGNORECASE)
_REQUESTS = ("đề nghị", "kính đề nghị")
# "Bảo hiểm xã hội các tỉnh, thành phố (sau đây gọi chung là BHXH tỉnh) đã ...": a name's alias.
_ALIAS = re.compile(r"\s*\((?:sau đây\s+)?(?:gọi\s+(?:chung|tắt)\s+là|viết tắt là)[^)]*\)",
                    re.IGNORECASE)
# "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện căn cứ chức năng, nhiệm vụ được giao,
# tổ chức thực hiện": the bodies' remit stands between them and what they are to do.
_WITHIN_DUTIES = re.compile(
    r",?\s*(?:căn cứ|theo|trong phạm vi|theo đúng)\s+(?:chức năng,?\s*nhiệm vụ|nhiệm vụ,?\s*"
    r"quyền hạn|chức năng,?\s*nhiệm vụ,?\s*quyền hạn|nhiệm vụ)(?:\s+(?:được giao|được phân công|"
    r"của mình|của đơn vị|của ngành|quản lý))*\s*,?", re.IGNORECASE)
# At the very start of a sentence only the issuer's own words give work ("Giao Sở A ...",
# "Đề nghị Sở B ..."); "Hướng dẫn các doanh nghiệp ..." there is the work itself.
_OPENING_CUE = re.compile(r"(?:kính đề nghị|đề nghị|yêu cầu|giao cho|giao)\s*[:,]?\s+", re.IGNORECASE)
# Bodies that direct others: asked to direct a department, they pass the work on to it.
_DIRECTING = frozenset({Classification.PEOPLES_COMMITTEE, Classification.GOVERNMENT,
                        Classification.MINISTRY})
_LEAD_IN = re.compile(
    r"^(?:(?:theo đó|đồng thời|bên cạnh đó|ngoài ra|mặt khác|cụ thể|trong đó|riêng|"
    r"điều \d+|nay(?=\s+(?:giao|yêu cầu|đề nghị)\b))\s*[,.:]?\s*(?:[–-]\s*)?)+", re.IGNORECASE)
# Words that put a body under a duty, whatever kind of text says them.
_DUTY = re.compile(
    r"\s*(?:[:–]|chủ trì|có trách nhiệm|chịu trách nhiệm|tham mưu|cần|phải|khẩn trương|chủ động|"
    r"tiếp tục|tăng cường|thường xuyên|phối hợp|đôn đốc|bố trí|được giao|được phân công|"
    r"là cơ quan (?:thường trực|chủ trì|đầu mối|đầu mối|chịu trách nhiệm))", re.IGNORECASE)
# A sentence that recalls an earlier instruction rather than giving one: it cites the
# earlier document and tells, in the past, what it asked ("Tại công văn số ..., Thủ tướng
# đã chỉ đạo ..."); "Thực hiện Kế hoạch số ..., UBND tỉnh đề nghị ..." gives one now.
_RECALLS = re.compile(
    r"^(?:(?:tại|theo|thực hiện|căn cứ|trước đó|vừa qua|trước đây)\s+(?:công văn|văn bản|quyết định|"
    r"kế hoạch|chỉ thị|nghị quyết|chương trình|thông báo|kết luận|công điện)\b.*\bđã\s+"
    r"(?:chỉ đạo|yêu cầu|giao|đề nghị)|chương trình hành động)",
    re.IGNORECASE)
# What a body is asked to do, right after its name: the sign that the sentence gives it work.
_ACTION = re.compile(
    r"\s*(?:[:–-]|\(|chủ trì|có trách nhiệm|chịu trách nhiệm|tham mưu|phối hợp|chỉ đạo|tổ chức|"
    r"triển khai|thực hiện|hướng dẫn|rà soát|kiểm tra|tăng cường|khẩn trương|nghiên cứu|"
    r"báo cáo|theo dõi|xây dựng|đẩy mạnh|chủ động|tiếp tục|cần|phải|thường xuyên|quan tâm|"
    r"đôn đốc|bố trí|phát động|vận động|hỗ trợ|giám sát|nắm|cử|thành lập|trình|tập trung|"
    r"thống kê|lập|phổ biến|tuyên truyền|chăm lo|chuẩn bị|đảm bảo|bảo đảm|xử lý|"
    r"giải quyết|nắm bắt|đề xuất|tham gia|rà|chấp hành|sớm|kịp thời|nghiêm túc|chú trọng|chú ý|"
    r"khảo sát|được giao|được phân công|là cơ quan (?:thường trực|chủ trì|đầu mối|chịu trách nhiệm))",
    re.IGNORECASE)
# "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: ..., Chủ tịch UBND các huyện ... chịu trách
# nhiệm thi hành Quyết định này": the list before the verb carries the decision out.
_EXECUTES = re.compile(r"\s*(?:(?:chịu trách nhiệm|có trách nhiệm)\s+(?:thi\s*hành|tổ chức thực hiện|"
                       r"thực hiện|triển khai)|căn cứ (?:quyết định|qđ) (?:này )?thi\s*hành)",
                       re.IGNORECASE)
# Words before a time phrase that the phrase reader does not take: "trong Quý III/2024".
_LEADING_WORD = re.compile(r"^(?:trong|hoàn thành|vào)\s+(?=quý|tháng|năm|trước|ngày)", re.IGNORECASE)
_DAY = r"\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?"
_FULL_DAY = r"\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}"
_TIME_PHRASE = re.compile(
    r"(?:(?:trước|chậm nhất|hạn chót|xong trước|hoàn thành trước|vào|trong)"
    rf"(?:\s+\d{{1,2}}\s*(?:h|giờ)(?:\s*\d{{2}})?)?\s+ngày\s+{_DAY}"
    r"(?:\s+h[ằà]ng năm)?"
    # "gửi báo cáo về Bộ trước 31-12-2016": a dated deadline written without "ngày".
    rf"|(?:trước|chậm nhất|hạn chót)\s+{_FULL_DAY}"
    r"|(?:trong\s+)?quý\s+[IV]+(?:\s*(?:,|và|-)\s*[IV]+)*\s*/\s*\d{4}"
    r"|(?:trong\s+)?tháng\s+\d{1,2}\s*[/-]\s*\d{4}"
    r"|(?:trong\s+)?năm\s+\d{4}"
    r"|(?:định kỳ\s+)?h[ằà]ng (?:năm|quý|tháng|tuần|ngày)|thường xuyên|trước mắt|trong dịp tết"
    # Everyday phrases of press summaries, kept as written: "Tới đây, LĐLĐ quận sẽ ...",
    # "Trong tháng hành động, LĐLĐ huyện đã đề nghị ...".
    r"|(?:trong\s+)?thời gian tới|tới đây|trong tháng (?:hành động|công nhân))",
    re.IGNORECASE)
# A phrase that sets a deadline governs the task over one that only describes its matter
# ("lập danh sách ... bị tai nạn trong năm 2016 gửi về Sở ... trước ngày 20/4/2017").
_DEADLINE = re.compile(r"^(?:trước|chậm nhất|hạn chót|xong trước|hoàn thành trước)\b",
                       re.IGNORECASE)


@attrs.frozen
class SentenceAssignment:
    """The work a sentence gives: its leads, its partners and its time phrase, if any."""

    leads: tuple[NameMatch, ...]
    partners: tuple[NameMatch, ...]
    mode: AssignmentMode | None
    timeframe: str | None


def _past(text: str, at: int, characters: str | None = None) -> int:
    """The offset of the first character at or after ``at`` that is not in ``characters``
    (whitespace by default)."""
    return len(text) - len(text[at:].lstrip(characters))


def _leads(draft: Draft, sentence: str, base: int) -> tuple[list[NameMatch], AssignmentMode | None]:
    opening = _LEAD_IN.match(sentence)
    start = opening.end() if opening else 0
    when = _TIME_PHRASE.match(sentence, start)  # "Trong tháng 11/2010 Ban quản lý ..."
    if when:
        start = _past(sentence, when.end(), " ,")
    opening_cue = _OPENING_CUE.match(sentence, start)
    if opening_cue:
        found = _names_after_cue(draft, sentence, opening_cue, base)
        if found:
            requested = opening_cue[0].strip(" :,").lower() in _REQUESTS
            return (_directed(draft, sentence, base, found, requested),
                    AssignmentMode.REQUESTED if requested else None)
    executes = _EXECUTES.search(sentence, start)
    if executes:
        listed, _problems = draft.names.read_list(sentence[start:executes.start()], base + start)
        if listed:
            return listed, None
    names = draft.names.read_names_at(sentence, start, base)
    if not names:
        # "Trong tháng hành động, LĐLĐ huyện đã đề nghị ...", "Thời gian, địa điểm: Hội đồng
        # ... phối hợp ...": a short opening phrase first.
        for mark in (",", ":"):
            cut = sentence.find(mark, start, start + 60)
            # An opening that holds a cue ("và yêu cầu các Sở, ngành, ...") is no such phrase.
            if cut != -1 and len(sentence[start:cut].split()) <= 8 and not _CUE.search(
                    sentence[start:cut] + " "):
                rest = _past(sentence, cut + 1)
                names = draft.names.read_names_at(sentence, rest, base)
                if names:
                    start = rest
                    break
    if not names:
        # "đối với những DN gặp khó khăn, CĐ cần ...": a body under a duty after any comma.
        for comma in re.finditer(r",\s+", sentence):
            found = draft.names.read_names_at(sentence, comma.end(), base)
            if not found:
                continue
            tail = _ADVERBS.match(sentence, found[-1].end - base)
            if _DUTY.match(sentence, tail.end() if tail else found[-1].end - base):
                names, start = found, comma.end()
                break
    after = names[-1].end - base if names else start
    alias = _ALIAS.match(sentence, after)
    after = alias.end() if alias else after
    adverbs = _ADVERBS.match(sentence, after)
    after = adverbs.end() if adverbs else after
    within = _WITHIN_DUTIES.match(sentence, after)
    after = within.end() if within and names else after
    given = _CUE.match(sentence, _past(sentence, after))
    said = adverbs[0].lower() if adverbs else ""
    intends = " sẽ" in said
    # In a press summary a body followed by any action is taken for work given only once the
    # text has begun to list work ("Sở A chủ trì ...; Công an tỉnh phối hợp ...; Công ty Điện
    # lực chỉ đạo ..."), and never when it tells what was done ("đã", "vừa").
    told = re.search(r"\b(?:đã|vừa)\b", said) is not None
    news = draft.kind in (None, ProgrammeKind.NEWS)
    # "Ngày 19/4, tại Cung Văn hóa ..., UBND thành phố và LĐLĐ thành phố phối hợp tổ chức ...":
    # a press sentence opening with the day tells an event; only a cue in it gives work.
    told = told or (news and _DATED.match(sentence, opening.end() if opening else 0) is not None)
    # "Theo đó, các bộ, ngành, địa phương thực hiện nghiêm ...": after "Theo đó" a press item
    # says what the document it reports asks, so any action gives work, as in a list of work.
    according = news and opening is not None and fold(opening[0]).startswith("theo do")
    listing = (bool(draft.tasks) or according) and not told
    # "... căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch": the bodies' remit says the
    # sentence gives them work, whatever kind of text it is.
    verb = _DUTY if news and not (intends or listing or (within and names)) else _ACTION
    # "Công ty Điện lực chỉ đạo thực hiện ...": a cue that names nobody after it is the
    # subject's own action.
    # "UBND các huyện chỉ đạo các cơ quan chuyên môn ...": a body that is given work and has
    # its own services do it keeps the work; only a body that gives orders passes it on.
    passes_on = given is not None and (_STRONG_CUE.match(given[0]) is not None or not names
                                       or _gives_orders(draft, names[0])) and bool(
        _names_after_cue(draft, sentence, given, base))
    # "Thời gian qua, BHXH các tỉnh ... đã bám sát ...": what a body did is no work given.
    if names and not passes_on and not told and verb.match(sentence, after) and not _REPORTS.match(
            sentence, after):
        return names, None  # "Sở Y tế chủ trì ...": the subject does the work
    # "UBND tỉnh giao Sở A ...", "yêu cầu Công an tỉnh ...": the bodies after the cue do it.
    for cue in ([given] if given else []) + list(_CUE.finditer(sentence, after)):
        if cue.start() <= start and not _OPENING_CUE.match(sentence, cue.start()):
            continue  # "Hướng dẫn các doanh nghiệp ..." opening a sentence is the work itself
        if not names and not _STRONG_CUE.match(cue[0]) and _ACTION.match(sentence, start):
            continue  # "Phối hợp, hướng dẫn các ban - ngành ...": the same, after another verb
        if draft.kind not in (None, ProgrammeKind.NEWS) and _TOLD.search(sentence, 0, cue.start()):
            # A document telling what was done before ("Ngày 28/9/2011, Đoàn Chủ tịch ... đã
            # ban hành văn bản số 1599/TLĐ kêu gọi ...") gives no work in that sentence.
            continue
        found = _names_after_cue(draft, sentence, cue, base)
        if found:
            requested = cue[0].strip(" :,").lower() in _REQUESTS
            # "đề nghị Chủ tịch UBND tỉnh chỉ đạo Sở A ...": the superior is asked to have Sở A
            # do it; "giao Sở A chỉ đạo Trung tâm B ..." leaves the work with Sở A.
            return (_directed(draft, sentence, base, found, requested),
                    AssignmentMode.REQUESTED if requested else None)
    return [], None


_TOLD = re.compile(r"\bđã\b", re.IGNORECASE)
_DATED = re.compile(r"(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}\s*[/.-]\s*\d{1,2}\b",
                    re.IGNORECASE)
# After "giao", "yêu cầu", "đề nghị" a body is expected, even one written in lower case
# ("yêu cầu ngành chức năng ..."); after "chỉ đạo", "hướng dẫn" it must look like a name.
_STRONG_CUE = re.compile(r"(?:kính đề nghị|đề nghị|yêu cầu|giao cho|giao)\b", re.IGNORECASE)
# "đề nghị, căn cứ điều kiện thực tế, các Công đoàn cơ sở ...": an aside between the cue and
# the bodies.
_ASIDE = re.compile(r"[^,.;:]{3,60},\s*")


def _gives_orders(draft: Draft, subject: NameMatch) -> bool:
    """Whether ``subject`` speaks with authority in the text: the issuer itself, or a single
    body whose role is to direct others (a People's Committee, the Government, a ministry);
    "UBND các huyện" and other collectives are told, never tell."""
    agency = subject.agency
    if draft.issuer is not None and agency.id == draft.issuer.id:
        return True
    return agency.classification in _DIRECTING and not agency.collective


# "Đề nghị quý Ban thông báo ...", "đề nghị Quý cơ quan ...": the letter's addressee, named
# by courtesy.
_COURTESY = re.compile(r"quý\s+(?:ban|cơ quan|đơn vị|sở|bộ|ủy ban|uỷ ban|công ty|hội|hiệp hội|"
                       r"liên đoàn|tổng công ty|trung tâm|tổ chức|ngành|địa phương)\b", re.IGNORECASE)


def _names_after_cue(draft: Draft, sentence: str, cue: re.Match[str],
                     base: int) -> list[NameMatch]:
    strong = _STRONG_CUE.match(cue[0]) is not None
    if strong and draft.addressees and _COURTESY.match(sentence, cue.end()):
        return list(draft.addressees)
    found = draft.names.read_names_at(sentence, cue.end(), base, expected=strong)
    if not found and cue[0].rstrip().endswith(","):
        aside = _ASIDE.match(sentence, cue.end())
        if aside:
            found = draft.names.read_names_at(sentence, aside.end(), base, expected=strong)
    return found


_PRESIDES = re.compile(r"\s*(?:,\s*)?chủ trì\b", re.IGNORECASE)


def _directed(draft: Draft, sentence: str, base: int, found: list[NameMatch],
              requested: bool) -> list[NameMatch]:
    """The bodies that do the work when those given it are told to direct others.

    "đề nghị UBND tỉnh chỉ đạo Sở A ...": a body asked to direct another passes the work on;
    "giao Chủ tịch UBND các huyện chỉ đạo Phòng LĐ-TB&XH chủ trì ...": the body directed to
    preside leads, whoever was given the work.
    """
    while True:
        end = found[-1].end - base
        tail = _ADVERBS.match(sentence, end)
        cue = _CUE.match(sentence, (tail.end() if tail else end) + 1)
        passed = draft.names.read_names_at(sentence, cue.end(), base) if cue else []
        if not passed:
            return found
        presides = _PRESIDES.match(sentence, passed[-1].end - base) is not None
        if not (presides or (requested and found[0].agency.classification in _DIRECTING)):
            return found
        found = passed


def _continues(sentence: str) -> bool:
    """A sentence with no subject that goes on with what the previous one asked ("Phối hợp với ...")."""
    opening = _LEAD_IN.match(sentence)
    rest = sentence[opening.end() if opening else 0:].lstrip(" -–•+")
    return (bool(rest) and _ACTION.match(rest) is not None and not rest.startswith(("(", ":"))
            and _REPORTS.match(rest) is None)


# "báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/11": a report, to whom, through
# whom; "gửi về Sở X trước ngày ..." submits one.
_REPORT_WORD = re.compile(r"\bbáo cáo\b|\bgửi\b(?=[^.;]{0,80}?\svề\s)", re.IGNORECASE)
_REPORT_TO = re.compile(r"\s(?:về|cho|gửi|lên|tới)\s+", re.IGNORECASE)
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
    word = _REPORT_WORD.search(sentence)
    if word is None or not reporters:
        return []
    # "báo cáo UBND tỉnh", "báo cáo kết quả về UBND tỉnh", and "báo cáo kết quả thực hiện gửi
    # trước ngày 30/6 về Sở ...": the recipient right after the word, else after the first
    # "về", "cho", "gửi" ... that a body follows.
    recipients = draft.names.read_names_at(sentence, _past(sentence, word.end()), base,
                                           expected=True)
    for to in list(_REPORT_TO.finditer(sentence, word.end()))[:4]:
        if recipients:
            break
        recipients = draft.names.read_names_at(sentence, to.end(), base, expected=True)
    after = sentence[word.end():]
    dues = [_readable_form(match[0].strip()) for match in _TIME_PHRASE.finditer(after)]
    deadlines = [due for due in dues if _DEADLINE.match(due)]
    dues = deadlines or dues[:1] or [due for due in [timeframe_of(sentence[:word.start()])] if due]
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


def _partners(draft: Draft, sentence: str, base: int, leads: list[NameMatch]) -> list[NameMatch]:
    return draft.partner_names(sentence, base, [match.agency for match in leads], expected=True)


def _readable_form(phrase: str) -> str:
    """The phrase as written, or without a leading word the reader does not take, if that reads."""
    if not isinstance(read_timeframe(phrase), UnreadableTimeframe):
        return phrase
    shorter = _LEADING_WORD.sub("", phrase)
    return shorter if not isinstance(read_timeframe(shorter), UnreadableTimeframe) else phrase


def timeframe_of(sentence: str) -> str | None:
    """The time phrase a sentence gives its work: a readable one first, else the first found.

    A phrase the library cannot read is kept as written (and reported), never dropped.
    """
    found = [_readable_form(match[0].strip()) for match in _TIME_PHRASE.finditer(sentence)]
    # A phrase that only lacks its year ("trước ngày 20/12") is read once the programme
    # gives it one: it counts as readable.
    readable = [p for p in found if not isinstance(frame := read_timeframe(p), UnreadableTimeframe)
                or frame.needs_reference]
    chosen = readable or found
    # A deadline governs even when only kept as written ("trước 31-12-2016"): a readable time
    # that describes the matter ("nợ lương năm 2016") does not.
    deadlines = [p for p in chosen if _DEADLINE.match(p)] or [p for p in found if _DEADLINE.match(p)]
    return (deadlines or chosen)[0] if chosen else None


_REPORTS = re.compile(r"\s*báo cáo\b", re.IGNORECASE)


def read_sentence(draft: Draft, sentence: str, base: int) -> SentenceAssignment | None:
    """The assignment one sentence (starting at offset ``base`` of the text) carries, or None.

    >>> from quanhelaodong.io.importing import parse_plan
    >>> text = ("Theo đó, giao Sở Y tế chủ trì, phối hợp với Công an tỉnh và "
    ...         "Công ty Điện lực kiểm tra trước ngày 15/11/2024.")
    >>> task = parse_plan(text, area="hue").programme.tasks[0]
    >>> [(a.as_written, a.role.value) for a in task.assignments]
    [('Sở Y tế', 'lead'), ('Công an tỉnh', 'partner'), ('Công ty Điện lực', 'partner')]
    >>> str(task.timeframe)
    'trước ngày 15/11/2024'
    """
    opening = _LEAD_IN.match(sentence)
    if _RECALLS.match(sentence, opening.end() if opening else 0):
        return None
    leads, mode = _leads(draft, sentence, base)
    if not leads:
        return None
    return SentenceAssignment(tuple(leads), tuple(_partners(draft, sentence, base, leads)), mode,
                              timeframe_of(sentence))


def assignments_of(draft: Draft, found: SentenceAssignment) -> list[Assignment]:
    """The assignments a sentence gives, leads first, in the order the sentence names them."""
    return ([draft.assign(match, Role.LEAD, found.mode) for match in found.leads]
            + [draft.assign(match, Role.PARTNER) for match in found.partners])


# A period that closes an abbreviation inside a name, not a sentence: "Công ty Cổ phần Chăn
# nuôi C.P. Việt Nam", "TP. Hồ Chí Minh", "CĐ ngành T.Ư.".
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:(?:[A-ZĐ]\.){2,3}|T\.Ư\.|TP\.|Tp\.|TX\.|TT\.|Q\.|P\.)$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\-–•+])")
# A clause ends at ";", and before "và giao ..." that gives work to another body ("...; phối
# hợp với Phòng Nội vụ lựa chọn nội dung ... và giao Phòng Nội vụ Huyện theo dõi").
_CLAUSE_END = re.compile(r"(?<=;)\s+|,?\s+(?=và\s+(?:giao|yêu cầu|đề nghị)\s)", re.IGNORECASE)


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of a paragraph with their offsets into it.

    A marker such as "Điều 3." does not end a sentence.

    >>> [s for _, s in sentences("Điều 3. Sở A làm việc X. Sở B làm việc Y; Công an tỉnh làm Z.")]
    ['Điều 3. Sở A làm việc X.', 'Sở B làm việc Y; Công an tỉnh làm Z.']
    """
    found: list[tuple[int, str]] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        piece = text[start:end.start()]
        if len(piece) < 12 or _ABBREVIATION.search(piece):
            continue  # "Điều 3.", "1.", "a." open the sentence that follows; "C.P." is a name's
        found.append((start, piece))
        start = end.end()
    found.append((start, text[start:]))
    return [(offset, sentence) for offset, sentence in found if sentence.strip()]


def clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of a sentence cut at ";", unless the sentence lists who carries out a decision.

    >>> [c for _, c in clauses("Sở A làm X; Công an tỉnh làm Z.")]
    ['Sở A làm X;', 'Công an tỉnh làm Z.']
    """
    if _EXECUTES.search(sentence):
        return [(0, sentence)]
    found, start = [], 0
    for end in _CLAUSE_END.finditer(sentence):
        found.append((start, sentence[start:end.start()]))
        start = end.end()
    found.append((start, sentence[start:]))
    return [(offset, clause) for offset, clause in found if clause.strip()]


_HEADING_OF = re.compile(r"^(?:[IVX]{1,5}\.\s*|\d{1,2}\.\s*|[a-zđ]\)\s*|điều\s+\d{1,3}\s*[.:]\s*)?"
                         r"(?:đối với|trách nhiệm của|nhiệm vụ của|giao cho|đề nghị)\s+",
                         re.IGNORECASE)


def _heading_leads(draft: Draft, block: Block) -> list[NameMatch]:
    """The bodies a short heading names: "Đối với BHXH tỉnh", "Trách nhiệm của Sở Y tế", "Sở A:"."""
    text = block.text.strip()
    if len(text) > 160:
        return []
    opening = _HEADING_OF.match(text)
    if opening is None and not text.endswith(":"):
        return []
    base = block.start + block.text.index(text)
    found = draft.names.read_names_at(text, opening.end() if opening else 0, base)
    if not found:
        return []
    rest = text[found[-1].end - base:].strip(" .;,")
    return found if rest in ("", ":") else []


def _extend_last(draft: Draft, clause: str, partners: Sequence[NameMatch] = ()) -> None:
    """The last task made goes on with a clause of the same sentence or item."""
    last = draft.tasks[-1]
    named = {assignment.agency for assignment in last.assignments}
    extra = [draft.assign(match, Role.PARTNER) for match in partners
             if match.agency.id not in named]
    draft.tasks[-1] = attrs.evolve(last, title=f"{last.title} {clause.strip()}",
                                   timeframe=last.timeframe or timeframe_of(clause),
                                   assignments=(*last.assignments, *extra))


def _work_words(sentence: str, base: int, found: SentenceAssignment) -> tuple[str, ...]:
    """The first words of what a sentence asks its bodies to do, folded."""
    after = max(match.end for match in found.leads) - base
    return tuple(fold(sentence[after:]).split()[:5])


def _drop_summary(draft: Draft, sentence: str, base: int, found: SentenceAssignment,
                  task_id: str) -> None:
    """A press item's lead paragraph repeats what its body then says in full ("Chủ tịch tỉnh
    yêu cầu Công an làm rõ nguyên nhân ..." and, below, "Theo đó, Chủ tịch UBND tỉnh yêu cầu
    Công an tỉnh làm rõ nguyên nhân ..."): the earlier, shorter statement gives way.

    Statements are known by the first words of their work, so each task is looked up once;
    they are the same only when their leads name the same bodies, one name holding the other
    ("Công an", "Công an tỉnh"): "Sở A chủ trì tập huấn" and "Sở B chủ trì tập huấn" are two.
    """
    words = _work_words(sentence, base, found)
    if len(words) < 3:
        return
    leads = tuple(match_key(match.written) for match in found.leads)
    earlier = draft.work_words.get(words)
    draft.work_words[words] = (task_id, leads)
    if earlier is not None and len(earlier[1]) == len(leads) and all(
            a in b or b in a for a, b in zip(earlier[1], leads, strict=True)):
        draft.tasks[:] = [task for task in draft.tasks if task.id != earlier[0]]


# A press photo's caption: "Phối hợp phòng chống tội phạm trong CNVC-LĐ - Ảnh 1.",
# "... (Ảnh: Nguyễn Hải)", "Ảnh minh họa".
_CAPTION = re.compile(r"(?:[-–|]\s*ảnh(?:\s+\d{1,2}|\s*:)|^\(?ảnh(?:\s+minh\s+họa|\s*:))[^.;]{0,60}[.)]?\s*$",
                      re.IGNORECASE)


def _items_give_work(draft: Draft, blocks: list[Block], first: int) -> bool:
    """Whether the items after a sentence ending in ":" are pieces of work of their own.

    "... đề nghị các Liên đoàn Lao động tỉnh ... theo dõi các nội dung ..., cụ thể như
    sau:" followed by "1. Phim tài liệu ... phát trên kênh VTV1 ..." lists what to watch:
    the sentence is the task. Items open with what to do ("Tăng cường ...") or with who
    does it when they are work.
    """
    items = []
    for block in blocks[first:]:
        if block.kind not in ("number", "letter", "dash"):
            break
        items.append(block)
    if not items:
        return True
    for item in items:
        text = item.text.lstrip(" -–•+")
        if _ACTION.match(text) or _OPENING_CUE.match(text) or _CUE.match(text) or \
                draft.names.read_names_at(text, 0, item.start):
            return True
    return False


def read_prose(draft: Draft, blocks: list[Block], prefix: str = "",
               addressees: tuple[NameMatch, ...] = ()) -> int:
    """Tasks from paragraphs, wherever their sentences give work; returns how many were made.

    A sentence or heading that names bodies and ends with ":" gives the items after
    it (numbered, lettered, dashed) to those bodies; an item with no subject of its
    own in a letter goes to the letter's addressees.
    """
    made = 0
    context: SentenceAssignment | None = None
    previous: SentenceAssignment | None = None
    for position, block in enumerate(blocks):
        if _CAPTION.search(block.text):
            previous = None  # a photo's caption gives no work and carries none on
            continue
        heading = _heading_leads(draft, block)
        if heading:
            requested = fold(block.text).lstrip(" ivx.0123456789").startswith("de nghi")
            context = SentenceAssignment(tuple(heading), (),
                                         AssignmentMode.REQUESTED if requested else None, None)
            previous = context  # what follows a heading goes on with its bodies, not the last item's
            continue
        if block.kind == "plain" and not _continues(block.text):
            context = None
        found_here = introduces = False
        for offset, inner, sentence in [(at + inner, inner, clause)
                                        for at, whole in sentences(block.text)
                                        for inner, clause in clauses(whole)]:
            found = read_sentence(draft, sentence, block.start + offset)
            if found is None and previous is not None and _continues(sentence):
                partners = _partners(draft, sentence, block.start + offset, list(previous.leads))
                # A clause after ";" that opens with a capital is the next item of a run
                # ("Chủ động báo cáo ...; Tổ chức các hoạt động tuyên truyền ..."), and one
                # that opens with "chủ trì" gives the body a lead of its own.
                next_item = inner and (sentence.lstrip(" -–•+")[:1].isupper()
                                       or fold(sentence).lstrip(" -").startswith("chu tri"))
                if found_here and not next_item and (
                        block.kind in ("number", "letter", "dash") or inner):
                    # "1. Làm A; làm B." and "X làm A; phối hợp với Y làm B." are one task: the
                    # clause goes on with it, with its partners, and its time phrase governs
                    # the task if it had none.
                    _extend_last(draft, sentence, partners)
                    continue
                if context is previous:
                    # An item under "X phối hợp với Y triển khai một số công việc sau đây:"
                    # is done by X with Y, as the sentence that introduced it said.
                    known = {match.agency.id for match in partners}
                    partners += [m for m in previous.partners if m.agency.id not in known]
                found = SentenceAssignment(previous.leads, tuple(partners), previous.mode,
                                           timeframe_of(sentence))
            if found is None and _REPORT_WORD.search(sentence):
                # "Các cơ quan báo cáo ...", "... báo cáo kết quả về UBND tỉnh trước ...": a
                # reporting duty of the sentence's own subject, else of the bodies before it.
                opening = _LEAD_IN.match(sentence)
                subject = draft.names.read_names_at(
                    sentence, opening.end() if opening else 0, block.start + offset)
                reporters = tuple(subject) or (previous.leads if previous else ()) or (
                    context.leads if context else ())
                # With no body of its own nearby, the bodies given the last work report on it
                # ("Kế hoạch ... của đơn vị gửi trước ngày 10/4/2017 ... về Sở ...").
                last = list(draft.tasks[-1].leads) if made and not reporters else []
                draft.rules.extend(read_reports(draft, sentence, block.start + offset,
                                                [m.agency.id for m in reporters] or last))
            if found is not None or not _REPORTS.match(sentence):
                previous = found  # a reporting clause does not break a run of follow-on sentences
            if found is None:
                if found_here and inner and sentence.lstrip(" -–•+")[:1].islower():
                    # "... phối hợp với Công ty ... tại Hải Dương; địa chỉ: ... tổ chức Lễ mít
                    # tinh ... vào ngày 03/5/2019": a clause that gives no work of its own goes
                    # on with the task its sentence gave.
                    _extend_last(draft, sentence)
                continue
            colon = sentence.find(":")
            leads_before = colon != -1 and all(m.end - block.start - offset <= colon
                                               for m in found.leads)
            if leads_before and sentence[colon + 1:].strip():
                # "... một số công việc như: Chủ động báo cáo ...": the work follows the colon.
                sentence, offset = sentence[colon + 1:].strip(), offset + _past(sentence, colon + 1)
                context = found
            elif sentence.rstrip().endswith(":") and _items_give_work(draft, blocks, position + 1):
                context, introduces = found, True
                continue
            draft.rules.extend(read_reports(draft, sentence, block.start + offset,
                                            [m.agency.id for m in found.leads]))
            made += 1
            found_here = True
            if draft.kind in (None, ProgrammeKind.NEWS):
                _drop_summary(draft, sentence, block.start + offset, found, f"{prefix}{made}")
            title = draft.titled(sentence.strip(" -–•+"), block.start + offset)
            draft.add_task(Task(f"{prefix}{made}", f"{prefix}{made}", title,
                                timeframe=found.timeframe,
                                assignments=assignments_of(draft, found)), block.start + offset)
        if found_here or introduces:
            continue  # the sentence that introduces the items is not a task of its own
        given = context or SentenceAssignment(tuple(addressees), (), None, None)
        if not given.leads or (context is None and not _CUE.search(block.text)):
            continue
        if context is None and block.kind not in ("number", "letter", "dash"):
            continue
        made += 1
        own = _partners(draft, block.text, block.start, list(given.leads))
        known = {match.agency.id for match in own}
        carried = SentenceAssignment(
            given.leads, (*own, *(m for m in given.partners if m.agency.id not in known)),
            given.mode, timeframe_of(block.text))
        draft.add_task(Task(f"{prefix}{made}", f"{prefix}{made}",
                            draft.titled(block.text.strip(), block.start),
                            timeframe=carried.timeframe,
                            assignments=assignments_of(draft, carried)), block.start)
    return made
