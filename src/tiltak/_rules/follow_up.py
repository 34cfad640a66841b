"""The rules of the follow-up cycle (F001-F002): goals followed up, reports delivered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tiltak._enums import PlanKind
from tiltak._i18n import N_, NP_
from tiltak._model import Plan
from tiltak._report import Finding
from tiltak._time._asof import last_delivered
from tiltak._time._dates import shifted

from ._core import RuleContext, within_cap
from ._define import W, blank, closed, missed_days, rule

__all__: list[str] = []

_NONE_DELIVERED = NP_(
    "No report is recorded as delivered; the latest fell due on {due} ({count} due in all).",
    "No report is recorded as delivered; the latest fell due on {due} ({count} due in all).",
    "count",
)
_NOT_DELIVERED = NP_(
    "The report due on {due} is not recorded as delivered ({count} due since the last one "
    "delivered).",
    "The report due on {due} is not recorded as delivered ({count} due since the last one "
    "delivered).",
    "count",
)


@rule(
    "F001",
    W,
    N_("A goal with a target is followed up at each of the plan's follow-ups"),
    source="seed 004",
    quote="«Forbedret rapportering av fremdrift og måloppnåelse i TT.» «Teamledere og "
    "rapporter månedlig til sine avdelingsledere på planens syv målområder.»",
    rationale="A goal that has a target is followed up to see whether it is being reached. "
    "When the plan's follow-up routine has fallen due (before the day of the check), each "
    "goal with a target is expected to have a follow-up dated after the routine's due day "
    "before that one (or its start), up to the day of the check. Not checked on a completed "
    "or cancelled plan, nor on a plan whose follow-up has no schedule. A virksomhetsplan's "
    "goals are reported on (seed 004); in a plan about one person the goals are reviewed at "
    "the plan's own follow-up, which P017 asks for.",
    kinds=(PlanKind.OPERATIONAL_PLAN,),
    needs_as_of=True,
)
def _goal_followed_up(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    as_of = ctx.as_of
    assert as_of is not None
    routine = plan.follow_up
    if closed(plan) or routine is None or routine.schedule is None or as_of == dt.date.min:
        return
    schedule = routine.schedule
    due = schedule.last_due(as_of - dt.timedelta(days=1))
    if due is None:
        return
    before = schedule.last_due(due - dt.timedelta(days=1)) if due > dt.date.min else None
    since = schedule.start if before is None else before + dt.timedelta(days=1)
    missing = []
    for i, goal in enumerate(plan.goals):
        target = goal.target
        if target is None or (blank(target.value) and blank(target.measure)):
            continue
        for follow_up in goal.follow_ups:
            date = follow_up.date
            if date is not None and since <= date <= as_of:
                break
        else:
            missing.append(i)
    for i in within_cap(ctx, missing):
        dates = [
            f.date for f in plan.goals[i].follow_ups if f.date is not None and f.date <= as_of
        ]
        if dates:
            yield ctx.finding(
                f"$.goals[{i}].follow_ups",
                N_(
                    "The goal was last followed up on {last}, before the plan's follow-up that "
                    "fell due on {due}."
                ),
                last=max(dates),
                due=due,
            )
        else:
            yield ctx.finding(
                f"$.goals[{i}].follow_ups",
                N_(
                    "The goal has not been followed up, though the plan's follow-up fell due on "
                    "{due}."
                ),
                due=due,
            )


@rule(
    "F002",
    W,
    N_("A report that has fallen due is delivered"),
    source="seed 004",
    quote="«Virksomhetsrapportering til kommunalledelse finner sted hver tertial.»",
    rationale="A reporting line says who reports to whom and how often; a report that fell "
    "due and is not recorded as delivered was probably not made. A report delivered on or "
    "after a due day, up to the day of the check, records it and every earlier one. What "
    "falls due on the day of the check is not yet past due. Not checked on a completed or "
    "cancelled plan.",
    needs_as_of=True,
)
def _report_delivered(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    as_of = ctx.as_of
    assert as_of is not None
    if closed(plan) or as_of == dt.date.min:
        return
    last = as_of - dt.timedelta(days=1)
    for i, line in enumerate(plan.reporting):
        schedule = line.schedule
        if schedule is None:
            continue
        delivered = last_delivered(line, as_of)
        first = schedule.start if delivered is None else shifted(delivered, 1)
        if first > last:
            continue
        count, latest = missed_days(schedule, first, last)
        if latest is None:
            continue
        message = _NONE_DELIVERED if delivered is None else _NOT_DELIVERED
        yield ctx.finding(f"$.reporting[{i}].reports", message, due=latest, count=count)
