"""Markdown pipe tables in plain text (shared with the Markdown reader).

A CMS that exports pages as Markdown leaves pipe tables in text files too (``| 一级指标 | 二级指标 |``
over a ``|---|---|`` line).  The rows are found as the Markdown reader finds them (the functions
``pipe_cells``, ``is_pipe_delimiter``, ``is_pipe_table_start`` and ``pipe_table_rows`` below serve
both), but in plain text only a header followed by a delimiter row of as many cells opens a table,
since a bar in prose or a line of dashes is no table; cells are spans of the text as written.
"""

from __future__ import annotations

import regex

from ...model import SourceBlock
from .common import _Line, _padded_table_block

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
        if "|" not in contents[i] or not is_pipe_table_start(contents, i, strict=True):
            i += 1
            continue
        row_lines, after = pipe_table_rows(contents, i)
        rows = [trimmed_cells(contents[k], lines[k].start, pipe_cells(contents[k])) for k in row_lines]
        found[i] = (_padded_table_block(rows, "pipe"), after)
        i = after
    return found
