"""The JSON format: what it writes, what it reads, and how it refuses what it cannot read."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

import tiltak
from tiltak import (
    Consent,
    FollowUp,
    Goal,
    GoalArea,
    Measure,
    PartialDate,
    Plan,
    PlanFormatError,
    PlanKind,
    Precision,
    Schedule,
    StatusColour,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from tiltak._serial import _format, _migrations
from tiltak.errors import ModelError, ModelTypeError, Problem

DOCS = Path(__file__).resolve().parent.parent / "docs" / "format.md"


def doc(**fields: Any) -> dict[str, Any]:
    """A minimal valid document with ``fields`` added."""
    return {"format": "tiltak/1", "kind": "action_plan", **fields}


def problems(data: object) -> list[tuple[str, str]]:
    """The (path, message) pairs ``from_dict`` raises for ``data``; fails if it reads."""
    with pytest.raises(PlanFormatError) as info:
        from_dict(data)
    return [(p.path, p.message()) for p in info.value.problems]


def text_problems(text: str | bytes) -> list[tuple[str, str]]:
    """The (path, message) pairs ``loads`` raises for ``text``; fails if it reads."""
    with pytest.raises(PlanFormatError) as info:
        loads(text)
    return [(p.path, p.message()) for p in info.value.problems]


def paths(data: object) -> list[str]:
    """The paths of the problems ``from_dict`` raises for ``data``."""
    return [path for path, _ in problems(data)]


class TestToDict:
    def test_format_is_the_first_key(self) -> None:
        """Every document starts with its format version."""
        data = to_dict(Plan(kind=PlanKind.ACTION_PLAN, title="T"))
        assert ["format", "kind", "title"] == list(data)
        assert "tiltak/1" == data["format"]

    def test_defaults_are_left_out(self) -> None:
        """Unset optional fields, empty collections and default flags are not written."""
        plan = Plan(
            kind="action_plan",
            consent=Consent(),
            measures=[Measure(id="1")],
            goal_areas=[GoalArea(id="a")],
        )
        expected = {
            "format": "tiltak/1",
            "kind": "action_plan",
            "goal_areas": [{"id": "a"}],
            "measures": [{"id": "1"}],
            "consent": {},
        }
        assert expected == to_dict(plan)

    def test_a_value_other_than_the_default_is_written(self) -> None:
        """A flag that differs from its default is kept."""
        assert {"given": False} == to_dict(Plan(kind="action_plan", consent=Consent(given=False)))[
            "consent"
        ]

    def test_dates_enums_and_tuples(self) -> None:
        """Dates are ISO text, enums their values, tuples lists, schedules objects."""
        plan = Plan(
            kind="action_plan",
            created=dt.date(2024, 3, 5),
            measures=[
                Measure(
                    id="1",
                    causes=("1", "2"),
                    deadline="2020",
                    schedule=Schedule(start=dt.date(2024, 1, 31), rule="FREQ=MONTHLY;INTERVAL=4"),
                    follow_ups=[FollowUp(colour=StatusColour.YELLOW)],
                )
            ],
        )
        data = to_dict(plan)
        assert "2024-03-05" == data["created"]
        expected = {
            "id": "1",
            "causes": ["1", "2"],
            "deadline": "2020",
            "schedule": {"start": "2024-01-31", "rule": "FREQ=MONTHLY;INTERVAL=4"},
            "follow_ups": [{"colour": "yellow"}],
        }
        assert expected == data["measures"][0]

    def test_extensions_are_plain_json(self) -> None:
        """Extensions come out as plain dicts and lists, never read-only mappings or tuples."""
        plan = Plan(kind="action_plan", extensions={"a": [1, {"b": (2, None)}]})
        data = to_dict(plan)
        assert {"a": [1, {"b": [2, None]}]} == data["extensions"]
        assert dict is type(data["extensions"]["a"][1])
        assert list is type(data["extensions"]["a"][1]["b"])

    def test_only_json_types(self) -> None:
        """The result holds only types the json module writes without help."""
        plan = Plan(kind="individual_plan", goals=[Goal(id="1", extensions={"x": 1.5})])
        allowed = (dict, list, str, int, float, bool, type(None))

        def walk(value: object) -> None:
            assert isinstance(value, allowed)
            if isinstance(value, dict):
                for item in value.values():
                    walk(item)
            if isinstance(value, list):
                for item in value:
                    walk(item)

        walk(to_dict(plan))

    def test_refuses_what_is_not_a_plan(self) -> None:
        """Giving it something else is a type error of tiltak's own."""
        with pytest.raises(ModelTypeError):
            to_dict({"kind": "action_plan"})  # type: ignore[arg-type]


