import datetime as dt
from typing import Any

import attrs
import pytest

from tiltak import (
    Cause,
    Change,
    ChangeKind,
    DialogueMeeting,
    FollowUp,
    Goal,
    GoalArea,
    Measure,
    Participant,
    Period,
    Plan,
    PlanDiff,
    Principal,
    ReportingLine,
    Responsible,
    ReturnToWork,
    Revision,
    Schedule,
    Target,
    diff,
    examples,
)
from tiltak.errors import ModelTypeError

ADDED, REMOVED, CHANGED = ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED
D = dt.date


def triples(plan_diff: PlanDiff) -> list[tuple[str, str, str]]:
    return [(c.kind.value, c.path, c.field) for c in plan_diff]


BASE = Plan(
    kind="action_plan",
    id="p",
    title="Tryggere torg",
    period=Period(start="2024-01", end="2024-12"),
    owner="Enhet for forebygging",
    background="Mye hærverk",
    causes=[Cause(id="1", text="Mørkt"), Cause(id="2", text="Lite folk")],
    goal_areas=[GoalArea(id="A", title="Trygghet")],
    goals=[Goal(id="1", text="Færre skader", area="A", target=Target(value="-50 %"))],
    measures=[
        Measure(
            id="1",
            title="Belysning",
            goals=["1"],
            causes=["1"],
            deadline="2024-03-01",
            responsible=Responsible(name="Kari Nordmann", email="kari@example.no"),
        ),
        Measure(id="2", title="Vektere", goals=["1"], causes=["2"], order=2),
        Measure(id="3", title="Nattravn", goals=["1"], causes=["2"], deadline="2024-03-01"),
    ],
    participants=[Participant(name="Ola Nordmann", role="Leder")],
    revisions=[Revision(due="2024-06")],
)


def evolve_measure(plan: Plan, index: int, **changes: Any) -> Plan:
    measures = list(plan.measures)
    measures[index] = attrs.evolve(measures[index], **changes)
    return attrs.evolve(plan, measures=measures)


class TestNoChange:
    @pytest.mark.parametrize("name", examples.names())
    def test_example_against_itself(self, name: str) -> None:
        """Every example compared with itself has no changes."""
        plan = examples.load(name)
        result = diff(plan, plan)
        assert [] == list(result)
        assert (0, False) == (len(result), bool(result))

    @pytest.mark.parametrize("name", examples.names())
    def test_example_against_a_copy(self, name: str) -> None:
        """An equal copy, not the same object, has no changes either."""
        plan = examples.load(name)
        assert not diff(plan, attrs.evolve(plan))

    def test_reordered_list(self) -> None:
        """Moving a measure in the list is not a change: measures are matched by id."""
        moved = attrs.evolve(BASE, measures=BASE.measures[::-1])
        assert [] == triples(diff(BASE, moved))


class TestPlanFields:
    def test_changed(self) -> None:
        """A changed plan field is reported at its path with both values."""
        new = attrs.evolve(
            BASE, title="Tryggere torg 2", period=Period(start="2024-01", end="2025-06")
        )
        result = diff(BASE, new)
        assert [("changed", "$.title", "title"), ("changed", "$.period", "period")] == triples(
            result
        )
        assert ("Tryggere torg", "Tryggere torg 2") == (result[0].old, result[0].new)

    def test_added_and_removed(self) -> None:
        """A field set from nothing is added; one cleared is removed, at the old path."""
        new = attrs.evolve(BASE, background=None, resources="To vektere")
        assert [
            ("added", "$.resources", "resources"),
            ("removed", "$.background", "background"),
        ] == sorted(triples(diff(BASE, new)))

    def test_kind_changed(self) -> None:
        """Even the kind of plan is a field that can change."""
        assert [("changed", "$.kind", "kind")] == triples(
            diff(BASE, attrs.evolve(BASE, kind="individual_plan"))
        )


