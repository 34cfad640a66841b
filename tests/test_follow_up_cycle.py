"""Goals followed up with indicator values, reports delivered, and the rules of the cycle."""

import datetime as dt

import attrs
import pytest
from hypothesis import given

import tiltak
from tiltak import (
    Baseline,
    DeliveredReport,
    Direction,
    FollowUp,
    FollowUpRoutine,
    Goal,
    Plan,
    ReportingLine,
    Schedule,
    StatusColour,
    Target,
)
from tiltak.testing import plans

TERTIAL = Schedule(start=dt.date(2019, 1, 1), rule="FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1")
MONTHLY = Schedule(start=dt.date(2019, 1, 31), rule="FREQ=MONTHLY;BYMONTHDAY=-1")


def _goal(*follow_ups: FollowUp) -> Goal:
    return Goal(
        id="TT-1.2",
        text="Øke andelen treårige ved utlysninger",
        target=Target(
            measure="Andel treårige",
            value="50",
            due="2023",
            baseline=Baseline(value="34", date="2018"),
            unit="%",
            direction="higher",
        ),
        follow_ups=follow_ups,
    )


def _plan(goal: Goal, *lines: ReportingLine) -> Plan:
    return Plan(
        kind="operational_plan",
        goals=[goal],
        follow_up=FollowUpRoutine(schedule=TERTIAL),
        reporting=lines,
    )


class TestModel:
    def test_goal_follow_ups_and_colour(self) -> None:
        """A goal keeps its follow-ups; its colour is that of the latest one with a colour."""
        goal = _goal(
            FollowUp(date=dt.date(2019, 4, 30), colour="red", value="35"),
            FollowUp(date=dt.date(2019, 8, 31), colour="yellow", value="39"),
            FollowUp(date=dt.date(2019, 9, 5), note="Ny utlysning"),
        )
        assert goal.colour is StatusColour.YELLOW
        assert [f.value for f in goal.follow_ups] == ["35", "39", None]
        assert goal.target is not None
        assert goal.target.direction is Direction.HIGHER

    def test_round_trip(self) -> None:
        """The new fields survive the format, on the fast path and the careful one alike."""
        line = ReportingLine(
            reporter="Virksomhetsleder",
            schedule=MONTHLY,
            reports=[
                DeliveredReport(
                    date=dt.date(2019, 2, 4),
                    period=tiltak.Period(start="2019-01", end="2019-01"),
                    by="Virksomhetsleder",
                    note="Januar",
                )
            ],
        )
        plan = _plan(_goal(FollowUp(date=dt.date(2019, 4, 30), colour="green", value="36")), line)
        text = tiltak.dumps(plan)
        assert tiltak.loads(text) == plan
        from tiltak._serial._converter import DETAILED

        careful = DETAILED.unstructure(plan, Plan)
        assert careful == {k: v for k, v in tiltak.to_dict(plan).items() if k != "format"}
        assert DETAILED.structure(careful, Plan) == plan  # the careful pass reads it too

    def test_schema_knows_the_new_fields(self) -> None:
        """The JSON Schema describes the baseline, the direction and the delivered reports."""
        schema = tiltak.json_schema()
        text = str(schema)
        for name in ("baseline", "direction", "reports", "follow_ups"):
            assert name in text

    def test_unknown_direction_is_refused(self) -> None:
        """A direction is higher or lower."""
        with pytest.raises(tiltak.errors.ModelError):
            Target(direction="sideways")

    def test_fhir_round_trip_keeps_the_cycle(self) -> None:
        """A FHIR CarePlan carries the plan back whole, follow-ups and reports included."""
        from tiltak.fhir import from_fhir, to_fhir

        line = ReportingLine(schedule=MONTHLY, reports=[DeliveredReport(date=dt.date(2019, 2, 4))])
        plan = _plan(_goal(FollowUp(date=dt.date(2019, 4, 30), value="36")), line)
        assert from_fhir(to_fhir(plan)) == plan

    @given(plans())
    def test_any_plan_round_trips(self, plan: Plan) -> None:
        """Plans drawn with the new fields read back equal."""
        assert tiltak.loads(tiltak.dumps(plan)) == plan


