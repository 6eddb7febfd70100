"""Text files: decoding, lines as paragraphs, Word tables pasted as text (seed 001)."""

import pytest

from pipeline import document_from_bytes, document_from_text, read_document
from pipeline.errors import EmptyFile, UndecodableText
from pipeline.readers.text_reader import decode_text, read_text

from conftest import SEED_001, SEED_002

SAMPLE = "2023年度收、支总计均为1163.82万元。\n与2022年度相比，收、支总计各下降5.1万元，下降0.44%。\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8 with BOM"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_decodes_the_encodings_reports_come_in(data, encoding):
    assert decode_text(data) == (SAMPLE, encoding)


def test_crlf_lines_are_paragraphs_and_spans_exclude_the_line_break():
    text = SAMPLE.replace("\n", "\r\n")
    source = read_text(text)
    assert [text[b.start : b.end] for b in source.blocks] == SAMPLE.splitlines()


@pytest.mark.parametrize(
    "data, error, reason",
    [
        (b"", EmptyFile, "empty"),
        (b"  \r\n\t\n", EmptyFile, "only whitespace"),
        (bytes(range(256)) * 8, UndecodableText, "binary data"),
        (b"\x81\x30\xfe\x39\xff\xfe\xfd" * 50, UndecodableText, "neither UTF-8 nor GB18030"),
    ],
)
def test_bytes_that_are_not_text_are_refused_with_the_reason(data, error, reason):
    with pytest.raises(error, match=reason) as info:
        decode_text(data, "report.txt")
    assert str(info.value).startswith("report.txt: ")


def test_pasted_word_table_becomes_a_table_block_with_exact_cells():
    doc = read_document(SEED_001)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 6
    indicators = tables[1]
    rows = [[c.text for c in row] for row in indicators.rows]
    assert rows[1] == ["项目名称", "51090423T000008167896-2023案件代理"]
    assert ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"] in rows
    assert ["", "", "", "代理重大行政案件、民商事诉讼案件", "≥", "2", "件", "", "20", "20", ""] in rows
    assert ["", "总额", "3.00", "2.40", "2.40", "100.00%", "10", "10"] == rows[rows.index(
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]
    ) + 1][:8]
    # every cell's span is its text in the document text
    for row in indicators.rows:
        for cell in row:
            assert doc.text[cell.start : cell.end] == cell.text


def test_a_cell_paragraph_without_the_tab_stays_in_its_cell():
    doc = read_document(SEED_001)
    cells = [c for b in doc.blocks if b.kind == "table" for row in b.rows for c in row]
    problem = next(c for c in cells if c.text.startswith("工作多而人员少"))
    assert "社区矫正经费不足" in problem.text


def test_indented_single_cell_lines_are_paragraphs_not_a_table():
    doc = read_document(SEED_002)
    assert not [b for b in doc.blocks if b.kind == "table"]
    assert doc.blocks[1].text == "2021年度青云谱区司法局部门整体支出绩效自评报告"


def test_tab_separated_rows_become_a_table():
    doc = document_from_text("单位：万元\n项目\t预算数\t决算数\n基本支出\t893.92\t893.92\n项目支出\t261.07\t269.9\n合计完毕。")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["项目", "预算数", "决算数"], ["基本支出", "893.92", "893.92"], ["项目支出", "261.07", "269.9"]
    ]


def test_pasted_text_from_stdin_bytes_in_gbk():
    doc = document_from_bytes("渝中区司法局项目支出绩效评价报告\n一、基本概况\n".encode("gbk"), "<stdin>")
    assert doc.source.encoding == "gb18030"
    assert doc.title == "渝中区司法局项目支出绩效评价报告"


def test_a_row_with_only_its_label_stays_in_a_tab_separated_table():
    # 收支预算总表 of a 部门预算: 七、附属单位上缴收入 has no figure on either side
    doc = document_from_text(
        "单位：万元\n项目\t预算数\t项目\t预算数\n五、单位资金收入\t45.30\t五、城乡社区支出\t904.22\n"
        "七、附属单位上缴收入\t\t\t\n本年收入合计\t3,451.75\t本年支出合计\t3,536.75\n注：无。"
    )
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["项目", "预算数", "项目", "预算数"], ["五、单位资金收入", "45.30", "五、城乡社区支出", "904.22"],
        ["七、附属单位上缴收入", "", "", ""], ["本年收入合计", "3,451.75", "本年支出合计", "3,536.75"],
    ]


def test_a_label_only_row_at_the_end_is_no_part_of_the_table():
    doc = document_from_text("项目\t预算数\n基本支出\t893.92\n注：单位万元\t\n")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert len(table.rows) == 2
