"""Reading numbered plan texts: goal areas from their headings, goals from numbered lines.

The text is read line by line. A goal starts at a line like ``TT. mål 1.2``, ``Avd. mål
1.2``, ``Mål 2:`` (or, when a text has none of those, ``2.1 …``) and runs to the next blank
line or the next goal; its lines are joined back into one text. A goal area is named by
``Målområde 3: …`` lines and by the heading above the list of its goals. Everything else
is kept, paragraph by paragraph, in the plan's ``extensions["text"]``.
"""

# ruff: noqa: RUF001 - en dashes, as people write them

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any, Final

import attrs

from tiltak._enums import PlanKind
from tiltak._i18n import N_
from tiltak._model import Goal, GoalArea, Plan
from tiltak._time._dates import Period

from ._guard import Source, read_source, sniff
from ._kinds import choose_kind, kind_from_text
from ._notes import DocumentError, ReadNote, ReadResult, SourceLocation

__all__ = ["Line", "decode", "read_lines", "read_text"]

_GOAL: Final = re.compile(
    r"(?:(?P<level>[A-ZÆØÅÄÖ][A-Za-zÆØÅæøåÄÖäö]{0,9})\.\s*|(?P<caps>[A-ZÆØÅÄÖ]{2,6})\s+)?"
    r"(?:mål|delmål|goal|målsetting|målsättning)\s+(?P<num>\d+(?:\.\d+)*)\.?\s*[:.–-]?\s*"
    r"(?P<rest>.*)",
    re.IGNORECASE,
)
_BARE: Final = re.compile(r"(?P<num>\d+\.\d+)\.?\s+(?P<rest>\S.*)")
_AREA: Final = re.compile(
    r"(?:målområde|målområdet|målområden|goal area|innsatsområde|fokusområde|satsingsområde)"
    r"\s+(?P<num>\d+)\s*(?P<sep>[:.–-])?\s*(?P<rest>.*)",
    re.IGNORECASE,
)
_LIST_WORDS: Final = ("konkretisering", "konkretisering:", "mål", "goals", "tiltak", "delmål")
_YEARS: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)\d{2})(?!\d)")
_SECTION_NUMBER: Final = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
_PAGE_NUMBER: Final = re.compile(
    r"(?:(?:side|sida|sidan|page|s\.)\s*)?\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4})?", re.IGNORECASE
)
_PAGE_WORDS: Final = re.compile(
    r"(?:side|sida|sidan|page)\s*\d{1,4}(?:\s*(?:av|of)\s*\d{1,4})?", re.IGNORECASE
)
_MAX_HEADING_WORDS: Final = 9
MAX_CHARS: Final = 5_000_000
"""The longest text read, in characters."""


@attrs.frozen
class Line:
    """A line of the source, where it is, and whether a new paragraph starts with it."""

    text: str
    page: int | None
    """The page the line is on (``None`` for a text without pages)."""
    number: int
    """The line's number on its page, from 1 (0 for none: the line closing the text)."""
    indented: bool

    @property
    def where(self) -> SourceLocation:
        """Where the line is, for a note (made when a note needs it, not for every line)."""
        return SourceLocation(page=self.page, line=self.number or None)


