"""A plan as a FHIR R4 Bundle: a CarePlan and one Goal per goal."""

from __future__ import annotations

import copy
import json
import unicodedata
import uuid
from collections.abc import Mapping
from typing import Any

from tiltak._elements import first_holders
from tiltak._enums import GoalOrigin, Party, StatusColour
from tiltak._errors import ModelTypeError
from tiltak._model import FollowUp, Goal, Measure, Participant, Plan, Responsible
from tiltak._summary import worst_colour

from . import _codes as c

__all__ = ["bundle_ids", "to_fhir"]

DEFAULT_SUBJECT: Mapping[str, str] = {"display": "subject"}
"""The reference used when the caller gives none: it names no one (plans hold personal data)."""

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, c.BASE)

JsonDict = dict[str, Any]


def _s(text: str) -> str:
    """``text`` as a FHIR string: other whitespace and control characters become spaces.

    FHIR strings hold no control characters but tab, CR and LF, and validators built on
    Python's regular expressions also refuse other Unicode whitespace (no-break space).
    The tiltak document keeps the text as it was.
    """
    if text.isprintable() and text.isascii():
        return text
    return "".join(
        " " if (ch.isspace() and ch not in " \t\r\n") or (ch < " " and ch not in "\t\r\n") else ch
        for ch in text
    )


def _document(plan: Plan) -> str:
    """The tiltak document of ``plan``, in ASCII: a FHIR string takes it as it is."""
    from tiltak import to_dict  # noqa: PLC0415 - the JSON format (cattrs) loads on use

    return json.dumps(to_dict(plan), ensure_ascii=True, allow_nan=False)


def _absent() -> JsonDict:
    return {"extension": [{"url": c.DATA_ABSENT_EXTENSION, "valueCode": "unknown"}]}


def _plan_key(plan: Plan) -> str:
    if plan.id is not None:
        return "id:" + plan.id
    return f"kind:{plan.kind.value}|{plan.title or ''}|{plan.created or ''}"


def bundle_ids(plan: Plan) -> tuple[str, list[str]]:
    """The ``urn:uuid`` of the CarePlan and of each goal, derived from the identifiers."""
    key = _plan_key(plan)
    seen: dict[str, int] = {}
    goals = []
    for goal in plan.goals:
        count = seen.get(goal.id, 0)
        seen[goal.id] = count + 1
        suffix = "" if count == 0 else f"#{count}"
        goals.append(_urn(f"{key}/goal/{goal.id}{suffix}"))
    return _urn(key), goals


def _urn(name: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(_NAMESPACE, name))


def to_fhir(
    plan: Plan, *, subject: Mapping[str, Any] | None = None, lossless: bool = True
) -> JsonDict:
    """The plan as a FHIR R4 ``Bundle`` of type ``collection`` (plain JSON data).

    ``subject`` is the FHIR Reference to the person the plan is about (``{"reference":
    "Patient/123"}``); without it a display-only reference that names no one is used. With
    ``lossless`` (the default) the CarePlan also carries the whole plan as a tiltak document
    in an extension, so :func:`tiltak.fhir.from_fhir` gives back exactly this plan; that
    document holds everything the plan holds, the subject's data included.
    """
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"to_fhir needs a Plan, not {type(plan).__name__}")
    if subject is not None and not isinstance(subject, Mapping):
        raise ModelTypeError(
            f"subject must be a FHIR Reference mapping, not {type(subject).__name__}"
        )
    subject_ref = dict(subject if subject is not None else DEFAULT_SUBJECT)
    plan_urn, goal_urns = bundle_ids(plan)
    goal_by_id: dict[str, str] = {}
    for goal, urn in zip(plan.goals, goal_urns, strict=True):
        goal_by_id.setdefault(goal.id, urn)
    care_plan = _care_plan(
        plan,
        urn=plan_urn,
        subject=subject_ref,
        goal_urns=goal_urns,
        goal_by_id=goal_by_id,
        lossless=lossless,
    )
    entries = [{"fullUrl": plan_urn, "resource": care_plan}]
    colours = goal_colours(plan)
    for goal, urn, colour in zip(plan.goals, goal_urns, colours, strict=True):
        resource = _goal(plan, goal, urn, subject_ref, colour)
        entries.append({"fullUrl": urn, "resource": resource})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def _care_plan(
    plan: Plan,
    *,
    urn: str,
    subject: JsonDict,
    goal_urns: list[str],
    goal_by_id: dict[str, str],
    lossless: bool,
) -> JsonDict:
    out: JsonDict = {"resourceType": "CarePlan", "id": urn.removeprefix("urn:uuid:")}
    if plan.language is not None:
        out["language"] = plan.language.value
    team = _care_team(plan, subject)
    if team is not None:
        out["contained"] = [team]
    if lossless:
        out["extension"] = [{"url": c.DOCUMENT_EXTENSION, "valueString": _document(plan)}]
    if plan.id:
        out["identifier"] = [{"system": c.PLAN_ID_SYSTEM, "value": _s(plan.id)}]
    out["status"] = c.PLAN_STATUS[plan.status]
    out["intent"] = "plan"
    coding = [
        {
            "system": c.PLAN_KIND_SYSTEM,
            "code": plan.kind.value,
            "display": c.KIND_DISPLAY[plan.kind],
        }
    ]
    national = c.SE_PLAN_TYPES.get(plan.kind)
    if national is not None:
        coding.append(
            {"system": c.SE_PLAN_TYPE_SYSTEM, "code": national[0], "display": national[1]}
        )
    out["category"] = [{"coding": coding}]
    if plan.title:
        out["title"] = _s(plan.title)
    if plan.purpose:
        out["description"] = _s(plan.purpose)
    out["subject"] = copy.deepcopy(subject)
    if plan.period is not None and (plan.period.start or plan.period.end) is not None:
        out["period"] = _period(plan.period.start, plan.period.end)
    if plan.created is not None:
        out["created"] = plan.created.isoformat()
    if plan.owner:
        out["author"] = {"display": _s(plan.owner)}
    if team is not None:
        out["careTeam"] = [{"reference": "#" + team["id"]}]
    if goal_urns:
        out["goal"] = [{"reference": urn} for urn in goal_urns]
    if plan.measures:
        out["activity"] = [_activity(plan, m, goal_by_id, subject) for m in plan.measures]
    notes = [
        _note(kind, text)
        for kind, text in (
            ("background", plan.background),
            ("resources", plan.resources),
            ("needs", plan.needs),
        )
        if text
    ]
    if notes:
        out["note"] = notes
    return out


