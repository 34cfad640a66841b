"""Catalogs, translation functions, names and labels, and an integrator's own language."""

from __future__ import annotations

import datetime as dt
import enum
import gettext as std_gettext
import importlib.util
import re
import string
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

import tiltak
from tiltak import (
    AbsenceDegree,
    Effort,
    GoalOrigin,
    Party,
    PlanKind,
    PlanStatus,
    StatusColour,
    _i18n,
    _locale,
)
from tiltak._i18n import gettext, ngettext, pgettext
from tiltak._names import colour_name, kind_name, severity_name, status_name, value_name
from tiltak.errors import CatalogError, ModelError, ModelTypeError, UnknownLocaleError
from tiltak.labels import field_label

TRANSLATED = ("nb", "nn", "sv")
ROOT = Path(__file__).resolve().parent.parent


def read_catalog(code: str):  # type: ignore[no-untyped-def]
    """The Babel catalog of ``code`` as installed with the package."""
    from babel.messages.pofile import read_po

    with _i18n.catalog_path(code).open("rb") as po:
        return read_po(po, locale=code, domain="tiltak")


def is_language_neutral(text: str) -> bool:
    """Numbers, placeholders and upper-case proper nouns read the same in every language."""
    stripped = re.sub(r"\{[a-z_]*\}|[A-ZÅÄÖ]{2,}|[\d\W_]+", "", text)
    return not stripped


