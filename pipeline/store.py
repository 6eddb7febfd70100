"""The DuckDB store: schema, migrations, and transactional, idempotent loading of documents.

A document is identified by the hash of its bytes, so storing the same file twice stores it once,
and a file whose content changed replaces the rows of its previous version in one transaction.
Rows go in as DataFrames (one INSERT per table per document), never row by row.
The schema is described for analysts in docs/schema.md; a test keeps the two in step.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import regex

from . import __version__
from .checks import CHECKED_TABLES, Finding, run_checks
from .errors import DatabaseInUse, QueryFailed, ReadOnlyQuery, StoreError
from .model import Document

DEFAULT_DB = Path("outputs") / "zhreport.duckdb"


def _drop_document_row_keys(con: duckdb.DuckDBPyConnection) -> None:
    """The tables of a document's rows lose their primary keys (their key columns stay NOT NULL).
    DuckDB keeps a key's index in memory, whole: storing 4,000 reports the writer grew by 350 MB for
    indexes that guard nothing, since a document's rows are only ever inserted together, under
    the documents table's own key, and deleted together."""
    for table in DOCUMENT_TABLES[:-1]:
        (sql,) = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = ?", [table]).fetchone()
        key = regex.search(r",\s*PRIMARY KEY\s*\(([^)]*)\)", sql)
        if key is None:
            continue
        sql = sql[:key.start()] + sql[key.end():]
        for column in key.group(1).split(","):
            sql = regex.sub(rf"(\(|, ){column.strip()} (\w+)(?=,)", rf"\1{column.strip()} \2 NOT NULL", sql, count=1)
        con.execute(f"ALTER TABLE {table} RENAME TO {table}_keyed")
        con.execute(sql)
        con.execute(f"INSERT INTO {table} SELECT * FROM {table}_keyed")
        con.execute(f"DROP TABLE {table}_keyed")


