from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = CORPUS / "seeds"
PDFS = CORPUS / "pdfs"
RENDERINGS = CORPUS / "renderings"

SEED_000 = SEEDS / "000_156ad58b63f9ec8b.txt"
SEED_001 = SEEDS / "001_cbcf39354c9835b0.txt"
SEED_002 = SEEDS / "002_483226dbb7fcc7a4.txt"
SEED_003 = SEEDS / "003_4fae287c1d48d8b6.txt"
SEED_004 = SEEDS / "004_a7f537144ccef6d5.txt"


@pytest.fixture(scope="session")
def seed_docs():
    """Every seed report read once per test session: name -> Document."""
    from pipeline import read_document

    return {p.name[:3]: read_document(p) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def pdf_docs():
    """The published PDFs read on demand, each once per test session: file name -> Document."""
    from pipeline import read_document

    cache = {}

    def get(name: str):
        if name not in cache:
            cache[name] = read_document(PDFS / name)
        return cache[name]

    return get