class TestElements:
    def test_cause_added_removed_changed(self) -> None:
        """Causes are matched by id: added, removed and changed each at their own path."""
        new = attrs.evolve(
            BASE, causes=[Cause(id="2", text="Få folk ute"), Cause(id="3", text="Rus")]
        )
        assert [
            ("removed", "$.causes[0]", "causes"),
            ("changed", "$.causes[0].text", "text"),
            ("added", "$.causes[1]", "causes"),
        ] == triples(diff(BASE, new))

    def test_goal_area(self) -> None:
        """A goal area's purpose set for the first time is added."""
        new = attrs.evolve(BASE, goal_areas=[GoalArea(id="A", title="Trygghet", purpose="Formål")])
        assert [("added", "$.goal_areas[0].purpose", "purpose")] == triples(diff(BASE, new))

    def test_goal_target(self) -> None:
        """A goal's target is compared field by field."""
        goal = attrs.evolve(BASE.goals[0], target=Target(value="-50 %", due="2024-12"))
        assert [("added", "$.goals[0].target.due", "due")] == triples(
            diff(BASE, attrs.evolve(BASE, goals=[goal]))
        )

    def test_measure_added_and_removed(self) -> None:
        """An added measure is at its new path, a removed one at its old path."""
        new = attrs.evolve(BASE, measures=[BASE.measures[0], BASE.measures[2], Measure(id="4")])
        result = diff(BASE, new)
        assert [
            ("removed", "$.measures[1]", "measures"),
            ("added", "$.measures[2]", "measures"),
        ] == triples(result)
        assert (BASE.measures[1], None) == (result[0].old, result[0].new)
        assert (None, Measure(id="4")) == (result[1].old, result[1].new)

    def test_measure_deadline(self) -> None:
        """A changed deadline is reported with both dates, at the measure's new index."""
        new = evolve_measure(BASE, 2, deadline="2024-04-01")
        new = attrs.evolve(new, measures=new.measures[::-1])
        (change,) = diff(BASE, new)
        assert ("changed", "$.measures[0].deadline", "deadline") == (
            change.kind.value,
            change.path,
            change.field,
        )
        assert ("2024-03-01", "2024-04-01") == (str(change.old), str(change.new))

    def test_measure_links(self) -> None:
        """The goals and causes a measure names are compared as one value each."""
        new = evolve_measure(BASE, 1, causes=["1", "2"], goals=())
        assert [
            ("removed", "$.measures[1].goals", "goals"),
            ("changed", "$.measures[1].causes", "causes"),
        ] == triples(diff(BASE, new))

    def test_responsible(self) -> None:
        """A responsible is compared field by field; a new one is added whole."""
        new = evolve_measure(BASE, 0, responsible=Responsible(name="Kari Nordmann", phone="+47 1"))
        new = evolve_measure(new, 1, responsible=Responsible(name="Per"))
        assert [
            ("removed", "$.measures[0].responsible.email", "email"),
            ("added", "$.measures[0].responsible.phone", "phone"),
            ("added", "$.measures[1].responsible", "responsible"),
        ] == sorted(triples(diff(BASE, new)), key=lambda t: t[1])

    def test_colour(self) -> None:
        """A new follow-up, and with it a colour, is an added element of the measure."""
        new = evolve_measure(BASE, 0, follow_ups=[FollowUp(date=D(2024, 3, 2), colour="green")])
        (change,) = diff(BASE, new)
        assert ("added", "$.measures[0].follow_ups[0]", "follow_ups") == (
            change.kind.value,
            change.path,
            change.field,
        )

    def test_follow_up_colour_changed(self) -> None:
        """A follow-up's colour changed in place is matched by position."""
        old = evolve_measure(BASE, 0, follow_ups=[FollowUp(date=D(2024, 3, 2), colour="yellow")])
        new = evolve_measure(BASE, 0, follow_ups=[FollowUp(date=D(2024, 3, 2), colour="green")])
        assert [("changed", "$.measures[0].follow_ups[0].colour", "colour")] == triples(
            diff(old, new)
        )

    def test_participants_by_position(self) -> None:
        """Participants have no id: they are matched by their place in the list."""
        new = attrs.evolve(
            BASE,
            participants=[
                Participant(name="Ola Nordmann", role="Rådgiver"),
                Participant(name="Eva"),
            ],
        )
        assert [
            ("changed", "$.participants[0].role", "role"),
            ("added", "$.participants[1]", "participants"),
        ] == triples(diff(BASE, new))

    def test_revisions(self) -> None:
        """A revision carried out is reported as its done date added."""
        new = attrs.evolve(BASE, revisions=[Revision(due="2024-06", done=D(2024, 6, 20))])
        assert [("added", "$.revisions[0].done", "done")] == triples(diff(BASE, new))

    def test_revision_removed(self) -> None:
        """A revision dropped from the list is removed at its old path."""
        assert [("removed", "$.revisions[0]", "revisions")] == triples(
            diff(BASE, attrs.evolve(BASE, revisions=()))
        )

    def test_principals_by_id(self) -> None:
        """Principals are matched by id."""
        old = attrs.evolve(BASE, principals=[Principal(id="k"), Principal(id="r")])
        new = attrs.evolve(BASE, principals=[Principal(id="r", overall_responsibility=True)])
        assert [
            ("removed", "$.principals[0]", "principals"),
            ("changed", "$.principals[0].overall_responsibility", "overall_responsibility"),
        ] == triples(diff(old, new))

    def test_dialogue_meetings_by_number(self) -> None:
        """Dialogue meetings are matched by their number."""
        old = attrs.evolve(
            BASE, return_to_work=ReturnToWork(dialogue_meetings=[DialogueMeeting(number=1)])
        )
        new = attrs.evolve(
            BASE,
            return_to_work=ReturnToWork(
                dialogue_meetings=[
                    DialogueMeeting(number=2),
                    DialogueMeeting(number=1, date=D(2024, 3, 1)),
                ]
            ),
        )
        assert [
            ("added", "$.return_to_work.dialogue_meetings[0]", "dialogue_meetings"),
            ("added", "$.return_to_work.dialogue_meetings[1].date", "date"),
        ] == triples(diff(old, new))

    def test_reporting_schedule(self) -> None:
        """A reporting line's schedule is compared as one value."""
        old = attrs.evolve(
            BASE,
            reporting=[ReportingLine(schedule=Schedule(start=D(2024, 1, 1), rule="FREQ=MONTHLY"))],
        )
        new = attrs.evolve(
            BASE,
            reporting=[
                ReportingLine(
                    schedule=Schedule(start=D(2024, 1, 1), rule="FREQ=MONTHLY;INTERVAL=4")
                )
            ],
        )
        assert [("changed", "$.reporting[0].schedule", "schedule")] == triples(diff(old, new))

    def test_duplicate_ids(self) -> None:
        """Elements that share an id are matched in their order."""
        old = attrs.evolve(BASE, measures=[Measure(id="1"), Measure(id="1", title="b")])
        new = attrs.evolve(BASE, measures=[Measure(id="1"), Measure(id="1", title="c")])
        assert [("changed", "$.measures[1].title", "title")] == triples(diff(old, new))

    def test_extensions(self) -> None:
        """Extensions are compared as one value."""
        new = attrs.evolve(BASE, extensions={"system": {"ref": 1}})
        assert [("added", "$.extensions", "extensions")] == triples(diff(BASE, new))


