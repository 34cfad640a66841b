"""The private cattrs converter of the JSON format: strict hooks, and problems with paths.

The generated readers (:mod:`tiltak._serial._fastload`) read almost every document; this
converter, with detailed validation, reads the rest and names every problem of a document
that is not a plan. Messages never hold a value from the document: plans hold personal data.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from types import UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

import attrs
from cattrs import Converter
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn

from tiltak._checks import _MAX_DEPTH, MAX_INT, JsonValue, thaw_json, writable_int
from tiltak._errors import MAX_PROBLEMS, ModelError, OutOfRangeError
from tiltak._frozen import frozen
from tiltak._i18n import N_
from tiltak._paths import format_keys
from tiltak._redact import shape
from tiltak._text import NOT_UNICODE, NOT_UNICODE_KEY, has_surrogate
from tiltak._time._dates import PartialDate
from tiltak._time._schedule import Schedule

__all__ = [
    "DETAILED",
    "InvalidValueError",
    "Item",
    "Message",
    "NotJson",
    "Path",
    "PathPart",
    "format_path",
    "problems_of",
]

T = TypeVar("T")
PathPart = str | int
Path = tuple[PathPart, ...]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_MISSING = object()


Message = tuple[str, Mapping[str, str | int]]
"""A problem's message id, marked with ``N_``, and the params that fill its ``{fields}``."""
Item = tuple[Path, str, Mapping[str, str | int]]
"""A problem at a path: the path, the message id and its params."""

_NO_PARAMS: Mapping[str, str | int] = {}


class InvalidValueError(ValueError):
    """Problems found by a hook, each at a path below the value the hook was given."""

    def __init__(self, items: list[Item], omitted: int = 0) -> None:
        super().__init__(items)
        self.items = items
        self.omitted = omitted
        """Problems found and not listed: past :data:`~tiltak.errors.MAX_PROBLEMS`, each item
        counts once."""


def _fail(message: str, **params: str | int) -> InvalidValueError:
    return InvalidValueError([((), message, params)])