class TestCatalogs:
    @pytest.mark.parametrize("code", TRANSLATED)
    def test_catalog_is_in_the_package(self, code: str) -> None:
        """Each translated locale's .po file is inside the installed tiltak package."""
        path = _i18n.catalog_path(code)
        assert path.is_file()
        assert Path(str(path)).is_relative_to(Path(tiltak.__file__).parent)

    def test_template_is_in_the_package(self) -> None:
        """The template an integrator starts a new language from ships with the package."""
        assert _i18n.template_path().is_file()

    @pytest.mark.parametrize("code", TRANSLATED)
    def test_yields_real_translations(self, code: str) -> None:
        """Loading a locale's catalog yields Babel translations, never a silent no-op."""
        from babel.support import Translations

        loaded = _i18n.translations(code)
        assert isinstance(loaded, Translations)
        assert "due today" != loaded.gettext("due today")

    @pytest.mark.parametrize("code", TRANSLATED)
    def test_no_message_equals_its_english_id(self, code: str) -> None:
        """In nb, nn and sv no translated message equals its English id."""
        same = []
        for message in read_catalog(code):
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            forms = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(forms), f"untranslated: {message.id!r}"
            same += [
                (message.context, form)
                for form in forms
                if form in ids and not is_language_neutral(form)
            ]
        assert [] == same

    @pytest.mark.parametrize("code", TRANSLATED)
    def test_every_message_translates_through_the_api(self, code: str) -> None:
        """Every catalog entry comes back translated through gettext, ngettext or pgettext."""
        for message in read_catalog(code):
            if not message.id:
                continue
            if isinstance(message.id, tuple):
                singular, plural = message.id
                for n, form in ((1, 0), (2, 1)):
                    expected = message.string[form]
                    if message.context is None:
                        assert expected == ngettext(singular, plural, n, locale=code)
            elif message.context is None:
                assert message.string == gettext(message.id, locale=code)
            else:
                assert message.string == pgettext(message.context, message.id, locale=code)

    @pytest.mark.parametrize("code", TRANSLATED)
    def test_fields_of_the_id_are_kept(self, code: str) -> None:
        """A translation uses the str.format fields its message id has, and no others."""

        def fields(text: str) -> set[str]:
            return {name for _, name, _, _ in string.Formatter().parse(text) if name}

        for message in read_catalog(code):
            if message.id and isinstance(message.id, tuple):
                singular, plural = message.id
                assert fields(plural) == fields(message.string[-1])
                for form in message.string:
                    assert fields(form) <= fields(singular) | fields(plural)
            elif message.id:
                assert fields(message.id) == fields(message.string)

    def test_nn_falls_back_to_nb_then_english(self) -> None:
        """The nynorsk catalog chains to the bokmål one, which chains to nothing (English)."""
        nn = _i18n.translations("nn")
        nb = _i18n.translations("nb")
        assert nb is nn._fallback  # type: ignore[attr-defined]
        assert nb._fallback is None
        assert "not a tiltak message" == gettext("not a tiltak message", locale="nn")

    def test_english_is_the_message_id(self) -> None:
        """English returns the message ids themselves, with English plurals."""
        assert "due today" == gettext("due today", locale="en")
        assert "{days} day overdue" == ngettext(
            "{days} day overdue", "{days} days overdue", 1, locale="en"
        )
        assert "{days} days overdue" == ngettext(
            "{days} day overdue", "{days} days overdue", 0, locale="en-GB"
        )

    def test_first_use_from_many_threads(self) -> None:
        """Threads loading catalogs for the first time at once all get real translations."""
        import threading

        _i18n._builtin.cache_clear()
        barrier = threading.Barrier(8, timeout=10)
        results: list[str] = []

        def load(code: str) -> None:
            barrier.wait()
            results.append(gettext("due today", locale=code))

        codes = ["nb", "nn", "sv", "en"] * 2
        threads = [threading.Thread(target=load, args=(code,)) for code in codes]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        expected = ["forfaller i dag", "forfell i dag", "förfaller i dag", "due today"] * 2
        assert sorted(expected) == sorted(results)

    def test_catalogs_are_cached(self) -> None:
        """A locale's catalog is compiled once and reused."""
        assert _i18n.translations("sv") is _i18n.translations("sv")

    def test_missing_catalog_is_an_error(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """A supported locale without a catalog raises CatalogError, never a no-op."""
        monkeypatch.setattr(_i18n, "catalog_path", lambda code: tmp_path / "missing.po")
        with pytest.raises(CatalogError, match="missing"):
            _i18n._compile("nb")

    def test_empty_catalog_is_an_error(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """A catalog that translates nothing raises CatalogError."""
        empty = tmp_path / "tiltak.po"
        empty.write_text('msgid ""\nmsgstr ""\n"Language: nb\\n"\n', encoding="utf-8")
        monkeypatch.setattr(_i18n, "catalog_path", lambda code: empty)
        with pytest.raises(CatalogError, match="no translations"):
            _i18n._compile("nb")

    def test_uses_the_context_locale(self) -> None:
        """Without locale= the functions translate into the context's locale."""
        with tiltak.i18n.use_locale("sv"):
            assert "förfaller i dag" == gettext("due today")

    def test_unknown_locale(self) -> None:
        """Translating into an unknown locale raises UnknownLocaleError."""
        with pytest.raises(UnknownLocaleError):
            gettext("due today", locale="de")


class TestPlurals:
    @pytest.mark.parametrize(
        ("code", "n", "expected"),
        [
            ("en", 1, "due in 1 day"),
            ("en", 2, "due in 2 days"),
            ("nb", 1, "forfaller om 1 dag"),
            ("nb", 3, "forfaller om 3 dager"),
            ("nn", 1, "forfell om 1 dag"),
            ("nn", 3, "forfell om 3 dagar"),
            ("sv", 1, "förfaller om 1 dag"),
            ("sv", 21, "förfaller om 21 dagar"),
        ],
    )
    def test_forms(self, code: str, n: int, expected: str) -> None:
        """ngettext picks the singular for 1 and the plural otherwise, per locale."""
        message = ngettext("due in {days} day", "due in {days} days", n, locale=code)
        assert expected == message.format(days=n)


class TestContexts:
    @pytest.mark.parametrize(
        ("code", "severity", "field"),
        [
            ("nb", "merknad", "notat"),
            ("nn", "merknad", "notat"),
            ("sv", "anmärkning", "anteckning"),
        ],
    )
    def test_same_word_different_context(self, code: str, severity: str, field: str) -> None:
        """pgettext tells the severity "note" from the field "note"."""
        assert severity == pgettext("severity", "note", locale=code)
        assert field == pgettext("field", "note", locale=code)

    def test_unknown_context_is_the_id(self) -> None:
        """A context the catalog lacks falls back to the English id."""
        assert "note" == pgettext("no such context", "note", locale="nb")


KIND_NAMES = {
    PlanKind.ACTION_PLAN: ("action plan", "tiltaksplan", "tiltaksplan", "åtgärdsplan"),
    PlanKind.IMPLEMENTATION_PLAN: (
        "implementation plan",
        "gjennomføringsplan",
        "gjennomføringsplan",
        "genomförandeplan",
    ),
    PlanKind.INDIVIDUAL_PLAN: (
        "individual plan",
        "individuell plan",
        "individuell plan",
        "individuell plan",
    ),
    PlanKind.COORDINATED_PLAN: (
        "coordinated individual plan",
        "samordnet individuell plan",
        "samordna individuell plan",
        "samordnad individuell plan (SIP)",
    ),
    PlanKind.OPERATIONAL_PLAN: (
        "operational plan",
        "virksomhetsplan",
        "verksemdsplan",
        "verksamhetsplan",
    ),
    PlanKind.RETURN_TO_WORK_PLAN: (
        "return-to-work plan",
        "oppfølgingsplan",
        "oppfølgingsplan",
        "plan för återgång i arbete",
    ),
}
COLOUR_NAMES = {
    StatusColour.GREEN: ("green", "grønn", "grøn", "grön"),
    StatusColour.YELLOW: ("yellow", "gul", "gul", "gul"),
    StatusColour.RED: ("red", "rød", "raud", "röd"),
    None: ("not assessed", "ikke vurdert", "ikkje vurdert", "inte bedömd"),
}
LOCALES = ("en", "nb", "nn", "sv")


class TestNames:
    @pytest.mark.parametrize(("kind", "names"), KIND_NAMES.items())
    def test_kind_names(self, kind: PlanKind, names: tuple[str, ...]) -> None:
        """Each plan kind has the sector's own name in each language."""
        assert names == tuple(kind_name(kind, locale=code) for code in LOCALES)
        assert names == tuple(kind_name(kind.value, locale=code) for code in LOCALES)

    @pytest.mark.parametrize(("colour", "names"), COLOUR_NAMES.items())
    def test_colour_names(self, colour: StatusColour | None, names: tuple[str, ...]) -> None:
        """Each status colour, and its absence, has its name in each language."""
        assert names == tuple(colour_name(colour, locale=code) for code in LOCALES)

    def test_status_names(self) -> None:
        """Plan statuses are named in each language."""
        assert ["utkast", "aktiv", "fullført", "avbroten"] == [
            status_name(s, locale="nn") for s in PlanStatus
        ]
        assert "avslutad" == status_name("completed", locale="sv")

    @pytest.mark.parametrize(
        ("code", "names"),
        [
            ("en", ["error", "warning", "note"]),
            ("nb", ["feil", "advarsel", "merknad"]),
            ("nn", ["feil", "åtvaring", "merknad"]),
            ("sv", ["fel", "varning", "anmärkning"]),
        ],
    )
    def test_severity_names(self, code: str, names: list[str]) -> None:
        """Severities are named in each language, from their names or E/W/I codes."""
        assert names == [severity_name(s, locale=code) for s in ("error", "warning", "note")]
        assert names == [severity_name(s, locale=code) for s in ("E", "W", "I")]

    def test_severity_from_an_enum(self) -> None:
        """A severity enum member is named by its value or its name."""

        class Severity(enum.Enum):
            ERROR = "E"
            WARNING = "warning"
            INFO = 3

        assert ["fel", "varning", "anmärkning"] == [
            severity_name(s, locale="sv") for s in Severity
        ]

    def test_unknown_severity(self) -> None:
        """An unknown severity raises ModelError naming the allowed ones."""
        with pytest.raises(ModelError, match="'error', 'warning', 'note'"):
            severity_name("fatal")
        with pytest.raises(ModelTypeError):
            severity_name(3)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "member",
        [*PlanKind, *StatusColour, *PlanStatus, *Party, *Effort, *AbsenceDegree, *GoalOrigin],
    )
    def test_every_vocabulary_member_is_named(self, member: enum.Enum) -> None:
        """Every member of tiltak's vocabularies has a name, translated in nb, nn and sv."""
        english = value_name(member, locale="en")
        for code in TRANSLATED:
            assert english != value_name(member, locale=code) or is_language_neutral(english)

    def test_value_name_of_something_else(self) -> None:
        """value_name refuses what is not a tiltak vocabulary member."""
        with pytest.raises(ModelTypeError, match="PlanKind"):
            value_name("green")  # type: ignore[arg-type]

    def test_unknown_kind(self) -> None:
        """An unknown kind raises ModelError."""
        with pytest.raises(ModelError):
            kind_name("shopping_list")


class TestFieldLabels:
    @pytest.mark.parametrize("name", sorted(tiltak.labels.FIELD_NAMES))
    def test_every_label_is_translated(self, name: str) -> None:
        """Every field label reads differently from English in nb, nn and sv."""
        english = field_label(name, locale="en")
        for code in TRANSLATED:
            assert english != field_label(name, locale=code)

    def test_every_model_attribute_has_a_label(self) -> None:
        """Each attribute of each model class has a label an integrator can show."""
        import attrs

        missing = [
            f"{cls.__name__}.{field.name}"
            for cls in (getattr(tiltak, name) for name in tiltak.__all__)
            if isinstance(cls, type) and attrs.has(cls) and cls.__module__ == "tiltak._model"
            for field in attrs.fields(cls)
            if f"{cls.__name__}.{field.name}" not in tiltak.labels.FIELD_NAMES
            and field.name not in tiltak.labels.FIELD_NAMES
        ]
        assert [] == missing

    @pytest.mark.parametrize(
        ("name", "labels"),
        [
            ("title", ("title", "tittel", "tittel", "titel")),
            ("owner", ("owner (unit)", "ansvarlig enhet", "ansvarleg eining", "ansvarig enhet")),
            ("background", ("background", "bakgrunn", "bakgrunn", "bakgrund")),
            ("resources", ("resources", "ressurser", "ressursar", "resurser")),
            ("cause", ("cause", "årsak", "årsak", "orsak")),
            ("goal_area", ("goal area", "målområde", "målområde", "målområde")),
            ("purpose", ("purpose", "formål", "føremål", "syfte")),
            ("expectations", ("expectations", "forventninger", "forventningar", "förväntningar")),
            ("description", ("description", "beskrivelse", "skildring", "beskrivning")),
            ("deadline", ("deadline", "frist", "frist", "klart senast")),
            ("order", ("order", "rekkefølge", "rekkjefølgje", "ordningsföljd")),
            ("responsible", ("responsible", "ansvarlig", "ansvarleg", "ansvarig")),
            ("follow_up", ("follow-up", "oppfølging", "oppfølging", "uppföljning")),
            ("colour", ("status colour", "statusfarge", "statusfarge", "statusfärg")),
            ("coordinator", ("coordinator", "koordinator", "koordinator", "samordnare")),
            ("participants", ("participants", "deltakere", "deltakarar", "deltagare")),
            ("principal", ("principal", "ansvarlig virksomhet", "ansvarleg verksemd", "huvudman")),
            ("cooperation", ("cooperation", "samarbeid", "samarbeid", "samverkan")),
            ("adoption", ("adopted", "vedtatt", "vedteken", "fastställd")),
            ("decision", ("decision", "vedtak", "vedtak", "beslut")),
            (
                "Measure.how",
                (
                    "how it is carried out",
                    "gjennomføring (hvordan)",
                    "gjennomføring (korleis)",
                    "genomförande (hur)",
                ),
            ),
        ],
    )
    def test_glossary_words(self, name: str, labels: tuple[str, ...]) -> None:
        """Labels use the glossary's words in each language."""
        assert labels == tuple(field_label(name, locale=code) for code in LOCALES)

    def test_qualified_name(self) -> None:
        """A Class.attribute name gets its own label, or the attribute's where none."""
        assert "vedteken av" == field_label("Adoption.by", locale="nn")
        assert "av kven" == field_label("Consent.by", locale="nn")
        assert "frist" == field_label("Measure.deadline", locale="nb")

    def test_unknown_field(self) -> None:
        """An unknown field name raises ModelError pointing at FIELD_NAMES."""
        with pytest.raises(ModelError, match="FIELD_NAMES"):
            field_label("shoe_size")
        with pytest.raises(ModelTypeError):
            field_label(None)  # type: ignore[arg-type]


def _catalog_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "tools" / "catalogs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_source = pytest.mark.skipif(
    not (ROOT / "tools" / "catalogs.py").exists() or not (ROOT / "src" / "tiltak").exists(),
    reason="needs the source tree",
)


