"""Cross-checks: declared against computed, with a tolerance that follows rounding, and every
finding on the seeds and the published PDFs one that an auditor agrees with."""

import re
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PDFS, SEEDS
from pipeline import document_from_text, read_document
from pipeline.checks import CHECKED_TABLES, Interval, compare, load_checks
from pipeline.extract import document_findings


def findings(text: str):
    return [(f.check_id, f.declared, f.computed) for f in document_findings(document_from_text(text))]


# -- tolerance ------------------------------------------------------------------------------------

def printed(value: D, places: int, truncate: bool) -> Interval:
    ulp = D(1).scaleb(-places)
    shown = value.quantize(ulp, rounding="ROUND_DOWN" if truncate else "ROUND_HALF_UP")
    return Interval.printed(shown, ulp)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.decimals(min_value=0, max_value=100000, places=4), min_size=2, max_size=8),
       st.integers(min_value=0, max_value=2), st.booleans())
def test_no_finding_for_parts_that_rounding_or_truncation_explains(parts, places, truncate):
    """Parts and their total printed to ``places`` decimals, rounded or truncated: their intervals
    always meet, whatever the true values were."""
    total = sum(parts)
    added = Interval(D(0), D(0), D(0))
    for part in parts:
        added = added + printed(part, places, truncate)
    assert compare(printed(total, places, truncate), added) is None


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=1, max_value=100000, places=2), st.decimals(min_value=1, max_value=100000, places=2),
       st.booleans())
def test_no_finding_for_a_share_that_rounding_explains(part, rest, truncate):
    base = part + rest
    share = printed(100 * part / base, 2, truncate)
    computed = printed(part, 2, False).percent_of(printed(base, 2, False))
    assert compare(share, computed) is None


def test_a_difference_beyond_rounding_is_found_with_its_tolerance():
    """1163.82万元 against parts 693.39 + 470.42 = 1163.81: a cent of 万元 is rounding; 0.10 is not."""
    parts = Interval.printed(D("693.39"), D("0.01")) + Interval.printed(D("470.42"), D("0.01"))
    assert compare(Interval.printed(D("1163.82"), D("0.01")), parts) is None
    difference, tolerance = compare(Interval.printed(D("1163.91"), D("0.01")), parts)
    assert (difference, tolerance) == (D("0.10"), D("0.025"))  # 0.005 below the total, 0.01 above each part


def test_every_check_is_data_with_a_known_severity():
    checks = {c.id: c.severity for c in load_checks()}
    assert checks == {
        "parts_sum": "error", "parts_exceed": "error", "table_sum": "error", "share": "error", "change_rate": "error",
        "change_direction": "error", "change_amount": "error", "execution_rate": "error", "unit_price": "error",
        "restated": "warning", "score_over_weight": "error", "weights_total": "error", "scores_total": "error",
        "met_but_missed": "warning", "full_marks_no_actual": "info", "template_residue": "warning",
        "stale_year": "warning", "rate_change": "error",
    }


def test_the_checks_read_only_the_tables_a_batch_is_checked_with():
    # a batch is checked in a scratch database holding CHECKED_TABLES alone: a check reading
    # another table would find it empty, and never fire
    import inspect

    import pipeline.checks
    from pipeline.store import DOCUMENT_TABLES

    sql = " ".join(c.sql for c in load_checks() if c.sql) + inspect.getsource(pipeline.checks)
    named = {t for t in re.findall(r"(?:FROM|JOIN)\s+(\w+)", sql)}
    assert named & set(DOCUMENT_TABLES) <= set(CHECKED_TABLES) | {"findings"}
    assert "indicator_table_sums" in named and {"indicators", "indicator_totals"} <= set(CHECKED_TABLES)


# -- each check on a small report -----------------------------------------------------------------

HEAD = "某某局2023年度部门决算\n一、收入支出决算总体情况说明\n"


