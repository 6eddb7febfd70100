"""Budget figures: subject, code, kind, scope and year of every money figure, and their links."""

from decimal import Decimal as D

import pytest

from pipeline import document_from_text
from pipeline.budget import subject_code, subject_key


def amount(doc, text, nth=0):
    return [a for a in doc.facts["amounts"] if a.fact.quantity.text == text][nth]


def links(doc, kind, source):
    return [k for k in doc.facts["amount_links"] if k.type == kind and k.source == source.id]


def test_a_total_its_parts_and_their_shares(seed_docs):
    doc = seed_docs["001"]
    total = amount(doc, "1163.82万元", 3)
    basic, project = amount(doc, "893.92万元"), amount(doc, "269.9万元")
    assert (total.subject, total.kind, total.year) == ("本年支出合计", "决算数", 2023)
    assert (basic.subject_key, project.subject_key) == ("基本支出", "项目支出")
    for part, share in ((basic, "76.81"), (project, "23.19")):
        (part_of,) = links(doc, "part_of", part)
        assert (part_of.target, part_of.exhaustive) == (total.id, True)  # 基本/项目 is a partition
        (share_of,) = links(doc, "share_of", part)
        assert (share_of.target, share_of.declared, share_of.declared_precision) == (total.id, D(share), 2)


def test_a_change_with_its_rate_and_the_prior_year_it_implies(seed_docs):
    doc = seed_docs["001"]
    change = amount(doc, "5.1万元")
    assert (change.subject_key, change.kind, change.year) == ("收支总计", "变动额", 2023)
    (link,) = links(doc, "change_of", change)
    current = doc.facts["amounts"][link.target]
    assert (current.subject_key, current.fact.quantity.value) == ("收支总计", D("11638200"))
    assert (link.direction, link.declared, link.implied_prior) == ("下降", D("0.44"), D("11689200"))


@pytest.mark.parametrize(
    "seed, text, subject, code",
    [
        ("001", "693.39万元", "公共安全支出（204）司法（06）行政运行（01）", "2040601"),
        ("001", "62.4万元", "住房保障（221）住房改革支出（02）住房公积金（01）", "2210201"),
        # 类/款/项 in words: the code comes from the classification
        ("003", "441.29万元", "公共安全支出（类）司法（款）行政运行（项）", "2040601"),
    ],
)
def test_a_figure_under_a_run_in_heading_takes_its_subject_and_code(seed_docs, seed, text, subject, code):
    doc = seed_docs[seed]
    a = next(a for a in doc.facts["amounts"] if a.fact.quantity.text == text and a.pattern == "heading")
    assert (a.subject, a.code, a.kind) == (subject, code, "决算数")
    (execution,) = links(doc, "execution_of", a)
    assert execution.declared == D("100")


def test_project_budget_lines(seed_docs):
    doc = seed_docs["004"]
    budget, arrived, spent = (amount(doc, t) for t in ("32万元", "10.31万元", "10.31万元"))
    spent = amount(doc, "10.31万元", 1)
    assert [(a.subject, a.kind) for a in (budget, arrived, spent)] == [
        ("律师管理业务经费", "年初预算数"), ("律师管理业务经费", "到位数"), ("律师管理业务经费", "执行数")
    ]
    assert (budget.scope, budget.year) == ("财政拨款", 2021)


def test_counts_split_by_其中_use_the_same_links(seed_docs):
    doc = seed_docs["002"]
    amounts = doc.facts["amounts"]
    pairs = [(amounts[k.source].subject, amounts[k.target].subject) for k in doc.facts["amount_links"] if k.type == "part_of"]
    assert pairs[:5] == [
        ("行政编制", "编制人数"), ("工勤编制", "编制人数"),
        ("在职人数", "实有人数"), ("行政人员", "在职人数"), ("工勤编制", "在职人数"),
    ]


def test_a_list_ending_in_其他_is_exhaustive():
    doc = document_from_text("一、收入\n本年收入合计100万元，其中：财政拨款收入80万元，事业收入15万元，其他收入5万元。")
    part_links = [k for k in doc.facts["amount_links"] if k.type == "part_of"]
    assert [k.exhaustive for k in part_links] == [True, True, True]


def test_the_same_figure_stated_twice_is_equal_to(seed_docs):
    doc = seed_docs["001"]
    equal = [(doc.facts["amounts"][k.source], doc.facts["amounts"][k.target])
             for k in doc.facts["amount_links"] if k.type == "equal_to"]
    # 一般公共预算财政拨款支出 1163.82万元, stated in 五、 and again in （一）: the key keeps the
    # subject, the funds are its scope
    assert any(a.subject == b.subject == "一般公共预算财政拨款支出" and a.scope == "一般公共预算"
               and a.fact.quantity.value == D("11638200") for a, b in equal)
    # the same subject, or a 自评表's 总额 row restating its project's budget (案件代理 总额 / 案件代理)
    assert all(a.fact.quantity.value == b.fact.quantity.value for a, b in equal)
    for a, b in equal:
        table, other = (a, b) if a.pattern == "table" else (b, a)
        assert a.subject_key == b.subject_key or table.subject_key == other.subject_key + "总额", (a.subject, b.subject)


def test_table_cells_take_row_subject_code_and_column_kind():
    from pipeline import read_document

    from conftest import PDFS

    doc = read_document(PDFS / "sh_putuo_czj_2024_final.pdf")
    cells = [a for a in doc.facts["amounts"] if a.pattern == "table" and a.code == "2010601"]
    assert cells, "the 行政运行 rows of the classification tables"
    assert {a.subject for a in cells} == {"行政运行"}
    assert all(a.fact.quantity.canonical_unit == "元" for a in cells)


def test_subject_keys_and_codes():
    assert subject_key("收、支总计") == subject_key("收支总计") == "收支总计"
    # the kind and the funds have their own columns: 收入预算总计 is the 收入总计 of a 预算
    assert subject_key("收入预算总计") == subject_key("收入总计") == "收入总计"
    assert subject_key("一般公共预算拨款的会议费支出") == subject_key("会议费") == "会议费"
    assert subject_key("一般公共预算机关运行经费预算支出") == "机关运行经费"
    assert subject_key("因公出国(境)费") == "因公出国（境）费"
    assert subject_code("公共安全支出（204）司法（06）行政运行（01）") == "2040601"
    assert subject_code("社会保障和就业（类）行政事业单位养老支出（款）行政单位离退休（项）") == "2080501"
    assert subject_code("公共安全支出（类）司法（款）没有这一项（项）") is None


def test_a_classification_table_states_its_hierarchy():
    from pipeline import read_document

    from conftest import PDFS

    doc = read_document(PDFS / "sh_putuo_czj_2024_final.pdf")
    amounts = doc.facts["amounts"]
    on_page_15 = {
        (amounts[k.source].subject, amounts[k.source].column, amounts[k.target].subject, amounts[k.target].column, k.exhaustive)
        for k in doc.facts["amount_links"]
        if k.type == "part_of" and amounts[k.source].fact.page == 15 and amounts[k.source].code == "2010601"
    }
    assert on_page_15 == {
        ("行政运行", "合计", "财政事务", "合计", True),  # 项 into 款, column by column
        ("行政运行", "基本支出", "财政事务", "基本支出", True),
        ("行政运行", "项目支出", "财政事务", "项目支出", True),
        ("行政运行", "基本支出", "行政运行", "合计", True),  # 基本 + 项目 = 合计 on the row
        ("行政运行", "项目支出", "行政运行", "合计", True),
    }


def test_numbered_items_after_其中_are_parts_of_the_sentence_before(seed_docs):
    doc = seed_docs["001"]
    amounts = doc.facts["amounts"]
    total = next(a for a in amounts if a.fact.snippet.startswith("2023年度一般公共预算支出决算数为1163.82万元"))
    parts = [amounts[k.source] for k in doc.facts["amount_links"] if k.type == "part_of" and k.target == total.id]
    assert len(parts) == 16
    assert parts[0].code == "2040601" and parts[-1].code == "2210201"
    assert sum(p.fact.quantity.value for p in parts) == total.fact.quantity.value  # the report adds up


def test_the_same_figure_in_prose_and_table_within_rounding():
    doc = document_from_text(
        "一、收入情况\n2023年收入总计16497.86万元。\n单位：元\n项目\t金额\n收入总计\t164,978,640\n"
    )
    amounts = doc.facts["amounts"]
    (link,) = [k for k in doc.facts["amount_links"] if k.type == "equal_to"]
    assert {amounts[link.source].fact.quantity.text, amounts[link.target].fact.quantity.text} == {"16497.86万元", "164,978,640"}


def test_a_row_total_and_the_figures_after_it():
    doc = document_from_text(
        "单位：万元\n科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n"
        "2040601\t行政运行\t693.39\t650.00\t43.39\n"
    )
    amounts = doc.facts["amounts"]
    pairs = {(amounts[k.source].column, amounts[k.target].column) for k in doc.facts["amount_links"] if k.type == "part_of"}
    assert pairs == {("基本支出", "本年支出合计"), ("项目支出", "本年支出合计")}


@pytest.mark.parametrize("path", [
    "renderings/001_cbcf39354c9835b0.docx", "renderings/001_cbcf39354c9835b0.pdf",
    "formats/001_cbcf39354c9835b0.html", "formats/001_cbcf39354c9835b0.md", "formats/001_cbcf39354c9835b0.xlsx",
])
def test_the_same_table_figures_from_every_format(seed_docs, path):
    """The 预算执行情况 cells of the five 自评表; in the PDF the header row of each ends a page."""
    from collections import Counter

    from pipeline import read_document

    from conftest import CORPUS

    def table_amounts(doc):
        return Counter((a.subject_key, a.kind, a.fact.quantity.value) for a in doc.facts["amounts"] if a.pattern == "table")

    expected = table_amounts(seed_docs["001"])
    assert sum(expected.values()) == 60
    assert table_amounts(read_document(CORPUS / path)) == expected


@pytest.mark.parametrize("seed, path", [
    ("001", "renderings/001_cbcf39354c9835b0.docx"), ("001", "renderings/001_cbcf39354c9835b0.pdf"),
    ("003", "renderings/003_4fae287c1d48d8b6.docx"), ("003", "renderings/003_4fae287c1d48d8b6.pdf"),
])
def test_every_figure_reads_the_same_from_the_renderings(seed_docs, seed, path):
    from collections import Counter

    from pipeline import read_document

    from conftest import CORPUS

    def amounts(doc):
        return Counter((a.subject_key, a.code, a.kind, a.year, a.fact.quantity.value) for a in doc.facts["amounts"])

    assert amounts(read_document(CORPUS / path)) == amounts(seed_docs[seed])


def test_a_table_continued_on_the_next_page_keeps_its_unit_header_and_hierarchy(pdf_docs):
    """收入预算总表 of wanli runs over pages 11-14; 单位：元 and the header are printed on page 11 only."""
    doc = pdf_docs("sh_putuo_wanli_2023_budget.pdf")
    parts = [(b.page, b.continues) for b in doc.blocks if b.rows and b.page in (11, 12, 13, 14)]
    assert parts == [(11, None), (12, 90), (13, 90), (14, 90)]
    row = [a for a in doc.facts["amounts"] if a.fact.page == 14 and a.fact.row == 0]
    assert [(a.subject, a.code, a.kind, a.column, a.fact.quantity.value) for a in row] == [
        ("城乡社区公共设施", "21203", "预算数", "收入预算合计", D("7750000")),
        ("城乡社区公共设施", "21203", "预算数", "收入预算财政拨款收入", D("7750000")),
    ]
    amounts = doc.facts["amounts"]
    # the 款 on page 14 is a part of its 类 on page 13
    parents = {(amounts[k.target].code, amounts[k.target].fact.page)
               for k in doc.facts["amount_links"] if k.type == "part_of" and k.source == row[0].id}
    assert parents == {("212", 13)}


# seed 003 attaches its 绩效评价报告 to the 决算: their figures are read as a performance report's
ATTACHED_PROJECT_REPORT = """西区司法局2020年度部门决算
第二部分 2020年度部门决算情况说明
一、收入支出决算总体情况说明
2020年度收、支总计均为782.13万元。
附件2
基层司法业务项目2020年绩效评价报告
一、项目概况
（二）资金计划、到位及使用情况。
1．资金计划。
该项目本级财政拨款2万元
2．资金到位。
该项目本级财政拨款2万元全部到位。
3．资金使用。
该项目财政拨款支出2万元，资金支付范围、支付标准、支付进度、支付依据合规合法、与预算相符。
"""


def test_an_attached_project_report_is_read_as_one():
    doc = document_from_text(ATTACHED_PROJECT_REPORT)
    assert doc.kind == "部门决算"
    total, planned, arrived, spent = doc.facts["amounts"]
    assert (total.subject_key, total.kind) == ("收支总计", "决算数")
    # the project from the report's title stands for 该项目; the kind from the heading or the verb
    # (the key of 基层司法业务项目 is the project's name without its 项目: the table row 基层司法业务)
    assert [(a.subject_key, a.kind, a.scope) for a in (planned, arrived, spent)] == [
        ("基层司法业务", "预算数", "财政拨款"),
        ("基层司法业务", "到位数", "财政拨款"),
        ("基层司法业务", "执行数", "财政拨款"),
    ]


def test_a_standard_part_heading_of_a_project_report_names_no_subject(seed_docs):
    """（三）预算安排及分配管理。年初预算安排3万元，使用2.4万元: the 案件代理 report's figures."""
    doc = seed_docs["001"]
    a = next(a for a in doc.facts["amounts"] if a.fact.quantity.text == "3万元" and a.kind == "年初预算数")
    assert (a.subject, a.pattern) == ("案件代理", "heading")


def test_the_figures_of_a_numbered_item_share_its_subject():
    doc = document_from_text(
        "上海市普陀区人民政府万里街道办事处2023年部门预算\n"
        "1.“一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元，主要用于统计管理。"
        "2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70 %。"
    )
    first, prior, budget = doc.facts["amounts"]
    assert {a.subject for a in (first, prior, budget)} == {"“一般公共服务支出（类）统计信息事务（款）统计管理（项）”"}
    assert [(a.kind, a.year) for a in (first, prior, budget)] == [("预算数", 2023), ("上年数", 2022), ("预算数", 2023)]


def test_a_paragraph_dated_by_its_opening_words_dates_its_figures():
    """wanli p.29: the assets are those of the end of 2022, in a 2023 budget."""
    doc = document_from_text(
        "上海市普陀区人民政府万里街道办事处2023年部门预算\n"
        "截止2022年12月31日，本部门流动资产448.82万元。固定资产3149.52万元，其中：房屋14609.83平方米。"
    )
    current, fixed = (a for a in doc.facts["amounts"] if a.fact.quantity.kind == "money")
    assert [(a.subject, a.kind, a.year) for a in (current, fixed)] == [("流动资产", "其他", 2022), ("固定资产", "其他", 2022)]


def test_a_change_whose_clause_begins_inside_brackets_is_of_the_figure_before():
    doc = document_from_text(
        "上海市普陀区人民政府万里街道办事处2023年部门预算\n"
        "收入预算16497.86万元，其中：财政拨款收入16497.86万元，比2022年（上一年度，下同）预算增加1421.25万元；"
    )
    change = amount(doc, "1421.25万元")
    assert (change.subject, change.kind) == ("财政拨款收入", "变动额")


def test_code_cells_before_a_label_are_no_amounts():
    doc = document_from_text("单位：元\n科目编码\t\t\t科目名称\t合计\n210\t11\t01\t行政单位医疗\t609,900\n")
    assert [a.fact.quantity.value for a in doc.facts["amounts"]] == [D("609900")]


def test_a_change_given_as_a_reason_is_a_change_of_the_figure_it_names(pdf_docs):
    """js_gjfy p.19: 主要原因是基本支出增加人员工资、住房公积金、提租补贴等3397.18万元."""
    doc = pdf_docs("js_gjfy_2019_budget.pdf")
    change = next(a for a in doc.facts["amounts"] if a.fact.quantity.text == "3397.18万元" and a.pattern == "reason")
    assert (change.subject, change.kind) == ("基本支出", "变动额")
    (link,) = links(doc, "change_of", change)
    current = doc.facts["amounts"][link.target]
    assert (current.subject_key, current.kind, current.fact.quantity.value) == ("基本支出", "预算数", D("219680000"))


def test_a_sentence_that_names_no_subject_takes_its_sections(seed_docs):
    """seed 003: （一）部门财政资金收入情况 / 2020年全年预算数782.13万元 …; 2020年结余51.78万元."""
    doc = seed_docs["003"]
    budget = next(a for a in doc.facts["amounts"] if a.fact.quantity.text == "782.13万元" and a.kind == "调整后预算数")
    assert (budget.subject, budget.pattern) == ("部门财政资金收入", "heading")
    balance = amount(doc, "51.78万元")
    assert (balance.subject, balance.kind) == ("结余", "结转结余")


def test_其中_opening_a_sentence_or_a_paragraph_breaks_down_the_figure_before(seed_docs):
    doc = seed_docs["001"]
    amounts = doc.facts["amounts"]

    def whole_of(text):
        (link,) = links(doc, "part_of", amount(doc, text))
        return amounts[link.target].subject_key, amounts[link.target].fact.quantity.text

    # 公务用车运行维护费支出3.41万元。其中公务用车保险费0.82万元，油费2.07万元，维修费0.52万元
    assert whole_of("0.82万元") == ("公务用车运行维护费", "3.41万元")
    # a paragraph that opens with it: 2.公务用车购置及运行维护费支出3.41万元,…下降21.61%。…
    # 其中：公务用车购置支出0万元。
    purchase = next(a for a in amounts if a.subject == "公务用车购置支出")
    (link,) = links(doc, "part_of", purchase)
    assert (amounts[link.target].subject_key, amounts[link.target].fact.quantity.text) == ("公务用车购置及运行维护费", "3.41万元")


def test_a_sentence_that_opens_with_its_whole_lists_its_parts(seed_docs):
    """2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；…"""
    doc = seed_docs["001"]
    part = amount(doc, "3.41万元")  # 公务用车购置及运行维护费支出决算3.41万元，占73.65%
    (link,) = links(doc, "part_of", part)
    whole = doc.facts["amounts"][link.target]
    assert (whole.subject_key, whole.fact.quantity.text, link.exhaustive) == ("“三公”经费", "4.63万元", True)


def test_rows_labelled_其中_in_a_table_are_parts_of_the_row_above(seed_docs):
    doc = seed_docs["001"]
    amounts = doc.facts["amounts"]
    funds = [a for a in amounts if a.pattern == "table" and a.subject.startswith("案件代理") and a.kind == "年初预算数"]
    total, *sources = funds[:4]
    assert [a.subject for a in (total, *sources)] == ["案件代理 总额", "案件代理 财政资金", "案件代理 财政专户管理资金", "案件代理 单位资金"]
    for source in sources:
        (link,) = links(doc, "part_of", source)
        assert (link.target, link.exhaustive) == (total.id, True)


def test_a_tree_table_names_each_row_by_its_path_and_links_it_to_its_parent(pdf_docs):
    """js_gjfy p.16-17, 政府采购预算表: 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计,
    each level a row of its own with its cells under the levels above left blank."""
    doc = pdf_docs("js_gjfy_2019_budget.pdf")
    amounts = doc.facts["amounts"]
    pc = next(a for a in amounts if a.fact.page == 16 and a.fact.quantity.text == "68.00")
    assert pc.subject == "信息网络建设费/信息网络及软件购置更新/PC服务器/政府集中采购"
    chain = [pc]
    while parents := [amounts[k.target] for k in links(doc, "part_of", chain[-1])]:
        chain.extend(parents)
    assert [a.subject for a in chain] == [pc.subject, "信息网络建设费/信息网络及软件购置更新", "货物A", "合计"]
    # the tree goes on over the page break
    meeting = next(a for a in amounts if a.fact.page == 17 and a.fact.quantity.text == "110.05" and a.fact.col == 5
                   and "会议服务" in a.subject)
    assert meeting.subject == "商品和服务支出/会议费/会议服务/分散自行组织"


def test_a_row_of_figures_without_a_label_is_named_by_its_header(pdf_docs):
    """wanli p.28: 2023年“三公”经费预算数 | 合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费
    (小计 | 购置费 | 运行费) | 2023年机关运行经费预算数, over one row of figures."""
    doc = pdf_docs("sh_putuo_wanli_2023_budget.pdf")
    row = {a.fact.quantity.text: a for a in doc.facts["amounts"] if a.fact.page == 28 and a.pattern == "table"}
    assert (row["1.35"].subject, row["1.35"].kind) == ("公务接待费", "预算数")
    assert row["786.09"].subject == "机关运行经费"
    subtotal = next(a for a in doc.facts["amounts"] if a.fact.page == 28 and a.fact.col == 3)
    assert subtotal.subject_key == "公务用车购置及运行维护费"


@pytest.mark.parametrize("sentence", [
    "2023年度支出合计1163.82万元。其中：基本支出893.92万元，所占比重为76.81%；项目支出269.9万元，所占比重为23.19%。",
    "2023年度支出合计1163.82万元。其中：基本支出893.92万元，占比76.81%；项目支出269.9万元，占比23.19%。",
    "2023年度支出合计1163.82万元，其中基本支出893.92万元，比重为76.81%，项目支出269.9万元，比重为23.19%。",
    # a base written another way than the total's subject
    "2023年度支出合计1163.82万元，其中基本支出893.92万元，占总支出的76.81%；项目支出269.9万元，占总支出的23.19%。",
    "2023年度支出合计1163.82万元，其中基本支出893.92万元，占本年支出的76.81%；项目支出269.9万元，占23.19%。",
    "2023年度支出合计1163.82万元，其中基本支出893.92万元（占76.81%），项目支出269.9万元（占23.19%）。",
])
def test_the_ways_a_share_is_written(sentence):
    doc = document_from_text("某某局2023年度部门决算\n" + sentence)
    amounts = doc.facts["amounts"]
    shares = [(amounts[k.source].subject, amounts[k.target].subject, k.declared)
              for k in doc.facts["amount_links"] if k.type == "share_of"]
    assert shares == [("基本支出", "支出合计", D("76.81")), ("项目支出", "支出合计", D("23.19"))]


def test_a_share_after_a_change_is_the_changed_figures():
    doc = document_from_text("某某局2023年度部门决算\n本年支出1163.82万元，基本支出893.92万元，比上年增加5万元，增长0.5%，占76.81%。")
    amounts = doc.facts["amounts"]
    (share,) = [k for k in doc.facts["amount_links"] if k.type == "share_of"]
    assert (amounts[share.source].fact.quantity.text, amounts[share.target].fact.quantity.text) == ("893.92万元", "1163.82万元")


def test_execution_against_the_budget_received_or_stated_elsewhere():
    doc = document_from_text(
        "某某局2024年度部门决算\n"
        "“三公”经费财政拨款支出决算表（单位：万元）\n"
        "项目\t预算数\t决算数\n公务接待费\t0.95\t0.00\n"
        "1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，支出决算为1511.89万元。\n"
        "项目资金到位2.4万元，支出2.4万元，项目资金执行率为100%。\n"
        "公务接待费支出决算为0.00万元，完成预算的0%。\n"
    )
    amounts = doc.facts["amounts"]
    pairs = [(amounts[k.source].fact.quantity.text, amounts[k.target].fact.quantity.text if k.target is not None else None,
              k.declared) for k in doc.facts["amount_links"] if k.type == "execution_of"]
    assert ("1511.89万元", "1560.05万元", None) in pairs  # 年初预算为…，支出决算为…
    assert ("2.4万元", "2.4万元", D("100")) in pairs  # spent against received; the rate is the 支出's
    assert ("0.00万元", "0.95", D("0")) in pairs  # the budget in the table
    assert len([p for p in pairs if p[0] == "2.4万元"]) == 1


def test_a_form_with_two_label_columns_is_no_tree(pdf_docs):
    """wanli p.32, 项目绩效目标表: 项目资金（元） | 项目资金总额 | …, then | 其中：财政资金 | …: the
    first column heads the rows beside it, the rows do not indent."""
    doc = pdf_docs("sh_putuo_wanli_2023_budget.pdf")
    subjects = {a.subject for a in doc.facts["amounts"] if a.fact.page == 32 and a.pattern == "table"}
    assert {"就业援助基地补贴 项目资金总额", "就业援助基地补贴 财政资金"} <= subjects


def test_sizes_are_no_counts_and_a_count_before_a_figure_is_not_its_subject():
    doc = document_from_text(
        "上海市普陀区人民政府万里街道办事处2023年部门预算\n"
        "截止2022年12月31日，本部门固定资产3149.52万元，其中：房屋14609.83平方米；车辆7辆。在建工程1项12277.73万元。"
    )
    amounts = {a.fact.quantity.text: a for a in doc.facts["amounts"]}
    assert "14609.83平方米" not in amounts
    assert (amounts["12277.73万元"].subject, amounts["12277.73万元"].year) == ("在建工程", 2022)


def test_a_sum_stated_after_its_parts(seed_docs):
    """seed 003: 该项目本级财政拨款2万元，上级拨款34.17万元，共计36.17万元."""
    doc = seed_docs["003"]
    whole = next(a for a in doc.facts["amounts"] if "共计36.17万元" in a.fact.snippet and a.fact.quantity.text == "36.17万元")
    parts = sorted(doc.facts["amounts"][k.source].fact.quantity.text for k in doc.facts["amount_links"]
                   if k.type == "part_of" and k.target == whole.id)
    assert parts == ["2万元", "34.17万元"]


def test_the_summary_table_adds_carried_over_balances_to_the_years_total(pdf_docs):
    """czj 收入支出决算总表: 本年收入合计 + 年初结转和结余 = 总计, and the numbered 收入 rows make 本年收入合计."""
    doc = pdf_docs("sh_putuo_czj_2024_final.pdf")
    amounts = doc.facts["amounts"]
    total = next(a for a in amounts if a.pattern == "table" and a.fact.page == 7 and a.subject == "总计" and a.fact.col == 1)
    parts = {amounts[k.source].subject for k in doc.facts["amount_links"] if k.type == "part_of" and k.target == total.id}
    assert {"本年收入合计", "年初结转和结余"} <= parts


