"""Tables copied from a spreadsheet: a row per line with TABs between cells.

Text copied from a spreadsheet keeps a row per line with TABs between cells; it becomes a table
block, with the section rows of an indicator table (a level word alone on its line) and the rows
of fewer than two filled cells kept in it.
"""

from __future__ import annotations

from collections import Counter

from ...model import SourceBlock, SourceCell
from .common import _FIGURE_CELL, _SPACES, _is_vocabulary, _Line, _section_pattern, _table_block, _vocabulary


def _tsv_fields(line: _Line, text: str) -> list[tuple[int, int]] | None:
    """Spans of the fields of a spreadsheet-style row ('a\\tb\\tc'), or None for other lines."""
    content = text[line.start : line.end]
    if content.count("\t") < 1 or content.startswith("\t") and content.count("\t") < 2:
        return None
    fields, pos = [], line.start
    for part in content.split("\t"):
        fields.append((pos, pos + len(part)))
        pos += len(part) + 1
    if sum(1 for a, b in fields if text[a:b].strip()) < 2:
        return None
    return fields


def _tsv_table(lines: list[_Line], i: int, text: str) -> tuple[SourceBlock, int]:
    rows = []
    header = False  # a row of indicator column words seen (指标 | 指标值 | … | 得分)
    while i < len(lines):
        fields = _tsv_fields(lines[i], text) or _sparse_tsv_row(lines, i, text, rows) \
            or header and _section_row(lines, i, text, len(rows[-1])) or _lone_cell_row(lines, i, text, rows)
        if not fields:
            break
        rows.append(fields)
        header = header or sum(_is_vocabulary(text[a:b]) for a, b in fields) >= _vocabulary()[1]
        i += 1
    block = _table_block(rows, "tsv")
    _align_header(block, rows, text)
    return block, i


def _section_row(lines: list[_Line], i: int, text: str, width: int) -> list[tuple[int, int]] | None:
    """A section row of an indicator table (一、产出指标（50分）, （一）数量指标): a level word alone
    on its line, with or without the TABs of the empty cells after it, and the table's rows going
    on below it (after more such rows).  It spans the table: empty cells pad it to ``width``."""
    j = i
    while j < len(lines) and _is_section_line(lines[j], text):
        j += 1
    if j == i or j >= len(lines) or not _tsv_fields(lines[j], text):
        return None
    line = lines[i]
    content = text[line.start : line.end]
    lead = len(content) - len(content.lstrip())
    label = content.strip().split("\t")[0].rstrip()
    start = line.start + lead
    fields = [(start, start + len(label))]
    fields += [(line.end, line.end)] * (width - 1)
    return fields


def _is_section_line(line: _Line, text: str) -> bool:
    cells = [c for c in text[line.start : line.end].split("\t") if c.strip()]
    return len(cells) == 1 and _section_pattern().match(_SPACES.sub("", cells[0])) is not None


def _lone_cell_row(lines: list[_Line], i: int, text: str, rows: list) -> list[tuple[int, int]] | None:
    """A row of one filled cell between rows of the table, the others empty or a full-width
    space (a web page's '2.项目实施内容及过程概述\t　', a label whose cell beside it was left
    blank): its fields as they stand, the table going on below it."""
    content = text[lines[i].start : lines[i].end]
    if not rows or "\t" not in content or i + 1 >= len(lines) or not _tsv_fields(lines[i + 1], text):
        return None
    parts = content.split("\t")
    if sum(1 for part in parts if part.strip()) != 1:
        return None
    fields, pos = [], lines[i].start
    for part in parts:
        fields.append((pos, pos + len(part)))
        pos += len(part) + 1
    return fields


