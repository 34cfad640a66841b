"""The localised names of plan kinds, colours, statuses, severities and model fields.

For integrators who build their own screens: every name is the word the sector itself
uses in that language (a *tiltaksplan* in bokmål is an *åtgärdsplan* in Swedish).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from ._checks import enum_value
from ._enums import (
    AbsenceDegree,
    Direction,
    Effort,
    GoalOrigin,
    Jurisdiction,
    Language,
    Party,
    PlanKind,
    PlanStatus,
    ResultsPart,
    StatusColour,
)
from ._errors import ModelError, ModelTypeError, drop_context
from ._i18n import NC_, pgettext
from ._redact import shape
from ._report import Severity

__all__ = [
    "FIELD_NAMES",
    "colour_name",
    "field_label",
    "kind_name",
    "label",
    "severity_name",
    "status_name",
    "value_name",
]

_KIND = "plan kind"
_KINDS: Mapping[PlanKind, str] = MappingProxyType(
    {
        PlanKind.ACTION_PLAN: NC_("plan kind", "action plan"),
        PlanKind.IMPLEMENTATION_PLAN: NC_("plan kind", "implementation plan"),
        PlanKind.INDIVIDUAL_PLAN: NC_("plan kind", "individual plan"),
        PlanKind.COORDINATED_PLAN: NC_("plan kind", "coordinated individual plan"),
        PlanKind.OPERATIONAL_PLAN: NC_("plan kind", "operational plan"),
        PlanKind.RETURN_TO_WORK_PLAN: NC_("plan kind", "return-to-work plan"),
        PlanKind.RESULTS_PLAN: NC_("plan kind", "results and development plan"),
    }
)

_COLOUR = "colour"
_COLOURS: Mapping[StatusColour | None, str] = MappingProxyType(
    {
        StatusColour.GREEN: NC_("colour", "green"),
        StatusColour.YELLOW: NC_("colour", "yellow"),
        StatusColour.RED: NC_("colour", "red"),
        None: NC_("colour", "not assessed"),
    }
)

_STATUS = "plan status"
_STATUSES: Mapping[PlanStatus, str] = MappingProxyType(
    {
        PlanStatus.DRAFT: NC_("plan status", "draft"),
        PlanStatus.ACTIVE: NC_("plan status", "active"),
        PlanStatus.COMPLETED: NC_("plan status", "completed"),
        PlanStatus.CANCELLED: NC_("plan status", "cancelled"),
    }
)

_SEVERITY = "severity"
_SEVERITIES: Mapping[str, str] = MappingProxyType(
    {
        "error": NC_("severity", "error"),
        "warning": NC_("severity", "warning"),
        "note": NC_("severity", "note"),
    }
)
# The rule catalogue writes severities as E, W and I; "info" is a common spelling of a note.
_SEVERITY_ALIASES: Mapping[str, str] = MappingProxyType(
    {"e": "error", "w": "warning", "i": "note", "n": "note", "info": "note"}
)

_PARTY = "party"
_EFFORT = "effort"
_ABSENCE = "absence"
_ORIGIN = "goal origin"
_PART = "results part"
_JURISDICTION = "jurisdiction"
_LANGUAGE = "language"
_DIRECTION = "direction"
_VALUES: Mapping[enum.Enum, tuple[str, str]] = MappingProxyType(
    {
        **{kind: (_KIND, name) for kind, name in _KINDS.items()},
        **{c: (_COLOUR, name) for c, name in _COLOURS.items() if c is not None},
        **{status: (_STATUS, name) for status, name in _STATUSES.items()},
        Party.USER: (_PARTY, NC_("party", "service user")),
        Party.NEXT_OF_KIN: (_PARTY, NC_("party", "next of kin")),
        Party.GUARDIAN: (_PARTY, NC_("party", "guardian")),
        Party.PROVIDER: (_PARTY, NC_("party", "service provider")),
        Party.PRINCIPAL: (_PARTY, NC_("party", "principal")),
        Party.EMPLOYER: (_PARTY, NC_("party", "employer")),
        Party.EMPLOYEE: (_PARTY, NC_("party", "employee")),
        Party.AUTHORITY: (_PARTY, NC_("party", "public authority")),
        Party.MANAGEMENT: (_PARTY, NC_("party", "the municipal management")),
        Party.OTHER: (_PARTY, NC_("party", "other party")),
        Effort.ONE_OFF: (_EFFORT, NC_("effort", "one-off effort")),
        Effort.ORDINARY: (_EFFORT, NC_("effort", "part of ordinary work")),
        AbsenceDegree.FULL: (_ABSENCE, NC_("absence", "full absence")),
        AbsenceDegree.PARTIAL: (_ABSENCE, NC_("absence", "partial absence")),
        GoalOrigin.USER: (_ORIGIN, NC_("goal origin", "the user's own goal")),
        GoalOrigin.DECISION: (_ORIGIN, NC_("goal origin", "goal set by the decision")),
        GoalOrigin.SERVICE: (_ORIGIN, NC_("goal origin", "goal of the service")),
        Jurisdiction.NORWAY: (_JURISDICTION, NC_("jurisdiction", "Norwegian law")),
        Jurisdiction.SWEDEN: (_JURISDICTION, NC_("jurisdiction", "Swedish law")),
        ResultsPart.UNIT_RESULTS: (
            _PART,
            NC_("results part", "results and requirements for the unit"),
        ),
        ResultsPart.UNIT_DEVELOPMENT: (
            _PART,
            NC_("results part", "development area of the unit"),
        ),
        ResultsPart.LEADER_RESULTS: (
            _PART,
            NC_("results part", "results and requirements for the leader"),
        ),
        ResultsPart.LEADER_DEVELOPMENT: (
            _PART,
            NC_("results part", "development area of the leader"),
        ),
        Language.NB: (_LANGUAGE, NC_("language", "Norwegian bokmål")),
        Language.NN: (_LANGUAGE, NC_("language", "Norwegian nynorsk")),
        Language.SV: (_LANGUAGE, NC_("language", "Swedish")),
        Language.EN: (_LANGUAGE, NC_("language", "English")),
        Direction.HIGHER: (_DIRECTION, NC_("direction", "higher is better")),
        Direction.LOWER: (_DIRECTION, NC_("direction", "lower is better")),
    }
)

_FIELD = "field"
# Keyed by the attribute name of the model; "Class.attribute" where one name means
# something else on one class (the "by" of an adoption is who adopted the plan).
_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        # the plan
        "kind": NC_("field", "plan kind"),
        "id": NC_("field", "identifier"),
        "title": NC_("field", "title"),
        "status": NC_("field", "plan status"),
        "jurisdiction": NC_("field", "law the plan is made under"),
        "language": NC_("field", "language"),
        "period": NC_("field", "period (from – to)"),  # noqa: RUF001 - a real en dash
        "Plan.period": NC_("field", "plan period"),
        "created": NC_("field", "created"),
        "owner": NC_("field", "owner (unit)"),
        "subject": NC_("field", "service user"),
        "purpose": NC_("field", "purpose"),
        "background": NC_("field", "background"),
        "resources": NC_("field", "resources"),
        "documentation": NC_("field", "how carrying out the measures is documented"),
        "needs": NC_("field", "needs for services"),
        "cause": NC_("field", "cause"),
        "causes": NC_("field", "causes"),
        "goal_area": NC_("field", "goal area"),
        "goal_areas": NC_("field", "goal areas"),
        "section": NC_("field", "section"),
        "sections": NC_("field", "sections"),
        "goal": NC_("field", "goal"),
        "goals": NC_("field", "goals"),
        "measure": NC_("field", "measure"),
        "measures": NC_("field", "measures"),
        "decision": NC_("field", "decision"),
        "consent": NC_("field", "consent"),
        "participation": NC_("field", "user participation"),
        "participant": NC_("field", "participant"),
        "participants": NC_("field", "participants"),
        "coordinator": NC_("field", "coordinator"),
        "responsibility_group": NC_("field", "responsibility group"),
        "members": NC_("field", "members"),
        "meetings": NC_("field", "meetings"),
        "principal": NC_("field", "principal"),
        "principals": NC_("field", "principals"),
        "cooperation": NC_("field", "cooperation"),
        "adoption": NC_("field", "adopted"),
        "revision": NC_("field", "revision"),
        "revisions": NC_("field", "revisions"),
        "reporting": NC_("field", "reporting"),
        "follow_up": NC_("field", "follow-up"),
        "follow_ups": NC_("field", "follow-ups"),
        "evaluation": NC_("field", "evaluation"),
        "return_to_work": NC_("field", "return to work"),
        "extensions": NC_("field", "extensions"),
        # people
        "responsible": NC_("field", "responsible"),
        "name": NC_("field", "name"),
        "role": NC_("field", "role"),
        "organisation": NC_("field", "organisation"),
        "contact": NC_("field", "contact details"),
        "email": NC_("field", "e-mail"),
        "phone": NC_("field", "phone"),
        "national_id": NC_("field", "national identity number"),
        "birth_date": NC_("field", "date of birth"),
        "party": NC_("field", "party"),
        "contribution": NC_("field", "contribution"),
        "user_agrees": NC_("field", "the user agrees to their taking part"),
        "overall_responsibility": NC_("field", "overall responsibility"),
        # goals and targets
        "text": NC_("field", "wording"),
        "area": NC_("field", "goal area"),
        "parent": NC_("field", "parent goal"),
        "level": NC_("field", "level"),
        "origin": NC_("field", "whose goal"),
        "part": NC_("field", "part of the plan"),
        "target": NC_("field", "target"),
        "value": NC_("field", "target value"),
        "Target.measure": NC_("field", "what is measured"),
        "Target.due": NC_("field", "to be reached by"),
        "expectations": NC_("field", "expectations"),
        "baseline": NC_("field", "baseline"),
        "Baseline.value": NC_("field", "baseline value"),
        "Baseline.date": NC_("field", "measured on"),
        "unit": NC_("field", "unit of measure"),
        "direction": NC_("field", "better when"),
        "FollowUp.value": NC_("field", "measured value"),
        # measures
        "description": NC_("field", "description"),
        "how": NC_("field", "how it is carried out"),
        "scope": NC_("field", "scope"),
        "operational_goal": NC_("field", "operational goal"),
        "Measure.party": NC_("field", "provided by"),
        "deadline": NC_("field", "deadline"),
        "due": NC_("field", "due date"),
        "schedule": NC_("field", "schedule"),
        "order": NC_("field", "order"),
        "effort": NC_("field", "one-off effort or ordinary work"),
        "completed": NC_("field", "completed"),
        "colour": NC_("field", "status colour"),
        # follow-up, decision, consent, participation
        "date": NC_("field", "date"),
        "dates": NC_("field", "dates"),
        "note": NC_("field", "note"),
        "by": NC_("field", "by whom"),
        "FollowUp.by": NC_("field", "followed up by"),
        "method": NC_("field", "method"),
        "reference": NC_("field", "reference"),
        "Decision.by": NC_("field", "decided by"),
        "given": NC_("field", "consent given"),
        "information_sharing": NC_("field", "consent to share confidential information"),
        "given_by": NC_("field", "consent given by"),
        "capacity": NC_("field", "why the user could not consent"),
        "took_part": NC_("field", "took part"),
        "Participation.how": NC_("field", "how views and wishes were considered"),
        "not_needed": NC_("field", "no cooperation needed"),
        "Adoption.date": NC_("field", "adopted"),
        "Adoption.by": NC_("field", "adopted by"),
        # revision and reporting
        "Revision.due": NC_("field", "next revision"),
        "done": NC_("field", "carried out"),
        "main": NC_("field", "main revision"),
        "reporter": NC_("field", "who reports"),
        "recipient": NC_("field", "reports to"),
        "reports": NC_("field", "reports delivered"),
        "DeliveredReport.date": NC_("field", "delivered"),
        "DeliveredReport.period": NC_("field", "period covered"),
        "DeliveredReport.by": NC_("field", "delivered by"),
        # return to work
        "first_day_of_absence": NC_("field", "first day of absence"),
        "absence": NC_("field", "full or partial absence"),
        "expected_return": NC_("field", "expected back at work"),
        "exemption": NC_("field", "obviously unnecessary (reason)"),
        "tasks_and_capacity": NC_("field", "work tasks and capacity"),
        "authority_measures_not_relevant": NC_(
            "field", "no measures with help from the authorities are relevant"
        ),
        "sent_to_doctor": NC_("field", "sent to the sick-listing doctor"),
        "sent_to_nav": NC_("field", "sent to NAV"),
        "dialogue_meetings": NC_("field", "dialogue meetings"),
        "doctor_took_part": NC_("field", "the sick-listing doctor took part"),
        "occupational_health_took_part": NC_("field", "the occupational health service took part"),
        "sick_leave": NC_("field", "sick leave"),
        "degree": NC_("field", "degree of sick leave"),
        "number": NC_("field", "meeting number"),
    }
)

FIELD_NAMES: tuple[str, ...] = tuple(sorted(_FIELDS))
"""Every name :func:`field_label` knows, sorted."""


def kind_name(kind: PlanKind | str, *, locale: str | None = None) -> str:
    """The name of a plan kind in the sector's own word.

    >>> kind_name(PlanKind.ACTION_PLAN, locale="sv"), kind_name("action_plan", locale="nb")
    ('åtgärdsplan', 'tiltaksplan')
    """
    return pgettext(_KIND, _KINDS[enum_value(PlanKind, kind)], locale=locale)


def colour_name(colour: StatusColour | str | None, *, locale: str | None = None) -> str:
    """The name of a status colour; ``None`` is "not assessed".

    >>> [colour_name(c, locale="nn") for c in ("green", "yellow", "red", None)]
    ['grøn', 'gul', 'raud', 'ikkje vurdert']
    """
    key = None if colour is None else enum_value(StatusColour, colour)
    return pgettext(_COLOUR, _COLOURS[key], locale=locale)


def status_name(status: PlanStatus | str, *, locale: str | None = None) -> str:
    """The name of a plan status.

    >>> status_name("active", locale="sv")
    'aktiv'
    """
    return pgettext(_STATUS, _STATUSES[enum_value(PlanStatus, status)], locale=locale)


def severity_name(severity: enum.Enum | str, *, locale: str | None = None) -> str:
    """The name of a finding's severity: ``error``, ``warning`` or ``note``.

    Accepts the name, its one-letter code (``E``, ``W``, ``I``) or an enum member whose
    value or name is one of those.

    >>> severity_name("warning", locale="nn"), severity_name("I", locale="sv")
    ('åtvaring', 'anmärkning')
    """
    candidates = (
        (severity.value, severity.name) if isinstance(severity, enum.Enum) else (severity,)
    )
    for candidate in candidates:
        if isinstance(candidate, str):
            key = candidate.lower()
            key = _SEVERITY_ALIASES.get(key, key)
            if key in _SEVERITIES:
                return pgettext(_SEVERITY, _SEVERITIES[key], locale=locale)
    if not isinstance(severity, enum.Enum | str):
        raise ModelTypeError(f"a severity must be a str or an enum, not {type(severity).__name__}")
    raise ModelError("a severity must be one of 'error', 'warning', 'note' (or E, W, I)")


@drop_context
def value_name(value: enum.Enum, *, locale: str | None = None) -> str:
    """The name of any member of tiltak's vocabularies (kind, colour, party, effort ...).

    >>> value_name(Party.NEXT_OF_KIN, locale="nn"), value_name(Effort.ONE_OFF, locale="sv")
    ('pårørande', 'punktinsats')
    """
    try:
        context, message = _VALUES[value]
    except (KeyError, TypeError):
        raise ModelTypeError(
            f"no name for {type(value).__name__}: value_name takes a member of"
            " PlanKind, StatusColour, PlanStatus, Party, Effort, AbsenceDegree, GoalOrigin,"
            " Jurisdiction, Language, ResultsPart or Direction"
        ) from None
    return pgettext(context, message, locale=locale)


def field_label(name: str, *, locale: str | None = None) -> str:
    """The label of a model field, by attribute name (``"deadline"``, ``"goal_areas"``).

    ``"Class.attribute"`` asks for the label on one class where it differs; any other
    class falls back to the plain attribute's label.

    >>> field_label("deadline", locale="sv"), field_label("how", locale="nn")
    ('klart senast', 'gjennomføring (korleis)')
    >>> field_label("Adoption.by", locale="nb"), field_label("Measure.deadline", locale="nb")
    ('vedtatt av', 'frist')
    """
    if not isinstance(name, str):
        raise ModelTypeError(f"a field name must be a str, not {type(name).__name__}")
    message = _FIELDS.get(name)
    if message is None and "." in name:
        message = _FIELDS.get(name.rpartition(".")[2])
    if message is None:
        raise ModelError(f"no label for the field {shape(name)}; see tiltak.labels.FIELD_NAMES")
    return pgettext(_FIELD, message, locale=locale)


def label(value: enum.Enum | None, *, locale: str | None = None) -> str:
    """The word for any value of tiltak's vocabularies, in ``locale``.

    A plan kind, plan status, status colour (``None`` is "not assessed"), severity, party,
    effort, degree of absence or goal origin.

    >>> label(PlanKind.ACTION_PLAN, locale="sv"), label(StatusColour.RED, locale="nb")
    ('åtgärdsplan', 'rød')
    >>> label(None, locale="en"), label(Severity.INFO, locale="nn")
    ('not assessed', 'merknad')
    """
    if value is None:
        return colour_name(None, locale=locale)
    if isinstance(value, Severity):
        return severity_name(value, locale=locale)
    return value_name(value, locale=locale)