class NotJson:
    """A stand-in the JSON reader puts where the text held something that is not JSON data."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message
        """A message id without params."""


# Scalars -------------------------------------------------------------------------------------


def _structure_str(value: object, _: object) -> str:
    if isinstance(value, str):
        if has_surrogate(value):
            raise _fail(NOT_UNICODE)
        return value
    raise _fail(N_("expected a string"))


def _structure_int(value: object, _: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        if not -MAX_INT <= value <= MAX_INT:
            raise _fail(
                N_("expected an integer from {least} to {most}"), least=-MAX_INT, most=MAX_INT
            )
        return value
    raise _fail(N_("expected an integer"))


def _structure_float(value: object, _: object) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise _fail(N_("expected a finite number"))
        return float(value)
    raise _fail(N_("expected a number"))


def _structure_bool(value: object, _: object) -> bool:
    if value is True or value is False:
        return value
    raise _fail(N_("expected true or false"))


def _structure_date(value: object, _: object) -> dt.date:
    if not isinstance(value, str) or _DATE.fullmatch(value) is None:
        raise _fail(N_("expected a date (YYYY-MM-DD)"))
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(N_("expected a date that exists (YYYY-MM-DD)")) from None


def _structure_partial_date(value: object, _: object) -> PartialDate:
    found = _partial_date(value) if isinstance(value, str) else None
    if found is None:
        raise _fail(N_("expected a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
    if found is _NO_SUCH_DAY:
        raise _fail(N_("expected a date that exists (YYYY, YYYY-MM or YYYY-MM-DD)"))
    assert isinstance(found, PartialDate)
    return found


_NO_SUCH_DAY = object()


@functools.lru_cache(maxsize=4096)
def _partial_date(value: str) -> PartialDate | object | None:
    """The partial date of a text; ``None`` unless it has the form; a marker unless it exists.

    Cached: a document, valid or not, repeats the same few dates many times over.
    """
    match = _PARTIAL_DATE.fullmatch(value)
    if match is None:
        return None
    year, month, day = (None if part is None else int(part) for part in match.groups())
    try:
        return PartialDate(year=year, month=month, day=day)  # type: ignore[arg-type]
    except ModelError:
        return _NO_SUCH_DAY


def _enum_hook(enum_type: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    members = {member.value: member for member in enum_type}
    allowed = ", ".join(repr(value) for value in members)

    def structure(value: object, _: object) -> enum.Enum:
        if isinstance(value, str):
            member = members.get(value)
            if member is not None:
                return member
        raise _fail(N_("expected one of {allowed}"), allowed=allowed)

    return structure


def _structure_schedule(value: object, _: object) -> Schedule:
    if not isinstance(value, Mapping):
        raise _fail(N_("expected an object"))
    problems: list[Item] = [
        ((_key(key),), N_("unknown key"), _NO_PARAMS)
        for key in value
        if key not in ("start", "rule")
    ]
    start = rule = None
    for name, hook in (("start", _structure_date), ("rule", _structure_str)):
        item = value.get(name, _MISSING)
        if item is _MISSING:
            problems.append(((name,), N_("required field missing"), _NO_PARAMS))
            continue
        try:
            structured = hook(item, None)
        except InvalidValueError as exc:
            problems.extend(
                ((name, *where), message, params) for where, message, params in exc.items
            )
            continue
        if name == "start":
            start = structured
        else:
            rule = structured
    if problems:
        raise InvalidValueError(problems)
    assert isinstance(start, dt.date)
    assert isinstance(rule, str)
    try:
        return Schedule(start=start, rule=rule)
    except ModelError:
        raise InvalidValueError(
            [(("rule",), N_("expected the value of one RRULE, such as FREQ=MONTHLY"), _NO_PARAMS)]
        ) from None


# Extensions: arbitrary JSON, kept verbatim ---------------------------------------------------


def _structure_extensions(value: object, _: object) -> Mapping[str, JsonValue]:
    if not isinstance(value, Mapping):
        raise _fail(N_("expected an object"))
    problems: list[Item] = []
    frozen = _freeze(value, (), 0, problems)
    if problems:
        raise InvalidValueError(problems)
    assert isinstance(frozen, Mapping)
    return frozen


def _freeze(value: object, where: Path, depth: int, problems: list[Item]) -> JsonValue:
    if depth > _MAX_DEPTH:
        problems.append((where, N_("nested deeper than {depth} levels"), {"depth": _MAX_DEPTH}))
        return None
    if isinstance(value, str):
        if has_surrogate(value):
            problems.append((where, NOT_UNICODE, _NO_PARAMS))
        return value
    if isinstance(value, int) and not isinstance(value, bool) and not writable_int(value):
        problems.append((where, N_("an integer with too many digits"), _NO_PARAMS))
        return value
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            problems.append((where, N_("a number JSON cannot represent"), _NO_PARAMS))
        return value
    if isinstance(value, Mapping):
        out: dict[str, JsonValue] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                problems.append((where, N_("an object key that is not a string"), _NO_PARAMS))
                continue
            if has_surrogate(key):
                problems.append((where, NOT_UNICODE_KEY, _NO_PARAMS))
                continue
            out[key] = _freeze(item, (*where, key), depth + 1, problems)
        return frozen(out)
    if isinstance(value, list | tuple):
        return tuple(
            _freeze(item, (*where, index), depth + 1, problems) for index, item in enumerate(value)
        )
    if isinstance(value, NotJson):
        problems.append((where, value.message, _NO_PARAMS))
        return None
    problems.append((where, N_("not a JSON value"), _NO_PARAMS))
    return None


# Collections and classes ---------------------------------------------------------------------


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook_factory(type_: Any, converter: Converter) -> Callable[[object, object], object]:
    if converter.detailed_validation:
        return _detailed_tuple_hook(type_, converter)
    inner = homogenous_tuple_structure_factory(type_, converter)

    def structure(value: object, type_: object = type_) -> object:
        if isinstance(value, list | tuple):
            return inner(value, type_)
        raise _fail(N_("expected an array"))

    return structure


def _detailed_tuple_hook(type_: Any, converter: Converter) -> Callable[[object, object], object]:
    """Structure an array item by item, naming the problems of the first items that have any.

    Naming a problem costs far more than reading a value: past
    :data:`~tiltak.errors.MAX_PROBLEMS` problems in one array, each further item is only
    tried the fast way, and a failing one counted.
    """
    item_type = get_args(type_)[0]
    detailed = converter.get_structure_hook(item_type)

    def structure(value: object, _: object = type_) -> object:
        if not isinstance(value, list | tuple):
            raise _fail(N_("expected an array"))
        out = []
        problems: list[Item] = []
        omitted = 0
        index = 0
        for index, item in enumerate(value):
            if len(problems) >= MAX_PROBLEMS:
                break
            try:
                out.append(detailed(item, item_type))
            except Exception as exc:
                for found in problems_of(exc, (index,)):
                    if len(found) == 2:
                        omitted += found[1]
                    else:
                        problems.append(found)
        else:
            index = len(value)
        if index < len(value):
            omitted += _count_failures(value[index:], item_type)
        if problems or omitted:
            raise InvalidValueError(problems, omitted)
        return tuple(out)

    return structure


_PLAIN = frozenset({int, float, str, bool, list, type(None)})
"""JSON's types that are no object, told apart at once (an ABC check is slow)."""


