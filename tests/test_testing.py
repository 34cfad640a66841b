"""``tiltak.testing``: factories, strategies, hypothesis' entry point and the pytest plugin."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import Goal, Measure, Plan, PlanKind
from tiltak.testing import (
    AS_OF,
    LOCALES,
    assert_findings,
    assert_valid,
    locales,
    make_goal,
    make_measure,
    make_plan,
    plans,
)
from tiltak.testing._hypothesis_entry import _register

ROOT = Path(__file__).resolve().parents[1]


class TestFactories:
    def test_make_plan_every_kind(self, tiltak_plan: Plan) -> None:
        """The sample plan of each kind has a title, a period, goals and measures."""
        assert tiltak_plan.title
        assert tiltak_plan.period is not None
        assert tiltak_plan.goals
        assert tiltak_plan.measures

    @pytest.mark.parametrize("kind", list(PlanKind))
    def test_make_plan_kind(self, kind: PlanKind) -> None:
        """``make_plan(kind)`` builds a plan of that kind, by member or by value."""
        assert kind == make_plan(kind).kind
        assert make_plan(kind) == make_plan(kind.value)

    def test_overrides(self) -> None:
        """Overrides replace exactly the fields named."""
        base = make_plan("action_plan")
        changed = make_plan("action_plan", title="Trygg skolevei", background=None)
        assert ("Trygg skolevei", None) == (changed.title, changed.background)
        assert base.measures == changed.measures

    def test_unknown_kind(self) -> None:
        """An unknown kind is a ModelError naming the kinds there are."""
        with pytest.raises(tiltak.errors.ModelError, match="PlanKind must be one of"):
            make_plan("wish_list")

    def test_unknown_field(self) -> None:
        """An override that is not a field of Plan fails as a TypeError."""
        with pytest.raises(TypeError):
            make_plan("action_plan", colour="green")

    def test_make_goal_and_measure(self) -> None:
        """The part factories link up: the default measure serves the default goal."""
        goal, measure = make_goal(), make_measure()
        assert isinstance(goal, Goal)
        assert isinstance(measure, Measure)
        assert (goal.id,) == measure.goals
        assert "G7" == make_goal(id="G7").id

    def test_as_of_fixture(self, tiltak_as_of: dt.date) -> None:
        """The as-of fixture is the factories' fixed date."""
        assert AS_OF == tiltak_as_of == dt.date(2024, 6, 1)

    def test_locale_fixture(self, tiltak_locale: str) -> None:
        """The locale fixture walks through the languages tiltak speaks."""
        assert tiltak_locale in {"nb", "nn", "sv", "en"}


class TestStrategies:
    @given(locales())
    def test_locales(self, locale: str) -> None:
        """``locales()`` draws only the four languages."""
        assert locale in LOCALES

    @pytest.mark.parametrize("kind", list(PlanKind))
    @settings(max_examples=20, deadline=None)
    @given(data=st.data())
    def test_valid_plans_of_kind(self, kind: PlanKind, data: st.DataObject) -> None:
        """``plans(kind)`` gives plans of that kind, each with goals and measures."""
        plan = data.draw(plans(kind))
        assert kind == plan.kind
        assert plan.goals
        assert plan.measures

    def test_strategies_are_cached(self) -> None:
        """The same arguments give the same strategy object."""
        assert plans("action_plan") is plans(PlanKind.ACTION_PLAN)
        assert plans(valid=False) is not plans()


