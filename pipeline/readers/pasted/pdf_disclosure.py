"""Disclosure tables (部门决算/预算) copied out of a PDF viewer: cells parted by one space.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import combinations

import regex

from ... import patterns
from ...model import SourceBlock
from ..pdf_reader import NEW_ITEM
from .common import _SPACES, _copied_table_words, _display_width, _Line, _table_block
from .pdf_text import _is_footer

# --- disclosure tables copied out of a PDF viewer: cells parted by one space ----------------
#
# A 部门决算/预算 table selected in a PDF viewer and pasted as text keeps a row a line, its cells
# parted by one space, and loses every empty cell; a long label or header cell wraps onto lines of
# its own, and a figure may be pushed onto the next line:
#
#     编制单位：平江县应急管理局 单位：万元          the unit line opens the table
#     项目 本年支出                                  upper header: groups of the columns below
#     科目编码 科目名称 合计 基本支出 项目支出       the header: the table's columns
#     合计 1,297.75 742.56 555.19
#     208 社会保障和就业支出 123.49 123.49           two figures of three columns
#     2080505                                        a code, its label wrapped, its figures
#     机关事业单位基本养老保险缴费支
#     出
#     68.42 68.42
#
# No spacing tells the columns apart, so the header does: a code column (科目编码), a label column
# (科目名称, 项目) and columns of figures, in groups (收入 | 支出 side by side: 项目 决算数 项目 决算数).
# A row's tokens are read as codes, labels and figures and placed in order into a group's columns
# of their kind.  A row with one group in a table of two stands on the right (the 支出 side of a
# 收支总表, the 公用经费 side of a 基本支出表 run longer); a group with fewer figures than columns
# fills the first (合计) and then the columns the table's arithmetic calls for: the figures of the
# rows under a code (项 under 款, 款 under 类) add up, column by column, to the figures of that
# code's row, and otherwise the columns in order.  The table ends at a blank line, a page footer,
# its note (注：) or a line of prose (sentence punctuation, which no cell holds); a footer followed
# by the table's header again (a table run onto the next page) does not end it.
#
# A 决算 table has more header lines: 栏次 1 2 3 … numbers the columns and names none (it is left
# out), the figures' columns may be named a line above the code's and label's (项目 本年收入合计 … /
# 功能分类科目编码 科目名称 / 类 款 项), and a 收支总表 has a column of line numbers (项目 行次 金额),
# whose small whole numbers in the rows are cells of that column, never labels.


# a line of prose after the table (one with no note) ends it: a cell holds no sentence punctuation
_PROSE_MARK = regex.compile(r"[。，；]")

# tokens: a money figure (1,286.47, 0.00, a dash for none) and a budget subject code (208, 20805,
# 2080505; economic 301, 30101)
# (tables in 元 give whole figures, grouped by thousands: 164,978,640; a bare whole number may be a code)
_MONEY_TOKEN = regex.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$|^[-+]?\d{1,3}(?:,\d{3})+$|^[-—－–]+$|^0$")

_CODE_TOKEN = regex.compile(r"^\d{3}(?:\d{2}){0,2}$")

_TOKEN = regex.compile(r"[^ \u00a0\u3000\t]+")

_CODE_PART = regex.compile(r"^\d{2}$")

# a unit's code opening its row's label (101002 兰州市交通运输综合行政执法支队): no budget subject's
_UNIT_CODE = regex.compile(r"^\d{6,}$")

# a cell of a column of line numbers (行次): a small whole number
_LINE_NUMBER = regex.compile(r"^\d{1,3}$")

# rows whose figures are read against the rows under them: as many figures as the columns of
# the group at most this many rows under one code (a subset of them is searched; the 款 of 302
# 商品和服务支出 run to twenty and more, and the search stops after _MAX_TRIALS placings anyway)
_MAX_CHILDREN = 32

# the most placings of a row and the rows under it tried against their sums
_MAX_TRIALS = 32768


def _tokens(line: _Line, text: str) -> list[tuple[str, int, int]]:
    """A line's tokens as (kind, start, end): ``F`` a figure, ``C`` a code, ``L`` label words."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text, line.start, line.end):
        word = m.group()
        kind = "F" if _MONEY_TOKEN.match(word) else "C" if _CODE_TOKEN.match(word) else "L"
        if kind == "L" and out and out[-1][0] == "C" and _CODE_PART.match(word):
            kind = "C"  # the 款 or 项 part of a code split by level (201 05 06): a column of its own
        out.append((kind, m.start(), m.end()))
    return out


def _groups(tokens: list[tuple[str, int, int]], split_labels: bool) -> list[list[tuple[str, int, int]]]:
    """A row's tokens in groups of code, label and figures: a code opens a group, and so does a
    label after a figure (or, where the table has groups side by side, after a label).  In a table
    with a column of line numbers (``N``: 项目 行次 金额), a group is label, line number, figures: a
    label or a line number after a line number or a figure opens one (``9 九、卫生健康支出 40
    612,345.60``: the left group's label and figure are blank, its line number is not)."""
    groups: list[list[tuple[str, int, int]]] = []
    for tok in tokens:
        kind = tok[0]
        prev = groups[-1][-1][0] if groups else None
        if (not groups or kind == "C" and prev != "C"
                or kind == "N" and prev in ("N", "F")
                or kind == "L" and (prev in ("F", "N") or prev == "L" and split_labels)):
            groups.append([tok])
        else:
            groups[-1].append(tok)
    return groups


def _column_kind(word: str) -> str:
    """A header word's column: ``C`` codes, ``L`` labels, ``N`` line numbers (行次), ``F`` figures."""
    word = _SPACES.sub("", word)
    words = _copied_table_words()
    if "line_number_header" in words and words["line_number_header"].match(word):
        return "N"
    return "C" if words["code_header"].search(word) else "L" if words["label_header"].search(word) else "F"


def _is_column_numbers(toks: list[tuple[str, int, int]], text: str) -> bool:
    """A header line that numbers the columns (栏次 1 2 3 …, 栏次 1 栏次 2, or 1 2 … 12 alone): it
    names no column, and the columns are read from the lines above it."""
    words = [text[a:b] for _, a, b in toks]
    opener = _copied_table_words().get("column_numbers")
    named = [w for w in words if opener is not None and opener.match(w)]
    numbers = [w for w in words if _LINE_NUMBER.match(w)]
    if not numbers or len(named) + len(numbers) != len(words):
        return False
    return bool(named) or len(numbers) >= 3 and numbers == [str(i) for i in range(1, len(numbers) + 1)]


def _names_cell_by_cell(header: list[list[tuple[str, int, int]]], text: str):
    """A header broken cell by cell: the code's and the label's column named each on a line of its
    own, the levels of the code opening the last line before the figures' columns::

        科目编码
        科目名称
        2024年预算数
        类 款 项 合计 基本支出 项目支出

    Returns the header with those names put before the figures' columns on the last line (the
    leaf: 科目编码 科目名称 合计 基本支出 项目支出), and the levels (类 款 项) that part the code
    column; the header as it was and no levels for any other."""
    parts = _copied_table_words().get("code_parts")
    if parts is None or len(header) < 3:
        return header, []
    last = header[-1]
    lead = 0
    while lead < len(last) and parts.match(text[last[lead][1] : last[lead][2]]):
        lead += 1
    if lead < 2 or lead == len(last) or any(_column_kind(text[a:b]) != "F" for _, a, b in last[lead:]):
        return header, []
    alone = {_column_kind(text[line[0][1] : line[0][2]]): k for k, line in enumerate(header[:-1]) if len(line) == 1}
    if "C" not in alone or "L" not in alone or alone["C"] > alone["L"]:
        return header, []
    leaf = [header[alone["C"]][0], header[alone["L"]][0]] + last[lead:]
    rest = [line for k, line in enumerate(header[:-1]) if k not in (alone["C"], alone["L"])]
    return rest + [leaf], last[:lead]


# the word a code column's name ends with (单位编码, 科目代码): what is left names the column's
# rows, and the column after it named the same (单位名称) holds their labels
_CODE_STEM = regex.compile(r"(?:编码|代码|编号)$")

# a word of one character (a header word spaced out to the cell's width: 项 目, 收 入)
_ONE_CHARACTER = regex.compile(r"^\p{Han}$")


