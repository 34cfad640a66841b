"""Translation: the one place user-facing text goes through.

Contract for the rest of the package: mark message ids with :func:`N_` where they are
defined (:func:`NC_` when the id needs a context), so extraction finds them, and translate
them late, with an explicit ``locale`` (the context default when ``None``). Messages use
:meth:`str.format` named fields; the caller formats after translating.

The catalogs are the ``.po`` files under ``tiltak/locale/<code>/LC_MESSAGES/``. Each is
compiled in memory with Babel the first time its locale is used (a few milliseconds) and
kept for the life of the process; ``nn`` falls back to ``nb``, then to the English id.
"""

from __future__ import annotations

import functools
import io
import os
import re
from typing import IO, TYPE_CHECKING

import attrs

from ._errors import CatalogError, ModelTypeError, UnknownLocaleError, drop_context
from ._locale import (
    SUPPORTED_LOCALES,
    normalise_locale,
    registered_catalog,
    resolve_locale,
    set_registered_catalog,
)

if TYPE_CHECKING:
    import gettext as _gettext
    from importlib.resources.abc import Traversable

__all__ = [
    "DOMAIN",
    "NC_",
    "NP_",
    "N_",
    "Plural",
    "catalog_path",
    "gettext",
    "ngettext",
    "pgettext",
    "register_catalog",
    "template_path",
    "translations",
]

DOMAIN = "tiltak"
"""The gettext domain of tiltak's catalogs."""

_FALLBACKS: dict[str, tuple[str, ...]] = {"nn": ("nb",)}
"""Locales whose missing entries are looked up in another locale before English."""


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction without translating it."""
    return message


def NC_(context: str, message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` in ``context`` for extraction; translate later with :func:`pgettext`."""
    return message


@attrs.frozen
class Plural:
    """A message with a singular and a plural form, chosen by the integer param ``count``."""

    singular: str
    plural: str
    count: str


def NP_(singular: str, plural: str, count: str) -> Plural:  # noqa: N802 - gettext convention
    """Mark a singular and plural message pair for extraction; ``count`` names the number."""
    return Plural(singular, plural, count)


def gettext(message: str, *, locale: str | None = None) -> str:
    """``message`` in ``locale`` (the context default when ``None``).

    >>> gettext("due today", locale="nn")
    'forfell i dag'
    """
    return translations(resolve_locale(locale)).gettext(message)


def ngettext(singular: str, plural: str, n: int, *, locale: str | None = None) -> str:
    """The singular or plural form of a message for ``n``, in ``locale``.

    >>> ngettext("due in {days} day", "due in {days} days", 3, locale="sv").format(days=3)
    'förfaller om 3 dagar'
    """
    return translations(resolve_locale(locale)).ngettext(singular, plural, n)


def pgettext(context: str, message: str, *, locale: str | None = None) -> str:
    """``message`` in ``locale``, told apart from other uses of the same word by ``context``.

    >>> pgettext("severity", "note", locale="nb"), pgettext("field", "note", locale="nb")
    ('merknad', 'notat')
    """
    return translations(resolve_locale(locale)).pgettext(context, message)


def translations(code: str) -> _gettext.NullTranslations:
    """The catalog of a normalised locale ``code``, with its fallbacks chained."""
    custom = registered_catalog(code)
    return custom if custom is not None else _builtin(code)


def catalog_path(code: str) -> Traversable:
    """Where the ``.po`` catalog of ``code`` lives inside the installed package."""
    from importlib.resources import files  # noqa: PLC0415 - keeps import tiltak light

    return files("tiltak").joinpath("locale", code, "LC_MESSAGES", f"{DOMAIN}.po")


def template_path() -> Traversable:
    """Where the template ``tiltak.pot`` lives: the start of a catalog of a new language."""
    from importlib.resources import files  # noqa: PLC0415 - keeps import tiltak light

    return files("tiltak").joinpath("locale", f"{DOMAIN}.pot")


