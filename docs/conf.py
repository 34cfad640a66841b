"""Sphinx configuration: MyST pages, the API from docstrings, the furo theme."""

from __future__ import annotations

import importlib.metadata
import re
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docutils.nodes import Element, TextElement
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

project = "tiltak"
author = "The tiltak project"
copyright = "the tiltak project"
release = importlib.metadata.version("tiltak")
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"tiltak {release}"

# Every cross-reference must resolve. No intersphinx (the build runs offline), so names from
# the standard library and the dependencies are accepted as they are, unlinked.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", rf"_?({'|'.join(sorted(sys.stdlib_module_names))})\..*"),
    (r"py:.*", r"dt\..*"),  # ``import datetime as dt``, as annotations spell it
    (r"py:.*", r"(attrs|attr|cattrs|babel|dateutil|hypothesis)(\..*)?"),
    (r"py:.*", r"(pd|pandas|openpyxl)(\..*)?"),  # the optional extras, imported when called
]
nitpick_ignore = [
    ("py:class", "JsonValue"),  # the private alias behind ``extensions``: any JSON value
    ("py:class", "tiltak._i18n.Plural"),  # the private NP_-marked message pair of a rule
    ("py:data", "RULES"),  # the recurrence rules tiltak.testing draws schedules from (private)
    ("py:class", "Check"),  # private aliases of callables, as annotations name them
]

autodoc_default_options = {
    "members": True,
    "undoc-members": True,
}
autodoc_member_order = "bysource"
autodoc_typehints_format = "short"
autodoc_type_aliases = {"JsonValue": "JsonValue"}

# Pages other parts of the project add; the toctree names them already, and this drops a
# name until its page exists so that the build stays free of warnings meanwhile.
PLANNED_PAGES = ("validation", "rules", "localisation")


def _drop_missing_pages(app: Sphinx, docname: str, source: list[str]) -> None:
    if docname != "index":
        return
    missing = [page for page in PLANNED_PAGES if page not in app.env.found_docs]
    lines = source[0].splitlines(keepends=True)
    source[0] = "".join(line for line in lines if line.strip() not in missing)


def _constants(public: str = "tiltak", heading: str = "## Constants\n\n") -> str:
    """``py:data`` entries for the constants in the ``__all__`` of the module ``public``.

    autodoc documents only the data a module defines itself, and tiltak re-exports its
    constants from private modules; each entry takes its docstring from where it is defined.
    """
    import importlib
    import pkgutil

    from sphinx.pycode import ModuleAnalyzer

    import tiltak

    private = [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(tiltak.__path__, "tiltak.")
        if info.name.rpartition(".")[2].startswith("_") and not info.ispkg
    ]
    shown = importlib.import_module(public)
    own = ModuleAnalyzer.for_module(public).find_attr_docs()
    entries = []
    for name in getattr(shown, "__all__", ()):
        value = getattr(shown, name)
        if callable(value) or not name.isupper() or ("", name) in own:
            continue  # autodoc documents what the module defines itself
        doc = ""
        for module in private:
            if getattr(module, name, None) is value:
                docs = ModuleAnalyzer.for_module(module.__name__).find_attr_docs()
                doc = "\n".join(docs.get(("", name), [])).strip()
                break
        body = "".join(f"   {line}\n" if line else "\n" for line in doc.splitlines())
        entries.append(f".. py:data:: {name}\n   :value: {value!r}\n\n{body}\n")
    if not entries:
        return ""
    head = f"{heading}```{{eval-rst}}\n.. currentmodule:: {public}\n\n"
    return head + "".join(entries) + "```\n"


