"""Resultat- og utviklingsplan (nb): the rådmann's yearly agreement with a unit head.

Seed 004 describes the plan: "Med bakgrunn i politisk vedtatte styringsdokumenter og krav fra
eksterne myndigheter, utarbeider rådmannen enten personlig eller ved kommunalsjef og
virksomhetsleder en resultat – og utviklingsplan innen utgangen av januar", and it "skal
minimum inneholde" a) the results and requirements for the unit, b) development areas with
concrete ambitions for the unit, c) special results and requirements for the leader, d) special
development areas with a concrete level of ambition for the leader, and e) the help the
rådmann gives in carrying out the plans. This example is such a plan for Tilrettelagte tjenester
in 2020, agreed by the end of January: each part a) to d) is a goal with its ``part``, worded
from the unit's own virksomhetsplan (seed 004), and e) is the measures whose party is the
municipal management. Its reporting is the seed's: to the municipal management every tertial.
The numbers of the ambitions beyond the seed's own (34 % vernepleiere) are fictitious.
"""

# ruff: noqa: RUF001, RUF002 - the source uses the en dash of its typography

from __future__ import annotations

import datetime as dt
from typing import Final

from tiltak._enums import Party, PlanKind, PlanStatus, ResultsPart, StatusColour
from tiltak._model import (
    Adoption,
    FollowUp,
    FollowUpRoutine,
    Goal,
    Measure,
    Plan,
    Responsible,
    Revision,
    Target,
)
from tiltak._time._dates import Period
from tiltak._time._schedule import Schedule

__all__ = ["build"]

_UNIT = "Tilrettelagte tjenester, Nord-Aurdal kommune"
_LEADER = Responsible(
    role="Virksomhetsleder", organisation=_UNIT, email="virksomhetsleder.tt@example.no"
)
_CHIEF = Responsible(
    role="Kommunalsjef for helse og omsorg",
    organisation="Nord-Aurdal kommune",
    email="kommunalsjef.ho@example.no",
)


def _goal(number: str, part: ResultsPart, text: str, measure: str, value: str) -> Goal:
    return Goal(
        id=number,
        text=text,
        part=part,
        target=Target(measure=measure, value=value, due="2020-12-31"),
    )


_GOALS: Final = (
    _goal(
        "a1",
        ResultsPart.UNIT_RESULTS,
        "Levere et resultat i samsvar med budsjett.",
        "Regnskap mot årsbudsjett",
        "Ingen merforbruk",
    ),
    _goal(
        "a2",
        ResultsPart.UNIT_RESULTS,
        "Øke andelen treårige ved interne og eksterne utlysninger, med fokus på vernepleiere i "
        "tråd med nasjonale føringer på minimum 34 %.",
        "Andelen vernepleiere",
        "Minimum 34 %",
    ),
    _goal(
        "b1",
        ResultsPart.UNIT_DEVELOPMENT,
        "Integrere velferdsteknologiske løsning i driften, samt sørge for at medarbeidere har "
        "nok kunnskap til å drive tjenestene videre.",
        "Boliger med velferdsteknologi i bruk",
        "Alle seks boligene",
    ),
    _goal(
        "b2",
        ResultsPart.UNIT_DEVELOPMENT,
        "Gjennomføre brukerundersøkelser.",
        "Brukerundersøkelser gjennomført",
        "Én i hver avdeling",
    ),
    _goal(
        "c1",
        ResultsPart.LEADER_RESULTS,
        "Forbedret rapportering av fremdrift og måloppnåelse i TT.",
        "Tertialrapporter levert til kommunalledelsen i tide",
        "3 av 3",
    ),
    _goal(
        "d1",
        ResultsPart.LEADER_DEVELOPMENT,
        "Spille en nøkkelrolle i virksomhetenes utvikling og være en synlig aktør i avdelingene.",
        "Møter med hver avdeling",
        "Minst ett i måneden",
    ),
)


def _measure(
    number: str, title: str, goals: tuple[str, ...], who: Responsible, party: Party, **kw: object
) -> Measure:
    return Measure(
        id=number,
        title=title,
        goals=goals,
        responsible=who,
        party=party,
        period=Period(start="2020-02", end="2020-12"),
        **kw,  # type: ignore[arg-type]
    )


def build() -> Plan:
    """The resultat- og utviklingsplan of Tilrettelagte tjenester for 2020."""
    return Plan(
        kind=PlanKind.RESULTS_PLAN,
        id="results_plan",
        title="Resultat- og utviklingsplan 2020 – Tilrettelagte tjenester",
        status=PlanStatus.ACTIVE,
        period=Period(start="2020-01-01", end="2020-12-31"),
        created=dt.date(2020, 1, 20),
        owner=_UNIT,
        purpose=(
            "Avtale mellom rådmannen og virksomhetslederen om resultat og utvikling for "
            "virksomheten og lederen i 2020, med bakgrunn i politisk vedtatte "
            "styringsdokumenter og krav fra eksterne myndigheter."
        ),
        goals=_GOALS,
        measures=(
            _measure(
                "1",
                "Månedlig økonomioppfølging med kommunalsjefen",
                ("a1", "c1"),
                _CHIEF,
                Party.MANAGEMENT,
                description="Kommunalsjefen går gjennom regnskapet med virksomhetslederen.",
            ),
            _measure(
                "2",
                "Midler til videreutdanning av vernepleiere",
                ("a2",),
                _CHIEF,
                Party.MANAGEMENT,
                description="Kommunen dekker studieavgift for to medarbeidere.",
            ),
            _measure(
                "3",
                "Velferdsteknologiprosjekt i boligene",
                ("b1",),
                _LEADER,
                Party.PROVIDER,
            ),
            _measure(
                "4",
                "Brukerundersøkelse i avdelingene",
                ("b2",),
                _LEADER,
                Party.PROVIDER,
            ),
            _measure(
                "5",
                "Lederveiledning og faste avdelingsbesøk",
                ("d1",),
                _CHIEF,
                Party.MANAGEMENT,
                description="Kommunalsjefen gir veiledning; virksomhetslederen besøker "
                "avdelingene.",
            ),
        ),
        adoption=Adoption(date=dt.date(2020, 1, 30), by="Rådmannen og virksomhetslederen"),
        revisions=(Revision(due="2020-12"),),
        follow_up=FollowUpRoutine(
            schedule=Schedule.calendar_tertials(dt.date(2020, 4, 30)),
            method="Virksomhetsrapportering til kommunalledelse hver tertial.",
        ),
        follow_ups=(
            FollowUp(
                date=dt.date(2020, 4, 30),
                colour=StatusColour.GREEN,
                note="Første tertialrapport levert; drift i samsvar med budsjett.",
            ),
            FollowUp(
                date=dt.date(2020, 8, 31),
                colour=StatusColour.YELLOW,
                note="Andre tertialrapport levert; brukerundersøkelsen er utsatt til høsten.",
            ),
        ),
    )