def test_restatements_link_money_only_and_not_across_classifications(pdf_docs):
    doc = pdf_docs("sh_putuo_czj_2024_final.pdf")
    amounts = doc.facts["amounts"]
    for k in doc.facts["amount_links"]:
        if k.type == "equal_to":
            a, b = amounts[k.source], amounts[k.target]
            assert a.fact.quantity.kind == b.fact.quantity.kind == "money"
            assert not (a.code and b.code and a.code != b.code)


def test_balances_a_price_class_and_a_whole_named_before_包括():
    doc = document_from_text(
        "某某县卫生健康局2023年度部门决算\n"
        "2023年度收入总计7165.17万元。其中，收入总计包括本年收入合计6896.72万元、年初结转和结余268.45万元。\n"
        "单价100万元（含）以上专用设备（统计口径）0台（套）。\n"
    )
    amounts = {a.fact.quantity.text: a for a in doc.facts["amounts"]}
    assert (amounts["268.45万元"].subject, amounts["268.45万元"].kind) == ("年初结转和结余", "结转结余")
    assert amounts["6896.72万元"].subject == "本年收入合计"
    wholes = {amounts_by_id.subject for k in doc.facts["amount_links"] if k.type == "part_of"
              for amounts_by_id in [doc.facts["amounts"][k.target]]}
    assert wholes == {"收入总计"}
    assert amounts["100万元（含）以上"].subject == "单价100万元（含）以上专用设备（统计口径）"


def test_a_三公_table_adds_up_by_its_header_groups():
    doc = document_from_text(
        "桐川县卫生健康局2023年度部门决算\n表3\n财政拨款“三公”经费支出决算表\n单位：万元\n"
        "预算数\t\t\t\t\t\n"
        "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\n"
        "\t\t小计\t公务用车购置费\t公务用车运行费\t\n"
        "57.50\t0.00\t48.00\t18.00\t30.00\t9.50\n"
    )
    amounts = doc.facts["amounts"]
    wholes = {}
    for k in doc.facts["amount_links"]:
        if k.type == "part_of":
            wholes.setdefault(amounts[k.target].subject_key, set()).add(amounts[k.source].subject_key)
    assert wholes == {
        "“三公”经费": {"因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"},
        "公务用车购置及运行维护费": {"公务用车购置费", "公务用车运行维护费"},  # 公务用车运行费 is its short name
    }


@pytest.mark.parametrize("sentence", ["较上年增加50万元，增幅为4.49%。", "较上年增加50万元，增长率4.49%。", "比上年增加50万元（增长4.49%）。"])
def test_the_ways_a_change_rate_is_written(sentence):
    doc = document_from_text("某某局2023年度部门决算\n本年收入1163.82万元，" + sentence)
    (link,) = [k for k in doc.facts["amount_links"] if k.type == "change_of"]
    assert (link.declared, link.implied_prior) == (D("4.49"), D("11138200"))


def test_a_performance_reports_project_headings_name_its_generic_figures():
    doc = document_from_text(
        "桃溪县农业农村局2022年度部门整体支出绩效自评报告\n三、项目资金安排及使用情况\n"
        "（三）动物防疫补助经费\n该项目年初预算168万元，全年预算235.4万元。资金到位221.9万元。\n"
    )
    assert {(a.subject_key, a.kind) for a in doc.facts["amounts"]} == {
        ("动物防疫补助经费", "年初预算数"), ("动物防疫补助经费", "调整后预算数"), ("动物防疫补助经费", "到位数")}


# -- written in other departments' styles (dv_rsj_2022_final, dv_jtj_2023_final) ------------------

def _final(body: str):
    return document_from_text("临江市人力资源和社会保障局2022年度部门决算说明\n" + body)


def test_a_total_made_of_parts_by_you_and_gou_cheng():
    doc = _final("二、收入支出决算总体情况\n2022年度收入、支出决算总计均为9318.60万元。\n"
                 "收入总计由本年收入合计9006.00万元和年初结转和结余312.60万元构成；"
                 "支出总计由本年支出合计8951.74万元和年末结转和结余366.86万元构成。")
    total = amount(doc, "9318.60万元")
    parts = [amount(doc, t) for t in ("9006.00万元", "312.60万元", "8951.74万元", "366.86万元")]
    # 和 joins two figures; it is no part of the second one's subject
    assert [p.subject_key for p in parts] == ["本年收入合计", "年初结转和结余", "本年支出合计", "年末结转和结余"]
    assert [p.kind for p in parts] == ["决算数", "结转结余", "决算数", "结转结余"]
    for p in parts:  # each side of the 收、支总计 adds up to it
        assert [(k.target, k.exhaustive) for k in links(doc, "part_of", p)] == [(total.id, True)]


def test_a_balance_named_with_its_funds_is_still_the_balance():
    doc = _final("五、财政拨款收入支出决算总体情况\n收入方面，年初财政拨款结转和结余186.42万元，"
                 "本年一般公共预算财政拨款收入8742.35万元；支出方面，年末财政拨款结转和结余242.06万元。")
    start, end = amount(doc, "186.42万元"), amount(doc, "242.06万元")
    assert (start.subject_key, start.kind, start.scope) == ("年初结转和结余", "结转结余", "财政拨款")
    assert (end.subject_key, end.kind, end.scope) == ("年末结转和结余", "结转结余", "财政拨款")


def test_a_balance_split_by_funds_keeps_its_subject_in_each_part():
    doc = _final("五、财政拨款收入支出决算总体情况\n收入方面，年初财政拨款结转和结余385.10万元，"
                 "其中：一般公共预算245.10万元，政府性基金预算140.00万元。")
    total = amount(doc, "385.10万元")
    for text, scope in (("245.10万元", "一般公共预算"), ("140.00万元", "政府性基金预算")):
        part = amount(doc, text)
        assert (part.subject_key, part.kind, part.scope) == ("年初结转和结余", "结转结余", scope)
        assert [k.target for k in links(doc, "part_of", part)] == [total.id]


@pytest.mark.parametrize("subject, code", [
    ("公共就业服务和职业技能鉴定机构（2080111）", "2080111"),
    ("交通运输支出（类）公路水路运输（款）行政运行（项）2140101", "2140101"),
    ("社会保障和就业支出（208）就业补助（07）社会保险补贴（04）", "2080704"),
])
def test_a_code_written_whole(subject, code):
    assert subject_code(subject) == code


def test_a_budget_raised_during_the_year_names_no_subject():
    doc = _final("（三）具体情况\n5.社会保障和就业支出（208）就业补助（07）就业创业服务补贴（01）：年初预算900.00万元，"
                 "年中追加后全年预算1,150.00万元，支出决算1,125.60万元，完成全年预算的97.88%。")
    initial, adjusted, actual = (amount(doc, t) for t in ("900.00万元", "1,150.00万元", "1,125.60万元"))
    assert [(a.code, a.kind) for a in (initial, adjusted, actual)] == [
        ("2080701", "年初预算数"), ("2080701", "调整后预算数"), ("2080701", "决算数")]
    (execution,) = links(doc, "execution_of", actual)
    assert (execution.target, execution.declared) == (adjusted.id, D("97.88"))  # the 全年 budget the rate names


def test_parts_of_a_whole_named_before_the_colon():
    doc = _final("六、一般公共预算财政拨款支出决算情况\n2022年度一般公共预算财政拨款支出8686.71万元，占本年支出合计的97.04%。\n"
                 "一般公共预算财政拨款支出主要用于以下方面：社会保障和就业（类）支出8224.65万元，占94.68%；"
                 "卫生健康（类）支出135.26万元，占1.56%；住房保障（类）支出326.80万元，占3.76%。\n"
                 "七、一般公共预算财政拨款基本支出决算情况\n2022年度一般公共预算财政拨款基本支出5221.32万元，其中：人员经费4,712.65万元，"
                 "占90.26%；公用经费508.67万元，占9.74%。人员经费包括工资福利支出4,098.23万元和对个人和家庭的补助614.42万元。")
    whole = amount(doc, "8686.71万元")
    for text, code, pct in (("8224.65万元", "208", "94.68"), ("135.26万元", "210", "1.56"), ("326.80万元", "221", "3.76")):
        part = amount(doc, text)
        assert part.code == code
        assert [(k.target, k.exhaustive) for k in links(doc, "part_of", part)] == [(whole.id, True)]
        assert [(k.target, k.declared) for k in links(doc, "share_of", part)] == [(whole.id, D(pct))]
    staff = amount(doc, "4,712.65万元")  # the whole a later sentence of the paragraph names: 人员经费包括…
    for text, subject in (("4,098.23万元", "工资福利支出"), ("614.42万元", "对个人和家庭的补助")):
        part = amount(doc, text)
        assert part.subject_key == subject
        assert [k.target for k in links(doc, "part_of", part)] == [staff.id]


def test_a_three_public_table_written_down_the_page():
    doc = _final("表2\n财政拨款“三公”经费支出决算表\n单位：万元\n项目\t预算数\t决算数\n合计\t62.00\t48.36\n"
                 "因公出国（境）费\t0.00\t0.00\n公务用车购置及运行维护费\t50.00\t39.52\n其中：公务用车购置费\t23.00\t22.80\n"
                 "公务用车运行维护费\t27.00\t16.72\n公务接待费\t12.00\t8.84\n")
    for column, (total, cars, parts, rest) in {
        "预算数": ("62.00", "50.00", ("23.00", "27.00"), ("0.00", "12.00")),
        "决算数": ("48.36", "39.52", ("22.80", "16.72"), ("0.00", "8.84")),
    }.items():
        nth = 1 if column == "决算数" and total == "0.00" else 0
        whole = amount(doc, total, nth)
        assert (whole.subject, whole.kind) == ("“三公”经费", column)  # the 合计 row is the 三公经费
        car = amount(doc, cars)
        for text in parts:  # 其中 covers the two rows that add up to the row above, not 公务接待费
            assert [k.target for k in links(doc, "part_of", amount(doc, text))] == [car.id]
        members = [car] + [a for a in doc.facts["amounts"] if a.fact.quantity.text in rest and a.kind == column]
        for member in members:
            assert [k.target for k in links(doc, "part_of", member)] == [whole.id]


_STREET = "青石街道办事处2025年部门预算\n"


def test_an_增减额_column_gives_signed_changes():
    doc = document_from_text(
        _STREET + "财政拨款“三公”经费预算表\n单位：元\n项目\t2024年预算数\t2025年预算数\t增减额\n"
        "合计\t186,000.00\t158,000.00\t-28,000.00\n3.公务接待费\t60,000.00\t50,000.00\t-10,000.00\n"
    )
    change = amount(doc, "-28,000.00")
    assert (change.subject, change.kind, change.year, change.fact.quantity.value) == ("“三公”经费", "变动额", 2025, D("-28000"))
    prior = amount(doc, "60,000.00")
    assert (prior.subject, prior.kind, prior.year) == ("公务接待费", "上年数", 2024)


def test_sub_items_of_a_carried_over_row_are_carried_over():
    doc = document_from_text(
        _STREET + "财政拨款收支预算总表\n单位：万元\n项目\t预算数\t项目\t合计\n"
        "一、本年收入\t3,406.45\t一、本年支出\t3,491.45\n（一）一般公共预算拨款\t3,286.45\t（一）一般公共服务支出\t1,642.18\n"
        "二、上年结转\t85.00\t（二）城乡社区支出\t1,849.27\n（二）政府性基金预算拨款\t85.00\t\t\n"
        "收入总计\t3,491.45\t支出总计\t3,491.45\n"
    )
    assert amount(doc, "3,286.45").kind == "预算数"
    carried = amount(doc, "85.00", 1)
    assert (carried.subject, carried.kind, carried.scope) == ("政府性基金预算拨款", "结转结余", "政府性基金预算")
    assert amount(doc, "1,849.27").kind == "预算数"  # the spending side is no sub-item of 二、上年结转


def test_the_figure_a_change_is_measured_from_is_the_prior_years():
    doc = document_from_text(
        _STREET + "（一）一般公共预算拨款支出规模变化情况\n"
        "2025年一般公共预算拨款支出预算3,286.45万元，比2024年预算3,270.07万元增加16.38万元，增长0.50%。"
    )
    prior = amount(doc, "3,270.07万元")
    assert (prior.kind, prior.year) == ("上年数", 2024)
    assert amount(doc, "3,286.45万元").kind == "预算数"
    change = amount(doc, "16.38万元")
    (link,) = links(doc, "change_of", change)
    assert link.target == amount(doc, "3,286.45万元").id


def test_the_body_that_reports_is_no_part_of_the_subject():
    doc = document_from_text(
        _STREET + "七、关于2025年“三公”经费预算情况的说明\n2025年本街道“三公”经费财政拨款预算15.80万元，比上年预算减少2.80万元，下降15.05%。"
        "具体情况如下：\n1.因公出国（境）费：2025年预算0万元，与上年持平。\n"
        "2.公务用车购置及运行维护费：2025年预算10.80万元，比上年减少1.80万元，下降14.29%。\n"
        "3.公务接待费：2025年预算5.00万元，比上年减少1.00万元，下降16.67%。"
    )
    total = amount(doc, "15.80万元")
    assert (total.subject_key, total.kind, total.scope) == ("“三公”经费", "预算数", "财政拨款")
    for text in ("0万元", "10.80万元", "5.00万元"):
        (part_of,) = links(doc, "part_of", amount(doc, text))
        assert (part_of.target, part_of.exhaustive) == (total.id, True)


_STATS = "澜江省统计局2023年度部门决算\n第三部分 2023年度部门决算情况说明\n"


def test_a_list_after_a_prior_year_comparison_breaks_down_the_current_figure():
    doc = document_from_text(
        _STATS + "三、支出决算情况\n2023年度本年支出合计9012.76万元，较2022年度的8702.31万元增加310.45万元，增长3.57%。"
        "其中：基本支出5420.16万元，占60.14%；项目支出3592.60万元（含上年结转85.00万元），占39.86%。"
    )
    total = amount(doc, "9012.76万元")
    basic, project, carried = amount(doc, "5420.16万元"), amount(doc, "3592.60万元"), amount(doc, "85.00万元")
    assert (basic.kind, project.kind) == ("决算数", "决算数")  # not the 上年数 of the comparison
    for part, share in ((basic, "60.14"), (project, "39.86")):
        (part_of,) = links(doc, "part_of", part)
        assert (part_of.target, part_of.exhaustive) == (total.id, True)
        (share_of,) = links(doc, "share_of", part)  # past the （含…） aside
        assert (share_of.target, share_of.declared) == (total.id, D(share))
    # （含上年结转85.00万元）: a part of the 项目支出, no member of the 其中 list
    assert (carried.subject, carried.kind) == ("上年结转", "结转结余")
    (part_of,) = links(doc, "part_of", carried)
    assert (part_of.target, part_of.exhaustive) == (project.id, False)


def test_a_carry_over_named_by_its_period_keeps_its_kind_word(seed_docs):
    carried = amount(seed_docs["003"], "91.17万元")
    assert (carried.subject, carried.kind) == ("上年结转项目收入", "结转结余")


def test_income_and_spending_lists_of_a_two_sided_total():
    doc = document_from_text(
        _STATS + "四、财政拨款收入支出决算总体情况\n2023年度财政拨款收、支总计均为8966.52万元。收入包括：本年一般公共预算财政拨款收入"
        "8456.32万元，年初财政拨款结转和结余510.20万元；支出包括：本年一般公共预算财政拨款支出8612.40万元，年末财政拨款结转和结余354.12万元。"
    )
    total = amount(doc, "8966.52万元")
    spent = amount(doc, "8612.40万元")
    assert spent.kind == "决算数"  # not the 结转结余 before the ；
    for text in ("8456.32万元", "510.20万元", "8612.40万元", "354.12万元"):
        (part_of,) = links(doc, "part_of", amount(doc, text))
        assert part_of.target == total.id


def test_parts_listed_after_a_part_without_a_colon():
    doc = document_from_text(
        _STATS + "六、一般公共预算财政拨款基本支出决算情况\n2023年度一般公共预算财政拨款基本支出5210.36万元。其中：人员经费4688.12万元，"
        "主要包括工资福利支出（301）4215.40万元、对个人和家庭的补助（303）472.72万元；公用经费522.24万元，主要包括商品和服务支出"
        "（302）498.64万元、资本性支出（310）23.60万元。"
    )
    basic = amount(doc, "5210.36万元")
    staff, office = amount(doc, "4688.12万元"), amount(doc, "522.24万元")
    for part in (staff, office):
        (part_of,) = links(doc, "part_of", part)
        assert (part_of.target, part_of.exhaustive) == (basic.id, True)
    for text, whole in (("4215.40万元", staff), ("472.72万元", staff), ("498.64万元", office), ("23.60万元", office)):
        (part_of,) = links(doc, "part_of", amount(doc, text))
        assert part_of.target == whole.id


def test_a_list_of_budget_and_actual_figures_links_each_to_its_own_total():
    doc = document_from_text(
        _STATS + "七、财政拨款“三公”经费支出决算情况\n“三公”经费财政拨款年初预算68.00万元，支出决算52.37万元，完成年初预算的77.01%，其中："
        "因公出国（境）费年初预算15.00万元、支出决算9.86万元；公务用车购置及运行维护费年初预算38.00万元、支出决算31.25万元；"
        "公务接待费年初预算15.00万元、支出决算11.26万元。\n"
        "2023年度“三公”经费支出决算中，因公出国（境）费9.86万元，占18.83%，完成年初预算的65.73%；公务用车购置及运行维护费31.25万元，占59.67%。"
    )
    budget, actual = amount(doc, "68.00万元"), amount(doc, "52.37万元")
    assert (budget.kind, actual.kind) == ("年初预算数", "决算数")
    for text, whole in (("15.00万元", budget), ("38.00万元", budget), ("9.86万元", actual), ("31.25万元", actual)):
        (part_of,) = links(doc, "part_of", amount(doc, text))
        assert (part_of.target, part_of.exhaustive) == (whole.id, True)
    # a rate after a share is still the figure's: 占18.83%，完成年初预算的65.73%
    (execution,) = links(doc, "execution_of", amount(doc, "9.86万元", 1))
    assert (execution.target, execution.declared) == (amount(doc, "15.00万元").id, D("65.73"))


def test_rows_numbered_under_a_numbered_row_are_its_parts():
    doc = document_from_text(
        _STATS + "财政拨款“三公”经费支出决算表\n单位：万元\n项目\t年初预算数\t决算数\n合计\t68.00\t52.37\n1.因公出国（境）费\t15.00\t9.86\n"
        "2.公务用车购置及运行维护费\t38.00\t31.25\n（1）公务用车购置费\t0.00\t0.00\n（2）公务用车运行维护费\t38.00\t31.25\n3.公务接待费\t15.00\t11.26\n"
    )
    total = amount(doc, "52.37")
    car = amount(doc, "31.25")
    for text, nth, whole in (("9.86", 0, total), ("31.25", 0, total), ("11.26", 0, total), ("0.00", 1, car), ("31.25", 1, car)):
        (part_of,) = links(doc, "part_of", amount(doc, text, nth))
        assert (part_of.target, part_of.exhaustive) == (whole.id, True)


def test_the_project_a_paragraph_names_stands_for_its_pronoun():
    doc = document_from_text(
        _STATS + "十一、预算绩效管理情况\n本部门对第五次全国经济普查项目开展了绩效自评，该项目年初预算1600.00万元，调整后预算1900.00万元，"
        "执行数1853.70万元，预算执行率97.56%。"
    )
    spent = amount(doc, "1853.70万元")
    assert (spent.subject, spent.kind) == ("第五次全国经济普查项目", "执行数")
    (execution,) = links(doc, "execution_of", spent)
    assert (execution.target, execution.declared) == (amount(doc, "1900.00万元").id, D("97.56"))


def test_the_scope_of_units_counted_is_no_part_of_their_subject():
    doc = document_from_text(_STATS + "纳入本部门2023年度部门决算编制范围的单位共4个，其中：行政单位1个，事业单位3个。")
    assert amount(doc, "4个").subject == "单位"


# -- a total restated under another name (equal_to by what it totals) ------------------------------

def _equal_pairs(doc):
    return {(k.source, k.target) for k in doc.facts["amount_links"] if k.type == "equal_to"}


def test_a_funds_total_restated_under_another_name_is_equal_to_it():
    # 情况说明 of a 部门预算 (dv_jyj): the 支出 side of the 财政拨款 total and the 一般公共预算当年拨款
    # that the next part restates are one figure; the 收入 side (一般公共预算拨款) is another statement
    doc = document_from_text(
        "某市教育局2024年部门预算\n四、财政拨款收支预算总体情况\n"
        "2024年财政拨款收支预算总计48,874.42万元，比上年增加1,294.83万元，增长2.72%。主要原因是一般公共预算拨款增加。\n"
        "其中，收入包括一般公共预算拨款48,794.42万元、政府性基金预算拨款80.00万元；"
        "支出包括一般公共预算支出48,794.42万元、政府性基金预算支出80.00万元。\n"
        "五、一般公共预算当年拨款情况\n（二）一般公共预算当年拨款结构情况\n"
        "2024年一般公共预算当年拨款48,794.42万元，按支出功能分类，教育支出（类）39,323.89万元，占80.59%。\n")
    income, spending = amount(doc, "48,794.42万元", 0), amount(doc, "48,794.42万元", 1)
    restated = amount(doc, "48,794.42万元", 2)
    assert (income.subject, spending.subject, restated.subject) == ("一般公共预算拨款", "一般公共预算支出", "一般公共预算当年拨款")
    assert {income.scope, spending.scope, restated.scope} == {"一般公共预算"}
    pairs = _equal_pairs(doc)
    assert (restated.id, spending.id) in pairs
    assert (spending.id, income.id) not in pairs and (restated.id, income.id) not in pairs


