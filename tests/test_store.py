"""The DuckDB store: idempotent by content, transactional per document, documented schema."""

import re
import shutil
import subprocess
import sys

import pytest

from pipeline import document_from_text, read_document
from pipeline.errors import DatabaseInUse, ReadOnlyQuery
from pipeline.ingest import ingest
from pipeline.store import MIGRATIONS, Store

from conftest import ROOT, SEED_000, SEED_001


def counts(store):
    return {
        t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("documents", "sections", "blocks", "cells")
    }


def test_the_same_file_twice_is_stored_once(tmp_path):
    copy = tmp_path / "a.txt"
    shutil.copy(SEED_001, copy)
    with Store(tmp_path / "db.duckdb") as store:
        first = ingest([copy], store)
        before = counts(store)
        second = ingest([copy, SEED_001], store)  # same bytes under another path too
        assert (first.stored, second.unchanged, second.stored) == (1, 2, 0)
        assert counts(store) == before
        assert before["documents"] == 1 and before["cells"] == 960


def test_a_changed_file_replaces_its_old_rows(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("一、收入\n收入合计100万元。\n二、支出\n支出合计90万元。", encoding="utf-8")
    with Store(tmp_path / "db.duckdb") as store:
        ingest([report], store)
        report.write_text("一、收入\n收入合计120万元。", encoding="utf-8")
        result = ingest([report], store)
        assert result.replaced == 1
        assert store.query("SELECT text FROM documents")["text"].tolist() == ["一、收入\n收入合计120万元。"]
        assert store.query("SELECT title FROM sections")["title"].tolist() == ["收入"]


def test_a_failure_while_storing_leaves_nothing_behind(tmp_path, monkeypatch):
    doc = read_document(SEED_000)
    with Store(tmp_path / "db.duckdb") as store:
        insert = store._insert

        def broken(table, frame):  # every table of the document written, then the findings fail
            if table == "findings":
                raise RuntimeError("the disk is full")
            insert(table, frame)

        monkeypatch.setattr(store, "_insert", broken)
        with pytest.raises(RuntimeError):
            store.store_document(doc)
        assert counts(store) == {"documents": 0, "sections": 0, "blocks": 0, "cells": 0}


def test_every_table_and_column_is_documented():
    schema_doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    with Store(":memory:") as store:
        columns = store.con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall()
    documented = {}
    for section in re.split(r"^## ", schema_doc, flags=re.M)[1:]:
        name, _, body = section.partition("\n")
        documented[name.strip()] = {
            col.strip() for line in body.splitlines() if line.startswith("| ") for col in line.split("|")[1].split(",")
        }
    for table, column in columns:
        assert column in documented.get(table, set()), f"{table}.{column} is not in docs/schema.md"


def test_migrations_are_recorded_and_not_applied_twice(tmp_path):
    with Store(tmp_path / "db.duckdb") as store:
        assert store.migrate() == []
        names = store.query("SELECT name FROM schema_migrations")["name"].tolist()
    assert names == [name for name, _ in MIGRATIONS]


def test_queries_are_read_only(tmp_path):
    with Store(tmp_path / "db.duckdb") as store:
        store.store_document(document_from_text("一、收入\n合计100万元。", "x.txt"))
    with Store(tmp_path / "db.duckdb", read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM documents")["n"].tolist() == [1]
        with pytest.raises(ReadOnlyQuery, match="read-only"):
            store.query("DELETE FROM documents")


def test_a_second_writer_gets_a_clear_error(tmp_path):
    db = tmp_path / "db.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,sys; c=duckdb.connect({str(db)!r}); print('ok', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(DatabaseInUse, match="in use by another zhreport process"):
            Store(db)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


# the tables of a document's rows and the columns that name a row (their primary keys before 0009)
ROW_KEYS = {"sections": "section_id", "blocks": "block_id", "cells": "block_id, row_index, col_index",
            "quantities": "quantity_id", "amounts": "amount_id", "amount_links": "link_id",
            "indicators": "indicator_id", "indicator_totals": "total_id", "claims": "claim_id", "findings": "finding_id"}


def test_each_row_of_a_document_has_a_key_of_its_own(tmp_path):
    # no index enforces it (DuckDB would hold one in memory for every row of every report): the
    # rows are made so, and stored only together, under the document's key
    with Store(tmp_path / "db.duckdb") as store:
        ingest([ROOT / "corpus" / "seeds", ROOT / "corpus" / "pdfs", ROOT / "corpus" / "dev"], store, strict=True)
        for table, key in ROW_KEYS.items():
            rows, keys = store.con.execute(f"SELECT count(*), count(DISTINCT (doc_id, {key})) FROM {table}").fetchone()
            assert rows == keys and rows > 0, table


def test_a_database_made_before_0009_keeps_its_rows(tmp_path, monkeypatch):
    import pipeline.store as store_module

    db = tmp_path / "db.duckdb"
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:8])
    with Store(db) as store:
        store.store_document(read_document(SEED_001))
        before = {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ROW_KEYS}
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store(db) as store:
        assert {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ROW_KEYS} == before
        assert store.con.execute("SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' "
                                 "AND table_name <> 'documents' AND table_name IN "
                                 f"({', '.join(repr(t) for t in ROW_KEYS)})").fetchone() == (0,)
        with pytest.raises(Exception, match="NOT NULL"):
            store.con.execute("INSERT INTO quantities (doc_id) VALUES (NULL)")
