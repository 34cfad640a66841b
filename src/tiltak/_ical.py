"""A plan's dates as an iCalendar file: deadlines to do, follow-ups and revisions to attend.

``icalendar`` is an optional extra (``pip install tiltak[ical]``), imported only here, when
:func:`to_ical` is called.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import warnings
from typing import TYPE_CHECKING, Any

from ._errors import ModelError, ModelTypeError, TiltakWarning, drop_context
from ._extras import require
from ._i18n import N_, gettext
from ._locale import resolve_locale
from ._model import Measure, Plan
from ._text import Replacements, shown_places, visible_controls

if TYPE_CHECKING:
    from ._time._schedule import Schedule

__all__ = ["to_ical"]

PRODID = "-//tiltak//tiltak//EN"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://tiltak.example/ical")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_UNTIL = re.compile(r"(UNTIL=\d{8})T\d{6}Z?", re.IGNORECASE)
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
"""What RFC 5545's TEXT cannot hold, escaped or not (CONTROL, but for the line breaks that
:class:`icalendar.vText` writes as ``\\n``), and the noncharacters U+FFFE and U+FFFF."""

_DEADLINE = N_("Deadline: {measure}")
_MEASURE = N_("Measure: {measure}")
_FOLLOW_UP = N_("Follow-up: {plan}")
_FOLLOW_UP_UNTITLED = N_("Follow-up of the plan")
_REPORT = N_("Report: {reporter} to {recipient}")
_REPORT_FROM = N_("Report from {reporter}")
_REPORT_TO = N_("Report to {recipient}")
_REPORT_PLAIN = N_("Reporting")
_REVISION = N_("Revision: {plan}")
_REVISION_UNTITLED = N_("Revision of the plan")
_MAIN_REVISION = N_("Main revision: {plan}")
_MAIN_REVISION_UNTITLED = N_("Main revision of the plan")


def to_ical(plan: Plan, *, locale: str | None = None) -> bytes:
    """The plan's dates as an iCalendar (RFC 5545) file.

    A ``VTODO`` per measure with a deadline (due at the end of a month or year given only
    to the month or year), a ``VEVENT`` with an ``RRULE`` per recurring measure, recurring
    follow-up of the plan and reporting line, and a ``VEVENT`` per planned follow-up date
    and revision. Summaries are in ``locale``. UIDs and the time stamp derive from the plan,
    so the same plan always gives the same bytes.

    Every text is escaped as RFC 5545 asks (backslash, ``;``, ``,`` and line breaks), so no plan
    text adds a property or a component. Control characters, which no iCalendar text can
    hold, are replaced by U+FFFD, with a :class:`~tiltak.errors.TextReplacedWarning` naming where.
    A schedule that never falls due has no first day to start its event on: it is left out,
    with a :class:`~tiltak.errors.TiltakWarning` naming it.
    """
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"to_ical needs a Plan, not {type(plan).__name__}")
    require("icalendar", extra="ical", feature="to_ical")
    from icalendar import Calendar  # noqa: PLC0415 - optional extra, loaded on use

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    builder = _Builder(plan, locale)
    if plan.title:
        calendar.add("x-wr-calname", builder.clean(plan.title, "X-WR-CALNAME"))
    for component in builder.components():
        calendar.add_component(component)
    result: bytes = calendar.to_ical()
    builder.replacements.warn()
    if builder.never_due:
        warnings.warn(
            "to_ical left out schedules that never fall due: " + shown_places(builder.never_due),
            TiltakWarning,
            stacklevel=2,
        )
    return result


def _rule(schedule: Schedule) -> str:
    """The schedule's RRULE, its UNTIL a date (RFC 5545 wants it so with an all-day start)."""
    return _UNTIL.sub(r"\1", schedule.rule.strip())


def _first(schedule: Schedule) -> dt.date | None:
    """The first day the schedule falls due: DTSTART must be one (RFC 5545 § 3.8.5.3)."""
    return schedule.next_due(schedule.start)


def _measure_name(measure: Measure) -> str:
    return measure.title or measure.description or measure.id


