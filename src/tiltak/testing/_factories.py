"""Factories: a complete plan of any kind in one call, with what a test cares about changed.

Every plan these build has every part its kind must contain, so ``tiltak.validate`` finds no
error in it; checked as of :data:`AS_OF` it finds nothing at all. The people, numbers and
addresses are fictitious.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from tiltak._checks import enum_value
from tiltak._enums import PlanKind
from tiltak._model import (
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
    Principal,
    ReportingLine,
    Responsible,
    ReturnToWork,
    Revision,
    Subject,
    Target,
)
from tiltak._time._dates import PartialDate, Period
from tiltak._time._schedule import Schedule

__all__ = ["AS_OF", "make_goal", "make_measure", "make_plan"]

AS_OF = dt.date(2024, 6, 1)
"""The date the factories' plans are current on: checked as of this day they find nothing."""


def make_goal(**overrides: Any) -> Goal:
    """A measurable goal (``G1``, with a target and a date); ``overrides`` replace fields.

    >>> make_goal(id="G2", text="Færre fall").id
    'G2'
    """
    fields: dict[str, Any] = {
        "id": "G1",
        "text": "Færre fallulykker blant beboerne",
        "target": Target(measure="Registrerte fall per måned", value="under 3", due="2024-12"),
    }
    return Goal(**{**fields, **overrides})


def make_measure(**overrides: Any) -> Measure:
    """A measure (``M1``) that serves ``G1``, with a responsible, a deadline and a description.

    >>> make_measure(deadline="2024-10").deadline.isoformat()
    '2024-10'
    """
    fields: dict[str, Any] = {
        "id": "M1",
        "title": "Fallforebyggende trening",
        "description": "Beboerne trener balanse og styrke to ganger i uka.",
        "how": "Fysioterapeuten leder treningen i fellesstua.",
        "goals": ("G1",),
        "responsible": Responsible(
            name="Kari Nordmann",
            role="Fysioterapeut",
            email="kari.nordmann@example.org",
            phone="+47 912 34 567",
        ),
        "deadline": "2024-09",
        "order": 1,
        "effort": "ordinary",
        "follow_ups": (FollowUp(date=dt.date(2024, 3, 1), colour="green"),),
    }
    return Measure(**{**fields, **overrides})


def _common(kind: PlanKind) -> dict[str, Any]:
    return {
        "kind": kind,
        "id": f"example-{kind.value}",
        "title": "Trygg hverdag på Solsiden",
        "status": "active",
        "period": Period(start="2024-01-01", end="2024-12-31"),
        "created": dt.date(2024, 1, 2),
        "owner": "Solsiden omsorgssenter",
        "goals": (make_goal(),),
        "measures": (make_measure(),),
        "follow_up": FollowUpRoutine(
            dates=(PartialDate(year=2024, month=9, day=1),), method="Gjennomgang i styringsgruppa"
        ),
        "follow_ups": (FollowUp(date=dt.date(2024, 3, 1), note="Arbeidet er i rute"),),
        "revisions": (Revision(due="2024-11"),),
    }


def _action_plan() -> dict[str, Any]:
    return {
        "background": "Tre fallulykker i fjor vinter, alle om natta.",
        "resources": "To fysioterapeuter, 40 000 kroner til utstyr.",
        "documentation": "Treningen føres i journalen etter hver økt.",
        "causes": (Cause(id="1", text="Dårlig lys i gangene om natta"),),
        "measures": (
            make_measure(causes=("1",)),
            make_measure(
                id="M2",
                title="Nattlys i gangene",
                description="Nattlys monteres i alle ganger.",
                causes=("1",),
                order=2,
                effort="one_off",
            ),
        ),
        "adoption": Adoption(date=dt.date(2024, 1, 10), by="Styringsgruppa"),
    }


def _implementation_plan() -> dict[str, Any]:
    return {
        "title": "Genomförandeplan, hemtjänst",
        "decision": Decision(reference="Dnr 2024/15", date=dt.date(2023, 12, 20)),
        "goals": (make_goal(text="Klara morgonrutinen hemma", origin="decision"),),
        "measures": (
            make_measure(title="Hjälp med morgonrutinen", how="Besök varje morgon kl. 8."),
        ),
        "cooperation": Cooperation(description="Veckovis kontakt med distriktssköterskan."),
        "participation": Participation(took_part=True, how="Valde tiderna för besöken."),
        "participants": (Participant(role="Kontaktman", party="provider"),),
        "adoption": Adoption(date=dt.date(2024, 1, 10)),
    }


def _individual_plan() -> dict[str, Any]:
    return {
        "title": "Individuell plan",
        "subject": Subject(name="Ola Nordmann", birth_date=dt.date(2002, 5, 17)),
        "resources": "God på data; en familie som støtter ham.",
        "needs": "Hjelp til å finne arbeid og til å reise alene.",
        "consent": Consent(date=dt.date(2024, 1, 3), information_sharing=True, given_by="user"),
        "coordinator": Responsible(
            name="Per Hansen", role="Koordinator", email="per.hansen@example.org"
        ),
        "goals": (make_goal(text="Få en jobb jeg liker", origin="user"),),
        "measures": (make_measure(scope="To økter à 45 minutter i uka"),),
        "participants": (
            Participant(role="Fysioterapeut", party="provider", contribution="Trening"),
            Participant(role="NAV-veileder", party="provider", contribution="Arbeidsutprøving"),
        ),
        "cooperation": Cooperation(description="NAV og skolen møtes hver måned."),
    }


