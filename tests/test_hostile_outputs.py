"""Hostile text at every output: what a writer writes stays text in its format, or is refused."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import tiltak
from tiltak import Measure, Plan, PlanFormatError, Responsible, Schedule, from_dict, loads
from tiltak.errors import ModelError, TextReplacedWarning

ROOT = Path(__file__).resolve().parent.parent

INJECTION = "Kari\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nURL:https://evil.example\r\nEND:VEVENT"
"""A title that ends the calendar and starts an event of its own, if written raw."""

ICAL_TEXTS = (
    INJECTION,
    "a\rb",
    "a\nURL:https://evil.example",
    "semi;colon,comma\\back",
    "bell\x07 nul\x00 vt\x0b esc\x1b del\x7f",
    "\ufffe\uffff",
)


def _ical_plan(text: str) -> Plan:
    return Plan(
        kind="action_plan",
        title=text,
        measures=(
            Measure(id="1", title=text, deadline="2025-03"),
            Measure(
                id="2",
                description=text,
                schedule=Schedule(start=dt.date(2025, 1, 1), rule="FREQ=MONTHLY"),
            ),
        ),
        reporting=(
            tiltak.ReportingLine(
                reporter=text,
                recipient=text,
                schedule=Schedule(start=dt.date(2025, 1, 1), rule="FREQ=YEARLY"),
            ),
        ),
    )


_ICAL_CHECK = r"""
import json, re, sys, warnings
import icalendar
import tiltak
texts = json.loads(sys.argv[1])
out = []
def unescape(value):
    escapes = {"n": "\n", "N": "\n", ";": ";", ",": ",", "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes[m.group(1)], value)

for text in texts:
    plan = tiltak.Plan(
        kind="action_plan",
        title=text,
        measures=(tiltak.Measure(id="1", title=text, deadline="2025-03"),),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", tiltak.errors.TextReplacedWarning)
        data = tiltak.exports.to_ical(plan)
    calendar = icalendar.Calendar.from_ical(data)
    lines = data.replace(b"\r\n ", b"").split(b"\r\n")
    out.append({
        "calendars": lines.count(b"BEGIN:VCALENDAR"),
        "events": lines.count(b"BEGIN:VEVENT"),
        "todos": lines.count(b"BEGIN:VTODO"),
        "url": any(line.startswith(b"URL") for line in lines),
        "name": unescape(
            next(line for line in lines if line.startswith(b"X-WR-CALNAME:"))[13:].decode()
        ),
        "summary": str(calendar.walk("VTODO")[0]["SUMMARY"]),
    })
print(json.dumps(out))
"""


class TestICalendar:
    @pytest.mark.parametrize("optimise", [False, True], ids=["plain", "python -O"])
    def test_no_text_adds_a_property_or_a_component(self, optimise: bool) -> None:
        """With and without ``-O``: one calendar, one to-do, no URL, the text read back."""
        pytest.importorskip("icalendar")
        command = [sys.executable, *(["-O"] if optimise else []), "-c", _ICAL_CHECK]
        done = subprocess.run(
            [*command, json.dumps(list(ICAL_TEXTS))],
            capture_output=True,
            text=True,
            check=False,
            env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        )
        assert 0 == done.returncode, done.stderr
        for text, found in zip(ICAL_TEXTS, json.loads(done.stdout), strict=True):
            assert (1, 0, 1, False) == (
                found["calendars"],
                found["events"],
                found["todos"],
                found["url"],
            )
            expected = _expected_ical_text(text)
            assert expected == found["name"]
            assert found["summary"].endswith(expected)

    @pytest.mark.parametrize("text", ICAL_TEXTS)
    def test_every_text_value_is_escaped(self, text: str) -> None:
        """Summaries of measures, schedules and reporting lines are escaped like the title."""
        icalendar = pytest.importorskip("icalendar")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TextReplacedWarning)
            data = tiltak.exports.to_ical(_ical_plan(text))
        lines = data.replace(b"\r\n ", b"").split(b"\r\n")
        assert 1 == lines.count(b"BEGIN:VCALENDAR")
        assert 2 == lines.count(b"BEGIN:VEVENT")
        assert not any(line.startswith(b"URL") for line in lines)
        for line in lines:
            assert b"\r" not in line
            assert b"\n" not in line
            assert not any(byte < 0x20 and byte != 0x09 for byte in line)
        calendar = icalendar.Calendar.from_ical(data)
        assert 3 == len(calendar.subcomponents)

    def test_control_characters_are_replaced_and_named(self) -> None:
        """Characters no iCalendar text holds become U+FFFD, with a warning naming where."""
        pytest.importorskip("icalendar")
        plan = Plan(kind="action_plan", title="Kari\x01Nordmann")
        with pytest.warns(TextReplacedWarning, match="X-WR-CALNAME") as caught:
            data = tiltak.exports.to_ical(plan)
        assert "Kari\ufffdNordmann".encode() in data
        assert "Kari" not in str(caught[0].message)

    def test_clean_text_gives_no_warning(self) -> None:
        """A plan without such characters is written without a warning."""
        pytest.importorskip("icalendar")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            tiltak.exports.to_ical(_ical_plan("Trygg skolevei; trinn 1, 2 og 3\nmed foreldre"))


def _expected_ical_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        "\ufffd" if (ord(c) < 0x20 and c not in "\t\n") or c in "\x7f\ufffe\uffff" else c
        for c in text
    )


class TestExcel:
    def _written(self, plan: Plan) -> tuple[object, list[str]]:
        openpyxl = pytest.importorskip("openpyxl")
        out = io.BytesIO()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            tiltak.exports.to_xlsx(plan, out)
        messages = [str(w.message) for w in caught if w.category is TextReplacedWarning]
        return openpyxl.load_workbook(io.BytesIO(out.getvalue())), messages

    @pytest.mark.parametrize(
        "char", [chr(c) for c in (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))]
    )
    def test_control_characters(self, char: str) -> None:
        """Every control character a cell cannot hold is written as U+FFFD, and named."""
        plan = loads(
            json.dumps(
                {
                    "format": "tiltak/1",
                    "kind": "action_plan",
                    "title": f"Kari{char}Nordmann",
                    "measures": [{"id": "1", "title": f"Ring{char}912 34 567"}],
                }
            )
        )
        book, messages = self._written(plan)
        measures, facts = book.worksheets  # type: ignore[attr-defined]
        assert "1. Ring\ufffd912 34 567" == measures["B2"].value
        assert "Kari\ufffdNordmann" == facts["B2"].value
        (message,) = messages
        assert "Measures!B2" in message
        assert "B2" in message
        assert "Kari" not in message
        assert "912" not in message

    @pytest.mark.parametrize("char", ["\ufffe", "\uffff"])
    def test_noncharacters_read_back(self, char: str) -> None:
        """U+FFFE and U+FFFF, which openpyxl writes and no reader reads, become U+FFFD."""
        book, messages = self._written(Plan(kind="action_plan", background=f"a{char}b"))
        assert "a\ufffdb" == book.worksheets[1]["B7"].value  # type: ignore[attr-defined]
        assert 1 == len(messages)

    def test_tabs_and_line_breaks_stay(self) -> None:
        """Tab, line feed and carriage return are text a cell holds: no warning."""
        book, messages = self._written(Plan(kind="action_plan", background="a\tb\nc\rd"))
        assert "a\tb\nc\rd" == book.worksheets[1]["B7"].value  # type: ignore[attr-defined]
        assert [] == messages

    def test_text_longer_than_a_cell_is_cut_and_named(self) -> None:
        """Text over 32,767 characters is cut to them, ending in an ellipsis, never silently."""
        book, messages = self._written(Plan(kind="action_plan", background="x" * 40_000))
        value = book.worksheets[1]["B7"].value  # type: ignore[attr-defined]
        assert 32_767 == len(value)
        assert value.endswith("…")
        (message,) = messages
        assert "32767" in message
        assert "About the plan!B7" in message

    def test_text_at_the_limit_is_kept(self) -> None:
        """Text of exactly 32,767 characters is kept whole."""
        book, messages = self._written(Plan(kind="action_plan", background="y" * 32_767))
        assert "y" * 32_767 == book.worksheets[1]["B7"].value  # type: ignore[attr-defined]
        assert [] == messages

    def test_command_line(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The command line writes such a plan, with no traceback."""
        pytest.importorskip("openpyxl")
        from tiltak._cli import main

        source = tmp_path / "plan.json"
        source.write_text(
            '{"format": "tiltak/1", "kind": "action_plan", "title": "Kari\\u000bNordmann"}'
        )
        target = tmp_path / "plan.xlsx"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TextReplacedWarning)
            code = main(["render", str(source), "--to", "xlsx", "-o", str(target)])
        assert 0 == code, capsys.readouterr().err
        assert "Traceback" not in capsys.readouterr().err


class TestMarkdown:
    @pytest.mark.parametrize(
        "brk", ["\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"]
    )
    def test_no_line_break_leaves_a_cell(self, brk: str) -> None:
        """Every line break in a cell becomes ``<br>``: no new row, list, quote or heading."""
        title = f"a{brk}| x | y |{brk}- item{brk}> quote{brk}# head{brk}1. one"
        plan = Plan(kind="action_plan", measures=(Measure(id="1", title=title),))
        markdown = tiltak.to_markdown(plan)
        for line in markdown.splitlines():
            assert not line.lstrip().startswith(("- ", "> ", "1. ", "| x"))
            assert "# head" not in line or line.startswith("#") is False
        rows = [line for line in markdown.splitlines() if "item" in line]
        assert 1 == len(rows)
        assert rows[0].startswith("|")

    @pytest.mark.parametrize(
        "text",
        [
            "example.no",
            "kari@example.no",
            "mailto:kari@example.no",
            "www.example.no",
            "https://example.no",
            "sub.domain.example.com/path",
        ],
    )
    def test_no_autolink(self, text: str) -> None:
        """Bare domains, e-mail addresses and URLs are no link, not even under GFM linkify."""
        plan = Plan(kind="action_plan", measures=(Measure(id="1", title=f"see {text} now"),))
        markdown = tiltak.to_markdown(plan)
        assert text not in markdown
        assert "@" not in markdown
        assert "://" not in markdown


SURROGATES = ("\ud800", "a\udfffb", "\udc80")


class TestSurrogates:
    """One rule: text holding a surrogate code point is refused at every entrance."""

    @pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "x\\ud83d", "\\ude00x"])
    @pytest.mark.parametrize(
        "template",
        [
            '{{"format": "tiltak/1", "kind": "action_plan", "title": "{s}"}}',
            '{{"format": "tiltak/1", "kind": "action_plan", "measures": [{{"id": "{s}"}}]}}',
            '{{"format": "tiltak/1", "kind": "action_plan", "extensions": {{"k": "{s}"}}}}',
            '{{"format": "tiltak/1", "kind": "action_plan", "extensions": {{"{s}": 1}}}}',
            '{{"format": "tiltak/1", "kind": "action_plan", "measures": [{{"id": "1",'
            ' "causes": ["{s}"]}}]}}',
        ],
    )
    def test_loads(self, template: str, escape: str) -> None:
        """An escape of half a surrogate pair is a problem at its path, str or bytes."""
        text = template.format(s=escape)
        for given in (text, text.encode()):
            with pytest.raises(PlanFormatError) as info:
                loads(given)
            assert all("surrogate" in p.message() for p in info.value.problems)

    def test_a_pair_is_one_character(self) -> None:
        """A whole surrogate pair is one character, and reads as it."""
        plan = loads('{"format": "tiltak/1", "kind": "action_plan", "title": "\\ud83d\\ude00"}')
        assert "\N{GRINNING FACE}" == plan.title
        assert plan == loads(tiltak.dumps(plan).encode())

    @pytest.mark.parametrize("bad", SURROGATES)
    def test_from_dict(self, bad: str) -> None:
        """from_dict names the place of each."""
        data = {
            "format": "tiltak/1",
            "kind": "action_plan",
            "title": bad,
            "measures": [{"id": "1", "responsible": {"name": bad}}],
            "extensions": {bad: 1, "x": [bad]},
        }
        with pytest.raises(PlanFormatError) as info:
            from_dict(data)
        paths = {p.path for p in info.value.problems}
        assert {"$.title", "$.measures[0].responsible.name", "$.extensions"} <= paths
        assert any(p.startswith("$.extensions[") for p in paths)

    @pytest.mark.parametrize("bad", SURROGATES)
    def test_constructors(self, bad: str) -> None:
        """The constructors refuse it with a ModelError naming the field."""
        with pytest.raises(ModelError, match=r"Plan\.title"):
            Plan(kind="action_plan", title=bad)
        with pytest.raises(ModelError, match=r"Responsible\.name"):
            Responsible(name=bad)
        with pytest.raises(ModelError, match=r"Measure\.causes\[0\]"):
            Measure(id="1", causes=(bad,))
        with pytest.raises(ModelError, match="surrogate"):
            Plan(kind="action_plan", extensions={"k": {"j": bad}})
        with pytest.raises(ModelError, match="surrogate"):
            Plan(kind="action_plan", extensions={bad: 1})

    @pytest.mark.parametrize("bad", SURROGATES)
    def test_read_fhir(self, bad: str) -> None:
        """read_fhir refuses it as a problem, never a UnicodeEncodeError later."""
        from tiltak.fhir import read_fhir

        care_plan = {
            "resourceType": "CarePlan",
            "status": "active",
            "intent": "plan",
            "title": bad,
            "subject": {"display": "subject"},
        }
        with pytest.raises(PlanFormatError, match="surrogate"):
            read_fhir(care_plan)

    def test_every_accepted_plan_writes_as_utf8(self) -> None:
        """What is accepted can be written: dumps(...).encode() never fails."""
        plan = loads('{"format": "tiltak/1", "kind": "action_plan", "title": "\\u00e6\\u2028"}')
        assert tiltak.dumps(plan).encode("utf-8")


