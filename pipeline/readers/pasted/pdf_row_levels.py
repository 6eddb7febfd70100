"""The level cells of indicator tables copied out of a PDF viewer a row a line.

The 一级指标 and 二级指标 of an indicator table are cells merged over the rows they group, and a
PDF viewer copies such a cell's word once: in the middle of its block, on a row's line or on a
line of its own between rows (决策 绩效目标), in some copies at the top of its block (产出指标 /
数量指标 保障重点优抚对象人数 …), in others the first level in the middle and the second on top.
A level word cut at its column's edge comes back in parts (可持续 / 影响, 满意度指标 … / 指标).
Which column a word is in and whether a part ends the word above, the closed vocabulary of levels
tells (``[spans]`` of ``patterns/indicators.toml``); where its block starts, the lines the rows
take.  Each level word goes to the first row of its block, the others left empty (merged above),
as the other forms give them.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ... import patterns
from ...model import SourceBlock
from .common import _is_level

# a level's score closes it: 决策（15分）
# a level cell's weight after it, with or without 分: 决策（15分）, 决策(20)
_SCORED = regex.compile(r"[（(]\d+(?:\.\d+)?分?[)）]$")


@lru_cache(maxsize=1)
def _table_levels() -> tuple[frozenset[str], frozenset[str]]:
    """The first- and second-level words of indicator tables (``[spans]`` and
    ``[spans.table_levels]`` of ``patterns/indicators.toml``)."""
    spans = patterns.load("indicators")["spans"]
    extra = spans.get("table_levels", {})
    return (frozenset(spans["level1"]) | frozenset(extra.get("level1", ())),
            frozenset(spans["level2"]) | frozenset(extra.get("level2", ())))


def _level_of(word: str) -> str | None:
    """"level1" or "level2" for a word of one level only by the vocabulary (its score aside:
    决策（15分）), else None."""
    one, two = _table_levels()
    base = _SCORED.sub("", word)
    if (base in one) == (base in two):
        return None
    return "level1" if base in one else "level2"


def _a_level(word: str) -> bool:
    one, two = _table_levels()
    return word in one or word in two or _is_level(word)


# the shortest start of a level word that tells it cut at its column's edge (可持续影 / 响指标)
_LEVEL_PART_MIN = 3


def _level_part(word: str) -> bool:
    """The start of a level word cut at its column's edge (可持续影, 满意度指, 服务对象满)."""
    one, two = _table_levels()
    return len(word) >= _LEVEL_PART_MIN and not _a_level(word) and any(
        w.startswith(word) for w in one | two)


def _completes(upper: str, word: str) -> bool:
    """A word that ends the level cell above it (社会效益 + 指标, 可持续影 + 响指标)."""
    one, two = _table_levels()
    whole = upper + word  # a word of the vocabulary whole, not any that ends in 指标 (效益指标 + 响指标)
    return (whole in one or whole in two or _level_part(whole)) and (not _a_level(upper) or not _a_level(word))


def _leading_levels(words: list[str], level_lines: list[tuple[int, list[tuple[int, int]]]],
                    out: list[list[tuple[int, int]]], kinds: list[str], text: str) -> int:
    """How many leading words of a line between rows are level words: a level (项目立项), or the
    rest of a level word cut at the column's edge (可持续 / 影响: the word above, no level alone,
    makes one with it).  Never more than the table has level columns."""
    nlevels = kinds.count("level")
    if not nlevels:
        return 0
    # the words of the level cells so far, any of which the line may complete (its whole must be a
    # word of the vocabulary, so that the rest of a name never passes)
    seen = [text[a:b] for _, toks in level_lines for a, b in toks]
    seen += [text[r[c][0] : r[c][1]] for r in out[1:] for c, kd in enumerate(kinds) if kd == "level" and r[c][1] > r[c][0]]
    n = 0
    for w in words[:nlevels]:
        if _a_level(w) or _level_part(w) or any(_completes(t, w) for t in seen):
            n += 1
        else:
            break
    return n


