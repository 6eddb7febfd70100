"""The header of an indicator table copied out of a PDF viewer a row a line.

The header row of such a table is a line of column words apart by one space (一级指标 二级指标 三级指标
分值 指标值 实际完成值 得分 扣分原因, ``_row_header_roles``); the readers of the rows below tell their
cells apart by the kinds of these columns.  A header whose cells are of several lines comes in
other shapes, each read here: its words over two or three lines, the upper and lower parts of a
cell on the top and bottom lines (``_stacked_header``); a line under it of the columns one of its
cells spans (``_sub_header``); the cells after one that wrapped on lines of their own
(``_header_lines``); the rests of cells that wrapped on the line under it (``_header_rest``).
Where the copy leaves a reading open (which cells the words under the header split or end), the
rows below decide: the reading whose columns their words fill and fit best (``_rows_fit``).
``_header_rows`` gathers them for ``pdf_rows._pdf_row_table``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

import regex

from ... import patterns
from .common import (
    _PDF_KINDS,
    _SENTENCE_CLOSE,
    _WIDE_GAP,
    _column_role,
    _column_roles,
    _display_width,
    _is_level,
    _Line,
    _vocabulary,
)
from .pdf_row_levels import _a_level, _level_part
from .pdf_row_words import _BARE_FIGURE, _OPERATOR_CELL, _gap_tokens, _rows_fit
from .pdf_text import _is_footer


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


# (the header's rows of cells, their column roles, each header cell's further spans where it
# wrapped, the line after the header)
_Header = tuple[list[list[tuple[int, int]]], list[str], dict[int, tuple[tuple[int, int], ...]], int]


def _header_rows(lines: list[_Line], text: str, h: int, roles: list[str], taken: set[int],
                 stacked: _Stacked | None) -> _Header:
    """The header that starts on line ``h`` (a line of column words of these roles, or a header
    over several lines, ``stacked``) with the lines under it that belong to it: a line of the
    columns its first word spans (绩效指标 over 一级指标 二级指标 三级指标), a line of the columns one of its
    cells spans (``_sub_header``), the cells after one that wrapped (``_header_lines``), the rests
    of cells that wrapped (``_header_rest``)."""
    out: list[list[tuple[int, int]]] = [_gap_tokens(lines[h], text)]
    k = h + 1
    if stacked:  # a header over several lines, its columns known (``_stacked_header``)
        roles, heads, k = stacked
        out = [[spans[0] for spans in heads]]
    # a header of two lines: the first word of the upper one (绩效指标) spans the columns the
    # lower one names (一级指标 二级指标 三级指标), the rest stand over both lines
    lower = _row_header_roles(lines[k], text) if not stacked and k < len(lines) and k not in taken else None
    if (lower and roles[0] in ("text", "levels") and "figure" not in [_PDF_KINDS.get(r) for r in lower]
            and all(_PDF_KINDS.get(r) in ("level", "name") for r in lower)):
        roles = lower + roles[1:]
        out.append(_gap_tokens(lines[k], text) + out[0][1:])
        k += 1
    elif not stacked and k < len(lines) and k not in taken and (split := _sub_header(lines, text, k, roles)):
        j, sub = split
        toks = out[0]
        roles = roles[:j] + sub + roles[j + 1 :]
        out.append(toks[:j] + _gap_tokens(lines[k], text) + toks[j + 1 :])
        k += 1
    header_more: dict[int, tuple[tuple[int, int], ...]] = {}  # header cell -> the rest of its words, wrapped
    if k == h + 1 and k < len(lines) and (cont := _header_lines(lines, text, k, taken, roles)):
        # the header's cells after one that wrapped, on the lines under it (… 指标值 / 实际完成 / 值 /
        # 得分 扣分原因)
        cells, more_roles, k = cont
        header_more = {len(out[0]) + c: tuple(spans[1:]) for c, spans in enumerate(cells) if len(spans) > 1}
        out[0] = out[0] + [spans[0] for spans in cells]
        roles = roles + more_roles
    elif k == h + 1 and k < len(lines) and k not in taken and (rest := _header_rest(lines[k], text, out[0], roles)):
        if (top := _centred_last(lines, text, h, taken, len(out[0]), rest)) is not None:
            # the words above and under the header are one more column's, centred on its line
            # (偏差原因分析及改进 / 一级指标 … 得分 / 措施), not the rest of the last cell
            out[0] = [*out[0], top]
            roles = [*roles, "text"]
            header_more = {len(out[0]) - 1: (rest[len(out[0]) - 2],)}
            return out, roles, header_more, k + 1
        header_more = {c: (span,) for c, span in rest.items()}
        for c, (a, b) in rest.items():
            role = _column_role(text[out[0][c][0] : out[0][c][1]] + text[a:b])
            roles = [*roles[:c], role if role is not None else roles[c], *roles[c + 1 :]]
        k += 1
    return out, roles, header_more, k


def _centred_last(lines: list[_Line], text: str, h: int, taken: set[int], cells: int,
                  rest: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the upper part of a header cell after the last of the header's line, centred on
    it: its upper part alone on the line above, its lower part the only word under the header
    (偏差原因分析及改进 / 一级指标 … 分值 得分 / 措施), neither a column word of its own; else None."""
    if h < 1 or h - 1 in taken or list(rest) != [cells - 1]:
        return None
    content = text[lines[h - 1].start : lines[h - 1].end].strip()
    toks = _gap_tokens(lines[h - 1], text)
    if (len(toks) != 1 or "\t" in content or "|" in content or _SENTENCE_CLOSE.search(content)
            or _is_footer(content) or _BARE_FIGURE.match(content)):
        return None
    below = text[rest[cells - 1][0] : rest[cells - 1][1]]
    if (_column_role(content) is not None or _column_role(below) is not None
            or _display_width(content + below) > 2 * _HEADER_WORD_MAX):
        return None
    return toks[0]


