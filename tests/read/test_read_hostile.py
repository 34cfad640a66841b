"""Sheets and documents as people and attackers make them: plain causes, huge ranges, gaps."""

from __future__ import annotations

import io
import time
import zipfile
from typing import Any

import pytest

import tiltak
from tiltak import examples
from tiltak.documents import DocumentError, read_docx, read_xlsx

openpyxl = pytest.importorskip("openpyxl")
docx = pytest.importorskip("docx")


def _save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _sheet(*rows: list[Any]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    return _save(workbook)


def _patched(data: bytes, part: str, change: Any) -> bytes:
    """The zip ``data`` with the part ``part`` changed by ``change``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            content = old.read(info.filename)
            if info.filename == part:
                content = change(content)
            new.writestr(info.filename, content)
    return out.getvalue()


def test_causes_without_numbers_are_each_their_own_cause() -> None:
    data = _sheet(
        ["Orsak", "Åtgärd", "När", "Vem"],
        ["Mörker på torget", "Lampor", "2025", "Anna"],
        ["Klotter", "Sanera", "2025", "Bo"],
        ["1. Rus i parken", "Vakter", "2025", "Bo"],
        ["Klotter", "Måla över", "2025", "Bo"],
    )
    result = read_xlsx(data)
    causes = {cause.id: cause.text for cause in result.plan.causes}
    assert causes == {"1": "Mörker på torget", "2": "Klotter", "3": "Rus i parken"}
    assert [m.causes for m in result.plan.measures] == [("1",), ("2",), ("3",), ("2",)]
    where = {(note.code, str(note.location)) for note in result.notes}
    assert {("NK002", "Sheet!A2"), ("NK002", "Sheet!A3"), ("NK003", "Sheet!A4")} <= where
    clash = next(note for note in result.notes if note.code == "NK003")
    assert dict(clash.params) == {"number": "1", "id": "3"}


def test_the_same_number_on_two_sheets_keeps_both_causes() -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "2024"
    first.append(["Orsak", "Åtgärd"])
    first.append(["1. Mörker", "Lampor"])
    second = workbook.create_sheet("2025")
    second.append(["Orsak", "Åtgärd"])
    second.append(["1. Klotter", "Sanera"])
    result = read_xlsx(_save(workbook))
    assert [(c.id, c.text) for c in result.plan.causes] == [("1", "Mörker"), ("2", "Klotter")]
    assert [m.causes for m in result.plan.measures] == [("1",), ("2",)]
    assert [n.code for n in result.notes if n.location.sheet == "2025"].count("NK003") == 1


def test_causes_without_numbers_in_a_word_table() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, texts in zip(
        table.rows,
        (
            ("Årsak", "Tiltak"),
            ("Mobbing i friminutt", "Flere voksne"),
            ("Utrygghet på vei", "Refleksvester"),
        ),
        strict=True,
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    result = tiltak.documents.read_docx(_save(document))
    assert [(c.id, c.text) for c in result.plan.causes] == [
        ("1", "Mobbing i friminutt"),
        ("2", "Utrygghet på vei"),
    ]
    assert [(m.title, m.causes) for m in result.plan.measures] == [
        ("Flere voksne", ("1",)),
        ("Refleksvester", ("2",)),
    ]


def _merged(rows: int, ranges: int) -> bytes:
    """A sheet with a header, ``rows`` rows and ``ranges`` copies of one range A2:XFD…."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Orsak", "Åtgärd", "När", "Vem", "Uppföljning"])
    for index in range(rows):
        sheet.append(["c", f"m{index}"])
    merge = b'<mergeCell ref="A2:XFD%d"/>' % (rows + 1)
    return _patched(
        _save(workbook),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(
            b"</worksheet>",
            b'<mergeCells count="%d">' % ranges + merge * ranges + b"</mergeCells></worksheet>",
        ),
    )


@pytest.mark.parametrize(("rows", "ranges"), [(100, 1), (1000, 1), (100, 50)])
def test_a_huge_merged_range_is_cut_to_the_cells_the_sheet_holds(rows: int, ranges: int) -> None:
    start = time.perf_counter()
    result = read_xlsx(_merged(rows, ranges))
    assert time.perf_counter() - start < 10
    assert len(result.plan.measures) == rows  # each row, its cells all the merged value
    assert [n.params["range"] for n in result.notes if n.code == "NM001"] == [f"A2:XFD{rows + 1}"]


