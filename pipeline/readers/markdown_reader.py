"""Markdown as PDF converters (MinerU, marker, pandoc) write it: headings, lines, tables, LaTeX figures.

Decoding is that of text files (``decode_text``).  The text read is what the Markdown shows, not
the Markdown source: the ``Source`` is built block by block.

* ``#`` … ``######`` headings: the text without the ``#``'s (and without closing ``#``'s) is a
  paragraph with style ``Heading N``.
* Every other non-empty line is a paragraph; bullet markers (``-``, ``*``, ``+``) and quote markers
  (``>``) are dropped, ordered-list numbers (``1.``) are kept, since they are the report's own
  numbering.  Thematic breaks (``---``) and fenced-code markers are dropped; lines inside a code
  fence are taken as they are.
* Pipe tables: a run of lines starting with ``|`` (or a line with ``|`` followed by a ``|---|``
  delimiter row); delimiter rows are dropped, ``\\|`` is a literal bar, ``<br>`` inside a cell a
  line break.  Rows are padded with empty cells to the widest row.  The rows and cells are found
  by the functions the text reader uses for pipe tables in plain text (``text_reader.pipe_*``).
* HTML blocks: a line starting with ``<table`` opens one, which runs until its tables are closed
  (any other HTML block tag: until the next blank line); it is read by the HTML reader, so
  ``rowspan``/``colspan`` become merged cells.
* Inline: ``$…$`` / ``$$…$$`` LaTeX is reduced to the figure it writes (``$69.33\\%$`` →
  ``69.33%``, ``$1,234.5$`` → ``1,234.5``, ``\\geq`` → ``≥`` …); images become their alt text and
  links their text; ``**bold**``, ``__bold__`` and ``code`` lose their markers (a single ``*``
  stays: reports write formulas such as ``得分=…*10``); backslash escapes are resolved; inline
  HTML tags are dropped (``<br>`` breaks the line).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import EmptyFile
from ..model import CellSpec, Source, SourceBuilder
from .files import read_bytes
from .html_reader import Paragraph, Table, add_items, html_items
from .text_reader import decode_text, is_pipe_table_start, pipe_cells, pipe_table_rows

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_THEMATIC = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_HTML_BLOCK = re.compile(
    r"^[ \t]{0,3}<(table|div|p|ul|ol|html|body|center|section|article|h[1-6]|blockquote|pre)(?=[\s>/]|$)",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MATH = re.compile(r"(?<!\\)\$\$(.+?)(?<!\\)\$\$|(?<![\\$])\$(?!\s)([^$\n]+?)(?<![\s\\])\$(?!\d)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")

# LaTeX commands converters put around figures and symbols, and what they write
_LATEX_SYMBOLS = {
    "%": "%", "$": "$", "&": "&", "#": "#", "_": "_", "{": "{", "}": "}",
    "geq": "≥", "ge": "≥", "leq": "≤", "le": "≤", "neq": "≠", "ne": "≠", "times": "×",
    "div": "÷", "pm": "±", "cdot": "·", "sim": "~", "approx": "≈", "circ": "°", "degree": "°",
    "rightarrow": "→", "to": "→", "leftarrow": "←", "infty": "∞", "prime": "′",
    ",": "", ";": "", ":": "", "!": "", "quad": " ", "qquad": " ", " ": " ",
    "left": "", "right": "", "mathrm": "", "text": "", "textrm": "", "mathbf": "", "textbf": "",
    "mathit": "", "operatorname": "", "rm": "", "bf": "",
}
_LATEX_COMMAND = re.compile(r"\\([A-Za-z]+|.)")


def read_markdown(path: Path, data: bytes | None = None) -> Source:
    """Read a Markdown file into a ``Source``: headings, paragraphs and tables in order."""
    path = Path(path)
    if data is None:
        data = read_bytes(path)
    text, encoding = decode_text(data, str(path))
    builder = SourceBuilder("markdown")
    add_items(builder, markdown_items(text))
    if not builder.blocks:
        raise EmptyFile(str(path), "the Markdown file has no text")
    source = builder.build()
    source.encoding = encoding
    return source


def markdown_items(text: str) -> list:
    """Paragraphs and tables (as the HTML reader gives them) of a Markdown text, in order."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    items: list = []
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence:
            i += 1
            while i < len(lines) and not lines[i].lstrip().startswith(fence.group(1)):
                items.append(Paragraph(lines[i]))
                i += 1
            i += 1
            continue
        if _HTML_BLOCK.match(line):
            i = _html_block(lines, i, items)
            continue
        if is_pipe_table_start(lines, i):
            i = _pipe_table(lines, i, items)
            continue
        i += 1
        if not line.strip() or _THEMATIC.match(line):
            continue
        heading = _HEADING.match(line)
        if heading:
            title = inline(heading.group(2) or "")
            items.append(Paragraph(title.replace("\n", " "), f"Heading {len(heading.group(1))}"))
            continue
        line = _BULLET.sub("", _QUOTE.sub("", line), count=1)
        for part in inline(line).split("\n"):
            items.append(Paragraph(part.strip()))
    return [item for item in items if not isinstance(item, Paragraph) or item.text.strip()]