def _spaced_words(line: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """A header line with its words spaced out to their cells' width (项 目 预算数 项 目 预算数;
    收 入 支 出): each run of an even number of one-character words joins two by two (项目,
    收入 支出).  The levels of a code (类 款 项) are no such run."""
    parts = _copied_table_words().get("code_parts")
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(line):
        j = k
        while j < len(line) and _ONE_CHARACTER.match(text[line[j][1] : line[j][2]]):
            j += 1
        levels = parts is not None and all(parts.match(text[a:b]) for _, a, b in line[k:j])
        if j - k >= 2 and (j - k) % 2 == 0 and not levels:
            out.extend(("L", line[i][1], line[i + 1][2]) for i in range(k, j, 2))
            k = j
        else:
            out.append(line[k])
            k += 1
    return out


def _spaced_label(line: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """A row whose label is spaced out to its cell's width (本 年 收 入 合 计 8,928.72 本 年 支 出
    合 计 8,928.72; 收 入 总 计 …): each run of one-character words is one label, not a label a
    character (which, in a table of groups side by side, would each open a group)."""
    parts = _copied_table_words().get("code_parts")
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(line):
        j = k
        while j < len(line) and line[j][0] == "L" and _ONE_CHARACTER.match(text[line[j][1] : line[j][2]]) \
                and not (parts is not None and parts.match(text[line[j][1] : line[j][2]])):
            j += 1
        if j - k >= 2:
            out.append(("L", line[k][1], line[j - 1][2]))
            k = j
        else:
            out.append(line[k])
            k += 1
    return out


def _fragment_cells(header: list[list[tuple[str, int, int]]], text: str, numbered: int = 0):
    """Header cells wrapped in the PDF a few characters a line, each line alone (单位编码 单位名称
    合计 / 一般公共 / 预算拨款 / 收入 / 政府性基 / 金预算拨 / 款收入 / … / 事业收入 其他收入):
    the cells of the line above, then the cells the lone lines make, then the cells of the lines
    after them, are one line of columns.  A cell's lines are as long as the column is wide, but
    its last: a cell ends at a shorter line, or when it has as many lines as the longest cell
    that ends so.  Returns the header and the further spans of each such cell by its start.

    Where the columns are numbered (栏次 1 … 7) and the count agrees, the lone lines may also
    make a single wrapped cell, or end in cells of one line (… 经营收入 / 附属单位上缴 / 收入 /
    其他收入), and a line after them that names the code and label columns alone (科目编码 科目名称)
    goes in front of the columns."""
    lone = [k for k, line in enumerate(header)
            if len(line) == 1 and _column_kind(text[line[0][1] : line[0][2]]) == "F"]
    if not lone or len(lone) < 2 and not numbered or lone != list(range(lone[0], lone[-1] + 1)) \
            or lone[0] == 0 or len(header[lone[0] - 1]) < 2:
        return header, {}
    after = header[lone[-1] + 1 :]
    names: list[tuple[str, int, int]] = []
    if numbered and after and {_column_kind(text[a:b]) for _, a, b in after[-1]} == {"C", "L"} \
            and _column_kind(text[after[-1][0][1] : after[-1][0][2]]) == "C":
        names, after = after[-1], after[:-1]
    if any(_column_kind(text[a:b]) != "F" for line in after for _, a, b in line):
        return header, {}
    # with the columns numbered, the count of cells the lone lines must make
    above = sum(1 for _, a, b in header[lone[0] - 1] if _column_kind(text[a:b]) == "F")
    need = numbered - above - sum(len(line) for line in after) if numbered else 0
    if names and need < 1:
        return header, {}

    def size(word: tuple[str, int, int]) -> int:
        return len(_SPACES.sub("", text[word[1] : word[2]]))

    cells: list[list[tuple[str, int, int]]] = []
    open_: list[tuple[str, int, int]] = []
    for k in lone:
        word = header[k][0]
        if open_ and size(word) > size(open_[0]):
            return header, {}  # a line longer than its cell's first: no cell wrapped in its column
        open_.append(word)
        tallest = max((len(cell) for cell in cells), default=0)
        if size(word) < size(open_[0]) or len(open_) == tallest:
            cells.append(open_)
            open_ = []
    tallest = max((len(cell) for cell in cells), default=0)
    if open_ and need and len(cells) + len(open_) == need:
        # the cells left are one line each (其他收入 after 附属单位上缴 / 收入), as the count says
        cells.extend([word] for word in open_)
    elif open_:
        # the cells of full lines only: as many lines as the tallest cell, each
        if not tallest or len(open_) % tallest:
            return header, {}
        cells.extend(open_[i : i + tallest] for i in range(0, len(open_), tallest))
        cells.sort(key=lambda cell: cell[0][1])
    if len(cells) < 2 and not (need and len(cells) == need) or need and len(cells) != need and names:
        return header, {}
    line = names + header[lone[0] - 1] + [cell[0] for cell in cells] + [t for line in after for t in line]
    more = {cell[0][1]: tuple((a, b) for _, a, b in cell[1:]) for cell in cells if len(cell) > 1}
    return header[: lone[0] - 1] + [line], more


def _spanning_cell_first(header: list[list[tuple[str, int, int]]], body: list[list[tuple[str, int, int]]],
                         text: str) -> list[list[tuple[str, int, int]]]:
    """A cell over several columns of the lowest header line, printed on a line of its own above
    the line of the cells that span both header rows (2025年预算数 / 科目编码 科目名称 2024年预算数 /
    合计 基本支出 项目支出: a viewer reads the upper row's cell first, then the cells centred on
    both rows): the cell goes after the figures' columns of that line, where it stands in the
    table, when the rows have a figure for each column that makes.

    Where the other cells wrap in their narrow columns too, their rests come on a line between
    (单位资金 / 科目编码 科目名称 合计 一般公共预算 政府性基金预 … / 拨款收入 算拨款收入 … / 事业收入
    其他收入 上年结转结余): the cell goes after that line's cells as well, and the rests and the
    columns it parts into make one line under them, as ``_wrapped_and_parted`` reads it."""
    if len(header) == 4 and len(header[0]) == 1 and _column_kind(text[header[0][0][1] : header[0][0][2]]) == "F" \
            and header[2] and header[3] and all(_column_kind(text[a:b]) == "F" for _, a, b in header[2] + header[3]) \
            and len(_rests_of_words(header[1], header[2], text)) == len(header[2]):
        return [header[1] + header[0], header[2] + header[3]]
    if len(header) != 3 or len(header[0]) != 1 or _column_kind(text[header[0][0][1] : header[0][0][2]]) != "F":
        return header
    middle = [_column_kind(text[a:b]) for _, a, b in header[1]]
    lead = next((i for i, kind in enumerate(middle) if kind == "F"), len(middle))
    if lead == 0 or lead == len(middle) or "F" in middle[:lead] or any(k != "F" for k in middle[lead:]) \
            or any(_column_kind(text[a:b]) != "F" for _, a, b in header[2]) \
            or _widest_row(body) != len(middle) - lead + len(header[2]):
        return header
    return [header[1] + header[0], header[2]]


def _widest_row(body: list[list[tuple[str, int, int]]]) -> int:
    """The most figures a line of the table's body holds."""
    return max((sum(1 for t in line if t[0] == "F") for line in body), default=0)


def _subtotals(leaf_cells: list[tuple[int, int]], kinds: list[str], spanning, text: str) -> list[tuple[int, list[int]]]:
    """The column of a 小计 (合计) a header cell parts into, with the columns beside it it sums: those
    named after it on its line (本年支出 / 小计 基本支出 项目支出)."""
    if spanning is None:
        return []
    t = next((c for c, (a, _) in enumerate(leaf_cells) if a == spanning[3]), None)
    if t is None or kinds[t] != "F" or not _TOTAL_COLUMN.search(_SPACES.sub("", text[slice(*leaf_cells[t])])):
        return []
    parts = []
    for c in range(t + 1, len(leaf_cells)):
        a, b = leaf_cells[c]
        if kinds[c] != "F" or a < leaf_cells[t][1] or "\n" in text[leaf_cells[t][1] : a]:
            break  # a column named on another line: no part of the 小计
        parts.append(c)
    return [(t, parts)] if len(parts) >= 2 else []


def _parted_under_names(toks: list[list[tuple[str, int, int]]], lf: int, numbered: int, text: str):
    """A header whose upper line names the figures' columns under one word over the code and label
    (项目 年初结转和结余 本年收入 本年支出 年末结转和结余) and whose lower line names the code and label
    columns, then the columns one upper cell parts into (科目编码 科目名称 小计 基本支出 项目支出),
    the columns numbered (栏次 1 … 6: the upper cells but one, and the parts).  Returns the upper
    line (the parting cell alone), the leaf (code, label, then each column) and ``spanning`` (see
    ``_pdf_copied_table``); None for any other header."""
    upper, lower = toks[lf - 1], toks[lf]
    up = [_column_kind(text[a:b]) for _, a, b in upper]
    low = [_column_kind(text[a:b]) for _, a, b in lower]
    lead = next((i for i, kind in enumerate(low) if kind == "F"), len(low))
    if len(up) < 3 or up[0] == "F" or any(kind != "F" for kind in up[1:]) or lead == 0 \
            or any(kind == "F" for kind in low[:lead]) or any(kind != "F" for kind in low[lead:]) \
            or len(low) - lead < 2 or numbered != len(up) - 2 + len(low) - lead:
        return None
    cells, parts = upper[1:], lower[lead:]
    opener = _group_opener()[0] if _group_opener() is not None else None
    # the cell whose kind the parts name (本年支出 over 小计 基本支出 项目支出), else by the sums
    named = [j for j, (_, a, b) in enumerate(cells)
             if all(text[x:y].endswith(text[b - 2 : b]) for _, x, y in parts
                    if opener is None or not opener.match(text[x:y]))]
    j = named[0] if len(named) == 1 else _parting_cell(cells, parts, toks[lf + 1 :], text)
    leaf = lower[:lead] + cells[:j] + parts + cells[j + 1 :]
    return [cells[j]], leaf, (lf - 1, cells[j][1], cells[j][2], parts[0][1])


def _parting_cell(cells: list[tuple[str, int, int]], leaf: list[tuple[str, int, int]],
                  body: list[list[tuple[str, int, int]]], text: str) -> int:
    """Which of the upper ``cells`` parts into the ``leaf``'s columns: the one under which, on the
    rows that fill every column, the leaf's first (合计) is the sum of the others; the last (the
    report's year, after the year before) when the rows do not tell."""
    width = len(cells) - 1 + len(leaf)
    total = _TOTAL_COLUMN.search(_SPACES.sub("", text[leaf[0][1] : leaf[0][2]])) is not None
    full = [[_amount(text, (a, b)) for kind, a, b in line if kind == "F"] for line in body]
    full = [row for row in full if len(row) == width]
    if total and full:
        fits = [j for j in range(len(cells))
                if all(row[j] == sum(row[j + 1 : j + len(leaf)], Decimal(0)) for row in full)]
        if len(fits) == 1:
            return fits[0]
    return len(cells) - 1


def _code_run(line: list[tuple[str, int, int]]) -> int:
    """The number of codes a row opens with (a code split by level: 212 08 03 is three)."""
    n = 0
    while n < len(line) and line[n][0] == "C":
        n += 1
    return n


def _header_groups(kinds: list[str]) -> list[list[int]]:
    """The header's columns in groups: a code or label column after a figure column opens one."""
    groups: list[list[int]] = []
    for c, kind in enumerate(kinds):
        if not groups or kind != "F" and kinds[c - 1] == "F":
            groups.append([c])
        else:
            groups[-1].append(c)
    return groups


def _pdf_copied_tables(lines: list[_Line], text: str, taken: set[int]) -> dict[int, tuple[SourceBlock, int]]:
    """Disclosure tables copied out of a PDF viewer (see above): first line index -> (table block,
    index of the line after it)."""
    found: dict[int, tuple[SourceBlock, int]] = {}
    if "单位" not in text:
        return found
    stated: dict[Decimal, set[str]] = {}  # the figures of the tables read so far, with their rows' labels
    for u, line in enumerate(lines):
        if u in taken or not _copied_table_words()["unit_line"].search(text[line.start : line.end]):
            continue
        table = _pdf_copied_table(lines, text, u + 1, taken, stated)
        if table is None:
            table = _subject_row_table(lines, text, u + 1, taken)
        if table is not None:
            found[u + 1] = table
            continue
        table = _labelled_subject_table(lines, text, u + 1, taken)
        if table is not None:
            found[u + 1] = table
            continue
        for first, block, after in _subject_header_tables(lines, text, u + 1, taken):
            found[first] = (block, after)
    return found


@lru_cache(maxsize=1)
def _table_heading() -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """A table's number alone on its line, and a line that is a table's title (patterns/budget.toml)."""
    words = patterns.load("budget")["copied_table"]
    return tuple(patterns.compile_pattern("budget", words, k) if k in words else None
                 for k in ("table_number", "title_line"))


def _ends_table(k: int, lines: list[_Line], text: str, taken: set[int]) -> bool:
    content = text[lines[k].start : lines[k].end]
    words = _copied_table_words()
    number, title = _table_heading()
    # the next table's number or title (表5 / 兰州市交通运输局2025年一般公共预算支出表, 收入决算表)
    # right under the last row: no rest of a wrapped label, which would take them into its cell
    line = content.strip()
    heading = (number is not None and number.match(line) is not None
               or title is not None and len(line) >= 5 and " " not in line and title.search(line) is not None)
    return (k in taken or not content.strip() or "\t" in content or _is_footer(content)
            or words["note"].match(content) is not None
            or words["unit_line"].search(content) is not None
            or _PROSE_MARK.search(content) is not None or heading)


def _table_lines(lines: list[_Line], text: str, first: int,
                 taken: set[int]) -> tuple[int, list[list[tuple[str, int, int]]]]:
    """The end of the table that opens at ``first`` (the line past its last) and its lines'
    tokens."""
    end = first
    while end < len(lines) and not _ends_table(end, lines, text, taken):
        end += 1
    return end, [_tokens(lines[k], text) for k in range(first, end)]


def _pdf_copied_table(lines: list[_Line], text: str, first: int, taken: set[int],
                      stated: dict[Decimal, set[str]] | None = None) -> tuple[SourceBlock, int] | None:
    end, toks = _table_lines(lines, text, first, taken)
    # the header: the lines before the first row with a figure or opened by a code
    h = 0
    while h < len(toks) and not any(t[0] == "F" for t in toks[h]) and toks[h][0][0] != "C":
        h += 1
    if h == 0 or h == len(toks):
        return None
    body = toks[h:]
    end = _continued(lines, text, first, h, end, body, taken)
    # a line that numbers the columns (栏次 1 2 3 …) names none: the header is the lines above it
    header = [line for line in toks[:h] if not _is_column_numbers(line, text)]
    numbered = sum(1 for line in toks[:h] if _is_column_numbers(line, text)
                   for _, a, b in line if _LINE_NUMBER.match(text[a:b]))
    if not header:
        return None
    header = _spanning_cell_first(header, body, text)
    parted_groups = _parted_groups(header, text, numbered)
    if parted_groups is not None:
        header = parted_groups[0]
    two_lines = _wrapped_and_parted(header, text) if parted_groups is None else None
    if two_lines is not None:
        header = two_lines[0]
    header, pre_parted = _names_cell_by_cell(header, text)
    header = [_spaced_words(line, text) for line in header]
    header, fragments = _fragment_cells(header, text, numbered)
    toks, h = header + body, len(header)
    # the leaf: the last header line, above a line that only parts the code column by level (类 款 项)
    lf = h - 1
    parts = _copied_table_words().get("code_parts")
    while lf > 0 and parts is not None and all(parts.match(text[a:b]) for _, a, b in toks[lf]):
        lf -= 1
    parted: list[tuple[str, int, int]] = []  # the 类 款 项 that part the code column, if any
    if lf < h - 1:
        parted = toks[h - 1]
    elif pre_parted:
        parted = pre_parted
    rests_read = _rests_under_names(toks, lf, text) if lf > 0 and parted_groups is None and two_lines is None else None
    named_rests = None
    if rests_read is not None:
        toks[lf - 1], toks[lf], named_rests = rests_read
    names_figures = [any(_column_kind(text[a:b]) == "F" for _, a, b in line) for line in toks[:h]]
    if len(toks[lf]) < 2 or not names_figures[lf] and any(names_figures[:lf]):
        # the rest of a wrapped header cell alone on the last header line (科目编码 under
        # 支出功能分类 科目名称), or a line that names only the code and label columns under one
        # that names the figures' (功能分类科目编码 科目名称 under 项目 本年收入合计 财政拨款收入 …):
        # the columns are those of the widest header line
        lf = max(range(h), key=lambda k: len(toks[k]))
        # the levels of the code then open the first row (类 款 项 合计 2,946.25 …), and the code
        # column is named on a header line of its own
        lead = 0
        while parts is not None and lead < len(toks[h]) and parts.match(text[toks[h][lead][1] : toks[h][lead][2]]):
            lead += 1
        words = _copied_table_words()
        if lead >= 2 and any(words["code_header"].search(_SPACES.sub("", text[a:b])) for k in range(h) for _, a, b in toks[k]):
            parted, toks[h] = toks[h][:lead], toks[h][lead:]
        elif lead == 0 and not parted:
            # 项目 本年收入合计 财政拨款收入 … over a line that names the code and label columns alone
            # (科目编码 科目名称): those name the columns 项目 stands over, and the rows give codes
            names = next((k for k in range(h) if k != lf and toks[k]
                          and {_column_kind(text[a:b]) for _, a, b in toks[k]} == {"C", "L"}
                          and _column_kind(text[toks[k][0][1] : toks[k][0][2]]) == "C"), None)
            opening = next((i for i, (_, a, b) in enumerate(toks[lf]) if _column_kind(text[a:b]) == "F"), 0)
            if names is not None and opening == 1 and \
                    any(line and line[0][0] == "C" for line in toks[h:]):
                toks[lf] = toks[names] + toks[lf][1:]
                del toks[names]
                h -= 1
                lf -= 1 if names < lf else 0
    spanning = None  # (header line, span of its one cell that parts into the leaf's, start of the first)
    if two_lines is not None and two_lines[2] is not None:
        spanning = (0, *two_lines[2])
    under = _parted_under_names(toks, lf, numbered, text) if lf > 0 else None
    if under is not None:
        toks[lf - 1], toks[lf], spanning = under
    leaf = toks[lf]
    parting = None  # as ``spanning``, for the one cell of three header lines that parts
    if parted_groups is not None and len(parted_groups[1]) == 1 and parted_groups[1][0][1] < len(leaf):
        (a, b), c = parted_groups[1][0]
        parting = (0, a, b, leaf[c][1])
    kinds = [_column_kind(text[a:b]) for _, a, b in leaf]
    for c in range(1, len(kinds)):
        # the column after a code's, named as it is (单位编码 单位名称, 项目代码 项目名称): its labels
        stem = _CODE_STEM.sub("", _SPACES.sub("", text[leaf[c - 1][1] : leaf[c - 1][2]]))
        if kinds[c] == "F" and kinds[c - 1] == "C" and stem and \
                _SPACES.sub("", text[leaf[c][1] : leaf[c][2]]).startswith(stem):
            kinds[c] = "L"
    wrapped: dict[int, tuple[int, int]] = {}  # a leaf cell's start -> its wrapped rest's span
    # a rest's own rest, where the cells wrap over three lines (一般公共 / 预算财政 / 拨款): the
    # lowest line continues the line above it cell by cell, and is folded into it
    deeper: dict[int, tuple[int, int]] = {}
    if kinds and kinds[0] == "F" and lf > 1 and len(toks[lf - 1]) == len(leaf) \
            and all(_column_kind(text[a:b]) == "F" for _, a, b in toks[lf - 1]):
        upper = [_column_kind(text[a:b]) for _, a, b in toks[lf - 2]]
        lead = next((i for i, kind in enumerate(upper) if kind == "F"), len(upper))
        tail = len(upper) - len(leaf)
        if lead and lead <= tail and numbered == upper.count("F") and all(k == "F" for k in upper[tail:]):
            deeper = {toks[lf - 1][i][1]: (a, b) for i, (_, a, b) in enumerate(leaf)}
            toks = toks[:lf] + toks[lf + 1 :]
            h -= 1
            lf -= 1
            leaf = toks[lf]
            kinds = [_column_kind(text[a:b]) for _, a, b in leaf]
    if kinds and kinds[0] == "F" and lf > 0:
        # the leaf names only columns of figures, under a line that names the code and label
        # columns before figures' columns.  Either the leaf parts a group of figures (科目编码
        # 科目名称 本年支出 / 小计 基本支出 项目支出): the columns named above stand over both
        # lines, the group's word over the figures below it; or, where the numbered columns
        # (栏次 1 栏次 2 3 4 5) count the line's figures and the leaf's together, the leaf names
        # more columns after the line's (项目 行次 金额 项目 行次 合计 / 一般公共预算财政拨款
        # 政府性基金预算财政拨款 国有资本经营预算财政拨款): the two lines are one of columns
        u = lf - 1
        upper = [_column_kind(text[a:b]) for _, a, b in toks[u]]
        lead = next((i for i, kind in enumerate(upper) if kind == "F"), len(upper))
        tail = len(upper) - len(kinds)
        if lead and lead <= tail and all(k == "F" for k in upper[tail:]) \
                and (numbered == upper.count("F") or not numbered and _fund_rests(toks[u][tail:], leaf, text)):
            # or, where the numbered columns are those of the line above alone (or, with no
            # numbers, each of its last cells and a word below make a fund's column: 一般公共预算 /
            # 财政拨款), the leaf is the rest of that line's last cells, wrapped in their columns
            # (… 合计 一般公共预算财政 政府性基金预算财 国有资本经营预算 / 拨款 政拨款 财政拨款):
            # the line above is the leaf, its last cells continued by these words
            wrapped = {toks[u][tail + i][1]: (a, b) for i, (_, a, b) in enumerate(leaf)}
            leaf, kinds = toks[u], upper
            toks = toks[:u] + [leaf] + toks[lf + 1 :]
            h -= 1
            lf = u
        elif lead and lead < len(upper) and numbered == upper.count("F") + len(kinds):
            leaf = toks[u] + leaf
            kinds = upper + kinds
            toks = toks[:u] + [leaf] + toks[lf + 1 :]
            h -= 1
            lf = u
        elif lead and len(upper) - lead >= 2 and (
                _widest_row(toks[h:]) == len(upper) - lead - 1 + len(kinds)
                or len(kinds) % (len(upper) - lead) and _widest_row(toks[h:]) < len(upper) - lead - 1 + len(kinds)):
            # more figures to a row than the leaf names: the cells of the line above are columns
            # of their own but one, which parts into the leaf's (科目编码 科目名称 2024年预算数
            # 2025年预算数 / 合计 基本支出 项目支出: four columns of figures); so too where no row
            # fills them all but the leaf's cells cannot be shared out evenly among the cells above
            # (2,600.00 3,200.00 3,200.00 under those: the 基本支出 empty)
            j = _parting_cell(toks[u][lead:], leaf, toks[h:], text)
            over = toks[u][lead + j]
            leaf = toks[u][: lead + j] + leaf + toks[u][lead + j + 1 :]
            kinds = [_column_kind(text[a:b]) for _, a, b in leaf]
            toks[lf], toks[u] = leaf, [over]
            spanning = (u, over[1], over[2], toks[lf][lead + j][1])
        elif lead and lead < len(upper):
            leaf = toks[u][:lead] + leaf
            toks[lf], toks[u] = leaf, toks[u][lead:]
            kinds = upper[:lead] + kinds
    if len(leaf) < 2 or "F" not in kinds or kinds[0] == "F":
        return None  # no header of columns (the 三公 table's header comes one cell a line)
    leaf_cells = [(a, b) for _, a, b in leaf]
    code_starts = [c for c, kind in enumerate(kinds) if kind == "C" and (c == 0 or kinds[c - 1] != "C")]
    per_group = len(parted) // len(code_starts) if code_starts else 0
    words_parted = [text[a:b] for _, a, b in parted]
    if parted and len(code_starts) > 1 and per_group > 1 and len(parted) % len(code_starts) == 0 \
            and words_parted == words_parted[:per_group] * len(code_starts):
        # groups side by side, each with its code column parted by level (经济分类科目编码 … 经济分类
        # 科目编码 / 类 款 类 款): each group's code column takes its share of the levels
        for c0 in reversed(code_starts):
            kinds[c0 + 1 : c0 + 1] = ["C"] * (per_group - 1)
            leaf_cells[c0 + 1 : c0 + 1] = [(leaf_cells[c0][1], leaf_cells[c0][1])] * (per_group - 1)
    elif parted and "C" in kinds:
        # a code column parted by level below (类 款 项): a column for each part, as the rows give them
        c0, more = kinds.index("C"), len(parted) - 1
        kinds[c0 + 1 : c0 + 1] = ["C"] * more
        leaf_cells[c0 + 1 : c0 + 1] = [(leaf_cells[c0][1], leaf_cells[c0][1])] * more
    elif parted and "L" in kinds:
        # the code's columns named on another header line: before the label's
        c0 = kinds.index("L")
        kinds[c0:c0] = ["C"] * len(parted)
        leaf_cells[c0:c0] = [(leaf_cells[c0][0], leaf_cells[c0][0])] * len(parted)
    elif parted:
        parted = []
    if not parted and kinds.count("C") == 1:
        # a code the rows give split by level (212 08 03 城市建设支出) under a header that names
        # one code column and no levels: a column for each part, the name over the first
        levels = max((_code_run(line) for line in toks[h:]), default=0)
        if levels > 1:
            c0 = kinds.index("C")
            kinds[c0 + 1 : c0 + 1] = ["C"] * (levels - 1)
            leaf_cells[c0 + 1 : c0 + 1] = [(leaf_cells[c0][1], leaf_cells[c0][1])] * (levels - 1)
    hgroups = _header_groups(kinds)
    width = len(kinds)
    if "N" in kinds:
        # a column of line numbers: the small whole numbers of the rows are its cells (a 3-digit
        # one too, where the table has no code column)
        toks[h:] = [[("N", a, b) if (kind == "L" or kind == "C" and "C" not in kinds) and _LINE_NUMBER.match(text[a:b])
                     else (kind, a, b) for kind, a, b in line] for line in toks[h:]]
    rows = _copied_rows([_spaced_label(line, text) for line in toks[h:]], text, len(hgroups) > 1)
    if sum(1 for row in rows if any(t[0] == "F" for g in row for t in g)) < 2:
        return None
    placed = [_place(row, hgroups, kinds) for row in rows]
    _parts_on_the_left(rows, placed, hgroups, kinds, text)
    stated = {} if stated is None else stated
    # a column's name with the rest its cell wrapped onto the line below (一般公共预算 / 拨款收入)
    rests_below = two_lines[1] if two_lines is not None else parted_groups[2] if parted_groups is not None \
        else named_rests or {}
    names = [text[a:b] + (text[slice(*rests_below[a])] if a in rests_below else "") for a, b in leaf_cells]
    _settle_by_codes(placed, rows, hgroups, kinds, text, names,
                     stated, _subtotals(leaf_cells, kinds, spanning if spanning is not None else parting, text))
    _state(placed, hgroups, kinds, text, stated, names)
    out: list[list[tuple[int, int]]] = []
    for k in range(h):  # the other header lines: each word over a run of the columns below
        if spanning is not None and k == spanning[0]:
            # the one cell that parts, over the first of its columns
            row = [(spanning[1], spanning[1])] * width
            row[next(c for c, (a, _) in enumerate(leaf_cells) if a == spanning[3])] = spanning[1:3]
            out.append(row)
        elif parted_groups is not None and k < lf:
            # the cells that part into columns, each over the first of its columns
            at = toks[k][0][1]
            row = [(at, at)] * width
            row[0] = (toks[k][0][1], toks[k][0][2])  # 项目: over the code and label columns
            for (start, end_), c in parted_groups[1]:
                # the column of the leaf's cell below it (columns for the code's levels may stand
                # before it now)
                leaf_start = parted_groups[0][1][c][1]
                row[next((j for j, (a, _) in enumerate(leaf_cells) if a == leaf_start), c)] = (start, end_)
            out.append(row)
        elif k == lf:
            out.append(leaf_cells)
        elif parted and toks[k] is parted:
            continue  # written below, over the code's columns
        else:
            out.append(_upper_header(toks[k], hgroups, kinds, width, text))
    if parted:  # 类 款 项: over the code's columns
        at = parted[-1][2]
        row = [(at, at)] * width
        # each over a code column in turn (类 款 类 款: the code columns of two groups)
        for c, (_, a, b) in zip([c for c in range(width) if kinds[c] == "C"], parted):
            row[c] = (a, b)
        out.append(row)
    rests: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}  # (row, column) -> wrapped rests
    for row, cells in zip(rows, placed):
        at = next((c for c in cells if c is not None), None)
        if at is None:
            continue  # a row none of whose tokens fits a column of the header (more groups than it has)
        for group in row:
            more = tuple((a, b) for kind, a, b in group if kind == "W")
            label = next((c for c in range(width) if kinds[c] == "L" and cells[c] is not None
                          and any(t[0] == "L" and t[1] == cells[c][0] for t in group)), None)
            if more and label is not None:
                rests[len(out), label] = more
        out.append([c if c is not None else (at[0], at[0]) for c in cells])
    block = _table_block(out, "pdf-copied")
    for (r, c), more in rests.items():
        block.rows[r][c].more = more
    if parted_groups is not None:
        wrapped = parted_groups[2]
    elif two_lines is not None:
        wrapped = two_lines[1]
    elif named_rests:
        wrapped = named_rests
    for cell in block.rows[lf]:
        if cell.start in wrapped and cell.end > cell.start:
            rest = wrapped[cell.start]
            cell.more = (rest,) + ((deeper[rest[0]],) if rest[0] in deeper else ())
        elif cell.start in fragments and cell.end > cell.start:
            cell.more = fragments[cell.start]
    return block, end


@lru_cache(maxsize=1)
def _group_opener() -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """The first word of the columns a header cell parts into, and the cells a wrapped rest makes."""
    words = patterns.load("budget")["copied_table"]
    if "group_opener" not in words or "wrapped_cell" not in words:
        return None
    return (patterns.compile_pattern("budget", words, "group_opener"),
            patterns.compile_pattern("budget", words, "wrapped_cell"))


def _parted_groups(header: list[list[tuple[str, int, int]]], text: str, numbered: int):
    """A header of three lines: cells of figures' columns (项目 年初结转 本年收入 本年支出 年末结转),
    under them the wrapped rests of some and the columns others part into (和结余 小计 基本支出
    项目支出 和结余), and the names of the code and label columns (科目编码 科目名称), with the
    columns numbered (栏次 1 2 3 4 5 6).  The words of the second line go, in order, to the cells
    above as runs: a run that opens with 小计 or 合计 parts its cell into columns, a single other
    word is the cell's wrapped rest, a cell may have none; of the ways, the one whose columns the
    numbers count; of several, the one whose rests make the most known cells (年初结转和结余), when
    only one does.  Returns the header as lines (the parting cells' line, then
    the leaf: code and label, then a column each), the parting cells with the column each stands
    over, and the wrapped rests by the start of their cell; None for any other header."""
    if _group_opener() is None or len(header) != 3:
        return None
    opener, known = _group_opener()
    top, below, names = header
    code_rest = None  # the rest of the code column's name, wrapped onto the last line
    levels: list[tuple[str, int, int]] = []  # or the levels that part the code column (类 款 项)
    lead = 0
    while lead < len(below) and _column_kind(text[below[lead][1] : below[lead][2]]) in "CL":
        lead += 1
    parts = _copied_table_words().get("code_parts")
    if lead and _column_kind(text[below[0][1] : below[0][2]]) == "C" and len(names) == 1 \
            and _column_kind(text[names[0][1] : names[0][2]]) == "C":
        # the code and label columns named at the head of the middle line, the code's name wrapped
        # below it (功能分类 科目名称 和结余 小计 … / 科目编码)
        code_rest, names, below = names[0], below[:lead], below[lead:]
    elif lead and _column_kind(text[below[0][1] : below[0][2]]) == "C" and parts is not None \
            and len(names) >= 2 and all(parts.match(text[a:b]) for _, a, b in names):
        # or, with no numbers, the levels of the code under it (支出功能分类科目编码 科目名称 和结余
        # 小计 … / 类 款 项): the runs are told by the known cells the rests make alone
        levels, names, below = names, below[:lead], below[lead:]
    elif not numbered:
        return None
    kinds_top = [_column_kind(text[a:b]) for _, a, b in top]
    kinds_names = [_column_kind(text[a:b]) for _, a, b in names]
    if not names or any(k not in "CL" for k in kinds_names) or "F" not in kinds_top \
            or any(k != "F" for k in kinds_top[kinds_top.index("F"):]) \
            or any(_column_kind(text[a:b]) != "F" for _, a, b in below):
        return None
    cells = top[kinds_top.index("F"):]
    words = [text[a:b] for _, a, b in below]
    found = []

    def assign(i: int, w: int, runs: list[tuple[int, int]]) -> None:
        if len(found) > 64:
            return
        if i == len(cells):
            if w == len(words) and (levels or sum(max(1, e - s) for s, e in runs) == numbered):
                found.append(list(runs))
            return
        for e in range(w, len(words) + 1):
            n = e - w
            # a lone total is a rest (本年收入 / 合计) only under a middle line that names the code
            # and label columns, whose words are all rests where none parts
            if n >= 2 and not opener.match(words[w]) or n == 1 and opener.match(words[w]) and code_rest is None:
                continue
            assign(i + 1, e, runs + [(w, e)])

    assign(0, 0, [])

    def made(runs: list[tuple[int, int]]) -> tuple[int, int]:
        # the known cells the rests make; then the parts that end as their cell does (本年支出 /
        # 小计 基本支出 项目支出, not 本年收入 over them)
        rests = sum(1 for cell, (s, e) in zip(cells, runs)
                    if e - s == 1 and known.match(_SPACES.sub("", text[cell[1] : cell[2]] + words[s])))
        kin = sum(1 for cell, (s, e) in zip(cells, runs) if e - s >= 2
                  for word in words[s:e] if word.endswith(text[cell[2] - 2 : cell[2]]))
        return rests, kin

    parting = [runs for runs in found if any(e - s >= 2 for s, e in runs)
               and not any(e - s == 1 and opener.match(words[s]) for s, e in runs)]
    if not parting and code_rest is not None:
        found = _rests_alone(cells, words, found, text)
    else:
        found = parting
        best = max(map(made, found), default=(0, 0))
        found = [runs for runs in found if made(runs) == best]
    if len(found) != 1:
        return None
    leaf: list[tuple[str, int, int]] = list(names)
    over: list[tuple[tuple[int, int], int]] = []  # a parting cell's span, the leaf column below it
    rests: dict[int, tuple[int, int]] = {}
    for cell, (s, e) in zip(cells, found[0]):
        if e - s >= 2:
            over.append(((cell[1], cell[2]), len(leaf)))
            leaf.extend(below[s:e])
        else:
            if e - s == 1:
                rests[cell[1]] = (below[s][1], below[s][2])
            leaf.append(cell)
    if code_rest is not None:
        rests[names[0][1]] = (code_rest[1], code_rest[2])
    opening = top[: kinds_top.index("F")] or [top[0]]
    return [opening, leaf] + ([levels] if levels else []), over, rests


def _fund_rests(cells: list[tuple[str, int, int]], rests: list[tuple[str, int, int]], text: str) -> bool:
    """Whether each cell with the word under it names a fund's column (一般公共预算 / 财政拨款,
    政府性基金预 / 算财政拨款), its 支出 or 收入 left to the header above (支出 over the columns)."""
    fund = _wrapped_fund_cell()
    if fund is None or not rests or len(cells) != len(rests):
        return False
    names = [_SPACES.sub("", text[c[1] : c[2]] + text[r[1] : r[2]]) for c, r in zip(cells, rests)]
    return all(fund.match(name) or fund.match(name + "支出") or fund.match(name + "收入") for name in names)


def _rests_under_names(toks: list[list[tuple[str, int, int]]], lf: int, text: str):
    """A header whose upper line names the figures' columns (项目 本年支出 基本支出 项目支出 上缴上级
    经营支出 对附属单位) and whose lower line names the code and label columns, then the wrapped
    rests of some of those cells (支出功能分类科目编码 科目名称 合计 支出 补助支出): every cell its rest,
    in order, where there are as many; else as ``_rests_alone`` places them.  Returns the upper
    line (its words over the code and label), the leaf (code, label, then the upper cells) and the
    rests by the start of their cell; None for any other header."""
    upper, lower = toks[lf - 1], toks[lf]
    up = [_column_kind(text[a:b]) for _, a, b in upper]
    low = [_column_kind(text[a:b]) for _, a, b in lower]
    top = next((i for i, kind in enumerate(up) if kind == "F"), 0)
    lead = next((i for i, kind in enumerate(low) if kind == "F"), 0)
    if not top or not lead or "F" in up[:top] or "F" in low[:lead] or any(k != "F" for k in up[top:]) \
            or any(k != "F" for k in low[lead:]) or "C" not in low[:lead] or len(up) - top < 3:
        return None
    cells, words = upper[top:], [text[a:b] for _, a, b in lower[lead:]]
    if len(words) > len(cells):
        return None
    if len(words) == len(cells):
        runs = [(i, i + 1) for i in range(len(cells))]
    else:
        ways = []
        for chosen in combinations(range(len(cells)), len(words)):
            at = dict(zip(chosen, range(len(words))))
            ways.append([(at[c], at[c] + 1) if c in at else (0, 0) for c in range(len(cells))])
        picked = _rests_alone(cells, words, ways, text)
        if not picked:
            return None
        runs = picked[0]
    rests = {cell[1]: lower[lead + s][1:] for cell, (s, e) in zip(cells, runs) if e - s == 1}
    return upper[:top], lower[:lead] + cells, rests


def _rests_alone(cells: list[tuple[str, int, int]], words: list[str], found: list[list[tuple[int, int]]],
                 text: str) -> list[list[tuple[int, int]]]:
    """Of the ways the words under a header line's cells are each the wrapped rest of one cell
    (项目 本年收入 财政拨款 上级补助 事业收入 经营收入 附属单位 其他收入 / 合计 收入 收入 上缴收入),
    the one where each cell that does not end as most of them do (收入, 支出) takes the rest that
    does, a total (合计) completes the first cell that already ends so (本年收入合计), and no cell
    ending so takes another such ending (事业收入收入); none when the cells share no ending."""
    opener = _group_opener()[0]
    ends = [_SPACES.sub("", text[a:b])[-2:] for _, a, b in cells]
    ending = _common_ending(ends)
    if ending is None:
        return []
    kept = []
    for runs in found:
        ok = True
        for end, (s, e) in zip(ends, runs):
            word = words[s] if e - s == 1 else None
            if end != ending and (word is None or not word.endswith(ending)) \
                    or end == ending and word is not None and not opener.match(word):
                ok = False
                break
        if ok:
            kept.append(runs)
    # of the totals' places, the first columns (本年支出合计, not 基本支出合计)
    kept.sort(key=lambda runs: [c for c, (s, e) in enumerate(runs) if e - s == 1 and opener.match(words[s])])
    return kept[:1]


@lru_cache(maxsize=1)
def _wrapped_fund_cell() -> regex.Pattern[str] | None:
    """The columns of a fund's money a header cell wrapped in its column may make (一般公共预算 /
    拨款收入)."""
    words = patterns.load("budget")["copied_table"]
    return patterns.compile_pattern("budget", words, "wrapped_fund_cell") if "wrapped_fund_cell" in words else None


def _wrapped_and_parted(header: list[list[tuple[str, int, int]]], text: str):
    """A header of two lines, no column numbers: the names of the code and label columns and the
    cells of the figures' columns, some wrapped in their narrow columns, then the rests of those
    cells and the columns one cell parts into::

        科目编码 科目名称 合计 上年结转结余 一般公共预算 政府性基金预算 国有资本经营预 … 单位资金
        拨款收入 拨款收入 算拨款收入 金收入 事业收入 事业单位经营收入 … 其他收入

    The words of the second line go, in order, to the cells above: one word is a cell's rest when
    the two make a known column (一般公共预算拨款收入, 国有资本经营预算拨款收入, 财政专户管理资金收入),
    several are the columns one cell parts into.  Of the ways, the one whose rests make the most
    known cells, when only one does and at least one rest is made.  Returns the header as lines
    (the parting cell alone, if any, then the leaf), the rests by the start of their cell, and
    (the parting cell's span, the start of its first column) or None; None for any other header.

    The columns a cell parts into may wrap in turn, their rests on a third line (单位编码 单位名称
    合计 上年结转 本年收入 / 结余 一般公共预 政府性基金 … 单位资金 / 算拨款收入 预算拨款收入 …):
    each word there is the rest of a word of the second line, in order, the two a known fund's
    column."""
    if _group_opener() is None or _wrapped_fund_cell() is None or len(header) not in (2, 3):
        return None
    known = (_group_opener()[1], _wrapped_fund_cell())
    deeper: dict[int, tuple[int, int]] = {}
    if len(header) == 3:
        deeper = _rests_of_words(header[1], header[2], text)
        if not deeper:
            return None
    top, below = header[:2]
    kinds_top = [_column_kind(text[a:b]) for _, a, b in top]
    if "F" not in kinds_top or kinds_top.index("F") == 0 or len(below) < 2:
        return None
    lead = kinds_top.index("F")
    if any(k != "F" for k in kinds_top[lead:]) or any(_column_kind(text[a:b]) != "F" for _, a, b in below):
        return None
    cells = top[lead:]
    words = [text[a:b] + (text[slice(*deeper[a])] if a in deeper else "") for _, a, b in below]

    def rest_of(cell: tuple[str, int, int], word: str) -> bool:
        name = _SPACES.sub("", text[cell[1] : cell[2]] + word)
        return any(pattern.match(name) for pattern in known)

    found: list[list[tuple[int, int]]] = []

    def assign(i: int, w: int, runs: list[tuple[int, int]]) -> None:
        if len(found) > 64:
            return
        if i == len(cells):
            if w == len(words):
                found.append(list(runs))
            return
        parted = any(e - s >= 2 for s, e in runs)
        for e in range(w, len(words) + 1):
            if e - w == 1 and not rest_of(cells[i], words[w]) or e - w >= 2 and parted:
                continue  # a rest that makes no known cell; a second cell that parts
            assign(i + 1, e, runs + [(w, e)])

    assign(0, 0, [])
    best = max((sum(1 for s, e in runs if e - s == 1) for runs in found), default=0)
    found = [runs for runs in found if sum(1 for s, e in runs if e - s == 1) == best]
    if not best and not deeper and (by_ending := _rests_by_ending(cells, below, text)):
        # no known cell made, no cell parted: the cells that stop short take the words below
        # (… 事业单位经营 对下级单位补 / 支出 助支出)
        return [top], by_ending, None
    if not best:
        # no cell wrapped (科目编码 科目名称 合计 上年结转 本年收入 / 一般公共预算拨款收入 …
        # 单位资金): the second line is the columns one cell parts into, and that cell is the one
        # most of them end as (收入), since 合计 or 上年结转 would name no group of sources
        def kin(runs: list[tuple[int, int]]) -> int:
            return max(sum(1 for word in words[s:e] if word.endswith(text[cell[2] - 2 : cell[2]]))
                       for cell, (s, e) in zip(cells, runs) if e - s >= 2)
        found = [runs for runs in found if 2 * kin(runs) > len(words)]
    if len(found) != 1:
        return None
    leaf = list(top[:lead])
    rests: dict[int, tuple[int, int]] = {}
    over = None
    for cell, (s, e) in zip(cells, found[0]):
        if e - s >= 2:
            over = ((cell[1], cell[2]), below[s][1])
            leaf.extend(below[s:e])
        else:
            if e - s == 1:
                rests[cell[1]] = (below[s][1], below[s][2])
            leaf.append(cell)
    if deeper and (over is None or any(a not in {t[1] for t in leaf} for a in deeper)):
        return None  # the third line's words are rests of parts only
    rests.update(deeper)
    lines = [[("L", *over[0])], leaf] if over is not None else [leaf]
    return lines, rests, (over[0][0], over[0][1], over[1]) if over is not None else None


def _rests_of_words(upper: list[tuple[str, int, int]], lower: list[tuple[str, int, int]],
                    text: str) -> dict[int, tuple[int, int]]:
    """The words of ``lower`` as the rests of words of ``upper`` wrapped in their columns, in
    order, each pair a known fund's column (一般公共预 / 算拨款收入), or else the rests of the
    words that stop short (``_rests_by_ending``): the rest by the start of its word; empty when a
    word of ``lower`` is no such rest."""
    fund = _wrapped_fund_cell()
    if fund is None or not lower or any(_column_kind(text[a:b]) != "F" for _, a, b in lower):
        return {}
    out: dict[int, tuple[int, int]] = {}
    i = 0
    for _, a, b in lower:
        while i < len(upper) and not fund.match(_SPACES.sub("", text[upper[i][1] : upper[i][2]] + text[a:b])):
            i += 1
        if i == len(upper):
            return _rests_by_ending(upper, lower, text)
        out[upper[i][1]] = (a, b)
        i += 1
    return out


def _rests_by_ending(upper: list[tuple[str, int, int]], lower: list[tuple[str, int, int]],
                     text: str) -> dict[int, tuple[int, int]]:
    """The words of ``lower`` as the rests of the words of ``upper`` that stop short, in order: the
    words above end as most of them do (收入, 支出) but as many as there are words below (a total,
    合计, is no such word), and those end so (事业收入 事业单位经 其他收入 / 营收入; 上缴上级支出
    事业单位经营 对下级单位补 / 支出 助支出); empty for any other pair of lines."""
    ends = [_SPACES.sub("", text[a:b])[-2:] for _, a, b in upper]
    ending = _common_ending(ends)
    opener = _group_opener()[0] if _group_opener() is not None else None
    short = [t for t, end in zip(upper, ends) if end != ending  # (合计 is a whole cell)
             and not (opener is not None and opener.match(_SPACES.sub("", text[t[1] : t[2]])))]
    if ending is None or len(short) != len(lower) \
            or any(not _SPACES.sub("", text[a:b]).endswith(ending) for _, a, b in lower):
        return {}
    return {t[1]: (a, b) for t, (_, a, b) in zip(short, lower)}


def _common_ending(ends: list[str]) -> str | None:
    """The ending most header cells share (收入 of 本年收入 事业收入 其他收入), when two at least do
    and no other as often."""
    counts = sorted(((ends.count(end), end) for end in set(ends)), reverse=True)
    if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]


