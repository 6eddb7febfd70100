"""Tables a web site's template printed as labelled records, one record a row.

Government sites often turn a table (an indicator table, a budget table) into one block of
``label：value`` lines per row, the blocks apart by a blank line::

    一级指标：产出指标
    二级指标：数量指标
    三级指标：农村公路养护里程
    年度指标值：≥1200公里
    实际完成值：1236公里
    分值：10
    得分：10

    三级指标：县乡村道日常养护覆盖率
    …

A cell merged over rows (the levels) is printed only in the first record it covers, so a label
missing from a record is an empty cell there, as in any table whose merges were lost.  A run of
such records reads as one table: its header the labels in the order first seen, its rows the
records.  A record whose labels are mostly new to the table opens a table of its own (the
预算执行情况 line's 年初预算数 / … / 得分 above the indicators').  A line of header words right
above the first record, with no label of its own (预算执行情况（单位：万元）), names the records: it
heads a first column, empty in every row, as the table's first header cell spans that column in
the web page.  A closing line of a total word (总分：100　　自评得分：97.77) ends the table as its
total row, its labels and figures as cells in order (a 合计 row that lost its empty cells).

Only labels that are header words make records (the column words of ``patterns/indicators.toml``,
the budget ``[table_header]`` words, and ``[table.record] words``), so lines like 发布时间：… and
the project's head (项目名称：… / 主管部门：…, read by the indicator stage from lines of their own)
stay paragraphs.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ... import patterns
from ...model import SourceBlock
from .common import (
    _SPACES,
    _WIDE_GAP,
    _is_blank,
    _is_disclosure_header_word,
    _is_vocabulary,
    _Line,
    _table_block,
    _total_row,
)

# a label, then its value: 年度指标值：≥1200公里 (the value may be empty: 偏差原因分析：)
_PAIR = regex.compile(r"^(?P<label>[^：:]{1,16}?)\s*[：:]\s*(?P<value>.*?)\s*$")

_Span = tuple[int, int]
_Pairs = list[tuple[str, _Span, _Span]]  # label as written (spaces dropped), its span, its value's span


@lru_cache(maxsize=1)
def _record_words() -> dict[str, regex.Pattern[str]]:
    words = patterns.load("indicators")["table"]["record"]
    return {k: patterns.compile_pattern("indicators", words, k) for k in ("label", "words", "project")}


def _is_record_label(label: str) -> bool:
    """A label that is a table's header word, and not one of the project's head."""
    words = _record_words()
    if not words["label"].match(label) or words["project"].match(label):
        return False
    return _is_vocabulary(label) or _is_disclosure_header_word(label) or words["words"].match(label) is not None


def _pairs(line: _Line, text: str) -> _Pairs | None:
    """The label：value pairs of a line (two or more on one line when wide blanks part them:
    总分：100　　自评得分：97.77), or None when the line is no such line.  A part after a wide
    blank that is no pair goes on with the value before it."""
    content = text[line.start : line.end]
    parts: list[tuple[int, int]] = []
    pos = 0
    for gap in _WIDE_GAP.finditer(content):
        if gap.start() > pos:
            parts.append((pos, gap.start()))
        pos = gap.end()
    if pos < len(content):
        parts.append((pos, len(content)))
    pairs: _Pairs = []
    for a, b in parts:
        m = _PAIR.match(content[a:b])
        label = _SPACES.sub("", m.group("label")) if m else ""
        if m and _record_words()["label"].match(label):
            at = line.start + a
            pairs.append((label, (at + m.start("label"), at + m.end("label")),
                          (at + m.start("value"), at + m.end("value"))))
        elif pairs:
            label, at, (start, _) = pairs[-1]
            pairs[-1] = (label, at, (start, line.start + b))
        else:
            return None
    return pairs or None


def _record_line(lines: list[_Line], k: int, text: str, skip: set[int]) -> _Pairs | None:
    if k >= len(lines) or k in skip:
        return None
    pairs = _pairs(lines[k], text)
    if pairs is None or not all(_is_record_label(label) for label, _, _ in pairs):
        return None
    return pairs


def _total_line(lines: list[_Line], k: int, text: str, skip: set[int]) -> _Pairs | None:
    """A closing line whose first label is a total word (总分：100　　自评得分：97.77)."""
    if k >= len(lines) or k in skip:
        return None
    pairs = _pairs(lines[k], text)
    return pairs if pairs and _total_row().match(pairs[0][0]) else None


def _title(lines: list[_Line], k: int, text: str, skip: set[int]) -> _Span | None:
    """The line right above a table's first record when it names the records with header words
    and holds no label of its own (预算执行情况（单位：万元）)."""
    if k < 0 or k in skip or _is_blank(lines[k], text):
        return None
    words = text[lines[k].start : lines[k].end]
    if _pairs(lines[k], text) is not None or not (_is_vocabulary(words) or _is_disclosure_header_word(words)):
        return None
    lead = len(words) - len(words.lstrip())
    return (lines[k].start + lead, lines[k].start + len(words.rstrip()))


def _next_filled(lines: list[_Line], k: int, text: str) -> int:
    while k < len(lines) and _is_blank(lines[k], text):
        k += 1
    return k


def _record_tables(lines: list[_Line], text: str, skip: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """The tables of labelled records, by their first line: (block, the line after it)."""
    least = int(patterns.load("indicators")["table"]["min_columns"])
    found: dict[int, tuple[SourceBlock, int]] = {}
    i = 0
    while i < len(lines):
        if _record_line(lines, i, text, skip) is None:
            i += 1
            continue
        title = _title(lines, i - 1, text, skip)
        first = i - 1 if title else i
        header: list[str] = []
        spans: list[_Span] = []  # the header's cells: where each label is first written
        records: list[_Pairs] = []
        k = records_end = i
        while True:
            record: _Pairs = []
            while (pairs := _record_line(lines, k, text, skip)) is not None:
                record.extend(pairs)
                k += 1
            labels = [label for label, _, _ in record]
            # a record of one label is no row; one mostly of labels new to the table opens another
            if len(set(labels)) < 2 or records and 2 * sum(label in header for label in labels) < len(labels):
                k = records_end
                break
            records.append(record)
            for label, at, _ in record:
                if label not in header:
                    header.append(label)
                    spans.append(at)
            records_end = k
            k = _next_filled(lines, k, text)
            if _record_line(lines, k, text, skip) is None:
                k = records_end
                break
        if len(header) < least:
            i = max(i + 1, k)
            continue
        lead = [title] if title else []
        rows: list[list[_Span]] = [lead + spans]
        for record in records:
            values = {label: value for label, _, value in reversed(record)}  # a label twice: its first value
            pos = record[0][1][0]
            row: list[_Span] = [(pos, pos)] if title else []
            for label in header:
                value = values.get(label, (pos, pos))
                row.append(value)
                pos = value[1] if label in values else pos
            rows.append(row)
        end = k
        closing = _next_filled(lines, k, text)
        if (total := _total_line(lines, closing, text, skip)) is not None:
            # 总分 | 100 | 自评得分 | 97.77: the figures in order, as a 合计 row that lost its empty cells
            rows.append([span for _, at, value in total for span in (at, value)])
            end = closing + 1
        found[first] = (_table_block(rows, "records"), end)
        i = end
    return found