# --------------------------------------------------------------------------------------------
# blocks


def _html_block(lines: list[str], i: int, items: list) -> int:
    """Read an HTML block from line ``i`` into ``items``; the index of the line after it."""
    is_table = _HTML_BLOCK.match(lines[i]).group(1).lower() == "table"
    chunk: list[str] = []
    depth = 0
    while i < len(lines):
        line = lines[i]
        if not is_table and not line.strip():
            break
        chunk.append(line)
        i += 1
        if is_table:
            lower = line.lower()
            depth += lower.count("<table") - lower.count("</table")
            if depth <= 0:
                break
    for item in html_items("\n".join(chunk)):
        if isinstance(item, Paragraph):
            items.append(Paragraph(latex_figures(item.text), item.style))
        else:
            rows = [
                [CellSpec(latex_figures(c.text), c.rowspan, c.colspan, c.merged_from) for c in row]
                for row in item.rows
            ]
            items.append(Table(rows, item.style))
    return i


def _pipe_table(lines: list[str], i: int, items: list) -> int:
    """Read the pipe table opening at line ``i`` (rows as the text reader finds them) into
    ``items``; the index of the line after it.  ``\\|`` is a literal bar in a cell."""
    row_lines, i = pipe_table_rows(lines, i)
    rows = [
        [inline(lines[k][a:b].replace("\\|", "|").strip()) for a, b in pipe_cells(lines[k])] for k in row_lines
    ]
    if rows:
        width = max(len(r) for r in rows)
        items.append(Table([[CellSpec(t) for t in row] + [CellSpec("")] * (width - len(row)) for row in rows]))
    return i


# --------------------------------------------------------------------------------------------
# inline


def inline(text: str) -> str:
    """The text a line of Markdown shows; ``<br>`` becomes a newline."""
    protected: list[str] = []

    def protect(value: str) -> str:
        protected.append(value)
        return f"\x00{len(protected) - 1}\x00"

    # math and code first: their content is not Markdown
    text = _MATH.sub(lambda m: protect(latex_to_text(m.group(1) if m.group(1) is not None else m.group(2))), text)
    text = _CODE.sub(lambda m: protect(m.group(1)), text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _STRONG.sub(lambda m: m.group(2), text)
    text = _BR.sub("\n", text)
    text = _HTML_TAG.sub("", text)
    text = _ESCAPE.sub(lambda m: m.group(1), text)
    text = text.replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return re.sub("\x00(\\d+)\x00", lambda m: protected[int(m.group(1))], text)


def latex_figures(text: str) -> str:
    """``$…$`` spans in a text (e.g. an HTML table cell) reduced to what they write."""
    return _MATH.sub(lambda m: latex_to_text(m.group(1) if m.group(1) is not None else m.group(2)), text)


def latex_to_text(math: str) -> str:
    """``69.33\\%`` → ``69.33%``, ``1{,}234.5`` → ``1,234.5``, ``\\geq 95`` → ``≥95``."""

    def command(m: re.Match) -> str:
        name = m.group(1)
        return _LATEX_SYMBOLS.get(name, name if len(name) == 1 else "")

    out = _LATEX_COMMAND.sub(command, math.replace("~", " "))  # ~ is a tie (space) in LaTeX
    out = out.replace("{", "").replace("}", "").replace("^", "")
    return "".join(out.split())  # math mode ignores spaces: "9 9 . 7 1 %" is 99.71%
