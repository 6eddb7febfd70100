"""What the readers of tables pasted as text share: the line type, the table block, and the
vocabularies (column words, level words, section rows, the words of copied disclosure tables)
that anchor tables on their header and tell the kinds of their cells apart.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from ... import patterns
from ...model import SourceBlock, SourceCell

# --- tables without TABs: anchored on a header row of table vocabulary -----------------------


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


def _spanned(tables: dict[int, tuple[SourceBlock, int]]) -> set[int]:
    """The indices of the lines the tables found so far span."""
    return {k for first, (_, after) in tables.items() for k in range(first, after)}


def _display_width(s: str) -> int:
    return sum(map(_width, s))


@lru_cache(maxsize=1)
def _section_pattern() -> regex.Pattern[str]:
    """A section row's words (``[rows] section`` of ``patterns/indicators.toml``)."""
    return patterns.compile_pattern("indicators", patterns.load("indicators")["rows"], "section")


def _table_block(rows: list[list[tuple[int, int]]], style: str) -> SourceBlock:
    source_rows = [
        [SourceCell(r, c, a, b) for c, (a, b) in enumerate(row)] for r, row in enumerate(rows)
    ]
    start = rows[0][0][0]
    end = max(b for row in rows for _, b in row)
    return SourceBlock("table", start, end, rows=source_rows, style=style)


def _padded_table_block(rows: list[list[tuple[int, int]]], style: str) -> SourceBlock:
    """A table block of rows padded to the widest with empty cells at each row's end (a pasted row
    that stops short left its last cells blank)."""
    width = max(len(row) for row in rows)
    for row in rows:
        row.extend([(row[-1][1], row[-1][1])] * (width - len(row)))
    return _table_block(rows, style)


_WIDE_GAP = regex.compile(r"[ \u00a0\u3000]{2}|\u3000")  # two columns of blank at least

_SPACES = regex.compile(r"\s+")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[regex.Pattern[str], int]:
    """The column words of indicator tables (一级指标, 指标值, 权重, 得分 …) as one pattern, and
    how many cells of a row must be such words for it to be a header (``patterns/indicators.toml``)."""
    columns = patterns.entries("indicators", "column", ("id", "pattern"))
    compiled = [patterns.compile_pattern("indicators", e, "pattern") for e in columns]
    anyone = regex.compile("|".join(f"(?:{p.pattern})" for p in compiled))
    return anyone, int(patterns.load("indicators")["table"]["min_columns"])


def _is_vocabulary(cell: str) -> bool:
    if len(cell) > 40 or not cell.strip():  # a header cell is a few words; most lines are longer
        return False
    cell = _SPACES.sub("", cell)
    return 0 < len(cell) <= 20 and _vocabulary()[0].search(cell) is not None


@lru_cache(maxsize=1)
def _table_header_words() -> tuple[regex.Pattern[str], regex.Pattern[str], int]:
    """The header words of disclosure tables (项目, 决算数, 科目编码, 基本支出, 类/款/项 …), those
    that name nothing but a column (项目, 科目编码, 金额, 决算数, 合计), and how many cells of a row must be header
    words for it to be a header (``[table_header]`` of ``patterns/budget.toml``)."""
    words = patterns.load("budget").get("table_header")
    if not words:
        nothing = regex.compile(r"(?!)")
        return nothing, nothing, 1
    return (patterns.compile_pattern("budget", words, "cell"), patterns.compile_pattern("budget", words, "column_name"),
            int(words.get("min_cells", 2)))


# a cell that holds a figure or a code (164,978,640, 1,297.75, 2080505, 0.00): no header has one
_FIGURE_CELL = regex.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")


def _is_disclosure_header_word(cell: str) -> bool:
    word = _SPACES.sub("", cell)
    return 0 < len(word) <= 20 and _table_header_words()[0].match(word) is not None


def _is_disclosure_header(cells: list[str]) -> bool:
    """A header row of a budget disclosure table (项目 | 决算数 | 项目 | 决算数; 科目编码  科目名称  合计
    基本支出  项目支出): enough cells of its header words, one of them a column's name alone, and
    no figure.  Indicator tables have a vocabulary of their own (``_is_vocabulary``); these have other
    headers."""
    _, column_names, least = _table_header_words()
    words = [w for w in (_SPACES.sub("", c) for c in cells) if w]
    if any(_FIGURE_CELL.match(w) for w in words):
        return False
    named = [w for w in words if _is_disclosure_header_word(w)]
    return len(named) >= least and any(column_names.search(w) for w in named)