def decode(data: bytes) -> str:
    """``data`` as text: UTF-8 (with or without a BOM), UTF-16 with a BOM, else cp1252."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(
            "not-a-document", N_("the file is not text, a PDF or a known document")
        )
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(text.strip()))


def _at(page: int | None, index: int) -> SourceLocation:
    return SourceLocation(page=page, line=index + 1)


def read_lines(pages: Sequence[str], notes: list[ReadNote]) -> list[Line]:
    """The lines of ``pages``, without page numbers and running headers and footers."""
    split = [page.split("\n") for page in pages]
    paged = len(split) > 1
    running: set[str] = set()
    if paged:
        edges: Counter[str] = Counter()
        for lines in split:
            texts = [line.strip() for line in lines if line.strip()]
            for text in {*texts[:1], *texts[-1:]}:
                if not _GOAL.match(text) and not _AREA.match(text):
                    edges[re.sub(r"\d+", "#", text)] += 1
        running = {text for text, count in edges.items() if count >= max(3, len(split) // 2)}
    result: list[Line] = []
    for page_number, lines in enumerate(split, start=1):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        edge = {*filled[:1], *filled[-1:]}
        kept: list[Line] = []
        for index, raw in enumerate(lines):
            if kept and not kept[-1].text and (not raw or raw.isspace()):
                continue  # a run of blank lines breaks a paragraph as one does
            page = page_number if paged else None
            text = raw.rstrip()
            stripped = text.strip()
            if stripped and paged and index in edge:
                if _is_page_number(stripped):
                    notes.append(ReadNote(code="NT001", location=_at(page, index)))
                    continue
                if re.sub(r"\d+", "#", stripped) in running:
                    notes.append(ReadNote(code="NT002", location=_at(page, index)))
                    continue
            if stripped and _PAGE_WORDS.fullmatch(stripped):
                notes.append(ReadNote(code="NT001", location=_at(page, index)))
                continue
            # A new page starts a paragraph unless its first line goes on with a sentence.
            first_on_page = paged and bool(stripped) and not any(line.text for line in kept)
            indented = (first_on_page and not stripped[:1].islower()) or (
                bool(text) and text[0].isspace()
            )
            kept.append(Line(text=stripped, page=page, number=index + 1, indented=indented))
        if paged:  # the blank space above and below a page's text is not a paragraph break
            while kept and not kept[-1].text:
                kept.pop()
            while kept and not kept[0].text:
                kept.pop(0)
        result.extend(kept)
    return result


def _heading_text(line: Line, before: Line | None, after: Line | None) -> str | None:
    """The line's text if it stands as a heading: short, no final stop, set apart."""
    text = _SECTION_NUMBER.sub("", line.text).strip()
    if not text or text[-1] in ".,;:" or not text[0].isupper():
        return None
    if len(text.split()) > _MAX_HEADING_WORDS:
        return None
    set_apart = before is None or not before.text or line.indented
    if not set_apart or (after is not None and after.text and not after.indented):
        return None
    return text


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


@attrs.define
class _Area:
    number: str
    section_title: str | None = None
    caps_title: str | None = None
    purpose: str | None = None
    period: Period | None = None


