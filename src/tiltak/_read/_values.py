"""Reading one value as people write it: dates, periods, weeks, seasons, colours, causes, who.

Each reader returns the value and the code of the note it calls for (``None`` when the
value was read as it stood).
"""

# ruff: noqa: RUF001, RUF002 - en dashes, as people write them

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Final

from tiltak._enums import StatusColour
from tiltak._errors import DateParseError, ModelError
from tiltak._model import Responsible
from tiltak._time._dates import PartialDate, Period
from tiltak._time._parse import parse_date

from ._labels import colour_words, fold

__all__ = [
    "When",
    "dates_in",
    "fill_colour",
    "is_number",
    "read_causes",
    "read_colour",
    "read_date",
    "read_period",
    "read_when",
    "read_who",
    "split_numbered",
]

_WEEK: Final = re.compile(
    r"(?:v|u|uke|veke|vecka|week|wk)\.?\s*(\d{1,2})\s*[,/-]?\s*(\d{4})", re.IGNORECASE
)
_SEASONS: Final = {
    # Spring and autumn as the two halves of the year, summer as June to August.
    "våren": (1, 6), "vår": (1, 6), "våre": (1, 6), "spring": (1, 6),
    "høsten": (7, 12), "høst": (7, 12), "hausten": (7, 12), "haust": (7, 12),
    "hösten": (7, 12), "höst": (7, 12), "autumn": (7, 12), "fall": (7, 12),
    "sommeren": (6, 8), "sommer": (6, 8), "sommaren": (6, 8), "sommar": (6, 8),
    "summer": (6, 8),
}  # fmt: skip
_SEASON: Final = re.compile(r"([^\W\d_]+)\s+(\d{4})")
_PART_OF_YEAR: Final = re.compile(
    r"(?:([1-4])\.?\s*(tertial|kvartal|quarter)|(tertial|kvartal|quarter)\s*([1-4])"
    r"|([TQ])([1-4]))\.?\s+(\d{4})",
    re.IGNORECASE,
)
"""A tertial or a quarter of a year: ``1. tertial 2024``, ``kvartal 3 2024``, ``Q2 2024``."""
_PART_MONTHS: Final = {"tertial": 4, "t": 4, "kvartal": 3, "quarter": 3, "q": 3}
_BY: Final = re.compile(
    r"(?:innen|innan|før|före|by|before)\s+(?:utgangen|utgongen|utgången|slutten|slutet|the\s+end)"
    r"\s+(?:av|of)\s+"
    r"|(?:i|ved)\s+(?:utgangen|utgongen|utgången|slutten|slutet)\s+(?:av)\s+"
    r"|i\s+løpet\s+av\s+|klart\s+senast\s+|senast\s+|senest\s+|seinast\s+|innen\s+|innan\s+"
    r"|no\s+later\s+than\s+|by\s+",
    re.IGNORECASE,
)
"""The words before a deadline that say "by" it: *innen*, *senest*, *klart senast*, *innen
utgangen av*. A month or a year is due at its end, so "by the end of March" is March."""
_RANGE: Final = re.compile(r"\s*(?:–|—|-|\bto\b|\btil\b|\btill\b)\s*")
_YEARS: Final = re.compile(r"(?<!\d)(\d{4})\s*[–—-]\s*(\d{4})(?!\d)")
_OPEN: Final = "…"
_SEPARATED: Final = re.compile(r"\s[–—-]\s|\d[–—-]\d|\s(?:til|till|to)\s")
_ANY_YEAR: Final = re.compile(r"(?<!\d)\d{4}(?!\d)")
_ENGLISH_SEPT: Final = re.compile(r"\bSept\b", re.IGNORECASE)

When = tuple[PartialDate | None, Period | None, str | None]
"""A deadline or a period, and the note code for how it was read (``None``: as it stood)."""


_NUMERIC_DATE: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DATE: Final = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WORD_DATE: Final = re.compile(r"(?:(\d{1,2})\.?\s+)?([^\W\d_]{3,12})\.?,?\s+(\d{4})")
_MONTHS: dict[str, int] = {}
"""Month names and abbreviations in nb, nn, sv and en, lower-case; filled on first use."""


def _month_names() -> dict[str, int]:
    if not _MONTHS:
        from babel import Locale  # noqa: PLC0415 - keeps import tiltak light

        for code in ("nb", "nn", "sv", "en"):
            data = Locale.parse(code)
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for month in range(1, 13):
                        _MONTHS[data.months[context][width][month].lower().rstrip(".")] = month
        _MONTHS["sept"] = 9  # Babel's English abbreviation, which dateutil does not know
    return _MONTHS


