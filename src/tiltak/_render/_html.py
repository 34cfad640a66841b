r"""The HTML renderer: semantic tables in collapsible sections, one stylesheet, no script.

Modelled on xarray's HTML repr. A fragment starts with its ``<style>`` (every class it
styles begins with ``tiltak-``), then the rich content in a ``<div style="display:none">``,
then a ``<pre>`` with the plain-text rendering. The stylesheet shows the ``<div>`` and hides
the ``<pre>``; a sanitiser that escapes what it does not allow, as nbconvert's does, leaves
the ``<pre>`` alone (see :func:`_fragment`). Colours come from JupyterLab's CSS variables
where they exist, with light and dark fallbacks.

Every text is escaped with :func:`html.escape`, and its control and bidirectional-control
characters are shown as ``\uXXXX`` (HTML forbids the controls, and a terminal that shows the
page's source would obey them); no attribute is built from a document's text. The tags and
attributes written are exactly those in :data:`TAGS` and :data:`ATTRIBUTES`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from tiltak._text import visible_controls

from ._labels import BADGE_KEYS
from ._palette import LIGHT, dark_theme
from ._svg import ATTRIBUTES as SVG_ATTRIBUTES
from ._svg import FIGURE_TAGS, figure
from ._svg import TAGS as SVG_TAGS
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

__all__ = ["ATTRIBUTES", "CSS", "HOST_HIDDEN", "TAGS", "render"]

TAGS = (
    frozenset(
        {
            "br",
            "caption",
            "details",
            "div",
            "p",
            "pre",
            "span",
            "strong",
            "style",
            "summary",
            "table",
            "tbody",
            "td",
            "th",
            "thead",
            "tr",
            "wbr",
        }
    )
    | FIGURE_TAGS
    | SVG_TAGS
)
"""The tags a fragment holds: its own, and those of a picture in its figure."""

PAGE_TAGS = frozenset({"body", "head", "html", "meta", "title"})
"""The further tags of a full page."""

ATTRIBUTES = frozenset({"aria-hidden", "class", "lang", "open", "scope", "style"}) | SVG_ATTRIBUTES
"""The attributes a fragment holds: its own, and those of a picture."""

PAGE_ATTRIBUTES = frozenset({"charset", "content", "name"})
"""The further attributes of a full page."""

HOST_HIDDEN = "lm-Widget lm-mod-hidden hidden"
"""The classes with which JupyterLab's (Lumino's) and the classic Notebook's (Bootstrap's)
page styles hide an element; nbconvert's ``lab`` and ``classic`` templates carry them."""

