"""One entry point for any document: which reader by what the file is, not its name."""

from __future__ import annotations

import re
import zipfile

from tiltak._enums import PlanKind
from tiltak._i18n import N_

from ._guard import Source, check_zip, encrypted, read_source, sniff
from ._notes import DocumentError, ReadResult

__all__ = ["read_document"]

_LOOK = 1 << 16
"""How far into a file the look for tiltak's format key goes: its writers put it first."""
_TILTAK_JSON = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{.*?"format"\s*:\s*"tiltak/', re.DOTALL)
"""A JSON object that names tiltak's format: a plan already, not a document to read."""


def read_document(source: Source, *, kind: PlanKind | str | None = None) -> ReadResult:
    """Read a plan from an Excel workbook, a Word document, a PDF or plain text.

    Which of :func:`read_xlsx`, :func:`read_docx`, :func:`read_pdf` and :func:`read_text`
    reads it is decided by the file's content (its signature, and for a zip the parts it
    holds), never by its name; :attr:`ReadResult.source` says which. A plan in tiltak's own
    JSON format is refused (reason ``already-a-plan``): :func:`tiltak.loads` reads it.
    """
    data = read_source(source)
    kind_of = sniff(data)
    if kind_of == "ole2":
        raise encrypted()
    if kind_of == "pdf":
        from ._pdf import read_pdf  # noqa: PLC0415 - each format's reader loads when asked

        return read_pdf(data, kind=kind)
    if kind_of == "zip":
        try:
            names = set(check_zip(data, "any").namelist())
        except zipfile.BadZipFile:  # pragma: no cover - check_zip raises its own error
            names = set()
        if "xl/workbook.xml" in names:
            from ._xlsx import read_xlsx  # noqa: PLC0415 - each format's reader loads when asked

            return read_xlsx(data, kind=kind)
        if "word/document.xml" in names:
            from ._docx import read_docx  # noqa: PLC0415 - each format's reader loads when asked

            return read_docx(data, kind=kind)
        raise DocumentError(
            "not-a-document", N_("the file is a zip, but neither a workbook nor a Word document")
        )
    if _TILTAK_JSON.match(data[:_LOOK]) is not None:
        raise DocumentError(
            "already-a-plan",
            N_("the file is a tiltak plan already: tiltak validate and tiltak render read it"),
        )
    from ._text import read_text  # noqa: PLC0415 - each format's reader loads when asked

    return read_text(data, kind=kind)
