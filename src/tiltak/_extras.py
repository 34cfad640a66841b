"""The optional dependencies: import one, or say which extra of tiltak installs it."""

from __future__ import annotations

import importlib
from types import ModuleType

from ._errors import MissingExtraError

__all__ = ["require"]


def require(module: str, *, extra: str, feature: str) -> ModuleType:
    """The module ``module``, or :class:`~tiltak.errors.MissingExtraError` naming ``extra``.

    ``feature`` is what the caller called, for the message. Only a missing top-level
    package is reported so: an error inside an installed package propagates as it is.

    >>> require("json", extra="none", feature="this example").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        top = module.partition(".")[0]
        if error.name is None or error.name.partition(".")[0] != top:
            raise
        package = {"stdnum": "python-stdnum"}.get(top, top)
        raise MissingExtraError(feature=feature, package=package, extra=extra) from None
