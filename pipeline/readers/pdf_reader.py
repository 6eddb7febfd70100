"""PDF with a text layer: ruled tables as tables, the text around them as paragraphs.

One pass per page: pdfplumber parses the page once; its table finder runs once, on the page's
*visible* ruling (see ``_is_visible``); the page's characters are read once and routed either to
the table whose grid holds them or to the running text.  Parsing is nearly all the cost, so a
page reads about as fast as ``page.extract_text()`` alone.

Tables.  The finder's cells give a grid (the distinct cell edges); every character goes to the
cell that holds its centre, and the cell's text is built from its characters by baseline (below),
so a cell holds the value printed in it (a wrapped cell keeps its line break: '本年收入合\n计').
Rows without text are dropped (blank template rows, slivers between double rules); so are columns
without text that no cell has to itself or that are slivers, while a real column that is empty on
this page stays, so that a table continued on the next page keeps the columns of its first part.
A cell spanning grid lines becomes an anchor with ``rowspan``/``colspan`` and every position it
covers a ``CellSpec('', merged_from=anchor)``, so every row has one cell per column.  A row above
the top rule (or below the bottom rule) is added when the table's outer column rules run on
there: the first row after a page break often has no top rule of its own.  A table continued on
the next page stays a second table block; a later stage joins them when both parts have the same
columns.  So a part that opens a page inside the outer rules of the table that ended the page
before, with no column rule of its own, takes that table's columns (``_go_on_in``): its rows may
leave some rules out (a .docx table whose rows under a merged 一级指标 have fewer cells, set flush
left, so the last columns' rules fall nowhere on that page).

Why "visible": spreadsheet exports (Excel → PDF) paint each cell's background as a white filled
rectangle a little inside its borders.  Taken as ruling, those rectangles add grid lines a few
points from the real ones, and the finder then splits one row into three and one column into
several: labels and their amounts land in different rows and columns.  Rectangles that are
filled white (or neither filled nor stroked) draw no line, so they are not ruling.

Lines.  Characters form a line by *baseline* (the text matrix), not by their box top: Word's
exports set digits and quotes in a font whose box sits lower than the CJK font's, and grouping by
top puts "2024" and "2995.39" on a line of their own under the sentence they belong to.  A space
is written where the text has one or where a gap is wider than the line's usual gap by a margin
that depends on the neighbours: small between CJK characters (letter-spaced text stays unspaced),
larger between CJK and Latin (word processors add ~1/4 em there), a whole character next to
full-width punctuation.

Paragraphs.  A line that runs to the right edge of the text column continues in the next line when
that line starts at the left margin (no first-line indent), does not open a heading or list item
(``一、`` ``（一）`` ``1.`` ``1、`` ``（1）`` ``一是`` ``第X部分`` ``附件`` …) and follows at the
document's usual line pitch (a wider step is paragraph spacing); this holds across a page break
too, and the paragraph keeps the page it starts on.  Lines are joined without a space unless both
sides are Latin letters or digits.  A page number standing alone at the page foot (``3``,
``- 3 -``, ``第 3 页``) is dropped.

Tables typed as lines.  A table that is only lines of text (a PDF viewer's copy pasted into Word
and printed: a row a line, cells one space apart, no ruling) is looked for by the text reader's
finders in the runs of lines between ruled tables *before* lines are joined (``spaced_lines``):
its lines stay lines in the text, under a table block on the page of its first line.

A copy printed a line a paragraph.  Such a copy's lines end where the copy broke them, a width well
short of the page's (``_is_copy``): on its pages a line also continues the one before where the text
reader would join the two (``spaced_lines.find_prose``: a copy broken at a count of characters ends
its lines short by the half-width digits they hold), the line break kept as the text keeps it, and
the copy's page footers (``— 5 —``), printed mid-page, are dropped as the text reader drops them.
"""

from __future__ import annotations

import bisect
import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CorruptFile, EncryptedFile, NoTextLayer, ZhreportError
from ..model import CellSpec, Source, SourceBuilder
from .files import read_bytes

if TYPE_CHECKING:  # imported where used: the text reader's modules import this one
    from . import spaced_lines

# The finder's defaults, written out.  Measured on the corpus PDFs: once invisible rectangles are
# ignored, 1 pt tolerances change next to nothing and 6 pt ones pull a text line into a table; with
# the invisible rectangles, no tolerance keeps the Excel exports' labels and amounts in one row.
TABLE_SETTINGS: dict[str, object] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
    "edge_min_length": 3,
}

