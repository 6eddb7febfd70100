"""Plain text: decoding, lines as paragraphs, and tables pasted as text.

``read_text`` reads a text a line at a time: a table found there becomes a table block, other
lines paragraphs.  The forms a table takes when pasted as text are read by the modules of
``pipeline.readers.pasted``, one a form:

* ``cell_lines``: a Word table copied as plain text, every cell on its own line behind a TAB; a
  web table copied one cell a line with no TAB (rows every N lines, or grouped by blank lines);
* ``tsv``: text copied from a spreadsheet, a row a line with TABs between cells;
* ``aligned``: columns aligned with spaces (a web page, ``pdftotext -layout``);
* ``grouped``: a disclosure table listed one cell a line, each row ended by a blank line, found
  by the rhythm of its rows;
* ``pdf_cells``: a 自评表 copied out of a PDF viewer one cell a line, blank cells lost;
* ``pdf_rows``: indicator tables copied out of a PDF viewer a row a line;
* ``pdf_disclosure``: disclosure (部门决算/预算) tables copied out of a PDF viewer, cells parted by
  one space;
* ``records``: a table a web site's template printed one labelled record a row (一级指标：… /
  三级指标：… / 分值：10 / 得分：10), records apart by blank lines;
* ``pipes``: Markdown pipe tables (shared with the Markdown reader), ``bars``: tables of cells
  apart by bars with no delimiter row;
* ``pdf_text``: text pulled from a PDF, its lines broken at a fixed width and its page furniture.

The forms anchored on a header are looked for before the text is read in order, since lines above a
header belong to their table; ``read_text`` keeps the order in which they are tried.  The names
other modules import from here (``pipe_cells``, ``is_pipe_delimiter``, ``is_pipe_table_start``,
``pipe_table_rows``) are re-exported.
"""

from __future__ import annotations

import codecs
import unicodedata

from ..errors import EmptyFile, UndecodableText
from ..model import Source, SourceBlock
from .pasted.aligned import _aligned_tables
from .pasted.bars import _bar_tables
from .pasted.cell_lines import _cell_per_line_tables, _is_cell_line, _pasted_word_table
from .pasted.common import _is_blank, _Line, _lines, _spanned
from .pasted.grouped import _grouped_grid_tables
from .pasted.pdf_cells import _pdf_cell_tables
from .pasted.pdf_disclosure import _pdf_copied_tables
from .pasted.pdf_rows import _pdf_row_tables
from .pasted.pdf_text import _layout, _paragraph_end, _paragraphs_over_page_breaks, _tables_over_page_breaks
from .pasted.pipes import _pipe_tables, is_pipe_delimiter, is_pipe_table_start, pipe_cells, pipe_table_rows
from .pasted.records import _record_tables
from .pasted.tsv import _tsv_fields, _tsv_table

__all__ = ["decode_bom", "decode_text", "is_pipe_delimiter", "is_pipe_table_start", "pipe_cells",
           "pipe_table_rows", "read_text", "spaced_row_tables"]

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


def spaced_row_tables(lines: list[_Line], text: str, taken: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """Tables copied out of a PDF viewer a row a line, cells one space apart: the disclosure
    form, then indicator rows, as ``read_text`` tries them; first line -> (table block, line after
    it).  Lines in ``taken`` belong to something else.  The .docx and PDF readers hand their runs
    of paragraphs and lines to it (``spaced_lines``): such a table typed into Word or printed is
    still lines of text there."""
    found = _pdf_copied_tables(lines, text, set(taken))
    found.update(_pdf_row_tables(lines, text, set(taken) | _spanned(found)))
    return found


def read_text(text: str, fmt: str = "text", encoding: str | None = None) -> Source:
    """Split decoded text into paragraph and table blocks, with spans into ``text`` itself."""
    lines = _lines(text)
    blocks: list[SourceBlock] = []
    # tables found by their header before reading in order: lines above a header belong to them;
    # pipe tables first, so that their rows are not taken for space-aligned ones
    piped = _pipe_tables(lines, text)
    piped.update(_bar_tables(lines, text, _spanned(piped)))
    laid_out = _aligned_tables(lines, text, _spanned(piped))
    laid_out.update(piped)
    # labelled records (一级指标：产出指标 / … / 得分：10), before the readers of a cell a line take
    # their lines for cells
    laid_out.update(_record_tables(lines, text, _spanned(laid_out)))
    laid_out.update(_pdf_cell_tables(lines, text, laid_out))
    laid_out.update(_cell_per_line_tables(lines, text, laid_out))
    # a disclosure table listed a cell a line, rows ended by blank lines, before the readers of a
    # PDF viewer's copy take its lines for rows of their own
    laid_out.update(_grouped_grid_tables(lines, text, _spanned(laid_out)))
    laid_out.update(spaced_row_tables(lines, text, _spanned(laid_out)))
    layout = _layout(lines, text, _spanned(laid_out))
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in laid_out:
            table, i = laid_out[i]
            blocks.append(table)
            continue
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
        if i in layout.furniture:
            i += 1
            continue
        last = _paragraph_end(lines, i, text, layout, laid_out)
        blocks.append(SourceBlock("paragraph", line.start, lines[last].end))
        i = last + 1
    blocks = _paragraphs_over_page_breaks(blocks, text, lines, layout)
    return Source(text, _tables_over_page_breaks(blocks, text, lines, layout), fmt, encoding=encoding)
