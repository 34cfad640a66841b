"""The rules of a samordnad individuell plan, SIP (S001-S004), from SoL and HSL."""

from __future__ import annotations

from collections.abc import Iterator

from tiltak._elements import identifier
from tiltak._enums import Party, PlanKind
from tiltak._i18n import N_
from tiltak._model import Plan
from tiltak._report import Finding

from ._core import RuleContext
from ._define import E, rule

__all__: list[str] = []

_KINDS = (PlanKind.COORDINATED_PLAN,)
_OTHERS = frozenset(Party) - {Party.PRINCIPAL, Party.PROVIDER}
"""Parties that mark a measure as carried out by others than the principals."""


@rule(
    "S001",
    E,
    N_("Consent is recorded"),
    kinds=_KINDS,
    source="SoL 2 kap. 7 §, HSL 16 kap. 4 §",
    quote="«Planen ska upprättas … om den enskilde samtycker till att den upprättas.»",
    rationale="A SIP is drawn up only with the person's consent.",
)
def _consent(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if plan.consent is None:
        yield ctx.finding("$.consent", N_("Consent is not recorded."))
    elif not plan.consent.given:
        yield ctx.finding("$.consent.given", N_("The person has not given consent."))


@rule(
    "S002",
    E,
    N_("Every measure names the principal responsible for it"),
    kinds=_KINDS,
    source="SoL 2 kap. 7 §, HSL 16 kap. 4 §",
    quote="«Av planen ska det framgå … 2. vilka insatser respektive huvudman ska svara för»",
    rationale="The plan states which interventions each principal (kommun, region) is "
    "responsible for. Measures marked as carried out by others are exempt (S004).",
)
def _principal(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, measure in enumerate(plan.measures):
        if measure.principal is None and measure.party not in _OTHERS:
            yield ctx.finding(
                f"$.measures[{i}].principal", N_("The measure names no responsible principal.")
            )


@rule(
    "S003",
    E,
    N_("Exactly one principal has the overall responsibility"),
    kinds=_KINDS,
    source="SoL 2 kap. 7 §, HSL 16 kap. 4 §",
    quote="«Av planen ska det framgå … 4. vem av huvudmännen som ska ha det övergripande "
    "ansvaret för planen.»",
    rationale="The plan states which principal has the overall responsibility; two would "
    "leave it with neither.",
)
def _overall(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    holders = [i for i, p in enumerate(plan.principals) if p.overall_responsibility]
    if not holders:
        yield ctx.finding("$.principals", N_("No principal has the overall responsibility."))
    for i in holders[1:]:
        yield ctx.finding(
            f"$.principals[{i}].overall_responsibility",
            N_("Principal {first} already has the overall responsibility."),
            first=plan.principals[holders[0]].name or identifier(plan, "principals", holders[0]),
        )


@rule(
    "S004",
    E,
    N_("Measures by others than the principals are marked as such"),
    kinds=_KINDS,
    source="SoL 2 kap. 7 §, HSL 16 kap. 4 §",
    quote="«Av planen ska det framgå … 3. vilka åtgärder som vidtas av någon annan än kommunen "
    "eller regionen»",
    rationale="The plan states the measures taken by others than the principals. A measure "
    "that names no principal should say who provides it (the user, next of kin, an authority, "
    "another party).",
)
def _others(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, measure in enumerate(plan.measures):
        if measure.principal is None and measure.party is None:
            yield ctx.finding(
                f"$.measures[{i}].party",
                N_("The measure names no principal and does not say who provides it."),
            )