def _sparse_tsv_row(lines: list[_Line], i: int, text: str, rows: list) -> list[tuple[int, int]] | None:
    """A row of the table with fewer than two filled cells ('六、经营收入\t\t\t', a label over empty
    figures, or a row of empty cells): as wide as the table, and a full row follows it."""
    content = text[lines[i].start : lines[i].end]
    if not rows or "\t" not in content or content.count("\t") + 1 != max(len(r) for r in rows):
        return None
    j = i + 1
    while j < len(lines):
        nxt = text[lines[j].start : lines[j].end]
        if _tsv_fields(lines[j], text):
            break
        if "\t" not in nxt or nxt.count("\t") + 1 != max(len(r) for r in rows):
            return None
        j += 1
    if j >= len(lines):
        return None
    fields, pos = [], lines[i].start
    for part in content.split("\t"):
        fields.append((pos, pos + len(part)))
        pos += len(part) + 1
    return fields


# --- header rows of merged cells -------------------------------------------------------------


def _align_header(block: SourceBlock, rows: list[list[tuple[int, int]]], text: str) -> None:
    """Header rows of merged cells laid over the columns of the figures.

    A web page's table copied as text gives each header row only the cells it holds: a cell
    spanning several columns is one field, and the lower row gives an empty field in the place of
    each cell above it, then the cells under a cell that spans columns right after its place:

        2024年预算数 | 2025年预算数
        合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 | 合计 | …
        (empty) | (empty) | (empty) | 小计 | 公务用车购置费 | 公务用车运行费 | (empty) | …
        1,298.50 | 0.00 | 1,276.00 | 120.00 | 1,156.00 | 22.50 | 1,234.00 | …

    Such a lower row is longer than the rows of figures.  Its empty fields, one per cell above,
    say which cell above spans down over it (those with nothing after their place) and which spans
    the columns of the names after its place; the rows above it then share the columns out the
    same way, a name over each repeat of the names under it (2024年预算数, 2025年预算数 over 合计 |
    因公出国（境）费 | … twice).  A header row shorter than the full header row under it is laid
    over it the same way: over the places of its cells spanning down (科目编码 | 科目名称 |
    2025年预算数 over (empty) | (empty) | 合计 | 基本支出 | 项目支出), or over the repeats of its
    names (收入 | 支出 over 项目 | 预算数 | 项目 | 预算数).  The rows become as wide as the table: a
    position a cell covers is an empty cell ``merged_from`` it.  Rows that fit none of these
    readings are left as they are."""
    figures = [len(r) for r in rows if any(_FIGURE_CELL.match(text[a:b].strip()) for a, b in r)]
    if not figures:
        return
    width = Counter(figures).most_common(1)[0][0]
    top = next(k for k, r in enumerate(rows) if any(_FIGURE_CELL.match(text[a:b].strip()) for a, b in r))
    long = next((k for k in range(1, top) if len(rows[k]) > width), None)
    if long is not None:
        spread = _spread_over(rows[long - 1], rows[long], width, text)
        if spread is None:
            return
        upper, lower = spread  # for each column: (field, first column of its cell) of each row
        aligned = {long - 1: upper, long: lower}
        first = long - 1
    else:
        first = next((k for k in range(top - 1, -1, -1) if len(rows[k]) == width), None)
        if first is None or first == 0:
            return
        upper = [(c, c) for c in range(width)]
        aligned = {}
        if (over := _over_places(rows[first - 1], rows[first], text)) is not None:
            # the full row keeps its names; its empty fields are covered by the cells above
            named = [bool(text[a:b].strip()) for a, b in rows[first]]
            aligned = {first - 1: over, first: [(c, c) if named[c] else (-1, over[c][1]) for c in range(width)]}
            upper, first = over, first - 1
    below = upper
    for k in range(first - 1, -1, -1):
        over = _repeats_over(rows[k], below, rows[k + 1], text)
        if over is None:
            break
        aligned[k] = below = over
    for k, columns in aligned.items():
        block.rows[k] = _cells(k, columns, rows[k], aligned)


