"""The ways a report's tables reach us as plain text, written from the real table structure.

``zhreport bench layouts`` reads each .docx rendering of a report with python-docx (paragraphs and
tables in body order; merged cells from the XML, ``w:gridSpan`` across and ``w:vMerge`` down: the
ground truth of the table's structure), writes it back as text in each paste form of ``FORMS``,
and scores the indicator stage on every form.  Each writer says what real copies of that kind
look like; they copy those, whatever the readers make of them, so that the figures measure the
readers and are not shaped by them.

``body_of_blocks`` gives the same shape from the PDF reader's blocks, so that the budget tables
of the real PDFs can be written in each form too (``bench layouts`` scores budget amounts on them
and on the .docx renderings that have budget gold).

Paragraphs are written as lines in every form, empty paragraphs as empty lines, as every paste
keeps them.  This module reads only; it never feeds the pipeline (``pipeline/bench.py`` does).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# -- the structure --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One grid position of a table.

    ``anchor``: the position holds the text of its cell (the top-left of a merged area, or a cell
    that is not merged).  ``starts_cell``: a ``w:tc`` of this row starts here; a horizontal merge
    covers the next positions of the same ``w:tc``, a vertical merge's later rows have a ``w:tc``
    of their own (empty in Word) that does start here.  A position no ``w:tc`` covers (a short
    row) is neither.  ``colspan``: the grid columns the ``w:tc`` starting here covers."""

    text: str = ""
    anchor: bool = True
    starts_cell: bool = True
    colspan: int = 1


Table = list[list[Cell]]
Body = list[str | Table]  # paragraphs (str) and tables, in body order


def read_body(path: str | Path) -> Body:
    """Paragraphs and tables of a .docx in body order, each table a full grid of ``Cell``s."""
    import docx  # python-docx, as the .docx reader and corpus/make_renderings.py use
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    def text_of(p) -> str:
        return Paragraph(p, None).text  # runs, TABs and line breaks, as Word shows them

    def table(tbl) -> Table:
        width = len(tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}"))
        rows: Table = []
        for tr in tbl.findall(qn("w:tr")):
            # w:gridBefore: grid columns no cell covers at the start of the row
            before = tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
            skip = int(before.get(qn("w:val"), "0")) if before is not None else 0
            row: list[Cell] = [Cell("", anchor=False, starts_cell=False) for _ in range(skip)]
            for tc in tr.findall(qn("w:tc")):
                span = max(tc.grid_span, 1)
                text = "\n".join(text_of(p) for p in tc.findall(qn("w:p"))).strip("\n")
                # a w:vMerge without val="restart" continues the cell above: Word shows it empty
                continues = tc.vMerge is not None and tc.vMerge != "restart"
                row.append(Cell("" if continues else text, anchor=not continues, colspan=span))
                row.extend(Cell("", anchor=False, starts_cell=False) for _ in range(span - 1))
            row.extend(Cell("", anchor=False, starts_cell=False) for _ in range(width - len(row)))
            rows.append(row)
        return rows

    body: Body = []
    for child in docx.Document(str(path)).element.body:
        if child.tag == qn("w:p"):
            body.append(text_of(child))
        elif child.tag == qn("w:tbl"):
            body.append(table(child))
    return body