def _continued(lines: list[_Line], text: str, first: int, h: int, end: int,
               body: list[list[tuple[str, int, int]]], taken: set[int]) -> int:
    """A table run over a page break: after the page's footer (第 7 页 共 17 页) its header again
    (all of it, or its last lines), then more rows.  Their tokens join ``body``; returns the index
    of the line after the table."""
    n = len(lines)
    head = [_SPACES.sub("", text[lines[first + k].start : lines[first + k].end]) for k in range(h)]
    # the header repeated may leave out its line of column numbers (栏次 1 2 3) and the lines above
    # its columns' names: the lines of the header that name columns, their last ones
    named = [word for k, word in enumerate(head)
             if not _is_column_numbers(_tokens(lines[first + k], text), text)]
    # one line alone is the header again when it names several columns (科目编码 科目名称 合计 …)
    wide = {word for k, word in enumerate(head) if len(_tokens(lines[first + k], text)) >= 3}

    def blank(k: int) -> bool:
        return k < n and k not in taken and not text[lines[k].start : lines[k].end].strip()

    while True:
        k = end
        while blank(k):
            k += 1
        if k >= n or k in taken or not _is_footer(text[lines[k].start : lines[k].end]):
            return end
        k += 1
        while blank(k):
            k += 1
        again = 0
        for lines_of in (head, named):
            again = next((len(lines_of) - j for j in range(len(lines_of))
                          if (len(lines_of) - j >= min(2, len(lines_of)) or lines_of[j] in wide)
                          and k + len(lines_of) - j <= n
                          and all(k + i not in taken and _SPACES.sub("", text[lines[k + i].start : lines[k + i].end]) == word
                                  for i, word in enumerate(lines_of[j:]))), 0)
            if again:
                break
        if not again and not _row_goes_on(k, lines, text, taken, body):
            return end
        k += again
        stop = k
        while stop < n and not _ends_table(stop, lines, text, taken):
            stop += 1
        if stop == k:
            return end
        body.extend(_tokens(lines[j], text) for j in range(k, stop))
        end = stop


