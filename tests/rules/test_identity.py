import datetime as dt
import sys

import pytest
from stdnum import luhn
from stdnum.no import fodselsnummer

import tiltak
from tiltak import Plan, Severity, Subject
from tiltak._idnumbers import IdKind, IdProblem, check_national_id


def norwegian(first_nine: str) -> str:
    """A Norwegian number with correct check digits."""
    ten = first_nine + fodselsnummer.calc_check_digit1(first_nine)
    return ten + fodselsnummer.calc_check_digit2(ten)


def swedish(nine: str, *, century: str = "", sign: str = "-") -> str:
    """A Swedish number (YYMMDD-NNNC) with a correct Luhn digit."""
    return f"{century}{nine[:6]}{sign}{nine[6:]}{luhn.calc_check_digit(nine)}"


FNR = norwegian("010101500")  # born 1 January 2001
D_NUMBER = norwegian("410101500")
PNR = swedish("811218987", century="19")
PNR_10 = swedish("811218987")
SAMORDNING = swedish("811278987")  # day 18 + 60


def _plan(national_id: str, birth_date: dt.date | None = None) -> Plan:
    return Plan(
        kind="individual_plan",
        subject=Subject(name="Kari", national_id=national_id, birth_date=birth_date),
    )


def _findings(plan: Plan, code: str) -> list[tiltak.Finding]:
    return list(tiltak.validate(plan, select=[code]))


class TestCheckNationalId:
    @pytest.mark.parametrize(
        ("number", "kind"),
        [
            (FNR, IdKind.FODSELSNUMMER),
            (FNR[:6] + " " + FNR[6:], IdKind.FODSELSNUMMER),
            (D_NUMBER, IdKind.D_NUMBER),
            (PNR, IdKind.PERSONNUMMER),
            (PNR_10, IdKind.PERSONNUMMER),
            (PNR_10.replace("-", ""), IdKind.PERSONNUMMER),
            (SAMORDNING, IdKind.SAMORDNINGSNUMMER),
        ],
    )
    def test_valid_numbers(self, number: str, kind: IdKind) -> None:
        """Valid numbers of every kind are recognised and pass."""
        verdict = check_national_id(number)
        assert (kind, None, True) == (verdict.kind, verdict.problem, verdict.checked)

    def test_birth_dates(self) -> None:
        """The birth date comes out of each kind, the day of a D- or samordningsnummer too."""
        assert ((1, 1), 2001) == (
            check_national_id(D_NUMBER).birth_month_day,
            check_national_id(D_NUMBER).birth_year,
        )
        assert (12, 18) == check_national_id(SAMORDNING).birth_month_day
        assert check_national_id(PNR_10).birth_year is None
        assert 1981 == check_national_id(PNR).birth_year

    @pytest.mark.parametrize(
        ("number", "problem"),
        [
            (FNR[:-1] + str((int(FNR[-1]) + 1) % 10), IdProblem.CHECK_DIGITS),
            (D_NUMBER[:-1] + str((int(D_NUMBER[-1]) + 1) % 10), IdProblem.CHECK_DIGITS),
            (PNR[:-1] + str((int(PNR[-1]) + 1) % 10), IdProblem.CHECK_DIGITS),
            (SAMORDNING[:-1] + str((int(SAMORDNING[-1]) + 1) % 10), IdProblem.CHECK_DIGITS),
            (norwegian("320101500"), IdProblem.BIRTH_DATE),
            (swedish("811318987"), IdProblem.BIRTH_DATE),
            ("12345", IdProblem.FORM),
            ("abc-defghijk", IdProblem.FORM),
        ],
    )
    def test_invalid_numbers(self, number: str, problem: IdProblem) -> None:
        """Wrong check digits, impossible birth dates and wrong forms are told apart."""
        assert problem == check_national_id(number).problem


class TestP020:
    def test_valid_number_passes(self) -> None:
        """A valid number gives no finding."""
        assert [] == _findings(_plan(FNR), "P020")

    def test_wrong_check_digit_is_an_error_without_the_number(self) -> None:
        """A wrong check digit is an error at the number's path that never shows it."""
        bad = PNR[:-1] + str((int(PNR[-1]) + 1) % 10)
        [finding] = _findings(_plan(bad), "P020")
        assert ("P020", Severity.ERROR, "$.subject.national_id") == (
            finding.code,
            finding.severity,
            finding.path,
        )
        assert "personnummer" in finding.message()
        for locale in ("en", "nb", "nn", "sv"):
            assert bad not in finding.message(locale=locale)
            assert bad[:6] not in finding.message(locale=locale)

    def test_without_the_extra_it_says_it_could_not_check(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without python-stdnum the rule gives an info finding, never a silent pass."""
        monkeypatch.setitem(sys.modules, "stdnum", None)
        [finding] = _findings(_plan(FNR), "P020")
        assert (Severity.INFO, "$.subject.national_id") == (finding.severity, finding.path)
        assert "idnumbers" in finding.message()

    def test_no_number_no_finding(self) -> None:
        """A plan without an identity number is not this rule's business."""
        assert [] == _findings(Plan(kind="individual_plan", subject=Subject(name="x")), "P020")


class TestP021:
    def test_agreeing_birth_date_passes(self) -> None:
        """A birth date that matches the number gives no finding."""
        assert [] == _findings(_plan(FNR, dt.date(2001, 1, 1)), "P021")
        assert [] == _findings(_plan(SAMORDNING, dt.date(1981, 12, 18)), "P021")

    @pytest.mark.parametrize(
        ("number", "born"),
        [
            (FNR, dt.date(2001, 1, 2)),
            (FNR, dt.date(1901, 1, 1)),
            (D_NUMBER, dt.date(2001, 2, 1)),
            (PNR, dt.date(2081, 12, 18)),
            (PNR_10, dt.date(1982, 12, 18)),
        ],
    )
    def test_disagreeing_birth_date_warns(self, number: str, born: dt.date) -> None:
        """A birth date other than the number's is a warning at the birth date."""
        [finding] = _findings(_plan(number, born), "P021")
        assert (Severity.WARNING, "$.subject.birth_date") == (finding.severity, finding.path)
