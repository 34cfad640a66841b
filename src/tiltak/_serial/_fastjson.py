r"""The fast way through the JSON format, for the documents that are valid.

``loads`` and ``from_dict`` try :func:`read_text` and :func:`read_data` first; ``None`` means
"take the careful way", which names every problem (:mod:`._format`). The fast way parses with
orjson when it is installed (the ``fast`` extra) and the text is not large, and with the
standard library otherwise; keeps the garbage collector out of the way while it builds a
plan (the objects it builds hold no reference cycles); and structures with the generated
functions of :mod:`._fastload`.

The careful reader refuses what a plain JSON parser silently accepts: a key given twice in
one object. The fast way cannot see repeated keys in the parsed data, so it counts them. A
document's text holds one colon per key it writes, and one per colon written in its strings;
the parsed data holds one key per distinct key, and the generated functions count the
colons of the strings they read. When the text's colons are as many as those keys and
colons, no key was repeated: a colon the functions did not count (in a string they do not
count, or a repeat's) only makes the text's count larger. The one way to count more colons
than the text writes, an escaped colon (``\u003a``), is looked for when a read string held
a colon. Where the counts differ, a second count decides (:func:`_keys_in`: the ``"``
followed by ``:``, at least one per key); unequal counts send the text the careful way.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from tiltak._model import Plan
from tiltak._text import has_surrogate

from . import _migrations
from ._gcpause import paused_gc

if TYPE_CHECKING:
    from . import _fastload

__all__ = ["read_data", "read_text", "to_data", "to_text"]

_ORJSON_LIMIT = 2_000_000
"""The longest text given to orjson. On a large document orjson saves little time (about 5 %
of a 9 MB load, whose structuring sets the pace) and holds four times the memory of the
standard library's parser."""
_SPACE_BEFORE_COLON = re.compile(r":(?<=[ \t\n\r]:)")
"""Whitespace before a colon; written colon first, the search skips from colon to colon."""
_ANY_KEY = re.compile(r'"[ \t\n\r]*:')


class _Functions:
    """The generated functions and the JSON parser, made on first use (not at import)."""

    structure: ClassVar[dict[tuple[bool, bool], Callable[[Any, _fastload.Reading], Plan]]] = {}
    """By whether the data may hold lone surrogates, and whether it may be consumed."""
    unstructure: Callable[[Plan], dict[str, Any]] | None = None
    text: Callable[[Plan], str] | None = None
    parser: tuple[Callable[[str], Any], bool] | None = None
    """The parser, and whether it reads every number as the standard library does."""
    writer: _OrjsonWriter | bool = False
    """The writer with orjson; ``True`` once orjson was found missing, ``False`` before."""


class _Inexact(Exception):  # noqa: N818 - a signal, not an error anyone sees
    """A float, which orjson may write otherwise than the standard library does."""


