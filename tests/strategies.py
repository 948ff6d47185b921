"""Hypothesis strategies for the domain types, with Vietnamese text."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from quanhelaodong import (
    Agency,
    Assignment,
    Classification,
    CoordinationProgramme,
    DocumentRef,
    Level,
    Mode,
    Period,
    ProgrammeKind,
    Role,
    Side,
    Signatory,
    Task,
)
from quanhelaodong.dates import as_date
from quanhelaodong.documents import DOCUMENT_TYPES
from quanhelaodong.text import nfc

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
    mode=st.sampled_from(Mode),
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
periods = st.builds(Period, days, days)

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
