"""The one language of a run: chosen before parsing, so that every message speaks it.

The rule: ``--locale``, else ``TILTAK_LOCALE``, else the environment's ``LC_ALL``,
``LC_MESSAGES`` or ``LANG`` (the first one set; ``C`` and ``POSIX`` are English, and a
language tiltak does not speak is English too), else English. A plan that states its own
``language`` is shown in it unless ``--locale`` is given.
"""

from __future__ import annotations

import argparse
import errno
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from tiltak._errors import UnknownLocaleError
from tiltak._i18n import N_, gettext, ngettext
from tiltak._locale import DEFAULT_LOCALE, normalise_locale

__all__ = [
    "ENVIRONMENT",
    "LocaleChoiceError",
    "argparse_in",
    "given_locale",
    "os_reason",
    "run_language",
]

ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG")
"""The POSIX variables that name the language of messages, strongest first."""


class LocaleChoiceError(ValueError):
    """``--locale`` or ``TILTAK_LOCALE`` names a language tiltak does not speak.

    ``from_environment``: the choice came from ``TILTAK_LOCALE``, which the message names.
    """

    def __init__(self, text: str, *, from_environment: bool = False) -> None:
        super().__init__(text)
        self.text = text
        self.from_environment = from_environment


def given_locale(argv: Sequence[str]) -> str | None:
    """The value of the last ``--locale`` in ``argv``, before any ``--``; ``None`` if none."""
    found = None
    items = list(argv)
    for i, item in enumerate(items):
        if item == "--":
            break
        if item == "--locale" and i + 1 < len(items):
            found = items[i + 1]
        elif item.startswith("--locale="):
            found = item.partition("=")[2]
    return found


def run_language(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language of the run; :class:`LocaleChoiceError` for an unknown explicit choice.

    >>> run_language(["demo"], {"LANG": "sv_FI.UTF-8"})
    'sv'
    >>> run_language(["demo"], {"LC_ALL": "C.UTF-8", "LANG": "nb_NO.UTF-8"})
    'en'
    >>> run_language(["demo", "--locale", "nn"], {"TILTAK_LOCALE": "sv"})
    'nn'
    """
    given = given_locale(argv)
    for text in (given, None if given is not None else environ.get("TILTAK_LOCALE") or None):
        if text is not None:
            try:
                return normalise_locale(text)
            except UnknownLocaleError:
                raise LocaleChoiceError(text, from_environment=given is None) from None
    for name in ENVIRONMENT:
        value = environ.get(name)
        if value:
            return _posix_language(value)
    return DEFAULT_LOCALE


def _posix_language(value: str) -> str:
    if value.partition(".")[0] in ("C", "POSIX"):
        return "en"
    try:
        return normalise_locale(value)
    except UnknownLocaleError:
        return DEFAULT_LOCALE


# The operating system's words: errno names, not the C library's English strerror.
_OS_REASONS: Mapping[int, str] = {
    errno.ENOENT: N_("no such file"),
    errno.EISDIR: N_("it is a directory"),
    errno.ENOTDIR: N_("a part of the path is not a directory"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.ENOSPC: N_("no space left on the device"),
    errno.EROFS: N_("the file system is read-only"),
    errno.ENAMETOOLONG: N_("the name is too long"),
}


def os_reason(error: OSError, language: str) -> str:
    """Why the operating system refused, in ``language``; its error code if not one we name.

    >>> import errno
    >>> os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory"), "nn")
    'fila finst ikkje'
    """
    code = error.errno
    if code is not None and code in _OS_REASONS:
        return gettext(_OS_REASONS[code], locale=language)
    name = errno.errorcode.get(code, "") if code is not None else ""
    return gettext(N_("system error {code}"), locale=language).format(code=name or "?")


# argparse's own messages (Python 3.11 to 3.13), as it writes them, for our catalogs.
_ARGPARSE = frozenset(
    {
        N_("argument %(argument_name)s: %(message)s"),
        N_("unrecognized arguments: %s"),
        N_("not allowed with argument %s"),
        N_("ignored explicit argument %r"),
        N_("the following arguments are required: %s"),
        N_("one of the arguments %s is required"),
        N_("expected one argument"),
        N_("expected at most one argument"),
        N_("expected at least one argument"),
        N_("ambiguous option: %(option)s could match %(matches)s"),
        N_("unexpected option string: %s"),
        N_("invalid %(type)s value: %(value)r"),
        N_("invalid choice: %(value)r (choose from %(choices)s)"),
        N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    }
)
_ARGPARSE_PLURAL = frozenset({"expected %s argument"})


def _plural_marks() -> None:  # pragma: no cover - never called: marks the plural for extraction
    ngettext("expected %s argument", "expected %s arguments", 2)


@contextmanager
def argparse_in(language: str) -> Iterator[None]:
    """Inside the block, argparse's error messages are in ``language``; its help stays English.

    argparse looks up its words through the module's ``_`` and ``ngettext``; they are
    pointed at tiltak's catalogs for the messages of a parse error, and put back after.
    """
    saved = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]

    def single(message: str) -> str:
        return gettext(message, locale=language) if message in _ARGPARSE else message

    def plural(singular: str, plural: str, n: int) -> str:
        if singular in _ARGPARSE_PLURAL:
            return ngettext(singular, plural, n, locale=language)
        return singular if n == 1 else plural

    patched: tuple[Callable[[str], str], Callable[[str, str, int], str]] = (single, plural)
    argparse._, argparse.ngettext = patched  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
