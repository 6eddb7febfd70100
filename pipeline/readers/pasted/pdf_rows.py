"""Indicator tables copied out of a PDF viewer a row a line, cells apart by one space.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ... import patterns
from ...model import SourceBlock
from .common import (
    _GROUP_CELL_MAX,
    _LEVEL_SHAPE,
    _PDF_KINDS,
    _SENTENCE_CLOSE,
    _VALUE_START,
    _WIDE_GAP,
    _column_role,
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
        # low: a word (有效保障) goes to a value column when one is free; a unit only when not
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
                score = best[c][i] + sum(_fit(roles[c], w) for w in words[i : i + t]) - 0.2 * (t - 1)
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
            block = _table_block(above + [[(c.start, c.end) for c in row] for row in block.rows], "pdf-copied")
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
    kinds = [_PDF_KINDS.get(r, "text") for r in roles]
    nfig = kinds.count("figure")
    if not nfig or "name" not in kinds:
        return None
    last: list[tuple[int, int]] | None = None  # the cells of the row above
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
            out.append(row)
            last = row
            k += 1
            continue
        if last is None or len(content) > _GROUP_CELL_MAX:
            break
        # the rest of a cell that wrapped: it joins its cell when that cell ended the line above
        # (a remark); the rest of an inner cell cannot be joined to it and is left out
        end = max(range(len(last)), key=lambda c: last[c][1])
        if len(toks) == 1 and lines[k - 1].end == last[end][1] and kinds[end] == "text":
            last[end] = (last[end][0], toks[0][1])
        k += 1
    if len(out) - (1 if k > h + 1 and out[1][0][0] > out[0][-1][1] else 0) < 3:
        return None
    return _table_block(out, "pdf-copied"), k
