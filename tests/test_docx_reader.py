"""The .docx reader, on the committed renderings of seeds 001 and 003 and on documents built here.

The renderings are made by corpus/make_renderings.py from the pasted-text seeds; the expected
values below are read off the seeds themselves.
"""

from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from pipeline import read_document
from pipeline.errors import CorruptFile, EmptyFile, EncryptedFile
from pipeline.readers import reader_for
from pipeline.readers.docx_reader import read_docx
from pipeline.readers.text_reader import read_text

from conftest import indicator_facts, rendered_with_gold

CORPUS = Path(__file__).parent.parent / "corpus"
DOCX_001 = CORPUS / "renderings" / "001_cbcf39354c9835b0.docx"
DOCX_003 = CORPUS / "renderings" / "003_4fae287c1d48d8b6.docx"
SEED_001 = CORPUS / "seeds" / "001_cbcf39354c9835b0.txt"
SEED_003 = CORPUS / "seeds" / "003_4fae287c1d48d8b6.txt"

# The one line of seed 001 inside a table that has no leading TAB: the second paragraph of the
# 存在问题 cell of the 社区矫正办公经费 自评表 (seed line 1188).
CELL_SECOND_PARAGRAPH = "社区矫正经费不足。按规定要求，区、乡镇（街道）司法行政部门要安排专人"


@pytest.fixture(scope="module")
def source_001():
    return read_docx(DOCX_001)


def _text(source, span) -> str:
    return source.text[span.start : span.end]


def _tables(source):
    return [b for b in source.blocks if b.kind == "table"]


def _row_texts(source, row) -> list[str]:
    return [_text(source, cell) for cell in row]


def _seed_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


# --------------------------------------------------------------------------------------------
# body order


@pytest.mark.parametrize("docx_path, seed_path", [(DOCX_001, SEED_001), (DOCX_003, SEED_003)])
def test_paragraphs_come_in_body_order_with_the_seed_text_unchanged(docx_path, seed_path):
    source = read_docx(docx_path)
    paragraphs = [_text(source, b) for b in source.blocks if b.kind == "paragraph"]
    expected = [line for line in _seed_lines(seed_path) if line.strip() and not line.startswith("\t")]
    if seed_path == SEED_001:
        # the first line starting so is the cell paragraph; the same text is a paragraph later on
        expected.remove(next(line for line in expected if line.startswith(CELL_SECOND_PARAGRAPH)))
    assert paragraphs == expected
    assert source.format == "docx"
    assert source.pages is None


def test_tables_stand_between_the_paragraphs_around_them(source_001):
    kinds = [b.kind for b in source_001.blocks]
    first = kinds.index("table")
    assert kinds.count("table") == 6
    assert kinds[first : first + 6] == ["table"] * 6  # the six tables follow each other
    before, after = source_001.blocks[first - 1], source_001.blocks[first + 6]
    assert _text(source_001, before) == "附表：部门预算项目支出绩效自评表（2023年度）"
    assert _text(source_001, source_001.blocks[first].rows[0][0]) == "2024年区级部门整体支出绩效评价指标体系"
    assert _text(source_001, after) == "附件2"
    # spans are in text order and do not overlap
    ends = [(b.start, b.end) for b in source_001.blocks]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ends, ends[1:]))


def test_paragraph_styles_are_passed_on(source_001):
    styles = {_text(source_001, b): b.style for b in source_001.blocks[:4]}
    assert styles == {
        " 第一部分 部门概况": "Heading 1",
        "部门职责": "Normal",
        "1.负责区委、区政府规范性文件、重大行政决策发布前的合法性审查。承办区政府规范性文件的报送备案工作。"
        "负责全区各级各部门规范性文件报送区政府的备案审查工作。组织开展规范性文件清理。负责区本级政府合同备案管理、"
        "区政府涉法事务处理。": "Normal",
        "2.承担统筹推进法治政府建设的责任。监督指导全区各级各部门依法行政工作。负责综合协调、监督检查行政执法，"
        "指导推进行政执法体制改革有关工作，严格规范公正文明执法。指导监督全区行政复议、行政诉讼、行政裁决和行政赔偿"
        "工作，承办向区政府申请的行政复议、行政赔偿案件，代理区政府行政应诉案件。": "Normal",
    }
    counts = Counter(b.style for b in source_001.blocks if b.kind == "paragraph")
    assert counts == {"Normal": 281, "Heading 2": 40, "Heading 3": 23, "Heading 1": 4}


