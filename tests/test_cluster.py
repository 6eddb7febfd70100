"""``zhreport ingest --engine dask``: the workers of a real Dask cluster read the reports into
partitioned Parquet, and the database this process fills from it is the local run's, row for
row, bad files included."""

from __future__ import annotations

import logging
import os

import duckdb
import pytest
from distributed import LocalCluster

from conftest import PDFS, SEEDS
from test_cli import zhreport
from test_workers import _tables


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        yield cluster


def _reports(folder):
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        for n in range(2):
            (folder / f"{seed.stem}_{n}.txt").write_text(seed.read_text(encoding="utf-8") + f"\n（{n}）\n",
                                                         encoding="utf-8")
    (folder / "budget.pdf").write_bytes((PDFS / "sh_putuo_wanli_2023_budget.pdf").read_bytes())
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")


def _lines(run) -> list[str]:
    return sorted(run.stderr.decode().splitlines()[:-1])  # errors come as partitions finish: any order


def test_a_dask_cluster_stores_what_a_local_run_stores(tmp_path, cluster):
    _reports(tmp_path / "reports")  # given as a relative path: the workers read it from their own folder
    local = zhreport("ingest", "reports", "--db", "local.duckdb", "--workers", 1, cwd=tmp_path)
    dask = zhreport("ingest", "reports", "--db", "dask.duckdb", "--engine", "dask", "--scheduler",
                    cluster.scheduler_address, "--parquet", "parquet", "--batch-size", 3, cwd=tmp_path)
    assert local.returncode == dask.returncode == 1  # the two bad files
    assert _lines(dask) == _lines(local) == [
        "error: reports/broken.pdf: not a readable PDF (truncated or damaged)",
        "error: reports/junk.txt: binary data, not text (NUL bytes, no known encoding)",
    ]
    assert dask.stderr.decode().splitlines()[-1] == local.stderr.decode().splitlines()[-1].replace("local", "dask")
    assert _tables(tmp_path / "dask.duckdb") == _tables(tmp_path / "local.duckdb")

    # the Parquet stays, by table and partition, with the database's types: DuckDB queries it in place
    (run,) = (tmp_path / "parquet").iterdir()
    assert len(list((run / "amounts").glob("part-*.parquet"))) == 5  # 13 files, 3 to a partition
    con = duckdb.connect()
    parquet = con.execute(f"SELECT doc_id, amount_id, value, typeof(value) FROM '{run}/amounts/*.parquet' "
                          "ORDER BY ALL").fetchall()
    con.close()
    con = duckdb.connect(str(tmp_path / "dask.duckdb"), read_only=True)
    stored = con.execute("SELECT doc_id, amount_id, value, typeof(value) FROM amounts ORDER BY ALL").fetchall()
    con.close()
    assert parquet == stored and {row[3] for row in stored} == {"DECIMAL(38,6)"}


def test_a_rerun_on_the_cluster_reads_only_what_changed(tmp_path, cluster):
    _reports(tmp_path / "reports")
    (tmp_path / "reports" / "junk.txt").unlink()
    (tmp_path / "reports" / "broken.pdf").unlink()
    options = ("--db", tmp_path / "z.duckdb", "--engine", "dask", "--scheduler", cluster.scheduler_address, "-v")
    assert zhreport("ingest", tmp_path / "reports", *options).returncode == 0
    changed = tmp_path / "reports" / "004_a7f537144ccef6d5_1.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "（修订）\n", encoding="utf-8")

    rerun = zhreport("ingest", tmp_path / "reports", *options)
    outcomes = [line.split("\t") for line in rerun.stdout.decode().splitlines()]
    assert rerun.returncode == 0
    assert [path for outcome, path in outcomes if outcome != "unchanged"] == [str(changed)]
    assert ["replaced", str(changed)] in outcomes and len(outcomes) == 11
    con = duckdb.connect(str(tmp_path / "z.duckdb"), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT path) FROM documents").fetchone() == (11, 11)
    con.close()


def test_an_unreachable_scheduler_is_one_line_and_leaves_no_trace(tmp_path):
    db = tmp_path / "z.duckdb"
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    run = zhreport("ingest", SEEDS, "--db", db, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", env=env)
    assert run.returncode == 1
    assert run.stderr.decode().startswith("error: tcp://127.0.0.1:9: cannot reach the Dask scheduler: ")
    assert len(run.stderr.decode().splitlines()) == 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM ingest_runs").fetchone() == (0,)
    con.close()


def test_the_dask_options_go_together():
    assert zhreport("ingest", SEEDS, "--scheduler", "tcp://127.0.0.1:9").returncode == 2
    assert zhreport("ingest", SEEDS, "--engine", "dask", "--strict").returncode == 2