CSS = """\
.tiltak-wrap {
{light}  display: block !important;
  color: var(--tiltak-fg);
  font-family: var(--jp-content-font-family, system-ui, -apple-system, "Segoe UI", Roboto,
    "Noto Sans", "Liberation Sans", sans-serif);
  font-size: var(--jp-content-font-size1, 14px);
  line-height: 1.45;
  max-width: 100%;
}
{dark_theme}.tiltak-text-fallback { display: none; }
.tiltak-wrap .tiltak-title {
  font-size: 1.45em;
  font-weight: 600;
  margin: 0 0 0.1em 0;
}
.tiltak-wrap .tiltak-subtitle {
  color: var(--tiltak-fg-muted);
  margin: 0 0 0.8em 0;
}
.tiltak-wrap caption.tiltak-quiet {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.tiltak-wrap strong.tiltak-item { font-weight: 600; }
.tiltak-wrap .tiltak-scroll { overflow-x: auto; max-width: 100%; }
.tiltak-wrap table.tiltak-table,
.tiltak-wrap table.tiltak-facts {
  border-collapse: collapse;
  margin: 0.4em 0 1em 0;
  color: var(--tiltak-fg);
  background: var(--tiltak-bg);
  font-size: inherit;
  table-layout: auto;
}
.tiltak-wrap table.tiltak-facts { width: 100%; max-width: 60em; }
.tiltak-wrap .tiltak-table caption,
.tiltak-wrap .tiltak-facts caption {
  caption-side: top;
  text-align: left;
  font-weight: 600;
  padding: 0 0 0.3em 0;
  color: var(--tiltak-fg);
}
.tiltak-wrap .tiltak-table th,
.tiltak-wrap .tiltak-table td,
.tiltak-wrap .tiltak-facts th,
.tiltak-wrap .tiltak-facts td {
  text-align: left;
  vertical-align: top;
  padding: 0.35em 0.7em;
  border: 1px solid var(--tiltak-border);
  white-space: normal;
  overflow-wrap: break-word;
  background: var(--tiltak-bg);
  color: var(--tiltak-fg);
}
.tiltak-wrap .tiltak-table td { min-width: 4em; }
.tiltak-wrap .tiltak-table td.tiltak-main { min-width: 14em; }
.tiltak-wrap .tiltak-table thead th { white-space: nowrap; }
.tiltak-wrap .tiltak-table thead th,
.tiltak-wrap .tiltak-facts th {
  background: var(--tiltak-bg-head);
  font-weight: 600;
}
.tiltak-wrap .tiltak-facts th { width: 14em; min-width: 8em; }
.tiltak-wrap .tiltak-table tbody th { font-weight: 600; white-space: nowrap; }
.tiltak-wrap .tiltak-table tbody tr:hover td,
.tiltak-wrap .tiltak-table tbody tr:hover th { background: var(--tiltak-bg); }
.tiltak-wrap details.tiltak-section {
  margin: 0.3em 0 0.6em 0;
  border-left: 3px solid var(--tiltak-border);
  padding: 0 0 0 0.8em;
}
.tiltak-wrap details.tiltak-section > summary {
  cursor: pointer;
  font-weight: 600;
  font-size: 1.1em;
  padding: 0.2em 0;
}
.tiltak-wrap details.tiltak-section details.tiltak-section > summary {
  font-size: 1em;
}
.tiltak-wrap details.tiltak-section > summary:focus-visible {
  outline: 2px solid var(--tiltak-fg);
  outline-offset: 2px;
}
.tiltak-wrap .tiltak-note { margin: 0.4em 0; }
.tiltak-wrap figure.tiltak-figure { margin: 0.4em 0 1em 0; max-width: 100%; overflow-x: auto; }
.tiltak-wrap figure.tiltak-figure > figcaption { color: var(--tiltak-fg-muted); }
.tiltak-wrap figure.tiltak-figure summary { cursor: pointer; }
.tiltak-wrap details.tiltak-list > summary { cursor: pointer; }
.tiltak-wrap details.tiltak-list .tiltak-items {
  margin-top: 0.3em;
  color: var(--tiltak-fg-muted);
}
.tiltak-wrap .tiltak-badge {
  display: inline-block;
  white-space: nowrap;
  border-radius: 1em;
  padding: 0 0.6em;
  border: 1px solid currentColor;
  font-weight: 600;
}
.tiltak-wrap .tiltak-symbol { margin-right: 0.3em; }
.tiltak-wrap .tiltak-green { color: var(--tiltak-green); background: var(--tiltak-green-bg); }
.tiltak-wrap .tiltak-yellow { color: var(--tiltak-yellow); background: var(--tiltak-yellow-bg); }
.tiltak-wrap .tiltak-red { color: var(--tiltak-red); background: var(--tiltak-red-bg); }
.tiltak-wrap .tiltak-none { color: var(--tiltak-grey); background: var(--tiltak-grey-bg); }
.tiltak-wrap .tiltak-error { color: var(--tiltak-red); background: var(--tiltak-red-bg); }
.tiltak-wrap .tiltak-warning { color: var(--tiltak-yellow); background: var(--tiltak-yellow-bg); }
.tiltak-wrap .tiltak-info { color: var(--tiltak-grey); background: var(--tiltak-grey-bg); }
body.tiltak-page {
  margin: 2em auto;
  padding: 0 1.5em;
  max-width: 90em;
  background: #ffffff;
}
@media (prefers-color-scheme: dark) {
  body.tiltak-page { background: #0d1117; }
}
@media print {
  .tiltak-wrap details.tiltak-section { border-left: none; padding-left: 0; }
}
""".replace("{light}", LIGHT).replace("{dark_theme}", dark_theme(".tiltak-wrap"))
"""The stylesheet; its dark palette applies under JupyterLab's and VS Code's dark themes
and where the reader prefers a dark colour scheme outside a light notebook."""

_LANG = re.compile(r"[a-z]{2,3}")


def _text(text: str) -> str:
    """Escaped text, with its line breaks kept, and a break allowed before an ``@``.

    E-mail addresses are the longest unbroken words in a plan; letting them wrap before the
    ``@`` keeps a table of measures within a notebook's width.
    """
    return "<br>".join(
        html.escape(line, quote=True).replace("@", "<wbr>@") for line in text.split("\n")
    )


def _badge(badge: Badge, text: str | None = None) -> str:
    """The badge: its colour class, its symbol, and its word (or ``text`` in its place)."""
    key = badge.key if badge.key in BADGE_KEYS else "none"
    return (
        f'<span class="tiltak-badge tiltak-{key}">'
        f'<span class="tiltak-symbol" aria-hidden="true">{html.escape(badge.symbol)}</span>'
        f"{_text(badge.label if text is None else text)}</span>"
    )


def _cell(cell: Cell) -> str:
    if isinstance(cell, Badge):
        return _badge(cell)
    if isinstance(cell, Titled):
        title = f'<strong class="tiltak-item">{_text(cell.title)}</strong>'
        return f"{title}<br>{_text(cell.text)}" if cell.text else title
    if isinstance(cell, Listed):
        items = "<br>".join(_text(item) for item in cell.items)
        return (
            f'<details class="tiltak-list"><summary>{_text(cell.summary)}</summary>'
            f'<div class="tiltak-items">{items}</div></details>'
        )
    return _text(cell)


