"""Plain text: decoding, lines as paragraphs, and Word tables pasted as text.

When a Word table is copied as plain text, every cell lands on its own line behind a TAB and rows
are separated by one blank line (seed 001); two or more blank lines end the table.  A cell whose
text had a paragraph break comes back as a line without the TAB between two rows; it belongs to
the cell before it.  Text copied from a spreadsheet instead keeps a row per line with TABs between
cells.  Both become table blocks.  A run of single-cell "rows" is only indented text (seed 002 is
a whole report pasted from a one-column layout table) and stays paragraphs.

Two more forms come from web pages and PDFs, neither marked by a TAB, so both are anchored on a
header of table vocabulary (the column words of ``patterns/indicators.toml``) to keep prose safe:

* columns aligned with spaces (a web page, ``pdftotext -layout``): cells apart by runs of two or
  more columns of space, aligned by display width (a CJK character is two columns wide).  Each
  line is a row; a field belongs to the column whose cell above it overlaps it, so merged or
  blank cells come out empty and a label under another (``（万元）`` under ``项目资金``) keeps
  its own row.
* one cell per line, rows not marked and blank cells as empty lines (a web table copied as
  text): after a run of N header cells, every N lines are a row.  Or, when a blank line follows
  the header, rows parted by blank lines, a cell merged over rows standing only in the first of
  them, so that each row fills the last columns (``_grouped_table``); the 项目名称 rows above the
  header come with it.
* one cell a line as a PDF viewer copies a 自评表: no blank line at all, blank cells lost, merged
  cells once, wrapped cells over several lines; rows are read by the kinds of the header's
  columns (levels, name, values, figures), each closed by its run of figures (``_pdf_cell_tables``).

A CMS that exports pages as Markdown leaves pipe tables in text files too (``| 一级指标 | 二级指标 |``
over a ``|---|---|`` line).  The rows are found as the Markdown reader finds them (the functions
``pipe_cells``, ``is_pipe_delimiter``, ``is_pipe_table_start`` and ``pipe_table_rows`` below serve
both), but in plain text only a header followed by a delimiter row of as many cells opens a table,
since a bar in prose or a line of dashes is no table; cells are spans of the text as written.
Tables exported with bars but no delimiter row (``绩效指标 | 一级指标 | …``, rows `` |  | 质量指标 |
…``: no outer bars, blank cells kept) are anchored on a header of table vocabulary instead.

Text pulled from a PDF keeps the PDF's layout: lines broken at a fixed width, inside words and
before units (``辐射带`` / ``动周边农户1,820户``), and the page furniture (a ``— 3 —`` footer, a
running title at the top of every later page).  When most lines of prose are about as wide as one
another (a fixed width, measured in display columns), a line of about that width that does not end
a sentence is continued by the next line (unless that one is indented, opens a heading or item, or
belongs to a table): the paragraph block spans both lines, the line break inside it being
whitespace the cleaner drops.  Footers and the running titles after them are dropped; a paragraph
that runs over a page break is cut there, as a block is one span of the text.  A TAB table
continued after a page break, its header row repeated, is one table without the repeated header.
Ordinary pasted text, one paragraph a line of any width, has no usual width and stays as it is.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import combinations, product

import regex

from .. import patterns
from ..errors import EmptyFile, UndecodableText
from ..model import Source, SourceBlock, SourceCell
# the PDF reader's page numbers and the openings of headings and list items serve text taken from a PDF
from .pdf_reader import NEW_ITEM, PAGE_NUMBER

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Below this share of ordinary characters a GB18030 decoding is taken for noise: GB18030 maps
# almost any byte string to *some* characters, so success alone proves nothing.
_MIN_PLAUSIBLE = 0.95


def decode_bom(data: bytes, path: str | None = None) -> tuple[str, str] | None:
    """The text a byte-order mark says the bytes are, None without one; empty bytes refused."""
    if not data.strip():
        raise EmptyFile(path, "the file is empty" if not data else "the file holds only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", " with BOM")
            except UnicodeDecodeError as exc:
                raise UndecodableText(path, f"starts with a {encoding} BOM but is not {encoding}: {exc.reason}") from None
    return None


def decode_text(data: bytes, path: str | None = None) -> tuple[str, str]:
    """Decode report bytes: BOMs, UTF-8, UTF-16 without BOM, then GB18030 (a superset of GBK)."""
    if (with_bom := decode_bom(data, path)) is not None:
        return with_bom
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _guess_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise UndecodableText(path, "binary data, not text (NUL bytes, no known encoding)")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise UndecodableText(path, "neither UTF-8 nor GB18030/GBK text") from None
    if _plausible_share(text) < _MIN_PLAUSIBLE:
        raise UndecodableText(path, "decodes as GB18030 only to noise: not a text file in a known encoding")
    return text, "gb18030"


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 text of Chinese and ASCII has NULs in one byte column only."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.2 * half and even == 0:
        return "utf-16-le"
    if even > 0.2 * half and odd == 0:
        return "utf-16-be"
    return None


def _plausible_share(text: str) -> float:
    sample = text[:20000]
    good = 0
    for ch in sample:
        if ch.isspace() or ch.isascii() and ch.isprintable():
            good += 1
            continue
        cat = unicodedata.category(ch)
        if cat in ("Lo", "Nd", "Po", "Ps", "Pe", "Pd", "Sm", "So", "Pi", "Pf", "Zs", "Lu", "Ll"):
            # GB18030 noise lands in Lo too, but mostly outside the common CJK block
            if cat == "Lo" and not ("\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff"):
                continue
            good += 1
    return good / max(len(sample), 1)


@dataclass
class _Line:
    start: int
    end: int  # end of the content, before the line break

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            end = n
            if pos < n:
                lines.append(_Line(pos, end))
            break
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        lines.append(_Line(pos, end))
        pos = nl + 1
    return lines


def _is_blank(line: _Line, text: str) -> bool:
    return not text[line.start : line.end].strip()


def _is_cell_line(line: _Line, text: str) -> bool:
    return line.end > line.start and text[line.start] == "\t" and "\t" not in text[line.start + 1 : line.end]


def _tsv_fields(line: _Line, text: str) -> list[tuple[int, int]] | None:
    """Spans of the fields of a spreadsheet-style row ('a\\tb\\tc'), or None for other lines."""
    content = text[line.start : line.end]
    if content.count("\t") < 1 or content.startswith("\t") and content.count("\t") < 2:
        return None
    fields, pos = [], line.start
    for part in content.split("\t"):
        fields.append((pos, pos + len(part)))
        pos += len(part) + 1
    if sum(1 for a, b in fields if text[a:b].strip()) < 2:
        return None
    return fields


def read_text(text: str, fmt: str = "text", encoding: str | None = None) -> Source:
    """Split decoded text into paragraph and table blocks, with spans into ``text`` itself."""
    lines = _lines(text)
    blocks: list[SourceBlock] = []
    # tables found by their header before reading in order: lines above a header belong to them;
    # pipe tables first, so that their rows are not taken for space-aligned ones
    piped = _pipe_tables(lines, text)
    piped.update(_bar_tables(lines, text, _spanned(piped)))
    laid_out = _aligned_tables(lines, text, _spanned(piped))
    laid_out.update(piped)
    laid_out.update(_pdf_cell_tables(lines, text, laid_out))
    laid_out.update(_cell_per_line_tables(lines, text, laid_out))
    laid_out.update(_pdf_copied_tables(lines, text, _spanned(laid_out)))
    laid_out.update(_pdf_row_tables(lines, text, _spanned(laid_out)))
    layout = _layout(lines, text, _spanned(laid_out))
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in laid_out:
            table, i = laid_out[i]
            blocks.append(table)
            continue
        if _is_cell_line(line, text):  # before the blank test: a lone TAB is an empty first cell
            table, i = _pasted_word_table(lines, i, text)
            blocks.extend(table)
            continue
        if _is_blank(line, text):
            i += 1
            continue
        if _tsv_fields(line, text) and i + 1 < len(lines) and _tsv_fields(lines[i + 1], text):
            table, i = _tsv_table(lines, i, text)
            blocks.append(table)
            continue
        if i in layout.furniture:
            i += 1
            continue
        last = _paragraph_end(lines, i, text, layout, laid_out)
        blocks.append(SourceBlock("paragraph", line.start, lines[last].end))
        i = last + 1
    return Source(text, _tables_over_page_breaks(blocks, text, lines, layout), fmt, encoding=encoding)


def _spanned(tables: dict[int, tuple[SourceBlock, int]]) -> set[int]:
    """The indices of the lines the tables found so far span."""
    return {k for first, (_, after) in tables.items() for k in range(first, after)}


# --- text pulled from a PDF: fixed-width lines and page furniture ----------------------------

# the lines of prose that must share one width for the text to be taken as laid out at a fixed
# width, and the least width (in display columns) of such a line: a PDF's body line holds some
# twenty CJK characters at least
_MIN_FIXED_LINES = 5
_MIN_FIXED_SHARE = 0.3
_MIN_FIXED_WIDTH = 40
# how much shorter than the usual width a broken line may be, in display columns: a character
# kept with punctuation that may not open a line, quotes of ambiguous width; a number is never
# split, so a line before one may be shorter by its width too
_FULL_SLACK = 4
# a line ending in one of these ends its paragraph
_SENTENCE_END = "。；：！？;:!?" + "）)》”’】]〕"
_LEAD_NUMBER = regex.compile(r"^[\d.,%‰]+")


@dataclass
class _Layout:
    width: int | None  # the usual width of a full line; None: lines are paragraphs
    furniture: frozenset[int]  # indices of page footers and running titles


def _display_width(s: str) -> int:
    return sum(map(_width, s))


# a footer between full-width hyphens (－ 3 －), as a PDF viewer copies some
_WIDE_DASH_FOOTER = regex.compile(r"^[－﹣]\s*\d{1,4}\s*[－﹣]$")


def _is_footer(content: str) -> bool:
    """A page footer as the PDF reader knows it (— 3 —, 第3页), or between full-width hyphens
    (－ 3 －), not a bare figure, which in a text file may be a cell of a table copied one cell a line."""
    s = content.strip()
    if _WIDE_DASH_FOOTER.match(s):
        return True
    return bool(s) and PAGE_NUMBER.match(s) is not None and regex.fullmatch(r"[\d\s/]+", s) is None


def _layout(lines: list[_Line], text: str, tables: set[int] = frozenset()) -> _Layout:
    """The page furniture of a text pulled from a PDF, and the width its lines were broken at
    (measured on the lines of prose: the lines of ``tables`` left out)."""
    contents = [text[ln.start : ln.end] for ln in lines]
    footers = [k for k, c in enumerate(contents) if _is_footer(c)]
    # the first line after a footer, when it is the same after two footers at least: a running title
    after: dict[str, list[int]] = {}
    for k in footers:
        j = k + 1
        while j < len(lines) and not contents[j].strip():
            j += 1
        if j < len(lines):
            after.setdefault(contents[j].strip(), []).append(j)
    titles = [j for same in after.values() if len(same) >= 2 for j in same]
    furniture = frozenset(footers + titles) if len(footers) >= 2 else frozenset()
    prose = [_display_width(c.rstrip()) for k, c in enumerate(contents)
             if c.strip() and "\t" not in c and k not in furniture and k not in tables]
    width = Counter(prose).most_common(1)[0][0] if prose else None
    if width is None or width < _MIN_FIXED_WIDTH:
        return _Layout(None, furniture)
    near = sum(1 for w in prose if abs(w - width) <= _FULL_SLACK)
    if near < _MIN_FIXED_LINES or near < _MIN_FIXED_SHARE * len(prose):
        return _Layout(None, furniture)
    return _Layout(width, furniture)


def _paragraph_end(lines: list[_Line], i: int, text: str, layout: _Layout, taken: dict) -> int:
    """The index of the last line of the paragraph that opens at line ``i``: itself, or in a text
    broken at a fixed width the lines that continue it."""
    if layout.width is None:
        return i
    while i + 1 < len(lines):
        content = text[lines[i].start : lines[i].end].rstrip()
        nxt = text[lines[i + 1].start : lines[i + 1].end]
        if (not content or content[-1] in _SENTENCE_END or not nxt.strip() or "\t" in nxt
                or i + 1 in taken or i + 1 in layout.furniture
                or nxt[0].isspace() or NEW_ITEM.match(nxt)):
            return i
        lead = _LEAD_NUMBER.match(nxt)
        short = _FULL_SLACK + (len(lead.group()) if lead else 0)
        if not layout.width - short <= _display_width(content) <= layout.width + _FULL_SLACK:
            return i
        i += 1
    return i


def _tables_over_page_breaks(blocks: list[SourceBlock], text: str, lines: list[_Line],
                             layout: _Layout) -> list[SourceBlock]:
    """One table for a TAB table continued after a page break (a footer between the parts) with
    its header row repeated: the rows of the second part, less that header, join the first."""
    if not layout.furniture:
        return blocks
    footers = [lines[k].start for k in layout.furniture]
    out: list[SourceBlock] = []
    for block in blocks:
        before = out[-1] if out else None
        if (before is not None and before.rows and block.rows and before.style == block.style == "tsv"
                and any(before.end <= at < block.start for at in footers)):
            first = _row_texts(block.rows[0], text)
            if sum(_is_vocabulary(t) for t in first) >= _vocabulary()[1] and any(
                    _row_texts(row, text) == first for row in before.rows):
                rows = [[(c.start, c.end) for c in row] for row in before.rows + block.rows[1:]]
                out[-1] = _table_block(rows, "tsv")
                continue
        out.append(block)
    return out


def _row_texts(row: list[SourceCell], text: str) -> list[str]:
    return [text[c.start : c.end].strip() for c in row]


def _pasted_word_table(lines: list[_Line], i: int, text: str) -> tuple[list[SourceBlock], int]:
    """Read rows of TAB-led cell lines from line ``i``; return the blocks and the next line index."""
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    blanks = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if _is_blank(line, text) and not _is_cell_line(line, text):
            blanks += 1
            if row:
                rows.append(row)
                row = []
            if blanks >= 2:
                break
            i += 1
            continue
        if _is_cell_line(line, text):
            blanks = 0
            row.append((line.start + 1, line.end))
            i += 1
            continue
        # a line without the TAB: the second paragraph of the last cell when a table row follows
        nxt = i + 1
        while nxt < n and _is_blank(lines[nxt], text) and not _is_cell_line(lines[nxt], text):
            nxt += 1
        prev_cells = row or (rows[-1] if rows else None)
        if prev_cells and nxt < n and _is_cell_line(lines[nxt], text):
            start, _ = prev_cells[-1]
            prev_cells[-1] = (start, line.end)
            blanks = 0
            i += 1
            continue
        break
    if row:
        rows.append(row)
    while rows and all(not text[a:b].strip() for a, b in rows[-1]):
        rows.pop()
    while rows and all(not text[a:b].strip() for a, b in rows[0]):
        rows.pop(0)
    if not rows:
        return [], i
    if max(len(r) for r in rows) < 2:
        # indented text, not a table
        return [
            SourceBlock("paragraph", a, b) for r in rows for a, b in r if text[a:b].strip()
        ], i
    return [_table_block(rows, "pasted")], i


def _tsv_table(lines: list[_Line], i: int, text: str) -> tuple[SourceBlock, int]:
    rows = []
    header = False  # a row of indicator column words seen (指标 | 指标值 | … | 得分)
    while i < len(lines):
        fields = _tsv_fields(lines[i], text) or _sparse_tsv_row(lines, i, text, rows) \
            or header and _section_row(lines, i, text, len(rows[-1]))
        if not fields:
            break
        rows.append(fields)
        header = header or sum(_is_vocabulary(text[a:b]) for a, b in fields) >= _vocabulary()[1]
        i += 1
    return _table_block(rows, "tsv"), i


def _section_row(lines: list[_Line], i: int, text: str, width: int) -> list[tuple[int, int]] | None:
    """A section row of an indicator table (一、产出指标（50分）, （一）数量指标): a level word alone
    on its line, with or without the TABs of the empty cells after it, and the table's rows going
    on below it (after more such rows).  It spans the table: empty cells pad it to ``width``."""
    j = i
    while j < len(lines) and _is_section_line(lines[j], text):
        j += 1
    if j == i or j >= len(lines) or not _tsv_fields(lines[j], text):
        return None
    line = lines[i]
    content = text[line.start : line.end]
    lead = len(content) - len(content.lstrip())
    label = content.strip().split("\t")[0].rstrip()
    start = line.start + lead
    fields = [(start, start + len(label))]
    fields += [(line.end, line.end)] * (width - 1)
    return fields


def _is_section_line(line: _Line, text: str) -> bool:
    cells = [c for c in text[line.start : line.end].split("\t") if c.strip()]
    return len(cells) == 1 and _section_pattern().match(_SPACES.sub("", cells[0])) is not None


@lru_cache(maxsize=1)
def _section_pattern() -> regex.Pattern[str]:
    """A section row's words (``[rows] section`` of ``patterns/indicators.toml``)."""
    return patterns.compile_pattern("indicators", patterns.load("indicators")["rows"], "section")


