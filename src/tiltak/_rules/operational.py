"""The rules of a virksomhetsplan (V001-V005), from seed 004."""

from __future__ import annotations

from collections.abc import Iterator

from tiltak._enums import PlanKind
from tiltak._i18n import N_
from tiltak._model import Plan
from tiltak._report import Finding

from ._core import RuleContext
from ._define import E, W, blank, rule, trailing_integer, trailing_number

__all__: list[str] = []

_KINDS = (PlanKind.OPERATIONAL_PLAN,)


@rule(
    "V001",
    E,
    N_("Goal areas exist, each with a purpose"),
    kinds=_KINDS,
    source="seed 004",
    quote="«Den første delen presenterer målområdene i TT med tydelige målsettinger og klare "
    "forventinger til fag, medarbeidere og økonomi.»",
    rationale="A virksomhetsplan is built in goal areas (målområder), each with a purpose "
    "that the goals under it serve.",
)
def _areas(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not plan.goal_areas:
        yield ctx.finding("$.goal_areas", N_("The plan has no goal areas."))
    for i, area in enumerate(plan.goal_areas):
        if blank(area.purpose):
            yield ctx.finding(f"$.goal_areas[{i}].purpose", N_("The goal area has no purpose."))


@rule(
    "V002",
    E,
    N_("Every goal belongs to a goal area; a goal numbered n.m sits in area n"),
    kinds=_KINDS,
    source="seed 004",
    quote="«Målområde 1 Konkretisering TT. mål 1.1»",
    rationale="Goals are numbered area.n on both levels ('TT. mål 1.2', 'Avd. mål 1.2'). The "
    "number is the trailing n.m of the goal's id after any level prefix ('TT 1.2' gives 1.2); "
    "the area's number is the trailing whole number of its id. Ids without numbers are not "
    "compared.",
)
def _goal_area(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    area_numbers = {a.id: trailing_integer(a.id) for a in plan.goal_areas}
    for i, goal in enumerate(plan.goals):
        if goal.area is None:
            yield ctx.finding(f"$.goals[{i}].area", N_("The goal belongs to no goal area."))
            continue
        if goal.area not in area_numbers:
            continue
        number = trailing_number(goal.id)
        if number is None:
            continue
        area_number = area_numbers[goal.area]
        if area_number is not None and area_number != number[0]:
            yield ctx.finding(
                f"$.goals[{i}].area",
                N_("The goal is numbered {number} but sits in goal area {area}."),
                number=".".join(map(str, number)),
                area=area_number,
            )


@rule(
    "V003",
    W,
    N_("A goal area has no goals"),
    kinds=_KINDS,
    source="seed 004",
    quote="«Målområde 1 Konkretisering TT. mål 1.1»",
    rationale="Each goal area is made concrete in numbered goals; an area without them "
    "states a purpose nobody works towards.",
)
def _empty_area(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    used = {g.area for g in plan.goals}
    for i, area in enumerate(plan.goal_areas):
        if area.id not in used:
            yield ctx.finding(f"$.goal_areas[{i}]", N_("The goal area has no goals."))


@rule(
    "V004",
    W,
    N_("A main revision is planned, inside the period"),
    kinds=_KINDS,
    source="seed 004",
    quote="«Neste hovedrevisjon av virksomhetsplanen er planlagt i 2020.»",
    rationale="A plan over several years is revised as things change; seed 004 plans its "
    "next main revision (hovedrevisjon) in 2020.",
)
def _main_revision(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    mains = [(i, r) for i, r in enumerate(plan.revisions) if r.main]
    if not mains:
        yield ctx.finding("$.revisions", N_("No main revision is planned."))
        return
    period = plan.period
    for i, revision in mains:
        if revision.due is None:
            if revision.done is None:
                yield ctx.finding(f"$.revisions[{i}].due", N_("The main revision has no date."))
        elif period is not None and not (
            (period.first_day is None or revision.due.last_day >= period.first_day)
            and (period.last_day is None or revision.due.first_day <= period.last_day)
        ):
            yield ctx.finding(
                f"$.revisions[{i}].due",
                N_("The main revision is planned outside the plan period."),
            )


@rule(
    "V005",
    W,
    N_("The reporting schedule is given: who reports to whom, how often"),
    kinds=_KINDS,
    source="seed 004",
    quote="«Avdelingsledere rapporterer månedlig på implementeringsprosessen av virksomhetsplan "
    "til virksomhetsleder.»",
    rationale="Seed 004 sets out who reports to whom and how often (team leaders monthly to "
    "department heads, the unit every tertial to the municipal management).",
)
def _reporting(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not plan.reporting:
        yield ctx.finding("$.reporting", N_("The reporting schedule is not given."))
    for i, line in enumerate(plan.reporting):
        if blank(line.reporter):
            yield ctx.finding(f"$.reporting[{i}].reporter", N_("It is not said who reports."))
        if blank(line.recipient):
            yield ctx.finding(f"$.reporting[{i}].recipient", N_("It is not said to whom."))
        if line.schedule is None:
            yield ctx.finding(f"$.reporting[{i}].schedule", N_("It is not said how often."))
