"""Paragraphs read as work given: headings that name bodies, items under them, runs of sentences.

A sentence or heading that names bodies and ends with ":" gives the items after it
(numbered, lettered, dashed) to those bodies; an item with no subject of its own in a
letter goes to the letter's addressees; a sentence with no subject that follows one
giving work goes on with its bodies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quanhelaodong.io.importing._draft import Draft
from quanhelaodong.io.importing._layout import Block, past
from quanhelaodong.io.importing._names import NameMatch
from quanhelaodong.io.importing._reports import REPORT_WORD, read_reports
from quanhelaodong.io.importing._sentences import (
    ACTION,
    CUE,
    LEAD_IN,
    OPENING_CUE,
    PRESIDES,
    REPORTS,
    SentenceAssignment,
    assignments_of,
    clauses,
    continues,
    partners_of,
    read_sentence,
    sentences,
)
from quanhelaodong.io.importing._time_phrases import timeframe_of
from quanhelaodong.programmes import AssignmentMode, ProgrammeKind, Role, Task
from quanhelaodong.text import fold, match_key

__all__ = ["read_prose"]

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


# "Điều 6. Trách nhiệm chung", "Trách nhiệm của các bên": duties the sides share.
_SHARED_HEADING = re.compile(r"^(?:[IVX]{1,5}\.\s*|\d{1,2}\.\s*|[a-zđ]\)\s*|điều\s+\d{1,3}\s*[.:]\s*)?"
                             r"(?:trách nhiệm|nhiệm vụ) (?:chung|của (?:hai|ba|các) bên)\s*:?\s*$",
                             re.IGNORECASE)


def _shared_duties(draft: Draft, block: Block) -> list[NameMatch]:
    """The sides of a regulation, for a heading of the duties they share."""
    return list(draft.parties) if draft.parties and _SHARED_HEADING.match(block.text.strip()) else []


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


_DIRECTS = re.compile(r"(?:chỉ đạo|hướng dẫn|đôn đốc)\b(?:\s*(?:,|và)\s*(?:yêu cầu|đề nghị|"
                      r"hướng dẫn|đôn đốc|nhắc nhở))*\s+", re.IGNORECASE)


def _directs_onward(sentence: str, base: int, found: SentenceAssignment) -> bool:
    """A subjectless sentence that goes on directing others ("Chỉ đạo và yêu cầu các cơ quan,
    doanh nghiệp ...") leaves the work with the bodies of the sentence before, unless the
    bodies it directs are to preside."""
    opening = LEAD_IN.match(sentence)
    start = past(sentence, opening.end() if opening else 0, " -–•+")
    directs = _DIRECTS.match(sentence, start)
    return (directs is not None and found.leads[0].start - base >= directs.end()
            and PRESIDES.match(sentence, found.leads[-1].end - base) is None)


def _items_give_work(draft: Draft, blocks: list[Block], first: int) -> bool:
    """Whether the items after a sentence ending in ":" are pieces of work of their own.

    "... đề nghị các Liên đoàn Lao động tỉnh ... theo dõi các nội dung ..., cụ thể như
    sau:" followed by "1. Phim tài liệu ... phát trên kênh VTV1 ..." lists what to watch:
    the sentence is the task. Items open with what to do ("Tăng cường ...") or with who
    does it when they are work.
    """
    if first >= len(blocks):
        return False  # nothing follows (a stored page cut short): the sentence is the task
    items = []
    for block in blocks[first:]:
        if block.kind not in ("number", "letter", "dash"):
            break
        items.append(block)
    if not items:
        return True
    for item in items:
        text = item.text.lstrip(" -–•+")
        if ACTION.match(text) or OPENING_CUE.match(text) or CUE.match(text) or \
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
        heading = _heading_leads(draft, block) or _shared_duties(draft, block)
        if heading:
            requested = fold(block.text).lstrip(" ivx.0123456789").startswith("de nghi")
            context = SentenceAssignment(tuple(heading), (),
                                         AssignmentMode.REQUESTED if requested else None, None)
            previous = context  # what follows a heading goes on with its bodies, not the last item's
            continue
        if block.kind == "plain" and not continues(block.text):
            context = None
        found_here = introduces = False
        for offset, inner, sentence in [(at + inner, inner, clause)
                                        for at, whole in sentences(block.text)
                                        for inner, clause in clauses(whole)]:
            found = read_sentence(draft, sentence, block.start + offset,
                                  item=not inner and block.kind in ("number", "letter", "dash"))
            if found is not None and previous is not None and _directs_onward(
                    sentence, block.start + offset, found):
                found = None  # the bodies directed are the previous subject's to direct
            if found is None and previous is not None and continues(sentence):
                partners = partners_of(draft, sentence, block.start + offset, list(previous.leads))
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
                    # "... Thường xuyên báo cáo Chủ tịch UBND tỉnh ...": a report the clause asks.
                    draft.rules.extend(read_reports(draft, sentence, block.start + offset,
                                                    [m.agency.id for m in previous.leads]))
                    continue
                if context is previous:
                    # An item under "X phối hợp với Y triển khai một số công việc sau đây:"
                    # is done by X with Y, as the sentence that introduced it said.
                    known = {match.agency.id for match in partners}
                    partners += [m for m in previous.partners if m.agency.id not in known]
                found = SentenceAssignment(previous.leads, tuple(partners), previous.mode,
                                           timeframe_of(sentence))
            if found is None and REPORT_WORD.search(sentence):
                # "Các cơ quan báo cáo ...", "... báo cáo kết quả về UBND tỉnh trước ...": a
                # reporting duty of the sentence's own subject, else of the bodies before it.
                opening = LEAD_IN.match(sentence)
                subject = draft.names.read_names_at(
                    sentence, opening.end() if opening else 0, block.start + offset)
                reporters = tuple(subject) or (previous.leads if previous else ()) or (
                    context.leads if context else ())
                # With no body of its own nearby, the bodies given the last work report on it
                # ("Kế hoạch ... của đơn vị gửi trước ngày 10/4/2017 ... về Sở ...").
                last = list(draft.tasks[-1].leads) if made and not reporters else []
                draft.rules.extend(read_reports(draft, sentence, block.start + offset,
                                                [m.agency.id for m in reporters] or last))
            if found is not None or not REPORTS.match(sentence):
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
                sentence, offset = sentence[colon + 1:].strip(), offset + past(sentence, colon + 1)
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
        if not given.leads or (context is None and not CUE.search(block.text)):
            continue
        if context is None and block.kind not in ("number", "letter", "dash"):
            continue
        made += 1
        own = partners_of(draft, block.text, block.start, list(given.leads))
        known = {match.agency.id for match in own}
        carried = SentenceAssignment(
            given.leads, (*own, *(m for m in given.partners if m.agency.id not in known)),
            given.mode, timeframe_of(block.text))
        draft.add_task(Task(f"{prefix}{made}", f"{prefix}{made}",
                            draft.titled(block.text.strip(), block.start),
                            timeframe=carried.timeframe,
                            assignments=assignments_of(draft, carried)), block.start)
    return made
