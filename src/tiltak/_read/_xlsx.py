"""Excel workbooks: what :func:`tiltak.exports.to_xlsx` writes, and Brå sheets made by hand."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import warnings
import zipfile
from typing import Any, Final

from tiltak._enums import PlanKind
from tiltak._i18n import N_
from tiltak._model import Adoption, Plan
from tiltak._serial._gcpause import paused_gc

from ._guard import Source, check_zip, damaged, read_source
from ._kinds import choose_kind
from ._labels import field_words, fold, kind_words, status_words
from ._notes import DocumentError, MissingExtraError, ReadNote, ReadResult, SourceLocation
from ._table import Cell, MeasureTable, column_letter, distinct_ids, find_header, no_header
from ._values import read_date, read_period

__all__ = ["read_xlsx"]

_FACTS: Final = ("kind", "title", "id", "Plan.period", "owner", "status", "background",
                 "resources", "Adoption.date", "purpose")  # fmt: skip
_FACT_FIELDS: Final = {"Plan.period": "period", "Adoption.date": "adoption"}
MAX_CELLS: Final = 2_000_000
"""The most cells read from one workbook: of each row up to its last cell, and merged."""
MAX_ROWS: Final = 100_000
"""The most rows read from one sheet, empty rows included."""


def _openpyxl() -> Any:
    try:
        import openpyxl  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra, loaded on use
    except ImportError:
        raise MissingExtraError(feature="read_xlsx", package="openpyxl", extra="excel") from None
    return openpyxl


_XSTRING: Final = re.compile(
    "_x(D[89AB][0-9A-F]{2})__x(D[C-F][0-9A-F]{2})_|_x([0-9A-F]{4})_", re.IGNORECASE
)


def _unescape(text: str) -> str:
    """``text`` with SpreadsheetML's ``_xHHHH_`` escapes decoded, as Excel shows it.

    openpyxl leaves them as they are; ``to_xlsx`` writes a plan's own ``_x0041_`` as
    ``_x005F_x0041_``, Excel writes a carriage return as ``_x000D_``. A surrogate pair is
    decoded whole; half a pair stays as written, since plan text is valid Unicode.
    """

    def decode(match: re.Match[str]) -> str:
        high, low, single = match.groups()
        if single is None:
            return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))
        code = int(single, 16)
        return match.group() if 0xD800 <= code < 0xE000 else chr(code)

    return _XSTRING.sub(decode, text) if "_x" in text else text


_MERGE: Final = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


_SHEET: Final = re.compile(rb'<(?:\w+:)?sheet\s[^<>]*?\bname="([^"<]*)"')
"""A sheet element's name: never looking past the next tag, so a text of many "<sheet " is
read in one pass."""


_CELL_TAG: Final = re.compile(rb"<(?:\w+:)?c[\s/>]")
_MERGE_TAG: Final = re.compile(rb"<(?:\w+:)?mergeCell[\s/>]")
_SHARED_TAG: Final = re.compile(rb"<(?:\w+:)?si[\s/>]")
_SCAN_CHUNK: Final = 1 << 20
_LONGEST_TAG: Final = 64
"""More than any tag the scan counts is long: a ``<`` further back than this begins a
tag that is whole in the part read so far."""


def _tags(archive: zipfile.ZipFile, name: str, pattern: re.Pattern[bytes]) -> int:
    """How many tags ``pattern`` finds in the part ``name``, read a megabyte at a time."""
    found = 0
    tail = b""
    with archive.open(name) as stream:
        while chunk := stream.read(_SCAN_CHUNK):
            block = tail + chunk
            cut = block.rfind(b"<", max(len(block) - _LONGEST_TAG, 0))
            if cut < 0:
                cut = len(block)
            # No counted tag holds a "<" past its first character: none ends past ``cut``.
            found += len(pattern.findall(block, 0, cut))
            tail = block[cut:]
    return found + len(pattern.findall(tail))


def _count_before_loading(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook of too many cells, merged ranges or shared texts, counted in its XML.

    Counted before openpyxl builds a row: it makes a whole row before tiltak sees one cell of
    it, and reads every shared text and merged range of a sheet it opens.
    """
    cells = 0
    for name in archive.namelist():
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            cells += _tags(archive, name, _CELL_TAG) + 2 * _tags(archive, name, _MERGE_TAG)
            if cells > MAX_CELLS:  # a merged range is two cells at the least
                raise _too_many_cells()
        elif name == "xl/sharedStrings.xml" and _tags(archive, name, _SHARED_TAG) > MAX_CELLS:
            raise _too_many_cells()


def _declared_sheets(archive: zipfile.ZipFile) -> list[str]:
    """The names of the sheets the workbook declares, loadable or not."""
    try:
        text = archive.read("xl/workbook.xml")
    except KeyError:
        return []
    return [html.unescape(name.decode("utf-8", "replace")) for name in _SHEET.findall(text)]


