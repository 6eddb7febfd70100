"""Reading a file's bytes with errors that say what went wrong."""

from __future__ import annotations

from pathlib import Path

from ..errors import EmptyFile, FileMissing, ReadError


def read_bytes(path: Path, name: str | None = None) -> bytes:
    """The file's bytes; an error names the file as ``name`` (the path as the user gave it) when
    ``path`` is where another process found it."""
    name = name or str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileMissing(name, "no such file") from None
    except IsADirectoryError:
        raise ReadError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise ReadError(name, f"cannot be read: {exc.strerror or exc}") from None
    if not data:
        raise EmptyFile(name, "the file is empty (0 bytes)")
    return data
