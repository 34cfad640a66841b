"""The rule engine: run a plan's rules, re-grade and filter, cap, and put findings in order."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ._elements import ElementRef, element_at
from ._enums import PlanKind, PlanStatus
from ._errors import ModelTypeError, RuleConfigError
from ._i18n import N_
from ._model import Plan
from ._paths import path_key
from ._report import Finding, Report, Severity, to_severity
from ._rules._core import (
    FINDINGS_PER_RULE,
    LEFT_OUT,
    RuleContext,
    RuleSet,
    _Adapted,
    adapt,
    left_out_at_once,
)

__all__ = ["BatchReport", "is_valid", "validate", "validate_many", "validate_with"]

MAX_FINDINGS_PER_RULE = FINDINGS_PER_RULE

Selectors = Iterable[str] | str | None
_Untyped = Any


def _default_set() -> RuleSet:
    from ._rules import builtin

    return RuleSet(name="tiltak", rules=builtin())


def _tuple_of(value: _Untyped, what: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    items: tuple[Any, ...] = (value,) if isinstance(value, str) else tuple(value)
    if not all(isinstance(s, str) and s for s in items):
        raise RuleConfigError(f"{what}: codes and prefixes must be non-empty strings")
    return items


@attrs.frozen(kw_only=True)
class _Config:
    rules: tuple[_Adapted, ...]
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    severity: Mapping[str, Severity]

    @classmethod
    def build(
        cls,
        ruleset: RuleSet,
        *,
        select: Selectors,
        ignore: Selectors,
        severity: Mapping[str, Severity | str] | None,
        rules: Iterable[Any] | None,
    ) -> _Config:
        extra: _Untyped = (
            () if rules is None else (rules.rules if isinstance(rules, RuleSet) else rules)
        )
        if isinstance(extra, str | bytes) or not isinstance(extra, Iterable):
            raise RuleConfigError("rules= takes an iterable of rules or a RuleSet")
        adapted = tuple(adapt(r) for r in (ruleset | tuple(extra)).rules)
        known = {r.code for r in adapted if r.code is not None}
        chosen = _tuple_of(select, "select")
        dropped = _tuple_of(ignore, "ignore") or ()
        for selector in (*(chosen or ()), *dropped):
            if not any(code.startswith(selector) for code in known):
                raise RuleConfigError(f"no rule has the code or prefix {selector!r}")
        if severity is not None and not isinstance(severity, Mapping):
            raise RuleConfigError("severity= takes a mapping of rule codes to severities")
        graded = {}
        for code, value in (severity or {}).items():
            if code not in known:
                raise RuleConfigError(f"severity= names no known rule: {code!r}")
            graded[code] = to_severity(value)
        return cls(rules=adapted, select=chosen, ignore=dropped, severity=graded)

    def wants(self, code: str) -> bool:
        if self.select is not None and not code.startswith(self.select):
            return False
        return not code.startswith(self.ignore) if self.ignore else True


@functools.cache
def _default_config() -> _Config:
    """The built-in rules as they are, built once: most calls pass no options."""
    return _Config.build(_default_set(), select=None, ignore=None, severity=None, rules=None)


def _check_args(plan: object, as_of: object) -> None:
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"validate() takes a tiltak.Plan, not {type(plan).__name__}")
    if as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        raise ModelTypeError(f"as_of must be a datetime.date, not {type(as_of).__name__}")


def _summary(code: str, severity: Severity, left_out: int) -> Finding:
    return Finding(
        code=code,
        severity=severity,
        path="$",
        message_id=N_("{count} more findings of rule {code} were left out."),
        params={"count": left_out, "code": code},
    )


_Keyed = tuple[tuple[Any, ...], Finding]


def _run_rule(
    config: _Config, rule: _Adapted, plan: Plan, ctx: RuleContext, order: int
) -> Iterator[_Keyed]:
    kept: list[Finding] = []
    left_out = 0
    for finding in rule.check(plan, ctx):
        if finding is LEFT_OUT:
            left_out += 1
            continue
        if not isinstance(finding, Finding):
            raise RuleConfigError(
                f"rule {rule.code or rule.origin!r} gave a {type(finding).__name__}, "
                "not a tiltak.Finding"
            )
        if not config.wants(finding.code):
            continue
        graded = config.severity.get(finding.code)
        if len(kept) >= MAX_FINDINGS_PER_RULE:
            left_out += 1
        elif graded is not None and graded is not finding.severity:
            kept.append(attrs.evolve(finding, severity=graded))
        else:
            kept.append(finding)
    left_out += left_out_at_once(ctx)
    for n, finding in enumerate(kept):
        yield (path_key(finding.path), finding.code, order, n), finding
    if left_out:
        last = kept[-1]
        yield (
            (path_key(last.path), last.code, order, len(kept)),
            _summary(last.code, last.severity, left_out),
        )


def _run(config: _Config, plan: Plan, as_of: dt.date | None) -> Report:
    kind = plan.kind
    runnable = [
        r
        for r in config.rules
        if kind in r.kinds
        and not (r.needs_as_of and as_of is None)
        and (r.code is None or config.wants(r.code))
    ]
    severities: dict[str, Severity] = {}
    for r in runnable:
        if r.code is not None:
            default = r.severity_for(kind) or Severity.WARNING
            severities[r.code] = config.severity.get(r.code, default)
    keyed: list[_Keyed] = []
    for order, r in enumerate(runnable):
        ctx = RuleContext(
            kind=kind,
            as_of=as_of,
            code=r.code,
            severity=severities.get(r.code or "", Severity.WARNING),
            severities=severities,
        )
        keyed.extend(_run_rule(config, r, plan, ctx, order))
    keyed.sort(key=lambda item: item[0])
    return Report(findings=_about(plan, (f for _, f in keyed)), as_of=as_of)


def _about(plan: Plan, findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings, each with the element it is about (one a rule set itself is kept)."""
    known: dict[str, ElementRef] = {}
    out = []
    for finding in findings:
        if finding.subject is not None:
            out.append(finding)
            continue
        subject = known.get(finding.path)
        if subject is None:
            subject = known[finding.path] = element_at(plan, finding.path)
        out.append(attrs.evolve(finding, subject=subject))
    return tuple(out)