def _coordinated_plan() -> dict[str, Any]:
    return {
        "title": "Samordnad individuell plan",
        "consent": Consent(date=dt.date(2024, 1, 3)),
        "principals": (
            Principal(id="K", name="Kommunen", overall_responsibility=True),
            Principal(id="R", name="Regionen"),
        ),
        "goals": (make_goal(text="Bo i egen lägenhet", origin="user"),),
        "measures": (
            make_measure(title="Boendestöd", principal="K", party="principal"),
            make_measure(
                id="M2",
                title="Besök av familjen",
                description="Familjen besöker varje söndag.",
                party="next_of_kin",
                order=2,
            ),
        ),
    }


def _operational_plan() -> dict[str, Any]:
    monthly = Schedule(start=dt.date(2024, 1, 31), rule="FREQ=MONTHLY")
    # Each goal with a target is followed up, as a virksomhetsplan's goals are (F001).
    followed = (FollowUp(date=dt.date(2024, 5, 15), colour="green"),)
    return {
        "title": "Virksomhetsplan 2024-2027",
        "period": Period(start="2024", end="2027"),
        "goal_areas": (
            GoalArea(id="1", title="Kompetanse", purpose="Heve kompetansen i tjenesten."),
            GoalArea(id="2", title="Samarbeid", purpose="Samarbeide godt med brukerne."),
        ),
        "goals": (
            make_goal(
                id="TT 1.1", text="Flere med fagbrev", area="1", level="TT", follow_ups=followed
            ),
            make_goal(
                id="Avd 1.1",
                text="Nyansatte får fadder",
                area="1",
                level="Avd",
                parent="TT 1.1",
                follow_ups=followed,
            ),
            make_goal(
                id="TT 2.1", text="Et levende brukerråd", area="2", level="TT", follow_ups=followed
            ),
        ),
        "measures": (
            make_measure(title="Rekrutteringskampanje", goals=("Avd 1.1",)),
            make_measure(
                id="M2",
                title="Brukerråd hvert kvartal",
                description="Brukerrådet møtes fire ganger i året.",
                goals=("TT 2.1",),
                order=2,
            ),
        ),
        "follow_up": None,
        "follow_ups": (),
        "revisions": (Revision(due="2025", main=True),),
        "reporting": (
            ReportingLine(
                reporter="Teamledere",
                recipient="Avdelingsledere",
                schedule=monthly,
                reports=(DeliveredReport(date=dt.date(2024, 5, 31), by="Teamledere"),),
            ),
        ),
    }


def _return_to_work_plan() -> dict[str, Any]:
    return {
        "title": "Oppfølgingsplan",
        "jurisdiction": "no",
        "period": Period(start="2024-01-08", end="2024-12-31"),
        "created": dt.date(2024, 1, 30),
        "return_to_work": ReturnToWork(
            first_day_of_absence=dt.date(2024, 1, 8),
            absence="full",
            tasks_and_capacity="Kan gjøre kontorarbeid fire timer om dagen.",
            sent_to_doctor=dt.date(2024, 2, 1),
            sent_to_nav=dt.date(2024, 5, 20),
            dialogue_meetings=(
                DialogueMeeting(number=1, date=dt.date(2024, 2, 20), doctor_took_part=True),
                DialogueMeeting(number=2, date=dt.date(2024, 5, 30)),
            ),
        ),
        "goals": (make_goal(text="Tilbake i full jobb innen september"),),
        "measures": (
            make_measure(title="Tilrettelagte oppgaver", party="employer"),
            make_measure(
                id="M2",
                title="Arbeidsrettet aktivitet fra NAV",
                description="NAV gir tilskudd til arbeidsutprøving.",
                party="authority",
                order=2,
            ),
        ),
        "participation": Participation(took_part=True, how="Skrev planen sammen med lederen."),
    }


def _results_plan() -> dict[str, Any]:
    def goal(n: int, part: str, text: str, value: str) -> Goal:
        return make_goal(
            id=f"G{n}", part=part, text=text, target=Target(value=value, due="2024-12")
        )

    return {
        "title": "Resultat- og utviklingsplan 2024, Tilrettelagte tjenester",
        "goals": (
            goal(1, "unit_results", "Drift innenfor budsjett", "Avvik under 1 %"),
            goal(2, "unit_development", "Velferdsteknologi i alle boliger", "6 av 6 boliger"),
            goal(3, "leader_results", "Sykefravær ned", "Under 8 %"),
            goal(4, "leader_development", "Lederutdanning", "Fullført modul 1"),
        ),
        "measures": (
            make_measure(goals=("G1", "G2")),
            make_measure(
                id="M2",
                title="Månedlig oppfølging fra kommunalsjefen",
                goals=("G3", "G4"),
                party="management",
                order=2,
            ),
        ),
    }


_KINDS: dict[PlanKind, Callable[[], dict[str, Any]]] = {
    PlanKind.ACTION_PLAN: _action_plan,
    PlanKind.IMPLEMENTATION_PLAN: _implementation_plan,
    PlanKind.INDIVIDUAL_PLAN: _individual_plan,
    PlanKind.COORDINATED_PLAN: _coordinated_plan,
    PlanKind.OPERATIONAL_PLAN: _operational_plan,
    PlanKind.RETURN_TO_WORK_PLAN: _return_to_work_plan,
    PlanKind.RESULTS_PLAN: _results_plan,
}


def make_plan(kind: PlanKind | str, **overrides: Any) -> Plan:
    """A complete plan of ``kind`` with no error finding; ``overrides`` replace its fields.

    >>> plan = make_plan("action_plan", title="Trygg skolevei")
    >>> plan.title, len(plan.measures)
    ('Trygg skolevei', 2)
    >>> make_plan("individual_plan", coordinator=None).coordinator is None
    True
    """
    plan_kind = enum_value(PlanKind, kind)
    fields = {**_common(plan_kind), **_KINDS[plan_kind]()}
    return attrs.evolve(Plan(**fields), **overrides)