# Named migrations, applied in order and recorded in schema_migrations.  Never edit one that
# has shipped: add the next.  A migration is SQL, or a function of the connection.
MIGRATIONS: tuple[tuple[str, str | Callable[[duckdb.DuckDBPyConnection], None]], ...] = (
    (
        "0001_documents_sections_blocks",
        """
        CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY,
            sha256 VARCHAR NOT NULL,
            path VARCHAR,
            file_name VARCHAR,
            format VARCHAR NOT NULL,
            title VARCHAR,
            organisation VARCHAR,
            year INTEGER,
            kind VARCHAR,
            n_chars INTEGER NOT NULL,
            n_blocks INTEGER NOT NULL,
            n_tables INTEGER NOT NULL,
            n_sections INTEGER NOT NULL,
            pages INTEGER,
            encoding VARCHAR,
            text VARCHAR NOT NULL,
            source_text VARCHAR NOT NULL,
            zhreport_version VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        );
        CREATE TABLE sections (
            doc_id VARCHAR NOT NULL,
            section_id INTEGER NOT NULL,
            parent_id INTEGER,
            level INTEGER NOT NULL,
            number VARCHAR,
            title VARCHAR NOT NULL,
            style VARCHAR NOT NULL,
            block_id INTEGER NOT NULL,
            page INTEGER,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            source_start INTEGER NOT NULL,
            source_end INTEGER NOT NULL,
            PRIMARY KEY (doc_id, section_id)
        );
        CREATE TABLE blocks (
            doc_id VARCHAR NOT NULL,
            block_id INTEGER NOT NULL,
            kind VARCHAR NOT NULL,
            section_id INTEGER,
            page INTEGER,
            style VARCHAR,
            n_rows INTEGER NOT NULL,
            n_cols INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            source_start INTEGER NOT NULL,
            source_end INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, block_id)
        );
        CREATE TABLE cells (
            doc_id VARCHAR NOT NULL,
            block_id INTEGER NOT NULL,
            row_index INTEGER NOT NULL,
            col_index INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            rowspan INTEGER NOT NULL,
            colspan INTEGER NOT NULL,
            merged_from_row INTEGER,
            merged_from_col INTEGER,
            page INTEGER,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            source_start INTEGER NOT NULL,
            source_end INTEGER NOT NULL,
            PRIMARY KEY (doc_id, block_id, row_index, col_index)
        );
        CREATE TABLE ingest_errors (
            path VARCHAR NOT NULL,
            sha256 VARCHAR,
            stage VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            error VARCHAR NOT NULL,
            message VARCHAR NOT NULL,
            run_id VARCHAR NOT NULL,
            occurred_at TIMESTAMP NOT NULL
        );
        CREATE TABLE ingest_runs (
            run_id VARCHAR PRIMARY KEY,
            started_at TIMESTAMP NOT NULL,
            finished_at TIMESTAMP,
            n_files INTEGER,
            n_stored INTEGER,
            n_unchanged INTEGER,
            n_failed INTEGER,
            zhreport_version VARCHAR NOT NULL
        );
        """,
    ),
    (
        "0002_quantities",
        """
        CREATE TABLE quantities (
            doc_id VARCHAR NOT NULL,
            quantity_id INTEGER NOT NULL,
            block_id INTEGER NOT NULL,
            section_id INTEGER,
            page INTEGER,
            row_index INTEGER,
            col_index INTEGER,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            source_start INTEGER NOT NULL,
            source_end INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            number DECIMAL(38, 6) NOT NULL,
            precision INTEGER NOT NULL,
            unit VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            value DECIMAL(38, 6) NOT NULL,
            canonical_unit VARCHAR NOT NULL,
            qualifier VARCHAR NOT NULL,
            low DECIMAL(38, 6),
            high DECIMAL(38, 6),
            operator VARCHAR,
            pattern VARCHAR NOT NULL,
            snippet VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, quantity_id)
        );
        """,
    ),
    (
        "0003_amounts",
        """
        CREATE TABLE amounts (
            doc_id VARCHAR NOT NULL,
            amount_id INTEGER NOT NULL,
            quantity_id INTEGER NOT NULL,
            subject VARCHAR NOT NULL,
            subject_key VARCHAR NOT NULL,
            code VARCHAR,
            kind VARCHAR NOT NULL,
            scope VARCHAR,
            year INTEGER,
            column_header VARCHAR,
            text VARCHAR NOT NULL,
            value DECIMAL(38, 6) NOT NULL,
            unit VARCHAR NOT NULL,
            precision INTEGER NOT NULL,
            section_id INTEGER,
            block_id INTEGER NOT NULL,
            page INTEGER,
            row_index INTEGER,
            col_index INTEGER,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            source_start INTEGER NOT NULL,
            source_end INTEGER NOT NULL,
            snippet VARCHAR NOT NULL,
            pattern VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, amount_id)
        );
        CREATE TABLE amount_links (
            doc_id VARCHAR NOT NULL,
            link_id INTEGER NOT NULL,
            link_type VARCHAR NOT NULL,
            from_amount INTEGER NOT NULL,
            to_amount INTEGER,
            exhaustive BOOLEAN,
            direction VARCHAR,
            declared DECIMAL(38, 6),
            declared_precision INTEGER,
            base VARCHAR,
            implied_prior DECIMAL(38, 6),
            PRIMARY KEY (doc_id, link_id)
        );
        """,
    ),
    (
        "0004_block_continues",
        "ALTER TABLE blocks ADD COLUMN continues INTEGER;",
    ),
    (
        "0005_indicators",
        """
        CREATE TABLE indicators (
            doc_id VARCHAR NOT NULL,
            indicator_id INTEGER NOT NULL,
            project VARCHAR,
            project_code VARCHAR,
            level1 VARCHAR,
            level2 VARCHAR,
            level3 VARCHAR,
            name VARCHAR NOT NULL,
            operator VARCHAR,
            target_value DECIMAL(38, 6),
            target_unit VARCHAR,
            target_text VARCHAR,
            actual_value DECIMAL(38, 6),
            actual_unit VARCHAR,
            actual_text VARCHAR,
            weight DECIMAL(38, 6),
            score DECIMAL(38, 6),
            met BOOLEAN,
            source VARCHAR NOT NULL,
            section_id INTEGER,
            block_id INTEGER NOT NULL,
            page INTEGER,
            row_index INTEGER,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            source_start INTEGER NOT NULL,
            source_end INTEGER NOT NULL,
            snippet VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, indicator_id)
        );
        CREATE TABLE indicator_totals (
            doc_id VARCHAR NOT NULL,
            total_id INTEGER NOT NULL,
            project VARCHAR,
            kind VARCHAR NOT NULL,
            weight DECIMAL(38, 6),
            score DECIMAL(38, 6),
            block_id INTEGER NOT NULL,
            page INTEGER,
            row_index INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            PRIMARY KEY (doc_id, total_id)
        );
        """,
    ),
    (
        "0006_claims",
        """
        CREATE TABLE claims (
            doc_id VARCHAR NOT NULL,
            claim_id INTEGER NOT NULL,
            subject VARCHAR,
            verb VARCHAR,
            value DECIMAL(38, 6),
            unit VARCHAR,
            qualifier VARCHAR,
            period VARCHAR,
            status VARCHAR,
            indicator_id INTEGER,
            section_id INTEGER,
            block_id INTEGER NOT NULL,
            page INTEGER,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            source_start INTEGER NOT NULL,
            source_end INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, claim_id)
        );
        """,
    ),
    (
        "0007_findings",
        """
        CREATE TABLE findings (
            doc_id VARCHAR NOT NULL,
            finding_id INTEGER NOT NULL,
            check_id VARCHAR NOT NULL,
            severity VARCHAR NOT NULL,
            message_zh VARCHAR NOT NULL,
            message_en VARCHAR NOT NULL,
            declared DECIMAL(38, 6),
            computed DECIMAL(38, 6),
            difference DECIMAL(38, 6),
            tolerance DECIMAL(38, 6),
            unit VARCHAR,
            amount_ids INTEGER[],
            link_ids INTEGER[],
            indicator_ids INTEGER[],
            section_id INTEGER,
            block_id INTEGER,
            page INTEGER,
            char_start INTEGER,
            char_end INTEGER,
            source_start INTEGER,
            source_end INTEGER,
            snippet VARCHAR,
            PRIMARY KEY (doc_id, finding_id)
        );
        -- each 合计 of an indicator table with what its rows add up to: the indicators of its project
        -- and its 预算执行情况 line, from the first after the previous 合计 of that project
        CREATE VIEW indicator_table_sums AS
        WITH members AS (
            SELECT doc_id, project, block_id, indicator_id, weight, score FROM indicators WHERE source = 'table'
            UNION ALL
            SELECT doc_id, project, block_id, NULL, weight, score FROM indicator_totals WHERE kind = '预算执行情况'
        ), owned AS (
            SELECT m.*, (SELECT arg_min(t.total_id, t.block_id) FROM indicator_totals t
                         WHERE t.doc_id = m.doc_id AND t.kind = '合计' AND t.project IS NOT DISTINCT FROM m.project
                           AND t.block_id >= m.block_id) AS total_id
            FROM members m
        )
        SELECT doc_id, total_id, sum(weight) AS weight_sum, sum(score) AS score_sum,
               list(indicator_id ORDER BY indicator_id) FILTER (WHERE indicator_id IS NOT NULL) AS indicator_ids
        FROM owned WHERE total_id IS NOT NULL
        GROUP BY doc_id, total_id;
        """,
    ),
    (
        "0008_amount_links_list_id",
        "ALTER TABLE amount_links ADD COLUMN list_id INTEGER;",
    ),
    ("0009_no_keys_on_document_rows", _drop_document_row_keys),
)


