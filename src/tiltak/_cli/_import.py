"""``tiltak import FILE``: a plan from an Excel, Word, PDF or text document, with notes.

Exit 0 when the plan read has no error finding, 1 when it has, 2 when the file cannot be
read as a plan at all.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from typing import TextIO

from tiltak._enums import PlanKind
from tiltak._i18n import N_, gettext

from ._common import (
    STDIN,
    Commands,
    DocumentFileError,
    add_locale,
    add_max_input,
    counts,
    finding_line,
    locale,
    read_bytes,
    show,
    write,
)

__all__ = ["add"]

_EXIT_ERRORS = 1


def add(commands: Commands) -> None:
    """Declare ``tiltak import``."""
    parser = commands.add_parser(
        "import",
        help="read a plan from an Excel, Word, PDF or text document",
        description=(
            "Read the plan in FILE (an Excel workbook in Brå's template, a Word document, a"
            " PDF or plain text; told apart by content, not by name), print a note for every"
            " guess, everything kept without being understood and everything left out, and"
            " write the plan as JSON. Exit 0 when the plan has no error finding, 1 when it"
            " has, 2 when the file cannot be read."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the document ('-': stdin)")
    parser.add_argument(
        "--kind",
        metavar="K",
        choices=[kind.value for kind in PlanKind],
        help="the kind of plan: "
        + ", ".join(kind.value for kind in PlanKind)
        + " (default: as the document names it, or guessed)",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write the plan to OUT, not stdout")
    add_locale(parser)
    add_max_input(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Read the document, print the notes and the plan's errors, write the plan."""
    from tiltak._read import (  # noqa: PLC0415 - per subcommand
        MAX_BYTES,
        DocumentError,
        MissingExtraError,
        read_document,
    )
    from tiltak._serial._format import dumps  # noqa: PLC0415 - per subcommand
    from tiltak._validate import validate  # noqa: PLC0415 - per subcommand

    language = locale(args)
    source: str | io.BytesIO = args.file
    if args.file == STDIN or os.access(args.file, os.R_OK):  # else the reader says why not
        # At most one byte past the largest document the readers take: they refuse it.
        source = io.BytesIO(read_bytes(args.file, at_most=MAX_BYTES + 1))
    try:
        result = read_document(source, kind=args.kind)
    except (DocumentError, MissingExtraError) as error:  # exit 2, the extra named if missing
        raise DocumentFileError(args.file, error) from None
    notes_out = sys.stdout if args.output not in (None, STDIN) else sys.stderr
    for note in result.notes:
        show(note.line(language), notes_out)
    report = validate(result.plan)
    for finding in report.errors:
        show(finding_line(finding, language), notes_out)
    _say(
        N_("{file}: read from {source}, {notes} notes; {counts}"),
        language,
        stream=notes_out,
        file=args.file,
        source=result.source,
        notes=len(result.notes),
        counts=counts(report, language),
    )
    write(args.output, dumps(result.plan, indent=2))
    return _EXIT_ERRORS if report.errors else 0


def _say(text: str, language: str, /, *, stream: TextIO | None = None, **params: object) -> None:
    show(gettext(text, locale=language).format(**params), stream)
