"""Markdown pipe tables in plain text (shared with the Markdown reader).

A CMS that exports pages as Markdown leaves pipe tables in text files too (``| 一级指标 | 二级指标 |``
over a ``|---|---|`` line).  The rows are found as the Markdown reader finds them (the functions
``pipe_cells``, ``is_pipe_delimiter``, ``is_pipe_table_start`` and ``pipe_table_rows`` below serve
both), but in plain text only a header followed by a delimiter row of as many cells opens a table,
since a bar in prose or a line of dashes is no table; cells are spans of the text as written.
Pandoc's grid tables (``+----+----+`` border lines around every row) are read here too
(``grid_table_cells``): one row between each two border lines.
"""

from __future__ import annotations

import regex

from ...model import SourceBlock
from .common import _Line, _padded_table_block, _width

# --- Markdown pipe tables (shared with the Markdown reader) -----------------------------------



_PIPE_DELIMITER_CELL = regex.compile(r"^[ \t]*:?-{1,}:?[ \t]*$")


def pipe_cells(line: str) -> list[tuple[int, int]]:
    """Spans, into ``line``, of the cells of a pipe-table row ``| a | b |``: the outer bars left
    out, an escaped bar ``\\|`` kept inside its cell; the spans are not stripped."""
    start, end = len(line) - len(line.lstrip()), len(line.rstrip())
    if line.startswith("|", start):
        start += 1
    if end > start and line.endswith("|", start, end) and not line.endswith("\\|", start, end):
        end -= 1
    cells, first, k = [], start, start
    while k < end:
        if line[k] == "\\" and k + 1 < end and line[k + 1] == "|":
            k += 2
            continue
        if line[k] == "|":
            cells.append((first, k))
            first = k + 1
        k += 1
    cells.append((first, end))
    return cells


