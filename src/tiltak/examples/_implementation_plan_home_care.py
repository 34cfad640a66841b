"""Genomförandeplan (sv) for a home-care decision under the Social Services Act (SoL).

It carries every part the source lists: the goals of the intervention according to the
committee's decision, the activities at the provider, who there is responsible for each, when
and how each is carried out, the cooperation with the committee and other principals, whether
the service user took part and how their views and wishes were considered, and when and how
the plan is followed up; with the date it was adopted (fastställd) and who else took part.
The user, the municipality and every person are fictitious.

The plan is shown as it stood on 15 October 2024: everything that had fallen due by then is
recorded.
"""

# ruff: noqa: RUF001 - Swedish text uses the en dash of its typography

from __future__ import annotations

import datetime as dt

from tiltak._enums import GoalOrigin, Party, PlanKind, PlanStatus, StatusColour
from tiltak._model import (
    Adoption,
    Cooperation,
    Decision,
    FollowUp,
    FollowUpRoutine,
    Goal,
    Measure,
    Participant,
    Participation,
    Plan,
    Responsible,
    Subject,
    Target,
)
from tiltak._time._dates import Period
from tiltak._time._schedule import Schedule

__all__ = ["build"]

_START = dt.date(2024, 3, 18)
_UNTIL = "UNTIL=20250331"
_PROVIDER = "Hemtjänsten Norra, Exempelstads kommun"

_CONTACT = Responsible(
    name="Anna Andersson",
    role="Undersköterska, kontaktperson",
    organisation=_PROVIDER,
    email="anna.andersson@example.se",
    phone="+46 70 000 00 11",
)
_TEAM_LEADER = Responsible(
    name="Erik Exempel",
    role="Gruppledare",
    organisation=_PROVIDER,
    email="erik.exempel@example.se",
    phone="+46 70 000 00 12",
)
_NIGHT = Responsible(
    name="Fatima Exempel",
    role="Enhetschef, nattpatrullen",
    organisation="Hemtjänsten natt, Exempelstads kommun",
    email="fatima.exempel@example.se",
    phone="+46 70 000 00 13",
)


def build() -> Plan:
    """The genomförandeplan for a home-care decision."""
    return Plan(
        kind=PlanKind.IMPLEMENTATION_PLAN,
        id="implementation_plan_home_care",
        title="Genomförandeplan: hemtjänst",
        status=PlanStatus.ACTIVE,
        period=Period(start=_START, end="2025-03-31"),
        created=dt.date(2024, 3, 15),
        owner=_PROVIDER,
        subject=Subject(name="Sven Svensson", birth_date=dt.date(1938, 11, 2)),
        decision=Decision(
            reference="VON 2024/0317",
            date=dt.date(2024, 3, 5),
            by="Vård- och omsorgsnämnden, Exempelstads kommun",
            description=(
                "Bistånd i form av hemtjänst enligt 4 kap. 1 § socialtjänstlagen: personlig "
                "omvårdnad morgon och kväll med dusch två gånger i veckan, inköp en gång i "
                "veckan, städning varannan vecka och trygghetslarm. Beslutet gäller till och "
                "med den 31 mars 2025."
            ),
        ),
        background=(
            "Sven bor ensam i en lägenhet på andra våningen med hiss. Efter en stroke i "
            "januari går han med rullator och har svårt att använda vänster hand."
        ),
        goals=(
            Goal(
                id="1",
                text=(
                    "Sven kan bo kvar i sitt hem och få sina grundläggande behov tillgodosedda "
                    "(skälig levnadsnivå)."
                ),
                origin=GoalOrigin.DECISION,
                target=Target(
                    measure="Bor kvar hemma med hemtjänstens stöd",
                    value="Bor kvar hemma hela beslutsperioden",
                    due="2025-03-31",
                ),
            ),
            Goal(
                id="2",
                text="Sven känner sig trygg i sitt hem, även på natten.",
                origin=GoalOrigin.DECISION,
                target=Target(
                    measure="Svens egen bedömning vid uppföljningen, och tid till larmbesök",
                    value="Känner sig trygg; larm besvaras på plats inom 30 minuter",
                    due="2024-09-30",
                ),
            ),
            Goal(
                id="3",
                text="Jag vill kunna gå till affären själv ibland.",
                origin=GoalOrigin.USER,
                target=Target(
                    measure="Följer med vid inköpen",
                    value="Går med till affären minst varannan vecka",
                    due="2024-09",
                ),
            ),
        ),
        measures=_activities(),
        cooperation=Cooperation(
            description=(
                "Kontaktpersonen meddelar biståndshandläggaren på vård- och omsorgsnämnden när "
                "Svens behov ändras; nämnden följer upp beslutet. Läkemedel och sårvård sköts "
                "av distriktssköterskan på Exempelstads vårdcentral (regionen), som "
                "kontaktpersonen kontaktar vid förändringar i hälsotillståndet. Dottern sköter "
                "ekonomin och kontakten med banken."
            )
        ),
        participation=Participation(
            took_part=True,
            how=(
                "Sven deltog i planeringsmötet den 15 mars 2024 tillsammans med sin dotter. Han "
                "ville duscha på kvällen i stället för på morgonen och själv skriva "
                "inköpslistan; båda önskemålen har tagits med i planen."
            ),
        ),
        participants=(
            Participant(
                name="Sven Svensson",
                role="Brukare",
                party=Party.USER,
                contribution="Berättade hur han vill ha hjälpen och vad han klarar själv.",
            ),
            Participant(
                role="Dotter",
                party=Party.NEXT_OF_KIN,
                contribution="Deltog i planeringen på Svens önskan; sköter hans ekonomi.",
            ),
            Participant(
                name=_CONTACT.name,
                role=_CONTACT.role,
                organisation=_PROVIDER,
                party=Party.PROVIDER,
                contribution="Skrev planen tillsammans med Sven och ansvarar för den.",
                email=_CONTACT.email,
                phone=_CONTACT.phone,
            ),
            Participant(
                name=_TEAM_LEADER.name,
                role=_TEAM_LEADER.role,
                organisation=_PROVIDER,
                party=Party.PROVIDER,
                contribution="Planerar personalens besök efter planen.",
                email=_TEAM_LEADER.email,
                phone=_TEAM_LEADER.phone,
            ),
        ),
        adoption=Adoption(
            date=_START,
            by="Sven Svensson och kontaktpersonen; godkänd av enhetschefen",
        ),
        follow_up=FollowUpRoutine(
            schedule=Schedule(
                start=dt.date(2024, 9, 18), rule=f"FREQ=MONTHLY;INTERVAL=6;{_UNTIL}"
            ),
            method=(
                "Kontaktpersonen och Sven går igenom varje aktivitet och målen, och planen "
                "uppdateras. Behöver insatsen ändras meddelas biståndshandläggaren."
            ),
        ),
        follow_ups=(
            FollowUp(
                date=dt.date(2024, 9, 18),
                colour=StatusColour.GREEN,
                note=(
                    "Uppföljt med Sven och dottern. Insatserna fungerar; inköpen flyttades till "
                    "torsdagar."
                ),
                by="Kontaktpersonen",
            ),
        ),
    )


