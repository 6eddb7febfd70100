"""Indicator tables copied out of a PDF viewer a row a line, cells apart by one space.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ... import patterns
from ...model import SourceBlock
from ...quantities import parse_quantity
from .common import (
    _GROUP_CELL_MAX,
    _LEVEL_SHAPE,
    _PDF_KINDS,
    _SENTENCE_CLOSE,
    _VALUE_START,
    _WIDE_GAP,
    _column_role,
    _display_width,
    _is_level,
    _Line,
    _table_block,
    _total_row,
    _vocabulary,
)
from .pdf_text import _is_footer

# --- indicator tables copied out of a PDF viewer a row a line ---------------------------------
# A PDF viewer copies each visual line of a table as its cells' text apart by one space; empty
# cells leave nothing, and a long cell wraps so that its rest comes on the lines after its row
# (产出指标 数量指标 培训人次 ≥500人次 612人次 10 10 / 00人次).  The header row is a line of column
# words; the cells of each row below are told apart by kind, since the empty ones have vanished.



_ONE_GAP = regex.compile(r"[ \u00a0\u3000]+")

_OPERATOR_CELL = regex.compile(r"^(?:[≥≤＞＜><=＝≧≦]|定性|定量|正向|反向)$")

_BARE_FIGURE = regex.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")  # a weight or a score: no unit

_UNIT_CELL = regex.compile(r"^[^\d\s]{1,8}$")


def _gap_tokens(line: _Line, text: str) -> list[tuple[int, int]]:
    """The spans of the words of a line, apart by blanks of any width."""
    content = text[line.start : line.end]
    out, pos = [], 0
    for m in _ONE_GAP.finditer(content):
        if m.start() > pos:
            out.append((line.start + pos, line.start + m.start()))
        pos = m.end()
    if pos < len(content):
        out.append((line.start + pos, line.start + len(content)))
    return out


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


def _fit(role: str, word: str) -> float:
    """How well a word fits a column of a role (higher is better; very negative: not at all)."""
    kind = _PDF_KINDS.get(role, "text")
    bare = _BARE_FIGURE.match(word) is not None
    if role == "operator":
        return 3 if _OPERATOR_CELL.match(word) else -9
    if role == "unit":
        # a measure word the quantity parser knows (件, 万元, 元/人·次) is the unit, though a value
        # column (完成值, blank in the row) is free too; another word (有效保障) goes to a value
        # column when one is free, to a unit only when not
        if _is_unit(word):
            return 2.5
        return 0.5 if _UNIT_CELL.match(word) and not _OPERATOR_CELL.match(word) else -9
    if kind == "figure":
        return 3 if bare else -9
    if kind == "level":
        if _is_level(word) or word.endswith("指标"):
            return 2
        # an evaluation table's own levels (决策（20分）, 项目立项): below a name, so that a row's
        # one word goes to its name and the levels merged above stay empty
        return 0.5 if _LEVEL_SHAPE.match(word) else -9
    if kind == "name":
        return -1 if _VALUE_START.match(word) else 1
    if kind == "value":
        return 1.5 if _VALUE_START.match(word) else 1
    return 0.5  # a text column takes anything


def _is_unit(word: str) -> bool:
    """A unit as the quantity parser reads one after a figure (件, 万元, %, 元/人·次)."""
    q = parse_quantity("1" + word)
    return q is not None and q.unit == word


def _place_words(roles: list[str], words: list[str]) -> list[tuple[int, int]] | None:
    """Each column's run of words (start, end indices; empty when start == end), in order, with
    every word placed and the vanished cells left empty: the best fit by ``_fit``.  Only a text
    column takes more than one word (a remark with spaces in it)."""
    n, m = len(words), len(roles)
    NEG = float("-inf")
    best = [[NEG] * (n + 1) for _ in range(m + 1)]
    back: list[list[int]] = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for c in range(m):
        for i in range(n + 1):
            if best[c][i] == NEG:
                continue
            # empty cell
            if best[c][i] > best[c + 1][i]:
                best[c + 1][i], back[c + 1][i] = best[c][i], i
            most = n - i if roles[c] in ("text", "explanation") else min(1, n - i)
            for t in range(1, most + 1):
                # a word after the first counts no more than a text column's word, less a little:
                # where a text column is free beside (指标解释 评分标准), a word is its cell
                score = best[c][i] + _fit(roles[c], words[i]) + sum(
                    min(_fit(roles[c], w), 0.5) - 0.2 for w in words[i + 1 : i + t])
                if score > best[c + 1][i + t]:
                    best[c + 1][i + t], back[c + 1][i + t] = score, i
    if best[m][n] < 0:
        return None
    out, i = [], n
    for c in range(m, 0, -1):
        out.append((back[c][i], i))
        i = back[c][i]
    return out[::-1]


def _pdf_row_tables(lines: list[_Line], text: str, taken: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """Indicator tables copied out of a PDF viewer a row a line (see above): first line -> (table
    block, line after it)."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    k = end = 0  # lines before ``end`` belong to a table already
    while k < len(lines):
        roles = None if k in taken else _row_header_roles(lines[k], text)
        table = _pdf_row_table(lines, text, k, roles, taken) if roles else None
        if table is None:
            k += 1
            continue
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
        block, after = table
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
                   taken: set[int]) -> tuple[SourceBlock, int] | None:
    out: list[list[tuple[int, int]]] = [_gap_tokens(lines[h], text)]
    k = h + 1
    # a header of two lines: the first word of the upper one (绩效指标) spans the columns the
    # lower one names (一级指标 二级指标 三级指标), the rest stand over both lines
    lower = _row_header_roles(lines[k], text) if k < len(lines) and k not in taken else None
    if (lower and roles[0] in ("text", "levels") and "figure" not in [_PDF_KINDS.get(r) for r in lower]
            and all(_PDF_KINDS.get(r) in ("level", "name") for r in lower)):
        roles = lower + roles[1:]
        out.append(_gap_tokens(lines[k], text) + out[0][1:])
        k += 1
    elif k < len(lines) and k not in taken and (split := _sub_header(lines, text, k, roles)):
        j, sub = split
        toks = out[0]
        roles = roles[:j] + sub + roles[j + 1 :]
        out.append(toks[:j] + _gap_tokens(lines[k], text) + toks[j + 1 :])
        k += 1
    header_more: dict[int, tuple[int, int]] = {}  # header cell -> the rest of its words, wrapped
    if k == h + 1 and k < len(lines) and k not in taken and (rest := _header_rest(lines[k], text, out[0], roles)):
        header_more = rest
        for c, (a, b) in rest.items():
            role = _column_role(text[out[0][c][0] : out[0][c][1]] + text[a:b])
            roles = [*roles[:c], role if role is not None else roles[c], *roles[c + 1 :]]
        k += 1
    kinds = [_PDF_KINDS.get(r, "text") for r in roles]
    nfig = kinds.count("figure")
    if not nfig or "name" not in kinds:
        return None
    name_col = kinds.index("name")
    name_more: dict[int, list[tuple[int, int]]] = {}  # row -> the further lines of its name above it
    last: list[tuple[int, int]] | None = None  # the cells of the row above
    rests: dict[int, list[list[tuple[int, int]]]] = {}  # row (in ``out``) -> its wrapped lines' words
    while k < len(lines):
        content = text[lines[k].start : lines[k].end]
        if k in taken or not content.strip() or "\t" in content or _is_footer(content):
            break
        if _row_header_roles(lines[k], text) is not None:
            break
        toks = _gap_tokens(lines[k], text)
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
            if row[name_col][0] == row[name_col][1] and last is not None:
                # a row of no name under lines of one word each: a name that wrapped stands above
                # the line of its row's other cells (低保对象动态管理准 / 确率 / ≥95% 98.6% 5 5),
                # not the rest of the row above's cells
                above = rests[len(out) - 1]
                moved: list[tuple[int, int]] = []
                while above and len(above[-1]) == 1:
                    moved.insert(0, above.pop()[0])
                if moved:
                    row[name_col] = moved[0]
                    name_more[len(out)] = moved[1:]
            out.append(row)
            last = row
            rests[len(out) - 1] = []
            k += 1
            continue
        if last is None or len(content) > _GROUP_CELL_MAX:
            break
        # the rest of the cells that wrapped: shared out among them once the table's widths are known
        rests[len(out) - 1].append(toks)
        k += 1
    if len(out) - (1 if k > h + 1 and out[1][0][0] > out[0][-1][1] else 0) < 3:
        return None
    block = _table_block(out, "pdf-copied")
    for c, span in header_more.items():
        block.rows[0][c].more = (span,)
        block.end = max(block.end, span[1])
    _join_wrapped(block, out, rests, roles, kinds, text)
    for r, spans in name_more.items():
        cell = block.rows[r][name_col]
        cell.more = (*spans, *cell.more)
    _join_level_rests(block, sorted(rests), kinds, text)
    return block, k


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
    rows = []
    for m in range(k + 1, min(len(lines), k + 1 + 3 * _SPLIT_ROWS)):
        row = [text[a:b] for a, b in _gap_tokens(lines[m], text)]
        if not row:
            break  # a blank line: the table has ended
        if len(row) >= 2 and sum(1 for w in row if _BARE_FIGURE.match(w)) >= 2:
            rows.append(row)
        if len(rows) == _SPLIT_ROWS:
            break
    best, chosen = None, None
    for j, role in enumerate(roles):
        if role != "text":
            continue
        trial = roles[:j] + sub + roles[j + 1 :]
        score = (0, 0.0)
        for row in rows:
            spans = _place_words(trial, row)
            if spans is None:
                score = (score[0] - len(trial), score[1])
                continue
            filled = sum(1 for a, b in spans if b > a)
            fit = sum(_fit(trial[c], w) for c, (a, b) in enumerate(spans) for w in row[a:b])
            score = (score[0] + filled, score[1] + fit)
        if best is None or score > best:
            best, chosen = score, j
    return (chosen, sub) if chosen is not None and rows else None


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
# a level's score closes it: 决策（15分）
_SCORED = regex.compile(r"[（(]\d+(?:\.\d+)?分[)）]$")


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
                and not _OPERATOR_CELL.match(w) and not _BARE_FIGURE.match(w))

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
