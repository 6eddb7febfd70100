"""The quantity parser: every form the reports write, read exactly."""

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.quantities import find_quantities, parse_chinese_number, parse_quantity

# (text, value, canonical unit, kind, qualifier, low, high, operator)
FORMS = [
    ("1163.82万元", "11638200", "元", "money", "exact", None, None, None),
    ("0.5亿元", "50000000", "元", "money", "exact", None, None, None),
    ("12,345.6元", "12345.6", "元", "money", "exact", None, None, None),
    ("１，２３４．５万元", "12345000", "元", "money", "exact", None, None, None),
    ("4万余本", "40000", "本", "count", "at_least", "40000", None, None),
    ("150余万元", "1500000", "元", "money", "range", "1500000", "1600000", None),
    ("100余场次", "100", "场次", "count", "range", "100", "200", None),
    ("30多场", "30", "场", "count", "range", "30", "40", None),
    ("约850人次", "850", "人次", "count", "about", None, None, None),
    ("近700万元", "7000000", "元", "money", "about", None, None, None),
    ("一千二百三十四元", "1234", "元", "money", "exact", None, None, None),
    ("三十余次", "30", "次", "count", "range", "30", "40", None),
    ("百分之九十五", "95", "%", "percent", "exact", None, None, None),
    ("百分之三十五点五", "35.5", "%", "percent", "exact", None, None, None),
    ("95%以上", "95", "%", "percent", "at_least", "95", None, "≥"),
    ("99.8%", "99.8", "%", "percent", "exact", None, None, None),
    ("2.31‰", "2.31", "‰", "percent", "exact", None, None, None),
    ("≥18000台套", "18000", "台套", "count", "at_least", "18000", None, "≥"),
    ("0.42个千分点", "0.42", "个千分点", "percent", "exact", None, None, None),
    ("≤14/10万", "14", "/10万", "percent", "at_most", None, "14", "≤"),
    ("8.3/10万以下", "8.3", "/10万", "percent", "at_most", None, "8.3", "≤"),
    ("≥95", "95", "", "number", "at_least", "95", None, "≥"),
    (">=90%", "90", "%", "percent", "at_least", "90", None, "≥"),
    ("＞＝98%", "98", "%", "percent", "at_least", "98", None, "≥"),
    ("≤0.2%", "0.2", "%", "percent", "at_most", None, "0.2", "≤"),
    ("=1年", "1", "年", "duration", "exact", None, None, "="),
    ("不低于90%", "90", "%", "percent", "at_least", "90", None, "≥"),
    ("不少于200场", "200", "场", "count", "at_least", "200", None, "≥"),
    ("不超过5%", "5", "%", "percent", "at_most", None, "5", "≤"),
    ("不足3人", "3", "人", "count", "less_than", None, "3", "<"),
    ("48小时以内", "48", "小时", "duration", "at_most", None, "48", "≤"),
    ("80-100人", "80", "人", "count", "range", "80", "100", None),
    ("1万-5万元", "10000", "元", "money", "range", "10000", "50000", None),
    ("5至10次", "5", "次", "count", "range", "5", "10", None),
    ("10至20万元", "100000", "元", "money", "range", "100000", "200000", None),
    ("1万元/年", "10000", "元/年", "rate", "exact", None, None, None),
    ("800元/人·次", "800", "元/人次", "rate", "exact", None, None, None),
    ("2万元/件", "20000", "元/件", "rate", "exact", None, None, None),
    ("6个月", "6", "月", "duration", "exact", None, None, None),
    ("两三个", "2", "个", "count", "range", "2", "3", None),
    ("台（套）", None, None, None, None, None, None, None),
    ("5台（套）", "5", "台（套）", "count", "exact", None, None, None),
    # measure words of other departments' work (农业农村, 林草, 生态环境)
    ("420眼", "420", "眼", "count", "exact", None, None, None),
    ("４２口", "42", "口", "count", "exact", None, None, None),
    ("约26.5公顷", "26.5", "公顷", "count", "about", None, None, None),
    ("3.6万头", "36000", "头", "count", "exact", None, None, None),
    ("186万头（只）", "1860000", "头（只）", "count", "exact", None, None, None),
    ("1.2万卷", "12000", "卷", "count", "exact", None, None, None),
    ("52.6万头（羽）", "526000", "头（羽）", "count", "exact", None, None, None),
    # relief supplies of emergency work
    ("120顶", "120", "顶", "count", "exact", None, None, None),
    ("1100床", "1100", "床", "count", "exact", None, None, None),
    ("4艘", "4", "艘", "count", "exact", None, None, None),
    ("30.2亿斤", "3020000000", "斤", "count", "exact", None, None, None),
    ("3,000件（套）", "3000", "件（套）", "count", "exact", None, None, None),
    ("6轮次", "6", "轮次", "count", "exact", None, None, None),
    ("26学时", "26", "学时", "count", "exact", None, None, None),
    ("2.1万余例", "21000", "例", "count", "at_least", "21000", None, None),
    ("≤32微克/立方米", "32", "微克/立方米", "count", "at_most", None, "32", "≤"),
    ("2,650元/台（套）", "2650", "元/台（套）", "rate", "exact", None, None, None),
]