def _spread_over(upper: list[tuple[int, int]], lower: list[tuple[int, int]], width: int,
                 text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The columns of a header row and of the longer row under it that gives an empty field per
    cell above, each followed by the names under that cell when it spans columns.  Each column
    as (field of the row, column its cell starts at); a cell spanning down from the row above
    has the field -1 under it.  None when the fields do not add up to ``width`` columns."""
    if any(not text[a:b].strip() for a, b in upper):
        return None
    places = [f for f, (a, b) in enumerate(lower) if not text[a:b].strip()]
    if len(places) != len(upper) or not lower or text[lower[0][0]:lower[0][1]].strip():
        return None
    under: list[list[int]] = [[] for _ in upper]
    cell = -1
    for f, (a, b) in enumerate(lower):
        if not text[a:b].strip():
            cell += 1
        else:
            under[cell].append(f)
    if sum(len(u) or 1 for u in under) != width or not any(under):
        return None
    up, low = [], []
    for u, names in enumerate(under):
        first = len(up)
        for f in names or [places[u]]:
            up.append((u, first))
            low.append((f, len(low)) if names else (-1, first))
    return up, low


def _over_places(upper: list[tuple[int, int]], lower: list[tuple[int, int]], text: str) -> list[tuple[int, int]] | None:
    """The columns of a header row over a full row whose empty fields are the places of its cells
    that span down (科目编码 | 科目名称 | 2025年预算数 over (empty) | (empty) | 合计 | 基本支出 |
    项目支出): in turn, each empty field takes the next cell above, each run of names the next
    cell above as the group over them.  None unless the cells above are that many."""
    if any(not text[a:b].strip() for a, b in upper) or len(upper) >= len(lower):
        return None
    columns: list[tuple[int, int]] = []
    cell, named_before = -1, False
    for c, (a, b) in enumerate(lower):
        named = bool(text[a:b].strip())
        if not named or not named_before:
            cell += 1
            first = c
        if cell >= len(upper):
            return None
        columns.append((cell, first))
        named_before = named
    if cell != len(upper) - 1 or all(text[a:b].strip() for a, b in lower):
        return None
    return columns


def _repeats_over(row: list[tuple[int, int]], below: list[tuple[int, int]], below_fields: list[tuple[int, int]],
                  text: str) -> list[tuple[int, int]] | None:
    """The columns of a header row of names over the repeats of the row under it (2024年预算数 |
    2025年预算数 over 合计 | … | 合计 | …): as many names as repeats of the cells below, each
    name over one repeat.  None for any other row."""
    names = len(row)
    if any(not text[a:b].strip() for a, b in row) or names < 2:
        return None
    starts = [c for c, (_, first) in enumerate(below) if first == c]  # the cells of the row below
    words = [_SPACES.sub("", text[slice(*below_fields[below[c][0]])]) if below[c][0] >= 0 else "" for c in starts]
    if len(starts) % names:
        return None
    period = len(starts) // names
    if period < 2 or words != words[:period] * names:
        return None
    columns = []
    for n in range(names):
        first = starts[n * period]
        end = starts[(n + 1) * period] if n + 1 < names else len(below)
        columns += [(n, first)] * (end - first)
    return columns


def _cells(r: int, columns: list[tuple[int, int]], fields: list[tuple[int, int]],
           aligned: dict[int, list[tuple[int, int]]]) -> list[SourceCell]:
    """The cells of header row ``r`` from its columns: a cell where its field's columns start,
    spanning them and the rows below where those have no field of their own; an empty cell
    ``merged_from`` the cell that covers each other position."""
    cells: list[SourceCell] = []
    for c, (f, first) in enumerate(columns):
        if f < 0:  # covered by the cell of the row above (which spans down)
            anchor = r - 1
            while anchor in aligned and aligned[anchor][c][0] < 0:
                anchor -= 1
            at = cells[-1].end if cells else fields[0][0]
            cells.append(SourceCell(r, c, at, at, merged_from=(anchor, aligned[anchor][c][1])))
        elif first != c:
            at = cells[-1].end
            cells.append(SourceCell(r, c, at, at, merged_from=(r, first)))
        else:
            span = sum(1 for _, g in columns if g == c)
            down = 1
            while r + down in aligned and aligned[r + down][c][0] < 0:
                down += 1
            cells.append(SourceCell(r, c, *fields[f], rowspan=down, colspan=span))
    return cells
