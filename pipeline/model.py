"""The document model every reader produces and every later stage reads.

Two layers:

* ``Source`` is what a reader returns: the text as the file holds it (``Source.text``) and its
  blocks in reading order, each with a span into that text.  Readers of formats that have no
  running text of their own (.docx, .pdf) make one with ``SourceBuilder``.
* ``Document`` is what the pipeline works on: the cleaned text (``Document.text``), the same
  blocks with spans into the cleaned text, sections, and an ``OffsetMap`` that takes any cleaned
  position back to ``Source.text``.  Facts keep cleaned offsets; the map makes them traceable.

A table is rows x cells.  Where a reader knows that cells were merged (.docx gridSpan/vMerge,
a PDF cell spanning grid lines), the anchor cell carries ``rowspan``/``colspan`` and every grid
position it covers holds a ``Cell`` with empty text and ``merged_from`` = the anchor's (row, col),
so that every row has one cell per grid column.  Tables pasted as text cannot tell merges from
blank cells: their rows are kept as pasted, possibly of different lengths.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

@dataclass
class Cell:
    row: int
    col: int
    text: str
    start: int = -1
    end: int = -1
    rowspan: int = 1
    colspan: int = 1
    merged_from: tuple[int, int] | None = None


@dataclass
class Block:
    kind: str
    text: str
    start: int
    end: int
    page: int | None = None
    rows: list[list[Cell]] | None = None
    index: int = -1
    section: int | None = None
    style: str | None = None  # the reader's hint: a .docx paragraph style, 'pasted' for text tables
    continues: int | None = None  # a table's part on a later page: the index of the table's first part

    @property
    def table(self) -> int:
        """The table a block belongs to: its own index, or its first part's on an earlier page."""
        return self.index if self.continues is None else self.continues

    @property
    def n_rows(self) -> int:
        return len(self.rows) if self.rows else 0

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0) if self.rows else 0


@dataclass
class Section:
    index: int
    number: str | None  # the numbering as written: '（一）', '3、', '第二部分', '附件1', None for titles
    title: str
    level: int  # 1 = outermost
    parent: int | None
    style: str  # numbering style id from patterns/sections.toml
    start: int
    end: int
    block: int  # index of the block that opens the section