@pytest.mark.parametrize("text, value, unit, kind, qualifier, low, high, operator", FORMS)
def test_forms(text, value, unit, kind, qualifier, low, high, operator):
    q = parse_quantity(text)
    if value is None:
        assert q is None
        return
    assert q is not None, text
    got = (q.value, q.canonical_unit, q.kind, q.qualifier, q.low, q.high, q.operator)
    want = (D(value), unit, kind, qualifier, D(low) if low else None, D(high) if high else None, operator)
    assert got == want


def test_money_is_exact_and_keeps_its_precision():
    q = parse_quantity("1163.82万元")
    assert (q.number, q.precision, q.unit, str(q.value)) == (D("1163.82"), 2, "万元", "11638200.00")


def test_spans_point_into_the_original_text():
    text = "2023年度收、支总计均为1163.82万元。与2022年度相比，收、支总计各下降5.1万元，下降0.44%。"
    assert [(q.text, text[q.start : q.end]) for q in find_quantities(text)] == [
        ("1163.82万元", "1163.82万元"), ("5.1万元", "5.1万元"), ("0.44%", "0.44%")
    ]


def test_a_stray_mark_is_not_part_of_the_figure():
    (q,) = find_quantities("社区矫正对象重新犯罪率*7.3%")
    assert (q.text, q.value) == ("7.3%", D("7.3"))


@pytest.mark.parametrize(
    "text",
    [
        "2023年", "2021年12月31日", "截至2023年12月31日", "1-10月", "2019-2021年",
        "51090423T000008167896-2023案件代理", "川发改价格〔2018〕93号", "公共安全支出（204）司法（06）",
        "1.负责区委", "（1）坚持统筹协调", "第3名", "一居一顾问", "6、9、11月", "二〇二三年", "一般公共预算",
        "安排3541.07万元 2.3 项目", "按2023年口径计算",
    ],
)
def test_not_quantities(text):
    found = find_quantities(text)
    assert [q.text for q in found if q.text != "3541.07万元"] == []


def test_a_unit_written_once_governs_its_list():
    found = find_quantities("分别为683.6、120.5和30万元")
    assert [(q.text, q.value, q.pattern) for q in found] == [
        ("683.6", D("6836000"), "list-unit"), ("120.5", D("1205000"), "list-unit"), ("30万元", D("300000"), "single")
    ]


def test_a_context_unit_governs_bare_numbers_but_not_codes():
    found = find_quantities("201 06 01 行政运行 1,511.89 1,503.52 8.37", context_unit="万元")
    assert [(q.text, q.value) for q in found] == [
        ("1,511.89", D("15118900")), ("1,503.52", D("15035200")), ("8.37", D("83700"))
    ]


