"""``tiltak demo``: the built-in example plans, shown in the chosen language."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Iterator
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
    from tiltak._model import Measure, Plan, Responsible
    from tiltak._time._dates import Period

__all__ = ["add"]

_DASH = "\u2013"
_INDEX = re.compile(r"\[(\d+)\]")


def add(commands: Commands) -> None:
    """Declare ``tiltak demo``."""
    parser = commands.add_parser(
        "demo",
        help="show and check the built-in example plans",
        description=(
            "Print each built-in example plan in its own language (or in the language of"
            " --locale): its kind, period, goals and measures, its status summary and what"
            " validation finds in it, as of DATE (default: the day each example stands on)."
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


def _period(period: Period | None) -> str:
    if period is None or (period.start is None and period.end is None):
        return "-"
    start = "" if period.start is None else period.start.isoformat()
    end = "" if period.end is None else period.end.isoformat()
    return f"{start} {_DASH} {end}".strip()


def _responsible(responsible: Responsible | None) -> str:
    if responsible is None:
        return "-"
    parts = (responsible.name, responsible.role, responsible.organisation)
    return ", ".join(part for part in parts if part) or "-"


def _when(measure: Measure, language: str) -> str:
    if measure.deadline is not None:
        return measure.deadline.isoformat()
    if measure.period is not None:
        return _period(measure.period)
    if measure.schedule is not None:
        return measure.schedule.describe(locale=language, since=True)
    return "-"


def _status(plan: Plan, day: dt.date, language: str) -> str:
    from tiltak._names import colour_name  # noqa: PLC0415 - per subcommand
    from tiltak._summary import summarise  # noqa: PLC0415 - per subcommand

    summary = summarise(plan, as_of=day)
    counts = summary.colours
    text = gettext(
        N_(
            "status on {date}: {colour} (green {green}, yellow {yellow}, red {red},"
            " not assessed {none})"
        ),
        locale=language,
    )
    return text.format(
        date=day.isoformat(),
        colour=colour_name(summary.colour, locale=language),
        green=counts.green,
        yellow=counts.yellow,
        red=counts.red,
        none=counts.not_assessed,
    )


def _overdue(plan: Plan, day: dt.date, language: str) -> str:
    from tiltak._time._asof import overdue_measures  # noqa: PLC0415 - per subcommand

    late = [
        plan.measures[int(_INDEX.findall(e.path)[0])].id for e in overdue_measures(plan, as_of=day)
    ]
    if not late:
        return gettext(N_("nothing overdue on {date}"), locale=language).format(
            date=day.isoformat()
        )
    return gettext(N_("overdue on {date}: {measures}"), locale=language).format(
        date=day.isoformat(), measures=", ".join(late)
    )


def _plan_lines(name: str, plan: Plan, language: str, day: dt.date | None) -> Iterator[str]:
    """The readable text of one example plan, and what validation finds, line by line."""
    from tiltak._names import field_label, kind_name  # noqa: PLC0415 - per subcommand
    from tiltak._validate import validate  # noqa: PLC0415 - per subcommand

    def _(message: str) -> str:
        return gettext(message, locale=language)

    def label(field: str) -> str:
        return field_label(field, locale=language)

    untitled, when, validation = _(N_("(untitled)")), _(N_("when")), _(N_("validation"))
    yield f"{plan.title or untitled}  [{name}]"
    yield f"  {label('kind')}: {kind_name(plan.kind, locale=language)}"
    yield f"  {label('period')}: {_period(plan.period)}"
    yield f"  {label('goals')} ({len(plan.goals)}):"
    for goal in plan.goals:
        yield f"    {goal.id}  {goal.text or '-'}"
    yield f"  {label('measures')} ({len(plan.measures)}):"
    for measure in plan.measures:
        yield f"    {measure.id}  {measure.title or measure.description or '-'}"
        yield f"        {label('responsible')}: {_responsible(measure.responsible)}"
        yield f"        {when}: {_when(measure, language)}"
    if day is not None:
        yield f"  {_status(plan, day, language)}"
        yield f"  {_overdue(plan, day, language)}"
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
