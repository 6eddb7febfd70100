"""A 自评表 copied out of a PDF viewer: one cell a line, blank cells lost.

One cell a line as a PDF viewer copies a 自评表: no blank line at all, blank cells lost, merged
cells once, wrapped cells over several lines; rows are read by the kinds of the header's columns
(levels, name, values, figures), each closed by its run of figures (``_pdf_cell_tables``).  Anchored
on a header of table vocabulary (the column words of ``patterns/indicators.toml``) to keep prose safe.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

import regex

from ... import patterns
from ...model import SourceBlock
from .common import (
    _FIGURE,
    _GROUP_CELL_MAX,
    _PDF_KINDS,
    _SENTENCE_CLOSE,
    _SPACES,
    _VALUE_START,
    _column_role,
    _copied_table_words,
    _display_width,
    _is_level,
    _Line,
    _spanned,
    _stripped,
    _table_block,
    _total_row,
    _vocabulary,
    _word,
)
from .pdf_text import _is_footer

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

# the most lines one row may take before its figures (偏差原因 lines, levels, name and values)
_PDF_ROW_LINES = 24

# how much shorter than its column's widest line a wrapped line may be (display columns): the
# character that did not fit may be a wide one, and punctuation may not open a line
_WRAP_SLACK = 3


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
