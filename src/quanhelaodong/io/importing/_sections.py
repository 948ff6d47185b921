"""The body of a plan, part by part: key tasks, duties by agency, reporting, official letters.

A part's title says what it holds: key tasks ("NHIỆM VỤ ...": numbered items
with "Đơn vị thực hiện:" and "Thời gian thực hiện:"), duties by agency ("TỔ CHỨC
THỰC HIỆN": "1. Sở ...:" assigned, "2. Đề nghị ..." requested, with lettered
points and dash bullets), or the reporting regime ("CHẾ ĐỘ BÁO CÁO"). Purpose and
funding parts assign nothing; text there that assigns is reported.
"""

from __future__ import annotations

import re

from quanhelaodong.agencies import Agency
from quanhelaodong.deadlines import DataPeriod
from quanhelaodong.io.importing._draft import Draft, KeyTask
from quanhelaodong.io.importing._layout import ROMAN_PART, Block, Line, paragraphs, past
from quanhelaodong.io.importing._names import NameMatch, NameReader
from quanhelaodong.io.importing._prose import read_prose
from quanhelaodong.io.importing._reports import read_reports
from quanhelaodong.io.importing._time_phrases import timeframe_of
from quanhelaodong.programmes import AssignmentMode, ProgrammeKind, ReportingRule, Role, Task
from quanhelaodong.text import fold, nfc

__all__ = ["read_body"]

# What a point's own subject does: coordinates ("phối hợp với"), presides, or is charged.
_OWN_WORK = re.compile(r"\s*(?:phối hợp|chủ trì|có trách nhiệm|chịu trách nhiệm|tham mưu)\b",
                       re.IGNORECASE)
_REPORT_DUE = re.compile(
    r"(?:định kỳ\s+)?(?:h[ằà]ng năm\s+)?(?:trước|chậm nhất)\s+ngày\s+\d{1,2}/\d{1,2}"
    r"(?:/\d{4})?(?:\s+h[ằà]ng năm)?", re.IGNORECASE)
_REPORT_TO = re.compile(r"báo cáo\s+(?=(?:UBND|Ủy ban|Sở|Bộ|Liên đoàn|LĐLĐ|Ban)\b)", re.IGNORECASE)
_REPORT_VIA = re.compile(r"(?:thông qua|\(qua)\s+", re.IGNORECASE)


def read_body(draft: Draft, start: int, end: int) -> None:
    parts: list[tuple[str, str, int, list[Line]]] = []
    loose: list[Line] = []
    for line in draft.lines[start:end]:
        match = ROMAN_PART.match(line.text.strip())
        if match and match["title"].upper() == match["title"]:
            parts.append((match["numeral"], match["title"].strip(), line.start, []))
        elif parts:
            parts[-1][3].append(line)
        elif line.text.strip():
            loose.append(line)
    if draft.kind is ProgrammeKind.OFFICIAL_LETTER and not parts:
        read_letter(draft, loose)
        return
    if loose:
        blocks = list(paragraphs(loose))
        if any(b.kind == "label" for b in blocks):
            # Numbered tasks with no Roman-numeral part around them.
            read_key_tasks(draft, "NV", "NHIỆM VỤ", blocks)
        elif not read_prose(draft, blocks, prefix="NV" if parts else "",
                            addressees=tuple(draft.addressees)):
            for block in blocks:
                draft.note("unread-text", "text before the first part", block.start,
                          block.text[:200])
    for numeral, title, _at, lines in parts:
        blocks = list(paragraphs(lines))
        kind = fold(title)
        if "to chuc thuc hien" in kind or "trach nhiem" in kind:
            read_duties(draft, numeral, title, blocks)
        elif "bao cao" in kind:
            read_reporting(draft, numeral, [b for b in blocks if b.kind == "number"])
        elif any(word in kind for word in ("nhiem vu", "giai phap", "noi dung")) or any(
                b.kind == "label" for b in blocks):
            read_key_tasks(draft, numeral, title, blocks)
        else:
            check_unassigned(draft, blocks)


