"""Throughput: how fast zhreport ingests batches built from the corpus, and the floors to compare.

``zhreport bench throughput`` writes batches of N text reports (the seeds and the development
reports, each copy made a new document by a line of its own) and a PDF of 200 pages made of the
published disclosures' pages, then measures, each run in a fresh process and database:

* end to end (``zhreport ingest``: read, extract, store, checks): documents/s, characters/s,
  pages/s, the peak memory of the writing process, for each N and each number of workers;
* where the time goes, stage by stage, on the N = 100 batch in one process;
* the floors a user would compare against, over the same input: pdfplumber's own
  ``extract_text`` on the same pages, jieba's own segmentation of the same text, and a bare DuckDB
  bulk insert of the same rows; zhreport's time as a ratio to each.

Figures are printed and written to ``outputs/bench_throughput.json``; no test asserts a time.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TEXTS = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "dev").rglob("*.txt"))
PDFS = sorted((CORPUS / "pdfs").glob("*.pdf"))
# stages are timed apart on batches up to this size (10,000 reports would take another ten minutes)
STAGES_UP_TO = 1000
STAGES = ("read", "clean", "sections", "metadata", "quantities", "amounts", "indicators", "claims", "store", "checks")


def write_batch(folder: Path, n: int) -> int:
    """N text reports in ``folder``; their characters."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    chars = 0
    for i in range(n):
        text = f"{texts[i % len(texts)]}\n（批量测试副本{i}）\n"
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def pdf_of_pages(path: Path, pages: int) -> None:
    """A long PDF made of the published disclosures' own pages, one after another."""
    import pypdfium2

    out = pypdfium2.PdfDocument.new()
    sources = [pypdfium2.PdfDocument(p) for p in PDFS]
    while len(out) < pages:
        for source in sources:
            if len(out) < pages:  # (an empty list of pages would import them all)
                out.import_pages(source, list(range(min(len(source), pages - len(out)))))
    out.save(path)


def ingest_run(paths: list[Path], db: Path, workers: int) -> dict:
    """``zhreport ingest`` in a process of its own: seconds, and the peak memory of that process
    (the writer; workers each hold one document at a time)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", *map(str, paths), "--db", str(db),
                                "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"zhreport ingest {paths} failed")
    return {"seconds": round(seconds, 2), "peak_mb": round(usage.ru_maxrss / 1024)}


def stage_times(paths: list[Path], db: Path) -> dict[str, float]:
    """Seconds per stage over ``paths``, in this process (dictionaries loaded first), stored in
    batches into the database file ``db`` as ingest stores them, so that a stage whose cost grows
    with what is stored shows it."""
    from .checks import run_checks
    from .clean import build_blocks
    from .ingest import BATCH_DOCUMENTS
    from .model import Document
    from .nlp import nlp
    from .readers import reader_for
    from .readers.files import read_bytes
    from .stages import STAGES as PIPELINE
    from .store import Store

    nlp()  # the dictionaries, loaded before the clock starts
    times = dict.fromkeys(STAGES, 0.0)
    with Store(db) as store:
        for first in range(0, len(paths), BATCH_DOCUMENTS):
            batch = []
            for path in paths[first:first + BATCH_DOCUMENTS]:
                tick = time.perf_counter()
                data = read_bytes(path)
                source = reader_for(path)(path, data)
                times["read"] += time.perf_counter() - tick
                tick = time.perf_counter()
                text, offsets, blocks = build_blocks(source)
                sha = hashlib.sha256(data).hexdigest()
                doc = Document(doc_id=sha[:16], sha256=sha, path=str(path), format=source.format, source=source,
                               text=text, offsets=offsets, blocks=blocks)
                times["clean"] += time.perf_counter() - tick
                for stage in PIPELINE:
                    tick = time.perf_counter()
                    doc = stage.run(doc)
                    times[stage.name] += time.perf_counter() - tick
                batch.append(doc)
            tick = time.perf_counter()
            store.store_documents(batch)
            times["store"] += time.perf_counter() - tick
            tick = time.perf_counter()
            run_checks(store.con, [doc.doc_id for doc in batch])  # what storing spent on the checks
            times["checks"] += time.perf_counter() - tick
    times["store"] -= times["checks"]
    return {k: round(v, 3) for k, v in times.items()}


def floors(texts: list[Path], pdf: Path) -> dict:
    """The tools' own times over the same input: the least a pipeline built on them can take."""
    import jieba
    import pdfplumber

    from .document import read_document
    from .store import DOCUMENT_TABLES, Store, document_rows, table_frame

    jieba.initialize()
    corpus = [p.read_text(encoding="utf-8") for p in texts]
    tick = time.perf_counter()
    for text in corpus:
        jieba.lcut(text)
    segment = time.perf_counter() - tick

    tick = time.perf_counter()
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            page.extract_text()
            page.close()
    extract = time.perf_counter() - tick
    tick = time.perf_counter()
    read_document(pdf)
    zhreport_pdf = time.perf_counter() - tick

    docs = [read_document(p) for p in texts]
    rows: dict[str, list[dict]] = {}
    for doc in docs:
        for table, table_rows in document_rows(doc).items():
            rows.setdefault(table, []).extend(table_rows)
    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "bare.duckdb") as store:  # the schema, then a bare bulk insert
            tick = time.perf_counter()
            for table in DOCUMENT_TABLES:
                if rows.get(table):
                    store.con.register("_rows", table_frame(table, rows[table]))
                    store.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
                    store.con.unregister("_rows")
            insert = time.perf_counter() - tick
        with Store(Path(folder) / "zhreport.duckdb") as store:
            tick = time.perf_counter()
            store.store_documents(docs)
            store_time = time.perf_counter() - tick
    return {
        "pdf": {"pages": _pages(pdf), "pdfplumber_extract_text_s": round(extract, 2),
                "zhreport_read_s": round(zhreport_pdf, 2), "ratio": round(zhreport_pdf / extract, 2)},
        "segmentation": {"chars": sum(map(len, corpus)), "jieba_lcut_s": round(segment, 2)},
        "insert": {"rows": sum(map(len, rows.values())), "duckdb_bulk_insert_s": round(insert, 2),
                   "zhreport_store_and_checks_s": round(store_time, 2), "ratio": round(store_time / insert, 2)},
    }


