"""Reading Word documents: tables of measures, and plans written as headings with lists."""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from collections.abc import Iterator
from typing import Any, Final

import attrs

from tiltak._enums import PlanKind
from tiltak._i18n import N_
from tiltak._model import Consent, FollowUpRoutine, Goal, Measure, Plan

from ._guard import Source, check_zip, damaged, read_source
from ._kinds import choose_kind, kind_from_text
from ._labels import fold
from ._notes import DocumentError, MissingExtraError, ReadNote, ReadResult, SourceLocation
from ._table import (
    Cell,
    MeasureTable,
    column_letter,
    distinct_ids,
    find_header,
    match_header,
    period_text,
)
from ._values import dates_in, read_period, read_when, read_who, split_numbered

__all__ = ["SECTIONS", "read_docx"]

SECTIONS: Final = {
    "background": ("bakgrunn", "bakgrund", "background", "bakgrunn for planen",
                   "bakgrunn for tiltaka",
                   "situasjonsbeskrivelse", "nåsituasjon"),
    "purpose": ("formål", "syfte", "hensikt", "purpose", "formålet med planen",
                "syftet med planen"),
    "needs": ("behov", "mine behov", "brukerens behov", "needs", "behov for tjenester",
              "behov for tenester", "behov av insatser"),
    "goals": ("mål", "mine mål", "målsetting", "mål for planen", "goals", "delmål", "hovedmål",
              "mål og delmål", "hovudmål", "målsättning", "mål med insatserna"),
    "measures": ("tiltak", "åtgärder", "åtgärd", "tiltak og tjenester", "tiltak og tenester",
                 "aktiviteter", "measures", "activities", "tjenester og tiltak", "insatser"),
    "responsible": ("ansvarlig", "ansvarleg", "ansvar", "ansvarig", "responsible",
                    "hvem gjør hva", "vem gör vad"),
    "follow_up": ("evaluering", "oppfølging", "oppfølgjing", "uppföljning", "utvärdering",
                  "evaluering og oppfølging", "oppfølging og evaluering", "follow-up",
                  "follow up", "uppföljning och utvärdering"),
    "coordinator": ("koordinator", "samordnare", "coordinator", "ansvarlig koordinator",
                    "fast vårdkontakt"),
    "consent": ("samtykke", "samtycke", "consent"),
    "period": ("periode", "planperiode", "period", "planperiod", "gyldighet", "varighet"),
}  # fmt: skip
"""The headings of a plan written as prose, by section, case-folded."""

_SECTION_OF: Final = {word: section for section, words in SECTIONS.items() for word in words}
_LABEL: Final = re.compile(r"([^:]{2,40}):\s*(.*)", re.DOTALL)
_LISTED: Final = re.compile(r"\$\.measures\[(\d+)\]")
"""The start of a path to a listed measure, counted among the listed ones while reading."""
_NOT: Final = r"(?:ikke|ikkje|inte|ej|icke|not|never|aldri|aldrig)"
_YES_WORDS: Final = (
    r"(?:gitt|gjeve|gjevi|givet|givit|lämnat|lämnats|given|granted|obtained|signed|signert"
    r"|signerad|undertegnet|underteikna|undertecknat|innhentet|innhenta|inhämtat"
    r"|foreligger|ligg\s+føre|finns|samtykker|samtykkjer|samtycker|samtykket|samtykt"
    r"|samtykka|consented|agreed|agrees|ja|yes|godkjent|godkjend|godkänt)"
)
_REFUSED: Final = re.compile(
    rf"\b{_NOT}\s+(?:\w+\s+){{0,2}}?{_YES_WORDS}\b"
    r"|\b(?:nei|nej|refused|declined|withdrawn|avslått|avslege|avvist|nekter"
    r"|nektar|vägrar|avböjt|avböjer|trukket|trekt|återkallat|reservert\s+seg\s+mot)\b",
    re.IGNORECASE,
)
_GIVEN: Final = re.compile(rf"\b{_YES_WORDS}\b", re.IGNORECASE)