# the widest a column word of a header is (display columns): 偏差原因分析及改进措施 is 22
_HEADER_WORD_MAX = 12


# A header whose words come over up to three lines, as a PDF viewer copies a header row whose
# cells are of one, two or three lines, each line of text apart:
#     一级 二级 绩效指标值
#     三级指标 分值 得分
#     指标 指标 年度目标值 实际完成值
# A cell of two lines gives its upper part to the top line and its lower part to the bottom line
# (一级 / 指标 -> 一级指标), in column order on both; a cell of one line stands in the middle line
# (三级指标, 分值, 得分), or, in a cell over two columns, on top (绩效指标值 over 年度目标值 实际完成值).
# Which columns the middle words come between, the copy does not show: the rows below tell, as
# for ``_sub_header``.

# (column roles, each column's header spans (its upper part first), the line after the header)
_Stacked = tuple[list[str], list[list[tuple[int, int]]], int]

# the longest word of such a header: column words are short (偏差原因分析, 及改进措施)
_STACKED_WORD_MAX = 10
# how many rows under the header tell where the middle line's columns go
_STACKED_ROWS = 12


def _stacked_line(line: _Line, text: str) -> list[tuple[int, int]] | None:
    content = text[line.start : line.end]
    if not content.strip() or "\t" in content or "|" in content or _WIDE_GAP.search(content.strip()):
        return None
    toks = _gap_tokens(line, text)
    if any(b - a > _STACKED_WORD_MAX or _BARE_FIGURE.match(text[a:b]) for a, b in toks):
        return None
    return toks


