"""Readers turn a file into a ``Source``; one per format, chosen by the file's suffix."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from ..errors import UnsupportedFormat
from ..model import Source
from .text_reader import decode_text, read_text

Reader = Callable[[Path, bytes], Source]


def _read_text_file(path: Path, data: bytes) -> Source:
    text, encoding = decode_text(data, str(path))
    return read_text(text, "text", encoding)


def _lazy(module: str, function: str) -> Reader:
    """A reader imported on first use: python-docx, pdfplumber and openpyxl load slowly."""

    def read(path: Path, data: bytes) -> Source:
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)(path, data)

    return read


def _read_xls(path: Path, data: bytes) -> Source:
    raise UnsupportedFormat(str(path), "old .xls workbooks are not read; save it as .xlsx")


READERS: dict[str, Reader] = {
    ".txt": _read_text_file,
    ".text": _read_text_file,
    ".docx": _lazy("docx_reader", "read_docx"),
    ".pdf": _lazy("pdf_reader", "read_pdf"),
    ".html": _lazy("html_reader", "read_html"),
    ".htm": _lazy("html_reader", "read_html"),
    ".md": _lazy("markdown_reader", "read_markdown"),
    ".markdown": _lazy("markdown_reader", "read_markdown"),
    ".xlsx": _lazy("xlsx_reader", "read_xlsx"),
    ".xls": _read_xls,
}


def reader_for(path: Path) -> Reader:
    try:
        return READERS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise UnsupportedFormat(str(path), f"unknown file type '{path.suffix or '(none)'}' (zhreport reads {known})") from None
