"""Render seed reports as real .docx and .pdf files, so the .docx and .pdf readers have fixtures.

The seeds are Word documents pasted as plain text.  This script turns two of them, and four
development reports of ``corpus/dev/indicators/``, back into Word documents (python-docx) with real
tables, then has LibreOffice print those to PDF.  The outputs go
to ``corpus/renderings/`` and are committed: tests read them and never need this script, python-docx
or LibreOffice to run.

    python corpus/make_renderings.py             # .docx and .pdf
    python corpus/make_renderings.py --no-pdf    # .docx only
    python corpus/make_renderings.py hn_qsnyj_2023_dept   # one report only

How the pasted text is read
---------------------------
* Every line outside a table is a paragraph, an empty line an empty paragraph (Word documents
  are full of them, and a reader has to skip them anyway).
* A pasted Word table is a run of lines that start with a TAB, one line per cell; one blank line
  ends a row, two blank lines end the table (the seeds).
* A table pasted the spreadsheet way is a run of consecutive lines with TABs *between* cells, one
  row per line; a blank cell is an empty field (``\t\t``), and a row whose first cells are blank
  starts with a TAB (the development reports).  A line holding a single TAB-led cell is the other
  form, not such a row.  A line *without* the TAB that sits between rows is
  the next paragraph of the last cell (seed 001 has one: the second paragraph of a 存在问题 cell).
* Pasting loses merges: a merged cell leaves empty cells behind.  ``plan_table`` puts them back
  with the rules written at its top.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CORPUS = Path(__file__).resolve().parent
SEEDS = CORPUS / "seeds"
RENDERINGS = CORPUS / "renderings"

DEV_INDICATORS = CORPUS / "dev" / "indicators"

# seed stem -> document title for the core properties (from the table in shared/seeds/README.md)
REPORTS = {
    "001_cbcf39354c9835b0": "遂宁市安居区司法局2023年度部门决算",
    "003_4fae287c1d48d8b6": "攀枝花市西区司法局2020年度部门决算",
}

# Development reports whose tables are pasted one row per line, TABs between cells; their title is
# their first line.  Chosen for their different table shapes: a 项目 table with separate 指标性质
# and 度量单位 columns under a two-level 预算执行情况 block (mzj); two project tables, each with its
# 项目名称 row, one with a combined 指标类别 column (swj); a 部门整体 table whose header takes two rows
# (绩效指标 over 一级/二级/三级指标) and whose values carry their units (qsnyj); a third-party
# scoring table with level cells that carry their points, 决策（20分） (yycs).  Each ends in 合计.
DEV_REPORTS = (
    "dv_mzj_2022_perf",
    "dv_swj_2024_project",
    "hn_qsnyj_2023_dept",
    "fj_yycs_2023_eval",
    "gs_jnx_rsj_2023_dept",
    "gs_twxcl_2022_project",
    "hlj_wkx_yljz_2023_eval",
    "gd_sh_wglt_2024_monitor",
    "gs_gzqzjj_2022_dept",
    "hn_jjsqyl_2023_eval",
    "hn_lyj_2023_project",
    "sc_lz_ylbzj_2023_dept",
    "jx_ja_slj_2024_project",
    "xj_klmy_mzj_2022_selfeval",
    "gd_sg_nyj_2023_dept",
    "gz_zy_jyj_2023_eval",
    "sd_wf_tyjr_2024_selfeval",
    "ah_fy_nyncj_2023_eval",
    "jx_gz_wjw_2024_selfeval",
    "hb_bd_wlj_2023_projects",
    "hi_sy_lwj_2024_selfeval",
    "bj_cy_ylj_2023_eval",
    "sd_qd_hyj_2024_projects",
    "ha_ly_jyj_2023_eval",
    "js_sz_swj_2024_projects",
    "nm_hh_scjgj_2024_selfeval",
    "hub_yc_jtj_2024_projects",
    "sx_xa_mzj_2024_selfeval",
    "zj_nb_nyncj_2023_eval",
    "cq_yb_tyjrj_2024_selfeval",
    "ah_hf_swj_2024_eval",
    "gz_gy_gxj_2024_projects",
    "sd_jn_scjgj_2024_selfeval",
    "hb_sjz_wjw_2024_eval",
    "sc_my_jyj_2024_projects",
)

# Fixed values wherever a file would otherwise carry the time it was made, so that re-running the
# script gives the same .docx bytes.
FIXED_TIME = datetime(2024, 1, 1, tzinfo=timezone.utc)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
AUTHOR = "zhreport corpus"

# The font the rendering asks for, for Chinese and Latin text alike: Noto CJK comes with Debian's
# fonts-noto-cjk, so LibreOffice renders exactly this font (no fontconfig substitution that varies
# from machine to machine) and the PDF text layer maps back to the right characters.  Word on a
# machine without it substitutes its own.
CJK_FONT = "Noto Serif CJK SC"
LATIN_FONT = CJK_FONT

# Heading rules: only the obvious numbered headings get a Word heading style; real reports are
# just as often plain paragraphs, which the pipeline must handle anyway.
HEADING_RULES = (
    (re.compile(r"^\s*第[一二三四五六七八九十]+部分"), "Heading 1", 40),
    (re.compile(r"^\s*[一二三四五六七八九十]+、"), "Heading 2", 30),
    (re.compile(r"^\s*（[一二三四五六七八九十]+）"), "Heading 3", 20),
)

TOTAL_LABELS = ("合计", "总计")
# the header cells of an indicator table's level columns, which merge down over their rows
LEVEL_HEADERS = ("一级指标", "二级指标", "三级指标")

# Tables: 9 pt (小五), as these forms are usually set; column widths in em of that size
TABLE_FONT_PT = 9
NUMBER_COLUMN_EM = 3.5  # a column never narrower than this (plus padding): 权重, 0.00%, 调整后
TEXT_COLUMN_EM = 14  # longer texts wrap
CELL_PADDING_EM = 1.0  # Word's default left and right cell margins, 0.19 cm each


# --------------------------------------------------------------------------------------------
# reading the pasted text


@dataclass
class PastedTable:
    rows: list[list[str]]  # cell texts as pasted (without the leading TAB), '\n' between paragraphs


def parse_seed(text: str) -> list[str | PastedTable]:
    """The seed as a list of paragraphs (str) and tables, in order."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line; it is not an empty paragraph
    items: list[str | PastedTable] = []
    i = 0
    while i < len(lines):
        if _is_row_line(lines[i]):
            table, i = _read_row_table(lines, i)
            items.append(table)
        elif lines[i].startswith("\t"):
            table, i = _read_table(lines, i)
            items.append(table)
        else:
            items.append(lines[i])
            i += 1
    return items


