"""Indicator tables copied out of a PDF viewer a row a line (pipeline/readers/pasted/pdf_rows.py)."""

from decimal import Decimal as D

from pipeline import document_from_text
from pipeline.readers.text_reader import read_text


def _cells(text: str) -> list[list[list[str]]]:
    """Each table's rows, each cell its text with the further lines of a wrapped cell after a +."""
    return [[["+".join(text[a:b] for a, b in ((c.start, c.end),) + tuple(c.more)) for c in row]
             for row in block.rows] for block in read_text(text).blocks if block.kind == "table"]


# a third-party evaluation's score table: the header's 实际完成值 wrapped, the cells after it on a
# line of their own; the 一级指标 on the middle row of its block (the upper of the two middle ones),
# a 二级指标 on the first row of its group; blank remarks vanish; `/` where nothing applies
EVAL_SCORE_TABLE = (
    "遵义市教育局2023年农村义务教育学生营养改善计划项目\n"
    "绩效评价指标体系及评分表\n"
    "一级指标 二级指标 三级指标 分值 指标值\n"
    "实际完成\n"
    "值\n"
    "得分 扣分原因\n"
    "项目立项 立项依据充分性 3 / / 3\n"
    "立项程序规范性 2 / / 2\n"
    "决策（15分） 绩效目标 绩效目标合理性 2 / / 1.5 效益指标以定性为主\n"
    "绩效指标明确性 3 / / 2 指标细化量化不足\n"
    "资金投入 预算编制科学性 3 / / 2.5 未考虑学生人数变动\n"
    "资金分配合理性 2 / / 2\n"
    "资金管理 资金到位率 4 100% 100% 4\n"
    "预算执行率 4 100% 97.63% 3.91 按执行率计分\n"
    "过程（25分） 资金使用合规性 5 / / 4 个别学校超范围列支\n"
    "组织实施 管理制度健全性 4 / / 4\n"
    "制度执行有效性 4 / / 3 台账登记不完整\n"
    "食堂管理规范性 4 / / 3 陪餐记录缺失\n"
)


def test_a_header_cell_that_wrapped_with_the_cells_after_it_on_the_next_line():
    (table,) = _cells(EVAL_SCORE_TABLE)
    assert table[0] == ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成+值", "得分", "扣分原因"]
    assert table[8] == ["", "", "预算执行率", "4", "100%", "97.63%", "3.91", "按执行率计分"]


def test_a_first_level_centred_on_its_block_under_second_levels_on_their_first_rows():
    (table,) = _cells(EVAL_SCORE_TABLE)
    # 过程（25分） stands on a row that starts no 二级指标 group: the copy centres its first levels;
    # 决策 on the 3rd of 6 rows, 过程 on the 3rd of 6: each to its block's first row
    assert [row[:3] for row in table[1:]] == [
        ["决策（15分）", "项目立项", "立项依据充分性"],
        ["", "", "立项程序规范性"],
        ["", "绩效目标", "绩效目标合理性"],
        ["", "", "绩效指标明确性"],
        ["", "资金投入", "预算编制科学性"],
        ["", "", "资金分配合理性"],
        ["过程（25分）", "资金管理", "资金到位率"],
        ["", "", "预算执行率"],
        ["", "", "资金使用合规性"],
        ["", "组织实施", "管理制度健全性"],
        ["", "", "制度执行有效性"],
        ["", "", "食堂管理规范性"],
    ]


def test_an_evaluation_score_table_read_as_indicators():
    doc = document_from_text(EVAL_SCORE_TABLE, "eval.txt")
    rows = [r for r in doc.facts["indicators"] if r.source == "table"]
    assert [(r.level1, r.level2, r.name) for r in rows[6:9]] == [
        ("过程", "资金管理", "资金到位率"), ("过程", "资金管理", "预算执行率"), ("过程", "资金管理", "资金使用合规性")]
    # `/` for 指标值 and 实际完成值: no target and no outcome, the scores as printed
    first = rows[0]
    assert (first.operator, first.target_value, first.actual_value, first.weight, first.score, first.met) == (
        None, None, None, D("3"), D("3"), None)
    assert (rows[7].operator, rows[7].target_value, rows[7].actual_value, rows[7].met) == ("=", D("100"), D("97.63"), False)