def _centre_levels(block: SourceBlock, spans_of: dict[int, tuple[int, int]],
                   level_lines: list[tuple[int, list[tuple[int, int]]]], kinds: list[str], text: str,
                   figure_at: dict[int, int] | None = None) -> None:
    """Give each level word of a copy that centres merged cells (see ``pdf_rows._pdf_row_table``)
    to the first row of its block, the other rows' cells left empty (merged above, as the other
    forms give them), in place.

    The words come on rows' lines (产出 工程竣工验收合格率 4 …) or on lines of their own between rows
    (决策 绩效目标); which column a word is in, the level vocabulary tells (决策 is a first level,
    项目立项 a second) where the table has two.  Each block of rows runs as far above its word as
    below it, in lines: the blocks are those that cover the rows with each word nearest its
    block's middle."""
    cols = [c for c, kd in enumerate(kinds) if kd == "level"]
    rows = sorted(spans_of)
    if not cols or not rows:
        return
    one, two = _table_levels()
    # every level word with its line: (line, span).  A row's own words stand on its figures'
    # line, above the lines of its cells that wrapped (可持续影响 … 10 8 部分县（市、区） / 指标 管护机制
    # 尚不完善， / 下一步督促完善。: 可持续影响 comes before the 指标 that completes it)
    line_of_row = {r: (figure_at or {}).get(r, spans_of[r][1]) for r in rows}
    words: list[tuple[int, tuple[int, int]]] = []
    for r in rows:
        for c in cols:
            cell = block.rows[r][c]
            if cell.end > cell.start:
                words.append((line_of_row[r], (cell.start, cell.end)))
            cell.start = cell.end = block.rows[r][0].start
            cell.more = ()
    for line, toks in level_lines:
        words.extend((line, t) for t in toks)
    words.sort(key=lambda w: (w[0], w[1][0]))
    # into columns: a word completing the one above (可持续 + 影响) joins it; of two on a line the
    # first is the upper level; a lone word goes by the vocabulary
    per: dict[int, list[tuple[int, list[tuple[int, int]]]]] = {c: [] for c in cols}
    by_line: dict[int, list[tuple[int, int]]] = {}
    line_of: dict[tuple[int, int], int] = {}
    for line, span in words:
        by_line.setdefault(line, []).append(span)
        line_of[span] = line
    own = {line for line, _ in level_lines}
    for line in sorted(by_line):
        spans = by_line[line]
        free = list(cols)
        for x, span in enumerate(spans):
            w = text[span[0] : span[1]]
            done = False
            for c in cols:
                if per[c] and _completes(_joined(per[c][-1][1], text), w):
                    per[c][-1][1].append(span)
                    done = True
                    break
            if done:
                if free and len(spans) > 1:
                    free.pop(0)
                continue
            if len(cols) == 1:
                c = cols[0]
            elif len(spans) - x >= len(free) and free:
                c = free[0]
            elif w in one and w not in two:
                c = cols[0]
            elif w in two and w not in one:
                c = cols[1]
            elif (len(spans) == 1 and w in one and per[cols[-1]]
                  and _ends_below(line, by_line, _joined(per[cols[-1]][-1][1], text), text)):
                # the finer level cut above and under the line of this word, centred between its
                # parts (经济成本 / 成本指标 … / 指标): this word is the upper level's
                c = cols[0]
            elif len(spans) == 1 and line in own and _starts_level_below(line, by_line, own, w, text):
                # a word either level may be on a line of its own, a level word starting the next
                # line of its own: the upper of two stacked (成本指标 / 经济成本指 / 标), as of two
                # on one line the first is the upper
                c = cols[0]
            else:
                # a word either level may be (成本指标, 满意度) on a line of its own: the finer level's,
                # whose blocks are the smaller and so the more often centred between rows
                c = cols[-1] if len(spans) == 1 else (free[0] if free else cols[-1])
            if c in free:
                free = free[free.index(c) + 1 :]
            per[c].append((line, [span]))
    if len(cols) > 1:
        # a word cut at the first column's edge whose whole is a second level only (服务对象 /
        # 满意度 is no 决策 or 产出): the second column's
        for entry in [e for e in per[cols[0]] if _joined(e[1], text) in two and _joined(e[1], text) not in one]:
            per[cols[0]].remove(entry)
            per[cols[1]].append(entry)
        per[cols[1]].sort(key=lambda e: (e[0], e[1][0][0]))
    if _top_aligned(per, cols, rows, spans_of, {line for line, _ in level_lines}, line_of_row):
        # a copy that prints each merged cell's word once, at the top of its block: on the block's
        # first row or on lines of their own just above it (产出指标 / 数量指标 保障重点优抚对象人数 …)
        for c in cols:
            for line, spans in per[c]:
                cell = block.rows[rows[_row_at(rows, spans_of, line)]][c]
                cell.start, cell.end = spans[0]
                cell.more = tuple(spans[1:])
        return
    # where the lines stand, rows a line's height apart besides their lines: (top of each row and
    # the bottom of the last, the height of each line)
    tops, ys = _row_tops(rows, spans_of), {}
    for r, top in zip(rows, tops):
        a, b = spans_of[r]
        for j, line in enumerate(range(a, b + 1)):
            ys[line] = top + _ROW_PAD / 2 + 0.5 + j
    known = sorted(ys)

    def y_of(line: int) -> float:
        if line in ys:
            return ys[line]
        below = [x for x in known if x < line]
        above = [x for x in known if x > line]
        lo = ys[below[-1]] if below else 0.0
        hi = ys[above[0]] if above else tops[-1]
        return (lo + hi) / 2

    allowed: set[int] | None = None
    starts_of: dict[int, list[int]] = {}
    for c in reversed(cols):
        # the finer level first: the blocks of a first level are unions of the second's
        # a word cut over lines stands in the middle of its parts (社会效益 / 指标)
        words_y = [(sum(y_of(line_of[sp]) for sp in spans) / len(spans), spans) for line, spans in per[c]]
        starts = _centred_blocks(words_y, tops, allowed)
        if starts is None and allowed is not None:
            starts = _centred_blocks(words_y, tops, None)
        if starts is not None:
            allowed = set(starts)
        starts_of[c] = starts  # type: ignore[assignment]
    for c in cols:
        starts = starts_of[c]
        if starts is None:
            # no centring fits: each word to its own row's line, or the row after it
            starts = [_row_at(rows, spans_of, line) for line, _ in per[c]]
        for (line, spans), at in zip(per[c], starts):
            cell = block.rows[rows[at]][c]
            cell.start, cell.end = spans[0]
            cell.more = tuple(spans[1:])