def test_core_properties_become_metadata(source_001):
    assert source_001.metadata == {
        "title": "遂宁市安居区司法局2023年度部门决算",
        "author": "zhreport corpus",
        "created": "2024-01-01T00:00:00+00:00",
        "modified": "2024-01-01T00:00:00+00:00",
    }


def test_the_reader_table_dispatches_docx_here():
    source = reader_for(DOCX_003)(DOCX_003, DOCX_003.read_bytes())
    assert source.format == "docx"
    assert _text(source, source.blocks[1]) == "一、基本职能及主要工作"
    assert source.blocks[1].style == "Heading 2"
    assert not _tables(source)


# --------------------------------------------------------------------------------------------
# merged cells: the 自评表 of project 案件代理 (seed 001, lines 439-646)


@pytest.fixture(scope="module")
def self_assessment(source_001):
    return _tables(source_001)[1]


def test_every_row_has_one_cell_per_grid_column(source_001):
    for table in _tables(source_001):
        widths = {len(row) for row in table.rows}
        assert len(widths) == 1
        for r, row in enumerate(table.rows):
            assert [(cell.row, cell.col) for cell in row] == [(r, c) for c in range(len(row))]
    assert [(len(t.rows), len(t.rows[0])) for t in _tables(source_001)] == [
        (16, 8), (26, 11), (25, 11), (24, 11), (22, 11), (27, 11)
    ]


def test_performance_indicator_header_row_and_its_vertical_merge(source_001, self_assessment):
    header = self_assessment.rows[12]
    assert _row_texts(source_001, header) == [
        "绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
        "度量单位", "完成值", "权重", "得分", "未完成原因分析",
    ]
    anchor = header[0]
    assert (anchor.rowspan, anchor.colspan, anchor.merged_from) == (9, 1, None)
    assert all((c.rowspan, c.colspan, c.merged_from) == (1, 1, None) for c in header[1:])
    # the label column is covered down to the last indicator row, and not into 合计
    assert [self_assessment.rows[r][0].merged_from for r in range(13, 21)] == [(12, 0)] * 8
    assert self_assessment.rows[21][0].merged_from is None


def test_indicator_rows_resolve_first_and_second_level_merges(source_001, self_assessment):
    rows = self_assessment.rows
    assert _row_texts(source_001, rows[13]) == [
        "", "产出指标", "数量指标", "代理非诉案件（包括行政复议、仲裁、重大决策专项法律意见书等）",
        "≥", "1", "件", "　", "10", "　10", "　",
    ]
    assert _row_texts(source_001, rows[14]) == [
        "", "", "", "代理重大行政案件、民商事诉讼案件", "≥", "2", "件", "　", "20", "20　", "　",
    ]
    产出, 数量 = rows[13][1], rows[13][2]
    assert (产出.rowspan, 产出.colspan) == (3, 1)
    assert (数量.rowspan, 数量.colspan) == (2, 1)
    assert [c.merged_from for c in rows[14][:3]] == [(12, 0), (13, 1), (13, 2)]
    assert [c.merged_from for c in rows[15][:3]] == [(12, 0), (13, 1), None]
    assert _text(source_001, rows[15][2]) == "时效指标"
    # covered positions hold no text; an empty 完成值 is a cell of its own, not a merge
    assert rows[14][7].merged_from is None and rows[14][7].rowspan == 1


def test_budget_execution_rows_and_horizontal_spans(source_001, self_assessment):
    rows = self_assessment.rows
    head = rows[6]
    assert _row_texts(source_001, head)[:9] == [
        "预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数",
        "预算执行率", "权重", "得分", "原因",
    ]
    assert (head[0].rowspan, head[8].colspan) == (6, 3)
    assert [c.merged_from for c in head[9:]] == [(6, 8), (6, 8)]
    assert _row_texts(source_001, rows[8])[:8] == ["", "其中：财政资金", "3.00", "2.40", "2.40", "100.00%", "/", "/"]
    assert rows[8][0].merged_from == (6, 0)
    # a one-cell title row spans the grid; 合计 spans up to the 权重 column
    assert (rows[0][0].colspan, _text(source_001, rows[0][0])) == (11, "部门预算项目支出绩效自评表（2023年度）")
    assert [c.merged_from for c in rows[0][1:]] == [(0, 0)] * 10
    total = rows[21]
    assert (_text(source_001, total[0]), total[0].colspan) == ("合计", 8)
    assert _row_texts(source_001, total)[8:] == ["100", "　100", "　"]
    assert [c.merged_from for c in total[1:8]] == [(21, 0)] * 7


