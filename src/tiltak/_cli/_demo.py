"""``tiltak demo``: the built-in example plans, shown in the chosen language."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from tiltak._i18n import N_, gettext

from ._common import (
    Commands,
    UsageError,
    add_as_of,
    add_locale,
    as_of,
    counts,
    group_lines,
    locale,
    plan_locale,
    write,
)

if TYPE_CHECKING:
    from tiltak._model import Measure, Plan
    from tiltak._summary import ColourChange, RoundSummary, Summary
    from tiltak._time._dates import Period

__all__ = ["add"]

_DASH = "\u2013"


def add(commands: Commands) -> None:
    """Declare ``tiltak demo``."""
    parser = commands.add_parser(
        "demo",
        help="show and check the built-in example plans",
        description=(
            "Print each built-in example plan in its own language (or in the language of"
            " --locale): its kind and period, its status, what changed in its latest reporting"
            " round and what validation finds in it, as of DATE (default: the day each example"
            " stands on)."
        ),
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help="show only these examples (default: all of them)",
    )
    add_locale(parser)
    add_as_of(
        parser,
        "summarise each example and check its deadlines as of DATE (2024-06-01,"
        " '1. juni 2024'); default: the day each example stands on",
    )
    parser.set_defaults(run=run)


def _period(period: Period | None, language: str) -> str:
    from tiltak._time._formatting import format_date  # noqa: PLC0415 - per subcommand

    if period is None or (period.start is None and period.end is None):
        return "-"
    start = "" if period.start is None else format_date(period.start, locale=language)
    end = "" if period.end is None else format_date(period.end, locale=language)
    return f"{start} {_DASH} {end}".strip()


def _status(summary: Summary, language: str) -> str:
    """How the plan stands: its measures by colour, or its goals when it has no measures."""
    from tiltak._names import colour_name  # noqa: PLC0415 - per subcommand
    from tiltak._summary import ColourCounts  # noqa: PLC0415 - per subcommand
    from tiltak._time._formatting import format_date  # noqa: PLC0415 - per subcommand

    if summary.measures or not summary.goals:
        counts = summary.colours
        message = N_(
            "status on {date}: {colour} (green {green}, yellow {yellow}, red {red},"
            " not assessed {none})"
        )
    else:
        counts = ColourCounts.of(goal.colour for goal in summary.goals)
        message = N_(
            "goals on {date}: green {green}, yellow {yellow}, red {red}, not assessed {none}"
        )
    return gettext(message, locale=language).format(
        date=format_date(summary.as_of, locale=language),
        colour=colour_name(summary.colour, locale=language),
        green=counts.green,
        yellow=counts.yellow,
        red=counts.red,
        none=counts.not_assessed,
    )


def _names(plan: Plan, paths: Iterable[str], language: str, limit: int = 6) -> str:
    """The elements at ``paths`` as people name them (``mål TT-1.5``), the first few."""
    from tiltak._elements import element_at  # noqa: PLC0415 - per subcommand

    names = list(dict.fromkeys(element_at(plan, p).short_text(locale=language) for p in paths))
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        more = gettext(N_("and {n} more"), locale=language).format(n=len(names) - limit)
        shown = f"{shown} {more}"
    return shown


def _changes(plan: Plan, changes: Sequence[ColourChange], language: str) -> str:
    from tiltak._elements import element_at  # noqa: PLC0415 - per subcommand
    from tiltak._names import colour_name  # noqa: PLC0415 - per subcommand

    return ", ".join(
        f"{element_at(plan, c.path).short_text(locale=language)}"
        f" {colour_name(c.old, locale=language)} \u2192 {colour_name(c.new, locale=language)}"
        for c in changes
    )


def _round_lines(plan: Plan, round_: RoundSummary, language: str) -> Iterator[str]:
    """What changed in the round, one line a kind of change; nothing for what did not."""
    from tiltak._elements import element_at  # noqa: PLC0415 - per subcommand
    from tiltak._render._status import indicator_text, progress_text  # noqa: PLC0415
    from tiltak._time._formatting import format_date  # noqa: PLC0415 - per subcommand

    def _(message: str) -> str:
        return gettext(message, locale=language)

    start = format_date(round_.since + dt.timedelta(days=1), locale=language)
    end = format_date(round_.as_of, locale=language)
    yield _(N_("reporting round {start} to {end}:")).format(start=start, end=end)
    changes = (*round_.goal_changes, *round_.colour_changes)
    for changed in (round_.goal_changes, round_.colour_changes):
        if changed:
            yield "  " + _(N_("colours: {changes}")).format(
                changes=_changes(plan, changed, language)
            )
    measured = {path.partition(".follow_ups")[0] for path in round_.values}
    for goal in round_.summary.goals:
        if goal.path in measured and goal.indicator is not None:
            line = indicator_text(goal.indicator, locale=language)
            progress = progress_text(goal.indicator)
            if progress:
                line = f"{line} ({progress})"
            name = element_at(plan, goal.path).short_text(locale=language)
            yield "  " + _(N_("measured: {goal} {values}")).format(goal=name, values=line)
    for message, paths in (
        (N_("completed: {elements}"), round_.completed),
        (N_("newly overdue: {elements}"), [e.path for e in round_.newly_overdue]),
    ):
        if paths:
            yield "  " + _(message).format(elements=_names(plan, paths, language))
    delivered, missed = len(round_.reports_delivered), len(round_.reports_missed)
    if delivered or missed:
        yield "  " + _(N_("reports delivered: {delivered}, missed: {missed}")).format(
            delivered=delivered, missed=missed
        )
    if not (changes or measured or round_.completed or round_.newly_overdue):
        yield "  " + _(N_("no colour changed and nothing was completed or measured"))


_GOALS_LISTED = 8
"""A plan with more goals than this gives their number only (a virksomhetsplan has 85)."""


def _when(measure: Measure, language: str) -> str:
    from tiltak._time._formatting import format_date  # noqa: PLC0415 - per subcommand

    if measure.deadline is not None:
        return format_date(measure.deadline, locale=language)
    if measure.period is not None:
        return _period(measure.period, language)
    if measure.schedule is not None:
        return measure.schedule.describe(locale=language, since=True)
    return "-"


def _overdue(plan: Plan, summary: Summary, language: str) -> str:
    from tiltak._time._formatting import format_date  # noqa: PLC0415 - per subcommand

    date = format_date(summary.as_of, locale=language)
    if not summary.overdue:
        return gettext(N_("nothing overdue on {date}"), locale=language).format(date=date)
    late = _names(plan, (event.path for event in summary.overdue), language)
    return gettext(N_("overdue on {date}: {measures}"), locale=language).format(
        date=date, measures=late
    )


def _plan_lines(name: str, plan: Plan, language: str, day: dt.date) -> Iterator[str]:
    """One example plan: what it holds, how it stands, its latest round and its findings."""
    from tiltak._errors import ModelError  # noqa: PLC0415 - per subcommand
    from tiltak._names import field_label, kind_name  # noqa: PLC0415 - per subcommand
    from tiltak._summary import summarise, summarise_rounds  # noqa: PLC0415 - per subcommand
    from tiltak._validate import validate  # noqa: PLC0415 - per subcommand

    def _(message: str) -> str:
        return gettext(message, locale=language)

    def label(field: str) -> str:
        return field_label(field, locale=language)

    untitled, when, validation = _(N_("(untitled)")), _(N_("when")), _(N_("validation"))
    yield f"{plan.title or untitled}  [{name}]"
    yield f"  {label('kind')}: {kind_name(plan.kind, locale=language)}"
    yield f"  {label('period')}: {_period(plan.period, language)}"
    yield f"  {label('goals')} ({len(plan.goals)}):"
    if len(plan.goals) <= _GOALS_LISTED:
        for goal in plan.goals:
            yield f"    {goal.id}  {goal.text or '-'}"
    yield f"  {label('measures')} ({len(plan.measures)}):"
    for measure in plan.measures:
        title = measure.title or measure.description or "-"
        yield f"    {measure.id}  {title} ({when}: {_when(measure, language)})"
    summary = summarise(plan, as_of=day)
    yield f"  {_status(summary, language)}"
    yield f"  {_overdue(plan, summary, language)}"
    try:
        rounds = summarise_rounds(plan, as_of=day)
    except ModelError:  # pragma: no cover - a plan whose rounds cannot be told
        rounds = ()
    if rounds:
        yield from (f"  {line}" for line in _round_lines(plan, rounds[-1], language))
    report = validate(plan, as_of=day)
    yield f"  {validation}: {counts(report, language)}"
    for line in group_lines(report, language):
        yield f"    {line}"


def run(args: argparse.Namespace) -> int:
    """Print every example named (all of them by default) in the chosen language."""
    from tiltak import examples  # noqa: PLC0415 - per subcommand

    locale(args)
    day = as_of(args)
    wanted = args.names or examples.names()
    unknown = [name for name in wanted if name not in examples.names()]
    if unknown:
        raise UsageError(
            N_("no example is named '{name}'; the examples are: {names}"),
            name=unknown[0][:40],
            names=", ".join(examples.names()),
        )
    # Without --as-of, each example is summarised on the day it stands on.
    blocks = []
    for name in wanted:
        plan = examples.load(name)
        language = plan_locale(args, plan)
        blocks.append("\n".join(_plan_lines(name, plan, language, day or examples.as_of(name))))
    write(None, "\n\n".join(blocks))
    return 0
