"""The common rules P001-P019: what every kind of plan must hold together."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from tiltak._elements import identifier
from tiltak._enums import PlanKind
from tiltak._i18n import N_, NP_
from tiltak._model import Participant, Plan, Responsible, Subject
from tiltak._report import Finding
from tiltak._time._asof import measure_due, overdue_indices, recorded_follow_up
from tiltak._time._dates import PartialDate, Period, shifted
from tiltak._time._daynumbers import Window

from ._core import RuleContext, within_cap
from ._define import E, I, W, blank, closed, missed_days, rule

__all__: list[str] = []

_OPERATIONAL = {PlanKind.OPERATIONAL_PLAN: W}
_GOAL_ADVISED = {
    PlanKind.ACTION_PLAN: W,
    PlanKind.COORDINATED_PLAN: W,
    PlanKind.RETURN_TO_WORK_PLAN: W,
}
"""Kinds whose source asks for a goal with "bør", or names none among what the plan shall hold."""
_USER_GOALS = {PlanKind.INDIVIDUAL_PLAN: I, PlanKind.COORDINATED_PLAN: I}


@rule(
    "P001",
    E,
    N_("The plan has a title"),
    source="tiltak",
    quote="",
    rationale="A plan is found, cited and adopted by its title.",
)
def _title(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if blank(plan.title):
        yield ctx.finding("$.title", N_("The plan has no title."))


@rule(
    "P002",
    E,
    N_("The plan period has a start, and its end is not before its start"),
    source="forskrift om habilitering og rehabilitering, individuell plan og koordinator § 19 g; "
    "seed 004",
    quote="«en angivelse av planperioden og tidspunkt for eventuelle justeringer og revisjoner "
    "av planen» (§ 19 g); «praksis for perioden 2019-2023» (seed 004)",
    rationale="Every date in the plan is read against its period; an individuell plan "
    "must state its period.",
)
def _period(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    period = plan.period
    if period is None:
        yield ctx.finding("$.period", N_("The plan has no period."))
    elif period.start is None:
        yield ctx.finding("$.period.start", N_("The plan period has no start."))
    elif period.end is not None and period.end.last_day < period.start.first_day:
        yield ctx.finding(
            "$.period.end",
            N_("The plan period ends ({end}) before it starts ({start})."),
            start=period.start,
            end=period.end,
        )


@rule(
    "P003",
    E,
    N_("The plan has at least one goal"),
    source="seeds 000, 002, 003; forskrift om habilitering og rehabilitering, individuell plan "
    "og koordinator § 19 a; good practice for SIP and return-to-work plans",
    quote="«En tiltaksplan bør inneholde en beskrivelse av målet med tiltakene.» (seed 000: a "
    "warning); «En genomförandeplan ska därför innehålla: ● Vilket eller vilka mål som "
    "gäller för insatsen enligt nämndens beslut» (seed 002); «Planen skal ta utgangspunkt "
    "i brukerens egne mål og behov.» (seed 003); «en oversikt over tjenestemottakers mål, "
    "ressurser og behov for tjenester» (§ 19 a). SoL 2 kap. 7 § and aml. § 4-6 name no "
    "goal: a warning there",
    rationale="The goal says why the measures are carried out and what they should lead to. "
    "Seed 000 asks for it with 'bør', and the content lists of SoL 2 kap. 7 § and aml. § 4-6 "
    "name no goal, so for an action plan, a SIP and a return-to-work plan it is a warning.",
    kind_severity=_GOAL_ADVISED,
)
def _goals(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not plan.goals:
        yield ctx.finding("$.goals", N_("The plan has no goals."))


@rule(
    "P004",
    E,
    N_("The plan has at least one measure"),
    source="seeds 000, 002; forskrift om habilitering og rehabilitering, individuell plan og "
    "koordinator § 19 e; SoL 2 kap. 7 §, HSL 16 kap. 4 §; aml. § 4-6 (3)",
    quote="«En tiltaksplan er en oversiktlig plan for ulike tiltak som skal utføres innen en "
    "viss tidsperiode.» (seed 000); «Om insatsen innehåller en eller flera aktiviteter "
    "hos utföraren» (seed 002); «en oversikt over hvilke tiltak som er aktuelle» (§ 19 "
    "e); «vilka insatser som behövs» (SoL); «aktuelle tiltak i arbeidsgivers regi» "
    "(aml.); «Alle aktiviteter vil bli tidfestet i egen handlingsplan.» (seed 004: a "
    "warning)",
    rationale="A plan of action without actions does nothing. An operational plan's measures "
    "may live in a separate action plan, so there it is a warning.",
    kind_severity=_OPERATIONAL,
)
def _measures(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not plan.measures:
        yield ctx.finding("$.measures", N_("The plan has no measures."))


_COLLECTIONS = ("goal_areas", "sections", "goals", "causes", "measures")


@rule(
    "P005",
    E,
    N_("Identifiers are unique (goal areas, sections, goals, causes, measures)"),
    source="tiltak",
    quote="",
    rationale="Measures, goals and causes refer to each other by identifier; a repeated "
    "identifier makes every reference to it ambiguous.",
)
def _unique_ids(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for field in _COLLECTIONS:
        items = getattr(plan, field)
        if len({item.id for item in items}) == len(items):
            continue  # the common case: nothing repeats
        first: dict[str, int] = {}
        for index, item in enumerate(items):
            seen = first.setdefault(item.id, index)
            if seen != index:
                yield ctx.finding(
                    f"$.{field}[{index}].id",
                    N_("This identifier is already used by item {first} of the same list."),
                    first=seen + 1,
                )


@rule(
    "P006",
    E,
    N_("Every reference resolves (measure to goal and cause, goal to area, section, parent)"),
    source="tiltak",
    quote="",
    rationale="A measure linked to a goal or cause that does not exist serves nothing the "
    "plan can show.",
)
def _references(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    goals = {g.id for g in plan.goals}
    causes = {c.id for c in plan.causes}
    areas = {a.id for a in plan.goal_areas}
    sections = {s.id for s in plan.sections}
    principals = {p.id for p in plan.principals}
    for i, goal in enumerate(plan.goals):
        if goal.section is not None and goal.section not in sections:
            yield ctx.finding(
                f"$.goals[{i}].section", N_("The goal refers to a section that does not exist.")
            )
        if goal.area is not None and goal.area not in areas:
            yield ctx.finding(
                f"$.goals[{i}].area", N_("The goal refers to a goal area that does not exist.")
            )
        if goal.parent is not None and (goal.parent not in goals or goal.parent == goal.id):
            yield ctx.finding(
                f"$.goals[{i}].parent", N_("The goal refers to a parent goal that does not exist.")
            )
    for i, measure in enumerate(plan.measures):
        if not goals.issuperset(measure.goals):
            for j, ref in enumerate(measure.goals):
                if ref not in goals:
                    yield ctx.finding(
                        f"$.measures[{i}].goals[{j}]",
                        N_("The measure refers to a goal that does not exist."),
                    )
        if not causes.issuperset(measure.causes):
            for j, ref in enumerate(measure.causes):
                if ref not in causes:
                    yield ctx.finding(
                        f"$.measures[{i}].causes[{j}]",
                        N_("The measure refers to a cause that does not exist."),
                    )
        if measure.principal is not None and measure.principal not in principals:
            yield ctx.finding(
                f"$.measures[{i}].principal",
                N_("The measure refers to a principal that does not exist."),
            )


def _nobody(person: Responsible | None) -> bool:
    return person is None or (
        blank(person.name) and blank(person.role) and blank(person.organisation)
    )


@rule(
    "P007",
    E,
    N_("Every measure has a responsible"),
    source="seeds 001, 002; forskrift om habilitering og rehabilitering, individuell plan og "
    "koordinator § 19 e",
    quote="«Skriv ansvarig för varje beskriven åtgärd.» (seed 001); «En genomförandeplan ska "
    "därför innehålla: … ● Vem hos utföraren som ansvarar för genomförandet av varje "
    "aktivitet» (seed 002); «og hvem som har ansvaret for disse» (§ 19 e)",
    rationale="A measure without a responsible falls between the chairs (Brå).",
)
def _responsible(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    # Nearly every responsible has a name, so ``_nobody`` is asked only where it is blank
    # (``blank`` written out: a call for each measure costs as much as the rest).
    nobody = [
        i
        for i, m in enumerate(plan.measures)
        if (person := m.responsible) is None
        or ((not (name := person.name) or name.isspace()) and _nobody(person))
    ]
    for i in nobody:
        yield ctx.finding(f"$.measures[{i}].responsible", N_("The measure has no responsible."))


@rule(
    "P008",
    E,
    N_("Every measure says when: a deadline, a period or a schedule"),
    source="seeds 001, 002, 004",
    quote="«Skriv in tiden för när åtgärden ska vara genomförd och klar.» (seed 001); «En "
    "genomförandeplan ska därför innehålla: … ● När och hur olika aktiviteter ska "
    "genomföras» (seed 002); «Alle aktiviteter vil bli tidfestet i egen handlingsplan.» "
    "(seed 004: a warning)",
    rationale="Those who carry out the measures must know when (Brå's När); an operational "
    "plan's goals often run the whole period, so there it is a warning.",
    kind_severity=_OPERATIONAL,
)
def _when(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, m in enumerate(plan.measures):
        if m.deadline is None and m.period is None and m.schedule is None:
            yield ctx.finding(
                f"$.measures[{i}].deadline",
                N_("The measure has no deadline, period or schedule."),
            )


@rule(
    "P009",
    W,
    N_("Every measure serves at least one goal"),
    source="seeds 000, 001, 002",
    quote="«En tiltaksplan bør inneholde en beskrivelse av målet med tiltakene. Hvorfor skal "
    "tiltaket utføres» (seed 000); «Här kopplas operativa mål till respektive åtgärd.» (seed "
    "001); «Vilket eller vilka mål som gäller för insatsen enligt nämndens beslut» (seed 002)",
    rationale="A measure is carried out for a goal; one that serves none cannot be evaluated. "
    "Not checked when the plan has no goals (P003).",
)
def _measure_goal(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not plan.goals:
        return
    for i, measure in enumerate(plan.measures):
        if not measure.goals:
            yield ctx.finding(f"$.measures[{i}].goals", N_("The measure serves no goal."))


@rule(
    "P010",
    W,
    N_("Every goal has at least one measure"),
    source="good practice",
    quote="",
    rationale="A goal no measure works towards will not be reached by the plan. A goal counts "
    "as served when a measure serves it or one of the goals under it. Not checked when the "
    "plan has no measures (P004).",
)
def _goal_measure(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if not plan.measures:
        return
    parents = {g.id: g.parent for g in plan.goals if g.parent is not None}
    served: set[str] = set()
    for ref in {ref for m in plan.measures for ref in m.goals}:
        current: str | None = ref
        while current is not None and current not in served:  # each goal is walked once
            served.add(current)
            current = parents.get(current)
    for i, goal in enumerate(plan.goals):
        if goal.id not in served:
            yield ctx.finding(f"$.goals[{i}]", N_("No measure works towards this goal."))


def _shown(date: PartialDate | None) -> PartialDate | str:
    """A bound of a period for a message: the date, or an ellipsis where it is open."""
    return "…" if date is None else date


def _period_years(periods: list[Period | None]) -> list[int]:
    """The years the given periods start and end in."""
    return [d.year for p in periods if p is not None for d in (p.start, p.end) if d is not None]


def _whole_years_inside(window: Window, years: list[int]) -> bool:
    """Whether every day of ``years`` lies inside ``window``, and so every date in them.

    The common case, checked for many dates at once: a plan's dates within its period.
    """
    return not years or (
        window.first_day <= dt.date(min(years), 1, 1)
        and dt.date(max(years), 12, 31) <= window.last_day
    )


@rule(
    "P011",
    W,
    N_("Every dated element lies inside the plan period"),
    source="good practice; seed 004 shows the fault",
    quote="«for perioden 2019-2023» beside «5.2 Avdelingsvise tiltak for å oppnå målområder for "
    "2016-2020» (seed 004)",
    rationale="Deadlines, goal and section periods, follow-ups (of the plan, its goals and its "
    "measures) and revisions outside the plan period belong to another plan (seed 004 dates "
    "its sections 2016-2020 in a 2019-2023 plan). A period runs outside when any part of it "
    "does. A date known only to the month or year is inside when some day of it is.",
)
def _inside(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    period = plan.period
    if period is None or (period.start is None and period.end is None):
        return
    window = Window.of(period)
    outside_date, outside_day = window.outside_date, window.outside_day
    outside_period = window.outside_period
    start, end = _shown(period.start), _shown(period.end)

    def found(path: str, date: PartialDate | dt.date) -> Finding:
        message = N_("{date} lies outside the plan period {start} to {end}.")
        return ctx.finding(path, message, date=date, start=start, end=end)

    def found_period(path: str, own: Period) -> Finding:
        message = N_(
            "Its period, {first} to {last}, runs outside the plan period {start} to {end}."
        )
        return ctx.finding(
            path, message, first=_shown(own.start), last=_shown(own.end), start=start, end=end
        )

    for i, area in enumerate(plan.goal_areas):
        if area.period is not None and outside_period(area.period):
            yield found_period(f"$.goal_areas[{i}].period", area.period)
    for i, section in enumerate(plan.sections):
        if section.period is not None and outside_period(section.period):
            yield found_period(f"$.sections[{i}].period", section.period)
    goals, measures = plan.goals, plan.measures
    # Most plans date everything inside their period: the years of the dates show it at once.
    years = [due.year for g in goals if (t := g.target) is not None and (due := t.due) is not None]
    years += _period_years([g.period for g in goals])
    years += [on.year for g in goals for f in g.follow_ups if (on := f.date) is not None]
    if not _whole_years_inside(window, years):
        for i, goal in enumerate(goals):
            target = goal.target
            if target is not None and target.due is not None and outside_date(target.due):
                yield found(f"$.goals[{i}].target.due", target.due)
            if goal.period is not None and outside_period(goal.period):
                yield found_period(f"$.goals[{i}].period", goal.period)
            for j, follow_up in enumerate(goal.follow_ups):
                if follow_up.date is not None and outside_day(follow_up.date):
                    yield found(f"$.goals[{i}].follow_ups[{j}].date", follow_up.date)
    years = [deadline.year for m in measures if (deadline := m.deadline) is not None]
    years += _period_years([m.period for m in measures])
    years += [on.year for m in measures for f in m.follow_ups if (on := f.date) is not None]
    if not _whole_years_inside(window, years):
        for i, m in enumerate(measures):
            if m.deadline is not None and outside_date(m.deadline):
                yield found(f"$.measures[{i}].deadline", m.deadline)
            if m.period is not None and outside_period(m.period):
                yield found_period(f"$.measures[{i}].period", m.period)
            for j, follow_up in enumerate(m.follow_ups):
                if follow_up.date is not None and outside_day(follow_up.date):
                    yield found(f"$.measures[{i}].follow_ups[{j}].date", follow_up.date)
    for i, revision in enumerate(plan.revisions):
        if revision.due is not None and outside_date(revision.due):
            yield found(f"$.revisions[{i}].due", revision.due)
    if plan.follow_up is not None:
        for i, day in enumerate(plan.follow_up.dates):
            if outside_date(day):
                yield found(f"$.follow_up.dates[{i}]", day)
    for i, follow_up in enumerate(plan.follow_ups):
        if follow_up.date is not None and outside_day(follow_up.date):
            yield found(f"$.follow_ups[{i}].date", follow_up.date)


@rule(
    "P012",
    E,
    N_("The plan says when and how it is followed up"),
    source="seeds 001, 002; forskrift om habilitering og rehabilitering, individuell plan og "
    "koordinator § 19 g; aml. § 4-6 (3)",
    quote="«Ange hur parterna uppfyllt sina åtaganden.» (seed 001); «En genomförandeplan ska "
    "därför innehålla: … ● När och hur planen ska följas upp» (seed 002); «tidspunkt for "
    "eventuelle justeringer og revisjoner av planen» (§ 19 g); «Planen skal også "
    "inneholde … plan for videre oppfølging.» (aml.)",
    rationale="A plan that is never followed up is never adjusted. A date or a schedule says "
    "when, a method says how; a reporting line with a schedule does both (seed 004).",
)
def _follow_up(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    if any(line.schedule is not None for line in plan.reporting):
        return
    routine = plan.follow_up
    if routine is None:
        yield ctx.finding("$.follow_up", N_("The plan does not say how it is followed up."))
        return
    if routine.schedule is None and not routine.dates:
        yield ctx.finding(
            "$.follow_up.schedule", N_("The follow-up has neither a schedule nor dates.")
        )
    if blank(routine.method):
        yield ctx.finding("$.follow_up.method", N_("The follow-up does not say how it is done."))


_Place = tuple[str, int | None]
"""Where in a plan: a path template and the index that fills it (``"$.coordinator"``, None)."""


def _path(place: _Place) -> str:
    """The path of ``place``; built only for a finding, not for every item checked."""
    template, index = place
    return template if index is None else template.format(index)


@rule(
    "P013",
    I,
    N_("A responsible person can be reached (phone or e-mail)"),
    source="seed 001",
    quote="«Ta gärna med kontaktuppgifter till den som är ansvarig.»",
    rationale="Brå's template asks for the responsible with contact details, so that those "
    "who follow up can reach them.",
)
def _reachable(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    # Nearly every responsible has an e-mail address, so the rest is asked only where it is
    # blank (``blank`` written out: a call for each measure costs as much as the rest).
    unreachable = [
        i
        for i, m in enumerate(plan.measures)
        if (person := m.responsible) is not None
        and (not (email := person.email) or email.isspace())
        and _unreachable(person)
    ]
    message = N_("No phone number or e-mail address is given.")
    for i in unreachable:
        yield ctx.finding(f"$.measures[{i}].responsible", message)
    if plan.coordinator is not None and _unreachable(plan.coordinator):
        yield ctx.finding("$.coordinator", message)


def _unreachable(person: Responsible) -> bool:
    """Whether ``person`` is somebody, but with neither an e-mail address nor a phone number."""
    return blank(person.email) and blank(person.phone) and not _nobody(person)


@rule(
    "P014",
    W,
    N_("A goal is measurable: a target and a date"),
    source="good practice (SMART goals; not in the seeds)",
    quote="",
    rationale="Only a goal with a target and a date can be followed up. An individuell plan's "
    "and a SIP's goals are the user's own words, so there it is advice.",
    kind_severity=_USER_GOALS,
)
def _measurable(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    for i, goal in enumerate(plan.goals):
        target = goal.target
        if target is None or (blank(target.value) and blank(target.measure)):
            yield ctx.finding(f"$.goals[{i}].target", N_("The goal has no measurable target."))
        elif target.due is None and ((period := goal.period) is None or period.end is None):
            yield ctx.finding(f"$.goals[{i}].target.due", N_("The goal's target has no date."))


_FOLD = re.compile(r"[\W_]+")
_PREFIX_MIN = 25


_MARKS = ".,:;!?()/-'\""
"""The common punctuation, cheaper to replace one by one than to find with ``_FOLD``."""


def fold(text: str) -> str:
    """``text`` with case, white space and punctuation folded away (words joined by a space)."""
    return _words(_spaced(text))


def _spaced(text: str) -> str:
    """``text`` normalised and case-folded, its common marks made spaces."""
    spaced = unicodedata.normalize("NFKC", text).casefold()
    for mark in _MARKS:
        spaced = spaced.replace(mark, " ")
    return spaced


def _words(spaced: str) -> str:
    """A folded text whose common marks are spaces already, as its words joined by a space."""
    if spaced.replace(" ", "").isalnum():  # letters and digits between spaces: words as split
        return " ".join(spaced.split())
    return _FOLD.sub(" ", spaced).strip()


_JOIN = "\x00"
"""What joins the texts :func:`fold_all` folds together: no character folds to it or with it."""


def _latin1_fold() -> bytes:
    r"""What each Latin-1 character folds to alone, as a byte; ``\x01`` when not one byte.

    A Latin-1 character that folds alone to one Latin-1 character composes with none of
    them (NFKC composes a base with a combining mark, and Latin-1 holds none), so a text of
    such characters folds character by character: a letter or digit to its folded self,
    anything else to a space (``_FOLD``'s ``\W`` and ``_``). The joint folds to itself;
    nothing folds to ``\x01``.
    """
    table = bytearray(range(256))
    for byte in range(1, 256):
        folded = unicodedata.normalize("NFKC", chr(byte)).casefold()
        if len(folded) == 1 and ord(folded) < 256:
            table[byte] = ord(folded) if folded.isalnum() else 0x20
        else:
            table[byte] = 0x01
    return bytes(table)


_LATIN1 = _latin1_fold()


def _fold_latin1(joined: str) -> list[str] | None:
    """The folded texts of ``joined``, a byte at a time; ``None`` unless every one folds so.

    Most plans are written in Latin-1 (æ, ø, å, ä, ö), where normalising and case-folding
    character by character costs several times a table's translation of the encoded text.
    """
    try:
        raw = joined.encode("latin-1")
    except UnicodeEncodeError:
        return None
    folded = raw.translate(_LATIN1)
    if b"\x01" in folded:  # a character that folds to more, or to more than Latin-1
        return None
    while b"  " in folded:
        folded = folded.replace(b"  ", b" ")
    folded = folded.replace(b" \x00", b"\x00").replace(b"\x00 ", b"\x00").strip(b" ")
    return folded.decode("latin-1").split(_JOIN)


def fold_all(texts: list[str]) -> list[str]:
    """``[fold(text) for text in texts]``, the texts normalised and case-folded in one go.

    NFKC composes nothing with a control character, and case folding maps each character
    alone, so the texts joined by ``_JOIN`` fold as each does alone.
    """
    joined = _JOIN.join(texts)
    if not texts or joined.count(_JOIN) != len(texts) - 1:  # a text holds the joint itself
        return [fold(text) for text in texts]
    latin1 = _fold_latin1(joined)
    if latin1 is not None:
        return latin1
    spaced = _spaced(joined)
    if spaced.replace(" ", "").replace(_JOIN, "").isalnum():  # words and spaces only
        # Each text's words joined by one space: runs of spaces made one, none at the ends.
        while "  " in spaced:
            spaced = spaced.replace("  ", " ")
        spaced = spaced.replace(" " + _JOIN, _JOIN).replace(_JOIN + " ", _JOIN)
        return spaced.strip(" ").split(_JOIN)
    return [_words(part) for part in spaced.split(_JOIN)]


def repeats(texts: Sequence[str | None]) -> dict[int, int]:
    """For each text that repeats an earlier one, the index of the one it repeats.

    Two texts repeat when they fold to the same, or when one folded text begins with the whole
    of another of at least 25 characters. A text that folds as an earlier one repeats the
    first of them. Each distinct text is folded once. Sorting the distinct folded texts puts
    every prefix before the texts it begins; a stack of the prefixes seen so far gives each
    its longest one, so the cost is that of the sort.
    """
    raws = [raw for raw in dict.fromkeys(texts) if raw is not None]
    folds: dict[str | None, str] = dict(zip(raws, fold_all(raws), strict=True))
    out: dict[int, int] = {}
    first_of: dict[str, int] = {}
    for index, raw in enumerate(texts):
        text = folds.get(raw)
        if text:  # given, and not folded to nothing
            first = first_of.setdefault(text, index)
            if first != index:
                out[index] = first
    stack: list[str] = []
    for text in sorted(first_of):
        index = first_of[text]
        while stack and not text.startswith(stack[-1]):
            stack.pop()
        if stack and len(stack[-1]) >= _PREFIX_MIN:
            other = first_of[stack[-1]]
            later, earlier = max(index, other), min(index, other)
            out.setdefault(later, earlier)
        stack.append(text)
    return out


@rule(
    "P015",
    W,
    N_("The same goal or measure text appears twice"),
    source="good practice; seed 004 shows the fault",
    quote="«TT. mål 1.5 Ferdigstille ansettelsesprosessen og beholde kompetanse.» and «TT. mål "
    "5.1 Ferdigstille ansettelsesprosessen.» (seed 004)",
    rationale="A repeated text is a copy left behind or two numbers for one goal (seed 004 "
    "gives 'TT. mål 1.5' and 'TT. mål 5.1' the same words). Texts are compared after folding "
    "case, space and punctuation; a text that begins with the whole of another of at least 25 "
    "characters counts as a repeat.",
)
def _repeated(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    goals = repeats([g.text for g in plan.goals])
    for index in within_cap(ctx, sorted(goals)):
        yield ctx.finding(
            f"$.goals[{index}].text",
            N_("The goal repeats the text of goal {other}."),
            other=_ref(plan, "goals", goals[index]),
        )
    measures = plan.measures
    # A measure's title, or its description when the title is blank (``blank`` written out).
    texts = [t if (t := m.title) and not t.isspace() else m.description for m in measures]
    repeated = repeats(texts)
    for index in within_cap(ctx, sorted(repeated)):
        field = "description" if blank(measures[index].title) else "title"
        yield ctx.finding(
            f"$.measures[{index}].{field}",
            N_("The measure repeats the text of measure {other}."),
            other=_ref(plan, "measures", repeated[index]),
        )


def _ref(plan: Plan, collection: str, index: int) -> str:
    """How a message names another element of ``collection``: its identifier."""
    return identifier(plan, collection, index)


_MISSED_IN_ALL = NP_(
    "The follow-up due on {due} is not recorded ({count} missed in all).",
    "The follow-up due on {due} is not recorded ({count} missed in all).",
    "count",
)
_DUE_DAYS_AGO = NP_(
    "The measure was due on {due}, {days} day ago.",
    "The measure was due on {due}, {days} days ago.",
    "days",
)
_ENDED_DAYS_AGO = NP_(
    "The measure's period ended on {due}, {days} day ago.",
    "The measure's period ended on {due}, {days} days ago.",
    "days",
)


@rule(
    "P016",
    W,
    N_("A measure is past its deadline without a green follow-up or completion"),
    source="seed 001",
    quote="«Skriv in tiden för när åtgärden ska vara genomförd och klar.» A late measure is a "
    "fact to act on, not a fault of the plan: a warning",
    rationale="A measure past its deadline that is neither completed nor followed up green "
    "needs attention. It falls due on the last day of its deadline (2024-12: 31 December), "
    "or, when it runs for a period instead, on the period's last day. Completions and "
    "follow-ups dated after the day of the check do not count. Not checked on a completed or "
    "cancelled plan. The same answer as tiltak.asof.overdue_measures.",
    needs_as_of=True,
)
def _overdue(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    as_of = ctx.as_of
    assert as_of is not None
    if closed(plan):
        return
    measures = plan.measures
    for i in within_cap(ctx, overdue_indices(plan, as_of)):
        measure = measures[i]
        due = measure_due(measure)
        assert due is not None
        by_deadline = measure.deadline is not None
        yield ctx.finding(
            f"$.measures[{i}].{'deadline' if by_deadline else 'period.end'}",
            _DUE_DAYS_AGO if by_deadline else _ENDED_DAYS_AGO,
            due=due,
            days=(as_of - due).days,
        )


@rule(
    "P017",
    W,
    N_("A scheduled follow-up or revision is past due and not recorded"),
    source="seeds 002, 004",
    quote="«När och hur planen ska följas upp» (seed 002); «Virksomhetsrapportering til "
    "kommunalledelse finner sted hver tertial.» (seed 004). A missed follow-up is a fact "
    "to act on, not a fault of the plan: a warning",
    rationale="A follow-up or revision that fell due and left no record was probably not done. "
    "A scheduled follow-up is recorded by any follow-up of the plan, of one of its measures "
    "(Brå's template follows a plan up measure by measure) or of one of its goals, dated on or "
    "after its due day (for a date given as a month or year, anywhere in it) up to the day of "
    "the check; a "
    "revision by its done date. What falls due on the day of the check is not yet past due. "
    "Not checked on a completed or cancelled plan.",
    needs_as_of=True,
)
def _missed(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    as_of = ctx.as_of
    assert as_of is not None
    if closed(plan) or as_of == dt.date.min:
        return
    last = as_of - dt.timedelta(days=1)
    recorded = recorded_follow_up(plan, as_of)
    routine = plan.follow_up
    if routine is not None and routine.schedule is not None:
        first = routine.schedule.start if recorded is None else shifted(recorded, 1)
        count, latest = missed_days(routine.schedule, first, last)
        if latest is not None:
            yield ctx.finding(
                "$.follow_up.schedule",
                _MISSED_IN_ALL,
                due=latest,
                count=count,
            )
    for i, day in enumerate(routine.dates if routine is not None else ()):
        if day.last_day <= last and (recorded is None or recorded < day.first_day):
            yield ctx.finding(
                f"$.follow_up.dates[{i}]",
                N_("The follow-up due {due} is not recorded."),
                due=day,
            )
    for i, revision in enumerate(plan.revisions):
        if revision.due is None or (revision.done is not None and revision.done <= as_of):
            continue
        if revision.due.last_day <= last:
            yield ctx.finding(
                f"$.revisions[{i}]",
                N_("The revision due {due} is not recorded as done."),
                due=revision.due,
            )


@rule(
    "P018",
    I,
    N_("A recorded follow-up of a measure has no status colour"),
    source="seed 001",
    quote="«Använd gärna symboler som grön, röd eller gul»",
    rationale="Brå's follow-up gives each measure green, yellow or red; without it the "
    "follow-up does not say how the measure went.",
)
def _colour(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    uncoloured = [
        (i, j)
        for i, m in enumerate(plan.measures)
        for j, follow_up in enumerate(m.follow_ups)
        if follow_up.colour is None
    ]
    for i, j in within_cap(ctx, uncoloured):
        yield ctx.finding(
            f"$.measures[{i}].follow_ups[{j}].colour", N_("The follow-up has no status colour.")
        )


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
# The pattern counts the 5 to 15 digits itself (a leading 00 is two of them). Nothing it
# gives up could match the rest, so its runs are possessive: no backtracking to try.
_PHONE = re.compile(r"\+?[\s().-]*+(?:\d[\s().-]*+){5,15}+")


def email_ok(text: str) -> bool:
    """Whether ``text`` looks like one e-mail address: ``local@domain.tld``, no spaces.

    >>> email_ok("ola.nordmann@kommune.no"), email_ok("ola@kommune")
    (True, False)
    """
    return _EMAIL.fullmatch(text.strip()) is not None


def phone_ok(text: str) -> bool:
    """Whether ``text`` looks like one phone number.

    Digits with spaces, hyphens, dots or parentheses between them, an optional leading
    ``+`` or ``00``, and 5 to 15 digits in all: ``+47 22 33 44 55``, ``08-123 456 78``,
    ``+46 (0)70 123 45 67``.

    >>> phone_ok("+47 22 33 44 55"), phone_ok("ring sentralbordet")
    (True, False)
    """
    stripped = text.strip()
    digits = stripped.removeprefix("+").replace(" ", "")
    if digits.isascii() and digits.isdigit():  # the common shape, without the pattern
        return 5 <= len(digits) <= 15
    return _PHONE.fullmatch(stripped) is not None


_Contact = Responsible | Subject | Participant


def _contacts(plan: Plan) -> list[tuple[_Place, _Contact]]:
    """Everyone in the plan with contact details, and where."""
    found: list[tuple[_Place, _Contact]] = [
        (("$.measures[{}].responsible", i), m.responsible)
        for i, m in enumerate(plan.measures)
        if m.responsible is not None
    ]
    if plan.coordinator is not None:
        found.append((("$.coordinator", None), plan.coordinator))
    if plan.subject is not None:
        found.append((("$.subject", None), plan.subject))
    found += ((("$.participants[{}]", i), p) for i, p in enumerate(plan.participants))
    return found


def _malformed(texts: set[str | None], well_formed: Callable[[str], bool]) -> set[str | None]:
    """The texts that are given, not blank, and not ``well_formed``."""
    return {t for t in texts if t is not None and t.strip() and not well_formed(t)}


def _malformed_phones(texts: set[str | None]) -> set[str | None]:
    """``_malformed(texts, phone_ok)``, judged at once when all are of the common shape.

    That is ASCII: a leading ``+`` or none, then digits and spaces (``+47 22 33 44 55``).
    Such a text is malformed when it is not blank and has fewer than 5 or more than 15 digits.
    """
    given = [t for t in texts if t is not None]
    joined = "\n".join(given)
    if joined.isascii():  # as bytes, whose translate deletes characters at C speed
        # One line per text: its digits, once its spaces and a leading + are dropped.
        lines = joined.encode().translate(None, b" ").replace(b"\n+", b"\n").removeprefix(b"+")
        if not lines.translate(None, b"0123456789\n") and lines.count(b"\n") == len(given) - 1:
            counts = list(map(len, lines.split(b"\n")))
            if min(counts) >= 5 and max(counts) <= 15:
                return set()
            return {
                t
                for t, n in zip(given, counts, strict=True)
                if not 5 <= n <= 15 and (n or t.strip())
            }
    return _malformed(texts, phone_ok)


@rule(
    "P019",
    W,
    N_("A phone number or e-mail address is malformed"),
    source="tiltak",
    quote="",
    rationale="A contact detail that cannot be used is no contact detail. E-mail: one "
    "local@domain.tld without spaces. Phone: 5 to 15 digits with spaces, hyphens, dots or "
    "parentheses, an optional leading + or 00 (Nordic numbers such as +47 22 33 44 55).",
)
def _contact_form(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    people: list[_Contact] = [r for m in plan.measures if (r := m.responsible) is not None]
    people += [p for p in (plan.coordinator, plan.subject) if p is not None]
    people += plan.participants
    # Each distinct detail is judged once (a person's recur on many measures), and the places
    # are looked through only when some detail is malformed.
    bad_emails = _malformed({p.email for p in people}, email_ok)
    bad_phones = _malformed_phones({p.phone for p in people})
    if not bad_emails and not bad_phones:
        return
    for place, contact in _contacts(plan):
        if contact.email in bad_emails:
            yield ctx.finding(f"{_path(place)}.email", N_("The e-mail address is malformed."))
        if contact.phone in bad_phones:
            yield ctx.finding(f"{_path(place)}.phone", N_("The phone number is malformed."))
