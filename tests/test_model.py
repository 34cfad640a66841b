import datetime as dt

import attrs
import pytest

from tiltak import (
    FollowUp,
    Goal,
    GoalOrigin,
    Measure,
    PartialDate,
    Plan,
    PlanKind,
    Responsible,
    Schedule,
    StatusColour,
    Subject,
    TiltakError,
)
from tiltak.errors import ModelError, ModelTypeError


class TestEnums:
    def test_values_are_lower_case_names(self) -> None:
        """Every enum value is its member's name in lower case."""
        for member in [*PlanKind, *StatusColour, *GoalOrigin]:
            assert member.name.lower() == member.value

    def test_no_fourth_colour(self) -> None:
        """Not assessed is the absence of a colour, not a member."""
        assert {"green", "yellow", "red"} == {c.value for c in StatusColour}


class TestPlan:
    def test_minimal_plan(self) -> None:
        """Only the kind is required; everything else may be missing."""
        plan = Plan(kind=PlanKind.ACTION_PLAN)
        assert plan.measures == ()
        assert plan.title is None

    def test_kind_from_value(self) -> None:
        """The kind may be given by its value."""
        assert Plan(kind="individual_plan").kind == PlanKind.INDIVIDUAL_PLAN

    def test_unknown_kind_names_the_allowed_values(self) -> None:
        """An unknown kind is refused with the list of kinds, as a ValueError."""
        with pytest.raises(ModelError, match="action_plan") as info:
            Plan(kind="plan_b")
        assert isinstance(info.value, ValueError)
        assert isinstance(info.value, TiltakError)

    def test_frozen_and_evolve(self) -> None:
        """Plans are immutable and changed with attrs.evolve."""
        plan = Plan(kind=PlanKind.ACTION_PLAN, title="Trygg by")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            plan.title = "x"  # type: ignore[misc]
        assert attrs.evolve(plan, title="Ny").title == "Ny"

    def test_value_equality_and_hash(self) -> None:
        """Two plans built alike are equal and hash alike, extensions included in equality."""
        a = Plan(kind="action_plan", goals=[Goal(id="1")], extensions={"x": [1, {"y": None}]})
        b = Plan(kind="action_plan", goals=(Goal(id="1"),), extensions={"x": (1, {"y": None})})
        assert a == b
        assert hash(a) == hash(b)
        assert a != attrs.evolve(a, extensions={"x": 2})

    def test_keyword_only(self) -> None:
        """Fields are keyword-only."""
        with pytest.raises(TypeError):
            Goal("1")  # type: ignore[call-arg]

    def test_slotted(self) -> None:
        """Model classes are slotted."""
        assert "__dict__" not in dir(Plan(kind="action_plan"))

    def test_collections_are_tuples(self) -> None:
        """Lists given to the constructor are kept as tuples."""
        measure = Measure(id="1", goals=["1", "2"])
        assert measure.goals == ("1", "2")

    def test_refuses_a_string_for_a_collection(self) -> None:
        """A string is not silently split into characters."""
        with pytest.raises(ModelTypeError):
            Measure(id="1", goals="12")

    def test_refuses_wrong_item_type_without_echoing_it(self) -> None:
        """A wrong item names the field and index and never the value."""
        with pytest.raises(
            ModelTypeError, match=r"Plan\.goals\[1\] must be Goal, not str"
        ) as info:
            Plan(kind="action_plan", goals=[Goal(id="1"), "Kari Nordmann"])
        assert "Kari" not in str(info.value)

    def test_refuses_datetime_for_a_date(self) -> None:
        """A datetime is not a date."""
        with pytest.raises(ModelTypeError):
            Plan(kind="action_plan", created=dt.datetime(2024, 1, 1))


