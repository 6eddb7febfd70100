"""The words of a line of a table copied out of a PDF viewer a row a line, and the columns they go in.

A PDF viewer copies each visual line of a table as its cells' text apart by one space, the empty
cells leaving nothing (产出指标 数量指标 培训人次 ≥500人次 612人次 10 10).  So a row's words are told
to their columns by kind alone: an operator, a unit, a bare figure (a weight, a score), a level
word, a name, a value, a text (``_fit``); the best placement of every word in order, the vanished
cells left empty, is the row (``_place_words``).  The header finders (``pdf_row_header``) weigh
their readings of a header by how well the rows under it fit (``_rows_fit``).
"""

from __future__ import annotations

import regex

from ...quantities import parse_quantity
from .common import _LEVEL_SHAPE, _PDF_KINDS, _VALUE_START, _is_level, _Line
from .pdf_row_levels import _SCORED, _level_of

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
        # (its weight in brackets with or without 分: 决策(20), 产出数量(12))
        return 0.5 + bonus if _LEVEL_SHAPE.match(_SCORED.sub("", word)) else -9
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
