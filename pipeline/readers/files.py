"""Reading a file's bytes with errors that say what went wrong."""

from __future__ import annotations

from pathlib import Path

from ..errors import EmptyFile, FileMissing, ReadError


def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileMissing(str(path), "no such file") from None
    except IsADirectoryError:
        raise ReadError(str(path), "is a directory, not a file") from None
    except OSError as exc:
        raise ReadError(str(path), f"cannot be read: {exc.strerror or exc}") from None
    if not data:
        raise EmptyFile(str(path), "the file is empty (0 bytes)")
    return data
