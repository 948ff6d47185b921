"""Hypothesis strategies for the domain types, with Vietnamese text."""

from __future__ import annotations

import datetime

import attrs
from hypothesis import strategies as st

from quanhelaodong import Agency, Assignment, CoordinationProgramme, DocumentRef, Role, Task
from quanhelaodong.agencies import Classification, Level, Side
from quanhelaodong.deadlines import DataPeriod, Recurring, WorkingCalendar
from quanhelaodong.documents import DOCUMENT_TYPES
from quanhelaodong.programmes import (
    AssignmentMode,
    Dialogue,
    DialogueKind,
    Indicator,
    ProgrammeKind,
    ProgrammePeriod,
    Quantity,
    QuantityQualifier,
    Recommendation,
    RecommendationChannel,
    RecommendationCounts,
    Report,
    ReportingRule,
    Signatory,
)
from quanhelaodong.text import nfc
from tests.days import as_date

VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
ALPHABET = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "0123456789 ,.;:()-–/&\"'"

texts = st.text(ALPHABET, min_size=1, max_size=40).map(nfc).filter(bool)
slugs = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
agency_ids = st.builds(lambda a, b: f"{a}/{b}", slugs, slugs)
task_ids = st.from_regex(r"[A-Za-z0-9]{1,4}(\.[A-Za-z0-9]{1,3}){0,3}", fullmatch=True)
days = st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 12, 31)).map(as_date)

ISSUERS = ["UBND", "LĐLĐ", "CP", "TW", "BLĐTBXH", "SLĐTBXH", "QH14", "LĐTBXH"]
UNITS = ["VX", "LĐTL", "KT", "TH"]


@st.composite
def document_refs(draw: st.DrawFn) -> DocumentRef:
    """Document references in canonical form, so that ``parse(ref.symbol)`` gives them back."""
    number = draw(st.from_regex(r"0[1-9]|[1-9][0-9]{0,3}", fullmatch=True))
    issued_on = draw(st.none() | days)
    if draw(st.booleans()):
        type_code = draw(st.sampled_from(["NQ", "CT", "KL", "QĐ", "HD"]))
        return DocumentRef(number, "TW", type_code, party=True, issued_on=issued_on)
    year = draw(st.none() | st.integers(2000, 2030))
    if draw(st.booleans()):
        type_code = draw(st.sampled_from(sorted(DOCUMENT_TYPES)))
        issuer = draw(st.sampled_from(ISSUERS))
        return DocumentRef(number, issuer, type_code, year, issued_on=issued_on,
                           place=draw(st.none() | texts), title=draw(st.none() | texts))
    issuer = draw(st.sampled_from(ISSUERS))
    unit = draw(st.none() | st.sampled_from(UNITS))
    return DocumentRef(number, issuer, None, year, unit, issued_on=issued_on)


assignments = st.builds(
    Assignment,
    agency=agency_ids,
    role=st.sampled_from(Role),
    mode=st.sampled_from(AssignmentMode),
    as_written=st.none() | texts,
)

tasks = st.builds(
    Task,
    id=task_ids,
    label=texts,
    title=texts,
    group=st.none() | task_ids,
    timeframe=st.none() | texts,
    assignments=st.lists(assignments, max_size=4).map(tuple),
    note=st.none() | texts,
)


@st.composite
def agencies(draw: st.DrawFn) -> Agency:
    founded = draw(st.none() | days)
    dissolved = draw(st.none() | days)
    if founded is not None and dissolved is not None and dissolved < founded:
        founded, dissolved = dissolved, founded
    return Agency(
        draw(agency_ids), draw(texts), draw(st.sampled_from(Classification)),
        draw(st.sampled_from(Side)), draw(st.none() | st.sampled_from(Level)),
        area=draw(st.none() | slugs), parent=draw(st.none() | agency_ids),
        other_names=draw(st.lists(texts, max_size=3).map(tuple)),
        founded=founded, dissolved=dissolved, collective=draw(st.booleans()),
    )


signatories = st.builds(
    Signatory, agency=agency_ids, position=st.none() | texts, person=st.none() | texts,
    capacity=st.lists(texts, max_size=2).map(tuple),
)
periods = st.builds(ProgrammePeriod, days, days)

