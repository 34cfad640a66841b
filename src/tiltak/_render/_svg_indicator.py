"""The indicator chart: a line from the baseline through the measured values, and the target.

Values are numbers in the indicator's unit, on a date axis when they have days. The target
is a dashed line across the chart, and a ring where and when it is due.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from tiltak._checks import each, is_, opt
from tiltak._errors import ModelError, ModelTypeError
from tiltak._i18n import pgettext
from tiltak._locale import resolve_locale
from tiltak._time._formatting import babel_locale

from ._svg import (
    Canvas,
    DateAxis,
    Picture,
    checked,
    date_axis,
    date_text,
    finish,
    nothing,
    number,
    shortened,
    word,
)

__all__ = ["MAX_READINGS", "MAX_VALUE", "Direction", "Indicator", "Reading", "draw_indicator"]

MAX_READINGS = 60
"""The most measured values a chart draws and lists: the latest."""
MAX_VALUE = 1e15
"""The largest value, either way from zero, a chart takes."""

Direction = Literal["higher", "lower"]
"""Which way is better for an indicator."""


def _value(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ModelTypeError(f"{attribute.name} must be a number, not {type(value).__name__}")
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        raise ModelError(f"{attribute.name} must be a finite number of at most {MAX_VALUE:g}")


def _direction(value: object) -> Direction | None:
    """``"higher"``, ``"lower"`` or ``None``, also from an enum member with that value."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value == "higher":
        return "higher"
    if value == "lower":
        return "lower"
    if value is not None:
        raise ModelTypeError(f"direction is 'higher', 'lower' or None, not {value!r}")
    return None


@attrs.frozen(kw_only=True)
class Reading:
    """A value measured on a day."""

    date: dt.date = attrs.field(validator=is_(dt.date))
    value: float = attrs.field(validator=_value)


def _readings(value: Iterable[Reading]) -> tuple[Reading, ...]:
    return checked(value, Reading, "readings")


@attrs.frozen(kw_only=True)
class Indicator:
    """An indicator to chart: where it stood, the values measured, and the value to reach.

    ``unit`` follows every number (``"%"``); ``direction`` says whether a ``"higher"`` or a
    ``"lower"`` value is better. A baseline or a target without a day is drawn at the
    chart's left or right edge.
    """

    label: str = attrs.field(validator=is_(str))
    unit: str | None = attrs.field(default=None, validator=opt(str))
    direction: Direction | None = attrs.field(default=None, converter=_direction)
    baseline: float | None = attrs.field(default=None, validator=_value)
    baseline_date: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    readings: tuple[Reading, ...] = attrs.field(
        default=(), converter=_readings, validator=each(Reading)
    )
    target: float | None = attrs.field(default=None, validator=_value)
    target_date: dt.date | None = attrs.field(default=None, validator=opt(dt.date))


# The layout, in pixels.
_WIDTH = 480
_PLOT_LEFT = 76
_PLOT_WIDTH = 380
_PLOT_TOP = 60
_PLOT_HEIGHT = 130
_LABEL_CHARS = 70


def _amount(value: float, unit: str | None, *, locale: str) -> str:
    """A number as ``locale`` writes it, with its unit."""
    from babel import numbers  # noqa: PLC0415 - keeps import tiltak light

    text = numbers.format_decimal(value, format="#,##0.###", locale=babel_locale(locale))
    return text if not unit else f"{text} {unit}"


def _nice(raw: float) -> float:
    """The least of 1, 2, 2.5 and 5 times a power of ten not below ``raw``."""
    power = 10.0 ** math.floor(math.log10(raw))
    return next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw * (1 - 1e-9))


def _scale(values: list[float]) -> tuple[float, float, float]:
    """The value axis: its low end, high end and tick step, on round numbers."""
    low, high = min(values), max(values)
    if high - low < abs(high) * 1e-9 or high == low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = _nice((high - low) / 4)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


class _Plot:
    """Where a day and a value fall on the chart."""

    def __init__(self, axis: DateAxis | None, low: float, high: float) -> None:
        self.axis, self.low, self.high = axis, low, high

    def x(self, day: dt.date | None, *, edge: float) -> float:
        return edge if day is None or self.axis is None else self.axis.x(day)

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return _PLOT_TOP + _PLOT_HEIGHT * (1 - share)


_RIGHT = _PLOT_LEFT + _PLOT_WIDTH
_BOTTOM = _PLOT_TOP + _PLOT_HEIGHT


def draw_indicator(indicator: Indicator, *, locale: str | None = None) -> Picture:
    """A chart of ``indicator``: baseline, the measured values in order of day, the target.

    At most the :data:`MAX_READINGS` latest values are drawn and listed. With no baseline,
    value or target, the picture says there is nothing to show.
    """
    code = resolve_locale(locale)
    if not isinstance(indicator, Indicator):
        raise ModelTypeError(f"expected an Indicator, not {type(indicator).__name__}")
    ordered = sorted(indicator.readings, key=lambda reading: reading.date)
    earlier = max(len(ordered) - MAX_READINGS, 0)
    readings = ordered[earlier:]
    heading = indicator.label
    canvas, lines = Canvas(locale=code), [heading]
    canvas.text(shortened(heading, _LABEL_CHARS), 8, 22, css="tiltak-pic-title")
    if indicator.direction is not None:
        better = word(indicator.direction, locale=code)
        lines.append(better)
        canvas.text(better, 8, 40, css="tiltak-pic-small")
    values = [r.value for r in readings]
    values += [v for v in (indicator.baseline, indicator.target) if v is not None]
    if values:
        _chart(canvas, lines, indicator, readings, values)
        y = _BOTTOM + 12.0
    else:
        y = nothing(canvas, lines, locale=code, y=64)
    notes = []
    if earlier:
        left_out = pgettext("picture", "{count} earlier values left out", locale=code)
        notes.append(left_out.format(count=earlier))
        lines += notes
    desc = word(
        "indicator_desc",
        locale=code,
    )
    return finish(
        canvas,
        lines,
        y=y,
        notes=notes,
        width=_WIDTH,
        title=heading,
        desc=desc,
        locale=code,
        legend=False,
    )


