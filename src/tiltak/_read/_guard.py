"""What a file must pass before a reading library sees it: size, type, zip limits.

The limits are documented in ``docs/reading.md``; a file beyond them raises
:class:`DocumentError` before any third-party parser opens it.
"""

from __future__ import annotations

import errno
import io
import os
import zipfile
from typing import IO, Final

from tiltak._i18n import N_

from ._notes import DocumentError

__all__ = [
    "MAX_BYTES",
    "MAX_ENTRIES",
    "MAX_RATIO",
    "MAX_UNCOMPRESSED",
    "Source",
    "check_zip",
    "read_source",
    "sniff",
]

Source = str | os.PathLike[str] | bytes | IO[bytes]
"""What a reader accepts: a path, the bytes, or a binary file open for reading."""

MAX_BYTES: Final = 25 * 1024 * 1024
"""The largest file read: 25 MiB."""
MAX_UNCOMPRESSED: Final = 250 * 1024 * 1024
"""The most a workbook or Word file may hold once unzipped: 250 MiB in all."""
MAX_ENTRIES: Final = 10_000
"""The most files a workbook or Word file (a zip) may hold."""
MAX_RATIO: Final = 200
"""The most any zip entry of over 1 MiB may expand by."""

_OLE2: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP: Final = b"PK\x03\x04"
_PDF: Final = b"%PDF-"


_OS_ERRORS: Final = {
    errno.ENOENT: N_("the file cannot be opened: it does not exist"),
    errno.EACCES: N_("the file cannot be opened: permission denied"),
    errno.EPERM: N_("the file cannot be opened: permission denied"),
    errno.EISDIR: N_("the file cannot be opened: it is a directory"),
}
"""The usual reasons a file cannot be opened, in words the catalogs translate."""


def read_source(source: Source) -> bytes:
    """The bytes of ``source``, at most :data:`MAX_BYTES`; :class:`DocumentError` otherwise."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, str | os.PathLike):
        try:
            with open(source, "rb") as file:
                data = file.read(MAX_BYTES + 1)
        except OSError as error:
            known = _OS_ERRORS.get(error.errno or 0)
            if known is not None:
                raise DocumentError("unreadable", known) from None
            raise DocumentError(
                "unreadable",
                N_("the file cannot be opened: {cause}"),
                cause=error.strerror or type(error).__name__,
            ) from None
    elif hasattr(source, "read"):
        data = source.read(MAX_BYTES + 1)
        if not isinstance(data, bytes):
            raise DocumentError(
                "not-a-document", N_("the file must be opened in binary mode ('rb')")
            )
    else:
        raise DocumentError(
            "not-a-document",
            N_("a document to read must be a path, bytes or a binary file, not {type}"),
            type=type(source).__name__,
        )
    if len(data) > MAX_BYTES:
        raise DocumentError(
            "too-large",
            N_("the file is larger than {limit} MiB, the most tiltak reads"),
            limit=MAX_BYTES // (1024 * 1024),
        )
    if not data:
        raise DocumentError("not-a-document", N_("the file is empty"))
    return data


def sniff(data: bytes) -> str:
    """What ``data`` is by its first bytes: ``zip``, ``ole2``, ``pdf`` or ``other``."""
    if data.startswith(_ZIP):
        return "zip"
    if data.startswith(_OLE2):
        return "ole2"
    if data.lstrip()[:5] == _PDF:
        return "pdf"
    return "other"


def encrypted() -> DocumentError:
    """The error for an OLE2 file: a password-protected Office file or an old binary one."""
    return DocumentError(
        "encrypted",
        N_(
            "the file is password-protected, or in Office's old binary format (.xls, .doc):"
            " save it without a password as .xlsx or .docx"
        ),
    )


def check_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """The zip in ``data``, checked against the limits before anything is unpacked.

    ``what`` is the kind of file expected (``"xlsx"``, ``"docx"``), for the messages.
    """
    kind = sniff(data)
    if kind == "ole2":
        raise encrypted()
    if kind != "zip":
        raise _not_a(what)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise _not_a(what) from None
    if len(entries) > MAX_ENTRIES:
        raise _bomb()
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * max(
            entry.compress_size, 1
        ):
            raise _bomb()
    if total > MAX_UNCOMPRESSED:
        raise _bomb()
    names = {entry.filename for entry in entries}
    needed = {"xlsx": "xl/workbook.xml", "docx": "word/document.xml"}.get(what)
    if needed is not None and needed not in names:
        raise _not_a(what)
    return archive


def _bomb() -> DocumentError:
    return DocumentError(
        "zip-bomb",
        N_(
            "the file would unpack to more than {limit} MiB or {entries} parts, or expands"
            " suspiciously: not read"
        ),
        limit=MAX_UNCOMPRESSED // (1024 * 1024),
        entries=MAX_ENTRIES,
    )


def _not_a(what: str) -> DocumentError:
    messages = {
        "xlsx": N_("the file is not an Excel workbook (.xlsx)"),
        "docx": N_("the file is not a Word document (.docx)"),
        "pdf": N_("the file is not a PDF"),
        "any": N_("the file is not text, a PDF or a known document"),
    }
    return DocumentError("not-a-document", messages[what])


def not_a(what: str) -> DocumentError:
    """The error for a file that is not the kind it should be."""
    return _not_a(what)


def damaged(what: str) -> DocumentError:
    """The error for a file its library could not read; says nothing of its content."""
    messages = {
        "xlsx": N_("the workbook is damaged and cannot be read"),
        "docx": N_("the Word document is damaged and cannot be read"),
        "pdf": N_("the PDF is damaged, or its text cannot be extracted"),
    }
    return DocumentError("damaged", messages[what])
