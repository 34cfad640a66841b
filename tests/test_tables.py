import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tiltak import Cause, FollowUp, Measure, Period, Plan, Responsible, Schedule, examples
from tiltak._tables import escape_cell
from tiltak.errors import ModelTypeError
from tiltak.exports import RECORD_KEYS, to_csv, to_dataframe, to_records, to_xlsx
from tiltak.labels import column_label

D = dt.date
ALL = [examples.load(name) for name in examples.names()]
BRA = examples.load("action_plan_bra")

INJECTIONS = (
    '=HYPERLINK("http://evil.example","klikk")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
)

HOSTILE = Plan(
    kind="action_plan",
    id="=plan",
    title=INJECTIONS[0],
    background=INJECTIONS[1],
    causes=[Cause(id="1", text=INJECTIONS[2])],
    measures=[
        Measure(
            id="1",
            title=INJECTIONS[3],
            operational_goal=INJECTIONS[4],
            responsible=Responsible(name=INJECTIONS[5], phone="+47 22 00 00 00"),
            causes=["1"],
            deadline="2024-06",
            follow_ups=[FollowUp(date=D(2024, 5, 1), colour="red", note="=1+1")],
        ),
        Measure(id="2", title="Vanlig tekst", period=Period(start="2024-01", end="2024-06")),
        Measure(id="3", schedule=Schedule(start=D(2024, 1, 1), rule="FREQ=MONTHLY;INTERVAL=4")),
        Measure(id="4", deadline="2024", follow_ups=[FollowUp(colour="yellow")]),
    ],
)


class TestRecords:
    def test_one_row_per_measure(self) -> None:
        """Every measure of every plan gives one row, in the plan's order, with every key."""
        rows = to_records(ALL)
        assert sum(len(p.measures) for p in ALL) == len(rows)
        assert all(tuple(row) == RECORD_KEYS for row in rows)
        assert [(p.id, m.id) for p in ALL for m in p.measures] == [
            (row["plan_id"], row["measure_id"]) for row in rows
        ]

    def test_generator(self) -> None:
        """Plans may come from any iterable, a generator too."""
        assert to_records(ALL) == to_records(plan for plan in ALL)

    def test_bra_first_row(self) -> None:
        """The Brå example's first row carries the template's columns."""
        row = to_records(BRA)[0]
        measure = BRA.measures[0]
        assert measure.responsible is not None
        expected = {
            "plan_id": "action_plan_bra",
            "plan_kind": "action_plan",
            "plan_title": BRA.title,
            "position": 1,
            "measure_id": "1",
            "order": 1,
            "cause": "1",
            "cause_text": BRA.causes[0].text,
            "measure": measure.title,
            "description": measure.description,
            "goals": "1, 2",
            "operational_goal": measure.operational_goal,
            "deadline": D(2024, 4, 30),
            "deadline_precision": "day",
            "period_start": None,
            "period_end": None,
            "schedule": None,
            "completed": D(2024, 4, 26),
            "responsible": measure.responsible.name,
            "responsible_role": measure.responsible.role,
            "responsible_organisation": measure.responsible.organisation,
            "responsible_email": measure.responsible.email,
            "responsible_phone": measure.responsible.phone,
            "colour": "green",
            "follow_up_date": D(2024, 6, 14),
            "follow_up_note": measure.follow_ups[-1].note,
            "effort": "one_off",
        }
        assert expected == row

    def test_localised_values(self) -> None:
        """With a locale, kinds, colours, efforts and schedules are named in it."""
        rows = to_records(HOSTILE, locale="nb")
        assert ("tiltaksplan", "rød") == (rows[0]["plan_kind"], rows[0]["colour"])
        assert "hvert tertial" == rows[2]["schedule"]
        assert "FREQ=MONTHLY;INTERVAL=4" == to_records(HOSTILE)[2]["schedule"]

    def test_partial_dates(self) -> None:
        """A deadline given as a month or a year is its last day, with its precision."""
        rows = to_records(HOSTILE)
        assert [
            (D(2024, 6, 30), "month"),
            (None, None),
            (None, None),
            (D(2024, 12, 31), "year"),
        ] == [(row["deadline"], row["deadline_precision"]) for row in rows]
        assert (D(2024, 1, 1), D(2024, 6, 30)) == (rows[1]["period_start"], rows[1]["period_end"])

    def test_follow_up_shown(self) -> None:
        """The follow-up shown is the latest that gives a colour."""
        measure = Measure(
            id="1",
            follow_ups=[
                FollowUp(date=D(2024, 1, 1), colour="red", note="a"),
                FollowUp(date=D(2024, 2, 1)),
            ],
        )
        row = to_records(Plan(kind="action_plan", measures=[measure]))[0]
        assert ("red", D(2024, 1, 1), "a") == (
            row["colour"],
            row["follow_up_date"],
            row["follow_up_note"],
        )

    def test_no_measures(self) -> None:
        """A plan without measures gives no rows."""
        assert [] == to_records(examples.load("operational_plan"))

    @pytest.mark.parametrize("value", ["plan", {"kind": "action_plan"}, 3, [BRA, "x"]])
    def test_wrong_input(self, value: object) -> None:
        """Anything but a plan or plans is refused by type."""
        with pytest.raises(ModelTypeError):
            to_records(value)  # type: ignore[arg-type]


