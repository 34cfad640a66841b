"""Translation: the one place user-facing text goes through.

Contract for the rest of the package: mark message ids with :func:`N_` where they are
defined (so extraction finds them) and translate them late, with an explicit ``locale``.
Until the catalogs land every function returns the English message id.
"""

from __future__ import annotations

__all__ = ["N_", "gettext", "ngettext", "pgettext"]


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction without translating it."""
    return message


def gettext(message: str, *, locale: str | None = None) -> str:
    """``message`` in ``locale`` (the context default when ``None``)."""
    return message


def ngettext(singular: str, plural: str, n: int, *, locale: str | None = None) -> str:
    """The singular or plural form of a message for ``n``, in ``locale``."""
    return singular if n == 1 else plural


def pgettext(context: str, message: str, *, locale: str | None = None) -> str:
    """``message`` in ``locale``, told apart from other uses of the same word by ``context``."""
    return message
