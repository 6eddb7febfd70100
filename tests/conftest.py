import json
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


# --- PDFs written by hand, for the readers' error cases ------------------------------------------

def hand_written_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF written by hand: numbered objects, an exact cross-reference table, a trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)


DRAW = b"q 200 0 0 200 100 500 cm /Im1 Do Q"
SCANNED_PAGE = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
    b" /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n%s\nendstream" % (len(DRAW), DRAW),
    b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray"
    b" /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream",
]


def scanned_pdf() -> bytes:
    """One page that holds an image and no text, as a scanner makes it."""
    return hand_written_pdf(SCANNED_PAGE)


def encrypted_pdf() -> bytes:
    """The scanned page under the standard security handler, with keys no empty password opens."""
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"ab" * 32, b"cd" * 32)
    return hand_written_pdf(SCANNED_PAGE + [encrypt], b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (b"01" * 16, b"01" * 16))


# what locates a row in its file (blocks, offsets, pages, the snippet) differs by format; every
# other field must be equal
_POSITION_FIELDS = {"block", "section", "page", "row", "start", "end", "snippet"}


# Renderings of retired held-out reports that do not yet give their text's rows: strict, so that
# a fix shows as an unexpected pass and the entry goes.
PARITY_GAPS = {
    "js_sz_swj_2024_projects.docx": "the rendering's 附表3 gives no 预算执行情况 total (its rows and the text's 8 totals agree)",
    "js_sz_swj_2024_projects.pdf": "the rendering's 附表3 gives no 预算执行情况 total (its rows and the text's 8 totals agree)",
}


def rendered_with_gold(ext: str) -> list:
    """(text, rendering) of every document with indicator gold that has a rendering in ``ext``."""
    pairs = []
    for gold in sorted((CORPUS / "gold" / "indicators").glob("*.json")):
        text = CORPUS / json.loads(gold.read_text(encoding="utf-8"))["document"]
        rendering = RENDERINGS / f"{text.stem}.{ext}"
        if rendering.exists():
            gap = PARITY_GAPS.get(rendering.name)
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            pairs.append(pytest.param(text, rendering, id=rendering.name, marks=marks))
    return pairs


def indicator_facts(path: Path) -> tuple[list[dict], list[tuple]]:
    from pipeline import read_document

    doc = read_document(path)
    rows = [
        {k: v for k, v in row.as_dict().items() if k not in _POSITION_FIELDS}
        for row in doc.facts["indicators"]
    ]
    totals = [(t.project, t.kind, t.weight, t.score) for t in doc.facts["indicator_totals"]]
    return rows, totals
