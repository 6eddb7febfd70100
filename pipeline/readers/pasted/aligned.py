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
from .pdf_disclosure import _CODE_TOKEN, _MONEY_TOKEN, _column_kind
from ..pdf_reader import NEW_ITEM
from .common import (
    _SPACES,
    _WIDE_GAP,
    _display_width,
    _is_disclosure_header,
    _is_disclosure_header_word,
    _is_vocabulary,
    _column_role,
    _copied_table_words,
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
    return _spaced_out(fields, text)


# the widest blank between the letters of a word spaced out over its cell (收        入)
_SPACED_OUT_GAP = 12


def _spaced_out(fields: list[_Field], text: str) -> list[_Field]:
    """Fields with a word spaced out over its cell taken as one: a PDF justifies a short header or
    total word across its cell (收        入, 合    计, 收  入  总  计), so its letters stand apart
    by runs of blanks as cells do.  A run of single Han characters, each close to the next, is such a
    word, unless each of them is a header word on its own (类  款  项: the parts of a code column)."""
    out: list[_Field] = []
    run: list[_Field] = []

    def flush() -> None:
        if len(run) >= 2 and not all(_is_disclosure_header_word(text[f.start : f.end]) for f in run):
            out.append(_Field(run[0].start, run[-1].end, run[0].left, run[-1].right))
        else:
            out.extend(run)
        run.clear()

    singles = [f.end - f.start == 1 and regex.match(r"\p{Han}", text[f.start]) is not None for f in fields]
    for i, f in enumerate(fields):
        if singles[i] and run and _spaced_with(fields, singles, i):
            run.append(f)
            continue
        flush()
        if singles[i]:
            run.append(f)
        else:
            out.append(f)
    flush()
    return out


def _spaced_with(fields: list[_Field], singles: list[bool], i: int) -> bool:
    """Whether the single character ``i`` goes on the spaced-out word of the one before it: close
    to it, and no closer to the one after it (费        小  计: 费 closes the cell above 因公出国
    （境）, 小计 is a word of its own)."""
    gap = fields[i].left - fields[i - 1].right
    if gap > _SPACED_OUT_GAP:
        return False
    if i + 1 < len(fields) and singles[i + 1] and fields[i + 1].left - fields[i].right < gap - 1:
        return False
    return True


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

    def of_indicators(k: int) -> bool:
        return sum(_is_vocabulary(text[f.start : f.end]) for f in fields(k)) >= _vocabulary()[1]

    end = 0  # lines before it belong to a table already
    for h in range(len(lines)):
        if h < end or not is_header(h):
            continue
        if not of_indicators(h):
            got = _disclosure_table(lines, text, h, end, fields, is_header, laid_out, taken)
            if got is not None:
                block, first, end = got
                found[first] = (block, end)
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


# --- disclosure tables (部门预算/决算) as pdftotext -layout gives them ----------------------
#
#   表2                                      部门收入总表
#                                                                             单位：万元
#         科    目                                                          本 年 收 入
#                                  合  计    上年结转    一般公共预算    政府性基金    事业收入
#   科目编码  科目名称                                       拨款收入  预算拨款收入
#                                                                              a blank line
#             合计                44,316.85      400.00       40,905.62                  2,860.00
#   205       教育支出            38,371.41      400.00       34,960.18                  2,860.00
#   20805     行政事业单位养老支出 2,414.83    2,414.83
#             机关事业单位                                     a label centred over three lines,
#   2080505   基本养老保险        2,012.36    2,012.36         its figures on the middle one
#             缴费支出
#
# The header runs over two or three lines (an upper cell over the columns below it, a header cell
# wrapped onto the next line), blank lines part the header from the body and the body's parts (the
# totals of a 收支总表), empty cells are blank, and a long label wraps onto lines of its own in its
# column.  The columns are the cells of the header's last line and the cells of the lines above
# that stand over none of them (合计 above 科目编码 | 科目名称 | 拨款收入); a figure goes to the
# figures' column it stands under (right-aligned), a code to the code column, a label to the label
# column it starts in (收入 | 支出 side by side).  A line of one label and nothing else is the rest
# of a wrapped label: of the row above, or of the row below where that row's label wraps below it
# too and the label above did not fill its column (centred over three lines).

_MAX_BLANKS_IN_TABLE = 2  # blank lines between the parts of a table (header, body, totals)

_CLAUSE_MARK = regex.compile(r"[。，；：:]")  # a note or a sentence, no cell of the table

# a table's number or name (表5, 表5（续）, 部门收支总表, 公开03表): its title, no header cell
_TABLE_TITLE = regex.compile(r"^(?:表\s*\d+|.*表\s*(?:\d+\s*)?(?:[（(]续[)）])?$)")


def _disclosure_table(lines: list[_Line], text: str, h: int, end: int, fields, is_header, laid_out, taken):
    """A disclosure table whose header line is ``h``: (block, first line, line after it), or None
    when no body of figures follows its header."""
    n = len(lines)

    def content(k: int) -> str:
        return text[lines[k].start : lines[k].end]

    def words(k: int) -> list[str]:
        return [text[f.start : f.end] for f in fields(k)]

    def has_figure(k: int) -> bool:
        return any(_MONEY_TOKEN.match(w) for w in words(k))

    def has_code(k: int) -> bool:
        return any(_CODE_TOKEN.match(w) for w in words(k))

    def blank(k: int) -> bool:
        return k < n and k not in taken and not content(k).strip()

    def closes(k: int) -> bool:  # a note, a footer, a title: no line of the table
        c = content(k)
        return (_is_footer(c) or "\f" in c or len(fields(k)) == 1 and _CLAUSE_MARK.search(c) is not None
                or _copied_table_words()["unit_line"].search(c) is not None
                or any(_TABLE_TITLE.match(w) for w in words(k)))

    # the header: lines above it of header words (an upper cell over several columns: 公务用车购置及
    # 运行费), lines below it with no figure and no code (the rest of a wrapped header cell)
    top = h
    while (top - 1 >= end and laid_out(top - 1) and not closes(top - 1) and not has_figure(top - 1)
           and (len(fields(top - 1)) >= 2 or _is_disclosure_header_word(words(top - 1)[0]))):
        top -= 1
    last = h
    while last + 1 < n and laid_out(last + 1) and not closes(last + 1) and not has_figure(last + 1) \
            and not has_code(last + 1):
        last += 1
    head = list(range(top, last + 1))
    # the body: from the first line with a figure on, over blank lines and page breaks
    k = last + 1
    while blank(k) and k - last <= _MAX_BLANKS_IN_TABLE:
        k += 1
    if not (k < n and has_figure(k) and not is_header(k)):
        return None
    body = [k]
    while True:
        k = body[-1] + 1
        if k < n and laid_out(k) and not closes(k) and not is_header(k):
            body.append(k)
            continue
        j = k
        while blank(j):
            j += 1
        if k < j <= k + _MAX_BLANKS_IN_TABLE and j < n and len(fields(j)) >= 2 and has_figure(j) and not is_header(j):
            body.append(j)
            continue
        # the table going on over a page break, its header repeated there or not
        nxt = _after_page_break(lines, text, k, fields)
        if nxt is not None and len(fields(nxt)) >= 2 and has_figure(nxt) and not is_header(nxt):
            body.append(nxt)
            continue
        if nxt is not None and (again := _header_again(lines, text, nxt, head, blank, has_figure)) is not None:
            body.append(again)  # its header repeated under a title (表5（续）): its rows go on
            continue
        break
    parts = _copied_table_words().get("code_parts")
    if any(regex.fullmatch(r"\d{2}", w) or parts is not None and parts.match(w) for k in head + body for w in words(k)):
        return None  # a code parted by level (类  款  项, 201  06  01): columns of their own, as lines stand
    placed = _Measured(lines, text, head + body, taken)
    placed.choose(head + body, h)
    # the columns: the cells of the header's last line (next to the body, its leaves), then those of
    # the lines above that stand over none of them; a cell above over one column widens it, a cell
    # over several is an upper cell of theirs
    columns: list[tuple[int, int, str]] = []
    for k in reversed(head):
        for f in placed(k):
            over = [i for i, (a, b, _) in enumerate(columns) if f.left < b and a < f.right]
            if not over:
                columns.append((f.left, f.right, text[f.start : f.end]))
            elif len(over) == 1:
                a, b, word = columns[over[0]]
                columns[over[0]] = (min(a, f.left), max(b, f.right), word)
        columns.sort()
    kinds = [_column_kind(word) for _, _, word in columns]
    if "F" not in kinds or "L" not in kinds:
        return None
    rows = _header_grid([placed(k) for k in head], columns, kinds)
    cells = {k: _body_cells(placed(k), text, columns, kinds) for k in body}
    for row in _joined_labels(body, cells, text, kinds):
        rows.append(row)
    block_rows = []
    for row in rows:
        at = next((spans[0] for spans in row if spans), None)
        if at is not None:  # a blank cell: an empty span where the row's first cell starts
            block_rows.append([spans if spans else [(at[0], at[0])] for spans in row])
    block = _table_block([[cell[0] for cell in row] for row in block_rows], "aligned")
    for source_row, row in zip(block.rows, block_rows):
        for source_cell, cell in zip(source_row, row):
            source_cell.more = tuple(cell[1:])
    # a header cell may hold the text of a line below it (a cell centred over the header's lines)
    block.start = min(a for row in block_rows for cell in row for a, _ in cell)
    return block, top, body[-1] + 1


# the lines above a header repeated on the next page: the table's title (表5（续）), its unit
_MAX_TITLE_LINES = 2


def _header_again(lines: list[_Line], text: str, k: int, head: list[int], blank, has_figure) -> int | None:
    """The first row of a table's part on the next page, from line ``k`` on, when that part opens
    with the table's header again (all its lines, or its last two at least: the same words, spaces
    aside), maybe under a title line or two (表5（续）  单位：万元); None otherwise."""
    n = len(lines)

    def word(j: int) -> str:
        return _SPACES.sub("", text[lines[j].start : lines[j].end])

    words = [word(j) for j in head]
    for skip in range(_MAX_TITLE_LINES + 1):
        j = k
        for _ in range(skip):  # title lines, blank lines among them
            while blank(j):
                j += 1
            if j >= n or has_figure(j):
                return None
            j += 1
        while blank(j):
            j += 1
        for m in range(len(words), min(2, len(words)) - 1, -1):
            if j + m <= n and all(word(j + i) == w for i, w in enumerate(words[-m:])):
                r = j + m
                while blank(r) and r - (j + m) < _MAX_BLANKS_IN_TABLE:
                    r += 1
                return r if r < n and has_figure(r) else None
    return None


def _header_grid(lines: list[list[_Field]], columns, kinds: list[str]) -> list[list[list[tuple[int, int]]]]:
    """The header lines' cells in the columns: a cell in the first column it stands over, the
    nearest where it stands over none.  A PDF's merged header cells print once, so a blank takes
    the cell it belongs to, as far as the layout tells (row by row, from the top):

    * a cell printed on a middle line of the header, none above or below it in its column, spans
      the header's height (合计 between 科目 and 科目编码 lines): the blanks above it hold it;
    * a blank under a cell of its column holds that cell (小计's line under 公务用车购置及运行费);
    * a cell over the figures' columns (一般公共预算支出 over 合计 | 基本支出 | 项目支出, centred)
      holds the blank figure columns beside it on its line;
    * other blanks stay blank: a side's name over a label column (收入 over 项目 | 预算数) spreads
      right as the reader of pasted tables reads it."""
    grid: list[list[list[tuple[int, int]]]] = []
    for cells in lines:
        row: list[list[tuple[int, int]]] = [[] for _ in columns]
        for f in cells:
            over = [i for i, (a, b, _) in enumerate(columns) if f.left < b and a < f.right]
            c = over[0] if over else min(range(len(columns)),
                                         key=lambda i: abs((columns[i][0] + columns[i][1]) - (f.left + f.right)))
            _put(row[c], (f.start, f.end))
        grid.append(row)
    last = len(grid) - 1
    filled = [[list(cell) for cell in row] for row in grid]
    for r, row in enumerate(filled):
        for c in range(len(columns)):
            if row[c]:
                continue
            below = next((j for j in range(r + 1, len(grid)) if grid[j][c]), None)
            above = next((j for j in range(r - 1, -1, -1) if filled[j][c]), None)
            if below is not None and below < last:
                row[c] = list(grid[below][c])
            elif above is not None:
                row[c] = list(filled[above][c])
        for c in range(len(columns)):
            if not grid[r][c] or kinds[c] == "L" or kinds[c] == "C":
                continue
            for step in (-1, 1):  # the blank figure columns beside it
                d = c + step
                while 0 <= d < len(columns) and kinds[d] not in ("L", "C") and not row[d]:
                    row[d] = list(grid[r][c])
                    d += step
    return filled


def _put(spans: list[tuple[int, int]], span: tuple[int, int]) -> None:
    """A span into a cell: two parts of one line's cell are one span (收入  总计 apart)."""
    if spans:
        spans[-1] = (spans[-1][0], span[1])
    else:
        spans.append(span)


def _body_cells(cells: list[_Field], text: str, columns, kinds: list[str]) -> dict[int, tuple[int, int, str, int]]:
    """A body line's cells: column -> (start, end, kind, width).  A figure goes to the figures'
    column it overlaps most, or whose right edge is nearest (figures stand right-aligned); a code to
    the code column; a label to the label column it starts in (the last one starting left of it)."""
    out: dict[int, tuple[int, int, str, int]] = {}
    for f in cells:
        word = text[f.start : f.end]
        kind = "F" if _MONEY_TOKEN.match(word) else "C" if _CODE_TOKEN.match(word) and "C" in kinds else "L"
        own = [i for i, k in enumerate(kinds) if k == kind] or [i for i, k in enumerate(kinds) if k == "L"]
        if kind == "F":
            overlap = {i: min(f.right, columns[i][1]) - max(f.left, columns[i][0]) for i in own}
            c = max(own, key=lambda i: overlap[i])
            if overlap[c] <= 0:
                c = min(own, key=lambda i: abs(columns[i][1] - f.right))
        else:
            before = [i for i in own if columns[i][0] <= f.left + 1]
            c = before[-1] if before else own[0]
        if c in out:  # two parts of one cell apart by a wide blank
            a, _, kd, w = out[c]
            out[c] = (a, f.end, kd, w + f.right - f.left)
        else:
            out[c] = (f.start, f.end, kind, f.right - f.left)
    return out


def _joined_labels(body: list[int], cells: dict[int, dict[int, tuple[int, int, str, int]]], text: str,
                   kinds: list[str]) -> list[list[list[tuple[int, int]]]]:
    """The body's rows, a wrapped label's lines joined: a line of one label alone (no figure, no
    code, no item number, no total word) is the rest of the label of the row above in its column, or
    of the row below when that row's label wraps below it too and the label above is narrower than
    the column's widest (it did not wrap: the label below is centred over three lines)."""
    total = _total_row()

    def alone(k: int) -> int | None:  # the column of a lone label's rest, or None for a row
        got = cells[k]
        if len(got) != 1:
            return None
        (c, (a, b, kind, _)), = got.items()
        word = text[a:b].strip()
        if kind != "L" or kinds[c] != "L" or NEW_ITEM.match(word) or total.match(word):
            return None
        return c

    widest: dict[int, int] = {}
    for k in body:
        for c, (_, _, kind, w) in cells[k].items():
            if kind == "L":
                widest[c] = max(widest.get(c, 0), w)
    rows: list[dict[int, list[tuple[int, int]]]] = []
    above: list[int] = []  # lines of a label's rest taken from above, per row
    below: list[int] = []
    pending: dict[int, list[tuple[int, int]]] = {}  # rests waiting for the row below
    index = {k: i for i, k in enumerate(body)}
    for k in body:
        c = alone(k)
        adjacent = rows and index[k] > 0  # a row stands above (the lines of a body run on)
        if c is None:
            row = {col: [(a, b)] for col, (a, b, _, _) in cells[k].items()}
            for col, spans in pending.items():
                row[col] = spans + row.get(col, [])
            rows.append(row)
            above.append(max((len(v) for v in pending.values()), default=0))
            below.append(0)
            pending = {}
            continue
        a, b, _, w = cells[k][c]
        i = index[k]
        nxt = body[i + 1] if i + 1 < len(body) else None
        after = body[i + 2] if i + 2 < len(body) else None
        prev_row = rows[-1] if adjacent and not pending else None
        down = prev_row is None or c not in prev_row
        if not down and above[-1] == 0 and nxt is not None and alone(nxt) is None and after is not None \
                and alone(after) == c and c in cells[nxt]:
            # the row below wraps below it too: centred over three lines when the label above did
            # not fill its column (it did not wrap)
            first = prev_row[c][-1] if below[-1] == 0 else None
            if first is not None and _label_width(cells, c, first) < widest.get(c, 0):
                down = True
        if not down and above[-1] and below[-1] >= above[-1]:
            down = True  # a centred label took as many lines below as above
        if down:
            pending.setdefault(c, []).append((a, b))
        else:
            prev_row[c].append((a, b))
            below[-1] += 1
    if pending and rows:
        for col, spans in pending.items():
            rows[-1].setdefault(col, []).extend(spans)
    width = len(kinds)
    return [[row.get(c, []) for c in range(width)] for row in rows]


def _label_width(cells: dict[int, dict[int, tuple[int, int, str, int]]], c: int, span: tuple[int, int]) -> int:
    """The width of the label at ``span`` in column ``c``, as measured on its line."""
    return next((got[3] for line in cells.values() if (got := line.get(c)) is not None and got[:2] == span), 0)


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
