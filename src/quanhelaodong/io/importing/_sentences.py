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

import attrs

from quanhelaodong.agencies import Classification
from quanhelaodong.agencies._provisional import head_noun_words
from quanhelaodong.io.importing._draft import Draft
from quanhelaodong.io.importing._layout import past
from quanhelaodong.io.importing._names import NameMatch
from quanhelaodong.io.importing._time_phrases import TIME_PHRASE, timeframe_of
from quanhelaodong.io.importing._verbs import WORK_VERBS, alternation
from quanhelaodong.programmes import (
    Assignment,
    AssignmentMode,
    ProgrammeKind,
    Role,
)
from quanhelaodong.text import fold, tokens

__all__ = ["ACTION", "CUE", "LEAD_IN", "OPENING_CUE", "PRESIDES", "REPORTS", "SentenceAssignment",
           "assignments_of", "clauses", "continues", "partners_of", "read_sentence", "sentences"]

CUE = re.compile(r"(?<![\w])(?:kính đề nghị|đề nghị|yêu cầu|giao (?:nhiệm vụ|trách nhiệm) cho|"
                 r"giao cho|giao|chỉ đạo|chỉ thị cho|lưu ý|là (?:cơ sở|căn cứ) (?:để|cho)|"
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
    r"của mình|của đơn vị|của ngành|quản lý))*\s*,?"
    # "các sở LĐ-TB-XH căn cứ vào quy hoạch phát triển kinh tế - xã hội của địa phương, xây
    # dựng ...": what the bodies base their work on, closed by a comma.
    r"|,?\s*căn cứ(?:\s+vào)?\s+[^,.;:]{3,150}?(?:,\s*|\s+để\s+)", re.IGNORECASE)
# At the very start of a sentence only the issuer's own words give work ("Giao Sở A ...",
# "Đề nghị Sở B ..."); "Hướng dẫn các doanh nghiệp ..." there is the work itself.
OPENING_CUE = re.compile(r"(?:kính đề nghị|đề nghị|yêu cầu|giao (?:nhiệm vụ|trách nhiệm) cho|giao cho|giao)"
                         r"\s*[:,]?\s+", re.IGNORECASE)
# Bodies that direct others: asked to direct a department, they pass the work on to it.
_DIRECTING = frozenset({Classification.PEOPLES_COMMITTEE, Classification.GOVERNMENT,
                        Classification.MINISTRY})