class TestDumps:
    def test_non_ascii_is_written_as_itself(self) -> None:
        """Nordic letters and emoji are not escaped."""
        text = dumps(Plan(kind="action_plan", title="Åse får hjælp 🙂"))
        assert '"title":"Åse får hjælp 🙂"' in text

    def test_indent(self) -> None:
        """``indent`` pretty-prints, and the result still reads back."""
        plan = Plan(kind="action_plan", title="T")
        text = dumps(plan, indent=2)
        assert '{\n  "format": "tiltak/1",\n  "kind": "action_plan",\n  "title": "T"\n}' == text
        assert plan == loads(text)


class TestLoads:
    def test_minimal(self) -> None:
        """The smallest document is a format and a kind."""
        assert Plan(kind="action_plan") == loads('{"format": "tiltak/1", "kind": "action_plan"}')

    def test_bytes(self) -> None:
        """UTF-8 bytes read like text, with or without a byte order mark."""
        text = '{"format": "tiltak/1", "kind": "action_plan", "title": "Ærlig talt"}'
        expected = Plan(kind="action_plan", title="Ærlig talt")
        assert expected == loads(text.encode())
        assert expected == loads(b"\xef\xbb\xbf" + text.encode())
        assert expected == loads(bytearray(text.encode()))  # type: ignore[arg-type]

    def test_bytes_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are one problem at the top, with the byte offset."""
        assert [("$", "not UTF-8 text (at byte 1)")] == text_problems(b'{\xff"')

    def test_not_text(self) -> None:
        """Something that is neither text nor bytes is refused as a format problem."""
        assert [("$", "expected JSON text (str or bytes)")] == text_problems(3)  # type: ignore[arg-type]

    def test_invalid_json_gives_line_and_column(self) -> None:
        """Broken JSON text is one problem at the top, naming line and column."""
        # A missing value reads the same on every Python; a trailing comma does not (3.13).
        assert [("$", "invalid JSON: a value was expected (line 2, column 9)")] == text_problems(
            '{"format": "tiltak/1",\n"kind": }'
        )

    @pytest.mark.parametrize("text", ["[]", '"plan"', "3", "null", "true"])
    def test_top_level_not_an_object(self, text: str) -> None:
        """A document must be a JSON object."""
        assert [("$", "expected a JSON object")] == text_problems(text)

    def test_deep_nesting_of_the_text(self) -> None:
        """Nesting deeper than the reader can follow is a problem, not a RecursionError."""
        assert [("$", "JSON nested too deeply")] == text_problems("[" * 100_000 + "]" * 100_000)

    def test_deep_nesting_in_extensions(self) -> None:
        """Extensions nested deeper than 256 levels are refused where the limit is passed."""
        deep: object = "bottom"
        for _ in range(300):
            deep = [deep]
        found = problems(doc(extensions={"deep": deep}))
        assert [
            (
                "$.extensions[<4 characters: letters>]" + "[0]" * 256,
                "nested deeper than 256 levels",
            )
        ] == found

    def test_cyclic_extensions(self) -> None:
        """A dict that contains itself ends in a problem, not a RecursionError."""
        cyclic: dict[str, Any] = {}
        cyclic["self"] = cyclic
        assert [
            ("$.extensions" + "[<4 characters: letters>]" * 257, "nested deeper than 256 levels")
        ] == problems(doc(extensions=cyclic))

    def test_huge_number(self) -> None:
        """A number with 100,000 digits is a problem at its path."""
        text = '{"format": "tiltak/1", "kind": "action_plan", "measures": [{"id": "1", "order": '
        text += "9" * 100_000 + "}]}"
        assert [("$.measures[0].order", "an integer with too many digits")] == text_problems(text)

    def test_huge_number_in_extensions(self) -> None:
        """A huge number inside extensions is refused once, at its path."""
        text = '{"format": "tiltak/1", "kind": "action_plan", "extensions": {"n": -'
        text += "1" * 5000 + "}}"
        assert [
            ("$.extensions[<1 character: letters>]", "an integer with too many digits")
        ] == text_problems(text)

    def test_largest_readable_integer_round_trips(self) -> None:
        """An integer with as many digits as Python reads and writes survives a round trip."""
        digits = sys.get_int_max_str_digits()
        plan = Plan(kind="action_plan", extensions={"n": int("9" * digits)})
        assert plan == loads(dumps(plan))

    def test_dumps_refuses_an_integer_python_cannot_write(self) -> None:
        """An integer too long for Python to write is a model error, not a bare ValueError."""
        digits = sys.get_int_max_str_digits()
        with pytest.raises(ModelError, match="digits"):
            Plan(kind="action_plan", extensions={"n": 10**digits})
        sys.set_int_max_str_digits(0)  # a plan made while the limit was off ...
        try:
            plan = Plan(kind="action_plan", extensions={"n": 10**digits})
        finally:
            sys.set_int_max_str_digits(digits)
        with pytest.raises(ModelError):  # ... is refused where it is written
            dumps(plan)

    @pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
    def test_nan_and_infinity(self, literal: str) -> None:
        """NaN and the infinities are not JSON, wherever they stand."""
        text = (
            f'{{"format": "tiltak/1", "kind": "action_plan", "extensions": {{"x": [{literal}]}}}}'
        )
        assert [
            ("$.extensions[<1 character: letters>][0]", "NaN and Infinity are not JSON numbers")
        ] == text_problems(text)

    def test_number_out_of_range(self) -> None:
        """A number too large for a float (read as infinity) is refused in extensions."""
        text = '{"format": "tiltak/1", "kind": "action_plan", "extensions": {"x": 1e400}}'
        assert [
            ("$.extensions[<1 character: letters>]", "a number JSON cannot represent")
        ] == text_problems(text)

    def test_number_too_small(self) -> None:
        """A number too small for a float (read as 0) is refused, not turned into 0 silently."""
        head = '{"format": "tiltak/1", "kind": "action_plan", "extensions": '
        text = head + '{"x": [0.5, 1e-400], "y": -2.5E-0330}}'
        message = "a number too small for a JSON reader to keep (it reads as 0)"
        assert [
            ("$.extensions[<1 character: letters>][1]", message),
            ("$.extensions[<1 character: letters>]", message),
        ] == text_problems(text)
        kept = loads(head + '{"a": 0.0, "b": 0e-500, "c": 2.5e-300, "d": -0.0}}')
        assert dict(kept.extensions) == {"a": 0.0, "b": 0.0, "c": 2.5e-300, "d": -0.0}

    def test_duplicate_keys(self) -> None:
        """A key given twice in one object is refused at its path."""
        text = (
            '{"format": "tiltak/1", "kind": "action_plan", "title": "a", "title": "b",'
            ' "measures": [{"id": "1", "id": "2"}]}'
        )
        assert [("$.title", "duplicate key"), ("$.measures[0].id", "duplicate key")] == (
            text_problems(text)
        )

    def test_duplicate_keys_and_other_problems_together(self) -> None:
        """Duplicate keys are reported together with every other problem."""
        text = '{"format": "tiltak/1", "kind": "nope", "title": "a", "title": 3}'
        assert [
            ("$.title", "duplicate key"),
            ("$.kind", "expected one of " + ", ".join(repr(k.value) for k in PlanKind)),
        ] == text_problems(text)


class TestStrictTypes:
    @pytest.mark.parametrize(
        ("fields", "path", "message"),
        [
            ({"title": 3}, "$.title", "expected a string"),
            ({"title": True}, "$.title", "expected a string"),
            ({"title": ["a"]}, "$.title", "expected a string"),
            ({"measures": [{"id": 1}]}, "$.measures[0].id", "expected a string"),
            ({"measures": [{"id": None}]}, "$.measures[0].id", "expected a string"),
            (
                {"measures": [{"id": "1", "order": "3"}]},
                "$.measures[0].order",
                "expected an integer",
            ),
            (
                {"measures": [{"id": "1", "order": True}]},
                "$.measures[0].order",
                "expected an integer",
            ),
            (
                {"measures": [{"id": "1", "order": 3.0}]},
                "$.measures[0].order",
                "expected an integer",
            ),
            ({"consent": {"given": "true"}}, "$.consent.given", "expected true or false"),
            ({"consent": {"given": 1}}, "$.consent.given", "expected true or false"),
            ({"measures": {"id": "1"}}, "$.measures", "expected an array"),
            ({"measures": "1"}, "$.measures", "expected an array"),
            ({"measures": [5]}, "$.measures[0]", "expected an object"),
            ({"consent": "yes"}, "$.consent", "expected an object"),
            ({"extensions": []}, "$.extensions", "expected an object"),
            (
                {"goal_areas": [{"id": "a", "expectations": "abc"}]},
                "$.goal_areas[0].expectations",
                "expected an array",
            ),
            (
                {"goal_areas": [{"id": "a", "expectations": ["x", 2]}]},
                "$.goal_areas[0].expectations[1]",
                "expected a string",
            ),
        ],
    )
    def test_wrong_type(self, fields: dict[str, Any], path: str, message: str) -> None:
        """A value of the wrong JSON type is refused at its path, never converted."""
        assert [(path, message)] == problems(doc(**fields))

    @pytest.mark.parametrize("degree", [0, 101, 1000, -5])
    def test_out_of_range_is_placed(self, degree: int) -> None:
        """A sick-leave degree outside 1 to 100 is refused at the degree, saying the range."""
        rtw = {"return_to_work": {"sick_leave": [{"degree": degree}]}}
        assert problems(doc(**rtw)) == [
            ("$.return_to_work.sick_leave[0].degree", "expected a percentage from 1 to 100")
        ]
        with pytest.raises(tiltak.errors.ModelError, match=r"^SickLeave\.degree: expected"):
            tiltak.SickLeave(degree=degree)

    def test_null_is_unset(self) -> None:
        """``null`` in an optional field reads as unset."""
        assert Plan(kind="action_plan") == from_dict(doc(title=None, consent=None))


class TestDates:
    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("20240315", "expected a date (YYYY-MM-DD)"),
            ("2024-3-15", "expected a date (YYYY-MM-DD)"),
            ("2024-03-15T10:00", "expected a date (YYYY-MM-DD)"),
            ("2024-W11-5", "expected a date (YYYY-MM-DD)"),
            ("\uff12\uff10\uff12\uff14-03-15", "expected a date (YYYY-MM-DD)"),
            ("2024", "expected a date (YYYY-MM-DD)"),
            (20240315, "expected a date (YYYY-MM-DD)"),
            ("2024-02-30", "expected a date that exists (YYYY-MM-DD)"),
            ("2023-02-29", "expected a date that exists (YYYY-MM-DD)"),
            ("2024-13-01", "expected a date that exists (YYYY-MM-DD)"),
        ],
    )
    def test_bad_date(self, value: object, message: str) -> None:
        """Only an ISO calendar date that exists reads as a date."""
        assert [("$.created", message)] == problems(doc(created=value))

    def test_date_object_is_not_json(self) -> None:
        """A ``date`` object where the document should hold text is refused."""
        assert ["$.created"] == paths(doc(created=dt.date(2024, 1, 1)))

    def test_leap_day(self) -> None:
        """29 February of a leap year reads."""
        assert dt.date(2024, 2, 29) == from_dict(doc(created="2024-02-29")).created

    @pytest.mark.parametrize(
        ("value", "precision"),
        [("2020", Precision.YEAR), ("2024-12", Precision.MONTH), ("2024-12-15", Precision.DAY)],
    )
    def test_partial_date_keeps_its_precision(self, value: str, precision: Precision) -> None:
        """A deadline given to the year or the month keeps that precision both ways."""
        plan = from_dict(doc(measures=[{"id": "1", "deadline": value}]))
        deadline = plan.measures[0].deadline
        assert deadline is not None
        assert precision == deadline.precision
        assert value == to_dict(plan)["measures"][0]["deadline"]

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("2024-13", "expected a date that exists (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("2024-02-30", "expected a date that exists (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("0000", "expected a date that exists (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("24", "expected a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("202412", "expected a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("٢٠٢٤", "expected a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            (2024, "expected a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ],
    )
    def test_bad_partial_date(self, value: object, message: str) -> None:
        """A partial date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist."""
        found = problems(doc(measures=[{"id": "1", "deadline": value}]))
        assert [("$.measures[0].deadline", message)] == found

    def test_partial_dates_in_a_list(self) -> None:
        """A bad date in a list is refused at its index."""
        found = paths(doc(follow_up={"dates": ["2024", "2024-99", "2025-06"]}))
        assert ["$.follow_up.dates[1]"] == found


class TestEnums:
    def test_unknown_value_lists_the_allowed(self) -> None:
        """An unknown enum value names the allowed values, not the one given."""
        found = problems(doc(measures=[{"id": "1", "follow_ups": [{"colour": "purple"}]}]))
        assert [
            ("$.measures[0].follow_ups[0].colour", "expected one of 'green', 'yellow', 'red'")
        ] == found

    def test_name_is_not_a_value(self) -> None:
        """Enums read by value: the member name is refused."""
        assert ["$.kind"] == paths({"format": "tiltak/1", "kind": "ACTION_PLAN"})

    def test_wrong_type(self) -> None:
        """A number where an enum value belongs is refused."""
        assert ["$.status"] == paths(doc(status=1))


class TestSchedule:
    def test_reads(self) -> None:
        """A schedule is an object with a start date and an RRULE value."""
        plan = from_dict(
            doc(measures=[{"id": "1", "schedule": {"start": "2024-01-31", "rule": "FREQ=YEARLY"}}])
        )
        assert (
            Schedule(start=dt.date(2024, 1, 31), rule="FREQ=YEARLY") == plan.measures[0].schedule
        )

    @pytest.mark.parametrize(
        ("schedule", "expected"),
        [
            ("FREQ=MONTHLY", [("", "expected an object")]),
            ({"start": "2024-01-31"}, [(".rule", "required field missing")]),
            ({"rule": "FREQ=MONTHLY"}, [(".start", "required field missing")]),
            (
                {"start": "2024-01-31", "rule": "FREQ=MONTHLY", "until": "x"},
                [("[<5 characters: letters>]", "unknown key")],
            ),
            (
                {"start": "2024-02-30", "rule": 5},
                [
                    (".start", "expected a date that exists (YYYY-MM-DD)"),
                    (".rule", "expected a string"),
                ],
            ),
            (
                {"start": "2024-01-31", "rule": "FREQ=SOMETIMES"},
                [(".rule", "expected the value of one RRULE, such as FREQ=MONTHLY")],
            ),
            (
                {"start": "2024-01-31", "rule": "RRULE:FREQ=MONTHLY"},
                [(".rule", "expected the value of one RRULE, such as FREQ=MONTHLY")],
            ),
        ],
    )
    def test_problems(self, schedule: object, expected: list[tuple[str, str]]) -> None:
        """Each problem of a schedule is at the schedule's own field."""
        found = problems(doc(reporting=[{"schedule": schedule}]))
        assert [("$.reporting[0].schedule" + path, m) for path, m in expected] == found

    @pytest.mark.parametrize(
        "rule",
        [
            "FREQ=MONTHLY;BYMONTHDAY=0",
            "FREQ=MONTHLY;BYMONTHDAY=15,-0",
            "FREQ=DAILY;UNTIL=2024-01-05",
            "FREQ=DAILY;UNTIL=01/05/2024",
            "FREQ=YEARLY;BYMONTH=+2",
            "FREQ=DAILY;INTERVAL=\u0661",
            "FREQ=DAILY;COUNT=\u0663",
            "FREQ=MONTHLY;BYMONTHDAY=\u0663\u0661",
            "FREQ=DAILY;FREQ=WEEKLY",
        ],
    )
    def test_rule_off_the_rfc_grammar(self, rule: str) -> None:
        """A rule dateutil would read but RFC 5545 does not write is a problem at its path."""
        schedule = {"start": "2024-01-10", "rule": rule}
        found = text_problems(json.dumps(doc(measures=[{"id": "1", "schedule": schedule}])))
        message = "expected the value of one RRULE, such as FREQ=MONTHLY"
        assert [("$.measures[0].schedule.rule", message)] == found


