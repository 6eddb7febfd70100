"""Batch ingestion: walk files and folders, read each report, store it, record what failed.

One bad file never stops a batch: its error is printed as one line, kept in ``ingest_errors``,
and the batch goes on (``strict=True`` re-raises instead, for debugging).  A file whose bytes
are already stored is not read again.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .document import MAX_CHARS, read_document
from .readers.files import read_bytes
from .errors import ZhreportError
from .readers import READERS
from .model import Document
from .store import Store

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

    Inside folders only files of a known type are taken, dotfiles and dot-folders skipped, and
    symbolic links to folders not followed (a link loop cannot trap the walk).
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in READERS:
                        yield Path(root) / name
        else:
            yield path


# Documents are stored in batches, each in one transaction with one insert per table and one
# query per check for all of its documents: a batch is written when it holds this many documents
# or characters, or has waited this long (so that -v keeps pace and a killed run loses little).
BATCH_DOCUMENTS = 64
BATCH_CHARS = 1_000_000
BATCH_SECONDS = 2.0


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
) -> IngestResult:
    """Read and store every report under ``paths``, ``batch_size`` documents per transaction at most."""
    result = IngestResult()
    files = list(iter_files(paths))
    run_id = store.start_run()
    pending: list[tuple[Path, Document]] = []
    started = 0.0
    # what is stored already (or about to be), read once: a rerun over thousands of unchanged files
    # asks the database nothing more
    known = store.doc_ids()
    with_errors = store.error_paths()

    def done(path: Path, outcome: str) -> None:
        if outcome != "failed":
            setattr(result, outcome, getattr(result, outcome) + 1)
        if on_done:
            on_done(outcome, path)

    def failed(path: Path, exc: Exception) -> None:
        if strict:
            raise exc
        if isinstance(exc, ZhreportError):
            _fail(store, result, run_id, path, "read", exc.code, exc.name, str(exc), on_error)
        else:  # a bug, not bad input: still one line and the batch goes on
            where = traceback.extract_tb(exc.__traceback__)[-1]
            message = f"{path}: internal error {type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"
            _fail(store, result, run_id, path, "pipeline", "ZR900", "InternalError", message, on_error)
        done(path, "failed")

    def flush() -> None:
        batch = pending[:]
        pending.clear()
        try:
            outcomes = store.store_documents([doc for _, doc in batch])
        except Exception as exc:
            if strict or len(batch) == 1:
                known.discard(batch[0][1].doc_id)
                return failed(batch[0][0], exc)
            for path, doc in batch:  # the batch left nothing behind: one by one, to name the file at fault
                try:
                    done(path, store.store_document(doc))
                except Exception as exc:
                    known.discard(doc.doc_id)
                    failed(path, exc)
            return
        for (path, _), outcome in zip(batch, outcomes):
            done(path, outcome)

    for n, path in enumerate(files, 1):
        result.files += 1
        if progress:
            progress(n, len(files), path)
        try:
            doc = read_new(path, known, max_chars)
        except Exception as exc:
            failed(path, exc)
            continue
        if doc is None:
            if str(path) in with_errors:  # it failed once, and has been stored since under another name
                store.clear_errors(str(path))
            done(path, "unchanged")
            continue
        started = started if pending else time.monotonic()
        pending.append((path, doc))
        known.add(doc.doc_id)  # a copy of it later in the run is unchanged
        if (len(pending) >= batch_size or sum(len(d.text) for _, d in pending) >= BATCH_CHARS
                or time.monotonic() - started >= BATCH_SECONDS):
            flush()
    if pending:
        flush()
    store.finish_run(run_id, result.files, result.stored + result.replaced, result.unchanged, len(result.failed))
    return result


def read_new(path: Path, known: set[str], max_chars: int = MAX_CHARS) -> Document | None:
    """The document of a file, or None when its bytes are among the ``known`` documents."""
    data = read_bytes(path)
    if hashlib.sha256(data).hexdigest()[:16] in known:
        return None
    return read_document(path, data, max_chars)


def _fail(store: Store, result: IngestResult, run_id: str, path: Path, stage: str, code: str, name: str,
          message: str, on_error: Report | None) -> None:
    message = " ".join(message.split())  # one line, whatever the library said
    result.failed.append((str(path), message))
    store.record_error(str(path), run_id, stage, code, name, message)
    if on_error:
        on_error(f"error: {message}")


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
