"""tiltak used as an integrator uses it: type-checked by ``mypy --strict``, and run by pytest.

Everything here goes through the public ``tiltak`` namespace only. The annotations are the
point: if a public signature loses or changes a type, the ``typecheck`` session fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs
import pytest

import tiltak
from tiltak import (
    Consent,
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalOrigin,
    Measure,
    PartialDate,
    Period,
    Plan,
    PlanKind,
    Precision,
    Responsible,
    Schedule,
    StatusColour,
    Target,
    examples,
)


def _plan() -> Plan:
    return Plan(
        kind=PlanKind.INDIVIDUAL_PLAN,
        title="Individuell plan",
        period=Period(start="2024-01", end=dt.date(2025, 12, 31)),
        goals=[
            Goal(
                id="1",
                text="Bo i egen leilighet",
                origin=GoalOrigin.USER,
                target=Target(measure="bor selv", value="ja", due="2025"),
            )
        ],
        measures=[
            Measure(
                id="1",
                title="Fysioterapi",
                goals=["1"],
                responsible=Responsible(role="fysioterapeut"),
                deadline=PartialDate(year=2024, month=12),
                follow_ups=[FollowUp(date=dt.date(2024, 6, 1), colour="yellow")],
            )
        ],
        consent=Consent(given=True, information_sharing=True),
        follow_up=FollowUpRoutine(
            schedule=Schedule(start=dt.date(2024, 1, 1), rule="FREQ=MONTHLY;INTERVAL=6"),
            method="møte med brukeren",
        ),
        extensions={"system": {"id": 42, "tags": ["a", "b"]}},
    )


class TestIntegrator:
    def test_build_and_read(self) -> None:
        """A plan built from plain values reads back as typed values."""
        plan = _plan()
        kind: PlanKind = plan.kind
        goals: tuple[Goal, ...] = plan.goals
        measure: Measure = plan.measures[0]
        deadline: PartialDate | None = measure.deadline
        colour: StatusColour | None = measure.colour
        extensions: Mapping[str, object] = plan.extensions
        assert PlanKind.INDIVIDUAL_PLAN == kind
        assert ("1",) == tuple(goal.id for goal in goals)
        assert deadline is not None
        assert Precision.MONTH == deadline.precision
        assert dt.date(2024, 12, 31) == deadline.last_day
        assert StatusColour.YELLOW == colour
        assert {"system"} == set(extensions)

    def test_evolve(self) -> None:
        """``attrs.evolve`` returns a changed copy and leaves the original as it was."""
        plan = _plan()
        measure = attrs.evolve(plan.measures[0], completed=dt.date(2024, 11, 1))
        changed: Plan = attrs.evolve(plan, measures=(measure,))
        assert dt.date(2024, 11, 1) == changed.measures[0].completed
        assert plan.measures[0].completed is None
        assert plan != changed

    def test_period_arithmetic(self) -> None:
        """Periods and partial dates answer questions about days."""
        period = _plan().period
        assert period is not None
        first: dt.date | None = period.first_day
        assert dt.date(2024, 1, 1) == first
        assert period.covers(PartialDate.parse("2025-06"))
        assert not period.contains(dt.date(2026, 1, 1))

    def test_errors(self) -> None:
        """Structural mistakes raise tiltak errors that are also ValueErrors."""
        with pytest.raises(tiltak.errors.ModelError) as info:
            PartialDate.parse("2024-13")
        error: tiltak.TiltakError = info.value
        assert isinstance(error, ValueError)
        with pytest.raises(tiltak.errors.ModelTypeError):
            Measure(id=1)  # type: ignore[arg-type]

    def test_format_error_problems(self) -> None:
        """A PlanFormatError lists each problem with its path."""
        error = tiltak.PlanFormatError(
            [tiltak.errors.Problem(path="$.measures[0].deadline", message_id="expected a date")]
        )
        problems: tuple[tiltak.errors.Problem, ...] = error.problems
        assert ["$.measures[0].deadline"] == [problem.path for problem in problems]

    def test_examples(self) -> None:
        """The example plans load as plans, by the names the module lists."""
        names: tuple[str, ...] = examples.names()
        plans: list[Plan] = [examples.load(name) for name in names]
        assert set(PlanKind) == {plan.kind for plan in plans}
        with pytest.raises(examples.UnknownExampleError) as info:
            examples.load("no such plan")
        lookup: LookupError = info.value
        assert isinstance(lookup, tiltak.TiltakError)

    def test_display(self) -> None:
        """A plan, a goal and a measure show as text, Markdown and HTML in a chosen locale."""
        plan = _plan()
        text: str = tiltak.to_text(plan, locale="nb")
        markdown: str = tiltak.to_markdown(plan.goals[0], locale="nn")
        page: str = tiltak.to_html(plan.measures[0], locale="sv", full_page=True)
        fragment: str = plan._repr_html_()
        assert text.startswith("Individuell plan\n")
        assert markdown.startswith("## ")
        assert page.startswith("<!DOCTYPE html>")
        assert "<style>" in fragment.partition("</style>")[0]
        assert fragment.endswith("</pre>\n")

    def test_summary(self) -> None:
        """A summary holds typed counts, colours and paths; a roll-up rule is a plain function."""

        def best(colours: Sequence[StatusColour | None]) -> StatusColour | None:
            return StatusColour.GREEN if StatusColour.GREEN in colours else None

        summary: tiltak.Summary = tiltak.summarise(
            _plan(), as_of=dt.date(2024, 7, 1), roll_up=best
        )
        counts: tiltak.asof.ColourCounts = summary.colours
        goal: tiltak.asof.GoalStatus = summary.goals[0]
        share: float | None = summary.completed_share
        assert (0, 1, None) == (counts.green, counts.yellow, goal.colour)
        assert 0.0 == share
        rounds: tuple[tiltak.asof.ReportingRound, ...] = tiltak.asof.reporting_rounds(
            _plan(), as_of=dt.date(2024, 7, 1)
        )
        assert () == rounds
        round_: tiltak.asof.RoundSummary = tiltak.asof.summarise_since(
            _plan(), since=dt.date(2024, 1, 1), as_of=dt.date(2024, 7, 1)
        )
        changes: tuple[tiltak.asof.ColourChange, ...] = round_.colour_changes
        assert [StatusColour.YELLOW] == [change.new for change in changes]
        indicator: tiltak.asof.Indicator | None = goal.indicator
        progress: float | None = None if indicator is None else indicator.progress
        assert progress is None
        history: tuple[tiltak.asof.RoundSummary, ...] = tiltak.asof.summarise_rounds(
            _plan(), as_of=dt.date(2024, 7, 1), days=[dt.date(2024, 3, 31)]
        )
        assert [dt.date(2024, 3, 31)] == [r.as_of for r in history]

    def test_diff(self) -> None:
        """A diff is a sized, iterable sequence of changes with typed kinds and paths."""
        plan = _plan()
        revised = attrs.evolve(plan, title="Ny tittel")
        result: tiltak.PlanDiff = tiltak.diff(plan, revised)
        change: tiltak.Change = result[0]
        kind: tiltak.ChangeKind = change.kind
        lines: tuple[str, ...] = result.describe(locale="nb")
        assert (1, tiltak.ChangeKind.CHANGED, "$.title") == (len(result), kind, change.path)
        assert ("Planen: tittel endret",) == lines

    def test_tables(self) -> None:
        """Records are plain dicts under stable keys; CSV is text."""
        rows: list[dict[str, object]] = tiltak.exports.to_records([_plan()])
        keys: tuple[str, ...] = tiltak.exports.RECORD_KEYS
        text: str | None = tiltak.exports.to_csv(_plan())
        assert keys == tuple(rows[0])
        assert text is not None
        assert text.startswith("plan_id,")
