"""The stages of the pipeline, in the order they run.

Reading this table tells the whole architecture.  Before it, ``document.read_document`` reads a
file into a ``Source`` (``readers/``) and cleans it into a ``Document`` (``clean``).  Every stage
is a function ``Document -> Document`` that fills the fields it assigns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .budget import extract_amounts
from .claims import extract_claims
from .indicators import extract_indicators
from .metadata import describe
from .model import Document
from .quantities import extract_quantities
from .sections import find_sections


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Document], Document]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("sections", find_sections, requires=("blocks",), assigns=("sections", "blocks.kind", "blocks.section")),
    Stage("metadata", describe, requires=("text", "sections"), assigns=("title", "organisation", "year", "kind")),
    Stage("quantities", extract_quantities, requires=("blocks",), assigns=("facts.quantities",)),
    Stage("amounts", extract_amounts, requires=("facts.quantities", "sections", "kind", "year"),
          assigns=("facts.amounts", "facts.amount_links")),
    Stage("indicators", extract_indicators, requires=("facts.quantities", "sections"),
          assigns=("facts.indicators", "facts.indicator_totals")),
    Stage("claims", extract_claims, requires=("facts.quantities", "facts.amounts", "facts.indicators"),
          assigns=("facts.claims",)),
)


def run_stages(doc: Document, stages: tuple[Stage, ...] = STAGES) -> Document:
    for stage in stages:
        doc = stage.run(doc)
    return doc
