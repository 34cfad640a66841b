"""A repeated identifier: references resolve to its first holder, and outputs grow linearly."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator

import pytest

import tiltak
from tiltak import (
    Cause,
    FollowUp,
    Goal,
    GoalArea,
    Measure,
    Plan,
    Principal,
    StatusColour,
    exports,
    summarise,
)
from tiltak._elements import first_holders
from tiltak._render import document
from tiltak._render._view import Block, Section, Table, Titled

AS_OF = "2024-06-01"
RED = FollowUp(date=dt.date(2024, 3, 1), colour="red")


def _shared_goal(n: int) -> Plan:
    """``n`` goals all with the id "1", and ``n`` measures naming it."""
    return Plan(
        kind="action_plan",
        goals=[Goal(id="1", text=f"goal {i}") for i in range(n)],
        measures=[
            Measure(id=f"M{j}", title=f"measure {j}", goals=["1"], follow_ups=[RED])
            for j in range(n)
        ],
    )


def _shared_area(n: int) -> Plan:
    """``n`` goal areas all with the id "A", and ``n`` goals in it."""
    return Plan(
        kind="action_plan",
        goal_areas=[GoalArea(id="A", title=f"area {i}") for i in range(n)],
        goals=[Goal(id=f"G{j}", area="A", text=f"goal {j}") for j in range(n)],
        measures=[Measure(id="M", goals=[f"G{j}" for j in range(n)], follow_ups=[RED])],
    )


PLANS = {"goals": _shared_goal, "areas": _shared_area}
RENDERERS: dict[str, Callable[..., str]] = {
    "text": tiltak.to_text,
    "html": tiltak.to_html,
    "markdown": tiltak.to_markdown,
}


def _sections(blocks: tuple[Block, ...]) -> Iterator[Section]:
    for block in blocks:
        if isinstance(block, Section):
            yield block
            yield from _sections(block.blocks)


def _headings(section: Section) -> list[str]:
    return [block.heading for block in section.blocks if isinstance(block, Section)]


def _tables(section: Section) -> list[Table]:
    return [block for block in section.blocks if isinstance(block, Table)]


def test_first_holders() -> None:
    """Each identifier maps to the index of the first item holding it."""
    goals = [Goal(id="b"), Goal(id="a"), Goal(id="b"), Goal(id="a")]
    assert {"b": 0, "a": 1} == first_holders(goals)


@pytest.mark.parametrize("plan_of", PLANS.values(), ids=PLANS)
@pytest.mark.parametrize("render", RENDERERS.values(), ids=RENDERERS)
def test_rendering_grows_linearly(
    plan_of: Callable[[int], Plan], render: Callable[..., str]
) -> None:
    """Twice the repeats and references give about twice the output, not four times."""
    small, large = (len(render(plan_of(n), locale="en")) for n in (50, 100))
    assert large < 2.5 * small


def test_goal_lists_measures_only_at_first_holder() -> None:
    """Both goals are shown; only the first to hold the id lists the measure naming it."""
    plan = Plan(
        kind="action_plan",
        goals=[Goal(id="1", text="first"), Goal(id="1", text="second")],
        measures=[Measure(id="M", title="Walk", goals=["1"])],
    )
    goals = {s.heading: s for s in _sections(document(plan, locale="en").blocks)}
    [table] = _tables(goals["1 first"])
    assert [("M", "Walk")] == [row[:2] for row in table.rows]
    assert [] == _tables(goals["1 second"])
    assert 2 == tiltak.to_text(plan, locale="en").count("Walk")  # that goal, and the measures


def test_area_lists_goals_only_at_first_holder() -> None:
    """Both areas are shown; only the first to hold the id lists the goals in it, once each."""
    plan = Plan(
        kind="action_plan",
        goal_areas=[GoalArea(id="A", title="One"), GoalArea(id="A", title="Two")],
        goals=[Goal(id="1", text="first", area="A"), Goal(id="2", text="second", area="A")],
    )
    areas = {s.heading: s for s in _sections(document(plan, locale="en").blocks)}
    assert ["1 first", "2 second"] == _headings(areas["A One"])
    assert [] == _headings(areas["A Two"])
    assert "Two" in tiltak.to_text(plan, locale="en")


def test_principal_named_by_first_holder() -> None:
    """A measure's principal is named by the first principal holding its id."""
    plan = Plan(
        kind="coordinated_plan",
        principals=[Principal(id="K", name="kommun"), Principal(id="K", name="region")],
        measures=[Measure(id="M", title="Walk", principal="K")],
    )
    measures = next(
        s for s in _sections(document(plan, locale="en").blocks) if s.heading == "Measures"
    )
    cell = _tables(measures)[0].rows[0][1]
    assert isinstance(cell, Titled)
    assert "Principal: kommun" in cell.text


