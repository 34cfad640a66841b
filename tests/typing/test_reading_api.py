"""Reading documents as an integrator does: type-checked by ``mypy --strict``, run by pytest."""

from __future__ import annotations

import io

import pytest

import tiltak
from tiltak import Plan, PlanKind
from tiltak.documents import DocumentError, NoteKind, ReadNote, ReadResult, SourceLocation


def test_a_text_reads_into_a_plan_and_notes() -> None:
    result: ReadResult = tiltak.documents.read_text("Tiltaksplan 2025–2026\n\nMål 1: Færre fall\n")  # noqa: RUF001
    plan: Plan = result.plan
    assert plan.kind is PlanKind.ACTION_PLAN
    notes: tuple[ReadNote, ...] = result.notes
    guessed: tuple[ReadNote, ...] = result.notes_of(NoteKind.GUESSED)
    assert guessed
    where: SourceLocation = notes[0].location
    line: int | None = where.line
    assert line is not None
    text: str = notes[0].message("sv")
    assert text
    field: str | None = notes[0].field
    assert field is None or field.startswith("$")


def test_every_reader_takes_a_kind_and_bytes() -> None:
    result = tiltak.documents.read_document(b"Mal 1: Ingenting", kind=PlanKind.OPERATIONAL_PLAN)
    assert result.source == "text"
    assert result.plan.kind is PlanKind.OPERATIONAL_PLAN
    with pytest.raises(DocumentError) as caught:
        tiltak.documents.read_xlsx(io.BytesIO(b"not a workbook"))
    reason: str = caught.value.reason
    assert reason == "not-a-document"
    message: str = caught.value.message("nn")
    assert message
