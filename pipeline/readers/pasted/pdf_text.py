"""Text pulled from a PDF: fixed-width lines and page furniture.

Text pulled from a PDF keeps the PDF's layout: lines broken at a fixed width, inside words and
before units (``辐射带`` / ``动周边农户1,820户``), and the page furniture (a ``— 3 —`` footer, a
running title at the top of every later page).  When most lines of prose are about as wide as one
another (a fixed width, measured in display columns), a line of about that width that does not end
a sentence is continued by the next line (unless that one is indented, opens a heading or item, or
belongs to a table): the paragraph block spans both lines, the line break inside it being
whitespace the cleaner drops; so is a line of prose somewhat shorter than the width that breaks
off inside its sentence (a viewer's lines are ragged: it breaks before a word that does not fit).
Footers and the running titles after them are dropped; a paragraph that runs over a page break
is one block spanning the footer, which the cleaner leaves out of its text (a block is one span of
the text; where a running title follows the footer, the paragraph is cut there, its part after it
read as lines that go on a paragraph, not as one that opens there).  A viewer's copy of a report with tables gives them a
row a line, cells one space apart, and their headers a cell a line: such lines may outnumber the
lines of prose, whose width is then told by the lines about it that break off inside a sentence.
A TAB table continued after a page break, its header row repeated, is one table without the
repeated header.  Ordinary pasted text, one paragraph a line of any width, has no usual width and
stays as it is.

``pdftotext -layout`` gives every line of the body a left margin of spaces, the first line of a
paragraph indented further, and counts every glyph one column, wide or not: its usual width is
clearer counted in characters, a PDF viewer's copy's in display columns, so both are tried.  The
common margin is no indent: lines at the margin continue the paragraph their first, indented, line
opened; and as a paragraph of such a text opens indented, a line at the margin after one that did
not end its sentence continues it even when that one is short (``…及时率96.1%。全年`` /
``妥善处置…3起``).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from typing import Callable

import regex

from ...model import SourceBlock, SourceCell
from ..pdf_reader import NEW_ITEM, PAGE_NUMBER
from .common import _display_width, _is_vocabulary, _Line, _table_block, _vocabulary

# --- text pulled from a PDF: fixed-width lines and page furniture ----------------------------



# the lines of prose that must share one width for the text to be taken as laid out at a fixed
# width, and the least width (in display columns) of such a line: a PDF's body line holds some
# twenty CJK characters at least
_MIN_FIXED_LINES = 5

_MIN_FIXED_SHARE = 0.3

_MIN_FIXED_WIDTH = 40

# how much shorter than the usual width a broken line may be, in display columns: a character
# kept with punctuation that may not open a line, quotes of ambiguous width; a number is never
# split, so a line before one may be shorter by its width too
_FULL_SLACK = 4

# a line ending in one of these ends its paragraph
_SENTENCE_END = "。；：！？;:!?" + "）)》”’】]〕"

# a line ending in one of these ends its sentence; a closing bracket (in _SENTENCE_END) ends a
# heading such as （一）支出（项目）, but not a line of full width whose next line is at the margin
_SENTENCE_STOP = "。；：！？;:!?"

# the page footers the cleaner removes from inside a block (patterns/cleaning.toml, page-footer)
_PAGE_FOOTER = regex.compile(r"[-–—－﹣]\s*\d{1,4}\s*[-–—－﹣]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
                             r"|\d{1,4}\s*/\s*\d{1,4}")

_PAGE_OF = regex.compile(r"(\d{1,4})\s*/\s*(\d{1,4})")

_LEAD_NUMBER = regex.compile(r"^[\d.,%‰]+")

# a gap of this many spaces inside a line parts the columns of a table laid out with spaces: such a
# line is a row, not prose (neither counted for the usual width nor joined)
_COLUMN_GAP = regex.compile(r"\S {3,}\S")

# a PDF viewer's copy of a table row parts its cells by one space; CJK prose has none between two
# characters (落实医保待遇 全民参保持续巩固，…: two cells)
_CELL_GAP = regex.compile(r"\p{Han} +\p{Han}")

# a row of a table copied out of a PDF viewer: cells (words, figures) one space apart; CJK prose has
# no space between two characters or a character and a figure
_ROW_GAP = regex.compile(r"(?:\p{Han}|[\d.%]) +(?:\p{Han}|[\d-])")

# how short of the usual width a line of prose broken inside its sentence may be and still be
# continued by the next (a viewer breaks before a word or figure that does not fit: lines of a
# paragraph end some characters short of the width)
_RAGGED_SHARE = 0.75


# the measures a usual width may be counted in, with the least such width (a PDF's body line holds
# some twenty CJK characters at least) and the slack of a full line in that measure (a wide
# character is two display columns, one character)
_MEASURES = ((_display_width, _MIN_FIXED_WIDTH, _FULL_SLACK),
             (len, _MIN_FIXED_WIDTH // 2, _FULL_SLACK // 2))


@dataclass
class _Layout:
    width: int | None  # the usual width of a full line; None: lines are paragraphs
    furniture: frozenset[int]  # indices of page footers and running titles
    measure: Callable[[str], int] = _display_width  # what the width is counted in
    slack: int = _FULL_SLACK  # how much shorter (or longer) than the usual width a full line may be
    margins: frozenset[int] = frozenset()  # the indents many lines of prose share: margins


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _is_footer(content: str) -> bool:
    """A page footer as the PDF reader knows it (— 3 —, －3－, 第3页), not a bare figure, which in a
    text file may be a cell of a table copied one cell a line."""
    s = content.strip()
    return bool(s) and PAGE_NUMBER.match(s) is not None and regex.fullmatch(r"[\d\s/]+", s) is None


def _layout(lines: list[_Line], text: str, tables: set[int] = frozenset()) -> _Layout:
    """The page furniture of a text pulled from a PDF, and the width its lines were broken at
    (measured on the lines of prose: the lines of ``tables`` left out)."""
    contents = [text[ln.start : ln.end] for ln in lines]
    footers = [k for k, c in enumerate(contents) if _is_footer(c)]
    # a viewer's footer N / M, its page and the count of pages: taken when two or more give one
    # count (a figure over another in a cell of its own may stand alone)
    counts: dict[str, list[int]] = {}
    for k, c in enumerate(contents):
        m = _PAGE_OF.fullmatch(c.strip())
        if m and 0 < int(m[1]) <= int(m[2]):
            counts.setdefault(m[2], []).append(k)
    footers = sorted(footers + [k for same in counts.values() if len(same) >= 2 for k in same])
    # the first line after a footer, when it is the same after two footers at least: a running title
    after: dict[str, list[int]] = {}
    for k in footers:
        j = k + 1
        while j < len(lines) and not contents[j].strip():
            j += 1
        if j < len(lines):
            after.setdefault(contents[j].strip(), []).append(j)
    titles = [j for same in after.values() if len(same) >= 2 for j in same]
    furniture = frozenset(footers + titles) if len(footers) >= 2 else frozenset()
    prose = [c.rstrip() for k, c in enumerate(contents)
             if c.strip() and "\t" not in c and k not in furniture and k not in tables
             and not _COLUMN_GAP.search(c.strip())]
    # the indents shared by many lines: a margin (the body's, a list's hanging one), not the
    # indent of a title centred on its own
    indents = Counter(_indent(c) for c in prose)
    margins = frozenset(k for k, n in indents.items() if n >= _MIN_FIXED_LINES)
    # the usual width counted in display columns and in characters: the one whose lines of about
    # that width are the more is the measure the lines were broken at
    best = _Layout(None, furniture)
    best_near = 0
    for measure, least, slack in _MEASURES:
        widths = Counter(measure(c) for c in prose)
        if not widths:
            continue
        # the width most lines are about (within the slack), then the most common one: lines broken
        # at a width in characters spread over some display columns, and the other way round
        width, near = _most_lines_about(widths, widths, slack)
        if width < least or near < _MIN_FIXED_LINES or near < _MIN_FIXED_SHARE * widths.total():
            width, near = _width_under_tables(prose, widths, measure, least, slack)
        if width is None or near <= best_near:
            continue
        best, best_near = _Layout(width, furniture, measure, slack, margins), near
    return best


def _most_lines_about(widths: Counter, candidates, slack: int) -> tuple[int, int]:
    """The width among ``candidates`` that most lines are about (within the slack), then the most
    common one, and how many lines are about it."""
    return max(((w, sum(n for v, n in widths.items() if abs(v - w) <= slack)) for w in candidates),
               key=lambda wn: (wn[1], widths[wn[0]], -wn[0]))


def _width_under_tables(prose: list[str], widths: Counter, measure: Callable[[str], int], least: int,
                        slack: int) -> tuple[int | None, int]:
    """The usual width of a PDF viewer's copy whose tables came out a row a line, cells one space
    apart, and their headers a cell a line (``一般公共`` / ``预算拨款``): such lines outnumber the
    lines of prose and the cells of one header's width hide its width.  The width is then sought
    among the widths a full line may have (the least width or more), and taken when the lines about
    that width that break off inside a sentence (a sentence's punctuation on the line, none at its
    end: ``…各减少827.76万`` / ``元，下降4.25%…``) are many, and many of the lines that wide that are
    not rows of cells.  Ordinary pasted text, one paragraph a line, has no such lines; a heading
    has no punctuation.  (None, 0) when there is no such width."""
    wide = [w for w in widths if w >= least]
    if not wide:
        return None, 0
    width, near = _most_lines_about(widths, wide, slack)
    broken = sum(1 for c in prose if abs(measure(c) - width) <= slack and c.strip()[-1] not in _SENTENCE_END
                 and regex.search(r"[，。；]", c) is not None)
    lines = sum(1 for c in prose if measure(c) >= least and not _ROW_GAP.search(c.strip()))
    if broken < _MIN_FIXED_LINES or broken < _MIN_FIXED_SHARE * lines:
        return None, 0
    return width, near


def _paragraph_end(lines: list[_Line], i: int, text: str, layout: _Layout, taken: dict) -> int:
    """The index of the last line of the paragraph that opens at line ``i``: itself, or in a text
    broken at a fixed width the lines that continue it."""
    if layout.width is None:
        return i
    start = i
    first = _opener_over_page_break(lines, i, text, layout, taken) or text[lines[i].start : lines[i].end]
    while i + 1 < len(lines):
        content = text[lines[i].start : lines[i].end].rstrip()
        nxt = text[lines[i + 1].start : lines[i + 1].end]
        body = nxt.lstrip()
        if (not content or not body or "\t" in nxt or i + 1 in taken or i + 1 in layout.furniture
                or NEW_ITEM.match(body) or _COLUMN_GAP.search(content.strip())
                or _COLUMN_GAP.search(body.rstrip())):
            return i
        # the lines after the first keep one margin, the first's indent or less: a line indented
        # further opens a paragraph (or is a heading, a title)
        margin = _indent(nxt)  # a common left margin is no indent
        if margin > _indent(first) or (i > start and margin != _indent(content)):
            return i
        lead = _LEAD_NUMBER.match(body)
        short = layout.slack + (len(lead.group()) if lead else 0)
        full = layout.width - short <= layout.measure(content) <= layout.width + layout.slack
        # a paragraph that opened indented above the margin its next line keeps: that line cannot
        # open one, so it goes on what a line short of the width but not ended left open
        opened = _indent(first) > margin and margin in layout.margins
        hung = layout.measure(content) > layout.width and full
        viewer = opened and margin == 0 and first.startswith("\u3000")
        # a text whose paragraphs open at the margin as their other lines do (no indent marks a
        # paragraph): a line at the margin may go on the paragraph of the line above
        flush = layout.margins == {0} and _indent(first) == margin == 0
        # a numbered item's heading that fills its line up to the colon before its figures
        # (13.商业服务业等支出（类）…其他商业流通事务支出（项）： / 年初预算为500万元，…): the
        # colon opens the item's text, which goes on below
        item = (i == start and content[-1] in "：:" and full and NEW_ITEM.match(content.lstrip()) is not None
                and _indent(first) == margin)
        if content[-1] in _SENTENCE_STOP and not ((viewer and full or flush and hung or item) and _goes_on(body)):
            # a sentence ended at the line's end ends the paragraph, unless the next line cannot
            # open one: in a PDF viewer's copy whose paragraphs open with ideographic spaces, their
            # other lines at no margin, a full line at the margin below goes on (…，占78.30%； /
            # 项目支出…, …维修工程全部通过验收。 / 核对烈士英名录…); where all lines keep the margin,
            # only a line whose punctuation hangs past the usual width shows it was full: a viewer
            # keeps closing punctuation on the line it closes (kinsoku), and a sentence that ends
            # at a full line's end more often goes on its paragraph than ends it (…覆盖率100%； /
            # 受益学生546,312人…)
            return i
        if content[-1] in _SENTENCE_END and not full or not (full or opened or _ragged(content, body, layout)):
            return i
        i += 1
    return i


def _ragged(content: str, body: str, layout: _Layout) -> bool:
    """A line of prose somewhat short of the usual width that breaks off inside its sentence goes on
    in the next line: a PDF viewer breaks a line before a word or a figure that does not fit, so the
    lines of a paragraph are ragged (``…开展参保扩面集中宣传260余场次，对`` / ``未参保人员比对核查…``,
    ``…项目开工及时率100%。截至12月底`` / ``通过完工验收40座，…``).  Both lines must read as prose
    (a sentence's punctuation in each, no cells parted by a space): not a title, a labelled line
    (实施单位：…), nor a table's row.  A line may hold only the 、 of a list its sentence runs
    through (``资、津贴补贴、奖金、…、职工基本医疗保`` / ``险缴费、…；公用经费…``) unless it opens
    with the number of a heading or item, which lists with 、 too (（二）评价原则、评价方法)."""
    content = content.strip()
    marks = r"[，。；]" if NEW_ITEM.match(content) else r"[，。；、]"
    return (layout.width is not None and content[-1] not in _SENTENCE_END
            and layout.measure(content) >= _RAGGED_SHARE * layout.width
            and regex.search(marks, content) is not None and _goes_on(body)
            and _CELL_GAP.search(content) is None and _CELL_GAP.search(body.strip()) is None)


def _goes_on(body: str) -> bool:
    """A line at the margin after a full line that ended a sentence goes on its paragraph when it
    reads as prose: not a heading or caption (（图1：…）, （三）…, an item, a dashed item ——…), a
    line with a sentence's punctuation in it."""
    body = body.strip()
    return (not body.startswith(("（", "(", "【", "[", "——")) and NEW_ITEM.match(body) is None
            and regex.search(r"[，。；、]", body) is not None)


def _opener_over_page_break(lines: list[_Line], i: int, text: str, layout: _Layout, taken: dict) -> str | None:
    """The first line of the paragraph a page break cut, when line ``i`` goes on after the page's
    furniture (``…纪念碑等烈士纪念`` / ``— 2 —`` / ``设施的日常维护和修缮。…``): the line above the
    furniture breaks off inside its sentence.  A block is one span of the text, so the paragraph's
    part after the break is a block of its own; but its lines are still read as the lines after
    that opening (in a viewer's copy, at the margin below a first line indented), not as a
    paragraph opening at the margin.  None when line ``i`` does not follow a page break so."""
    j = i - 1
    furniture = False
    while j >= 0 and (j in layout.furniture or not text[lines[j].start : lines[j].end].strip()):
        furniture = furniture or j in layout.furniture
        j -= 1
    if not furniture or j < 0 or j in taken:
        return None
    above = text[lines[j].start : lines[j].end].rstrip()
    body = text[lines[i].start : lines[i].end]
    # the line above is a full line (or a ragged one of prose) left open, and line i reads as prose
    full = layout.measure(above) >= layout.width - layout.slack and above[-1] not in _SENTENCE_END
    if (not (full or _ragged(above, body, layout)) or not _goes_on(body)
            or _COLUMN_GAP.search(above.strip()) or _CELL_GAP.search(above.strip())):
        return None
    # up the paragraph's lines at the margin to its first line, the one indented further (the line
    # above the furniture itself when it is); a paragraph with no such line opened at the margin
    k = j
    while _indent(text[lines[k].start : lines[k].end]) == _indent(above):
        if k == 0 or _indent(above) > 0:
            return text[lines[k].start : lines[k].end]
        up = text[lines[k - 1].start : lines[k - 1].end]
        if not up.strip() or k - 1 in layout.furniture or k - 1 in taken:
            return text[lines[k].start : lines[k].end]
        k -= 1
    return text[lines[k].start : lines[k].end]


def _tables_over_page_breaks(blocks: list[SourceBlock], text: str, lines: list[_Line],
                             layout: _Layout) -> list[SourceBlock]:
    """One table for a TAB table continued after a page break (a footer between the parts) with
    its header row repeated: the rows of the second part, less that header, join the first."""
    if not layout.furniture:
        return blocks
    footers = [lines[k].start for k in layout.furniture]
    out: list[SourceBlock] = []
    for block in blocks:
        before = out[-1] if out else None
        if (before is not None and before.rows and block.rows and before.style == block.style == "tsv"
                and any(before.end <= at < block.start for at in footers)):
            first = _row_texts(block.rows[0], text)
            if sum(_is_vocabulary(t) for t in first) >= _vocabulary()[1] and any(
                    _row_texts(row, text) == first for row in before.rows):
                rows = [[(c.start, c.end) for c in row] for row in before.rows + block.rows[1:]]
                out[-1] = _table_block(rows, "tsv")
                continue
        out.append(block)
    return out


def _paragraphs_over_page_breaks(blocks: list[SourceBlock], text: str, lines: list[_Line],
                                 layout: _Layout) -> list[SourceBlock]:
    """One block for a paragraph a page break cut (``…比上年预算数`` / ``- 12 -`` / ``180.00万元增加…``):
    its part after the break goes on the part above (``_opener_over_page_break``) and nothing but
    page footers and blank lines stands between them.  The block spans the footer, which the
    cleaner removes as an artifact (patterns/cleaning.toml, ``page-footer``), so the words before
    the break are read with the figures after it and every offset still points into the text.  A
    running title after the footer would be words in the block: the parts then stay apart.  A
    paragraph ended above the break (its line ends a sentence) stays ended.  A text of a paragraph
    a line (no usual width) has no line left open: nothing to join."""
    if not layout.furniture or layout.width is None:
        return blocks
    starts = [ln.start for ln in lines]
    out: list[SourceBlock] = []
    for block in blocks:
        before = out[-1] if out else None
        if before is not None and before.rows is None and block.rows is None and before.kind == block.kind == "paragraph":
            first = bisect.bisect_left(starts, block.start)
            last = bisect.bisect_right(starts, before.end) - 1
            between = range(last + 1, first)
            if (first < len(lines) and lines[first].start == block.start and lines[last].end == before.end
                    and any(k in layout.furniture for k in between)
                    and all(k in layout.furniture and _PAGE_FOOTER.fullmatch(text[lines[k].start : lines[k].end].strip())
                            or not text[lines[k].start : lines[k].end].strip() for k in between)
                    and _opener_over_page_break(lines, first, text, layout, {}) is not None):
                out[-1] = SourceBlock("paragraph", before.start, block.end, before.page, None, before.style)
                continue
        out.append(block)
    return out


def _row_texts(row: list[SourceCell], text: str) -> list[str]:
    return [text[c.start : c.end].strip() for c in row]
