"""Older format versions, brought up to the current one step by step.

Each step takes a document of one version and returns it in the next. ``MIGRATIONS`` lists
the steps in order; a document of version ``n`` passes through every step from ``n`` on.
There is no older version yet: ``tiltak/1`` is the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["CURRENT", "FORMAT", "MIGRATIONS", "Migration", "format_name", "migrate", "version_of"]

CURRENT = 1
"""The format version this tiltak writes and reads."""

FORMAT = f"tiltak/{CURRENT}"
"""The value of the ``format`` key of every document this tiltak writes."""

Migration = Callable[[dict[str, Any]], dict[str, Any]]
"""One step: a document of version ``n`` in, the same document in version ``n + 1`` out."""

MIGRATIONS: list[tuple[int, Migration]] = []
"""The steps, in order, each with the version it reads."""

_VERSION = re.compile(r"tiltak/([1-9][0-9]{0,8})")


def format_name(version: int) -> str:
    """The ``format`` value of a version: ``tiltak/1``."""
    return f"tiltak/{version}"


def version_of(value: object) -> int | None:
    """The version number a ``format`` value states, or ``None`` if it is malformed."""
    if not isinstance(value, str):
        return None
    match = _VERSION.fullmatch(value)
    return None if match is None else int(match.group(1))


def migrate(document: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring ``document`` from ``version`` to :data:`CURRENT` through every step in turn."""
    for from_version, step in MIGRATIONS:
        if from_version >= version:
            document = step(document)
    return document