def read_reporting(draft: Draft, numeral: str, clauses: list[Block]) -> None:
    """Reporting clauses, and the rules they set: who reports to whom, through whom, by when.

    A clause with no deadline stays text only. A clause whose reporter is the body
    others report through, and which names no recipient, consolidates their reports
    for the same recipient (seed 004: agencies by 15/11 through the labour
    department, which reports by 30/11).
    """
    for clause in clauses:
        draft.reporting.append(clause.text)
        due = _REPORT_DUE.search(clause.text)
        if due is None:
            continue
        text = clause.text
        reporters = draft.names.read_names_at(text, 0, clause.start)
        recipient = _name_after(draft.names, _REPORT_TO, text, clause.start)
        via = _name_after(draft.names, _REPORT_VIA, text, clause.start)
        consolidated = next((rule for rule in reversed(draft.rules)
                             if rule.via is not None and reporters
                             and rule.via == reporters[0].agency.id), None)
        if recipient is None and consolidated is not None:
            recipient_id: str | None = consolidated.recipient
        else:
            recipient_id = recipient.agency.id if recipient else None
        if not reporters or recipient_id is None:
            draft.note("unread-reporting", "a reporting deadline without a reporter or a "
                      "recipient this reader can tell", clause.start, text[:120])
            continue
        phrase = nfc(due[0])
        draft.rules.append(ReportingRule(
            f"{numeral}.{clause.marker}", [m.agency.id for m in reporters], recipient_id, phrase,
            via=via.agency.id if via else None,
            data_period=DataPeriod.ANNUAL if re.search(r"h[ằà]ng năm", phrase) else None,
            consolidates=consolidated.id if consolidated else None, as_written=text))


def check_unassigned(draft: Draft, blocks: list[Block]) -> None:
    """Purpose and funding parts assign nothing; text there that assigns is reported.

    It assigns when it names a lead ("chủ trì") or opens with a body's name
    ("Sở Tài chính thẩm định ..."); a purpose that mentions coordination does not.
    """
    for block in blocks:
        opens_with_body = bool(draft.names.read_names_at(block.text, 0, block.start))
        if opens_with_body or re.search(r"\bchủ trì\b", block.text, re.IGNORECASE):
            draft.note("unread-assignment", "an assignment in a part that holds no tasks",
                      block.start, block.text[:120])


def read_key_tasks(draft: Draft, numeral: str, title: str, blocks: list[Block]) -> None:
    draft.tasks.append(Task(numeral, numeral, title))
    current: KeyTask | None = None
    for block in blocks:
        if block.kind == "number":
            flush_key_task(draft, current)
            current = KeyTask(f"{numeral}.{block.marker}", numeral, block.text, block.start)
        elif block.kind == "label" and current is not None:
            apply_label(draft, current, block)
        elif current is not None and block.kind in ("plain", "dash", "letter"):
            current.title = f"{current.title} {block.text}"
        else:
            draft.note("unread-text", "text outside any task", block.start, block.text[:120])
    flush_key_task(draft, current)


def apply_label(draft: Draft, current: KeyTask, block: Block) -> None:
    label = fold(block.marker)
    if label.startswith("thoi"):
        current.timeframe = block.text.strip().rstrip(".")
        return
    role = Role.IMPLEMENTER
    if "chu tri" in label:
        role = Role.LEAD
    elif "phoi hop" in label:
        role = Role.PARTNER
    found, problems = draft.names.read_list(block.text, block.end - len(block.text))
    draft.diagnostics.extend(problems)
    current.assignments.extend(draft.assign(match, role) for match in found)


def flush_key_task(draft: Draft, current: KeyTask | None) -> None:
    if current is None:
        return
    task = Task(current.id, current.id, draft.titled(current.title, current.start),
                group=current.group,
                timeframe=current.timeframe, assignments=current.assignments)
    if not current.assignments:
        draft.note("task-without-agencies", "a numbered task that names no agency",
                  current.start, current.title[:120])
    draft.add_task(task, current.start)


def read_duties(draft: Draft, numeral: str, title: str, blocks: list[Block]) -> None:
    draft.tasks.append(Task(numeral, numeral, title))
    sections: list[tuple[Block, list[Block]]] = []
    for block in blocks:
        if block.kind == "number":
            sections.append((block, []))
        elif sections:
            sections[-1][1].append(block)
        else:
            draft.note("unread-text", "text before the first section", block.start,
                      block.text[:120])
    for heading, body in sections:
        read_duty_section(draft, numeral, heading, body)


