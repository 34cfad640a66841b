"""``tiltak pseudonymise FILE --key-file K``: a copy of a plan with its people pseudonymised."""

from __future__ import annotations

import argparse

from tiltak._errors import ModelError, drop_context
from tiltak._i18n import N_

from ._common import (
    Commands,
    UsageError,
    add_locale,
    add_max_input,
    locale,
    read_bytes,
    read_plan,
    write,
)

__all__ = ["add"]


def add(commands: Commands) -> None:
    """Declare ``tiltak pseudonymise``."""
    parser = commands.add_parser(
        "pseudonymise",
        help="write a copy of a plan with its people replaced by pseudonyms",
        description=(
            "Write a copy of the plan in FILE in which names, identity numbers, e-mail"
            " addresses and phone numbers are replaced by keyed pseudonyms: the same person"
            " gets the same pseudonym under the same key. The key is the bytes of the key"
            " file, without a final line break; keep it secret, and keep it apart from the"
            " copies."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the plan, as JSON ('-': stdin)")
    parser.add_argument(
        "--key-file", metavar="K", required=True, help="a file holding at least 16 secret bytes"
    )
    parser.add_argument(
        "--drop-free-text",
        action="store_true",
        help="also blank the free text that may name people (background, notes)",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT, not stdout")
    add_locale(parser)
    add_max_input(parser)
    parser.set_defaults(run=run)


_MAX_KEY = 4096
"""The most bytes a key file holds: far more than a key needs (16 random bytes do)."""


@drop_context
def run(args: argparse.Namespace) -> int:
    """Pseudonymise the plan and write the copy as JSON."""
    from tiltak._pseudonymise import MIN_KEY_LENGTH, pseudonymise  # noqa: PLC0415 - per subcommand
    from tiltak._serial._format import dumps  # noqa: PLC0415 - per subcommand

    locale(args)
    key = read_bytes(args.key_file, at_most=_MAX_KEY + 1)
    if len(key) > _MAX_KEY:
        raise UsageError(N_("the key file must hold at most {count} bytes"), count=_MAX_KEY)
    key = key.removesuffix(b"\n").removesuffix(b"\r")
    if len(key) < MIN_KEY_LENGTH:
        raise UsageError(N_("the key file must hold at least {count} bytes"), count=MIN_KEY_LENGTH)
    plan = read_plan(args.file)
    try:
        copy = pseudonymise(plan, key=key, free_text="drop" if args.drop_free_text else "keep")
    except ModelError as error:  # pragma: no cover - the key and options are checked above
        raise UsageError(str(error)) from None
    write(args.output, dumps(copy, indent=2))
    return 0
