"""Reading Word: a tiltaksplan as a table and as headings with lists, an individuell plan."""

# ruff: noqa: RUF001 - en dashes, as people write them

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from typing import Any

import pytest

from tiltak import (
    Consent,
    FollowUpRoutine,
    Goal,
    PartialDate,
    Period,
    PlanKind,
    Responsible,
    StatusColour,
)
from tiltak.documents import DocumentError, read_document, read_docx
from tiltak.errors import MissingExtraError

docx = pytest.importorskip("docx")


def _save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table_plan() -> bytes:
    document = docx.Document()
    document.add_paragraph("Tiltaksplan for Eksempel skole", style="Title")
    document.add_paragraph("Planen gjelder 5. trinn.")
    table = document.add_table(rows=1, cols=6)
    for cell, text in zip(
        table.rows[0].cells,
        ("Nr", "Tiltak", "Mål", "Ansvarlig", "Frist", "Evaluering"),
        strict=True,
    ):
        cell.text = text
    rows = [
        ("1", "Faste rutiner i friminuttet", "Ingen alene", "Kontaktlærer", "01.10.2025", "grønn"),
        (
            "2",
            "Samtaler med foreldre",
            "Trygghet hjemme og på skolen",
            "Rektor",
            "høsten 2025",
            "",
        ),
    ]
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    merged = table.rows[1].cells[3].merge(table.rows[2].cells[3])
    merged.text = "Kontaktlærer"
    return _save(document)


def test_tiltaksplan_as_a_table() -> None:
    result = read_docx(_table_plan())
    plan = result.plan
    assert result.source == "docx"
    assert plan.kind is PlanKind.ACTION_PLAN
    assert plan.title == "Tiltaksplan for Eksempel skole"
    first, second = plan.measures
    assert (first.id, first.title, first.operational_goal) == (
        "1",
        "Faste rutiner i friminuttet",
        "Ingen alene",
    )
    assert first.deadline == PartialDate(year=2025, month=10, day=1)
    assert first.colour is StatusColour.GREEN
    assert first.responsible == second.responsible == Responsible(role="Kontaktlærer")
    assert second.period == Period(start="2025-07", end="2025-12")
    assert plan.extensions["text"] == ("Planen gjelder 5. trinn.",)
    notes = {(note.code, str(note.location)) for note in result.notes}
    assert {
        ("NR001", "paragraph 1"),
        ("NR006", "paragraph 2"),
        ("NH002", "table 1!A1"),
        ("NH001", "table 1!B1"),
        ("NH002", "table 1!F1"),
        ("ND001", "table 1!E2"),
        ("ND003", "table 1!E3"),
        ("NM001", "table 1!D3"),
        ("NR002", "the whole document"),
    } <= notes


def _headings_plan() -> bytes:
    document = docx.Document()
    document.add_heading("Tiltaksplan mot mobbing 2025–2026", level=0)
    document.add_heading("Bakgrunn", level=1)
    document.add_paragraph("Flere elever sier at de blir holdt utenfor.")
    document.add_heading("Mål", level=1)
    document.add_paragraph("Alle elever har noen å være sammen med.", style="List Number")
    document.add_paragraph("Ingen elever blir mobbet.", style="List Number")
    document.add_heading("Tiltak", level=1)
    document.add_paragraph("Vennebenk i skolegården", style="List Bullet")
    document.add_paragraph("Ansvarlig: Vaktmester")
    document.add_paragraph("Frist: 1. september 2025")
    document.add_paragraph("Klassemøter hver uke", style="List Bullet")
    document.add_heading("Ansvarlig", level=1)
    document.add_paragraph("Rektor")
    document.add_heading("Evaluering", level=1)
    document.add_paragraph("Planen evalueres i juni 2026 med elevundersøkelsen.")
    return _save(document)


def test_tiltaksplan_as_headings_with_lists() -> None:
    result = read_docx(_headings_plan())
    plan = result.plan
    assert plan.kind is PlanKind.ACTION_PLAN
    assert plan.title == "Tiltaksplan mot mobbing 2025–2026"
    assert plan.background == "Flere elever sier at de blir holdt utenfor."
    assert plan.goals == (
        Goal(id="1", text="Alle elever har noen å være sammen med."),
        Goal(id="2", text="Ingen elever blir mobbet."),
    )
    first, second = plan.measures
    assert (first.id, first.title) == ("1", "Vennebenk i skolegården")
    assert first.responsible == Responsible(role="Vaktmester")
    assert first.deadline == PartialDate(year=2025, month=9, day=1)
    assert (second.id, second.title) == ("2", "Klassemøter hver uke")
    assert second.responsible == Responsible(role="Rektor")  # from the Ansvarlig section
    assert plan.follow_up == FollowUpRoutine(
        method="Planen evalueres i juni 2026 med elevundersøkelsen.",
        dates=[PartialDate(year=2026, month=6)],
    )
    notes = {(note.code, str(note.location)) for note in result.notes}
    assert {
        ("NR001", "paragraph 1"),
        ("NT007", "paragraph 2"),
        ("NR001", "paragraph 3"),
        ("NR012", "paragraph 5"),
        ("NP001", "paragraph 9"),
        ("ND001", "paragraph 10"),
        ("NR007", "paragraph 13"),
        ("ND001", "paragraph 15"),
        ("NR002", "the whole document"),
    } <= notes


