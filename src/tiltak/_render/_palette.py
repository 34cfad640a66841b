"""The colours every output shares: the light and the dark palette, as CSS custom properties.

The HTML renderer's stylesheet and every picture's declare the same ``--tiltak-*`` properties,
so that a picture on a page looks like the tables around it, in a light and a dark theme.
"""

from __future__ import annotations

__all__ = ["DARK", "LIGHT"]

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