def validate_with(
    ruleset: RuleSet,
    plan: Plan,
    *,
    as_of: dt.date | None = None,
    select: Selectors = None,
    ignore: Selectors = None,
    severity: Mapping[str, Severity | str] | None = None,
    rules: Iterable[Any] | None = None,
) -> Report:
    """Validate ``plan`` with the rules of ``ruleset``; options as for :func:`validate`."""
    _check_args(plan, as_of)
    config = _Config.build(ruleset, select=select, ignore=ignore, severity=severity, rules=rules)
    return _run(config, plan, as_of)


def validate(
    plan: Plan,
    *,
    as_of: dt.date | None = None,
    select: Selectors = None,
    ignore: Selectors = None,
    severity: Mapping[str, Severity | str] | None = None,
    rules: Iterable[Any] | None = None,
) -> Report:
    """Check ``plan`` against the rules of its kind and return every finding, in order.

    Content problems never raise: they are findings. ``as_of`` is the date of the check; the
    rules that need one (P016, P017, G008) run only when it is given. ``select`` and
    ``ignore`` keep or drop rules by code or prefix (``select=["P", "A004"]``);
    ``severity`` re-grades them (``{"P014": "error"}``); ``rules`` adds rules of your own
    (see :mod:`tiltak.rules`); one with a built-in rule's code takes its place. An unknown
    code or severity raises :class:`tiltak.RuleConfigError`.

    >>> import tiltak
    >>> plan = tiltak.Plan(kind="action_plan", title="Trygg skolevei")
    >>> report = tiltak.validate(plan, select=["P001", "P003"])
    >>> [f.code for f in report]
    ['P003']
    """
    if select is None and ignore is None and severity is None and rules is None:
        _check_args(plan, as_of)
        return _run(_default_config(), plan, as_of)
    return validate_with(
        _default_set(),
        plan,
        as_of=as_of,
        select=select,
        ignore=ignore,
        severity=severity,
        rules=rules,
    )


def is_valid(plan: Plan, **options: Any) -> bool:
    """Whether ``plan`` has no finding of severity error; options as for :func:`validate`."""
    return validate(plan, **options).ok


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
    as_of: dt.date | None = None,
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
    ruleset = _default_set()
    config = _Config.build(ruleset, select=select, ignore=ignore, severity=severity, rules=rules)
    reports = tuple(_run(config, plan, as_of) for plan in plans)
    across: list[Finding] = []
    if config.wants("I011"):
        graded = config.severity.get("I011", Severity.ERROR)
        for finding in _one_plan(plans, as_of, graded):
            if len(across) < MAX_FINDINGS_PER_RULE:
                across.append(finding)
            elif len(across) == MAX_FINDINGS_PER_RULE:
                across.append(_summary("I011", graded, 1))
            else:
                left_out = int(across[-1].params["count"]) + 1
                across[-1] = _summary("I011", graded, left_out)
    return BatchReport(reports=reports, across=Report(findings=across, as_of=as_of))