def test_total_rows_of_the_nine_tables_restated_in_the_prose():
    from pipeline import read_document

    from conftest import CORPUS

    doc = read_document(CORPUS / "dev" / "budget" / "dv_jdb_2025_budget.txt")
    am = doc.facts["amounts"]
    parent = {}

    def root(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in _equal_pairs(doc):
        parent[root(a)] = root(b)
    value = {a.id: a.fact.quantity.value for a in am}

    def class_of(pred):
        (first, *_) = [a for a in am if pred(a)]
        return {a.id for a in am if root(a.id) == root(first.id)}

    # the 合计 row of the 一般公共预算支出预算表 (its 合计 column) and 一般公共预算拨款支出 in the prose
    gpb_spending = class_of(lambda a: a.pattern == "table" and a.subject == "合计" and a.scope == "一般公共预算"
                            and (a.column or "").endswith("预算数合计") and value[a.id] == D("32864500"))
    prose = [a for a in am if a.pattern != "table" and a.subject == "一般公共预算拨款支出" and a.kind == "预算数"]
    assert len(prose) == 3 and all(a.id in gpb_spending for a in prose)
    # the 一般公共预算拨款收入 row of the 收支总表 is the income side: another class
    income = [a for a in am if a.pattern == "table" and a.subject == "一般公共预算拨款收入"]
    assert income and not any(a.id in gpb_spending for a in income)
    # the 合计 of its 基本支出 column and 一般公共预算基本支出 in the prose
    basic = class_of(lambda a: a.pattern == "table" and a.subject == "合计" and a.scope == "一般公共预算"
                     and (a.column or "").endswith("基本支出") and value[a.id] == D("21645300"))
    assert any(a.pattern != "table" and a.subject_key == "基本支出" for a in am if a.id in basic)
    # the department's 收入总计 and 支出总计 stay two classes (the guideline: one subject each)
    income_total = class_of(lambda a: a.pattern == "table" and a.subject == "收入总计" and a.scope is None)
    spending_total = class_of(lambda a: a.pattern == "table" and a.subject == "支出总计" and a.scope is None)
    assert income_total.isdisjoint(spending_total)


def test_the_reason_for_a_change_names_its_own_funds():
    # 主要原因是基本支出增加…等3397.18万元 under a 财政拨款 heading: 基本支出 of no funds said
    doc = document_from_text(
        "某法院2019年部门预算\n三、财政拨款收支预算情况说明\n"
        "财政拨款收支总预算37188.34万元，比上年增加4016.19万元。主要原因是基本支出增加人员工资、住房公积金、"
        "提租补贴等3397.18万元、项目经费支出安排减少1134.33万元。\n")
    total, basic = amount(doc, "37188.34万元"), amount(doc, "3397.18万元")
    assert total.scope == "财政拨款"
    assert (basic.subject, basic.kind, basic.scope) == ("基本支出", "变动额", None)


def test_counts_split_by_a_list_in_the_next_sentence(seed_docs):
    # 004 line 7: 2021年共办理法律援助案件4521件。其中：民事案件923件，刑事3581件，行政案件17宗。
    doc = seed_docs["004"]
    total = amount(doc, "4521件")
    assert (total.subject, total.fact.quantity.value) == ("法律援助案件", D("4521"))
    for text in ("923件", "3581件", "17宗"):
        (link,) = links(doc, "part_of", amount(doc, text))
        assert link.target == total.id


def test_an_evaluation_part_heading_names_no_subject(seed_docs):
    # 004 line 66: （一）投入。2021年度部门预算安排财政资金1063.98万元（其中：一般公共预算1013.98万元，政府性资金预算50万元）
    doc = seed_docs["004"]
    total, general, funds = amount(doc, "1063.98万元"), amount(doc, "1013.98万元"), amount(doc, "50万元")
    assert (total.subject, total.kind, total.scope) == ("财政资金", "预算数", "财政拨款")
    assert (funds.subject_key, funds.scope) == ("政府性资金", "政府性基金预算")
    for part in (general, funds):
        (link,) = links(doc, "part_of", part)
        assert link.target == total.id
    # the 执行数 list after it: 政府性资金预算20万元 is spent money too, not a budget
    assert amount(doc, "20万元").kind == "执行数"


def test_a_收支总计_restates_both_the_收入总计_and_the_支出总计():
    # dv_jdb 情况说明: 2025年财政拨款收支预算总计3491.45万元 is the 收入总计 row and the 支出总计 row
    # (合计 column) of the 财政拨款收支预算总表: one class; a 本年 figure (一般公共预算拨款收入) is not joined
    from pipeline import read_document

    from conftest import CORPUS

    doc = read_document(CORPUS / "dev" / "budget" / "dv_jdb_2025_budget.txt")
    am = doc.facts["amounts"]
    pairs = {frozenset(p) for p in _equal_pairs(doc)}
    (both,) = [a for a in am if a.pattern != "table" and a.subject == "财政拨款收支总计"
               and a.kind == "预算数" and a.fact.quantity.value == D("34914500")]
    assert both.scope == "财政拨款"
    income = [a for a in am if a.pattern == "table" and a.subject == "收入总计" and a.scope == "财政拨款"]
    spending = [a for a in am if a.pattern == "table" and a.subject == "支出总计" and a.scope == "财政拨款"]
    assert any(frozenset((both.id, a.id)) in pairs for a in income)
    assert any(frozenset((both.id, a.id)) in pairs for a in spending)
    (gpb_both,) = [a for a in am if a.pattern != "table" and a.subject == "一般公共预算拨款收支"
                   and a.kind == "预算数" and a.fact.quantity.value == D("32864500")]
    gpb_income = [a for a in am if a.subject == "一般公共预算拨款收入"]
    assert not any(frozenset((gpb_both.id, a.id)) in pairs for a in gpb_income)


def test_unnumbered_items_after_其中_naming_a_partition_are_its_parts():
    # seed 003: 其中： ends the paragraph, and the paragraphs after it are 国内公务接待 and 外事接待;
    # 国内 equals its total (外事 is 0), which does not make it a restatement of the total
    doc = document_from_text(
        "3.公务接待费支出0.64万元，完成预算83.11%。公务接待费支出决算比2019年减少0.3万元，下降46.87%。"
        "主要原因是本着厉行节约的原则，合理缩减不必要的开支。其中：\n"
        "国内公务接待支出0.64万元，主要用于执行公务、考察调研、检查指导等公务活动开支的用餐费。\n"
        "外事接待支出0万元，外事接待0批次，0人，共计支出0万元。\n")
    total, domestic, foreign = amount(doc, "0.64万元", 0), amount(doc, "0.64万元", 1), amount(doc, "0万元", 0)
    assert (total.subject_key, domestic.subject_key, foreign.subject_key) == ("公务接待费", "国内公务接待", "外事接待")
    parts = {(k.source, k.target, k.exhaustive) for k in doc.facts["amount_links"] if k.type == "part_of"}
    assert {(domestic.id, total.id, True), (foreign.id, total.id, True)} <= parts


# -- lists whose total is in the paragraph above, restated changes, rates after the budget -------------

DV_JTJ_SPENDING = (
    "三、支出决算情况说明\n"
    "2023年度本年支出合计6879.36万元，其中：基本支出2010.62万元，占本年支出合计的29.23%；项目支出4868.74万元，"
    "占本年支出合计的70.77%。\n"
    "按支出功能分类，本年支出合计主要用于：社会保障和就业支出332.94万元，卫生健康支出93.63万元，"
    "交通运输支出6233.55万元，住房保障支出219.24万元。\n"
    "按资金来源分，一般公共预算财政拨款支出5372.86万元，政府性基金预算财政拨款支出1335.00万元（占总支出的19.41%），"
    "其他资金支出171.50万元。\n"
    "四、财政拨款收入支出决算总体情况说明\n"
    "2023年度财政拨款收、支总计均为6931.50万元，较2022年增加484.62万元，增长7.52%。\n"
    "收入方面，年初财政拨款结转和结余385.10万元，其中：一般公共预算245.10万元，政府性基金预算140.00万元；"
    "本年财政拨款收入6546.40万元，其中：一般公共预算财政拨款收入5286.40万元，政府性基金预算财政拨款收入1260.00万元。\n"
    "支出方面，本年财政拨款支出6707.86万元，其中：一般公共预算财政拨款支出5372.86万元，政府性基金预算财政拨款支出"
    "1335.00万元；年末财政拨款结转和结余223.64万元，其中：一般公共预算158.64万元，政府性基金预算65.00万元。\n"
)


def _parts_of(doc, total):
    amounts = doc.facts["amounts"]
    return sorted(amounts[k.source].fact.quantity.text for k in doc.facts["amount_links"]
                  if k.type == "part_of" and k.target == total.id)


def test_a_classification_paragraph_breaks_down_the_total_stated_above():
    doc = document_from_text(DV_JTJ_SPENDING)
    total = amount(doc, "6879.36万元")
    assert total.subject == "本年支出合计"
    by_function = ["332.94万元", "93.63万元", "6233.55万元", "219.24万元"]
    by_source = ["5372.86万元", "1335.00万元", "171.50万元"]
    assert _parts_of(doc, total) == sorted(["2010.62万元", "4868.74万元", *by_function, *by_source])
    for text in by_function + by_source:
        (link,) = [k for k in links(doc, "part_of", amount(doc, text)) if k.target == total.id]
        assert link.exhaustive is True  # a classification is complete: the checks see whether it adds up


def test_each_side_of_the_account_breaks_down_the_two_sided_total():
    doc = document_from_text(DV_JTJ_SPENDING)
    total = amount(doc, "6931.50万元")
    # 收入方面 / 支出方面: the top-level figures, not those of their own 其中 lists
    assert _parts_of(doc, total) == ["223.64万元", "385.10万元", "6546.40万元", "6707.86万元"]
    assert _parts_of(doc, amount(doc, "385.10万元")) == ["140.00万元", "245.10万元"]


def test_numbered_items_give_the_budgets_of_the_whole_stated_above():
    doc = document_from_text(
        "（一）“三公”经费财政拨款支出决算总体情况说明\n"
        "2023年度“三公”经费财政拨款支出预算为32.00万元，支出决算为29.26万元，完成预算的91.44%。\n"
        "（二）“三公”经费财政拨款支出决算具体情况说明\n"
        "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费0万元，占“三公”经费的0%；公务用车购置及运行维护费"
        "25.14万元，占“三公”经费的85.92%；公务接待费4.12万元，比重14.08%。具体情况如下：\n"
        "1.因公出国（境）费。2023年度预算为0万元，支出决算为0万元。\n"
        "2.公务用车购置及运行维护费。预算为26.00万元，支出决算为25.14万元，完成预算的96.69%。其中：\n"
        "（1）公务用车购置费：预算14.00万元，支出决算13.86万元，完成预算的99.00%。\n"
        "（2）公务用车运行维护费：预算12.00万元，支出决算11.28万元，完成预算的94.00%。\n"
        "3.公务接待费。预算为6.00万元，支出决算为4.12万元，完成预算的68.67%。\n"
    )
    budget = amount(doc, "32.00万元")
    assert budget.kind == "预算数"
    assert _parts_of(doc, budget) == ["0万元", "26.00万元", "6.00万元"]  # the sub-items (1)(2) are not its parts
    (link,) = links(doc, "part_of", amount(doc, "6.00万元"))
    assert link.exhaustive is True  # 因公出国（境）费 / 公务用车购置及运行维护费 / 公务接待费


JS_GJFY_REASONS = (
    "一般公共预算收入预算37188.34万元，与上年相比增加4016.19万元，增长12.11%。主要原因是基本支出增加人员工资、"
    "住房公积金、提租补贴等3397.18万元、项目经费支出安排减少1134.33万元、单位预留机动经费增加1753.34万元。\n"
    "此外，基本支出预算数为21968万元。与上年相比增加3397.18万元，增长18.29%。\n"
    "项目支出预算数为10208.94万元。与上年相比减少1134.33万元，减少10%。\n"
    "单位预留机动经费预算数为5011.4万元。与上年相比增加1753.34万元，增长53.82%。\n"
)


def test_a_reason_that_restates_a_change_is_a_change_of_the_same_figure():
    doc = document_from_text(JS_GJFY_REASONS)
    amounts = doc.facts["amounts"]
    reason, stated = amount(doc, "1134.33万元", 0), amount(doc, "1134.33万元", 1)
    assert (reason.subject, reason.pattern, stated.subject) == ("项目经费支出", "reason", "项目支出")
    (link,) = links(doc, "change_of", reason)
    current = amounts[link.target]
    assert (current.subject, current.fact.quantity.text) == ("项目支出", "10208.94万元")
    assert (link.direction, link.implied_prior) == ("减少", D("113432700"))
    # and the reason states the same change as the sentence that gives its figure
    equal = [k for k in doc.facts["amount_links"] if k.type == "equal_to" and {k.source, k.target} == {reason.id, stated.id}]
    assert len(equal) == 1


def test_a_list_of_shares_one_line_each_has_one_base():
    doc = document_from_text(
        "江苏省高级人民法院本年支出预算合计37188.34万元，其中：\n基本支出21968万元，占59.07%；\n"
        "项目支出10208.94万元，占27.45%；\n单位预留机动经费5011.4万元，占13.48%；\n"
    )
    total = amount(doc, "37188.34万元")
    for text, pct in (("21968万元", "59.07"), ("10208.94万元", "27.45"), ("5011.4万元", "13.48")):
        (share,) = links(doc, "share_of", amount(doc, text))
        assert (share.target, share.declared) == (total.id, D(pct))


def test_an_execution_rate_after_the_budget_is_the_rate_of_the_figure_spent_above():
    doc = document_from_text(
        "（二）预算执行情况\n"
        "2022年度部门实际支出6518.92万元，预算执行率为95.28%。其中：基本支出1386.54万元，占实际支出的21.27%；"
        "项目支出5132.38万元，占实际支出的78.73%。\n"
        "基本支出全年预算1402.3万元，执行率98.88%；项目支出全年预算5439.87万元，执行率94.35%。\n"
    )
    for spent, budget, pct in (("1386.54万元", "1402.3万元", "98.88"), ("5132.38万元", "5439.87万元", "94.35")):
        (link,) = links(doc, "execution_of", amount(doc, spent))
        assert (link.target, link.declared) == (amount(doc, budget).id, D(pct))
        assert amount(doc, budget).kind == "调整后预算数"


def test_of_two_budgets_a_rate_names_the_one_it_agrees_with():
    doc = document_from_text(
        "三、项目资金安排及使用情况\n（一）高标准农田建设项目\n"
        "年初预算520万元，全年预算2368万元，其中：中央资金1420.8万元，省级资金473.6万元，县级资金473.6万元。"
        "截至2022年12月31日，资金到位2368万元，到位率100%；实际支出2216.85万元，全年预算执行率93.62%。\n"
    )
    (link,) = links(doc, "execution_of", amount(doc, "2216.85万元"))
    assert (link.target, link.declared) == (amount(doc, "2368万元").id, D("93.62"))


def test_a_classification_named_after_the_total_opens_its_parts():
    doc = document_from_text(
        "（二）一般公共预算当年拨款结构情况\n"
        "2024年一般公共预算当年拨款48,794.42万元，按支出功能分类，教育支出（类）39,323.89万元，占80.59%；"
        "社会保障和就业支出（类）5,870.72万元，占12.03%；卫生健康支出（类）1,130.88万元，占2.32%；"
        "住房保障支出（类）2,468.93万元，占5.06%。\n"
    )
    total = amount(doc, "48,794.42万元")
    assert _parts_of(doc, total) == sorted(["39,323.89万元", "5,870.72万元", "1,130.88万元", "2,468.93万元"])


def test_numbered_items_go_on_past_an_unnumbered_paragraph_when_the_next_number_follows():
    doc = document_from_text(
        "2023年度“三公”经费财政拨款支出预算为57.50万元，支出决算为51.42万元，完成预算的89.43%。\n"
        "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算"
        "44.60万元，占86.74%；公务接待费支出决算6.82万元，占13.26%。具体情况如下：\n"
        "1.因公出国（境）费预算为0万元，支出决算为0万元，与2022年持平。\n"
        "2.公务用车购置及运行维护费预算为48.00万元，支出决算为44.60万元，完成预算的92.92%。\n"
        "其中：公务用车购置费预算为18.00万元，支出决算为17.86万元，完成预算的99.22%。\n"
        "公务用车运行维护费预算为30.00万元，支出决算为26.74万元，完成预算的89.13%。\n"
        "3.公务接待费预算为9.50万元，支出决算为6.82万元，完成预算的71.79%。\n"
    )
    assert _parts_of(doc, amount(doc, "57.50万元")) == ["0万元", "48.00万元", "9.50万元"]


def test_a_change_of_both_sides_is_a_change_of_each_total():
    doc = document_from_text(
        "一、收支预算总体情况\n2025年收入预算总计3,536.75万元，支出预算总计3,536.75万元。与2024年相比，收、支预算总计"
        "各减少62.40万元，下降1.73%，主要原因是辖区环境卫生保洁服务重新招标后合同金额下降。\n"
    )
    found = sorted((k.target, k.direction, k.declared, k.implied_prior)
                   for k in links(doc, "change_of", amount(doc, "62.40万元")))
    assert found == [(amount(doc, "3,536.75万元", i).id, "减少", D("1.73"), D("35991500")) for i in (0, 1)]


def test_a_change_of_both_totals_stated_paragraphs_apart_by_scope():
    doc = document_from_text(
        "2022年度收入总计12,486.35万元，支出总计12,486.35万元。与2021年度相比，收、支总计各增加1,052.63万元，增长9.21%。\n"
        "四、财政拨款收入支出决算总体情况说明\n"
        "2022年度财政拨款收入总计12,128.90万元，其中：本年财政拨款收入11,705.32万元，年初财政拨款结转和结余423.58万元。\n"
        "2022年度财政拨款支出总计12,128.90万元，其中：本年财政拨款支出11,612.71万元，年末财政拨款结转和结余516.19万元。\n"
        "与上年相比，财政拨款收、支总计各增加986.24万元，增长8.85%。\n"
    )
    targets = sorted(k.target for k in links(doc, "change_of", amount(doc, "986.24万元")))
    assert targets == [amount(doc, "12,128.90万元", 0).id, amount(doc, "12,128.90万元", 1).id]


def test_a_change_of_both_totals_stated_as_one_figure_has_one_link():
    doc = document_from_text("2023年度收、支总计均为1163.82万元。与2022年度相比，收、支总计各下降5.1万元，下降0.44%。\n")
    (link,) = links(doc, "change_of", amount(doc, "5.1万元"))
    assert link.target == amount(doc, "1163.82万元").id


def test_a_其中_list_that_goes_on_in_the_next_paragraph():
    doc = document_from_text(
        "某某局2023年度部门决算\n二、“三公”经费情况说明\n"
        "2.公务用车购置及运行维护费预算为48.00万元，支出决算为44.60万元。\n"
        "其中：公务用车购置费预算为18.00万元，支出决算为17.86万元。\n"
        "公务用车运行维护费预算为30.00万元，支出决算为26.74万元。\n"
    )
    for total, parts in (("48.00万元", ["18.00万元", "30.00万元"]), ("44.60万元", ["17.86万元", "26.74万元"])):
        # each part goes to the total of its own kind, 预算 or 决算, stated in the paragraph before
        linked = [k for k in doc.facts["amount_links"] if k.type == "part_of" and k.target == amount(doc, total).id]
        assert sorted(doc.facts["amounts"][k.source].fact.quantity.text for k in linked) == parts
        assert all(k.exhaustive for k in linked)


# -- a department's whole-spending performance report (部门整体支出绩效自评报告) ----------------------

_DEPARTMENT_REPORT = (
    "清州市卫生健康委员会2021年度部门整体支出绩效自评报告\n"
    "二、部门整体支出预算执行情况\n（一）预算安排及调整情况\n"
    "2021年度部门年初预算18,652.40万元，其中：财政拨款17,320.40万元，其他资金1,332.00万元。\n"
    "年度执行中追加预算5,716.35万元，主要用于新冠肺炎疫情防控，调整后全年预算为24,368.75万元。\n"
    "（二）预算执行情况\n"
    "2021年度部门全年实际支出23,104.62万元，预算执行率为94.81%。\n"
)


def test_a_department_report_s_figures_that_name_no_subject_are_the_department_s():
    doc = document_from_text(_DEPARTMENT_REPORT)
    added, adjusted = amount(doc, "5,716.35万元"), amount(doc, "24,368.75万元")
    # 追加预算 is a change of the budget; 年度执行中 is when, and the heading names no subject
    assert (added.subject, added.kind) == ("部门", "变动额")
    assert (adjusted.subject, adjusted.kind) == ("部门", "调整后预算数")
    (change,) = links(doc, "change_of", added)
    assert (change.target, change.direction, change.implied_prior) == (adjusted.id, "追加", D("186524000"))
    spent = amount(doc, "23,104.62万元")  # 全年 is a period, 实际支出 the kind word
    assert (spent.subject_key, spent.kind) == ("部门", "执行数")


def test_实际支出_is_a_kind_word_in_a_subject():
    assert subject_key("部门实际支出") == subject_key("部门") == "部门"


def test_a_sum_of_the_projects_above_takes_their_name_and_each_kind():
    doc = document_from_text(
        "清州市卫生健康委员会2021年度部门整体支出绩效自评报告\n三、重点项目支出执行情况\n"
        "项目5：卫生健康人才培养\n年初预算420.00万元，到位398.50万元，支出312.46万元，执行率7.84%。\n"
        "以上五个重点项目年初预算合计12,376.40万元，到位合计16,168.81万元，支出合计15,476.28万元，综合执行率95.72%。\n"
    )
    got = [(amount(doc, t).subject, amount(doc, t).kind) for t in ("12,376.40万元", "16,168.81万元", "15,476.28万元")]
    assert got == [("五个重点项目", "年初预算数"), ("五个重点项目", "到位数"), ("五个重点项目", "执行数")]


def test_an_execution_table_s_scores_are_no_money_and_its_columns_name_the_kind():
    doc = document_from_text(
        "清州市卫生健康委员会2021年度部门整体支出绩效自评报告\n（三）部门整体支出预算执行情况表\n单位：万元\n"
        "项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t18,652.40\t24,368.75\t23,104.62\t10\t94.81%\t9.48\n"
        "其中：当年财政拨款\t17,320.40\t22,886.35\t21,682.10\t—\t94.74%\t—\n"
        "上年结转资金\t0.00\t350.00\t330.12\t—\t94.32%\t—\n"
    )
    texts = [a.fact.quantity.text for a in doc.facts["amounts"]]
    assert "10" not in texts and "9.48" not in texts  # 分值 and 得分 are points
    carried = [(a.subject, a.kind) for a in doc.facts["amounts"] if a.subject == "上年结转资金"]
    # the carried-over funds are a source: the columns say which stage of its budget each cell is
    assert carried == [("上年结转资金", "年初预算数"), ("上年结转资金", "调整后预算数"), ("上年结转资金", "执行数")]


def test_a_balance_carried_over_named_with_its_funds_is_no_prior_year_figure():
    doc = document_from_text(
        "望江街道办事处2024年部门预算\n四、财政拨款收支预算总体情况\n"
        "2024年财政拨款收支预算总计6,358.72万元，包括本年财政拨款收入6,222.18万元和上年财政拨款结转136.54万元。\n"
    )
    carried = amount(doc, "136.54万元")
    assert (carried.subject_key, carried.kind, carried.year) == ("上年结转", "结转结余", 2024)


def test_an_aside_after_the_department_is_no_part_of_the_subject():
    doc = document_from_text(
        "云溪县教育局2022年度部门决算\n八、机关运行经费支出情况说明\n"
        "2022年度本部门（局机关本级）机关运行经费支出126.45万元，比上年减少8.62万元，下降6.38%。\n"
    )
    spent, change = amount(doc, "126.45万元"), amount(doc, "8.62万元")
    assert (spent.subject_key, spent.kind) == ("机关运行经费", "决算数")
    (link,) = links(doc, "change_of", change)
    assert (link.target, link.direction, link.declared) == (spent.id, "减少", D("6.38"))


def test_spending_is_measured_against_the_funds_received_when_the_rate_says_so():
    doc = document_from_text(
        "清州市卫生健康委员会2021年度部门整体支出绩效自评报告\n三、重点项目支出执行情况\n项目1：基本公共卫生服务项目\n"
        "年初预算6,820.00万元，全年到位资金7,245.60万元，资金到位率106.24%；实际支出7,012.34万元，执行率为96.78%。\n"
        "项目2：新冠肺炎疫情防控专项经费\n"
        "年初预算1,500.00万元，到位4,862.15万元，支出4,503.28万元，执行率92.62%。\n"
    )
    for spent, received in (("7,012.34万元", "7,245.60万元"), ("4,503.28万元", "4,862.15万元")):
        # 7,012.34 / 7,245.60 = 96.78%: the rate is of the funds received, across the ； too
        (link,) = links(doc, "execution_of", amount(doc, spent))
        assert link.target == amount(doc, received).id
    (link,) = links(doc, "execution_of", amount(doc, "7,245.60万元"))  # the funds received, of the 年初预算
    assert link.target == amount(doc, "6,820.00万元").id


# -- what the blind-written 部门预算 and 部门决算 of 2024 showed ------------------------------------

def test_a_price_class_is_the_threshold_of_the_statistics():
    doc = document_from_text(
        "截至2023年12月31日，本部门共有车辆9辆，其中：应急保障用车2辆、执法执勤用车4辆、特种专业技术用车3辆。"
        "单价50万元以上通用设备0台（套），单价100万元以上专用设备1台（套）。\n"
    )
    assert [amount(doc, t).subject for t in ("50万元以上", "100万元以上")] == [
        "单价50万元以上通用设备（统计口径）", "单价100万元以上专用设备（统计口径）"]


def test_the_units_in_the_budget_are_the_departments_units():
    assert subject_key("纳入部门预算编制范围的单位") == subject_key("单位")
    assert subject_key("纳入本街道2025年部门预算编制范围的单位") == "单位"


def test_an_economic_class_named_in_words_has_its_code():
    doc = document_from_text(
        "六、一般公共预算基本支出情况\n2024年一般公共预算基本支出1,909.83万元，其中：\n"
        "（一）人员经费1,702.36万元，占89.14%，包括工资福利支出1,598.70万元、对个人和家庭的补助103.66万元。\n"
        "（二）公用经费207.47万元，占10.86%，包括商品和服务支出204.67万元、资本性支出2.80万元。\n"
    )
    assert [amount(doc, t).code for t in ("1,598.70万元", "103.66万元", "204.67万元", "2.80万元")] == [
        "301", "303", "302", "310"]
    assert subject_code("其他支出") == "229"  # a function 类 by its name alone


_TOTAL_TABLE = (
    "某某县卫生健康局2023年度部门决算\n表1 收入支出决算总表\n单位：万元\n"
    "收入\t\t支出\t\n"
    "项目\t决算数\t项目\t决算数\n"
    "一、一般公共预算财政拨款收入\t6,448.16\t一、卫生健康支出\t6,873.88\n"
    "二、政府性基金预算财政拨款收入\t\t二、外交支出\t\n"
    "年初结转和结余\t268.45\t年末结转和结余\t291.29\n"
    "总计\t7,165.17\t总计\t7,165.17\n"
    "二、收入支出决算总体情况说明\n2023年度收、支总计均为7165.17万元。\n"
)


def test_a_row_with_blank_figures_is_no_header():
    doc = document_from_text(_TOTAL_TABLE)
    assert [amount(doc, "7,165.17", i).column for i in (0, 1)] == ["收入决算数", "支出决算数"]
    assert amount(doc, "291.29").column == "支出决算数"
    # the 收、支总计 of the prose restates the 总计 of each side
    prose = amount(doc, "7165.17万元")
    assert sorted(k.target for k in links(doc, "equal_to", prose)) == [amount(doc, "7,165.17", i).id for i in (0, 1)]


def test_a_three_level_header_with_its_merges_lost():
    doc = document_from_text(
        "财政拨款“三公”经费支出决算表\n单位：万元\n"
        "预算数\t\t\t\t\t\t决算数\t\t\t\t\t\n"
        "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\n"
        "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t\n"
        "57.50\t0.00\t48.00\t18.00\t30.00\t9.50\t51.42\t0.00\t44.60\t17.86\t26.74\t6.82\n"
    )
    assert [(amount(doc, t).kind, amount(doc, t).subject_key) for t in ("18.00", "30.00", "26.74")] == [
        ("预算数", "公务用车购置费"), ("预算数", "公务用车运行维护费"), ("决算数", "公务用车运行维护费")]


def test_a_department_report_table_states_the_departments_funds():
    doc = document_from_text(
        "某某县农业农村局2022年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        "2022年部门年初预算3286.45万元，全年预算6842.17万元，全年实际支出6518.92万元。\n"
        "附表 部门整体支出绩效自评表\n单位：万元\n"
        "项目\t年初预算数\t全年预算数\t全年执行数\n"
        "年度资金总额\t3,286.45\t6,842.17\t6,518.92\n"
    )
    for prose, table in (("3286.45万元", "3,286.45"), ("6842.17万元", "6,842.17"), ("6518.92万元", "6,518.92")):
        pair = {amount(doc, prose).id, amount(doc, table).id}
        assert any({k.source, k.target} == pair for k in doc.facts["amount_links"] if k.type == "equal_to")


def test_the_funds_of_the_projects_counted_before():
    doc = document_from_text(
        "（四）预算绩效管理情况\n2024年本部门实行绩效目标管理的项目23个，涉及资金2,358.35万元，实现项目支出绩效目标全覆盖。\n"
        "2024年实行绩效目标管理的项目12个，涉及一般公共预算当年拨款2,475.33万元。\n"
    )
    assert amount(doc, "2,358.35万元").subject == "实行绩效目标管理的项目涉及资金"
    assert amount(doc, "2,475.33万元").subject_key == "实行绩效目标管理的项目涉及当年拨款"


def test_a_其中_list_written_one_item_a_line():
    doc = document_from_text(
        "某某县农业农村局2024年部门预算\n二、收入预算情况\n2024年收入预算4,286.53万元，其中：\n"
        "一般公共预算拨款收入3,702.18万元，占86.37%；\n政府性基金预算拨款收入120.00万元，占2.80%；\n"
        "事业收入58.35万元，占1.36%；\n其他收入16.00万元，占0.37%；\n上年结转390.00万元，占9.10%。\n"
    )
    total = amount(doc, "4,286.53万元")
    parts = [k for k in doc.facts["amount_links"] if k.type == "part_of" and k.target == total.id]
    assert sorted(doc.facts["amounts"][k.source].fact.quantity.text for k in parts) == sorted(
        ["3,702.18万元", "120.00万元", "58.35万元", "16.00万元", "390.00万元"])
    assert all(k.exhaustive for k in parts)  # the shares add to 100%


def test_the_sides_of_a_two_sided_total_listed_by_包括():
    doc = document_from_text(
        "某某县农业农村局2024年部门预算\n四、财政拨款收支预算情况\n2024年财政拨款收支总预算4,212.18万元，比上年增加364.40万元，"
        "增长9.47%。收入包括：一般公共预算当年拨款3,702.18万元，政府性基金预算当年拨款120.00万元，上年财政拨款结转390.00万元。"
        "支出包括：基本支出1,909.83万元，项目支出2,302.35万元。\n"
    )
    total = amount(doc, "4,212.18万元")
    for part in ("3,702.18万元", "120.00万元", "390.00万元", "1,909.83万元", "2,302.35万元"):
        assert [k.target for k in links(doc, "part_of", amount(doc, part))] == [total.id]


def test_both_sides_listed_in_one_paragraph():
    doc = document_from_text(
        "某某局2023年度部门决算\n2023年度财政拨款收、支总计均为4,370.68万元。\n"
        "收入方面，一般公共预算财政拨款收入3,652.18万元，政府性基金预算财政拨款收入520.00万元，年初财政拨款结转和结余198.50万元；"
        "支出方面，一般公共预算财政拨款支出3,731.24万元，政府性基金预算财政拨款支出520.00万元，年末财政拨款结转和结余119.44万元。\n"
    )
    total = amount(doc, "4,370.68万元")
    for part in ("3,652.18万元", "198.50万元", "3,731.24万元", "119.44万元"):
        assert [k.target for k in links(doc, "part_of", amount(doc, part))] == [total.id]


def test_a_change_of_this_year_against_the_last_is_of_the_figure_stated():
    doc = document_from_text(
        "某某局2023年度部门决算\n2023年度“三公”经费财政拨款支出预算为18.50万元，支出决算为15.72万元，完成预算的84.97%。"
        "2022年度“三公”经费财政拨款支出决算为17.36万元，本年较上年减少1.64万元，下降9.45%。\n"
    )
    change = amount(doc, "1.64万元")
    assert (change.subject_key, change.kind) == ("“三公”经费", "变动额")
    (link,) = links(doc, "change_of", change)
    assert link.target == amount(doc, "15.72万元").id


def test_a_收支总预算_restates_the_总计_of_the_account():
    doc = document_from_text(
        "某某县人民法院2019年部门预算\n表1 收支预算总表\n单位：万元\n"
        "收入\t\t支出\t\n项目\t预算数\t项目\t预算数\n"
        "一、财政拨款\t37,188.34\t一、公共安全支出\t37,188.34\n"
        "收入总计\t37,188.34\t支出总计\t37,188.34\n"
        "一、收支预算总体情况\n2019年收支总预算37188.34万元。\n"
    )
    prose = amount(doc, "37188.34万元")
    totals = {amount(doc, "37,188.34", i).id for i in (2, 3)}  # the 收入总计 and 支出总计 rows
    assert {k.target for k in links(doc, "equal_to", prose)} == totals


def test_a_share_of_a_base_a_table_states_as_its_total():
    doc = document_from_text(
        "某某街道2025年部门预算\n表5 一般公共预算支出预算表\n单位：万元\n"
        "科目编码\t科目名称\t2025年预算数\t\t\n\t\t合计\t基本支出\t项目支出\n"
        "\t合计\t3,286.45\t2,164.53\t1,121.92\n"
        "（四）预算绩效管理情况\n2025年本街道实行绩效目标管理的项目8个，涉及一般公共预算拨款项目支出1,121.92万元，"
        "占一般公共预算拨款项目支出的100%。\n"
    )
    (share,) = links(doc, "share_of", amount(doc, "1,121.92万元"))
    assert (share.target, share.declared) == (amount(doc, "1,121.92").id, D("100"))


def test_an_opener_standing_alone_breaks_down_the_figure_above_it_named():
    doc = document_from_text(
        "某某街道2023年部门预算\n部门预算编制说明\n"
        "支出预算16497.86万元，其中：财政拨款支出预算16497.86万元，比2022年预算增加1421.25万元。\n"
        "财政拨款收入支出增加的主要原因是项目调整。\n"
        "财政拨款支出主要内容如下：\n"
        "1.“一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元，主要用于统计管理。\n"
        "2.“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”16495.23万元，主要用于行政运行。\n"
    )
    total = amount(doc, "16497.86万元", 1)  # 财政拨款支出预算, not 支出预算
    for item in ("2.63万元", "16495.23万元"):
        assert [k.target for k in links(doc, "part_of", amount(doc, item))] == [total.id]


def test_items_under_group_headings_without_figures_are_the_opener_items():
    doc = document_from_text(
        "某某法院2019年部门预算\n五、财政拨款支出预算情况说明\n"
        "某某法院2019年财政拨款预算支出37188.34万元，占本年支出合计的100%。与上年相比，财政拨款支出增加4016.19万元。\n"
        "其中：\n（一）公共安全（类）\n"
        "1．法院（款）行政运行（项）支出17279.29万元，与上年相比增加2421.68万元。\n"
        "2．法院（款）案件审判（项）支出1599.11万元，与上年相比减少234.19万元。\n"
        "（二）住房保障支出（类）\n"
        "1．住房改革支出（款）住房公积金（项）支出1879.36万元，与上年相比增加481.1万元。\n"
        "六、财政拨款基本支出预算情况说明\n"
    )
    total = amount(doc, "37188.34万元")
    for item in ("17279.29万元", "1599.11万元", "1879.36万元"):
        assert [k.target for k in links(doc, "part_of", amount(doc, item))] == [total.id]


def test_numbered_paragraphs_on_the_三公_items_break_down_the_三公_figures_above():
    doc = document_from_text(
        "某某局2022年度部门决算\n（一）“三公”经费财政拨款支出决算总体情况\n"
        "2022年度“三公”经费财政拨款支出年初预算为58.60万元，支出决算为41.27万元，完成预算的70.43%。\n"
        "（二）“三公”经费财政拨款支出决算具体情况\n"
        "1.因公出国（境）费。年初预算为0万元，支出决算为0万元，与上年持平。\n"
        "2.公务用车购置及运行维护费。年初预算为42.00万元，支出决算为30.85万元，完成预算的73.45%。\n"
        "其中：公务用车购置费0万元；公务用车运行维护费30.85万元。\n"
        "3.公务接待费。全年预算为16.60万元，支出决算为10.42万元，完成预算的62.77%。\n"
    )
    budget, spent = amount(doc, "58.60万元"), amount(doc, "41.27万元")
    for part, total in (("42.00万元", budget), ("16.60万元", budget), ("30.85万元", spent), ("10.42万元", spent)):
        (link,) = links(doc, "part_of", amount(doc, part))
        assert (link.target, link.exhaustive) == (total.id, True)


def test_a_sum_of_the_items_above_has_them_as_parts():
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n2022年度本局纳入绩效自评的重点项目2个，具体情况如下：\n"
        "（一）高标准农田建设项目\n年初预算520万元，全年预算2368万元。实际支出2216.85万元，全年预算执行率93.62%。\n"
        "（二）农村人居环境整治项目\n项目资金年初预算180万元，全年预算426万元。实际支出398.52万元，全年预算执行率93.55%。\n"
        "以上2个重点项目年初预算合计700万元，全年预算合计2794万元，实际支出合计2615.37万元。\n"
    )
    for parts, total in ((("520万元", "180万元"), "700万元"), (("2368万元", "426万元"), "2794万元"),
                         (("2216.85万元", "398.52万元"), "2615.37万元")):
        for part in parts:
            assert amount(doc, total).id in [k.target for k in links(doc, "part_of", amount(doc, part))]


