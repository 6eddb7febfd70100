"""Text files: decoding, lines as paragraphs, Word tables pasted as text (seed 001)."""

from decimal import Decimal

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


# 项目支出绩效自评表 of a web page pasted as text: columns aligned with spaces by display width
# (a CJK character is two columns), merged cells left blank, （万元） under 项目资金.
ALIGNED = """附表1

                                      项目支出绩效自评表
项目名称          大气污染防治专项经费
主管部门          佳木斯市生态环境局                              实施单位          佳木斯市生态环境局
项目资金                                  年初预算数      全年预算数      全年执行数      分值      执行率      得分
（万元）          年度资金总额            320.00          356.00          341.76          10        96.00%      9.6
                  其中：当年财政拨款      320.00          356.00          341.76          —         —           —
年度总体目标      预期目标                                                  实际完成情况
                  推进秸秆综合利用和禁烧管控，淘汰城区燃煤小锅炉，        按计划推进秸秆禁烧、燃煤锅炉淘汰和重点涉气企业
                  加强重点涉气企业监管，持续改善城市环境空气质量。        执法检查，全市环境空气质量持续改善。
绩效指标          一级指标      二级指标          三级指标                          年度指标值          实际完成值          分值      得分      偏差原因分析及改进措施
                  产出指标      数量指标          秸秆焚烧网格化巡查次数            ≥1500次             1632次              10        10
                                                  燃煤锅炉淘汰数量                  ≥30台               27台                10        9         3台锅炉所在区域供热管网未接通，已列入2025年计划
                  效益指标      生态效益指标      PM2.5年均浓度                     ≤32微克/立方米      29微克/立方米       10        10
                  满意度指标    服务对象满意度指标  群众对大气环境质量满意度        ≥85%                88.6%               10        10
总分                                                                                                                        100       98.6

自评说明：
2024年，大气污染防治专项经费全年预算356.00万元，执行341.76万元。
"""


def _tables(text):
    source = read_text(text)
    tables = [b for b in source.blocks if b.kind == "table"]
    for table in tables:  # every cell's span is its text
        for row in table.rows:
            for cell in row:
                assert cell.start <= cell.end and text[cell.start : cell.end] == text[cell.start : cell.end].strip()
    return source, [[[text[c.start : c.end] for c in row] for row in t.rows] for t in tables]


