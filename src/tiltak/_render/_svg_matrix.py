"""The traffic-light matrix: rows (goals, goal areas, measures) by reporting round.

Each cell is the row's status in that round, as a colour and a symbol of its own shape; a
round without one is a dash. Read along a row, the cells show the trend at a glance.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable

import attrs

from tiltak._checks import each, is_
from tiltak._enums import StatusColour
from tiltak._i18n import pgettext
from tiltak._locale import resolve_locale

from ._svg import (
    Canvas,
    Picture,
    checked,
    checked_title,
    date_text,
    finish,
    more,
    nothing,
    shortened,
    status_word,
    word,
)

__all__ = ["MAX_ROUNDS", "MAX_ROWS", "Mark", "MatrixRow", "draw_matrix"]

MAX_ROWS = 40
"""The most rows a matrix draws and lists; the rest are counted ("… and 3 more")."""
MAX_ROUNDS = 12
"""The most rounds a matrix shows: the latest."""


def _colour(value: StatusColour | str | None) -> StatusColour | None:
    return None if value is None else StatusColour(value)


@attrs.frozen(kw_only=True)
class Mark:
    """A status given on a day: a follow-up's colour (``None``: not assessed)."""

    date: dt.date = attrs.field(validator=is_(dt.date))
    colour: StatusColour | None = attrs.field(default=None, converter=_colour)


def _marks(value: Iterable[Mark]) -> tuple[Mark, ...]:
    return checked(value, Mark, "marks")


@attrs.frozen(kw_only=True)
class MatrixRow:
    """A row of a matrix: its label as people name it (``"TT-1.5 ..."``), and its marks."""

    label: str = attrs.field(validator=is_(str))
    marks: tuple[Mark, ...] = attrs.field(default=(), converter=_marks, validator=each(Mark))


# The layout, in pixels.
_LABEL_X = 8
_LABEL_CHARS = 38
_FIRST = 300
_COLUMN = 78
_ROW = 24
_TOP = 70
_MIN_WIDTH = 520


def _cells(row: MatrixRow, rounds: list[dt.date]) -> list[Mark | None]:
    """Per round, the row's latest mark in it, or ``None`` for a dash.

    A round ends on its day and holds the marks after the round before.
    """
    cells: list[Mark | None] = [None] * len(rounds)
    for mark in row.marks:
        i = bisect.bisect_left(rounds, mark.date)
        if i == len(rounds):
            continue
        held = cells[i]
        if held is None or held.date <= mark.date:
            cells[i] = mark
    return cells


def _cell_text(mark: Mark | None, *, locale: str) -> str:
    if mark is None:
        return "\u2013 " + word("no_follow_up", locale=locale)
    return status_word(mark.colour, locale=locale)


def _width(rounds: int) -> float:
    return float(max(_MIN_WIDTH, _FIRST + rounds * _COLUMN - _COLUMN / 2 + 16))


def _row(canvas: Canvas, row: MatrixRow, cells: list[Mark | None], y: float, line: str) -> None:
    canvas.group(line)
    canvas.text(shortened(row.label, _LABEL_CHARS), _LABEL_X, y + 4, css="tiltak-pic-text")
    for j, cell in enumerate(cells):
        x = _FIRST + j * _COLUMN
        if cell is None:
            dash = {"x1": x - 5, "y1": y, "x2": x + 5, "y2": y}
            canvas.element("line", **dash, css="tiltak-pic-empty")
        else:
            canvas.status(cell.colour, x, y, size=6)
    canvas.end()


def _grid(
    canvas: Canvas, lines: list[str], rows: tuple[MatrixRow, ...], days: list[dt.date], shown: int
) -> float:
    """Draw the heads and the rows of the ``shown`` latest of ``days``; the y below them."""
    code = canvas.locale
    rounds = days[len(days) - shown :]
    said = "; ".join(date_text(day, locale=code) for day in rounds)
    lines.append(word("rounds", locale=code) + f": {said}")
    for j, day in enumerate(rounds):
        head = date_text(day, locale=code, short=True)
        canvas.text(head, _FIRST + j * _COLUMN, _TOP - 8, css="tiltak-pic-small", anchor="middle")
    for i in range(1, len(rows), 2):
        band = {"x": 0, "y": _TOP + i * _ROW, "width": _width(shown), "height": _ROW}
        canvas.element("rect", **band, css="tiltak-pic-band")
    for i, row in enumerate(rows):
        cells = _cells(row, days)[len(days) - shown :]
        line = f"{row.label}: " + "; ".join(
            f"{date_text(day, locale=code)} {_cell_text(cell, locale=code)}"
            for day, cell in zip(rounds, cells, strict=True)
        )
        lines.append(line)
        _row(canvas, row, cells, _TOP + i * _ROW + _ROW / 2, line)
    return _TOP + len(rows) * _ROW + 4.0


def draw_matrix(
    rows: Iterable[MatrixRow],
    *,
    rounds: Iterable[dt.date] | None = None,
    title: str | None = None,
    locale: str | None = None,
) -> Picture:
    """A matrix of ``rows`` by reporting round, each cell a status's colour and symbol.

    Without ``rounds`` each day a mark is given on is a round; with them, a round ends on
    its day and holds the row's latest mark since the round before (a mark after the last
    round is left out). At most the :data:`MAX_ROUNDS` latest rounds and the first
    :data:`MAX_ROWS` rows are drawn and listed, and the rest counted. With no row or no
    round, the picture says there is nothing to show.
    """
    code = resolve_locale(locale)
    all_rows = checked(rows, MatrixRow, "rows")
    heading = checked_title(title, word("matrix", locale=code))
    if rounds is None:
        days = sorted({mark.date for row in all_rows for mark in row.marks})
    else:
        days = sorted(set(checked(rounds, dt.date, "rounds")))
    shown = min(len(days), MAX_ROUNDS)
    canvas, lines = Canvas(locale=code), [heading]
    canvas.text(heading, _LABEL_X, 22, css="tiltak-pic-title")
    notes = []
    if not all_rows or not days:
        y = nothing(canvas, lines, locale=code)
    else:
        y = _grid(canvas, lines, all_rows[:MAX_ROWS], days, shown)
        if len(all_rows) > MAX_ROWS:
            notes.append(more(len(all_rows) - MAX_ROWS, locale=code))
        if len(days) > shown:
            count = len(days) - shown
            notes.append(
                pgettext("picture", "{count} earlier rounds left out", locale=code).format(
                    count=count
                )
            )
        lines += notes
    desc = word("matrix_desc", locale=code)
    empty = word("no_follow_up", locale=code)
    return finish(
        canvas,
        lines,
        y=y,
        notes=notes,
        width=_width(shown),
        title=heading,
        desc=desc,
        locale=code,
        legend=bool(all_rows and days),
        empty=empty,
    )
