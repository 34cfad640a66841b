"""The rule engine: run a plan's rules, re-grade and filter, cap, and put findings in order."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from tiltak._elements import Subjects
from tiltak._enums import PlanKind
from tiltak._errors import ModelTypeError, RuleConfigError
from tiltak._frozen import frozen
from tiltak._i18n import N_
from tiltak._model import Plan
from tiltak._paths import path_key
from tiltak._report import Finding, Report, Severity, to_severity
from tiltak._time._dates import to_day

from ._core import (
    FINDINGS_PER_RULE,
    LEFT_OUT,
    Rule,
    RuleContext,
    _Adapted,
    adapt,
    engine_context,
    left_out_at_once,
)

if TYPE_CHECKING:
    from ._sets import RuleSet

__all__ = ["MAX_FINDINGS_PER_RULE", "Selectors", "validate_with"]

MAX_FINDINGS_PER_RULE = FINDINGS_PER_RULE

Selectors = Iterable[str] | str | None
_Untyped = Any


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
    _plans: dict[tuple[PlanKind, bool], _Plan] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    """What runs on a plan of each kind, with and without a day of the check: made once."""

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
        """The configuration of one call; the same rule set and options give the same one.

        Building it adapts every rule, which costs more than validating a small plan: a
        program that validates many plans with the same options builds it once.
        """
        if rules is not None or not _fixed(ruleset):  # what may change is read each call
            return cls._build(ruleset, select, ignore, severity, rules)
        chosen = _tuple_of(select, "select")  # a generator read once, for the key and the build
        dropped = _tuple_of(ignore, "ignore")
        key: tuple[Any, ...] | None = None
        if severity is None or isinstance(severity, Mapping):
            key = (id(ruleset), chosen, dropped, tuple((severity or {}).items()))
            try:
                hash(key)
            except TypeError:  # a severity that is not a string or a Severity: refused below
                key = None
        if key is not None:
            built = _BUILT.get(key)
            if built is not None and built[0] is ruleset:
                return built[1]
        config = cls._build(ruleset, chosen, dropped, severity, rules)
        if key is not None:
            with _BUILT_LOCK:
                if len(_BUILT) >= _BUILT_MOST:
                    del _BUILT[next(iter(_BUILT))]
                _BUILT[key] = (ruleset, config)  # the rule set kept: its id stays its own
        return config

    @classmethod
    def _build(
        cls,
        ruleset: RuleSet,
        select: Selectors,
        ignore: Selectors,
        severity: Mapping[str, Severity | str] | None,
        rules: Iterable[Any] | None,
    ) -> _Config:
        extra: _Untyped = () if rules is None else rules  # a RuleSet iterates over its rules
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

    @property
    def plain(self) -> bool:
        """Whether every finding is kept as its rule gives it: nothing selected or re-graded."""
        return self.select is None and not self.ignore and not self.severity

    def wants(self, code: str) -> bool:
        if self.select is not None and not code.startswith(self.select):
            return False
        return not code.startswith(self.ignore) if self.ignore else True

    def plan_for(self, kind: PlanKind, dated: bool) -> _Plan:
        """The rules that run on a plan of ``kind`` (``dated``: given ``as_of``), in order."""
        found = self._plans.get((kind, dated))
        if found is None:
            runnable = tuple(
                r
                for r in self.rules
                if kind in r.kinds
                and (dated or not r.needs_as_of)
                and (r.code is None or self.wants(r.code))
            )
            severities: dict[str, Severity] = {}
            for r in runnable:
                if r.code is not None:
                    default = r.severity_for(kind) or Severity.WARNING
                    severities[r.code] = self.severity.get(r.code, default)
            shared = frozen(severities)
            found = tuple(
                (r, shared.get(r.code or "", Severity.WARNING), shared) for r in runnable
            )
            self._plans[(kind, dated)] = found
        return found


_BUILT: dict[tuple[Any, ...], tuple[RuleSet, _Config]] = {}
"""Configurations built, by rule set (its id: it is kept with them) and options."""
_BUILT_MOST = 64
_BUILT_LOCK = threading.Lock()


def _fixed(ruleset: RuleSet) -> bool:
    """Whether every rule of ``ruleset`` is a :class:`Rule`, which is frozen.

    Anything else may change what the engine reads of it between calls (a rule object its
    code or severity, a function the attributes that make it one), so a set holding one is
    adapted anew each call.
    """
    return all(type(r) is Rule for r in ruleset.rules)


def _check_args(plan: object, as_of: object) -> dt.date | None:
    """The day of the check, once ``plan`` is known to be a plan."""
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"validate() takes a tiltak.Plan, not {type(plan).__name__}")
    return None if as_of is None else to_day(as_of)


def _summary(code: str, severity: Severity, left_out: int) -> Finding:
    return Finding(
        code=code,
        severity=severity,
        path="$",
        message_id=N_("{count} more findings of rule {code} were left out."),
        params={"count": left_out, "code": code},
    )


_Keyed = tuple[tuple[Any, ...], Finding]
_Plan = tuple[tuple[_Adapted, Severity, Mapping[str, Severity]], ...]
"""Each rule that runs, its severity, and the severity of every rule that runs."""


def _run_rule(
    config: _Config, rule: _Adapted, plan: Plan, ctx: RuleContext, order: int, *, out: list[_Keyed]
) -> None:
    """Run one rule; add its findings to ``out`` with their sort keys."""
    kept: list[Finding] = []
    left_out = 0
    plain = config.plain
    for finding in rule.check(plan, ctx):
        if finding is LEFT_OUT:
            left_out += 1
            continue
        if type(finding) is not Finding and not isinstance(finding, Finding):
            raise RuleConfigError(
                f"rule {rule.code or rule.origin!r} gave a {type(finding).__name__}, "
                "not a tiltak.Finding"
            )
        if not plain:
            if not config.wants(finding.code):
                continue
            graded = config.severity.get(finding.code)
            if graded is not None and graded is not finding.severity:
                finding = attrs.evolve(finding, severity=graded)  # noqa: PLW2901
        if len(kept) >= MAX_FINDINGS_PER_RULE:
            left_out += 1
        else:
            kept.append(finding)
    left_out += left_out_at_once(ctx)
    for n, finding in enumerate(kept):
        out.append(((path_key(finding.path), finding.code, order, n), finding))
    if left_out:
        last = kept[-1]
        out.append(
            (
                (path_key(last.path), last.code, order, len(kept)),
                _summary(last.code, last.severity, left_out),
            )
        )


def _run(config: _Config, plan: Plan, as_of: dt.date | None) -> Report:
    kind = plan.kind
    keyed: list[_Keyed] = []
    subjects = Subjects(plan)
    for order, (r, severity, severities) in enumerate(config.plan_for(kind, as_of is not None)):
        ctx = engine_context(
            kind=kind,
            as_of=as_of,
            code=r.code,
            severity=severity,
            severities=severities,
            subject=subjects,
        )
        _run_rule(config, r, plan, ctx, order, out=keyed)
    keyed.sort(key=_first)
    return Report(findings=_about(subjects, (f for _, f in keyed)), as_of=as_of)


def _first(item: _Keyed) -> tuple[Any, ...]:
    return item[0]


def _about(subjects: Subjects, findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings, each with the element it is about (one a rule set itself is kept).

    Findings built by :meth:`RuleContext.finding` know theirs already; one a rule built
    itself is copied with it.
    """
    return tuple(
        finding
        if finding.subject is not None
        else attrs.evolve(finding, subject=subjects(finding.path))
        for finding in findings
    )


def validate_with(
    ruleset: RuleSet,
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    select: Selectors = None,
    ignore: Selectors = None,
    severity: Mapping[str, Severity | str] | None = None,
    rules: Iterable[Any] | None = None,
) -> Report:
    """Validate ``plan`` with the rules of ``ruleset``; options as for :func:`validate`."""
    day = _check_args(plan, as_of)
    config = _Config.build(ruleset, select=select, ignore=ignore, severity=severity, rules=rules)
    return _run(config, plan, day)
