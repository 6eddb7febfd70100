"""Disclosure tables copied out of a PDF viewer (pipeline/readers/pasted/pdf_disclosure.py): a row
a line, cells parted by one space, blank cells gone, headers broken cell by cell."""

from pipeline.readers.text_reader import read_text


def _tables(text: str) -> list[list[list[str]]]:
    """Each table block as rows of cell texts, a wrapped cell's further spans joined with '+'."""
    doc = read_text(text)
    out = []
    for block in doc.blocks:
        if not block.rows:
            continue
        out.append([[text[c.start : c.end] + "".join("+" + text[a:b] for a, b in getattr(c, "more", ()))
                     for c in row] for row in block.rows])
    return out


def test_a_table_run_over_a_page_break_goes_on_after_its_leaf_header_line_alone():
    text = (
        "部门：某市卫生健康局 金额单位：万元\n"
        "项目 本年支出\n"
        "科目编码 科目名称 合计 基本支出 项目支出\n"
        "栏次 1 2 3\n"
        "合计 1,200.00 700.00 500.00\n"
        "210 卫生健康支出 1,200.00 700.00 500.00\n"
        "21004 公共卫生 1,200.00 700.00 500.00\n"
        "2100401 疾病预防控制机构 700.00 700.00\n"
        "— 9 —\n"
        "科目编码 科目名称 合计 基本支出 项目支出\n"
        "2100408 基本公共卫生服务 500.00 500.00\n"
        "注：本表反映一般公共预算财政拨款实际支出情况。\n"
    )
    [table] = _tables(text)
    assert table[-2] == ["2100401", "疾病预防控制机构", "700.00", "700.00", ""]
    # the lone figure of the row after the break is 项目支出: the 款's columns add up so
    assert table[-1] == ["2100408", "基本公共卫生服务", "500.00", "", "500.00"]


def test_the_three_public_table_with_both_parts_side_by_side_under_a_shattered_header():
    text = (
        "部门：某区卫生健康局 金额单位：万元\n"
        "预算数 决算数\n"
        "合计\n因公出国\n（境）费\n公务用车购置及运行费\n公务接待费 合计\n因公出国\n（境）费\n"
        "公务用车购置及运行费\n公务接待费\n"
        "小计 公务用车\n购置费\n公务用车\n运行费 小计 公务用车\n购置费\n公务用车\n运行费\n"
        "1 2 3 4 5 6 7 8 9 10 11 12\n"
        "26.50 0.00 21.00 0.00 21.00 5.50 21.73 0.00 18.46 0.00 18.46 3.27\n"
        "注：“三公”经费预算数为年初预算数。\n"
    )
    [table] = _tables(text)
    assert table[0] == ["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""]
    assert table[1][:6] == ["合计", "因公出国+（境）费", "公务用车购置及运行费", "", "", "公务接待费"]
    assert table[2][6:] == ["", "", "小计", "公务用车+购置费", "公务用车+运行费", ""]
    assert table[3] == ["26.50", "0.00", "21.00", "0.00", "21.00", "5.50",
                        "21.73", "0.00", "18.46", "0.00", "18.46", "3.27"]


def test_code_and_label_columns_named_each_on_a_line_and_a_label_wrapped_below_its_figures():
    text = (
        "单位：万元\n"
        "科目编码\n科目名称\n2024年预算数\n"
        "类 款 项 合计 基本支出 项目支出\n"
        "合计 1875.30 1126.38 748.92\n"
        "208 社会保障和就业支出 1875.30 1126.38 748.92\n"
        "208 05 行政事业单位养老支出 1875.30 1126.38 748.92\n"
        "208 05 05 机关事业单位基本养老保险缴费支 748.92 748.92\n"
        "出\n"
        "208 05 06 机关事业单位职业年金缴费支出 1126.38 1126.38\n"
    )
    [table] = _tables(text)
    assert table[1] == ["科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"]
    assert table[2][:3] == ["类", "款", "项"]
    assert table[6] == ["208", "05", "05", "机关事业单位基本养老保险缴费支+出", "748.92", "", "748.92"]
    assert table[7] == ["208", "05", "06", "机关事业单位职业年金缴费支出", "1126.38", "1126.38", ""]


def test_a_code_split_by_level_in_the_rows_gets_a_column_a_level():
    text = (
        "单位：万元\n"
        "科目编码 科目名称 合计 基本支出 项目支出\n"
        "合计 2100.00 2100.00\n"
        "212 城乡社区支出 2100.00 2100.00\n"
        "212 08 国有土地使用权出让收入安排的支出 2100.00 2100.00\n"
        "212 08 03 城市建设支出 2100.00 2100.00\n"
    )
    [table] = _tables(text)
    assert table[0] == ["科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"]
    assert table[4][:4] == ["212", "08", "03", "城市建设支出"]


def test_a_receipts_and_expenditure_table_with_spaced_out_header_words():
    text = (
        "部门：某区城市管理局 单位：万元\n"
        "收 入 支 出\n"
        "项 目 预算数 项 目 预算数\n"
        "一、一般公共预算拨款收入 16238.55 一、一般公共服务支出\n"
        "二、政府性基金预算拨款收入 2100.00 二、公共安全支出\n"
        "三、国有资本经营预算拨款收入 三、教育支出\n"
        "四、财政专户管理资金收入 四、社会保障和就业支出 1126.38\n"
        "本年收入合计 18338.55 本年支出合计 18338.55\n"
        "— 7 —\n"
    )
    [table] = _tables(text)
    assert table[0] == ["收 入", "", "支 出", ""]
    assert table[1] == ["项 目", "预算数", "项 目", "预算数"]
    assert table[4] == ["三、国有资本经营预算拨款收入", "", "三、教育支出", ""]
    assert table[5] == ["四、财政专户管理资金收入", "", "四、社会保障和就业支出", "1126.38"]


def test_a_receipts_table_by_unit_with_header_cells_wrapped_a_few_characters_a_line():
    text = (
        "单位：万元\n"
        "单位编码 单位名称 合计\n"
        "一般公共\n预算拨款\n收入\n"
        "政府性基\n金预算拨\n款收入\n"
        "国有资本\n经营预算\n拨款收入\n"
        "财政专户\n管理资金\n收入\n"
        "事业收入 其他收入 上年结转\n"
        "合计 18652.40 16238.55 2100.00 313.85\n"
        "411 某区城市管理局 18652.40 16238.55 2100.00 313.85\n"
    )
    [table] = _tables(text)
    assert table[0] == ["单位编码", "单位名称", "合计", "一般公共+预算拨款+收入", "政府性基+金预算拨+款收入",
                        "国有资本+经营预算+拨款收入", "财政专户+管理资金+收入", "事业收入", "其他收入", "上年结转"]
    assert table[2][:3] == ["411", "某区城市管理局", "18652.40"]


def test_the_three_public_table_with_a_row_a_year_under_a_header_broken_cell_by_cell():
    text = (
        "单位：元\n"
        "项目 合计\n因公出国\n（境）费\n公务用车购置及运行维护费\n公务接待费\n"
        "小计 公务用车购置费 公务用车运行维护费\n"
        "2023年预算数 657,000.00 0.00 615,000.00 0.00 615,000.00 42,000.00\n"
        "2024年预算数 616,000.00 580,000.00 580,000.00 36,000.00\n"
        "— 12 —\n"
    )
    [table] = _tables(text)
    assert table[0] == ["项目", "合计", "因公出国+（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"]
    assert table[1] == ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]
    assert table[2] == ["2023年预算数", "657,000.00", "0.00", "615,000.00", "0.00", "615,000.00", "42,000.00"]
    # blank cells gone: each total the sum of its parts, the running cost where a purchase is rare
    assert table[3] == ["2024年预算数", "616,000.00", "", "580,000.00", "", "580,000.00", "36,000.00"]


