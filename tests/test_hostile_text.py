"""Hostile text in the writers for people and spreadsheets: shown, never obeyed or decoded."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import warnings
import zipfile
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import Measure, Plan, loads
from tiltak._tables import escape_cell
from tiltak._text import utf16_length, visible_controls
from tiltak.errors import ModelError, ModelTypeError, TextReplacedWarning

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""What no text for people may hold raw: controls but tab and line feed, and bidi controls."""

TERMINAL_ATTACKS = (
    "Plan\x1b[2J\x1b[H",  # clear the screen, cursor home
    "\x1b]8;;https://evil.example\x1b\\klikk\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x1b]52;c;ZXZpbA==\x07",  # OSC 52: write the clipboard
    "\x1b]0;title\x07",  # OSC 0: window title
    "\x1bc \x1b7 \x1b8",  # full reset, save and restore the cursor
    "x\x08\x08\x08y",  # backspaces over text
    "\x9b2J \x9d0;t\x9c",  # the C1 forms of CSI, OSC and ST
    "abc\u202edcba \u2066iso\u2069 \u202a\u202b\u202c\u202d",  # bidi overrides and isolates
    "del\x7f bell\x07 nul\x00",
)


def _plan(text: str) -> Plan:
    return loads(
        json.dumps(
            {
                "format": "tiltak/1",
                "kind": "individual_plan",
                "title": text,
                "background": text,
                "measures": [{"id": "1", "title": text, "description": text}],
            }
        )
    )


class TestVisibleControls:
    def test_controls_are_shown_as_escapes(self) -> None:
        """Each control and bidi character becomes ``\\uXXXX``; other text stays."""
        assert "a\\u001b[2Jb\\u202ec\\u0008" == visible_controls("a\x1b[2Jb\u202ec\x08")
        assert "Trygghetsvandring æøå" == visible_controls("Trygghetsvandring æøå")

    def test_keep(self) -> None:
        """A format's own line break and tab stay when asked; else they are shown too."""
        assert "a\nb\tc\\u000d" == visible_controls("a\nb\tc\r", keep="\n\t")
        assert "a\\u000ab\\u0009" == visible_controls("a\nb\t")

    @given(st.text())
    def test_nothing_raw_is_left(self, text: str) -> None:
        assert RAW.search(visible_controls(text, keep="\n\t")) is None


