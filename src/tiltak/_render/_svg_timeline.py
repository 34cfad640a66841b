"""The timeline: items as bars over their periods or points at their deadlines, on a date axis.

Each item's status shows three ways: the colour of its bar or point, the symbol of its own
shape beside its label (and as its point), and the words in the text equivalent and in the
hint a pointer shows. The as-of day is a dashed line; follow-up and revision days are ticks
in rows of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

import attrs

from tiltak._checks import is_, opt
from tiltak._enums import StatusColour
from tiltak._errors import ModelTypeError
from tiltak._i18n import gettext, pgettext
from tiltak._locale import resolve_locale
from tiltak._time._dates import to_day

from ._labels import as_of_text
from ._svg import (
    Canvas,
    DateAxis,
    Picture,
    checked,
    checked_title,
    date_axis,
    date_text,
    finish,
    more,
    nothing,
    shortened,
    status_key,
    status_word,
    word,
)

__all__ = ["MAX_ITEMS", "MAX_TICKS", "Tick", "TickKind", "TimelineItem", "draw_timeline"]

MAX_ITEMS = 40
"""The most items a timeline draws and lists; the rest are counted ("… and 3 more")."""
MAX_TICKS = 100
"""The most follow-up days, and the most revision days, a timeline draws (the earliest)."""

TickKind = Literal["follow-up", "revision"]
"""What a tick marks: a follow-up or a revision."""

_TICK_ROWS: dict[str, str] = {"follow-up": "follow_ups", "revision": "revisions"}
"""Each kind of tick, and the key of its row's name."""


def _colour(value: StatusColour | str | None) -> StatusColour | None:
    return None if value is None else StatusColour(value)


@attrs.frozen(kw_only=True)
class TimelineItem:
    """One item on a timeline: a bar from ``start`` to ``end``, or a point at ``end`` alone.

    With ``start`` alone the bar runs on to the axis's end, dashed; with neither day the item
    is counted as undated. ``colour`` is its status (``None``: not assessed).
    """

    label: str = attrs.field(validator=is_(str))
    start: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    end: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    """The period's last day, or the deadline of an item without ``start``."""
    colour: StatusColour | None = attrs.field(default=None, converter=_colour)
    completed: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    """The day the item was completed, told in its words."""


def _tick_kind(_instance: object, _attribute: object, value: object) -> None:
    if value not in _TICK_ROWS:
        raise ModelTypeError(f"a tick's kind is 'follow-up' or 'revision', not {value!r}")


@attrs.frozen(kw_only=True)
class Tick:
    """A day marked in a timeline's row of follow-ups or of revisions."""

    date: dt.date = attrs.field(validator=is_(dt.date))
    kind: TickKind = attrs.field(validator=_tick_kind)


# The layout, in pixels.
_WIDTH = 760
_LABEL_X = 8
_LABEL_CHARS = 38
_STATUS_X = 268
_PLOT_LEFT = 284
_PLOT_WIDTH = 456
_ROW = 24
_TOP = 70


def _when(item: TimelineItem, *, locale: str) -> str:
    start, end = item.start, item.end
    if start is not None and end is not None:
        first, last = sorted((start, end))
        text = f"{date_text(first, locale=locale)} \u2013 {date_text(last, locale=locale)}"
    elif start is not None:
        text = gettext("from {start}", locale=locale).format(start=date_text(start, locale=locale))
    elif end is not None:
        text = pgettext("picture", "deadline {date}", locale=locale).format(
            date=date_text(end, locale=locale)
        )
    else:
        text = ""
    if item.completed is not None:
        done = pgettext("picture", "completed {date}", locale=locale)
        text += ("; " if text else "") + done.format(date=date_text(item.completed, locale=locale))
    return text


def item_line(item: TimelineItem, *, locale: str) -> str:
    """The item in words: its label, its status, and when."""
    parts = [status_word(item.colour, locale=locale), _when(item, locale=locale)]
    return f"{item.label}: " + "; ".join(part for part in parts if part)


def _draw_item(canvas: Canvas, item: TimelineItem, axis: DateAxis, y: float, locale: str) -> None:
    canvas.group(item_line(item, locale=locale))
    canvas.text(shortened(item.label, _LABEL_CHARS), _LABEL_X, y + 4, css="tiltak-pic-text")
    canvas.status(item.colour, _STATUS_X, y)
    css = f"tiltak-pic-bar tiltak-pic-{status_key(item.colour)}"
    if item.start is not None and item.start != item.end:
        if item.end is None:
            left, right = axis.span(item.start, item.start)[0], axis.left + axis.width
            css += " tiltak-pic-open"
        else:
            left, right = axis.span(*sorted((item.start, item.end)))
        width = max(right - left, 1.0)
        canvas.element("rect", x=left, y=y - 6, width=width, height=12, css=css)
    elif item.end is not None:
        canvas.status(item.colour, axis.x(item.end), y, size=6)
    canvas.end()


def _draw_ticks(canvas: Canvas, row: _TickRow, axis: DateAxis, y: float) -> None:
    canvas.group(row.line)
    canvas.text(row.name, _LABEL_X, y + 4, css="tiltak-pic-muted")
    for day in row.days:
        x = axis.x(day)
        canvas.element("line", x1=x, y1=y - 7, x2=x, y2=y + 7, css="tiltak-pic-tick")
    canvas.end()


