"""The Brå template as an Excel workbook (openpyxl, imported only when called)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, Any, Final

from ._enums import StatusColour
from ._errors import ModelTypeError
from ._extras import require
from ._i18n import NC_, pgettext
from ._locale import resolve_locale
from ._model import Measure, Plan
from ._names import colour_name, field_label, kind_name, status_name
from ._tables import _shown_follow_up, cause_texts
from ._text import Replacements
from ._time._dates import PartialDate, Period, Precision
from ._time._formatting import format_date

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped, unused-ignore]

__all__ = ["FILLS", "TEMPLATE_COLUMNS", "to_xlsx"]

_COLUMN = "template column"
TEMPLATE_COLUMNS: tuple[str, ...] = (
    NC_("template column", "Cause"),
    NC_("template column", "Measure"),
    NC_("template column", "Operational goal"),
    NC_("template column", "When"),
    NC_("template column", "Who"),
    NC_("template column", "Follow-up"),
    NC_("template column", "Note"),
)
"""The measures sheet's columns: Brå's six (Orsak, Åtgärd, Operativa mål, När, Vem,
Uppföljning), then the follow-up's note."""

_FOLLOW_UP_COLUMN = "F"
_WHEN_COLUMN = 4

FILLS: Mapping[StatusColour, str] = MappingProxyType(
    {
        StatusColour.GREEN: "C6EFCE",
        StatusColour.YELLOW: "FFEB9C",
        StatusColour.RED: "FFC7CE",
    }
)
"""The fill of the follow-up cell per colour (Excel's own good, neutral and bad)."""

# Partial dates are real dates at their last day, shown only to their precision.
_NUMBER_FORMATS: Mapping[Precision, str] = MappingProxyType(
    {Precision.DAY: "yyyy-mm-dd", Precision.MONTH: "yyyy-mm", Precision.YEAR: "yyyy"}
)

_FACTS = (
    ("kind", "kind"),
    ("title", "title"),
    ("id", "id"),
    ("Plan.period", "period"),
    ("owner", "owner"),
    ("status", "status"),
    ("background", "background"),
    ("resources", "resources"),
    ("Adoption.date", "adoption"),
)


