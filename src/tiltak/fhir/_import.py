"""Reading a plan back from FHIR R4: what tiltak wrote, and CarePlans of other systems."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping, Set
from typing import Any

import attrs

from tiltak._checks import enum_value
from tiltak._enums import GoalOrigin, Language, Party, PlanKind, StatusColour
from tiltak._errors import ModelError, PlanFormatError, Problem, UnknownLocaleError
from tiltak._i18n import N_
from tiltak._locale import normalise_locale
from tiltak._model import FollowUp, Goal, Measure, Participant, Plan, Responsible, Target
from tiltak._redact import shape
from tiltak._text import NOT_UNICODE, has_surrogate
from tiltak._time._dates import PartialDate, Period
from tiltak._time._schedule import Schedule

from . import _codes as c
from ._export import DEFAULT_SUBJECT, goal_colours, to_fhir

__all__ = ["FhirImport", "from_fhir", "read_fhir"]

_DATE = re.compile(r"(\d{4})(-\d{2}(-\d{2})?)?")
_NOT_MAPPED = N_("no tiltak field for this element")
_TIME_DROPPED = N_("the time of day is not kept, only the date")
_NO_DETAIL = N_("an activity without detail (a reference) is not read as a measure")
_ELEMENT = re.compile(r"_?[a-z][A-Za-z]{0,63}")
"""What a FHIR element's name looks like: a path names such a key, and shows any other (a
key that may hold what a value would) only by its shape."""


def _element(key: object) -> str:
    """``key`` as a step of a path: ``.name`` for an element name, else only its shape."""
    if isinstance(key, str) and _ELEMENT.fullmatch(key):
        return f".{key}"
    return f"[{shape(key)}]" if isinstance(key, str) else "[<not a string>]"


def _has_time(value: object) -> bool:
    """Whether a FHIR dateTime holds more than its date (a time of day, a zone)."""
    if not isinstance(value, str):
        return False
    match = _DATE.match(value)
    return match is not None and match.end() < len(value)


_Entries = dict[str, tuple[str, Mapping[str, Any]]]
_CARE_PLAN_KEYS = frozenset(
    {
        "resourceType",
        "id",
        "language",
        "contained",
        "extension",
        "identifier",
        "status",
        "intent",
        "category",
        "title",
        "description",
        "subject",
        "period",
        "created",
        "author",
        "careTeam",
        "goal",
        "activity",
        "note",
    }
)


@attrs.frozen(kw_only=True)
class FhirImport:
    """A plan read from FHIR, and what could not be carried over.

    ``skipped`` lists every element of the resource that has no place in the plan, each as
    a :class:`tiltak.errors.Problem` whose path is a FHIRPath-like location
    (``CarePlan.activity[2].reference``). ``lossless`` tells whether the plan came from the
    tiltak document that :func:`tiltak.fhir.to_fhir` embeds.
    """

    plan: Plan
    skipped: tuple[Problem, ...] = ()
    lossless: bool = False


def from_fhir(resource: Mapping[str, Any]) -> Plan:
    """The plan in a FHIR R4 Bundle or CarePlan; raise if anything would be lost.

    Raises :class:`tiltak.PlanFormatError` when the resource is not a CarePlan tiltak can
    read, and also when it holds elements tiltak has no place for (their paths are the
    problems); :func:`read_fhir` accepts such losses and lists them instead.
    """
    result = read_fhir(resource)
    if result.skipped:
        raise PlanFormatError(result.skipped)
    return result.plan


def read_fhir(resource: Mapping[str, Any], *, kind: PlanKind | str | None = None) -> FhirImport:
    """Read a FHIR R4 Bundle or CarePlan, mapping what it can and listing what it cannot.

    A CarePlan written by :func:`tiltak.fhir.to_fhir` gives back the very plan it was made
    from, as long as its mapped elements still agree with the tiltak document it carries;
    when another system changed them, the elements win and the document is reported as
    skipped. ``kind`` sets the plan kind where the CarePlan's category does not tell it.
    Raises :class:`tiltak.PlanFormatError` when the resource is not a CarePlan at all.
    """
    reader = _Reader(None if kind is None else enum_value(PlanKind, kind))
    care_plan, root, entries = reader.locate(resource)
    plan = reader.plan(care_plan, root, entries)
    if reader.problems:
        raise PlanFormatError(reader.problems)
    mapped = FhirImport(plan=plan, skipped=tuple(reader.skipped))
    document = reader.document
    if document is None:
        return mapped
    embedded = _embedded(document[1])
    if embedded is None:
        return attrs.evolve(
            mapped,
            skipped=(
                Problem(path=document[0], message_id=N_("not a readable tiltak document")),
                *mapped.skipped,
            ),
        )
    subject = care_plan.get("subject")
    again = _Reader(reader.kind_override)
    export: Mapping[str, Any] = to_fhir(
        embedded, subject=subject if isinstance(subject, Mapping) else None
    )
    if root == "CarePlan":  # the CarePlan alone, taken out of tiltak's Bundle
        export = export["entry"][0]["resource"]
    own, own_root, own_entries = again.locate(export)
    expected = again.plan(own, own_root, own_entries)
    if expected != plan:
        return attrs.evolve(
            mapped,
            skipped=(
                Problem(
                    path=document[0],
                    message_id=N_(
                        "the tiltak document disagrees with the resource and was not used"
                    ),
                ),
                *mapped.skipped,
            ),
        )
    own_skipped = set(again.skipped)
    return FhirImport(
        plan=embedded,
        skipped=tuple(p for p in mapped.skipped if p not in own_skipped),
        lossless=True,
    )


def _embedded(text: str) -> Plan | None:
    from tiltak import loads  # noqa: PLC0415 - the JSON format (cattrs) loads on use

    try:
        return loads(text)
    except PlanFormatError:
        return None


def _partial(value: object) -> PartialDate | None:
    """The date part of a FHIR date or dateTime, keeping its precision."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value)
    if match is None:
        return None
    try:
        return PartialDate.parse(match.group(0))
    except ModelError:
        return None


