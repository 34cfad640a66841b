r"""What every picture shares: the SVG it is written in, its palette, its date axis, its marks.

A picture is inline SVG with no script, no link and no ``id`` (many can share a page). It
carries its own ``<style>``, whose colours are those of the HTML renderer, light and dark.
Every text in it, plan text or a translated label, is written as escaped character data;
no attribute is built from text. The tags and attributes written are exactly those in
:data:`TAGS` and :data:`ATTRIBUTES`.

Each picture comes with its text equivalent (:attr:`Picture.text`): the same content as
lines of plain text, for a screen reader, a log or a reader who would rather read. As all
plain text for people, it shows control and bidirectional-control characters as ``\uXXXX``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

import attrs

from tiltak import _words
from tiltak._enums import StatusColour
from tiltak._errors import ModelTypeError
from tiltak._i18n import pgettext
from tiltak._names import colour_name
from tiltak._text import visible_controls
from tiltak._time._formatting import format_date, format_skeleton
from tiltak._words import PICTURE

from ._labels import _COLOUR_SYMBOLS
from ._palette import LIGHT, dark_theme

__all__ = [
    "ATTRIBUTES",
    "CSS",
    "FIGURE_TAGS",
    "NAMESPACE",
    "TAGS",
    "Canvas",
    "DateAxis",
    "Picture",
    "checked",
    "checked_title",
    "clean",
    "date_axis",
    "date_text",
    "figure",
    "finish",
    "more",
    "nothing",
    "number",
    "shortened",
    "stack",
    "status_key",
    "status_symbol",
    "status_word",
    "word",
]

NAMESPACE = "http://www.w3.org/2000/svg"
"""The SVG namespace, the only one a picture uses."""

TAGS = frozenset(
    {"circle", "desc", "g", "line", "polygon", "polyline", "rect", "style", "svg", "text", "title"}
)
"""The tags a picture holds."""

ATTRIBUTES = frozenset(
    {
        "class",
        "cx",
        "cy",
        "height",
        "lang",
        "points",
        "r",
        "role",
        "text-anchor",
        "viewBox",
        "width",
        "x",
        "x1",
        "x2",
        "xmlns",
        "y",
        "y1",
        "y2",
    }
)
"""The attributes a picture holds; their values are numbers and fixed words only."""

FIGURE_TAGS = frozenset({"br", "details", "figcaption", "figure", "p", "summary"})
"""The HTML tags :func:`figure` puts around a picture."""


_PICTURE = "svg.tiltak-picture"

CSS = """\
svg.tiltak-picture {
{light}  font-family: system-ui, sans-serif;
  font-family: var(--jp-content-font-family, system-ui, -apple-system, "Segoe UI", Roboto,
    "Noto Sans", "Liberation Sans", sans-serif);
  font-size: 12px;
  max-width: 100%;
  height: auto;
}
{dark_theme}svg.tiltak-picture .tiltak-pic-bg { fill: var(--tiltak-bg); }
svg.tiltak-picture .tiltak-pic-band { fill: var(--tiltak-bg-head); }
svg.tiltak-picture .tiltak-pic-text { fill: var(--tiltak-fg); }
svg.tiltak-picture .tiltak-pic-muted { fill: var(--tiltak-fg-muted); }
svg.tiltak-picture .tiltak-pic-title { fill: var(--tiltak-fg); font-size: 14px; font-weight: 600; }
svg.tiltak-picture .tiltak-pic-small { fill: var(--tiltak-fg-muted); font-size: 11px; }
svg.tiltak-picture .tiltak-pic-grid { stroke: var(--tiltak-border); stroke-width: 1; }
svg.tiltak-picture .tiltak-pic-axis { stroke: var(--tiltak-fg-muted); stroke-width: 1; }
svg.tiltak-picture .tiltak-pic-green { fill: var(--tiltak-green); stroke: var(--tiltak-green); }
svg.tiltak-picture .tiltak-pic-yellow { fill: var(--tiltak-yellow); stroke: var(--tiltak-yellow); }
svg.tiltak-picture .tiltak-pic-red { fill: var(--tiltak-red); stroke: var(--tiltak-red); }
svg.tiltak-picture .tiltak-pic-none {
  fill: var(--tiltak-bg);
  stroke: var(--tiltak-grey);
  stroke-width: 1.5;
}
svg.tiltak-picture .tiltak-pic-bar { fill-opacity: 0.3; stroke-width: 1.5; }
svg.tiltak-picture .tiltak-pic-open { stroke-dasharray: 4 3; }
svg.tiltak-picture .tiltak-pic-empty { stroke: var(--tiltak-fg-muted); stroke-width: 1.5; }
svg.tiltak-picture .tiltak-pic-asof {
  stroke: var(--tiltak-fg);
  stroke-width: 1.5;
  stroke-dasharray: 5 3;
}
svg.tiltak-picture .tiltak-pic-tick { stroke: var(--tiltak-fg-muted); stroke-width: 2; }
svg.tiltak-picture .tiltak-pic-line { fill: none; stroke: var(--tiltak-fg); stroke-width: 2; }
svg.tiltak-picture .tiltak-pic-point { fill: var(--tiltak-fg); stroke: var(--tiltak-bg); }
svg.tiltak-picture .tiltak-pic-base {
  fill: var(--tiltak-bg);
  stroke: var(--tiltak-fg);
  stroke-width: 2;
}
svg.tiltak-picture .tiltak-pic-target {
  fill: none;
  stroke: var(--tiltak-fg);
  stroke-width: 1.5;
  stroke-dasharray: 6 4;
}
svg.tiltak-picture .tiltak-pic-goal { fill: none; stroke: var(--tiltak-fg); stroke-width: 2; }
""".replace("{light}", LIGHT).replace(
    "{dark_theme}", dark_theme("svg.tiltak-picture", own_document=True)
)
"""The stylesheet every picture carries; its dark palette applies as the HTML renderer's does,
and in a picture shown on its own where the reader prefers a dark colour scheme."""

# Renderers without custom properties (image viewers, converters to PNG) drop a declaration
# that uses one and keep the light colour declared just before it.
_PLAIN = dict(re.findall(r"--tiltak-([\w-]+): (?:var\(--[\w-]+, )?(#[0-9a-f]+)", LIGHT))
CSS = re.sub(
    r"(fill|stroke): var\(--tiltak-([\w-]+)\);",
    lambda m: f"{m[1]}: {_PLAIN[m[2]]}; {m[0]}",
    CSS,
)

# XML 1.0 allows no other characters, not even as references.
_NOT_SHOWN = re.compile(
    "[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
    "|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
"""What XML cannot hold, and the controls a picture must not obey: C1 controls, and the
bidirectional marks, embeddings, overrides and isolates that would reorder a label."""


def clean(text: str) -> str:
    r"""``text`` on one line, white space one space, controls and what XML cannot hold ``�``.

    >>> clean("Trygg\n skolevei\x00\u202e")
    'Trygg skolevei\ufffd\ufffd'
    """
    return " ".join(_NOT_SHOWN.sub("\ufffd", text).split())


def shortened(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, an ellipsis marking the cut.

    >>> shortened("Snabb sanering av klotter", 12)
    'Snabb saner…'
    """
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "\u2026"


