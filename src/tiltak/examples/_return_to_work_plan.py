"""Oppfølgingsplan (nb): the way back to work after sick leave (arbeidsmiljøloven § 4-6).

The four parts the law asks for are all here: the assessment of the work tasks and the
employee's capacity, the employer's measures (party ``EMPLOYER``), the measures with help from
NAV (party ``AUTHORITY``), and the further follow-up (the plan's follow-up routine). Every
deadline is kept, counted from the first day of absence (Monday 8 January 2024): the plan made
and sent to the sick-listing doctor within 4 weeks, dialogue meeting 1 within 7 weeks,
dialogue meeting 2 within 26 weeks with the updated plan sent to NAV more than a week before.
The employee, the employer and every person are fictitious.

The plan is shown as it stood on 25 June 2024: everything that had fallen due by then is
recorded.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from tiltak._enums import (
    AbsenceDegree,
    Effort,
    Jurisdiction,
    Party,
    PlanKind,
    PlanStatus,
    StatusColour,
)
from tiltak._model import (
    DialogueMeeting,
    FollowUp,
    FollowUpRoutine,
    Goal,
    Measure,
    Participant,
    Participation,
    Plan,
    Responsible,
    ReturnToWork,
    Revision,
    SickLeave,
    Subject,
    Target,
)
from tiltak._time._dates import Period
from tiltak._time._schedule import Schedule

__all__ = ["build"]

_EMPLOYER = "Eksempel Logistikk AS"
_CREATED = dt.date(2024, 1, 31)

_MANAGER = Responsible(
    name="Trine Eksempel",
    role="Lagerleder, nærmeste leder",
    organisation=_EMPLOYER,
    email="trine.eksempel@example.no",
    phone="+47 400 00 021",
)
_OHS = Responsible(
    name="Jonas Eksempel",
    role="Fysioterapeut, bedriftshelsetjenesten",
    organisation="Eksempel BHT AS",
    email="jonas.eksempel@example.no",
    phone="+47 400 00 022",
)
_NAV = Responsible(
    name="Nina Eksempel",
    role="Veileder",
    organisation="NAV Eksempel",
    email="nina.eksempel@example.no",
    phone="+47 400 00 023",
)


# The further follow-up as it was recorded: a conversation every other week.
_CONVERSATIONS: Final = (
    (
        dt.date(2024, 2, 14),
        StatusColour.GREEN,
        "Første samtale: han er trygg på planen og avtalte oppgaver.",
    ),
    (
        dt.date(2024, 2, 28),
        StatusColour.GREEN,
        "Dialogmøte 1 er holdt; legen er enig i opptrappingen.",
    ),
    (
        dt.date(2024, 3, 13),
        StatusColour.GREEN,
        "Gradert i arbeid fra 26. februar; truckkjøringen går fint.",
    ),
    (
        dt.date(2024, 3, 27),
        StatusColour.GREEN,
        "Den ergonomiske vurderingen er gjort; ny løfteteknikk er avtalt.",
    ),
    (
        dt.date(2024, 4, 10),
        StatusColour.YELLOW,
        "Vondt i skulderen etter lange skift; skiftene deles opp.",
    ),
    (
        dt.date(2024, 4, 24),
        StatusColour.GREEN,
        "Delte skift fungerer; søknaden om løftehjelpemiddel er sendt.",
    ),
    (dt.date(2024, 5, 8), StatusColour.GREEN, "80 % fra 6. mai som planlagt."),
    (dt.date(2024, 5, 22), StatusColour.GREEN, "Vakuumløfteren er på plass i varemottaket."),
    (dt.date(2024, 6, 5), StatusColour.GREEN, "Planen oppdateres til dialogmøte 2."),
    (
        dt.date(2024, 6, 19),
        StatusColour.GREEN,
        "Planen er sendt NAV; full stilling fra 1. juli er realistisk.",
    ),
)


def build() -> Plan:
    """The oppfølgingsplan for a warehouse worker after shoulder surgery."""
    return Plan(
        kind=PlanKind.RETURN_TO_WORK_PLAN,
        id="return_to_work_plan",
        jurisdiction=Jurisdiction.NORWAY,
        title="Oppfølgingsplan ved sykefravær",
        status=PlanStatus.ACTIVE,
        period=Period(start=_CREATED, end="2024-08-31"),
        created=_CREATED,
        owner=_EMPLOYER,
        subject=Subject(name="Per Nordmann"),
        return_to_work=ReturnToWork(
            first_day_of_absence=dt.date(2024, 1, 8),
            absence=AbsenceDegree.FULL,
            tasks_and_capacity=(
                "Per er lagermedarbeider i 100 % stilling: plukk og pakking, varemottak med "
                "tunge løft, og truckkjøring. Etter en skulderoperasjon kan han foreløpig ikke "
                "løfte mer enn 5 kg eller arbeide med armene over skulderhøyde. Han kan kjøre "
                "truck, kontrollere varer i varemottaket og arbeide ved PC. Han regner selv med "
                "å kunne begynne gradert i slutten av februar."
            ),
            sent_to_doctor=dt.date(2024, 2, 1),
            sent_to_nav=dt.date(2024, 6, 13),
            dialogue_meetings=(
                DialogueMeeting(
                    number=1,
                    date=dt.date(2024, 2, 20),
                    participants=("arbeidstaker", "nærmeste leder", "sykmelder", "verneombud"),
                    doctor_took_part=True,
                    occupational_health_took_part=False,
                ),
                DialogueMeeting(
                    number=2,
                    date=dt.date(2024, 6, 24),
                    participants=("arbeidstaker", "nærmeste leder", "fastlege", "NAV-veileder"),
                    doctor_took_part=True,
                ),
            ),
            sick_leave=(
                SickLeave(period=Period(start="2024-01-08", end="2024-02-25"), degree=100),
                SickLeave(period=Period(start="2024-02-26", end="2024-05-05"), degree=50),
                SickLeave(period=Period(start="2024-05-06", end="2024-06-30"), degree=20),
            ),
        ),
        goals=(
            Goal(
                id="1",
                text="Per er tilbake i full stilling med sine ordinære arbeidsoppgaver.",
                target=Target(
                    measure="Stillingsprosent i arbeid", value="100 %", due="2024-08-31"
                ),
            ),
            Goal(
                id="2",
                text="Per er gradert tilbake i arbeid med tilpassede oppgaver fra 26. februar.",
                target=Target(measure="Stillingsprosent i arbeid", value="50 %", due="2024-02-26"),
            ),
        ),
        measures=_measures(),
        participation=Participation(
            took_part=True,
            how=(
                "Planen ble laget i samtale mellom Per og nærmeste leder 31. januar 2024. Per "
                "foreslo selv truckkjøring og varekontroll som tilpassede oppgaver, og ønsket "
                "at verneombudet skulle være med."
            ),
        ),
        participants=(
            Participant(
                name="Per Nordmann",
                role="Arbeidstaker",
                party=Party.EMPLOYEE,
                contribution="Vurderte selv hva han kan gjøre, og foreslo tilpassede oppgaver.",
            ),
            Participant(
                name=_MANAGER.name,
                role=_MANAGER.role,
                organisation=_EMPLOYER,
                party=Party.EMPLOYER,
                contribution="Har ansvaret for planen og for tilretteleggingen.",
                email=_MANAGER.email,
                phone=_MANAGER.phone,
            ),
            Participant(
                role="Verneombud",
                organisation=_EMPLOYER,
                party=Party.OTHER,
                contribution="Deltok etter ønske fra Per.",
            ),
            Participant(
                name=_OHS.name,
                role=_OHS.role,
                organisation=_OHS.organisation,
                party=Party.PROVIDER,
                contribution="Ergonomisk vurdering av arbeidsplassen (tiltak 3).",
                email=_OHS.email,
                phone=_OHS.phone,
            ),
            Participant(
                name=_NAV.name,
                role=_NAV.role,
                organisation=_NAV.organisation,
                party=Party.AUTHORITY,
                contribution="Hjelpemidler og dialogmøte 2 (tiltak 4 og 5).",
                email=_NAV.email,
                phone=_NAV.phone,
            ),
        ),
        revisions=(
            Revision(
                due="2024-02-19", done=dt.date(2024, 2, 16), note="Oppdateres før dialogmøte 1."
            ),
            Revision(
                due="2024-06-13",
                done=dt.date(2024, 6, 13),
                note="Oppdateres og sendes NAV før dialogmøte 2.",
            ),
        ),
        follow_up=FollowUpRoutine(
            schedule=Schedule(
                start=dt.date(2024, 2, 14), rule="FREQ=WEEKLY;INTERVAL=2;UNTIL=20240831"
            ),
            method=(
                "Videre oppfølging: samtale mellom Per og nærmeste leder annenhver uke om hvordan "
                "tilretteleggingen virker. Planen oppdateres etter hver samtale og før "
                "dialogmøtene."
            ),
        ),
        follow_ups=tuple(
            FollowUp(date=day, colour=colour, note=note, by="Per og nærmeste leder")
            for day, colour, note in _CONVERSATIONS
        ),
    )


def _measures() -> tuple[Measure, ...]:
    return (
        Measure(
            id="1",
            title="Tilpassede arbeidsoppgaver",
            description="Per kjører truck og kontrollerer varer i varemottaket; ingen tunge løft.",
            how=(
                "Kolleger tar løft over 5 kg. Nærmeste leder setter opp vaktplanen slik at Per "
                "alltid har en kollega i varemottaket."
            ),
            goals=("2",),
            responsible=_MANAGER,
            party=Party.EMPLOYER,
            period=Period(start="2024-02-26", end="2024-06-30"),
            effort=Effort.ONE_OFF,
        ),
        Measure(
            id="2",
            title="Gradert opptrapping av arbeidstiden",
            description="Arbeidstiden trappes opp etter hvert som skulderen blir bedre.",
            how="50 % fra 26. februar, 80 % fra 6. mai og 100 % fra 1. juli, hvis legen er enig.",
            goals=("1", "2"),
            responsible=_MANAGER,
            party=Party.EMPLOYER,
            period=Period(start="2024-02-26", end="2024-07-31"),
            effort=Effort.ONE_OFF,
        ),
        Measure(
            id="3",
            title="Ergonomisk vurdering",
            description="Bedriftshelsetjenesten vurderer arbeidsstillinger og løfteteknikk.",
            how="Besøk på lageret og gjennomgang av arbeidsoppgavene sammen med Per.",
            goals=("1",),
            responsible=_OHS,
            party=Party.EMPLOYER,
            deadline="2024-03-15",
            completed=dt.date(2024, 3, 12),
            effort=Effort.ONE_OFF,
        ),
        Measure(
            id="4",
            title="Løftehjelpemiddel i varemottaket",
            description=(
                "NAV Hjelpemiddelsentral vurderer og låner ut en vakuumløfter, så Per kan "
                "gjøre mer av varemottaket selv."
            ),
            how="Lagerleder søker sammen med Per; NAV-veilederen følger opp søknaden.",
            goals=("1",),
            responsible=_NAV,
            party=Party.AUTHORITY,
            deadline="2024-05-31",
            completed=dt.date(2024, 5, 21),
            effort=Effort.ONE_OFF,
        ),
        Measure(
            id="5",
            title="Dialogmøte 2 i regi av NAV",
            description="NAV kaller inn til dialogmøte 2 og vurderer behovet for flere tiltak.",
            how="Per, nærmeste leder, fastlegen og NAV-veilederen går gjennom den nye planen.",
            goals=("1",),
            responsible=_NAV,
            party=Party.AUTHORITY,
            deadline="2024-06-24",
            completed=dt.date(2024, 6, 24),
            effort=Effort.ONE_OFF,
        ),
    )
