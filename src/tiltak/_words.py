"""Every label tiltak writes for people, in one table: model fields, columns, display words.

An entry is keyed by its context (the catalogs' ``msgctxt``) and a key: a model field by its
attribute name (``"Class.attribute"`` where one class means something else by it), a column
of :func:`tiltak.exports.to_records` by its key, a word the renderers add around a plan's own
text by a name of its own. The values are the English messages, marked for the catalogs.

>>> word(FIELD, "deadline", locale="sv"), word(COLUMN, "cause", locale="nb")
('klart senast', 'Årsak')
>>> keys(COLUMN)[:3]
('plan_id', 'plan_kind', 'plan_title')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

from ._i18n import NC_, pgettext

__all__ = ["COLUMN", "DISPLAY", "FIELD", "PICTURE", "Context", "has_word", "keys", "word"]

Context = Literal["field", "column", "display", "picture"]
"""What a label names: a model field, a table column, a word of the renderers or of a picture."""

FIELD: Final = "field"
COLUMN: Final = "column"
DISPLAY: Final = "display"
PICTURE: Final = "picture"

_WORDS: Mapping[tuple[Context, str], str] = MappingProxyType(
    {
        # -- model fields, by attribute name ---------------------------------------------
        # the plan
        (FIELD, "kind"): NC_("field", "plan kind"),
        (FIELD, "id"): NC_("field", "identifier"),
        (FIELD, "title"): NC_("field", "title"),
        (FIELD, "status"): NC_("field", "plan status"),
        (FIELD, "jurisdiction"): NC_("field", "law the plan is made under"),
        (FIELD, "language"): NC_("field", "language"),
        (FIELD, "period"): NC_("field", "period (from – to)"),  # noqa: RUF001 - a real en dash
        (FIELD, "Plan.period"): NC_("field", "plan period"),
        (FIELD, "created"): NC_("field", "created"),
        (FIELD, "owner"): NC_("field", "owner (unit)"),
        (FIELD, "subject"): NC_("field", "service user"),
        (FIELD, "purpose"): NC_("field", "purpose"),
        (FIELD, "background"): NC_("field", "background"),
        (FIELD, "resources"): NC_("field", "resources"),
        (FIELD, "documentation"): NC_("field", "how carrying out the measures is documented"),
        (FIELD, "needs"): NC_("field", "needs for services"),
        (FIELD, "cause"): NC_("field", "cause"),
        (FIELD, "causes"): NC_("field", "causes"),
        (FIELD, "goal_area"): NC_("field", "goal area"),
        (FIELD, "goal_areas"): NC_("field", "goal areas"),
        (FIELD, "section"): NC_("field", "section"),
        (FIELD, "sections"): NC_("field", "sections"),
        (FIELD, "goal"): NC_("field", "goal"),
        (FIELD, "goals"): NC_("field", "goals"),
        (FIELD, "measure"): NC_("field", "measure"),
        (FIELD, "measures"): NC_("field", "measures"),
        (FIELD, "decision"): NC_("field", "decision"),
        (FIELD, "consent"): NC_("field", "consent"),
        (FIELD, "participation"): NC_("field", "user participation"),
        (FIELD, "participant"): NC_("field", "participant"),
        (FIELD, "participants"): NC_("field", "participants"),
        (FIELD, "coordinator"): NC_("field", "coordinator"),
        (FIELD, "responsibility_group"): NC_("field", "responsibility group"),
        (FIELD, "members"): NC_("field", "members"),
        (FIELD, "meetings"): NC_("field", "meetings"),
        (FIELD, "principal"): NC_("field", "principal"),
        (FIELD, "principals"): NC_("field", "principals"),
        (FIELD, "cooperation"): NC_("field", "cooperation"),
        (FIELD, "adoption"): NC_("field", "adopted"),
        (FIELD, "revision"): NC_("field", "revision"),
        (FIELD, "revisions"): NC_("field", "revisions"),
        (FIELD, "reporting"): NC_("field", "reporting"),
        (FIELD, "follow_up"): NC_("field", "follow-up"),
        (FIELD, "follow_ups"): NC_("field", "follow-ups"),
        (FIELD, "evaluation"): NC_("field", "evaluation"),
        (FIELD, "return_to_work"): NC_("field", "return to work"),
        (FIELD, "extensions"): NC_("field", "extensions"),
        # people
        (FIELD, "responsible"): NC_("field", "responsible"),
        (FIELD, "name"): NC_("field", "name"),
        (FIELD, "role"): NC_("field", "role"),
        (FIELD, "organisation"): NC_("field", "organisation"),
        (FIELD, "contact"): NC_("field", "contact details"),
        (FIELD, "email"): NC_("field", "e-mail"),
        (FIELD, "phone"): NC_("field", "phone"),
        (FIELD, "national_id"): NC_("field", "national identity number"),
        (FIELD, "birth_date"): NC_("field", "date of birth"),
        (FIELD, "party"): NC_("field", "party"),
        (FIELD, "contribution"): NC_("field", "contribution"),
        (FIELD, "user_agrees"): NC_("field", "the user agrees to their taking part"),
        (FIELD, "overall_responsibility"): NC_("field", "overall responsibility"),
        # goals and targets
        (FIELD, "text"): NC_("field", "wording"),
        (FIELD, "area"): NC_("field", "goal area"),
        (FIELD, "parent"): NC_("field", "parent goal"),
        (FIELD, "level"): NC_("field", "level"),
        (FIELD, "origin"): NC_("field", "whose goal"),
        (FIELD, "part"): NC_("field", "part of the plan"),
        (FIELD, "target"): NC_("field", "target"),
        (FIELD, "value"): NC_("field", "target value"),
        (FIELD, "Target.measure"): NC_("field", "what is measured"),
        (FIELD, "Target.due"): NC_("field", "to be reached by"),
        (FIELD, "expectations"): NC_("field", "expectations"),
        (FIELD, "baseline"): NC_("field", "baseline"),
        (FIELD, "Baseline.value"): NC_("field", "baseline value"),
        (FIELD, "Baseline.date"): NC_("field", "measured on"),
        (FIELD, "unit"): NC_("field", "unit of measure"),
        (FIELD, "direction"): NC_("field", "better when"),
        (FIELD, "FollowUp.value"): NC_("field", "measured value"),
        # measures
        (FIELD, "description"): NC_("field", "description"),
        (FIELD, "how"): NC_("field", "how it is carried out"),
        (FIELD, "scope"): NC_("field", "scope"),
        (FIELD, "operational_goal"): NC_("field", "operational goal"),
        (FIELD, "Measure.party"): NC_("field", "provided by"),
        (FIELD, "deadline"): NC_("field", "deadline"),
        (FIELD, "due"): NC_("field", "due date"),
        (FIELD, "schedule"): NC_("field", "schedule"),
        (FIELD, "order"): NC_("field", "order"),
        (FIELD, "effort"): NC_("field", "one-off effort or ordinary work"),
        (FIELD, "completed"): NC_("field", "completed"),
        (FIELD, "colour"): NC_("field", "status colour"),
        # follow-up, decision, consent, participation
        (FIELD, "date"): NC_("field", "date"),
        (FIELD, "dates"): NC_("field", "dates"),
        (FIELD, "note"): NC_("field", "note"),
        (FIELD, "by"): NC_("field", "by whom"),
        (FIELD, "FollowUp.by"): NC_("field", "followed up by"),
        (FIELD, "method"): NC_("field", "method"),
        (FIELD, "reference"): NC_("field", "reference"),
        (FIELD, "Decision.by"): NC_("field", "decided by"),
        (FIELD, "given"): NC_("field", "consent given"),
        (FIELD, "information_sharing"): NC_("field", "consent to share confidential information"),
        (FIELD, "given_by"): NC_("field", "consent given by"),
        (FIELD, "capacity"): NC_("field", "why the user could not consent"),
        (FIELD, "took_part"): NC_("field", "took part"),
        (FIELD, "Participation.how"): NC_("field", "how views and wishes were considered"),
        (FIELD, "not_needed"): NC_("field", "no cooperation needed"),
        (FIELD, "Adoption.date"): NC_("field", "adopted"),
        (FIELD, "Adoption.by"): NC_("field", "adopted by"),
        # revision and reporting
        (FIELD, "Revision.due"): NC_("field", "next revision"),
        (FIELD, "done"): NC_("field", "carried out"),
        (FIELD, "main"): NC_("field", "main revision"),
        (FIELD, "reporter"): NC_("field", "who reports"),
        (FIELD, "recipient"): NC_("field", "reports to"),
        (FIELD, "reports"): NC_("field", "reports delivered"),
        (FIELD, "DeliveredReport.date"): NC_("field", "delivered"),
        (FIELD, "DeliveredReport.period"): NC_("field", "period covered"),
        (FIELD, "DeliveredReport.by"): NC_("field", "delivered by"),
        # return to work
        (FIELD, "first_day_of_absence"): NC_("field", "first day of absence"),
        (FIELD, "absence"): NC_("field", "full or partial absence"),
        (FIELD, "expected_return"): NC_("field", "expected back at work"),
        (FIELD, "exemption"): NC_("field", "obviously unnecessary (reason)"),
        (FIELD, "tasks_and_capacity"): NC_("field", "work tasks and capacity"),
        (FIELD, "authority_measures_not_relevant"): NC_(
            "field", "no measures with help from the authorities are relevant"
        ),
        (FIELD, "sent_to_doctor"): NC_("field", "sent to the sick-listing doctor"),
        (FIELD, "sent_to_nav"): NC_("field", "sent to NAV"),
        (FIELD, "dialogue_meetings"): NC_("field", "dialogue meetings"),
        (FIELD, "doctor_took_part"): NC_("field", "the sick-listing doctor took part"),
        (FIELD, "occupational_health_took_part"): NC_(
            "field", "the occupational health service took part"
        ),
        (FIELD, "sick_leave"): NC_("field", "sick leave"),
        (FIELD, "degree"): NC_("field", "degree of sick leave"),
        (FIELD, "number"): NC_("field", "meeting number"),
        # -- the columns of a table of measures, in their order ----------------------------
        (COLUMN, "plan_id"): NC_("column", "Plan ID"),
        (COLUMN, "plan_kind"): NC_("column", "Plan kind"),
        (COLUMN, "plan_title"): NC_("column", "Plan title"),
        (COLUMN, "position"): NC_("column", "No."),
        (COLUMN, "measure_id"): NC_("column", "Measure ID"),
        (COLUMN, "order"): NC_("column", "Order"),
        (COLUMN, "cause"): NC_("column", "Cause"),
        (COLUMN, "cause_text"): NC_("column", "Cause (text)"),
        (COLUMN, "measure"): NC_("column", "Measure"),
        (COLUMN, "description"): NC_("column", "Description"),
        (COLUMN, "goals"): NC_("column", "Goals"),
        (COLUMN, "operational_goal"): NC_("column", "Operational goal"),
        (COLUMN, "deadline"): NC_("column", "When"),
        (COLUMN, "deadline_precision"): NC_("column", "When (precision)"),
        (COLUMN, "period_start"): NC_("column", "Period from"),
        (COLUMN, "period_end"): NC_("column", "Period to"),
        (COLUMN, "schedule"): NC_("column", "Schedule"),
        (COLUMN, "completed"): NC_("column", "Completed"),
        (COLUMN, "responsible"): NC_("column", "Who"),
        (COLUMN, "responsible_role"): NC_("column", "Role"),
        (COLUMN, "responsible_organisation"): NC_("column", "Organisation or unit"),
        (COLUMN, "responsible_email"): NC_("column", "E-mail"),
        (COLUMN, "responsible_phone"): NC_("column", "Phone"),
        (COLUMN, "colour"): NC_("column", "Follow-up"),
        (COLUMN, "follow_up_date"): NC_("column", "Follow-up date"),
        (COLUMN, "follow_up_note"): NC_("column", "Follow-up note"),
        (COLUMN, "effort"): NC_("column", "One-off or ordinary work"),
        # -- the words the renderers add around a plan's own text ------------------------
        (DISPLAY, "untitled"): NC_("display", "(untitled)"),
        (DISPLAY, "about"): NC_("display", "about the plan"),
        (DISPLAY, "no"): NC_("display", "no."),
        (DISPLAY, "when"): NC_("display", "when"),
        (DISPLAY, "activity"): NC_("display", "activity"),
        (DISPLAY, "activities"): NC_("display", "activities"),
        (DISPLAY, "yes"): NC_("display", "yes"),
        (DISPLAY, "no_answer"): NC_("display", "no"),
        (DISPLAY, "other_goals"): NC_("display", "goals outside the goal areas"),
        (DISPLAY, "report"): NC_("display", "validation report"),
        (DISPLAY, "no_findings"): NC_("display", "No findings."),
        (DISPLAY, "rule"): NC_("display", "rule"),
        (DISPLAY, "where"): NC_("display", "where"),
        (DISPLAY, "message"): NC_("display", "message"),
        (DISPLAY, "summary"): NC_("display", "status summary"),
        (DISPLAY, "overdue"): NC_("display", "overdue measures"),
        (DISPLAY, "missed"): NC_("display", "past-due follow-ups and revisions"),
        (DISPLAY, "upcoming"): NC_("display", "coming up"),
        (DISPLAY, "late"): NC_("display", "overdue"),
        (DISPLAY, "what"): NC_("display", "what"),
        (DISPLAY, "changes"): NC_("display", "changes"),
        (DISPLAY, "change"): NC_("display", "change"),
        (DISPLAY, "added"): NC_("display", "added"),
        (DISPLAY, "removed"): NC_("display", "removed"),
        (DISPLAY, "changed"): NC_("display", "changed"),
        (DISPLAY, "no_changes"): NC_("display", "No changes."),
        (DISPLAY, "indicator"): NC_("display", "baseline \u2192 latest \u2192 target"),
        (DISPLAY, "progress"): NC_("display", "progress"),
        (DISPLAY, "reports"): NC_("display", "reports"),
        (DISPLAY, "reports_to"): NC_("display", "who reports to whom"),
        (DISPLAY, "last_due"): NC_("display", "last due"),
        (DISPLAY, "delivered"): NC_("display", "last delivered"),
        (DISPLAY, "missed_reports"): NC_("display", "missed"),
        (DISPLAY, "next_due"): NC_("display", "next due"),
        # -- the words of the pictures (tiltak.pictures) ---------------------------------
        (PICTURE, "picture_in_words"): NC_("picture", "The picture in words"),
        (PICTURE, "nothing"): NC_("picture", "Nothing to show."),
        (PICTURE, "timeline"): NC_("picture", "Timeline"),
        (PICTURE, "measures_timeline"): NC_("picture", "Timeline of the measures"),
        (PICTURE, "matrix"): NC_("picture", "Status by reporting round"),
        (PICTURE, "measures_matrix"): NC_("picture", "Status of the measures by round"),
        (PICTURE, "goals_matrix"): NC_("picture", "Status of the goals by round"),
        (PICTURE, "areas_matrix"): NC_("picture", "Status of the goal areas by round"),
        (PICTURE, "indicators"): NC_("picture", "Indicators"),
        (PICTURE, "indicators_desc"): NC_(
            "picture", "One chart per indicator, each from its baseline to its target."
        ),
        (PICTURE, "follow_ups"): NC_("picture", "follow-ups"),
        (PICTURE, "revisions"): NC_("picture", "revisions"),
        (PICTURE, "rounds"): NC_("picture", "rounds"),
        (PICTURE, "no_follow_up"): NC_("picture", "no follow-up"),
        (PICTURE, "undated"): NC_("picture", "without a date"),
        (PICTURE, "baseline"): NC_("picture", "baseline"),
        (PICTURE, "target"): NC_("picture", "target"),
        (PICTURE, "higher"): NC_("picture", "higher is better"),
        (PICTURE, "lower"): NC_("picture", "lower is better"),
        (PICTURE, "timeline_desc"): NC_(
            "picture",
            "Bars show periods and points show deadlines; each status has its own colour and"
            " symbol.",
        ),
        (PICTURE, "as_of_line"): NC_("picture", "The dashed line is the as-of day."),
        (PICTURE, "matrix_desc"): NC_(
            "picture",
            "Each row's status in each reporting round, as a colour and a symbol; a dash is a"
            " round without one.",
        ),
        (PICTURE, "indicator_desc"): NC_(
            "picture",
            "A line from the baseline through the measured values; the dashed line is the target.",
        ),
    }
)


def has_word(context: Context, key: str) -> bool:
    """Whether ``key`` has a label in ``context``."""
    return (context, key) in _WORDS


def word(context: Context, key: str, *, locale: str | None = None) -> str:
    """The label of ``key`` in ``context``, in ``locale`` (a ``KeyError`` if it has none)."""
    return pgettext(context, _WORDS[context, key], locale=locale)


def keys(context: Context) -> tuple[str, ...]:
    """Every key of ``context``, in the table's order."""
    return tuple(key for (where, key) in _WORDS if where == context)