def _escaped(text: str) -> str:
    return html.escape(clean(text), quote=True)


def number(value: float) -> str:
    """A coordinate as SVG writes it: at most one decimal, no trailing zeros, no ``-0``.

    >>> number(12.0), number(3.14159), number(-0.01)
    ('12', '3.1', '0')
    """
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def word(key: str, *, locale: str) -> str:
    """The picture's word ``key`` (a key of the one table of labels) in ``locale``."""
    return _words.word(PICTURE, key, locale=locale)


def status_key(colour: StatusColour | None) -> str:
    """The class-name word of a status colour (``"none"`` for not assessed)."""
    return _COLOUR_SYMBOLS[colour][0]


def status_symbol(colour: StatusColour | None) -> str:
    """The symbol of a status colour: ● green, ▲ yellow, ■ red, ○ not assessed."""
    return _COLOUR_SYMBOLS[colour][1]


def status_word(colour: StatusColour | None, *, locale: str) -> str:
    """A status as text: its symbol and its name (``"▲ gul"``)."""
    return f"{status_symbol(colour)} {colour_name(colour, locale=locale)}"


Attribute = str | float


class Canvas:
    """The elements of one picture, written in order; attribute values are never plan text."""

    def __init__(self, *, locale: str = "en") -> None:
        self._parts: list[str] = []
        self.locale = locale
        """The language of the picture's words."""

    def element(
        self,
        tag: str,
        content: str | None = None,
        /,
        *,
        css: str | None = None,
        **attributes: Attribute,
    ) -> None:
        """Add an element of class ``css``; ``content`` is text, escaped here (``None``: empty)."""
        if css is not None:
            attributes["class"] = css
        self._parts.append(
            _element(tag, None if content is None else _escaped(content), attributes)
        )

    def group(self, hint: str | None = None, *, css: str | None = None) -> None:
        """Open a ``<g>``; ``hint`` is a ``<title>`` for it, the words a pointer shows."""
        self._parts.append("<g>" if css is None else f'<g class="{html.escape(css)}">')
        if hint is not None:
            self._parts.append(f"<title>{_escaped(hint)}</title>")

    def end(self) -> None:
        """Close the last group opened."""
        self._parts.append("</g>")

    def text(self, content: str, x: float, y: float, *, css: str, anchor: str = "start") -> None:
        """A line of text with its baseline at ``y``."""
        attributes: dict[str, Attribute] = {"x": x, "y": y}
        if anchor != "start":
            attributes["text-anchor"] = anchor
        self.element("text", content, css=css, **attributes)

    def status(self, colour: StatusColour | None, x: float, y: float, size: float = 5) -> None:
        """The symbol of a status centred at (``x``, ``y``): a shape of its own per colour."""
        css = f"tiltak-pic-{status_key(colour)}"
        if colour is StatusColour.YELLOW:
            top, low = y - size * 1.15, y + size * 0.85
            points = f"{number(x)},{number(top)} {number(x + size)},{number(low)} "
            points += f"{number(x - size)},{number(low)}"
            self.element("polygon", points=points, css=css)
        elif colour is StatusColour.RED:
            side = size * 1.7
            self.element("rect", x=x - side / 2, y=y - side / 2, width=side, height=side, css=css)
        else:
            radius = size if colour is StatusColour.GREEN else size - 0.75
            self.element("circle", cx=x, cy=y, r=radius, css=css)

    def legend(self, x: float, y: float, *, locale: str, empty: str | None = None) -> None:
        """Each status's symbol and name in a row, and the mark of an empty cell if given."""
        for colour in (StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None):
            name = colour_name(colour, locale=locale)
            self.status(colour, x + 5, y - 4)
            self.text(name, x + 14, y, css="tiltak-pic-small")
            x += 24 + 6.2 * len(name)
        if empty is not None:
            self.element("line", x1=x, y1=y - 4, x2=x + 10, y2=y - 4, css="tiltak-pic-empty")
            self.text(empty, x + 14, y, css="tiltak-pic-small")

    def svg(self, *, width: float, height: float, title: str, desc: str, locale: str) -> str:
        """The picture: its size, its title and description, its stylesheet and elements."""
        return (
            f'<svg xmlns="{NAMESPACE}" class="tiltak-picture" role="img" '
            f'width="{number(width)}" height="{number(height)}" '
            f'viewBox="0 0 {number(width)} {number(height)}" lang="{html.escape(locale)}">'
            f"<title>{_escaped(title)}</title><desc>{_escaped(desc)}</desc>"
            f"<style>\n{CSS}</style>"
            f'<rect class="tiltak-pic-bg" x="0" y="0" width="{number(width)}" '
            f'height="{number(height)}"/>' + "".join(self._parts) + "</svg>\n"
        )