# a Shandong 自评表's 绩效指标 part: the merged level cells printed once at the top of their blocks,
# on lines of their own or at the start of the block's first row; a name wrapped over two lines
# before the line of its row's figures; a level cut at its column's edge (服务对象满 / 意度指标)
SELF_EVAL_TOP_LEVELS = (
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及\n"
    "改进措施\n"
    "产出指标\n"
    "数量指标 保障重点优抚对象人数 ≥12500人 12836人 10 10\n"
    "伤残抚恤对象人数 ≥1900人 1962人 10 10\n"
    "质量指标 抚恤补助标准落实率 =100% 100% 10 10\n"
    "优抚对象信息数据准确率 ≥98% 99.2% 5 5\n"
    "时效指标 抚恤补助资金按月发放及时\n"
    "率\n"
    "=100% 100% 10 10\n"
    "成本指标 经济成本指标 项目支出控制数 ≤4012.36万元 3985.47万元 5 5\n"
    "效益指标\n"
    "社会效益指标\n"
    "优抚对象基本生活保障 有效保障 有效保障 10 10\n"
    "尊崇军人职业社会氛围 逐步形成 明显提升 10 9 宣传覆盖面仍需\n"
    "扩大\n"
    "可持续影响\n"
    "指标\n"
    "抚恤补助标准动态调整机制 长效运行 长效运行 5 5\n"
    "满意度指标 社会公众满\n"
    "意度指标\n"
    "祭扫群众满意度 ≥95% 96.8% 10 10\n"
    "总分 100 98.93\n"
)


def test_level_words_at_the_top_of_their_blocks_go_to_the_row_under_them():
    (table,) = _cells(SELF_EVAL_TOP_LEVELS)
    assert [row[:3] for row in table[1:-1]] == [
        ["产出指标", "数量指标", "保障重点优抚对象人数"],
        ["", "", "伤残抚恤对象人数"],
        ["", "质量指标", "抚恤补助标准落实率"],
        ["", "", "优抚对象信息数据准确率"],
        ["", "时效指标", "抚恤补助资金按月发放及时+率"],
        ["成本指标", "经济成本指标", "项目支出控制数"],
        ["效益指标", "社会效益指标", "优抚对象基本生活保障"],
        ["", "", "尊崇军人职业社会氛围"],
        ["", "可持续影响+指标", "抚恤补助标准动态调整机制"],
        ["满意度指标", "社会公众满+意度指标", "祭扫群众满意度"],
    ]


# jx_ja_slj_2024_project: a target cell and the actual after it both wrapped; the actual's column is
# wide for another row's longer words (部分概算与实际有偏差), so its first line does not look full
WRAPPED_TARGET_AND_ACTUAL = (
    "一级指标 二级指标 三级指标 分值 年度指标值 全年实际完成值 得分\n"
    "决策（15分） 绩效目标 绩效指标明确性 3 明确 部分指标未细化 2\n"
    "资金投入 预算编制科学性 3 科学 部分概算与实际有偏差 2\n"
    "产出（35分） 产出数量 完成除险加固水库数量 6 46座 43座 5.61\n"
    "产出成本 工程投资控制情况 3 不超批复概 未超概算 3\n"
    "算\n"
    "效益（25分） 社会效益 消除水库安全隐患 5 病险基本消 已完工水库病 4.5\n"
    "除 险基本消除\n"
    "保护下游人口 4 ≥9万人 9.3万人 4\n"
    "合计 100 92.76\n"
)


