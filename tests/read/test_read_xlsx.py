"""Reading Excel workbooks: what to_xlsx writes, exactly, and Brå sheets made by hand."""

# ruff: noqa: RUF001 - en dashes, as people write them

from __future__ import annotations

import datetime as dt
import gc
import io
import sys
import zipfile
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import (
    Adoption,
    Cause,
    FollowUp,
    Measure,
    PartialDate,
    Period,
    Plan,
    PlanKind,
    PlanStatus,
    Responsible,
    StatusColour,
    examples,
)
from tiltak._read._xlsx import _read as _read_workbook
from tiltak.documents import DocumentError, NoteKind, read_document, read_xlsx
from tiltak.errors import MissingExtraError

openpyxl = pytest.importorskip("openpyxl")

LOCALES = ("nb", "nn", "sv", "en")


def sheet_view(plan: Plan) -> tuple[Any, ...]:
    """The fields of ``plan`` that the Brå workbook holds, as to_xlsx writes them.

    Measures: number, text (the title, else the description), causes (numbers and texts),
    operational goal, who, the deadline (or the period when there is no deadline) and the
    follow-up shown (colour and note). Facts: kind, title, id, period, owner, status,
    background, resources and the day of adoption.
    """
    texts = {cause.id: cause.text for cause in plan.causes}
    measures = []
    for measure in plan.measures:
        shown = None
        for follow_up in reversed(measure.follow_ups):
            if follow_up.colour is not None:
                shown = follow_up
                break
        else:
            shown = measure.follow_ups[-1] if measure.follow_ups else None
        who = measure.responsible
        if who is not None and who == Responsible():
            who = None
        measures.append(
            (
                measure.id,
                measure.title if measure.title is not None else measure.description,
                measure.causes,
                tuple(texts.get(cause) for cause in measure.causes),
                measure.operational_goal,
                who,
                measure.deadline,
                measure.period if measure.deadline is None else None,
                None
                if shown is None or (shown.colour is None and shown.note is None)
                else (shown.colour, shown.note),
            )
        )
    return (
        plan.kind,
        plan.title,
        plan.id,
        plan.period,
        plan.owner,
        plan.status,
        plan.background,
        plan.resources,
        None if plan.adoption is None else plan.adoption.date,
        tuple(measures),
    )


def _xlsx(plan: Plan, locale: str) -> bytes:
    buffer = io.BytesIO()
    tiltak.exports.to_xlsx(plan, buffer, locale=locale)
    return buffer.getvalue()


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("name", examples.names())
def test_every_example_reads_back_in_every_language(name: str, locale: str) -> None:
    plan = examples.load(name)
    result = read_xlsx(_xlsx(plan, locale))
    assert result.source == "xlsx"
    assert sheet_view(result.plan) == sheet_view(plan)
    # A schedule is only described on the sheet: its words are kept, with a note.
    for index, measure in enumerate(plan.measures):
        if measure.deadline is None and measure.period is None and measure.schedule is not None:
            assert result.plan.measures[index].extensions["when"]
            assert any(
                note.code == "ND004" and note.field == f"$.measures[{index}].extensions['when']"
                for note in result.notes
            )


def test_own_workbook_reads_the_header_exactly_and_the_kind_from_the_facts() -> None:
    result = read_xlsx(_xlsx(examples.load("action_plan_bra"), "sv"))
    codes = [note.code for note in result.notes]
    assert codes.count("NH001") == 7
    assert "NH002" not in codes
    assert "NR003" not in codes  # the kind is named on the facts sheet
    assert "NS002" in codes


def test_a_file_object_and_a_path_read_alike(tmp_path: Any) -> None:
    data = _xlsx(examples.load("action_plan_bra"), "nb")
    path = tmp_path / "plan.xlsx"
    path.write_bytes(data)
    assert read_xlsx(path).plan == read_xlsx(io.BytesIO(data)).plan == read_xlsx(str(path)).plan


def test_a_measure_numbered_by_place_takes_a_number_no_other_has() -> None:
    """A measure whose id is no number is numbered by place, never as another measure is."""
    plan = Plan(
        kind="action_plan",
        title="T",
        measures=[
            Measure(id="A 1", title="Belysning"),
            Measure(id="1", title="Annet"),
            Measure(id="2", title="Tredje"),
        ],
    )
    result = read_xlsx(io.BytesIO(_xlsx(plan, "nb")))
    ids = [m.id for m in result.plan.measures]
    assert ids == ["3", "1", "2"]
    [note] = [n for n in result.notes if n.code == "NR005"]
    assert (note.field, note.params["id"]) == ("$.measures[0].id", "3")


