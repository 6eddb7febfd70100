"""The zhreport command, run as a user runs it: a real process, then the database checked."""

import json
import os
import shutil
import subprocess
import sys

import duckdb
import pytest

from pipeline.cli import build_parser

from conftest import CORPUS, ROOT, SEED_000, SEED_003, SEED_004


def zhreport(*args, stdin=None, cwd=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        input=stdin, capture_output=True, cwd=cwd or ROOT, timeout=600,
        env={**(env or os.environ), "PYTHONPATH": str(ROOT)},
    )


def test_a_batch_goes_on_past_bad_files_and_records_them(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SEED_000, batch / "good 报告.txt")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "junk.txt").write_bytes(bytes(range(256)) * 4)
    (batch / "fake.docx").write_bytes(b"this is not a zip")
    (batch / "fake.pdf").write_bytes(b"%PDF-1.4 nothing else")
    (batch / ".hidden.txt").write_text("skipped", encoding="utf-8")
    (batch / "notes.rtf").write_text("not a report type: skipped inside folders", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    unknown = tmp_path / "table.xyz"
    unknown.write_text("x", encoding="utf-8")
    db = tmp_path / "z.duckdb"

    run = zhreport("ingest", batch, missing, unknown, "--db", db)

    assert run.returncode == 1
    errors = run.stderr.decode().splitlines()
    assert errors[:-1] == [
        f"error: {batch / 'empty.txt'}: the file is empty (0 bytes)",
        f"error: {batch / 'fake.docx'}: not a valid .docx (not a zip file)",
        f"error: {batch / 'fake.pdf'}: not a readable PDF (truncated or damaged)",
        f"error: {batch / 'junk.txt'}: binary data, not text (NUL bytes, no known encoding)",
        f"error: {missing}: no such file",
        f"error: {unknown}: unknown file type '.xyz' (zhreport reads .docx, .htm, .html, .markdown, .md, .pdf, .text, .txt, .xls, .xlsx)",
    ]
    assert errors[-1] == f"zhreport: 7 files: 1 read and stored (0 replacing an older version), 0 unchanged, 6 failed -> {db}"
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT file_name, kind FROM documents").fetchall() == [("good 报告.txt", "项目支出绩效评价")]
    assert sorted(con.execute("SELECT error, code FROM ingest_errors").fetchall()) == [
        ("CorruptFile", "ZR105"), ("CorruptFile", "ZR105"), ("EmptyFile", "ZR102"),
        ("FileMissing", "ZR101"), ("UndecodableText", "ZR104"), ("UnsupportedFormat", "ZR103"),
    ]
    con.close()

    # the rerun reads nothing twice and keeps one error row per bad file
    again = zhreport("ingest", batch, "--db", db)
    assert again.stderr.decode().splitlines()[-1].endswith("0 read and stored (0 replacing an older version), 1 unchanged, 4 failed -> " + str(db))
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM ingest_errors").fetchone() == (6,)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_extract_prints_json_from_a_file_and_from_stdin():
    from_file = zhreport("extract", SEED_004)
    assert from_file.returncode == 0, from_file.stderr
    facts = json.loads(from_file.stdout)
    assert (facts["kind"], facts["year"], facts["organisation"]) == ("项目支出绩效评价", 2021, "江门市司法局")
    assert facts["sections"][2]["title"] == "法援及公职所业务经费、刑事辩护全覆盖律师办案工作经费"

    pasted = zhreport("extract", "-", stdin=SEED_004.read_bytes())
    assert json.loads(pasted.stdout)["sections"] == facts["sections"]
    assert json.loads(pasted.stdout)["path"] == "<stdin>"


def test_check_lists_the_findings_and_fails_on_request(tmp_path):
    db = tmp_path / "z.duckdb"
    zhreport("ingest", SEED_000, SEED_003, "--db", db)
    run = zhreport("check", "--db", db, "--fail-on", "error")
    assert run.returncode == 1
    lines = run.stdout.decode().splitlines()
    assert ("003_4fae287c1d48d8b6.txt: error [change_rate] 机关运行经费支出减少19.54万元，幅度写为37.23%，"
            "按上年数72.02万元计算为27.13%（系以本年数而非上年数为基数计算）") in lines
    assert [line.split() for line in lines[-3:]] == [["document", "error", "warning", "info"],
                                                     ["000_156ad58b63f9ec8b.txt", "0", "0", "0"],
                                                     ["003_4fae287c1d48d8b6.txt", "6", "8", "0"]]
    english = zhreport("check", "--db", db, "--lang", "en")
    assert english.returncode == 0  # no --fail-on: findings are no failure
    assert "the rate is given as 37.23% but from the prior year's 72.02万元 it is 27.13%" in english.stdout.decode()
    extracted = json.loads(zhreport("extract", SEED_003).stdout)
    assert [f["check_id"] for f in extracted["findings"]].count("change_rate") == 5


def test_export_writes_every_table_as_csv_and_parquet_with_exact_decimals(tmp_path):
    db = tmp_path / "z.duckdb"
    zhreport("ingest", SEED_003, "--db", db)
    run = zhreport("export", "--db", db, "--out", tmp_path / "export")
    assert run.returncode == 0, run.stderr
    names = {p.name for p in (tmp_path / "export").iterdir()}
    assert {"amounts.csv", "amounts.parquet", "findings.csv", "findings.parquet", "documents.parquet"} <= names
    con = duckdb.connect()
    parquet = tmp_path / "export" / "amounts.parquet"
    kind, total = con.execute(
        f"SELECT any_value(typeof(value)), sum(value) FROM read_parquet('{parquet.as_posix()}') WHERE unit = '元'"
    ).fetchone()
    assert kind.startswith("DECIMAL")
    assert total == duckdb.connect(str(db), read_only=True).execute(
        "SELECT sum(value) FROM amounts WHERE unit = '元'").fetchone()[0]
    assert "机关运行经费支出减少19.54万元" in (tmp_path / "export" / "findings.csv").read_text(encoding="utf-8")


def test_extract_of_a_bad_file_is_one_line(tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"junk")
    run = zhreport("extract", bad)
    assert run.returncode == 1
    assert run.stderr.decode() == f"error: {bad}: not a readable PDF (truncated or damaged)\n"


def test_query_formats_and_refuses_writes(tmp_path):
    db = tmp_path / "z.duckdb"
    zhreport("ingest", SEED_000, "--db", db)
    csv = zhreport("query", "SELECT kind, year FROM documents", "--db", db, "--format", "csv")
    assert csv.stdout.decode() == "kind,year\n项目支出绩效评价,2019\n"
    js = zhreport("query", "SELECT count(*) AS n FROM sections", "--db", db, "--format", "json")
    assert json.loads(js.stdout) == [{"n": 22}]
    write = zhreport("query", "DROP TABLE documents", "--db", db)
    assert write.returncode == 1
    assert write.stderr.decode() == f"error: {db}: queries are read-only: this statement would change the database\n"
    bad = zhreport("query", "SELECT nope FROM documents", "--db", db)
    assert bad.returncode == 1 and bad.stderr.decode().startswith(f"error: {db}: Binder Error")
    nodb = zhreport("query", "SELECT 1", "--db", tmp_path / "none.duckdb")
    assert "no database here yet" in nodb.stderr.decode()


def test_run_stores_the_whole_bundled_corpus(tmp_path):
    db = tmp_path / "z.duckdb"
    run = zhreport("run", "--db", db)
    assert run.returncode == 0, run.stderr.decode()
    con = duckdb.connect(str(db), read_only=True)
    formats = dict(con.execute("SELECT format, count(*) FROM documents GROUP BY format").fetchall())
    # every report bundled: the seeds and development reports as text, the real PDFs and the
    # renderings, and seed 001 in the other formats
    texts = len(list((CORPUS / "seeds").glob("*.txt"))) + len(list((CORPUS / "dev").rglob("*.txt")))
    pdfs = len(list((CORPUS / "pdfs").glob("*.pdf"))) + len(list((CORPUS / "renderings").glob("*.pdf")))
    docx = len(list((CORPUS / "renderings").glob("*.docx")))
    assert formats == {"text": texts, "pdf": pdfs, "docx": docx, "html": 1, "markdown": 1, "xlsx": 1}
    # the nine standard tables of a real PDF: one value per cell
    rows = [r[0] for r in con.execute(
        """SELECT list(c.text ORDER BY col_index) FROM cells c JOIN documents d USING (doc_id)
           WHERE d.file_name = 'sh_putuo_czj_2024_final.pdf' GROUP BY block_id, row_index"""
    ).fetchall()]
    assert ["201", "06", "01", "行政运行", "1,511.89", "1,503.52", "8.37"] in rows  # 一般公共预算财政拨款支出决算表
    assert ["201", "06", "01", "行政运行", "1,511.90", "1,511.89", "", "", "", "", "0.01"] in rows  # 收入决算表
    # the 绩效指标 tables of seed 001 come out as tables from every format alike
    header = con.execute(
        """SELECT d.format, count(DISTINCT c.block_id) FROM cells c JOIN documents d USING (doc_id)
           WHERE d.file_name LIKE '001_%' AND c.text = '三级指标' GROUP BY d.format ORDER BY 1"""
    ).fetchall()
    assert [f for f, n in header if n >= 5] == ["docx", "html", "markdown", "pdf", "text", "xlsx"]
    con.close()
    assert f"{sum(formats.values())} unchanged" in zhreport("run", "--db", db).stderr.decode()


@pytest.mark.parametrize("command", ["ingest", "extract", "check", "report", "export", "query", "run", "bench"])
def test_every_command_has_help_and_is_in_the_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`zhreport {command}" in readme
    sub = build_parser()._subparsers._group_actions[0].choices[command]
    assert sub.format_help().startswith("usage: zhreport " + command)
