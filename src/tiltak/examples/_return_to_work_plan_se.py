"""Plan för återgång i arbete (sv): the Swedish employer's plan (socialförsäkringsbalken 30:6).

An assistant nurse in a municipal home-care group is sick-listed in full after a knee
operation from Monday 2 September 2024, and her certificate says she is expected back in
mid-December: more than 60 days, so the employer makes a plan by day 30 of the sick leave
(it is made on day 17, with her). The measures are the employer's (adjusted tasks, a graded
return, the occupational health service) and Försäkringskassan's avstämningsmöte; the plan
is followed up every other week. It is a Swedish plan (``jurisdiction`` ``se``), so the
Norwegian deadlines of an oppfølgingsplan do not apply. The employee, the employer and every
person are fictitious.

The plan is shown as it stood on 15 November 2024: everything that had fallen due by then is
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
    Subject,
    Target,
)
from tiltak._time._dates import Period
from tiltak._time._schedule import Schedule

__all__ = ["build"]

_EMPLOYER = "Exempelstads kommun, hemtjänsten"
_FIRST_DAY = dt.date(2024, 9, 2)
_CREATED = dt.date(2024, 9, 18)

_MANAGER = Responsible(
    name="Maria Exempel",
    role="Enhetschef, närmaste chef",
    organisation=_EMPLOYER,
    email="maria.exempel@example.se",
    phone="+46 70 000 00 31",
)
_OHS = Responsible(
    name="Erik Exempel",
    role="Fysioterapeut, företagshälsovården",
    organisation="Exempel Företagshälsa AB",
    email="erik.exempel@example.se",
    phone="+46 70 000 00 32",
)
_FK = Responsible(
    role="Handläggare",
    organisation="Försäkringskassan",
    email="handlaggare@example.se",
)

# The follow-up as it was recorded: a conversation every other week.
_CONVERSATIONS: Final = (
    (dt.date(2024, 10, 2), StatusColour.GREEN, "Hon tränar enligt programmet; knät läker."),
    (dt.date(2024, 10, 16), StatusColour.GREEN, "Avstämningsmötet är bokat; planen skickad."),
    (dt.date(2024, 10, 30), StatusColour.YELLOW, "Svullnad efter långa promenader; vila mer."),
    (dt.date(2024, 11, 13), StatusColour.GREEN, "Redo att börja 25 % med planering den 18/11."),
)


def build() -> Plan:
    """The plan för återgång i arbete for an assistant nurse after knee surgery."""
    return Plan(
        kind=PlanKind.RETURN_TO_WORK_PLAN,
        id="return_to_work_plan_se",
        jurisdiction=Jurisdiction.SWEDEN,
        title="Plan för återgång i arbete",
        status=PlanStatus.ACTIVE,
        period=Period(start=_CREATED, end="2025-01-31"),
        created=_CREATED,
        owner=_EMPLOYER,
        subject=Subject(name="Anna Svensson"),
        return_to_work=ReturnToWork(
            first_day_of_absence=_FIRST_DAY,
            absence=AbsenceDegree.FULL,
            expected_return=dt.date(2024, 12, 16),
            tasks_and_capacity=(
                "Anna är undersköterska i hemtjänsten på heltid: personlig omvårdnad, "
                "förflyttningar och många promenader och bilresor mellan brukarna. Efter "
                "knäoperationen kan hon inte gå långa sträckor eller stå på knä. Hon kan "
                "planera, ringa brukare och anhöriga och sköta dokumentationen vid dator."
            ),
        ),
        goals=(
            Goal(
                id="1",
                text="Anna är tillbaka i sitt ordinarie arbete på heltid.",
                target=Target(measure="Arbetstid", value="100 %", due="2025-01-31"),
            ),
            Goal(
                id="2",
                text="Anna arbetar deltid med anpassade uppgifter från november.",
                target=Target(measure="Arbetstid", value="25 %", due="2024-11-30"),
            ),
        ),
        measures=(
            Measure(
                id="1",
                title="Anpassade arbetsuppgifter",
                description="Anna planerar turerna och sköter dokumentationen på kontoret.",
                how="Närmaste chef lägger om schemat så att Anna inte gör hembesök.",
                goals=("2",),
                responsible=_MANAGER,
                party=Party.EMPLOYER,
                period=Period(start="2024-11-18", end="2024-12-31"),
                effort=Effort.ONE_OFF,
            ),
            Measure(
                id="2",
                title="Stegvis återgång i arbete",
                description="Arbetstiden ökas i takt med att knät blir bättre.",
                how="25 % från 18 november, 50 % från 2 december och 100 % från januari.",
                goals=("1", "2"),
                responsible=_MANAGER,
                party=Party.EMPLOYER,
                period=Period(start="2024-11-18", end="2025-01-31"),
                effort=Effort.ONE_OFF,
            ),
            Measure(
                id="3",
                title="Bedömning av arbetsmiljön",
                description="Företagshälsovården bedömer förflyttningar och gångsträckor.",
                how="Fysioterapeuten följer med på en tur och ger råd om hjälpmedel.",
                goals=("1",),
                responsible=_OHS,
                party=Party.EMPLOYER,
                deadline="2024-12-13",
                effort=Effort.ONE_OFF,
            ),
            Measure(
                id="4",
                title="Avstämningsmöte med Försäkringskassan",
                description="Försäkringskassan kallar till avstämningsmöte om återgången.",
                how="Anna, närmaste chef, företagshälsovården och handläggaren går igenom planen.",
                goals=("1",),
                responsible=_FK,
                party=Party.AUTHORITY,
                deadline="2024-10-24",
                completed=dt.date(2024, 10, 24),
                effort=Effort.ONE_OFF,
            ),
        ),
        participation=Participation(
            took_part=True,
            how="Planen upprättades i samråd med Anna vid ett möte den 18 september 2024.",
        ),
        participants=(
            Participant(
                name="Anna Svensson",
                role="Arbetstagare",
                party=Party.EMPLOYEE,
                contribution="Bedömde själv vad hon kan göra och föreslog kontorsuppgifterna.",
            ),
            Participant(
                name=_MANAGER.name,
                role=_MANAGER.role,
                organisation=_EMPLOYER,
                party=Party.EMPLOYER,
                contribution="Ansvarar för planen och anpassningen.",
                email=_MANAGER.email,
                phone=_MANAGER.phone,
            ),
        ),
        revisions=(Revision(due="2024-12-13", note="Revideras inför heltidsåtergången."),),
        follow_up=FollowUpRoutine(
            schedule=Schedule(start=dt.date(2024, 10, 2), rule="FREQ=WEEKLY;INTERVAL=2"),
            method=(
                "Samtal mellan Anna och närmaste chef varannan vecka om hur anpassningen "
                "fungerar; planen revideras vid behov."
            ),
        ),
        follow_ups=tuple(
            FollowUp(date=day, colour=colour, note=note, by="Anna och närmaste chef")
            for day, colour, note in _CONVERSATIONS
        ),
    )
