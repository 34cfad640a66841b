"""Rules as data: what a rule is, what it is told when it runs, and named sets of rules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

import attrs

from tiltak._enums import PlanKind
from tiltak._errors import RuleConfigError
from tiltak._frozen import frozen, maker
from tiltak._i18n import Plural
from tiltak._report import Finding, ParamValue, Severity, rule_finding, to_severity

if TYPE_CHECKING:
    from tiltak._elements import ElementRef
    from tiltak._model import Plan

__all__ = [
    "ALL_KINDS",
    "Check",
    "Rule",
    "RuleContext",
    "RuleLike",
    "SupportsCheck",
]

ALL_KINDS: frozenset[PlanKind] = frozenset(PlanKind)

_CODE = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*")

FINDINGS_PER_RULE = 100
"""Findings one rule may give on one plan; the rest are counted in one summary finding."""

_T = TypeVar("_T")

LEFT_OUT = Finding(code="-", severity=Severity.INFO, path="$", message_id="")
"""What :meth:`RuleContext.finding` gives once a rule is past its share of findings."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class RuleContext:
    """What a rule is told when it runs on one plan.

    ``as_of`` is the date of the check (``None``: the caller gave none, and rules that need
    one must not guess it). ``code`` and ``severity`` are those of the running rule, resolved
    for the plan's kind and the caller's re-grading; ``severities`` holds the resolved
    severity of every rule that runs on this plan.
    """

    kind: PlanKind
    as_of: dt.date | None = None
    code: str | None = None
    severity: Severity = Severity.WARNING
    severities: Mapping[str, Severity] = attrs.field(factory=dict, hash=False)
    _given: list[int] = attrs.field(init=False, factory=lambda: [0], eq=False, repr=False)
    _skipped: list[int] = attrs.field(init=False, factory=lambda: [0], eq=False, repr=False)
    _subject: Callable[[str], ElementRef] | None = attrs.field(
        default=None, alias="_subject", eq=False, repr=False
    )
    """What the engine gives: the element a path is in, so a finding is built knowing it."""

    def finding(self, path: str, message_id: str | Plural, **params: ParamValue) -> Finding:
        """A finding of the running rule at ``path``, with the message and its ``params``.

        ``message_id`` is an ``N_``-marked text, or an ``NP_``-marked singular and plural pair.
        """
        if self.code is None:
            raise RuleConfigError("a rule without a code must build its findings itself")
        self._given[0] += 1
        if self._given[0] > FINDINGS_PER_RULE:
            return LEFT_OUT  # counted by the engine; not worth building on hostile input
        subject = None if self._subject is None else self._subject(path)
        if isinstance(message_id, Plural):
            return rule_finding(
                self.code,
                self.severity,
                path,
                message_id.singular,
                params,
                plural_id=message_id.plural,
                count=message_id.count,
                subject=subject,
            )
        return rule_finding(self.code, self.severity, path, message_id, params, subject=subject)


_make_context = maker(RuleContext)


def engine_context(
    *,
    kind: PlanKind,
    as_of: dt.date | None,
    code: str | None,
    severity: Severity,
    severities: Mapping[str, Severity],
    subject: Callable[[str], ElementRef],
) -> RuleContext:
    """``RuleContext(...)`` as the engine builds it for each rule it runs on each plan."""
    ctx: RuleContext = _make_context(kind, as_of, code, severity, severities, [0], [0], subject)
    return ctx


def within_cap(ctx: RuleContext, items: Sequence[_T]) -> Sequence[_T]:
    """The first of ``items`` whose findings the rule still keeps; the rest only counted.

    For a check that gives one finding per item: what is past the share of findings is
    counted as left out at once instead of being built and given one by one.
    """
    room = max(0, FINDINGS_PER_RULE - ctx._given[0])
    if len(items) <= room:
        return items
    ctx._skipped[0] += len(items) - room
    return items[:room]


def left_out_at_once(ctx: RuleContext) -> int:
    """How many findings the check counted as left out through :func:`within_cap`."""
    return ctx._skipped[0]


Check = Callable[["Plan", RuleContext], Iterable[Finding]]
"""The function protocol: a rule is a callable ``(plan, context) -> Iterable[Finding]``."""


