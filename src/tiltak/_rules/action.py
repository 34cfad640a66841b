"""The rules of a tiltaksplan / åtgärdsplan (A001-A009), from seeds 000 and 001."""

from __future__ import annotations

from collections.abc import Iterator

from tiltak._enums import PlanKind
from tiltak._i18n import N_
from tiltak._model import Plan
from tiltak._report import Finding

from ._core import RuleContext
from ._define import E, I, W, blank, rule

__all__: list[str] = []

_KINDS = (PlanKind.ACTION_PLAN,)


@rule(
    "A001",
    W,
    N_("The background is described"),
    kinds=_KINDS,
    source="seed 000",
    quote="«Du bør for eksempel inkludere informasjon om følgende: • Tiltakets bakgrunn»",
    rationale="A tiltaksplan must include the background of its measures.",
)
def _background(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if blank(plan.background):
        yield ctx.finding("$.background", N_("The background is not described."))


@rule(
    "A002",
    W,
    N_("The available resources are described"),
    kinds=_KINDS,
    source="seed 000",
    quote="«Du bør for eksempel inkludere informasjon om følgende: … • Tilgang på ressurser»",
    rationale="A tiltaksplan must include the resources available for the measures.",
)
def _resources(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if blank(plan.resources):
        yield ctx.finding("$.resources", N_("The available resources are not described."))


@rule(
    "A003",
    W,
    N_("Every measure has a description"),
    kinds=_KINDS,
    source="seeds 000, 001",
    quote="«Du bør for eksempel inkludere informasjon om følgende: … • Beskrivelse av "
    "tiltakene» (seed 000); «Beskriv gärna detaljerat» (seed 001)",
    rationale="Clarity is the point of the plan: every measure readable on its own. Seed 000 "
    "lists it with 'bør' and seed 001 says 'Beskriv gärna', so it is a warning.",
)
def _description(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, measure in enumerate(plan.measures):
        if blank(measure.description):
            yield ctx.finding(
                f"$.measures[{i}].description", N_("The measure has no description.")
            )


@rule(
    "A004",
    E,
    N_("Where the plan names causes, every measure addresses at least one cause"),
    kinds=_KINDS,
    source="seed 001",
    quote="«Här kopplas åtgärder mot respektive orsak.»",
    rationale="In Brå's method each measure is linked to a cause by its number; a measure "
    "that addresses no cause works on nothing the analysis found.",
)
def _measure_cause(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not plan.causes:
        return
    for i, measure in enumerate(plan.measures):
        if not measure.causes:
            yield ctx.finding(f"$.measures[{i}].causes", N_("The measure addresses no cause."))


@rule(
    "A005",
    W,
    N_("Where the plan names causes, every cause has at least one measure"),
    kinds=_KINDS,
    source="seed 001",
    quote="«Här kopplas åtgärder mot respektive orsak.»",
    rationale="A cause that no measure addresses is left to go on producing the problem.",
)
def _cause_measure(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    addressed = {ref for m in plan.measures for ref in m.causes}
    for i, cause in enumerate(plan.causes):
        if cause.id not in addressed:
            yield ctx.finding(f"$.causes[{i}]", N_("No measure addresses this cause."))


@rule(
    "A006",
    W,
    N_("With more than one measure, the order of the measures is given"),
    kinds=_KINDS,
    source="seed 001",
    quote="«I åtgärdsplanen är det också viktigt att ange i vilken ordning olika insatser ska "
    "genomföras.»",
    rationale="The order matters: start with the measures that act at once; situational "
    "measures first, social measures in parallel (Brå).",
)
def _order(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if len(plan.measures) < 2:
        return
    for i, measure in enumerate(plan.measures):
        if measure.order is None:
            yield ctx.finding(
                f"$.measures[{i}].order", N_("The measure's place in the order is not given.")
            )


@rule(
    "A007",
    I,
    N_("Each measure says whether it is a one-off effort or part of ordinary work"),
    kinds=_KINDS,
    source="seed 001",
    quote="«Åtgärdsplanen sätter genomförandet i en tidsram och förtydligar om det är en "
    "punktinsats eller en del av ordinarie arbete.»",
    rationale="Brå asks whether a measure is a one-off effort (punktinsats) or part of "
    "ordinary work: it decides who keeps it going.",
)
def _effort(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, measure in enumerate(plan.measures):
        if measure.effort is None:
            yield ctx.finding(
                f"$.measures[{i}].effort",
                N_("The measure does not say whether it is a one-off effort or ordinary work."),
            )


@rule(
    "A008",
    W,
    N_("The plan is adopted: a date, and by whom"),
    kinds=_KINDS,
    source="good practice (seed 001 does not ask for adoption)",
    quote="",
    rationale="An adopted plan binds those who adopted it (a steering group, a committee); "
    "the date and the body make that visible. Good practice: seed 001 does not ask for it.",
)
def _adopted(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    adoption = plan.adoption
    if adoption is None:
        yield ctx.finding("$.adoption", N_("The plan is not recorded as adopted."))
        return
    if adoption.date is None:
        yield ctx.finding("$.adoption.date", N_("The date of adoption is not given."))
    if blank(adoption.by):
        yield ctx.finding("$.adoption.by", N_("It is not said who adopted the plan."))


@rule(
    "A009",
    I,
    N_("The plan names no causes"),
    kinds=_KINDS,
    source="seed 001",
    quote="«Beskriv det som tros vara orsaken till problemet.»",
    rationale="Brå's method starts from the causes of the problem; measures are chosen to "
    "act on them.",
)
def _no_causes(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not plan.causes:
        yield ctx.finding("$.causes", N_("The plan names no causes of the problem."))