class OffsetMap:
    """Maps positions in a cleaned text back to positions in the source text.

    Stored as segments so that a 50 MB text costs a few arrays, not a list per character.  A
    segment is either exact (cleaned char i is source char raw_start + (i - clean_start)) or a
    replacement (every cleaned char of it stands for the whole source range raw_start..raw_end,
    e.g. a run of whitespace folded to one space; a removed artifact is a replacement of length 0).
    """

    def __init__(self) -> None:
        self._clean_start = array("q")
        self._raw_start = array("q")
        self._raw_end = array("q")
        self._exact = array("b")
        self.length = 0

    def add(self, clean_len: int, raw_start: int, raw_end: int, exact: bool) -> None:
        if exact and clean_len != raw_end - raw_start:
            raise ValueError("an exact segment maps equal lengths")
        if (
            exact
            and self._exact
            and self._exact[-1]
            and self._raw_end[-1] == raw_start
            and self._clean_start[-1] + (self._raw_end[-1] - self._raw_start[-1]) == self.length
        ):
            self._raw_end[-1] = raw_end  # extend the previous exact run
        else:
            self._clean_start.append(self.length)
            self._raw_start.append(raw_start)
            self._raw_end.append(raw_end)
            self._exact.append(1 if exact else 0)
        self.length += clean_len

    def extend(self, other: "OffsetMap") -> None:
        """Append another map's segments (built on its own from 0) after this one's."""
        for k in range(len(other._clean_start)):
            seg_end = other._clean_start[k + 1] if k + 1 < len(other._clean_start) else other.length
            self.add(seg_end - other._clean_start[k], other._raw_start[k], other._raw_end[k], bool(other._exact[k]))

    def _segment(self, i: int) -> int:
        k = bisect.bisect_right(self._clean_start, i) - 1
        # zero-length segments share a start with the next one; the last wins, which is the one
        # that owns the character
        return max(k, 0)

    def to_source(self, i: int) -> int:
        """Source position of cleaned position ``i`` (``i == len(text)`` maps to the source end)."""
        if not self._clean_start:
            return 0
        if i >= self.length:
            return self._raw_end[-1]
        k = self._segment(i)
        if self._exact[k]:
            return self._raw_start[k] + (i - self._clean_start[k])
        return self._raw_start[k]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the cleaned span ``start:end``."""
        if end <= start:
            pos = self.to_source(start)
            return pos, pos
        first = self.to_source(start)
        k = self._segment(end - 1)
        if self._exact[k]:
            last = self._raw_start[k] + (end - 1 - self._clean_start[k]) + 1
        else:
            last = self._raw_end[k]
        return first, max(first, last)


@dataclass
class SourceCell:
    row: int
    col: int
    start: int
    end: int
    rowspan: int = 1
    colspan: int = 1
    merged_from: tuple[int, int] | None = None
    # the further lines of a cell wrapped in its column (a grid table's, a PDF copy's), each a span
    # of the text: the other cells of those lines stand between, so a cell is no single span; its
    # text is its spans joined (clean.build_blocks)
    more: tuple[tuple[int, int], ...] = ()


@dataclass
class SourceBlock:
    kind: str  # 'paragraph' | 'heading' | 'table'
    start: int
    end: int
    page: int | None = None
    rows: list[list[SourceCell]] | None = None
    style: str | None = None


@dataclass
class Source:
    """What a reader returns: the text as read, and the blocks found in it, in reading order."""

    text: str
    blocks: list[SourceBlock]
    format: str  # 'text' | 'docx' | 'pdf' | ...
    pages: int | None = None
    encoding: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass
class CellSpec:
    """A cell as a reader of a structured format sees it, before it has a place in any text."""

    text: str
    rowspan: int = 1
    colspan: int = 1
    merged_from: tuple[int, int] | None = None


class SourceBuilder:
    """Builds a ``Source`` for formats without running text: blocks are appended to a text."""

    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[SourceBlock] = []

    def _append(self, text: str) -> tuple[int, int]:
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return start, self._length

    def add_paragraph(self, text: str, page: int | None = None, style: str | None = None) -> None:
        if not text.strip():
            return
        start, end = self._append(text)
        self.blocks.append(SourceBlock("paragraph", start, end, page=page, style=style))

    def append_text(self, text: str) -> int:
        """Write ``text`` as the next block's text would be written; return where it starts (for a
        block a reader builds over it, such as a table found in lines of text)."""
        return self._append(text)[0]

    def add_table(
        self, rows: list[list[CellSpec]], page: int | None = None, style: str | None = None
    ) -> None:
        """Cells are written tab-separated, rows newline-separated, so each cell has a span."""
        if not rows or not any(c.text.strip() for r in rows for c in r):
            return
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        table_start = self._length
        source_rows: list[list[SourceCell]] = []
        for r, row in enumerate(rows):
            if r:
                self._parts.append("\n")
                self._length += 1
            cells = []
            for c, spec in enumerate(row):
                if c:
                    self._parts.append("\t")
                    self._length += 1
                start = self._length
                # a tab or newline inside a cell would break the layout of the text; a space keeps
                # the span length and the meaning
                text = spec.text.replace("\t", " ").replace("\r\n", " \n").replace("\r", " ")
                self._parts.append(text)
                self._length += len(text)
                cells.append(
                    SourceCell(r, c, start, self._length, spec.rowspan, spec.colspan, spec.merged_from)
                )
            source_rows.append(cells)
        self.blocks.append(
            SourceBlock("table", table_start, self._length, page=page, rows=source_rows, style=style)
        )

    def build(self, pages: int | None = None, metadata: dict[str, str] | None = None) -> Source:
        return Source(
            "".join(self._parts), self.blocks, self.format, pages=pages, metadata=metadata or {}
        )


@dataclass
class Document:
    """A report read, cleaned and split: what the extractors work on and what the store keeps."""

    doc_id: str  # the first 16 hex digits of sha256: the same bytes are the same document
    sha256: str
    path: str | None
    format: str
    source: Source
    text: str
    offsets: OffsetMap
    blocks: list[Block]
    sections: list[Section] = field(default_factory=list)
    title: str | None = None
    organisation: str | None = None
    year: int | None = None
    kind: str | None = None
    facts: dict[str, list] = field(default_factory=dict)  # stage name -> the facts it found

    @property
    def pages(self) -> int | None:
        return self.source.pages


def plain_dict(fact: Any) -> dict[str, Any]:
    """A fact dataclass's fields as JSON-ready data: decimals as their exact text."""
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in fact.__dict__.items()}