def test_covered_positions_have_empty_spans(source_001):
    for table in _tables(source_001):
        for row in table.rows:
            for cell in row:
                if cell.merged_from is not None:
                    assert cell.start == cell.end
                    anchor = table.rows[cell.merged_from[0]][cell.merged_from[1]]
                    assert anchor.merged_from is None
                    assert anchor.row <= cell.row < anchor.row + anchor.rowspan
                    assert anchor.col <= cell.col < anchor.col + anchor.colspan


def test_a_cell_of_two_paragraphs_keeps_both_lines(source_001):
    table = _tables(source_001)[4]  # 社区矫正办公经费
    row = next(r for r in table.rows if _text(source_001, r[0]) == "存在问题")
    lines = _text(source_001, row[1]).split("\n")
    assert len(lines) == 2
    assert lines[0].startswith("工作多而人员少，辅助人员工资低")
    assert lines[1].startswith(CELL_SECOND_PARAGRAPH)


def test_all_table_text_of_the_seed_is_in_the_tables(source_001):
    """Every non-empty pasted cell line of the seed, as often as it occurs, and nothing else."""
    lines = _seed_lines(SEED_001)
    expected = Counter(line[1:].strip() for line in lines if line.startswith("\t") and line[1:].strip())
    expected[next(line for line in lines if line.startswith(CELL_SECOND_PARAGRAPH)).strip()] += 1
    found = Counter(
        line.strip()
        for table in _tables(source_001)
        for row in table.rows
        for cell in row
        for line in _text(source_001, cell).split("\n")
        if line.strip()
    )
    assert found == expected
    assert sum(found.values()) == 689


# --------------------------------------------------------------------------------------------
# documents built here: nested tables, gridBefore, python-docx merges, empty documents


def test_a_nested_table_follows_its_outer_table_and_stays_out_of_the_cell(tmp_path):
    document = docx.Document()
    document.add_paragraph("表前")
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "项目"
    host = outer.cell(0, 1)
    host.text = "明细如下"
    inner = host.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "指标", (0, 1): "数值", (1, 0): "完成率", (1, 1): "100%"}.items():
        inner.cell(r, c).text = text
    outer.cell(1, 0).text = "合计"
    outer.cell(1, 1).text = "3.00"
    document.add_paragraph("表后")
    path = tmp_path / "nested.docx"
    document.save(path)

    source = read_docx(path)
    assert [(b.kind, b.style) for b in source.blocks] == [
        ("paragraph", "Normal"), ("table", None), ("table", "nested"), ("paragraph", "Normal"),
    ]
    outer_block, inner_block = source.blocks[1], source.blocks[2]
    assert [_row_texts(source, row) for row in outer_block.rows] == [["项目", "明细如下"], ["合计", "3.00"]]
    assert [_row_texts(source, row) for row in inner_block.rows] == [["指标", "数值"], ["完成率", "100%"]]
    assert source.text.count("完成率") == 1


def test_python_docx_merges_and_grid_before(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(1, 1))
    table.cell(0, 0).text = "合并"
    table.cell(0, 2).text = "右上"
    table.cell(1, 2).text = "右中"
    # the last row starts one grid column in: w:gridBefore and one w:tc fewer
    tr = table.rows[2]._tr
    tr.remove(tr.tc_lst[0])
    grid_before = OxmlElement("w:gridBefore")
    grid_before.set(qn("w:val"), "1")
    tr.get_or_add_trPr().append(grid_before)
    cells = tr.tc_lst
    cells[0].p_lst[0].append(_run("乙"))
    cells[1].p_lst[0].append(_run("丙"))
    path = tmp_path / "merged.docx"
    document.save(path)

    source = read_docx(path)
    (block,) = source.blocks
    assert [_row_texts(source, row) for row in block.rows] == [
        ["合并", "", "右上"], ["", "", "右中"], ["", "乙", "丙"],
    ]
    anchor = block.rows[0][0]
    assert (anchor.rowspan, anchor.colspan) == (2, 2)
    assert [c.merged_from for c in block.rows[0] + block.rows[1]] == [
        None, (0, 0), None, (0, 0), (0, 0), None,
    ]
    assert [c.merged_from for c in block.rows[2]] == [None, None, None]


