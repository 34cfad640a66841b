import datetime as dt
import subprocess
import sys

import attrs
import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Component

from tiltak import Measure, PartialDate, Plan, ReportingLine, Revision, Schedule
from tiltak.errors import ModelError, ModelTypeError
from tiltak.exports import to_ical


def _read(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def _by_summary(calendar: Calendar, name: str) -> dict[str, list[Component]]:
    out: dict[str, list[Component]] = {}
    for component in calendar.walk(name):
        out.setdefault(str(component["summary"]), []).append(component)
    return out


def _expand(event: Component, until: dt.date) -> list[dt.date]:
    """The days an event with an RRULE falls on, from its DTSTART to ``until`` (RFC 5545).

    In RFC 5545 the DTSTART is always the first instance; dateutil leaves it out when the
    rule does not produce it. The events must start on a day the rule produces.
    """
    start = event.decoded("dtstart")
    ical = event["rrule"].to_ical()
    assert isinstance(ical, bytes)
    rule = ical.decode()
    days = rrulestr(rule, dtstart=dt.datetime.combine(start, dt.time()))
    assert start == days[0].date(), "DTSTART must be the first day the rule produces"
    return [
        d.date()
        for d in days.between(
            dt.datetime.combine(start, dt.time()), dt.datetime.combine(until, dt.time()), inc=True
        )
    ]


class TestToIcal:
    def test_reproducible(self, plan: Plan) -> None:
        """The same plan always gives the same bytes, and a valid calendar."""
        data = to_ical(plan)
        assert isinstance(data, bytes)
        assert data == to_ical(attrs.evolve(plan))
        calendar = _read(data)
        assert "2.0" == str(calendar["version"])
        uids = [str(c["uid"]) for c in calendar.subcomponents]
        assert len(set(uids)) == len(uids)
        for component in calendar.subcomponents:
            assert "dtstamp" in component

    def test_stamp_from_the_plan(self, rich: Plan) -> None:
        """DTSTAMP is the plan's creation day, never the clock."""
        calendar = _read(to_ical(rich))
        stamps = {c.decoded("dtstamp") for c in calendar.subcomponents}
        assert {dt.datetime(2024, 1, 10, tzinfo=dt.UTC)} == stamps

    def test_todo_per_deadline(self, rich: Plan) -> None:
        """Each measure with a deadline is a VTODO due on the deadline's last day, as a DATE."""
        todos = _read(to_ical(rich)).walk("VTODO")
        assert 1 == len(todos)
        (todo,) = todos
        assert "Deadline: Praktisk bistand" == str(todo["summary"])
        assert dt.date(2024, 6, 30) == todo.decoded("due")
        assert "DUE;VALUE=DATE:20240630" in todo.to_ical().decode()
        assert "NEEDS-ACTION" == str(todo["status"])

    @pytest.mark.parametrize(
        ("deadline", "due"),
        [
            ("2024-02", dt.date(2024, 2, 29)),
            ("2023-02", dt.date(2023, 2, 28)),
            ("2020", dt.date(2020, 12, 31)),
            ("2024-05-17", dt.date(2024, 5, 17)),
        ],
    )
    def test_partial_deadline_is_due_at_its_end(self, deadline: str, due: dt.date) -> None:
        """A deadline given to the month or year is due on its last day."""
        plan = Plan(kind="action_plan", measures=[Measure(id="1", deadline=deadline)])
        (todo,) = _read(to_ical(plan)).walk("VTODO")
        assert due == todo.decoded("due")
        assert "Deadline: 1" == str(todo["summary"])

    def test_completed_measure(self) -> None:
        """A completed measure's VTODO says so, with the day it was completed."""
        measure = Measure(id="1", title="T", deadline="2024-06", completed=dt.date(2024, 5, 3))
        (todo,) = _read(to_ical(Plan(kind="action_plan", measures=[measure]))).walk("VTODO")
        assert "COMPLETED" == str(todo["status"])
        assert dt.datetime(2024, 5, 3, tzinfo=dt.UTC) == todo.decoded("completed")

    def test_recurring_events(self, rich: Plan) -> None:
        """Recurring measures, follow-ups and reporting lines are VEVENTs with their RRULE."""
        events = _by_summary(_read(to_ical(rich)), "VEVENT")
        (measure,) = events["Measure: Fysioterapi"]
        assert b"FREQ=MONTHLY" == measure["rrule"].to_ical()
        assert dt.date(2024, 1, 31) == measure.decoded("dtstart")
        follow_ups = events["Follow-up: Individuell plan for Ola"]
        assert [b"FREQ=MONTHLY;INTERVAL=3", None] == [
            e["rrule"].to_ical() if "rrule" in e else None for e in follow_ups
        ]
        assert [dt.date(2024, 3, 1), dt.date(2024, 12, 31)] == [
            e.decoded("dtstart") for e in follow_ups
        ]
        (report,) = events["Report: Teamleder to Avdelingsleder"]
        assert b"FREQ=MONTHLY;INTERVAL=4" == report["rrule"].to_ical()

    def test_revisions(self, rich: Plan) -> None:
        """Each revision date is an all-day VEVENT, a main revision named as such."""
        events = _by_summary(_read(to_ical(rich)), "VEVENT")
        (revision,) = events["Revision: Individuell plan for Ola"]
        (main,) = events["Main revision: Individuell plan for Ola"]
        assert dt.date(2024, 6, 30) == revision.decoded("dtstart")
        assert dt.date(2025, 12, 31) == main.decoded("dtstart")
        assert "DTSTART;VALUE=DATE:20251231" in main.to_ical().decode()

    @pytest.mark.parametrize(
        ("start", "rule"),
        [
            (dt.date(2024, 1, 15), "FREQ=MONTHLY;INTERVAL=4"),
            (dt.date(2024, 1, 31), "FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1"),
            (dt.date(2024, 1, 1), "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1"),
            (dt.date(2024, 2, 29), "FREQ=YEARLY;COUNT=3"),
            (dt.date(2024, 1, 3), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
            (dt.date(2024, 1, 1), "FREQ=MONTHLY;UNTIL=20240601T000000Z"),
            (dt.date(2024, 1, 10), "freq=monthly;bymonthday=10;wkst=su"),
            (dt.date(2024, 1, 10), "FREQ=YEARLY;BYMONTH=01,07;BYMONTHDAY=+10;COUNT=003"),
            (dt.date(2024, 1, 10), "FREQ=MONTHLY;BYDAY=+02WE,-01fr"),
            (dt.date(2024, 1, 10), "FREQ=DAILY;UNTIL=20240301t235960z"),
        ],
        ids=[
            "tertial",
            "month-end",
            "calendar-tertials",
            "count",
            "off-anchor",
            "until",
            "lower-case",
            "leading-zeros",
            "signed-days",
            "until-leap-second",
        ],
    )
    def test_rrule_expands_like_the_schedule(self, start: dt.date, rule: str) -> None:
        """A recurring follow-up's RRULE falls on exactly the days the schedule does."""
        schedule = Schedule(start=start, rule=rule)
        plan = Plan(
            kind="operational_plan",
            reporting=[ReportingLine(schedule=schedule)],
        )
        (event,) = _read(to_ical(plan)).walk("VEVENT")
        until = dt.date(2027, 12, 31)
        assert schedule.occurrences(schedule.start, until) == tuple(_expand(event, until))

    def test_every_example_rule_expands_like_its_schedule(self, plan: Plan) -> None:
        """In every plan, each recurring event falls on the days of the schedule it came from."""
        schedules = [m.schedule for m in plan.measures if m.schedule is not None]
        if plan.follow_up is not None and plan.follow_up.schedule is not None:
            schedules.append(plan.follow_up.schedule)
        schedules += [line.schedule for line in plan.reporting if line.schedule is not None]
        first = min((s.start for s in schedules), default=dt.date(2000, 1, 1))
        until = dt.date(first.year + 4, 12, 31)
        expected = sorted(s.occurrences(first, until) for s in schedules)
        events = [e for e in _read(to_ical(plan)).walk("VEVENT") if "rrule" in e]
        assert expected == sorted(tuple(_expand(e, until)) for e in events)

    @pytest.mark.parametrize(
        "rule",
        [
            "FREQ=MONTHLY;BYMONTHDAY=0",
            "FREQ=DAILY;UNTIL=2024-01-05",
            "FREQ=DAILY;UNTIL=01/05/2024",
            "FREQ=YEARLY;BYMONTH=+2",
            "FREQ=DAILY;INTERVAL=\u0661",
            "FREQ=DAILY;FREQ=WEEKLY",
        ],
    )
    def test_a_rule_past_the_schedule_checks_is_refused_by_name(self, rule: str) -> None:
        """A schedule whose rule got round its checks is refused by the element's name, with
        a tiltak error holding neither the rule nor icalendar's error repeating it."""
        schedule = Schedule(start=dt.date(2024, 1, 10), rule="FREQ=MONTHLY")
        object.__setattr__(schedule, "rule", rule)  # what no constructor lets through
        plan = Plan(kind="action_plan", reporting=[ReportingLine(schedule=schedule)])
        with pytest.raises(ModelError) as info:
            to_ical(plan)
        assert (
            "to_ical cannot write reporting/0: its rule is not a valid RFC 5545 RRULE",
            None,
            None,
        ) == (str(info.value), info.value.__cause__, info.value.__context__)

    def test_until_is_a_date(self) -> None:
        """With an all-day start, UNTIL is written as a date (RFC 5545)."""
        schedule = Schedule(start=dt.date(2024, 1, 1), rule="FREQ=MONTHLY;UNTIL=20240601T000000Z")
        plan = Plan(kind="action_plan", reporting=[ReportingLine(schedule=schedule)])
        assert b"RRULE:FREQ=MONTHLY;UNTIL=20240601" in to_ical(plan)

    def test_uids_from_identifiers(self, rich: Plan) -> None:
        """UIDs depend on the plan's and elements' identifiers, not on their order or text."""
        first = _read(to_ical(rich))
        renamed = attrs.evolve(rich, title="Annen tittel", measures=tuple(reversed(rich.measures)))
        second = _read(to_ical(renamed))
        todo_uid = str(first.walk("VTODO")[0]["uid"])
        assert todo_uid == str(second.walk("VTODO")[0]["uid"])
        other = _read(to_ical(attrs.evolve(rich, id="other")))
        assert todo_uid != str(other.walk("VTODO")[0]["uid"])

    def test_summaries_are_translated(self, rich: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every summary goes through the translation contract in the caller's locale."""
        import tiltak._ical

        calls: list[str | None] = []

        def fake(message: str, *, locale: str | None = None) -> str:
            calls.append(locale)
            return "<" + message + ">"

        monkeypatch.setattr(tiltak._ical, "gettext", fake)
        calendar = _read(to_ical(rich, locale="sv"))
        summaries = [str(c["summary"]) for c in calendar.subcomponents]
        assert all(s.startswith("<") for s in summaries)
        assert "<Deadline: Praktisk bistand>" in summaries
        assert {"sv"} == set(calls)

    def test_untitled_plan(self) -> None:
        """A plan without a title gets neutral summaries."""
        plan = Plan(kind="action_plan", revisions=[Revision(due=PartialDate(year=2025))])
        (event,) = _read(to_ical(plan)).walk("VEVENT")
        assert "Revision of the plan" == str(event["summary"])

    def test_nothing_dated(self) -> None:
        """A plan with nothing dated is an empty, valid calendar."""
        calendar = _read(to_ical(Plan(kind="action_plan")))
        assert [] == calendar.subcomponents

    def test_refuses_what_is_not_a_plan(self) -> None:
        """Exporting something that is not a plan raises a tiltak error."""
        with pytest.raises(ModelTypeError):
            to_ical("plan")  # type: ignore[arg-type]

    def test_icalendar_is_imported_only_when_used(self) -> None:
        """import tiltak does not import icalendar."""
        code = "import sys, tiltak; print('icalendar' in sys.modules)"
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "False" == out.stdout.strip()
