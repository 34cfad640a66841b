"""Table exports: one flat row per measure, in the columns of Brå's template, and the plan's ids.

Rows of many plans stack into one table. Without a locale the rows hold codes (``"green"``,
``"action_plan"``) and the headers are the English keys; with one, names and headers are in
that language. pandas is imported only by :func:`to_dataframe`.

>>> from tiltak import examples
>>> rows = to_records(examples.load("action_plan_bra"))
>>> rows[0]["plan_kind"], rows[0]["measure_id"], rows[0]["colour"]
('action_plan', '1', 'green')
>>> to_records(examples.load("action_plan_bra"), locale="sv")[0]["colour"]
'grön'
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from collections.abc import Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, overload

from ._elements import first_holders
from ._errors import ModelTypeError
from ._extras import require
from ._model import FollowUp, Measure, Plan, latest_follow_up
from ._names import colour_name, kind_name, value_name
from ._redact import shape
from ._time._dates import PartialDate, Precision
from ._words import COLUMN, has_word, keys, word

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

__all__ = [
    "COLOUR_ORDER",
    "RECORD_KEYS",
    "cause_texts",
    "column_label",
    "escape_cell",
    "to_csv",
    "to_dataframe",
    "to_records",
]


RECORD_KEYS: tuple[str, ...] = keys(COLUMN)
"""The keys of every row :func:`to_records` makes, in column order."""

DATE_KEYS: tuple[str, ...] = (
    "deadline",
    "period_start",
    "period_end",
    "completed",
    "follow_up_date",
)
"""The keys whose values are dates (``datetime.date`` or ``None``)."""

COLOUR_ORDER: tuple[str, ...] = ("red", "yellow", "green")
"""The order of the status colours in a table: worst first, so ``red < yellow < green``."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_LEADING_BLANKS = re.compile(
    "[\\s\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb]+"
)
"""What a spreadsheet or an importer may strip before it looks for a formula: white space
(no-break spaces among it), control characters, the byte-order mark and the invisible
format characters (zero-width spaces and joiners, bidirectional marks, the soft hyphen)."""


def column_label(key: str, *, locale: str | None = None) -> str:
    """The header of the column ``key`` (one of :data:`tiltak.exports.RECORD_KEYS`) in ``locale``.

    >>> column_label("cause", locale="sv"), column_label("responsible", locale="nb")
    ('Orsak', 'Hvem/Ansvarlig')
    """
    if not has_word(COLUMN, key):
        raise ModelTypeError(f"no column is named {shape(key)}; see RECORD_KEYS")
    return word(COLUMN, key, locale=locale)


def _plans(plan_or_plans: Plan | Iterable[Plan]) -> list[Plan]:
    if isinstance(plan_or_plans, Plan):
        return [plan_or_plans]
    if isinstance(plan_or_plans, str | bytes | Mapping) or not isinstance(plan_or_plans, Iterable):
        raise ModelTypeError(
            f"expected a Plan or an iterable of plans, not {type(plan_or_plans).__name__}"
        )
    plans = list(plan_or_plans)
    for index, plan in enumerate(plans):
        if not isinstance(plan, Plan):
            raise ModelTypeError(f"item {index} is a {type(plan).__name__}, not a Plan")
    return plans


def _shown_follow_up(measure: Measure) -> FollowUp | None:
    """The latest follow-up (by date) that gives a colour, else the latest one."""
    follow_ups = measure.follow_ups
    return latest_follow_up(follow_ups) or latest_follow_up(follow_ups, coloured=False)


def cause_texts(plan: Plan) -> dict[str, str | None]:
    """Each cause identifier of ``plan`` with the text of the first cause holding it."""
    return {key: plan.causes[index].text for key, index in first_holders(plan.causes).items()}


def _record(
    plan: Plan,
    position: int,
    measure: Measure,
    locale: str | None,
    causes: Mapping[str, str | None],
) -> dict[str, Any]:
    texts = [causes.get(c) for c in measure.causes]
    responsible = measure.responsible
    follow_up = _shown_follow_up(measure)
    colour = None if follow_up is None else follow_up.colour
    schedule = measure.schedule
    period = measure.period
    named = locale is not None
    return {
        "plan_id": plan.id,
        "plan_kind": kind_name(plan.kind, locale=locale) if named else plan.kind.value,
        "plan_title": plan.title,
        "position": position,
        "measure_id": measure.id,
        "order": measure.order,
        "cause": ", ".join(measure.causes) or None,
        "cause_text": "\n".join(t for t in texts if t) or None,
        "measure": measure.title if measure.title is not None else measure.description,
        "description": measure.description,
        "goals": ", ".join(measure.goals) or None,
        "operational_goal": measure.operational_goal,
        "deadline": None if measure.deadline is None else measure.deadline.last_day,
        "deadline_precision": None
        if measure.deadline is None
        else measure.deadline.precision.value,
        "period_start": None if period is None else period.first_day,
        "period_end": None if period is None else period.last_day,
        "schedule": None
        if schedule is None
        else (schedule.describe(locale=locale) if named else schedule.rule),
        "completed": measure.completed,
        "responsible": None if responsible is None else responsible.name,
        "responsible_role": None if responsible is None else responsible.role,
        "responsible_organisation": None if responsible is None else responsible.organisation,
        "responsible_email": None if responsible is None else responsible.email,
        "responsible_phone": None if responsible is None else responsible.phone,
        "colour": None
        if colour is None
        else (value_name(colour, locale=locale) if named else colour.value),
        "follow_up_date": None if follow_up is None else follow_up.date,
        "follow_up_note": None if follow_up is None else follow_up.note,
        "effort": None
        if measure.effort is None
        else (value_name(measure.effort, locale=locale) if named else measure.effort.value),
    }


