"""The .html, .md and .xlsx readers, on seed 001 rendered by corpus/make_formats.py and on bad input."""

import io
import zipfile
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from pipeline import read_document
from pipeline.errors import CorruptFile, EmptyFile, EncryptedFile, UnsupportedFormat
from pipeline.ingest import ingest
from pipeline.readers import reader_for
from pipeline.readers.html_reader import read_html
from pipeline.readers.markdown_reader import read_markdown
from pipeline.readers.xlsx_reader import format_number, read_xlsx
from pipeline.store import Store

CORPUS = Path(__file__).parent.parent / "corpus"
FORMATS = CORPUS / "formats"
STEM = "001_cbcf39354c9835b0"
HTML, MD, XLSX = (FORMATS / f"{STEM}.{ext}" for ext in ("html", "md", "xlsx"))
SEED_001 = CORPUS / "seeds" / f"{STEM}.txt"

INDICATOR_HEADER = [
    "绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
    "完成值", "权重", "得分", "未完成原因分析",
]
# the first 绩效指标 row of the 案件代理 自评表: its first cell is covered by 绩效指标（90分）
FIRST_DATA_ROW = ["", "产出指标", "数量指标", "代理非诉案件（包括行政复议、仲裁、重大决策专项法律意见书等）", "≥", "1", "件"]
BUDGET_LABELS = ("总额", "其中：财政资金", "财政专户管理资金", "单位资金")


def _text(source, span):
    return source.text[span.start : span.end]


def _tables(source):
    return [b for b in source.blocks if b.kind == "table"]


def _rows(source, block):
    return [[_text(source, c) for c in row] for row in block.rows]


def _indicator_table(source):
    """The first table with the 绩效指标 header row; the table and that row's index."""
    for block in _tables(source):
        for r, row in enumerate(_rows(source, block)):
            if row and row[0] == "绩效指标（90分）":
                return block, r
    raise AssertionError("no 绩效指标 table")


READ = {"html": (HTML, read_html), "md": (MD, read_markdown), "xlsx": (XLSX, read_xlsx)}


@pytest.fixture(scope="module", params=sorted(READ))
def source(request):
    path, reader = READ[request.param]
    return reader(path)


def test_fixtures_are_dispatched_by_suffix(tmp_path):
    assert [reader_for(p)(p, p.read_bytes()).format for p in (HTML, MD, XLSX)] == ["html", "markdown", "xlsx"]
    for suffix, original, fmt in ((".htm", HTML, "html"), (".markdown", MD, "markdown")):
        copy = tmp_path / f"a{suffix}"
        copy.write_bytes(original.read_bytes())
        assert reader_for(copy)(copy, copy.read_bytes()).format == fmt


def test_each_reads_the_indicator_table_with_its_header_and_a_data_row(source):
    block, r = _indicator_table(source)
    rows = _rows(source, block)
    assert [t.strip() for t in rows[r]] == INDICATOR_HEADER
    assert [t.strip() for t in rows[r + 1][:7]] == FIRST_DATA_ROW


def test_merged_cells_are_marked(source):
    block, r = _indicator_table(source)
    label = block.rows[r][0]
    assert label.rowspan > 1 and label.colspan == 1
    for k in range(1, label.rowspan):
        assert block.rows[r + k][0].merged_from == (r, 0)
    title = block.rows[0][0]  # the one-cell title row spans the grid
    assert title.colspan == len(block.rows[0]) == 11
    assert all(c.merged_from == (0, 0) for c in block.rows[0][1:])
    # every row has one cell per grid column
    assert {len(row) for row in block.rows} == {11}


def test_the_gbk_page_decodes_and_drops_what_is_not_shown():
    source = read_html(HTML)
    assert HTML.read_bytes().count('charset="gbk"'.encode()) == 1
    assert source.encoding == "gb18030"
    assert source.metadata["title"] == "遂宁市安居区司法局2023年度部门决算"
    assert "遂宁市安居区司法局下属二级预算单位1个" in source.text
    for hidden in ("不是正文", "隐藏的统计代码", "首页", "主办单位", "text-indent"):
        assert hidden not in source.text
    headings = [_text(source, b) for b in source.blocks if b.style == "Heading 1"]
    assert "第一部分 部门概况" in headings


