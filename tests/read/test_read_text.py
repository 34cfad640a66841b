"""Reading numbered plan texts and PDFs: seed 004, the virksomhetsplan, into its goals."""

# ruff: noqa: RUF001 - en dashes, as people write them

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import tiltak
from tiltak import Period, PlanKind, examples
from tiltak.documents import DocumentError, NoteKind, read_document, read_pdf, read_text
from tiltak.errors import MissingExtraError

SEED = Path(__file__).parent.parent / "data" / "seed_004_virksomhetsplan.txt"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _same_goals(plan: tiltak.Plan) -> None:
    expected = examples.load("operational_plan")
    assert plan.kind is PlanKind.OPERATIONAL_PLAN
    assert plan.period == Period(start="2019", end="2023")
    assert [(a.id, a.title) for a in plan.goal_areas] == [
        (a.id, a.title) for a in expected.goal_areas
    ]
    assert [(g.id, g.text, g.area, g.level) for g in plan.goals] == [
        (g.id, g.text, g.area, g.level) for g in expected.goals
    ]
    levels = [goal.level for goal in plan.goals]
    assert (levels.count("TT"), levels.count("Avd")) == (44, 41)
    # The reader dates each area by the heading of the section it is read from; the
    # transcription puts that period on the two sections themselves (4 and 5.2).
    assert {a.period for a in plan.goal_areas} == {s.period for s in expected.sections}
    # Each area's purpose is its line in part 3 ("Målområde 1: …"), the first paragraph of
    # the transcribed purpose; the rest of the prose is kept in the plan's extensions.
    assert [a.purpose for a in plan.goal_areas] == [
        (a.purpose or "").split("\n\n")[0] for a in expected.goal_areas
    ]


def test_seed_004_reads_into_the_transcribed_goals() -> None:
    result = read_text(SEED)
    _same_goals(result.plan)
    assert result.source == "text"


def test_seed_004_as_a_str_reads_alike() -> None:
    assert read_text(SEED.read_text(encoding="utf-8")).plan == read_text(SEED).plan


def test_validating_it_finds_the_seeds_own_faults() -> None:
    report = tiltak.validate(read_text(SEED).plan)
    found = {(finding.code, finding.path) for finding in report.findings}
    # The sections dated 2016-2020 inside a 2019-2023 plan ...
    assert {("P011", f"$.goal_areas[{index}].period") for index in range(7)} <= found
    # ... and TT. mål 1.5, which begins with the whole of TT. mål 5.1.
    assert ("P015", "$.goals[21].text") in found


def test_every_line_is_read_kept_or_skipped_with_a_note() -> None:
    result = read_text(SEED)
    lines = SEED.read_text(encoding="utf-8").split("\n")
    noted = {note.location.line for note in result.notes if note.location.line is not None}
    kept = result.plan.extensions["text"]
    assert isinstance(kept, tuple)
    paragraphs = [paragraph for paragraph in kept if isinstance(paragraph, str)]
    assert paragraphs == list(kept)
    assert kept  # the prose of the plan is kept, paragraph by paragraph
    joined = " ".join(paragraphs)
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or number in noted:
            continue
        # A line without a note of its own is part of a goal, an area or a kept paragraph.
        assert (
            text in joined
            or any(text in (g.text or "") for g in result.plan.goals)
            or any(text in (a.purpose or "") for a in result.plan.goal_areas)
        ), number


def test_notes_guess_the_kind_the_period_and_the_areas() -> None:
    result = read_text(SEED)
    codes = {note.code for note in result.notes_of(NoteKind.GUESSED)}
    assert {"NR002", "ND005", "NT004", "NT006", "NT003"} <= codes
    kind = next(note for note in result.notes if note.code == "NR002")
    assert kind.message("en") == (
        "the kind of plan is taken to be operational plan: its text names the kind most often"
    )