_NOT_CELL_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""What a cell cannot hold: XML 1.0's forbidden controls (Word's soft break U+000B among
them), and U+FFFE and U+FFFF, which openpyxl writes but no reader reads back."""
CELL_LIMIT = 32_767
"""The most characters an Excel cell holds, counted in UTF-16 code units as Excel does."""
_XSTRING_ESCAPE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")
"""The underscore that starts ``_xHHHH_``, which SpreadsheetML reads as an escaped character
(ECMA-376 ST_Xstring): written ``_x005F_`` so the text reads back as it was written."""


def _set(cell: Any, value: object, notes: Replacements) -> None:
    """Write ``value``; text stays text even when it starts like a formula."""
    if isinstance(value, str):
        value = notes.clean(value, f"{cell.parent.title}!{cell.coordinate}")
        if "_x" in value:
            value = _XSTRING_ESCAPE.sub("_x005F_", value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def _date_cell(cell: Any, value: PartialDate) -> None:
    cell.value = value.last_day
    cell.number_format = _NUMBER_FORMATS[value.precision]


def _period_text(period: Period, locale: str | None) -> str:
    start = "…" if period.start is None else format_date(period.start, locale=locale)
    end = "…" if period.end is None else format_date(period.end, locale=locale)
    return f"{start} – {end}"  # noqa: RUF001 - a real en dash


def _who(measure: Measure) -> str | None:
    person = measure.responsible
    if person is None:
        return None
    if person.name and person.role:
        first = f"{person.name}, {person.role}"
    elif person.name:
        first = f"{person.name},"  # the comma says it is a name, not a role
    elif person.role:
        first = f", {person.role}" if ", " in person.role else person.role
    else:
        first = _NOBODY
    rest = [person.organisation, person.email, person.phone]
    if first == _NOBODY and not any(rest):
        return None
    return "\n".join(line for line in [first, *rest] if line)


_NOBODY: Final = "–"  # noqa: RUF001 - a dash, as people write it
"""The first line of *who* when it names neither a person nor a role."""


def _measure_text(measure: Measure) -> str:
    text = measure.title if measure.title is not None else measure.description
    return measure.id if not text else f"{measure.id}. {text}"


def _causes(texts: Mapping[str, str | None], measure: Measure) -> str | None:
    lines = [f"{c}. {texts[c]}" if texts.get(c) else c for c in measure.causes]
    return "\n".join(lines) or None


def _measures_sheet(sheet: Worksheet, plan: Plan, locale: str, notes: Replacements) -> None:
    from openpyxl.formatting.rule import CellIsRule  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra, loaded on use
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra, loaded on use
    from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra, loaded on use

    for column, message in enumerate(TEMPLATE_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column)
        _set(cell, pgettext(_COLUMN, message, locale=locale), notes)
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    wrap = Alignment(wrap_text=True, vertical="top")
    texts = cause_texts(plan)
    for row, measure in enumerate(plan.measures, start=2):
        follow_up = _shown_follow_up(measure)
        colour = None if follow_up is None else follow_up.colour
        values: list[object] = [
            _causes(texts, measure),
            _measure_text(measure),
            measure.operational_goal,
            None,
            _who(measure),
            None if colour is None else colour_name(colour, locale=locale),
            None if follow_up is None else follow_up.note,
        ]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            _set(cell, value, notes)
            cell.alignment = wrap
        when = sheet.cell(row=row, column=_WHEN_COLUMN)
        if measure.deadline is not None:
            _date_cell(when, measure.deadline)
        elif measure.period is not None:
            _set(when, _period_text(measure.period, locale), notes)
        elif measure.schedule is not None:
            _set(when, measure.schedule.describe(locale=locale), notes)
        when.alignment = wrap
    names = [colour_name(colour, locale=locale) for colour in FILLS]
    column_range = f"{_FOLLOW_UP_COLUMN}2:{_FOLLOW_UP_COLUMN}1048576"
    choice = DataValidation(
        type="list", formula1='"' + ",".join(names) + '"', allow_blank=True, showDropDown=False
    )
    choice.add(column_range)
    sheet.add_data_validation(choice)
    for colour, name in zip(FILLS, names, strict=True):
        fill = PatternFill(start_color=FILLS[colour], end_color=FILLS[colour], fill_type="solid")
        rule = CellIsRule(operator="equal", formula=[f'"{name}"'], fill=fill)
        sheet.conditional_formatting.add(column_range, rule)
    for letter, width in zip("ABCDEFG", (30, 40, 30, 14, 30, 14, 40), strict=True):
        sheet.column_dimensions[letter].width = width


def _facts_sheet(sheet: Worksheet, plan: Plan, locale: str, notes: Replacements) -> None:
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra, loaded on use

    wrap = Alignment(wrap_text=True, vertical="top")
    for row, (label, name) in enumerate(_FACTS, start=1):
        head = sheet.cell(row=row, column=1)
        text = field_label(label, locale=locale)
        _set(head, text[:1].upper() + text[1:], notes)
        head.font = Font(bold=True)
        head.alignment = wrap
        cell = sheet.cell(row=row, column=2)
        cell.alignment = wrap
        value: Any = getattr(plan, name)
        if name == "kind":
            _set(cell, kind_name(plan.kind, locale=locale), notes)
        elif name == "status":
            _set(cell, None if value is None else status_name(value, locale=locale), notes)
        elif name == "period":
            _set(cell, None if value is None else _period_text(value, locale), notes)
        elif name == "adoption":
            if value is not None and value.date is not None:
                _date_cell(cell, PartialDate.from_date(value.date))
        else:
            _set(cell, value, notes)
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 80


def _sheet_title(text: str) -> str:
    for char in "[]:*?/\\":
        text = text.replace(char, " ")
    return text[:31]


def to_xlsx(
    plan: Plan, file: str | os.PathLike[str] | IO[bytes], *, locale: str | None = None
) -> None:
    """Write ``plan`` to ``file`` as an Excel workbook in Brå's template (needs ``excel``).

    The first sheet has one row per measure, in the plan's order, under a frozen header
    row of the template's columns in ``locale`` (the context default when ``None``): the
    causes (number and text), the measure, its operational goal, when, who (name, role,
    organisation, e-mail and phone, one a line), the follow-up and its note. *When* is a
    real date cell for a deadline (a deadline given to the month or the year is its last
    day, shown as ``yyyy-mm`` or ``yyyy``); a period or a schedule is text. The follow-up
    cell holds the colour's name, with a drop-down of the three names and a fill per
    colour (conditional formatting), so it stays right when someone picks another colour.
    The second sheet holds the plan's facts: kind, title, id, period, owner, status,
    background, resources and the day it was adopted.

    Every text is written as text: a cell that starts with ``=``, ``+``, ``-`` or ``@`` is
    never a formula. What a cell cannot hold is changed, and a
    :class:`~tiltak.errors.TextReplacedWarning` names the cells: control characters (but tab and
    line breaks; Word's soft break U+000B among them) and U+FFFE and U+FFFF become U+FFFD,
    and a text longer than Excel's 32,767 characters (UTF-16 code units, as Excel counts: an
    emoji counts twice) is cut to them, its last an ellipsis. Text that looks like
    SpreadsheetML's escape of a character, ``_x0041_``, is written escaped
    (``_x005F_x0041_``), so Excel shows it as written.
    """
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"to_xlsx writes one Plan, not {type(plan).__name__}")
    require("openpyxl", extra="excel", feature="to_xlsx")
    from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra, loaded on use

    code = resolve_locale(locale, own=None if plan.language is None else plan.language.value)
    workbook = Workbook()
    measures = workbook.active
    assert measures is not None
    measures.title = _sheet_title(pgettext("sheet", "Measures", locale=code))
    notes = Replacements("to_xlsx", _NOT_CELL_TEXT, limit=CELL_LIMIT)
    _measures_sheet(measures, plan, code, notes)
    facts = workbook.create_sheet(_sheet_title(pgettext("sheet", "About the plan", locale=code)))
    _facts_sheet(facts, plan, code, notes)
    workbook.save(file)
    notes.warn()