def test_markdown_latex_percent_and_headings():
    markdown = MD.read_text(encoding="utf-8")
    assert r"$100.00\%$" in markdown
    source = read_markdown(MD)
    assert "$" not in source.text and "\\%" not in source.text
    block, r = _indicator_table(source)
    rates = [row[5] for row in _rows(source, block)[:r] if len(row) > 5]
    assert "100.00%" in rates
    assert "下降0.44%" in source.text
    assert any(b.style == "Heading 1" and _text(source, b) == "第一部分 部门概况" for b in source.blocks)
    # the 指标体系 table is a pipe table; the 自评表 tables embedded HTML with rowspans
    assert len(_tables(source)) == 6
    assert _rows(source, _tables(source)[0])[0][0] == "2024年区级部门整体支出绩效评价指标体系"


def test_xlsx_numbers_are_shown_through_their_format():
    wb = openpyxl.load_workbook(XLSX)
    ws = wb.worksheets[0]
    cells = {c.coordinate: c for row in ws.iter_rows() for c in row if c.value is not None}
    adjusted = next(c for c in cells.values() if c.value == 2.4)
    rate = next(c for c in cells.values() if c.value == 1.0 and c.number_format == "0.00%")
    assert adjusted.number_format == "0.00"
    source = read_xlsx(XLSX)
    block = _tables(source)[0]
    by_position = {(c.row, c.col): _text(source, c) for row in block.rows for c in row}
    assert by_position[(adjusted.row - 1, adjusted.column - 1)] == "2.40"
    assert by_position[(rate.row - 1, rate.column - 1)] == "100.00%"
    # one sheet per 自评表, each a title paragraph then its table
    assert [b.kind for b in source.blocks] == ["paragraph", "table"] * 5
    assert _text(source, source.blocks[0]) == "1.2023案件代理"


@pytest.mark.parametrize(
    "value, fmt, shown",
    [
        (1234.5, "#,##0.00", "1,234.50"),
        (0.12345, "0.00%", "12.35%"),
        (0.1 + 0.2, "General", "0.3"),
        (0.1 + 0.2, "0.00", "0.30"),
        (2.675, "0.00", "2.68"),
        (-5, '#,##0;(#,##0);"-"', "(5)"),
        (0, '#,##0;(#,##0);"-"', "-"),
        (3, '0"元"', "3元"),
        (12345678, "#,##0,", "12,346"),
        (7, "[Red]0.0", "7.0"),
    ],
)
def test_number_formats(value, fmt, shown):
    assert format_number(value, fmt) == shown


def _budget_money(doc):
    return Counter(
        f.quantity.value
        for f in doc.facts["quantities"]
        if f.row is not None and f.quantity.kind == "money" and any(l in f.snippet for l in BUDGET_LABELS)
    )


def test_budget_rows_give_the_same_money_quantities_as_the_text():
    expected = _budget_money(read_document(SEED_001))
    assert expected  # 3.00 / 2.40 万元 …: the rows are read as money
    for path in (HTML, MD, XLSX):
        assert _budget_money(read_document(path)) == expected, path.suffix


# --------------------------------------------------------------------------------------------
# bad input


