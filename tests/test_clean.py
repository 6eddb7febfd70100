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
