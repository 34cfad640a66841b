import copy
import json
from collections.abc import Iterator, Sequence
from importlib.resources import files
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]

import tiltak
from tiltak import Plan, PlanFormatError, json_schema
from tiltak._serial._schema import schema_text
from tiltak.testing import plans

VALIDATOR = Draft202012Validator(json_schema())
WITH_FORMATS = Draft202012Validator(
    json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
)


def _loads_accepts(document: object) -> bool:
    try:
        tiltak.loads(json.dumps(document, ensure_ascii=False))
    except PlanFormatError:
        return False
    return True


def _doc(**fields: object) -> dict[str, object]:
    return {"format": "tiltak/1", "kind": "action_plan", **fields}


BROKEN = {
    "empty": {},
    "array": [],
    "no kind": {"format": "tiltak/1"},
    "no format": {"kind": "action_plan"},
    "newer format": {"format": "tiltak/2", "kind": "action_plan"},
    "malformed format": {"format": "tiltak/one", "kind": "action_plan"},
    "unknown kind": _doc(kind="plan_b"),
    "title a number": _doc(title=3),
    "unknown key": _doc(colour="green"),
    "unknown nested key": _doc(goals=[{"id": "1", "target": {"due": "2024-12", "x": 1}}]),
    "measures an object": _doc(measures={}),
    "measure without id": _doc(measures=[{"title": "x"}]),
    "month 13": _doc(measures=[{"id": "1", "deadline": "2024-13"}]),
    "short month": _doc(measures=[{"id": "1", "deadline": "2024-1-05"}]),
    "year 0": _doc(measures=[{"id": "1", "deadline": "0000"}]),
    "date with time": _doc(created="2024-01-01T00:00:00"),
    "partial created": _doc(created="2024-01"),
    "date then newline": _doc(created="2024-01-01\n"),
    "year then newline": _doc(measures=[{"id": "1", "deadline": "2024\n"}]),
    "order a string": _doc(measures=[{"id": "1", "order": "3"}]),
    "order a boolean": _doc(measures=[{"id": "1", "order": True}]),
    "extensions an array": _doc(extensions=[]),
    "schedule without rule": _doc(reporting=[{"schedule": {"start": "2024-01-01"}}]),
    "schedule extra key": _doc(
        reporting=[{"schedule": {"start": "2024-01-01", "rule": "FREQ=MONTHLY", "x": 1}}]
    ),
    "colour blue": _doc(follow_ups=[{"colour": "blue"}]),
    "consent given yes": _doc(consent={"given": "yes"}),
    "null in dates": _doc(follow_up={"dates": ["2024-12", None]}),
    "meeting without number": _doc(return_to_work={"dialogue_meetings": [{"date": "2024-01-01"}]}),
    "expectations a string": _doc(goal_areas=[{"id": "1", "expectations": "text"}]),
    "goals null": _doc(goals=None),
    "extensions null": _doc(extensions=None),
}

ACCEPTED = {
    "minimal": _doc(),
    "nulls for optional fields": _doc(title=None, period=None, status=None, created=None),
    "partial dates": _doc(period={"start": "2019", "end": "2023-12"}),
    "leap day": _doc(created="2024-02-29"),
    "any extensions": _doc(extensions={"a": {"b": [1, None, 2.5, True, "æ"]}}),
    "defaults written out": _doc(consent={"given": True}, revisions=[{"main": False}]),
    "schedule": _doc(reporting=[{"schedule": {"start": "2024-01-31", "rule": "FREQ=MONTHLY"}}]),
}


