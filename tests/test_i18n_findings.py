"""Every finding of every example, and every rule's title, reads in each language."""

import datetime as dt
from collections.abc import Iterator
from typing import Any, TypeVar

import attrs
import pytest

import tiltak
import tiltak.examples
import tiltak.rules
from tiltak import Finding, Measure, Plan, Severity, _names

OTHERS = ("nb", "nn", "sv")
Stripped = TypeVar("Stripped", Plan, Measure)


def _stripped(value: Stripped) -> Stripped:
    """``value`` with every optional single value emptied, to make the rules speak."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        if field.default is None and current is not None:
            changes[field.name] = None
    return attrs.evolve(value, **changes)


def _findings() -> Iterator[Finding]:
    for name in tiltak.examples.names():
        plan = tiltak.examples.load(name)
        broken = attrs.evolve(
            _stripped(plan),
            kind=plan.kind,
            measures=tuple(
                attrs.evolve(_stripped(m), id=m.id, goals=("nowhere",)) for m in plan.measures
            ),
        )
        # Years after the examples' own day, so the as-of rules have something to say too.
        for candidate in (plan, broken):
            yield from tiltak.validate(candidate, as_of=dt.date(2031, 6, 1))


class TestExampleReports:
    def test_examples_give_findings_of_many_rules(self) -> None:
        """The examples, checked years later, exercise a fair part of the catalogue."""
        assert len({f.code for f in _findings()}) >= 35

    @pytest.mark.parametrize("locale", OTHERS)
    def test_no_finding_reads_as_english(self, locale: str) -> None:
        """In nb, nn and sv no finding's message equals its English text."""
        same = [f.code for f in _findings() if f.message(locale=locale) == f.message(locale="en")]
        assert [] == same

    def test_every_report_renders_in_every_language(self) -> None:
        """Each example's report renders as text in all four languages."""
        for name in tiltak.examples.names():
            report = tiltak.validate(tiltak.examples.load(name), as_of=dt.date(2031, 6, 1))
            texts = {locale: tiltak.to_text(report, locale=locale) for locale in ("en", *OTHERS)}
            assert len(set(texts.values())) == 4, name


class TestRuleTitles:
    @pytest.mark.parametrize("locale", OTHERS)
    def test_every_title_is_translated(self, locale: str) -> None:
        """Every rule's title differs from its English in nb, nn and sv."""
        from tiltak._i18n import gettext

        same = [
            r.code for r in tiltak.rules.all_rules() if gettext(r.title, locale=locale) == r.title
        ]
        assert [] == same

    def test_severities_have_names(self) -> None:
        """Each severity has its own word in every language."""
        for locale in OTHERS:
            names = {_names.severity_name(s, locale=locale) for s in Severity}
            assert 3 == len(names)
