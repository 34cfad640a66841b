r"""Plans from the documents people already have: Excel, Word, PDF and plain text.

:func:`read_document` reads any of them by its file type; :func:`read_xlsx`,
:func:`read_docx`, :func:`read_pdf` and :func:`read_text` read one kind. Each returns a
:class:`ReadResult`: the plan, and a :class:`ReadNote` for every guess or skip, with where in
the document it was (:class:`SourceLocation`) and what kind of note it is (:class:`NoteKind`).
A file that holds no plan raises :class:`DocumentError`. Word and PDF need the extras
``docx`` and ``pdf``, Excel the extra ``excel``.

>>> from tiltak import documents
>>> result = documents.read_text("Handlingsplan 2024-2025\n\nMål 1: Flere lånere under 20 år\n")
>>> result.source, [goal.text for goal in result.plan.goals]
('text', ['Flere lånere under 20 år'])
"""

from __future__ import annotations

from tiltak._read import (
    DocumentError,
    NoteKind,
    ReadNote,
    ReadResult,
    SourceLocation,
    read_document,
    read_docx,
    read_pdf,
    read_text,
    read_xlsx,
)

__all__ = [
    "DocumentError",
    "NoteKind",
    "ReadNote",
    "ReadResult",
    "SourceLocation",
    "read_document",
    "read_docx",
    "read_pdf",
    "read_text",
    "read_xlsx",
]