def test_money_beside_the_counts_of_a_list_is_part_of_the_money_before():
    doc = document_from_text(
        "某某局2023年度部门决算\n（1）公务用车购置费：预算18.00万元，支出决算为17.86万元，完成预算的99.22%。"
        "全年按规定更新购置公务用车1辆，其中：轿车0辆、金额0万元，越野车1辆、金额17.86万元，载客汽车0辆、金额0万元。\n"
    )
    spent = amount(doc, "17.86万元")
    assert [k.target for k in links(doc, "part_of", amount(doc, "17.86万元", 1))] == [spent.id]
    assert [k.target for k in links(doc, "part_of", amount(doc, "1辆", 1))] == [amount(doc, "1辆").id]


def test_a_list_of_what_a_figure_was_used_for_is_its_parts():
    doc = document_from_text(
        "某某局2023年度部门决算\n公务用车运行维护费预算为30.00万元，支出决算为26.74万元，完成预算的89.13%，较2022年减少8.44万元。"
        "主要用于开展卫生监督执法等公务所需的公务用车燃料费、维修费等支出，其中：燃料费12.35万元，维修费14.39万元。\n"
    )
    for part in ("12.35万元", "14.39万元"):
        assert [k.target for k in links(doc, "part_of", amount(doc, part))] == [amount(doc, "26.74万元").id]


def test_a_part_budget_of_an_item_is_a_part_of_the_total_budget_whatever_its_kind_word():
    doc = document_from_text(
        "某某局2022年度部门决算\n2.公务用车购置及运行维护费：年初预算50.00万元，决算39.52万元，完成预算的79.04%。"
        "其中：公务用车购置费预算23.00万元，决算22.80万元；公务用车运行维护费预算27.00万元，决算16.72万元。\n"
    )
    for part, total in (("23.00万元", "50.00万元"), ("27.00万元", "50.00万元"), ("22.80万元", "39.52万元"),
                        ("16.72万元", "39.52万元")):
        assert [k.target for k in links(doc, "part_of", amount(doc, part))] == [amount(doc, total).id]


def test_the_合计_rows_of_a_收支总表_are_its_总计():
    doc = document_from_text(
        "某某法院2019年部门预算\n表1 收支预算总表\n单位：万元\n"
        "收入\t\t支出\t\n项目\t金额\t支出用途\t金额\n"
        "一、财政拨款\t37,188.34\t基本支出\t37,188.34\n"
        "收入合计\t37,188.34\t支出合计\t37,188.34\n"
        "一、收支预算总体情况\n2019年度收入、支出预算总计37188.34万元。\n"
    )
    prose = amount(doc, "37188.34万元")
    totals = {amount(doc, "37,188.34", i).id for i in (2, 3)}  # the 收入合计 and 支出合计 rows
    assert {k.target for k in links(doc, "equal_to", prose)} == totals


def test_a_summary_table_without_a_合计_row_sums_its_first_numbering_into_the_总计():
    doc = document_from_text(
        "某某街道2025年部门预算\n表3 财政拨款收支预算总表\n单位：万元\n"
        "收入\t\t支出\t\n项目\t预算数\t项目\t预算数\n"
        "一、本年收入\t3,406.45\t一、本年支出\t3,491.45\n"
        "（一）一般公共预算拨款\t3,286.45\t（一）一般公共服务支出\t1,642.18\n"
        "（二）政府性基金预算拨款\t120.00\t（二）城乡社区支出\t1,849.27\n"
        "二、上年结转\t85.00\t二、年终结转结余\t\n"
        "收入总计\t3,491.45\t支出总计\t3,491.45\n"
    )
    income, spending = amount(doc, "3,491.45", 1), amount(doc, "3,491.45", 2)  # the 总计 row
    for part, total in (("3,406.45", income), ("85.00", income), ("3,491.45", spending)):
        assert total.id in [k.target for k in links(doc, "part_of", amount(doc, part))]
    # a 类 under 一、本年支出 is a part of that row, not of the 总计
    assert [k.target for k in links(doc, "part_of", amount(doc, "1,642.18"))] == [amount(doc, "3,491.45").id]


def test_a_小计_row_then_a_合计_row():
    doc = document_from_text(
        "某某法院2019年部门预算\n表1 收支预算总表\n单位：万元\n"
        "收入\t\t支出\t\n项目名称\t金额\t项目名称\t金额\n"
        "一、财政拨款\t37,188.34\t一、基本支出\t27,188.34\n"
        "二、其他资金\t\t二、项目支出\t10,000.00\n"
        "当年收入小计\t37,188.34\t当年支出小计\t37,188.34\n"
        "上年结转资金\t\t结转下年资金\t\n"
        "收入合计\t37,188.34\t支出合计\t37,188.34\n"
    )
    first, subtotal, total = (amount(doc, "37,188.34", i) for i in (0, 1, 3))  # the 收入 column
    assert [k.target for k in links(doc, "part_of", first)] == [subtotal.id]
    assert [k.target for k in links(doc, "part_of", subtotal)] == [total.id]


def test_a_classification_of_sources_breaks_down_the_figure_it_adds_up_to():
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n（二）预算执行情况\n"
        "2022年度部门实际支出6518.92万元，预算执行率为95.28%。其中：基本支出1386.54万元；项目支出5132.38万元。\n"
        "基本支出中，人员经费1205.87万元，公用经费180.67万元。\n"
        "从资金来源看，一般公共预算拨款支出5912.6万元，政府性基金预算拨款支出536.32万元，其他资金支出70万元。\n"
    )
    for part in ("5912.6万元", "536.32万元", "70万元"):
        assert [k.target for k in links(doc, "part_of", amount(doc, part))] == [amount(doc, "6518.92万元").id]


def test_a_rough_restatement_in_brackets_is_the_figure_before_it():
    doc = document_from_text(
        "某某局2021年度部门整体支出绩效自评报告\n（二）预算执行情况\n"
        "2021年度部门全年实际支出23,104.62万元（约2.31亿元），预算执行率为94.81%。其中：基本支出4,286.35万元，"
        "占实际支出的18.55%；项目支出18,818.27万元，占实际支出的81.45%。\n"
    )
    spent, rough = amount(doc, "23,104.62万元"), amount(doc, "约2.31亿元")
    assert [k.target for k in links(doc, "equal_to", rough)] == [spent.id]
    assert (rough.subject, rough.kind) == (spent.subject, spent.kind)
    for part in ("4,286.35万元", "18,818.27万元"):
        assert [k.target for k in links(doc, "part_of", amount(doc, part))] == [spent.id]
        assert [k.target for k in links(doc, "share_of", amount(doc, part))] == [spent.id]


def test_a_paragraph_of_shares_under_a_结构_heading_divides_the_whole_it_names():
    doc = document_from_text(
        "某某街道2024年部门预算\n（一）一般公共预算当年拨款规模变化情况\n"
        "2024年一般公共预算当年拨款5,902.18万元，比2023年预算5,618.40万元增加283.78万元，增长5.05%。\n"
        "（二）一般公共预算当年拨款结构情况\n"
        "一般公共服务支出2,750.12万元，占46.59%；城乡社区支出3,152.06万元，占53.41%。\n"
    )
    total = amount(doc, "5,902.18万元")
    for part in ("2,750.12万元", "3,152.06万元"):
        (link,) = links(doc, "part_of", amount(doc, part))
        assert (link.target, link.exhaustive) == (total.id, True)


def test_the_balance_carried_in_is_a_part_of_the_income():
    doc = document_from_text(
        "某某街道2024年部门预算\n二、收入预算情况\n2024年收入预算6,358.72万元，其中：一般公共预算拨款收入5,902.18万元，"
        "占92.82%；政府性基金预算拨款收入320.00万元，占5.03%；上年结转136.54万元，占2.15%。\n"
    )
    for part in ("5,902.18万元", "320.00万元", "136.54万元"):
        assert [k.target for k in links(doc, "part_of", amount(doc, part))] == [amount(doc, "6,358.72万元").id]


def test_income_that_counts_the_balance_carried_in_is_the_总计_a_收支总预算_restates():
    doc = document_from_text(
        "某某局2024年部门预算\n一、收支预算总体情况\n2024年收支总预算4,286.53万元，比上年增加374.13万元。\n"
        "二、收入预算情况\n2024年收入预算4,286.53万元，其中：一般公共预算拨款收入3,896.53万元，占90.90%；"
        "上年结转390.00万元，占9.10%。\n"
        "三、支出预算情况\n2024年支出预算4,286.53万元，其中：基本支出1,928.18万元，占44.98%；项目支出2,358.35万元，占55.02%。\n"
    )
    both = amount(doc, "4,286.53万元")
    for side in (1, 2):  # 收入预算 and 支出预算
        assert both.id in [k.target for k in links(doc, "equal_to", amount(doc, "4,286.53万元", side))]


def test_the_类_rows_of_each_half_of_a_基本支出表_add_up_to_its_named_合计():
    doc = document_from_text(
        "某某局2024年度部门决算\n表6 一般公共预算财政拨款基本支出决算表\n单位：万元\n"
        "人员经费\t\t\t公用经费\t\t\n科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\n"
        "301\t工资福利支出\t2,082.85\t302\t商品和服务支出\t171.07\n"
        "303\t对个人和家庭的补助\t69.41\t310\t资本性支出\t13.58\n"
        "人员经费合计\t\t2,152.26\t公用经费合计\t\t184.65\n"
    )
    for part, total in (("2,082.85", "2,152.26"), ("69.41", "2,152.26"), ("171.07", "184.65"), ("13.58", "184.65")):
        assert amount(doc, total).id in [k.target for k in links(doc, "part_of", amount(doc, part))]


def test_a_三公_table_with_a_row_per_year_takes_its_subjects_from_the_header():
    doc = document_from_text(
        "某某办2024年部门预算\n七、一般公共预算“三公”经费支出预算表\n表7\n2024年一般公共预算“三公”经费支出预算表\n"
        "编制部门：某某办\n单位：万元\n"
        "年　度\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\n"
        "\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t\n"
        "2023年预算数\t228.70\t162.00\t26.50\t0.00\t26.50\t40.20\n"
        "2024年预算数\t245.80\t185.00\t24.00\t0.00\t24.00\t36.80\n"
    )
    rows = {(a.subject, a.kind, a.year): a for a in doc.facts["amounts"] if a.pattern == "table"}
    prior, current = rows[("“三公”经费", "上年数", 2023)], rows[("“三公”经费", "预算数", 2024)]
    assert (prior.fact.quantity.text, current.fact.quantity.text) == ("228.70", "245.80")
    assert rows[("公务用车购置及运行维护费", "预算数", 2024)].column == "公务用车购置及运行维护费小计"
    assert rows[("公务接待费", "上年数", 2023)].fact.quantity.text == "40.20"
    # the header's groups add up on each row: 因公出国 + 公务用车 + 公务接待 = 合计
    for part in ("185.00", "36.80"):
        assert current.id in [k.target for k in links(doc, "part_of", amount(doc, part))]
    assert prior.id in [k.target for k in links(doc, "part_of", amount(doc, "162.00"))]


def test_a_项_listed_alone_under_its_款_takes_the_款s_path_and_code():
    doc = document_from_text(
        "某某办2024年部门预算\n单位：万元\n"
        "科目编码\t\t\t科目名称\t合计\n类\t款\t项\t\t\n"
        "208\t05\t01\t行政单位离退休\t48.62\n208\t05\t05\t机关事业单位基本养老保险缴费支出\t132.50\n"
        "（三）一般公共预算当年拨款具体使用情况\n"
        "7.社会保障和就业支出（类）行政事业单位养老支出（款）2024年预算数为181.12万元，其中：行政单位离退休（项）"
        "48.62万元，机关事业单位基本养老保险缴费支出（项）132.50万元。\n"
    )
    item = amount(doc, "48.62万元")
    assert (item.subject, item.code) == ("社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）", "2080501")
    assert amount(doc, "132.50万元").code == "2080505"


def test_a_change_after_a_其中_list_is_of_the_lists_whole():
    doc = document_from_text(
        "某某办2024年部门预算\n"
        "（二）公务用车购置及运行维护费24.00万元，占9.76%，其中：公务用车购置费0万元，公务用车运行维护费24.00万元。"
        "比上年减少2.50万元，下降9.43%。\n"
    )
    change = amount(doc, "2.50万元")
    assert (change.subject, change.kind) == ("公务用车购置及运行维护费", "变动额")
    (link,) = links(doc, "change_of", change)
    assert link.target == amount(doc, "24.00万元").id


def test_a_year_before_a_semicolon_dates_the_clauses_after_it_not_the_paragraphs_opening_date():
    doc = document_from_text(
        "某某办2024年部门预算\n三、国有资产占用情况\n"
        "截至2023年12月31日，本部门共有车辆6辆，其中：一般公务用车4辆，其他用车2辆。2024年部门预算未安排车辆购置；"
        "安排购置单价50万元以上的通用设备0台（套），单价100万元以上的专用设备0台（套）。\n"
    )
    for text in ("50万元以上", "100万元以上"):
        threshold = amount(doc, text)
        assert (threshold.kind, threshold.year) == ("其他", 2024)
        assert threshold.subject.endswith("（统计口径）")


def test_an_economic_class_in_prose_restates_the_合计_column_of_a_基本支出表():
    doc = document_from_text(
        "某某办2024年部门预算\n六、一般公共预算基本支出预算表\n表6\n2024年一般公共预算基本支出预算表\n单位：万元\n"
        "部门预算支出经济分类科目\t\t2024年一般公共预算基本支出\t\t\n科目编码\t科目名称\t合计\t人员经费\t公用经费\n"
        "\t合计\t2,012.18\t1,563.95\t448.23\n301\t工资福利支出\t1,563.95\t1,563.95\t\n"
        "302\t商品和服务支出\t448.23\t\t448.23\n"
        "情况说明：按经济分类，上述基本支出包括：工资福利支出1,563.95万元，商品和服务支出448.23万元。\n"
    )
    prose = amount(doc, "1,563.95万元")
    row = amount(doc, "1,563.95", 1)  # the 工资福利支出 row's 合计 column
    assert (row.code, row.column) == ("301", "2024年一般公共预算基本支出合计")
    assert [k.target for k in links(doc, "equal_to", prose)] == [row.id]


_DEPARTMENT_SELF_EVALUATION = "长岭县教育局2023年度部门整体支出绩效自评报告\n"


def test_a_projects_paragraph_gives_its_name_to_the_figures_that_name_only_a_kind():
    doc = document_from_text(
        _DEPARTMENT_SELF_EVALUATION + "三、预算执行情况\n（三）主要项目支出执行情况\n"
        "2.学生资助及营养改善计划项目。年初预算3,120.00万元，调整后预算3,486.25万元，其中：中央资金1,986.25万元，"
        "省级资金842.00万元，市级资金118.00万元，县级配套资金540.00万元。全年执行3,452.10万元，执行率99.02%，"
        "比2022年执行数3,215.60万元增加236.50万元，增长7.35%。结余34.15万元，主要原因是部分受助学生年中转学。\n"
    )
    project = "学生资助及营养改善计划项目"
    spent, prior, change, balance = (amount(doc, t) for t in ("3,452.10万元", "3,215.60万元", "236.50万元", "34.15万元"))
    assert (spent.subject, spent.kind) == (project, "执行数")  # 全年执行: 执行 is the kind word
    assert (prior.subject, prior.kind, prior.year) == (project, "上年数", 2022)
    assert (change.subject, change.kind) == (project, "变动额")
    assert (balance.subject, balance.kind) == (project, "结转结余")  # 结余 alone: the paragraph's project
    (execution,) = links(doc, "execution_of", spent)
    assert (execution.target, execution.declared) == (amount(doc, "3,486.25万元").id, D("99.02"))
    (change_of,) = links(doc, "change_of", change)
    assert change_of.target == spent.id


def test_funds_received_and_not_received_and_the_departments_spending():
    doc = document_from_text(
        _DEPARTMENT_SELF_EVALUATION + "三、预算执行情况\n（一）资金来源及到位情况\n"
        "2023年度调整后预算42,318.75万元。截至2023年12月31日，各级资金实际到位41,980.35万元，资金到位率99.20%。"
        "未到位资金338.40万元，已于2024年1月到账。\n（二）资金拨付及支出情况\n"
        "2023年全年累计拨付资金41,206.83万元，全年执行数41,206.83万元，预算执行率97.37%。其中：基本支出执行29,512.06万元，"
        "执行率99.90%；项目支出执行11,694.77万元，执行率91.52%。\n"
        "与2022年度相比，调整后预算增加2,444.59万元，增长6.13%（2022年度调整后预算39,874.16万元）。\n"
    )
    budget = amount(doc, "42,318.75万元")
    assert (budget.subject, budget.kind) == ("部门", "调整后预算数")  # （一）资金来源及到位情况 names no subject
    received = amount(doc, "41,980.35万元")
    assert (received.subject, received.kind) == ("各级资金", "到位数")  # 实际到位: 实际 is no part of the subject
    missing = amount(doc, "338.40万元")
    assert (missing.subject, missing.kind) == ("未到位资金", "其他")  # what did not arrive is no 到位数
    paid, spent = amount(doc, "41,206.83万元"), amount(doc, "41,206.83万元", 1)
    assert (paid.subject, paid.kind) == ("资金", "到位数")
    assert (spent.subject, spent.kind) == ("部门", "执行数")  # not the 资金 just paid out
    basic = amount(doc, "29,512.06万元")
    assert (basic.subject, basic.kind) == ("基本支出", "执行数")  # 基本支出执行
    assert [k.target for k in links(doc, "part_of", basic)] == [spent.id]
    prior = amount(doc, "39,874.16万元")  # in brackets: named by the words inside them
    assert (prior.subject, prior.kind, prior.year) == ("部门", "上年数", 2022)


