"""Pictures of a plan, as inline SVG: a timeline, a traffic-light matrix, indicator charts.

Each function returns a :class:`Picture`: ``.svg``, a complete ``<svg>`` element with no
script, no link and no ``id``, for an HTML page or an ``.svg`` file; and ``.text``, the same
content as plain text. :func:`figure` puts both in an HTML ``<figure>``. Every status shows
as a colour, a symbol of its own shape (● green, ▲ yellow, ■ red, ○ not assessed) and a word;
every picture has a ``<title>`` and a ``<desc>``, light and dark colours, and the words of
the locale asked for.

:func:`timeline`, :func:`matrix` (of measures, goals or goal areas) and :func:`indicators`
draw a plan; :func:`draw_timeline`, :func:`draw_matrix` and :func:`draw_indicator` draw from
small records an integrator fills from any source, and :func:`stack` puts pictures one below
the other. A picture with nothing to draw says so: it is never ``None``.

>>> import datetime as dt
>>> import tiltak
>>> from tiltak import pictures
>>> plan = tiltak.examples.load("action_plan_bra")
>>> picture = pictures.timeline(plan, as_of="2024-10-01", locale="en")
>>> picture.svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
True
>>> print(picture.text.splitlines()[2])
1 Förstärkt belysning: ● green; deadline 30 Apr 2024; completed 26 Apr 2024
>>> chart = pictures.draw_indicator(
...     pictures.Indicator(
...         label="Share who feel safe", unit="%", direction="higher", baseline=34,
...         readings=[pictures.Reading(date=dt.date(2024, 6, 14), value=41)], target=50,
...     ),
...     locale="en",
... )
>>> print(chart.text)
Share who feel safe
higher is better
baseline: 34 %
14 Jun 2024: 41 %
target: 50 %
<BLANKLINE>
"""

from __future__ import annotations

from tiltak._render._svg import Picture, figure, stack
from tiltak._render._svg_indicator import (
    MAX_READINGS,
    MAX_VALUE,
    Direction,
    Indicator,
    Reading,
    draw_indicator,
)
from tiltak._render._svg_matrix import MAX_ROUNDS, MAX_ROWS, Mark, MatrixRow, draw_matrix
from tiltak._render._svg_plan import (
    By,
    area_rows,
    goal_rows,
    indicator_record,
    measure_rows,
    plan_rounds,
    timeline_items,
)
from tiltak._render._svg_plan import plan_indicators as indicators
from tiltak._render._svg_plan import plan_matrix as matrix
from tiltak._render._svg_plan import plan_timeline as timeline
from tiltak._render._svg_timeline import (
    MAX_ITEMS,
    MAX_TICKS,
    Tick,
    TickKind,
    TimelineItem,
    draw_timeline,
)

__all__ = [
    "MAX_ITEMS",
    "MAX_READINGS",
    "MAX_ROUNDS",
    "MAX_ROWS",
    "MAX_TICKS",
    "MAX_VALUE",
    "By",
    "Direction",
    "Indicator",
    "Mark",
    "MatrixRow",
    "Picture",
    "Reading",
    "Tick",
    "TickKind",
    "TimelineItem",
    "area_rows",
    "draw_indicator",
    "draw_matrix",
    "draw_timeline",
    "figure",
    "goal_rows",
    "indicator_record",
    "indicators",
    "matrix",
    "measure_rows",
    "plan_rounds",
    "stack",
    "timeline",
    "timeline_items",
]
