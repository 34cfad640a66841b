"""How a text is shown without showing it: excerpts, shapes, masks and visible controls.

The ground every message, representation and writer for people stands on: no plan text is
shown longer than :data:`EXCERPT_LENGTH`, and no control character is ever obeyed.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["EXCERPT_LENGTH", "escape_controls", "excerpt", "mask", "shape", "visible_controls"]

EXCERPT_LENGTH = 20
"""The most characters of a plan's text that any repr, error or finding shows."""


_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
"""C0 and C1 controls, DEL, the line and paragraph separators, the bidirectional marks,
embeddings, overrides and isolates, and surrogates: what a terminal obeys, what breaks a line
where none is meant, or what a reader cannot see."""


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
