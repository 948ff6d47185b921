"""parse_plan: plan text in, programme out, with diagnostics for what it cannot read."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quanhelaodong import (
    CoordinationProgramme,
    PlanParseError,
    Role,
    load_bundled,
    parse_plan,
    parse_plan_file,
    validate,
)
from quanhelaodong.agencies import default_catalogue
from quanhelaodong.io import read_plan_file
from quanhelaodong.io.importing import MAX_CHARACTERS, NameReader
from quanhelaodong.programmes import AssignmentMode, ProgrammeKind

HUE = "thua-thien-hue"


def roles(programme: CoordinationProgramme, task_id: str) -> list[tuple[str, str, str]]:
    return [(a.agency.split("/")[1], a.role.value, a.mode.value)
            for a in programme.task(task_id).assignments]


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


# -- the tricky patterns, each on a short text ---------------------------------------------

HEADER = "Số: 25 / KH - UBND\nThừa Thiên Huế, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\n" \
         "Thúc đẩy đối thoại tại nơi làm việc năm 2024\n"


def plan(body: str) -> CoordinationProgramme:
    result = parse_plan(HEADER + body)
    assert result.diagnostics == (), [str(d) for d in result.diagnostics]
    return result.programme


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


def test_assigned_versus_requested_sections() -> None:
    programme = plan(
        "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Lao động – Thương binh và Xã hội:\n"
        "a) Chủ trì, phối hợp với Liên đoàn Lao động tỉnh và các ngành liên quan tổ chức hội nghị.\n"
        "2. Đề nghị Liên đoàn Lao động tỉnh\n"
        "a) Phối hợp với Sở Lao động- Thương binh và Xã hội xây dựng mô hình đối thoại.\n"
        "3. Hiệp hội Doanh nghiệp tỉnh, Liên minh Hợp tác xã tỉnh\n"
        "Vận động doanh nghiệp tham gia.\n")
    assert roles(programme, "I.1.a") == [
        ("so-ldtbxh", "lead", "assigned"), ("ldld", "partner", "requested"),
        ("so-nganh-lien-quan", "partner", "assigned")]
    # "X phối hợp với Y <verb>": the section's body X leads; a requested section stays requested.
    assert roles(programme, "I.2.a") == [
        ("ldld", "lead", "requested"), ("so-ldtbxh", "partner", "assigned")]
    # Two bodies in one heading lead jointly; a single paragraph is the section's task.
    assert roles(programme, "I.3") == [
        ("hiep-hoi-dn", "lead", "requested"), ("lmhtx", "lead", "requested")]


def test_lone_dash_and_broken_bullet() -> None:
    programme = plan(
        "I. TỔ CHỨC THỰC HIỆN\n1. Bảo hiểm xã hội tỉnh:\n"
        "a) Chủ trì cùng LĐLD tỉnh thực hiện các nội dung sau:\n"
        "-\nTuyên truyền chính sách bảo hiểm cho người lao động trong các khu\n\n"
        "công nghiệp;\n"
        "- Kiểm tra việc đóng bảo hiểm.\n")
    first = programme.task("I.1.a.1")
    assert first.title == ("Tuyên truyền chính sách bảo hiểm cho người lao động trong các khu "
                           "công nghiệp;")
    assert roles(programme, "I.1.a.2") == [("bhxh", "lead", "assigned"),
                                           ("ldld", "partner", "requested")]


def test_lists_with_commas_inside_names_and_shared_heads() -> None:
    programme = plan(
        "I. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Nâng cao năng lực hòa giải\n"
        "Đơn vị thực hiện: các Sở: Lao động - Thương binh và Xã hội, Nội vụ, Tài chính; "
        "Ban QL KKT, CN tỉnh, UBND các huyện, thị xã, thành phố Huế và Giám đốc Công an tỉnh.\n"
        "Thời gian thực hiện: Quý III, IV/2024.\n")
    task = programme.task("I.1")
    assert [a.agency.split("/")[1] for a in task.assignments] == [
        "so-ldtbxh", "so-noi-vu", "so-tai-chinh", "ban-ql-kcn", "ubnd-cap-huyen", "cong-an"]
    assert {a.role for a in task.assignments} == {Role.IMPLEMENTER}
    assert str(task.timeframe) == "Quý III, IV/2024"


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


def test_space_aligned_appendix_with_broken_cells() -> None:
    programme = plan(
        "I. NHIỆM VỤ\n1. Việc\nĐơn vị thực hiện: Sở LĐTBXH.\n"
        "PHỤ LỤC\nCÁC HOẠT ĐỘNG\n"
        "STT  Hoạt động                   Cơ quan chủ trì  Cơ quan phối hợp     Thời gian\n"
        "I    Đối thoại\n"
        "1    Hội nghị đối thoại với      LĐLĐ tỉnh        Sở LĐ-TB&XH,         Tháng 5/2024\n"
        "     công nhân lao động                           Ban QL KKT, CN tỉnh\n"
        "2    Tập huấn kỹ năng            Sở LĐ-TB&XH      LĐLD tỉnh            Quý II/2024\n"
        "     hòa giải cơ sở\n")
    first = programme.task("PL.I.1")
    assert first.title == "Hội nghị đối thoại với công nhân lao động"
    assert str(first.timeframe) == "Tháng 5/2024"
    assert roles(programme, "PL.I.1") == [("ldld", "lead", "requested"),
                                          ("so-ldtbxh", "partner", "assigned"),
                                          ("ban-ql-kcn", "partner", "assigned")]
    assert programme.task("PL.I.2").title == "Tập huấn kỹ năng hòa giải cơ sở"


def test_official_letter_addressee_leads() -> None:
    text = ("Số: 123/UBND-VX\nThừa Thiên Huế, ngày 10 tháng 6 năm 2024\n"
            "V/v tổ chức đối thoại với công nhân\n"
            "Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã hội\n"
            "Thực hiện Kế hoạch số 180/KH-UBND, Ủy ban nhân dân tỉnh đề nghị đồng chí Giám đốc "
            "Sở Lao động - Thương binh và Xã hội chỉ đạo tổ chức đối thoại, phối hợp với "
            "Liên đoàn Lao động tỉnh báo cáo kết quả.\n")
    result = parse_plan(text)
    programme = result.programme
    assert programme.kind is ProgrammeKind.OFFICIAL_LETTER
    assert programme.document is not None
    assert programme.document.symbol == "123/UBND-VX"
    assert roles(programme, "1") == [("so-ldtbxh", "lead", "requested"),
                                     ("ldld", "partner", "requested")]


def test_unknown_names_become_diagnostics_not_agencies() -> None:
    result = parse_plan(HEADER + "I. NHIỆM VỤ\n1. Việc\n"
                        "Đơn vị thực hiện: Sở Lao động xã hội, LĐLĐ tỉnh.\n")
    (problem,) = result.diagnostics
    assert problem.code == "unknown-agency"
    assert problem.text == "Sở Lao động xã hội"
    assert HEADER.__len__() < problem.start
    assert "Sở Lao động - Thương binh và Xã hội" in problem.suggestions
    assert result.programme.task("I.1").implementers == (f"{HUE}/ldld",)
    assert result.programme.agencies == ()


def test_nothing_is_dropped_silently(hue_text: str) -> None:
    result = parse_plan(hue_text + "\nMột dòng lạc sau phụ lục.\n")
    assert [d.code for d in result.diagnostics] == ["unread-text"]
    assert result.diagnostics[0].text == "Một dòng lạc sau phụ lục."
    twice = parse_plan(hue_text + "\n" + hue_text)
    assert len(twice.programme.tasks) == 78
    assert all(d.code == "unread-text" for d in twice.diagnostics)
    assert twice.diagnostics[0].start > len(hue_text)


def test_page_broken_lines_are_joined(hue_text: str) -> None:
    title = parse_plan(hue_text).programme.task("II.1").title
    assert "có liên quan đến người lao động" in title


# -- names in the seeds' prose ----------------------------------------------------------------

# Sentences from the seed articles (see tests/data/README.md for their sources).
SEED_PROSE = [
    # seed 003 (An Giang)
    ("an-giang", "Ngày 6.4, LĐLĐ tỉnh An Giang phối hợp Sở LĐTBXH tổ chức Hội nghị",
     "LĐLĐ tỉnh An Giang phối hợp Sở LĐTBXH", ["an-giang/ldld", "an-giang/so-ldtbxh"]),
    ("an-giang", "LĐLĐ tỉnh An Giang đã chủ động phối hợp cùng Sở LĐTBXH An Giang thực hiện",
     "LĐLĐ tỉnh An Giang đã chủ động phối hợp cùng Sở LĐTBXH An Giang",
     ["an-giang/ldld", "an-giang/so-ldtbxh"]),
    # seed 000 (Thái Nguyên)
    ("thai-nguyen", "công tác phối hợp giữa UBND tỉnh và LĐLĐ tỉnh được thể hiện",
     "UBND tỉnh và LĐLĐ tỉnh", ["thai-nguyen/ubnd", "thai-nguyen/ldld"]),
    # seed 001 (Hà Nội)
    ("ha-noi", "chương trình phối hợp giữa UBND thành phố Hà Nội và Liên đoàn Lao động (LĐLĐ) "
     "Thành phố", "UBND thành phố Hà Nội và Liên đoàn Lao động",
     ["ha-noi/ubnd", "ha-noi/ldld"]),
]


@pytest.mark.parametrize(("area", "sentence", "names", "expected"), SEED_PROSE)
def test_names_in_seed_prose(area: str, sentence: str, names: str, expected: list[str]) -> None:
    reader = NameReader(area, default_catalogue())
    position = sentence.index(names)
    found = []
    for part in (p for p in names.replace(" phối hợp cùng ", " và ").replace(
            " đã chủ động", "").replace(" phối hợp ", " và ").split(" và ")):
        at = sentence.index(part, position)
        found += [m.agency.id for m in reader.read_names_at(sentence, at, 0)][:1]
    assert found == expected


# -- files ------------------------------------------------------------------------------------

def test_text_and_docx_files(tmp_path: Path, hue_text: str) -> None:
    import docx

    plain = tmp_path / "plan.txt"
    plain.write_text(hue_text, encoding="utf-8")
    assert parse_plan_file(plain).programme.task("PL.I.4").leads == (f"{HUE}/so-ldtbxh",)

    document = docx.Document()
    for line in [*HEADER.splitlines(), "I. NHIỆM VỤ", "1. Tập huấn", "Đơn vị thực hiện: LĐLĐ tỉnh."]:
        document.add_paragraph(line)
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("DANH MỤC")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["STT", "Hoạt động", "Cơ quan chủ trì",
                                                 "Cơ quan phối hợp"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1", "Hội thi", "Sở LĐ-TB&XH", "BHXH tỉnh"],
                          strict=True):
        cell.text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    programme = parse_plan_file(path).programme
    assert programme.task("I.1").implementers == (f"{HUE}/ldld",)
    assert programme.task("PL.1").partners == (f"{HUE}/bhxh",)


def _pdf(text: str | None) -> bytes:
    """A one-page PDF, with one line of text or none (a page as a scanner leaves it)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_pdf_with_text_and_scanned_pdf(tmp_path: Path) -> None:
    text_pdf = tmp_path / "letter.pdf"
    text_pdf.write_bytes(_pdf("So: 12/KH-UBND"))
    assert "12/KH-UBND" in read_plan_file(text_pdf)
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(_pdf(None))
    with pytest.raises(PlanParseError, match="no text layer"):
        read_plan_file(scanned)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(PlanParseError):
        read_plan_file(broken)


