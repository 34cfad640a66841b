"""The words for tiltak's values in each language tiltak speaks.

:func:`label` names any value of the vocabularies (a plan kind, a status colour, a plan
status, a severity, a party ...); :func:`field_label` a model field, :func:`column_label` a
column of :func:`tiltak.exports.to_records`. Every word is the one the sector itself uses in
that language: a *tiltaksplan* in bokmål is an *åtgärdsplan* in Swedish.

>>> import tiltak
>>> from tiltak import labels
>>> labels.label(tiltak.PlanKind.ACTION_PLAN, locale="sv")
'åtgärdsplan'
>>> labels.field_label("deadline", locale="nb"), labels.column_label("cause", locale="sv")
('frist', 'Orsak')
"""

from __future__ import annotations

from tiltak._names import FIELD_NAMES as _FIELD_NAMES
from tiltak._names import field_label, label
from tiltak._tables import column_label

__all__ = ["FIELD_NAMES", "column_label", "field_label", "label"]

FIELD_NAMES: tuple[str, ...] = _FIELD_NAMES
"""Every name :func:`field_label` knows, sorted."""
