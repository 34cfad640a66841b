"""Plans, goals and measures as :class:`~tiltak._render._view.Document` view-models.

The order follows the documents the plans come from: what the plan is, its causes, its goal
areas and goals, its measures (in their given order), the follow-up, and who takes part.
Sections and columns with nothing in them are left out. A subject's national identity
number and contact details are never shown: a display is not the place for them.

A reference to a repeated identifier resolves to the first element holding it, as in
:func:`tiltak.summarise`: a goal lists the measures that name its identifier, and a goal area
its goals, only when it is the first to hold that identifier. Every element is still shown
once, so a plan's display grows with the plan, not with its repeats times their references.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from tiltak._elements import first_holders
from tiltak._enums import Party, PlanKind
from tiltak._model import (
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalArea,
    Measure,
    Plan,
    Responsible,
)
from tiltak._names import field_label, kind_name, status_name, value_name
from tiltak._time._dates import PartialDate

from ._figures import plan_figures
from ._labels import (
    capitalised,
    colour_badge,
    date_text,
    label,
    period_text,
    schedule_text,
    yes_no,
)
from ._view import Block, Cell, Document, Facts, Figure, Section, Table, Titled

__all__ = ["goal_document", "measure_document", "plan_document"]

Row = tuple[str, Cell]


def _rows(pairs: Iterable[tuple[str, Cell | None]]) -> tuple[Row, ...]:
    """The pairs whose value is present, in order."""
    return tuple((name, value) for name, value in pairs if value)


def _lines(*parts: str | None) -> str:
    return "\n".join(part for part in parts if part)


def _facts(caption: str, pairs: Iterable[tuple[str, Cell | None]]) -> tuple[Facts, ...]:
    rows = _rows(pairs)
    return (Facts(caption=caption, rows=rows),) if rows else ()


def _section(heading: str, blocks: Sequence[Block], *, open: bool = True) -> tuple[Section, ...]:
    return (Section(heading=heading, blocks=tuple(blocks), open=open),) if blocks else ()


@attrs.frozen(kw_only=True)
class _Links:
    """A plan's references by identifier, each resolved to the first element holding it."""

    plan: Plan
    first_goal: dict[str, int]
    """Each goal identifier with the index of the first goal holding it."""
    first_area: dict[str, int]
    """Each goal area identifier with the index of the first area holding it."""
    serving: dict[str, list[Measure]]
    """Each goal identifier with the measures that name it."""
    in_area: dict[str, list[int]]
    """Each goal area identifier with the indices of the goals in it."""
    principals: dict[str, str | None]
    """Each principal identifier with the name of the first principal holding it."""

    @classmethod
    def of(cls, plan: Plan) -> _Links:
        serving: dict[str, list[Measure]] = {}
        for measure in plan.measures:
            for served in dict.fromkeys(measure.goals):
                serving.setdefault(served, []).append(measure)
        in_area: dict[str, list[int]] = {}
        for index, goal in enumerate(plan.goals):
            if goal.area is not None:
                in_area.setdefault(goal.area, []).append(index)
        first_principal = first_holders(plan.principals)
        return cls(
            plan=plan,
            first_goal=first_holders(plan.goals),
            first_area=first_holders(plan.goal_areas),
            serving=serving,
            in_area=in_area,
            principals={key: plan.principals[i].name for key, i in first_principal.items()},
        )

    def measures_of(self, index: int) -> list[Measure]:
        """The measures that name ``plan.goals[index]``: none when an earlier goal has its id."""
        goal_id = self.plan.goals[index].id
        return self.serving.get(goal_id, []) if self.first_goal[goal_id] == index else []

    def goals_of(self, index: int) -> list[int]:
        """The goals in ``plan.goal_areas[index]``: none when an earlier area has its id."""
        area_id = self.plan.goal_areas[index].id
        return self.in_area.get(area_id, []) if self.first_area[area_id] == index else []