def _caption(caption: str, heading: str) -> str:
    """A caption; one that repeats the section's heading is there for screen readers only."""
    if caption == heading:
        return f'<caption class="tiltak-quiet">{_text(caption)}</caption>'
    return f"<caption>{_text(caption)}</caption>"


def _facts(facts: Facts, heading: str) -> Iterator[str]:
    yield '<table class="tiltak-facts">'
    yield f"{_caption(facts.caption, heading)}<tbody>"
    for name, value in facts.rows:
        yield f'<tr><th scope="row">{_text(name)}</th><td>{_cell(value)}</td></tr>'
    yield "</tbody></table>"


def _table(table: Table, heading: str) -> Iterator[str]:
    yield '<div class="tiltak-scroll"><table class="tiltak-table">'
    yield _caption(table.caption, heading)
    yield "<thead><tr>"
    yield "".join(f'<th scope="col">{_text(column)}</th>' for column in table.columns)
    yield "</tr></thead><tbody>"
    for row in table.rows:
        head, *rest = row
        cells = "".join(
            f'<td class="tiltak-main">{_cell(cell)}</td>'
            if isinstance(cell, Titled)
            else f"<td>{_cell(cell)}</td>"
            for cell in rest
        )
        yield f'<tr><th scope="row">{_cell(head)}</th>{cells}</tr>'
    yield "</tbody></table></div>"


def _section(section: Section, expand: bool) -> Iterator[str]:
    opening = "<details open" if section.open or expand else "<details"
    if section.badge is None:
        summary = _text(section.heading)
    else:
        summary = _badge(section.badge, section.heading)
    yield f'{opening} class="tiltak-section"><summary>{summary}</summary>'
    yield from _blocks(section.blocks, expand, section.heading)
    yield "</details>"


def _blocks(blocks: tuple[Block, ...], expand: bool, heading: str = "") -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Facts):
            yield from _facts(block, heading)
        elif isinstance(block, Table):
            yield from _table(block, heading)
        elif isinstance(block, Note):
            yield f'<p class="tiltak-note">{_text(block.text)}</p>'
        elif isinstance(block, Figure):
            yield figure(block.picture).rstrip("\n")
            if block.note is not None:
                yield f'<p class="tiltak-note">{_text(block.note)}</p>'
        else:
            yield from _section(block, expand)


def _lang(code: str) -> str:
    language = code.split("-", maxsplit=1)[0].lower()
    return language if _LANG.fullmatch(language) else "und"


def _content(view: Document, expand: bool) -> Iterator[str]:
    """The rich content: the title, the subtitle and the blocks, in a wrapper left open."""
    yield f'<div class="tiltak-wrap" lang="{_lang(view.locale)}" style="display:none">'
    yield f'<div class="tiltak-title">{_text(view.title)}</div>'
    if view.subtitle:
        subtitle = " \u00b7 ".join(view.subtitle)
        yield f'<div class="tiltak-subtitle">{_text(subtitle)}</div>'
    yield from _blocks(view.blocks, expand, view.title)


def _fallback(fallback: str) -> str:
    return f'<pre class="tiltak-text-fallback">{html.escape(fallback, quote=True)}</pre>'


def _fragment(view: Document, fallback: str) -> str:
    """The fragment for a notebook cell: the stylesheet, the content, then the fallback.

    A browser reads all of ``<style>`` as CSS, to which its leading ``<!--`` is nothing,
    shows the content (where ``<!-- -->`` is an empty comment), and hides the fallback.
    nbconvert's ``sanitize_html`` escapes the tags it does not allow, ``<style>`` among them,
    and so reads the stylesheet's text as markup: to it a comment opens there and runs over
    the CSS and the content to the ``-->`` before the content's closing ``</div>``, and it
    drops comments. The ``<style>`` tag itself, escaped to text, and the fallback are all
    that is left, and the tag sits in a ``<div>`` that JupyterLab's and the classic
    Notebook's page styles hide (:data:`HOST_HIDDEN`). Nothing ends the comment early: the
    CSS holds no ``-->``, and plan text is escaped.
    """
    return (
        f'<div class="{HOST_HIDDEN}"><style><!--\n{CSS}</style></div>\n'
        + "\n".join(_content(view, expand=False))
        + f"\n<!-- --></div>\n{_fallback(fallback)}\n"
    )


def render(view: Document, *, fallback: str, full_page: bool = False) -> str:
    """The document as an HTML fragment, or as a complete page with ``full_page``.

    A page is read or printed whole, so its sections all start open; a fragment (a notebook
    cell) keeps goals closed until the reader opens them.
    """
    if not full_page:
        return visible_controls(_fragment(view, fallback), keep="\n\t")
    title = html.escape(" ".join(view.title.split()), quote=True)
    content = "\n".join(_content(view, expand=True))
    return visible_controls(_page(title, content, view.locale, fallback), keep="\n\t")


def _page(title: str, content: str, locale: str, fallback: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_lang(locale)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n"
        f'<body class="tiltak-page">\n{content}\n</div>\n{_fallback(fallback)}\n'
        "</body>\n</html>\n"
    )