def test_a_table_goes_on_after_a_page_footer_when_the_next_row_is_opened_by_a_code():
    # the copy leaves out the header the next page repeats: the row after the footer is one
    text = (
        "部门：某区民政局 单位：万元\n"
        "项目 本年支出\n"
        "功能分类科目编码 科目名称 小计 基本支出 项目支出\n"
        "栏次 1 2 3\n"
        "合计 5,097.85 0.00 5,097.85\n"
        "208 社会保障和就业支出 5,097.85  5,097.85\n"
        "20819 最低生活保障 3,812.60  3,812.60\n"
        "2081901 城市最低生活保障金支出 1,027.35  1,027.35\n"
        "— 4 —\n"
        "2081902 农村最低生活保障金支出 2,785.25  2,785.25\n"
        "20820 临时救助 1,285.25  1,285.25\n"
        "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。\n"
    )
    [table] = _tables(text)
    assert table[-2][:3] == ["2081902", "农村最低生活保障金支出", "2,785.25"]
    assert table[-1][:3] == ["20820", "临时救助", "1,285.25"]


def test_a_receipts_and_expenditure_table_goes_on_where_the_line_numbers_after_a_footer_follow():
    text = (
        "部门：某区民政局 单位：万元\n"
        "收入 支出\n"
        "项目 行次 金额 项目 行次 金额\n"
        "栏次 1 栏次 2\n"
        "一、一般公共预算财政拨款收入 1 8,326.54 一、一般公共服务支出 31 \n"
        " 2  二、卫生健康支出 32 103.64\n"
        "— 1 —\n"
        " 3  三、住房保障支出 33 96.43\n"
        "本年收入合计 4 8,326.54 本年支出合计 34 200.07\n"
        "注：本表反映部门本年度的总收支和年末结转结余情况。\n"
    )
    [table] = _tables(text)
    assert table[-2] == ["", "3", "", "三、住房保障支出", "33", "96.43"]
    assert table[-1] == ["本年收入合计", "4", "8,326.54", "本年支出合计", "34", "200.07"]


def test_a_fiscal_receipts_and_expenditure_table_whose_fund_columns_wrap_over_three_lines():
    text = (
        "部门：某区民政局 单位：万元\n"
        "收 入 支 出\n"
        "项目 行次 金额 项目 行次 合计 一般公共 政府性基 国有资本经\n"
        "预算财政 金预算财 营预算财政\n"
        "拨款 政拨款 拨款\n"
        "栏次 1 栏次 2 3 4 5\n"
        "一、一般公共预算财政拨款 1 8,326.54 一、一般公共服务支出 33\n"
        " 5  八、社会保障和就业支出 40 8,090.05 8,090.05\n"
        "本年收入合计 9 8,739.14 本年支出合计 59 8,688.57 8,290.12 398.45\n"
        "注：本表反映部门本年度财政拨款的总收支情况。\n"
    )
    [table] = _tables(text)
    assert table[1][5:] == ["合计", "一般公共+预算财政+拨款", "政府性基+金预算财+政拨款", "国有资本经+营预算财政+拨款"]
    assert table[-1] == ["本年收入合计", "9", "8,739.14", "本年支出合计", "59", "8,688.57", "8,290.12", "398.45", ""]


def test_a_code_column_named_function_class_over_its_code_line_is_a_code_column():
    text = (
        "部门：某区民政局 单位：万元\n"
        "项目 年初结转 本年收入 本年支出 年末结转\n"
        "功能分类 科目名称 和结余 小计 基本支出 项目支出 和结余\n"
        "科目编码\n"
        "栏次 1 2 3 4 5 6\n"
        "合计 58.10 412.60 398.45 398.45 72.25\n"
        "2296002 用于社会福利的彩票公益金支出 58.10 412.60 398.45 398.45 72.25\n"
        "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。\n"
    )
    [table] = _tables(text)
    # 科目编码 is the rest of 功能分类, wrapped below the line (功能分类科目编码)
    assert table[1][:2] == ["功能分类+科目编码", "科目名称"]
    assert table[-1][:2] == ["2296002", "用于社会福利的彩票公益金支出"]
    # 本年支出 parts into 小计 基本支出 项目支出; the 小计 adds up with one of its parts blank, and
    # 72.25 stays under 年末结转和结余
    assert table[-1][2:5] == ["58.10", "412.60", "398.45"] and table[-1][-1] == "72.25"


def test_two_groups_side_by_side_each_with_its_code_column_parted_by_level():
    # 一般公共预算财政拨款基本支出决算表 as a PDF viewer copies it: 人员经费 | 公用经费 side by side,
    # each group's code in 类 and 款 (sh_putuo_czj_2024_final.pdf)
    text = (
        "一般公共预算财政拨款基本支出决算表\n"
        "单位：万元\n"
        "经济分类 科目名称 决算数 经济分类 科目名称 决算数\n"
        "科目编码 科目编码\n"
        "类 款 类 款\n"
        "301 工资福利支出 2,082.85 302 商品和服务支出 171.07\n"
        "301 01 基本工资 262.33 302 01 办公费 21.21\n"
        "301 02 津贴补贴 1,238.58 302 02 印刷费 7.61\n"
        "301 03 奖金 302 03 咨询费\n"
        "301 06 伙食补助费 302 04 手续费 0.09\n"
    )
    [table] = _tables(text)
    assert table[2][:2] == ["类", "款"] and table[2][4:6] == ["类", "款"]
    assert table[4] == ["301", "01", "基本工资", "262.33", "302", "01", "办公费", "21.21"]
    assert table[6] == ["301", "03", "奖金", "", "302", "03", "咨询费", ""]
    assert table[7] == ["301", "06", "伙食补助费", "", "302", "04", "手续费", "0.09"]


def test_a_label_wrapped_on_a_line_of_its_own_goes_to_the_label_that_fills_its_column():
    # 收入支出决算总表 copied from a PDF: the rest of the left label (收入, 款收入) comes alone on
    # the next line; the right label (一、一般公共服务支出) is short of its column's width
    text = (
        "收入支出决算总表\n"
        "单位：万元\n"
        "收入 支出\n"
        "项目 决算数 项目 决算数\n"
        "一、一般公共预算财政拨款 2,940.05 一、一般公共服务支出 2,106.66\n"
        "收入\n"
        "二、政府性基金预算财政拨 二、外交支出\n"
        "款收入\n"
        "八、其他收入 6.20 八、社会保障和就业支出 326.71\n"
        "十四、资源勘探工业信息等\n"
        "支出\n"
        "本年收入合计 2,946.25 本年支出合计 2,940.05\n"
    )
    [table] = _tables(text)
    assert table[2] == ["一、一般公共预算财政拨款+收入", "2,940.05", "一、一般公共服务支出", "2,106.66"]
    assert table[3][0] == "二、政府性基金预算财政拨+款收入" and table[3][2] == "二、外交支出"


