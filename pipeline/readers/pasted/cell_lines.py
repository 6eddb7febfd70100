"""Tables pasted one cell a line: TAB-led (a Word table), plain and grouped (a web table).

When a Word table is copied as plain text, every cell lands on its own line behind a TAB and rows
are separated by one blank line (seed 001); two or more blank lines end the table.  A cell whose
text had a paragraph break comes back as a line without the TAB between two rows; it belongs to
the cell before it.  A run of single-cell "rows" is only indented text (seed 002 is a whole report
pasted from a one-column layout table) and stays paragraphs.

A web table copied as text comes one cell per line, rows not marked and blank cells as empty lines,
with no TAB, so it is anchored on a header of table vocabulary (the column words of
``patterns/indicators.toml``) to keep prose safe: after a run of N header cells, every N lines are
a row.  Or, when a blank line follows the header, rows parted by blank lines, a cell merged over
rows standing only in the first of them, so that each row fills the last columns
(``_grouped_table``); the 项目名称 rows above the header come with it.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ... import patterns
from ...model import SourceBlock
from .common import (
    _FIGURE,
    _GROUP_CELL_MAX,
    _LEVEL_SHAPE,
    _PDF_KINDS,
    _SPACES,
    _column_role,
    _is_blank,
    _is_vocabulary,
    _Line,
    _padded_table_block,
    _section_pattern,
    _stripped,
    _table_block,
    _vocabulary,
    _word,
)


def _is_cell_line(line: _Line, text: str) -> bool:
    return line.end > line.start and text[line.start] == "\t" and "\t" not in text[line.start + 1 : line.end]


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
_GROUP_HEADER_EXTRA = 2

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
    under: list[list[tuple[int, int]]] = []  # the header's second row, when it has one
    r = j
    if two := _two_row_header(lines, text, top, i, j, floor, cell):
        top, header, under, r = two
    width = len(header)
    words = [header] + under
    levels = {c for row in words for c, (a, b) in enumerate(row) if _level_columns().search(_SPACES.sub("", text[a:b]))}
    figures = {c for row in words for c, (a, b) in enumerate(row)
               if _PDF_KINDS.get(_column_role(_SPACES.sub("", text[a:b])) or "") == "figure"}
    body: list[list[tuple[int, int]]] = []
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
    return first, _padded_table_block(head + [header] + under + body, "cell-per-line"), r


# how many lines the second row of a header over two rows may take, at most, after the first
_SECOND_HEADER_LINES = 8


def _two_row_header(lines: list[_Line], text: str, top: int, i: int, j: int, floor: int,
                    cell) -> tuple[int, list[tuple[int, int]], list[list[tuple[int, int]]], int] | None:
    """A header over two rows in the grouped form (评价情况 over 目标值 / 实际完成值; 绩效指标 over
    一级指标 / 二级指标 / 三级指标):

        一级指标 / … / 评分标准 / 评价情况 / (empty) / 得分 / (end)     the first row, an empty cell a
        目标值 / 实际完成值 / (empty) / (end)                            blank line; the second row
        决策（15分） / 项目立项 / … / 3 / (end)                           under its last columns

    The blank line after the column words (line ``j``) may be an empty cell, not the row's end, and
    the first row may open with a label and empty cells before its column words (绩效指标 / / /
    年度指标值 …).  The first row is as wide as the first row of the body (a row whose first cell
    is a level: it holds every column, its merges start there), which ends at a blank line; the
    lines between the two are the second row, under the last columns when it is shorter.  Returns
    (the header's first line, its first row, [its second row], the blank line before the body), or
    None when no such reading holds (the one-row header then stands)."""
    n = len(lines)
    end = j
    while end < n and end - j <= _SECOND_HEADER_LINES + 2 and cell(end) and (
            _is_blank(lines[end], text) or len(_word(lines, text, end)) <= 20 and not _FIGURE.match(_word(lines, text, end))
            and not _LEVEL_SHAPE.match(_word(lines, text, end)) or _is_vocabulary(_word(lines, text, end))):
        end += 1
    b = end  # the first line of the body: a level after a blank line
    if not (j < b < n and _is_blank(lines[b - 1], text) and cell(b) and _LEVEL_SHAPE.match(_word(lines, text, b))):
        return None
    # where the first row may open: at the header's group, at its column words (line ``i``: the
    # line above them is the table's title), or at a label line and its empty cells above
    openings = [top] + [i] * (i != top)
    t = top - 1
    while t >= floor and top - t <= _GROUP_HEADER_EXTRA + 2 and cell(t) and (
            _is_blank(lines[t], text) or len(_word(lines, text, t)) <= 20 and not _FIGURE.match(_word(lines, text, t))):
        if not _is_blank(lines[t], text):
            openings.append(t)
        t -= 1
    for t0 in openings:
        for k in range(j, b - 1):
            width = k - t0
            second = range(k + 1, b - 1)
            if (not _is_blank(lines[k], text) or not 0 < len(second) <= width or _is_blank(lines[k + 1], text)
                    or b + width >= n or not _is_blank(lines[b + width], text) or _is_blank(lines[b], text)
                    or any(not cell(m) for m in range(b, b + width + 1))):
                continue
            if not any(_is_vocabulary(_word(lines, text, m)) for m in second):
                continue
            header = [_stripped(lines[m], text) for m in range(t0, k)]
            row = [_stripped(lines[m], text) for m in second]
            at = row[0][0]
            return t0, header, [[(at, at)] * (width - len(row)) + row], b - 1
    return None
    for k in range(j, b - 1):
        width = k - top
        second = range(k + 1, b - 1)
        if (not _is_blank(lines[k], text) or not 0 < len(second) <= width or _is_blank(lines[k + 1], text)
                or b + width >= n or not _is_blank(lines[b + width], text)
                or any(_is_blank(lines[m], text) or not cell(m) for m in (b, b + width - 1))
                or any(not cell(m) for m in range(b, b + width))):
            continue
        if not any(_is_vocabulary(_word(lines, text, m)) for m in second):
            continue
        header = [_stripped(lines[m], text) for m in range(top, k)]
        row = [_stripped(lines[m], text) for m in second]
        at = row[0][0]
        return header, [[(at, at)] * (width - len(row)) + row], b - 1
    return None


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
