"""Ingestion on a Dask cluster: the workers read the reports into partitioned Parquet, this
process loads it into DuckDB.

This process walks and hashes the files as a local run does (an unchanged file is never sent),
cuts the new ones into partitions of ``batch_size`` files, and submits one task per partition.
A worker reads its files and stores them in an in-memory database with the code a local run
uses (extraction, rows, checks), then writes each document table as
``<parquet>/<run_id>/<table>/part-NNNNN.parquet``.  As partitions finish, this process stores
each in one transaction, so the database is the one a local run fills, row for row.

Workers open the files by absolute path and write the Parquet folder: on a cluster both must be
on a filesystem that the workers and this process share, and the workers need zhreport installed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .document import MAX_CHARS
from .errors import ClusterError, InternalError, ZhreportError
from .ingest import BATCH_DOCUMENTS, Done, IngestResult, Progress, Report, Run, iter_files, read_job, store_each
from .readers.files import read_bytes
from .store import Store


def ingest_on_dask(
    paths: Iterable[str | Path],
    store: Store,
    parquet: Path,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    on_error: Report | None = None,
    progress: Progress | None = None,
    on_done: Done | None = None,
    max_chars: int = MAX_CHARS,
    batch_size: int = BATCH_DOCUMENTS,
) -> IngestResult:
    """Read every report under ``paths`` on the Dask cluster whose scheduler is at ``scheduler``
    (without one, a cluster of ``workers`` processes on this machine) and store it here."""
    with _client(scheduler, workers) as client:  # before the run starts: an unreachable cluster leaves no trace
        from distributed import as_completed

        run = Run(store, on_error=on_error, on_done=on_done)
        new = [path for path, _ in run.new_files(list(iter_files(paths)), progress)]
        folder = parquet.resolve() / run.run_id
        jobs = {}
        for n, start in enumerate(range(0, len(new), batch_size)):
            files, name = new[start:start + batch_size], f"part-{n:05d}"
            job = client.submit(extract_partition, [(str(p), str(p.resolve())) for p in files], str(folder), name,
                                max_chars, key=f"zhreport-{run.run_id}-{name}")
            jobs[job] = name, files
        for job in as_completed(jobs):
            name, files = jobs.pop(job)
            try:
                failures = job.result()
            except Exception as exc:  # the worker died, or the task could not run
                for path in files:
                    run.failed(path, ClusterError(str(path), f"the Dask task reading it failed: "
                                                             f"{type(exc).__name__}: {exc}"))
                continue
            for path, exc in failures:
                run.failed(Path(path), exc)
            try:
                stored = store.store_parquet(folder, name)
            except Exception as exc:
                failed = {path for path, _ in failures}
                for path in files:
                    if str(path) not in failed:
                        run.failed(path, InternalError.of(str(path), exc))
                continue
            for path, outcome in stored:
                run.done(Path(path), outcome)
    return run.finish()


def extract_partition(files: list[tuple[str, str]], folder: str, name: str,
                      max_chars: int = MAX_CHARS) -> list[tuple[str, ZhreportError]]:
    """A worker's task: read (name, absolute path) files, write their rows as Parquet partition
    ``name`` under ``folder``; the files that failed, with their errors."""
    failures: list[tuple[str, ZhreportError]] = []
    prepared = []
    for given, location in files:
        try:
            prepared.append(read_job(given, read_bytes(Path(location), given), max_chars))
        except ZhreportError as exc:
            failures.append((given, exc))
    with Store(":memory:") as scratch:
        for doc, outcome in zip(prepared, store_each(scratch, prepared)):
            if isinstance(outcome, Exception):
                failures.append((doc.path, outcome if isinstance(outcome, ZhreportError)
                                 else InternalError.of(doc.path, outcome)))
        scratch.write_parquet(Path(folder), name)
    return failures


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError(None, "--engine dask needs Dask: pip install 'zhreport[dask]'") from None
    if scheduler is None:
        # one thread per worker: the stages are Python, and threads would share one interpreter lock
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler)  # waits distributed.comm.timeouts.connect (30 s unless configured)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(scheduler, f"cannot reach the Dask scheduler: {exc}") from None
    with client:
        yield client