def test_encrypted_looking_workbook(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00junk" * 200)
    with pytest.raises(EncryptedFile, match="encrypted with a password"):
        read_document(path)


def test_corrupt_workbooks(tmp_path):
    not_zip = tmp_path / "bad.xlsx"
    not_zip.write_bytes(b"this is no workbook at all")
    with pytest.raises(CorruptFile, match="bad.xlsx: not a valid .xlsx"):
        read_document(not_zip)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(XLSX.read_bytes()[:3000])
    with pytest.raises(CorruptFile):
        read_document(cut)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    other = tmp_path / "other.xlsx"
    other.write_bytes(buffer.getvalue())
    with pytest.raises(CorruptFile):
        read_document(other)


def test_empty_workbook(tmp_path):
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(EmptyFile):
        read_xlsx(path)


def test_old_xls_is_unsupported(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(UnsupportedFormat, match="save it as .xlsx"):
        read_document(path)


def test_page_with_only_a_script(tmp_path):
    path = tmp_path / "script.html"
    path.write_text("<html><head><title>t</title></head><body><script>document.write('x')</script></body></html>")
    with pytest.raises(EmptyFile, match="the page has no visible text"):
        read_html(path)


def test_misdeclared_encoding_falls_back_to_gb18030(tmp_path):
    path = tmp_path / "wrong.html"
    page = '<html><head><meta charset="utf-8"></head><body><p>项目支出合计269.9万元</p></body></html>'
    path.write_bytes(page.encode("gbk"))
    source = read_html(path)
    assert source.text == "项目支出合计269.9万元"
    assert source.encoding == "gb18030 (declared utf-8)"


def test_html_tables_rowspan_colspan_and_nested(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
        '<table><tr><th rowspan="2">A</th><th colspan="2">B</th></tr>'
        "<tr><td>1</td><td>2<table><tr><td>x</td><td>y</td></tr></table></td></tr></table></body></html>"
    )
    path = tmp_path / "t.htm"
    path.write_bytes(page.encode("gbk"))
    source = read_document(path).source
    outer, inner = _tables(source)
    assert _rows(source, outer) == [["A", "B", ""], ["", "1", "2"]]
    assert outer.rows[0][0].rowspan == 2 and outer.rows[1][0].merged_from == (0, 0)
    assert outer.rows[0][1].colspan == 2 and outer.rows[0][2].merged_from == (0, 1)
    assert inner.style == "nested" and _rows(source, inner) == [["x", "y"]]


def test_ingest_of_the_formats_folder(tmp_path):
    store = Store(tmp_path / "z.duckdb")
    try:
        result = ingest([FORMATS], store)
        assert result.ok, result.failed
        assert result.files == 3 and result.stored == 3
        n = store.query("select count(*) as n from documents")["n"][0]
        assert n == 3
    finally:
        store.close()


def _indicator_rows(doc, tables_only=False):
    return [(r.project, r.project_code, r.level1, r.level2, r.name, r.operator, r.target_value, r.target_unit,
             r.actual_value, r.weight, r.score, r.met)
            for r in doc.facts["indicators"] if not tables_only or (r.source == "table" and r.project)]


@pytest.mark.parametrize("suffix", ["html", "md", "xlsx"])
def test_the_same_amounts_and_indicator_rows_as_the_text(seed_docs, suffix):
    """Seed 001 as a web page, a converter's Markdown and a workbook of its 自评表: the workbook holds
    the five 项目支出绩效自评表 only, so it is compared with the text's rows of those tables."""
    text = seed_docs["001"]
    doc = read_document(FORMATS / f"{STEM}.{suffix}")

    def table_amounts(d):
        return Counter((a.subject_key, a.code, a.kind, a.year, a.fact.quantity.value)
                       for a in d.facts["amounts"] if a.pattern == "table")

    assert table_amounts(doc) == table_amounts(text)
    workbook = suffix == "xlsx"
    assert _indicator_rows(doc, workbook) == _indicator_rows(text, workbook)
    assert len(_indicator_rows(doc, workbook)) == (30 if workbook else 43)
    assert [(t.project, t.kind, t.weight, t.score) for t in doc.facts["indicator_totals"]] == [
        (t.project, t.kind, t.weight, t.score) for t in text.facts["indicator_totals"]]


def test_a_pipe_table_reads_the_same_from_markdown_and_from_plain_text(tmp_path):
    """The rows of a pipe table are found by one piece of code for both readers (escaped bars,
    alignment colons, blank merged cells, a short row padded); Markdown then shows the inline text
    (**bold**, \\| as a bar), plain text keeps the characters as written."""
    from pipeline.readers.text_reader import read_text

    table = ("| 一级指标 | 三级指标 | 指标值 | 得分 |\n| :-- | :-: | --: | --- |\n"
             "| 产出（35分） | 食品安全监督抽检批次 | ≥4800批次 | 5 |\n|  | 单批次成本 | ≤1500元/批次 |\n")
    path = tmp_path / "t.md"
    path.write_text(table + "\n| **合计** | a\\|b |  | 97 |\n", encoding="utf-8")
    md = read_markdown(path)
    md_rows = [[md.text[c.start:c.end] for c in row] for b in md.blocks if b.kind == "table" for row in b.rows]
    text = read_text(table)
    text_rows = [[table[c.start:c.end] for c in row] for b in text.blocks if b.kind == "table" for row in b.rows]
    expected = [["一级指标", "三级指标", "指标值", "得分"], ["产出（35分）", "食品安全监督抽检批次", "≥4800批次", "5"],
                ["", "单批次成本", "≤1500元/批次", ""]]
    assert text_rows == expected
    assert md_rows == expected + [["合计", "a|b", "", "97"]]
