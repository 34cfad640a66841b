"""Paths sort in the order their places appear in a plan."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from tiltak._paths import path_key

_SEGMENT = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
"""A segment of a path, as the pattern of JSON paths reads it: ``.name`` or ``[index]``."""


def canonical(path: str) -> str:
    """The path written again from the segments the pattern finds, skipping anything else."""
    segments = _SEGMENT.finditer(path, 1 if path.startswith("$") else 0)
    return "$" + "".join(m[0] for m in segments)


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
    def test_reads_each_segment_as_the_pattern_does(self, parts: list[str], dollar: bool) -> None:
        """What is not a segment is skipped: a path keys as its segments written plainly."""
        path = ("$" if dollar else "") + "".join(parts)
        key = path_key.__wrapped__(path)
        assert path_key.__wrapped__(canonical(path)) == key
        segments = list(_SEGMENT.finditer(canonical(path), 1))
        assert len(segments) == len(key)
        for segment, entry in zip(segments, key, strict=True):
            if segment[2] is not None:  # an index sorts by its number
                assert (int(segment[2]), "") == entry
