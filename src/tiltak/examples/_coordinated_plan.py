"""Samordnad individuell plan, SIP (sv): social services and health care together.

It states what the law asks of a SIP: the user's consent; the interventions needed; which of
them each principal (the municipality, the region) answers for; the measure taken by someone
other than the principals (Försäkringskassan), marked as such with no principal; and which
principal has the overall responsibility (exactly one). The goals are in the user's own
words. The person and every contact are fictitious.

The plan is shown as it stood on 15 October 2024: everything that had fallen due by then is
recorded.
"""

from __future__ import annotations

import datetime as dt

from tiltak._enums import GoalOrigin, Party, PlanKind, PlanStatus, StatusColour
from tiltak._model import (
    Consent,
    Cooperation,
    FollowUp,
    FollowUpRoutine,
    Goal,
    Measure,
    Participant,
    Participation,
    Plan,
    Principal,
    Responsible,
    Revision,
    Subject,
    Target,
)
from tiltak._time._dates import Period
from tiltak._time._schedule import Schedule

__all__ = ["build"]

_START = dt.date(2024, 4, 10)
_UNTIL = "UNTIL=20250410"

_COORDINATOR = Responsible(
    name="Maria Exempel",
    role="Socialsekreterare, SIP-samordnare",
    organisation="Socialtjänsten, Exempelstads kommun",
    email="maria.exempel@example.se",
    phone="+46 70 000 00 21",
)
_HOME_SUPPORT = Responsible(
    name="Ali Exempel",
    role="Boendestödjare",
    organisation="Socialtjänsten, Exempelstads kommun",
    email="ali.exempel@example.se",
    phone="+46 70 000 00 22",
)
_PSYCHIATRY = Responsible(
    name="Ingrid Exempel",
    role="Sjuksköterska, fast vårdkontakt",
    organisation="Vuxenpsykiatriska mottagningen, Region Exempellän",
    email="ingrid.exempel@example.se",
    phone="+46 70 000 00 23",
)
_PSYCHOLOGIST = Responsible(
    name="Olof Exempel",
    role="Psykolog",
    organisation="Vuxenpsykiatriska mottagningen, Region Exempellän",
    email="olof.exempel@example.se",
    phone="+46 70 000 00 24",
)
_WORK = Responsible(
    name="Leila Exempel",
    role="Arbetskonsulent",
    organisation="Arbetsmarknadsenheten, Exempelstads kommun",
    email="leila.exempel@example.se",
    phone="+46 70 000 00 25",
)
_INSURANCE = Responsible(
    name="Per Exempel",
    role="Handläggare",
    organisation="Försäkringskassan",
    email="per.exempel@example.se",
    phone="+46 70 000 00 26",
)


