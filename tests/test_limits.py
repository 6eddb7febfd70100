"""Inputs at the limits (``pipeline/limits.py``, at the size ``zhreport bench limits`` times last),
read and stored without an exception; and money exact from the text to SQL and to the exports.

How long each takes, and that the time grows in proportion to the input, is the benchmark's to
measure and print; here only what must hold whatever the machine.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import duckdb
import pytest

from pipeline import limits
from pipeline.clean import LONGEST_PARAGRAPH
from pipeline.document import document_from_text
from pipeline.quantities import find_quantities
from pipeline.store import Store

from test_cli import zhreport

LARGEST = limits.SCALES[-1]


@pytest.fixture(scope="module")
def stored():
    """Each case at its largest scale: name -> (document, store holding it)."""
    out = {}
    for name, build in limits.CASES.items():
        doc = document_from_text(build(LARGEST), f"{name}.txt")
        store = Store(":memory:")
        store.store_document(doc)
        out[name] = doc, store
    yield out
    for _, store in out.values():
        store.close()


@pytest.mark.parametrize("name", limits.CASES)
def test_every_case_is_stored_with_its_spans_inside_the_text(stored, name):
    doc, store = stored[name]
    assert store.query("SELECT count(*) AS n FROM documents")["n"].tolist() == [1]
    for fact in doc.facts["quantities"]:
        assert doc.text[fact.start:fact.end] == fact.quantity.text
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text


def test_a_figure_of_40_digits_is_no_quantity(stored):
    assert find_quantities("本年支出" + "1" * 40 + "元") == []
    assert find_quantities("增长" + "7" * 40 + "%，其中基本支出5万元")[0].text == "5万元"
    doc, _ = stored["40-digit figures"]
    assert doc.facts["quantities"] == []


def test_a_table_of_5000_rows_gives_every_cell(stored):
    doc, store = stored["table rows"]
    assert [len(b.rows) for b in doc.blocks if b.rows] == [5001]
    frame = store.query("SELECT count(*) AS n, sum(value) AS total FROM amounts WHERE column_header = '年初预算'")
    assert frame.values.tolist() == [[5000, Decimal("500000.000000")]]


def test_a_line_of_1_mb_is_cut_into_paragraphs_at_sentence_ends(stored):
    doc, _ = stored["one long line"]
    assert len(limits.long_line(LARGEST).encode("utf-8")) == 2**20
    assert len(doc.blocks) > 1 and all(len(b.text) <= LONGEST_PARAGRAPH for b in doc.blocks)
    assert all(b.text.endswith(tuple("。；！？;!?")) for b in doc.blocks[:-1])
    # the pieces map back to the line end to end, with nothing between them
    spans = [doc.offsets.span_to_source(b.start, b.end) for b in doc.blocks]
    assert all(end == start for (_, end), (start, _) in zip(spans, spans[1:]))
    assert (spans[0][0], spans[-1][1]) == (0, len(doc.source.text.rstrip("\n")))


def test_headings_nested_in_every_style_nest(stored):
    doc, _ = stored["nested headings"]
    assert len(doc.sections) == 6 * 40 * LARGEST
    assert [s.level for s in doc.sections[:7]] == [1, 2, 3, 4, 5, 6, 1]
    assert all(s.parent is None or doc.sections[s.parent].level == s.level - 1 for s in doc.sections)


def test_money_is_exact_from_the_text_to_sql_and_the_exports(tmp_path):
    # 10,000 rows of 0.01万元 and of 1234.56789万元: a float sum of the second is off in its last places
    rows = "\n".join(f"第{i}项\t0.01\t1234.56789" for i in range(1, 10001))
    report = tmp_path / "明细.txt"
    report.write_text(f"项目支出明细表\n单位：万元\n项目\t年初预算\t决算数\n{rows}\n", encoding="utf-8")
    db = tmp_path / "z.duckdb"
    assert zhreport("ingest", report, "--db", db).returncode == 0
    expected = [["年初预算", 10000, Decimal("1000000.000000")], ["决算数", 10000, Decimal("123456789000.000000")]]
    assert sum([float(Decimal("12345678.9"))] * 10000) != 123456789000  # what float would have given

    by_column = ("SELECT column_header, count(*) AS n, sum(value) AS total FROM {} "
                 "GROUP BY column_header ORDER BY column_header DESC")
    with Store(db, read_only=True) as store:
        assert store.query(by_column.format("amounts")).values.tolist() == expected

    assert zhreport("export", "--db", db, "--out", tmp_path / "export").returncode == 0
    with (tmp_path / "export" / "amounts.csv").open(encoding="utf-8", newline="") as f:
        totals: dict[str, Decimal] = {}
        for row in csv.DictReader(f):
            totals[row["column_header"]] = totals.get(row["column_header"], Decimal(0)) + Decimal(row["value"])
    assert totals == {"年初预算": Decimal("1000000"), "决算数": Decimal("123456789000")}
    parquet = (tmp_path / "export" / "amounts.parquet").as_posix()
    con = duckdb.connect()
    assert con.execute(by_column.format(f"'{parquet}'")).fetchall() == [tuple(e) for e in expected]
    assert con.execute(f"SELECT typeof(value) FROM '{parquet}' LIMIT 1").fetchone() == ("DECIMAL(38,6)",)
