"""Reading plans from the documents people already have: Excel, Word, PDF and plain text.

Each reader returns a :class:`ReadResult`: an ordinary :class:`~tiltak.Plan` and a note for
everything it read by a guess, kept without understanding it, or left out.
"""

from __future__ import annotations

from ._document import read_document
from ._docx import read_docx
from ._guard import MAX_BYTES, MAX_ENTRIES, MAX_RATIO, MAX_UNCOMPRESSED
from ._notes import (
    DocumentError,
    MissingExtraError,
    NoteKind,
    ReadNote,
    ReadResult,
    SourceLocation,
)
from ._pdf import read_pdf
from ._text import read_text
from ._xlsx import read_xlsx

__all__ = [
    "MAX_BYTES",
    "MAX_ENTRIES",
    "MAX_RATIO",
    "MAX_UNCOMPRESSED",
    "DocumentError",
    "MissingExtraError",
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
