"""Render seed 001 as an HTML page, a converter-style Markdown file and an Excel workbook.

The outputs go to ``corpus/formats/`` and are committed; the tests read them and never need this
script.  It reuses the seed parsing and merge rules of ``make_renderings.py`` (``parse_seed``,
``plan_table``, ``merge_regions``), so the merged cells are the same as in the .docx rendering.

    python corpus/make_formats.py

* ``.html``: saved in GBK with ``<meta charset="gbk">``, as many government sites still do.
  Paragraphs are ``<p>``, the numbered headings ``<h1>``-``<h3>``, the pasted tables ``<table>``
  with ``rowspan``/``colspan``.  The page also has a ``<script>``, a ``<nav>`` and a hidden
  ``<div>`` whose text a reader must not take.
* ``.md``: as a PDF converter writes it: ``#`` headings, a line per paragraph, percentages in
  paragraphs as LaTeX (``$0.44\\%$``), the small 指标体系 table as a pipe table, the 自评表 tables
  as embedded HTML ``<table>`` with ``rowspan``/``colspan`` and their 预算执行率 as ``$100.00\\%$``.
* ``.xlsx``: one sheet per 部门预算项目支出绩效自评表, merged cells as in the .docx; the budget
  figures are numbers formatted ``0.00``, 预算执行率 numbers formatted ``0.00%``, 权重/得分
  integers; cells holding only whitespace are left empty.  Fixed timestamps make the bytes
  reproducible.
"""

from __future__ import annotations

import html
import io
import re
import sys
from pathlib import Path

from lxml import etree
from openpyxl import Workbook
from openpyxl.styles import Alignment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_renderings import (  # noqa: E402
    FIXED_TIME,
    REPORTS,
    SEEDS,
    PastedTable,
    _heading_style,
    merge_regions,
    parse_seed,
    plan_table,
    write_deterministic_zip,
)

CORPUS = Path(__file__).resolve().parent
FORMATS = CORPUS / "formats"
STEM = "001_cbcf39354c9835b0"
SELF_EVALUATION = "部门预算项目支出绩效自评表"
PERCENT = re.compile(r"(\d+(?:\.\d+)?)%")
HEADING_LEVEL = {"Heading 1": 1, "Heading 2": 2, "Heading 3": 3}

# 预算执行情况 rows of a 自评表: grid columns of the budget figures and of the rate
BUDGET_LABELS = ("总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")
BUDGET_COLUMNS = (2, 3, 4)
RATE_COLUMN = 5
SCORE_COLUMNS = {"权重", "得分"}


def _anchors(table: PastedTable) -> tuple[int, list[list[tuple[int, int, int, str]]]]:
    """Grid width and, per row, its anchor cells as (col, rowspan, colspan, text)."""
    width, plans = plan_table(table)
    rows: list[list[tuple[int, int, int, str]]] = [[] for _ in plans]
    for cell, n_rows in merge_regions(plans):
        rows[cell.row].append((cell.col, n_rows, cell.span, cell.text))
    return width, [sorted(r) for r in rows]


def _is_self_evaluation(table: PastedTable) -> bool:
    return table.rows[0][0].startswith(SELF_EVALUATION)


# --------------------------------------------------------------------------------------------
# HTML


def html_table(table: PastedTable, cell_text=html.escape) -> str:
    _, rows = _anchors(table)
    out = ["<table border=\"1\">"]
    for row in rows:
        cells = []
        for _, rowspan, colspan, text in row:
            attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
            body = "<br>".join(cell_text(line) for line in text.split("\n"))
            cells.append(f"<td{attrs}>{body}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def build_html(items: list, title: str) -> str:
    body = []
    for item in items:
        if isinstance(item, PastedTable):
            body.append(html_table(item))
        elif item.strip():
            style = _heading_style(item)
            tag = f"h{HEADING_LEVEL[style]}" if style else "p"
            body.append(f"<{tag}>{html.escape(item)}</{tag}>")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            "<html>",
            "<head>",
            '<meta charset="gbk">',
            f"<title>{html.escape(title)}</title>",
            "<style>p { text-indent: 2em; }</style>",
            "<script>var visits = '不是正文';</script>",
            "</head>",
            "<body>",
            "<nav><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a></nav>",
            '<div style="display:none">隐藏的统计代码</div>',
            *body,
            "<footer>主办单位：遂宁市安居区司法局</footer>",
            "</body>",
            "</html>",
            "",
        ]
    )


