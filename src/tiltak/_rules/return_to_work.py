"""The rules of an oppfølgingsplan (O001-O007): arbeidsmiljøloven § 4-6, ftrl. § 8-7 a.

Deadlines count from the first day of absence. A missing event whose deadline has not passed
on ``as_of`` is not a fault. Without ``as_of``, the plan and its sending to the doctor are
expected (the plan exists, so it was made); the dialogue meetings are checked only when they
are recorded, since the absence may have ended before they were due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tiltak._enums import AbsenceDegree, Party, PlanKind, PlanStatus
from tiltak._i18n import N_
from tiltak._model import DialogueMeeting, Plan, ReturnToWork
from tiltak._report import Finding

from ._core import RuleContext
from ._define import E, W, blank, rule

__all__: list[str] = []

_KINDS = (PlanKind.RETURN_TO_WORK_PLAN,)
_PLAN_DAYS = 4 * 7
_MEETING_1_DAYS = 7 * 7
_MEETING_2_DAYS = 26 * 7
_NAV_DAYS_BEFORE = 7
_RTW = "$.return_to_work"


def _first_day(plan: Plan) -> dt.date | None:
    rtw = plan.return_to_work
    return None if rtw is None else rtw.first_day_of_absence


def _due_not_passed(ctx: RuleContext, deadline: dt.date) -> bool:
    return ctx.as_of is not None and ctx.as_of <= deadline


def _closed(plan: Plan) -> bool:
    return plan.status in (PlanStatus.COMPLETED, PlanStatus.CANCELLED)


def _meeting(rtw: ReturnToWork, number: int) -> tuple[int, DialogueMeeting] | None:
    for i, meeting in enumerate(rtw.dialogue_meetings):
        if meeting.number == number:
            return i, meeting
    return None


@rule(
    "O001",
    E,
    N_("The four parts are present"),
    kinds=_KINDS,
    source="aml. § 4-6 (3)",
    quote="«Oppfølgingsplanen skal inneholde en vurdering av arbeidstakers arbeidsoppgaver og "
    "arbeidsevne. Planen skal også inneholde aktuelle tiltak i arbeidsgivers regi, "
    "aktuelle tiltak med bistand fra myndighetene og plan for videre oppfølging.»",
    rationale="The plan shall contain an assessment of the work tasks and the employee's "
    "capacity, the employer's measures, the relevant ('aktuelle') measures with help from the "
    "authorities (NAV), and the plan for further follow-up. The measures are told apart by "
    "their party: employer or authority. When no measure with help from the authorities is "
    "relevant, the plan says so (return_to_work.authority_measures_not_relevant); missing "
    "both is the fault.",
)
def _parts(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    if rtw is None:
        yield ctx.finding(_RTW, N_("The return-to-work facts are missing."))
    elif blank(rtw.tasks_and_capacity):
        yield ctx.finding(
            f"{_RTW}.tasks_and_capacity",
            N_("The assessment of work tasks and capacity is missing."),
        )
    if not any(m.party is Party.EMPLOYER for m in plan.measures):
        yield ctx.finding("$.measures", N_("No measure by the employer is given."))
    if not any(m.party is Party.AUTHORITY for m in plan.measures) and not (
        rtw is not None and rtw.authority_measures_not_relevant
    ):
        yield ctx.finding(
            "$.measures",
            N_(
                "No measure with help from the authorities is given, and the plan does not "
                "say that none is relevant."
            ),
        )
    if plan.follow_up is None:
        yield ctx.finding("$.follow_up", N_("The plan for further follow-up is missing."))


@rule(
    "O002",
    E,
    N_("Made within 4 weeks of the first day of absence, unless obviously unnecessary"),
    kinds=_KINDS,
    source="aml. § 4-6 (3)",
    quote="«Arbeidsgiver skal i samråd med arbeidstaker utarbeide oppfølgingsplan … med mindre "
    "dette er åpenbart unødvendig. … planen skal være utarbeidet senest når arbeidstaker "
    "har vært helt eller delvis borte fra arbeidet i fire uker.»",
    rationale="The employer makes the plan within 4 weeks unless that is obviously "
    "unnecessary, and then records why. The date the plan was made is its 'created' date.",
)
def _made(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    if rtw is not None and not blank(rtw.exemption):
        return
    first = _first_day(plan)
    if first is None:
        yield ctx.finding(
            f"{_RTW}.first_day_of_absence", N_("The first day of absence is not given.")
        )
        return
    deadline = first + dt.timedelta(days=_PLAN_DAYS)
    if plan.created is None:
        if not _due_not_passed(ctx, deadline):
            yield ctx.finding("$.created", N_("The date the plan was made is not given."))
    elif plan.created > deadline:
        yield ctx.finding(
            "$.created",
            N_("The plan was made {days} days after the first day of absence (limit {limit})."),
            days=(plan.created - first).days,
            limit=_PLAN_DAYS,
        )


@rule(
    "O003",
    E,
    N_("Sent to the sick-listing doctor within 4 weeks"),
    kinds=_KINDS,
    source="aml. § 4-6 (3)",
    quote="«Arbeidsgiver skal sørge for at planen formidles til sykmelder så snart den er "
    "utarbeidet, og senest etter fire uker.»",
    rationale="The employer sends the plan to the sick-listing doctor within 4 weeks of the "
    "first day of absence.",
)
def _doctor(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    first = _first_day(plan)
    if rtw is None or first is None or not blank(rtw.exemption):
        return
    deadline = first + dt.timedelta(days=_PLAN_DAYS)
    if rtw.sent_to_doctor is None:
        if not _due_not_passed(ctx, deadline):
            yield ctx.finding(
                f"{_RTW}.sent_to_doctor", N_("The plan is not recorded as sent to the doctor.")
            )
    elif rtw.sent_to_doctor > deadline:
        yield ctx.finding(
            f"{_RTW}.sent_to_doctor",
            N_(
                "The plan was sent to the doctor {days} days after the first day of absence "
                "(limit {limit})."
            ),
            days=(rtw.sent_to_doctor - first).days,
            limit=_PLAN_DAYS,
        )


_NOT_RECORDED = {
    1: N_("Dialogue meeting 1 is not recorded."),
    2: N_("Dialogue meeting 2 is not recorded."),
}


def _meeting_in_time(
    plan: Plan, ctx: RuleContext, first: dt.date, number: int, limit: int
) -> Iterator[Finding]:
    """Dialogue meeting ``number`` was held within ``limit`` days of the first absence."""
    assert plan.return_to_work is not None
    deadline = first + dt.timedelta(days=limit)
    found = _meeting(plan.return_to_work, number)
    if found is None or found[1].date is None:
        if ctx.as_of is not None and ctx.as_of > deadline and not _closed(plan):
            yield ctx.finding(f"{_RTW}.dialogue_meetings", _NOT_RECORDED[number])
        return
    index, meeting = found
    assert meeting.date is not None
    if meeting.date > deadline:
        yield ctx.finding(
            f"{_RTW}.dialogue_meetings[{index}].date",
            N_(
                "Dialogue meeting {number} was held {days} days after the first day of absence "
                "(limit {limit})."
            ),
            number=number,
            days=(meeting.date - first).days,
            limit=limit,
        )


@rule(
    "O004",
    E,
    N_("With full absence, dialogue meeting 1 within 7 weeks"),
    kinds=_KINDS,
    source="aml. § 4-6 (4)",
    quote="«Arbeidsgiver skal innkalle arbeidstaker til dialogmøte om innholdet i "
    "oppfølgingsplanen senest innen sju uker etter at arbeidstaker har vært helt borte "
    "fra arbeidet»",
    rationale="With full sick leave the employer holds dialogue meeting 1 within 7 weeks of "
    "the first day of absence, unless obviously unnecessary.",
)
def _meeting_1(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    first = _first_day(plan)
    if rtw is None or first is None or rtw.absence is not AbsenceDegree.FULL:
        return
    if not blank(rtw.exemption):
        return
    yield from _meeting_in_time(plan, ctx, first, 1, _MEETING_1_DAYS)


@rule(
    "O005",
    W,
    N_("Dialogue meeting 2 (NAV) within 26 weeks"),
    kinds=_KINDS,
    source="good practice after ftrl. § 8-7 a (NAV's own duty; its words are not quoted here)",
    quote="",
    rationale="NAV holds dialogue meeting 2 within 26 weeks of sick leave. The meeting is "
    "NAV's to call, not the employer's, so a late or missing meeting is a warning on the plan. "
    "The employer's sending of the updated plan to NAV before it is O007.",
)
def _meeting_2(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    first = _first_day(plan)
    if plan.return_to_work is None or first is None:
        return
    yield from _meeting_in_time(plan, ctx, first, 2, _MEETING_2_DAYS)


@rule(
    "O007",
    E,
    N_("The updated plan sent to NAV at least a week before dialogue meeting 2"),
    kinds=_KINDS,
    source="aml. § 4-6 (3)",
    quote="«Arbeidsgiver skal videre sørge for at oppdatert plan sendes til Arbeids- og "
    "velferdsetaten senest en uke før dialogmøter som Arbeids- og velferdsetaten innkaller til»",
    rationale="The employer sends the updated plan to NAV at least one week before the "
    "dialogue meeting NAV calls. Checked when dialogue meeting 2 is recorded with a date.",
)
def _sent_to_nav(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    if rtw is None:
        return
    found = _meeting(rtw, 2)
    if found is None or found[1].date is None:
        return
    latest = found[1].date - dt.timedelta(days=_NAV_DAYS_BEFORE)
    if rtw.sent_to_nav is None or rtw.sent_to_nav > latest:
        yield ctx.finding(
            f"{_RTW}.sent_to_nav",
            N_("The updated plan was not sent to NAV a week before dialogue meeting 2."),
        )


@rule(
    "O006",
    E,
    N_("Made together with the employee"),
    kinds=_KINDS,
    source="aml. § 4-6 (3)",
    quote="«Arbeidsgiver skal i samråd med arbeidstaker utarbeide oppfølgingsplan»",
    rationale="The employer makes the plan in cooperation with the employee; their "
    "participation is recorded.",
)
def _together(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    participation = plan.participation
    if participation is None or participation.took_part is None:
        yield ctx.finding("$.participation", N_("The employee's participation is not recorded."))
    elif not participation.took_part:
        yield ctx.finding(
            "$.participation.took_part", N_("The employee did not take part in making the plan.")
        )
