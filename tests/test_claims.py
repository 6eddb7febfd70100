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


def test_the_period_and_verb_of_a_sentence_hold_for_its_list_but_not_for_the_parts_of_a_total():
    """seed 003 and the 民政局 report: a 其中 part names no verb and no time of its own (the guideline:
    the verb and the time as written), unless it says one (其中审核规范性文件2件)."""
    doc = document_from_text(
        "某某局2020年度部门整体支出绩效评价报告\n"
        "截止10月，共办理法律援助案件217件，其中民事47件、刑事169件，开展法律咨询699人次，发放宣传资料2000余份。"
        "全年办理婚姻登记2346对，其中结婚登记1672对、离婚登记674对，提供婚姻家庭辅导服务1100余人次。\n"
        "2021年共办理法律援助案件4521件。其中：民事案件923件，刑事3581件，行政案件17宗。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("截止10月", "办理", "法律援助案件", D("217"), "件", None, None),
        (None, None, "民事", D("47"), "件", None, None),
        (None, None, "刑事", D("169"), "件", None, None),
        ("截止10月", "开展", "法律咨询", D("699"), "人次", None, None),
        ("截止10月", "发放", "宣传资料", D("2000"), "份", "余", None),
        ("全年", "办理", "婚姻登记", D("2346"), "对", None, None),
        (None, None, "结婚登记", D("1672"), "对", None, None),
        (None, None, "离婚登记", D("674"), "对", None, None),
        ("全年", "提供", "婚姻家庭辅导服务", D("1100"), "人次", "余", None),
        ("2021年", "办理", "法律援助案件", D("4521"), "件", None, None),
        (None, None, "民事案件", D("923"), "件", None, None),
        (None, None, "刑事", D("3581"), "件", None, None),
        (None, None, "行政案件", D("17"), "宗", None, None),
    ]


def test_two_verbs_written_together_are_one_verb_but_an_outcome_verb_leads_its_object():
    """水利局 report: 维修养护, 清洗消毒, 排查整改 are one verb each; 完成维修养护工程 says 完成."""
    doc = document_from_text(
        "某某局2023年度项目支出绩效评价报告\n"
        "全年维修养护小型供水工程163处，清洗消毒蓄水池215座；排查整改安全隐患近90处，汛前完成维修养护工程148处。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "维修养护", "小型供水工程", D("163"), "处", None, None),
        ("全年", "清洗消毒", "蓄水池", D("215"), "座", None, None),
        ("全年", "排查整改", "安全隐患", D("90"), "处", "近", None),
        ("汛前", "完成", "维修养护工程", D("148"), "处", None, None),  # a time of its own clause
    ]


def test_figures_ahead_of_what_they_count_share_the_verb_of_their_list():
    """seed 004: 2021年完成100余场次集中教育，5场公益活动，超400人次心理辅导…"""
    doc = document_from_text(
        "某某局2021年度项目支出绩效自评报告\n"
        "2021年完成100余场次集中教育，5场公益活动，超400人次心理辅导，约850人次的个性化跟踪帮扶。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("2021年", "完成", "集中教育", D("100"), "场次", "余", None),
        ("2021年", "完成", "公益活动", D("5"), "场", None, None),
        ("2021年", "完成", "心理辅导", D("400"), "人次", "超", None),
        ("2021年", "完成", "个性化跟踪帮扶", D("850"), "人次", "约", None),
    ]


def test_a_name_after_a_figure_is_skipped_whole_and_a_verb_before_one_leads_it():
    """民政局 report and seed 003: 回访救助对象 (回访 the verb), 403名安置帮教对象严格落实 (落实)."""
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n"
        "全年回访救助对象1260户。对全区403名安置帮教对象严格落实“一对一”安置帮教工作方案。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "回访", "救助对象", D("1260"), "户", None, None),
        (None, "落实", "安置帮教对象", D("403"), "名", None, None),
    ]


def test_budget_execution_scores_and_numbers_in_words_before_a_noun_are_no_claims():
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n"
        "项目预算执行率95.74%，资金到位率98.88%。项目自评得分为96分。发放残疾人两项补贴7084人。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "发放", "残疾人两项补贴", D("7084"), "人", None, None),
    ]


def test_a_large_number_written_in_words_counts_what_follows_it():
    """dv_zj_ybj: 一万三千余名 counts people, where 两项 only describes the 补贴."""
    doc = document_from_text(
        "某某局2024年度部门整体支出绩效自评报告\n"
        "全年为一万三千余名低保、特困、低边等困难群众落实参保资助。\n"
    )
    ((_, _, _, value, unit, qualifier, _),) = [claim_fields(c) for c in doc.facts["claims"]]
    assert (value, unit, qualifier) == (D("13000"), "名", "余")


def test_a_target_missed_is_a_status_not_a_figure():
    """民政局 report: 未达到55%的目标值 says the status; 55% is the target, no claim of its own."""
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n"
        "新建农村互助养老服务点17个，未完成年度目标任务。护理型床位占比未达到55%的目标值。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "新建", "农村互助养老服务点", D("17"), "个", None, None),
        # a status of a generic target is of the work its sentence counted (the guideline)
        (None, "完成", "农村互助养老服务点", None, None, None, "未完成"),
        (None, "达到", "护理型床位占比", None, None, None, "未达到"),
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
        ("年末", None, "对象", D("31"), "人", None, None),  # 年末在册: the stock of what was counted
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


def test_a_year_in_words_an_inherited_subject_and_no_claims_of_plans_or_work_not_done():
    """应急管理局 report: 年内 is a period; 已整改1839项 counts what the sentence counted; 分别下降40%和25%
    are two changes, each of its own subject; 计划…开展 is a plan; 余下2个因…尚未办结 was not done."""
    doc = document_from_text(
        "某某县应急管理局2023年度部门整体支出绩效自评报告\n"
        "年内新建乡镇（街道）应急物资储备点6个，完成计划的75%，余下2个因用地手续尚未办结。\n"
        "全年排查各类事故隐患1846项，已整改1839项。\n"
        "生产安全事故起数和死亡人数同比分别下降40%和25%。\n"
        "二是计划2024年开展执法检查650家次以上。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("年内", "新建", "乡镇（街道）应急物资储备点", D("6"), "个", None, None),
        ("年内", "完成", "计划", D("75"), "%", None, None),
        ("全年", "排查", "事故隐患", D("1846"), "项", None, None),
        ("全年", "整改", "事故隐患", D("1839"), "项", None, None),
        (None, "下降", "生产安全事故起数", D("40"), "%", None, None),
        (None, "下降", "死亡人数", D("25"), "%", None, None),
    ]


def test_an_event_that_did_not_happen_and_what_there_is_are_claims_without_work_verbs():
    """民政局 and 应急管理局 reports, seed 001: 全年未发生…事故 (verb 发生), 全区在册安置帮教对象2457人 and
    年末在册240人 (no verb; only their own time)."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "全年未发生较大及以上生产安全事故。\n"
        "全年列管社区矫正对象366人，年末在册240人；全区在册安置帮教对象2457人。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "发生", "较大及以上生产安全事故", None, None, None, None),
        ("全年", "列管", "社区矫正对象", D("366"), "人", None, None),
        ("年末", None, "社区矫正对象", D("240"), "人", None, None),
        (None, None, "安置帮教对象", D("2457"), "人", None, None),
    ]


def test_a_bare_status_is_said_of_the_indicator_it_answers_and_units_of_another_kind_do_not_link():
    """民政局 report: 未完成年度目标 after 特困人员救助供养1618人 is the status of 特困人员救助供养人数;
    应急管理局 report: 发放救灾物资1260件 does not answer 救灾物资发放时间 (小时)."""
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n"
        "二、绩效目标\n"
        "数量指标：特困人员救助供养人数≥1650人；救灾物资发放时间不超过24小时。\n"
        "三、完成情况\n"
        "特困人员救助供养1618人，未完成年度目标。2023年，共向受灾群众发放救灾物资1260件。\n"
    )
    indicators = doc.facts["indicators"]
    by_text = {c.text: c for c in doc.facts["claims"]}
    status = by_text["未完成年度目标"]
    assert (status.subject, status.verb, status.status) == ("特困人员救助供养人数", "完成", "未完成")
    assert indicators[status.indicator].name == "特困人员救助供养人数"
    assert by_text["共向受灾群众发放救灾物资1260件"].indicator is None


def test_results_of_nothing_are_claims_of_zero():
    """民政局 and 教育局 reports: 全年实现疫情“零感染”、安全生产“零事故”; 校园安全责任事故“零发生”
    (what did not happen stands before 零发生); a word with 零 in it (药品零售) is none."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "全县儿童福利机构全年实现疫情“零感染”、安全生产“零事故”。\n"
        "全年实现校园安全责任事故“零发生”，学生食品安全“零事故”。\n"
        "负责食品、药品零售、特种设备安全监督管理。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "实现", "感染", D("0"), None, None, None),
        ("全年", "实现", "事故", D("0"), None, None, None),
        ("全年", "实现", "校园安全责任事故", D("0"), None, None, None),
        ("全年", "实现", "事故", D("0"), None, None, None),
    ]


def test_work_all_done_in_time_is_a_claim_without_a_figure():
    """市场监管局, 民政局 and 教育局 reports: X均在承诺时限内办结, 均按月足额发放到位; without a
    subject of its own, the clause is said of what its sentence counted."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "全年行政许可事项均在承诺时限内办结。全年各类救助资金均按月足额发放到位。\n"
        "全年受理教育政务服务事项2860件，均在承诺时限内办结。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "办结", "行政许可事项", None, None, None, None),
        ("全年", "发放", "救助资金", None, None, None, None),  # 各类 is no part of it (the guideline)
        ("全年", "受理", "教育政务服务事项", D("2860"), "件", None, None),
        ("全年", "办结", "教育政务服务事项", None, None, None, None),
    ]


def test_statuses_with_what_was_done_after_them_and_work_not_done():
    """教育局 report: 按期完成智慧校园建设项目 (what was done follows the status; a bare target, 年度治理任务, is said of the work its sentence counted);
    未能按期完成 and 其余6所正在推进 state nothing done."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "注销校外培训机构37家，圆满完成年度治理任务。按期完成智慧校园建设项目。\n"
        "信息平台建设受招标影响未能按期完成。2所学校已投入使用，其余6所正在推进。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "注销", "校外培训机构", D("37"), "家", None, None),
        (None, "完成", "校外培训机构", None, None, None, "圆满完成"),  # of the work, not the generic target
        (None, "完成", "智慧校园建设项目", None, None, None, "按期完成"),
        (None, "投入使用", "学校", D("2"), "所", None, None),
    ]


def test_coordinated_verbs_changes_and_figures_brought_to_a_value():
    """教育局 report: 新建、改扩建 is one verb for its list; 较上年增长12% and 提升1.2个百分点 are changes of
    the result before them, claims of their own; 由7个工作日 is a starting point, no claim; 压缩至3-5个工作日
    says 压缩 of what stands before."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "全年新建、改扩建中小学校5所、幼儿园3所；新增公办学位4860个，较上年增长12%。"
        "教师资格认定办理时限由7个工作日压缩至3-5个工作日。家长满意度为95.3%，较上年提升1.2个百分点。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "新建、改扩建", "中小学校", D("5"), "所", None, None),
        ("全年", "新建、改扩建", "幼儿园", D("3"), "所", None, None),
        ("全年", "新增", "公办学位", D("4860"), "个", None, None),
        ("全年", "增长", "公办学位", D("12"), "%", None, None),
        (None, "压缩至", "教师资格认定办理时限", D("3"), "个工作日", None, None),
        (None, None, "家长满意度", D("95.3"), "%", None, None),
        (None, "提升", "家长满意度", D("1.2"), "个百分点", None, None),
    ]


def test_a_change_of_a_result_is_a_claim_of_its_own_but_a_change_of_a_budget_is_not():
    """生态环境局, 农业农村局 and 教育局 reports, seeds 001 and 003, a 交通局 决算 (the guideline: a change
    of a result, stated beside it or alone, is a claim; of a budget, spending or staff figure, not):
    the change after a result is of that result, of its time; 较2022年 names no time of the claim;
    an amount whose change it is, or the base it is measured from, makes it none."""
    doc = document_from_text(
        "某某局2024年度部门整体支出绩效自评报告\n"
        "全市环境空气质量优良天数比例达到90.4%，同比提高2.1个百分点，PM2.5年均浓度降至29微克/立方米。\n"
        "2023年全县粮食总产量达到59.2万吨，较上年增加0.9万吨。全区中考平均分较2022年提高5.2分。\n"
        "推进农业绿色发展，化肥使用量较上年下降1.8%。\n"
        "2023年度“三公”经费财政拨款支出决算为4.63万元，完成预算100%，较上年度下降0.91万元，下降16.43%。\n"
        "“三公”经费较上年下降4.3%；机关运行经费支出52.48万元，比2019年减少19.54万元，下降37.23%。\n"
        "事业收入主要是检测业务取得的收入，较上年的162.30万元下降8.37%。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "达到", "环境空气质量优良天数比例", D("90.4"), "%", None, None),
        (None, "提高", "环境空气质量优良天数比例", D("2.1"), "个百分点", None, None),
        (None, "降至", "PM2.5年均浓度", D("29"), "微克/立方米", None, None),
        ("2023年", "达到", "粮食总产量", D("59.2"), "万吨", None, None),
        ("2023年", "增加", "粮食总产量", D("0.9"), "万吨", None, None),
        (None, "提高", "中考平均分", D("5.2"), "分", None, None),
        (None, "下降", "化肥使用量", D("1.8"), "%", None, None),
    ]


def test_a_change_answers_only_an_indicator_of_a_change():
    """农业农村局 report: 化肥使用量较上年下降1.8% answers 化肥使用量较上年下降幅度; 粮食总产量较上年增加
    0.9万吨 does not answer 粮食总产量, whose outcome is the total."""
    doc = document_from_text(
        "某某县农业农村局2023年度部门整体支出绩效自评报告\n"
        "一、绩效指标\n"
        "粮食总产量≥58万吨；化肥使用量较上年下降幅度≥1%。\n"
        "二、完成情况\n"
        "2023年全县粮食总产量达到59.2万吨，较上年增加0.9万吨。全年化肥使用量较上年下降1.8%。\n"
    )
    indicators = doc.facts["indicators"]
    linked = {(c.verb, c.value): indicators[c.indicator].name if c.indicator is not None else None
              for c in doc.facts["claims"]}
    assert linked[("增加", D("0.9"))] is None
    assert linked[("下降", D("1.8"))] == "化肥使用量较上年下降幅度"


def test_a_share_is_a_claim_unless_it_is_a_share_of_money():
    """民政局 and 教育局 reports: 护理型床位占比52.6%, 公办园在园幼儿占比为56% are results; a share after
    an amount (基本支出1200万元，占76.81%) is the budget's."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "截至12月底，全县养老机构护理型床位占比52.6%。公办园在园幼儿占比为56%。\n"
        "全年基本支出1200.5万元，占总支出的76.81%。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("截至12月底", None, "养老机构护理型床位占比", D("52.6"), "%", None, None),
        (None, None, "公办园在园幼儿占比", D("56"), "%", None, None),
    ]


def test_a_claim_links_to_the_indicator_of_its_own_work_and_its_own_scope():
    """教育局 and 民政局 reports: 覆盖中小学校42所 does not answer 新建、改扩建中小学校和幼儿园 (other work);
    登记社会组织21家 does not answer a level (社会组织规范化管理水平)."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "二、年度绩效目标\n"
        "（一）产出目标。新建、改扩建中小学校和幼儿园不少于7所；社会组织规范化管理水平明显提升。\n"
        "三、绩效目标完成情况\n"
        "全年新建、改扩建中小学校5所、幼儿园3所。组建教育集团9个，覆盖中小学校42所。全年登记社会组织21家。\n"
    )
    indicators = doc.facts["indicators"]
    linked = {c.value: c.indicator for c in doc.facts["claims"] if c.value is not None}
    assert indicators[linked[D("5")]].name == "新建、改扩建中小学校和幼儿园"
    assert linked[D("42")] is None and linked[D("21")] is None


def test_a_share_of_a_named_base_has_the_part_before_it_as_its_subject():
    """占户籍人口的97.6%: what stands before 占 is the share's subject (the base is after it); with
    nothing before 占, the base is; 其中…占七成以上 is a part whose verb is 占."""
    doc = document_from_text(
        "某县人社局2023年度部门整体支出绩效自评报告\n"
        "全县社保卡持卡人数占户籍人口的97.6%。\n"
        "检查用人单位530家次，其中建设领域项目占七成以上。\n"
        "1-5月，汛前完成维修养护工程148处，占全年维修养护任务的90.8%。\n"
    )
    shares = [claim_fields(c)[1:] for c in doc.facts["claims"] if c.verb == "占"]
    assert shares == [
        ("占", "社保卡持卡人数", D("97.6"), "%", None, None),
        ("占", "建设领域项目", D("7"), "成", "以上", None),
        ("占", "全年维修养护任务", D("90.8"), "%", None, None),  # its period: still 全年 of the base
    ]


def test_list_ordinals_and_event_nouns_do_not_enter_the_subject_or_the_verb():
    """二是为1146名参训劳动者兑付…: 二是 is no subject; 举办招聘会38场: 会 ends a name (招聘会), so
    the verb is 举办; 控制在3.2%以内 is a result with the verb 控制."""
    doc = document_from_text(
        "某县人社局2023年度部门整体支出绩效自评报告\n"
        "全年城镇登记失业率控制在3.2%以内；一是举办招聘会38场；二是为1146名参训劳动者兑付职业培训补贴；"
        "三是扶持创业312人，带动就业920人。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "控制", "城镇登记失业率", D("3.2"), "%", None, None),
        ("全年", "举办", "招聘会", D("38"), "场", None, None),
        ("全年", "兑付", "参训劳动者", D("1146"), "名", None, None),
        ("全年", "扶持", "创业", D("312"), "人", None, None),
        ("全年", "带动", "就业", D("920"), "人", None, None),
    ]


def test_a_coverb_before_dui_leads_to_the_work_after_the_figure_and_a_noun_verb_before_an_outcome():
    """seed 001, the 教育局 and 人社局 reports: 组织对…等5个项目开展了… says 开展 of the 项目; 课后服务
    before 实现 is a noun, the figure counts 学校; a count of 参保人数 is no staff count."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效评价报告\n"
        "组织对法律援助、普法宣传、案件代理、安置帮教、社区矫正办公经费等5个项目开展了预算事前绩效评估。\n"
        "全区162所学校课后服务实现全覆盖。\n"
        "截至2023年12月31日，企业职工基本养老保险参保人数5.8万人。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "开展", "项目", D("5"), "个", None, None),
        (None, "实现", "学校", D("162"), "所", None, None),
        ("截至2023年12月31日", None, "企业职工基本养老保险参保人数", D("5.8"), "万人", None, None),
    ]


def test_money_paid_out_to_people_is_a_claim_and_a_list_after_a_semicolon_is_no_part():
    """the 人社局, 教育局 and 民政局 reports: 发放创业担保贷款4260万元 and 追回工资 are work done, not the
    budget's execution; after 其中…；the next figure is a claim of its own, and a listed figure
    with a verb of its own keeps it (新招聘教师126名、引进高层次人才8名)."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效评价报告\n"
        "四是发放创业担保贷款4260万元，扶持创业。全年累计发放城乡居民养老金1.52亿元。"
        "为1358名农民工追回工资2186.4万元。\n"
        "组织开展中小学教师全员培训3600余人次，其中市级以上骨干培训420人次；新招聘教师126名、引进高层次人才8名。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"] if c.unit != "名" or c.value != D("1358")] == [
        (None, "发放", "创业担保贷款", D("4260"), "万元", None, None),
        ("全年", "发放", "城乡居民养老金", D("1.52"), "亿元", None, None),
        (None, "追回", "工资", D("2186.4"), "万元", None, None),
        (None, "开展", "中小学教师全员培训", D("3600"), "人次", "余", None),
        (None, None, "市级以上骨干培训", D("420"), "人次", None, None),
        (None, "招聘", "教师", D("126"), "名", None, None),
        (None, "引进", "高层次人才", D("8"), "名", None, None),
    ]


def test_a_subject_after_its_figure_ends_before_the_next_figure_and_drops_le():
    """seed 001: 对全区18个镇（街道）人民调解委员会、329个村（社区）人民调解委员会进行规范化备案 counts
    two things, each up to the next figure; 开展了… does not put 了 into what was done."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效评价报告\n"
        "对全区18个镇（街道）人民调解委员会、329个村（社区）人民调解委员会进行规范化备案。"
        "联合组织开展了线上竞赛活动和普法宣讲等活动12场。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "备案", "镇（街道）人民调解委员会", D("18"), "个", None, None),
        (None, "备案", "村（社区）人民调解委员会", D("329"), "个", None, None),
        (None, "开展", "活动", D("12"), "场", None, None),
    ]


