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

Prose typed at a fixed width.  Text pulled out of a PDF and pasted into Word keeps the PDF's line
breaks: each line a Word paragraph, sentences and figures broken at a fixed width (``…资金到位`` /
``率97.89%``).  The text reader joins such lines into paragraphs (``pasted.pdf_text``: ``_layout``
measures the usual width, ``_paragraph_end`` finds where a paragraph ends); ``find_prose`` asks the
same of a run of .docx paragraphs, and the paragraphs it would join become one paragraph block
over their text, the line break between them whitespace the cleaner drops, as in the text reader.
A Word document typed the ordinary way, a paragraph a paragraph of any width, has no usual width
and stays as it is.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from ..model import SourceBlock, SourceBuilder
from .pasted.common import _lines
from .pasted.pdf_text import _layout, _paragraph_end
from .text_reader import spaced_row_tables


@dataclass
class Found:
    """A table the finders took in a run: paragraphs ``first`` up to ``end`` (exclusive), and the
    table block with offsets into those paragraphs' texts joined by newlines."""

    first: int
    end: int
    block: SourceBlock


def _line_starts(texts: list[str]) -> list[int]:
    """The line each paragraph starts at in the run's texts joined by newlines (a paragraph may
    hold line breaks of its own)."""
    starts: list[int] = []
    k = 0
    for text in texts:
        starts.append(k)
        k += text.count("\n") + 1
    return starts


def find_tables(texts: list[str]) -> list[Found]:
    """The tables typed as spaced lines in a run of consecutive paragraphs, in order."""
    if len(texts) < 2:
        return []
    joined = "\n".join(texts)
    lines = _lines(joined)
    starts = _line_starts(texts)
    found = []
    for top, (block, after) in sorted(spaced_row_tables(lines, joined, set()).items()):
        first = bisect.bisect_left(starts, top)
        end = bisect.bisect_left(starts, after)
        if first >= len(texts) or starts[first] != top or end < len(texts) and starts[end] != after:
            continue  # begins or ends inside a paragraph: leave the paragraphs as they are
        found.append(Found(first, end, _shifted(block, -lines[top].start)))
    return found


def find_prose(texts: list[str], styles: list[str | None], tables: list[Found],
               ) -> list[tuple[int, int]]:
    """The paragraphs the text reader would join into one, as it joins the lines of a text pulled
    from a PDF (``pdf_text``): (first, end) spans of two paragraphs or more, outside ``tables``,
    in order.  Measured on the run's lines of prose as the text reader measures a text's: no usual
    width (a paragraph a paragraph, of any width), nothing joined.  Only paragraphs of one line
    are joined, and of one style: a Word line break or a style of its own is the writer's mark,
    which the text reader does not see."""
    if len(texts) < 2:
        return []
    joined = "\n".join(texts)
    lines = _lines(joined)
    starts = _line_starts(texts) + [len(lines)]
    in_table: set[int] = set()  # paragraphs of the tables
    for found in tables:
        in_table.update(range(found.first, found.end))
    table_lines = {k for p in in_table for k in range(starts[p], starts[p + 1])}
    # the finders' tables as the text reader hands them to _paragraph_end: by their first line
    taken = {starts[found.first]: found for found in tables}
    layout = _layout(lines, joined, table_lines)
    if layout.width is None:
        return []

    def joinable(p: int) -> bool:
        return p not in in_table and texts[p].strip() != "" and "\n" not in texts[p] and "\t" not in texts[p]

    spans = []
    p = 0
    while p < len(texts):
        if not joinable(p):
            p += 1
            continue
        last = _paragraph_end(lines, starts[p], joined, layout, taken)
        end = bisect.bisect_right(starts, last)  # past the paragraph that holds the last line
        q = p + 1
        while q < end and joinable(q) and styles[q] == styles[p]:
            q += 1
        if q - p >= 2:
            spans.append((p, q))
        p = q
    return spans


def find_furniture(texts: list[str], tables: list[Found]) -> set[int]:
    """The paragraphs the text reader drops as page furniture of a text pulled from a PDF
    (``pdf_text._layout``): page footers (``— 3 —``) standing among the lines, two of them at
    least, and a running title repeated after them.  A copy keeps its pages' footers as lines of
    their own, wherever the copy's page breaks fall; they are no part of the text, and one left
    between the two parts of a table over a page break keeps the parts apart.  Only paragraphs of
    one line count."""
    if len(texts) < 2:
        return set()
    joined = "\n".join(texts)
    lines = _lines(joined)
    starts = _line_starts(texts)
    table_lines = {k for found in tables for k in range(starts[found.first],
                                                          starts[found.end] if found.end < len(texts) else len(lines))}
    furniture = _layout(lines, joined, table_lines).furniture
    return {p for p, k in enumerate(starts) if k in furniture and "\n" not in texts[p]}


def add_table(builder: SourceBuilder, texts: list[str], found: Found, page: int | None = None,
              ) -> None:
    """Write the paragraphs of a found table to the document's text, as consecutive paragraphs
    would be written, and put the table block over them."""
    start = builder.append_text("\n".join(texts[found.first:found.end]))
    builder.blocks.append(_shifted(found.block, start, page))


def add_paragraphs(builder: SourceBuilder, paragraphs: list[tuple[str, str | None]],
                   page: int | None = None, prose: bool = False) -> None:
    """Add a run of consecutive paragraphs (text, style): tables typed as spaced lines as table
    blocks, and with ``prose`` the paragraphs of prose typed at a fixed width that the text reader
    would join as one paragraph block each (``find_prose``); every other paragraph as it is."""
    texts = [text for text, _ in paragraphs]
    tables = find_tables(texts)
    joins = find_prose(texts, [style for _, style in paragraphs], tables) if prose else []
    # what takes more than one paragraph, in order: a table (a Found) or a (first, end) of prose
    spans = sorted([(f.first, f.end, f) for f in tables] + [(a, b, None) for a, b in joins],
                   key=lambda s: s[0])
    i = 0
    for first, end, found in spans:
        for text, style in paragraphs[i:first]:
            builder.add_paragraph(text, page=page, style=style)
        if found is not None:
            add_table(builder, texts, found, page)
        else:
            # one block over the paragraphs' text, written as consecutive paragraphs would be
            builder.add_paragraph("\n".join(texts[first:end]), page=page, style=paragraphs[first][1])
        i = end
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