# every table a document owns rows in, in the order they are deleted
DOCUMENT_TABLES = ("findings", "claims", "indicator_totals", "indicators", "amount_links", "amounts", "quantities", "cells", "blocks", "sections", "documents")
# columns that hold exact decimals: they travel as strings and are CAST in SQL, never via float
DECIMAL_COLUMNS = {
    "quantities": ("number", "value", "low", "high"),
    "amounts": ("value",),
    "amount_links": ("declared", "implied_prior"),
    "indicators": ("target_value", "actual_value", "weight", "score"),
    "indicator_totals": ("weight", "score"),
    "claims": ("value",),
    "findings": ("declared", "computed", "difference", "tolerance"),
}


# what DuckDB says when a read-only or sealed connection refuses a statement, and what we say
_REFUSED = (
    ("read-only", "queries are read-only: this statement would change the database"),
    ("disabled by configuration", "queries see only the database: no file can be read, written or attached"),
    ("configuration has been locked", "queries cannot change the database's settings"),
)


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text or "being used by another process" in text


class Store:
    """A DuckDB database file holding documents and everything extracted from them."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists() and str(path) != ":memory:":
            raise StoreError(str(self.path), "no database here yet: run 'zhreport ingest' or 'zhreport run' first")
        if not read_only and str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if _is_lock_error(exc):
                raise DatabaseInUse(str(self.path), "the database is in use by another zhreport process; wait for it to finish") from None
            raise StoreError(str(self.path), f"cannot open the database: {exc}") from None
        except duckdb.Error as exc:
            raise StoreError(str(self.path), f"cannot open the database: {exc}") from None
        self.read_only = read_only
        self._scratch: Store | None = None
        if not read_only:
            self.migrate()

    def close(self) -> None:
        if self._scratch is not None:
            self._scratch.close()
        self.con.close()

    def limit_memory(self, limit: str) -> None:
        """Cap what DuckDB caches of the database (``'512MB'``): a writer filling a large database
        otherwise keeps every block it wrote, up to most of the machine's memory."""
        self.con.execute("SET memory_limit = ?", [limit])

    def seal(self) -> None:
        """For SQL a user typed: besides the read-only database, no file can be read, written or
        attached (COPY … TO, ATTACH, read_csv), and the setting cannot be undone."""
        self.con.execute("SET enable_external_access = false")
        self.con.execute("SET lock_configuration = true")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen; return their names."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
        )
        done = {name for (name,) in self.con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                sql(self.con) if callable(sql) else self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [name, _now()])
            applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- documents ------------------------------------------------------------------------

    def doc_ids(self) -> set[str]:
        return {doc_id for (doc_id,) in self.con.execute("SELECT doc_id FROM documents").fetchall()}

    def error_paths(self) -> set[str]:
        return {path for (path,) in self.con.execute("SELECT path FROM ingest_errors").fetchall()}

    def store_document(self, doc: Document) -> str:
        """Store a document; return 'stored', 'replaced' or 'unchanged'."""
        return self.store_documents([doc])[0]

    def store_documents(self, docs: Sequence[Document | Prepared]) -> list[str]:
        """Store documents and their findings in one transaction (all or nothing); for each,
        'stored', 'replaced' (a new version of a file stored before) or 'unchanged'.  Each table
        takes one insert, and each check one query, for the whole batch."""
        outcomes, previous = self._outcomes([(doc.doc_id, doc.path) for doc in docs])
        new = [doc if isinstance(doc, Prepared) else prepare(doc)
               for doc, outcome in zip(docs, outcomes) if outcome != "unchanged"]
        rows: dict[str, list[dict]] = defaultdict(list)
        for doc in new:
            for table, table_rows in doc.rows.items():
                rows[table] += table_rows
        frames = {table: table_frame(table, rows[table]) for table in reversed(DOCUMENT_TABLES) if rows.get(table)}
        findings = self._checks(frames, [d.doc_id for d in new]) if new else []
        with self.transaction():
            for doc_id in previous:
                self._delete(doc_id)
            for table, frame in frames.items():
                self._insert(table, frame)
            self._insert("findings", findings_frame(findings))
            self.con.execute("DELETE FROM ingest_errors WHERE list_contains($paths, path)",
                             {"paths": [d.path for d in docs if d.path]})
        return outcomes

    def _outcomes(self, docs: Sequence[tuple[str, str | None]]) -> tuple[list[str], list[str]]:
        """For each (doc_id, path) to store: 'unchanged' (stored already, or earlier in the list),
        'replaced' (a new version of a file stored before) or 'stored'; and the doc_ids replaced."""
        stored = {doc_id for (doc_id,) in self.con.execute(
            "SELECT doc_id FROM documents WHERE list_contains($ids, doc_id)", {"ids": [d for d, _ in docs]}).fetchall()}
        versions = dict(self.con.execute(  # a path's stored version (a new one replaces it: one at most)
            "SELECT path, doc_id FROM documents WHERE list_contains($paths, path)",
            {"paths": [p for _, p in docs if p]}).fetchall())
        outcomes, previous = [], []
        for doc_id, path in docs:
            if doc_id in stored:
                outcomes.append("unchanged")
                continue
            stored.add(doc_id)
            old = versions.get(path) if path else None
            outcomes.append("replaced" if old else "stored")
            if old:
                previous.append(old)
        return outcomes, previous

    def write_parquet(self, folder: Path, name: str) -> None:
        """Every document table as ``folder/<table>/<name>.parquet``, types as in the database (a
        cluster worker's partition); each file appears whole or not at all."""
        for table in DOCUMENT_TABLES:
            path = folder / table / f"{name}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f".{path.name}.partial")
            self.con.execute(f"COPY (SELECT * FROM {table}) TO '{_sql_text(partial)}' (FORMAT PARQUET)")
            os.replace(partial, path)

    def store_parquet(self, folder: Path, name: str) -> list[tuple[str, str]]:
        """Store the documents of a partition that ``write_parquet`` wrote, in one transaction, as
        ``store_documents`` would have stored them (their findings came with them); (path,
        outcome) for each."""
        def part(table: str) -> str:
            return f"read_parquet('{_sql_text(folder / table / f'{name}.parquet')}')"

        docs = self.con.execute(f"SELECT doc_id, path FROM {part('documents')} ORDER BY path").fetchall()
        outcomes, previous = self._outcomes(docs)
        new = [doc_id for (doc_id, _), outcome in zip(docs, outcomes) if outcome != "unchanged"]
        with self.transaction():
            for doc_id in previous:
                self._delete(doc_id)
            for table in reversed(DOCUMENT_TABLES):
                self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {part(table)} "
                                 "WHERE list_contains($new, doc_id)", {"new": new})
            self.con.execute("DELETE FROM ingest_errors WHERE list_contains($paths, path)",
                             {"paths": [path for _, path in docs if path]})
        return [(path, outcome) for (_, path), outcome in zip(docs, outcomes)]

    def _checks(self, frames: dict[str, pd.DataFrame], doc_ids: list[str]) -> list[Finding]:
        """The findings of a batch, from a scratch in-memory database that holds the batch alone
        (its rows are rolled back after): the checks' queries then cost what the batch costs, not
        what the whole database has grown to."""
        if self._scratch is None:
            self._scratch = Store(":memory:")
        scratch = self._scratch
        scratch.con.execute("BEGIN TRANSACTION")
        try:
            for table in CHECKED_TABLES:
                if table in frames:
                    scratch._insert(table, frames[table])
            return run_checks(scratch.con, doc_ids)
        finally:
            scratch.con.execute("ROLLBACK")

    def _insert(self, table: str, frame: pd.DataFrame) -> None:
        if len(frame):
            casts = ", ".join(f"CAST({c} AS DECIMAL(38, 6)) AS {c}" for c in DECIMAL_COLUMNS.get(table, ()))
            select = f"SELECT * REPLACE ({casts})" if casts else "SELECT *"
            self.con.register("_frame", frame)
            self.con.execute(f"INSERT INTO {table} BY NAME {select} FROM _frame")
            self.con.unregister("_frame")

    def recheck(self) -> int:
        """Run the checks again over every stored document (after the checks changed) and replace
        their findings, one document per transaction; the number of findings."""
        total = 0
        for (doc_id,) in self.con.execute("SELECT doc_id FROM documents ORDER BY path").fetchall():
            findings = run_checks(self.con, [doc_id])
            with self.transaction():
                self.con.execute("DELETE FROM findings WHERE doc_id = ?", [doc_id])
                self._insert("findings", findings_frame(findings))
            total += len(findings)
        return total

    def _delete(self, doc_id: str) -> None:
        for table in DOCUMENT_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])

    def clear_errors(self, path: str | None) -> None:
        if path:
            self.con.execute("DELETE FROM ingest_errors WHERE path = ?", [path])

    def record_error(self, path: str, run_id: str, stage: str, code: str, error: str, message: str,
                     sha256: str | None = None) -> None:
        """Keep the latest failure of each file (a rerun that fails again replaces it)."""
        with self.transaction():
            self.con.execute("DELETE FROM ingest_errors WHERE path = ?", [path])
            self.con.execute(
                "INSERT INTO ingest_errors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [path, sha256, stage, code, error, message, run_id, _now()],
            )

    def start_run(self) -> str:
        run_id = uuid.uuid4().hex[:12]
        self.con.execute(
            "INSERT INTO ingest_runs (run_id, started_at, zhreport_version) VALUES (?, ?, ?)",
            [run_id, _now(), __version__],
        )
        return run_id

    def finish_run(self, run_id: str, n_files: int, n_stored: int, n_unchanged: int, n_failed: int) -> None:
        self.con.execute(
            "UPDATE ingest_runs SET finished_at = ?, n_files = ?, n_stored = ?, n_unchanged = ?, n_failed = ? "
            "WHERE run_id = ?",
            [_now(), n_files, n_stored, n_unchanged, n_failed, run_id],
        )

    def export(self, folder: Path) -> list[Path]:
        """Every table as CSV and as Parquet (decimals exact in both) in ``folder``; the files written."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        tables = [t for (t,) in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]
        for table in tables:
            for suffix, options in ((".csv", "FORMAT CSV, HEADER"), (".parquet", "FORMAT PARQUET")):
                path = folder / f"{table}{suffix}"
                self.con.execute(f"COPY (SELECT * FROM {table}) TO '{_sql_text(path)}' ({options})")
                written.append(path)
        return written

    # -- queries --------------------------------------------------------------------------

    def query(self, sql: str, params: dict | None = None) -> pd.DataFrame:
        """Rows of a query as Python objects: DECIMAL columns stay ``Decimal``, never float."""
        try:
            cursor = self.con.execute(sql, params or {})
            columns = [d[0] for d in cursor.description or ()]
            return pd.DataFrame(cursor.fetchall(), columns=columns, dtype=object)
        except duckdb.Error as exc:
            message = str(exc).splitlines()[0]
            for said, reason in _REFUSED if self.read_only else ():
                if said in message:
                    raise ReadOnlyQuery(str(self.path), reason) from None
            raise QueryFailed(str(self.path), message) from None


def _sql_text(path: Path) -> str:
    return path.as_posix().replace("'", "''")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class Prepared:
    """A document as rows ready to insert: what a worker process hands the writer (lighter to
    send between processes than the Document, and built where the work is parallel)."""

    doc_id: str
    path: str | None
    n_chars: int
    rows: dict[str, list[dict]]


def prepare(doc: Document) -> Prepared:
    return Prepared(doc.doc_id, doc.path, len(doc.text), document_rows(doc))


def document_rows(doc: Document) -> dict[str, list[dict]]:
    """The rows a document owns, by table."""
    to_source = doc.offsets.span_to_source
    page_of = {b.index: b.page for b in doc.blocks}
    documents = [{
        "doc_id": doc.doc_id,
        "sha256": doc.sha256,
        "path": doc.path,
        "file_name": Path(doc.path).name if doc.path else None,
        "format": doc.format,
        "title": doc.title,
        "organisation": doc.organisation,
        "year": doc.year,
        "kind": doc.kind,
        "n_chars": len(doc.text),
        "n_blocks": len(doc.blocks),
        "n_tables": sum(1 for b in doc.blocks if b.kind == "table"),
        "n_sections": len(doc.sections),
        "pages": doc.pages,
        "encoding": doc.source.encoding,
        "text": doc.text,
        "source_text": doc.source.text,
        "zhreport_version": __version__,
        "ingested_at": _now(),
    }]
    sections = [
        {
            "doc_id": doc.doc_id, "section_id": s.index, "parent_id": s.parent, "level": s.level,
            "number": s.number, "title": s.title, "style": s.style, "block_id": s.block,
            "page": page_of.get(s.block), "char_start": s.start, "char_end": s.end,
            **dict(zip(("source_start", "source_end"), to_source(s.start, s.end))),
        }
        for s in doc.sections
    ]
    blocks = [
        {
            "doc_id": doc.doc_id, "block_id": b.index, "kind": b.kind, "section_id": b.section,
            "page": b.page, "style": b.style, "n_rows": b.n_rows, "n_cols": b.n_cols,
            "char_start": b.start, "char_end": b.end,
            **dict(zip(("source_start", "source_end"), to_source(b.start, b.end))),
            "text": b.text, "continues": b.continues,
        }
        for b in doc.blocks
    ]
    cells = [
        {
            "doc_id": doc.doc_id, "block_id": b.index, "row_index": c.row, "col_index": c.col,
            "text": c.text, "rowspan": c.rowspan, "colspan": c.colspan,
            "merged_from_row": c.merged_from[0] if c.merged_from else None,
            "merged_from_col": c.merged_from[1] if c.merged_from else None,
            "page": b.page, "char_start": c.start, "char_end": c.end,
            **dict(zip(("source_start", "source_end"), to_source(c.start, c.end))),
        }
        for b in doc.blocks if b.rows for row in b.rows for c in row
    ]
    quantities = [
        {
            "doc_id": doc.doc_id, "quantity_id": i, "block_id": f.block, "section_id": f.section, "page": f.page,
            "row_index": f.row, "col_index": f.col, "char_start": f.start, "char_end": f.end,
            **dict(zip(("source_start", "source_end"), to_source(f.start, f.end))),
            "text": f.quantity.text, "number": str(f.quantity.number), "precision": f.quantity.precision,
            "unit": f.quantity.unit, "kind": f.quantity.kind, "value": str(f.quantity.value),
            "canonical_unit": f.quantity.canonical_unit, "qualifier": f.quantity.qualifier,
            "low": _decimal_text(f.quantity.low), "high": _decimal_text(f.quantity.high),
            "operator": f.quantity.operator, "pattern": f.quantity.pattern, "snippet": f.snippet,
        }
        for i, f in enumerate(doc.facts.get("quantities", ()))
    ]
    quantity_ids = {id(f): i for i, f in enumerate(doc.facts.get("quantities", ()))}
    amounts = [
        {
            "doc_id": doc.doc_id, "amount_id": a.id, "quantity_id": quantity_ids[id(a.fact)], "subject": a.subject,
            "subject_key": a.subject_key, "code": a.code, "kind": a.kind, "scope": a.scope, "year": a.year,
            "column_header": a.column, "text": a.fact.quantity.text, "value": str(a.fact.quantity.value),
            "unit": a.fact.quantity.canonical_unit, "precision": a.fact.quantity.precision,
            "section_id": a.fact.section, "block_id": a.fact.block, "page": a.fact.page,
            "row_index": a.fact.row, "col_index": a.fact.col, "char_start": a.fact.start, "char_end": a.fact.end,
            **dict(zip(("source_start", "source_end"), to_source(a.fact.start, a.fact.end))),
            "snippet": a.fact.snippet, "pattern": a.pattern,
        }
        for a in doc.facts.get("amounts", ())
    ]
    links = [
        {
            "doc_id": doc.doc_id, "link_id": i, "link_type": k.type, "from_amount": k.source, "to_amount": k.target,
            "exhaustive": k.exhaustive, "direction": k.direction, "declared": _decimal_text(k.declared),
            "declared_precision": k.declared_precision, "base": k.base, "implied_prior": _decimal_text(k.implied_prior),
            "list_id": k.list_id,
        }
        for i, k in enumerate(doc.facts.get("amount_links", ()))
    ]
    indicators = [
        {
            "doc_id": doc.doc_id, "indicator_id": r.id, "project": r.project, "project_code": r.project_code,
            "level1": r.level1, "level2": r.level2, "level3": r.level3, "name": r.name, "operator": r.operator,
            "target_value": _decimal_text(r.target_value), "target_unit": r.target_unit, "target_text": r.target_text,
            "actual_value": _decimal_text(r.actual_value), "actual_unit": r.actual_unit, "actual_text": r.actual_text,
            "weight": _decimal_text(r.weight), "score": _decimal_text(r.score), "met": r.met, "source": r.source,
            "section_id": r.section, "block_id": r.block, "page": r.page, "row_index": r.row,
            "char_start": r.start, "char_end": r.end,
            **dict(zip(("source_start", "source_end"), to_source(r.start, r.end))), "snippet": r.snippet,
        }
        for r in doc.facts.get("indicators", ())
    ]
    indicator_totals = [
        {
            "doc_id": doc.doc_id, "total_id": i, "project": t.project, "kind": t.kind,
            "weight": _decimal_text(t.weight), "score": _decimal_text(t.score), "block_id": t.block, "page": t.page,
            "row_index": t.row, "char_start": t.start, "char_end": t.end,
        }
        for i, t in enumerate(doc.facts.get("indicator_totals", ()))
    ]
    claims = [
        {
            "doc_id": doc.doc_id, "claim_id": c.id, "subject": c.subject, "verb": c.verb, "value": _decimal_text(c.value),
            "unit": c.unit, "qualifier": c.qualifier, "period": c.period, "status": c.status,
            "indicator_id": c.indicator, "section_id": c.section, "block_id": c.block, "page": c.page,
            "char_start": c.start, "char_end": c.end, **dict(zip(("source_start", "source_end"), to_source(c.start, c.end))),
            "text": c.text,
        }
        for c in doc.facts.get("claims", ())
    ]
    return {"documents": documents, "sections": sections, "blocks": blocks, "cells": cells, "quantities": quantities,
            "amounts": amounts, "amount_links": links, "indicators": indicators, "indicator_totals": indicator_totals,
            "claims": claims}


def table_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows of a table as a DataFrame of Python objects (decimals as their digits, never float)."""
    return pd.DataFrame(rows, columns=_columns(table) if table in _COLUMNS else None, dtype=object)