def build() -> Plan:
    """The SIP for a young woman who needs both social services and psychiatric care."""
    return Plan(
        kind=PlanKind.COORDINATED_PLAN,
        id="coordinated_plan",
        title="Samordnad individuell plan (SIP)",
        status=PlanStatus.ACTIVE,
        period=Period(start=_START, end="2025-04-10"),
        created=_START,
        owner="Exempelstads kommun och Region Exempellän",
        subject=Subject(name="Lisa Svensson", birth_date=dt.date(1994, 6, 20)),
        background=(
            "Lisa är 30 år och har ADHD och återkommande depressioner. Hon har varit "
            "sjukskriven i ett år och har svårt att få vardagen att fungera: räkningar blir "
            "liggande och hon sover dåligt. Hon har kontakt med både socialtjänsten och "
            "vuxenpsykiatrin och vill att de samarbetar."
        ),
        resources=(
            "Lisa vet vad hon vill och har arbetat i butik i fem år. Hennes mamma bor i "
            "staden och hjälper henne gärna. Hon tycker om att laga mat och att promenera med "
            "sin hund."
        ),
        needs=(
            "Stöd i vardagen med ekonomi, mat och dygnsrytm; psykiatrisk behandling och "
            "uppföljning av läkemedel; något meningsfullt att göra på dagarna, med möjlighet "
            "att pröva arbete; samordning av ersättning och rehabilitering."
        ),
        goals=(
            Goal(
                id="1",
                text="Jag vill klara min vardag själv: betala räkningar, handla och laga mat.",
                origin=GoalOrigin.USER,
                target=Target(
                    measure="Räkningar betalda i tid",
                    value="Alla räkningar betalda i tid tre månader i rad",
                    due="2024-12-31",
                ),
            ),
            Goal(
                id="2",
                text="Jag vill må bättre och sova bättre.",
                origin=GoalOrigin.USER,
                target=Target(
                    measure="Egen skattning av måendet och sömndagbok",
                    value="Bättre skattning än vid start; sover minst sex timmar de flesta nätter",
                    due="2024-10-31",
                ),
            ),
            Goal(
                id="3",
                text="Jag vill ha något meningsfullt att göra på dagarna, och på sikt ett jobb.",
                origin=GoalOrigin.USER,
                target=Target(
                    measure="Arbetsträning",
                    value="Arbetstränar minst 50 procent",
                    due="2025-03",
                ),
            ),
        ),
        measures=_measures(),
        consent=Consent(given=True, date=dt.date(2024, 4, 2), information_sharing=True),
        participation=Participation(
            took_part=True,
            how=(
                "Lisa ledde själv en del av SIP-mötet och formulerade målen med egna ord. Hon "
                "ville att mamma skulle vara med, och att boendestödet inte kommer före kl. 10; "
                "båda önskemålen har tagits med."
            ),
        ),
        participants=(
            Participant(
                name="Lisa Svensson",
                role="Den enskilde",
                party=Party.USER,
                contribution="Formulerade målen och gör själv det hon klarar i vardagen.",
            ),
            Participant(
                role="Mamma",
                party=Party.NEXT_OF_KIN,
                contribution="Stöttar Lisa att hålla veckoplanen och följer med på möten.",
            ),
            _participant(_COORDINATOR, "Samordnar planen och kallar till möten (kommunen)."),
            _participant(_HOME_SUPPORT, "Boendestöd två gånger i veckan (kommunen)."),
            _participant(_PSYCHIATRY, "Behandling och läkemedelsuppföljning (regionen)."),
            _participant(_WORK, "Arbetsträning (kommunen)."),
            Participant(
                name=_INSURANCE.name,
                role=_INSURANCE.role,
                organisation=_INSURANCE.organisation,
                party=Party.AUTHORITY,
                contribution="Sjukpenning och samordning av rehabiliteringen.",
                email=_INSURANCE.email,
                phone=_INSURANCE.phone,
            ),
        ),
        coordinator=_COORDINATOR,
        principals=(
            Principal(
                id="kommun",
                name="Exempelstads kommun, socialtjänsten",
                overall_responsibility=True,
            ),
            Principal(id="region", name="Region Exempellän, vuxenpsykiatrin"),
        ),
        cooperation=Cooperation(
            description=(
                "SIP-samordnaren i kommunen kallar till uppföljningsmöten. Vuxenpsykiatrin och "
                "socialtjänsten informerar varandra om förändringar mellan mötena, med Lisas "
                "samtycke. Försäkringskassan bjuds in till avstämningsmöten."
            )
        ),
        revisions=(
            Revision(
                due="2025-04-10",
                note="Ny SIP eller avslut, beroende på Lisas behov och önskemål.",
            ),
        ),
        follow_up=FollowUpRoutine(
            schedule=Schedule(
                start=dt.date(2024, 7, 10), rule=f"FREQ=MONTHLY;INTERVAL=3;{_UNTIL}"
            ),
            method=(
                "SIP-uppföljningsmöte med Lisa och alla parter: målen och insatserna gås igenom "
                "och planen uppdateras."
            ),
        ),
        follow_ups=(
            FollowUp(
                date=dt.date(2024, 7, 10),
                colour=StatusColour.GREEN,
                note="Boendestöd och behandling i gång; räkningarna betalda i tid i juni.",
                by="SIP-uppföljningsmöte",
            ),
            FollowUp(
                date=dt.date(2024, 10, 10),
                colour=StatusColour.YELLOW,
                note=(
                    "Arbetsträningen har börjat på 25 procent; sömnen är fortfarande dålig och "
                    "behandlingen ses över."
                ),
                by="SIP-uppföljningsmöte",
            ),
        ),
    )