def read_duty_section(draft: Draft, numeral: str, heading: Block, body: list[Block]) -> None:
    section_id = f"{numeral}.{heading.marker}"
    written = heading.text.strip().rstrip(":").strip()
    # "3. UBND các xã, thị trấn: Tuyên truyền ...": the duty may share the heading's line.
    colon = written.find(":")
    if colon != -1 and written[colon + 1:].strip():
        duty_at = heading.start + heading.text.index(written) + past(written, colon + 1)
        duty = written[colon + 1:].strip()
        body = [Block("", "plain", duty, duty_at, duty_at + len(duty)), *body]
        written = written[:colon].strip()
    requested = fold(written).startswith("de nghi")
    names_text = re.sub(r"^Đề nghị\s+", "", written, flags=re.IGNORECASE)
    offset = heading.start + heading.text.index(names_text)
    leads, problems = draft.names.read_list(names_text, offset)
    draft.diagnostics.extend(problems)
    mode = AssignmentMode.REQUESTED if requested else None
    lead_assignments = [draft.assign(match, Role.LEAD, mode) for match in leads]
    subject = leads[0].agency if leads else None
    points = [b for b in body if b.kind in ("letter", "dash")]
    if not points:
        text = " ".join(b.text for b in body).strip()
        if not text:
            draft.note("duty-without-text", "a section that states no duty", heading.start,
                      heading.text)
            text = written
        at = body[0].start if body else heading.start
        partners = draft.partners_in(text, at, subject)
        draft.rules.extend(read_reports(draft, text, at, [match.agency.id for match in leads]))
        draft.add_task(Task(section_id, section_id, draft.titled(text, heading.start),
                           group=numeral, timeframe=timeframe_of(text),
                           assignments=lead_assignments + partners), heading.start)
        return
    draft.add_task(Task(section_id, section_id, draft.titled(written, heading.start),
                       group=numeral), heading.start)
    last_point: Task | None = None
    dash_count = 0
    for block in body:
        if block.kind == "letter":
            own = _own_subject(draft, block, subject)
            if own:
                # "b) Công an tỉnh phối hợp với Sở ... nắm tình hình": the point's own body
                # leads; the section's body may be its partner.
                point_leads = [draft.assign(match, Role.LEAD, mode) for match in own]
                partners = [draft.assign(match, Role.PARTNER) for match in draft.partner_names(
                    block.text, block.start, [match.agency for match in own])]
            else:
                point_leads = lead_assignments
                partners = draft.partners_in(block.text, block.start, subject)
            task_id = f"{section_id}.{block.marker}"
            last_point = Task(task_id, task_id, draft.titled(block.text, block.start),
                              group=section_id,
                              assignments=point_leads + partners)
            dash_count = 0
            draft.add_task(last_point, block.start)
        elif block.kind == "dash" and last_point is None:
            # "1. Phòng Lao động - Thương binh và Xã hội" / "- Chủ trì, phối hợp ...": dashed
            # duties straight under the body's heading.
            dash_count += 1
            task_id = f"{section_id}.{dash_count}"
            partners = draft.partners_in(block.text, block.start, subject)
            draft.rules.extend(read_reports(draft, block.text, block.start,
                                            [match.agency.id for match in leads]))
            draft.add_task(Task(task_id, task_id, draft.titled(block.text, block.start),
                               group=section_id, timeframe=timeframe_of(block.text),
                               assignments=lead_assignments + partners), block.start)
        elif block.kind == "dash" and last_point is not None \
                and last_point.title.rstrip().endswith(":"):
            dash_count += 1
            task_id = f"{last_point.id}.{dash_count}"
            extra = draft.partners_in(block.text, block.start, subject)
            draft.add_task(Task(task_id, task_id, draft.titled(block.text, block.start),
                               group=last_point.id,
                               assignments=list(last_point.assignments) + extra), block.start)
        else:
            draft.note("unread-text", "a paragraph of a duty section that is not a point",
                      block.start, block.text[:120])


def _own_subject(draft: Draft, block: Block, subject: Agency | None) -> list[NameMatch]:
    """The bodies a point of a duty section opens with, when they are not the section's own
    and work or "phối hợp với" follows them; else nothing."""
    found = draft.names.read_names_at(block.text, 0, block.start)
    if not found or subject is None or any(match.agency == subject for match in found):
        return []
    after = found[-1].end - block.start
    return found if _OWN_WORK.match(block.text, after) else []


def read_letter(draft: Draft, lines: list[Line]) -> None:
    """An official letter's requests: from its sentences, else given to its addressees."""
    read_prose(draft, list(paragraphs(lines)), addressees=tuple(draft.addressees))


def _name_after(names: NameReader, cue: re.Pattern[str], text: str, base: int) -> NameMatch | None:
    match = cue.search(text)
    if match is None:
        return None
    found = names.read_names_at(text, match.end(), base)
    return found[0] if found else None
