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
