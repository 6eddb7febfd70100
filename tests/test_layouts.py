"""The paste forms of ``zhreport bench layouts``: a tiny Word table with a cell merged down (产出指标
over two rows) and one merged across (合计 over two columns), written in each form."""

import json

import pytest

from pipeline import bench, layouts


@pytest.fixture(scope="module")
def body(tmp_path_factory):
    import docx

    d = docx.Document()
    d.add_paragraph("表1 绩效指标")
    t = d.add_table(rows=4, cols=3)
    for i, text in enumerate(["一级指标", "三级指标", "指标值"]):
        t.cell(0, i).text = text
    t.cell(1, 0).merge(t.cell(2, 0)).text = "产出指标"  # w:vMerge restart / continue
    t.cell(1, 1).text, t.cell(1, 2).text = "培训人次", "≥500人次"
    t.cell(2, 1).text, t.cell(2, 2).text = "资金拨付及时率，按季度足额拨付到位", "100%"
    t.cell(3, 0).merge(t.cell(3, 1)).text = "合计"  # w:gridSpan 2
    t.cell(3, 2).text = "100"
    d.add_paragraph("说明")
    path = tmp_path_factory.mktemp("layouts") / "tiny.docx"
    d.save(path)
    return layouts.read_body(path)


def test_the_docx_is_read_as_paragraphs_and_a_full_grid(body):
    assert body[0] == "表1 绩效指标" and body[2] == "说明"
    grid = [[(c.text, c.anchor, c.starts_cell) for c in row] for row in body[1]]
    assert grid[2][0] == ("", False, True)  # the merged-down cell's own (empty) w:tc
    assert grid[3] == [("合计", True, True), ("", False, False), ("100", True, True)]
    assert body[1][3][0].colspan == 2


EXPECTED = {
    "tab": "表1 绩效指标\n一级指标\t三级指标\t指标值\n产出指标\t培训人次\t≥500人次\n"
           "\t资金拨付及时率，按季度足额拨付到位\t100%\n合计\t\t100\n说明\n",
    "tab_short": "表1 绩效指标\n一级指标\t三级指标\t指标值\n产出指标\t培训人次\t≥500人次\n"
                 "资金拨付及时率，按季度足额拨付到位\t100%\n合计\t100\n说明\n",
    "cell_lines": "表1 绩效指标\n\t一级指标\n\t三级指标\n\t指标值\n\n\t产出指标\n\t培训人次\n\t≥500人次\n\n"
                  "\t\n\t资金拨付及时率，按季度足额拨付到位\n\t100%\n\n\t合计\n\t100\n\n说明\n",
    "grouped": "表1 绩效指标\n一级指标\n三级指标\n指标值\n\n产出指标\n培训人次\n≥500人次\n\n"
               "资金拨付及时率，按季度足额拨付到位\n100%\n\n合计\n100\n\n说明\n",
    "pipes": "表1 绩效指标\n| 一级指标 | 三级指标 | 指标值 |\n| --- | --- | --- |\n| 产出指标 | 培训人次 | ≥500人次 |\n"
             "|  | 资金拨付及时率，按季度足额拨付到位 | 100% |\n| 合计 |  | 100 |\n说明\n",
    "bars": "表1 绩效指标\n一级指标 | 三级指标 | 指标值\n产出指标 | 培训人次 | ≥500人次\n"
            " | 资金拨付及时率，按季度足额拨付到位 | 100%\n合计 |  | 100\n说明\n",
    # columns 8, 34 and 8 display columns wide; 合计 spans the first two (8 + 2 + 34)
    "spaces": "表1 绩效指标\n一级指标  三级指标                            指标值\n"
              "产出指标  培训人次                            ≥500人次\n"
              "          资金拨付及时率，按季度足额拨付到位  100%\n"
              "合计                                          100\n说明\n",
    # the 17-character cell wraps after 12; its rest is a line of its own after the row
    "pdf_copy": "表1 绩效指标\n一级指标 三级指标 指标值\n产出指标 培训人次 ≥500人次\n"
                "资金拨付及时率，按季度足 100%\n额拨付到位\n合计 100\n说明\n",
}


@pytest.mark.parametrize("form", list(layouts.FORMS))
def test_each_form_writes_the_table_as_such_copies_look(body, form):
    assert layouts.FORMS[form](body) == EXPECTED[form]


def test_display_width_counts_cjk_twice():
    assert layouts.display_width("得分10") == 6


