"""The facts of one document as plain data (what ``zhreport extract`` prints as JSON)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .checks import Finding, run_checks
from .model import Document


def document_facts(doc: Document) -> dict[str, Any]:
    """Metadata, sections, blocks and every stage's facts, with offsets into ``text``."""
    to_source = doc.offsets.span_to_source
    return {
        "doc_id": doc.doc_id,
        "sha256": doc.sha256,
        "path": doc.path,
        "format": doc.format,
        "title": doc.title,
        "organisation": doc.organisation,
        "year": doc.year,
        "kind": doc.kind,
        "pages": doc.pages,
        "encoding": doc.source.encoding,
        "n_chars": len(doc.text),
        "sections": [
            {
                "section_id": s.index, "parent_id": s.parent, "level": s.level, "number": s.number,
                "title": s.title, "style": s.style, "char_start": s.start, "char_end": s.end,
                "source_span": list(to_source(s.start, s.end)),
            }
            for s in doc.sections
        ],
        "blocks": [
            {
                "block_id": b.index, "kind": b.kind, "section_id": b.section, "page": b.page,
                "char_start": b.start, "char_end": b.end, "source_span": list(to_source(b.start, b.end)),
                **({"rows": [[_cell(c) for c in row] for row in b.rows]} if b.rows is not None else {"text": b.text}),
            }
            for b in doc.blocks
        ],
        **{name: [fact.as_dict() for fact in facts] for name, facts in doc.facts.items()},
        "findings": [_plain(f) for f in document_findings(doc)],
    }


def document_findings(doc: Document) -> list[Finding]:
    """The cross-checks' findings for one document, which the checks read from a database: an
    in-memory one holding this document alone."""
    from .store import Store

    with Store(":memory:") as store:
        store.store_document(doc)
        return run_checks(store.con, [doc.doc_id])


def _plain(finding: Finding) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Decimal) else list(v) if isinstance(v, tuple) else v)
            for k, v in finding.__dict__.items()}


def _cell(cell) -> dict[str, Any]:
    out: dict[str, Any] = {"text": cell.text, "char_start": cell.start, "char_end": cell.end}
    if cell.rowspan > 1 or cell.colspan > 1:
        out["rowspan"], out["colspan"] = cell.rowspan, cell.colspan
    if cell.merged_from is not None:
        out["merged_from"] = list(cell.merged_from)
    return out