def _individual_plan() -> bytes:
    document = docx.Document()
    document.add_paragraph("Individuell plan", style="Title")
    document.add_paragraph("Periode: 01.02.2024 – 31.01.2025")
    document.add_paragraph("Koordinator: Hanne Eksempel, koordinator")
    document.add_heading("Mine behov", level=1)
    document.add_paragraph("Jeg trenger hjelp om morgenen og med å komme meg på jobb.")
    document.add_heading("Mine mål", level=1)
    document.add_paragraph("1. Bo i egen leilighet", style="List Number")
    document.add_paragraph("2. Ha en jobb jeg trives i", style="List Number")
    document.add_heading("Tiltak", level=1)
    document.add_paragraph("1. Hjemmetjeneste morgen og kveld", style="List Number")
    document.add_paragraph("Ansvarlig: Avdelingsleder, hjemmetjenesten")
    document.add_paragraph("2. Arbeidstrening hos NAV", style="List Number")
    document.add_heading("Samtykke", level=1)
    document.add_paragraph("Jeg samtykker til planen og til at opplysninger deles. 01.02.2024")
    return _save(document)


def test_individual_plan_in_word() -> None:
    result = read_docx(_individual_plan())
    plan = result.plan
    assert plan.kind is PlanKind.INDIVIDUAL_PLAN
    assert plan.title == "Individuell plan"
    assert plan.period == Period(start="2024-02-01", end="2025-01-31")
    assert plan.coordinator == Responsible(name="Hanne Eksempel", role="koordinator")
    assert plan.needs == "Jeg trenger hjelp om morgenen og med å komme meg på jobb."
    assert [(g.id, g.text) for g in plan.goals] == [
        ("1", "Bo i egen leilighet"),
        ("2", "Ha en jobb jeg trives i"),
    ]
    assert [(m.id, m.title) for m in plan.measures] == [
        ("1", "Hjemmetjeneste morgen og kveld"),
        ("2", "Arbeidstrening hos NAV"),
    ]
    assert plan.measures[0].responsible == Responsible(
        name="Avdelingsleder", role="hjemmetjenesten"
    )
    assert plan.consent == Consent(given=True, date=dt.date(2024, 2, 1))
    codes = {note.code for note in result.notes}
    assert {"NR002", "NR008", "NP001", "NT007"} <= codes
    kind = next(note for note in result.notes if note.code == "NR002")
    assert "title" in kind.message("en")


def test_word_by_content_not_name(tmp_path: Any) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(_individual_plan())
    assert read_document(path).source == "docx"


def test_damaged_word_document_gives_no_traceback() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>Kari Nordmann 01010112345")
    with pytest.raises(DocumentError) as caught:
        read_docx(buffer.getvalue())
    assert caught.value.reason == "damaged"
    assert "Kari" not in str(caught.value)


def test_a_workbook_is_not_a_word_document() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    with pytest.raises(DocumentError, match="not a Word document"):
        read_docx(buffer.getvalue())


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(MissingExtraError, match=r"tiltak\[docx\]"):
        read_docx(b"PK\x03\x04")


def test_a_measure_numbered_by_place_takes_a_number_no_other_has() -> None:
    """As in a workbook: a row without a number is never numbered as another measure is."""
    document = docx.Document()
    document.add_paragraph("Åtgärdsplan", style="Title")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Åtgärd", "Vem", "När"), strict=True):
        cell.text = text
    for row in (("Belysning i tunneln", "Kommunen", "2025-09"), ("1. Klottersanering", "", "")):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    result = read_docx(_save(document))
    assert [m.id for m in result.plan.measures] == ["2", "1"]
    [note] = [n for n in result.notes if n.code == "NR005"]
    assert note.params["id"] == "2"


def test_a_listed_goal_numbered_by_place_takes_a_number_no_other_has() -> None:
    document = docx.Document()
    document.add_heading("Tiltaksplan", level=0)
    document.add_heading("Mål", level=1)
    document.add_paragraph("Trygg skolevei", style="List Bullet")
    document.add_paragraph("1. Færre ulykker", style="List Bullet")
    result = read_docx(_save(document))
    assert [g.id for g in result.plan.goals] == ["2", "1"]


def test_renumbering_many_keeps_every_id_distinct() -> None:
    """20,000 place numbers all taken by other measures: each moves past them, none twice."""
    from tiltak import Measure
    from tiltak._read._notes import ReadNote, SourceLocation
    from tiltak._read._table import distinct_ids

    n = 20_000
    items = [Measure(id=str(i + 1)) for i in range(n)]
    items += [Measure(id=str(k)) for k in range(1, n + 1)] + [Measure(id="01")]
    notes = [ReadNote(code="NR005", location=SourceLocation(), params={"id": str(i + 1)})
             for i in range(n)]  # fmt: skip
    distinct_ids(items, list(enumerate(notes)), notes)
    ids = [m.id for m in items]
    assert len(set(ids)) == len(ids)
    assert ids[:2] == [str(n + 1), str(n + 2)]
    assert [note.params["id"] for note in notes[:2]] == [str(n + 1), str(n + 2)]


def test_notes_of_listed_measures_point_past_the_table() -> None:
    """The table's measures come first in the plan: a listed measure's notes say so."""
    document = docx.Document()
    document.add_paragraph("Åtgärdsplan", style="Title")
    table = document.add_table(rows=1, cols=2)
    for cell, text in zip(table.rows[0].cells, ("Åtgärd", "Vem"), strict=True):
        cell.text = text
    for row in (("1. Belysning", "Kommunen"), ("2. Klotter", "Polisen")):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_heading("Tiltak", level=1)
    document.add_paragraph("Vennebenk", style="List Bullet")
    result = read_docx(_save(document))
    plan = result.plan
    assert [m.id for m in plan.measures] == ["1", "2", "3"]
    [note] = [n for n in result.notes if n.code == "NR005"]
    assert (note.field, note.params["id"]) == ("$.measures[2].id", "3")
    titles = [n.field for n in result.notes if n.field and n.field.endswith(".title")]
    assert "$.measures[2].title" in titles
