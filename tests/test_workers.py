"""Worker processes read the reports; the database they fill is the one a single process fills,
row for row, bad files included."""

from __future__ import annotations

import duckdb

from pipeline.ingest import POOL_FROM
from pipeline.store import DOCUMENT_TABLES

from conftest import PDFS, SEEDS
from test_cli import zhreport


def _tables(db) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {table: con.execute(f"SELECT * EXCLUDE (ingested_at) FROM {table} ORDER BY ALL" if table == "documents"
                                  else f"SELECT * FROM {table} ORDER BY ALL").fetchall()
               for table in DOCUMENT_TABLES}
        out["ingest_errors"] = con.execute("SELECT path, stage, code, error, message FROM ingest_errors ORDER BY path").fetchall()
        return out
    finally:
        con.close()


def test_two_workers_store_what_one_process_stores(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        for n in range(3):
            (folder / f"{seed.stem}_{n}.txt").write_text(seed.read_text(encoding="utf-8") + f"\n（{n}）\n", encoding="utf-8")
    (folder / "budget.pdf").write_bytes((PDFS / "sh_putuo_wanli_2023_budget.pdf").read_bytes())
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)  # an error raised in a worker comes back whole
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    assert len(list(folder.iterdir())) >= POOL_FROM  # enough files for the pool to start

    runs = {}
    for workers in (1, 2):
        db = tmp_path / f"{workers}.duckdb"
        run = zhreport("ingest", folder, "--db", db, "--workers", workers)
        assert run.returncode == 1  # the two bad files
        runs[workers] = run.stderr.decode(), _tables(db)
    assert runs[1][0].replace("1.duckdb", "") == runs[2][0].replace("2.duckdb", "")
    assert runs[1][1] == runs[2][1]
    assert len(runs[1][1]["documents"]) == 16 and len(runs[1][1]["ingest_errors"]) == 2
