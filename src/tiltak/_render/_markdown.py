r"""The Markdown renderer: headings and pipe tables, with every text escaped.

Plan text may hold anything. Escaping keeps it text in CommonMark and GitHub Flavored
Markdown: Markdown's punctuation is backslash-escaped, ``<``, ``>`` and ``&`` become entities
(no raw HTML, no autolinks), ``|`` cannot end a cell, every line break (a lone CR, a form
feed, U+2028 and the rest of what :meth:`str.splitlines` splits at) becomes ``<br>``, and
``scheme://``, the dots of domain names and ``@`` become character references, so that no
link is made of them, not even by GFM's or a linkifier's autolinks. Any other control or
bidirectional-control character is shown as ``\uXXXX`` (``visible_controls`` in
``tiltak._text``), so Markdown read in a terminal cannot drive it either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tiltak._text import visible_controls

from ._view import Badge, Block, Cell, Document, Facts, Figure, Listed, Note, Table, Titled

__all__ = ["escape", "render"]

_PUNCTUATION = re.compile(r"([\\`*_\[\]|~#$])")
"""What Markdown would read as markup: emphasis, code, links, tables, strikethrough, headings,
and the dollar signs of math (GitHub, MyST)."""
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_AUTOLINK = re.compile(r":(?=//)|(?<=[^\W_])\.(?=[^\W_])|@")
_LINK_PARTS = {":": "&#58;", ".": "&#46;", "@": "&#64;"}
_BREAK = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.MULTILINE)


def escape(text: str, *, block: bool = False) -> str:
    r"""``text`` as literal Markdown text, on one line (newlines become ``<br>``).

    ``block=True`` also escapes what would start a list, quote or heading at a line's start
    (text that stands as a paragraph of its own, not in a table cell or heading).

    >>> print(escape("[link](javascript:x) <b>*x*</b> | www.example.no kari@x.no"))
    \[link\](javascript:x) &lt;b&gt;\*x\*&lt;/b&gt; \| www&#46;example&#46;no kari&#64;x&#46;no
    """
    if _BREAK.search(text):
        text = "\n".join(text.splitlines())
    text = visible_controls(text, keep="\n\t")
    text = "".join(_ENTITIES.get(char, char) for char in text)
    text = _PUNCTUATION.sub(r"\\\1", text)
    text = _AUTOLINK.sub(lambda m: _LINK_PARTS[m.group()], text)
    if block:
        text = _LINE_START.sub(r"\1\\\2", text)
    return "<br>".join(line.strip() for line in text.split("\n")) if "\n" in text else text


def _cell(cell: Cell) -> str:
    if isinstance(cell, Badge):
        return escape(f"{cell.symbol} {cell.label}")
    if isinstance(cell, Titled):
        title = f"**{escape(cell.title)}**"
        return f"{title}<br>{escape(cell.text)}" if cell.text else title
    if isinstance(cell, Listed):
        return escape(cell.summary)
    return escape(cell)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _facts(facts: Facts) -> Iterator[str]:
    yield _row([escape(facts.caption), ""])
    yield "|---|---|"
    for name, value in facts.rows:
        yield _row([escape(name), _cell(value)])


def _table(table: Table, heading: str) -> Iterator[str]:
    if table.caption != heading:
        yield f"**{escape(table.caption)}**"
        yield ""
    yield _row([escape(column) for column in table.columns])
    yield "|" + "---|" * len(table.columns)
    for row in table.rows:
        yield _row([_cell(cell) for cell in row])


def _blocks(blocks: tuple[Block, ...], level: int, heading: str = "") -> Iterator[str]:
    """The blocks in order; a figure is left out, for its picture is HTML's to show."""
    for block in blocks:
        if isinstance(block, Figure):
            continue
        if isinstance(block, Facts):
            yield from _facts(block)
        elif isinstance(block, Table):
            yield from _table(block, heading)
        elif isinstance(block, Note):
            yield escape(block.text, block=True)
        else:
            heading = block.heading
            if block.badge is not None:
                heading = f"{block.badge.symbol} {heading}"
            yield f"{'#' * min(level, 6)} {escape(' '.join(heading.split()))}"
            yield ""
            yield from _blocks(block.blocks, level + 1, block.heading)
            continue
        yield ""


def render(view: Document) -> str:
    """The document as Markdown, ending with a newline."""
    lines = [f"## {escape(' '.join(view.title.split()))}", ""]
    if view.subtitle:
        lines += [f"*{escape(' · '.join(view.subtitle))}*", ""]
    lines += _blocks(view.blocks, 3)
    return "\n".join(lines).rstrip("\n") + "\n"
