"""Readers turn a file into a ``Source``; one per format, chosen by the file's suffix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import UnsupportedFormat
from ..model import Source
from .text_reader import decode_text, read_text


def _read_text_file(path: Path, data: bytes) -> Source:
    text, encoding = decode_text(data, str(path))
    return read_text(text, "text", encoding)


def _read_docx(path: Path, data: bytes) -> Source:
    from .docx_reader import read_docx  # python-docx loads lxml: only pay for it when needed

    return read_docx(path, data)


def _read_pdf(path: Path, data: bytes) -> Source:
    from .pdf_reader import read_pdf

    return read_pdf(path, data)


READERS: dict[str, Callable[[Path, bytes], Source]] = {
    ".txt": _read_text_file,
    ".text": _read_text_file,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}


def reader_for(path: Path) -> Callable[[Path, bytes], Source]:
    try:
        return READERS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise UnsupportedFormat(str(path), f"unknown file type '{path.suffix or '(none)'}' (zhreport reads {known})") from None
