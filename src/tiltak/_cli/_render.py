"""``tiltak render FILE --to FORMAT``: a plan as a document, a picture, a calendar or FHIR."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from tiltak._i18n import N_
from tiltak._model import Plan

if TYPE_CHECKING:
    from tiltak import pictures

from ._common import (
    Commands,
    UsageError,
    add_as_of,
    add_locale,
    add_max_input,
    as_of,
    locale,
    plan_locale,
    read_plan,
    write,
)

__all__ = ["add"]


def _html(plan: Plan, language: str) -> str:
    from tiltak._render import to_html  # noqa: PLC0415 - per subcommand

    return to_html(plan, locale=language, full_page=True)


def _markdown(plan: Plan, language: str) -> str:
    from tiltak._render import to_markdown  # noqa: PLC0415 - per subcommand

    return to_markdown(plan, locale=language)


def _text(plan: Plan, language: str) -> str:
    from tiltak._render import to_text  # noqa: PLC0415 - per subcommand

    return to_text(plan, locale=language)


def _default_picture(plan: Plan) -> tuple[str, str]:
    """The picture ``--to svg`` draws without ``--picture``, and its rows.

    The measures' timeline; for a plan without measures whose goals are followed up (a
    virksomhetsplan), its goals by round, for its timeline would be empty.
    """
    if not plan.measures and any(goal.follow_ups for goal in plan.goals):
        return "matrix", "goals"
    return "timeline", "measures"


def _svg(
    plan: Plan,
    language: str,
    picture: str | None = None,
    day: dt.date | None = None,
    by: str | None = None,
) -> str:
    from tiltak import pictures  # noqa: PLC0415 - per subcommand
    from tiltak._render._svg import word  # noqa: PLC0415 - per subcommand

    if picture is None:
        picture, rows_by = _default_picture(plan)
        by = by or rows_by
    if picture == "matrix":
        rows = cast("pictures.By", by or "measures")  # one of ROWS: argparse has checked it
        return pictures.matrix(plan, as_of=day, by=rows, locale=language).svg
    if picture == "indicators":
        charts = pictures.indicators(plan, as_of=day, locale=language)
        title = word("indicators", locale=language)
        desc = word("indicators_desc", locale=language)
        return pictures.stack(charts, title=title, desc=desc, locale=language).svg
    return pictures.timeline(plan, as_of=day, locale=language).svg


def _ics(plan: Plan, language: str) -> bytes:
    from tiltak._ical import to_ical  # noqa: PLC0415 - per subcommand

    return to_ical(plan, locale=language)


def _xlsx(plan: Plan, language: str) -> bytes:
    from tiltak._xlsx import to_xlsx  # noqa: PLC0415 - per subcommand

    buffer = io.BytesIO()
    to_xlsx(plan, buffer, locale=language)
    return buffer.getvalue()


def _fhir(plan: Plan, language: str) -> str:
    from tiltak.fhir import to_fhir  # noqa: PLC0415 - per subcommand

    return json.dumps(to_fhir(plan), ensure_ascii=False, indent=2)


_FORMATS: dict[str, Callable[[Plan, str], str | bytes]] = {
    "html": _html,
    "markdown": _markdown,
    "text": _text,
    "svg": _svg,
    "xlsx": _xlsx,
    "ics": _ics,
    "fhir": _fhir,
}
"""Each format's writer: the plan and the locale in, text or bytes out."""

PICTURES = ("timeline", "matrix", "indicators")
"""The pictures ``--to svg`` draws: the measures on a timeline, a status matrix by round, or
every goal's indicator chart, one below the other in one SVG document."""

ROWS = ("measures", "goals", "goal_areas")
"""What ``--picture matrix`` has a row for."""


def add(commands: Commands) -> None:
    """Declare ``tiltak render``."""
    parser = commands.add_parser(
        "render",
        help="write a plan in another format",
        description="Write the plan in FILE as " + ", ".join(_FORMATS) + ".",
    )
    parser.add_argument("file", metavar="FILE", help="the plan, as JSON ('-': stdin)")
    parser.add_argument("--to", required=True, choices=tuple(_FORMATS), help="the format to write")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT, not stdout")
    parser.add_argument(
        "--picture",
        choices=PICTURES,
        default=None,
        help="with --to svg: the measures on a timeline (the default; for a plan without"
        " measures whose goals are followed up, the matrix of its goals), a traffic-light"
        " matrix of status by follow-up round, or every goal's indicator chart, one below the"
        " other in one SVG document",
    )
    parser.add_argument(
        "--by",
        choices=ROWS,
        default=None,
        help="with --to svg: the matrix (so --picture matrix) with a row per measure (the"
        " default), per goal followed up, or per goal area; goals and goal areas are shown by"
        " the plan's reporting rounds",
    )
    add_as_of(
        parser,
        help="with --to svg: show the status as of DATE (2024-06-01), and the day as a line on"
        " the timeline; default: every follow-up counts",
    )
    add_locale(parser)
    add_max_input(parser)
    parser.set_defaults(run=run)


def _svg_options_only_with_svg(args: argparse.Namespace) -> None:
    """:class:`UsageError` for a picture's option given with another format.

    So is a kind of row given with a picture that has no rows; ``--by`` alone asks for the
    matrix.
    """
    given = [
        option
        for option, value in (
            ("--picture", args.picture),
            ("--by", args.by),
            ("--as-of", args.as_of),
        )
        if value is not None
    ]
    if given and args.to != "svg":
        raise UsageError(N_("{option} draws a picture: it goes with --to svg"), option=given[0])
    if args.by is not None:
        if args.picture not in (None, "matrix"):
            raise UsageError(N_("--by gives the rows of --picture matrix, not of another picture"))
        args.picture = "matrix"


def run(args: argparse.Namespace) -> int:
    """Read the plan and write it in the format asked for."""
    locale(args)
    _svg_options_only_with_svg(args)
    day = as_of(args)
    plan = read_plan(args.file)
    language = plan_locale(args, plan)
    if args.to == "svg":
        write(args.output, _svg(plan, language, args.picture, day, args.by))
    else:
        write(args.output, _FORMATS[args.to](plan, language))
    return 0
