"""Tables of measures, whatever holds them: Brå's columns found by their headers.

A table is rows of :class:`Cell`. Its header row is the first of its first rows in which
the measure column and at least one other of the template's columns are recognised, in
nb, nn, sv or en, by the template's own words or their usual variants.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final

import attrs

from tiltak._enums import StatusColour
from tiltak._i18n import N_
from tiltak._model import Cause, FollowUp, Measure
from tiltak._time._dates import PartialDate, Period

from ._labels import fold, template_headers
from ._notes import DocumentError, ReadNote, SourceLocation
from ._values import (
    fill_colour,
    is_number,
    read_causes,
    read_colour,
    read_when,
    read_who,
    split_numbered,
)

__all__ = [
    "HEADER_ROWS",
    "SYNONYMS",
    "Cell",
    "MeasureTable",
    "column_letter",
    "distinct_ids",
    "find_header",
    "looked_for",
    "period_text",
]

HEADER_ROWS: Final = 20
"""How many rows from the top a header row is looked for in."""

# The template's columns, in its order (see tiltak._xlsx.TEMPLATE_COLUMNS), then an id.
_FIELDS: Final = ("cause", "measure", "goal", "when", "who", "follow_up", "note", "id")

SYNONYMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "cause": ("orsak", "orsaker", "årsak", "årsaker", "årsak(er)", "cause", "causes",
                  "problem", "bakgrunn", "orsak/problem"),
        "measure": ("åtgärd", "åtgärder", "tiltak", "aktivitet", "aktiviteter", "measure",
                    "measures", "activity", "activities", "action", "actions", "insats",
                    "insatser", "beskrivelse av tiltak", "tiltak/aktivitet"),
        "goal": ("operativa mål", "operativt mål", "operative mål", "delmål", "resultatmål",
                 "mål", "goal", "goals", "operational goal", "målsetting", "målsättning",
                 "effektmål"),
        "when": ("när", "når", "frist", "tidsfrist", "tidsplan", "tidplan", "tidspunkt", "tid",
                 "when", "deadline", "dato", "datum", "klart senast", "ferdig", "periode",
                 "period"),
        "who": ("vem", "hvem", "kven", "ansvarlig", "ansvarleg", "ansvar", "ansvarig", "who",
                "responsible", "hvem/ansvarlig", "vem/ansvarig", "utføres av", "utførar"),
        "follow_up": ("uppföljning", "oppfølging", "oppfølgjing", "status", "evaluering",
                      "utvärdering", "follow-up", "follow up", "followup", "resultat",
                      "måluppfyllelse", "gjennomført"),
        "note": ("merknad", "merknader", "kommentar", "kommentarer", "anteckning",
                 "anteckningar", "note", "notes", "comment", "comments", "anmärkning"),
        "id": ("nr", "nr.", "id", "nummer", "number", "no", "no.", "#", "løpenummer", "lnr"),
    }
)  # fmt: skip
"""The usual variants of each column's heading, case-folded."""


_THEMED: Final = "theme"
"""The fill of a cell in a theme colour: a colour tiltak does not resolve."""


class Cell:
    """One cell: its value, where it is, and what Excel says of its look.

    A workbook's cells keep their openpyxl cell and read its place, number format and fill
    only when asked: most cells are never asked.
    """

    __slots__ = (
        "_fill",
        "_format",
        "_source",
        "_where",
        "column",
        "merged",
        "row",
        "sheet",
        "value",
    )

    def __init__(
        self,
        value: Any,
        source: Any = None,
        sheet: str | None = None,
        row: int = 0,
        column: int = 0,
        *,
        where: SourceLocation | None = None,
        number_format: str | None = None,
        fill: str | None = None,
        merged: bool = False,
    ) -> None:
        self.value = value
        self.row = row
        self.column = column
        self.merged = merged
        self.sheet = sheet
        self._where = where
        self._format = number_format
        self._fill = fill
        self._source = source

    @property
    def where(self) -> SourceLocation:
        """Where the cell is."""
        if self._where is None:
            self._where = SourceLocation(
                sheet=self.sheet, cell=f"{column_letter(self.column)}{self.row}"
            )
        return self._where

    def copy_to(self, row: int, column: int) -> Cell:
        """The value and look of the cell at another place, as a merged range spreads it."""
        return Cell(
            value=self.value,
            source=self._source,
            sheet=self.sheet,
            row=row,
            column=column,
            merged=True,
        )

    @property
    def number_format(self) -> str | None:
        """The cell's number format, if it has one."""
        if self._format is None and self._source is not None:
            self._format = str(getattr(self._source, "number_format", "") or "")
        return self._format

    @property
    def fill(self) -> str | None:
        """The RGB of the cell's solid fill, if it has one."""
        if self._fill is None and self._source is not None:
            fill = getattr(self._source, "fill", None)
            rgb: object = None
            if fill is not None and fill.fill_type == "solid" and fill.fgColor is not None:
                colour = fill.fgColor
                if colour.type == "rgb":
                    rgb = colour.rgb
                elif colour.type == "indexed":  # Excel's old palette, as .xls files use
                    from openpyxl.styles.colors import COLOR_INDEX  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra, loaded on use

                    index = colour.indexed
                    rgb = COLOR_INDEX[index] if isinstance(index, int) and index < 56 else None
                elif colour.type == "theme":
                    rgb = _THEMED
            self._fill = rgb if isinstance(rgb, str) else ""
        return self._fill or None

    @property
    def themed(self) -> bool:
        """Whether the cell's fill is a colour of the workbook's theme (not read)."""
        return self.fill == _THEMED


