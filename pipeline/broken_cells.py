"""Cells a browser's copy broke out of a table into lines of their own.

A web page's table cell of several paragraphs (实际完成情况: 1.…； 2.…； 3.…。) is often copied as one
line per paragraph, so the reader ends the table at the first and takes the rest for paragraphs,
headings or a table of one row.  Those lines are still the table: no claims, no headings of the
report.  Both the indicator and the claim stages ask the same two questions of them, here once.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .model import Document

# the list number a line opens with (1. 2、 3．), as a cell of several numbered lines holds them
LIST_NUMBER = regex.compile(r"^\s*(\d{1,2})\s*[.、．]")
# a list number inside a cell: at its start or after a sentence's end (1.…；2.…；)
_CELL_LIST_NUMBER = regex.compile(r"(?:^|(?<=[。；;]))\s*(\d{1,2})\s*[.、．]")
# a heading of the report's own numbering (一、 （二） 第三部分): the report goes on, the table has ended
_REPORT_HEADING = regex.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)")
# the most blocks a broken row's lines take (a 年度总体目标 row: 目标1…目标3 and 1.…3.)
MOST_LINES = 8
# a line this long is a paragraph of the report, not a cell's
_LONGEST_LINE = 300


def continues_last_cell(doc: Document, block) -> bool:
    """Whether a numbered line is the rest of the last cell of the table above, broken over lines
    (年度总体目标 | 1.完成…； over 2.优良中等路率84.1%…。 and 3.…): its number, and those of the
    numbered lines between, go on from the last list number of that row's last cell."""
    k, number = block.index, None
    while k >= 0:
        above = doc.blocks[k]
        if above.rows:
            cells = [c.text for c in above.rows[-1] if c.text.strip()]
            last = [int(m.group(1)) for m in _CELL_LIST_NUMBER.finditer(cells[-1])] if cells else []
            return number is not None and bool(last) and last[-1] == number - 1
        m = LIST_NUMBER.match(above.text)
        if m is None or number is not None and int(m.group(1)) != number - 1:
            return False
        number, k = int(m.group(1)), k - 1
    return False


def _is_line(block, one_row: Callable[[object], bool] | None) -> bool:
    """A block that may be one of a broken row's lines: no table, or the line with a TAB that the
    reader took for a table of one row (``one_row`` says which, when the caller can tell)."""
    return not block.rows or one_row is not None and one_row(block)


def table_above(doc: Document, index: int, one_row: Callable[[object], bool] | None = None) -> int | None:
    """The index of the table above block ``index`` when only a broken row's lines stand between,
    ``MOST_LINES`` blocks at most, none a heading of the report or a paragraph's length."""
    k = index - 1
    while k >= 0 and _is_line(doc.blocks[k], one_row):
        above = doc.blocks[k]
        if index - k > MOST_LINES or len(above.text) > _LONGEST_LINE or _REPORT_HEADING.match(above.text or ""):
            return None
        k -= 1
    return k if k >= 0 and doc.blocks[k].rows else None


def under_header_row(doc: Document, block, is_header: Callable[[str], bool]) -> bool:
    """Whether a line stands under a table's last row that only heads the cells below it
    (年度总体目标 | 预期目标 | 实际完成情况, no figure) and above the table that goes on after them:
    the headed cells, broken into lines (目标1：…；1.支持工业企业技术改造项目46个…).  ``is_header``
    says whether the row's last cell is such a header."""
    if block.rows or _REPORT_HEADING.match(block.text or ""):
        return False
    back = table_above(doc, block.index)
    if back is None:
        return False
    cells = [c.text for c in doc.blocks[back].rows[-1] if c.text.strip()]
    if len(cells) < 2 or any(regex.search(r"\d", c) for c in cells) or not is_header(cells[-1]):
        return False
    ahead = block.index + 1
    while ahead < len(doc.blocks) and doc.blocks[ahead].rows is None:
        if ahead - back > MOST_LINES + 1 or _REPORT_HEADING.match(doc.blocks[ahead].text or ""):
            return False
        ahead += 1
    return ahead < len(doc.blocks)
