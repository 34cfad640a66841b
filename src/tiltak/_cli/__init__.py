"""The ``tiltak`` command: one small function per subcommand, each in its own module.

To add a subcommand, write a module with ``add(commands)`` that declares the arguments and
sets ``run=``, a function ``(args) -> int``, and list the module in :data:`_COMMANDS`.
Every message of a run is in one language (see :mod:`._language`). User errors, a missing
extra and a file that is not a plan print to stderr and exit 2, never with a traceback;
1 is ``validate``'s answer that a plan has error findings. A warning the library gives
(text a format cannot hold, replaced) is one line on stderr, its control characters escaped.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import NoReturn, cast

from tiltak._errors import MissingExtraError, PlanFormatError, TiltakError, TiltakWarning
from tiltak._i18n import N_, gettext
from tiltak._locale import shown_code, use_locale
from tiltak._text import visible_controls

from . import _demo, _example, _import, _pseudonymise, _render, _rules, _schema, _validate
from ._common import (
    Commands,
    DocumentFileError,
    PlanFileError,
    UsageError,
    set_max_input,
    show,
)
from ._language import LocaleChoiceError, argparse_in, run_language

__all__ = ["main"]

_PROG = "tiltak"
_EXIT_USAGE = 2
_EXIT_ERROR = 2

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


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose errors are one line in the run's language and exit 2."""

    def error(self, message: str) -> NoReturn:
        text = gettext(N_("{program}: error: {message}")).format(
            program=self.prog, message=message
        )
        hint = gettext(N_("'{program} --help' shows how to use it")).format(program=self.prog)
        show(f"{text}\n{hint}")
        raise SystemExit(_EXIT_USAGE)


def _parser() -> argparse.ArgumentParser:
    from importlib.metadata import version  # noqa: PLC0415 - read on use

    parser: argparse.ArgumentParser = _Parser(
        prog=_PROG,
        description="Action plans of Nordic health, care and public services.",
        epilog="Messages are in the language of --locale, else $TILTAK_LOCALE, else of"
        " $LC_ALL, $LC_MESSAGES or $LANG (nb, nn, sv; anything else is English).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('tiltak')}")
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    commands.required = True
    for add in _COMMANDS:
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``tiltak`` command with ``argv`` (default: the process's arguments)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        language = run_language(arguments, os.environ)
    except LocaleChoiceError as error:
        # The choice is not usable: say so in the environment's language.
        fallback = run_language([], {**os.environ, "TILTAK_LOCALE": ""})
        message = gettext(
            N_("unknown locale '{locale}' in $TILTAK_LOCALE; use nb, nn, sv or en")
            if error.from_environment
            else N_("unknown locale '{locale}'; use nb, nn, sv or en"),
            locale=fallback,
        )
        text = gettext(N_("{program}: error: {message}"), locale=fallback)
        print(
            text.format(program=_PROG, message=message.format(locale=shown_code(error.text))),
            file=sys.stderr,
        )
        return _EXIT_USAGE
    with use_locale(language):
        try:
            with argparse_in(language):
                args = _parser().parse_args(arguments)
        except SystemExit as done:  # --help, --version, or a usage error already printed
            return done.code if isinstance(done.code, int) else _EXIT_USAGE
        return _run(args, language)


def _run(args: argparse.Namespace, language: str) -> int:
    run = cast("Callable[[argparse.Namespace], int]", args.run)
    set_max_input(args)
    # The filters stay as they are (``-W``, $PYTHONWARNINGS): only how a warning is shown changes.
    with warnings.catch_warnings():
        warnings.showwarning = _warning_printer(args)
        return _guarded(run, args, language)


def _warning_printer(args: argparse.Namespace) -> Callable[..., None]:
    """What prints a warning for people: one line naming the command, no source line."""

    def show_warning(message: Warning | str, *where: object) -> None:
        # ``where``: category, file, line number, stream and source line, for developers only.
        text = gettext(N_("{program} {command}: warning: {message}"))
        said = visible_controls(str(message))  # one line: a line break shows as an escape
        show(text.format(program=_PROG, command=args.command, message=said))

    return show_warning


def _guarded(
    run: Callable[[argparse.Namespace], int], args: argparse.Namespace, language: str
) -> int:
    """Run the subcommand; what it raises for people, printed in ``language``, and the code."""
    try:
        return run(args)
    except UsageError as error:
        return _fail(args, error.render(language), _EXIT_USAGE)
    except (PlanFileError, DocumentFileError) as error:
        return _fail(args, error.render(language), _EXIT_USAGE)
    except (MissingExtraError, PlanFormatError) as error:
        return _fail(args, error.message(language), _EXIT_ERROR)
    except TiltakError as error:
        return _fail(args, str(error), _EXIT_ERROR)
    except TiltakWarning as warning:  # raised by ``-W error``: the run stops, said as an error
        return _fail(args, visible_controls(str(warning)), _EXIT_ERROR)
    except BrokenPipeError:
        # The reader went away (``tiltak demo | head``). Point stdout at devnull so that
        # the interpreter's final flush does not complain about the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    text = gettext(N_("{program} {command}: error: {message}"))
    show(text.format(program=_PROG, command=args.command, message=message))
    return code