def test_a_partition_that_does_not_add_up():
    assert findings(HEAD + "2023年度支出决算100万元，其中：基本支出60万元，项目支出30万元。\n") == [
        ("parts_sum", D("1000000"), D("900000"))]
    assert findings(HEAD + "2023年度支出决算100.01万元，其中：基本支出60.00万元，项目支出40.00万元。\n") == []
    # in a project report: a sublist ends at its total's sibling, and what is left is no part
    assert findings("某县水利局2023年度农村供水工程项目支出绩效评价报告\n一、项目资金使用情况\n"
                    "全年项目实际支出4623.90万元。按支出内容分：工程建设支出3862.60万元，其中供水管网2020.00万元、"
                    "水厂1842.60万元；小型供水工程维修养护支出316.40万元。项目资金实际到位4805.60万元，"
                    "其中中央资金3890.00万元，县级配套资金到位915.60万元，尚有54.40万元未到位。\n") == []
    # two classifications of one total, one after the ；: two lists, each adding up
    assert findings(HEAD + "2023年度支出决算100.00万元，其中：基本支出60.00万元，项目支出40.00万元；"
                           "按支出功能分类，社会保障和就业支出90.00万元，住房保障支出10.00万元。\n") == []


def test_parts_that_exceed_their_total():
    """A selection (no 其他, no partition) may fall short of its total, never exceed it."""
    assert findings(HEAD + "2023年度会议费支出8.00万元，其中：培训场地费5.00万元，资料印刷费3.50万元。\n") == [
        ("parts_exceed", D("80000"), D("85000"))]
    assert findings(HEAD + "2023年度会议费支出8.00万元，其中：培训场地费5.00万元。\n") == []
    # printed in whole 万元, 8万元 may be 8.99万元 and 5 + 3.5 as little as 7.95万元: rounding explains it
    assert findings(HEAD + "2023年度会议费支出8万元，其中：培训场地费5万元，资料印刷费3.5万元。\n") == []


def test_a_share_that_its_amounts_do_not_give():
    assert findings(HEAD + "2023年度支出决算200万元，其中：基本支出150万元，占80%；项目支出50万元，占20%。\n") == [
        ("share", D("80"), D("75.00")), ("share", D("20"), D("25.00"))]


def test_a_growth_rate_computed_on_the_current_year():
    doc = document_from_text(HEAD + "2023年度收、支总计782.13万元。与2022年相比，收、支总计增加24.38万元，增长3.12%。\n")
    (finding,) = document_findings(doc)
    assert (finding.check_id, finding.declared, finding.computed) == ("change_rate", D("3.12"), D("3.22"))
    assert "以本年数而非上年数为基数" in finding.message_zh and "instead of the prior" in finding.message_en


def test_a_change_of_a_rate_in_points_written_as_a_percent():
    text = HEAD + "2023年度预算执行率为96.00%，比上年的90.00%提高{}。\n"
    (finding,) = document_findings(document_from_text(text.format("6.00%")))
    assert (finding.check_id, finding.declared, finding.computed) == ("rate_change", D("6.00"), D("6.67"))
    assert finding.message_zh.endswith("文中写提高6.00%，应为6.67%（系将百分点误作百分比）")
    assert findings(text.format("6.67%")) == findings(text.format("6.00个百分点")) == []
    assert findings(text.format("8.00个百分点")) == [("rate_change", D("8.00"), D("6.00"))]
    # in whole percentages, 96% against 90% may be a rise of 5% to 8%: 6% is no error there
    assert findings(HEAD + "2023年度预算执行率为96%，比上年的90%提高6%。\n") == []


def test_a_direction_word_against_the_figures():
    assert findings(HEAD + "2023年度机关运行经费支出52.48万元，较上年的45.00万元减少7.48万元。\n") == [
        ("change_direction", D("-74800"), D("74800"))]
    assert findings(HEAD + "2023年度机关运行经费支出52.48万元，较上年的45.00万元增加9.48万元。\n") == [
        ("change_amount", D("94800"), D("74800"))]
    assert findings(HEAD + "2023年度机关运行经费支出52.48万元，较上年的45.00万元增加7.48万元。\n") == []


