# ruff: noqa: E501 - translations are kept whole, one per line
"""Fill the nb, nn and sv catalogs with the translations of the rule messages.

Run once the catalogs know the messages (``python tools/catalogs.py update``), then check
(``python tools/catalogs.py check``). Only empty or fuzzy entries are filled, so a reviewed
translation is never overwritten. When every entry is filled this file can go.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ("nb", "nn", "sv")

TRANSLATIONS: dict[str, tuple[str, str, str]] = {
    "The background is described": (
        "Bakgrunnen er beskrevet",
        "Bakgrunnen er skildra",
        "Bakgrunden är beskriven",
    ),
    "The background is not described.": (
        "Bakgrunnen er ikke beskrevet.",
        "Bakgrunnen er ikkje skildra.",
        "Bakgrunden är inte beskriven.",
    ),
    "The available resources are described": (
        "De tilgjengelige ressursene er beskrevet",
        "Dei tilgjengelege ressursane er skildra",
        "De tillgängliga resurserna är beskrivna",
    ),
    "The available resources are not described.": (
        "De tilgjengelige ressursene er ikke beskrevet.",
        "Dei tilgjengelege ressursane er ikkje skildra.",
        "De tillgängliga resurserna är inte beskrivna.",
    ),
    "Every measure has a description": (
        "Hvert tiltak har en beskrivelse",
        "Kvart tiltak har ei skildring",
        "Varje åtgärd har en beskrivning",
    ),
    "The measure has no description.": (
        "Tiltaket har ingen beskrivelse.",
        "Tiltaket har inga skildring.",
        "Åtgärden saknar beskrivning.",
    ),
    "Where the plan names causes, every measure addresses at least one cause": (
        "Når planen nevner årsaker, retter hvert tiltak seg mot minst én årsak",
        "Når planen nemner årsaker, rettar kvart tiltak seg mot minst éi årsak",
        "När planen anger orsaker riktar sig varje åtgärd mot minst en orsak",
    ),
    "The measure addresses no cause.": (
        "Tiltaket retter seg ikke mot noen årsak.",
        "Tiltaket rettar seg ikkje mot nokon årsak.",
        "Åtgärden riktar sig inte mot någon orsak.",
    ),
    "Where the plan names causes, every cause has at least one measure": (
        "Når planen nevner årsaker, har hver årsak minst ett tiltak",
        "Når planen nemner årsaker, har kvar årsak minst eitt tiltak",
        "När planen anger orsaker har varje orsak minst en åtgärd",
    ),
    "No measure addresses this cause.": (
        "Ingen tiltak retter seg mot denne årsaken.",
        "Ingen tiltak rettar seg mot denne årsaka.",
        "Ingen åtgärd riktar sig mot den här orsaken.",
    ),
    "With more than one measure, the order of the measures is given": (
        "Med flere tiltak er rekkefølgen angitt",
        "Med fleire tiltak er rekkjefølgja oppgitt",
        "Med flera åtgärder är ordningsföljden angiven",
    ),
    "The measure's place in the order is not given.": (
        "Tiltakets plass i rekkefølgen er ikke angitt.",
        "Plassen til tiltaket i rekkjefølgja er ikkje oppgitt.",
        "Åtgärdens plats i ordningsföljden är inte angiven.",
    ),
    "Each measure says whether it is a one-off effort or part of ordinary work": (
        "Hvert tiltak sier om det er et engangstiltak eller del av ordinært arbeid",
        "Kvart tiltak seier om det er eit eingongstiltak eller del av ordinært arbeid",
        "Varje åtgärd anger om den är en punktinsats eller del av ordinarie arbete",
    ),
    "The measure does not say whether it is a one-off effort or ordinary work.": (
        "Tiltaket sier ikke om det er et engangstiltak eller ordinært arbeid.",
        "Tiltaket seier ikkje om det er eit eingongstiltak eller ordinært arbeid.",
        "Åtgärden anger inte om den är en punktinsats eller ordinarie arbete.",
    ),
    "The plan is adopted: a date, and by whom": (
        "Planen er vedtatt: dato, og av hvem",
        "Planen er vedteken: dato, og av kven",
        "Planen är fastställd: datum, och av vem",
    ),
    "The plan is not recorded as adopted.": (
        "Det er ikke registrert at planen er vedtatt.",
        "Det er ikkje registrert at planen er vedteken.",
        "Det är inte registrerat att planen är fastställd.",
    ),
    "The date of adoption is not given.": (
        "Vedtaksdatoen er ikke oppgitt.",
        "Vedtaksdatoen er ikkje oppgitt.",
        "Datum för fastställelse är inte angivet.",
    ),
    "It is not said who adopted the plan.": (
        "Det står ikke hvem som vedtok planen.",
        "Det står ikkje kven som vedtok planen.",
        "Det framgår inte vem som fastställde planen.",
    ),
    "The plan names no causes": (
        "Planen nevner ingen årsaker",
        "Planen nemner ingen årsaker",
        "Planen anger inga orsaker",
    ),
    "The plan names no causes of the problem.": (
        "Planen nevner ingen årsaker til problemet.",
        "Planen nemner ingen årsaker til problemet.",
        "Planen anger inga orsaker till problemet.",
    ),
    "The plan has a title": (
        "Planen har en tittel",
        "Planen har ein tittel",
        "Planen har en titel",
    ),
    "The plan has no title.": (
        "Planen har ingen tittel.",
        "Planen har ingen tittel.",
        "Planen saknar titel.",
    ),
    "The plan period has a start, and its end is not before its start": (
        "Planperioden har en start, og slutten er ikke før starten",
        "Planperioden har ein start, og slutten er ikkje før starten",
        "Planperioden har en början, och slutet ligger inte före början",
    ),
    "The plan has no period.": (
        "Planen har ingen periode.",
        "Planen har ingen periode.",
        "Planen saknar period.",
    ),
    "The plan period has no start.": (
        "Planperioden har ingen start.",
        "Planperioden har ingen start.",
        "Planperioden saknar början.",
    ),
    "The plan period ends ({end}) before it starts ({start}).": (
        "Planperioden slutter ({end}) før den starter ({start}).",
        "Planperioden sluttar ({end}) før han startar ({start}).",
        "Planperioden slutar ({end}) innan den börjar ({start}).",
    ),
    "The plan has at least one goal": (
        "Planen har minst ett mål",
        "Planen har minst eitt mål",
        "Planen har minst ett mål",
    ),
    "The plan has no goals.": (
        "Planen har ingen mål.",
        "Planen har ingen mål.",
        "Planen saknar mål.",
    ),
    "The plan has at least one measure": (
        "Planen har minst ett tiltak",
        "Planen har minst eitt tiltak",
        "Planen har minst en åtgärd",
    ),
    "The plan has no measures.": (
        "Planen har ingen tiltak.",
        "Planen har ingen tiltak.",
        "Planen saknar åtgärder.",
    ),
    "Identifiers are unique (goal areas, goals, causes, measures)": (
        "Identifikatorene er unike (målområder, mål, årsaker, tiltak)",
        "Identifikatorane er unike (målområde, mål, årsaker, tiltak)",
        "Identifierarna är unika (målområden, mål, orsaker, åtgärder)",
    ),
    "This identifier is already used at {field}[{first}].": (
        "Denne identifikatoren er allerede brukt i {field}[{first}].",
        "Denne identifikatoren er alt brukt i {field}[{first}].",
        "Den här identifieraren används redan i {field}[{first}].",
    ),
    "Every reference resolves (measure to goal and cause, goal to area and parent goal)": (
        "Alle henvisninger finnes (tiltak til mål og årsak, mål til område og overordnet mål)",
        "Alle tilvisingar finst (tiltak til mål og årsak, mål til område og overordna mål)",
        "Alla hänvisningar finns (åtgärd till mål och orsak, mål till område och överordnat mål)",
    ),
    "The goal refers to a goal area that does not exist.": (
        "Målet viser til et målområde som ikke finnes.",
        "Målet viser til eit målområde som ikkje finst.",
        "Målet hänvisar till ett målområde som inte finns.",
    ),
    "The goal refers to a parent goal that does not exist.": (
        "Målet viser til et overordnet mål som ikke finnes.",
        "Målet viser til eit overordna mål som ikkje finst.",
        "Målet hänvisar till ett överordnat mål som inte finns.",
    ),
    "The measure refers to a goal that does not exist.": (
        "Tiltaket viser til et mål som ikke finnes.",
        "Tiltaket viser til eit mål som ikkje finst.",
        "Åtgärden hänvisar till ett mål som inte finns.",
    ),
    "The measure refers to a cause that does not exist.": (
        "Tiltaket viser til en årsak som ikke finnes.",
        "Tiltaket viser til ei årsak som ikkje finst.",
        "Åtgärden hänvisar till en orsak som inte finns.",
    ),
    "The measure refers to a principal that does not exist.": (
        "Tiltaket viser til en ansvarlig virksomhet som ikke finnes.",
        "Tiltaket viser til ei ansvarleg verksemd som ikkje finst.",
        "Åtgärden hänvisar till en huvudman som inte finns.",
    ),
    "Every measure has a responsible": (
        "Hvert tiltak har en ansvarlig",
        "Kvart tiltak har ein ansvarleg",
        "Varje åtgärd har en ansvarig",
    ),
    "The measure has no responsible.": (
        "Tiltaket har ingen ansvarlig.",
        "Tiltaket har ingen ansvarleg.",
        "Åtgärden saknar ansvarig.",
    ),
    "Every measure says when: a deadline, a period or a schedule": (
        "Hvert tiltak sier når: en frist, en periode eller en plan for gjentakelse",
        "Kvart tiltak seier når: ein frist, ein periode eller ein plan for gjentaking",
        "Varje åtgärd anger när: ett sista datum, en period eller ett schema",
    ),
    "The measure has no deadline, period or schedule.": (
        "Tiltaket har ingen frist, periode eller plan for gjentakelse.",
        "Tiltaket har ingen frist, periode eller plan for gjentaking.",
        "Åtgärden saknar sista datum, period och schema.",
    ),
    "Every measure serves at least one goal": (
        "Hvert tiltak tjener minst ett mål",
        "Kvart tiltak tener minst eitt mål",
        "Varje åtgärd tjänar minst ett mål",
    ),
    "The measure serves no goal.": (
        "Tiltaket tjener ikke noe mål.",
        "Tiltaket tener ikkje noko mål.",
        "Åtgärden tjänar inget mål.",
    ),
    "Every goal has at least one measure": (
        "Hvert mål har minst ett tiltak",
        "Kvart mål har minst eitt tiltak",
        "Varje mål har minst en åtgärd",
    ),
    "No measure works towards this goal.": (
        "Ingen tiltak arbeider mot dette målet.",
        "Ingen tiltak arbeider mot dette målet.",
        "Ingen åtgärd arbetar mot det här målet.",
    ),
    "Every dated element lies inside the plan period": (
        "Alle datoer ligger innenfor planperioden",
        "Alle datoar ligg innanfor planperioden",
        "Alla datum ligger inom planperioden",
    ),
    "This lies outside the plan period {start} to {end}.": (
        "Dette ligger utenfor planperioden {start} til {end}.",
        "Dette ligg utanfor planperioden {start} til {end}.",
        "Detta ligger utanför planperioden {start} till {end}.",
    ),
    "The plan says when and how it is followed up": (
        "Planen sier når og hvordan den følges opp",
        "Planen seier når og korleis han blir følgd opp",
        "Planen anger när och hur den följs upp",
    ),
    "The plan does not say how it is followed up.": (
        "Planen sier ikke hvordan den følges opp.",
        "Planen seier ikkje korleis han blir følgd opp.",
        "Planen anger inte hur den följs upp.",
    ),
    "The follow-up has neither a schedule nor dates.": (
        "Oppfølgingen har verken en plan for gjentakelse eller datoer.",
        "Oppfølginga har verken ein plan for gjentaking eller datoar.",
        "Uppföljningen har varken schema eller datum.",
    ),
    "The follow-up does not say how it is done.": (
        "Oppfølgingen sier ikke hvordan den gjøres.",
        "Oppfølginga seier ikkje korleis ho blir gjord.",
        "Uppföljningen anger inte hur den görs.",
    ),
    "A responsible person can be reached (phone or e-mail)": (
        "En ansvarlig kan nås (telefon eller e-post)",
        "Ein ansvarleg kan nåast (telefon eller e-post)",
        "En ansvarig kan nås (telefon eller e-post)",
    ),
    "No phone number or e-mail address is given.": (
        "Verken telefonnummer eller e-postadresse er oppgitt.",
        "Verken telefonnummer eller e-postadresse er oppgitt.",
        "Varken telefonnummer eller e-postadress är angivet.",
    ),
    "A goal is measurable: a target and a date": (
        "Et mål er målbart: en målverdi og en dato",
        "Eit mål er målbart: ein målverdi og ein dato",
        "Ett mål är mätbart: ett målvärde och ett datum",
    ),
    "The goal has no measurable target.": (
        "Målet har ingen målbar målverdi.",
        "Målet har ingen målbar målverdi.",
        "Målet saknar mätbart målvärde.",
    ),
    "The goal's target has no date.": (
        "Målverdien har ingen dato.",
        "Målverdien har ingen dato.",
        "Målvärdet saknar datum.",
    ),
    "The same goal or measure text appears twice": (
        "Samme mål- eller tiltakstekst står to ganger",
        "Same mål- eller tiltakstekst står to gonger",
        "Samma mål- eller åtgärdstext förekommer två gånger",
    ),
    "The goal repeats the text of goals[{other}].": (
        "Målet gjentar teksten i goals[{other}].",
        "Målet gjentek teksten i goals[{other}].",
        "Målet upprepar texten i goals[{other}].",
    ),
    "The measure repeats the text of measures[{other}].": (
        "Tiltaket gjentar teksten i measures[{other}].",
        "Tiltaket gjentek teksten i measures[{other}].",
        "Åtgärden upprepar texten i measures[{other}].",
    ),
    "A measure is past its deadline without a green follow-up or completion": (
        "Et tiltak har passert fristen uten grønn oppfølging eller fullføring",
        "Eit tiltak har passert fristen utan grøn oppfølging eller fullføring",
        "En åtgärd har passerat sitt sista datum utan grön uppföljning eller slutförande",
    ),
    "The measure was due on {due}, {days} days ago.": (
        "Tiltaket hadde frist {due}, for {days} dager siden.",
        "Tiltaket hadde frist {due}, for {days} dagar sidan.",
        "Åtgärden skulle vara klar senast {due}, för {days} dagar sedan.",
    ),
    "A scheduled follow-up or revision is past due and not recorded": (
        "En planlagt oppfølging eller revisjon er forsinket og ikke registrert",
        "Ei planlagd oppfølging eller ein planlagd revisjon er forseinka og ikkje registrert",
        "En planerad uppföljning eller revidering är försenad och inte registrerad",
    ),
    "The follow-up due on {due} is not recorded ({count} missed in all).": (
        "Oppfølgingen som forfalt {due}, er ikke registrert ({count} uteblitt i alt).",
        "Oppfølginga som forfall {due}, er ikkje registrert ({count} uteblitt i alt).",
        "Uppföljningen som förföll {due} är inte registrerad ({count} uteblivna totalt).",
    ),
    "The follow-up due {due} is not recorded.": (
        "Oppfølgingen med frist {due} er ikke registrert.",
        "Oppfølginga med frist {due} er ikkje registrert.",
        "Uppföljningen som förföll {due} är inte registrerad.",
    ),
    "The revision due {due} is not recorded as done.": (
        "Revisjonen med frist {due} er ikke registrert som gjennomført.",
        "Revisjonen med frist {due} er ikkje registrert som gjennomført.",
        "Revideringen som förföll {due} är inte registrerad som genomförd.",
    ),
    "A recorded follow-up of a measure has no status colour": (
        "En registrert oppfølging av et tiltak har ingen statusfarge",
        "Ei registrert oppfølging av eit tiltak har inga statusfarge",
        "En registrerad uppföljning av en åtgärd saknar statusfärg",
    ),
    "The follow-up has no status colour.": (
        "Oppfølgingen har ingen statusfarge.",
        "Oppfølginga har inga statusfarge.",
        "Uppföljningen saknar statusfärg.",
    ),
    "A phone number or e-mail address is malformed": (
        "Et telefonnummer eller en e-postadresse er ugyldig",
        "Eit telefonnummer eller ei e-postadresse er ugyldig",
        "Ett telefonnummer eller en e-postadress är felaktig",
    ),
    "The e-mail address is malformed.": (
        "E-postadressen er ugyldig.",
        "E-postadressa er ugyldig.",
        "E-postadressen är felaktig.",
    ),
    "The phone number is malformed.": (
        "Telefonnummeret er ugyldig.",
        "Telefonnummeret er ugyldig.",
        "Telefonnumret är felaktigt.",
    ),
    "Consent is recorded": (
        "Samtykke er registrert",
        "Samtykke er registrert",
        "Samtycke är registrerat",
    ),
    "Consent is not recorded.": (
        "Samtykke er ikke registrert.",
        "Samtykke er ikkje registrert.",
        "Samtycke är inte registrerat.",
    ),
    "The person has not given consent.": (
        "Personen har ikke gitt samtykke.",
        "Personen har ikkje gitt samtykke.",
        "Den enskilde har inte gett sitt samtycke.",
    ),
    "Every measure names the principal responsible for it": (
        "Hvert tiltak nevner den ansvarlige virksomheten",
        "Kvart tiltak nemner den ansvarlege verksemda",
        "Varje åtgärd anger den huvudman som ansvarar för den",
    ),
    "The measure names no responsible principal.": (
        "Tiltaket nevner ingen ansvarlig virksomhet.",
        "Tiltaket nemner inga ansvarleg verksemd.",
        "Åtgärden anger ingen ansvarig huvudman.",
    ),
    "Exactly one principal has the overall responsibility": (
        "Nøyaktig én virksomhet har det overordnede ansvaret",
        "Nøyaktig éi verksemd har det overordna ansvaret",
        "Exakt en huvudman har det övergripande ansvaret",
    ),
    "No principal has the overall responsibility.": (
        "Ingen virksomhet har det overordnede ansvaret.",
        "Inga verksemd har det overordna ansvaret.",
        "Ingen huvudman har det övergripande ansvaret.",
    ),
    "principals[{first}] already has the overall responsibility.": (
        "principals[{first}] har allerede det overordnede ansvaret.",
        "principals[{first}] har alt det overordna ansvaret.",
        "principals[{first}] har redan det övergripande ansvaret.",
    ),
    "Measures by others than the principals are marked as such": (
        "Tiltak som andre enn de ansvarlige virksomhetene står for, er merket slik",
        "Tiltak som andre enn dei ansvarlege verksemdene står for, er merkte slik",
        "Insatser som andra än huvudmännen står för är markerade som sådana",
    ),
    "The measure names no principal and does not say who provides it.": (
        "Tiltaket nevner ingen ansvarlig virksomhet og sier ikke hvem som står for det.",
        "Tiltaket nemner inga ansvarleg verksemd og seier ikkje kven som står for det.",
        "Åtgärden anger ingen huvudman och inte vem som står för den.",
    ),
    "The plan refers to the decision it carries out": (
        "Planen viser til vedtaket den gjennomfører",
        "Planen viser til vedtaket han gjennomfører",
        "Planen hänvisar till det beslut den verkställer",
    ),
    "The plan does not refer to the decision it carries out.": (
        "Planen viser ikke til vedtaket den gjennomfører.",
        "Planen viser ikkje til vedtaket han gjennomfører.",
        "Planen hänvisar inte till det beslut den verkställer.",
    ),
    "At least one goal comes from the decision": (
        "Minst ett mål kommer fra vedtaket",
        "Minst eitt mål kjem frå vedtaket",
        "Minst ett mål kommer från beslutet",
    ),
    "No goal is marked as coming from the decision.": (
        "Ingen mål er merket som hentet fra vedtaket.",
        "Ingen mål er merkte som henta frå vedtaket.",
        "Inget mål är markerat som hämtat från beslutet.",
    ),
    "Every activity says how it is carried out": (
        "Hver aktivitet sier hvordan den gjennomføres",
        "Kvar aktivitet seier korleis han blir gjennomført",
        "Varje aktivitet anger hur den genomförs",
    ),
    "The activity does not say how it is carried out.": (
        "Aktiviteten sier ikke hvordan den gjennomføres.",
        "Aktiviteten seier ikkje korleis han blir gjennomført.",
        "Aktiviteten anger inte hur den genomförs.",
    ),
    "Cooperation with the committee, other providers or principals is described": (
        "Samarbeidet med nemnda, andre utførere eller virksomheter er beskrevet",
        "Samarbeidet med nemnda, andre utførarar eller verksemder er skildra",
        "Samverkan med nämnden, andra utförare eller huvudmän är beskriven",
    ),
    "Cooperation is not described.": (
        "Samarbeidet er ikke beskrevet.",
        "Samarbeidet er ikkje skildra.",
        "Samverkan är inte beskriven.",
    ),
    "The user's participation is recorded": (
        "Brukerens medvirkning er registrert",
        "Brukarmedverknaden er registrert",
        "Den enskildes delaktighet är dokumenterad",
    ),
    "The user's participation is not recorded.": (
        "Brukerens medvirkning er ikke registrert.",
        "Brukarmedverknaden er ikkje registrert.",
        "Den enskildes delaktighet är inte dokumenterad.",
    ),
    "It is not recorded whether the user took part.": (
        "Det er ikke registrert om brukeren deltok.",
        "Det er ikkje registrert om brukaren var med.",
        "Det är inte dokumenterat om den enskilde deltog.",
    ),
    "It is not said how the user's views and wishes were considered.": (
        "Det står ikke hvordan brukerens synspunkter og ønsker ble tatt hensyn til.",
        "Det står ikkje korleis synspunkta og ønska til brukaren vart tekne omsyn til.",
        "Det framgår inte hur den enskildes synpunkter och önskemål beaktades.",
    ),
    "The date the plan was adopted is given": (
        "Datoen planen ble vedtatt, er oppgitt",
        "Datoen planen vart vedteken, er oppgitt",
        "Datum då planen fastställdes är angivet",
    ),
    "Others who took part in drawing up the plan are named": (
        "Andre som deltok i utarbeidelsen av planen, er nevnt",
        "Andre som var med og utarbeidde planen, er nemnde",
        "Andra som deltog i upprättandet av planen är angivna",
    ),
    "No one besides the user is named as taking part.": (
        "Ingen andre enn brukeren er nevnt som deltakere.",
        "Ingen andre enn brukaren er nemnde som deltakarar.",
        "Ingen annan än den enskilde anges som deltagare.",
    ),
    "The plan has not been followed up for more than 12 months": (
        "Planen er ikke fulgt opp på mer enn 12 måneder",
        "Planen er ikkje følgd opp på meir enn 12 månader",
        "Planen har inte följts upp på mer än 12 månader",
    ),
    "The plan has not been followed up since {since}.": (
        "Planen er ikke fulgt opp siden {since}.",
        "Planen er ikkje følgd opp sidan {since}.",
        "Planen har inte följts upp sedan {since}.",
    ),
    "The user's consent is recorded, with its date": (
        "Brukerens samtykke er registrert, med dato",
        "Samtykket frå brukaren er registrert, med dato",
        "Brukarens samtycke är registrerat, med datum",
    ),
    "The user's consent is not recorded.": (
        "Brukerens samtykke er ikke registrert.",
        "Samtykket frå brukaren er ikkje registrert.",
        "Brukarens samtycke är inte registrerat.",
    ),
    "The user has not given consent.": (
        "Brukeren har ikke gitt samtykke.",
        "Brukaren har ikkje gitt samtykke.",
        "Brukaren har inte gett sitt samtycke.",
    ),
    "The date of the consent is not recorded.": (
        "Datoen for samtykket er ikke registrert.",
        "Datoen for samtykket er ikkje registrert.",
        "Datum för samtycket är inte registrerat.",
    ),
    "A coordinator is named": (
        "En koordinator er oppnevnt",
        "Ein koordinator er oppnemnd",
        "En samordnare är utsedd",
    ),
    "No coordinator is named.": (
        "Ingen koordinator er oppnevnt.",
        "Ingen koordinator er oppnemnd.",
        "Ingen samordnare är utsedd.",
    ),
    "At least one goal is the user's own": (
        "Minst ett mål er brukerens eget",
        "Minst eitt mål er brukaren sitt eige",
        "Minst ett mål är brukarens eget",
    ),
    "No goal is marked as the user's own.": (
        "Ingen mål er merket som brukerens eget.",
        "Ingen mål er merkte som brukaren sitt eige.",
        "Inget mål är markerat som brukarens eget.",
    ),
    "The user's resources and needs are described": (
        "Brukerens ressurser og behov er beskrevet",
        "Ressursane og behova til brukaren er skildra",
        "Brukarens resurser och behov är beskrivna",
    ),
    "The user's resources are not described.": (
        "Brukerens ressurser er ikke beskrevet.",
        "Ressursane til brukaren er ikkje skildra.",
        "Brukarens resurser är inte beskrivna.",
    ),
    "The user's needs for services are not described.": (
        "Brukerens behov for tjenester er ikke beskrevet.",
        "Behovet brukaren har for tenester, er ikkje skildra.",
        "Brukarens behov av insatser är inte beskrivna.",
    ),
    "The participants are listed": (
        "Deltakerne er oppført",
        "Deltakarane er førte opp",
        "Deltagarna är angivna",
    ),
    "No participants are listed.": (
        "Ingen deltakere er oppført.",
        "Ingen deltakarar er førte opp.",
        "Inga deltagare är angivna.",
    ),
    "Each participant's contribution is stated": (
        "Hver deltakers bidrag er angitt",
        "Bidraget frå kvar deltakar er oppgitt",
        "Varje deltagares bidrag är angivet",
    ),
    "The participant's contribution is not stated.": (
        "Deltakerens bidrag er ikke angitt.",
        "Bidraget frå deltakaren er ikkje oppgitt.",
        "Deltagarens bidrag är inte angivet.",
    ),
    "Every measure says how it is carried out": (
        "Hvert tiltak sier hvordan det gjennomføres",
        "Kvart tiltak seier korleis det blir gjennomført",
        "Varje åtgärd anger hur den genomförs",
    ),
    "The measure does not say how it is carried out.": (
        "Tiltaket sier ikke hvordan det gjennomføres.",
        "Tiltaket seier ikkje korleis det blir gjennomført.",
        "Åtgärden anger inte hur den genomförs.",
    ),
    "A revision date is set": (
        "En revisjonsdato er satt",
        "Ein revisjonsdato er sett",
        "Ett datum för revidering är satt",
    ),
    "No revision date is set.": (
        "Ingen revisjonsdato er satt.",
        "Ingen revisjonsdato er sett.",
        "Inget datum för revidering är satt.",
    ),
    "Cooperation with other providers or agencies is described": (
        "Samarbeidet med andre tjenesteytere eller etater er beskrevet",
        "Samarbeidet med andre tenesteytarar eller etatar er skildra",
        "Samverkan med andra utförare eller myndigheter är beskriven",
    ),
    "With several providers, consent to share confidential information is recorded": (
        "Med flere tjenesteytere er samtykke til deling av taushetsbelagte opplysninger registrert",
        "Med fleire tenesteytarar er samtykke til deling av teiepliktige opplysningar registrert",
        "Med flera utförare är samtycke till att dela sekretessbelagda uppgifter registrerat",
    ),
    "{providers} providers take part; consent to share information is not recorded.": (
        "{providers} tjenesteytere deltar; samtykke til deling av opplysninger er ikke registrert.",
        "{providers} tenesteytarar er med; samtykke til deling av opplysningar er ikkje registrert.",
        "{providers} utförare deltar; samtycke till att dela uppgifter är inte registrerat.",
    ),
    "Across plans: one person has at most one active individuell plan": (
        "På tvers av planer: én person har høyst én aktiv individuell plan",
        "På tvers av planar: éin person har høgst éin aktiv individuell plan",
        "Över flera planer: en person har högst en aktiv individuell plan",
    ),
    "Goal areas exist, each with a purpose": (
        "Målområder finnes, hvert med et formål",
        "Målområde finst, kvart med eit føremål",
        "Målområden finns, vart och ett med ett syfte",
    ),
    "The plan has no goal areas.": (
        "Planen har ingen målområder.",
        "Planen har ingen målområde.",
        "Planen saknar målområden.",
    ),
    "The goal area has no purpose.": (
        "Målområdet har ikke noe formål.",
        "Målområdet har ikkje noko føremål.",
        "Målområdet saknar syfte.",
    ),
    "Every goal belongs to a goal area; a goal numbered n.m sits in area n": (
        "Hvert mål hører til et målområde; et mål nummerert n.m står i område n",
        "Kvart mål høyrer til eit målområde; eit mål nummerert n.m står i område n",
        "Varje mål hör till ett målområde; ett mål numrerat n.m står i område n",
    ),
    "The goal belongs to no goal area.": (
        "Målet hører ikke til noe målområde.",
        "Målet høyrer ikkje til noko målområde.",
        "Målet hör inte till något målområde.",
    ),
    "The goal is numbered {number} but sits in goal area {area}.": (
        "Målet har nummer {number}, men står i målområde {area}.",
        "Målet har nummer {number}, men står i målområde {area}.",
        "Målet har nummer {number} men står i målområde {area}.",
    ),
    "A goal area has no goals": (
        "Et målområde har ingen mål",
        "Eit målområde har ingen mål",
        "Ett målområde saknar mål",
    ),
    "The goal area has no goals.": (
        "Målområdet har ingen mål.",
        "Målområdet har ingen mål.",
        "Målområdet saknar mål.",
    ),
    "A main revision is planned, inside the period": (
        "En hovedrevisjon er planlagt, innenfor perioden",
        "Ein hovudrevisjon er planlagd, innanfor perioden",
        "En huvudrevidering är planerad, inom perioden",
    ),
    "No main revision is planned.": (
        "Ingen hovedrevisjon er planlagt.",
        "Ingen hovudrevisjon er planlagd.",
        "Ingen huvudrevidering är planerad.",
    ),
    "The main revision has no date.": (
        "Hovedrevisjonen har ingen dato.",
        "Hovudrevisjonen har ingen dato.",
        "Huvudrevideringen saknar datum.",
    ),
    "The main revision is planned outside the plan period.": (
        "Hovedrevisjonen er planlagt utenfor planperioden.",
        "Hovudrevisjonen er planlagd utanfor planperioden.",
        "Huvudrevideringen är planerad utanför planperioden.",
    ),
    "The reporting schedule is given: who reports to whom, how often": (
        "Rapporteringen er angitt: hvem rapporterer til hvem, og hvor ofte",
        "Rapporteringa er oppgitt: kven rapporterer til kven, og kor ofte",
        "Rapporteringen är angiven: vem rapporterar till vem, och hur ofta",
    ),
    "The reporting schedule is not given.": (
        "Rapporteringen er ikke angitt.",
        "Rapporteringa er ikkje oppgitt.",
        "Rapporteringen är inte angiven.",
    ),
    "It is not said who reports.": (
        "Det står ikke hvem som rapporterer.",
        "Det står ikkje kven som rapporterer.",
        "Det framgår inte vem som rapporterar.",
    ),
    "It is not said to whom.": (
        "Det står ikke til hvem.",
        "Det står ikkje til kven.",
        "Det framgår inte till vem.",
    ),
    "It is not said how often.": (
        "Det står ikke hvor ofte.",
        "Det står ikkje kor ofte.",
        "Det framgår inte hur ofta.",
    ),
    "The four parts are present": (
        "De fire delene er med",
        "Dei fire delane er med",
        "De fyra delarna finns med",
    ),
    "The return-to-work facts are missing.": (
        "Opplysningene om sykefraværet mangler.",
        "Opplysningane om sjukefråværet manglar.",
        "Uppgifterna om sjukfrånvaron saknas.",
    ),
    "The assessment of work tasks and capacity is missing.": (
        "Vurderingen av arbeidsoppgaver og arbeidsevne mangler.",
        "Vurderinga av arbeidsoppgåver og arbeidsevne manglar.",
        "Bedömningen av arbetsuppgifter och arbetsförmåga saknas.",
    ),
    "No measure by the employer is given.": (
        "Ingen tiltak i arbeidsgivers regi er oppgitt.",
        "Ingen tiltak i regi av arbeidsgivaren er oppgitt.",
        "Ingen åtgärd från arbetsgivaren är angiven.",
    ),
    "No measure with help from the authorities is given.": (
        "Ingen tiltak med bistand fra NAV er oppgitt.",
        "Ingen tiltak med bistand frå NAV er oppgitt.",
        "Ingen åtgärd med stöd från myndigheterna är angiven.",
    ),
    "The plan for further follow-up is missing.": (
        "Planen for videre oppfølging mangler.",
        "Planen for vidare oppfølging manglar.",
        "Planen för fortsatt uppföljning saknas.",
    ),
    "Made within 4 weeks of the first day of absence, unless obviously unnecessary": (
        "Utarbeidet innen 4 uker etter første fraværsdag, hvis ikke åpenbart unødvendig",
        "Utarbeidd innan 4 veker etter første fråværsdag, om det ikkje er openbert unødvendig",
        "Upprättad inom 4 veckor från första frånvarodagen, om den inte är uppenbart onödig",
    ),
    "The first day of absence is not given.": (
        "Første fraværsdag er ikke oppgitt.",
        "Første fråværsdag er ikkje oppgitt.",
        "Första frånvarodagen är inte angiven.",
    ),
    "The date the plan was made is not given.": (
        "Datoen planen ble utarbeidet, er ikke oppgitt.",
        "Datoen planen vart utarbeidd, er ikkje oppgitt.",
        "Datum då planen upprättades är inte angivet.",
    ),
    "The plan was made {days} days after the first day of absence (limit {limit}).": (
        "Planen ble utarbeidet {days} dager etter første fraværsdag (grense {limit}).",
        "Planen vart utarbeidd {days} dagar etter første fråværsdag (grense {limit}).",
        "Planen upprättades {days} dagar efter första frånvarodagen (gräns {limit}).",
    ),
    "Sent to the sick-listing doctor within 4 weeks": (
        "Sendt til sykmelder innen 4 uker",
        "Send til sjukmeldar innan 4 veker",
        "Skickad till den sjukskrivande läkaren inom 4 veckor",
    ),
    "The plan is not recorded as sent to the doctor.": (
        "Det er ikke registrert at planen er sendt til sykmelder.",
        "Det er ikkje registrert at planen er send til sjukmeldar.",
        "Det är inte registrerat att planen skickats till läkaren.",
    ),
    "The plan was sent to the doctor {days} days after the first day of absence (limit {limit}).": (
        "Planen ble sendt til sykmelder {days} dager etter første fraværsdag (grense {limit}).",
        "Planen vart send til sjukmeldar {days} dagar etter første fråværsdag (grense {limit}).",
        "Planen skickades till läkaren {days} dagar efter första frånvarodagen (gräns {limit}).",
    ),
    "With full absence, dialogue meeting 1 within 7 weeks": (
        "Ved helt fravær: dialogmøte 1 innen 7 uker",
        "Ved heilt fråvær: dialogmøte 1 innan 7 veker",
        "Vid hel frånvaro: avstämningsmöte 1 inom 7 veckor",
    ),
    "Dialogue meeting 1 is not recorded.": (
        "Dialogmøte 1 er ikke registrert.",
        "Dialogmøte 1 er ikkje registrert.",
        "Avstämningsmöte 1 är inte registrerat.",
    ),
    "Dialogue meeting {number} was held {days} days after the first day of absence (limit {limit}).": (
        "Dialogmøte {number} ble holdt {days} dager etter første fraværsdag (grense {limit}).",
        "Dialogmøte {number} vart halde {days} dagar etter første fråværsdag (grense {limit}).",
        "Avstämningsmöte {number} hölls {days} dagar efter första frånvarodagen (gräns {limit}).",
    ),
    "Dialogue meeting 2 within 26 weeks, the updated plan sent to NAV a week before": (
        "Dialogmøte 2 innen 26 uker, den oppdaterte planen sendt til NAV en uke før",
        "Dialogmøte 2 innan 26 veker, den oppdaterte planen send til NAV ei veke før",
        "Avstämningsmöte 2 inom 26 veckor, den uppdaterade planen skickad till NAV en vecka före",
    ),
    "Dialogue meeting 2 is not recorded.": (
        "Dialogmøte 2 er ikke registrert.",
        "Dialogmøte 2 er ikkje registrert.",
        "Avstämningsmöte 2 är inte registrerat.",
    ),
    "The updated plan was not sent to NAV a week before dialogue meeting 2.": (
        "Den oppdaterte planen ble ikke sendt til NAV en uke før dialogmøte 2.",
        "Den oppdaterte planen vart ikkje send til NAV ei veke før dialogmøte 2.",
        "Den uppdaterade planen skickades inte till NAV en vecka före avstämningsmöte 2.",
    ),
    "Made together with the employee": (
        "Utarbeidet sammen med arbeidstakeren",
        "Utarbeidd saman med arbeidstakaren",
        "Upprättad tillsammans med arbetstagaren",
    ),
    "The employee's participation is not recorded.": (
        "Arbeidstakerens medvirkning er ikke registrert.",
        "Medverknaden til arbeidstakaren er ikkje registrert.",
        "Arbetstagarens delaktighet är inte registrerad.",
    ),
    "The employee did not take part in making the plan.": (
        "Arbeidstakeren deltok ikke i utarbeidelsen av planen.",
        "Arbeidstakaren var ikkje med og utarbeidde planen.",
        "Arbetstagaren deltog inte i upprättandet av planen.",
    ),
    "{count} more findings of rule {code} were left out.": (
        "{count} funn til av regel {code} er utelatt.",
        "{count} funn til av regel {code} er utelatne.",
        "{count} anmärkningar till enligt regel {code} har utelämnats.",
    ),
    "The person already has an active individuell plan: plans[{first}].": (
        "Personen har allerede en aktiv individuell plan: plans[{first}].",
        "Personen har alt ein aktiv individuell plan: plans[{first}].",
        "Personen har redan en aktiv individuell plan: plans[{first}].",
    ),
}


def main() -> None:
    """Fill each catalog's empty or fuzzy rule messages, and say how many were filled."""
    from babel.messages.pofile import read_po, write_po

    for index, locale in enumerate(LOCALES):
        path = ROOT / "src" / "tiltak" / "locale" / locale / "LC_MESSAGES" / "tiltak.po"
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=locale)
        filled = 0
        for message in catalog:
            text = TRANSLATIONS.get(message.id) if isinstance(message.id, str) else None
            if text is not None and (not message.string or message.fuzzy):
                message.string = text[index]
                message.flags.discard("fuzzy")
                filled += 1
        with path.open("wb") as handle:
            write_po(handle, catalog, width=99)
        print(f"{locale}: {filled} filled")


if __name__ == "__main__":
    main()
