"""Hostile input: whatever ``loads`` is given, it reads a plan or raises PlanFormatError."""

from __future__ import annotations

import contextlib
import copy
import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiltak import Plan, PlanFormatError, from_dict, loads, to_dict
from tiltak.testing import json_values, plans

FUZZ = settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
MUTATE = settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))

Part = str | int
Where = tuple[Part, ...]

DATE_KEYS = frozenset(
    {
        "birth_date",
        "completed",
        "created",
        "date",
        "deadline",
        "done",
        "due",
        "end",
        "first_day_of_absence",
        "sent_to_doctor",
        "sent_to_nav",
        "start",
    }
)
"""Keys whose values are dates or partial dates, wherever they stand outside extensions."""

BROKEN_DATES = (
    "2024-02-30",
    "2023-02-29",
    "2024-13",
    "2024-13-01",
    "20240315",
    "2024-3-5",
    "24-01-01",
    "2024-01-01T00:00",
    "",
    " 2024",
    "\u0662\u0660\u0662\u0664",
    "0000",
)
"""Texts that are neither a date nor a partial date."""

HUGE = "__huge_number__"


def json_path(where: Where) -> str:
    """The JSON path tiltak reports for ``where``."""
    out = "$"
    for part in where:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += f".{part}"
        else:
            out += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return out


def places(document: Any, where: Where = ()) -> list[Where]:
    """Every place in a document outside the inside of extensions."""
    found = [where]
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "extensions":
                found.append((*where, key))
            else:
                found.extend(places(value, (*where, key)))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found.extend(places(value, (*where, index)))
    return found


def get(document: Any, where: Where) -> Any:
    """The value at ``where``."""
    for part in where:
        document = document[part]
    return document


def put(document: Any, where: Where, value: Any) -> None:
    """Set the value at ``where`` (not the root)."""
    get(document, where[:-1])[where[-1]] = value


def is_required(where: Where) -> bool:
    """Whether the key at ``where`` is a field a document cannot leave out."""
    key = where[-1]
    if where in {("format",), ("kind",)}:
        return True
    if key == "id":
        return len(where) > 1
    if key == "number":
        return True
    return key in {"start", "rule"} and len(where) > 1 and where[-2] == "schedule"


def wrong_type(value: Any) -> Any:
    """A value of another JSON type, which no field with ``value``'s type accepts."""
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, int):
        return "1"
    if isinstance(value, str):
        return 12345
    if isinstance(value, list):
        return "x"
    return []


def nested(depth: int) -> Any:
    """Lists inside lists, ``depth`` deep."""
    value: Any = None
    for _ in range(depth):
        value = [value]
    return value


def read(text: str | bytes) -> Plan | None:
    """``loads(text)``, or ``None`` if it raised PlanFormatError; nothing else may escape."""
    try:
        return loads(text)
    except PlanFormatError as exc:
        error = exc
    assert error.problems
    for problem in error.problems:
        assert problem.path.startswith("$")
        assert problem.message()
    return None


def problem_paths(text: str) -> list[str]:
    """The paths of the problems of ``text``; fails if it reads."""
    try:
        loads(text)
    except PlanFormatError as exc:
        return [problem.path for problem in exc.problems]
    raise AssertionError("the broken document was read")


def dump(document: Any) -> str:
    """The JSON text of a document, with every huge-number marker written as one."""
    text = json.dumps(document, ensure_ascii=False)
    return text.replace(json.dumps(HUGE), "9" * 100_000)


