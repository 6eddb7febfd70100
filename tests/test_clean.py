"""Cleaning: artifacts out, full-width numbers normalized, whitespace folded, offsets kept."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text


@pytest.mark.parametrize(
    "raw, clean",
    [
        # seed 000: Word bookmarks around an indicator line
        ("[bookmark: OLE_LINK1][bookmark: OLE_LINK2]项目目标：80个", "项目目标：80个"),
        ("3. [bookmark: OLE_LINK6]项目名称：建立社区法律服务微信群", "3.项目名称：建立社区法律服务微信群"),
        # seed 001: a picture left as its file name
        ("[image: image6.emf]84.43%", "84.43%"),
        ("１，２３４．５万元", "1,234.5万元"),
        ("完成率９５％以上", "完成率95%以上"),
        # a ，that is not a thousands separator keeps its meaning
        ("分别为5，6人", "分别为5，6人"),
        # PDF text layers put spaces inside words and before 年
        ("财政拨款 三公 经费", "财政拨款三公经费"),
        ("江苏省高级人民法院 2019 年度部门预算公开", "江苏省高级人民法院2019年度部门预算公开"),
        ("（2） 项目支出绩效目标", "（2）项目支出绩效目标"),
        ("　　合计　", "合计"),
        ("201 06 01", "201 06 01"),
        ("本年收入合\n计", "本年收入合计"),
        ("a\u200bb", "ab"),
    ],
)
def test_cleaning(raw, clean):
    assert clean_text(raw)[0] == clean


def test_offsets_point_back_into_the_source():
    raw = "[bookmark: OLE_LINK5]2.项目名称：律师定期到社区值班"
    text, offsets = clean_text(raw)
    start = text.index("律师")
    assert raw[slice(*offsets.span_to_source(start, start + 2))] == "律师"
    assert offsets.to_source(0) == raw.index("2.")


def test_folded_whitespace_maps_to_the_whole_run():
    raw = "abc \t\u3000 def"
    text, offsets = clean_text(raw)
    assert text == "abc def"
    assert offsets.span_to_source(3, 4) == (3, 7)


ALPHABET = st.sampled_from(list("0123456789０１２３４５６７８９，．,.％% \t\n\u3000财政拨款万元：。[]bookmark: image") + ["[bookmark: X]", "[image: a.emf]"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_every_cleaned_character_is_traceable(raw):
    text, offsets = clean_text(raw)
    for i, ch in enumerate(text):
        j = offsets.to_source(i)
        assert 0 <= j <= len(raw)
        start, end = offsets.span_to_source(i, i + 1)
        assert 0 <= start <= end <= len(raw)
        if ch.isdigit() and not ch.isspace():
            # a digit comes from a digit, full-width or not
            assert raw[j] in "0123456789０１２３４５６７８９"


# tj_hx_tyj_2024_final: a paragraph copied out of a PDF viewer, cut by the page's footer
_CUT_BY_A_FOOTER = (
    "（三）一般公共预算财政拨款支出决算具体情况\n"
    "2024年度一般公共预算财政拨款支出年初预算为2216.24万元，调整后预算为\n"
    "2360.24万元，支出决算为2307.70万元，完成调整后预算的97.77%。决算数与预算数存在差\n"
    "异的主要原因是：年中根据赛事承办任务和人员变动追加预算，部分场馆维修改造项目通过\n"
    "{footer}\n"
    "\n"
    "政府采购节约资金。具体情况如下：\n"
    "1.文化旅游体育与传媒支出（类）体育（款）行政运行（项）\n"
    "年初预算为655.20万元，调整后预算为690.15万元，支出决算为682.47万元，完成调整\n"
    "后预算的98.89%。调整后预算数大于年初预算数，主要是年中人员调入及落实津贴补贴政策\n"
    "追加预算；决算数小于调整后预算数，主要是厉行节约，公用经费有所结余。\n"
    "{footer2}\n"
    "2.文化旅游体育与传媒支出（类）体育（款）一般行政管理事务（项）\n"
    "年初预算为60.00万元，调整后预算为60.00万元，支出决算为58.36万元，完成调整后预算的\n"
    "97.27%。决算数小于预算数，主要是严格控制会议、培训等一般性支出。\n"
)


@pytest.mark.parametrize("footer, footer2", [("- 12 -", "- 13 -"), ("— 12 —", "— 13 —"),
                                             ("第12页", "第13页"), ("12 / 30", "13 / 30")])
def test_a_paragraph_cut_by_a_page_footer_is_one_block_with_the_footer_left_out(footer, footer2):
    from pipeline import document_from_text

    source = _CUT_BY_A_FOOTER.format(footer=footer, footer2=footer2)
    doc = document_from_text(source)
    texts = [b.text for b in doc.blocks]
    assert texts[1] == (
        "2024年度一般公共预算财政拨款支出年初预算为2216.24万元，调整后预算为2360.24万元，支出决算为2307.70万元，"
        "完成调整后预算的97.77%。决算数与预算数存在差异的主要原因是：年中根据赛事承办任务和人员变动追加预算，"
        "部分场馆维修改造项目通过政府采购节约资金。具体情况如下：")
    # the words after the footer point into the source, past it
    at = doc.text.index("政府采购")
    start, end = doc.offsets.span_to_source(at, at + 4)
    assert source[start:end] == "政府采购"
    assert source[doc.offsets.to_source(at - 1)] == "过"
    # a paragraph ended at the page's end (…有所结余。) stays ended: the item after the footer opens its own
    assert texts[4] == "2.文化旅游体育与传媒支出（类）体育（款）一般行政管理事务（项）"
    assert not any(footer in t or footer2 in t for t in texts)


def test_a_footer_is_removed_only_between_two_lines_of_a_block():
    assert clean_text("项目通过\n- 12 -\n\n政府采购")[0] == "项目通过政府采购"
    assert clean_text("page one\n— 3 —\nends")[0] == "page one ends"
    # a figure over another in a line of its own at a block's end, or in a sentence, is kept
    assert clean_text("完成率\n3 / 4")[0] == "完成率3 / 4"
    assert clean_text("比例为3/4，第2页")[0] == "比例为3/4，第2页"
    assert clean_text("完成值\n3/5\n得分")[0] == "完成值3/5得分"  # a figure alone on a line of a cell stays


def test_a_paragraph_ended_at_a_page_end_stays_ended_after_the_footer():
    from pipeline import document_from_text

    source = _CUT_BY_A_FOOTER.format(footer="- 12 -", footer2="- 13 -").replace(
        "2.文化旅游体育与传媒支出（类）体育（款）一般行政管理事务（项）\n", "")
    texts = [b.text for b in document_from_text(source).blocks]
    assert texts[3].endswith("主要是厉行节约，公用经费有所结余。")
    assert texts[4].startswith("年初预算为60.00万元")
