"""Plain text: decoding, lines as paragraphs, and Word tables pasted as text.

When a Word table is copied as plain text, every cell lands on its own line behind a TAB and rows
are separated by one blank line (seed 001); two or more blank lines end the table.  A cell whose
text had a paragraph break comes back as a line without the TAB between two rows; it belongs to
the cell before it.  Text copied from a spreadsheet instead keeps a row per line with TABs between
cells.  Both become table blocks.  A run of single-cell "rows" is only indented text (seed 002 is
a whole report pasted from a one-column layout table) and stays paragraphs.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from ..errors import EmptyFile, UndecodableText
from ..model import Source, SourceBlock, SourceCell

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Below this share of ordinary characters a GB18030 decoding is taken for noise: GB18030 maps
# almost any byte string to *some* characters, so success alone proves nothing.
_MIN_PLAUSIBLE = 0.95


def decode_bom(data: bytes, path: str | None = None) -> tuple[str, str] | None:
    """The text a byte-order mark says the bytes are, None without one; empty bytes refused."""
    if not data.strip():
        raise EmptyFile(path, "the file is empty" if not data else "the file holds only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", " with BOM")
            except UnicodeDecodeError as exc:
                raise UndecodableText(path, f"starts with a {encoding} BOM but is not {encoding}: {exc.reason}") from None
    return None


def decode_text(data: bytes, path: str | None = None) -> tuple[str, str]:
    """Decode report bytes: BOMs, UTF-8, UTF-16 without BOM, then GB18030 (a superset of GBK)."""
    if (with_bom := decode_bom(data, path)) is not None:
        return with_bom
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _guess_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise UndecodableText(path, "binary data, not text (NUL bytes, no known encoding)")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise UndecodableText(path, "neither UTF-8 nor GB18030/GBK text") from None
    if _plausible_share(text) < _MIN_PLAUSIBLE:
        raise UndecodableText(path, "decodes as GB18030 only to noise: not a text file in a known encoding")
    return text, "gb18030"


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 text of Chinese and ASCII has NULs in one byte column only."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.2 * half and even == 0:
        return "utf-16-le"
    if even > 0.2 * half and odd == 0:
        return "utf-16-be"
    return None


def _plausible_share(text: str) -> float:
    sample = text[:20000]
    good = 0
    for ch in sample:
        if ch.isspace() or ch.isascii() and ch.isprintable():
            good += 1
            continue
        cat = unicodedata.category(ch)
        if cat in ("Lo", "Nd", "Po", "Ps", "Pe", "Pd", "Sm", "So", "Pi", "Pf", "Zs", "Lu", "Ll"):
            # GB18030 noise lands in Lo too, but mostly outside the common CJK block
            if cat == "Lo" and not ("\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff"):
                continue
            good += 1
    return good / max(len(sample), 1)


@dataclass
class _Line:
    start: int
    end: int  # end of the content, before the line break

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            end = n
            if pos < n:
                lines.append(_Line(pos, end))
            break
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        lines.append(_Line(pos, end))
        pos = nl + 1
    return lines


def _is_blank(line: _Line, text: str) -> bool:
    return not text[line.start : line.end].strip()


def _is_cell_line(line: _Line, text: str) -> bool:
    return line.end > line.start and text[line.start] == "\t" and "\t" not in text[line.start + 1 : line.end]


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


def read_text(text: str, fmt: str = "text", encoding: str | None = None) -> Source:
    """Split decoded text into paragraph and table blocks, with spans into ``text`` itself."""
    lines = _lines(text)
    blocks: list[SourceBlock] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_cell_line(line, text):  # before the blank test: a lone TAB is an empty first cell
            table, i = _pasted_word_table(lines, i, text)
            blocks.extend(table)
            continue
        if _is_blank(line, text):
            i += 1
            continue
        if _tsv_fields(line, text) and i + 1 < len(lines) and _tsv_fields(lines[i + 1], text):
            table, i = _tsv_table(lines, i, text)
            blocks.append(table)
            continue
        blocks.append(SourceBlock("paragraph", line.start, line.end))
        i += 1
    return Source(text, blocks, fmt, encoding=encoding)


def _pasted_word_table(lines: list[_Line], i: int, text: str) -> tuple[list[SourceBlock], int]:
    """Read rows of TAB-led cell lines from line ``i``; return the blocks and the next line index."""
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    blanks = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if _is_blank(line, text) and not _is_cell_line(line, text):
            blanks += 1
            if row:
                rows.append(row)
                row = []
            if blanks >= 2:
                break
            i += 1
            continue
        if _is_cell_line(line, text):
            blanks = 0
            row.append((line.start + 1, line.end))
            i += 1
            continue
        # a line without the TAB: the second paragraph of the last cell when a table row follows
        nxt = i + 1
        while nxt < n and _is_blank(lines[nxt], text) and not _is_cell_line(lines[nxt], text):
            nxt += 1
        prev_cells = row or (rows[-1] if rows else None)
        if prev_cells and nxt < n and _is_cell_line(lines[nxt], text):
            start, _ = prev_cells[-1]
            prev_cells[-1] = (start, line.end)
            blanks = 0
            i += 1
            continue
        break
    if row:
        rows.append(row)
    while rows and all(not text[a:b].strip() for a, b in rows[-1]):
        rows.pop()
    while rows and all(not text[a:b].strip() for a, b in rows[0]):
        rows.pop(0)
    if not rows:
        return [], i
    if max(len(r) for r in rows) < 2:
        # indented text, not a table
        return [
            SourceBlock("paragraph", a, b) for r in rows for a, b in r if text[a:b].strip()
        ], i
    return [_table_block(rows, "pasted")], i


def _tsv_table(lines: list[_Line], i: int, text: str) -> tuple[SourceBlock, int]:
    rows = []
    while i < len(lines):
        fields = _tsv_fields(lines[i], text) or _sparse_tsv_row(lines, i, text, rows)
        if not fields:
            break
        rows.append(fields)
        i += 1
    return _table_block(rows, "tsv"), i


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


def _table_block(rows: list[list[tuple[int, int]]], style: str) -> SourceBlock:
    source_rows = [
        [SourceCell(r, c, a, b) for c, (a, b) in enumerate(row)] for r, row in enumerate(rows)
    ]
    start = rows[0][0][0]
    end = max(b for row in rows for _, b in row)
    return SourceBlock("table", start, end, rows=source_rows, style=style)