class TestEntryPoint:
    def test_declared(self) -> None:
        """pyproject names the registration function under hypothesis' entry point."""
        project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        declared = project["project"]["entry-points"]["hypothesis"]
        assert {"tiltak": "tiltak.testing._hypothesis_entry:_register"} == declared

    @settings(max_examples=10, deadline=None)
    @given(data=st.data())
    def test_from_type(self, data: st.DataObject) -> None:
        """After registration, ``st.from_type`` builds plans, goals and measures."""
        _register()
        assert isinstance(data.draw(st.from_type(Plan)), Plan)
        assert isinstance(data.draw(st.from_type(Goal)), Goal)
        assert isinstance(data.draw(st.from_type(Measure)), Measure)

    def test_hook_while_hypothesis_loads(self) -> None:
        """With the entry point installed, importing tiltak.testing first still works.

        Hypothesis runs the hook while it is being imported, which may be from inside
        ``tiltak.testing`` itself; the hook must not need the half-imported module.
        """
        code = (
            "import importlib.metadata as md\n"
            "real = md.entry_points\n"
            "def entry_points(**kw):\n"
            "    if kw.get('group') == 'hypothesis':\n"
            "        return [md.EntryPoint(name='tiltak', group='hypothesis',"
            " value='tiltak.testing._hypothesis_entry:_register')]\n"
            "    return real(**kw)\n"
            "md.entry_points = entry_points\n"
            "import tiltak.testing\n"
            "from hypothesis import strategies as st\n"
            "print(type(st.from_type(tiltak.Plan).example()).__name__)\n"
        )
        env = {**os.environ, "PYTHONPATH": str(Path(tiltak.__file__).resolve().parents[1])}
        env.pop("HYPOTHESIS_NO_PLUGINS", None)
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
        )
        assert (0, "Plan\n") == (result.returncode, result.stdout), result.stderr


class TestPytestPlugin:
    def test_opt_in(self, pytester: pytest.Pytester) -> None:
        """A suite that names the plugin gets a plan per kind and a run per locale."""
        pytester.makeconftest('pytest_plugins = ["tiltak.testing.pytest_plugin"]\n')
        pytester.makepyfile(
            """
            def test_plan(tiltak_plan, tiltak_as_of):
                assert tiltak_plan.title

            def test_locale(tiltak_locale):
                assert tiltak_locale
            """
        )
        result = pytester.runpytest("-p", "no:cacheprovider")
        result.assert_outcomes(passed=len(PlanKind) + 4)

    def test_not_loaded_by_default(self, pytester: pytest.Pytester) -> None:
        """Without the opt-in the fixtures do not exist: the plugin is no pytest11 plugin."""
        pytester.makepyfile("def test_plan(tiltak_plan):\n    pass\n")
        result = pytester.runpytest("-p", "no:cacheprovider")
        result.assert_outcomes(errors=1)


class TestValidPlans:
    @pytest.mark.parametrize("kind", list(PlanKind))
    @settings(max_examples=100, deadline=None)
    @given(data=st.data())
    def test_validate_without_errors(self, kind: PlanKind, data: st.DataObject) -> None:
        """Every generated valid plan of every kind has no error finding, on any date."""
        plan = data.draw(plans(kind))
        as_of = data.draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))
        report = tiltak.validate(plan, as_of=as_of)
        assert [] == [str(finding) for finding in report.errors]

    @settings(max_examples=500, deadline=None)
    @given(plans())
    def test_round_trip(self, plan: Plan) -> None:
        """500 valid plans of any kind come back equal through dumps and loads."""
        assert plan == tiltak.loads(tiltak.dumps(plan))

    @settings(max_examples=50, deadline=None)
    @given(plans(valid=False))
    def test_any_content_may_have_errors(self, plan: Plan) -> None:
        """``valid=False`` plans are any content: validation runs on them without raising."""
        tiltak.validate(plan)


class TestFactoriesAgreeWithStrategies:
    @pytest.mark.parametrize("kind", list(PlanKind), ids=lambda kind: kind.value)
    @settings(max_examples=25, deadline=None)
    @given(data=st.data())
    def test_no_error_on_any_date(self, kind: PlanKind, data: st.DataObject) -> None:
        """``make_plan(kind)`` and ``plans(kind)`` keep one promise: no error on any date.

        The tests take their plans from ``make_plan`` and their properties from ``plans``: a
        factory plan that only passes on its own date would make the two disagree.
        """
        dates = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1))
        as_of = data.draw(dates, label="as_of")
        for plan in (make_plan(kind), data.draw(plans(kind), label="drawn")):
            assert kind == plan.kind
            assert [] == [str(finding) for finding in tiltak.validate(plan, as_of=as_of).errors]