def _plain_date(text: str) -> PartialDate | None:
    """The forms tiltak itself writes and people write most, read without dateutil."""
    parts: tuple[str | None, ...] | None = None
    match = _NUMERIC_DATE.fullmatch(text)
    if match is not None:
        parts = (match.group(3), match.group(2), match.group(1))
    elif (match := _ISO_DATE.fullmatch(text)) is not None:
        parts = match.groups()
    elif (match := _WORD_DATE.fullmatch(text)) is not None:
        month = _month_names().get(match.group(2).lower())
        if month is None:
            return None
        parts = (match.group(3), str(month), match.group(1))
    if parts is None:
        return None
    year, month_text, day = parts
    try:
        return PartialDate(
            year=int(year or 0),
            month=None if month_text is None else int(month_text),
            day=None if day is None else int(day),
        )
    except ModelError:
        return None


@lru_cache(maxsize=4096)
def read_date(text: str) -> PartialDate | None:
    """A date, a month or a year written in words or numbers; ``None`` if it is not one.

    The common forms are read directly; the rest by :func:`tiltak.i18n.parse_date`.
    """
    stripped = text.strip()
    plain = _plain_date(stripped)
    if plain is not None:
        return plain
    cleaned = _ENGLISH_SEPT.sub("Sep", stripped)  # Babel's English "Sept" abbreviation
    try:
        value = parse_date(cleaned)
    except (DateParseError, ModelError, ValueError, OverflowError):
        return None
    return value if isinstance(value, PartialDate) else PartialDate.from_date(value)


_DATE_IN_TEXT: Final = re.compile(
    r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}(?:-\d{2})?|(?:\d{1,2}\.?\s+)?[^\W\d_]{3,10}\.?\s+\d{4}"
)


def dates_in(text: str) -> list[PartialDate]:
    """The dates written in a running text (``i juni 2026``, ``01.02.2024``), in order."""
    found: list[PartialDate] = []
    for match in _DATE_IN_TEXT.finditer(text):
        value = read_date(match.group(0))
        if value is not None and value not in found:
            found.append(value)
    return found


def _week(text: str) -> PartialDate | None:
    match = _WEEK.fullmatch(text.strip())
    if match is None:
        return None
    week, year = int(match.group(1)), int(match.group(2))
    try:
        return PartialDate.from_date(dt.date.fromisocalendar(year, week, 7))
    except ValueError:
        return None


def _season(text: str) -> Period | None:
    match = _SEASON.fullmatch(text.strip())
    if match is None:
        return None
    months = _SEASONS.get(match.group(1).casefold())
    if months is None:
        return None
    year = int(match.group(2))
    return Period(
        start=PartialDate(year=year, month=months[0]), end=PartialDate(year=year, month=months[1])
    )


def _part_of_year(text: str) -> Period | None:
    """The months of a tertial or a quarter: ``2. tertial 2024`` is May to August 2024."""
    match = _PART_OF_YEAR.fullmatch(text.strip())
    if match is None:
        return None
    number, word, word_first, number_after, letter, letter_number, year = match.groups()
    months = _PART_MONTHS[(word or word_first or letter).casefold()]
    index = int(number or number_after or letter_number)
    if index > 12 // months:
        return None
    last = index * months
    return Period(
        start=PartialDate(year=int(year), month=last - months + 1),
        end=PartialDate(year=int(year), month=last),
    )


def read_period(text: str) -> Period | None:
    """``2019–2023``, ``1. mars 2024 – 31. des. 2024``, ``mars–april 2024``, ``… – 2025``.

    ``None`` when the text is none of these. A start without a year has the end's.
    """
    stripped = text.strip()
    years = _YEARS.fullmatch(stripped)
    if years is not None:
        return Period(start=years.group(1), end=years.group(2))
    for separator in (" – ", " — ", " - ", "–", " til ", " till ", " to ", "-"):
        if separator in stripped:
            left, _, right = stripped.partition(separator)
            year = _ANY_YEAR.search(right)
            if year is not None and _ANY_YEAR.search(left) is None and left.strip() != _OPEN:
                left = f"{left.strip().rstrip('.')} {year.group()}"  # "mars-april 2024"
            start = None if left.strip() in ("", _OPEN) else read_date(left)
            end = None if right.strip() in ("", _OPEN) else read_date(right)
            if (start is None and left.strip() not in ("", _OPEN)) or (
                end is None and right.strip() not in ("", _OPEN)
            ):
                continue
            if start is None and end is None:
                return None
            return Period(start=start, end=end)
    return None