@attrs.define
class _Reader:
    lines: list[Line]
    notes: list[ReadNote]
    areas: dict[str, _Area] = attrs.field(factory=dict)
    goals: list[Goal] = attrs.field(factory=list)
    kept: list[str] = attrs.field(factory=list)
    used: set[int] = attrs.field(factory=set)
    last_heading: str | None = None
    section_period: Period | None = None
    bare_goals: bool = False

    def note(
        self, code: str, where: SourceLocation, field: str | None = None, **params: Any
    ) -> None:
        self.notes.append(ReadNote(code=code, location=where, field=field, params=params))

    def area(self, number: str) -> _Area:
        return self.areas.setdefault(number, _Area(number=number))

    def run(self) -> None:
        self.bare_goals = not any(_goal_match(line.text, False) for line in self.lines)
        index = 0
        while index < len(self.lines):
            index = self.step(index)
        self.keep_rest()

    def step(self, index: int) -> int:
        line = self.lines[index]
        if not line.text:
            return index + 1
        goal = _goal_match(line.text, self.bare_goals)
        if goal is not None:
            return self.read_goal(index, goal)
        area = _AREA.match(line.text)
        if area is not None:
            return self.read_area(index, area)
        before = self.lines[index - 1] if index else None
        after = self.lines[index + 1] if index + 1 < len(self.lines) else None
        heading = _heading_text(line, before, after)
        if heading is not None:
            self.last_heading = heading
            years = _YEARS.search(heading)
            if years is not None:
                self.section_period = Period(start=years.group(1), end=years.group(2))
        return index + 1

    def read_area(self, index: int, match: re.Match[str]) -> int:
        line = self.lines[index]
        number, sep, rest = match.group("num"), match.group("sep"), match.group("rest").strip()
        if not sep and (not rest or rest.casefold().rstrip(":") in _LIST_WORDS):
            area = self.area(number)
            self.used.add(index)
            if area.section_title is None and self.last_heading is not None:
                area.section_title = self.last_heading
                self.note("NT004", line.where, f"$.goal_areas[#{number}].title", id=number)
            else:
                self.note("NT007", line.where, f"$.goal_areas[#{number}]")
            self.last_heading = None
            return index + 1
        if not sep and rest[:1].islower():
            return index + 1  # prose that begins with the area's name
        area = self.area(number)
        self.used.add(index)
        if rest.isupper():
            if area.caps_title is None:
                area.caps_title = _sentence_case(rest)
            self.note("NT004", line.where, f"$.goal_areas[#{number}].title", id=number)
            return index + 1
        if sep:
            parts, end = self.continuation(index + 1, [rest], lowercase_only=True)
            if area.purpose is None:
                area.purpose = " ".join(parts)
            self.note("NR001", line.where, f"$.goal_areas[#{number}].purpose")
            if len(parts) > 1:
                self.note(
                    "NT003", line.where, f"$.goal_areas[#{number}].purpose", count=len(parts)
                )
            return end
        if area.section_title is None:
            area.section_title = rest
        self.note("NT004", line.where, f"$.goal_areas[#{number}].title", id=number)
        return index + 1

    def continuation(
        self, start: int, parts: list[str], *, lowercase_only: bool
    ) -> tuple[list[str], int]:
        index = start
        while index < len(self.lines):
            line = self.lines[index]
            if not line.text:
                if lowercase_only or not parts:
                    index += 1
                    continue
                break
            if _goal_match(line.text, self.bare_goals) or _AREA.match(line.text):
                break
            if lowercase_only and not line.text[:1].islower():
                break
            if not lowercase_only and parts and line.indented:
                break
            parts.append(line.text)
            self.used.add(index)
            index += 1
        # Do not swallow the blank lines before what comes next.
        while index > start and not self.lines[index - 1].text:
            index -= 1
        return [part for part in parts if part], index

    def read_goal(self, index: int, match: re.Match[str]) -> int:
        line = self.lines[index]
        self.used.add(index)
        groups = match.groupdict()
        level = groups.get("level") or groups.get("caps")
        number = match.group("num")
        rest = match.group("rest").strip()
        parts, end = self.continuation(index + 1, [rest] if rest else [], lowercase_only=False)
        text = " ".join(" ".join(parts).split()) or None
        goal_id = f"{level}-{number}" if level else number
        area = number.partition(".")[0] if "." in number else None
        path = f"$.goals[{len(self.goals)}]"
        self.note("NT005" if self.bare_goals else "NR001", line.where, f"{path}.text", id=goal_id)
        if len(parts) > 1:
            self.note("NT003", line.where, f"{path}.text", count=len(parts))
        if area is not None:
            record = self.area(area)
            if record.period is None and self.section_period is not None:
                record.period = self.section_period
                self.note(
                    "NT006",
                    line.where,
                    f"$.goal_areas[#{area}].period",
                    value=_period_text(self.section_period),
                )
        self.goals.append(Goal(id=goal_id, text=text, area=area, level=level))
        return end

    def keep_rest(self) -> None:
        paragraph: list[str] = []
        first: SourceLocation | None = None
        for index, line in enumerate([*self.lines, Line("", None, 0, False)]):
            starts = line.indented and paragraph
            if not line.text or index in self.used or starts:
                if paragraph and first is not None:
                    self.note("NR006", first, f"$.extensions['text'][{len(self.kept)}]")
                    self.kept.append(" ".join(paragraph))
                paragraph, first = [], None
                if not line.text or index in self.used:
                    continue
            if not paragraph:
                first = line.where
            paragraph.append(line.text)


def _goal_match(text: str, bare: bool) -> re.Match[str] | None:
    match = _GOAL.match(text)
    if match is not None:
        return match
    return _BARE.fullmatch(text) if bare else None