class TestArbitraryInput:
    @FUZZ
    @given(json_values(max_leaves=20))
    def test_any_json_value(self, value: Any) -> None:
        """Any JSON value is read or refused with PlanFormatError."""
        read(json.dumps(value))
        with contextlib.suppress(PlanFormatError):
            from_dict(value)

    @FUZZ
    @given(
        st.dictionaries(
            st.sampled_from(
                [
                    "format",
                    "kind",
                    "title",
                    "measures",
                    "goals",
                    "extensions",
                    "consent",
                    "created",
                    "x",
                ]
            ),
            json_values(),
            max_size=6,
        )
    )
    def test_objects_with_plan_keys(self, value: dict[str, Any]) -> None:
        """Objects with a plan's keys and any values are read or refused with PlanFormatError."""
        read(json.dumps(value))

    @FUZZ
    @given(st.text(max_size=50))
    def test_any_text(self, text: str) -> None:
        """Any text is read or refused with PlanFormatError."""
        read(text)

    @FUZZ
    @given(st.binary(max_size=50))
    def test_any_bytes(self, data: bytes) -> None:
        """Any bytes are read or refused with PlanFormatError."""
        read(data)


class TestMutations:
    @MUTATE
    @given(plans(valid=False), st.data())
    def test_mutated_documents(self, plan: Plan, data: st.DataObject) -> None:
        """Each broken place of a valid document is named by a problem at its path."""
        document = to_dict(plan)
        candidates = places(document)[1:]
        count = data.draw(st.integers(1, 3))
        chosen: list[Where] = []
        for _ in range(count):
            where = data.draw(st.sampled_from(candidates))
            if all(where[: len(c)] != c and c[: len(where)] != where for c in chosen):
                chosen.append(where)
        expected: list[tuple[str, bool]] = []  # (path, whether a problem must start there)
        for where in chosen:
            value = get(document, where)
            kinds = ["wrong type", "nest", "huge"]
            if isinstance(where[-1], str):
                kinds.append("delete")
            if isinstance(value, dict) and where[-1] != "extensions":
                kinds.append("extra key")
            if where[-1] in DATE_KEYS and isinstance(value, str):
                kinds.append("broken date")
            if isinstance(where[-1], int) and where[-2] == "dates":
                kinds.append("broken date")
            kind = data.draw(st.sampled_from(kinds))
            if kind == "wrong type":
                put(document, where, wrong_type(value))
                expected.append((json_path(where), False))
            elif kind == "nest":
                put(document, where, nested(data.draw(st.integers(2, 60))))
                expected.append((json_path(where), True))
            elif kind == "huge":
                put(document, where, HUGE)
                expected.append((json_path(where), False))
            elif kind == "broken date":
                put(document, where, data.draw(st.sampled_from(BROKEN_DATES)))
                expected.append((json_path(where), False))
            elif kind == "extra key":
                value["not_a_field"] = data.draw(json_values(max_leaves=3))
                expected.append((json_path((*where, "not_a_field")), False))
            else:
                del get(document, where[:-1])[where[-1]]
                if is_required(where):
                    expected.append((json_path(where), False))
        text = dump(document)
        if not expected:
            assert isinstance(read(text), Plan)
            return
        found = problem_paths(text)
        for path, below in expected:
            if below:
                assert any(p == path or p.startswith((path + ".", path + "[")) for p in found)
            else:
                assert path in found

    @settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
    @given(plans(valid=False), st.integers(257, 500))
    def test_deep_extensions(self, plan: Plan, depth: int) -> None:
        """Extensions nested too deep are refused below the extensions that hold them."""
        document = copy.deepcopy(to_dict(plan))
        document.setdefault("extensions", {})["deep"] = nested(depth)
        found = problem_paths(json.dumps(document))
        assert any(p.startswith("$.extensions.deep[0]") for p in found)

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    @given(plans(valid=False), st.integers(10_000, 200_000))
    def test_nesting_beyond_the_reader(self, plan: Plan, depth: int) -> None:
        """Nesting too deep for the JSON reader is one problem at the top, not a crash."""
        text = dumps_with(plan, "[" * depth + "]" * depth)
        assert ["$"] == problem_paths(text)


def dumps_with(plan: Plan, raw: str) -> str:
    """The text of ``plan`` with ``raw`` JSON text as the value of an extension."""
    document = to_dict(plan)
    document.setdefault("extensions", {})["raw"] = "__raw__"
    return json.dumps(document, ensure_ascii=False).replace('"__raw__"', raw)
