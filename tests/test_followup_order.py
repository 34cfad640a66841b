"""The latest follow-up is the latest by date, whatever the order the list records them in."""

from __future__ import annotations

import datetime as dt
from random import Random

from hypothesis import given
from hypothesis import strategies as st

import tiltak
from tiltak import FollowUp, Goal, Measure, Plan, StatusColour
from tiltak._model import latest_follow_up
from tiltak._summary import colour_as_of

EARLY = FollowUp(date=dt.date(2024, 2, 1), colour="green")
LATE = FollowUp(date=dt.date(2024, 9, 1), colour="red")


def _plan(*follow_ups: FollowUp) -> Plan:
    return Plan(
        kind="action_plan",
        title="T",
        measures=[Measure(id="1", title="M", deadline="2024-03", follow_ups=follow_ups)],
    )


class TestLatestByDate:
    def test_colour_of_measure_and_goal(self) -> None:
        for order in ((EARLY, LATE), (LATE, EARLY)):
            assert Measure(id="1", follow_ups=order).colour is StatusColour.RED
            assert Goal(id="1", follow_ups=order).colour is StatusColour.RED

    def test_p016_whatever_the_order(self) -> None:
        """An unfinished measure last followed up red is overdue, listed first or last."""
        for order in ((EARLY, LATE), (LATE, EARLY)):
            report = tiltak.validate(_plan(*order), as_of=dt.date(2024, 10, 1), select="P016")
            assert [f.code for f in report] == ["P016"]
        report = tiltak.validate(_plan(LATE, EARLY), as_of=dt.date(2024, 8, 1), select="P016")
        assert list(report) == []  # the red one is after the day: green counts

    def test_summary_colour(self) -> None:
        summary = tiltak.summarise(_plan(LATE, EARLY), as_of=dt.date(2024, 10, 1))
        assert summary.measures[0].colour is StatusColour.RED

    def test_same_day_and_undated(self) -> None:
        day = dt.date(2024, 5, 1)
        first, second = FollowUp(date=day, colour="red"), FollowUp(date=day, colour="green")
        assert latest_follow_up([first, second]) is second
        undated = FollowUp(colour="yellow")
        assert latest_follow_up([LATE, undated]) is LATE
        assert latest_follow_up([undated, EARLY]) is EARLY
        assert latest_follow_up([undated]) is undated
        assert latest_follow_up([FollowUp(date=day)]) is None
        assert latest_follow_up([FollowUp(date=day)], coloured=False) is not None

    @given(
        st.lists(
            st.builds(
                FollowUp,
                date=st.none() | st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
                colour=st.none() | st.sampled_from(StatusColour),
            ),
            max_size=6,
        ),
        st.randoms(use_true_random=False),
        st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    )
    def test_order_of_distinct_days_does_not_matter(
        self, follow_ups: list[FollowUp], random: Random, as_of: dt.date
    ) -> None:
        dated = {f.date: f for f in follow_ups if f.date is not None and f.colour is not None}
        distinct = list(dated.values())
        shuffled = list(distinct)
        random.shuffle(shuffled)
        assert colour_as_of(distinct, as_of) == colour_as_of(shuffled, as_of)
        counted = [(f.date, f) for f in distinct if f.date is not None and f.date <= as_of]
        expected = max(counted, key=lambda pair: pair[0])[1].colour if counted else None
        assert colour_as_of(shuffled, as_of) == expected
