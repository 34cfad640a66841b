"""Pseudonymised copies of plans, for analysts: people replaced, structure kept.

Names, identity numbers, e-mail addresses and phone numbers become keyed HMAC-SHA-256
pseudonyms: the same person under the same key gets the same pseudonym in every plan, so
a register can still be joined and counted; without the key the mapping can be neither
reversed nor recomputed. Identifiers, dates, goals, measures, colours and structure stay,
so validation, summaries and exports work on the copy.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from ._errors import ModelError, ModelTypeError
from ._model import FollowUp, Measure, Participant, Plan, Responsible, Subject

__all__ = ["MIN_KEY_LENGTH", "pseudonymise", "pseudonymise_many"]

MIN_KEY_LENGTH = 16
"""The fewest bytes a pseudonymisation key may have."""

FreeText = Literal["keep", "drop"]

_SPACE = re.compile(r"\s+")
_NOT_DIGIT = re.compile(r"\D")


def _length_class(text: str) -> str:
    if len(text) < 50:
        return "short"
    return "medium" if len(text) < 500 else "long"


@attrs.frozen
class _Pseudonymiser:
    key: bytes
    drop_free_text: bool

    def _digest(self, kind: str, value: str) -> bytes:
        # One spelling per text: "Åse" typed with Å or with A and a ring is one person.
        same = unicodedata.normalize("NFC", value)
        return hmac.new(self.key, f"{kind}\x00{same}".encode(), hashlib.sha256).digest()

    def name(self, value: str | None) -> str | None:
        if not value:
            return value
        token = base64.b32encode(self._digest("name", _SPACE.sub(" ", value).strip().casefold()))
        return "Person " + token[:10].decode()

    def national_id(self, value: str | None) -> str | None:
        if not value:
            return value
        return "ID-" + self._digest("id", _NOT_DIGIT.sub("", value) or value).hex()[:16]

    def email(self, value: str | None) -> str | None:
        if not value:
            return value
        local = self._digest("email", value.strip().casefold()).hex()[:12]
        return f"p{local}@pseudonym.invalid"

    def phone(self, value: str | None) -> str | None:
        if not value:
            return value
        number = int.from_bytes(self._digest("phone", _NOT_DIGIT.sub("", value))[:8], "big")
        digits = f"{number % 10**7:07d}"
        # A well-formed number keeps the phone-format rule's verdict on the copy.
        return f"+47 9{digits[:2]} {digits[2:4]} {digits[4:]}"

    def text(self, value: str | None) -> str | None:
        if not value or not self.drop_free_text:
            return value
        return f"[removed: {_length_class(value)} text]"

    def responsible(self, who: Responsible | None) -> Responsible | None:
        if who is None:
            return None
        return attrs.evolve(
            who, name=self.name(who.name), email=self.email(who.email), phone=self.phone(who.phone)
        )

    def participant(self, who: Participant) -> Participant:
        return attrs.evolve(
            who,
            name=self.name(who.name),
            email=self.email(who.email),
            phone=self.phone(who.phone),
            contribution=self.text(who.contribution),
        )

    def follow_up(self, follow_up: FollowUp) -> FollowUp:
        return attrs.evolve(follow_up, by=self.name(follow_up.by), note=self.text(follow_up.note))

    def measure(self, measure: Measure) -> Measure:
        return attrs.evolve(
            measure,
            responsible=self.responsible(measure.responsible),
            follow_ups=tuple(map(self.follow_up, measure.follow_ups)),
        )

    def subject(self, subject: Subject | None) -> Subject | None:
        if subject is None:
            return None
        return Subject(
            name=self.name(subject.name),
            national_id=self.national_id(subject.national_id),
            email=self.email(subject.email),
            phone=self.phone(subject.phone),
        )

    def plan(self, plan: Plan) -> Plan:
        changes: dict[str, Any] = {
            "subject": self.subject(plan.subject),
            "coordinator": self.responsible(plan.coordinator),
            "participants": tuple(map(self.participant, plan.participants)),
            "measures": tuple(map(self.measure, plan.measures)),
            "follow_ups": tuple(map(self.follow_up, plan.follow_ups)),
            "background": self.text(plan.background),
            "needs": self.text(plan.needs),
            "resources": self.text(plan.resources),
            "documentation": self.text(plan.documentation),
            "revisions": tuple(attrs.evolve(r, note=self.text(r.note)) for r in plan.revisions),
            "reporting": tuple(attrs.evolve(r, note=self.text(r.note)) for r in plan.reporting),
        }
        if plan.adoption is not None:
            changes["adoption"] = attrs.evolve(plan.adoption, by=self.name(plan.adoption.by))
        if plan.participation is not None:
            changes["participation"] = attrs.evolve(
                plan.participation, how=self.text(plan.participation.how)
            )
        if plan.responsibility_group is not None:
            group = plan.responsibility_group
            changes["responsibility_group"] = attrs.evolve(
                group,
                members=tuple(map(self.participant, group.members)),
                meetings=tuple(map(self.follow_up, group.meetings)),
            )
        if plan.consent is not None:
            changes["consent"] = attrs.evolve(
                plan.consent, capacity=self.text(plan.consent.capacity)
            )
        if plan.decision is not None:
            changes["decision"] = attrs.evolve(
                plan.decision, description=self.text(plan.decision.description)
            )
        if plan.cooperation is not None:
            changes["cooperation"] = attrs.evolve(
                plan.cooperation, description=self.text(plan.cooperation.description)
            )
        if plan.return_to_work is not None:
            work = plan.return_to_work
            changes["return_to_work"] = attrs.evolve(
                work,
                tasks_and_capacity=self.text(work.tasks_and_capacity),
                exemption=self.text(work.exemption),
            )
        return attrs.evolve(plan, **changes)


Key = bytes | bytearray | memoryview
"""A pseudonymisation key: at least :data:`MIN_KEY_LENGTH` bytes, of any bytes-like type."""


def _pseudonymiser(key: object, free_text: object) -> _Pseudonymiser:
    if isinstance(key, bytearray | memoryview):
        key = bytes(key)
    if not isinstance(key, bytes):
        raise ModelTypeError(f"the pseudonymisation key must be bytes, not {type(key).__name__}")
    if len(key) < MIN_KEY_LENGTH:
        raise ModelError(f"the pseudonymisation key must be at least {MIN_KEY_LENGTH} bytes")
    if free_text not in ("keep", "drop"):
        raise ModelError("free_text must be 'keep' or 'drop'")
    return _Pseudonymiser(key, free_text == "drop")


def _plan(plan: object) -> Plan:
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"pseudonymise takes a tiltak.Plan, not {type(plan).__name__}")
    return plan


def pseudonymise(plan: Plan, *, key: Key, free_text: FreeText = "keep") -> Plan:
    """A copy of ``plan`` in which people are replaced by keyed pseudonyms.

    Every name, identity number, e-mail address and phone number is replaced (who adopted
    the plan and who recorded a follow-up count as names), and the subject's birth date
    removed. With ``free_text="drop"`` the free-text fields that may
    name people (background, needs, resources, notes, follow-up comments, contributions,
    how the user took part, the decision's and the cooperation's descriptions, a
    return-to-work plan's assessment and exemption) become a placeholder that keeps only
    their length class (short, medium, long). Goals and measures keep their text;
    ``extensions`` are kept as they are.

    >>> from tiltak import Plan, Subject
    >>> plan = Plan(kind="individual_plan", subject=Subject(name="Kari Nordmann"))
    >>> copy = pseudonymise(plan, key=b"0123456789abcdef")
    >>> copy.subject.name.startswith("Person ") and "Kari" not in copy.subject.name
    True
    """
    return _pseudonymiser(key, free_text).plan(_plan(plan))


def pseudonymise_many(
    plans: Iterable[Plan], *, key: Key, free_text: FreeText = "keep"
) -> tuple[Plan, ...]:
    """:func:`pseudonymise` over a register of plans, with one key, so people still join."""
    pseudonymiser = _pseudonymiser(key, free_text)
    if isinstance(plans, Plan) or not isinstance(plans, Iterable):
        raise ModelTypeError(
            f"pseudonymise_many takes an iterable of tiltak.Plan, not {type(plans).__name__}"
        )
    return tuple(pseudonymiser.plan(_plan(plan)) for plan in plans)
