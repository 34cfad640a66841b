"""``tiltak rules``: the rule catalogue, for every kind or one, in the chosen language."""

from __future__ import annotations

import argparse

from tiltak._enums import PlanKind
from tiltak._errors import drop_context
from tiltak._i18n import N_, gettext

from ._common import Commands, UsageError, add_locale, locale, severity_text, write

__all__ = ["add"]


def add(commands: Commands) -> None:
    """Declare ``tiltak rules``."""
    parser = commands.add_parser(
        "rules",
        help="list the rules tiltak checks",
        description="List every rule: its code, default severity and what it checks.",
    )
    parser.add_argument(
        "--kind",
        metavar="K",
        help="only the rules of plans of kind K ("
        + ", ".join(kind.value for kind in PlanKind)
        + ")",
    )
    add_locale(parser)
    parser.set_defaults(run=run)


@drop_context
def _kind(text: str | None) -> PlanKind | None:
    if text is None:
        return None
    try:
        return PlanKind(text.strip().lower())
    except ValueError:
        raise UsageError(
            N_("unknown plan kind '{kind}'; the kinds are: {kinds}"),
            kind=text[:40],
            kinds=", ".join(kind.value for kind in PlanKind),
        ) from None


def run(args: argparse.Namespace) -> int:
    """Print one line per rule: code, severity, what it checks (and *as-of* rules marked)."""
    from tiltak import rules  # noqa: PLC0415 - per subcommand

    language = locale(args)
    kind = _kind(args.kind)
    chosen = rules.all_rules() if kind is None else rules.for_kind(kind)
    as_of_mark = gettext(N_("(needs --as-of)"), locale=language)
    lines = []
    for rule in chosen:
        severity = rule.severity if kind is None else rule.severity_for(kind)
        title = gettext(rule.title, locale=language)
        mark = f" {as_of_mark}" if rule.needs_as_of else ""
        name = severity_text(severity, language)
        lines.append(f"{rule.code}  {name:<9} {title}{mark}")
    write(None, "\n".join(lines))
    return 0