def nothing(canvas: Canvas, lines: list[str], *, locale: str, y: float = 46) -> float:
    """Say in the picture and its text that there is nothing to show; the y below it."""
    text = word("nothing", locale=locale)
    lines.append(text)
    canvas.text(text, 8, y, css="tiltak-pic-text")
    return y + 8


def finish(
    canvas: Canvas,
    lines: list[str],
    *,
    y: float,
    notes: list[str],
    width: float,
    title: str,
    desc: str,
    locale: str,
    legend: bool = True,
    empty: str | None = None,
) -> Picture:
    """The picture: the notes and the legend below ``y``, the svg and its text equivalent."""
    if notes:
        y += 16
        canvas.text(" \u00b7 ".join(notes), 8, y, css="tiltak-pic-small")
    if legend:
        y += 22
        canvas.legend(8, y, locale=locale, empty=empty)
    svg = canvas.svg(width=width, height=y + 12, title=title, desc=desc, locale=locale)
    text = "".join(visible_controls(line, keep="\t") + "\n" for line in lines)
    return Picture(svg=svg, text=text, locale=locale)


def _for_people(text: str) -> str:
    """A text equivalent: its lines and tabs kept, every other control shown as an escape."""
    return visible_controls(text, keep="\n\t")


def _element(tag: str, content: str | None, attributes: Mapping[str, Attribute]) -> str:
    written = "".join(
        f' {name}="{number(value) if isinstance(value, int | float) else html.escape(value)}"'
        for name, value in attributes.items()
    )
    return f"<{tag}{written}/>" if content is None else f"<{tag}{written}>{content}</{tag}>"