def _sparse_tsv_row(lines: list[_Line], i: int, text: str, rows: list) -> list[tuple[int, int]] | None:
    """A row of the table with fewer than two filled cells ('六、经营收入\t\t\t', a label over empty
    figures, or a row of empty cells): as wide as the table, and a full row follows it."""
    content = text[lines[i].start : lines[i].end]
    if not rows or "\t" not in content or content.count("\t") + 1 != max(len(r) for r in rows):
        return None
    j = i + 1
    while j < len(lines):
        nxt = text[lines[j].start : lines[j].end]
        if _tsv_fields(lines[j], text):
            break
        if "\t" not in nxt or nxt.count("\t") + 1 != max(len(r) for r in rows):
            return None
        j += 1
    if j >= len(lines):
        return None
    fields, pos = [], lines[i].start
    for part in content.split("\t"):
        fields.append((pos, pos + len(part)))
        pos += len(part) + 1
    return fields


def _table_block(rows: list[list[tuple[int, int]]], style: str) -> SourceBlock:
    source_rows = [
        [SourceCell(r, c, a, b) for c, (a, b) in enumerate(row)] for r, row in enumerate(rows)
    ]
    start = rows[0][0][0]
    end = max(b for row in rows for _, b in row)
    return SourceBlock("table", start, end, rows=source_rows, style=style)


# --- tables without TABs: anchored on a header row of table vocabulary -----------------------

_GAP = regex.compile(r"[ \u00a0\u3000]+")  # the blanks between cells; TABs are the other forms'
_WIDE_GAP = regex.compile(r"[ \u00a0\u3000]{2}|\u3000")  # two columns of blank at least
_SPACES = regex.compile(r"\s+")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[regex.Pattern[str], int]:
    """The column words of indicator tables (一级指标, 指标值, 权重, 得分 …) as one pattern, and
    how many cells of a row must be such words for it to be a header (``patterns/indicators.toml``)."""
    columns = patterns.entries("indicators", "column", ("id", "pattern"))
    compiled = [patterns.compile_pattern("indicators", e, "pattern") for e in columns]
    anyone = regex.compile("|".join(f"(?:{p.pattern})" for p in compiled))
    return anyone, int(patterns.load("indicators")["table"]["min_columns"])


def _is_vocabulary(cell: str) -> bool:
    if len(cell) > 40 or not cell.strip():  # a header cell is a few words; most lines are longer
        return False
    cell = _SPACES.sub("", cell)
    return 0 < len(cell) <= 20 and _vocabulary()[0].search(cell) is not None


@lru_cache(maxsize=1)
def _table_header_words() -> tuple[regex.Pattern[str], regex.Pattern[str], int]:
    """The header words of disclosure tables (项目, 决算数, 科目编码, 基本支出, 类/款/项 …), those
    that name nothing but a column (项目, 科目编码, 金额, 决算数, 合计), and how many cells of a row must be header
    words for it to be a header (``[table_header]`` of ``patterns/budget.toml``)."""
    words = patterns.load("budget").get("table_header")
    if not words:
        nothing = regex.compile(r"(?!)")
        return nothing, nothing, 1
    return (patterns.compile_pattern("budget", words, "cell"), patterns.compile_pattern("budget", words, "column_name"),
            int(words.get("min_cells", 2)))


# a cell that holds a figure or a code (164,978,640, 1,297.75, 2080505, 0.00): no header has one
_FIGURE_CELL = regex.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")


def _is_disclosure_header_word(cell: str) -> bool:
    word = _SPACES.sub("", cell)
    return 0 < len(word) <= 20 and _table_header_words()[0].match(word) is not None


def _is_disclosure_header(cells: list[str]) -> bool:
    """A header row of a budget disclosure table (项目 | 决算数 | 项目 | 决算数; 科目编码  科目名称  合计
    基本支出  项目支出): enough cells of its header words, one of them a column's name alone, and
    no figure.  Indicator tables have a vocabulary of their own (``_is_vocabulary``); these have other
    headers."""
    _, column_names, least = _table_header_words()
    words = [w for w in (_SPACES.sub("", c) for c in cells) if w]
    if any(_FIGURE_CELL.match(w) for w in words):
        return False
    named = [w for w in words if _is_disclosure_header_word(w)]
    return len(named) >= least and any(column_names.search(w) for w in named)


def _width(ch: str) -> int:
    """Display columns of a character: wide and full-width ones (CJK, （, ：) take two; those of
    ambiguous width (≥, —, ‰) one, as web pages and pdftotext lay them out."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


@dataclass
class _Field:
    start: int  # offsets into the text
    end: int
    left: int  # display columns, end exclusive
    right: int


def _fields(line: _Line, text: str) -> list[_Field]:
    """The cells of a space-aligned line: text apart by blanks at least two columns wide (one
    space stays inside a cell: ``PM2.5 年均浓度``)."""
    fields: list[_Field] = []
    col, pos = 0, line.start
    content = text[line.start : line.end].rstrip()
    end = line.start + len(content)
    for m in _GAP.finditer(content):
        a, b = line.start + m.start(), line.start + m.end()
        gap = _display_width(text[a:b])
        if gap < 2 and a > line.start:
            continue  # a single space inside a cell
        if a > pos:
            fields.append(_Field(pos, a, col, col + _display_width(text[pos:a])))
            col = fields[-1].right
        col += gap
        pos = b
    if pos < end:
        fields.append(_Field(pos, end, col, col + _display_width(text[pos:end])))
    return fields


def _aligned_tables(lines: list[_Line], text: str, taken: set[int] = frozenset()) -> dict[int, tuple[SourceBlock, int]]:
    """Space-aligned tables: first line index -> (table block, index of the line after it).
    Lines in ``taken`` belong to a table of another form."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    cache: dict[int, list[_Field]] = {}

    def fields(k: int) -> list[_Field]:
        if k not in cache:
            content = text[lines[k].start : lines[k].end]
            cache[k] = [] if k in taken or "\t" in content or not content.strip() else _fields(lines[k], text)
        return cache[k]

    def is_header(k: int) -> bool:
        content = text[lines[k].start : lines[k].end]
        if "\t" in content or not _WIDE_GAP.search(content):
            return False
        cells = fields(k)
        if len(cells) < 3:
            return False
        words = [text[f.start : f.end] for f in cells]
        return sum(_is_vocabulary(w) for w in words) >= _vocabulary()[1] or _is_disclosure_header(words)

    def laid_out(k: int) -> bool:
        # a row of the table: two cells or more, or an indented line (cells under blank ones), or a
        # header word alone (科目编码 under 支出功能分类  科目名称: the rest of a header cell that
        # wrapped, whose neighbours on its line are blank)
        cells = fields(k)
        return (len(cells) >= 2 or bool(cells) and cells[0].left >= 2
                or len(cells) == 1 and _is_disclosure_header_word(text[cells[0].start : cells[0].end]))

    end = 0  # lines before it belong to a table already
    for h in range(len(lines)):
        if h < end or not is_header(h):
            continue
        top, bottom = h, h
        while top - 1 >= end and laid_out(top - 1):
            top -= 1
        while bottom + 1 < len(lines) and laid_out(bottom + 1):
            bottom += 1
        # a lone indented line at either edge is a centred title or an indented paragraph
        while top < h and len(fields(top)) < 2:
            top += 1
        while bottom > h and len(fields(bottom)) < 2:
            bottom -= 1
        headers = [k for k in range(top, bottom + 1) if k == h or k > h and is_header(k)]
        rows: list[list[tuple[int, int]]] = []
        bands = ([(top, h, None)] if top < h else []) + [
            (k, headers[n + 1] if n + 1 < len(headers) else bottom + 1, k) for n, k in enumerate(headers)
        ]
        for first, stop, header in bands:
            rows.extend(_aligned_rows(lines, text, range(first, stop), header, fields))
        found[top] = (_table_block(rows, "aligned"), bottom + 1)
        end = bottom + 1
    return found


