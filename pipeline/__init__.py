"""zhreport: trustworthy data from Chinese government budget and performance reports.

    >>> from pipeline import read_document
    >>> doc = read_document("corpus/seeds/001_cbcf39354c9835b0.txt")
    >>> doc.kind, doc.year
    ('部门决算', 2023)
"""

__version__ = "0.1.0"

from .document import document_from_bytes, document_from_text, read_document  # noqa: E402
from .model import Block, Cell, Document, Section  # noqa: E402

__all__ = [
    "Block", "Cell", "Document", "Section", "__version__",
    "document_from_bytes", "document_from_text", "read_document",
]