def _modules() -> str:
    """A section per public module of tiltak (``tiltak.examples``, ``tiltak.testing``, ...).

    Names a module shares with ``tiltak`` itself are documented once, under ``tiltak``.
    """
    import importlib
    import pkgutil

    import tiltak

    sections = []
    for info in sorted(pkgutil.iter_modules(tiltak.__path__), key=lambda info: info.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"tiltak.{info.name}")
        shared = [
            name
            for name in getattr(module, "__all__", ())
            if getattr(tiltak, name, None) is getattr(module, name)
        ]
        options = "   :members:\n" + (
            f"   :exclude-members: {', '.join(shared)}\n" if shared else ""
        )
        sections.append(
            f"## `tiltak.{info.name}`\n\n```{{eval-rst}}\n"
            f".. automodule:: tiltak.{info.name}\n{options}```\n\n"
            + _constants(f"tiltak.{info.name}", heading="")
        )
    return "".join(sections)


def _fill_api(app: Sphinx, docname: str, source: list[str]) -> None:
    """Fill the API page's placeholders with what tiltak exports now."""
    if docname == "api":
        text = source[0].replace("<!-- constants -->\n", _constants())
        source[0] = text.replace("<!-- modules -->\n", _modules())


def _pictures() -> dict[str, str]:
    """The pictures on the pages of pictures and follow-up, drawn from the examples as they
    show."""
    from tiltak import examples, pictures

    bra = examples.load("action_plan_bra")
    plan = examples.load("operational_plan")
    day = examples.as_of("operational_plan")
    [indicator] = pictures.indicators(plan, as_of=day, locale="nb")
    drawn = {
        "timeline": pictures.timeline(bra, as_of="2024-10-01", locale="en"),
        "matrix": pictures.matrix(bra, locale="sv"),
        "goals": pictures.matrix(plan, as_of=day, by="goals", locale="nb"),
        "indicator": indicator,
    }
    return {name: pictures.figure(picture) for name, picture in drawn.items()}


def _fill_pictures(app: Sphinx, docname: str, source: list[str]) -> None:
    """Put each picture on the pages of pictures and follow-up where they say
    ``<!-- picture: NAME -->``."""
    if docname not in ("pictures", "following-up"):
        return
    for name, figure in _pictures().items():
        source[0] = source[0].replace(
            f"<!-- picture: {name} -->\n", f"```{{raw}} html\n{figure}```\n"
        )


def _public_name(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: TextElement
) -> Element | None:
    """Resolve a name a topic module shares with tiltak (``Rule`` in ``tiltak.rules``).

    Such names are documented once, as ``tiltak.Name``; a reference from inside the topic
    module's docs looks for ``tiltak.rules.Name`` first and lands here.
    """
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not (target.startswith("tiltak.") or "." not in target):
        return None
    public = "tiltak." + target.rsplit(".", 1)[-1]
    domain = env.get_domain("py")
    refdoc = node.get("refdoc", "")
    return domain.resolve_xref(env, refdoc, app.builder, node["reftype"], public, node, contnode)


def _exception_bases(  # noqa: PLR0917 - the signature of Sphinx's event
    app: Sphinx, what: str, name: str, obj: object, options: Any, lines: list[str]
) -> None:
    """Name an exception's bases (``TiltakError``, ``ValueError``): what to catch it as."""
    if what == "exception" and isinstance(obj, type):
        bases = ", ".join(
            f":class:`{base.__name__}`"
            if base.__module__ == "builtins"
            else f":class:`~{base.__module__}.{base.__qualname__}`"
            for base in obj.__bases__
        )
        lines[:0] = [f"*Bases:* {bases}", ""]


def _alias_names(  # noqa: PLR0917 - the signature of Sphinx's event
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None]:
    """Write an aliased type nested in a generic by its name, as autodoc does elsewhere."""

    def plain(text: str | None) -> str | None:
        return None if text is None else re.sub(r"TypeAliasForwardRef\('([\w.]+)'\)", r"\1", text)

    return plain(signature), plain(return_annotation)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("autodoc-process-signature", _alias_names)
    app.connect("autodoc-process-docstring", _exception_bases)
    app.connect("source-read", _drop_missing_pages)
    app.connect("source-read", _fill_api)
    app.connect("source-read", _fill_pictures)
    app.connect("missing-reference", _public_name)
    return {"parallel_read_safe": True}
