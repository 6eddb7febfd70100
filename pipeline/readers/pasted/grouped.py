"""Tables listed one cell a line, a blank line after each row, an empty cell a blank line too.

A reader that lists a table's cells (a phone's PDF or WeChat view, an OCR tool, a retyped table)
gives every cell on its own line and ends each row with a blank line; an empty cell is an empty
line as well, and a merged cell is given once, so the positions it covers have no line.  The
indicator tables of that form are anchored on their column words (``cell_lines._grouped_table``);
a disclosure table (收入支出预算总表, 支出决算表 …) is found here by its rhythm instead: a table of
``W`` columns whose rows have no merges is ``W`` lines and a blank one, over and over, however many
of its cells are empty::

    一、财政拨款 / 37,188.34 / 一、一般公共服务支出 / (empty) / 一、基本支出 / 21,968.00 / (end)
    三、其他资金 / (empty) / 五、教育支出 / (empty) / (empty) / (empty) / (end)
    (empty) / (empty) / 六、科学技术支出 / (empty) / (empty) / (empty) / (end)

Such a run of full rows is a table when its columns keep their kind (a column of figures holds
figures or nothing).  The rows with merged cells around it (the header rows over it, 收入 / 支出
over 项目名称 / 金额 / …, and a 合计 row whose label spans two columns) are groups of fewer
lines; they are kept as short rows, as a web copy without its merged cells gives them.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ... import patterns
from ...model import SourceBlock
from .common import (_FIGURE_CELL, _GROUP_CELL_MAX, _copied_table_words, _is_blank, _is_disclosure_header_word, _Line,
                     _stripped, _table_block)

# the fewest full rows in a run, and the widest table looked for
_LEAST_ROWS = 3
_MOST_COLUMNS = 16
# the longest header cell (功能科目名称, 一般公共预算财政拨款 …)
_HEADER_CELL_MAX = 20


def _grouped_grid_tables(lines: list[_Line], text: str, taken: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """The tables of the grouped form found by the rhythm of their full rows (see the module's
    docstring): {first line: (table block, line after it)}."""
    n = len(lines)

    def words(k: int) -> str:
        return text[lines[k].start : lines[k].end].strip()

    def cell(k: int) -> bool:
        # a cell line: not in a table found already, no TAB, not a paragraph
        return (k < n and k not in taken and "\t" not in text[lines[k].start : lines[k].end]
                and len(words(k)) <= _GROUP_CELL_MAX)

    def figure(k: int) -> bool:
        return _FIGURE_CELL.match(words(k).replace(" ", "")) is not None

    def full_row(p: int, width: int) -> bool:
        # ``width`` cell lines from ``p``, not all empty, none a table's title or unit line, then
        # the blank line that ends the row
        return (all(cell(k) for k in range(p, p + width + 1)) and _is_blank(lines[p + width], text)
                and any(not _is_blank(lines[k], text) for k in range(p, p + width))
                and not any(_title_or_unit(words(k)) for k in range(p, p + width)))

    def header_row(p: int, width: int) -> bool:
        cells = [words(k) for k in range(p, p + width) if not _is_blank(lines[k], text)]
        return sum(map(_is_disclosure_header_word, cells)) >= 2 and not any(map(_FIGURE_CELL.match, cells))

    def run(p: int, width: int) -> tuple[list[int], list[bool | None]]:
        """The starts of the full rows from ``p`` whose columns keep one kind each, figures (True)
        or words (False): a row that puts a word under figures (a row with a merge read out of
        step) ends the run."""
        starts: list[int] = []
        columns: list[bool | None] = [None] * width
        while full_row(p, width):
            row = [None if _is_blank(lines[p + c], text) else figure(p + c) for c in range(width)]
            if not starts and header_row(p, width):
                starts.append(p)  # the header, as wide as the table (项目 / 决算数 / 项目 / 决算数)
                p += width + 1
                continue
            if any(k is not None and columns[c] is not None and k != columns[c] for c, k in enumerate(row)):
                break
            columns = [columns[c] if k is None else k for c, k in enumerate(row)]
            starts.append(p)
            p += width + 1
        return starts, columns

    def fits(p: int, width: int, columns: list[bool | None]) -> bool:
        # a further full row whose cells keep their columns' kinds (None: a column empty so far)
        return full_row(p, width) and all(
            _is_blank(lines[p + c], text) or columns[c] is None or figure(p + c) == columns[c] for c in range(width))

    def group_end(p: int) -> int:
        while p < n and cell(p) and not _is_blank(lines[p], text):
            p += 1
        return p

    def short_row(p: int, width: int) -> int | None:
        # a row with merged cells inside the table (合计 over two columns): fewer lines than the
        # table is wide, one figure at least, then its blank line
        e = group_end(p)
        if not p < e < p + width or e >= n or not cell(e) or not any(figure(k) for k in range(p, e)):
            return None
        return e

    found: dict[int, tuple[SourceBlock, int]] = {}
    s = 0
    while s < n:
        if not cell(s) or _is_blank(lines[s], text) or s > 0 and not _is_blank(lines[s - 1], text):
            s += 1
            continue
        best: tuple[int, int, list[bool | None], list[int]] | None = None  # (lines covered, width, kinds, row starts)
        for width in range(2, _MOST_COLUMNS + 1):
            starts, kinds = run(s, width)
            if len(starts) < _LEAST_ROWS or not any(kinds):
                continue  # too short, or no column of figures: no table of figures
            covered = len(starts) * (width + 1)
            if best is None or covered > best[0]:
                best = (covered, width, kinds, starts)
        if best is None:
            s += 1
            continue
        _, width, columns, starts = best
        # a run may start out of step, at a cell whose row's end falls on a column always empty
        # (the 6.20 closing a 合计 row, then 201 / / / 一般公共服务支出 …): of the runs of this width
        # starting within a row from here, the one whose rows open with a cell most often
        def opened(run_starts: list[int]) -> int:
            return sum(not _is_blank(lines[q], text) for q in run_starts)

        for d in range(1, width + 1):
            q = s + d
            if q < n and cell(q) and not _is_blank(lines[q], text) and _is_blank(lines[q - 1], text):
                other, kinds = run(q, width)
                if len(other) >= _LEAST_ROWS and any(kinds) and opened(other) > opened(starts):
                    starts, columns = other, kinds
        s = starts[0]
        rows = [[_stripped(lines[k], text) for k in range(p, p + width)] for p in starts]
        p = starts[-1] + width + 1
        short = 0  # the width of the last short row
        while True:
            if fits(p, width, columns):
                rows.append([_stripped(lines[k], text) for k in range(p, p + width)])
                p += width + 1
                continue
            e = short_row(p, width)
            if e is None and short and not _is_blank(lines[p], text) and p + short < n and full_row(p, short):
                # a row merged as the one before it (上年结转资金 / 结转下年资金 under 当年收入小计 /
                # 当年支出小计), its empty cells blank lines too
                e = p + short
            if e is None:
                break
            rows.append(_short_row(text, [_stripped(lines[k], text) for k in range(p, e)], width))
            short, p = e - p, e + 1
        # the total row above the first full row: its label merged over the columns of words, then
        # a line for each column of figures after them, empty ones blank (合计 / 2,946.25 / / 6.20)
        tail = 1 + max((c for c in range(width) if columns[c] is False), default=-1)
        above = s
        t = s - 1 - (width - tail + 1)
        if (tail < width and t >= 0 and all(cell(k) for k in range(t, s)) and not figure(t)
                and not _is_blank(lines[t], text) and len(words(t)) <= 20
                and all(_is_blank(lines[k], text) or figure(k) for k in range(t + 1, s - 1))):
            total = [_stripped(lines[t], text)] + [_stripped(lines[k], text) for k in range(t + 1, s - 1)]
            at = total[0][1]
            rows.insert(0, [total[0], *[(at, at)] * (tail - 1), *total[1:]])
            above = t
        first, head = _header_rows(lines, text, above, width, cell)
        found[first] = (_table_block(head + rows, "grouped"), p)
        taken = taken | set(range(first, p))
        s = p
    return found


def _header_rows(lines: list[_Line], text: str, s: int, width: int, cell) -> tuple[int, list[list[tuple[int, int]]]]:
    """The header rows above the first full row at line ``s``: the groups of header words parted by
    one blank line (收入 / 支出, then 项目名称 / 金额 / 功能分类 / 支出用途), as many lines as the table
    has columns at most.  The top one follows the table's title with no blank line between
    (公开01表 / 收支预算总表 / 单位：万元 / 收入 / 支出): only its last lines of header words are
    the header."""
    rows: list[list[tuple[int, int]]] = []
    first = s
    end = s - 1  # the blank line that ends the group above
    if s > 0 and cell(s - 1) and not _is_blank(lines[s - 1], text):
        end = s  # the row below follows this group with no blank line (类 / 款 / 项, then 合计 …)
    while end > 0 and cell(end) and (end == s or _is_blank(lines[end], text)):
        start = end
        while start - 1 >= 0 and cell(start - 1) and not _is_blank(lines[start - 1], text) and end - start < width:
            start -= 1
        # the table's title or unit line (收支预算总表, 单位：万元) and what is above it: no header
        top = next((k for k in range(end - 1, start - 1, -1) if _title_or_unit(text[lines[k].start : lines[k].end])), None)
        if top is not None:
            start = top + 1
            if start == end:
                break
        group = [text[lines[k].start : lines[k].end] for k in range(start, end)]
        inner = top is None and start > 0 and _is_blank(lines[start - 1], text)
        if top is not None:
            pass  # the lines after the title are the top row of the header
        elif not inner:
            # the top row, after lines of its own: its last lines of header words
            start = end
            while start - 1 >= 0 and _is_disclosure_header_word(text[lines[start - 1].start : lines[start - 1].end]) \
                    and end - start < width:
                start -= 1
        elif not (any(_is_disclosure_header_word(w) for w in group)
                  and all(len(w.strip()) <= _HEADER_CELL_MAX and not _FIGURE_CELL.match(w.strip()) for w in group)
                  or not rows and _is_total_row(group)):
            # a row of header words, short and no figure, one a table's header word at least; or
            # the 合计 row above the first full row, its label merged over the code and name columns
            break
        if start == end:
            break
        rows.insert(0, _short_row(text, [_stripped(lines[k], text) for k in range(start, end)], width))
        first = start
        if not inner or top is not None or start < end - len(group):
            break  # the title's lines above
        end = start - 1
    return first, rows


def _is_total_row(cells: list[str]) -> bool:
    """A short row of a label and its figures (合计 / 37,188.34): a word first, figures after it."""
    words = [c.strip() for c in cells]
    return (len(words) >= 2 and 0 < len(words[0]) <= _HEADER_CELL_MAX and not _FIGURE_CELL.match(words[0])
            and all(_FIGURE_CELL.match(w.replace(" ", "")) for w in words[1:]))


def _short_row(text: str, cells: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """A row of fewer cells than the table's columns.  A label and its figures (合计 / 37,188.34, the
    label merged over the code and name columns) has its figures under the last columns, where the
    full rows have theirs; other rows stay as they come (a web copy without merged cells)."""
    if len(cells) >= width or not _is_total_row([text[a:b] for a, b in cells]):
        return cells
    at = cells[0][1]
    return [cells[0], *[(at, at)] * (width - len(cells)), *cells[1:]]


@lru_cache(maxsize=1)
def _title_line() -> regex.Pattern[str]:
    return patterns.compile_pattern("budget", patterns.load("budget")["copied_table"], "title_line")


def _title_or_unit(line: str) -> bool:
    """A table's title (收支预算总表) or its unit line (单位：万元), which stand above its header."""
    line = line.strip()
    return bool(_copied_table_words()["unit_line"].search(line) or _title_line().search(line))
