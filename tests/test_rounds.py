"""Summaries for a reporting round: goals' own status, indicators, reports, and what changed."""

import datetime as dt

import pytest

import tiltak
from tiltak import (
    Baseline,
    DeliveredReport,
    Direction,
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalArea,
    Measure,
    Plan,
    ReportingLine,
    Schedule,
    StatusColour,
    Target,
    asof,
)
from tiltak._summary import read_number
from tiltak.asof import round_days, summarise_rounds, summarise_since

TERTIAL = Schedule(start=dt.date(2019, 1, 1), rule="FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1")
GREEN, YELLOW, RED = StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED


def _indicator_goal(*follow_ups: FollowUp, **target: object) -> Goal:
    kw: dict[str, object] = {
        "measure": "Andel vernepleiere",
        "value": "Minimum 50 %",
        "baseline": Baseline(value="34 %", date="2018"),
        "unit": "%",
    }
    kw.update(target)
    return Goal(id="TT-1.2", area="1", target=Target(**kw), follow_ups=follow_ups)  # type: ignore[arg-type]


def _plan(
    *goals: Goal, measures: tuple[Measure, ...] = (), reports: tuple[DeliveredReport, ...] = ()
) -> Plan:
    return Plan(
        kind="operational_plan",
        period=tiltak.Period(start="2019", end="2023"),
        goal_areas=[GoalArea(id="1", title="Kompetanse"), GoalArea(id="2", title="Tjenester")],
        goals=goals,
        measures=measures,
        follow_up=FollowUpRoutine(schedule=TERTIAL),
        reporting=[ReportingLine(schedule=TERTIAL, reports=reports)],
    )


ROUNDS = (
    FollowUp(date=dt.date(2019, 4, 30), colour="red", value="35"),
    FollowUp(date=dt.date(2019, 8, 31), colour="yellow", value="40 %"),
    FollowUp(date=dt.date(2019, 12, 20), colour="green", value="46"),
)


class TestNumbers:
    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("34", 34.0),
            ("Minimum 34 %", 34.0),
            ("-30 %", -30.0),
            ("34,5", 34.5),
            ("\u22122", -2.0),
        ],
    )
    def test_one_number_with_words(self, text: str, number: float) -> None:
        """A value reads as the one number it holds, with words or a unit around it."""
        assert read_number(text) == number

    @pytest.mark.parametrize("text", ["høy", "2019-2023", "1.2 og 1.3", "", None])
    def test_anything_else_is_no_number(self, text: str | None) -> None:
        """No number, or more than one, reads as none."""
        assert read_number(text) is None


class TestGoalStatus:
    def test_own_follow_up_wins_over_the_measures(self) -> None:
        """A goal's own latest follow-up gives its colour; its measures' roll-up is kept."""
        measure = Measure(
            id="M1",
            goals=["TT-1.2"],
            follow_ups=[FollowUp(date=dt.date(2019, 4, 1), colour="red")],
        )
        plan = _plan(_indicator_goal(*ROUNDS[:2]), measures=(measure,))
        [goal] = tiltak.summarise(plan, as_of="2019-09-01").goals
        assert (goal.colour, goal.measures_colour, goal.own) == (YELLOW, RED, True)
        assert goal.followed_up == dt.date(2019, 8, 31)
        [early] = tiltak.summarise(plan, as_of="2019-04-15").goals
        assert (early.colour, early.own, early.followed_up) == (RED, False, None)

    def test_assessments_and_rounds_for_a_matrix(self) -> None:
        """A goal keeps its own dated follow-ups up to the day; the summary, the plan's rounds."""
        plan = _plan(_indicator_goal(*ROUNDS))
        summary = tiltak.summarise(plan, as_of="2019-09-01")
        [goal] = summary.goals
        assert goal.assessments == (
            asof.Assessment(date=dt.date(2019, 4, 30), colour=RED),
            asof.Assessment(date=dt.date(2019, 8, 31), colour=YELLOW),
        )
        assert summary.rounds == round_days(plan, as_of="2019-09-01")
        assert len(summary.rounds) > 0
        alone = tiltak.summarise(_plan(Goal(id="TT-1.3")), as_of="2019-09-01")
        assert (alone.goals[0].assessments, alone.rounds) == ((), ())

    def test_area_rolls_up_its_goals(self) -> None:
        """A goal area's colour rolls up its goals' colours, counted per colour."""
        other = Goal(
            id="TT-1.3", area="1", follow_ups=[FollowUp(date=dt.date(2019, 4, 30), colour="green")]
        )
        plan = _plan(_indicator_goal(*ROUNDS[:1]), other)
        first, second = tiltak.summarise(plan, as_of="2019-05-01").areas
        assert (first.colour, first.goal_colours.red, first.goal_colours.green) == (RED, 1, 1)
        assert (second.colour, second.goals) == (None, ())


