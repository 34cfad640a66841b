"""``tiltak schema``: the JSON Schema of tiltak's file format."""

from __future__ import annotations

import argparse
import json

from ._common import Commands, write

__all__ = ["add"]


def add(commands: Commands) -> None:
    """Declare ``tiltak schema``."""
    parser = commands.add_parser(
        "schema",
        help="print the JSON Schema of the plan format",
        description="Print the JSON Schema (draft 2020-12) that every tiltak plan file meets.",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT, not stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema, indented by two."""
    from tiltak._serial._schema import json_schema  # noqa: PLC0415 - per subcommand

    write(args.output, json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0