# --------------------------------------------------------------------------------------------
# Markdown


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("$", "\\$")


def pipe_table(table: PastedTable) -> str:
    width = max(len(r) for r in table.rows)
    lines = []
    for n, row in enumerate(table.rows):
        cells = [_md_escape(c.strip()).replace("\n", "<br>") for c in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append("|" + "---|" * width)
    return "\n".join(lines)


def _latex_percent(text: str) -> str:
    return PERCENT.sub(lambda m: f"${m.group(1)}\\%$", text)


def build_markdown(items: list) -> str:
    out = []
    for item in items:
        if isinstance(item, PastedTable):
            if _is_self_evaluation(item):
                out.append(html_table(item, cell_text=lambda t: _latex_percent(html.escape(t.strip()))))
            else:
                out.append(pipe_table(item))
        elif item.strip():
            style = _heading_style(item)
            text = _latex_percent(_md_escape(item.strip()))
            out.append(("#" * HEADING_LEVEL[style] + " " + text) if style else text)
    return "\n\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Excel


def _sheet_title(table: PastedTable, n: int) -> str:
    name = table.rows[1][-1].rsplit("-", 1)[-1].strip()  # 项目名称: '5109…-2023案件代理'
    return f"{n}.{name}"[:31]


def _value(text: str, col: int, budget_row: bool, score_col: bool):
    """A cell's value and number format: numbers where the form holds figures."""
    text = text.strip()
    if not text:
        return None, None
    if budget_row and col in BUDGET_COLUMNS and re.fullmatch(r"\d+\.\d\d", text):
        return float(text), "0.00"
    if budget_row and col == RATE_COLUMN and re.fullmatch(r"\d+\.\d\d%", text):
        return float(text[:-1]) / 100, "0.00%"
    if score_col and re.fullmatch(r"\d+", text):
        return int(text), "General"
    return text, None


def build_workbook(items: list, title: str) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    tables = [t for t in items if isinstance(t, PastedTable) and _is_self_evaluation(t)]
    for n, table in enumerate(tables, 1):
        ws = wb.create_sheet(_sheet_title(table, n))
        _, rows = _anchors(table)
        score_cols: set[int] = set()
        for r, row in enumerate(rows):
            labels = {text.strip(): col for col, _, _, text in row}
            if "权重" in labels:
                score_cols = {labels[k] for k in SCORE_COLUMNS if k in labels}
            budget_row = any(text.strip() in BUDGET_LABELS and col == 1 for col, _, _, text in row)
            for col, rowspan, colspan, text in row:
                value, fmt = _value(text, col, budget_row, col in score_cols)
                cell = ws.cell(row=r + 1, column=col + 1, value=value)
                if fmt:
                    cell.number_format = fmt
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                if rowspan > 1 or colspan > 1:
                    ws.merge_cells(start_row=r + 1, start_column=col + 1,
                                   end_row=r + rowspan, end_column=col + colspan)
    props = wb.properties
    props.title = title
    props.creator = props.lastModifiedBy = "zhreport corpus"
    props.created = FIXED_TIME.replace(tzinfo=None)
    return wb


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save with fixed zip timestamps and a fixed dcterms:modified (openpyxl stamps the time)."""

    def fixed_modified(name: str, data: bytes) -> bytes:
        if name != "docProps/core.xml":
            return data
        root = etree.fromstring(data)
        for element in root.iter("{http://purl.org/dc/terms/}modified"):
            element.text = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    buffer = io.BytesIO()
    wb.save(buffer)
    write_deterministic_zip(buffer, path, fixed_modified)


# --------------------------------------------------------------------------------------------


def main() -> int:
    items = parse_seed((SEEDS / f"{STEM}.txt").read_text(encoding="utf-8"))
    title = REPORTS[STEM]
    FORMATS.mkdir(exist_ok=True)
    page = FORMATS / f"{STEM}.html"
    # characters GBK lacks would become character references; seed 001 has none
    page.write_bytes(build_html(items, title).encode("gbk", errors="xmlcharrefreplace"))
    markdown = FORMATS / f"{STEM}.md"
    markdown.write_text(build_markdown(items), encoding="utf-8", newline="\n")
    workbook = FORMATS / f"{STEM}.xlsx"
    save_workbook(build_workbook(items, title), workbook)
    for path in (page, markdown, workbook):
        print(path.relative_to(CORPUS.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
