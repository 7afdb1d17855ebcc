"""Sphinx extension: the HTTP status table, in the language of the build.

Add the extension in ``conf.py``::

    extensions = ["http_status_catalog.sphinx"]

and put the table in a document::

    .. http-status-table::

The table is the one of Python's ``http`` documentation (Code, Enum Name, Details), one per
class, with every word in the build's ``language``: column headings, class headings and
descriptions, specification titles and citations. A build with ``-D language=ru`` gets the
Russian table; a language the catalog lacks gets English. Every reference links to the current
specification.

Options:

``:columns:``
    Column ids separated by commas, in order: ``code``, ``name``, ``details``, ``phrase``,
    ``title``, ``description``, ``class``, ``lifecycle``, ``aliases``. Default:
    ``code, name, details``.
``:classes:``
    The classes to show, e.g. ``4xx, 5xx`` (or ``4, 5``). Default: all five.
``:lang:``
    A language tag that overrides the build's ``language`` for this table.
``:intro:``
    A flag: put the catalog's sentence introducing the table above it.
``:no-anchors:``
    A flag: give the rows and classes no anchors, for a second table of the same project.

Each class heading is a rubric with the anchor ``http-status-4xx`` (a label ``:ref:`` can
use), and each row has the anchor ``http-status-404``
(``:ref:`Not Found <http-status-404>```).
"""

from __future__ import annotations

import pathlib
from typing import Any, Dict, List, Optional, Tuple

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from . import status_table

__all__ = ["HTTPStatusTable", "setup"]

_CLASSES = ("1xx", "2xx", "3xx", "4xx", "5xx")

# The style sheet that keeps a wide table from widening the page.
_STATIC = pathlib.Path(__file__).resolve().parent / "static"
_CSS = "http-status-table.css"

# Columns whose text is code, set as literals as the Python documentation sets enum names.
_LITERAL_COLUMNS = {"name", "aliases"}


def _class_list(argument: Optional[str]) -> List[str]:
    """``"4xx, 5"`` as ``["4xx", "5xx"]``; a ValueError names what is wrong."""
    wanted = []
    for item in (argument or "").replace(",", " ").split():
        item = item.strip().lower()
        if len(item) == 1:
            item += "xx"
        if item not in _CLASSES:
            raise ValueError(
                f"unknown status class {item!r}; expected some of: {', '.join(_CLASSES)}"
            )
        wanted.append(item)
    if not wanted:
        raise ValueError(f"expected some of: {', '.join(_CLASSES)}")
    return wanted


class HTTPStatusTable(SphinxDirective):
    """The ``http-status-table`` directive."""

    has_content = False
    required_arguments = 0
    optional_arguments = 0
    option_spec = {
        "columns": directives.unchanged_required,
        "classes": _class_list,
        "lang": directives.unchanged_required,
        "intro": directives.flag,
        "no-anchors": directives.flag,
    }

    def run(self) -> List[nodes.Node]:
        lang = self.options.get("lang") or self.config.language or "en"
        try:
            table = status_table(lang, self.options.get("columns"))
        except ValueError as error:
            raise self.error(f"{self.name}: {error}") from None
        wanted = self.options.get("classes", list(_CLASSES))
        anchors = "no-anchors" not in self.options

        container = nodes.container(classes=["http-status-table"])
        self.set_source_info(container)
        if "intro" in self.options:
            container += nodes.paragraph(text=table["intro"])
        for section in table["sections"]:
            if section["class"] in wanted:
                container.extend(self._section(table, section, anchors))
        return [container]

    def _section(self, table: Dict[str, Any], section: Dict[str, Any], anchors: bool):
        heading = nodes.rubric(text=section["heading"])
        if anchors:
            self._anchor(heading, f"http-status-{section['class']}")
        description = nodes.paragraph(text=section["description"])

        columns: List[Tuple[str, str]] = table["columns"]
        tgroup = nodes.tgroup(cols=len(columns))
        for column_id, _ in columns:
            wide = column_id in ("details", "description")
            tgroup += nodes.colspec(colwidth=4 if wide else 1)
        head = nodes.row()
        for _, text in columns:
            head += nodes.entry("", nodes.paragraph(text=text))
        tgroup += nodes.thead("", head)
        body = nodes.tbody()
        for row in section["rows"]:
            tr = nodes.row()
            if anchors:
                self._anchor(tr, f"http-status-{row['code']}")
            for (column_id, _), pieces in zip(columns, row["cells"]):
                tr += nodes.entry("", self._cell(column_id, pieces, table["list_separator"]))
            body += tr
        tgroup += body
        grid = nodes.table(classes=["http-status-table", f"http-status-{section['class']}"])
        grid += tgroup
        return [heading, description, grid]

    @staticmethod
    def _cell(column_id: str, pieces: List[Tuple[str, Optional[str]]], separator: str):
        paragraph = nodes.paragraph()
        for i, (text, url) in enumerate(pieces):
            if i:
                paragraph += nodes.Text(separator)
            if url:
                paragraph += nodes.reference(text, text, refuri=url, internal=False)
            elif column_id in _LITERAL_COLUMNS and text:
                paragraph += nodes.literal(text, text)
            else:
                paragraph += nodes.Text(text)
        return paragraph

    def _anchor(self, node: nodes.Element, name: str) -> None:
        node["names"].append(name)
        node["ids"].append(name)
        self.state.document.note_explicit_target(node, node)


def _add_static_path(app: Sphinx) -> None:
    if app.builder.format == "html" and str(_STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(_STATIC))


def setup(app: Sphinx) -> Dict[str, Any]:
    """Registers the ``http-status-table`` directive and its style sheet."""
    app.add_directive("http-status-table", HTTPStatusTable)
    app.connect("builder-inited", _add_static_path)
    app.add_css_file(_CSS)
    return {"version": "0.1.0", "parallel_read_safe": True, "parallel_write_safe": True}
