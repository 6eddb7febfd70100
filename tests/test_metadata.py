"""What a report is, who published it, for which year."""

import pytest

from pipeline import document_from_text


@pytest.mark.parametrize(
    "seed, title, organisation, year, kind",
    [
        ("000", "渝中区司法局项目支出绩效评价报告", "渝中区司法局", 2019, "项目支出绩效评价"),  # 2018年以来 … 2019年
        ("001", None, "遂宁市安居区司法局", 2023, "部门决算"),
        ("002", "2021年度青云谱区司法局部门整体支出绩效自评报告", "青云谱区司法局", 2021, "部门整体支出绩效评价"),
        ("003", None, "西区司法局", 2020, "部门决算"),
        ("004", None, "江门市司法局", 2021, "项目支出绩效评价"),
    ],
)
def test_seed_metadata(seed_docs, seed, title, organisation, year, kind):
    doc = seed_docs[seed]
    assert (doc.title, doc.organisation, doc.year, doc.kind) == (title, organisation, year, kind)


def test_a_pdf_cover_split_over_lines_is_one_title():
    doc = document_from_text("上海市普陀区财政局\n年度部门决算\n2024\n目 录\n第一部分 上海市普陀区财政局概况")
    assert doc.title == "上海市普陀区财政局2024年度部门决算"
    assert (doc.organisation, doc.year, doc.kind) == ("上海市普陀区财政局", 2024, "部门决算")


def test_words_before_a_name_are_not_part_of_it():
    doc = document_from_text("一、项目概况\n根据江门市司法局主要承担统筹规划法治社会建设的责任。")
    assert doc.organisation == "江门市司法局"


def test_a_web_pages_path_above_the_title_is_no_part_of_it():
    """hn_jjsqyl_2023_eval, copied from a 财政局 web page: the site's path stands on the line above
    the title and was joined to it as the first line of a title broken over two."""
    doc = document_from_text(
        "首页 > 政务公开 > 财政信息 > 预算绩效管理\n\n洛阳市2023年度居家和社区养老服务补助资金重点绩效评价报告\n"
        "发布时间：2024-09-12 10:36\n\n一、项目基本情况\n（一）项目背景\n为积极应对人口老龄化……"
    )
    assert doc.title == "洛阳市2023年度居家和社区养老服务补助资金重点绩效评价报告"


@pytest.mark.parametrize("title, project", [
    ("洛阳市2023年度居家和社区养老服务补助资金重点绩效评价报告", "居家和社区养老服务补助资金"),
    ("某市2022年度农村饮水安全专项资金绩效评价报告", "农村饮水安全专项资金"),
])
def test_the_evaluation_of_a_fund_is_a_project_evaluation_of_that_fund(title, project):
    from pipeline.metadata import report_project

    doc = document_from_text(f"{title}\n\n一、项目基本情况\n（一）项目背景\n为积极应对人口老龄化……")
    assert (doc.title, doc.kind, report_project(doc)) == (title, "项目支出绩效评价", project)