# -- generated plans -------------------------------------------------------------------

_LETTERS = "abcdefghijklmnopqrstuvwxyzæøåäöABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÄÖ"
_WORD = st.text(alphabet=_LETTERS, min_size=1, max_size=8)


def _line(max_words: int = 5) -> st.SearchStrategy[str]:
    words = st.lists(
        _WORD | st.sampled_from(("1", "42", "–", "(x)", "§ 4-6")),
        min_size=1,
        max_size=max_words,
    )
    return st.builds(lambda first, rest: " ".join([first, *rest]), _WORD, words)


def _text() -> st.SearchStrategy[str]:
    return st.lists(_line(), min_size=1, max_size=3).map("\n".join)


def _dates() -> st.SearchStrategy[PartialDate]:
    days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
    return st.one_of(
        days.map(PartialDate.from_date),
        st.builds(
            lambda y, m: PartialDate(year=y, month=m), st.integers(1950, 2100), st.integers(1, 12)
        ),
        st.builds(lambda y: PartialDate(year=y), st.integers(1950, 2100)),
    )


def _periods() -> st.SearchStrategy[Period]:
    return st.one_of(
        st.builds(Period, start=_dates(), end=st.none() | _dates()),
        st.builds(Period, start=st.none(), end=_dates()),
    )


_responsibles = st.builds(
    Responsible,
    name=st.none() | st.builds(lambda a, b: f"{a} {b}", _WORD, _WORD),
    role=st.none() | _line(3),
    organisation=st.none() | _line(4),
    email=st.none()
    | st.builds(
        lambda a, b: f"{a}@{b}.no",
        st.text("abcxyz", min_size=1, max_size=6),
        st.text("abc", min_size=1, max_size=4),
    ),
    phone=st.none() | st.integers(0, 999).map(lambda n: f"+47 400 00 {n:03d}"),
)


