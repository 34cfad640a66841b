"""HL7 FHIR R4: a plan as a Bundle of a CarePlan and its Goals, and back.

:func:`to_fhir` writes, :func:`read_fhir` and :func:`from_fhir` read, :func:`check_fhir`
checks codes and invariants. The mapping, element by element, is on the FHIR page of the
documentation. Everything tiltak defines lives under ``BASE``
(``https://tiltak.example/fhir``): the plan-kind code system ``PLAN_KIND_SYSTEM`` and the
extension ``DOCUMENT_EXTENSION`` that carries the whole plan. The Swedish national plan
types (``SIP``, ``GP``) are coded in ``SE_PLAN_TYPE_SYSTEM``, Inera's typeOfCarePlan.
"""

from __future__ import annotations

from ._check import check_fhir
from ._codes import (
    BASE,
    DOCUMENT_EXTENSION,
    PLAN_KIND_SYSTEM,
    SE_PLAN_TYPE_SYSTEM,
)
from ._export import to_fhir
from ._import import FhirImport, from_fhir, read_fhir

__all__ = [
    "BASE",
    "DOCUMENT_EXTENSION",
    "PLAN_KIND_SYSTEM",
    "SE_PLAN_TYPE_SYSTEM",
    "FhirImport",
    "check_fhir",
    "from_fhir",
    "read_fhir",
    "to_fhir",
]