def test_a_table_of_one_cell_per_row_is_read_as_running_text(tmp_path):
    """A report whose headings are boxed in one-cell tables, as ln_wlj_2023_dept.txt pastes them
    (``\t一、部门基本情况``): the headings are paragraphs, in order, with their style; the table
    of figures after them stays a table."""
    document = docx.Document()
    frame = document.add_table(rows=2, cols=1)
    frame.cell(0, 0).text = "凤城市文化旅游和广播电视局2023年度部门整体支出绩效自评报告"
    frame.cell(1, 0).paragraphs[0].text = "一、部门基本情况"
    frame.cell(1, 0).paragraphs[0].style = document.styles["Heading 2"]
    document.add_paragraph("2023年年初预算2836.45万元。")
    figures = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "指标", (0, 1): "完成值", (1, 0): "预算执行率", (1, 1): "97.28%"}.items():
        figures.cell(r, c).text = text
    path = tmp_path / "framed.docx"
    document.save(path)

    source = read_docx(path)
    assert [(b.kind, b.style, _text(source, b)) for b in source.blocks[:3]] == [
        ("paragraph", "Normal", "凤城市文化旅游和广播电视局2023年度部门整体支出绩效自评报告"),
        ("paragraph", "Heading 2", "一、部门基本情况"),
        ("paragraph", "Normal", "2023年年初预算2836.45万元。"),
    ]
    (table,) = _tables(source)
    assert [_row_texts(source, row) for row in table.rows] == [["指标", "完成值"], ["预算执行率", "97.28%"]]


def _run(text: str):
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    return run


