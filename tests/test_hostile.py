"""Input built to hurt: each case ends in a PlanFormatError or a plan, never a crash or a hang.

The sizes here keep each case well under two seconds; ``bench/hostile.py`` runs the same
cases at full size (a 100 MB document, a million measures).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from typing import Any

import pytest

from tiltak import (
    Plan,
    PlanFormatError,
    dumps,
    from_dict,
    loads,
    to_html,
    to_markdown,
    to_text,
    validate,
)
from tiltak.asof import due_reporting, next_events
from tiltak.errors import MAX_PROBLEMS

HEAD = '{"format": "tiltak/1", "kind": "action_plan"'
DEEP = 100_000


def problems(call: Any, argument: object) -> list[tuple[str, str]]:
    """The (path, message) pairs of the PlanFormatError ``call(argument)`` raises."""
    with pytest.raises(PlanFormatError) as info:
        call(argument)
    return [(p.path, p.message()) for p in info.value.problems]


def deep_list(depth: int) -> list[Any]:
    """A list nested ``depth`` levels deep, built without recursion."""
    root: list[Any] = []
    current = root
    for _ in range(depth - 1):
        inner: list[Any] = []
        current.append(inner)
        current = inner
    return root


def deep_dict(depth: int) -> dict[str, Any]:
    """An object nested ``depth`` levels deep, built without recursion."""
    root: dict[str, Any] = {}
    current = root
    for _ in range(depth - 1):
        inner: dict[str, Any] = {}
        current["a"] = inner
        current = inner
    return root


@pytest.fixture(autouse=True)
def _default_recursion_limit() -> Any:
    """Every case runs at Python's default recursion limit, so no deep recursion hides."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    yield
    sys.setrecursionlimit(limit)


class TestDeepNesting:
    @pytest.mark.parametrize(
        "where",
        [
            ', "measures": {open}{close}}}',
            ', "extensions": {{"x": {open}{close}}}}}',
            ', "title": {open}{close}}}',
            ', "measures": [{{"id": "1", "responsible": {open}{close}}}]}}',
        ],
    )
    def test_arrays_in_the_text(self, where: str) -> None:
        """Arrays nested 100,000 levels deep anywhere are one problem, not a RecursionError."""
        text = HEAD + where.format(open="[" * DEEP, close="]" * DEEP)
        assert [("$", "JSON nested too deeply")] == problems(loads, text)

    def test_objects_in_the_text(self) -> None:
        """Objects nested 100,000 levels deep are one problem, not a RecursionError."""
        text = HEAD + ', "extensions": ' + '{"a": ' * DEEP + "1" + "}" * DEEP + "}"
        assert [("$", "JSON nested too deeply")] == problems(loads, text)

    def test_lists_in_data(self) -> None:
        """Lists nested 100,000 levels deep in ``from_dict`` data are refused at their path."""
        data = {"format": "tiltak/1", "kind": "action_plan", "extensions": {"x": deep_list(DEEP)}}
        found = problems(from_dict, data)
        assert 1 == len(found)
        assert "nested deeper than 256 levels" == found[0][1]
        assert found[0][0].startswith("$.extensions[<1 character: letters>][0][0]")

    def test_objects_in_data(self) -> None:
        """Objects nested 100,000 levels deep in ``from_dict`` data are refused at their path."""
        data = {"format": "tiltak/1", "kind": "action_plan", "extensions": deep_dict(DEEP)}
        found = problems(from_dict, data)
        assert 1 == len(found)
        assert "nested deeper than 256 levels" == found[0][1]
        assert found[0][0].startswith("$.extensions" + "[<1 character: letters>]" * 256)

    def test_in_typed_places(self) -> None:
        """Deep data where a measure or a text belongs is the wrong type, not a recursion."""
        data = {
            "format": "tiltak/1",
            "kind": "action_plan",
            "title": deep_list(DEEP),
            "measures": [deep_list(DEEP), {"id": "1", "responsible": deep_dict(DEEP)}],
        }
        assert [
            ("$.title", "expected a string"),
            ("$.measures[0]", "expected an object"),
            ("$.measures[1].responsible[<1 character: letters>]", "unknown key"),
        ] == problems(from_dict, data)


def measures_text(count: int, *, deadline: str = "2025-06") -> str:
    """A document of ``count`` small measures, each with a title and a deadline."""
    measures = ", ".join(
        f'{{"id": "T{i}", "title": "Tiltak {i} for åtte brukere", "deadline": "{deadline}"}}'
        for i in range(count)
    )
    return HEAD + ', "measures": [' + measures + "]}"


