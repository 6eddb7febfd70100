"""HTML pages: visible text in reading order, tables resolved into a full grid.

Government sites publish reports as HTML pages, often in GBK.  lxml.html parses them (it copes
with the tag soup these pages are made of); nothing here looks at the markup with regexes.

Decoding.  A BOM decides.  Otherwise the page's own declaration (``<meta charset>`` or
``<meta http-equiv="Content-Type" content="…; charset=…">``, read by parsing the first bytes of the
page) is tried first, then UTF-8, then GB18030.  GB2312 and GBK are decoded as GB18030, the
superset that holds every character GBK pages actually contain.  A page declared as UTF-8 whose
bytes are not (a common mistake of GBK sites) falls back to GB18030 when that gives plausible
text; bytes that fit no encoding → ``UndecodableText``.

Text.  What a browser shows: ``script``, ``style``, ``noscript``, ``template``, ``head`` and the
page furniture ``nav``, ``header``, ``footer``, ``aside`` are dropped, and so is every element
with ``display:none`` in its ``style`` attribute or the ``hidden`` attribute.  Runs of HTML
whitespace fold to one space.  Block elements (``p``, ``div``, ``h1``-``h6``, ``li``, ``tr`` …)
and ``br`` break lines; every non-empty line becomes a paragraph, ``h1``-``h6`` lines with style
``Heading N``.  ``pre`` keeps its line breaks.

Tables.  Rows are the ``tr`` of the table (directly or in ``thead``/``tbody``/``tfoot``), cells
their ``td``/``th``, placed by the HTML table algorithm: a cell takes the first grid position its
row leaves free and covers ``rowspan`` x ``colspan`` positions (``rowspan="0"`` and spans past
the last row stop at the last row).  The anchor gets the text and the spans; every covered
position holds ``CellSpec('', merged_from=(row, col))``; positions no cell covers are plain empty
cells, so every row has one cell per grid column.  A cell's lines are joined by newlines.  A
``caption`` is a paragraph before its table.  A table inside a cell is emitted as a table block of
its own, style ``"nested"``, right after the table that holds it, and its text is kept out of the
outer cell.  A table of one column is taken for layout (whole pages are wrapped in one): its cells'
content is read as running text, paragraphs and tables in order.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
from lxml import etree

from ..errors import EmptyFile, UndecodableText
from ..model import CellSpec, Source, SourceBuilder
from .files import read_bytes
from .text_reader import _MIN_PLAUSIBLE, _plausible_share, decode_bom

# Declared names decoded as GB18030: it is a superset of all of them
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "x-gbk", "euc-cn", "hz-gb-2312", "csgb2312", "chinese"}
_SNIFF_BYTES = 8192

_DROPPED = {
    "script", "style", "noscript", "template", "head", "nav", "footer", "header", "aside",
    "iframe", "object", "embed", "svg", "math", "select", "button", "textarea", "canvas", "audio",
    "video", "map",
}
_BLOCKS = {
    "address", "article", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup",
    "hr", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "ul", "tr", "td", "th",
    "caption", "legend", "option", "body", "html", "thead", "tbody", "tfoot", "listing", "xmp",
    "plaintext",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # over text content only: HTML whitespace, not U+3000
_MAX_SPAN = 1000  # colspan/rowspan beyond this are markup errors, not tables


def read_html(path: Path, data: bytes | None = None) -> Source:
    """Read an HTML page into a ``Source``: paragraphs and tables in reading order."""
    path = Path(path)
    if data is None:
        data = read_bytes(path)
    text, encoding = decode_html(data, str(path))
    items = html_items(text)
    builder = SourceBuilder("html")
    add_items(builder, items)
    if not builder.blocks:
        raise EmptyFile(str(path), "the page has no visible text")
    metadata = {}
    title = page_title(text)
    if title:
        metadata["title"] = title
    source = builder.build(metadata=metadata)
    source.encoding = encoding
    return source


# --------------------------------------------------------------------------------------------
# decoding


def decode_html(data: bytes, path: str | None = None) -> tuple[str, str]:
    """The page as text and the encoding it was read with."""
    if (with_bom := decode_bom(data, path)) is not None:
        return with_bom
    declared = declared_encoding(data)
    candidates = [c for c in (declared, "utf-8", "gb18030") if c]
    for encoding in dict.fromkeys(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding == "gb18030" and _plausible_share(text) < _MIN_PLAUSIBLE:
            continue  # GB18030 maps almost any bytes to some characters
        if declared and encoding != declared:
            return text, f"{encoding} (declared {declared})"
        return text, encoding
    said = f"declared {declared}, but " if declared else ""
    raise UndecodableText(path, f"{said}the page is neither UTF-8 nor GB18030/GBK text")


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page's ``<meta>`` declares, normalised (GBK family → gb18030), or None."""
    head = data[:_SNIFF_BYTES].decode("latin-1")  # every byte maps; ASCII markup reads as itself
    try:
        root = lxml.html.document_fromstring(head)
    except (etree.ParserError, ValueError):
        return None
    for meta in root.iter("meta"):
        charset = meta.get("charset")
        if not charset and (meta.get("http-equiv") or "").strip().lower() == "content-type":
            for part in (meta.get("content") or "").split(";"):
                key, _, value = part.partition("=")
                if key.strip().lower() == "charset":
                    charset = value
        if charset:
            return _normalise(charset)
    return None


