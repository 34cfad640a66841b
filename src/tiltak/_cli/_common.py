"""What the subcommands share: options, reading plans, writing output, user errors."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from tiltak._errors import DateParseError, PlanFormatError, TiltakError, UnknownLocaleError
from tiltak._i18n import N_, gettext, ngettext
from tiltak._locale import get_locale, normalise_locale

if TYPE_CHECKING:
    from tiltak._model import Plan
    from tiltak._report import Finding, Report, Severity

__all__ = [
    "STDIN",
    "Commands",
    "UsageError",
    "add_as_of",
    "add_locale",
    "as_of",
    "counts",
    "display_name",
    "finding_line",
    "group_lines",
    "locale",
    "plan_locale",
    "read_bytes",
    "read_plan",
    "say",
    "severity_text",
    "write",
]

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

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


class UnreadableFileError(UsageError):
    """A file the operating system would not read or write; its reason in the run's words."""

    def __init__(self, message: str, name: str, error: OSError) -> None:
        self.name = name
        self.error = error
        super().__init__(message, file=name, reason=error.strerror or "")

    def render(self, locale: str) -> str:
        """The message in ``locale``, with the operating system's reason in it too."""
        from ._language import os_reason  # noqa: PLC0415 - per subcommand

        return gettext(self.message_id, locale=locale).format(
            file=display_name(self.name, locale), reason=os_reason(self.error, locale)
        )


class PlanFileError(TiltakError):
    """A file named on the command line is not a plan: the problems and their paths."""

    def __init__(self, name: str, error: PlanFormatError) -> None:
        self.name = name
        self.error = error
        super().__init__(f"{name}: {error}")

    def render(self, locale: str) -> str:
        """The file, the number of problems, and each problem at its path, in ``locale``."""
        problems = self.error.problems
        head = ngettext(
            "{file} is not a tiltak plan ({count} problem):",
            "{file} is not a tiltak plan ({count} problems):",
            len(problems),
            locale=locale,
        ).format(file=display_name(self.name, locale), count=len(problems))
        return "\n  ".join([head, *(f"{p.message(locale)} @ {p.path}" for p in problems)])


def add_locale(parser: argparse.ArgumentParser) -> None:
    """``--locale L``: the language of the output and the messages."""
    parser.add_argument(
        "--locale",
        metavar="L",
        help="language: nb, nn, sv or en (default: $TILTAK_LOCALE, else the language of"
        " $LC_ALL, $LC_MESSAGES or $LANG, else en; a plan that states its language is"
        " shown in it)",
    )


def add_as_of(
    parser: argparse.ArgumentParser,
    help: str = "check deadlines and follow-ups as of DATE (2024-06-01, '1. juni 2024');"
    " default: not checked",
) -> None:
    """``--as-of DATE``: the date of the checks that need one."""
    parser.add_argument("--as-of", metavar="DATE", help=help)


def locale(args: argparse.Namespace) -> str:
    """The language of the run: ``--locale``, else the default the command started with.

    :class:`UsageError` if ``--locale`` names a language tiltak does not speak.
    """
    text = getattr(args, "locale", None)
    if text is None:
        return get_locale()
    try:
        return normalise_locale(str(text))
    except UnknownLocaleError:
        raise UsageError(
            N_("unknown locale '{locale}'; use nb, nn, sv or en"), locale=str(text)[:20]
        ) from None


def plan_locale(args: argparse.Namespace, plan: Plan) -> str:
    """The language to show ``plan`` in: ``--locale``, else the plan's own, else the run's."""
    if getattr(args, "locale", None) is None and plan.language is not None:
        return str(plan.language.value)
    return locale(args)


def display_name(name: str, locale: str) -> str:
    """How messages name the file ``name``: ``-`` is standard input."""
    return gettext(N_("standard input"), locale=locale) if name == STDIN else name


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
        raise UnreadableFileError(N_("cannot read {file}: {reason}"), name, error) from None


def read_plan(name: str) -> Plan:
    """The plan in the file ``name``; :class:`PlanFileError` naming every problem otherwise."""
    from tiltak._serial._format import loads  # noqa: PLC0415 - per subcommand

    data = read_bytes(name)
    try:
        return loads(data)
    except PlanFormatError as error:
        raise PlanFileError(name, error) from None


def write(out: str | None, data: str | bytes) -> None:
    """Write ``data`` to the file ``out``, or to standard output when ``out`` is ``None``.

    Binary data is never written to a terminal: :class:`UsageError` asks for ``-o``.
    """
    if out is None or out == STDIN:
        if isinstance(data, bytes):
            if sys.stdout.isatty():
                raise UsageError(
                    N_("will not write a binary file to the terminal: give -o FILE or redirect")
                )
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
        raise UnreadableFileError(N_("cannot write {file}: {reason}"), out, error) from None


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


def group_lines(report: Report, language: str) -> Iterator[str]:
    """The report's findings grouped by rule and message, one line a group, worst first.

    A group of several findings gives their number after the severity (``\u00d784``) and names
    the first few elements.
    """
    from tiltak._render._findings import group_where  # noqa: PLC0415 - per subcommand

    for group in report.grouped():
        severity = severity_text(group.severity, language)
        times = f" \u00d7{len(group)}" if len(group) > 1 else ""
        where = group_where(group, locale=language)
        yield f"{group.code} {severity}{times} @ {where}: {group.message(language)}"
