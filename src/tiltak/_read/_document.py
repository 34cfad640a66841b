"""One entry point for any document: which reader by what the file is, not its name."""

from __future__ import annotations

import zipfile

from tiltak._enums import PlanKind
from tiltak._i18n import N_

from ._guard import Source, check_zip, encrypted, read_source, sniff
from ._notes import DocumentError, ReadResult

__all__ = ["read_document"]


def read_document(source: Source, *, kind: PlanKind | str | None = None) -> ReadResult:
    """Read a plan from an Excel workbook, a Word document, a PDF or plain text.

    Which of :func:`read_xlsx`, :func:`read_docx`, :func:`read_pdf` and :func:`read_text`
    reads it is decided by the file's content (its signature, and for a zip the parts it
    holds), never by its name; :attr:`ReadResult.source` says which.
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
    from ._text import read_text  # noqa: PLC0415 - each format's reader loads when asked

    return read_text(data, kind=kind)
