"""Word .docx: paragraphs and tables in body order, merged cells resolved into a full grid.

python-docx opens the package (zip, content types, relationships); the body is then read straight
from its XML, because python-docx's own views hide what matters here: ``table.cell()`` repeats a
merged cell at every grid position it covers, and ``document.paragraphs`` / ``document.tables``
lose the order between paragraphs and tables.

Body.  The children of ``w:body`` in order: ``w:p`` is a paragraph, passed on with the name of its
style (``Heading 1``, ``Normal``: the default paragraph style when it names none); ``w:tbl`` a
table; ``w:sdt`` (content control) and ``w:customXml`` are wrappers whose content is read in place.
A paragraph's text is its runs' ``w:t`` with ``w:tab`` as TAB and ``w:br``/``w:cr`` as newline,
also inside hyperlinks, fields, inserted text and inline content controls; deleted text
(``w:del``), field codes (``w:instrText``) and the paragraph's properties are not text.  Text boxes
anchored in a paragraph come right after it, each of their paragraphs a paragraph (the DrawingML
copy only: ``mc:Fallback`` holds the same text again for old readers).  Headers and footers are
not read.

Tables.  ``w:tblGrid`` and the rows give the grid; a cell covers ``w:gridSpan`` columns from where
the previous one ended (``w:gridBefore`` skips columns at the start of a row, ``w:gridAfter`` at
the end).  ``w:vMerge`` with ``w:val="restart"`` starts a vertical merge, ``w:vMerge`` without a
value (or ``continue``) continues the merge of the cell above in the same column.  The anchor
(top-left) gets the text and ``rowspan``/``colspan``; every grid position it covers gets
``CellSpec('', merged_from=(anchor_row, anchor_col))``; positions no cell covers (``gridBefore``,
short rows) are plain empty cells, so every row has one ``CellSpec`` per grid column.  A cell's
text is its paragraphs joined by newlines, with empty paragraphs at its start and end dropped.  A
continuation cell that has text of its own (Word shows none) adds it to the anchor's, so no text
is lost.

Layout tables.  A table with one cell in every row (one column, or rows of one cell spanning the
grid) is a frame around running text, not a table of figures: Word users box headings and whole
reports that way.  Its cells' content is read in place, paragraphs with their styles and tables
in order, as the text reader reads a run of one-cell pasted rows and the HTML reader a one-column
table; otherwise its headings and prose would reach the extractors as table rows.

Tables typed as lines.  A table pasted as text (a PDF viewer's copy: a row a paragraph, its cells
one space apart) is read from its run of paragraphs by the text reader's finders
(``spaced_lines``) and becomes a table block over those paragraphs' text.  So does prose pasted
out of a PDF a line a paragraph, broken at a fixed width: the paragraphs the text reader would
join into one become one paragraph block (``spaced_lines.find_prose``).

Nested tables.  A table inside a cell is emitted as a table block of its own, with style
``"nested"``, right after the table that holds it (depth first, in document order); its text is
*not* also put in the outer cell, so nothing is read twice.

Errors.  Not a zip, a damaged zip, a zip that is no Word document, broken XML →
``CorruptFile``; an old binary .doc or a password-protected package (both OLE compound files) →
``CorruptFile`` / ``EncryptedFile``; no text anywhere → ``EmptyFile``, or ``NoTextLayer`` when it holds images (a scan).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import CorruptFile, EmptyFile, EncryptedFile, NoTextLayer
from ..model import CellSpec, Source, SourceBuilder
from .files import read_bytes
from .spaced_lines import add_paragraphs

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = (
    _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("sdt"), _w("sdtContent"), _w("customXml")
)
T, TAB, BR, CR, NO_BREAK_HYPHEN = _w("t"), _w("tab"), _w("br"), _w("cr"), _w("noBreakHyphen")
TXBX_CONTENT = _w("txbxContent")
VAL = _w("val")

# Elements whose content is never running text of the paragraph they sit in
_NOT_TEXT = {
    _w("pPr"), _w("rPr"), _w("del"), _w("moveFrom"), _w("instrText"), _w("delText"),
    TXBX_CONTENT, f"{{{_MC}}}Fallback",
}
# Wrappers of body or cell content whose children are read in place
_WRAPPERS = {SDT, SDT_CONTENT, CUSTOM_XML}

# An OLE compound file: an old binary .doc, or an Office package encrypted with a password
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def read_docx(path: Path, data: bytes | None = None) -> Source:
    """Read a .docx into a ``Source``: paragraphs and tables in body order."""
    path = Path(path)
    if data is None:
        data = read_bytes(path)
    document = _open(data, path)
    styles = _style_names(document)
    builder = SourceBuilder("docx")
    try:
        _add_blocks(builder, document.element.body, styles)
    except (ValueError, etree.LxmlError) as exc:  # the XML parsed, but not as WordprocessingML
        raise CorruptFile(str(path), f"not a valid .docx ({exc})") from None
    if not builder.blocks:
        images = len(document.element.body.xpath(".//w:drawing | .//w:pict"))
        if images:  # a scan pasted into Word: reading it is OCR's job, not ours
            plural = "s" if images > 1 else ""
            raise NoTextLayer(str(path), f"the .docx holds {images} image{plural} and no text; it needs OCR")
        raise EmptyFile(str(path), "the .docx contains no text")
    return builder.build(metadata=_metadata(document))


# --------------------------------------------------------------------------------------------
# opening


def _open(data: bytes, path: Path):
    """The python-docx Document, or a typed error saying why the bytes are not one."""
    import docx  # python-docx: imported here so that reading text files never loads it
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise EncryptedFile(
                str(path), "the .docx is password-protected (an encrypted Office package); save it without a password"
            )
        raise CorruptFile(str(path), "not a valid .docx (an old binary Word .doc file; save it as .docx)")
    if not data:
        raise EmptyFile(str(path), "the file is empty (0 bytes)")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        reason = "truncated or damaged zip" if data.startswith(b"PK") else "not a zip file"
        raise CorruptFile(str(path), f"not a valid .docx ({reason})")
    try:
        return docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise CorruptFile(str(path), "not a valid .docx (not a zip file)") from None
    except KeyError as exc:
        raise CorruptFile(str(path), f"not a valid .docx (missing part {exc})") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        # bad CRC, bad deflate stream, cut member, unknown compression method
        raise CorruptFile(str(path), f"not a valid .docx (damaged zip: {exc})") from None
    except etree.XMLSyntaxError as exc:
        raise CorruptFile(str(path), f"not a valid .docx (broken XML: {exc})") from None
    except ValueError as exc:
        message = str(exc)
        if "content type is" in message:  # python-docx: "file '…' is not a Word file, content type is …"
            kind = message.rsplit("content type is", 1)[1].strip(" '")
            message = f"the package is not a Word document, its main part is {kind}"
        else:  # zipfile following a damaged directory entry: "negative seek value …"
            message = f"damaged zip: {message}"
        raise CorruptFile(str(path), f"not a valid .docx ({message})") from None


def _style_names(document) -> dict[str, str]:
    """Style id -> style name, and '' -> the default paragraph style's name."""
    from docx.enum.style import WD_STYLE_TYPE

    names: dict[str, str] = {}
    try:
        for style in document.styles:
            if style.style_id and style.name:
                names[style.style_id] = style.name
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        if default is not None and default.name:
            names[""] = default.name
    except (KeyError, ValueError, etree.LxmlError):  # a styles part python-docx cannot read
        pass
    return names


