import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs
import pytest

from tiltak import (
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalArea,
    Measure,
    Plan,
    ReportingLine,
    Revision,
    Schedule,
    StatusColour,
    Summary,
    examples,
    summarise,
    to_text,
)
from tiltak._summary import NEXT_EVENTS
from tiltak.asof import ColourChange, ColourCounts, reporting_rounds, summarise_since, worst_colour
from tiltak.errors import ModelError, ModelTypeError

GREEN, YELLOW, RED = StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED
D = dt.date

# The day each example stands on: everything due by then is recorded.
AS_OF = {
    "action_plan_bra": D(2024, 10, 1),
    "action_plan_nursing_home": D(2024, 10, 15),
    "coordinated_plan": D(2024, 10, 15),
    "implementation_plan_home_care": D(2024, 10, 15),
    "individual_plan": D(2024, 10, 15),
    "return_to_work_plan": D(2024, 6, 25),
}


def plan(*measures: Measure, **fields: Any) -> Plan:
    return Plan(kind="action_plan", measures=measures, **fields)


def texts(value: object) -> set[str]:
    """Every text in a plan but identifiers, 8 characters or more."""
    found: set[str] = set()
    if isinstance(value, str):
        if len(value) >= 8:
            found.add(value)
    elif isinstance(value, tuple):
        for item in value:
            found |= texts(item)
    elif attrs.has(cls := type(value)):
        for field in attrs.fields(cls):
            if field.name not in {"id", "area", "parent", "goals", "causes", "rule"}:
                found |= texts(getattr(value, field.name))
    return found


class TestWorstColour:
    def test_red_is_worst(self) -> None:
        """Red outweighs yellow and green."""
        assert RED == worst_colour([GREEN, RED, YELLOW])

    def test_yellow_over_green(self) -> None:
        """Yellow outweighs green."""
        assert YELLOW == worst_colour([GREEN, YELLOW, GREEN])

    def test_not_assessed_is_left_out(self) -> None:
        """Measures not assessed do not drag a goal down."""
        assert GREEN == worst_colour([None, GREEN, None])

    def test_all_not_assessed(self) -> None:
        """When no measure is assessed, neither is the goal."""
        assert None is worst_colour([None, None])

    def test_nothing(self) -> None:
        """No measures at all: not assessed."""
        assert None is worst_colour([])


class TestColourCounts:
    def test_of(self) -> None:
        """Colours are counted per colour and not assessed."""
        counts = ColourCounts.of([GREEN, None, RED, GREEN])
        assert ColourCounts(green=2, yellow=0, red=1, not_assessed=1) == counts
        assert 4 == counts.total
        assert 2 == counts.count(GREEN)
        assert 1 == counts.count(None)


class TestDeadlines:
    measure = Measure(id="1", deadline="2024-03-15")

    @pytest.mark.parametrize(
        ("day", "overdue"),
        [(D(2024, 3, 14), False), (D(2024, 3, 15), False), (D(2024, 3, 16), True)],
    )
    def test_day_precision(self, day: dt.date, overdue: bool) -> None:
        """A measure is overdue the day after its deadline, not on it or before."""
        summary = summarise(plan(self.measure), as_of=day)
        assert overdue == summary.measures[0].overdue
        assert (["$.measures[0]"] if overdue else []) == [e.path for e in summary.overdue]

    @pytest.mark.parametrize(
        ("day", "overdue"),
        [(D(2024, 3, 1), False), (D(2024, 3, 31), False), (D(2024, 4, 1), True)],
    )
    def test_month_precision(self, day: dt.date, overdue: bool) -> None:
        """A deadline given as a month falls due on its last day."""
        summary = summarise(plan(Measure(id="1", deadline="2024-03")), as_of=day)
        assert overdue == summary.measures[0].overdue
        assert D(2024, 3, 31) == summary.measures[0].due

    def test_completed_late_is_not_overdue_after(self) -> None:
        """Once completed, a late measure is no longer overdue."""
        done = attrs.evolve(self.measure, completed=D(2024, 3, 20))
        before, after = (
            summarise(plan(done), as_of=day) for day in (D(2024, 3, 19), D(2024, 3, 20))
        )
        assert (True, False) == (before.measures[0].overdue, after.measures[0].overdue)
        assert (False, True) == (before.measures[0].completed, after.measures[0].completed)

    def test_green_follow_up_settles(self) -> None:
        """A green follow-up settles a measure past its deadline."""
        green = attrs.evolve(
            self.measure, follow_ups=[FollowUp(date=D(2024, 3, 10), colour="green")]
        )
        assert () == summarise(plan(green), as_of=D(2024, 4, 1)).overdue

    def test_yellow_follow_up_does_not_settle(self) -> None:
        """A yellow follow-up leaves a measure past its deadline overdue."""
        yellow = attrs.evolve(
            self.measure, follow_ups=[FollowUp(date=D(2024, 3, 10), colour="yellow")]
        )
        assert ["$.measures[0]"] == [
            e.path for e in summarise(plan(yellow), as_of=D(2024, 4, 1)).overdue
        ]


