"""The pictures a display shows: a plan's timeline and goals by round, a summary's charts.

A summary shows its goals by round and its indicators. HTML shows them as figures; text and
Markdown leave them out.
"""

from __future__ import annotations

from tiltak._elements import place
from tiltak._model import Plan
from tiltak._summary import Summary

from ._svg import more, word
from ._svg_indicator import draw_indicator
from ._svg_matrix import Mark, MatrixRow, draw_matrix
from ._svg_plan import goal_rows, in_progress, indicator_record, plan_matrix, plan_timeline
from ._view import Figure

__all__ = ["MAX_INDICATORS", "plan_figures", "summary_figures"]

MAX_INDICATORS = 6
"""The most indicator charts a display shows: those of the first goals; the rest are counted."""


def plan_figures(plan: Plan, *, locale: str) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """The plan's timeline, when a measure has a day; its goals by round, when followed up.

    Every follow-up counts, as a plan on its own has no as-of day.
    """
    timeline: tuple[Figure, ...] = ()
    if any(m.period is not None or m.deadline is not None for m in plan.measures):
        timeline = (Figure(picture=plan_timeline(plan, locale=locale)),)
    goals: tuple[Figure, ...] = ()
    if goal_rows(plan):
        goals = (Figure(picture=plan_matrix(plan, by="goals", locale=locale)),)
    return timeline, goals


def summary_figures(summary: Summary, *, locale: str) -> tuple[Figure, ...]:
    """The goals followed up by round, and the charts of the first goals' indicators.

    The rounds are the summary's (:attr:`Summary.rounds`), and a round in progress when a
    goal was followed up after the last; a row is named by its goal's identifier.
    """
    figures: list[Figure] = []
    rows = tuple(
        MatrixRow(
            label=goal.id, marks=[Mark(date=a.date, colour=a.colour) for a in goal.assessments]
        )
        for goal in summary.goals
        if goal.assessments
    )
    if rows:
        days = [mark.date for row in rows for mark in row.marks]
        rounds = in_progress(summary.rounds, followed_up=days, last=summary.as_of)
        title = word("goals_matrix", locale=locale)
        figures.append(
            Figure(picture=draw_matrix(rows, rounds=rounds, title=title, locale=locale))
        )
    charts = []
    for goal in summary.goals:
        if goal.indicator is None:
            continue
        name = place(goal.path, {goal.path: goal.id}).short_text(locale=locale)
        record = indicator_record(goal.indicator, label=name)
        if record is not None:
            charts.append(Figure(picture=draw_indicator(record, locale=locale)))
    if len(charts) > MAX_INDICATORS:
        left = more(len(charts) - MAX_INDICATORS, locale=locale)
        charts = [
            *charts[: MAX_INDICATORS - 1],
            Figure(picture=charts[MAX_INDICATORS - 1].picture, note=left),
        ]
    return (*figures, *charts)
