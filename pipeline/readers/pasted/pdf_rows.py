"""Indicator tables copied out of a PDF viewer a row a line, cells apart by one space.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

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
    _column_roles,
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
        # a word of one level only by the vocabulary (决策（15分）, 项目立项) fits that level's column a
        # little better: on a row whose other level cell merged away (过程（25分） 资金使用合规性 5 …)
        # it is no second level
        own = _level_of(word)
        bonus = 0.1 if own is not None and own == role else 0.0
        if _is_level(word) or word.endswith("指标"):
            return 2 + bonus
        # an evaluation table's own levels (决策（20分）, 项目立项): below a name, so that a row's
        # one word goes to its name and the levels merged above stay empty
        return 0.5 + bonus if _LEVEL_SHAPE.match(word) else -9
    if kind == "name":
        return -1 if _VALUE_START.match(word) else 1
    if kind == "value":
        return 1.5 if _VALUE_START.match(word) else 1
    return 0.5  # a text column takes anything


def _whole_quantity(word: str) -> bool:
    """A value cell that is one quantity from end to end (22.36万亩, ≥1800元/亩): complete, so
    the words under its row are another cell's rest (新建高标准农 … 22.36万亩 / 田面积)."""
    q = parse_quantity(word)
    return q is not None and getattr(q, "start", 0) == 0 and getattr(q, "end", -1) == len(word)


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
                   taken: set[int], stacked: _Stacked | None = None) -> tuple[SourceBlock, int] | None:
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
        header_more = {c: (span,) for c, span in rest.items()}
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
    spans_of: dict[int, tuple[int, int]] = {}  # row (in ``out``) -> its first and last line
    level_lines: list[tuple[int, list[tuple[int, int]]]] = []  # (line, level words) between rows
    last: list[tuple[int, int]] | None = None  # the cells of the row above
    rests: dict[int, list[list[tuple[int, int]]]] = {}  # row (in ``out``) -> its wrapped lines' words
    rest_at: dict[int, list[int]] = {}  # row -> the lines of those words
    figure_at: dict[int, int] = {}  # row -> the line of its figures
    while k < len(lines):
        content = text[lines[k].start : lines[k].end]
        if k in taken or not content.strip() or "\t" in content or _is_footer(content):
            break
        if stacked and "|" in content:
            break  # a table of bars after it (its lines are read past the other readers' claims)
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
            first_line = k  # the row's first line
            if row[name_col][0] == row[name_col][1] and last is not None:
                # a row of no name under lines of one word each: a name that wrapped stands above
                # the line of its row's other cells (低保对象动态管理准 / 确率 / ≥95% 98.6% 5 5),
                # not the rest of the row above's cells
                prev = len(out) - 1
                above = rests[prev]
                moved: list[tuple[int, int]] = []
                while above and len(above[-1]) == 1:
                    moved.insert(0, above.pop()[0])
                    first_line = rest_at[prev].pop()
                if moved:
                    row[name_col] = moved[0]
                    name_more[len(out)] = moved[1:]
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
            break
        if toks:
            # the rest of the cells that wrapped: shared out among them once the table's widths are known
            rests[len(out) - 1].append(toks)
            rest_at[len(out) - 1].append(k)
            spans_of[len(out) - 1] = (spans_of[len(out) - 1][0], k)
        k += 1
    # a header and two rows at least: a header with only its wrapped rest under it (its rows on a
    # page not copied) is no table
    if len(out) < 3 or not stacked and len(out) - (1 if k > h + 1 and out[1][0][0] > out[0][-1][1] else 0) < 3:
        return None
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
    for r, spans in name_more.items():
        cell = block.rows[r][name_col]
        cell.more = (*spans, *cell.more)
    if heads:
        _give_heads(block, heads, roles, name_col, _name_width(out, name_col, text), text)
    if stacked or level_lines:
        # a copy that keeps the vertical centring of merged cells (its header scrambled over lines,
        # or a level word on a line of its own): each level word stands in the middle of its block
        _centre_levels(block, spans_of, level_lines, kinds, text)
    else:
        _join_level_rests(block, sorted(rests), kinds, text)
        _centre_first_level(block, spans_of, kinds)
    return block, k


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
                   level_lines: list[tuple[int, list[tuple[int, int]]]], kinds: list[str], text: str) -> None:
    """Give each level word of a copy that centres merged cells (see ``_pdf_row_table``) to the
    first row of its block, the other rows' cells left empty (merged above, as the other forms give
    them), in place.

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
    # every level word with its line: (line, span)
    words: list[tuple[int, tuple[int, int]]] = []
    for r in rows:
        for c in cols:
            cell = block.rows[r][c]
            if cell.end > cell.start:
                words.append((spans_of[r][1], (cell.start, cell.end)))
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
    if _top_aligned(per, cols, rows, spans_of, {line for line, _ in level_lines}):
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
    tops, at, ys = [], 0.0, {}
    for r in rows:
        a, b = spans_of[r]
        tops.append(at)
        for j, line in enumerate(range(a, b + 1)):
            ys[line] = at + _ROW_PAD / 2 + 0.5 + j
        at += (b - a + 1) + _ROW_PAD
    tops.append(at)
    known = sorted(ys)

    def y_of(line: int) -> float:
        if line in ys:
            return ys[line]
        below = [x for x in known if x < line]
        above = [x for x in known if x > line]
        lo = ys[below[-1]] if below else 0.0
        hi = ys[above[0]] if above else at
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
    last = [spans_of[r][1] for r in rows]
    for c in cols:
        starts = starts_of[c]
        if starts is None:
            # no centring fits: each word to its own row's line, or the row after it
            starts = []
            for line, _ in per[c]:
                at = next((x for x in range(len(rows)) if last[x] >= line), len(rows) - 1)
                starts.append(at)
        for (line, spans), at in zip(per[c], starts):
            cell = block.rows[rows[at]][c]
            cell.start, cell.end = spans[0]
            cell.more = tuple(spans[1:])


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
    tops, at = [], 0.0
    for r in rows:
        tops.append(at)
        at += spans_of[r][1] - spans_of[r][0] + 1 + _ROW_PAD
    tops.append(at)
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
                 spans_of: dict[int, tuple[int, int]], level_lines: set[int]) -> bool:
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
            if line > first and line != spans_of[rows[x]][1] or line < first and any(
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
        rows = []
        for m in range(h + size, min(len(lines), h + size + 3 * _STACKED_ROWS)):
            row = [word(t) for t in _gap_tokens(lines[m], text)]
            if not row:
                break
            if len(row) >= 2 and sum(1 for w in row if _BARE_FIGURE.match(w)) >= 2:
                rows.append(row)
            if len(rows) == _STACKED_ROWS:
                break
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


def _rows_fit(roles: list[str], rows: list[list[str]]) -> tuple[int, float]:
    """How well rows fit columns of these roles: how many cells they fill (a column is seldom
    blank), then how well their words fit."""
    filled, fit = 0, 0.0
    for row in rows:
        spans = _place_words(roles, row)
        if spans is None:
            filled -= len(roles)
            continue
        filled += sum(1 for a, b in spans if b > a)
        fit += sum(_fit(roles[c], w) for c, (a, b) in enumerate(spans) for w in row[a:b])
    return filled, fit




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
    more = [_column_role("".join(text[a:b] for a, b in spans)) or "text" for spans in cells]
    new = {r for r in more if r != "text"} - set(roles)
    if not new or more.count("text") > 1 or len(set(more) - {"text"}) < len(more) - more.count("text"):
        return None
    return cells, more, j


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