def test_a_table_numbered_in_a_序号_column_after_a_paragraph_on_三公经费():
    doc = document_from_text(
        _DEPARTMENT_SELF_EVALUATION + "三、预算执行情况\n"
        "2023年度部门年初预算38,652.40万元，其中：基本支出29,102.40万元；项目支出9,550.00万元。\n"
        "基本支出执行29,512.06万元中，人员经费27,336.48万元，公用经费2,175.58万元。“三公”经费年初预算18.00万元，"
        "全年支出15.62万元。\n\n"
        "表2  2023年度部门预算执行情况表\n单位：万元\n"
        "序号\t项目名称\t预算数\t\t全年执行数\t执行率（%）\t结余资金\n"
        "\t\t年初预算数\t调整后预算数\t\t\t\n"
        "一\t基本支出\t29,102.40\t29,540.18\t29,512.06\t99.90\t28.12\n"
        "二\t项目支出\t9,550.00\t12,778.57\t11,694.77\t91.52\t1,083.80\n"
        "1\t城乡义务教育公用经费保障\t2,460.00\t2,618.40\t2,618.40\t100.00\t\n"
        "2\t学生资助及营养改善计划\t3,120.00\t3,486.25\t3,452.10\t99.02\t34.15\n"
        "3\t义务教育薄弱环节改善与能力提升\t1,800.00\t3,265.80\t2,683.52\t82.17\t582.28\n"
        "4\t学前教育发展资金\t520.00\t786.32\t741.55\t94.31\t44.77\n"
        "5\t校舍维修改造及安全保障\t1,650.00\t2,621.80\t2,199.20\t83.88\t422.60\n"
        "\t合计\t38,652.40\t42,318.75\t41,206.83\t97.37\t1,111.92\n"
    )
    total = amount(doc, "38,652.40", 0)
    assert (total.subject, total.kind) == ("合计", "年初预算数")  # the paragraph above is no title: no 三公经费
    basic, project = amount(doc, "29,102.40"), amount(doc, "9,550.00")
    for row in (basic, project):  # 一 and 二 add up to the 合计 below
        assert total.id in [k.target for k in links(doc, "part_of", row)]
    for text in ("2,460.00", "520.00", "1,650.00"):  # 1 … 5 are parts of 二 项目支出
        assert project.id in [k.target for k in links(doc, "part_of", amount(doc, text))]
    # 1 has no 结余: the rows of the 结余资金 column still list under 二
    balance = amount(doc, "1,083.80")
    assert balance.id in [k.target for k in links(doc, "part_of", amount(doc, "34.15"))]
    # the prose's 基本支出 restates the row, whose column names no part
    assert [k.target for k in links(doc, "equal_to", basic)] == [amount(doc, "29,102.40万元").id]


def test_line_numbers_of_a_收支总表_are_no_money():
    doc = document_from_text(
        "长治市审计局2024年度部门决算\n表1\n收入支出决算总表\n部门：长治市审计局　　单位：万元\n"
        "收入\t\t\t支出\t\t\n项目\t行次\t金额\t项目\t行次\t金额\n栏次\t\t1\t栏次\t\t2\n"
        "一、一般公共预算财政拨款收入\t1\t2,186.47\t一、一般公共服务支出\t32\t1,803.41\n"
        "八、其他收入\t8\t12.35\t八、社会保障和就业支出\t39\t204.42\n"
        "本年收入合计\t14\t2,198.82\t本年支出合计\t45\t2,008.83\n"
    )
    assert sorted(a.fact.quantity.text for a in doc.facts["amounts"]) == sorted(
        ["2,186.47", "1,803.41", "12.35", "204.42", "2,198.82", "2,008.83"])


def test_a_code_written_before_a_name_or_as_科目编码_and_a_label_before_a_colon():
    doc = document_from_text(
        "长治市审计局2024年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
        "2.社会保障和就业支出（类）行政事业单位养老支出（款）\n"
        "（1）行政单位离退休（科目编码2080501）：年初预算为40.00万元，支出决算为42.16万元，完成年初预算的105.40%。\n"
        "4.住房保障支出（类）住房改革支出（款）\n"
        "2210201住房公积金：年初预算为118.00万元，支出决算为118.98万元，完成年初预算的100.83%。\n"
        "二、收入决算情况说明\n另有年初结转和结余46.20万元，使用非财政拨款结余0万元。\n"
    )
    assert amount(doc, "42.16万元").code == "2080501"
    housing = amount(doc, "118.98万元")
    assert (housing.subject, housing.code, housing.kind) == ("2210201住房公积金", "2210201", "决算数")
    assert [k.target for k in links(doc, "execution_of", housing)] == [amount(doc, "118.00万元").id]
    carried = amount(doc, "46.20万元")
    assert (carried.subject, carried.kind) == ("年初结转和结余", "结转结余")  # 另有 is no part of it
    used = amount(doc, "0万元")
    assert (used.subject, used.kind) == ("使用非财政拨款结余", "结转结余")  # 使用 here names a balance


# -- a 决算 copied out of its PDF, and a 预算 copied from its web page -------------------------------

def test_a_classification_path_on_a_line_of_its_own_names_the_figures_below_it():
    # the PDF's text puts the 类/款/项 path on its own line, above 年初预算为…，支出决算为…
    doc = document_from_text(
        "平江县应急管理局2022年度部门决算\n（三）一般公共预算财政拨款支出决算具体情况\n"
        "1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）\n"
        "年初预算为11.80万元，支出决算为12.36万元，完成年初预算的104.75%。决算数大于年初预算数的主要原因是退休人员基本生活补贴标准调整。\n"
        "2.灾害防治及应急管理支出（类）应急管理事务（款）行政运行（项）\n"
        "年初预算为402.60万元，支出决算为417.92万元，完成年初预算的103.81%。\n"
    )
    path = "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）"
    budget, spent = amount(doc, "11.80万元"), amount(doc, "12.36万元")
    assert (budget.subject, budget.code, budget.kind) == (path, "2080501", "年初预算数")
    assert (spent.subject, spent.code, spent.kind) == (path, "2080501", "决算数")
    (execution,) = links(doc, "execution_of", spent)
    assert (execution.target, execution.declared) == (budget.id, D("104.75"))
    # 224 灾害防治及应急管理支出 › 22401 应急管理事务 › 2240101 行政运行, from the classification's lexicon
    assert amount(doc, "417.92万元").code == "2240101"


def test_counts_describing_a_member_of_a_list_of_money_are_no_members():
    doc = document_from_text(
        "平江县应急管理局2022年度部门决算\n"
        "3.公务接待费支出年初预算为2.70万元，支出决算为2.05万元，完成预算的75.93%。其中：国内公务接待支出2.05万元，"
        "共接待23批次、186人次，主要是接待上级部门开展安全生产督查等公务活动；外事接待支出0万元。\n"
        "截至2022年末，本部门共有车辆6辆，其中：应急保障用车3辆、执法执勤用车2辆、其他用车1辆。\n"
    )
    texts = [a.fact.quantity.text for a in doc.facts["amounts"]]
    assert "23批次" not in texts and "186人次" not in texts
    assert {"3辆", "2辆", "1辆"} <= set(texts)  # a list of counts keeps its members


def test_parts_of_two_different_totals_are_not_one_figure():
    # 基本支出 of all the department's funds (本年支出合计 1,301.35) and the 基本支出 of the 一般公共预算
    # (its 合计 1,297.75) have one value here, but are two figures
    doc = document_from_text(
        "平江县应急管理局2022年度部门决算\n"
        "一般公共预算财政拨款支出决算表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t1,297.75\t742.56\t555.19\n\n"
        "三、支出决算情况说明\n"
        "2022年度本年支出合计1,301.35万元，其中：基本支出742.56万元，占57.06%；项目支出558.79万元，占42.94%。\n"
        "六、一般公共预算财政拨款基本支出决算情况说明\n"
        "2022年度一般公共预算财政拨款基本支出742.56万元，其中：人员经费671.53万元；公用经费71.03万元。\n"
    )
    all_funds, appropriated = amount(doc, "742.56万元"), amount(doc, "742.56万元", 1)
    assert links(doc, "equal_to", all_funds) == []
    assert not [k for k in doc.facts["amount_links"] if k.type == "equal_to" and k.target == all_funds.id]
    (restated,) = links(doc, "equal_to", appropriated)  # the 一般公共预算's own is the table's
    assert restated.target == amount(doc, "742.56").id


ZJ_BUDGET = (
    "湖州市水利局2024年部门预算\n一、收支预算总体情况\n2024年湖州市水利局收入、支出预算总计均为8,425.53万元。\n"
    "二、收入预算情况\n2024年湖州市水利局收入预算8,425.53万元，其中：一般公共预算拨款收入7,912.38万元，占93.91%；"
    "上年结转结余513.15万元，占6.09%。\n"
    "三、支出预算情况\n2024年湖州市水利局支出预算8,425.53万元，其中：\n基本支出3,480.32万元，占41.31%；\n"
    "项目支出4,945.21万元，占58.69%。\n"
    "五、一般公共预算当年拨款支出情况\n（一）一般公共预算当年拨款规模变化情况\n"
    "2024年湖州市水利局一般公共预算当年拨款7,912.38万元，比上年增加403.47万元，增长5.37%。其中：基本支出3,320.17万元，"
    "占41.96%；项目支出4,592.21万元，占58.04%。\n"
    "八、其他重要事项的情况说明\n（一）机关运行经费\n"
    "2024年湖州市水利局本级（行政单位）机关运行经费预算为286.35万元，比上年减少14.75万元，下降4.90%。\n"
    "（四）预算绩效目标设置情况\n"
    "2024年湖州市水利局实行绩效目标管理的项目12个，涉及项目支出预算资金4,380.50万元，占项目支出预算的88.58%。\n"
    "表1\n湖州市水利局2024年部门收支预算总表\n单位：万元\n收　　入\t\t支　　出\t\n项　　目\t预算数\t项　　目\t预算数\n"
    "一、一般公共预算拨款收入\t7,912.38\t本年支出合计\t8,425.53\n上年结转结余\t513.15\t\t\n"
    "收 入 总 计\t8,425.53\t支 出 总 计\t8,425.53\n\n"
    "表7\n湖州市水利局2024年一般公共预算“三公”经费支出预算表\n单位：元\n项目\t合计\t因公出国（境）费\t公务接待费\n"
    "2024年预算数\t262,000.00\t0.00\t48,000.00\n2023年预算数\t291,000.00\t0.00\t55,000.00\n"
    "注：2024年“三公”经费预算数比2023年减少29,000.00元，主要是公务接待费减少。\n"
)


def equal_classes(doc):
    """The statements of each figure, as sets of amount ids."""
    classes: list[set[int]] = []
    for k in doc.facts["amount_links"]:
        if k.type != "equal_to":
            continue
        joined = [c for c in classes if k.source in c or k.target in c]
        merged = {k.source, k.target}.union(*joined)
        classes = [c for c in classes if c not in joined] + [merged]
    return classes


def test_a_budget_page_its_subjects_shares_and_restatements():
    doc = document_from_text(ZJ_BUDGET)
    running = amount(doc, "286.35万元")
    assert (running.subject, running.kind) == ("机关运行经费", "预算数")  # 本级（行政单位） is the body's
    involved = amount(doc, "4,380.50万元")
    assert involved.subject == "实行绩效目标管理的项目涉及项目支出预算资金"  # the 预算 of the funds stays
    (share,) = links(doc, "share_of", involved)
    # 4,380.50 / 4,945.21 = 88.58%: the 项目支出 of all funds, not the later 一般公共预算 4,592.21
    assert share.target == amount(doc, "4,945.21万元").id
    # 支出预算 divided into 基本/项目 is the table's 本年支出合计; the 收支总计 is the two 总计 and 收入预算
    ids = lambda *texts: {amount(doc, t).id for t in texts}
    classes = equal_classes(doc)
    spent, income = amount(doc, "8,425.53万元", 2), amount(doc, "8,425.53万元", 1)
    assert next(c for c in classes if spent.id in c) == {spent.id, amount(doc, "8,425.53", 0).id}
    assert next(c for c in classes if income.id in c) == ids("8,425.53万元") | {
        income.id, amount(doc, "8,425.53", 1).id, amount(doc, "8,425.53", 2).id}
    # 一般公共预算当年拨款 under a 支出 heading is no restatement of the 一般公共预算拨款收入
    appropriation = amount(doc, "7,912.38万元", 1)
    assert not any(appropriation.id in c for c in classes)
    # a note under the 三公 table speaks of the funds its title names
    note = amount(doc, "29,000.00元")
    assert (note.kind, note.scope) == ("变动额", "一般公共预算")


def test_a_note_says_which_budget_the_预算数_of_its_table_is():
    doc = document_from_text(
        "平江县应急管理局2022年度部门决算\n财政拨款“三公”经费支出决算表\n单位：万元\n"
        "项目\t预算数\t决算数\n合计\t18.50\t16.67\n公务接待费\t2.70\t2.05\n"
        "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算"
        "财政拨款和以前年度结转资金安排的实际支出。\n"
    )
    assert [amount(doc, t).kind for t in ("18.50", "2.70")] == ["年初预算数", "年初预算数"]
    assert [amount(doc, t).kind for t in ("16.67", "2.05")] == ["决算数", "决算数"]


def test_the_measures_of_an_asset_class_stated_one_after_the_other():
    # 累计折旧 and 净值 named alone are the class's the figure before them names; 期末账面数 is a period
    doc = document_from_text(
        "某区司法局2020年度部门决算\n（二）资产管理。\n"
        "截至2020年12月底，固定资产期末账面数原值226.22万元，累计折旧144.86万元，净值81.36万元。"
        "无形资产期末帐面数原值5.6万元，累计摊销0.09万元，净值5.51万元。\n"
    )
    subjects = {t: amount(doc, t).subject for t in ("226.22万元", "144.86万元", "81.36万元", "5.6万元", "0.09万元", "5.51万元")}
    assert subjects == {"226.22万元": "固定资产原值", "144.86万元": "固定资产累计折旧", "81.36万元": "固定资产净值",
                        "5.6万元": "无形资产原值", "0.09万元": "无形资产累计摊销", "5.51万元": "无形资产净值"}


def test_a_count_and_the_counts_of_its_kinds_in_brackets():
    doc = document_from_text(
        "某区司法局2020年度部门决算\n（三）人员概况。\n"
        "西区司法局机关编制33个，其中公务员26人、参公编制3人、事业编制8人、临聘编制1人；"
        "实有人员34人（公务员编制28人，参公编制3人，事业编制4人，临聘1人）。"
        "人员编制数43个（包括6个事业编制，37个政法专项编制）。\n"
    )
    staff = amount(doc, "34人")
    assert staff.subject == "实有人员"
    for text, subject in (("28人", "公务员编制"), ("4人", "事业编制"), ("1人", "临聘")):
        part = amount(doc, text, 1) if text == "1人" else amount(doc, text)
        assert part.subject == subject
        (part_of,) = links(doc, "part_of", part)
        assert (part_of.target, part_of.exhaustive) == (staff.id, False)
    assert not links(doc, "part_of", staff)  # a total of its own, no member of the 编制 list before the ；
    # the count before its noun: 6个事业编制
    posts = amount(doc, "43个")
    for text, subject in (("6个", "事业编制"), ("37个", "政法专项编制")):
        part = amount(doc, text)
        assert part.subject == subject
        assert [k.target for k in links(doc, "part_of", part)] == [posts.id]


def test_a_score_in_brackets_is_no_count_list():
    doc = document_from_text(
        "某县农业农村局2022年度项目支出绩效评价报告\n"
        "决策指标18.5分（满分20分），过程指标18.2分（满分20分）。\n"
    )
    assert not [a for a in doc.facts["amounts"] if a.fact.quantity.text.endswith("分")]


def test_a_clause_that_opens_with_a_verb_ends_a_list_of_nouns():
    doc = document_from_text(
        "某区司法局2020年度部门决算\n"
        "全年共备案区级部门重大行政处罚17件，审查政府合同及文件25件，其中政策性文件13份，政府合同10份，"
        "重大行政决策2件，出具合法性审查意见书2份，全面提升依法行政能力。"
        "出具书面审查意见147份，其中审核规范性文件2件，办理行政复议案件29件、行政应诉案件15件。\n"
    )
    texts = [a.fact.quantity.text for a in doc.facts["amounts"]]
    assert "2份" not in texts and {"13份", "10份", "2件"} <= set(texts)
    assert "29件" in texts  # a list that opens with a verb keeps its members that do too


def test_what_a_sentence_counts_names_the_money_it_cost():
    doc = document_from_text(
        "某区司法局2023年度部门决算\n"
        "其中国内公务接待支出1.22万元。主要用于执行公务。国内公务接待16批次，170人次（不包括陪同人员），"
        "共计支出1.22万元，具体内容包括：接待调研等。\n"
    )
    assert amount(doc, "1.22万元", 1).subject == "国内公务接待"


def test_the_figures_of_an_attached_project_report(seed_docs):
    doc = seed_docs["003"]
    # 该项目预算资金批复2万元: 批复 says how the budget was set
    approved = amount(doc, "2万元")
    assert (approved.subject, approved.kind) == ("基层司法业务项目", "预算数")
    # 得到2.85万元预算批复 / 区财政全额拨付2.85万元 / 得到预算批复为2.85万元 under 附件2-3 普法宣传项目…绩效评价报告
    figures = [a for a in doc.facts["amounts"] if a.fact.quantity.text == "2.85万元"
               and ("批复" in a.fact.snippet or "拨付" in a.fact.snippet) and "股" not in a.fact.snippet]
    assert [(a.subject, a.kind) for a in figures] == [
        ("普法宣传项目", "预算数"), ("普法宣传项目", "到位数"), ("普法宣传项目", "预算数")]
    # 该项目本级财政拨款2万元全部及时到位，中央和省级政法转移支付资金34.17万元全部及时到位: 转移支付 names
    # the funds, no spending; and the sentence's 该项目 owns them too
    transfer = next(a for a in doc.facts["amounts"] if a.subject.endswith("中央和省级政法转移支付资金"))
    assert (transfer.subject, transfer.kind) == ("法律援助项目中央和省级政法转移支付资金", "到位数")


def test_a_project_label_without_a_number(seed_docs):
    # 项目9：公证业务经费。…。项目：公证辅助人员工作经费。年初预算财政资金203.23万元，到账255万元
    doc = seed_docs["004"]
    assert amount(doc, "203.23万元").subject == "公证辅助人员工作经费"
    assert {a.subject for a in doc.facts["amounts"] if a.fact.quantity.text == "255万元"} == {"公证辅助人员工作经费"}


def test_a_template_ellipsis_ends_the_list_before_it():
    doc = document_from_text(
        "某区司法局2020年度部门决算\n"
        "截至2020年12月31日，西区司法局共有车辆1辆，其中：主要领导干部用车0辆、执法执勤用车1辆、其他用车0辆……"
        "其他用车主要是用于……单价50万元以上通用设备0台（套），单价100万元以上专用设备0台（套）。\n"
    )
    threshold = amount(doc, "50万元以上")
    assert threshold.subject == "单价50万元以上通用设备（统计口径）"
    assert "0台（套）" not in [a.fact.quantity.text for a in doc.facts["amounts"]]


def test_a_sum_of_each_ones_figure_is_no_ones():
    doc = document_from_text(
        "某区司法局2019年度项目支出绩效评价报告\n"
        "每个社区的法律顾问费为1万元/年，共计80万元/年，该费用均由我局直接支付给律师事务所。\n"
    )
    assert amount(doc, "1万元/年").subject == "每个社区的法律顾问费"
    assert amount(doc, "80万元/年").subject == "法律顾问费"


def test_a_projects_funds_summed_after_their_sources(seed_docs):
    # 该项目本级财政拨款2万元，上级拨款34.17万元，共计36.17万元 / 该项目本级财政拨款2万元全部及时到位
    doc = seed_docs["003"]
    total = next(a for a in doc.facts["amounts"] if a.fact.quantity.text == "36.17万元" and "共计" in a.fact.snippet
                 and a.fact.row is None and a.pattern == "heading")
    assert (total.subject, total.kind) == ("法律援助项目", "预算数")
    received = next(a for a in doc.facts["amounts"] if a.fact.quantity.text == "2万元" and "全部及时到位" in a.fact.snippet)
    (execution,) = links(doc, "execution_of", received)
    assert doc.facts["amounts"][execution.target].fact.quantity.text == "2万元"


def test_money_spent_named_by_its_kind_alone(seed_docs):
    # （二）过程。…全年度实际支出776.55万元（其中：一般公共预算756.55万元，政府性资金预算20万元）: （二）过程
    # names nothing and 全年度 is a period: the figure is the 支出
    doc = seed_docs["004"]
    spent = amount(doc, "776.55万元")
    assert (spent.subject, spent.kind) == ("支出", "执行数")
    assert [k.target for k in links(doc, "part_of", amount(doc, "756.55万元"))] == [spent.id]


def test_a_sum_word_inside_the_subject_is_no_part_of_it():
    doc = document_from_text(
        "某区司法局2021年度法律援助项目绩效自评报告\n"
        "1.经济效益：全年办理法律援助案件166件，为受援人共挽回经济损失或取得经济利益150余万元。\n"
    )
    assert amount(doc, "150余万元").subject == "为受援人挽回经济损失或取得经济利益"


# A county department's 部门整体支出绩效自评报告 copied from its web page (dev report hn_zrzyj_2022_perf)
DEPARTMENT_SELF_EVALUATION = """祁东县自然资源局2022年度部门整体支出绩效自评报告
　　一、部门基本情况
　　（三）部门预算及资金到位情况
　　2022年年初预算3,875.35万元，其中：一般公共预算拨款2,635.35万元，政府性基金预算拨款1,200.00万元，其他资金40万元。
　　经年中追加调整，全年预算4,433.80万元，较年初增加558.45万元，其中：一般公共预算拨款2,915.36万元，政府性基金预算拨款1,430万元，其他资金88.44万元。
　　全年实际到位资金4,555.17万元，其中本年收入4,368.75万元（一般公共预算财政拨款收入2,915.36万元，政府性基金预算财政拨款收入1,380.00万元，其他收入73.39万元），上年结转结余186.42万元。
　　二、一般公共预算支出情况
　　2022年度部门支出合计4,297.18万元，较上年3,856.40万元增加440.78万元，增长11.43%。按资金来源分，一般公共预算支出2,861.23万元，政府性基金预算支出1,352.60万元，其他资金支出83.35万元；按支出性质分，基本支出2,106.54万元，项目支出2,190.64万元。
　　按经济分类划分，基本支出中工资福利支出1,675.20万元，商品和服务支出266.35万元，对个人和家庭的补助148.47万元，资本性支出16.52万元。
　　2022年度一般公共预算支出功能分类明细表
单位：万元
科目编码\t科目名称\t合计\t基本支出\t项目支出
\t合计\t2,861.23\t2,106.54\t754.69
210\t卫生健康支出\t76.52\t76.52\t
2101101\t行政单位医疗\t28.64\t28.64\t
"""


def test_a_performance_reports_table_of_spending_states_money_spent():
    # 2022年度一般公共预算支出功能分类明细表 (合计 | 基本支出 | 项目支出): no column names a kind, the
    # title says 支出, and in a performance report money 支出 is spent
    doc = document_from_text(DEPARTMENT_SELF_EVALUATION)
    assert doc.kind == "部门整体支出绩效评价"
    cells = [(a.subject, a.code, a.kind) for a in doc.facts["amounts"] if a.pattern == "table"]
    assert cells == [("合计", None, "执行数")] * 3 + [("卫生健康支出", "210", "执行数")] * 2 \
        + [("行政单位医疗", "2101101", "执行数")] * 2


def test_subjects_of_a_department_self_evaluation():
    doc = document_from_text(DEPARTMENT_SELF_EVALUATION)
    subject = {t: (amount(doc, t).subject, amount(doc, t).code, amount(doc, t).kind) for t in (
        "3,875.35万元", "558.45万元", "4,555.17万元", "2,861.23万元", "1,675.20万元", "266.35万元", "16.52万元")}
    assert subject == {
        # （三）部门预算及资金到位情况: the heading's subject, without the standard part 资金到位
        "3,875.35万元": ("部门预算", None, "年初预算数"),
        # 较年初增加558.45万元: a change against a period, of the budget just stated
        "558.45万元": ("部门预算", None, "变动额"),
        "4,555.17万元": ("资金", None, "到位数"),  # 全年实际到位资金: 实际 and 到位 are no subject
        "2,861.23万元": ("一般公共预算支出", None, "执行数"),  # the budget's spending keeps its 支出
        "1,675.20万元": ("工资福利支出", "301", "执行数"),  # 基本支出中工资福利支出: the class within
        "266.35万元": ("商品和服务支出", "302", "执行数"),
        "16.52万元": ("资本性支出", "310", "执行数"),
    }
    assert amount(doc, "4,297.18万元").scope is None  # broken down by funds below: all funds, whatever the heading


def test_lists_of_a_department_self_evaluation():
    doc = document_from_text(DEPARTMENT_SELF_EVALUATION)
    amounts = doc.facts["amounts"]

    def parts_of(text):
        whole = amount(doc, text)
        return [(amounts[k.source].fact.quantity.text, k.exhaustive) for k in doc.facts["amount_links"]
                if k.type == "part_of" and k.target == whole.id]

    # 本年收入4,368.75万元（一般公共预算财政拨款收入…，…，其他收入73.39万元）: a bracket of parts that add up
    assert parts_of("4,368.75万元") == [("2,915.36万元", True), ("1,380.00万元", True), ("73.39万元", True)]
    # …增长11.43%。按资金来源分，…；按支出性质分，…: two classifications of the paragraph's total
    assert parts_of("4,297.18万元") == [("2,861.23万元", True), ("1,352.60万元", True), ("83.35万元", True),
                                        ("2,106.54万元", True), ("2,190.64万元", True)]


PROJECTS_OF_A_SELF_EVALUATION = """祁东县自然资源局2022年度部门整体支出绩效自评报告
　　二、一般公共预算支出情况
　　（二）项目支出情况
　　2022年度主要项目资金执行情况表
单位：万元
序号\t项目名称\t预算数\t\t实际支出\t执行率
\t\t年初预算\t调整后预算\t\t
1\t国土空间总体规划编制\t200.00\t260.00\t226.50\t87.12%
2\t地质灾害防治\t150.00\t198.00\t176.40\t89.09%
　　1.国土空间总体规划编制项目。年初预算200万元，年中追加60万元，全年支出226.50万元，执行率87.12%，年末结转33.50万元，主要是规划成果尚未通过省级审查。
　　2.地质灾害防治项目。全年预算198万元，支出176.40万元，剩余21.60万元结转下年继续使用。
　　三、政府性基金预算支出情况
　　2022年政府性基金预算财政拨款收入1,380.00万元，加上年结转150.00万元，全年政府性基金预算支出1,352.60万元，年末结转177.40万元。
　　附件：祁东县自然资源局2022年度部门整体支出绩效自评表
单位：万元
年度预算资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t\t3,875.35\t4,433.80\t4,297.18\t10\t96.92%\t9.69
按收入性质分\t一般公共预算\t2,635.35\t2,915.36\t2,861.23\t\t98.14%\t
\t政府性基金预算\t1,200.00\t1,430.00\t1,352.60\t\t94.59%\t
\t其他资金\t40.00\t88.44\t83.35\t\t94.24%\t
"""


