"""Virksomhetsplan (nb): Tilrettelagte tjenester, Nord-Aurdal kommune, 2019-2023, in full.

A municipal service unit's published plan, transcribed from the source: the introduction
and purpose, the period 2019-2023 (to the year), the seven goal areas with their purposes and
expectations ("Virksomheten forventer …"), every leadership goal (``TT. mål``) and every
department goal (``Avd. mål``) with its number and text exactly as printed, the planned main
revision in 2020, and the reporting schedule.

Identifiers keep the printed numbers visible: the leadership's goal ``TT. mål 1.2`` is
``"TT-1.2"`` and the departments' ``Avd. mål 1.2`` is ``"Avd-1.2"``; the part after the
dash is the number *area.n*, and ``Goal.area`` is the area's number (``"1"``).
``Goal.level`` is ``"TT"`` or ``"Avd"``. The plan links each goal to its area; it does not
tie a department goal to one leadership goal, so no goal has a ``parent``.

The follow-up of 2019 is illustrative, not from the source (each such follow-up and report
says so in its note, and ``extensions["illustrative"]`` lists them): the plan's three
tertial follow-ups, the leadership's goals followed up at each with a colour, TT. mål 1.2's
indicator (the share with three-year education, from an assumed 28 % in 2018 towards the
plan's "minimum 34 %") measured at each, and the reports delivered along the three
reporting lines through December 2019.

The source's own faults are kept, for a validator to find: the sections that list the goals
are headed "for 2016-2020" inside a 2019-2023 plan (the ``period`` of the two ``sections``,
4 for the leadership's goals and 5.2 for the departments', which each goal names), and
``TT. mål 1.5`` ("Ferdigstille ansettelsesprosessen og beholde kompetanse.") begins with the
whole of ``TT. mål 5.1`` ("Ferdigstille ansettelsesprosessen."). Its spelling is kept too
("kostander", "virksomhetshetens"). The goal areas' titles are the section headings of
parts 4 and 5 (part 3 prints the first one as "KOMPETASNEHEVING"). The plan's concrete
activities are "tidfestet i egen handlingsplan", so it has no measures of its own. The
introductions of each goal area in parts 4 and 5, and the remaining prose, are kept in
``extensions``.
"""

# ruff: noqa: RUF001 - the source uses the en dash of its typography

from __future__ import annotations

import datetime as dt
from typing import Final

from tiltak._enums import PlanKind
from tiltak._model import (
    Baseline,
    DeliveredReport,
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalArea,
    Plan,
    ReportingLine,
    Revision,
    Section,
    Target,
)
from tiltak._time._dates import Period
from tiltak._time._schedule import Schedule

__all__ = ["build"]

_SECTION_PERIOD: Final = Period(start="2016", end="2020")
"""The period printed in the headings of the two sections that list the goals."""

_SECTIONS: Final = (
    Section(
        id="4",
        title="Strategiske resultat – og utviklingstiltak for 2016-2020",
        period=_SECTION_PERIOD,
    ),
    Section(
        id="5.2",
        title="Avdelingsvise tiltak for å oppnå målområder for 2016-2020",
        period=_SECTION_PERIOD,
    ),
)
"""Section 4 lists the leadership's goals (``TT``), section 5.2 the departments' (``Avd``)."""
_SECTION_OF_LEVEL: Final = {"TT": "4", "Avd": "5.2"}

_MONTHLY: Final = "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20231231"
_TERTIAL: Final = "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1;UNTIL=20231231"


def build() -> Plan:
    """The virksomhetsplan 2019-2023 of Tilrettelagte tjenester, Nord-Aurdal kommune."""
    return Plan(
        kind=PlanKind.OPERATIONAL_PLAN,
        id="operational_plan",
        title="Virksomhetsplan 2019–2023: Tilrettelagte tjenester",
        period=Period(start="2019", end="2023"),
        owner="Tilrettelagte tjenester (TT), Nord-Aurdal kommune",
        purpose=(
            "Hensikten med en virksomhetsplan er å gi en samlet fremstilling av mål som er satt "
            "av virksomheten Tilrettelagte Tjenester(TT) i Nord – Aurdal kommune (NAK), "
            "samtidig presentere avdelingenes interne aktiviteter og praksis for perioden "
            "2019-2023. Planen gir et samlet bilde av TT for de kommende fem årene."
        ),
        background=_BACKGROUND,
        resources=_RESOURCES,
        goal_areas=_goal_areas(),
        sections=_SECTIONS,
        goals=_goals(),
        revisions=(
            Revision(
                due="2020",
                main=True,
                note="Neste hovedrevisjon av virksomhetsplanen er planlagt i 2020.",
            ),
        ),
        reporting=(
            ReportingLine(
                reporter="Teamledere",
                recipient="Avdelingsledere",
                schedule=Schedule(start=dt.date(2019, 1, 31), rule=_MONTHLY),
                note=(
                    "Teamledere og rapporter månedlig til sine avdelingsledere på planens syv "
                    "målområder."
                ),
                reports=_monthly("Teamledere"),
            ),
            ReportingLine(
                reporter="Avdelingsledere",
                recipient="Virksomhetsleder",
                schedule=Schedule(start=dt.date(2019, 1, 31), rule=_MONTHLY),
                note=(
                    "Avdelingsledere rapporterer månedlig på implementeringsprosessen av "
                    "virksomhetsplan til virksomhetsleder."
                ),
                reports=_monthly("Avdelingsledere"),
            ),
            ReportingLine(
                reporter="Virksomhetsleder",
                recipient="Kommunalledelse",
                schedule=Schedule(start=dt.date(2019, 1, 1), rule=_TERTIAL),
                note=(
                    "Virksomhetsrapportering til kommunalledelse finner sted hver tertial. "
                    "Dersom det vurderes som nødvendig vil virksomhetsleder bli bedt om å "
                    "rapportere månedlig."
                ),
                reports=_tertial_reports(),
            ),
        ),
        follow_ups=tuple(
            FollowUp(date=day, colour=colour, by="Virksomhetsleder", note=_ILLUSTRATIVE)
            for day, colour in zip(_TERTIALS, ("yellow", "yellow", "green"), strict=True)
        ),
        follow_up=FollowUpRoutine(
            schedule=Schedule(start=dt.date(2019, 1, 1), rule=_TERTIAL),
            method=(
                "Virksomhetsrapportering til kommunalledelse hver tertial, bygd på månedlige "
                "rapporter fra teamledere til avdelingsledere og fra avdelingsledere til "
                "virksomhetsleder på implementeringsprosessen og planens syv målområder."
            ),
        ),
        extensions=_EXTENSIONS,
    )