def test_a_paragraph_per_indicator_gives_its_figure_the_indicator_name_and_its_bare_target_status():
    """An indicator per paragraph (（1）覆盖率：年度目标≥60%，实际完成65.3%，完成年度目标。): the
    figure is the actual of the indicator it names, and 完成年度目标 is a status of that target."""
    doc = document_from_text(
        "某区卫生健康局2024年度部门整体支出绩效自评报告\n"
        "（一）产出指标\n"
        "（1）家庭医生签约服务覆盖率：年度目标≥60%，实际完成65.3%，完成年度目标。\n"
        "（2）卫生监督检查户次：年度目标≥1200户次，实际检查1356户次，超额完成年度目标。\n"
    )
    indicators = doc.facts["indicators"]
    got = [(claim_fields(c), indicators[c.indicator].name if c.indicator is not None else None)
           for c in doc.facts["claims"]]
    assert got == [
        ((None, "完成", "家庭医生签约服务覆盖率", D("65.3"), "%", None, None), "家庭医生签约服务覆盖率"),
        ((None, "完成", "家庭医生签约服务覆盖率", None, None, None, "完成"), "家庭医生签约服务覆盖率"),
        ((None, "检查", "卫生监督检查户次", D("1356"), "户次", None, None), "卫生监督检查户次"),
        ((None, "完成", "卫生监督检查户次", None, None, None, "超额完成"), "卫生监督检查户次"),
    ]


def test_statuses_without_figures_in_narrative_prose():
    """较好地完成了…, 圆满收官, 大多数完成或超额完成: a status each, a year after the status is
    the claim's period, and the doer before it is not what was done."""
    doc = document_from_text(
        "某市司法局2023年度部门整体支出绩效自评报告\n"
        "四是公共法律服务体系建设圆满收官。\n"
        "总的来看，市司法局较好地完成了2023年度各项工作任务，各项绩效指标大多数完成或超额完成。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "收官", "公共法律服务体系建设", None, None, None, "圆满收官"),
        ("2023年度", "完成", "各项工作任务", None, None, None, "较好地完成"),
        (None, "完成", "各项绩效指标", None, None, None, "大多数完成或超额完成"),
    ]


def test_what_a_figure_counts_ends_before_what_was_done_with_it():
    """The object of the figure, not the work done on it nor the means (…单位的执法活动进行监督检查;
    评选出21名…并颁奖; 通过…评选活动评选出; 组织…参加业务培训; 招聘…充实到…)."""
    doc = document_from_text(
        "某县司法局2023年度部门整体支出绩效自评报告\n"
        "对全县31家行政执法单位的执法活动进行监督检查。在全县范围内评选出15名“优秀调解员”并颁奖。"
        "通过“最美医生”评选活动评选出18名优秀基层医生；招聘32名医学类毕业生充实到乡镇卫生院；"
        "组织基层医务人员参加业务培训12期。\n"
    )
    assert [(c.verb, c.subject, c.value) for c in doc.facts["claims"]] == [
        ("监督检查", "行政执法单位", D("31")),
        ("评选", "“优秀调解员”", D("15")),
        ("评选", "优秀基层医生", D("18")),
        ("招聘", "医学类毕业生", D("32")),
        ("参加", "业务培训", D("12")),
    ]


def test_outcomes_an_indicator_took_people_reached_and_what_is_no_claim():
    """实际为96.2% and 实际场均成本2.31万元 report the outcome of the target before them (an amount
    though it is); 按期完成率 is a name, not the status 按期完成; the reason a target was missed, the
    control rate of 三公 spending and the evaluation's own score are no claims; 均已达到目标 is said
    of every target before it; 受益人口 is a result with no verb; 实施的 describes, 开展 is the work."""
    doc = document_from_text(
        "某市文化旅游局2023年度部门整体支出绩效自评报告\n"
        "三、绩效目标完成情况\n"
        "1.数量指标——公共图书馆年图书借阅量≥15万册次，全年借阅量13.2万册次，未完成，主要原因是市图书馆馆舍改造期间闭馆2个月。\n"
        "2.时效指标——重大节庆活动按期完成率100%，全年举办节庆活动5项，按期完成率100%。\n"
        "3.成本指标——文化惠民演出场均成本≤2.5万元，实际场均成本2.31万元，已达到。\n"
        "4.满意度指标——游客投诉处理满意率95%以上，实际为96.2%，已达到。\n"
        "5.预算执行率≥90%；“三公”经费控制率≤100%。全年预算执行率97.28%；“三公”经费控制率82.3%，均已达到目标。\n"
        "四、其他\n"
        "我局对2022年度实施的2个重点项目开展了绩效自评。项目实施后，全县受益人口约3.2万人。\n"
    )
    claims = doc.facts["claims"]
    indicators = doc.facts["indicators"]
    assert [(c.verb, c.subject, c.value, c.unit, c.status) for c in claims] == [
        (None, "借阅量", D("13.2"), "万册次", None),
        ("完成", "公共图书馆年图书借阅量", None, None, "未完成"),
        ("举办", "节庆活动", D("5"), "项", None),
        (None, "按期完成率", D("100"), "%", None),
        (None, "场均成本", D("2.31"), "万元", None),
        ("达到", "文化惠民演出场均成本", None, None, "已达到"),
        (None, "游客投诉处理满意率", D("96.2"), "%", None),
        ("达到", "游客投诉处理满意率", None, None, "已达到"),
        ("达到", "目标", None, None, "已达到"),
        (None, "受益人口", D("3.2"), "万人", None),
    ]
    assert [indicators[c.indicator].name if c.indicator is not None else None for c in claims][4:9] == [
        "文化惠民演出场均成本", "文化惠民演出场均成本", "游客投诉处理满意率", "游客投诉处理满意率", None]


def test_a_figure_that_an_indicator_took_is_named_without_the_verb_of_its_name():
    """举办文化惠民演出≥50场，全年实际举办62场: what was held is the indicator's name less its verb."""
    doc = document_from_text(
        "某市文化旅游局2023年度部门整体支出绩效自评报告\n"
        "1.数量指标——举办文化惠民演出≥50场，全年实际举办62场。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "举办", "文化惠民演出", D("62"), "场", None, None),
    ]


def test_works_that_protect_and_an_item_number_run_into_a_year():
    """1.2022年农村供水…: an item's number and a year, no figure; 保护沿河耕地约2.6万亩 a claim with
    its verb; 防洪保护人口 a name (no verb); 20年一遇 the measure of a flood standard."""
    doc = document_from_text(
        "某县水利局2022年度项目支出绩效自评报告\n"
        "1.2022年农村供水工程维修养护项目\n"
        "绩效分析：工程完工后，保护沿河耕地约2.6万亩，防洪保护人口4.8万人，河道防洪标准达到20年一遇。\n"
    )
    assert [(c.verb, c.subject, c.value, c.unit, c.qualifier) for c in doc.facts["claims"]] == [
        ("保护", "沿河耕地", D("2.6"), "万亩", "约"),
        (None, "防洪保护人口", D("4.8"), "万人", None),
        ("达到", "河道防洪标准", D("20"), "年一遇", None),
    ]


def test_thousands_separators_do_not_end_a_clause_and_a_time_before_the_verb_holds():
    """福建 营养改善计划 report: 18,436人 is one figure in one clause; 全县58所学校校长…全年累计陪餐6,900余次
    counts the 陪餐 (58所 only names who ate), in 全年."""
    doc = document_from_text(
        "某县教育局2023年度项目支出绩效评价报告\n"
        "全年惠及农村义务教育阶段学生18,436人，完成率102.42%。\n"
        "坚持“校长负责、陪餐监督”，全县58所学校校长及班子成员全年累计陪餐6,900余次。\n"
    )
    claims = doc.facts["claims"]
    assert [(c.text, claim_fields(c)) for c in claims] == [
        ("全年惠及农村义务教育阶段学生18,436人",
         ("全年", "惠及", "农村义务教育阶段学生", D("18436"), "人", None, None)),
        ("完成率102.42%", ("全年", None, "完成率", D("102.42"), "%", None, None)),
        ("全县58所学校校长及班子成员全年累计陪餐6,900余次", ("全年", "陪餐", "陪餐", D("6900"), "次", "余", None)),
    ]


def test_verbs_of_field_work_and_two_verbs_joined_by_he():
    """河南 农业农村局 and 黑龙江 生态环境局 reports: 出动, 淘汰, 清理, 清运; 组织…开展 says 开展."""
    doc = document_from_text(
        "某县农业农村局2023年度部门整体支出绩效自评报告\n"
        "全年出动执法人员1,300多人次。完成60个村庄人居环境集中整治，清理村内沟塘1,240处、清运生活垃圾3.6万吨。\n"
        "全年组织乡镇、村屯开展秸秆焚烧网格化巡查1632次，淘汰城区10蒸吨以下燃煤锅炉27台。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "出动", "执法人员", D("1300"), "人次", "多", None),
        (None, "完成", "村庄人居环境集中整治", D("60"), "个", None, None),
        (None, "清理", "村内沟塘", D("1240"), "处", None, None),
        (None, "清运", "生活垃圾", D("3.6"), "万吨", None, None),
        ("全年", "开展", "秸秆焚烧网格化巡查", D("1632"), "次", None, None),
        ("全年", "淘汰", "城区10蒸吨以下燃煤锅炉", D("27"), "台", None, None),
    ]


def test_a_time_at_the_head_of_a_sentence_holds_past_a_semicolon_for_a_total_too():
    """河南 农业农村局 report (hn_qsnyj_2023_dept): 全年实际达到93.2%，已完成；化肥…、回收…约12吨 are of 全年;
    12月，我局委托… gives the survey's month; the time at the head of the sentence, before its first claim,
    holds up to its 。 for a 总数 after a ； too (the claims guideline's period rule)."""
    doc = document_from_text(
        "某县农业农村局2023年度部门整体支出绩效自评报告\n"
        "推进农业绿色发展，农作物秸秆综合利用率目标不低于90%，全年实际达到93.2%，已完成；"
        "回收农药包装废弃物约12吨，废旧农膜回收率达到85%以上。\n"
        "培育壮大新型农业经营主体，全年新增家庭农场和农民合作社58家；全县农民合作社总数达到1,126家。\n"
        "12月，我局委托第三方开展满意度问卷调查，共发放问卷600份，回收有效问卷586份。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"] if c.value is not None] == [
        ("全年", "达到", None, D("93.2"), "%", None, None),  # named by its indicator, when the stage reads it
        ("全年", "回收", "农药包装废弃物", D("12"), "吨", "约", None),
        ("全年", "达到", "废旧农膜回收率", D("85"), "%", "以上", None),
        ("全年", "新增", "家庭农场和农民合作社", D("58"), "家", None, None),
        ("全年", "达到", "农民合作社总数", D("1126"), "家", None, None),
        ("12月", "发放", "问卷", D("600"), "份", None, None),
        ("12月", "回收", "有效问卷", D("586"), "份", None, None),
    ]


def test_statuses_of_a_target_figure_and_plans_that_are_no_status():
    """稳定在92万亩以上的目标已完成: the 92 is the target, 已完成 the claim; 实际完成情况良好 is a status;
    确保年度任务按期完成 is a plan."""
    doc = document_from_text(
        "某县农业农村局2023年度部门整体支出绩效自评报告\n"
        "粮食播种面积稳定在92万亩以上的目标已完成。\n"
        "（2）生态效益指标：森林资源安全得到有效保护（定性指标），实际完成情况良好，已达到。\n"
        "加强项目前期勘察和论证，确保年度任务按期完成。\n"
    )
    assert [(c.verb, c.value, c.status) for c in doc.facts["claims"]] == [
        ("完成", None, "已完成"),
        ("完成", None, "完成情况良好"),
        ("达到", None, "已达到"),
    ]


def test_figures_that_are_no_claims_the_evaluations_own_work_standards_scores_delays_and_targets():
    """福建 营养改善计划 and 河南 农业农村局 reports: what the 评价组 did, a standard (每生每天5元的标准),
    points given or taken (扣0.5分, 得3分), a delay, a target (年度目标1500户), the whole of a part
    (14个农业项目中), what was not done (未能开展) are no claims; the rest of each sentence is."""
    doc = document_from_text(
        "某县教育局2023年度项目支出绩效评价报告\n"
        "2023年继续按照每生每天5元的标准为农村义务教育阶段学生提供营养膳食补助。\n"
        "评价组抽查了16所学校的资金使用凭证，发现2所学校存在未分账核算的情况，预算编制科学性扣0.5分。\n"
        "评价组共发放问卷1,200份，收回有效问卷1,156份。\n"
        "2023年共分12批次拨付资金，拨付及时率91.7%，秋季学期第二批资金因学生人数核定延迟拨付近20天。\n"
        "农村户厕改造年度目标1500户，实际完成1320户，完成率88%，未完成。\n"
        "全年实施的14个农业项目中，按期完工12个；另有2个项目受持续强降雨影响工期延后。\n"
        "另有2家企业因全年停产未能开展监测，该项指标基本完成。受益学生生长迟缓率下降至1.2%，得3分。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"] if c.value is not None] == [
        ("2023年", None, "拨付及时率", D("91.7"), "%", None, None),
        (None, "完成", None, D("1320"), "户", None, None),
        (None, None, "完成率", D("88"), "%", None, None),
        ("全年", "完工", "农业项目", D("12"), "个", None, None),  # the whole's name, as the gold (hn_qsnyj)
        (None, "下降至", "受益学生生长迟缓率", D("1.2"), "%", None, None),
    ]


def test_amounts_that_are_results_the_economy_served_and_a_level_reached():
    """河南 农业农村局, 辽宁 文旅局 and 民政局 reports: 人均可支配收入, 旅游综合收入, 零售额 and a 补助水平 are
    results though written in 元 (收入 is not the budget's here); their changes are claims too."""
    doc = document_from_text(
        "某县农业农村局2023年度部门整体支出绩效自评报告\n"
        "全县农村居民人均可支配收入17,386元，同比增长7.1%。1-11月，全县农产品网络零售额达4.3亿元，同比增长12.6%。\n"
        "全年实现旅游综合收入25.6亿元，未完成。全年城市低保月人均补助水平为503元。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"] if c.value is not None] == [
        (None, None, "农村居民人均可支配收入", D("17386"), "元", None, None),
        (None, "增长", "农村居民人均可支配收入", D("7.1"), "%", None, None),
        ("1-11月", "达", "农产品网络零售额", D("4.3"), "亿元", None, None),
        ("1-11月", "增长", "农产品网络零售额", D("12.6"), "%", None, None),
        ("全年", "实现", "旅游综合收入", D("25.6"), "亿元", None, None),
        ("全年", None, "城市低保月人均补助水平", D("503"), "元", None, None),
    ]


def test_verbs_that_open_their_clause_events_and_a_change_in_more_or_fewer():
    """建设 and 补贴 are verbs when they open the clause (nouns elsewhere: 工程建设属地企业); 发生 counts
    events; 比上年多5件 is a change of the figure before it (verb 多, as written); 发现并处置 counts
    what follows both verbs, its verb the work done to what was found (处置, as the gold of fj_yycs_2023_eval); 违法行为 keeps its 为; 项目完成时效 is a result without a verb."""
    doc = document_from_text(
        "某县农业农村局2023年度部门整体支出绩效自评报告\n"
        "建设农业科技示范基地8个，补贴各类农机具1,050台（套）。2022年全州共发生森林火灾3起。\n"
        "全年受理群众投诉举报41件，比上年多5件。立案查处违法行为47起，平台累计发现并处置后厨违规行为40余起。\n"
        "4.项目结果。项目完成时效6个月。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "建设", "农业科技示范基地", D("8"), "个", None, None),
        (None, "补贴", "农机具", D("1050"), "台（套）", None, None),
        ("2022年", "发生", "森林火灾", D("3"), "起", None, None),
        ("全年", "受理", "群众投诉举报", D("41"), "件", None, None),
        ("全年", "多", "群众投诉举报", D("5"), "件", None, None),
        (None, "立案查处", "违法行为", D("47"), "起", None, None),
        (None, "处置", "后厨违规行为", D("40"), "起", "余", None),
        (None, None, "项目完成时效", D("6"), "个月", None, None),
    ]


def test_a_status_after_a_target_figure_and_outcomes_stated_after_a_paragraph_of_targets():
    """应急管理局 and 福建 reports: 未达到90%的目标值 is said of the figure before it and answers its
    indicator; an outcome in a later paragraph answers the prose target whose actual it is; 实际完成1320户
    answers its indicator though the figure before it in the paragraph answers none; 对饭菜质量满意度 is
    the 饭菜质量满意度."""
    doc = document_from_text(
        "某县应急管理局2023年度部门整体支出绩效自评报告\n"
        "二、年度绩效目标\n"
        "（一）产出目标。安全生产执法检查不少于600家次；农村户厕改造1500户。营养膳食达标率≥90%。\n"
        "三、绩效目标完成情况\n"
        "1.安全生产执法检查。全年累计检查生产经营单位612家次，完成年度目标的102%。\n"
        "2.人居环境。清理村内沟塘1,240处；农村户厕改造年度目标1500户，实际完成1320户，完成率88%，未完成。\n"
        "3.膳食营养。全县营养膳食达标率为86.5%，未达到90%的目标值。其中对饭菜质量满意度为91.4%。\n"
    )
    indicators = doc.facts["indicators"]
    linked = [(c.text, c.subject, indicators[c.indicator].name if c.indicator is not None else None)
              for c in doc.facts["claims"]]
    assert linked == [
        ("全年累计检查生产经营单位612家次", "生产经营单位", "安全生产执法检查"),
        ("完成年度目标的102%", "年度目标", "安全生产执法检查"),
        ("清理村内沟塘1,240处", "村内沟塘", None),
        ("实际完成1320户", "农村户厕改造", "农村户厕改造"),
        ("完成率88%", "完成率", "农村户厕改造"),
        ("未完成", "农村户厕改造", "农村户厕改造"),
        ("全县营养膳食达标率为86.5%", "营养膳食达标率", "营养膳食达标率"),
        ("未达到90%的目标值", "营养膳食达标率", "营养膳食达标率"),
        ("其中对饭菜质量满意度为91.4%", "饭菜质量满意度", None),
    ]


def test_times_of_a_total_a_share_and_a_figure_after_a_list_of_parts():
    """市场监管局 and 水利局 reports: a total (拥有量) takes the time at the head of its sentence; the 全年 of a
    share's base (占全年维修养护任务的) is not the share's time; a figure of another kind after a 其中
    list (罚没款1863.5万元 after counts of cases) is no part, and takes the sentence's time."""
    doc = document_from_text(
        "某市市场监督管理局2023年度部门整体支出绩效自评报告\n"
        "全年立案查处各类违法案件1258件，其中食品安全案件231件、价格违法案件86件，罚没款1863.5万元。\n"
        "全年办理专利侵权纠纷行政裁决案件73件，全市有效发明专利拥有量达到4826件。\n"
        "1-5月，汛前完成维修养护工程148处，占全年维修养护任务的90.8%。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "立案查处", "违法案件", D("1258"), "件", None, None),
        (None, None, "食品安全案件", D("231"), "件", None, None),
        (None, None, "价格违法案件", D("86"), "件", None, None),
        ("全年", None, "罚没款", D("1863.5"), "万元", None, None),
        ("全年", "办理", "专利侵权纠纷行政裁决案件", D("73"), "件", None, None),
        ("全年", "达到", "有效发明专利拥有量", D("4826"), "件", None, None),
        ("1-5月", "完成", "维修养护工程", D("148"), "处", None, None),
        ("1-5月", "占", "全年维修养护任务", D("90.8"), "%", None, None),
    ]


