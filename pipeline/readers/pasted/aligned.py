"""Tables without TABs, columns aligned with spaces, anchored on a header of table vocabulary.

This form comes from web pages and PDFs, not marked by a TAB, so it is anchored on a header of
table vocabulary (the column words of ``patterns/indicators.toml``) to keep prose safe: columns
aligned with spaces (a web page, ``pdftotext -layout``), cells apart by runs of two or more columns
of space, aligned by display width (a CJK character is two columns wide).  Each line is a row; a
field belongs to the column whose cell above it overlaps it, so merged or blank cells come out
empty and a label under another (``（万元）`` under ``项目资金``) keeps its own row.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ...model import SourceBlock
from .common import (
    _WIDE_GAP,
    _display_width,
    _is_disclosure_header,
    _is_disclosure_header_word,
    _is_vocabulary,
    _Line,
    _table_block,
    _vocabulary,
    _width,
)

_GAP = regex.compile(r"[ \u00a0\u3000]+")  # the blanks between cells; TABs are the other forms'


@dataclass
class _Field:
    start: int  # offsets into the text
    end: int
    left: int  # display columns, end exclusive
    right: int


def _fields(line: _Line, text: str) -> list[_Field]:
    """The cells of a space-aligned line: text apart by blanks at least two columns wide (one
    space stays inside a cell: ``PM2.5 年均浓度``)."""
    fields: list[_Field] = []
    col, pos = 0, line.start
    content = text[line.start : line.end].rstrip()
    end = line.start + len(content)
    for m in _GAP.finditer(content):
        a, b = line.start + m.start(), line.start + m.end()
        gap = _display_width(text[a:b])
        if gap < 2 and a > line.start:
            continue  # a single space inside a cell
        if a > pos:
            fields.append(_Field(pos, a, col, col + _display_width(text[pos:a])))
            col = fields[-1].right
        col += gap
        pos = b
    if pos < end:
        fields.append(_Field(pos, end, col, col + _display_width(text[pos:end])))
    return fields


def _aligned_tables(lines: list[_Line], text: str, taken: set[int] = frozenset()) -> dict[int, tuple[SourceBlock, int]]:
    """Space-aligned tables: first line index -> (table block, index of the line after it).
    Lines in ``taken`` belong to a table of another form."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    cache: dict[int, list[_Field]] = {}

    def fields(k: int) -> list[_Field]:
        if k not in cache:
            content = text[lines[k].start : lines[k].end]
            cache[k] = [] if k in taken or "\t" in content or not content.strip() else _fields(lines[k], text)
        return cache[k]

    def is_header(k: int) -> bool:
        content = text[lines[k].start : lines[k].end]
        if "\t" in content or not _WIDE_GAP.search(content):
            return False
        cells = fields(k)
        if len(cells) < 3:
            return False
        words = [text[f.start : f.end] for f in cells]
        return sum(_is_vocabulary(w) for w in words) >= _vocabulary()[1] or _is_disclosure_header(words)

    def laid_out(k: int) -> bool:
        # a row of the table: two cells or more, or an indented line (cells under blank ones), or a
        # header word alone (科目编码 under 支出功能分类  科目名称: the rest of a header cell that
        # wrapped, whose neighbours on its line are blank)
        cells = fields(k)
        return (len(cells) >= 2 or bool(cells) and cells[0].left >= 2
                or len(cells) == 1 and _is_disclosure_header_word(text[cells[0].start : cells[0].end]))

    end = 0  # lines before it belong to a table already
    for h in range(len(lines)):
        if h < end or not is_header(h):
            continue
        top, bottom = h, h
        while top - 1 >= end and laid_out(top - 1):
            top -= 1
        while bottom + 1 < len(lines) and laid_out(bottom + 1):
            bottom += 1
        # a lone indented line at either edge is a centred title or an indented paragraph
        while top < h and len(fields(top)) < 2:
            top += 1
        while bottom > h and len(fields(bottom)) < 2:
            bottom -= 1
        headers = [k for k in range(top, bottom + 1) if k == h or k > h and is_header(k)]
        rows: list[list[tuple[int, int]]] = []
        bands = ([(top, h, None)] if top < h else []) + [
            (k, headers[n + 1] if n + 1 < len(headers) else bottom + 1, k) for n, k in enumerate(headers)
        ]
        for first, stop, header in bands:
            rows.extend(_aligned_rows(lines, text, range(first, stop), header, fields))
        found[top] = (_table_block(rows, "aligned"), bottom + 1)
        end = bottom + 1
    return found


def _aligned_rows(lines: list[_Line], text: str, band: range, header: int | None, fields) -> list[list[tuple[int, int]]]:
    """The rows of lines read against one set of columns: those of the header row, or above the
    first header (项目名称, the 项目资金 lines) those of the line with the most cells.  A cell
    in no column's width (under a blank header cell) makes a column of its own."""
    anchor = header if header is not None else max(band, key=lambda k: len(fields(k)))
    columns = [(f.left, f.right) for f in fields(anchor)]
    loose: list[tuple[int, int]] = []
    for k in band:
        for f in fields(k):
            if not any(f.left < b and a < f.right for a, b in columns):
                loose.append((f.left, f.right))
    columns = _merged(columns + loose)
    rows = []
    for k in band:
        cells: list[list[_Field]] = [[] for _ in columns]
        for f in fields(k):
            over = [c for c, (a, b) in enumerate(columns) if f.left < b and a < f.right]
            before = [c for c in over if columns[c][0] <= f.left]
            cells[before[-1] if before else over[0]].append(f)
        row = []
        for c, parts in enumerate(cells):
            if parts:
                row.append((parts[0].start, parts[-1].end))
            else:
                at = _offset_at(lines[k], text, columns[c][0])
                row.append((at, at))
        rows.append(row)
    return rows


def _merged(columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Columns in order, loose cells that overlap one another taken as one column."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(columns):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _offset_at(line: _Line, text: str, column: int) -> int:
    """The text offset where display column ``column`` of a line falls (its end if shorter)."""
    col = 0
    for pos in range(line.start, line.end):
        if col >= column:
            return pos
        col += _width(text[pos])
    return line.end
