"""The rules of a return-to-work plan (O001-O011).

O001-O007, O010 and O011 are the oppfølgingsplan's (arbeidsmiljøloven § 4-6, folketrygdloven
§§ 8-7 a and 8-8) and run on a plan under Norwegian law or one that names none; O009 is the
Swedish plan för återgång i arbete's (socialförsäkringsbalken 30 kap. 6 §) and runs only on a
plan under Swedish law.

Deadlines count from the first day of absence. A missing event whose deadline has not passed
on ``as_of`` is not a fault, nor is one whose deadline the absence never reached: when every
recorded period of sick leave has an end, the last of them ends the absence. Without
``as_of``, the plan and its sending to the doctor are expected (the plan exists, so it was
made); the dialogue meetings are checked only when they are recorded, since the absence may
have ended before they were due.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from tiltak._enums import AbsenceDegree, Jurisdiction, Party, PlanKind
from tiltak._i18n import N_
from tiltak._model import DialogueMeeting, Plan, ReturnToWork
from tiltak._report import Finding
from tiltak._time._dates import shifted

from ._core import Check, RuleContext
from ._define import E, I, W, blank, closed, rule

__all__: list[str] = []

_KINDS = (PlanKind.RETURN_TO_WORK_PLAN,)
# Limits as days of the absence, the first day of absence being day 1: "borte fra arbeidet
# i fire uker" is over at the end of day 28, so a plan made on day 29 is late.
_PLAN_DAYS = 4 * 7
_MEETING_1_DAYS = 7 * 7
_MEETING_2_DAYS = 26 * 7
_NAV_DAYS_BEFORE = 7
_RTW = "$.return_to_work"


def _first_day(plan: Plan) -> dt.date | None:
    rtw = plan.return_to_work
    return None if rtw is None else rtw.first_day_of_absence


def _last_day(first: dt.date, days: int) -> dt.date:
    """Day ``days`` of an absence that begins on ``first`` (day 1), the last day within it."""
    return shifted(first, days - 1)


def _day_of(first: dt.date, day: dt.date) -> int:
    """Which day of an absence that begins on ``first`` (day 1) ``day`` is."""
    return (day - first).days + 1


def _due_not_passed(ctx: RuleContext, deadline: dt.date) -> bool:
    return ctx.as_of is not None and ctx.as_of <= deadline


def _absence_end(rtw: ReturnToWork) -> dt.date | None:
    """The last day of the absence as the sick leave records it; ``None`` while it is open.

    Open: no period of sick leave is recorded, or one has no end.
    """
    ends = [leave.period.last_day for leave in rtw.sick_leave if leave.period is not None]
    if not ends or len(ends) < len(rtw.sick_leave) or None in ends:
        return None
    return max(day for day in ends if day is not None)


def _ended_before(rtw: ReturnToWork | None, deadline: dt.date) -> bool:
    """Whether the absence ended before ``deadline``: a duty due then never arose."""
    if rtw is None:
        return False
    end = _absence_end(rtw)
    return end is not None and end < deadline


def _full_absence(rtw: ReturnToWork, deadline: dt.date) -> bool:
    """Whether the employee was wholly away: as the plan says, or as the sick leave records.

    Without ``absence``, full when every period of sick leave that begins by ``deadline`` is
    at 100 % (and at least one does).
    """
    if rtw.absence is not None:
        return rtw.absence is AbsenceDegree.FULL
    degrees = [
        leave.degree
        for leave in rtw.sick_leave
        if leave.period is not None
        and leave.period.first_day is not None
        and leave.period.first_day <= deadline
    ]
    return bool(degrees) and all(degree == 100 for degree in degrees)


def _norwegian(check: Check) -> Check:
    """``check``, run only on a plan under Norwegian law (or one that names no law)."""

    @functools.wraps(check)
    def run(plan: Plan, ctx: RuleContext) -> Iterable[Finding]:
        if plan.jurisdiction is Jurisdiction.SWEDEN:
            return ()
        return check(plan, ctx)

    return run


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
@_norwegian
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
    "unnecessary, and then records why. The date the plan was made is its 'created' date. "
    "The first day of absence is day 1: four weeks of absence are over at the end of day 28, "
    "the last day the plan is in time. Not checked when the recorded sick leave ended before "
    "day 28: the absence never lasted four weeks.",
)
@_norwegian
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
    deadline = _last_day(first, _PLAN_DAYS)
    if _ended_before(rtw, deadline):
        return
    if plan.created is None:
        if not _due_not_passed(ctx, deadline):
            yield ctx.finding("$.created", N_("The date the plan was made is not given."))
    elif plan.created > deadline:
        yield ctx.finding(
            "$.created",
            N_("The plan was made on day {day} of the absence (limit: day {limit})."),
            day=_day_of(first, plan.created),
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
    "first day of absence: by day 28, the first day of absence being day 1. Not checked when "
    "the recorded sick leave ended before day 28.",
)
@_norwegian
def _doctor(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    first = _first_day(plan)
    if rtw is None or first is None or not blank(rtw.exemption):
        return
    deadline = _last_day(first, _PLAN_DAYS)
    if _ended_before(rtw, deadline):
        return
    if rtw.sent_to_doctor is None:
        if not _due_not_passed(ctx, deadline):
            yield ctx.finding(
                f"{_RTW}.sent_to_doctor", N_("The plan is not recorded as sent to the doctor.")
            )
    elif rtw.sent_to_doctor > deadline:
        yield ctx.finding(
            f"{_RTW}.sent_to_doctor",
            N_(
                "The plan was sent to the doctor on day {day} of the absence (limit: day {limit})."
            ),
            day=_day_of(first, rtw.sent_to_doctor),
            limit=_PLAN_DAYS,
        )


_NOT_RECORDED = {
    1: N_("Dialogue meeting 1 is not recorded."),
    2: N_("Dialogue meeting 2 is not recorded."),
}


def _meeting_in_time(
    plan: Plan, ctx: RuleContext, first: dt.date, number: int, limit: int
) -> Iterator[Finding]:
    """Dialogue meeting ``number`` was held by day ``limit`` of the absence."""
    assert plan.return_to_work is not None
    deadline = _last_day(first, limit)
    if _ended_before(plan.return_to_work, deadline):
        return
    found = _meeting(plan.return_to_work, number)
    if found is None or found[1].date is None:
        if ctx.as_of is not None and ctx.as_of > deadline and not closed(plan):
            yield ctx.finding(f"{_RTW}.dialogue_meetings", _NOT_RECORDED[number])
        return
    index, meeting = found
    assert meeting.date is not None
    if meeting.date > deadline:
        yield ctx.finding(
            f"{_RTW}.dialogue_meetings[{index}].date",
            N_(
                "Dialogue meeting {number} was held on day {day} of the absence "
                "(limit: day {limit})."
            ),
            number=number,
            day=_day_of(first, meeting.date),
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
    "the first day of absence, unless obviously unnecessary: by day 49, the first day of "
    "absence being day 1. The absence is full as return_to_work.absence says, or, where it "
    "says nothing, when every period of sick leave that begins by day 49 is at 100 %. Not "
    "checked when the recorded sick leave ended before day 49.",
)
@_norwegian
def _meeting_1(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    first = _first_day(plan)
    if rtw is None or first is None or not blank(rtw.exemption):
        return
    if not _full_absence(rtw, _last_day(first, _MEETING_1_DAYS)):
        return
    yield from _meeting_in_time(plan, ctx, first, 1, _MEETING_1_DAYS)


@rule(
    "O005",
    W,
    N_("Dialogue meeting 2 (NAV) within 26 weeks"),
    kinds=_KINDS,
    source="good practice after ftrl. § 8-7 a (NAV's own duty; its words are not quoted here)",
    quote="",
    rationale="NAV holds dialogue meeting 2 within 26 weeks of sick leave (by day 182, the "
    "first day of absence being day 1). The meeting is "
    "NAV's to call, not the employer's, so a late or missing meeting is a warning on the plan. "
    "The employer's sending of the updated plan to NAV before it is O007. Not checked when "
    "the recorded sick leave ended before day 182.",
)
@_norwegian
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
@_norwegian
def _sent_to_nav(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    if rtw is None:
        return
    found = _meeting(rtw, 2)
    if found is None or found[1].date is None:
        return
    latest = shifted(found[1].date, -_NAV_DAYS_BEFORE)
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
@_norwegian
def _together(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    participation = plan.participation
    if participation is None or participation.took_part is None:
        yield ctx.finding("$.participation", N_("The employee's participation is not recorded."))
    elif not participation.took_part:
        yield ctx.finding(
            "$.participation.took_part", N_("The employee did not take part in making the plan.")
        )


_SE_PLAN_DAY = 30
_SE_LONG_DAYS = 60


@rule(
    "O008",
    W,
    N_("The plan states the law it is made under (Norway or Sweden)"),
    kinds=_KINDS,
    source="tiltak",
    quote="",
    rationale="An oppfølgingsplan (arbeidsmiljøloven) and a plan för återgång i arbete "
    "(socialförsäkringsbalken) have different deadlines: the plan's jurisdiction decides which "
    "rules apply. A plan that names none is checked as Norwegian.",
)
def _jurisdiction(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if plan.jurisdiction is None:
        yield ctx.finding(
            "$.jurisdiction", N_("The plan does not say which law it is made under.")
        )


@rule(
    "O009",
    E,
    N_("Sweden: made by day 30 of the sick leave when it is expected to last 60 days or more"),
    kinds=_KINDS,
    source="socialförsäkringsbalken 30 kap. 6 §",
    quote="«Om det kan antas att den försäkrades arbetsförmåga kommer att vara nedsatt på "
    "grund av sjukdom under minst 60 dagar ska arbetsgivaren senast den dag när den "
    "försäkrades arbetsförmåga har varit nedsatt under 30 dagar ha upprättat en plan för "
    "återgång i arbete.»",
    rationale="Runs on a plan under Swedish law. Day 30 counts the first day of sick leave as "
    "day 1. Not checked when the employee is expected back within 60 days "
    "(return_to_work.expected_return), when the recorded sick leave ended before day 30, or "
    "when the plan records why none was needed (return_to_work.exemption: the employee "
    "clearly cannot return).",
)
def _swedish_deadline(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if plan.jurisdiction is not Jurisdiction.SWEDEN:
        return
    rtw = plan.return_to_work
    first = _first_day(plan)
    if rtw is None or not blank(rtw.exemption):
        if rtw is None:
            yield ctx.finding(_RTW, N_("The return-to-work facts are missing."))
        return
    if first is None:
        yield ctx.finding(
            f"{_RTW}.first_day_of_absence", N_("The first day of absence is not given.")
        )
        return
    expected = rtw.expected_return
    if expected is not None and (expected - first).days < _SE_LONG_DAYS:
        return
    deadline = _last_day(first, _SE_PLAN_DAY)
    if _ended_before(rtw, deadline):
        return
    if plan.created is None:
        if not _due_not_passed(ctx, deadline):
            yield ctx.finding("$.created", N_("The date the plan was made is not given."))
    elif plan.created > deadline:
        yield ctx.finding(
            "$.created",
            N_("The plan was made on day {day} of the sick leave (limit: day {limit})."),
            day=_day_of(first, plan.created),
            limit=_SE_PLAN_DAY,
        )


@rule(
    "O010",
    I,
    N_("Dialogue meeting 1 records whether the sick-listing doctor took part"),
    kinds=_KINDS,
    source="good practice after aml. § 4-6 (4) (its words are not quoted here)",
    quote="",
    rationale="Who took part in dialogue meeting 1 shows whether the sick-listing doctor (and "
    "the occupational health service, where the employer has one) were there. The doctor "
    "takes part when the employee wants it, so a meeting without them is no fault: this is "
    "advice to record it.",
)
@_norwegian
def _meeting_1_participants(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    found = None if rtw is None else _meeting(rtw, 1)
    if found is None or found[1].date is None:
        return
    index, meeting = found
    if meeting.doctor_took_part is None:
        yield ctx.finding(
            f"{_RTW}.dialogue_meetings[{index}].doctor_took_part",
            N_("Whether the sick-listing doctor took part in dialogue meeting 1 is not recorded."),
        )


_ACTIVITY_DAYS = 8 * 7


@rule(
    "O011",
    W,
    N_("Work-related activity by 8 weeks of sick leave"),
    kinds=_KINDS,
    source="ftrl. § 8-8 (2)",
    quote="«Medlemmet har plikt til å være i arbeidsrelatert aktivitet, jf. § 8-7 a første ledd "
    "og arbeidsmiljøloven § 4-6 første ledd, så tidlig som mulig, og senest innen 8 uker.»",
    rationale="The duty is the employee's, and medical reasons may bar the activity, so the "
    "plan gets a warning. Checked as of a day past 8 weeks (day 56, the first day of absence "
    "being day 1) on a plan that records its sick "
    "leave periods (return_to_work.sick_leave): work-related activity is graded sick leave "
    "(a degree under 100) starting by then. Not checked when the sick leave ended before day "
    "56, or on a completed or cancelled plan.",
    needs_as_of=True,
)
@_norwegian
def _activity(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    rtw = plan.return_to_work
    first = _first_day(plan)
    if rtw is None or first is None or not rtw.sick_leave or closed(plan):
        return
    limit = _last_day(first, _ACTIVITY_DAYS)
    if ctx.as_of is None or ctx.as_of <= limit or _ended_before(rtw, limit):
        return
    graded = any(
        leave.degree is not None
        and leave.degree < 100
        and leave.period is not None
        and (leave.period.start is None or leave.period.start.first_day <= limit)
        for leave in rtw.sick_leave
    )
    if not graded:
        yield ctx.finding(
            f"{_RTW}.sick_leave",
            N_("No work-related activity (graded sick leave) began within 8 weeks."),
        )
