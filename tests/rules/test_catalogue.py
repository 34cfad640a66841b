"""Every rule of the catalogue: a plan that triggers it, and plans that pass it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

import attrs
import pytest

import tiltak
from tiltak import (
    Adoption,
    Cause,
    Consent,
    Cooperation,
    DeliveredReport,
    DialogueMeeting,
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalArea,
    PartialDate,
    Participant,
    Participation,
    Period,
    Plan,
    PlanKind,
    Principal,
    ReportingLine,
    ResponsibilityGroup,
    Responsible,
    Revision,
    Schedule,
    Section,
    Severity,
    SickLeave,
    Subject,
    Target,
    rules,
)
from tiltak.testing import AS_OF

MONTHLY_2024 = Schedule(start=dt.date(2024, 1, 1), rule="FREQ=MONTHLY")
A, G, IP, S, V, O, R = (  # noqa: E741 - the kinds by their rule letters
    PlanKind.ACTION_PLAN,
    PlanKind.IMPLEMENTATION_PLAN,
    PlanKind.INDIVIDUAL_PLAN,
    PlanKind.COORDINATED_PLAN,
    PlanKind.OPERATIONAL_PLAN,
    PlanKind.RETURN_TO_WORK_PLAN,
    PlanKind.RESULTS_PLAN,
)
E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

Change = Callable[[Plan], Plan]


def set_(**changes: Any) -> Change:
    """A change that sets plan fields."""
    return lambda plan: attrs.evolve(plan, **changes)


def measure(index: int, **changes: Any) -> Change:
    """A change that sets fields of one measure."""

    def change(plan: Plan) -> Plan:
        measures = list(plan.measures)
        measures[index] = attrs.evolve(measures[index], **changes)
        return attrs.evolve(plan, measures=measures)

    return change


def goal(index: int, **changes: Any) -> Change:
    """A change that sets fields of one goal."""

    def change(plan: Plan) -> Plan:
        goals = list(plan.goals)
        goals[index] = attrs.evolve(goals[index], **changes)
        return attrs.evolve(plan, goals=goals)

    return change


def rtw(**changes: Any) -> Change:
    """A change that sets fields of the return-to-work facts."""

    def change(plan: Plan) -> Plan:
        assert plan.return_to_work is not None
        return attrs.evolve(plan, return_to_work=attrs.evolve(plan.return_to_work, **changes))

    return change


MEETING_1_ONLY = rtw(dialogue_meetings=(DialogueMeeting(number=1, date=dt.date(2024, 2, 20)),))
"""Dialogue meeting 1 held in time (day 44), and no dialogue meeting 2."""


def sick_until(last: str | None, *more: SickLeave, degree: int = 100) -> Change:
    """Sick leave from the first day of absence (8 January 2024, day 1) to ``last``."""
    first = SickLeave(period=Period(start="2024-01-08", end=last), degree=degree)
    return rtw(sick_leave=(first, *more))


def both(*changes: Change) -> Change:
    """Several changes, one after the other."""

    def change(plan: Plan) -> Plan:
        for step in changes:
            plan = step(plan)
        return plan

    return change


def add_goal(plan: Plan) -> Plan:
    """The plan with a second goal that no measure serves."""
    return attrs.evolve(plan, goals=(*plan.goals, Goal(id="G2", text="Safer bus stops")))


def seed_period(plan: Plan) -> Plan:
    """An operational plan for 2019-2023 whose only dates are deadlines 2020 and 2023-12-31."""
    return attrs.evolve(
        plan,
        period=Period(start="2019", end="2023"),
        goals=tuple(attrs.evolve(g, target=None, follow_ups=()) for g in plan.goals),
        measures=(
            attrs.evolve(plan.measures[0], deadline="2020", follow_ups=()),
            attrs.evolve(plan.measures[1], deadline="2023-12-31", follow_ups=()),
        ),
        revisions=(Revision(due="2020", main=True),),
    )


def monthly(plan: Plan) -> Plan:
    """The plan followed up by a monthly schedule from 1 January 2024."""
    schedule = Schedule(start=dt.date(2024, 1, 1), rule="FREQ=MONTHLY")
    return attrs.evolve(plan, follow_up=FollowUpRoutine(schedule=schedule, method="Meeting"))


def no_element_follow_ups(plan: Plan) -> Plan:
    """The plan with no follow-up of a measure or a goal: only its own count."""
    return attrs.evolve(
        plan,
        measures=tuple(attrs.evolve(m, follow_ups=()) for m in plan.measures),
        goals=tuple(attrs.evolve(g, follow_ups=()) for g in plan.goals),
    )


class Case(NamedTuple):
    code: str
    kind: PlanKind
    change: Change
    path: str
    severity: Severity
    as_of: dt.date | None = AS_OF


def twice(plan: Plan) -> Plan:
    """The plan with its first measure repeated under another id."""
    return attrs.evolve(plan, measures=(*plan.measures, attrs.evolve(plan.measures[0], id="M9")))


ROUTINE = set_(follow_up=FollowUpRoutine(schedule=MONTHLY_2024, method="Tertial report"))
"""A virksomhetsplan followed up monthly from January 2024."""


TRIGGERS = [
    Case("P001", A, set_(title=None), "$.title", E),
    Case("P001", G, set_(title="   "), "$.title", E),
    Case("P002", A, set_(period=None), "$.period", E),
    Case("P002", IP, set_(period=Period(end="2024")), "$.period.start", E),
    Case("P002", A, set_(period=Period(start="2024-05", end="2024-04")), "$.period.end", E),
    Case("P003", A, set_(goals=()), "$.goals", W),
    Case("P003", G, set_(goals=()), "$.goals", E),
    Case("P003", IP, set_(goals=()), "$.goals", E),
    Case("P003", O, set_(goals=()), "$.goals", W),
    Case("P004", A, set_(measures=()), "$.measures", E),
    Case("P004", V, set_(measures=()), "$.measures", W),
    Case("P005", A, measure(1, id="M1"), "$.measures[1].id", E),
    Case("P005", V, goal(1, id="TT 1.1"), "$.goals[1].id", E),
    Case("P006", A, measure(0, goals=("G1", "nope")), "$.measures[0].goals[1]", E),
    Case("P006", A, measure(0, causes=("9",)), "$.measures[0].causes[0]", E),
    Case("P006", V, goal(0, area="9"), "$.goals[0].area", E),
    Case("P006", V, goal(1, parent="TT 9.9"), "$.goals[1].parent", E),
    Case("P006", S, measure(0, principal="Z"), "$.measures[0].principal", E),
    Case("P007", A, measure(0, responsible=None), "$.measures[0].responsible", E),
    Case(
        "P007",
        G,
        measure(0, responsible=Responsible(email="a@b.no")),
        "$.measures[0].responsible",
        E,
    ),
    Case("P008", A, measure(0, deadline=None), "$.measures[0].deadline", E),
    Case("P008", V, measure(0, deadline=None), "$.measures[0].deadline", W),
    Case("P009", A, measure(0, goals=()), "$.measures[0].goals", W),
    Case("P010", A, add_goal, "$.goals[1]", W),
    Case("P011", A, measure(0, deadline="2025-01"), "$.measures[0].deadline", W),
    Case(
        "P011",
        A,
        goal(0, follow_ups=(FollowUp(date=dt.date(2026, 3, 1)),)),
        "$.goals[0].follow_ups[0].date",
        W,
    ),
    Case("P011", V, set_(period=Period(start="2019", end="2023")), "$.measures[0].deadline", W),
    Case(
        "P011",
        V,
        lambda p: attrs.evolve(
            p,
            goal_areas=(
                attrs.evolve(p.goal_areas[0], period=Period(start="2016", end="2020")),
                *p.goal_areas[1:],
            ),
        ),
        "$.goal_areas[0].period",
        W,
    ),
    Case(
        "P011",
        V,
        set_(sections=(Section(id="4", period=Period(start="2016", end="2020")),)),
        "$.sections[0].period",
        W,
    ),
    Case(
        "P006",
        V,
        goal(0, section="9"),
        "$.goals[0].section",
        E,
    ),
    Case(
        "P005",
        V,
        set_(sections=(Section(id="4"), Section(id="4"))),
        "$.sections[1].id",
        E,
    ),
    Case("P011", A, goal(0, period=Period(start="2024", end="2026")), "$.goals[0].period", W),
    Case(
        "P011",
        A,
        goal(0, target=Target(value="0", due="2023-12")),
        "$.goals[0].target.due",
        W,
    ),
    Case(
        "P011",
        A,
        measure(0, follow_ups=(FollowUp(date=dt.date(2025, 1, 3), colour="green"),)),
        "$.measures[0].follow_ups[0].date",
        W,
    ),
    Case("P011", A, set_(revisions=(Revision(due="2023"),)), "$.revisions[0].due", W),
    Case(
        "P011",
        A,
        set_(follow_up=FollowUpRoutine(dates=(PartialDate.parse("2025-02"),), method="Meeting")),
        "$.follow_up.dates[0]",
        W,
        None,
    ),
    Case(
        "P011",
        A,
        set_(follow_ups=(FollowUp(date=dt.date(2023, 12, 1)),)),
        "$.follow_ups[0].date",
        W,
        None,
    ),
    Case("P012", A, set_(follow_up=None), "$.follow_up", E, None),
    Case(
        "P012",
        A,
        set_(follow_up=FollowUpRoutine(method="Meeting")),
        "$.follow_up.schedule",
        E,
        None,
    ),
    Case(
        "P012",
        A,
        set_(follow_up=FollowUpRoutine(dates=(PartialDate.parse("2024-06"),))),
        "$.follow_up.method",
        E,
        None,
    ),
    Case(
        "P013",
        A,
        measure(0, responsible=Responsible(role="Rektor")),
        "$.measures[0].responsible",
        INFO,
    ),
    Case("P013", IP, set_(coordinator=Responsible(name="Ola")), "$.coordinator", INFO),
    Case("P014", A, goal(0, target=None), "$.goals[0].target", W),
    Case("P014", A, goal(0, target=Target(value="3")), "$.goals[0].target.due", W),
    Case("P014", IP, goal(0, target=None), "$.goals[0].target", INFO),
    Case("P014", S, goal(0, target=Target(measure="x")), "$.goals[0].target.due", INFO),
    Case(
        "P015",
        A,
        both(
            goal(0, text="Fewer accidents on the way to school"),
            lambda p: attrs.evolve(
                p, goals=(*p.goals, Goal(id="G2", text="  fewer ACCIDENTS, on the way to school!"))
            ),
        ),
        "$.goals[1].text",
        W,
    ),
    Case(
        "P015",
        V,
        both(
            goal(0, text="Raise the share of three-year graduates"),
            goal(2, text="Raise the share of three-year graduates, and keep them"),
        ),
        "$.goals[2].text",
        W,
    ),
    Case(
        "P015",
        A,
        both(measure(0, title="Crossing guards"), measure(1, title="crossing-guards")),
        "$.measures[1].title",
        W,
    ),
    Case("P016", A, measure(0, deadline="2024-05", follow_ups=()), "$.measures[0].deadline", W),
    Case(
        "P016",
        A,
        measure(
            0, deadline="2024", follow_ups=(FollowUp(date=dt.date(2024, 3, 1), colour="red"),)
        ),
        "$.measures[0].deadline",
        W,
        dt.date(2025, 1, 1),
    ),
    Case(
        "P016",
        A,
        measure(
            0,
            deadline="2024-05",
            completed=dt.date(2024, 7, 1),
            follow_ups=(FollowUp(date=dt.date(2024, 7, 1), colour="green"),),
        ),
        "$.measures[0].deadline",
        W,
    ),
    Case(
        "P016",
        A,
        measure(0, deadline=None, period=Period(start="2024-01", end="2024-05"), follow_ups=()),
        "$.measures[0].period.end",
        W,
    ),
    Case("P017", A, both(monthly, set_(follow_ups=())), "$.follow_up.schedule", W),
    Case(
        "P017",
        A,
        both(monthly, set_(follow_ups=(FollowUp(date=dt.date(2024, 4, 28)),))),
        "$.follow_up.schedule",
        W,
    ),
    Case(
        "P017",
        A,
        both(
            no_element_follow_ups,
            set_(
                follow_up=FollowUpRoutine(dates=(PartialDate.parse("2024-03"),), method="Meeting"),
                follow_ups=(FollowUp(date=dt.date(2024, 2, 15)),),
            ),
        ),
        "$.follow_up.dates[0]",
        W,
    ),
    Case("P017", G, set_(revisions=(Revision(due="2024-03"),)), "$.revisions[0]", W),
    Case(
        "P017",
        G,
        set_(revisions=(Revision(due="2024-03", done=dt.date(2024, 6, 2)),)),
        "$.revisions[0]",
        W,
    ),
    Case(
        "P018",
        A,
        measure(0, follow_ups=(FollowUp(date=dt.date(2024, 3, 1)),)),
        "$.measures[0].follow_ups[0].colour",
        INFO,
    ),
    Case(
        "P019",
        A,
        measure(0, responsible=Responsible(name="Kari", email="kari(at)kommune.no")),
        "$.measures[0].responsible.email",
        W,
    ),
    Case(
        "P019",
        A,
        measure(0, responsible=Responsible(name="Kari", phone="ring sentralen")),
        "$.measures[0].responsible.phone",
        W,
    ),
    Case(
        "P019",
        IP,
        set_(participants=(Participant(role="NAV", email="nav@nav", contribution="x"),)),
        "$.participants[0].email",
        W,
    ),
    Case("P019", IP, set_(subject=Subject(phone="123")), "$.subject.phone", W),
    Case("P020", IP, set_(subject=Subject(national_id="01010012345")), "$.subject.national_id", E),
    Case("P020", IP, set_(subject=Subject(national_id="1234")), "$.subject.national_id", E),
    Case(
        "P021",
        IP,
        set_(subject=Subject(national_id="01010051270", birth_date=dt.date(2000, 1, 2))),
        "$.subject.birth_date",
        W,
    ),
    Case(
        "P019",
        IP,
        set_(coordinator=Responsible(name="Ola", email="a b@c.no")),
        "$.coordinator.email",
        W,
    ),
    # action plan
    Case("A001", A, set_(background=None), "$.background", W),
    Case("A002", A, set_(resources=""), "$.resources", W),
    Case("A003", A, measure(0, description=None), "$.measures[0].description", W),
    Case("A004", A, measure(1, causes=()), "$.measures[1].causes", E),
    Case(
        "A005",
        A,
        set_(causes=(Cause(id="1"), Cause(id="2", text="Poor lighting"))),
        "$.causes[1]",
        W,
    ),
    Case("A006", A, measure(1, order=None), "$.measures[1].order", W),
    Case("A007", A, measure(0, effort=None), "$.measures[0].effort", INFO),
    Case("A008", A, set_(adoption=None), "$.adoption", W),
    Case("A008", A, set_(adoption=Adoption(by="Steering group")), "$.adoption.date", W),
    Case("A008", A, set_(adoption=Adoption(date=dt.date(2024, 1, 10))), "$.adoption.by", W),
    Case("A010", A, set_(documentation=None), "$.documentation", W),
    Case("A010", A, set_(documentation=" "), "$.documentation", W),
    Case(
        "A009",
        A,
        both(set_(causes=()), measure(0, causes=()), measure(1, causes=())),
        "$.causes",
        INFO,
    ),
    # implementation plan
    Case("G001", G, set_(decision=None), "$.decision", E),
    Case("G002", G, goal(0, origin="service"), "$.goals", E),
    Case("G003", G, measure(0, how=" "), "$.measures[0].how", E),
    Case("G004", G, set_(cooperation=None), "$.cooperation", E),
    Case("G004", G, set_(cooperation=Cooperation()), "$.cooperation", E),
    Case("G005", G, set_(participation=None), "$.participation", E),
    Case("G005", G, set_(participation=Participation()), "$.participation.took_part", E),
    Case("G005", G, set_(participation=Participation(took_part=True)), "$.participation.how", E),
    Case("G006", G, set_(adoption=None), "$.adoption", W),
    Case("G006", G, set_(adoption=Adoption(by="Team")), "$.adoption.date", W),
    Case("G007", G, set_(participants=()), "$.participants", W),
    Case("G007", G, set_(participants=(Participant(party="user"),)), "$.participants", W),
    Case(
        "G008",
        G,
        both(
            set_(follow_ups=(FollowUp(date=dt.date(2024, 1, 15)),)),
            measure(0, follow_ups=(FollowUp(date=dt.date(2024, 2, 1), colour="green"),)),
        ),
        "$.follow_ups",
        W,
        dt.date(2025, 2, 2),
    ),
    # individual plan
    Case("I001", IP, set_(consent=None), "$.consent", E),
    Case("I001", IP, set_(consent=Consent(given=False)), "$.consent.given", E),
    Case("I001", IP, set_(consent=Consent(information_sharing=True)), "$.consent.date", E),
    Case("I002", IP, set_(coordinator=None), "$.coordinator", E),
    Case("I003", IP, goal(0, origin=None), "$.goals", E),
    Case("I004", IP, set_(resources=None), "$.resources", E),
    Case("I004", IP, set_(needs=None), "$.needs", E),
    Case("I005", IP, set_(participants=()), "$.participants", E),
    Case(
        "I006",
        IP,
        set_(participants=(Participant(role="Mother", party="next_of_kin"),)),
        "$.participants[0].contribution",
        E,
    ),
    Case("I007", IP, measure(0, how=None), "$.measures[0].how", E),
    Case("I008", IP, set_(revisions=()), "$.revisions", E),
    Case("I009", IP, set_(cooperation=None), "$.cooperation", E),
    Case(
        "I010",
        IP,
        set_(consent=Consent(date=dt.date(2024, 1, 3))),
        "$.consent.information_sharing",
        W,
    ),
    Case(  # NAV and another service count as providers with whom information is shared
        "I010",
        IP,
        set_(
            participants=(
                Participant(role="NAV-veileder", party="authority", contribution="x"),
                Participant(role="Logoped", party="other", contribution="x"),
                Participant(role="Mor", party="next_of_kin", contribution="x"),
            ),
            consent=Consent(date=dt.date(2024, 1, 3)),
        ),
        "$.consent.information_sharing",
        W,
    ),
    Case("I012", IP, measure(0, scope=None), "$.measures[0].scope", E),
    Case("I013", IP, set_(consent=Consent(date=dt.date(2024, 1, 3))), "$.consent.given_by", W),
    Case(
        "I013",
        IP,
        set_(consent=Consent(date=dt.date(2024, 1, 3), given_by="guardian")),
        "$.consent.capacity",
        W,
    ),
    Case(
        "I014",
        IP,
        set_(participants=(Participant(role="Mother", party="next_of_kin", contribution="x"),)),
        "$.participants[0].user_agrees",
        E,
    ),
    Case(
        "I014",
        IP,
        set_(
            participants=(
                Participant(party="provider", contribution="x"),
                Participant(role="Father", party="next_of_kin", user_agrees=False),
            )
        ),
        "$.participants[1].user_agrees",
        E,
    ),
    Case(
        "I015",
        IP,
        set_(responsibility_group=ResponsibilityGroup()),
        "$.responsibility_group.members",
        INFO,
    ),
    Case(
        "I015",
        IP,
        set_(responsibility_group=ResponsibilityGroup(members=(Participant(role="Lege"),))),
        "$.responsibility_group.meetings",
        INFO,
    ),
    # SIP
    Case("S001", S, set_(consent=None), "$.consent", E),
    Case("S001", S, set_(consent=Consent(given=False)), "$.consent.given", E),
    Case("S002", S, measure(0, principal=None), "$.measures[0].principal", E),
    Case("S002", S, measure(0, principal=None, party=None), "$.measures[0].principal", E),
    Case("S003", S, set_(principals=(Principal(id="K"), Principal(id="R"))), "$.principals", E),
    Case(
        "S003",
        S,
        set_(
            principals=(
                Principal(id="K", overall_responsibility=True),
                Principal(id="R", overall_responsibility=True),
            )
        ),
        "$.principals[1].overall_responsibility",
        E,
    ),
    Case("S004", S, measure(1, party=None), "$.measures[1].party", E),
    # operational plan
    Case("V001", V, set_(goal_areas=()), "$.goal_areas", E),
    Case(
        "V001",
        V,
        lambda p: attrs.evolve(
            p, goal_areas=(attrs.evolve(p.goal_areas[0], purpose=None), *p.goal_areas[1:])
        ),
        "$.goal_areas[0].purpose",
        E,
    ),
    Case("V002", V, goal(0, area=None), "$.goals[0].area", E),
    Case("V002", V, goal(2, area="1"), "$.goals[2].area", E),
    Case(
        "V003",
        V,
        lambda p: attrs.evolve(
            p, goal_areas=(*p.goal_areas, GoalArea(id="3", purpose="Keep the budget."))
        ),
        "$.goal_areas[2]",
        W,
    ),
    Case("V004", V, set_(revisions=(Revision(due="2025"),)), "$.revisions", W),
    Case("V004", V, set_(revisions=(Revision(due="2030", main=True),)), "$.revisions[0].due", W),
    Case("V004", V, set_(revisions=(Revision(main=True),)), "$.revisions[0].due", W),
    Case("V005", V, set_(reporting=()), "$.reporting", W),
    Case(
        "V005",
        V,
        set_(reporting=(ReportingLine(recipient="Unit head"),)),
        "$.reporting[0].reporter",
        W,
    ),
    Case(
        "V005",
        V,
        set_(reporting=(ReportingLine(reporter="Team leaders"),)),
        "$.reporting[0].schedule",
        W,
    ),
    # return-to-work plan
    Case("O001", O, set_(return_to_work=None), "$.return_to_work", E),
    Case("O001", O, rtw(tasks_and_capacity=None), "$.return_to_work.tasks_and_capacity", E),
    Case("O001", O, measure(0, party=None), "$.measures", E),
    Case("O001", O, measure(1, party="other"), "$.measures", E),
    Case("O001", O, set_(follow_up=None), "$.follow_up", E),
    Case("O002", O, set_(created=dt.date(2024, 2, 20)), "$.created", E),
    Case("O002", O, set_(created=dt.date(2024, 2, 5)), "$.created", E),  # day 29: late
    Case("O003", O, rtw(sent_to_doctor=dt.date(2024, 2, 5)), "$.return_to_work.sent_to_doctor", E),
    Case("O002", O, set_(created=None), "$.created", E, None),
    Case(
        "O002",
        O,
        rtw(first_day_of_absence=None),
        "$.return_to_work.first_day_of_absence",
        E,
    ),
    Case(
        "O003", O, rtw(sent_to_doctor=dt.date(2024, 2, 10)), "$.return_to_work.sent_to_doctor", E
    ),
    Case("O003", O, rtw(sent_to_doctor=None), "$.return_to_work.sent_to_doctor", E),
    Case(
        "O004",
        O,
        rtw(dialogue_meetings=(DialogueMeeting(number=1, date=dt.date(2024, 3, 1)),)),
        "$.return_to_work.dialogue_meetings[0].date",
        E,
    ),
    Case("O004", O, rtw(dialogue_meetings=()), "$.return_to_work.dialogue_meetings", E),
    Case(
        "O005",
        O,
        rtw(
            dialogue_meetings=(
                DialogueMeeting(number=1, date=dt.date(2024, 2, 20)),
                DialogueMeeting(number=2, date=dt.date(2024, 7, 20)),
            ),
            sent_to_nav=dt.date(2024, 7, 1),
        ),
        "$.return_to_work.dialogue_meetings[1].date",
        W,
        dt.date(2024, 8, 1),
    ),
    Case("O007", O, rtw(sent_to_nav=dt.date(2024, 5, 28)), "$.return_to_work.sent_to_nav", E),
    Case("O007", O, rtw(sent_to_nav=None), "$.return_to_work.sent_to_nav", E),
    Case(
        "O005",
        O,
        MEETING_1_ONLY,
        "$.return_to_work.dialogue_meetings",
        W,
        dt.date(2024, 7, 9),
    ),
    Case("O006", O, set_(participation=None), "$.participation", E),
    Case("O008", O, set_(jurisdiction=None), "$.jurisdiction", W),
    Case(
        "O009", O, both(set_(jurisdiction="se"), set_(created=dt.date(2024, 2, 7))), "$.created", E
    ),
    Case("O009", O, set_(jurisdiction="se", created=None), "$.created", E, None),
    Case(
        "O009",
        O,
        both(set_(jurisdiction="se"), rtw(first_day_of_absence=None)),
        "$.return_to_work.first_day_of_absence",
        E,
    ),
    Case(
        "O010",
        O,
        MEETING_1_ONLY,
        "$.return_to_work.dialogue_meetings[0].doctor_took_part",
        INFO,
    ),
    Case(
        "O011",
        O,
        rtw(sick_leave=(SickLeave(period=Period(start="2024-01-08"), degree=100),)),
        "$.return_to_work.sick_leave",
        W,
    ),
    Case(
        "O011",
        O,
        rtw(
            sick_leave=(
                SickLeave(period=Period(start="2024-01-08", end="2024-03-03"), degree=100),
                SickLeave(period=Period(start="2024-03-04"), degree=50),  # day 57: late
            )
        ),
        "$.return_to_work.sick_leave",
        W,
    ),
    # results and development plan
    Case("R001", R, goal(0, part=None), "$.goals", E),
    Case("R002", R, goal(1, part="unit_results"), "$.goals", E),
    Case("R002", R, goal(1, target=Target(due="2024-12")), "$.goals[1].target", E),
    Case("R003", R, goal(2, part=None), "$.goals", E),
    Case("R004", R, goal(3, part="leader_results"), "$.goals", E),
    Case("R004", R, goal(3, target=None), "$.goals[3].target", E),
    Case("R005", R, measure(1, party=None), "$.measures", E),
    Case(
        "O006",
        O,
        set_(participation=Participation(took_part=False)),
        "$.participation.took_part",
        E,
    ),
    Case("F001", V, both(ROUTINE, goal(0, follow_ups=())), "$.goals[0].follow_ups", W),
    Case(
        "F001",
        V,
        both(ROUTINE, goal(0, follow_ups=(FollowUp(date=dt.date(2024, 4, 1), colour="green"),))),
        "$.goals[0].follow_ups",
        W,
    ),
    Case(
        "F002",
        V,
        set_(reporting=(ReportingLine(schedule=MONTHLY_2024),)),
        "$.reporting[0].reports",
        W,
    ),
    Case(
        "F002",
        V,
        set_(
            reporting=(
                ReportingLine(
                    schedule=MONTHLY_2024, reports=(DeliveredReport(date=dt.date(2024, 4, 30)),)
                ),
            )
        ),
        "$.reporting[0].reports",
        W,
    ),
    # the absence lasted to the deadline (day 28: 4 February; 49: 25 February; 56: 3 March;
    # 182: 7 July; Swedish day 30: 6 February): still due
    Case(
        "O002",
        O,
        both(sick_until("2024-02-04"), set_(created=dt.date(2024, 2, 20))),
        "$.created",
        E,
    ),
    Case(
        "O002",
        O,
        both(
            sick_until("2024-01-20", SickLeave(period=Period(start="2024-01-21"), degree=100)),
            set_(created=dt.date(2024, 2, 20)),
        ),
        "$.created",
        E,
    ),
    Case(
        "O004",
        O,
        both(sick_until("2024-02-25"), rtw(dialogue_meetings=())),
        "$.return_to_work.dialogue_meetings",
        E,
    ),
    Case(
        "O004",
        O,
        both(sick_until(None), rtw(absence=None, dialogue_meetings=())),
        "$.return_to_work.dialogue_meetings",
        E,
    ),
    Case(
        "O005",
        O,
        both(
            sick_until("2024-07-07"),
            MEETING_1_ONLY,
        ),
        "$.return_to_work.dialogue_meetings",
        W,
        dt.date(2024, 7, 9),
    ),
    Case("O011", O, sick_until("2024-03-03"), "$.return_to_work.sick_leave", W),
    Case(
        "O009",
        O,
        both(sick_until("2024-02-06"), set_(jurisdiction="se", created=dt.date(2024, 2, 7))),
        "$.created",
        E,
    ),
]

PASSES = [
    Case("F001", V, ROUTINE, "", W),
    Case(
        "F001", V, both(ROUTINE, goal(0, follow_ups=(FollowUp(date=dt.date(2024, 4, 2)),))), "", W
    ),
    Case("F001", V, both(ROUTINE, goal(0, target=None, follow_ups=())), "", W),
    Case("F001", V, both(ROUTINE, goal(0, follow_ups=())), "", W, dt.date(2024, 1, 1)),
    Case("F001", V, both(ROUTINE, goal(0, follow_ups=()), set_(status="completed")), "", W),
    Case(
        "F002",
        V,
        set_(
            reporting=(
                ReportingLine(
                    schedule=MONTHLY_2024, reports=(DeliveredReport(date=dt.date(2024, 5, 1)),)
                ),
            )
        ),
        "",
        W,
    ),
    Case(
        "F002",
        V,
        set_(reporting=(ReportingLine(schedule=MONTHLY_2024),)),
        "",
        W,
        dt.date(2024, 1, 1),
    ),
    Case("P002", A, set_(period=Period(start="2024-05-10", end="2024-05")), "", E),
    Case("P006", V, goal(1, parent=None), "", E),
    Case("P009", A, set_(goals=()), "", W),
    Case("P010", A, set_(measures=()), "", W),
    Case("P011", A, measure(0, deadline="2024"), "", W),
    Case("P011", V, seed_period, "", W),
    Case("P011", A, set_(period=Period(start="2024-03-01", end="2024-12-31")), "", W),
    Case("P011", A, set_(period=None), "", W),
    Case("P012", V, set_(follow_up=None), "", E),
    Case(
        "P013", A, measure(0, responsible=Responsible(name="Kari", phone="22 33 44 55")), "", INFO
    ),
    Case("P014", A, goal(0, target=Target(value="3"), period=Period(end="2024-12")), "", W),
    Case(
        "P015",
        A,
        both(measure(0, title="Crossing guards"), measure(1, title="Crossing guard duty")),
        "",
        W,
    ),
    Case(
        "P015",
        A,
        lambda p: attrs.evolve(
            p,
            goals=(Goal(id="G1", text="Safer roads"), Goal(id="G2", text="Safer roads at night")),
        ),
        "",
        W,
    ),
    Case("P016", A, measure(0, deadline="2024-05", completed=dt.date(2024, 5, 20)), "", W),
    Case("P016", A, measure(0, deadline="2024-05"), "", W),  # green follow-up
    Case("P016", A, measure(0, deadline="2024-05", follow_ups=()), "", W, None),
    Case(
        "P016",
        A,
        both(measure(0, deadline="2024-05", follow_ups=()), set_(status="completed")),
        "",
        W,
    ),
    Case("P017", G, set_(revisions=(Revision(due="2024-03", done=dt.date(2024, 3, 2)),)), "", W),
    Case("P017", A, both(monthly, set_(follow_ups=())), "", W, dt.date(2024, 1, 1)),
    Case("P017", A, both(monthly, set_(follow_ups=(FollowUp(date=dt.date(2024, 5, 1)),))), "", W),
    Case(  # followed up measure by measure, as Brå's template does
        "P017",
        A,
        both(
            monthly,
            set_(follow_ups=()),
            measure(1, follow_ups=(FollowUp(date=dt.date(2024, 5, 1)),)),
        ),
        "",
        W,
    ),
    Case(
        "P017",
        A,
        both(
            monthly,
            no_element_follow_ups,
            set_(follow_ups=()),
            lambda plan: attrs.evolve(
                plan,
                goals=(
                    attrs.evolve(plan.goals[0], follow_ups=(FollowUp(date=dt.date(2024, 5, 1)),)),
                    *plan.goals[1:],
                ),
            ),
        ),
        "",
        W,
    ),
    Case(
        "P017",
        A,
        both(monthly, set_(follow_ups=(FollowUp(date=dt.date(2024, 4, 1)),))),
        "",
        W,
        dt.date(2024, 5, 1),
    ),
    Case(
        "P017",
        A,
        set_(
            follow_up=FollowUpRoutine(dates=(PartialDate.parse("2024-03"),), method="Meeting"),
            follow_ups=(FollowUp(date=dt.date(2024, 3, 1)),),
        ),
        "",
        W,
    ),
    Case("P018", A, set_(follow_ups=(FollowUp(date=dt.date(2024, 5, 15)),)), "", INFO),
    Case(
        "P019",
        IP,
        set_(
            participants=(
                Participant(
                    role="a", phone="+46 70-123 45 67", email="a.b@region.se", contribution="x"
                ),
                Participant(role="b", phone="0047 22334455", contribution="x"),
                Participant(role="c", phone="08-123 456 78", contribution="x"),
                Participant(role="d", phone="+46 (0)70 123 45 67", email="", contribution="x"),
            )
        ),
        "",
        W,
    ),
    Case("A004", A, both(set_(causes=()), measure(0, causes=()), measure(1, causes=())), "", E),
    Case(
        "A006",
        A,
        lambda p: attrs.evolve(p, measures=(attrs.evolve(p.measures[0], order=None),)),
        "",
        W,
    ),
    Case("G004", G, set_(cooperation=Cooperation(not_needed=True)), "", E),
    Case("G005", G, set_(participation=Participation(took_part=False)), "", E),
    Case(
        "G007", G, set_(participants=(Participant(party="user"), Participant(role="Nurse"))), "", W
    ),
    Case(
        "G008",
        G,
        set_(follow_ups=(FollowUp(date=dt.date(2024, 5, 15)),)),
        "",
        W,
        dt.date(2025, 5, 15),
    ),
    Case("G008", G, set_(follow_ups=()), "", W, None),
    Case(
        "I010",
        IP,
        set_(
            participants=(Participant(party="provider", contribution="x"),),
            consent=Consent(date=dt.date(2024, 1, 3)),
        ),
        "",
        W,
    ),
    Case(  # the user and those close to them are no providers
        "I010",
        IP,
        set_(
            participants=(
                Participant(role="Fysioterapeut", party="provider", contribution="x"),
                Participant(role="Bruker", party="user", contribution="x"),
                Participant(role="Mor", party="next_of_kin", contribution="x"),
                Participant(role="Verge", party="guardian", contribution="x"),
                Participant(role="Venn", contribution="x"),
            ),
            consent=Consent(date=dt.date(2024, 1, 3)),
        ),
        "",
        W,
    ),
    Case("S002", S, measure(1, principal=None, party="authority"), "", E),
    Case(
        "I013",
        IP,
        set_(
            consent=Consent(
                date=dt.date(2024, 1, 3),
                given_by="guardian",
                capacity="Severe dementia; the guardian consents.",
            )
        ),
        "",
        W,
    ),
    Case("I013", IP, set_(consent=Consent(given=False)), "", W),
    Case(
        "I015",
        IP,
        set_(
            responsibility_group=ResponsibilityGroup(
                members=(Participant(role="Lege"),),
                meetings=(FollowUp(date=dt.date(2024, 3, 1), note="Første møte"),),
            )
        ),
        "",
        INFO,
    ),
    Case("R002", R, goal(1, target=Target(measure="Homes with sensors")), "", E),
    Case("O009", O, set_(created=dt.date(2024, 2, 7)), "", E),  # Norwegian: O002's
    Case("O009", O, set_(jurisdiction="se", created=dt.date(2024, 2, 6)), "", E),  # day 30
    Case(
        "O009",
        O,
        both(
            set_(jurisdiction="se", created=dt.date(2024, 3, 1)),
            rtw(expected_return=dt.date(2024, 3, 7)),
        ),
        "",
        E,
    ),
    Case(
        "O009",
        O,
        both(set_(jurisdiction="se", created=None), rtw(exemption="Kan inte återgå")),
        "",
        E,
    ),
    Case("O002", O, set_(jurisdiction="se", created=dt.date(2024, 3, 20)), "", E),
    Case(
        "O011",
        O,
        rtw(
            sick_leave=(
                SickLeave(period=Period(start="2024-01-08", end="2024-03-02"), degree=100),
                SickLeave(period=Period(start="2024-03-03"), degree=50),  # day 56
            )
        ),
        "",
        W,
    ),
    Case(
        "O011",
        O,
        rtw(sick_leave=(SickLeave(period=Period(start="2024-01-08"), degree=100),)),
        "",
        W,
        dt.date(2024, 3, 3),  # day 56: the 8 weeks are not yet over
    ),
    Case(
        "O010",
        O,
        rtw(
            dialogue_meetings=(
                DialogueMeeting(number=1, date=dt.date(2024, 2, 20), doctor_took_part=False),
            )
        ),
        "",
        INFO,
    ),
    Case("O001", O, both(set_(jurisdiction="se"), measure(1, party="other")), "", E),
    Case("R005", R, measure(0, party="management"), "", E),
    Case("I014", IP, set_(participants=(Participant(role="Friend", party="other"),)), "", E),
    Case("V002", V, goal(2, id="Quality", area="2"), "", E),
    Case(
        "V002",
        V,
        lambda p: attrs.evolve(
            p,
            goal_areas=(GoalArea(id="Kompetanse", purpose="x"), p.goal_areas[1]),
            goals=(
                attrs.evolve(p.goals[0], area="Kompetanse"),
                attrs.evolve(p.goals[1], area="Kompetanse"),
                p.goals[2],
            ),
        ),
        "",
        E,
    ),
    Case("V004", V, set_(revisions=(Revision(due="2027-06", main=True),)), "", W),
    Case("V004", V, set_(revisions=(Revision(done=dt.date(2025, 3, 1), main=True),)), "", W),
    Case(
        "O002",
        O,
        both(set_(created=dt.date(2024, 3, 20)), rtw(exemption="Back at work after five weeks")),
        "",
        E,
    ),
    Case("O002", O, set_(created=None), "", E, dt.date(2024, 2, 1)),
    Case("O002", O, set_(created=dt.date(2024, 2, 4)), "", E),  # day 28: in time
    Case("O003", O, rtw(sent_to_doctor=dt.date(2024, 2, 4)), "", E),
    Case("O002", O, set_(created=None), "", E, dt.date(2024, 2, 4)),  # not yet due on day 28
    Case("O003", O, rtw(sent_to_doctor=None), "", E, dt.date(2024, 2, 1)),
    Case("O004", O, rtw(absence="partial", dialogue_meetings=()), "", E),
    Case("O004", O, rtw(dialogue_meetings=()), "", E, None),
    Case("O004", O, both(rtw(dialogue_meetings=()), set_(status="completed")), "", E),
    Case("O005", O, rtw(dialogue_meetings=(), sent_to_nav=None), "", W),
    Case("O005", O, rtw(dialogue_meetings=(), sent_to_nav=None), "", W, None),
    Case("O005", O, rtw(sent_to_nav=None), "", W),  # the sending is O007's
    Case("O007", O, rtw(dialogue_meetings=(), sent_to_nav=None), "", E),
    Case(
        "O001",
        O,
        both(measure(1, party="other"), rtw(authority_measures_not_relevant=True)),
        "",
        E,
    ),
    Case("A003", A, measure(0, description="Two adults at the crossing"), "", W),
    # the absence ended before the deadline: the duty never arose
    Case("O002", O, both(sick_until("2024-02-03"), set_(created=dt.date(2024, 2, 20))), "", E),
    Case("O003", O, both(sick_until("2024-02-03"), rtw(sent_to_doctor=None)), "", E),
    Case("O004", O, both(sick_until("2024-02-24"), rtw(dialogue_meetings=())), "", E),
    Case(
        "O004",
        O,
        both(
            sick_until("2024-01-31", SickLeave(period=Period(start="2024-02-01"), degree=50)),
            rtw(absence=None, dialogue_meetings=()),
        ),
        "",
        E,
    ),
    Case("O004", O, rtw(absence=None, dialogue_meetings=()), "", E),
    Case(
        "O005",
        O,
        both(
            sick_until("2024-07-06"),
            MEETING_1_ONLY,
        ),
        "",
        W,
        dt.date(2024, 7, 9),
    ),
    Case("O011", O, sick_until("2024-03-02"), "", W),
    Case(
        "O009",
        O,
        both(sick_until("2024-02-05"), set_(jurisdiction="se", created=dt.date(2024, 2, 7))),
        "",
        E,
    ),
]


def _found(valid: dict[PlanKind, Plan], case: Case) -> list[tuple[str, Severity, str]]:
    plan = case.change(valid[case.kind])
    report = tiltak.validate(plan, as_of=case.as_of, select=[case.code])
    assert all(f.message() for f in report)  # every template's fields are given
    return [(f.code, f.severity, f.path) for f in report]


def _id(case: Case) -> str:
    return f"{case.code}-{case.kind.value}-{case.path or 'pass'}"


class TestCatalogue:
    def test_every_rule_has_a_trigger(self) -> None:
        """Every built-in rule but the cross-plan I011 has a case that triggers it here."""
        expected = {r.code for r in rules.all_rules()} - {"I011"}
        assert expected == {case.code for case in TRIGGERS}

    def test_every_trigger_kind_is_in_the_rule(self) -> None:
        """Each trigger case runs on a kind its rule applies to."""
        assert [c for c in TRIGGERS if not rules.get(c.code).applies_to(c.kind)] == []

    @pytest.mark.parametrize("case", TRIGGERS, ids=_id)
    def test_triggers(self, valid: dict[PlanKind, Plan], case: Case) -> None:
        """The changed plan gives the rule's finding, at the path and with the severity."""
        assert (case.code, case.severity, case.path) in _found(valid, case)

    @pytest.mark.parametrize("case", TRIGGERS, ids=_id)
    def test_paths_name_model_fields(self, case: Case) -> None:
        """Every path the rules give walks through fields the model (and format) has."""
        from tiltak._paths import path_key

        assert [] == [name for _, name in path_key(case.path) if name]

    @pytest.mark.parametrize("case", TRIGGERS, ids=_id)
    def test_unchanged_plan_passes(self, valid: dict[PlanKind, Plan], case: Case) -> None:
        """The same plan without the change gives no finding of the rule."""
        report = tiltak.validate(valid[case.kind], as_of=case.as_of, select=[case.code])
        assert list(report) == []

    @pytest.mark.parametrize("case", PASSES, ids=_id)
    def test_passes(self, valid: dict[PlanKind, Plan], case: Case) -> None:
        """A plan on the right side of the rule's edge gives no finding of it."""
        assert _found(valid, case) == []


class TestValidPlans:
    @pytest.mark.parametrize("kind", list(PlanKind), ids=lambda k: k.value)
    def test_complete_plan_has_no_findings(
        self, valid: dict[PlanKind, Plan], kind: PlanKind
    ) -> None:
        """A complete plan of each kind gives no finding at all, with and without as_of."""
        assert [str(f) for f in tiltak.validate(valid[kind], as_of=AS_OF)] == []
        assert [str(f) for f in tiltak.validate(valid[kind])] == []