def test_bare_numbered_lines_are_goals_when_nothing_else_is() -> None:
    text = (
        "Handlingsplan 2024–2025\n\nMålområde 1: Trygghet\n\n"
        "1.1 Bedre lys\n\n1.2 Færre innbrudd\nvi teller\n"
    )
    plan = read_text(text).plan
    assert [(g.id, g.text) for g in plan.goals] == [
        ("1.1", "Bedre lys"),
        ("1.2", "Færre innbrudd vi teller"),
    ]
    assert plan.title == "Handlingsplan 2024–2025"
    assert plan.kind is PlanKind.ACTION_PLAN
    assert plan.period == Period(start="2024", end="2025")


def test_page_numbers_and_running_headers_are_left_out() -> None:
    pages = [
        f"Plan for TT\n\nMålområde {n}: Område {n}\n\nMål {n}.1: Gjøre {n}\n\nSide {n} av 4"
        for n in range(1, 5)
    ]
    result = read_text("\f".join(pages))
    assert [g.text for g in result.plan.goals] == [f"Gjøre {n}" for n in range(1, 5)]
    skipped = [(note.code, note.location.page) for note in result.notes_of(NoteKind.SKIPPED)]
    assert ("NT001", 1) in skipped
    assert ("NT002", 4) in skipped
    assert not result.plan.extensions


def test_binary_is_not_text() -> None:
    with pytest.raises(DocumentError) as caught:
        read_text(b"\x00\x01\x02 Ola 01010112345")
    assert "01010112345" not in str(caught.value)


# -- PDF ---------------------------------------------------------------------------------


def _seed_pdf() -> bytes:
    pytest.importorskip("fpdf")
    if not FONT.exists():
        pytest.skip("no DejaVu Sans font on this machine to write Norwegian text with")
    from fpdf import FPDF

    class Document(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, "Virksomhetsplan 2019–2023, Tilrettelagte tjenester")
            self.ln(10)
            self.set_font("DejaVu", size=10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"Side {self.page_no()}", align="C")
            self.set_font("DejaVu", size=10)

    document = Document(format="A4")
    document.add_font("DejaVu", "", str(FONT))
    document.set_font("DejaVu", size=10)
    document.set_auto_page_break(True, margin=20)
    document.add_page()
    previous = ""
    # The seed marks where its pages began by a line that starts with a space.
    for line in SEED.read_text(encoding="utf-8").split("\n"):
        if line[:1].isspace() and line.strip() and previous.strip():
            document.add_page()
        if line.strip():
            document.multi_cell(0, 5, line.strip(), new_x="LMARGIN", new_y="NEXT")
        else:
            document.ln(5)
        previous = line
    return bytes(document.output())


@pytest.fixture(scope="module")
def seed_pdf() -> bytes:
    return _seed_pdf()


def test_seed_004_as_a_pdf_reads_into_the_same_plan(seed_pdf: bytes) -> None:
    result = read_pdf(seed_pdf)
    assert result.source == "pdf"
    _same_goals(result.plan)
    from_text = read_text(SEED).plan
    assert result.plan.goal_areas == from_text.goal_areas
    assert result.plan.goals == from_text.goals
    skipped = {note.code for note in result.notes_of(NoteKind.SKIPPED)}
    assert skipped == {"NT001", "NT002"}  # page numbers and the running header


def test_pdf_by_content_not_name(seed_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(seed_pdf)
    assert read_document(path).source == "pdf"


def test_damaged_pdf_gives_no_traceback_from_pypdf() -> None:
    with pytest.raises(DocumentError) as caught:
        read_pdf(b"%PDF-1.7\n1 0 obj << /Type /Catalog Ola Nordmann >>\ntrailer\n%%EOF")
    assert caught.value.reason == "damaged"
    assert "Ola" not in str(caught.value)


def test_password_protected_pdf() -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("hemmelig")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentError) as caught:
        read_pdf(buffer.getvalue())
    assert caught.value.reason == "encrypted"


def test_not_a_pdf() -> None:
    with pytest.raises(DocumentError, match="not a PDF"):
        read_pdf(b"just text")


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(MissingExtraError, match=r"tiltak\[pdf\]"):
        read_pdf(b"%PDF-1.7\n")