@needs_source
class TestCatalogTool:
    def test_catalogs_are_in_step(self) -> None:
        """The committed template and catalogs match the code and are fully translated."""
        assert [] == list(_catalog_tool().problems())

    def test_finds_drift_and_gaps(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """The check reports a new message, a dropped one, a fuzzy and an empty entry."""
        import shutil

        tool = _catalog_tool()
        package = tmp_path / "src" / "tiltak"
        shutil.copytree(ROOT / "src" / "tiltak", package)
        # In a private subpackage: Babel skips "_" directories unless told otherwise.
        (package / "_extra").mkdir()
        (package / "_extra" / "rules.py").write_text(
            'from tiltak._i18n import N_\n\nMESSAGE = N_("a message nobody extracted")\n',
            encoding="utf-8",
        )
        nb = package / "locale" / "nb" / "LC_MESSAGES" / "tiltak.po"
        text = nb.read_text(encoding="utf-8")
        text = text.replace(
            'msgid "due today"\nmsgstr "forfaller i dag"',
            ('#, fuzzy\nmsgid "due today"\nmsgstr "forfaller i dag"'),
        )
        text = text.replace('msgstr "statusfarge"', 'msgstr ""')
        nb.write_text(text, encoding="utf-8")
        sv = package / "locale" / "sv" / "LC_MESSAGES" / "tiltak.po"
        sv.write_text(
            sv.read_text(encoding="utf-8").replace(
                'msgstr "förfaller i dag"', 'msgstr "förfaller i dag {when}"'
            ),
            encoding="utf-8",
        )
        monkeypatch.setattr(tool, "ROOT", tmp_path)
        monkeypatch.setattr(tool, "PACKAGE", package)
        monkeypatch.setattr(tool, "LOCALE_DIR", package / "locale")
        monkeypatch.setattr(tool, "TEMPLATE", package / "locale" / "tiltak.pot")
        found = "\n".join(tool.problems())
        assert "'a message nobody extracted' is in the code but not in the template" in found
        assert "nb/LC_MESSAGES/tiltak.po: 'due today' is fuzzy" in found
        assert "nb/LC_MESSAGES/tiltak.po: [field] 'status colour' is untranslated" in found
        assert "sv/LC_MESSAGES/tiltak.po: 'due today' uses fields the message id has not" in found

        shutil.rmtree(package / "_extra")
        (package / "_words.py").write_text(
            (package / "_words.py")
            .read_text(encoding="utf-8")
            .replace('NC_("field", "wording")', 'NC_("field", "text")'),
            encoding="utf-8",
        )
        found = "\n".join(tool.problems())
        assert "[field] 'wording' is in the template but no longer in the code" in found
        assert "[field] 'text' is in the code but not in the template" in found
        assert 1 == tool.check()

        assert 0 == tool.update()
        found = "\n".join(tool.problems())
        assert "'wording'" not in found
        assert "nn/LC_MESSAGES/tiltak.po: [field] 'text' is untranslated" in found
        assert "nb/LC_MESSAGES/tiltak.po: [field] 'status colour' is untranslated" in found
        assert "forfaller i dag" == tool.read(tool.po_path("nb"), "nb")["due today"].string


@needs_source
class TestWheel:
    def test_wheel_carries_working_catalogs(self, tmp_path: Path) -> None:
        """A built wheel holds every catalog, and each locale translates from it."""
        pytest.importorskip("hatchling")
        subprocess.run(
            [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        (wheel,) = tmp_path.glob("tiltak-*.whl")
        with zipfile.ZipFile(wheel) as archive:
            names = set(archive.namelist())
            archive.extractall(tmp_path / "site")
        for code in TRANSLATED:
            assert f"tiltak/locale/{code}/LC_MESSAGES/tiltak.po" in names
        assert "tiltak/locale/tiltak.pot" in names
        script = textwrap.dedent(
            """
            import pathlib, sys, tiltak
            assert pathlib.Path(tiltak.__file__).is_relative_to(sys.argv[1]), tiltak.__file__
            names = [
                tiltak.labels.label(tiltak.PlanKind.ACTION_PLAN, locale=code)
                + ","
                + tiltak.labels.label(None, locale=code)
                for code in ("nb", "nn", "sv")
            ]
            print(";".join(names))
            """
        )
        site = str(tmp_path / "site")
        result = subprocess.run(
            [sys.executable, "-c", script, site],
            env={"PYTHONPATH": site, "PATH": ""},
            check=True,
            capture_output=True,
            text=True,
        )
        assert (
            "tiltaksplan,ikke vurdert;tiltaksplan,ikkje vurdert;åtgärdsplan,inte bedömd"
            == result.stdout.strip()
        )


class TestRegisterCatalog:
    @pytest.fixture(autouse=True)
    def _clean_registry(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(_locale, "_registered", _locale._registered)

    @staticmethod
    def danish_po(tmp_path: Path) -> Path:
        from babel.messages.catalog import Catalog
        from babel.messages.pofile import write_po

        catalog = Catalog(locale="da", domain="tiltak")
        catalog.add("action plan", "handleplan", context="plan kind")
        catalog.add("due today", "forfalder i dag")
        catalog.add(
            ("due in {days} day", "due in {days} days"),
            ("forfalder om {days} dag", "forfalder om {days} dage"),
        )
        path = tmp_path / "da.po"
        with path.open("wb") as file:
            write_po(file, catalog)
        return path

    def test_po_file(self, tmp_path: Path) -> None:
        """A registered .po makes a new locale work everywhere, English where it is silent."""
        assert "da" == tiltak.i18n.register_catalog("da-DK", self.danish_po(tmp_path))
        assert "da" == tiltak.i18n.normalise_locale("da_DK")
        assert "handleplan" == kind_name("action_plan", locale="da")
        assert "green" == colour_name("green", locale="da")
        with tiltak.i18n.use_locale("da"):
            assert "forfalder om 3 dage" == tiltak.i18n.deadline_phrase(
                dt.date(2024, 3, 18), as_of=dt.date(2024, 3, 15)
            )
            shown = tiltak.i18n.format_date(tiltak.PartialDate(year=2024, month=12))
            assert "december 2024" == shown

    def test_mo_file_and_translations_object(self, tmp_path: Path) -> None:
        """A compiled .mo file or a loaded translations object also registers."""
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with self.danish_po(tmp_path).open("rb") as po:
            catalog = read_po(po, locale="da")
        mo = tmp_path / "da.mo"
        with mo.open("wb") as file:
            write_mo(file, catalog)
        tiltak.i18n.register_catalog("da", mo)
        assert "forfalder i dag" == gettext("due today", locale="da")
        with mo.open("rb") as file:
            tiltak.i18n.register_catalog("fo", std_gettext.GNUTranslations(file))
        assert "handleplan" == kind_name("action_plan", locale="fo-FO")

    def test_unknown_locales_stay_unknown(self, tmp_path: Path) -> None:
        """Registering one language does not make others known, and the error names it."""
        tiltak.i18n.register_catalog("da", self.danish_po(tmp_path))
        with pytest.raises(UnknownLocaleError, match="en, nb, nn, sv, da"):
            tiltak.i18n.normalise_locale("de")

    @pytest.mark.parametrize("code", ["nb", "no-NO", "nn", "sv_SE", "en"])
    def test_builtin_languages_cannot_be_replaced(self, code: str, tmp_path: Path) -> None:
        """The shipped languages refuse a registered catalog."""
        with pytest.raises(CatalogError, match="ships its own"):
            tiltak.i18n.register_catalog(code, self.danish_po(tmp_path))

    @pytest.mark.parametrize("code", ["xx", "danish", "", "d"])
    def test_code_unknown_to_cldr(self, code: str, tmp_path: Path) -> None:
        """A code CLDR does not know, or no language code at all, is refused."""
        with pytest.raises(UnknownLocaleError):
            tiltak.i18n.register_catalog(code, self.danish_po(tmp_path))

    def test_bad_catalogs(self, tmp_path: Path) -> None:
        """A missing, malformed or empty file, or a wrong type, is refused clearly."""
        with pytest.raises(CatalogError, match="cannot read"):
            tiltak.i18n.register_catalog("da", tmp_path / "nowhere.po")
        broken = tmp_path / "broken.po"
        broken.write_text('msgid "x"\nmsgstr "y"\nmsgid\n', encoding="utf-8")
        with pytest.raises(CatalogError, match="not a valid"):
            tiltak.i18n.register_catalog("da", broken)
        empty = tmp_path / "empty.po"
        empty.write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
        with pytest.raises(CatalogError, match="no translations"):
            tiltak.i18n.register_catalog("da", empty)
        bad_mo = tmp_path / "bad.mo"
        bad_mo.write_bytes(b"not a catalog")
        with pytest.raises(CatalogError, match="cannot read"):
            tiltak.i18n.register_catalog("da", bad_mo)
        with pytest.raises(ModelTypeError):
            tiltak.i18n.register_catalog("da", 3)  # type: ignore[arg-type]
        with pytest.raises(UnknownLocaleError):
            tiltak.i18n.normalise_locale("da")


class TestSectorWording:
    """Wording a reader from the sector corrected, held so it does not come back."""

    @pytest.mark.parametrize(
        ("code", "message", "expected"),
        [
            ("nn", "The follow-up has no status colour.", "Oppfølginga har ingen statusfarge."),
            ("nb", "The date of adoption is not given.",
             "Datoen planen ble vedtatt, er ikke oppgitt."),
            ("nn", "The date of adoption is not given.",
             "Datoen planen vart vedteken, er ikkje oppgitt."),
            ("nn", "Sent to the sick-listing doctor within 4 weeks",
             "Sendt til sjukmeldar innan 4 veker"),
            ("sv", "Measures by others than the principals are marked as such",
             "Åtgärder som vidtas av andra än huvudmännen är markerade som sådana"),
            ("sv", "Dialogue meeting 2 (NAV) within 26 weeks",
             "Dialogmöte 2 (NAV) inom 26 veckor"),
            ("sv", "A measure is past its deadline without a green follow-up or completion",
             "En åtgärd har passerat sitt klart senast-datum utan grön uppföljning och utan att "
             "vara genomförd"),
            ("sv", "The measure has no deadline, period or schedule.",
             "Åtgärden anger varken ett klart senast-datum, en period eller ett schema."),
            ("nb", "The measure has no deadline, period or schedule.",
             "Tiltaket har ingen frist, periode eller tidsplan."),
            ("nn", "No help from the rådmann (the municipal management) is given.",
             "Ingen bistand frå rådmannen er oppgitt."),
            ("nn", "No work-related activity (graded sick leave) began within 8 weeks.",
             "Ingen arbeidsrelatert aktivitet (gradert sjukmelding) tok til innan 8 veker."),
            ("nb", "Made within 4 weeks of the first day of absence, unless obviously unnecessary",
             "Utarbeidet innen 4 uker etter første fraværsdag, med mindre det er åpenbart "
             "unødvendig"),
            ("nb", "The check digits are wrong ({kind}).", "Kontrollsifrene er feil ({kind})."),
            ("sv", "The number holds no valid birth date ({kind}).",
             "Numret innehåller inget giltigt födelsedatum ({kind})."),
        ],
    )  # fmt: skip
    def test_corrected(self, code: str, message: str, expected: str) -> None:
        """Each corrected message reads as the sector writes it."""
        assert _i18n.gettext(message, locale=code) == expected

    @pytest.mark.parametrize(
        ("code", "banned"),
        [
            ("nn", "inga statusfarge"),
            ("nn", " vert "),
            ("nn", "gjeve"),
            ("sv", "ej bedömd"),
            ("sv", "Avstämningsmöte"),
            ("sv", "avstämningsmöte"),  # Försäkringskassan's meeting, not NAV's dialogmöte
            ("sv", "sista datum"),  # a deadline is "klart senast"
            ("nn", "Inga bistand"),
            ("nn", "Inga arbeidsrelatert"),
            ("nn", "inga tilgang"),
            ("nn", "ingen døme"),
            ("nn", "ingen ark"),
            ("sv", "granskning"),
            ("nb", "hvis ikke åpenbart"),
            ("nb", "Vedtaksdatoen"),
        ],
    )
    def test_words_the_catalog_no_longer_uses(self, code: str, banned: str) -> None:
        """One word for each thing: no second form left in a catalog."""
        found = [
            m.string
            for m in read_catalog(code)
            if m.id and banned in (m.string if isinstance(m.string, str) else " ".join(m.string))
        ]
        assert found == []

    @pytest.mark.parametrize("code", ["nb", "nn", "sv"])
    def test_kind_of_number_is_never_inserted_bare(self, code: str) -> None:
        """A number's kind stands in parentheses, never as a bare noun that needs its form."""
        for message in read_catalog(code):
            if message.id and "({kind})" in str(message.id):
                assert "({kind})" in message.string, message.id
