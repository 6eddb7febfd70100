"""Sections: the heading tree of a document, from the numbering styles it uses.

Reports mix numbering styles in any order and break them (（2） standing for （二）, 3、 for 三、,
a list that restarts).  The parser keeps a stack of the styles open above the current paragraph:
a style already on the stack closes everything below it and opens a sibling; a style of the same
family whose number continues an open list (（2） after （一）) is read as that list; any other
style opens a level below.  Styles and title vocabulary are data in ``patterns/sections.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import patterns
from .model import Block, Document, Section
from .patterns import rx

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SENTENCE_END = regex.compile(r"[。；;]")
_COLON = regex.compile(r"[：:]")
_HAN = regex.compile(r"\p{Han}")
_MONEY = regex.compile(r"\d[\d,.]*\s*(?:万|亿)?元")
_COMMA = regex.compile(r"[，,]|--|——")


def small_chinese_number(text: str) -> int | None:
    """一 … 九十九 as section numbers write them; None for anything else."""
    if not text or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _number(num: str, numeral: str) -> int | None:
    if not num:
        return None
    if num.isascii() and num.isdigit():
        return int(num)
    if numeral == "circled" or "\u2460" <= num[0] <= "\u2473":
        return ord(num[0]) - 0x2460 + 1
    return small_chinese_number(num)


@dataclass(frozen=True)
class _Style:
    id: str
    pattern: regex.Pattern[str]
    numeral: str
    family: str
    run_in: bool
    rank: int


@dataclass
class _Heading:
    style: str
    family: str
    number: int | None
    mark: str | None
    title: str
    rank: int | None = None  # None for titles: they are placed by the stack alone


@dataclass
class _Open:
    styles: set[str]  # the style that opened this level, and those found to stand for it
    family: str
    last: int | None
    section: int
    rank: int | None
    # an attachment's: the levels of the body it closed, open again when a heading goes on with one
    body: list[_Open] | None = None


@lru_cache(maxsize=1)
def _rules() -> tuple[list[_Style], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], int]:
    styles = [
        _Style(e["id"], patterns.compile_pattern("sections", e), e["numeral"], e["family"], bool(e["run_in"]), int(e["rank"]))
        for e in patterns.entries("sections", "style", ("id", "pattern", "numeral", "family", "run_in", "rank"))
    ]
    titles = patterns.load("sections")["titles"]
    return (
        styles,
        patterns.compile_pattern("sections", titles),
        patterns.compile_pattern("sections", titles, "subtitle"),
        patterns.compile_pattern("sections", titles, "toc"),
        int(titles["max_title"]),
    )


@lru_cache(maxsize=1)
def _breadcrumb() -> regex.Pattern[str]:
    return patterns.compile_pattern("sections", patterns.load("sections")["titles"], "breadcrumb")


def classify_heading(text: str) -> _Heading | None:
    """The heading a paragraph opens, if any: its style, number and title."""
    styles, title_re, _, _, max_title = _rules()
    text = text.strip()
    for style in styles:
        m = style.pattern.match(text)
        if not m:
            continue
        rest = m.group("rest").strip()
        if style.run_in:
            title = _run_in_title(rest, max_title)
        else:
            title = rest
        if not style.run_in and len(title) > max_title:
            return None
        return _Heading(style.id, style.family, _number(m.group("num"), style.numeral), m.group("mark"), title.strip(),
                        style.rank)
    if len(text) <= 64 and title_re.match(text):
        return _Heading("title", "title", None, None, text)
    return None


def _run_in_title(rest: str, max_title: int) -> str:
    """The title of a heading that may run on into its text: up to the first sentence end, or
    when that is long, to the first colon (1. 公共安全支出（204）…（01）:支出决算为…), then
    to the first comma, and at most ``max_title`` characters."""
    end = _SENTENCE_END.search(rest)
    title = rest[: end.start()] if end else rest
    colon = _COLON.search(title)
    if colon and rx(r"\d").search(title[colon.end():]):
        title = title[: colon.start()]  # 行政运行（项）: 支出决算为441.29万元: the figures are body text
    figure = _MONEY.search(title)
    if figure and figure.start() > 0:
        title = title[: figure.start()]  # “…（项）”26.3万元，主要用于…: the figure is body text
    for cut in (_COLON, _COMMA):
        if len(title) > max_title and (m := cut.search(title)):
            title = title[: m.start()]
    return title[:max_title]


def find_sections(doc: Document) -> Document:
    """Fill ``doc.sections``, mark heading blocks and give every block its innermost section."""
    _, _, subtitle_re, toc_re, _ = _rules()
    sections: list[Section] = []
    stack: list[_Open] = []
    toc_entries: set[str] | None = None  # headings listed by a table of contents still to be seen
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        if block.kind == "table":
            toc_entries = None
            continue
        text = block.text.strip()
        if toc_re.match(text):
            toc_entries = set()
            block.kind = "paragraph"
            continue
        heading = classify_heading(text)
        if heading is None or heading.style == "attachment" and not heading.title:
            # a title broken over two lines: 社区安置帮教和社区矫正工作项目 / 2020年绩效评价报告
            joined = _split_title(blocks, i, text if heading is None else "")
            if joined is not None:
                if heading is None:
                    heading = joined
                else:
                    heading.title = joined.title
                    blocks[i].kind = "heading"
                    i += 1
                blocks[i].kind = "heading"
                i += 1
        if heading is None:
            continue
        if toc_entries is not None:
            # in a table of contents, until a heading is seen for the second time
            key = _toc_key(text)
            if key not in toc_entries:
                toc_entries.add(key)
                continue
            toc_entries = None
        # 附件1 on its own line, then the title of the attachment: one heading
        if heading.style == "attachment" and not heading.title and i < len(blocks):
            nxt = classify_heading(blocks[i].text) if blocks[i].kind != "table" else None
            if nxt is not None and nxt.style == "title":
                heading.title = nxt.title
                blocks[i].kind = "heading"
                i += 1
        if heading.style == "title" and i < len(blocks) and subtitle_re.match(blocks[i].text.strip()):
            heading.title += blocks[i].text.strip()
            blocks[i].kind = "heading"
            i += 1
        body = list(stack)
        _back_to_body(stack, heading)
        level, aliases = _place(stack, heading)
        if heading.style == "attachment" and heading.title:
            aliases.add("title")  # the next titled report in this 附件 is the next attachment
        parent = stack[-1].section if stack else None
        section = Section(
            index=len(sections),
            number=heading.mark,
            title=heading.title,
            level=level,
            parent=parent,
            style=heading.style,
            start=block.start,
            end=len(doc.text),
            block=block.index,
        )
        sections.append(section)
        stack.append(_Open({heading.style} | aliases, heading.family, heading.number, section.index, heading.rank,
                           body if heading.style == "attachment" else None))
        block.kind = "heading"
    _close_spans(sections, len(doc.text))
    _assign_blocks(blocks, sections)
    doc.sections = sections
    return doc


def _split_title(blocks: list[Block], i: int, first: str) -> _Heading | None:
    """A title whose lines are separate paragraphs: ``first`` (or blocks[i]) plus the next one."""
    lines = [first] if first else []
    for block in blocks[i : i + 2 - len(lines)]:
        if block.kind == "table":
            return None
        lines.append(block.text.strip())
    if len(lines) < 2 or len(lines[0]) > 40 or _SENTENCE_END.search(lines[0]) or _breadcrumb().match(lines[0]):
        return None
    if len(_HAN.findall(lines[0])) < max(2, len(lines[0]) * 2 // 3):
        return None  # a stray label such as a picture's alt text, not a line of a title
    second = classify_heading(lines[1])
    if second is not None and second.style != "title":
        return None
    heading = classify_heading("".join(lines))
    return heading if heading is not None and heading.style == "title" else None


def _toc_key(text: str) -> str:
    # entries carry dots and page numbers in the table of contents: 一、主要职能……3
    return rx(r"[\s.…·．\d]+$").sub("", rx(r"\s+").sub("", text))


def _back_to_body(stack: list[_Open], heading: _Heading) -> None:
    """Close an open attachment when the heading goes on with a list of the body it closed: an
    attachment holds its table and notes, and the report's next numbered part after it (（二） after
    （一）…, 附表1, its table, then （二）2024年“万企融合”…专项经费) is the body's again.  A heading
    that opens no next item of the body's lists (the 2. of a table's note) stays in the attachment."""
    at = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].body is not None), None)
    if at is None or heading.number is None or any(heading.style in e.styles for e in stack[at + 1:]):
        return
    body = stack[at].body
    if any((heading.style in e.styles or e.family == heading.family) and e.last is not None
           and heading.number == e.last + 1 for e in body):
        stack[:] = body


def _place(stack: list[_Open], heading: _Heading) -> tuple[int, set[str]]:
    """Pop the stack to where the heading belongs.

    Returns its level (1 = outermost) and the styles the level it opens also stands for.
    """
    for k in range(len(stack) - 1, -1, -1):
        if heading.style in stack[k].styles:
            aliases = stack[k].styles - {heading.style}
            del stack[k:]
            return k + 1, aliases
    if heading.number is not None:
        for k in range(len(stack) - 1, -1, -1):
            entry = stack[k]
            if entry.family == heading.family and entry.last is not None and heading.number == entry.last + 1:
                # broken numbering: （2） right after （一） continues that list at its level
                aliases = set(entry.styles)
                heading.rank = entry.rank
                del stack[k:]
                return k + 1, aliases
        if heading.number > 1 and stack and "title" in stack[-1].styles and heading.style != "title" \
                and stack[-1].body is None:  # (not an attachment's: the 2. of its table's notes is in it)
            # 四、 right after unnumbered 收入决算情况说明 / 支出决算情况说明: a list whose first
            # items lost their numbers (pasted text); it stands at the level of those titles
            aliases = set(stack[-1].styles)
            del stack[-1]
            return len(stack) + 1, aliases
    if heading.rank is not None:
        # a style not open: it closes the open levels that usually stand below it (二、 after the
        # items 1. 2. 3. of a 一、 whose own heading lost its number)
        while stack and stack[-1].rank is not None and stack[-1].rank >= heading.rank:
            del stack[-1]
    return len(stack) + 1, set()


def _close_spans(sections: list[Section], text_end: int) -> None:
    """A section runs until the next section at its level or above."""
    open_: list[Section] = []
    for section in sections:
        while open_ and open_[-1].level >= section.level:
            open_.pop().end = section.start
        open_.append(section)
    for section in open_:
        section.end = text_end


def _assign_blocks(blocks: list[Block], sections: list[Section]) -> None:
    k = -1
    current: list[Section] = []
    for block in blocks:
        while k + 1 < len(sections) and sections[k + 1].start <= block.start:
            k += 1
            current = [s for s in current if s.end > sections[k].start] + [sections[k]]
        current = [s for s in current if s.end > block.start]
        block.section = current[-1].index if current else None
