"""The rules of a genomförandeplan (G001-G008), from seed 002 and SOSFS 2014:5."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tiltak._enums import GoalOrigin, Party, PlanKind
from tiltak._i18n import N_
from tiltak._model import Plan
from tiltak._report import Finding
from tiltak._time._asof import followed_up_days

from ._core import RuleContext
from ._define import E, W, add_months, blank, closed, rule

__all__: list[str] = []

_KINDS = (PlanKind.IMPLEMENTATION_PLAN,)
_FOLLOW_UP_MONTHS = 12


@rule(
    "G001",
    E,
    N_("The plan refers to the decision it carries out"),
    kinds=_KINDS,
    source="seed 002",
    quote="«En genomförandeplan ska därför innehålla: ● Vilket eller vilka mål som gäller för "
    "insatsen enligt nämndens beslut»",
    rationale="A genomförandeplan documents how the committee's decision (nämndens beslut) "
    "is carried out; it must say which decision.",
)
def _decision(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    decision = plan.decision
    if decision is None or (
        blank(decision.reference) and decision.date is None and blank(decision.description)
    ):
        yield ctx.finding(
            "$.decision", N_("The plan does not refer to the decision it carries out.")
        )


@rule(
    "G002",
    E,
    N_("At least one goal comes from the decision"),
    kinds=_KINDS,
    source="seed 002",
    quote="«En genomförandeplan ska därför innehålla: ● Vilket eller vilka mål som gäller för "
    "insatsen enligt nämndens beslut»",
    rationale="The plan contains the goal(s) of the intervention according to the "
    "committee's decision.",
)
def _decision_goal(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not any(g.origin is GoalOrigin.DECISION for g in plan.goals):
        yield ctx.finding("$.goals", N_("No goal is marked as coming from the decision."))


@rule(
    "G003",
    E,
    N_("Every activity says how it is carried out"),
    kinds=_KINDS,
    source="seed 002",
    quote="«En genomförandeplan ska därför innehålla: … ● När och hur olika aktiviteter ska "
    "genomföras»",
    rationale="The plan says when and how each activity is carried out.",
)
def _how(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, measure in enumerate(plan.measures):
        if blank(measure.how):
            yield ctx.finding(
                f"$.measures[{i}].how", N_("The activity does not say how it is carried out.")
            )


@rule(
    "G004",
    E,
    N_("Cooperation with the committee, other providers or principals is described"),
    kinds=_KINDS,
    source="seed 002",
    quote="«En genomförandeplan ska därför innehålla: … ● Hur utföraren ska samverka med "
    "nämnden, andra utförare eller andra huvudmän»",
    rationale="The plan says how the provider cooperates with the committee, other "
    "providers or other principals; 'none needed' must be said, not left out.",
)
def _cooperation(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    cooperation = plan.cooperation
    if cooperation is None or (blank(cooperation.description) and not cooperation.not_needed):
        yield ctx.finding("$.cooperation", N_("Cooperation is not described."))


@rule(
    "G005",
    E,
    N_("The user's participation is recorded"),
    kinds=_KINDS,
    source="seed 002",
    quote="«En genomförandeplan ska därför innehålla: … ● Om brukaren deltagit i planeringen "
    "och isåfall vilken hänsyn som tagits till hens synpunkter och önskemål»",
    rationale="The plan says whether the service user took part in the planning and, if so, "
    "how their views and wishes were considered.",
)
def _participation(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    participation = plan.participation
    if participation is None:
        yield ctx.finding("$.participation", N_("The user's participation is not recorded."))
    elif participation.took_part is None:
        yield ctx.finding(
            "$.participation.took_part", N_("It is not recorded whether the user took part.")
        )
    elif participation.took_part and blank(participation.how):
        yield ctx.finding(
            "$.participation.how",
            N_("It is not said how the user's views and wishes were considered."),
        )


@rule(
    "G006",
    W,
    N_("The date the plan was adopted is given"),
    kinds=_KINDS,
    source="SOSFS 2014:5 6 kap., allmänna råd (HSLF-FS 2016:89)",
    quote="«Av genomförandeplanen bör det bl.a. framgå»",
    rationale="The regulation on documentation asks for the date the plan was adopted "
    "(fastställd).",
)
def _adopted(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if plan.adoption is None:
        yield ctx.finding("$.adoption", N_("The date of adoption is not given."))
    elif plan.adoption.date is None:
        yield ctx.finding("$.adoption.date", N_("The date of adoption is not given."))


_OTHERS = frozenset(Party) - {Party.USER}


@rule(
    "G007",
    W,
    N_("Others who took part in drawing up the plan are named"),
    kinds=_KINDS,
    source="SOSFS 2014:5 6 kap., allmänna råd (HSLF-FS 2016:89)",
    quote="«Av genomförandeplanen bör det bl.a. framgå»",
    rationale="The regulation on documentation asks who, besides the user, took part in "
    "drawing up the plan.",
)
def _others(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not any(p.party is None or p.party in _OTHERS for p in plan.participants):
        yield ctx.finding("$.participants", N_("No one besides the user is named as taking part."))


def _last_follow_up(plan: Plan, as_of: dt.date) -> dt.date | None:
    revised = [r.done for r in plan.revisions if r.done is not None and r.done <= as_of]
    dates = [*followed_up_days(plan, as_of), *revised]
    if dates:
        return max(dates)
    if plan.adoption is not None and plan.adoption.date is not None:
        return plan.adoption.date
    if plan.created is not None:
        return plan.created
    return None if plan.period is None else plan.period.first_day


@rule(
    "G008",
    W,
    N_("The plan has not been followed up for more than 12 months"),
    kinds=_KINDS,
    source="good practice",
    quote="",
    rationale="A genomförandeplan that has not been followed up for a year no longer "
    "describes the care given. Counted from the latest follow-up (of the plan, a measure or a "
    "goal) or revision recorded by the day of the check, else from the adoption, creation or "
    "start of the plan. Not checked on "
    "a completed or cancelled plan.",
    needs_as_of=True,
)
def _stale(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    assert ctx.as_of is not None
    if closed(plan):
        return
    last = _last_follow_up(plan, ctx.as_of)
    if last is not None and add_months(last, _FOLLOW_UP_MONTHS) < ctx.as_of:
        yield ctx.finding(
            "$.follow_ups",
            N_("The plan has not been followed up since {since}."),
            since=last,
        )
