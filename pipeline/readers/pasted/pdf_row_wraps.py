"""The cells that wrapped in a table copied out of a PDF viewer a row a line.

A long cell wraps in the PDF, and the copy gives its rest on the lines after its row's line: the
next part of every cell still going on, in column order, on each line under the row (代理非诉案件
（包括行政复 ≥ 1 件 10 10 / 议、仲裁、重大决策专项法 / 律意见书等）).  Which cells go on, the widths
tell: a cell whose line runs as wide as its column's widest ran to its edge (``_join_wrapped``).
A copy that keeps the vertical centring of merged cells puts a cell's first lines above its row's
line instead (义务教育家庭经济困难 / 学生生活补助人数 ≥ 9000 人 9436 3 3): lines as wide as the widest
name are such first lines, of the row below (``_heads_above``, ``_give_heads``).  The words go
to their cells as further spans (``SourceCell.more``).
"""

from __future__ import annotations

from itertools import combinations

import regex

from ...model import SourceBlock
from .common import _VALUE_START, _display_width, _is_level
from .pdf_row_levels import _SCORED
from .pdf_row_words import _BARE_FIGURE, _OPERATOR_CELL, _whole_quantity

# how much narrower than its column's widest first line a line that wrapped may be (display
# columns): the character that did not fit may be a wide one, and punctuation may not open a line
_WRAP_SLACK = 3
# a column whose widest line is narrower than this does not wrap (an operator, a unit, 产出指标)
_WRAP_MIN = 7
# punctuation that never opens a line: it stays at the end of the line before, past the edge
_HANGING = regex.compile(r"[，。、；：？！）》」』”’%％]+$")


def _line_width(word: str) -> int:
    """How wide a line of a cell runs, punctuation hanging past the column's edge left out."""
    return _display_width(_HANGING.sub("", word))


# which cells of a row, as wide as their columns, go on when fewer parts than they come under it
_WRAPS_FIRST = {"text": 0, "name": 1, "value": 2, "level": 3}


