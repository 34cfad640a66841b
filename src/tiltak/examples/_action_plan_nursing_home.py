"""Tiltaksplan (nb) for a nursing-home resident.

The source's example: the goal is that the resident can carry out daily activities on their
own, and the measures are physiotherapy, strength training and the like. The plan carries the
four parts the source asks for (background, resources, the goal, a description of each
measure). The resident, the home and every person are fictitious.

The plan is shown as it stood on 15 October 2024: everything that had fallen due by then is
recorded.
"""

from __future__ import annotations

import datetime as dt

from tiltak._enums import Effort, PlanKind, PlanStatus, StatusColour
from tiltak._model import (
    Adoption,
    Cause,
    FollowUp,
    FollowUpRoutine,
    Goal,
    Measure,
    Participation,
    Plan,
    Responsible,
    Subject,
    Target,
)
from tiltak._time._dates import Period
from tiltak._time._schedule import Schedule

__all__ = ["build"]

_START = dt.date(2024, 9, 2)
_UNTIL = "UNTIL=20250228"

_PHYSIO = Responsible(
    name="Lars Eksempel",
    role="Fysioterapeut",
    organisation="Eksempel sykehjem",
    email="lars.eksempel@example.no",
    phone="+47 400 00 011",
)
_PRIMARY = Responsible(
    name="Mona Eksempel",
    role="Primærkontakt, sykepleier",
    organisation="Eksempel sykehjem, avdeling 2",
    email="mona.eksempel@example.no",
    phone="+47 400 00 012",
)
_OT = Responsible(
    name="Siri Eksempel",
    role="Ergoterapeut",
    organisation="Ergoterapitjenesten, Eksempel kommune",
    email="siri.eksempel@example.no",
    phone="+47 400 00 013",
)
_ACTIVITIES = Responsible(
    name="Tor Eksempel",
    role="Aktivitør",
    organisation="Eksempel sykehjem",
    email="tor.eksempel@example.no",
    phone="+47 400 00 014",
)


def build() -> Plan:
    """The tiltaksplan for a resident who wants to manage daily activities on her own."""
    return Plan(
        kind=PlanKind.ACTION_PLAN,
        id="action_plan_nursing_home",
        title="Tiltaksplan: klare dagligdagse aktiviteter selv",
        status=PlanStatus.ACTIVE,
        period=Period(start=_START, end="2025-02-28"),
        created=dt.date(2024, 8, 30),
        owner="Eksempel sykehjem, avdeling 2",
        subject=Subject(name="Kari Nordmann", birth_date=dt.date(1940, 5, 3)),
        background=(
            "Kari flyttet inn på langtidsplass i august 2024 etter et hoftebrudd i mai og et "
            "langt sykehusopphold. Før bruddet bodde hun alene og klarte seg selv med litt "
            "hjelp fra hjemmetjenesten. Nå trenger hun hjelp til å stå opp, til morgenstell og "
            "påkledning, og hun går bare korte strekninger med rullator. Hun sier selv at hun "
            "vil klare seg selv igjen så godt det går."
        ),
        resources=(
            "Fysioterapeut i 60 % stilling og treningsrom på sykehjemmet; ergoterapeut fra "
            "kommunens ergoterapitjeneste; primærkontakt og pleiepersonalet på avdelingen; "
            "aktivitør med treningsgruppe to dager i uka. Datteren besøker henne flere ganger "
            "i uka og vil gå turer med henne."
        ),
        documentation=(
            "Treningen og hjelpen føres i pasientjournalen hver dag; fysioterapeuten noterer "
            "gangdistanse og balansetest hver fjerde uke."
        ),
        causes=(
            Cause(
                id="1",
                text="Redusert muskelstyrke og balanse etter hoftebruddet og lang tid i seng.",
            ),
            Cause(
                id="2",
                text=(
                    "Hun er redd for å falle, og personalet har gjort mye for henne som hun kan "
                    "klare selv."
                ),
            ),
        ),
        goals=(
            Goal(
                id="1",
                text="Beboeren skal kunne utføre dagligdagse aktiviteter på egen hånd.",
                target=Target(
                    measure="Daglige aktiviteter hun utfører uten hjelp (ADL-kartlegging)",
                    value=(
                        "Står opp, steller seg, kler på seg og går til spisesalen med rullator "
                        "uten hjelp"
                    ),
                    due="2025-02-28",
                ),
            ),
            Goal(
                id="2",
                text="Beboeren går trygt med rullator, innendørs og ute.",
                target=Target(
                    measure="Gangtest (Timed Up and Go) og antall fall",
                    value="Under 20 sekunder på gangtesten, og ingen fall",
                    due="2024-12",
                ),
            ),
        ),
        measures=_measures(),
        participation=Participation(
            took_part=True,
            how=(
                "Kari og datteren var med da planen ble laget. Kari ønsket å trene i gruppe "
                "heller enn alene, og å gå til måltidene; begge ønskene er tatt med."
            ),
        ),
        adoption=Adoption(
            date=dt.date(2024, 8, 30),
            by="Avdelingssykepleier, avdeling 2, sammen med beboeren",
        ),
        follow_up=FollowUpRoutine(
            schedule=Schedule(start=dt.date(2024, 9, 30), rule=f"FREQ=WEEKLY;INTERVAL=4;{_UNTIL}"),
            method=(
                "Tverrfaglig møte med primærkontakt, fysioterapeut og ergoterapeut sammen med "
                "Kari: ADL-kartlegging og gangtest, og tiltakene justeres."
            ),
        ),
        follow_ups=(
            FollowUp(
                date=dt.date(2024, 9, 30),
                colour=StatusColour.GREEN,
                note=(
                    "Første evaluering: hjelpemidlene er på plass, og hun går nå til frokost "
                    "med rullator og følge."
                ),
                by="Tverrfaglig møte",
            ),
        ),
    )