def test_an_execution_rate_against_the_budget_it_names():
    """完成年初预算的113.09% with the 年初 and the 调整后 budgets both stated: of the 年初 one."""
    text = HEAD + "2023年度一般公共预算财政拨款支出年初预算为4751.00万元，调整后预算为5436.20万元，支出决算为5372.86万元，完成年初预算的{}%。\n"
    assert findings(text.format("113.09")) == []
    assert findings(text.format("98.83")) == [("execution_rate", D("98.83"), D("113.09"))]


def test_an_execution_rate_that_actual_over_budget_does_not_give():
    assert findings(HEAD + "2023年度“三公”经费预算为10.00万元，支出决算为8.00万元，完成预算90%。\n") == [
        ("execution_rate", D("90"), D("80.00"))]


def test_a_price_per_unit_times_the_units_counted():
    """每户…0.50万元，共计… against the 户 the paragraph counts; printed as 1万元, a price could be
    anything from 0.5 to 2万元, and no total would be wrong."""
    text = HEAD + "全镇共有低保户42户、特困户8户。每户的年度补贴标准为0.50万元，共计{}万元。\n"
    assert findings(text.format("30.00")) == [("unit_price", D("300000"), D("250000"))]
    assert findings(text.format("25.00")) == []
    assert findings(text.replace("0.50", "1").format("30")) == []


def test_a_table_figure_restated_with_another_value():
    """The 情况说明 against the table: the same 2040601 of the same funds and measure."""
    table = ("某某局2023年度部门决算\n一、一般公共预算财政拨款支出决算表\n单位：万元\n"
             "科目编码\t科目名称\t合计\t基本支出\t项目支出\n2040601\t行政运行\t{}\t{}\t0.00\n"
             "二、一般公共预算财政拨款支出决算情况说明\n公共安全支出（类）司法（款）行政运行（项）支出决算为693.39万元。\n")
    (finding,) = document_findings(document_from_text(table.format("700.00", "700.00")))
    assert (finding.check_id, finding.severity) == ("restated", "warning")
    assert finding.message_zh == ("公共安全支出（类）司法（款）行政运行（项）支出在此为693.39万元，表中为700.00万元"
                                  "（同一科目、资金口径、年度和数别）")
    assert document_findings(document_from_text(table.format("693.39", "693.39"))) == []


# -- every finding on the seeds and the published PDFs, and why it is right ------------------------

