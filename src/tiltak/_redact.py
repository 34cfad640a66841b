"""Showing plan values without leaking them: short excerpts and type-only placeholders.

Plans hold personal data. A representation shows identifiers, kinds, dates, colours and
counts in full, an excerpt of at most :data:`EXCERPT_LENGTH` characters of a label (a plan's
title, a goal's text, a measure's title), and nothing but ``<str>`` of any other text.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = [
    "EXCERPT_LENGTH",
    "LABEL_FIELDS",
    "escape_controls",
    "excerpt",
    "mask",
    "safe_repr",
    "shape",
    "visible_controls",
]

EXCERPT_LENGTH = 20
"""The most characters of a plan's text that any repr, error or finding shows."""

LABEL_FIELDS = frozenset(
    {("Plan", "title"), ("Goal", "text"), ("GoalArea", "title"), ("Measure", "title")}
)
"""The (class, field) pairs whose text a repr shows as an excerpt; all other text is hidden."""


_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
"""C0 and C1 controls, DEL, the bidirectional marks, embeddings, overrides and isolates, and
surrogates: what a terminal obeys or a reader cannot see."""


def visible_controls(text: str, *, keep: str = "") -> str:
    r"""``text`` with every control and bidirectional-control character shown as ``\uXXXX``.

    The characters in ``keep`` (a format's own line break and tab) stay as they are. Every
    writer of text for people uses this, as do errors and representations, so an escape
    sequence, a backspace or a right-to-left override in a plan is shown, never obeyed.

    >>> print(visible_controls("Plan\x1b[2J \u202eabc\x08\nx", keep="\n"))
    Plan\u001b[2J \u202eabc\u0008
    x
    """
    if text.isascii() and text.isprintable():
        return text

    def show(match: re.Match[str]) -> str:
        char = match.group()
        return char if char in keep else f"\\u{ord(char):04x}"

    return _CONTROLS.sub(show, text)


def escape_controls(text: str) -> str:
    r"""``text`` with every control and bidirectional-control character written as ``\uXXXX``.

    >>> print(escape_controls("abc\u202edef\n"))
    abc\u202edef\u000a
    """
    return visible_controls(text)


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    """The first ``length`` characters of ``text``, with an ellipsis if it was longer.

    Control and bidirectional-control characters are escaped (:func:`escape_controls`).

    >>> excerpt("Mannen skal kunne ha et godt liv")
    'Mannen skal kunne h…'
    """
    return escape_controls(text if len(text) <= length else text[: length - 1] + "…")


def shape(text: str) -> str:
    """A text shown by its length and the kinds of character in it, never by the text.

    >>> shape("12345678901")
    '<11 characters: digits>'
    >>> shape("kari@example.no")
    '<15 characters: letters, punctuation>'
    """
    if not text:
        return "<empty>"
    kinds: set[str] = set()
    for char in text[:10_000]:
        category = unicodedata.category(char)[0]
        kinds.add(_KINDS.get(category, "other"))
    shown = ", ".join(kind for kind in _KIND_ORDER if kind in kinds)
    return f"<{len(text)} character{'s' if len(text) != 1 else ''}: {shown}>"


def mask(text: str, length: int = EXCERPT_LENGTH) -> str:
    """``text`` with every letter an ``a`` and every digit a ``9``: its shape, not its text.

    Spaces and the punctuation of dates stay; any other character is a ``?``. At most
    ``length`` characters are shown, with an ellipsis if there were more.

    >>> mask("31.02.2024")
    '99.99.9999'
    >>> mask("Kari Nordmann, 01017012345")
    'aaaa aaaaaaaa, 9999…'
    """
    shown = []
    for char in text[: length - 1] if len(text) > length else text:
        category = unicodedata.category(char)[0]
        if category == "L":
            shown.append("a")
        elif category == "N":
            shown.append("9")
        elif char in _KEPT:
            shown.append(char)
        else:
            shown.append("?")
    return "".join(shown) + ("…" if len(text) > length else "")


_KEPT = frozenset(" -./,:")
_KINDS = {"L": "letters", "N": "digits", "Z": "spaces", "P": "punctuation", "S": "symbols"}
_KIND_ORDER = ("letters", "digits", "spaces", "punctuation", "symbols", "other")


def _show(owner: str, name: str, value: Any) -> str:
    if isinstance(value, str):
        if name == "id" or (owner, name) in LABEL_FIELDS:
            return repr(excerpt(value) if name != "id" else value)
        return "<str>"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date | bool | int):
        return str(value)
    if isinstance(value, tuple):
        return f"<{len(value)}>"
    if isinstance(value, Mapping):
        return f"<{len(value)} keys>"
    if attrs.has(type(value)) and type(value).__name__ in {"PartialDate"}:
        return str(value)
    return repr(value)


def safe_repr(self: Any) -> str:
    """A repr of an attrs value that shows only what :mod:`tiltak._redact` allows."""
    owner = type(self).__name__
    parts = []
    for field in attrs.fields(type(self)):
        value = getattr(self, field.name)
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        if value is None or value == default:
            continue
        parts.append(f"{field.name}={_show(owner, field.name, value)}")
    return f"{owner}({', '.join(parts)})"