def test_the_parts_past_a_wrapped_value_go_to_the_cells_after_it():
    (table,) = _cells(WRAPPED_TARGET_AND_ACTUAL)
    rows = {row[2]: row[4:6] for row in table if len(row) > 5}
    assert rows["工程投资控制情况"] == ["不超批复概+算", "未超概算"]
    assert rows["消除水库安全隐患"] == ["病险基本消+除", "已完工水库病+险基本消除"]


# a third-party evaluation's 100-point table copied out of a PDF viewer: the level cells carry
# their weight in brackets with no 分 (决策(20)), the header's （目标值） on a line of its own, long
# cells wrapped onto lines of their own, the header printed again after the page's footer
EVAL_BRACKET_WEIGHTS = (
    "项目名称：阜南县2023年高标准农田建设项目\n"
    "一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分\n"
    "（目标值）\n"
    "决策(20) 项目立项(8) 立项依据充分性 4 依据充分 充分 4\n"
    "立项程序规范性 4 程序规范 规范 4\n"
    "绩效目标(6) 绩效目标合理性 3 合理 基本合理 2.5\n"
    "资金投入(6) 预算编制科学性 3 科学 较科学 2.5\n"
    "过程(20) 组织实施(8) 制度执行有效性 5 有效 设计变更手续 3.5\n"
    "滞后\n"
    "产出(30) 产出数量(12) 高标准农田建设面积 4 ≥6.2万亩 6.2万亩 4\n"
    "新增高效节水灌溉面 3 ≥0.8万亩 0.8万亩 3\n"
    "积\n"
    "产出质量(8) 单位工程验收合格率 5 100% 98.41% 4\n"
    "— 5 —\n"
    "一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分\n"
    "（目标值）\n"
    "田间道路通达度 3 ≥90% 93.2% 3\n"
    "效益(30) 社会效益(6) 耕种收综合机械化率 3 ≥92% 93.1% 3\n"
    "可持续影响(5) 工程管护机制健全性 5 健全 管护责任未全 3\n"
    "部落实\n"
    "满意度(5) 受益群众满意度 5 ≥90% 93.6% 5\n"
    "合计 100 89.5\n"
)


def test_level_cells_with_their_weight_in_brackets_and_no_fen():
    first, second = _cells(EVAL_BRACKET_WEIGHTS)
    assert first[1] == ["决策(20)", "项目立项(8)", "立项依据充分性", "4", "依据充分", "充分", "4"]
    assert first[5] == ["过程(20)", "组织实施(8)", "制度执行有效性", "5", "有效", "设计变更手续+滞后", "3.5"]
    assert first[7] == ["", "", "新增高效节水灌溉面+积", "3", "≥0.8万亩", "0.8万亩", "3"]
    assert second[2] == ["效益(30)", "社会效益(6)", "耕种收综合机械化率", "3", "≥92%", "93.1%", "3"]


def test_a_table_cut_at_a_page_goes_on_with_the_levels_above_and_the_project_line():
    doc = document_from_text(EVAL_BRACKET_WEIGHTS, "eval.txt")
    rows = {r.name: r for r in doc.facts["indicators"] if r.source == "table"}
    assert {r.project for r in rows.values()} == {"阜南县2023年高标准农田建设项目"}
    # the weights in brackets are no part of the level
    assert (rows["立项依据充分性"].level1, rows["立项依据充分性"].level2) == ("决策", "项目立项")
    # the rows at the top of the page after the footer are the 产出 / 产出质量 block's
    assert (rows["田间道路通达度"].level1, rows["田间道路通达度"].level2) == ("产出", "产出质量")
    assert (rows["耕种收综合机械化率"].level1, rows["耕种收综合机械化率"].level2) == ("效益", "社会效益")
    # 基本合理 against 合理 is missed; 较科学 hedges and settles nothing; a 完成值 naming what lagged misses
    assert [rows[n].met for n in ("绩效目标合理性", "预算编制科学性", "制度执行有效性")] == [False, None, False]
    assert [(t.kind, t.weight, t.score) for t in doc.facts["indicator_totals"]] == [("合计", D("100"), D("89.5"))]