class TestIndicator:
    def test_baseline_latest_value_target_and_progress(self) -> None:
        """Baseline 34, latest 40, target 50: three eighths of the way, not yet reached."""
        plan = _plan(_indicator_goal(*ROUNDS))
        [goal] = tiltak.summarise(plan, as_of="2019-09-15").goals
        indicator = goal.indicator
        assert indicator is not None
        assert (indicator.baseline, indicator.value, indicator.target) == (34.0, 40.0, 50.0)
        assert indicator.measured == dt.date(2019, 8, 31)
        assert indicator.direction is Direction.HIGHER  # read from baseline and target
        assert indicator.progress == pytest.approx(6 / 16)
        assert indicator.reached is False
        assert [v.number for v in indicator.values] == [35.0, 40.0]
        assert indicator.path == "$.goals[0].target"
        assert indicator.values[1].path == "$.goals[0].follow_ups[1]"

    def test_lower_is_better(self) -> None:
        """With lower better, a value under the target has reached it."""
        goal = _indicator_goal(
            FollowUp(date=dt.date(2019, 4, 30), value="8"),
            value="10",
            baseline=Baseline(value="20"),
            direction="lower",
        )
        [status] = tiltak.summarise(_plan(goal), as_of="2019-05-01").goals
        assert status.indicator is not None
        assert status.indicator.progress == pytest.approx(1.2)
        assert status.indicator.reached is True

    def test_text_values_give_no_progress(self) -> None:
        """Values that are not numbers leave progress unknown."""
        goal = _indicator_goal(FollowUp(date=dt.date(2019, 4, 30), value="bedre"), value="høy")
        [status] = tiltak.summarise(_plan(goal), as_of="2019-05-01").goals
        assert status.indicator is not None
        assert (status.indicator.value, status.indicator.progress) == (None, None)

    def test_a_goal_without_target_has_no_indicator(self) -> None:
        """Only a goal with a target or a measured value has an indicator."""
        [status] = tiltak.summarise(_plan(Goal(id="1")), as_of="2019-05-01").goals
        assert status.indicator is None


class TestReports:
    def test_due_delivered_and_missed(self) -> None:
        """Each reporting line says when a report was due, delivered and missed."""
        plan = _plan(_indicator_goal(), reports=(DeliveredReport(date=dt.date(2019, 5, 3)),))
        summary = tiltak.summarise(plan, as_of="2019-09-15")
        [line] = summary.reporting
        assert (line.last, line.delivered, line.next) == (
            dt.date(2019, 8, 31),
            dt.date(2019, 5, 3),
            dt.date(2019, 12, 31),
        )
        assert line.missed == (dt.date(2019, 8, 31),)
        assert not line.settled
        assert [e.due for e in summary.missed_reports] == [dt.date(2019, 8, 31)]