def _join_top_bottom(top: list[str], bottom: list[str]) -> list[tuple[int | None, int | None]] | None:
    """The columns of a header's top and bottom lines, in order: (top word, bottom word) indices,
    either None where the column's word stands on one line only.  A pair joins when its words,
    one at least no column word alone, make one (一级 + 指标, 实际完成 + 值, 度量 + 单位), or when
    neither is nor makes one (a remark: 偏差原因分析 + 及改进措施)."""
    NEG = float("-inf")
    n, m = len(top), len(bottom)
    best = [[NEG] * (m + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], tuple[int, int]] = {}
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == NEG:
                continue
            moves = []
            if i < n and j < m:
                rt, rb, rj = _column_role(top[i]), _column_role(bottom[j]), _opening_role(top[i] + bottom[j])
                # (指标 + 性质: two column words alone that make a third; 绩效指标值 over 年度目标值
                # makes none other than the upper's own)
                if rj is not None and (rt is None or rb is None or rj != rt):
                    moves.append((i + 1, j + 1, 2.0))
                elif rt is None and rb is None and rj is None:
                    moves.append((i + 1, j + 1, 1.0))
            if i < n:
                moves.append((i + 1, j, 0.0 if _column_role(top[i]) else -1.0))
            if j < m:
                moves.append((i, j + 1, 0.0 if _column_role(bottom[j]) else -1.0))
            for a, b, gain in moves:
                if best[i][j] + gain > best[a][b]:
                    best[a][b], back[a, b] = best[i][j] + gain, (i, j)
    out: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        a, b = back[i, j]
        out.append((a if i > a else None, b if j > b else None))
        i, j = a, b
    out.reverse()
    # between two joined columns: a top word alone (a column word) over two bottom words alone or
    # more spans them (绩效指标值 over 年度目标值 实际完成值), and names no column of its own
    keep: list[tuple[int | None, int | None]] = []
    run: list[tuple[int | None, int | None]] = []
    for c in out + [(-1, -1)]:
        if c[0] is not None and c[1] is not None:
            tops = [d for d in run if d[1] is None]
            bottoms = [d for d in run if d[0] is None]
            if len(bottoms) >= 2:
                tops = [d for d in tops if _column_role(top[d[0]]) is None]  # type: ignore[index]
            keep.extend(tops + bottoms)
            run = []
            if c != (-1, -1):
                keep.append(c)
        else:
            run.append(c)
    if sum(1 for t, b in keep if t is not None and b is not None) < 2:
        return None  # no header split over lines: two columns at least join
    return keep


def _opening_role(word: str) -> str | None:
    """The column a word names from its first character (一级指标, 度量单位), or None: a word
    joined of two makes a column word only so (二级 + 年度目标值 makes none)."""
    if not 0 < len(word) <= 20:
        return None
    for role, pattern in _column_roles():
        m = pattern.search(word)
        if m:
            return role if m.start() == 0 else None
    return None


def _stacked_header(lines: list[_Line], text: str, h: int) -> _Stacked | None:
    """The columns of a header whose words come over two or three lines from ``h`` (see above),
    or None."""
    for size in (3, 2):
        if h + size > len(lines):
            continue
        toks = [_stacked_line(lines[k], text) for k in range(h, h + size)]
        if any(t is None for t in toks):
            continue
        top, bottom = toks[0], toks[-1]
        middle = toks[1] if size == 3 else []
        word = lambda span: text[span[0] : span[1]]  # noqa: E731
        if any(_column_role(word(t)) is None for t in middle):
            continue  # the middle line holds whole column words only
        pairs = _join_top_bottom([word(t) for t in top], [word(t) for t in bottom])
        if pairs is None:
            continue
        columns: list[tuple[str, list[tuple[int, int]]]] = []
        for t, b in pairs:
            spans = ([top[t]] if t is not None else []) + ([bottom[b]] if b is not None else [])
            columns.append((_column_role("".join(word(s) for s in spans)) or "text", spans))
        mids = [(_column_role(word(t)) or "text", [t]) for t in middle]
        if sum(r != "text" for r, _ in columns + mids) < max(_vocabulary()[1], 4):
            continue
        rows = _figure_rows(lines, text, h + size, _STACKED_ROWS)
        if not rows:
            continue
        best, chosen = None, None
        width = len(columns) + len(mids)
        for at in combinations(range(width), len(mids)):
            trial, ci, mi = [], iter(columns), iter(mids)
            for x in range(width):
                trial.append(next(mi) if x in at else next(ci))
            roles = [r for r, _ in trial]
            kinds = [_PDF_KINDS.get(r) for r in roles]
            if "name" in kinds and "level" in kinds[kinds.index("name") :]:
                # a table's levels stand before the indicators they group (一级 二级 三级指标): rows
                # whose level cells merged away (控辍保学 定性 …) would fit the name first as well
                continue
            # where the rows fit two orders alike (a figure fits a value column as well), the
            # columns' usual order, that of ``[[column]]`` (一级指标 … 指标值 … 实际完成值 分值 得分)
            score = (*_rows_fit(roles, rows), -_disorder(roles))
            if best is None or score > best:
                best, chosen = score, trial
        if chosen is None:
            continue
        return [r for r, _ in chosen], [spans for _, spans in chosen], h + size
    return None


