"""What the subcommands share: options, reading plans, writing output, user errors."""

from __future__ import annotations

import argparse
import contextvars
import datetime as dt
import io
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO, TypeAlias

from tiltak._errors import (
    DateParseError,
    MissingExtraError,
    PlanFormatError,
    TiltakError,
    UnknownLocaleError,
    drop_context,
)
from tiltak._i18n import N_, gettext, ngettext
from tiltak._locale import get_locale, normalise_locale, shown_code
from tiltak._redact import mask
from tiltak._text import visible_controls

if TYPE_CHECKING:
    from tiltak._model import Plan
    from tiltak._read import DocumentError
    from tiltak._report import Finding, Report, Severity

__all__ = [
    "DEFAULT_MAX_INPUT",
    "STDIN",
    "Commands",
    "DocumentFileError",
    "UsageError",
    "add_as_of",
    "add_locale",
    "add_max_input",
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
    "set_max_input",
    "severity_text",
    "show",
    "shown",
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


class DocumentFileError(TiltakError):
    """A document named on the command line cannot be read as a plan: why not."""

    def __init__(self, name: str, error: DocumentError | MissingExtraError) -> None:
        self.name = name
        self.error = error
        super().__init__(f"{name}: {error}")

    def render(self, locale: str) -> str:
        """The file (standard input in the run's words) and the reason, in ``locale``."""
        return f"{display_name(self.name, locale)}: {self.error.message(locale)}"


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


@drop_context
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
            N_("unknown locale '{locale}'; use nb, nn, sv or en"), locale=shown_code(str(text))
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
        raise UsageError(N_("--as-of '{text}' is not a day such as 2024-06-01"), text=mask(text))
    return day


DEFAULT_MAX_INPUT = 100_000_000
"""The most bytes the command reads from one file or standard input: 100 MB."""
_MAX_INPUT: contextvars.ContextVar[int] = contextvars.ContextVar(
    "max_input", default=DEFAULT_MAX_INPUT
)
# At most 30 digits: more than any storage holds, and far fewer than int() refuses to read.
_SIZE = re.compile(r"(\d{1,30})\s*([kmg]?)b?", re.IGNORECASE)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}
_CHUNK = 1 << 20
"""The most bytes one read asks for (1 MiB): all that reading holds beyond the input."""


def _size(text: str) -> int:
    match = _SIZE.fullmatch(text.strip())
    if match is None or int(match[1]) < 1:
        raise argparse.ArgumentTypeError(
            gettext(N_("expected a size such as 500MB, 2GB or 1000000")).format()
        )
    return int(match[1]) * _UNITS[match[2].lower()]


def add_max_input(parser: argparse.ArgumentParser) -> None:
    """``--max-input SIZE``: the most bytes read from one file (default 100 MB)."""
    parser.add_argument(
        "--max-input",
        metavar="SIZE",
        type=_size,
        default=DEFAULT_MAX_INPUT,
        help="read at most SIZE from each file or stdin (500MB, 2GB; default: 100MB)",
    )


def set_max_input(args: argparse.Namespace) -> None:
    """Make ``--max-input`` the limit of :func:`read_bytes` for this command."""
    _MAX_INPUT.set(getattr(args, "max_input", DEFAULT_MAX_INPUT))


class InputError(UsageError):
    """One input cannot be used: the message names it, standard input in the run's words."""

    def __init__(self, message: str, name: str, **params: object) -> None:
        self.name = name
        super().__init__(message, file=name, **params)

    def render(self, locale: str) -> str:
        """The message in ``locale``."""
        params = {**self.params, "file": display_name(self.name, locale)}
        return gettext(self.message_id, locale=locale).format(**params)


def _read_at_most(stream: BinaryIO, size: int) -> bytes:
    """At most ``size`` bytes of ``stream``, never asking for ``size`` at once.

    A regular file is read in one go of its own length (and one byte more, to see it grow):
    the text is held once. Other input (a pipe, a device) is read a chunk at a time and
    joined, so it is held twice at the end, at most.
    """
    chunks = []
    left = size
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        status = None
    if status is not None and stat.S_ISREG(status.st_mode):
        first = stream.read(min(left, status.st_size + 1))
        if len(first) <= status.st_size:  # the whole file, as long as it said it was
            return first
        chunks.append(first)
        left -= len(first)
    while left > 0:
        chunk = stream.read(min(left, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


@drop_context
def read_bytes(name: str, *, at_most: int | None = None) -> bytes:
    """The bytes of the file ``name`` (``-``: standard input); :class:`UsageError` if unread.

    At most ``--max-input`` bytes are read: a longer input, an endless standard input or
    ``/dev/zero`` is refused once the limit is passed, without reading on. Memory follows
    what was read, never the limit. With ``at_most`` (a command that uses no more), at most
    that many are read and given back, for the caller to refuse more than it uses.
    """
    limit = _MAX_INPUT.get()
    given_back = at_most is not None and at_most < limit  # the caller refuses the rest
    size = at_most if given_back and at_most is not None else limit + 1
    try:
        if name == STDIN:
            data = _read_at_most(sys.stdin.buffer, size)
        else:
            with Path(name).open("rb") as file:
                data = _read_at_most(file, size)
    except OSError as error:
        raise UnreadableFileError(N_("cannot read {file}: {reason}"), name, error) from None
    except MemoryError:
        raise InputError(N_("not enough memory to read {file}"), name) from None
    if not given_back and len(data) > limit:
        raise InputError(
            N_("{file} is larger than {limit} bytes: give a larger --max-input to read it"),
            name,
            limit=limit,
        )
    return data


@drop_context
def read_plan(name: str) -> Plan:
    """The plan in the file ``name``; :class:`PlanFileError` naming every problem otherwise."""
    from tiltak._serial._format import loads  # noqa: PLC0415 - per subcommand

    data = read_bytes(name)
    try:
        return loads(data)
    except PlanFormatError as error:
        if data.startswith(_DOCUMENTS):
            raise InputError(
                N_(
                    "{file} is an Office document or a PDF, not a tiltak plan:"
                    " tiltak import reads it"
                ),
                name,
            ) from None
        raise PlanFileError(name, error) from None


_DOCUMENTS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"%PDF-")
"""How a workbook, a Word document (zips; or old OLE2 files) and a PDF begin."""


@drop_context
def write(out: str | None, data: str | bytes) -> None:
    """Write ``data`` to the file ``out``, or to standard output when ``out`` is ``None``.

    Binary data is never written to a terminal: :class:`UsageError` asks for ``-o``. Text on
    standard output goes through the shared ``visible_controls``: the controls a writer left
    in it (JSON keeps C1 and bidirectional controls inside its strings) are shown escaped,
    in the very form of a JSON escape, so JSON reads back the same character.
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
            shown = visible_controls(data, keep="\n\t")
            sys.stdout.write(shown if shown.endswith("\n") else shown + "\n")
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
    show(gettext(message, locale=locale).format(**params))


def shown(text: str) -> str:
    """``text`` for a terminal: control and bidirectional-control characters as escapes."""
    return visible_controls(text, keep="\n\t")


def show(text: str, stream: TextIO | None = None) -> None:
    """Print ``text`` for people (to standard error by default), no control character raw."""
    print(shown(text), file=sys.stderr if stream is None else stream)


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