def _period_text(period: Period) -> str:
    start = "…" if period.start is None else period.start.isoformat()
    end = "…" if period.end is None else period.end.isoformat()
    return f"{start}/{end}"


def _plan_period(lines: Sequence[Line], title: str | None, notes: list[ReadNote]) -> Period | None:
    found = _YEARS.search(title or "")
    where = SourceLocation()
    if found is None:
        counts: Counter[tuple[str, str]] = Counter()
        places: dict[tuple[str, str], SourceLocation] = {}
        for line in lines:
            for match in _YEARS.finditer(line.text):
                key = (match.group(1), match.group(2))
                counts[key] += 1
                places.setdefault(key, line.where)
        if not counts:
            return None
        (start, end), _count = counts.most_common(1)[0]
        where = places[(start, end)]
    else:
        start, end = found.group(1), found.group(2)
    period = Period(start=start, end=end)
    notes.append(
        ReadNote(
            code="ND005", location=where, field="$.period", params={"value": _period_text(period)}
        )
    )
    return period


def plan_from_lines(
    lines: list[Line], notes: list[ReadNote], kind: PlanKind | str | None, source: str
) -> ReadResult:
    """The plan a numbered text holds (shared by :func:`read_text` and :func:`read_pdf`)."""
    first = next((line for line in lines if line.text), None)
    title = None
    if first is not None and kind_from_text(first.text, "")[0] is not None:
        title = first.text
    reader = _Reader(lines=lines, notes=notes)
    if title is not None and first is not None:
        reader.used.add(lines.index(first))
        notes.append(ReadNote(code="NR001", location=first.where, field="$.title"))
    reader.run()
    areas = []
    for number in sorted(reader.areas, key=_number_key):
        area = reader.areas[number]
        title_text = area.section_title or area.caps_title
        areas.append(
            GoalArea(id=number, title=title_text, purpose=area.purpose, period=area.period)
        )
    order = {area.id: index for index, area in enumerate(areas)}

    def fix(note: ReadNote) -> ReadNote:
        if note.field is None or "[#" not in note.field:
            return note
        field = re.sub(r"\[#([^\]]+)\]", lambda m: f"[{order[m.group(1)]}]", note.field)
        return attrs.evolve(note, field=field)

    notes[:] = [fix(note) for note in notes]
    text = "\n".join(line.text for line in lines)
    chosen = choose_kind(
        kind, None, kind_from_text(title, text), notes, default=PlanKind.OPERATIONAL_PLAN
    )
    extensions: dict[str, Any] = {"text": reader.kept} if reader.kept else {}
    plan = Plan(
        kind=chosen,
        title=title,
        period=_plan_period(lines, title, notes),
        goal_areas=areas,
        goals=reader.goals,
        extensions=extensions,
    )
    return ReadResult(plan=plan, notes=tuple(notes), source=source)


def _number_key(number: str) -> tuple[int, str]:
    return (int(number), number) if number.isdigit() else (10**9, number)


def read_text(source: Source | str, *, kind: PlanKind | str | None = None) -> ReadResult:
    """Read a plan from plain text: numbered goal areas and goals, like a virksomhetsplan.

    ``source`` is the text itself (a ``str``), or a :class:`~pathlib.Path`, bytes or a
    binary file holding it
    (UTF-8, UTF-16 with a BOM, or Windows-1252). Form feeds separate pages; page numbers and
    lines that repeat at the top or bottom of most pages are left out. ``kind`` overrides
    the kind the text is taken to be (by the words it uses; an operational plan if none).
    """
    if isinstance(source, str):
        text = source
    else:
        data = read_source(source)
        if sniff(data) != "other":
            raise DocumentError("not-a-document", N_("the file is not plain text"))
        text = decode(data)
    if len(text) > MAX_CHARS:
        raise DocumentError(
            "too-large",
            N_("the text is longer than {limit} characters, the most tiltak reads"),
            limit=MAX_CHARS,
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    notes: list[ReadNote] = []
    lines = read_lines(text.split("\f"), notes)
    return plan_from_lines(lines, notes, kind, "text")
