r"""The plain-text renderer: aligned facts and one record per table row, for a terminal.

Control and bidirectional-control characters in plan text are shown as ``\uXXXX``
(``visible_controls`` in ``tiltak._text``): no text can move the cursor, clear the screen,
set the clipboard or reorder a line on the terminal that shows it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from tiltak._text import visible_controls

from ._view import (
    Badge,
    Block,
    Cell,
    Document,
    Facts,
    Figure,
    Listed,
    Note,
    Section,
    Table,
    Titled,
)

__all__ = ["WIDTH", "cell_text", "render"]

WIDTH = 100
"""The widest line the renderer writes, unless a single word is longer."""

_LABEL_MAX = 28
_STEP = "  "


def cell_text(cell: Cell) -> str:
    """A cell as text: a badge is its symbol and its word."""
    if isinstance(cell, Badge):
        return f"{cell.symbol} {cell.label}"
    if isinstance(cell, Titled):
        return _join(cell.title, cell.text)
    if isinstance(cell, Listed):
        return cell.summary
    return cell


def _line(text: str) -> str:
    """A text meant for one line (a title, a name, a key): every control shown, breaks too."""
    return visible_controls(text)


def _join(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for line in text.splitlines() or [""]:
        lines += textwrap.wrap(line, width=max(width, 20), break_on_hyphens=False) or [""]
    return lines


def _hanging(head: str, text: str, indent: str, head_width: int, gap: str = "  ") -> Iterator[str]:
    """``head`` then ``text`` wrapped beside it, continuation lines aligned under ``text``."""
    room = WIDTH - len(indent) - head_width - len(gap)
    for i, line in enumerate(_wrap(text, room)):
        lead = head.ljust(head_width) if i == 0 else " " * head_width
        yield f"{indent}{lead}{gap}{line}".rstrip()


def _facts(facts: Facts, indent: str, heading: str) -> Iterator[str]:
    if facts.caption != heading:
        yield f"{indent}{_line(facts.caption)}"
    inner = indent + _STEP
    rows = [(_line(name), value) for name, value in facts.rows]
    width = min(max((len(name) for name, _ in rows), default=0), _LABEL_MAX)
    for name, value in rows:
        if len(name) > width:
            yield f"{inner}{name}"
            yield from _hanging("", cell_text(value), inner, width)
        else:
            yield from _hanging(name, cell_text(value), inner, width)


def _table(table: Table, indent: str, heading: str) -> Iterator[str]:
    if table.caption != heading:
        yield f"{indent}{_line(table.caption)}"
    inner = indent + _STEP
    keys = [_line(cell_text(row[0])) for row in table.rows]
    width = min(max((len(key) for key in keys), default=0), _LABEL_MAX)
    for key, row in zip(keys, table.rows, strict=True):
        rest = [cell_text(cell) for cell in row[1:]]
        head, labelled = (
            (rest[0], list(zip(map(_line, table.columns[2:]), rest[1:], strict=True)))
            if rest
            else ("", [])
        )
        yield from _hanging(key, head, inner, width)
        pad = inner + " " * (width + 2)
        for name, value in labelled:
            if value:
                yield from _hanging(f"{name}:", value, pad, len(name) + 1, " ")


def _blocks(
    blocks: tuple[Block, ...], indent: str, depth: int, heading: str = ""
) -> Iterator[str]:
    """The blocks in order; a caption that repeats the enclosing ``heading`` is left out.

    A figure is left out: the tables say in words what its picture shows.
    """
    for block in blocks:
        if isinstance(block, Figure):
            continue
        yield ""
        if isinstance(block, Facts):
            yield from _facts(block, indent, heading)
        elif isinstance(block, Table):
            yield from _table(block, indent, heading)
        elif isinstance(block, Note):
            yield from (indent + line for line in _wrap(block.text, WIDTH - len(indent)))
        else:
            yield from _section(block, indent, depth)


def _section(section: Section, indent: str, depth: int) -> Iterator[str]:
    heading = _line(section.heading)
    if section.badge is not None:
        heading = f"{section.badge.symbol} {heading}"
    if depth == 0:
        yield heading
        yield "-" * min(len(heading), WIDTH)
        yield from _blocks(section.blocks, indent, depth + 1, section.heading)
    else:
        yield from _hanging("\u25b8", heading, indent, 1, " ")
        yield from _blocks(section.blocks, indent + _STEP, depth + 1)


def render(view: Document) -> str:
    """The document as plain text, ending without a blank line."""
    title = _line(view.title)
    lines = [title, "=" * min(len(title), WIDTH)]
    if view.subtitle:
        lines.append(" \u00b7 ".join(map(_line, view.subtitle)))
    lines += _blocks(view.blocks, "", 0, view.title)
    return visible_controls("\n".join(lines), keep="\n\t")
