"""Tables without TABs, columns aligned with spaces, anchored on a header of table vocabulary.

This form comes from web pages and PDFs, not marked by a TAB, so it is anchored on a header of
table vocabulary (the column words of ``patterns/indicators.toml``) to keep prose safe: columns
aligned with spaces (a web page, ``pdftotext -layout``), cells apart by runs of two or more columns
of space.  A web page aligns them by display width (a CJK character is two columns wide),
pdftotext -layout by characters (every glyph one column of its grid): under a header, the measure
under which more cells line up with the header's is taken.  Each line is a row; a field belongs to
the column whose cell above it overlaps it, so merged or blank cells come out empty and a label
under another (``（万元）`` under ``项目资金``) keeps its own row.  A 自评表 as pdftotext gives it
wraps its cells over lines and prints a merged level cell once, on the middle line of its span
(``_wrapped_rows``), and goes on over page breaks without its header (``_after_page_break``).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ...model import SourceBlock
from .pdf_text import _is_footer
from .common import (
    _WIDE_GAP,
    _display_width,
    _is_disclosure_header,
    _is_disclosure_header_word,
    _is_vocabulary,
    _column_role,
    _Line,
    _table_block,
    _total_row,
    _vocabulary,
    _width,
)

_GAP = regex.compile(r"[ \u00a0\u3000]+")  # the blanks between cells; TABs are the other forms'


@dataclass
class _Field:
    start: int  # offsets into the text
    end: int
    left: int  # display columns, end exclusive
    right: int


def _fields(line: _Line, text: str, width=_display_width) -> list[_Field]:
    """The cells of a space-aligned line: text apart by blanks at least two columns wide (one
    space stays inside a cell: ``PM2.5 年均浓度``).  ``width`` measures where they stand: display
    columns (a web page), or characters (``len``: pdftotext -layout sets every glyph, wide or not,
    in one column of its grid)."""
    fields: list[_Field] = []
    col, pos = 0, line.start
    content = text[line.start : line.end].rstrip()
    end = line.start + len(content)
    for m in _GAP.finditer(content):
        a, b = line.start + m.start(), line.start + m.end()
        if _display_width(text[a:b]) < 2 and a > line.start:
            continue  # a single space inside a cell
        if a > pos:
            fields.append(_Field(pos, a, col, col + width(text[pos:a])))
            col = fields[-1].right
        col += width(text[a:b])
        pos = b
    if pos < end:
        fields.append(_Field(pos, end, col, col + width(text[pos:end])))
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
        kept = list(range(top, bottom + 1))
        # a table that goes on over a page break (pdftotext -layout: a footer, a form feed and the
        # page's running title between its parts) with no header repeated: the furniture is no row
        while (nxt := _after_page_break(lines, text, bottom + 1, fields)) is not None \
                and len(fields(nxt)) >= 2 and not is_header(nxt):
            last = nxt
            while last + 1 < len(lines) and laid_out(last + 1):
                last += 1
            while last > nxt and len(fields(last)) < 2:
                last -= 1
            kept.extend(range(nxt, last + 1))
            bottom = last
        placed = _Measured(lines, text, kept, taken)
        headers = [k for k in kept if k == h or k > h and is_header(k)]
        rows: list[list[list[tuple[int, int]]]] = []
        bands = ([(top, h, None)] if top < h else []) + [
            (k, headers[n + 1] if n + 1 < len(headers) else bottom + 1, k) for n, k in enumerate(headers)
        ]
        for first, stop, header in bands:
            band = [k for k in kept if first <= k < stop]
            rows.extend(_aligned_rows(lines, text, band, header, placed))
        block = _table_block([[cell[0] for cell in row] for row in rows], "aligned")
        for source_row, row in zip(block.rows, rows):
            for source_cell, cell in zip(source_row, row):
                source_cell.more = tuple(cell[1:])  # the further lines of a wrapped cell
        found[top] = (block, bottom + 1)
        end = bottom + 1
    return found


def _after_page_break(lines: list[_Line], text: str, k: int, fields) -> int | None:
    """The first line of the next page's body when a page break (a footer such as ``— 3 —``, a form
    feed, the running title on the line of the form feed) comes after blank lines from line ``k``
    on; None when no page break comes first."""
    broke = False
    while k < len(lines):
        content = text[lines[k].start : lines[k].end]
        if not content.strip():
            k += 1
        elif _is_footer(content):
            broke = True
            k += 1
        elif "\f" in content and sum(1 for f in fields(k) if text[f.start : f.end].strip("\f")) <= 1:
            broke = True  # a new page, its running title alone on the line of its form feed
            k += 1
        else:
            break
    return k if broke and k < len(lines) else None


class _Measured:
    """The cells of a table's lines, measured in display columns or in characters: pdftotext
    -layout places every glyph, CJK or not, in one column of its grid, a web page's text gives a
    CJK character two.  Under a header, the measure is the one under which more cells line up with
    the header's (start where a header cell starts or end where one ends); display columns when
    neither does better, and above the first header."""

    def __init__(self, lines: list[_Line], text: str, kept: list[int], taken) -> None:
        self.lines, self.text, self.taken = lines, text, taken
        self.char_width = _width
        self.cells = self.display = {k: self._cells(k, _display_width) for k in kept}

    def _cells(self, k: int, width) -> list[_Field]:
        content = self.text[self.lines[k].start : self.lines[k].end]
        return [] if k in self.taken or "\t" in content or not content.strip() else _fields(self.lines[k], self.text, width)

    def choose(self, band: list[int], header: int | None) -> None:
        self.cells, self.char_width = self.display, _width
        if header is None or not any(_width(ch) == 2 for k in band for ch in self.text[self.lines[k].start : self.lines[k].end]):
            return
        by_chars = {k: self._cells(k, len) for k in band}
        if _under_header(by_chars, header) > _under_header({k: self.display[k] for k in band}, header):
            self.cells, self.char_width = by_chars, (lambda ch: 1)

    def __call__(self, k: int) -> list[_Field]:
        return self.cells[k]


def _under_header(cells: dict[int, list[_Field]], header: int) -> int:
    """How many cells of the other lines start where a header cell starts or end where one ends."""
    lefts = {f.left for f in cells[header]}
    rights = {f.right for f in cells[header]}
    return sum(1 for k, fs in cells.items() if k != header for f in fs if f.left in lefts or f.right in rights)


def _aligned_rows(lines: list[_Line], text: str, band: list[int], header: int | None,
                  fields: _Measured) -> list[list[list[tuple[int, int]]]]:
    """The rows of lines read against one set of columns: those of the header row, or above the
    first header (项目名称, the 项目资金 lines) those of the line with the most cells.  A cell
    in no column's width (under a blank header cell) makes a column of its own.  A cell is its
    spans of the text: one, or one a line for a cell wrapped over lines."""
    if not band:
        return []
    fields.choose(band, header)
    anchor = header if header is not None else max(band, key=lambda k: len(fields(k)))
    columns = [(f.left, f.right) for f in fields(anchor)]
    loose: list[tuple[int, int]] = []
    for k in band:
        for f in fields(k):
            if not any(f.left < b and a < f.right for a, b in columns):
                loose.append((f.left, f.right))
    columns = _joined(_merged(columns + loose), set(columns), [fields(k) for k in band])
    placed: dict[int, dict[int, list[tuple[int, int]]]] = {}  # line -> column -> its span
    for k in band:
        cells: dict[int, list[_Field]] = {}
        for f in fields(k):
            over = [c for c, (a, b) in enumerate(columns) if f.left < b and a < f.right]
            before = [c for c in over if columns[c][0] <= f.left]
            cells.setdefault(before[-1] if before else over[0], []).append(f)
        placed[k] = {c: [(parts[0].start, parts[-1].end)] for c, parts in cells.items()}
    spans = None
    if header is not None:
        spans = _wrapped_rows(text, band, header, placed, columns)
    if spans is None:
        spans = [placed[k] for k in band]
        at_line = band
    else:
        spans, at_line = spans
    rows = []
    for k, cells in zip(at_line, spans):
        row = []
        for c in range(len(columns)):
            if c in cells:
                row.append(cells[c])
            else:
                at = _offset_at(lines[k], text, columns[c][0], fields.char_width)
                row.append([(at, at)])
        rows.append(row)
    return rows


def _wrapped_rows(text: str, band: list[int], header: int, placed: dict[int, dict[int, list[tuple[int, int]]]],
                  columns: list[tuple[int, int]]):
    """The rows of a 自评表 whose cells wrap over several lines (pdftotext -layout): the rows and
    the line each starts on, or None when no name cell wraps.

    A line starts a row when two cells at least stand from the name column (三级指标) on, a last
    column of text (偏差原因分析) left out (the name and its figures); the lines after it, up to
    the next such line, hold the rest of its wrapped cells (农村妇女“两癌”检查 / 人数, and the 偏差原因 column's lines), which
    join its cells as further spans.  A merged level cell (一级指标, 二级指标) is printed once, on
    the middle line of the rows it spans (its name maybe over two lines: 可持续影响指 / 标): it goes
    to the first row of that span, for the indicator stage fills a level down from there."""
    names = [c for c, (a, b) in enumerate(columns)
             if any(f[0] < f[1] and _column_role(text[f[0]:f[1]].strip()) == "level3" for f in placed[header].get(c, []))]
    if not names or names[0] == 0 or names[0] >= len(columns) - 1:
        return None
    name, last = names[0], len(columns) - 1
    # a last column of text (偏差原因分析, 备注: no figure's column word) wraps like a name
    remark = not any(_column_role(text[a:b].strip()) for a, b in placed[header].get(last, []))
    figures = range(name, last if remark else last + 1)

    def starts_row(k: int) -> bool:
        return sum(1 for c in placed[k] if c in figures) >= 2

    groups: list[list[int]] = []
    for k in band:
        if k == header or starts_row(k) or not groups:
            groups.append([k])
        else:
            groups[-1].append(k)
    if not any(name in placed[k] for g in groups[1:] for k in g[1:]):
        return None  # no name wrapped: a row a line, as the lines stand
    levels = _levels_placed(text, band, groups, placed, name)
    rows: list[dict[int, list[tuple[int, int]]]] = []
    for g in groups:
        row: dict[int, list[tuple[int, int]]] = {}
        for k in g:
            for c, v in placed[k].items():
                if c < name and g is not groups[0] and not _total_row().match(text[v[0][0] : v[0][1]].strip()):
                    continue  # a level's text: placed below
                row.setdefault(c, []).extend(v)
        row.update(levels.get(g[0], {}))
        rows.append(row)
    return rows, [g[0] for g in groups]


def _levels_placed(text: str, band: list[int], groups: list[list[int]], placed, name: int):
    """Level cells moved to the first row of the span they were printed in the middle of: first row
    -> {column: spans}.  Lines are counted in the table (page furniture left out); a level's text
    over two lines (可持续影响指 / 标) is its lines' spans."""
    body = groups[1:]
    if not body:
        return {}
    index = {k: i for i, k in enumerate(band)}
    starts = [index[g[0]] for g in body]
    ends = [index[g[-1]] for g in body]
    total = _total_row()
    out: dict[int, dict[int, list[tuple[int, int]]]] = {}
    for c in range(name):
        items: list[tuple[list[int], list[tuple[int, int]]]] = []
        for g in body:
            for k in g:
                if c in placed[k]:
                    first = placed[k][c][0]
                    if total.match(text[first[0]:first[1]].strip()):
                        continue  # 总分 | … : a row's own label, no level
                    if items and items[-1][0][-1] == index[k] - 1:
                        items[-1][0].append(index[k])  # the rest of a level's name
                        items[-1][1].extend(placed[k][c])
                    else:
                        items.append(([index[k]], list(placed[k][c])))
        if not items:
            continue
        top_aligned = items[0][0][0] == starts[0]
        g0 = 0
        for lines_at, span in items:
            here = max(i for i, s in enumerate(starts) if s <= lines_at[0])
            if top_aligned or here < g0:
                g = here
            else:
                g = g0
                # centred: the span ends as far below the middle as it starts above it
                middle = (lines_at[0] + lines_at[-1]) / 2
                limit = 2 * middle - starts[g0] + 1
                fits = [i for i in range(here, len(ends)) if ends[i] <= limit]
                g0 = (fits[-1] if fits else here) + 1
            out.setdefault(body[g][0], {})[c] = span
    return out


def _joined(columns: list[tuple[int, int]], named: set[tuple[int, int]], lines: list[list[_Field]]) -> list[tuple[int, int]]:
    """Columns with a loose one taken into the header's column beside it when a cell stands over
    both (基本公共卫生服务项目 under 三级指标, set flush left, its rest 数 wholly left of the header
    word) and no line has cells of its own in both."""
    out = list(columns)
    for f in (f for cells in lines for f in cells):
        over = [c for c in out if f.left < c[1] and c[0] < f.right]
        if len(over) < 2 or sum(1 for c in over if c in named) != 1:
            continue
        if any(sum(1 for c in over if any(g.left < c[1] and c[0] < g.right for g in cells)) > 1
               and not any(sum(1 for c in over if g.left < c[1] and c[0] < g.right) > 1 for g in cells)
               for cells in lines):
            continue  # a line with a cell in each: two columns
        head = next(c for c in over if c in named)
        wide = (min(c[0] for c in over), max(c[1] for c in over))
        out = sorted([c for c in out if c not in over] + [wide])
        named = (named - {head}) | {wide}
    return out


def _merged(columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Columns in order, loose cells that overlap one another taken as one column."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(columns):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _offset_at(line: _Line, text: str, column: int, char_width=_width) -> int:
    """The text offset where column ``column`` of a line falls (its end if shorter)."""
    col = 0
    for pos in range(line.start, line.end):
        if col >= column:
            return pos
        col += char_width(text[pos])
    return line.end
