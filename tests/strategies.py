"""Hypothesis strategies for the domain types, with Vietnamese text."""

from __future__ import annotations

import datetime

import attrs
from hypothesis import strategies as st

from quanhelaodong import Agency, Assignment, CoordinationProgramme, DocumentRef, Role, Task
from quanhelaodong.agencies import Classification, Level, Side
from quanhelaodong.deadlines import DataPeriod
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
