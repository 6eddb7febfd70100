"""Clean text: conversion artifacts out, full-width numbers in ASCII, whitespace folded.

The cleaned text is what every extractor reads.  ``TextBuilder`` records, for every piece of the
cleaned text, the source range it came from, so any offset stays traceable (``OffsetMap``).
``build_document`` applies the cleaning block by block and lays the blocks out as the document
text: blocks separated by a newline, table cells by a TAB and table rows by a newline.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from . import patterns
from .model import Block, Cell, OffsetMap, Source
from .patterns import rx

# Chinese characters and punctuation (full-width digits and letters are not: 1163.82万元, １２ stays
# apart from a preceding comma)
_CJK = r"\p{Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201d\u2026"


class TextBuilder:
    """Accumulates cleaned text together with its map back to the source."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets = OffsetMap()

    @property
    def length(self) -> int:
        return self.offsets.length

    def copy(self, text: str, start: int, end: int) -> None:
        if end > start:
            self.parts.append(text[start:end])
            self.offsets.add(end - start, start, end, exact=True)

    def replace(self, new: str, start: int, end: int) -> None:
        """``new`` stands for source[start:end]; equal lengths keep a char-for-char mapping."""
        self.parts.append(new)
        self.offsets.add(len(new), start, end, exact=len(new) == end - start)

    def extend(self, other: "TextBuilder") -> None:
        self.parts.extend(other.parts)
        self.offsets.extend(other.offsets)

    def text(self) -> str:
        return "".join(self.parts)


@lru_cache(maxsize=1)
def _rules() -> tuple[regex.Pattern[str], dict[str, str], regex.Pattern[str]]:
    artifacts = patterns.entries("cleaning", "artifact", ("id", "pattern"))
    for entry in artifacts:
        patterns.compile_pattern("cleaning", entry)  # a bad entry is named before it is combined
    config = patterns.load("cleaning")
    ws = regex.escape(config["whitespace"]["chars"])
    numbers = config["numbers"]
    digit = "[0-9\uff10-\uff19]"
    number = (
        f"{digit}+(?:[{numbers['thousands']},]{digit}{{3}}(?!{digit}))*"
        f"(?:[{numbers['decimal']}.]{digit}+)?{numbers['percent']}?"
    )
    scanner = regex.compile(
        "|".join(f"(?P<a{i}>{e['pattern']})" for i, e in enumerate(artifacts))
        + f"|(?P<ws>[{ws}]+)|(?P<num>{number})"
    )
    table = {chr(0xFF10 + d): str(d) for d in range(10)}
    table.update({numbers["thousands"]: ",", numbers["decimal"]: ".", numbers["percent"]: "%"})
    # anything the scanner would change: an artifact, whitespace, a full-width digit or sign, or a
    # full-width separator between ASCII digits (1．5, 1，234)
    needs_cleaning = regex.compile(
        "|".join(f"(?:{e['pattern']})" for e in artifacts) + f"|[{ws}\uff10-\uff19{numbers['percent']}]"
        + f"|[0-9][{numbers['thousands']}{numbers['decimal']}][0-9]"
    )
    return scanner, table, needs_cleaning


_CJK_CHAR = regex.compile(f"[{_CJK}]")
# a figure broken at a line's end after its separator, the rest on the next line of the paragraph
# (pdftotext -layout breaks lines at a width counted in characters: 项目支出3, / 543.92万元): the
# break and the margin are no space in it
_SPLIT_FIGURE_HEAD = regex.compile(r"[0-9](?:,(?=\s+[0-9]{3}(?![0-9]))|\.(?=\s+[0-9]))")
# the marks that end a clause, compiled to search backwards from a figure for where its clause begins
CLAUSE_MARKS = regex.compile(r"[，,。；;：:]|[-—–]{2}", regex.REVERSE)