def _activities() -> tuple[Measure, ...]:
    return (
        Measure(
            id="1",
            title="Morgonhjälp",
            description="Hjälp att stiga upp, klä på sig och äta frukost.",
            how=(
                "Personalen kommer kl. 07.30–08.00. Sven gör själv det han klarar; personalen "
                "hjälper med strumpor och skor och gör i ordning frukosten tillsammans med honom."
            ),
            scope="30 minuter varje morgon",
            goals=("1",),
            responsible=_CONTACT,
            party=Party.PROVIDER,
            schedule=Schedule(start=_START, rule=f"FREQ=DAILY;{_UNTIL}"),
        ),
        Measure(
            id="2",
            title="Kvällshjälp",
            description="Hjälp med kvällsmål, kvällstoalett och att gå till sängs.",
            how=(
                "Personalen kommer kl. 21.00–21.30, kontrollerar att trygghetslarmet sitter på "
                "armen och att ytterdörren är låst."
            ),
            scope="30 minuter varje kväll",
            goals=("1", "2"),
            responsible=_CONTACT,
            party=Party.PROVIDER,
            schedule=Schedule(start=_START, rule=f"FREQ=DAILY;{_UNTIL}"),
        ),
        Measure(
            id="3",
            title="Dusch",
            description="Hjälp med dusch och hårtvätt.",
            how=(
                "Tisdag och fredag kväll i stället för morgonen, som Sven önskar. Han sitter på "
                "duschpallen och tvättar sig själv så långt han kan."
            ),
            scope="45 minuter två gånger i veckan",
            goals=("1",),
            responsible=_CONTACT,
            party=Party.PROVIDER,
            schedule=Schedule(start=_START, rule=f"FREQ=WEEKLY;BYDAY=TU,FR;{_UNTIL}"),
        ),
        Measure(
            id="4",
            title="Inköp",
            description="Inköp av mat och hushållsvaror en gång i veckan.",
            how=(
                "Sven skriver inköpslistan själv. Varannan vecka följer han med till affären "
                "med rullator; de andra veckorna handlar personalen åt honom."
            ),
            scope="En gång i veckan",
            goals=("1", "3"),
            responsible=_TEAM_LEADER,
            party=Party.PROVIDER,
            schedule=Schedule(start=_START, rule=f"FREQ=WEEKLY;BYDAY=TH;{_UNTIL}"),
        ),
        Measure(
            id="5",
            title="Städning",
            description="Städning av lägenheten: dammsugning, våttorkning, badrum och kök.",
            how="Personalen städar måndag förmiddag; Sven torkar själv av köksbordet.",
            scope="Två timmar varannan vecka",
            goals=("1",),
            responsible=_TEAM_LEADER,
            party=Party.PROVIDER,
            schedule=Schedule(start=_START, rule=f"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;{_UNTIL}"),
        ),
        Measure(
            id="6",
            title="Trygghetslarm",
            description="Larmet besvaras dygnet runt.",
            how=(
                "Larmcentralen tar emot larmet och pratar med Sven; behövs det, åker "
                "nattpatrullen eller dagpersonalen hem till honom inom 30 minuter."
            ),
            scope="Dygnet runt",
            goals=("2",),
            responsible=_NIGHT,
            party=Party.PROVIDER,
            period=Period(start=_START, end="2025-03-31"),
        ),
    )