def test_a_prior_year_column_beside_the_columns_its_neighbour_parts_into():
    # 表五 of a 部门预算: 2024年预算数 is a column of its own, 2025年预算数 parts into 合计 基本支出 项目支出;
    # on the 合计 row (four figures) 7,459.46 = 2,535.36 + 4,924.10 says which cell parts
    text = (
        "部门：西宁市林业和草原局 单位：万元\n"
        "科目编码 科目名称 2024年预算数 2025年预算数\n"
        "合计 基本支出 项目支出\n"
        "合计 7,668.83 7,459.46 2,535.36 4,924.10\n"
        "213 农林水支出 7,668.83 7,459.46 2,535.36 4,924.10\n"
        "21302 林业和草原 7,668.83 7,459.46 2,535.36 4,924.10\n"
        "2130201 行政运行 952.18 986.74 986.74\n"
        "2130205 森林资源培育 4,320.00 3,860.00 3,860.00\n"
        "2130209 森林生态效益补偿 612.30 612.30 612.30\n"
        "2130234 林业草原防灾减灾 298.00 356.80 356.80\n"
        "2130204 事业机构 1,486.35 1,548.62 1,548.62\n"
        "2130236 草原管理 95.00 95.00\n"
        "- 6 -\n"
    )
    [table] = _tables(text)
    assert table[0] == ["", "", "", "2025年预算数", "", ""]
    assert table[1] == ["科目编码", "科目名称", "2024年预算数", "合计", "基本支出", "项目支出"]
    assert table[2] == ["", "合计", "7,668.83", "7,459.46", "2,535.36", "4,924.10"]
    assert table[5] == ["2130201", "行政运行", "952.18", "986.74", "986.74", ""]
    assert table[6] == ["2130205", "森林资源培育", "4,320.00", "3,860.00", "", "3,860.00"]
    # a row new this year: no 2024 figure, its two figures the 2025 合计 and 项目支出
    assert table[-1] == ["2130236", "草原管理", "", "95.00", "", "95.00"]


def test_fund_columns_wrapped_in_their_cells_and_a_cell_parted_below_on_two_header_lines():
    # 表二 部门收入总表: the rests of 一般公共预算 / 国有资本经营预 … on the line below, then the five
    # columns 单位资金 parts into; 85.00 goes under 一般公共预算拨款收入, as 表一 named 8,890.22 so
    text = (
        "部门：西宁市林业和草原局 单位：万元\n"
        "项 目 本年预算 项 目 本年预算\n"
        "一、一般公共预算拨款收入 8,890.22 一、农林水支出 8,928.72\n"
        "二、单位资金收入 38.50\n"
        "（一）其他收入 38.50\n"
        "本 年 收 入 合 计 8,928.72 本 年 支 出 合 计 8,928.72\n"
        "- 2 -\n"
        "部门：西宁市林业和草原局 单位：万元\n"
        "科目编码 科目名称 合计 上年结转结余 一般公共预算 政府性基金预算 国有资本经营预 财政专户管理资 单位资金\n"
        "拨款收入 拨款收入 算拨款收入 金收入 事业收入 事业单位经营收入 上级补助收入 附属单位上缴收入 其他收入\n"
        "合计 8,928.72 8,890.22 38.50\n"
        "213 农林水支出 8,928.72 8,890.22 38.50\n"
        "21302 林业和草原 8,928.72 8,890.22 38.50\n"
        "2130201 行政运行 8,805.22 8,805.22\n"
        "2130206 技术推广与转化 123.50 85.00 38.50\n"
        "- 3 -\n"
    )
    first, table = _tables(text)
    # the label spaced out to its cell's width is one label, not a label a character
    assert first[-1] == ["本 年 收 入 合 计", "8,928.72", "本 年 支 出 合 计", "8,928.72"]
    assert table[0][8] == "单位资金" and [c for c in table[0] if c] == ["单位资金"]
    assert table[1] == ["科目编码", "科目名称", "合计", "上年结转结余", "一般公共预算+拨款收入", "政府性基金预算+拨款收入",
                        "国有资本经营预+算拨款收入", "财政专户管理资+金收入", "事业收入", "事业单位经营收入",
                        "上级补助收入", "附属单位上缴收入", "其他收入"]
    assert table[-1] == ["2130206", "技术推广与转化", "123.50", "", "85.00"] + [""] * 7 + ["38.50"]


def test_a_code_and_label_line_under_the_line_that_names_the_figures_columns():
    # 项目 stands over the code and label that 科目编码 科目名称 name below it: the rows' codes are
    # a column of their own, not the first word of the label
    text = (
        "部门：天津市河西区体育局 金额单位：万元\n"
        "项目 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入\n"
        "科目编码 科目名称\n"
        "栏次 1 2 3 4 5 6\n"
        "合计 2,034.43 1,985.01 46.30 3.12\n"
        "207 文化旅游体育与传媒支出 2,034.43 1,985.01 46.30 3.12\n"
        "20703 体育 2,034.43 1,985.01 46.30 3.12\n"
        "2070301 行政运行 682.47 682.47\n"
        "2070305 体育竞赛 236.80 236.80\n"
        "2070307 体育场馆 412.55 412.55\n"
        "2070308 群众体育 702.61 653.19 46.30 3.12\n"
        "注：本表反映部门本年度取得的各项收入情况。\n"
    )
    [table] = _tables(text)
    assert table[0] == ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
                        "附属单位上缴收入", "其他收入"]
    assert table[1][:4] == ["", "合计", "2,034.43", "1,985.01"]
    assert table[4] == ["2070301", "行政运行", "682.47", "682.47", "", "", "", "", ""]


def test_a_cell_parted_into_a_subtotal_and_its_parts_under_the_code_and_label_line():
    # 政府性基金预算财政拨款收入支出决算表: 本年支出 parts into 小计 基本支出 项目支出 (its kind ends them
    # all); six numbered columns; 33.60 is 年末结转和结余, not 项目支出: a 小计 is the sum of its parts
    text = (
        "部门：天津市河西区体育局 金额单位：万元\n"
        "项目 年初结转和结余 本年收入 本年支出 年末结转和结余\n"
        "科目编码 科目名称 小计 基本支出 项目支出\n"
        "栏次 1 2 3 4 5 6\n"
        "合计 12.60 406.00 385.00 385.00 33.60\n"
        "229 其他支出 12.60 406.00 385.00 385.00 33.60\n"
        "22960 彩票公益金安排的支出 12.60 406.00 385.00 385.00 33.60\n"
        "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。\n"
    )
    [table] = _tables(text)
    assert table[0] == ["", "", "", "", "本年支出", "", "", ""]
    assert table[1] == ["科目编码", "科目名称", "年初结转和结余", "本年收入", "小计", "基本支出", "项目支出", "年末结转和结余"]
    assert table[2][2:4] == ["12.60", "406.00"] and table[2][-1] == "33.60"


