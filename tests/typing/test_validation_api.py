"""Validation used as an integrator uses it: type-checked by ``mypy --strict``, run by pytest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

import tiltak
from tiltak import BatchReport, Finding, Plan, PlanKind, Report, Severity, rules
from tiltak.errors import RuleConfigError
from tiltak.rules import Rule, RuleContext, RuleSet


def owner_named(plan: Plan, context: RuleContext) -> Iterator[Finding]:
    """A municipality's own rule: the plan names its owning unit."""
    if plan.owner is None:
        yield context.finding("$.owner", "The plan names no owning unit.")


class TestValidationApi:
    def test_validate_and_report(self) -> None:
        """validate returns a Report whose findings carry code, severity, path and message."""
        plan = Plan(kind=PlanKind.ACTION_PLAN, title="Trygg skolevei")
        report: Report = tiltak.validate(plan, as_of=dt.date(2024, 6, 1), ignore=["A"])
        first: Finding = report.errors[0]
        severity: Severity = first.severity
        message: str = first.message(locale="en")
        assert (Severity.ERROR, "$.period") == (severity, first.path)
        assert message
        ok: bool = tiltak.is_valid(plan, select=["P001"])
        assert ok
        with pytest.raises(tiltak.PlanInvalidError):
            report.raise_for_errors()

    def test_own_rules_and_sets(self) -> None:
        """Own rules and named rule sets type-check and run."""
        owner = Rule(code="X001", severity=Severity.WARNING, title="Owner", check=owner_named)
        catalogue: tuple[Rule, ...] = rules.all_rules()
        mine: RuleSet = (rules.default() | [owner]).ignore("P013").named("Bygdeby")
        plan = Plan(kind=PlanKind.OPERATIONAL_PLAN)
        assert "X001" in mine.validate(plan).codes
        assert len(catalogue) == len(mine)  # X001 added, P013 ignored
        with pytest.raises(RuleConfigError):
            tiltak.validate(plan, severity={"X999": "error"})

    def test_validate_many(self) -> None:
        """validate_many gives one report per plan and the findings across them."""
        plans = [Plan(kind=PlanKind.INDIVIDUAL_PLAN), Plan(kind=PlanKind.ACTION_PLAN)]
        batch: BatchReport = tiltak.validate_many(plans)
        reports: list[Report] = list(batch)
        assert 2 == len(reports)
        assert batch.across.ok
