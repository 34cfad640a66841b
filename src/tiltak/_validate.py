"""Validation, the public front: the built-in rules, one plan or many, and the verdict."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ._elements import ElementRef
from ._enums import PlanKind, PlanStatus
from ._i18n import N_
from ._model import Plan
from ._report import Finding, Report, Severity
from ._rules import builtin
from ._rules._engine import (
    MAX_FINDINGS_PER_RULE,
    Selectors,
    _check_args,
    _Config,
    _run,
    _summary,
    validate_with,
)
from ._rules._sets import RuleSet
from ._time._dates import to_day

__all__ = ["BatchReport", "is_valid", "validate", "validate_many", "validate_with"]


@functools.cache
def _default_set() -> RuleSet:
    return RuleSet(name="tiltak", rules=builtin())


@functools.cache
def _default_config() -> _Config:
    """The built-in rules as they are, built once: most calls pass no options."""
    return _Config.build(_default_set(), select=None, ignore=None, severity=None, rules=None)


def validate(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    select: Selectors = None,
    ignore: Selectors = None,
    severity: Mapping[str, Severity | str] | None = None,
    rules: Iterable[Any] | None = None,
) -> Report:
    """Check ``plan`` against the rules of its kind and return every finding, in order.

    Content problems never raise: they are findings. ``as_of`` is the date of the check; the
    rules that need one (P016, P017, G008, O011, F001, F002) run only when it is given.
    ``select`` and ``ignore`` keep or drop rules by code or prefix (``select=["P", "A004"]``);
    ``severity`` re-grades them (``{"P014": "error"}``); ``rules`` adds rules of your own
    (see :mod:`tiltak.rules`); one with a built-in rule's code takes its place. An unknown
    code or severity raises :class:`tiltak.errors.RuleConfigError`.

    >>> import tiltak
    >>> plan = tiltak.Plan(kind="action_plan", title="Trygg skolevei")
    >>> report = tiltak.validate(plan, select=["P001", "P003"])
    >>> [f.code for f in report]
    ['P003']
    """
    if select is None and ignore is None and severity is None and rules is None:
        return _run(_default_config(), plan, _check_args(plan, as_of))
    return validate_with(
        _default_set(),
        plan,
        as_of=as_of,
        select=select,
        ignore=ignore,
        severity=severity,
        rules=rules,
    )


def is_valid(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    select: Selectors = None,
    ignore: Selectors = None,
    severity: Mapping[str, Severity | str] | None = None,
    rules: Iterable[Any] | None = None,
) -> bool:
    """Whether ``plan`` has no finding of severity error; options as for :func:`validate`.

    >>> import tiltak
    >>> plan = tiltak.Plan(kind="action_plan")
    >>> tiltak.is_valid(plan), tiltak.is_valid(plan, select="P001", severity={"P001": "warning"})
    (False, True)
    """
    return validate(
        plan, as_of=as_of, select=select, ignore=ignore, severity=severity, rules=rules
    ).ok


@attrs.frozen(kw_only=True)
class BatchReport:
    """The reports of several plans, in the order given, and the findings across them.

    ``across`` holds the cross-plan findings (I011); their paths start at the plan's index
    in the sequence given (``$[3].status``).
    """

    reports: tuple[Report, ...]
    across: Report

    def __iter__(self) -> Iterator[Report]:
        return iter(self.reports)

    def __len__(self) -> int:
        return len(self.reports)

    def __getitem__(self, index: int) -> Report:
        return self.reports[index]

    @property
    def ok(self) -> bool:
        """Whether no plan and no cross-plan finding has an error."""
        return self.across.ok and all(r.ok for r in self.reports)


_ID_NOISE = re.compile(r"[\W_]+")


def _active(plan: Plan, as_of: dt.date | None) -> bool:
    if plan.status is not None:
        return plan.status is PlanStatus.ACTIVE
    if as_of is None:
        return True
    return plan.period is None or plan.period.contains(as_of)


def _plan_name(plan: Plan, index: int) -> str:
    """A plan of a batch as a message names it: its identifier, else its place from 1."""
    return plan.id.strip() if plan.id and plan.id.strip() else f"#{index + 1}"


def _one_plan(
    plans: Sequence[Plan], as_of: dt.date | None, severity: Severity
) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, plan in enumerate(plans):
        if plan.kind is not PlanKind.INDIVIDUAL_PLAN or not _active(plan, as_of):
            continue
        national_id = plan.subject.national_id if plan.subject is not None else None
        key = _ID_NOISE.sub("", national_id or "").upper()
        if not key:
            continue
        seen = first.setdefault(key, index)
        if seen != index:
            yield Finding(
                code="I011",
                severity=severity,
                path=f"$[{index}]",
                message_id=N_("The person already has an active individuell plan: plan {first}."),
                params={"first": _plan_name(plans[seen], seen)},
                subject=ElementRef(kind="plan", path=f"$[{index}]"),
            )


def validate_many(
    plans: Iterable[Plan],
    *,
    as_of: dt.date | str | None = None,
    select: Selectors = None,
    ignore: Selectors = None,
    severity: Mapping[str, Severity | str] | None = None,
    rules: Iterable[Any] | None = None,
) -> BatchReport:
    """Validate each plan, and check what no single plan shows (I011).

    I011: one person has at most one active individuell plan. Plans are matched on the
    subject's national id (compared without spaces or punctuation); a plan without one is
    not matched. A plan is active when its status is ``active``; when it has no status, if
    ``as_of`` falls in its period (or no ``as_of`` is given). Each later active plan of the
    same person gets a finding that points at the first.
    """
    plans = tuple(plans)
    for plan in plans:
        _check_args(plan, as_of)
    day = None if as_of is None else to_day(as_of)
    ruleset = _default_set()
    config = _Config.build(ruleset, select=select, ignore=ignore, severity=severity, rules=rules)
    reports = tuple(_run(config, plan, day) for plan in plans)
    across: list[Finding] = []
    if config.wants("I011"):
        graded = config.severity.get("I011", Severity.ERROR)
        for finding in _one_plan(plans, day, graded):
            if len(across) < MAX_FINDINGS_PER_RULE:
                across.append(finding)
            elif len(across) == MAX_FINDINGS_PER_RULE:
                across.append(_summary("I011", graded, 1))
            else:
                counted = across[-1].params["count"]
                assert isinstance(counted, int)
                left_out = counted + 1
                across[-1] = _summary("I011", graded, left_out)
    return BatchReport(reports=reports, across=Report(findings=across, as_of=day))
