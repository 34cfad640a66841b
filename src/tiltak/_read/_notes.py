"""What a reader returns: the plan, and a note for everything it guessed, kept or skipped."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from tiltak._enums import PlanKind, StatusColour
from tiltak._errors import MissingExtraError, ModelError, TiltakError
from tiltak._i18n import N_, gettext
from tiltak._locale import resolve_locale
from tiltak._model import Plan
from tiltak._shape import excerpt

from ._labels import colour_label, kind_label

__all__ = [
    "MESSAGES",
    "DocumentError",
    "MissingExtraError",
    "NoteKind",
    "ReadNote",
    "ReadResult",
    "SourceLocation",
]


class NoteKind(enum.Enum):
    """What a reader did with a part of the source."""

    READ = "read"
    """Read into a field as it stood."""
    GUESSED = "guessed"
    """Read into a field by a guess: a synonym, a date or colour read from text, a kind."""
    KEPT = "kept"
    """Not understood, and kept word for word in the plan's or a measure's ``extensions``."""
    SKIPPED = "skipped"
    """Left out on purpose: a page number, a running header, an empty sheet."""


_READ, _GUESSED, _KEPT, _SKIPPED = NoteKind.READ, NoteKind.GUESSED, NoteKind.KEPT, NoteKind.SKIPPED

MESSAGES: Mapping[str, tuple[NoteKind, str]] = MappingProxyType(
    {
        "NR001": (_READ, N_("read into {field}")),
        "NR002": (_GUESSED, N_("the kind of plan is taken to be {kind}: {clue}")),
        "NR003": (
            _GUESSED,
            N_("the kind of plan is taken to be {kind}: nothing in it names a kind"),
        ),
        "NR004": (
            _SKIPPED,
            N_("the document names another kind of plan; read as {kind}, as asked"),
        ),
        "NR005": (_GUESSED, N_("the measure has no number of its own and is numbered {id}")),
        "NR012": (_GUESSED, N_("the goal has no number of its own and is numbered {id}")),
        "NR006": (_KEPT, N_("not part of any field: kept in {field}")),
        "NR007": (
            _GUESSED,
            N_("the one named under the heading answers for every measure that names no one"),
        ),
        "NR008": (_GUESSED, N_("consent read from the text as given")),
        "NR010": (_GUESSED, N_("consent read from the text as not given")),
        "NR011": (
            _KEPT,
            N_("consent is neither given nor refused in so many words: kept in {field}"),
        ),
        "NR009": (_GUESSED, N_("the text above the header row is read as the plan's title")),
        "NH001": (_READ, N_("header row: column {column} holds {header}")),
        "NH002": (_GUESSED, N_("column {column} is read as {header}: its heading is a variant")),
        "NH003": (_KEPT, N_("column {column} is not one of the template's: kept in {field}")),
        "NH004": (_GUESSED, N_("the header row is row {row}: the rows above it are not measures")),
        "NS001": (_SKIPPED, N_("sheet without a header row of the template: not read")),
        "NS002": (_READ, N_("the sheet of facts about the plan")),
        "NS003": (_SKIPPED, N_("the sheet is damaged or missing from the file: not read")),
        "NM001": (_GUESSED, N_("merged cells {range}: the value counts for each row they span")),
        "ND001": (_GUESSED, N_("date read from text as {value}")),
        "ND002": (
            _GUESSED,
            N_("week read from text; the deadline is the week's last day, {value}"),
        ),
        "ND003": (_GUESSED, N_("season read from text as the period {value}")),
        "ND006": (_GUESSED, N_("tertial or quarter read from text as the period {value}")),
        "ND004": (_KEPT, N_("not a date or a period: the text is kept in {field}")),
        "ND005": (_GUESSED, N_("the plan period is read from the text as {value}")),
        "NC001": (_GUESSED, N_("status read from a word as {colour}")),
        "NC002": (_GUESSED, N_("status read from the cell's fill as {colour}")),
        "NC003": (_GUESSED, N_("status read from a symbol as {colour}")),
        "NC004": (
            _KEPT,
            N_("the status is not a colour: the text is kept as the follow-up's note"),
        ),
        "NC005": (
            _SKIPPED,
            N_("the cell is filled with a colour of the workbook's theme: not read as a status"),
        ),
        "NS004": (_READ, N_("the sheet is hidden in the workbook: read as the others are")),
        "NK001": (_GUESSED, N_("causes linked by their numbers: {ids}")),
        "NK002": (_GUESSED, N_("the cause has no number of its own and is numbered {id}")),
        "NK003": (
            _GUESSED,
            N_("cause number {number} is already another cause's: this one is numbered {id}"),
        ),
        "NP001": (
            _GUESSED,
            N_("who: the first line is read as name and role, the others as contact"),
        ),
        "NP002": (_GUESSED, N_("who: a line without a comma is read as a role, not a name")),
        "NT001": (_SKIPPED, N_("page number left out")),
        "NT002": (_SKIPPED, N_("running page header or footer left out")),
        "NT003": (_GUESSED, N_("{count} lines joined into one text")),
        "NT004": (_GUESSED, N_("heading read as goal area {id}")),
        "NT005": (_GUESSED, N_("numbered line read as goal {id}")),
        "NT006": (
            _GUESSED,
            N_("the goal area's period is read from the section heading as {value}"),
        ),
        "NT007": (_GUESSED, N_("heading read as the section {field}")),
    }
)
"""Every note code: what kind of note it is, and its message (``{fields}`` filled in)."""


@attrs.frozen(kw_only=True)
class SourceLocation:
    """Where in the source a note points: sheet and cell, paragraph, page and line."""

    sheet: str | None = None
    table: int | None = None
    cell: str | None = None
    paragraph: int | None = None
    page: int | None = None
    line: int | None = None

    def text(self, locale: str | None = None) -> str:
        """The place in words, in ``locale``: ``Åtgärder!B3``, ``page 2, line 14``.

        A sheet's name is shown as Excel allows one, at most 31 characters, its control
        characters escaped: a workbook may name a sheet at any length, or after a person.
        """
        parts: list[str] = []
        if self.sheet is not None:
            sheet = excerpt(self.sheet, _SHEET_NAME_MAX)
            parts.append(sheet if self.cell is None else f"{sheet}!{self.cell}")
        elif self.table is not None:
            table = gettext(N_("table {n}"), locale=locale).format(n=self.table)
            parts.append(table if self.cell is None else f"{table}!{self.cell}")
        elif self.cell is not None:
            parts.append(self.cell)
        if self.paragraph is not None:
            parts.append(gettext(N_("paragraph {n}"), locale=locale).format(n=self.paragraph))
        if self.page is not None:
            parts.append(gettext(N_("page {n}"), locale=locale).format(n=self.page))
        if self.line is not None:
            parts.append(gettext(N_("line {n}"), locale=locale).format(n=self.line))
        return ", ".join(parts) or gettext(N_("the whole document"), locale=locale)

    def __str__(self) -> str:
        return self.text("en")


_SHEET_NAME_MAX = 31
"""The longest sheet name Excel allows."""

ParamValue = str | int


def _params(value: Mapping[str, ParamValue]) -> Mapping[str, ParamValue]:
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class ReadNote:
    """One thing a reader did: where, what (a stable ``code``), and into which field.

    ``field`` is the path of what was read in the plan (``$.measures[2].deadline``), or
    ``None``. Params never hold more of the source than the note needs: numbers, dates,
    colours, column letters and headers, never a cell's text.
    """

    code: str = attrs.field()
    location: SourceLocation
    field: str | None = None
    params: Mapping[str, ParamValue] = attrs.field(factory=dict, converter=_params, hash=False)

    @code.validator
    def _known(self, _attribute: object, value: str) -> None:
        if value not in MESSAGES:
            raise ModelError(f"unknown note code {value!r}")

    @property
    def kind(self) -> NoteKind:
        """Whether the part was read, guessed, kept or skipped."""
        return MESSAGES[self.code][0]

    def message(self, locale: str | None = None) -> str:
        """What the reader did, in ``locale`` (the context default when ``None``)."""
        params: dict[str, ParamValue] = dict(self.params)
        code = _locale_code(locale)
        if "kind" in params:
            params["kind"] = kind_label(PlanKind(params["kind"]), code)
        if "colour" in params:
            params["colour"] = colour_label(StatusColour(params["colour"]), code)
        if "clue" in params:
            params["clue"] = gettext(str(params["clue"]), locale=locale)
        if "field" not in params:
            params["field"] = self.field or ""
        return gettext(MESSAGES[self.code][1], locale=locale).format(**params)

    def line(self, locale: str | None = None) -> str:
        """The note as one line: code, place and message."""
        return f"{self.code} {self.location.text(locale)}: {self.message(locale)}"


def _locale_code(locale: str | None) -> str:
    return resolve_locale(locale)


@attrs.frozen(kw_only=True)
class ReadResult:
    """A plan read from a document, and the notes that say how."""

    plan: Plan
    notes: tuple[ReadNote, ...]
    source: str
    """What was read: ``"xlsx"``, ``"docx"``, ``"pdf"`` or ``"text"``."""

    def notes_of(self, kind: NoteKind) -> tuple[ReadNote, ...]:
        """The notes of one kind."""
        return tuple(note for note in self.notes if note.kind is kind)


class DocumentError(TiltakError, ValueError):
    """A document that cannot be read as a plan; the message never quotes its content.

    ``reason`` is a stable word (``"not-a-document"``, ``"encrypted"``, ``"too-large"``,
    ``"zip-bomb"``, ``"no-header"``, ``"no-text"``, ``"damaged"``, ``"already-a-plan"``);
    :meth:`message` says it
    in a language.
    """

    reason: str

    def __init__(self, reason: str, message: str, /, **params: object) -> None:
        self.reason = reason
        self.message_id = message
        self.params = params
        super().__init__(message.format(**params))

    def message(self, locale: str | None = None) -> str:
        """The message in ``locale``."""
        return gettext(self.message_id, locale=locale).format(**self.params)