def _ends_below(line: int, by_line: dict[int, list[tuple[int, int]]], upper: str, text: str) -> bool:
    """Whether the first level word on the next line of level words completes ``upper`` (经济成本 +
    指标), a part no level alone."""
    below = min((x for x in by_line if x > line), default=None)
    if below is None:
        return False
    w = text[by_line[below][0][0] : by_line[below][0][1]]
    return not _a_level(w) and _completes(upper, w)


def _starts_level_below(line: int, by_line: dict[int, list[tuple[int, int]]], own: set[int],
                        word: str, text: str) -> bool:
    """Whether the next line is a line of level words of its own whose first is a level word or its
    start, not the rest of ``word`` (成本指标 / 经济成本指, not 可持续影响 / 指标)."""
    below = by_line.get(line + 1)
    if line + 1 not in own or not below:
        return False
    first = text[below[0][0] : below[0][1]]
    return (_a_level(first) or _level_part(first)) and not _completes(word, first)


def _centre_first_level(block: SourceBlock, spans_of: dict[int, tuple[int, int]], kinds: list[str]) -> None:
    """A copy whose first-level words stand on the middle row of their blocks while the second
    level's stand on the first row of theirs (项目立项 立项依据充分性 … / 决策（15分） 绩效目标 绩效目标合理性
    … on the 3rd of 6 rows): each first-level word to the first row of its block, in place.

    Such a copy shows itself by a first-level word on a row that starts no second-level group (过程
    （25分） 资金使用合规性 5 …): where the levels stand on the first row of their blocks, a first level's
    block starts a second level's too.  The blocks are unions of the second level's (the rows from
    one second-level word to the next), each first-level word nearest its block's middle."""
    cols = [c for c, kd in enumerate(kinds) if kd == "level"]
    rows = sorted(spans_of)
    if len(cols) != 2 or not rows:
        return
    one, two = cols
    filled = lambda r, c: block.rows[r][c].end > block.rows[r][c].start  # noqa: E731
    firsts = [x for x, r in enumerate(rows) if filled(r, one)]
    groups = {x for x, r in enumerate(rows) if filled(r, two)}
    if not firsts or not groups or all(x in groups for x in firsts):
        return
    tops = _row_tops(rows, spans_of)
    # a block of an even number of rows has its middle between two: the copy puts its word on the
    # upper of them, so a word counts a little below its row's middle, nearer a block's middle under it
    words = [((tops[x] + tops[x + 1]) / 2 + _UPPER_MIDDLE,
              [(block.rows[rows[x]][one].start, block.rows[rows[x]][one].end)]) for x in firsts]
    starts = _centred_blocks(words, tops, groups | {0})
    if starts is None:
        return
    cells = [(block.rows[rows[x]][one].start, block.rows[rows[x]][one].end, block.rows[rows[x]][one].more)
             for x in firsts]
    for x in firsts:
        cell = block.rows[rows[x]][one]
        cell.start = cell.end = block.rows[rows[x]][0].start
        cell.more = ()
    for (a, b, more), x in zip(cells, starts):
        cell = block.rows[rows[x]][one]
        cell.start, cell.end, cell.more = a, b, more


def _row_at(rows: list[int], spans_of: dict[int, tuple[int, int]], line: int) -> int:
    """The row (its index in ``rows``) a line stands on, or the first below it."""
    return next((x for x, r in enumerate(rows) if spans_of[r][1] >= line), len(rows) - 1)


