"""The languages tiltak speaks, and dates written and read in them.

A locale is chosen per call (``locale=``), for a block (:func:`use_locale`), or else is
:data:`DEFAULT_LOCALE`; :func:`get_locale` says which is in force and
:func:`normalise_locale` reads the forms people and environments write (``nb_NO.UTF-8``,
``sv-FI``). :func:`register_catalog` adds an integrator's own translations. Dates are shown
with :func:`format_date` and :func:`deadline_phrase`, and read with :func:`parse_date`.

>>> import datetime as dt
>>> from tiltak import i18n
>>> with i18n.use_locale("nn"):
...     i18n.get_locale(), i18n.format_date(dt.date(2024, 12, 15))
('nn', '15. des. 2024')
>>> i18n.parse_date("15. mars 2024"), i18n.normalise_locale("sv_FI.UTF-8")
(datetime.date(2024, 3, 15), 'sv')
"""

from __future__ import annotations

from tiltak._i18n import register_catalog
from tiltak._locale import (
    DEFAULT_LOCALE,
    SUPPORTED_LOCALES,
    get_locale,
    normalise_locale,
    use_locale,
)
from tiltak._time._formatting import DATE_FORMATS, deadline_phrase, format_date
from tiltak._time._parse import parse_date

__all__ = [
    "DATE_FORMATS",
    "DEFAULT_LOCALE",
    "SUPPORTED_LOCALES",
    "deadline_phrase",
    "format_date",
    "get_locale",
    "normalise_locale",
    "parse_date",
    "register_catalog",
    "use_locale",
]
