"""Åtgärdsplan (sv) in Brå's template for local crime prevention.

The template's columns are kept as they are: numbered causes (*Orsak* 1, 2, 3), measures
linked to a cause by its number (*Åtgärd*), an operational goal per measure (*Operativa mål*),
when and in which order (*När*), who is responsible with contact details (*Vem*), and the
follow-up in green, yellow or red (*Uppföljning*). Situational measures come first, social
measures run in parallel. The town, the problem and every person are fictitious.

The plan is shown as it stood on 1 October 2024: everything that had fallen due by then is
recorded. The working group followed the plan up twice, in June and in September, each
measure and each goal in green, yellow or red, with the goals' indicators measured where
there was something to measure.
"""

# ruff: noqa: RUF001 - Swedish text uses the en dash of its typography

from __future__ import annotations

import datetime as dt

from tiltak._enums import Effort, PlanKind, PlanStatus, StatusColour
from tiltak._model import (
    Adoption,
    Baseline,
    Cause,
    FollowUp,
    FollowUpRoutine,
    Goal,
    Measure,
    Plan,
    Responsible,
    Target,
)
from tiltak._time._dates import PartialDate, Period
from tiltak._time._schedule import Schedule

__all__ = ["build"]

_GROUP = "Arbetsgruppen för trygghet i centrum"
_JUNE = dt.date(2024, 6, 14)
_SEPTEMBER = dt.date(2024, 9, 13)

_STREETS = Responsible(
    name="Anders Exempel",
    role="Gatuchef",
    organisation="Tekniska förvaltningen, Exempelstads kommun",
    email="anders.exempel@example.se",
    phone="+46 70 000 00 01",
)
_PARKS = Responsible(
    name="Karin Exempel",
    role="Parkchef",
    organisation="Tekniska förvaltningen, Exempelstads kommun",
    email="karin.exempel@example.se",
    phone="+46 70 000 00 02",
)
_PROPERTY = Responsible(
    name="Johan Exempel",
    role="Förvaltare",
    organisation="Exempelstadshem AB",
    email="johan.exempel@example.se",
    phone="+46 70 000 00 03",
)
_POLICE = Responsible(
    name="Sara Exempel",
    role="Kommunpolis",
    organisation="Polisen, lokalpolisområde Exempelstad",
    email="sara.exempel@example.se",
    phone="+46 70 000 00 04",
)
_FIELD = Responsible(
    name="Mehmet Exempel",
    role="Samordnare för fältassistenterna",
    organisation="Fritidsförvaltningen, Exempelstads kommun",
    email="mehmet.exempel@example.se",
    phone="+46 70 000 00 05",
)
_YOUTH = Responsible(
    name="Eva Exempel",
    role="Fritidschef",
    organisation="Fritidsförvaltningen, Exempelstads kommun",
    email="eva.exempel@example.se",
    phone="+46 70 000 00 06",
)

_WEEKENDS = "FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20241231"