def _pages(pdf: Path) -> int:
    import pypdfium2

    return len(pypdfium2.PdfDocument(pdf))


def run(sizes: tuple[int, ...] = (100, 1000), workers: tuple[int, ...] = (1, 2), out: Path | None = None) -> dict:
    report: dict = {"runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        # speed-up: against the first number of workers of the same batch
        print(f"{'reports':>8}{'workers':>8}{'seconds':>9}{'docs/s':>8}{'chars/s':>10}{'peak MB':>9}{'speed-up':>10}")
        for n in sizes:
            folder = tmp_path / f"batch_{n}"
            chars = write_batch(folder, n)
            for w in workers:
                figures = ingest_run([folder], tmp_path / f"{n}_{w}.duckdb", w)
                first = next((r["seconds"] for r in report["runs"] if r["reports"] == n), figures["seconds"])
                row = {"reports": n, "workers": w, **figures, "docs_per_s": round(n / figures["seconds"], 1),
                       "chars_per_s": round(chars / figures["seconds"]), "speedup": round(first / figures["seconds"], 2)}
                report["runs"].append(row)
                print(f"{n:>8}{w:>8}{row['seconds']:>9.1f}{row['docs_per_s']:>8.1f}{row['chars_per_s']:>10,}"
                      f"{row['peak_mb']:>9}{row['speedup']:>9.2f}×", flush=True)
        pdf = tmp_path / "200 pages.pdf"
        pdf_of_pages(pdf, 200)
        for w in workers[:1]:
            figures = ingest_run([pdf], tmp_path / "pdf.duckdb", w)
            report["pdf"] = {"pages": 200, **figures, "pages_per_s": round(200 / figures["seconds"], 1)}
            print(f"\n200 PDF pages: {figures['seconds']:.1f} s, {200 / figures['seconds']:.1f} pages/s, "
                  f"peak {figures['peak_mb']} MB")

        # each stage timed apart, per report, at each size up to STAGES_UP_TO: the time per report
        # must not grow with the batch
        timed = [n for n in sizes if n <= STAGES_UP_TO] or [min(sizes)]
        per_report = {}
        for n in timed:
            times = stage_times(sorted((tmp_path / f"batch_{n}").glob("*.txt")), tmp_path / f"stages_{n}.duckdb")
            per_report[n] = {stage: seconds * 1000 / n for stage, seconds in times.items()}
            if n == timed[0]:
                report["stages"] = times
        report["stage_ms_per_report"] = {str(n): {k: round(v, 2) for k, v in ms.items()} for n, ms in per_report.items()}
        sample = sorted((tmp_path / f"batch_{timed[0]}").glob("*.txt"))
        total = sum(report["stages"].values())
        print(f"\nwhere the time goes, ms per report in one process, and its growth from {timed[0]} to {timed[-1]} reports:")
        print(f"  {'stage':<12}" + "".join(f"{f'N={n}':>10}" for n in timed) + f"{'share':>8}{'growth':>8}")
        for stage in STAGES:
            first, last = per_report[timed[0]][stage], per_report[timed[-1]][stage]
            print(f"  {stage:<12}" + "".join(f"{per_report[n][stage]:>10.2f}" for n in timed)
                  + f"{report['stages'][stage] / total:>8.1%}{(last / first if first else 1):>8.2f}")

        report["floors"] = floors(sample, pdf)
        f = report["floors"]
        print("\nfloors over the same input:")
        print(f"  PDF, {f['pdf']['pages']} pages: pdfplumber extract_text {f['pdf']['pdfplumber_extract_text_s']} s,"
              f" zhreport's reader {f['pdf']['zhreport_read_s']} s: {f['pdf']['ratio']}×")
        extraction = total - report["stages"]["store"] - report["stages"]["checks"]
        f["segmentation"].update(zhreport_extraction_s=round(extraction, 2),
                                 ratio=round(extraction / f["segmentation"]["jieba_lcut_s"], 2))
        print(f"  jieba segmentation of {f['segmentation']['chars']:,} characters: {f['segmentation']['jieba_lcut_s']} s,"
              f" zhreport's reading and extraction {extraction:.2f} s: {f['segmentation']['ratio']}×")
        print(f"  {f['insert']['rows']:,} rows: a bare DuckDB bulk insert {f['insert']['duckdb_bulk_insert_s']} s,"
              f" zhreport's store with its checks {f['insert']['zhreport_store_and_checks_s']} s: {f['insert']['ratio']}×")
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nwritten to {out}")
    return report