def _period(start: object, end: object) -> JsonDict:
    out: JsonDict = {}
    if start is not None:
        out["start"] = str(start)
    if end is not None:
        out["end"] = str(end)
    return out


def _note(kind: str, text: str) -> JsonDict:
    return {"extension": [{"url": c.NOTE_KIND_EXTENSION, "valueCode": kind}], "text": _s(text)}


def _display(person: Responsible | Participant) -> str | None:
    return person.name or person.role or person.organisation or None


def _is_subject(plan: Plan, name: str | None) -> bool:
    """Whether ``name`` may be the name of the person the plan is about; in doubt, it may.

    Names are compared as sets of words folded by :func:`_words`: order, case, spaces,
    punctuation, accents, Unicode's forms and look-alike letters of other scripts do not
    count. A name holding every word of the subject's ("Nordmann, Ola", "Ola Nordmann
    (bruker)") or each of them but for one letter ("Ola Nordmannn") counts as the subject's,
    so that no spelling of the subject's name is ever exported as someone else's.
    """
    if not name or plan.subject is None or not plan.subject.name:
        return False
    own = _words(plan.subject.name)
    given = _words(name)
    if not own or not given:
        return False
    if "".join(sorted(own)) == "".join(sorted(given)) or "".join(own) == "".join(given):
        return True
    return all(any(_alike(word, other) for other in given) for word in own)


# Letters of Greek and Cyrillic that look like Latin ones (after case folding), as Unicode's
# confusables list has them: "Ola" written with a Greek capital omicron reads as "Ola".
_LOOK_ALIKES = str.maketrans(
    "αβεικνορτυχавеіјкморсухѕԁԛԝ",
    "abeikvoptuxabeijkmopcyxsdqw",
)


