"""Reading Excel workbooks: what :func:`tiltak.to_xlsx` writes, and Brå sheets made by hand."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import TYPE_CHECKING, Any, Final

from tiltak._enums import PlanKind
from tiltak._model import Adoption, Plan

from ._guard import Source, check_zip, damaged, read_source
from ._kinds import choose_kind
from ._labels import field_words, fold, kind_words, status_words
from ._notes import MissingExtraError, ReadNote, ReadResult, SourceLocation
from ._table import Cell, MeasureTable, find_header, no_header
from ._values import read_date, read_period

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped, unused-ignore]

__all__ = ["read_xlsx"]

_FACTS: Final = ("kind", "title", "id", "Plan.period", "owner", "status", "background",
                 "resources", "Adoption.date", "purpose")  # fmt: skip
_FACT_FIELDS: Final = {"Plan.period": "period", "Adoption.date": "adoption"}
MAX_CELLS: Final = 2_000_000
"""The most cells read from one workbook."""


def _openpyxl() -> Any:
    try:
        import openpyxl  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        raise MissingExtraError("read_xlsx", "openpyxl", "excel") from None
    return openpyxl


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _grid(sheet: Worksheet, notes: list[ReadNote]) -> list[list[Cell]]:
    """The sheet's cells as rows, merged ranges filled in from their top-left cell."""
    title = str(sheet.title)
    merged: dict[tuple[int, int], Any] = {}
    for span in sheet.merged_cells.ranges:
        top = sheet.cell(row=span.min_row, column=span.min_col)
        if span.max_row > span.min_row:
            notes.append(
                ReadNote(
                    code="M001",
                    location=SourceLocation(sheet=title, cell=top.coordinate),
                    params={"range": span.coord},
                )
            )
        for row in range(span.min_row, span.max_row + 1):
            for column in range(span.min_col, span.max_col + 1):
                if (row, column) != (span.min_row, span.min_col):
                    merged[(row, column)] = top
    rows: list[list[Cell]] = []
    for row_index, row in enumerate(sheet.iter_rows(), start=1):
        cells: list[Cell] = []
        for column_index, cell in enumerate(row, start=1):
            source = merged.get((row_index, column_index), cell)
            fill = source.fill
            rgb = None
            if fill is not None and fill.fill_type == "solid":
                colour = fill.fgColor
                rgb = colour.rgb if colour is not None and colour.type == "rgb" else None
            cells.append(
                Cell(
                    value=source.value,
                    where=SourceLocation(sheet=title, cell=f"{_letter(column_index)}{row_index}"),
                    number_format=source.number_format,
                    fill=rgb if isinstance(rgb, str) else None,
                    merged=source is not cell,
                )
            )
        rows.append(cells)
    return rows


def _facts(rows: list[list[Cell]]) -> dict[str, Cell] | None:
    """The sheet of facts: labels in the first column, values in the second."""
    words = field_words(_FACTS)
    found: dict[str, Cell] = {}
    for row in rows:
        if len(row) >= 2 and isinstance(row[0].value, str):
            name = words.get(fold(row[0].value))
            if name is not None:
                found[name] = row[1]
    return found if len(found) >= 2 else None