def _metadata(document) -> dict[str, str]:
    """Title, author and dates from the core properties, where they are given."""
    metadata: dict[str, str] = {}
    try:
        props = document.core_properties
        for key, value in (
            ("title", props.title),
            ("author", props.author),
            ("created", props.created),
            ("modified", props.modified),
        ):
            if value:
                metadata[key] = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    except (KeyError, ValueError, etree.LxmlError):  # broken docProps/core.xml: no metadata
        pass
    return {k: v for k, v in metadata.items() if v}


# --------------------------------------------------------------------------------------------
# body order


def _blocks(container, styles: dict[str, str]) -> Iterator[tuple[str, object, str | None]]:
    """('p', text, style name) and ('tbl', element, None) in document order."""
    for child in container:
        tag = child.tag
        if tag == P:
            yield "p", _paragraph_text(child), _paragraph_style(child, styles)
            for box in _text_boxes(child):
                yield from _blocks(box, styles)
        elif tag == TBL:
            yield "tbl", child, None
        elif tag in _WRAPPERS:
            yield from _blocks(child, styles)


def _paragraph_style(p, styles: dict[str, str]) -> str | None:
    ppr = p.find(_w("pPr"))
    style = ppr.find(_w("pStyle")) if ppr is not None else None
    if style is None:
        return styles.get("")
    style_id = style.get(VAL, "")
    return styles.get(style_id, style_id or None)


def _paragraph_text(p) -> str:
    parts: list[str] = []
    _collect_text(p, parts)
    return "".join(parts)


