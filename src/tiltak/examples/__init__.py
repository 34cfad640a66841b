"""Complete example plans, one of every kind, transcribed from the documents tiltak is built on.

Each example is written in the language of its source and uses fictitious people, numbers and
addresses; the virksomhetsplan is a municipality's published plan, transcribed in full. The
others are shown as they stood on one day (:func:`as_of`), with everything that had fallen
due by then recorded, so that checking them as of that day finds nothing overdue:

=================================  ========  ==========  ============================
name                               language  as of       kind
=================================  ========  ==========  ============================
``action_plan_bra``                sv        2024-10-01  åtgärdsplan (Brå's template)
``action_plan_nursing_home``       nb        2024-10-15  tiltaksplan
``coordinated_plan``               sv        2024-10-15  SIP
``implementation_plan_home_care``  sv        2024-10-15  genomförandeplan
``individual_plan``                nb        2024-10-15  individuell plan
``operational_plan``               nb        2019-03-01  virksomhetsplan 2019-2023
``results_plan``                   nb        2020-10-15  resultat- og utviklingsplan
``return_to_work_plan``            nb        2024-06-25  oppfølgingsplan (Norway)
``return_to_work_plan_se``         sv        2024-11-15  plan för återgång i arbete
=================================  ========  ==========  ============================

The virksomhetsplan keeps its source's faults: sections dated 2016-2020 inside the plan's
period, and one leadership goal that repeats another.

>>> from tiltak import examples
>>> examples.names()[:2]
('action_plan_bra', 'action_plan_nursing_home')
>>> examples.load("individual_plan").kind
<PlanKind.INDIVIDUAL_PLAN: 'individual_plan'>
>>> examples.language("action_plan_bra")
'sv'
>>> examples.as_of("individual_plan")
datetime.date(2024, 10, 15)
"""

from __future__ import annotations

from ._registry import UnknownExampleError, as_of, language, load, names

__all__ = ["UnknownExampleError", "as_of", "language", "load", "names"]