def _disorder(roles: list[str]) -> int:
    """How many pairs of columns stand in the other order than in ``[[column]]`` (text columns
    aside)."""
    order = {role: x for x, (role, _) in enumerate(_column_roles())}
    at = [order[r] for r in roles if r in order]
    return sum(1 for x in range(len(at)) for y in range(x + 1, len(at)) if at[x] > at[y])


# The rest of a header's cells that wrapped, on the line under it (年度指标值 实际完成值 … 偏差原因分析及改进
# / （A） （B） 措施; 全年实际 / 完成值): a few short words, no figure among them, each the end of one
# header cell, in column order.  Which cells they end, the words tell: a word that makes a cell a
# column word (全年实际 + 完成值), a mark of a formula (（A）, （B/A）) on a value's or a figure's column,
# the rest of a column of no known role (偏差原因分析及改进 + 措施).
_HEADER_REST_MAX = 10  # display columns of a header cell's rest: 5 Han characters
_FORMULA_MARK = regex.compile(r"^[（(][A-Za-z/×*+\-]{1,5}[)）]$")


def _rest_fit(head: str, role: str, word: str) -> float:
    if _is_level(word):
        return float("-inf")  # a row's level cell (产出指标), not a header's rest
    joined = _column_role(head + word)
    if role == "text":
        # a column word completed (全年实际 + 完成值), else a remark's rest (…改进 + 措施)
        return 3 if joined is not None else (1 if _column_role(word) is None else float("-inf"))
    if joined != role:
        return float("-inf")
    if _FORMULA_MARK.match(word):
        return {"value": 2, "figure": 1.5}.get(_PDF_KINDS.get(role, "text"), 0.5)
    return 0.5


def _header_rest(line: _Line, text: str, head: list[tuple[int, int]],
                 roles: list[str]) -> dict[int, tuple[int, int]] | None:
    """The header cells the words of the line under a header end (see above): cell -> word's span,
    or None when the line is no such rest (a row, prose, a line of column words)."""
    content = text[line.start : line.end].strip()
    toks = _gap_tokens(line, text)
    if (not toks or len(toks) > len(head) or "\t" in content or "|" in content
            or _SENTENCE_CLOSE.search(content) or _is_footer(content)):
        return None
    words = [text[a:b] for a, b in toks]
    if any(_BARE_FIGURE.match(w) or _display_width(w) > _HEADER_REST_MAX or _OPERATOR_CELL.match(w)
           for w in words):
        return None
    heads = [text[a:b] for a, b in head]
    NEG = float("-inf")
    n, m = len(words), len(head)
    # best[i][c]: the first i words given to cells before c
    best = [[NEG] * (m + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], tuple[int, int]] = {}
    best[0][0] = 0.0
    for c in range(m):
        for i in range(n + 1):
            if best[i][c] == NEG:
                continue
            if best[i][c] > best[i][c + 1]:  # cell c ends on the header's line
                best[i][c + 1], back[i, c + 1] = best[i][c], (i, c)
            if i < n:
                score = best[i][c] + _rest_fit(heads[c], roles[c], words[i])
                if score > best[i + 1][c + 1]:
                    best[i + 1][c + 1], back[i + 1, c + 1] = score, (i, c)
    if best[n][m] == NEG:
        return None
    out: dict[int, tuple[int, int]] = {}
    i, c = n, m
    while c > 0:
        pi, pc = back[i, c]
        if pi < i:
            out[pc] = toks[pi]
        i, c = pi, pc
    return out


# A header row one of whose cells wrapped, copied cell by cell: the cells before it on the first
# line, the wrapped cell's lines each on a line of its own, the cells after it on the next line
#     一级指标 二级指标 三级指标 分值 指标值
#     实际完成
#     值
#     得分 扣分原因
# A line of one word no column word alone (值) goes on the cell of the line of one word above it;
# any other word is a cell of its own.  Taken only when two lines at least name columns the first
# did not (实际完成值, 得分): a wrapped cell's rest alone on one line (偏差原因分析及 / 改进措施, 全年实际
# / 完成值) is ``_header_rest``'s.
_HEADER_LINES_MAX = 4


