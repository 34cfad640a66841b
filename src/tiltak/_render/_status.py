"""Status summaries and revisions as :class:`~tiltak._render._view.Document` view-models."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from tiltak._elements import place
from tiltak._enums import PlanKind, StatusColour
from tiltak._i18n import ngettext
from tiltak._model import Plan
from tiltak._names import field_label, kind_name
from tiltak._time._formatting import deadline_phrase

from ._labels import as_of_text, capitalised, colour_badge, date_text, label, yes_no
from ._view import Block, Cell, Document, Facts, Note, Section, Table

__all__ = [
    "DiffLike",
    "IndicatorLike",
    "SummaryLike",
    "diff_document",
    "indicator_text",
    "progress_text",
    "summary_document",
]


# What the builders read of tiltak.Summary and tiltak.PlanDiff, as structural types: the
# display depends on their shape, not on their modules.
class _Event(Protocol):
    @property
    def kind(self) -> enum.Enum: ...
    @property
    def path(self) -> str: ...
    @property
    def due(self) -> dt.date: ...


class _Counts(Protocol):
    @property
    def green(self) -> int: ...
    @property
    def yellow(self) -> int: ...
    @property
    def red(self) -> int: ...
    @property
    def not_assessed(self) -> int: ...


class _MeasureStatus(Protocol):
    @property
    def path(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def colour(self) -> StatusColour | None: ...
    @property
    def due(self) -> dt.date | None: ...
    @property
    def completed(self) -> bool: ...
    @property
    def overdue(self) -> bool: ...


class _GroupStatus(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def colour(self) -> StatusColour | None: ...
    @property
    def colours(self) -> _Counts: ...


class _AreaStatus(_GroupStatus, Protocol):
    @property
    def goal_colours(self) -> _Counts: ...
    @property
    def label(self) -> str | None: ...


class IndicatorLike(Protocol):
    """The parts of a :class:`tiltak.asof.Indicator` a display shows."""

    @property
    def baseline(self) -> float | None: ...
    @property
    def value(self) -> float | None: ...
    @property
    def target(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def progress(self) -> float | None: ...


class _GoalStatus(_GroupStatus, Protocol):
    @property
    def measures(self) -> Sequence[str]: ...
    @property
    def indicator(self) -> IndicatorLike | None: ...


class _Round(Protocol):
    @property
    def path(self) -> str: ...
    @property
    def last(self) -> dt.date | None: ...
    @property
    def next(self) -> dt.date | None: ...
    @property
    def delivered(self) -> dt.date | None: ...
    @property
    def missed(self) -> Sequence[dt.date]: ...
    @property
    def reporter(self) -> str | None: ...
    @property
    def recipient(self) -> str | None: ...


class SummaryLike(Protocol):
    """The parts of a :class:`tiltak.Summary` a display shows."""

    @property
    def as_of(self) -> dt.date: ...
    @property
    def kind(self) -> PlanKind: ...
    @property
    def plan_id(self) -> str | None: ...
    @property
    def colour(self) -> StatusColour | None: ...
    @property
    def colours(self) -> _Counts: ...
    @property
    def measures(self) -> Sequence[_MeasureStatus]: ...
    @property
    def completed(self) -> int: ...
    @property
    def overdue(self) -> Sequence[_Event]: ...
    @property
    def missed(self) -> Sequence[_Event]: ...
    @property
    def upcoming(self) -> Sequence[_Event]: ...
    @property
    def goals(self) -> Sequence[_GoalStatus]: ...
    @property
    def areas(self) -> Sequence[_AreaStatus]: ...
    @property
    def reporting(self) -> Sequence[_Round]: ...


class _Change(Protocol):
    @property
    def kind(self) -> enum.Enum: ...
    @property
    def path(self) -> str: ...


class DiffLike(Protocol):
    """The parts of a :class:`tiltak.PlanDiff` a display shows."""

    @property
    def old(self) -> Plan: ...
    @property
    def new(self) -> Plan: ...
    @property
    def changes(self) -> Sequence[_Change]: ...
    def describe(self, *, locale: str | None = None) -> tuple[str, ...]: ...


def _counts(counts: _Counts, locale: str) -> str:
    """The counts per colour as symbols and numbers, readable without colour."""
    pairs = (
        (StatusColour.GREEN, counts.green),
        (StatusColour.YELLOW, counts.yellow),
        (StatusColour.RED, counts.red),
        (None, counts.not_assessed),
    )
    return "  ".join(f"{colour_badge(c, locale=locale).symbol} {n}" for c, n in pairs)


def _events(
    caption: str,
    events: Iterable[_Event],
    as_of: dt.date,
    names: Mapping[str, str],
    locale: str,
) -> tuple[Block, ...]:
    rows: list[tuple[Cell, ...]] = []
    for event in events:
        what = capitalised(field_label(event.kind.value, locale=locale))
        if event.path in names:
            what = f"{what} {names[event.path]}"
        phrase = deadline_phrase(event.due, as_of=as_of, locale=locale)
        # A measure is named in the first column already.
        where = "" if event.path in names else place(event.path, names).text(locale=locale)
        rows.append((what, f"{date_text(event.due, locale=locale)} ({phrase})", where))
    if not rows:
        return ()
    columns = (
        capitalised(label("what", locale=locale)),
        capitalised(field_label("due", locale=locale)),
        capitalised(label("where", locale=locale)),
    )
    return (Table(caption=caption, columns=columns, rows=tuple(rows)),)


def _number(value: float | None, locale: str) -> str:
    if value is None:
        return "?"
    text = f"{value:g}" if locale.startswith("en") else f"{value:g}".replace(".", ",")
    return text.replace("-", "\u2212")


def indicator_text(indicator: IndicatorLike, *, locale: str) -> str:
    """Baseline, latest value and target as one line, the unit once: ``28 → 33 → 34 %``."""
    numbers = " \u2192 ".join(
        _number(value, locale) for value in (indicator.baseline, indicator.value, indicator.target)
    )
    return numbers if not indicator.unit else f"{numbers} {indicator.unit}"


def progress_text(indicator: IndicatorLike) -> str:
    """How far the indicator has come from baseline (0 %) to target (100 %), or empty."""
    progress = indicator.progress
    if progress is None:
        return ""
    return f"{round(progress * 100)} %"


def _worth_showing(goal: _GoalStatus) -> bool:
    return goal.colour is not None or bool(goal.measures) or goal.indicator is not None


def _goal_blocks(goals: Sequence[_GoalStatus], locale: str) -> tuple[Block, ...]:
    """The goals that have a status, measures or an indicator; the others counted."""
    shown = [goal for goal in goals if _worth_showing(goal)]
    blocks: list[Block] = []
    caption = capitalised(field_label("goals", locale=locale))
    if shown:
        with_indicator = any(goal.indicator is not None for goal in shown)
        columns: tuple[str, ...] = (
            capitalised(label("no", locale=locale)),
            capitalised(field_label("colour", locale=locale)),
        )
        if with_indicator:
            columns += (
                capitalised(label("indicator", locale=locale)),
                capitalised(label("progress", locale=locale)),
            )
        columns += (capitalised(field_label("measures", locale=locale)),)
        rows: list[tuple[Cell, ...]] = []
        for goal in shown:
            row: tuple[Cell, ...] = (goal.id, colour_badge(goal.colour, locale=locale))
            if with_indicator:
                indicator = goal.indicator
                row += (
                    ("", "")
                    if indicator is None
                    else (
                        indicator_text(indicator, locale=locale),
                        progress_text(indicator),
                    )
                )
            row += (_counts(goal.colours, locale) if goal.measures else "",)
            rows.append(row)
        blocks.append(Table(caption=caption, columns=columns, rows=tuple(rows)))
    left = len(goals) - len(shown)
    if left:
        text = ngettext(
            "{n} goal neither assessed nor measured",
            "{n} goals neither assessed nor measured",
            left,
            locale=locale,
        ).format(n=left)
        blocks.append(Note(text=text))
    return tuple(blocks)


def _who(line: _Round) -> str:
    """Who reports to whom: ``Teamledere → Avdelingsledere``, or what is known of it."""
    if line.reporter is None and line.recipient is None:
        return ""
    return f"{line.reporter or '?'} \u2192 {line.recipient or '?'}"


def _reporting_blocks(rounds: Sequence[_Round], locale: str) -> tuple[Block, ...]:
    """A row per reporting line: where, who reports to whom, then its days.

    Who reports to whom comes first, so that in text, whose first column after the name
    has no label of its own, every day is labelled.
    """
    if not rounds:
        return ()

    def day(value: dt.date | None) -> str:
        return "" if value is None else date_text(value, locale=locale)

    rows = tuple(
        (
            capitalised(place(r.path).text(locale=locale)),
            _who(r),
            day(r.last),
            day(r.delivered),
            ", ".join(day(d) for d in r.missed[-3:])
            + (f" (+{len(r.missed) - 3})" if len(r.missed) > 3 else ""),
            day(r.next),
        )
        for r in rounds
    )
    columns = (
        capitalised(label("where", locale=locale)),
        capitalised(label("reports_to", locale=locale)),
        capitalised(label("last_due", locale=locale)),
        capitalised(label("delivered", locale=locale)),
        capitalised(label("missed_reports", locale=locale)),
        capitalised(label("next_due", locale=locale)),
    )
    caption = capitalised(label("reports", locale=locale))
    return (Table(caption=caption, columns=columns, rows=rows),)


def summary_document(
    summary: SummaryLike, *, locale: str, figures: Sequence[Block] = ()
) -> Document:
    """The view-model of a status summary: colours, completion, what is late and what is next.

    ``figures``, its pictures, follow the table of the goals.
    """
    no = capitalised(label("no", locale=locale))
    colour = capitalised(field_label("colour", locale=locale))
    measures_label = capitalised(field_label("measures", locale=locale))
    total = len(summary.measures)
    facts: list[tuple[str, Cell]] = [
        (capitalised(field_label("kind", locale=locale)), kind_name(summary.kind, locale=locale)),
    ]
    if summary.plan_id:
        facts.append((capitalised(field_label("id", locale=locale)), summary.plan_id))
    facts.append((colour, colour_badge(summary.colour, locale=locale)))
    if total:
        facts.append((measures_label, _counts(summary.colours, locale)))
    if total:
        share = summary.completed * 100 // total
        done = ngettext(
            "{done} of {total} measure ({share} %)",
            "{done} of {total} measures ({share} %)",
            total,
            locale=locale,
        ).format(done=summary.completed, total=total, share=share)
        facts.append((capitalised(field_label("completed", locale=locale)), done))
    names = {m.path: m.id for m in summary.measures}
    blocks: list[Block] = [
        Facts(caption=capitalised(label("summary", locale=locale)), rows=tuple(facts))
    ]
    blocks += _events(
        capitalised(label("overdue", locale=locale)), summary.overdue, summary.as_of, names, locale
    )
    blocks += _events(
        capitalised(label("missed", locale=locale)), summary.missed, summary.as_of, names, locale
    )
    if summary.measures:
        blocks.append(
            Table(
                caption=measures_label,
                columns=(
                    no,
                    colour,
                    capitalised(field_label("due", locale=locale)),
                    capitalised(field_label("completed", locale=locale)),
                    capitalised(label("late", locale=locale)),
                ),
                rows=tuple(
                    (
                        m.id,
                        colour_badge(m.colour, locale=locale),
                        "" if m.due is None else date_text(m.due, locale=locale),
                        yes_no(m.completed, locale=locale),
                        yes_no(m.overdue, locale=locale),
                    )
                    for m in summary.measures
                ),
            )
        )
    if summary.areas:
        blocks.append(
            Table(
                caption=capitalised(field_label("goal_areas", locale=locale)),
                columns=(no, colour, capitalised(field_label("goals", locale=locale))),
                rows=tuple(
                    (
                        s.id if s.label is None else f"{s.id} {s.label}",
                        colour_badge(s.colour, locale=locale),
                        _counts(s.goal_colours, locale),
                    )
                    for s in summary.areas
                ),
            )
        )
    blocks += _goal_blocks(summary.goals, locale)
    blocks += figures
    blocks += _reporting_blocks(summary.reporting, locale)
    blocks += _events(
        capitalised(label("upcoming", locale=locale)),
        summary.upcoming,
        summary.as_of,
        names,
        locale,
    )
    return Document(
        title=capitalised(label("summary", locale=locale)),
        subtitle=(
            kind_name(summary.kind, locale=locale),
            as_of_text(summary.as_of, locale=locale),
        ),
        locale=locale,
        blocks=tuple(blocks),
    )


def diff_document(plan_diff: DiffLike, *, locale: str) -> Document:
    """The view-model of a revision: the changes grouped as added, removed and changed."""
    lines = plan_diff.describe(locale=locale)
    groups: dict[str, list[tuple[Cell, ...]]] = {"added": [], "removed": [], "changed": []}
    for change, line in zip(plan_diff.changes, lines, strict=True):
        groups.setdefault(change.kind.value, []).append((line, change.path))
    columns = (
        capitalised(label("change", locale=locale)),
        capitalised(label("where", locale=locale)),
    )
    blocks: list[Block] = []
    for key, rows in groups.items():
        if rows:
            heading = f"{capitalised(label(key, locale=locale))} ({len(rows)})"
            table = Table(caption=heading, columns=columns, rows=tuple(rows))
            blocks.append(Section(heading=heading, blocks=(table,)))
    if not blocks:
        blocks.append(Note(text=label("no_changes", locale=locale)))
    count = ngettext("{n} change", "{n} changes", len(lines), locale=locale).format(n=len(lines))
    titles = [t for t in (plan_diff.old.title, plan_diff.new.title) if t]
    subtitle = (" \u2192 ".join(dict.fromkeys(titles)), count) if titles else (count,)
    return Document(
        title=capitalised(label("changes", locale=locale)),
        subtitle=subtitle,
        locale=locale,
        blocks=tuple(blocks),
    )
