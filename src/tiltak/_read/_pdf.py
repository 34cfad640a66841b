"""Reading plans from PDFs: the text of each page (pypdf), read as a numbered plan text."""

from __future__ import annotations

import io
import logging
import warnings
from typing import Any, Final

from tiltak._enums import PlanKind
from tiltak._i18n import N_

from ._guard import Source, damaged, encrypted, not_a, read_source, sniff
from ._notes import DocumentError, MissingExtraError, ReadNote, ReadResult
from ._text import MAX_CHARS, plan_from_lines, read_lines

__all__ = ["MAX_PAGES", "read_pdf"]

MAX_PAGES: Final = 2_000
"""The most pages read from one PDF."""


def _pypdf() -> Any:
    try:
        import pypdf  # noqa: PLC0415 - optional extra, loaded on use
    except ImportError:
        raise MissingExtraError(feature="read_pdf", package="pypdf", extra="pdf") from None
    return pypdf


def _damaged() -> DocumentError:
    return damaged("pdf")


def _pages(data: bytes) -> list[str]:
    pypdf = _pypdf()
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)  # pypdf logs the damage it works around
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                document = pypdf.PdfReader(io.BytesIO(data))
                if document.is_encrypted:
                    raise encrypted_pdf()
                pages = document.pages
                if len(pages) > MAX_PAGES:
                    raise DocumentError(
                        "too-large",
                        _TOO_MANY,
                        limit=MAX_PAGES,
                    )
                texts: list[str] = []
                total = 0
                for page in pages:
                    text = page.extract_text(extraction_mode="layout") or ""
                    total += len(text)
                    if total > MAX_CHARS:
                        raise DocumentError("too-large", _TOO_LONG, limit=MAX_CHARS)
                    texts.append(text)
            except DocumentError:
                raise
            except Exception:  # pypdf raises anything from PdfReadError to KeyError
                raise _damaged() from None
    finally:
        logger.setLevel(level)
    return texts


_TOO_MANY: Final = N_("the PDF has more than {limit} pages, the most tiltak reads")
_TOO_LONG: Final = N_("the text is longer than {limit} characters, the most tiltak reads")


def encrypted_pdf() -> DocumentError:
    """The error for a password-protected PDF."""
    return DocumentError(
        "encrypted", N_("the PDF is password-protected: save a copy without a password")
    )


def read_pdf(source: Source, *, kind: PlanKind | str | None = None) -> ReadResult:
    """Read a plan from a PDF's text (needs the ``pdf`` extra), as :func:`read_text` does.

    The text of each page is extracted with its layout, so that the blank lines between
    paragraphs survive; page numbers and running headers and footers are left out, and
    lines broken by the page joined back. Raises :class:`tiltak.documents.DocumentError` for a file
    that is not a readable PDF, and for one without text (a scanned PDF: ``no-text``).
    """
    data = read_source(source)
    kind_of = sniff(data)
    if kind_of == "ole2":
        raise encrypted()
    if kind_of != "pdf":
        raise not_a("pdf")
    pages = _pages(data)
    if not any(page.strip() for page in pages):
        raise DocumentError(
            "no-text",
            N_("the PDF has no text to read; it may be scanned (read it with OCR first)"),
        )
    notes: list[ReadNote] = []
    lines = read_lines(pages, notes)
    return plan_from_lines(lines, notes, kind, "pdf")
