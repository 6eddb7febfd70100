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