def test_projects_of_a_self_evaluation_and_their_balances():
    doc = document_from_text(PROJECTS_OF_A_SELF_EVALUATION)
    amounts = doc.facts["amounts"]
    # the project named with its 项目 in the prose and without in the table is one project
    assert subject_key("国土空间总体规划编制项目") == subject_key("国土空间总体规划编制") == "国土空间总体规划编制"
    # 年末结转33.50万元, 剩余21.60万元结转下年 in a project's paragraph: the project's balances
    assert [(amount(doc, t).subject, amount(doc, t).kind) for t in ("33.50万元", "21.60万元")] == [
        ("国土空间总体规划编制项目", "结转结余"), ("地质灾害防治项目", "结转结余")]
    assert (amount(doc, "150.00万元").subject, amount(doc, "150.00万元").kind) == ("上年结转", "结转结余")  # 加上年结转
    # 年初预算200万元，年中追加60万元，全年支出226.50万元，执行率87.12%: the rate and the addition are
    # of the adjusted budget the project table states (260.00), not of the 年初预算 of the sentence
    (execution,) = links(doc, "execution_of", amount(doc, "226.50万元"))
    assert (amounts[execution.target].fact.quantity.text, execution.declared) == ("260.00", D("87.12"))
    (change,) = links(doc, "change_of", amount(doc, "60万元"))
    assert (amounts[change.target].fact.quantity.text, change.implied_prior) == ("260.00", D("2000000"))


def test_rows_under_a_classification_cell_are_parts_of_the_row_above():
    # 年度资金总额 | | 3,875.35 … / 按收入性质分 | 一般公共预算 | 2,635.35 … / | 政府性基金预算 | … / | 其他资金 | …
    doc = document_from_text(PROJECTS_OF_A_SELF_EVALUATION)
    amounts = doc.facts["amounts"]
    for total, parts in (("3,875.35", ["2,635.35", "1,200.00", "40.00"]), ("4,297.18", ["2,861.23", "1,352.60", "83.35"])):
        whole = amount(doc, total)
        assert [(amounts[k.source].fact.quantity.text, k.exhaustive) for k in doc.facts["amount_links"]
                if k.type == "part_of" and k.target == whole.id] == [(p, True) for p in parts]


# 公开07表 as copied from a web page: a row of group names (预算数, 决算数) that lost its empty cells, a
# 栏次 row without its 栏次, the note that says which budget the 预算数 are (dev report ha_ybj_2021_final)
THREE_PUBLIC_EXPENSES_TABLE = """洛阳市医疗保障局2021年度部门决算
七、财政拨款“三公”经费支出决算情况说明
　　2021年度“三公”经费财政拨款支出预算为12.00万元，支出决算为8.11万元，完成预算的67.58%。其中：因公出国（境）费支出预算为0万元，支出决算为0万元；公务用车购置及运行维护费支出预算为8.00万元，支出决算为6.85万元，完成预算的85.63%；公务接待费支出预算为4.00万元，支出决算为1.26万元，完成预算的31.50%。
十、其他重要事项的情况说明
　　2021年度洛阳市医疗保障局（行政单位和参照公务员法管理事业单位）机关运行经费支出108.43万元，比2020年度减少9.52万元，下降8.07%。
财政拨款“三公”经费支出决算表
公开07表
部门：洛阳市医疗保障局\t\t\t\t\t\t\t\t\t\t\t金额单位：万元
预算数\t\t\t\t\t\t决算数
合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费
\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t
1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12
12.00\t0.00\t8.00\t0.00\t8.00\t4.00\t8.11\t0.00\t6.85\t0.00\t6.85\t1.26
注：“三公”经费预算数为年初部门预算数。
"""


def test_a_three_public_expenses_table_with_group_and_column_number_rows():
    doc = document_from_text(THREE_PUBLIC_EXPENSES_TABLE)
    cells = [(a.fact.quantity.text, a.subject_key, a.kind) for a in doc.facts["amounts"] if a.pattern == "table"]
    assert cells == [  # the 1 … 12 row is no figures
        ("12.00", "“三公”经费", "年初预算数"), ("0.00", "因公出国（境）费", "年初预算数"),
        ("8.00", "公务用车购置及运行维护费", "年初预算数"), ("0.00", "公务用车购置费", "年初预算数"),
        ("8.00", "公务用车运行维护费", "年初预算数"), ("4.00", "公务接待费", "年初预算数"),
        ("8.11", "“三公”经费", "决算数"), ("0.00", "因公出国（境）费", "决算数"),
        ("6.85", "公务用车购置及运行维护费", "决算数"), ("0.00", "公务用车购置费", "决算数"),
        ("6.85", "公务用车运行维护费", "决算数"), ("1.26", "公务接待费", "决算数"),
    ]
    # 支出预算为12.00万元 restates the table's 年初预算数: the same figure, of that kind
    prose = [(a.fact.quantity.text, a.kind) for a in doc.facts["amounts"] if a.pattern != "table" and "预算为" in a.fact.snippet
             and a.kind != "决算数" and a.fact.quantity.text in ("12.00万元", "4.00万元")]
    assert prose == [("12.00万元", "年初预算数"), ("4.00万元", "年初预算数")]
    # 洛阳市医疗保障局（行政单位和参照公务员法管理事业单位）机关运行经费: neither the body nor its units
    assert amount(doc, "108.43万元").subject_key == "机关运行经费"


def test_codes_of_items_written_in_words_from_the_classification():
    # 款 from the lexicon; 行政运行 is 01 and 其他…支出 99 under any 款; 职业年金缴费支出 is the 2023
    # name without its 机关事业单位
    assert subject_code("城乡社区支出（类）城乡社区管理事务（款）行政运行（项）") == "2120101"
    assert subject_code("城乡社区支出（类）城乡社区管理事务（款）工程建设管理（项）") == "2120106"
    assert subject_code("城乡社区支出（类）城乡社区管理事务（款）其他城乡社区管理事务支出（项）") == "2120199"
    assert subject_code("城乡社区支出（类）城乡社区公共设施（款）其他城乡社区公共设施支出（项）") == "2120399"
    assert subject_code("住房保障支出（类）保障性安居工程支出（款）老旧小区改造（项）") == "2210108"
    assert subject_code("城乡社区支出（类）城市基础设施配套费安排的支出（款）城市公共设施（项）") == "2121301"
    assert subject_code("社会保障和就业支出（类）行政事业单位养老支出（款）职业年金缴费支出（项）") == "2080506"
    assert subject_code("城乡社区支出（类）某某（款）行政运行（项）") is None  # an unknown 款 stays unknown


_PROSE_FINAL = (
    "某市住房和城乡建设局2023年度部门决算情况说明\n"
    "七、一般公共预算财政拨款支出决算具体情况\n"
    "（六）城乡社区支出（类）城乡社区公共设施（款）其他城乡社区公共设施支出（项）：年初预算为350.00万元，"
    "实际支出512.83万元，完成年初预算的146.52%。\n"
    "八、一般公共预算财政拨款基本支出决算情况\n"
    "人员经费698.86万元，占基本支出的87.33%，主要包括：基本工资182.34万元、住房公积金43.12万元等。\n"
    "本年财政拨款收入6,476.45万元，其中：一般公共预算财政拨款4,826.45万元，政府性基金预算财政拨款1,650.00万元。\n"
)


def test_actual_spending_in_a_final_account_is_its_final_figure():
    doc = document_from_text(_PROSE_FINAL)
    budget, spent = amount(doc, "350.00万元"), amount(doc, "512.83万元")
    assert (budget.kind, spent.kind) == ("年初预算数", "决算数")
    assert spent.code == "2120399"
    (execution,) = links(doc, "execution_of", spent)
    assert (execution.target, execution.declared) == (budget.id, D("146.52"))


def test_members_of_a_list_of_personnel_costs_take_economic_codes():
    doc = document_from_text(_PROSE_FINAL)
    wages, fund = amount(doc, "182.34万元"), amount(doc, "43.12万元")
    assert (wages.subject, wages.code) == ("基本工资", "30101")
    assert (fund.subject, fund.code) == ("住房公积金", "30113")  # not the function 项 2210201
    assert subject_code("住房公积金") is None  # alone, the name does not say which


def test_appropriations_named_in_a_list_of_appropriation_income_keep_their_names():
    doc = document_from_text(_PROSE_FINAL)
    total = amount(doc, "6,476.45万元")
    general, fund = amount(doc, "4,826.45万元"), amount(doc, "1,650.00万元")
    assert (general.subject, general.scope) == ("一般公共预算财政拨款", "一般公共预算")
    assert (fund.subject, fund.scope) == ("政府性基金预算财政拨款", "政府性基金预算")
    for part in (general, fund):
        assert [k.target for k in links(doc, "part_of", part)] == [total.id]


def test_an_aside_after_a_member_is_no_part_of_the_next_members_name():
    doc = document_from_text(
        "某市住房和城乡建设局2023年度部门决算情况说明\n"
        "纳入本部门2023年度部门决算编制范围的单位共2个，其中：行政单位1个（局机关本级）、"
        "全额拨款事业单位1个（市政设施维护中心）。\n")
    total, office, unit = amount(doc, "2个"), amount(doc, "1个"), amount(doc, "1个", 1)
    assert (office.subject, unit.subject) == ("行政单位", "全额拨款事业单位")
    for part in (office, unit):
        assert [k.target for k in links(doc, "part_of", part)] == [total.id]


def test_a_verb_or_the_funds_it_draws_on_are_no_part_of_the_subject():
    doc = document_from_text(
        "（二）一般性支出情况\n"
        "2023年本部门开支会议费6.52万元，用于召开全市市场监管工作会；开支培训费18.90万元，用于开展执法人员能力提升。\n"
        "（五）预算绩效管理情况\n"
        "组织对8个项目开展绩效自评，绩效自评项目涉及一般公共预算当年财政拨款1,698.68万元，绩效自评覆盖率100%。\n")
    assert amount(doc, "6.52万元").subject == "会议费"
    assert amount(doc, "18.90万元").subject == "培训费"
    assert amount(doc, "1,698.68万元").subject == "绩效自评项目"


# set 7

_WRAPPED_HEADERS = (
    "临城县教育局2024年度部门决算\n"
    "财政拨款收入支出决算总表\n"
    "公开04表\n"
    "部门：临城县教育局　　　　　　　　　　单位：万元\n"
    "收 入 支 出\n"
    "项目 行次 金额 项目 行次 合计 一般公共预算财政 政府性基金预算财 国有资本经营预算\n"
    "拨款 政拨款 财政拨款\n"
    "栏次 1 栏次 2 3 4 5\n"
    "一、一般公共预算财政拨款 1 38,912.45 一、一般公共服务支出 32\n"
    "二、政府性基金预算财政拨款 2 1,520.00 二、外交支出 33\n"
    "5 五、教育支出 36 34,168.40 34,168.40\n"
    "本年收入合计 26 40,432.45 本年支出合计 57 40,645.33 39,065.33 1,580.00\n"
    "年初财政拨款结转和结余 27 802.55 年末财政拨款结转和结余 58 589.67 589.67\n"
    "一般公共预算财政拨款 28 742.55 59\n"
    "政府性基金预算财政拨款 29 60.00 60\n"
    "总计 31 41,235.00 总计 62 41,235.00 39,655.00 1,580.00\n"
    "注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。\n"
    "\n"
    "财政拨款“三公”经费支出决算表\n"
    "公开07表\n"
    "部门：临城县教育局　　　　　　　　　　单位：万元\n"
    "预算数\n"
    "合计 因公出国 公务用车购置及运行维护费 公务接待费\n"
    "（境）费 小计 公务用车 公务用车运\n"
    "购置费 行维护费\n"
    "1 2 3 4 5 6\n"
    "18.00 0.00 14.00 0.00 14.00 4.00\n"
    "决算数\n"
    "合计 因公出国 公务用车购置及运行维护费 公务接待费\n"
    "（境）费 小计 公务用车 公务用车运\n"
    "购置费 行维护费\n"
    "7 8 9 10 11 12\n"
    "14.78 0.00 12.60 0.00 12.60 2.18\n"
    "注：本表反映部门本年度“三公”经费支出预算和决算情况。其中，预算数为“三公”经费全年预算数，"
    "反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度财政拨款结转资金安排的实际支出。\n"
)


def test_header_cells_wrapped_onto_a_line_of_their_own_keep_the_income_side():
    # 一般公共预算财政 / 拨款: the last line of the header holds the rest of the cells above it,
    # so the 收入 side (项目 行次 金额) stays a side of its own
    doc = document_from_text(_WRAPPED_HEADERS)
    income = amount(doc, "38,912.45")
    assert (income.subject, income.kind, income.scope) == ("一般公共预算财政拨款", "决算数", "一般公共预算")
    assert amount(doc, "40,432.45").subject == "本年收入合计"
    assert amount(doc, "41,235.00").subject == "总计"
    spent = amount(doc, "1,580.00")
    assert (spent.subject, spent.scope) == ("本年支出合计", "政府性基金预算")


def test_fund_rows_under_the_balance_carried_in_are_balances():
    # 一般公共预算财政拨款 28 742.55 under 年初财政拨款结转和结余 27 802.55: that fund's part of it
    doc = document_from_text(_WRAPPED_HEADERS)
    for text in ("802.55", "742.55", "60.00"):
        assert amount(doc, text).kind == "结转结余"
    assert amount(doc, "38,912.45").kind == "决算数"  # 一、一般公共预算财政拨款 at the top is income


def test_a_three_public_table_with_cells_wrapped_in_their_columns():
    # 因公出国 / （境）费, 公务用车 / 购置费, 公务用车运 / 行维护费: several cells a line, each
    # wrapped onto the lines below; its budget is the adjusted one, as the note says
    doc = document_from_text(_WRAPPED_HEADERS)
    budget = [amount(doc, t) for t in ("18.00", "14.00", "4.00")]
    assert [(a.subject, a.kind) for a in budget] == [
        ("“三公”经费", "调整后预算数"), ("公务用车购置及运行维护费", "调整后预算数"), ("公务接待费", "调整后预算数")]
    spent = [amount(doc, "12.60"), amount(doc, "12.60", 1), amount(doc, "2.18")]
    assert [(a.subject, a.kind) for a in spent] == [
        ("公务用车购置及运行维护费", "决算数"), ("公务用车运行维护费", "决算数"), ("公务接待费", "决算数")]
    total = amount(doc, "14.78")
    assert total.subject == "“三公”经费"
    assert [k.target for k in links(doc, "part_of", spent[2])] == [total.id]


def test_the_office_of_the_department_itself_is_no_part_of_the_subject():
    doc = document_from_text(
        "十、其他重要事项的情况说明\n"
        "（一）机关运行经费支出情况\n"
        "2024年度临城县教育局机关本级机关运行经费支出86.45万元，比2023年度减少4.12万元，下降4.55%。\n")
    spent, change = amount(doc, "86.45万元"), amount(doc, "4.12万元")
    assert (spent.subject_key, change.subject_key) == ("机关运行经费", "机关运行经费")
    (link,) = links(doc, "change_of", change)
    assert link.target == spent.id


def test_a_list_after_a_change_breaks_down_the_figure_changed():
    # 其中 after 比2024年减少60.00万元: its members name no change, so they are parts of 1,216.00
    doc = document_from_text(
        "重庆市渝北区公安分局2025年部门预算情况说明\n"
        "2025年一般公共预算“三公”经费预算数为1,234.00万元，比2024年减少64.50万元，下降4.97%。"
        "其中：因公出国（境）费0万元，与2024年持平；公务用车购置及运行费1,216.00万元，比2024年减少60.00万元，"
        "其中公务用车购置费96.00万元，用于更新报废警用车辆，公务用车运行费1,120.00万元；公务接待费18.00万元，"
        "比2024年减少4.50万元，主要原因是严格控制接待范围和标准。\n")
    whole = amount(doc, "1,216.00万元")
    purchase, running = amount(doc, "96.00万元"), amount(doc, "1,120.00万元")
    assert (purchase.subject, purchase.kind) == ("公务用车购置费", "预算数")
    assert (running.subject, running.kind) == ("公务用车运行费", "预算数")
    for part in (purchase, running):
        assert [k.target for k in links(doc, "part_of", part)] == [whole.id]
    assert amount(doc, "18.00万元").kind == "预算数"


def test_a_header_line_of_wrapped_rests_and_parted_columns():
    # 年初结转 / 和结余 is one cell wrapped, 本年支出 / 小计 基本支出 项目支出 one parted into three
    # (栏次 1 … 6 counts them); rows give only their non-blank figures, placed where the codes add up
    doc = document_from_text(
        "临城县教育局2024年度部门决算\n"
        "政府性基金预算财政拨款收入支出决算表\n"
        "公开08表\n"
        "部门：临城县教育局　　　　　　　　　　单位：万元\n"
        "项目 年初结转 本年收入 本年支出 年末结转\n"
        "和结余 小计 基本支出 项目支出 和结余\n"
        "科目编码 科目名称\n"
        "栏次 1 2 3 4 5 6\n"
        "合计 60.00 1,520.00 1,580.00 1,580.00\n"
        "212 城乡社区支出 1,520.00 1,520.00 1,520.00\n"
        "21208 国有土地使用权出让收入安排的支出 1,520.00 1,520.00 1,520.00\n"
        "229 其他支出 60.00 60.00 60.00\n"
        "22960 彩票公益金安排的支出 60.00 60.00 60.00\n"
        "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。\n")
    carried = amount(doc, "60.00")
    assert (carried.subject, carried.kind) == ("合计", "结转结余")
    income = amount(doc, "1,520.00")
    assert (income.subject, income.kind) == ("合计", "决算数")
    cells = [a for a in doc.facts["amounts"] if a.subject == "城乡社区支出"]
    assert [(a.code, a.kind) for a in cells] == [("212", "决算数")] * 3  # 年初结转和结余 is blank
    other = [a for a in doc.facts["amounts"] if a.subject == "其他支出"]
    assert [a.kind for a in other] == ["结转结余", "决算数", "决算数"]  # 本年收入 is blank


# set 7, continued

from pipeline.readers.text_reader import read_text  # noqa: E402


def _header_cells(text: str, rows: int):
    table = next(b for b in read_text(text).blocks if b.rows)
    return [[(text[c.start:c.end], c.rowspan, c.colspan, c.merged_from) for c in row] for row in table.rows[:rows]]


# 表4 of a 部门预算 copied from its web page (dev report cq_yb_gaj_2025_budget): the lower header row gives an
# empty field per cell above it, and the names under a cell that spans columns right after its place
_SANGONG_TSV = (
    "一般公共预算“三公”经费支出表\n"
    "单位：万元\n"
    "2024年预算数\t2025年预算数\n"
    "合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费\n"
    "\t\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t\n"
    "1,298.50\t0.00\t1,276.00\t120.00\t1,156.00\t22.50\t1,234.00\t0.00\t1,216.00\t96.00\t1,120.00\t18.00\n")


def test_tsv_header_longer_than_the_table_is_laid_over_its_columns():
    top, middle, lower = _header_cells(_SANGONG_TSV, 3)
    assert top[0] == ("2024年预算数", 1, 6, None) and top[6] == ("2025年预算数", 1, 6, None)
    assert [c[3] for c in top[1:6]] == [(0, 0)] * 5 and [c[3] for c in top[7:]] == [(0, 6)] * 5
    assert middle[:6] == [("合计", 2, 1, None), ("因公出国（境）费", 2, 1, None), ("公务用车购置及运行费", 1, 3, None),
                          ("", 1, 1, (1, 2)), ("", 1, 1, (1, 2)), ("公务接待费", 2, 1, None)]
    assert [c[0] or c[3] for c in lower[:6]] == [(1, 0), (1, 1), "小计", "公务用车购置费", "公务用车运行费", (1, 5)]
    assert len(lower) == 12


def test_tsv_three_row_header_gives_each_cell_its_item_and_year():
    doc = document_from_text("重庆市渝北区公安分局2025年部门预算情况说明\n表4\n" + _SANGONG_TSV)
    cells = [a for a in doc.facts["amounts"] if a.pattern == "table"]
    assert [(a.subject, a.kind, a.year) for a in cells[:6]] == [
        ("“三公”经费", "上年数", 2024), ("因公出国（境）费", "上年数", 2024), ("公务用车购置及运行费", "上年数", 2024),
        ("公务用车购置费", "上年数", 2024), ("公务用车运行费", "上年数", 2024), ("公务接待费", "上年数", 2024)]
    assert [(a.subject, a.kind, a.year) for a in cells[6:8]] == [
        ("“三公”经费", "预算数", 2025), ("因公出国（境）费", "预算数", 2025)]


def test_tsv_header_row_over_the_places_of_cells_spanning_down():
    # 科目编码 and 科目名称 span both header rows: the empty fields under them are their places
    text = ("一般公共预算财政拨款基本支出预算表\n"
            "经济分类科目编码\t经济分类科目名称\t2025年基本支出\n"
            "\t\t合计\t人员经费\t公用经费\n"
            "\t合计\t52,492.16\t48,305.76\t4,186.40\n")
    top, lower = _header_cells(text, 2)
    assert top == [("经济分类科目编码", 2, 1, None), ("经济分类科目名称", 2, 1, None), ("2025年基本支出", 1, 3, None),
                   ("", 1, 1, (0, 2)), ("", 1, 1, (0, 2))]
    assert [c[3] for c in lower[:2]] == [(0, 0), (0, 1)]


def test_tsv_sides_over_the_repeats_of_the_header_below():
    text = ("财政拨款收支总表\n单位：万元\n"
            "收入\t支出\n"
            "项目\t预算数\t项目\t预算数\n"
            "一、一般公共预算拨款\t69,621.93\t一、本年支出\t69,621.93\n")
    top, _ = _header_cells(text, 2)
    assert top == [("收入", 1, 2, None), ("", 1, 1, (0, 0)), ("支出", 1, 2, None), ("", 1, 1, (0, 2))]


def test_tsv_header_rows_as_wide_as_the_table_stay_as_they_are():
    text = ("部门支出总表\n"
            "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
            "\t合计\t69,978.73\t52,492.16\t17,486.57\n")
    top, _ = _header_cells(text, 2)
    assert [c[1:] for c in top] == [(1, 1, None)] * 5


def test_budget_report_states_its_initial_budget_as_the_tables_budget():
    # in a 部门预算 the 年初预算数 of the 情况说明 is the 预算数 of its tables: one figure
    doc = document_from_text(
        "重庆市渝北区公安分局2025年部门预算情况说明\n"
        "二、部门预算收支情况说明\n"
        "（二）支出预算：2025年年初预算数69,978.73万元，其中：基本支出52,492.16万元，占总支出的75.01%；"
        "项目支出17,486.57万元，占总支出的24.99%。\n"
        "表8\n部门支出总表\n单位：万元\n"
        "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t69,978.73\t52,492.16\t17,486.57\n"
        "204\t公共安全支出\t56,138.75\t38,652.18\t17,486.57\n")
    prose, table = amount(doc, "52,492.16万元"), amount(doc, "52,492.16")
    assert (prose.kind, table.kind) == ("年初预算数", "预算数")
    assert [k.target for k in links(doc, "equal_to", table)] == [prose.id]


def test_a_balance_spent_is_spending_and_a_land_use_right_no_verb():
    doc = document_from_text(
        "临城县教育局2024年度部门决算\n"
        "八、政府性基金预算财政拨款支出决算情况说明\n"
        "2024年度政府性基金预算财政拨款支出1,580.00万元，其中：年初结转的彩票公益金安排支出60.00万元，"
        "用于农村学校体育设施购置；国有土地使用权出让收入安排的支出1,520.00万元，用于县第三中学教学楼改造。\n")
    lottery, land = amount(doc, "60.00万元"), amount(doc, "1,520.00万元")
    assert (lottery.subject, lottery.kind) == ("彩票公益金安排支出", "决算数")
    assert (land.subject, land.kind) == ("国有土地使用权出让收入安排的支出", "决算数")


def test_a_fund_item_written_whole_takes_the_code_of_its_table_row():
    known = {"21208": "国有土地使用权出让收入安排的支出", "22960": "彩票公益金安排的支出"}
    assert subject_code("彩票公益金安排支出", known) == "22960"
    assert subject_code("国有土地使用权出让收入安排的支出", known) == "21208"
    assert subject_code("行政运行", {"2010101": "行政运行"}) is None


def test_the_funds_an_evaluation_covers_are_named_by_what_it_evaluates():
    doc = document_from_text(
        "临城县教育局2024年度部门决算\n"
        "（四）预算绩效管理情况\n"
        "根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目38个，"
        "资金5,578.81万元，绩效自评覆盖率达到100%。\n")
    assert amount(doc, "5,578.81万元").subject == "一般公共预算项目支出"


def test_a_sublist_inside_a_list_ends_at_its_semicolon():
    doc = document_from_text(
        "重庆市渝北区公安分局2025年部门预算情况说明\n"
        "2025年一般公共预算“三公”经费预算数为1,234.00万元，比2024年减少64.50万元，下降4.97%。"
        "其中：因公出国（境）费0万元，与2024年持平；公务用车购置及运行费1,216.00万元，比2024年减少60.00万元，"
        "其中公务用车购置费96.00万元，用于更新报废警用车辆，公务用车运行费1,120.00万元；公务接待费18.00万元，"
        "比2024年减少4.50万元。\n")
    vehicles = amount(doc, "1,216.00万元")
    assert [amount(doc, t).id for t in ("96.00万元", "1,120.00万元")] == [
        a.id for a in doc.facts["amounts"] if any(k.target == vehicles.id for k in links(doc, "part_of", a))]
    assert vehicles.id not in [k.target for k in links(doc, "part_of", amount(doc, "18.00万元"))]


# -- equal_to: table headers and titles as pasted, rows named by their funds -----------------------