class TestColours:
    def test_follow_up_after_the_day_does_not_count(self) -> None:
        """The colour is that of the latest follow-up dated on or before the day."""
        measure = Measure(
            id="1",
            follow_ups=[
                FollowUp(date=D(2024, 3, 1), colour="red"),
                FollowUp(date=D(2024, 6, 1), colour="green"),
            ],
        )
        colours = [
            summarise(plan(measure), as_of=day).measures[0].colour
            for day in (D(2024, 2, 28), D(2024, 3, 1), D(2024, 5, 31), D(2024, 6, 1))
        ]
        assert [None, RED, RED, GREEN] == colours

    def test_follow_up_without_colour_keeps_the_last(self) -> None:
        """A follow-up without a colour does not erase the colour before it."""
        measure = Measure(
            id="1",
            follow_ups=[
                FollowUp(date=D(2024, 3, 1), colour="yellow"),
                FollowUp(date=D(2024, 4, 1)),
            ],
        )
        assert YELLOW == summarise(plan(measure), as_of=D(2024, 5, 1)).measures[0].colour

    def test_counts(self) -> None:
        """Measures are counted per colour and not assessed."""
        measures = [
            Measure(id="1", follow_ups=[FollowUp(colour="green")]),
            Measure(id="2", follow_ups=[FollowUp(colour="red")]),
            Measure(id="3"),
            Measure(id="4", follow_ups=[FollowUp(colour="green")]),
        ]
        summary = summarise(plan(*measures), as_of=D(2024, 1, 1))
        assert ColourCounts(green=2, red=1, not_assessed=1) == summary.colours
        assert RED == summary.colour


class TestRollUp:
    goals = (
        Goal(id="1", area="A"),
        Goal(id="1.1", parent="1", area="A"),
        Goal(id="2", area="B"),
        Goal(id="3", area="B"),
    )
    measures = (
        Measure(id="a", goals=["1"], follow_ups=[FollowUp(colour="green")]),
        Measure(id="b", goals=["1.1"], follow_ups=[FollowUp(colour="yellow")]),
        Measure(id="c", goals=["2"], follow_ups=[FollowUp(colour="red")]),
        Measure(id="d", goals=["2"]),
    )

    def summary(self, **kwargs: Any) -> Summary:
        return summarise(
            plan(
                *self.measures,
                goals=self.goals,
                goal_areas=[GoalArea(id="A"), GoalArea(id="B")],
            ),
            as_of=D(2024, 1, 1),
            **kwargs,
        )

    def test_goals_take_the_worst(self) -> None:
        """By default a goal is the worst colour of its measures, a sub-goal's counted."""
        summary = self.summary()
        assert [("1", YELLOW), ("1.1", YELLOW), ("2", RED), ("3", None)] == [
            (g.id, g.colour) for g in summary.goals
        ]
        assert ("$.measures[0]", "$.measures[1]") == summary.goals[0].measures
        assert ColourCounts(red=1, not_assessed=1) == summary.goals[2].colours

    def test_areas(self) -> None:
        """Each goal area rolls up the measures serving its goals."""
        summary = self.summary()
        assert [("$.goal_areas[0]", "A", YELLOW), ("$.goal_areas[1]", "B", RED)] == [
            (a.path, a.id, a.colour) for a in summary.areas
        ]
        assert ("$.goals[2]", "$.goals[3]") == summary.areas[1].goals

    def test_custom_roll_up(self) -> None:
        """A roll-up rule of one's own replaces the worst colour everywhere."""
        seen: list[tuple[StatusColour | None, ...]] = []

        def best(colours: Sequence[StatusColour | None]) -> StatusColour | None:
            seen.append(tuple(colours))
            order = [GREEN, YELLOW, RED]
            assessed = [c for c in colours if c is not None]
            return min(assessed, key=order.index, default=None)

        summary = self.summary(roll_up=best)
        assert [GREEN, YELLOW, RED, None] == [g.colour for g in summary.goals]
        assert [GREEN, RED] == [a.colour for a in summary.areas]
        assert GREEN == summary.colour
        assert (RED, None) in seen

    def test_roll_up_must_return_a_colour(self) -> None:
        """A roll-up that returns something else than a colour is refused by name."""
        with pytest.raises(ModelTypeError, match="roll_up must return"):
            self.summary(roll_up=lambda colours: "red")

    def test_roll_up_must_be_callable(self) -> None:
        """A roll-up that cannot be called is refused."""
        with pytest.raises(ModelTypeError, match="roll_up must be callable"):
            self.summary(roll_up="worst")

    def test_cyclic_parents_end(self) -> None:
        """Goals whose parents form a cycle still roll up, each counted once."""
        goals = [Goal(id="1", parent="2"), Goal(id="2", parent="1")]
        summary = summarise(plan(*self.measures[:2], goals=goals), as_of=D(2024, 1, 1))
        assert [GREEN, GREEN] == [g.colour for g in summary.goals]


