"""``tiltak render FILE --to FORMAT``: a plan as a document, a picture, a calendar or FHIR."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
from collections.abc import Callable

from tiltak._model import Plan

from ._common import (
    Commands,
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


def _svg(plan: Plan, language: str, picture: str = "timeline", day: dt.date | None = None) -> str:
    from tiltak import pictures  # noqa: PLC0415 - per subcommand

    draw = pictures.matrix if picture == "matrix" else pictures.timeline
    return draw(plan, as_of=day, locale=language).svg


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

PICTURES = ("timeline", "matrix")
"""The pictures ``--to svg`` draws: the measures on a timeline, or their status by round."""


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
        default="timeline",
        help="with --to svg: the measures on a timeline (the default), or their status by"
        " follow-up round as a traffic-light matrix",
    )
    add_as_of(
        parser,
        help="with --to svg: show the status as of DATE (2024-06-01), and the day as a line on"
        " the timeline; default: every follow-up counts",
    )
    add_locale(parser)
    add_max_input(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Read the plan and write it in the format asked for."""
    locale(args)
    day = as_of(args)
    plan = read_plan(args.file)
    language = plan_locale(args, plan)
    if args.to == "svg":
        write(args.output, _svg(plan, language, args.picture, day))
    else:
        write(args.output, _FORMATS[args.to](plan, language))
    return 0
