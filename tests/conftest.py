"""Shared fixtures: one complete, valid plan of every kind, built with the model constructors."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest

from tiltak import (
    Adoption,
    Cause,
    Consent,
    Cooperation,
    Decision,
    DeliveredReport,
    DialogueMeeting,
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalArea,
    Measure,
    Participant,
    Participation,
    Plan,
    PlanKind,
    Principal,
    ReportingLine,
    Responsible,
    ReturnToWork,
    Revision,
    Schedule,
    Subject,
    Target,
)

try:
    from hypothesis import settings
except ImportError:  # the session without extras runs only tests that need none
    pass
else:
    # Time is the benchmark suite's to measure (bench/): on a slow or busy machine a property
    # must not fail because one example took longer than Hypothesis's default of 200 ms.
    settings.register_profile("tiltak", deadline=None)
    settings.load_profile("tiltak")


@pytest.fixture(autouse=True)
def _no_language_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's language follows the environment: every test starts without one."""
    for name in ("TILTAK_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


# The session without extras has no hypothesis, so no tiltak.testing and no plugin.
pytest_plugins = (
    ["tiltak.testing.pytest_plugin", "pytester"]
    if importlib.util.find_spec("hypothesis") is not None
    else ["pytester"]
)

AS_OF = dt.date(2024, 6, 1)
"""The date every as-of check in the tests runs against, unless a test says otherwise."""


def _responsible(name: str = "Kari Nordmann") -> Responsible:
    return Responsible(name=name, role="Rektor", email="kari@kommune.no", phone="+47 22 33 44 55")


def _routine() -> FollowUpRoutine:
    return FollowUpRoutine(
        schedule=Schedule(start=dt.date(2024, 1, 1), rule="FREQ=MONTHLY"),
        method="Status meeting with the steering group",
    )


def _goal(goal_id: str, text: str, **kw: object) -> Goal:
    kw.setdefault("target", Target(measure="Reported incidents", value="-30 %", due="2024-12"))
    kw.setdefault(
        "follow_ups", (FollowUp(date=dt.date(2024, 5, 15), colour="green", value="-10 %"),)
    )
    return Goal(id=goal_id, text=text, **kw)  # type: ignore[arg-type]


def _measure(measure_id: str, title: str, goal: str, order: int, **kw: object) -> Measure:
    base: dict[str, object] = {
        "description": f"What is done in measure {measure_id}, readable on its own.",
        "how": "Weekly, in the school yard.",
        "goals": (goal,),
        "responsible": _responsible(),
        "deadline": "2024-09",
        "order": order,
        "effort": "one_off",
        "follow_ups": (FollowUp(date=dt.date(2024, 3, 1), colour="green"),),
    }
    base.update(kw)
    return Measure(id=measure_id, title=title, **base)  # type: ignore[arg-type]


def _common(kind: PlanKind, **kw: object) -> Plan:
    base: dict[str, object] = {
        "id": f"plan-{kind.value}",
        "title": "Trygg skolevei",
        "period": {"start": "2024-01-01", "end": "2024-12-31"},
        "created": dt.date(2024, 1, 2),
        "goals": (_goal("G1", "Fewer accidents on the way to school"),),
        "measures": (_measure("M1", "Crossing guards", "G1", 1),),
        "follow_up": _routine(),
        "follow_ups": (FollowUp(date=dt.date(2024, 5, 15), note="On track"),),
        "revisions": (Revision(due="2024-10"),),
    }
    base.update(kw)
    if isinstance(base["period"], dict):
        from tiltak import Period

        base["period"] = Period(**base["period"])
    return Plan(kind=kind, **base)  # type: ignore[arg-type]


def action_plan() -> Plan:
    """A tiltaksplan / åtgärdsplan with causes, ordered measures and an adoption."""
    return _common(
        PlanKind.ACTION_PLAN,
        background="Three accidents at the crossing last winter.",
        resources="Two crossing guards, 40 000 kr.",
        documentation="The guards log each morning in the school's shared sheet.",
        causes=(Cause(id="1", text="Cars drive fast past the school"),),
        goals=(_goal("G1", "Fewer accidents on the way to school"),),
        measures=(
            _measure("M1", "Crossing guards", "G1", 1, causes=("1",)),
            _measure("M2", "Speed bumps", "G1", 2, causes=("1",), effort="ordinary"),
        ),
        adoption=Adoption(date=dt.date(2024, 1, 10), by="Steering group"),
    )


def implementation_plan() -> Plan:
    """A genomförandeplan for a home-care decision."""
    return _common(
        PlanKind.IMPLEMENTATION_PLAN,
        title="Hemtjänst, genomförandeplan",
        decision=Decision(reference="Dnr 2024/15", date=dt.date(2023, 12, 20)),
        goals=(_goal("G1", "Manage the morning routine at home", origin="decision"),),
        measures=(_measure("M1", "Help with the morning routine", "G1", 1),),
        cooperation=Cooperation(description="Weekly contact with the district nurse."),
        participation=Participation(took_part=True, how="Chose the times of the visits."),
        adoption=Adoption(date=dt.date(2024, 1, 10)),
        participants=(Participant(role="Contact person", party="provider"),),
    )


def individual_plan() -> Plan:
    """An individuell plan with consent, a coordinator and the user's own goal."""
    return _common(
        PlanKind.INDIVIDUAL_PLAN,
        title="Individuell plan",
        subject=Subject(national_id="01010051270", birth_date=dt.date(2000, 1, 1)),
        resources="Good at computers; a supportive family.",
        needs="Help to find work and to travel alone.",
        consent=Consent(date=dt.date(2024, 1, 3), information_sharing=True, given_by="user"),
        coordinator=_responsible("Ola Koordinator"),
        goals=(_goal("G1", "Get a job I like", origin="user"),),
        measures=(_measure("M1", "Crossing guards", "G1", 1, scope="Two hours a week"),),
        participants=(
            Participant(role="Physiotherapist", party="provider", contribution="Training"),
            Participant(role="NAV adviser", party="provider", contribution="Work trial"),
            Participant(
                role="Mother", party="next_of_kin", contribution="Lifts", user_agrees=True
            ),
        ),
        cooperation=Cooperation(description="NAV and the school meet monthly."),
        status="active",
    )


def coordinated_plan() -> Plan:
    """A SIP with two principals, one of them with the overall responsibility."""
    return _common(
        PlanKind.COORDINATED_PLAN,
        title="SIP",
        consent=Consent(date=dt.date(2024, 1, 3)),
        principals=(
            Principal(id="K", name="Kommunen", overall_responsibility=True),
            Principal(id="R", name="Regionen"),
        ),
        goals=(_goal("G1", "Live in my own flat", origin="user"),),
        measures=(
            _measure("M1", "Home support", "G1", 1, principal="K", party="principal"),
            _measure("M2", "Visits from the family", "G1", 2, party="next_of_kin"),
        ),
    )


def operational_plan() -> Plan:
    """A virksomhetsplan with goal areas, numbered goals on two levels and a reporting line."""
    monthly = Schedule(start=dt.date(2024, 1, 1), rule="FREQ=MONTHLY")
    return _common(
        PlanKind.OPERATIONAL_PLAN,
        title="Virksomhetsplan 2024-2027",
        period={"start": "2024", "end": "2027"},
        goal_areas=(
            GoalArea(id="1", title="Kompetanse", purpose="Raise competence."),
            GoalArea(id="2", title="Samarbeid", purpose="Cooperate well."),
        ),
        goals=(
            _goal("TT 1.1", "Raise the share of three-year graduates", area="1", level="TT"),
            _goal(
                "Avd 1.1", "Departments guide new staff", area="1", level="Avd", parent="TT 1.1"
            ),
            _goal("TT 2.1", "Develop the cooperation forum", area="2", level="TT"),
        ),
        measures=(
            _measure("M1", "Recruitment campaign", "Avd 1.1", 1),
            _measure("M2", "Quarterly forum meetings", "TT 2.1", 2),
        ),
        follow_up=None,
        follow_ups=(),
        revisions=(Revision(due="2025", main=True),),
        reporting=(
            ReportingLine(
                reporter="Team leaders",
                recipient="Department heads",
                schedule=monthly,
                reports=(DeliveredReport(date=dt.date(2024, 5, 3), by="Team leaders"),),
            ),
        ),
    )


def return_to_work_plan() -> Plan:
    """An oppfølgingsplan made in time, with both dialogue meetings held in time."""
    return _common(
        PlanKind.RETURN_TO_WORK_PLAN,
        title="Oppfølgingsplan",
        jurisdiction="no",
        created=dt.date(2024, 1, 30),
        return_to_work=ReturnToWork(
            first_day_of_absence=dt.date(2024, 1, 8),
            absence="full",
            tasks_and_capacity="Can do office tasks four hours a day.",
            sent_to_doctor=dt.date(2024, 2, 1),
            sent_to_nav=dt.date(2024, 5, 20),
            dialogue_meetings=(
                DialogueMeeting(number=1, date=dt.date(2024, 2, 20), doctor_took_part=True),
                DialogueMeeting(number=2, date=dt.date(2024, 5, 30)),
            ),
        ),
        goals=(_goal("G1", "Back in full work by September"),),
        measures=(
            _measure("M1", "Adjusted tasks", "G1", 1, party="employer"),
            _measure("M2", "Work-oriented activity from NAV", "G1", 2, party="authority"),
        ),
        participation=Participation(took_part=True, how="Wrote the plan together."),
    )


def results_plan() -> Plan:
    """A resultat- og utviklingsplan with every part a) to e)."""
    return _common(
        PlanKind.RESULTS_PLAN,
        title="Resultat- og utviklingsplan 2024",
        goals=(
            _goal("G1", "Stay within budget", part="unit_results"),
            _goal("G2", "Welfare technology in every home", part="unit_development"),
            _goal("G3", "Lower sick leave", part="leader_results"),
            _goal("G4", "Leadership course", part="leader_development"),
        ),
        measures=(
            _measure("M1", "Budget review", "G1", 1),
            _measure("M2", "Technology project", "G2", 2),
            _measure("M3", "Absence follow-up", "G3", 3),
            _measure("M4", "Course place paid by the municipality", "G4", 4, party="management"),
        ),
    )


VALID = {
    PlanKind.ACTION_PLAN: action_plan,
    PlanKind.IMPLEMENTATION_PLAN: implementation_plan,
    PlanKind.INDIVIDUAL_PLAN: individual_plan,
    PlanKind.COORDINATED_PLAN: coordinated_plan,
    PlanKind.OPERATIONAL_PLAN: operational_plan,
    PlanKind.RETURN_TO_WORK_PLAN: return_to_work_plan,
    PlanKind.RESULTS_PLAN: results_plan,
}


@pytest.fixture
def as_of() -> dt.date:
    """The date of the as-of checks."""
    return AS_OF


@pytest.fixture
def valid() -> dict[PlanKind, Plan]:
    """One complete plan of each kind that gives no finding at all on ``AS_OF``."""
    return {kind: build() for kind, build in VALID.items()}
