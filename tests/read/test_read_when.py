"""A *when* as the sector writes it: "klart senast", "innen utgangen av", tertials, ranges."""

# ruff: noqa: RUF001 - en dashes, as people write them

from __future__ import annotations

import io

import pytest

import tiltak
from tiltak import PartialDate, Period
from tiltak._read._values import read_when


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("klart senast 31 mars 2024", PartialDate(year=2024, month=3, day=31)),
        ("Klart senast 31 mars 2024", PartialDate(year=2024, month=3, day=31)),
        ("senest 15. mai 2024", PartialDate(year=2024, month=5, day=15)),
        ("seinast 15. mai 2024", PartialDate(year=2024, month=5, day=15)),
        ("senast 15 maj 2024", PartialDate(year=2024, month=5, day=15)),
        ("innen 31. mars 2024", PartialDate(year=2024, month=3, day=31)),
        ("innan 31 mars 2024", PartialDate(year=2024, month=3, day=31)),
        ("innen utgangen av mars 2024", PartialDate(year=2024, month=3)),
        ("innan utgången av mars 2024", PartialDate(year=2024, month=3)),
        ("i slutet av mars 2024", PartialDate(year=2024, month=3)),
        ("by the end of March 2024", PartialDate(year=2024, month=3)),
        ("no later than 1 April 2024", PartialDate(year=2024, month=4, day=1)),
        ("i løpet av 2025", PartialDate(year=2025)),
        ("senest uke 12 2024", PartialDate(year=2024, month=3, day=24)),
    ],
)
def test_by_a_day(text: str, deadline: PartialDate) -> None:
    """The words that say "by" are read past; a month or a year is due at its end."""
    assert read_when(text)[:2] == (deadline, None)


@pytest.mark.parametrize(
    ("text", "start", "end", "code"),
    [
        ("1. tertial 2024", "2024-01", "2024-04", "ND006"),
        ("2. tertial 2024", "2024-05", "2024-08", "ND006"),
        ("tertial 3 2024", "2024-09", "2024-12", "ND006"),
        ("T2 2024", "2024-05", "2024-08", "ND006"),
        ("3. kvartal 2024", "2024-07", "2024-09", "ND006"),
        ("Q4 2024", "2024-10", "2024-12", "ND006"),
        ("innen 2. tertial 2024", "2024-05", "2024-08", "ND006"),
        ("mars–april 2024", "2024-03", "2024-04", "ND001"),
        ("mars-april 2024", "2024-03", "2024-04", "ND001"),
        ("1. mars – 15. april 2024", "2024-03-01", "2024-04-15", "ND001"),
    ],
)
def test_parts_of_a_year_and_month_ranges(text: str, start: str, end: str, code: str) -> None:
    assert read_when(text) == (None, Period(start=start, end=end), code)


@pytest.mark.parametrize("text", ["5. tertial 2024", "Q5 2024", "senest når det passer 2024"])
def test_what_is_not_a_when_is_kept(text: str) -> None:
    assert read_when(text) == (None, None, "ND004")


def test_a_bra_sheet_that_says_klart_senast_has_a_deadline() -> None:
    """P008 ("says neither deadline, period nor schedule") no longer fires on such a cell."""
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Orsak", "Åtgärd", "Operativa mål", "När", "Vem", "Uppföljning"])
    sheet.append(["1. Mörkt", "Ny belysning", None, "klart senast 31 mars 2024", "Gatuchef", None])
    sheet.append(["1. Mörkt", "Trygghetsvandring", None, "1. tertial 2024", "Polisen", None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    plan = tiltak.documents.read_xlsx(buffer.getvalue()).plan
    assert [m.deadline for m in plan.measures] == [PartialDate(year=2024, month=3, day=31), None]
    assert plan.measures[1].period == Period(start="2024-01", end="2024-04")
    assert not tiltak.validate(plan).by_code("P008")