@runtime_checkable
class SupportsCheck(Protocol):
    """The object protocol: anything with a ``code``, a ``severity`` and a ``check``.

    It may also have ``kinds`` (the plan kinds it applies to; all when absent) and
    ``needs_as_of`` (skip it when no ``as_of`` is given; ``False`` when absent).
    """

    @property
    def code(self) -> str: ...

    @property
    def severity(self) -> Severity | str: ...

    def check(self, plan: Plan, context: RuleContext) -> Iterable[Finding]: ...


RuleLike = "Rule | SupportsCheck | Check"


def _kinds(value: Iterable[PlanKind | str] | PlanKind | str | None) -> frozenset[PlanKind]:
    if value is None:
        return ALL_KINDS
    if isinstance(value, PlanKind | str):
        value = (value,)
    members = {kind.value: kind for kind in PlanKind}
    items: Iterable[object] = value
    kinds = {
        k if isinstance(k, PlanKind) else members.get(k) if isinstance(k, str) else None
        for k in items
    }
    if None in kinds:
        raise RuleConfigError("a rule's kinds must be PlanKind members")
    return frozenset(kinds)  # type: ignore[arg-type]


def _kind_severity(
    value: Mapping[PlanKind, Severity | str] | None,
) -> Mapping[PlanKind, Severity]:
    return frozen({PlanKind(k): to_severity(v) for k, v in (value or {}).items()})


def _code(_inst: Any, _attr: Any, value: Any) -> None:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise RuleConfigError("a rule code must be a short identifier such as 'P007' or 'X100'")


@attrs.frozen(kw_only=True)
class Rule:
    """One rule: its stable code, default severity, the kinds it applies to, and its check.

    ``title`` is a one-line English text marked for translation; ``source`` names the seed or
    regulation it comes from, and ``quote`` gives that source's own words (in its language) from
    which the severity follows; ``rationale`` says why. ``kind_severity`` gives another default
    severity for some kinds (P004 is a warning for an operational plan). A rule with
    ``needs_as_of`` runs only when the caller gives ``as_of``.
    """

    code: str = attrs.field(validator=_code)
    severity: Severity = attrs.field(converter=to_severity)
    title: str = attrs.field()
    check: Check = attrs.field(eq=False, repr=False)
    kinds: frozenset[PlanKind] = attrs.field(default=None, converter=_kinds)
    source: str = ""
    quote: str = ""
    rationale: str = ""
    needs_as_of: bool = False
    kind_severity: Mapping[PlanKind, Severity] = attrs.field(
        default=None, converter=_kind_severity, hash=False
    )

    def applies_to(self, kind: PlanKind) -> bool:
        """Whether the rule runs on plans of ``kind``."""
        return kind in self.kinds

    def severity_for(self, kind: PlanKind) -> Severity:
        """The default severity for plans of ``kind``."""
        return self.kind_severity.get(kind, self.severity)


@attrs.frozen(kw_only=True)
class _Adapted:
    """An integrator's rule, in the engine's one shape."""

    code: str | None
    severity: Severity | None
    kinds: frozenset[PlanKind]
    needs_as_of: bool
    check: Check = attrs.field(eq=False)
    origin: object = attrs.field(eq=False, repr=False)

    def severity_for(self, kind: PlanKind) -> Severity | None:
        if isinstance(self.origin, Rule):
            return self.origin.severity_for(kind)
        return self.severity


def adapt(rule: object) -> _Adapted:
    """Bring a :class:`Rule`, a rule object or a rule function into the engine's shape."""
    if isinstance(rule, _Adapted):
        return rule
    if isinstance(rule, Rule):
        return _Adapted(
            code=rule.code,
            severity=rule.severity,
            kinds=rule.kinds,
            needs_as_of=rule.needs_as_of,
            check=rule.check,
            origin=rule,
        )
    check = getattr(rule, "check", None)
    code = getattr(rule, "code", None)
    if callable(check) and code is not None:
        _code(None, None, code)
        return _Adapted(
            code=code,
            severity=to_severity(getattr(rule, "severity", Severity.WARNING)),
            kinds=_kinds(getattr(rule, "kinds", None)),
            needs_as_of=bool(getattr(rule, "needs_as_of", False)),
            check=check,
            origin=rule,
        )
    if callable(rule):
        return _Adapted(
            code=None, severity=None, kinds=ALL_KINDS, needs_as_of=False, check=rule, origin=rule
        )
    raise RuleConfigError(
        f"a rule must be a tiltak.rules.Rule, an object with code, severity and check, or a "
        f"function (plan, context) -> findings; not {type(rule).__name__}"
    )
