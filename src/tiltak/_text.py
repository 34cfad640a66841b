"""What text tiltak holds and writes: valid Unicode in, only what a format can hold out.

Plan text is valid Unicode: a lone surrogate (a code point from U+D800 to U+DFFF, which
``json`` reads from the escape of half a surrogate pair) cannot be written as UTF-8, so every
entrance refuses it. A writer whose format cannot hold a character replaces it by U+FFFD and
says so with a :class:`~tiltak.errors.TextReplacedWarning`, never silently. A writer for people
(plain text, Markdown, the command line) shows control and bidirectional-control characters
as escapes (``visible_controls``), so no plan text can drive a terminal or reorder a line.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable

from ._errors import TextReplacedWarning
from ._i18n import N_
from ._shape import visible_controls

__all__ = [
    "NOT_UNICODE",
    "NOT_UNICODE_KEY",
    "Replacements",
    "has_surrogate",
    "shown_places",
    "utf16_length",
    "visible_controls",
]

NOT_UNICODE = N_("text that is not valid Unicode (a lone surrogate)")
"""The problem every entrance names for a text holding a surrogate code point."""
NOT_UNICODE_KEY = N_("a key that is not valid Unicode (a lone surrogate)")
"""The same, for a key of an object."""

REPLACEMENT = "\ufffd"


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes: what Excel counts as its characters.

    >>> utf16_length("plan"), utf16_length("\U0001f600")
    (4, 2)
    """
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _utf16_prefix(text: str, units: int) -> str:
    """The longest start of ``text`` of at most ``units`` UTF-16 code units (whole characters)."""
    data = text.encode("utf-16-le")[: 2 * units]
    if len(data) >= 2 and 0xD8 <= data[-1] <= 0xDB:  # a high surrogate: its pair was cut off
        data = data[:-2]
    return data.decode("utf-16-le")


def has_surrogate(text: str) -> bool:
    r"""Whether ``text`` holds a surrogate code point, which no UTF-8 text can hold.

    >>> has_surrogate("Brukerne opplever økt trygghet"), has_surrogate("a\ud800b")
    (False, True)
    """
    if text.isascii():
        return False
    try:  # the codec refuses a surrogate, and is several times quicker than a search
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class Replacements:
    r"""What one writer changed in the text it wrote: where, and how many characters.

    ``clean`` returns text the format can hold; ``warn`` then tells the caller what changed
    in one :class:`~tiltak.errors.TextReplacedWarning`, naming places and counts, never the text;
    a control character in a place's name (an identifier in it) shows as ``\uXXXX``.
    ``limit`` counts UTF-16 code units, as Excel does: a character outside the Basic
    Multilingual Plane (an emoji) counts twice, and a cut never splits one.
    """

    def __init__(self, writer: str, illegal: re.Pattern[str], *, limit: int | None = None) -> None:
        self.writer = writer
        self.illegal = illegal
        self.limit = limit
        self.replaced: dict[str, int] = {}
        self.cut: list[str] = []

    def clean(self, text: str, where: str) -> str:
        count = 0

        def replace(match: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return REPLACEMENT

        text = self.illegal.sub(replace, text)
        if count:
            self.replaced[where] = self.replaced.get(where, 0) + count
        limit = self.limit
        if limit is not None and len(text) > limit // 2 and utf16_length(text) > limit:
            text = _utf16_prefix(text, limit - 1) + "…"
            self.cut.append(where)
        return text

    def warn(self, *, stacklevel: int = 3) -> None:
        parts = []
        if self.replaced:
            count = sum(self.replaced.values())
            parts.append(
                f"replaced {count} character(s) the format cannot hold by U+FFFD"
                f" in {shown_places(self.replaced)}"
            )
        if self.cut:
            cut = shown_places(self.cut)
            parts.append(f"cut text longer than {self.limit} characters in {cut}")
        if parts:
            message = f"{self.writer} " + "; ".join(parts)
            warnings.warn(message, TextReplacedWarning, stacklevel=stacklevel)


def shown_places(places: Iterable[str]) -> str:
    """The first ten of ``places`` (element names, which hold plan text) for a message, escaped."""
    names = list(places)
    shown = ", ".join(visible_controls(name) for name in names[:10])
    return shown if len(names) <= 10 else f"{shown} and {len(names) - 10} more"