def test_merged_cells_count_against_the_cell_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from tiltak._read import _xlsx

    monkeypatch.setattr(_xlsx, "MAX_CELLS", 600)
    with pytest.raises(DocumentError) as caught:  # 505 cells, and 500 spread by the merge
        read_xlsx(_merged(100, 1))
    assert caught.value.reason == "too-large"
    assert "merged range" in str(caught.value)
    assert "up to its last one" in str(caught.value)


@pytest.mark.parametrize("dimension", [b"A1:XFD1048576", b"A1:A1048576"])
def test_a_lying_dimension_costs_nothing(dimension: bytes) -> None:
    data = _patched(
        _sheet(["Orsak", "Åtgärd", "När", "Vem"], ["1. Mörker", "Lampor", "2025", "Anna"]),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b'<dimension ref="A1:D2"/>', b'<dimension ref="%s"/>' % dimension),
    )
    start = time.perf_counter()
    result = read_xlsx(data)
    assert time.perf_counter() - start < 3
    assert [m.title for m in result.plan.measures] == ["Lampor"]


def test_a_sheet_of_too_many_rows_is_refused_quickly() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Orsak", "Åtgärd"])
    sheet["A1048576"] = "far"
    start = time.perf_counter()
    with pytest.raises(DocumentError) as caught:
        read_xlsx(_save(workbook))
    assert time.perf_counter() - start < 5
    assert caught.value.reason == "too-large"
    assert "100000 rows" in str(caught.value)


def _consent(text: str) -> tiltak.documents.ReadResult:
    document = docx.Document()
    document.add_heading("Individuell plan", 0)
    document.add_heading("Samtykke", 1)
    document.add_paragraph(text)
    return tiltak.documents.read_docx(_save(document))


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Brukeren har ikke reservert seg; samtykke gitt 01.02.2025", True),
        ("Jeg samtykker til planen.", True),
        ("Samtykke er gjeve.", True),
        ("Samtycke lämnat 2025-02-01", True),
        ("Consent given.", True),
        ("Samtykke er ikke gitt.", False),
        ("Samtykke ikkje gjeve", False),
        ("Samtycke har inte lämnats", False),
        ("Consent refused", False),
        ("Nei", False),
    ],
)
def test_consent_in_so_many_words(text: str, given: bool) -> None:
    result = _consent(text)
    assert result.plan.consent is not None
    assert result.plan.consent.given is given
    assert "consent" not in result.plan.extensions


@pytest.mark.parametrize(
    "text", ["Venter på svar", "______", "Samtykke gitt? Nei, ikke ennå.", "Se vedlegg"]
)
def test_consent_not_given_in_so_many_words_is_kept_not_guessed(text: str) -> None:
    result = _consent(text)
    assert result.plan.consent is None
    assert result.plan.extensions["consent"] == text
    assert "NR011" in [note.code for note in result.notes]
    assert "NR008" not in [note.code for note in result.notes]


def _two_sheets(*, lose: bool = True, only: bool = False) -> bytes:
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "2024"
    sheets = [first] if only else [first, workbook.create_sheet("2025")]
    for sheet, measure in zip(sheets, ("Lampor", "Vakter"), strict=False):
        sheet.append(["Orsak", "Åtgärd", "När", "Vem"])
        sheet.append(["1. x", measure, "2025", "A"])
    gone = "worksheets/sheet1.xml" if only else "worksheets/sheet2.xml"
    return _patched(
        _save(workbook),
        "xl/_rels/workbook.xml.rels",
        lambda xml: xml.replace(gone.encode(), b"worksheets/gone.xml") if lose else xml,
    )


def test_a_sheet_that_cannot_be_loaded_gets_a_note() -> None:
    result = read_xlsx(_two_sheets())
    assert [m.title for m in result.plan.measures] == ["Lampor"]
    assert [str(n.location) for n in result.notes if n.code == "NS003"] == ["2025"]