def test_a_letter_spaced_title_row_names_no_column():
    # 收 入 支 出 over a 财政拨款收入支出决算总表, one cell per character: the 出 does not head the
    # columns to its right, so the 本年支出合计 of the 一般公共预算财政拨款 column is that fund's
    # whole spending, the figure the prose states
    doc = document_from_text(
        "五、一般公共预算财政拨款支出决算情况说明\n"
        "2023年度一般公共预算财政拨款支出8,451.06万元，占本年支出合计的95.84%。\n"
        "财政拨款收入支出决算总表\n单位：万元\n"
        "收\t入\t支\t出\t\t\n"
        "项目\t金额\t项目\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\n"
        "一、一般公共预算财政拨款\t8,426.37\t一、一般公共服务支出\t7,089.06\t7,089.06\t\n"
        "本年收入合计\t8,426.37\t本年支出合计\t8,451.06\t8,451.06\t\n"
    )
    prose, cell = amount(doc, "8,451.06万元"), amount(doc, "8,451.06", 1)
    assert (cell.subject, cell.column, cell.scope) == ("本年支出合计", "一般公共预算财政拨款", "一般公共预算")
    assert [k.target for k in links(doc, "equal_to", cell)] == [prose.id]


def test_the_list_of_tables_above_the_first_is_not_its_title():
    # 十三、…收入支出决算表 / 十四、…支出决算表 (the report's list of tables) stand above 收入支出决算总表:
    # its 总计 is no 国有资本经营预算 figure, and restates the prose's 收、支总计
    doc = document_from_text(
        "一、收入支出决算总体情况说明\n2023年度收、支总计9,050.56万元。\n"
        "十三、国有资本经营预算财政拨款收入支出决算表\n十四、国有资本经营预算财政拨款支出决算表\n"
        "收入支出决算总表\n公开01表\n单位：万元\n"
        "收入\t\t支出\t\n"
        "项目\t金额\t项目\t金额\n"
        "本年收入合计\t8,785.16\t本年支出合计\t8,817.49\n"
        "年初结转和结余\t265.40\t年末结转和结余\t233.07\n"
        "总计\t9,050.56\t总计\t9,050.56\n"
    )
    prose = amount(doc, "9,050.56万元")
    income, spending = amount(doc, "9,050.56"), amount(doc, "9,050.56", 1)
    assert (income.scope, spending.scope) == (None, None)
    assert {k.source for k in doc.facts["amount_links"] if k.type == "equal_to" and k.target == prose.id} \
        == {income.id, spending.id}


def test_header_rows_narrower_than_the_rows_of_figures():
    # 科目编码 | 科目名称 | 2025年预算数 over 合计 | 基本支出 | 项目支出, pasted without the empty
    # cells of the merged header, over rows of five cells
    doc = document_from_text(
        "表5\n来宾市兴宾区水利局2025年一般公共预算支出表\n单位：万元\n"
        "科目编码\t科目名称\t2025年预算数\n"
        "合计\t基本支出\t项目支出\n"
        "\t合计\t1,856.42\t860.40\t996.02\n"
        "208\t社会保障和就业支出\t110.95\t110.95\t\n"
    )
    assert [(a.subject, a.column) for a in doc.facts["amounts"]] == [
        ("合计", "2025年预算数合计"), ("合计", "2025年预算数基本支出"), ("合计", "2025年预算数项目支出"),
        ("社会保障和就业支出", "2025年预算数合计"), ("社会保障和就业支出", "2025年预算数基本支出"),
    ]


def test_a_row_named_by_its_funds_alone_is_their_whole():
    # 按收入性质分 | 一般公共预算 of a 部门整体支出绩效自评表 restates the prose's 一般公共预算拨款
    doc = document_from_text(
        "（三）部门预算及资金到位情况\n"
        "2022年年初预算3,875.35万元，其中：一般公共预算拨款2,635.35万元，政府性基金预算拨款1,200.00万元，其他资金40万元。\n"
        "附件：祁东县自然资源局2022年度部门整体支出绩效自评表\n单位：万元\n"
        "年度预算资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t\t3,875.35\t4,433.80\t4,297.18\t10\t96.92%\t9.69\n"
        "按收入性质分\t一般公共预算\t2,635.35\t2,915.36\t2,861.23\t\t98.14%\t\n"
        "\t政府性基金预算\t1,200.00\t1,430.00\t1,352.60\t\t94.59%\t\n"
    )
    for text in ("2,635.35", "1,200.00"):
        cell, prose = amount(doc, text), amount(doc, f"{text}万元")
        assert cell.kind == prose.kind == "年初预算数"
        assert [k.target for k in links(doc, "equal_to", cell)] == [prose.id]


def test_the_total_row_of_a_department_budget_table_is_the_department_s_budget():
    # the 合计 of a 部门预算执行情况表 (基本支出, 项目支出 and its projects) in a 部门整体支出绩效评价:
    # the 部门年初预算 and 调整后预算 of the prose
    doc = document_from_text(
        "长岭县教育局2023年度部门整体支出绩效评价报告\n"
        "（三）部门预算安排情况\n"
        "2023年度部门年初预算38,652.40万元，其中：基本支出29,102.40万元，占75.29%；项目支出9,550.00万元，占24.71%。"
        "年度内根据上级转移支付下达情况追加调整，调整后预算为42,318.75万元，比年初预算增加3,666.35万元。\n"
        "表2  2023年度部门预算执行情况表\n单位：万元\n"
        "序号\t项目名称\t预算数\t\t全年执行数\t执行率（%）\t结余资金\n"
        "\t\t年初预算数\t调整后预算数\t\t\t\n"
        "一\t基本支出\t29,102.40\t29,540.18\t29,512.06\t99.90\t28.12\n"
        "二\t项目支出\t9,550.00\t12,778.57\t11,694.77\t91.52\t1,083.80\n"
        "\t合计\t38,652.40\t42,318.75\t41,206.83\t97.37\t1,111.92\n"
    )
    for text in ("38,652.40", "42,318.75"):
        total, prose = amount(doc, text), amount(doc, f"{text}万元")
        assert total.subject == "合计" and total.kind == prose.kind
        assert [k.target for k in links(doc, "equal_to", total)] == [prose.id]