class TestCompletion:
    def test_share(self) -> None:
        """The share completed counts measures completed on or before the day."""
        measures = [
            Measure(id="1", completed=D(2024, 1, 10)),
            Measure(id="2", completed=D(2024, 2, 10)),
            Measure(id="3"),
            Measure(id="4"),
        ]
        assert [0.0, 0.25, 0.5] == [
            summarise(plan(*measures), as_of=day).completed_share
            for day in (D(2024, 1, 9), D(2024, 1, 10), D(2024, 2, 10))
        ]

    def test_no_measures(self) -> None:
        """A plan without measures has no share completed."""
        summary = summarise(plan(), as_of=D(2024, 1, 1))
        assert None is summary.completed_share
        assert (0, None) == (summary.completed, summary.colour)


class TestEvents:
    routine = FollowUpRoutine(
        schedule=Schedule(start=D(2024, 1, 31), rule="FREQ=MONTHLY;BYMONTHDAY=-1")
    )

    def test_upcoming_follow_ups_and_revisions(self) -> None:
        """The next follow-ups and revisions are listed soonest first, measures left out."""
        summary = summarise(
            plan(
                Measure(id="1", deadline="2024-02-10"),
                follow_up=self.routine,
                revisions=[Revision(due="2024-02-15")],
                reporting=[
                    ReportingLine(schedule=Schedule(start=D(2024, 1, 1), rule="FREQ=WEEKLY"))
                ],
            ),
            as_of=D(2024, 2, 1),
        )
        assert NEXT_EVENTS == len(summary.upcoming)
        assert [("revision", D(2024, 2, 15)), ("follow_up", D(2024, 2, 29))] == [
            (e.kind.value, e.due) for e in summary.upcoming[:2]
        ]

    def test_upcoming_despite_busy_reporting(self) -> None:
        """A daily reporting line does not crowd the plan's yearly follow-ups out."""
        yearly = FollowUpRoutine(schedule=Schedule(start=D(2024, 12, 31), rule="FREQ=YEARLY"))
        daily = ReportingLine(schedule=Schedule(start=D(2024, 1, 1), rule="FREQ=DAILY"))
        summary = summarise(plan(follow_up=yearly, reporting=[daily]), as_of=D(2024, 2, 1))
        assert [D(y, 12, 31) for y in range(2024, 2024 + NEXT_EVENTS)] == [
            e.due for e in summary.upcoming
        ]

    def test_missed(self) -> None:
        """Follow-ups past due and not recorded are listed as missed."""
        summary = summarise(plan(follow_up=self.routine), as_of=D(2024, 3, 1))
        assert [D(2024, 1, 31), D(2024, 2, 29)] == [e.due for e in summary.missed]
        recorded = plan(follow_up=self.routine, follow_ups=[FollowUp(date=D(2024, 2, 29))])
        assert () == summarise(recorded, as_of=D(2024, 3, 1)).missed