_GRID_TOLERANCE = 1.0  # cell edges closer than this (pt) are one grid line
_SLIVER = 4.0  # a grid column narrower than this (pt) is the gap between two rules, not a column
_LINE_TOLERANCE = 0.35  # baselines closer than this share of the font size are one line
_CJK_GAP = 0.2  # between two CJK characters, a gap this many sizes wider than usual is a space
_MIXED_GAP = 0.4  # CJK next to Latin: word processors add ~1/4 em there without a space
_LATIN_GAP = 0.15  # elsewhere, a gap this many sizes wider than the line's usual gap is a space
_PUNCT_GAP = 1.0  # next to full-width punctuation only a gap of a whole character is a space
_RIGHT_EDGE_SLACK = 2.0  # a line ending within this many sizes of the column's right edge is full
_MAX_INDENT = 5.0  # a paragraph's first line starts at most this many sizes right of the margin
_LEFT_EDGE_SLACK = 0.6  # a line starting within this many sizes of the left edge is not indented
_PITCH_SLACK = 1.3  # lines further apart than this times the usual pitch are paragraphs apart
_FOOT_SHARE = 0.2  # page numbers are looked for in the lowest share of the page
_COPY_SHORT = 24.0  # lines ending this many pt short of the page's right margin are a copy's
_PAST_EDGE = 0.25  # a line end that this share of the lines run past is no column edge

# page furniture and list items, shared with the text reader (text pulled from a PDF keeps them);
# a footer's dashes may be full-width (－ 3 －)
PAGE_NUMBER = re.compile(
    r"^(?:[-–—－﹣]\s*\d{1,4}\s*[-–—－﹣]|\d{1,4}"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$"
)
_CN_NUM = "一二三四五六七八九十百零〇两"
NEW_ITEM = re.compile(
    rf"^(?:[{_CN_NUM}]+\s*[、.．]"
    rf"|[（(]\s*[{_CN_NUM}]+\s*[)）]"
    r"|[1-9]\d?\s*[、．]"  # item numbers have no leading zero: '（05）' is a budget code
    r"|[1-9]\d?\.(?!\d)"
    r"|[（(]\s*[1-9]\d?\s*[)）]"
    r"|[1-9]\d?[)）]"
    r"|[①-⑳❶-❿]"
    rf"|第\s*[{_CN_NUM}\d]+\s*(?:部分|章|节|条|篇)"
    r"|附件|附表|注\s*[:：]|备注"
    rf"|[{_CN_NUM}]是"
    r"|[●•▪■◆◇○□·\-–—]\s)"
)


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    lead: float = 0.0  # width of the first unit a line break cannot split ('161.62', '（项）', '万')
    base: float = 0.0  # baseline


@dataclass
class _Table:
    bbox: tuple[float, float, float, float]
    xs: list[float]  # grid lines, left to right
    ys: list[float]  # grid lines, top to bottom
    cells: list[tuple[int, int, int, int]]  # (r0, c0, r1, c1), end exclusive
    owner: list[list[int]]  # grid position -> index into cells (a hole gets a cell of its own)
    chars: list[list[dict]] = field(default_factory=list)  # per cell
    kept: list[int] = field(default_factory=list)  # the grid columns its rows have (_table_rows)
    inherited: set[int] = field(default_factory=set)  # columns of the part on the page before

    def __post_init__(self) -> None:
        self.chars = [[] for _ in self.cells]


@dataclass
class _Page:
    number: int
    width: float
    height: float
    items: list[tuple[float, object]]  # (top, _Line | list[list[CellSpec]]) in reading order
    tail: _Columns | None = None  # the columns of the table that ends the page, if one does


@dataclass
class _Columns:
    """The columns of a table part: its grid lines, and the (left, right) of each column its rows
    have.  What a part at the top of the next page needs to go on in the same columns."""

    xs: list[float]
    kept: list[tuple[float, float]]


# ---------------------------------------------------------------------------------------------
# public


def read_pdf(path: Path, data: bytes | None = None) -> Source:
    """Read a PDF's text layer into paragraph and table blocks, page by page.

    Raises ``FileMissing``, ``EmptyFile``, ``CorruptFile`` (not a PDF, or one pdfminer cannot
    parse), ``EncryptedFile`` (it needs a password) or ``NoTextLayer`` (no page has text: a
    scan).  Pages without text in a document that has some are listed in
    ``metadata['pages_without_text']``.
    """
    path = Path(path)
    if data is None:
        data = read_bytes(path)
    if b"%PDF-" not in data[:1024]:  # the header may follow up to 1 KB of junk
        raise CorruptFile(str(path), _DAMAGED)
    metadata: dict[str, str] = {}
    pages: list[_Page] = []
    for raw in _raw_pages(path, data, metadata):
        pages.append(_read_page(raw, pages[-1].tail if pages else None))
    if not pages:
        raise CorruptFile(str(path), "not a readable PDF (it has no pages)")
    if not any(page.items for page in pages):
        raise NoTextLayer(str(path), f"no text layer on any of {len(pages)} pages; it needs OCR")
    empty = [str(page.number) for page in pages if not page.items]
    if empty:
        metadata["pages_without_text"] = ",".join(empty)
    builder = SourceBuilder("pdf")
    _emit(pages, builder)
    return builder.build(pages=len(pages), metadata=metadata)


