"""What the subcommands share: options, reading plans, writing output, user errors."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from tiltak._errors import DateParseError, PlanFormatError, TiltakError, UnknownLocaleError
from tiltak._i18n import N_, gettext, ngettext
from tiltak._locale import normalise_locale

if TYPE_CHECKING:
    from tiltak._model import Plan
    from tiltak._report import Finding, Report, Severity

__all__ = [
    "DEFAULT_LOCALE",
    "STDIN",
    "Commands",
    "UsageError",
    "add_as_of",
    "add_locale",
    "as_of",
    "counts",
    "finding_line",
    "locale",
    "read_bytes",
    "read_plan",
    "say",
    "severity_text",
    "write",
]

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

DEFAULT_LOCALE = "nb"
"""The language of the command's messages when ``--locale`` is not given."""

STDIN = "-"


class UsageError(TiltakError):
    """The command was given something it cannot use: exit 2 with one line saying what.

    ``message`` is a message id with ``{fields}`` from ``params``; the text is rendered in the
    command's locale.
    """

    def __init__(self, message: str, **params: object) -> None:
        self.message_id = message
        self.params = params
        super().__init__(message.format(**params))

    def render(self, locale: str) -> str:
        """The message in ``locale``."""
        return gettext(self.message_id, locale=locale).format(**self.params)


class PlanFileError(TiltakError):
    """A file named on the command line is not a plan: the problems and their paths."""

    def __init__(self, name: str, error: PlanFormatError) -> None:
        self.name = name
        self.error = error
        super().__init__(f"{name}: {error}")


def add_locale(parser: argparse.ArgumentParser) -> None:
    """``--locale L``: the language of the output and the messages."""
    parser.add_argument(
        "--locale",
        metavar="L",
        default=DEFAULT_LOCALE,
        help=f"language: nb, nn, sv or en (default: {DEFAULT_LOCALE})",
    )


def add_as_of(parser: argparse.ArgumentParser) -> None:
    """``--as-of DATE``: the date of the checks that need one."""
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help="check deadlines and follow-ups as of DATE (2024-06-01, '1. juni 2024');"
        " default: not checked",
    )


def locale(args: argparse.Namespace) -> str:
    """The locale the command was given, normalised; :class:`UsageError` if unknown."""
    text = str(getattr(args, "locale", None) or DEFAULT_LOCALE)
    try:
        return normalise_locale(text)
    except UnknownLocaleError:
        raise UsageError(
            N_("unknown locale '{locale}'; use nb, nn, sv or en"), locale=text[:20]
        ) from None


def as_of(args: argparse.Namespace) -> dt.date | None:
    """The ``--as-of`` date, or ``None``; :class:`UsageError` unless it names one day."""
    from tiltak._time._parse import parse_date  # noqa: PLC0415 - per subcommand

    text = getattr(args, "as_of", None)
    if text is None:
        return None
    try:
        day = parse_date(text)
    except DateParseError:
        day = None
    if not isinstance(day, dt.date):
        raise UsageError(N_("--as-of '{text}' is not a day such as 2024-06-01"), text=text[:20])
    return day


def read_bytes(name: str) -> bytes:
    """The bytes of the file ``name`` (``-``: standard input); :class:`UsageError` if unread."""
    try:
        if name == STDIN:
            return sys.stdin.buffer.read()
        return Path(name).read_bytes()
    except OSError as error:
        raise UsageError(
            N_("cannot read {file}: {reason}"), file=name, reason=error.strerror or "error"
        ) from None


def read_plan(name: str) -> Plan:
    """The plan in the file ``name``; :class:`PlanFileError` naming every problem otherwise."""
    from tiltak._serial._format import loads  # noqa: PLC0415 - per subcommand

    data = read_bytes(name)
    try:
        return loads(data)
    except PlanFormatError as error:
        raise PlanFileError(name, error) from None


def write(out: str | None, data: str | bytes) -> None:
    """Write ``data`` to the file ``out``, or to standard output when ``out`` is ``None``."""
    if out is None or out == STDIN:
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data if data.endswith("\n") else data + "\n")
        return
    try:
        if isinstance(data, bytes):
            Path(out).write_bytes(data)
        else:
            Path(out).write_text(data if data.endswith("\n") else data + "\n", encoding="utf-8")
    except OSError as error:
        raise UsageError(
            N_("cannot write {file}: {reason}"), file=out, reason=error.strerror or "error"
        ) from None


def say(message: str, *, locale: str, **params: object) -> None:
    """Print the message ``message`` in ``locale`` to standard error."""
    print(gettext(message, locale=locale).format(**params), file=sys.stderr)


def counts(report: Report, language: str) -> str:
    """How many errors, warnings and notes ``report`` holds, in ``language``."""
    parts = (
        (ngettext("{n} error", "{n} errors", len(report.errors), locale=language), report.errors),
        (
            ngettext("{n} warning", "{n} warnings", len(report.warnings), locale=language),
            report.warnings,
        ),
        (ngettext("{n} note", "{n} notes", len(report.infos), locale=language), report.infos),
    )
    return ", ".join(text.format(n=len(found)) for text, found in parts)


def severity_text(severity: Severity, language: str) -> str:
    """The name of ``severity`` in ``language``: error, warning or note."""
    from tiltak._names import severity_name  # noqa: PLC0415 - per subcommand

    return severity_name(severity, locale=language)


def finding_line(finding: Finding, language: str) -> str:
    """One finding as a line: code, severity, path and message, in ``language``."""
    severity = severity_text(finding.severity, language)
    return f"{finding.code} {severity} @ {finding.path}: {finding.message(language)}"