class _Builder:
    """Builds the blocks of one document in one locale."""

    def __init__(self, locale: str, kind: PlanKind | None = None) -> None:
        self.locale = locale
        # A genomförandeplan calls its measures activities (aktiviteter), as the sector does.
        self.activities = kind is PlanKind.IMPLEMENTATION_PLAN
        self._links: _Links | None = None

    def links(self, plan: Plan) -> _Links:
        """The plan's references, resolved once per plan."""
        if self._links is None or self._links.plan is not plan:
            self._links = _Links.of(plan)
        return self._links

    # -- words ---------------------------------------------------------------------------

    def field(self, name: str) -> str:
        if self.activities and name in ("measure", "measures"):
            return label("activity" if name == "measure" else "activities", locale=self.locale)
        return field_label(name, locale=self.locale)

    def title(self, name: str) -> str:
        """A field's label as a heading, caption or column title."""
        return capitalised(self.field(name))

    def word(self, key: str) -> str:
        return label(key, locale=self.locale)

    def date(self, value: dt.date | PartialDate | None) -> str | None:
        return None if value is None else date_text(value, locale=self.locale)

    def responsible(self, who: Responsible | None) -> str:
        if who is None:
            return ""
        names = ", ".join(part for part in (who.name, who.role, who.organisation) if part)
        contact = " \u00b7 ".join(part for part in (who.email, who.phone) if part)
        return _lines(names, contact)

    def when(self, measure: Measure) -> str:
        return _lines(
            self.date(measure.deadline),
            None if measure.period is None else period_text(measure.period, locale=self.locale),
            None
            if measure.schedule is None
            else schedule_text(measure.schedule, locale=self.locale),
        )

    # -- plan ----------------------------------------------------------------------------

    def plan(self, plan: Plan) -> Document:
        subtitle = [kind_name(plan.kind, locale=self.locale)]
        if plan.status is not None:
            subtitle.append(status_name(plan.status, locale=self.locale))
        if plan.period is not None and (period := period_text(plan.period, locale=self.locale)):
            subtitle.append(period)
        timeline, goal_matrix = plan_figures(plan, locale=self.locale)
        blocks: list[Block] = [
            *self.about(plan),
            *self.agreements(plan),
            *self.causes(plan),
            *self.goals(plan),
            *self.measures(
                plan.measures, with_causes=bool(plan.causes), plan=plan, figures=timeline
            ),
            *self.follow_up(plan, figures=goal_matrix),
            *self.people(plan),
            *self.return_to_work(plan),
        ]
        return Document(
            title=plan.title or self.word("untitled"),
            subtitle=tuple(subtitle),
            locale=self.locale,
            blocks=tuple(blocks),
        )

    def about(self, plan: Plan) -> tuple[Block, ...]:
        subject_label = (
            value_name(Party.EMPLOYEE, locale=self.locale)
            if plan.kind is PlanKind.RETURN_TO_WORK_PLAN
            else self.field("subject")
        )
        adoption = plan.adoption
        return _facts(
            capitalised(self.word("about")),
            [
                (self.title("kind"), kind_name(plan.kind, locale=self.locale)),
                (self.title("id"), plan.id),
                (
                    self.title("status"),
                    None if plan.status is None else status_name(plan.status, locale=self.locale),
                ),
                (
                    self.title("jurisdiction"),
                    None
                    if plan.jurisdiction is None
                    else value_name(plan.jurisdiction, locale=self.locale),
                ),
                (
                    self.title("Plan.period"),
                    None if plan.period is None else period_text(plan.period, locale=self.locale),
                ),
                (self.title("owner"), plan.owner),
                (self.title("created"), self.date(plan.created)),
                (capitalised(subject_label), None if plan.subject is None else plan.subject.name),
                (self.title("coordinator"), self.responsible(plan.coordinator)),
                (
                    self.title("Adoption.date"),
                    None if adoption is None else self.date(adoption.date),
                ),
                (self.title("Adoption.by"), None if adoption is None else adoption.by),
                (self.title("purpose"), plan.purpose),
                (self.title("background"), plan.background),
                (self.title("resources"), plan.resources),
                (self.title("documentation"), plan.documentation),
                (self.title("needs"), plan.needs),
            ],
        )

    def agreements(self, plan: Plan) -> tuple[Block, ...]:
        blocks: list[Block] = []
        if (decision := plan.decision) is not None:
            blocks += _facts(
                self.title("decision"),
                [
                    (self.title("reference"), decision.reference),
                    (self.title("date"), self.date(decision.date)),
                    (self.title("Decision.by"), decision.by),
                    (self.title("description"), decision.description),
                ],
            )
        if (consent := plan.consent) is not None:
            blocks += _facts(
                self.title("consent"),
                [
                    (self.title("given"), yes_no(consent.given, locale=self.locale)),
                    (self.title("date"), self.date(consent.date)),
                    (
                        self.title("information_sharing"),
                        None
                        if consent.information_sharing is None
                        else yes_no(consent.information_sharing, locale=self.locale),
                    ),
                    (
                        self.title("given_by"),
                        None
                        if consent.given_by is None
                        else value_name(consent.given_by, locale=self.locale),
                    ),
                    (self.title("capacity"), consent.capacity),
                ],
            )
        if (participation := plan.participation) is not None:
            blocks += _facts(
                self.title("participation"),
                [
                    (
                        self.title("took_part"),
                        None
                        if participation.took_part is None
                        else yes_no(participation.took_part, locale=self.locale),
                    ),
                    (self.title("Participation.how"), participation.how),
                ],
            )
        if (cooperation := plan.cooperation) is not None:
            blocks += _facts(
                self.title("cooperation"),
                [
                    (self.title("description"), cooperation.description),
                    (
                        self.title("not_needed"),
                        yes_no(True, locale=self.locale) if cooperation.not_needed else None,
                    ),
                ],
            )
        return tuple(blocks)

    def causes(self, plan: Plan) -> tuple[Block, ...]:
        if not plan.causes:
            return ()
        return (
            Table(
                caption=self.title("causes"),
                columns=(capitalised(self.word("no")), self.title("cause")),
                rows=tuple((cause.id, cause.text or "") for cause in plan.causes),
            ),
        )

    # -- goals ---------------------------------------------------------------------------

    def goals(self, plan: Plan) -> tuple[Block, ...]:
        links = self.links(plan)
        blocks: list[Block] = [
            self.area(area, links, links.goals_of(i)) for i, area in enumerate(plan.goal_areas)
        ]
        loose = [i for i, goal in enumerate(plan.goals) if goal.area not in links.first_area]
        if loose:
            heading = (
                capitalised(self.word("other_goals")) if plan.goal_areas else self.title("goals")
            )
            blocks += _section(heading, [self.goal(i, links) for i in loose])
        return tuple(blocks)

    def area(self, area: GoalArea, links: _Links, goals: Iterable[int]) -> Section:
        expectations = "\n".join(f"\u2022 {text}" for text in area.expectations)
        facts = _facts(
            self.title("goal_area"),
            [
                (self.title("title"), area.title),
                (self.title("purpose"), area.purpose),
                (self.title("expectations"), expectations),
                (
                    self.title("period"),
                    None if area.period is None else period_text(area.period, locale=self.locale),
                ),
            ],
        )
        return Section(
            heading=_lines(area.id, area.title).replace("\n", " "),
            blocks=(*facts, *(self.goal(i, links) for i in goals)),
        )

    def goal_facts(self, goal: Goal) -> tuple[Row, ...]:
        target = goal.target
        return _rows(
            [
                (
                    self.title("origin"),
                    None if goal.origin is None else value_name(goal.origin, locale=self.locale),
                ),
                (
                    self.title("part"),
                    None if goal.part is None else value_name(goal.part, locale=self.locale),
                ),
                (self.title("level"), goal.level),
                (self.title("parent"), goal.parent),
                (self.title("Target.measure"), None if target is None else target.measure),
                (self.title("value"), None if target is None else target.value),
                (self.title("Target.due"), None if target is None else self.date(target.due)),
                (
                    self.title("period"),
                    None if goal.period is None else period_text(goal.period, locale=self.locale),
                ),
            ]
        )

    def goal(self, index: int, links: _Links) -> Section:
        goal = links.plan.goals[index]
        blocks: list[Block] = []
        if rows := self.goal_facts(goal):
            blocks.append(Facts(caption=self.title("goal"), rows=rows))
        serving = links.measures_of(index)
        if serving:
            blocks.append(
                Table(
                    caption=self.title("measures"),
                    columns=(
                        capitalised(self.word("no")),
                        self.title("measure"),
                        self.title("responsible"),
                        self.title("colour"),
                    ),
                    rows=tuple(
                        (
                            m.id,
                            m.title or m.description or "",
                            self.responsible(m.responsible).partition("\n")[0],
                            colour_badge(m.colour, locale=self.locale),
                        )
                        for m in _in_order(serving)
                    ),
                )
            )
        heading = " ".join(part for part in (goal.id, goal.text) if part)
        return Section(heading=heading, blocks=tuple(blocks), open=False)

    # -- measures ------------------------------------------------------------------------

    def measure_cell(self, measure: Measure, plan: Plan | None) -> Cell:
        principal = measure.principal
        if plan is not None and principal is not None:
            principal = self.links(plan).principals.get(principal) or principal
        extras: list[tuple[str | None, str | None]] = [
            (self.field("scope"), measure.scope),
            (
                None,
                None if measure.effort is None else value_name(measure.effort, locale=self.locale),
            ),
            (self.field("principal"), principal),
            (
                self.field("Measure.party"),
                None if measure.party is None else value_name(measure.party, locale=self.locale),
            ),
            (self.field("completed"), self.date(measure.completed)),
        ]
        text = _lines(
            measure.description,
            *(
                value if name is None else f"{capitalised(name)}: {value}"
                for name, value in extras
                if value
            ),
        )
        return Titled(title=measure.title, text=text) if measure.title else text

    def measures(
        self,
        measures: Sequence[Measure],
        *,
        with_causes: bool,
        plan: Plan | None,
        figures: Sequence[Figure] = (),
    ) -> tuple[Block, ...]:
        if not measures:
            return ()
        ordered = _in_order(measures)
        columns: list[tuple[str, list[Cell]]] = [
            (capitalised(self.word("no")), [m.id for m in ordered]),
            (self.title("measure"), [self.measure_cell(m, plan) for m in ordered]),
        ]
        optional: list[tuple[str, list[Cell]]] = [
            (self.title("causes"), [", ".join(m.causes) for m in ordered]),
            (self.title("goals"), [", ".join(m.goals) for m in ordered]),
            (self.title("operational_goal"), [m.operational_goal or "" for m in ordered]),
            (self.title("responsible"), [self.responsible(m.responsible) for m in ordered]),
            (capitalised(self.word("when")), [self.when(m) for m in ordered]),
            (self.title("how"), [m.how or "" for m in ordered]),
        ]
        for name, values in optional:
            if any(values) or (with_causes and values is optional[0][1]):
                columns.append((name, values))
        columns.append(
            (self.title("colour"), [colour_badge(m.colour, locale=self.locale) for m in ordered])
        )
        rows = tuple(zip(*(values for _, values in columns), strict=True))
        table = Table(
            caption=self.title("measures"),
            columns=tuple(name for name, _ in columns),
            rows=rows,
        )
        follow_ups = [(m.id, f) for m in ordered for f in m.follow_ups]
        return _section(
            self.title("measures"),
            [
                table,
                *figures,
                *self.follow_up_table(follow_ups, first=capitalised(self.word("no"))),
            ],
        )

    def follow_up_table(
        self, follow_ups: Sequence[tuple[str, FollowUp]], *, first: str | None
    ) -> tuple[Block, ...]:
        if not follow_ups:
            return ()
        columns = [
            self.title("date"),
            self.title("colour"),
            self.title("note"),
            self.title("FollowUp.by"),
        ]
        rows: list[tuple[Cell, ...]] = []
        for owner, f in follow_ups:
            row: list[Cell] = [
                self.date(f.date) or "",
                colour_badge(f.colour, locale=self.locale),
                f.note or "",
                f.by or "",
            ]
            rows.append((owner, *row) if first is not None else tuple(row))
        return (
            Table(
                caption=self.title("follow_ups"),
                columns=tuple([first, *columns] if first is not None else columns),
                rows=tuple(rows),
            ),
        )

    # -- follow-up, people, return to work -----------------------------------------------

    def routine(self, routine: FollowUpRoutine | None) -> tuple[Row, ...]:
        if routine is None:
            return ()
        return _rows(
            [
                (
                    self.title("schedule"),
                    None
                    if routine.schedule is None
                    else schedule_text(routine.schedule, locale=self.locale),
                ),
                (
                    self.title("dates"),
                    ", ".join(date_text(d, locale=self.locale) for d in routine.dates),
                ),
                (self.title("method"), routine.method),
            ]
        )

    def follow_up(self, plan: Plan, *, figures: Sequence[Figure] = ()) -> tuple[Block, ...]:
        blocks: list[Block] = []
        if rows := self.routine(plan.follow_up):
            blocks.append(Facts(caption=self.title("follow_up"), rows=rows))
        blocks += figures
        blocks += self.follow_up_table([("", f) for f in plan.follow_ups], first=None)
        if plan.revisions:
            blocks.append(
                Table(
                    caption=self.title("revisions"),
                    columns=(
                        self.title("Revision.due"),
                        self.title("done"),
                        self.title("main"),
                        self.title("note"),
                    ),
                    rows=tuple(
                        (
                            self.date(r.due) or "",
                            self.date(r.done) or "",
                            yes_no(r.main, locale=self.locale),
                            r.note or "",
                        )
                        for r in plan.revisions
                    ),
                )
            )
        if plan.reporting:
            blocks.append(
                Table(
                    caption=self.title("reporting"),
                    columns=(
                        self.title("reporter"),
                        self.title("recipient"),
                        self.title("schedule"),
                        self.title("note"),
                    ),
                    rows=tuple(
                        (
                            line.reporter or "",
                            line.recipient or "",
                            ""
                            if line.schedule is None
                            else schedule_text(line.schedule, locale=self.locale),
                            line.note or "",
                        )
                        for line in plan.reporting
                    ),
                )
            )
        return _section(self.title("follow_up"), blocks)

    def _agrees(self, value: bool | None) -> str:
        return "" if value is None else yes_no(value, locale=self.locale)

    def people(self, plan: Plan) -> tuple[Block, ...]:
        blocks: list[Block] = []
        agrees = any(p.user_agrees is not None for p in plan.participants)
        if plan.participants:
            blocks.append(
                Table(
                    caption=self.title("participants"),
                    columns=(
                        self.title("name"),
                        self.title("role"),
                        self.title("party"),
                        self.title("contribution"),
                        self.title("contact"),
                        *((self.title("user_agrees"),) if agrees else ()),
                    ),
                    rows=tuple(
                        (
                            _lines(p.name, p.organisation).replace("\n", ", "),
                            p.role or "",
                            "" if p.party is None else value_name(p.party, locale=self.locale),
                            p.contribution or "",
                            _lines(p.email, p.phone),
                            *((self._agrees(p.user_agrees),) if agrees else ()),
                        )
                        for p in plan.participants
                    ),
                )
            )
        if plan.principals:
            blocks.append(
                Table(
                    caption=self.title("principals"),
                    columns=(
                        capitalised(self.word("no")),
                        self.title("name"),
                        self.title("overall_responsibility"),
                    ),
                    rows=tuple(
                        (
                            p.id,
                            p.name or "",
                            yes_no(p.overall_responsibility, locale=self.locale),
                        )
                        for p in plan.principals
                    ),
                )
            )
        return _section(self.title("participants"), blocks)

    def return_to_work(self, plan: Plan) -> tuple[Block, ...]:
        rtw = plan.return_to_work
        if rtw is None:
            return ()
        blocks: list[Block] = list(
            _facts(
                self.title("return_to_work"),
                [
                    (self.title("first_day_of_absence"), self.date(rtw.first_day_of_absence)),
                    (
                        self.title("absence"),
                        None
                        if rtw.absence is None
                        else value_name(rtw.absence, locale=self.locale),
                    ),
                    (self.title("expected_return"), self.date(rtw.expected_return)),
                    (self.title("exemption"), rtw.exemption),
                    (self.title("tasks_and_capacity"), rtw.tasks_and_capacity),
                    (
                        self.title("authority_measures_not_relevant"),
                        yes_no(True, locale=self.locale)
                        if rtw.authority_measures_not_relevant
                        else None,
                    ),
                    (self.title("sent_to_doctor"), self.date(rtw.sent_to_doctor)),
                    (self.title("sent_to_nav"), self.date(rtw.sent_to_nav)),
                ],
            )
        )
        if rtw.dialogue_meetings:
            blocks.append(
                Table(
                    caption=self.title("dialogue_meetings"),
                    columns=(
                        self.title("number"),
                        self.title("date"),
                        self.title("participants"),
                    ),
                    rows=tuple(
                        (str(m.number), self.date(m.date) or "", ", ".join(m.participants))
                        for m in rtw.dialogue_meetings
                    ),
                )
            )
        if rtw.sick_leave:
            blocks.append(
                Table(
                    caption=self.title("sick_leave"),
                    columns=(self.title("period"), self.title("degree")),
                    rows=tuple(
                        (
                            ""
                            if leave.period is None
                            else period_text(leave.period, locale=self.locale),
                            "" if leave.degree is None else f"{leave.degree} %",
                        )
                        for leave in rtw.sick_leave
                    ),
                )
            )
        return _section(self.title("return_to_work"), blocks)

    # -- a goal or a measure on its own --------------------------------------------------

    def goal_document(self, goal: Goal) -> Document:
        rows = _rows([(self.title("id"), goal.id), (self.title("text"), goal.text)])
        rows += _rows([(self.title("area"), goal.area)]) + self.goal_facts(goal)
        return Document(
            title=goal.text or goal.id or self.word("untitled"),
            subtitle=(self.field("goal"),),
            locale=self.locale,
            blocks=(Facts(caption=self.title("goal"), rows=rows),) if rows else (),
        )

    def measure_document(self, measure: Measure) -> Document:
        rows = _rows(
            [
                (self.title("id"), measure.id),
                (self.title("measure"), self.measure_cell(measure, None)),
                (self.title("causes"), ", ".join(measure.causes)),
                (self.title("goals"), ", ".join(measure.goals)),
                (self.title("operational_goal"), measure.operational_goal),
                (self.title("responsible"), self.responsible(measure.responsible)),
                (capitalised(self.word("when")), self.when(measure)),
                (self.title("how"), measure.how),
                (self.title("order"), None if measure.order is None else str(measure.order)),
                (self.title("colour"), colour_badge(measure.colour, locale=self.locale)),
            ]
        )
        follow_ups = self.follow_up_table([("", f) for f in measure.follow_ups], first=None)
        return Document(
            title=measure.title or measure.description or measure.id or self.word("untitled"),
            subtitle=(self.field("measure"),),
            locale=self.locale,
            blocks=(Facts(caption=self.title("measure"), rows=rows), *follow_ups),
        )


def _in_order(measures: Iterable[Measure]) -> list[Measure]:
    """Measures by their given order; those without one keep their place after them."""
    return sorted(measures, key=lambda m: (m.order is None, m.order or 0))


def plan_document(plan: Plan, *, locale: str) -> Document:
    """The view-model of a whole plan."""
    return _Builder(locale, plan.kind).plan(plan)


def goal_document(goal: Goal, *, locale: str) -> Document:
    """The view-model of one goal, on its own."""
    return _Builder(locale).goal_document(goal)


def measure_document(measure: Measure, *, locale: str) -> Document:
    """The view-model of one measure, on its own."""
    return _Builder(locale).measure_document(measure)