def body_of_blocks(blocks) -> Body:
    """The same shape from a processed ``Document``'s blocks (``pipeline.document.read_document``),
    for files whose structure the reader holds exactly (a PDF's ruled tables): every non-table
    block is a paragraph line (titles, the 单位：万元 line), a table's grid positions become
    ``Cell``s as ``read_body`` makes them from Word's XML.  A position ``merged_from`` an anchor
    in the same column on an earlier row is a merge down, which Word gives a (empty) ``w:tc`` of
    its own; any other covered position is part of a merge across.  A table's part on a later
    page (``continues``) that follows its earlier part directly is one table again, as the
    document has it (less the header rows it repeats): the page break is the PDF's, not the
    table's."""
    body: Body = []
    last_table: int | None = None  # the table index of the body's last item, if it is a table
    for block in blocks:
        if not block.rows:
            body.append(block.text)
            last_table = None
            continue
        rows: Table = []
        width = max(len(r) for r in block.rows)
        for r, row in enumerate(block.rows):
            cells: list[Cell] = []
            for c, cell in enumerate(row):
                if cell.merged_from is None:
                    cells.append(Cell(cell.text, colspan=max(cell.colspan, 1)))
                    continue
                ar, ac = cell.merged_from
                down = ac == c and ar < r
                span = max(block.rows[ar][ac].colspan, 1) if down and ar < len(block.rows) and ac < len(block.rows[ar]) else 1
                cells.append(Cell("", anchor=False, starts_cell=down, colspan=span if down else 1))
            cells.extend(Cell("", anchor=False, starts_cell=False) for _ in range(width - len(cells)))
            rows.append(cells)
        if block.continues is not None and last_table == block.continues and isinstance(body[-1], list):
            # the header a PDF repeats at the top of each page is the page's, not the table's
            first = [[(c.text, c.anchor) for c in row] for row in body[-1]]
            k = 0
            while k < len(rows) and k < len(first) and [(c.text, c.anchor) for c in rows[k]] == first[k]:
                k += 1
            body[-1].extend(rows[k:])
        else:
            body.append(rows)
            last_table = block.table
    return body


def _write(body: Body, table_lines: Callable[[Table], list[str]]) -> str:
    lines: list[str] = []
    for item in body:
        if isinstance(item, str):
            lines.append(item)
        else:
            lines.extend(table_lines(item))
    return "\n".join(lines) + "\n"


def _grid(row: list[Cell]) -> list[str]:
    """Every grid position: the text where a cell starts, blank where a merge covers it."""
    return [c.text if c.anchor else "" for c in row]


def _one_line(text: str) -> str:
    return text.replace("\n", " ")


