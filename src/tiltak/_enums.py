"""The closed vocabularies of the model. Values are the lower-case names, as in the format."""

from __future__ import annotations

import enum

__all__ = [
    "AbsenceDegree",
    "Direction",
    "Effort",
    "GoalOrigin",
    "Jurisdiction",
    "Language",
    "Party",
    "PlanKind",
    "PlanStatus",
    "ResultsPart",
    "StatusColour",
]


class PlanKind(enum.Enum):
    """The kinds of plan tiltak knows, each with its own content requirements."""

    ACTION_PLAN = "action_plan"
    """Tiltaksplan (nb) / åtgärdsplan (sv): measures against a problem, in a period."""
    IMPLEMENTATION_PLAN = "implementation_plan"
    """Genomförandeplan (sv): how a decided intervention under SoL or LSS is carried out."""
    INDIVIDUAL_PLAN = "individual_plan"
    """Individuell plan (nb): long-term, coordinated services built on the user's own goals."""
    COORDINATED_PLAN = "coordinated_plan"
    """Samordnad individuell plan, SIP (sv): social services and health care together."""
    OPERATIONAL_PLAN = "operational_plan"
    """Virksomhetsplan (nb): an organisation's goals over several years, in goal areas."""
    RETURN_TO_WORK_PLAN = "return_to_work_plan"
    """Oppfølgingsplan (nb) / plan för återgång i arbete (sv): the way back to work after
    sick leave (aml. § 4-6; socialförsäkringsbalken 30 kap. 6 §)."""
    RESULTS_PLAN = "results_plan"
    """Resultat- og utviklingsplan (nb): the yearly agreement between the rådmann and a unit
    head on the unit's and the leader's results and development (seed 004)."""


class Language(enum.Enum):
    """The language a plan is written in: one of those tiltak speaks."""

    NB = "nb"
    """Norwegian bokmål."""
    NN = "nn"
    """Norwegian nynorsk."""
    SV = "sv"
    """Swedish."""
    EN = "en"
    """English."""


class Direction(enum.Enum):
    """Which way an indicator should move: a higher or a lower value is better."""

    HIGHER = "higher"
    LOWER = "lower"


class StatusColour(enum.Enum):
    """How a measure went, in the Brå template's three colours.

    Not assessed yet is the absence of a colour (``None``), never a fourth member.
    """

    GREEN = "green"
    """Carried out fully, as intended, with a good result on the problem."""
    YELLOW = "yellow"
    """Partly carried out, or carried out with a weaker result."""
    RED = "red"
    """Not carried out, or no effect."""


class PlanStatus(enum.Enum):
    """Where a plan is in its life."""

    DRAFT = "draft"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class GoalOrigin(enum.Enum):
    """Whose goal it is."""

    USER = "user"
    """The service user's own goal, in their own words (individuell plan, SIP)."""
    DECISION = "decision"
    """A goal set by the decision the plan carries out (genomförandeplan)."""
    SERVICE = "service"
    """A goal of the service or the organisation."""


class Party(enum.Enum):
    """The part someone plays in a plan, or who provides a measure."""

    USER = "user"
    NEXT_OF_KIN = "next_of_kin"
    GUARDIAN = "guardian"
    PROVIDER = "provider"
    PRINCIPAL = "principal"
    EMPLOYER = "employer"
    EMPLOYEE = "employee"
    AUTHORITY = "authority"
    """A public authority helping from outside, such as NAV or Försäkringskassan."""
    MANAGEMENT = "management"
    """The municipality's management: the rådmann (kommunedirektør) and those acting for them."""
    OTHER = "other"


class Effort(enum.Enum):
    """Whether a measure is a one-off effort or part of ordinary work (Brå)."""

    ONE_OFF = "one_off"
    ORDINARY = "ordinary"


class AbsenceDegree(enum.Enum):
    """Whether sick leave is full or partial (return-to-work plan)."""

    FULL = "full"
    PARTIAL = "partial"


class ResultsPart(enum.Enum):
    """Which of the required parts of a resultat- og utviklingsplan a goal belongs to."""

    UNIT_RESULTS = "unit_results"
    """a) The results and requirements for the unit (resultat/krav til virksomheten)."""
    UNIT_DEVELOPMENT = "unit_development"
    """b) A development area of the unit, with a concrete ambition (ambisjonsmål)."""
    LEADER_RESULTS = "leader_results"
    """c) Special results and requirements for the leader."""
    LEADER_DEVELOPMENT = "leader_development"
    """d) A development area of the leader, with a concrete level of ambition."""


class Jurisdiction(enum.Enum):
    """The country whose law a plan is made under, where the kind's rules depend on it."""

    NORWAY = "no"
    """Norwegian law: a return-to-work plan under arbeidsmiljøloven § 4-6 (oppfølgingsplan)."""
    SWEDEN = "se"
    """Swedish law: a plan för återgång i arbete under socialförsäkringsbalken 30 kap. 6 §."""