class TestKeys:
    def test_required_field_missing(self) -> None:
        """A missing required field is a problem at its path."""
        assert [("$.kind", "required field missing")] == problems({"format": "tiltak/1"})
        assert [("$.measures[1].id", "required field missing")] == problems(
            doc(measures=[{"id": "1"}, {"title": "T"}])
        )

    def test_unknown_key(self) -> None:
        """A key the format does not know is a problem at its path."""
        found = problems(doc(colour="red", measures=[{"id": "1", "colour": "red"}]))
        assert [("$.colour", "unknown key"), ("$.measures[0].colour", "unknown key")] == sorted(
            found
        )

    def test_a_text_of_millions_of_objects_is_refused_by_a_count(self) -> None:
        """Two million empty objects would be gigabytes; the text's braces are counted first."""
        head = '{"format": "tiltak/1", "kind": "action_plan", "extensions": {"a": ['
        text = head + "{}," * _format.MAX_CONTAINERS + "{}]}}"
        with pytest.raises(PlanFormatError) as caught:
            loads(text)
        assert [(p.path, p.message_id) for p in caught.value.problems] == [
            ("$", "more than {limit} objects and arrays: not read")
        ]
        fewer = head + "{}," * (_format.MAX_CONTAINERS // 4) + "{}]}}"
        read = loads(fewer).extensions["a"]
        assert isinstance(read, tuple)
        assert len(read) == _format.MAX_CONTAINERS // 4 + 1

    def test_keys_that_look_alike_once_shown_are_each_a_problem(self) -> None:
        """Two unknown keys of one shape are two problems, though their paths read alike."""
        found = problems(doc(xx=1, yy=2, measures=[{"id": "1", "aa": 1, "bb": 2}]))
        assert len(found) == 4

    def test_unknown_key_is_shown_by_its_shape(self) -> None:
        """A key the format does not define is shown by its length and kinds of character."""
        assert ["$[<3 characters: letters, spaces>]"] == paths(doc(**{"a b": 1}))

    @pytest.mark.parametrize(
        ("key", "shown"),
        [
            (
                "Kari Nordmann har diagnosen F32.1",
                "<33 characters: letters, digits, spaces, punctuation>",
            ),
            ("01017012345", "<11 characters: digits>"),
            ("kari@example.no", "<15 characters: letters, punctuation>"),
            ("+47 912 34 567", "<14 characters: digits, spaces, symbols>"),
            ("\u202eabc", "<4 characters: letters, other>"),
            ("", "<empty>"),
        ],
    )
    def test_keys_that_could_be_values_are_never_shown(self, key: str, shown: str) -> None:
        """Unknown and extension keys may hold a name, an fnr, a phone number: none is shown."""
        assert [f"$[{shown}]"] == paths(doc(**{key: 1}))
        found = problems(doc(extensions={key: float("nan")}, measures=[{"id": "1", key: 2}]))
        assert sorted([f"$.extensions[{shown}]", f"$.measures[0][{shown}]"]) == sorted(
            path for path, _ in found
        )
        if key:
            for path, _ in found:
                assert key not in path

    def test_extensions_keep_anything(self) -> None:
        """Inside extensions every key and JSON value is kept verbatim."""
        ext = {"x-system": {"id": 7, "tags": ["a", None, True, 1.5], "": {}}, "a b": []}
        plan = from_dict(doc(extensions=ext, goals=[{"id": "1", "extensions": ext}]))
        assert ext == to_dict(plan)["extensions"]
        assert ext == to_dict(plan)["goals"][0]["extensions"]
        with pytest.raises(TypeError):
            plan.extensions["x-system"]["id"] = 8  # type: ignore[index]
        system = plan.extensions["x-system"]
        assert isinstance(system, Mapping)
        assert ("a", None, True, 1.5) == system["tags"]

    def test_extensions_refuse_what_json_cannot_hold(self) -> None:
        """Extensions from Python data refuse non-string keys, sets and non-finite numbers."""
        found = problems(doc(extensions={"a": {1: "x"}, "bb": {1, 2}, "ccc": float("nan")}))
        assert [
            ("$.extensions[<1 character: letters>]", "an object key that is not a string"),
            ("$.extensions[<2 characters: letters>]", "not a JSON value"),
            ("$.extensions[<3 characters: letters>]", "a number JSON cannot represent"),
        ] == found

    def test_non_string_key_outside_extensions(self) -> None:
        """A key that is not a string is an unknown key, not a crash."""
        data: dict[Any, Any] = {**doc(), 1: 2}
        assert [("$[<not a string>]", "unknown key")] == problems(data)


class TestEveryProblem:
    def test_all_at_once(self) -> None:
        """Every problem of a document is named in one error."""
        data = doc(
            title=3,
            created="2024-02-30",
            measures=[
                {"id": "1", "deadline": "20240315", "extra": True},
                {"title": "no id", "follow_ups": [{"colour": "blue"}]},
            ],
            consent={"given": "yes"},
        )
        expected = {
            ("$.title", "expected a string"),
            ("$.created", "expected a date that exists (YYYY-MM-DD)"),
            ("$.measures[0].deadline", "expected a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("$.measures[0][<5 characters: letters>]", "unknown key"),
            ("$.measures[1].id", "required field missing"),
            ("$.measures[1].follow_ups[0].colour", "expected one of 'green', 'yellow', 'red'"),
            ("$.consent.given", "expected true or false"),
        }
        found = problems(data)
        assert len(expected) == len(found)
        assert expected == set(found)

    def test_error_form(self) -> None:
        """The error is a ValueError and a TiltakError; its text lists every problem."""
        with pytest.raises(PlanFormatError) as info:
            from_dict(doc(title=3, owner=4))
        error = info.value
        assert isinstance(error, ValueError)
        assert isinstance(error, tiltak.TiltakError)
        assert (
            Problem(path="$.title", message_id="expected a string"),
            Problem(path="$.owner", message_id="expected a string"),
        ) == error.problems
        assert (
            "not a valid tiltak plan: 2 problems\n"
            "  expected a string @ $.title\n"
            "  expected a string @ $.owner"
        ) == str(error)

    def test_problems_render_in_each_locale(self) -> None:
        """Each problem is a message id with params, rendered in the locale asked for."""
        with pytest.raises(PlanFormatError) as info:
            from_dict(doc(title=3, kind="plan"))
        error = info.value
        assert {"en", "nb", "nn", "sv"} == {
            locale for locale in ("en", "nb", "nn", "sv") if error.message(locale)
        }
        kind = next(p for p in error.problems if p.path == "$.kind")
        assert "expected one of {allowed}" == kind.message_id
        assert "'action_plan'" in str(kind.params["allowed"])
        title = next(p for p in error.problems if p.path == "$.title")
        assert "expected a string" == title.message("en") == title.message()
        assert "venta ein tekst" == title.message("nn")
        assert "forventet en tekst" == title.message("nb")
        assert "förväntade en text" == title.message("sv")
        assert error.message("sv").startswith("inte en giltig tiltak-plan: 2 problem\n")
        assert str(error) == error.message("en")

    def test_every_problem_message_is_translated(self) -> None:
        """Problems from bad values, bad JSON and a bad format each read in nb, not English."""
        texts = ["", "{", "[1]", '{"format": "x/9"}', '{"format": "tiltak/1", "kind": 1}']
        for text in texts:
            with pytest.raises(PlanFormatError) as info:
                loads(text)
            for problem in info.value.problems:
                assert problem.message("nb") != problem.message("en"), problem

    def test_an_empty_document_says_so(self) -> None:
        """An empty text is named as empty, not as a JSON syntax error."""
        assert [("$", "the document is empty")] == text_problems("  \n")

    def test_messages_never_hold_the_value(self) -> None:
        """No message repeats a value from the document (plans hold personal data)."""
        secret = "Kari Nordmann 01017012345"
        data = doc(
            kind=secret,
            status=secret,
            created=secret,
            title=[secret],
            subject={"name": 3, "birth_date": secret},
            measures=[{"id": "1", "deadline": secret, "order": secret}],
            reporting=[{"schedule": {"start": secret, "rule": secret}}],
            follow_up={"schedule": {"start": "2024-01-01", "rule": secret}},
            consent={"given": secret},
        )
        with pytest.raises(PlanFormatError) as info:
            from_dict(data)
        assert 10 <= len(info.value.problems)
        assert secret not in str(info.value)
        for problem in info.value.problems:
            assert "Kari" not in problem.message()
            assert "0101" not in problem.message()


class TestFormatVersion:
    def test_missing(self) -> None:
        """A document without a format is a problem at ``$.format``, with the others."""
        assert [("$.format", "required field missing"), ("$.title", "expected a string")] == (
            problems({"kind": "action_plan", "title": 1})
        )

    @pytest.mark.parametrize(
        "value", [1, None, "tiltak", "tiltak/", "tiltak/01", "tiltak/x", "v1"]
    )
    def test_malformed(self, value: object) -> None:
        """A malformed format is a problem at ``$.format``."""
        assert [("$.format", "expected a format version such as 'tiltak/1'")] == problems(
            {"format": value, "kind": "action_plan"}
        )

    def test_newer(self) -> None:
        """A newer format is refused with one clear problem, whatever else the document holds."""
        assert [
            (
                "$.format",
                "a newer format than tiltak/1, which this version of tiltak reads: upgrade tiltak",
            )
        ] == problems({"format": "tiltak/2", "kind": "space_plan", "new_field": 1})

    def test_no_migration_ships_for_the_first_version(self) -> None:
        """``tiltak/1`` is the first version: there is nothing older to migrate."""
        assert 1 == _migrations.CURRENT
        assert [] == _migrations.MIGRATIONS


class TestMigrations:
    @pytest.fixture
    def three_versions(self, monkeypatch: pytest.MonkeyPatch) -> list[str]:
        """Pretend the current version is 3, with steps from 1 and from 2."""
        calls: list[str] = []

        def from_1(document: dict[str, Any]) -> dict[str, Any]:
            calls.append("1")
            document = dict(document)
            document["title"] = document.pop("name")
            return document

        def from_2(document: dict[str, Any]) -> dict[str, Any]:
            calls.append("2")
            return {**document, "kind": {"tiltaksplan": "action_plan"}[document["kind"]]}

        monkeypatch.setattr(_migrations, "CURRENT", 3)
        monkeypatch.setattr(_migrations, "FORMAT", "tiltak/3")
        monkeypatch.setattr(_migrations, "MIGRATIONS", [(1, from_1), (2, from_2)])
        return calls

    def test_every_step_in_order(self, three_versions: list[str]) -> None:
        """A document of version 1 passes through both steps, in order."""
        plan = from_dict({"format": "tiltak/1", "kind": "tiltaksplan", "name": "T"})
        assert Plan(kind="action_plan", title="T") == plan
        assert ["1", "2"] == three_versions

    def test_only_the_later_steps(self, three_versions: list[str]) -> None:
        """A document of version 2 passes through the second step only."""
        assert Plan(kind="action_plan") == from_dict({"format": "tiltak/2", "kind": "tiltaksplan"})
        assert ["2"] == three_versions

    def test_current_needs_no_step(self, three_versions: list[str]) -> None:
        """A document of the current version is read as it is, and written with it."""
        plan = from_dict({"format": "tiltak/3", "kind": "action_plan"})
        assert [] == three_versions
        assert "tiltak/3" == to_dict(plan)["format"]

    def test_a_failing_step_is_a_problem(self, three_versions: list[str]) -> None:
        """A step that cannot bring the document up is a problem at ``$.format``."""
        assert [("$.format", "could not bring the document from tiltak/1")] == problems(
            {"format": "tiltak/1", "kind": "action_plan"}
        )

    def test_problems_after_migration(self, three_versions: list[str]) -> None:
        """A migrated document is checked like any other."""
        assert ["$.title"] == paths({"format": "tiltak/2", "kind": "tiltaksplan", "title": 1})


class TestFastPath:
    def test_valid_input_skips_detailed_validation(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A valid document is read without the slower detailed pass."""

        class Refuse:
            def structure(self, *args: object) -> object:
                raise AssertionError("the detailed pass ran")

        monkeypatch.setattr(_format, "DETAILED", Refuse())
        assert Plan(kind="action_plan", title="T") == from_dict(doc(title="T"))

    def test_invalid_input_still_names_every_problem(self) -> None:
        """When the fast pass fails, the detailed pass names every problem."""
        assert ["$.title", "$.owner", "$.measures[0].id"] == paths(
            doc(title=1, owner=2, measures=[{}])
        )


class TestImport:
    def test_import_tiltak_stays_light(self) -> None:
        """``import tiltak`` imports neither hypothesis nor Babel's dates nor dateutil's parser."""
        code = (
            "import sys, tiltak; "
            "print(sorted(m for m in sys.modules if m.startswith("
            "('hypothesis', 'babel.dates', 'dateutil.parser', 'orjson', 'pydantic'))))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "[]" == out.stdout.strip()

    def test_public_names(self) -> None:
        """The four functions are exported from ``tiltak``."""
        assert {"dumps", "from_dict", "loads", "to_dict"} <= set(tiltak.__all__)


class TestDocsExample:
    def test_the_example_documents_read(self) -> None:
        """Every JSON example in docs/format.md reads, and writes back to the same text."""
        page = DOCS.read_text(encoding="utf-8")
        blocks = re.findall(r"```json\n(.*?)\n```", page, flags=re.DOTALL)
        assert 2 == len(blocks)
        kinds = []
        for example in blocks:
            plan = loads(example)
            assert example == dumps(plan, indent=2)
            kinds.append(plan.kind)
        assert [PlanKind.ACTION_PLAN, PlanKind.RETURN_TO_WORK_PLAN] == kinds

    def test_every_object_lists_each_of_its_keys_once(self) -> None:
        """Each object's table in docs/format.md has one row per key, in the model's order."""
        page = DOCS.read_text(encoding="utf-8")
        sections = dict(re.findall(r"\n## (\w+)\n(.*?)(?=\n## |\Z)", page, flags=re.DOTALL))
        for name, cls in vars(tiltak).items():
            if not (isinstance(cls, type) and attrs.has(cls)) or name not in sections:
                continue
            rows = re.findall(r"^\| `(\w+)` \|", sections[name], flags=re.MULTILINE)
            head = ["format"] if cls is Plan else []  # the document's own key comes first
            assert rows == [*head, *(field.name for field in attrs.fields(cls))], name

    def test_the_example_uses_every_part_of_an_action_plan(self) -> None:
        """The action plan example shows partial dates, schedules, colours and extensions."""
        page = DOCS.read_text(encoding="utf-8")
        plan = loads(re.findall(r"```json\n(.*?)\n```", page, flags=re.DOTALL)[0])
        assert PartialDate(year=2024, month=12) in {m.deadline for m in plan.measures}
        assert all(m.schedule is not None or m.follow_ups for m in plan.measures)
        assert plan.extensions
