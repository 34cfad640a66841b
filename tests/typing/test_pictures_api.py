"""tiltak.pictures used as an integrator uses it: type-checked by ``mypy --strict``, and run."""

from __future__ import annotations

import datetime as dt

import tiltak
from tiltak import StatusColour, examples, pictures


def test_plan_pictures() -> None:
    plan: tiltak.Plan = examples.load("action_plan_bra")
    timeline: pictures.Picture = pictures.timeline(plan, as_of="2024-10-01", locale="nb")
    matrix: pictures.Picture = pictures.matrix(plan, as_of=dt.date(2024, 10, 1))
    svg: str = timeline.svg
    text: str = matrix.text
    html: str = pictures.figure(timeline)
    items: tuple[pictures.TimelineItem, ...] = pictures.timeline_items(plan)
    rows: tuple[pictures.MatrixRow, ...] = pictures.measure_rows(plan)
    assert svg.startswith("<svg")
    assert "status" in text
    assert html.startswith("<figure")
    assert len(items) == len(rows) == len(plan.measures)


def test_drawn_from_records() -> None:
    kind: pictures.TickKind = "revision"
    timeline = pictures.draw_timeline(
        [
            pictures.TimelineItem(
                label="1 Lys", end=dt.date(2024, 4, 30), colour=StatusColour.GREEN
            )
        ],
        ticks=[pictures.Tick(date=dt.date(2024, 6, 14), kind=kind)],
        as_of=dt.date(2024, 5, 1),
        title="Tiltak",
        locale="nn",
    )
    matrix = pictures.draw_matrix(
        [pictures.MatrixRow(label="TT-1.5", marks=[pictures.Mark(date=dt.date(2024, 6, 14))])],
        rounds=[dt.date(2024, 6, 30)],
    )
    direction: pictures.Direction = "lower"
    chart = pictures.draw_indicator(
        pictures.Indicator(
            label="Ventetid",
            unit="dager",
            direction=direction,
            baseline=30,
            readings=(pictures.Reading(date=dt.date(2024, 6, 14), value=21.5),),
            target=14,
        )
    )
    limits: tuple[int, ...] = (
        pictures.MAX_ITEMS,
        pictures.MAX_TICKS,
        pictures.MAX_ROWS,
        pictures.MAX_ROUNDS,
        pictures.MAX_READINGS,
    )
    assert all(limits)
    assert pictures.MAX_VALUE > 0
    for picture in (timeline, matrix, chart):
        assert picture.text
