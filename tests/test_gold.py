"""Format checks for the hand-labelled gold files (corpus/gold/README.md).

They catch a bad edit: a span that no longer matches its text, an unknown kind or qualifier,
a value that is not an exact decimal, a snippet that is no longer verbatim in its seed file.
They say nothing about whether a label is right; that is the labeller's job.
"""

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from pipeline.quantities import KINDS, QUALIFIERS  # the gold uses the parser's own vocabulary

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"
CORPUS = GOLD.parent
CORPUS_GOLD = GOLD / "quantities.jsonl"
HELDOUT_GOLD = GOLD / "heldout" / "quantities.jsonl"

SNIPPET_KEYS = {"id", "source", "text", "context_unit", "mentions"}
MENTION_KEYS = {"span", "text", "number", "unit", "kind", "value", "canonical_unit",
                "qualifier", "low", "high", "operator"}
OPERATORS = {"≥", "≤", ">", "<", "=", None}
MIN_MENTIONS = 300

FILES = [p for p in (CORPUS_GOLD, HELDOUT_GOLD) if p.exists()]


def _rows(path):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:  # pragma: no cover - reported as a failure
            pytest.fail(f"{path.name}:{n}: not JSON: {e}")
    return rows


def _decimal(value, where, nullable=False):
    if value is None:
        assert nullable, f"{where}: null not allowed"
        return None
    assert isinstance(value, str), f"{where}: {value!r} must be a decimal string"
    try:
        d = Decimal(value)
    except InvalidOperation:
        pytest.fail(f"{where}: {value!r} is not a decimal")
    assert d.is_finite(), f"{where}: {value!r} is not finite"
    return d


def _ids(path):
    return [row.get("id") for _, row in _rows(path)]


def test_corpus_gold_exists():
    assert CORPUS_GOLD.exists(), "corpus/gold/quantities.jsonl is missing"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GOLD)))
def test_every_line_is_a_well_formed_snippet(path):
    rows = _rows(path)
    assert rows, f"{path} is empty"
    for n, row in rows:
        where = f"{path.name}:{n}"
        assert isinstance(row, dict), f"{where}: not an object"
        missing = SNIPPET_KEYS - row.keys()
        assert not missing, f"{where}: missing keys {sorted(missing)}"
        assert isinstance(row["id"], str) and row["id"], f"{where}: bad id"
        assert isinstance(row["source"], str) and row["source"], f"{where}: bad source"
        assert isinstance(row["text"], str) and row["text"], f"{where}: empty text"
        assert row["context_unit"] is None or isinstance(row["context_unit"], str), f"{where}: bad context_unit"
        assert isinstance(row["mentions"], list), f"{where}: mentions must be a list"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GOLD)))
def test_mentions_are_well_formed(path):
    for n, row in _rows(path):
        text = row["text"]
        spans = []
        for k, m in enumerate(row["mentions"]):
            where = f"{path.name}:{n} {row['id']} mention {k}"
            missing = MENTION_KEYS - m.keys()
            assert not missing, f"{where}: missing keys {sorted(missing)}"
            span = m["span"]
            assert (isinstance(span, list) and len(span) == 2
                    and all(isinstance(i, int) and not isinstance(i, bool) for i in span)), f"{where}: bad span {span!r}"
            a, b = span
            assert 0 <= a < b <= len(text), f"{where}: span {span} outside text of length {len(text)}"
            assert text[a:b] == m["text"], f"{where}: text[{a}:{b}] is {text[a:b]!r}, not {m['text']!r}"
            spans.append((a, b))
            assert m["kind"] in KINDS, f"{where}: kind {m['kind']!r}"
            assert m["qualifier"] in QUALIFIERS, f"{where}: qualifier {m['qualifier']!r}"
            assert m["operator"] in OPERATORS, f"{where}: operator {m['operator']!r}"
            assert isinstance(m["unit"], str), f"{where}: unit must be a string ('' when none)"
            assert isinstance(m["canonical_unit"], str), f"{where}: canonical_unit must be a string"
            _decimal(m["number"], f"{where} number")
            value = _decimal(m["value"], f"{where} value")
            low = _decimal(m["low"], f"{where} low", nullable=True)
            high = _decimal(m["high"], f"{where} high", nullable=True)
            q = m["qualifier"]
            if q in ("exact", "about"):
                assert low is None and high is None, f"{where}: {q} takes no bounds"
            elif q in ("at_least", "more_than"):
                assert low == value and high is None, f"{where}: {q} needs low == value, high null"
            elif q in ("at_most", "less_than"):
                assert high == value and low is None, f"{where}: {q} needs high == value, low null"
            elif q == "range":
                assert low == value and high is not None and high > low, f"{where}: range needs low == value < high"
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert b1 <= a2, f"{path.name}:{n} {row['id']}: spans {[a1, b1]} and {[a2, b2]} overlap"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GOLD)))
def test_ids_are_unique(path):
    ids = _ids(path)
    dup = sorted({i for i in ids if ids.count(i) > 1})
    assert not dup, f"duplicate ids in {path.name}: {dup}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GOLD)))
def test_enough_mentions(path):
    total = sum(len(row["mentions"]) for _, row in _rows(path))
    assert total >= MIN_MENTIONS, f"{path} has {total} mentions, fewer than {MIN_MENTIONS}"


@pytest.mark.skipif(not CORPUS_GOLD.exists(), reason="no corpus gold")
def test_corpus_snippets_are_verbatim_in_their_seed_line():
    cache = {}
    for n, row in _rows(CORPUS_GOLD):
        source = row["source"]
        path_part, _, loc = source.rpartition(":")
        assert path_part and loc, f"line {n}: source {source!r} is not file:line or file:pN"
        if path_part.startswith("pdfs/"):
            assert loc.startswith("p") and loc[1:].isdigit(), f"line {n}: PDF source needs :pN, got {source!r}"
            assert (CORPUS / path_part).exists(), f"line {n}: {path_part} not in corpus"
            continue
        assert path_part.startswith("seeds/"), f"line {n}: unknown source {source!r}"
        assert loc.isdigit(), f"line {n}: seed source needs a line number, got {source!r}"
        seed = CORPUS / path_part
        assert seed.exists(), f"line {n}: {path_part} not in corpus"
        if seed not in cache:
            cache[seed] = seed.read_text(encoding="utf-8").split("\n")
        lines = cache[seed]
        k = int(loc)
        assert 1 <= k <= len(lines), f"line {n}: {source} is past the end of the file"
        assert row["text"] in lines[k - 1], f"line {n}: {row['id']} text is not in {source}"
