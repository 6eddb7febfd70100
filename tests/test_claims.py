"""Achievement claims: what the reports say was done, with the indicator each answers."""

from decimal import Decimal as D

from pipeline import document_from_text


def claim_fields(c):
    return (c.period, c.verb, c.subject, c.value, c.unit, c.qualifier, c.status)


def test_claims_of_a_project_report_answer_its_indicators(seed_docs):
    """seed 004: 数量指标--法律援助案件数>=4000件，2021年共办理法律援助案件4521件。…已完成。"""
    doc = seed_docs["004"]
    indicators = doc.facts["indicators"]
    claims = doc.facts["claims"]
    handled = next(c for c in claims if c.value == D("4521"))
    assert claim_fields(handled) == ("2021年", "办理", "法律援助案件", D("4521"), "件", None, None)
    assert indicators[handled.indicator].name == "法律援助案件数"
    rate = next(c for c in claims if c.value == D("99.8"))
    assert claim_fields(rate) == ("2021年", "达到", "调解成功率", D("99.8"), "%", None, "已达到")
    assert indicators[rate.indicator].name == "调解成功率"


def test_the_period_and_verb_of_a_sentence_hold_for_its_list():
    doc = document_from_text(
        "某某局2020年度部门整体支出绩效评价报告\n"
        "截止10月，共办理法律援助案件217件，其中民事47件、刑事169件，开展法律咨询699人次，发放宣传资料2000余份。"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("截止10月", "办理", "法律援助案件", D("217"), "件", None, None),
        ("截止10月", "办理", "民事", D("47"), "件", None, None),
        ("截止10月", "办理", "刑事", D("169"), "件", None, None),
        ("截止10月", "开展", "法律咨询", D("699"), "人次", None, None),
        ("截止10月", "发放", "宣传资料", D("2000"), "份", "余", None),
    ]


def test_what_is_no_claim():
    doc = document_from_text(
        "某某局2023年度部门决算\n"
        "一、部门概况\n机关编制33个，其中公务员26人。\n"
        "二、收入支出决算总体情况说明\n2023年度收、支总计1163.82万元，比上年下降0.44%。\n"
        "三、绩效目标\n数量指标--培训人次>=100人次。\n"
        "四、“三公”经费支出情况说明\n国内公务接待5批次，42人次。全年安排因公出国（境）团组0次。\n"
        "五、国有资产占用情况\n截至2023年12月31日，共有车辆1辆。\n"
    )
    assert doc.facts["claims"] == []


def test_a_bare_status_answers_the_indicator_just_stated(seed_docs):
    """seed 000: 项目名称：律师定期到社区值班 / 项目目标：一周一次 / 完成情况：已完成。"""
    doc = seed_docs["000"]
    status = next(c for c in doc.facts["claims"] if c.status == "已完成")
    assert (status.value, status.verb) == (None, "完成")
    assert doc.facts["indicators"][status.indicator].name == "“一居一顾问”覆盖社区数"


def test_a_verb_inside_a_name_is_no_verb_and_a_time_limit_is_no_claim():
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n"
        "全年对全县12个乡镇人民调解委员会进行规范化备案；全年列管对象56人，年末在册31人。"
        "帮教对象为刑满释放5年内的人员。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "备案", "乡镇人民调解委员会", D("12"), "个", None, None),
        ("全年", "列管", "对象", D("56"), "人", None, None),
        ("年末", None, "在册", D("31"), "人", None, None),
    ]


def test_a_claim_answers_an_indicator_of_its_own_project_with_its_own_verb(seed_docs):
    """seed 001: the report on 法律援助 says 挽回经济损失162.31万元; the indicator with those words is
    法律援助's, not 案件代理's (最大程度减少政府经济损失)."""
    doc = seed_docs["001"]
    indicators = doc.facts["indicators"]
    recovered = [c for c in doc.facts["claims"] if c.value == D("162.31") and c.indicator is not None]
    assert {indicators[c.indicator].project for c in recovered} == {"法律援助"}


def test_a_time_right_after_a_short_subject_and_a_verb_led_by_another():
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n县救助管理站全年救助流浪人员213人次，新增纳入低保对象37人。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "救助", "流浪人员", D("213"), "人次", None, None),
        ("全年", "纳入", "低保对象", D("37"), "人", None, None),
    ]
