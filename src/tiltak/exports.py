"""Plans for other programs: rows and CSV, pandas, Excel, and iCalendar.

One row per measure (:func:`to_records`, :func:`to_csv`, :func:`to_dataframe`, with the
columns :data:`RECORD_KEYS`), an Excel workbook (:func:`to_xlsx`, the ``excel`` extra), and
the plan's deadlines and follow-ups as an iCalendar (:func:`to_ical`, the ``ical`` extra).
FHIR has its own module, :mod:`tiltak.fhir`.
"""

from __future__ import annotations

from tiltak._ical import to_ical
from tiltak._tables import RECORD_KEYS as _RECORD_KEYS
from tiltak._tables import to_csv, to_dataframe, to_records
from tiltak._xlsx import to_xlsx

__all__ = ["RECORD_KEYS", "to_csv", "to_dataframe", "to_ical", "to_records", "to_xlsx"]

RECORD_KEYS: tuple[str, ...] = _RECORD_KEYS
"""The keys of every row :func:`to_records` makes, in column order."""