def _aligned_rows(lines: list[_Line], text: str, band: range, header: int | None, fields) -> list[list[tuple[int, int]]]:
    """The rows of lines read against one set of columns: those of the header row, or above the
    first header (项目名称, the 项目资金 lines) those of the line with the most cells.  A cell
    in no column's width (under a blank header cell) makes a column of its own."""
    anchor = header if header is not None else max(band, key=lambda k: len(fields(k)))
    columns = [(f.left, f.right) for f in fields(anchor)]
    loose: list[tuple[int, int]] = []
    for k in band:
        for f in fields(k):
            if not any(f.left < b and a < f.right for a, b in columns):
                loose.append((f.left, f.right))
    columns = _merged(columns + loose)
    rows = []
    for k in band:
        cells: list[list[_Field]] = [[] for _ in columns]
        for f in fields(k):
            over = [c for c, (a, b) in enumerate(columns) if f.left < b and a < f.right]
            before = [c for c in over if columns[c][0] <= f.left]
            cells[before[-1] if before else over[0]].append(f)
        row = []
        for c, parts in enumerate(cells):
            if parts:
                row.append((parts[0].start, parts[-1].end))
            else:
                at = _offset_at(lines[k], text, columns[c][0])
                row.append((at, at))
        rows.append(row)
    return rows