def to_records(
    plan_or_plans: Plan | Iterable[Plan], *, locale: str | None = None
) -> list[dict[str, Any]]:
    """One flat row per measure, in the plan's order, for one plan or many stacked.

    Each row has the keys of :data:`RECORD_KEYS`: the plan's id, kind and title; the
    measure's position (from 1), id and order; the causes it addresses (ids, and their
    texts one a line); the measure (its title, else its description) and description; the
    goals it serves and its operational goal; when (``deadline``: the last day of the
    deadline, with ``deadline_precision`` ``"day"``, ``"month"`` or ``"year"``; the
    period; the schedule); completion; who (name, role, organisation, e-mail, phone); the
    follow-up (the latest that gives a colour, else the latest: colour, date, note); and
    whether it is a one-off effort. Dates are ``datetime.date``; absent values ``None``.

    ``locale=None`` gives codes (``"green"``, ``"action_plan"``, the schedule's RRULE);
    a locale gives the names in that language (``"grønn"``, ``"tiltaksplan"``, "every
    tertial"). Only the plan's identifiers repeat on every row: a plan without measures
    gives no rows.
    """
    records = []
    for plan in _plans(plan_or_plans):
        causes = cause_texts(plan)
        records += [
            _record(plan, position, measure, locale, causes)
            for position, measure in enumerate(plan.measures, start=1)
        ]
    return records


def escape_cell(text: str) -> str:
    r"""Keep a spreadsheet from reading ``text`` as a formula: prefix ``'`` when it starts so.

    A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a
    formula to Excel, LibreOffice and Google Sheets when a CSV file is opened; the leading
    apostrophe makes it text (the OWASP advice). So is one that starts so after white space,
    a no-break space, a byte-order mark or zero-width characters, which some importers strip
    first; the text itself is kept. A phone number ``+47 …`` gains it too.

    >>> escape_cell('=HYPERLINK("http://x")'), escape_cell("Trygghetsvandring")
    ('\'=HYPERLINK("http://x")', 'Trygghetsvandring')
    """
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    start = _LEADING_BLANKS.match(text)
    if start is not None and text.startswith(_FORMULA_STARTS[:4], start.end()):
        return "'" + text
    return text


def _cell(key: str, value: Any, row: Mapping[str, Any]) -> str | int:
    if value is None:
        return ""
    if isinstance(value, int):
        return value
    if key == "deadline" and isinstance(value, dt.date):
        precision = Precision(row["deadline_precision"])
        partial = PartialDate(
            year=value.year,
            month=None if precision is Precision.YEAR else value.month,
            day=value.day if precision is Precision.DAY else None,
        )
        return partial.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return escape_cell(str(value))


@overload
def to_csv(
    plan_or_plans: Plan | Iterable[Plan], file: None = None, *, locale: str | None = None
) -> str: ...


@overload
def to_csv(
    plan_or_plans: Plan | Iterable[Plan],
    file: str | os.PathLike[str] | IO[str],
    *,
    locale: str | None = None,
) -> None: ...


def to_csv(
    plan_or_plans: Plan | Iterable[Plan],
    file: str | os.PathLike[str] | IO[str] | None = None,
    *,
    locale: str | None = None,
) -> str | None:
    """The rows of :func:`to_records` as CSV (RFC 4180, comma-separated).

    Returns the text when ``file`` is ``None``; else writes to ``file``, a path (written
    UTF-8 with a byte-order mark, which spreadsheet programs need to read æ, ø and å) or
    an open text file (opened with ``newline=""``), and returns ``None``.

    The header row is the keys without a locale, the localised column names with one.
    Dates are ISO 8601; a deadline keeps its precision (``2024-12``). Every text cell that
    starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, also after white
    space or invisible characters, is prefixed with ``'``, so no cell from a plan runs as a
    formula.
    """
    rows = to_records(plan_or_plans, locale=locale)
    header = (
        list(RECORD_KEYS)
        if locale is None
        else [column_label(key, locale=locale) for key in RECORD_KEYS]
    )
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(key, row[key], row) for key in RECORD_KEYS])
    text = buffer.getvalue()
    if file is None:
        return text
    if isinstance(file, str | os.PathLike):
        with open(file, "w", encoding="utf-8-sig", newline="") as out:
            out.write(text)
    else:
        file.write(text)
    return None


def to_dataframe(
    plan_or_plans: Plan | Iterable[Plan], *, locale: str | None = None
) -> pd.DataFrame:
    """The rows of :func:`to_records` as a pandas DataFrame (needs the ``pandas`` extra).

    Columns are :data:`RECORD_KEYS` (even with no rows). The date columns are
    ``datetime64`` (a deadline at its last day; see ``deadline_precision``); ``colour`` is
    an ordered categorical, worst first: red < yellow < green (in
    ``locale``'s names when one is given), so sorting puts the red measures at the top and
    ``df.colour < "green"`` finds what is not yet green; not assessed is missing (NaN).
    """
    require("pandas", extra="pandas", feature="to_dataframe")
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra, loaded on use

    rows = to_records(plan_or_plans, locale=locale)
    frame = pd.DataFrame.from_records(rows, columns=list(RECORD_KEYS))
    for key in DATE_KEYS:
        frame[key] = pd.to_datetime(frame[key])
    categories = (
        list(COLOUR_ORDER)
        if locale is None
        else [colour_name(colour, locale=locale) for colour in COLOUR_ORDER]
    )
    frame["colour"] = pd.Categorical(frame["colour"], categories=categories, ordered=True)
    for key in ("position", "order"):
        frame[key] = frame[key].astype("Int64")
    return frame