class TestLargeDocuments:
    def test_many_measures(self) -> None:
        """A document of 50,000 measures (about 4 MB) reads, and writes back the same."""
        text = measures_text(50_000)
        plan = loads(text)
        assert 50_000 == len(plan.measures)
        assert plan == loads(dumps(plan))

    def test_many_problems(self) -> None:
        """A document with 10,000 impossible dates names the first 100, and counts the rest."""
        with pytest.raises(PlanFormatError) as info:
            loads(measures_text(10_000, deadline="2025-02-30"))
        error = info.value
        assert [f"$.measures[{i}].deadline" for i in range(MAX_PROBLEMS)] == [
            p.path for p in error.problems
        ]
        assert 10_000 - MAX_PROBLEMS == error.omitted
        assert str(error).startswith("not a valid tiltak plan: 10000 problems")
        assert str(error).endswith(f"… and {10_000 - MAX_PROBLEMS} more, not listed")
        assert len(str(error)) < 100 * MAX_PROBLEMS

    @pytest.mark.parametrize(
        "broken",
        [
            pytest.param(lambda n: HEAD + ', "measures": [' + ",".join(["0"] * n) + "]}", id="0s"),
            pytest.param(lambda n: measures_text(n // 12, deadline="2025-13"), id="dates"),
            pytest.param(
                lambda n: measures_text(n // 12).replace(
                    '"deadline": "2025-06"',
                    '"schedule": {"start": "2025-01-01", "rule": "FREQ=MONTHLY;BYMONTH=13"}',
                ),
                id="rules",
            ),
            pytest.param(
                lambda n: HEAD + ', "measures": [' + ",".join(['{"id": 1}'] * (n // 3)) + "]}",
                id="ids",
            ),
            pytest.param(
                lambda n: (
                    HEAD + ', "goals": [' + ",".join(['{"id": "1", "x": 1}'] * (n // 8)) + "]}"
                ),
                id="unknown keys",
            ),
        ],
    )
    def test_rejecting_costs_about_what_reading_does(self, broken: Any) -> None:
        """Rejecting a document costs at most a few times reading a valid one of its size.

        The work is counted, not timed: the calls made (Python's and C's, as a profiler sees
        them) and the memory traced, which no load on the machine changes. The times at full
        size are the benchmark's (``bench/hostile.py``).
        """
        import tracemalloc

        bad = broken(40_000)
        good = measures_text(len(bad) // 52)
        for text in (bad, good):  # make the converters first: that is not the cost asked about
            with contextlib.suppress(PlanFormatError):
                loads(text[:400].rsplit(",", 1)[0] + "]}")

        def cost(text: str) -> tuple[int, int]:
            calls = 0

            def count(frame: object, event: str, arg: object) -> None:
                nonlocal calls
                if event in ("call", "c_call"):
                    calls += 1

            sys.setprofile(count)
            try:
                with contextlib.suppress(PlanFormatError):
                    loads(text)
            finally:
                sys.setprofile(None)
            tracemalloc.start()
            with contextlib.suppress(PlanFormatError):
                loads(text)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            return calls, peak

        with pytest.raises(PlanFormatError) as info:
            loads(bad)
        assert len(info.value.problems) <= MAX_PROBLEMS
        (bad_calls, bad_memory), (good_calls, good_memory) = cost(bad), cost(good)
        assert bad_calls < 5 * good_calls
        assert bad_memory < 3 * good_memory

    def test_a_repeated_bad_rule_is_parsed_once(self) -> None:
        """A refused rule is remembered: thousands of copies of it cost one parse."""
        from tiltak._time import _rrule

        rule = "FREQ=MONTHLY;BYMONTH=13;INTERVAL=7"
        text = measures_text(2_000).replace(
            '"deadline": "2025-06"', f'"schedule": {{"start": "2025-01-01", "rule": "{rule}"}}'
        )
        before = _rrule._outcome.cache_info().misses
        with pytest.raises(PlanFormatError):
            loads(text)
        assert _rrule._outcome.cache_info().misses - before == 1


class TestLongStrings:
    LENGTH = 10_000_000

    def test_long_text_is_kept(self) -> None:
        """A title of ten million characters reads, whole."""
        title = "å" * self.LENGTH
        assert title == loads(HEAD + f', "title": "{title}"}}').title

    @pytest.mark.parametrize(
        ("fields", "path"),
        [
            ('"measures": [{{"id": "1", "deadline": "{value}"}}]', "$.measures[0].deadline"),
            ('"created": "{value}"', "$.created"),
            ('"kind": "{value}"', "$.kind"),
            ('"status": "{value}"', "$.status"),
            (
                '"follow_up": {{"schedule": {{"start": "2024-01-01", "rule": "{value}"}}}}',
                "$.follow_up.schedule.rule",
            ),
        ],
    )
    def test_long_text_where_it_does_not_belong(self, fields: str, path: str) -> None:
        """Ten million characters where a date, a kind or a rule belongs is a short problem."""
        text = '{"format": "tiltak/1", ' + fields.format(value="9" * self.LENGTH)
        if not fields.startswith('"kind"'):
            text += ', "kind": "action_plan"'
        text += "}"
        with pytest.raises(PlanFormatError) as info:
            loads(text)
        assert [path] == [p.path for p in info.value.problems]
        assert len(str(info.value)) < 1000

    def test_long_key(self) -> None:
        """An unknown key of ten million characters is named by a short excerpt."""
        with pytest.raises(PlanFormatError) as info:
            loads(HEAD + ', "' + "k" * self.LENGTH + '": 1}')
        assert len(str(info.value)) < 1000


class TestLongNumbers:
    DIGITS = 100_000

    @pytest.mark.parametrize(
        ("fields", "path"),
        [
            ('"measures": [{{"id": "1", "order": {value}}}]', "$.measures[0].order"),
            ('"extensions": {{"n": {value}}}', "$.extensions[<1 character: letters>]"),
            ('"extensions": {{"n": [-{value}]}}', "$.extensions[<1 character: letters>][0]"),
            ('"title": {value}', "$.title"),
        ],
    )
    def test_integer_of_100_000_digits(self, fields: str, path: str) -> None:
        """An integer of 100,000 digits is one problem at its path."""
        text = HEAD + ", " + fields.format(value="7" * self.DIGITS) + "}"
        assert [(path, "an integer with too many digits")] == problems(loads, text)

    def test_long_fraction(self) -> None:
        """A number with 100,000 digits after the point reads as the nearest float."""
        text = HEAD + ', "extensions": {"x": 0.' + "3" * self.DIGITS + "}}"
        assert 0.3333333333333333 == loads(text).extensions["x"]

    def test_long_exponent(self) -> None:
        """An exponent of 100,000 digits is infinity or zero: both are refused, not kept."""
        text = HEAD + ', "extensions": {"x": 1e' + "9" * self.DIGITS + "}}"
        assert [
            ("$.extensions[<1 character: letters>]", "a number JSON cannot represent")
        ] == problems(loads, text)
        text = HEAD + ', "extensions": {"x": 1e-' + "9" * self.DIGITS + "}}"
        assert [
            (
                "$.extensions[<1 character: letters>]",
                "a number too small for a JSON reader to keep (it reads as 0)",
            )
        ] == problems(loads, text)

    def test_reading_an_integer_python_cannot_write(self) -> None:
        """An integer too long to write is refused where it is read, not where it is written."""
        data = {"format": "tiltak/1", "kind": "action_plan", "extensions": {"n": 10**self.DIGITS}}
        assert [("$.extensions[<1 character: letters>]", "an integer with too many digits")] == (
            problems(from_dict, data)
        )


class TestLinks:
    def test_cyclic_goal_parents(self) -> None:
        """A cycle of 100,000 goal parents reads: links are data, never followed on reading."""
        count = 100_000
        goals = [{"id": str(i), "parent": str((i + 1) % count)} for i in range(count)]
        plan = loads(HEAD + ', "goals": ' + json.dumps(goals) + "}")
        assert "0" == plan.goals[-1].parent

    def test_self_references(self) -> None:
        """Goals that are their own parent and measures linking to themselves read as data."""
        count = 50_000
        goals = [{"id": str(i), "parent": str(i)} for i in range(count)]
        measures = [{"id": str(i), "goals": [str(i)], "causes": [str(i)]} for i in range(count)]
        text = HEAD + f', "goals": {json.dumps(goals)}, "measures": {json.dumps(measures)}}}'
        plan = loads(text)
        assert all(goal.parent == goal.id for goal in plan.goals)

    def test_same_identifier_many_times(self) -> None:
        """100,000 measures with one identifier read: uniqueness is the validator's finding."""
        measures = ", ".join('{"id": "1"}' for _ in range(100_000))
        plan = loads(HEAD + ', "measures": [' + measures + "]}")
        assert {"1"} == {measure.id for measure in plan.measures}
        assert isinstance(plan, Plan)


class TestValidationOfHostilePlans:
    """Findings stay bounded and validation never recurses, whatever the links say."""

    def test_same_identifier_many_times(self) -> None:
        """100,000 measures with one identifier give 100 P005 findings and a summary."""
        measures = ", ".join('{"id": "1"}' for _ in range(100_000))
        report = validate(loads(HEAD + ', "measures": [' + measures + "]}"))
        p005 = [finding for finding in report if finding.code == "P005"]
        assert 101 == len(p005)
        assert {"count": 100_000 - 1 - 100, "code": "P005"} == p005[-1].params

    def test_findings_of_every_rule_are_capped(self) -> None:
        """No rule gives more than 100 findings and a summary on one plan."""
        measures = ", ".join(f'{{"id": "{i}", "goals": ["x"]}}' for i in range(50_000))
        report = validate(loads(HEAD + ', "measures": [' + measures + "]}"))
        counts: dict[str, int] = {}
        for finding in report:
            counts[finding.code] = counts.get(finding.code, 0) + 1
        assert max(counts.values()) <= 101

    def test_cyclic_goal_parents(self) -> None:
        """A cycle of 100,000 goal parents validates without a RecursionError."""
        count = 100_000
        goals = [{"id": str(i), "parent": str((i + 1) % count)} for i in range(count)]
        report = validate(loads(HEAD + ', "goals": ' + json.dumps(goals) + "}"))
        assert len(report) < 2000

    def test_self_references(self) -> None:
        """Goals that are their own parent validate without a RecursionError."""
        goals = [{"id": str(i), "parent": str(i)} for i in range(50_000)]
        report = validate(loads(HEAD + ', "goals": ' + json.dumps(goals) + "}"))
        assert len(report) < 2000


class TestRenderingHostilePlans:
    """A display grows with the plan, however its identifiers repeat."""

    def test_one_goal_identifier_named_by_every_measure(self) -> None:
        """2,000 goals sharing an id, each measure naming it: output linear, not 4 million rows."""
        count = 2_000
        goals = [{"id": "1", "text": f"Mål {i}"} for i in range(count)]
        measures = [{"id": str(i), "title": f"Tiltak {i}", "goals": ["1"]} for i in range(count)]
        text = HEAD + f', "goals": {json.dumps(goals)}, "measures": {json.dumps(measures)}}}'
        plan = loads(text)
        for render in (to_text, to_html, to_markdown):
            assert len(render(plan, locale="nb")) < 1_000 * count


class TestSchedules:
    """Rules that would make dateutil walk day by day for seconds are refused or cut short."""

    def test_hours_minutes_and_seconds_are_refused(self) -> None:
        """A rule naming 86,400 moments of each day is a problem at its path."""
        hours = ",".join(str(hour) for hour in range(24))
        minutes = ",".join(str(minute) for minute in range(60))
        rule = f"FREQ=DAILY;BYHOUR={hours};BYMINUTE={minutes};BYSECOND={minutes}"
        line = {"schedule": {"start": "2024-01-01", "rule": rule}}
        found = problems(loads, HEAD + ', "reporting": ' + json.dumps([line]) + "}")
        assert ["$.reporting[0].schedule.rule"] == [path for path, _ in found]

    def test_rules_that_never_fall_due(self) -> None:
        """Such rules on many lines, each from its own start, give no events and no error."""
        lines = [
            {
                "schedule": {
                    "start": f"{year}-01-01",
                    "rule": "FREQ=DAILY;BYYEARDAY=1;BYMONTHDAY=31",
                }
            }
            for year in range(2000, 2020)
        ]
        plan = loads(HEAD + ', "reporting": ' + json.dumps(lines) + "}")
        as_of = dt.date(2026, 1, 1)
        validate(plan, as_of=as_of)
        assert () == due_reporting(plan, as_of=as_of)
        assert () == next_events(plan, as_of=as_of)

    @pytest.mark.parametrize(("start", "count"), [("0001-01-01", 9), ("2024-06-03", 8)])
    def test_a_follow_up_schedule_from_long_ago(self, start: str, count: int) -> None:
        """P017 names the latest missed day and the count, however long ago the start.

        dateutil walks from the start; a cap on that walk once left every missed day of a
        schedule from the year 1 unreported.
        """
        routine = {"schedule": {"start": start, "rule": "FREQ=DAILY"}}
        text = HEAD + ', "follow_up": ' + json.dumps(routine)
        plan = loads(text + ', "follow_ups": [{"date": "2024-06-01"}]}')
        report = validate(plan, as_of=dt.date(2024, 6, 11), select="P017")
        assert [("$.follow_up.schedule", {"due": dt.date(2024, 6, 10), "count": count})] == [
            (finding.path, dict(finding.params)) for finding in report
        ]