@attrs.frozen(kw_only=True)
class Picture:
    """A picture as inline SVG, and the same content as plain text for those who read it.

    ``svg`` is a complete ``<svg>`` element, ready for an HTML page or an ``.svg`` file;
    ``text`` its text equivalent, one line per item; ``locale`` the language of both.
    """

    svg: str
    text: str
    locale: str

    def _repr_html_(self) -> str:
        return figure(self)


def figure(picture: Picture) -> str:
    """The picture in an HTML ``<figure>``, its text equivalent in a closed ``<details>``.

    Every line of the text equivalent is escaped; the figure holds no script, link or id.
    """
    lines = "<br>".join(html.escape(line, quote=True) for line in picture.text.splitlines())
    summary = html.escape(word("picture_in_words", locale=picture.locale))
    return (
        f'<figure class="tiltak-figure">{picture.svg.rstrip()}'
        f"<figcaption><details><summary>{summary}</summary>"
        f"<p>{lines}</p></details></figcaption></figure>\n"
    )


_SIZE = re.compile(r'<svg [^>]*?width="([\d.]+)" height="([\d.]+)"')
_GAP = 16


def stack(pictures: Iterable[Picture], *, title: str, desc: str, locale: str) -> Picture:
    """``pictures`` one below the other in one ``<svg>``, each whole; their texts in turn.

    With no picture, the picture says there is nothing to show.
    """
    found = checked(pictures, Picture, "pictures")
    if not found:
        canvas, lines = Canvas(locale=locale), [title]
        canvas.text(title, 8, 22, css="tiltak-pic-title")
        y = nothing(canvas, lines, locale=locale)
        return finish(
            canvas,
            lines,
            y=y,
            notes=[],
            width=480,
            title=title,
            desc=desc,
            locale=locale,
            legend=False,
        )
    parts, y, width = [], 0.0, 0.0
    for picture in found:
        size = _SIZE.match(picture.svg)
        assert size is not None, "a picture starts with its size"
        shown = picture.svg.rstrip().replace("<svg ", f'<svg y="{number(y)}" ', 1)
        parts.append(shown)
        width = max(width, float(size[1]))
        y += float(size[2]) + _GAP
    height = y - _GAP
    svg = (
        f'<svg xmlns="{NAMESPACE}" class="tiltak-picture" role="img" '
        f'width="{number(width)}" height="{number(height)}" '
        f'viewBox="0 0 {number(width)} {number(height)}" lang="{html.escape(locale)}">'
        f"<title>{_escaped(title)}</title><desc>{_escaped(desc)}</desc>"
        + "".join(parts)
        + "</svg>\n"
    )
    text = "\n".join(picture.text for picture in found)
    return Picture(svg=svg, text=_for_people(f"{title}\n\n{text}"), locale=locale)