def _axes(canvas: Canvas, plot: _Plot, step: float) -> None:
    canvas.group()
    count = round((plot.high - plot.low) / step)
    for k in range(min(count, 12) + 1):
        value = plot.low + k * step
        y = plot.y(value)
        canvas.element("line", x1=_PLOT_LEFT, y1=y, x2=_RIGHT, y2=y, css="tiltak-pic-grid")
        label = _amount(value, None, locale=canvas.locale)
        canvas.text(label, _PLOT_LEFT - 6, y + 4, css="tiltak-pic-small", anchor="end")
    if plot.axis is not None:
        for x, label in plot.axis.ticks(locale=canvas.locale):
            tick = {"x1": x, "y1": _BOTTOM, "x2": x, "y2": _BOTTOM + 4}
            canvas.element("line", **tick, css="tiltak-pic-axis")
            if x <= _RIGHT - 30:
                canvas.text(label, x + 2, _BOTTOM + 16, css="tiltak-pic-small")
    base = {"x1": _PLOT_LEFT, "y1": _BOTTOM, "x2": _RIGHT, "y2": _BOTTOM}
    canvas.element("line", **base, css="tiltak-pic-axis")
    canvas.end()


def _baseline_text(indicator: Indicator, baseline: float, code: str) -> str:
    name = word("baseline", locale=code)
    said = f"{name}: {_amount(baseline, indicator.unit, locale=code)}"
    if indicator.baseline_date is not None:
        said += f" ({date_text(indicator.baseline_date, locale=code)})"
    return said


def _target_text(indicator: Indicator, target: float, code: str) -> str:
    name = word("target", locale=code)
    said = f"{name}: {_amount(target, indicator.unit, locale=code)}"
    if indicator.target_date is not None:
        due = date_text(indicator.target_date, locale=code)
        said += " " + pgettext("picture", "by {date}", locale=code).format(date=due)
    return said


def _target(canvas: Canvas, plot: _Plot, indicator: Indicator, target: float, said: str) -> None:
    y = plot.y(target)
    canvas.group(said)
    canvas.element("line", x1=_PLOT_LEFT, y1=y, x2=_RIGHT, y2=y, css="tiltak-pic-target")
    x = plot.x(indicator.target_date, edge=_RIGHT)
    canvas.element("circle", cx=x, cy=y, r=7, css="tiltak-pic-goal")
    canvas.element("circle", cx=x, cy=y, r=2.5, css="tiltak-pic-point")
    canvas.text(said, _RIGHT, y - 9, css="tiltak-pic-small", anchor="end")
    canvas.end()


def _chart(
    canvas: Canvas,
    lines: list[str],
    indicator: Indicator,
    readings: list[Reading],
    values: list[float],
) -> None:
    """Draw the axes, the line, the target and the points; add their words to ``lines``."""
    code, unit = canvas.locale, indicator.unit
    days = [r.date for r in readings]
    days += [d for d in (indicator.baseline_date, indicator.target_date) if d is not None]
    low, high, step = _scale(values)
    plot = _Plot(date_axis(days, left=_PLOT_LEFT, width=_PLOT_WIDTH), low, high)
    _axes(canvas, plot, step)
    baseline, target = indicator.baseline, indicator.target
    points = [(plot.x(r.date, edge=_PLOT_LEFT), plot.y(r.value)) for r in readings]
    if baseline is not None:
        points.insert(0, (plot.x(indicator.baseline_date, edge=_PLOT_LEFT), plot.y(baseline)))
    if len(points) > 1:
        line = " ".join(f"{number(x)},{number(y)}" for x, y in points)
        canvas.element("polyline", points=line, css="tiltak-pic-line")
    if target is not None:
        _target(canvas, plot, indicator, target, _target_text(indicator, target, code))
    if baseline is not None:
        said = _baseline_text(indicator, baseline, code)
        lines.append(said)
        canvas.group(said)
        x, y = points[0]
        canvas.element("circle", cx=x, cy=y, r=4.5, css="tiltak-pic-base")
        canvas.end()
    for reading in readings:
        said = (
            f"{date_text(reading.date, locale=code)}: {_amount(reading.value, unit, locale=code)}"
        )
        lines.append(said)
        canvas.group(said)
        x, y = plot.x(reading.date, edge=_PLOT_LEFT), plot.y(reading.value)
        canvas.element("circle", cx=x, cy=y, r=4, css="tiltak-pic-point")
        canvas.end()
    if target is not None:
        lines.append(_target_text(indicator, target, code))