class TestChange:
    def test_repr_hides_values(self) -> None:
        """A change's repr shows where and what kind, never the values."""
        new = evolve_measure(BASE, 0, responsible=Responsible(name="Per Hansen"))
        shown = repr(list(diff(BASE, new)))
        assert "Kari" not in shown
        assert "Per Hansen" not in shown
        assert "Change(kind=changed, path='$.measures[0].responsible.name', field='name')" in shown

    def test_parent(self) -> None:
        """A change's parent is the element that holds the value."""
        change = Change(kind=ADDED, path="$.measures[2].follow_ups[1]", field="follow_ups")
        assert "$.measures[2]" == change.parent
        assert "$" == Change(kind=CHANGED, path="$.title", field="title").parent

    def test_sequence(self) -> None:
        """A PlanDiff is a sequence of its changes."""
        result = diff(BASE, attrs.evolve(BASE, title="x", owner=None))
        assert 2 == len(result)
        assert result[0] is result.changes[0]
        assert list(result.changes) == list(result)
        assert "PlanDiff(changes=2)" == repr(result)

    def test_not_a_plan(self) -> None:
        """Only plans are compared."""
        with pytest.raises(ModelTypeError, match="new must be a Plan"):
            diff(BASE, {"kind": "action_plan"})  # type: ignore[arg-type]


