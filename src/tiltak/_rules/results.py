"""The rules of a resultat- og utviklingsplan (R001-R005), from seed 004's list a) to e)."""

from __future__ import annotations

from collections.abc import Iterator

from tiltak._enums import Party, PlanKind, ResultsPart
from tiltak._i18n import N_
from tiltak._model import Plan
from tiltak._report import Finding

from ._core import RuleContext
from ._define import E, blank, rule

__all__: list[str] = []

_KINDS = (PlanKind.RESULTS_PLAN,)
_SEED = "seed 004"
_SHALL = "«Resultat- og utviklingsplanen skal minimum inneholde: "


def _goals_of(plan: Plan, part: ResultsPart) -> list[int]:
    return [i for i, goal in enumerate(plan.goals) if goal.part is part]


def _part_present(plan: Plan, ctx: RuleContext, part: ResultsPart) -> Iterator[Finding]:
    if not _goals_of(plan, part):
        yield ctx.finding("$.goals", _MISSING[part])


def _ambitions(plan: Plan, ctx: RuleContext, part: ResultsPart) -> Iterator[Finding]:
    indices = _goals_of(plan, part)
    if not indices:
        yield ctx.finding("$.goals", _MISSING[part])
    for i in indices:
        target = plan.goals[i].target
        if target is None or (blank(target.value) and blank(target.measure)):
            yield ctx.finding(
                f"$.goals[{i}].target",
                N_("The development area gives no concrete level of ambition."),
            )


_MISSING = {
    ResultsPart.UNIT_RESULTS: N_("No results or requirements for the unit are given."),
    ResultsPart.UNIT_DEVELOPMENT: N_("No development area of the unit is given."),
    ResultsPart.LEADER_RESULTS: N_("No results or requirements for the leader are given."),
    ResultsPart.LEADER_DEVELOPMENT: N_("No development area of the leader is given."),
}


@rule(
    "R001",
    E,
    N_("The results and requirements for the unit are given"),
    kinds=_KINDS,
    source=_SEED,
    quote=_SHALL + "a) Konkretisering av resultat/krav til virksomheten»",
    rationale="The plan makes concrete what the unit shall achieve: goals with part "
    "'unit_results'.",
)
def _unit_results(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    yield from _part_present(plan, ctx, ResultsPart.UNIT_RESULTS)


@rule(
    "R002",
    E,
    N_("The unit's development areas are given, each with a concrete ambition"),
    kinds=_KINDS,
    source=_SEED,
    quote=_SHALL + "… b) Utviklingsområder med konkrete ambisjonsmål for virksomheten»",
    rationale="The plan names the areas the unit shall develop in, each with a concrete "
    "ambition: goals with part 'unit_development' and a target.",
)
def _unit_development(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    yield from _ambitions(plan, ctx, ResultsPart.UNIT_DEVELOPMENT)


@rule(
    "R003",
    E,
    N_("The special results and requirements for the leader are given"),
    kinds=_KINDS,
    source=_SEED,
    quote=_SHALL + "… c) Spesielle resultat/krav knyttet til lederen»",
    rationale="The plan states what the unit head personally shall achieve: goals with part "
    "'leader_results'.",
)
def _leader_results(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    yield from _part_present(plan, ctx, ResultsPart.LEADER_RESULTS)


@rule(
    "R004",
    E,
    N_("The leader's development areas are given, each with a concrete level of ambition"),
    kinds=_KINDS,
    source=_SEED,
    quote=_SHALL + "… d) Spesielle utviklingsområder med konkret ambisjonsnivå for lederen»",
    rationale="The plan names the areas the unit head shall develop in, each with a concrete "
    "level of ambition: goals with part 'leader_development' and a target.",
)
def _leader_development(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    yield from _ambitions(plan, ctx, ResultsPart.LEADER_DEVELOPMENT)


@rule(
    "R005",
    E,
    N_("The help the rådmann gives in carrying out the plan is given"),
    kinds=_KINDS,
    source=_SEED,
    quote=_SHALL + "… e) Bistand som rådmannen skal yte i gjennomføringen av planer»",
    rationale="The agreement binds both sides: the plan states what the rådmann (the "
    "municipal management) does to help, as measures whose party is 'management'.",
)
def _management_help(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not any(m.party is Party.MANAGEMENT for m in plan.measures):
        yield ctx.finding(
            "$.measures", N_("No help from the rådmann (the municipal management) is given.")
        )