def _row_goes_on(k: int, lines: list[_Line], text: str, taken: set[int],
                 body: list[list[tuple[str, int, int]]]) -> bool:
    """A copy that leaves out the repeated header: right after the page's footer (— 4 —) comes a
    row opened by a code, as the table's last row was (2081902 农村最低生活保障金支出 2,785.25 …),
    or a row whose line number (行次) follows the last row's (10 十、节能环保支出 40 / — 1 — /
    11 十一、城乡社区支出 41), so the table goes on across the page break."""
    if k >= len(lines) or _ends_table(k, lines, text, taken):
        return False
    toks = _tokens(lines[k], text)
    last = next((row for row in reversed(body) if row), None)
    if not toks or last is None:
        return False
    if toks[0][0] == "C" and last[0][0] == "C":
        return any(t[0] == "F" for t in toks)

    def line_number(row: list[tuple[str, int, int]]) -> int | None:
        return next((int(text[a:b]) for kind, a, b in row
                     if kind != "F" and _LINE_NUMBER.match(text[a:b])), None)

    before, after = line_number(last), line_number(toks)
    return before is not None and after == before + 1


def _copied_rows(toks: list[list[tuple[str, int, int]]], text: str,
                 side_by_side: bool) -> list[list[list[tuple[str, int, int]]]]:
    """The body's rows, each a list of token groups: a line that continues the row above (a
    wrapped label, the figures of a row whose code and label came alone) joins it."""
    rows: list[list[list[tuple[str, int, int]]]] = []
    full = _full_labels(toks, text, side_by_side)
    ahead = [line for line in toks if line]
    head: tuple[str, int, int] | None = None  # a label's first part, printed above its row
    for i, line in enumerate(ahead):
        kinds = "".join(t[0] for t in line)
        after = "".join(t[0] for t in ahead[i + 1]) if i + 1 < len(ahead) else ""
        if kinds == "L" and regex.fullmatch(r"C+F+", after) and not NEW_ITEM.match(text[line[0][1] : line[0][2]]):
            # a label wrapped in its cell around the row's figures, which are printed on its
            # middle line (机关事业单位基本养老保险缴 / 2080505 142.56 142.56 / 费支出): the line
            # above a coded row with no label of its own opens that row's label
            head = line[0]
            continue
        if head is not None:
            codes = _code_run(line)
            line = line[:codes] + [head] + line[codes:]
            head = None
        groups = _groups(line, side_by_side)
        last = rows[-1][-1] if rows else None
        kinds = "".join(t[0] for t in line)
        if last is not None and kinds == "L" and not NEW_ITEM.match(text[line[0][1] : line[0][2]]):
            # groups side by side, the rest of a label wrapped in its column on a line of its own:
            # it belongs to the one label of the row that fills its column (一、一般公共预算财政拨款
            # 2,940.05 一、一般公共服务支出 2,106.66 / 收入), whichever group stands last
            filled = full(rows[-1])
            if len(filled) == 1 and not (filled[0] is last and last[-1][0] == "L"):
                filled[0].append(("W", line[0][1], line[0][2]))
                continue
        if last is not None and (last[-1][0] == "C" and kinds[0] in "LF"
                                 or last[-1][0] == "L" and (kinds[0] == "F" or set(kinds) == {"L"})) \
                and not (kinds[0] == "L" and NEW_ITEM.match(text[line[0][1] : line[0][2]])):
            # the label of a code that stood alone, a wrapped label (a line of words only, no
            # item number), or the figures of a row whose code and label stood alone
            if kinds[0] == "L" and last[-1][0] == "L":
                _, a, _ = last[-1]
                last[-1] = ("L", a, line[0][2])
                rest = line[1:]
            else:
                rest = line
            if rest:
                more = _groups(rest, side_by_side)
                last.extend(more[0])
                rows[-1].extend(more[1:])
            continue
        opener = rows[-1][0][0] if rows else None
        if last is not None and kinds == "L" and last[-1][0] == "F" \
                and (opener[0] == "C" or _UNIT_CODE.match(text[opener[1] : opener[2]])) \
                and any(t[0] == "L" for t in rows[-1][0]) and not NEW_ITEM.match(text[line[0][1] : line[0][2]]):
            # the rest of a coded row's label wrapped below its figures (208 05 05 机关事业单位基本
            # 养老保险缴费支 748.92 748.92 / 出; a unit's: 101002 兰州市交通运输综合行政执 2,463.75
            # 2,463.75 / 法支队): a further span of the label's cell
            group = next(g for g in rows[-1] if any(t[0] == "L" for t in g))
            group.append(("W", line[0][1], line[0][2]))
            continue
        if last is not None and set(kinds) == {"F"} and last[-1][0] == "F":
            # a figure pushed onto the next line
            last.extend(line)
            continue
        rows.append(groups)
    return rows