def _join_wrapped(block: SourceBlock, out: list[list[tuple[int, int]]],
                  rests: dict[int, list[list[tuple[int, int]]]], roles: list[str], kinds: list[str],
                  text: str) -> None:
    """Give the words of the lines under a row (the rest of its cells that wrapped) to those cells,
    as their further spans (``SourceCell.more``), in place.

    A cell wraps when its line runs as wide as its column's widest (the column's width as the
    table's first lines show it); the copy gives the next part of every cell still going on, in
    column order, on each line under the row (代理非诉案件（包括行政复 ≥ 1 件 10 10 / 议、仲裁、重大决策专项法
    / 律意见书等）).  A cell complete in itself (a level word, an operator, a figure) never goes on."""
    words = {(r, c): text[a:b] for r in rests for c, (a, b) in enumerate(out[r])}
    widths: dict[int, int] = {}
    for (r, c), w in words.items():
        widths[c] = max(widths.get(c, 0), _line_width(w))

    def full(c: int, w: str) -> bool:
        return widths[c] >= _WRAP_MIN and _line_width(w) >= widths[c] - _WRAP_SLACK

    def may_wrap(c: int, w: str) -> bool:
        if kinds[c] == "level" and (w.endswith("指标") or _SCORED.search(w)):
            return False  # a level complete (效益指标-经济效益指标, 决策（15分）), though as wide as its column
        return (bool(w) and kinds[c] != "figure" and roles[c] != "operator" and not _is_level(w)
                and not _OPERATOR_CELL.match(w) and not _BARE_FIGURE.match(w)
                and not (kinds[c] == "value" and _whole_quantity(w)))

    def fullest(c: int) -> tuple[bool, float, int, int]:
        # those that ran to their column's edge first, the fullest first; of those as full, a
        # column of long texts (指标解释, 评分标准, a remark) before a name, a name before a value, a
        # value before a level; then the widest column's (a narrow one holds short words)
        kind = "text" if roles[c] == "explanation" else kinds[c]
        return (not full(c, words[r, c]), -min(_line_width(words[r, c]) / max(widths[c], 1), 1.0),
                _WRAPS_FIRST.get(kind, 0), -widths[c])

    for r, below in rests.items():
        if not below:
            continue
        more: dict[int, list[tuple[int, int]]] = {}
        going = [c for c in range(len(roles)) if may_wrap(c, words[r, c]) and full(c, words[r, c])]
        blank = [c for c in range(len(roles)) if roles[c] == "text" and c > max(going, default=-1)
                 and words[r, c] == "" and all(words[r, d] == "" for d in range(c, len(roles)))]
        # the rows of one line: a table whose remark a row of one line leaves empty leaves remarks
        # empty, and a cell that ran to its column's edge goes on under such a row (经济困难失能、半失能老年
        # 5 ≥90% 92.1% 5 / 人居家上门服务覆盖率, under 资金到位率 3 100% 100% 3 of no remark)
        whole = [q for q in rests if q != r and not rests[q]]
        if blank and any(words[r, c] for c in range(blank[0])) and (
                not going or whole and all(words[q, blank[0]] for q in whole)):
            # a row whose line stops short of its remark, where the other rows' lines hold theirs
            # (a `/` for none) or no cell of it ran to its column's edge: the remark wrapped, its
            # lines under the line of the row's single-line cells, on a baseline of their own
            # (应急物资管理台账 规范完整 基本规范 8 6 / 出入库登记不及时， / 将推行物资信息化 / 管理)
            spans = [t for toks in below for t in toks]
            block.rows[r][blank[0]].start, block.rows[r][blank[0]].end = spans[0]
            block.rows[r][blank[0]].more = tuple(spans[1:])
            block.end = max(block.end, spans[-1][1])
            continue
        for toks in below:
            if not going:  # no cell ran to its column's edge: the fullest of those that may wrap
                ranked = sorted((c for c in range(len(roles)) if may_wrap(c, words[r, c])), key=fullest)
                going = sorted(ranked[: len(toks)])
            if not going:
                break
            if len(toks) < len(going):
                # fewer parts than cells going on: those least full ended on their line
                keep = sorted(going, key=fullest)
                going = sorted(keep[: len(toks)])
            if len(toks) > len(going) and kinds[max(going, key=lambda c: widths[c])] == "value":
                # more parts than cells, the widest going on a value's: a value seldom holds blanks,
                # so the parts past it are the rests of the cells after it that did not look full,
                # their column wide for another row's longer words (病险基本消 已完工水库病 4.5 / 除
                # 险基本消除: 已完工水库病 goes on, though 部分概算与实际有偏差 set its column's width)
                after = [c for c in range(max(going) + 1, len(roles)) if may_wrap(c, words[r, c])]
                going = sorted(going + after[: len(toks) - len(going)])
            # more parts than cells: the widest column's cell has blanks in its text and takes them
            extra = len(toks) - len(going)
            wide = max(going, key=lambda c: widths[c])
            parts, i = {}, 0
            for c in going:
                n = 1 + (extra if c == wide else 0)
                parts[c] = (toks[i][0], toks[i + n - 1][1])
                i += n
            for c, span in parts.items():
                more.setdefault(c, []).append(span)
            going = [c for c in going if full(c, text[parts[c][0] : parts[c][1]])]
            if not going:
                break
        for c, spans in more.items():
            block.rows[r][c].more = tuple(spans)
            block.end = max(block.end, spans[-1][1])


# how much narrower than the widest name on a row's line a line may be and still run to the
# column's edge (display columns: a half-width figure, punctuation that may not open a line)
_HEAD_SLACK = 2


def _name_width(out: list[list[tuple[int, int]]], name_col: int, text: str) -> int:
    return max((_line_width(text[r[name_col][0] : r[name_col][1]]) for r in out[1:]), default=0)


