"""``tiltak example NAME``: print a built-in example plan as JSON."""

from __future__ import annotations

import argparse

from tiltak._i18n import N_

from ._common import Commands, UsageError, add_locale, locale, write

__all__ = ["add"]


def add(commands: Commands) -> None:
    """Declare ``tiltak example``."""
    parser = commands.add_parser(
        "example",
        help="print a built-in example plan as JSON",
        description="Print the built-in example plan NAME in tiltak's JSON format.",
    )
    parser.add_argument("name", metavar="NAME", nargs="?", help="the example's name")
    parser.add_argument("--list", action="store_true", help="list the examples' names")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT, not stdout")
    add_locale(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the example (or, with ``--list``, every example's name and language)."""
    from tiltak import examples  # noqa: PLC0415 - per subcommand
    from tiltak._serial._format import dumps  # noqa: PLC0415 - per subcommand

    locale(args)
    if args.list and args.name is not None:
        raise UsageError(N_("--list lists every example: give it without a name"))
    if args.list:
        write(None, "\n".join(f"{n}\t{examples.language(n)}" for n in examples.names()))
        return 0
    if args.name is None:
        raise UsageError(N_("name an example, or ask for --list"))
    if args.name not in examples.names():
        raise UsageError(
            N_("no example is named '{name}'; the examples are: {names}"),
            name=args.name[:40],
            names=", ".join(examples.names()),
        )
    write(args.output, dumps(examples.load(args.name), indent=2))
    return 0
