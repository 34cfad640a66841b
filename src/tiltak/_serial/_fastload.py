"""A fast path from parsed JSON to model objects, for documents that are valid.

The detailed pass (the cattrs converter of :mod:`._converter`) names every problem of a
broken document, and that care costs time on the documents that have none. The functions
generated here check each value exactly (the same types as the model's validators, no
coercion) and build the objects without running those validators again. At the first thing
they do not expect they raise :class:`Fallback`, and the caller runs the detailed pass, which
then reports every problem. The fast path accepts a subset of what the detailed pass accepts
and builds equal objects; ``tests/test_fastload.py`` holds it to that.

Objects are built without ``__init__``: their slots are set on a plain twin of the class,
which then becomes the class (:func:`tiltak._frozen.twin`). That skips only the attrs
validators and converters, whose work the generated code has done. Partial dates are
checked against the calendar here, as their validator does. A schedule whose rule is
plain (:data:`._schedule.PLAIN_RULE`, valid from any start) or otherwise known valid from its
text and start (:func:`tiltak._time._rulecheck.known_valid`) is built directly too; any other
is built by :class:`Schedule` itself, once per distinct start and rule in a document. A class
with any other validator is built through its ``__init__``.

The other way, generated functions write a plan as JSON data (:func:`unstructure_function`,
never ``attrs.asdict``) or straight as JSON text (:func:`text_function`).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from tiltak import _model
from tiltak._checks import _EMPTY, _MAX_DEPTH, MAX_INT, checks_types_only, thaw_json, writable_int
from tiltak._frozen import frozen, maker, twin
from tiltak._text import has_surrogate
from tiltak._time._dates import PartialDate, to_opt_partial_date
from tiltak._time._rrule import PLAIN_RULE
from tiltak._time._rulecheck import known_valid
from tiltak._time._schedule import Schedule

__all__ = ["Fallback", "Reading", "structure_function", "text_function", "unstructure_function"]


class Fallback(Exception):  # noqa: N818 - a signal, not an error anyone sees
    """The fast path met something it does not expect: run the detailed pass instead."""


class Reading:
    """What one fast read keeps as it goes.

    ``keys`` counts the keys of every object read, ``colons`` the colons in the strings
    that functions generated with ``colons`` read (and in the keys and strings of
    extensions); ``exact_floats`` says whether a float in
    ``extensions`` is what the standard library reads (orjson reads an integer beyond 64 bits
    as a float); ``met_float`` records that one was met. Equal dates, partial dates and
    schedules in one document share one (immutable) object, made and checked once:
    ``dates`` and ``partial_dates`` by their text, ``made`` by the arguments of the rest.
    """

    __slots__ = (
        "colons",
        "dates",
        "exact_floats",
        "keys",
        "made",
        "met_float",
        "partial_dates",
        "text",
    )

    def __init__(
        self, *, keys: int = 0, exact_floats: bool = True, text: str | None = None
    ) -> None:
        self.text = text
        """The text read, when there is one: looked at only for a float that reads as 0."""
        self.keys = keys
        self.colons = 0
        self.exact_floats = exact_floats
        self.met_float = False
        self.dates: dict[str, dt.date] = {}
        self.partial_dates: dict[str, PartialDate] = {}
        self.made: dict[object, Any] = {}


def _date(value: object, r: Reading) -> dt.date:
    """The date of an ISO ``YYYY-MM-DD`` text."""
    if type(value) is not str:
        raise Fallback
    dates = r.dates
    day = dates.get(value)
    if day is not None:
        return day
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise Fallback
    try:
        day = _fromisoformat(value)
    except ValueError:
        raise Fallback from None
    dates[value] = day
    return day


_fromisoformat = dt.date.fromisoformat
"""Given ten characters with ``-`` fifth and eighth, it reads ``YYYY-MM-DD`` of ASCII digits
and nothing else (``tests/test_fastload.py`` holds it to that on every Python)."""
_PARTIAL_PARTS = re.compile(r"([0-9]{4})(?:-([0-9]{2}))?").fullmatch
_make_partial_date = maker(PartialDate)


def _partial_date(value: object, r: Reading) -> PartialDate:
    """The partial date of an ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` text.

    The checks are :class:`PartialDate`'s own: a year from 1 to 9999, a month from 1 to 12, a
    day of that month (the calendar's, through :meth:`datetime.date.fromisoformat`).
    """
    if type(value) is not str:
        raise Fallback
    partial_dates = r.partial_dates
    parsed = partial_dates.get(value)
    if parsed is not None:
        return parsed
    day: int | None = None
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            full = _fromisoformat(value)
        except ValueError:
            raise Fallback from None
        year, month, day = full.year, full.month, full.day
    else:
        match = _PARTIAL_PARTS(value)
        if match is None:
            raise Fallback
        year_text, month_text = match.groups()
        year = int(year_text)
        if not 1 <= year <= 9999:
            raise Fallback
        month = None
        if month_text is not None:
            month = int(month_text)
            if not 1 <= month <= 12:
                raise Fallback
    parsed = _make_partial_date(year, month, day)
    partial_dates[value] = parsed
    return parsed


_SCHEDULE_KEYS = frozenset(("start", "rule"))


def _schedule(value: object, r: Reading) -> Schedule:
    """The schedule of ``{"start": ..., "rule": ...}``, built and checked by :class:`Schedule`.

    Whether a rule is valid can depend on its start date (dateutil fills the parts a rule
    leaves out from it), so each distinct pair is checked, once per document.
    """
    if type(value) is not dict or not value.keys() <= _SCHEDULE_KEYS:
        raise Fallback
    r.keys += len(value)
    start = _date(value.get("start"), r)
    rule = value.get("rule")
    if type(rule) is not str:
        raise Fallback
    key = (Schedule, start, rule)
    schedule = r.made.get(key)
    if schedule is None:
        if _PLAIN_RULE(rule) is not None or known_valid(start, rule):  # no need for dateutil
            schedule = _make_schedule(start, rule)
        else:
            try:
                schedule = Schedule(start=start, rule=rule)
            except Exception:  # the careful pass will say what it was
                raise Fallback from None
        r.made[key] = schedule
    return schedule


_PLAIN_RULE = PLAIN_RULE.fullmatch
_make_schedule = maker(Schedule)


def _extensions(value: object, r: Reading) -> Mapping[str, Any]:
    if type(value) is not dict:
        raise Fallback
    if not value:
        return _EMPTY
    frozen: Mapping[str, Any] = _freeze(value, 0, r)
    return frozen


def _freeze(value: Any, depth: int, r: Reading) -> Any:
    """The frozen copy of JSON data, as :func:`._checks.freeze_json` makes it.

    Counts the keys of every object and the colons of every key and string; a float raises
    :class:`Fallback` unless the parser read it exactly (see :class:`Reading`).
    """
    if depth > _MAX_DEPTH:
        raise Fallback
    kind = type(value)
    if kind is str:
        if not value.isascii() and has_surrogate(value):
            raise Fallback
        if ":" in value:
            r.colons += value.count(":")
        return value
    if kind is int:
        if value.bit_length() >= 3000 and not writable_int(value):
            raise Fallback
        return value
    if value is None or kind is bool:
        return value
    if kind is dict:
        r.keys += len(value)
        out = {}
        for key, item in value.items():
            if type(key) is not str or (not key.isascii() and has_surrogate(key)):
                raise Fallback
            if ":" in key:
                r.colons += key.count(":")
            out[key] = _freeze(item, depth + 1, r)
        return frozen(out)
    if kind is list:
        return tuple([_freeze(item, depth + 1, r) for item in value])
    if kind is float:
        r.met_float = True
        if value == 0.0 and r.text is not None and _UNDERFLOW.search(r.text):
            raise Fallback  # perhaps a 1e-400 read as 0: the careful reader says which
        if r.exact_floats and math.isfinite(value):
            return value
    raise Fallback


_UNDERFLOW = re.compile(r"[eE]-0*[0-9]{3}")
"""An exponent of -100 or less: a number so small that it may have been read as 0."""

# Classes whose validators check more than the type (a real date, a valid rule, a degree
# from 1 to 100): always built through ``__init__``.
_INIT_CLASSES: tuple[type, ...] = (PartialDate, Schedule, _model.SickLeave)

# The converters the generated code stands in for: they return a value of the right type
# unchanged (or, for ``extensions``, freeze it as the generated code already has). Known by
# the functions themselves, so that renaming one fails here at import, not quietly later.
# A class with any other validator or converter than these and the type checks of
# :mod:`tiltak._checks`, or with a post-init hook, is built through its ``__init__``.
_PASS_CONVERTERS = frozenset(
    {
        _model._tuple,
        _model._extensions,
        _model._kind,
        _model._party,
        _model._goal_origin,
        _model._jurisdiction,
        _model._results_part,
        _model._colour,
        _model._direction,
        _model._effort,
        _model._absence,
        _model._plan_status,
        _model._language,
        to_opt_partial_date,
    }
)


def _built_by_init(cls: type) -> bool:
    """Whether ``cls`` must be built through ``__init__``: its checks are more than types."""
    if cls in _INIT_CLASSES or hasattr(cls, "__attrs_post_init__"):
        return True
    for field in attrs.fields(cls):
        validator = field.validator
        if validator is not None and not checks_types_only(validator):
            return True
        converter = field.converter
        if converter is not None and converter not in _PASS_CONVERTERS:
            return True
    return False


def _absent_value(cls: type, field: attrs.Attribute[Any]) -> object:
    """What the constructor stores for a field the document leaves out."""
    default: Any = field.default
    value = default.factory() if isinstance(default, attrs.Factory) else default  # type: ignore[arg-type]
    if field.converter is not None:
        value = field.converter(value)  # type: ignore[operator]
    if isinstance(value, dict | list | set):
        raise TypeError(f"{cls.__name__}.{field.name} has a mutable default")
    return value


def _is_object(tp: Any) -> bool:
    """Whether values of ``tp`` are written as JSON objects (attrs classes, not dates)."""
    return isinstance(tp, type) and attrs.has(tp) and tp is not PartialDate


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _shareable(cls: type, hints: dict[str, Any]) -> bool:
    """Whether objects built from equal arguments may be shared.

    The arguments must be hashable, and equal only when they are alike (not ``1 == True``).
    """
    for field in attrs.fields(cls):
        tp, _ = _unwrap_optional(hints[field.name])
        if not (tp in (str, dt.date, PartialDate) or _is_enum(tp)):
            return False
    return True


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(args) < len(typing.get_args(tp)):
            return args[0], True
    return tp, False


_ABSENT = object()
"""A key's lookup gives it for a missing key, where the field's default is not ``None``."""


class _Generator:
    """Writes the source of one function per class, then compiles them together.

    Each subclass says what a class's function does (:meth:`_class_source`); a function
    calls those of the classes it holds by the names :meth:`function_for` gives.
    """

    prefix = ""
    """What the functions' names start with: ``structure``, ``unstructure``, ``text``."""
    filename = ""
    """What tracebacks name as the generated code's file."""

    def __init__(self, key: Callable[[str], str], namespace: dict[str, Any]) -> None:
        self.key = key
        self.names: dict[type, str] = {}
        self.sources: list[str] = []
        self.namespace = namespace

    def function_for(self, cls: type) -> str:
        """The name of ``cls``'s function, whose source is written on first asking."""
        if cls not in self.names:
            self.names[cls] = name = f"{self.prefix}_{cls.__name__}"
            self.sources.append(self._class_source(cls, name))
        return self.names[cls]

    def _class_source(self, cls: type, name: str) -> str:
        raise NotImplementedError

    def compile(self) -> None:
        code = compile("\n\n".join(self.sources), self.filename, "exec")
        exec(code, self.namespace)

    def generated(self, cls: type) -> Any:
        """The compiled function of ``cls``."""
        name = self.function_for(cls)
        self.compile()
        return self.namespace[name]


class _Builder(_Generator):
    """Writes the source of one structure function per class, then compiles them together."""

    prefix = "structure"
    filename = "<tiltak fast structure>"

    def __init__(
        self,
        key: Callable[[str], str],
        *,
        surrogates: bool = True,
        consume: bool = False,
        colons: bool = False,
        twins: bool = True,
    ) -> None:
        self.surrogates = surrogates
        self.consume = consume
        self.colons = colons
        self.twins = twins
        super().__init__(
            key,
            {
                "Fallback": Fallback,
                "_date": _date,
                "_partial_date": _partial_date,
                "_schedule": _schedule,
                "_extensions": _extensions,
                "_new": object.__new__,
                "_absent": _ABSENT,
                "_tuple": tuple,
                "_surrogate": has_surrogate,
            },
        )

    def function_for(self, cls: type) -> str:
        self.namespace[cls.__name__] = cls
        return super().function_for(cls)

    def _global(self, name: str, value: object) -> str:
        self.namespace[name] = value
        return name

    def _unpaired(self, var: str) -> str:
        """The rest of the condition that refuses a string: one holding a lone surrogate."""
        return f" or (not {var}.isascii() and _surrogate({var}))" if self.surrogates else ""

    def _count_colons(self, var: str, lines: list[str], indent: str) -> None:
        """The line that counts the colons of the string ``var``, when the builder counts."""
        if self.colons:
            lines.append(f"{indent}if ':' in {var}: r.colons += {var}.count(':')")

    def _check(self, tp: Any, var: str, where: str, lines: list[str], indent: str) -> None:
        """Lines that check ``var`` (not ``None``) as ``tp`` and leave the model value in it."""
        if tp is str:
            lines.append(f"{indent}if type({var}) is not str{self._unpaired(var)}: raise Fallback")
            self._count_colons(var, lines, indent)
        elif tp is int:
            lines.append(
                f"{indent}if type({var}) is not int or not {-MAX_INT} <= {var} <= {MAX_INT}:"
                " raise Fallback"
            )
        elif tp is bool:
            lines.append(f"{indent}if {var} is not True and {var} is not False: raise Fallback")
        elif tp is dt.date:
            lines.append(f"{indent}{var} = _date({var}, r)")
        elif tp is PartialDate:
            lines.append(f"{indent}{var} = _partial_date({var}, r)")
        elif isinstance(tp, type) and issubclass(tp, enum.Enum):
            table = self._global(
                f"_members_{tp.__name__}",
                {m.value: m for m in tp if isinstance(m.value, str)},
            )
            lines.append(f"{indent}if type({var}) is not str: raise Fallback")
            lines.append(f"{indent}{var} = {table}.get({var})")
            lines.append(f"{indent}if {var} is None: raise Fallback")
        elif tp is Schedule:
            lines.append(f"{indent}{var} = _schedule({var}, r)")
        elif isinstance(tp, type) and attrs.has(tp):
            lines.append(f"{indent}{var} = {self.function_for(tp)}({var}, r)")
        elif typing.get_origin(tp) is tuple:
            item_type, ellipsis = typing.get_args(tp)
            if ellipsis is not Ellipsis:
                raise TypeError(f"no fast path for {tp!r} at {where}")
            lines.append(f"{indent}if type({var}) is not list: raise Fallback")
            if item_type is str:
                lines.append(f"{indent}for _i in {var}:")
                lines.append(
                    f"{indent}    if type(_i) is not str{self._unpaired('_i')}: raise Fallback"
                )
                self._count_colons("_i", lines, indent + "    ")
                lines.append(f"{indent}{var} = _tuple({var})")
            else:
                item_lines: list[str] = []
                self._check(item_type, "_i", where, item_lines, "")
                if len(item_lines) == 1 and item_lines[0].startswith("_i = "):
                    call = item_lines[0][len("_i = ") :]
                    lines.append(f"{indent}{var} = _tuple([{call} for _i in {var}])")
                else:
                    raise TypeError(f"no fast path for {tp!r} at {where}")
        elif typing.get_origin(tp) in (Mapping, typing.Mapping) or tp is Mapping:
            lines.append(f"{indent}{var} = _extensions({var}, r)")
        else:
            raise TypeError(f"no fast path for {tp!r} at {where}")

    def _class_source(self, cls: type, name: str) -> str:
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        keys = {self.key(f.name): f for f in fields}
        by_init = _built_by_init(cls)
        made = None if by_init or not self.twins else twin(cls)
        lines = [f"def {name}(d, r):", "    if type(d) is not dict: raise Fallback"]
        if not self.consume:
            known = self._global(f"_keys_{cls.__name__}", frozenset(keys))
            lines.append(f"    if not d.keys() <= {known}: raise Fallback")
        lines.append("    r.keys += len(d)")
        if made is not None:
            lines.append(f"    o = {self._global(f'_twin_{cls.__name__}', made)}()")
        elif not by_init:
            lines.append(f"    o = _new({cls.__name__})")
        arguments = []
        for key, field in keys.items():
            var = f"v_{field.name}"
            self._read_field(cls, key, field, hints[field.name], lines)
            if by_init:
                arguments.append(f"{field.name}={var}")
            elif made is not None:
                lines.append(f"    o.{field.name} = {var}")
            else:
                setter = self._global(
                    f"_set_{cls.__name__}_{field.name}", getattr(cls, field.name).__set__
                )
                lines.append(f"    {setter}(o, {var})")
        if self.consume:
            lines.append("    if d: raise Fallback")  # what is left was not a field's
        if by_init:
            self._init_tail(cls, hints, arguments, lines)
        else:
            if made is not None:
                lines.append(f"    o.__class__ = {cls.__name__}")
            lines.append("    return o")
        return "\n".join(lines)

    def _read_field(
        self, cls: type, key: str, field: attrs.Attribute[Any], hint: Any, lines: list[str]
    ) -> None:
        """Lines that take the field's value from ``d`` into ``v_<name>``, checked."""
        tp, optional = _unwrap_optional(hint)
        take = "pop" if self.consume else "get"
        var = f"v_{field.name}"
        where = f"{cls.__name__}.{field.name}"
        if field.default is attrs.NOTHING:
            lines.append(f"    {var} = d.{take}({key!r}, Fallback)")
            self._check(tp, var, where, lines, "    ")
        elif optional and _absent_value(cls, field) is None:
            lines.append(f"    {var} = d.{take}({key!r}{', None' if self.consume else ''})")
            if tp is str and not self.surrogates:  # one test when a string is there
                lines.append(
                    f"    if type({var}) is not str and {var} is not None: raise Fallback"
                )
                if self.colons:
                    lines.append(f"    if {var} and ':' in {var}: r.colons += {var}.count(':')")
            else:
                lines.append(f"    if {var} is not None:")
                self._check(tp, var, where, lines, "        ")
        else:
            default = self._global(
                f"_default_{cls.__name__}_{field.name}", _absent_value(cls, field)
            )
            lines.append(f"    {var} = d.{take}({key!r}, _absent)")
            lines.append(f"    if {var} is _absent:")
            lines.append(f"        {var} = {default}")
            if optional:
                lines.append(f"    elif {var} is not None:")
            else:
                lines.append("    else:")
            self._check(tp, var, where, lines, "        ")

    def _init_tail(
        self, cls: type, hints: dict[str, Any], arguments: list[str], lines: list[str]
    ) -> None:
        """The lines that build ``cls`` through its ``__init__``, sharing equal objects."""
        if _shareable(cls, hints):
            # Equal arguments build equal (immutable) objects: one document shares one.
            key_tuple = f"({cls.__name__}, " + "".join(f"{a.split('=')[1]}, " for a in arguments)
            lines.append(f"    k = {key_tuple})")
            lines.append("    o = r.made.get(k)")
            lines.append("    if o is not None: return o")
            lines.append("    try:")
            lines.append(f"        o = {cls.__name__}({', '.join(arguments)})")
            lines.append("    except Exception:")  # the careful pass will say what it was
            lines.append("        raise Fallback from None")
            lines.append("    r.made[k] = o")
            lines.append("    return o")
        else:
            lines.append("    try:")
            lines.append(f"        return {cls.__name__}({', '.join(arguments)})")
            lines.append("    except Exception:")  # the careful pass will say what it was
            lines.append("        raise Fallback from None")


def structure_function(
    cls: type,
    *,
    key: Callable[[str], str] = str,
    surrogates: bool = True,
    consume: bool = False,
    colons: bool = False,
    twins: bool = True,
) -> Callable[[Any, Reading], Any]:
    """The generated fast structure function of an attrs class (and every class it holds).

    ``key`` maps an attribute name to its key in the document. Without ``surrogates`` the
    function does not look for lone surrogates in strings: for data whose parser refused them.
    With ``consume`` it empties each object it reads (quicker: a key left over was not a
    field's), for data nobody else holds. With ``colons`` it counts the colons in the strings
    it reads (:attr:`Reading.colons`). Without ``twins`` it sets each slot through the
    class's own descriptor (see :func:`tiltak._frozen.twin`).
    """
    builder = _Builder(key, surrogates=surrogates, consume=consume, colons=colons, twins=twins)
    function: Callable[[Any, Reading], Any] = builder.generated(cls)
    return function


class _Writer(_Generator):
    """Writes the source of one unstructure function per class (model object to JSON data)."""

    prefix = "unstructure"
    filename = "<tiltak fast unstructure>"

    def __init__(
        self,
        key: Callable[[str], str],
        omit: Callable[[type, str, Any], bool],
        thaw: Callable[[Any], Any],
        native: bool,
        items: tuple[int, Callable[[Callable[[Any], Any], tuple[Any, ...]], Any]] | None,
    ) -> None:
        super().__init__(
            key,
            {"_thaw": thaw, "_list": list, "_items": items and items[1], "_day": dt.date},
        )
        self.omit = omit
        self.native = native
        self.items = items

    def _expression(self, tp: Any, var: str, where: str) -> str:
        if tp in (str, int, bool):
            return var
        if tp is dt.date and self.native:
            return var
        if tp is PartialDate and self.native:  # a full one as a date, which orjson writes in C
            return (
                f"(_day({var}.year, {var}.month, {var}.day)"
                f" if {var}.day is not None else {var}.isoformat())"
            )
        if tp is dt.date or tp is PartialDate:
            return f"{var}.isoformat()"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return f"{var}._value_"  # the attribute behind ``value``, without its descriptor
        if isinstance(tp, type) and attrs.has(tp):
            return f"{self.function_for(tp)}({var})"
        if typing.get_origin(tp) is tuple:
            item_type, _ = typing.get_args(tp)
            if item_type is str:
                return var if self.native else f"_list({var})"  # orjson writes a tuple itself
            each = f"[{self._expression(item_type, '_i', where)} for _i in {var}]"
            if self.items is not None and _is_object(item_type):
                function = self.function_for(item_type)
                return f"({each} if len({var}) <= {self.items[0]} else _items({function}, {var}))"
            return each
        if typing.get_origin(tp) in (Mapping, typing.Mapping) or tp is Mapping:
            return f"_thaw({var})"
        raise TypeError(f"no fast path for {tp!r} at {where}")

    def _class_source(self, cls: type, name: str) -> str:
        hints = typing.get_type_hints(cls)
        lines = [f"def {name}(o):", "    d = {}"]
        for field in attrs.fields(cls):
            tp, optional = _unwrap_optional(hints[field.name])
            var = f"v_{field.name}"
            where = f"{cls.__name__}.{field.name}"
            value = self._expression(tp, var, where)
            lines.append(f"    {var} = o.{field.name}")
            conditions = _omit_conditions(self.omit, cls, field, optional, var)
            indent = "    "
            if conditions:
                lines.append(f"    if {' and '.join(conditions)}:")
                indent = "        "
            lines.append(f"{indent}d[{self.key(field.name)!r}] = {value}")
        lines.append("    return d")
        return "\n".join(lines)


def unstructure_function(
    cls: type,
    *,
    key: Callable[[str], str] = str,
    omit: Callable[[type, str, Any], bool] = lambda cls, name, default: True,
    thaw: Callable[[Any], Any] = thaw_json,
    native: bool = False,
    items: tuple[int, Callable[[Callable[[Any], Any], tuple[Any, ...]], Any]] | None = None,
) -> Callable[[Any], dict[str, Any]]:
    """The generated unstructure function of an attrs class: JSON data, never ``asdict``.

    ``omit(cls, name, default)`` says whether a field holding its default is left out;
    ``thaw`` writes the frozen JSON of ``extensions``. With ``native``, dates (and partial
    dates known to the day) are left as dates and lists of strings as tuples, for a writer
    that writes them itself (orjson). ``items = (longest, write)``: a list of objects longer
    than ``longest`` is written by ``write(function, objects)`` (``function`` writes one
    object); by default, and for shorter lists, it is a list of what ``function`` gives.
    """
    function: Callable[[Any], dict[str, Any]] = _Writer(key, omit, thaw, native, items).generated(
        cls
    )
    return function


class _TextWriter(_Generator):
    """Writes the source of one function per class that returns the object's JSON text.

    The text is exactly what ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))``
    writes for the data the unstructure function gives: the same escapes, numbers and key
    order, and no space after a separator.
    """

    prefix = "text"
    filename = "<tiltak fast text>"

    def __init__(self, key: Callable[[str], str], omit: Callable[[type, str, Any], bool]) -> None:
        super().__init__(
            key,
            {
                "_s": json.encoder.encode_basestring,
                "_json": _EXTENSIONS_ENCODER.encode,
                "_thaw": thaw_json,
                "_int": int.__repr__,
            },
        )
        self.omit = omit

    def _expression(self, tp: Any, var: str, where: str) -> str:
        if tp is str:
            return f"_s({var})"
        if tp is int:
            return f"_int({var})"
        if tp is bool:
            return f"('true' if {var} else 'false')"
        if tp is dt.date or tp is PartialDate:
            return f"'\"' + {var}.isoformat() + '\"'"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            table = f"_json_{tp.__name__}"
            self.namespace[table] = {m._value_: json.dumps(m._value_) for m in tp}
            return f"{table}[{var}._value_]"
        if isinstance(tp, type) and attrs.has(tp):
            return f"{self.function_for(tp)}({var})"
        if typing.get_origin(tp) is tuple:
            item_type, _ = typing.get_args(tp)
            item = self._expression(item_type, "_i", where)
            return f"'[' + ','.join([{item} for _i in {var}]) + ']'"
        if typing.get_origin(tp) in (Mapping, typing.Mapping) or tp is Mapping:
            return f"_json(_thaw({var}))"
        raise TypeError(f"no fast path for {tp!r} at {where}")

    def _class_source(self, cls: type, name: str) -> str:
        """A function that appends the object's text to the list ``p``, piece by piece.

        Every field's piece starts with ``,``; the first piece written loses it. A nested
        object appends to the same list; each item of a list of objects is joined on its own
        first, which keeps the pieces alive at one time few.
        """
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        first_required = fields[0].default is attrs.NOTHING
        lines = [f"def {name}(o, p):", "    a = p.append", "    a('{')"]
        if not first_required:
            lines.append("    n = len(p)")
        for index, field in enumerate(fields):
            tp, optional = _unwrap_optional(hints[field.name])
            var = f"v_{field.name}"
            where = f"{cls.__name__}.{field.name}"
            lines.append(f"    {var} = o.{field.name}")
            conditions = _omit_conditions(self.omit, cls, field, optional, var)
            indent = "    "
            if conditions:
                lines.append(f"    if {' and '.join(conditions)}:")
                indent = "        "
            key = json.dumps(self.key(field.name), ensure_ascii=False) + ":"
            prefix = repr(key if index == 0 and first_required else "," + key)
            item_type = typing.get_args(tp)[0] if typing.get_origin(tp) is tuple else None
            if _is_object(tp):
                lines.append(f"{indent}a({prefix})")
                lines.append(f"{indent}{self.function_for(tp)}({var}, p)")
            elif _is_object(item_type):
                function = self.function_for(typing.cast(type, item_type))
                never_empty = var in conditions  # left out when empty
                if not never_empty:
                    lines.append(f"{indent}if {var}:")
                    indent += "    "
                lines.append(f"{indent}a({prefix} + '[')")
                lines.append(f"{indent}for _i in {var}:")
                lines.append(f"{indent}    q = []")
                lines.append(f"{indent}    {function}(_i, q)")
                lines.append(f"{indent}    a(''.join(q))")
                lines.append(f"{indent}    a(',')")
                lines.append(f"{indent}p[-1] = ']'")
                if not never_empty:
                    lines.append(f"{indent[:-4]}else:")
                    lines.append(f"{indent}a({prefix} + '[]')")
            else:
                lines.append(f"{indent}a({prefix} + {self._expression(tp, var, where)})")
        if not first_required:
            lines.append("    if len(p) > n: p[n] = p[n][1:]")
        lines.append("    a('}')")
        return "\n".join(lines)


_EXTENSIONS_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _omit_conditions(
    omit: Callable[[type, str, Any], bool],
    cls: type,
    field: attrs.Attribute[Any],
    optional: bool,
    var: str,
) -> list[str]:
    """The conditions under which a field is written (it is left out when it holds its default)."""
    conditions = []
    absent = _absent_value(cls, field) if field.default is not attrs.NOTHING else None
    if optional and omit(cls, field.name, None):
        conditions.append(f"{var} is not None")
    if field.default is not attrs.NOTHING and absent is not None and omit(cls, field.name, absent):
        if isinstance(absent, tuple | Mapping):
            conditions.append(var)
        else:
            conditions.append(f"{var} is not {absent!r}")
    return conditions


def text_function(
    cls: type,
    *,
    key: Callable[[str], str] = str,
    omit: Callable[[type, str, Any], bool] = lambda cls, name, default: True,
) -> Callable[[Any], str]:
    """The generated function that writes an attrs object as compact JSON text."""
    append: Callable[[Any, list[str]], None] = _TextWriter(key, omit).generated(cls)

    def text(obj: Any) -> str:
        pieces: list[str] = []
        append(obj, pieces)
        return "".join(pieces)

    return text
