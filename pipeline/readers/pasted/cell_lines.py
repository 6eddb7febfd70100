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

A disclosure table (部门收支总表, 支出总表, 三公经费表) copied from a web page the same way stands
under its unit line (单位：万元), with no blank line between rows: its width is counted from its
rows, and a header of more cells than that is over two rows, its merged cells given once
(``_disclosure_cell_tables``).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

import regex

from ... import patterns
from ...model import SourceBlock, SourceCell
from .common import (
    _FIGURE,
    _GROUP_CELL_MAX,
    _LEVEL_SHAPE,
    _PDF_KINDS,
    _SPACES,
    _column_role,
    _copied_table_words,
    _is_blank,
    _is_disclosure_header_word,
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
    busy |= {k for first, (_, after) in found.items() for k in range(first, after)}
    found.update(_disclosure_cell_tables(lines, text, lambda k: k not in busy and cell(k)))
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


# The plain form of a disclosure table copied one cell a line (a web page's 部门收支总表 as text):
# no blank line between rows, an empty cell an empty line, so a row is only known by counting
# its cells.  The table stands under its unit line (单位：万元), its header cells first:
#
#     单位：万元
#     收    入 / 支    出                       the header's upper row: merged cells given once
#     项    目 / 预 算 数 / 项    目 / 预 算 数   its lower row
#     一、一般公共预算拨款收入 / 2,386.45 / 一、社会保障和就业支出 / 268.37     a row of four
#     二、政府性基金预算拨款收入 / (empty) / 二、卫生健康支出 / 96.52
#
# The header is the run of short lines of words after the unit line, up to the first row's label
# (numbered, 一、…, or no header word, 2023年预算数) or its first figure or empty cell.  The width
# is the one whose rows keep each column of one kind (figures, or words) over the most lines; a
# header of more cells than that is over two rows (see ``_two_row_disclosure_header``).

# the widest table looked for, and the fewest rows
_DISCLOSURE_MOST_COLUMNS = 16
_DISCLOSURE_LEAST_ROWS = 2
# the longest header cell (一般公共预算基本支出, 公务用车购置及运行维护费)
_DISCLOSURE_HEADER_CELL_MAX = 20
# the most groups in a header's upper row read (收入 / 支出 has two): the readings to weigh grow
# fast with more
_DISCLOSURE_MOST_GROUPS = 4
# how many of the header run's last lines may be the first row's instead, its label a total (合计
# / 2,398.45 under 项目 / 合计 / 基本支出 …)
_DISCLOSURE_HEADER_GIVE = 2

# a cell that is a total (合计, 总计, 小计): the 合计 row puts it in the code column, and it
# heads no group of columns
_TOTAL_WORD = regex.compile(r"^(?:合计|总计|小计)$")

# the end of a sentence: a line of prose, no cell
_SENTENCE_END = regex.compile(r"[。；！？]$")

# an amount (2,386.45, 0.00): a column of them is a column of figures; a column of whole numbers
# (codes 208, 2080501, or amounts in 元) tells nothing on its own
_AMOUNT = regex.compile(r"^[-+]?\d[\d,]*\.\d+$|^[-+]?\d{1,3}(?:,\d{3})+$")


# a header cell that gives its column's unit (占比（%）, 金额（万元）): it names a column of figures,
# whatever its words
_UNIT_MARKED = regex.compile(r"[（(](?:%|％|万元|元|千元|亿元)[)）]$")


def _names_a_column(word: str) -> bool:
    return _is_disclosure_header_word(word) or (0 < len(word) <= _DISCLOSURE_HEADER_CELL_MAX
                                                and _UNIT_MARKED.search(_SPACES.sub("", word)) is not None)


def _disclosure_cell_tables(lines: list[_Line], text: str, cell) -> dict[int, tuple[SourceBlock, int]]:
    """The disclosure tables of the plain cell-a-line form (see above): {first line: (block,
    line after it)}."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    n = len(lines)
    words = _copied_table_words()
    k = 0
    while k < n:
        if not (cell(k) and words["unit_line"].search(_word(lines, text, k))):
            k += 1
            continue
        h0 = k + 1
        end = h0
        while (end < n and cell(end) and not _is_blank(lines[end], text)
               and len(_word(lines, text, end)) <= _DISCLOSURE_HEADER_CELL_MAX
               and not _FIGURE.match(_word(lines, text, end))):
            end += 1
        # the first row's label may follow the header (一、本年收入, 2023年预算数): no header word
        while end > h0 and not _names_a_column(_word(lines, text, end - 1)):
            end -= 1
        best = None  # ((lines covered, -width, header end), header end, width, rows, header rows)
        for e in range(max(h0 + 2, end - _DISCLOSURE_HEADER_GIVE), end + 1):
            header = [_word(lines, text, m) for m in range(h0, e)]
            if sum(map(_names_a_column, header)) < 2:
                continue
            if e < end and not _TOTAL_WORD.match(_word(lines, text, e)):
                continue  # only a total's label (合计) is given back to the rows
            for width in range(2, min(_DISCLOSURE_MOST_COLUMNS, len(header)) + 1):
                if len(header) > 2 * width:
                    continue
                rows, kinds, clean = _disclosure_rows(lines, text, e, width, cell)
                if rows < _DISCLOSURE_LEAST_ROWS or "amount" not in kinds or not clean:
                    continue
                # the header's words must fit the columns under them (rows read out of step put
                # 金额 over words)
                head = _disclosure_header(lines, text, list(range(h0, e)), width, kinds)
                if head is None:
                    continue
                key = (rows * width, -width, e)
                if best is None or key > best[0]:
                    best = (key, e, width, rows, head)
        if best is None:
            k = max(end, k + 1)
            continue
        _, e, width, count, head = best
        body = [[_stripped(lines[m], text) for m in range(r, r + width)] for r in range(e, e + count * width, width)]
        rows = head + [[SourceCell(len(head) + r, c, a, b) for c, (a, b) in enumerate(row)] for r, row in enumerate(body)]
        start = min(c.start for c in rows[0])
        stop = max(c.end for row in rows for c in row)
        after = e + count * width
        found[h0] = (SourceBlock("table", start, stop, rows=rows, style="cell-per-line"), after)
        k = after
    return found


def _disclosure_rows(lines: list[_Line], text: str, r: int, width: int, cell) -> tuple[int, list[str | None], bool]:
    """How many rows of ``width`` lines from line ``r`` keep each column of one kind, the
    columns' kinds: "amount" (2,386.45), "word", "number" (codes, whole numbers) or None (empty),
    and whether the table ends cleanly.  It does at the end of the text, or at a row one of whose
    lines is no cell (prose, a sentence, a unit line, a note: the paragraph or the table after it).
    An empty row, or a row that puts words in a column of figures or figures in one of words
    ends it too, but not cleanly: rows read out of step (a table of the grouped form, its rows
    parted by blank lines, ``grouped.py``).  A total's label (合计) stands in any column."""
    kinds: list[str | None] = [None] * width
    figures: list[bool | None] = [None] * width
    words = _copied_table_words()
    count = 0
    n = len(lines)
    while r < n:
        stop = min(r + width, n)
        values = [_word(lines, text, m) for m in range(r, stop)]
        if not any(values):
            break  # an empty row: rows of the grouped form read out of step, as likely as the end
        if (not all(cell(m) and len(text[lines[m].start : lines[m].end].strip()) <= _GROUP_CELL_MAX for m in range(r, stop))
                or any(words["unit_line"].search(v) or words["note"].search(v) or _SENTENCE_END.search(v) for v in values)):
            return count, kinds, True
        if stop < r + width:
            break
        row = [None if not v or _TOTAL_WORD.match(v) else bool(_FIGURE.match(v)) for v in values]
        if any(f is not None and figures[c] is not None and f != figures[c] for c, f in enumerate(row)):
            break
        for c, (f, v) in enumerate(zip(row, values)):
            if f is None:
                continue
            figures[c] = f
            kind = "word" if not f else "amount" if _AMOUNT.match(v) else "number"
            if kinds[c] in (None, "number") or kind == "amount":
                kinds[c] = kind if kinds[c] != "amount" else "amount"
        count += 1
        r += width
    return count, kinds, r >= n


def _header_role(word: str) -> str | None:
    """What a header word names: a column of labels or codes (项目, 科目名称, 科目编码), of amounts
    (预算数, 合计, 基本支出), or None (a word of neither)."""
    words = _copied_table_words()
    if words["label_header"].search(word) or words["code_header"].search(word):
        return "label"
    return "amount" if _is_disclosure_header_word(word) else None


def _disclosure_header(lines: list[_Line], text: str, header_lines: list[int], width: int,
                       kinds: list[str | None]) -> list[list[SourceCell]] | None:
    """The header rows over a table ``width`` columns wide: one row when it has as many cells,
    else two (``_two_row_disclosure_header``); None when no reading fits."""
    spans = [_stripped(lines[m], text) for m in header_lines]
    if len(spans) == width:
        fit = _header_fit([_SPACES.sub("", text[a:b]) for a, b in spans], kinds)
        return [[SourceCell(0, c, a, b) for c, (a, b) in enumerate(spans)]] if fit > 0 else None
    return _two_row_disclosure_header(text, spans, width, kinds)


def _header_fit(names: list[str], kinds: list[str | None]) -> int:
    """How well the words naming the columns fit them: one up for each label's name (项目, 科目编码)
    over words or an amount's (预算数, 合计) over amounts, one down for each the other way."""
    fit = 0
    for name, kind in zip(names, kinds):
        role = _header_role(name)
        kind = kind if kind != "number" else None
        if role and kind:
            fit += 1 if (role == "label") == (kind == "word") else -1
    return fit


def _two_row_disclosure_header(text: str, spans: list[tuple[int, int]], width: int,
                               kinds: list[str | None]) -> list[list[SourceCell]] | None:
    """A header over two rows, its merged cells given once: the upper row's cells each span both
    rows (合计, 基本支出 beside 科目 over 科目编码 / 科目名称) or a group of columns (收入 over 项目 /
    预算数); the lower row names the columns under the groups.  With ``H`` cells over ``W``
    columns there are ``H - W`` groups; where the upper row ends and which of its cells are the
    groups is the reading whose words best fit the columns below them (a label's name, 项目 or
    科目编码, over a column of words or codes; an amount's, 预算数 or 合计, over amounts).  A group
    spans two columns at least and is no total (合计, 小计); among readings that fit as well, the
    one whose lower row opens with a total (小计 under 公务用车购置及运行维护费), then whose groups
    share their first characters with the cells under them (科目 over 科目编码), then whose groups
    start at a column of words (收入 over 项目 / 预算数, 支出 over 项目 / 合计 / …), then the widest
    lower row.  The merged positions are empty cells ``merged_from`` the cell that covers them."""
    texts = [_SPACES.sub("", text[a:b]) for a, b in spans]
    h = len(spans)
    groups = h - width
    if not 1 <= groups <= _DISCLOSURE_MOST_GROUPS:
        return None
    best = None
    for upper in range(groups, h):
        lower = h - upper
        if lower > width or lower < 2 * groups:
            continue
        for chosen in combinations(range(upper), groups):
            if any(_TOTAL_WORD.match(texts[g]) for g in chosen):
                continue
            for sizes in _compositions(lower, groups):
                # the columns: each upper cell in turn takes one column or its group's
                columns: list[tuple[int, int | None]] = []  # (upper cell, lower cell or None)
                nxt = upper
                sizes_left = list(sizes)
                for u in range(upper):
                    if u in chosen:
                        size = sizes_left.pop(0)
                        columns.extend((u, nxt + d) for d in range(size))
                        nxt += size
                    else:
                        columns.append((u, None))
                if len(columns) != width:
                    continue
                fit = _header_fit([texts[u if low is None else low] for u, low in columns], kinds)
                if fit <= 0:
                    continue
                total_first = bool(_TOTAL_WORD.match(texts[upper]))
                shared = sum(texts[low][:2] == texts[u][:2] for u, low in columns if low is not None)
                starts = sum(kinds[c] == "word" for c, (u, low) in enumerate(columns)
                             if low is not None and (c == 0 or columns[c - 1][0] != u))
                key = (fit, total_first, shared, starts, lower)
                if best is None or key > best[0]:
                    best = (key, columns, upper)
    if best is None:
        return None
    _, columns, upper = best
    top: list[SourceCell] = []
    under: list[SourceCell] = []
    for c, (u, low) in enumerate(columns):
        a, b = spans[u]
        if c and columns[c - 1][0] == u:
            first = next(i for i, (v, _) in enumerate(columns) if v == u)
            top.append(SourceCell(0, c, a, a, merged_from=(0, first)))
        else:
            top.append(SourceCell(0, c, a, b, colspan=sum(v == u for v, _ in columns), rowspan=1 if low is not None else 2))
        if low is None:
            under.append(SourceCell(1, c, b, b, merged_from=(0, c)))
        else:
            under.append(SourceCell(1, c, *spans[low]))
    return [top, under]


def _compositions(total: int, parts: int) -> list[tuple[int, ...]]:
    """The ways to write ``total`` as ``parts`` sizes of two at least, in order."""
    if parts == 1:
        return [(total,)] if total >= 2 else []
    return [(first, *rest) for first in range(2, total - 2 * (parts - 1) + 1)
            for rest in _compositions(total - first, parts - 1)]