programmes = st.builds(
    CoordinationProgramme,
    id=slugs,
    kind=st.sampled_from(ProgrammeKind),
    title=texts,
    document=st.none() | document_refs(),
    issuer=st.none() | agency_ids,
    area=st.none() | slugs,
    signatories=st.lists(signatories, max_size=2).map(tuple),
    period=st.none() | periods,
    areas_of_coordination=st.lists(texts, max_size=3).map(tuple),
    implements=st.lists(document_refs(), max_size=2).map(tuple),
    predecessor=st.none() | document_refs(),
    tasks=st.lists(tasks, max_size=6).map(tuple),
    reporting_clauses=st.lists(texts, max_size=2).map(tuple),
    recipients=st.lists(texts, max_size=2).map(tuple),
    agencies=st.lists(agencies(), max_size=3).map(tuple),
)


# -- follow-up types ----------------------------------------------------------------------------
from decimal import Decimal  # noqa: E402

decimals = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False,
                       allow_infinity=False).map(lambda d: Decimal(str(d)))
quantities = st.builds(Quantity, decimals, st.sampled_from(QuantityQualifier), st.none() | texts,
                       st.booleans(), st.none() | texts)
recommendations = st.builds(Recommendation, task_ids, texts, st.sampled_from(RecommendationChannel),
                            st.none() | texts, st.none() | agency_ids, st.none() | days,
                            st.none() | days, st.none() | days)
dialogues = st.builds(
    Dialogue, id=slugs, kind=st.sampled_from(DialogueKind), title=texts,
    held=st.none() | days, timeframe=st.none() | texts, level=st.none() | texts,
    organisers=st.lists(assignments, max_size=2).map(tuple), chair=st.none() | texts,
    venue=st.none() | texts, participants=st.none() | quantities,
    topics=st.lists(texts, max_size=3).map(tuple),
    recommendations=st.lists(recommendations, max_size=3).map(tuple),
    counts=st.none() | st.builds(RecommendationCounts, st.none() | st.integers(0, 999),
                                 st.none() | st.integers(0, 99)),
    source=st.none() | texts)
indicators = st.builds(Indicator, texts, decimals, st.none() | texts, st.none() | decimals,
                       st.none() | decimals, st.none() | texts)
rules = st.builds(ReportingRule, task_ids, st.lists(agency_ids, min_size=1, max_size=3).map(tuple),
                  agency_ids, texts, via=st.none() | agency_ids,
                  data_period=st.none() | st.sampled_from(DataPeriod),
                  consolidates=st.none() | task_ids, as_written=st.none() | texts)
reports = st.builds(Report, slugs, agency_ids, st.none() | agency_ids, rule=st.none() | task_ids,
                    period_start=st.none() | days, period_end=st.none() | days,
                    submitted=st.none() | days, indicators=st.lists(indicators, max_size=3).map(tuple),
                    source=st.none() | texts)
programmes_with_follow_up = st.builds(
    lambda base, r, p, d, f: attrs.evolve(base, reporting_rules=r, reports=p, dialogues=d,
                                          follows=f),
    programmes, st.lists(rules, max_size=2).map(tuple), st.lists(reports, max_size=2).map(tuple),
    st.lists(dialogues, max_size=2).map(tuple), st.none() | slugs)


# -- progress on tasks ---------------------------------------------------------------------------
from quanhelaodong.programmes import (  # noqa: E402
    Completion,
    Extension,
    ProgressStatus,
    ProgressUpdate,
)

percents = st.none() | st.integers(0, 100)
progress_updates = st.builds(
    ProgressUpdate, task_ids, days, agency_ids, status=st.sampled_from(ProgressStatus),
    percent=percents, text=st.none() | texts, evidence=st.none() | document_refs(),
    occurrence=st.none() | days)
completions = st.builds(
    Completion, task_ids, days, agency=st.none() | agency_ids,
    evidence=st.none() | document_refs(), text=st.none() | texts, occurrence=st.none() | days)
extensions = st.builds(
    Extension, task_ids, days, days, decided_by=st.none() | agency_ids,
    requested_by=st.none() | agency_ids, document=st.none() | document_refs(),
    reason=st.none() | texts, occurrence=st.none() | days)