def _heads_above(out: list[list[tuple[int, int]]], rests: dict[int, list[list[tuple[int, int]]]],
                 rest_at: dict[int, list[int]], figure_at: dict[int, int],
                 spans_of: dict[int, tuple[int, int]], name_col: int, text: str) -> dict[int, list[tuple[int, int]]]:
    """The first lines of cells that wrapped, when a centring copy puts them above their row's line
    (义务教育家庭经济困难 / 学生生活补助人数 ≥ 9000 人 9436 3 3): row -> their spans, taken out of the
    row above's rests, in place (``rests``, ``spans_of``).

    A cell of two lines centred on its row has its figures between its lines; the copy puts them
    with the lower line in some copies, with the upper in others (新建高标准农 5 ≥22万亩 … / 田面积).
    A cell's first line runs to its column's edge, its last seldom: where the lines of one word
    between rows mostly run as wide as the widest name, they are first lines, of the row below,
    and only a line narrower than that (项目前期工作。) ends a cell of the row above."""
    width = _name_width(out, name_col, text)
    if width < _WRAP_MIN:
        return {}

    def full(span: tuple[int, int]) -> bool:
        return _line_width(text[span[0] : span[1]]) >= width - _HEAD_SLACK

    ones = [toks[0] for toks_list in rests.values() for toks in toks_list if len(toks) == 1]
    if sum(map(full, ones)) * 2 <= len(ones):
        return {}
    heads: dict[int, list[tuple[int, int]]] = {}
    rows = sorted(spans_of)
    for prev, r in zip(rows, rows[1:]):
        moved: list[tuple[int, int]] = []
        while rests[prev] and len(rests[prev][-1]) == 1 and full(rests[prev][-1][0]):
            moved.insert(0, rests[prev].pop()[0])
            spans_of[r] = (rest_at[prev].pop(), spans_of[r][1])
        if moved:
            heads[r] = moved
            spans_of[prev] = (spans_of[prev][0], rest_at[prev][-1] if rest_at[prev] else figure_at[prev])
    return heads


def _give_heads(block: SourceBlock, heads: dict[int, list[tuple[int, int]]], roles: list[str],
                name_col: int, width: int, text: str) -> None:
    """Put the first lines found above rows (``_heads_above``) before their cells: the one nearest
    the row's line to its name when the name there ends a cell (助人数, 及时率), the others to its
    remark (a text column: a cell of more lines starts higher), in place."""
    texts = [c for c, role in enumerate(roles) if role in ("text", "explanation") and c != name_col]
    for r, spans in heads.items():
        row = block.rows[r]
        name = row[name_col]
        given: dict[int, list[tuple[int, int]]] = {}
        rest = list(spans)
        if _line_width(text[name.start : name.end]) < width - _HEAD_SLACK or not texts:
            given[name_col] = [rest.pop()]
        if rest:
            filled = [c for c in texts if row[c].end > row[c].start]
            given.setdefault(filled[-1] if filled else name_col, [])[:0] = rest
        for c, add in given.items():
            cell = row[c]
            was = ((cell.start, cell.end),) if cell.end > cell.start else ()
            cell.start, cell.end = add[0]
            cell.more = (*add[1:], *was, *cell.more)


def _split_lines(words: list[str], values: int) -> list[int]:
    """How many of the lines of one word above a row's line each of its empty cells takes: the
    name's first, then up to ``values`` empty value cells'.  The name's lines end before the
    first that opens a value (≥20个工作, 1.79万元/); lines go on in a cell only while they run to
    its column's edge, so a narrow line ends a cell (日, 座) and the next opens the next one.
    Without a line that opens a value, all are the name's."""
    opens = next((i for i in range(1, len(words)) if _VALUE_START.match(words[i])), None)
    if not values or opens is None:
        return [len(words)]
    rest = [_line_width(w) for w in words[opens:]]

    def cost(sizes: tuple[int, ...]) -> tuple[int, int, int]:
        # the fewest cells whose lines stop short before their last, then the most cells that open
        # with a value (≤2.6万元/ / 公里·年 / 2.48万元/ / 公里·年: 公里·年 opens none), then the most cells
        short = opened = at = 0
        for n in sizes:
            cell = rest[at : at + n]
            opened += _VALUE_START.match(words[opens + at]) is not None
            at += n
            short += sum(1 for w in cell[:-1] if w < max(cell) - _WRAP_SLACK)
        return (short, -opened, -len(sizes))

    best: tuple[int, ...] = (len(rest),)
    for cells in range(1, min(values, len(rest)) + 1):
        for cuts in combinations(range(1, len(rest)), cells - 1):
            sizes = tuple(b - a for a, b in zip((0, *cuts), (*cuts, len(rest))))
            if cost(sizes) < cost(best):
                best = sizes
    return [opens, *best]