EXPECTED = {
    "001_cbcf39354c9835b0.txt": [
        # 项目资金…使用269.9万元（其中：预算支出269.9万元，年度调增预算8.83万元): the 其中 list
        # holds 269.9 itself and 8.83 more, 278.73 of a 269.9 total (年初 261.07 + 调增 8.83 is
        # what the writer meant)
        ("parts_exceed", D("2699000"), D("2787300")),
        # 法律援助 自评表: 法律援助人次, weight 10, scored 101
        ("score_over_weight", D("101"), D("10")),
        # …and so its 合计 of 100 is not the 10 + 181 its rows give
        ("scores_total", D("100"), D("191")),
    ],
    "003_4fae287c1d48d8b6.txt": [
        # 公务接待费0.64万元 of the 三公 total 1.72万元 is 37.21%; 35.47% is 100% − 64.53%
        ("share", D("35.47"), D("37.21")),
        # 增加24.38万元 on a prior year of 782.13 − 24.38 = 757.75 is 3.22%; 3.12% is 24.38 / 782.13
        ("change_rate", D("3.12"), D("3.22")),
        ("change_rate", D("3.12"), D("3.22")),  # the same sentence for 财政拨款收、支总计
        # 减少1.38万元 from 2.49 is 55.42%; 124.32% (more than all of it) is 1.38 / 1.11
        ("change_rate", D("124.32"), D("55.42")),
        # 减少0.3万元 from 0.94 is 31.91%; 46.87% is 0.3 / 0.64
        ("change_rate", D("46.87"), D("31.91")),
        # 减少19.54万元 from 72.02 is 27.13%; 37.23% is 19.54 / 52.48
        ("change_rate", D("37.23"), D("27.13")),
        # 因公出国（境）支出决算比2018年增加/减少0万元，增长/下降0%。主要原因是……。: the template's
        # words, left as they were, and the template's year in a report on 2020
        ("template_residue", None, None),
        ("template_residue", None, None),
        ("template_residue", None, None),
        # 外事接待…主要用于接待…（具体项目）。主要用于……; 其他用车主要是用于……
        ("template_residue", None, None),
        ("template_residue", None, None),
        ("template_residue", None, None),
        ("template_residue", None, None),
        ("stale_year", D("2018"), D("2019")),
    ],
    "sh_putuo_czj_2024_final.pdf": [
        # 一般公共服务支出（类）2106.66万元 of 2940.05万元 is 71.65%; the other three shares of the
        # list agree with their amounts, and the four printed add up to 100.07%
        ("share", D("71.73"), D("71.65")),
    ],
    "sh_putuo_wanli_2023_budget.pdf": [
        # 公共服务设施运行经费 绩效目标表: 年度资金申请总额 10,903,043.00 but 其中：当年财政拨款
        # 11,419,043.00 (上年结转 0, 其他 0)
        ("table_sum", D("10903043"), D("11419043")),
    ],
    "js_gjfy_2019_budget.pdf": [],
    "000_156ad58b63f9ec8b.txt": [],
    "002_483226dbb7fcc7a4.txt": [],
    "004_a7f537144ccef6d5.txt": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_error_and_warning_on_the_seeds_and_the_pdfs_is_explained(name, seed_docs, pdf_docs):
    doc = seed_docs[name[:3]] if (SEEDS / name).exists() else pdf_docs(name)
    def plain(value):
        return None if value is None else D(value).normalize()

    found = [(f.check_id, plain(f.declared), plain(f.computed)) for f in document_findings(doc) if f.severity != "info"]
    assert found == [(c, plain(d), plain(v)) for c, d, v in EXPECTED[name]]


def test_a_finding_carries_its_evidence(seed_docs):
    finding = next(f for f in document_findings(seed_docs["003"]) if f.check_id == "share")
    assert finding.snippet == "公务接待费支出决算0.64万元，占35.47%。"
    assert finding.message_zh == "公务接待费支出占“三公”经费财政拨款支出的比例写为35.47%，按金额计算为37.21%"
    assert finding.unit == "%" and finding.tolerance > 0 and len(finding.amount_ids) == 2
    assert seed_docs["003"].text[finding.char_start:finding.char_end] == "0.64万元"


def test_the_pdf_rendering_of_a_seed_finds_what_its_text_finds():
    def found(path):
        return sorted((f.check_id, f.declared, f.computed) for f in document_findings(read_document(path)))

    assert found(PDFS.parent / "renderings" / "003_4fae287c1d48d8b6.pdf") == found(SEEDS / "003_4fae287c1d48d8b6.txt")


# -- planted errors -------------------------------------------------------------------------------

def test_a_planted_error_is_a_visible_change_of_one_figure():
    from pipeline.mutation import changed

    assert changed("625.92") == "688.51"  # a tenth more, printed alike
    assert changed("0.57") == "0.67"  # ten last places at least
    assert changed("0") is None
    # 100% of 5万元 by 5万元 may be 75% to 133%: a rate of 110% is no visible error there, 150% is
    assert changed("100", (D(75), D(133))) == "150"


def test_the_checks_find_at_least_95_percent_of_the_errors_planted_in_the_seeds():
    """72 copies of the seeds, each with one error at a place the gold names: a part or a total of a
    complete list, a share, a change, a growth or execution rate, a score."""
    from pipeline import mutation

    result = mutation.run()
    planted, found = sum(result["planted"].values()), sum(result["found"].values())
    assert planted >= 50 and set(result["planted"]) == set(mutation.KINDS)
    assert found / planted >= 0.95, [(m.document, m.line, m.kind, m.before, m.after) for m in result["missed"]]
