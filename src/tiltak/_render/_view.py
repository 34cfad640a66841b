"""The view-model every renderer draws: localised text, in order, with no markup.

A builder turns a plan, goal, measure or report into a :class:`Document` once; the HTML,
Markdown and text renderers only lay it out. Every string in a document is display text
(plan text as written, or a translated label); renderers escape all of it. The only values
a renderer may put into markup are the fixed :attr:`Badge.key` names, and the pictures of
:class:`Figure` blocks, SVG written by the pictures' own escaping canvas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ._svg import Picture

__all__ = [
    "Badge",
    "Block",
    "Cell",
    "Document",
    "Facts",
    "Figure",
    "Listed",
    "Note",
    "Section",
    "Table",
    "Titled",
]


@attrs.frozen(kw_only=True)
class Badge:
    """A status shown three ways: a colour (by ``key``), a symbol of its own shape, a word."""

    key: str
    """One of the fixed keys in :data:`tiltak._render._labels.BADGE_KEYS`, never plan text."""
    symbol: str
    label: str


@attrs.frozen(kw_only=True)
class Titled:
    """A cell that leads with a title (shown strong) and goes on with ``text``."""

    title: str
    text: str


@attrs.frozen(kw_only=True)
class Listed:
    """A cell that says ``summary`` and holds the whole list it sums up.

    Text and Markdown show the summary; HTML shows it as a summary the reader can open to
    read every item of ``items``.
    """

    summary: str
    items: tuple[str, ...]


Cell = str | Badge | Titled | Listed
"""A table cell: text (lines separated by ``\\n``), a badge, a titled text, or a list."""


@attrs.frozen(kw_only=True)
class Facts:
    """Labelled values, one per row (a two-column table with row headers)."""

    caption: str
    rows: tuple[tuple[str, Cell], ...]


@attrs.frozen(kw_only=True)
class Table:
    """A table with column headers; the first column heads its row."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@attrs.frozen(kw_only=True)
class Note:
    """A sentence on its own, such as "No findings."."""

    text: str


@attrs.frozen(kw_only=True)
class Section:
    """A titled, collapsible part of a document; ``open`` is how it starts in HTML."""

    heading: str
    blocks: tuple[Block, ...]
    badge: Badge | None = None
    open: bool = True


@attrs.frozen(kw_only=True)
class Figure:
    """A picture and its text equivalent: HTML shows both; text and Markdown leave it out.

    Its SVG is built by :mod:`tiltak._render._svg`, where every text is escaped; it is the
    one markup a document carries.
    """

    picture: Picture
    note: str | None = None
    """A line under the picture, such as how many more were left out."""


Block = Facts | Table | Note | Section | Figure
"""Anything a document or section holds."""


@attrs.frozen(kw_only=True)
class Document:
    """A whole rendering: a title, a line of context under it, and the blocks in order."""

    title: str
    subtitle: tuple[str, ...]
    locale: str
    """The normalised locale the text is in (``lang`` of an HTML page)."""
    blocks: tuple[Block, ...]