def test_a_wide_table_with_a_dozen_rows_under_one_code_is_placed_by_their_sums():
    # six columns of figures, three of them blank: each 项's one figure after 合计 is 基本支出 or
    # 项目支出 as the 款's columns add up (too many ways to try them all)
    rows = [("2130201", "行政运行", "986.74", "b"), ("2130202", "一般行政管理事务", "126.00", "p"),
            ("2130204", "事业机构", "1,548.62", "b"), ("2130205", "森林资源培育", "3,860.00", "p"),
            ("2130206", "技术推广与转化", "123.50", "p"), ("2130209", "森林生态效益补偿", "612.30", "p"),
            ("2130211", "动植物保护", "48.00", "p"), ("2130212", "湿地保护", "220.00", "p"),
            ("2130234", "林业草原防灾减灾", "356.80", "p"), ("2130236", "草原管理", "95.00", "p")]
    text = (
        "部门：西宁市林业和草原局 单位：万元\n"
        "科目编码 科目名称 合计 基本支出 项目支出 上缴上级支出 事业单位经营支出 对下级单位补助支出\n"
        "合计 7,976.96 2,535.36 5,441.60\n"
        "213 农林水支出 7,976.96 2,535.36 5,441.60\n"
        "21302 林业和草原 7,976.96 2,535.36 5,441.60\n"
        + "".join(f"{code} {name} {v} {v}\n" for code, name, v, _ in rows)
        + "- 4 -\n"
    )
    [table] = _tables(text)
    for (code, name, v, side), row in zip(rows, table[-len(rows):]):
        assert row == [code, name, v, v if side == "b" else "", v if side == "p" else "", "", "", ""]


def test_the_three_public_table_whose_vehicle_parts_are_named_short_under_their_whole():
    # 表七 of a 部门预算: a year a part side by side, 因公出国 / （境）费 wrapped, and under
    # 公务用车购置及运行费 its 小计 购置费 运行费
    text = (
        "部门：西宁市林业和草原局 单位：万元\n"
        "2024年预算数 2025年预算数\n"
        "合计 因公出国 公务用车购置及运行费 公务接待费 合计 因公出国 公务用车购置及运行费 公务接待费\n"
        "（境）费 小计 购置费 运行费 （境）费 小计 购置费 运行费\n"
        "37.20 0.00 31.20 0.00 31.20 6.00 33.40 0.00 28.60 0.00 28.60 4.80\n"
        "- 8 -\n"
    )
    [table] = _tables(text)
    assert table[-1] == ["37.20", "0.00", "31.20", "0.00", "31.20", "6.00", "33.40", "0.00", "28.60", "0.00", "28.60", "4.80"]
    assert table[1][:3] == ["合计", "因公出国+（境）费", "公务用车购置及运行费"]
    assert table[2][2:5] == ["小计", "购置费", "运行费"]


def test_header_cells_wrapped_in_narrow_columns_counted_by_the_column_numbers():
    # 收入决算表 of a Sichuan 部门决算: 附属单位上缴 / 收入 wrapped, 其他收入 on a line of its own, the
    # code and label columns named under them; 栏次 1 … 7 counts the figures' columns.  A label
    # wrapped around its row's figures (…基本养老保险缴 / 2080505 142.56 142.56 / 费支出) is one label;
    # 12.35 goes under 其他收入, where the 收支总表 above stated it
    text = (
        "部门：成都市武侯区商务局 金额单位：万元\n"
        "项目 行次 金额 项目 行次 金额\n"
        "一、一般公共预算财政拨款收入 1 2,487.85 一、一般公共服务支出 31 2,297.18\n"
        "八、其他收入 8 12.35 八、社会保障和就业支出 38 203.02\n"
        "注：本表反映部门本年度的总收支和年末结转结余情况。\n"
        "- 15 -\n"
        "收入决算表\n"
        "公开02表\n"
        "部门：成都市武侯区商务局 金额单位：万元\n"
        "项目\n"
        "本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入\n"
        "附属单位上缴\n"
        "收入\n"
        "其他收入\n"
        "科目编码 科目名称\n"
        "栏次 1 2 3 4 5 6 7\n"
        "合计 2,500.20 2,487.85 12.35\n"
        "201 一般公共服务支出 2,297.18 2,284.83 12.35\n"
        "20113 商贸事务 2,297.18 2,284.83 12.35\n"
        "2011301 行政运行 2,188.43 2,188.43\n"
        "2011399 其他商贸事务支出 108.75 96.40 12.35\n"
        "208 社会保障和就业支出 203.02 203.02\n"
        "20805 行政事业单位养老支出 203.02 203.02\n"
        "2080501 行政单位离退休 38.62 38.62\n"
        "机关事业单位基本养老保险缴\n"
        "2080505 142.56 142.56\n"
        "费支出\n"
        "注：本表反映部门本年度取得的各项收入情况。\n"
    )
    table = _tables(text)[-1]
    assert table[1] == ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入",
                        "经营收入", "附属单位上缴+收入", "其他收入"]
    assert table[2] == ["", "合计", "2,500.20", "2,487.85", "", "", "", "", "12.35"]
    assert table[-1] == ["2080505", "机关事业单位基本养老保险缴+费支出", "142.56", "142.56", "", "", "", "", ""]


def test_one_wrapped_header_cell_after_the_named_columns_counted_by_the_column_numbers():
    # 支出决算表: 对附属单位补 / 助支出 is the sixth column
    text = (
        "部门：成都市武侯区商务局 金额单位：万元\n"
        "项目\n"
        "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出\n"
        "对附属单位补\n"
        "助支出\n"
        "科目编码 科目名称\n"
        "栏次 1 2 3 4 5 6\n"
        "合计 3,301.54 1,652.38 1,649.16\n"
        "210 卫生健康支出 94.47 94.47\n"
        "21011 行政事业单位医疗 94.47 94.47\n"
        "注：本表反映部门本年度各项支出情况。\n"
    )
    [table] = _tables(text)
    assert table[1] == ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出",
                        "经营支出", "对附属单位补+助支出"]
    assert table[-1] == ["21011", "行政事业单位医疗", "94.47", "94.47", "", "", "", ""]


def test_a_cell_over_the_lowest_header_line_printed_above_the_cells_that_span_both():
    # 表5 of a Gansu 部门预算: 2025年预算数 spans 合计 基本支出 项目支出 and comes out first; the table
    # ends at the next table's number and title, which are no rest of the last row's label
    text = (
        "部门：兰州市交通运输局 单位：万元\n"
        "2025年预算数\n"
        "科目编码 科目名称 2024年预算数\n"
        "合计 基本支出 项目支出\n"
        "合计 12,290.18 12,486.53 5,132.13 7,354.40\n"
        "208 社会保障和就业支出 954.44 983.52 983.52\n"
        "221 住房保障支出 386.52 398.53 398.53\n"
        "表6\n"
        "兰州市交通运输局2025年一般公共预算基本支出表\n"
        "部门：兰州市交通运输局 单位：万元\n"
    )
    [table] = _tables(text)
    assert table[1] == ["科目编码", "科目名称", "2024年预算数", "合计", "基本支出", "项目支出"]
    assert table[2] == ["", "合计", "12,290.18", "12,486.53", "5,132.13", "7,354.40"]
    assert table[-1] == ["221", "住房保障支出", "386.52", "398.53", "398.53", ""]


