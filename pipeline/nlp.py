"""The spaCy pipeline: a blank Chinese model segmented by jieba, with rule components fed from
``patterns/``.

There is no trained Chinese model to load (no internet at run time), so the pipeline is
``spacy.blank("zh")`` with the jieba segmenter, a jieba user dictionary of fiscal terms
(``patterns/fiscal_terms.txt``) so that 法律援助案件数 and 一般公共预算 stay whole, and a
SpanRuler that marks the indicator level words, operators and outcome words of
``patterns/indicators.toml``.  Extractors use it for what it does well: tokens to compare names
by, and spans that a report can render (``displacy`` with ``style="span"``).
"""

from __future__ import annotations

from functools import lru_cache

from . import patterns

SPAN_KEY = "zhreport"

# How far apart (in characters) a claim and the indicator it answers, or a target and the outcome
# reported later, may stand: four times the longest report of the corpus (the 35-page 万里 预算,
# 25,000 characters).  In a longer text they belong to different reports, and without a reach
# the matching would take time that grows with the square of the text.
REACH = 100_000


@lru_cache(maxsize=1)
def nlp():
    """The shared pipeline, built once per process (jieba's dictionary takes a second to load)."""
    import jieba
    import spacy

    jieba.setLogLevel(60)  # jieba prints its loading messages on stderr otherwise
    jieba.load_userdict(str(patterns.PATTERNS_DIR / "fiscal_terms.txt"))
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    ruler = pipeline.add_pipe("span_ruler", config={"spans_key": SPAN_KEY, "phrase_matcher_attr": "TEXT"})
    ruler.add_patterns(_span_patterns())
    return pipeline


def _span_patterns() -> list[dict]:
    rules = patterns.load("indicators")
    out = []
    for label, words in (("LEVEL1", rules["spans"]["level1"]), ("LEVEL2", rules["spans"]["level2"]),
                         ("MET", rules["status"]["met"]), ("NOT_MET", rules["status"]["not_met"])):
        out.extend({"label": label, "pattern": w} for w in words)
    return out


def tokens(text: str) -> list[str]:
    """The words of ``text`` as the pipeline segments them, punctuation and spaces left out."""
    return [t.text for t in nlp().make_doc(text) if not (t.is_punct or t.is_space)]


@lru_cache(maxsize=20_000)  # the same names and clauses come back in report after report
def content_words(text: str) -> frozenset[str]:
    """The words of ``text`` of two characters or more, which say what it is about: the words an
    indicator's name and a clause reporting on it share (single characters such as 的, 为 say nothing)."""
    return frozenset(w for w in tokens(text) if len(w) > 1)


def spans_doc(text: str, spans: list[tuple[int, int, str]]):
    """A spaCy ``Doc`` of ``text`` carrying ``spans`` (start, end, label: character offsets) under
    ``SPAN_KEY``, for ``displacy.render(doc, style="span", options={"spans_key": SPAN_KEY})``."""
    doc = nlp()(text)
    found = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in spans]
    doc.spans[SPAN_KEY] = [s for s in found if s is not None] + list(doc.spans.get(SPAN_KEY, []))
    return doc
