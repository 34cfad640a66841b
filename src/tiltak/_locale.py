"""Which language text is rendered in: locale codes and the context default.

The locale is an argument of every function that produces text. Without one, the default of
the current context applies: English unless a caller set another with :func:`use_locale`.
The default lives in a :class:`contextvars.ContextVar`, so threads and asyncio tasks that
render in different languages at once never see each other's choice.
"""

from __future__ import annotations

import contextvars
import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import MappingProxyType
from typing import TYPE_CHECKING

from ._errors import UnknownLocaleError
from ._shape import mask

if TYPE_CHECKING:
    import gettext

__all__ = [
    "DEFAULT_LOCALE",
    "SUPPORTED_LOCALES",
    "get_locale",
    "normalise_locale",
    "registered_catalog",
    "resolve_locale",
    "set_registered_catalog",
    "use_locale",
]

SUPPORTED_LOCALES: tuple[str, ...] = ("en", "nb", "nn", "sv")
"""The languages tiltak ships: English, Norwegian bokmål, Norwegian nynorsk, Swedish."""

DEFAULT_LOCALE = "en"
"""The language used when neither an argument nor :func:`use_locale` chose one.

English, because the message ids are English and a library should not guess a language
from the process environment.
"""

_LANGUAGES: Mapping[str, str] = MappingProxyType(
    {"en": "en", "nb": "nb", "no": "nb", "nn": "nn", "sv": "sv"}
)

# language, then optional script and region, then an optional POSIX ".encoding@modifier".
_CODE = re.compile(
    r"(?P<language>[a-z]{2,3})"
    r"(?:[-_](?P<script>[a-z]{4}))?"
    r"(?:[-_](?P<region>[a-z]{2}|\d{3}))?"
    r"(?:\.[a-z0-9-]+)?(?:@[a-z0-9]+)?",
    re.IGNORECASE,
)

_current: contextvars.ContextVar[str] = contextvars.ContextVar(
    "tiltak_locale", default=DEFAULT_LOCALE
)

# Catalogs an integrator registered for languages of their own. Replaced whole, never
# mutated, so readers need no lock; writers take one.
_registered: Mapping[str, gettext.NullTranslations] = MappingProxyType({})
_register_lock = threading.Lock()


def _known() -> tuple[str, ...]:
    return (*SUPPORTED_LOCALES, *sorted(_registered))


def normalise_locale(locale: str) -> str:
    """The tiltak locale of a language code such as ``nb-NO``, ``no_NO`` or ``sv_FI``.

    Case, separators (``-`` or ``_``), regions, scripts and a POSIX encoding suffix are
    accepted; Norwegian without a written standard (``no``) is bokmål.

    >>> normalise_locale("nb-NO"), normalise_locale("NO_no"), normalise_locale("sv_FI")
    ('nb', 'nb', 'sv')
    >>> normalise_locale("nn_NO.UTF-8"), normalise_locale("en-GB")
    ('nn', 'en')

    Raises :class:`~tiltak.errors.UnknownLocaleError` naming the supported locales for
    anything else.
    """
    if not isinstance(locale, str):
        raise UnknownLocaleError(
            f"a locale must be a str such as 'nb' or 'sv-SE', not {type(locale).__name__}"
        )
    if locale in _LANGUAGES:
        return _LANGUAGES[locale]  # the common case: already a plain code
    match = _CODE.fullmatch(locale.strip())
    if match is not None:
        language = match["language"].lower()
        code = _LANGUAGES.get(language)
        if code is None and language in _registered:
            code = language
        if code is not None:
            return code
    shown = shown_code(locale)
    raise UnknownLocaleError(
        f"unknown locale {shown!r}: tiltak speaks {', '.join(_known())}"
        " (also written with a region, such as nb-NO, nn_NO, sv-SE, en-GB; 'no' is nb)"
    )


def get_locale() -> str:
    """The locale of the current context: the innermost :func:`use_locale`, else ``"en"``."""
    return _current.get()


def resolve_locale(locale: str | None, *, own: str | None = None) -> str:
    """``locale`` normalised; else ``own``, the language a plan states; else the context's.

    This is the one rule for the language of text about a plan: the locale a call is given,
    else the plan's own ``language``, else the default of the context (:func:`use_locale`;
    English outside one).
    """
    if locale is not None:
        return normalise_locale(locale)
    return _current.get() if own is None else own


@contextmanager
def use_locale(locale: str) -> Iterator[str]:
    """Render in ``locale`` inside the ``with`` block, unless a call passes its own.

    The choice belongs to the current thread or asyncio task only and ends with the block.

    >>> import tiltak
    >>> with tiltak.i18n.use_locale("nn-NO") as code:
    ...     code, tiltak.i18n.get_locale(), tiltak.labels.label(tiltak.StatusColour.RED)
    ('nn', 'nn', 'raud')
    >>> tiltak.i18n.get_locale()
    'en'
    """
    code = normalise_locale(locale)
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


def registered_catalog(code: str) -> gettext.NullTranslations | None:
    """The catalog an integrator registered for ``code``, if any."""
    return _registered.get(code)


def set_registered_catalog(code: str, translations: gettext.NullTranslations) -> None:
    """Record an integrator's catalog for ``code`` (see :func:`tiltak.i18n.register_catalog`)."""
    global _registered  # noqa: PLW0603 - replaced whole under a lock, see above
    with _register_lock:
        _registered = MappingProxyType({**_registered, code: translations})


def shown_code(locale: str) -> str:
    """A locale code as an error shows it: itself if shaped like a language tag, else its shape.

    The code comes from a caller, who may have passed on any text it was given.
    """
    return locale if len(locale) <= 20 and _CODE.fullmatch(locale.strip()) else mask(locale)
