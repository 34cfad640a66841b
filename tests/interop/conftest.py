"""Plans that exercise every element the interoperability exports map."""

from __future__ import annotations

import datetime as dt

import pytest

from tiltak import (
    Adoption,
    Cause,
    Consent,
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalArea,
    Measure,
    PartialDate,
    Participant,
    Period,
    Plan,
    ReportingLine,
    Responsible,
    Revision,
    Schedule,
    Subject,
    Target,
)


def rich_plan() -> Plan:
    """An individual plan with every part the exports know about."""
    return Plan(
        kind="individual_plan",
        id="IP-2024-7",
        title="Individuell plan for Ola",
        status="active",
        period=Period(start="2024-01-15", end="2025"),
        created=dt.date(2024, 1, 10),
        owner="Tjenestekontoret",
        subject=Subject(name="Ola Nordmann", birth_date=dt.date(2002, 5, 1)),
        purpose="Koordinerte tjenester for å bo i egen leilighet",
        background="Ola har cerebral parese.",
        resources="Familien bor i nærheten.",
        needs="Hjelp til måltider.",
        causes=(Cause(id="1", text="Lite hjelp om kvelden"),),
        goal_areas=(GoalArea(id="1", title="Bolig"),),
        goals=(
            Goal(
                id="1",
                text="Bo i egen leilighet",
                origin="user",
                area="1",
                target=Target(measure="netter i leiligheten", value="7 per uke", due="2024-12"),
                period=Period(start="2024-02"),
            ),
            Goal(id="2", text="Delta i arbeid", target=Target(value="3 dager")),
            Goal(id="3"),
        ),
        measures=(
            Measure(
                id="M1",
                title="Praktisk bistand",
                description="Hjelp til matlaging på kveldstid",
                how="Besøk hver kveld",
                goals=("1",),
                responsible=Responsible(name="Kari Hansen", role="miljøterapeut"),
                deadline="2024-06",
                follow_ups=(
                    FollowUp(date=dt.date(2024, 3, 1), colour="yellow", note="Delvis", by="Kari"),
                    FollowUp(date=dt.date(2024, 5, 2), colour="green"),
                ),
            ),
            Measure(
                id="M2",
                title="Fysioterapi",
                goals=("1", "2"),
                schedule=Schedule(start=dt.date(2024, 1, 31), rule="FREQ=MONTHLY"),
                follow_ups=(FollowUp(date=dt.date(2024, 4, 2), colour="red"),),
            ),
            Measure(
                id="M3",
                description="Arbeidstrening",
                goals=("2", "9"),
                period=Period(start="2024-03-01", end="2024-09-30"),
                completed=dt.date(2024, 9, 1),
            ),
        ),
        consent=Consent(date=dt.date(2024, 1, 10), information_sharing=True),
        participants=(
            Participant(name="Ola Nordmann", party="user", contribution="Egne mål"),
            Participant(role="fysioterapeut", organisation="Kommunen", party="provider"),
        ),
        coordinator=Responsible(name="Per Berg", role="koordinator", email="per@example.org"),
        adoption=Adoption(date=dt.date(2024, 1, 12), by="Tjenestekontoret"),
        revisions=(Revision(due="2024-06"), Revision(due="2025", main=True)),
        reporting=(
            ReportingLine(
                reporter="Teamleder",
                recipient="Avdelingsleder",
                schedule=Schedule(start=dt.date(2024, 1, 31), rule="FREQ=MONTHLY;INTERVAL=4"),
            ),
        ),
        follow_up=FollowUpRoutine(
            schedule=Schedule(start=dt.date(2024, 3, 1), rule="FREQ=MONTHLY;INTERVAL=3"),
            dates=(PartialDate.parse("2024-12"),),
            method="Møte med Ola",
        ),
        extensions={"kommune": {"nr": "0301"}},
    )


def bare_plan() -> Plan:
    """A plan with nothing but its kind."""
    return Plan(kind="action_plan")


def _named_plans() -> list[tuple[str, Plan]]:
    own = [("rich", rich_plan()), ("bare", bare_plan())]
    from tiltak import examples

    return own + [(name, examples.load(name)) for name in examples.names()]


NAMED_PLANS = _named_plans()


@pytest.fixture(params=[plan for _, plan in NAMED_PLANS], ids=[name for name, _ in NAMED_PLANS])
def plan(request: pytest.FixtureRequest) -> Plan:
    """Each example plan, and the plans above."""
    result: Plan = request.param
    return result


@pytest.fixture
def rich() -> Plan:
    """The plan with every part the exports know about."""
    return rich_plan()
