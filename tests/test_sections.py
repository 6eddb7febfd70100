"""Sections: the heading tree from numbering styles, tolerant of broken numbering."""

from pipeline import document_from_text
from pipeline.sections import classify_heading, small_chinese_number


def outline(doc, limit=None):
    return [(s.level, s.number, s.title) for s in doc.sections[:limit]]


def test_seed_000_broken_numbering_keeps_siblings_together(seed_docs):
    doc = seed_docs["000"]
    assert outline(doc, 9) == [
        (1, None, "渝中区司法局项目支出绩效评价报告"),
        (2, "一、", "基本概况"),
        (3, "（一）", "项目概况"),
        (3, "（2）", "项目支出绩效目标"),  # （2） stands for （二）
        (2, "二、", "绩效评价工作情况"),
        (3, "（一）", "绩效评价目的"),
        (3, "（2）", "绩效评价原则、评价指标体系、评价方法"),
        (3, "（三）", "绩效评价工作过程"),
        (2, "3、", "综合评价情况及评价结论"),  # 3、 stands for 三、
    ]
    assert outline(doc)[9] == (3, "1.", "项目名称：“一居一顾问”覆盖社区数")


def test_parent_and_span_of_a_section(seed_docs):
    doc = seed_docs["000"]
    basic, project = doc.sections[1], doc.sections[2]
    assert project.parent == basic.index
    assert doc.text[project.start : project.end].startswith("（一）项目概况\n公共法律服务是政府公共服务体系的重要组成部分")
    assert project.end == doc.sections[3].start
    assert basic.end == doc.sections[4].start


def test_seed_001_parts_attachments_and_numbers_lost_in_pasting(seed_docs):
    doc = seed_docs["001"]
    titles = {}
    for s in doc.sections:
        titles.setdefault(s.title, s)
    part2 = titles["2023年度部门决算情况说明"]
    assert (part2.number, part2.level, part2.style) == ("第二部分", 1, "part")
    # 一、二、三、 were lost in pasting; 四、 stands beside the unnumbered titles, not below them
    income = titles["收入决算情况说明"]
    fourth = titles["财政拨款收入支出决算总体情况说明"]
    assert income.parent == fourth.parent == part2.index
    assert fourth.level == income.level == 2
    item = titles["公共安全支出（204）司法（06）行政运行（01）"]
    assert (item.number, item.level) == ("1.", 4)
    attachment = next(s for s in doc.sections if s.number == "附件2")
    assert attachment.title == "专项预算项目绩效评价报告（案件代理）"
    nxt = next(s for s in doc.sections if s.title == "专项预算项目绩效评价报告（普法宣传）")
    assert nxt.level == attachment.level  # the next report of the 附件 is its sibling


def test_seed_003_title_split_over_two_lines(seed_docs):
    doc = seed_docs["003"]
    attachment = next(s for s in doc.sections if s.number == "附件2-2")
    assert attachment.title == "社区安帮、人民调解和社区矫正工作项目2020年绩效评价报告"
    assert any(s.title == "名词解释" and s.style == "title" for s in doc.sections)


def test_seed_004_projects_hold_their_indicators(seed_docs):
    doc = seed_docs["004"]
    project = next(s for s in doc.sections if s.number == "项目1：")
    children = [s for s in doc.sections if s.parent == project.index]
    assert project.title == "法援及公职所业务经费、刑事辩护全覆盖律师办案工作经费"
    assert [c.number for c in children] == ["（1）", "（2）", "（3）", "（4）"]
    assert children[0].title == "数量指标--法律援助案件数>=4000件，2021年共办理法律援助案件4521件"


def test_every_block_knows_its_innermost_section(seed_docs):
    for doc in seed_docs.values():
        for block in doc.blocks:
            if block.section is not None:
                section = doc.sections[block.section]
                assert section.start <= block.start < section.end
                deeper = [s for s in doc.sections if s.start <= block.start < s.end and s.level > section.level]
                assert not deeper