class TestRound:
    def test_what_changed_since_the_last_round(self) -> None:
        """A round lists goals' colour changes, new values, reports delivered and missed."""
        plan = _plan(
            _indicator_goal(*ROUNDS),
            reports=(DeliveredReport(date=dt.date(2019, 5, 2)),),
        )
        assert summarise_since(plan, as_of="2019-09-10").since == dt.date(2019, 8, 31)
        round_ = summarise_since(plan, as_of="2019-09-10", since="2019-04-30")
        assert [(c.id, c.old, c.new) for c in round_.goal_changes] == [("TT-1.2", RED, YELLOW)]
        assert round_.values == ("$.goals[0].follow_ups[1]",)
        assert round_.goal_follow_ups == ("$.goals[0].follow_ups[1]",)
        assert round_.reports_delivered == ("$.reporting[0].reports[0]",)
        assert [e.due for e in round_.reports_missed] == [dt.date(2019, 8, 31)]

    def test_rounds_follow_the_plans_follow_up(self) -> None:
        """The rounds end on the follow-up's due days, and give a goal's colour per round."""
        plan = _plan(_indicator_goal(*ROUNDS))
        assert round_days(plan, as_of="2020-01-05") == (
            dt.date(2019, 4, 30),
            dt.date(2019, 8, 31),
            dt.date(2019, 12, 31),
        )
        rounds = summarise_rounds(plan, as_of="2020-01-05")
        assert [r.since for r in rounds] == [
            dt.date(2018, 12, 31),
            dt.date(2019, 4, 30),
            dt.date(2019, 8, 31),
        ]
        assert [r.summary.goals[0].colour for r in rounds] == [RED, YELLOW, GREEN]
        assert [r.values for r in rounds] == [
            ("$.goals[0].follow_ups[0]",),
            ("$.goals[0].follow_ups[1]",),
            ("$.goals[0].follow_ups[2]",),
        ]

    def test_the_last_hundred_rounds_end_at_as_of(self) -> None:
        """A daily routine since 2000, as of 2100: the hundred rounds before 2100, not 2027's."""
        plan = tiltak.from_dict(
            {
                "format": "tiltak/1",
                "kind": "operational_plan",
                "follow_up": {"schedule": {"start": "2000-01-01", "rule": "FREQ=DAILY"}},
            }
        )
        days = round_days(plan, as_of="2100-01-01")
        assert len(days) == 100
        assert (days[0], days[-1]) == (dt.date(2099, 9, 24), dt.date(2100, 1, 1))

    def test_rounds_on_given_days(self) -> None:
        """Days given are the rounds' ends, in order; none gives no rounds."""
        plan = _plan(_indicator_goal(*ROUNDS))
        rounds = summarise_rounds(plan, as_of="2020-01-05", days=["2019-12-31", "2019-06-30"])
        assert [r.as_of for r in rounds] == [dt.date(2019, 6, 30), dt.date(2019, 12, 31)]
        assert summarise_rounds(plan, as_of="2020-01-05", days=[]) == ()


class TestExamples:
    def test_the_virksomhetsplan_is_followed_up_each_tertial(self) -> None:
        """The seed-004 example has three tertial rounds with TT-1.2's indicator measured."""
        plan = tiltak.examples.load("operational_plan")
        day = tiltak.examples.as_of("operational_plan")
        rounds = summarise_rounds(plan, as_of=day)
        assert [r.as_of for r in rounds] == [
            dt.date(2019, 4, 30),
            dt.date(2019, 8, 31),
            dt.date(2019, 12, 31),
        ]
        assert all(r.values and r.reports_delivered for r in rounds)
        [goal] = [g for g in rounds[-1].summary.goals if g.id == "TT-1.2"]
        assert goal.indicator is not None
        assert (goal.indicator.baseline, goal.indicator.value, goal.indicator.target) == (
            28.0,
            33.0,
            34.0,
        )
        assert [r.summary.reporting[2].missed for r in rounds] == [(), (), ()]
        assert "Illustrasjon" in (plan.goals[1].follow_ups[0].note or "")

    def test_bra_has_two_rounds(self) -> None:
        """The Brå example is followed up in June and September, its goals too."""
        plan = tiltak.examples.load("action_plan_bra")
        rounds = summarise_rounds(plan, as_of=tiltak.examples.as_of("action_plan_bra"))
        assert [r.as_of for r in rounds] == [dt.date(2024, 6, 14), dt.date(2024, 9, 13)]
        assert [(c.id, c.old, c.new) for c in rounds[1].goal_changes] == [
            ("1", YELLOW, GREEN),
            ("2", YELLOW, RED),
        ]

    @pytest.mark.parametrize("locale", ["nb", "nn", "sv", "en"])
    def test_summary_text_names_goals_and_reports(self, locale: str) -> None:
        """The summary shows the indicator, counts the goals left out, and gives no path."""
        plan = tiltak.examples.load("operational_plan")
        summary = tiltak.summarise(plan, as_of=tiltak.examples.as_of("operational_plan"))
        text = tiltak.to_text(summary, locale=locale)
        assert "28 \u2192 33 \u2192 34 %" in text
        assert "83 %" in text
        assert "79" in text
        assert "$." not in text
        assert len(text.splitlines()) < 80