def _read_table(lines: list[str], i: int) -> tuple[PastedTable, int]:
    """Read a pasted table from line ``i``; return it and the index of the first line after it."""
    rows: list[list[str]] = []
    row: list[str] = []
    blanks = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("\t"):
            row.append(line[1:])
            blanks = 0
        elif not line.strip():
            if row:
                rows.append(row)
                row = []
            blanks += 1
            if blanks == 2:
                i += 1
                break
        elif _next_cell_line(lines, i + 1) and (row or rows):
            # a paragraph break inside a cell: the text belongs to the last cell read
            cells = row or rows[-1]
            cells[-1] += "\n" + line
            blanks = 0
        else:
            break
        i += 1
    if row:
        rows.append(row)
    return PastedTable(rows), i


def _is_row_line(line: str) -> bool:
    """A whole table row with TABs between its cells (not one TAB-led cell of the seeds' form)."""
    return "\t" in line and not (line.startswith("\t") and line.count("\t") == 1)


def _read_row_table(lines: list[str], i: int) -> tuple[PastedTable, int]:
    """Read consecutive one-row-per-line lines from ``i``; the table ends at the first other line."""
    rows: list[list[str]] = []
    while i < len(lines) and _is_row_line(lines[i]):
        rows.append(lines[i].split("\t"))
        i += 1
    return PastedTable(rows), i


def _next_cell_line(lines: list[str], i: int) -> bool:
    """Is the next non-blank line from ``i`` a cell line?"""
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i < len(lines) and lines[i].startswith("\t")


