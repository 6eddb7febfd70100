"""Batch ingestion: walk files and folders, read each report, store it, record what failed.

One bad file never stops a batch: its error is printed as one line, kept in ``ingest_errors``,
and the batch goes on (``strict=True`` re-raises instead, for debugging).  A file whose bytes
are already stored is not read again.
"""

from __future__ import annotations

import hashlib
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .document import MAX_CHARS, read_document
from .readers.files import read_bytes
from .errors import ZhreportError
from .readers import READERS
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


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    strict: bool = False,
    on_error: Report | None = None,
    progress: Progress | None = None,
    on_done: Done | None = None,
    max_chars: int = MAX_CHARS,
) -> IngestResult:
    """Read and store every report under ``paths``."""
    result = IngestResult()
    files = list(iter_files(paths))
    run_id = store.start_run()
    for n, path in enumerate(files, 1):
        result.files += 1
        if progress:
            progress(n, len(files), path)
        try:
            outcome = ingest_file(path, store, max_chars)
            setattr(result, outcome, getattr(result, outcome) + 1)
        except ZhreportError as exc:
            if strict:
                raise
            outcome = "failed"
            _fail(store, result, run_id, path, "read", exc.code, exc.name, str(exc), on_error)
        except Exception as exc:  # a bug, not bad input: still one line and the batch goes on
            if strict:
                raise
            outcome = "failed"
            where = traceback.extract_tb(exc.__traceback__)[-1]
            message = f"{path}: internal error {type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"
            _fail(store, result, run_id, path, "pipeline", "ZR900", "InternalError", message, on_error)
        if on_done:
            on_done(outcome, path)
    store.finish_run(run_id, result.files, result.stored + result.replaced, result.unchanged, len(result.failed))
    return result


def ingest_file(path: Path, store: Store, max_chars: int = MAX_CHARS) -> str:
    """Store one file; 'stored', 'replaced' or 'unchanged'."""
    data = read_bytes(path)
    doc_id = hashlib.sha256(data).hexdigest()[:16]
    if store.has_document(doc_id):
        store.clear_errors(str(path))
        return "unchanged"
    doc = read_document(path, data, max_chars)
    return store.store_document(doc)


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