def test_seventeen_rows_under_one_economic_class_are_placed_by_their_sums():
    # 一般公共预算基本支出表: the 款 of 302 each print 合计 and one more figure, which the class's
    # 公用经费 (730.58, its 人员经费 blank) says is 公用经费
    rows = [("30201", "办公费", "96.40"), ("30202", "印刷费", "12.80"), ("30205", "水费", "8.60"),
            ("30206", "电费", "42.30"), ("30207", "邮电费", "28.75"), ("30209", "物业管理费", "118.60"),
            ("30211", "差旅费", "46.20"), ("30213", "维修（护）费", "35.00"), ("30215", "会议费", "6.00"),
            ("30216", "培训费", "18.50"), ("30217", "公务接待费", "4.80"), ("30226", "劳务费", "64.00"),
            ("30228", "工会经费", "50.13"), ("30229", "福利费", "40.90"), ("30231", "公务用车运行维护费", "86.40"),
            ("30239", "其他交通费用", "52.00"), ("30299", "其他商品和服务支出", "19.20")]
    text = (
        "部门：兰州市交通运输局 单位：万元\n"
        "部门预算支出经济分类科目 本年一般公共预算基本支出\n"
        "科目编码 科目名称 合计 人员经费 公用经费\n"
        "合计 1,790.58 1,060.00 730.58\n"
        "301 工资福利支出 1,060.00 1,060.00\n"
        "30101 基本工资 1,060.00 1,060.00\n"
        "302 商品和服务支出 730.58 730.58\n"
        + "".join(f"{code} {name} {v} {v}\n" for code, name, v in rows)
        + "表7\n"
    )
    [table] = _tables(text)
    assert table[-len(rows) - 1] == ["302", "商品和服务支出", "730.58", "", "730.58"]
    for (code, name, v), row in zip(rows, table[-len(rows):]):
        assert row == [code, name, v, "", v]


def test_an_income_table_whose_second_header_line_parts_the_last_cell_into_its_sources():
    # gd_zh_zjj_2025_budget 表2: 合计 and 上年结转 are columns of their own, 本年收入 parts into the
    # five sources most of which end as it does (收入); 上年结转 is blank on every row, as the
    # 收支总表 before it tells (18,642.37 is the 一般公共预算拨款收入)
    text = (
        "编制单位：珠海市住房和城乡建设局 单位：万元\n"
        "收 入 支 出\n"
        "项 目 2025年预算数 项 目 2025年预算数\n"
        "一、一般公共预算拨款收入 18,642.37 一、城乡社区支出 16,716.34\n"
        "二、政府性基金预算拨款收入 3,200.00 二、住房保障支出 5,211.63\n"
        "三、单位资金 85.60\n"
        "本年收入合计 21,927.97 本年支出合计 21,927.97\n"
        "表2\n"
        "编制单位：珠海市住房和城乡建设局 单位：万元\n"
        "科目编码 科目名称 合计 上年结转 本年收入\n"
        "一般公共预算拨款收入 政府性基金预算拨款收入 国有资本经营预算拨款收入 财政专户管理资金收入 单位资金\n"
        "合计 21,927.97 18,642.37 3,200.00 85.60\n"
        "208 社会保障和就业支出 954.94 954.94\n"
        "20805 行政事业单位养老支出 954.94 954.94\n"
        "2080501 行政单位离退休 186.40 186.40\n"
        "2080505 机关事业单位基本养老保险缴费支出 512.36 512.36\n"
        "机关事业单位职业年金\n"
        "2080506 256.18 256.18\n"
        "缴费支出\n"
        "210 卫生健康支出 439.61 439.61\n"
        "21011 行政事业单位医疗 439.61 439.61\n"
        "2101101 行政单位医疗 268.52 268.52\n"
        "2101102 事业单位医疗 97.84 97.84\n"
        "2101103 公务员医疗补助 73.25 73.25\n"
        "212 城乡社区支出 16,716.34 13,430.74 3,200.00 85.60\n"
        "21201 城乡社区管理事务 12,436.34 12,350.74 85.60\n"
        "2120101 行政运行 4,386.27 4,386.27\n"
        "2120102 一般行政管理事务 1,235.60 1,235.60\n"
        "2120106 工程建设管理 2,174.85 2,174.85\n"
        "2120109 住宅建设与房地产市场监管 1,648.30 1,648.30\n"
        "其他城乡社区管理事务\n"
        "2120199 2,991.32 2,905.72 85.60\n"
        "支出\n"
        "21203 城乡社区公共设施 1,080.00 1,080.00\n"
        "2120399 其他城乡社区公共设施支出 1,080.00 1,080.00\n"
        "21213 城市基础设施配套费安排的支出 3,200.00 3,200.00\n"
        "2121301 城市公共设施 3,200.00 3,200.00\n"
        "221 住房保障支出 3,817.08 3,817.08\n"
        "22101 保障性安居工程支出 2,760.00 2,760.00\n"
        "2210106 公共租赁住房 1,560.00 1,560.00\n"
        "2210108 老旧小区改造 1,200.00 1,200.00\n"
        "22102 住房改革支出 1,057.08 1,057.08\n"
        "2210201 住房公积金 610.48 610.48\n"
        "2210203 购房补贴 446.60 446.60\n"
        "— 4 —\n"
    )
    [_, table] = _tables(text)
    assert table[0][4] == "本年收入"
    assert table[1] == ["科目编码", "科目名称", "合计", "上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入",
                        "国有资本经营预算拨款收入", "财政专户管理资金收入", "单位资金"]
    assert table[2] == ["", "合计", "21,927.97", "", "18,642.37", "3,200.00", "", "", "85.60"]
    assert table[15] == ["2120101", "行政运行", "4,386.27", "", "4,386.27", "", "", "", ""]
    assert table[19] == ["2120199", "其他城乡社区管理事务+支出", "2,991.32", "", "2,905.72", "", "", "", "85.60"]
    assert table[22] == ["21213", "城市基础设施配套费安排的支出", "3,200.00", "", "", "3,200.00", "", "", ""]


def test_a_table_by_unit_whose_parted_columns_wrap_onto_a_third_header_line():
    # gs_lz_jtj_2025_budget 表2: 上年结转 / 结余, the sources wrapped in turn (一般公共预 / 算拨款收入),
    # units' codes of six digits, a unit's name wrapped below its figures; the units add up to 合计,
    # whose second figure a table before names 一般公共预算拨款收入
    text = (
        "部门：兰州市交通运输局 单位：万元\n"
        "收入 支出\n"
        "项目 2025年预算数 项目 2025年预算数\n"
        "一、一般公共预算拨款收入 12,486.53 一、交通运输支出 12,486.53\n"
        "本年收入合计 12,486.53 本年支出合计 12,486.53\n"
        "表2\n"
        "部门：兰州市交通运输局 单位：万元\n"
        "单位编码 单位名称 合计 上年结转 本年收入\n"
        "结余 一般公共预 政府性基金 国有资本经 财政专户管 单位资金\n"
        "算拨款收入 预算拨款收入 营预算拨款收入 理资金收入\n"
        "合计 12,486.53 12,486.53\n"
        "101001 兰州市交通运输局本级 8,912.40 8,912.40\n"
        "101002 兰州市交通运输综合行政执 2,463.75 2,463.75\n"
        "法支队\n"
        "101003 兰州市交通运输事业发展 1,110.38 1,110.38\n"
        "中心\n"
        "表3\n"
    )
    [_, table] = _tables(text)
    assert table[1] == ["单位编码", "单位名称", "合计", "上年结转+结余", "一般公共预+算拨款收入", "政府性基金+预算拨款收入",
                        "国有资本经+营预算拨款收入", "财政专户管+理资金收入", "单位资金"]
    assert table[2] == ["", "合计", "12,486.53", "", "12,486.53", "", "", "", ""]
    assert table[4] == ["", "101002 兰州市交通运输综合行政执+法支队", "2,463.75", "", "2,463.75", "", "", "", ""]
    assert len(table) == 6