def _measures() -> tuple[Measure, ...]:
    return (
        Measure(
            id="1",
            title="Hjelpemidler",
            description=(
                "Ergoterapeuten vurderer behovet for hjelpemidler og tilpasser dem: dusjkrakk, "
                "gripeklype, forhøyet toalettsete og en lettere rullator."
            ),
            how="Besøk på rommet hennes, utprøving sammen med henne og opplæring i bruken.",
            causes=("1", "2"),
            goals=("1",),
            responsible=_OT,
            deadline="2024-09-30",
            order=1,
            effort=Effort.ONE_OFF,
            completed=dt.date(2024, 9, 24),
            follow_ups=(
                FollowUp(
                    date=dt.date(2024, 9, 30),
                    colour=StatusColour.GREEN,
                    note="Alle hjelpemidlene er på plass, og hun bruker dem.",
                    by="Tverrfaglig møte",
                ),
            ),
        ),
        Measure(
            id="2",
            title="Fysioterapi",
            description=(
                "Individuell fysioterapi med vekt på styrke i beina, balanse og forflytning "
                "fra seng og stol."
            ),
            how=(
                "Fysioterapeuten tester funksjonen ved start, lager et individuelt program og "
                "trener med henne på treningsrommet. Testene gjentas hver sjette uke."
            ),
            scope="To ganger 30 minutter i uka",
            causes=("1",),
            goals=("1", "2"),
            responsible=_PHYSIO,
            schedule=Schedule(start=dt.date(2024, 9, 3), rule=f"FREQ=WEEKLY;BYDAY=TU,FR;{_UNTIL}"),
            order=2,
            effort=Effort.ONE_OFF,
        ),
        Measure(
            id="3",
            title="Styrketrening i gruppe",
            description=(
                "Styrke- og balansetrening i gruppe etter programmet «Sterk og stødig», "
                "sammen med andre beboere."
            ),
            how=(
                "Aktivitøren leder gruppen etter fysioterapeutens program; fysioterapeuten "
                "justerer øvelsene for henne hver sjette uke."
            ),
            scope="To ganger 45 minutter i uka",
            causes=("1",),
            goals=("1", "2"),
            responsible=_ACTIVITIES,
            schedule=Schedule(start=_START, rule=f"FREQ=WEEKLY;BYDAY=MO,TH;{_UNTIL}"),
            order=3,
            effort=Effort.ORDINARY,
        ),
        Measure(
            id="4",
            title="Gangtrening til måltidene",
            description=(
                "Hun går med rullator til spisesalen til frokost og middag i stedet for å bli "
                "trillet i rullestol."
            ),
            how=(
                "Personalet går sammen med henne og øker avstanden gradvis; er hun sliten, "
                "tar hun pause på benken i gangen."
            ),
            scope="To ganger hver dag",
            causes=("1", "2"),
            goals=("2",),
            responsible=_PRIMARY,
            schedule=Schedule(start=_START, rule=f"FREQ=DAILY;{_UNTIL}"),
            order=4,
            effort=Effort.ORDINARY,
        ),
        Measure(
            id="5",
            title="Hverdagsrehabilitering i morgenstellet",
            description=(
                "Personalet veileder og motiverer i stedet for å gjøre oppgavene for henne i "
                "morgenstell og påkledning."
            ),
            how=(
                "Hun gjør selv det hun klarer, og personalet hjelper bare med resten. Hva hun "
                "klarer selv, skrives i journalen hver uke."
            ),
            scope="Hver morgen",
            causes=("2",),
            goals=("1",),
            responsible=_PRIMARY,
            schedule=Schedule(start=_START, rule=f"FREQ=DAILY;{_UNTIL}"),
            order=5,
            effort=Effort.ORDINARY,
        ),
    )
