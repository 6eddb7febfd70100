"""The ``zhreport`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns ``ZhreportError`` into
one line on stderr and an exit code: 0 all well, 1 something failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__
from .checks import SEVERITIES
from .document import MAX_CHARS, document_from_bytes, read_document
from .errors import ZhreportError
from .extract import document_facts
from .ingest import BATCH_DOCUMENTS, IngestResult, ingest, terminal_progress
from .report import DEFAULT_REPORT, write_report
from .store import DEFAULT_DB, Store

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# the bundled reports: the real ones, the development reports written in their style, and their
# renderings in other formats; corpus/gold holds evaluation data, held-out reports among it
CORPUS_REPORTS = [CORPUS / "seeds", CORPUS / "pdfs", CORPUS / "dev", CORPUS / "renderings", CORPUS / "formats"]


def _error_line(message: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    print(message, file=sys.stderr)


def _ingest(paths: list[str], args: argparse.Namespace) -> IngestResult:
    done = _print_outcome if args.verbose else None
    with Store(args.db) as store:
        if args.engine == "dask":
            from .cluster import ingest_on_dask

            parquet = Path(args.parquet) if args.parquet else Path(args.db).parent / "parquet"
            result = ingest_on_dask(paths, store, parquet, scheduler=args.scheduler, workers=args.workers,
                                    on_error=_error_line, progress=terminal_progress(), on_done=done,
                                    max_chars=args.max_chars, batch_size=args.batch_size)
        else:
            result = ingest(paths, store, strict=args.strict, on_error=_error_line, progress=terminal_progress(),
                            on_done=done, max_chars=args.max_chars, batch_size=args.batch_size, workers=args.workers)
    print(f"zhreport: {result.summary()} -> {args.db}", file=sys.stderr)
    return result


def _print_outcome(outcome: str, path: Path) -> None:
    print(f"{outcome}\t{path}", flush=True)


def cmd_ingest(args: argparse.Namespace) -> int:
    return 0 if _ingest(args.paths, args).ok else 1


def cmd_run(args: argparse.Namespace) -> int:
    paths = args.paths or [str(p) for p in CORPUS_REPORTS]
    result = _ingest(paths, args)
    with Store(args.db, read_only=True) as store:
        frame = store.query(
            "SELECT file_name, format, kind, year, organisation, coalesce(CAST(pages AS VARCHAR), '') AS pages, "
            "n_sections AS sections, n_tables AS tables, n_chars AS chars, "
            "(SELECT count(*) FROM quantities q WHERE q.doc_id = d.doc_id) AS quantities, "
            + ", ".join(f"(SELECT count(*) FROM findings f WHERE f.doc_id = d.doc_id AND f.severity = '{s}') AS {s}s"
                        for s in ("error", "warning"))
            + " FROM documents d ORDER BY path"
        )
        report = write_report(store, Path(args.report))
    print(frame.to_string(index=False))
    print(f"zhreport: findings listed by 'zhreport check --db {args.db}'; report: {report}", file=sys.stderr)
    return 0 if result.ok else 1


def cmd_report(args: argparse.Namespace) -> int:
    with Store(args.db, read_only=True) as store:
        path = write_report(store, Path(args.out))
    print(f"zhreport: report written to {path}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with Store(args.db, read_only=True) as store:
        written = store.export(Path(args.out))
    print(f"zhreport: {len(written) // 2} tables written as CSV and Parquet to {args.out}", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        store.recheck()
        summary = store.query(
            "SELECT d.file_name AS document, "
            + ", ".join(f"count(f.severity) FILTER (WHERE f.severity = '{s}') AS {s}" for s in SEVERITIES)
            + " FROM documents d LEFT JOIN findings f USING (doc_id) GROUP BY d.path, d.file_name ORDER BY d.path")
        findings = store.query(
            "SELECT d.file_name, coalesce(CAST(f.page AS VARCHAR), '') AS page, f.severity, f.check_id, "
            f"f.message_{args.lang} AS message FROM findings f JOIN documents d USING (doc_id) "
            "WHERE f.severity <> 'info' OR $all ORDER BY d.path, f.finding_id", {"all": args.all})
    for row in findings.itertuples(index=False):
        where = f"{row.file_name}" + (f" p.{row.page}" if row.page else "")
        print(f"{where}: {row.severity} [{row.check_id}] {row.message}")
    print(summary.to_string(index=False) if len(summary) else "(no documents)")
    # SEVERITIES runs from the worst: --fail-on warning fails on a warning or an error
    failing = SEVERITIES[:SEVERITIES.index(args.fail_on) + 1] if args.fail_on else ()
    return 1 if any(summary[s].sum() for s in failing) else 0


def cmd_extract(args: argparse.Namespace) -> int:
    if args.file == "-":
        doc = document_from_bytes(sys.stdin.buffer.read(), "<stdin>")
    else:
        doc = read_document(args.file)
    json.dump(document_facts(doc), sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    with Store(args.db, read_only=True) as store:
        store.seal()
        frame = store.query(args.sql)
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        # Decimal as its exact digits (a JSON string), timestamps in ISO form
        records = frame.to_dict(orient="records")
        sys.stdout.write(json.dumps(records, ensure_ascii=False, default=str) + "\n")
    else:
        print(frame.to_string(index=False) if len(frame) else "(no rows)")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from . import bench  # the baselines load slowly and only the benchmark needs them

    out = Path(args.out or f"outputs/bench_{args.what}.json")
    if args.what == "quantities":
        bench.quantities(out=out, show_misses=args.misses)
    elif args.what == "budget":
        bench.budget(out=out, show_misses=bool(args.misses))
    elif args.what == "indicators":
        bench.indicators(out=out, show_misses=bool(args.misses))
    elif args.what == "checks":
        bench.checks(out=out)
    elif args.what == "layouts":
        bench.layouts(out=out)
    elif args.what == "throughput":
        from . import throughput

        throughput.run(sizes=tuple(args.sizes), workers=tuple(args.workers), out=out)
    elif args.what == "limits":
        from . import limits

        limits.run(out=out)
    else:
        bench.claims(out=out, show_misses=bool(args.misses))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhreport",
        description="Read Chinese government budget and performance reports into data you can check.",
    )
    parser.add_argument("--version", action="version", version=f"zhreport {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_db(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=str(DEFAULT_DB), help=f"DuckDB database file (default {DEFAULT_DB})")

    def add_ingest_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--strict", action="store_true", help="stop at the first bad file and show the traceback")
        p.add_argument("--max-chars", type=int, default=MAX_CHARS, metavar="N",
                       help=f"refuse a file with more than N characters of text (default {MAX_CHARS:,})")
        p.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                       help="processes reading the reports (default: one per core); the database has one writer")
        p.add_argument("--batch-size", type=int, default=BATCH_DOCUMENTS, metavar="N",
                       help=f"store at most N documents per transaction (default {BATCH_DOCUMENTS}): "
                            "a killed run loses at most one batch, which the next run reads again")
        p.add_argument("-v", "--verbose", action="store_true",
                       help="print each file's outcome (stored, replaced, unchanged, failed) on stdout as it is done")
        p.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: worker processes on this machine (default); dask: the workers of a Dask "
                            "cluster read the reports into Parquet, which this process loads")
        p.add_argument("--scheduler", metavar="ADDRESS",
                       help="dask: the scheduler's address (tcp://host:8786); without it, a cluster of --workers "
                            "processes on this machine")
        p.add_argument("--parquet", metavar="DIR",
                       help="dask: where the workers write each run's Parquet, by table (default: parquet/ beside "
                            "the database); on a cluster, a folder the workers and this machine share")

    p = sub.add_parser("ingest", help="read reports (files and folders, recursively) into the database")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a report file (.txt .docx .pdf) or a folder")
    add_db(p)
    add_ingest_options(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", help="print the facts of one report as JSON (no database needed)")
    p.add_argument("file", metavar="FILE", help="a report file, or - to read pasted text from stdin")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("check", help="run the cross-checks over every stored document: findings and a summary")
    add_db(p)
    p.add_argument("--fail-on", choices=SEVERITIES,
                   help="exit 1 when a finding of this severity or a worse one is found (for scripts)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the messages")
    p.add_argument("--all", action="store_true", help="list the info findings too")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("report", help="write the audit report (HTML: findings with their evidence, budget against execution)")
    add_db(p)
    p.add_argument("--out", default=str(DEFAULT_REPORT), help=f"where to write it (default {DEFAULT_REPORT})")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", help="write every table to CSV and Parquet")
    add_db(p)
    p.add_argument("--out", default="outputs/export", help="folder to write them to (default outputs/export)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("query", help="run a read-only SQL query on the database")
    p.add_argument("sql", metavar="SQL")
    add_db(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("run", help="the main job: ingest and check the reports (default: the bundled corpus/), "
                                   "summarise and write the audit report")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: corpus/)")
    add_db(p)
    p.add_argument("--report", default=str(DEFAULT_REPORT), help=f"where to write the report (default {DEFAULT_REPORT})")
    add_ingest_options(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("bench", help="benchmarks with figures (quantities: accuracy against the gold sets and the baselines)")
    p.add_argument("what", help="which benchmark",
                   choices=("quantities", "budget", "indicators", "layouts", "claims", "checks", "limits", "throughput"))
    p.add_argument("--out", help="where to write the figures as JSON (default outputs/bench_WHAT.json)")
    p.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], metavar="N",
                   help="throughput: batch sizes in reports (default 100 1000; the issue's full run adds 10000)")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2], metavar="N",
                   help="throughput: numbers of worker processes to compare (default 1 2)")
    p.add_argument("--misses", metavar="TOOL", nargs="?", const="zhreport",
                   help="list the development set's misses, never the held-out set's (quantities: of one tool, "
                        "zhreport when none is named)")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if hasattr(args, "engine"):
        if args.engine == "local" and (args.scheduler or args.parquet):
            parser.error("--scheduler and --parquet go with --engine dask")
        if args.engine == "dask" and args.strict:
            parser.error("--strict reads every file in this process: it does not go with --engine dask")
    try:
        return args.func(args)
    except ZhreportError as exc:
        if getattr(args, "strict", False):
            raise
        _error_line(f"error: {exc}")
        return 1
    except BrokenPipeError:  # `zhreport query … | head`
        return 0
