"""The floor: orjson into and out of plain dicts, with no checks at all."""

from __future__ import annotations

from typing import Any


def orjson_loads(text: str | bytes) -> Any:
    import orjson

    return orjson.loads(text)


def orjson_dumps(document: Any) -> bytes:
    import orjson

    return orjson.dumps(document)