def test_content_controls_breaks_and_revisions(tmp_path):
    """Paragraphs inside a w:sdt are read in place; w:tab/w:br are text, w:del and field codes not."""
    from lxml import etree

    document = docx.Document()
    document.add_paragraph("一、基本情况", style="Heading 2")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    sdt = etree.fromstring(
        f'<w:sdt xmlns:w="{w}"><w:sdtContent><w:p>'
        "<w:r><w:t>收入合计</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>1163.82</w:t></w:r>"
        '<w:del w:id="1" w:author="x"><w:r><w:delText>1200.00</w:delText></w:r></w:del>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "<w:r><w:br/><w:t>万元</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    body = document.element.body
    body.insert(len(body) - 1, sdt)  # before the closing w:sectPr
    document.add_paragraph("（一）收入")
    path = tmp_path / "controls.docx"
    document.save(path)

    source = read_docx(path)
    assert [(_text(source, b), b.style) for b in source.blocks] == [
        ("一、基本情况", "Heading 2"), ("收入合计\t1163.82\n万元", "Normal"), ("（一）收入", "Normal"),
    ]


def test_a_text_box_follows_its_paragraph_once(tmp_path):
    """The DrawingML text box is read after the paragraph that anchors it; its VML copy is not."""
    from lxml import etree

    document = docx.Document()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = '<w:txbxContent><w:p><w:r><w:t>单位：万元</w:t></w:r></w:p></w:txbxContent>'
    paragraph = etree.fromstring(
        f'<w:p xmlns:w="{w}" xmlns:mc="{mc}"><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r><w:r><w:t>收入支出决算总表</w:t></w:r></w:p>"
    )
    body = document.element.body
    body.insert(len(body) - 1, paragraph)
    path = tmp_path / "textbox.docx"
    document.save(path)

    source = read_docx(path)
    assert [_text(source, b) for b in source.blocks] == ["收入支出决算总表", "单位：万元"]


def test_a_document_without_text_is_empty(tmp_path):
    document = docx.Document()
    document.add_paragraph("")
    document.add_table(rows=2, cols=2)
    path = tmp_path / "blank.docx"
    document.save(path)
    with pytest.raises(EmptyFile) as info:
        read_docx(path)
    assert str(info.value) == f"{path}: the .docx contains no text"


# --------------------------------------------------------------------------------------------
# broken files


def test_junk_bytes_are_a_corrupt_file(tmp_path):
    path = tmp_path / "x.docx"
    path.write_bytes(b"this is not a Word document at all\x00\x01\x02" * 20)
    with pytest.raises(CorruptFile) as info:
        read_docx(path)
    assert str(info.value) == f"{path}: not a valid .docx (not a zip file)"
    assert "x.docx" in str(info.value)


def test_a_truncated_docx_is_a_corrupt_file(tmp_path):
    data = DOCX_001.read_bytes()
    path = tmp_path / "half.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile) as info:
        read_docx(path)
    assert str(info.value) == f"{path}: not a valid .docx (truncated or damaged zip)"


def test_a_zip_that_is_no_word_document_is_a_corrupt_file(tmp_path):
    import zipfile

    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(CorruptFile) as info:
        read_docx(path)
    assert str(info.value).startswith(f"{path}: not a valid .docx (missing part ")


def test_old_doc_and_encrypted_packages_are_named(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    old = tmp_path / "old.docx"
    old.write_bytes(ole + b"WordDocument".decode().encode("utf-16-le"))
    with pytest.raises(CorruptFile, match=r"old\.docx: not a valid \.docx \(an old binary Word \.doc file"):
        read_docx(old)
    locked = tmp_path / "locked.docx"
    locked.write_bytes(ole + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(EncryptedFile, match=r"locked\.docx: the \.docx is password-protected"):
        read_docx(locked)


# --------------------------------------------------------------------------------------------
# every rendering gives the indicator rows of its text


@pytest.mark.parametrize("text, rendering", rendered_with_gold("docx"))
def test_every_rendering_gives_the_indicator_rows_of_its_text(text, rendering):
    assert indicator_facts(rendering) == indicator_facts(text)


# --------------------------------------------------------------------------------------------
# tables typed as spaced lines

# a 自评表 copied out of a PDF viewer and pasted into Word: a row a paragraph, cells one space
# apart, the header's second line ('（A） （B） 措施') and a wrapped name ('机构数') paragraphs of
# their own (sc_lz_ylbzj_2023_dept)
TYPED_TABLE = [
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进",
    "（A） （B） 措施",
    "产出指标 数量指标 基本医疗保险参保人数 ≥405万人 409.86万人 5 5",
    "基本医疗保险参保率 ≥95% 95.62% 4 4",
    "打击欺诈骗保专项检查定点医药 ≥1200家 1326家 3 3",
    "机构数",
    "时效指标 医保待遇按时足额支付率 =100% 100% 3 3",
    "合计 100 98.94",
]


def _typed_docx(tmp_path, before, lines, after, word_table=False):
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    for text in lines:
        document.add_paragraph(text)
    if word_table:
        table = document.add_table(rows=2, cols=2)
        for r, row in enumerate([["项目", "金额"], ["基本支出", "2,240.15"]]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    for text in after:
        document.add_paragraph(text)
    path = tmp_path / "typed.docx"
    document.save(path)
    return read_docx(path)


def test_a_table_typed_as_spaced_paragraphs_is_a_table_block(tmp_path):
    """The text reader's table, over the paragraphs' own text; the paragraphs around it stay."""
    source = _typed_docx(tmp_path, ["年度绩效指标"], TYPED_TABLE, ["注：分值为100分。"])
    kinds = [b.kind for b in source.blocks]
    assert kinds == ["paragraph", "table", "paragraph"]
    table = source.blocks[1]
    # the paragraphs are the document's text as they are, a line each
    assert _text(source, table) == "\n".join(TYPED_TABLE)
    assert table.page is None
    rows = [_row_texts(source, row) for row in table.rows]
    assert rows[0] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进"]
    assert rows[1] == ["产出指标", "数量指标", "基本医疗保险参保人数", "≥405万人", "409.86万人", "5", "5", ""]
    assert rows[2] == ["", "", "基本医疗保险参保率", "≥95%", "95.62%", "4", "4", ""]
    assert rows[3][2] == "打击欺诈骗保专项检查定点医药"
    assert [source.text[a:b] for a, b in table.rows[3][2].more] == ["机构数"]
    assert rows[4] == ["", "时效指标", "医保待遇按时足额支付率", "=100%", "100%", "3", "3", ""]
    assert rows[5] == ["合计", "", "", "", "", "100", "98.94", ""]
    assert [_text(source, b) for b in source.blocks if b.kind == "paragraph"] == ["年度绩效指标", "注：分值为100分。"]


def test_paragraphs_around_a_word_table_stay_apart_from_the_typed_table(tmp_path):
    source = _typed_docx(tmp_path, [], TYPED_TABLE, ["泸州市医疗保障局 2024年5月20日"], word_table=True)
    assert [b.kind for b in source.blocks] == ["table", "table", "paragraph"]
    assert _row_texts(source, source.blocks[1].rows[1]) == ["基本支出", "2,240.15"]
    assert _text(source, source.blocks[2]) == "泸州市医疗保障局 2024年5月20日"


def test_prose_with_spaces_stays_paragraphs(tmp_path):
    prose = ["委托单位：吉安市水利局", "评价机构：江西赣禹工程咨询有限公司", "报告日期：2025年5月",
             "巩固全民参保成果，落实医保待遇 全民参保持续巩固，待遇政策全面"]
    source = _typed_docx(tmp_path, prose, [], [])
    assert [_text(source, b) for b in source.blocks] == prose
    assert {b.kind for b in source.blocks} == {"paragraph"}


def test_a_typed_table_may_hold_line_breaks_but_not_begin_inside_a_paragraph(tmp_path):
    # the header's two lines one paragraph, apart by a line break (w:br): still the table
    broken = [TYPED_TABLE[0] + "\n" + TYPED_TABLE[1]] + TYPED_TABLE[2:]
    source = _typed_docx(tmp_path, [], broken, [])
    assert [b.kind for b in source.blocks] == ["table"]
    assert _text(source, source.blocks[0]) == "\n".join(TYPED_TABLE)
    # a table that would begin after a line break inside a paragraph: the paragraphs are left
    inside = ["年度绩效指标\n" + TYPED_TABLE[0]] + TYPED_TABLE[1:]
    source = _typed_docx(tmp_path, [], inside, [])
    assert {b.kind for b in source.blocks} == {"paragraph"}
    assert [_text(source, b) for b in source.blocks] == inside


# --------------------------------------------------------------------------------------------
# prose typed at a fixed width


# text pulled out of a PDF and pasted into Word: each line of the PDF a Word paragraph, sentences
# and figures broken at a fixed width ('资金到位' / '率97.89%') (jx_ja_slj_2024_project)
TYPED_PROSE = [
    "3.项目组织管理",
    "项目实行“省级统筹、市级监管、县级负责”的管理体制。市水利局负",
    "责任务分解、技术指导和监督检查；各县（市、区）政府为项目实施责",
    "任主体，县级水利部门作为项目法人组织工程招标、施工和验收；市",
    "财政局负责资金拨付和监管。",
    "（二）项目资金情况",
    "1.资金预算及来源",
    "项目计划总投资13,880.00万元，其中：中央财政水利发展资金",
    "8,420.00万元，省级财政配套资金3,570.00万元，市县财政配套资金",
    "1,890.00万元。中央和省级补助标准为小（1）型水库每座510万元、",
    "小（2）型水库每座200万元。",
    "2.资金到位情况",
    "截至2024年12月31日，项目资金实际到位13,586.50万元，资金到位",
    "率97.89%。其中中央和省级资金11,990.00万元全部到位；市县配套资",
    "金到位1,596.50万元，峡江县、万安县、永新县三县配套资金尚有",
    "293.50万元未到位。",
    "3.资金使用情况",
    "截至2024年12月31日，项目累计支出12,211.80万元，占到位资金的",
    "89.88%，占计划总投资的87.98%。结余资金1,374.70万元，主要为",
    "尚未支付的工程尾款和质量保证金。分县资金下达及支出情况详见附",
    "件2。",
]

# the paragraphs the text reader makes of those lines, by line numbers (first, last)
TYPED_PROSE_PARAGRAPHS = [(0, 0), (1, 4), (5, 5), (6, 6), (7, 10), (11, 11), (12, 15), (16, 16), (17, 20)]


def test_prose_typed_a_line_a_paragraph_is_joined_as_the_text_reader_joins_its_lines(tmp_path):
    source = _typed_docx(tmp_path, [], TYPED_PROSE, [])
    # the paragraphs' text as it is, a line each; a joined paragraph is one block over its lines
    assert source.text == "\n".join(TYPED_PROSE)
    assert [b.kind for b in source.blocks] == ["paragraph"] * len(TYPED_PROSE_PARAGRAPHS)
    assert [_text(source, b) for b in source.blocks] == [
        "\n".join(TYPED_PROSE[a : b + 1]) for a, b in TYPED_PROSE_PARAGRAPHS]
    # the same blocks as the text reader's over the same lines
    text = read_text("\n".join(TYPED_PROSE))
    assert [(b.start, b.end) for b in source.blocks] == [(b.start, b.end) for b in text.blocks]


def test_a_figure_broken_over_two_paragraphs_is_read_whole(tmp_path):
    _typed_docx(tmp_path, [], TYPED_PROSE, [])
    document = read_document(tmp_path / "typed.docx")
    # the line break inside a joined block is whitespace the cleaner drops
    assert "项目资金实际到位13,586.50万元，资金到位率97.89%。其中中央和省级资金" in document.text
    assert "市县配套资金到位1,596.50万元" in document.text


def test_a_typed_table_after_typed_prose_is_still_a_table(tmp_path):
    source = _typed_docx(tmp_path, TYPED_PROSE, TYPED_TABLE, [])
    assert [b.kind for b in source.blocks] == ["paragraph"] * len(TYPED_PROSE_PARAGRAPHS) + ["table"]
    assert _text(source, source.blocks[-1]) == "\n".join(TYPED_TABLE)
    assert _text(source, source.blocks[6]) == "\n".join(TYPED_PROSE[12:16])


def test_an_ordinary_word_document_keeps_a_block_a_paragraph(tmp_path):
    # paragraphs of any width, none of them broken: no usual width, nothing joined
    ordinary = [
        "一、基本情况",
        "吉安市地处赣江中游，境内现有小型水库2,217座，其中小（1）型水库246座、小（2）型水库1,971座，"
        "绝大多数建于上世纪50至70年代",
        "项目实行“省级统筹、市级监管、县级负责”的管理体制",
        "市水利局负责任务分解、技术指导和监督检查，各县（市、区）政府为项目实施责任主体",
        "截至2024年12月31日，项目资金实际到位13,586.50万元，资金到位率97.89%",
        "项目计划总投资13,880.00万元，其中中央财政水利发展资金8,420.00万元",
        "省级财政配套资金3,570.00万元，市县财政配套资金1,890.00万元，中央和省级补助标准为",
        "小（1）型水库每座510万元",
    ]
    source = _typed_docx(tmp_path, ordinary, [], [])
    assert [_text(source, b) for b in source.blocks] == ordinary


def test_a_heading_style_or_a_line_break_is_not_joined_to_typed_prose(tmp_path):
    # a Word line break inside a paragraph, or a style of its own, is the writer's mark: the
    # paragraphs joined stop before it
    lines = TYPED_PROSE[:12] + [TYPED_PROSE[12] + "\n" + TYPED_PROSE[13]] + TYPED_PROSE[14:]
    source = _typed_docx(tmp_path, [], lines, [])
    texts = [_text(source, b) for b in source.blocks]
    assert "\n".join(TYPED_PROSE[12:14]) in texts  # the paragraph with the break, alone
    assert "\n".join(TYPED_PROSE[14:16]) in texts  # its lines after it go on among themselves
    document = docx.Document()
    for k, text in enumerate(TYPED_PROSE):
        document.add_paragraph(text, style="Heading 2" if k == 13 else None)
    document.save(tmp_path / "styled.docx")
    source = read_docx(tmp_path / "styled.docx")
    texts = [_text(source, b) for b in source.blocks]
    assert TYPED_PROSE[12] in texts and TYPED_PROSE[13] in texts
    assert "\n".join(TYPED_PROSE[1:5]) in texts  # the rest is joined as before