# a 自评表 whose wrapped 二级指标 (可持续影响 / 指标) shares its second line with the second line of
# the row's 偏差 cell
SELF_EVAL_WRAPPED_LEVEL_AND_REMARK = (
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析\n"
    "及改进措施\n"
    "产出指标 数量指标 送戏下乡演出场次 ≥300场 316场 10 10\n"
    "公共图书馆年流通人次 ≥80万人次 86.4万人次 10 10\n"
    "群众文化培训班次 ≥120期 128期 10 10\n"
    "质量指标 免费开放场馆达标率 ＝100% 100% 10 10\n"
    "效益指标 社会效益指标 群众文化活动参与人次 ≥50万人次 57.2万人次 20 20\n"
    "可持续影响 基层公共文化服务长效机制 健全完善 基本健全 10 8 部分县（市、区）\n"
    "指标 管护机制尚不完善，\n"
    "下一步督促完善。\n"
    "满意度指标 服务对象满意 群众满意度 ≥90% 94.6% 10 10\n"
    "度指标\n"
    "总分 100 98\n"
)


def test_a_wrapped_level_whose_second_line_holds_the_remarks_too():
    (table,) = _cells(SELF_EVAL_WRAPPED_LEVEL_AND_REMARK)
    assert [row[:3] for row in table[1:-1]] == [
        ["产出指标", "数量指标", "送戏下乡演出场次"],
        ["", "", "公共图书馆年流通人次"],
        ["", "", "群众文化培训班次"],
        ["", "质量指标", "免费开放场馆达标率"],
        ["效益指标", "社会效益指标", "群众文化活动参与人次"],
        ["", "可持续影响+指标", "基层公共文化服务长效机制"],
        ["满意度指标", "服务对象满意+度指标", "群众满意度"],
    ]
    assert table[6][7] == "部分县（市、区）+管护机制尚不完善，+下一步督促完善。"


# js_sz_swj_2024_projects: Chrome's PDF viewer copy of a 自评表 whose cells are vertically centred.
# The header's wrapped remark comes on lines of its own after the single-line cells; merged level
# cells are printed once, on lines of their own, above the first row they cover (成本指标 /
# 经济成本指 / 标: two stacked, the upper is the first level); a wrapped cell puts each of its lines
# on a line of its own before the line of the row's single-line cells; a page footer falls mid-table;
# a row whose remark wrapped leaves it off its own line
CENTRED_CELLS = (
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
    "偏差原因分析及改\n"
    "进措施\n"
    "产出指标\n"
    "数量指标\n"
    "运维农村生活污水处\n"
    "理设施数量\n"
    "≥1200座 1236座 10 10 /\n"
    "站点月度巡检覆盖率 100% 100% 8 8 /\n"
    "质量指标\n"
    "设施正常运行率 ≥95% 97.8% 10 10 /\n"
    "— 2 —\n"
    "出水水质达标率 ≥95% 92.6% 10 8.5\n"
    "部分早期设施工艺\n"
    "落后，将分批实施\n"
    "提标改造\n"
    "时效指标 故障设施修复时限 ≤48小时 平均36小时 8 8 /\n"
    "成本指标\n"
    "经济成本指\n"
    "标\n"
    "单座设施年均运维成\n"
    "本\n"
    "≤1.9万元/\n"
    "座\n"
    "1.79万元/\n"
    "座\n"
    "6 6 /\n"
    "满意度指标\n"
    "服务对象满\n"
    "意度指标\n"
    "农户满意度 ≥90% 93.5% 10 10 /\n"
    "总分 100 98.19\n"
)