# --------------------------------------------------------------------------------------------
# putting the merges back


@dataclass
class CellPlan:
    row: int
    col: int  # first grid column
    span: int  # grid columns covered (gridSpan)
    text: str
    continues: bool = False  # a vertical-merge continuation of the cell above (vMerge continue)


def _is_empty(text: str) -> bool:
    return not text.strip()  # str.strip() also removes the full-width space '　' Word leaves


def plan_table(table: PastedTable) -> tuple[int, list[list[CellPlan]]]:
    """Grid width and, per row, where each pasted cell goes and whether it continues a merge.

    Rules (the paste keeps no merge information, so these are inferences, kept simple):

    1. The grid is as wide as the widest row.
    2. A row of fewer cells is widened to fill the grid (gridSpan).  Every cell keeps one column
       and the LAST cell takes the remainder: in these forms the last cell of a short row is the
       free-text one (项目名称 | name, 评价结论 | text, a one-cell title row).  Exception: a row
       that starts with 合计/总计 is right-aligned instead (the label takes the remainder), so its
       numbers stand under the 权重/得分 columns they total -- unless it has as many cells as the
       row above it, whose columns it then keeps (a short table pasted one row per line: its rows
       all widen their last cell, and so its 合计 row must, or its figures shift right of the
       分值/得分 they stand under in the text).
    3. Vertical merges: in a row that has some text, the LEADING empty cells (before its first
       non-empty cell) continue the cell above when that cell sits on the same grid columns and
       is non-empty or itself a continuation.  That is how the 一级指标/二级指标 columns and the
       `绩效指标（90分）` / `预算执行情况（10分）` / `项目基本情况` label columns look when pasted.
       Rows with no text at all are blank rows of the form and merge nothing; empty cells after
       the first non-empty one stay plain empty cells (an empty 完成值 is data, not a merge).
    4. Under an indicator header (a row naming 一级指标/二级指标/三级指标), until a 合计/总分 row,
       a one-cell row or a 项目名称 row, a row shorter than the header lacks its LEADING cells: a web
       page's copy leaves out the cells a merge covers (`二级指标 | 三级指标 | …` under a merged
       一级指标), so the row stands right-aligned under the header and rule 3 merges the empty
       cells it gains into the cells above.
    """
    width = max(len(r) for r in table.rows)
    plans: list[list[CellPlan]] = []
    header = 0  # the width of the indicator header row above, while its rows go on
    for r, cells in enumerate(table.rows):
        first = cells[0].strip()
        if first in (*TOTAL_LABELS, "总分") or len(cells) == 1 or first == "项目名称":
            header = 0
        spans = [1] * len(cells)
        extra = width - len(cells)
        same_as_above = r > 0 and len(table.rows[r - 1]) == len(cells)
        row, col = [], 0
        if header and len(cells) < header:
            # rule 4: a web page's copy leaves out the cells its merged level columns cover
            row = [CellPlan(r, c, 1, "") for c in range(header - len(cells))]
            col = len(row)
            spans[-1] += width - header
        elif first in TOTAL_LABELS and not same_as_above:
            spans[0] += extra
        else:
            spans[-1] += extra
        for text, span in zip(cells, spans):
            row.append(CellPlan(r, col, span, text))
            col += span
        plans.append(row)
        if any(c.strip() in LEVEL_HEADERS for c in cells):
            header = len(cells)

    for r in range(1, len(plans)):
        row = plans[r]
        if all(_is_empty(c.text) for c in row):
            continue
        above = {(c.col, c.span): c for c in plans[r - 1]}
        for cell in row:
            if not _is_empty(cell.text):
                break
            up = above.get((cell.col, cell.span))
            if up is None or (_is_empty(up.text) and not up.continues):
                break  # keep the merges a connected block from the left edge
            cell.continues = True
    return width, plans


def merge_regions(plans: list[list[CellPlan]]) -> list[tuple[CellPlan, int]]:
    """Each anchor cell (not a continuation) with the number of rows it spans."""
    anchors: list[tuple[CellPlan, int]] = []
    for r, row in enumerate(plans):
        for cell in row:
            if cell.continues:
                continue
            rows = 1
            while r + rows < len(plans):
                below = next(
                    (c for c in plans[r + rows] if c.col == cell.col and c.span == cell.span), None
                )
                if below is None or not below.continues:
                    break
                rows += 1
            anchors.append((cell, rows))
    return anchors