class TestFactoriesValidate:
    def test_sample_plan_has_no_finding(self, tiltak_plan: Plan, tiltak_as_of: dt.date) -> None:
        """The sample plan of each kind has no finding at all on the fixed date."""
        assert [] == [str(f) for f in tiltak.validate(tiltak_plan, as_of=tiltak_as_of)]

    def test_override_makes_the_finding(self) -> None:
        """Dropping a required part gives exactly the rule that asks for it."""
        assert_findings(make_plan("individual_plan", consent=None), ["I001", "I010"])
        assert_findings(make_plan("coordinated_plan", principals=()), ["P006", "S003"])


class TestAssertions:
    def test_assert_valid_passes(self, tiltak_plan: Plan) -> None:
        """assert_valid returns the report of a valid plan."""
        assert assert_valid(tiltak_plan).ok

    def test_assert_valid_fails_with_findings(self, tiltak_locale: str) -> None:
        """assert_valid fails with every error, its path and its message in the locale."""
        plan = make_plan("action_plan", title=" ", measures=[make_measure(responsible=None)])
        with pytest.raises(AssertionError) as failure:
            assert_valid(plan, locale=tiltak_locale)
        text = str(failure.value)
        for finding in tiltak.validate(plan).errors:
            assert f"{finding.code} " in text
            assert f"@ {finding.path}: {finding.message(tiltak_locale)}" in text

    def test_assert_valid_passes_options(self) -> None:
        """Validation options reach validate: an ignored rule does not fail."""
        assert_valid(make_plan("individual_plan", coordinator=None), ignore=["I002"])

    def test_assert_findings_exact(self) -> None:
        """assert_findings fails on a missing code and on an unexpected one."""
        plan = make_plan("action_plan", background=None)
        assert ("A001",) == assert_findings(plan, ["A001"]).codes
        with pytest.raises(AssertionError, match="A002"):
            assert_findings(plan, ["A001", "A002"])
        with pytest.raises(AssertionError, match=r"\$\.background"):
            assert_findings(plan, [])

    def test_assert_findings_names_missing_and_unexpected(self) -> None:
        """The failure says which expected codes are missing and which found were not expected."""
        plan = make_plan("action_plan", background=None)
        with pytest.raises(AssertionError) as failure:
            assert_findings(plan, ["P007"], locale="en")
        lines = str(failure.value).splitlines()
        assert [
            "The findings differ from those expected.",
            "  Missing: P007",
            "  Not expected: A001",
        ] == lines[:3]
        with pytest.raises(AssertionError) as failure:
            assert_findings(plan, ["A001", "A002"], locale="nb")
        assert ["  Mangler: A002", "  Ikke ventet: ingen"] == str(failure.value).splitlines()[1:3]

    @pytest.mark.parametrize("helper", ["assert_valid", "assert_findings"])
    def test_helpers_hide_their_frames(self, helper: str, pytester: pytest.Pytester) -> None:
        """pytest shows the test's own line when a helper fails, not the helper's source."""
        extra = ", []" if helper == "assert_findings" else ""
        pytester.makepyfile(
            f"""
            from tiltak.testing import {helper}, make_plan

            def test_it():
                {helper}(make_plan("individual_plan", coordinator=None){extra})
            """
        )
        result = pytester.runpytest("-p", "no:cacheprovider")
        result.assert_outcomes(failed=1)
        output = result.stdout.str()
        assert f"{helper}(make_plan" in output
        assert "report = validate(plan, **validate_options)" not in output

    def test_assert_findings_one_code(self) -> None:
        """A single code may be given as a string."""
        assert_findings(make_plan("action_plan", background=None), "A001")
