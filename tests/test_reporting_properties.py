import csv
import datetime as dt
import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiltak import ChangeKind, Plan, diff, summarise
from tiltak._summary import colour_as_of
from tiltak.asof import worst_colour
from tiltak.exports import to_csv, to_records
from tiltak.testing import plans

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_SEGMENT = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def resolve(plan: Plan, path: str) -> object:
    """The value at a JSON path in a plan."""
    value: object = plan
    for field, index in _SEGMENT.findall(path[1:]):
        value = getattr(value, field) if field else value[int(index)]  # type: ignore[index]
    return value


class TestDiffProperties:
    @SETTINGS
    @given(plans(valid=False))
    def test_same_plan(self, plan: Plan) -> None:
        """A plan compared with itself has no changes."""
        assert [] == list(diff(plan, plan))

    @SETTINGS
    @given(plans(valid=False), plans(valid=False))
    def test_paths_resolve(self, old: Plan, new: Plan) -> None:
        """Every change's path leads to its value: in the new plan, or the old for a removal."""
        for change in diff(old, new):
            if change.kind is ChangeKind.REMOVED:
                assert change.old == resolve(old, change.path)
            else:
                assert change.new == resolve(new, change.path)
            if change.kind is ChangeKind.CHANGED:
                assert change.old != change.new

    @SETTINGS
    @given(plans(valid=False), plans(valid=False), st.sampled_from(["en", "nb", "nn", "sv"]))
    def test_rendered(self, old: Plan, new: Plan, locale: str) -> None:
        """Every change renders as one line in every language."""
        result = diff(old, new)
        assert len(result) == len(result.describe(locale=locale))

    @SETTINGS
    @given(plans(valid=False), plans(valid=False))
    def test_no_change_means_equal_elements(self, old: Plan, new: Plan) -> None:
        """Without changes, the plans differ at most in the order of matched elements."""
        if not diff(old, new):
            assert {f: sorted(map(repr, getattr(old, f))) for f in ("measures", "goals")} == {
                f: sorted(map(repr, getattr(new, f))) for f in ("measures", "goals")
            }
            assert (old.title, old.period, old.kind) == (new.title, new.period, new.kind)


class TestSummaryProperties:
    @SETTINGS
    @given(plans(valid=False), DAYS)
    def test_counts(self, plan: Plan, day: dt.date) -> None:
        """Counts add up to the measures; completion is a share; overdue ones are measures."""
        summary = summarise(plan, as_of=day)
        assert len(plan.measures) == summary.colours.total
        share = summary.completed_share
        assert share is None or 0 <= share <= 1
        assert {e.path for e in summary.overdue} <= {s.path for s in summary.measures}
        assert len(summary.goals) == len(plan.goals)
        assert len(summary.areas) == len(plan.goal_areas)

    @SETTINGS
    @given(plans(valid=False), DAYS)
    def test_roll_up(self, plan: Plan, day: dt.date) -> None:
        """A goal's measures roll up to their worst colour; its own follow-up, if any, wins."""
        summary = summarise(plan, as_of=day)
        colours = {s.path: s.colour for s in summary.measures}
        for goal, own in zip(summary.goals, plan.goals, strict=True):
            rolled = worst_colour([colours[path] for path in goal.measures])
            assert rolled == goal.measures_colour
            followed = colour_as_of(own.follow_ups, summary.as_of)
            assert goal.own == (followed is not None)
            assert goal.colour == (followed if goal.own else rolled)


class TestTableProperties:
    @SETTINGS
    @given(st.lists(plans(valid=False), max_size=3))
    def test_rows(self, many: list[Plan]) -> None:
        """One row per measure, whatever the plans hold."""
        assert sum(len(p.measures) for p in many) == len(to_records(many))

    @SETTINGS
    @given(plans(valid=False))
    def test_no_formula(self, plan: Plan) -> None:
        """No CSV cell but a whole number starts like a formula, whatever text the plan holds."""
        rows = list(csv.reader(io.StringIO(to_csv(plan, locale="nb"), newline="")))
        starts = ("=", "+", "-", "@", "\t", "\r")
        cells = [cell for row in rows for cell in row if not re.fullmatch(r"-?\d+", cell)]
        assert [] == [cell for cell in cells if cell.startswith(starts)]
