"""Tables copied from a spreadsheet: a row per line with TABs between cells.

Text copied from a spreadsheet keeps a row per line with TABs between cells; it becomes a table
block, with the section rows of an indicator table (a level word alone on its line) and the rows
of fewer than two filled cells kept in it.
"""

from __future__ import annotations

from ...model import SourceBlock
from .common import _SPACES, _is_vocabulary, _Line, _section_pattern, _table_block, _vocabulary


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
            or header and _section_row(lines, i, text, len(rows[-1]))
        if not fields:
            break
        rows.append(fields)
        header = header or sum(_is_vocabulary(text[a:b]) for a, b in fields) >= _vocabulary()[1]
        i += 1
    return _table_block(rows, "tsv"), i


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