def display_width(text: str) -> int:
    """Columns on screen: CJK (wide and full-width) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# -- the forms ------------------------------------------------------------------------------------


def tab(body: Body) -> str:
    """Copied from a spreadsheet (Excel, WPS 表格) or a table saved as tab-separated text: a row a
    line, cells apart by one TAB; a merged area gives its text in its first cell and an empty
    field for every other position it covers (``决策\\t\\t10``), so every row has as many fields as
    the grid has columns.  A cell holding a line break is quoted, as Excel writes it:
    ``"第一段\\n第二段"``."""
    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if "\n" in text else text

    return _write(body, lambda t: ["\t".join(cell(x) for x in _grid(row)) for row in t])


def tab_short(body: Body) -> str:
    """Copied from a web page (an HTML table with rowspan and colspan): a row a line, TAB between
    cells, but the positions a merge covers have no cell of their own in the HTML, so they are
    simply missing: a row under a 一级指标 that spans it starts with its 二级指标, and rows
    have fewer fields than the grid has columns.  Line breaks in a cell stay line breaks."""
    return _write(body, lambda t: ["\t".join(c.text for c in row if c.anchor) for row in t])


def cell_lines(body: Body) -> str:
    """Word's own copy as plain text (seed 001): one line per cell, each led by a TAB, and a blank
    line ending each row.  A cell merged across is one line; a cell merged down is its text in
    the first row and an empty ``\\t`` line in each row below.  A cell's further paragraphs are
    lines without the TAB."""
    def lines(t: Table) -> list[str]:
        out = []
        for row in t:
            out.extend("\t" + c.text for c in row if c.starts_cell)
            out.append("")
        return out

    return _write(body, lines)


def grouped(body: Body) -> str:
    """Retyped or copied from a reader that lists cells (a phone's PDF or WeChat view, OCR tools):
    one cell per line without a TAB, a blank line after each row; a merged cell is given only in
    its first row and the rows it covers below simply lack it."""
    def lines(t: Table) -> list[str]:
        out = []
        for row in t:
            out.extend(c.text for c in row if c.anchor)
            out.append("")
        return out

    return _write(body, lines)


def pipes(body: Body) -> str:
    """A Markdown pipe table, as a .docx-to-Markdown converter or a chat assistant writes it:
    ``| a | b |`` rows, a ``| --- | --- |`` row after the first (the header), merged positions
    blank (Markdown has no merges), line breaks as ``<br>`` and ``|`` escaped."""
    def lines(t: Table) -> list[str]:
        out = []
        for i, row in enumerate(t):
            cells = [x.replace("|", "\\|").replace("\n", "<br>") for x in _grid(row)]
            out.append("| " + " | ".join(cells) + " |")
            if i == 0:
                out.append("| " + " | ".join("---" for _ in row) + " |")
        return out

    return _write(body, lines)


def bars(body: Body) -> str:
    """Cells apart by `` | `` with no delimiter row and no outer bars, as text exports and hand-made
    tables in e-mails look: ``一级指标 | 二级指标 | 三级指标``; merged positions are kept as
    blank cells (``产出指标 |  | 10``), line breaks become spaces."""
    return _write(body, lambda t: [" | ".join(_one_line(x) for x in _grid(row)) for row in t])


def spaces(body: Body) -> str:
    """Space-aligned columns, as a text export (``pandoc -t plain``, a PDF tool's layout mode) or a
    monospaced e-mail gives them: each column padded to its widest single-column cell in display
    width (a CJK character counts two), two spaces between columns; a cell merged across takes
    the width of the columns it covers and pushes the rest of its row right when it is wider;
    positions a merge covers are blank, trailing spaces cut, line breaks in a cell become
    spaces."""
    def lines(t: Table) -> list[str]:
        ncols = max(map(len, t), default=0)
        widths = [0] * ncols
        for row in t:
            for i, c in enumerate(row):
                if c.starts_cell and c.colspan == 1:
                    widths[i] = max(widths[i], display_width(_one_line(c.text if c.anchor else "")))
        out = []
        for row in t:
            fields = []
            for i, c in enumerate(row):
                if c.starts_cell or not any(row[j].starts_cell and j + row[j].colspan > i for j in range(i)):
                    span = c.colspan if c.starts_cell else 1  # a position no cell covers: one blank column
                    width = sum(widths[i:i + span]) + 2 * (span - 1)
                    text = _one_line(c.text if c.anchor else "")
                    fields.append(text + " " * (width - display_width(text)))
            out.append("  ".join(fields).rstrip())
        return out

    return _write(body, lines)


# a PDF table column holds about this many CJK characters a line (two display columns each)
PDF_LINE_WIDTH = 24
# punctuation Word never puts at the start of a line (kinsoku): it stays at the end of the last
_NO_LINE_START = set("，。、；：？！）》」』”’%％")


def _wrap(text: str, width: int = PDF_LINE_WIDTH) -> list[str]:
    out = []
    for part in text.split("\n"):
        line = ""
        for ch in part:
            if line and display_width(line + ch) > width and ch not in _NO_LINE_START:
                out.append(line)
                line = ""
            line += ch
        out.append(line)
    return out


def pdf_copy(body: Body) -> str:
    """Copied from a PDF viewer: the text of each visual line, left to right, the cells apart by a
    single space; empty cells leave nothing.  A long cell (over about 12 CJK characters a column
    it covers) wraps inside its column, so the row's line has its first part and the rest comes on lines of
    their own after it, each holding the next part of every cell still going on.  A merged cell
    stands in its first row (Word aligns cell text to the top)."""
    def lines(t: Table) -> list[str]:
        out = []
        for row in t:
            parts = [_wrap(c.text, PDF_LINE_WIDTH * c.colspan) for c in row if c.anchor and c.text.strip()]
            for k in range(max(map(len, parts), default=0)):
                out.append(" ".join(p[k] for p in parts if k < len(p)))
        return out

    return _write(body, lines)


FORMS: dict[str, Callable[[Body], str]] = {
    "tab": tab, "tab_short": tab_short, "cell_lines": cell_lines, "grouped": grouped,
    "pipes": pipes, "bars": bars, "spaces": spaces, "pdf_copy": pdf_copy,
}
