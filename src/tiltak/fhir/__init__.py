"""HL7 FHIR R4: a plan as a Bundle of a CarePlan and its Goals, and back.

The mapping, element by element, is in the documentation (``docs/fhir.md``). Everything
tiltak defines lives under :data:`BASE`.
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
