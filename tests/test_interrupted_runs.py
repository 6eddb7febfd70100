"""What a killed run, a second writer and a query can do to a database: nothing.

A batch killed with SIGKILL at any moment leaves each document stored whole or not at all, and a
rerun stores the rest once; a second writer, or a query while a batch runs, gets one line saying
the database is in use; a query cannot change the database file by a single byte.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.store import DOCUMENT_TABLES

from conftest import ROOT, SEEDS
from test_cli import zhreport

COPIES = 8  # of each seed, each a new document (a line appended), so that the last kill still falls mid-batch


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A folder of 40 reports and the rows an uninterrupted run stores from it, per table and document."""
    folder = tmp_path_factory.mktemp("reports")
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for n in range(COPIES):
            (folder / f"{seed.stem}_{n}.txt").write_text(f"{text}\n（转载第{n + 1}次）\n", encoding="utf-8")
    db = tmp_path_factory.mktemp("reference") / "z.duckdb"
    assert zhreport("ingest", folder, "--db", db).returncode == 0
    return folder, _rows_per_document(db)


def _rows_per_document(db) -> dict[str, dict[str, int]]:
    """table -> {doc_id: rows}; and that no document is stored twice."""
    if not db.exists():  # killed before it made the database
        return {table: {} for table in DOCUMENT_TABLES}
    con = duckdb.connect(str(db), read_only=True)
    try:
        (n, distinct), = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchall()
        assert n == distinct
        return {table: dict(con.execute(f"SELECT doc_id, count(*) FROM {table} GROUP BY doc_id").fetchall())
                for table in DOCUMENT_TABLES}
    finally:
        con.close()


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _wait_until_gone(pids: list[int], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while (alive := [p for p in pids if Path(f"/proc/{p}").exists()]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive, f"processes left behind: {alive}"


def _ingest_process(*args):
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "ingest", *map(str, args), "--verbose"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_a_batch_killed_at_any_moment_leaves_whole_documents_and_a_rerun_adds_the_rest(batch, tmp_path):
    folder, reference = batch
    db = tmp_path / "z.duckdb"
    pace = random.Random(4)
    # two documents a transaction, so that each kill falls between batches or inside one
    stored_before = 0
    # kill at start-up, then each run after it has stored 3, 5 and 6 more, at a random moment of the next
    for more in (0, 3, 5, 6):
        run = _ingest_process(folder, "--db", db, "--batch-size", 2)
        while more:
            outcome = run.stdout.readline().split("\t")[0]
            assert outcome in ("stored", "unchanged")
            more -= outcome == "stored"
        time.sleep(pace.uniform(0, 0.5))
        assert run.poll() is None, "the run ended before it could be killed"
        workers = _children(run.pid)
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        run.stdout.close()
        run.stderr.close()
        _wait_until_gone(workers)  # the workers end with the writer

        rows = _rows_per_document(db)
        stored = set(rows["documents"])
        assert stored_before <= len(stored) < len(reference["documents"])
        for table in DOCUMENT_TABLES:  # every stored document has all of its rows, and no other has any
            assert rows[table] == {doc: n for doc, n in reference[table].items() if doc in stored}, table
        stored_before = len(stored)

    rerun = zhreport("ingest", folder, "--db", db)
    assert rerun.returncode == 0
    total = len(reference["documents"])
    assert rerun.stderr.decode().endswith(
        f"{total} files: {total - stored_before} read and stored (0 replacing an older version), {stored_before}"
        f" unchanged, 0 failed -> {db}\n")
    assert _rows_per_document(db) == reference
    con = duckdb.connect(str(db), read_only=True)
    # the killed runs that got as far as opening the database are on record as never finished
    assert con.execute("SELECT count(*) FILTER (finished_at IS NOT NULL), count(*) <= 5 FROM ingest_runs").fetchone() == (1, True)
    con.close()


def test_a_second_writer_and_a_query_during_a_batch_get_one_line(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):  # the first stored, four to go when the writer is held
        (folder / seed.name).write_bytes(seed.read_bytes())
    db = tmp_path / "z.duckdb"
    first = _ingest_process(folder, "--db", db, "--batch-size", 1)
    try:
        assert first.stdout.readline().startswith("stored\t")  # the database is open and being written
        os.kill(first.pid, signal.SIGSTOP)  # held there, mid-batch, while the others try
        second = zhreport("ingest", SEEDS, "--db", db)
        in_use = f"error: {db}: the database is in use by another zhreport process; wait for it to finish\n"
        assert (second.returncode, second.stderr.decode()) == (1, in_use)
        query = zhreport("query", "SELECT count(*) FROM documents", "--db", db)
        assert (query.returncode, query.stderr.decode()) == (1, in_use)
        os.kill(first.pid, signal.SIGCONT)
        assert first.wait(timeout=120) == 0
    finally:
        first.kill()
        first.communicate()


def test_a_query_cannot_change_the_database(tmp_path):
    db = tmp_path / "z.duckdb"
    assert zhreport("ingest", SEEDS / "004_a7f537144ccef6d5.txt", "--db", db).returncode == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    outside = tmp_path / "out.csv"
    refused = {
        "DELETE FROM amounts": "queries are read-only: this statement would change the database",
        "UPDATE documents SET year = 1999": "queries are read-only: this statement would change the database",
        "CREATE TABLE t AS SELECT 1": "queries are read-only: this statement would change the database",
        "DROP VIEW indicator_table_sums": "queries are read-only: this statement would change the database",
        f"ATTACH '{tmp_path / 'other.duckdb'}' AS other": "queries see only the database: no file can be read, written or attached",
        f"COPY documents TO '{outside}'": "queries see only the database: no file can be read, written or attached",
        "SELECT * FROM read_csv('/etc/passwd')": "queries see only the database: no file can be read, written or attached",
        "SET enable_external_access = true": "queries cannot change the database's settings",
    }
    for sql, reason in refused.items():
        run = zhreport("query", sql, "--db", db)
        assert (run.returncode, run.stderr.decode()) == (1, f"error: {db}: {reason}\n"), sql
    assert zhreport("query", "CHECKPOINT", "--db", db).returncode == 0  # allowed, and writes nothing
    assert not outside.exists()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["z.duckdb"]
