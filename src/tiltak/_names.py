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
from ._words import FIELD, has_word, keys, word

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
    }
)

# Keyed by the attribute name of the model; "Class.attribute" where one name means
# something else on one class (the "by" of an adoption is who adopted the plan).

FIELD_NAMES: tuple[str, ...] = tuple(sorted(keys(FIELD)))
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
            " Jurisdiction, Language or ResultsPart"
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
    known = name if has_word(FIELD, name) else name.rpartition(".")[2]
    if not has_word(FIELD, known):
        raise ModelError(f"no label for the field {shape(name)}; see tiltak.labels.FIELD_NAMES")
    return word(FIELD, known, locale=locale)


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
