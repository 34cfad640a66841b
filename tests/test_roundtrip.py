"""Nothing is lost: every plan reads back from its JSON equal to itself."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiltak import (
    Goal,
    GoalArea,
    Measure,
    Plan,
    PlanKind,
    Responsible,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from tiltak.testing import plans

SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class TestRoundTrip:
    @SETTINGS
    @given(plans(valid=False))
    def test_text_and_dict(self, plan: Plan) -> None:
        """``loads(dumps(p)) == p`` and ``from_dict(to_dict(p)) == p`` for plans of every kind."""
        assert plan == loads(dumps(plan))
        assert plan == from_dict(to_dict(plan))
        assert plan == loads(dumps(plan).encode("utf-8"))

    @settings(max_examples=100, deadline=None)
    @given(plans(valid=False), st.sampled_from([None, 0, 2]))
    def test_text_is_stable(self, plan: Plan, indent: int | None) -> None:
        """Writing a plan read from its own text gives the same text, indented or not."""
        text = dumps(plan, indent=indent)
        assert text == dumps(loads(text), indent=indent)
        assert json.loads(text) == to_dict(plan)

    @pytest.mark.parametrize("kind", list(PlanKind))
    @settings(max_examples=15, deadline=None)
    @given(data=st.data())
    def test_every_kind(self, kind: PlanKind, data: st.DataObject) -> None:
        """``plans(kind)`` gives plans of that kind, and each round-trips."""
        plan = data.draw(plans(kind, valid=False))
        assert kind == plan.kind
        assert plan == loads(dumps(plan))

    def test_examples(self) -> None:
        """Every example plan round-trips through the text and the dict form."""
        from tiltak import examples

        names = examples.names()
        assert names
        for name in names:
            plan = examples.load(name)
            assert plan == loads(dumps(plan))
            assert plan == from_dict(to_dict(plan))

    def test_text_edge_cases(self) -> None:
        """Non-ASCII, right-to-left, emoji, control characters and long texts survive."""
        texts = [
            "æøå ÆØÅ äö",
            "👩‍👩‍👧 🇳🇴 🇸🇪",
            "\u05e9\u05c1\u05dc\u05d5\u05dd \u05e2\u05dc\u05d9\u05db\u05dd",
            "مرحبا بالعالم",
            "\x00\x1f\x7f \u2028\u2029 \ufeff",
            '"\\/\b\f\n\r\t',
            "x" * 1_000_000,
            "",
        ]
        for text in texts:
            plan = Plan(
                kind="individual_plan",
                title=text,
                goals=[Goal(id=text, extensions={text: [text, {text: text}]})],
                measures=[Measure(id="1", responsible=Responsible(name=text))],
            )
            assert plan == loads(dumps(plan))
            assert plan == loads(dumps(plan).encode("utf-8"))

    def test_empty_collections(self) -> None:
        """Empty tuples, empty objects and empty strings read back as they were."""
        plan = Plan(
            kind="operational_plan",
            title="",
            goal_areas=[GoalArea(id="", expectations=())],
            measures=[Measure(id="1", goals=(), extensions={"a": {}, "b": [], "c": ""})],
            extensions={},
        )
        assert plan == loads(dumps(plan))
        assert plan == from_dict(to_dict(plan))

    def test_extension_numbers(self) -> None:
        """Integers, floats, big integers and negative zero keep their values and types."""
        values = [0, -1, 2**63, 10**300, 1.5, -0.0, 1e-300, 1.7976931348623157e308, True, None]
        plan = Plan(kind="action_plan", extensions={"n": values})
        back = loads(dumps(plan))
        assert plan == back
        got = back.extensions["n"]
        assert isinstance(got, tuple)
        assert [type(v) for v in values] == [type(v) for v in got]