def test_unreadable_files(tmp_path: Path) -> None:
    binary = tmp_path / "plan.doc"
    binary.write_bytes(b"\xd0\xcf\x11\xe0\x00\x00binary")
    with pytest.raises(PlanParseError, match="binary"):
        read_plan_file(binary)
    with pytest.raises(PlanParseError, match="cannot read"):
        read_plan_file(tmp_path / "missing.txt")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Kế hoạch".encode("utf-16-le"))
    with pytest.raises(PlanParseError):
        read_plan_file(latin)
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip")
    with pytest.raises(PlanParseError, match="docx"):
        read_plan_file(fake)


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
        assert all(isinstance(m, AssignmentMode) for t in result.programme.tasks
                   for m in (a.mode for a in t.assignments))


def test_seed_004_reporting_chain(hue_text: str) -> None:
    agencies, consolidated = parse_plan(hue_text).programme.reporting_rules
    assert str(agencies.due) == "định kỳ trước ngày 15/11 hàng năm"
    assert (agencies.recipient, agencies.via) == (f"{HUE}/ubnd", f"{HUE}/so-ldtbxh")
    assert len(agencies.reporters) == 7
    assert consolidated.reporters == (f"{HUE}/so-ldtbxh",)
    assert (consolidated.recipient, consolidated.consolidates) == (f"{HUE}/ubnd", agencies.id)
    assert str(consolidated.due) == "định kỳ hàng năm trước ngày 30/11"


def test_numbered_item_without_text_is_kept_and_reported() -> None:
    result = parse_plan(HEADER + "I. NHIỆM VỤ\n1.\nĐơn vị thực hiện: LĐLĐ tỉnh.\n"
                        "II. TỔ CHỨC THỰC HIỆN\n1.\na) Tập huấn.\n")
    assert result.programme.task("I.1").title == "(không có tiêu đề)"
    assert result.programme.task("I.1").implementers == (f"{HUE}/ldld",)
    assert "empty-title" in {d.code for d in result.diagnostics}