LEAD_IN = re.compile(
    r"^(?:(?:theo đó|đồng thời|bên cạnh đó|ngoài ra|mặt khác|cụ thể|trong đó|riêng|cùng với đó|"
    r"song song(?: với)? đó|dự kiến|"
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
ACTION = re.compile(
    rf"\s*(?:[:–-]|\(|được giao|được phân công|là cơ quan (?:thường trực|chủ trì|đầu mối|chịu "
    rf"trách nhiệm)|{alternation(WORK_VERBS)})\b",
    re.IGNORECASE)
# "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: ..., Chủ tịch UBND các huyện ... chịu trách
# nhiệm thi hành Quyết định này": the list before the verb carries the decision out.
_EXECUTES = re.compile(r"\s*(?:(?:chịu trách nhiệm|có trách nhiệm)\s+(?:thi\s*hành|tổ chức thực hiện|"
                       r"thực hiện|triển khai)|căn cứ (?:quyết định|qđ) (?:này )?thi\s*hành)",
                       re.IGNORECASE)


@attrs.frozen
class SentenceAssignment:
    """The work a sentence gives: its leads, its partners and its time phrase, if any."""

    leads: tuple[NameMatch, ...]
    partners: tuple[NameMatch, ...]
    mode: AssignmentMode | None
    timeframe: str | None


def _leads(draft: Draft, sentence: str, base: int,
           item: bool = False) -> tuple[list[NameMatch], AssignmentMode | None]:
    opening = LEAD_IN.match(sentence)
    start = opening.end() if opening else 0
    when = TIME_PHRASE.match(sentence, start)  # "Trong tháng 11/2010 Ban quản lý ..."
    if when:
        start = past(sentence, when.end(), " ,")
    opening_cue = OPENING_CUE.match(sentence, start)
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
    names = _subject_up_to_duty(draft, sentence, base, draft.names.read_names_at(sentence, start, base))
    sides = _SIDES.match(sentence, start) if draft.parties and not names else None
    if sides and (ACTION.match(sentence, sides.end()) or _DUTY.match(sentence, sides.end())):
        # "Hai bên có trách nhiệm trao đổi thông tin ...": the sides the regulation is between.
        return list(draft.parties), None
    if not names:
        # "Trong tháng hành động, LĐLĐ huyện đã đề nghị ...", "Thời gian, địa điểm: Hội đồng
        # ... phối hợp ...": a short opening phrase first.
        for mark in (",", ":"):
            cut = sentence.find(mark, start, start + 60)
            # An opening that holds a cue ("và yêu cầu các Sở, ngành, ...") is no such phrase.
            if cut != -1 and len(sentence[start:cut].split()) <= 8 and not CUE.search(
                    sentence[start:cut] + " "):
                rest = past(sentence, cut + 1)
                names = draft.names.read_names_at(sentence, rest, base)
                if names:
                    start = rest
                    break
    if not names:
        # "đối với những DN gặp khó khăn, CĐ cần ...": a body under a duty after any comma;
        # "Đối với trường hợp có đề xuất ... thì Sở LĐTB&XH chủ trì ...": after "thì".
        for comma in re.finditer(r",\s+|\s+thì\s+", sentence):
            found = draft.names.read_names_at(sentence, comma.end(), base)
            if not found:
                continue
            tail = _ADVERBS.match(sentence, found[-1].end - base)
            # "..., CĐ các KCN Bình Dương sẽ tổ chức ...": what a body will do is work given.
            verb = ACTION if tail and " sẽ" in tail[0].lower() else _DUTY
            if verb.match(sentence, tail.end() if tail else found[-1].end - base):
                names, start = found, comma.end()
                break
    after = names[-1].end - base if names else start
    alias = _ALIAS.match(sentence, after)
    after = alias.end() if alias else after
    together = _TOGETHER.match(sentence, after) if names else None
    if together:
        # "LĐLĐ tỉnh cùng với LĐLĐ các huyện ... sẽ tổ chức ...": partners before the verb.
        joined = draft.names.read_names_at(sentence, together.end(), base, expected=True)
        after = joined[-1].end - base if joined else after
    adverbs = _ADVERBS.match(sentence, after)
    after = adverbs.end() if adverbs else after
    within = _WITHIN_DUTIES.match(sentence, after)
    after = within.end() if within and names else after
    given = CUE.match(sentence, past(sentence, after))
    said = adverbs[0].lower() if adverbs else ""
    intends = " sẽ" in said
    # In a press summary a body followed by any action is taken for work given only once the
    # text has begun to list work ("Sở A chủ trì ...; Công an tỉnh phối hợp ...; Công ty Điện
    # lực chỉ đạo ..."), and never when it tells what was done ("đã", "vừa").
    told = re.search(r"\b(?:đã|vừa)\b", said) is not None
    news = draft.kind in (None, ProgrammeKind.NEWS)
    # "Ngày 19/4, tại Cung Văn hóa ..., UBND thành phố và LĐLĐ thành phố phối hợp tổ chức ...":
    # a press sentence opening with the day tells an event; only a cue in it gives work.
    # A letter's sentence opening with a full date recalls an event too ("Ngày 16/11/2007,
    # Thủ tướng Chính phủ ban hành Nghị định số 168/2007/NĐ-CP ...").
    dated = _DATED.match(sentence, opening.end() if opening else 0)
    told = told or (dated is not None and (news or _YEAR_AFTER.match(sentence, dated.end()) is not None))
    # "Theo đó, các bộ, ngành, địa phương thực hiện nghiêm ...": after "Theo đó" a press item
    # says what the document it reports asks, so any action gives work, as in a list of work.
    according = news and opening is not None and fold(opening[0]).startswith("theo do")
    # A numbered, lettered or dashed item is one of a list of work.
    listing = (bool(draft.tasks) or according or item) and not told
    # "... căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch": the bodies' remit says the
    # sentence gives them work, whatever kind of text it is.
    verb = _DUTY if news and not (intends or listing or (within and names) or draft.lenient) else ACTION
    # "Công ty Điện lực chỉ đạo thực hiện ...": a cue that names nobody after it is the
    # subject's own action.
    # "UBND các huyện chỉ đạo các cơ quan chuyên môn ...": a body that is given work and has
    # its own services do it keeps the work; only a body that gives orders passes it on.
    passes_on = given is not None and (_STRONG_CUE.match(given[0]) is not None or not names
                                       or _gives_orders(draft, names[0])) and bool(
        _names_after_cue(draft, sentence, given, base))
    # "Thời gian qua, BHXH các tỉnh ... đã bám sát ...": what a body did is no work given.
    if names and not passes_on and not told and verb.match(sentence, after) and not _CHAIRS_EVENT.match(
            sentence, after):
        return names, None  # "Sở Y tế chủ trì ...": the subject does the work
    # "UBND tỉnh giao Sở A ...", "yêu cầu Công an tỉnh ...": the bodies after the cue do it.
    for cue in ([given] if given else []) + list(CUE.finditer(sentence, after)):
        if cue.start() <= start and not OPENING_CUE.match(sentence, cue.start()):
            continue  # "Hướng dẫn các doanh nghiệp ..." opening a sentence is the work itself
        if not names and not _STRONG_CUE.match(cue[0]) and ACTION.match(sentence, start):
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


# The verbs by which a subject takes a duty on itself.
_OWN_DUTY = re.compile(r"\s+(?:chịu trách nhiệm|có trách nhiệm|chủ trì|"
                       r"là cơ quan (?:thường trực|chủ trì|đầu mối)|là đầu mối)\b", re.IGNORECASE)


def _subject_up_to_duty(draft: Draft, sentence: str, base: int, names: list[NameMatch]) -> list[NameMatch]:
    """A subject no catalogue knows, read up to the verb that gives it its duty.

    Such a name may hold the words that end other names ("Ban Chủ nhiệm Câu lạc bộ Nhà trọ
    an toàn về an ninh trật tự chịu trách nhiệm ..."): when only a few more words, and no
    punctuation, stand between the name read and a duty verb, the subject runs to the verb.
    """
    if len(names) != 1 or not names[0].agency.provisional:
        return names
    end = names[0].end - base
    if ACTION.match(sentence, end) or _DUTY.match(sentence, end):
        return names
    duty = _OWN_DUTY.search(sentence, end, end + 80)
    if duty is None or len(sentence[end:duty.start()].split()) > 8 or re.search(
            r"[,;:.()\[\]]", sentence[end:duty.start()]):
        return names
    written = sentence[names[0].start - base:duty.start()]
    agency = draft.names.keep(written)
    if agency is None:
        return names
    return [NameMatch(agency, written, names[0].start, base + duty.start())]


_YEAR_AFTER = re.compile(r"\s*[/.-]\s*\d{4}\b")
_TOLD = re.compile(r"\bđã\b", re.IGNORECASE)
_DATED = re.compile(r"(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}\s*[/.-]\s*\d{1,2}\b",
                    re.IGNORECASE)
# After "giao", "yêu cầu", "đề nghị" a body is expected, even one written in lower case
# ("yêu cầu ngành chức năng ..."); after "chỉ đạo", "hướng dẫn" it must look like a name.
# "Chương trình là cơ sở để các LĐLĐ tỉnh ... xây dựng ...": what a document is the basis of,
# the bodies after it do.
_STRONG_CUE = re.compile(r"(?:kính đề nghị|đề nghị|yêu cầu|giao (?:nhiệm vụ|trách nhiệm) cho|giao cho|"
                         r"giao|là (?:cơ sở|căn cứ) (?:để|cho))\b", re.IGNORECASE)
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
    if not found and strong:
        # "yêu cầu hằng tuần văn phòng đại diện công đoàn ...": the time comes first.
        when = TIME_PHRASE.match(sentence, cue.end())
        if when:
            found = draft.names.read_names_at(sentence, past(sentence, when.end(), " ,"), base,
                                              expected=True)
    return found


# "Ông ..., Phó Chủ tịch UBND tỉnh chủ trì cuộc họp": chairing a meeting is no work given.
_CHAIRS_EVENT = re.compile(r"\s*chủ trì\s+(?:cuộc họp|hội nghị|buổi|phiên họp|lễ)\b", re.IGNORECASE)
_TOGETHER = re.compile(r"\s*cùng với\s+", re.IGNORECASE)
_SIDES = re.compile(r"(?:hai|ba|các) bên\b(?:\s+(?:ký kết|phối hợp))?", re.IGNORECASE)
_CHARGED = re.compile(r"\s+(?:có|chịu) trách nhiệm(?=\s)", re.IGNORECASE)
PRESIDES = re.compile(r"\s*(?:,\s*)?chủ trì\b", re.IGNORECASE)


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
        end = tail.end() if tail else end
        # "yêu cầu Chủ tịch UBND các huyện có trách nhiệm chỉ đạo Phòng ... chủ trì ..."
        duty = _CHARGED.match(sentence, end)
        cue = CUE.match(sentence, past(sentence, duty.end()) if duty else end + 1)
        passed = draft.names.read_names_at(sentence, cue.end(), base) if cue else []
        if not passed:
            return found
        presides = PRESIDES.match(sentence, passed[-1].end - base) is not None
        if not (presides or (requested and found[0].agency.classification in _DIRECTING)):
            return found
        found = passed


def continues(sentence: str) -> bool:
    """A sentence with no subject that goes on with what the previous one asked ("Phối hợp với ...")."""
    opening = LEAD_IN.match(sentence)
    rest = sentence[opening.end() if opening else 0:].lstrip(" -–•+")
    return (bool(rest) and ACTION.match(rest) is not None and not rest.startswith(("(", ":"))
            and REPORTS.match(rest) is None)


def partners_of(draft: Draft, sentence: str, base: int, leads: list[NameMatch]) -> list[NameMatch]:
    return draft.partner_names(sentence, base, [match.agency for match in leads], expected=True)


REPORTS = re.compile(r"\s*báo cáo\b", re.IGNORECASE)


def read_sentence(draft: Draft, sentence: str, base: int, *,
                  item: bool = False) -> SentenceAssignment | None:
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
    opening = LEAD_IN.match(sentence)
    if _RECALLS.match(sentence, opening.end() if opening else 0):
        return None
    leads, mode = _leads(draft, sentence, base, item)
    if not leads:
        return None
    leads = [_referred(draft, match) for match in leads]
    for match in leads:
        head, bare = _head_noun(match.written)
        if head is not None and not bare:
            draft.named[head] = match.agency
    return SentenceAssignment(tuple(leads), tuple(partners_of(draft, sentence, base, leads)), mode,
                              timeframe_of(sentence))


# A body named by its head noun alone after it was named in full: "Sở LĐ-TB&XH tỉnh Tây Ninh
# cho biết, từ nay ... Sở sẽ phối hợp ..." is that department.
def _head_noun(written: str) -> tuple[str | None, bool]:
    """The folded head noun a single body's name opens with ("so" for "Sở Y tế"), and whether
    the name is that noun alone; no head for a collective ("các sở")."""
    words = tokens(written)
    size = head_noun_words(written)
    if not size or words[0] in ("cac", "nhung", "moi"):
        return None, False
    return " ".join(words[:size]), size == len(words)


def _referred(draft: Draft, match: NameMatch) -> NameMatch:
    head, bare = _head_noun(match.written)
    if not bare or head not in draft.named:
        return match
    return attrs.evolve(match, agency=draft.named[head])


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


_SHORTEST_CLAUSE = 4


def clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of a sentence cut at ";", unless the sentence lists who carries out a decision.

    >>> [c for _, c in clauses("Sở A làm X; Công an tỉnh làm Z.")]
    ['Sở A làm X;', 'Công an tỉnh làm Z.']
    """
    if _EXECUTES.search(sentence):
        return [(0, sentence)]
    found, start = [], 0
    for end in _CLAUSE_END.finditer(sentence):
        if len(sentence[start:end.start()].split()) < _SHORTEST_CLAUSE:
            continue  # "Chỉ đạo và yêu cầu các cơ quan ...": one verb, not a clause of its own
        found.append((start, sentence[start:end.start()]))
        start = end.end()
    found.append((start, sentence[start:]))
    return [(offset, clause) for offset, clause in found if clause.strip()]
