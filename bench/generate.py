"""Generated plans for the benchmarks: deterministic, realistic, in the tiltak JSON format.

A plan of ``n`` measures is an operational plan (virksomhetsplan) of a municipal care unit:
seven goal areas, goals on two levels (the unit's and the departments'), and measures with a
responsible and contact details, full and partial deadlines, some on a schedule, and recorded
follow-ups with status colours. Texts mix bokmål and Swedish, with æ, ø, å, ä and ö.

    python bench/generate.py 1000 > plan-1000.json
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from typing import Any

FORMAT = "tiltak/1"

AREAS = (
    ("Brukermedvirkning", "Sikre at brukernes stemme høres i alle ledd av tjenesten."),
    ("Kompetanse", "Økt fagkompetanse og felles forståelse av lovverket."),
    ("Kvalitet og pasientsikkerhet", "Færre avvik, og læring av de avvikene som skjer."),
    ("Arbeidsmiljø", "Et godt arbeidsmiljø med lavt sykefravær og trygge ansatte."),
    ("Samarbete med anhöriga", "Anhöriga får information och är delaktiga i planeringen."),
    ("Økonomi og ressursbruk", "Tjenestene gis innenfor vedtatt budsjett."),
    ("Digitalisering", "Välfärdsteknik används där den gör vardagen tryggare."),
)

VERBS = (
    "Gjennomføre",
    "Etablere",
    "Videreutvikle",
    "Kartlegge",
    "Genomföra",
    "Införa",
    "Utvärdera",
    "Følge opp",
    "Styrke",
    "Förbättra",
)
OBJECTS = (
    "opplæring i velferdsteknologi for ansatte på nattevakt",
    "faste møter med pårørende før og etter ferieavvikling",
    "rutiner for legemiddelhåndtering i bofellesskapet på Fagernes",
    "brukerundersøkelse om trivsel og medvirkning i dagtilbudet",
    "samverkan med regionens primärvård kring läkemedelsgenomgångar",
    "trygghetsskapande åtgärder på äldreboendet Solgläntan",
    "tverrfaglige møter om individuell plan og koordinator",
    "kompetenshöjning i lågaffektivt bemötande för all personal",
    "avviksrapportering og læringsnotater i kvalitetssystemet",
    "aktivitetstilbud på kveldstid for unge voksne med utviklingshemming",
    "överenskommelse med socialtjänsten om samordnad individuell plan",
    "ernæringskartlegging av alle brukere over 65 år",
)
HOWS = (
    "Avdelingsleder setter av tid i personalmøtet hver fjerde uke.",
    "Genom handledning i grupp och uppföljning på arbetsplatsträffar.",
    "I samarbeid med fysioterapeut, ergoterapeut og NAV.",
    "Med stöd av kommunens utvecklingsledare och en extern föreläsare.",
    "Teamleder følger opp med hver ansatt i medarbeidersamtalen.",
)
SCOPES = ("2 timer i uka", "en halv dag per måned", "4 tillfällen per termin", "ved behov")
GOAL_STEMS = (
    "Alle brukere har en oppdatert individuell plan",
    "Sykefraværet er under 6 prosent",
    "Samtliga medarbetare har genomgått utbildning i dokumentation",
    "Antall avvik knyttet til legemidler er halvert",
    "Brukarna upplever att de får vara delaktiga i sin planering",
    "Ansatte kjenner kommunens retningslinjer for tvang og makt",
    "Pårørende får svar på henvendelser innen tre virkedager",
)
FIRST = (
    "Åse",
    "Bjørn",
    "Kjersti",
    "Håkon",
    "Märta",
    "Sölve",
    "Ingrid",
    "Øystein",
    "Åsa",
    "Jörgen",
)
LAST = ("Ødegård", "Bråten", "Sæther", "Åberg", "Lindqvist", "Østby", "Håkansson", "Grønli")
ROLES = (
    "avdelingsleder",
    "teamleder",
    "vernepleier",
    "enhetschef",
    "sjuksköterska",
    "koordinator",
)
UNITS = (
    "Tilrettelagte tjenester",
    "Hjemmetjenesten Nord",
    "Äldreomsorgen Väster",
    "Bofellesskap Øst",
)
NOTES = (
    "Gjennomført som planlagt, god oppslutning.",
    "Delvis genomfört; två tillfällen ställdes in på grund av sjukdom.",
    "Ikke startet, mangler vikarer i perioden.",
    "Bra resultat, fortsätter som ordinarie arbete.",
)
COLOURS = ("green", "yellow", "red")
# Half the schedules use BY-parts as the format's own examples do (weekdays, month ends,
# the n-th weekday of a month, tertial ends), so about 8 % of the measures have one.
PLAIN_RULES = (
    "FREQ=MONTHLY;INTERVAL=4",
    "FREQ=MONTHLY",
    "FREQ=WEEKLY;INTERVAL=2",
    "FREQ=YEARLY",
)
BY_RULES = (
    "FREQ=WEEKLY;BYDAY=MO,TH",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    "FREQ=MONTHLY;BYMONTHDAY=-1",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=MONTHLY;BYDAY=1WE",
    "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1",
    "FREQ=WEEKLY;BYDAY=WE;COUNT=12",
)

START = dt.date(2024, 1, 1)
END = dt.date(2027, 12, 31)


def _date(rng: random.Random, start: dt.date = START, end: dt.date = END) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _partial(rng: random.Random) -> str:
    day = _date(rng)
    precision = rng.random()
    if precision < 0.6:
        return day.isoformat()
    if precision < 0.9:
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    mail = (first + "." + last).lower()
    mail = mail.translate(str.maketrans({"å": "a", "ø": "o", "æ": "ae", "ä": "a", "ö": "o"}))
    return (
        f"{first} {last}",
        f"{mail}@kommune.example",
        f"+47 {rng.randrange(40_000_000, 99_999_999)}",
    )


def _measure(rng: random.Random, index: int, goal_ids: list[str]) -> dict[str, Any]:
    name, email, phone = _person(rng)
    verb, obj = rng.choice(VERBS), rng.choice(OBJECTS)
    measure: dict[str, Any] = {
        "id": f"T{index + 1}",
        "title": f"{verb} {obj}",
        "description": f"{verb} {obj}. {rng.choice(HOWS)} Tiltaket nr. {index + 1} i planen.",
        "how": rng.choice(HOWS),
        "goals": sorted(rng.sample(goal_ids, k=min(len(goal_ids), rng.choice((1, 1, 2))))),
        "responsible": {
            "name": name,
            "role": rng.choice(ROLES),
            "organisation": rng.choice(UNITS),
            "email": email,
            "phone": phone,
        },
        "order": index + 1,
        "effort": rng.choice(("one_off", "ordinary")),
    }
    if rng.random() < 0.5:
        measure["scope"] = rng.choice(SCOPES)
    if rng.random() < 0.3:
        measure["operational_goal"] = (
            f"{rng.choice(GOAL_STEMS)} innen {rng.choice(('2025', '2026'))}."
        )
    shape = rng.random()
    if shape < 0.7:
        measure["deadline"] = _partial(rng)
    elif shape < 0.85:
        start = _date(rng, START, dt.date(2025, 12, 31))
        measure["period"] = {"start": start.isoformat(), "end": _partial(rng)}
    else:
        rules = BY_RULES if rng.random() < 0.5 else PLAIN_RULES
        measure["schedule"] = {"start": _date(rng).isoformat(), "rule": rng.choice(rules)}
    follow_ups = []
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        follow_up: dict[str, Any] = {"date": _date(rng).isoformat()}
        if rng.random() < 0.85:
            follow_up["colour"] = rng.choice(COLOURS)
        follow_up["note"] = rng.choice(NOTES)
        follow_up["by"] = rng.choice(ROLES)
        follow_ups.append(follow_up)
    if follow_ups:
        measure["follow_ups"] = sorted(follow_ups, key=lambda f: f["date"])
    if rng.random() < 0.1:
        measure["completed"] = _date(rng).isoformat()
    return measure


def plan_document(measures: int, *, seed: int = 2024) -> dict[str, Any]:
    """The JSON document of an operational plan with ``measures`` measures."""
    rng = random.Random(f"{seed}:{measures}")
    areas = [
        {
            "id": str(i + 1),
            "title": title,
            "purpose": purpose,
            "expectations": [f"Virksomheten forventer at {purpose[0].lower()}{purpose[1:]}"],
        }
        for i, (title, purpose) in enumerate(AREAS)
    ]
    goals: list[dict[str, Any]] = []
    per_area = max(1, measures // 10 // len(AREAS))
    for area in areas:
        for n in range(1, per_area + 1):
            goal_id = f"{area['id']}.{n}"
            goals.append(
                {
                    "id": goal_id,
                    "text": f"{rng.choice(GOAL_STEMS)} ({area['title'].lower()}, mål {goal_id}).",
                    "area": area["id"],
                    "level": "TT",
                    "origin": "service",
                    "target": {
                        "measure": "andel i prosent",
                        "value": str(rng.randrange(50, 100)),
                        "due": _partial(rng),
                    },
                }
            )
            if rng.random() < 0.5:
                goals.append(
                    {
                        "id": f"Avd-{goal_id}",
                        "text": f"Avdelingens bidrag: {rng.choice(GOAL_STEMS).lower()}.",
                        "area": area["id"],
                        "parent": goal_id,
                        "level": "Avd",
                    }
                )
    goal_ids = [goal["id"] for goal in goals]
    name, email, phone = _person(rng)
    return {
        "format": FORMAT,
        "kind": "operational_plan",
        "id": f"VP-{seed}-{measures}",
        "title": "Virksomhetsplan for Tilrettelagte tjenester 2024\N{EN DASH}2027",
        "status": "active",
        "period": {"start": "2024", "end": "2027"},
        "created": "2023-11-15",
        "owner": "Tilrettelagte tjenester, Nord-Aurdal kommune",
        "purpose": "Å gi en samlet fremstilling av målene for perioden og hvordan de nås.",
        "background": (
            "Tjenesten er i stadig endring. Fylkesmannens rapport om avvik er en integrert del "
            "av planen, og arbeidet vektlegger brukermedvirkning og samarbeid med pårørende."
        ),
        "resources": "Budsjett etter vedtak i kommunestyret; to årsverk til fagutvikling.",
        "goal_areas": areas,
        "goals": goals,
        "measures": [_measure(rng, i, goal_ids) for i in range(measures)],
        "coordinator": {
            "name": name,
            "role": "virksomhetsleder",
            "organisation": UNITS[0],
            "email": email,
            "phone": phone,
        },
        "adoption": {"date": "2023-12-12", "by": "Kommunestyret"},
        "revisions": [{"due": "2025-06", "main": True, "note": "Neste hovedrevisjon."}],
        "reporting": [
            {
                "reporter": "teamleder",
                "recipient": "avdelingsleder",
                "schedule": {"start": "2024-01-31", "rule": "FREQ=MONTHLY"},
            },
            {
                "reporter": "virksomhetsleder",
                "recipient": "kommunalsjef",
                "schedule": {
                    "start": "2024-04-30",
                    "rule": "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1",
                },
            },
        ],
        "follow_up": {
            "schedule": {"start": "2024-04-30", "rule": "FREQ=MONTHLY;INTERVAL=4"},
            "method": "Tertialrapport til kommunalsjef med statusfarge per tiltak.",
        },
        "extensions": {"kommunenummer": "3451", "kilde": {"system": "fagsystem", "versjon": 3}},
    }


def plan_json(measures: int, *, seed: int = 2024) -> str:
    """The document as JSON text (UTF-8, not ASCII-escaped)."""
    return json.dumps(plan_document(measures, seed=seed), ensure_ascii=False)


if __name__ == "__main__":
    sys.stdout.write(plan_json(int(sys.argv[1]) if len(sys.argv) > 1 else 100) + "\n")