def trimmed_cells(content: str, offset: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a line's cells (``spans`` into ``content``, the line at ``offset``) without their
    blanks; a blank cell (merged with the one above) an empty span at its end."""
    cells = []
    for a, b in spans:
        cell = content[a:b]
        if cell.strip():
            a, b = a + len(cell) - len(cell.lstrip()), a + len(cell.rstrip())
        else:
            a = b
        cells.append((offset + a, offset + b))
    return cells


def is_pipe_delimiter(line: str) -> bool:
    """``|---|:--:|`` (the line under a pipe table's header)."""
    if "-" not in line:
        return False
    cells = pipe_cells(line)
    return bool(cells) and all(_PIPE_DELIMITER_CELL.match(line[a:b]) for a, b in cells)


def is_pipe_table_start(lines: list[str], i: int, strict: bool = False) -> bool:
    """Whether line ``i`` opens a pipe table: a header with a delimiter row under it, or (as
    Markdown converters also write tables without one) any line starting with ``|``.  ``strict``
    (plain text, where a bar may be prose) wants the delimiter row, with as many cells as the
    header and two at least."""
    line = lines[i].strip()
    if "|" not in line:
        return False
    if not strict:
        return line.startswith("|") or i + 1 < len(lines) and is_pipe_delimiter(lines[i + 1])
    if i + 1 >= len(lines) or not is_pipe_delimiter(lines[i + 1]):
        return False
    width = len(pipe_cells(lines[i]))
    return width >= 2 and len(pipe_cells(lines[i + 1])) == width


def pipe_table_rows(lines: list[str], i: int) -> tuple[list[int], int]:
    """The rows of the pipe table opening at line ``i``: the indices of its row lines (delimiter
    rows left out) and the index of the line after the table.  Rows run while lines start with
    ``|``; the first line may do without."""
    rows: list[int] = []
    first = True
    while i < len(lines) and lines[i].strip() and (lines[i].strip().startswith("|") or first and "|" in lines[i]):
        first = False
        if not is_pipe_delimiter(lines[i]):
            rows.append(i)
        i += 1
    return rows, i


def _pipe_tables(lines: list[_Line], text: str) -> dict[int, tuple[SourceBlock, int]]:
    """Pipe tables of a text: first line index -> (table block, index of the line after it).
    Cells are stripped spans of the text; rows are padded with empty cells to the widest row."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    if "|" not in text:
        return found
    contents = [text[line.start : line.end] for line in lines]
    i = 0
    while i < len(lines):
        grid_end = grid_table_end(contents, i) if "+" in contents[i] else None
        if grid_end is not None:
            found[i] = (_grid_block(lines, contents, i, grid_end), grid_end)
            i = grid_end
            continue
        if "|" not in contents[i] or not is_pipe_table_start(contents, i, strict=True):
            i += 1
            continue
        row_lines, after = pipe_table_rows(contents, i)
        rows = [trimmed_cells(contents[k], lines[k].start, pipe_cells(contents[k])) for k in row_lines]
        found[i] = (_padded_table_block(rows, "pipe"), after)
        i = after
    return found


# --- grid tables (pandoc's Markdown of a Word table) -------------------------------------------
#
# A Word table converted by pandoc to Markdown comes as a grid table: ``+------+------+`` border
# lines around every row (``+======+`` under the header row), ``|`` at the cell edges, each cell's
# text wrapped over as many lines as its column's width asks (by display width: a CJK character
# is two columns), the lines of a row standing between two border lines:
#
#     +------------+--------------+----------------+
#     | 一级指标   | 二级指标     | 三级指标       |
#     +============+==============+================+
#     | 产出指标   | 数量指标     | 专家指导服务企 |
#     |            |              | 业数           |
#     +------------+--------------+----------------+
#
# The columns are the ``+`` of the border lines; a cell spanning columns has no ``|`` (and its
# border no ``+``) where it covers an edge, and a merged cell's text stands in its first row or
# column, blanks in those it covered.

# a border line: ``+---+---+`` or, under the header, ``+===+===+`` (alignment colons allowed)
_GRID_BORDER = regex.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")


def _is_grid_border(line: str) -> bool:
    return _GRID_BORDER.match(line) is not None


def _columns_of(content: str) -> list[int]:
    """The display column of every character of a line, and of its end, as a list one longer."""
    cols, col = [], 0
    for ch in content:
        cols.append(col)
        col += _width(ch)
    cols.append(col)
    return cols


def _grid_bars(content: str, edges: list[int]) -> dict[int, int]:
    """Which edges (display columns of the border's ``+``) a content line has a ``|`` on: edge
    index -> offset of the bar in ``content``.  A line with a bar for every edge is matched in
    order (a character of ambiguous width, ≥ or ·, may have shifted its bars a column); one with
    fewer (a cell spanning columns) by the nearest edge."""
    cols = _columns_of(content)
    bars = [k for k, ch in enumerate(content) if ch == "|" and not (k and content[k - 1] == "\\")]
    if len(bars) == len(edges):
        return dict(enumerate(bars))
    found: dict[int, int] = {}
    for k in bars:
        e = min(range(len(edges)), key=lambda n: abs(edges[n] - cols[k]))
        if abs(edges[e] - cols[k]) <= 2 and e not in found:
            found[e] = k
    return found


def grid_table_cells(contents: list[str], first: int, after: int) -> list[list[list[tuple[int, int]]]]:
    """The rows of the grid table on lines ``first`` to ``after`` (border lines included): for each
    row (the lines between two border lines), for each column, the pieces of its cell, one for
    each line that holds some of its text: ``(line index, start, end)``, stripped, offsets into the
    line's content.  A cell spanning columns keeps its pieces in its first column; the columns it
    covers have none."""
    borders = [k for k in range(first, after) if _is_grid_border(contents[k])]
    edges = sorted({_columns_of(contents[k])[p] for k in borders for p, ch in enumerate(contents[k]) if ch == "+"})
    rows = []
    for top, bottom in zip(borders, borders[1:]):
        band = range(top + 1, bottom)
        if not band:
            continue
        bars = [_grid_bars(contents[k], edges) for k in band]
        # an edge is a cell edge where every line of the row has its bar
        cut = [e for e in range(len(edges)) if all(e in b for b in bars)]
        row: list[list[tuple[int, int, int]]] = [[] for _ in range(len(edges) - 1)]
        for left, right in zip(cut, cut[1:]):
            for k, b in zip(band, bars):
                a, z = b[left] + 1, b[right]
                piece = contents[k][a:z]
                if piece.strip():
                    a += len(piece) - len(piece.lstrip())
                    row[left].append((k, a, a + len(piece.strip())))
        rows.append(row)
    return rows


def grid_table_end(contents: list[str], i: int) -> int | None:
    """The index of the line after the grid table opening at line ``i`` (a border line, then a
    line of cells), or None when no grid table opens there: the run of border lines and lines
    inside bars, closed by a border line, two columns wide at least."""
    if not _is_grid_border(contents[i]) or contents[i].count("+") < 3:
        return None
    k, last_border = i + 1, None
    while k < len(contents):
        line = contents[k].strip()
        if _is_grid_border(contents[k]):
            last_border = k
        elif not (line.startswith("|") and line.endswith("|")):
            break
        k += 1
    if last_border is None or last_border == i + 1:
        return None
    return last_border + 1


def _grid_block(lines: list[_Line], contents: list[str], first: int, after: int) -> SourceBlock:
    """A grid table as a table block, one row for each row of the grid.  A cell wrapped over
    several lines is its first line's span and its further lines' (``SourceCell.more``), joined
    when the text is cleaned.  A blank cell, or one a spanning cell covers, is an empty span after
    the cell before it."""
    rows, more = [], {}
    for r, row in enumerate(grid_table_cells(contents, first, after)):
        top = min((k for cell in row for k, _, _ in cell), default=None)
        at = lines[top].start if top is not None else lines[first].start
        spans = []
        for c, cell in enumerate(row):
            if cell:
                (k, a, b), *rest = cell
                spans.append((lines[k].start + a, lines[k].start + b))
                at = spans[-1][1]
                more[r, c] = tuple((lines[k].start + a, lines[k].start + b) for k, a, b in rest)
            else:
                spans.append((at, at))
        rows.append(spans)
    block = _padded_table_block(rows, "grid")
    for (r, c), spans in more.items():
        block.rows[r][c].more = spans
    return block