def test_table_of_contents_entries_are_not_sections():
    doc = document_from_text("某某局2024年度部门决算\n目录\n一、主要职能\n二、机构设置\n一、主要职能\n本局负责。\n二、机构设置\n内设3个科室。")
    assert outline(doc) == [(1, None, "某某局2024年度部门决算"), (2, "一、", "主要职能"), (2, "二、", "机构设置")]


def test_restarting_list_under_new_parent():
    doc = document_from_text("一、收入\n1.财政拨款\n2.其他收入\n二、支出\n1.基本支出\n2.项目支出")
    assert outline(doc) == [
        (1, "一、", "收入"), (2, "1.", "财政拨款"), (2, "2.", "其他收入"),
        (1, "二、", "支出"), (2, "1.", "基本支出"), (2, "2.", "项目支出"),
    ]


def test_circled_and_paren_numbers():
    doc = document_from_text("（一）产出\n①数量指标\n②质量指标\n（二）效益")
    assert outline(doc) == [(1, "（一）", "产出"), (2, "①", "数量指标"), (2, "②", "质量指标"), (1, "（二）", "效益")]


def test_figures_are_not_headings():
    assert classify_heading("1163.82万元用于基本支出") is None
    assert classify_heading("2023年度收、支总计均为1163.82万元。") is None
    assert classify_heading("一般公共预算财政拨款收入1163.82万元") is None


def test_small_chinese_numbers():
    assert [small_chinese_number(t) for t in ("一", "十", "十二", "二十", "九十九", "百", "一二")] == [1, 10, 12, 20, 99, None, None]


def test_an_outer_style_closes_the_list_before_it(seed_docs):
    # seed 001: 一、部门职责 lost its number in pasting; 二、机构设置 closes the items 1. … 10.
    doc = seed_docs["001"]
    org = next(s for s in doc.sections if s.title == "机构设置")
    assert (org.number, org.level, doc.sections[org.parent].number) == ("二、", 2, "第一部分")
    # seed 003: 8、 among 1. … 7. and 9. is one more item of the same list
    doc = seed_docs["003"]
    eighth = next(s for s in doc.sections if s.number == "8、")
    seventh = doc.sections[eighth.index - 1]
    assert (seventh.number, seventh.level, seventh.parent) == ("7.", eighth.level, eighth.parent)


def test_a_numbered_part_of_the_body_after_an_attachment_table_closes_it():
    """gz_gy_gxj: each project's 自评表 (附表1) follows its prose; the notes under the table (2.认定…)
    stay in the attachment, but （二） goes on with the body's （一） under 二、, and 三、 with 二、."""
    doc = document_from_text(
        "贵阳市工业和信息化局2024年度项目支出绩效自评报告\n"
        "一、基本情况\n"
        "　　2024年，我局纳入本次自评范围的项目共3个。\n"
        "二、项目绩效自评情况\n"
        "（一）贵阳市2024年工业和信息化发展专项资金\n"
        "　　1.项目概况。该项目年初预算数4200万元。\n"
        "　　3.存在的问题及改进措施。部分项目建设进度滞后。\n"
        "附表1\n"
        "项目支出绩效自评表\n"
        "目标1：支持一批工业企业实施技术改造，推动传统产业转型升级。\n"
        "2.认定市级“专精特新”中小企业73家。\n"
        "（二）2024年“万企融合”大数据赋能行动专项经费\n"
        "　　1.项目概况。该项目年初预算数1500万元。\n"
        "三、自评结论\n"
    )
    assert [(s.level, s.number, s.title, s.parent) for s in doc.sections] == [
        (1, None, "贵阳市工业和信息化局2024年度项目支出绩效自评报告", None),
        (2, "一、", "基本情况", 0),
        (2, "二、", "项目绩效自评情况", 0),
        (3, "（一）", "贵阳市2024年工业和信息化发展专项资金", 2),
        (4, "1.", "项目概况", 3),
        (4, "3.", "存在的问题及改进措施", 3),
        (2, "附表1", "项目支出绩效自评表", 0),
        (3, "2.", "认定市级“专精特新”中小企业73家", 6),
        (3, "（二）", "2024年“万企融合”大数据赋能行动专项经费", 2),
        (4, "1.", "项目概况", 8),
        (2, "三、", "自评结论", 0),
    ]