class TestExtensions:
    def test_frozen_copy(self) -> None:
        """Extensions are copied into a read-only structure; the caller's dict stays theirs."""
        data = {"a": [1, 2]}
        goal = Goal(id="1", extensions=data)
        data["a"].append(3)
        assert goal.extensions["a"] == (1, 2)
        with pytest.raises(TypeError):
            goal.extensions["b"] = 1  # type: ignore[index]

    @pytest.mark.parametrize("value", [{1: "x"}, {"a": {1, 2}}, {"a": float("nan")}, [1]])
    def test_refuses_what_json_cannot_hold(self, value: object) -> None:
        """Non-string keys, sets, NaN and non-objects are refused."""
        with pytest.raises(ModelError):
            Goal(id="1", extensions=value)


class TestMeasure:
    def test_colour_is_latest_assessed(self) -> None:
        """A measure's colour is that of its latest follow-up with a colour."""
        measure = Measure(
            id="1",
            follow_ups=[
                FollowUp(date=dt.date(2024, 1, 1), colour="red"),
                FollowUp(date=dt.date(2024, 2, 1), colour=StatusColour.GREEN),
                FollowUp(date=dt.date(2024, 3, 1)),
            ],
        )
        assert measure.colour == StatusColour.GREEN
        assert Measure(id="2").colour is None

    def test_deadline_accepts_partial_forms(self) -> None:
        """A deadline is kept at the precision it was given."""
        assert PartialDate(year=2020) == Measure(id="1", deadline="2020").deadline
        assert (
            PartialDate.parse("2024-03-15")
            == Measure(id="1", deadline=dt.date(2024, 3, 15)).deadline
        )


class TestSchedule:
    def test_refuses_invalid_rule(self) -> None:
        """A rule that is not an RRULE value is refused."""
        for rule in ["FREQ=SOMETIMES", "RRULE:FREQ=MONTHLY", "", "FREQ=MONTHLY\nFREQ=DAILY"]:
            with pytest.raises(ModelError):
                Schedule(start=dt.date(2024, 1, 1), rule=rule)


class TestRepr:
    def test_hides_personal_text_and_shortens_labels(self) -> None:
        """A repr shows ids, kinds, dates and counts, an excerpt of labels, and no other text."""
        plan = Plan(
            kind="individual_plan",
            title="Individuell plan for MARKER-NAME and more words",
            subject=Subject(name="MARKER-NAME", national_id="MARKER-ID", email="MARKER@x.no"),
            background="MARKER-BACKGROUND",
            goals=[Goal(id="G1", text="MARKER-GOAL " * 5)],
            measures=[
                Measure(
                    id="M1",
                    description="MARKER-DESCRIPTION",
                    responsible=Responsible(name="MARKER-NAME", phone="MARKER-PHONE"),
                    follow_ups=[FollowUp(note="MARKER-NOTE", colour="red")],
                    deadline="2024-12",
                )
            ],
        )
        texts = [repr(plan), repr(plan.subject), repr(plan.goals[0]), repr(plan.measures[0])]
        texts += [repr(plan.measures[0].responsible), repr(plan.measures[0].follow_ups[0])]
        joined = "\n".join(texts)
        for marker in ["MARKER-NAME", "MARKER-ID", "MARKER@", "MARKER-BACKGROUND", "MARKER-NOTE"]:
            assert marker not in joined
        assert "MARKER-DESCRIPTION" not in joined
        assert "MARKER-PHONE" not in joined
        assert "Plan(kind=individual_plan, title='Individuell plan fo…'" in texts[0]
        assert "Measure(id='M1', description=<str>" in texts[3]
        assert "deadline=2024-12" in texts[3]
        assert "FollowUp(colour=red, note=<str>)" == texts[5]

    def test_every_label_excerpt_is_bounded(self) -> None:
        """No label excerpt exceeds the documented length."""
        from tiltak._redact import EXCERPT_LENGTH

        goal = Goal(id="1", text="x" * 1000)
        assert f"text='{'x' * (EXCERPT_LENGTH - 1)}…'" in repr(goal)