def test_rests_of_the_upper_cells_after_the_names_of_the_code_and_label_columns():
    # js_yc_mzj_2024_final 公开02表: 功能分类 / 科目编码 wrapped, the rests 合计 收入 收入 上缴收入 of
    # the cells that stop short (本年收入合计, 财政拨款收入 …); 23.18 is 其他收入 as the 收支总表 says
    text = (
        "部门：盐城市盐都区民政局 单位：万元\n"
        "收入 支出\n"
        "项目 行次 金额 项目 行次 金额\n"
        "一、一般公共预算财政拨款收入 1 8,739.14 一、社会保障和就业支出 32 8,149.65\n"
        "八、其他收入 8 23.18 二、卫生健康支出 33 612.67\n"
        "本年收入合计 9 8,762.32 本年支出合计 34 8,762.32\n"
        "注：本表反映部门本年度的总收支。\n"
        "收入决算表\n"
        "部门：盐城市盐都区民政局 单位：万元\n"
        "项目 本年收入 财政拨款 上级补助 事业收入 经营收入 附属单位 其他收入\n"
        "功能分类 科目名称 合计 收入 收入 上缴收入\n"
        "科目编码\n"
        "栏次 1 2 3 4 5 6 7\n"
        "合计 8,762.32 8,739.14 23.18\n"
        "208 社会保障和就业支出 8,149.65 8,126.47 23.18\n"
        "210 卫生健康支出 103.64 103.64\n"
        "229 其他支出 509.03 509.03\n"
        "注：本表反映部门本年度取得的各项收入情况。\n"
    )
    [_, table] = _tables(text)
    assert table[1] == ["功能分类+科目编码", "科目名称", "本年收入+合计", "财政拨款+收入", "上级补助+收入", "事业收入",
                        "经营收入", "附属单位+上缴收入", "其他收入"]
    assert table[2] == ["", "合计", "8,762.32", "8,739.14", "", "", "", "", "23.18"]
    assert table[3] == ["208", "社会保障和就业支出", "8,149.65", "8,126.47", "", "", "", "", "23.18"]


def test_a_spending_table_whose_rests_stand_beside_the_code_and_label_names_over_the_levels():
    # sh_pd_sthjj_2024_final 支出决算表: 6 columns of figures named on the upper line, 3 rests on the
    # lower (合计 to 本年支出, 支出 to 上缴上级, 补助支出 to 对附属单位), 类 款 项 below
    text = (
        "支出决算表\n"
        "单位：万元\n"
        "项目 本年支出 基本支出 项目支出 上缴上级 经营支出 对附属单位\n"
        "支出功能分类科目编码 科目名称 合计 支出 补助支出\n"
        "类 款 项\n"
        "合计 20,220.73 6,979.30 13,241.43\n"
        "211 节能环保支出 16,705.93 4,783.10 11,922.83\n"
        "212 城乡社区支出 1,318.60 1,318.60\n"
        "212 08 国有土地使用权出让收入安排的支出 1,318.60 1,318.60\n"
        "221 住房保障支出 2,196.20 2,196.20\n"
        "财政拨款收入支出决算总表\n"
    )
    [table] = _tables(text)
    assert table[1] == ["支出功能分类科目编码", "", "", "科目名称", "本年支出+合计", "基本支出", "项目支出",
                        "上缴上级+支出", "经营支出", "对附属单位+补助支出"]
    assert table[2] == ["类", "款", "项", "", "", "", "", "", "", ""]
    # 212's one figure under 项目支出: the 合计's columns add up so
    assert table[5] == ["212", "", "", "城乡社区支出", "1,318.60", "", "1,318.60", "", "", ""]


def test_a_fund_table_parted_with_rests_over_the_levels_of_the_code_and_no_column_numbers():
    # sh_pd_sthjj_2024_final 政府性基金表: 年初结转 / 和结余, 本年支出 / 小计 基本支出 项目支出;
    # the 小计 adds up with 基本支出 blank (项目支出 leaves 1,318.60 = 0 + 1,318.60 … either way the
    # figures stand in the 本年支出 group, and 71.40 under 年末结转和结余)
    text = (
        "政府性基金预算财政拨款收入支出决算表\n"
        "单位：万元\n"
        "项目 年初结转 本年收入 本年支出 年末结转\n"
        "支出功能分类科目编码 科目名称 和结余 小计 基本支出 项目支出 和结余\n"
        "类 款 项\n"
        "合计 140.00 1,250.00 1,318.60 1,318.60 71.40\n"
        "212 城乡社区支出 140.00 1,250.00 1,318.60 1,318.60 71.40\n"
        "注：本表金额为零的单元格不填列。\n"
    )
    [table] = _tables(text)
    assert table[0][6] == "本年支出"
    assert table[1][3:] == ["科目名称", "年初结转+和结余", "本年收入", "小计", "基本支出", "项目支出", "年末结转+和结余"]
    assert table[3][3:5] == ["合计", "140.00"]
    assert table[3][-1] == "71.40" and table[4][-1] == "71.40"
    assert table[4][6] == "1,318.60" and sorted(table[4][7:9]) == ["", "1,318.60"]


def test_a_two_sided_total_table_whose_fund_columns_wrap_their_last_words():
    # sh_pd_sthjj_2024_final 财政拨款收入支出决算总表: 一般公共预算 / 财政拨款 …, no column numbers
    text = (
        "财政拨款收入支出决算总表\n"
        "单位：万元\n"
        "收入 支出\n"
        "项目 决算数 项目 合计 一般公共预算 政府性基金预 国有资本经营\n"
        "财政拨款 算财政拨款 预算财政拨款\n"
        "一、一般公共预算财政拨款 18,770.23 一、一般公共服务支出\n"
        "二、政府性基金预算财政拨款 1,250.00 二、外交支出\n"
        "三、国有资本经营预算财政拨款 三、国防支出\n"
        "十一、城乡社区支出 1,318.60 1,318.60\n"
        "本年收入合计 20,020.23 本年支出合计 20,181.98 18,863.38 1,318.60\n"
        "总计 20,580.53 总计 20,580.53 19,190.53 1,390.00\n"
        "一般公共预算财政拨款支出决算表\n"
    )
    [table] = _tables(text)
    assert table[1] == ["项目", "决算数", "项目", "合计", "一般公共预算+财政拨款", "政府性基金预+算财政拨款",
                        "国有资本经营+预算财政拨款"]
    assert table[4] == ["三、国有资本经营预算财政拨款", "", "三、国防支出", "", "", "", ""]
    assert table[6] == ["本年收入合计", "20,020.23", "本年支出合计", "20,181.98", "18,863.38", "1,318.60", ""]


def test_a_spending_table_whose_last_cells_stop_short_and_end_on_the_line_below():
    # nx_yc_ybj_2025_budget 表3: 事业单位经营 / 支出, 对下级单位补 / 助支出
    text = (
        "部门：银川市医疗保障局 单位：万元\n"
        "科目编码 科目名称 合计 基本支出 项目支出 上缴上级支出 事业单位经营 对下级单位补\n"
        "支出 助支出\n"
        "合计 3,556.61 1,406.91 2,149.70\n"
        "210 卫生健康支出 3,334.85 1,185.15 2,149.70\n"
        "21015 医疗保障管理事务 1,397.48 1,107.78 289.70\n"
        "221 住房保障支出 221.76 221.76\n"
        "— 12 —\n"
    )
    [table] = _tables(text)
    assert table[0] == ["科目编码", "科目名称", "合计", "基本支出", "项目支出", "上缴上级支出", "事业单位经营+支出",
                        "对下级单位补+助支出"]
    assert table[1] == ["", "合计", "3,556.61", "1,406.91", "2,149.70", "", "", ""]