def _collect_text(element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_TEXT:
            continue  # comments and processing instructions have non-string tags
        if tag == T:
            parts.append(child.text or "")
        elif tag == TAB:
            parts.append("\t")
        elif tag == BR or tag == CR:
            parts.append("\n")
        elif tag == NO_BREAK_HYPHEN:
            parts.append("-")
        else:
            _collect_text(child, parts)


def _text_boxes(p) -> Iterator:
    """The text boxes anchored in a paragraph, outermost only, without the VML fallback copies."""
    stack = list(p)
    found = []
    while stack:
        element = stack.pop(0)
        tag = element.tag
        if not isinstance(tag, str) or tag == f"{{{_MC}}}Fallback":
            continue
        if tag == TXBX_CONTENT:
            found.append(element)
            continue
        stack[0:0] = list(element)  # depth first, keeping document order
    return iter(found)


# --------------------------------------------------------------------------------------------
# tables


@dataclass
class _Anchor:
    row: int
    col: int
    colspan: int
    rowspan: int = 1
    texts: list[str] = field(default_factory=list)


def _add_blocks(builder: SourceBuilder, container, styles: dict[str, str]) -> None:
    """Paragraphs and tables of ``container`` (the body, or a layout table's cell) in order.

    Consecutive paragraphs go together, so that a table typed as lines (cells one space apart, a
    row a paragraph: a PDF viewer's copy pasted into Word) becomes a table block, and prose typed a
    line a paragraph at a fixed width one paragraph block a paragraph (``spaced_lines``).
    """
    run: list[tuple[str, str | None]] = []
    for kind, payload, style in _blocks(container, styles):
        if kind == "p":
            run.append((payload, style))
            continue
        add_paragraphs(builder, run, prose=True)
        run = []
        if _is_layout(payload):
            for tr in _rows(payload):
                for tc in _cells(tr):
                    _add_blocks(builder, tc, styles)
        else:
            _add_table(builder, payload)
    add_paragraphs(builder, run, prose=True)


def _is_layout(tbl) -> bool:
    """A table with exactly one cell in every row: a frame around text (see the module doc)."""
    rows = list(_rows(tbl))
    return bool(rows) and all(sum(1 for _ in _cells(tr)) == 1 for tr in rows)


def _add_table(builder: SourceBuilder, tbl, style: str | None = None) -> None:
    rows, nested = _table(tbl)
    builder.add_table(rows, style=style)
    for inner in nested:
        _add_table(builder, inner, style="nested")


def _table(tbl) -> tuple[list[list[CellSpec]], list]:
    """The table as a full grid of CellSpecs, and the tables nested in its cells, in order."""
    grid_cols = len(tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}"))
    # grid[r][c] is the anchor covering that position, or None where no cell is
    grid: list[dict[int, _Anchor]] = []
    anchors: list[_Anchor] = []
    nested: list = []
    width = grid_cols
    for r, tr in enumerate(_rows(tbl)):
        row: dict[int, _Anchor] = {}
        trpr = tr.find(_w("trPr"))
        col = _int_val(trpr, "gridBefore", 0)
        for tc in _cells(tr):
            tcpr = tc.find(_w("tcPr"))
            span = max(_int_val(tcpr, "gridSpan", 1), 1)
            texts, inner = _cell_content(tc)
            nested.extend(inner)
            above = grid[r - 1].get(col) if r and _continues(tcpr) else None
            if above is not None and above.col == col:
                above.rowspan = r - above.row + 1
                above.texts.extend(texts)  # Word shows no text here; keep it on the anchor
                anchor = above
            else:
                anchor = _Anchor(r, col, span, texts=texts)
                anchors.append(anchor)
            for c in range(col, col + span):
                row[c] = anchor
            col += span
        width = max(width, col + _int_val(trpr, "gridAfter", 0))
        grid.append(row)

    rows: list[list[CellSpec]] = []
    for r, row in enumerate(grid):
        cells = []
        for c in range(width):
            anchor = row.get(c)
            if anchor is None:
                cells.append(CellSpec(""))
            elif anchor.row == r and anchor.col == c:
                text = "\n".join(anchor.texts).strip("\n")
                cells.append(CellSpec(text, rowspan=anchor.rowspan, colspan=anchor.colspan))
            else:
                cells.append(CellSpec("", merged_from=(anchor.row, anchor.col)))
        rows.append(cells)
    return rows, nested


def _rows(tbl) -> Iterator:
    for child in tbl:
        if child.tag == TR:
            yield child
        elif child.tag in _WRAPPERS:  # rows inside a content control
            yield from _rows(child)


def _cells(tr) -> Iterator:
    for child in tr:
        if child.tag == TC:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _cells(child)


def _cell_content(tc) -> tuple[list[str], list]:
    """The cell's paragraph texts and the tables nested in it (those stay out of the text)."""
    texts: list[str] = []
    nested: list = []
    for kind, payload, _ in _blocks(tc, {}):
        if kind == "p":
            texts.append(payload)
        else:
            nested.append(payload)
    return texts, nested


def _continues(tcpr) -> bool:
    """Does this cell continue a vertical merge (``w:vMerge`` without ``restart``)?"""
    if tcpr is None:
        return False
    vmerge = tcpr.find(_w("vMerge"))
    return vmerge is not None and vmerge.get(VAL, "continue") != "restart"


def _int_val(parent, tag: str, default: int) -> int:
    """The integer ``w:val`` of a child element such as ``w:gridSpan``; ``default`` if absent or bad."""
    if parent is None:
        return default
    element = parent.find(_w(tag))
    if element is None:
        return default
    try:
        return int(element.get(VAL, default))
    except ValueError:
        return default