def _fact_value(name: str, cell: Cell, fields: dict[str, Any], notes: list[ReadNote]) -> None:
    field = _FACT_FIELDS.get(name, name)
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return
    path = f"$.{field}" if field != "adoption" else "$.adoption.date"
    text = value.strip() if isinstance(value, str) else None
    if field == "kind":
        kind = kind_words().get(fold(text or ""))
        if kind is None:
            notes.append(ReadNote(code="R006", location=cell.where, field="$.extensions['kind']"))
            fields.setdefault("extensions", {})["kind"] = text
            return
        fields["kind"] = kind
    elif field == "status":
        status = status_words().get(fold(text or ""))
        if status is None:
            notes.append(
                ReadNote(code="R006", location=cell.where, field="$.extensions['status']")
            )
            fields.setdefault("extensions", {})["status"] = text
            return
        fields["status"] = status
    elif field == "period":
        period = read_period(text) if text else None
        if period is None:
            notes.append(
                ReadNote(code="D004", location=cell.where, field="$.extensions['period']")
            )
            fields.setdefault("extensions", {})["period"] = str(value)
            return
        fields["period"] = period
    elif field == "adoption":
        day: dt.date | None = None
        if isinstance(value, dt.datetime):
            day = value.date()
        elif isinstance(value, dt.date):
            day = value
        elif text:
            read = read_date(text)
            day = read.last_day if read is not None and read.day is not None else None
        if day is None:
            notes.append(
                ReadNote(code="D004", location=cell.where, field="$.extensions['adoption']")
            )
            fields.setdefault("extensions", {})["adoption"] = str(value)
            return
        fields["adoption"] = Adoption(date=day)
    else:
        fields[field] = text if text is not None else str(value)
    notes.append(ReadNote(code="R001", location=cell.where, field=path))


def _preamble(table: MeasureTable, fields: dict[str, Any], notes: list[ReadNote]) -> None:
    """The text above a header row: the plan's title, if the facts give none; kept otherwise."""
    kept: list[str] = []
    for text, where in table.preamble:
        if "title" not in fields:
            fields["title"] = text
            notes.append(ReadNote(code="R009", location=where, field="$.title"))
        else:
            notes.append(
                ReadNote(code="R006", location=where, field=f"$.extensions['text'][{len(kept)}]")
            )
            kept.append(text)
    if kept:
        fields.setdefault("extensions", {})["text"] = kept


def read_xlsx(source: Source, *, kind: PlanKind | str | None = None) -> ReadResult:
    """Read a plan from an Excel workbook (needs the ``excel`` extra).

    Every sheet with a header row of Brå's template (in its first rows, in nb, nn, sv or
    en, with the usual variants) is read as measures; a sheet of labelled facts (as
    :func:`tiltak.to_xlsx` writes it) gives the plan's kind, title, period and the rest.
    ``kind`` overrides the kind the workbook names; without either, a Brå sheet is an
    action plan. Raises :class:`tiltak.DocumentError` for a file that is not a readable
    workbook or has no header row anywhere.
    """
    openpyxl = _openpyxl()
    data = read_source(source)
    archive = check_zip(data, "xlsx")
    archive.close()
    import io

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl raises anything from KeyError to XML errors
        raise damaged("xlsx") from None
    notes: list[ReadNote] = []
    table = MeasureTable()
    fields: dict[str, Any] = {}
    header_found = False
    cells = 0
    for sheet in workbook.worksheets:
        cells += (sheet.max_row or 0) * (sheet.max_column or 0)
        if cells > MAX_CELLS:
            from ._guard import _bomb

            raise _bomb()
        rows = _grid(sheet, notes)
        if not any(cell.value is not None for row in rows for cell in row):
            continue
        header = find_header(rows)
        if header is not None:
            header_found = True
            table.read(rows, *header)
            continue
        facts = _facts(rows)
        if facts is not None:
            notes.append(ReadNote(code="S002", location=SourceLocation(sheet=str(sheet.title))))
            for name, cell in facts.items():
                _fact_value(name, cell, fields, notes)
            continue
        notes.append(ReadNote(code="S001", location=SourceLocation(sheet=str(sheet.title))))
    workbook.close()
    if not header_found:
        raise no_header()
    notes.extend(table.notes)
    fields["measures"] = table.measures
    fields["causes"] = table.plan_causes()
    _preamble(table, fields, notes)
    if table.leftover:
        fields.setdefault("extensions", {})["rows"] = table.leftover
    fields["kind"] = choose_kind(kind, fields.get("kind"), None, notes)
    return ReadResult(plan=Plan(**fields), notes=tuple(notes), source="xlsx")
