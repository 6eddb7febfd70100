"""Typed errors.  Each has a short code and a message that names the file and the reason.

The CLI prints ``str(error)`` as one line; ``ingest_errors`` stores ``code`` and ``message``.
"""

from __future__ import annotations

import traceback
from pathlib import Path


class ZhreportError(Exception):
    """Base class.  ``code`` is stable and stored; the message is for people."""

    code = "ZR000"
    name = "Error"
    stage = "read"  # where it happened, as ingest_errors records it

    def __init__(self, path: str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{reason}")

    def __reduce__(self):  # so that an error raised in a worker process comes back whole
        return type(self), (self.path, self.reason)


class ReadError(ZhreportError):
    """A file that could not be read into a Document."""

    code = "ZR100"
    name = "ReadError"


class FileMissing(ReadError):
    code = "ZR101"
    name = "FileMissing"


class EmptyFile(ReadError):
    code = "ZR102"
    name = "EmptyFile"


class UnsupportedFormat(ReadError):
    code = "ZR103"
    name = "UnsupportedFormat"


class UndecodableText(ReadError):
    code = "ZR104"
    name = "UndecodableText"


class CorruptFile(ReadError):
    code = "ZR105"
    name = "CorruptFile"


class EncryptedFile(ReadError):
    code = "ZR106"
    name = "EncryptedFile"


class NoTextLayer(ReadError):
    code = "ZR107"
    name = "NoTextLayer"


class TooLarge(ReadError):
    code = "ZR108"
    name = "TooLarge"


class StoreError(ZhreportError):
    code = "ZR200"
    name = "StoreError"


class DatabaseInUse(StoreError):
    code = "ZR201"
    name = "DatabaseInUse"


class ReadOnlyQuery(StoreError):
    code = "ZR202"
    name = "ReadOnlyQuery"


class QueryFailed(StoreError):
    code = "ZR203"
    name = "QueryFailed"


class PatternError(ZhreportError):
    """A file in patterns/ that does not validate: the message names file, entry and field."""

    code = "ZR300"
    name = "PatternError"


class ClusterError(ZhreportError):
    """The Dask cluster could not be reached or lost a task: names the scheduler or the file."""

    code = "ZR400"
    name = "ClusterError"
    stage = "cluster"


class InternalError(ZhreportError):
    """A bug, not bad input: what was raised and where, on one line."""

    code = "ZR900"
    name = "InternalError"
    stage = "pipeline"

    @classmethod
    def of(cls, path: str | None, exc: BaseException) -> InternalError:
        where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        at = f" (at {Path(where.filename).name}:{where.lineno})" if where else ""
        return cls(path, f"internal error {type(exc).__name__}: {exc}{at}")