def _normalise(name: str) -> str | None:
    name = name.strip().strip("\"'").lower()
    if name in _GB_FAMILY:
        return "gb18030"
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec in ("gb2312", "gbk", "gb18030", "hz"):
        return "gb18030"
    return "utf-8" if codec == "utf-8" else codec


def _parse(text: str):
    """The parsed page; the text goes in as UTF-8 so that no declaration inside it can mislead."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):  # "Document is empty"
        return None


def page_title(text: str) -> str | None:
    root = _parse(text)
    if root is None:
        return None
    title = root.find(".//title")
    if title is None:
        return None
    return _HTML_SPACE.sub(" ", title.text_content()).strip() or None


# --------------------------------------------------------------------------------------------
# text flow


@dataclass
class Paragraph:
    text: str
    style: str | None = None


@dataclass
class Table:
    rows: list[list[CellSpec]]
    style: str | None = None


@dataclass
class _Flow:
    """Collects paragraphs and tables from a walk over the elements, in order."""

    items: list = field(default_factory=list)
    line: list[str] = field(default_factory=list)
    style: str | None = None
    pre: int = 0
    nested: list = field(default_factory=list)  # set when reading a cell: tables go here

    def text(self, text: str | None) -> None:
        if not text:
            return
        if self.pre:
            first, *rest = text.split("\n")
            self.line.append(first)
            for more in rest:
                self.newline()
                self.line.append(more)
        else:
            self.line.append(text)

    def newline(self) -> None:
        line = _HTML_SPACE.sub(" ", "".join(self.line)).strip(" ")
        self.line = []
        if line:
            self.items.append(Paragraph(line, self.style))


def html_items(markup: str) -> list:
    """The visible paragraphs and tables of a page or a fragment, in reading order."""
    root = _parse(markup)
    if root is None:
        return []
    flow = _Flow()
    _walk(root, flow)
    flow.newline()
    return flow.items


def add_items(builder: SourceBuilder, items: list) -> None:
    for item in items:
        if isinstance(item, Paragraph):
            builder.add_paragraph(item.text, style=item.style)
        else:
            builder.add_table(item.rows, style=item.style)


def _hidden(element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    if not style:
        return False
    for declaration in style.split(";"):
        prop, _, value = declaration.partition(":")
        if prop.strip().lower() == "display" and value.replace("!important", "").strip().lower() == "none":
            return True
    return False


def _walk(element, flow: _Flow) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):  # comment or processing instruction left over
            flow.text(child.tail)
            continue
        tag = tag.lower()
        if tag in _DROPPED or _hidden(child):
            flow.text(child.tail)
            continue
        if tag == "br":
            flow.newline()
        elif tag == "table":
            flow.newline()
            _table(child, flow)
        elif tag in _BLOCKS:
            flow.newline()
            outer_style = flow.style
            if tag in _HEADINGS:
                flow.style = f"Heading {_HEADINGS[tag]}"
            if tag in ("pre", "listing", "xmp", "plaintext"):
                flow.pre += 1
                flow.text((child.text or "").removeprefix("\n"))  # a newline right after <pre> is not shown
            else:
                flow.text(child.text)
            _walk(child, flow)
            flow.newline()
            if tag in ("pre", "listing", "xmp", "plaintext"):
                flow.pre -= 1
            flow.style = outer_style
        else:
            if tag == "img":
                flow.text(child.get("alt"))
            flow.text(child.text)
            _walk(child, flow)
        flow.text(child.tail)


# --------------------------------------------------------------------------------------------
# tables


def _rows(table) -> list:
    rows = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(tr for tr in child if isinstance(tr.tag, str) and tr.tag.lower() == "tr")
    return rows


def _span(cell, name: str) -> int:
    try:
        value = int((cell.get(name) or "1").strip())
    except ValueError:
        return 1
    return min(value, _MAX_SPAN) if value >= 0 else 1


@dataclass
class _Anchor:
    row: int
    col: int
    rowspan: int
    colspan: int
    text: str


def _cell_content(cell) -> tuple[str, list]:
    """The cell's text (lines joined by newlines) and the tables nested in it."""
    flow = _Flow()
    flow.text(cell.text)
    _walk_cell(cell, flow)
    flow.newline()
    lines = [p.text for p in flow.items if isinstance(p, Paragraph)]
    return "\n".join(lines), flow.nested