class _Builder:
    def __init__(self, plan: Plan, locale: str | None) -> None:
        self.plan = plan
        self.locale = resolve_locale(
            locale, own=None if plan.language is None else plan.language.value
        )
        self.stamp = (
            _EPOCH
            if plan.created is None
            else dt.datetime.combine(plan.created, dt.time(), tzinfo=dt.UTC)
        )
        self.key = (
            "id:" + plan.id
            if plan.id is not None
            else f"kind:{plan.kind.value}|{plan.title or ''}|{plan.created or ''}"
        )
        self.seen: dict[str, int] = {}
        self.never_due: list[str] = []
        self.replacements = Replacements("to_ical", _NOT_TEXT)

    def clean(self, text: str, where: str) -> Any:
        """``text`` as an escaped iCalendar TEXT value that holds no control character."""
        from icalendar import vText  # noqa: PLC0415 - optional extra, loaded on use

        return vText(self.replacements.clean(text, where))

    def text(self, message: str, **fields: str) -> str:
        return gettext(message, locale=self.locale).format(**fields)

    def uid(self, name: str) -> str:
        count = self.seen.get(name, 0)
        self.seen[name] = count + 1
        suffix = "" if count == 0 else f"#{count}"
        return f"{uuid.uuid5(_NAMESPACE, f'{self.key}/{name}{suffix}')}@tiltak"

    def base(self, component: Any, name: str, summary: str) -> Any:
        component.add("uid", self.uid(name))
        component.add("dtstamp", self.stamp)
        component.add("summary", self.clean(summary, f"SUMMARY of {name}"))
        return component

    def event(self, name: str, summary: str, day: dt.date, rule: Any | None = None) -> Any:
        from icalendar import Event  # noqa: PLC0415 - optional extra, loaded on use

        event = self.base(Event(), name, summary)
        event.add("dtstart", day)
        if rule is not None:
            event.add("rrule", rule)
        return event

    @drop_context  # icalendar's error repeats the rule
    def recurring(self, name: str, summary: str, schedule: Schedule) -> Any | None:
        """An event that repeats by ``schedule``; ``None`` when it never falls due.

        A rule that neither tiltak nor icalendar reads (a schedule built round its checks)
        is refused by the name of its element, never with icalendar's bare ``ValueError``.
        """
        from icalendar import vRecur  # noqa: PLC0415 - optional extra, loaded on use

        try:
            rule = vRecur.from_ical(_rule(schedule))
            first = _first(schedule)
        except ValueError:  # ModelError is one too
            raise ModelError(
                f"to_ical cannot write {visible_controls(name)}: its rule is not a valid RFC "
                "5545 RRULE"
            ) from None
        if first is None:
            self.never_due.append(name)
            return None
        return self.event(name, summary, first, rule)

    def components(self) -> list[Any]:
        from icalendar import Todo  # noqa: PLC0415 - optional extra, loaded on use

        plan = self.plan
        out: list[Any] = []
        title = plan.title or ""
        for measure in plan.measures:
            name = _measure_name(measure)
            if measure.deadline is not None:
                todo = self.base(
                    Todo(), f"measure/{measure.id}/deadline", self.text(_DEADLINE, measure=name)
                )
                todo.add("due", measure.deadline.last_day)
                if measure.completed is not None:
                    todo.add("status", "COMPLETED")
                    todo.add(
                        "completed",
                        dt.datetime.combine(measure.completed, dt.time(), tzinfo=dt.UTC),
                    )
                else:
                    todo.add("status", "NEEDS-ACTION")
                out.append(todo)
            if measure.schedule is not None:
                out.append(
                    self.recurring(
                        f"measure/{measure.id}/schedule",
                        self.text(_MEASURE, measure=name),
                        measure.schedule,
                    )
                )
        routine = plan.follow_up
        follow_up = self.text(_FOLLOW_UP, plan=title) if title else self.text(_FOLLOW_UP_UNTITLED)
        if routine is not None:
            if routine.schedule is not None:
                out.append(self.recurring("follow-up/schedule", follow_up, routine.schedule))
            for date in routine.dates:
                out.append(self.event(f"follow-up/{date}", follow_up, date.last_day))
        for i, line in enumerate(plan.reporting):
            if line.schedule is None:
                continue
            summary = self.report(line.reporter, line.recipient)
            out.append(self.recurring(f"reporting/{i}", summary, line.schedule))
        for i, revision in enumerate(plan.revisions):
            day = revision.due.last_day if revision.due is not None else revision.done
            if day is None:
                continue
            if revision.main:
                summary = (
                    self.text(_MAIN_REVISION, plan=title)
                    if title
                    else self.text(_MAIN_REVISION_UNTITLED)
                )
            else:
                summary = (
                    self.text(_REVISION, plan=title) if title else self.text(_REVISION_UNTITLED)
                )
            out.append(self.event(f"revision/{i}", summary, day))
        return [component for component in out if component is not None]

    def report(self, reporter: str | None, recipient: str | None) -> str:
        if reporter and recipient:
            return self.text(_REPORT, reporter=reporter, recipient=recipient)
        if reporter:
            return self.text(_REPORT_FROM, reporter=reporter)
        if recipient:
            return self.text(_REPORT_TO, recipient=recipient)
        return self.text(_REPORT_PLAIN)