def _full_labels(toks: list[list[tuple[str, int, int]]], text: str, side_by_side: bool):
    """For a table of groups side by side: a function giving the groups of a row whose label fills
    its column: as wide as the widest label of that group (counted from the right, where a short
    row stands) in the table, or nearly (a line may end a character early, or run a character of
    punctuation long), the closest of them.
    A label wraps only where it fills its column, so a wrapped rest on a line of its own is that
    label's."""
    widths: dict[int, int] = {}
    if side_by_side:
        for line in toks:
            for k, group in enumerate(reversed(_groups(line, True))):
                for kind, a, b in group:
                    if kind == "L":
                        widths[k] = max(widths.get(k, 0), _display_width(_SPACES.sub("", text[a:b])))

    def full(row: list[list[tuple[str, int, int]]]) -> list[list[tuple[str, int, int]]]:
        labelled = [(k, g) for k, g in enumerate(reversed(row)) if any(t[0] == "L" for t in g)]
        if not labelled:
            return []
        short: dict[int, list] = {}  # how much narrower than its column's widest, by group
        for k, group in labelled:
            _, a, b = next(t for t in group if t[0] == "L")
            if any(t[0] == "W" for t in group):
                continue  # wrapped already
            gap = widths.get(k, 0) - _display_width(_SPACES.sub("", text[a:b]))
            if gap <= 2 and widths.get(k, 0) > 6:
                short.setdefault(gap, []).append(group)
        return short[min(short)] if short else []

    return full