def column_letter(column: int) -> str:
    """The letters of a column number, as Excel names columns (1 is A, 27 is AA)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def match_header(text: object) -> tuple[str | None, bool]:
    """The field a heading names, and whether it is the template's own word."""
    if not isinstance(text, str) or not text.strip():
        return None, False
    folded = fold(text)
    own = template_headers()
    if folded in own:
        return _FIELDS[own[folded]], True
    for field, words in SYNONYMS.items():
        if folded in words:
            return field, False
    for piece in folded.replace("\n", "/").split("/"):
        part = piece.strip(" :*.")
        for field, words in SYNONYMS.items():
            if part in words:
                return field, False
    return None, False


def find_header(rows: Sequence[Sequence[Cell]]) -> tuple[int, dict[int, tuple[str, bool]]] | None:
    """The index of the header row and its recognised columns, or ``None``."""
    for index, row in enumerate(rows[:HEADER_ROWS]):
        columns: dict[int, tuple[str, bool]] = {}
        for position, cell in enumerate(row):
            field, exact = match_header(cell.value)
            if field is not None and field not in {f for f, _ in columns.values()}:
                columns[position] = (field, exact)
        fields = {field for field, _ in columns.values()}
        if "measure" in fields and len(fields) >= 2:
            return index, columns
    return None


def looked_for() -> str:
    """The headings looked for, for the error that none was found."""
    return "; ".join("/".join(words[:4]) for words in SYNONYMS.values())


def no_header() -> DocumentError:
    """The error for a table without a recognisable header row."""
    return DocumentError(
        "no-header",
        N_(
            "no sheet has a header row of the template in its first {rows} rows;"
            " looked for: {headers}"
        ),
        rows=HEADER_ROWS,
        headers=looked_for(),
    )