class TestExamples:
    @pytest.mark.parametrize("name", examples.names())
    @pytest.mark.parametrize("when", ["before", "as_of", "after"])
    def test_each_example(self, name: str, when: str) -> None:
        """Every example summarises before it starts, on its day and after it ends."""
        example = examples.load(name)
        assert example.period is not None
        first, last = example.period.first_day, example.period.last_day
        assert first is not None
        assert last is not None
        day = {
            "before": first - dt.timedelta(days=1),
            "as_of": AS_OF.get(name, D(2021, 6, 1)),
            "after": last + dt.timedelta(days=1),
        }[when]
        summary = summarise(example, as_of=day)
        assert len(example.measures) == summary.colours.total == len(summary.measures)
        assert [m.id for m in example.measures] == [s.id for s in summary.measures]
        assert {e.path for e in summary.overdue} == {s.path for s in summary.measures if s.overdue}
        assert all(event.due >= day for event in summary.upcoming)
        if when == "before":
            assert () == summary.overdue
            assert 0 == summary.completed
        assert all(s.due is not None and s.due < day for s in summary.measures if s.overdue)
        if when == "after":
            expected = {
                s.path
                for s in summary.measures
                if s.due is not None and not s.completed and s.colour is not GREEN
            }
            assert expected == {e.path for e in summary.overdue}

    @pytest.mark.parametrize("name", examples.names())
    def test_no_plan_text(self, name: str) -> None:
        """A summary holds no text from the plan, only ids, dates, counts and paths."""
        example = examples.load(name)
        shown = repr(summarise(example, as_of=AS_OF.get(name, D(2021, 6, 1))))
        assert [] == [text for text in texts(example) if text in shown]

    @pytest.mark.parametrize("name", examples.names())
    def test_repr_is_short(self, name: str) -> None:
        """A summary's repr is one short line, like a plan's: what it is, not all it holds."""
        shown = repr(summarise(examples.load(name), as_of=AS_OF.get(name, D(2021, 6, 1))))
        assert len(shown) < 120
        assert "\n" not in shown

    def test_repr(self) -> None:
        """The repr names the kind, the day, the colour and the counts."""
        summary = summarise(examples.load("action_plan_bra"), as_of=D(2024, 10, 1))
        assert (
            "<Summary: action_plan on 2024-10-01, red; 6 measures, 2 completed, 0 overdue>"
            == repr(summary)
        )

    def test_bra_on_its_day(self) -> None:
        """The Brå example on its day: four green, one yellow, one red, two completed.

        Its goals keep the working group's own colours; their measures roll up to red.
        """
        summary = summarise(examples.load("action_plan_bra"), as_of=D(2024, 10, 1))
        assert ColourCounts(green=4, yellow=1, red=1) == summary.colours
        assert 2 == summary.completed
        assert () == summary.overdue
        assert [GREEN, RED] == [g.colour for g in summary.goals]
        assert [RED, RED] == [g.measures_colour for g in summary.goals]

    def test_operational_plan_areas(self) -> None:
        """The virksomhetsplan is summarised per goal area, all seven."""
        summary = summarise(examples.load("operational_plan"), as_of=D(2021, 6, 1))
        assert [str(n) for n in range(1, 8)] == [a.id for a in summary.areas]

    def test_a_plan_without_measures_rolls_up_its_goals(self) -> None:
        """The virksomhetsplan has no measures: its colour is its goals' colours rolled up."""
        plan = examples.load("operational_plan")
        summary = summarise(plan, as_of=examples.as_of("operational_plan"))
        assert ColourCounts() == summary.colours
        assert YELLOW == summary.colour
        assert "Statusfarge    \u25b2 gul" in to_text(summary, locale="nb")
        before = summarise(plan, as_of=D(2019, 1, 2))
        assert before.colour is None

    def test_a_plan_with_measures_rolls_up_its_measures(self) -> None:
        """With measures, the plan's colour is theirs alone, whatever its goals' own."""
        red = FollowUp(date=D(2024, 3, 1), colour="red")
        plan = Plan(
            kind="action_plan",
            goals=[Goal(id="1", follow_ups=[red])],
            measures=[Measure(id="M1", goals=["1"])],
        )
        assert summarise(plan, as_of=D(2024, 3, 2)).colour is None


class TestInputs:
    def test_datetime_refused(self) -> None:
        """as_of must be a date, not a datetime."""
        with pytest.raises(ModelTypeError, match="as_of must be a date"):
            summarise(plan(), as_of=dt.datetime(2024, 1, 1))

    def test_not_a_plan(self) -> None:
        """Only a Plan is summarised."""
        with pytest.raises(ModelTypeError, match="expected a Plan"):
            summarise({"kind": "action_plan"}, as_of=D(2024, 1, 1))  # type: ignore[arg-type]


MONTHLY = ReportingLine(schedule=Schedule(start=D(2024, 1, 31), rule="FREQ=MONTHLY;BYMONTHDAY=-1"))
TERTIAL = ReportingLine(
    schedule=Schedule(start=D(2024, 1, 1), rule="FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1")
)


