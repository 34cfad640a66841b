"""The package's own names of kinds, colours, statuses, fields and template columns.

The readers match what people write against these, in every language tiltak speaks, and
name kinds and colours in their notes with them. This module is the readers' only way to
the label tables.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from tiltak._enums import PlanKind, PlanStatus, StatusColour
from tiltak._i18n import pgettext
from tiltak._names import colour_name, field_label, kind_name, status_name
from tiltak._xlsx import TEMPLATE_COLUMNS

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "LANGUAGES",
    "colour_label",
    "colour_words",
    "field_words",
    "fold",
    "kind_label",
    "kind_words",
    "status_words",
    "template_headers",
]

LANGUAGES = ("nb", "nn", "sv", "en")
"""The languages whose words the readers know."""


def fold(text: str) -> str:
    """``text`` for matching: NFC, case-folded, inner white space single, no end colon."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = " ".join(text.split())
    return text.strip(" :*.\u00a0")


def kind_label(kind: PlanKind, locale: str) -> str:
    """The name of ``kind`` in ``locale``."""
    return kind_name(kind, locale=locale)


def colour_label(colour: StatusColour, locale: str) -> str:
    """The name of ``colour`` in ``locale``."""
    return colour_name(colour, locale=locale)


@cache
def kind_words() -> Mapping[str, PlanKind]:
    """Every kind's name in every language, folded."""
    return MappingProxyType(
        {fold(kind_label(kind, code)): kind for code in LANGUAGES for kind in PlanKind}
    )


@cache
def colour_words() -> Mapping[str, StatusColour]:
    """Every colour's name in every language, folded."""
    return MappingProxyType(
        {fold(colour_label(colour, code)): colour for code in LANGUAGES for colour in StatusColour}
    )


@cache
def status_words() -> Mapping[str, PlanStatus]:
    """Every plan status's name in every language, folded."""
    return MappingProxyType(
        {
            fold(status_name(status, locale=code)): status
            for code in LANGUAGES
            for status in PlanStatus
        }
    )


@cache
def field_words(names: tuple[str, ...]) -> Mapping[str, str]:
    """The labels of the fields ``names`` in every language, folded, to the field's name."""
    return MappingProxyType(
        {fold(field_label(name, locale=code)): name for code in LANGUAGES for name in names}
    )


@cache
def template_headers() -> Mapping[str, int]:
    """The measures sheet's own column headers in every language, folded, to their column."""
    return MappingProxyType(
        {
            fold(pgettext("template column", message, locale=code)): index
            for code in LANGUAGES
            for index, message in enumerate(TEMPLATE_COLUMNS)
        }
    )