def _column(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + char - 64
    return number


def _merged_spans(archive: zipfile.ZipFile, sheet: Any) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a sheet (rows and columns from 1), from its XML.

    A read-only worksheet does not parse them; they sit at the end of the sheet's part.
    """
    path = str(getattr(sheet, "_worksheet_path", "")).lstrip("/")
    if path not in archive.namelist():
        return []
    text = archive.read(path)
    return [
        (int(top), _column(left), int(bottom), _column(right))
        for left, top, right, bottom in _MERGE.findall(text)
    ]


def _grid(
    sheet: Any, archive: zipfile.ZipFile, notes: list[ReadNote], budget: list[int]
) -> list[list[Cell]]:
    """The sheet's cells as rows, merged ranges filled in from their top-left cell.

    The size the sheet declares is not trusted: each row is as long as the cells it holds.
    Every cell up to a row's last one, and every cell a merged range fills in, counts
    against ``budget`` before it is made; each row, empty ones included, counts against
    :data:`MAX_ROWS`.
    """
    title = str(sheet.title)
    spans = _merged_spans(archive, sheet)
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # a lying <dimension> would pad every row and add rows
    rows: list[list[Cell]] = []
    for row_index, row in enumerate(sheet.iter_rows(), start=1):
        budget[0] -= len(row)
        if budget[0] < 0:
            raise _too_many_cells()
        if row_index > MAX_ROWS:
            raise _too_many_rows()
        rows.append(
            [
                Cell(
                    _unescape(cell.value) if isinstance(cell.value, str) else cell.value,
                    cell,
                    title,
                    row_index,
                    column,
                )
                for column, cell in enumerate(row, start=1)
            ]
        )
    width = max((len(cells) for cells in rows), default=0)
    for top, left, given_bottom, given_right in sorted(set(spans)):
        # A range reaching past the cells the sheet holds is cut to them.
        bottom, right = min(given_bottom, len(rows)), min(given_right, width)
        if top > bottom or left > right or left > len(rows[top - 1]):
            continue
        budget[0] -= (bottom - top + 1) * (right - left + 1)
        if budget[0] < 0:
            raise _too_many_cells()
        first = rows[top - 1][left - 1]
        if given_bottom > top:
            notes.append(
                ReadNote(
                    code="NM001",
                    location=first.where,
                    params={
                        "range": f"{column_letter(left)}{top}:"
                        f"{column_letter(given_right)}{given_bottom}"
                    },
                )
            )
        for row_number in range(top, bottom + 1):
            cells = rows[row_number - 1]
            while len(cells) < right:
                cells.append(Cell(value=None, sheet=title, row=row_number, column=len(cells) + 1))
            for column in range(left, right + 1):
                if (row_number, column) != (top, left):
                    cells[column - 1] = first.copy_to(row_number, column)
    return rows


def _too_many_cells() -> DocumentError:
    return DocumentError(
        "too-large",
        N_(
            "the workbook has more than {limit} cells, the most tiltak reads; counted are"
            " the cells of each row up to its last one, and each cell of a merged range"
        ),
        limit=MAX_CELLS,
    )


def _too_many_rows() -> DocumentError:
    return DocumentError(
        "too-large",
        N_("a sheet has more than {limit} rows, the most tiltak reads; empty rows count too"),
        limit=MAX_ROWS,
    )


def _facts(rows: list[list[Cell]]) -> tuple[dict[str, Cell], list[Cell]] | None:
    """The sheet of facts: labels in the first column, values in the second.

    Also the cells of the rows whose label is not one of the plan's facts.
    """
    words = field_words(_FACTS)
    found: dict[str, Cell] = {}
    other: list[Cell] = []
    for row in rows:
        name = None
        if len(row) >= 2 and isinstance(row[0].value, str):
            name = words.get(fold(row[0].value))
        if name is not None:
            found[name] = row[1]
            other.extend(cell for cell in row[2:] if cell.value is not None)
        else:
            other.extend(cell for cell in row if cell.value is not None)
    return (found, other) if len(found) >= 2 else None


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
            notes.append(ReadNote(code="NR006", location=cell.where, field="$.extensions['kind']"))
            fields.setdefault("extensions", {})["kind"] = text
            return
        fields["kind"] = kind
    elif field == "status":
        status = status_words().get(fold(text or ""))
        if status is None:
            notes.append(
                ReadNote(code="NR006", location=cell.where, field="$.extensions['status']")
            )
            fields.setdefault("extensions", {})["status"] = text
            return
        fields["status"] = status
    elif field == "period":
        period = read_period(text) if text else None
        if period is None:
            notes.append(
                ReadNote(code="ND004", location=cell.where, field="$.extensions['period']")
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
                ReadNote(code="ND004", location=cell.where, field="$.extensions['adoption']")
            )
            fields.setdefault("extensions", {})["adoption"] = str(value)
            return
        fields["adoption"] = Adoption(date=day)
    else:
        fields[field] = text if text is not None else str(value)
    notes.append(ReadNote(code="NR001", location=cell.where, field=path))


def _read_facts(
    known: dict[str, Cell], other: list[Cell], fields: dict[str, Any], notes: list[ReadNote]
) -> None:
    """The plan's facts into their fields, and every other cell of the sheet kept."""
    for name, cell in known.items():
        _fact_value(name, cell, fields, notes)
    kept: list[str] = []
    for cell in other:
        field = f"$.extensions['facts'][{len(kept)}]"
        notes.append(ReadNote(code="NR006", location=cell.where, field=field))
        kept.append(str(cell.value))
    if kept:
        fields.setdefault("extensions", {})["facts"] = kept


def _preamble(table: MeasureTable, fields: dict[str, Any], notes: list[ReadNote]) -> None:
    """The text above a header row: the plan's title, if the facts give none; kept otherwise."""
    kept: list[str] = []
    for text, where in table.preamble:
        if "title" not in fields:
            fields["title"] = text
            notes.append(ReadNote(code="NR009", location=where, field="$.title"))
        else:
            notes.append(
                ReadNote(code="NR006", location=where, field=f"$.extensions['text'][{len(kept)}]")
            )
            kept.append(text)
    if kept:
        fields.setdefault("extensions", {})["text"] = kept


def _read_sheets(
    sheets: list[tuple[Any, list[list[Cell]]]],
    lost: list[str],
    table: MeasureTable,
    fields: dict[str, Any],
    notes: list[ReadNote],
) -> bool:
    """Read each sheet as measures or as facts; whether any had a header row."""
    header_found = False
    if lost and not sheets:
        raise damaged("xlsx")
    notes.extend(ReadNote(code="NS003", location=SourceLocation(sheet=name)) for name in lost)
    for sheet, rows in sheets:
        if getattr(sheet, "sheet_state", "visible") != "visible":
            notes.append(ReadNote(code="NS004", location=SourceLocation(sheet=str(sheet.title))))
        if not any(cell.value is not None for row in rows for cell in row):
            continue
        header = find_header(rows)
        if header is not None:
            header_found = True
            table.read(rows, *header)
            continue
        facts = _facts(rows)
        if facts is not None:
            notes.append(ReadNote(code="NS002", location=SourceLocation(sheet=str(sheet.title))))
            _read_facts(*facts, fields, notes)
            continue
        notes.append(ReadNote(code="NS001", location=SourceLocation(sheet=str(sheet.title))))
    return header_found


def read_xlsx(source: Source, *, kind: PlanKind | str | None = None) -> ReadResult:
    """Read a plan from an Excel workbook (needs the ``excel`` extra).

    Every sheet with a header row of Brå's template (in its first rows, in nb, nn, sv or
    en, with the usual variants) is read as measures; a sheet of labelled facts (as
    :func:`tiltak.exports.to_xlsx` writes it) gives the plan's kind, title, period and the rest.
    ``kind`` overrides the kind the workbook names; without either, a Brå sheet is an
    action plan. Raises :class:`tiltak.documents.DocumentError` for a file that is not a readable
    workbook or has no header row anywhere.
    """
    openpyxl = _openpyxl()
    # Reading makes many objects, all kept to the end (the cells, the plan), and no cycles
    # worth collecting: the collector's passes over them were a third of a large read.
    with paused_gc:
        return _read(openpyxl, source, kind)


def _read(openpyxl: Any, source: Source, kind: PlanKind | str | None) -> ReadResult:
    data = read_source(source)
    archive = check_zip(data, "xlsx")
    notes: list[ReadNote] = []
    table = MeasureTable()
    fields: dict[str, Any] = {}
    budget = [MAX_CELLS]
    try:
        _count_before_loading(archive)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            sheets = [
                (sheet, _grid(sheet, archive, notes, budget)) for sheet in workbook.worksheets
            ]
            workbook.close()
            loaded = {str(sheet.title) for sheet, _rows in sheets}
            lost = [name for name in _declared_sheets(archive) if name not in loaded]
    except DocumentError:
        raise
    except Exception:  # openpyxl raises anything from KeyError to XML errors
        raise damaged("xlsx") from None
    finally:
        archive.close()
    header_found = _read_sheets(sheets, lost, table, fields, notes)
    if not header_found:
        raise damaged("xlsx") if lost else no_header()
    distinct_ids(table.measures, table.by_place, table.notes)
    notes.extend(table.notes)
    fields["measures"] = table.measures
    fields["causes"] = table.plan_causes()
    _preamble(table, fields, notes)
    if table.leftover:
        fields.setdefault("extensions", {})["rows"] = table.leftover
    fields["kind"] = choose_kind(kind, fields.get("kind"), None, notes)
    return ReadResult(plan=Plan(**fields), notes=tuple(notes), source="xlsx")