def findings_frame(findings: list[Finding]) -> pd.DataFrame:
    """Findings, numbered within each document."""
    numbers: Counter[str] = Counter()
    rows = []
    for f in findings:
        rows.append({**{k: getattr(f, k) for k in _COLUMNS["findings"] if k != "finding_id"},
                     "finding_id": numbers[f.doc_id],
                     **{k: _decimal_text(getattr(f, k)) for k in DECIMAL_COLUMNS["findings"]},
                     **{k: list(getattr(f, k)) for k in ("amount_ids", "link_ids", "indicator_ids")}})
        numbers[f.doc_id] += 1
    return table_frame("findings", rows)


def _decimal_text(value) -> str | None:
    return None if value is None else str(value)


_COLUMNS = {
    "sections": ("doc_id", "section_id", "parent_id", "level", "number", "title", "style", "block_id", "page",
                 "char_start", "char_end", "source_start", "source_end"),
    "blocks": ("doc_id", "block_id", "kind", "section_id", "page", "style", "n_rows", "n_cols", "char_start",
               "char_end", "source_start", "source_end", "text", "continues"),
    "cells": ("doc_id", "block_id", "row_index", "col_index", "text", "rowspan", "colspan", "merged_from_row",
              "merged_from_col", "page", "char_start", "char_end", "source_start", "source_end"),
    "quantities": ("doc_id", "quantity_id", "block_id", "section_id", "page", "row_index", "col_index",
                   "char_start", "char_end", "source_start", "source_end", "text", "number", "precision", "unit",
                   "kind", "value", "canonical_unit", "qualifier", "low", "high", "operator", "pattern", "snippet"),
    "amounts": ("doc_id", "amount_id", "quantity_id", "subject", "subject_key", "code", "kind", "scope", "year",
                "column_header", "text", "value", "unit", "precision", "section_id", "block_id", "page", "row_index",
                "col_index", "char_start", "char_end", "source_start", "source_end", "snippet", "pattern"),
    "indicators": ("doc_id", "indicator_id", "project", "project_code", "level1", "level2", "level3", "name",
                   "operator", "target_value", "target_unit", "target_text", "actual_value", "actual_unit",
                   "actual_text", "weight", "score", "met", "source", "section_id", "block_id", "page", "row_index",
                   "char_start", "char_end", "source_start", "source_end", "snippet"),
    "indicator_totals": ("doc_id", "total_id", "project", "kind", "weight", "score", "block_id", "page", "row_index",
                         "char_start", "char_end"),
    "claims": ("doc_id", "claim_id", "subject", "verb", "value", "unit", "qualifier", "period", "status", "indicator_id",
               "section_id", "block_id", "page", "char_start", "char_end", "source_start", "source_end", "text"),
    "findings": ("doc_id", "finding_id", "check_id", "severity", "message_zh", "message_en", "declared", "computed",
                 "difference", "tolerance", "unit", "amount_ids", "link_ids", "indicator_ids", "section_id", "block_id",
                 "page", "char_start", "char_end", "source_start", "source_end", "snippet"),
    "amount_links": ("doc_id", "link_id", "link_type", "from_amount", "to_amount", "exhaustive", "direction",
                     "declared", "declared_precision", "base", "implied_prior", "list_id"),
}


def _columns(table: str) -> list[str]:
    return list(_COLUMNS[table])