def test_the_three_public_table_with_the_kinds_in_pairs_under_every_subject():
    # sh_pd_sthjj_2024_final: 预算数 决算数 under each subject, the figures in pairs, the pair of the
    # blank 因公出国（境）费 left out; the kinds stand over the subjects, each subject over its two
    text = (
        "财政拨款“三公”经费支出决算表\n"
        "单位：万元\n"
        "财政拨款“三公”经费\n"
        "合计 因公出国（境）费 公务用车购置及运行费 公务接待费\n"
        "小计 公务用车购置费 公务用车运行费\n"
        "预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数\n"
        "74.10 67.43 70.60 65.57 28.00 26.85 42.60 38.72 3.50 1.86\n"
        "政府性基金预算财政拨款收入支出决算表\n"
    )
    [table] = _tables(text)
    assert table[1] == ["预算数", "决算数"] * 6
    assert table[2][0::2] == ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"]
    assert table[3][4:10] == ["小计", "", "公务用车购置费", "", "公务用车运行费", ""]
    assert table[4] == ["74.10", "67.43", "", "", "70.60", "65.57", "28.00", "26.85", "42.60", "38.72", "3.50", "1.86"]
    doc = read_text(text)
    block = next(b for b in doc.blocks if b.rows)
    assert block.rows[2][1].merged_from == (2, 0) and block.rows[3][5].merged_from == (3, 4)


def test_a_prior_year_column_beside_a_parted_one_when_no_row_fills_every_column():
    # gd_zh_zjj_2025_budget 表8: 2024年预算数 a column of its own, 2025年预算数 parted into 合计 基本支出
    # 项目支出, and every row leaves 基本支出 blank: three cells of the leaf cannot be shared out
    # between the two above, so one of them parts and the other stands alone
    text = (
        "表8\n"
        "政府性基金预算支出表\n"
        "编制单位：珠海市住房和城乡建设局 单位：万元\n"
        "科目编码 科目名称 2024年预算数 2025年预算数\n"
        "合计 基本支出 项目支出\n"
        "合计 2,600.00 3,200.00 3,200.00\n"
        "212 城乡社区支出 2,600.00 3,200.00 3,200.00\n"
        "21213 城市基础设施配套费安排的支出 2,600.00 3,200.00 3,200.00\n"
        "2121301 城市公共设施 2,600.00 3,200.00 3,200.00\n"
        "— 10 —\n"
    )
    [table] = _tables(text)
    assert table[0] == ["", "", "", "2025年预算数", "", ""]
    assert table[1] == ["科目编码", "科目名称", "2024年预算数", "合计", "基本支出", "项目支出"]
    assert [row[2:4] for row in table[2:]] == [["2,600.00", "3,200.00"]] * 4
    assert table[3][:2] == ["212", "城乡社区支出"]


def test_the_fund_parts_of_the_opening_balance_stand_on_the_left_by_the_sums():
    # sh_pd_sthjj_2024_final, 财政拨款收入支出决算总表: under 年初 560.30 | 年末 398.55 327.15 71.40 the
    # rows of one label and figure are the 年初's parts (420.30 + 140.00 = 560.30), not the right's
    text = (
        "财政拨款收入支出决算总表\n"
        "单位：万元\n"
        "收入 支出\n"
        "项目 决算数 项目 合计 一般公共预算 政府性基金预 国有资本经营\n"
        "财政拨款 算财政拨款 预算财政拨款\n"
        "一、一般公共预算财政拨款 18,770.23 一、一般公共服务支出\n"
        "二、政府性基金预算财政拨款 1,250.00 二、外交支出\n"
        "三、国有资本经营预算财政拨款 三、国防支出\n"
        "八、社会保障和就业支出 1,046.14 1,046.14\n"
        "十一、城乡社区支出 1,318.60 1,318.60\n"
        "本年收入合计 20,020.23 本年支出合计 20,181.98 18,863.38 1,318.60\n"
        "年初财政拨款结转和结余 560.30 年末财政拨款结转和结余 398.55 327.15 71.40\n"
        "一、一般公共预算财政拨款 420.30\n"
        "二、政府性基金预算财政拨款 140.00\n"
        "三、国有资本经营预算财政拨款\n"
        "总计 20,580.53 总计 20,580.53 19,190.53 1,390.00\n"
        "一般公共预算财政拨款支出决算表\n"
    )
    [table] = _tables(text)
    assert table[-4] == ["一、一般公共预算财政拨款", "420.30", "", "", "", "", ""]
    assert table[-3] == ["二、政府性基金预算财政拨款", "140.00", "", "", "", "", ""]
    assert table[-2] == ["三、国有资本经营预算财政拨款", "", "", "", "", "", ""]
    # the expenditure side's own short rows stay on the right
    assert table[5] == ["", "", "八、社会保障和就业支出", "1,046.14", "1,046.14", "", ""]


def test_parts_equal_to_both_balances_are_the_left_ones_when_each_has_one_figure():
    # sh_putuo_czj_2024_final copied from the PDF: 年初 21.63 and 年末 21.63 21.63; a part of the
    # 年末 would fill its 合计 and its fund's column, so the lone 21.63 is the 年初's
    text = (
        "财政拨款收入支出决算总表\n"
        "单位：万元\n"
        "收入 支出\n"
        "项目 决算数 项目 合计 一般公共预算 政府性基金预 国有资本经营\n"
        "财政拨款 算财政拨款 预算财政拨款\n"
        "一、一般公共预算财政拨款 2,940.05 一、一般公共服务支出 2,106.66 2,106.66\n"
        "八、社会保障和就业支出 326.71 326.71\n"
        "本年收入合计 2,940.05 本年支出合计 2,940.05 2,940.05\n"
        "年初财政拨款结转和结余 21.63 年末财政拨款结转和结余 21.63 21.63\n"
        "一、一般公共预算财政拨款 21.63\n"
        "二、政府性基金预算财政拨\n"
        "款\n"
        "总计 2,961.68 总计 2,961.68 2,961.68\n"
        "收入决算表\n"
    )
    [table] = _tables(text)
    assert table[-3] == ["一、一般公共预算财政拨款", "21.63", "", "", "", "", ""]
    assert table[-2][:2] == ["二、政府性基金预算财政拨\n款", ""]


def test_the_last_income_item_stands_on_the_left_when_only_so_both_sides_add_up():
    # gd_zh_zjj_2025_budget 表1: the income list is one item longer than the spending one, and its
    # last item comes alone; 18,642.37 + 3,200.00 + 85.60 = 21,927.97 本年收入合计, while the
    # spending side adds up without it
    text = (
        "表1\n"
        "部门收支总表\n"
        "编制单位：珠海市住房和城乡建设局 单位：万元\n"
        "收 入 支 出\n"
        "项 目 2025年预算数 项 目 2025年预算数\n"
        "一、一般公共预算拨款收入 18,642.37 一、社会保障和就业支出 954.94\n"
        "二、政府性基金预算拨款收入 3,200.00 二、卫生健康支出 439.61\n"
        "三、国有资本经营预算拨款收入 三、城乡社区支出 16,716.34\n"
        "四、财政专户管理资金收入 四、住房保障支出 3,817.08\n"
        "五、单位资金 85.60\n"
        "本年收入合计 21,927.97 本年支出合计 21,927.97\n"
        "上年结转 结转下年\n"
        "收入总计 21,927.97 支出总计 21,927.97\n"
        "— 3 —\n"
    )
    [table] = _tables(text)
    assert table[6] == ["五、单位资金", "85.60", "", ""]
    assert table[7] == ["本年收入合计", "21,927.97", "本年支出合计", "21,927.97"]


