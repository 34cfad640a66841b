"""Named sets of rules: compose, select, re-grade, and validate a plan with one."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

import attrs

from tiltak._enums import PlanKind
from tiltak._errors import RuleConfigError
from tiltak._report import Severity, to_severity

from ._core import Rule, adapt
from ._engine import validate_with

if TYPE_CHECKING:
    from tiltak._model import Plan
    from tiltak._report import Report

__all__ = ["RuleSet"]


def _selectors(value: Iterable[object] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    out = tuple(value)
    if not all(isinstance(s, str) and s for s in out):
        raise RuleConfigError("codes and prefixes must be non-empty strings")
    return cast("tuple[str, ...]", out)


def _as_tuple(rules: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(rules, RuleSet):
        return rules.rules
    out = tuple(rules)
    for rule in out:
        if type(rule) is not Rule:  # a Rule is always one the engine can run
            adapt(rule)
    return out


def _code_of(rule: object) -> str | None:
    code = getattr(rule, "code", None)
    return code if isinstance(code, str) else None


@attrs.frozen(kw_only=True)
class RuleSet:
    """A named set of rules, such as a municipality's own template.

    Sets compose: ``a | b`` (union; a rule of ``b`` replaces one of ``a`` with its code),
    ``a - b`` (minus a set or codes), :meth:`select` and :meth:`ignore` by code or prefix,
    :meth:`regrade`. Members are :class:`Rule` objects, rule objects or rule functions.

    >>> from tiltak import rules
    >>> mine = rules.default().ignore("P013").regrade({"P014": "error"}).named("Bygdeby")
    >>> ("Bygdeby", "P013" in mine, mine.get("P014").severity.value)
    ('Bygdeby', False, 'error')
    """

    name: str = "custom"
    rules: tuple[Any, ...] = attrs.field(default=(), converter=_as_tuple)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, code: object) -> bool:
        return any(_code_of(r) == code for r in self.rules)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the rules that have one, in the set's order."""
        return tuple(c for c in map(_code_of, self.rules) if c is not None)

    def get(self, code: str) -> Any:
        """The rule with ``code``; :class:`tiltak.errors.RuleConfigError` if there is none."""
        for rule in self.rules:
            if _code_of(rule) == code:
                return rule
        raise RuleConfigError(f"no rule {code!r} in the rule set {self.name!r}")

    def named(self, name: str) -> RuleSet:
        """The same rules under another name."""
        return attrs.evolve(self, name=name)

    def __or__(self, other: RuleSet | Iterable[Any]) -> RuleSet:
        theirs = _as_tuple(other)
        if not theirs:
            return self
        replaced = {_code_of(r) for r in theirs} - {None}
        kept = tuple(r for r in self.rules if _code_of(r) not in replaced)
        return attrs.evolve(self, rules=kept + theirs)

    def __sub__(self, other: RuleSet | Iterable[Any] | str) -> RuleSet:
        if isinstance(other, str):
            other = (other,)
        items = other.rules if isinstance(other, RuleSet) else tuple(other)
        codes = {i if isinstance(i, str) else _code_of(i) for i in items} - {None}
        ids = {id(i) for i in items if not isinstance(i, str)}
        return attrs.evolve(
            self,
            rules=(r for r in self.rules if _code_of(r) not in codes and id(r) not in ids),
        )

    def select(self, *codes: str) -> RuleSet:
        """Only the rules whose code is, or starts with, one of ``codes``."""
        chosen = _selectors(codes)
        return attrs.evolve(
            self, rules=(r for r in self.rules if (_code_of(r) or "").startswith(chosen))
        )

    def ignore(self, *codes: str) -> RuleSet:
        """The rules whose code neither is nor starts with any of ``codes``."""
        dropped = _selectors(codes)
        return attrs.evolve(
            self, rules=(r for r in self.rules if not (_code_of(r) or "").startswith(dropped))
        )

    def for_kind(self, kind: PlanKind | str) -> RuleSet:
        """The rules that apply to plans of ``kind``."""
        wanted = PlanKind(kind)
        return attrs.evolve(self, rules=(r for r in self.rules if wanted in adapt(r).kinds))

    def regrade(self, severities: Mapping[str, Severity | str]) -> RuleSet:
        """The set with the :class:`Rule` of each code given a new default severity."""
        graded = {code: to_severity(s) for code, s in severities.items()}
        unknown = sorted(set(graded) - set(self.codes))
        if unknown:
            raise RuleConfigError(f"no rule {', '.join(unknown)} in the rule set {self.name!r}")
        out = []
        for rule in self.rules:
            code = _code_of(rule)
            if code in graded and isinstance(rule, Rule):
                out.append(attrs.evolve(rule, severity=graded[code], kind_severity={}))
            elif code in graded:
                raise RuleConfigError(
                    f"only a tiltak.rules.Rule can be re-graded in a set: {code}"
                )
            else:
                out.append(rule)
        return attrs.evolve(self, rules=out)

    def validate(self, plan: Plan, **options: Any) -> Report:
        """Validate ``plan`` with this set; ``options`` as for :func:`tiltak.validate`."""
        return validate_with(self, plan, **options)
