"""The JSON Schema of the file format, derived from the model so that the two cannot drift.

Every attrs class of the model becomes a ``$defs`` entry with its fields as properties (in
the model's order), the fields without a default as ``required``, and no other key allowed;
``extensions`` alone takes any JSON object.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from tiltak._checks import MAX_INT
from tiltak._model import Plan
from tiltak._time._dates import PartialDate

__all__ = ["SCHEMA_ID", "json_schema", "schema_text"]

FORMAT = "tiltak/1"
SCHEMA_ID = "https://tiltak.example/schema/tiltak-1.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

# Patterns end in a look-ahead for "no further character" rather than "$", which Python's
# regular expressions (and so Python validators) also match before a final line feed.
_END = "(?![\\s\\S])"
_YEAR = "(?!0000)[0-9]{4}"
_MONTH = "(?:0[1-9]|1[0-2])"
_DAY = "(?:0[1-9]|[12][0-9]|3[01])"
DATE_PATTERN = f"^{_YEAR}-{_MONTH}-{_DAY}{_END}"
PARTIAL_DATE_PATTERN = f"^{_YEAR}(?:-{_MONTH}(?:-{_DAY})?)?{_END}"

_DATE_DEF: dict[str, Any] = {
    "description": "A whole date, YYYY-MM-DD (ISO 8601); it must exist in the calendar.",
    "type": "string",
    "format": "date",
    "pattern": DATE_PATTERN,
}
_PARTIAL_DATE_DEF: dict[str, Any] = {
    "description": (
        "A date known to the day, the month or the year: YYYY-MM-DD, YYYY-MM or YYYY;"
        " a day must exist in its month."
    ),
    "type": "string",
    "pattern": PARTIAL_DATE_PATTERN,
}
_EXTENSIONS_DEF: dict[str, Any] = {
    "description": "The integrator's own JSON data, kept verbatim.",
    "type": "object",
}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of a tiltak document, format ``tiltak/1``.

    A new dict on every call. The same schema ships with the package as
    ``tiltak/schema/tiltak-1.schema.json`` .

    >>> schema = json_schema()
    >>> schema["properties"]["format"]
    {'const': 'tiltak/1'}
    >>> schema["required"]
    ['format', 'kind']
    """
    builder = _Builder()
    plan = builder.object_schema(Plan)
    properties = {"format": {"const": FORMAT}, **plan["properties"]}
    defs = dict(sorted(builder.defs.items()))
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_ID,
        "title": "tiltak plan",
        "description": f"An action plan as a tiltak document, format {FORMAT}.",
        "type": "object",
        "properties": properties,
        "required": ["format", *plan.get("required", [])],
        "additionalProperties": False,
        "$defs": defs,
    }


def _summary(cls: type) -> str:
    doc = (cls.__doc__ or "").strip()
    return doc.split("\n\n")[0].replace("\n", " ")


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {
            "Date": _DATE_DEF,
            "PartialDate": _PARTIAL_DATE_DEF,
            "Extensions": _EXTENSIONS_DEF,
        }

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            schema = self.type_schema(hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif isinstance(field.default, bool | int | str):
                schema = {**schema, "default": field.default}
            properties[field.name] = schema
        out: dict[str, Any] = {
            "description": _summary(cls),
            "type": "object",
            "properties": properties,
        }
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        return out

    def type_schema(self, hint: Any) -> dict[str, Any]:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin in (types.UnionType, typing.Union):
            options = [arg for arg in args if arg is not type(None)]
            assert len(options) == 1, "the model's unions are X | None only"
            inner = self.type_schema(options[0])
            if set(inner) == {"type"}:
                return {"type": [inner["type"], "null"]}
            return {"anyOf": [inner, {"type": "null"}]}
        if origin is tuple:
            if len(args) != 2 or args[1] is not Ellipsis:
                raise TypeError("the model's tuples are tuple[X, ...]")
            return {"type": "array", "items": self.type_schema(args[0])}
        if origin is Mapping or hint is Mapping:
            return self.ref("Extensions")
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer", "minimum": -MAX_INT, "maximum": MAX_INT}
        if hint is dt.date:
            return self.ref("Date")
        if hint is PartialDate:
            return self.ref("PartialDate")
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            if hint.__name__ not in self.defs:
                self.defs[hint.__name__] = {
                    "description": _summary(hint),
                    "enum": [member.value for member in hint],
                }
            return self.ref(hint.__name__)
        if isinstance(hint, type) and attrs.has(hint):
            if hint.__name__ not in self.defs:
                self.defs[hint.__name__] = {}  # placeholder: a class may refer to itself
                self.defs[hint.__name__] = self.object_schema(hint)
            return self.ref(hint.__name__)
        raise TypeError(f"no JSON Schema for the model type {hint!r}")


def schema_text() -> str:
    """The schema as the shipped file holds it: indented JSON, UTF-8, a final newline."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