@dataclass
class _RawPage:
    """What pdfplumber gives of one page; everything after works on plain data."""

    number: int
    width: float
    height: float
    tables: list[list[tuple[float, float, float, float]]]  # the finder's cells, per table
    verticals: list[tuple[float, float, float]]  # visible vertical rules: (x, top, bottom)
    chars: list[dict]


def _raw_pages(path: Path, data: bytes, metadata: dict[str, str]):
    """Yield each page's raw objects.  Only here is pdfplumber called, and whatever pdfminer
    raises (PSEOF, PDFSyntaxError, KeyError, …) becomes a typed error naming the file."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _pdf_error(path, exc) from exc
    with pdf:
        try:
            metadata.update(_metadata(pdf))
            pages = pdf.pages
        except Exception as exc:
            raise _pdf_error(path, exc) from exc
        for page in pages:
            try:
                raw = _collect(page)
                page.close()  # drop the page's cached objects: thousands of pages stay small
            except Exception as exc:
                raise _pdf_error(path, exc, page.page_number) from exc
            yield raw


def _collect(page) -> _RawPage:
    finder_page = page.filter(_is_visible)
    tables = [found.cells for found in finder_page.find_tables(TABLE_SETTINGS)]
    verticals = []
    if tables:
        verticals = [(e["x0"], e["top"], e["bottom"]) for e in finder_page.vertical_edges]
    return _RawPage(
        page.page_number, float(page.width), float(page.height), tables, verticals, page.chars
    )


_DAMAGED = "not a readable PDF (truncated or damaged)"


def _pdf_error(path: Path, exc: BaseException, page: int | None = None) -> ZhreportError:
    """The typed error for what pdfminer raised; the original stays chained as ``__cause__``."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], BaseException):
        exc = exc.args[0]  # pdfplumber wraps what pdfminer raised
    if isinstance(exc, PDFPasswordIncorrect):
        return EncryptedFile(
            str(path),
            "the PDF is encrypted; it opens only with its password: decrypt it first "
            "(qpdf --password=… --decrypt in.pdf out.pdf) and read the copy",
        )
    if isinstance(exc, PDFEncryptionError):
        return EncryptedFile(str(path), f"the PDF is encrypted in a way that cannot be read ({exc})")
    if page is not None:
        return CorruptFile(str(path), f"not a readable PDF (page {page} is truncated or damaged)")
    return CorruptFile(str(path), _DAMAGED)


def _metadata(pdf) -> dict[str, str]:
    out = {}
    for key in ("Title", "Author", "Subject", "Creator", "Producer", "CreationDate", "ModDate"):
        value = (pdf.metadata or {}).get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, str) and value.strip():
            out[key.lower()] = value.strip()
    return out


# ---------------------------------------------------------------------------------------------
# one page


def _is_visible(obj: dict) -> bool:
    """False for rectangles that draw nothing: unstroked and unfilled, or filled white."""
    if obj.get("object_type") != "rect" or obj.get("stroke"):
        return True
    if not obj.get("fill"):
        return False
    return not _is_white(obj.get("non_stroking_color"))


def _is_white(color) -> bool:
    if color is None:
        return False  # the default fill is black
    if isinstance(color, (int, float)):
        color = (color,)
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False  # a pattern name: draws something
    if len(values) == 1 or len(values) == 3:
        return min(values) >= 0.95
    if len(values) == 4:  # CMYK
        return max(values) <= 0.05
    return False