def register_catalog(
    locale: str, catalog: str | os.PathLike[str] | _gettext.NullTranslations
) -> str:
    """Teach tiltak a language of its own: ``catalog`` translates tiltak's messages.

    ``catalog`` is the path of a ``.po`` or ``.mo`` file made from the template that ships
    in the package (``tiltak/locale/tiltak.pot``), or a loaded
    :class:`gettext.NullTranslations` (such as Babel's ``Translations``). ``locale`` is a
    language code CLDR knows (``"da"``, ``"fi-FI"``); its dates are formatted with CLDR's
    data, and entries the catalog lacks show in English.
    Register once, at start-up; afterwards the code works wherever a locale is taken, and
    registering the same code again replaces the catalog. Returns the normalised code.

    The languages tiltak ships (en, nb, nn, sv) cannot be replaced.
    """
    import gettext as _gettext  # noqa: PLC0415 - keeps import tiltak light

    code = _custom_code(locale)
    if isinstance(catalog, _gettext.NullTranslations):
        translations = catalog
    elif isinstance(catalog, str | os.PathLike):
        translations = _load_file(os.fspath(catalog), code)
    else:
        raise ModelTypeError(
            "a catalog must be a path to a .po or .mo file or a gettext.NullTranslations,"
            f" not {type(catalog).__name__}"
        )
    set_registered_catalog(code, translations)
    return code


@drop_context
def _custom_code(locale: str) -> str:
    if not isinstance(locale, str):
        raise UnknownLocaleError(f"a locale must be a str, not {type(locale).__name__}")
    match = re.fullmatch(r"([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*", locale.strip(), re.IGNORECASE)
    shown = locale if len(locale) <= 20 else locale[:20] + "…"
    if match is None:
        raise UnknownLocaleError(f"{shown!r} is not a language code such as 'da' or 'fi-FI'")
    code = match[1].lower()
    try:
        builtin = normalise_locale(code) in SUPPORTED_LOCALES
    except UnknownLocaleError:
        builtin = False
    if builtin:
        raise CatalogError(
            f"tiltak ships its own catalog for {shown!r}: register a language it does not speak"
        )
    from babel import Locale  # noqa: PLC0415 - keeps import tiltak light
    from babel.core import UnknownLocaleError as BabelUnknownLocaleError  # noqa: PLC0415 - keeps import tiltak light

    try:
        Locale.parse(code)
    except (BabelUnknownLocaleError, ValueError):
        raise UnknownLocaleError(
            f"CLDR has no locale {shown!r}, so its dates cannot be shown"
        ) from None
    return code


@drop_context
def _load_file(path: str, code: str) -> _gettext.NullTranslations:
    try:
        with open(path, "rb") as file:
            if path.endswith(".mo"):
                return _from_mo(file)
            return _from_po(file, code, path)
    except OSError as error:
        raise CatalogError(f"cannot read the {code!r} catalog: {error.strerror}") from None


def _from_mo(file: IO[bytes]) -> _gettext.NullTranslations:
    from babel.support import Translations  # noqa: PLC0415 - keeps import tiltak light

    return Translations(fp=file, domain=DOMAIN)


@drop_context
def _from_po(file: IO[bytes], code: str, where: object) -> _gettext.NullTranslations:
    """Compile a ``.po`` with Babel in memory; a catalog without translations is an error."""
    from babel.messages.mofile import write_mo  # noqa: PLC0415 - keeps import tiltak light
    from babel.messages.pofile import PoFileError, read_po  # noqa: PLC0415 - keeps import tiltak light

    try:
        catalog = read_po(file, locale=code, domain=DOMAIN, abort_invalid=True)
    except PoFileError as error:
        raise CatalogError(
            f"the {code!r} catalog is not a valid .po file ({where}): {error}"
        ) from None
    if not any(message.id and message.string for message in catalog):
        raise CatalogError(f"the {code!r} catalog holds no translations ({where})")
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return _from_mo(buffer)


@functools.cache
def _builtin(code: str) -> _gettext.NullTranslations:
    if code == "en":
        import gettext as _gettext  # noqa: PLC0415 - keeps import tiltak light

        # The message ids are English: nothing to look up, and the plural rule is English.
        return _gettext.NullTranslations()
    if code not in SUPPORTED_LOCALES:  # pragma: no cover - codes are normalised first
        raise AssertionError(f"not a normalised locale: {code!r}")
    catalog = _compile(code)
    for fallback in _FALLBACKS.get(code, ()):
        catalog.add_fallback(_builtin(fallback))
    return catalog


def _compile(code: str) -> _gettext.NullTranslations:
    """Read ``code``'s ``.po`` with Babel and load it as a compiled catalog.

    Never a silent no-op: a supported locale without a catalog, or with an empty one, is a
    broken installation and raises.
    """
    path = catalog_path(code)
    if not path.is_file():
        raise CatalogError(
            f"tiltak's {code!r} catalog is missing from the installed package ({path});"
            " reinstall tiltak"
        )
    with path.open("rb") as po:
        return _from_po(po, code, path)