def build() -> Plan:
    """The åtgärdsplan for Stortorget in Exempelstad."""
    return Plan(
        kind=PlanKind.ACTION_PLAN,
        id="action_plan_bra",
        title="Åtgärdsplan: skadegörelse och otrygghet på Stortorget",
        status=PlanStatus.ACTIVE,
        period=Period(start="2024-03-01", end="2024-12-31"),
        created=dt.date(2024, 2, 6),
        owner="Styrgruppen för brottsförebyggande arbete, Exempelstads kommun",
        purpose=(
            "Ge dem som ska genomföra åtgärderna exakta instruktioner: vad som ska göras, av "
            "vem, när och i vilken ordning, och hur genomförandet ska följas upp."
        ),
        background=(
            "Under 2023 polisanmäldes 148 fall av skadegörelse vid Stortorget och "
            "busstationen, de flesta fredag och lördag mellan kl. 21 och 03. I kommunens "
            "trygghetsmätning uppgav 58 procent att de undviker torget kvällstid. Kommunen "
            "och lokalpolisområdet tog fram lägesbilden tillsammans med näringsidkare och "
            "fastighetsägare vid torget. Åtgärderna hänger ihop: effekten uteblir om bara "
            "några av dem genomförs."
        ),
        resources=(
            "Tekniska förvaltningen: 450 000 kr ur investeringsbudgeten för belysning och "
            "röjning. Fritidsförvaltningen: två fältassistenter och fritidsgården Ungdomens "
            "hus. Polisen: kommunpolisen och lokalpolisområdets ingripandeverksamhet. "
            "Exempelstadshem AB och de privata fastighetsägarna bekostar klottersanering på "
            "sina fastigheter. Föreningen Nattvandrarna i Exempelstad bidrar med frivilliga."
        ),
        documentation=(
            "Varje ansvarig för in genomförda moment i samverkansgruppens gemensamma logg, med "
            "datum. Polisen redovisar anmälningar vid torget varje månad; fältassistenterna "
            "för anteckningar efter varje kväll."
        ),
        causes=(
            Cause(
                id="1",
                text=(
                    "Dålig belysning och skymda ytor vid torget och busstationen gör att "
                    "skadegörelse kan ske utan att någon ser det."
                ),
            ),
            Cause(
                id="2",
                text=(
                    "Grupper av ungdomar samlas på torget fredag och lördag kväll utan vuxna "
                    "i närheten och utan något annat att göra, och alkohol langas till "
                    "minderåriga."
                ),
            ),
            Cause(
                id="3",
                text=(
                    "Klotter och skadegörelse blir kvar länge, vilket signalerar att ingen bryr "
                    "sig och ökar otryggheten."
                ),
            ),
        ),
        goals=(
            Goal(
                id="1",
                text="Skadegörelsen vid Stortorget och busstationen minskar.",
                target=Target(
                    measure=(
                        "Antal polisanmälda skadegörelsebrott vid torget och busstationen, de "
                        "senaste tolv månaderna (minst 30 procent färre än 2023)"
                    ),
                    value="Högst 104",
                    due="2024-12-31",
                    baseline=Baseline(value="149", date="2023"),
                    unit="anmälningar",
                    direction="lower",
                ),
                follow_ups=(
                    FollowUp(
                        date=_JUNE,
                        colour=StatusColour.YELLOW,
                        value="131",
                        note="Färre anmälningar sedan belysningen lagades; långt kvar till målet.",
                        by=_GROUP,
                    ),
                    FollowUp(
                        date=_SEPTEMBER,
                        colour=StatusColour.GREEN,
                        value="112",
                        note="Minskningen håller i sig; målet kan nås vid årets slut.",
                        by=_GROUP,
                    ),
                ),
            ),
            Goal(
                id="2",
                text="Fler känner sig trygga på Stortorget kvällstid.",
                target=Target(
                    measure=(
                        "Andel som uppger att de undviker torget kvällstid i kommunens "
                        "trygghetsmätning"
                    ),
                    value="Högst 40",
                    due="2024-11",
                    baseline=Baseline(value="58", date="2023"),
                    unit="procent",
                    direction="lower",
                ),
                follow_ups=(
                    FollowUp(
                        date=_JUNE,
                        colour=StatusColour.YELLOW,
                        note="Trygghetsmätningen görs i november; tidigt att bedöma.",
                        by=_GROUP,
                    ),
                    FollowUp(
                        date=_SEPTEMBER,
                        colour=StatusColour.RED,
                        note="Fritidsgården har inte öppnat sent; färre vuxna på torget.",
                        by=_GROUP,
                    ),
                ),
            ),
        ),
        measures=_measures(),
        adoption=Adoption(
            date=dt.date(2024, 2, 20),
            by="Styrgruppen för brottsförebyggande arbete, Exempelstads kommun",
        ),
        follow_up=FollowUpRoutine(
            dates=tuple(PartialDate.parse(d) for d in ("2024-06-14", "2024-09-13", "2024-12-13")),
            method=(
                f"{_GROUP} följer upp varje åtgärd: hur parterna uppfyllt sina åtaganden, "
                "markerat grön, gul eller röd med en kommentar. Styrgruppen får en lägesrapport "
                "efter varje uppföljning och beslutar om ändringar."
            ),
        ),
        follow_ups=(
            FollowUp(
                date=_JUNE,
                colour=StatusColour.YELLOW,
                note=(
                    "Belysning och röjning klara; saneringen saknar avtal med två "
                    "fastighetsägare. Lägesrapport till styrgruppen."
                ),
                by=_GROUP,
            ),
            FollowUp(
                date=_SEPTEMBER,
                colour=StatusColour.YELLOW,
                note=(
                    "Skadegörelsen har minskat med 22 procent hittills i år. Fritidsgårdens "
                    "kvällsöppet har inte kommit i gång; styrgruppen beslutar i oktober."
                ),
                by=_GROUP,
            ),
        ),
    )