def test_summary_counts_references_at_first_holder() -> None:
    """A later goal or area holding a repeated id is counted no measures, sub-goals or goals."""
    green = FollowUp(date=dt.date(2024, 3, 1), colour="green")
    plan = Plan(
        kind="action_plan",
        goal_areas=[GoalArea(id="A"), GoalArea(id="A")],
        goals=[Goal(id="1", area="A"), Goal(id="1", area="A"), Goal(id="2", parent="1")],
        measures=[
            Measure(id="M", goals=["1"], follow_ups=[RED]),
            Measure(id="N", goals=["2"], follow_ups=[green]),
        ],
    )
    summary = summarise(plan, as_of=AS_OF)
    assert [("$.measures[0]", "$.measures[1]"), (), ("$.measures[1]",)] == [
        g.measures for g in summary.goals
    ]
    assert [StatusColour.RED, None, StatusColour.GREEN] == [g.colour for g in summary.goals]
    assert [("$.goals[0]", "$.goals[1]"), ()] == [a.goals for a in summary.areas]
    assert [("$.measures[0]",), ()] == [a.measures for a in summary.areas]


@pytest.mark.parametrize("plan_of", PLANS.values(), ids=PLANS)
def test_summary_grows_linearly(plan_of: Callable[[int], Plan]) -> None:
    """The paths a summary lists grow with the plan, not with repeats times references."""

    def listed(n: int) -> int:
        summary = summarise(plan_of(n), as_of=AS_OF)
        goals = sum(len(g.measures) for g in summary.goals)
        return goals + sum(len(a.goals) + len(a.measures) for a in summary.areas)

    assert listed(100) < 2.5 * listed(50)


def test_cause_text_of_first_holder() -> None:
    """Records and the workbook give a repeated cause id the first holder's text."""
    openpyxl = pytest.importorskip("openpyxl")

    plan = Plan(
        kind="action_plan",
        causes=[Cause(id="1", text="first"), Cause(id="1", text="second")],
        measures=[Measure(id="M", title="Walk", causes=["1"])],
    )
    [record] = exports.to_records(plan)
    assert "first" == record["cause_text"]
    out = io.BytesIO()
    exports.to_xlsx(plan, out)
    book = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    values = {cell.value for sheet in book for row in sheet.iter_rows() for cell in row}
    assert "1. first" in values
    assert "1. second" not in values


def test_round_matches_repeated_ids_holder_by_holder() -> None:
    """A round compares a repeated id's first holder with the first, its second with the second.

    Matched by id alone, the last holder's colour stood for every holder's "then", and a round
    reported changes that never happened.
    """
    from tiltak.asof import summarise_since

    followed = (FollowUp(date=dt.date(2024, 1, 10), colour="green"),)
    goals = (Goal(id="G", text="a"), Goal(id="G", text="b"))
    served = Measure(id="M", title="m", goals=("G",), follow_ups=followed)
    plan = Plan(kind="action_plan", title="t", goals=goals, measures=(served,))
    round_ = summarise_since(plan, as_of="2024-06-01", since="2024-03-01")
    assert round_.goal_changes == ()
    red = (FollowUp(date=dt.date(2024, 1, 10), colour="red"),)
    twins = (Measure(id="M", follow_ups=followed), Measure(id="M", follow_ups=red))
    round_ = summarise_since(
        Plan(kind="action_plan", title="t", measures=twins), as_of="2024-06-01", since="2024-03-01"
    )
    assert round_.colour_changes == ()


def test_round_finds_newly_overdue_among_repeated_ids() -> None:
    """The second measure of an id falling due in the round is newly overdue, as any other."""
    from tiltak.asof import summarise_since

    twins = (
        Measure(id="M", title="a", deadline="2024-02-01"),
        Measure(id="M", title="b", deadline="2024-04-01"),
    )
    plan = Plan(kind="action_plan", title="t", measures=twins)
    round_ = summarise_since(plan, as_of="2024-06-01", since="2024-03-01")
    assert [event.path for event in round_.newly_overdue] == ["$.measures[1]"]
