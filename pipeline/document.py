"""Reading a report: file or string in, a processed ``Document`` out."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .clean import build_blocks
from .errors import EmptyFile, ReadError, TooLarge
from .model import Document, Source
from .readers import reader_for
from .readers.files import read_bytes
from .readers.text_reader import decode_text, read_text
from .stages import run_stages

# A long 部门决算 runs to some 100,000 characters; a file of twenty times that is a concatenation
# or not a report, and would hold a batch up for minutes.
MAX_CHARS = 2_000_000


def read_document(path: str | Path, data: bytes | None = None, max_chars: int = MAX_CHARS) -> Document:
    """Read, clean and process the report at ``path`` (whose bytes the caller may have read);
    ``TooLarge`` when its text is longer than ``max_chars``."""
    path = Path(path)
    if data is None:
        data = read_bytes(path)
    reader = reader_for(path)
    try:
        source = reader(path, data)
    except ReadError:
        raise
    except Exception as exc:  # a reader library failing on a malformed file
        raise ReadError(str(path), f"could not be read: {type(exc).__name__}: {exc}") from exc
    if len(source.text) > max_chars:
        raise TooLarge(str(path), f"{len(source.text):,} characters of text, more than the {max_chars:,} one report "
                                  "may have (a concatenation? split it, or raise the limit with --max-chars)")
    return process(source, data, str(path))


def document_from_text(text: str, name: str | None = None) -> Document:
    """Process pasted text (no file): ``name`` is kept as the document's path."""
    data = text.encode("utf-8")
    if not text.strip():
        raise EmptyFile(name, "the text is empty")
    return process(read_text(text, "text", "utf-8"), data, name)


def document_from_bytes(data: bytes, name: str | None = None) -> Document:
    """Process text bytes of unknown encoding, e.g. standard input."""
    text, encoding = decode_text(data, name)
    return process(read_text(text, "text", encoding), data, name)


def process(source: Source, data: bytes, path: str | None) -> Document:
    sha = hashlib.sha256(data).hexdigest()
    text, offsets, blocks = build_blocks(source)
    if not text.strip():
        raise EmptyFile(path, "no text found in the file")
    doc = Document(
        doc_id=sha[:16], sha256=sha, path=path, format=source.format, source=source,
        text=text, offsets=offsets, blocks=blocks,
    )
    return run_stages(doc)