class TestDescribe:
    def test_deadline_in_bokmal(self) -> None:
        """A deadline change reads as the sector writes it, with both dates."""
        new = evolve_measure(BASE, 2, deadline="2024-04-01")
        assert ("Tiltak 3: frist endret fra 1. mars 2024 til 1. april 2024",) == diff(
            BASE, new
        ).describe(locale="nb")

    @pytest.mark.parametrize(
        ("locale", "expected"),
        [
            ("en", "Measure 3: deadline changed from 1 March 2024 to 1 April 2024"),
            ("nn", "Tiltak 3: frist endra frå 1. mars 2024 til 1. april 2024"),
            ("sv", "Åtgärd 3: klart senast ändrad från 1 mars 2024 till 1 april 2024"),
        ],
    )
    def test_deadline_in_each_language(self, locale: str, expected: str) -> None:
        """The change list speaks every language tiltak does."""
        new = evolve_measure(BASE, 2, deadline="2024-04-01")
        assert expected == diff(BASE, new).to_text(locale=locale)

    def test_personal_values_are_not_shown(self) -> None:
        """A changed name, contact or free text says only that it changed."""
        new = evolve_measure(
            BASE, 0, responsible=Responsible(name="Per Hansen", email="per@example.no")
        )
        new = attrs.evolve(new, title="Et helt nytt navn", background="Ny bakgrunn")
        text = diff(BASE, new).to_text(locale="nb")
        for secret in (
            "Per Hansen",
            "per@example.no",
            "Kari",
            "Et helt nytt",
            "Ny bakgrunn",
            "Tryggere",
        ):
            assert secret not in text
        assert [
            "Planen: tittel endret",
            "Planen: bakgrunn endret",
            "Tiltak 1: ansvarlig / navn endret",
            "Tiltak 1: ansvarlig / e-post endret",
        ] == text.splitlines()

    def test_added_and_removed_elements(self) -> None:
        """Added and removed elements are named by id, follow-ups with date and colour."""
        new = attrs.evolve(
            BASE,
            measures=[
                attrs.evolve(
                    BASE.measures[0], follow_ups=[FollowUp(date=D(2024, 3, 2), colour="green")]
                ),
                BASE.measures[1],
                Measure(id="4"),
            ],
        )
        assert (
            "Measure 3 removed",
            "Measure 1, Follow-up 1 added (2 Mar 2024, green)",
            "Measure 4 added",
        ) == diff(BASE, new).describe(locale="en")

    def test_coded_values_shown(self) -> None:
        """Colours, numbers, yes/no, identifiers and periods are shown."""
        old = evolve_measure(BASE, 0, follow_ups=[FollowUp(colour="yellow")])
        new = evolve_measure(BASE, 0, follow_ups=[FollowUp(colour="green")], causes=["1", "2"])
        new = evolve_measure(new, 1, order=1)
        new = attrs.evolve(new, period=Period(start="2024-01", end="2025-06"))
        assert (
            "The plan: plan period changed from January 2024 – December 2024"  # noqa: RUF001
            " to January 2024 – June 2025",  # noqa: RUF001
            "Measure 1: causes changed from 1 to 1, 2",
            "Measure 1, Follow-up 1: status colour changed from yellow to green",
            "Measure 2: order changed from 2 to 1",
        ) == diff(old, new).describe(locale="en")

    def test_set_and_cleared(self) -> None:
        """A value set from nothing shows it when it may; a cleared one says removed."""
        new = evolve_measure(BASE, 1, deadline="2024-05")
        new = evolve_measure(new, 0, deadline=None)
        assert (
            "Measure 1: deadline removed",
            "Measure 2: deadline set to May 2024",
        ) == diff(BASE, new).describe(locale="en")

    def test_empty(self) -> None:
        """No changes, no lines."""
        assert ("", ()) == (diff(BASE, BASE).to_text(), diff(BASE, BASE).describe())


def revise(plan: Plan) -> tuple[Plan, list[tuple[str, str, str]]]:
    """A scripted revision of an example, and the changes it must list."""
    first = plan.measures[0]
    last = len(plan.measures) - 1
    follow_up = FollowUp(date=D(2024, 11, 1), colour="yellow")
    measures = [
        attrs.evolve(
            first,
            deadline="2024-12-20",
            follow_ups=(*first.follow_ups, follow_up),
        ),
        *plan.measures[1:last],
        Measure(id="new", title="Nytt tiltak"),
    ]
    revised = attrs.evolve(
        plan,
        title=(plan.title or "") + " (revidert)",
        measures=measures,
        goals=[*plan.goals, Goal(id="new-goal")],
    )
    deadline_kind = "added" if first.deadline is None else "changed"
    expected = [
        ("changed", "$.title", "title"),
        ("added", f"$.goals[{len(plan.goals)}]", "goals"),
        ("removed", f"$.measures[{last}]", "measures"),
        (deadline_kind, "$.measures[0].deadline", "deadline"),
        ("added", f"$.measures[0].follow_ups[{len(first.follow_ups)}]", "follow_ups"),
        ("added", f"$.measures[{last}]", "measures"),
    ]
    return revised, expected


WITH_MEASURES = [name for name in examples.names() if examples.load(name).measures]


class TestScriptedRevision:
    @pytest.mark.parametrize("name", WITH_MEASURES)
    def test_exactly_the_scripted_changes(self, name: str) -> None:
        """A scripted revision of each example lists exactly the changes made, no more."""
        plan = examples.load(name)
        revised, expected = revise(plan)
        assert expected == triples(diff(plan, revised))

    @pytest.mark.parametrize("name", WITH_MEASURES)
    def test_reverse(self, name: str) -> None:
        """Comparing back lists the same places with added and removed swapped."""
        plan = examples.load(name)
        revised, _ = revise(plan)
        forward, backward = diff(plan, revised), diff(revised, plan)
        swap = {"added": "removed", "removed": "added", "changed": "changed"}
        assert sorted((swap[k], f) for k, _, f in triples(forward)) == sorted(
            (k, f) for k, _, f in triples(backward)
        )

    @pytest.mark.parametrize("name", WITH_MEASURES)
    @pytest.mark.parametrize("locale", ["en", "nb", "nn", "sv"])
    def test_rendered(self, name: str, locale: str) -> None:
        """Each scripted revision renders one line per change, without the plan's texts."""
        plan = examples.load(name)
        revised, expected = revise(plan)
        lines = diff(plan, revised).describe(locale=locale)
        assert len(expected) == len(lines)
        assert all(plan.title not in line for line in lines if plan.title)
