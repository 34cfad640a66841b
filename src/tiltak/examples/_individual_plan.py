"""Individuell plan (nb): the young man with cerebral palsy of the worked example.

The source describes a 22-year-old man with cerebral palsy who needs help with getting up,
meals, personal hygiene and going to bed, would gain from a support contact, a
physiotherapist, a speech therapist and NAV, and whose parents are resource persons if he
agrees. The name, the people around him and all contact details are fictitious.

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
    Responsible,
    Revision,
    Subject,
    Target,
)
from tiltak._time._dates import Period
from tiltak._time._schedule import Schedule

__all__ = ["build"]

_START = dt.date(2024, 2, 1)
_UNTIL = "UNTIL=20250131"

_HOME_CARE = Responsible(
    role="Avdelingsleder",
    organisation="Hjemmetjenesten, Eksempel kommune",
    email="hjemmetjenesten@example.no",
    phone="+47 400 00 002",
)
_COORDINATOR = Responsible(
    name="Hanne Eksempel",
    role="Koordinator",
    organisation="Koordinerende enhet, Eksempel kommune",
    email="koordinerende.enhet@example.no",
    phone="+47 400 00 001",
)
_PHYSIO = Responsible(
    role="Fysioterapeut",
    organisation="Fysio- og ergoterapitjenesten, Eksempel kommune",
    email="fysioterapi@example.no",
    phone="+47 400 00 003",
)
_SPEECH = Responsible(
    role="Logoped",
    organisation="Logopedtjenesten, Eksempel kommune",
    email="logoped@example.no",
    phone="+47 400 00 004",
)
_NAV = Responsible(
    role="Veileder",
    organisation="NAV Eksempel",
    email="nav.eksempel@example.no",
    phone="+47 400 00 005",
)
_SUPPORT = Responsible(
    role="Konsulent for støttekontakter",
    organisation="Miljøtjenesten, Eksempel kommune",
    email="miljotjenesten@example.no",
    phone="+47 400 00 006",
)


def _daily(start: dt.date = _START) -> Schedule:
    return Schedule(start=start, rule=f"FREQ=DAILY;{_UNTIL}")


def build() -> Plan:
    """The individuell plan of the worked example."""
    return Plan(
        kind=PlanKind.INDIVIDUAL_PLAN,
        id="individual_plan",
        title="Individuell plan",
        status=PlanStatus.ACTIVE,
        period=Period(start=_START, end=dt.date(2025, 1, 31)),
        created=dt.date(2024, 1, 15),
        owner="Helse og omsorg, Eksempel kommune",
        subject=Subject(name="Ola Nordmann", birth_date=dt.date(2001, 9, 14)),
        background=(
            "Ola er 22 år og har cerebral parese (CP). Han har få venner og faller ofte utenfor "
            "i sosiale situasjoner. På grunn av redusert kontroll over motoriske bevegelser "
            "trenger han hjelp med oppgaver som av- og påkledning, personlig hygiene og "
            "måltider. Han har dårlig språkforståelse, men er flink til å uttrykke seg muntlig "
            "om egne ønsker og behov. Mange parter er involvert, og alle skal jobbe etter de "
            "samme målene."
        ),
        resources=(
            "Ola forsøker å bidra selv så godt han klarer, og han sier tydelig fra om hva han "
            "ønsker og trenger. Foreldrene og familien er viktige ressurspersoner for ham, og "
            "han har sagt at han vil ha dem med i arbeidet med planen. Han er glad i film og "
            "fotball."
        ),
        needs=(
            "Hjelp til å stå opp, gjennomføre måltider, personlig hygiene og å legge seg. "
            "Bistand til et bedre sosialt liv. Tilrettelagt trening med fysioterapeut for å "
            "vedlikeholde fysiske ferdigheter. Hjelp til økt språkforståelse. Hjelp fra NAV "
            "til å få en tilpasset jobb."
        ),
        goals=_goals(),
        measures=_measures(),
        consent=Consent(
            given=True, date=dt.date(2024, 1, 15), information_sharing=True, given_by=Party.USER
        ),
        participation=Participation(
            took_part=True,
            how=(
                "Ola var med på alle planmøtene og sa selv hva han ønsker hjelp til. Målene er "
                "skrevet med hans egne ord. Foreldrene var med fordi han ønsket det, og han "
                "bestemmer selv hvilke møter de er med på."
            ),
        ),
        participants=_participants(),
        coordinator=_COORDINATOR,
        cooperation=Cooperation(
            description=(
                "Koordinatoren kaller inn Ola og alle tjenesteyterne til samarbeidsmøte hver "
                "tredje måned. Fysioterapeuten lager et treningsprogram som hjemmetjenesten "
                "følger opp i hverdagen. Logopeden og NAV-veilederen avtaler hvordan "
                "arbeidsutprøvingen tilpasses språkforståelsen hans. Fastlegen får kopi av "
                "planen."
            )
        ),
        revisions=(
            Revision(
                due="2024-08-15",
                done=dt.date(2024, 8, 15),
                note="Justering etter sommeren: logopeden slutter, arbeidsutprøvingen starter.",
            ),
            Revision(due="2025-01-15", main=True, note="Årlig revisjon av hele planen."),
        ),
        follow_up=FollowUpRoutine(
            schedule=Schedule(start=dt.date(2024, 5, 2), rule=f"FREQ=MONTHLY;INTERVAL=3;{_UNTIL}"),
            method=(
                "Samarbeidsmøte med Ola, koordinatoren og tjenesteyterne: hvert mål og tiltak "
                "gås gjennom sammen med ham. Koordinatoren skriver referat og oppdaterer planen."
            ),
        ),
        follow_ups=(
            FollowUp(
                date=dt.date(2024, 5, 2),
                colour=StatusColour.GREEN,
                note="Hjelpen i hverdagen og treningen fungerer; han er med på klubben hver uke.",
                by="Samarbeidsmøte",
            ),
            FollowUp(
                date=dt.date(2024, 8, 2),
                colour=StatusColour.YELLOW,
                note=(
                    "Logopedtiltaket er avsluttet og søknaden om voksenopplæring er sendt. "
                    "Arbeidsutprøvingen er utsatt; NAV har funnet en arbeidsgiver til september."
                ),
                by="Samarbeidsmøte",
            ),
        ),
    )


def _goals() -> tuple[Goal, ...]:
    return (
        Goal(
            id="1",
            text="Jeg vil ha et godt liv og fungere mest mulig selvstendig.",
            origin=GoalOrigin.USER,
            target=Target(
                measure="Hvilke daglige gjøremål han klarer selv, og hvordan han sier han har det",
                value="Klarer mer av morgenstell og måltider selv enn da planen startet",
                due="2025-01-31",
            ),
        ),
        Goal(
            id="2",
            text="Jeg vil ha flere venner og være med på ting, som kino og klubben.",
            origin=GoalOrigin.USER,
            target=Target(
                measure="Sosiale aktiviteter utenfor hjemmet",
                value="Minst én aktivitet i uka sammen med andre",
                due="2024-06-30",
            ),
        ),
        Goal(
            id="3",
            text="Jeg vil ha en jobb som er tilpasset meg.",
            origin=GoalOrigin.USER,
            target=Target(
                measure="Arbeid eller arbeidsutprøving",
                value="I tilpasset arbeid minst to dager i uka",
                due="2024-12",
            ),
        ),
        Goal(
            id="4",
            text="Jeg vil holde meg sterk, så jeg kan gjøre mest mulig selv.",
            origin=GoalOrigin.USER,
            target=Target(
                measure="Fysioterapeutens tester av styrke, balanse og bevegelighet",
                value="Minst like gode resultater som da planen startet",
                due="2025-01",
            ),
        ),
        Goal(
            id="5",
            text="Jeg vil forstå bedre hva andre sier, og det jeg leser.",
            origin=GoalOrigin.USER,
            target=Target(
                measure="Logopedens kartlegging av språkforståelse",
                value="Bedre resultat enn ved første kartlegging",
                due="2024-07-31",
            ),
        ),
    )


def _measures() -> tuple[Measure, ...]:
    return (
        Measure(
            id="1",
            title="Hjelp til å stå opp",
            description="Hjelp til å stå opp og til av- og påkledning om morgenen.",
            how=(
                "Hjemmetjenesten kommer kl. 07.30. Ola gjør selv det han klarer, og personalet "
                "hjelper med resten. Han velger klærne selv."
            ),
            scope="30 minutter hver morgen",
            goals=("1",),
            responsible=_HOME_CARE,
            party=Party.PROVIDER,
            schedule=_daily(),
        ),
        Measure(
            id="2",
            title="Hjelp med måltider",
            description="Hjelp til å lage og gjennomføre frokost, middag og kveldsmat.",
            how=(
                "Maten tilrettelegges slik at han kan spise mest mulig selv, med tilpasset "
                "bestikk og tallerken. Personalet hjelper med det han ikke klarer."
            ),
            scope="Tre måltider hver dag",
            goals=("1",),
            responsible=_HOME_CARE,
            party=Party.PROVIDER,
            schedule=_daily(),
        ),
        Measure(
            id="3",
            title="Personlig hygiene",
            description="Hjelp til daglig stell, tannpuss, barbering og dusj.",
            how=(
                "Stell morgen og kveld i forbindelse med tiltak 1 og 4; dusj tirsdag og fredag "
                "kveld, som han selv ønsker."
            ),
            scope="Daglig stell; dusj to ganger i uka",
            goals=("1",),
            responsible=_HOME_CARE,
            party=Party.PROVIDER,
            schedule=_daily(),
        ),
        Measure(
            id="4",
            title="Hjelp til å legge seg",
            description="Hjelp til kveldsstell, avkledning og å legge seg.",
            how=(
                "Hjemmetjenesten kommer kl. 22.00, eller kl. 23.30 på fredager og lørdager når "
                "han har vært ute. Han sier fra dagen før hvis tiden skal endres."
            ),
            scope="30 minutter hver kveld",
            goals=("1",),
            responsible=_HOME_CARE,
            party=Party.PROVIDER,
            schedule=_daily(),
        ),
        Measure(
            id="5",
            title="Støttekontakt",
            description=(
                "Støttekontakt som blir med ham på aktiviteter han selv velger, for eksempel "
                "kino, klubben og fotballkamper."
            ),
            how=(
                "Ola og støttekontakten avtaler aktivitetene fra uke til uke. Støttekontakten "
                "hjelper ham å bli kjent med andre på klubben."
            ),
            scope="4 timer i uka",
            goals=("2",),
            responsible=_SUPPORT,
            party=Party.PROVIDER,
            schedule=Schedule(start=_START, rule=f"FREQ=WEEKLY;BYDAY=TH;{_UNTIL}"),
        ),
        Measure(
            id="6",
            title="Tilrettelagt trening med fysioterapeut",
            description="Målbevisst trening for å vedlikeholde fysiske ferdigheter.",
            how=(
                "Fysioterapeuten tester styrke, balanse og bevegelighet, lager et tilpasset "
                "treningsprogram og trener med ham på treningssenteret. Hjemmetjenesten følger "
                "opp et enkelt hjemmeprogram på de andre dagene."
            ),
            scope="To økter à 45 minutter i uka",
            goals=("1", "4"),
            responsible=_PHYSIO,
            party=Party.PROVIDER,
            schedule=Schedule(start=_START, rule=f"FREQ=WEEKLY;BYDAY=MO,TH;{_UNTIL}"),
        ),
        Measure(
            id="7",
            title="Logoped",
            description="Trening med logoped for økt språkforståelse.",
            how=(
                "Logopeden kartlegger språkforståelsen hans, gir individuell trening og gir "
                "personalet råd om hvordan de kan forklare ting slik at han forstår."
            ),
            scope="Én time i uka i 20 uker",
            goals=("5",),
            responsible=_SPEECH,
            party=Party.PROVIDER,
            period=Period(start="2024-03-06", end="2024-07-31"),
            schedule=Schedule(start=dt.date(2024, 3, 6), rule="FREQ=WEEKLY;BYDAY=WE;COUNT=20"),
            completed=dt.date(2024, 7, 17),
        ),
        Measure(
            id="8",
            title="Vurdere voksenopplæring",
            description=(
                "Søke om voksenopplæring dersom logopedens kartlegging viser at det er "
                "hensiktsmessig."
            ),
            how=(
                "Koordinatoren og logopeden går gjennom kartleggingen sammen med Ola. Ønsker han "
                "det, sender koordinatoren søknad til voksenopplæringen."
            ),
            scope="Én søknad",
            goals=("5",),
            responsible=_COORDINATOR,
            party=Party.PROVIDER,
            deadline="2024-06-30",
            completed=dt.date(2024, 6, 20),
        ),
        Measure(
            id="9",
            title="Tilpasset jobb",
            description="NAV hjelper ham å skaffe en tilpasset jobb.",
            how=(
                "NAV-veilederen har jevnlige samtaler med ham, gjør en arbeidsevnevurdering og "
                "finner en arbeidsutprøving hos en arbeidsgiver som kan tilrettelegge."
            ),
            scope="Samtale hver fjerde uke; arbeidsutprøving to dager i uka fra høsten",
            goals=("3",),
            responsible=_NAV,
            party=Party.AUTHORITY,
            deadline="2024-09",
            completed=dt.date(2024, 9, 16),
        ),
    )


def _participants() -> tuple[Participant, ...]:
    return (
        Participant(
            name="Ola Nordmann",
            role="Bruker",
            party=Party.USER,
            contribution=(
                "Sier fra om egne ønsker og behov, gjør selv det han klarer i stell, måltider og "
                "trening, og er med på planmøtene."
            ),
        ),
        Participant(
            role="Foreldre",
            party=Party.NEXT_OF_KIN,
            user_agrees=True,
            contribution=(
                "Ressurspersoner for Ola, så langt han er enig i det: er med på planmøtene han "
                "ønsker, og er sammen med ham i helgene."
            ),
        ),
        Participant(
            name=_COORDINATOR.name,
            role="Koordinator",
            organisation=_COORDINATOR.organisation,
            party=Party.PROVIDER,
            contribution="Koordinerer planarbeidet, kaller inn til møter og sikrer fremdrift.",
            email=_COORDINATOR.email,
            phone=_COORDINATOR.phone,
        ),
        Participant(
            role="Avdelingsleder",
            organisation=_HOME_CARE.organisation,
            party=Party.PROVIDER,
            contribution="Praktisk bistand og personlig stell hver dag (tiltak 1-4).",
            email=_HOME_CARE.email,
            phone=_HOME_CARE.phone,
        ),
        Participant(
            role="Støttekontakt",
            organisation=_SUPPORT.organisation,
            party=Party.PROVIDER,
            contribution="Følger ham på sosiale aktiviteter fire timer i uka (tiltak 5).",
            email=_SUPPORT.email,
            phone=_SUPPORT.phone,
        ),
        Participant(
            role="Fysioterapeut",
            organisation=_PHYSIO.organisation,
            party=Party.PROVIDER,
            contribution="Tilrettelagt trening og hjemmeprogram (tiltak 6).",
            email=_PHYSIO.email,
            phone=_PHYSIO.phone,
        ),
        Participant(
            role="Logoped",
            organisation=_SPEECH.organisation,
            party=Party.PROVIDER,
            contribution="Kartlegging og trening av språkforståelse (tiltak 7 og 8).",
            email=_SPEECH.email,
            phone=_SPEECH.phone,
        ),
        Participant(
            role="Veileder",
            organisation=_NAV.organisation,
            party=Party.AUTHORITY,
            contribution="Arbeidsevnevurdering og hjelp til en tilpasset jobb (tiltak 9).",
            email=_NAV.email,
            phone=_NAV.phone,
        ),
    )