# --------------------------------------------------------------------------------------------
# writing the .docx


def _set_fonts(style, size: float | None = None) -> None:
    """Latin and East Asian fonts of a style (python-docx only sets the Latin ones itself)."""
    style.font.name = LATIN_FONT
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)  # theme fonts would override the names below
    rfonts.set(qn("w:eastAsia"), CJK_FONT)
    if size:
        style.font.size = Pt(size)


def _new_document(title: str) -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    # A4 portrait with the usual Chinese government margins (python-docx's template is Letter)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.54)
    section.left_margin = section.right_margin = Cm(2.2)
    _set_fonts(doc.styles["Normal"], 10.5)
    for name, size in (("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 12)):
        _set_fonts(doc.styles[name], size)
    _set_fonts(doc.styles["Table Grid"])

    props = doc.core_properties
    props.title = title
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.created = props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1
    props.comments = "Rendered from a pasted-text seed by corpus/make_renderings.py"
    return doc


def _heading_style(line: str) -> str | None:
    for pattern, style, max_len in HEADING_RULES:
        if pattern.match(line) and len(line.strip()) <= max_len:
            return style
    return None


def _display_width(text: str) -> float:
    """Width of a line in em: CJK and full-width characters are one em, others about half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.55 for ch in text)


def column_widths(width: int, plans: list[list[CellPlan]], available: int) -> list[int]:
    """Column widths (EMU) that fit ``available``, from what the one-column cells hold.

    Equal columns would give a 计分标准 text a sliver of the page and make its row a page tall.
    Each column wants its longest line (at most TEXT_COLUMN_EM) plus the cell padding; when the
    wants do not fit, the columns above NUMBER_COLUMN_EM give up room in proportion, so that
    numbers and short labels stay on one line and long texts wrap, as in real forms.  (The
    11-column 自评表 is still cramped on A4 portrait; so are the real ones.)
    """
    em = TABLE_FONT_PT * 12700  # EMU per em
    wants = [2.0] * width  # an empty column still gets room for two characters
    for row in plans:
        for cell in row:
            if cell.span == 1:
                longest = max(_display_width(line.strip()) for line in cell.text.split("\n"))
                wants[cell.col] = max(wants[cell.col], min(longest, TEXT_COLUMN_EM))
    wants = [(w + CELL_PADDING_EM) * em for w in wants]
    floors = [min(w, (NUMBER_COLUMN_EM + CELL_PADDING_EM) * em) for w in wants]
    if sum(wants) <= available:
        scale = available / sum(wants)  # fill the text block, keeping proportions
        return [int(w * scale) for w in wants]
    give = (sum(wants) - available) / max(sum(w - f for w, f in zip(wants, floors)), 1)
    return [int(w - (w - f) * min(give, 1.0)) for w, f in zip(wants, floors)]


def _write_cell(cell, text: str) -> None:
    """Cell text, one Word paragraph per line, in the table font size."""
    first, *more = text.split("\n")
    cell.paragraphs[0].text = first
    for line in more:
        cell.add_paragraph(line)
    for paragraph in cell.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(TABLE_FONT_PT)


def _add_table(doc: DocxDocument, table: PastedTable, available: int) -> None:
    width, plans = plan_table(table)
    word_table = doc.add_table(rows=len(plans), cols=width)
    word_table.style = doc.styles["Table Grid"]  # ruled: every cell has borders in the PDF
    word_table.autofit = False
    # widths are set before merging: python-docx gives a merged cell the sum of its columns
    for column, col_width in zip(word_table.columns, column_widths(width, plans, available)):
        column.width = col_width
        for cell in column.cells:
            cell.width = col_width
    for row in word_table.rows:
        # keep each row on one page, as these forms are usually set: a row cut by a page break
        # becomes two half-rows in the PDF
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    # Merge first, while the cells are empty, then write the text: python-docx's merge
    # concatenates the texts of the merged cells.
    anchors = merge_regions(plans)
    for cell, n_rows in anchors:
        if cell.span > 1 or n_rows > 1:
            top_left = word_table.cell(cell.row, cell.col)
            bottom_right = word_table.cell(cell.row + n_rows - 1, cell.col + cell.span - 1)
            top_left.merge(bottom_right)
    for cell, _ in anchors:
        _write_cell(word_table.cell(cell.row, cell.col), cell.text)


def build_docx(items: list[str | PastedTable], title: str) -> DocxDocument:
    doc = _new_document(title)
    section = doc.sections[0]
    available = section.page_width - section.left_margin - section.right_margin
    previous: str | PastedTable | None = None
    for item in items:
        if isinstance(item, PastedTable):
            if isinstance(previous, PastedTable):
                # Word fuses two tables that touch; a paragraph always stands between them
                doc.add_paragraph("")
            _add_table(doc, item, available)
        else:
            doc.add_paragraph(item, style=_heading_style(item))
        previous = item
    return doc


def save_deterministic(doc: DocxDocument, path: Path) -> None:
    """Save with fixed zip timestamps (python-docx stamps each zip member with the current time)."""
    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic_zip(buffer, path)


def write_deterministic_zip(buffer: io.BytesIO, path: Path, rewrite=None) -> None:
    """Copy the zip in ``buffer`` to ``path`` with fixed member timestamps and modes; ``rewrite``
    (member name, bytes) -> bytes may change a member on the way (a stamped creation time)."""
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if rewrite is not None:
                data = rewrite(info.filename, data)
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, data)


# --------------------------------------------------------------------------------------------
# the PDF


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_pdf(soffice: str, docx_path: Path, out_dir: Path) -> Path:
    """Print a .docx to PDF with LibreOffice."""
    # a throw-away profile: no dependence on (or damage to) the user's LibreOffice settings
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(out_dir),
                str(docx_path),
            ],
            capture_output=True,  # it chatters ("failed to launch javaldx") even when it works
            text=True,
            timeout=600,
        )
    pdf = out_dir / (docx_path.stem + ".pdf")
    if done.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"LibreOffice did not write {pdf}:\n{done.stdout}{done.stderr}")
    return pdf


# --------------------------------------------------------------------------------------------


def render(stem: str, soffice: str | None) -> list[Path]:
    """Write the .docx of a seed or development report, or of a text file given by its path (a
    held-out report, whose renderings stand beside it), and its .pdf when ``soffice`` is given;
    return the paths."""
    out_dir = RENDERINGS
    if stem in REPORTS:
        text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
        title = REPORTS[stem]
    else:
        path = DEV_INDICATORS / f"{stem}.txt"
        if stem.endswith(".txt"):
            path = Path(stem)
            out_dir, stem = path.parent, path.stem
        text = path.read_text(encoding="utf-8")
        title = next(line.strip() for line in text.split("\n") if line.strip())
    out_dir.mkdir(exist_ok=True)
    docx_path = out_dir / f"{stem}.docx"
    save_deterministic(build_docx(parse_seed(text), title), docx_path)
    made = [docx_path]
    if soffice:
        made.append(render_pdf(soffice, docx_path, out_dir))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-pdf", action="store_true", help="make the .docx files only")
    parser.add_argument(
        "stems", nargs="*", metavar="STEM",
        help="only these reports (file stems, or paths of .txt files; default: all)",
    )
    args = parser.parse_args(argv)
    stems = args.stems or [*REPORTS, *DEV_REPORTS]
    unknown = [stem for stem in stems
               if stem not in REPORTS and stem not in DEV_REPORTS and not Path(stem).is_file()]
    if unknown:
        parser.error(f"not a rendered report: {', '.join(unknown)}")
    soffice = None if args.no_pdf else find_soffice()
    if not soffice and not args.no_pdf:
        print(
            "soffice not found: only the .docx files are made, the PDFs are left as they are.\n"
            "For the PDFs install LibreOffice and the CJK fonts, e.g.\n"
            "  apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk",
            file=sys.stderr,
        )
    for stem in stems:
        for path in render(stem, soffice):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