def test_a_title_of_five_characters_ends_the_table_above_it():
    # the next table's title right under the last row (收入决算表, 支出决算表): no rest of a label
    text = (
        "部门：某局 单位：万元\n"
        "科目编码 科目名称 合计 基本支出 项目支出\n"
        "合计 1,200.00 700.00 500.00\n"
        "210 卫生健康支出 1,200.00 700.00 500.00\n"
        "2100401 疾病预防控制机构 700.00 700.00\n"
        "2100408 基本公共卫生服务 500.00 500.00\n"
        "支出决算表\n"
        "单位：万元\n"
    )
    doc = read_text(text)
    [table] = [b for b in doc.blocks if b.rows]
    assert text[table.start : table.end].endswith("基本公共卫生服务 500.00 500.00")
    assert any(b.kind == "paragraph" and text[b.start : b.end] == "支出决算表" for b in doc.blocks)


def test_a_figure_s_column_in_a_table_read_before_settles_a_row_that_adds_up_either_way():
    # gd_zh_zjj_2025_budget: 表3 (部门支出总表) puts 3,200.00 of 21213 / 2121301 under 项目支出; in 表8
    # each row's 3,200.00 合计 and one 3,200.00 add up as 基本支出 or as 项目支出, and 表3 says which
    from conftest import CORPUS

    lines = (CORPUS / "dev" / "budget" / "gd_zh_zjj_2025_budget.txt").read_text(encoding="utf-8").split("\n")
    text = "\n".join(lines[108:146] + lines[244:254]) + "\n"
    assert text.startswith("表3\n部门支出总表\n") and "表8\n政府性基金预算支出表\n" in text
    spending, fund = _tables(text)
    assert spending[-8] == ["2121301", "城市公共设施", "3,200.00", "", "3,200.00", "", "", ""]
    assert fund[2] == ["", "合计", "2,600.00", "3,200.00", "", "3,200.00"]
    assert fund[-1] == ["2121301", "城市公共设施", "2,600.00", "3,200.00", "", "3,200.00"]


def test_the_items_of_the_last_class_on_the_left_come_alone_under_a_row_of_both_sides():
    # js_yc_mzj_2024_final 公开06表: the 人员经费 list runs two rows longer than the 公用经费 one;
    # 30302 退休费 61.20 + 30305 生活补助 22.15 = 83.35, the 303 on the left of the row above them
    text = (
        "一般公共预算财政拨款基本支出决算明细表\n"
        "公开06表\n"
        "部门：盐城市盐都区民政局 单位：万元\n"
        "人员经费 公用经费\n"
        "科目编码 科目名称 决算数 科目编码 科目名称 决算数\n"
        "301 工资福利支出 925.10 302 商品和服务支出 128.65\n"
        "30101 基本工资 186.42 30201 办公费 18.36\n"
        "30113 住房公积金 96.43 310 资本性支出 5.20\n"
        "303 对个人和家庭的补助 83.35 31002 办公设备购置 5.20\n"
        "30302 退休费 61.20\n"
        "30305 生活补助 22.15\n"
        "人员经费合计 1,008.45 公用经费合计 133.85\n"
        "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。\n"
    )
    [table] = _tables(text)
    assert table[-3] == ["30302", "退休费", "61.20", "", "", ""]
    assert table[-2] == ["30305", "生活补助", "22.15", "", "", ""]
    assert table[-1] == ["", "人员经费合计", "1,008.45", "", "公用经费合计", "133.85"]


def test_a_spanning_cell_read_above_cells_that_wrap_goes_over_the_columns_of_the_lowest_line():
    # jx_nc_lyj_2025_budget, 预算02表 (lines 84-105): 单位资金 spans 事业收入 其他收入 上年结转结余, read
    # first; the fund cells wrap (一般公共预算 / 拨款收入) on the line between
    text = (
        "预算02表\n部门收入总表\n部门：南昌市林业局 单位：万元\n"
        "单位资金\n"
        "科目编码 科目名称 合计 一般公共预算 政府性基金预 国有资本经营 财政专户管理\n"
        "拨款收入 算拨款收入 预算拨款收入 资金收入\n"
        "事业收入 其他收入 上年结转结余\n"
        "合计 6,111.31 6,061.31 38.00 12.00\n"
        "208 社会保障和就业支出 279.63 279.63\n"
        "213 农林水支出 5,831.68 5,781.68 38.00 12.00\n"
        "21302 林业和草原 5,831.68 5,781.68 38.00 12.00\n"
        "2130204 事业机构 792.19 742.19 38.00 12.00\n"
        "2130205 森林资源培育 5,039.49 5,039.49\n"
    )
    [table] = _tables(text)
    assert table[0][7] == "单位资金"
    assert table[1] == ["科目编码", "科目名称", "合计", "一般公共预算+拨款收入", "政府性基金预+算拨款收入",
                        "国有资本经营+预算拨款收入", "财政专户管理+资金收入", "事业收入", "其他收入", "上年结转结余"]
    assert table[2][:2] == ["", "合计"] and table[2][2] == "6,111.31" and table[2][3] == "6,061.31"
    assert table[-1][:4] == ["2130205", "森林资源培育", "5,039.49", "5,039.49"]
    # 38.00 and 12.00 take two of the five columns after the 一般公共预算's (blank cells gone)
    assert sorted(c for c in table[5][4:] if c) == ["12.00", "38.00"]


def test_the_wholes_of_a_three_public_table_read_before_the_cells_centred_on_both_rows():
    # jx_nc_lyj_2025_budget, 预算07表 (lines 252-259): 公务用车购置及运行费 spans 小计 购置费 运行费 in
    # each year's group and comes out first; it stands between 因公出国（境）费 and 公务接待费, as the
    # rests （境）费 and 待费 either side of its 小计 show
    text = (
        "预算07表\n一般公共预算“三公”经费支出表\n部门：南昌市林业局 单位：万元\n"
        "2024年预算数 2025年预算数\n"
        "公务用车购置及运行费 公务用车购置及运行费\n"
        "合计 因公出国 公务接 合计 因公出国 公务接\n"
        "（境）费 小计 购置费 运行费 待费 （境）费 小计 购置费 运行费 待费\n"
        "47.00 0.00 40.00 0.00 40.00 7.00 44.70 0.00 38.50 0.00 38.50 6.20\n"
    )
    [table] = _tables(text)
    assert table[0][0] == "2024年预算数" and table[0][6] == "2025年预算数"
    assert table[1][:6] == ["合计", "因公出国+（境）费", "公务用车购置及运行费", "", "", "公务接+待费"]
    assert table[2][2:5] == ["小计", "购置费", "运行费"]
    assert table[3] == ["47.00", "0.00", "40.00", "0.00", "40.00", "7.00",
                        "44.70", "0.00", "38.50", "0.00", "38.50", "6.20"]