def _draw_axis(canvas: Canvas, axis: DateAxis, bottom: float, locale: str) -> None:
    canvas.group()
    for x, label in axis.ticks(locale=locale):
        line = {"x1": x, "y1": _TOP - 4, "x2": x, "y2": bottom}
        canvas.element("line", **line, css="tiltak-pic-grid")
        if x <= axis.left + axis.width - 40:
            canvas.text(label, x + 3, _TOP - 8, css="tiltak-pic-small")
    canvas.end()


def _draw_as_of(canvas: Canvas, day: dt.date, axis: DateAxis, bottom: float, locale: str) -> None:
    x, text = axis.x(day), as_of_text(day, locale=locale)
    canvas.group(text)
    line = {"x1": x, "y1": _TOP - 22, "x2": x, "y2": bottom}
    canvas.element("line", **line, css="tiltak-pic-asof")
    label_x = min(max(x, _PLOT_LEFT + 50), _PLOT_LEFT + _PLOT_WIDTH - 50)
    canvas.text(text, label_x, _TOP - 26, css="tiltak-pic-small", anchor="middle")
    canvas.end()


@attrs.frozen(kw_only=True)
class _TickRow:
    name: str
    days: tuple[dt.date, ...]
    line: str


def _tick_rows(ticks: tuple[Tick, ...], locale: str) -> list[_TickRow]:
    rows = []
    for kind, key in _TICK_ROWS.items():
        days = tuple(sorted({tick.date for tick in ticks if tick.kind == kind})[:MAX_TICKS])
        if days:
            name = word(key, locale=locale)
            said = "; ".join(date_text(day, locale=locale) for day in days)
            rows.append(_TickRow(name=name, days=days, line=f"{name}: {said}"))
    return rows


def _rows(
    canvas: Canvas,
    lines: list[str],
    *,
    items: list[TimelineItem],
    ticks: list[_TickRow],
    axis: DateAxis,
    day: dt.date | None,
    locale: str,
) -> float:
    """Draw the rows of items and ticks, the axis and the as-of line; the y below them."""
    bottom = _TOP + (len(items) + len(ticks)) * _ROW
    for i in range(1, len(items) + len(ticks), 2):
        band = {"x": 0, "y": _TOP + i * _ROW, "width": _WIDTH, "height": _ROW}
        canvas.element("rect", **band, css="tiltak-pic-band")
    _draw_axis(canvas, axis, bottom, locale)
    for i, item in enumerate(items):
        _draw_item(canvas, item, axis, _TOP + i * _ROW + _ROW / 2, locale)
        lines.append(item_line(item, locale=locale))
    for i, row in enumerate(ticks, start=len(items)):
        _draw_ticks(canvas, row, axis, _TOP + i * _ROW + _ROW / 2)
    if day is not None:
        _draw_as_of(canvas, day, axis, bottom, locale)
    return bottom + 4.0


def draw_timeline(
    items: Iterable[TimelineItem],
    *,
    ticks: Iterable[Tick] = (),
    as_of: dt.date | str | None = None,
    title: str | None = None,
    locale: str | None = None,
) -> Picture:
    """A timeline of ``items``, with ``ticks`` in their rows and the ``as_of`` day as a line.

    At most :data:`MAX_ITEMS` dated items are drawn, in the order given, and the rest
    counted; undated items are counted, and named in the text. With nothing dated, the
    picture says there is nothing to show.
    """
    code = resolve_locale(locale)
    all_items = checked(items, TimelineItem, "items")
    tick_rows = _tick_rows(checked(ticks, Tick, "ticks"), code)
    day = None if as_of is None else to_day(as_of)
    heading = checked_title(title, word("timeline", locale=code))
    dated = [item for item in all_items if item.start is not None or item.end is not None]
    undated = [item for item in all_items if item.start is None and item.end is None]
    shown = dated[:MAX_ITEMS]
    days = [d for item in shown for d in (item.start, item.end) if d is not None]
    days += [d for row in tick_rows for d in row.days] + ([day] if day else [])
    axis = date_axis(days, left=_PLOT_LEFT, width=_PLOT_WIDTH)

    canvas, lines = Canvas(), [heading]
    canvas.text(heading, _LABEL_X, 22, css="tiltak-pic-title")
    if day is not None:
        lines.append(as_of_text(day, locale=code))
    if axis is None:
        y = nothing(canvas, lines, locale=code)
    else:
        y = _rows(canvas, lines, items=shown, ticks=tick_rows, axis=axis, day=day, locale=code)
    notes = []
    if len(dated) > len(shown):
        notes.append(more(len(dated) - len(shown), locale=code))
        lines.append(notes[-1])
    lines += [row.line for row in tick_rows] if axis is not None else []
    if undated:
        notes.append(
            pgettext("picture", "{count} without a date", locale=code).format(count=len(undated))
        )
        named = [item.label for item in undated[:MAX_ITEMS]]
        if len(undated) > MAX_ITEMS:
            named.append(more(len(undated) - MAX_ITEMS, locale=code))
        lines.append(word("undated", locale=code) + ": " + "; ".join(named))
    desc = word(
        "timeline_desc",
        locale=code,
    )
    if day is not None:
        desc += " " + word("as_of_line", locale=code)
    return finish(
        canvas,
        lines,
        y=y,
        notes=notes,
        width=_WIDTH,
        title=heading,
        desc=desc,
        locale=code,
        legend=axis is not None,
    )