def read_consent(text: str) -> bool | None:
    """Whether ``text`` says in so many words that consent is given (or refused).

    ``None`` when it says neither, or both: pending, blank, or unclear.
    """
    refusals = [match.span() for match in _REFUSED.finditer(text)]
    given = any(
        not any(start <= match.start() < end for start, end in refusals)
        for match in _GIVEN.finditer(text)
    )
    if given == bool(refusals):
        return None
    return given


_HEADING_STYLES: Final = ("heading", "overskrift", "rubrik", "title", "tittel", "titel")


def _docx() -> Any:
    try:
        import docx  # noqa: PLC0415 - optional extra, loaded on use
    except ImportError:
        raise MissingExtraError(feature="read_docx", package="python-docx", extra="docx") from None
    return docx


_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAGS: Final = (f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr")


def _paragraph_text(element: Any) -> str:
    """The text of a ``w:p``, runs in content controls, links and insertions included.

    python-docx's ``text`` leaves those out; deleted text is not text.
    """
    parts: list[str] = []
    for node in element.iter(*_TEXT_TAGS):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.getparent() is not None and node.getparent().tag == f"{_W}tabs":
            continue  # a tab stop of the paragraph's style, not a tab
        else:
            parts.append("\t" if node.tag == f"{_W}tab" else "\n")
    return "".join(parts)


def _cell_text(element: Any) -> str:
    """The text of a ``w:tc``, its paragraphs and those of tables nested in it, by line."""
    return "\n".join(_paragraph_text(paragraph) for paragraph in element.iter(f"{_W}p"))


def _blocks(element: Any, parent: Any) -> Any:
    """The paragraphs and tables of the body, those in block content controls too."""
    from docx.table import Table  # noqa: PLC0415 - optional extra, loaded on use
    from docx.text.paragraph import Paragraph  # noqa: PLC0415 - optional extra, loaded on use

    for child in element.iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{_W}tbl":
            yield Table(child, parent)
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if content is not None:
                yield from _blocks(content, parent)


MAX_TABLE_ROWS: Final = 100_000
"""The most rows tiltak reads in all the tables of a Word document, as in a sheet."""
MAX_TABLE_CELLS: Final = 2_000_000
"""The most cells, a cell spanning columns counted once for each, as in a workbook."""


def _grid(table: Any, budget: list[int]) -> Iterator[list[Any]]:
    """Each row of ``table`` as the ``w:tc`` of each grid column, merged cells resolved.

    A cell spanning columns stands in each of them; one that continues a vertical merge is
    the cell above it. Read from the XML in one pass, with the cells counted against
    ``budget`` before they are made: python-docx resolves a vertical merge by walking up
    the table from each cell, which costs quadratic time and then the recursion limit.
    """
    above: list[Any] = []
    for tr in table._tbl.tr_lst:
        budget[0] -= 1
        if budget[0] < 0:
            raise _too_large()
        current: list[Any] = []
        for tc in tr.tc_lst:
            span = max(tc.grid_span, 1)
            budget[1] -= span
            if budget[1] < 0:
                raise _too_large()
            place = len(current)
            if tc.vMerge == "continue" and place < len(above):
                tc = above[place]  # noqa: PLW2901 - the cell the merge continues
            current.extend([tc] * span)
        above = current
        yield current


def _too_large() -> DocumentError:
    return DocumentError(
        "too-large",
        N_(
            "the document's tables have more than {rows} rows or {cells} cells, the most"
            " tiltak reads; a cell spanning columns counts once for each"
        ),
        rows=MAX_TABLE_ROWS,
        cells=MAX_TABLE_CELLS,
    )


def _table_rows(
    table: Any, number: int, notes: list[ReadNote], budget: list[int]
) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    above: list[Any] = []
    for r, current in enumerate(_grid(table, budget), start=1):
        cells: list[Cell] = []
        for c, tc in enumerate(current, start=1):
            merged = c - 1 < len(above) and above[c - 1] is tc
            where = SourceLocation(table=number, cell=f"{column_letter(c)}{r}")
            if merged and not (r > 1 and rows[-1][c - 1].merged):
                notes.append(
                    ReadNote(code="NM001", location=where, params={"range": where.cell or ""})
                )
            cells.append(Cell(value=_cell_text(tc), where=where, merged=merged))
        above = current
        rows.append(cells)
    return rows


def _style_name(paragraph: Any, names: dict[str | None, str]) -> str:
    """The folded name of the paragraph's style, looked up once per style of the document.

    python-docx finds a style by searching every style of the document, for each paragraph.
    """
    style_id = paragraph._p.style
    name = names.get(style_id)
    if name is None:
        name = names[style_id] = fold(getattr(paragraph.style, "name", "") or "")
    return name


def _is_heading(paragraph: Any, names: dict[str | None, str]) -> bool:
    name = _style_name(paragraph, names)
    if name.startswith(_HEADING_STYLES):
        return True
    text = paragraph.text.strip()
    runs = [run for run in paragraph.runs if run.text.strip()]
    return (
        bool(runs) and len(text) < 60 and all(run.bold for run in runs) and not text.endswith(".")
    )


def _is_list(paragraph: Any, names: dict[str | None, str]) -> bool:
    name = _style_name(paragraph, names)
    if "list" in name or "liste" in name:
        return True
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None


class _Builder:
    def __init__(self, notes: list[ReadNote]) -> None:
        self.notes = notes
        self.styles: dict[str | None, str] = {}
        """The folded name of each style met, by its id."""
        self.table = MeasureTable()
        self.fields: dict[str, Any] = {}
        self.texts: dict[str, list[str]] = {}
        self.goals: list[Goal] = []
        self.measures: list[Measure] = []
        self.by_place: list[tuple[int, ReadNote]] = []
        """Each listed measure numbered by its place: its index, and the note saying so."""
        self.goals_by_place: list[tuple[int, ReadNote]] = []
        """Each listed goal numbered by its place: its index, and the note saying so."""
        self.listed_notes: list[int] = []
        """Where in ``notes`` a note about a listed measure is: its path counts listed ones."""
        self.kept: list[str] = []
        self.section: str | None = None
        self.title: str | None = None
        self.responsible: tuple[str, SourceLocation] | None = None
        self.all_text: list[str] = []

    def note(
        self, code: str, where: SourceLocation, field: str | None = None, **params: Any
    ) -> None:
        if field is not None and _LISTED.match(field):
            self.listed_notes.append(len(self.notes))
        self.notes.append(ReadNote(code=code, location=where, field=field, params=params))

    def keep(self, text: str, where: SourceLocation) -> None:
        self.note("NR006", where, f"$.extensions['text'][{len(self.kept)}]")
        self.kept.append(text)

    def paragraph(self, paragraph: Any, where: SourceLocation) -> None:
        text = _paragraph_text(paragraph._p).strip()
        if not text:
            return
        self.all_text.append(text)
        section = _SECTION_OF.get(fold(text))
        if section is not None and (_is_heading(paragraph, self.styles) or len(text) < 40):
            self.section = section
            self.note("NT007", where, f"$.{section}")
            return
        label = _LABEL.fullmatch(text)
        if (
            label is not None
            and self.section == "measures"
            and self.measures
            and match_header(label.group(1))[0] in ("who", "when")
        ):
            self.after_item("measures", text, where)
            return
        if label is not None and fold(label.group(1)) in _SECTION_OF:
            inline = _SECTION_OF[fold(label.group(1))]
            if label.group(2).strip():
                self.add(inline, label.group(2).strip(), where, listed=False)
            else:
                self.section = inline
                self.note("NT007", where, f"$.{inline}")
            return
        if _is_heading(paragraph, self.styles):
            if self.title is None and not self.goals and not self.measures and not self.texts:
                self.title = text
                self.note("NR001", where, "$.title")
            else:
                self.section = None
                self.keep(text, where)
            return
        if self.section is None:
            self.keep(text, where)
            return
        self.add(self.section, text, where, listed=_is_list(paragraph, self.styles))

    def add(self, section: str, text: str, where: SourceLocation, *, listed: bool) -> None:
        if section in ("goals", "measures"):
            number, rest = split_numbered(text)
            items: list[Any] = self.goals if section == "goals" else self.measures
            if not listed and number is None and items:
                self.after_item(section, text, where)
                return
            path = f"$.{section}[{len(items)}]"
            if number is None or rest is None:
                number = str(len(items) + 1)
                rest = text
                self.note(
                    "NR005" if section == "measures" else "NR012", where, f"{path}.id", id=number
                )
                placed = self.by_place if section == "measures" else self.goals_by_place
                placed.append((len(items), self.notes[-1]))
            if section == "goals":
                self.goals.append(Goal(id=number, text=rest))
                self.note("NR001", where, f"{path}.text")
            else:
                self.measures.append(Measure(id=number, title=rest))
                self.note("NR001", where, f"{path}.title")
            return
        if section == "responsible":
            self.responsible = (text, where)
            return
        self.texts.setdefault(section, []).append(text)
        self.note("NR001", where, f"$.{section}")
        self.places.setdefault(section, where)

    places: dict[str, SourceLocation]

    def after_item(self, section: str, text: str, where: SourceLocation) -> None:
        """A plain paragraph under a goal or measure: its who or when, or more of its text."""
        label = _LABEL.fullmatch(text)
        if section == "measures" and label is not None:
            field, _ = match_header(label.group(1))
            value = label.group(2).strip()
            index = len(self.measures) - 1
            path = f"$.measures[{index}]"
            last = self.measures[-1]
            if field == "who" and value:
                person, _code = read_who(value)
                self.measures[-1] = _evolve(last, responsible=person)
                self.note("NP001", where, f"{path}.responsible")
                return
            if field == "when" and value:
                deadline, period, code = read_when(value)
                if deadline is not None or period is not None:
                    self.measures[-1] = _evolve(last, deadline=deadline, period=period)
                    if deadline is not None:
                        shown, target = deadline.isoformat(), f"{path}.deadline"
                    else:
                        shown, target = period_text(period), f"{path}.period"
                    self.note(code or "NR001", where, target, value=shown)
                    return
        if section == "goals":
            last_goal = self.goals[-1]
            self.goals[-1] = _evolve(last_goal, text=f"{last_goal.text}\n{text}")
            self.note("NR001", where, f"$.goals[{len(self.goals) - 1}].text")
            return
        last_measure = self.measures[-1]
        description = (
            text if last_measure.description is None else f"{last_measure.description}\n{text}"
        )
        self.measures[-1] = _evolve(last_measure, description=description)
        self.note("NR001", where, f"$.measures[{len(self.measures) - 1}].description")

    def distinct(self, measures: list[Measure]) -> None:
        """Renumber what was numbered by place onto a number of its own, and place the notes.

        ``measures`` are the table's and then the listed ones, as the plan holds them: the
        listed measures' notes move past the table's, whatever came first in the document.
        """
        offset = len(self.table.measures)
        placed = [*self.table.by_place, *((offset + i, note) for i, note in self.by_place)]
        distinct_ids(measures, placed, self.notes)
        distinct_ids(self.goals, self.goals_by_place, self.notes)
        if not offset:
            return
        for at in self.listed_notes:
            note = self.notes[at]
            assert note.field is not None
            moved = _LISTED.sub(lambda m: f"$.measures[{int(m[1]) + offset}]", note.field)
            self.notes[at] = attrs.evolve(note, field=moved)

    def finish(self) -> None:
        for section in ("background", "purpose", "needs"):
            if section in self.texts:
                self.fields[section] = "\n\n".join(self.texts[section])
        if "follow_up" in self.texts:
            method = "\n\n".join(self.texts["follow_up"])
            dates = dates_in(method)
            self.fields["follow_up"] = FollowUpRoutine(method=method, dates=dates)
            if dates:
                shown = ", ".join(date.isoformat() for date in dates)
                self.note("ND001", self.places["follow_up"], "$.follow_up.dates", value=shown)
        if "coordinator" in self.texts:
            person, _code = read_who("\n".join(self.texts["coordinator"]))
            self.fields["coordinator"] = person
            self.note("NP001", self.places["coordinator"], "$.coordinator")
        if "period" in self.texts:
            text = " ".join(self.texts["period"])
            period = read_period(text)
            if period is not None:
                self.fields["period"] = period
            else:
                self.fields.setdefault("extensions", {})["period"] = text
                self.note("ND004", self.places["period"], "$.extensions['period']")
        if "consent" in self.texts:
            text = " ".join(self.texts["consent"])
            given = read_consent(text)
            if given is None:
                self.fields.setdefault("extensions", {})["consent"] = text
                self.note("NR011", self.places["consent"], "$.extensions['consent']")
            else:
                date = _first_date(text)
                self.fields["consent"] = Consent(given=given, date=date)
                self.note("NR008" if given else "NR010", self.places["consent"], "$.consent")
        measures = self.table.measures + self.measures
        self.distinct(measures)
        if self.responsible is not None:
            person, _code = read_who(self.responsible[0])
            measures = [m if m.responsible else _evolve(m, responsible=person) for m in measures]
            self.note("NR007", self.responsible[1], "$.measures[*].responsible")
        self.fields["measures"] = measures
        self.fields["goals"] = self.goals
        self.fields["causes"] = self.table.plan_causes()
        if self.title is not None:
            self.fields["title"] = self.title
        extensions = self.fields.setdefault("extensions", {})
        if self.kept:
            extensions["text"] = self.kept
        if self.table.leftover:
            extensions["rows"] = self.table.leftover


def _first_date(text: str) -> dt.date | None:
    for value in dates_in(text):
        if value.day is not None:
            return value.first_day
    return None


def _evolve(value: Any, **changes: Any) -> Any:
    return attrs.evolve(value, **changes)


def read_docx(source: Source, *, kind: PlanKind | str | None = None) -> ReadResult:
    """Read a plan from a Word document (needs the ``docx`` extra).

    Tables whose header row names Brå's columns are read as measures, as in
    :func:`read_xlsx`. Paragraphs are read by the headings above them (Bakgrunn, Mål,
    Tiltak, Ansvarlig, Evaluering/Oppfølging, Koordinator, Samtykke, Periode, and their sv
    and en words), numbered or bulleted ones as goals and measures; ``Ansvarlig: …`` or
    ``Frist: …`` under a measure is its who or when. ``kind`` overrides the kind the
    document names (by its title, then its text; an action plan if neither names one).
    """
    docx = _docx()
    data = read_source(source)
    check_zip(data, "docx").close()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = docx.Document(io.BytesIO(data))
            blocks = list(_blocks(document.element.body, document._body))
    except Exception:  # python-docx raises anything from KeyError to XML errors
        raise damaged("docx") from None
    notes: list[ReadNote] = []
    builder = _Builder(notes)
    builder.places = {}
    paragraph_number = 0
    table_number = 0
    budget = [MAX_TABLE_ROWS, MAX_TABLE_CELLS]
    for block in blocks:
        if hasattr(block, "rows"):
            table_number += 1
            rows = _table_rows(block, table_number, notes, budget)
            header = find_header(rows)
            if header is not None:
                builder.table.read(rows, *header)
                notes.extend(builder.table.notes)
                builder.table.notes.clear()
                continue
            for row in rows:
                texts = [str(cell.value).strip() for cell in row]
                unique = list(dict.fromkeys(t for t in texts if t))
                if not unique:
                    continue
                builder.all_text.extend(unique)
                section = _SECTION_OF.get(fold(unique[0]))
                if section is not None and len(unique) >= 2:
                    builder.add(section, "\n".join(unique[1:]), row[0].where, listed=False)
                else:
                    builder.keep("\t".join(unique), row[0].where)
            continue
        paragraph_number += 1
        builder.paragraph(block, SourceLocation(paragraph=paragraph_number))
    builder.finish()
    fields = builder.fields
    guessed = kind_from_text(builder.title, "\n".join(builder.all_text))
    fields["kind"] = choose_kind(kind, None, guessed, notes)
    if not fields.get("extensions"):
        fields.pop("extensions", None)
    return ReadResult(plan=Plan(**fields), notes=tuple(notes), source="docx")