class TestJsonSchema:
    def test_is_a_draft_2020_12_schema(self) -> None:
        """The schema is itself valid under the Draft 2020-12 meta-schema."""
        schema = json_schema()
        Draft202012Validator.check_schema(schema)
        assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]

    def test_states_the_format_version(self) -> None:
        """The format key is required and must be tiltak/1."""
        schema = json_schema()
        assert {"const": "tiltak/1"} == schema["properties"]["format"]
        assert ["format", "kind"] == schema["required"]

    def test_closed_except_extensions(self) -> None:
        """Every object but extensions refuses keys it does not name."""
        schema = json_schema()
        objects = [schema] + [d for d in schema["$defs"].values() if d.get("type") == "object"]
        closed = [d for d in objects if d.get("additionalProperties") is False]
        assert [schema["$defs"]["Extensions"]] == [d for d in objects if d not in closed]

    def test_follows_the_model(self) -> None:
        """Each class of the model is a definition with its fields, required when no default."""
        import attrs

        schema = json_schema()
        for cls in [tiltak.Measure, tiltak.Goal, tiltak.Schedule, tiltak.DialogueMeeting]:
            definition = schema["$defs"][cls.__name__]
            assert [f.name for f in attrs.fields(cls)] == list(definition["properties"])
            required = [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING]
            assert required == definition.get("required", [])
        assert [c.value for c in tiltak.StatusColour] == schema["$defs"]["StatusColour"]["enum"]

    def test_new_dict_every_call(self) -> None:
        """Changing one returned schema does not change the next."""
        schema = json_schema()
        schema["properties"].clear()
        assert "kind" in json_schema()["properties"]

    def test_shipped_file_is_current(self) -> None:
        """The schema shipped in the package is exactly the generated one."""
        shipped = files("tiltak").joinpath("schema/tiltak-1.schema.json").read_text("utf-8")
        assert schema_text() == shipped, (
            'regenerate: python -c "from tiltak._serial._schema import schema_text; '
            "open('src/tiltak/schema/tiltak-1.schema.json', 'w', encoding='utf-8')"
            '.write(schema_text())"'
        )
        assert json_schema() == json.loads(shipped)

    def test_examples_validate(self, plan: Plan) -> None:
        """Every example plan's document is valid under the schema."""
        assert [] == [e.message for e in WITH_FORMATS.iter_errors(tiltak.to_dict(plan))]

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(plans(valid=False))
    def test_generated_plans_validate(self, plan: Plan) -> None:
        """Every generated plan's document is valid under the schema."""
        assert [] == [e.message for e in WITH_FORMATS.iter_errors(tiltak.to_dict(plan))]


class TestAgreesWithLoads:
    @pytest.mark.parametrize("document", BROKEN.values(), ids=BROKEN.keys())
    def test_refused_by_both(self, document: Any) -> None:
        """A document loads refuses is refused by the schema too."""
        assert (False, False) == (_loads_accepts(document), VALIDATOR.is_valid(document))

    @pytest.mark.parametrize("document", ACCEPTED.values(), ids=ACCEPTED.keys())
    def test_accepted_by_both(self, document: Any) -> None:
        """A document loads accepts is accepted by the schema too."""
        assert (True, True) == (_loads_accepts(document), VALIDATOR.is_valid(document))

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(plans(valid=False), st.data())
    def test_mutations(self, plan: Plan, data: st.DataObject) -> None:
        """Wherever a valid document is broken or changed, loads and the schema agree on it."""
        document = tiltak.to_dict(plan)
        mutated = copy.deepcopy(document)
        path = data.draw(st.sampled_from(list(_paths(document))))
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "add":
            holder = _walk(mutated, path)
            if not isinstance(holder, dict) or "extensions" in path:
                return
            holder["not_a_field"] = 1
        elif not path or "extensions" in path[:-1]:
            return  # the root is the document; extensions take anything
        elif action == "delete":
            del _walk(mutated, path[:-1])[path[-1]]
        else:
            new: object = data.draw(st.sampled_from([None, 3, 1.5, True, "x", "2024-02", [], {}]))
            if path[-1] == "rule" and isinstance(new, str):
                return  # RRULE text is read by loads only (see TestDeliberateDifferences)
            _walk(mutated, path[:-1])[path[-1]] = new
        assert _loads_accepts(mutated) == VALIDATOR.is_valid(mutated)


def _paths(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """The path of every value in a document, the root's included."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def _walk(value: Any, path: Sequence[str | int]) -> Any:
    for part in path:
        value = value[part]
    return value


class TestDeliberateDifferences:
    """What the schema cannot say, as docs/schema.md lists it."""

    def test_impossible_calendar_dates(self) -> None:
        """30 February passes the patterns; format checking catches whole dates only."""
        whole = _doc(created="2024-02-30")
        partial = _doc(measures=[{"id": "1", "deadline": "2023-02-29"}])
        assert (False, True, False) == (
            _loads_accepts(whole),
            VALIDATOR.is_valid(whole),
            WITH_FORMATS.is_valid(whole),
        )
        assert (False, True) == (_loads_accepts(partial), WITH_FORMATS.is_valid(partial))

    def test_rrule_text(self) -> None:
        """The schema takes any string as a rule; loads reads it as an RRULE."""
        document = _doc(reporting=[{"schedule": {"start": "2024-01-01", "rule": "FREQ=OFTEN"}}])
        assert (False, True) == (_loads_accepts(document), VALIDATOR.is_valid(document))

    def test_integral_float(self) -> None:
        """JSON Schema counts 3.0 as an integer; loads wants an integer written as one."""
        document = _doc(measures=[{"id": "1", "order": 3.0}])
        assert (False, True) == (_loads_accepts(document), VALIDATOR.is_valid(document))