def test_list_item_numbers_times_verbs_after_a_described_name_and_the_evaluations_own_work():
    """广西 市场监管局 and 宁夏 林草局 reports: the number of a list item ((3), 3.) hides no time
    (截至2024年12月底, 全年); a bare status takes the time at the head of its own clause (2024年度…基本完成);
    a verb inside what describes the counted thing (对监督抽检发现的…, 纳入…的经营主体) is not the claim's;
    登记注册以外的 says which 行政许可事项, and 办理 is the verb; a date of another clause's event (分别于
    2023年5月、11月完成) is no time of the sentence; 项目实施期间 is one; a figure after 未达 is the target
    missed, one after 每低于 a step of a scoring rule; the section on how the self-evaluation was made
    (抽查造林小班46个) reports no work of the department."""
    doc = document_from_text(
        "某市市场监督管理局2024年度部门整体支出绩效评价报告\n"
        "二、绩效自评工作开展情况\n"
        "自评工作于2024年2月启动，采取资料审核与现场核查相结合的方式，抽查造林小班46个，发放满意度调查问卷300份。\n"
        "三、绩效目标完成情况\n"
        "总体来看，2024年度部门整体绩效目标基本完成，各项重点工作有序推进。\n"
        "（3）执法办案。全年查办市场监管领域各类违法案件1,037件，其中食品安全案件412件、价格案件158件；移送公安机关涉嫌犯罪案件19件。\n"
        "（1）对监督抽检发现的不合格食品样品87批次全部依法核查处置，核查处置率100%。\n"
        "（3）截至2024年12月底，全市在用特种设备定期检验率97.1%，较上年提高0.8个百分点，但未达到年度目标。\n"
        "截至2024年底，全市纳入信用风险分类管理的经营主体达52.7万户，覆盖率100%。\n"
        "（2）全年办理登记注册以外的各类行政许可事项3.15万件。\n"
        "新建节水灌溉管网63.5公里，配套建设蓄水池12座。\n"
        "3.时效方面。春季造林、秋季补植补造分别于2023年5月、11月完成，项目按期完工率100%。\n"
        "2.社会效益。项目实施期间带动当地群众务工3,460人次，发放劳务报酬约412万元。\n"
        "3.可持续影响。项目建成后，与属地国有林场及村集体签订管护协议23份，明确管护期3年。\n"
        "（二）预算执行率未达100%。\n"
        "注：1.预算执行率按全年支出数/全年预算数计算，每低于100%一个百分点扣0.04分。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("2024年度", "完成", "部门整体绩效目标", None, None, None, "基本完成"),
        ("全年", "查办", "市场监管领域各类违法案件", D("1037"), "件", None, None),
        (None, None, "食品安全案件", D("412"), "件", None, None),
        (None, None, "价格案件", D("158"), "件", None, None),
        ("全年", "移送", "公安机关涉嫌犯罪案件", D("19"), "件", None, None),
        (None, "核查处置", "不合格食品样品", D("87"), "批次", None, None),
        (None, None, "核查处置率", D("100"), "%", None, None),
        ("截至2024年12月底", None, "在用特种设备定期检验率", D("97.1"), "%", None, None),
        ("截至2024年12月底", "提高", "在用特种设备定期检验率", D("0.8"), "个百分点", None, None),
        (None, "达到", "在用特种设备定期检验率", None, None, None, "未达到"),
        ("截至2024年底", "达", "纳入信用风险分类管理的经营主体", D("52.7"), "万户", None, None),
        ("截至2024年底", None, "覆盖率", D("100"), "%", None, None),
        ("全年", "办理", "行政许可事项", D("3.15"), "万件", None, None),
        (None, "新建", "节水灌溉管网", D("63.5"), "公里", None, None),
        (None, "配套建设", "蓄水池", D("12"), "座", None, None),
        (None, None, "项目按期完工率", D("100"), "%", None, None),
        ("项目实施期间", "带动", "当地群众务工", D("3460"), "人次", None, None),
        ("项目实施期间", "发放", "劳务报酬", D("412"), "万元", "约", None),
        (None, "签订", "管护协议", D("23"), "份", None, None),
        (None, "明确", "管护期", D("3"), "年", None, None),
    ]


def test_links_by_the_count_a_table_row_reports_by_what_a_bare_rate_is_of_and_past_the_parts():
    """广西 市场监管局 report: 抽查2,743户次 answers “双随机、一公开”抽查户次, whose 完成值 is that count,
    though they share few words; 按时办结率100% and 均在承诺时限内办结 are of the 行政许可事项 the
    sentence counted (not 12315投诉举报按时办结率); 完成年度目标任务的106.8% is the whole's, not of
    the last part of its 其中 list; 全年未发生重大食品安全事故 answers 重大食品安全事故发生数."""
    doc = document_from_text(
        "某市市场监督管理局2024年度部门整体支出绩效评价报告\n"
        "四、绩效目标完成情况\n"
        "（1）食品安全监督抽检。全年完成食品安全监督抽检5,126批次，其中国抽312批次、市县抽检3,730批次，完成年度目标任务的106.8%。\n"
        "（2）“双随机、一公开”监管。2024年累计开展部门联合抽查和本部门抽查2,743户次，抽查户次较上年增长7.3%。\n"
        "全年办理登记注册以外的各类行政许可事项3.15万件，均在承诺时限内办结，按时办结率100%。\n"
        "全年未发生重大食品安全事故。\n"
        "五、评价结论\n"
        "一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分\n"
        "产出指标\t数量指标\t食品安全监督抽检批次\t≥4800批次\t5126批次\t5\t5\n"
        "产出指标\t数量指标\t“双随机、一公开”抽查户次\t≥2600户次\t2743户次\t4\t4\n"
        "产出指标\t质量指标\t12315投诉举报按时办结率\t≥98%\t99.2%\t4\t4\n"
        "产出指标\t时效指标\t行政许可事项按时办结率\t100%\t100%\t3\t3\n"
        "效益指标\t社会效益指标\t重大食品安全事故发生数\t0起\t0起\t5\t5\n"
    )
    indicators = doc.facts["indicators"]
    linked = [(c.subject, c.value, indicators[c.indicator].name if c.indicator is not None else None)
              for c in doc.facts["claims"]]
    assert linked == [
        ("食品安全监督抽检", D("5126"), "食品安全监督抽检批次"),
        ("国抽", D("312"), None),
        ("市县抽检", D("3730"), None),
        ("年度目标任务", D("106.8"), "食品安全监督抽检批次"),
        ("部门联合抽查和本部门抽查", D("2743"), "“双随机、一公开”抽查户次"),
        ("抽查户次", D("7.3"), None),
        ("行政许可事项", D("3.15"), None),
        ("行政许可事项", None, "行政许可事项按时办结率"),  # 均在承诺时限内办结
        ("按时办结率", D("100"), "行政许可事项按时办结率"),
        ("重大食品安全事故", None, "重大食品安全事故发生数"),
    ]


def test_a_labelled_indicator_line_is_a_table_row_and_states_no_claim():
    """dv_zj_ybj_2024_dept: 指标名称：…；指标值：…；完成值：… is a table row written out (the guideline:
    figures in tables are no claims); the prose paragraphs hold the claims. Nor is 自评满分 a claim."""
    doc = document_from_text(
        "某某县医疗保障局2024年度部门整体支出绩效自评报告\n"
        "四、主要工作及成效\n"
        "深化改革，医保服务事项“一网通办”率97.3%。\n"
        "五、绩效指标完成情况\n"
        "指标名称：医保服务事项“一网通办”率；指标值：≥95%；完成值：97.3%；分值：5；得分：5。\n"
        "指标名称：医保政策宣传活动场次；指标值：≥20场；完成值：26场；分值：5；得分：5。\n"
        "八、自评结论\n"
        "综上，本年度部门整体支出绩效自评满分100分，自评得分97.5分。\n"
    )
    assert [(c.subject, c.value, c.unit) for c in doc.facts["claims"]] == [
        ("医保服务事项“一网通办”率", D("97.3"), "%")]


def test_verbs_of_training_and_a_rate_named_by_a_verb():
    """dv_sd_nyj_2023_project: 取得, 开设, 跟踪回访 are verbs of work done; 宪法开设率 is a rate's
    name, not the verb 开设."""
    doc = document_from_text(
        "某某县农业农村局2023年度项目绩效自评报告\n"
        "取得职业技能等级证书186人。全年开设培训班14期。跟踪回访结业学员585人。"
        "全区22所中小学法治课程宪法开设率100%。\n"
    )
    got = [(c.verb, c.value, c.unit) for c in doc.facts["claims"]]
    assert got[:3] == [("取得", D("186"), "人"), ("开设", D("14"), "期"), ("跟踪回访", D("585"), "人")]
    assert all(c.verb != "开设" for c in doc.facts["claims"] if c.value == D("100"))


def test_work_verbs_of_other_departments_and_a_name_ending_in_a_count_or_an_area():
    """人社, 交通 and 城管 reports: 输转, 审结, 处治, 疏通 are the claim's verb, not part of what it
    counted; 参保人数 and 修复面积 are names, so 达 stays the verb; 落实参保资助 says 落实."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "全年输转城乡富余劳动力11.26万人次。全年疏通排水管网约186公里，处治路面病害点位320多处。"
        "全县城乡居民基本养老保险参保人数达21.6万人。全年为一万三千余名困难群众落实参保资助。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "输转", "城乡富余劳动力", D("11.26"), "万人次", None, None),
        ("全年", "疏通", "排水管网", D("186"), "公里", "约", None),
        ("全年", "处治", "路面病害点位", D("320"), "处", "多", None),
        (None, "达", "城乡居民基本养老保险参保人数", D("21.6"), "万人", None, None),
        ("全年", "落实", "困难群众", D("13000"), "名", "余", None),
    ]


def test_measure_words_of_city_works_and_the_item_label_as_subject():
    """城管 report: 盏 and 面 count; 高标准农田 report: (2)灌溉机井：…实际完成118眼 counts the
    item's 灌溉机井, but 1.数量指标：… is a heading of indicators, not what a figure counts."""
    doc = document_from_text(
        "某某局2024年度部门整体支出绩效自评报告\n"
        "全年更换LED节能灯具1,860盏，收到群众锦旗35面。\n"
        "（2）灌溉机井：计划完成120眼，实际完成118眼，完成率98.33%。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]][:3] == [
        ("全年", "更换", "LED节能灯具", D("1860"), "盏", None, None),
        ("全年", "收到", "群众锦旗", D("35"), "面", None, None),
        (None, "完成", "灌溉机井", D("118"), "眼", None, None),
    ]


def test_works_of_water_and_rural_work_a_result_that_ends_a_list_and_a_year_written_with_its_whole():
    """槐店乡 and 公安县 reports: 疏浚, 新修, 治理… are work verbs; 粮食总产量达2.34万吨 after the parts
    of 其中 is a result of its own; 2023年全年 is the time as written; 全乡…10万元以上的村达到12个 is
    what reached the figure."""
    doc = document_from_text(
        "某乡2022年度部门整体支出绩效自评报告\n"
        "全年落实粮食播种面积5.36万亩，其中水稻3.12万亩、小麦1.48万亩，粮食总产量达2.34万吨。疏浚沟渠16.5公里。\n"
        "新修通组道路12.6公里，全乡村集体经济收入10万元以上的村达到12个。\n"
        "2023年全年资助困难群众参保38,426人。\n"
    )
    fields = [claim_fields(c) for c in doc.facts["claims"]]
    assert ("全年", "达", "粮食总产量", D("2.34"), "万吨", None, None) in fields
    assert (None, "疏浚", "沟渠", D("16.5"), "公里", None, None) in fields
    assert (None, "新修", "通组道路", D("12.6"), "公里", None, None) in fields
    assert (None, "达到", "村集体经济收入10万元以上的村", D("12"), "个", None, None) in fields
    assert next(c.period for c in doc.facts["claims"] if c.value == D("38426")) == "2023年全年"


def test_plans_standards_scoring_rules_and_the_evaluations_survey_are_no_claims():
    """通渭县残联 and 望奎县 reports: 年度计划救助…180人 is a plan, 按每人250元 and 限额2,000元 a standard,
    预算执行得分=执行率×10分 a scoring rule, 本次共收回有效问卷287份 the evaluation's survey (the
    satisfaction after it is a claim), 尚有218人次未处置完毕 what was not done; 资金发放及时率 is a
    result, not a budget's execution."""
    doc = document_from_text(
        "某县2023年城乡医疗救助补助资金项目绩效评价报告\n"
        "年度计划救助残疾儿童180人。对低保对象按每人250元给予定额资助，年度救助限额2,000元。\n"
        "预算执行得分=执行率×10分。\n"
        "本次共收回有效问卷287份，项目区周边群众满意度93.6%。\n"
        "全年推送的预警信息中尚有218人次未处置完毕。全年救助资金发放及时率91.3%。\n"
    )
    assert [(c.subject, c.value) for c in doc.facts["claims"]] == [
        ("周边群众满意度", D("93.6")), ("救助资金发放及时率", D("91.3"))]  # 项目区: the whole area, no part of it


def test_an_age_a_task_set_in_a_figure_a_weight_and_money_paid_to_people():
    """通渭县残联, 槐店乡 and 望奎县 reports: 0-6岁 says who was served; 超额完成县下达的300户任务 is a
    status said of a task, its figure no work; （权重5分） grades the report; 支付住院救助资金… is
    money paid to people, a claim; 培训后 says when, the claim's verb comes after it."""
    doc = document_from_text(
        "某县2022年度项目支出绩效自评报告\n"
        "全年共救助0-6岁残疾儿童176名。全年完成农村户厕改造326户，超额完成县下达的300户任务。\n"
        "惠农补贴发放对象满意度（权重5分）。全年实施住院救助26,437人次，支付住院救助资金1,648.75万元。\n"
        "全年举办培训班8期，其中农民工培训180人次，培训后52名残疾人实现就业。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "救助", "0-6岁残疾儿童", D("176"), "名", None, None),
        ("全年", "完成", "农村户厕改造", D("326"), "户", None, None),
        (None, "完成", "农村户厕改造", None, None, None, "超额完成"),  # the guideline: not the task
        ("全年", "实施", "住院救助", D("26437"), "人次", None, None),
        ("全年", "支付", "住院救助资金", D("1648.75"), "万元", None, None),
        ("全年", "举办", "培训班", D("8"), "期", None, None),
        (None, None, "农民工培训", D("180"), "人次", None, None),
        ("全年", "实现", "残疾人", D("52"), "名", None, None),
    ]


