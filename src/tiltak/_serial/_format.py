"""The lossless JSON format: ``to_dict``/``from_dict`` and ``dumps``/``loads``.

A document is a JSON object whose first key is ``"format": "tiltak/1"``. Reading a document
either returns a :class:`~tiltak.Plan` or raises :class:`~tiltak.PlanFormatError` naming
every problem at once, each at its JSON path.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from tiltak._errors import ModelError, ModelTypeError, PlanFormatError, Problem, drop_context
from tiltak._i18n import N_
from tiltak._model import Plan

from . import _fastjson, _migrations
from ._converter import DETAILED, NotJson, Path, format_path, problems_of

__all__ = ["dumps", "from_dict", "loads", "to_dict"]


def to_dict(plan: Plan) -> dict[str, Any]:
    """The JSON-ready form of ``plan``: plain dicts, lists, strings, numbers and booleans.

    >>> from tiltak import Plan, PlanKind
    >>> to_dict(Plan(kind=PlanKind.ACTION_PLAN, title="Trygg skolevei"))
    {'format': 'tiltak/1', 'kind': 'action_plan', 'title': 'Trygg skolevei'}
    """
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"to_dict() needs a Plan, not {type(plan).__name__}")
    return _fastjson.to_data(plan)


@drop_context
def dumps(plan: Plan, *, indent: int | None = None) -> str:
    """The JSON text of ``plan``: compact, or indented by ``indent`` spaces.

    Non-ASCII text is written as itself, not escaped. The compact text is what
    ``json.dumps`` writes with ``separators=(",", ":")``, whether orjson is installed or not.

    >>> from tiltak import Plan, PlanKind
    >>> dumps(Plan(kind="individual_plan", title="Min plan, Åse"))
    '{"format":"tiltak/1","kind":"individual_plan","title":"Min plan, Åse"}'
    """
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"dumps() needs a Plan, not {type(plan).__name__}")
    try:
        if indent is None:
            return _fastjson.to_text(plan)
        return json.dumps(to_dict(plan), ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:
        raise ModelError(
            "the plan holds an integer with more digits than Python writes"
            " (see sys.set_int_max_str_digits)"
        ) from None


def from_dict(data: object) -> Plan:
    """The plan a JSON-ready document holds; raise :class:`PlanFormatError` otherwise.

    >>> from_dict({"format": "tiltak/1", "kind": "action_plan"}).kind
    <PlanKind.ACTION_PLAN: 'action_plan'>
    """
    plan = _fastjson.read_data(data)
    if plan is not None:
        return plan
    return _read(data, [])


@drop_context
def loads(text: str | bytes) -> Plan:
    """The plan in a JSON text (``str``, or UTF-8 ``bytes``); raise :class:`PlanFormatError`.

    >>> from tiltak import PlanFormatError
    >>> try:
    ...     loads('{"format": "tiltak/1", "kind": "action_plan", "title": 3, "x": 1}')
    ... except PlanFormatError as error:
    ...     for problem in error.problems:
    ...         print(problem)
    expected a string @ $.title
    unknown key @ $[<1 character: letters>]
    """
    decoded = False
    if isinstance(text, bytes | bytearray | memoryview):
        decoded = True
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PlanFormatError([_not_utf8(exc)]) from None
    elif not isinstance(text, str):
        raise PlanFormatError(
            [Problem(path="$", message_id=N_("expected JSON text (str or bytes)"))]
        ) from None
    if len(text) > _COUNT_FROM and text.count("{") + text.count("[") > MAX_CONTAINERS:
        raise PlanFormatError(
            [
                Problem(
                    path="$",
                    message_id=N_("more than {limit} objects and arrays: not read"),
                    params={"limit": MAX_CONTAINERS},
                )
            ]
        )
    plan = _fastjson.read_text(text, decoded=decoded)
    if plan is not None:
        return plan
    data, early = _parse(text)
    return _read(data, early)


MAX_CONTAINERS = 2_000_000
"""The most objects and arrays a document may hold: twenty times a plan of 10,000 measures.
A text of ``{}`` a hundred megabytes long would otherwise become seven gigabytes of objects;
refused, it is one count of its braces (an overcount: braces in strings count too)."""
_COUNT_FROM = 1_000_000
"""Texts shorter than this hold fewer containers than the limit; they are not counted."""


def _not_utf8(exc: UnicodeDecodeError) -> Problem:
    return Problem(
        path="$", message_id=N_("not UTF-8 text (at byte {byte})"), params={"byte": exc.start}
    )


class _Flagged(dict[str, Any]):
    """A JSON object whose text repeated keys."""

    __slots__ = ("duplicates",)
    duplicates: list[str]


_NONZERO = re.compile("[1-9]")


class _Reader:
    """Hooks for :func:`json.loads` that mark what is not plain JSON data, to find it later."""

    def __init__(self, *, guard_ints: bool) -> None:
        self.marked = False
        self.guard_ints = guard_ints

    def object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        self.marked = True
        flagged = _Flagged(result)
        flagged.duplicates = [k for k, n in Counter(k for k, _ in pairs).items() if n > 1]
        return flagged

    def constant(self, name: str) -> NotJson:
        self.marked = True
        return NotJson(N_("NaN and Infinity are not JSON numbers"))

    def real(self, text: str) -> float | NotJson:
        value = float(text)
        if value == 0.0 and _NONZERO.search(text.partition("e")[0].partition("E")[0]):
            self.marked = True  # 1e-400: a number every reader would turn into 0
            return NotJson(N_("a number too small for a JSON reader to keep (it reads as 0)"))
        return value

    def integer(self, digits: str) -> int | NotJson:
        try:
            return int(digits)
        except ValueError:  # more digits than sys.get_int_max_str_digits() allows
            self.marked = True
            return NotJson(N_("an integer with too many digits"))

    def loads(self, text: str) -> Any:
        if self.guard_ints:
            return json.loads(
                text,
                object_pairs_hook=self.object,
                parse_constant=self.constant,
                parse_int=self.integer,
                parse_float=self.real,
            )
        return json.loads(
            text,
            object_pairs_hook=self.object,
            parse_constant=self.constant,
            parse_float=self.real,
        )


_JSON_REASONS = {
    "Expecting value": N_("invalid JSON: a value was expected (line {line}, column {column})"),
    "Expecting property name enclosed in double quotes": N_(
        "invalid JSON: a key in double quotes was expected (line {line}, column {column})"
    ),
    "Expecting ':' delimiter": N_("invalid JSON: ':' was expected (line {line}, column {column})"),
    "Expecting ',' delimiter": N_("invalid JSON: ',' was expected (line {line}, column {column})"),
    "Extra data": N_("invalid JSON: more text after the document (line {line}, column {column})"),
    "Unterminated string starting at": N_(
        "invalid JSON: a string that does not end (line {line}, column {column})"
    ),
}
"""The reasons :mod:`json` gives, as messages that can be translated."""


def _invalid_json(text: str, exc: json.JSONDecodeError) -> Problem:
    if not text.strip():
        return Problem(path="$", message_id=N_("the document is empty"))
    message = _JSON_REASONS.get(exc.msg, N_("invalid JSON (line {line}, column {column})"))
    return Problem(path="$", message_id=message, params={"line": exc.lineno, "column": exc.colno})


@drop_context
def _parse(text: str) -> tuple[Any, list[Problem]]:
    """The JSON data of ``text``, and the problems the text has that its data cannot show."""
    reader = _Reader(guard_ints=False)
    try:
        try:
            data = reader.loads(text)
        except json.JSONDecodeError:
            raise
        except ValueError:
            # Python refuses to read integers with too many digits: read again, marking them.
            reader = _Reader(guard_ints=True)
            data = reader.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanFormatError([_invalid_json(text, exc)]) from None
    except RecursionError:
        raise PlanFormatError(
            [Problem(path="$", message_id=N_("JSON nested too deeply"))]
        ) from None
    except ValueError:
        raise PlanFormatError([Problem(path="$", message_id=N_("invalid JSON"))]) from None
    return data, (_marks(data) if reader.marked else [])


def _marks(data: Any) -> list[Problem]:
    """The repeated keys and stand-ins :class:`_Reader` left in ``data``, with their paths."""
    problems: list[Problem] = []
    stack: list[tuple[Any, Path]] = [(data, ())]
    while stack:
        value, where = stack.pop()
        if isinstance(value, NotJson):
            problems.append(Problem(path=format_path(where), message_id=value.message))
        elif isinstance(value, dict):
            if isinstance(value, _Flagged):
                problems.extend(
                    Problem(path=format_path((*where, key)), message_id=N_("duplicate key"))
                    for key in value.duplicates
                )
            stack.extend((item, (*where, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((item, (*where, i)) for i, item in reversed(list(enumerate(value))))
    return problems


@drop_context
def _read(data: object, early: list[Problem]) -> Plan:
    if not isinstance(data, Mapping):
        raise PlanFormatError([*early, Problem(path="$", message_id=N_("expected a JSON object"))])
    problems = list(early)
    body = {key: value for key, value in data.items() if key != "format"}
    version = _migrations.version_of(data.get("format"))
    if "format" not in data:
        problems.append(Problem(path="$.format", message_id=N_("required field missing")))
    elif version is None:
        problems.append(
            Problem(
                path="$.format",
                message_id=N_("expected a format version such as '{format}'"),
                params={"format": _migrations.FORMAT},
            )
        )
    elif version > _migrations.CURRENT:
        newer = Problem(
            path="$.format",
            message_id=N_(
                "a newer format than {format}, which this version of tiltak reads: upgrade tiltak"
            ),
            params={"format": _migrations.FORMAT},
        )
        raise PlanFormatError([*early, newer])
    elif version < _migrations.CURRENT:
        try:
            body = _migrations.migrate(body, version)
        except Exception:
            failed = Problem(
                path="$.format",
                message_id=N_("could not bring the document from {format}"),
                params={"format": _migrations.format_name(version)},
            )
            raise PlanFormatError([*early, failed]) from None

    omitted = 0
    try:
        plan = DETAILED.structure(body, Plan)
    except Exception as exc:
        # A place the parse already named is named once; places that only look alike once
        # shown (two unknown keys of one shape) are two problems.
        named = {problem.path for problem in problems}
        seen: set[tuple[object, ...]] = set()
        for found in problems_of(exc):
            if len(found) == 2:
                omitted += found[1]
                continue
            where, message, params = found
            path = format_path(where)
            place = (*where, message)
            if path not in named and place not in seen:
                seen.add(place)
                problems.append(Problem(path=path, message_id=message, params=params))
        if not problems:
            problems.append(Problem(path="$", message_id=N_("invalid value")))
    if problems:
        raise PlanFormatError(problems, omitted=omitted)
    return plan