def _place(row: list[list[tuple[str, int, int]]], hgroups: list[list[int]],
           kinds: list[str]) -> list[tuple[int, int] | None]:
    """A row's cells by column: its groups to the header's last groups, each group's tokens to
    columns of their kind in order, the figures from the first column of figures on."""
    cells: list[tuple[int, int] | None] = [None] * len(kinds)
    for group, cols in zip(row[::-1], hgroups[::-1]):
        figures = [c for c in cols if kinds[c] == "F"]
        values = [t for t in group if t[0] == "F"]
        for kind in "CLN":
            mine = [t for t in group if t[0] == kind]
            spots = [c for c in cols if kinds[c] == kind]
            if mine and spots and kind == "C" and len(spots) > 1:
                for c, (_, a, b) in zip(spots, mine):  # a code parted by level: a part a column
                    cells[c] = (a, b)
            elif mine and spots:
                cells[spots[0]] = (mine[0][1], mine[-1][2])
        labels = [c for c in cols if kinds[c] == "L"]
        codes = [t for t in group if t[0] == "C"]
        if codes and labels and not any(kinds[c] == "C" for c in cols):
            # a code where the table has no code column: the label's first word
            cells[labels[0]] = (codes[0][1], cells[labels[0]][1] if cells[labels[0]] else codes[-1][2])
        for c, (_, a, b) in zip(figures, values[: len(figures)]):
            cells[c] = (a, b)
        if len(values) > len(figures):  # more figures than columns: the last keeps the rest
            cells[figures[-1]] = (cells[figures[-1]][0], values[-1][2])
    return cells


def _parts_on_the_left(rows: list, placed: list[list[tuple[int, int] | None]], hgroups: list[list[int]],
                       kinds: list[str], text: str) -> None:
    """A row of one label and its figures stands on the right-hand side, as the short rows of a
    收支总表's long expenditure side do; but under a row of both sides the left's parts come so too
    (年初财政拨款结转和结余 560.30 年末财政拨款结转和结余 398.55 … / 一、一般公共预算财政拨款 420.30 /
    二、政府性基金预算财政拨款 140.00).  Only the sums tell: a run of such rows whose first figures
    add up to the left side's figure above, and not to the right's, goes to the left; where they
    add up to both (21.63 on each side), rows of one figure each are the left's when the right's
    row has more (a part on the right fills its total and its fund's column: 21.63 21.63)."""
    if len(hgroups) != 2:
        return
    left, right = hgroups
    width = sum(1 for c in left if kinds[c] == "F")

    def first(cells: list[tuple[int, int] | None], cols: list[int]) -> Decimal | None:
        return next((_amount(text, cells[c]) for c in cols if kinds[c] == "F" and cells[c] is not None), None)

    for r in range(len(rows)):
        if len(rows[r]) != 2 or (whole := first(placed[r], left)) is None:
            continue
        end = r + 1
        while end < len(rows) and len(rows[end]) == 1:
            end += 1
        run = range(r + 1, end)
        figures = [[t for t in rows[k][0] if t[0] == "F"] for k in run]
        if not run or not any(figures) or any(len(f) > width for f in figures):
            continue
        added = sum((first(placed[k], right) or Decimal(0) for k in run), Decimal(0))
        filled = sum(1 for c in right if kinds[c] == "F" and placed[r][c] is not None)
        if added == whole and (added != first(placed[r], right) or filled > 1 and all(len(f) <= 1 for f in figures)):
            for k in run:
                placed[k] = _place(rows[k], [left], kinds)
    # the last items of the left's list where the right's runs longer (五、单位资金 85.60 over
    # 本年收入合计 21,927.97 本年支出合计 21,927.97): a run of such rows right above a row of both
    # sides' totals is the left's when only so does each side add up to its total
    start = 0
    for t in range(len(rows)):
        if len(rows[t]) != 2:
            continue
        labels = "".join(text[a:b] for c in range(len(kinds)) if kinds[c] == "L" and placed[t][c] is not None
                         for a, b in [placed[t][c]])
        if not labels or not _TOTAL_COLUMN.search(_SPACES.sub("", labels)):
            continue
        top = t
        while top > start and len(rows[top - 1]) == 1:
            top -= 1
        run = range(top, t)
        figures = [[x for x in rows[k][0] if x[0] == "F"] for k in run]
        ends = first(placed[t], left), first(placed[t], right)
        if None not in ends and any(figures) and all(len(f) <= width for f in figures):
            moved = sum((first(placed[k], right) or Decimal(0) for k in run), Decimal(0))
            sums = [sum((first(placed[k], cols) or Decimal(0) for k in range(start, t)), Decimal(0))
                    for cols in (left, right)]
            if sums[0] != ends[0] and sums[0] + moved == ends[0] and sums[1] - moved == ends[1]:
                for k in run:
                    placed[k] = _place(rows[k], [left], kinds)
        start = t + 1


def _upper_header(toks: list[tuple[str, int, int]], hgroups: list[list[int]], kinds: list[str],
                  width: int, text: str) -> list[tuple[int, int]]:
    """An upper header line as a row: a word a group when it has as many words as the table has
    groups (收入 | 支出); a line of names of the code and label columns (功能分类科目编码 科目名称),
    each over the first column of its kind; else, in one group, the first word over the code and
    label columns (项目) and the others spread evenly over the columns of figures (本年支出)."""
    at = toks[0][1]
    cells = [(at, at)] * width
    spans = [(a, b) for _, a, b in toks]
    figures = [c for c in range(width) if kinds[c] == "F"]
    named = [_column_kind(text[a:b]) for a, b in spans]
    if len(hgroups) == 1 and len(set(named)) == len(named) and all(k in "CL" and k in kinds for k in named):
        spots = [kinds.index(k) for k in named]
    elif len(hgroups) == 1 and set(named) == {"F"} and kinds[0] != "F" and len(figures) % len(spans) == 0:
        # only groups of the figures' columns (本年支出): each over its share of them
        step = len(figures) // len(spans)
        spots = [figures[i * step] for i in range(len(spans))]
    elif len(spans) == len(hgroups):
        spots = [g[0] for g in hgroups]
    elif len(hgroups) == 1 and 1 < len(spans) and len(figures) % (len(spans) - 1) == 0 and kinds[0] != "F":
        step = len(figures) // (len(spans) - 1)
        spots = [0] + [figures[i * step] for i in range(len(spans) - 1)]
    else:
        spots = list(range(min(len(spans), width)))
    for c, span in zip(spots, spans):
        cells[c] = span
    return cells


def _amount(text: str, span: tuple[int, int]) -> Decimal:
    word = text[span[0] : span[1]].replace(",", "")
    try:
        return Decimal(word)
    except InvalidOperation:  # a dash: none
        return Decimal(0)


_TOTAL_COLUMN = regex.compile(r"合计|小计|总计|^$")  # (a column with no name: as it was read)


def _settle_by_codes(placed: list[list[tuple[int, int] | None]], rows: list, hgroups: list[list[int]],
                     kinds: list[str], text: str, names: list[str] | None = None,
                     stated: dict[Decimal, set[str]] | None = None,
                     subtotals: list[tuple[int, list[int]]] = ()) -> None:
    """Move the figures of rows that have fewer than their group's columns to the columns the
    table's arithmetic calls for: the rows under a code (a 类's 款, a 款's 项; under the 合计 row, the
    类) add up to that code's row in every column of figures.  A row keeps its first figure in the
    first column (the total); the others may take any of the later columns, in order.  Of the ways
    a row's own figures may stand that its rows below add up to, the first that puts most of its
    figures under a column named as a table read before names a row or a column with that figure
    (186,400.00 under 其他收入 of a 收入决算表, after 八、其他收入 8 186,400.00 in the 收支总表)."""
    names = names or [""] * len(kinds)
    stated = stated or {}
    for cols in hgroups:
        code_col = next((c for c in cols if kinds[c] == "C"), None)
        code_cols = [c for c in cols if kinds[c] == "C"]  # more than one: the code parted by level
        label_col = next((c for c in cols if kinds[c] == "L"), None)
        figures = [c for c in cols if kinds[c] == "F"]
        if code_col is None or len(figures) < 3:
            continue
        entries = []  # (code or "" for the 合计 row, figure spans in order, row index)
        for r, cells in enumerate(placed):
            spans = [cells[c] for c in figures if cells[c] is not None]
            code = "".join(text[cells[c][0] : cells[c][1]] for c in code_cols if cells[c]) if cells[code_col] else None
            if code is None and label_col is not None and cells[label_col] is not None and \
                    _SPACES.sub("", text[cells[label_col][0] : cells[label_col][1]]) in ("合计", "总计"):
                code = ""
            if code is None and label_col is not None and cells[label_col] is not None:
                code = "#"  # a row with no budget subject's code (a unit's, under 单位编码)
            if code is not None and spans:
                entries.append((code, spans, r))
        if not entries:
            continue
        # a table by unit: no row has a subject's code, and the units' rows add up to the 合计's
        uncoded = all(code in ("", "#") for code, _, _ in entries)

        # a row's first figure is in the first column when that is the row's total (合计 | 基本支出 |
        # 项目支出); a first column of another measure (年初结转和结余 | 本年收入 | 本年支出 …) may be blank
        first_total = _TOTAL_COLUMN.search(_SPACES.sub("", names[figures[0]])) is not None

        def options(spans, added_up: bool = False):
            if len(spans) == len(figures):
                return [tuple(figures)]
            if not first_total:
                ways = list(combinations(figures, len(spans)))
            else:
                ways = [(figures[0],) + rest for rest in combinations(figures[1:], len(spans) - 1)]
            if not subtotals:
                return [] if added_up else ways
            # a 小计 and the columns it parts into (本年支出: 小计 基本支出 项目支出) add up on every row
            kept = []
            for way in ways:
                got = {c: _amount(text, span) for c, span in zip(way, spans)}
                if all(got.get(t, Decimal(0)) == sum((got.get(c, Decimal(0)) for c in ps), Decimal(0))
                       for t, ps in subtotals):
                    kept.append(way)
            if added_up:
                return kept if len(kept) < len(ways) else []
            return kept or ways

        chosen = {r: (options(spans)[0] if len(options(spans)) == 1 else None) for _, spans, r in entries}
        for parent, pspans, pr in entries:
            if parent == "#":
                continue
            kids = [(spans, r) for code, spans, r in entries
                    if len(code) == (3 if parent == "" else len(parent) + 2) and code.startswith(parent)
                    or uncoded and parent == "" and code == "#"]
            if not kids or len(kids) > _MAX_CHILDREN:
                continue
            choices = [options(spans) if chosen[r] is None else [chosen[r]] for spans, r in kids]
            if all(len(ch) == 1 for ch in choices) and chosen[pr] is not None:
                continue
            # a row whose own columns its figures leave open (3 figures of 6 columns: 合计, then
            # 基本支出 and 项目支出, or 项目支出 and 上缴上级支出 …) takes the first of its ways,
            # in order, that its rows below add up to
            ways = [chosen[pr]] if chosen[pr] is not None else options(pspans)
            ways.sort(key=lambda way: -sum(_SPACES.sub("", names[c]) in stated.get(_amount(text, span), ())
                                           for c, span in zip(way, pspans)))
            steps = [_MAX_TRIALS]  # a wide table's rows: the search stops after so many placings
            for popt in ways:
                want = {c: Decimal(0) for c in figures}
                for c, span in zip(popt, pspans):
                    want[c] = _amount(text, span)
                pick = _first_pick(kids, choices, figures, want, text, steps)
                if pick is not None:
                    chosen[pr] = popt
                    for (_, r), cols_ in zip(kids, pick):
                        chosen[r] = cols_
                    break
        for _, spans, r in entries:
            if chosen[r] is None and (adding_up := options(spans, added_up=True)):
                # no rows under it to tell, but its 小计 adds up only where its figures leave the
                # right columns blank (合计 58.10 412.60 398.45 398.45 72.25 under 年初结转和结余 |
                # 本年收入 | 小计 基本支出 项目支出 | 年末结转和结余): the first such way
                chosen[r] = adding_up[0]
            if chosen[r] is None:
                continue
            cells = placed[r]
            for c in figures:
                cells[c] = None
            for c, span in zip(chosen[r], spans):
                cells[c] = span


# the number of an item in front of a row's label (八、其他收入, （一）)
_ITEM_MARK = regex.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")


def _state(placed: list[list[tuple[int, int] | None]], hgroups: list[list[int]], kinds: list[str],
           text: str, stated: dict[Decimal, set[str]], names: list[str] | None = None) -> None:
    """Note each figure of a table with the label of its row (its item number and blanks removed)
    and the name of its column, for the tables read after it (see ``_settle_by_codes``): a figure a
    支出总表 put under 项目支出 (3,200.00 of 2121301 城市公共设施) is 项目支出 in the 政府性基金预算支出表
    whose rows leave 基本支出 or 项目支出 blank and add up either way."""
    for cells in placed:
        for cols in hgroups:
            label = next((cells[c] for c in cols if kinds[c] == "L" and cells[c] is not None), None)
            if label is None:
                continue
            name = _ITEM_MARK.sub("", _SPACES.sub("", text[label[0] : label[1]]))
            for c in cols:
                if kinds[c] == "F" and cells[c] is not None:
                    seen = stated.setdefault(_amount(text, cells[c]), set())
                    seen.add(name)
                    if names is not None and names[c]:
                        seen.add(_SPACES.sub("", names[c]))