def test_space_aligned_columns_become_a_table_read_by_display_width():
    source, (rows,) = _tables(ALIGNED)
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    assert rows[0][:2] == ["项目名称", "大气污染防治专项经费"]
    # the 项目资金 line is a header of its own (预算数, 执行数, 执行率): the lines under it are read
    # against its columns
    budget = rows.index(["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    assert rows[budget + 1] == ["（万元）", "年度资金总额", "320.00", "356.00", "341.76", "10", "96.00%", "9.6"]
    assert rows[budget + 2][:3] == ["", "其中：当年财政拨款", "320.00"]
    assert rows[budget + 4][1] == "推进秸秆综合利用和禁烧管控，淘汰城区燃煤小锅炉，"  # a wrapped cell: its own row, same column
    indicators = rows[rows.index(header) :]
    assert indicators[1:] == [
        ["", "产出指标", "数量指标", "秸秆焚烧网格化巡查次数", "≥1500次", "1632次", "10", "10", ""],
        ["", "", "", "燃煤锅炉淘汰数量", "≥30台", "27台", "10", "9", "3台锅炉所在区域供热管网未接通，已列入2025年计划"],
        ["", "效益指标", "生态效益指标", "PM2.5年均浓度", "≤32微克/立方米", "29微克/立方米", "10", "10", ""],
        # a 二级指标 wider than its column, and the 三级指标 two columns late, stay in their columns
        ["", "满意度指标", "服务对象满意度指标", "群众对大气环境质量满意度", "≥85%", "88.6%", "10", "10", ""],
        ["总分", "", "", "", "", "", "100", "98.6", ""],
    ]
    paragraphs = [ALIGNED[b.start : b.end].strip() for b in source.blocks if b.kind == "paragraph"]
    assert paragraphs == ["附表1", "项目支出绩效自评表", "自评说明：", "2024年，大气污染防治专项经费全年预算356.00万元，执行341.76万元。"]


def test_space_aligned_table_is_read_by_the_indicator_stage():
    doc = document_from_text(ALIGNED)
    rows = doc.facts["indicators"]
    assert [(r.project, r.level1, r.level2, r.name, r.weight, r.score) for r in rows if r.source == "table"][:2] == [
        ("大气污染防治专项经费", "产出指标", "数量指标", "秸秆焚烧网格化巡查次数", 10, 10),
        ("大气污染防治专项经费", "产出指标", "数量指标", "燃煤锅炉淘汰数量", 10, 9),
    ]
    assert [(t.kind, str(t.weight), str(t.score)) for t in doc.facts["indicator_totals"]] == [
        ("预算执行情况", "10", "9.6"), ("合计", "100", "98.6")]


# 自评表 as pdftotext -layout gives it: columns aligned by characters (every glyph one column of its
# grid, CJK or not), cells wrapped over lines (基本公共卫生服务项目 / 数), merged level cells printed once
# on a middle line of their span (数量指标, 产出指标, 时效指标), a two-line header, and the table going on
# over a page break (footer, form feed and running title) with no header repeated.
PDFTOTEXT_LAYOUT = (
    '          一级指标      二级指标            三级指标            年度指标值       实际完成值        分值    得分    偏差原因分析\n'
    '                                                                                          及改进措施\n'
    '                                基本公共卫生服务项目          12类         12类           3     3\n'
    '                                数\n'
    '                    数量指标        孕产妇系统管理率            ≥90%        94.2%         3     3\n'
    '                                农村妇女“两癌”检查          ≥6000人      5712人         3     2.5  部分乡镇组织发动不到\n'
    '          产出指标                  人数                                                       位。下年将任务分解到\n'
    '                                                                                         乡镇并纳入考核。\n'
    '                                资金拨付及时率             ≥95%        96.1%         3     3\n'
    '\n'
    '\n'
    '                                   — 3 —\n'
    '\x0c                                  广信区卫生健康委员会2023年度部门整体支出绩效自评报告\n'
    '\n'
    '                    时效指标        突发公共卫生事件处置          100%        100%          3     3\n'
    '                                及时率\n'
    ' 总分                                                                          100   98.72\n'
)


def test_pdftotext_layout_table_joins_wrapped_cells_and_moves_merged_levels_to_the_first_row_of_their_span():
    source, (rows,) = _tables(PDFTOTEXT_LAYOUT)
    table = next(b for b in source.blocks if b.kind == "table")
    # a cell wrapped over lines is its lines' spans (SourceCell.more), the other cells between them
    cells = [["|".join(PDFTOTEXT_LAYOUT[a:b] for a, b in ((c.start, c.end),) + c.more) for c in row] for row in table.rows]
    assert cells == [
        ["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析|及改进措施"],
        # 产出指标 and 数量指标 printed on middle lines: the first row of the rows they span
        ["", "产出指标", "数量指标", "基本公共卫生服务项目|数", "12类", "12类", "3", "3", ""],
        ["", "", "", "孕产妇系统管理率", "≥90%", "94.2%", "3", "3", ""],
        ["", "", "", "农村妇女“两癌”检查|人数", "≥6000人", "5712人", "3", "2.5",
         "部分乡镇组织发动不到|位。下年将任务分解到|乡镇并纳入考核。"],
        # 时效指标, printed on the next page, spans this row too
        ["", "", "时效指标", "资金拨付及时率", "≥95%", "96.1%", "3", "3", ""],
        ["", "", "", "突发公共卫生事件处置|及时率", "100%", "100%", "3", "3", ""],
        ["总分", "", "", "", "", "", "100", "98.72", ""],
    ]
    assert [b.kind for b in source.blocks] == ["table"]  # the footer and the running title are no rows


def test_pdftotext_layout_table_is_read_by_the_indicator_stage():
    doc = document_from_text(PDFTOTEXT_LAYOUT)
    assert [(r.level1, r.level2, r.name, r.target_text, r.actual_text, str(r.weight), str(r.score))
            for r in doc.facts["indicators"]] == [
        ("产出指标", "数量指标", "基本公共卫生服务项目数", "12类", "12类", "3", "3"),
        ("产出指标", "数量指标", "孕产妇系统管理率", "≥90%", "94.2%", "3", "3"),
        ("产出指标", "数量指标", "农村妇女“两癌”检查人数", "≥6000人", "5712人", "3", "2.5"),
        ("产出指标", "时效指标", "资金拨付及时率", "≥95%", "96.1%", "3", "3"),
        ("产出指标", "时效指标", "突发公共卫生事件处置及时率", "100%", "100%", "3", "3"),
    ]
    assert [(t.kind, str(t.weight), str(t.score)) for t in doc.facts["indicator_totals"]] == [("合计", "100", "98.72")]


def test_pdftotext_layout_level_name_over_two_lines_is_one_level():
    text = (
        "          一级指标      二级指标            三级指标            年度指标值       实际完成值        分值    得分\n"
        "                    可持续影响指      紧密型县域医共体建设          持续推进        建成2个          3     3\n"
        "          效益指标      标           基层医疗卫生机构标准          ≥95%        100%          4     4\n"
        "                                化建设达标率\n"
        " 总分                                                                          100   98.72\n"
    )
    doc = document_from_text(text)
    assert [(r.level1, r.level2, r.name) for r in doc.facts["indicators"]] == [
        ("效益指标", "可持续影响指标", "紧密型县域医共体建设"),
        ("效益指标", "可持续影响指标", "基层医疗卫生机构标准化建设达标率"),
    ]


def test_lines_with_wide_spaces_but_no_table_header_stay_paragraphs():
    text = ("发布日期：2025-04-18    来源：佳木斯市生态环境局    浏览次数：326\n\n"
            "    一、项目基本情况  （一）项目概况\n\u3000\u3000全年预算数  356.00万元，执行率  96.00%。\n")
    source, tables = _tables(text)
    assert tables == []
    assert [text[b.start : b.end] for b in source.blocks] == text.strip("\n").replace("\n\n", "\n").split("\n")


# a web table copied as text: one cell a line, rows not marked, a blank line for a blank cell
CELL_PER_LINE = """附件：
一级指标
二级指标
指标名称
指标值
实际完成值
权重
得分
产出指标
数量指标
防火巡护人次
≥3000人次
3260人次
10
10


扑火机具装备购置数量
≥500台（套）
528台（套）
10
10

质量指标
扑火机具设备验收合格率
100%
100%
10
10
合计




100
99.43


说明：预算执行情况得分=执行率×权重。
填报人：李春梅
填报日期：2023年2月20日
审核人：杨志华
单位：林草局
电话：0878-1234567
"""


def test_one_cell_per_line_becomes_rows_as_wide_as_the_header():
    source, (rows,) = _tables(CELL_PER_LINE)
    assert rows == [
        ["一级指标", "二级指标", "指标名称", "指标值", "实际完成值", "权重", "得分"],
        ["产出指标", "数量指标", "防火巡护人次", "≥3000人次", "3260人次", "10", "10"],
        ["", "", "扑火机具装备购置数量", "≥500台（套）", "528台（套）", "10", "10"],
        ["", "质量指标", "扑火机具设备验收合格率", "100%", "100%", "10", "10"],
        ["合计", "", "", "", "", "100", "99.43"],
    ]
    # the lines after it do not fill the 权重 and 得分 columns with words: prose again
    paragraphs = [CELL_PER_LINE[b.start : b.end] for b in source.blocks if b.kind == "paragraph"]
    assert paragraphs[0] == "附件：" and paragraphs[1].startswith("说明：") and len(paragraphs) == 7


# A CMS page exported as Markdown and saved as text (a 部门整体支出 evaluation): pipe tables, a
# budget table with its 合计 row, merged cells left blank, the score written into the level cell.
PIPE_TABLES = """单位：万元
| 支出类别 | 全年预算数 | 实际支出 | 执行率 |
|---|---|---|---|
| 基本支出 | 12,486.52 | 12,401.37 | 99.32% |
|  | 合计 | 19,854.61 | 100.00% |
　　按支出功能分类科目，2024年实际支出情况如下：
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |
|:---|:---:|---|---|---|---|---|
| 投入（15分） | 目标设定 | 绩效目标合理性 | 合理 | 合理 | 4 | 4 |
|  |  | 绩效指标明确性 | 明确 | 明确 | 4 |
| 合计 |  |  |  |  | 100 | 97 |
　　注：1.“三公”经费变动率=（本年“三公”经费实际支出数-上年“三公”经费实际支出数）/上年数×100%；
"""


def test_pipe_tables_in_plain_text_become_tables():
    source, tables = _tables(PIPE_TABLES)
    assert tables == [
        [["支出类别", "全年预算数", "实际支出", "执行率"], ["基本支出", "12,486.52", "12,401.37", "99.32%"],
         ["", "合计", "19,854.61", "100.00%"]],
        [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"],
         ["投入（15分）", "目标设定", "绩效目标合理性", "合理", "合理", "4", "4"],
         ["", "", "绩效指标明确性", "明确", "明确", "4", ""],  # a short row padded to the widest
         ["合计", "", "", "", "", "100", "97"]],
    ]
    assert [b.style for b in source.blocks if b.kind == "table"] == ["pipe", "pipe"]
    paragraphs = [PIPE_TABLES[b.start : b.end] for b in source.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 3 and paragraphs[0] == "单位：万元"


# A 自评表 in a Word file converted by pandoc to Markdown (the grid tables of bulk conversion):
# border lines around every row, ``+===+`` under the header row, cells wrapped in their column by
# display width, a merged cell's text in its first column, blanks in those it covered.
GRID_TABLE = """单位：万元

+------------+--------------+----------------+---------------+--------+--------+------------------+
| 项目名称   | 安全生产监管 |                |               |        |        |                  |
|            | 执法经费     |                |               |        |        |                  |
+============+==============+================+===============+========+========+==================+
| 一级指标   | 二级指标     | 三级指标       | 年度指标值    | 分值   | 得分   | 偏差原因分析及改 |
|            |              |                |               |        |        | 进措施           |
+------------+--------------+----------------+---------------+--------+--------+------------------+
| 产出指标   | 数量指标     | 执法检查企业数 | ≥1200家次     | 8      | 8      |                  |
+------------+--------------+----------------+---------------+--------+--------+------------------+
|            |              | 专家指导服务企 | ≥300家        | 6      | 6      |                  |
|            |              | 业数           |               |        |        |                  |
+------------+--------------+----------------+---------------+--------+--------+------------------+
| 成本指标   | 经济成本指标 | 专家服务费标准 | ≤1500元/人·天 | 5      | 5      |                  |
+------------+--------------+----------------+---------------+--------+--------+------------------+
| 总分       |              |                |               | 100    | 98.64  |                  |
+------------+--------------+----------------+---------------+--------+--------+------------------+

附件2
"""


def test_a_pandoc_grid_table_is_one_table_of_a_row_between_each_two_border_lines():
    doc = document_from_text(GRID_TABLE)
    # a cell wrapped over lines is its lines joined, Chinese without a space (专家指导服务企 / 业数)
    assert [[c.text for c in row] for b in doc.blocks if b.rows for row in b.rows] == [
        ["项目名称", "安全生产监管执法经费", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "执法检查企业数", "≥1200家次", "8", "8", ""],
        ["", "", "专家指导服务企业数", "≥300家", "6", "6", ""],
        ["成本指标", "经济成本指标", "专家服务费标准", "≤1500元/人·天", "5", "5", ""],  # ≥ and · one column wide
        ["总分", "", "", "", "100", "98.64", ""],
    ]
    assert [b.style for b in read_text(GRID_TABLE).blocks if b.kind == "table"] == ["grid"]
    assert [b.text for b in doc.blocks if b.rows is None] == ["单位：万元", "附件2"]
    wrapped = doc.blocks[1].rows[3][2]  # offsets still lead back to the text as written
    assert GRID_TABLE[slice(*doc.offsets.span_to_source(wrapped.start, wrapped.start + 7))] == "专家指导服务企"


def test_the_lines_of_a_wrapped_grid_cell_join_with_a_space_between_latin_words():
    text = "+-------+--------+\n| PM2.5 | annual |\n| 年均  | mean   |\n+-------+--------+\n"
    doc = document_from_text(text)
    assert [c.text for b in doc.blocks if b.rows for c in b.rows[0]] == ["PM2.5年均", "annual mean"]


def test_a_grid_cell_spanning_columns_keeps_its_text_in_its_first_column():
    text = ("+--------+--------+--------+\n"
            "| 一级指标 | 三级指标 | 分值 |\n"
            "+========+========+========+\n"
            "| 合计            | 100    |\n"
            "+-----------------+--------+\n")
    source, tables = _tables(text)
    assert tables == [[["一级指标", "三级指标", "分值"], ["合计", "", "100"]]]


@pytest.mark.parametrize("text", [
    "收入 | 支出\n本年收入合计1163.82万元\n",  # a bar in prose, no delimiter row under it
    "| 注 |\n|---|\n",  # one column: a boxed note, not a table
    "甲 | 乙 | 丙\n|---|---|\n",  # the delimiter row has not as many cells as the header
])
def test_bars_without_a_delimiter_row_of_the_header_width_stay_paragraphs(text):
    assert {b.kind for b in read_text(text).blocks} == {"paragraph"}


# A 自评表 pasted from a spreadsheet with no level columns: the levels are section rows alone on
# their line (with a trailing TAB or none) between the rows of indicators.
SECTION_ROWS = (
    "指标\t指标值\t实际完成值\t分值\t得分\t偏差原因\n"
    "预算执行情况\t100%\t96.42%\t10\t9.64\t部分苗木款按合同约定待成活率复验后支付\n"
    "一、产出指标（50分）\t\n"
    "（一）数量指标\n"
    "完成人工造林面积\t≥8000亩\t8,260亩\t8\t8\t\n"
    "（二）质量指标\n"
    "造林成活率\t≥85%\t91.3%\t8\t8\t\n"
    "总分\t\t\t100\t97.64\t\n"
    "　　注：预算执行情况得分=分值×执行率。\n"
    "一、项目基本情况\n"
)


def test_section_rows_of_levels_stay_inside_a_tab_separated_table():
    source, (rows,) = _tables(SECTION_ROWS)
    assert [r[0] for r in rows] == ["指标", "预算执行情况", "一、产出指标（50分）", "（一）数量指标", "完成人工造林面积",
                                    "（二）质量指标", "造林成活率", "总分"]
    assert rows[3] == ["（一）数量指标", "", "", "", "", ""]  # as wide as the table
    # a level word after the table's last row, or in a table of no indicator columns, is text
    assert source.blocks[-1].kind == "paragraph"
    no_header = read_text("项目\t预算数\n基本支出\t893.92\n一、产出指标\n项目支出\t12.5\n")
    assert [b.kind for b in no_header.blocks] == ["table", "paragraph", "paragraph"]


# text pulled from a PDF: lines broken at a fixed width (inside words, before units), a `— N —`
# footer and a running title on the next page, a TAB table continued with its header repeated
_BODY = "　　经济效益方面，据对结业学员抽样调查，参训农民人均年收入较培训前\n"
PDF_TEXT = (
    "某县农业农村局2023年度项目支出绩效自评报告\n"
    "（三）效益指标完成情况\n"
    + _BODY
    + "增长6.2%。社会效益方面，学员学以致用，示范引领作用明显，全年辐射带\n"
    "动周边农户1,820户，新领办创办家庭农场、农民专业合作社等新型经营主\n"
    "体30余家。\n"
    "　　我局成立了由分管负责同志任组长，计划财务科、科教科和县农业技术\n"
    "推广中心负责人为成员的绩效自评工作小组，对照年初设定的绩效目标，采\n"
    "取资料审核、实地查看、电话回访和问卷调查相结合的方式，对项目资金使\n"
    "用、组织实施和产出效益进行了全面评价，按照项目支出绩效自评表逐项打\n"
    "分。\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t培育高素质农民人数\t≥600人\t626人\t10\t10\n"
    "\n"
    "— 1 —\n"
    "某县农业农村局2023年度项目支出绩效自评报告\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t时效指标\t按期开班率\t≥95%\t100%\t5\t5\n"
    "\n"
    "— 2 —\n"
    "某县农业农村局2023年度项目支出绩效自评报告\n"
    "七、自评结论\n"
)


def test_lines_a_pdf_broke_at_a_fixed_width_are_one_paragraph_and_page_furniture_is_dropped():
    source = read_text(PDF_TEXT)
    texts = [PDF_TEXT[b.start:b.end] for b in source.blocks if b.rows is None]
    assert texts == [
        "某县农业农村局2023年度项目支出绩效自评报告",
        "（三）效益指标完成情况",
        _BODY + "增长6.2%。社会效益方面，学员学以致用，示范引领作用明显，全年辐射带\n"
        "动周边农户1,820户，新领办创办家庭农场、农民专业合作社等新型经营主\n体30余家。",
        "　　我局成立了由分管负责同志任组长，计划财务科、科教科和县农业技术\n"
        "推广中心负责人为成员的绩效自评工作小组，对照年初设定的绩效目标，采\n"
        "取资料审核、实地查看、电话回访和问卷调查相结合的方式，对项目资金使\n"
        "用、组织实施和产出效益进行了全面评价，按照项目支出绩效自评表逐项打\n分。",
        "七、自评结论",
    ]
    doc = document_from_text(PDF_TEXT)
    assert "全年辐射带动周边农户1,820户" in doc.text


@pytest.mark.parametrize("footer", ["－ 1 －", "﹣1﹣"])
def test_a_footer_between_full_width_dashes_is_page_furniture_too(footer):
    text = PDF_TEXT.replace("— 1 —", footer)
    assert [text[b.start:b.end] for b in read_text(text).blocks if b.rows is None] == \
        [PDF_TEXT[b.start:b.end] for b in read_text(PDF_TEXT).blocks if b.rows is None]


def test_a_tab_table_continued_after_a_page_break_with_its_header_repeated_is_one_table():
    source = read_text(PDF_TEXT)
    tables = [b for b in source.blocks if b.rows is not None]
    assert len(tables) == 1
    assert [[PDF_TEXT[c.start:c.end] for c in row][2] for row in tables[0].rows] == [
        "三级指标", "培育高素质农民人数", "按期开班率"]
    assert [c.row for row in tables[0].rows for c in row[:1]] == [0, 1, 2]


def test_pasted_paragraphs_of_any_width_stay_one_a_line():
    text = "一、部门基本情况\n我局内设3个科室，下属1家事业单位\n全年支出1,362.73万元\n"
    assert [text[b.start:b.end] for b in read_text(text).blocks] == [
        "一、部门基本情况", "我局内设3个科室，下属1家事业单位", "全年支出1,362.73万元"]


# A 绩效目标表 of a web page copied as text (sd_lcmzj): a cell a line, a blank line after each row,
# and a cell merged over rows only in the first of them, so each row takes the last columns.  The
# caption of the next table (表2 / …绩效目标表) and the notes after the last end the tables.
GROUPED = """表1
经济困难老年人养老服务补贴项目绩效目标表
单位：万元

项目名称
37011224R000003158-经济困难老年人养老服务补贴

项目资金
年度资金总额
1,286.40

其他资金


年度总体目标
对全区经认定的经济困难老年人按每人每月200元标准发放养老服务补贴。

绩效指标
一级指标
二级指标
三级指标
指标值

产出指标
数量指标
补贴发放人数
≥5,360人

补贴发放月数
12个月

质量指标
补贴对象认定准确率
≥98%

满意度指标
服务对象满意度指标
补贴对象满意度
≥90%

表2
社区居家养老服务站点运营补助项目绩效目标表

绩效指标
一级指标
二级指标
三级指标
指标值

产出指标
数量指标
补助社区养老服务站点数量
≥86处

效益指标
社会效益指标
社区老年人助餐服务覆盖率
≥80%

说明：
　　１．上述项目均为延续性项目。
"""


def test_rows_of_a_cell_per_line_table_parted_by_blank_lines_take_the_last_columns():
    source, tables = _tables(GROUPED)
    assert tables == [
        [["项目名称", "37011224R000003158-经济困难老年人养老服务补贴", "", "", ""],
         ["项目资金", "年度资金总额", "1,286.40", "", ""],
         ["其他资金", "", "", "", ""],
         ["年度总体目标", "对全区经认定的经济困难老年人按每人每月200元标准发放养老服务补贴。", "", "", ""],
         ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
         ["", "产出指标", "数量指标", "补贴发放人数", "≥5,360人"],
         ["", "", "", "补贴发放月数", "12个月"],
         ["", "", "质量指标", "补贴对象认定准确率", "≥98%"],
         ["", "满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"]],
        [["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
         ["", "产出指标", "数量指标", "补助社区养老服务站点数量", "≥86处"],
         ["", "效益指标", "社会效益指标", "社区老年人助餐服务覆盖率", "≥80%"]],
    ]
    paragraphs = [GROUPED[b.start : b.end] for b in source.blocks if b.kind == "paragraph"]
    assert paragraphs == ["表1", "经济困难老年人养老服务补贴项目绩效目标表", "单位：万元", "表2",
                          "社区居家养老服务站点运营补助项目绩效目标表", "说明：", "　　１．上述项目均为延续性项目。"]


def test_grouped_cell_per_line_table_is_read_by_the_indicator_stage():
    rows = [r for r in document_from_text(GROUPED).facts["indicators"] if r.source == "table"]
    assert [(r.project, r.project_code, r.level1, r.level2, r.name, r.target_text) for r in rows] == [
        ("经济困难老年人养老服务补贴", "37011224R000003158", "产出指标", "数量指标", "补贴发放人数", "≥5,360人"),
        ("经济困难老年人养老服务补贴", "37011224R000003158", "产出指标", "数量指标", "补贴发放月数", "12个月"),
        ("经济困难老年人养老服务补贴", "37011224R000003158", "产出指标", "质量指标", "补贴对象认定准确率", "≥98%"),
        ("经济困难老年人养老服务补贴", "37011224R000003158", "满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
        ("社区居家养老服务站点运营补助", None, "产出指标", "数量指标", "补助社区养老服务站点数量", "≥86处"),
        ("社区居家养老服务站点运营补助", None, "效益指标", "社会效益指标", "社区老年人助餐服务覆盖率", "≥80%"),
    ]


# A 部门整体支出绩效自评表 exported as text (sx_bjcgj): cells apart by ` | ` with no outer bars and
# no |---| row, a blank cell kept as an empty field, so merged level cells lead with empty cells.
BARS = """单位：万元
部门名称 | 宝鸡市城市管理执法局 |  |  |  |  |  |  |  | 
年度预算执行情况 |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |  | 
 | 年度资金总额 | 18,426.35 | 21,035.62 | 20,614.91 | 10 | 98.00% | 9.8 |  | 
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 计量单位 | 指标值 | 实际完成值 | 分值 | 得分 | 未完成原因
 | 产出指标（50分） | 数量指标（20分） | 生活垃圾无害化处理量 | 万吨 | ≥42 | 43.6 | 5 | 5 | 
 |  |  | 新建改造城市公厕 | 座 | 30 | 27 | 3 | 2.7 | 3座因选址调整顺延至2025年实施
 |  | 质量指标（15分） | 城市道路机扫率 | % | ≥85 | 88.5 | 5 | 5 | 
合计 |  |  |  |  |  |  | 100 | 98.9 | 
注：1.执行率＝全年执行数/全年预算数。
"""


def test_cells_apart_by_bars_without_a_delimiter_row_become_a_table_under_a_header_of_column_words():
    source, (rows,) = _tables(BARS)
    assert rows == [
        ["部门名称", "宝鸡市城市管理执法局", "", "", "", "", "", "", "", ""],
        ["年度预算执行情况", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "", ""],
        ["", "年度资金总额", "18,426.35", "21,035.62", "20,614.91", "10", "98.00%", "9.8", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "计量单位", "指标值", "实际完成值", "分值", "得分", "未完成原因"],
        ["", "产出指标（50分）", "数量指标（20分）", "生活垃圾无害化处理量", "万吨", "≥42", "43.6", "5", "5", ""],
        ["", "", "", "新建改造城市公厕", "座", "30", "27", "3", "2.7", "3座因选址调整顺延至2025年实施"],
        ["", "", "质量指标（15分）", "城市道路机扫率", "%", "≥85", "88.5", "5", "5", ""],
        ["合计", "", "", "", "", "", "", "100", "98.9", ""],
    ]
    assert [b.style for b in source.blocks if b.kind == "table"] == ["bars"]
    paragraphs = [BARS[b.start : b.end] for b in source.blocks if b.kind == "paragraph"]
    assert paragraphs == ["单位：万元", "注：1.执行率＝全年执行数/全年预算数。"]


def test_bar_table_is_read_by_the_indicator_stage():
    doc = document_from_text(BARS)
    rows = [r for r in doc.facts["indicators"] if r.source == "table"]
    assert [(r.level1, r.level2, r.name, r.target_text, r.actual_text, str(r.weight), str(r.score)) for r in rows] == [
        ("产出指标", "数量指标", "生活垃圾无害化处理量", "≥42", "43.6", "5", "5"),
        ("产出指标", "数量指标", "新建改造城市公厕", "30", "27", "3", "2.7"),
        ("产出指标", "质量指标", "城市道路机扫率", "≥85", "88.5", "5", "5"),
    ]
    assert [(t.kind, str(t.weight), str(t.score)) for t in doc.facts["indicator_totals"]] == [
        ("预算执行情况", "10", "9.8"), ("合计", "100", "98.9")]


def test_bars_without_a_header_of_column_words_stay_paragraphs():
    text = "收入 | 支出 | 结余\n本年收入合计 | 1163.82万元 | 0\n"
    assert {b.kind for b in read_text(text).blocks} == {"paragraph"}


def _grid(text):
    (table,) = [b for b in read_text(text).blocks if b.kind == "table"]
    return [[text[c.start : c.end].replace("\n", "/") for c in row] for row in table.rows]


# a 一般公共预算财政拨款支出决算表 copied out of a PDF viewer: cells parted by one space, empty
# cells gone, a code and its wrapped label on lines of their own, a figure pushed onto the next line
COPIED_FUNCTION_TABLE = """一般公共预算财政拨款支出决算表
公开05表
编制单位：平江县应急管理局 单位：万元
项目 本年支出
科目编码 科目名称 合计 基本支出 项目支出
合计 1,297.75 742.56 555.19
224 灾害防治及应急管理支出 1,083.45 528.26 555.19
22401 应急管理事务 1,083.45 528.26 555.19
2240101 行政运行 417.92 417.92
2240102 一般行政管理事务 46.35 46.35
2240150 事业运行 110.34 110.34
2240199 其他应急管理支出 508.84
508.84
208 社会保障和就业支出 214.30 214.30
20805 行政事业单位养老支出 214.30 214.30
2080505
机关事业单位基本养老保险缴费支
出
214.30 214.30
注：本表反映部门本年度一般公共预算财政拨款实际支出情况。
- 5 -
"""


def test_pdf_copied_function_table_places_figures_by_header_and_arithmetic():
    grid = _grid(COPIED_FUNCTION_TABLE)
    assert grid[0] == ["项目", "", "本年支出", "", ""]
    assert grid[1] == ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
    assert grid[2] == ["", "合计", "1,297.75", "742.56", "555.19"]
    # the 项 of 22401 add up to its 基本支出 528.26 and 项目支出 555.19 only one way
    assert grid[5] == ["2240101", "行政运行", "417.92", "417.92", ""]
    assert grid[6] == ["2240102", "一般行政管理事务", "46.35", "", "46.35"]
    assert grid[7] == ["2240150", "事业运行", "110.34", "110.34", ""]
    assert grid[8] == ["2240199", "其他应急管理支出", "508.84", "", "508.84"]
    assert grid[11] == ["2080505", "机关事业单位基本养老保险缴费支/出", "214.30", "214.30", ""]
    assert len(grid) == 12  # the note and the footer are no rows


COPIED_SIDE_BY_SIDE = """收入支出决算总表
编制单位：平江县应急管理局 单位：万元
收入 支出
项目 决算数 项目 决算数
一、一般公共预算财政拨款收入 1,286.47 一、一般公共服务支出
三、国有资本经营预算财政拨款收
入
三、国防支出
八、其他收入 3.60 八、社会保障和就业支出 123.49
九、卫生健康支出 38.51
本年收入合计 1,290.07 本年支出合计 1,301.35
使用非财政拨款结余 结余分配
年初结转和结余 42.18 年末结转和结余 30.90
注：本表反映部门本年度的总收支和年末结转结余情况。
"""


def test_pdf_copied_side_by_side_table_puts_a_lone_half_row_on_the_longer_right_side():
    grid = _grid(COPIED_SIDE_BY_SIDE)
    assert grid[0] == ["收入", "", "支出", ""]
    assert grid[2] == ["一、一般公共预算财政拨款收入", "1,286.47", "一、一般公共服务支出", ""]
    assert grid[3][2] == "三、国有资本经营预算财政拨款收/入"  # the wrapped label rejoined
    assert grid[5] == ["八、其他收入", "3.60", "八、社会保障和就业支出", "123.49"]
    assert grid[6] == ["", "", "九、卫生健康支出", "38.51"]
    assert grid[7] == ["本年收入合计", "1,290.07", "本年支出合计", "1,301.35"]
    assert grid[8] == ["使用非财政拨款结余", "", "结余分配", ""]
    assert grid[9] == ["年初结转和结余", "42.18", "年末结转和结余", "30.90"]


def test_pdf_copied_economic_table_reads_a_wrapped_label_before_both_halves():
    text = """编制单位：某局 单位：万元
人员经费 公用经费
科目编码 科目名称 决算数 科目编码 科目名称 决算数
301 工资福利支出 650.67 302 商品和服务支出 66.83
30106 伙食补助费 30206 电费 4.85
30108
机关事业单位基本养老保险缴
费
68.42 30211 差旅费 6.74
310 资本性支出 4.20
人员经费合计 671.53 公用经费合计 71.03
"""
    grid = _grid(text)
    assert grid[0] == ["人员经费", "", "", "公用经费", "", ""]
    assert grid[3] == ["30106", "伙食补助费", "", "30206", "电费", "4.85"]
    assert grid[4] == ["30108", "机关事业单位基本养老保险缴/费", "68.42", "30211", "差旅费", "6.74"]
    assert grid[5] == ["", "", "", "310", "资本性支出", "4.20"]
    assert grid[6] == ["", "人员经费合计", "671.53", "", "公用经费合计", "71.03"]


def test_prose_lines_of_a_pdf_copy_with_tables_join_at_the_usual_width():
    # the table's short lines do not count against the width the prose was broken at
    prose = ("2022年度本年支出合计1,301.35万元，其中：基本支出742.56万元，占57.06%；项目支\n"
             "出558.79万元，占42.94%。\n")
    filler = "基本支出主要用于保障机关和下属事业单位在职人员工资福利、离退休人员费用以及日常\n" * 5
    doc = read_text(COPIED_FUNCTION_TABLE + prose + filler)
    text = doc.text
    paras = [text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.startswith("2022年度本年支出合计") and p.endswith("占42.94%。") for p in paras)


def test_pdf_copied_three_public_table_joins_its_header_cells_and_places_figures_by_its_sums():
    # the header one cell a line (因公出国 / （境）费 wrapped), under the kind of the figures
    header = ("合计\n因公出国\n（境）费\n公务用车购置及运行维护费\n公务接待费\n小计\n"
              "公务用车\n购置费\n公务用车\n运行维护费\n")
    text = ("财政拨款“三公”经费支出决算表\n编制单位：平江县应急管理局 单位：万元\n"
            "预算数\n" + header + "18.50 15.80 15.80 2.70\n"
            "决算数\n" + header + "16.67 0.00 14.62 0.00 14.62 2.05\n"
            "注：本表反映部门本年度“三公”经费支出预决算情况。\n")
    grid = _grid(text)
    assert grid[0] == ["预算数", "", "", "", "", ""]
    assert grid[1] == ["合计", "因公出国/（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"]
    assert grid[2] == ["", "", "小计", "公务用车/购置费", "公务用车/运行维护费", ""]
    # 18.50 = 15.80 + 2.70 leaves 因公出国（境）费 blank; 小计 15.80 is the running cost's
    assert grid[3] == ["18.50", "", "15.80", "", "15.80", "2.70"]
    assert grid[4][0] == "决算数"
    assert grid[7] == ["16.67", "0.00", "14.62", "0.00", "14.62", "2.05"]
    assert len(grid) == 8


def test_pdf_copied_tables_are_read_by_the_budget_stage():
    doc = document_from_text("平江县应急管理局2022年度部门决算\n" + COPIED_FUNCTION_TABLE)
    got = [(a.subject, a.code, a.fact.quantity.value) for a in doc.facts["amounts"]]
    # the figure pushed onto the next line, and the wrapped label rejoined
    assert got.count(("其他应急管理支出", "2240199", Decimal("5088400"))) == 2
    assert got.count(("机关事业单位基本养老保险缴费支出", "2080505", Decimal("2143000"))) == 2


# a 部门整体支出绩效自评表 copied out of a PDF viewer (hub_gaslhpj): one cell a line, merged cells
# once, blank cells gone, wrapped cells over several lines, a vertical heading a character a line,
# a page footer between two rows, the 偏差原因 column blank but in one row
PDF_SELF_EVALUATION = """附件：2022年度部门整体支出绩效自评表
－ 6 －
部门整体支出绩效自评表
单位：万元
年度预算
申请
全年预算数
（A）
全年执行数
（B）
分值
执行率
（B/A）
得分
年度资金总额
8,426.37
8,203.15
10
97.35%
9.74
按收入性质分：
其中：一般公共预算：
5,912.64
绩
效
指
标
一级指标
二级指标
三级指标
年度
指标值
实际
完成值
分值
得分
偏差原因分析及改进措施
产出指标
（53分）
数量指标
中小河流治理长度
≥12公里
12.6公里
5
5
新增高效节水灌溉
面积
0.8万亩
0.65万亩
5
4
中央资金下达较晚，
进度滞后。
质量指标
工程验收合格率
100%
100%
5
5
时效指标
汛前水毁修复完成
时限
2022年5月31
日前
2022年5月20
日
4
4
－ 7 －
效益指标
（27分）
可持续影响
指标
水利工程长效管护
机制
健全
已建立县乡村
三级管护机制
3
3
满意度指标
（10分）
服务对象满
意度指标
受益群众满意度
≥90%
93.5%
5
5
总分
100
98.74
注：1.预算执行率得分=执行率×10，最高不超过10分。
－ 8 －
"""


def test_a_self_evaluation_table_copied_out_of_a_pdf_viewer_is_read_by_its_column_kinds():
    source, (budget, table) = _tables(PDF_SELF_EVALUATION)
    assert budget == [["", "全年预算数\n（A）", "全年执行数\n（B）", "分值", "执行率\n（B/A）", "得分"],
                      ["年度资金总额", "8,426.37", "8,203.15", "10", "97.35%", "9.74"]]
    grid = [[c.replace("\n", "/") for c in row] for row in table]
    assert grid == [
        ["绩/效/指/标", "一级指标", "二级指标", "三级指标", "年度/指标值", "实际/完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["", "产出指标/（53分）", "数量指标", "中小河流治理长度", "≥12公里", "12.6公里", "5", "5", ""],
        ["", "", "", "新增高效节水灌溉/面积", "0.8万亩", "0.65万亩", "5", "4", "中央资金下达较晚，/进度滞后。"],
        ["", "", "质量指标", "工程验收合格率", "100%", "100%", "5", "5", ""],
        ["", "", "时效指标", "汛前水毁修复完成/时限", "2022年5月31/日前", "2022年5月20/日", "4", "4", ""],
        # no value opens with a figure here: the name column's width (8 characters) ends the name
        ["", "效益指标/（27分）", "可持续影响/指标", "水利工程长效管护/机制", "健全", "已建立县乡村/三级管护机制", "3", "3", ""],
        ["", "满意度指标/（10分）", "服务对象满/意度指标", "受益群众满意度", "≥90%", "93.5%", "5", "5", ""],
        ["总分", "", "", "", "", "", "100", "98.74", ""],
    ]
    # the footers are no paragraphs; the lines between the two tables and the note stay prose
    paragraphs = [PDF_SELF_EVALUATION[b.start : b.end] for b in source.blocks if b.kind == "paragraph"]
    assert "－ 7 －" not in paragraphs and "－ 6 －" not in paragraphs
    assert paragraphs[-1].startswith("注：1.") and "5,912.64" in paragraphs


def test_a_self_evaluation_table_copied_out_of_a_pdf_viewer_is_read_by_the_indicator_stage():
    doc = document_from_text(PDF_SELF_EVALUATION)
    rows = [r for r in doc.facts["indicators"] if r.source == "table"]
    assert [(r.level1, r.level2, r.name, r.target_text, r.actual_text, r.weight, r.score) for r in rows] == [
        ("产出指标", "数量指标", "中小河流治理长度", "≥12公里", "12.6公里", Decimal("5"), Decimal("5")),
        ("产出指标", "数量指标", "新增高效节水灌溉面积", "0.8万亩", "0.65万亩", Decimal("5"), Decimal("4")),
        ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", Decimal("5"), Decimal("5")),
        ("产出指标", "时效指标", "汛前水毁修复完成时限", "2022年5月31日前", "2022年5月20日", Decimal("4"), Decimal("4")),
        ("效益指标", "可持续影响指标", "水利工程长效管护机制", "健全", "已建立县乡村三级管护机制", Decimal("3"), Decimal("3")),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.5%", Decimal("5"), Decimal("5")),
    ]
    assert [(t.kind, t.weight, t.score) for t in doc.facts["indicator_totals"]] == [
        ("预算执行情况", Decimal("10"), Decimal("9.74")), ("合计", Decimal("100"), Decimal("98.74"))]


def test_a_disclosure_table_of_bars_under_a_unit_line_is_read_by_its_own_header():
    # sh_putuo_czj's 收入决算表 pasted with bars: the PDF-copy reader, opened by 单位：万元, once met
    # rows none of whose tokens fitted its header and stopped the whole document on StopIteration;
    # the bars reader knows the table's own header now
    text = (
    "单位：万元\n"
    "项目 |  |  |  | 本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入\n"
    "支出功能分类 |  |  | 科目名称 |  |  |  |  |  |  | \n"
    "科目编码 |  |  |  |  |  |  |  |  |  | \n"
    "类 | 款 | 项 | 合计 | 2,946.25 | 2,940.05 |  |  |  |  | 6.20\n"
    "201 |  |  | 一般公共服务支出 | 2,112.86 | 2,106.66 |  |  |  |  | 6.20\n"
    "201 | 06 |  | 财政事务 | 2,112.86 | 2,106.66 |  |  |  |  | 6.20\n"
    "201 | 06 | 01 | 行政运行 | 1,511.90 | 1,511.89 |  |  |  |  | 0.01\n"
    "201 | 06 | 02 | 一般行政管理事务 | 16.19 | 10.00 |  |  |  |  | 6.19\n"
    "201 | 06 | 07 | 信息化建设 | 135.25 | 135.25 |  |  |  |  | \n"
    "201 | 06 | 08 | 财政委托业务支出 | 449.52 | 449.52 |  |  |  |  | \n"
    "208 |  |  | 社会保障和就业支出 | 326.72 | 326.72 |  |  |  |  | \n"
    "208 | 05 |  | 行政事业单位养老支出 | 326.72 | 326.72 |  |  |  |  | \n"
    "208 | 05 | 01 | 行政单位离退休 | 84.65 | 84.65 |  |  |  |  | \n"
    )
    source = read_text(text)
    (table,) = [block for block in source.blocks if block.rows]
    assert table.style == "bars" and len(table.rows) == 13
    assert [text[c.start:c.end] for c in table.rows[-1]] == [
        "208", "05", "01", "行政单位离退休", "84.65", "84.65", "", "", "", "", ""]


# sh_putuo_czj's 收入支出决算总表 pasted with bars and no |---| row: its header (项目 | 决算数) holds
# no indicator column word, so it was read as paragraphs before the reader knew disclosure headers
DISCLOSURE_BARS = (
    "收入支出决算总表\n"
    "单位：万元\n"
    "收入 |  | 支出 | \n"
    "项目 | 决算数 | 项目 | 决算数\n"
    "一、一般公共预算财政拨款收入 | 2,940.05 | 一、一般公共服务支出 | 2,106.66\n"
    "二、政府性基金预算财政拨款收入 |  | 二、外交支出 | \n"
    "八、其他收入 | 6.20 | 八、社会保障和就业支出 | 326.71\n"
    " |  | 九、卫生健康支出 | 60.99\n"
    "本年收入合计 | 2,946.25 | 本年支出合计 | 2,940.05\n"
)


def test_a_disclosure_table_in_bars_is_anchored_on_its_header_of_budget_column_words():
    source, (rows,) = _tables(DISCLOSURE_BARS)
    assert rows == [
        ["收入", "", "支出", ""],
        ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"],
        ["二、政府性基金预算财政拨款收入", "", "二、外交支出", ""],
        ["八、其他收入", "6.20", "八、社会保障和就业支出", "326.71"],
        ["", "", "九、卫生健康支出", "60.99"],
        ["本年收入合计", "2,946.25", "本年支出合计", "2,940.05"],
    ]
    assert [b.style for b in source.blocks if b.kind == "table"] == ["bars"]
    doc = document_from_text(DISCLOSURE_BARS)
    assert [(a.subject, a.fact.quantity.text, a.kind) for a in doc.facts["amounts"]] == [
        ("一般公共预算财政拨款收入", "2,940.05", "决算数"), ("一般公共服务支出", "2,106.66", "决算数"),
        ("其他收入", "6.20", "决算数"), ("社会保障和就业支出", "326.71", "决算数"),
        ("卫生健康支出", "60.99", "决算数"), ("本年收入合计", "2,946.25", "决算数"),
        ("本年支出合计", "2,940.05", "决算数"),
    ]


def test_a_space_aligned_disclosure_table_keeps_a_wrapped_header_word_alone_on_its_line():
    # the 支出决算表 of the same report as a text export lays it out: 科目编码, the rest of the
    # 支出功能分类科目编码 cell, stands alone at the left margin and must not cut the table in two
    text = (
        "支出决算表\n"
        "单位：万元\n"
        "项目                                           本年支出合计  基本支出  项目支出\n"
        "支出功能分类  科目名称\n"
        "科目编码\n"
        "类   款  项  合计                              2,940.05      2,336.91  603.14\n"
        "201          一般公共服务支出                  2,106.66      1,503.52  603.14\n"
        "201  06      财政事务                          2,106.66      1,503.52  603.14\n"
        "201  06  01  行政运行                          1,511.89      1,503.52  8.37\n"
        "201  06  02  一般行政管理事务                  10.00                   10.00\n"
    )
    source, (rows,) = _tables(text)
    assert rows == [
        ["项目", "", "", "", "本年支出合计", "基本支出", "项目支出"],
        ["支出功能分类", "", "", "科目名称", "", "", ""],
        ["科目编码", "", "", "", "", "", ""],
        ["类", "款", "项", "合计", "2,940.05", "2,336.91", "603.14"],
        ["201", "", "", "一般公共服务支出", "2,106.66", "1,503.52", "603.14"],
        ["201", "06", "", "财政事务", "2,106.66", "1,503.52", "603.14"],
        ["201", "06", "01", "行政运行", "1,511.89", "1,503.52", "8.37"],
        ["201", "06", "02", "一般行政管理事务", "10.00", "", "10.00"],
    ]
    assert [text[b.start : b.end] for b in source.blocks if b.kind == "paragraph"] == ["支出决算表", "单位：万元"]


@pytest.mark.parametrize("text", [
    # header words of a budget, but none names a column alone (项目, 科目名称, 决算数, 合计): prose
    "收入  支出  结余\n本年收入合计  1163.82万元  0\n",
    # a figure in the row: a row of the table, never its header
    "项目 | 决算数 | 2,940.05\n合计 | 1 | 2\n",
])
def test_lines_of_budget_words_without_a_header_of_column_names_stay_paragraphs(text):
    assert {b.kind for b in read_text(text).blocks} == {"paragraph"}


def test_a_pdf_copied_table_in_yuan_with_its_code_parted_by_level_reads_a_column_a_part():
    # sh_putuo_wanli's 收入预算总表 copied out of a PDF viewer: whole figures in 元 (2,976,800 has no
    # decimals), and under the header a line 类 款 项 that parts the code column, the rows giving
    # the code's parts apart (201 05 06)
    text = (
        "2023年部门收入预算总表\n"
        "编制部门：上海市普陀区人民政府万里街道办事处单位：元\n"
        "项目 收入预算\n"
        "功能分类科目编码 功能分类科目名称 合计 财政拨款收入 事业收入 事业单位经营收入 其他收入\n"
        "类 款 项\n"
        "201 一般公共服务支出 2,976,800 2,976,800\n"
        "201 05 统计信息事务 627,600 627,600\n"
        "201 05 06 统计管理 26,300 26,300\n"
        "201 05 07 专项普查活动 601,300 601,300\n"
    )
    source, (rows,) = _tables(text)
    assert rows == [
        ["项目", "", "", "", "收入预算", "", "", "", ""],
        ["功能分类科目编码", "", "", "功能分类科目名称", "合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"],
        ["类", "款", "项", "", "", "", "", "", ""],
        ["201", "", "", "一般公共服务支出", "2,976,800", "2,976,800", "", "", ""],
        ["201", "05", "", "统计信息事务", "627,600", "627,600", "", "", ""],
        ["201", "05", "06", "统计管理", "26,300", "26,300", "", "", ""],
        ["201", "05", "07", "专项普查活动", "601,300", "601,300", "", "", ""],
    ]
    doc = document_from_text(text)
    assert sorted({(a.subject, a.code, a.fact.quantity.text) for a in doc.facts["amounts"]}) == [
        ("一般公共服务支出", "201", "2,976,800"), ("专项普查活动", "2010507", "601,300"),
        ("统计信息事务", "20105", "627,600"), ("统计管理", "2010506", "26,300"),
    ]


def test_a_pdf_copied_table_whose_code_header_wrapped_and_whose_levels_open_the_total_row_reads():
    # sh_putuo_czj's 支出决算表 copied out of a PDF viewer: the header 支出功能分类科目编码 wrapped
    # (科目编码 alone on the last header line), and 类 款 项 open the 合计 row; the columns are
    # those of the widest header line, with the code's three before the label
    text = (
        "支出决算表\n"
        "单位：万元\n"
        "项目 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出\n"
        "支出功能分类 科目名称\n"
        "科目编码\n"
        "类 款 项 合计 2,940.05 2,336.91 603.14\n"
        "201 一般公共服务支出 2,106.66 1,503.52 603.14\n"
        "201 06 财政事务 2,106.66 1,503.52 603.14\n"
        "201 06 01 行政运行 1,511.89 1,503.52 8.37\n"
    )
    source, (rows,) = _tables(text)
    assert rows == [
        ["", "", "", "项目", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["支出功能分类", "", "", "", "科目名称", "", "", "", "", ""],
        ["科目编码", "", "", "", "", "", "", "", "", ""],
        ["类", "款", "项", "", "", "", "", "", "", ""],
        ["", "", "", "合计", "2,940.05", "2,336.91", "603.14", "", "", ""],
        ["201", "", "", "一般公共服务支出", "2,106.66", "1,503.52", "603.14", "", "", ""],
        ["201", "06", "", "财政事务", "2,106.66", "1,503.52", "603.14", "", "", ""],
        ["201", "06", "01", "行政运行", "1,511.89", "1,503.52", "8.37", "", "", ""],
    ]
    doc = document_from_text(text)
    assert {(a.subject, a.code) for a in doc.facts["amounts"]} == {
        ("合计", None), ("一般公共服务支出", "201"), ("行政运行", "2010601"), ("财政事务", "20106")}


# --- indicator tables copied out of a PDF viewer a row a line ---------------------------------

_PDF_ROWS = (
    "（2024年度）\n"
    "项目名称 农村电子商务公共服务体系建设\n"
    "项目资金（万元） 年初预算数 全年执行数 分值 执行率 得分\n"
    "年度资金总额 380.00 361.57 10 95.15% 9.52\n"
    "一级指标 二级指标 三级指标 指标值及完成情况 分值 得分\n"
    "产出指标 数量指标 补贴企业户数 目标≥60户，实际68户 15 15\n"
    "质量指标 补贴资金审核准确率 目标100%，实际100% 15 15\n"
    "效益指标 社会效益指标 出口信用保险覆盖企业数增 目标≥10%，实际8.5% 10 8.5\n"
    "长率\n"
    "合计 100 98.36\n"
)


def _block_texts(text, block):
    return [[text[c.start : c.end] for c in row] for row in block.rows]


def test_pdf_copied_indicator_rows_are_placed_by_kind_with_merged_levels_left_empty():
    src = read_text(_PDF_ROWS)
    tables = [b for b in src.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert _block_texts(_PDF_ROWS, tables[0]) == [
        ["项目名称", "农村电子商务公共服务体系建设"],
        ["项目资金（万元）", "年初预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "380.00", "361.57", "10", "95.15%", "9.52"],
        ["一级指标", "二级指标", "三级指标", "指标值及完成情况", "分值", "得分"],
        ["产出指标", "数量指标", "补贴企业户数", "目标≥60户，实际68户", "15", "15"],
        ["", "质量指标", "补贴资金审核准确率", "目标100%，实际100%", "15", "15"],
        ["效益指标", "社会效益指标", "出口信用保险覆盖企业数增", "目标≥10%，实际8.5%", "10", "8.5"],
        ["合计", "", "", "", "100", "98.36"],
    ]


def test_pdf_copied_indicator_row_keeps_operator_and_unit_apart_and_a_wrapped_remark_joins():
    text = (
        "一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 偏差原因\n"
        "产出指标 数量指标 保障城市低保对象 ≥ 1800 人 1926 8 8\n"
        "特困人员集中供养 ≥ 420 人 398 8 7 部分集中供养对象因病亡故，\n"
        "新入住人员少于预期\n"
        "效益指标 社会效益指标 困难群众基本生活 定性 有效保障 有效保障 8 8\n"
        "合计 100 98.71\n"
    )
    (table,) = [b for b in read_text(text).blocks if b.kind == "table"]
    rows = _block_texts(text, table)
    assert rows[1] == ["产出指标", "数量指标", "保障城市低保对象", "≥", "1800", "人", "1926", "8", "8", ""]
    assert rows[2] == ["", "", "特困人员集中供养", "≥", "420", "人", "398", "8", "7", "部分集中供养对象因病亡故，"]
    # the remark's rest is its further span, joined when the text is cleaned
    assert [text[a:b] for a, b in table.rows[2][9].more] == ["新入住人员少于预期"]
    assert _cell_texts(text)[2][9] == "部分集中供养对象因病亡故，新入住人员少于预期"
    assert rows[3] == ["效益指标", "社会效益指标", "困难群众基本生活", "定性", "有效保障", "", "有效保障", "8", "8", ""]
    assert rows[4][0] == "合计" and rows[4][-3:] == ["100", "98.71", ""]


def test_prose_with_single_spaces_is_not_a_pdf_copied_table():
    text = "绩效目标 指标 完成情况 较好。\n本年度 完成 各项 工作 任务。\n"
    assert [b.kind for b in read_text(text).blocks] == ["paragraph"] * len(read_text(text).blocks)


# A 项目支出绩效自评表 in the grouped form (one cell a line, a blank line after each row) whose
# cells may be empty: an empty cell is a blank line too (项目资金（万元） / (blank) / 年初预算数, a
# 偏差原因分析 left empty before the row's closing blank), the header closes with a column word
# the vocabulary lacks (偏差原因分析), and the title runs into the 项目名称 row with no blank line.
GROUPED_EMPTY_CELLS = """项目支出绩效自评表
（2024年度）
项目名称
农村电子商务公共服务体系建设

主管部门
澄江市商务局
实施单位
澄江市电子商务服务中心

项目资金（万元）

年初预算数
全年执行数
分值
执行率
得分

年度资金总额
380.00
361.57
10
95.15%
9.52

绩效指标
指标类别
指标名称及指标值
实际完成值
分值
得分
偏差原因分析

产出指标-数量指标
电商从业人员培训人次：≥500人次
612人次
10
10


效益指标-经济效益指标
农村网络零售额增长率：≥15%
13.6%
10
8
受农产品价格下行影响，零售额增速低于预期

满意度指标-服务对象满意度指标
培训学员满意度：≥90%
94.5%
10
10


"""


def test_grouped_rows_with_empty_cells_end_where_the_next_row_can_start_and_keep_their_head():
    _, tables = _tables(GROUPED_EMPTY_CELLS)
    assert tables == [[
        ["项目名称", "农村电子商务公共服务体系建设", "", "", "", "", ""],
        ["主管部门", "澄江市商务局", "实施单位", "澄江市电子商务服务中心", "", "", ""],
        ["项目资金（万元）", "", "", "", "", "", ""],
        # the row of column words stands over the figures of the row below, one cell longer
        ["", "年初预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["年度资金总额", "380.00", "361.57", "10", "95.15%", "9.52", ""],
        ["绩效指标", "指标类别", "指标名称及指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
        ["", "产出指标-数量指标", "电商从业人员培训人次：≥500人次", "612人次", "10", "10", ""],
        ["", "效益指标-经济效益指标", "农村网络零售额增长率：≥15%", "13.6%", "10", "8", "受农产品价格下行影响，零售额增速低于预期"],
        ["", "满意度指标-服务对象满意度指标", "培训学员满意度：≥90%", "94.5%", "10", "10", ""],
    ]]


def test_grouped_rows_with_empty_cells_are_read_by_the_indicator_stage():
    rows = [r for r in document_from_text(GROUPED_EMPTY_CELLS).facts["indicators"] if r.source == "table"]
    assert [(r.project, r.level1, r.level2, r.name, r.target_text, r.actual_text) for r in rows] == [
        ("农村电子商务公共服务体系建设", "产出指标", "数量指标", "电商从业人员培训人次", "≥500人次", "612人次"),
        ("农村电子商务公共服务体系建设", "效益指标", "经济效益指标", "农村网络零售额增长率", "≥15%", "13.6%"),
        ("农村电子商务公共服务体系建设", "满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%", "94.5%"),
    ]


# A 项目绩效自评表 of a department (001) in the grouped form: its empty cells hold a full-width
# space (　), a figure may carry one (　10), and its last row ends with an empty remark before the
# closing blank line, so the row may end at either blank line: the one that fills 权重 and 得分.
GROUPED_BLANK_CELLS = """绩效指标（90分）
一级指标
二级指标
三级指标
指标性质
指标值
度量单位
完成值
权重
得分
未完成原因分析

产出指标
数量指标
代理非诉案件
≥
1
件
　
10
　10
　

代理重大行政案件、民商事诉讼案件
≥
2
件
　
20
20　
　

效益指标
社会效益指标
开展“八五”普法
定性
优良
其他

20
20


满意度指标
服务对象满意度指标
群众满意度
定性
优良
其他

30
30


"""


def test_grouped_rows_keep_figures_with_stray_spaces_and_the_last_row_fills_its_figure_columns():
    _, tables = _tables(GROUPED_BLANK_CELLS)
    assert [row[1:10] for row in tables[0][1:]] == [
        ["产出指标", "数量指标", "代理非诉案件", "≥", "1", "件", "", "10", "10"],
        ["", "", "代理重大行政案件、民商事诉讼案件", "≥", "2", "件", "", "20", "20"],
        ["效益指标", "社会效益指标", "开展“八五”普法", "定性", "优良", "其他", "", "20", "20"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "定性", "优良", "其他", "", "30", "30"],
    ]
    rows = [r for r in document_from_text(GROUPED_BLANK_CELLS).facts["indicators"] if r.source == "table"]
    assert [(r.level1, r.name, r.target_text, r.weight, r.score) for r in rows] == [
        ("产出指标", "代理非诉案件", "1", Decimal("10"), Decimal("10")),
        ("产出指标", "代理重大行政案件、民商事诉讼案件", "2", Decimal("20"), Decimal("20")),
        ("效益指标", "开展“八五”普法", "优良", Decimal("20"), Decimal("20")),
        ("满意度指标", "群众满意度", "优良", Decimal("30"), Decimal("30")),
    ]


# A disclosure table listed one cell a line (a phone's PDF view): a blank line ends each row and an
# empty cell is a blank line too; 收入 / 支出 over 项目 / 决算数 is a header over two rows.  The
# full rows' rhythm (four lines and a blank) gives the table; the title and unit lines above it,
# which follow with no blank line, are no part of it.
GROUPED_DISCLOSURE = """财政拨款收入支出决算总表
单位：万元
收入
支出

项目
决算数
项目
决算数

一、一般公共预算财政拨款
2,940.05
一、一般公共服务支出
2,106.66

二、政府性基金预算财政拨款

二、外交支出


三、国有资本经营预算财政拨款

三、社会保障和就业支出
326.72



四、卫生健康支出
60.99

本年收入合计
2,940.05
本年支出合计
2,940.05

说明：本表反映部门本年度财政拨款收支情况。
"""


def test_grouped_disclosure_table_is_read_by_the_rhythm_of_its_rows():
    source, tables = _tables(GROUPED_DISCLOSURE)
    assert [b.kind for b in source.blocks] == ["paragraph", "paragraph", "table", "paragraph"]
    assert tables == [[
        ["收入", "支出"],
        ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款", "2,940.05", "一、一般公共服务支出", "2,106.66"],
        ["二、政府性基金预算财政拨款", "", "二、外交支出", ""],
        ["三、国有资本经营预算财政拨款", "", "三、社会保障和就业支出", "326.72"],
        ["", "", "四、卫生健康支出", "60.99"],
        ["本年收入合计", "2,940.05", "本年支出合计", "2,940.05"],
    ]]


def test_grouped_disclosure_table_gives_its_amounts():
    amounts = document_from_text(GROUPED_DISCLOSURE).facts["amounts"]
    assert [(a.subject, a.code, a.kind, a.fact.quantity.value) for a in amounts] == [
        ("一般公共预算财政拨款", None, "决算数", Decimal("29400500.00")),
        ("一般公共服务支出", "201", "决算数", Decimal("21066600.00")),
        ("社会保障和就业支出", "208", "决算数", Decimal("3267200.00")),
        ("卫生健康支出", "210", "决算数", Decimal("609900.00")),
        ("本年收入合计", None, "决算数", Decimal("29400500.00")),
        ("本年支出合计", None, "决算数", Decimal("29400500.00")),
    ]


# The function table of a 决算 in that form: its 合计 row spans the code columns (类 款 项) and the
# name, so it is the label and a line for each column of figures (one empty); it stands under the
# header and over the full rows, its figures under theirs.
GROUPED_FUNCTION_TABLE = """支出决算表
单位：万元
科目编码
科目名称
本年支出合计
基本支出
项目支出

合计
2,940.05
2,336.91
603.14

201
一般公共服务支出
2,106.66
1,503.52
603.14

20106
财政事务
2,106.66
1,503.52
603.14

2010601
行政运行
1,511.89
1,503.52
8.37

2010602
一般行政管理事务
10.00

10.00

"""


def test_grouped_function_table_puts_the_total_row_figures_under_their_columns():
    _, tables = _tables(GROUPED_FUNCTION_TABLE)
    assert tables == [[
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["合计", "", "2,940.05", "2,336.91", "603.14"],
        ["201", "一般公共服务支出", "2,106.66", "1,503.52", "603.14"],
        ["20106", "财政事务", "2,106.66", "1,503.52", "603.14"],
        ["2010601", "行政运行", "1,511.89", "1,503.52", "8.37"],
        ["2010602", "一般行政管理事务", "10.00", "", "10.00"],
    ]]


# A 评分表 in the grouped form with a header over two rows: 评价情况 over 目标值 / 实际完成值, an
# empty cell after 评价情况 (a blank line that is no row's end) and 得分 merged down.  The first
# body row (决策（15分）, every column its own) is nine lines: so is the header's first row.
GROUPED_TWO_ROW_HEADER = """附件：项目绩效评价指标体系及评分表
一级指标
二级指标
三级指标
分值
指标解释
评分标准
评价情况

得分

目标值
实际完成值


决策（15分）
项目立项
立项依据充分性
3
项目立项是否符合国家法律法规、相关政策和发展规划
立项依据充分、与部门职责相符得3分；否则酌情扣分
充分
依据充分
3

立项程序规范性
2
项目是否按照规定程序申请设立
程序规范、材料齐全得2分；每发现1项不规范扣0.5分
规范
程序规范
2

产出（40分）
产出数量
资助参保人数
5
当年资助困难群众参保人数
完成目标值得满分；未完成的按完成比例计分
≥38000人
38,426人
5

注：满意度数据来源于评价组问卷调查。
"""


def test_grouped_header_over_two_rows_is_as_wide_as_the_first_body_row():
    _, tables = _tables(GROUPED_TWO_ROW_HEADER)
    assert tables[0][:3] == [
        ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "评价情况", "", "得分"],
        ["", "", "", "", "", "", "目标值", "实际完成值", ""],
        ["决策（15分）", "项目立项", "立项依据充分性", "3", "项目立项是否符合国家法律法规、相关政策和发展规划",
         "立项依据充分、与部门职责相符得3分；否则酌情扣分", "充分", "依据充分", "3"],
    ]
    rows = document_from_text(GROUPED_TWO_ROW_HEADER).facts["indicators"]
    assert [(r.level1, r.level2, r.name, r.target_text, r.actual_text, r.weight, r.score) for r in rows] == [
        ("决策", "项目立项", "立项依据充分性", "充分", "依据充分", Decimal("3"), Decimal("3")),
        ("决策", "项目立项", "立项程序规范性", "规范", "程序规范", Decimal("2"), Decimal("2")),
        ("产出", "产出数量", "资助参保人数", "≥38000人", "38,426人", Decimal("5"), Decimal("5")),
    ]


# 绩效指标 over 一级指标 / 二级指标 / 三级指标, its other cells empty: the header's first row opens
# with that label and two empty cells before its column words, its second row is as wide.
GROUPED_LABEL_OVER_LEVELS = """绩效指标


年度指标值
实际完成值
分值
得分
偏差原因分析及改进措施

一级指标
二级指标
三级指标






产出指标（50分）
数量指标
高标准农田建设面积
≥3.5万亩
3.62万亩
6
6


粮食播种面积
≥92万亩
92.8万亩
5
5


农村户厕改造数量
1500户
1320户
5
4.4
部分群众改厕意愿不强，剩余180户结转至2024年一季度实施

"""


def test_grouped_header_opening_with_a_label_over_the_levels():
    _, tables = _tables(GROUPED_LABEL_OVER_LEVELS)
    assert tables[0][:3] == [
        ["绩效指标", "", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级指标", "二级指标", "三级指标", "", "", "", "", ""],
        ["产出指标（50分）", "数量指标", "高标准农田建设面积", "≥3.5万亩", "3.62万亩", "6", "6", ""],
    ]
    rows = document_from_text(GROUPED_LABEL_OVER_LEVELS).facts["indicators"]
    assert [(r.level1, r.level2, r.name, r.target_text, r.actual_text, r.score) for r in rows] == [
        ("产出指标", "数量指标", "高标准农田建设面积", "≥3.5万亩", "3.62万亩", Decimal("6")),
        ("产出指标", "数量指标", "粮食播种面积", "≥92万亩", "92.8万亩", Decimal("5")),
        ("产出指标", "数量指标", "农村户厕改造数量", "1500户", "1320户", Decimal("4.4")),
    ]


# A 项目支出绩效自评表 copied out of a PDF viewer a row a line: the 项目名称 cell holds the code and
# the name apart by a space, the 主管部门 cell wrapped (its 局 on a line of its own), and the
# 年度总体目标 row is one long line that ends a sentence.  The head above the header still belongs
# to the table, so that its rows keep their project.
PDF_COPIED_HEAD = """2023年度项目支出绩效自评表
项目名称 52232422T000007315468 困难群众救助补助资金
主管部门 静宁县人力资源和社会保障 实施单位 静宁县就业服务中心
局
预算执行情况（万元） 资金性质 年初预算 全年预算 全年执行数 执行率 权重 得分
年度资金总额 320.00 386.40 386.40 100.00% 10 10
年度总体目标 落实城乡低保、特困人员救助供养、临时救助和流浪乞讨人员救助政策，做到应保尽保、应救尽救，救助资金及时足额社会化发放，切实保障困难群众基本生活。
一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分
产出指标 数量指标 开发乡村公益性岗位 ≥ 620 个 644 25 25
质量指标 岗位补贴发放准确率 ＝ 100 % 100 20 20
满意度指标 服务对象满意度指标 公益性岗位人员满意度 ≥ 90 % 95.6 25 25
合计 100 98
"""


def test_pdf_copied_rows_keep_a_head_with_a_wrapped_cell_and_a_long_goal():
    source, tables = _tables(PDF_COPIED_HEAD)
    assert [b.kind for b in source.blocks] == ["paragraph", "table"]
    assert tables[0][:4] == [
        ["项目名称", "52232422T000007315468 困难群众救助补助资金"],
        ["主管部门", "静宁县人力资源和社会保障", "实施单位", "静宁县就业服务中心"],
        ["局"],
        ["预算执行情况（万元）", "资金性质", "年初预算", "全年预算", "全年执行数", "执行率", "权重", "得分"],
    ]
    rows = document_from_text(PDF_COPIED_HEAD).facts["indicators"]
    assert [(r.project, r.project_code, r.level2, r.name, r.score) for r in rows] == [
        ("困难群众救助补助资金", "52232422T000007315468", "数量指标", "开发乡村公益性岗位", Decimal("25")),
        ("困难群众救助补助资金", "52232422T000007315468", "质量指标", "岗位补贴发放准确率", Decimal("20")),
        ("困难群众救助补助资金", "52232422T000007315468", "服务对象满意度指标", "公益性岗位人员满意度", Decimal("25")),
    ]


# A web page's disclosure tables copied as text: every cell on a line of its own, no blank line
# between rows, an empty cell an empty line, merged header cells given once, the table under its
# unit line.  A row is only known by counting cells: the width is the one whose rows keep each
# column of one kind, and a header of more cells than that is over two rows.
CELL_LINE_INCOME_AND_SPENDING = """表1
部门收支总表
部门：某市某区农业农村局
单位：万元
收    入
支    出
项    目
预 算 数
项    目
预 算 数
一、一般公共预算拨款收入
2,386.45
一、社会保障和就业支出
268.37
二、政府性基金预算拨款收入

二、卫生健康支出
96.52
五、事业单位经营收入



六、其他收入
12.00


本年收入合计
2,398.45
本年支出合计
2,398.45
收  入  总  计
2,398.45
支  出  总  计
2,398.45
二、部门收入预算情况
2024年收入预算2,398.45万元，其中：一般公共预算拨款收入2,386.45万元，占99.50%；其他收入12.00万元，占0.50%，为局机关本级农产品检验检测服务收入。
"""


def _cell_table(text: str) -> list[list[tuple[str, tuple[int, int] | None]]]:
    tables = [b for b in read_text(text).blocks if b.kind == "table"]
    assert len(tables) == 1
    return [[(text[c.start : c.end], c.merged_from) for c in row] for row in tables[0].rows]


def test_cell_line_disclosure_table_is_as_wide_as_its_rows_under_groups_of_the_header():
    rows = _cell_table(CELL_LINE_INCOME_AND_SPENDING)
    assert [[t for t, _ in row] for row in rows] == [
        ["收    入", "", "支    出", ""],
        ["项    目", "预 算 数", "项    目", "预 算 数"],
        ["一、一般公共预算拨款收入", "2,386.45", "一、社会保障和就业支出", "268.37"],
        ["二、政府性基金预算拨款收入", "", "二、卫生健康支出", "96.52"],
        ["五、事业单位经营收入", "", "", ""],
        ["六、其他收入", "12.00", "", ""],
        ["本年收入合计", "2,398.45", "本年支出合计", "2,398.45"],
        ["收  入  总  计", "2,398.45", "支  出  总  计", "2,398.45"],
    ]
    assert [m for _, m in rows[0]] == [None, (0, 0), None, (0, 2)]


def test_cell_line_disclosure_table_gives_its_amounts():
    amounts = document_from_text(CELL_LINE_INCOME_AND_SPENDING).facts["amounts"]
    table = [(a.subject, a.kind, a.fact.quantity.value) for a in amounts if a.fact.row is not None]
    assert ("一般公共预算拨款收入", "预算数", Decimal("23864500.00")) in table
    assert ("卫生健康支出", "预算数", Decimal("965200.00")) in table
    assert ("其他收入", "预算数", Decimal("120000.00")) in table


# 科目 over 科目编码 / 科目名称 beside 合计 / 基本支出 / 项目支出 that span both header rows; the
# 合计 row leaves the code empty.
CELL_LINE_SPENDING = """表3
部门支出总表
单位：万元
科    目
合计
基本支出
项目支出
科目编码
科目名称

合    计
2,398.45
1,356.45
1,042.00
208
社会保障和就业支出
268.37
268.37

213
农林水支出
1,931.82
889.82
1,042.00
四、财政拨款收支预算总体情况
2024年财政拨款收、支总计均为2,386.45万元。与2023年相比，财政拨款收、支总计各增加130.15万元，增长5.77%。
"""


def test_cell_line_disclosure_header_with_a_group_over_the_code_and_name():
    rows = _cell_table(CELL_LINE_SPENDING)
    assert [[t for t, _ in row] for row in rows] == [
        ["科    目", "", "合计", "基本支出", "项目支出"],
        ["科目编码", "科目名称", "", "", ""],
        ["", "合    计", "2,398.45", "1,356.45", "1,042.00"],
        ["208", "社会保障和就业支出", "268.37", "268.37", ""],
        ["213", "农林水支出", "1,931.82", "889.82", "1,042.00"],
    ]
    assert [m for _, m in rows[1]] == [None, None, (0, 2), (0, 3), (0, 4)]


# A 三公经费表: the group (公务用车购置及运行维护费) stands between cells that span both rows, its
# 小计 first under it; the first row's label (2023年预算数) has no header word.
CELL_LINE_THREE_PUBLIC = """表7
“三公”经费财政拨款预算表
单位：万元
项    目
合    计
因公出国（境）费
公务用车购置及运行维护费
公务接待费
小计
公务用车购置费
公务用车运行费
2023年预算数
10.50

7.00

7.00
3.50
2024年预算数
9.00
0.00
6.20
0.00
6.20
2.80
九、政府性基金预算支出情况
2024年本部门无使用政府性基金预算拨款安排的支出，政府性基金预算支出预算表为空表。
"""


def test_cell_line_disclosure_header_with_a_group_between_cells_over_both_rows():
    rows = _cell_table(CELL_LINE_THREE_PUBLIC)
    assert [[t for t, _ in row] for row in rows] == [
        ["项    目", "合    计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"],
        ["", "", "", "小计", "公务用车购置费", "公务用车运行费", ""],
        ["2023年预算数", "10.50", "", "7.00", "", "7.00", "3.50"],
        ["2024年预算数", "9.00", "0.00", "6.20", "0.00", "6.20", "2.80"],
    ]
    assert [m for _, m in rows[0]] == [None, None, None, None, (0, 3), (0, 3), None]


# a 自评表 a web site's template printed one labelled record per row, records apart by a blank line
RECORDS = """附件：项目支出绩效自评表
项目名称：城乡客运一体化补贴
项目编码：430200230000000012533
主管部门：株洲市交通运输局
预算执行情况（单位：万元）
年初预算数：2,400.00
全年执行数：2,286.50
执行率：95.27%
分值：10
得分：9.53

一级指标：产出指标
二级指标：数量指标
三级指标：开通城乡公交线路
指标值：≥120条
完成值：126条
权重：10
得分：10
偏差原因分析：

三级指标：补贴资金兑付及时率
指标值：≥95%
完成值：92.8%
权重：5
得分：4
偏差原因分析：部分补贴延至次年1月兑付。

一级指标：满意度指标
二级指标：服务对象满意度指标
三级指标：乘客满意度
指标值：≥90%
完成值：92.5%
权重：10
得分：10
偏差原因分析：

总分：100　　自评得分：98.53
株洲市交通运输局
"""


def test_labelled_records_become_a_table_whose_header_is_their_labels():
    """Labels in the order first seen; a label missing from a record (a level given only when it
    changes) an empty cell; the 预算执行情况 line over the budget's record heads its table; the
    closing 总分 line the indicators' total row; the project's head lines stay paragraphs."""
    source, tables = _tables(RECORDS)
    assert tables == [
        [["预算执行情况（单位：万元）", "年初预算数", "全年执行数", "执行率", "分值", "得分"],
         ["", "2,400.00", "2,286.50", "95.27%", "10", "9.53"]],
        [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分", "偏差原因分析"],
         ["产出指标", "数量指标", "开通城乡公交线路", "≥120条", "126条", "10", "10", ""],
         ["", "", "补贴资金兑付及时率", "≥95%", "92.8%", "5", "4", "部分补贴延至次年1月兑付。"],
         ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "92.5%", "10", "10", ""],
         ["总分", "100", "自评得分", "98.53"]],
    ]
    assert [RECORDS[b.start : b.end] for b in source.blocks if b.kind != "table"] == [
        "附件：项目支出绩效自评表", "项目名称：城乡客运一体化补贴", "项目编码：430200230000000012533",
        "主管部门：株洲市交通运输局", "株洲市交通运输局"]


def test_label_lines_that_are_no_header_words_stay_paragraphs():
    text = ("发布时间：2024-06-14 10:32　　信息来源：株洲市交通运输局\n"
            "项目名称：农村公路养护补助资金\n项目编码：430200230000000012487\n实施单位：株洲市公路建设养护中心\n\n"
            "联系人：张三\n联系电话：0731-12345678\n")
    source, tables = _tables(text)
    assert tables == []
    assert len(source.blocks) == 6


# --- disclosure tables of a 部门决算 copied out of a PDF viewer (dv_zy_sthj) ----------------------

# a 收支总表 with 行次: each side label, line number, figure; the 栏次 line numbers the columns and
# names none; rows whose 收入 side is blank keep its line number (9 九、卫生健康支出 40 612,345.60)
PDF_COPIED_TOTALS = (
    "收入支出决算总表\n"
    "部门：遵义市生态环境局(本级)                    金额单位：元\n"
    "收入 支出\n"
    "项目 行次 金额 项目 行次 金额\n"
    "栏次 1 栏次 2\n"
    "一、一般公共预算财政拨款收入 1 23,108,952.97 一、一般公共服务支出 32\n"
    "八、其他收入 8 186,400.00 八、社会保障和就业支出 39 1,857,072.00\n"
    "9 九、卫生健康支出 40 612,345.60\n"
    "本年收入合计 17 23,295,352.97 本年支出合计 48 23,620,352.97\n"
    "注：本表反映部门本年度的总收支和年末结转结余情况。\n"
)


def test_a_pdf_copied_table_with_line_numbers_reads_them_as_a_column_and_drops_the_column_numbers():
    source, (rows,) = _tables(PDF_COPIED_TOTALS)
    assert rows == [
        ["收入", "", "", "支出", "", ""],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["一、一般公共预算财政拨款收入", "1", "23,108,952.97", "一、一般公共服务支出", "32", ""],
        ["八、其他收入", "8", "186,400.00", "八、社会保障和就业支出", "39", "1,857,072.00"],
        ["", "9", "", "九、卫生健康支出", "40", "612,345.60"],
        ["本年收入合计", "17", "23,295,352.97", "本年支出合计", "48", "23,620,352.97"],
    ]


# a 收入决算表 after it: the figures' columns named on the first header line (项目 本年收入合计 …),
# the code's and label's on the next, 类 款 项 under them, then 栏次; the code in three columns
PDF_COPIED_INCOME = (
    "收入决算表\n"
    "部门：遵义市生态环境局(本级)                    金额单位：元\n"
    "项目 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入\n"
    "功能分类科目编码 科目名称\n"
    "类 款 项\n"
    "栏次 1 2 3 4 5 6\n"
    "合计 19,721,215.37 19,534,815.37 186,400.00\n"
    "211 节能环保支出 19,721,215.37 19,534,815.37 186,400.00\n"
    "211 01 环境保护管理事务 12,056,215.37 11,869,815.37 186,400.00\n"
    "211 01 01 行政运行 8,436,215.37 8,436,215.37\n"
    "211 01 02 一般行政管理事务 3,620,000.00 3,433,600.00 186,400.00\n"
    "211 03 污染防治 7,665,000.00 7,665,000.00\n"
    "211 03 02 水体 7,665,000.00 7,665,000.00\n"
    "注：本表反映部门本年度取得的各项收入情况。\n"
)


def test_a_pdf_copied_table_whose_code_and_label_are_named_under_the_figures_header_reads():
    # alone, nothing in the table tells which later column 186,400.00 stands in: the first
    source, (rows,) = _tables(PDF_COPIED_INCOME)
    assert rows[:4] == [
        ["", "", "", "项目", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        ["功能分类科目编码", "", "", "科目名称", "", "", "", "", "", "", ""],
        ["类", "款", "项", "", "", "", "", "", "", "", ""],
        ["", "", "", "合计", "19,721,215.37", "19,534,815.37", "186,400.00", "", "", "", ""],
    ]
    assert rows[7] == ["211", "01", "02", "一般行政管理事务", "3,620,000.00", "3,433,600.00", "186,400.00", "", "", "", ""]
    doc = document_from_text(PDF_COPIED_INCOME)
    assert ("一般行政管理事务", "2110102", Decimal("3620000.00")) in {
        (a.subject, a.code, a.fact.quantity.value) for a in doc.facts["amounts"]}


def test_a_figure_whose_column_the_sums_leave_open_goes_where_an_earlier_table_names_it():
    # after the 收支总表 (八、其他收入 8 186,400.00), 186,400.00 is 其他收入 all the way down
    text = PDF_COPIED_TOTALS + PDF_COPIED_INCOME
    source, (_, rows) = _tables(text)
    assert rows[3] == ["", "", "", "合计", "19,721,215.37", "19,534,815.37", "", "", "", "", "186,400.00"]
    assert rows[7] == ["211", "01", "02", "一般行政管理事务", "3,620,000.00", "3,433,600.00", "", "", "", "", "186,400.00"]
    assert rows[8] == ["211", "03", "", "污染防治", "7,665,000.00", "7,665,000.00", "", "", "", "", ""]


def test_a_pdf_copied_table_whose_rows_leave_their_own_columns_open_is_placed_by_the_rows_below():
    # 支出决算表: 3 figures of 6 columns in the 款 row; 3,620,000.00 of 一般行政管理事务 is what
    # 环境保护管理事务 spends beyond 行政运行's 基本支出: its 项目支出
    text = (
        "支出决算表\n"
        "部门：遵义市生态环境局(本级)                    金额单位：元\n"
        "项目 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出\n"
        "功能分类科目编码 科目名称\n"
        "类 款 项\n"
        "栏次 1 2 3 4 5 6\n"
        "合计 12,056,215.37 8,436,215.37 3,620,000.00\n"
        "211 节能环保支出 12,056,215.37 8,436,215.37 3,620,000.00\n"
        "211 01 环境保护管理事务 12,056,215.37 8,436,215.37 3,620,000.00\n"
        "211 01 01 行政运行 8,436,215.37 8,436,215.37\n"
        "211 01 02 一般行政管理事务 3,620,000.00 3,620,000.00\n"
    )
    source, (rows,) = _tables(text)
    assert rows[-2] == ["211", "01", "01", "行政运行", "8,436,215.37", "8,436,215.37", "", "", "", ""]
    assert rows[-1] == ["211", "01", "02", "一般行政管理事务", "3,620,000.00", "", "3,620,000.00", "", "", ""]


def test_a_pdf_copied_table_run_over_a_page_footer_with_its_header_again_is_one_table():
    text = (
        "一般公共预算财政拨款支出决算表\n"
        "部门：遵义市生态环境局(本级)                    金额单位：元\n"
        "项目 本年支出\n"
        "功能分类科目编码 科目名称 合计 基本支出 项目支出\n"
        "类 款 项\n"
        "栏次 1 2 3\n"
        "合计 9,046,287.60 9,046,287.60\n"
        "210 卫生健康支出 612,345.60 612,345.60\n"
        "210 11 01 行政单位医疗 612,345.60 612,345.60\n"
        "第 7 页 共 17 页\n"
        "项目 本年支出\n"
        "功能分类科目编码 科目名称 合计 基本支出 项目支出\n"
        "类 款 项\n"
        "栏次 1 2 3\n"
        "211 节能环保支出 8,433,942.00 8,433,942.00\n"
        "211 01 01 行政运行 8,433,942.00 8,433,942.00\n"
        "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。\n"
    )
    source, (rows,) = _tables(text)
    assert rows == [
        ["项目", "", "", "", "本年支出", "", ""],
        ["功能分类科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"],
        ["类", "款", "项", "", "", "", ""],
        ["", "", "", "合计", "9,046,287.60", "9,046,287.60", ""],
        ["210", "", "", "卫生健康支出", "612,345.60", "612,345.60", ""],
        ["210", "11", "01", "行政单位医疗", "612,345.60", "612,345.60", ""],
        ["211", "", "", "节能环保支出", "8,433,942.00", "8,433,942.00", ""],
        ["211", "01", "01", "行政运行", "8,433,942.00", "8,433,942.00", ""],
    ]
    assert "第 7 页" not in "".join(text[b.start : b.end] for b in source.blocks if b.kind == "paragraph")


def test_a_pdf_copied_three_public_table_with_its_header_a_row_a_line_and_parts_side_by_side():
    # 预算数 | 决算数 side by side, a header level a line, the columns numbered, then one line of
    # figures for both parts whose zero cells are gone: cut where each part adds up
    text = (
        "财政拨款“三公”经费支出决算表\n"
        "部门：遵义市生态环境局(本级)                    金额单位：元\n"
        "预算数 决算数\n"
        "合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费 合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费\n"
        "小计 公务用车购置费 公务用车运行维护费 小计 公务用车购置费 公务用车运行维护费\n"
        "1 2 3 4 5 6 7 8 9 10 11 12\n"
        "250,000.00 200,000.00 200,000.00 50,000.00 224,802.00 186,240.00 186,240.00 38,562.00\n"
        "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。\n"
    )
    grid = _grid(text)
    assert grid == [
        ["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""],
        ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"] * 2,
        ["", "", "小计", "公务用车购置费", "公务用车运行维护费", ""] * 2,
        ["250,000.00", "", "200,000.00", "", "200,000.00", "50,000.00",
         "224,802.00", "", "186,240.00", "", "186,240.00", "38,562.00"],
    ]
    doc = document_from_text("遵义市生态环境局2023年度部门决算\n" + text)
    got = {(a.subject, a.kind, a.fact.quantity.value) for a in doc.facts["amounts"]}
    assert ("公务用车运行维护费", "决算数", Decimal("186240.00")) in got
    assert ("公务接待费", "预算数", Decimal("50000.00")) in got


# --- indicator tables copied out of a PDF viewer a row a line: wrapped inner cells ---------------
#
# A long cell wraps in its column, and the copy gives the next part of every cell still going on,
# in column order, on the lines under its row; the parts join their cells (SourceCell.more), be the
# cell inner (a name, 指标解释, 评分标准) or the last of its row.


def _cell_texts(text):
    doc = document_from_text(text)
    return [[c.text for c in row] for b in doc.blocks if b.kind == "table" for row in b.rows]


def test_pdf_copied_indicator_rows_join_the_rest_of_a_wrapped_inner_cell():
    text = (
        "绩效指标（90分） 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析\n"
        "产出指标 数量指标 代理非诉案件（包括行政复 ≥ 1 件 10 \u300010\n"
        "议、仲裁、重大决策专项法\n"
        "律意见书等）\n"
        "代理重大行政案件、民商事 ≥ 2 件 20 20\u3000\n"
        "诉讼案件\n"
        "时效指标 解决案件期限 ≤ 6 月 10 10\u3000\n"
        "成本指标 经济成本指标 诉讼案件根据四川省发展和 ＝ 2 万元 10 10\u3000\n"
        "改革委员会 四川省司法厅\n"
        "关于规范律师法律服务收费\n"
        "非诉案件代理费/件 ＝ 1 万元 10 10\u3000\n"
        "合计 100 \u3000100\n"
    )
    rows = _cell_texts(text)
    # the unit the quantity parser knows goes to 度量单位, though 完成值 is blank and free
    assert rows[1][1:10] == ["产出指标", "数量指标", "代理非诉案件（包括行政复议、仲裁、重大决策专项法律意见书等）",
                             "≥", "1", "件", "", "10", "10"]
    assert rows[2][3] == "代理重大行政案件、民商事诉讼案件"
    assert rows[3][2:4] == ["时效指标", "解决案件期限"]
    # a cell with a blank in it: the line under its row has more parts than cells going on
    assert rows[4][3].replace(" ", "") == "诉讼案件根据四川省发展和改革委员会四川省司法厅关于规范律师法律服务收费"
    assert rows[5][3] == "非诉案件代理费/件"
    doc = document_from_text("案件代理项目绩效自评表\n" + text)
    names = [r.name for r in doc.facts["indicators"]]
    assert "代理非诉案件（包括行政复议、仲裁、重大决策专项法律意见书等）" in names
    assert "代理重大行政案件、民商事诉讼案件" in names


def test_pdf_copied_rows_under_a_header_whose_cell_spans_two_columns_named_on_the_line_below():
    # 评价情况 spans 目标值 and 实际完成值, named on the line under the header; the rows tell that it
    # is 评价情况 and not 评分标准 that they split.  指标解释 and 评分标准 wrap: their parts, two to a
    # line under the row, go each to its own cell, and a level closed by its score (决策（15分）),
    # as wide as its column, takes none
    text = (
        "一级指标 二级指标 三级指标 分值 指标解释 评分标准 评价情况 得分\n"
        "目标值 实际完成值\n"
        "决策（15分） 项目立项 立项依据充分性 3 项目立项是否符合国家法律 立项依据充分、与部门职责 充分 依据充分 3\n"
        "法规、相关政策和发展规划， 相符得3分；否则酌情扣分\n"
        "是否与部门职责范围相符\n"
        "过程（20分） 资金管理 资金到位率 3 实际到位资金/预算资金×10 到位率×分值 100% 100% 3\n"
        "0%\n"
        "产出（35分） 产出数量 资助参保人数 5 当年资助困难群众参加城乡 完成目标值得满分；未完成 ≥38000人 38,426人 5\n"
        "居民医保人数 的按完成比例计分\n"
        "门诊救助人次 4 当年实施门诊救助人次 完成目标值得满分；未完成 ≥18000人次 18,562人次 4\n"
        "的按完成比例计分\n"
        "合计 100 93.09\n"
    )
    rows = _cell_texts(text)
    assert rows[1] == ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "目标值", "实际完成值", "得分"]
    assert rows[2] == ["决策（15分）", "项目立项", "立项依据充分性", "3",
                       "项目立项是否符合国家法律法规、相关政策和发展规划，是否与部门职责范围相符",
                       "立项依据充分、与部门职责相符得3分；否则酌情扣分", "充分", "依据充分", "3"]
    assert rows[4] == ["产出（35分）", "产出数量", "资助参保人数", "5", "当年资助困难群众参加城乡居民医保人数",
                       "完成目标值得满分；未完成的按完成比例计分", "≥38000人", "38,426人", "5"]
    assert rows[5][2:8] == ["门诊救助人次", "4", "当年实施门诊救助人次", "完成目标值得满分；未完成的按完成比例计分",
                            "≥18000人次", "18,562人次"]


def test_pdf_copied_row_gives_the_rest_to_the_cell_that_wrapped_not_to_a_complete_level():
    # 效益指标-经济效益指标 runs as wide as its column but is a whole level; the value and the
    # remark went on
    text = (
        "绩效指标 指标类别 指标名称及指标值 实际完成值 分值 得分 偏差原因分析\n"
        "产出指标-数量指标 村级电商服务站点建设数： 42个 10 10\n"
        "≥40个\n"
        "效益指标-经济效益指标 农村网络零售额增长率：≥1 13.6% 10 8 受农产品价格下行影响，零\n"
        "5% 售额增速低于预期\n"
        "效益指标-社会效益指标 带动农村就业人数：≥300人 326人 10 10\n"
        "合计 100 87.52\n"
    )
    rows = _cell_texts(text)
    assert rows[1][1:6] == ["产出指标-数量指标", "村级电商服务站点建设数：≥40个", "42个", "10", "10"]
    assert rows[2][1] == "效益指标-经济效益指标"
    assert rows[2][2].startswith("农村网络零售额增长率：≥1") and rows[2][2].endswith("5%")
    assert rows[2][6] == "受农产品价格下行影响，零售额增速低于预期"


# --- pdftotext -layout prose: a left margin, indented first lines, a width in characters ---------

# a page of a 自评报告 as pdftotext -layout gives it: every line two spaces in, a paragraph's first
# line six, the lines broken at a fixed width (a figure and a clause split), a footer and a running
# title over the page break
LAYOUT_PROSE = (
    "                  上饶市广信区卫生健康委员会\n"
    "                2023年度部门整体支出绩效自评报告\n"
    "\n"
    "  二、部门预算执行情况\n"
    "      2023年度我委年初预算5,862.37万元，其中基本支出2,318.45万元、项目支出3,\n"
    "  543.92万元；年中追加调整后全年预算7,415.62万元，其中基本支出2,406.93万元、\n"
    "  项目支出5,008.69万元。全年实际执行7,206.18万元，其中基本支出2,406.93万元、\n"
    "  项目支出4,799.25万元，预算执行率97.18%。未执行的209.44万元主要为基层医疗卫\n"
    "  生机构能力提升项目尾款，因工程未完成竣工结算，已按规定结转下年使用。\n"
    "  三、绩效目标完成情况\n"
    "    （一）产出指标完成情况\n"
    "      3.时效指标。各项资金按进度拨付，资金拨付及时率96.1%。全年\n"
    "  妥善处置突发公共卫生事件3起，处置及时率100%。\n"
    "\n"
    "                                   — 1 —\n"
    "\f                                  广信区卫生健康委员会2023年度部门整体支出绩效自评报告\n"
    "\n"
    "      4.成本指标。基本公共卫生服务经费按人均89元标准足额落实，“三公”经费支\n"
    "  出控制在预算范围以内。\n"
    "      2.社会效益。全区孕产妇死亡率为0；婴儿死亡率2.31‰，\n"
    "  较上年下降0.42个千分点。居民健康素养水平31.46%，较上年提高2.15个百分点。\n"
    "      （二）预算执行进度不均衡。项目资金集中在第四季度拨付，上半年支出进度偏\n"
    "  慢，部分项目资金结转下年。\n"
    "\n"
    "                                   — 2 —\n"
    "\f                                  广信区卫生健康委员会2023年度部门整体支出绩效自评报告\n"
)


def _paragraphs_of(text):
    return [text[b.start : b.end].strip() for b in read_text(text).blocks if b.kind == "paragraph"]


def test_layout_prose_joins_the_lines_below_an_indented_first_line_at_the_margin():
    paragraphs = _paragraphs_of(LAYOUT_PROSE)
    # the margin is no indent: the lines at it go on the paragraph their indented first line opened
    assert paragraphs[3].startswith("2023年度我委年初预算") and paragraphs[3].endswith("已按规定结转下年使用。")
    assert paragraphs[3].count("\n") == 4
    # a line short of the width that did not end its sentence goes on: the next is at the margin
    assert paragraphs[6].replace("\n  ", "") == "3.时效指标。各项资金按进度拨付，资金拨付及时率96.1%。全年妥善处置突发公共卫生事件3起，处置及时率100%。"
    assert paragraphs[8].replace("\n  ", "") == "2.社会效益。全区孕产妇死亡率为0；婴儿死亡率2.31‰，较上年下降0.42个千分点。居民健康素养水平31.46%，较上年提高2.15个百分点。"


def test_layout_prose_keeps_headings_titles_and_page_furniture_apart():
    paragraphs = _paragraphs_of(LAYOUT_PROSE)
    # a centred title of two lines is not a paragraph's first line and its margin
    assert paragraphs[:3] == ["上饶市广信区卫生健康委员会", "2023年度部门整体支出绩效自评报告", "二、部门预算执行情况"]
    assert paragraphs[4:6] == ["三、绩效目标完成情况", "（一）产出指标完成情况"]
    assert paragraphs[7].replace("\n  ", "") == "4.成本指标。基本公共卫生服务经费按人均89元标准足额落实，“三公”经费支出控制在预算范围以内。"
    assert paragraphs[9].replace("\n  ", "") == "（二）预算执行进度不均衡。项目资金集中在第四季度拨付，上半年支出进度偏慢，部分项目资金结转下年。"
    assert not any("— 1 —" in p or "自评报告" in p for p in paragraphs[3:])
    assert len(paragraphs) == 10


def test_layout_prose_block_is_one_span_cleaned_whole_with_offsets_to_the_text():
    doc = document_from_text(LAYOUT_PROSE)
    block = next(b for b in doc.blocks if "543.92" in b.text)
    # the line break and the margin inside the paragraph are dropped, inside a figure too
    assert "项目支出3,543.92万元；年中追加调整后全年预算7,415.62万元" in block.text
    assert "未执行的209.44万元主要为基层医疗卫生机构能力提升项目尾款" in block.text
    at = doc.text.index("3,543.92万元")
    start, end = doc.offsets.span_to_source(at, at + len("3,543.92万元"))
    assert LAYOUT_PROSE[start:end] == "3,\n  543.92万元"
    at = doc.text.index("全年妥善处置")
    start, end = doc.offsets.span_to_source(at, at + len("全年妥善处置"))
    assert LAYOUT_PROSE[start:end] == "全年\n  妥善处置"


def test_layout_prose_hanging_items_broken_after_a_closing_bracket_go_on():
    # a budget's items keep their number's indent on every line; a full line ending in （项） is not
    # a heading when the next line is no item
    lines = [
        "    （三）一般公共预算当年拨款具体使用情况",
        "        1.教育支出（类）教育管理事务（款）行政运行（项）2025年预算数为586.42万元，",
        "        比2024年预算数增加32.18万元，增长5.81%。主要原因是人员变动及基本工资调标。主要",
        "        用于局机关在职人员工资福利和日常运转。",
        "        2.教育支出（类）教育管理事务（款）其他教育管理事务支出（项）2025年预算数为",
        "        213.60万元，比2024年预算数减少46.40万元，下降21.72%。主要原因是教育信息化运维",
        "        项目压减。",
        "        3.教育支出（类）普通教育（款）学前教育（项）2025年预算数为2,145.30万元，比",
        "        2024年预算数增加305.30万元，增长16.59%。主要原因是新增公办幼儿园保教费减免补助。",
        "        4.教育支出（类）普通教育（款）小学教育（项）2025年预算数为16,420.56万元，",
        "        比2024年预算数增加820.56万元，增长5.26%。主要原因是教师绩效工资标准调整。",
        "        5.教育支出（类）普通教育（款）初中教育（项）2025年预算数为11,268.90万元，",
        "        比2024年预算数增加468.90万元，增长4.34%。主要原因是教师绩效工资标准调整。",
        "        6.教育支出（类）教育费附加安排的支出（款）其他教育费附加安排的支出（项）",
        "        2025年预算数为4,325.40万元，比2024年预算数减少174.60万元，下降3.88%。主要原因",
        "        是部分校舍维修改造项目已于上年完工。",
        "        7.文化旅游体育与传媒支出（类）体育（款）群众体育（项）2025年预算数为",
        "        185.00万元，与上年预算持平，主要用于全民健身活动和区级体育赛事组织。",
    ]
    text = "\n".join(lines) + "\n"
    paragraphs = _paragraphs_of(text)
    assert [p[:2] for p in paragraphs] == ["（三", "1.", "2.", "3.", "4.", "5.", "6.", "7."]
    assert paragraphs[6].endswith("是部分校舍维修改造项目已于上年完工。")
    doc = document_from_text(text)
    assert doc.blocks[6].text == ("6.教育支出（类）教育费附加安排的支出（款）其他教育费附加安排的支出（项）2025年预算数为"
                                  "4,325.40万元，比2024年预算数减少174.60万元，下降3.88%。主要原因是部分校舍维修改造项目已于上年完工。")


def test_layout_prose_usual_width_counted_in_characters():
    # pdftotext gives every glyph one column: a line holding figures is as many characters as the
    # others (40), not as many display columns (70 to 74)
    lines = [
        "      本部门内设办公室、规划财务股、医政医管股、基层卫生健康股、疾病预防控",
        "  制股等11个股室，纳入2023年度部门决算编制范围的二级单位共27个，其中区",
        "  人民医院1个、区中医院1个、区妇幼保健院1个、区疾病预防控制中心1个、乡镇卫",
        "  生院22个、区卫生健康综合监督执法局1个，另有下属事业单位事业编制1,426",
        "  名，实有在职人员1,318人，行政编制18名，实有在职人员16人，离退休人员",
        "  共计312人，其中离休人员3人。",
        "    （三）部门整体支出绩效目标",
    ]
    text = "\n".join(lines) + "\n"
    assert _paragraphs_of(text)[1] == "（三）部门整体支出绩效目标"
    assert len(_paragraphs_of(text)) == 2
    assert document_from_text(text).blocks[0].text == (
        "本部门内设办公室、规划财务股、医政医管股、基层卫生健康股、疾病预防控制股等11个股室，纳入2023年度部门"
        "决算编制范围的二级单位共27个，其中区人民医院1个、区中医院1个、区妇幼保健院1个、区疾病预防控制中心1个、"
        "乡镇卫生院22个、区卫生健康综合监督执法局1个，另有下属事业单位事业编制1,426名，实有在职人员1,318人，"
        "行政编制18名，实有在职人员16人，离退休人员共计312人，其中离休人员3人。")


# --- disclosure tables (部门预算) as pdftotext -layout gives them ------------------------------
# Columns aligned by runs of spaces, header words spaced out over their cells (合    计), headers
# over two or three lines, blank lines between header, body and totals, long labels wrapped onto
# lines of their own (one centred over three lines, its figures on the middle one), a table going
# on past a page break with its header repeated under 表5（续）.

LAYOUT_INCOME_TABLE = (
    "  表2\n"
    "                                                部门收入总表\n"
    "                                                                                                  单位：万元\n"
    "\n"
    "        科    目                                                                                 本 年 收 入\n"
    "                                             合  计    上年结转    一般公共预算    政府性基金    事业收入    其他收入\n"
    "  科目编码  科目名称                                                   拨款收入  预算拨款收入\n"
    "\n"
    "            合计                          44,316.85      400.00       40,905.62                  2,860.00      151.23\n"
    "  205       教育支出                      38,371.41      400.00       34,960.18                  2,860.00      151.23\n"
    "  207       文化旅游体育与传媒支出           653.50                      653.50\n"
    "\n"
    "\n"
    "  注：本部门2025年无政府性基金预算拨款收入和国有资本经营预算拨款收入。\n"
)


def test_pdftotext_layout_disclosure_table_reads_its_three_header_lines_and_its_body_past_a_blank_line():
    source, (rows,) = _tables(LAYOUT_INCOME_TABLE)
    # 合  计 on the middle header line spans the header's height; 拨款收入 is the rest of 一般公共预算
    assert rows[2] == ["科目编码", "科目名称", "合  计", "上年结转", "拨款收入", "预算拨款收入", "事业收入", "其他收入"]
    assert rows[1][2:6] == ["合  计", "上年结转", "一般公共预算", "政府性基金"]
    assert rows[0][2] == "合  计"
    assert rows[3:] == [
        ["", "合计", "44,316.85", "400.00", "40,905.62", "", "2,860.00", "151.23"],
        ["205", "教育支出", "38,371.41", "400.00", "34,960.18", "", "2,860.00", "151.23"],
        ["207", "文化旅游体育与传媒支出", "653.50", "", "653.50", "", "", ""],
    ]
    # the note after the table, its title and unit above it stay paragraphs
    assert [b.kind for b in source.blocks] == ["paragraph", "paragraph", "paragraph", "table", "paragraph"]


def test_pdftotext_layout_disclosure_table_is_read_by_the_budget_stage():
    doc = document_from_text("                          宜宾市翠屏区教育和体育局2025年部门预算\n\n" + LAYOUT_INCOME_TABLE)
    got = {(a.subject, a.code, a.fact.quantity.text, a.kind, a.scope) for a in doc.facts["amounts"]}
    assert ("教育支出", "205", "34,960.18", "预算数", "一般公共预算") in got
    assert ("教育支出", "205", "400.00", "结转结余", None) in got
    assert ("文化旅游体育与传媒支出", "207", "653.50", "预算数", None) in got


LAYOUT_TWO_SIDED = (
    "  收        入                                          支        出\n"
    "  项    目                                  预算数      项    目                                    预算数\n"
    "\n"
    "  一、一般公共预算拨款收入               40,905.62      一、教育支出                             38,371.41\n"
    "  二、政府性基金预算拨款收入                            二、文化旅游体育与传                        653.50\n"
    "                                                        媒支出\n"
    "  三、国有资本经营预算拨                                三、社会保障和就业支出                    2,414.83\n"
    "  款收入\n"
    "  四、事业收入                            2,860.00      四、卫生健康支出                            904.69\n"
    "\n"
    "          本年收入合计                   43,916.85              本年支出合计                     44,316.85\n"
    "          上年结转                          400.00              年末结转和结余\n"
    "\n"
    "          收  入  总  计                 44,316.85              支  出  总  计                   44,316.85\n"
)


def test_pdftotext_layout_two_sided_table_joins_labels_wrapped_in_either_column():
    source, (rows,) = _tables(LAYOUT_TWO_SIDED)
    table = next(b for b in source.blocks if b.kind == "table")
    cells = [["|".join(LAYOUT_TWO_SIDED[a:b] for a, b in ((c.start, c.end),) + c.more) for c in row] for row in table.rows]
    assert cells == [
        ["收        入", "", "支        出", ""],  # the sides' names, spread right by the budget stage
        ["项    目", "预算数", "项    目", "预算数"],
        ["一、一般公共预算拨款收入", "40,905.62", "一、教育支出", "38,371.41"],
        ["二、政府性基金预算拨款收入", "", "二、文化旅游体育与传|媒支出", "653.50"],
        ["三、国有资本经营预算拨|款收入", "", "三、社会保障和就业支出", "2,414.83"],
        ["四、事业收入", "2,860.00", "四、卫生健康支出", "904.69"],
        ["本年收入合计", "43,916.85", "本年支出合计", "44,316.85"],
        ["上年结转", "400.00", "年末结转和结余", ""],
        ["收  入  总  计", "44,316.85", "支  出  总  计", "44,316.85"],
    ]


LAYOUT_CONTINUED = (
    "  表5\n"
    "                                       一般公共预算支出预算表\n"
    "                                                                                          单位：万元\n"
    "\n"
    "          科    目                                              一般公共预算支出\n"
    "  科目编码    科目名称                              合    计            基本支出            项目支出\n"
    "\n"
    "                       合    计                    40,905.62           33,508.12            7,397.50\n"
    "  208         社会保障和就业支出                    2,414.83            2,414.83\n"
    "\n"
    "\n"
    "\n"
    "                                    — 7 —\n"
    "\f                          宜宾市翠屏区教育和体育局2025年部门预算\n"
    "\n"
    "  表5（续）                                                                              单位：万元\n"
    "\n"
    "          科    目                                              一般公共预算支出\n"
    "  科目编码    科目名称                              合    计            基本支出            项目支出\n"
    "\n"
    "  20805       行政事业单位养老支出                  2,414.83            2,414.83\n"
    "              机关事业单位\n"
    "  2080505     基本养老保险                          2,012.36            2,012.36\n"
    "              缴费支出\n"
    "  2080506     机关事业单位职业年金缴                  402.47              402.47\n"
    "              费支出\n"
    "  210         卫生健康支出                            904.69              904.69\n"
)


def test_pdftotext_layout_table_goes_on_past_its_repeated_header_and_joins_a_label_centred_over_three_lines():
    source, _ = _tables(LAYOUT_CONTINUED)
    (table,) = [b for b in source.blocks if b.kind == "table"]
    cells = [["|".join(LAYOUT_CONTINUED[a:b] for a, b in ((c.start, c.end),) + c.more) for c in row] for row in table.rows]
    # 一般公共预算支出, centred over the figures' columns, heads each of them
    assert cells[0][2:] == ["一般公共预算支出"] * 3
    assert cells[1] == ["科目编码", "科目名称", "合    计", "基本支出", "项目支出"]
    assert cells[2:] == [
        ["", "合    计", "40,905.62", "33,508.12", "7,397.50"],
        ["208", "社会保障和就业支出", "2,414.83", "2,414.83", ""],
        # the next page's rows, its header repeated under 表5（续） left out
        ["20805", "行政事业单位养老支出", "2,414.83", "2,414.83", ""],
        # centred over three lines, its figures on the middle one: the line above is no rest of 20805's
        ["2080505", "机关事业单位|基本养老保险|缴费支出", "2,012.36", "2,012.36", ""],
        ["2080506", "机关事业单位职业年金缴|费支出", "402.47", "402.47", ""],
        ["210", "卫生健康支出", "904.69", "904.69", ""],
    ]
    doc = document_from_text(LAYOUT_CONTINUED)
    assert ("机关事业单位基本养老保险缴费支出", "2080505", "2,012.36") in {
        (a.subject, a.code, a.fact.quantity.text) for a in doc.facts["amounts"]}


def test_pdftotext_layout_three_line_header_of_a_sangong_table_gives_each_column_its_cells():
    text = (
        "  表7     一般公共预算“三公”经费支出预算表\n"
        "                                                    公务用车购置及运行费\n"
        "  项  目                    合  计    因公出国（境）                                              公务接待费\n"
        "                                                  费        小  计        购置费        运行费\n"
        "\n"
        "  2025年预算数               16.00                           12.80                       12.80          3.20\n"
    )
    source, (rows,) = _tables(text)
    # the title line above the header is no header row; 费 (the rest of 因公出国（境）) and 小  计 are
    # two cells; 项目, 合计 and 公务接待费, printed on the middle line, span the header's three;
    # 公务用车购置及运行费 heads the figure columns beside it and the line under it
    car = "公务用车购置及运行费"
    assert rows == [
        ["项  目", "合  计", "因公出国（境）", car, car, car, "公务接待费"],
        ["项  目", "合  计", "因公出国（境）", car, car, car, "公务接待费"],
        ["项  目", "合  计", "费", "小  计", "购置费", "运行费", "公务接待费"],
        ["2025年预算数", "16.00", "", "12.80", "", "12.80", "3.20"],
    ]
    assert source.blocks[0].kind == "paragraph"


# --- disclosure tables copied out of a PDF viewer: headers over two lines, 三公 aliases; kinsoku ---

SC_CARRY_06 = (
    "一般公共预算财政拨款支出决算表\n"
    "公开06表\n"
    "部门：眉山市市场监督管理局 金额单位：万元\n"
    "科目编码 科目名称 本年支出\n"
    "小计 基本支出 项目支出\n"
    "栏次 1 2 3\n"
    "合计 8,451.06 6,752.38 1,698.68\n"
    "201 一般公共服务支出 7,089.06 5,390.38 1,698.68\n"
    "20138 市场监督管理事务 7,089.06 5,390.38 1,698.68\n"
    "2013801 行政运行 4,213.55 4,213.55\n"
    "2013802 一般行政管理事务 1,086.40 1,086.40\n"
    "2013850 事业运行 1,176.83 1,176.83\n"
    "2013899 其他市场监督管理事务 612.28 612.28\n"
    "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。\n"
)


def test_pdf_copied_leaf_of_figures_under_a_line_naming_code_and_label_columns():
    _, (rows,) = _tables(SC_CARRY_06)
    # 科目编码 科目名称 stand over both header lines; 本年支出 heads the figures under it; the
    # project-only rows (1,086.40 once as 小计, once as 项目支出) are placed by the codes' sums
    assert rows[:3] == [
        ["", "", "本年支出", "", ""],
        ["科目编码", "科目名称", "小计", "基本支出", "项目支出"],
        ["", "合计", "8,451.06", "6,752.38", "1,698.68"],
    ]
    assert rows[5] == ["2013801", "行政运行", "4,213.55", "4,213.55", ""]
    assert rows[6] == ["2013802", "一般行政管理事务", "1,086.40", "", "1,086.40"]
    assert rows[8] == ["2013899", "其他市场监督管理事务", "612.28", "", "612.28"]


SC_CARRY_04 = (
    "财政拨款收入支出决算总表\n"
    "公开04表\n"
    "部门：眉山市市场监督管理局 金额单位：万元\n"
    "收 入 支 出\n"
    "项目 行次 金额 项目 行次 合计\n"
    "一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款\n"
    "栏次 1 栏次 2 3 4 5\n"
    "一、一般公共预算财政拨款 1 8,426.37 一、一般公共服务支出 33 7,089.06 7,089.06\n"
    "二、政府性基金预算财政拨款 2 二、外交支出 34\n"
    "8 八、社会保障和就业支出 40 658.91 658.91\n"
    "本年收入合计 24 8,426.37 本年支出合计 56 8,451.06 8,451.06\n"
    "总计 29 8,624.99 总计 61 8,624.99 8,624.99\n"
    "注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。\n"
)


def test_pdf_copied_columns_named_on_two_lines_counted_by_the_numbered_columns():
    _, (rows,) = _tables(SC_CARRY_04)
    # 栏次 1 栏次 2 3 4 5 numbers five columns of figures: 金额, 合计 and the three funds under the
    # line below, which names more columns after the line's, not parts of its 合计
    assert rows[1] == ["项目", "行次", "金额", "项目", "行次", "合计",
                       "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
    assert rows[2] == ["一、一般公共预算财政拨款", "1", "8,426.37", "一、一般公共服务支出", "33",
                       "7,089.06", "7,089.06", "", ""]
    assert rows[4] == ["", "8", "", "八、社会保障和就业支出", "40", "658.91", "658.91", "", ""]
    assert rows[-1] == ["总计", "29", "8,624.99", "总计", "61", "8,624.99", "8,624.99", "", ""]


SC_SANGONG_10 = (
    "一般公共预算财政拨款“三公”经费支出决算表\n"
    "公开10表\n"
    "部门：眉山市市场监督管理局 金额单位：万元\n"
    "预算数 决算数\n"
    "合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费\n"
    "小计 公务用车购置费 公务用车运行费 小计 公务用车购置费 公务用车运行费\n"
    "1 2 3 4 5 6 7 8 9 10 11 12\n"
    "42.00 0.00 36.00 0.00 36.00 6.00 35.84 0.00 31.48 0.00 31.48 4.36\n"
    "注：本表反映部门本年度“三公”经费支出预决算情况。\n"
)


def test_pdf_copied_sangong_header_in_the_short_forms_of_its_subjects():
    _, (rows,) = _tables(SC_SANGONG_10)
    # 公务用车购置及运行费 / 公务用车运行费 are the aliases of 公务用车购置及运行维护费 / 公务用车运行维护费
    car = "公务用车购置及运行费"
    assert rows == [
        ["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""],
        ["合计", "因公出国（境）费", car, "", "", "公务接待费"] * 2,
        ["", "", "小计", "公务用车购置费", "公务用车运行费", ""] * 2,
        ["42.00", "0.00", "36.00", "0.00", "36.00", "6.00", "35.84", "0.00", "31.48", "0.00", "31.48", "4.36"],
    ]


def test_pdf_viewer_copy_full_line_ending_in_hanging_punctuation_goes_on():
    lines = ["　　2023年度一般公共预算财政拨款支出8,451.06万元，主要用于以下方面:一般",
             "公共服务支出7,089.06万元，占83.88%；社会保障和就业支出658.91万元，占",
             "7.80%；卫生健康支出180.53万元，占2.14%；住房保障支出522.56万元，占6.18%。",
             "（图6：一般公共预算财政拨款支出决算结构）",
             "　　2023年本年支出合计8,817.49万元，其中：基本支出6,904.12万元，占78.30%；",
             "项目支出1,913.37万元，占21.70%。",
             "　　2.一般公共服务支出（类）市场监督管理事务（款）一般行政管理事务（项）：",
             "年初预算为820.00万元，支出决算为1,086.40万元，完成年初预算的132.49%。决",
             "算数大于年初预算数的主要原因是年中追加食品安全监督抽检、“双随机、一公开”",
             "监管及消费维权专项经费。"]
    text = "\n".join(lines) + "\n"
    source = read_text(text)
    paragraphs = [text[b.start : b.end] for b in source.blocks]
    # 。 and ； kept on a full line (kinsoku) do not end the paragraph when the next line, at no
    # margin, reads as prose; a caption at the margin (（图6：…）) still opens a block of its own
    assert paragraphs == ["\n".join(lines[0:3]), lines[3], "\n".join(lines[4:6]), "\n".join(lines[6:10])]


# PDF-viewer rows (set 7)
# Indicator tables copied out of a PDF viewer a row a line, cells one space apart.


def _pdf_row_cells(text: str, table) -> list[list[str]]:
    """Each cell's text, its further lines after a +."""
    return [["+".join(text[a:b] for a, b in ((c.start, c.end), *c.more)) for c in row] for row in table.rows]


SET7_HEADER_WRAPPED = (
    "年度绩效指标\n"
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进\n"
    "（A） （B） 措施\n"
    "产出指标 数量指标 基本医疗保险参保人数 ≥405万人 409.86万人 5 5\n"
    "基本医疗保险参保率 ≥95% 95.62% 4 4\n"
    "打击欺诈骗保专项检查定点医药 ≥1200家 1326家 3 3\n"
    "机构数\n"
    "满意度指标 服务对象满意度 参保群众满意度 ≥90% 93.5% 10 10\n"
    "指标 定点医药机构满意度 ≥90% 91.2% 5 5\n"
    "合计 100 98.94\n"
)


def test_pdf_rows_header_cells_wrapped_onto_the_line_under_the_header():
    text = SET7_HEADER_WRAPPED
    (table,) = [b for b in read_text(text).blocks if b.kind == "table"]
    cells = _pdf_row_cells(text, table)
    # （A） （B） 措施 end the header's cells (formula marks on the value columns, 措施 the remark's
    # rest), not a row; the 二级指标 that wrapped (服务对象满意度 / 指标) gives its rest to the cell above
    assert cells[0] == ["一级指标", "二级指标", "三级指标", "年度指标值+（A）", "实际完成值+（B）", "分值", "得分",
                        "偏差原因分析及改进+措施"]
    assert cells[3][2] == "打击欺诈骗保专项检查定点医药+机构数"
    assert cells[4][:3] == ["满意度指标", "服务对象满意度+指标", "参保群众满意度"]
    assert cells[5][:3] == ["", "", "定点医药机构满意度"]
    doc = document_from_text(text)
    rows = [(r.level2, r.name, str(r.target_value), str(r.actual_value), str(r.weight), str(r.score))
            for r in doc.facts["indicators"]]
    assert rows[-1] == ("服务对象满意度指标", "定点医药机构满意度", "90", "91.2", "5", "5")
    assert len(rows) == 5


SET7_ACTUAL_WRAPPED_IN_HEADER = (
    "吉安市2024年小型水库除险加固项目绩效评价指标体系及评分表\n"
    "一级指标 二级指标 三级指标 分值 年度指标值 全年实际 得分\n"
    "完成值\n"
    "决策（15分） 项目立项 立项依据充分性 3 充分 充分 3\n"
    "立项程序规范性 2 规范 规范 2\n"
    "过程（25分） 资金管理 资金到位率 4 100% 97.89% 3.92\n"
    "预算执行率 5 100% 89.88% 4.49\n"
    "合计 100 92.76\n"
)


def test_pdf_rows_column_word_completed_on_the_line_under_the_header():
    text = SET7_ACTUAL_WRAPPED_IN_HEADER
    (table,) = [b for b in read_text(text).blocks if b.kind == "table"]
    cells = _pdf_row_cells(text, table)
    # 全年实际 / 完成值 make 全年实际完成值, the actual column
    assert cells[0] == ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际+完成值", "得分"]
    assert cells[3] == ["过程（25分）", "资金管理", "资金到位率", "4", "100%", "97.89%", "3.92"]
    doc = document_from_text(text)
    row = next(r for r in doc.facts["indicators"] if r.name == "资金到位率")
    assert (str(row.target_value), str(row.actual_value), str(row.weight), str(row.score)) == (
        "100", "97.89", "4", "3.92")


SET7_NAME_WRAPPED_ABOVE_ITS_ROW = (
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
    "产出指标 数量指标 城乡低保保障人数 ≥3800人 3926人 10 10\n"
    "质量指标 城乡低保标准 ≥890元/人·月 890元/人·月 10 10\n"
    "低保对象动态管理准\n"
    "确率\n"
    "≥95% 98.6% 5 5\n"
    "时效指标 低保金按月足额发放率 =100% 100% 10 10\n"
)


def test_pdf_rows_name_wrapped_on_lines_above_the_rest_of_its_row():
    text = SET7_NAME_WRAPPED_ABOVE_ITS_ROW
    (table,) = [b for b in read_text(text).blocks if b.kind == "table"]
    cells = _pdf_row_cells(text, table)
    # a row with no name under lines of one word each: those lines are its name, not the rest of
    # the target above (≥890元/人·月)
    assert cells[2][2:4] == ["城乡低保标准", "≥890元/人·月"]
    assert cells[3][:5] == ["", "", "低保对象动态管理准+确率", "≥95%", "98.6%"]


# centred level cells
# (a PDF viewer's copy of a scoring table that keeps merged level cells vertically centred: a level's
# word stands on the row in the middle of its block or on a line of its own between rows, and the
# header comes scrambled over three lines)

PDF_CENTRED_LEVELS = (
    "一级 二级 绩效指标值\n"
    "三级指标 分值 得分\n"
    "指标 指标 年度目标值 实际完成值\n"
    "立项依据充分性 3 充分 充分 3\n"
    "项目立项\n"
    "立项程序规范性 2 规范 规范 2\n"
    "绩效目标合理性 2 合理 基本合理 1.5\n"
    "决策 绩效目标\n"
    "绩效指标明确性 3 明确 明确 3\n"
    "资金到位率 3 100% 100% 3\n"
    "过程 资金管理 预算执行率 4 100% 88.00% 3.52\n"
    "资金使用合规性 3 合规 基本合规 2.5\n"
)


def _centred_cells(text: str, table) -> list[list[str]]:
    return [["+".join(text[a:b] for a, b in ((c.start, c.end),) + tuple(c.more)) for c in row] for row in table.rows]


def test_pdf_copy_centred_level_words_go_to_the_first_row_of_their_blocks():
    (table,) = [b for b in read_text(PDF_CENTRED_LEVELS).blocks if b.kind == "table"]
    # 项目立项 between its two rows, 决策 绩效目标 on a line of their own, 过程 资金管理 on the middle row
    # of theirs: each to its block's first row, 决策 a first level and 项目立项 a second by the vocabulary
    assert [row[:3] for row in _centred_cells(PDF_CENTRED_LEVELS, table)[1:]] == [
        ["决策", "项目立项", "立项依据充分性"],
        ["", "", "立项程序规范性"],
        ["", "绩效目标", "绩效目标合理性"],
        ["", "", "绩效指标明确性"],
        ["过程", "资金管理", "资金到位率"],
        ["", "", "预算执行率"],
        ["", "", "资金使用合规性"],
    ]


PDF_CENTRED_NAME_REST = (
    "一级 二级 绩效指标值\n"
    "三级指标 分值 得分\n"
    "指标 指标 年度目标值 实际完成值\n"
    "新建高标准农 5 ≥22万亩 22.36万亩 5\n"
    "田面积\n"
    "产出 产出数量 高效节水灌溉面积 3 ≥5.2万亩 5.46万亩 3\n"
    "新建和改造灌 3 ≥380公里 352.6公里 2.78\n"
    "排渠道长度\n"
)


def test_pdf_copy_a_line_under_a_row_of_whole_quantities_is_its_names_rest():
    (table,) = [b for b in read_text(PDF_CENTRED_NAME_REST).blocks if b.kind == "table"]
    # 22.36万亩 is one quantity end to end: 田面积 ends the name, not the value
    assert [row[:3] + row[5:6] for row in _centred_cells(PDF_CENTRED_NAME_REST, table)[1:]] == [
        ["产出", "产出数量", "新建高标准农+田面积", "22.36万亩"],
        ["", "", "高效节水灌溉面积", "5.46万亩"],
        ["", "", "新建和改造灌+排渠道长度", "352.6公里"],
    ]


PDF_CENTRED_HEADS_ABOVE = (
    "一级 二级 指标 度量 实际完成 偏差原因分析\n"
    "三级指标 指标值 分值 得分\n"
    "指标 指标 性质 单位 值 及改进措施\n"
    "控辍保学 定性 动态清零 已实现动态清零 4 4\n"
    "家庭经济困难学生资助\n"
    "覆盖面 = 100 % 100 4 4\n"
    "社会效益\n"
    "高考本科上线率 ≥ 52 % 56.3 4 4\n"
    "指标\n"
    "经常参加体育锻炼人数\n"
    "效益指标 比例 ≥ 38 % 39.6 3 3\n"
    "校园安全责任事故发生\n"
    "数 = 0 起 0 4 4\n"
    "尚未通过省级优质均衡\n"
    "义务教育优质均衡发展 定性 稳步推进 推进中 3 2 督导评估，继续补齐短\n"
    "可持续影\n"
    "板。\n"
    "响指标 教师队伍素质 定性 持续提升 持续提升 4 4\n"
    "办学条件 定性 持续改善 明显改善 4 4\n"
)


def test_pdf_copy_centred_cells_whose_first_lines_stand_above_their_rows_line():
    text = PDF_CENTRED_HEADS_ABOVE
    (table,) = [b for b in read_text(text).blocks if b.kind == "table"]
    cells = _centred_cells(text, table)
    # the lines of one word between rows run as wide as the widest name: first lines of the row
    # below (家庭经济困难学生资助 / 覆盖面), a short one (板。) the end of the row above's remark; the
    # header's columns go levels first though the first rows fill no level cell; a level cut at its
    # column's edge (社会效益 / 指标, 可持续影 / 响指标) joins over the lines
    assert [row[:3] for row in cells[1:]] == [
        ["效益指标", "社会效益+指标", "控辍保学"],
        ["", "", "家庭经济困难学生资助+覆盖面"],
        ["", "", "高考本科上线率"],
        ["", "", "经常参加体育锻炼人数+比例"],
        ["", "", "校园安全责任事故发生+数"],
        ["", "可持续影+响指标", "义务教育优质均衡发展"],
        ["", "", "教师队伍素质"],
        ["", "", "办学条件"],
    ]
    assert cells[6][-1] == "尚未通过省级优质均衡+督导评估，继续补齐短+板。"


# a header with nothing under it


def test_a_header_and_its_wrapped_rest_with_no_rows_under_them_is_no_table():
    # a 自评表 header copied out of a PDF viewer, its cells' rests on the next line, the rows on a
    # page that was not copied: the lines stay paragraphs (it once raised IndexError)
    text = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进\n"
            "（A） （B） 措施\n\n说明：本表由项目单位填报。\n")
    assert [b.kind for b in read_text(text).blocks] == ["paragraph", "paragraph", "paragraph"]


# PDF-viewer copies of prose (set 8): hard-wrapped lines among tables copied a row a line

HN_CS_PROSE = [
    "一、收支预算总体情况",
    "按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。2024年收入预算总计",
    "18,652.40万元，支出预算总计18,652.40万元。与上年相比，收、支预算总计各减少827.76万",
    "元，下降4.25%，主要原因是上年安排的垃圾分类收集设施一次性购置项目本年不再安排。",
    "三、支出预算情况说明",
    "本部门2024年支出预算18,652.40万元，其中：基本支出5,896.43万元，占31.61%，比上年增加",
    "194.25万元，增长3.41%，主要是人员正常晋级晋档及职业年金缴费基数调整；项目支出12,755.97",
    "万元，占68.39%，比上年减少1,022.01万元，下降7.42%，主要是压减一般性项目支出。",
    "六、一般公共预算拨款基本支出预算情况说明",
    "2024年一般公共预算拨款基本支出5,896.43万元，其中：人员经费5,424.08万元，主要包括基本工",
    "资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保",
    "险缴费、住房公积金、生活补助、奖励金等；公用经费472.35万元，主要包括办公费、电费、差旅费、",
    "维修（护）费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用等。",
]

# the tables of the same copy: rows a line, cells one space apart, a header broken a cell a line
HN_CS_TABLES = [
    "部门收入总表", "预算02表", "单位：万元", "单位编码 单位名称 合计",
    "一般公共", "预算拨款", "收入", "政府性基", "金预算拨", "款收入", "国有资本", "经营预算", "拨款收入",
    "财政专户", "管理资金", "收入", "事业收入 其他收入 上年结转",
    "合计 18652.40 16238.55 2100.00 313.85",
    "411 开福区城市管理和综合执法局 18652.40 16238.55 2100.00 313.85",
    "411001 开福区城市管理和综合执法局本级 5612.26 3512.26 2100.00",
    "411002 开福区城市管理综合执法大队 4087.40 3987.40 100.00",
    "411003 开福区环境卫生服务中心 8952.74 8738.89 213.85",
    "— 8 —",
    "部门支出总表", "预算03表", "单位：万元", "科目编码 科目名称 合计 基本支出 项目支出",
    "合计 18652.40 5896.43 12755.97",
    "208 社会保障和就业支出 1126.38 1126.38",
    "210 卫生健康支出 402.17 402.17",
    "212 城乡社区支出 16525.23 3769.26 12755.97",
    "221 住房保障支出 598.62 598.62",
    "— 9 —",
    "一般公共预算支出表", "预算05表", "单位：万元", "科目编码", "科目名称", "2024年预算数",
    "类 款 项 合计 基本支出 项目支出",
    "合计 16238.55 5896.43 10342.12",
    "208 社会保障和就业支出 1126.38 1126.38",
    "208 05 行政事业单位养老支出 1126.38 1126.38",
    "208 05 05 机关事业单位基本养老保险缴费支 748.92 748.92",
    "出",
]


def test_pdf_viewer_copy_prose_is_joined_though_its_tables_rows_and_header_cells_outnumber_its_lines():
    text = "\n".join(HN_CS_PROSE + HN_CS_TABLES) + "\n"
    paragraphs = [text[b.start : b.end] for b in read_text(text).blocks if b.rows is None]
    # the header cells a line (一般公共 / 预算拨款 …) are no usual width, the rows no lines of prose:
    # the lines of prose, broken inside a sentence at about 45 CJK characters, are joined; a line
    # holding only the 、 of its list (资、津贴补贴、…职工基本医疗保) goes on too
    assert paragraphs[:6] == [
        HN_CS_PROSE[0], "\n".join(HN_CS_PROSE[1:4]), HN_CS_PROSE[4], "\n".join(HN_CS_PROSE[5:8]),
        HN_CS_PROSE[8], "\n".join(HN_CS_PROSE[9:13])]
    doc = document_from_text(text)
    assert "2024年收入预算总计18,652.40万元" in doc.text
    assert "各减少827.76万元，下降4.25%" in doc.text


def test_pasted_lines_of_headings_and_one_paragraph_a_line_stay_apart_among_pdf_copied_tables():
    # ordinary text (a paragraph a line, each ending its sentence) has no lines broken inside a
    # sentence: no usual width, whatever tables stand around it
    prose = ["一、收支预算总体情况",
             "本部门2024年收入预算18,652.40万元，支出预算18,652.40万元。",
             "二、收入预算情况说明",
             "本部门2024年收入预算18,652.40万元，其中：一般公共预算拨款收入16,238.55万元，占87.06%。",
             "本部门无国有资本经营预算拨款收入、财政专户管理资金收入和上年结转。"]
    text = "\n".join(prose + HN_CS_TABLES) + "\n"
    paragraphs = [text[b.start : b.end] for b in read_text(text).blocks if b.rows is None]
    assert paragraphs[:5] == prose


def test_pdf_viewer_copy_with_no_indent_goes_on_after_punctuation_hanging_past_the_width():
    lines = [
        "（三）项目产出情况",
        "项目产出类指标分值35分，评价得分32.50分。",
        "1.产出数量。2023年全市共有1,862所农村义务教育学校实施营养改善计划，覆盖率100%；",
        "受益学生546,312人，其中小学生371,685人、初中生174,627人，受益学生人数较上年",
        "减少12,736人，主要是农村学生向县城流动所致。全市实施食堂供餐学校1,803所，",
        "食堂供餐学校占比96.38%，较上年提高1.6个百分点。受春季学期开学时间调整影响，",
        "全年平均供餐天数为198天，未达到目标值，扣0.50分。",
        "2.产出质量。2023年全市学校发生食品安全责任事故0起。市教育局联合市场监管部门",
        "对学校营养餐开展抽检1,250批次，抽检合格率99.20%。全市实施营养配餐的学校1,389所，",
        "占比74.60%，低于80%的目标值，扣1.00分。",
        "3.产出时效。14个县（市、区）中，13个县按规定时限将膳食补助资金拨付到校，",
        "资金拨付及时率92.86%，扣1.00分。",
        "4.产出成本。各县均按每生每天5元标准落实膳食补助，未发现降低标准、挤占挪用等",
        "情况。",
    ]
    text = "\n".join(lines) + "\n"
    paragraphs = [text[b.start : b.end] for b in read_text(text).blocks]
    # every line keeps the margin (no indent opens a paragraph): the ； kept past the usual width
    # (about 38 CJK characters) ends a full line, and the paragraph goes on; an item (2.…) opens one
    assert paragraphs == [lines[0], lines[1], "\n".join(lines[2:7]), "\n".join(lines[7:10]),
                          "\n".join(lines[10:12]), "\n".join(lines[12:14])]


SD_WF_PAGES = [
    "二、绩效自评工作开展情况",
    "",
    "— 1 —",
    "",
    "　　我局成立了由分管财务的副局长任组长，计划财务科、优抚",
    "褒扬科、移交安置科、就业创业科负责同志为成员的绩效自评工",
    "作小组，按照\"谁使用、谁负责\"的原则，对照年初设定的绩效目",
    "标逐项收集佐证材料，采取数据核对、现场查看与问卷调查相结",
    "合的方式开展自评，形成自评表及本报告。",
    "三、项目绩效目标完成情况",
    "　　（二）退役士兵安置经费",
    "　　该项目主要用于自主就业退役士兵一次性经济补助、安排工",
    "作退役士兵待安排期间生活费和退役军人适应性培训等支出。",
    "2024年，为1,146名自主就业退役士兵发放一次性经济补助，186",
    "名符合安排工作条件的退役士兵全部落实工作岗位，岗位落实率",
    "100%。组织退役军人适应性培训14期、培训1,235人次。全年退",
    "役士兵就业率88.6%，较上年增长2.3个百分点；安置稳定率",
    "87.5%，未达到90%的年度目标。项目自评得分97.49分。",
    "　　（三）烈士纪念设施维护管理经费",
    "　　该项目主要用于全市烈士陵园、纪念馆、纪念碑等烈士纪念",
    "",
    "— 2 —",
    "",
    "设施的日常维护和修缮。2024年，完成23处烈士纪念设施的日常",
    "维护，集中迁移保护零散烈士墓64座，维修工程全部通过验收。",
    "核对烈士英名录信息4,316条，准确率100%。各烈士纪念设施全",
    "年接待祭扫瞻仰群众34.2万人次，依托纪念设施开展爱国主义教",
    "育活动96场次，其中清明节期间开展\"清明祭英烈\"主题活动41场",
    "次。受汛期降雨影响，部分维修项目工期顺延，按期完成率为",
    "90%。项目自评得分98.02分。",
]


def test_pdf_viewer_copy_paragraph_cut_by_a_page_footer_goes_on_after_it():
    text = "\n".join(SD_WF_PAGES) + "\n"
    paragraphs = [text[b.start : b.end] for b in read_text(text).blocks]
    # paragraphs open with two ideographic spaces: a full line at the margin ending in 。
    # (…等支出。, …通过验收。) goes on; the paragraph the footer cut is one block that spans the
    # footer (the cleaner leaves the footer out of the block's text), the part after the footer
    # read as the lines after its indented first line, not as a paragraph of its own
    assert paragraphs == [
        SD_WF_PAGES[0], "\n".join(SD_WF_PAGES[4:9]), SD_WF_PAGES[9], SD_WF_PAGES[10],
        "\n".join(SD_WF_PAGES[11:18]), SD_WF_PAGES[18], "\n".join(SD_WF_PAGES[19:30])]


def test_a_tab_row_of_one_filled_cell_stays_inside_its_table():
    """seed 001 copied from a web page (bench layouts form tab_short): '2.项目实施内容及过程概述\\t　'
    (its cell beside left blank but for a full-width space) between rows of the 自评表."""
    doc = document_from_text(
        "项目名称\t51090423T000008167896-2023案件代理\n"
        "项目基本情况\t1.项目年度目标完成情况\t项目年度目标\t年度目标完成情况\n"
        "2.项目实施内容及过程概述\t　\n"
        "预算执行情况（10分）\t年度预算数（万元）\t年初预算\t调整后预算数\n"
        "总额\t3.00\t2.40\t2.40\n"
    )
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [r[0].text for r in table.rows] == [
        "项目名称", "项目基本情况", "2.项目实施内容及过程概述", "预算执行情况（10分）", "总额"]


def test_a_disclosure_table_one_cell_a_line_whose_header_gives_a_column_its_unit():
    # jl_cljyj_2023_perf 表1: 资金来源 / 金额 / 占比（%）, rows every three lines; 占比（%） names a
    # column of figures by its unit
    text = (
        "表1  2023年度部门预算资金来源情况表\n"
        "单位：万元\n"
        "资金来源\n金额\n占比（%）\n"
        "中央财政资金\n8,436.20\n19.93\n"
        "省级财政资金\n5,127.64\n12.12\n"
        "合计\n42,318.75\n100.00\n"
        "\n"
        "（二）资金拨付及支出情况\n"
        "县财政局按照国库集中支付有关规定及时拨付资金，2023年全年累计拨付资金41,206.83万元，全年执行数41,206.83万元。\n"
    )
    doc = read_text(text)
    [table] = [b for b in doc.blocks if b.kind == "table"]
    assert [[text[c.start : c.end] for c in row] for row in table.rows] == [
        ["资金来源", "金额", "占比（%）"],
        ["中央财政资金", "8,436.20", "19.93"],
        ["省级财政资金", "5,127.64", "12.12"],
        ["合计", "42,318.75", "100.00"],
    ]