def _read_page(raw: _RawPage, before: _Columns | None = None) -> _Page:
    """``before``: the columns of the table that ended the previous page, if one did."""
    tables = []
    for cells in raw.tables:
        grid = _grid(cells)
        if grid is not None:
            _open_rows(grid, raw.verticals)
            tables.append(grid)
    free: list[dict] = []
    for char in raw.chars:
        cx = (char["x0"] + char["x1"]) / 2
        cy = (char["top"] + char["bottom"]) / 2
        for table in tables:
            x0, top, x1, bottom = table.bbox
            if x0 <= cx <= x1 and top <= cy <= bottom:
                _route(table, char, cx, cy)
                break
        else:
            free.append(char)
    if before is not None and tables:
        first = min(tables, key=lambda t: t.bbox[1])
        if not any(c["text"].strip() and c["bottom"] <= first.bbox[1] for c in free):
            _go_on_in(first, before)
    items: list[tuple[float, object]] = []
    ends: list[tuple[float, _Columns]] = []
    for table in tables:
        rows = _table_rows(table)
        if rows is None:
            continue
        if len(rows) == 1 and len(rows[0]) == 1:
            free.extend(c for chars in table.chars for c in chars)  # a framed paragraph
            continue
        items.append((table.bbox[1], rows))
        kept = [(table.xs[c], table.xs[c + 1]) for c in table.kept]
        ends.append((table.bbox[3], _Columns(table.xs, kept)))
    items.extend((line.top, line) for line in _lines(free))
    items.sort(key=lambda item: item[0])
    page = _Page(raw.number, raw.width, raw.height, items)
    # the table that ends the page (a page number below it aside) may go on at the next page's top
    last = _drop_page_number(page)
    if last and not isinstance(last[-1][1], _Line) and ends:
        page.tail = max(ends, key=lambda e: e[0])[1]
    return page


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _GRID_TOLERANCE:
            continue
        out.append(v)
    return out


def _index(lines: list[float], v: float) -> int:
    i = bisect.bisect_left(lines, v - _GRID_TOLERANCE)
    return min(i, len(lines) - 1)


