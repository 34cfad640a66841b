"""Showing plan values without leaking them: short excerpts and type-only placeholders.

Plans hold personal data. A representation shows identifiers, kinds, dates, colours and
counts in full, an excerpt of at most :data:`EXCERPT_LENGTH` characters of a label (a plan's
title, a goal's text, a measure's title), and nothing but ``<str>`` of any other text.
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


def _show(field: attrs.Attribute[Any], value: Any) -> str:
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