class TestPlainText:
    @pytest.mark.parametrize("attack", TERMINAL_ATTACKS)
    def test_to_text_shows_controls(self, attack: str) -> None:
        """No escape sequence, backspace or bidi override reaches the terminal raw."""
        text = tiltak.to_text(_plan(attack))
        assert RAW.search(text) is None
        assert "\\u" in text

    def test_escapes_are_visible(self) -> None:
        text = tiltak.to_text(_plan("Plan\x1b[2J \u202eabc"))
        assert "Plan\\u001b[2J \\u202eabc" in text

    @pytest.mark.parametrize("attack", TERMINAL_ATTACKS)
    def test_markdown_shows_controls(self, attack: str) -> None:
        markdown = tiltak.to_markdown(_plan(attack))
        assert RAW.search(markdown) is None

    def test_markdown_reset_is_visible(self) -> None:
        """``ESC c`` (a full terminal reset) is no Markdown punctuation: it is escaped too."""
        assert "\\\\u001bc" in tiltak.to_markdown(_plan("\x1bc"))

    @settings(max_examples=50, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
    def test_any_text(self, text: str) -> None:
        plan = Plan(kind="action_plan", title=text, measures=(Measure(id="1", title=text),))
        assert RAW.search(tiltak.to_text(plan)) is None
        assert RAW.search(tiltak.to_markdown(plan)) is None

    def test_goal_measure_and_report(self) -> None:
        attack = "".join(TERMINAL_ATTACKS)
        measure = Measure(id="1", title=attack)
        assert RAW.search(tiltak.to_text(measure)) is None
        assert RAW.search(tiltak.to_text(tiltak.Goal(id="g", text=attack))) is None
        report = tiltak.validate(Plan(kind="action_plan", title=attack, measures=(measure,)))
        assert RAW.search(tiltak.to_text(report)) is None


class TestCommandLine:
    def test_render_to_text(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        from tiltak._cli import main

        source = tmp_path / "plan.json"
        source.write_text(tiltak.dumps(_plan("".join(TERMINAL_ATTACKS))), encoding="utf-8")
        for to in ("text", "markdown"):
            assert 0 == main(["render", str(source), "--to", to])
            out = capsys.readouterr().out
            assert "\x1b]52" not in out
            assert RAW.search(out) is None

    def test_json_on_standard_output(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """JSON shows C1 and bidirectional controls as escapes, and reads back the same."""
        from tiltak._cli import main
        from tiltak.fhir import to_fhir

        plan = _plan("".join(TERMINAL_ATTACKS))
        source = tmp_path / "plan.json"
        source.write_text(tiltak.dumps(plan), encoding="utf-8")
        for argv in (
            ["render", str(source), "--to", "fhir"],
            ["validate", str(source), "--format", "json"],
            ["pseudonymise", str(source), "--key-file", str(self._key(tmp_path))],
        ):
            main(argv)
            out = capsys.readouterr().out
            assert RAW.search(out) is None, argv
        main(["render", str(source), "--to", "fhir"])
        assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(to_fhir(plan)))

    @staticmethod
    def _key(tmp_path: Path) -> Path:
        key = tmp_path / "key"
        key.write_bytes(b"k" * 32)
        return key

    def test_validate_and_errors(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """What the command line says to people, a file's name included, holds nothing raw."""
        from tiltak._cli import main

        name = tmp_path / "plan\x1b]52;c;ZXZpbA==\x07\u202e.json"
        name.write_text(tiltak.dumps(_plan("".join(TERMINAL_ATTACKS))), encoding="utf-8")
        main(["validate", str(name)])
        captured = capsys.readouterr()
        assert RAW.search(captured.out + captured.err) is None
        main(["validate", str(tmp_path / "missing\x1b[2J.json")])
        captured = capsys.readouterr()
        assert "\\u001b[2J" in captured.err
        assert RAW.search(captured.out + captured.err) is None
        name.write_text('{"format": "tiltak/1", "kind": "x\x1b[2J"}', encoding="utf-8")
        main(["validate", str(name)])
        captured = capsys.readouterr()
        assert RAW.search(captured.out + captured.err) is None


class TestPictures:
    @staticmethod
    def _plan(text: str) -> Plan:
        """The Brå action plan with every measure's id and title, and its own title, ``text``."""
        bra = tiltak.examples.load("action_plan_bra")
        measures = [
            Measure(
                id=f"{i}{text}",
                title=text,
                deadline=measure.deadline,
                period=measure.period,
                follow_ups=measure.follow_ups,
            )
            for i, measure in enumerate(bra.measures)
        ]
        return Plan(kind="action_plan", title=text, measures=measures)

    @pytest.mark.parametrize("attack", TERMINAL_ATTACKS)
    def test_plan_pictures_show_controls(self, attack: str) -> None:
        """The text equivalent of every picture of a plan holds no control character raw."""
        from tiltak import pictures

        plan = self._plan(attack)
        drawn = [
            pictures.timeline(plan, locale="en"),
            *(pictures.matrix(plan, by=by, locale="en") for by in ("measures", "goals")),
        ]
        assert "\\u" in drawn[0].text
        assert "\\u" in drawn[1].text
        for picture in drawn:
            assert RAW.search(picture.text) is None
            assert "\n" in picture.text

    @pytest.mark.parametrize("attack", TERMINAL_ATTACKS)
    def test_drawn_pictures_show_controls(self, attack: str) -> None:
        """Pictures drawn from records, and a stack of them under any title, the same."""
        import datetime as dt

        from tiltak import pictures

        day = dt.date(2024, 6, 1)
        drawn = [
            pictures.draw_timeline([pictures.TimelineItem(label=attack, end=day)]),
            pictures.draw_matrix(
                [pictures.MatrixRow(label=attack, marks=[pictures.Mark(date=day, colour="red")])]
            ),
            pictures.draw_indicator(
                pictures.Indicator(
                    label=attack, unit=attack, readings=[pictures.Reading(date=day, value=1)]
                )
            ),
        ]
        drawn.append(pictures.stack(drawn, title=attack, desc=attack, locale="en"))
        drawn.append(pictures.stack([], title=attack, desc=attack, locale="en"))
        for picture in drawn:
            assert RAW.search(picture.text) is None
            assert visible_controls(attack, keep="\n\t") in picture.text


class TestWarnings:
    def test_places_show_controls(self) -> None:
        """A warning names a place whose identifier holds controls with them escaped."""
        from tiltak._text import Replacements

        notes = Replacements("to_test", re.compile("\x01"))
        notes.clean("Kari\x01", "SUMMARY of measure/1\x1b]0;pwned\x07/deadline")
        with pytest.warns(TextReplacedWarning) as caught:
            notes.warn(stacklevel=2)
        message = str(caught[0].message)
        assert "measure/1\\u001b]0;pwned\\u0007/deadline" in message
        assert RAW.search(message) is None
        assert "Kari" not in message

    def test_to_ical_names_a_hostile_id_escaped(self) -> None:
        """The calendar writer's warning shows a measure's hostile id escaped."""
        pytest.importorskip("icalendar")
        plan = Plan(
            kind="action_plan",
            measures=[Measure(id="1\x1b]0;pwned\x07", title="T\x01", deadline="2024-12")],
        )
        with pytest.warns(TextReplacedWarning) as caught:
            tiltak.exports.to_ical(plan)
        message = str(caught[0].message)
        assert "measure/1\\u001b]0;pwned\\u0007/deadline" in message
        assert RAW.search(message) is None

    @pytest.mark.filterwarnings("default")
    def test_command_line_says_a_warning_in_one_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A warning is one clean line naming the command: no source line, nothing raw."""
        from tiltak._cli import _render, main

        def warned(plan: Plan, language: str) -> str:
            warnings.warn(
                "to_test in measure/1\x1b]0;pwned\x07\nnext", TextReplacedWarning, stacklevel=2
            )
            return "written"

        monkeypatch.setitem(_render._FORMATS, "text", warned)
        source = tmp_path / "plan.json"
        source.write_text(tiltak.dumps(_plan("Trygg skolevei")), encoding="utf-8")
        assert 0 == main(["render", str(source), "--to", "text", "--locale", "nb"])
        captured = capsys.readouterr()
        assert "written\n" == captured.out
        assert [
            "tiltak render: advarsel: to_test in measure/1\\u001b]0;pwned\\u0007\\u000anext"
        ] == captured.err.splitlines()

    def test_warnings_as_errors_stop_without_a_traceback(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With ``-W error`` a warning stops the run: said as an error, exit 2, escaped."""
        from tiltak._cli import _render, main

        def warned(plan: Plan, language: str) -> str:
            warnings.warn("to_test in measure/1\x1b[2J", TextReplacedWarning, stacklevel=2)
            return "written"

        monkeypatch.setitem(_render._FORMATS, "text", warned)
        source = tmp_path / "plan.json"
        source.write_text(tiltak.dumps(_plan("Trygg skolevei")), encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert 2 == main(["render", str(source), "--to", "text", "--locale", "en"])
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.splitlines() == [
            "tiltak render: error: to_test in measure/1\\u001b[2J"
        ]

    @pytest.mark.filterwarnings("default")
    def test_command_line_calendar(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``render --to ics`` of a plan with a hostile id says what it replaced, escaped."""
        pytest.importorskip("icalendar")
        from tiltak._cli import main

        source = tmp_path / "plan.json"
        source.write_text(
            '{"format": "tiltak/1", "kind": "action_plan", "measures": [{"id":'
            ' "1\\u001b]0;pwned\\u0007", "title": "T\\u0001", "deadline": "2024-12"}]}',
            encoding="utf-8",
        )
        assert 0 == main(["render", str(source), "--to", "ics", "-o", str(tmp_path / "o.ics")])
        err = capsys.readouterr().err
        assert 1 == len(err.splitlines())
        assert err.startswith("tiltak render: warning: to_ical replaced 1 character(s)")
        assert "measure/1\\u001b]0;pwned\\u0007/deadline" in err
        assert RAW.search(err) is None
        assert "TextReplacedWarning" not in err


class TestExcel:
    def _written(self, plan: Plan) -> tuple[bytes, list[str]]:
        pytest.importorskip("openpyxl")
        out = io.BytesIO()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            tiltak.exports.to_xlsx(plan, out)
        messages = [str(w.message) for w in caught if w.category is TextReplacedWarning]
        return out.getvalue(), messages

    @pytest.mark.parametrize(
        ("text", "written"),
        [
            ("_x0041_ and _x000B_", "_x005F_x0041_ and _x005F_x000B_"),
            ("_x0000_", "_x005F_x0000_"),
            ("_x001b_[31m", "_x005F_x001b_[31m"),
            ("_x005F_", "_x005F_x005F_"),
            ("__x0041__", "__x005F_x0041__"),
            ("_x41_ _xZZZZ_ _x0041", "_x41_ _xZZZZ_ _x0041"),
        ],
    )
    def test_xstring_escapes_are_escaped(self, text: str, written: str) -> None:
        """``_xHHHH_`` is written ``_x005F_xHHHH_``: Excel shows the text as written."""
        from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]
        from openpyxl.utils.escape import unescape  # type: ignore[import-untyped, unused-ignore]

        data, messages = self._written(
            Plan(kind="action_plan", title=text, measures=(Measure(id="1", title=text),))
        )
        assert [] == messages
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sheets = "".join(
                archive.read(name).decode()
                for name in archive.namelist()
                if name.startswith("xl/") and name.endswith(".xml")
            )
        assert written in sheets
        book = load_workbook(io.BytesIO(data))
        measures, facts = book.worksheets
        assert written == facts["B2"].value
        assert f"1. {written}" == measures["B2"].value
        assert text == unescape(facts["B2"].value)  # what a conforming reader shows

    @pytest.mark.parametrize("text", ["_x0041_ and _x000B_", "_x005F_", "_xD83D__xDE00_ _xd800_"])
    def test_read_back_as_written(self, text: str) -> None:
        """``read_xlsx`` decodes the escapes as Excel does: the plan's text comes back."""
        data, _ = self._written(
            Plan(kind="action_plan", title=text, measures=(Measure(id="1", title=text),))
        )
        plan = tiltak.documents.read_xlsx(io.BytesIO(data)).plan
        assert text == plan.title
        assert text == plan.measures[0].title

    def test_read_decodes_excel_escapes(self) -> None:
        """A carriage return Excel wrote as ``_x000D_`` is read as one; half a pair stays."""
        openpyxl = pytest.importorskip("openpyxl")
        data, _ = self._written(Plan(kind="action_plan", title="x", measures=(Measure(id="1"),)))
        book = openpyxl.load_workbook(io.BytesIO(data))
        book.worksheets[0]["B2"].value = "1. a_x000D_b _xD83D__xDE00_ _xDC00_"
        out = io.BytesIO()
        book.save(out)
        plan = tiltak.documents.read_xlsx(io.BytesIO(out.getvalue())).plan
        assert "a\rb \U0001f600 _xDC00_" == plan.measures[0].title

    def test_emoji_count_twice(self) -> None:
        """20,000 emoji are 40,000 UTF-16 units: cut to Excel's 32,767 units, and named."""
        from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]

        data, messages = self._written(Plan(kind="action_plan", background="\U0001f600" * 20_000))
        value = load_workbook(io.BytesIO(data)).worksheets[1]["B7"].value
        assert 32_767 >= utf16_length(value)
        assert value.endswith("…")
        assert set(value[:-1]) == {"\U0001f600"}
        (message,) = messages
        assert "32767" in message
        assert "About the plan!B7" in message

    def test_a_cut_never_splits_a_pair(self) -> None:
        from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]

        data, _ = self._written(Plan(kind="action_plan", background="a" + "\U0001f600" * 20_000))
        value = load_workbook(io.BytesIO(data)).worksheets[1]["B7"].value
        assert 32_766 == utf16_length(value)  # a + 16,382 emoji + … ; the 16,383rd would not fit
        value.encode("utf-8")

    def test_at_the_limit_in_units_is_kept(self) -> None:
        from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]

        text = "x" + "\U0001f600" * 16_383  # 32,767 units
        data, messages = self._written(Plan(kind="action_plan", background=text))
        assert text == load_workbook(io.BytesIO(data)).worksheets[1]["B7"].value
        assert [] == messages
        _, messages = self._written(Plan(kind="action_plan", background=text + "x"))
        assert 1 == len(messages)


class TestFormulaGuard:
    @pytest.mark.parametrize(
        "text",
        [
            " =1+1",
            "\n=1+1",
            "\u00a0=1+1",
            "\ufeff=1+1",
            "\u200b=1+1",
            "\u200d\u2060+1",
            "\u3000 -1",
            "  \t@SUM(A1)",
            "\u202e=1",
            "\x00=1",
        ],
    )
    def test_formula_behind_blanks(self, text: str) -> None:
        """A formula behind white space or invisible characters is prefixed; its text kept."""
        assert "'" + text == escape_cell(text)

    @pytest.mark.parametrize("text", ["a =1", " plan", "\u200bplan", "", "   "])
    def test_no_formula(self, text: str) -> None:
        assert text == escape_cell(text)

    def test_to_csv(self) -> None:
        plan = Plan(kind="action_plan", measures=(Measure(id="1", title="\ufeff =HYPERLINK(1)"),))
        text = tiltak.exports.to_csv(plan)
        assert text is not None
        header, row = list(csv.reader(io.StringIO(text)))
        assert "'\ufeff =HYPERLINK(1)" == row[header.index("measure")]


class TestLabelErrors:
    @pytest.mark.parametrize("value", ["kari.nordmann@example.no", "01017012345", "x\u202ey"])
    def test_field_label_shows_no_value(self, value: str) -> None:
        with pytest.raises(ModelError, match="FIELD_NAMES") as caught:
            tiltak.labels.field_label(value)
        message = str(caught.value)
        assert value not in message
        assert "kari" not in message
        assert "0101" not in message
        assert "\u202e" not in message
        assert f"<{len(value)} characters" in message

    def test_column_label_shows_no_value(self) -> None:
        with pytest.raises(ModelTypeError) as caught:
            tiltak.labels.column_label("kari.nordmann@example.no")
        assert "kari" not in str(caught.value)


class TestCalendarWarnings:
    def test_never_due_names_are_escaped(self) -> None:
        """A measure id holding a terminal escape is shown escaped in to_ical's warning."""
        pytest.importorskip("icalendar")
        rule = "FREQ=DAILY;BYMONTH=4;BYWEEKNO=1;BYSETPOS=1"  # no day of week 1 lies in April
        never = tiltak.Schedule(start=dt.date(2024, 3, 1), rule=rule)
        plan = tiltak.Plan(
            kind="action_plan",
            measures=[tiltak.Measure(id="1\x1b]0;pwned\x07", schedule=never)],
        )
        with pytest.warns(tiltak.errors.TiltakWarning, match="never fall due") as caught:
            tiltak.exports.to_ical(plan)
        message = str(caught[0].message)
        assert "\x1b" not in message
        assert "\x07" not in message
        assert "\\u001b" in message


FORGED = "1\nplan.json: 0 errors, 0 warnings, 0 notes\n\u2028forged"
"""An identifier whose line breaks would print a line of its own: an all-clear that is not."""


class TestOneLine:
    """What names one thing on one line stays on that line, and obeys no control."""

    @staticmethod
    def _repeats() -> Plan:
        attack = "".join(TERMINAL_ATTACKS) + FORGED
        return Plan(
            kind="operational_plan",
            goals=(tiltak.Goal(id=attack, text="x"), tiltak.Goal(id="B", text="x")),
        )

    def test_findings(self) -> None:
        (finding,) = tiltak.validate(self._repeats(), select="P015")
        for said in (finding.message(), str(finding), finding.where(locale="nb")):
            assert RAW.search(said) is None
            assert "\n" not in said
            assert "\u2028" not in said
        assert "\\u000aplan.json" in finding.message()
        (group,) = tiltak.validate(self._repeats(), select="P015").grouped()
        assert "\n" not in group.message()

    def test_element_names(self) -> None:
        ref = tiltak.validate(self._repeats(), select="P015")[0].subject
        assert ref is not None
        named = attrs.evolve(ref, id=FORGED, label=FORGED).text(locale="sv")
        assert "\n" not in named
        assert "\u2028" not in named

    def test_changes(self) -> None:
        old = Plan(kind="action_plan", measures=[Measure(id="1", goals=["g"])])
        new = Plan(kind="action_plan", measures=[Measure(id="1", goals=["g\x1b[2J" + FORGED])])
        changes = tiltak.diff(old, new)
        (line,) = changes.describe(locale="en")
        assert RAW.search(line) is None
        assert "\n" not in changes.to_text()

    def test_text_rows_and_titles(self) -> None:
        measure = Measure(
            id="1\n      Status colour: \u25cf green\nX",
            title="Close school",
            follow_ups=[tiltak.FollowUp(date=dt.date(2024, 5, 1), colour="red")],
        )
        text = tiltak.to_text(Plan(kind="action_plan", title=FORGED, measures=[measure]))
        lines = text.splitlines()
        assert not any(line.lstrip().startswith("Status colour: \u25cf") for line in lines)
        assert not any(line.startswith(("plan.json", "forged")) for line in lines)

    def test_picture_items(self) -> None:
        from tiltak import pictures

        plan = Plan(
            kind="action_plan",
            period=tiltak.Period(start="2024", end="2024"),
            measures=[Measure(id=FORGED, title=FORGED, deadline="2024-05")],
        )
        text = pictures.timeline(plan, locale="en").text
        assert not any(line.startswith(("plan.json", "forged")) for line in text.splitlines())

    def test_command_line_validate(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        from tiltak._cli import main

        source = tmp_path / "plan.json"
        source.write_text(tiltak.dumps(self._repeats()), encoding="utf-8")
        main(["validate", str(source), "--locale", "en"])
        out = capsys.readouterr().out
        assert not any(line.startswith("plan.json:") for line in out.splitlines()[:-1])


class TestMarkup:
    """HTML and SVG hold no control a browser rejects or a terminal showing them obeys."""

    @pytest.mark.parametrize("full_page", [False, True])
    def test_html(self, full_page: bool) -> None:
        html = tiltak.to_html(_plan("".join(TERMINAL_ATTACKS)), full_page=full_page)
        assert RAW.search(html) is None
        assert "\\u001b]52" in html

    def test_svg(self) -> None:
        from tiltak import pictures

        attack = "".join(TERMINAL_ATTACKS)
        plan = TestPictures._plan(attack)
        day = dt.date(2024, 6, 1)
        drawn = [
            pictures.timeline(plan),
            pictures.matrix(plan),
            pictures.draw_matrix(
                [pictures.MatrixRow(label=attack, marks=[pictures.Mark(date=day, colour="red")])]
            ),
            pictures.draw_indicator(
                pictures.Indicator(
                    label=attack, unit=attack, readings=[pictures.Reading(date=day, value=1)]
                )
            ),
        ]
        for picture in drawn:
            assert RAW.search(picture.svg) is None
            assert "\u2028" not in picture.svg
