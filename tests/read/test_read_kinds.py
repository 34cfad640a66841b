"""The reader names the kinds added for seed 004 and Sweden by their own words."""

import pytest

from tiltak import PlanKind
from tiltak._read._kinds import kind_from_text


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Resultat- og utviklingsplan 2020", PlanKind.RESULTS_PLAN),
        ("Resultat – og utviklingsplan", PlanKind.RESULTS_PLAN),  # noqa: RUF001 - seed 004's dash
        ("Plan för återgång i arbete", PlanKind.RETURN_TO_WORK_PLAN),
        ("Oppfølgingsplan ved sykefravær", PlanKind.RETURN_TO_WORK_PLAN),
    ],
)
def test_title_names_the_kind(title: str, kind: PlanKind) -> None:
    """A title in the sector's words gives its kind."""
    assert (kind, "title") == kind_from_text(title, "")