progress_events = st.one_of(progress_updates, completions, extensions)
programmes_with_progress = st.builds(
    CoordinationProgramme, id=slugs, kind=st.sampled_from(ProgrammeKind), title=texts,
    issuer=st.none() | agency_ids, period=st.none() | periods,
    tasks=st.lists(st.builds(Task, id=task_ids, label=texts, title=texts,
                             timeframe=st.none() | st.sampled_from(["Năm 2024", "hằng năm",
                                                                    "Thường xuyên"]),
                             assignments=st.lists(assignments, max_size=2).map(tuple),
                             assigned_by=st.none() | agency_ids), max_size=3).map(tuple),
    progress=st.lists(progress_events, max_size=6).map(tuple))

#: The calendars a property must hold on: the state's, and employers' with one or two rest days.
calendars = st.sampled_from([WorkingCalendar.state(), WorkingCalendar.employer(),
                             WorkingCalendar.employer(weekly_rest=(4, 5))])
FOLLOWED_PHRASES = ["Năm {y}", "Quý II/{y}", "chậm nhất ngày {d}/{m}/{y}", "trước ngày {d}/{m}/{y}",
                    "trước ngày 15/11 hằng năm", "tháng 5 hằng năm", "định kỳ 2 năm/lần",
                    "Thường xuyên", "khi có yêu cầu", "theo tiến độ của dự án", None]
FOLLOWED_BODIES = ["thua-thien-hue/ubnd", "thua-thien-hue/so-ldtbxh", "thua-thien-hue/ldld",
                   "x/cong-ty-a"]


@st.composite
def followed_programmes(draw: st.DrawFn) -> CoordinationProgramme:
    """Small programmes with every kind of timeframe and random progress on their tasks.

    Records name real tasks; a recurring task's records name one of its occurrences
    (or now and then a wrong one); dates fall in and around the programme's years.
    """
    first = draw(st.integers(2020, 2030))
    years = draw(st.integers(0, 2))
    period = None if draw(st.integers(0, 4)) == 0 else (f"{first}-01-01", f"{first + years}-12-31")
    tasks = [Task("H", "H", "Nhóm", timeframe=draw(st.sampled_from([None, f"Năm {first}"])))]
    for number in range(draw(st.integers(1, 6))):
        phrase = draw(st.sampled_from(FOLLOWED_PHRASES))
        day = draw(st.dates(datetime.date(first, 1, 1), datetime.date(first + years, 12, 28)))
        text = None if phrase is None else phrase.format(d=day.day, m=day.month, y=day.year)
        lead = draw(st.sampled_from(FOLLOWED_BODIES))
        tasks.append(Task(f"T{number}", str(number), "Nhiệm vụ", timeframe=text,
                          group=draw(st.sampled_from([None, "H"])),
                          assigned_by=draw(st.sampled_from([None, *FOLLOWED_BODIES])),
                          assignments=[Assignment(lead, "lead")]))
    enterprise = Agency("x/cong-ty-a", "Công ty A", "enterprise", "employers")
    plan = CoordinationProgramme("theo-doi", "plan", "Kế hoạch", period=period,
                                 issuer=draw(st.sampled_from(FOLLOWED_BODIES)),
                                 tasks=tasks, agencies=[enterprise])
    moment = st.dates(datetime.date(first - 1, 6, 1), datetime.date(first + years + 1, 6, 30)
                      ).map(as_date)
    events: list[object] = []
    for _ in range(draw(st.integers(0, 12))):
        task = draw(st.sampled_from(plan.tasks[1:]))
        occurrence = None
        if isinstance(task.timeframe, Recurring):
            year = draw(st.integers(first - 1, first + years + 1))
            found = task.timeframe.occurrences((f"{year}-01-01", f"{year}-12-31"))
            right = bool(found) and draw(st.integers(0, 5)) > 0
            occurrence = found[0].due if right else as_date(f"{year}-01-01")
        kind = draw(st.sampled_from(["update", "update", "completion", "extension"]))
        on = draw(moment)
        if kind == "update":
            events.append(ProgressUpdate(task.id, on, draw(st.sampled_from(FOLLOWED_BODIES)),
                                         percent=draw(percents), occurrence=occurrence))
        elif kind == "completion":
            events.append(Completion(task.id, on, occurrence=occurrence))
        else:
            events.append(Extension(task.id, on, draw(moment), occurrence=occurrence))
    return attrs.evolve(plan, progress=events)