def _top_aligned(per: dict[int, list[tuple[int, list[tuple[int, int]]]]], cols: list[int], rows: list[int],
                 spans_of: dict[int, tuple[int, int]], level_lines: set[int],
                 line_of_row: dict[int, int] | None = None) -> bool:
    """Whether the level words stand at the top of their blocks, not in their middle: each on the
    first line of a row or on level lines right above one, every level of the table's first row
    given there (no block starts above the first row), no two words of a column on one row, and a
    first level's block starting a second level's too (产出指标 / 数量指标 保障重点优抚对象人数 …; 成本指标
    经济成本指标 项目支出控制数 …).  A centring copy puts its first row's words lower, in the middle
    of their blocks."""
    starts: dict[int, list[int]] = {}
    for c in cols:
        starts[c] = []
        for line, _ in per[c]:
            x = _row_at(rows, spans_of, line)
            first = spans_of[rows[x]][0]
            if line > first and line not in (spans_of[rows[x]][1], (line_of_row or {}).get(rows[x])) or line < first and any(
                    g not in level_lines for g in range(line + 1, first)):
                return False  # below a row's first line, or rows' lines between it and its row
            starts[c].append(x)
        if not starts[c] or starts[c][0] != 0 or any(a >= b for a, b in zip(starts[c], starts[c][1:])):
            return False
    return all(set(starts[cols[0]]) <= set(starts[c]) for c in cols[1:])


# how far below its row's middle a first-level word counts (``_centre_first_level``), in lines
_UPPER_MIDDLE = 0.1

# the room a row takes besides its lines, in lines (a cell's padding above and below)
_ROW_PAD = 1.0


def _row_tops(rows: list[int], spans_of: dict[int, tuple[int, int]]) -> list[float]:
    """Where the rows stand, each its lines and ``_ROW_PAD`` high, in lines: the top of each row
    and the bottom of the last."""
    tops, at = [], 0.0
    for r in rows:
        tops.append(at)
        at += spans_of[r][1] - spans_of[r][0] + 1 + _ROW_PAD
    tops.append(at)
    return tops


def _joined(spans: list[tuple[int, int]], text: str) -> str:
    return "".join(text[a:b] for a, b in spans)


def _centred_blocks(words: list[tuple[float, list[tuple[int, int]]]], tops: list[float],
                    allowed: set[int] | None) -> list[int] | None:
    """The first row of each word's block: blocks in order covering all rows (starting only at
    ``allowed`` rows when given), the sum of the squared distances of the words from their blocks'
    middles least; None when no such blocks.  ``tops``: each row's top and the last's bottom."""
    n, m = len(tops) - 1, len(words)
    if not m:
        return []
    INF = float("inf")
    # best[i][e]: the first i words' blocks cover rows before e
    best = [[INF] * (n + 1) for _ in range(m + 1)]
    back: dict[tuple[int, int], int] = {}
    best[0][0] = 0.0
    ok = (lambda x: x == n or x in allowed) if allowed is not None else (lambda x: True)  # noqa: E731
    for i in range(m):
        y = words[i][0]
        for s in range(n):
            if best[i][s] == INF or tops[s] > y or not ok(s):
                continue
            for e in range(s + 1, n + 1):
                if tops[e] < y or not ok(e):
                    continue
                cost = best[i][s] + ((tops[s] + tops[e]) / 2 - y) ** 2
                if cost < best[i + 1][e]:
                    best[i + 1][e], back[i + 1, e] = cost, s
    if best[m][n] == INF:
        return None
    starts, e = [], n
    for i in range(m, 0, -1):
        s = back[i, e]
        starts.append(s)
        e = s
    return starts[::-1]


def _join_level_rests(block: SourceBlock, rows: list[int], kinds: list[str], text: str) -> None:
    """A merged level cell that wrapped gives the rest of its word to the row under it, in its own
    column (满意度指标 服务对象满意度 参保群众满意度 … / 指标 定点医药机构满意度 …): a cell of a
    level column that is no level alone, under a cell that is none either but makes one with it,
    is that cell's rest, and its own row's cell stays empty (merged above), in place."""
    for c, kind in enumerate(kinds):
        if kind != "level":
            continue
        above = None  # the last cell of the column with text in it
        for r in rows:
            cell = block.rows[r][c]
            if cell.end <= cell.start:
                continue
            word = text[cell.start : cell.end]
            if above is not None and not above.more and not _is_level(word):
                upper = text[above.start : above.end]
                if not _is_level(upper) and _is_level(upper + word):
                    above.more = ((cell.start, cell.end),)
                    cell.start = cell.end = block.rows[r][0].start  # an empty cell stands at its row's start
                    continue
            above = cell