def _first_pick(kids: list, choices: list, figures: list[int], want: dict[int, Decimal], text: str,
                steps: list[int]) -> tuple | None:
    """The first placing of the rows ``kids`` (in the order of their ``choices``) whose columns add
    up to ``want``; None when there is none or the search runs out of ``steps`` (shared, counted
    down).  Figures that are none of them negative cannot overshoot a column's total, so a placing
    that does is left with all that would follow it: a wide table (6 columns, 3 of them blank) with
    a dozen rows under one code is then searched in a few hundred placings."""
    values = [[_amount(text, span) for span in spans] for spans, _ in kids]
    bounded = all(v >= 0 for vs in values for v in vs) and all(v >= 0 for v in want.values())
    sums = {c: Decimal(0) for c in figures}
    pick: list = [None] * len(kids)

    def go(i: int) -> bool:
        if i == len(kids):
            return sums == want
        for cols in choices[i]:
            if steps[0] <= 0:
                return False
            steps[0] -= 1
            for c, v in zip(cols, values[i]):
                sums[c] += v
            if not bounded or all(sums[c] <= want[c] for c in cols):
                pick[i] = cols
                if go(i + 1):
                    return True
            for c, v in zip(cols, values[i]):
                sums[c] -= v
        return False

    return tuple(pick) if go(0) else None


# The 财政拨款“三公”经费支出决算表 comes out of a PDF viewer with its header one cell a line (a
# cell wrapped in the PDF on several: 因公出国 / （境）费), under the kind of the figures, then the
# figures on one line, once for 预算数 and once for 决算数:
#
#     预算数
#     合计 / 因公出国 / （境）费 / 公务用车购置及运行维护费 / 公务接待费 / 小计 / 公务用车 / 购置费 / …
#     18.50 15.80 15.80 2.70
#
# The header's lines are joined into the subjects they name (the wholes and members of the known
# partitions of ``patterns/budget.toml``, 合计 and 小计): the cells of the first level, then from a
# 小计 on those of the cell that is their whole.  The columns are the first level's cells, a
# whole's standing for its 小计 and members.  The parts make one table (the title over it names
# them all), each part its kind over the header, the figures under it.  A row with fewer figures than columns keeps the first in
# 合计 and puts the others where each total is the sum of its parts; of two ways that both add up
# (小计 15.80 = 购置费 + 运行维护费, one of them blank) the later column, the running cost, which
# some spending every year has where a purchase is rare.


@lru_cache(maxsize=1)
def _header_subjects() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The subjects a header cell of such a table may name, and the members of each whole."""
    budget = patterns.load("budget")
    # a header names a subject in any of its written forms (公务用车购置及运行费 for
    # 公务用车购置及运行维护费): each subject stands for its aliases too
    aliases = budget.get("aliases", {})

    def forms(subject: str) -> list[str]:
        return [subject, *aliases.get(subject, [])]

    terms = {"合计", "小计"}
    wholes: dict[str, tuple[str, ...]] = {}
    for entry in budget.get("partition", []):
        members = tuple(f for m in entry["members"] for f in forms(m))
        terms.update(members)
        if "whole" in entry:
            for whole in forms(entry["whole"]):
                terms.add(whole)
                wholes[whole] = members
    return frozenset(terms), wholes


def _subject_cells(words: list[str]) -> list[tuple[int, int]] | None:
    """The header lines ``words`` joined into cells that each name a subject: (first, last) line
    indices, or None when a line is no part of one."""
    terms, _ = _header_subjects()
    cells, k = [], 0
    while k < len(words):
        acc, j = words[k], k
        while acc not in terms and j + 1 < len(words) and any(t.startswith(acc + words[j + 1]) for t in terms):
            j += 1
            acc += words[j]
        if acc not in terms:
            return None
        cells.append((k, j))
        k = j + 1
    return cells


def _subject_header_tables(lines: list[_Line], text: str, first: int,
                           taken: set[int]) -> list[tuple[int, SourceBlock, int]]:
    terms, wholes = _header_subjects()
    end = first
    while end < len(lines) and not _ends_table(end, lines, text, taken):
        end += 1
    parts: list[list[list[tuple[int, int]]]] = []  # the rows of each part
    after = k = first
    while k < end:
        start = k
        caption = []
        while k < end and (word := _SPACES.sub("", text[lines[k].start : lines[k].end])) and \
                not any(t.startswith(word) or t.startswith(_first_word(lines[k], text)) for t in terms) \
                and not _figure_line(lines[k], text):
            caption.append(k)
            k += 1
        head = k
        while k < end and not _figure_line(lines[k], text):
            k += 1
        if k >= end or k == head:
            break
        # a line that numbers the columns (1 2 3 4 5 6; 7 8 … 12 for the second part) names none
        rows_of_header = [m for m in range(head, k) if not _is_column_numbers(_tokens(lines[m], text), text)
                          and not _counts_on(text[lines[m].start : lines[m].end])]
        # the kinds under each column in turn (预算数 决算数 预算数 决算数 …): each subject's column
        # is two, and the figures come in pairs, a pair left out where both are blank
        paired = None
        if len(rows_of_header) > 1:
            last = _tokens(lines[rows_of_header[-1]], text)
            kind_words = [text[a:b] for _, a, b in last]
            # (the widest header line, a word under every column: no rest of wrapped cells, 购置费
            # 行维护费 购置费 行维护费)
            if len(kind_words) >= 4 and len(kind_words) % 2 == 0 and kind_words[0] != kind_words[1] \
                    and all(w == kind_words[i % 2] for i, w in enumerate(kind_words)) and all(t[0] == "L" for t in last) \
                    and len(last) > max(len(_tokens(lines[m], text)) for m in rows_of_header[:-1]):
                paired = rows_of_header.pop()
        words = [_SPACES.sub("", text[lines[m].start : lines[m].end]) for m in rows_of_header]
        cells = _subject_cells(words)
        more: list[tuple[tuple[int, int], ...]] = []  # the further spans of each cell
        if cells is not None:
            spans = [(lines[rows_of_header[a]].start, lines[rows_of_header[b]].end) for a, b in cells]
            names = ["".join(words[a : b + 1]) for a, b in cells]
            more = [()] * len(cells)
        else:
            wrapped = _wrapped_subject_cells([_tokens(lines[m], text) for m in rows_of_header], text)
            if wrapped is None:
                break
            names = [name for name, _ in wrapped]
            spans = [parts[0] for _, parts in wrapped]
            more = [tuple(parts[1:]) for _, parts in wrapped]
        order = _wholes_in_place(names, spans, more, wholes, text)
        if order is not None:
            names, spans, more = ([seq[i] for i in order] for seq in (names, spans, more))
        # the first level up to a 小计; the cells from it are the parts of the whole they fill
        sub = names.index("小计") if "小计" in names else len(names)
        top, inner = list(range(sub)), list(range(sub, len(names)))
        # parts side by side (预算数 决算数 on the caption line): each level of the header names
        # the same cells once for each part, and the one line of figures holds both parts
        sides = _sides(names, sub, [text[a:b] for _, a, b in _tokens(lines[caption[0]], text)]
                       if len(caption) == 1 else [])
        if sides > 1 and paired is None:
            top, inner = top[: len(top) // sides], inner[: len(inner) // sides]
        sides = 1 if paired is not None else sides
        stride = 2 if paired is not None else 1  # columns to a subject
        owner = next((c for c in top if names[c] in wholes
                      and all(names[i] in wholes[names[c]] for i in inner if names[i] != "小计")), None)
        if inner and owner is None:
            break
        leaves: list[int] = []  # cell index of each column (of the first part)
        for c in top:
            leaves.extend(inner if c == owner and inner else [c])
        figures = _tokens(lines[k], text)
        if len(figures) > len(leaves) * sides * stride:
            break
        words_ = [text[a:b] for _, a, b in figures]
        if paired is not None:
            if len(figures) % 2 or len(_tokens(lines[paired], text)) != 2 * len(leaves):
                break
            # each kind's figures placed on their own must take the same subjects
            planned = _subject_columns(names, leaves, top, owner, words_[0::2])
            if planned != _subject_columns(names, leaves, top, owner, words_[1::2]):
                break
            place = [2 * planned[i // 2] + i % 2 for i in range(len(figures))]
        elif sides > 1:
            place = _cut_into_parts(names, leaves, top, owner, words_, sides)
            if place is None:
                break
        else:
            place = _subject_columns(names, leaves, top, owner, words_)
        width = len(leaves) * sides * stride
        at = lines[start].start
        rows = []
        if caption and sides > 1:  # each part's name over its first column
            row = [(at, at)] * width
            for p, (_, a, b) in enumerate(_tokens(lines[caption[0]], text)):
                row[p * len(leaves)] = (a, b)
            rows.append(row)
        elif caption:
            rows.append([(lines[caption[0]].start, lines[caption[-1]].end)] + [(at, at)] * (width - 1))
        # a cell of part p: the cell of the first part's at the same place, moved on by p parts
        t, i = len(top), len(inner)

        def cell_of(c: int, p: int) -> int:
            return c + p * t if c < sub else sub + (c - sub) + p * i

        if paired is not None:
            # the kinds over the subjects, as a part's kind stands over its subjects (the rows
            # under them name what each figure is of)
            rows.append([(a, b) for _, a, b in _tokens(lines[paired], text)])
        first_level = [(at, at)] * width
        wraps = {}  # (row, column) of a cell wrapped over lines -> its further spans
        for p in range(sides):
            for c in top:
                col = p * len(leaves) + stride * leaves.index(inner[0] if c == owner and inner else c)
                first_level[col] = spans[cell_of(c, p)]
                wraps[len(rows), col] = more[cell_of(c, p)]
        rows.append(first_level)
        if inner:
            row = [(at, at)] * width
            for p in range(sides):
                for c in inner:
                    row[p * len(leaves) + stride * leaves.index(c)] = spans[cell_of(c, p)]
                    wraps[len(rows), p * len(leaves) + stride * leaves.index(c)] = more[cell_of(c, p)]
            rows.append(row)

        values = [(at, at)] * width
        for col, (_, a, b) in zip(place, figures):
            values[col] = (a, b)
        rows.append(values)
        if paired is not None:
            # a subject's cell covers its two columns: the second is merged from the first
            for r in range(len(rows) - 1):
                for c in range(1, width, 2):
                    if rows[r][c][0] == rows[r][c][1] and rows[r][c - 1][0] < rows[r][c - 1][1]:
                        wraps[r, c] = "merged"
        parts.append((rows, wraps))
        after = k = k + 1
    if not parts:
        return []
    # one table of the parts (预算数, then 决算数): the title over the first names both
    block = _table_block([row for rows, _ in parts for row in rows], "pdf-copied")
    r0 = 0
    for rows, wraps in parts:
        for (r, c), spans_ in wraps.items():
            if spans_ == "merged":
                block.rows[r0 + r][c].merged_from = (r0 + r, c - 1)
            elif spans_:
                block.rows[r0 + r][c].more = spans_
        r0 += len(rows)
    return [(first, block, after)]


def _wholes_in_place(names: list[str], spans: list[tuple[int, int]], more: list[tuple[tuple[int, int], ...]],
                     wholes: dict[str, tuple[str, ...]], text: str) -> list[int] | None:
    """The order of the cells where the wholes that part into columns were read before the first
    level's other cells (公务用车购置及运行费 公务用车购置及运行费 / 合计 因公出国 公务接 合计 因公出国
    公务接 / （境）费 小计 购置费 运行费 待费 （境）费 小计 …: a viewer reads the upper row's cells
    first, then those centred on both rows): each whole goes after the last cell whose wrapped rest
    stands before its 小计 on the line of the parts.  None when the wholes do not come first or a
    whole's place is not told so."""
    subs = [i for i, name in enumerate(names) if name == "小计"]
    w = 0
    while w < len(names) and names[w] in wholes:
        w += 1
    if not w or len(subs) != w or subs[0] <= w + 1:
        return None
    top = list(range(w, subs[0]))
    placed: dict[int, list[int]] = {}  # top cell -> the wholes after it
    for whole, sub in zip(range(w), subs):
        at = spans[sub][0]
        before = [c for c in top if any(a < at and "\n" not in text[a:at] for a, _ in more[c])]
        if not before:
            return None
        placed.setdefault(before[-1], []).append(whole)
    order = []
    for c in top:
        order.append(c)
        order.extend(placed.get(c, []))
    return order + list(range(subs[0], len(names)))


