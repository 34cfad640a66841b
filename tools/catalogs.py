"""Keep tiltak's message catalogs in step with the code.

    python tools/catalogs.py update   # extract the template from the code, merge it into the .po
    python tools/catalogs.py check    # fail on drift, untranslated, fuzzy or broken entries

The template ``src/tiltak/locale/tiltak.pot`` is extracted with Babel from every module of
the package: ``N_``, ``gettext``, ``ngettext``, ``pgettext`` and ``NC_`` (a context-marked
``N_``). ``check`` fails when a message in the code is missing from the template or the
template holds one the code no longer has; when a ``.po`` lacks a template message or keeps
one the template dropped; when any nb, nn or sv entry is empty or fuzzy; and when a
translation uses a ``{field}`` its message id does not have.
"""

from __future__ import annotations

import argparse
import string
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "tiltak"
LOCALE_DIR = PACKAGE / "locale"
TEMPLATE = LOCALE_DIR / "tiltak.pot"
DOMAIN = "tiltak"
LOCALES = ("nb", "nn", "sv")
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "N_": None,
    "NC_": ((1, "c"), 2),
    "NP_": (1, 2),
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
}
COMMENT_TAGS = ("Translators:",)
LANGUAGES = {"nb": "Norwegian Bokmål", "nn": "Norwegian Nynorsk", "sv": "Swedish"}
HEADER = """\
# {what} for tiltak.
# Copyright (C) The tiltak project
# This file is distributed under the same license as the tiltak package (MIT).
#"""

Key = tuple[str | tuple[str, ...], str | None]


def po_path(locale: str) -> Path:
    """Where the catalog of ``locale`` lives."""
    return LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract() -> Catalog:
    """The template as the code has it now."""
    catalog = Catalog(
        project="tiltak",
        copyright_holder="The tiltak project",
        msgid_bugs_address="",
        last_translator="The tiltak project",
        language_team="The tiltak project",
        charset="utf-8",
        fuzzy=False,
        header_comment=HEADER.format(what="Translation template"),
    )
    found = extract_from_dir(
        str(PACKAGE),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
        # Babel skips directories starting with "_" by default: tiltak's modules live there.
        directory_filter=lambda path: Path(path).name != "__pycache__",
    )
    for filename, lineno, message, comments, context in found:
        if not message or (isinstance(message, tuple) and not all(message)):
            continue  # a translation of a variable, not a message id
        path = (PACKAGE / filename).relative_to(ROOT).as_posix()
        catalog.add(
            message,
            None,
            [(path, lineno)],
            auto_comments=comments,
            context=context,
        )
    return catalog


def key(message: Message) -> Key:
    """What tells two messages apart: the id (with its plural) and the context."""
    ident = message.id
    return (tuple(ident) if isinstance(ident, list | tuple) else ident, message.context)


def keys(catalog: Catalog) -> set[Key]:
    """The keys of every message in ``catalog`` but its header."""
    return {key(message) for message in catalog if message.id}


def read(path: Path, locale: str | None = None) -> Catalog:
    """A catalog read from ``path``, invalid entries refused."""
    with path.open("rb") as file:
        return read_po(file, locale=locale, domain=DOMAIN, abort_invalid=True)