class TestDeliveredReports:
    LINE = ReportingLine(reporter="Avdelingsledere", schedule=MONTHLY)

    def test_delivered_reports_settle_due_days(self) -> None:
        """A report delivered on or after a due day records it and every earlier one."""
        delivered = attrs.evolve(self.LINE, reports=[DeliveredReport(date=dt.date(2019, 3, 2))])
        plan = _plan(_goal(), delivered)
        assert tiltak.asof.missed_reports(plan, as_of=dt.date(2019, 3, 31)) == ()
        late = tiltak.asof.missed_reports(plan, as_of=dt.date(2019, 5, 15))
        assert [e.due for e in late] == [dt.date(2019, 3, 31), dt.date(2019, 4, 30)]
        assert tiltak.asof.due_reporting(plan, as_of=dt.date(2019, 3, 5)) == ()
        [due] = tiltak.asof.due_reporting(plan, as_of=dt.date(2019, 3, 1))  # delivered later
        assert due.due == dt.date(2019, 2, 28)

    def test_nothing_delivered_is_all_missed(self) -> None:
        """Without a delivered report every past due day is missed; today's is not yet."""
        plan = _plan(_goal(), self.LINE)
        missed = tiltak.asof.missed_reports(plan, as_of=dt.date(2019, 3, 31))
        assert [e.due for e in missed] == [dt.date(2019, 1, 31), dt.date(2019, 2, 28)]

    def test_f002_says_what_is_missing(self) -> None:
        """F002 names the reporting line and the report due, in words."""
        plan = _plan(_goal(), self.LINE)
        [finding] = tiltak.validate(plan, as_of=dt.date(2019, 4, 10), select="F002")
        assert finding.where(locale="nb") == "rapporteringslinje 1"
        assert "31. mars 2019" in finding.message(locale="nb")
        assert "$" not in finding.message(locale="nb")
        delivered = attrs.evolve(self.LINE, reports=[DeliveredReport(date=dt.date(2019, 4, 2))])
        assert not tiltak.validate(
            _plan(_goal(), delivered), as_of=dt.date(2019, 4, 10), select="F002"
        )


class TestGoalFollowedUp:
    def test_a_goal_not_followed_up_since_the_last_round(self) -> None:
        """F001: the tertial fell due on 30 April, and the goal has no follow-up since January."""
        plan = _plan(_goal())
        [finding] = tiltak.validate(plan, as_of=dt.date(2019, 5, 10), select="F001")
        assert finding.path == "$.goals[0].follow_ups"
        assert finding.where(locale="nb").startswith("mål TT-1.2 «")
        assert finding.message(locale="en") == (
            "The goal has not been followed up, though the plan's follow-up fell due on "
            "30 April 2019."
        )

    def test_the_finding_says_when_the_goal_was_last_followed_up(self) -> None:
        """F001 names the last follow-up, not the start of the round it looked in."""
        plan = _plan(_goal(FollowUp(date=dt.date(2018, 12, 20), colour="green")))
        [finding] = tiltak.validate(plan, as_of=dt.date(2019, 5, 10), select="F001")
        assert finding.message(locale="nb") == (
            "Målet ble sist fulgt opp 20. desember 2018, før planens oppfølging som forfalt "
            "30. april 2019."
        )

    def test_a_followed_up_goal_passes(self) -> None:
        """A follow-up dated in the round passes, and before the first due day nothing is asked."""
        done = _plan(_goal(FollowUp(date=dt.date(2019, 4, 28), colour="green", value="36")))
        assert not tiltak.validate(done, as_of=dt.date(2019, 5, 10), select="F001")
        assert not tiltak.validate(_plan(_goal()), as_of=dt.date(2019, 4, 30), select="F001")

    def test_a_goal_without_a_target_is_not_asked(self) -> None:
        """Only a goal with a target is expected to be followed up."""
        plan = _plan(attrs.evolve(_goal(), target=None))
        assert not tiltak.validate(plan, as_of=dt.date(2019, 5, 10), select="F001")
