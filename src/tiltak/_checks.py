"""Structural checks for model constructors: the type is right, nothing more.

Missing content is never refused here; that is the validator's business. Messages name the
field and the types, never the value (plans hold personal data).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import sys
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ._errors import ModelError, ModelTypeError, drop_context
from ._frozen import frozen
from ._shape import shape
from ._text import NOT_UNICODE, NOT_UNICODE_KEY, has_surrogate

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

Check = Callable[[Any, Any, Any], None]

MAX_INT = 2**53 - 1
"""The largest integer a model field holds (``order``, a meeting's ``number``): the largest
every JSON reader reads exactly (RFC 8259 § 6), and well inside a 64-bit column."""


@functools.cache
def _digit_bound(limit: int) -> int:
    bound: int = 10**limit
    return bound


def writable_int(value: int) -> bool:
    """Whether Python can write ``value`` as text (see :func:`sys.set_int_max_str_digits`)."""
    if value.bit_length() < 3000:  # fewer than 904 digits: under any limit Python allows
        return True
    limit = sys.get_int_max_str_digits()
    return limit == 0 or abs(value) < _digit_bound(limit)


def _where(inst: object, attr: Any) -> str:
    return f"{type(inst).__name__}.{attr.name}"


def _kind(value: object) -> str:
    return type(value).__name__


def _accepts(types: tuple[type, ...]) -> Callable[[object], bool]:
    """A test for instances of ``types``; a ``bool`` is no ``int``, a ``datetime`` no ``date``."""
    strict_int = int in types and bool not in types
    strict_date = dt.date in types and dt.datetime not in types

    def accepts(value: object) -> bool:
        return (
            isinstance(value, types)
            and not (strict_int and isinstance(value, bool))
            and not (strict_date and isinstance(value, dt.datetime))
        )

    return accepts


def is_(*types: type) -> Check:
    """A check that the value is an instance of one of ``types`` (``bool`` is not an ``int``)."""
    names = " or ".join(t.__name__ for t in types)
    accepts = _accepts(types)
    bounded = int in types and bool not in types

    def check(inst: object, attr: Any, value: object) -> None:
        if not accepts(value):
            raise ModelTypeError(f"{_where(inst, attr)} must be {names}, not {_kind(value)}")
        if type(value) is str and has_surrogate(value):
            raise ModelError(f"{_where(inst, attr)} holds {NOT_UNICODE}")
        if bounded and type(value) is int and not -MAX_INT <= value <= MAX_INT:
            raise ModelError(f"{_where(inst, attr)} must be from {-MAX_INT} to {MAX_INT}")

    return check


def opt(*types: type) -> Check:
    """Like :func:`is_`, and ``None`` is allowed."""
    inner = is_(*types)

    def check(inst: object, attr: Any, value: object) -> None:
        if value is not None:
            inner(inst, attr, value)

    return check


def each(*types: type) -> Check:
    """A check that every item of a tuple is one of ``types``, as :func:`is_` checks one."""
    names = " or ".join(t.__name__ for t in types)
    accepts = _accepts(types)

    def check(inst: object, attr: Any, value: tuple[object, ...]) -> None:
        for i, item in enumerate(value):
            if not accepts(item):
                raise ModelTypeError(
                    f"{_where(inst, attr)}[{i}] must be {names}, not {_kind(item)}"
                )
            if type(item) is str and has_surrogate(item):
                raise ModelError(f"{_where(inst, attr)}[{i}] holds {NOT_UNICODE}")

    return check


_TYPE_CHECKS = frozenset(make(str).__code__ for make in (is_, opt, each))


def checks_types_only(validator: object) -> bool:
    """Whether ``validator`` was made by :func:`is_`, :func:`opt` or :func:`each`.

    Such a check looks at types, surrogates and integer bounds and nothing else, so a reader
    that has checked those itself may skip it.
    """
    return getattr(validator, "__code__", None) in _TYPE_CHECKS


@drop_context
def enum_value(enum_type: type[E], value: E | str) -> E:
    """The member of ``enum_type`` that is ``value`` or has it as its value."""
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum_type)
        raise ModelError(f"{enum_type.__name__} must be one of {allowed}") from None


JsonValue = None | bool | int | float | str | tuple["JsonValue", ...] | Mapping[str, "JsonValue"]
"""A JSON value as tiltak keeps it: arrays are tuples, objects read-only mappings."""

_EMPTY: Mapping[str, JsonValue] = frozen({})
_MAX_DEPTH = 256


def freeze_json(value: object) -> Mapping[str, JsonValue]:
    """Copy an integrator's JSON object into an immutable one; refuse what JSON cannot hold."""
    if value is None or (isinstance(value, Mapping) and not value):
        return _EMPTY
    if not isinstance(value, Mapping):
        raise ModelTypeError(f"extensions must be a mapping, not {_kind(value)}")
    frozen = _freeze(value, "extensions", 0)
    assert isinstance(frozen, Mapping)
    return frozen


def _freeze(value: Any, where: str, depth: int) -> JsonValue:
    if depth > _MAX_DEPTH:
        raise ModelError(f"{where} is nested deeper than {_MAX_DEPTH} levels")
    if isinstance(value, str):
        if has_surrogate(value):
            raise ModelError(f"{where} holds {NOT_UNICODE}")
        return value
    if isinstance(value, int) and not isinstance(value, bool) and not writable_int(value):
        raise ModelError(f"{where} holds an integer with more digits than Python writes")
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ModelError(f"{where} holds a number JSON cannot represent")
        return value
    if isinstance(value, Mapping):
        out: dict[str, JsonValue] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ModelTypeError(f"{where} has a key of type {_kind(key)}, not str")
            if has_surrogate(key):
                raise ModelError(f"{where} has {NOT_UNICODE_KEY}")
            # An integrator's key may hold what a value would: shown by its shape only.
            out[key] = _freeze(item, f"{where}[{shape(key)}]", depth + 1)
        return frozen(out)
    if isinstance(value, list | tuple):
        return tuple(_freeze(item, f"{where}[{i}]", depth + 1) for i, item in enumerate(value))
    raise ModelTypeError(f"{where} holds a {_kind(value)}, which is not JSON")


def thaw_json(value: JsonValue) -> Any:
    """The plain ``dict``/``list`` form of a frozen JSON value, for serialisation."""
    if isinstance(value, Mapping):
        return {key: thaw_json(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [thaw_json(item) for item in value]
    return value