def read_when(value: object, number_format: str | None = None) -> When:
    """A *when* cell: a date cell, a date, week, season or period in text."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day = PartialDate.from_date(value)
        fmt = (number_format or "").lower()
        if "d" not in fmt and "m" in fmt and "y" in fmt:
            return PartialDate(year=value.year, month=value.month), None, None
        if fmt in ("yyyy", "yy", "y", '"yyyy"'):
            return PartialDate(year=value.year), None, None
        return day, None, None
    if isinstance(value, int) and 1000 <= value <= 9999:
        return PartialDate(year=value), None, "ND001"
    if not isinstance(value, str) or not value.strip():
        return None, None, None
    return _read_when_text(value.strip())


@lru_cache(maxsize=4096)
def _read_when_text(text: str) -> When:
    if not _ANY_YEAR.search(text):
        return None, None, "ND004"  # every date and period tiltak reads has a year
    by = _BY.match(text)
    if by is not None:
        text = text[by.end() :]
    part = _part_of_year(text)
    if part is not None:
        return None, part, "ND006"
    week = _week(text)
    if week is not None:
        return week, None, "ND002"
    season = _season(text)
    if season is not None:
        return None, season, "ND003"
    if _SEPARATED.search(text):  # a range: no need to try it as one date first
        period = read_period(text)
        if period is not None:
            return None, period, "ND001"
    date = read_date(text)
    if date is not None:
        return date, None, "ND001"
    period = read_period(text)
    if period is not None:
        return None, period, "ND001"
    return None, None, "ND004"


_SYMBOLS: Final = {
    "🟢": StatusColour.GREEN, "✅": StatusColour.GREEN, "✔": StatusColour.GREEN,
    "✓": StatusColour.GREEN, "☑": StatusColour.GREEN, "●g": StatusColour.GREEN,
    "🟡": StatusColour.YELLOW, "⚠": StatusColour.YELLOW, "⚠️": StatusColour.YELLOW,
    "🟠": StatusColour.YELLOW, "◐": StatusColour.YELLOW,
    "🔴": StatusColour.RED, "❌": StatusColour.RED, "✖": StatusColour.RED,
    "✗": StatusColour.RED, "✘": StatusColour.RED, "⛔": StatusColour.RED,
}  # fmt: skip
_COLOUR_VARIANTS: Final = {
    "grön": StatusColour.GREEN, "grønn": StatusColour.GREEN, "grøn": StatusColour.GREEN,
    "green": StatusColour.GREEN, "grönt": StatusColour.GREEN, "grønt": StatusColour.GREEN,
    "gul": StatusColour.YELLOW, "gult": StatusColour.YELLOW, "yellow": StatusColour.YELLOW,
    "amber": StatusColour.YELLOW, "orange": StatusColour.YELLOW,
    "röd": StatusColour.RED, "rött": StatusColour.RED, "rød": StatusColour.RED,
    "rødt": StatusColour.RED, "raud": StatusColour.RED, "raudt": StatusColour.RED,
    "red": StatusColour.RED,
}  # fmt: skip


def read_colour(text: str) -> tuple[StatusColour | None, str | None]:
    """A colour written as a word (any of the four languages) or a symbol, and the note code.

    The word read is the whole cell, or its first word when a note follows it.
    """
    stripped = text.strip()
    if not stripped:
        return None, None
    words = colour_words()
    folded = fold(stripped)
    if folded in words:
        return words[folded], None
    if stripped in _SYMBOLS:
        return _SYMBOLS[stripped], "NC003"
    if stripped[:1] in _SYMBOLS:
        return _SYMBOLS[stripped[:1]], "NC003"
    first = re.split(r"[\s,.:;/()-]+", folded, maxsplit=1)[0]
    colour = words.get(first) or _COLOUR_VARIANTS.get(first)
    if colour is not None:
        return colour, "NC001"
    return None, None


def fill_colour(rgb: object) -> StatusColour | None:
    """The status colour a cell fill (``"FFC6EFCE"``) shows, if it is one of the three."""
    if not isinstance(rgb, str) or not re.fullmatch(r"[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8}", rgb):
        return None
    if len(rgb) == 8:
        if rgb[:2] == "00" and rgb[2:].upper() in ("000000",):
            return None
        rgb = rgb[2:]
    r, g, b = (int(rgb[i : i + 2], 16) for i in (0, 2, 4))
    if max(r, g, b) - min(r, g, b) < 25:
        return None  # white, grey, black: no colour
    if r > 200 and g > 170 and b < g - 40:
        return StatusColour.YELLOW
    if g > r + 15 and g >= b:
        return StatusColour.GREEN
    if r > g + 30 and r > b + 20:
        return StatusColour.RED
    return None


_NUMBERED: Final = re.compile(r"([0-9A-Za-zÆØÅæøåÄÖäö][\w.\-]{0,15}?)\.(?:\s+(.*))?", re.DOTALL)


_NUMBER: Final = re.compile(r"[\w.\-]{1,16}")


def is_number(text: str) -> bool:
    """Whether ``text`` is a measure's or cause's number: ``3``, ``1.2``, ``T-4``, ``A``."""
    return _NUMBER.fullmatch(text) is not None and (
        len(text) == 1 or any(char.isdigit() for char in text)
    )


@lru_cache(maxsize=4096)
def split_numbered(text: str) -> tuple[str | None, str | None]:
    """``"1. Bättre belysning"`` as ``("1", "Bättre belysning")``; a bare number as its own.

    A text without a number in front gives ``(None, text)``.
    """
    stripped = text.strip()
    if is_number(stripped):
        return stripped, None
    match = _NUMBERED.fullmatch(stripped)
    if match is not None and is_number(match.group(1)) and match.group(2):
        return match.group(1), match.group(2).strip() or None
    return None, stripped or None


_LINKS: Final = re.compile(r"\d+(?:\.\d+)*")
_LINK_TEXT: Final = re.compile(r"[\d.\s,;&+]|\bog\b|\boch\b|\band\b")


@lru_cache(maxsize=4096)
def read_causes(text: str) -> tuple[tuple[tuple[str | None, str | None], ...], str | None]:
    """The causes in a cause cell: ``"1. text"`` a line, or numbers alone (``"1, 3"``).

    A line that does not start with a number continues the cause above it; a cell that
    does not start with one is a cause without a number of its own (``None``).
    """
    stripped = text.strip()
    if not stripped:
        return (), None
    if not _LINK_TEXT.sub("", stripped):
        return tuple((number, None) for number in _LINKS.findall(stripped)), "NK001"
    causes: list[tuple[str | None, str | None]] = []
    for line in stripped.split("\n"):
        number, rest = split_numbered(line)
        if number is not None:
            causes.append((number, rest))
        elif causes:
            last_id, last_text = causes[-1]
            joined = line if last_text is None else f"{last_text}\n{line}"
            causes[-1] = (last_id, joined)
        else:
            causes.append((None, line.strip()))
    return tuple(causes), None


_NOBODY: Final = frozenset(("–", "-", "—"))
_PHONE: Final = re.compile(r"\+?[\d\s().\-/]{5,}")


@lru_cache(maxsize=4096)
def read_who(text: str) -> tuple[Responsible | None, str | None]:
    """The *who* cell: ``name, role`` on the first line, then organisation, e-mail and phone.

    A first line without a comma is a role; one ending in a comma a name, one starting
    with a comma a role, and a dash neither. Later lines with ``@`` are an e-mail, lines of
    digits a phone number, others the organisation.
    """
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if not lines:
        return None, None
    head, *rest = lines
    name: str | None
    role: str | None
    code = "NP001" if rest else None
    if head in _NOBODY:
        name = role = None
    elif head.endswith(","):
        name, role = head.rstrip(",").strip() or None, None
    elif head.startswith(","):
        name, role = None, head.lstrip(",").strip() or None
    elif ", " in head:
        name, _, role = head.partition(", ")
        code = "NP001"
    else:
        name, role = None, head
        code = code or "NP002"
    organisation = email = phone = None
    for line in rest:
        if "@" in line and email is None:
            email = line
        elif _PHONE.fullmatch(line) and phone is None:
            phone = line
        elif organisation is None:
            organisation = line
        else:
            organisation = f"{organisation}\n{line}"
    person = Responsible(name=name, role=role, organisation=organisation, email=email, phone=phone)
    return person, code
