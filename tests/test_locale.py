"""Locale codes, the context default and its isolation between threads and tasks."""

from __future__ import annotations

import asyncio
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiltak
from tiltak import _names
from tiltak.errors import UnknownLocaleError
from tiltak.i18n import get_locale, normalise_locale, use_locale

ALIASES = {
    "no": "nb",
    "nb": "nb",
    "nb-NO": "nb",
    "nb_NO": "nb",
    "no_NO": "nb",
    "no-NO": "nb",
    "NB": "nb",
    "nb_no": "nb",
    "NO_no": "nb",
    "nb_NO.UTF-8": "nb",
    "nn": "nn",
    "nn-NO": "nn",
    "nn_NO": "nn",
    "NN_no": "nn",
    "sv": "sv",
    "sv-SE": "sv",
    "sv_SE": "sv",
    "sv_FI": "sv",
    "SV-fi": "sv",
    "en": "en",
    "en-GB": "en",
    "en_GB": "en",
    "en_US": "en",
    "EN-us": "en",
}


class TestNormaliseLocale:
    @pytest.mark.parametrize(("code", "expected"), sorted(ALIASES.items()))
    def test_alias(self, code: str, expected: str) -> None:
        """Every spelling of a supported language maps to its tiltak code."""
        assert expected == normalise_locale(code)

    @pytest.mark.parametrize(
        "code", ["de", "da-DK", "fi", "", "nb-", "norsk", "se", "nb NO", "x" * 300, "en-GB-x"]
    )
    def test_unknown(self, code: str) -> None:
        """Anything else raises UnknownLocaleError naming every supported locale."""
        with pytest.raises(UnknownLocaleError) as caught:
            normalise_locale(code)
        for supported in ("en", "nb", "nn", "sv"):
            assert supported in str(caught.value)

    @given(
        language=st.sampled_from(["no", "nb", "nn", "sv", "en"]),
        region=st.none() | st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2),
        separator=st.sampled_from(["-", "_"]),
        upper=st.lists(st.booleans(), min_size=5, max_size=5),  # one per letter
    )
    def test_any_spelling(
        self, language: str, region: str | None, separator: str, upper: list[bool]
    ) -> None:
        """Any case, separator and region of a supported language maps to its code."""
        code = language if region is None else f"{language}{separator}{region}"
        cased = (c.upper() if up else c.lower() for c, up in zip(code, upper, strict=False))
        code = "".join(cased) + code[len(upper) :]
        expected = {"no": "nb"}.get(language, language)
        assert expected == normalise_locale(code)

    def test_unknown_is_tiltak_and_value_error(self) -> None:
        """The error is both a TiltakError and a ValueError."""
        with pytest.raises(UnknownLocaleError) as caught:
            normalise_locale("de")
        assert isinstance(caught.value, tiltak.TiltakError)
        assert isinstance(caught.value, ValueError)

    def test_long_code_is_shortened_in_the_message(self) -> None:
        """A long unknown code is echoed only as a short excerpt."""
        with pytest.raises(UnknownLocaleError) as caught:
            normalise_locale("q" * 500)
        assert "q" * 21 not in str(caught.value)

    def test_not_a_string(self) -> None:
        """A locale that is not a str raises UnknownLocaleError, not a TypeError."""
        with pytest.raises(UnknownLocaleError, match="must be a str"):
            normalise_locale(3)  # type: ignore[arg-type]

    def test_supported_locales(self) -> None:
        """tiltak ships English, bokmål, nynorsk and Swedish; English is the default."""
        assert ("en", "nb", "nn", "sv") == tiltak.i18n.SUPPORTED_LOCALES
        assert "en" == tiltak.i18n.DEFAULT_LOCALE


class TestUseLocale:
    def test_default_is_english(self) -> None:
        """Without use_locale the context locale is English."""
        assert "en" == get_locale()
        assert "green" == _names.colour_name("green")

    def test_sets_and_restores(self) -> None:
        """Inside the block the normalised locale applies; after it the old one is back."""
        with use_locale("nb_NO") as code:
            assert "nb" == code
            assert "nb" == get_locale()
            assert "grønn" == _names.colour_name("green")
        assert "en" == get_locale()

    def test_nested(self) -> None:
        """The innermost block wins and each exit restores the enclosing locale."""
        with use_locale("sv"):
            with use_locale("nn"):
                assert "raud" == _names.colour_name("red")
            assert "röd" == _names.colour_name("red")
        assert "red" == _names.colour_name("red")

    def test_restores_after_an_exception(self) -> None:
        """An exception inside the block still restores the previous locale."""
        with pytest.raises(RuntimeError), use_locale("sv"):
            raise RuntimeError
        assert "en" == get_locale()

    def test_unknown_locale_changes_nothing(self) -> None:
        """An unknown code raises before the context locale changes."""
        with pytest.raises(UnknownLocaleError), use_locale("de"):
            pass  # pragma: no cover
        assert "en" == get_locale()

    def test_argument_wins_over_context(self) -> None:
        """An explicit locale= overrides the context default."""
        with use_locale("sv"):
            assert "grøn" == _names.colour_name("green", locale="nn")

    def test_threads_are_isolated(self) -> None:
        """Two threads inside different use_locale blocks at once each render their own."""
        barrier = threading.Barrier(2, timeout=10)
        results: dict[str, list[str]] = {}

        def render(code: str) -> None:
            with use_locale(code):
                barrier.wait()  # both threads are inside their block now
                first = _names.kind_name("action_plan")
                barrier.wait()
                results[code] = [get_locale(), first, _names.kind_name("action_plan")]

        threads = [threading.Thread(target=render, args=(code,)) for code in ("nb", "sv")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert {
            "nb": ["nb", "tiltaksplan", "tiltaksplan"],
            "sv": ["sv", "åtgärdsplan", "åtgärdsplan"],
        } == results
        assert "en" == get_locale()

    def test_new_thread_starts_in_english(self) -> None:
        """A thread started inside a use_locale block does not inherit it."""
        seen: list[str] = []
        with use_locale("nn"):
            thread = threading.Thread(target=lambda: seen.append(get_locale()))
            thread.start()
            thread.join()
        assert ["en"] == seen

    def test_asyncio_tasks_are_isolated(self) -> None:
        """Two asyncio tasks interleaving in different locales each render their own."""

        async def render(code: str, ready: asyncio.Event, other: asyncio.Event) -> list[str]:
            with use_locale(code):
                ready.set()
                await other.wait()  # the other task has entered its own block
                await asyncio.sleep(0)
                return [get_locale(), _names.colour_name("red"), tiltak.labels.field_label("how")]

        async def main() -> list[list[str]]:
            nb_ready, sv_ready = asyncio.Event(), asyncio.Event()
            return list(
                await asyncio.gather(
                    render("nb", nb_ready, sv_ready), render("sv", sv_ready, nb_ready)
                )
            )

        assert [
            ["nb", "rød", "gjennomføring (hvordan)"],
            ["sv", "röd", "genomförande (hur)"],
        ] == asyncio.run(main())
        assert "en" == get_locale()
