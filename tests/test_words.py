"""The one table of labels: model fields, columns and display words live in ``_words``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tiltak
from tiltak import _words

SRC = Path(tiltak.__file__).parent


def test_every_label_lives_in_the_one_table() -> None:
    """No module but ``_words`` marks a field, column or display label of its own."""
    marked = re.compile(r'NC_\(\s*"(field|column|display|picture)"')
    elsewhere = [
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if path.name != "_words.py" and marked.search(path.read_text(encoding="utf-8"))
    ]
    assert elsewhere == []


@pytest.mark.parametrize("context", [_words.FIELD, _words.COLUMN, _words.DISPLAY, _words.PICTURE])
def test_each_context_has_its_keys_once(context: _words.Context) -> None:
    keys = _words.keys(context)
    assert keys
    assert len(keys) == len(set(keys))
    assert all(_words.has_word(context, key) for key in keys)


def test_the_table_gives_the_public_lists() -> None:
    assert _words.keys(_words.COLUMN) == tiltak.exports.RECORD_KEYS
    assert tuple(sorted(_words.keys(_words.FIELD))) == tiltak.labels.FIELD_NAMES


@pytest.mark.parametrize("locale", ["nb", "nn", "sv"])
def test_every_label_is_translated(locale: str) -> None:
    """Each label reads in the language asked for, not as the English message."""
    for context in (_words.FIELD, _words.COLUMN, _words.DISPLAY, _words.PICTURE):
        same = [
            key
            for key in _words.keys(context)
            if _words.word(context, key, locale=locale) == _words.word(context, key, locale="en")
        ]
        # A few words are the same in both languages (a "status", "ID" in a column name).
        assert len(same) <= len(_words.keys(context)) // 5, same


def test_an_unknown_key_has_no_word() -> None:
    assert not _words.has_word(_words.FIELD, "no such field")
    with pytest.raises(KeyError):
        _words.word(_words.FIELD, "no such field")