def _day(value: object) -> dt.date | None:
    partial = _partial(value)
    if partial is None or partial.day is None:
        return None
    return partial.first_day


class _Reader:
    """Walks one resource, mapping what it knows and recording every path it leaves."""

    def __init__(self, kind: PlanKind | None) -> None:
        self.kind_override = kind
        self.skipped: list[Problem] = []
        self.problems: list[Problem] = []
        self.document: tuple[str, str] | None = None
        self.others: list[str] = []
        self.subject: object = None
        self.contained: dict[str, tuple[str, Mapping[str, Any]]] = {}
        self.used_contained: set[str] = set()

    # --- bookkeeping ----------------------------------------------------------------------

    def skip(self, path: str, message: str = _NOT_MAPPED) -> None:
        self.skipped.append(Problem(path=path, message_id=message))

    def rest(self, obj: Mapping[str, Any], path: str, known: Set[str]) -> None:
        for key in obj:
            if key not in known:
                self.skip(path + _element(key))

    def text(self, obj: Mapping[str, Any], key: str, path: str) -> str | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            if has_surrogate(value):  # placed here, not where the model would refuse it
                self.problems.append(Problem(path=f"{path}.{key}", message_id=NOT_UNICODE))
                return None
            return value
        self.problems.append(Problem(path=f"{path}.{key}", message_id=N_("expected a string")))
        return None

    def identifier(
        self, identifiers: list[Mapping[str, Any]], system: str, path: str
    ) -> tuple[str | None, int]:
        """:func:`_identifier`, its value checked as :meth:`text` checks one."""
        value, index = _identifier(identifiers, system)
        if value is not None and has_surrogate(value):
            where = f"{path}.identifier[{index}].value"
            self.problems.append(Problem(path=where, message_id=NOT_UNICODE))
            return None, index
        return value, index

    def mapping(self, value: object, path: str) -> Mapping[str, Any] | None:
        if value is None:
            return None
        if isinstance(value, Mapping):
            return value
        self.problems.append(Problem(path=path, message_id=N_("expected an object")))
        return None

    def items(self, obj: Mapping[str, Any], key: str, path: str) -> list[Mapping[str, Any]]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.append(Problem(path=f"{path}.{key}", message_id=N_("expected an array")))
            return []
        out = []
        for i, item in enumerate(value):
            if isinstance(item, Mapping):
                out.append(item)
            else:
                self.problems.append(
                    Problem(path=f"{path}.{key}[{i}]", message_id=N_("expected an object"))
                )
        return out

    def concept_text(self, concept: Mapping[str, Any], path: str) -> str | None:
        """The text of a CodeableConcept: its text, else its first coding's display."""
        text = self.text(concept, "text", path)
        codings = self.items(concept, "coding", path)
        if text is None and codings:
            text = self.text(codings[0], "display", f"{path}.coding[0]")
            if text is None:
                text = self.text(codings[0], "code", f"{path}.coding[0]")
        elif codings:
            self.skip(f"{path}.coding")
        self.rest(concept, path, {"text", "coding", "extension"})
        if concept.get("extension") is not None and not _absent(concept):
            self.skip(f"{path}.extension")
        return text

    # --- finding the CarePlan -------------------------------------------------------------

    def locate(self, resource: object) -> tuple[Mapping[str, Any], str, _Entries]:
        """The CarePlan, its path, and the Bundle's other resources by every name they go by."""
        if not isinstance(resource, Mapping):
            raise PlanFormatError(
                [Problem(path="$", message_id=N_("expected a FHIR Bundle or CarePlan object"))]
            )
        kind = resource.get("resourceType")
        if kind == "CarePlan":
            return resource, "CarePlan", {}
        if kind != "Bundle":
            raise PlanFormatError(
                [Problem(path="$.resourceType", message_id=N_("expected a Bundle or a CarePlan"))]
            )
        entries = self.items(resource, "entry", "Bundle")
        care_plans: list[tuple[int, Mapping[str, Any]]] = []
        by_name: _Entries = {}
        for i, entry in enumerate(entries):
            where = f"Bundle.entry[{i}]"
            self.rest(entry, where, {"fullUrl", "resource"})
            inner = self.mapping(entry.get("resource"), f"{where}.resource")
            if inner is None:
                continue
            if inner.get("resourceType") == "CarePlan":
                care_plans.append((i, inner))
                continue
            self.others.append(f"{where}.resource")
            found = (f"{where}.resource", inner)
            full_url = entry.get("fullUrl")
            if isinstance(full_url, str):
                by_name[full_url] = found
            rid, rtype = inner.get("id"), inner.get("resourceType")
            if isinstance(rid, str) and isinstance(rtype, str):
                by_name[f"{rtype}/{rid}"] = found
        if len(care_plans) != 1:
            raise PlanFormatError(
                [
                    Problem(
                        path="Bundle.entry",
                        message_id=N_("expected exactly one CarePlan, found {count}"),
                        params={"count": len(care_plans)},
                    )
                ]
            )
        self.rest(resource, "Bundle", {"resourceType", "type", "entry"})
        return care_plans[0][1], f"Bundle.entry[{care_plans[0][0]}].resource", by_name

    # --- the plan -------------------------------------------------------------------------

    def plan(self, cp: Mapping[str, Any], path: str, entries: _Entries) -> Plan:
        fields: dict[str, Any] = {}
        self.contained = {}
        for i, item in enumerate(self.items(cp, "contained", path)):
            rid = item.get("id")
            if isinstance(rid, str):
                self.contained["#" + rid] = (f"{path}.contained[{i}]", item)
            else:
                self.skip(f"{path}.contained[{i}]")
        self.used_contained = set()
        self.subject = cp.get("subject")
        self.head(cp, path, fields)
        for i, ref in enumerate(self.items(cp, "careTeam", path)):
            target = ref.get("reference")
            if isinstance(target, str) and target in self.contained:
                self.used_contained.add(target)
                team_path, team = self.contained[target]
                self.care_team(team, team_path, fields, cp.get("subject"))
            else:
                self.skip(f"{path}.careTeam[{i}]", N_("only a contained CareTeam is read"))
        names, goal_resources = self.goals(cp, path, entries, fields)
        measures = []
        for i, activity in enumerate(self.items(cp, "activity", path)):
            measure = self.measure(activity, f"{path}.activity[{i}]", i, names)
            if measure is not None:
                measures.append(measure)
        fields["measures"] = tuple(measures)
        for i, note in enumerate(self.items(cp, "note", path)):
            self.note(note, f"{path}.note[{i}]", fields)
        for name, (item_path, _item) in self.contained.items():
            if name not in self.used_contained:
                self.skip(item_path, N_("not referred to by the CarePlan"))
        self.rest(cp, path, _CARE_PLAN_KEYS)
        try:
            plan = Plan(**fields)
        except ModelError as error:
            self.problems.append(
                Problem(
                    path=path,
                    message_id=N_("invalid value: {detail}"),
                    params={"detail": str(error)},
                )
            )
            return Plan(kind=fields["kind"])
        self.check_goals(goal_resources, plan)
        return plan

    def head(self, cp: Mapping[str, Any], path: str, fields: dict[str, Any]) -> None:
        """The CarePlan's own elements: identity, status, kind, texts and dates."""
        for i, ext in enumerate(self.items(cp, "extension", path)):
            value = ext.get("valueString")
            if ext.get("url") == c.DOCUMENT_EXTENSION and isinstance(value, str):
                self.document = (f"{path}.extension[{i}]", value)
            else:
                self.skip(f"{path}.extension[{i}]")
        identifiers = self.items(cp, "identifier", path)
        plan_id, used = self.identifier(identifiers, c.PLAN_ID_SYSTEM, path)
        if plan_id is not None:
            fields["id"] = plan_id
        for i in range(len(identifiers)):
            if i != used:
                self.skip(f"{path}.identifier[{i}]")
        status = cp.get("status")
        reverse = {v: k for k, v in c.PLAN_STATUS.items()}
        if isinstance(status, str) and status in reverse:
            fields["status"] = reverse[status]
        elif status is not None:
            self.skip(f"{path}.status", N_("no tiltak plan status for this code"))
        language = self.text(cp, "language", path)
        if language is not None:
            try:
                fields["language"] = Language(normalise_locale(language))
            except (UnknownLocaleError, ValueError):
                self.skip(f"{path}.language", N_("not a language a tiltak plan can state"))
        intent = cp.get("intent")
        if intent is not None and intent != "plan":
            self.skip(f"{path}.intent", N_("tiltak holds plans only"))
        fields["kind"] = self.kind(cp, path)
        for key, name in (("title", "title"), ("description", "purpose")):
            value = self.text(cp, key, path)
            if value is not None:
                fields[name] = value
        subject = cp.get("subject")
        if subject is not None and subject != DEFAULT_SUBJECT:
            self.skip(f"{path}.subject", N_("tiltak keeps the subject's data, not a reference"))
        period = self.mapping(cp.get("period"), f"{path}.period")
        if period is not None:
            fields["period"] = self.period(period, f"{path}.period")
        if "created" in cp:
            self.created(cp["created"], f"{path}.created", fields)
        author = self.mapping(cp.get("author"), f"{path}.author")
        if author is not None:
            display = self.text(author, "display", f"{path}.author")
            if display is not None:
                fields["owner"] = display
            self.rest(author, f"{path}.author", {"display"})

    def created(self, value: object, path: str, fields: dict[str, Any]) -> None:
        """The day the CarePlan was created; what a dateTime holds beyond it is listed."""
        created = _day(value)
        if created is None:
            self.skip(path, N_("not a whole date"))
            return
        fields["created"] = created
        if _has_time(value):
            self.skip(path, _TIME_DROPPED)

    def goals(
        self, cp: Mapping[str, Any], path: str, entries: _Entries, fields: dict[str, Any]
    ) -> tuple[dict[str, str], list[tuple[str, Mapping[str, Any]]]]:
        """The goals the CarePlan refers to, contained or in the Bundle, in its order."""
        goals: list[Goal] = []
        goal_resources: list[tuple[str, Mapping[str, Any]]] = []
        names: dict[str, str] = {}
        used_entries: set[str] = set()
        for i, ref in enumerate(self.items(cp, "goal", path)):
            target = ref.get("reference")
            found: tuple[str, Mapping[str, Any]] | None = None
            if isinstance(target, str) and target in self.contained:
                self.used_contained.add(target)
                found = self.contained[target]
            elif isinstance(target, str) and target in entries:
                found = entries[target]
            if found is None or found[1].get("resourceType") != "Goal" or target in names:
                self.skip(f"{path}.goal[{i}]", N_("the Goal it refers to is not in the resource"))
                continue
            assert isinstance(target, str)
            used_entries.add(found[0])
            goal = self.goal(found[1], found[0], len(goals))
            names[target] = goal.id
            goals.append(goal)
            goal_resources.append(found)
        fields["goals"] = tuple(goals)
        for other in self.others:
            if other not in used_entries:
                self.skip(other, N_("not referred to by the CarePlan"))
        return names, goal_resources

    def kind(self, cp: Mapping[str, Any], path: str) -> PlanKind:
        found: PlanKind | None = None
        national = {code: kind for kind, (code, _display) in c.SE_PLAN_TYPES.items()}
        for i, concept in enumerate(self.items(cp, "category", path)):
            for j, coding in enumerate(self.items(concept, "coding", f"{path}.category[{i}]")):
                system, code = coding.get("system"), coding.get("code")
                if not isinstance(code, str):
                    self.skip(f"{path}.category[{i}].coding[{j}]")
                elif system == c.PLAN_KIND_SYSTEM and code in {k.value for k in PlanKind}:
                    found = PlanKind(code)
                elif system == c.SE_PLAN_TYPE_SYSTEM and code in national:
                    found = found or national[code]
                else:
                    self.skip(f"{path}.category[{i}].coding[{j}]")
            self.rest(concept, f"{path}.category[{i}]", {"coding"})
        if found is None and self.kind_override is not None:
            return self.kind_override
        if found is None:
            self.skip(f"{path}.category", N_("no plan kind found: read as an action plan"))
            return PlanKind.ACTION_PLAN
        return found

    def period(self, period: Mapping[str, Any], path: str) -> Period:
        start, end = _partial(period.get("start")), _partial(period.get("end"))
        for key, value in (("start", start), ("end", end)):
            if key in period and value is None:
                self.skip(f"{path}.{key}", N_("not a date"))
            elif _has_time(period.get(key)):
                self.skip(f"{path}.{key}", _TIME_DROPPED)
        self.rest(period, path, {"start", "end"})
        return Period(start=start, end=end)

    def care_team(
        self, team: Mapping[str, Any], path: str, fields: dict[str, Any], subject: object
    ) -> None:
        participants = []
        for i, member in enumerate(self.items(team, "participant", path)):
            where = f"{path}.participant[{i}]"
            code: str | None = None
            role: str | None = None
            for j, concept in enumerate(self.items(member, "role", where)):
                for k, coding in enumerate(self.items(concept, "coding", f"{where}.role[{j}]")):
                    if coding.get("system") == c.PARTICIPANT_ROLE_SYSTEM and code is None:
                        code = coding.get("code") if isinstance(coding.get("code"), str) else None
                    else:
                        self.skip(f"{where}.role[{j}].coding[{k}]")
                text = self.text(concept, "text", f"{where}.role[{j}]")
                if text is not None and role is None:
                    role = text
                elif text is not None:
                    self.skip(f"{where}.role[{j}].text")
                self.rest(concept, f"{where}.role[{j}]", {"coding", "text"})
            name: str | None = None
            ref = self.mapping(member.get("member"), f"{where}.member")
            if ref is not None and not _absent(ref) and ref != subject:
                name = self.text(ref, "display", f"{where}.member")
                self.rest(ref, f"{where}.member", {"display"})
            organisation: str | None = None
            behalf = self.mapping(member.get("onBehalfOf"), f"{where}.onBehalfOf")
            if behalf is not None:
                organisation = self.text(behalf, "display", f"{where}.onBehalfOf")
                self.rest(behalf, f"{where}.onBehalfOf", {"display"})
            self.rest(member, where, {"role", "member", "onBehalfOf"})
            if name in (role, organisation):
                name = None  # the export falls back on the role or the organisation
            if code == "coordinator":
                fields["coordinator"] = Responsible(
                    name=name, role=role, organisation=organisation
                )
            else:
                party = code if code in {p.value for p in Party} else None
                if code is not None and party is None:
                    self.skip(f"{where}.role", N_("no tiltak party for this code"))
                participants.append(
                    Participant(name=name, role=role, organisation=organisation, party=party)
                )
        fields["participants"] = tuple(participants)
        self.rest(team, path, {"resourceType", "id", "participant"})

    def goal(self, goal: Mapping[str, Any], path: str, index: int) -> Goal:
        fields: dict[str, Any] = {}
        identifiers = self.items(goal, "identifier", path)
        goal_id, used = self.identifier(identifiers, c.GOAL_ID_SYSTEM, path)
        for i in range(len(identifiers)):
            if i != used:
                self.skip(f"{path}.identifier[{i}]")
        fields["id"] = goal_id if goal_id is not None else str(index + 1)
        for i, concept in enumerate(self.items(goal, "category", path)):
            for j, coding in enumerate(self.items(concept, "coding", f"{path}.category[{i}]")):
                code = coding.get("code")
                if coding.get("system") == c.GOAL_ORIGIN_SYSTEM and _one_of(code, GoalOrigin):
                    fields["origin"] = GoalOrigin(code)
                else:
                    self.skip(f"{path}.category[{i}].coding[{j}]")
            self.rest(concept, f"{path}.category[{i}]", {"coding"})
        description = self.mapping(goal.get("description"), f"{path}.description")
        if description is not None and not _absent(description):
            fields["text"] = self.concept_text(description, f"{path}.description")
        if "startDate" in goal:
            start = _partial(goal["startDate"])
            if start is None:
                self.skip(f"{path}.startDate", N_("not a date"))
            else:
                fields["period"] = Period(start=start)
        targets = self.items(goal, "target", path)
        if targets:
            fields["target"] = self.target(targets[0], f"{path}.target[0]")
            for i in range(1, len(targets)):
                self.skip(f"{path}.target[{i}]", N_("tiltak keeps one target per goal"))
        expressed = goal.get("expressedBy")
        if expressed is not None and (
            fields.get("origin") is not GoalOrigin.USER or expressed != goal.get("subject")
        ):
            self.skip(f"{path}.expressedBy")
        self.rest(
            goal,
            path,
            {
                "resourceType",
                "id",
                "identifier",
                "lifecycleStatus",
                "achievementStatus",
                "category",
                "description",
                "subject",
                "expressedBy",
                "startDate",
                "target",
            },
        )
        return Goal(**fields)

    def target(self, target: Mapping[str, Any], path: str) -> Target:
        fields: dict[str, Any] = {}
        measure = self.mapping(target.get("measure"), f"{path}.measure")
        if measure is not None and not _absent(measure):
            fields["measure"] = self.concept_text(measure, f"{path}.measure")
        value = self.text(target, "detailString", path)
        if value is not None:
            fields["value"] = value
        if "dueDate" in target:
            due = _partial(target["dueDate"])
            if due is None:
                self.skip(f"{path}.dueDate", N_("not a date"))
            fields["due"] = due
        self.rest(target, path, {"measure", "detailString", "dueDate"})
        return Target(**fields)

    def check_goals(self, goals: list[tuple[str, Mapping[str, Any]]], plan: Plan) -> None:
        """Report a goal's status codes where they say more than tiltak derives."""
        lifecycle = c.GOAL_LIFECYCLE[plan.status]
        colours = goal_colours(plan)
        for (path, resource), colour in zip(goals, colours, strict=True):
            if resource.get("lifecycleStatus", lifecycle) != lifecycle:
                self.skip(
                    f"{path}.lifecycleStatus", N_("goals follow the plan's status in tiltak")
                )
            achievement = resource.get("achievementStatus")
            expected = None if colour is None else c.ACHIEVEMENT[colour]
            codes = []
            if isinstance(achievement, Mapping):
                codings = achievement.get("coding")
                codes = [
                    coding.get("code")
                    for coding in (codings if isinstance(codings, list) else ())
                    if isinstance(coding, Mapping)
                ]
            if (achievement is None) != (expected is None) or (
                achievement is not None and codes != [expected]
            ):
                self.skip(
                    f"{path}.achievementStatus",
                    "tiltak derives it from the colours of the goal's measures",
                )
            subject = resource.get("subject")
            if subject is not None and subject != DEFAULT_SUBJECT:
                self.skip(
                    f"{path}.subject", N_("tiltak keeps the subject's data, not a reference")
                )

    def measure(
        self,
        activity: Mapping[str, Any],
        path: str,
        index: int,
        goal_names: dict[str, str],
    ) -> Measure | None:
        fields: dict[str, Any] = {"id": str(index + 1)}
        detail = self.mapping(activity.get("detail"), f"{path}.detail")
        if detail is None:  # a reference, or nothing: its progress and extensions are not kept
            for key in activity:
                if key != "detail":
                    self.skip(path + _element(key), _NO_DETAIL)
            return None
        for i, ext in enumerate(self.items(activity, "extension", path)):
            given = ext.get("valueString")
            if ext.get("url") == c.MEASURE_ID_EXTENSION and isinstance(given, str):
                value = self.text(ext, "valueString", f"{path}.extension[{i}]")
                if value is not None:
                    fields["id"] = value
            else:
                self.skip(f"{path}.extension[{i}]")
        follow_ups = []
        for i, note in enumerate(self.items(activity, "progress", path)):
            follow_ups.append(self.follow_up(note, f"{path}.progress[{i}]"))
        fields["follow_ups"] = tuple(follow_ups)
        self.rest(activity, path, {"extension", "progress", "detail"})
        where = f"{path}.detail"
        code = self.mapping(detail.get("code"), f"{where}.code")
        if code is not None:
            fields["title"] = self.concept_text(code, f"{where}.code")
        description = self.text(detail, "description", where)
        if description is not None:
            fields["description"] = description
        goals = []
        for i, ref in enumerate(self.items(detail, "goal", where)):
            target = ref.get("reference")
            if isinstance(target, str) and target in goal_names:
                goals.append(goal_names[target])
            else:
                self.skip(f"{where}.goal[{i}]", N_("the Goal it refers to is not in the plan"))
        fields["goals"] = tuple(goals)
        self.when(detail, where, fields)
        performers = self.items(detail, "performer", where)
        if performers and performers[0] == self.subject:
            self.skip(f"{where}.performer[0]", N_("the subject as performer has no tiltak field"))
        elif performers:
            name = self.text(performers[0], "display", f"{where}.performer[0]")
            if name is not None:
                fields["responsible"] = Responsible(name=name)
            self.rest(performers[0], f"{where}.performer[0]", {"display"})
            for i in range(1, len(performers)):
                self.skip(
                    f"{where}.performer[{i}]", N_("tiltak keeps one responsible per measure")
                )
        self.rest(
            detail,
            where,
            {
                "code",
                "goal",
                "status",
                "scheduledPeriod",
                "scheduledString",
                "performer",
                "description",
            },
        )
        try:
            measure = Measure(**fields)
        except ModelError as error:
            self.problems.append(
                Problem(
                    path=path,
                    message_id=N_("invalid value: {detail}"),
                    params={"detail": str(error)},
                )
            )
            return None
        status = detail.get("status")
        derived = "in-progress" if measure.follow_ups else "not-started"
        if status is not None and status != derived:
            self.skip(f"{where}.status", N_("tiltak derives a measure's status"))
        return measure

    def when(self, detail: Mapping[str, Any], where: str, fields: dict[str, Any]) -> None:
        """A measure's period, deadline or schedule from ``scheduledPeriod``/``String``."""
        scheduled = self.mapping(detail.get("scheduledPeriod"), f"{where}.scheduledPeriod")
        if scheduled is not None:
            period = self.period(scheduled, f"{where}.scheduledPeriod")
            if period.start is None and period.end is not None:
                fields["deadline"] = period.end
            else:
                fields["period"] = period
        text = self.text(detail, "scheduledString", where)
        if text is not None:
            try:
                fields["schedule"] = Schedule.from_rrule(text)
            except ModelError:
                self.skip(f"{where}.scheduledString", N_("not a schedule tiltak can read"))

    def follow_up(self, note: Mapping[str, Any], path: str) -> FollowUp:
        fields: dict[str, Any] = {}
        for i, ext in enumerate(self.items(note, "extension", path)):
            value = ext.get("valueCode")
            if ext.get("url") == c.COLOUR_EXTENSION and _one_of(value, StatusColour):
                fields["colour"] = StatusColour(value)
            else:
                self.skip(f"{path}.extension[{i}]")
        text = self.text(note, "text", path)
        if text is not None:
            fields["note"] = text
        elif "_text" in note and not _absent(note["_text"]):
            self.skip(f"{path}._text")
        by = self.text(note, "authorString", path)
        if by is not None:
            fields["by"] = by
        author = self.mapping(note.get("authorReference"), f"{path}.authorReference")
        if author is not None and author == self.subject:
            self.skip(f"{path}.authorReference", N_("the subject as author has no tiltak field"))
        elif author is not None:
            display = self.text(author, "display", f"{path}.authorReference")
            if display is not None:
                fields["by"] = display
            self.rest(author, f"{path}.authorReference", {"display"})
        if "time" in note:
            day = _day(note["time"])
            if day is None:
                self.skip(f"{path}.time", N_("not a whole date"))
            elif _has_time(note["time"]):
                self.skip(f"{path}.time", _TIME_DROPPED)
            fields["date"] = day
        self.rest(
            note, path, {"extension", "text", "_text", "authorString", "authorReference", "time"}
        )
        return FollowUp(**fields)

    def note(self, note: Mapping[str, Any], path: str, fields: dict[str, Any]) -> None:
        kind = "background"
        for i, ext in enumerate(self.items(note, "extension", path)):
            value = ext.get("valueCode")
            if ext.get("url") == c.NOTE_KIND_EXTENSION and value in (
                "background",
                "resources",
                "needs",
            ):
                kind = value
            else:
                self.skip(f"{path}.extension[{i}]")
        text = self.text(note, "text", path)
        if text is not None:
            before = fields.get(kind)
            fields[kind] = text if before is None else f"{before}\n\n{text}"
        self.rest(note, path, {"extension", "text"})


def _one_of(value: object, enum_type: type[enum.Enum]) -> bool:
    """Whether ``value`` is the value of a member of ``enum_type``."""
    return isinstance(value, str) and value in {member.value for member in enum_type}


def _absent(element: object) -> bool:
    """Whether an element is only a data-absent-reason."""
    if not isinstance(element, Mapping) or set(element) != {"extension"}:
        return False
    extensions = element["extension"]
    return (
        isinstance(extensions, list)
        and len(extensions) == 1
        and isinstance(extensions[0], Mapping)
        and extensions[0].get("url") == c.DATA_ABSENT_EXTENSION
    )


def _identifier(identifiers: list[Mapping[str, Any]], system: str) -> tuple[str | None, int]:
    """The value of the identifier in ``system`` (else the first), and its index."""
    for i, identifier in enumerate(identifiers):
        if identifier.get("system") == system and isinstance(identifier.get("value"), str):
            return identifier["value"], i
    for i, identifier in enumerate(identifiers):
        if isinstance(identifier.get("value"), str):
            return identifier["value"], i
    return None, -1
