"""Tables typed as lines of text inside a Word document or a PDF: a row a line, cells one space apart.

What a PDF viewer's copy of a table gives, pasted into Word (and perhaps printed to PDF again): the
table is no Word table and has no ruling, only lines of text, ``产出指标 数量指标 参保人数 ≥405万人
409.86万人 5 5``.  The text reader reads this form (``text_reader.spaced_row_tables``: the
``pdf_disclosure`` and ``pdf_rows`` finders); this module hands those same finders a run of
consecutive paragraphs of a .docx, or of lines of a PDF, and puts back the table blocks they find.

A run is given as the texts of its paragraphs (or lines), in order.  Joined by newlines they are
the text the finders read, exactly as the text reader reads a text file, and exactly what a
``SourceBuilder`` writes for consecutive paragraphs; so a table found in the run keeps its cells'
offsets, moved by where its lines are written in the document's text.  Only the paragraphs a
finder takes as a table change; a table that would begin or end inside a paragraph (a Word
paragraph with line breaks in it) is left as paragraphs.

PDF lines are handed over before the PDF reader joins them into paragraphs (``pdf_reader._emit``):
a row that reaches the right margin would otherwise be joined to the next row, and a header
wrapped onto two lines to one line.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from ..model import SourceBlock, SourceBuilder
from .pasted.common import _lines
from .text_reader import spaced_row_tables


@dataclass
class Found:
    """A table the finders took in a run: paragraphs ``first`` up to ``end`` (exclusive), and the
    table block with offsets into those paragraphs' texts joined by newlines."""

    first: int
    end: int
    block: SourceBlock


def find_tables(texts: list[str]) -> list[Found]:
    """The tables typed as spaced lines in a run of consecutive paragraphs, in order."""
    if len(texts) < 2:
        return []
    joined = "\n".join(texts)
    lines = _lines(joined)
    # the line each paragraph starts at (a paragraph may hold line breaks of its own)
    starts: list[int] = []
    k = 0
    for text in texts:
        starts.append(k)
        k += text.count("\n") + 1
    found = []
    for top, (block, after) in sorted(spaced_row_tables(lines, joined, set()).items()):
        first = bisect.bisect_left(starts, top)
        end = bisect.bisect_left(starts, after)
        if first >= len(texts) or starts[first] != top or end < len(texts) and starts[end] != after:
            continue  # begins or ends inside a paragraph: leave the paragraphs as they are
        found.append(Found(first, end, _shifted(block, -lines[top].start)))
    return found


def add_table(builder: SourceBuilder, texts: list[str], found: Found, page: int | None = None,
              ) -> None:
    """Write the paragraphs of a found table to the document's text, as consecutive paragraphs
    would be written, and put the table block over them."""
    chunk = "\n".join(texts[found.first:found.end])
    before = len(builder.blocks)
    builder.add_paragraph(chunk)
    if len(builder.blocks) == before:
        return  # nothing but blanks: cannot be, a table has cells
    # the paragraph block only placed the text; the table block stands in its stead
    written = builder.blocks.pop()
    builder.blocks.append(_shifted(found.block, written.start, page))


def add_paragraphs(builder: SourceBuilder, paragraphs: list[tuple[str, str | None]],
                   page: int | None = None) -> None:
    """Add a run of consecutive paragraphs (text, style): tables typed as spaced lines as table
    blocks, every other paragraph as it is."""
    texts = [text for text, _ in paragraphs]
    i = 0
    for found in find_tables(texts):
        for text, style in paragraphs[i:found.first]:
            builder.add_paragraph(text, page=page, style=style)
        add_table(builder, texts, found, page)
        i = found.end
    for text, style in paragraphs[i:]:
        builder.add_paragraph(text, page=page, style=style)


def _shifted(block: SourceBlock, delta: int, page: int | None = None) -> SourceBlock:
    """A copy of a table block with every offset moved by ``delta`` (and the page given)."""
    rows = [
        [
            replace(cell, start=cell.start + delta, end=cell.end + delta,
                    more=tuple((a + delta, b + delta) for a, b in cell.more))
            for cell in row
        ]
        for row in block.rows or []
    ]
    return replace(block, start=block.start + delta, end=block.end + delta, rows=rows,
                   page=page if page is not None else block.page)