def _grid(cells: list[tuple[float, float, float, float]]) -> _Table | None:
    if len(cells) < 2:
        return None  # a lone frame is no table
    xs = _cluster([c[0] for c in cells] + [c[2] for c in cells])
    ys = _cluster([c[1] for c in cells] + [c[3] for c in cells])
    if len(xs) < 2 or len(ys) < 2:
        return None
    owner = [[-1] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    spans = []
    for x0, top, x1, bottom in cells:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 <= c0 or r1 <= r0:
            continue
        k = len(spans)
        spans.append((r0, c0, r1, c1))
        for r in range(r0, r1):
            for c in range(c0, c1):
                if owner[r][c] < 0:
                    owner[r][c] = k
    # holes (a grid position no cell covers) become cells of their own, so no text is lost
    for r, row in enumerate(owner):
        for c, k in enumerate(row):
            if k < 0:
                row[c] = len(spans)
                spans.append((r, c, r + 1, c + 1))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return _Table(bbox, xs, ys, spans, owner)


def _open_rows(table: _Table, verticals: list[tuple[float, float, float]]) -> None:
    """Add the row a table has above its top rule or below its bottom rule, if its column rules
    run on there: the first row on a page after a break often has no top rule of its own (the
    rule was drawn at the foot of the previous page), and the finder needs four sides."""
    snap = TABLE_SETTINGS["snap_tolerance"]
    for at_top in (True, False):
        edge_y = table.ys[0] if at_top else table.ys[-1]
        ends: dict[int, list[float]] = {}
        for x, top, bottom in verticals:
            touching = abs((bottom if at_top else top) - edge_y) <= snap
            beyond = top < edge_y - snap if at_top else bottom > edge_y + snap
            if not (touching and beyond):
                continue
            col = _index(table.xs, x)
            if abs(table.xs[col] - x) <= snap:
                ends.setdefault(col, []).append(top if at_top else bottom)
        last = len(table.xs) - 1
        if 0 not in ends or last not in ends:
            continue  # the outer rules must both run on
        far = statistics.median(v for values in ends.values() for v in values)
        cols = sorted(ends)
        n_rows = len(table.ys) - 1
        if at_top:
            table.ys.insert(0, far)
            table.cells = [(r0 + 1, c0, r1 + 1, c1) for r0, c0, r1, c1 in table.cells]
            row_index = 0
        else:
            table.ys.append(far)
            row_index = n_rows
        new_row = [-1] * last
        for a, b in zip(cols, cols[1:]):
            for c in range(a, b):
                new_row[c] = len(table.cells)
            table.cells.append((row_index, a, row_index + 1, b))
        table.owner.insert(row_index, new_row)
        table.chars.extend([] for _ in range(len(table.cells) - len(table.chars)))
        x0, top, x1, bottom = table.bbox
        table.bbox = (x0, min(top, far), x1, max(bottom, far))


def _go_on_in(table: _Table, before: _Columns) -> None:
    """Give a table that opens a page the columns of the table that ended the page before, when
    it is that table going on: the same outer rules, and no rule the first part lacks.

    A part whose rows happen to leave a column rule out (a page holding only a table's closing
    rows, a label and one text cell across the rest: 评价结论, 存在问题, 改进措施) is found with
    fewer columns than its first part, and would stand as a table of its own.  The first part's missing rules are added (a cell across one
    becomes a merged cell over both columns), and the columns the first part has are kept even
    where empty, so that both parts have the same columns and are read as one table."""
    snap = TABLE_SETTINGS["snap_tolerance"]

    def near(x: float, lines: list[float]) -> bool:
        return any(abs(x - v) <= snap for v in lines)

    if abs(table.xs[0] - before.xs[0]) > snap or abs(table.xs[-1] - before.xs[-1]) > snap:
        return
    if not all(near(x, before.xs) for x in table.xs):
        return  # a rule of its own: another table
    for x in before.xs:
        if table.xs[0] < x < table.xs[-1] and not near(x, table.xs):
            _split_column(table, x)
    for c in range(len(table.xs) - 1):
        left, right = table.xs[c], table.xs[c + 1]
        if any(abs(left - a) <= snap and abs(right - b) <= snap for a, b in before.kept):
            table.inherited.add(c)


def _split_column(table: _Table, x: float) -> None:
    """Add a grid line at ``x``: the column it falls in becomes two, and every cell over it spans
    both (its characters stay with it)."""
    j = bisect.bisect_left(table.xs, x)
    table.xs.insert(j, x)
    for row in table.owner:
        row.insert(j, row[j - 1])
    table.cells = [(r0, c0 + (c0 >= j), r1, c1 + (c1 >= j)) for r0, c0, r1, c1 in table.cells]
    table.inherited = {c + (c >= j) for c in table.inherited}


def _route(table: _Table, char: dict, cx: float, cy: float) -> None:
    c = min(max(bisect.bisect_right(table.xs, cx) - 1, 0), len(table.xs) - 2)
    r = min(max(bisect.bisect_right(table.ys, cy) - 1, 0), len(table.ys) - 2)
    table.chars[table.owner[r][c]].append(char)


def _table_rows(table: _Table) -> list[list[CellSpec]] | None:
    """Cell texts on the grid, with merges spelled out.

    Dropped: rows without text (blank template rows, slivers between double rules) and columns
    without text that no cell has to itself or that are slivers.  An empty column that is a real
    column (its cells are ruled apart) stays, so that a table continued on the next page keeps the
    columns of its first part even where they are empty on this page.
    """
    texts = ["\n".join(line.text for line in _lines(chars)) for chars in table.chars]
    n_rows, n_cols = len(table.ys) - 1, len(table.xs) - 1
    solid = [c in table.inherited for c in range(n_cols)]
    for _, c0, _, c1 in table.cells:
        if c1 - c0 == 1 and table.xs[c1] - table.xs[c0] >= _SLIVER:
            solid[c0] = True
    keep_cols = _keep(
        n_cols, [(c0, c1, bool(texts[k])) for k, (_, c0, _, c1) in enumerate(table.cells)], solid
    )
    keep_rows = _keep(
        n_rows, [(r0, r1, bool(texts[k])) for k, (r0, _, r1, _) in enumerate(table.cells)]
    )
    if not keep_cols or not keep_rows:
        return None
    table.kept = keep_cols
    col_at = {c: i for i, c in enumerate(keep_cols)}
    row_at = {r: i for i, r in enumerate(keep_rows)}
    rows: list[list[CellSpec]] = []
    anchors: dict[int, tuple[int, int]] = {}
    for r in keep_rows:
        row = []
        for c in keep_cols:
            k = table.owner[r][c]
            if k in anchors:
                row.append(CellSpec("", merged_from=anchors[k]))
                continue
            r0, c0, r1, c1 = table.cells[k]
            anchors[k] = (row_at[r], col_at[c])
            rowspan = sum(1 for rr in range(r0, r1) if rr in row_at)
            colspan = sum(1 for cc in range(c0, c1) if cc in col_at)
            row.append(CellSpec(texts[k], rowspan=rowspan, colspan=colspan))
        rows.append(row)
    return rows


def _keep(n: int, spans: list[tuple[int, int, bool]], solid: list[bool] | None = None) -> list[int]:
    """Grid columns (or rows) to keep: the solid ones and those some text-holding cell needs.

    A column is needed if a cell with text lies in it alone; a cell with text that spans only
    otherwise dropped columns keeps its first one.
    """
    keep = list(solid) if solid else [False] * n
    for a, b, has_text in spans:
        if has_text and b - a == 1:
            keep[a] = True
    for a, b, has_text in spans:
        if has_text and not any(keep[a:b]):
            keep[a] = True
    return [i for i in range(n) if keep[i]]


# ---------------------------------------------------------------------------------------------
# characters to lines


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF  # radicals, CJK punctuation, kana, unified ideographs
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or 0x2018 <= o <= 0x201F  # curly quotes, set full-width in Chinese text
        or 0x20000 <= o <= 0x2FFFF
    )


