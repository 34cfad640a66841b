"""Paths sort in the order their places appear in a plan."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from tiltak._model import Plan
from tiltak._paths import _UNKNOWN, _fields, path_key

_SEGMENT = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def reference_key(path: str) -> tuple[tuple[int, str], ...]:
    """The key as the plain reading of each segment's match gives it."""
    cls: type | None = Plan
    out: list[tuple[int, str]] = []
    for match in _SEGMENT.finditer(path, 1 if path.startswith("$") else 0):
        name, index = match.groups()
        if index is not None:
            out.append((int(index), ""))
            continue
        known = _fields(cls) if cls is not None else {}
        position, cls = known.get(name, (_UNKNOWN, None))
        out.append((position, "" if position != _UNKNOWN else name))
    return tuple(out)


PARTS = st.sampled_from(
    (
        *(".measures", ".goals", ".title", ".target", ".due", ".extensions", ".x", "[0]"),
        *("[12]", "[", "]", ".", "$", "[x]", "[01]", "a", "..", "[-1]", ".ø"),
    )
)
"""Pieces of a path, the plan's and the odd ones a reader must skip as the pattern does."""


class TestPathKey:
    def test_document_order(self) -> None:
        """Fields in the model's order, items by index, a place before what is inside it."""
        paths = [
            "$.measures[10].title",
            "$.goals[1]",
            "$.measures[2].responsible",
            "$.measures[2]",
            "$.title",
            "$",
            "$.extensions.b",
            "$.goals[0].target.due",
        ]
        assert [
            "$",
            "$.title",
            "$.goals[0].target.due",
            "$.goals[1]",
            "$.measures[2]",
            "$.measures[2].responsible",
            "$.measures[10].title",
            "$.extensions.b",
        ] == sorted(paths, key=path_key)

    def test_unknown_names_sort_last_by_name(self) -> None:
        """A name the model does not know comes after those it does, and by its text."""
        assert path_key("$.zzz") > path_key("$.yyy") > path_key("$.extensions")

    @given(parts=st.lists(PARTS, max_size=8), dollar=st.booleans())
    @example(parts=[".measures", "[x]", ".title"], dollar=True)
    @example(parts=[".extensions", ".a]b", "[3]"], dollar=True)
    def test_reads_each_segment_as_its_match_does(self, parts: list[str], dollar: bool) -> None:
        path = ("$" if dollar else "") + "".join(parts)
        assert reference_key(path) == path_key.__wrapped__(path)
