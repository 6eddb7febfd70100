"""Indicator tables copied out of a PDF viewer a row a line, cells apart by one space.

A PDF viewer copies each visual line of a table as its cells' text apart by one space; empty
cells leave nothing, and a long cell wraps so that its rest comes on the lines after its row
(产出指标 数量指标 培训人次 ≥500人次 612人次 10 10 / 00人次).  The header row is a line of column
words (``pdf_row_header``); the cells of each row below are told apart by kind, since the empty
ones have vanished (``pdf_row_words``).  A line of two bare figures at least is a row's; the
lines between rows hold the rests of cells that wrapped (``pdf_row_wraps``) and the words of
merged level cells (``pdf_row_levels``).  The short rows above the header (项目名称 …, 年度资金总额
380.00 …) come with the table, as the other forms keep them.  This module finds the tables and
reads their rows line by line (``_pdf_row_tables``, ``_pdf_row_table``).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ... import patterns
from ...model import SourceBlock
from .common import _GROUP_CELL_MAX, _PDF_KINDS, _SENTENCE_CLOSE, _is_level, _Line, _table_block, _total_row
from .pdf_row_header import _header_rows, _row_header_roles, _Stacked, _stacked_header
from .pdf_row_levels import (
    _a_level,
    _centre_first_level,
    _centre_levels,
    _join_level_rests,
    _leading_levels,
    _level_part,
    _table_levels,
)
from .pdf_row_words import _BARE_FIGURE, _gap_tokens, _place_words
from .pdf_row_wraps import (
    _HEAD_SLACK,
    _WRAP_MIN,
    _give_heads,
    _heads_above,
    _join_wrapped,
    _line_width,
    _name_width,
    _split_lines,
)
from .pdf_text import _is_footer


def _pdf_row_tables(lines: list[_Line], text: str, taken: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """Indicator tables copied out of a PDF viewer a row a line (see the module's docstring): first
    line -> (table block, line after it)."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    k = end = 0  # lines before ``end`` belong to a table already
    while k < len(lines):
        roles = None if k in taken else _row_header_roles(lines[k], text)
        table = _pdf_row_table(lines, text, k, roles, taken) if roles else None
        if table is None and roles is None:
            # a header whose words come over two or three lines (一级 二级 … / 三级指标 分值 得分 /
            # 指标 指标 …).  The readers of a cell a line take such a header's lines for cells of
            # theirs (each line holds column words); the header split over lines is the surer
            # reading, and taking the same first line its table stands for theirs
            stacked = _stacked_header(lines, text, k)
            if stacked:
                table = _pdf_row_table(lines, text, k, stacked[0], set(), stacked)
        if table is None:
            k += 1
            continue
        # a header cell centred on the header's line starts on the line above it (偏差原因分析及改进)
        block, after = table
        head = k
        while head > end and lines[head].start > min(c.start for c in block.rows[0]):
            head -= 1
        if head < k:
            block.start = lines[head].start
            k = head
        # the rows above the header (项目名称 …, 项目资金 年初预算数 …, 年度资金总额 380.00 …)
        # belong to the table as the other forms keep them: short lines of two words or more
        top = k
        while top - 1 >= end and top - 1 not in taken and k - top < _PDF_ABOVE and (
                _above_row(lines[top - 1], text) or _labelled_row(lines[top - 1], text)
                or _wrapped_rest(lines[top - 1], text)):
            top -= 1
        # the rest of a wrapped cell stands between rows of the head, never on top of it
        while top < k and _wrapped_rest(lines[top], text) and not _above_row(lines[top], text):
            top += 1
        if top < k:
            above = [_project_row(_gap_tokens(lines[a], text), text) for a in range(top, k)]
            whole = _table_block(above + [[(c.start, c.end) for c in row] for row in block.rows], "pdf-copied")
            for row, cells in zip(whole.rows[len(above):], block.rows):
                for cell, was in zip(row, cells):
                    cell.more = was.more  # the further lines of the cells that wrapped
            whole.end = max(whole.end, block.end)
            block = whole
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


# a row of the head of a 自评表 that holds a long text (年度总体目标 落实城乡低保、…): its label, a
# few Han characters, then the text after one space, however long and though it ends a sentence
_HEAD_LABEL = regex.compile(r"^\p{Han}{2,8}$")
# the rest of a head cell that wrapped (静宁县人力资源和社会保障 / 局): a few characters on a line
_WRAPPED_REST_MAX = 12


@lru_cache(maxsize=1)
def _project_words() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The 项目名称 label and the project code before a name (``[project]`` of
    ``patterns/indicators.toml``)."""
    words = patterns.load("indicators")["project"]
    return patterns.compile_pattern("indicators", words, "label"), patterns.compile_pattern("indicators", words, "code")


def _project_row(toks: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """A 项目名称 row whose cell holds the project's code and name apart by a space (项目名称
    52232422T000007315468 困难群众救助补助资金): the copy's one space parts them as it parts cells,
    but they are one cell, as the other forms give it."""
    label, code = _project_words()
    if len(toks) >= 3 and label.match(text[toks[0][0] : toks[0][1]]):
        m = code.match(text[toks[1][0] : toks[1][1]])
        if m and m.end() == toks[1][1] - toks[1][0]:
            return [toks[0], (toks[1][0], toks[2][1]), *toks[3:]]
    return toks


def _labelled_row(line: _Line, text: str) -> bool:
    toks = _gap_tokens(line, text)
    content = text[line.start : line.end].strip()
    return (len(toks) == 2 and _HEAD_LABEL.match(text[toks[0][0] : toks[0][1]]) is not None
            and "\t" not in content and "|" not in content and not _is_footer(content))


def _wrapped_rest(line: _Line, text: str) -> bool:
    content = text[line.start : line.end].strip()
    return (0 < len(content) <= _WRAPPED_REST_MAX and len(_gap_tokens(line, text)) == 1
            and not _SENTENCE_CLOSE.search(content) and not _is_footer(content))


def _pdf_row_table(lines: list[_Line], text: str, h: int, roles: list[str],
                   taken: set[int], stacked: _Stacked | None = None,
                   centred: bool = False) -> tuple[SourceBlock, int] | None:
    """The table whose header starts on line ``h`` (see ``_header_rows``) and the rows under it:
    (table block, line after it), or None.  ``centred``: the copy centres a cell that wrapped on
    its row's line, half its lines above, half below (资助普通高中家庭经 / ≥5200人次 5486人次 10 10 /
    济困难学生人次), which the first reading tells (``_centres_cells``) and a second one follows."""
    given = roles
    out, roles, header_more, k = _header_rows(lines, text, h, roles, taken, stacked)
    kinds = [_PDF_KINDS.get(r, "text") for r in roles]
    nfig = kinds.count("figure")
    if not nfig or "name" not in kinds:
        return None
    name_col = kinds.index("name")
    cell_more: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (row, column) -> its further lines above the row's
    spans_of: dict[int, tuple[int, int]] = {}  # row (in ``out``) -> its first and last line
    level_lines: list[tuple[int, list[tuple[int, int]]]] = []  # (line, level words) between rows
    last: list[tuple[int, int]] | None = None  # the cells of the row above
    rests: dict[int, list[list[tuple[int, int]]]] = {}  # row (in ``out``) -> its wrapped lines' words
    rest_at: dict[int, list[int]] = {}  # row -> the lines of those words
    figure_at: dict[int, int] = {}  # row -> the line of its figures
    before: list[tuple[int, tuple[int, int]]] = []  # lines of one word above the first row
    heads_of: dict[int, int] = {}  # row -> how many lines above its line its empty name took
    label = _label_column(lines, text, k)
    while k < len(lines):
        content = text[lines[k].start : lines[k].end]
        if _is_footer(content) and k not in taken and _goes_on(lines, text, k + 1, nfig):
            k += 1  # a page's footer inside the table: its rows go on on the next page
            continue
        if k in taken or not content.strip() or "\t" in content or _is_footer(content):
            break
        if stacked and "|" in content:
            break  # a table of bars after it (its lines are read past the other readers' claims)
        if _row_header_roles(lines[k], text) is not None:
            break
        toks = _gap_tokens(lines[k], text)[1 if k in label else 0 :]
        if not toks:
            k += 1
            continue
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
            first_line = k  # the row's first line
            if last is None and before:
                if row[name_col][0] != row[name_col][1]:
                    k = before[0][0]  # the lines above the first row are no cell of it
                    break
                # the first row's cells that wrapped, each line on a line of its own above the
                # line of its single-line cells (运维农村生活污水处 / 理设施数量 / ≥1200座 1236座 10 10 /)
                first_line = before[0][0]
                _give_lines(row, [t for _, t in before], name_col, kinds, roles, cell_more, len(out), text)
                heads_of[len(out)] = len(before)
            elif row[name_col][0] == row[name_col][1] and last is not None:
                # a row of no name under lines of one word each: a name that wrapped stands above
                # the line of its row's other cells (低保对象动态管理准 / 确率 / ≥95% 98.6% 5 5),
                # not the rest of the row above's cells
                prev = len(out) - 1
                above = rests[prev]
                moved: list[tuple[int, int]] = []
                # (not past a line of level words: the lines above it end the row above's cells,
                # 挂牌督办 / — 4 — / 成本指标 / 经济成本指 / 标 / 河道保洁单位成本 / … / 6 6 /)
                floor = max((line for line, _ in level_lines if line > figure_at[prev]), default=-1)
                # a centring copy gives the row above as many lines under its line as its name
                # had above it: those end its name
                keep = heads_of.get(prev, 0) if centred else 0
                while len(above) > keep and len(above[-1]) == 1 and rest_at[prev][-1] >= floor:
                    moved.insert(0, above.pop()[0])
                    first_line = rest_at[prev].pop()
                if moved:
                    _give_lines(row, moved, name_col, kinds, roles, cell_more, len(out), text)
                    heads_of[len(out)] = len(moved)
                    # those lines are this row's, no longer the row above's
                    spans_of[prev] = (spans_of[prev][0], rest_at[prev][-1] if rest_at[prev] else figure_at[prev])
            out.append(row)
            last = row
            rests[len(out) - 1] = []
            rest_at[len(out) - 1] = []
            figure_at[len(out) - 1] = k
            spans_of[len(out) - 1] = (first_line, k)
            k += 1
            continue
        if len(content) > _GROUP_CELL_MAX:
            break
        # a merged level cell's word, vertically centred on its block (项目立项, 决策 绩效目标): the
        # leading words of a line between rows that are levels, or end the level above (可持续 / 影响)
        lead = _leading_levels(words, level_lines, out, kinds, text)
        if lead:
            level_lines.append((k, toks[:lead]))
            toks = toks[lead:]
        if last is None:
            if lead and not toks:
                k += 1
                continue
            if len(toks) == 1 and len(before) < _BEFORE_MAX and not _SENTENCE_CLOSE.search(content.strip()):
                before.append((k, toks[0]))  # a cell of the first row that wrapped, before its line
                k += 1
                continue
            if before:
                k = before[0][0]
            break
        if toks:
            # the rest of the cells that wrapped: shared out among them once the table's widths are known
            rests[len(out) - 1].append(toks)
            rest_at[len(out) - 1].append(k)
            spans_of[len(out) - 1] = (spans_of[len(out) - 1][0], k)
        k += 1
    if last is None and before:
        k = before[0][0]
    # a header and two rows at least: a header with only its wrapped rest under it (its rows on a
    # page not copied) is no table
    if len(out) < 3 or not stacked and len(out) - (1 if k > h + 1 and out[1][0][0] > out[0][-1][1] else 0) < 3:
        return None
    if not centred and _centres_cells(out, before, heads_of, name_col, text):
        return _pdf_row_table(lines, text, h, given, taken, stacked, centred=True)
    heads: dict[int, list[tuple[int, int]]] = {}
    if stacked or level_lines:
        heads = _heads_above(out, rests, rest_at, figure_at, spans_of, name_col, text)
    block = _table_block(out, "pdf-copied")
    for c, spans in enumerate(stacked[1] if stacked else ()):
        block.rows[0][c].more = tuple(spans[1:])  # the header word's lower part (一级 / 指标)
    for c, spans in header_more.items():
        block.rows[0][c].more = spans
        block.end = max(block.end, spans[-1][1])
    _join_wrapped(block, out, rests, roles, kinds, text)
    for (r, c), spans in cell_more.items():
        cell = block.rows[r][c]
        cell.more = (*spans, *cell.more)
    if heads:
        _give_heads(block, heads, roles, name_col, _name_width(out, name_col, text), text)
    if stacked or level_lines:
        # a copy that keeps the vertical centring of merged cells (its header scrambled over lines,
        # or a level word on a line of its own): each level word stands in the middle of its block
        _centre_levels(block, spans_of, level_lines, kinds, text, figure_at)
    else:
        _join_level_rests(block, sorted(rests), kinds, text)
        _centre_first_level(block, spans_of, kinds)
    return block, k


def _centres_cells(out: list[list[tuple[int, int]]], before: list[tuple[int, tuple[int, int]]],
                   heads_of: dict[int, int], name_col: int, text: str) -> bool:
    """Whether the copy centres a cell that wrapped on its row's line: the first row's name, above
    its line, stops at its column's edge (资助普通高中家庭经 / ≥5200人次 5486人次 10 10), so it goes on
    under that line; a copy that puts a cell's lines all above ends them short (低保对象动态管理准 / 确率
    / ≥95% 98.6% 5 5)."""
    if not before or heads_of.get(1) != len(before):
        return False
    width = _name_width(out, name_col, text)
    a, b = before[-1][1]
    return width >= _WRAP_MIN and _line_width(text[a:b]) >= width - _HEAD_SLACK


# how far apart the lines of a narrow label column's characters may stand, and how many it spells
# at least and at most
_LABEL_GAP = 3
_LABEL_MIN = 3
_LABEL_MAX = 8
_ONE_HAN = regex.compile(r"^\p{Han}$")


def _label_column(lines: list[_Line], text: str, k: int) -> set[int]:
    """The lines from ``k`` on whose first word is a character of a narrow label column, one
    character a line, that spells a section's word over the rows it labels (绩 时效指标 … / 效 经济成本
    … / 指 指标 … / 标 因家庭经济困难失学: 绩效指标).  The column is no level of the rows: the closed
    vocabulary of levels never holds the word it spells (a level so narrow, 产/出/指/标, stays)."""
    run: list[tuple[int, str]] = []
    found: set[int] = set()

    def close() -> None:
        # the longest stretch of the run that spells such a word: a name's last character alone
        # on its line (率, 次) may stand next to the column's
        one, two = _table_levels()
        for n in range(min(len(run), _LABEL_MAX), _LABEL_MIN - 1, -1):
            for i in range(len(run) - n + 1):
                word = "".join(ch for _, ch in run[i : i + n])
                if _is_level(word) and word not in one and word not in two:
                    found.update(j for j, _ in run[i : i + n])
                    return

    j = k
    while j < len(lines):
        content = text[lines[j].start : lines[j].end]
        if not content.strip() or "\t" in content or len(content) > _GROUP_CELL_MAX:
            break  # where the table's rows end too
        if not _is_footer(content):
            toks = _gap_tokens(lines[j], text)
            first = text[toks[0][0] : toks[0][1]]
            if _ONE_HAN.match(first):
                if run and j - run[-1][0] > _LABEL_GAP:
                    close()
                    run = []
                run.append((j, first))
        j += 1
    close()
    return found


# the most lines of one word above a table's first row that may be its cells that wrapped
_BEFORE_MAX = 8
# how far past a page's footer the next row of its table may start (the lines of its cells that wrapped)
_AFTER_FOOTER = 6


def _goes_on(lines: list[_Line], text: str, k: int, nfig: int) -> bool:
    """Whether a table goes on after a page's footer on line ``k - 1``: the next line is a row (two
    bare figures at least), or level words, or lines of one short word each down to a row."""
    for j in range(k, min(len(lines), k + _AFTER_FOOTER)):
        content = text[lines[j].start : lines[j].end].strip()
        if not content or "\t" in content or "|" in content or _is_footer(content):
            return False
        toks = _gap_tokens(lines[j], text)
        words = [text[a:b] for a, b in toks]
        if len(toks) >= 2 and sum(1 for w in words if _BARE_FIGURE.match(w)) >= min(2, nfig):
            return True
        if _a_level(words[0]) or _level_part(words[0]):
            return True
        if len(toks) > 1 or len(content) > _WRAPPED_REST_MAX or _SENTENCE_CLOSE.search(content):
            return False
    return False


def _give_lines(row: list[tuple[int, int]], spans: list[tuple[int, int]], name_col: int, kinds: list[str],
                roles: list[str], cell_more: dict[tuple[int, int], list[tuple[int, int]]], r: int, text: str) -> None:
    """Give the lines of one word above a row's line to its empty name and, where its values are
    empty too, to them (取水许可审批办结时 / 限 / ≤20个工作 / 日 / 平均12个工 / 作日 / 8 8 /), in place."""
    blank = [c for c in range(name_col + 1, len(row)) if kinds[c] == "value"
             and roles[c] not in ("operator", "unit") and row[c][0] == row[c][1]]
    parts = _split_lines([text[a:b] for a, b in spans], len(blank))
    at = 0
    for c, n in zip([name_col, *blank], parts):
        if not n:
            continue
        cell = spans[at : at + n]
        at += n
        row[c] = cell[0]
        if cell[1:]:
            cell_more[r, c] = cell[1:]