def _merged(columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Columns in order, loose cells that overlap one another taken as one column."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(columns):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _offset_at(line: _Line, text: str, column: int) -> int:
    """The text offset where display column ``column`` of a line falls (its end if shorter)."""
    col = 0
    for pos in range(line.start, line.end):
        if col >= column:
            return pos
        col += _width(text[pos])
    return line.end


def _cell_per_line_tables(lines: list[_Line], text: str, taken: dict) -> dict[int, tuple[SourceBlock, int]]:
    """Tables copied one cell a line: a run of N header cells (一级指标 / 二级指标 / … / 得分),
    then rows of N lines each, a blank line for a blank cell.  The table ends at a row that
    runs out of lines, is all blank, or puts words in a column of figures (权重, 得分)."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    busy = {k for first, (_, after) in taken.items() for k in range(first, after)}

    def cell(k: int) -> bool:
        return k not in busy and "\t" not in text[lines[k].start : lines[k].end]

    def header_end(i: int) -> int:
        j = i
        while j < n and _is_vocabulary(text[lines[j].start : lines[j].end]) and cell(j):
            j += 1
        return j

    def grouped_at(i: int, j: int, floor: int) -> tuple[int, SourceBlock, int] | None:
        # the grouped form's header row may close with a few column words the vocabulary lacks
        # (偏差原因分析): its row ends at the blank line
        e = _group(lines, text, j, cell)
        if e - j > _GROUP_HEADER_EXTRA or any(len(_word(lines, text, k)) > 20 or _FIGURE.match(_word(lines, text, k))
                                              for k in range(j, e)):
            e = j
        if e < n and _is_blank(lines[e], text):
            return _grouped_table(lines, text, i, e, floor, cell)
        return None

    n = len(lines)
    least = max(3, _vocabulary()[1])
    # the grouped tables first: a table's head above its header (项目资金 / 年初预算数 / … / 得分,
    # a row of column words itself) may look like a small table of the plain form, which must not
    # take those lines from it
    heads: list[tuple[int, int]] = []  # (first line, header line) of each grouped table
    i = floor = 0
    while i < n:
        j = header_end(i)
        if j - i >= least and (grouped := grouped_at(i, j, floor)):
            heads.append((grouped[0], i))
            i = floor = grouped[2]
        else:
            i = max(j, i + 1)
    i = 0
    floor = 0  # lines before it belong to a table found already
    while i < n:
        j = header_end(i)
        width = j - i
        if width < least:
            i = max(j, i + 1)
            continue
        if grouped := grouped_at(i, j, floor):
            first, block, r = grouped
            found[first] = (block, r)
            i = floor = r
            continue
        rows = [[_stripped(lines[k], text) for k in range(i, j)]]
        figures: list[bool | None] = [None] * width  # a column of figures so far, None unseen
        r = j
        while r + width <= n and all(cell(k) for k in range(r, r + width)):
            values = [text[a:b] for a, b in (_stripped(lines[k], text) for k in range(r, r + width))]
            if not any(values) or any(figures[c] and v and not _FIGURE.match(v) for c, v in enumerate(values)):
                break
            for c, v in enumerate(values):
                if v:
                    is_figure = bool(_FIGURE.match(v))
                    figures[c] = is_figure if figures[c] is None else figures[c] and is_figure
            rows.append([_stripped(lines[k], text) for k in range(r, r + width)])
            r += width
        if len(rows) > 1 and any(i < h and first < r for first, h in heads):
            i = j  # the head of a grouped table below (see above)
        elif len(rows) > 1:
            found[i] = (_table_block(rows, "cell-per-line"), r)
            i = floor = r
        else:
            i = j
    return found


# The grouped form of a table copied one cell a line (a web page's 绩效目标表 as text): a blank
# line ends each row, and a cell merged over rows stands only in the first of them, so a row is
# as many lines as it has cells of its own and takes the last columns:
#
#     绩效指标 / 一级指标 / 二级指标 / 三级指标 / 指标值      the header, a merged label first
#     产出指标 / 数量指标 / 补贴发放人数 / ≥5,360人          | | 产出指标 | 数量指标 | … | ≥5,360人
#     补贴发放月数 / 12个月                                  | | | | 补贴发放月数 | 12个月
#     质量指标 / 补贴对象认定准确率 / ≥98%                   | | | 质量指标 | … | ≥98%
#
# A row whose first cell falls in a level column (一级指标, 二级指标) must have a level there
# (产出指标, 数量指标（20分）, 产出数量): a caption (表2), a note (说明：) or a paragraph after the
# table has none; nor is a line of more than _GROUP_CELL_MAX characters, or an indented one, a
# cell (prose).  The header's group may open with a few label lines (绩效指标, merged down the
# rows) before the column words.
_GROUP_CELL_MAX = 60
_GROUP_HEADER_EXTRA = 2
# the shape of a level cell: a few Han characters, its score with it (产出指标（50分）)
_LEVEL_SHAPE = regex.compile(r"^\p{Han}{2,16}(?:[（(]\d+(?:\.\d+)?分[)）])?$")
# two levels joined in one cell (产出指标-数量指标, one 指标类别 cell)
_LEVEL_JOIN = regex.compile(r"[-－—–/]")
# how many rows above the header the table's head (项目名称 …, 项目资金 …, 年度总体目标 …) may
# hold, and how many blank lines may part two groups of lines at least (a blank cell is a blank
# line too; a row with empty cells, 上年结转资金 / / / — / / —, parts its groups by more, up to
# the header's width, and those groups count as one row)
_GROUP_HEAD_ROWS = 12
_GROUP_HEAD_BLANKS = 2


@lru_cache(maxsize=1)
def _level_columns() -> regex.Pattern[str]:
    """The header words of the level columns (一级指标, 二级指标, 指标类别) in
    ``patterns/indicators.toml``."""
    columns = [e for e in patterns.entries("indicators", "column", ("id", "pattern"))
               if e["id"] in ("level1", "level2", "levels")]
    return regex.compile("|".join(f"(?:{patterns.compile_pattern('indicators', e, 'pattern').pattern})" for e in columns))


@lru_cache(maxsize=1)
def _project_label() -> regex.Pattern[str]:
    """The label of the row that names a table's project (项目名称), ``patterns/indicators.toml``."""
    return patterns.compile_pattern("indicators", patterns.load("indicators")["project"], "label")


@lru_cache(maxsize=1)
def _table_title() -> regex.Pattern[str]:
    """The title of an indicator table (XX项目绩效目标表), ``patterns/indicators.toml``."""
    return patterns.compile_pattern("indicators", patterns.load("indicators")["project"], "title")


def _group(lines: list[_Line], text: str, k: int, cell) -> int:
    """The index after the run of filled cell lines from ``k``."""
    while k < len(lines) and not _is_blank(lines[k], text) and cell(k):
        k += 1
    return k


def _grouped_table(lines: list[_Line], text: str, i: int, j: int, floor: int,
                   cell) -> tuple[int, SourceBlock, int] | None:
    """The grouped form of a cell-per-line table whose header run of column words is lines
    ``i``..``j - 1`` with a blank line after it: (first line, table block, line after it), or None
    when fewer than two rows follow in that form (the plain form reads it then)."""
    n = len(lines)
    # the header row: the column words and the few label lines of its group before them
    top = i
    while (top - 1 >= floor and i - top < _GROUP_HEADER_EXTRA and cell(top - 1)
           and not _is_blank(lines[top - 1], text) and len(text[lines[top - 1].start : lines[top - 1].end].strip()) <= 20):
        top -= 1
    if top - 1 >= floor and not _is_blank(lines[top - 1], text):
        top = i  # the lines before are no part of the header's group
    header = [_stripped(lines[k], text) for k in range(top, j)]
    width = len(header)
    levels = {c for c, (a, b) in enumerate(header) if _level_columns().search(_SPACES.sub("", text[a:b]))}
    figures = {c for c, (a, b) in enumerate(header)
               if _PDF_KINDS.get(_column_role(_SPACES.sub("", text[a:b])) or "") == "figure"}
    body: list[list[tuple[int, int]]] = []
    r = j
    while r < n and _is_blank(lines[r], text) and cell(r):
        ends = _grouped_row_ends(lines, text, r + 1, cell, width, levels, figures)
        if not ends:
            break  # a second blank line, the end, or no row: the table ends
        # a blank line is an empty cell or the end of the row: the longest row after which
        # another row follows; else (the table's last row) the one that fills the most columns of
        # figures (权重, 得分: a row's figures are its last but a remark), then that puts the level
        # it opens with in a level column, or the shortest
        def filled(t: int) -> int:
            start = width - (t - r - 1)
            return sum(start <= c and bool(_word(lines, text, r + 1 + c - start)) for c in figures)

        def level_first(t: int) -> bool:
            return width - (t - r - 1) in levels and bool(_LEVEL_SHAPE.match(_LEVEL_JOIN.split(_word(lines, text, r + 1))[0]))

        t = next((t for t in reversed(ends) if _grouped_row_ends(lines, text, t + 1, cell, width, levels, figures)),
                 max(ends, key=lambda t: (filled(t), level_first(t), -t)))
        cells = [_stripped(lines[k], text) for k in range(r + 1, t)]
        at = cells[0][0]
        body.append([(at, at)] * (width - len(cells)) + cells)
        r = t
    if len(body) < 2:
        return None
    first, head = _grouped_head(lines, text, top, floor, cell, width)
    rows = head + [header] + body
    widest = max(len(row) for row in rows)
    for row in rows:
        row.extend([(row[-1][1], row[-1][1])] * (widest - len(row)))
    return first, _table_block(rows, "cell-per-line"), r


def _grouped_row_ends(lines: list[_Line], text: str, p: int, cell, width: int, levels: set[int],
                      figures: set[int]) -> list[int]:
    """Where a row of a grouped table that starts at line ``p`` may end: the blank lines ``t``
    after which lines ``p``..``t - 1`` are a row (see ``_grouped_row``), nearest first.  An empty
    cell is a blank line too (``未完成原因分析`` left empty, a cell holding only a full-width
    space), so the blank line that ends a row is one of those within ``width`` lines; a row
    starts with a filled line."""
    n = len(lines)
    if p >= n or not cell(p) or _is_blank(lines[p], text):
        return []
    ends = []
    for t in range(p + 1, min(p + width, n) + 1):
        if t == n or not cell(t):
            break
        if _is_blank(lines[t], text) and _grouped_row(text, [_stripped(lines[k], text) for k in range(p, t)],
                                                      lines[p:t], width, levels, figures):
            ends.append(t)
    return ends


def _grouped_row(text: str, cells: list[tuple[int, int]], lines: list[_Line], width: int, levels: set[int],
                 figures: set[int] = frozenset()) -> bool:
    """Whether the lines of a group are a row of a grouped table ``width`` columns wide: no more
    cells than columns, none a paragraph (indented or long), a level in a level column, a figure
    (or nothing) in a column of figures (权重, 得分).  A long cell is a paragraph only where it
    opens the row or the row is a line or two (a row of a 自评表 may hold a long 指标解释)."""
    if not cells or len(cells) > width:
        return False
    for m, (line, (a, b)) in enumerate(zip(lines, cells)):
        # an indented line is prose, but a figure after a stray blank (　10) is a cell
        if (a > line.start and a < b and not _FIGURE.match(text[a:b])
                or (b - a > _GROUP_CELL_MAX and (m == 0 or len(cells) < 3))):
            return False
    # the caption or the 项目名称 row of the next table
    words = [_SPACES.sub("", text[a:b]) for a, b in cells]
    if _project_label().match(words[0]) or any(_table_title().match(w) for w in words):
        return False
    for c, (a, b) in enumerate(cells, start=width - len(cells)):
        word = _SPACES.sub("", text[a:b])
        # a level, or two joined by a dash (产出指标-数量指标, one 指标类别 cell)
        if c in levels and word and not (all(_LEVEL_SHAPE.match(part) for part in _LEVEL_JOIN.split(word))
                                         or _section_pattern().match(word)):
            return False
        if c in figures and word and not _FIGURE.match(word):
            return False
    return True


def _grouped_head(lines: list[_Line], text: str, top: int, floor: int, cell,
                 width: int) -> tuple[int, list[list[tuple[int, int]]]]:
    """The head of a grouped table above its header: the row groups from a 项目名称 row down to
    it, one row a group; none when no 项目名称 row stands a few groups above, or when a group
    between is no row (wider than the table, or an indented paragraph of prose)."""
    k = top
    starts: list[int] = []
    rows_seen = 0
    while rows_seen < _GROUP_HEAD_ROWS:
        blanks = 0
        while k - 1 >= floor and _is_blank(lines[k - 1], text) and cell(k - 1):
            k -= 1
            blanks += 1
        # a row of the head with empty cells (上年结转资金 / / / — / / —) has more blank lines
        # between its groups, up to the header's width
        if not 1 <= blanks <= max(_GROUP_HEAD_BLANKS, width) or k - 1 < floor or not cell(k - 1):
            return top, []
        end = k
        while k - 1 >= floor and not _is_blank(lines[k - 1], text) and cell(k - 1):
            k -= 1
        # the table's first row may follow the lines before it with no blank line between (its
        # title, （2024年度）): it opens at its 项目名称 line
        k = next((m for m in range(k, end) if _project_label().match(_SPACES.sub("", text[lines[m].start : lines[m].end]))), k)
        if end - k > width or any(_stripped(lines[m], text)[0] > lines[m].start for m in range(k, end)):
            return top, []
        starts.append(k)
        rows_seen += blanks == 1
        if _project_label().match(_SPACES.sub("", text[lines[k].start : lines[k].end])):
            break
    else:
        return top, []
    rows = []
    for start in reversed(starts):
        rows.append([_stripped(lines[m], text) for m in range(start, _group(lines, text, start, cell))])
    return starts[-1], _aligned_head(rows, text)


def _aligned_head(rows: list[list[tuple[int, int]]], text: str) -> list[list[tuple[int, int]]]:
    """The head's rows with their figures under their column words.  A row of figures (总额 /
    3.00 / 2.40 / …) lacks the label merged down from the row of column words above it
    (预算执行情况 | 年度预算数 | 年初预算 | …), so it takes that row's last columns; the figure
    rows after it start where it starts; and a row of column words one cell shorter than the
    figure row below it (年初预算数 … 得分 over 年度资金总额 / 380.00 / …) stands over its figures."""
    def figure_row(row: list[tuple[int, int]]) -> bool:
        words = [text[a:b] for a, b in row]
        return (len(words) >= 3 and not _FIGURE.match(words[0])
                and sum(bool(w.strip()) and _FIGURE.match(w) is not None for w in words[1:]) >= 2)

    def words_row(row: list[tuple[int, int]]) -> bool:
        return len(row) >= 3 and not any(_FIGURE.match(text[a:b]) for a, b in row if b > a)

    out = [list(row) for row in rows]
    offsets = [0] * len(out)
    for k in range(1, len(out)):
        above, row = out[k - 1], out[k]
        if not figure_row(row):
            continue
        if figure_row(above):
            offsets[k] = offsets[k - 1]
        elif words_row(above) and len(row) < len(above) + offsets[k - 1]:
            offsets[k] = offsets[k - 1] + len(above) - len(row)
        elif words_row(above) and len(row) == len(above) + 1 and offsets[k - 1] == 0:
            offsets[k - 1] = 1
    for row, offset in zip(out, offsets):
        at = row[0][0]
        row[:0] = [(at, at)] * offset
    return out


# a cell that is a figure: 10, 9.83, 96.04%, 1,000.00, or a dash or slash for none
_FIGURE = regex.compile(r"^\s*(?:[-+]?\d[\d,]*(?:\.\d+)?\s*[%‰]?|[/—\-－–]+)\s*$")


def _stripped(line: _Line, text: str) -> tuple[int, int]:
    """A line's span without its surrounding blanks; an empty span at its start when blank."""
    content = text[line.start : line.end]
    if not content.strip():
        return (line.start, line.start)
    lead = len(content) - len(content.lstrip())
    return (line.start + lead, line.start + len(content.rstrip()))


# --- a 自评表 copied out of a PDF viewer: one cell a line, blank cells lost ----------------------
#
# A PDF viewer copies a table cell by cell, row by row, one line for each line of a cell: a
# merged cell comes once (in the first row it spans), a blank cell not at all, a cell wrapped in
# its column comes as several lines (小型病险水库除险 / 加固), a heading set vertically one
# character a line (绩 / 效 / 指 / 标), and a page footer (－ 7 －) may fall between two rows.  No
# blank line marks a row or a cell, so the rows are read by the kinds of the header's columns
# (the column words of ``patterns/indicators.toml``): the columns of figures (分值, 得分, 执行率 …)
# take the run of figure lines that closes each row; before them come the levels (the level words:
# 产出指标（53分）, 数量指标, one or both, the merged ones left out), then the name and the values
# (指标值, 完成值), a line that opens a value with a figure or an operator (≥12公里) starting a
# value's cell; where that leaves a choice (健全 / 已建立县乡村 / 三级管护机制), the width a column
# wraps at decides (a line shorter than its column's widest did not wrap).  A text column after
# the figures (偏差原因分析及改进措施) is blank in most rows; its lines, up to the one that ends a
# sentence, open the segment of the row after.  A 预算执行情况 line's columns (全年预算数（A） | 全年
# 执行数（B） | 分值 | 执行率（B/A） | 得分, all figures) read the same way, a label before them.
#
# (header cells wrapped too: 年度 / 指标值 is 年度指标值, 全年预算数 / （A） one cell)

# a line in brackets that belongs to the cell above it (（A）, （B/A）, （53分）, （万元）)
_BRACKET_LINE = regex.compile(r"^[（(][^（()）]{1,10}[)）]$")
# a line that ends a sentence: the last line of a 偏差原因 cell
_SENTENCE_CLOSE = regex.compile(r"[。；;！!]$")
# the opening of a value: an operator or a figure (≥12公里, 3座, 2022年5月31)
_VALUE_START = regex.compile(r"^(?:[≥≤＞＜><=＝≧≦]|[-+]?\d)")
# the kinds of the columns, by the ids of ``[[column]]`` in patterns/indicators.toml
_PDF_KINDS = {"level1": "level", "level2": "level", "levels": "level", "level3": "name",
              "budget_line": "name", "target": "value", "actual": "value", "unit": "value",
              "operator": "value", "explanation": "value", "weight": "figure", "score": "figure",
              "budget": "figure", "spent": "figure", "rate": "figure"}
# the most lines one row may take before its figures (偏差原因 lines, levels, name and values)
_PDF_ROW_LINES = 24
# how much shorter than its column's widest line a wrapped line may be (display columns): the
# character that did not fit may be a wide one, and punctuation may not open a line
_WRAP_SLACK = 3


@lru_cache(maxsize=1)
def _column_roles() -> list[tuple[str, regex.Pattern[str]]]:
    return [(e["id"], patterns.compile_pattern("indicators", e, "pattern"))
            for e in patterns.entries("indicators", "column", ("id", "pattern"))]


def _column_role(word: str) -> str | None:
    """The column a header word names (the first ``[[column]]`` entry that matches), or None."""
    if not 0 < len(word) <= 20:
        return None
    return next((role for role, pattern in _column_roles() if pattern.search(word)), None)


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    spans = patterns.load("indicators")["spans"]
    return frozenset(spans["level1"]) | frozenset(spans["level2"])


def _is_level(word: str) -> bool:
    """A level cell: a level word (数量指标, 经济效益), or a section's words (产出指标（53分）)."""
    return word in _level_words() or _section_pattern().match(word) is not None


def _level_at(lines: list[_Line], text: str, seg: list[int], p: int) -> int:
    """How many lines from ``seg[p]`` on make a level cell (产出指标 / （53分）, 服务对象满 / 意度指标):
    the most, up to three, whose words joined are a level; 0 when none."""
    joined, span = "", 0
    for q in range(p, min(p + 3, len(seg))):
        joined += _word(lines, text, seg[q])
        if _is_level(joined):
            span = q - p + 1
    return span


def _pdf_cell_tables(lines: list[_Line], text: str, taken: dict) -> dict[int, tuple[SourceBlock, int]]:
    """Tables copied out of a PDF viewer one cell a line (see above): first line -> (block, line
    after it)."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    busy = _spanned(taken)

    def cell(k: int) -> bool:
        content = text[lines[k].start : lines[k].end]
        return k not in busy and "\t" not in content and bool(content.strip())

    k = 0
    while k < len(lines):
        table = _pdf_cell_table(lines, text, k, cell) if cell(k) else None
        if table is None:
            k += 1
            continue
        first, block, after = table
        found[first] = (block, after)
        busy.update(range(first, after))
        k = after
    return found


def _word(lines: list[_Line], text: str, k: int) -> str:
    return _SPACES.sub("", text[lines[k].start : lines[k].end])


def _pdf_header(lines: list[_Line], text: str, i: int, cell) -> tuple[list[list[int]], list[str], int] | None:
    """The header that opens at line ``i``: its cells (as line indices), their roles, and the line
    after it; None unless three cells at least are column words."""
    cells: list[list[int]] = []
    roles: list[str] = []
    k, n = i, len(lines)
    while k < n and cell(k):
        word = _word(lines, text, k)
        if cells and _BRACKET_LINE.match(word):
            cells[-1].append(k)  # 全年预算数 / （A）
            k += 1
            continue
        role = _column_role(word)
        if role is None and len(word) <= 6 and k + 1 < n and cell(k + 1):
            role = _column_role(word + _word(lines, text, k + 1))  # 年度 / 指标值
            if role is not None:
                cells.append([k, k + 1])
                roles.append(role)
                k += 2
                continue
        if role is None:
            break
        cells.append([k])
        roles.append(role)
        k += 1
    if len(cells) < _vocabulary()[1] or k == i:
        return None
    # a text column after the column words (偏差原因分析及改进措施, 说明)
    if k < n and cell(k) and _stop_row().match(_word(lines, text, k)):
        cells.append([k])
        roles.append("text")
        k += 1
    return cells, roles, k


@lru_cache(maxsize=1)
def _stop_row() -> regex.Pattern[str]:
    return patterns.compile_pattern("indicators", patterns.load("indicators")["rows"], "stop")


@lru_cache(maxsize=1)
def _total_row() -> regex.Pattern[str]:
    return patterns.compile_pattern("indicators", patterns.load("indicators")["rows"], "total")


def _pdf_cell_table(lines: list[_Line], text: str, i: int, cell) -> tuple[int, SourceBlock, int] | None:
    head = _pdf_header(lines, text, i, cell)
    if head is None:
        return None
    cells, roles, j = head
    kinds = [_PDF_KINDS.get(r, "text") for r in roles]
    if kinds[0] == "figure":
        # a 预算执行情况 line's columns: the label of each row stands before its figures
        cells, kinds = [[]] + cells, ["name"] + kinds
    # the columns must come in the order a row's lines do: levels, name, values, figures, text
    order = {"level": 0, "name": 1, "value": 2, "figure": 3, "text": 4}
    ranks = [order[kd] for kd in kinds]
    if ranks != sorted(ranks) or "figure" not in kinds or "name" not in kinds and "level" not in kinds:
        return None
    first = i
    # a heading set vertically before the header (绩 / 效 / 指 / 标): a column of its own, blank below
    top = i
    while top - 1 >= 0 and cell(top - 1) and regex.fullmatch(r"\p{Han}", _word(lines, text, top - 1)):
        top -= 1
    if i - top >= 2:
        cells, kinds = [list(range(top, i))] + cells, ["label"] + kinds
        first = top
    levels = [c for c, kd in enumerate(kinds) if kd == "level"]
    texts = [c for c, kd in enumerate(kinds) if kd in ("name", "value")]
    figures = [c for c, kd in enumerate(kinds) if kd == "figure"]
    remark = next((c for c, kd in enumerate(kinds) if kd == "text"), None)
    body, after = _pdf_segments(lines, text, j, cell, len(figures), "value" in kinds, remark is not None)
    # a 预算执行情况 line has one row of figures (年度资金总额), a table of indicators more
    if len(body) < (2 if levels or "value" in kinds else 1):
        return None
    rows: list[list[list[int]]] = []  # the cells of each row, as line indices
    pending: list[tuple[list[list[int]], list[int]]] = []  # rows whose names and values are to split
    for seg, figs in body:
        row: list[list[int]] = [[] for _ in kinds]
        if not figs:  # the 偏差原因 lines of the last row
            rows[-1][remark] = seg
            break
        if remark is not None and rows:
            close = max((p for p, k in enumerate(seg[:-1]) if _SENTENCE_CLOSE.search(_word(lines, text, k))), default=-1)
            if close < 0 and not _level_at(lines, text, seg, 0):
                # no sentence: the lines before a level, when one follows
                close = next((p - 1 for p in range(1, len(seg)) if _level_at(lines, text, seg, p)), -1)
            if close >= 0:
                rows[-1][remark] = seg[: close + 1]
                seg = seg[close + 1 :]
        for c, k in zip(figures, figs):
            row[c] = [k]
        if _total_row().match(_word(lines, text, seg[-1])):
            if len(seg) > 1 and remark is not None and rows and not rows[-1][remark]:
                rows[-1][remark] = seg[:-1]
            row[0] = seg[-1:]  # 总分 | | … | 100 | 98.74: the table ends with it
            rows.append(row)
            break
        # the levels at the row's head, the merged ones left out (the last level columns take them)
        found: list[list[int]] = []
        p = 0
        while len(found) < len(levels) and (span := _level_at(lines, text, seg, p)):
            found.append(seg[p : p + span])
            p += span
        for c, part in zip(levels[len(levels) - len(found):], found):
            row[c] = part
        rest = seg[p:]
        if not rest:  # levels and no indicator: no row of this table
            if len(rows) < 2:
                return None
            after = max(k for row in rows for part in row for k in part) + 1
            break
        rows.append(row)
        pending.append((row, rest))
    _split_texts(lines, text, texts, kinds, pending)
    return _pdf_block(lines, text, first, cells, rows, after)


def _pdf_segments(lines: list[_Line], text: str, j: int, cell, width: int, values: bool,
                  remark: bool) -> tuple[list[tuple[list[int], list[int]]], int]:
    """The rows after a header at ``j``: (the lines before the figures, the figure lines) each,
    and the line after the last.  A row ends with ``width`` figure lines (the last of a run of
    figures: a value may be a figure too, 100% | 100% | 5 | 5); with no value columns, a shorter
    run of figures ends the table.  A blank line, a long line, a note or a new header ends it too;
    page footers are skipped.  No rows when a blank line falls inside a row."""
    body: list[tuple[list[int], list[int]]] = []
    seg: list[int] = []
    k, n, after = j, len(lines), j
    while k < n:
        content = text[lines[k].start : lines[k].end]
        if _is_footer(content):
            k += 1
            continue
        word = _SPACES.sub("", content)
        if seg and not content.strip():
            # a blank line in a row: a table that keeps its blank cells as blank lines (the plain
            # form of _cell_per_line_tables), not one copied out of a PDF viewer
            return [], j
        if (not cell(k) or len(word) > _GROUP_CELL_MAX or _copied_table_words()["note"].match(content)
                or len(seg) >= _PDF_ROW_LINES or _pdf_header(lines, text, k, cell) is not None):
            break
        if _FIGURE.match(content):
            m = k
            while m < n and cell(m) and _FIGURE.match(text[lines[m].start : lines[m].end]):
                m += 1
            if m - k >= width and seg + list(range(k, m - width)):
                body.append((seg + list(range(k, m - width)), list(range(m - width, m))))
                total = _total_row().match(_word(lines, text, body[-1][0][-1]))
                seg, k, after = [], m, m
                if total:
                    return body, after  # 总分 | 100 | 98.74 ends the table
                continue
            if not values:
                break
            seg.extend(range(k, m))
            k = m
            continue
        seg.append(k)
        k += 1
    # the 偏差原因 lines of the last row, when the table has such a column
    if remark and body and seg and _SENTENCE_CLOSE.search(_word(lines, text, seg[-1])):
        body.append((seg, []))
        after = seg[-1] + 1
    return body, after


def _split_texts(lines: list[_Line], text: str, columns: list[int], kinds: list[str],
                 pending: list[tuple[list[list[int]], list[int]]]) -> None:
    """Share each row's lines between its name and value columns (``columns``), in place.  Rows
    with a line for each column teach how wide each column's lines run; a row with more lines is
    split where the most value cells open with a value, the lines that run as wide as their
    column's widest are continued and the shorter ones end their cells."""
    widths: dict[int, int] = {}
    for row, rest in pending:
        widths[columns[0]] = max(widths.get(columns[0], 0), _display_width(_word(lines, text, rest[0])))
        if len(rest) == len(columns):
            for c, k in zip(columns, rest):
                widths[c] = max(widths.get(c, 0), _display_width(_word(lines, text, k)))
    for row, rest in pending:
        if len(rest) <= len(columns):
            for c, k in zip(columns, rest):
                row[c] = [k]
            continue
        words = [_word(lines, text, k) for k in rest]
        best, chosen = None, None
        for cuts in combinations(range(1, len(rest)), len(columns) - 1):
            bounds = (0,) + cuts + (len(rest),)
            score = 0
            for c, a, b in zip(columns, bounds, bounds[1:]):
                if kinds[c] == "value":
                    score += 2 if _VALUE_START.match(words[a]) else 0
                    score -= sum(1 for w in words[a + 1 : b] if _VALUE_START.match(w))
                if c in widths:
                    for w in words[a : b - 1]:  # lines that wrapped: as wide as the column
                        score += 1 if _display_width(w) >= widths[c] - _WRAP_SLACK else -2
                    if b < len(rest) and _display_width(words[b - 1]) < widths[c] - _WRAP_SLACK:
                        score += 1  # a cell that ends on a short line ended there
            if best is None or score > best:
                best, chosen = score, bounds
        for c, a, b in zip(columns, chosen, chosen[1:]):
            row[c] = rest[a:b]


def _pdf_block(lines: list[_Line], text: str, first: int, header: list[list[int]],
               rows: list[list[list[int]]], after: int) -> tuple[int, SourceBlock, int]:
    """The table block of a header and rows whose cells are runs of lines; a cell with no line
    (merged above, or blank) is empty at the start of its row."""
    def spans(cells: list[list[int]]) -> list[tuple[int, int]]:
        at = next(_stripped(lines[ks[0]], text)[0] for ks in cells if ks)
        return [(_stripped(lines[ks[0]], text)[0], _stripped(lines[ks[-1]], text)[1]) if ks else (at, at)
                for ks in cells]
    out = [spans(header)] + [spans(row) for row in rows]
    return first, _table_block(out, "cell-per-line"), after


# --- indicator tables copied out of a PDF viewer a row a line ---------------------------------
# A PDF viewer copies each visual line of a table as its cells' text apart by one space; empty
# cells leave nothing, and a long cell wraps so that its rest comes on the lines after its row
# (产出指标 数量指标 培训人次 ≥500人次 612人次 10 10 / 00人次).  The header row is a line of column
# words; the cells of each row below are told apart by kind, since the empty ones have vanished.

_ONE_GAP = regex.compile(r"[ \u00a0\u3000]+")
_OPERATOR_CELL = regex.compile(r"^(?:[≥≤＞＜><=＝≧≦]|定性|定量|正向|反向)$")
_BARE_FIGURE = regex.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")  # a weight or a score: no unit
_UNIT_CELL = regex.compile(r"^[^\d\s]{1,8}$")


def _gap_tokens(line: _Line, text: str) -> list[tuple[int, int]]:
    """The spans of the words of a line, apart by blanks of any width."""
    content = text[line.start : line.end]
    out, pos = [], 0
    for m in _ONE_GAP.finditer(content):
        if m.start() > pos:
            out.append((line.start + pos, line.start + m.start()))
        pos = m.end()
    if pos < len(content):
        out.append((line.start + pos, line.start + len(content)))
    return out


def _row_header_roles(line: _Line, text: str) -> list[str] | None:
    """The column roles of a header row of indicator column words apart by single spaces, or None."""
    content = text[line.start : line.end]
    if "\t" in content or "|" in content or _WIDE_GAP.search(content.strip()):
        return None  # the other forms' headers: TABs, bars, wide gaps
    words = [text[a:b] for a, b in _gap_tokens(line, text)]
    if len(words) < 3:
        return None
    roles = [_column_role(w) for w in words]
    if sum(r is not None for r in roles) < max(_vocabulary()[1], len(words) - 2):
        return None
    # a column word not known (偏差原因分析及改进措施, 指标解释): a text column
    return [r if r is not None else "text" for r in roles]


def _fit(role: str, word: str) -> float:
    """How well a word fits a column of a role (higher is better; very negative: not at all)."""
    kind = _PDF_KINDS.get(role, "text")
    bare = _BARE_FIGURE.match(word) is not None
    if role == "operator":
        return 3 if _OPERATOR_CELL.match(word) else -9
    if role == "unit":
        # low: a word (有效保障) goes to a value column when one is free; a unit only when not
        return 0.5 if _UNIT_CELL.match(word) and not _OPERATOR_CELL.match(word) else -9
    if kind == "figure":
        return 3 if bare else -9
    if kind == "level":
        if _is_level(word) or word.endswith("指标"):
            return 2
        # an evaluation table's own levels (决策（20分）, 项目立项): below a name, so that a row's
        # one word goes to its name and the levels merged above stay empty
        return 0.5 if _LEVEL_SHAPE.match(word) else -9
    if kind == "name":
        return -1 if _VALUE_START.match(word) else 1
    if kind == "value":
        return 1.5 if _VALUE_START.match(word) else 1
    return 0.5  # a text column takes anything


def _place_words(roles: list[str], words: list[str]) -> list[tuple[int, int]] | None:
    """Each column's run of words (start, end indices; empty when start == end), in order, with
    every word placed and the vanished cells left empty: the best fit by ``_fit``.  Only a text
    column takes more than one word (a remark with spaces in it)."""
    n, m = len(words), len(roles)
    NEG = float("-inf")
    best = [[NEG] * (n + 1) for _ in range(m + 1)]
    back: list[list[int]] = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for c in range(m):
        for i in range(n + 1):
            if best[c][i] == NEG:
                continue
            # empty cell
            if best[c][i] > best[c + 1][i]:
                best[c + 1][i], back[c + 1][i] = best[c][i], i
            most = n - i if roles[c] in ("text", "explanation") else min(1, n - i)
            for t in range(1, most + 1):
                score = best[c][i] + sum(_fit(roles[c], w) for w in words[i : i + t]) - 0.2 * (t - 1)
                if score > best[c + 1][i + t]:
                    best[c + 1][i + t], back[c + 1][i + t] = score, i
    if best[m][n] < 0:
        return None
    out, i = [], n
    for c in range(m, 0, -1):
        out.append((back[c][i], i))
        i = back[c][i]
    return out[::-1]


def _pdf_row_tables(lines: list[_Line], text: str, taken: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """Indicator tables copied out of a PDF viewer a row a line (see above): first line -> (table
    block, line after it)."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    k = end = 0  # lines before ``end`` belong to a table already
    while k < len(lines):
        roles = None if k in taken else _row_header_roles(lines[k], text)
        table = _pdf_row_table(lines, text, k, roles, taken) if roles else None
        if table is None:
            k += 1
            continue
        # the rows above the header (项目名称 …, 项目资金 年初预算数 …, 年度资金总额 380.00 …)
        # belong to the table as the other forms keep them: short lines of two words or more
        top = k
        while top - 1 >= end and top - 1 not in taken and k - top < _PDF_ABOVE and _above_row(lines[top - 1], text):
            top -= 1
        block, after = table
        if top < k:
            above = [_gap_tokens(lines[a], text) for a in range(top, k)]
            block = _table_block(above + [[(c.start, c.end) for c in row] for row in block.rows], "pdf-copied")
        found[top] = (block, after)
        k = end = after
    return found


# the most lines above an indicator header that may belong to its table (项目名称, 主管部门 …)
_PDF_ABOVE = 8


def _above_row(line: _Line, text: str) -> bool:
    content = text[line.start : line.end].strip()
    return (0 < len(content) <= _GROUP_CELL_MAX and "\t" not in content and "|" not in content
            and len(_gap_tokens(line, text)) >= 2 and not _SENTENCE_CLOSE.search(content)
            and not _is_footer(content))


def _pdf_row_table(lines: list[_Line], text: str, h: int, roles: list[str],
                   taken: set[int]) -> tuple[SourceBlock, int] | None:
    out: list[list[tuple[int, int]]] = [_gap_tokens(lines[h], text)]
    k = h + 1
    # a header of two lines: the first word of the upper one (绩效指标) spans the columns the
    # lower one names (一级指标 二级指标 三级指标), the rest stand over both lines
    lower = _row_header_roles(lines[k], text) if k < len(lines) and k not in taken else None
    if (lower and roles[0] in ("text", "levels") and "figure" not in [_PDF_KINDS.get(r) for r in lower]
            and all(_PDF_KINDS.get(r) in ("level", "name") for r in lower)):
        roles = lower + roles[1:]
        out.append(_gap_tokens(lines[k], text) + out[0][1:])
        k += 1
    kinds = [_PDF_KINDS.get(r, "text") for r in roles]
    nfig = kinds.count("figure")
    if not nfig or "name" not in kinds:
        return None
    last: list[tuple[int, int]] | None = None  # the cells of the row above
    while k < len(lines):
        content = text[lines[k].start : lines[k].end]
        if k in taken or not content.strip() or "\t" in content or _is_footer(content):
            break
        if _row_header_roles(lines[k], text) is not None:
            break
        toks = _gap_tokens(lines[k], text)
        words = [text[a:b] for a, b in toks]
        if _total_row().match(words[0]) and all(_BARE_FIGURE.match(w) for w in words[1:]):
            row = [(toks[0][1], toks[0][1])] * len(roles)
            row[0] = toks[0]
            for c, t in zip([c for c, kd in enumerate(kinds) if kd == "figure"][-(len(toks) - 1):], toks[1:]):
                row[c] = t
            out.append(row)
            k += 1
            break
        figures = sum(1 for w in words if _BARE_FIGURE.match(w))
        if len(toks) >= 2 and figures >= min(2, nfig):
            spans = _place_words(roles, words)
            if spans is None:
                break
            at = toks[0][0]
            row = [(toks[a][0], toks[b - 1][1]) if b > a else (at, at) for a, b in spans]
            out.append(row)
            last = row
            k += 1
            continue
        if last is None or len(content) > _GROUP_CELL_MAX:
            break
        # the rest of a cell that wrapped: it joins its cell when that cell ended the line above
        # (a remark); the rest of an inner cell cannot be joined to it and is left out
        end = max(range(len(last)), key=lambda c: last[c][1])
        if len(toks) == 1 and lines[k - 1].end == last[end][1] and kinds[end] == "text":
            last[end] = (last[end][0], toks[0][1])
        k += 1
    if len(out) - (1 if k > h + 1 and out[1][0][0] > out[0][-1][1] else 0) < 3:
        return None
    return _table_block(out, "pdf-copied"), k


# --- Markdown pipe tables (shared with the Markdown reader) -----------------------------------

_PIPE_DELIMITER_CELL = regex.compile(r"^[ \t]*:?-{1,}:?[ \t]*$")


def pipe_cells(line: str) -> list[tuple[int, int]]:
    """Spans, into ``line``, of the cells of a pipe-table row ``| a | b |``: the outer bars left
    out, an escaped bar ``\\|`` kept inside its cell; the spans are not stripped."""
    start, end = len(line) - len(line.lstrip()), len(line.rstrip())
    if line.startswith("|", start):
        start += 1
    if end > start and line.endswith("|", start, end) and not line.endswith("\\|", start, end):
        end -= 1
    cells, first, k = [], start, start
    while k < end:
        if line[k] == "\\" and k + 1 < end and line[k + 1] == "|":
            k += 2
            continue
        if line[k] == "|":
            cells.append((first, k))
            first = k + 1
        k += 1
    cells.append((first, end))
    return cells


def is_pipe_delimiter(line: str) -> bool:
    """``|---|:--:|`` (the line under a pipe table's header)."""
    if "-" not in line:
        return False
    cells = pipe_cells(line)
    return bool(cells) and all(_PIPE_DELIMITER_CELL.match(line[a:b]) for a, b in cells)


def is_pipe_table_start(lines: list[str], i: int, strict: bool = False) -> bool:
    """Whether line ``i`` opens a pipe table: a header with a delimiter row under it, or (as
    Markdown converters also write tables without one) any line starting with ``|``.  ``strict``
    (plain text, where a bar may be prose) wants the delimiter row, with as many cells as the
    header and two at least."""
    line = lines[i].strip()
    if "|" not in line:
        return False
    if not strict:
        return line.startswith("|") or i + 1 < len(lines) and is_pipe_delimiter(lines[i + 1])
    if i + 1 >= len(lines) or not is_pipe_delimiter(lines[i + 1]):
        return False
    width = len(pipe_cells(lines[i]))
    return width >= 2 and len(pipe_cells(lines[i + 1])) == width


def pipe_table_rows(lines: list[str], i: int) -> tuple[list[int], int]:
    """The rows of the pipe table opening at line ``i``: the indices of its row lines (delimiter
    rows left out) and the index of the line after the table.  Rows run while lines start with
    ``|``; the first line may do without."""
    rows: list[int] = []
    first = True
    while i < len(lines) and lines[i].strip() and (lines[i].strip().startswith("|") or first and "|" in lines[i]):
        first = False
        if not is_pipe_delimiter(lines[i]):
            rows.append(i)
        i += 1
    return rows, i


def _pipe_tables(lines: list[_Line], text: str) -> dict[int, tuple[SourceBlock, int]]:
    """Pipe tables of a text: first line index -> (table block, index of the line after it).
    Cells are stripped spans of the text; rows are padded with empty cells to the widest row."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    if "|" not in text:
        return found
    contents = [text[line.start : line.end] for line in lines]
    i = 0
    while i < len(lines):
        if "|" not in contents[i] or not is_pipe_table_start(contents, i, strict=True):
            i += 1
            continue
        row_lines, after = pipe_table_rows(contents, i)
        rows = []
        for k in row_lines:
            row = []
            for a, b in pipe_cells(contents[k]):
                cell = contents[k][a:b]
                if not cell.strip():  # a blank cell (merged with the one above): an empty span
                    a = b = a + len(cell)
                else:
                    a, b = a + len(cell) - len(cell.lstrip()), a + len(cell.rstrip())
                row.append((lines[k].start + a, lines[k].start + b))
            rows.append(row)
        width = max(len(r) for r in rows)
        for row in rows:
            row.extend([(row[-1][1], row[-1][1])] * (width - len(row)))
        found[i] = (_table_block(rows, "pipe"), after)
        i = after
    return found


# --- tables of cells apart by bars, with no delimiter row ------------------------------------

_BAR = regex.compile(r"(?<!\\)\|")


def _bar_cells(content: str, outer: bool) -> list[tuple[int, int]]:
    """Spans, into ``content``, of the cells of a line of cells apart by bars.  With ``outer``
    bars (``| a | b |``) the first and last bar enclose the row, as in Markdown; without them
    (``a | b``, `` | b | c | ``: a table exported with its blank cells kept) every bar parts two
    cells, so a bar at either end has an empty cell beyond it."""
    if outer:
        return pipe_cells(content)
    cells, first = [], 0
    for m in _BAR.finditer(content):
        cells.append((first, m.start()))
        first = m.end()
    cells.append((first, len(content)))
    return cells


def _bar_tables(lines: list[_Line], text: str, taken: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """Tables whose cells are apart by bars but with no ``|---|`` row under the header (a web or
    CMS export as text: ``绩效指标 | 一级指标 | 二级指标 | … | 得分``, rows `` |  |  | 市政设施完好率 |
    % | ≥95 | …``), anchored, as a bar in prose is no table, on a header row of table vocabulary
    (``patterns/indicators.toml``).  The table is the run of bar lines around the header, up to a
    line without a bar or a blank one; cells are stripped spans, rows padded to the widest."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    if "|" not in text:
        return found
    contents = [text[line.start : line.end] for line in lines]

    def barred(k: int) -> bool:
        return k not in taken and _BAR.search(contents[k]) is not None and bool(contents[k].strip())

    def is_header(k: int) -> bool:
        if not barred(k):
            return False
        cells = [contents[k][a:b] for a, b in _bar_cells(contents[k], contents[k].strip().startswith("|"))]
        if len(cells) < 3:
            return False
        return sum(_is_vocabulary(c) for c in cells) >= _vocabulary()[1] or _is_disclosure_header(cells)

    end = 0
    for h in range(len(lines)):
        if h < end or not is_header(h):
            continue
        top, bottom = h, h
        while top - 1 >= end and barred(top - 1):
            top -= 1
        while bottom + 1 < len(lines) and barred(bottom + 1):
            bottom += 1
        # outer bars only when every row has them; one row without says the bars only part cells
        outer = all(contents[k].strip().startswith("|") for k in range(top, bottom + 1))
        rows = []
        for k in range(top, bottom + 1):
            if is_pipe_delimiter(contents[k]):
                continue
            row = []
            for a, b in _bar_cells(contents[k], outer):
                cell = contents[k][a:b]
                if not cell.strip():
                    a = b  # a blank cell: an empty span
                else:
                    a, b = a + len(cell) - len(cell.lstrip()), a + len(cell.rstrip())
                row.append((lines[k].start + a, lines[k].start + b))
            rows.append(row)
        width = max(len(r) for r in rows)
        for row in rows:
            row.extend([(row[-1][1], row[-1][1])] * (width - len(row)))
        found[top] = (_table_block(rows, "bars"), bottom + 1)
        end = bottom + 1
    return found


# --- disclosure tables copied out of a PDF viewer: cells parted by one space ----------------
#
# A 部门决算/预算 table selected in a PDF viewer and pasted as text keeps a row a line, its cells
# parted by one space, and loses every empty cell; a long label or header cell wraps onto lines of
# its own, and a figure may be pushed onto the next line:
#
#     编制单位：平江县应急管理局 单位：万元          the unit line opens the table
#     项目 本年支出                                  upper header: groups of the columns below
#     科目编码 科目名称 合计 基本支出 项目支出       the header: the table's columns
#     合计 1,297.75 742.56 555.19
#     208 社会保障和就业支出 123.49 123.49           two figures of three columns
#     2080505                                        a code, its label wrapped, its figures
#     机关事业单位基本养老保险缴费支
#     出
#     68.42 68.42
#
# No spacing tells the columns apart, so the header does: a code column (科目编码), a label column
# (科目名称, 项目) and columns of figures, in groups (收入 | 支出 side by side: 项目 决算数 项目 决算数).
# A row's tokens are read as codes, labels and figures and placed in order into a group's columns
# of their kind.  A row with one group in a table of two stands on the right (the 支出 side of a
# 收支总表, the 公用经费 side of a 基本支出表 run longer); a group with fewer figures than columns
# fills the first (合计) and then the columns the table's arithmetic calls for: the figures of the
# rows under a code (项 under 款, 款 under 类) add up, column by column, to the figures of that
# code's row, and otherwise the columns in order.  The table ends at a blank line, a page footer,
# its note (注：) or a line of prose (sentence punctuation, which no cell holds).


@lru_cache(maxsize=1)
def _copied_table_words() -> dict[str, regex.Pattern[str]]:
    """The words of such a table (``[copied_table]`` of ``patterns/budget.toml``): the line that
    opens it (its unit), the note that ends it, the header words of code and label columns."""
    words = patterns.load("budget")["copied_table"]
    return {k: patterns.compile_pattern("budget", words, k) for k in ("unit_line", "note", "code_header", "label_header")
            if k in words or k != "code_parts"} | (
        {"code_parts": patterns.compile_pattern("budget", words, "code_parts")} if "code_parts" in words else {})


# a line of prose after the table (one with no note) ends it: a cell holds no sentence punctuation
_PROSE_MARK = regex.compile(r"[。，；]")
# tokens: a money figure (1,286.47, 0.00, a dash for none) and a budget subject code (208, 20805,
# 2080505; economic 301, 30101)
# (tables in 元 give whole figures, grouped by thousands: 164,978,640; a bare whole number may be a code)
_MONEY_TOKEN = regex.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$|^[-+]?\d{1,3}(?:,\d{3})+$|^[-—－–]+$|^0$")
_CODE_TOKEN = regex.compile(r"^\d{3}(?:\d{2}){0,2}$")
_TOKEN = regex.compile(r"[^ \u00a0\u3000\t]+")
_CODE_PART = regex.compile(r"^\d{2}$")
# rows whose figures are read against the rows under them: as many figures as the columns of
# the group at most this many rows under one code (a subset of them is searched)
_MAX_CHILDREN = 16


def _tokens(line: _Line, text: str) -> list[tuple[str, int, int]]:
    """A line's tokens as (kind, start, end): ``F`` a figure, ``C`` a code, ``L`` label words."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text, line.start, line.end):
        word = m.group()
        kind = "F" if _MONEY_TOKEN.match(word) else "C" if _CODE_TOKEN.match(word) else "L"
        if kind == "L" and out and out[-1][0] == "C" and _CODE_PART.match(word):
            kind = "C"  # the 款 or 项 part of a code split by level (201 05 06): a column of its own
        out.append((kind, m.start(), m.end()))
    return out


def _groups(tokens: list[tuple[str, int, int]], split_labels: bool) -> list[list[tuple[str, int, int]]]:
    """A row's tokens in groups of code, label and figures: a code opens a group, and so does a
    label after a figure (or, where the table has groups side by side, after a label)."""
    groups: list[list[tuple[str, int, int]]] = []
    for tok in tokens:
        kind = tok[0]
        prev = groups[-1][-1][0] if groups else None
        if (not groups or kind == "C" and prev != "C"
                or kind == "L" and (prev == "F" or prev == "L" and split_labels)):
            groups.append([tok])
        else:
            groups[-1].append(tok)
    return groups


def _column_kind(word: str) -> str:
    word = _SPACES.sub("", word)
    words = _copied_table_words()
    return "C" if words["code_header"].search(word) else "L" if words["label_header"].search(word) else "F"


def _header_groups(kinds: list[str]) -> list[list[int]]:
    """The header's columns in groups: a code or label column after a figure column opens one."""
    groups: list[list[int]] = []
    for c, kind in enumerate(kinds):
        if not groups or kind != "F" and kinds[c - 1] == "F":
            groups.append([c])
        else:
            groups[-1].append(c)
    return groups


def _pdf_copied_tables(lines: list[_Line], text: str, taken: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """Disclosure tables copied out of a PDF viewer (see above): first line index -> (table block,
    index of the line after it)."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    if "单位" not in text:
        return found
    for u, line in enumerate(lines):
        if u in taken or not _copied_table_words()["unit_line"].search(text[line.start : line.end]):
            continue
        table = _pdf_copied_table(lines, text, u + 1, taken)
        if table is not None:
            found[u + 1] = table
            continue
        for first, block, after in _subject_header_tables(lines, text, u + 1, taken):
            found[first] = (block, after)
    return found


def _ends_table(k: int, lines: list[_Line], text: str, taken: set[int]) -> bool:
    content = text[lines[k].start : lines[k].end]
    return (k in taken or not content.strip() or "\t" in content or _is_footer(content)
            or _copied_table_words()["note"].match(content) is not None
            or _copied_table_words()["unit_line"].search(content) is not None
            or _PROSE_MARK.search(content) is not None)


def _pdf_copied_table(lines: list[_Line], text: str, first: int,
                      taken: set[int]) -> tuple[SourceBlock, int] | None:
    n = len(lines)
    end = first
    while end < n and not _ends_table(end, lines, text, taken):
        end += 1
    toks = [_tokens(lines[k], text) for k in range(first, end)]
    # the header: the lines before the first row with a figure or opened by a code
    h = 0
    while h < len(toks) and not any(t[0] == "F" for t in toks[h]) and toks[h][0][0] != "C":
        h += 1
    if h == 0 or h == len(toks):
        return None
    # the leaf: the last header line, above a line that only parts the code column by level (类 款 项)
    lf = h - 1
    parts = _copied_table_words().get("code_parts")
    while lf > 0 and parts is not None and all(parts.match(text[a:b]) for _, a, b in toks[lf]):
        lf -= 1
    parted: list[tuple[str, int, int]] = []  # the 类 款 项 that part the code column, if any
    if lf < h - 1:
        parted = toks[h - 1]
    if len(toks[lf]) < 2:
        # the rest of a wrapped header cell alone on the last header line (科目编码 under
        # 支出功能分类 科目名称): the columns are those of the widest header line
        lf = max(range(h), key=lambda k: len(toks[k]))
        # the levels of the code then open the first row (类 款 项 合计 2,946.25 …), and the code
        # column is named on a header line of its own
        lead = 0
        while parts is not None and lead < len(toks[h]) and parts.match(text[toks[h][lead][1] : toks[h][lead][2]]):
            lead += 1
        words = _copied_table_words()
        if lead >= 2 and any(words["code_header"].search(_SPACES.sub("", text[a:b])) for k in range(h) for _, a, b in toks[k]):
            parted, toks[h] = toks[h][:lead], toks[h][lead:]
    leaf = toks[lf]
    kinds = [_column_kind(text[a:b]) for _, a, b in leaf]
    if len(leaf) < 2 or "F" not in kinds or kinds[0] == "F":
        return None  # no header of columns (the 三公 table's header comes one cell a line)
    leaf_cells = [(a, b) for _, a, b in leaf]
    if parted and "C" in kinds:
        # a code column parted by level below (类 款 项): a column for each part, as the rows give them
        c0, more = kinds.index("C"), len(parted) - 1
        kinds[c0 + 1 : c0 + 1] = ["C"] * more
        leaf_cells[c0 + 1 : c0 + 1] = [(leaf_cells[c0][1], leaf_cells[c0][1])] * more
    elif parted and "L" in kinds:
        # the code's columns named on another header line: before the label's
        c0 = kinds.index("L")
        kinds[c0:c0] = ["C"] * len(parted)
        leaf_cells[c0:c0] = [(leaf_cells[c0][0], leaf_cells[c0][0])] * len(parted)
    elif parted:
        parted = []
    hgroups = _header_groups(kinds)
    width = len(kinds)
    rows = _copied_rows(toks[h:], text, len(hgroups) > 1)
    if sum(1 for row in rows if any(t[0] == "F" for g in row for t in g)) < 2:
        return None
    placed = [_place(row, hgroups, kinds) for row in rows]
    _settle_by_codes(placed, rows, hgroups, kinds, text)
    out: list[list[tuple[int, int]]] = []
    for k in range(h):  # the other header lines: each word over a run of the columns below
        if k == lf:
            out.append(leaf_cells)
        elif parted and toks[k] is parted:
            continue  # written below, over the code's columns
        else:
            out.append(_upper_header(toks[k], hgroups, kinds, width))
    if parted:  # 类 款 项: over the code's columns
        c0, at = kinds.index("C"), parted[-1][2]
        row = [(at, at)] * width
        for c, (_, a, b) in enumerate(parted):
            if c0 + c < width:
                row[c0 + c] = (a, b)
        out.append(row)
    for cells in placed:
        at = next((c for c in cells if c is not None), None)
        if at is None:
            continue  # a row none of whose tokens fits a column of the header (more groups than it has)
        out.append([c if c is not None else (at[0], at[0]) for c in cells])
    return _table_block(out, "pdf-copied"), end


def _copied_rows(toks: list[list[tuple[str, int, int]]], text: str,
                 side_by_side: bool) -> list[list[list[tuple[str, int, int]]]]:
    """The body's rows, each a list of token groups: a line that continues the row above (a
    wrapped label, the figures of a row whose code and label came alone) joins it."""
    rows: list[list[list[tuple[str, int, int]]]] = []
    for line in toks:
        if not line:
            continue
        groups = _groups(line, side_by_side)
        last = rows[-1][-1] if rows else None
        kinds = "".join(t[0] for t in line)
        if last is not None and (last[-1][0] == "C" and kinds[0] in "LF"
                                 or last[-1][0] == "L" and (kinds[0] == "F" or set(kinds) == {"L"})) \
                and not (kinds[0] == "L" and NEW_ITEM.match(text[line[0][1] : line[0][2]])):
            # the label of a code that stood alone, a wrapped label (a line of words only, no
            # item number), or the figures of a row whose code and label stood alone
            if kinds[0] == "L" and last[-1][0] == "L":
                _, a, _ = last[-1]
                last[-1] = ("L", a, line[0][2])
                rest = line[1:]
            else:
                rest = line
            if rest:
                more = _groups(rest, side_by_side)
                last.extend(more[0])
                rows[-1].extend(more[1:])
            continue
        if last is not None and set(kinds) == {"F"} and last[-1][0] == "F":
            # a figure pushed onto the next line
            last.extend(line)
            continue
        rows.append(groups)
    return rows


def _place(row: list[list[tuple[str, int, int]]], hgroups: list[list[int]],
           kinds: list[str]) -> list[tuple[int, int] | None]:
    """A row's cells by column: its groups to the header's last groups, each group's tokens to
    columns of their kind in order, the figures from the first column of figures on."""
    cells: list[tuple[int, int] | None] = [None] * len(kinds)
    for group, cols in zip(row[::-1], hgroups[::-1]):
        figures = [c for c in cols if kinds[c] == "F"]
        values = [t for t in group if t[0] == "F"]
        for kind in "CL":
            mine = [t for t in group if t[0] == kind]
            spots = [c for c in cols if kinds[c] == kind]
            if mine and spots and kind == "C" and len(spots) > 1:
                for c, (_, a, b) in zip(spots, mine):  # a code parted by level: a part a column
                    cells[c] = (a, b)
            elif mine and spots:
                cells[spots[0]] = (mine[0][1], mine[-1][2])
        labels = [c for c in cols if kinds[c] == "L"]
        codes = [t for t in group if t[0] == "C"]
        if codes and labels and not any(kinds[c] == "C" for c in cols):
            # a code where the table has no code column: the label's first word
            cells[labels[0]] = (codes[0][1], cells[labels[0]][1] if cells[labels[0]] else codes[-1][2])
        for c, (_, a, b) in zip(figures, values[: len(figures)]):
            cells[c] = (a, b)
        if len(values) > len(figures):  # more figures than columns: the last keeps the rest
            cells[figures[-1]] = (cells[figures[-1]][0], values[-1][2])
    return cells


def _upper_header(toks: list[tuple[str, int, int]], hgroups: list[list[int]], kinds: list[str],
                  width: int) -> list[tuple[int, int]]:
    """An upper header line as a row: a word a group when it has as many words as the table has
    groups (收入 | 支出); else, in one group, the first word over the code and label columns
    (项目) and the others spread evenly over the columns of figures (本年支出)."""
    at = toks[0][1]
    cells = [(at, at)] * width
    spans = [(a, b) for _, a, b in toks]
    figures = [c for c in range(width) if kinds[c] == "F"]
    if len(spans) == len(hgroups):
        spots = [g[0] for g in hgroups]
    elif len(hgroups) == 1 and 1 < len(spans) and len(figures) % (len(spans) - 1) == 0 and kinds[0] != "F":
        step = len(figures) // (len(spans) - 1)
        spots = [0] + [figures[i * step] for i in range(len(spans) - 1)]
    else:
        spots = list(range(min(len(spans), width)))
    for c, span in zip(spots, spans):
        cells[c] = span
    return cells


def _amount(text: str, span: tuple[int, int]) -> Decimal:
    word = text[span[0] : span[1]].replace(",", "")
    try:
        return Decimal(word)
    except InvalidOperation:  # a dash: none
        return Decimal(0)


def _settle_by_codes(placed: list[list[tuple[int, int] | None]], rows: list, hgroups: list[list[int]],
                     kinds: list[str], text: str) -> None:
    """Move the figures of rows that have fewer than their group's columns to the columns the
    table's arithmetic calls for: the rows under a code (a 类's 款, a 款's 项; under the 合计 row, the
    类) add up to that code's row in every column of figures.  A row keeps its first figure in the
    first column (the total); the others may take any of the later columns, in order."""
    for cols in hgroups:
        code_col = next((c for c in cols if kinds[c] == "C"), None)
        code_cols = [c for c in cols if kinds[c] == "C"]  # more than one: the code parted by level
        label_col = next((c for c in cols if kinds[c] == "L"), None)
        figures = [c for c in cols if kinds[c] == "F"]
        if code_col is None or len(figures) < 3:
            continue
        entries = []  # (code or "" for the 合计 row, figure spans in order, row index)
        for r, cells in enumerate(placed):
            spans = [cells[c] for c in figures if cells[c] is not None]
            code = "".join(text[cells[c][0] : cells[c][1]] for c in code_cols if cells[c]) if cells[code_col] else None
            if code is None and label_col is not None and cells[label_col] is not None and \
                    _SPACES.sub("", text[cells[label_col][0] : cells[label_col][1]]) in ("合计", "总计"):
                code = ""
            if code is not None and spans:
                entries.append((code, spans, r))
        if not entries:
            continue

        def options(spans):
            if len(spans) == len(figures):
                return [tuple(figures)]
            return [(figures[0],) + rest for rest in combinations(figures[1:], len(spans) - 1)]

        chosen = {r: (options(spans)[0] if len(options(spans)) == 1 else None) for _, spans, r in entries}
        for parent, pspans, pr in entries:
            if chosen[pr] is None:
                continue
            kids = [(spans, r) for code, spans, r in entries
                    if len(code) == (3 if parent == "" else len(parent) + 2) and code.startswith(parent)]
            if not kids or len(kids) > _MAX_CHILDREN:
                continue
            want = {c: Decimal(0) for c in figures}
            for c, span in zip(chosen[pr], pspans):
                want[c] = _amount(text, span)
            choices = [options(spans) if chosen[r] is None else [chosen[r]] for spans, r in kids]
            total = 1
            for ch in choices:
                total *= len(ch)
            if total == 1 or total > 4096:
                continue
            for pick in product(*choices):
                sums = {c: Decimal(0) for c in figures}
                for (spans, _), cols_ in zip(kids, pick):
                    for c, span in zip(cols_, spans):
                        sums[c] += _amount(text, span)
                if sums == want:
                    for (_, r), cols_ in zip(kids, pick):
                        chosen[r] = cols_
                    break
        for _, spans, r in entries:
            if chosen[r] is None:
                continue
            cells = placed[r]
            for c in figures:
                cells[c] = None
            for c, span in zip(chosen[r], spans):
                cells[c] = span


# The 财政拨款“三公”经费支出决算表 comes out of a PDF viewer with its header one cell a line (a
# cell wrapped in the PDF on several: 因公出国 / （境）费), under the kind of the figures, then the
# figures on one line, once for 预算数 and once for 决算数:
#
#     预算数
#     合计 / 因公出国 / （境）费 / 公务用车购置及运行维护费 / 公务接待费 / 小计 / 公务用车 / 购置费 / …
#     18.50 15.80 15.80 2.70
#
# The header's lines are joined into the subjects they name (the wholes and members of the known
# partitions of ``patterns/budget.toml``, 合计 and 小计): the cells of the first level, then from a
# 小计 on those of the cell that is their whole.  The columns are the first level's cells, a
# whole's standing for its 小计 and members.  The parts make one table (the title over it names
# them all), each part its kind over the header, the figures under it.  A row with fewer figures than columns keeps the first in
# 合计 and puts the others where each total is the sum of its parts; of two ways that both add up
# (小计 15.80 = 购置费 + 运行维护费, one of them blank) the later column, the running cost, which
# some spending every year has where a purchase is rare.


@lru_cache(maxsize=1)
def _header_subjects() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The subjects a header cell of such a table may name, and the members of each whole."""
    budget = patterns.load("budget")
    terms = {"合计", "小计"}
    wholes: dict[str, tuple[str, ...]] = {}
    for entry in budget.get("partition", []):
        terms.update(entry["members"])
        if "whole" in entry:
            terms.add(entry["whole"])
            wholes[entry["whole"]] = tuple(entry["members"])
    return frozenset(terms), wholes


def _subject_cells(words: list[str]) -> list[tuple[int, int]] | None:
    """The header lines ``words`` joined into cells that each name a subject: (first, last) line
    indices, or None when a line is no part of one."""
    terms, _ = _header_subjects()
    cells, k = [], 0
    while k < len(words):
        acc, j = words[k], k
        while acc not in terms and j + 1 < len(words) and any(t.startswith(acc + words[j + 1]) for t in terms):
            j += 1
            acc += words[j]
        if acc not in terms:
            return None
        cells.append((k, j))
        k = j + 1
    return cells


def _subject_header_tables(lines: list[_Line], text: str, first: int,
                           taken: set[int]) -> list[tuple[int, SourceBlock, int]]:
    terms, wholes = _header_subjects()
    end = first
    while end < len(lines) and not _ends_table(end, lines, text, taken):
        end += 1
    parts: list[list[list[tuple[int, int]]]] = []  # the rows of each part
    after = k = first
    while k < end:
        start = k
        caption = []
        while k < end and (word := _SPACES.sub("", text[lines[k].start : lines[k].end])) and \
                not any(t.startswith(word) for t in terms) and not _figure_line(lines[k], text):
            caption.append(k)
            k += 1
        head = k
        while k < end and not _figure_line(lines[k], text):
            k += 1
        if k >= end or k == head:
            break
        words = [_SPACES.sub("", text[lines[m].start : lines[m].end]) for m in range(head, k)]
        cells = _subject_cells(words)
        if cells is None:
            break
        spans = [(lines[head + a].start, lines[head + b].end) for a, b in cells]
        names = ["".join(words[a : b + 1]) for a, b in cells]
        # the first level up to a 小计; the cells from it are the parts of the whole they fill
        sub = names.index("小计") if "小计" in names else len(names)
        top, inner = list(range(sub)), list(range(sub, len(names)))
        owner = next((c for c in top if names[c] in wholes
                      and all(names[i] in wholes[names[c]] for i in inner if names[i] != "小计")), None)
        if inner and owner is None:
            break
        leaves: list[int] = []  # cell index of each column
        for c in top:
            leaves.extend(inner if c == owner and inner else [c])
        figures = _tokens(lines[k], text)
        if len(figures) > len(leaves):
            break
        place = _subject_columns(names, leaves, top, owner, [text[a:b] for _, a, b in figures])
        width = len(leaves)
        at = lines[start].start
        rows = []
        if caption:
            rows.append([(lines[caption[0]].start, lines[caption[-1]].end)] + [(at, at)] * (width - 1))
        first_level = [(at, at)] * width
        for c in top:
            first_level[leaves.index(inner[0] if c == owner and inner else c)] = spans[c]
        rows.append(first_level)
        if inner:
            rows.append([spans[c] if c in inner else (at, at) for c in leaves])
        values = [(at, at)] * width
        for col, (_, a, b) in zip(place, figures):
            values[col] = (a, b)
        rows.append(values)
        parts.append(rows)
        after = k = k + 1
    if not parts:
        return []
    # one table of the parts (预算数, then 决算数): the title over the first names both
    return [(first, _table_block([row for rows in parts for row in rows], "pdf-copied"), after)]


def _figure_line(line: _Line, text: str) -> bool:
    tokens = _tokens(line, text)
    return bool(tokens) and all(t[0] == "F" for t in tokens)


def _subject_columns(names: list[str], leaves: list[int], top: list[int], owner: int | None,
                     figures: list[str]) -> tuple[int, ...]:
    """The columns of a row's figures under a header of subjects: all in order when there are as
    many; else the first in the first column and the others where the totals add up (the 合计
    the first level, the 小计 the whole's parts), the later columns of two ways that do."""
    n = len(leaves)
    if len(figures) == n:
        return tuple(range(n))
    sub = names.index("小计") if "小计" in names else None
    members = [i for i in leaves if i not in top and i != sub]  # the whole's parts
    valid = []
    for rest in combinations(range(1, n), len(figures) - 1):
        cols = (0,) + rest
        got = {leaves[c]: _amount(w, (0, len(w))) for c, w in zip(cols, figures)}

        def total(*cells: int) -> Decimal:
            return sum((got.get(c, Decimal(0)) for c in cells), Decimal(0))

        ok = True
        if names[leaves[0]] == "合计":  # the first level adds up to it, the whole by its 小计
            parts = [c for c in top if c != leaves[0]]
            whole = total(sub) if sub is not None else total(*members)
            ok = total(leaves[0]) == total(*(c for c in parts if c != owner)) + (whole if owner in parts else 0)
        if ok and sub is not None:
            ok = total(sub) == total(*members)
        if ok:
            valid.append(cols)
    return valid[-1] if valid else tuple(range(len(figures)))