@st.composite
def _sheet_plans(draw: st.DrawFn) -> Plan:
    cause_ids = draw(st.lists(st.sampled_from(("1", "2", "3")), unique=True, max_size=3))
    causes = [Cause(id=c, text=draw(st.none() | _text())) for c in cause_ids]
    ids = draw(
        st.lists(
            st.sampled_from(("1", "2", "3", "1.2", "TT-1.2", "A", "M4")), unique=True, max_size=4
        )
    )
    measures = []
    for number in ids:
        deadline = draw(st.none() | _dates())
        measures.append(
            Measure(
                id=number,
                title=draw(st.none() | _line()),
                causes=draw(st.lists(st.sampled_from(cause_ids), unique=True))
                if cause_ids
                else (),
                operational_goal=draw(st.none() | _text()),
                responsible=draw(st.none() | _responsibles),
                deadline=deadline,
                period=draw(st.none() | _periods()) if deadline is None else None,
                follow_ups=draw(
                    st.lists(
                        st.builds(
                            FollowUp,
                            colour=st.none() | st.sampled_from(StatusColour),
                            note=st.none() | _text(),
                        ),
                        max_size=1,
                    )
                ),
            )
        )
    adopted = draw(
        st.none() | st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
    )
    return Plan(
        kind=draw(st.sampled_from(PlanKind)),
        id=draw(st.none() | _WORD),
        title=draw(st.none() | _line()),
        period=draw(st.none() | _periods()),
        owner=draw(st.none() | _line()),
        status=draw(st.none() | st.sampled_from(PlanStatus)),
        background=draw(st.none() | _text()),
        resources=draw(st.none() | _text()),
        adoption=None if adopted is None else Adoption(date=adopted),
        causes=causes,
        measures=measures,
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(plan=_sheet_plans(), locale=st.sampled_from(LOCALES))
def test_generated_plans_read_back_for_what_the_sheet_holds(plan: Plan, locale: str) -> None:
    assert sheet_view(read_xlsx(_xlsx(plan, locale)).plan) == sheet_view(plan)


# -- sheets made by hand ---------------------------------------------------------------

GREEN, YELLOW, RED = "FF92D050", "FFFFFF00", "FFFF0000"


def _fill(cell: Any, rgb: str) -> None:
    from openpyxl.styles import PatternFill  # type: ignore[import-untyped, unused-ignore]

    cell.fill = PatternFill(start_color=rgb, end_color=rgb, fill_type="solid")


def _save(workbook: Any) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _swedish_sheet() -> bytes:
    """A Brå sheet as a municipality fills it in: a title, the header on row 3, merged causes."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Åtgärdsplan"
    sheet["A1"] = "Åtgärdsplan Centrum 2025"
    sheet.append([])
    sheet.append(["Orsak", "Åtgärd", "Operativa mål", "Tidsfrist", "Ansvarig", "Uppföljning"])
    sheet.append(
        [
            "1. Mörkt vid stationen",
            "Ny belysning",
            "Alla lampor tända",
            "30.04.2025",
            "Gatuchef",
            None,
        ]
    )
    sheet.append([None, "Röjning av buskage", None, "v. 17 2025", "Parkchef", "gul"])
    sheet.append(
        [
            "1, 3",
            "Trygghetsvandring",
            None,
            "våren 2025",
            "Anna Exempel, samordnare\nanna@example.se",
            None,
        ]
    )
    sheet.append(
        [
            "2. Klotter",
            "Klottersanering",
            None,
            dt.datetime(2025, 6, 30),
            "Fastighetsägare",
            "Klart",
        ]
    )
    sheet.merge_cells("A4:A5")
    _fill(sheet["F4"], GREEN)
    _fill(sheet["F6"], RED)
    return _save(workbook)


def test_swedish_hand_made_sheet() -> None:
    result = read_xlsx(_swedish_sheet())
    plan = result.plan
    assert plan.kind is PlanKind.ACTION_PLAN
    assert plan.title == "Åtgärdsplan Centrum 2025"
    assert [m.id for m in plan.measures] == ["1", "2", "3", "4"]
    first, second, third, fourth = plan.measures
    assert first.title == "Ny belysning"
    assert first.causes == second.causes == ("1",)  # the merged cell counts for both rows
    assert first.operational_goal == "Alla lampor tända"
    assert first.deadline == PartialDate(year=2025, month=4, day=30)
    assert first.responsible == Responsible(role="Gatuchef")
    assert first.colour is StatusColour.GREEN  # from the fill
    assert second.deadline == PartialDate(year=2025, month=4, day=27)  # week 17's Sunday
    assert second.colour is StatusColour.YELLOW
    assert third.period == Period(start="2025-01", end="2025-06")
    assert third.causes == ("1", "3")
    assert third.responsible == Responsible(
        name="Anna Exempel", role="samordnare", email="anna@example.se"
    )
    assert third.colour is StatusColour.RED
    assert fourth.deadline == PartialDate(year=2025, month=6, day=30)
    assert fourth.follow_ups == (FollowUp(note="Klart"),)
    assert plan.causes == (
        Cause(id="1", text="Mörkt vid stationen"),
        Cause(id="3"),
        Cause(id="2", text="Klotter"),
    )
    notes = {(note.code, str(note.location)) for note in result.notes}
    assert {
        ("NH004", "Åtgärdsplan!A3"),
        ("NH001", "Åtgärdsplan!A3"),
        ("NH002", "Åtgärdsplan!D3"),
        ("NH002", "Åtgärdsplan!E3"),
        ("NM001", "Åtgärdsplan!A4"),
        ("NR005", "Åtgärdsplan!B4"),
        ("ND001", "Åtgärdsplan!D4"),
        ("NC002", "Åtgärdsplan!F4"),
        ("ND002", "Åtgärdsplan!D5"),
        ("NR001", "Åtgärdsplan!B5"),
        ("ND003", "Åtgärdsplan!D6"),
        ("NK001", "Åtgärdsplan!A6"),
        ("NP001", "Åtgärdsplan!E6"),
        ("NC002", "Åtgärdsplan!F6"),
        ("NC004", "Åtgärdsplan!F7"),
        ("NR009", "Åtgärdsplan!A1"),
        ("NR003", "the whole document"),
    } <= notes
    guessed = {note.code for note in result.notes_of(NoteKind.GUESSED)}
    assert {"ND001", "ND002", "ND003", "NC002", "NK001", "NR005", "NH002", "NR003"} <= guessed


def _norwegian_sheet() -> bytes:
    """Two sheets: a cover sheet, and measures from column B under a header on row 2."""
    workbook = openpyxl.Workbook()
    cover = workbook.active
    cover.title = "Forside"
    cover["A1"] = "Se neste ark"
    sheet = workbook.create_sheet("Tiltak 2025")
    sheet["B2"], sheet["C2"], sheet["D2"] = "Årsak", "Tiltak", "Delmål"
    sheet["E2"], sheet["F2"], sheet["G2"], sheet["H2"] = (
        "Frist",
        "Hvem/Ansvarlig",
        "Status",
        "Kostnad",
    )
    sheet["I2"] = "Kommentar"
    rows = [
        (
            "1",
            "1. Fallforebygging",
            "Ingen fall",
            dt.datetime(2025, 3, 1),
            "Fysioterapeut",
            "Grønn",
            "2000 kr",
            "Godt i gang",
        ),
        ("1", "2. Hjelpemidler", None, "april 2025", "Ergoterapeut", "🟡", None, None),
        ("2", "3. Ernæring", None, "1. juni 2025", None, "rød – forsinket", None, None),
        (None, "4. Aktivitet", None, "når det passer", None, None, None, None),
    ]
    for index, row in enumerate(rows, start=3):
        for column, value in enumerate(row, start=2):
            sheet.cell(row=index, column=column, value=value)
    sheet.merge_cells("B3:B4")
    return _save(workbook)


def test_norwegian_hand_made_sheet() -> None:
    result = read_xlsx(_norwegian_sheet())
    plan = result.plan
    first, second, third, fourth = plan.measures
    assert [m.id for m in plan.measures] == ["1", "2", "3", "4"]
    assert first.title == "Fallforebygging"
    assert first.causes == second.causes == ("1",)
    assert first.operational_goal == "Ingen fall"
    assert first.deadline == PartialDate(year=2025, month=3, day=1)
    assert first.follow_ups == (FollowUp(colour=StatusColour.GREEN, note="Godt i gang"),)
    assert first.extensions == {"Kostnad": "2000 kr"}
    assert second.deadline == PartialDate(year=2025, month=4)
    assert second.colour is StatusColour.YELLOW
    assert third.deadline == PartialDate(year=2025, month=6, day=1)
    assert third.colour is StatusColour.RED
    assert fourth.deadline is None
    assert fourth.extensions == {"when": "når det passer"}
    notes = {(note.code, str(note.location)) for note in result.notes}
    assert {
        ("NS001", "Forside"),
        ("NH004", "Tiltak 2025!A2"),
        ("NH001", "Tiltak 2025!F2"),
        ("NH002", "Tiltak 2025!D2"),
        ("NH002", "Tiltak 2025!E2"),
        ("NH003", "Tiltak 2025!H2"),
        ("NR001", "Tiltak 2025!C3"),
        ("ND001", "Tiltak 2025!E4"),
        ("NC003", "Tiltak 2025!G4"),
        ("NC001", "Tiltak 2025!G5"),
        ("ND004", "Tiltak 2025!E6"),
        ("NM001", "Tiltak 2025!B3"),
    } <= notes


def test_notes_speak_every_language() -> None:
    result = read_xlsx(_norwegian_sheet())
    note = next(note for note in result.notes if note.code == "NC001")
    assert note.message("en") == "status read from a word as red"
    assert note.message("nb") != note.message("en")
    assert note.message("sv") != note.message("en")
    assert note.message("nn")
    assert note.line("en").startswith("NC001 Tiltak 2025!G5: ")
    assert note.kind is NoteKind.GUESSED


def test_no_header_names_the_headers_looked_for() -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Navn"
    workbook.active["B1"] = "Fødselsnummer 12345678901"
    with pytest.raises(DocumentError) as caught:
        read_xlsx(_save(workbook))
    assert caught.value.reason == "no-header"
    assert "åtgärd" in str(caught.value)
    assert "tiltak" in str(caught.value)
    assert "12345678901" not in str(caught.value)


# -- hostile and broken files ----------------------------------------------------------


def test_not_a_spreadsheet() -> None:
    with pytest.raises(DocumentError) as caught:
        read_xlsx(b"Navn;Personnummer\nOla;01010112345\n")
    assert caught.value.reason == "not-a-document"
    assert "01010112345" not in str(caught.value)


def test_a_word_document_is_not_a_workbook() -> None:
    docx = pytest.importorskip("docx")
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(DocumentError, match="not an Excel workbook"):
        read_xlsx(buffer.getvalue())


def test_password_protected_workbook() -> None:
    # Encrypted OOXML is an OLE2 compound file, whatever its name says.
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(DocumentError) as caught:
        read_xlsx(data)
    assert caught.value.reason == "encrypted"
    assert "password" in caught.value.message("en")
    assert caught.value.message("nb") != caught.value.message("en")


def test_zip_bomb_is_refused_before_it_is_opened() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    with pytest.raises(DocumentError) as caught:
        read_xlsx(buffer.getvalue())
    assert caught.value.reason == "zip-bomb"


def test_too_many_entries_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for index in range(tiltak._read.MAX_ENTRIES):
            archive.writestr(f"x/{index}", "")
    with pytest.raises(DocumentError, match="parts"):
        read_xlsx(buffer.getvalue())


def test_oversized_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from tiltak._read import _guard

    monkeypatch.setattr(_guard, "MAX_BYTES", 1000)
    with pytest.raises(DocumentError) as caught:
        read_xlsx(bytes(2000))
    assert caught.value.reason == "too-large"


def test_damaged_workbook_gives_no_traceback_from_openpyxl() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types>Ola Nordmann 01010112345")
        archive.writestr("xl/workbook.xml", "<workbook>Ola Nordmann")
    with pytest.raises(DocumentError) as caught:
        read_xlsx(buffer.getvalue())
    assert caught.value.reason == "damaged"
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__
    assert "Ola" not in str(caught.value)


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(MissingExtraError, match=r"tiltak\[excel\]"):
        read_xlsx(b"PK\x03\x04")
    with pytest.raises(ImportError):  # it is also what it really is
        read_xlsx(b"PK\x03\x04")


def test_document_dispatch_reads_a_workbook_whatever_its_name(tmp_path: Any) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(_xlsx(examples.load("action_plan_bra"), "sv"))
    assert read_document(path).source == "xlsx"


def test_kind_given_wins_with_a_note() -> None:
    result = read_xlsx(_xlsx(examples.load("action_plan_bra"), "sv"), kind="individual_plan")
    assert result.plan.kind is PlanKind.INDIVIDUAL_PLAN
    assert any(note.code == "NR004" for note in result.notes)


def test_unknown_facts_are_kept_with_a_note() -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(_xlsx(examples.load("action_plan_bra"), "nb")))
    facts = workbook.worksheets[1]
    facts.append(["Kontaktperson", "Ola Nordmann"])
    result = read_xlsx(_save(workbook))
    assert result.plan.extensions["facts"] == ("Kontaktperson", "Ola Nordmann")
    row = facts.max_row
    kept = {str(note.location) for note in result.notes if note.code == "NR006"}
    assert {f"Om planen!A{row}", f"Om planen!B{row}"} <= kept


def test_every_sheet_with_a_header_is_read() -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "2024"
    first.append(["Measure", "When", "Who"])
    first.append(["1. Better lighting", "3 Sept 2024", "Street manager"])
    second = workbook.create_sheet("2025")
    second.append(["Åtgärd", "När", "Vem"])
    second.append(["2. Röjning", "2025–2026", "Parkchef"])
    result = read_xlsx(_save(workbook))
    assert [(m.id, m.title) for m in result.plan.measures] == [
        ("1", "Better lighting"),
        ("2", "Röjning"),
    ]
    assert result.plan.measures[0].deadline == PartialDate(year=2024, month=9, day=3)
    assert result.plan.measures[1].period == Period(start="2025", end="2026")
    where = {(note.code, str(note.location)) for note in result.notes}
    assert {
        ("NR001", "2024!A2"),
        ("ND001", "2024!B2"),
        ("NR001", "2025!A2"),
        ("ND001", "2025!B2"),
    } <= where


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_waits_for_the_read_and_is_left_as_found(enabled: bool) -> None:
    """No collection runs while a workbook is read; the collector is as it was after."""
    buffer = io.BytesIO()
    tiltak.exports.to_xlsx(examples.load("action_plan_bra"), buffer)
    workbook = buffer.getvalue()
    collections: list[str] = []

    def count(phase: str, info: dict[str, int]) -> None:
        frame: Any = sys._getframe()
        while phase == "start" and frame is not None:
            if frame.f_code is _read_workbook.__code__:  # a collection inside the read
                collections.append(phase)
                return
            frame = frame.f_back

    was, threshold = gc.isenabled(), gc.get_threshold()
    gc.set_threshold(1)  # a collection at every allocation the collector counts
    gc.callbacks.append(count)
    try:
        gc.enable() if enabled else gc.disable()
        read_xlsx(workbook)
        assert collections == []
        assert gc.isenabled() == enabled
        with pytest.raises(DocumentError):
            read_xlsx(b"PK\x03\x04 not a workbook")
        assert gc.isenabled() == enabled
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
        gc.enable() if was else gc.disable()