def write(path: Path, catalog: Catalog) -> None:
    """Write ``catalog``: sorted, with file names but no line numbers (quiet diffs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_po(
            file,
            catalog,
            width=99,
            sort_output=True,
            include_lineno=False,
            ignore_obsolete=True,
        )


def update() -> int:
    """Write the template from the code and merge it into every locale's catalog."""
    template = extract()
    if TEMPLATE.exists():
        template.creation_date = read(TEMPLATE).creation_date
    write(TEMPLATE, template)
    for locale in LOCALES:
        path = po_path(locale)
        if path.exists():
            catalog = read(path, locale)
        else:
            catalog = Catalog(locale=locale, domain=DOMAIN, project="tiltak", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.header_comment = HEADER.format(what=f"{LANGUAGES[locale]} translations")
        catalog.msgid_bugs_address = ""
        catalog.last_translator = "The tiltak project"
        catalog.language_team = f"{LANGUAGES[locale]} ({locale})"
        catalog.revision_date = catalog.creation_date
        catalog.fuzzy = False
        write(path, catalog)
        todo = sum(1 for message in catalog if message.id and not _translated(message))
        print(f"{path.relative_to(ROOT)}: {len(keys(catalog))} messages, {todo} to translate")
    return 0


def _forms(message: Message) -> tuple[str, ...]:
    text = message.string
    if isinstance(text, list | tuple):
        return tuple(form or "" for form in text)
    return (text or "",)


def _translated(message: Message) -> bool:
    return all(_forms(message)) and not message.fuzzy


def _fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def _show(k: Key) -> str:
    ident, context = k
    text = ident[0] if isinstance(ident, tuple) else ident
    return (f"[{context}] " if context else "") + repr(text)


def problems() -> Iterator[str]:
    """Every way the catalogs differ from the code or fall short; nothing when all is well."""
    code = extract()
    if not TEMPLATE.exists():
        yield f"{TEMPLATE.relative_to(ROOT)} is missing: run `python tools/catalogs.py update`"
        return
    template = read(TEMPLATE)
    wanted = keys(code)
    held = keys(template)
    for k in sorted(wanted - held, key=_show):
        yield f"tiltak.pot: {_show(k)} is in the code but not in the template"
    for k in sorted(held - wanted, key=_show):
        yield f"tiltak.pot: {_show(k)} is in the template but no longer in the code"
    for locale in LOCALES:
        yield from _locale_problems(locale, held)


def _locale_problems(locale: str, template_keys: set[Key]) -> Iterator[str]:
    path = po_path(locale)
    name = path.relative_to(ROOT).as_posix()
    if not path.exists():
        yield f"{name} is missing"
        return
    catalog = read(path, locale)
    held = keys(catalog)
    for k in sorted(template_keys - held, key=_show):
        yield f"{name}: {_show(k)} is missing (run `python tools/catalogs.py update`)"
    for k in sorted(held - template_keys, key=_show):
        yield f"{name}: {_show(k)} is no longer in the template"
    for k in sorted(keys_of(catalog.obsolete.values()), key=_show):
        yield f"{name}: {_show(k)} is obsolete"
    for message in catalog:
        if not message.id:
            continue
        where = f"{name}: {_show(key(message))}"
        if message.fuzzy:
            yield f"{where} is fuzzy"
        forms = _forms(message)
        if not all(forms):
            yield f"{where} is untranslated"
            continue
        if message.pluralizable and len(forms) != catalog.num_plurals:
            yield f"{where} has {len(forms)} plural forms, not {catalog.num_plurals}"
        ids = message.id if isinstance(message.id, list | tuple) else (message.id,)
        allowed = set().union(*map(_fields, ids))
        for form in forms:
            extra = _fields(form) - allowed
            if extra:
                yield f"{where} uses fields the message id has not: {', '.join(sorted(extra))}"
        if not message.pluralizable and _fields(forms[0]) != allowed:
            yield f"{where} drops a field of the message id"
        for error in message.check(catalog):
            yield f"{where}: {error}"


def keys_of(messages: Iterable[Message]) -> set[Key]:
    """The keys of ``messages``."""
    return {key(message) for message in messages}


def check() -> int:
    """Print every problem; exit 1 when there is one."""
    found = list(problems())
    for problem in found:
        print(problem)
    if found:
        print(f"{len(found)} catalog problem(s)", file=sys.stderr)
        return 1
    count = len(keys(read(TEMPLATE)))
    print(f"catalogs in step with the code: {count} messages, all translated in nb, nn, sv")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the ``update`` or ``check`` command."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "check"))
    args = parser.parse_args(argv)
    return update() if args.command == "update" else check()


if __name__ == "__main__":
    sys.exit(main())
