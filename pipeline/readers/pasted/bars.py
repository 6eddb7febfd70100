"""Tables of cells apart by bars, with no delimiter row.

Tables exported with bars but no delimiter row (``绩效指标 | 一级指标 | …``, rows `` |  | 质量指标 |
…``: no outer bars, blank cells kept) are anchored on a header of table vocabulary instead.
"""

from __future__ import annotations

import regex

from ...model import SourceBlock
from .common import _is_disclosure_header, _is_vocabulary, _Line, _padded_table_block, _vocabulary
from .pipes import is_pipe_delimiter, pipe_cells, trimmed_cells

# --- tables of cells apart by bars, with no delimiter row ------------------------------------



_BAR = regex.compile(r"(?<!\\)\|")


def _bar_cells(content: str, outer: bool) -> list[tuple[int, int]]:
    """Spans, into ``content``, of the cells of a line of cells apart by bars.  With ``outer``
    bars (``| a | b |``) the first and last bar enclose the row, as in Markdown; without them
    (``a | b``, `` | b | c | ``: a table exported with its blank cells kept) every bar parts two
    cells, so a bar at either end has an empty cell beyond it."""
    if outer:
        return pipe_cells(content)
    cells, first = [], 0
    for m in _BAR.finditer(content):
        cells.append((first, m.start()))
        first = m.end()
    cells.append((first, len(content)))
    return cells


def _bar_tables(lines: list[_Line], text: str, taken: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """Tables whose cells are apart by bars but with no ``|---|`` row under the header (a web or
    CMS export as text: ``绩效指标 | 一级指标 | 二级指标 | … | 得分``, rows `` |  |  | 市政设施完好率 |
    % | ≥95 | …``), anchored, as a bar in prose is no table, on a header row of table vocabulary
    (``patterns/indicators.toml``).  The table is the run of bar lines around the header, up to a
    line without a bar or a blank one; cells are stripped spans, rows padded to the widest."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    if "|" not in text:
        return found
    contents = [text[line.start : line.end] for line in lines]

    def barred(k: int) -> bool:
        return k not in taken and _BAR.search(contents[k]) is not None and bool(contents[k].strip())

    def is_header(k: int) -> bool:
        if not barred(k):
            return False
        cells = [contents[k][a:b] for a, b in _bar_cells(contents[k], contents[k].strip().startswith("|"))]
        if len(cells) < 3:
            return False
        return sum(_is_vocabulary(c) for c in cells) >= _vocabulary()[1] or _is_disclosure_header(cells)

    end = 0
    for h in range(len(lines)):
        if h < end or not is_header(h):
            continue
        top, bottom = h, h
        while top - 1 >= end and barred(top - 1):
            top -= 1
        while bottom + 1 < len(lines) and barred(bottom + 1):
            bottom += 1
        # outer bars only when every row has them; one row without says the bars only part cells
        outer = all(contents[k].strip().startswith("|") for k in range(top, bottom + 1))
        rows = [trimmed_cells(contents[k], lines[k].start, _bar_cells(contents[k], outer))
                for k in range(top, bottom + 1) if not is_pipe_delimiter(contents[k])]
        found[top] = (_padded_table_block(rows, "bars"), bottom + 1)
        end = bottom + 1
    return found