def test_a_workbook_whose_only_sheet_is_lost_is_damaged() -> None:
    with pytest.raises(DocumentError) as caught:
        read_xlsx(_two_sheets(only=True))
    assert caught.value.reason == "damaged"


def test_a_sum_and_a_remark_under_the_table_are_kept_not_measures() -> None:
    data = _sheet(
        ["Nr", "Tiltak", "Frist", "Ansvarlig", "Kostnad"],
        ["1", "Bedre lys", "2025", "Kari", "10000"],
        ["2", "Rydde parken", "2025", "Ola", "5000"],
        [None, "Sum", None, None, "15000"],
        ["Merk: planen revideres årlig."],
        [None, "Obs: se vedlegg"],
    )
    result = read_xlsx(data)
    assert [m.id for m in result.plan.measures] == ["1", "2"]
    assert result.plan.extensions["rows"] == (
        {"Tiltak": "Sum", "Kostnad": "15000"},
        {"Nr": "Merk: planen revideres årlig."},
        {"Tiltak": "Obs: se vedlegg"},
    )
    kept = [str(n.location) for n in result.notes if n.code == "NR006"]
    assert kept == ["Sheet!B4", "Sheet!A5", "Sheet!B6"]


def test_a_sum_row_in_a_word_table_is_kept_not_a_measure() -> None:
    document = docx.Document()
    rows = [
        ("Årsak", "Tiltak", "Når", "Hvem", "Budsjett"),
        ("Mobbing i friminutt", "Flere voksne ute", "august 2025", "Rektor", "20 000"),
        ("Utrygghet på vei", "Refleksvester", "uke 40 2025", "FAU", "5 000"),
        ("", "Sum", "", "", "25 000"),
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    result = tiltak.documents.read_docx(_save(document))
    assert [m.title for m in result.plan.measures] == ["Flere voksne ute", "Refleksvester"]
    assert result.plan.extensions["rows"] == ({"Tiltak": "Sum", "Budsjett": "25 000"},)


@pytest.mark.parametrize(
    "who",
    [
        {"name": "Anna Berg"},
        {"organisation": "Politiet"},
        {"role": "Rektor, skole"},
        {"email": "a@b.no"},
        {"name": "Anna Berg", "role": "Rektor"},
    ],
)
def test_who_without_a_role_reads_back(who: dict[str, str]) -> None:
    import attrs

    plan = examples.load("action_plan_bra")
    first = attrs.evolve(plan.measures[0], responsible=tiltak.Responsible(**who))
    plan = attrs.evolve(plan, measures=(first, *plan.measures[1:]))
    buffer = io.BytesIO()
    tiltak.exports.to_xlsx(plan, buffer, locale="sv")
    assert read_xlsx(buffer.getvalue()).plan.measures[0].responsible == first.responsible


def test_a_who_of_one_word_is_a_role_with_a_note() -> None:
    result = read_xlsx(_sheet(["Åtgärd", "Vem"], ["Lampor", "Kari"]))
    assert result.plan.measures[0].responsible == tiltak.Responsible(role="Kari")
    assert [str(n.location) for n in result.notes if n.code == "NP002"] == ["Sheet!B2"]


def test_word_text_in_content_controls_nested_tables_and_insertions_is_read() -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Individuell plan for Ola", 0)
    document.add_heading("Annet", 1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Merknad"
    table.cell(0, 1).text = "Se under"
    table.cell(1, 0).add_table(rows=1, cols=1).cell(0, 0).text = "Nestet tekst"
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    paragraph, run, text = OxmlElement("w:p"), OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "Ola trenger tolk"
    run.append(text)
    paragraph.append(run)
    content.append(paragraph)
    control.append(content)
    body = document.element.body
    body.insert(len(body) - 1, control)
    before = document.add_paragraph("Før ")
    inserted, run, text = OxmlElement("w:ins"), OxmlElement("w:r"), OxmlElement("w:t")
    inserted.set(qn("w:id"), "1")
    inserted.set(qn("w:author"), "x")
    text.text = "innsatt tekst"
    run.append(text)
    inserted.append(run)
    before._p.append(inserted)
    result = tiltak.documents.read_docx(_save(document))
    extension = result.plan.extensions["text"]
    assert isinstance(extension, tuple)
    paragraphs = [paragraph for paragraph in extension if isinstance(paragraph, str)]
    assert paragraphs == list(extension)
    kept = "\n".join(paragraphs)
    assert "Nestet tekst" in kept
    assert "Ola trenger tolk" in kept
    assert "Før innsatt tekst" in kept


def test_word_goals_and_seasons_are_noted_in_their_own_words() -> None:
    document = docx.Document()
    document.add_heading("Tiltaksplan", 0)
    document.add_heading("Mål", 1)
    document.add_paragraph("Ingen skal være alene", style="List Number")
    document.add_heading("Tiltak", 1)
    document.add_paragraph("Arbeidstrening", style="List Bullet")
    document.add_paragraph("Frist: våren 2025")
    result = tiltak.documents.read_docx(_save(document))
    codes = {note.code: note for note in result.notes}
    assert codes["NR012"].field == "$.goals[0].id"
    assert "goal" in codes["NR012"].message("en")
    assert codes["ND003"].field == "$.measures[0].period"
    assert codes["ND003"].message("en").endswith("2025-01/2025-06")
    assert "Period(" not in codes["ND003"].message("nb")


def test_palette_and_theme_fills_are_read_or_noted() -> None:
    from openpyxl.styles import Color, PatternFill  # type: ignore[import-untyped, unused-ignore]

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Åtgärd", "Uppföljning"])
    colours = [Color(indexed=10), Color(indexed=17), Color(theme=9)]
    for row, colour in enumerate(colours, start=2):
        sheet.append([f"Åtgärd {row}", None])
        sheet.cell(row, 2).fill = PatternFill(fill_type="solid", fgColor=colour)
    result = read_xlsx(_save(workbook))
    follow_ups = [m.follow_ups for m in result.plan.measures]
    assert follow_ups[0][0].colour is tiltak.StatusColour.RED
    assert follow_ups[1][0].colour is tiltak.StatusColour.GREEN
    assert follow_ups[2] == ()
    assert [str(n.location) for n in result.notes if n.code == "NC005"] == ["Sheet!B4"]


def test_a_hidden_sheet_is_read_with_a_note() -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Åtgärd", "Tidplan"])
    workbook.active.append(["Lampor", "2025"])
    hidden = workbook.create_sheet("Skjult")
    hidden.sheet_state = "hidden"
    hidden.append(["Åtgärd", "Vem"])
    hidden.append(["Vakter", "Bo"])
    result = read_xlsx(_save(workbook))
    assert [m.title for m in result.plan.measures] == ["Lampor", "Vakter"]
    assert result.plan.measures[0].deadline == tiltak.PartialDate(year=2025)
    assert [str(n.location) for n in result.notes if n.code == "NS004"] == ["Skjult"]


def test_many_sheet_tags_in_a_comment_cost_one_pass() -> None:
    """``<sheet `` forty thousand times without a ``>``: read in one pass (was 63 s)."""
    data = _patched(
        _sheet(["Orsak", "Åtgärd", "När", "Vem"], ["1. Mörker", "Lampor", "2025", "Anna"]),
        "xl/workbook.xml",
        lambda xml: xml.replace(b"<sheets>", b"<!--" + b"<sheet " * 40_000 + b"--><sheets>"),
    )
    start = time.perf_counter()
    result = read_xlsx(data)
    assert time.perf_counter() - start < 5
    assert [m.title for m in result.plan.measures] == ["Lampor"]


def test_a_sheet_name_is_shown_as_excel_allows_one() -> None:
    """At most 31 characters, controls escaped: not a megabyte, not an override, per note."""
    from tiltak.documents import SourceLocation

    long_name = SourceLocation(sheet="Kari\u202e" + "x" * 1_000_000, cell="B3")
    shown = long_name.text("en")
    assert len(shown) < 50
    assert "\u202e" not in shown
    assert shown.endswith("…!B3")
    assert SourceLocation(sheet="Tiltak", cell="B3").text("en") == "Tiltak!B3"


def _word_table(rows: int, continuation: bytes = b"", span: int = 1) -> bytes:
    """A Word table: a Brå header row, then ``rows`` rows whose first cell continues a merge."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Tiltak", "Ansvarlig", "Frist"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Lampor", "Anna", "2025"), strict=True):
        cell.text = text
    tc = (
        b'<w:tc><w:tcPr><w:gridSpan w:val="%d"/>%s</w:tcPr><w:p/></w:tc>' % (span, continuation)
        + b"<w:tc><w:p/></w:tc>" * 2
    )
    row = b"<w:tr>" + tc + b"</w:tr>"
    return _patched(
        _save(document),
        "word/document.xml",
        lambda xml: xml.replace(b"</w:tbl>", row * rows + b"</w:tbl>", 1),
    )


def test_a_long_vertical_merge_is_read_in_one_pass() -> None:
    """Two thousand rows continuing one merge: read (python-docx's walk took 25 s, then
    overflowed the stack), each row's first cell the merged value."""
    start = time.perf_counter()
    result = read_docx(_word_table(2000, continuation=b"<w:vMerge/>"))
    assert time.perf_counter() - start < 10
    assert len(result.plan.measures) == 2001
    assert {m.title for m in result.plan.measures} == {"Lampor"}


@pytest.mark.parametrize(("rows", "span"), [(1, 30_000_000), (200_001, 1)])
def test_a_table_too_large_is_refused_before_it_is_made(rows: int, span: int) -> None:
    start = time.perf_counter()
    with pytest.raises(DocumentError) as caught:
        read_docx(_word_table(rows, span=span))
    assert time.perf_counter() - start < 30
    assert caught.value.reason == "too-large"


def test_a_style_is_looked_up_once() -> None:
    """Many list paragraphs, many styles: each style's name is looked up once per document."""
    document = docx.Document()
    document.add_heading("Tiltak", level=1)
    for index in range(3000):
        document.add_paragraph(f"Tiltak {index}", style="List Bullet")
    styles = b"".join(
        b'<w:style w:type="paragraph" w:styleId="S%d"><w:name w:val="S%d"/></w:style>' % (i, i)
        for i in range(20_000)
    )
    data = _patched(
        _save(document),
        "word/styles.xml",
        lambda xml: xml.replace(b"</w:styles>", styles + b"</w:styles>"),
    )
    start = time.perf_counter()
    result = read_docx(data)
    assert time.perf_counter() - start < 20
    assert len(result.plan.measures) == 3000


@pytest.mark.parametrize("flood", ["row", "merges", "texts"])
def test_cells_merges_and_texts_are_counted_before_openpyxl(
    monkeypatch: pytest.MonkeyPatch, flood: str
) -> None:
    """One row of many cells, many merged ranges, many shared texts: refused from the XML."""
    from tiltak._read import _xlsx

    monkeypatch.setattr(_xlsx, "MAX_CELLS", 1000)
    data = _sheet(["Orsak", "Åtgärd", "När", "Vem"], ["1. Mörker", "Lampor", "2025", "Anna"])
    part, anchor, added = {
        "row": (
            "xl/worksheets/sheet1.xml",
            b"</sheetData>",
            b'<row r="99">' + b"<c><v>1</v></c>" * 1200 + b"</row>",
        ),
        "merges": (
            "xl/worksheets/sheet1.xml",
            b"</worksheet>",
            b'<mergeCells count="600">' + b'<mergeCell ref="A1:B1"/>' * 600 + b"</mergeCells>",
        ),
        "texts": ("xl/sharedStrings.xml", b"</sst>", b"<si><t/></si>" * 1200),
    }[flood]
    if part not in zipfile.ZipFile(io.BytesIO(data)).namelist():  # a part of its own, then
        buffer = io.BytesIO(data)
        with zipfile.ZipFile(buffer, "a") as archive:
            archive.writestr(part, b'<sst xmlns="x">' + added + b"</sst>")
        data = buffer.getvalue()
    else:
        data = _patched(data, part, lambda xml: xml.replace(anchor, added + anchor, 1))

    class Unopened:
        def load_workbook(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("openpyxl was asked to build the workbook")

    monkeypatch.setattr(_xlsx, "_openpyxl", Unopened)
    with pytest.raises(DocumentError) as caught:
        read_xlsx(data)
    assert caught.value.reason == "too-large"