def test_pdf_lines_never_start_with_closing_punctuation():
    assert layouts._wrap("一二三四五六七八九十一二。三四", 24) == ["一二三四五六七八九十一二。", "三四"]


def test_the_bench_scores_a_report_in_a_form(tmp_path):
    report = bench.layouts(out=tmp_path / "layouts.json", forms=["tab"], stems=["dv_mzj_2022_perf"])
    assert list(report["documents"]) == ["dv_mzj_2022_perf"]
    tab = report["forms"]["tab"]
    assert tab["gold"] == 31 and 0 <= tab["right"] <= tab["found"]
    assert set(report["forms"]) == {"docx", "tab"}
    assert (tmp_path / "layouts.json").exists()


def _table(index, rows, continues=None):
    """A PDF reader's table block: ``(text, rowspan, colspan)`` anchors, and ``(row, col)`` of the
    anchor at a position a merge covers."""
    from pipeline.model import Block, Cell

    grid = [[Cell(r, c, spec[0], rowspan=spec[1], colspan=spec[2]) if isinstance(spec[0], str)
             else Cell(r, c, "", merged_from=spec) for c, spec in enumerate(row)] for r, row in enumerate(rows)]
    return Block("table", "", 0, 0, rows=grid, index=index, continues=continues)


def test_a_pdf_readers_blocks_take_the_docx_shape():
    """A 收支总表 as the PDF reader holds it: title and unit line as paragraphs, 本年收入 across two
    columns, 项目 down two rows, the table going on on the next page under its repeated header."""
    from pipeline.model import Block

    blocks = [
        Block("paragraph", "2023年部门财务收支预算总表", 0, 0, index=0),
        Block("paragraph", "单位：万元", 0, 0, index=1),
        _table(2, [[("项目", 2, 1), ("本年收入", 1, 2), (0, 1)],
                   [(0, 0), ("预算数", 1, 1), ("上年数", 1, 1)],
                   [("一般公共预算", 1, 1), ("120.5", 1, 1), ("100", 1, 1)]]),
        _table(3, [[("项目", 2, 1), ("本年收入", 1, 2), (0, 1)],
                   [(0, 0), ("预算数", 1, 1), ("上年数", 1, 1)],
                   [("合计", 1, 1), ("120.5", 1, 1), ("100", 1, 1)]], continues=2),
    ]
    body = layouts.body_of_blocks(blocks)
    assert body[:2] == ["2023年部门财务收支预算总表", "单位：万元"] and len(body) == 3
    cells = [[(c.text, c.anchor, c.starts_cell, c.colspan) for c in row] for row in body[2]]
    assert cells[0] == [("项目", True, True, 1), ("本年收入", True, True, 2), ("", False, False, 1)]
    assert cells[1][0] == ("", False, True, 1)  # merged down: a cell of its own, as Word's w:tc
    assert layouts.tab(body) == ("2023年部门财务收支预算总表\n单位：万元\n项目\t本年收入\t\n\t预算数\t上年数\n"
                                 "一般公共预算\t120.5\t100\n合计\t120.5\t100\n")


def test_the_bench_scores_budget_amounts_of_a_rendering_in_a_form():
    result = bench._budget_layouts(["tab"], stems=["003_4fae287c1d48d8b6"])
    row = result["documents"]["003_4fae287c1d48d8b6"]
    assert set(result["forms"]) == {"docx", "tab"} and row["source"]["source"] == "docx"
    gold = json.loads((bench.BUDGET_GOLD / "003_4fae287c1d48d8b6.txt.json").read_text(encoding="utf-8"))
    assert row["tab"]["gold"] == len(gold["amounts"]) and 0 < row["tab"]["right"] <= row["tab"]["found"]


@pytest.fixture(scope="module")
def disclosure_body():
    from pipeline.document import read_document

    from conftest import PDFS

    return layouts.body_of_blocks(read_document(PDFS / "sh_putuo_czj_2024_final.pdf").blocks)


@pytest.mark.parametrize("form", sorted(layouts.FORMS))
def test_every_paste_form_of_a_real_disclosure_reads_without_error(disclosure_body, form):
    # the bars form of this 部门决算 once stopped the text reader on StopIteration: whatever form a
    # pasted table takes, reading it gives blocks, never an exception
    from pipeline.readers.text_reader import read_text

    assert read_text(layouts.FORMS[form](disclosure_body)).blocks