def _participant(who: Responsible, contribution: str) -> Participant:
    return Participant(
        name=who.name,
        role=who.role,
        organisation=who.organisation,
        party=Party.PRINCIPAL,
        contribution=contribution,
        email=who.email,
        phone=who.phone,
    )


def _measures() -> tuple[Measure, ...]:
    return (
        Measure(
            id="1",
            title="Boendestöd",
            description=(
                "Stöd i hemmet med veckoplanering, post och räkningar, inköp och matlagning."
            ),
            how=(
                "Boendestödjaren och Lisa gör en veckoplan tillsammans, går igenom posten och "
                "betalar räkningarna. Lisa gör själv det hon kan. Besöken börjar tidigast kl. 10."
            ),
            scope="Två besök à två timmar i veckan",
            goals=("1",),
            responsible=_HOME_SUPPORT,
            principal="kommun",
            party=Party.PRINCIPAL,
            schedule=Schedule(start=_START, rule=f"FREQ=WEEKLY;BYDAY=MO,TH;{_UNTIL}"),
        ),
        Measure(
            id="2",
            title="Psykiatrisk behandling och läkemedelsuppföljning",
            description="Behandling av depressionen och ADHD, med uppföljning av läkemedlen.",
            how=(
                "Besök hos den fasta vårdkontakten varje månad och hos läkaren varje kvartal; "
                "Lisa för sömndagbok och skattar sitt mående inför besöken."
            ),
            scope="Ett besök i månaden",
            goals=("2",),
            responsible=_PSYCHIATRY,
            principal="region",
            party=Party.PRINCIPAL,
            schedule=Schedule(start=dt.date(2024, 4, 17), rule=f"FREQ=MONTHLY;{_UNTIL}"),
        ),
        Measure(
            id="3",
            title="KBT för sömn och nedstämdhet",
            description="Kognitiv beteendeterapi med inriktning på sömn och nedstämdhet.",
            how="Individuella samtal hos psykolog på mottagningen, med hemuppgifter.",
            scope="Tolv samtal, ett i veckan",
            goals=("2",),
            responsible=_PSYCHOLOGIST,
            principal="region",
            party=Party.PRINCIPAL,
            schedule=Schedule(start=dt.date(2024, 5, 8), rule="FREQ=WEEKLY;BYDAY=WE;COUNT=12"),
        ),
        Measure(
            id="4",
            title="Arbetsträning",
            description="Arbetsträning i kommunens secondhandbutik, med stegvis ökad tid.",
            how=(
                "Arbetskonsulenten introducerar Lisa på arbetsplatsen och följer upp varje "
                "vecka. Hon börjar med 25 procent och ökar när hon och konsulenten är överens."
            ),
            scope="25 procent från september, 50 procent från januari",
            goals=("3",),
            responsible=_WORK,
            principal="kommun",
            party=Party.PRINCIPAL,
            period=Period(start="2024-09-02", end="2025-03-31"),
        ),
        Measure(
            id="5",
            title="Sjukpenning och samordning av rehabiliteringen",
            description=(
                "Åtgärd av annan än huvudmännen: Försäkringskassan bedömer rätten till "
                "sjukpenning och samordnar rehabiliteringen vid ett avstämningsmöte."
            ),
            how=(
                "Handläggaren kallar Lisa, arbetskonsulenten och den fasta vårdkontakten till "
                "avstämningsmöte innan arbetsträningen börjar."
            ),
            scope="Ett avstämningsmöte, sedan vid behov",
            goals=("3",),
            responsible=_INSURANCE,
            party=Party.AUTHORITY,
            deadline="2024-08-30",
            completed=dt.date(2024, 8, 27),
        ),
    )
