"""The built-in rule catalogue, loaded on first use (checks live in one module per kind)."""

from __future__ import annotations

import functools

from ._core import Rule

__all__ = ["builtin"]

_GROUPS = "PFAGISVOR"
"""Common rules first, then each kind in the order of the catalogue."""


@functools.cache
def builtin() -> tuple[Rule, ...]:
    """Every built-in rule, common rules first, then each kind's, by code."""
    from . import (  # noqa: F401, PLC0415 - importing a module declares its rules, on first use
        action,
        common,
        coordinated,
        follow_up,
        identity,
        implementation,
        individual,
        operational,
        results,
        return_to_work,
    )
    from ._define import BUILTIN  # noqa: PLC0415 - the catalogue loads on first use

    return tuple(sorted(BUILTIN.values(), key=lambda r: (_GROUPS.find(r.code[0]), r.code)))
