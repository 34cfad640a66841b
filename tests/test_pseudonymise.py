import datetime as dt
from collections.abc import Iterator
from typing import Any, Literal

import attrs
import pytest

import tiltak
import tiltak.examples
from tiltak import (
    Decision,
    FollowUp,
    Measure,
    Participant,
    Participation,
    Plan,
    Responsible,
    Subject,
    pseudonymise,
    pseudonymise_many,
)
from tiltak.errors import ModelError, ModelTypeError

KEY = b"k" * 32
OTHER_KEY = b"o" * 32

PERSONAL = ["Kari Nordmann", "12345678901", "kari@example.no", "+47 400 00 000", "Per Hansen"]


def _strings(value: object) -> Iterator[str]:
    """Every string held anywhere in a model value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)
    elif attrs.has(cls := type(value)):
        for field in attrs.fields(cls):
            yield from _strings(getattr(value, field.name))


def _plan(**overrides: Any) -> Plan:
    plan = Plan(
        kind="individual_plan",
        title="Individuell plan",
        subject=Subject(
            name="Kari Nordmann",
            national_id="12345678901",
            birth_date=dt.date(2001, 1, 1),
            email="kari@example.no",
            phone="+47 400 00 000",
        ),
        background="Kari Nordmann har behov for hjelp.",
        coordinator=Responsible(name="Per Hansen", email="per@example.no", phone="22 00 00 00"),
        participants=[Participant(name="Per Hansen", contribution="Koordinerer arbeidet")],
        participation=Participation(took_part=True, how="Kari ønsket trening om morgenen"),
        decision=Decision(reference="2024/17", description="Vedtak om hjemmehjelp til Kari"),
        measures=[
            Measure(
                id="1",
                title="Fysioterapi",
                responsible=Responsible(name="Kari Nordmann", phone="+47 400 00 000"),
                follow_ups=[FollowUp(by="Per Hansen", note="Kari var fornøyd", colour="green")],
            )
        ],
    )
    return attrs.evolve(plan, **overrides)


class TestWrongArguments:
    """What is not a plan, or not a key, is said as a tiltak error, never a bare one."""

    @pytest.mark.parametrize("given", [{"kind": "action_plan"}, None, "plan.json"])
    def test_not_a_plan(self, given: Any) -> None:
        with pytest.raises(ModelTypeError, match=r"takes a tiltak\.Plan"):
            tiltak.pseudonymise(given, key=KEY)
        with pytest.raises(ModelTypeError, match="takes"):
            tiltak.pseudonymise_many([given], key=KEY)

    @pytest.mark.parametrize("given", [5, tiltak.Plan(kind="action_plan")])
    def test_not_plans(self, given: Any) -> None:
        with pytest.raises(ModelTypeError, match=r"iterable of tiltak\.Plan"):
            tiltak.pseudonymise_many(given, key=KEY)

    def test_one_person_however_the_letters_are_composed(self) -> None:
        """NFC and NFD spellings of one name, e-mail address: one pseudonym, so joins hold."""
        import unicodedata

        composed = tiltak.Subject(name="Åse Ødegård", email="åse@kommune.example")
        decomposed = tiltak.Subject(
            name=unicodedata.normalize("NFD", "Åse Ødegård"),
            email=unicodedata.normalize("NFD", "åse@kommune.example"),
        )
        first, second = tiltak.pseudonymise_many(
            [
                tiltak.Plan(kind="individual_plan", subject=composed),
                tiltak.Plan(kind="individual_plan", subject=decomposed),
            ],
            key=KEY,
        )
        assert first.subject == second.subject

    def test_a_key_of_any_bytes_like_type(self) -> None:
        plan = tiltak.Plan(kind="individual_plan", subject=tiltak.Subject(name="Kari Nordmann"))
        expected = tiltak.pseudonymise(plan, key=KEY)
        assert tiltak.pseudonymise(plan, key=bytearray(KEY)) == expected
        assert tiltak.pseudonymise(plan, key=memoryview(KEY)) == expected
        with pytest.raises(ModelTypeError, match="must be bytes, not str"):
            tiltak.pseudonymise(plan, key="k" * 32)  # type: ignore[arg-type]


class TestPseudonymise:
    def test_no_personal_value_survives(self) -> None:
        """No name, identity number, e-mail or phone of any person is left in the copy."""
        copy = pseudonymise(_plan(), key=KEY, free_text="drop")
        texts = list(_strings(copy))
        for value in [*PERSONAL, "per@example.no", "22 00 00 00", "Kari"]:
            assert not any(value in text for text in texts), value
        assert copy.subject is not None
        assert copy.subject.birth_date is None

    def test_structure_and_content_kept(self) -> None:
        """Identifiers, titles, colours and the shape of the plan stay as they were."""
        plan = _plan()
        copy = pseudonymise(plan, key=KEY)
        assert plan.title == copy.title
        assert [m.id for m in plan.measures] == [m.id for m in copy.measures]
        assert plan.measures[0].colour == copy.measures[0].colour
        assert plan.background == copy.background

    def test_same_person_same_pseudonym_across_plans(self) -> None:
        """One person under one key has one pseudonym in every plan, whatever the spelling."""
        a, b = pseudonymise_many(
            [_plan(), _plan(coordinator=Responsible(name="  kari   NORDMANN "))], key=KEY
        )
        assert a.subject is not None
        assert b.coordinator is not None
        assert a.subject.name == b.coordinator.name
        assert a.subject.name == a.measures[0].responsible.name  # type: ignore[union-attr]

    def test_other_key_other_pseudonym(self) -> None:
        """Under another key the same person gets another pseudonym."""
        one = pseudonymise(_plan(), key=KEY).subject
        two = pseudonymise(_plan(), key=OTHER_KEY).subject
        assert one is not None
        assert two is not None
        assert one.name != two.name
        assert one.national_id != two.national_id
        assert one.email != two.email

    def test_drop_keeps_length_class(self) -> None:
        """Dropped free text keeps only whether it was short, medium or long."""
        copy = pseudonymise(_plan(background="x" * 600), key=KEY, free_text="drop")
        assert "[removed: long text]" == copy.background
        assert "[removed: short text]" == copy.measures[0].follow_ups[0].note

    def test_pseudonyms_are_well_formed(self) -> None:
        """Pseudonymous e-mails and phones keep the shape the contact rules check."""
        subject = pseudonymise(_plan(), key=KEY).subject
        assert subject is not None
        assert subject.email is not None
        assert subject.email.endswith("@pseudonym.invalid")
        assert subject.phone is not None
        assert subject.phone.startswith("+47 9")

    @pytest.mark.parametrize(
        ("key", "free_text"), [(b"short", "keep"), ("a" * 32, "keep"), (KEY, "blank")]
    )
    def test_refuses_weak_key_and_unknown_mode(self, key: str | bytes, free_text: str) -> None:
        """A short or non-bytes key and an unknown free-text mode are refused."""
        with pytest.raises(ModelError):
            pseudonymise(_plan(), key=key, free_text=free_text)  # type: ignore[arg-type]


class TestPseudonymisedCopiesStillWork:
    @pytest.mark.parametrize("name", tiltak.examples.names())
    @pytest.mark.parametrize("free_text", ["keep", "drop"])
    def test_same_findings_as_the_original(
        self, name: str, free_text: Literal["keep", "drop"]
    ) -> None:
        """Validating the copy gives the original's codes and paths, but for the removed data."""
        plan = tiltak.examples.load(name)
        copy = pseudonymise(plan, key=KEY, free_text=free_text)
        as_of = dt.date(2024, 10, 15)
        removed = {"P020", "P021"}

        def seen(p: Plan) -> list[tuple[str, str]]:
            return [
                (f.code, f.path) for f in tiltak.validate(p, as_of=as_of) if f.code not in removed
            ]

        assert seen(plan) == seen(copy)

    def test_nothing_personal_in_the_dumped_copy(self) -> None:
        """No original name, number, e-mail or phone is anywhere in the copy's JSON."""
        text = tiltak.dumps(pseudonymise(_plan(), key=KEY, free_text="drop"))
        for value in [*PERSONAL, "per@example.no", "22 00 00 00", "Kari", "2001-01-01"]:
            assert value not in text

    @pytest.mark.parametrize("name", tiltak.examples.names())
    def test_examples_lose_every_person(self, name: str) -> None:
        """In every example, every person's name, e-mail and phone is replaced."""
        plan = tiltak.examples.load(name)
        people = [plan.subject, plan.coordinator, *plan.participants]
        people += [m.responsible for m in plan.measures]
        values = {
            value
            for who in people
            if who is not None
            for value in (who.name, who.email, who.phone)
            if value
        }
        copy = pseudonymise(plan, key=KEY)
        text = tiltak.dumps(copy)
        assert [] == [value for value in values if value in text]
        if plan.adoption is not None and plan.adoption.by:
            assert copy.adoption is not None
            assert plan.adoption.by != copy.adoption.by


class TestEveryKind:
    def test_copy_keeps_structure(self, tiltak_plan: Plan) -> None:
        """A plan of every kind keeps its goals, measures and links through pseudonymisation."""
        copy = pseudonymise(tiltak_plan, key=KEY, free_text="drop")
        assert tiltak_plan.kind == copy.kind
        assert [g.id for g in tiltak_plan.goals] == [g.id for g in copy.goals]
        assert [(m.id, m.goals) for m in tiltak_plan.measures] == [
            (m.id, m.goals) for m in copy.measures
        ]
        assert tiltak_plan.period == copy.period
