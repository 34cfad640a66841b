"""The ``tiltak`` command: one small function per subcommand, each in its own module.

To add a subcommand, write a module with ``add(commands)`` that declares the arguments and
sets ``run=``, a function ``(args) -> int``, and list the module in :data:`_COMMANDS`.
User errors print to stderr in the command's language and exit 2 (1 for a damaged plan or
example), never with a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import cast

from tiltak._errors import TiltakError
from tiltak._i18n import N_, gettext, ngettext

from . import _demo, _example, _import, _pseudonymise, _render, _rules, _schema, _validate
from ._common import DEFAULT_LOCALE, Commands, PlanFileError, UsageError, locale

__all__ = ["main"]

_PROG = "tiltak"
_EXIT_USAGE = 2
_EXIT_ERROR = 1

_COMMANDS: tuple[Callable[[Commands], None], ...] = (
    _demo.add,
    _validate.add,
    _render.add,
    _schema.add,
    _example.add,
    _rules.add,
    _pseudonymise.add,
    _import.add,
)


def _parser() -> argparse.ArgumentParser:
    from importlib.metadata import version  # noqa: PLC0415 - read on use

    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Action plans of Nordic health, care and public services.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('tiltak')}")
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    commands.required = True
    for add in _COMMANDS:
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``tiltak`` command with ``argv`` (default: the process's arguments)."""
    parser = _parser()
    args = parser.parse_args(argv)
    run = cast("Callable[[argparse.Namespace], int]", args.run)
    try:
        return run(args)
    except UsageError as error:
        return _fail(args, error.render(_language(args)), _EXIT_USAGE)
    except PlanFileError as error:
        return _fail(args, _not_a_plan(error, _language(args)), _EXIT_USAGE)
    except TiltakError as error:
        return _fail(args, str(error), _EXIT_ERROR)
    except BrokenPipeError:
        # The reader went away (``tiltak demo | head``). Point stdout at devnull so that
        # the interpreter's final flush does not complain about the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return _EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _language(args: argparse.Namespace) -> str:
    try:
        return locale(args)
    except UsageError:
        return DEFAULT_LOCALE


def _not_a_plan(error: PlanFileError, language: str) -> str:
    problems = error.error.problems
    head = ngettext(
        "{file} is not a tiltak plan ({count} problem):",
        "{file} is not a tiltak plan ({count} problems):",
        len(problems),
        locale=language,
    ).format(file=error.name, count=len(problems))
    return "\n  ".join([head, *map(str, problems)])


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    text = gettext(N_("{program} {command}: error: {message}"), locale=_language(args))
    print(text.format(program=_PROG, command=args.command, message=message), file=sys.stderr)
    return code