def _width(ch: str) -> int:
    """Display columns of a character: wide and full-width ones (CJK, （, ：) take two; those of
    ambiguous width (≥, —, ‰) one, as web pages and pdftotext lay them out."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


# the most characters a line pasted one cell a line may hold: a longer one is prose, no cell
# (the grouped form of ``cell_lines``; the rows copied out of a PDF viewer)
_GROUP_CELL_MAX = 60

# the shape of a level cell: a few Han characters, its score with it (产出指标（50分）)
_LEVEL_SHAPE = regex.compile(r"^\p{Han}{2,16}(?:[（(]\d+(?:\.\d+)?分[)）])?$")


# a cell that is a figure: 10, 9.83, 96.04%, 1,000.00, or a dash or slash for none
_FIGURE = regex.compile(r"^\s*(?:[-+]?\d[\d,]*(?:\.\d+)?\s*[%‰]?|[/—\-－–]+)\s*$")


def _stripped(line: _Line, text: str) -> tuple[int, int]:
    """A line's span without its surrounding blanks; an empty span at its start when blank."""
    content = text[line.start : line.end]
    if not content.strip():
        return (line.start, line.start)
    lead = len(content) - len(content.lstrip())
    return (line.start + lead, line.start + len(content.rstrip()))


# a line that ends a sentence: the last line of a 偏差原因 cell
_SENTENCE_CLOSE = regex.compile(r"[。；;！!]$")

# the opening of a value: an operator or a figure (≥12公里, 3座, 2022年5月31)
_VALUE_START = regex.compile(r"^(?:[≥≤＞＜><=＝≧≦]|[-+]?\d)")

# the kinds of the columns, by the ids of ``[[column]]`` in patterns/indicators.toml
_PDF_KINDS = {"level1": "level", "level2": "level", "levels": "level", "level3": "name",
              "budget_line": "name", "target": "value", "actual": "value", "unit": "value",
              "operator": "value", "explanation": "value", "weight": "figure", "score": "figure",
              "budget": "figure", "spent": "figure", "rate": "figure"}


@lru_cache(maxsize=1)
def _column_roles() -> list[tuple[str, regex.Pattern[str]]]:
    return [(e["id"], patterns.compile_pattern("indicators", e, "pattern"))
            for e in patterns.entries("indicators", "column", ("id", "pattern"))]


def _column_role(word: str) -> str | None:
    """The column a header word names (the first ``[[column]]`` entry that matches), or None."""
    if not 0 < len(word) <= 20:
        return None
    return next((role for role, pattern in _column_roles() if pattern.search(word)), None)


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    spans = patterns.load("indicators")["spans"]
    return frozenset(spans["level1"]) | frozenset(spans["level2"])


def _is_level(word: str) -> bool:
    """A level cell: a level word (数量指标, 经济效益), or a section's words (产出指标（53分）)."""
    return word in _level_words() or _section_pattern().match(word) is not None


def _word(lines: list[_Line], text: str, k: int) -> str:
    return _SPACES.sub("", text[lines[k].start : lines[k].end])


@lru_cache(maxsize=1)
def _total_row() -> regex.Pattern[str]:
    return patterns.compile_pattern("indicators", patterns.load("indicators")["rows"], "total")




@lru_cache(maxsize=1)
def _copied_table_words() -> dict[str, regex.Pattern[str]]:
    """The words of such a table (``[copied_table]`` of ``patterns/budget.toml``): the line that
    opens it (its unit), the note that ends it, the header words of code and label columns."""
    words = patterns.load("budget")["copied_table"]
    # the first four are required; the others (the levels that part a code column, the header of
    # a column of line numbers, the word of a line of column numbers) read only where given
    optional = ("code_parts", "line_number_header", "column_numbers")
    return {k: patterns.compile_pattern("budget", words, k) for k in ("unit_line", "note", "code_header", "label_header")} | {
        k: patterns.compile_pattern("budget", words, k) for k in optional if k in words}