def distinct_ids(
    items: list[Any], placed: Sequence[tuple[int, ReadNote]], notes: list[ReadNote]
) -> None:
    """Renumber each item numbered by its place whose number another item has.

    ``items`` are measures (or goals); ``placed`` holds each one numbered by its place, its
    index and the note saying so, which is found in ``notes`` and made to give the new
    number. When another item has that number as its own (``1`` after an ``A 1``), the item
    takes the first number from there on that no item has. Linear in the items: each number
    taken points on to the next one that may be free.
    """
    by_place = {index for index, _ in placed}
    after: dict[int, int] = {}  # a taken number -> a number after it, perhaps free
    for i, item in enumerate(items):
        if i not in by_place and item.id.isdecimal() and str(int(item.id)) == item.id:
            after[int(item.id)] = int(item.id) + 1
    position: dict[int, int] | None = None
    for index, note in placed:
        wanted = int(items[index].id)
        number, passed = wanted, []
        while number in after:
            passed.append(number)
            number = after[number]
        for taken in passed:  # later searches skip straight here
            after[taken] = number
        after[number] = number + 1
        if number == wanted:
            continue
        items[index] = attrs.evolve(items[index], id=str(number))
        if position is None:
            position = {id(n): i for i, n in enumerate(notes)}
        at = position[id(note)]
        notes[at] = attrs.evolve(note, params={**note.params, "id": str(number)})


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@attrs.define
class MeasureTable:
    """Reads rows of measures into measures, causes and notes, table after table."""

    measures: list[Measure] = attrs.field(factory=list)
    causes: dict[str, str | None] = attrs.field(factory=dict)
    notes: list[ReadNote] = attrs.field(factory=list)
    leftover: list[dict[str, str]] = attrs.field(factory=list)
    preamble: list[tuple[str, SourceLocation]] = attrs.field(factory=list)
    _cause_ids: dict[str, str] = attrs.field(factory=dict, alias="_cause_ids")
    by_place: list[tuple[int, ReadNote]] = attrs.field(factory=list)
    """Each measure numbered by its place: its index, and the note that says so."""

    def note(
        self, code: str, where: SourceLocation, field: str | None = None, **params: Any
    ) -> None:
        """Add a note."""
        self.notes.append(ReadNote(code=code, location=where, field=field, params=params))

    def read(
        self, rows: Sequence[Sequence[Cell]], header: int, columns: Mapping[int, tuple[str, bool]]
    ) -> None:
        """Read the rows under the header row ``header`` whose columns are ``columns``."""
        for position, cell in enumerate(rows[header]):
            name = _text(cell.value)
            column = _column_name(cell, position)
            if position in columns:
                field, exact = columns[position]
                code = "NH001" if exact else "NH002"
                self.note(code, cell.where, None, column=column, header=field_title(field))
            elif name is not None:
                self.note(
                    "NH003", cell.where, f"$.measures[*].extensions[{name[:40]!r}]", column=column
                )
        for row in rows[:header]:
            for cell in row:
                text = _text(cell.value)
                if text is not None and not cell.merged:
                    self.preamble.append((text, cell.where))
        if header > 0:
            self.note(
                "NH004",
                rows[header][0].where if rows[header] else SourceLocation(),
                None,
                row=header + 1,
            )
        for row in rows[header + 1 :]:
            self._row(row, columns, rows[header])

    def _row(  # noqa: PLR0915 - one step per column of the template
        self, row: Sequence[Cell], columns: Mapping[int, tuple[str, bool]], heads: Sequence[Cell]
    ) -> None:
        by_field: dict[str, Cell] = {}
        extra: dict[str, str] = {}
        for position, cell in enumerate(row):
            if position in columns:
                by_field[columns[position][0]] = cell
            else:
                text = _text(cell.value)
                head = _text(heads[position].value) if position < len(heads) else None
                if text is not None:
                    extra[head or _column_name(cell, position)] = text
        status = by_field.get("follow_up")
        if all(_text(cell.value) is None for cell in by_field.values()) and (
            status is None or status.fill is None
        ):
            if extra:  # content only outside the template's columns
                first = next(c for c in row if _text(c.value) is not None)
                self.note("NR006", first.where, "$.extensions['rows']")
                self.leftover.append(extra)
            return
        if _is_footer(by_field):  # a sum or a remark under the table, not a measure
            kept: dict[str, str] = {}
            for position, cell in enumerate(row):
                text = _text(cell.value)
                if text is not None:
                    head = _text(heads[position].value) if position < len(heads) else None
                    kept[head or _column_name(cell, position)] = text
            first = next(c for c in row if _text(c.value) is not None)
            self.note("NR006", first.where, "$.extensions['rows']")
            self.leftover.append(kept)
            return
        index = len(self.measures)
        path = f"$.measures[{index}]"
        number: str | None = None
        title: str | None = None
        measure_cell = by_field.get("measure")
        if "id" in by_field:
            number = _text(by_field["id"].value)
        if measure_cell is not None:
            text = _text(measure_cell.value)
            if text is not None:
                own, rest = split_numbered(text)
                if number is None and own is not None:
                    number, title = own, rest
                else:
                    title = text
        where_any = (measure_cell or next(iter(by_field.values()))).where
        self.note("NR001", where_any, path)  # the row; its cells by their columns' headers
        if number is None:
            number = str(index + 1)
            self.note("NR005", where_any, f"{path}.id", id=number)
            self.by_place.append((index, self.notes[-1]))
        fields: dict[str, Any] = {"id": number, "title": title}
        causes = self._causes(by_field.get("cause"), path)
        fields["causes"] = causes
        goal = by_field.get("goal")
        if goal is not None and _text(goal.value) is not None:
            fields["operational_goal"] = _text(goal.value)
        extensions: dict[str, Any] = dict(extra)
        self._when(by_field.get("when"), path, fields, extensions)
        who = by_field.get("who")
        if who is not None and _text(who.value) is not None:
            person, code = read_who(str(who.value))
            fields["responsible"] = person
            if code is not None:
                self.note(code, who.where, f"{path}.responsible")
        follow_up = self._follow_up(by_field.get("follow_up"), by_field.get("note"), path)
        if follow_up is not None:
            fields["follow_ups"] = (follow_up,)
        if extensions:
            fields["extensions"] = extensions
        self.measures.append(Measure(**fields))

    def _causes(self, cell: Cell | None, path: str) -> tuple[str, ...]:
        if cell is None or _text(cell.value) is None:
            return ()
        found, code = read_causes(str(cell.value))
        ids = list(
            dict.fromkeys(self._cause(number, text, cell.where, path) for number, text in found)
        )
        if code is not None:
            self.note(code, cell.where, f"{path}.causes", ids=", ".join(ids))
        return tuple(ids)

    def _cause(
        self, number: str | None, text: str | None, where: SourceLocation, path: str
    ) -> str:
        """The id of one cause: its own number, unless another text holds it already.

        A text without a number, or whose number another text has, is the cause of the
        same text met before, or else numbered by the next number free (with a note).
        """
        if text is None:  # a link by number alone
            self.causes.setdefault(number or "", None)
            return number or ""
        key = fold(text)
        if number is not None:
            if self.causes.get(number) is None:
                self.causes[number] = text
                self._cause_ids.setdefault(key, number)
                return number
            if self.causes[number] == text:
                return number
        known = self._cause_ids.get(key)
        if known is not None:
            return known
        free = len(self.causes) + 1
        while str(free) in self.causes:
            free += 1
        new = str(free)
        self.causes[new] = text
        self._cause_ids[key] = new
        if number is None:
            self.note("NK002", where, f"{path}.causes", id=new)
        else:
            self.note("NK003", where, f"{path}.causes", number=number, id=new)
        return new

    def _when(
        self, cell: Cell | None, path: str, fields: dict[str, Any], ext: dict[str, Any]
    ) -> None:
        if cell is None or cell.value is None or _text(cell.value) is None:
            return
        deadline, period, code = read_when(cell.value, cell.number_format)
        if deadline is not None:
            fields["deadline"] = deadline
            if code is not None:
                self.note(code, cell.where, f"{path}.deadline", value=deadline.isoformat())
        elif period is not None:
            fields["period"] = period
            if code is not None:
                self.note(code, cell.where, f"{path}.period", value=period_text(period))
        else:
            ext["when"] = _text(cell.value)
            self.note("ND004", cell.where, f"{path}.extensions['when']")

    def _follow_up(self, cell: Cell | None, note_cell: Cell | None, path: str) -> FollowUp | None:
        colour: StatusColour | None = None
        note = None if note_cell is None else _text(note_cell.value)
        where = f"{path}.follow_ups[0]"
        if cell is not None:
            text = _text(cell.value)
            if text is not None:
                colour, code = read_colour(text)
                if colour is None:
                    note = text if note is None else f"{text}\n{note}"
                    self.note("NC004", cell.where, f"{where}.note")
                elif code is not None:
                    self.note(code, cell.where, f"{where}.colour", colour=colour.value)
            if colour is None and cell.fill is not None:
                colour = fill_colour(cell.fill)
                if colour is not None:
                    self.note("NC002", cell.where, f"{where}.colour", colour=colour.value)
                elif cell.themed:
                    self.note("NC005", cell.where, f"{where}.colour")
        if colour is None and note is None:
            return None
        return FollowUp(colour=colour, note=note)

    def plan_causes(self) -> tuple[Cause, ...]:
        """The causes met, in the order first met."""
        return tuple(Cause(id=number, text=text) for number, text in self.causes.items())