class TestColumnLabels:
    @pytest.mark.parametrize(
        ("locale", "expected"),
        [
            ("sv", ["Orsak", "Åtgärd", "Operativa mål", "När", "Vem", "Uppföljning"]),
            ("nb", ["Årsak", "Tiltak", "Operativt mål", "Når", "Hvem/Ansvarlig", "Oppfølging"]),
            ("nn", ["Årsak", "Tiltak", "Operativt mål", "Når", "Kven/Ansvarleg", "Oppfølging"]),
            ("en", ["Cause", "Measure", "Operational goal", "When", "Who", "Follow-up"]),
        ],
    )
    def test_template_columns(self, locale: str, expected: list[str]) -> None:
        """The Brå template's columns are named as the sector names them."""
        keys = ["cause", "measure", "operational_goal", "deadline", "responsible", "colour"]
        assert expected == [column_label(key, locale=locale) for key in keys]

    def test_unknown(self) -> None:
        """An unknown column is refused."""
        with pytest.raises(ModelTypeError, match="RECORD_KEYS"):
            column_label("nope")


class TestEscapeCell:
    @pytest.mark.parametrize("text", INJECTIONS)
    def test_formula_starts(self, text: str) -> None:
        """A cell starting like a formula gets a leading apostrophe."""
        assert "'" + text == escape_cell(text)

    @pytest.mark.parametrize("text", ["Belysning", "1. Lys", "", "a=b", "e-post"])
    def test_plain_text(self, text: str) -> None:
        """Other text is left as it is."""
        assert text == escape_cell(text)