def clause_start(text: str, at: int, marks: regex.Pattern[str] = CLAUSE_MARKS) -> int:
    """Where the clause holding ``text[at]`` begins: just after the last of ``marks`` (compiled with
    REVERSE) before ``at``; found backwards, so a paragraph is not read from its start each time."""
    m = marks.search(text, 0, at)
    return m.end() if m else 0


# the number of a list item or heading at the head of a text: 1. 1、 （一） 一、
LIST_MARKER = regex.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}、)\s*")


def clean_into(out: TextBuilder, text: str, start: int = 0, end: int | None = None) -> None:
    """Append the cleaned form of ``text[start:end]`` to ``out``."""
    end = len(text) if end is None else end
    scanner, table, _ = _rules()
    pos = start
    trim_from = out.length  # leading whitespace of the span is dropped
    for m in scanner.finditer(text, start, end):
        out.copy(text, pos, m.start())
        kind = m.lastgroup
        if kind == "num":
            raw = m.group()
            out.replace(raw.translate(str.maketrans(table)) if not raw.isascii() else raw, m.start(), m.end())
        elif kind == "ws":
            before = _previous_char(out, text, m.start(), start)
            after = _next_char(text, m.end(), end, scanner)
            if out.length == trim_from or after is None:
                out.replace("", m.start(), m.end())
            elif "\n" in m.group() and m.start() - 2 >= start and _SPLIT_FIGURE_HEAD.match(text, m.start() - 2):
                out.replace("", m.start(), m.end())
            elif _CJK_CHAR.match(before) or _CJK_CHAR.match(after) or before == " ":
                # (a space already stands before it: whitespace on both sides of a removed artifact,
                # a page footer between two lines, folds to one space)
                out.replace("", m.start(), m.end())
            else:
                out.replace(" ", m.start(), m.end())
        else:
            out.replace("", m.start(), m.end())
        pos = m.end()
    out.copy(text, pos, end)


def _previous_char(out: TextBuilder, text: str, at: int, start: int) -> str:
    for part in reversed(out.parts):
        if part:
            return part[-1]
    return text[at - 1] if at > start else ""


def _next_char(text: str, at: int, end: int, scanner: regex.Pattern[str]) -> str | None:
    """The next character that survives cleaning (artifacts skipped), None at the end."""
    while at < end:
        m = scanner.match(text, at, end)
        if m and m.lastgroup not in ("num", "ws"):
            at = m.end()
            continue
        if m and m.lastgroup == "ws":
            at = m.end()
            continue
        return text[at]
    return None


_LATIN = regex.compile(r"[A-Za-z]")


def wrap_joint(before: str, after: str) -> str:
    """What joins two lines of a cell wrapped in its column: nothing in Chinese (专家指导服务企 / 业数)
    nor inside a figure (≥1 / 5%), a space between Latin words (annual / mean)."""
    return " " if before and after and _LATIN.match(before[-1]) and _LATIN.match(after.lstrip()[:1] or " ") else ""


def clean_text(text: str) -> tuple[str, OffsetMap]:
    """Clean a whole string; the map takes cleaned offsets back to ``text``."""
    out = TextBuilder()
    if _rules()[2].search(text) is None:
        out.copy(text, 0, len(text))  # nothing to clean: the common case for a short span
        return text, out.offsets
    clean_into(out, text)
    return out.text(), out.offsets