def _measures() -> tuple[Measure, ...]:
    return (
        Measure(
            id="1",
            title="Förstärkt belysning",
            description=(
                "Byt trasiga armaturer på torget och sätt upp ny LED-belysning i gångtunneln "
                "och vid busstationens cykelställ. Situationell åtgärd som ger omedelbar effekt."
            ),
            causes=("1",),
            goals=("1", "2"),
            operational_goal=(
                "All belysning på torget, i gångtunneln och vid busstationen fungerar och lyser "
                "upp hela ytan, utan mörka partier."
            ),
            deadline="2024-04-30",
            order=1,
            effort=Effort.ONE_OFF,
            responsible=_STREETS,
            completed=dt.date(2024, 4, 26),
            follow_ups=(
                FollowUp(
                    date=_JUNE,
                    colour=StatusColour.GREEN,
                    note="Klart i april. Skadegörelsen i gångtunneln har minskat tydligt.",
                    by=_GROUP,
                ),
            ),
        ),
        Measure(
            id="2",
            title="Röjning av skymda ytor",
            description=(
                "Klipp ner buskagen vid busstationen och ta bort planket bakom kiosken, så att "
                "hela torget kan överblickas från gatan."
            ),
            causes=("1",),
            goals=("1",),
            operational_goal="Inga ytor vid torget och busstationen är skymda från gatan.",
            deadline="2024-05-31",
            order=2,
            effort=Effort.ONE_OFF,
            responsible=_PARKS,
            completed=dt.date(2024, 5, 20),
            follow_ups=(
                FollowUp(
                    date=_JUNE,
                    colour=StatusColour.GREEN,
                    note="Buskagen är nedklippta och planket är borttaget.",
                    by=_GROUP,
                ),
            ),
        ),
        Measure(
            id="3",
            title="Snabb sanering av klotter och skadegörelse",
            description=(
                "Klotter och skadegörelse på torget anmäls till en gemensam felanmälan och "
                "saneras inom 24 timmar, på kommunens ytor och på fastighetsägarnas."
            ),
            causes=("3",),
            goals=("1", "2"),
            operational_goal=(
                "Anmält klotter och anmäld skadegörelse på torget åtgärdas inom 24 timmar i "
                "minst 90 procent av fallen."
            ),
            period=Period(start="2024-03-01", end="2024-12-31"),
            order=3,
            effort=Effort.ORDINARY,
            responsible=_PROPERTY,
            follow_ups=(
                FollowUp(
                    date=_JUNE,
                    colour=StatusColour.YELLOW,
                    note=(
                        "Kommunens ytor saneras inom 24 timmar, men två fastighetsägare saknar "
                        "avtal. Styrgruppen kontaktar dem."
                    ),
                    by=_GROUP,
                ),
                FollowUp(
                    date=_SEPTEMBER,
                    colour=StatusColour.GREEN,
                    note="Alla fastighetsägare har avtal; 93 procent sanerat inom 24 timmar.",
                    by=_GROUP,
                ),
            ),
        ),
        Measure(
            id="4",
            title="Synlig polisnärvaro fredag och lördag kväll",
            description=(
                "Polisen planerar in torget i helgernas arbete och ingriper mot langning och "
                "förtäring av alkohol bland minderåriga."
            ),
            causes=("2",),
            goals=("1", "2"),
            operational_goal=(
                "Polis finns på torget minst två timmar mellan kl. 21 och 02 varje fredag och "
                "lördag."
            ),
            schedule=Schedule(start=dt.date(2024, 3, 1), rule=_WEEKENDS),
            order=4,
            effort=Effort.ORDINARY,
            responsible=_POLICE,
            follow_ups=(
                FollowUp(
                    date=_JUNE,
                    colour=StatusColour.GREEN,
                    note="Polis på plats 24 av 26 helgkvällar.",
                    by=_GROUP,
                ),
                FollowUp(
                    date=_SEPTEMBER,
                    colour=StatusColour.YELLOW,
                    note=(
                        "Under sommaren föll flera kvällar bort för prioriterade larm: polis på "
                        "plats 15 av 26 helgkvällar."
                    ),
                    by=_GROUP,
                ),
            ),
        ),
        Measure(
            id="5",
            title="Fältassistenter och nattvandrare på torget",
            description=(
                "Social åtgärd parallellt med de situationella: vuxna finns på torget, tar "
                "kontakt med ungdomarna och slussar dem vidare till fritidsgården."
            ),
            causes=("2",),
            goals=("2",),
            operational_goal=(
                "Fältassistenter eller nattvandrare finns på torget varje fredag och lördag "
                "kl. 20–24; oro för en ungdom anmäls till socialtjänsten samma natt."
            ),
            schedule=Schedule(start=dt.date(2024, 3, 1), rule=_WEEKENDS),
            order=5,
            effort=Effort.ORDINARY,
            responsible=_FIELD,
            follow_ups=(
                FollowUp(
                    date=_JUNE,
                    colour=StatusColour.GREEN,
                    note="Vuxna på torget alla helgkvällar; 11 orosanmälningar.",
                    by=_GROUP,
                ),
                FollowUp(
                    date=_SEPTEMBER,
                    colour=StatusColour.GREEN,
                    note="Fungerar som planerat; nattvandrarna har fått fem nya frivilliga.",
                    by=_GROUP,
                ),
            ),
        ),
        Measure(
            id="6",
            title="Fritidsgården öppen sent på helgerna",
            description=(
                "Försök under hösten: Ungdomens hus har öppet till kl. 24 fredag och lördag, "
                "som ett alternativ till torget. Social åtgärd parallellt med de situationella."
            ),
            causes=("2",),
            goals=("1", "2"),
            operational_goal=(
                "Ungdomens hus har öppet till kl. 24 fredag och lördag, med minst 40 besökare "
                "per kväll."
            ),
            period=Period(start="2024-08-16", end="2024-12-31"),
            order=6,
            effort=Effort.ONE_OFF,
            responsible=_YOUTH,
            follow_ups=(
                FollowUp(
                    date=_SEPTEMBER,
                    colour=StatusColour.RED,
                    note=(
                        "Inte genomfört: personal saknas för kvällarna. Styrgruppen beslutar om "
                        "extra bemanning i oktober."
                    ),
                    by=_GROUP,
                ),
            ),
        ),
    )