class TestCsv:
    def read(self, text: str) -> list[list[str]]:
        return list(csv.reader(io.StringIO(text)))

    def test_header_and_rows(self) -> None:
        """The header is the keys, and each measure a row."""
        rows = self.read(to_csv(ALL))
        assert list(RECORD_KEYS) == rows[0]
        assert len(to_records(ALL)) == len(rows) - 1

    def test_localised_header(self) -> None:
        """With a locale the header is the columns' names."""
        header = self.read(to_csv(BRA, locale="sv"))[0]
        assert ["Orsak", "Åtgärd"] == [header[RECORD_KEYS.index(k)] for k in ("cause", "measure")]

    def test_values(self) -> None:
        """Dates are ISO, a deadline keeps its precision, absent values are empty."""
        rows = self.read(to_csv(HOSTILE))
        by_key = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
        assert ["2024-06", "", "", "2024"] == [row["deadline"] for row in by_key]
        assert ["2024-05-01", "", "", ""] == [row["follow_up_date"] for row in by_key]
        assert "1" == by_key[0]["position"]

    def test_injection_escaped(self) -> None:
        """No cell from the plan starts like a formula: each such text gets an apostrophe."""
        rows = self.read(to_csv(HOSTILE))
        cells = [cell for row in rows for cell in row]
        assert [] == [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
        first = dict(zip(rows[0], rows[1], strict=True))
        assert "'" + INJECTIONS[0] == first["plan_title"]
        assert "'" + INJECTIONS[3] == first["measure"]
        assert "'" + INJECTIONS[5] == first["responsible"]
        assert "'+47 22 00 00 00" == first["responsible_phone"]
        assert "'=plan" == first["plan_id"]

    def test_to_path(self, tmp_path: Path) -> None:
        """Written to a path, the file is UTF-8 with a byte-order mark, and nothing is returned."""
        path = tmp_path / "plan.csv"
        assert None is to_csv(BRA, path, locale="sv")
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        assert to_csv(BRA, locale="sv") == data[3:].decode("utf-8")

    def test_to_file(self) -> None:
        """Written to an open text file, the text is the same."""
        out = io.StringIO()
        to_csv(BRA, out)
        assert to_csv(BRA) == out.getvalue()


class TestDataFrame:
    pd = pytest.importorskip("pandas")

    def test_dtypes(self) -> None:
        """Dates are datetime64, the colour an ordered categorical, positions integers."""
        frame = to_dataframe(ALL)
        assert list(RECORD_KEYS) == list(frame.columns)
        for key in ("deadline", "period_start", "period_end", "completed", "follow_up_date"):
            assert self.pd.api.types.is_datetime64_any_dtype(frame[key]), key
        assert isinstance(frame["colour"].dtype, self.pd.CategoricalDtype)
        assert frame["colour"].cat.ordered
        assert ["red", "yellow", "green"] == list(frame["colour"].cat.categories)
        assert "Int64" == str(frame["position"].dtype)

    def test_values(self) -> None:
        """Values survive: the deadline's day, not assessed as missing."""
        frame = to_dataframe(HOSTILE)
        assert self.pd.Timestamp(2024, 6, 30) == frame["deadline"][0]
        assert frame["colour"].isna().tolist() == [False, True, True, False]

    def test_order(self) -> None:
        """Red sorts before yellow and yellow before green."""
        frame = to_dataframe(BRA)
        ordered = frame.sort_values("colour")["colour"].tolist()
        assert ["red", "yellow", "green", "green", "green", "green"] == ordered
        assert 2 == int((frame["colour"] < "green").sum())

    def test_localised_categories(self) -> None:
        """With a locale the categories are the colours' names, in the same order."""
        frame = to_dataframe(BRA, locale="nn")
        assert ["raud", "gul", "grøn"] == list(frame["colour"].cat.categories)

    def test_empty(self) -> None:
        """A plan without measures gives an empty frame with every column."""
        frame = to_dataframe(examples.load("operational_plan"))
        assert (0, list(RECORD_KEYS)) == (len(frame), list(frame.columns))


class TestXlsx:
    openpyxl = pytest.importorskip("openpyxl")

    def load(self, plan: Plan, tmp_path: Path, locale: str = "sv") -> Any:
        path = tmp_path / "plan.xlsx"
        to_xlsx(plan, path, locale=locale)
        return self.openpyxl.load_workbook(path)

    def test_headers(self, tmp_path: Path) -> None:
        """The first sheet's header row is the template's columns, frozen."""
        sheet = self.load(BRA, tmp_path).worksheets[0]
        assert (
            "Orsak",
            "Åtgärd",
            "Operativa mål",
            "När",
            "Vem",
            "Uppföljning",
            "Kommentar",
        ) == next(sheet.iter_rows(max_row=1, values_only=True))
        assert "A2" == sheet.freeze_panes

    def test_nb_headers(self, tmp_path: Path) -> None:
        """In bokmål the headers are the Norwegian template's."""
        sheet = self.load(BRA, tmp_path, locale="nb").worksheets[0]
        assert (
            "Årsak",
            "Tiltak",
            "Operativt mål",
            "Når",
            "Hvem/Ansvarlig",
            "Oppfølging",
            "Merknad",
        ) == next(sheet.iter_rows(max_row=1, values_only=True))

    def test_values(self, tmp_path: Path) -> None:
        """One row per measure, in order, with causes, measure, who and the colour's name."""
        sheet = self.load(BRA, tmp_path).worksheets[0]
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        assert len(BRA.measures) == len(rows)
        first = BRA.measures[0]
        assert first.responsible is not None
        assert f"1. {BRA.causes[0].text}" == rows[0][0]
        assert f"1. {first.title}" == rows[0][1]
        assert first.operational_goal == rows[0][2]
        assert rows[0][4].startswith(f"{first.responsible.name}, {first.responsible.role}\n")
        assert first.responsible.email in rows[0][4]
        assert ["grön", "grön", "grön", "gul", "grön", "röd"] == [row[5] for row in rows]
        assert first.follow_ups[-1].note == rows[0][6]

    def test_dates(self, tmp_path: Path) -> None:
        """A deadline is a real date cell shown to its precision; a period or schedule is text."""
        sheet = self.load(HOSTILE, tmp_path).worksheets[0]
        cells = [sheet.cell(row=row, column=4) for row in range(2, 6)]
        assert dt.datetime(2024, 6, 30) == cells[0].value
        assert "yyyy-mm" == cells[0].number_format
        assert cells[0].is_date
        assert dt.datetime(2024, 12, 31) == cells[3].value
        assert "yyyy" == cells[3].number_format
        assert "januari 2024 – juni 2024" == cells[1].value  # noqa: RUF001
        assert "varje tertial" == cells[2].value

    def test_drop_down(self, tmp_path: Path) -> None:
        """The follow-up column offers the three colours' names in a drop-down."""
        sheet = self.load(BRA, tmp_path).worksheets[0]
        (validation,) = sheet.data_validations.dataValidation
        assert ("list", '"grön,gul,röd"') == (validation.type, validation.formula1)
        assert "F2:F1048576" == str(validation.sqref)

    def test_fills(self, tmp_path: Path) -> None:
        """The follow-up column is filled per colour by conditional formatting."""
        sheet = self.load(BRA, tmp_path).worksheets[0]
        (ranges,) = list(sheet.conditional_formatting)
        assert "F2:F1048576" == str(ranges.sqref)
        rules = [(rule.operator, rule.formula, rule.dxf.fill.fgColor.rgb) for rule in ranges.rules]
        assert [
            ("equal", ['"grön"'], "00C6EFCE"),
            ("equal", ['"gul"'], "00FFEB9C"),
            ("equal", ['"röd"'], "00FFC7CE"),
        ] == rules

    def test_injection_stays_text(self, tmp_path: Path) -> None:
        """Text that starts like a formula reads back as the same text, data type s."""
        workbook = self.load(HOSTILE, tmp_path)
        sheet, facts = workbook.worksheets
        cells = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
        cells += [cell for row in facts.iter_rows() for cell in row if isinstance(cell.value, str)]
        assert all("s" == cell.data_type for cell in cells)
        values = {cell.value for cell in cells}
        assert {f"1. {INJECTIONS[2]}", f"1. {INJECTIONS[3]}", INJECTIONS[4], "=1+1"} <= values
        assert {INJECTIONS[0], INJECTIONS[1], "=plan"} <= values

    def test_facts(self, tmp_path: Path) -> None:
        """The second sheet holds the plan's facts, labelled in the locale."""
        facts = self.load(BRA, tmp_path).worksheets[1]
        rows = {row[0]: row[1] for row in facts.iter_rows(values_only=True)}
        assert "åtgärdsplan" == rows["Plantyp"]
        assert BRA.title == rows["Titel"]
        assert BRA.background == rows["Bakgrund"]
        assert BRA.resources == rows["Resurser"]
        assert BRA.owner == rows["Ansvarig enhet"]
        assert dt.datetime(2024, 2, 20) == rows["Fastställd"]

    def test_sheet_names(self, tmp_path: Path) -> None:
        """The sheets are named in the locale."""
        assert ["Tiltak", "Om planen"] == self.load(BRA, tmp_path, locale="nb").sheetnames

    def test_file_object(self, tmp_path: Path) -> None:
        """A binary file object is written to as well as a path."""
        out = io.BytesIO()
        to_xlsx(BRA, out, locale="en")
        out.seek(0)
        assert "Cause" == self.openpyxl.load_workbook(out).worksheets[0]["A1"].value

    def test_one_plan_only(self, tmp_path: Path) -> None:
        """to_xlsx writes one plan."""
        with pytest.raises(ModelTypeError, match="one Plan"):
            to_xlsx(ALL, tmp_path / "x.xlsx")  # type: ignore[arg-type]

    @pytest.mark.parametrize("name", examples.names())
    def test_every_example(self, tmp_path: Path, name: str) -> None:
        """Every example writes and reads back with one row per measure."""
        plan = examples.load(name)
        sheet = self.load(plan, tmp_path, locale="nb").worksheets[0]
        assert len(plan.measures) + 1 == sheet.max_row or (
            not plan.measures and sheet.max_row == 1
        )


class TestLazyImports:
    def test_no_pandas_or_openpyxl_at_import(self) -> None:
        """Importing tiltak loads neither pandas nor openpyxl."""
        code = (
            "import sys, tiltak\n"
            "print(sorted(m for m in ('pandas', 'openpyxl') if m in sys.modules))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "[]" == out.stdout.strip()