def test_a_copy_of_centred_cells_with_levels_and_wrapped_cells_on_lines_of_their_own():
    (table,) = _cells(CENTRED_CELLS)
    assert table[0][-1] == "偏差原因分析及改+进措施"
    assert table[1:-1] == [
        ["产出指标", "数量指标", "运维农村生活污水处+理设施数量", "≥1200座", "1236座", "10", "10", "/"],
        ["", "", "站点月度巡检覆盖率", "100%", "100%", "8", "8", "/"],
        ["", "质量指标", "设施正常运行率", "≥95%", "97.8%", "10", "10", "/"],
        ["", "", "出水水质达标率", "≥95%", "92.6%", "10", "8.5", "部分早期设施工艺+落后，将分批实施+提标改造"],
        ["", "时效指标", "故障设施修复时限", "≤48小时", "平均36小时", "8", "8", "/"],
        ["成本指标", "经济成本指+标", "单座设施年均运维成+本", "≤1.9万元/+座", "1.79万元/+座", "6", "6", "/"],
        ["满意度指标", "服务对象满+意度指标", "农户满意度", "≥90%", "93.5%", "10", "10", "/"],
    ]


# a third-party score table whose remarks a row of one line may leave empty (hn_jjsqyl_2023_eval's
# 评分表 as a PDF viewer copies it): a name that ran to its column's edge goes on under its row
REMARKS_LEFT_EMPTY = (
    "评价指标 分值 目标值/评分标准 完成值 得分 扣分原因\n"
    "一级指标 二级指标 三级指标\n"
    "过程（20分） 资金管理 资金到位率 3 100% 100% 3\n"
    "预算执行率 4 100% 90.85% 3.63 预算执行率×分值\n"
    "产出（35分） 产出数量 家庭养老床位建设数量 4 ≥1500张 1563张 4\n"
    "产出时效 资金下达及时率 2 100% 83.3% 1 1个批次资金延迟下达，扣1分\n"
    "适老化改造按期完成率 3 100% 86.1% 2.58 按比例得分\n"
    "效益（30分） 社会效益 经济困难失能、半失能老年 5 ≥90% 92.1% 5\n"
    "人居家上门服务覆盖率\n"
    "城市社区老年助餐服务覆盖 5 ≥90% 92.4% 5\n"
    "率\n"
    "可持续影响 社区养老服务站持续运营率 4 ≥95% 93.7% 3.5 未达到目标值，扣0.5分\n"
    "满意度 服务对象满意度 9 ≥95% 93.6% 8 未达到目标值，扣1分\n"
    "合计 100 88.34\n"
)


def test_a_name_that_wrapped_under_a_row_of_no_remark_where_remarks_may_be_empty():
    (table,) = _cells(REMARKS_LEFT_EMPTY)
    assert [row[2] for row in table[2:-1]] == [
        "资金到位率", "预算执行率", "家庭养老床位建设数量", "资金下达及时率", "适老化改造按期完成率",
        "经济困难失能、半失能老年+人居家上门服务覆盖率", "城市社区老年助餐服务覆盖+率", "社区养老服务站持续运营率",
        "服务对象满意度",
    ]
    assert [row[-1] for row in table[7:9]] == ["", ""]


# a 四川 项目支出绩效自评表 made in Word and copied out of Chrome's PDF viewer (sc_my_jyj_2024_projects):
# the copy centres every cell on its row, so a name of two lines has its first line above the row's
# line and its last under it; the 偏差原因分析及改进措施 header cell, of two lines, stands half above
# the header's line and half under it; the narrow 绩效指标 column beside the levels gives a character
# a line (绩 / 效 / 指 / 标) at the start of the lines it passes
CENTRED_SELF_EVAL = (
    "偏差原因分析及改进\n"
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
    "措施\n"
    "举办市级全民健身赛\n"
    "≥20项 23项 10 10\n"
    "事活动\n"
    "承办省级及以上体育\n"
    "≥3项 4项 5 5\n"
    "赛事\n"
    "参与赛事活动群众人\n"
    "数量指标 ≥15万人次 17.6万人次 10 10\n"
    "次\n"
)


