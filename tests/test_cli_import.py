"""``tiltak import``: notes in the chosen language, the plan as JSON, exit 0, 1 or 2."""

# ruff: noqa: RUF001 - en dashes, as people write them

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import tiltak
from tiltak import examples
from tiltak._cli import main

SEED = Path(__file__).parent / "data" / "seed_004_virksomhetsplan.txt"


def test_reads_a_text_and_writes_the_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.json"
    code = main(["import", str(SEED), "-o", str(out), "--locale", "en"])
    printed = capsys.readouterr().out
    plan = tiltak.loads(out.read_text(encoding="utf-8"))
    assert [g.id for g in plan.goals] == [g.id for g in examples.load("operational_plan").goals]
    assert "ND005 line 9: the plan period is read from the text as 2019/2023" in printed
    assert "P001 error @ $.title" in printed  # the seed has no title of its own
    assert code == 1


def test_notes_in_the_chosen_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.json"
    main(["import", str(SEED), "-o", str(out), "--locale", "nb"])
    printed = capsys.readouterr().out
    assert "linje 9" in printed
    assert "the plan period" not in printed


def test_a_workbook_prints_the_plan_and_the_notes_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("openpyxl")
    plan = examples.load("action_plan_bra")
    path = tmp_path / "plan.xlsx"
    buffer = io.BytesIO()
    tiltak.exports.to_xlsx(plan, buffer, locale="sv")
    path.write_bytes(buffer.getvalue())
    code = main(["import", str(path), "--kind", "action_plan"])
    captured = capsys.readouterr()
    read = tiltak.loads(captured.out)
    assert read.title == plan.title
    assert "NH001" in captured.err  # the notes go to stderr when the plan goes to stdout
    assert json.loads(captured.out)["kind"] == "action_plan"
    assert code == 1  # a Brå sheet holds no goals, which an action plan must have


def test_a_complete_plan_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Tiltaksplan mot mobbing", level=0)
    document.add_paragraph("Periode: 2025–2026")
    document.add_heading("Bakgrunn", level=1)
    document.add_paragraph("Flere elever sier at de blir holdt utenfor.")
    document.add_heading("Mål", level=1)
    document.add_paragraph("Alle elever har noen å være sammen med.", style="List Number")
    document.add_heading("Tiltak", level=1)
    document.add_paragraph("Vennebenk i skolegården", style="List Bullet")
    document.add_paragraph("En benk der den som vil ha følge, kan sette seg.")
    document.add_paragraph("Ansvarlig: Vaktmester")
    document.add_paragraph("Frist: 1. september 2025")
    document.add_heading("Evaluering", level=1)
    document.add_paragraph("Planen evalueres i juni 2026 med elevundersøkelsen.")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert main(["import", str(path), "-o", str(tmp_path / "plan.json")]) == 0
    assert "ND001" in capsys.readouterr().out


def test_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    assert main(["import", str(path), "--locale", "en"]) == 2
    assert "password-protected" in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "nowhere.docx"), "--locale", "en"]) == 2
    assert "cannot be opened" in capsys.readouterr().err


def test_an_empty_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert main(["import", str(path), "--locale", "en"]) == 2
    assert "the file is empty" in capsys.readouterr().err


def test_a_pdf_without_text_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fpdf = pytest.importorskip("fpdf")
    pytest.importorskip("pypdf")
    document = fpdf.FPDF()
    document.add_page()
    path = tmp_path / "scanned.pdf"
    document.output(str(path))
    assert main(["import", str(path), "--locale", "en"]) == 2
    assert "no text" in capsys.readouterr().err
    with pytest.raises(tiltak.documents.DocumentError) as caught:
        tiltak.documents.read_pdf(path)
    assert caught.value.reason == "no-text"


def test_a_missing_file_is_said_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(tmp_path / "nowhere.xlsx"), "--locale", "sv"]) == 2
    error = capsys.readouterr().err
    assert "No such file" not in error
    assert "finns inte" in error
    assert main(["import", str(tmp_path), "--locale", "en"]) == 2
    assert "it is a directory" in capsys.readouterr().err


def test_unknown_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(SEED), "--kind", "wishlist"]) == 2
    assert "'wishlist'" in capsys.readouterr().err


def test_every_error_is_said_as_the_other_commands_say_theirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``tiltak import: error: …``, standard input named in words, as cli.md shows."""
    assert main(["import", str(tmp_path / "nowhere.xlsx"), "--locale", "en"]) == 2
    assert capsys.readouterr().err.startswith("tiltak import: error: ")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["import", "-", "--locale", "en"]) == 2
    assert capsys.readouterr().err == "tiltak import: error: standard input: the file is empty\n"


def test_a_tiltak_plan_is_not_read_as_a_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan in tiltak's own format is refused, not turned into notes and kept lines."""
    path = tmp_path / "plan.json"
    path.write_text("\ufeff" + tiltak.dumps(examples.load("action_plan_bra")), encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["import", str(path), "-o", str(out), "--locale", "en"]) == 2
    assert "tiltak plan already" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(tiltak.documents.DocumentError) as caught:
        tiltak.documents.read_document(path)
    assert caught.value.reason == "already-a-plan"
    compact = '{"kind": "action_plan", "format": "tiltak/1"}'
    with pytest.raises(tiltak.documents.DocumentError):
        tiltak.documents.read_document(compact.encode())


def test_a_document_is_read_only_as_far_as_a_reader_takes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Endless input is read one byte past the readers' limit, and refused as too large."""
    from tiltak._read import _guard

    monkeypatch.setattr(_guard, "MAX_BYTES", 1000)
    monkeypatch.setattr("tiltak._read.MAX_BYTES", 1000)
    assert main(["import", "/dev/zero", "--locale", "en"]) == 2
    assert "tiltak import: error: /dev/zero: the file is larger than" in capsys.readouterr().err