def test_an_item_under_a_heading_that_names_its_class_and_section_takes_the_path_and_code():
    # （一）…（类）…（款） on a heading line of its own, the 项 items numbered below it
    doc = document_from_text(
        "长沙市开福区城市管理和综合执法局2024年部门预算\n"
        "五、一般公共预算拨款支出预算情况说明\n"
        "2024年一般公共预算拨款支出预算16,238.55万元，比上年减少681.81万元，下降4.03%。按功能分类科目，"
        "社会保障和就业支出1,126.38万元，占6.94%；城乡社区支出14,111.38万元，占86.90%。具体情况如下：\n"
        "（一）社会保障和就业支出（类）行政事业单位养老支出（款）\n"
        "1.机关事业单位基本养老保险缴费支出（项）748.92万元，主要用于在职人员基本养老保险缴费。\n"
        "2.机关事业单位职业年金缴费支出（项）377.46万元，主要用于在职人员职业年金缴费。\n"
        "（二）城乡社区支出（类）城乡社区管理事务（款）\n"
        "1.行政运行（项）1,865.42万元，比上年增加62.77万元，增长3.48%，主要用于人员工资和日常运转。\n")
    pension, running = amount(doc, "748.92万元"), amount(doc, "1,865.42万元")
    assert (pension.subject, pension.code) == (
        "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "2080505")
    assert (running.subject, running.code) == ("城乡社区支出（类）城乡社区管理事务（款）行政运行（项）", "2120101")
    (change,) = links(doc, "change_of", amount(doc, "62.77万元"))
    assert change.target == running.id
    # 按功能分类科目， after the sentence of the total opens its parts; the 项 items detail those
    # parts and are no parts of the last one
    total = amount(doc, "16,238.55万元")
    assert [k.target for k in links(doc, "part_of", amount(doc, "1,126.38万元"))] == [total.id]
    assert links(doc, "part_of", pension) == []


def test_a_table_by_unit_has_unit_codes_no_subject_codes():
    doc = document_from_text(
        "长沙市开福区城市管理和综合执法局2024年部门预算\n"
        "部门收入总表\n预算02表\n单位：万元\n"
        "单位编码\t单位名称\t合计\t一般公共预算拨款收入\t政府性基金预算拨款收入\n"
        "\t合计\t18652.40\t16238.55\t2100.00\n"
        "411\t开福区城市管理和综合执法局\t18652.40\t16238.55\t2100.00\n"
        "\t411001开福区城市管理和综合执法局本级\t5612.26\t3512.26\t2100.00\n"
        "\t411002开福区城市管理综合执法大队\t4087.40\t3987.40\t100.00\n")
    department, own = amount(doc, "18652.40", 1), amount(doc, "5612.26")
    assert (department.subject, department.code) == ("开福区城市管理和综合执法局", None)
    assert (own.subject, own.code) == ("开福区城市管理和综合执法局本级", None)
    # a unit whose code extends another's is one of its units; the one unit at the top is the 合计
    assert [k.target for k in links(doc, "part_of", own)] == [department.id]
    assert [k.target for k in links(doc, "equal_to", department)] == [amount(doc, "18652.40").id]


def test_the_total_column_of_a_three_public_table_is_the_three_public_expenses():
    # 预算07表 under its name: a table's number is no name that hides the title above it
    doc = document_from_text(
        "长沙市开福区城市管理和综合执法局2024年部门预算\n"
        "一般公共预算“三公”经费支出表\n预算07表\n单位：元\n"
        "项目\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t公务接待费\n"
        "2024年预算数\t616,000.00\t0.00\t580,000.00\t36,000.00\n")
    total = amount(doc, "616,000.00")
    assert (total.subject, total.kind, total.scope) == ("“三公”经费", "预算数", "一般公共预算")


def test_a_list_of_the_reports_tables_names_no_table():
    doc = document_from_text(
        "温州市洞头区卫生健康局2023年度部门决算\n"
        "（详见附表：收入支出决算总表、一般公共预算财政拨款支出决算表、财政拨款“三公”经费支出决算表）\n"
        "一般公共预算财政拨款支出决算表\n公开05表\n金额单位：万元\n"
        "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t12,398.06\t6,214.30\t6,183.76\n"
        "208\t社会保障和就业支出\t919.28\t919.28\t\n")
    assert amount(doc, "12,398.06").subject == "合计"


def test_the_budget_an_execution_rate_is_of_names_the_sentence_s_subject():
    doc = document_from_text(
        "温州市洞头区卫生健康局2023年度部门决算\n"
        "五、财政拨款“三公”经费支出决算情况说明\n"
        "2023年度“三公”经费财政拨款支出决算21.73万元，完成年初预算26.50万元的82.00%，比上年减少2.35万元，"
        "下降9.76%。\n")
    spent, budget = amount(doc, "21.73万元"), amount(doc, "26.50万元")
    assert (budget.subject_key, budget.kind) == (spent.subject_key, "年初预算数")
    (execution,) = links(doc, "execution_of", spent)
    assert (execution.target, execution.declared) == (budget.id, D("82.00"))
    # the change is of the figure spent, not of the budget inside its rate
    (change,) = links(doc, "change_of", amount(doc, "2.35万元"))
    assert change.target == spent.id


def test_a_budget_s_income_by_subject_is_its_spending_on_the_subject_of_the_same_funds():
    # 部门收入总表 row 204 under 一般公共预算拨款 and the 204 row of the 一般公共预算支出表; not the
    # 部门支出总表's row of all funds (another scope), which its 合计 column restates
    doc = document_from_text(
        "重庆市渝北区公安分局2025年部门预算\n"
        "表5\n一般公共预算支出预算表\n单位：万元\n"
        "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t69,621.93\t52,135.36\t17,486.57\n"
        "204\t公共安全支出\t55,781.95\t38,295.38\t17,486.57\n"
        "表7\n部门收入总表\n单位：万元\n"
        "科目编码\t科目名称\t合计\t一般公共预算拨款\t其他收入\n"
        "\t合计\t69,978.73\t69,621.93\t356.80\n"
        "204\t公共安全支出\t56,138.75\t55,781.95\t356.80\n"
        "表8\n部门支出总表\n单位：万元\n"
        "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t69,978.73\t52,492.16\t17,486.57\n"
        "204\t公共安全支出\t56,138.75\t38,652.18\t17,486.57\n")
    spending, income = amount(doc, "55,781.95"), amount(doc, "55,781.95", 1)
    assert (income.scope, spending.scope, income.code) == ("一般公共预算", "一般公共预算", "204")
    assert [k.target for k in links(doc, "equal_to", income)] == [spending.id]
    income_all, spending_all = amount(doc, "56,138.75"), amount(doc, "56,138.75", 1)
    assert [k.target for k in links(doc, "equal_to", spending_all)] == [income_all.id]


def test_no_restatement_across_the_funds_of_appropriations_and_of_the_general_budget():
    # the items a 财政拨款支出主要内容如下： opens are 财政拨款 figures: the 一般公共预算支出表's rows state
    # the figure of other funds; the item's own restatement in its paragraph is the same figure
    doc = document_from_text(
        "上海市普陀区万里街道办事处2023年部门预算\n"
        "财政拨款支出主要内容如下：\n"
        "1.“一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元，主要用于统计管理。"
        "2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70%。\n"
        "2.“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”60.13万元，主要用于普查。\n"
        "一般公共预算支出预算表\n单位：元\n"
        "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "2010506\t统计管理\t26,300\t\t26,300\n")
    item, again, row = amount(doc, "2.63万元"), amount(doc, "2.63万元", 1), amount(doc, "26,300")
    assert (item.scope, item.code, row.scope) == ("财政拨款", "2010506", "一般公共预算")
    assert [k.target for k in links(doc, "equal_to", again)] == [item.id]
    assert links(doc, "equal_to", row) == []


# -- seed causes: the words of a project report's figures --------------------------------------------

_PROJECT_SPENDING = (
    "专项预算项目绩效评价报告\n（案件代理）\n一、项目概况\n"
    "3.项目实施。项目经费严格按照专款专用原则，年初预算安排3万元，使用2.4万元。"
    "（其中：预算支出2.4万元，年终调减预算0.6万元)。单位无截留、挤占、挪用、虚列支出等情况。\n"
)


def test_spending_out_of_the_budget_and_an_adjustment_told_inside_the_list_of_what_was_spent():
    doc = document_from_text(_PROJECT_SPENDING)
    spent, within, adjusted = amount(doc, "2.4万元"), amount(doc, "2.4万元", 1), amount(doc, "0.6万元")
    # 预算支出 names money spent, not a budget figure; 调减预算 is what the budget was adjusted by (年终: when)
    assert (within.subject, within.kind) == ("预算支出", "执行数")
    assert adjusted.kind == "变动额" and adjusted.subject_key == spent.subject_key
    (part,) = links(doc, "part_of", within)
    assert part.target == spent.id
    # the adjusted budget it makes is not written: no change of the spending nor of its part
    assert links(doc, "change_of", adjusted) == []


def test_a_sentence_opened_by_该项目_owns_the_funds_it_names_after(seed_docs):
    # 该项目本级财政拨款2万元，上级拨款34.17万元，共计36.17万元 in the report on the 法律援助项目
    doc = seed_docs["003"]
    funds = next(a for a in doc.facts["amounts"] if a.fact.quantity.text == "34.17万元" and "上级拨款" in a.subject)
    assert (funds.subject, funds.kind) == ("法律援助项目上级拨款", "预算数")
    (part,) = links(doc, "part_of", funds)
    assert doc.facts["amounts"][part.target].fact.quantity.text == "36.17万元"


def test_a_class_of_projects_named_by_its_paragraph_title_and_the_count_its_list_breaks_down():
    doc = document_from_text(
        "某区司法局2023年部门整体支出绩效评价报告\n（二）部门预算项目绩效分析。\n"
        "常年项目绩效分析。该类项目总数12个，涉及预算总金额  135万元，1—12月预算执行总体进度为 79.77 %，"
        "其中：预算结余率大于10%的项目共计6个。\n"
    )
    count, money, part = amount(doc, "12个"), amount(doc, "135万元"), amount(doc, "6个")
    assert (count.subject, money.subject, money.kind) == ("常年项目", "常年项目", "预算数")
    (link,) = links(doc, "part_of", part)
    assert (link.target, link.exhaustive) == (count.id, False)


def test_a_count_whose_其中_names_no_figure_is_no_amount():
    doc = document_from_text(
        "某区司法局2023年度部门决算\n"
        "全区司法所共参与调解各类矛盾纠纷897件，其中村（社区）矛盾纠纷化解量占七成以上，促成大量矛盾化解在基层一线。\n"
        "全年共对567件事项进行了合法性审查，出具书面审查意见147份，其中审核规范性文件2件，办理行政复议案件29件。\n"
    )
    texts = [a.fact.quantity.text for a in doc.facts["amounts"]]
    assert "897件" not in texts and "567件" not in texts and {"147份", "2件", "29件"} <= set(texts)


def test_the_sum_of_what_a_sentence_counted_restates_the_figure_and_the_list_goes_on_in_the_next_paragraph():
    doc = document_from_text(
        "某区司法局2023年度部门决算\n"
        "3.公务接待费支出1.22万元，完成预算100%。其中国内公务接待支出1.22万元。主要用于执行公务。"
        "国内公务接待16批次，170人次（不包括陪同人员），共计支出1.22万元。\n"
        "外事接待支出0万元。外事接待0批次，0人次（不包括陪同人员），共计支出0万元。\n"
    )
    total, domestic, restated = (amount(doc, "1.22万元", i) for i in range(3))
    foreign, foreign_again = amount(doc, "0万元"), amount(doc, "0万元", 1)
    assert [(k.target, k.exhaustive) for k in links(doc, "part_of", foreign)] == [(total.id, True)]
    assert [k.target for k in links(doc, "part_of", domestic)] == [total.id]
    assert [k.target for k in links(doc, "equal_to", restated)] == [domestic.id]
    assert [k.target for k in links(doc, "equal_to", foreign_again)] == [foreign.id]


def test_a_year_inside_a_subject_is_its_period():
    assert subject_key("绩效自评的2024年度项目") == subject_key("绩效自评的项目")
    assert subject_key("编报绩效目标的2024年度项目涉及预算金额") == subject_key("编报绩效目标的项目涉及预算金额")


def test_government_purchases_named_by_the_clauses_before_them_and_a_bracketed_list_over_its_semicolons():
    doc = document_from_text(
        "上海市普陀区财政局2024年度部门决算\n（二）政府采购支出情况\n"
        "本部门2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、"
        "服务采购金额246.47万元。\n"
        "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元。\n"
        "绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目4个；"
        "绩效评级为“良”的项目0个）。\n"
    )
    assert amount(doc, "251.25万元").subject == "政府采购金额"
    assert amount(doc, "246.47万元", 1).subject == "面向中小企业预留的政府采购项目中由中小企业供应商中标或成交的采购金额"
    whole, best, good = amount(doc, "4个"), amount(doc, "4个", 1), amount(doc, "0个")
    assert "99.43分" not in [a.fact.quantity.text for a in doc.facts["amounts"]]
    assert [k.target for k in links(doc, "part_of", best)] == [k.target for k in links(doc, "part_of", good)] == [whole.id]


def test_a_code_left_in_the_label_cell_of_a_copied_table_row_is_its_code():
    # 功能分类 / 科目编码 wrapped over two header lines: the copy leaves the code before the name
    text = (
        "收入决算表\n"
        "部门：某区民政局 单位：万元\n"
        "项目 本年收入 财政拨款 上级补助 事业收入 经营收入 附属单位 其他收入\n"
        "功能分类 科目名称 合计 收入 收入 上缴收入\n"
        "科目编码\n"
        "栏次 1 2 3 4 5 6 7\n"
        "合计 8,762.32 8,739.14 23.18\n"
        "208 社会保障和就业支出 8,149.65 8,126.47 23.18\n"
        "210 卫生健康支出 612.67 612.67\n"
        "注：本表反映部门本年度取得的各项收入情况。\n"
    )
    doc = document_from_text(text)
    cell = amount(doc, "8,149.65")
    assert (cell.subject, cell.code) == ("社会保障和就业支出", "208")
    assert (amount(doc, "612.67").subject, amount(doc, "612.67").code) == ("卫生健康支出", "210")


# a 部门预算's 情况说明 copied out of a browser's PDF viewer: lines broken at the page's width, a page's
# footer (- 11 -) in the middle of a paragraph
PAGE_BROKEN_ITEM = (
    "西宁市林业和草原局2025年部门预算\n"
    "（三）一般公共预算当年拨款具体使用情况\n"
    "1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休\n"
    "（项）：2025年预算数为42.60万元，主要用于局本级离休人员的离休费及相\n"
    "关补贴支出。比上年预算数40.80万元增加1.80万元，增长4.41%，主要原因是\n"
    "离休人员医疗及生活补贴标准调整。\n"
    "2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本\n"
    "养老保险缴费支出（项）：2025年预算数为312.48万元，主要用于机关事业单\n"
    "位按规定为在职职工缴纳的基本养老保险费。比上年预算数298.56万元增加\n"
    "13.92万元，增长4.66%，主要原因是在职人员增加及缴费基数调整。\n"
    "- 10 -\n"
    "3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业\n"
    "年金缴费支出（项）：2025年预算数为156.24万元，主要用于机关事业单位按\n"
    "- 11 -\n"
    "规定为在职职工缴纳的职业年金。比上年预算数149.28万元增加6.96万元，增\n"
    "长4.66%，主要原因是在职人员增加及缴费基数调整。\n"
)


def test_a_paragraph_cut_by_a_page_footer_keeps_the_subject_its_heading_named():
    doc = document_from_text(PAGE_BROKEN_ITEM)
    prior, change = amount(doc, "149.28万元"), amount(doc, "6.96万元")
    assert (prior.code, prior.kind, prior.year) == ("2080506", "上年数", 2024)
    assert (change.code, change.kind) == ("2080506", "变动额")


def test_the_vehicle_parts_named_short_under_their_whole_in_a_three_public_table():
    doc = document_from_text(
        "2025年一般公共预算“三公”经费支出表\n"
        "部门：西宁市林业和草原局 单位：万元\n"
        "2024年预算数 2025年预算数\n"
        "合计 因公出国 公务用车购置及运行费 公务接待费 合计 因公出国 公务用车购置及运行费 公务接待费\n"
        "（境）费 小计 购置费 运行费 （境）费 小计 购置费 运行费\n"
        "37.20 0.00 31.20 0.00 31.20 6.00 33.40 0.00 28.60 0.00 28.60 4.80\n"
        "- 8 -\n"
    )
    running = amount(doc, "28.60", 1)
    assert (running.subject_key, running.kind, running.year) == ("公务用车运行维护费", "预算数", 2025)
    assert amount(doc, "0.00", 3).subject_key == "公务用车购置费"
    prior = amount(doc, "37.20")
    assert (prior.subject_key, prior.kind, prior.year) == ("“三公”经费", "上年数", 2024)
    (whole,) = links(doc, "part_of", running)
    assert doc.facts["amounts"][whole.target] is amount(doc, "28.60")  # into its 小计


def test_numbered_headings_over_the_paragraphs_that_state_their_figures_are_the_items():
    # hn_yjglj_2022_final: each 项 is a numbered heading with no figure, its figures in the paragraph
    # under it; the figures of each kind are parts of the whole's figure of that kind
    doc = document_from_text(
        "（三）一般公共预算财政拨款支出决算具体情况\n"
        "2022年度一般公共预算财政拨款支出年初预算为1,099.30万元，支出决算为1,297.75万元，完成年初预算的118.05%。其中：\n"
        "1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）\n"
        "年初预算为11.80万元，支出决算为12.36万元，完成年初预算的104.75%。决算数大于年初预算数的主要原因是退休人员基本生活补贴标准调整。\n"
        "2.灾害防治及应急管理支出（类）应急管理事务（款）行政运行（项）\n"
        "年初预算为1,087.50万元，支出决算为1,285.39万元，完成年初预算的118.20%。决算数大于年初预算数的主要原因是人员增加。\n"
        "二、一般公共预算财政拨款基本支出决算情况说明\n"
    )
    assert _parts_of(doc, amount(doc, "1,099.30万元")) == ["1,087.50万元", "11.80万元"]
    assert _parts_of(doc, amount(doc, "1,297.75万元")) == ["1,285.39万元", "12.36万元"]
    assert amount(doc, "12.36万元").code == "2080501"


def test_a_numbered_item_heading_that_fills_its_line_up_to_the_colon_goes_on_below():
    # a PDF viewer's copy: 13.…（项）： fills its printed line, its figures on the next line; the
    # item heading and its text are one paragraph, so the 项 is the subject of its figures
    lines = open("corpus/dev/budget/sc_cd_swj_2024_final.txt", encoding="utf-8").read().split("\n")
    doc = document_from_text("\n".join(lines))
    item = "商业服务业等支出（类）商业流通事务（款）其他商业流通事务支出（项）"
    budget, spent = amount(doc, "500万元"), amount(doc, "571.36万元", 1)
    assert (budget.subject, budget.kind) == (item, "年初预算数")
    assert (spent.subject, spent.kind, spent.scope) == (item, "决算数", "一般公共预算")


def test_an_item_reason_broken_off_as_a_paragraph_of_its_own_does_not_end_the_list():
    # …完成调整后预算的96.05%。 ends a full printed line, so 决算数小于年初预算数的主要原因是… stands
    # as a paragraph with no figure between items 2 and 3: the 13 项 are still parts of the total
    lines = open("corpus/dev/budget/sc_cd_swj_2024_final.txt", encoding="utf-8").read().split("\n")
    doc = document_from_text("\n".join(lines))
    total = amount(doc, "3289.19万元", 2)  # 支出决算为3289.19万元 of 具体情况, not 结构's
    assert (total.subject, total.kind) == ("一般公共预算财政拨款支出", "决算数")
    parts = [doc.facts["amounts"][k.source] for k in doc.facts["amount_links"]
             if k.type == "part_of" and k.target == total.id]
    assert len(parts) == 13 and sum(p.fact.quantity.value for p in parts) == D("32891900")
    assert {p.fact.quantity.text for p in parts} >= {"842.75万元", "571.36万元"}


def test_a_year_in_a_reason_closed_by_a_semicolon_does_not_date_the_figure_after_it():
    doc = document_from_text(
        "兰州市交通运输局2025年部门预算\n"
        "七、“三公”经费预算情况说明\n"
        "（二）公务用车购置及运行维护费86.40万元，比上年减少50.90万元，下降37.07%。其中：公务用车购置费0万元，"
        "比上年减少45.00万元，下降100%，主要原因是2024年已按规定更新执法执勤用车，本年不再安排购置；"
        "公务用车运行维护费86.40万元，比上年减少5.90万元，下降6.39%。")
    running = amount(doc, "86.40万元", 1)
    assert (running.subject, running.kind, running.year) == ("公务用车运行维护费", "预算数", 2025)
    (change,) = [k for k in doc.facts["amount_links"] if k.type == "change_of" and k.target == running.id]
    assert doc.facts["amounts"][change.source].fact.quantity.text == "5.90万元"


def _equal_class(doc, start):
    """Every figure the equal_to links join to ``start``, through any chain."""
    joined, todo = {start.id}, [start.id]
    pairs = [(k.source, k.target) for k in doc.facts["amount_links"] if k.type == "equal_to"]
    while todo:
        i = todo.pop()
        for a, b in pairs:
            for x, y in ((a, b), (b, a)):
                if x == i and y not in joined:
                    joined.add(y)
                    todo.append(y)
    return [doc.facts["amounts"][i] for i in sorted(joined)]


def test_a_grant_named_without_a_side_joins_the_income_not_the_spending_of_the_same_value():
    # 收入包括：一般公共预算拨款当年拨款16,238.55万元 restates the 一般公共预算拨款收入; the
    # 一般公共预算拨款支出预算16,238.55万元 after it is the other side of the account (a different
    # subject of the same value), so no chain of restatements joins income and spending
    doc = document_from_text(
        "长沙市开福区城市管理和综合执法局2024年部门预算\n"
        "二、收入预算情况说明\n"
        "本部门2024年收入预算18,652.40万元，其中：一般公共预算拨款收入16,238.55万元，占87.06%；"
        "政府性基金预算拨款收入2,100.00万元，占11.26%；其他收入313.85万元，占1.68%。\n"
        "四、财政拨款收支预算情况说明\n"
        "2024年财政拨款收支总预算18,338.55万元。收入包括：一般公共预算拨款当年拨款16,238.55万元，"
        "政府性基金预算拨款当年拨款2,100.00万元。\n"
        "五、一般公共预算拨款支出预算情况说明\n"
        "2024年一般公共预算拨款支出预算16,238.55万元，比上年减少681.81万元，下降4.03%。")
    income, grant, spending = (amount(doc, "16,238.55万元", n) for n in range(3))
    assert [a.subject for a in (income, grant, spending)] == \
        ["一般公共预算拨款收入", "一般公共预算拨款当年拨款", "一般公共预算拨款支出"]
    assert [a.id for a in _equal_class(doc, income)] == [income.id, grant.id]
    assert [a.id for a in _equal_class(doc, spending)] == [spending.id]


def test_the_shares_of_the_three_items_find_their_total_across_a_heading():
    # the total is stated in （一）, a paragraph of reasons and the heading （二） stand between it and
    # the shares; each share agrees with 8.11万元 (6.85 / 8.11 = 84.46%), and the 0% share opening the
    # list takes the base of the share after it
    doc = document_from_text(
        "河南省医疗保障局2021年度部门决算\n"
        "七、财政拨款“三公”经费支出决算情况说明\n"
        "（一）“三公”经费财政拨款支出决算总体情况说明\n"
        "2021年度“三公”经费财政拨款支出预算为12.00万元，支出决算为8.11万元，完成预算的67.58%。\n"
        "2021年度“三公”经费财政拨款支出决算数小于预算数的主要原因是：认真落实中央八项规定精神和过紧日子要求。"
        "与2020年度相比，“三公”经费财政拨款支出减少1.36万元，下降14.36%。\n"
        "（二）“三公”经费财政拨款支出决算具体情况说明\n"
        "2021年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；"
        "公务用车购置及运行维护费支出决算6.85万元，占84.46%；公务接待费支出决算1.26万元，占15.54%。")
    total = amount(doc, "8.11万元")
    for text, share in (("0万元", "0"), ("6.85万元", "84.46"), ("1.26万元", "15.54")):
        (link,) = links(doc, "share_of", amount(doc, text))
        assert (link.target, link.declared) == (total.id, D(share))


# -- restatements across the disclosure tables: what heads a column, what a balance row details ---------

def _dev(name):
    from pipeline import read_document

    from conftest import CORPUS

    return read_document(CORPUS / "dev" / "budget" / name)


def _cell(doc, text, column=None):
    return next(a for a in doc.facts["amounts"] if a.pattern == "table" and a.fact.quantity.text == text
                and (column is None or a.column == column))


def test_the_line_naming_the_body_and_the_unit_over_a_pasted_table_heads_no_column():
    # 单位名称：宝鸡市住房和城乡建设局 | | | 单位：万元 pasted as the table's first row: the columns are
    # 收入/预算数 and 支出/预算数, so the 本年收入合计 row restates the prose's 部门预算收入
    doc = document_from_text(
        "宝鸡市住房和城乡建设局2025年部门预算\n"
        "五、部门收入情况\n"
        "2025年部门预算收入4862.37万元，其中：一般公共预算拨款收入3915.62万元，占80.53%；"
        "政府性基金预算拨款收入620万元，占12.75%；单位资金326.75万元，占6.72%。\n"
        "表1\n2025年部门收支总表\n"
        "单位名称：宝鸡市住房和城乡建设局\t\t\t单位：万元\n"
        "收        入\t\t支        出\t\n"
        "项    目\t预算数\t项    目\t预算数\n"
        "一、一般公共预算拨款收入\t3,915.62\t一、社会保障和就业支出\t412.36\n"
        "二、政府性基金预算拨款收入\t620.00\t二、卫生健康支出\t168.52\n"
        "五、单位资金\t326.75\t三、城乡社区支出\t4,026.49\n"
        "本年收入合计\t4,862.37\t本年支出合计\t4,862.37\n")
    income = _cell(doc, "4,862.37")
    assert income.column == "收入预算数"
    assert income.id in [a.id for a in _equal_class(doc, amount(doc, "4862.37万元"))]


def test_a_label_header_over_the_label_columns_heads_no_column_of_figures():
    # 项目 | | | … over 科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | … in a PDF viewer's copy of a
    # 收入决算表: the 合计 row's first figure is the 本年收入合计 the prose states (3298.82万元)
    doc = _dev("sc_cd_swj_2024_final.txt")
    total = _cell(doc, "3,298.82", "本年收入合计")
    assert total.subject == "合计"
    prose = next(a for a in doc.facts["amounts"] if a.fact.quantity.text == "3298.82万元")
    assert total.id in [a.id for a in _equal_class(doc, prose)]


def test_code_and_name_in_one_cell_under_a_code_header_and_a_label_header():
    # 项目 | 本年支出 | 基本支出 | 项目支出 | … over 功能分类 | 科目名称 | 合计 | 支出 | 补助支出, rows
    # 208社会保障和就业支出 | 8,102.53 | 954.71 | 7,147.82 in a PDF viewer's copy: the reader puts the
    # second line's rests under their names (合计 to 本年支出; 支出, 补助支出 to the names to the right),
    # so the columns are whole and the figures stand under them
    doc = _dev("js_yc_mzj_2024_final.txt")
    total, basic, project = _cell(doc, "8,701.05", "本年支出合计"), _cell(doc, "1,154.78"), _cell(doc, "7,546.27")
    assert (total.subject, basic.column, project.column) == ("合计", "基本支出", "项目支出")
    for text, cell in (("8,701.05万元", total), ("1,154.78万元", basic), ("7,546.27万元", project)):
        assert cell.id in [a.id for a in _equal_class(doc, amount(doc, text))]
    # the rows' parts: 基本支出 + 项目支出 = 合计 on the 208 row
    row = _cell(doc, "8,102.53", "本年支出合计")
    parts = {doc.facts["amounts"][k.source].fact.quantity.text for k in doc.facts["amount_links"]
             if k.type == "part_of" and k.target == row.id}
    assert parts == {"954.71", "7,147.82"}


def test_the_funds_under_the_balance_carried_in_are_its_parts_not_the_total_s():
    # 财政拨款收入支出决算总表: 年初财政拨款结转和结余 802.55, then 一般公共预算财政拨款 742.55 and
    # 政府性基金预算财政拨款 60.00 (named by their funds alone) detail it; 本年收入合计 and the 结转 are
    # the parts of the 总计
    doc = _dev("hb_xt_jyj_2024_final.txt")
    carried, general, fund = _cell(doc, "802.55"), _cell(doc, "742.55"), _cell(doc, "60.00", "收入金额")
    assert (general.subject, fund.subject) == ("一般公共预算财政拨款", "政府性基金预算财政拨款")
    for part in (general, fund):
        (link,) = links(doc, "part_of", part)
        assert (link.target, link.exhaustive) == (carried.id, True)
    (link,) = links(doc, "part_of", carried)
    assert doc.facts["amounts"][link.target].subject == "总计"


def test_a_part_named_by_its_funds_of_a_selection_of_funds_is_not_their_total():
    # 实行绩效目标管理的项目…涉及财政拨款资金2563.16万元，其中…政府性基金预算拨款620万元: the projects'
    # share of those funds, not the 政府性基金预算拨款支出620万元 stated before, though the values agree
    doc = document_from_text(
        "宝鸡市住房和城乡建设局2025年部门预算\n"
        "十一、政府性基金预算支出情况\n"
        "2025年政府性基金预算拨款支出620万元，全部为项目支出。\n"
        "十六、预算绩效目标设置情况\n"
        "2025年本部门所有项目支出均编制了绩效目标，实行绩效目标管理的项目共12个，涉及财政拨款资金2563.16万元，"
        "其中一般公共预算拨款1943.16万元，政府性基金预算拨款620万元。\n")
    spending, share = amount(doc, "620万元"), amount(doc, "620万元", 1)
    assert [k.target for k in links(doc, "part_of", share)] == [amount(doc, "2563.16万元").id]
    assert [a.id for a in _equal_class(doc, share)] == [share.id]
    assert [a.id for a in _equal_class(doc, spending)] == [spending.id]


def test_a_path_broken_before_its_last_level_mark_names_the_paragraph_under_it():
    # a PDF viewer's copy wraps the heading 1、…（款）行政单位离退休 / （项）。主要用于…。年初预算为84.00万元，调
    # / 整后预算为84.00万元，支出决算为82.36万元，完成调整后预算的98.05%: the （项） opening the next line
    # closes the path, and the figures under it are that 项's (lines 391-393 of the report)
    doc = _dev("sh_pd_sthjj_2024_final.txt")
    budget, adjusted, actual = amount(doc, "84.00万元"), amount(doc, "84.00万元", 1), amount(doc, "82.36万元")
    path = "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）"
    assert [(a.subject, a.code, a.kind) for a in (budget, adjusted, actual)] == [
        (path, "2080501", "年初预算数"), (path, "2080501", "调整后预算数"), (path, "2080501", "决算数")]
    (execution,) = links(doc, "execution_of", actual)
    assert (execution.target, execution.declared) == (adjusted.id, D("98.05"))


def test_a_path_alone_on_its_line_names_the_paragraph_under_it_after_its_colon():
    # 9.…信息化建设（项）： / 2025年预算数为120.00万元: the colon ends the heading, not the path
    doc = document_from_text(
        "银川市医疗保障局2025年部门预算\n"
        "（三）一般公共预算当年拨款具体使用情况\n"
        "9.卫生健康支出（类）医疗保障管理事务（款）信息化建设（项）：\n"
        "2025年预算数为120.00万元，比2024年预算数减少60.00万元，下降33.33%。\n")
    budget, change = amount(doc, "120.00万元"), amount(doc, "60.00万元")
    path = "卫生健康支出（类）医疗保障管理事务（款）信息化建设（项）"
    assert [(a.subject, a.kind) for a in (budget, change)] == [(path, "预算数"), (path, "变动额")]
    (link,) = links(doc, "change_of", change)
    assert (link.target, link.direction, link.declared, link.implied_prior) == (budget.id, "减少", D("33.33"), D("1800000"))


def test_a_sentence_on_what_the_money_is_for_names_no_subject():
    # 8、…一般行政管理事务（项）。主 / 要用于生态环境业务管理、督察整改协调等工作经费。年初预算为920.00万元…: the
    # 主要用于 sentence says what the 项 paid for; the figures after it are the 项's (lines 421-423)
    doc = _dev("sh_pd_sthjj_2024_final.txt")
    path = "节能环保支出（类）环境保护管理事务（款）一般行政管理事务（项）"
    figures = [amount(doc, t) for t in ("920.00万元", "880.00万元", "865.40万元")]
    assert [(a.subject, a.code) for a in figures] == [(path, "2110102")] * 3
    (execution,) = links(doc, "execution_of", figures[2])
    assert (execution.target, execution.declared) == (figures[1].id, D("98.34"))


def test_a_path_whose_item_name_has_a_pause_mark_takes_the_code_of_the_table_row():
    # the 支出决算表 row 211 01 05 环境保护法规、规划及标准 and the prose's path to it: one 项, 2110105
    known = {"21101": "环境保护管理事务", "2110105": "环境保护法规、规划及标准"}
    assert subject_code("节能环保支出（类）环境保护管理事务（款）环境保护法规、规划及标准（项）", known) == "2110105"


def test_a_final_account_s_income_by_subject_is_not_the_spending_on_it():
    # 部门决算: the 收入决算表 row 208 05 01 行政单位离退休 82.36 and the 支出决算表 row of the same value
    # are two figures (income by subject differs from spending by what is carried over), even where a
    # table's title is lost and names no side
    doc = _dev("sh_pd_sthjj_2024_final.txt")
    income = _cell(doc, "82.36", "本年收入合计")
    spending = next(a for a in doc.facts["amounts"] if a.pattern == "table" and a.fact.quantity.text == "82.36"
                    and a.fact.block != income.fact.block and a.scope is None)
    assert (income.code, spending.code) == ("2080501", "2080501")
    assert spending.id not in [a.id for a in _equal_class(doc, income)]
    # while the prose's 一般公共预算 figure restates the 一般公共预算 table's row
    prose = amount(doc, "82.36万元")
    assert any(a.scope == "一般公共预算" and a.pattern == "table" for a in _equal_class(doc, prose))


def _pd_final(body: str):
    return document_from_text("上海市浦东新区生态环境局2024年度部门决算\n第三部分 2024年度部门决算情况说明\n" + body)


def test_a_count_list_broken_off_at_its_colon_goes_on_in_the_next_paragraph():
    # a PDF copy broke the paragraph after 其中： (nx_yc_ybj, lines 193-196): the vehicles are the 3辆's kinds,
    # and the date that opens the paragraph dates them and the price classes after them
    doc = document_from_text(
        "银川市医疗保障局2025年部门预算\n十、其他重要事项的情况说明\n（三）国有资产占有使用情况\n"
        "截至2024年12月31日，银川市医疗保障局共有车辆3辆，其中：\n"
        "主要领导干部用车0辆、机要通信用车1辆、应急保障用车0辆、执法执勤用车2辆、特种专业技术用车0辆、其他用车0辆；"
        "单价50万元（含）以上通用设备0台（套），单价100万元（含）以上专用设备0台（套）。\n"
        "2025年部门预算未安排购置车辆，未安排购置单价50万元（含）以上通用设备和单价100万元（含）以上专用设备。\n")
    total = amount(doc, "3辆")
    assert (total.subject, total.year) == ("车辆", 2024)
    assert _parts_of(doc, total) == sorted(["0辆", "1辆", "0辆", "2辆", "0辆", "0辆"])
    kinds = [a for a in doc.facts["amounts"] if a.fact.quantity.text.endswith("辆") and a is not total]
    assert [(a.subject, a.year) for a in kinds][-1] == ("其他用车", 2024)
    assert all(k.exhaustive for k in doc.facts["amount_links"] if k.type == "part_of" and k.target == total.id)
    thresholds = [a for a in doc.facts["amounts"] if a.kind == "其他" and a.fact.quantity.canonical_unit == "元"]
    assert [(a.fact.quantity.value, a.year) for a in thresholds] == [
        (D("500000"), 2024), (D("1000000"), 2024), (D("500000"), 2025), (D("1000000"), 2025)]


def test_the_income_a_sentence_names_with_its_funds_is_the_whole_of_its_parts():
    # sh_pd_sthjj, lines 364-374: 财政拨款收入中，… breaks down the 财政拨款收入 of section 二, not the
    # 财政拨款收入、支出总计 just above; the balance carried in beside it is no part of a 决算's income
    doc = _pd_final(
        "二、收入决算情况说明\n2024年度本年收入合计20061.49万元，其中：财政拨款收入20020.23万元，占99.79%；"
        "其他收入41.26万元，占0.21%。\n三、支出决算情况说明\n2024年度本年支出合计20220.73万元，其中：基本支出6979.30万元，"
        "占34.52%；项目支出13241.43万元，占65.48%。\n四、财政拨款收入支出决算总体情况说明\n"
        "上海市浦东新区生态环境局2024年度财政拨款收入、支出总计均为20580.53万元。与2023年度相比，财政拨款收入、"
        "支出总计各减少510.41万元，下降2.42%。主要原因是：政府性基金预算安排的土壤修复项目资金较上年减少。"
        "2024年度财政拨款收入中，一般公共预算财政拨款收入18770.23万元，政府性基金预算财政拨款收入1250.00万元；"
        "年初财政拨款结转和结余560.30万元。\n")
    assert _parts_of(doc, amount(doc, "20020.23万元")) == ["1250.00万元", "18770.23万元"]
    assert _parts_of(doc, amount(doc, "20580.53万元")) == []


def test_figures_after_the_path_all_the_spending_was_take_that_path():
    # sh_pd_sthjj, lines 521-524: 本年支出全部为…（项），年初预算为…: the 项's budgets and spending, not
    # the section heading's 政府性基金预算财政拨款收入支出
    doc = _pd_final(
        "八、政府性基金预算财政拨款收入支出决算情况说明\n上海市浦东新区生态环境局2024年度政府性基金预算财政拨款年初结转和结余"
        "140.00万元，本年收入1250.00万元，本年支出1318.60万元，年末结转和结余71.40万元。本年支出全部为城乡社区支出（类）"
        "国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项），年初预算为1200.00万元，调整后"
        "预算为1390.00万元，支出决算为1318.60万元，完成调整后预算的94.86%，主要用于国有土地使用权出让收入安排的污染地块"
        "土壤污染风险管控和修复工程。\n")
    path = "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）"
    figures = [amount(doc, "1200.00万元"), amount(doc, "1390.00万元"), amount(doc, "1318.60万元", 1)]
    assert [(a.subject, a.code, a.kind, a.scope) for a in figures] == [
        (path, "2120899", "年初预算数", "政府性基金预算"), (path, "2120899", "调整后预算数", "政府性基金预算"),
        (path, "2120899", "决算数", "政府性基金预算")]
    (execution,) = links(doc, "execution_of", figures[2])
    assert (execution.target, execution.declared) == (figures[1].id, D("94.86"))


def test_a_count_found_in_all_is_named_without_its_gong():
    # sh_pd_sthjj, lines 536-537: 绩效自评中共发现问题3个，其中：已经完成整改的2个，正在整改的1个
    doc = _pd_final("十、预算绩效管理情况\n绩效自评中共发现问题3个，其中：已经完成整改的2个，正在整改的1个。\n")
    total = amount(doc, "3个")
    assert total.subject == "绩效自评中发现问题"
    assert _parts_of(doc, total) == ["1个", "2个"]


def test_items_under_a_paragraph_ending_ju_ti_wei_are_parts_of_the_figure_of_their_kind():
    # dv_jtj_2023_final, lines 85-87: each item's 支出决算 is a part of the 支出决算1335.00万元, none of the
    # 年末结转和结余 the paragraph happens to end with
    doc = _final(
        "八、政府性基金预算财政拨款收入支出决算情况说明\n2023年度政府性基金预算财政拨款收入1260.00万元，比上年减少240.00万元，"
        "降幅为16.00%；年初结转和结余140.00万元；支出决算1335.00万元，为年初预算1200.00万元的111.25%；年末结转和结余"
        "65.00万元。支出具体为：\n"
        "1.交通运输支出（类）车辆通行费安排的支出（款）政府还贷公路养护（项）2146002：支出决算935.00万元，主要用于政府还贷"
        "二级公路路面养护和桥梁维修加固。\n"
        "2.交通运输支出（类）车辆通行费安排的支出（款）其他车辆通行费安排的支出（项）2146099：支出决算400.00万元，主要用于"
        "收费站撤除后的设施拆除和路段管护。\n")
    assert _parts_of(doc, amount(doc, "1335.00万元")) == ["400.00万元", "935.00万元"]
    assert _parts_of(doc, amount(doc, "65.00万元")) == []


# jx_nc_lyj_2025_budget, 预算04表 (lines 156-169), as a PDF viewer copies it
JX_NC_GRANTS = (
    "南昌市林业局2025年部门预算\n预算04表\n财政拨款收支总表\n部门：南昌市林业局 单位：万元\n"
    "收 入 支 出\n"
    "项 目 预算数 项 目 合计 一般公共预算 政府性基金预算 国有资本经营预算\n"
    "一、本年收入 6,061.31 一、本年支出 6,061.31 6,061.31\n"
    "（一）一般公共预算拨款 6,061.31 社会保障和就业支出 279.63 279.63\n"
    "（二）政府性基金预算拨款 卫生健康支出 113.94 113.94\n"
    "（三）国有资本经营预算拨款 农林水支出 5,527.94 5,527.94\n"
    "二、上年结转 住房保障支出 139.80 139.80\n"
    "（一）一般公共预算拨款 二、年终结转结余\n"
    "（二）政府性基金预算拨款\n"
    "（三）国有资本经营预算拨款\n"
    "收 入 总 计 6,061.31 支 出 总 计 6,061.31 6,061.31\n"
)


def test_unnumbered_class_rows_under_this_years_spending_are_its_parts_not_the_grand_totals():
    doc = document_from_text(JX_NC_GRANTS)
    this_year, grand = amount(doc, "6,061.31", 2), amount(doc, "6,061.31", 6)
    assert (this_year.subject, grand.subject) == ("本年支出", "支出总计")
    assert _parts_of(doc, this_year) == ["113.94", "139.80", "279.63", "5,527.94"]
    assert "279.63" not in _parts_of(doc, grand)


# sh_pd_sthjj_2024_final, 财政拨款收入支出决算总表 (lines 208-214 and 244-249, the rows between left out): the
# balance by fund, numbered 一、 二、 三、
SH_PD_BALANCE = (
    "上海市浦东新区生态环境局2024年度部门决算\n财政拨款收入支出决算总表\n单位：万元\n收入 支出\n"
    "项目 决算数 项目 合计 一般公共预算 政府性基金预\n"
    "财政拨款 算财政拨款\n"
    "一、一般公共预算财政拨款 18,770.23 一、一般公共服务支出\n"
    "二、政府性基金预算财政拨款 1,250.00 二、外交支出\n"
    "本年收入合计 20,020.23 本年支出合计 20,181.98 18,863.38 1,318.60\n"
    "年初财政拨款结转和结余 560.30 年末财政拨款结转和结余 398.55 327.15 71.40\n"
    "一、一般公共预算财政拨款 420.30\n"
    "二、政府性基金预算财政拨款 140.00\n"
    "三、国有资本经营预算财政拨款\n"
    "总计 20,580.53 总计 20,580.53 19,190.53 1,390.00\n"
)


def test_fund_rows_numbered_under_the_opening_balance_are_its_parts_and_carried_over():
    doc = document_from_text(SH_PD_BALANCE)
    balance = amount(doc, "560.30")
    funds = [amount(doc, "420.30"), amount(doc, "140.00")]
    assert [(a.subject, a.kind, a.year) for a in funds] == [
        ("一般公共预算财政拨款", "结转结余", 2024), ("政府性基金预算财政拨款", "结转结余", 2024)]
    assert _parts_of(doc, balance) == ["140.00", "420.30"]


def test_the_subtotal_row_of_a_group_takes_the_groups_name():
    # js_gjfy_2019_budget, 公开02表 收入预算总表 (page 9): 一般公共预算资金 | 小计 | 37,188.34
    doc = document_from_text(
        "江苏省高级人民法院2019年部门预算\n公开02表\n收入预算总表\n部门名称：江苏省高级人民法院 单位：万元\n"
        "项目名称\t\t金额\n"
        "收入总计\t\t37,188.34\n"
        "一般公共预算资金\t小计\t37,188.34\n"
        "\t公共财政拨款（补助）资金\t37,188.34\n"
        "\t专项收入\t\n"
        "政府性基金\t小计\t\n")
    group = amount(doc, "37,188.34", 1)
    assert (group.subject, group.kind, group.scope) == ("一般公共预算资金", "预算数", "一般公共预算")


@pytest.mark.parametrize("title, sentence, figure", [
    # jx_nc_lyj_2025_budget, lines 404-406: the offices whose money it is, named before it with 的
    ("南昌市林业局2025年部门预算\n（一）机关运行经费\n",
     "2025年，南昌市林业局机关及所属南昌市林业有害生物防治检疫站（参照公务员法管理）的机关运行经费预算386.20万元，"
     "比上年预算减少12.40万元，下降3.11%。", "386.20万元"),
    # qh_xn_lcj_2025_budget, line 377: the department's own office, 局机关本级
    ("西宁市林业和草原局2025年部门预算\n六、机关运行经费安排情况\n",
     "2025年局机关本级一般公共预算安排机关运行经费112.36万元，比上年预算减少6.54万元。", "112.36万元"),
])
def test_the_offices_named_before_the_running_costs_are_no_part_of_the_subject(title, sentence, figure):
    doc = document_from_text(title + sentence + "\n")
    # (the key drops the fund word of 一般公共预算机关运行经费, as it does in any subject)
    assert subject_key(amount(doc, figure).subject) == "机关运行经费"