def build_blocks(source: Source) -> tuple[str, OffsetMap, list[Block]]:
    """Clean every block of a source and lay them out as one document text."""
    out = TextBuilder()
    blocks: list[Block] = []
    for sblock in source.blocks:
        if sblock.rows is None:
            for start, end in _paragraphs(source.text, sblock.start, sblock.end):
                piece = TextBuilder()
                clean_into(piece, source.text, start, end)
                if not piece.length:
                    continue  # a line of artifacts or spaces only
                if blocks:
                    out.replace("\n", start, start)
                begin = out.length
                out.extend(piece)
                block = Block(sblock.kind, "", begin, out.length, page=sblock.page, style=sblock.style)
                block.index = len(blocks)
                blocks.append(block)
            continue
        if blocks:
            out.replace("\n", sblock.start, sblock.start)
        begin = out.length
        rows: list[list[Cell]] = []
        for r, srow in enumerate(sblock.rows):
            cells: list[Cell] = []
            for c, scell in enumerate(srow):
                if r or c:
                    out.replace("\t" if c else "\n", scell.start, scell.start)
                cell_start = out.length
                clean_into(out, source.text, scell.start, scell.end)
                for start, end in scell.more:
                    before = next((part for part in reversed(out.parts) if part), "")
                    out.replace(wrap_joint(before, source.text[start:end]), start, start)
                    clean_into(out, source.text, start, end)
                cells.append(
                    Cell(r, c, "", cell_start, out.length, scell.rowspan, scell.colspan, scell.merged_from)
                )
            rows.append(cells)
        block = Block("table", "", begin, out.length, page=sblock.page, rows=rows, style=sblock.style)
        block.index = len(blocks)
        blocks.append(block)
    text = out.text()
    for block in blocks:
        block.text = text[block.start : block.end]
        for row in block.rows or ():
            for cell in row:
                cell.text = text[cell.start : cell.end]
    _link_page_continuations(blocks)
    return text, out.offsets, blocks


# The longest paragraph of the corpus has some 1,100 characters; one of more than 5,000 is a file
# without line breaks.  It is cut at sentence ends, so that the extractors, which compare the
# figures of a paragraph with one another, do not take time that grows with its square.
LONGEST_PARAGRAPH = 5000
_SENTENCE_END = regex.compile(r"[。！？；!?;]", regex.REVERSE)
_CLAUSE_MARK = regex.compile(r"[，,、：:\s]", regex.REVERSE)


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of a source paragraph: itself, or pieces of at most LONGEST_PARAGRAPH characters
    that end at a sentence end (else a clause mark) where one stands in their second half."""
    scanner = _rules()[0]
    while end - start > LONGEST_PARAGRAPH:
        limit = start + LONGEST_PARAGRAPH
        half = limit - LONGEST_PARAGRAPH // 2
        cut = _SENTENCE_END.search(text, half, limit) or _CLAUSE_MARK.search(text, half, limit)
        stop = cut.end() if cut else limit
        # never inside what the cleaner reads whole: an artifact, a run of whitespace, a number
        for m in scanner.finditer(text, max(start, stop - 256), min(end, stop + 256)):
            if m.start() < stop < m.end():
                stop = m.start() if m.start() > start else m.end()
                break
        yield start, stop
        start = stop
    yield start, end


def _link_page_continuations(blocks: list[Block]) -> None:
    """Mark a table that goes on over a page break: the last block of a page is a table, the first
    of the next page is a table of the same width (or the page ended on a header row, whatever
    width the columns under it were found to have), and it does not open with a title row of its
    own (财政项目支出绩效目标填报表 on every page is a new table each time).  Its rows keep their
    page; the mark lets its headers, unit and totals come from the first part."""
    for before, block in zip(blocks, blocks[1:]):
        if (
            before.rows and block.rows and before.page is not None and block.page == before.page + 1
            and (before.n_cols == block.n_cols or _header_row(before.rows[-1])) and not _title_row(block.rows[0])
        ):
            block.continues = before.table


def _header_row(row: list[Cell]) -> bool:
    """A row of three or more column names and no figure: 预算执行情况 | 年初预算 | 调整后预算数 …."""
    texts = [c.text for c in row if c.text]
    return len(texts) >= 3 and not any(rx(r"[-\d,.%\s]+").fullmatch(t) for t in texts)


def _title_row(row: list[Cell]) -> bool:
    """A row with one text, spread over the width: a table's title, not one of its rows."""
    texts = {c.text for c in row if c.text}
    return len(texts) == 1 and len(row) > 2 and sum(1 for c in row if c.text or c.merged_from) == len(row)