class TestReportingRounds:
    def test_last_and_next(self) -> None:
        """Each line gives the last report due on or before the day and the next after it."""
        rounds = reporting_rounds(
            plan(reporting=[MONTHLY, ReportingLine(), TERTIAL]), as_of=D(2024, 5, 3)
        )
        assert [
            ("$.reporting[0]", D(2024, 4, 30), D(2024, 5, 31)),
            ("$.reporting[2]", D(2024, 4, 30), D(2024, 8, 31)),
        ] == [(r.path, r.last, r.next) for r in rounds]

    def test_on_the_due_day(self) -> None:
        """A report due on the day itself is the last one, not the next."""
        (monthly,) = reporting_rounds(plan(reporting=[MONTHLY]), as_of=D(2024, 5, 31))
        assert (D(2024, 5, 31), D(2024, 6, 30)) == (monthly.last, monthly.next)

    def test_before_the_first(self) -> None:
        """Before the first report there is no last one."""
        (tertial,) = reporting_rounds(plan(reporting=[TERTIAL]), as_of=D(2024, 1, 15))
        assert (None, D(2024, 4, 30)) == (tertial.last, tertial.next)

    def test_after_the_end(self) -> None:
        """After a schedule ends there is no next report."""
        ended = ReportingLine(
            schedule=Schedule(start=D(2024, 1, 31), rule="FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=2")
        )
        (line,) = reporting_rounds(plan(reporting=[ended]), as_of=D(2024, 6, 1))
        assert (D(2024, 2, 29), None) == (line.last, line.next)

    def test_operational_plan(self) -> None:
        """The virksomhetsplan's lines: monthly, monthly, and every tertial."""
        rounds = reporting_rounds(examples.load("operational_plan"), as_of=D(2021, 5, 3))
        assert [D(2021, 5, 31), D(2021, 5, 31), D(2021, 8, 31)] == [r.next for r in rounds]


class TestSummariseSince:
    measures = (
        Measure(
            id="1",
            follow_ups=[
                FollowUp(date=D(2024, 3, 10), colour="yellow"),
                FollowUp(date=D(2024, 4, 10), colour="green"),
            ],
        ),
        Measure(id="2", follow_ups=[FollowUp(date=D(2024, 4, 12), colour="yellow")]),
        Measure(id="3", follow_ups=[FollowUp(date=D(2024, 3, 5), colour="red")]),
        Measure(id="4", deadline="2024-04-15"),
        Measure(id="5", deadline="2024-03-15"),
        Measure(id="6", completed=D(2024, 4, 20)),
        Measure(id="7", completed=D(2024, 3, 20)),
    )
    example = plan(*measures, reporting=[MONTHLY])

    def test_round(self) -> None:
        """Colour changes, follow-ups, completions and new overdue ones are those of the round."""
        round_ = summarise_since(self.example, since=D(2024, 3, 31), as_of=D(2024, 4, 30))
        assert (
            ColourChange(path="$.measures[0]", id="1", old=YELLOW, new=GREEN),
            ColourChange(path="$.measures[1]", id="2", old=None, new=YELLOW),
        ) == round_.colour_changes
        assert ("$.measures[0].follow_ups[1]", "$.measures[1].follow_ups[0]") == round_.follow_ups
        assert ("$.measures[5]",) == round_.completed
        assert ["$.measures[3]"] == [e.path for e in round_.newly_overdue]
        assert ["$.measures[4]", "$.measures[3]"] == [e.path for e in round_.summary.overdue]
        assert () == round_.added

    def test_since_defaults_to_the_last_report(self) -> None:
        """Without since, the round starts at the last report due before as_of."""
        round_ = summarise_since(self.example, as_of=D(2024, 4, 30))
        assert D(2024, 3, 31) == round_.since

    def test_no_reporting_line(self) -> None:
        """Without a reporting line, since must be given."""
        with pytest.raises(ModelError, match="since="):
            summarise_since(plan(*self.measures), as_of=D(2024, 4, 30))

    def test_since_after_as_of(self) -> None:
        """A round cannot end before it starts."""
        with pytest.raises(ModelError, match="since must not be after as_of"):
            summarise_since(self.example, since=D(2024, 5, 1), as_of=D(2024, 4, 30))

    def test_previous_version(self) -> None:
        """With the version reported last time, the round compares against it by id."""
        previous = plan(
            Measure(id="2", follow_ups=[FollowUp(colour="red")]),
            Measure(id="1", follow_ups=[FollowUp(colour="green")]),
        )
        current = plan(
            Measure(id="1", follow_ups=[FollowUp(colour="green")]),
            Measure(id="2", follow_ups=[FollowUp(colour="yellow")]),
            Measure(id="3", follow_ups=[FollowUp(colour="green")]),
        )
        round_ = summarise_since(
            current, previous=previous, since=D(2024, 3, 31), as_of=D(2024, 4, 30)
        )
        assert [("2", RED, YELLOW), ("3", None, GREEN)] == [
            (c.id, c.old, c.new) for c in round_.colour_changes
        ]
        assert ("$.measures[2]",) == round_.added
