"""Showing plan values without leaking them: short excerpts and type-only placeholders.

Plans hold personal data. A representation shows identifiers, kinds, dates, colours and
counts in full, an excerpt of at most :data:`EXCERPT_LENGTH` characters of a label (a plan's
title, a goal's text, a measure's title), nothing but ``<str>`` of any other text, and only
the type of a value that identifies a person (``<date>`` of a birth date).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from tiltak._shape import (
    EXCERPT_LENGTH,
    escape_controls,
    excerpt,
    mask,
    shape,
    visible_controls,
)
from tiltak._time._dates import PartialDate

__all__ = [
    "EXCERPT_LENGTH",
    "LABEL",
    "PERSONAL",
    "escape_controls",
    "excerpt",
    "mask",
    "safe_repr",
    "shape",
    "visible_controls",
]

LABEL: Mapping[str, object] = MappingProxyType({"label": True})
"""The ``metadata`` of a field whose text a repr shows as an excerpt: a plan's title, a goal's
text, a goal area's or a measure's title. Every other text is hidden."""

PERSONAL: Mapping[str, object] = MappingProxyType({"personal": True})
"""The ``metadata`` of a field that is not text but identifies a person, as a birth date does
(the first six digits of a Norwegian national identity number): a repr shows only its type."""


def _show(field: attrs.Attribute[Any], value: Any) -> str:
    if field.metadata.get("personal"):
        return f"<{type(value).__name__}>"
    if isinstance(value, str):
        if field.name == "id":
            return repr(value)
        return repr(excerpt(value)) if field.metadata.get("label") else "<str>"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date | bool | int):
        return str(value)
    if isinstance(value, tuple):
        return f"<{len(value)}>"
    if isinstance(value, Mapping):
        return f"<{len(value)} keys>"
    if isinstance(value, PartialDate):
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
        parts.append(f"{field.name}={_show(field, value)}")
    return f"{owner}({', '.join(parts)})"