_FOOTERS: Final = frozenset(
    ("sum", "summa", "summer", "total", "totalt", "i alt", "i alt:", "sum:", "totalsum", "totals")
)
_REMARKS: Final = ("merk:", "merk!", "obs:", "obs!", "nb:", "nb!", "note:", "anm:",
                   "anmärkning:", "merknad:", "kommentar:", "remark:")  # fmt: skip


def _is_footer(by_field: Mapping[str, Cell]) -> bool:
    """Whether a row is a sum or remark under the table: a word, not a measure, in it."""
    number = by_field.get("id")
    number_text = None if number is None else _text(number.value)
    if number_text is not None and not is_number(number_text):
        return True
    measure = by_field.get("measure")
    text = None if measure is None else _text(measure.value)
    if text is None:
        return number_text is None
    folded = fold(text)
    return folded.rstrip(" .:") in _FOOTERS or folded.startswith(_REMARKS)


def period_text(period: Period | None) -> str:
    """A period as ``start/end``, an open end as ``…``."""

    def show(part: PartialDate | None) -> str:
        return "…" if part is None else part.isoformat()

    if period is None:
        return "…/…"
    return f"{show(period.start)}/{show(period.end)}"


def _column_name(cell: Cell, position: int) -> str:
    if cell.where.cell is not None:
        return "".join(char for char in cell.where.cell if char.isalpha())
    return str(position + 1)


_TITLES: Final = {
    "cause": "Orsak/Årsak", "measure": "Åtgärd/Tiltak", "goal": "Operativa mål/Delmål",
    "when": "När/Når", "who": "Vem/Hvem", "follow_up": "Uppföljning/Oppfølging",
    "note": "Merknad/Note", "id": "Nr",
}  # fmt: skip


def field_title(field: str) -> str:
    """The column a field stands for, as the template's sv and nb headings."""
    return _TITLES[field]