def _thaw_exact(value: Any) -> Any:
    """The plain form of frozen JSON, as :func:`._checks.thaw_json`, refusing floats."""
    if isinstance(value, Mapping):
        return {key: _thaw_exact(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [_thaw_exact(item) for item in value]
    if type(value) is float:
        raise _Inexact
    return value


def _generated() -> Any:
    """The generator module, imported on first use: ``import tiltak`` stays light."""
    from . import _fastload  # noqa: PLC0415 - the generated code loads on first use

    return _fastload


def _structure(*, surrogates: bool, consume: bool) -> Callable[[Any, _fastload.Reading], Plan]:
    """The structure function for data that may hold lone surrogates, and may consume.

    What orjson reads cannot hold one, nor can a text shown to hold none; the data a reader
    parsed itself is its own to consume, and its function counts colons for the proof that
    no key was given twice.
    """
    key = (surrogates, consume)
    function = _Functions.structure.get(key)
    if function is None:
        function = _generated().structure_function(
            Plan, surrogates=surrogates, consume=consume, colons=consume
        )
        _Functions.structure[key] = function
    return function


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
"""An escape that the standard library reads as a surrogate (paired or not)."""
_SLICE = 1 << 14
"""Characters encoded at a time by the look for surrogates: small enough for the memory
allocator to reuse one block (slices of a million characters made the C library keep
several megabytes after the load)."""


def _may_hold_surrogates(text: str, *, decoded: bool) -> bool:
    """Whether the standard library's parser may read a lone surrogate from ``text``.

    One look at the whole text is cheaper than one at each string read from it. A text
    decoded from UTF-8 holds no surrogate itself; any text may escape one. The text is
    encoded a slice at a time (:data:`_SLICE`), so that the look holds little memory.
    """
    if "\\" in text and _SURROGATE_ESCAPE.search(text) is not None:
        return True
    if decoded or text.isascii():
        return False
    return any(has_surrogate(text[i : i + _SLICE]) for i in range(0, len(text), _SLICE))


def _parser() -> tuple[Callable[[str], Any], bool]:
    if _Functions.parser is None:
        try:
            import orjson  # noqa: PLC0415 - optional extra, loaded on use
        except ImportError:
            _Functions.parser = (json.loads, True)
        else:
            _Functions.parser = (orjson.loads, False)
    return _Functions.parser


_CHUNK = 50
"""Objects of a long list written by one call of orjson."""
_HOLE = b"\x00"
"""Where a long list goes in orjson's text of the rest: orjson writes a NUL in a string as
``\\u0000``, so a raw one is nothing else."""


class _OrjsonWriter:
    """Writes a plan as compact text with orjson, long lists a chunk at a time.

    orjson writes bytes and ``dumps`` returns ``str``. Made whole, a large plan's data fills
    the processor's caches, and its text is asked of the system three times over (orjson's
    growing buffer, the bytes, the decoded ``str``), each time as fresh memory. So a long list
    of the plan is written and decoded a chunk at a time, its place in the text of the rest
    held by a NUL, and the ``str`` is joined once from the pieces.
    """

    def __init__(self, orjson: Any) -> None:
        self.encode: Callable[[Any], bytes] = orjson.dumps
        self.fragment = getattr(orjson, "Fragment", None)  # orjson 3.9 and later
        self.local = threading.local()
        items = None if self.fragment is None else (_CHUNK, self._items)
        self.unstructure = _generated().unstructure_function(
            Plan, thaw=_thaw_exact, native=True, items=items
        )

    def _items(self, function: Callable[[Any], Any], objects: tuple[Any, ...]) -> Any:
        local = self.local
        if local.pieces is None:  # a long list inside a long list: written with it
            return [function(item) for item in objects]
        encode = self.encode
        pieces = local.pieces
        local.pieces = None
        try:
            chunks = [
                encode([function(item) for item in objects[start : start + _CHUNK]])[1:-1]
                for start in range(0, len(objects), _CHUNK)
            ]
        finally:
            local.pieces = pieces
        pieces.append([chunk.decode() for chunk in chunks])
        return self.fragment(_HOLE)  # type: ignore[misc]

    def write(self, plan: Plan) -> str:
        """The text; raises :class:`_Inexact` or orjson's error where orjson cannot write it."""
        lists: list[list[str]] = []
        self.local.pieces = lists
        try:
            text = self.encode({"format": _migrations.FORMAT, **self.unstructure(plan)})
        finally:
            self.local.pieces = None
        if not lists:
            return text.decode()
        heads = text.split(_HOLE)
        if len(heads) != len(lists) + 1:  # not a ValueError: dumps reads those as digits
            raise RuntimeError("tiltak wrote a plan's long lists out of place")
        parts = [heads[0].decode()]
        for pieces, head in zip(lists, heads[1:], strict=True):
            parts.append("[")
            for piece in pieces:
                parts.append(piece)
                parts.append(",")
            parts[-1] = "]"
            parts.append(head.decode())
        return "".join(parts)


def _writer() -> _OrjsonWriter | None:
    if _Functions.writer is False:
        try:
            import orjson  # noqa: PLC0415 - optional extra, loaded on use
        except ImportError:
            _Functions.writer = True
        else:
            _Functions.writer = _OrjsonWriter(orjson)
    writer = _Functions.writer
    return writer if isinstance(writer, _OrjsonWriter) else None


_ESCAPED_COLON = "\\u003"
r"""How an escaped colon (``\u003a``) begins: a string holding one reads as a colon the text
does not write (the look also finds ``\u0030`` to ``\u003f``; then the second count decides)."""


def _no_key_twice(text: str, reading: _fastload.Reading) -> bool:
    """Whether ``text``, read into ``reading``, gives no key twice in one object."""
    if text.count(":") == reading.keys + reading.colons and not (
        reading.colons and "\\" in text and _ESCAPED_COLON in text
    ):
        return True
    return reading.keys == _keys_in(text)


def _keys_in(text: str) -> int:
    """The number of ``"`` followed by ``:`` in ``text``: at least one per key it holds."""
    if _SPACE_BEFORE_COLON.search(text) is None:  # then every key is written "...":
        return text.count('":')
    return len(_ANY_KEY.findall(text))


def _structure_body(
    data: Any, reading: _fastload.Reading, *, surrogates: bool = True, consume: bool = False
) -> Plan | None:
    """The plan in ``data``, or ``None``; with ``consume``, ``data`` is emptied as it is read."""
    if type(data) is not dict or data.get("format") != _migrations.FORMAT:
        return None
    body = data if consume else data.copy()
    del body["format"]
    try:
        return _structure(surrogates=surrogates, consume=consume)(body, reading)
    except _generated().Fallback:
        return None


def read_text(text: str, *, decoded: bool = False) -> Plan | None:
    """The plan in a valid document's text, or ``None`` when it needs the careful reader.

    ``decoded``: the text was decoded from UTF-8 (so holds no surrogate code point itself).
    """
    with paused_gc:
        parse, parse_exact = _parser()
        if len(text) > _ORJSON_LIMIT:
            parse, parse_exact = json.loads, True
        for attempt in (parse, json.loads):
            try:
                data = attempt(text)
            except (ValueError, RecursionError):  # orjson's JSONDecodeError is a ValueError
                return None
            exact = parse_exact or attempt is json.loads
            reading = _generated().Reading(keys=1, exact_floats=exact, text=text)  # 1: format
            # orjson refuses a lone surrogate, escaped or not.
            surrogates = attempt is json.loads and _may_hold_surrogates(text, decoded=decoded)
            plan = _structure_body(data, reading, surrogates=surrogates, consume=True)
            if plan is not None:
                return plan if _no_key_twice(text, reading) else None
            if exact or not reading.met_float:
                return None
            # orjson reads an integer beyond 64 bits as a float: read the text again exactly.
        return None


def read_data(data: object) -> Plan | None:
    """The plan in valid JSON-ready data, or ``None`` when it needs the careful reader."""
    with paused_gc:
        return _structure_body(data, _generated().Reading())


def to_data(plan: Plan) -> dict[str, Any]:
    """The JSON-ready data of ``plan``, the format key first."""
    if _Functions.unstructure is None:
        _Functions.unstructure = _generated().unstructure_function(Plan)
    with paused_gc:
        return {"format": _migrations.FORMAT, **_Functions.unstructure(plan)}


def to_text(plan: Plan) -> str:
    """The compact JSON text of ``plan``, as ``json.dumps`` writes it with ``(",", ":")``.

    orjson writes it when installed, from the data of a generated function; it writes the
    same text as the standard library for everything but floats, so a plan whose extensions
    hold one (or that orjson refuses: an integer beyond 64 bits, a lone surrogate) is
    written by a generated function of its own, directly and without intermediate dicts.
    """
    with paused_gc:
        writer = _writer()
        if writer is not None:
            try:
                return writer.write(plan)
            except (_Inexact, TypeError):  # orjson.JSONEncodeError is a TypeError
                pass
        if _Functions.text is None:
            _Functions.text = _generated().text_function(Plan)
        body = _Functions.text(plan)
    return _FORMAT_HEAD + body[1:]  # the body is never empty: every plan has a kind


_FORMAT_HEAD = '{"format":' + json.dumps(_migrations.FORMAT) + ","
