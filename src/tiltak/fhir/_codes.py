"""The URLs, code systems and value sets of tiltak's FHIR mapping, in one place."""

from __future__ import annotations

from tiltak._enums import PlanKind, PlanStatus, StatusColour

BASE = "https://tiltak.example/fhir"
"""The canonical base of everything tiltak defines for FHIR (a reserved ``.example`` host)."""

PLAN_KIND_SYSTEM = f"{BASE}/CodeSystem/plan-kind"
"""tiltak's own code system for the plan kind: the values of :class:`tiltak.PlanKind`."""
GOAL_ORIGIN_SYSTEM = f"{BASE}/CodeSystem/goal-origin"
"""Whose goal it is: the values of :class:`tiltak.GoalOrigin`."""
PARTICIPANT_ROLE_SYSTEM = f"{BASE}/CodeSystem/participant-role"
"""A care-team member's part: ``coordinator`` or a value of :class:`tiltak.Party`."""
NOTE_KIND_SYSTEM = f"{BASE}/CodeSystem/note-kind"
"""Which of the plan's texts a note carries: ``background``, ``resources`` or ``needs``."""
PLAN_ID_SYSTEM = f"{BASE}/NamingSystem/plan-id"
GOAL_ID_SYSTEM = f"{BASE}/NamingSystem/goal-id"

DOCUMENT_EXTENSION = f"{BASE}/StructureDefinition/tiltak-document"
"""On the CarePlan: the complete plan as a tiltak JSON document (``valueString``)."""
MEASURE_ID_EXTENSION = f"{BASE}/StructureDefinition/measure-id"
"""On ``CarePlan.activity``: the measure's identifier (``valueString``)."""
COLOUR_EXTENSION = f"{BASE}/StructureDefinition/status-colour"
"""On a ``progress`` annotation: the follow-up's status colour (``valueCode``)."""
NOTE_KIND_EXTENSION = f"{BASE}/StructureDefinition/note-kind"
"""On a ``note`` annotation: which of the plan's texts it carries (``valueCode``)."""
DATA_ABSENT_EXTENSION = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"

SE_PLAN_TYPE_SYSTEM = "https://fhir.inera.se/CodeSystem/typeofcareplan-cs"
"""Inera's code system for the Swedish national plan types (typeOfCarePlan of the RIV-TA
service contract clinicalprocess:logistics:logistics): ``SIP``, ``GP`` and others."""

SE_PLAN_TYPES: dict[PlanKind, tuple[str, str]] = {
    PlanKind.COORDINATED_PLAN: ("SIP", "Samordnad individuell plan"),
    PlanKind.IMPLEMENTATION_PLAN: ("GP", "Genomförandeplan"),
}

KIND_DISPLAY: dict[PlanKind, str] = {
    PlanKind.ACTION_PLAN: "Action plan",
    PlanKind.IMPLEMENTATION_PLAN: "Implementation plan",
    PlanKind.INDIVIDUAL_PLAN: "Individual plan",
    PlanKind.COORDINATED_PLAN: "Coordinated individual plan",
    PlanKind.OPERATIONAL_PLAN: "Operational plan",
    PlanKind.RETURN_TO_WORK_PLAN: "Return-to-work plan",
    PlanKind.RESULTS_PLAN: "Results and development plan",
}

PLAN_STATUS: dict[PlanStatus | None, str] = {
    PlanStatus.DRAFT: "draft",
    PlanStatus.ACTIVE: "active",
    PlanStatus.COMPLETED: "completed",
    PlanStatus.CANCELLED: "revoked",
    None: "unknown",
}
"""tiltak's plan status → FHIR request-status (``CarePlan.status``)."""

GOAL_LIFECYCLE: dict[PlanStatus | None, str] = {
    PlanStatus.DRAFT: "proposed",
    PlanStatus.ACTIVE: "active",
    PlanStatus.COMPLETED: "completed",
    PlanStatus.CANCELLED: "cancelled",
    None: "active",
}
"""tiltak's plan status → FHIR goal-status (``Goal.lifecycleStatus``): goals follow the plan."""

ACHIEVEMENT: dict[StatusColour, str] = {
    StatusColour.GREEN: "achieved",
    StatusColour.YELLOW: "in-progress",
    StatusColour.RED: "not-achieved",
}
"""A goal's rolled-up status colour → FHIR goal-achievement (no colour: no element)."""

GOAL_ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement"

# The required value sets of FHIR R4 (4.0.1) for the codes tiltak emits.
REQUEST_STATUS = frozenset(
    {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"}
)
CARE_PLAN_INTENT = frozenset({"proposal", "plan", "order", "option"})
CARE_PLAN_ACTIVITY_STATUS = frozenset(
    {
        "not-started",
        "scheduled",
        "in-progress",
        "on-hold",
        "completed",
        "cancelled",
        "stopped",
        "unknown",
        "entered-in-error",
    }
)
GOAL_STATUS = frozenset(
    {
        "proposed",
        "planned",
        "accepted",
        "active",
        "on-hold",
        "completed",
        "cancelled",
        "entered-in-error",
        "rejected",
    }
)
GOAL_ACHIEVEMENT = frozenset(
    {
        "in-progress",
        "improving",
        "worsening",
        "no-change",
        "achieved",
        "sustaining",
        "not-achieved",
        "no-progress",
        "not-attainable",
    }
)
