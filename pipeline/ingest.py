"""Batch ingestion: walk files and folders, read each report, store it, record what failed.

One bad file never stops a batch: its error is printed as one line, kept in ``ingest_errors``,
and the batch goes on (``strict=True`` re-raises instead, for debugging).  A file whose bytes
are already stored is not read again.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .document import MAX_CHARS, read_document
from .readers.files import read_bytes
from .errors import InternalError, ZhreportError
from .readers import READERS
from .store import Prepared, Store, prepare

Report = Callable[[str], None]
Progress = Callable[[int, int, Path], None]
Done = Callable[[str, Path], None]  # (outcome, path) once a file is stored or has failed


@dataclass
class IngestResult:
    files: int = 0
    stored: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, message)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"{self.files} files: {self.stored + self.replaced} read and stored"
            f" ({self.replaced} replacing an older version), {self.unchanged} unchanged, {len(self.failed)} failed"
        )


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to ingest, sorted; a file named explicitly is taken whatever its type.

    Inside folders only files of a known type are taken, dotfiles and dot-folders skipped,
    symbolic links to folders not followed (a link loop cannot trap the walk), and pipes, sockets
    and devices skipped (reading one would wait forever).
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in READERS \
                            and not _special(Path(root) / name):
                        yield Path(root) / name
        else:
            yield path


def _special(path: Path) -> bool:
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:  # a broken link, a link loop: reading it will say what is wrong
        return False


# Documents are stored in batches, each in one transaction with one insert per table and one
# query per check for all of its documents: a batch is written when it holds this many documents
# or characters, or has waited this long (so that -v keeps pace and a killed run loses little).
BATCH_DOCUMENTS = 64
BATCH_CHARS = 1_000_000
BATCH_SECONDS = 2.0
# what DuckDB may cache while the writer fills the database: its memory stays flat however many
# reports a run stores (DuckDB writes what does not fit to disk)
WRITER_MEMORY = "256MB"
# Worker processes take a second or two to start: a run of fewer files is read in this process.
POOL_FROM = 16


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    strict: bool = False,
    on_error: Report | None = None,
    progress: Progress | None = None,
    on_done: Done | None = None,
    max_chars: int = MAX_CHARS,
    batch_size: int = BATCH_DOCUMENTS,
    workers: int = 1,
) -> IngestResult:
    """Read and store every report under ``paths``: ``workers`` processes read them (the Python
    stages), this one alone writes, ``batch_size`` documents per transaction at most.  Files are
    stored in the order given, whatever the number of workers."""
    files = list(iter_files(paths))
    run = Run(store, strict=strict, on_error=on_error, on_done=on_done)
    pending: list[tuple[Path, Prepared]] = []
    started = 0.0

    def collect(path: Path, job: Future) -> None:
        nonlocal started
        try:
            doc = job.result()
        except Exception as exc:
            return run.failed(path, exc)
        started = started if pending else time.monotonic()
        pending.append((path, doc))
        if (len(pending) >= batch_size or sum(d.n_chars for _, d in pending) >= BATCH_CHARS
                or time.monotonic() - started >= BATCH_SECONDS):
            run.store(pending)
            pending.clear()

    in_flight: deque[tuple[Path, Future]] = deque()
    if strict or len(files) < POOL_FROM:
        workers = 1  # --strict wants a traceback from this process; a few files, no pool to start
    with _executor(workers) as executor:
        for path, data in run.new_files(files, progress):
            in_flight.append((path, executor.submit(read_job, str(path), data if workers <= 1 else None, max_chars)))
            # the workers read the next batch while this process stores one, and no further ahead:
            # memory stays flat however many files the run has
            while len(in_flight) > batch_size + 2 * workers or in_flight and in_flight[0][1].done():
                collect(*in_flight.popleft())
        while in_flight:
            collect(*in_flight.popleft())
    run.store(pending)
    return run.finish()


class Run:
    """One ingest run's bookkeeping, whichever engine reads the files: what is stored already, the
    outcome of each file (told to ``on_done``), its failures recorded, and the counts."""

    def __init__(self, store: Store, *, strict: bool = False, on_error: Report | None = None,
                 on_done: Done | None = None) -> None:
        self.db = store
        self.strict = strict
        self.on_error = on_error
        self.on_done = on_done
        self.result = IngestResult()
        store.limit_memory(WRITER_MEMORY)
        self.run_id = store.start_run()
        # what is stored already (or about to be), read once: a rerun over thousands of unchanged
        # files asks the database nothing more
        self.known = store.doc_ids()
        self.with_errors = store.error_paths()
        self.doc_ids: dict[Path, str] = {}  # the files being read: a failed one's id is forgotten

    def new_files(self, files: list[Path], progress: Progress | None = None) -> Iterator[tuple[Path, bytes]]:
        """The files to read, with their bytes: each file is counted, and one already stored (or
        met before in this run) is done as unchanged."""
        for n, path in enumerate(files, 1):
            self.result.files += 1
            if progress:
                progress(n, len(files), path)
            try:
                data = read_bytes(path)
            except ZhreportError as exc:
                self.failed(path, exc)
                continue
            doc_id = hashlib.sha256(data).hexdigest()[:16]
            if doc_id in self.known:
                if str(path) in self.with_errors:  # it failed once, and has been stored since under another name
                    self.db.clear_errors(str(path))
                self.done(path, "unchanged")
                continue
            self.known.add(doc_id)  # a copy of it later in the run is unchanged
            self.doc_ids[path] = doc_id
            yield path, data

    def store(self, batch: Sequence[tuple[Path, Prepared]]) -> None:
        """Store a batch in one transaction; if it fails, one document at a time, so that only the
        file at fault fails."""
        for (path, _), outcome in zip(batch, store_each(self.db, [doc for _, doc in batch])):
            if isinstance(outcome, Exception):
                self.failed(path, outcome)
            else:
                self.done(path, outcome)

    def done(self, path: Path, outcome: str) -> None:
        self.doc_ids.pop(path, None)
        if outcome != "failed":
            setattr(self.result, outcome, getattr(self.result, outcome) + 1)
        if self.on_done:
            self.on_done(outcome, path)

    def failed(self, path: Path, exc: Exception) -> None:
        if self.strict:
            raise exc
        if not isinstance(exc, ZhreportError):
            exc = InternalError.of(str(path), exc)
        self.known.discard(self.doc_ids.pop(path, None))  # a copy of it later in the run is read again
        message = " ".join(str(exc).split())  # one line, whatever the library said
        self.result.failed.append((str(path), message))
        self.db.record_error(str(path), self.run_id, exc.stage, exc.code, exc.name, message)
        if self.on_error:
            self.on_error(f"error: {message}")
        self.done(path, "failed")

    def finish(self) -> IngestResult:
        r = self.result
        self.db.finish_run(self.run_id, r.files, r.stored + r.replaced, r.unchanged, len(r.failed))
        return r


def store_each(store: Store, docs: Sequence[Prepared]) -> list[str | Exception]:
    """Each document's outcome ('stored', 'replaced', 'unchanged') or the error that kept it out:
    the documents go in one transaction, or, if that fails, one at a time."""
    if not docs:
        return []
    try:
        return list(store.store_documents(docs))
    except Exception as exc:
        if len(docs) == 1:
            return [exc]
    outcomes: list[str | Exception] = []
    for doc in docs:  # the batch left nothing behind
        try:
            outcomes.append(store.store_document(doc))
        except Exception as exc:
            outcomes.append(exc)
    return outcomes


def read_job(path: str, data: bytes | None, max_chars: int) -> Prepared:
    """One file read into the rows to store, in whichever process: an unexpected error comes back
    as an ``InternalError`` that says where it happened."""
    try:
        return prepare(read_document(path, data, max_chars))
    except ZhreportError:
        raise
    except Exception as exc:
        raise InternalError.of(path, exc) from exc  # the cause stays chained for --strict


class _Inline:
    """An executor that runs each job at once, in this process: one worker needs no pool."""

    def submit(self, fn: Callable, *args) -> Future:
        job: Future = Future()
        try:
            job.set_result(fn(*args))
        except Exception as exc:
            job.set_exception(exc)
        return job

    def __enter__(self) -> _Inline:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _executor(workers: int):
    if workers <= 1:
        return _Inline()
    # spawn: workers start clean (never forked from this process, which holds the database open)
    # and are this process's own children, so that they can tell when it is gone
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),))


def _start_worker(writer: int) -> None:
    """Load the dictionaries once, and end with the writer: a run killed with SIGKILL must not
    leave its workers behind, holding memory and waiting for work that will not come."""
    from .nlp import nlp

    def watch() -> None:
        while os.getppid() == writer:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    nlp()


def terminal_progress() -> Progress | None:
    """A one-line progress display on stderr, or None when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(n: int, total: int, path: Path) -> None:
        name = path.name if len(path.name) <= 50 else path.name[:47] + "..."
        end = "\r\033[K" if n == total else ""
        sys.stderr.write(f"\r\033[K[{n}/{total}] {name}{end}")
        sys.stderr.flush()

    return show