_ILLUSTRATIVE: Final = "Illustrasjon, ikke fra kildeplanen."


_TERTIALS: Final = (dt.date(2019, 4, 30), dt.date(2019, 8, 31), dt.date(2019, 12, 31))
"""The tertials of 2019, when the unit reports to the municipal management."""


def _monthly(by: str) -> tuple[DeliveredReport, ...]:
    """The monthly reports of 2019, each delivered on the fifth of the month after."""
    return tuple(
        DeliveredReport(
            date=dt.date(2019 + month // 12, month % 12 + 1, 5),
            period=Period(start=f"2019-{month:02}", end=f"2019-{month:02}"),
            by=by,
            note=_ILLUSTRATIVE,
        )
        for month in range(1, 13)
    )


def _tertial_reports() -> tuple[DeliveredReport, ...]:
    """The unit's tertial reports of 2019 to the municipal management."""
    starts = ("2019-01", "2019-05", "2019-09")
    return tuple(
        DeliveredReport(
            date=day + dt.timedelta(days=10),
            period=Period(start=start, end=f"{day.year}-{day.month:02}"),
            by="Virksomhetsleder",
            note=_ILLUSTRATIVE,
        )
        for start, day in zip(starts, _TERTIALS, strict=True)
    )


_GOAL_ROUNDS: Final = {
    "TT-1.1": ("yellow", "yellow", "green"),
    "TT-1.2": ("red", "yellow", "green"),
    "TT-1.5": ("yellow", "yellow", "yellow"),
    "TT-2.1": ("green", "green", "green"),
    "TT-3.1": ("yellow", "red", "yellow"),
    "TT-5.1": ("yellow", "green", "green"),
}
"""The leadership's goals followed up each tertial of 2019, with their colours."""

_SHARE_THREE_YEAR: Final = ("29", "31", "33")
"""TT. mål 1.2's indicator measured each tertial of 2019, in per cent."""


def _follow_ups(goal_id: str) -> tuple[FollowUp, ...]:
    colours = _GOAL_ROUNDS.get(goal_id)
    if colours is None:
        return ()
    values = _SHARE_THREE_YEAR if goal_id == "TT-1.2" else (None, None, None)
    return tuple(
        FollowUp(date=day, colour=colour, by="Virksomhetsleder", note=_ILLUSTRATIVE, value=value)
        for day, colour, value in zip(_TERTIALS, colours, values, strict=True)
    )


def _goals() -> tuple[Goal, ...]:
    return tuple(
        Goal(
            id=f"{level}-{number}",
            text=text,
            area=number.partition(".")[0],
            level=level,
            section=_SECTION_OF_LEVEL[level],
            target=_TARGETS.get(f"{level}-{number}"),
            follow_ups=_follow_ups(f"{level}-{number}"),
        )
        for level, table in (("TT", _TT_GOALS), ("Avd", _AVD_GOALS))
        for number, text in table
    )


_TARGETS: Final = {
    "TT-1.2": Target(
        measure="Andelen vernepleiere",
        value="Minimum 34 %",
        baseline=Baseline(value="28", date="2018"),  # illustrative, not from the source
        unit="%",
        direction="higher",
    ),
}


def _goal_areas() -> tuple[GoalArea, ...]:
    return tuple(
        GoalArea(
            id=str(number),
            title=title,
            purpose="\n\n".join(purpose),
            expectations=expectations,
        )
        for number, (title, purpose, expectations) in enumerate(_AREAS, start=1)
    )


_AREAS: Final = (
    (
        "Kompetanseheving og rekruttering",
        (
            (
                "Fortsette kompetanseheving av tjenestenes medarbeidere, samtidig øke andelen "
                "medarbeidere med relevant treårig høgskoleutdannede."
            ),
            (
                "Tilrettelagte tjenester er en sunn organisasjon med medarbeidere som forstår "
                "virksomhetenes rolle og funksjon."
            ),
            (
                "Virksomhetslederen og avdelingsledere er administrative og faglige veiledere "
                "som spiller en aktiv rolle i tjenesten. De er tydelige på TT sine "
                "målsetninger og kobler disse til krav og forventninger fra kommunens øvre "
                "ledelse. Hver medarbeider er kjent med sin rolle i organisasjonen og tilbyr "
                "tjenester av god kvalitet. I virksomheten skal det være lov å ytre sine "
                "meninger på en profesjonell og saklig måte. Det skal finnes rom og aksept "
                "for kritiske spørsmål. Faglige diskusjoner og grundig dokumentasjon "
                "synliggjør gråsonene i vårt virke. Skal vi lykkes med morgendagens "
                "utfordringer må vi satse på kompetanse. Kunnskapen vi trenger skal "
                "fremskaffes gjennom egen utvikling, intern kompetanseheving og rekruttering. "
                "Kompetansen skal utvikles og innrettes etter virksomhetens krav og mål."
            ),
        ),
        (
            (
                "Vi utfører komplekse, velorganiserte atferdsmønstre på en smidig og "
                "tilpasningsdyktig måte for å nå definerte mål."
            ),
            (
                "Vi har evnen til å tilegne oss og anvende nye kunnskaper, ferdigheter og "
                "holdninger."
            ),
            ("Vi har et positivt, nyansert menneskesyn og en medmenneskelig innstilling."),
        ),
    ),
    (
        "Internt og eksternt samarbeid",
        (
            (
                "Tettere samarbeid på tvers av avdelingene, med frivillige og NFU, og "
                "eksterne instanser som Habiliteringstjenesten (HAB), psykisk helse, "
                "demensavdelingen."
            ),
            (
                "Hver avdeling er en sentral aktør i virksomhetsfellesskapet som jobber etter "
                "egne målsettinger og verdigrunnlag. Utfordringer løses gjennom et aktivt "
                "samarbeid og faglige diskusjoner, også på tvers av avdelingene."
            ),
            (
                "Avdelingene skal spille en tydelig rolle i virksomhetsfellskapet. "
                "Samhandlingen mellom avdelingene skal styrkes internt, samtidig som vi skal "
                "spille en aktiv rolle i samarbeid med eksterne støttespillere. De mest "
                "relevante er avdeling for habilitering SI, psykisk helse, Barn – og "
                "ungdomspsykiatrien (BUP), frivillige og NFU. Avdelingene er åpne for "
                "samarbeid på tvers av sine ansvarsområder og virksomhetsfelleskapet skal "
                "oppleves som en god samarbeidspartner ovenfor alle sine støttespillere."
            ),
        ),
        (
            (
                "Virksomhetsledelsen og avdelingene skal være tydelige aktører i samhandling "
                "med hverandre og med eksterne samarbeidspartnere."
            ),
            ("Avdelingene skal styrke samarbeidet på saker av felles interesse."),
            (
                "Avdelingene skal kunne dra nytte av fagpersonell i hele virksomheten med "
                "fokus på kompetanseoverføring."
            ),
            (
                "Virksomhetsledelsen og avdelingene skal spille en aktiv rolle i samhandling "
                "med NFU, frivillige og pårørende."
            ),
            (
                "Virksomhetsledelsen og avdelingene skal spille en aktiv rolle i samhandling "
                "med eksterne samarbeidspartnere."
            ),
        ),
    ),
    (
        "Brukermedvirkning",
        (
            ("Sterkere fokus på brukermedvirkning."),
            (
                "Brukerne deltar og medvirker i utformingen og utøvelsen av sine tjenester. "
                "Brukerne har riktig informasjon, tilstrekkelig innsikt i tjenestetilbudet "
                "for å ivareta sine rettigheter og medvirker etter beste evne til å gi og "
                "motta informasjon."
            ),
            (
                "Brukerne er virksomhetens oppdragsgivere og TT yter tjenester på vegne av "
                "disse. For å kunne utvikle tjenestetilbudet i en mest mulig hensiktsmessig "
                "retning er det viktig å involvere brukere og deres pårørende i "
                "videreutvikling av kommunens tjenester. Brukermedvirkning skal finne sted "
                "både på individ- og systemnivå. På individnivå skal bruker/pasient medvirke "
                "i utmåling, og gjennomføring av tjenester ivaretas gjennom dialog og "
                "samarbeid i forbindelse med vedtaksprosess. Oppnevning av personlig "
                "koordinator/teamleder, utarbeidelse av individuell plan og samtaler med "
                "pårørende sikrer individuell deltakelse. På systemnivå ivaretas "
                "brukermedvirkning gjennom råd, arbeidsutvalg og i samarbeid med NFU."
            ),
        ),
        (
            (
                "Vi tilrettelegger for at brukere og deres foresatte er med og driver frem "
                "tjenestetilbudet både på individ – og systemnivå, etter ønske og "
                "forutsetninger."
            ),
            ("Vi tilrettelegger for egen mestring."),
            ("Vi har god dialog gjennom etablerte møtestrukturer med pårørende og frivillige."),
            (
                "Avdelingene har god dialog gjennom etablerte møtestrukturer med "
                "tildelingskontoret."
            ),
            ("Vi tar med oss tilbakemeldinger i videreutvikling av kommunenes tjenester."),
        ),
    ),
    (
        "Nærværsarbeid og arbeidsmiljø",
        (
            ("Følge opp nærværsarbeid og tilrettelegging av arbeidsoppgaver for ansatte."),
            ("Virksomheten består av medarbeidere som kan og vil bidra til et godt arbeidsmiljø."),
            (
                "Nord – Aurdal kommune arbeider med inkluderende arbeidsliv som fokuserer på "
                "inkludering, oppfølging og tilrettelegging for å bidra til god "
                "ressursutnyttelse, økt trivsel og nærvær. Målet er å forebygge sykdom og "
                "skade, ved nødvendig tilrettelegging av arbeidsoppgaver for den enkelte, og "
                "eventuelt finne nye arbeidsoppgaver."
            ),
            (
                "Tjenestens medarbeidere er viktige ressurser for å oppnå positive "
                "resultater. Skal tjenesten lykkes i nå sine målsettinger, forhindre "
                "«gjennomtrekk» av personell, skape forutsigbarhet og trygghet ovenfor "
                "brukerne, må virksomheten bidra til at det finnes muligheter til deltakelse "
                "basert på gjennomføringsevne. Tilrettelegging avtales i dialog mellom leder "
                "og medarbeider, og er tidsavgrenset."
            ),
        ),
        (
            ("Økt deltakelse og nærvær."),
            ("God dialog og forståelse mellom arbeidsgiver og arbeidstaker."),
            ("Forebyggende arbeid internt i avdelingene."),
            ("Oppfølgingsarbeid."),
            ("Tett samarbeid mellom virksomhetsfelleskapet og NAV."),
        ),
    ),
    (
        "Økonomi og rapportering",
        (
            ("Bevisstgjøre og effektivisere tilgjengeliggjorte midler"),
            (
                "TT har en tydelig forståelse av økonomiske ressurser tilgjengelig for "
                "virksomheten, og har en god dialog med kommunalsjef, rådmann og "
                "formannskapet om tjenestenes utvikling. Fremdrift og resultater kommuniseres "
                "ved interne rapporteringer."
            ),
            (
                "Virksomheten forplikter å forvalte en sunn økonomi innenfor gitt rammeverk. "
                "Dette innebærer at virksomhetsfelleskapet utnytter ressursene på en "
                "forsvarlig måte ved å effektivisere avdelingens oppgaver. Fokuset må forbli "
                "på brukerne og deres behov, samtidig som virksomheten har evne til å "
                "gjennomføre nødvendige omstillinger. Bruken av ressurser må stå i forhold "
                "til faktisk situasjon og behov."
            ),
        ),
        (
            ("Kontinuerlig dialog mellom avdelingsledere og virksomhetsleder av brukerbehov."),
            ("Bedre samordning og koordinering mellom avdelingene."),
            ("Forbedret rapportering av fremdrift og måloppnåelse i TT."),
            ("Forståelse av virksomhetenes budsjett og regnskap."),
            ("Økt fokus på kostander."),
            ("Økt fokus på velferdsteknologi."),
            ("Bidra til en effektiv forvaltning av tildelte ressurser."),
        ),
    ),
    (
        "Rutiner og internkontroll",
        (
            (
                "Skape lik praksis i avdelingene og ferdigstille den endelige strukturen i "
                "virksomheten."
            ),
            (
                "Virksomheten sikrer forsvarlige tjenester ved kontinuerlig evaluering og "
                "melding om endring i behov, i dialog med pårørende/verge, personal og "
                "Tildelingskontoret, gjennom etablerte strukturer og oppdaterte rutiner."
            ),
            (
                "Etter fylkesmannens avviksrapport fra 2014 har arbeidet til TT vært preget "
                "av en omfattende snuoperasjon for å bygge opp en ny virksomhet med ny "
                "struktur, nye rutiner og internkontroll, brukermedvirkning, oppfølging av "
                "avvik og samarbeid med frivillige."
            ),
            (
                "Medarbeidere i TT har integritet og utfører oppgaver i henhold til faglige "
                "vurderinger og forskrifter. Samtidig er det rom for refleksjon og kritisk "
                "tenking."
            ),
        ),
        (
            ("Vi sikrer forsvarlige tjenester i henhold til sentrale og lokale føringer."),
            ("Vi reflekterer, diskuterer og utfører oppgaver etter faglige forskrifter."),
            ("Vi ivaretar menneskeverdet."),
            ("Vi tilrettelegger for deltakelse."),
            (
                "Vi følger opp faglige tiltak gjennom dokumentasjon, evaluering, opplæring og "
                "veiledning, samtidig som vi følger opp avvikshåndtering."
            ),
            ("Vi sikrer kontinuitet mellom avdelingene."),
            (
                "Vi utfører våre arbeidsoppgaver etter fastetablert strukturer, tiltak og "
                "forståelse."
            ),
        ),
    ),
    (
        "Velferdsteknologi",
        (
            ("Videreutvikle og utnytte velferdsteknologiske midler."),
            (
                "Velferdsteknologiske løsninger styrker hver enkeltes mulighet til å være "
                "selvstendig og mestre egen livssituasjon. Dette betyr økt trygghet for "
                "brukerne og deres pårørende. Velferdsteknologi bringer innovasjon og "
                "utvikling i våre helse – og omsorgstjenester."
            ),
            (
                "Med velferdsteknologi menes teknologisk assistanse som bidrar til økt "
                "trygghet, sikkerhet, sosial deltakelse, mobilitet, fysisk og kulturell "
                "aktivitet, og den enkeltes evne til å klare seg selv i hverdagen. "
                "Teknologiske hjelpemidler kan øke tilgjengelighet, utnytte ressursene og "
                "forbedre kvaliteten på tjenetilbudet. Bruken av velferdsteknologi vil øke og "
                "påvirke hvordan tjenesten utøver målrettet miljøarbeid. Velferdsteknologi "
                "blir viktig i møte med fremtidenes demografiske utvikling jf. "
                "Kommunedelplan."
            ),
        ),
        (
            ("Økt kompetanse og fokus."),
            ("Økt deltakelse internt i avdelingene."),
            ("Kompetanseoverføring mellom avdelingene."),
            ("Kartlegging av behov og videre bruk."),
            ("Kalkulering av kostander mot gevinst."),
        ),
    ),
)

_TT_GOALS: Final = (
    (
        "1.1",
        "Skape en høy faglig standard ved å fokusere på personalstrategi og personalutvikling.",
    ),
    (
        "1.2",
        "Øke andelen treårige ved interne og eksterne utlysninger, med "
        "fokus på vernepleiere i tråd med nasjonale føringer på minimum 34 "
        "%.",
    ),
    (
        "1.3",
        "Kompetansekartlegge medarbeidere, minke kompetansegapet mellom "
        "brukerbehov og personalet.",
    ),
    (
        "1.4",
        "Sikre en generell kompetanseheving hos ledere og medarbeidere, "
        "tilrettelegge for kurs og foredrag.",
    ),
    ("1.5", "Ferdigstille ansettelsesprosessen og beholde kompetanse."),
    (
        "1.6",
        "Spille en nøkkelrolle i virksomhetenes utvikling og være en synlig aktør i avdelingene.",
    ),
    (
        "1.7",
        "Rekruttere fagutdannede med spesialisering på enkelte områder. "
        "Tilrettelegge for at ansatte kan ta videreutdanning på den måten "
        "som passer den enkelte best, heltid og deltid, og evt. "
        "desentralisert.",
    ),
    (
        "1.8",
        "Øke andel helsefagarbeidere i samarbeid med videregående. Opprettholde praksisplasser.",
    ),
    (
        "2.1",
        "Videreutvikle HOL-samarbeidet (Virksomhetsledere helse og omsorg, "
        "Tildelingskontor, og kommunalsjef)",
    ),
    (
        "2.2",
        "Være en målrettet og tydelig støttespiller i møtefora med avdelingene.",
    ),
    (
        "2.3",
        "Styrke samarbeidet med frivillige og pårørende/verger, herunder "
        "NFU lokallag Vestre-Slidre og Nord – Aurdal, Eldrerådet, Kommunalt "
        "råd for mennesker med nedsatt funksjonsevne.",
    ),
    (
        "2.4",
        "Samarbeide om kompetanseoverføring og utforming av tjenestetilbud "
        "med HAB, BUP, psykisk helse, NAV og andre som kan være av "
        "interesse for tjenesten.",
    ),
    (
        "2.5",
        "Videreutvikle samarbeidet med HR-avdelingen og NAV i forbindelse med sykefravær.",
    ),
    (
        "2.6",
        "Videreutvikle samarbeidet med bedriftshelsetjenesten og "
        "arbeidslivssenteret med mål om å forbedre kultur og holdninger i "
        "tjenesten.",
    ),
    (
        "3.1",
        "Ivareta brukermedvirkning gjennom styrer, råd, prosjekt -og "
        "arbeidsgrupper, utvalg, NFU lokallag, rådet for brukermedvirkning.",
    ),
    (
        "3.2",
        "Spille en aktiv rolle i arbeidsgruppe sammen med NFU lokallag. "
        "Samarbeide i å gjennomføre sosiale aktiviteter.",
    ),
    ("3.3", "Gjennomføre brukerundersøkelser."),
    ("3.4", "Gjennomføre pårørende/verge undersøkelser."),
    (
        "4.1",
        "Fokus på IA-arbeid i hele virksomheten, inkludert "
        "virksomhetsledelsen, jf kommunens IA handlingsplan",
    ),
    ("4.2", "IA-runde i avdelingene – faste dialogmøter med NAV"),
    ("4.3", "Oppfølging av IA- årshjul i avdelingene."),
    ("5.1", "Ferdigstille ansettelsesprosessen."),
    (
        "5.2",
        "Fortsette arbeid med utvikling av turnus og bemanningsplan som "
        "styringsverktøy. Bruke webbasert vikarinnleie – Visma "
        "ressursstyring – Digital vaktbok.",
    ),
    ("5.3", "Styrke samarbeid og dialog med kommunalsjef-nivå."),
    (
        "5.4",
        "Søke om tilskudd, justere budsjettering i konsekvensjustert budsjett.",
    ),
    (
        "5.5",
        "Kartlegge hvilke tjenester som kan erstattes av "
        "velferdsteknologiske midler, samt utregne langtidsinnsparingene "
        "som følge av det.",
    ),
    (
        "5.6",
        "Oppstart av arbeidsgruppe med virksomheten hvor pårørende, verger "
        "og NFU er representert. Kartlegge hvilke økonomiske effekter "
        "tjenesten kan oppnå ved samarbeid med frivillige og NFU.",
    ),
    (
        "5.7",
        "Årlig evaluering og revidering av vedtak. Fokus på brukerrettet "
        "arbeid, mestring av oppgaver mest mulig selvstendig, samt fokusere "
        "på hviletid.",
    ),
    (
        "5.8",
        "Konkretisere og synliggjøre oppgavefordelingen mellom tjenesten og verge.",
    ),
    (
        "5.9",
        "Føre oversikt over hva ressursene er brukt på og redusere "
        "utgiftsposter der det er mulig.",
    ),
    (
        "6.1",
        "Alle avdelinger skal ha felles prosedyre i opplæring av nye "
        "vikarer, samt følge opp medarbeidere.",
    ),
    (
        "6.2",
        "Evaluere vedtakene årlig, registrere og vedtaksfeste endringer. "
        "Følge opp ressurskrevende brukere.",
    ),
    (
        "6.3",
        "Det skal være utarbeidet handlingskjeder på hvordan forebygge "
        "tvang, vold og trusler ved veiledning og planlegging.",
    ),
    (
        "6.4",
        "Alle ansatte skal kunne gjøre rede for helse- og omsorgsloven kap. "
        "9 formål, virkeområde og hjemmel.",
    ),
    (
        "6.5",
        "Fagpermer og tiltakspermer skal være oppdaterte og samsvare med tjenester tildelt.",
    ),
    (
        "6.6",
        "Avdelingsledere skal bidra til virksomhetsrapportering gjennom "
        "egne rapporter til virksomhetslederen med fokus på økonomi, "
        "medarbeidere og ressurskrevende brukere.",
    ),
    (
        "6.7",
        "Alle rutiner og rollebeskrivelser skal være ført inn i kvalitetslosen.",
    ),
    (
        "6.8",
        "Følge opp implementeringsprosess av virksomhetsplan internt i "
        "avdelingene. Revidere ved behov.",
    ),
    (
        "6.9",
        "Følge opp og lukke avvik. Saklige tilbakemeldinger skal være med å "
        "forbedre, løfte og videreutvikle virksomhetenes tjenester.",
    ),
    (
        "7.1",
        "Kartlegge virksomhetenes tjenestebilde og sikre at medarbeidere "
        "forstår hvorfor endringer er viktige og nødvendige.",
    ),
    (
        "7.2",
        "Skaffe en oversikt over faktiske behov hos brukere, ansatte og et "
        "fremtidig bilde av driften.",
    ),
    (
        "7.3",
        "Gjennomføre prosjekt med vekt på å styrke individuell "
        "tilrettelegging, egenmestring og livskvalitet.",
    ),
    (
        "7.4",
        "Integrere velferdsteknologiske løsning i driften, samt sørge for "
        "at medarbeidere har nok kunnskap til å drive tjenestene videre.",
    ),
    (
        "7.5",
        "Holde fokus på ønskede resultater og målsettinger for brukere, pårørende og kommunen.",
    ),
)

_AVD_GOALS: Final = (
    ("1.1", "Avdelingsledere veileder og yter faglig bistand."),
    (
        "1.2",
        "Avdelingsledere er synlige i sine avdelinger ved teammøter, "
        "samarbeidsmøter, personalmøter, overlapping og andre fora som er "
        "av interesse.",
    ),
    (
        "1.3",
        "Avdelingsledere er tydelige på hva målsettingene, verdigrunnlaget "
        "og virkeområdet til avdelingene er, inkludert hvilken rolle hver "
        "medarbeider har.",
    ),
    (
        "1.4",
        "Avdelingsledere oppfordrer og stimulerer til debatt og regulerer "
        "med de krav at faglig refleksjon skal utvikle, forbedre og møte "
        "avdelingenes krav og mål.",
    ),
    (
        "1.5",
        "Avdelingenes medarbeidere er innforståtte med sine oppgaver, krav, "
        "forventinger og arbeidsgiverens retningslinjer.",
    ),
    ("1.6", "Avdelingene stiller krav til kurs og foredrag."),
    (
        "1.7",
        "Avdelingene følger opp og kontrollerer at de etiske linjene er "
        "knyttet mot tjenestenes oppgaver.",
    ),
    (
        "2.1",
        "Sikre tverrfaglighet og kompetanseoverføring med HAB, BUP, psykisk "
        "helse, NAV og andre PLO virksomheter.",
    ),
    (
        "2.2",
        "Utvikle tettere samarbeid med NFU og inkludere pårørende og verger i avdelingenes virke.",
    ),
    (
        "2.3",
        "Delta på samarbeidsmøter, kurs, foredrag. Stille krav til gjennomføring av kurs.",
    ),
    ("2.4", "Hospitere."),
    (
        "2.5",
        "Overføring av kompetanse, sikre kontinuitet mellom avdelingene, samt lik praksis.",
    ),
    (
        "3.1",
        "Aktuelle aktiviteter tilpasses og tar utgangspunkt i den enkeltes "
        "ønsker, interesser, behov og muligheter.",
    ),
    (
        "3.2",
        "Teamgruppene skal søke den rette kompetansen og veiledningen som "
        "trengs for å oppnå riktig kvalitet, ressursbruk og faglighet til "
        "den enkelte bruker.",
    ),
    (
        "3.3",
        "Teamgruppene har en felles forståelse av målsettinger og utfører "
        "oppgaver etter lik praksis.",
    ),
    (
        "3.4",
        "Teamgruppene ivaretar brukernes trygghet, og brukerne opplever at "
        "de tar egne avgjørelser.",
    ),
    (
        "3.5",
        "Vi tar med oss tilbakemeldinger i videreutviklingen av TT sine tjenester.",
    ),
    (
        "4.1",
        "Avdelingene følger virksomhetshetens årshjul. Intern evaluering om "
        "det er behov å utarbeide eget årshjul.",
    ),
    (
        "4.2",
        "Avdelingene følger NAV sitt navigasjonskart for virkemidler, "
        "ressurser og rutiner ved sykefravær/forebygging.",
    ),
    ("4.3", "Avdelingene tilrettelegger og følger opp dialogmøte"),
    (
        "4.4",
        "Avdelingene tilrettelegger for omstilling ved behov og tildeling "
        "av andre arbeidsoppgaver.",
    ),
    (
        "4.5",
        "Avdelingene lager en oppfølgingsplan med konkrete tiltak av "
        "hvordan arbeidstakeren skal komme seg tilbake til sine ordinære "
        "oppgaver.",
    ),
    (
        "5.1",
        "Bidra til at virksomhetenes overforbruk reduseres med fokus på "
        "effektivisering av tjenester.",
    ),
    ("5.2", "Følge opp medarbeidere og søke om tilretteleggingstilskudd."),
    (
        "5.3",
        "Omstilling av oppgaver til medarbeidere for å redusere og forebygge sykefravær.",
    ),
    (
        "5.4",
        "Kartlegge bruken av velferdsteknologiske midler internt i avdelingene.",
    ),
    (
        "6.1",
        "Skape lik praksis gjennom felles målsettinger internt i "
        "teamgruppene på den enkeltes opplærings, behandlings og "
        "omsorgsområde.",
    ),
    (
        "6.2",
        "Være en pådriver for at virksomheten innfrir krav og forventinger "
        "fra den politiske ledelsen i kommunen.",
    ),
    (
        "6.3",
        "Bidra til etablering og videreutvikling av virksomhetsfelleskapets "
        "struktur og iverksette nødvendige tiltak for å nå målområdene i "
        "virksomhetsplan.",
    ),
    (
        "6.4",
        "Implementere, vedlikeholde og videreutvikle rutiner og "
        "internkontroll i overensstemmelse med sentrale og lokale føringer.",
    ),
    (
        "6.5",
        "Implementere avdelingsvis virksomhetsplan, rapportere avdelingsvis "
        "på prosessen gjennom etablerte strukturer.",
    ),
    (
        "6.6",
        "Implementere teamledervis virksomhetsplan, rapportere teamledervis "
        "på prosessen gjennom etablerte strukturer.",
    ),
    ("6.7", "Ferdigstille teamgruppene og avdelingsvis visjon og verdigrunnlag."),
    (
        "6.8",
        "Evaluere hjelpeturnus to ganger i året. Sørge for at møtetider "
        "(team, samarbeids, fag) er satt av, oppføre en ansvarsvakt, skaffe "
        "oversikt over endringer. Fordele ansvaret.",
    ),
    (
        "6.9",
        "Drive arbeidet med profil og kvalitetslosen med særlig fokus på "
        "videreutvikling og nye initiativ, herunder erstatte papirarbeid og "
        "permer.",
    ),
    ("6.10", "Forbedre språkbruk i profil."),
    ("6.11", "Følge opp avvik i profil og kvalitetslosen."),
    (
        "6.12",
        "Teamlederne skal kontinuerlig revidere og oppdatere fag- og "
        "tiltaksperm. Permene skal stå etter tildelte tjenester og faktiske "
        "forhold.",
    ),
    (
        "7.1",
        "Oppstart med diverse prosjekter i forsøk på å effektivisere "
        "arbeidet i tjenesten deriblant samarbeid med Weiss-Tech og "
        "innføring av Kan-Helse og e-læringskurs.",
    ),
    ("7.2", "Kartlegge i hvilken grad alarm, GPS kan supplere tjenesteytingen."),
    (
        "7.3",
        "Bli flinkere til å bruke planleggere som for eksempel memo-tavle "
        "og IPAD i utførelsen av dagligdagse oppgaver.",
    ),
)

_BACKGROUND: Final = "\n\n".join(
    (
        (
            "Virksomheten TT ble opprettet i 2013 som en egen enhet og er en av fire pleie- "
            "og omsorgs virksomheter i NAK (PLO). Arbeidet de siste årene har vært preget av "
            "å bygge en ny struktur med klare målsettinger, verdigrunnlag og felles praksis "
            "med utgangspunkt i lovverk og kommunenes retningslinjer."
        ),
        (
            "Tjenesten er i stadig endring og utvikling. Målet vårt er å videreutvikle "
            "kommunens tjenester. Virksomhetsplanen (VP) vil fungere som en veileder i "
            "hvordan støtte utformingen og implementeringen av føringer lagt til grunn for "
            "virksomhetsfelleskapet. Disse er gjengitt i tabell under."
        ),
        (
            "Internasjonalt: FN konvensjonen om sivile og politiske rettigheter; FN "
            "konvensjonen om økonomiske, sosiale og kulturelle rettigheter; FN konvensjonen "
            "om rettighetene til mennesker med nedsatt funksjonsevne; FN konvensjonen om "
            "rettigheter om barnets rettigheter; Europeiske menneskerettighetskonvensjonen.\n"
            "Sentralt: Kommuneloven; Lov om kommunale helse- og omsorgstjenester; "
            "Helsepersonelloven; Pasient – og brukerrettighetsloven; Forvaltningsloven; "
            "Arbeidsmiljøloven; Tjenesteloven SI; Forskrift om ledelse og kvalitetsforbedring "
            "i helse- og omsorgstjenesten; Kvalitetsforskriften; Menneskerettighetsloven.\n"
            "Lokalt: Overordnet planverk; Kommunedelplan HOV; Økonomiplan; Boligsosial "
            "handlingsplan; Strategisk kompetanseplan; Regionale føringer; IA plan; "
            "Internkontroll forskrifter; Tjenesteanalyse; Brukerundersøkelse; Kommunal "
            "planstrategi; HMS inkludert brannvern."
        ),
        (
            "Som et ledd i videreutviklingen av den interne styringen er fylkesmannens "
            "avviksrapport fra 2014 en integrert del av planen. Formålet med rapporten er å "
            "bidra til en mer effektiv ledelse og forvaltning av kommunens tjenester. "
            "Tjenestens arbeid har i etterkant vært preget av å rette opp i avvikene påpekt "
            "av fylkesmannen. Den nye strukturen vektlegger brukermedvirkning og samarbeid "
            "med Norsk Forbund for Utviklingshemmede Vestre Slidre og Nord – Aurdal lokallag "
            "(NFU)."
        ),
        (
            "Kommunen sikrer forsvarlige tjenester ved individuell tilrettelegging og grundig "
            "dokumentasjon. Disse er koblet til internasjonale, sentrale og lokale føringer. "
            "Prioritering og konsentrasjon av helsepersonell er viktig for å kvalitetssikre "
            "brukernes tjenester og oppnå positive resultater. Kompetanseheving og "
            "rekruttering av vernepleiere er et viktig satsingsområde for kommunen. Brukernes "
            "behov styrer de tjenestene virksomheten utøver og det er tjenestenes oppgave å "
            "fremme sosial trygghet og ivareta respekten for den enkeltes pasient og brukers "
            "liv, integritet og menneskeverd jf. pasient - og brukerrettighetsloven § 1-1."
        ),
        (
            "Regnskapet for virksomheten frem til nå, viser et regnskapsmessig merforbruk i "
            "forhold til årsbudsjettet 2016. En rekke av tiltakene som er satt i gang har "
            "medført økte kostander for virksomheten. Tjenesten må bli flinkere til å "
            "effektivisere og utnytte tilgjengeliggjorte midler. Virksomhetsledelsens "
            "målsetting er å levere et resultat i samsvar med budsjett."
        ),
        (
            "En forutsetning for videreutvikling av kommunenes tjenester er å ha en plan som "
            "alle – fra de som tildeler til de som utøver tjenester, gjenkjenner seg i. Dette "
            "innebærer at kommunen og personalet:\n"
            "- Har tillit til hverandre\n"
            "- Er ærlige\n"
            "- Har lojalitet til hverandre"
        ),
        (
            "Tilrettelagte tjenester er en virksomhet med tydelige målsettinger, felles "
            "kultur og verdier, og samhandling på tvers av avdelingene. Tilrettelagte "
            "tjenester er en virksomhet med TÆL."
        ),
        (
            "Virksomhetsplanen er delt i to hoveddeler. Den første delen presenterer "
            "målområdene i TT med tydelige målsettinger og klare forventinger til fag, "
            "medarbeidere og økonomi. Den andre delen gir en beskrivelse av "
            "virksomhetsledelsen -og avdelingenes tiltak for å oppnå målområdene."
        ),
        (
            "En plan kan gi et stillestående bilde av en aktiv virksomhet i tiden den "
            "gjelder. Planens målområder og planelementer vil bestå, men det vil være "
            "nødvendig å revidere og oppdatere planen ettersom endringer finner sted."
        ),
        (
            "Tilrettelagte tjenester for barn, unge og voksne med nedsatt funksjonsevne "
            "omfatter veiledning og bistand til personer med nedsatt funksjonsevne, herunder "
            "psykisk og/eller fysisk utviklingshemming, samt familier/foresatte som trenger "
            "veiledning/opplæring knyttet til barn og unge med utfordrende atferd og "
            "spesielle behov."
        ),
        (
            "Tjenesten skal tilrettelegge for vedlikehold og utvikling av egne ferdigheter og "
            "ressurser. Dette skal bidra til selvstendighet og opplevelsen av å mestre "
            "dagliglivets gjøremål og et aktivt liv. Systematisk bruk av målrettet "
            "miljøarbeid, veiledning, tverrfaglig samhandling, brukermedvirkning og "
            "implementering av velferdsteknologiske løsninger er sentrale element som "
            "tjenesten bygger sin utøvelse på jf. kommunedelplan."
        ),
        (
            "Nord-Aurdal kommune er organisert etter en tre-nivå modell. Virksomheten ledes "
            "av en virksomhetsleder som er underlagt kommunalsjef for helse og omsorg, og "
            "rådmann."
        ),
        (
            "Med bakgrunn i politisk vedtatte styringsdokumenter og krav fra eksterne "
            "myndigheter, utarbeider rådmannen enten personlig eller ved kommunalsjef og "
            "virksomhetsleder en resultat – og utviklingsplan innen utgangen av januar."
        ),
        (
            "Resultat- og utviklingsplanen skal minimum inneholde:\n"
            "a) Konkretisering av resultat/krav til virksomheten\n"
            "b) Utviklingsområder med konkrete ambisjonsmål for virksomheten\n"
            "c) Spesielle resultat/krav knyttet til lederen\n"
            "d) Spesielle utviklingsområder med konkret ambisjonsnivå for lederen\n"
            "e) Bistand som rådmannen skal yte i gjennomføringen av planer"
        ),
        (
            "TT består av tre avdelinger fordelt på:\n"
            "- Kongsvegen (Kongsvegen bofellesskap, Øvrevegen bofellesskap, barneavlastning)\n"
            "- Leirali (Leirali aktivitetshus, Granli, Flata, samt aktuelle privateide hjem)\n"
            "- Fagernes (Vesle-Tveit, Lia)"
        ),
        ("Hver avdeling ledes av en avdelingsleder som rapporterer direkte til virksomhetsleder."),
        (
            "Tildelingskontoret er organisatorisk plassert direkte under kommunalsjef for "
            "helse og omsorg, og har en virksomhetsovergripende funksjon. Avdelingen er "
            "tildeler av pleie- og omsorgstjenester (PLO) i NAK. Lederen deltar i månedlige "
            "møter med kommunens PLO-ledere for å forsterke den faglige dialogen, skape "
            "tettere samarbeid og følge opp samhandlingen av de berørte prosessene i de fire "
            "helse – og omsorgs virksomhetene."
        ),
        (
            "Tildelingskontoret er også koordinerende enhet for habilitering og "
            "rehabilitering. Avdelingen har ansvar for å oppnevne en koordinator og gi "
            "tilstrekkelig opplæring, samt individuell plan. En koordinator fungerer som et "
            "bindeledd mellom diverse hjelpeinstanser og kommunen, og tilrettelegger for at "
            "god samhandling finner sted."
        ),
    )
)

_RESOURCES: Final = "\n\n".join(
    (
        (
            "Flere faktorer spiller inn for å nå målområdene i virksomhetsplan 2019-2023. De "
            "viktigste er medarbeidere, kompetanse og brukerne. Disse legger grunnlaget for "
            "målområdene i tjenesten. En viktig målsetting for Tilrettelagte tjenester er at "
            "virksomheten har medarbeidere som forstår organisasjonenes målområder og klarer "
            "å knytte det mot hverdagens oppgaver. Medarbeidere spiller en nøkkelrolle dersom "
            "virksomheten skal klare å innfri etter internasjonale, sentrale og lokale "
            "føringer."
        ),
        (
            "Brukernes behov tegner rammene for tjenestene virksomheten yter. Endringer i "
            "brukergruppen, nye brukere og komplekse diagnoser styrer hvilken kompetanse "
            "tjenesten trenger å innhente, samt hvilke rolle medarbeidere får i tjenesten. "
            "Det er i hovedsak brukerne som definerer hvordan Tilrettelagte tjenester vil se "
            "ut i 2020."
        ),
        (
            "Virksomheten disponerer følgende boligmasse jf. NAK boligsosial handlingsplan "
            "2014.\n"
            "Bolig – antall leiligheter – kommentar:\n"
            "- Vesle-Tveit – 9 – Leiligheter fordelt på 2 plan.\n"
            "- Lia – 3 – 2 boliger pr. etasje.\n"
            "- Flata – 2 – Boliger i eldre rekkehus. Avlastningsløsning for barn og unge er "
            "lagt her.\n"
            "- Granli – 4 – Enkeltstående boliger\n"
            "- Kongsvegen – 10 – Har fellesareal\n"
            "- Solbakken – 4 – Privateide boliger\n"
            "- Totalt – 32"
        ),
    )
)

_EXTENSIONS: Final = {
    "source": "Virksomhetsplan 2019-2023, Tilrettelagte tjenester, Nord-Aurdal kommune",
    "illustrative": (
        "Ikke fra kildeplanen, men lagt til som illustrasjon: oppfølgingene i 2019 av planen og "
        "av målene TT 1.1, 1.2, 1.5, 2.1, 3.1 og 5.1, utgangsverdien 28 % for TT 1.2 og de "
        "målte verdiene, og rapportene levert i 2019."
    ),
    "leadership_responsibility": (
        "Virksomhetslederen i Tilrettelagte tjenester er tjenestenes øverste leder og har et "
        "administrativt og faglig ansvar ovenfor virksomhetens ansatte, effektiv forvaltning "
        "av organisasjon, utføre arbeidsoppgaver som framgår i kommunenes organisasjonsplan "
        "og styringsdokumenter herunder forvalte økonomiske ressurser i henhold til budsjett "
        "og økonomireglementer, og rapportering. Samt skape en bruker- og serviceorientert "
        "utvikling av kommunenes tjenester og følge opp helse-, miljø-, og sikkerhetsarbeid. "
        "Lønn, post, IKT, arkiv og saksbehandling faller også under oppgavene til "
        "virksomhetsleder."
    ),
    "department_objective": (
        "Hver avdeling har sitt virkeområde i virksomhetsfelleskapet. Det er en målsetting "
        "for alle avdelingene å bygge opp et eget visjonsgrunnlag med tydelige målsettinger "
        "innen 2020. Disse skal ta utgangspunkt i virksomhetenes målområder og skal "
        "gjenspeile avdelingsvise tiltak for å oppnå målområdene."
    ),
    "goal_area_introductions": {
        "TT": {
            "1": (
                "Målområde 1 innebærer å tydeliggjøre og skape en forståelse av "
                "organisasjonens verdigrunnlag, funksjon og målområder."
            ),
            "2": (
                "Målområde 2 sin hensikt er å bidra til god forståelse og spille en aktiv "
                "rolle i virksomhetsfelleskapet, samt være en bidragsyter i de aktuelle fora "
                "som er aktuelle for organisasjon."
            ),
            "3": (
                "Målområde 3 vektlegger at brukerne og deres foresatt er en gruppe som skal "
                "være med å drive frem tjenestetilbudet på systemnivå."
            ),
            "4": (
                "Målområde 4 fokuserer på å forebygge fravær fra arbeidsoppgaver ved å "
                "tilrettelegge og følge opp medarbeidere. Det er et mål at medarbeidere "
                "kontakter sin leder om mulig sykmelding før vedkommende oppsøker lege."
            ),
            "5": (
                "Målområde 5 omfatter å forvalte tilgjengeliggjorte økonomiske midler på en "
                "forsvarlig og effektiv måte i henhold til kommunens økonomiske "
                "retningslinjer."
            ),
            "6": (
                "Målområde 6 sin målsetting er å sikre og utføre forsvarlige tjenester. En "
                "fastlagt struktur bygd på felles rutiner og internkontroll sikrer lik "
                "praksis i avdelingene."
            ),
            "7": (
                "Målområde 7 innebærer å videreutvikle og integrere velferdsteknologiske "
                "midler i utøvelsen av virksomhetenes tjenester."
            ),
        },
        "Avd": {
            "1": (
                "Målområdet 1 sin hensikt er å ha medarbeidere som sikrer profesjonell "
                "styring gjennom et aktivt og positivt fagmiljø."
            ),
            "2": (
                "Målområde 2 har til hensikt å styrke samarbeidet mellom avdelingene og "
                "eksterne samarbeidspartnere gjennom etablerte og aktive møtefora, og faglige "
                "bidrag internt i teamgruppene."
            ),
            "3": ("Målområdet 3 innebærer å sikre brukermedvirkning på individnivå."),
            "4": ("Målområdet 4 sikter på å forebygge sykdom og fravær internt i avdelingene."),
            "5": (
                "Målområde 5 innebærer å gjennomføre nødvendige omstillinger og sikre "
                "profesjonell styring effektivt."
            ),
            "6": (
                "Målområde 6 har som hensikt å etablere en felles struktur på tvers av "
                "avdelingene med utgangspunkt i tjenestens brukere og behov. Målet er å "
                "etablere lik praksis rundt hver enkelt bruker, skape forutsigbarhet, samt "
                "sikre at personalgruppen besitter nødvendig kompetanse for å kvalitetsikre "
                "brukerens tjenester."
            ),
            "7": (
                "Målområdet 7 sin målsetting er å kartlegge hvilke brukere som kan benytte "
                "seg av velferdsteknologiske midler."
            ),
        },
    },
    "forecast": (
        "Beregning av fremtidig prognose må ta utgangspunkt i målområdene for både "
        "virksomheten og avdelingene. Virksomhetsplanen har definert hva disse målområdene er "
        "og hvilke tiltak som må iverksettes for stabilisere tjenesteytingen og økonomien. "
        "Noen av tiltakene er integrerte i avdelingenes virke. Målsettingen frem til 2020 er "
        "å iverksette resten og følge prosessen opp med krav, forventninger og veiledning. "
        "Alle aktiviteter vil bli tidfestet i egen handlingsplan."
        "\n\n"
        "Planen skal være et redskap i videre utviklingen av virksomheten og oppbygging av "
        "avdelingene, samt være en gjenstand til diskusjon og endring av tiltak. Vi skal bli "
        "bedre."
    ),
}
