"""National identity numbers: which kind a number is, whether it holds, and its birth date.

Norwegian fødselsnummer and D-nummer (11 digits, two check digits) and Swedish
personnummer and samordningsnummer (10 or 12 digits, a Luhn check digit; a
samordningsnummer adds 60 to the day). The check digits are computed with python-stdnum,
an optional extra (``tiltak[idnumbers]``): without it :func:`check_national_id` answers
that it could not check, never that a number holds.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

__all__ = ["IdKind", "IdVerdict", "check_national_id"]

_NORWEGIAN = re.compile(r"\d{6}\s?\d{5}")
_SWEDISH = re.compile(r"(\d{2})?(\d{6})([-+]?)(\d{4})")


class IdKind(enum.Enum):
    """The kinds of national identity number tiltak knows."""

    FODSELSNUMMER = "fodselsnummer"
    D_NUMBER = "d_number"
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"


class IdProblem(enum.Enum):
    """What is wrong with a number, when something is."""

    FORM = "form"
    CHECK_DIGITS = "check_digits"
    BIRTH_DATE = "birth_date"


@attrs.frozen(kw_only=True)
class IdVerdict:
    """What a number is and whether it holds; ``checked`` is false without python-stdnum."""

    kind: IdKind | None
    checked: bool
    problem: IdProblem | None = None
    birth_month_day: tuple[int, int] | None = None
    """The birth month and day the number holds."""
    birth_year: int | None = None
    """The birth year, when the number tells the century (not a 10-digit personnummer)."""
    birth_year_2: int | None = None
    """The last two digits of the birth year."""


def _stdnum_available() -> bool:
    try:
        import stdnum.luhn  # noqa: PLC0415 - optional extra, loaded on use
        import stdnum.no.fodselsnummer  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def _real_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _norwegian(digits: str) -> IdVerdict:
    from stdnum.no import fodselsnummer  # noqa: PLC0415 - optional extra, loaded on use

    kind = IdKind.D_NUMBER if int(digits[0]) >= 4 else IdKind.FODSELSNUMMER
    if (
        fodselsnummer.calc_check_digit1(digits) != digits[9]
        or fodselsnummer.calc_check_digit2(digits) != digits[10]
    ):
        return IdVerdict(kind=kind, checked=True, problem=IdProblem.CHECK_DIGITS)
    try:
        born = fodselsnummer.get_birth_date(digits)
    except fodselsnummer.ValidationError:
        return IdVerdict(kind=kind, checked=True, problem=IdProblem.BIRTH_DATE)
    return IdVerdict(
        kind=kind,
        checked=True,
        birth_month_day=(born.month, born.day),
        birth_year=born.year,
        birth_year_2=born.year % 100,
    )


def _swedish(century: str | None, date_part: str, last: str) -> IdVerdict:
    from stdnum import luhn  # noqa: PLC0415 - optional extra, loaded on use

    day = int(date_part[4:6])
    kind = IdKind.SAMORDNINGSNUMMER if day > 60 else IdKind.PERSONNUMMER
    if not luhn.is_valid(date_part + last):
        return IdVerdict(kind=kind, checked=True, problem=IdProblem.CHECK_DIGITS)
    year_2, month, day = int(date_part[:2]), int(date_part[2:4]), day - (60 if day > 60 else 0)
    # A 10-digit number does not tell the century: test the day against a leap year.
    year = int(century + date_part[:2]) if century else 2000
    if not _real_day(year, month, day):
        return IdVerdict(kind=kind, checked=True, problem=IdProblem.BIRTH_DATE)
    return IdVerdict(
        kind=kind,
        checked=True,
        birth_month_day=(month, day),
        birth_year=year if century else None,
        birth_year_2=year_2,
    )


def check_national_id(text: str) -> IdVerdict:
    """Read ``text`` as a Norwegian or Swedish identity number and check it.

    >>> check_national_id("not a number").problem
    <IdProblem.FORM: 'form'>
    """
    compact = text.strip()
    norwegian = _NORWEGIAN.fullmatch(compact)
    swedish = None if norwegian else _SWEDISH.fullmatch(compact.replace(" ", ""))
    if norwegian is None and swedish is None:
        return IdVerdict(kind=None, checked=True, problem=IdProblem.FORM)
    if not _stdnum_available():
        return IdVerdict(kind=None, checked=False)
    if norwegian is not None:
        return _norwegian(compact.replace(" ", ""))
    assert swedish is not None
    century, date_part, _sign, last = swedish.groups()
    return _swedish(century, date_part, last)
