"""The palette is written once: tables and pictures turn dark under the same conditions."""

from __future__ import annotations

from tiltak._render import _html, _palette, _svg


def test_tables_and_pictures_share_the_dark_rules() -> None:
    """Both stylesheets hold the one set of dark rules, for their own selector."""
    assert _palette.dark_theme(".tiltak-wrap") in _html.CSS
    assert _palette.dark_theme("svg.tiltak-picture", own_document=True) in _svg.CSS
    dark_text = _palette.DARK.splitlines()[0].strip()
    for css in (_html.CSS, _svg.CSS):  # a page marked dark; the reader's preference
        assert css.count(dark_text) == 2


def test_a_page_marked_light_stays_light() -> None:
    """A reader who prefers dark reading a page marked light sees tables and pictures light."""
    for css in (_html.CSS, _svg.CSS):
        media = css[css.index("@media (prefers-color-scheme: dark)") :]
        assert ':not([data-theme="light"])' in media.split("{", 2)[1]