def _count_failures(items: Any, item_type: Any) -> int:
    """How many of ``items`` the fast converter refuses: each counts as one problem."""
    hook = _COUNTER.get_structure_hook(item_type)
    failures = 0
    if attrs.has(item_type):  # anything but an object is refused at once: count it so
        kinds = Counter(map(type, items))  # at C speed: a hostile array may hold millions
        objects: list[Any]
        if all(kind is dict or kind in _PLAIN for kind in kinds):
            objects = [item for item in items if type(item) is dict] if kinds[dict] else []
        else:
            objects = [item for item in items if isinstance(item, Mapping)]
        failures = len(items) - len(objects)
        items = objects
    for item in items:
        try:
            hook(item, item_type)
        except Exception:
            failures += 1
    return failures


def _class_hook_factory(cls: type[T], converter: Converter) -> Callable[[object, object], T]:
    inner = make_dict_structure_fn(cls, converter)

    def structure(value: object, type_: object = cls) -> T:
        if type(value) is dict or isinstance(value, Mapping):
            return inner(value, type_)
        raise _fail(N_("expected an object"))

    return structure


def _is_optional(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) in (Union, UnionType) and len(args) == 2 and type(None) in args


def _optional_hook_factory(type_: Any, converter: Converter) -> Callable[[object, object], object]:
    # cattrs looks the inner hook up on every call; look it up once.
    inner_type = next(arg for arg in get_args(type_) if arg is not type(None))
    inner = converter.get_structure_hook(inner_type)

    def structure(value: object, _: object) -> object:
        return None if value is None else inner(value, inner_type)

    return structure


def _is_extensions(type_: Any) -> bool:
    return get_origin(type_) is Mapping


def _make(*, detailed: bool = True) -> Converter:
    converter = Converter(
        detailed_validation=detailed,
        forbid_extra_keys=True,
        omit_if_default=True,
        unstruct_collection_overrides={tuple: list},
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook(PartialDate, _structure_partial_date)
    converter.register_structure_hook(Schedule, _structure_schedule)
    converter.register_structure_hook_func(_is_extensions, _structure_extensions)
    converter.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_hook
    )
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook_factory)
    converter.register_structure_hook_factory(_is_optional, _optional_hook_factory)
    converter.register_structure_hook_factory(
        lambda t: attrs.has(t) and t is not Schedule and t is not PartialDate,
        _class_hook_factory,
    )

    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    converter.register_unstructure_hook_func(_is_extensions, thaw_json)
    return converter


DETAILED = _make()
"""Structures with detailed validation, to name every problem of a document."""
_COUNTER = _make(detailed=False)
"""Tells only whether an item fails: counts the problems past those listed, cheaply."""


# Problems ------------------------------------------------------------------------------------


_NOT_A_STRING = "\x00<not a string>"
"""The path part of a key that is not a string (a NUL marks it: no format key holds one)."""


def _key(key: object) -> PathPart:
    return key if isinstance(key, str) else _NOT_A_STRING


def problems_of(exc: BaseException, where: Path = ()) -> Iterator[Item | tuple[Path, int]]:
    """Every problem a failed structure names, each at its path below ``where``.

    A count (a pair of a path and an ``int``) is of problems found and not named.
    """
    if isinstance(exc, ClassValidationError):
        named, others = exc.group_exceptions()
        for sub, note in named:
            yield from problems_of(sub, (*where, note.name))
        for sub in others:
            yield from problems_of(sub, where)
    elif isinstance(exc, IterableValidationError):
        indexed, rest = exc.group_exceptions()
        for sub, index_note in indexed:
            yield from problems_of(sub, (*where, index_note.index))
        for sub in rest:
            yield from problems_of(sub, where)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields, key=str):
            yield (*where, _key(key)), N_("unknown key"), _NO_PARAMS
    elif isinstance(exc, InvalidValueError):
        for below, message, params in exc.items:
            yield (*where, *below), message, params
        if exc.omitted:
            yield where, exc.omitted
    elif isinstance(exc, OutOfRangeError):
        yield (*where, exc.field), exc.message_id, _NO_PARAMS
    elif isinstance(exc, KeyError):
        yield where, N_("required field missing"), _NO_PARAMS
    else:
        yield where, N_("invalid value"), _NO_PARAMS


def format_path(path: Path) -> str:
    """The JSON path of ``path``, such as ``$.measures[2].deadline``.

    A key the format defines is named; any other key (an integrator's in ``extensions``, an
    unknown one) may hold what a value would, and is shown only by its length and the kinds
    of character in it (:func:`._redact.shape`).
    """
    known = format_keys()
    parts = ["$"]
    for part in path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif part in known:
            parts.append(f".{part}")
        elif part == _NOT_A_STRING:
            parts.append("[<not a string>]")
        else:
            parts.append(f"[{shape(part)}]")
    return "".join(parts)