def _words(name: str) -> list[str]:
    """The words of ``name`` folded: ``Åse Ørn-Li`` as ``["ase", "ørn", "li"]``."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.translate(_LOOK_ALIKES)
    words: list[str] = []
    word: list[str] = []
    for char in text:
        if char.isalnum():
            word.append(char)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words


def _alike(word: str, other: str) -> bool:
    """Whether two folded words are the same but for at most one letter (from five letters)."""
    if word == other:
        return True
    if min(len(word), len(other)) < 5 or abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other, strict=True)) <= 1
    short, long = sorted((word, other), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_SUBJECT_PARTIES = (Party.USER, Party.EMPLOYEE)
"""The parties that are the person the plan is about (the user; the employee on leave)."""


def _care_team(plan: Plan, subject: JsonDict) -> JsonDict | None:
    members: list[JsonDict] = []
    people: list[tuple[Responsible | Participant, str | None, bool]] = []
    if plan.coordinator is not None:
        people.append((plan.coordinator, "coordinator", False))
    for participant in plan.participants:
        code = None if participant.party is None else participant.party.value
        people.append((participant, code, participant.party in _SUBJECT_PARTIES))
    for person, code, is_subject in people:
        member = _member(person, code, person.role)
        if is_subject or _is_subject(plan, person.name):
            member["member"] = copy.deepcopy(subject)  # the subject is never named in the elements
        members.append(member)
    if not members:
        return None
    return {"resourceType": "CareTeam", "id": "care-team", "participant": members}


def _member(person: Responsible | Participant, code: str | None, role: str | None) -> JsonDict:
    out: JsonDict = {}
    concept: JsonDict = {}
    if code is not None:
        concept["coding"] = [{"system": c.PARTICIPANT_ROLE_SYSTEM, "code": code}]
    if role:
        concept["text"] = _s(role)
    if concept:
        out["role"] = [concept]
    display = _display(person)
    out["member"] = {"display": _s(display)} if display is not None else _absent()
    if person.organisation:
        out["onBehalfOf"] = {"display": _s(person.organisation)}
    return out


def _activity_status(measure: Measure) -> str:
    if measure.completed is not None:
        return "completed"
    if measure.follow_ups:
        return "in-progress"
    return "not-started"


def _activity(
    plan: Plan, measure: Measure, goal_by_id: dict[str, str], subject: JsonDict
) -> JsonDict:
    detail: JsonDict = {}
    if measure.title:
        detail["code"] = {"text": _s(measure.title)}
    goals = [goal_by_id[g] for g in measure.goals if g in goal_by_id]
    if goals:
        detail["goal"] = [{"reference": urn} for urn in goals]
    detail["status"] = _activity_status(measure)
    if measure.period is not None and (measure.period.start or measure.period.end) is not None:
        detail["scheduledPeriod"] = _period(measure.period.start, measure.period.end)
    elif measure.deadline is not None:
        detail["scheduledPeriod"] = {"end": str(measure.deadline)}
    elif measure.schedule is not None:
        detail["scheduledString"] = measure.schedule.to_rrule()
    if measure.responsible is not None:
        display = _display(measure.responsible)
        if _is_subject(plan, measure.responsible.name):
            detail["performer"] = [copy.deepcopy(subject)]
        elif display is not None:
            detail["performer"] = [{"display": _s(display)}]
    if measure.description:
        detail["description"] = _s(measure.description)
    out: JsonDict = {}
    if measure.id:
        out["extension"] = [{"url": c.MEASURE_ID_EXTENSION, "valueString": _s(measure.id)}]
    if measure.follow_ups:
        out["progress"] = [_progress(plan, f, subject) for f in measure.follow_ups]
    out["detail"] = detail
    return out


def _progress(plan: Plan, follow_up: FollowUp, subject: JsonDict) -> JsonDict:
    out: JsonDict = {}
    if follow_up.colour is not None:
        out["extension"] = [{"url": c.COLOUR_EXTENSION, "valueCode": follow_up.colour.value}]
    if _is_subject(plan, follow_up.by):
        out["authorReference"] = copy.deepcopy(subject)
    elif follow_up.by:
        out["authorString"] = _s(follow_up.by)
    if follow_up.date is not None:
        out["time"] = follow_up.date.isoformat()
    if follow_up.note:
        out["text"] = _s(follow_up.note)
    else:
        out["_text"] = _absent()
    return out


def goal_colours(plan: Plan) -> list[StatusColour | None]:
    """Each goal's rolled-up colour: the worst colour of the measures that serve it.

    Measures serve the first goal holding an identifier; a later one has no colour.
    """
    served: dict[str, list[StatusColour | None]] = {}
    for measure in plan.measures:
        colour = measure.colour
        for goal_id in dict.fromkeys(measure.goals):
            served.setdefault(goal_id, []).append(colour)
    first = first_holders(plan.goals)
    return [
        worst_colour(served.get(goal.id, ())) if first[goal.id] == index else None
        for index, goal in enumerate(plan.goals)
    ]


def _goal(
    plan: Plan, goal: Goal, urn: str, subject: JsonDict, colour: StatusColour | None
) -> JsonDict:
    out: JsonDict = {"resourceType": "Goal", "id": urn.removeprefix("urn:uuid:")}
    if goal.id:
        out["identifier"] = [{"system": c.GOAL_ID_SYSTEM, "value": _s(goal.id)}]
    out["lifecycleStatus"] = c.GOAL_LIFECYCLE[plan.status]
    if colour is not None:
        code = c.ACHIEVEMENT[colour]
        out["achievementStatus"] = {
            "coding": [{"system": c.GOAL_ACHIEVEMENT_SYSTEM, "code": code}],
            "text": colour.value,
        }
    if goal.origin is not None:
        out["category"] = [
            {"coding": [{"system": c.GOAL_ORIGIN_SYSTEM, "code": goal.origin.value}]}
        ]
    out["description"] = {"text": _s(goal.text)} if goal.text else _absent()
    out["subject"] = copy.deepcopy(subject)
    if goal.origin is GoalOrigin.USER:
        out["expressedBy"] = copy.deepcopy(subject)
    if goal.period is not None and goal.period.start is not None:
        out["startDate"] = str(goal.period.start)
    target = goal.target
    if target is not None and (target.measure or target.value or target.due is not None):
        item: JsonDict = {}
        if target.measure:
            item["measure"] = {"text": _s(target.measure)}
        elif target.value:
            item["measure"] = _absent()  # gol-1: a target with a detail has a measure
        if target.value:
            item["detailString"] = _s(target.value)
        if target.due is not None:
            item["dueDate"] = str(target.due)
        out["target"] = [item]
    return out
