"""Document order: where a JSON path such as ``$.measures[2].responsible`` sits in a plan."""

from __future__ import annotations

import functools
import re
import typing
from typing import Any

import attrs

from ._model import Plan

__all__ = ["format_keys", "path_key"]

_SEGMENT = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_UNKNOWN = 1_000_000

Key = tuple[tuple[int, str], ...]


def _attrs_class(annotation: Any) -> type | None:
    if isinstance(annotation, type) and attrs.has(annotation):
        return annotation
    for arg in typing.get_args(annotation):
        found = _attrs_class(arg)
        if found is not None:
            return found
    return None


@functools.cache
def _fields(cls: type) -> dict[str, tuple[int, type | None]]:
    hints = typing.get_type_hints(cls)
    return {
        field.name: (index, _attrs_class(hints.get(field.name)))
        for index, field in enumerate(attrs.fields(cls))
    }


@functools.lru_cache(maxsize=8192)
def path_key(path: str) -> Key:
    """A sort key that puts paths in the order their places appear in a plan.

    Fields sort in the order the model declares them, items by index; a path sorts before
    the paths inside it. Names the model does not know sort after those it does, by name.
    """
    cls: type | None = Plan
    out: list[tuple[int, str]] = []
    # findall gives each segment's two groups, "" for the one that did not take part
    # (neither can match empty): a third quicker than a Match object per segment.
    for name, index in _SEGMENT.findall(path, 1 if path.startswith("$") else 0):
        if index:
            out.append((int(index), ""))
            continue
        known = _fields(cls) if cls is not None else {}
        position, cls = known.get(name, (_UNKNOWN, None))
        out.append((position, "" if position != _UNKNOWN else name))
    return tuple(out)


@functools.cache
def format_keys() -> frozenset[str]:
    """Every key the format defines: the fields of every class a plan holds, and ``format``.

    A path names these keys as they are; any other key (of ``extensions``, or unknown) may
    hold what a value would, and is shown only by its shape.
    """
    keys = {"format"}
    todo: list[type] = [Plan]
    seen: set[type] = set()
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            keys.add(field.name)
            inner = _attrs_class(hints.get(field.name))
            if inner is not None:
                todo.append(inner)
    return frozenset(keys)
