"""The rules of an individuell plan (I001-I015), from seeds 003, 004 and the regulation.

I011 (one person, one active plan) looks across plans: see :mod:`tiltak._rules.across`.
"""

from __future__ import annotations

from collections.abc import Iterator

from tiltak._enums import GoalOrigin, Party, PlanKind
from tiltak._i18n import N_
from tiltak._model import Plan
from tiltak._report import Finding

from ._core import RuleContext
from ._define import E, I, W, blank, rule

__all__: list[str] = []

_KINDS = (PlanKind.INDIVIDUAL_PLAN,)


@rule(
    "I001",
    E,
    N_("The user's consent is recorded, with its date"),
    kinds=_KINDS,
    source="seed 003; forskrift om habilitering og rehabilitering, individuell plan og "
    "koordinator § 19 h",
    quote="«har rett til å få utarbeidet en inidviduell plan dersom personen selv ønsker det.» "
    "(seed 003); «tjenestemottakers samtykke til at planen utarbeides» (§ 19 h)",
    rationale="An individuell plan is drawn up only if the person wants it: no plan without "
    "consent.",
)
def _consent(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    consent = plan.consent
    if consent is None:
        yield ctx.finding("$.consent", N_("The user's consent is not recorded."))
    elif not consent.given:
        yield ctx.finding("$.consent.given", N_("The user has not given consent."))
    elif consent.date is None:
        yield ctx.finding("$.consent.date", N_("The date of the consent is not recorded."))


@rule(
    "I002",
    E,
    N_("A coordinator is named"),
    kinds=_KINDS,
    source="seed 004; forskrift om habilitering og rehabilitering, individuell plan og "
    "koordinator § 19 c",
    quote="«Avdelingen har ansvar for å oppnevne en koordinator» (seed 004); «en angivelse av "
    "hvem som gis et ansvar for å sikre samordningen av og fremdriften i arbeidet med "
    "planen» (§ 19 c)",
    rationale="The plan states who is responsible for coordination and progress.",
)
def _coordinator(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    person = plan.coordinator
    if person is None or all(blank(v) for v in (person.name, person.role, person.organisation)):
        yield ctx.finding("$.coordinator", N_("No coordinator is named."))


@rule(
    "I003",
    E,
    N_("At least one goal is the user's own"),
    kinds=_KINDS,
    source="seed 003; forskrift om habilitering og rehabilitering, individuell plan og "
    "koordinator § 19 a",
    quote="«Planen skal ta utgangspunkt i brukerens egne mål og behov.» (seed 003); «en "
    "oversikt over tjenestemottakers mål, ressurser og behov for tjenester» (§ 19 a)",
    rationale="The plan starts from the user's own goals and needs.",
)
def _own_goal(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not any(g.origin is GoalOrigin.USER for g in plan.goals):
        yield ctx.finding("$.goals", N_("No goal is marked as the user's own."))


@rule(
    "I004",
    E,
    N_("The user's resources and needs are described"),
    kinds=_KINDS,
    source="forskrift om habilitering og rehabilitering, individuell plan og koordinator § 19 a",
    quote="«en oversikt over tjenestemottakers mål, ressurser og behov for tjenester»",
    rationale="The plan states the user's goals, resources and needs for services.",
)
def _resources_needs(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if blank(plan.resources):
        yield ctx.finding("$.resources", N_("The user's resources are not described."))
    if blank(plan.needs):
        yield ctx.finding("$.needs", N_("The user's needs for services are not described."))


@rule(
    "I005",
    E,
    N_("The participants are listed"),
    kinds=_KINDS,
    source="forskrift om habilitering og rehabilitering, individuell plan og koordinator § 19 b",
    quote="«en oversikt over hvem som deltar i arbeidet med planen»",
    rationale="The plan states who takes part in the work on it.",
)
def _participants(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not plan.participants:
        yield ctx.finding("$.participants", N_("No participants are listed."))


@rule(
    "I006",
    E,
    N_("Each participant's contribution is stated"),
    kinds=_KINDS,
    source="forskrift om habilitering og rehabilitering, individuell plan og koordinator § 19 d",
    quote="«en oversikt over hva tjenestemottakeren, tjeneste -og bidragsyterne og evt "
    "pårørende vil bidra med i planarbeidet»",
    rationale="The plan states what the user, the providers and any next of kin contribute.",
)
def _contribution(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, participant in enumerate(plan.participants):
        if blank(participant.contribution):
            yield ctx.finding(
                f"$.participants[{i}].contribution",
                N_("The participant's contribution is not stated."),
            )


@rule(
    "I007",
    E,
    N_("Every measure says how it is carried out"),
    kinds=_KINDS,
    source="forskrift om habilitering og rehabilitering, individuell plan og koordinator § 19 f",
    quote="«en oversikt over hvordan tiltakene skal gjennomføres»",
    rationale="The plan states how the measures are carried out.",
)
def _how(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, measure in enumerate(plan.measures):
        if blank(measure.how):
            yield ctx.finding(
                f"$.measures[{i}].how", N_("The measure does not say how it is carried out.")
            )


@rule(
    "I008",
    E,
    N_("A revision date is set"),
    kinds=_KINDS,
    source="forskrift om habilitering og rehabilitering, individuell plan og koordinator § 19 g",
    quote="«en angivelse av planperioden og tidspunkt for eventuelle justeringer og revisjoner "
    "av planen»",
    rationale="The plan states its period and when it is adjusted or revised.",
)
def _revision(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not any(r.due is not None or r.done is not None for r in plan.revisions):
        yield ctx.finding("$.revisions", N_("No revision date is set."))


@rule(
    "I009",
    E,
    N_("Cooperation with other providers or agencies is described"),
    kinds=_KINDS,
    source="forskrift om habilitering og rehabilitering, individuell plan og koordinator § 19 i",
    quote="«en oversikt over nødvendig eller ønskelig samarbeid med andre tjenesteytere, "
    "institusjoner eller etater»",
    rationale="The plan states the cooperation needed with other providers, institutions or "
    "agencies; 'none needed' must be said, not left out.",
)
def _cooperation(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    cooperation = plan.cooperation
    if cooperation is None or (blank(cooperation.description) and not cooperation.not_needed):
        yield ctx.finding("$.cooperation", N_("Cooperation is not described."))


_SHARING_WITH = frozenset(Party) - {Party.USER, Party.NEXT_OF_KIN, Party.GUARDIAN, Party.EMPLOYEE}
"""The parties that take part as a service or an agency, with whom information is shared."""


@rule(
    "I010",
    W,
    N_("With several providers, consent to share confidential information is recorded"),
    kinds=_KINDS,
    source="forskrift om habilitering og rehabilitering, individuell plan og koordinator § 19 h",
    quote="«eventuelt samtykke til at deltakere i planleggingen gis tilgang til taushetsbelagte "
    "opplysninger»",
    rationale="Providers may share confidential information about the user only with "
    "consent; with two or more providers taking part it is needed in practice. Every service "
    "or agency taking part counts as a provider: a provider, NAV or another authority, a "
    "principal, the management, an employer or another party; the user (or, in a plan about "
    "work, the employee), their next of kin, their guardian and a participant without a "
    "party do not.",
)
def _sharing(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    providers = sum(p.party in _SHARING_WITH for p in plan.participants)
    if providers >= 2 and (plan.consent is None or plan.consent.information_sharing is None):
        yield ctx.finding(
            "$.consent.information_sharing",
            N_("{providers} providers take part; consent to share information is not recorded."),
            providers=providers,
        )


@rule(
    "I011",
    E,
    N_("Across plans: one person has at most one active individuell plan"),
    kinds=_KINDS,
    source="Prop. 100 L (2020-2021) 8.1",
    quote="«Samtidig skal det bare utarbeides én plan for den enkelte tjenestemottaker.»",
    rationale="A person has only one individuell plan. Checked by tiltak.validate_many, "
    "which matches plans on the subject's national id (plans without one are not matched).",
)
def _one_plan(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    return iter(())


@rule(
    "I012",
    E,
    N_("Every measure gives its scope"),
    kinds=_KINDS,
    source="forskrift om habilitering og rehabilitering, individuell plan og koordinator § 19 e",
    quote="«en oversikt over hvilke tiltak som er aktuelle og omfanget av dem»",
    rationale="The plan states the scope of each measure: how much of it the user gets "
    "(hours a week, visits a month).",
)
def _scope(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, measure in enumerate(plan.measures):
        if blank(measure.scope):
            yield ctx.finding(f"$.measures[{i}].scope", N_("The measure does not give its scope."))


@rule(
    "I013",
    W,
    N_("The consent says who gave it, and why the user could not when someone else did"),
    kinds=_KINDS,
    source="seed 003",
    quote="«har rett til å få utarbeidet en inidviduell plan dersom personen selv ønsker det.»",
    rationale="The plan rests on the person's own wish. When a guardian (verge) consents on "
    "their behalf, the plan says why the person could not consent themselves. The seed does "
    "not say that this is recorded, so it is a warning.",
)
def _consent_by(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    consent = plan.consent
    if consent is None or not consent.given:
        return  # I001's
    if consent.given_by is None:
        yield ctx.finding("$.consent.given_by", N_("It is not recorded who gave the consent."))
    elif consent.given_by is not Party.USER and blank(consent.capacity):
        yield ctx.finding(
            "$.consent.capacity",
            N_("The consent was given on the user's behalf, and the plan does not say why."),
        )


@rule(
    "I014",
    E,
    N_("Next of kin take part only when the user agrees"),
    kinds=_KINDS,
    source="seed 003",
    quote="«kan foreldre og familie være viktige ressurspersoner når man skal lage en "
    "individuell plan. Forutsetningen er at mannen er enig i dette.»",
    rationale="Next of kin take part in the work on the plan only when the user agrees: the "
    "plan records the user's agreement for each participant who is next of kin.",
)
def _next_of_kin(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, participant in enumerate(plan.participants):
        if participant.party is not Party.NEXT_OF_KIN:
            continue
        if participant.user_agrees is None:
            yield ctx.finding(
                f"$.participants[{i}].user_agrees",
                N_("The user's agreement to this next of kin taking part is not recorded."),
            )
        elif not participant.user_agrees:
            yield ctx.finding(
                f"$.participants[{i}].user_agrees",
                N_("The user does not agree to this next of kin taking part."),
            )


@rule(
    "I015",
    I,
    N_("An ansvarsgruppe lists its members and records its meetings"),
    kinds=_KINDS,
    source="good practice",
    quote="",
    rationale="Where an ansvarsgruppe follows the plan up, the plan says who is in it, and "
    "each of its meetings is recorded as a follow-up. The seeds do not ask for one, so this "
    "is advice.",
)
def _responsibility_group(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    group = plan.responsibility_group
    if group is None:
        return
    if not group.members:
        yield ctx.finding(
            "$.responsibility_group.members", N_("The ansvarsgruppe's members are not listed.")
        )
    if not group.meetings:
        yield ctx.finding(
            "$.responsibility_group.meetings",
            N_("No meeting of the ansvarsgruppe is recorded."),
        )
