"""The colours every output shares: the light and the dark palette, as CSS custom properties.

The HTML renderer's stylesheet and every picture's declare the same ``--tiltak-*`` properties,
so that a picture on a page looks like the tables around it, in a light and a dark theme.
"""

from __future__ import annotations

import textwrap

__all__ = ["DARK", "LIGHT", "dark_theme"]

LIGHT = """\
  --tiltak-fg: var(--jp-content-font-color0, #1f2328);
  --tiltak-fg-muted: var(--jp-content-font-color2, #59636e);
  --tiltak-bg: var(--jp-layout-color0, #ffffff);
  --tiltak-bg-head: var(--jp-layout-color2, #f0f2f4);
  --tiltak-border: var(--jp-border-color2, #d1d9e0);
  --tiltak-green: #1a7f37;
  --tiltak-yellow: #9a6700;
  --tiltak-red: #cf222e;
  --tiltak-grey: #59636e;
  --tiltak-green-bg: #dafbe1;
  --tiltak-yellow-bg: #fff8c5;
  --tiltak-red-bg: #ffebe9;
  --tiltak-grey-bg: #eff2f5;
"""
"""The light palette."""

DARK = """\
  --tiltak-fg: var(--jp-content-font-color0, #e6edf3);
  --tiltak-fg-muted: var(--jp-content-font-color2, #9198a1);
  --tiltak-bg: var(--jp-layout-color0, #0d1117);
  --tiltak-bg-head: var(--jp-layout-color2, #1f242c);
  --tiltak-border: var(--jp-border-color2, #3d444d);
  --tiltak-green: #3fb950;
  --tiltak-yellow: #d29922;
  --tiltak-red: #f85149;
  --tiltak-grey: #9198a1;
  --tiltak-green-bg: #12261e;
  --tiltak-yellow-bg: #272115;
  --tiltak-red-bg: #2d1214;
  --tiltak-grey-bg: #212830;
"""
"""The dark palette, written once: under a dark notebook theme, and where the reader prefers
a dark colour scheme."""


_DARK_HOSTS = (
    'body[data-jp-theme-light="false"]',
    'html[theme="dark"]',
    'html[data-theme="dark"]',
    'body[data-theme="dark"]',
    "body.vscode-dark",
)
"""The marks of a dark page: JupyterLab's, the classic Notebook's, common sites', VS Code's."""


def dark_theme(selector: str, *, own_document: bool = False) -> str:
    """The rules that give ``selector`` the dark palette, written once for every output.

    On a page marked dark, and where the reader prefers dark and the page is not marked
    light. With ``own_document`` the selector may also be the root (an SVG file of its own).
    """
    hosts = ",\n".join(f"{host} {selector}" for host in _DARK_HOSTS)
    preferred = (
        'body:not([data-jp-theme-light="true"]):not(.vscode-light):not([data-theme="light"])\n'
        f"    {selector}"
    )
    if own_document:
        preferred = f"{selector}:root,\n  {preferred}"
    return (
        f"{hosts} {{\n{DARK}}}\n"
        f"@media (prefers-color-scheme: dark) {{\n  {preferred} {{\n"
        f"{textwrap.indent(DARK, '  ')}  }}\n}}\n"
    )
