"""parse_plan: plan text in, programme out, with diagnostics for what it cannot read.

This module also tests the reader's working state (``io/importing/_draft.py``):
it has no behaviour of its own apart from reading a document, so a separate test
module would only repeat these texts. The parts of a plan have their own modules:
``test_sections.py`` (the body), ``test_appendix.py``, ``test_layout.py`` (lines
and paragraphs), ``test_names.py`` and ``test_files.py``.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import (
    PlanParseError,
    dumps,
    load_bundled,
    loads,
    parse_plan,
    validate,
)
from quanhelaodong.io.importing import MAX_CHARACTERS
from quanhelaodong.programmes import ProgrammeKind
from tests.io.importing.plans import HEADER, HUE, plan

# -- seed 004 ---------------------------------------------------------------------------------

def test_seed_004_reproduces_the_bundled_plan(hue_text: str) -> None:
    result = parse_plan(hue_text)
    parsed, bundled = result.programme, load_bundled("hue-2023")
    assert result.diagnostics == ()
    assert [t.id for t in parsed.tasks] == [t.id for t in bundled.tasks]
    for mine, golden in zip(parsed.tasks, bundled.tasks, strict=True):
        # Notes are the editor's remarks in the bundled file, not text of the plan.
        assert attrs.evolve(mine, note=None) == attrs.evolve(golden, note=None), golden.id
    for field in ("kind", "title", "document", "issuer", "area", "period", "signatories",
                  "implements", "reporting_clauses", "reporting_rules", "recipients"):
        assert getattr(parsed, field) == getattr(bundled, field), field


def test_seed_004_parsed_validates_like_the_bundled_plan(hue_text: str) -> None:
    parsed = parse_plan(hue_text, id="hue-2023").programme
    assert validate(parsed) == validate(load_bundled("hue-2023"))


# -- the header and the closing, each on a short text --------------------------------------

def test_header_with_spaced_number() -> None:
    programme = plan("I. NHIỆM VỤ\n1. Tập huấn\nĐơn vị thực hiện: LĐLĐ tỉnh.\n")
    assert programme.document is not None
    assert programme.document.symbol == "25/KH-UBND"
    assert str(programme.document.issued_on) == "2024-01-02"
    assert programme.kind is ProgrammeKind.PLAN
    assert programme.title == "Thúc đẩy đối thoại tại nơi làm việc năm 2024"
    assert programme.period is not None
    assert str(programme.period.end) == "2024-12-31"
    assert programme.issuer == f"{HUE}/ubnd"


def test_area_from_the_caller_wins() -> None:
    text = "Số: 3/KH-UBND\nHà Nội, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\nThử\n" \
           "I. NHIỆM VỤ\n1. Việc\nĐơn vị thực hiện: LĐLĐ tỉnh.\n"
    assert parse_plan(text, area="An Giang").programme.task("I.1").implementers == (
        "an-giang/ldld",)


def test_reporting_signature_and_recipients() -> None:
    programme = plan(
        "I. NHIỆM VỤ\n1. Việc\nĐơn vị thực hiện: Sở LĐTBXH.\n"
        "II. CHẾ ĐỘ BÁO CÁO\n1. Các sở, ngành liên quan báo cáo UBND tỉnh (qua Sở Nội vụ) "
        "trước ngày 15/11 hằng năm.\n"
        "Nơi nhận:\n- TT. Tỉnh ủy;\n- Lưu VT.\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")
    assert programme.reporting_clauses == (
        "Các sở, ngành liên quan báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 15/11 hằng năm.",)
    (rule,) = programme.reporting_rules
    assert (rule.reporters, rule.recipient, rule.via, str(rule.due)) == (
        (f"{HUE}/so-nganh-lien-quan",), f"{HUE}/ubnd", f"{HUE}/so-noi-vu",
        "trước ngày 15/11 hằng năm")
    assert programme.recipients == ("TT. Tỉnh ủy", "Lưu VT")
    (signatory,) = programme.signatories
    assert (signatory.agency, signatory.position, signatory.person) == (
        f"{HUE}/ubnd", "PHÓ CHỦ TỊCH", "Nguyễn Văn A")


def test_nothing_is_dropped_silently(hue_text: str) -> None:
    result = parse_plan(hue_text + "\nMột dòng lạc sau phụ lục.\n")
    assert [d.code for d in result.diagnostics] == ["unread-text"]
    assert result.diagnostics[0].text == "Một dòng lạc sau phụ lục."
    twice = parse_plan(hue_text + "\n" + hue_text)
    assert len(twice.programme.tasks) == 78
    assert all(d.code == "unread-text" for d in twice.diagnostics)
    assert twice.diagnostics[0].start > len(hue_text)


# -- bad input never crashes ---------------------------------------------------------------

@pytest.mark.parametrize("bad", ["", "   \n\t ", b"\x00\x01\x02binary", b"\xff\xfe\xfd",
                                 "\x01\x02\x03\x04" * 100])
def test_bad_input_is_a_typed_error(bad: str | bytes) -> None:
    with pytest.raises(PlanParseError):
        parse_plan(bad)


def test_huge_input_is_refused() -> None:
    with pytest.raises(PlanParseError, match="limit"):
        parse_plan("a" * (MAX_CHARACTERS + 1))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_random_unicode_never_crashes(text: str) -> None:
    try:
        result = parse_plan(text)
    except PlanParseError:
        return
    assert result.programme.title


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_truncated_and_spliced_documents_never_crash(hue_text: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(hue_text)))
    other = data.draw(st.integers(0, len(hue_text)))
    for text in (hue_text[:cut], hue_text[cut:], hue_text[:cut] + hue_text[other:]):
        try:
            result = parse_plan(text)
        except PlanParseError:
            continue
        for diagnostic in result.diagnostics:
            assert 0 <= diagnostic.start <= diagnostic.end <= len(text) + 1
        # Whatever the reader makes of a broken text is a programme the library can store.
        assert loads(dumps(result.programme)) == result.programme


# -- the draft: what has been read, and what could not be --------------------------------------

def test_numbered_item_without_text_is_kept_and_reported() -> None:
    result = parse_plan(HEADER + "I. NHIỆM VỤ\n1.\nĐơn vị thực hiện: LĐLĐ tỉnh.\n"
                        "II. TỔ CHỨC THỰC HIỆN\n1.\na) Tập huấn.\n")
    assert result.programme.task("I.1").title == "(không có tiêu đề)"
    assert result.programme.task("I.1").implementers == (f"{HUE}/ldld",)
    assert "empty-title" in {d.code for d in result.diagnostics}


def test_every_unread_paragraph_is_one_diagnostic_at_its_offset() -> None:
    text = (HEADER + "I. NHIỆM VỤ\n1. Việc\nĐơn vị thực hiện: LĐLĐ tỉnh.\n"
            "Nơi nhận:\n- Lưu VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n\n"
            "Đoạn văn lạc sau chữ ký\ncòn tiếp một dòng.\n\nMột đoạn nữa.\n")
    result = parse_plan(text)
    assert not result.ok
    assert [d.code for d in result.diagnostics] == ["unread-text", "unread-text"]
    joined, single = result.diagnostics
    assert joined.text == "Đoạn văn lạc sau chữ ký còn tiếp một dòng."  # one run of lines
    assert joined.start == text.index("Đoạn văn lạc")
    assert text[single.start:single.end] == single.text == "Một đoạn nữa."
    assert [t.id for t in result.programme.tasks] == ["I", "I.1"]


def test_an_issuer_the_area_never_had_is_a_diagnostic_not_a_crash() -> None:
    # UnknownAgencyError escaped: Tuyên Quang's labour department ended before 2026.
    result = parse_plan("Số: 12/KH-SLĐTBXH\nTuyên Quang, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\n"
                        "Tập huấn năm 2026")
    assert result.programme.document is not None
    assert result.programme.issuer is None
    assert "unknown-issuer" in [d.code for d in result.diagnostics]


def test_a_first_line_that_dates_something_is_no_header_date_line() -> None:
    # A press item may open with a sentence holding "ngày ... tháng ... năm": it is body, and
    # only a line laid out as "<place>, ngày ..." is taken for the header's date.
    result = parse_plan("Sở Nội vụ chủ trì tổng kết trước ngày 15 tháng 3 năm 2014.",
                        area="thua-thien-hue")
    assert [t.leads for t in result.programme.tasks if t.assignments] == [
        ("thua-thien-hue/so-noi-vu",)]
    assert not any(d.code == "unread-date" for d in result.diagnostics)
    odd = parse_plan("Thừa Thiên Huế, ngày 31 tháng 2 năm 2024\nKẾ HOẠCH\nTổ chức hội thi")
    assert [d.code for d in odd.diagnostics if d.code == "unread-date"] == ["unread-date"]