def _walk_cell(element, flow: _Flow) -> None:
    """As ``_walk``, but a nested table is put aside instead of read into the cell."""
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag.lower() == "table" and not _hidden(child):
            flow.newline()
            flow.nested.append(child)
            flow.text(child.tail)
            continue
        if isinstance(tag, str) and tag.lower() not in _DROPPED and not _hidden(child):
            block = tag.lower() in _BLOCKS or tag.lower() == "br"
            if block:
                flow.newline()
            if tag.lower() == "img":
                flow.text(child.get("alt"))
            if tag.lower() != "br":
                flow.text(child.text)
                _walk_cell(child, flow)
            if block:
                flow.newline()
        flow.text(child.tail)


def table_grid(table) -> tuple[list[list[CellSpec]], list, str | None]:
    """The table as a full grid of CellSpecs, the tables nested in it, and its caption."""
    trs = _rows(table)
    taken: dict[tuple[int, int], _Anchor] = {}
    anchors: list[_Anchor] = []
    nested: list = []
    width = 0
    for r, tr in enumerate(trs):
        col = 0
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            while (r, col) in taken:
                col += 1
            rowspan, colspan = _span(cell, "rowspan"), max(_span(cell, "colspan"), 1)
            last_row = len(trs) - 1 if rowspan == 0 else min(r + rowspan - 1, len(trs) - 1)
            if _hidden(cell):
                text, inner = "", []
            else:
                text, inner = _cell_content(cell)
            nested.extend(inner)
            anchor = _Anchor(r, col, last_row - r + 1, colspan, text)
            anchors.append(anchor)
            for rr in range(r, last_row + 1):
                for cc in range(col, col + colspan):
                    taken.setdefault((rr, cc), anchor)  # overlapping cells (bad markup): first wins
            col += colspan
            width = max(width, col)
    grid: list[list[CellSpec]] = []
    for r in range(len(trs)):
        row = []
        for c in range(width):
            anchor = taken.get((r, c))
            if anchor is None:
                row.append(CellSpec(""))
            elif (anchor.row, anchor.col) == (r, c):
                row.append(CellSpec(anchor.text, rowspan=anchor.rowspan, colspan=anchor.colspan))
            else:
                row.append(CellSpec("", merged_from=(anchor.row, anchor.col)))
        grid.append(row)
    caption = None
    for child in table:
        if isinstance(child.tag, str) and child.tag.lower() == "caption":
            caption = _HTML_SPACE.sub(" ", child.text_content()).strip() or None
    return grid, nested, caption


def _table(table, flow: _Flow, style: str | None = None) -> None:
    grid, nested, caption = table_grid(table)
    if grid and max(len(r) for r in grid) == 1:
        # one column: a layout table; its cells are running text
        if caption:
            flow.items.append(Paragraph(caption))
        for tr in _rows(table):
            for cell in tr:
                if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th") and not _hidden(cell):
                    flow.newline()
                    flow.text(cell.text)
                    _walk(cell, flow)
                    flow.newline()
        return
    if caption:
        flow.items.append(Paragraph(caption))
    flow.items.append(Table(grid, style))
    for inner in nested:
        _table(inner, flow, style="nested")