@pytest.mark.parametrize(
    "text, value",
    [("一千二百三十四", "1234"), ("两千", "2000"), ("三十五点五", "35.5"), ("十二", "12"), ("三百五十万", "3500000"),
     ("一亿二千万", "120000000"), ("二〇二三", "2023"), ("零点五", "0.5")],
)
def test_chinese_numerals(text, value):
    assert parse_chinese_number(text) == D(value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,%万亿元余多约近≥≤<>=-至人次个年月日号第（）一二三十百千两点分之 \n")), max_size=40))
def test_never_crashes_and_spans_stay_inside(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([("元", 1), ("万元", 10**4), ("亿元", 10**8)]),
    st.booleans(),
)
def test_parse_of_a_formatted_amount_gives_it_back(amount, unit, grouped):
    written = f"{amount:,}" if grouped else f"{amount}"
    q = parse_quantity(written + unit[0])
    assert q is not None and q.number == amount and q.value == amount * unit[1]


def test_a_money_word_makes_a_bare_number_an_amount_in_the_reports_unit():
    # seed 003: the unit is left off once; the report writes its amounts in 万元
    text = "2020年一般公共预算支出决算数为683.6，完成预算93.37%。其中："
    assert [(q.text, q.value, q.pattern) for q in find_quantities(text, money_unit="万元")] == [
        ("683.6", D("6836000"), "money-unit"), ("93.37%", D("93.37"), "single")
    ]
    assert [q.text for q in find_quantities(text)] == ["93.37%"]


def test_the_stage_reads_table_cells_in_the_unit_their_table_gives(seed_docs):
    doc = seed_docs["001"]
    budget = [f for f in doc.facts["quantities"] if f.quantity.pattern == "context-unit" and f.snippet.startswith("总额 3.00")]
    # 年度预算数（万元） governs the row's decimals: 年初预算 3.00, 调整后 2.40, 执行 2.40; 权重 10 is no amount
    assert [(f.col, f.quantity.value) for f in budget] == [(2, D("30000")), (3, D("24000")), (4, D("24000"))]
    fact = budget[0]
    assert doc.text[fact.start : fact.end] == "3.00"
    assert doc.sections[fact.section].title == "部门预算项目支出绩效自评表（2023年度）"


def test_the_stage_reads_a_pdf_table_under_its_unit_line():
    from pipeline import read_document

    from conftest import PDFS

    doc = read_document(PDFS / "sh_putuo_czj_2024_final.pdf")
    row = [f for f in doc.facts["quantities"] if f.page == 6 and f.snippet.startswith("本年收入合计")]
    assert [(f.quantity.text, f.quantity.value, f.quantity.kind) for f in row] == [
        ("2,946.25", D("29462500"), "money"), ("2,940.05", D("29400500"), "money")
    ]


def test_prevailing_money_unit():
    from pipeline.quantities import prevailing_money_unit

    assert prevailing_money_unit("收入1163.82万元，支出1100万元，其中500元") == "万元"
    assert prevailing_money_unit("没有金额") is None


def test_a_table_cell_after_a_minus_sign_is_negative():
    from pipeline import document_from_text

    doc = document_from_text("单位：元\n项目\t2024年预算数\t增减额\n合计\t186,000.00\t-28,000.00\n"
                             "说明：1-10月共接待120人次。", "x.txt")
    figures = [(f.quantity.text, f.quantity.value) for f in doc.facts["quantities"]]
    assert ("-28,000.00", D("-28000")) in figures and ("186,000.00", D("186000")) in figures
    assert all(value > 0 for text, value in figures if text != "-28,000.00")  # 1-10月 is a range, unsigned


# (text, quantity as written, value, canonical unit, kind): measure words of 海洋渔业, 卫健, 城管 and
# 文物 reports, kept whole as written
WHOLE_UNITS = [
    ("放流各类苗种1.62亿单位，较上年增长8.3%", "1.62亿单位", "162000000", "单位", "count"),
    ("其中中国对虾苗种1.05亿尾、三疣梭子蟹苗种", "1.05亿尾", "105000000", "尾", "count"),
    ("开展渔船安全检查2318艘次，培训渔民", "2318艘次", "2318", "艘次", "count"),
    ("林业有害生物防治作业2.4万亩次。", "2.4万亩次", "24000", "亩次", "count"),
    ("累计巡查374处次，文物安全事故为0", "374处次", "374", "处次", "count"),
    ("出动无人机1,200架次", "1,200架次", "1200", "架次", "count"),
    ("接种免疫规划疫苗15.63万剂次，", "15.63万剂次", "156300", "剂次", "count"),
    ("城区道路降尘量为8.3吨/平方公里·月。", "8.3吨/平方公里·月", "8.3", "吨/平方公里月", "count"),
    ("道路面尘土残存量均值降至8.6克/平方米，", "8.6克/平方米", "8.6", "克/平方米", "count"),
    ("全科医生数3/万人", "3/万人", "3", "/万人", "percent"),
    ("安全培训开展频次\t≥2次/年", "≥2次/年", "2", "次/年", "count"),
    ("移动文物安全巡查≥4次/处；", "≥4次/处", "4", "次/处", "count"),
    ("营养膳食补助标准5元/生·天。", "5元/生·天", "5", "元/生天", "rate"),
    ("家庭养老床位建设补贴按3,000元/张标准执行", "3,000元/张", "3000", "元/张", "rate"),
    ("其中80周岁以上高龄老年人", "80周岁以上", "80", "岁", "count"),
    ("投放各类人工鱼礁3.2万空方，", "3.2万空方", "32000", "空方", "count"),
    ("护栏等附属设施1,050延米，", "1,050延米", "1050", "延米", "count"),
    ("获得金牌27枚、", "27枚", "27", "枚", "count"),
    ("抽查资金支付凭证386笔，", "386笔", "386", "笔", "count"),
    ("全年派发服务工单15.7万单。", "15.7万单", "157000", "单", "count"),
    ("回收农药包装废弃物5千克", "5千克", "5", "千克", "count"),
    ("开展志愿服务5万人次/年", "5万人次/年", "50000", "人次/年", "count"),
    # hub_yc_jtj's 生态效益指标: 千瓦时 after 万, and 千瓦时 alone is not 1200千 of 瓦时
    ("靠港船舶岸电使用量\t≥200万千瓦时\t186.4万千瓦时", "≥200万千瓦时", "2000000", "千瓦时", "count"),
    ("靠港船舶岸电使用量\t≥200万千瓦时\t186.4万千瓦时", "186.4万千瓦时", "1864000", "千瓦时", "count"),
    ("年节约用电1200千瓦时", "1200千瓦时", "1200", "千瓦时", "count"),
    ("新增光伏装机容量500千瓦", "500千瓦", "500", "千瓦", "count"),
]


@pytest.mark.parametrize("text, written, value, unit, kind", WHOLE_UNITS)
def test_units_are_read_whole(text, written, value, unit, kind):
    (q,) = [q for q in find_quantities(text) if q.start == text.index(written)]
    assert (q.text, q.value, q.canonical_unit, q.kind) == (written, D(value), unit, kind)


@pytest.mark.parametrize(
    "text, figures",
    [
        ("2.3 单位名称", []),  # a row number before a cell, not 2.3 单位: 单位 counts only after 万/亿
        ("211 节能环保支出", []),  # a subject code before 节能
        ("2      门诊救助", []),
        ("共完成3项次年计划", ["3项"]),  # 次年 is the next year, not 项次
        ("检查3个次要问题", ["3个"]),
        ("支付尾款20万元", ["20万元"]),
        ("3台/套", ["3台/套"]),  # a unit of its own, not a rate
    ],
)
def test_measure_words_stop_before_a_word(text, figures):
    assert [q.text for q in find_quantities(text)] == figures


def test_a_rate_numerator_listed_as_a_duration_must_be_one(monkeypatch):
    """[rate] duration_numerators are read as durations: a word missing from [duration] is a
    mistake in the patterns, said when they load, not a figure silently dropped."""
    from pipeline import patterns, quantities

    table = patterns.load("quantities")
    broken = {**table, "rate": {**table["rate"], "duration_numerators": ["小时", "刻钟"]}}
    monkeypatch.setattr(patterns, "load", lambda name: broken if name == "quantities" else table)
    quantities._rules.cache_clear()
    try:
        with pytest.raises(ValueError, match="刻钟"):
            quantities._rules()
    finally:
        monkeypatch.undo()
        quantities._rules.cache_clear()
    assert [q.text for q in find_quantities("每天巡查8小时/天")] == ["8小时/天"]
