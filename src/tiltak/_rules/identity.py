"""The common rules P020-P021: the identity number of the person a plan is about."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from tiltak._i18n import N_
from tiltak._idnumbers import IdProblem, check_national_id
from tiltak._model import Plan
from tiltak._report import Finding

from ._core import RuleContext
from ._define import E, I, W, blank, rule

__all__: list[str] = []

# The numbers' own names, the same in every language.
_KINDS = {
    "fodselsnummer": "fødselsnummer",
    "d_number": "D-nummer",
    "personnummer": "personnummer",
    "samordningsnummer": "samordningsnummer",
}


@rule(
    "P020",
    E,
    N_("The subject's identity number has a valid form and check digits"),
    source="tiltak (folkeregisterloven; folkbokföringslagen (1991:481) § 18)",
    quote="",
    rationale="A wrong identity number joins the plan to the wrong person. Norwegian "
    "fødselsnummer and D-nummer, and Swedish personnummer and samordningsnummer, are checked "
    "with python-stdnum (the idnumbers extra); without it the rule says, as a note, that it "
    "could not check.",
)
def _national_id(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    subject = plan.subject
    if subject is None or blank(subject.national_id):
        return
    assert subject.national_id is not None
    verdict = check_national_id(subject.national_id)
    path = "$.subject.national_id"
    if not verdict.checked:
        finding = ctx.finding(
            path,
            N_("The identity number could not be checked: install tiltak[idnumbers]."),
        )
        yield attrs.evolve(finding, severity=I)
    elif verdict.problem is IdProblem.FORM:
        yield ctx.finding(
            path,
            N_("The identity number is neither a Norwegian nor a Swedish identity number."),
        )
    elif verdict.problem is IdProblem.CHECK_DIGITS:
        assert verdict.kind is not None
        yield ctx.finding(
            path,
            N_("The check digits of the {kind} are wrong."),
            kind=_KINDS[verdict.kind.value],
        )
    elif verdict.problem is IdProblem.BIRTH_DATE:
        assert verdict.kind is not None
        yield ctx.finding(
            path,
            N_("The {kind} holds no valid birth date."),
            kind=_KINDS[verdict.kind.value],
        )


@rule(
    "P021",
    W,
    N_("The birth date agrees with the identity number"),
    source="tiltak (folkeregisterloven; folkbokföringslagen (1991:481) § 18)",
    quote="",
    rationale="The identity number holds the birth date; when the plan also gives one, a "
    "disagreement means one of them belongs to someone else.",
)
def _birth_date(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    subject = plan.subject
    if subject is None or subject.birth_date is None or blank(subject.national_id):
        return
    assert subject.national_id is not None
    verdict = check_national_id(subject.national_id)
    if verdict.birth_month_day is None:
        return
    born = subject.birth_date
    year_differs = (
        born.year != verdict.birth_year
        if verdict.birth_year is not None
        else born.year % 100 != verdict.birth_year_2
    )
    if (born.month, born.day) != verdict.birth_month_day or year_differs:
        yield ctx.finding(
            "$.subject.birth_date",
            N_("The birth date does not agree with the identity number."),
        )