def test_a_name_centred_on_its_row_half_above_and_half_under_its_line():
    (table,) = _cells(CENTRED_SELF_EVAL)
    assert [row[2:7] for row in table[1:]] == [
        ["举办市级全民健身赛+事活动", "≥20项", "23项", "10", "10"],
        ["承办省级及以上体育+赛事", "≥3项", "4项", "5", "5"],
        ["参与赛事活动群众人+次", "≥15万人次", "17.6万人次", "10", "10"],
    ]


def test_a_header_cell_centred_on_the_header_line_is_a_column_of_its_own():
    (table,) = _cells(CENTRED_SELF_EVAL)
    assert table[0] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                        "偏差原因分析及改进+措施"]
    assert all(row[7] == "" for row in table[1:])
    # the header's upper line is the table's, no paragraph before it
    (block,) = [b for b in read_text(CENTRED_SELF_EVAL).blocks]
    assert block.kind == "table" and block.start == 0


CENTRED_WITH_LABEL_COLUMN = (
    "偏差原因分析及改进\n"
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
    "措施\n"
    "资助普通高中家庭经\n"
    "≥5200人次 5486人次 10 10\n"
    "济困难学生人次\n"
    "资助中职学校家庭经\n"
    "数量指标 ≥3300人次 3640人次 10 10\n"
    "济困难学生人次\n"
    "中职免学费补助学生\n"
    "产出指标 ≥6800人 7012人 5 5\n"
    "人数\n"
    "资助对象认定准确率 =100% 100% 5 5\n"
    "质量指标 资助资金“一卡通”\n"
    "100% 100% 5 5\n"
    "发放率\n"
    "绩 时效指标 资助资金发放及时率 ≥95% 97.3% 5 5\n"
    "效 经济成本 普通高中国家助学金\n"
    "成本指标 2000元/生·年 2000元/生·年 10 10\n"
    "指 指标 生均资助标准\n"
    "标 因家庭经济困难失学\n"
    "社会效益 0人 0人 10 10\n"
    "辍学学生人数\n"
    "指标\n"
)


def test_a_narrow_label_column_a_character_a_line_is_no_cell_of_the_rows():
    (table,) = _cells(CENTRED_WITH_LABEL_COLUMN)
    assert [row[2] for row in table[1:]] == [
        "资助普通高中家庭经+济困难学生人次", "资助中职学校家庭经+济困难学生人次", "中职免学费补助学生+人数",
        "资助对象认定准确率", "资助资金“一卡通”+发放率", "资助资金发放及时率",
        "普通高中国家助学金+生均资助标准", "因家庭经济困难失学+辍学学生人数",
    ]
    assert table[6][1] == "时效指标"
    assert not any(part in ("绩", "效", "指", "标") for row in table for cell in row for part in cell.split("+"))


def test_a_level_spelt_a_character_a_line_stays_a_level():
    # 产出指标 is a level of the vocabulary: a column so narrow is the table's 一级指标, not a label
    from pipeline.readers.pasted.common import _lines
    from pipeline.readers.pasted.pdf_rows import _label_column
    text = "产 数量指标 培训人次 ≥500人次 612人次 10 10\n出 完成率 ≥90% 95% 10 10\n指 合格率 ≥90% 92% 10 10\n标 及时率 ≥90% 93% 10 10\n"
    assert _label_column(_lines(text), text, 0) == set()
    text = text.replace("产", "绩").replace("出", "效")
    assert _label_column(_lines(text), text, 0) == {0, 1, 2, 3}


def test_levels_centred_on_their_blocks_a_second_level_cut_around_the_first():
    (table,) = _cells(CENTRED_WITH_LABEL_COLUMN)
    # 数量指标 on the 2nd of its 3 rows, 质量指标 between its 2: each to its block's first row;
    # 经济成本 / 成本指标 … / 指标: the second level stands in parts above and under the first's line
    assert [row[1] for row in table[1:]] == [
        "数量指标", "", "", "质量指标", "", "时效指标", "经济成本+指标", "社会效益+指标"]
    assert table[1][0] == "产出指标"