def _header_lines(lines: list[_Line], text: str, k: int, taken: set[int],
                  roles: list[str]) -> tuple[list[list[tuple[int, int]]], list[str], int] | None:
    """The header cells on the lines from ``k`` (see above): (each cell's spans, their roles, the
    line after them), or None."""
    cells: list[list[tuple[int, int]]] = []
    alone = False  # the line above held one word
    j = k
    while j < len(lines) and j - k < _HEADER_LINES_MAX and j not in taken:
        content = text[lines[j].start : lines[j].end].strip()
        toks = _gap_tokens(lines[j], text)
        words = [text[a:b] for a, b in toks]
        if (not toks or "\t" in content or "|" in content or _SENTENCE_CLOSE.search(content)
                or _is_footer(content) or any(
                    _BARE_FIGURE.match(w) or _OPERATOR_CELL.match(w) or len(w) > _STACKED_WORD_MAX
                    or _a_level(w) or _level_part(w) for w in words)):
            break
        if len(toks) == 1 and alone and cells and _column_role(words[0]) is None:
            cells[-1].append(toks[0])
        else:
            cells.extend([t] for t in toks)
        alone = len(toks) == 1
        j += 1
    if j - k < 2:
        return None  # one line: a wrapped cell's rest (全年实际 / 完成值), ``_header_rest``'s
    joined = ["".join(text[a:b] for a, b in spans) for spans in cells]
    more = [_column_role(w) or "text" for w in joined]
    new = {r for r in more if r != "text"} - set(roles)
    if len(cells) == 1 and len(cells[0]) > 1 and "text" not in roles and _remark_word(joined[0]):
        # the header's last cell, a remark (偏差原因分析及改 / 进措施), wrapped on lines of its own
        # after the cells of one line: they share no baseline with it, being vertically centred
        return cells, more, j
    if not new or more.count("text") > 1 or len(set(more) - {"text"}) < len(more) - more.count("text"):
        return None
    return cells, more, j


@lru_cache(maxsize=1)
def _remark_words() -> regex.Pattern[str]:
    """The header words of a remark column (偏差原因分析及改进措施, 备注): ``[table.record] words``
    of ``patterns/indicators.toml``."""
    return patterns.compile_pattern("indicators", patterns.load("indicators")["table"]["record"], "words")


def _remark_word(word: str) -> bool:
    return _remark_words().match(word) is not None


# how many rows under a header show which of its cells the line under it splits
_SPLIT_ROWS = 30


def _sub_header(lines: list[_Line], text: str, k: int, roles: list[str]) -> tuple[int, list[str]] | None:
    """A line of a few value column words under a header (目标值 实际完成值 under 一级指标 … 评价情况
    得分): the columns one cell of the header (评价情况, a word of no known role) spans.  Which cell
    it is, the rows below tell: the one that leaves the fewest cells of theirs empty (a column is
    seldom blank), then whose columns fit their words best.  (index of that cell in the header, the
    roles of its columns), or None."""
    words = [text[a:b] for a, b in _gap_tokens(lines[k], text)]
    sub = [_column_role(w) for w in words]
    if not 2 <= len(words) <= 4 or any(r is None or _PDF_KINDS.get(r) != "value" for r in sub):
        return None
    rows = _figure_rows(lines, text, k + 1, _SPLIT_ROWS)
    best, chosen = None, None
    for j, role in enumerate(roles):
        if role != "text":
            continue
        trial = roles[:j] + sub + roles[j + 1 :]
        score = _rows_fit(trial, rows)
        if best is None or score > best:
            best, chosen = score, j
    return (chosen, sub) if chosen is not None and rows else None


def _figure_rows(lines: list[_Line], text: str, start: int, most: int) -> list[list[str]]:
    """The words of up to ``most`` rows from line ``start`` on that hold two bare figures at least
    (a weight, a score: rows, not the rest of a cell that wrapped), read until a blank line (the
    table has ended) or over ``3 * most`` lines: the rows that show which reading of a header fits."""
    rows = []
    for m in range(start, min(len(lines), start + 3 * most)):
        row = [text[a:b] for a, b in _gap_tokens(lines[m], text)]
        if not row:
            break  # a blank line: the table has ended
        if len(row) >= 2 and sum(1 for w in row if _BARE_FIGURE.match(w)) >= 2:
            rows.append(row)
        if len(rows) == most:
            break
    return rows