def _is_cjk_punct(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF0F or 0xFF1A <= o <= 0xFF20 or (
        0xFF3B <= o <= 0xFF40 or 0xFF5B <= o <= 0xFF65 or 0x2018 <= o <= 0x201F or ch in "…—·"
    )


def _baseline(char: dict) -> float:
    matrix = char.get("matrix")
    if matrix and abs(matrix[1]) < 1e-6 and abs(matrix[2]) < 1e-6:
        return char["bottom"] + char["y0"] - matrix[5]
    return char["bottom"]


def _lines(chars: list[dict]) -> list[_Line]:
    """Group characters into lines by baseline; whitespace characters only mark spaces."""
    if not any(c["text"].strip() for c in chars):
        return []
    keyed = sorted(((_baseline(c), c["x0"], c) for c in chars), key=lambda t: (t[0], t[1]))
    groups: list[list[dict]] = []
    first = None
    for base, _, char in keyed:
        size = char.get("size") or 10.0
        if first is None or base - first > _LINE_TOLERANCE * size:
            groups.append([])
            first = base
        groups[-1].append(char)
    lines = []
    for group in groups:
        group.sort(key=lambda c: c["x0"])
        if any(c["text"].strip() for c in group):
            lines.append(_line(group))
    return lines


def _line(group: list[dict]) -> _Line:
    chars = [c for c in group if c["text"].strip()]
    spaced = set()  # indexes of visible chars preceded by a whitespace character
    seen = 0
    for c in group:
        if c["text"].strip():
            seen += 1
        elif seen:
            spaced.add(seen)
    gaps = [b["x0"] - a["x1"] for a, b in zip(chars, chars[1:])]
    # letter-spacing (justified or distributed text) widens every gap of the line alike; a space
    # is a gap wider than the line's usual one
    usual = max(0.0, statistics.median(gaps)) if len(gaps) >= 3 else 0.0
    parts = [chars[0]["text"]]
    for i in range(1, len(chars)):
        prev, char = chars[i - 1], chars[i]
        size = max(prev.get("size") or 10.0, char.get("size") or 10.0)
        a, b = prev["text"][-1], char["text"][0]
        if _is_cjk_punct(a) or _is_cjk_punct(b):
            threshold = _PUNCT_GAP  # full-width punctuation carries its own spacing
        elif _is_cjk(a) and _is_cjk(b):
            threshold = _CJK_GAP
        elif _is_cjk(a) or _is_cjk(b):
            threshold = _MIXED_GAP
        else:
            threshold = _LATIN_GAP
        if i in spaced or gaps[i - 1] > usual + threshold * size:
            parts.append(" ")
        parts.append(char["text"])
    sizes = [c.get("size") or 10.0 for c in chars]
    return _Line(
        "".join(parts),
        min(c["x0"] for c in chars),
        max(c["x1"] for c in chars),
        min(c["top"] for c in chars),
        max(c["bottom"] for c in chars),
        statistics.median(sizes),
        _lead_width(chars),
        statistics.median(_baseline(c) for c in chars),
    )


# Characters a line-breaker keeps together with the figure beside them (UAX #14 classes AL, AI,
# PR, PO): a target such as ``≥98%`` or ``±0.5℃`` moves to the next line whole, so the line
# before it ends short by the width of all of it, not of ``≥`` alone.
_LATIN_RUN = re.compile(r"[0-9A-Za-z.,%‰+\-/:≥≤<>=±~×°℃]")
_OPENERS = "（(《“‘【[〔"
_BRACKET_CLOSERS = "）)》”’】]〕"
_NO_LINE_START = _BRACKET_CLOSERS + "、，。；：！？,.;:!?%"


def _lead_width(chars: list[dict]) -> float:
    """Width of the unit a line-breaker moves whole to the next line: a number or word, a
    short bracketed group, or one character, with the punctuation that may not start a line."""
    texts = [c["text"] for c in chars]
    end = 1
    if _LATIN_RUN.match(texts[0]):
        while end < len(texts) and _LATIN_RUN.match(texts[end]):
            end += 1
    elif texts[0] in _OPENERS:
        close = next((i for i in range(1, min(len(texts), 8)) if texts[i] in _BRACKET_CLOSERS), 0)
        end = close + 1 if close else 2
    end = min(end, len(texts))
    while end < len(texts) and texts[end] in _NO_LINE_START:
        end += 1
    return chars[end - 1]["x1"] - chars[0]["x0"]


# ---------------------------------------------------------------------------------------------
# pages to blocks


def _edges(pages: list[_Page]) -> dict[tuple[int, int], tuple[float | None, float | None]]:
    """The text column (left, right) for each page size.

    Right: the most frequent line end (justified lines all end there).  Left: the leftmost
    frequent line start near the most frequent one, so that a document whose paragraphs are
    mostly one indented line still gets the margin its continuation lines start at.

    A column's lines do not run past its right edge: an end that many lines run past (a share
    ``_PAST_EDGE`` or more, by more than the slack of a full line) is where the cells of a narrow
    column wrap (a PDF viewer's copy of a form, each line a paragraph of its own: ``组织开展送戏下乡、
    群众文化培训等活动，保`` ending where rows of the indicator table run on).  The lines then
    fill no column narrower than the page, whose right margin is taken to mirror the left one.
    """
    starts: dict[tuple[int, int], Counter] = {}
    ends: dict[tuple[int, int], Counter] = {}
    sizes: dict[tuple[int, int], list[float]] = {}
    widths: dict[tuple[int, int], float] = {}
    for page in pages:
        key = (round(page.width), round(page.height))
        widths[key] = page.width
        for _, item in page.items:
            if isinstance(item, _Line) and len(item.text) >= 8:
                starts.setdefault(key, Counter())[round(item.x0 / 2)] += 1
                ends.setdefault(key, Counter())[round(item.x1 / 2)] += 1
                sizes.setdefault(key, []).append(item.size)
    out = {}
    for key in starts:
        right = left = None
        bucket, count = starts[key].most_common(1)[0]
        if count >= 3:
            floor = max(3, count // 4)
            near = [b for b, n in starts[key].items() if n >= floor and bucket - 30 <= b <= bucket]
            left = 2.0 * min(near)
        bucket, count = ends[key].most_common(1)[0]
        if count >= 3:
            right = 2.0 * bucket
            slack = _RIGHT_EDGE_SLACK * statistics.median(sizes[key])
            past = sum(n for b, n in ends[key].items() if 2.0 * b > right + slack)
            if past >= _PAST_EDGE * ends[key].total() and left is not None:
                right = widths[key] - left
        out[key] = (left, right)
    return out


@dataclass
class _Slot:
    """A line of running text with what deciding its paragraph needs."""

    line: _Line
    page: int
    left: float | None
    right: float | None
    after_break: bool  # the first line after a table or a page break
    copy: bool = False  # its page's lines fill a narrower width than the page's (``_is_copy``)


def _emit(pages: list[_Page], builder: SourceBuilder) -> None:
    # imported here: the text reader's modules import this one (page furniture, list items)
    from . import spaced_lines

    edges = _edges(pages)
    stream: list[_Slot | tuple[int, list[list[CellSpec]]]] = []
    for page in pages:
        items = _drop_page_number(page)
        left, right = edges.get((round(page.width), round(page.height)), (None, None))
        copy = _is_copy(page, left, right)
        lines = [i for _, i in items if isinstance(i, _Line)]
        if right is None:
            right = max((line.x1 for line in lines), default=None)
        if left is None:
            left = min((line.x0 for line in lines), default=None)
        after_break = True
        for _, item in items:
            if isinstance(item, _Line):
                stream.append(_Slot(item, page.number, left, right, after_break, copy))
                after_break = False
            else:
                stream.append((page.number, item))
                after_break = True
    pitch = _usual_pitch(stream)
    typed, copied, furniture = _typed_lines(stream)

    para: list[str] = []
    para_page: int | None = None
    prev: _Slot | None = None
    i = 0
    while i < len(stream):
        slot = stream[i]
        i += 1
        if i - 1 in typed:  # a table typed as lines: its lines stay lines, under a table block
            texts, found = typed[i - 1]
            if para:
                builder.add_paragraph("".join(para), page=para_page)
            para, prev = [], None
            spaced_lines.add_table(builder, texts, found, page=slot.page)
            i += found.end - found.first - 1
            continue
        if i - 1 in furniture:  # a copy's page footer, mid-page in the printed copy
            continue
        if not isinstance(slot, _Slot):
            if para:
                builder.add_paragraph("".join(para), page=para_page)
            para, prev = [], None
            builder.add_table(slot[1], page=slot[0])
            continue
        if prev is not None and (i - 1 in copied or _continues(prev, slot) and (
            slot.after_break or _pitch(prev.line, slot.line) <= pitch * _PITCH_SLACK
        )):
            # a copy's lines keep their line break, as the text reader keeps it (the cleaner drops
            # it): a label on a line of its own stays a line (项目名称：…)
            para.append("\n" if i - 1 in copied else _joint(para[-1], slot.line.text))
            para.append(slot.line.text)
        else:
            if para:
                builder.add_paragraph("".join(para), page=para_page)
            para, para_page = [slot.line.text], slot.page
        prev = slot
    if para:
        builder.add_paragraph("".join(para), page=para_page)


def _is_copy(page: _Page, left: float | None, right: float | None) -> bool:
    """Do the page's lines fill a width well short of the page's own, as a PDF viewer's copy
    printed a line a paragraph does (its lines broken where the copy broke them)?  A document
    typeset to its page fills it up to the right margin, taken to mirror the left one."""
    return left is not None and right is not None and right < page.width - left - _COPY_SHORT


def _typed_lines(stream: list) -> tuple[dict[int, tuple[list[str], spaced_lines.Found]], set[int], set[int]]:
    """What a PDF viewer's copy pasted into Word and printed keeps of the text it was copied from,
    looked for in each run of lines between ruled tables, page breaks included, as a text file has
    them, and before lines are joined into paragraphs (a row reaching the right margin would be
    joined to the next one):

    * tables typed as lines of text (a row a line, cells one space apart), found by the text
      reader's finders: stream index of a table's first line -> (the run's line texts, the table);
    * prose broken at a fixed width, each line a paragraph of its own: the stream indexes of the
      lines the text reader joins to the line before (``spaced_lines.find_prose``).  Its lines end
      where the copy broke them, not at the page's margin; a copy broken at a count of characters
      ends its lines short by the half-width digits they hold (``…其中：中央财政`` / ``补助资金7440万元…``),
      so the geometry of ``_continues`` misses them;
    * the copy's page furniture, its footers (``— 5 —``) printed as lines mid-page, which the text
      reader drops (``spaced_lines.find_furniture``): their stream indexes."""
    from . import spaced_lines  # here: the text reader's modules import this one

    typed: dict[int, tuple[list[str], spaced_lines.Found]] = {}
    copied: set[int] = set()
    furniture: set[int] = set()
    i = 0
    while i < len(stream):
        if not isinstance(stream[i], _Slot):
            i += 1
            continue
        j = i
        while j < len(stream) and isinstance(stream[j], _Slot):
            j += 1
        texts = [slot.line.text for slot in stream[i:j]]
        found_tables = spaced_lines.find_tables(texts)
        for found in found_tables:
            typed[i + found.first] = (texts, found)
        # a typeset page's lines are joined on its geometry alone (_continues)
        copies = [slot.copy for slot in stream[i:j]]
        for first, end in spaced_lines.find_prose(texts, [None] * len(texts), found_tables):
            copied.update(i + k for k in range(first + 1, end) if copies[k] and copies[k - 1])
        furniture.update(i + k for k in spaced_lines.find_furniture(texts, found_tables) if copies[k])
        i = j
    return typed, copied, furniture


def _pitch(a: _Line, b: _Line) -> float:
    return (b.base - a.base) / a.size


def _usual_pitch(stream: list) -> float:
    """The line pitch inside paragraphs (in font sizes): the median over the line pairs that
    would join on geometry alone.  A wider step is paragraph spacing or an empty paragraph."""
    pitches = []
    for a, b in zip(stream, stream[1:]):
        if isinstance(a, _Slot) and isinstance(b, _Slot) and not b.after_break and _continues(a, b):
            pitches.append(_pitch(a.line, b.line))
    return statistics.median(pitches) if pitches else float("inf")


def _continues(prev: _Slot, slot: _Slot) -> bool:
    """Does ``slot`` continue the paragraph whose last line is ``prev``?"""
    a, b = prev.line, slot.line
    if prev.right is None or prev.left is None or slot.left is None:
        return False
    if a.x1 < prev.right - max(_RIGHT_EDGE_SLACK * a.size, b.lead + a.size):
        return False  # the line ends short of the column: the next word would have fitted
    if a.x0 > prev.left + _MAX_INDENT * a.size:
        return False  # a right-hand field, not the first line of a paragraph
    if b.x0 > slot.left + _LEFT_EDGE_SLACK * b.size:
        return False  # a first-line indent
    if NEW_ITEM.match(b.text) or PAGE_NUMBER.match(b.text.strip()):
        return False
    return True


def _joint(before: str, after: str) -> str:
    a, b = before[-1:], after[:1]
    if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
        return " "
    return ""


def _drop_page_number(page: _Page) -> list[tuple[float, object]]:
    items = list(page.items)
    if not items:
        return items
    top, last = items[-1]
    if (
        isinstance(last, _Line)
        and last.top >= page.height * (1 - _FOOT_SHARE)
        and PAGE_NUMBER.match(last.text.strip())
    ):
        items.pop()
    return items