class TestIntegers:
    @pytest.mark.parametrize("value", [2**53, -(2**53), 2**64, -(2**64) - 1])
    def test_order_out_of_range(self, value: int) -> None:
        """A model integer outside what every JSON reader reads exactly is refused."""
        text = (
            '{"format": "tiltak/1", "kind": "action_plan", "measures": [{"id": "1", "order": '
            f"{value}}}]}}"
        )
        with pytest.raises(PlanFormatError, match=r"\$\.measures\[0\]\.order"):
            loads(text)
        with pytest.raises(PlanFormatError, match=r"\$\.measures\[0\]\.order"):
            from_dict(json.loads(text))
        with pytest.raises(ModelError, match=r"Measure\.order"):
            Measure(id="1", order=value)

    def test_order_at_the_bounds(self) -> None:
        """The bounds themselves are kept, and go into a data frame."""
        plan = Plan(
            kind="action_plan",
            measures=(Measure(id="1", order=2**53 - 1), Measure(id="2", order=-(2**53) + 1)),
        )
        assert plan == loads(tiltak.dumps(plan))
        pytest.importorskip("pandas")
        assert 2 == len(tiltak.exports.to_dataframe(plan))

    def test_extension_integer_python_cannot_write(self) -> None:
        """An integer beyond Python's digit limit is refused on the way in, not on the way out."""
        huge = 10 ** sys.get_int_max_str_digits()
        with pytest.raises(PlanFormatError, match="too many digits"):
            from_dict({"format": "tiltak/1", "kind": "action_plan", "extensions": {"n": huge}})
        with pytest.raises(ModelError, match="digits"):
            Plan(kind="action_plan", extensions={"n": [huge]})

    @pytest.mark.parametrize("part", ["INTERVAL", "COUNT"])
    @pytest.mark.parametrize("value", [2**31, 10**30])
    def test_schedule_parts(self, part: str, value: int) -> None:
        """INTERVAL and COUNT above 2**31 - 1 are refused where read."""
        with pytest.raises(ModelError, match=part):
            Schedule(start=dt.date(2024, 1, 1), rule=f"FREQ=DAILY;{part}={value}")

    def test_schedule_parts_at_the_bound_write_to_ical(self) -> None:
        """At the bound, the schedule is kept and written to iCalendar."""
        pytest.importorskip("icalendar")
        schedule = Schedule(start=dt.date(2024, 1, 1), rule=f"FREQ=YEARLY;COUNT={2**31 - 1}")
        plan = Plan(kind="action_plan", measures=(Measure(id="1", schedule=schedule),))
        assert b"COUNT=2147483647" in tiltak.exports.to_ical(plan)

    def test_rule_text_length(self) -> None:
        """A rule text longer than the documented limit is refused at once."""
        from tiltak._time._schedule import MAX_RULE_LENGTH

        with pytest.raises(ModelError, match=str(MAX_RULE_LENGTH)):
            Schedule(start=dt.date(2024, 1, 1), rule="FREQ=DAILY;" + "X" * MAX_RULE_LENGTH)
        with pytest.raises(ModelError, match=str(MAX_RULE_LENGTH)):
            Schedule(start=dt.date(2024, 1, 1), rule="FREQ=DAILY" + " " * 45_000_000)