def _sides(names: list[str], sub: int, caption: list[str]) -> int:
    """How many parts stand side by side under a header of subjects: the words of the caption
    line (预算数 决算数) when the first level (the names before ``sub``, the first 小计) and the
    level below each name the same cells once for each of them; else 1."""
    sides = len(caption)
    if sides < 2:
        return 1
    top, inner = names[:sub], names[sub:]
    if not top or len(top) % sides or len(inner) % sides:
        return 1
    t, i = len(top) // sides, len(inner) // sides
    if any(top[p * t : (p + 1) * t] != top[:t] or inner[p * i : (p + 1) * i] != inner[:i] for p in range(sides)):
        return 1
    return sides


def _wrapped_subject_cells(header: list[list[tuple[str, int, int]]],
                           text: str) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """A header of subjects whose lines hold several cells, a cell wrapped in its column onto the
    lines below (合计 因公出国 公务用车购置及运行维护费 公务接待费 / （境）费 小计 公务用车 公务用车运 /
    购置费 行维护费): each cell's name and spans, in the order the cells open.  A word continues the
    first cell of a line above that it does not yet complete and that it makes a subject or the
    start of one (因公出国 + （境）费); any other word opens a cell.  None when a cell names no
    subject."""
    terms, wholes = _header_subjects()
    cells: list[tuple[str, list[tuple[int, int]]]] = []
    for line in header:
        opened = len(cells)  # the cells of the lines above
        grown: set[int] = set()
        for _, a, b in line:
            word = text[a:b]
            at = next((i for i in range(opened) if i not in grown and cells[i][0] not in terms
                       and any(t.startswith(cells[i][0] + word) for t in terms)), None)
            if at is None:
                if not any(t.startswith(word) for t in terms):
                    # a part under its whole named short (公务用车购置及运行费 / 小计 购置费 运行费):
                    # the whole's member it ends
                    member = next((m for name, _ in cells if name in wholes for m in wholes[name]
                                   if len(word) >= 2 and m.endswith(word)), None)
                    if member is None:
                        return None
                    word = member
                cells.append((word, [(a, b)]))
            else:
                cells[at] = (cells[at][0] + word, cells[at][1] + [(a, b)])
                grown.add(at)
    if not cells or any(name not in terms for name, _ in cells):
        return None
    return cells


def _counts_on(content: str) -> bool:
    """A line of whole numbers counting on by one (7 8 9 10 11 12): the numbers of columns."""
    words = content.split()
    return len(words) >= 3 and all(_LINE_NUMBER.match(w) for w in words) and \
        all(int(b) == int(a) + 1 for a, b in zip(words, words[1:]))


def _first_word(line: _Line, text: str) -> str:
    """The first word of a line (a header line of several cells opens with its first cell's)."""
    m = _TOKEN.search(text, line.start, line.end)
    return m.group() if m else ""


def _figure_line(line: _Line, text: str) -> bool:
    tokens = _tokens(line, text)
    return bool(tokens) and all(t[0] == "F" for t in tokens)


def _subject_columns(names: list[str], leaves: list[int], top: list[int], owner: int | None,
                     figures: list[str]) -> tuple[int, ...]:
    """The columns of a row's figures under a header of subjects: all in order when there are as
    many; else the first in the first column and the others where the totals add up (the 合计
    the first level, the 小计 the whole's parts), the later columns of two ways that do."""
    valid = _subject_placings(names, leaves, top, owner, figures)
    return valid[-1] if valid else tuple(range(len(figures)))


def _subject_placings(names: list[str], leaves: list[int], top: list[int], owner: int | None,
                      figures: list[str]) -> list[tuple[int, ...]]:
    """Every way of placing a row's figures under a header of subjects that adds up (see
    ``_subject_columns``), in order; none when there are more figures than columns."""
    n = len(leaves)
    if len(figures) == n:
        return [tuple(range(n))]
    if not figures or len(figures) > n:
        return []
    sub = names.index("小计") if "小计" in names else None
    members = [i for i in leaves if i not in top and i != sub]  # the whole's parts
    valid = []
    for rest in combinations(range(1, n), len(figures) - 1):
        cols = (0,) + rest
        got = {leaves[c]: _amount(w, (0, len(w))) for c, w in zip(cols, figures)}

        def total(*cells: int) -> Decimal:
            return sum((got.get(c, Decimal(0)) for c in cells), Decimal(0))

        ok = True
        if names[leaves[0]] == "合计":  # the first level adds up to it, the whole by its 小计
            parts = [c for c in top if c != leaves[0]]
            whole = total(sub) if sub is not None else total(*members)
            ok = total(leaves[0]) == total(*(c for c in parts if c != owner)) + (whole if owner in parts else 0)
        if ok and sub is not None:
            ok = total(sub) == total(*members)
        if ok:
            valid.append(cols)
    return valid


# The same table copied with its header a row a line, the parts (预算数 | 决算数) side by side and
# each line holding a level of the header for both, then the columns numbered, then one line of
# figures for both parts, its blank (zero) cells left out:
#
#     预算数 决算数
#     合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费 合计 因公出国（境）费 …
#     小计 公务用车购置费 公务用车运行维护费 小计 公务用车购置费 公务用车运行维护费
#     1 2 3 4 5 6 7 8 9 10 11 12
#     250,000.00 200,000.00 200,000.00 50,000.00 224,802.00 186,240.00 186,240.00 38,562.00
#
# The parts' header is read as above; the line of figures is cut into the parts where each part's
# figures add up under its header (250,000.00 = 200,000.00 + 50,000.00 | 224,802.00 = …).


def _subject_row_table(lines: list[_Line], text: str, first: int,
                       taken: set[int]) -> tuple[SourceBlock, int] | None:
    terms, wholes = _header_subjects()
    end, toks = _table_lines(lines, text, first, taken)
    words = [[text[a:b] for _, a, b in line] for line in toks]
    f = next((k for k, line in enumerate(toks) if line and all(t[0] == "F" for t in line)), None)
    if not f:
        return None
    head = [k for k in range(f) if not _is_column_numbers(toks[k], text)]
    caption = None  # the parts' names (预算数 决算数): no subject among them
    if head and not any(w in terms for w in words[head[0]]):
        caption, head = head[0], head[1:]
    if len(head) not in (1, 2) or not all(w in terms for k in head for w in words[k]):
        return None
    parts = len(words[caption]) if caption is not None else 1
    top_words = words[head[0]]
    inner_words = words[head[1]] if len(head) > 1 else []
    if len(top_words) % parts or len(inner_words) % parts:
        return None
    t, i = len(top_words) // parts, len(inner_words) // parts
    if any(top_words[p * t : (p + 1) * t] != top_words[:t] or inner_words[p * i : (p + 1) * i] != inner_words[:i]
           for p in range(parts)):
        return None  # parts of different headers: no such table
    names = top_words[:t] + inner_words[:i]
    top, inner = list(range(t)), list(range(t, t + i))
    owner = next((c for c in top if names[c] in wholes
                  and all(names[x] in wholes[names[c]] for x in inner if names[x] != "小计")), None)
    if inner and owner is None:
        return None
    leaves: list[int] = []  # name index of each column of a part
    for c in top:
        leaves.extend(inner if c == owner and inner else [c])
    width = len(leaves) * parts
    at = lines[first].start
    rows: list[list[tuple[int, int]]] = []
    if caption is not None:
        row = [(at, at)] * width
        for p, (_, a, b) in enumerate(toks[caption]):
            row[p * len(leaves)] = (a, b)
        rows.append(row)
    row = [(at, at)] * width
    for p in range(parts):
        for c in top:
            _, a, b = toks[head[0]][p * t + c]
            row[p * len(leaves) + leaves.index(inner[0] if c == owner and inner else c)] = (a, b)
    rows.append(row)
    if inner:
        row = [(at, at)] * width
        for p in range(parts):
            for c in inner:
                _, a, b = toks[head[1]][p * i + c - t]
                row[p * len(leaves) + leaves.index(c)] = (a, b)
        rows.append(row)
    k = f
    while k < len(toks) and toks[k] and all(tok[0] == "F" for tok in toks[k]):
        cut = _cut_into_parts(names, leaves, top, owner, [text[a:b] for _, a, b in toks[k]], parts)
        if cut is None:
            break
        row = [(at, at)] * width
        for col, (_, a, b) in zip(cut, toks[k]):
            row[col] = (a, b)
        rows.append(row)
        k += 1
    if k == f:
        return None
    return _table_block(rows, "pdf-copied"), first + k


def _cut_into_parts(names: list[str], leaves: list[int], top: list[int], owner: int | None,
                    figures: list[str], parts: int) -> list[int] | None:
    """The columns of a line of figures for ``parts`` parts side by side: the first cut of the
    figures into the parts where each part's figures add up under its header, placed as
    ``_subject_columns`` places them; all in order when the line fills every column."""
    n = len(leaves)
    if len(figures) == n * parts:
        return list(range(n * parts))

    def cuts(k: int, left: int):
        if k == 1:
            if 1 <= left <= n:
                yield [left]
            return
        for m in range(1, min(n, left) + 1):
            for rest in cuts(k - 1, left - m):
                yield [m] + rest

    for sizes in cuts(parts, len(figures)):
        cols, at = [], 0
        for p, m in enumerate(sizes):
            valid = _subject_placings(names, leaves, top, owner, figures[at : at + m])
            if not valid:
                break
            cols.extend(p * n + c for c in valid[-1])
            at += m
        else:
            return cols
    return None


# The same table with a column of row labels (a row a year: 2023年预算数 | 2024年预算数), its header
# opened by that column's name and broken cell by cell as above:
#
#     项目 合计
#     因公出国
#     （境）费
#     公务用车购置及运行维护费
#     公务接待费
#     小计 公务用车购置费 公务用车运行维护费
#     2023年预算数 657,000.00 0.00 615,000.00 0.00 615,000.00 42,000.00
#
# The header after the label column's name is read as above (cells wrapped in their columns), and
# each row's figures are placed under it as ``_subject_columns`` places them.


def _labelled_subject_table(lines: list[_Line], text: str, first: int,
                            taken: set[int]) -> tuple[SourceBlock, int] | None:
    terms, wholes = _header_subjects()
    end, toks = _table_lines(lines, text, first, taken)

    def labelled_row(line: list[tuple[str, int, int]]) -> bool:
        return len(line) >= 2 and line[0][0] == "L" and all(t[0] == "F" for t in line[1:])

    f = next((k for k, line in enumerate(toks) if labelled_row(line)), None)
    if not f or not toks[0] or _column_kind(text[toks[0][0][1] : toks[0][0][2]]) != "L":
        return None
    head = [line for line in toks[:f] if not _is_column_numbers(line, text)]
    head = [head[0][1:]] + head[1:]
    wrapped = _wrapped_subject_cells([line for line in head if line], text)
    if wrapped is None:
        return None
    names = [name for name, _ in wrapped]
    sub = names.index("小计") if "小计" in names else len(names)
    top, inner = list(range(sub)), list(range(sub, len(names)))
    owner = next((c for c in top if names[c] in wholes
                  and all(names[i] in wholes[names[c]] for i in inner if names[i] != "小计")), None)
    if inner and owner is None:
        return None
    leaves: list[int] = []  # cell index of each column of figures
    for c in top:
        leaves.extend(inner if c == owner and inner else [c])
    width = len(leaves) + 1  # the label column, then the figures'
    at = lines[first].start
    _, a0, b0 = toks[0][0]
    first_level = [(a0, b0)] + [(at, at)] * len(leaves)
    wraps: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
    for c in top:
        col = 1 + leaves.index(inner[0] if c == owner and inner else c)
        first_level[col] = wrapped[c][1][0]
        wraps[0, col] = tuple(wrapped[c][1][1:])
    rows = [first_level]
    if inner:
        row = [(at, at)] * width
        for c in inner:
            row[1 + leaves.index(c)] = wrapped[c][1][0]
            wraps[1, 1 + leaves.index(c)] = tuple(wrapped[c][1][1:])
        rows.append(row)
    k = f
    while k < len(toks) and labelled_row(toks[k]) and len(toks[k]) - 1 <= len(leaves):
        figures = toks[k][1:]
        place = _subject_columns(names, leaves, top, owner, [text[a:b] for _, a, b in figures])
        row = [(toks[k][0][1], toks[k][0][2])] + [(at, at)] * len(leaves)
        for col, (_, a, b) in zip(place, figures):
            row[1 + col] = (a, b)
        rows.append(row)
        k += 1
    if k == f:
        return None
    block = _table_block(rows, "pdf-copied")
    for (r, c), spans in wraps.items():
        if spans:
            block.rows[r][c].more = spans
    return block, first + k