# -- the date axis -----------------------------------------------------------------------------

_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000)
_MAX_TICKS = 7
_LAST_MONTH = 9999 * 12 + 11  # December 9999, as a month number


def _month_number(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _first_of(month: int) -> dt.date:
    return dt.date(month // 12, month % 12 + 1, 1)


@attrs.frozen(kw_only=True)
class DateAxis:
    """Days along a horizontal axis from ``left`` over ``width``: whole months, first to last.

    A day is a stretch of the axis, ``1 / days`` of its width; :meth:`x` is its middle.
    """

    first_month: int
    """The month the axis starts with, as ``year * 12 + month - 1``."""
    last_month: int
    left: float
    width: float

    @property
    def start(self) -> dt.date:
        """The first day on the axis."""
        return _first_of(self.first_month)

    @property
    def days(self) -> int:
        """How many days the axis spans."""
        end = (
            dt.date.max.toordinal() + 1
            if self.last_month == _LAST_MONTH
            else _first_of(self.last_month + 1).toordinal()
        )
        return end - self.start.toordinal()

    def x(self, day: dt.date) -> float:
        """The middle of ``day`` on the axis."""
        return (
            self.left + (day.toordinal() - self.start.toordinal() + 0.5) * self.width / self.days
        )

    def span(self, first: dt.date, last: dt.date) -> tuple[float, float]:
        """Where the days ``first`` to ``last`` (both in) begin and end on the axis."""
        half = self.width / self.days / 2
        return self.x(first) - half, self.x(last) + half

    def ticks(self, *, locale: str) -> tuple[tuple[float, str], ...]:
        """The axis's labelled ticks: month starts (by one to six months) or years, at most 7."""
        months = self.last_month - self.first_month + 1
        step = next((s for s in _MONTH_STEPS if months / s <= _MAX_TICKS), _MONTH_STEPS[-1])
        first = -(-self.first_month // step) * step
        ticks = []
        for i, month in enumerate(range(first, self.last_month + 1, step)):
            day = _first_of(month)
            if step >= 12:
                label = format_skeleton("y", day, locale=locale)
            elif i == 0 or day.month == 1:
                label = format_skeleton("yMMM", day, locale=locale)
            else:
                label = format_skeleton("MMM", day, locale=locale)
            ticks.append(
                (
                    self.left
                    + (day.toordinal() - self.start.toordinal()) * self.width / self.days,
                    label,
                )
            )
        return tuple(ticks)


def date_axis(days: Iterable[dt.date], *, left: float, width: float) -> DateAxis | None:
    """The axis from the month of the earliest day to that of the latest (``None``: no days)."""
    months = [_month_number(day) for day in days]
    if not months:
        return None
    return DateAxis(first_month=min(months), last_month=max(months), left=left, width=width)


def date_text(day: dt.date, *, locale: str, short: bool = False) -> str:
    """A day as people read it in ``locale``; ``short`` for a column head."""
    return format_date(day, format="short" if short else "medium", locale=locale)


def more(count: int, *, locale: str) -> str:
    """The words for the items left out: "… and 3 more"."""
    return pgettext("picture", "\u2026 and {count} more", locale=locale).format(count=count)


T = TypeVar("T")


def checked(values: Iterable[T], kind: type[T], what: str) -> tuple[T, ...]:
    """``values`` as a tuple, each an instance of ``kind``; :class:`ModelTypeError` if not."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ModelTypeError(f"{what} must be an iterable of {kind.__name__}")
    found = tuple(values)
    for value in found:
        if not isinstance(value, kind):
            raise ModelTypeError(f"{what} must hold {kind.__name__}, not {type(value).__name__}")
    return found


def checked_title(title: object, default: str) -> str:
    """The title given, or ``default``; :class:`ModelTypeError` unless a str."""
    if title is None:
        return default
    if not isinstance(title, str):
        raise ModelTypeError(f"title must be a str, not {type(title).__name__}")
    return title
