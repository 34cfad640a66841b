"""Which kind of plan a document is: given by the caller, named by it, or guessed."""

from __future__ import annotations

import re
from typing import Final

from tiltak._enums import PlanKind
from tiltak._i18n import N_

from ._notes import ReadNote, SourceLocation

__all__ = ["choose_kind", "kind_from_text"]

# The words that name each kind in running text, most specific first.
_WORDS: Final = (
    (PlanKind.COORDINATED_PLAN, r"samordnad individuell plan|\bSIP\b|coordinated individual plan"),
    (PlanKind.INDIVIDUAL_PLAN, r"individuell plan|individual plan"),
    (PlanKind.IMPLEMENTATION_PLAN, r"genomförandeplan|gjennomføringsplan|implementation plan"),
    (PlanKind.OPERATIONAL_PLAN, r"virksomhetsplan|verksamhetsplan|verksemdsplan|operational plan"),
    (
        PlanKind.RESULTS_PLAN,
        r"resultat\s*[-\u2013]\s*og utviklingsplan|resultat- och utvecklingsplan"
        r"|results and development plan",
    ),
    (
        PlanKind.RETURN_TO_WORK_PLAN,
        r"oppfølgingsplan|oppfølgjingsplan|plan för återgång i arbete|return-to-work plan",
    ),
    (PlanKind.ACTION_PLAN, r"tiltaksplan|åtgärdsplan|handlingsplan|action plan"),
)


def kind_from_text(title: str | None, text: str) -> tuple[PlanKind | None, str]:
    """The kind the title names, else the kind the text names most often, and the clue."""
    if title:
        for kind, pattern in _WORDS:
            if re.search(pattern, title, re.IGNORECASE):
                return kind, "title"
    counts = {kind: len(re.findall(pattern, text, re.IGNORECASE)) for kind, pattern in _WORDS}
    best = max(counts, key=lambda kind: counts[kind])
    if counts[best] == 0:
        return None, ""
    return best, "text"


def choose_kind(
    given: PlanKind | str | None,
    named: PlanKind | None,
    guessed: tuple[PlanKind | None, str] | None,
    notes: list[ReadNote],
    default: PlanKind = PlanKind.ACTION_PLAN,
) -> PlanKind:
    """The kind: as given, else as the document names it, else guessed, else ``default``."""
    where = SourceLocation()
    if given is not None:
        wanted = PlanKind(given)
        other = named or (guessed[0] if guessed else None)
        if other is not None and other is not wanted:
            notes.append(ReadNote(code="NR004", location=where, params={"kind": wanted.value}))
        return wanted
    if named is not None:
        return named
    if guessed is not None and guessed[0] is not None:
        clues = {
            "title": N_("its title names the kind"),
            "text": N_("its text names the kind most often"),
        }
        notes.append(
            ReadNote(
                code="NR002",
                location=where,
                params={"kind": guessed[0].value, "clue": clues[guessed[1]]},
            )
        )
        return guessed[0]
    notes.append(ReadNote(code="NR003", location=where, params={"kind": default.value}))
    return default