def test_what_a_figure_counts_ends_before_the_verb_that_goes_on_to_what_was_done_with_it():
    """人社局, 民政局 and 乡村振兴 reports: 选取5个项目开展绩效监控 counts 项目; 帮助近3000名脱贫劳动力实现
    稳定就业 counts 脱贫劳动力; 组织312名…毕业生参加就业见习 counts the graduates, not 就业见习; 按月 says how
    the money was paid, not whom; a verb that is the name's last word stays (解难帮困及关怀服务)."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "选取5个项目开展绩效监控。全年帮助近3000名脱贫劳动力实现稳定就业，组织312名离校未就业高校毕业生参加就业见习，"
        "为1.12万名80周岁以上老年人按月发放高龄津贴，提供240人次解难帮困及关怀服务。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "选取", "项目", D("5"), "个", None, None),
        ("全年", "帮助", "脱贫劳动力", D("3000"), "名", "近", None),
        ("全年", "参加", "离校未就业高校毕业生", D("312"), "名", None, None),
        ("全年", "发放", "80周岁以上老年人", D("1.12"), "万名", None, None),
        ("全年", "提供", "解难帮困及关怀服务", D("240"), "人次", None, None),
    ]


def test_a_figure_named_by_its_indicator_takes_the_name_less_the_verbs_it_opens_with():
    """楚雄州 and 槐店乡 reports: 实际完成3,260人次 of 组织专业扑火队伍开展防火巡护 counts 防火巡护, of
    购置扑火机具装备 扑火机具装备, of 新建（维修）防火隔离带 防火隔离带; 新增 says the count is of new ones
    and stays (新增城乡居民养老保险参保人数)."""
    doc = document_from_text(
        "某州2022年森林草原防灭火专项资金项目绩效自评报告\n"
        "1.产出指标\n（1）数量指标：\n"
        "①组织专业扑火队伍开展防火巡护≥3000人次，实际完成3,260人次；\n"
        "②购置扑火机具装备≥500台（套），实际完成528台（套）；\n"
        "③新建（维修）防火隔离带≥120公里，实际完成118公里。\n"
        "④新增城乡居民养老保险参保人数≥400人，实际新增452人。\n"
    )
    indicators = doc.facts["indicators"]
    assert [(c.verb, c.subject, c.value, indicators[c.indicator].name) for c in doc.facts["claims"]] == [
        ("完成", "防火巡护", D("3260"), "组织专业扑火队伍开展防火巡护"),
        ("完成", "扑火机具装备", D("528"), "购置扑火机具装备"),
        ("完成", "防火隔离带", D("118"), "新建（维修）防火隔离带"),
        ("新增", "新增城乡居民养老保险参保人数", D("452"), "新增城乡居民养老保险参保人数"),
    ]


def test_a_claim_whose_words_differ_from_its_indicators_answers_the_one_row_whose_actual_is_its_figure():
    """通渭县残联 and 水利局 reports: 为1,128名残疾人提供辅具适配服务 answers 受益残疾人人数 (1128人: 名
    and 人 are one measure); 出厂水水样合格率为90.4% answers 出厂水水质达标率 (90.4%), a share sharing a
    word with it; 辅具产品合格率100% answers no row by its figure alone (100% is every other row's)."""
    doc = document_from_text(
        "某县残疾人联合会2022年度项目支出绩效自评报告\n"
        "全年共为1,128名残疾人提供辅具适配服务，辅具产品合格率100%。\n"
        "项目支出绩效自评表\n"
        "项目名称\t残疾人辅助器具适配补贴项目\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t受益残疾人人数\t≥1000人\t1128人\t10\t10\n"
        "质量指标\t辅助器具产品质量达标率\t100%\t100%\t10\t10\n"
        "时效指标\t适配服务按期完成率\t≥95%\t100%\t10\t10\n"
    )
    indicators = doc.facts["indicators"]
    assert [(c.subject, c.value, c.unit, c.indicator is not None and indicators[c.indicator].name)
            for c in doc.facts["claims"]] == [
        ("残疾人", D("1128"), "名", "受益残疾人人数"), ("辅具产品合格率", D("100"), "%", False)]
    doc = document_from_text(
        "某县水利局2023年度项目支出绩效评价报告\n"
        "全年出厂水水样合格率为90.4%。\n"
        "项目支出绩效自评表\n"
        "项目名称\t农村饮水安全巩固提升工程\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t质量指标\t出厂水水质达标率\t≥92%\t90.4%\t10\t8\n"
        "新建工程竣工验收合格率\t100%\t100%\t10\t10\n"
    )
    indicators = doc.facts["indicators"]
    assert [(c.subject, c.value, indicators[c.indicator].name) for c in doc.facts["claims"]] == [
        ("出厂水水样合格率", D("90.4"), "出厂水水质达标率")]


def test_the_count_a_rate_is_taken_over_is_no_part_of_its_name():
    """司法局 report: 全区22所中小学法治课程宪法开设率为100% is a rate of 中小学法治课程宪法开设率."""
    doc = document_from_text(
        "某区司法局2021年度部门整体支出绩效评价报告\n"
        "全区22所中小学法治课程宪法开设率为100%。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, None, "中小学法治课程宪法开设率", D("100"), "%", None, None)]


def test_a_list_of_examples_before_deng_only_says_which_kinds():
    """The guideline: the subject is what follows 等 (…等主推技术12项 is 主推技术), as 各类 is dropped;
    a note in brackets ending in 等 is no part of it either."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "全年推广小麦宽幅匀播、玉米密植精准调控等主推技术12项。"
        "更换水泵、消毒设备等各类设施设备420余台（套）。"
        "代理非诉案件（包括行政复议、仲裁、重大决策专项法律意见书等）1件。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "推广", "主推技术", D("12"), "项", None, None),
        (None, "更换", "设施设备", D("420"), "台（套）", "余", None),
        (None, "代理", "非诉案件", D("1"), "件", None, None),
    ]


def test_a_verb_after_a_coverb_is_the_work_verb():
    """The guideline: 组织参加 is 参加, 组织开展 is 开展; a coverb whose people took part, counted in
    people, is their 参加 (组织干部职工参加…培训37人次), counted in sessions the 组织 (…培训12期)."""
    doc = document_from_text(
        "某某局2021年度部门整体支出绩效评价报告\n"
        "组织参加法治宣传60余次，组织开展应急演练36场次。"
        "组织干部职工参加省、市业务培训37人次。组织基层医务人员参加业务培训12期。\n"
    )
    assert [(c.verb, c.value) for c in doc.facts["claims"]] == [
        ("参加", D("60")), ("开展", D("36")), ("参加", D("37")), ("参加", D("12"))]


def test_a_bare_status_of_a_generic_target_is_of_the_work_its_sentence_counted():
    """The guideline: 超额完成年度改厕任务 takes the work its sentence names, never the generic phrase."""
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n"
        "（二）“双减”工作落地见效。注销校外培训机构37家，圆满完成年度治理任务。"
        "全年完成农村户厕改造326户，超额完成县下达的300户任务。\n"
    )
    statuses = [(c.subject, c.status) for c in doc.facts["claims"] if c.value is None]
    assert statuses == [("校外培训机构", "圆满完成"), ("农村户厕改造", "超额完成")]


def test_a_verb_the_lexicon_lacks_is_the_word_the_tagger_marks_as_a_verb_where_the_claims_verb_stands():
    """Reports of other departments use work verbs the lexicon does not list: at the head of the
    clause, or after a preposition's phrase, the word jieba's tagger marks as a verb is the claim's
    (放映, 安排, 播放, 派发 before 服务工单), and a lexicon verb inside a longer word (保障 of 保障性)
    is none."""
    doc = document_from_text(
        "某某局2024年项目绩效监控报告\n"
        "1-7月累计放映公益电影1,141场，按群众点单安排演出29场。"
        "通过“村村响”广播播放防火宣传2.1万余次。新筹集保障性租赁住房500套。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("1-7月", "放映", "公益电影", D("1141"), "场", None, None),
        ("1-7月", "安排", "演出", D("29"), "场", None, None),
        (None, "播放", "防火宣传", D("2.1"), "万次", "余", None),
        (None, "筹集", "保障性租赁住房", D("500"), "套", None, None),
    ]


def test_a_tagged_verb_that_names_what_a_figure_measures_or_who_is_counted_is_no_verb():
    """改造面积, 受益人口 name a measure before its figure, and 留守儿童 who is counted: the
    tagger marks 改造, 受益, 留守, 坐便 as verbs, but they report no work (nor in a 其中 list, whose parts
    name what was counted)."""
    doc = document_from_text(
        "某某局2023年度项目支出绩效自评报告\n"
        "全年改造面积38.7万平方米，受益人口1.3万余人。全年留守儿童1,250名。"
        "其中：轮椅412件，坐便椅297件。\n"
    )
    assert [(c.verb, c.subject) for c in doc.facts["claims"]] == [
        (None, "改造面积"), (None, "受益人口"), (None, "留守儿童"), (None, "轮椅"), (None, "坐便椅")]


def test_the_outcome_verb_after_the_name_of_a_work_and_a_target_less_its_figure():
    """老旧小区改造惠及群众: 改造 ends the name of the work, 惠及 is the claim's verb; 完成年度计划20公里的93%:
    the target, less the figure it was set at; 防火期内 is a time, and 期内设置 no 内设 (an establishment);
    建成安置房: 安置 is part of 安置房; 新开工 is a verb of its own."""
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n"
        "老旧小区改造惠及群众4,216户。改造老旧燃气管网18.6公里，完成年度计划20公里的93%。"
        "防火期内设置防火检查站（卡口）46个。基本建成安置房624套，实际新开工860套。\n"
    )
    fields = [(c.period, c.verb, c.subject, c.value) for c in doc.facts["claims"]]
    assert fields[0] == (None, "惠及", "群众", D("4216"))
    assert fields[2][2] == "年度计划" and fields[2][3] == D("93")
    assert fields[3] == ("防火期内", "设置", "防火检查站（卡口）", D("46"))
    assert fields[4][1:] == ("建成", "安置房", D("624"))
    assert fields[5][1] == "新开工"


def test_a_satisfaction_less_the_survey_that_asked_it_and_a_bare_verb_counts_its_work():
    """抽样调查群众对…满意度: the survey is how it was asked; 培训146人次 with nothing else named counts
    培训; 新增及恢复: two verbs of one object, the second one the tagger finds."""
    doc = document_from_text(
        "某某局2023年度项目支出绩效自评报告\n"
        "抽样调查群众对森林防灭火工作满意度为93.5%。组织社会体育指导员参加活动，培训146人次。"
        "新增及恢复灌溉面积3.82万亩。\n"
    )
    fields = [(c.verb, c.subject, c.value) for c in doc.facts["claims"]]
    assert fields[0] == (None, "群众对森林防灭火工作满意度", D("93.5"))
    assert fields[1] == ("培训", "培训", D("146"))
    assert fields[2] == ("新增及恢复", "灌溉面积", D("3.82"))


def test_a_time_set_off_at_the_head_of_a_sentence_holds_again_past_a_semicolon():
    """hn_jjsqyl_2023_eval: 2023年，… is the time of the whole sentence; 全年 of one clause of it holds
    only to its ；. 1-5月，汛前完成…: the clause right after the head restates its time, and 汛期 is a
    time of its own (sx_bjcgj_2024_dept)."""
    doc = document_from_text(
        "某某局2023年度项目绩效评价报告\n"
        "1.产出数量。2023年，项目区新建家庭养老床位1,563张，完成年度目标任务的104.2%；为3,120名经济困难的失能、"
        "半失能老年人提供居家上门服务，全年累计服务28.6万人次；完成特殊困难老年人家庭适老化改造862户，完成率95.78%。\n"
        "3.时效指标。1-5月，汛前完成维修养护工程148处。\n"
        "城市防汛方面，汛期累计出动抢险人员3,400余人次，处置积水点位46处。\n"
    )
    periods = [(c.value, c.period) for c in doc.facts["claims"]]
    assert periods == [
        (D("1563"), "2023年"), (D("104.2"), "2023年"), (D("3120"), "2023年"), (D("28.6"), "全年"),
        (D("862"), "2023年"), (D("95.78"), "2023年"), (D("148"), "1-5月"), (D("3400"), "汛期"), (D("46"), "汛期"),
    ]


def test_a_bare_status_takes_the_time_set_off_alone_at_the_head_of_its_sentence():
    """dv_sd_nyj_2023_project: 2023年，项目年度绩效目标基本完成 (its own clause is the time's)."""
    doc = document_from_text(
        "某某局2023年度项目绩效评价报告\n"
        "2023年，项目年度绩效目标基本完成。全年培训组织规范有序。\n"
    )
    assert [(c.period, c.status) for c in doc.facts["claims"]] == [("2023年", "基本完成")]


def test_the_status_of_a_target_after_a_list_of_parts_is_the_wholes_and_parts_do_not_answer_its_indicator():
    """hub_gaslhpj_2022_dept and hb_gcnt_2022_eval: 超额完成年度任务 after 其中新建护岸…、疏挖河道… is of
    中小河流治理, the whole; 其中新打机井86眼 is a part of 实际完成118眼, which answers 新建及修复灌溉机井."""
    doc = document_from_text(
        "某某局2022年度项目绩效评价报告\n"
        "1.水利工程建设。全年完成中小河流治理12.6公里，其中新建护岸8.2公里、疏挖河道4.4公里，超额完成年度任务。\n"
        "（2）灌溉机井：计划完成120眼，实际完成118眼，完成率98.33%，其中新打机井86眼、修复旧井32眼。\n"
        "一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分\n"
        "产出指标\t数量指标\t中小河流治理\t≥12公里\t12.6公里\t5\t5\n"
        "产出指标\t数量指标\t新建及修复灌溉机井\t120眼\t118眼\t5\t4\n"
    )
    indicators = doc.facts["indicators"]
    linked = [(c.subject, c.value, c.status, indicators[c.indicator].name if c.indicator is not None else None)
              for c in doc.facts["claims"]]
    assert ("中小河流治理", None, "超额完成", "中小河流治理") in linked
    assert [row for row in linked if row[1] in (D("118"), D("86"), D("32"))] == [
        ("灌溉机井", D("118"), None, "新建及修复灌溉机井"),
        ("机井", D("86"), None, None),
        ("旧井", D("32"), None, None),
    ]


def test_what_the_evaluations_survey_found_is_a_claim_and_each_rate_of_a_list_names_itself():
    """hn_jjsqyl_2023_eval: the survey is the evaluation's work, the satisfaction it found a result;
    the rates listed after 其中 with 、 each take their own name, not the names before them."""
    doc = document_from_text(
        "某某局2023年度项目绩效评价报告\n"
        "3.满意度。评价组对服务对象开展问卷调查，服务对象综合满意度为93.6%，其中居家上门服务满意度95.2%、"
        "老年助餐服务满意度91.8%、家庭养老床位服务满意度93.9%。评价组共发放问卷1,200份。\n"
    )
    assert [(c.subject, c.value, c.unit) for c in doc.facts["claims"]] == [
        ("服务对象综合满意度", D("93.6"), "%"),
        ("居家上门服务满意度", D("95.2"), "%"),
        ("老年助餐服务满意度", D("91.8"), "%"),
        ("家庭养老床位服务满意度", D("93.9"), "%"),
    ]


def test_an_average_of_the_events_a_clause_counted_takes_the_time_of_that_clause():
    """dv_zz_jtj_2023_records: 汛期共抢通水毁路段47处，平均抢通时间36小时 (the gold, after the guideline's
    period rule: 汛期 for the count and for the average of its events)."""
    doc = document_from_text(
        "某某局2023年度项目绩效评价报告\n"
        "省、市补助资金均按规定时限拨付到县，资金拨付及时率96.2%；汛期共抢通水毁路段47处，平均抢通时间36小时。\n"
    )
    assert [(c.value, c.period) for c in doc.facts["claims"]][-2:] == [(D("47"), "汛期"), (D("36"), "汛期")]


def test_a_status_dated_by_when_the_work_was_done_is_a_claim_of_that_date():
    """hub_gaslhpj_2022_dept and gd_sh_wglt_2024_monitor: a date written with 于 before the status, or a span
    of months at the head of its clause, is its time, not a figure whose claim would carry the status."""
    doc = document_from_text(
        "某某局2022年度部门整体支出绩效自评报告\n"
        "2.水毁修复和防汛抗旱。汛前修复水毁水利设施28处，汛前水毁修复任务于2022年5月20日已完成。\n"
        "1-7月各月放映计划均按时完成，及时率100%。\n"
    )
    statuses = [(c.period, c.subject, c.status) for c in doc.facts["claims"] if c.value is None]
    assert statuses == [("2022年5月20日", "汛前水毁修复任务", "已完成"), ("1-7月", "放映计划", "按时完成")]


def test_a_clause_that_says_why_a_target_was_missed_states_no_claim_and_opens_no_list_of_parts():
    """gd_sh_wglt_2024_monitor and dv_sr_wjw_2023_layout: 因其中4名传承人…补交较晚 and 因工程未完成竣工结算 say
    why; the 其中 inside the reason opens no list, so the status after it is of the rate before it."""
    doc = document_from_text(
        "某某局2024年度项目绩效监控报告\n"
        "上半年向18名市级以上非遗代表性传承人发放传承补助，因其中4名传承人年度评估复核材料补交较晚，"
        "补助延迟至7月中旬发放，按时发放补助14人，发放及时率为77.78%，未达到年度目标。"
        "结余资金12万元，因工程未完成竣工结算。\n"
    )
    claims = doc.facts["claims"]
    assert [(c.value, c.status) for c in claims] == [
        (D("18"), None), (D("14"), None), (D("77.78"), None), (None, "未达到")]
    assert claims[-1].subject == "发放及时率"


def test_a_change_from_before_the_works_is_a_claim_and_the_status_after_it_is_its_indicators():
    """hb_gcnt_2022_eval: 较建设前提高112公斤 compares with the state before the project, as 较上年 does with
    the year before; 已达到预期目标 after it, alone in its sentence, answers the indicator the change answers."""
    doc = document_from_text(
        "某某局2022年度项目绩效评价报告\n"
        "1.经济效益。根据测产结果，2022年项目区秋粮亩均单产较建设前提高112公斤，已达到预期目标。\n"
        "一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分\n"
        "效益指标\t经济效益指标\t项目区粮食亩均产能提高\t≥100公斤\t112公斤\t5\t5\n"
    )
    indicators = doc.facts["indicators"]
    linked = [(c.verb, c.value, c.status, indicators[c.indicator].name if c.indicator is not None else None)
              for c in doc.facts["claims"]]
    assert linked == [("提高", D("112"), None, "项目区粮食亩均产能提高"),
                      ("达到", None, "已达到", "项目区粮食亩均产能提高")]


def test_the_timeliness_of_a_payout_is_a_result_and_a_target_of_a_planned_number_is_generic():
    """gs_jnx_rsj_2023_dept and hn_lyj_2023_project: 贴息资金按时拨付率 is a result like 拨付及时率, not a budget's
    execution; 未达到年度计划数 is said of the figure its sentence counted and answers that figure's indicator."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "受部分经办银行贴息结算滞后影响，贴息资金按时拨付率为92%，未达到年度目标。\n"
        "防火期内设置防火检查站（卡口）46个，未达到年度计划数。\n"
        "一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分\n"
        "产出指标\t时效指标\t贴息资金按时拨付率\t100%\t92%\t5\t4\n"
        "产出指标\t数量指标\t防火检查站（卡口）设置数\t≥50个\t46个\t5\t4\n"
    )
    indicators = doc.facts["indicators"]
    linked = [(c.subject, c.value, c.status, indicators[c.indicator].name if c.indicator is not None else None)
              for c in doc.facts["claims"]]
    assert linked == [
        ("贴息资金按时拨付率", D("92"), None, "贴息资金按时拨付率"),
        ("贴息资金按时拨付率", None, "未达到", "贴息资金按时拨付率"),
        ("防火检查站（卡口）", D("46"), None, "防火检查站（卡口）设置数"),
        ("防火检查站（卡口）设置数", None, "未达到", "防火检查站（卡口）设置数"),
    ]


def test_whom_a_result_is_of_written_before_it_with_dui_is_no_part_of_its_name():
    """dv_zj_ybj_2024_dept: 对定点医药机构的月度费用平均拨付时限 is 月度费用平均拨付时限; a satisfaction keeps
    what it is of (城乡居民对基本公共卫生服务满意度)."""
    doc = document_from_text(
        "某某局2024年度部门整体支出绩效自评报告\n"
        "全年医保待遇结算及时率100%，对定点医药机构的月度费用平均拨付时限为15个工作日。"
        "城乡居民对基本公共卫生服务满意度93.5%。\n"
    )
    assert [(c.subject, c.value) for c in doc.facts["claims"]] == [
        ("医保待遇结算及时率", D("100")), ("月度费用平均拨付时限", D("15")),
        ("城乡居民对基本公共卫生服务满意度", D("93.5"))]


def _claims_of(text):
    doc = document_from_text("某某局2024年度部门整体支出绩效评价报告\n" + text + "\n")
    return [(c.text, *claim_fields(c)) for c in doc.facts["claims"]]


def test_a_line_that_opens_with_qizhong_lists_the_parts_of_the_figure_before_its_break():
    """set 6, a PDF copy hard-wrapped mid-paragraph: the parts 其中 lists after the break are parts
    of the whole the block before stated (no verb, no time of their own)."""
    claims = _claims_of("2023年，全市共建成新建高标准农田22.36万亩，超额完成年度任务。\n"
                        "其中：新荣区1.52万亩、云州区3.60万亩。")
    assert claims[2:] == [
        ("新荣区1.52万亩、云州区3.60万亩", None, None, "新荣区", D("1.52"), "万亩", None, None),
        ("新荣区1.52万亩、云州区3.60万亩", None, None, "云州区", D("3.60"), "万亩", None, None),
    ]


def test_the_evaluations_scores_and_the_indicators_it_set_are_no_claims():
    """set 6: 得分率86.67%, 产出指标49.5分, 设置了27项绩效指标 grade or describe the evaluation; a
    count of what the department's own work counts as indicators is a claim."""
    claims = _claims_of("决策指标分值15分，评价得分13.00分，得分率86.67%。部门整体自评得分93.43分，其中：产出指标49.5分，"
                        "效益指标29分。从产出、效益、满意度三个方面设置了27项绩效指标。可检测指标由38项扩展至42项。")
    assert claims == [("可检测指标由38项扩展至42项", None, "扩展至", "可检测指标", D("42"), "项", None, None)]


def test_work_verbs_of_other_departments_and_a_list_that_goes_on_past_a_part_with_its_own_verb():
    """set 6: 管护, 修补, 免除, 派出 are work verbs (签订管护协议 stays 签订); after 免除…, a part with a
    verb of its own, the 其中 list goes on (中职国家助学金资助618人次 names what was counted)."""
    claims = _claims_of("全年管护市管公厕186座，修补破损车行道、人行道3.92万平方米，签订管护协议52份。")
    assert [c[2:4] for c in claims] == [("管护", "市管公厕"), ("修补", "破损车行道、人行道"), ("签订", "管护协议")]
    claims = _claims_of("全年累计资助各类学生4.71万人次。其中：学前教育资助1,682人次，免除普通高中学杂费2,126人次，"
                        "中职国家助学金资助618人次。")
    assert [c[1:5] for c in claims[1:]] == [
        (None, None, "学前教育资助", D("1682")), (None, "免除", "普通高中学杂费", D("2126")),
        (None, None, "中职国家助学金资助", D("618"))]
    claims = _claims_of("派出急救车辆48,926车次，扶助资金足额发放率100%。")
    assert [c[2:6] for c in claims] == [("派出", "急救车辆", D("48926"), "车次"),
                                        (None, "扶助资金足额发放率", D("100"), "%")]


def test_a_change_of_a_measure_without_a_comparison_is_a_change_but_work_is_not():
    """set 6: 项目区粮食亩均产能提高112公斤 changes a measure its clause names (the guideline: a change
    stated alone is a claim, verb the change word); 敬老院改造提升3所 is work, whose 提升 is no change."""
    claims = _claims_of("据测算，项目区粮食亩均产能提高112公斤，耕地质量平均提升0.6个等级。")
    assert [c[2:4] for c in claims] == [("提高", "粮食亩均产能"), ("提升", "耕地质量")]
    assert _claims_of("全年敬老院改造提升3所。") == []


def test_a_status_beside_its_bracketed_target_or_of_a_name_with_a_figure_in_quotes():
    """set 6: 已达到年度目标（≥2,150万平方米）: the bracket holds the target, and the status is a claim;
    “15分钟健身圈”基本建成: the figure is part of a name; 基本建成安置房624套 is work, no status."""
    claims = _claims_of("2022年完成清扫保洁面积2,186.4万平方米，已达到年度目标（≥2,150万平方米）。")
    assert claims[1][1:] == (None, "达到", "清扫保洁面积", None, None, None, "已达到")
    assert _claims_of("城市社区“15分钟健身圈”基本建成。基本建成安置房624套。") == [
        ("城市社区“15分钟健身圈”基本建成", None, "建成", "城市社区“15分钟健身圈”", None, None, None, "基本建成"),
        ("基本建成安置房624套", None, "建成", "安置房", D("624"), "套", None, None)]
    assert _claims_of("控辍保学动态清零目标已达到。")[0][3] == "控辍保学动态清零"


# set 7

# a PDF viewer's copy of a project evaluation (set 7): prose hard-wrapped at about the page width,
# lines ragged, a sentence (and its time) broken over lines
_RAGGED_PDF_COPY = (
    "（三）项目产出情况\n"
    "该部分分值35分，得分33.48分。\n"
    "1.产出数量\n"
    "完成除险加固水库数量：年度目标46座，实际完成主体工程43座，\n"
    "完成率93.48%，得5.61分。\n"
    "雨水情测报设施安装数：年度目标46套，实际安装46套，得满分。\n"
    "大坝安全监测设施安装数：年度目标46套，实际安装44套，得2.87分。\n"
    "防汛道路整修长度：目标值≥12公里，实际整修12.6公里，得满分。\n"
    "2.产出质量\n"
    "各县共评定单元工程1,832个，合格率100%，其中优良1,588个，\n"
    "优良率86.68%。已组织完工验收的40座水库验收合格率100%。产出质\n"
    "量类指标均得满分。\n"
    "3.产出时效\n"
    "46座水库均按期开工，项目开工及时率100%。截至12月底\n"
    "通过完工验收40座，完工验收及时率86.96%，低于≥90%的目标\n"
    "值，扣1分。\n"
)


def test_a_ragged_line_of_a_pdf_copy_that_breaks_off_inside_its_sentence_goes_on_in_the_next():
    """set 7: a viewer breaks a line before a word that does not fit, so a line some characters short
    of the page width may end inside its sentence (…。截至12月底 / 通过完工验收40座，…): the two lines
    are one paragraph, and the time at the head of the sentence is the claim's."""
    claims = _claims_of(_RAGGED_PDF_COPY)
    # (已组织完工验收的40座水库验收合格率100%: the 40座 says what the rate is over, no claim)
    assert [c[1:] for c in claims if c[4] == D("40")] == [("截至12月底", "通过", "完工验收", D("40"), "座", None, None)]
    # a title or a labelled line short of the width is no part of the next line's paragraph
    doc = document_from_text("某某局2024年度项目支出绩效评价报告\n" + _RAGGED_PDF_COPY)
    texts = [b.text for b in doc.blocks]
    assert "1.产出数量" in texts and "3.产出时效" in texts


def test_an_item_label_names_the_indicator_and_what_was_counted_stands_before_the_claims_verb_in_it():
    """set 7: 雨水情测报设施安装数：…，实际安装46套: what was installed is 雨水情测报设施 (the guideline:
    the subject is what was counted); 卫生监督检查户次 keeps its name, 监督检查 being one verb."""
    claims = _claims_of("雨水情测报设施安装数：年度目标46套，实际安装46套，得满分。\n"
                        "防汛道路整修长度：目标值≥12公里，实际整修12.6公里，得满分。\n"
                        "卫生监督检查户次：年度目标1300户次，实际检查1356户次。")
    assert [c[2:4] for c in claims] == [("安装", "雨水情测报设施"), ("整修", "防汛道路"),
                                        ("检查", "卫生监督检查户次")]


def test_a_standard_of_support_raised_or_set_to_a_level_per_head_is_a_claim():
    """set 7: 低保标准统一提高至每人每月890元 is a level reached, not a budget amount nor a rate per
    head of a rule (每人每月); its subject the standard, its verb the one that set it."""
    claims = _claims_of("2022年，全市城乡低保标准统一提高至每人每月890元。特困人员基本生活标准按不低于当地低保标准"
                        "1.3倍确定为每人每月1,157元，按月足额发放。")
    assert [c[1:7] for c in claims] == [
        ("2022年", "提高至", "城乡低保标准", D("890"), "元", None),
        (None, "确定", "特困人员基本生活标准", D("1157"), "元", None)]


def test_money_that_is_a_result_fines_and_amounts_per_head_are_claims():
    """set 7: 支付救助资金 pays relief to people (救助资金 a name, 支付 the verb); a fine imposed and an
    average per head are results; the time at the head of the sentence (全年) holds for the average too."""
    claims = _claims_of("全年实施医疗救助46.8万人次，支付救助资金2.31亿元。作出行政处罚34件，处罚金额412.36万元。"
                        "全年实施临时救助1,684人次，人次均救助金额1,950元。")
    assert [c[1:5] for c in claims] == [
        ("全年", "实施", "医疗救助", D("46.8")), ("全年", "支付", "救助资金", D("2.31")),
        (None, "作出", "行政处罚", D("34")), (None, None, "处罚金额", D("412.36")),
        ("全年", "实施", "临时救助", D("1684")), ("全年", None, "人次均救助金额", D("1950"))]


def test_work_verbs_of_set_7_and_what_a_figure_before_its_verb_counts():
    """set 7: 开工建设, 新建或更新 (two verbs of one object), 增至, 通过 (a check passed; a channel
    is a means: 通过…“一卡通”发放); 新增参保人员: 参保人员 is what was added; 46座水库全部于3月底前…:
    what the figure counts ends before 全部, 均, 于 and a date."""
    claims = _claims_of("2024年，全市46座水库全部于3月底前开工建设。新建或更新放水设施41处，新增参保人员1.28万人，"
                        "普通门诊统筹定点医疗机构增至1,873家。全乡18个村均通过县级人居环境整治验收。"
                        "全年通过惠民惠农财政补贴资金“一卡通”发放耕地地力保护补贴8,963.52万元。")
    assert [c[2:5] for c in claims] == [
        ("开工建设", "水库", D("46")), ("新建或更新", "放水设施", D("41")), ("新增", "参保人员", D("1.28")),
        ("增至", "普通门诊统筹定点医疗机构", D("1873")), ("通过", "村", D("18")),
        ("发放", "耕地地力保护补贴", D("8963.52"))]


def test_changes_since_the_end_of_a_year_and_times_shortened_are_changes():
    """set 7: 较2023年底下降7.4个百分点 compares with the end of a year (no time of the claim's own);
    较上年缩短0.8个工作日 is a change of the time its sentence named."""
    claims = _claims_of("全市小型水库病险率较2023年底下降7.4个百分点。急难型救助平均审批时间缩短至1.5个工作日，"
                        "较上年缩短0.8个工作日。")
    assert claims[0][1:5] == (None, "下降", "小型水库病险率", D("7.4"))
    assert claims[-1][1:5] == (None, "缩短", "急难型救助平均审批时间", D("0.8"))


def test_a_time_run_into_a_season_dates_its_clause_only_and_a_missed_indicator_value_is_a_target():
    """set 7: 2024年主汛期…均安全度汛，未发生险情；…共保护下游人口9.3万人: the flood season's year does
    not hold past the ；; 未达到85%的指标值 is a status of the rate before it, 85% its target."""
    claims = _claims_of("已完工的43座水库病险基本消除，2024年主汛期全市除险加固水库均安全度汛，未发生险情；"
                        "除险加固水库共保护下游人口9.3万人。")
    assert claims[0][1:4] == (None, "消除", "水库病险")
    assert claims[-1][1:5] == (None, "保护", "下游人口", D("9.3"))
    claims = _claims_of("通过入户问卷调查，临时救助政策知晓率为82.4%，未达到85%的指标值。")
    assert [c[4:] for c in claims] == [(D("82.4"), "%", None, None), (None, None, None, "未达到")]


def test_a_figure_right_after_a_figure_counts_the_same_ones_in_another_measure():
    """set 7: 保障城乡低保对象2,087户3,962人: households and people of the same 城乡低保对象, the verb and
    what was counted the first figure's; 直接结算 is the work of 跨省异地就医."""
    claims = _claims_of("全年累计保障城乡低保对象2,087户3,962人。跨省异地就医直接结算28.6万人次。")
    assert [c[1:6] for c in claims] == [
        ("全年", "保障", "城乡低保对象", D("2087"), "户"), ("全年", "保障", "城乡低保对象", D("3962"), "人"),
        (None, "直接结算", "跨省异地就医", D("28.6"), "万人次")]


# set 7, continued

def test_a_part_answers_the_indicator_that_counts_it_and_times_do_not_answer_people():
    """xj_klmy_mzj: the 其中 parts 集中供养162人 and 急难型临时救助236户次 answer the rows 集中供养人数 and
    急难型临时救助户次 (the subject and the count of it in the claim's unit); sc_lz_ylbzj: 实施医疗救助
    46.8万人次 counts times, not the people of 医疗救助资助参保人数 (万人)."""
    from pipeline import read_document
    from conftest import CORPUS
    doc = read_document(CORPUS / "dev" / "indicators" / "xj_klmy_mzj_2022_selfeval.txt")
    names = {r.id: r.name for r in doc.facts["indicators"]}
    linked = {(c.value, c.unit): names.get(c.indicator) for c in doc.facts["claims"]}
    assert linked[D("162"), "人"] == "集中供养人数"
    assert linked[D("236"), "户次"] == "急难型临时救助户次"
    doc = read_document(CORPUS / "dev" / "indicators" / "sc_lz_ylbzj_2023_dept.txt")
    assert [c.indicator for c in doc.facts["claims"] if (c.value, c.unit) == (D("46.8"), "万人次")] == [None]


# recurring misses

def test_the_whole_a_part_is_counted_of_is_no_claim_and_names_the_part():
    """hn_jjsqyl, yn_qj_jtj, jx_ja_slj: 14个…中有11个达到…, 12个项目中11个按期完工: the part is the
    claim, its subject the whole's name; the whole, in its own clause before the parts (126个社区养老
    服务站中，118个…), names the parts that name nothing."""
    claims = _claims_of("14个街道综合养老服务中心中有11个达到二级及以上等级。")
    assert [c[2:6] for c in claims] == [("达到", "街道综合养老服务中心", D("11"), "个")]
    claims = _claims_of("126个社区养老服务站中，118个全年保持正常运营。")
    assert [c[1:6] for c in claims] == [("全年", "保持", "社区养老服务站", D("118"), "个")]


def test_a_date_between_the_figure_and_its_verb_is_the_claims_time():
    """sx_dt_nync, hn_jjsqyl, hb_gcnt: 52个项目均于2023年6月底前开工建设, 742户在10月31日前完工."""
    claims = _claims_of("项目建设有序推进，52个项目均于2023年6月底前开工建设。")
    assert [c[1:6] for c in claims] == [("2023年6月底前", "开工建设", "项目", D("52"), "个")]
    claims = _claims_of("862户适老化改造中，742户在10月31日前完工，其余120户延至2024年1月完工。")
    assert [c[1:6] for c in claims] == [("10月31日前", "完工", "适老化改造", D("742"), "户"),
                                        ("2024年1月", "完工", "适老化改造", D("120"), "户")]


def test_money_handed_down_and_the_execution_of_money_are_no_claims():
    """hn_jjsqyl, sx_dt_nync, hn_lyj, nm_bt_cgj: funds or targets a higher authority handed down (下达),
    and the execution rate of a fund (整体执行率, …维护费执行率, …补贴执行率) are the budget's; documents
    a department issued (下达执法文书) are claims."""
    assert _claims_of("中央和省级资金分6个批次下达，资金下达及时率83.3%。") == []
    assert _claims_of("省农业农村厅下达我市2023年高标准农田建设任务25.5万亩。") == []
    assert _claims_of("项目整体执行率96.03%。市政道路桥梁维护费执行率87.87%。适老化改造补贴执行率为79.81%。") == []
    assert [c[2:6] for c in _claims_of("全年下达执法文书320余份。")] == [("下达", "执法文书", D("320"), "份")]


def test_a_table_row_pasted_as_text_gives_no_claims():
    """sc_lz_ylbzj, yn_qj_jtj: 基本支出2,240.15 2,352.60 2,317.46 — 98.51% —: cells set apart by spaces."""
    assert _claims_of("基本支出2,240.15 2,352.60 2,317.46 — 98.51% —") == []


def test_new_after_a_verb_names_what_was_built():
    """sx_dt_nync: 建成新建高标准农田: 新建 says which ones were built, 建成 is the work."""
    claims = _claims_of("2023年，全市共建成新建高标准农田22.36万亩。")
    assert [c[2:6] for c in claims] == [("建成", "新建高标准农田", D("22.36"), "万亩")]


def test_figures_after_fenbie_are_of_the_figures_listed_before_them():
    """gd_sg_nyj_2023_dept and dv_dl_yjj_2024_grid: 分别 opening a clause of figures says the n-th of
    them is of the n-th figure the sentence stated before it; those figures are claims, verb or none."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "全县粮食播种面积20.36万亩，粮食总产量7.42万吨，分别完成市下达任务的100.3%和101.6%。\n"
        "发生生产安全事故11起，事故死亡人数5人，同比分别下降21.4%和28.6%。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, None, "粮食播种面积", D("20.36"), "万亩", None, None),
        (None, None, "粮食总产量", D("7.42"), "万吨", None, None),
        (None, "完成", "粮食播种面积", D("100.3"), "%", None, None),
        (None, "完成", "粮食总产量", D("101.6"), "%", None, None),
        (None, "发生", "生产安全事故", D("11"), "起", None, None),
        (None, None, "事故死亡人数", D("5"), "人", None, None),
        (None, "下降", "生产安全事故", D("21.4"), "%", None, None),
        (None, "下降", "事故死亡人数", D("28.6"), "%", None, None),
    ]


def test_what_was_done_to_what_was_found_is_the_verb_and_our_district_is_no_subject():
    """gz_zy_jyj_2023_eval, fj_yycs_2023_eval: 发现并(督促)整改 is 整改 (the guideline: the work verb
    after a coverb); dv_dl_yjj_2024_grid: 我区 says who, like 全区."""
    doc = document_from_text(
        "某某局2023年度项目绩效评价报告\n"
        "全年发现并督促整改问题隐患586个。平台累计发现并处置后厨违规行为40余起。全年检出不合格食品62批次。\n"
        "2024年汛期，我区共应对强降雨过程4次。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "整改", "问题隐患", D("586"), "个", None, None),
        (None, "处置", "后厨违规行为", D("40"), "起", "余", None),
        ("全年", "检出", "不合格食品", D("62"), "批次", None, None),
        ("2024年汛期", "应对", "强降雨过程", D("4"), "次", None, None),  # a year's flood season, one time
    ]


def test_subsidy_money_paid_out_is_a_claim_and_a_measure_named_by_a_verb_has_none():
    """gd_sg_nyj_2023_dept: 兑付…补贴资金 is money paid to people (the guideline: 发放资助金386.5万元 is a
    claim); 补贴面积 is the name of a measure, 补贴机具 work done."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "兑付农机购置与应用补贴资金286.4万元，补贴面积18.72万亩，补贴机具412台。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "兑付", "农机购置与应用补贴资金", D("286.4"), "万元", None, None),
        (None, None, "补贴面积", D("18.72"), "万亩", None, None),
        (None, "补贴", "机具", D("412"), "台", None, None),
    ]


def test_a_verb_that_names_who_a_figure_counts_is_no_verb():
    """gz_zy_jyj_2023_eval, yn_qj_jtj_2024_dept, fj_yycs_2023_eval: 受益学生546,312人 counts the
    students who benefited (subject 受益学生, no verb), as 受益人口 does; after the figure 受益 is the verb."""
    doc = document_from_text(
        "某某局2023年度项目绩效评价报告\n"
        "全市受益学生546,312人，受益学生中农村留守儿童近3,200人。共有3.2万名学生受益。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, None, "受益学生", D("546312"), "人", None, None),
        (None, None, "农村留守儿童", D("3200"), "人", "近", None),
        (None, "受益", "学生", D("3.2"), "万名", None, None),
    ]


def test_the_whole_area_the_work_was_done_in_is_no_part_of_the_subject():
    """sx_dt_nync_2023_project, hb_gcnt_2022_eval (the guideline: a head naming the whole place or area,
    全县, 辖区, 项目区, is not part of the subject)."""
    claims = _claims_of("据测算，项目区粮食亩均产能提高112公斤，辖区森林覆盖率提高0.12个百分点。")
    assert [(c[3], c[4]) for c in claims] == [("粮食亩均产能", D("112")), ("森林覆盖率", D("0.12"))]


def test_a_time_at_the_head_of_a_sentence_holds_up_to_its_full_stop_but_a_later_clauses_time_not_past_its_semicolon():
    """hn_jjsqyl_2023_eval and dv_scj_2023_perf (the guideline's period rule): 全年 at the head of a sentence
    holds for a total after it; 全年 written after a claim holds for its clause only, not past the ；."""
    doc = document_from_text(
        "某某局2023年度项目绩效评价报告\n"
        "全年办理专利侵权纠纷行政裁决案件73件，新建商标品牌指导站6个，全市有效发明专利拥有量达到4826件。\n"
        "项目实施后，居家上门服务覆盖率达到92.1%；全年提供助餐服务96.4万人次；全市每千名老年人拥有养老床位数达到35.2张。\n"
    )
    assert [(c.value, c.period) for c in doc.facts["claims"]] == [
        (D("73"), "全年"), (D("6"), "全年"), (D("4826"), "全年"),
        (D("92.1"), None), (D("96.4"), "全年"), (D("35.2"), None)]


def test_a_sentence_a_line_break_left_open_keeps_the_time_at_its_head():
    """dv_sr_wjw_2023_layout: a PDF line ends in ； mid-sentence; the 全年 at the sentence's head holds for
    the rates on the next line, up to the 。; a list's next item (④…) is no continuation."""
    doc = document_from_text(
        "某某局2023年度部门整体支出绩效自评报告\n"
        "1.数量指标。全年为辖区居民免费提供12类国家基本公共卫生服务，累计完成65岁及以上老年人健康管理43,186人，老年人健康管理率71.2%；\n"
        "0-6岁儿童健康管理率93.6%，孕产妇系统管理率94.2%。家庭医生签约服务26.83万人。\n"
    )
    assert [(c.value, c.period) for c in doc.facts["claims"]][-5:] == [
        (D("43186"), "全年"), (D("71.2"), "全年"), (D("93.6"), "全年"), (D("94.2"), "全年"), (D("26.83"), None)]


def test_a_status_of_a_target_naming_the_kind_of_work_is_said_of_the_work_counted():
    """ha_gsx_huaidian_2022_prose, dv_zz_jtj_2023_records (the guideline: 全年完成农村户厕改造326户，超额完成年度
    改厕任务 is 农村户厕改造), even when the status answers an indicator named 农村户厕改造数量."""
    doc = document_from_text(
        "某县2022年度部门整体支出绩效自评报告\n"
        "三、绩效指标完成情况\n"
        "农村户厕改造数量：年度目标300户，实际完成326户。\n"
        "全年完成农村户厕改造326户，超额完成年度改厕任务。\n"
    )
    status = [c for c in doc.facts["claims"] if c.value is None]
    assert [(c.subject, c.status) for c in status] == [("农村户厕改造", "超额完成")]


def test_a_count_done_in_time_answers_the_rate_of_it_when_the_sentence_states_no_rate():
    """yn_qj_jtj_2024_dept: 11个按期完工 answers 校舍维修改造项目完工及时率 (sharing its verb, 完工), the one
    rate of the report naming it; beside a rate the sentence states (按期办结42件，按期办结率100%), the rate's
    own claim answers it."""
    doc = document_from_text(
        "某县教育体育局2024年度部门整体支出绩效自评报告\n"
        "一、绩效目标\n"
        "校舍维修改造项目完工及时率≥90%；受理群众来信来访按期办结率100%。\n"
        "二、完成情况\n"
        "全年实施校舍维修改造项目12个，11个按期完工，1个受雨季影响延期至2025年1月完工。\n"
        "受理群众来信来访42件，按期办结42件，按期办结率100%。\n"
    )
    indicators = {r.id: r.name for r in doc.facts["indicators"]}
    linked = {str(c.value) + (c.unit or ""): indicators.get(c.indicator) for c in doc.facts["claims"]}
    assert linked["11个"] == "校舍维修改造项目完工及时率"
    assert linked["42件"] is None and linked["100%"] == "受理群众来信来访按期办结率"


# the indicator link, third pass

def _linked(name, *texts):
    """The names of the indicators the claims of a dev report whose text holds one of ``texts`` answer,
    by text, in document order."""
    from pipeline import read_document
    from conftest import CORPUS
    doc = read_document(CORPUS / "dev" / "indicators" / name)
    names = {r.id: r.name for r in doc.facts["indicators"]}
    return [(c.text, names.get(c.indicator)) for c in doc.facts["claims"] if any(t in c.text for t in texts)]


def test_a_claim_that_names_an_indicator_in_full_answers_it_before_a_target_that_took_its_figure():
    """dv_sr_wjw: the prose target 高血压患者规范管理率 took the next figure of its sentence as its
    actual, 2型糖尿病患者规范管理率62.8%, which names its own row in full; gz_zy_jyj: 家长满意度为88.70%,
    after 学生满意度为95.60%, is the 家长满意度 row, not a rate of what the clause before counted."""
    assert _linked("dv_sr_wjw_2023_layout.txt", "2型糖尿病患者规范管理率62.8%") == [
        ("2型糖尿病患者规范管理率62.8%", "2型糖尿病患者规范管理率")]
    assert _linked("gz_zy_jyj_2023_eval.txt", "家长满意度为88.70%") == [("家长满意度为88.70%", "家长满意度")]


def test_a_rate_named_without_what_it_is_of_answers_the_rate_its_clause_names():
    """gs_gzqzjj: 租赁补贴按季度足额发放，发放及时率100% is 租赁补贴发放及时率 (not the 开工及时率 of the
    clause before the ；), 已完工的老旧小区改造项目均通过竣工验收，验收合格率100% is 老旧小区改造工程验收合格率
    (not 农村危房改造竣工验收合格率); dv_yjj: 培训…420人，考核合格率98.5% shares only 合格率 with
    行政执法案卷合格率, and answers nothing."""
    assert _linked("gs_gzqzjj_2022_dept.txt", "发放及时率100%", "验收合格率100%") == [
        ("验收合格率100%", "老旧小区改造工程验收合格率"),
        ("农村危房改造竣工验收合格率100%", "农村危房改造竣工验收合格率"),
        ("发放及时率100%", "租赁补贴发放及时率")]
    assert _linked("dv_yjj_2023_perf.txt", "考核合格率") == [("考核合格率98.5%", None)]


def test_a_count_in_another_measure_or_of_the_stock_does_not_answer_the_indicator():
    """ha_gsx_huaidian: 职业技能培训期数≥6期，实际举办8期，培训420人次: 420人次 counts people, not the
    期 of the row the figure before answers; hn_qsnyj: 全县农民合作社总数达到1,126家 is the stock, not
    新增家庭农场和农民合作社数量."""
    assert ("培训420人次", None) in _linked("ha_gsx_huaidian_2022_prose.txt", "培训420人次")
    assert ("职业技能培训期数") not in [n for _, n in _linked("ha_gsx_huaidian_2022_prose.txt", "培训420人次")]
    assert _linked("hn_qsnyj_2023_dept.txt", "农民合作社总数") == [("全县农民合作社总数达到1,126家", None)]


def test_a_part_answers_the_row_whose_name_holds_all_its_words_in_its_unit():
    """dv_scj: 其中食品安全案件231件 answers 查办食品安全违法案件 (件); yn_qj_jtj: 普通高中国家助学金资助
    3,415人次 answers 普通高中国家助学金资助人数 (人次)."""
    assert _linked("dv_scj_2023_perf.txt", "其中食品安全案件231件") == [
        ("其中食品安全案件231件、价格违法案件86件", "查办食品安全违法案件"),
        ("其中食品安全案件231件、价格违法案件86件", None)]
    assert [n for t, n in _linked("yn_qj_jtj_2024_dept.txt", "普通高中国家助学金资助3,415人次")] == ["普通高中国家助学金资助人数"]


def test_near_synonyms_link_a_claim_to_the_indicator_its_report_words_otherwise(seed_docs):
    """seed 001: 发放法治宣传手册4万余本 answers 累计发放法律宣传资料 (法治 and 法律, 手册 and 资料); seed
    004: 共接访案件43件 answers 律师参与涉法涉诉信访案件 (接访 and 信访)."""
    for seed, value, name in (("001", D("4"), "累计发放法律宣传资料"), ("004", D("43"), "律师参与涉法涉诉信访案件")):
        doc = seed_docs[seed]
        names = {r.id: r.name for r in doc.facts["indicators"]}
        found = [names.get(c.indicator) for c in doc.facts["claims"] if c.value == value and c.verb in ("发放", "接访")]
        assert found and set(found) == {name}


def test_a_part_with_a_verb_of_its_own_keeps_the_sentences_time():
    """hub_gaslhpj: 全年完成中小河流治理12.6公里，其中新建护岸8.2公里、疏挖河道4.4公里: the second part has
    its own verb and 全年 too; dv_zj_ybj: 其中线上办理3.9万件 has its verb after the way it was done,
    and counts what its whole counted."""
    claims = _claims_of("全年完成中小河流治理12.6公里，其中新建护岸8.2公里、疏挖河道4.4公里，超额完成年度任务。")
    assert [c[1:6] for c in claims[:3]] == [("全年", "完成", "中小河流治理", D("12.6"), "公里"),
                                            ("全年", "新建", "护岸", D("8.2"), "公里"),
                                            ("全年", "疏挖", "河道", D("4.4"), "公里")]
    claims = _claims_of("全年办理各类医保业务四万六千余件，其中线上办理3.9万件。")
    assert [c[1:6] for c in claims] == [("全年", "办理", "医保业务", D("46000"), "件"),
                                        ("全年", "办理", "医保业务", D("3.9"), "万件")]


def test_kinds_that_exclude_each_other_do_not_link_and_a_bare_count_answers_the_work_before_it():
    """ha_gsx_huaidian: 城乡居民医疗保险参保39,864人 does not answer 新增城乡居民养老保险参保人数 (医疗保险,
    养老保险); gd_sh_wglt: 举办社会体育指导员培训班3期，培训146人次: the 人次 answer the row of that
    training counted in 人次, 开展社会体育指导员培训."""
    assert _linked("ha_gsx_huaidian_2022_prose.txt", "城乡居民医疗保险参保") == [("城乡居民医疗保险参保39,864人", None)]
    assert _linked("gd_sh_wglt_2024_monitor.txt", "培训146人次") == [("培训146人次", "开展社会体育指导员培训")]


def test_a_later_clauses_own_time_does_not_date_the_change_past_its_semicolon():
    """jx_gz_wjw: …，全年未发生重大传染病疫情；居民健康素养水平达到32.6%，较上年提高2.8个百分点: the head's
    2024年 holds for the change too (全年 dates only its own clause); 年中 is a clause's own time."""
    claims = _claims_of("1.社会效益。2024年全区婴儿死亡率2.31‰；甲乙类法定传染病报告发病率186.4/10万，全年未发生重大传染病疫情；"
                        "居民健康素养水平达到32.6%，较上年提高2.8个百分点。")
    literacy = [c[1:6] for c in claims if c[4] in (D("32.6"), D("2.8"))]
    assert literacy == [("2024年", "达到", "居民健康素养水平", D("32.6"), "%"),
                        ("2024年", "提高", "居民健康素养水平", D("2.8"), "个百分点")]
    claims = _claims_of("2024年度所有项目支出均按要求编报了绩效目标，年中完成23个项目绩效运行监控，对执行进度偏慢的项目及时督促整改；"
                        "举办绩效管理业务培训2期。")
    assert [c[1:6] for c in claims] == [("年中", "完成", "项目绩效运行监控", D("23"), "个"),
                                        ("2024年度", "举办", "绩效管理业务培训", D("2"), "期")]


def test_a_budget_adjusted_mid_year_is_no_claim_and_family_planning_is_no_plan():
    """年中根据实际安置人数调减至2,316.80万元 is the budget's, though 年中 is a time; 计划生育 names a
    policy, not a plan (jx_gz_wjw: 计划生育特殊家庭扶助对象满意度为97%)."""
    assert _claims_of("年中根据实际安置人数调减至2,316.80万元。") == []
    claims = _claims_of("2.社会满意度。城乡居民对基层医疗卫生服务满意度为93.5%，计划生育特殊家庭扶助对象满意度为97%。")
    assert [c[3:6] for c in claims] == [("城乡居民对基层医疗卫生服务满意度", D("93.5"), "%"),
                                        ("计划生育特殊家庭扶助对象满意度", D("97"), "%")]


def test_assets_are_no_claims_and_money_saved_for_people_is_one():
    """jx_gz_wjw: 部门资产总额, 固定资产原值 are the budget stage's; 全年为群众节约医药费用约1360万元 is a
    result, like money paid out or recovered."""
    assert _claims_of("资产情况：截至2024年末，部门资产总额8,914.26万元，其中固定资产原值5,327.08万元，无形资产原值241.60万元。") == []
    claims = _claims_of("2.经济效益。落实药品耗材集中带量采购，全年为群众节约医药费用约1360万元。")
    assert [c[1:8] for c in claims] == [("全年", "节约", "医药费用", D("1360"), "万元", "约", None)]


def test_posts_published_suggestions_adopted_and_yields_raised_are_work_verbs():
    """hb_bd_wlj: 全年发布推文652条; ah_fy_nyncj: 采纳216条, 亩均粮食增产62公斤."""
    claims = _claims_of("“保定文旅”微信、抖音等新媒体平台全年发布推文652条。")
    assert [c[1:6] for c in claims] == [("全年", "发布", "推文", D("652"), "条")]
    claims = _claims_of("项目区亩均粮食增产62公斤，新增粮食产能384.4万公斤。")
    assert [c[2:6] for c in claims][0] == ("增产", "亩均粮食", D("62"), "公斤")


def test_a_verb_before_a_count_word_or_a_form_is_part_of_the_name():
    """hb_bd_wlj: 群众文化活动参与人次达57.2万人次 (参与人次 names the count, 达 is the verb); ah_fy_nyncj:
    下发整改通知单41份 (整改通知单 is the form sent, 下发 the verb)."""
    claims = _claims_of("（二）效益情况。全市各类群众文化活动参与人次达57.2万人次。")
    assert [c[2:6] for c in claims] == [("达", "群众文化活动参与人次", D("57.2"), "万人次")]
    claims = _claims_of("建设期间下发整改通知单41份。")
    assert [c[2:6] for c in claims] == [("下发", "整改通知单", D("41"), "份")]


def test_the_scope_of_the_reports_own_self_evaluation_is_no_claim():
    """sc_lz_ylbzj, sd_wf_tyjr, yn_qj_jtj: 自评覆盖率100%, 纳入…绩效自评范围的预算单位共64个 say how the
    report was made; the evaluation done (对6个项目开展了绩效自评) is a claim, as the gold labels it."""
    claims = _claims_of("对6个项目开展了绩效自评，自评覆盖率100%。纳入2024年度部门整体支出绩效自评范围的预算单位共64个。"
                        "2024年纳入本次自评范围的项目共3个。")
    assert [c[2:6] for c in claims] == []



def test_tourism_revenue_and_income_per_head_are_results_and_so_are_their_changes():
    """hi_sy_lwj, hb_bd_wlj: 实现旅游总收入…亿元，同比增长8.6%: the economy the work served, not the budget's 收入."""
    claims = _claims_of("全年全市接待游客3,086.52万人次，同比增长6.8%；实现旅游总收入1,052.36亿元，同比增长8.6%。")
    assert [c[1:8] for c in claims][2:] == [
        ("全年", "实现", "旅游总收入", D("1052.36"), "亿元", None, None),
        ("全年", "增长", "旅游总收入", D("8.6"), "%", None, None),
    ]


def test_what_work_brought_about_is_the_claim_and_its_verb():
    """hi_sy_lwj: 全年承办体育赛事带动相关消费约5.8亿元: 带动, not 承办, and the amount is a result."""
    claims = _claims_of("全年承办体育赛事带动相关消费约5.8亿元。")
    assert [c[1:8] for c in claims] == [("全年", "带动", "相关消费", D("5.8"), "亿元", "约", None)]


def test_units_and_staff_of_the_department_and_its_overall_execution_rate_are_no_claims():
    """hi_sy_lwj: 所属预算单位…等6家 (like 下属), 其中行政人员46人; sd_qd_hyj: 总体执行率96.17% (the budget's)."""
    assert _claims_of("所属预算单位包括市图书馆、市旅游推广服务中心、市文化市场综合行政执法支队等6家。"
                      "年末实有人员287人，其中行政人员46人、事业人员241人。") == []
    assert _claims_of("全年执行2,154.31万元，总体执行率96.17%。") == []


def test_a_status_takes_the_time_at_the_head_of_its_own_clause():
    """sd_qd_hyj: 全年放流任务均已完成: 全年 is the status's own time, not a word of what was done."""
    claims = _claims_of("带动沿海渔民增收约2,150万元。全年放流任务均已完成。")
    assert claims[-1][1:] == ("全年", "完成", "放流任务", None, None, None, "已完成")


def test_a_share_said_to_be_only_so_much_has_no_verb():
    """hi_sy_lwj: 入境游客占全市接待游客的比重仅为2.96%: 仅为 links the name to its figure, as 为 does."""
    claims = _claims_of("入境游客占全市接待游客的比重仅为2.96%，低于全国平均水平。")
    assert [c[1:6] for c in claims] == [(None, None, "入境游客占全市接待游客的比重", D("2.96"), "%")]


def test_the_agreement_signed_and_the_firm_chosen_name_the_upkeep_they_are_for():
    """bj_cy_ylj: 签订养护管理责任书14份 (签订, not 签订养护): 养护 is a word of what was signed."""
    claims = _claims_of("区园林绿化局与相关乡签订养护管理责任书14份，确定养护单位19家。")
    assert [c[2:4] for c in claims] == [("签订", "养护管理责任书"), ("确定", "养护单位")]


def test_a_part_counted_of_a_whole_takes_the_verb_after_its_figure():
    """bj_cy_ylj: 全区28个养护标段中有27个在计划工期内完成春季补植: 养护 is a word of the whole's name."""
    claims = _claims_of("全区28个养护标段中有27个在计划工期内完成春季补植。")
    assert [c[2:6] for c in claims] == [("完成", "养护标段", D("27"), "个")]


def test_indicators_counted_with_their_status_are_claims():
    """bj_cy_ylj: 20项年度绩效指标中，17项已完成; the indicators a report set are none."""
    claims = _claims_of("项目设定的20项年度绩效指标中，17项已完成。")
    assert [c[2:8] for c in claims] == [("完成", "年度绩效指标", D("17"), "项", None, "已完成")]
    assert _claims_of("共设置了27项绩效指标。") == []


def test_a_status_word_that_describes_indicators_is_no_status():
    """hi_sy_lwj: 对未达标指标逐项制定整改措施: a plan for the indicators missed, no status said."""
    assert _claims_of("对未达标指标逐项制定整改措施并跟踪落实。") == []


def test_a_measure_named_with_its_copula_has_no_verb():
    """sd_qd_hyj: 增殖放流宣传覆盖人次为4.6万人次: 宣传 is a word of the measure's name."""
    claims = _claims_of("增殖放流宣传覆盖人次为4.6万人次。")
    assert [c[2:6] for c in claims] == [(None, "增殖放流宣传覆盖人次", D("4.6"), "万人次")]


def test_field_work_of_forestry_is_work_done():
    """bj_cy_ylj: 布设…监测点位186个, 共补植乔木21,650株, 维护林间步道38.5公里, 监测数据均按规定时限上报."""
    claims = _claims_of("全年完成林木补植补造436亩，共补植乔木21,650株。布设林业有害生物监测点位186个。"
                        "全年开放休闲林地6,420亩，维护林间步道38.5公里。有害生物监测数据均按规定时限上报。")
    assert [c[2:4] for c in claims][1:] == [("补植", "乔木"), ("布设", "林业有害生物监测点位"), ("开放", "休闲林地"),
                                           ("维护", "林间步道"), ("上报", "有害生物监测数据")]


def test_a_comparison_with_its_target_is_a_status_and_a_cost_per_unit_a_claim():
    """平原生态林养护 and 人社 reports (claims guideline, 'What is a claim'): 高于95%的目标值 and 低于控制目标0.8个百分点
    are statuses as written, their verb the comparison word, no value though a figure stands in them;
    均未超过成本指标 says 未超过, verb 超过; a cost per unit achieved (实际结算单价为3,960元/亩·年) is a claim
    without a verb, subject the cost as named, though written in 元."""
    claims = _claims_of("林木保存率为96.2%，高于95%的目标值。一级养护林地实际结算单价为3,960元/亩·年，均未超过成本指标。"
                        "城镇登记失业率为3.2%，低于控制目标0.8个百分点。")
    assert [c[1:] for c in claims] == [
        (None, None, "林木保存率", D("96.2"), "%", None, None),
        (None, "高于", "林木保存率", None, None, None, "高于"),
        (None, None, "一级养护林地实际结算单价", D("3960"), "元/亩·年", None, None),
        (None, "超过", None, None, None, None, "未超过"),
        (None, None, "城镇登记失业率", D("3.2"), "%", None, None),
        (None, "低于", "城镇登记失业率", None, None, None, "低于"),
    ]


def test_a_coverb_leads_the_work_verb_past_an_object_and_a_bracketed_alternative_is_no_verb():
    """水利局, 农业农村局 and 体育 reports: 组织水利工程质量检查46次 is 检查 (the work named with its verb is
    what was counted), 组织企业参加…活动12场次 is 参加, 组织现场观摩活动5场 stays 组织 (no verb follows);
    新建（改造）… is 新建, 举办（承办）… is 举办, the bracket no part of what was counted."""
    claims = _claims_of("全年组织水利工程质量检查46次，组织企业参加各类农产品展销活动12场次，组织现场观摩活动5场。"
                        "新建（改造）社区智能健身设施12处。")
    assert [c[1:6] for c in claims] == [
        ("全年", "检查", "水利工程质量检查", D("46"), "次"),
        ("全年", "参加", "农产品展销活动", D("12"), "场次"),
        ("全年", "组织", "现场观摩活动", D("5"), "场"),
        (None, "新建", "社区智能健身设施", D("12"), "处"),
    ]


def test_how_the_project_is_divided_and_the_reports_own_evaluation_are_no_claims():
    """养护 and 自评 reports: 项目共划分12个标段 describes the project; 本部门自行组织对13个项目…开展了绩效评价 is
    the evaluator's own work; budget management steps it reports (编制了绩效目标, 开展了预算事前绩效评估) stay
    claims."""
    claims = _claims_of("项目共划分12个标段。本部门自行组织对13个项目开展了绩效评价。"
                        "对5个项目编制了绩效目标，对9个项目开展了预算事前绩效评估。")
    assert [c[2:6] for c in claims] == [("编制", "项目", D("5"), "个"), ("开展", "项目", D("9"), "个")]


# -- set 11: verbs of vaccination, release and placing; compounds of two verbs at most; statuses of 达到 ----------

def _set11_claims(text: str):
    return [(c.subject, c.verb, c.value, c.unit, c.status) for c in document_from_text("某某局2024年度部门整体支出绩效自评报告\n" + text + "\n").facts["claims"]]


def test_vaccines_fry_and_reefs_take_their_verbs():
    claims = _set11_claims("全年接种免疫规划疫苗15.63万剂次。全年放流各类苗种1.62亿单位。2024年投放人工鱼礁3.2万空方。")
    assert [c[1] for c in claims] == ["接种", "放流", "投放"]


def test_two_verbs_at_most_make_a_compound():
    claims = _set11_claims("全年维修更换检查井盖1,364套，检定强制检定计量器具47906台件。")
    assert [c[1] for c in claims] == ["维修更换", "检定"]


def test_a_target_reached_in_a_clause_of_its_own_is_a_status():
    claims = _set11_claims("项目学校建设工程竣工验收合格率为98%，达到年度目标。")
    assert claims[-1][1:] == ("达到", None, None, "达到")


def test_already_done_on_schedule_is_already_done():
    claims = _set11_claims("抽检不合格食品核查处置均已按期完成。")
    assert [c[4] for c in claims] == ["已完成"]


def test_respectively_is_no_part_of_a_subject():
    claims = _set11_claims("抽测的12岁男生、女生平均身高分别较2020年增加2.3厘米、1.9厘米。")
    assert all(not c[0].endswith("分别") for c in claims)


def test_staff_by_kind_and_offices_set_up_are_no_claims():
    assert _set11_claims("局机关内设办公室、政策法规科等21个科室，设开发区、新区2个派出分局。截至2024年12月31日，部门编制总数652名，实有在职人员598名，"
                      "其中行政人员371名、事业人员227名。") == []


def test_a_count_done_in_time_answers_the_rate_beside_it_when_the_rate_is_worded_otherwise():
    """hn_qsnyj_2023_dept: 按期完工12个，完工及时率85.7% — the count of the projects done in time answers
    项目完工及时率 as the rate does; only a rate written as the count's own verb and 率 (按期办结42件，
    按期办结率100%) takes the link alone."""
    doc = document_from_text(
        "某县农业农村局2023年度部门整体支出绩效自评报告\n"
        "一、绩效目标\n"
        "项目完工及时率≥90%；受理群众来信来访按期办结率100%。\n"
        "二、完成情况\n"
        "全年实施的14个农业项目中，按期完工12个，完工及时率85.7%，基本完成。\n"
        "受理群众来信来访42件，按期办结42件，按期办结率100%。\n"
    )
    indicators = {r.id: r.name for r in doc.facts["indicators"]}
    linked = {str(c.value) + (c.unit or ""): indicators.get(c.indicator) for c in doc.facts["claims"]}
    assert linked["12个"] == "项目完工及时率" and linked["85.7%"] == "项目完工及时率"
    assert linked["42件"] is None


def test_a_status_of_a_target_written_with_its_bound_is_said_of_the_figure_before_it():
    """sd_qd_hyj_2024_projects, nm_bt_cgj_2022_eval: 未达到“≥90%”的年度指标值 and 未达到≥95%的目标 name the
    target by its bound only: said of the rate just stated, they answer its indicator."""
    doc = document_from_text(
        "某市海洋发展局2024年度项目支出绩效自评报告\n"
        "一、绩效目标\n"
        "渔民满意度≥90%；市政设施病害处置及时率≥95%。\n"
        "二、完成情况\n"
        "渔民满意度为88.6%，未达到“≥90%”的年度指标值。\n"
        "市政设施病害处置及时率91.2%，未达到≥95%的目标。\n"
    )
    indicators = {r.id: r.name for r in doc.facts["indicators"]}
    status = [(c.subject, c.status, indicators.get(c.indicator)) for c in doc.facts["claims"] if c.value is None]
    assert status == [("渔民满意度", "未达到", "渔民满意度"),
                      ("市政设施病害处置及时率", "未达到", "市政设施病害处置及时率")]


def test_a_year_end_before_a_change_is_its_base_and_the_sentence_head_keeps_its_time():
    """nm_hh_scjgj_2024_selfeval: 截至2024年末，…，较上年末增长6.18%: 上年末 is what the change is
    measured from, not its time; the time at the head of the sentence holds (the guideline's period)."""
    doc = document_from_text(
        "某市市场监督管理局2024年度部门整体支出绩效自评报告\n"
        "截至2024年末，全市实有经营主体41.27万户，较上年末增长6.18%；其中企业10.35万户。\n"
    )
    change = next(c for c in doc.facts["claims"] if c.value == D("6.18"))
    assert (change.period, change.verb, change.unit) == ("截至2024年末", "增长", "%")


def test_two_verbs_written_together_before_what_was_counted_are_one_verb():
    """nm_hh_scjgj_2024_selfeval: 归集公示 is one verb (collected and published), 涉企信息 what was counted."""
    doc = document_from_text(
        "某市市场监督管理局2024年度部门整体支出绩效自评报告\n"
        "全年归集公示涉企信息28.6万条。\n"
    )
    assert [(c.period, c.verb, c.subject, c.value, c.unit) for c in doc.facts["claims"]] == [
        ("全年", "归集公示", "涉企信息", D("28.6"), "万条"),
    ]


def test_money_paid_out_is_the_object_of_its_verb_and_no_standard_per_item():
    """js_sz_swj_2024_projects: 发放创建奖补资金90万元 is money paid out (发放, not 发放创建); a total, it
    does not answer the standard per item (节水型载体创建奖补标准 ≤5万元/家)."""
    doc = document_from_text(
        "某区水务局2024年度项目支出绩效自评报告\n"
        "一、绩效目标\n"
        "节水型载体创建奖补标准≤5万元/家。\n"
        "二、完成情况\n"
        "2024年，全区新创建节水型载体18家，按照每家5万元的补助标准，发放创建奖补资金90万元。\n"
    )
    paid = next(c for c in doc.facts["claims"] if c.value == D("90"))
    assert (paid.period, paid.verb, paid.unit, paid.indicator) == ("2024年", "发放", "万元", None)


def test_people_counted_before_what_they_went_on_to_do_are_the_subject():
    """gs_jnx_rsj_2023_dept, sc_lz_ylbzj_2023_dept, ln_as_wjw_2024_selfeval: the people a figure counts,
    written after it, end where what they were helped or sent to do begins."""
    doc = document_from_text(
        "某县人力资源和社会保障局2023年度部门整体支出绩效自评报告\n"
        "全年扶持862名城乡劳动者自主创业。全年资助13.27万名困难群众参保。选派32名骨干医师赴省级医院进修。\n"
    )
    assert [(c.verb, c.subject, c.value, c.unit) for c in doc.facts["claims"]] == [
        ("扶持", "城乡劳动者", D("862"), "名"),
        ("资助", "困难群众", D("13.27"), "万名"),
        ("选派", "骨干医师", D("32"), "名"),
    ]


def test_work_done_on_a_divided_area_is_a_claim_and_only_the_division_itself_is_not():
    """Review: 划分 makes no claim only where the figure counts the parts it made (划分养护标段28个,
    项目共划分12个标段); work done on a grid the text says was divided is work done."""
    from pipeline.claims import _rules

    rule = _rules().not_claim_before
    assert [bool(rule.search(x)) for x in ("划分养护标段", "项目共划分", "依据网格划分开展巡查", "划分网格后共开展巡查")] == [
        True, True, False, False]


def test_a_status_measured_against_its_targets_figure_takes_the_year_set_off_at_the_sentence_head():
    """hub_yc_jtj_2024_projects, zj_nb_nyncj_2023_eval: 2024年，… sets off the year of the whole sentence; a
    status that names its target's figure (未达到1.6亿人次的年度指标值, 超额完成3.2万亩的年度目标, and 高于… past
    the ；) reports that year's result. Said of the work alone (超额完成年度任务), only its own clause dates it;
    a 截至 date is the time of a stock, not the year of a status."""
    doc = document_from_text(
        "某市交通运输局2024年度项目支出绩效自评报告\n"
        "　　2024年，受城区网约车、共享电单车等出行方式分流影响，城区公交客运量1.52亿人次，未达到1.6亿人次的年度指标值。\n"
        "　　1.产出数量。2023年，全市新建高标准农田3.36万亩，超额完成3.2万亩的年度目标；完成高标准农田提标改造6.92万亩，"
        "高于6.8万亩的年度目标。\n"
        "2023年，共建成新建高标准农田22.36万亩，超额完成年度任务。\n"
        "截至2023年12月底，项目完工率91.49%，未达到100%的年度目标。\n"
    )
    statuses = [(c.period, c.verb, c.subject, c.status) for c in doc.facts["claims"] if c.value is None]
    assert statuses[:3] == [
        ("2024年", "达到", "城区公交客运量", "未达到"),
        ("2023年", "完成", "高标准农田", "超额完成"),
        ("2023年", "高于", "高标准农田提标改造", "高于"),
    ]
    assert (statuses[3][0], statuses[3][3]) == (None, "超额完成")
    assert statuses[4] == (None, "达到", "项目完工率", "未达到")  # the 截至 date is its figure's, not the status's


def test_a_target_requirement_after_a_status_is_the_target_and_no_figure_of_the_claim():
    """zj_nb_nyncj_2023_eval: 已达到320公里以上的目标要求 names the target (its figure, 以上 and all): a
    status of the figure before it, value null, as 未达到90%的目标值 is."""
    doc = document_from_text(
        "某市农业农村局2023年度项目支出绩效评价报告\n"
        "　　新建（改造）灌排渠道331.6公里，已达到320公里以上的目标要求。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "新建", "灌排渠道", D("331.6"), "公里", None, None),
        (None, "达到", "灌排渠道", None, None, None, "已达到"),
    ]


def test_a_status_that_names_the_object_of_a_measure_is_no_claim():
    """hub_yc_jtj_2024_projects, sx_xa_mzj_2024_selfeval: 对未达到年度目标的指标督促…整改 and 将未完成改造任务
    纳入下年度计划 say what a measure is taken on, not that a target was missed."""
    doc = document_from_text(
        "某局2024年度项目支出绩效自评报告\n"
        "　　三是对未达到年度目标的指标督促项目实施单位限期整改。\n"
        "　　下一步，将未完成改造任务纳入下年度计划优先实施。\n"
    )
    assert doc.facts["claims"] == []


def test_vehicles_counted_by_an_enforcement_verb_are_work_done_not_the_departments_own_vehicles():
    """hub_yc_jtj_2024_projects: 检查营运车辆, 查处超限超载车辆 count what enforcement acted on; the 三公
    accounts' 车辆 (the department's own) stay no claim."""
    doc = document_from_text(
        "某市交通运输局2024年度项目支出绩效自评报告\n"
        "　　2024年，执法支队共检查各类营运车辆21,356辆次，查处超限超载车辆684辆，国省干线货车超限率降至0.43%。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("2024年", "检查", "营运车辆", D("21356"), "辆次", None, None),
        ("2024年", "查处", "超限超载车辆", D("684"), "辆", None, None),
        ("2024年", "降至", "国省干线货车超限率", D("0.43"), "%", None, None),
    ]


def test_the_second_paragraph_of_a_table_cell_broken_out_by_a_browsers_copy_is_no_claim():
    """hub_yc_jtj_2024_projects (a web page copied from Chrome): a cell of two paragraphs (实际完成情况) breaks
    its row over lines, so that its 2.… stands alone after the table whose last cell is its 1.…; it is the
    cell going on, a table's, so no claim, while the report's prose after the table is read as ever."""
    doc = document_from_text(
        "某市交通运输局2024年度项目支出绩效自评报告\n"
        "项目名称\t港口岸电及船舶污染物接收转运处置补助资金\n"
        "主管部门\t某市交通运输局\t实施单位\t某市港航事业发展中心\n"
        "年度总体目标\t预期目标\t实际完成情况\n"
        "\t1.新建港口岸电设施，提高靠港船舶岸电使用水平；\n"
        "2.船舶污染物应收尽收、规范转运处置，守护长江水生态环境。\t1.新建岸电设施8套，岸电使用量186.4万千瓦时；\n"
        "2.接收船舶生活垃圾1286.5吨、含油污水3412立方米、生活污水4.872万立方米，全年未发生船舶污染事件。\n"
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "\t产出指标\t数量指标\t新建港口岸电设施\t≥8套\t8套\t10\t10\n"
        "　　2024年，新建港口岸电设施8套。\n"
    )
    assert [(c.verb, c.subject, c.value, c.unit) for c in doc.facts["claims"]] == [
        ("新建", "港口岸电设施", D("8"), "套"),
    ]


def test_a_quantity_used_or_handled_named_before_its_figure_is_a_result_with_its_change():
    """hub_yc_jtj_2024_projects: 靠港船舶岸电使用量186.4万千瓦时 names the measure (使用量) before its figure with
    no verb, as a rate is named (车辆准点率92.8%); the change after it is a claim of its own."""
    doc = document_from_text(
        "某市交通运输局2024年度项目支出绩效自评报告\n"
        "　　靠港船舶岸电使用量186.4万千瓦时，较上年增长18.6%。船员及港口企业满意度91.3%。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, None, "靠港船舶岸电使用量", D("186.4"), "万千瓦时", None, None),
        (None, "增长", "靠港船舶岸电使用量", D("18.6"), "%", None, None),
        (None, None, "船员及港口企业满意度", D("91.3"), "%", None, None),
    ]


def test_lines_run_are_work_and_the_part_whose_figure_is_the_indicators_actual_answers_it():
    """hub_yc_jtj_2024_projects: 运营公交线路98条 says 运营 (not in 运营补贴, a name); of 运营公交车1,363辆，其中
    新能源公交车1,326辆, the part answers 新能源公交车辆运营数 (actual 1326辆), not the whole."""
    doc = document_from_text(
        "某市交通运输局2024年度项目支出绩效自评报告\n"
        "项目名称\t城区公共交通运营补贴资金\n"
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "\t产出指标\t数量指标\t纳入补贴公交线路条数\t≥95条\t98条\t10\t10\n"
        "\t新能源公交车辆运营数\t≥1300辆\t1326辆\t10\t10\n"
        "　　2024年，中心城区运营公交线路98条，运营公交车1,363辆，其中新能源公交车1,326辆。"
        "按全年运营里程测算，单位车公里运营补贴为2.41元/车公里。\n"
    )
    indicators = doc.facts["indicators"]
    got = [(c.verb, c.subject, c.value, c.indicator is not None and indicators[c.indicator].name)
           for c in doc.facts["claims"]]
    assert got[:3] == [
        ("运营", "公交线路", D("98"), "纳入补贴公交线路条数"),
        ("运营", "公交车", D("1363"), False),
        (None, "新能源公交车", D("1326"), "新能源公交车辆运营数"),
    ]
    assert got[3][:2] == (None, "单位车公里运营补贴")


def test_cells_broken_under_a_header_row_of_a_browsers_copy_are_the_tables_no_claims():
    """gz_gy_gxj_2024_projects: the 年度总体目标 row of a 自评表 heads cells of several paragraphs
    (预期目标 | 实际完成情况); a browser's copy breaks them into lines up to the indicator table, and their
    figures are the table's, no claims.  The prose before the table still gives its claims."""
    doc = document_from_text(
        "贵阳市工业和信息化局2024年度项目支出绩效自评报告\n"
        "　　2.绩效目标完成情况。全年认定市级“专精特新”中小企业73家。\n"
        "项目名称\t贵阳市2024年工业和信息化发展专项资金\n"
        "主管部门\t贵阳市工业和信息化局\t实施单位\t贵阳市工业和信息化局\n"
        "年度总体目标\t预期目标\t实际完成情况\n"
        "目标1：支持一批工业企业实施技术改造，推动传统产业转型升级。\n"
        "目标2：培育一批市级“专精特新”中小企业，壮大优质企业梯队。\t1.支持工业企业技术改造项目46个，完成技改投资28.6亿元。\n"
        "2.认定市级“专精特新”中小企业73家。\n"
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        "产出指标\t数量指标\t支持工业企业技术改造项目数\t≥40个\t46个\t8\t8\t \n"
        "新认定市级“专精特新”中小企业数\t≥60家\t73家\t8\t8\t \n"
    )
    assert [(c.verb, c.subject, c.value) for c in doc.facts["claims"]] == [("认定", "市级“专精特新”中小企业", D("73"))]


def test_compound_verbs_of_service_and_help_and_the_verbs_of_drains_and_dispatch():
    """cq_yb_tyjrj_2024_selfeval, ah_hf_swj_2024_eval, gz_gy_gxj_2024_projects: 服务管理 and 帮扶援助 are one
    verb each (as 跟踪回访), not 服务 with 管理军休干部 counted; 清疏, 调度 and 设定 are work done."""
    doc = document_from_text(
        "某区退役军人事务局2024年度部门整体支出绩效自评报告\n"
        "　　服务管理军休干部136人，全年帮扶援助困难退役军人486人次。\n"
        "　　（3）排水管网清疏。年度目标为1,200公里，实际清疏排水管网1,236公里，清掏淤泥约2.1万吨，已完成年度目标。\n"
        "　　年初，我局对全部3个项目设定了绩效目标。\n"
    )
    got = [(c.period, c.verb, c.subject, c.value, c.unit) for c in doc.facts["claims"] if c.value is not None]
    assert got == [
        (None, "服务管理", "军休干部", D("136"), "人"),
        ("全年", "帮扶援助", "困难退役军人", D("486"), "人次"),
        (None, "清疏", "排水管网", D("1236"), "公里"),
        (None, "清掏", "淤泥", D("2.1"), "万吨"),
        ("年初", "设定", "项目", D("3"), "个"),
    ]


def test_not_yet_done_is_a_status_as_written_and_the_figures_second_object_is_its_subject():
    """ah_hf_swj_2024_eval: 尚未完成 is the status as written (as 尚未通过), 尚 no part of the work; bj_cy_ylj:
    in 设定了总体目标和20项年度绩效指标 the figure counts what follows it, indicators the report set, no claim."""
    doc = document_from_text(
        "合肥市2024年度城市排水防涝专项资金绩效评价报告\n"
        "　　3.可持续影响。项目实行“厂—站—网”一体化运维模式，排水设施日常巡查养护责任明确。"
        "但部分新建管网移交管护工作尚未完成，长效管护机制仍需健全，扣1分。\n"
        "　　项目设定了总体目标和20项年度绩效指标，目标与项目内容相关。\n"
    )
    assert [(c.verb, c.status, c.value) for c in doc.facts["claims"]] == [("完成", "尚未完成", None)]
    assert doc.facts["claims"][0].subject.endswith("移交管护工作")


def test_the_years_a_sentence_looks_back_over_are_no_figure_of_work():
    """cq_yb_tyjrj_2024_selfeval: 结合近三年实际完成情况合理设定绩效指标值 names a span of time, no claim."""
    doc = document_from_text(
        "某区退役军人事务局2024年度部门整体支出绩效自评报告\n"
        "　　全年走访慰问重点优抚对象1,147人次。\n"
        "　　（二）强化绩效目标管理。结合近三年实际完成情况合理设定绩效指标值，加强绩效运行监控。\n"
    )
    assert [(c.value, c.unit) for c in doc.facts["claims"]] == [(D("1147"), "人次")]


def test_a_part_gives_its_link_to_the_same_figure_said_with_the_indicators_work_later_in_the_sentence():
    """cq_yb_tyjrj_2024_selfeval: 接收退役士兵673人，其中自主就业退役士兵587人…；为587名自主就业退役士兵发放
    一次性经济补助: the 其中 part counts soldiers received; the 587 paid, later in the sentence, answers
    自主就业退役士兵一次性经济补助发放人数, and the part answers nothing."""
    doc = document_from_text(
        "某区退役军人事务局2024年度部门整体支出绩效自评报告\n"
        "　　移交安置方面，全年接收退役士兵673人，其中自主就业退役士兵587人、符合政府安排工作条件退役士兵86人；"
        "为587名自主就业退役士兵发放一次性经济补助，86名符合政府安排工作条件退役士兵全部落实安置岗位。\n"
        "部门整体支出绩效目标自评表\n"
        "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        "产出指标\t数量指标\t符合政府安排工作条件退役士兵安置人数\t86人\t86人\t3\t3\t\n"
        "自主就业退役士兵一次性经济补助发放人数\t≥550人\t587人\t3\t3\t\n"
    )
    indicators = doc.facts["indicators"]
    got = [(c.value, c.indicator is not None and indicators[c.indicator].name) for c in doc.facts["claims"]]
    assert got == [(D("673"), False), (D("587"), False), (D("86"), False),
                   (D("587"), "自主就业退役士兵一次性经济补助发放人数"),
                   (D("86"), "符合政府安排工作条件退役士兵安置人数")]


def test_work_named_then_completed_in_a_figure_takes_the_verb_wancheng():
    """cq_yb_tyjrj_2024_selfeval, nm_hh_scjgj_2024_selfeval: in 退役军人就业技能培训完成612人次 the work is named
    whole and 完成 gives its figure: verb 完成, subject the work, 培训 included."""
    doc = document_from_text(
        "某区2024年度部门整体支出绩效自评报告\n"
        "　　退役军人就业技能培训完成612人次，未达到不少于650人次的年度目标。\n"
        "　　食品生产经营者和食品安全管理人员培训完成7420人次。\n"
    )
    got = [(c.verb, c.subject, c.value, c.unit) for c in doc.facts["claims"] if c.value is not None]
    assert got == [("完成", "退役军人就业技能培训", D("612"), "人次"),
                   ("完成", "食品生产经营者和食品安全管理人员培训", D("7420"), "人次")]


def test_a_time_clause_ending_in_hou_names_when_and_the_verb_after_it_is_the_work():
    """贵阳工信局 report (set 13): 建成投产后 says when the jobs came; 新增 is the verb, 就业岗位 what it counted."""
    doc = document_from_text(
        "某某局2024年度项目支出绩效评价报告\n"
        "全市规模以上工业增加值增长5.2%，项目建成投产后新增就业岗位1716个，受支持企业满意度为94.6%。\n"
    )
    jobs = next(c for c in doc.facts["claims"] if c.value == D("1716"))
    assert claim_fields(jobs) == (None, "新增", "就业岗位", D("1716"), "个", None, None)


def test_a_level_reached_written_as_a_bare_number_is_a_claim_without_a_unit():
    """贵阳工信局 and 阜南县 reports: an index or a coefficient has no unit to make its number a figure."""
    doc = document_from_text(
        "某某局2024年度项目支出绩效评价报告\n"
        "经第三方机构评估，全市两化融合发展水平达到63.1，参训企业满意度达96.2%。\n"
        "农田灌溉水有效利用系数达到0.57，未达到0.58的目标值。\n"
        "全市新增企业达到2023年水平。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        (None, "达到", "两化融合发展水平", D("63.1"), None, None, None),
        (None, "达", "参训企业满意度", D("96.2"), "%", None, None),
        (None, "达到", "农田灌溉水有效利用系数", D("0.57"), None, None, None),
        (None, "达到", "农田灌溉水有效利用系数", None, None, None, "未达到"),
    ]


def test_an_average_funding_per_item_is_a_unit_cost():
    """贵阳工信局 report: 课题平均经费 is the cost of one output, a result, not the budget's 经费."""
    doc = document_from_text(
        "某某局2024年度项目支出绩效评价报告\n"
        "全年编制工业经济运行分析报告12期；完成产业研究课题4项，课题平均经费28.6万元。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "编制", "工业经济运行分析报告", D("12"), "期", None, None),
        ("全年", "完成", "产业研究课题", D("4"), "项", None, None),
        ("全年", None, "课题平均经费", D("28.6"), "万元", None, None),
    ]


def test_aid_money_paid_out_and_the_accuracy_of_a_payout_are_results():
    """退役军人事务局 report (set 13): 帮扶援助资金 paid out to veterans, 优抚资金发放准确率 how accurately."""
    doc = document_from_text(
        "某某局2024年度部门整体支出绩效自评报告\n"
        "全年帮扶援助困难退役军人486人次，发放帮扶援助资金218.35万元。\n"
        "优抚资金发放准确率100%，退役士兵安置任务完成率100%。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("全年", "帮扶援助", "困难退役军人", D("486"), "人次", None, None),
        ("全年", "发放", "帮扶援助资金", D("218.35"), "万元", None, None),
        (None, None, "优抚资金发放准确率", D("100"), "%", None, None),
        (None, None, "退役士兵安置任务完成率", D("100"), "%", None, None),
    ]


def test_an_average_time_within_which_work_was_done_is_its_result_but_a_time_limit_is_not():
    """退役军人事务局 report: 平均在…25个工作日内发放到位 reports how fast; 刑满释放5年内 says who."""
    doc = document_from_text(
        "某某局2024年度部门整体支出绩效自评报告\n"
        "全年一次性经济补助平均在退役士兵报到后25个工作日内发放到位；退役士兵报到接收及时率100%。\n"
        "帮教刑满释放5年内人员320人。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]][:2] == [
        ("全年", "发放", "一次性经济补助", D("25"), "个工作日", None, None),
        ("全年", None, "退役士兵报到接收及时率", D("100"), "%", None, None),
    ]
    assert not any(c.value == D("5") for c in doc.facts["claims"])


def test_dispatches_counted_in_vehicle_trips_and_a_count_of_events_named_by_their_cause():
    """合肥水务局 report (set 13): 台次 counts trips made, not vehicles held; 因…导致的 names what was
    counted, no reason a target was missed; 各项…均未超过批复概算 compares with a cost ceiling."""
    doc = document_from_text(
        "某某局2024年度项目支出绩效评价报告\n"
        "汛期累计出动排水抢险人员1.3万人次，调度抢险车辆2,860台次，开展防汛应急演练18场次。\n"
        "2024年汛期，因排水设施原因导致的人员伤亡事故为0起。\n"
        "实际单位成本为2.36万元/公里，控制在指标值以内；各项工程结算金额均未超过批复概算。\n"
    )
    assert [claim_fields(c) for c in doc.facts["claims"]] == [
        ("汛期", "出动", "排水抢险人员", D("1.3"), "万人次", None, None),
        ("汛期", "调度", "抢险车辆", D("2860"), "台次", None, None),
        ("汛期", "开展", "防汛应急演练", D("18"), "场次", None, None),
        ("2024年汛期", None, "因排水设施原因导致的人员伤亡事故", D("0"), "起", None, None),
        (None, None, "单位成本", D("2.36"), "万元/公里", None, None),
        (None, "超过", "工程结算金额", None, None, None, "未超过"),
    ]


def _subjects_of(text):
    doc = document_from_text("某某局2024年度部门整体支出绩效评价报告\n" + text + "\n")
    return [(c.verb, c.subject, c.value, c.unit) for c in doc.facts["claims"]]


def test_a_list_of_figures_ahead_of_what_they_count_ends_each_before_the_next_past_a_place_word():
    """seed 000: 与我区 joins the next figure of the list; 我区 says where, no word of what either counts."""
    assert _subjects_of("全区79个社区和1个社区工作站与我区24家律所签订了法律顾问合同。") == [
        ("签订", "社区", D("79"), "个"), ("签订", "社区工作站", D("1"), "个"), ("签订", "律所", D("24"), "家")]


def test_the_part_of_the_city_the_work_was_done_in_is_no_word_of_what_was_counted():
    """ah_hf_swj line 78, hub_yc_jtj line 42: 主城区 and 中心城区 say where, like 全区."""
    assert _subjects_of("安装积水监测设备58套，覆盖主城区42处易涝风险点。")[1] == (
        "覆盖", "易涝风险点", D("42"), "处")
    assert _subjects_of("中心城区公交站点500米覆盖率达到98.6%。") == [
        ("达到", "公交站点500米覆盖率", D("98.6"), "%")]


def test_people_a_coverb_led_to_training_are_what_a_count_of_people_counts():
    """gz_gy_gxj line 81, jx_gz_wjw line 29: 组织…培训 counted in 人次 counts the people trained; the
    same work counted in 次 is the work named with its verb (组织水利工程质量检查46次)."""
    assert _subjects_of("组织企业负责人培训562人次。") == [("培训", "企业负责人", D("562"), "人次")]
    assert _subjects_of("全年组织水利工程质量检查46次。")[0][:2] == ("检查", "水利工程质量检查")


def test_a_closing_step_after_the_verb_is_of_what_the_sentence_found_before():
    """dv_dl_yjj line 31: 整改销号 is one verb; the 70 are of the 重大事故隐患 the sentence counted."""
    assert _subjects_of("全年排查重大事故隐患71项，整改销号70项。") == [
        ("排查", "重大事故隐患", D("71"), "项"), ("整改销号", "重大事故隐患", D("70"), "项")]


def test_a_supervision_verb_after_the_coverb_is_the_work_verb_whole():
    """set 14, 石家庄 基本公卫 evaluation: 督导检查 after 组织 is the work done (as 监督检查 is), its
    whole compound the verb, not the 检查 at its end; 督促 before 整改 stays a coverb."""
    claims = _claims_of("2024年，市卫健委开展绩效运行监控2次，组织市级督导检查4轮，市级质控抽查居民健康档案3,600份，"
                        "督促各区整改问题127个。")
    assert claims == [
        ("市卫健委开展绩效运行监控2次", "2024年", "开展", "绩效运行监控", D("2"), "次", None, None),
        ("组织市级督导检查4轮", "2024年", "督导检查", "市级督导检查", D("4"), "轮", None, None),
        ("市级质控抽查居民健康档案3,600份", "2024年", "抽查", "居民健康档案", D("3600"), "份", None, None),
        ("督促各区整改问题127个", "2024年", "整改", "问题", D("127"), "个", None, None),
    ]


def test_targets_said_to_be_met_poorly_are_a_status_as_written():
    """set 14: 部分绩效指标完成情况不理想, the counterpart of 完成情况良好, is a status said of targets
    (verb 完成, no figure); the figure after it is a claim of its own."""
    claims = _claims_of("（一）部分绩效指标完成情况不理想。居民电子健康档案动态使用率仅为55.73%，部分基层机构对已建档案更新不及时。")
    assert [c[2:] for c in claims] == [
        ("完成", "部分绩效指标", None, None, None, "完成情况不理想"),
        (None, "居民电子健康档案动态使用率", D("55.73"), "%", None, None),
    ]


def test_a_result_said_to_exceed_its_years_task_is_a_comparison_status():
    """set 14, 济南 市场监管 self-evaluation: 超过3800批次的年度任务 compares the result with its target
    as 低于500件的年度目标值 does: status 超过, verb 超过, no value though a target figure is written."""
    claims = _claims_of("1.数量指标。完成食品安全监督抽检4126批次，超过3800批次的年度任务。查处各类违法案件512件，"
                        "办结468件，办结数低于500件的年度目标值。")
    assert [c[:1] + c[2:] for c in claims] == [
        ("完成食品安全监督抽检4126批次", "完成", "食品安全监督抽检", D("4126"), "批次", None, None),
        ("超过3800批次的年度任务", "超过", "食品安全监督抽检", None, None, None, "超过"),
        ("查处各类违法案件512件", "查处", "违法案件", D("512"), "件", None, None),
        ("办结468件", "办结", "违法案件", D("468"), "件", None, None),
        ("办结数低于500件的年度目标值", "低于", "办结数", None, None, None, "低于"),
    ]


def test_the_offices_a_department_is_made_of_are_no_work_done():
    """set 14: 派出…10个市场监督管理所 under 机构设置及人员情况 describes the department (as 编制 counts
    do), so its section has no claims; the work the report states later has."""
    claims = _claims_of("一、部门基本情况\n（二）机构设置及人员情况\n"
                        "我局内设办公室、政策法规科等16个科室，派出北园、堤口路、无影山等10个市场监督管理所，"
                        "所属事业单位1个（区市场监管综合服务中心）。\n"
                        "二、绩效目标完成情况\n全年新增经营主体13586户。")
    assert claims == [("全年新增经营主体13586户", "全年", "新增", "经营主体", D("13586"), "户", None, None)]


def test_the_cells_of_a_goal_table_pasted_from_a_pdf_as_plain_lines_are_no_claims():
    """set 14, 绵阳 教体局 projects, a Chrome PDF copy: the 年度总体目标 table comes as plain lines, its
    header one line (年 预期目标 实际完成情况, the label printed downwards), then the two cells' lines
    interleaved with the label's characters, then the indicator table's rows, up to the next heading.
    All of it is the table's (its 实际完成情况 cell's 9126人次 is a cell), so only the prose before claims."""
    claims = _claims_of(
        "（一）家庭经济困难学生资助经费\n2.绩效目标完成情况。2024年资助家庭经济困难学生9126人次。\n"
        "其他资金 0.00 0.00 0.00 — — —\n年 预期目标 实际完成情况\n— 2 —\n"
        "度 落实普通高中国家助学金、中等职业学校国家助学金和免学\n全年资助市直属学校家庭经济困难学生9126人次，\n"
        "总 费补助政策，以及市直属学校家庭经济困难学生生活补助政\n落实中职免学费政策7012人，资助资金全部通过社\n"
        "体 策，全年资助家庭经济困难学生不少于8500人次，资助资金\n保卡“一卡通”发放，未发生学生因家庭经济困难\n"
        "目 按时足额发放到位，确保不让一个学生因家庭经济困难而失\n失学辍学情况，年度目标全面完成。\n标 学。\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n资助普通高中家庭经\n≥5200人次 5486人次 10 10\n"
        "（二）全民健身及体育赛事活动经费\n全年共举办市级全民健身赛事活动23项。")
    assert [c[:6] for c in claims] == [
        ("2024年资助家庭经济困难学生9126人次", "2024年", "资助", "家庭经济困难学生", D("9126"), "人次"),
        ("全年共举办市级全民健身赛事活动23项", "全年", "举办", "市级全民健身赛事活动", D("23"), "项"),
    ]


def test_equipment_handed_out_is_counted_under_the_verb_that_hands_it_out():
    """set 14, 绵阳 校园安全 project: 配发 is a work verb like 发放; what it counts is what comes after 等."""
    claims = _claims_of("2.绩效目标完成情况。全年完成校园视频监控系统升级改造12所，配发防刺服、钢叉、防暴盾牌等安保器材1260件，"
                        "覆盖学校21所；")
    assert claims[1] == ("配发防刺服、钢叉、防暴盾牌等安保器材1260件", "全年", "配发", "安保器材", D("1260"), "件",
                         None, None)


def test_a_status_before_de_names_what_it_qualifies_and_says_no_status():
    """set 14: 绩效目标未完成的项目 (the projects a measure is taken on) and a scoring rule's 未达到的
    say of nothing that it was or was not done; a status said on its own is still one."""
    claims = _claims_of("三、结果应用\n将自评结果作为安排2025年预算的重要依据，对执行率偏低、绩效目标未完成的项目适当压减预算规模。"
                        "计分方法：达到目标值得满分，未达到的按完成比例计分。年度目标已完成。")
    assert claims == [("年度目标已完成", None, "完成", "年度目标", None, None, None, "已完成")]


def test_places_a_problem_was_found_in_are_a_finding_not_work_done():
    """set 14, 石家庄 基本公卫 evaluation: 1个区存在…超范围列支问题 counts where a problem was found (the
    guideline: findings of problems are no claims); the work counted before it still is."""
    claims = _claims_of("督促各区整改问题127个。扣分原因：一是现场抽查发现1个区存在将补助资金用于机构设备购置的超范围列支问题，"
                        "资金使用合规性扣0.5分。")
    assert claims == [("督促各区整改问题127个", None, "整改", "问题", D("127"), "个", None, None)]


def test_whom_a_project_serves_and_who_carries_it_out_describe_it():
    """set 14, 石家庄 基本公卫 evaluation: 服务对象为…326.50万人 and 项目实施单位为6个区… say what the project is
    (as 实施范围为… does), not what it did; 服务 and 实施 there are words of a name, no work verb."""
    claims = _claims_of("本次评价范围为市卫健委统筹管理的6个区的基本公共卫生服务补助资金，服务对象为上述区域常住人口326.50万人，"
                        "项目实施单位为6个区承担基本公共卫生服务任务的社区卫生服务中心（站）和乡镇卫生院。"
                        "全年为65岁及以上老年人提供免费健康体检38.27万人次。")
    assert claims == [("全年为65岁及以上老年人提供免费健康体检38.27万人次", "全年", "提供", "免费健康体检", D("38.27"),
                       "万人次", None, None)]


def test_the_places_a_project_takes_in_listed_after_sheji_describe_it():
    """set 14 and the 大同 高标准农田 report: 项目涉及新荣区、云州区…9个县（区）52个项目 lists where the project
    is (as 实施范围为… does), no work done; 涉及 with no list of places before its figure (涉及农民工412名)
    stays a claim."""
    claims = _claims_of("项目涉及新荣区、云州区、阳高县、天镇县、广灵县、灵丘县、浑源县、左云县、云冈区9个县（区）52个项目。"
                        "全年拖欠农民工工资案件涉及农民工412名。")
    assert claims == [("全年拖欠农民工工资案件涉及农民工412名", "全年", "涉及", "农民工", D("412"), "名", None, None)]


def test_every_numbered_line_a_cell_broke_into_is_the_table_and_no_claim():
    """A web page's 实际完成情况 cell of three numbered paragraphs, copied one line each: the first
    stays in the table's row, 2. and 3. come as lines of their own. Both go on with the cell's
    numbering (1. then 2. then 3.), so both are the table, not only the line right after it; the
    report's prose after the table still states its claims."""
    doc = document_from_text(
        "某市港航管理局2024年度项目支出绩效自评报告\n"
        "一、项目绩效目标完成情况\n"
        "项目名称\t港口船舶污染防治项目\n"
        "年度总体目标\t完成港口岸电设施建设\t1.新建岸电设施8套，全部投入使用；\n"
        "2.接收船舶生活垃圾1286.5吨，全部转运处置；\n"
        "3.改造码头污水收集设施12处。\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "产出指标\t数量指标\t岸电设施建设数量\t≥8套\t8套\n"
        "二、绩效目标完成情况\n"
        "全年共接待船舶靠港使用岸电326艘次。\n"
    )
    assert [(c.subject, c.value, c.unit) for c in doc.facts["claims"]] == [
        ("船舶靠港使用岸电", D("326"), "艘次"),
    ]


def test_numbered_lines_that_do_not_go_on_from_the_cell_above_are_prose():
    """1. and 3. under a table: no line goes on from a cell ending in 1., so they are the report's own list."""
    doc = document_from_text(
        "某市港航管理局2024年度项目支出绩效自评报告\n"
        "一、项目绩效目标完成情况\n"
        "项目名称\t港口船舶污染防治项目\n"
        "年度总体目标\t完成港口岸电设施建设\t1.新建岸电设施8套，全部投入使用；\n"
        "1.接收船舶生活垃圾1286.5吨，全部转运处置；\n"
        "3.改造码头污水收集设施12处。\n"
    )
    assert [(c.subject, c.value, c.unit) for c in doc.facts["claims"]] == [
        ("船舶生活垃圾", D("1286.5"), "吨"),
        ("码头污水收集设施", D("12"), "处"),
    ]


def test_a_bare_level_is_read_as_a_number_with_its_sentence_as_snippet():
    """农田灌溉水有效利用系数达到0.57: a bare number the claim stage reads itself; its fact keeps the
    quantities' contract, the sentence it stands in as its snippet, not the whole paragraph."""
    from pipeline import claims
    doc = document_from_text(
        "某县水利局2024年度部门整体支出绩效自评报告\n"
        "二、绩效目标完成情况\n"
        "全年新增高效节水灌溉面积1.2万亩。农田灌溉水有效利用系数达到0.57。\n"
    )
    block = next(b for b in doc.blocks if "系数" in b.text)
    [fact] = claims._bare_levels(claims._rules(), block, [])
    assert (fact.quantity.number, fact.quantity.unit, fact.quantity.kind, fact.quantity.pattern) == \
        (D("0.57"), "", "number", "bare_level")
    assert fact.snippet == "农田灌溉水有效利用系数达到0.57。"
    assert block.text[fact.quantity.start:fact.quantity.end] == "0.57"
