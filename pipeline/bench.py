"""Benchmarks: figures printed and written to outputs/, never asserted on time in tests.

``quantities``: zhreport's quantity parser against the hand-labelled sets in corpus/gold/, side by
side with the tools a user would otherwise reach for — JioNLP (money only), Microsoft
Recognizers-Text (money and percentages, Chinese culture) and cn2an (numerals: value of the
written number only, it finds no spans).  Each tool is scored on the mentions of the kinds it
can read.  Baselines are optional: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import json
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .patterns import rx
from .quantities import find_quantities

GOLD_DIR = Path(__file__).resolve().parent.parent / "corpus" / "gold"
GOLD_SETS = {"corpus": GOLD_DIR / "quantities.jsonl", "held-out": GOLD_DIR / "heldout" / "quantities.jsonl"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str
    value: Decimal | None
    canonical_unit: str | None  # None: the tool does not say
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass
class Snippet:
    id: str
    text: str
    context_unit: str | None
    mentions: list[Mention]
    money_unit: str | None = None


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def load_gold(path: Path) -> list[Snippet]:
    snippets = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            snippets.append(Snippet(item["id"], item["text"], item.get("context_unit"), [
                Mention(m["span"][0], m["span"][1], m["kind"], _dec(m["value"]), m["canonical_unit"],
                        _dec(m.get("low")) if m["qualifier"] == "range" else None,
                        _dec(m.get("high")) if m["qualifier"] == "range" else None)
                for m in item["mentions"]
            ], item.get("money_unit")))
    return snippets


# -- the tools ----------------------------------------------------------------------------------

@dataclass
class Tool:
    name: str
    kinds: tuple[str, ...] | None  # the kinds it reads; None: all
    run: Callable[[Snippet], list[Mention]] | None  # None: not installed
    note: str = ""
    spans: bool = True  # False: value of the gold span only (cn2an)


def _zhreport(snippet: Snippet) -> list[Mention]:
    return [
        Mention(q.start, q.end, q.kind, q.value, q.canonical_unit,
                q.low if q.qualifier == "range" else None, q.high if q.qualifier == "range" else None)
        for q in find_quantities(snippet.text, snippet.context_unit, snippet.money_unit)
    ]


def _jionlp() -> Tool:
    try:
        import jionlp
    except ImportError:
        return Tool("JioNLP", ("money",), None, "not installed")

    def run(snippet: Snippet) -> list[Mention]:
        out = []
        for item in jionlp.ner.extract_money(snippet.text, with_parsing=True):
            detail = item.get("detail") or {}
            if detail.get("case") != "元":
                continue
            num = detail.get("num")
            start, end = item["offset"]
            if isinstance(num, list):
                low, high = _dec(num[0]), _dec(num[1])
                out.append(Mention(start, end, "money", low, "元", low, high))
            else:
                out.append(Mention(start, end, "money", _dec(num), "元"))
        return out

    return Tool("JioNLP", ("money",), run, "ner.extract_money, money only")


def _recognizers() -> Tool:
    try:
        import recognizers_suite as rs
    except ImportError:
        return Tool("Recognizers-Text", ("money", "percent"), None, "not installed")

    def run(snippet: Snippet) -> list[Mention]:
        out = []
        for r in rs.recognize_currency(snippet.text, rs.Culture.Chinese):
            unit = (r.resolution or {}).get("unit")
            if unit == "Chinese yuan":
                out.append(Mention(r.start, r.end + 1, "money", _dec((r.resolution or {}).get("value")), "元"))
        for r in rs.recognize_percentage(snippet.text, rs.Culture.Chinese):
            value = str((r.resolution or {}).get("value", "")).rstrip("%")
            out.append(Mention(r.start, r.end + 1, "percent", _dec(value), "%"))
        return out

    return Tool("Recognizers-Text", ("money", "percent"), run, "currency + percentage, Culture.Chinese")


_CN2AN_CHARS = set("0123456789.零〇一二两三四五六七八九十百千万亿点")


def _cn2an() -> Tool:
    try:
        import cn2an
    except ImportError:
        return Tool("cn2an", ("money", "count", "percent", "duration", "number"), None, "not installed", spans=False)

    def run(snippet: Snippet) -> list[Mention]:
        # cn2an finds no mentions: give it the number of each gold mention and read its value
        out = []
        for m in snippet.mentions:
            written = "".join(ch for ch in snippet.text[m.start:m.end] if ch in _CN2AN_CHARS)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    value = _dec(cn2an.cn2an(written, "smart")) if written else None
            except (ValueError, KeyError, IndexError):
                value = None
            out.append(Mention(m.start, m.end, m.kind, value, m.canonical_unit))
        return out

    return Tool("cn2an", ("money", "count", "percent", "duration", "number"), run,
                "cn2an.cn2an(smart) on the number of each gold mention; no spans", spans=False)


# -- scoring ------------------------------------------------------------------------------------

@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    span_hits: int = 0
    value_hits: int = 0
    seconds: float = 0.0
    chars: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        p = self.span_hits / self.predicted if self.predicted else 0.0
        r = self.span_hits / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold": self.gold, "predicted": self.predicted, "span_precision": round(p, 4),
            "span_recall": round(r, 4), "span_f1": round(f1, 4),
            "value_accuracy": round(self.value_hits / self.span_hits, 4) if self.span_hits else 0.0,
            "mentions_per_s": round(self.gold / self.seconds, 1) if self.seconds else None,
            "chars_per_s": round(self.chars / self.seconds, 1) if self.seconds else None,
        }


def _same_value(gold: Mention, got: Mention) -> bool:
    if got.value is None or gold.value is None or got.value != gold.value:
        return False
    if got.canonical_unit is not None and gold.canonical_unit is not None and got.canonical_unit != gold.canonical_unit:
        return False
    return (gold.low, gold.high) == (got.low, got.high)


def score(tool: Tool, snippets: list[Snippet], repeats: int = 3) -> Score:
    result = Score()
    kinds = tool.kinds
    best = float("inf")
    predictions: list[list[Mention]] = []
    for _ in range(repeats):
        started = time.perf_counter()
        predictions = [tool.run(s) for s in snippets]
        best = min(best, time.perf_counter() - started)
    result.seconds = best
    result.chars = sum(len(s.text) for s in snippets)
    for snippet, predicted in zip(snippets, predictions):
        gold = [m for m in snippet.mentions if kinds is None or m.kind in kinds]
        predicted = [m for m in predicted if kinds is None or m.kind in kinds]
        result.gold += len(gold)
        result.predicted += len(predicted) if tool.spans else len(gold)
        by_span = {(m.start, m.end): m for m in predicted}
        for g in gold:
            got = by_span.get((g.start, g.end))
            if got is None:
                result.misses.append({"id": snippet.id, "text": snippet.text[g.start:g.end], "error": "span"})
                continue
            result.span_hits += 1
            if _same_value(g, got):
                result.value_hits += 1
            else:
                result.misses.append({"id": snippet.id, "text": snippet.text[g.start:g.end], "error": "value",
                                      "want": str(g.value), "got": str(got.value)})
        if tool.spans:
            gold_spans = {(g.start, g.end) for g in gold}
            for m in predicted:
                if (m.start, m.end) not in gold_spans:
                    result.misses.append({"id": snippet.id, "text": snippet.text[m.start:m.end], "error": "extra"})
    return result


def tools() -> list[Tool]:
    """zhreport on everything, then each baseline after zhreport on the same kinds."""
    out = [Tool("zhreport", None, _zhreport, "find_quantities")]
    for baseline in (_jionlp(), _recognizers(), _cn2an()):
        out.append(Tool(f"zhreport on {baseline.name}'s", baseline.kinds, _zhreport,
                        f"find_quantities on the kinds {baseline.name} reads", spans=baseline.spans))
        out.append(baseline)
    return out


def _short(kinds: tuple[str, ...] | None) -> str:
    return ",".join(k[:3] for k in kinds) if kinds else "all"



def quantities(sets: Iterable[str] = GOLD_SETS, out: Path | None = None, show_misses: str | None = None) -> dict:
    """Score every tool on every gold set; print a table; write JSON to ``out``."""
    report: dict[str, Any] = {"sets": {}}
    for name in sets:
        path = GOLD_SETS[name]
        if not path.exists():
            print(f"{name}: {path} missing, skipped")
            continue
        snippets = load_gold(path)
        n = sum(len(s.mentions) for s in snippets)
        print(f"\n{name} set: {len(snippets)} snippets, {n} mentions ({path.relative_to(GOLD_DIR.parent.parent)})")
        print(f"{'tool':<32}{'kinds':<22}{'gold':>6}{'span P':>8}{'span R':>8}{'span F1':>9}{'value acc':>11}{'mentions/s':>12}{'chars/s':>11}")
        results = {}
        for tool in tools():
            kinds = _short(tool.kinds)
            if tool.run is None:
                print(f"{tool.name:<32}{kinds:<22}  {tool.note} (pip install -e '.[bench]')")
                results[tool.name] = {"installed": False}
                continue
            s = score(tool, snippets)
            d = s.as_dict()
            results[tool.name] = {**d, "kinds": kinds, "note": tool.note}
            if not tool.spans:  # given the gold spans, its time says nothing about finding figures
                d.update(span_precision=None, span_recall=None, span_f1=None, mentions_per_s=None, chars_per_s=None)
                results[tool.name].update(d)

            def cell(v: float | None, fmt: str) -> str:
                return "n/a" if v is None else format(v, fmt)

            print(f"{tool.name:<32}{kinds:<22}{d['gold']:>6}{cell(d['span_precision'], '.3f'):>8}"
                  f"{cell(d['span_recall'], '.3f'):>8}{cell(d['span_f1'], '.3f'):>9}{d['value_accuracy']:>11.3f}"
                  f"{cell(d['mentions_per_s'], '.0f'):>12}{cell(d['chars_per_s'], '.0f'):>11}")
            if show_misses == tool.name and name != "held-out":
                for miss in s.misses:
                    print("   ", miss)
        report["sets"][name] = results
    return _written(report, out)


# -- budget figures -------------------------------------------------------------------------------

BUDGET_GOLD = GOLD_DIR / "budget"
CORPUS_DIR = GOLD_DIR.parent
LINK_TYPES = ("part_of", "share_of", "change_of", "execution_of", "equal_to")


def _amount_key(subject: str, code: str | None, kind: str, year: int | None, value: Decimal) -> tuple:
    from .budget import subject_key

    return (code or subject_key(subject or ""), kind, year, value)


def _of_seed(gold_path: Path) -> bool:
    """Whether a gold file labels one of the five seed reports (the issues score them apart)."""
    return json.loads(gold_path.read_text(encoding="utf-8"))["document"].startswith("seeds/")


def _match(gold: list, predicted: list) -> int:
    """Size of the multiset intersection."""
    return sum((Counter(gold) & Counter(predicted)).values())


def _budget_document(gold_path: Path) -> tuple[Path, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if gold_path.parent.name == "heldout":
        return gold_path.with_suffix(""), gold  # x.txt.json beside x.txt
    return CORPUS_DIR / gold["document"], gold


class _Unread:
    """A document the pipeline failed on, scored as one in which nothing was found."""

    def __init__(self) -> None:
        self.facts: dict[str, list] = defaultdict(list)


def _read_scored(path: Path) -> Any:
    """The document at ``path``, or, when the pipeline fails on it, an ``_Unread`` (one line says
    why): one failing report is a finding of the benchmark, not its end."""
    from .document import read_document

    try:
        return read_document(path)
    except Exception as exc:  # noqa: BLE001 -- scored as nothing found, and said
        print(f"  failed on {path.name}: {type(exc).__name__}: {exc} (scored as nothing found)")
        return _Unread()


def _where(doc, start: int, page: int | None) -> str:
    """Where a found fact stands, as the golds write it: ``page N`` of a PDF, else ``line N`` of
    the file as read (before cleaning)."""
    if page:
        return f"page {page}"
    return f"line {doc.source.text.count(chr(10), 0, doc.offsets.to_source(start)) + 1}"


def _print_misses(doc_name: str, gold: list[tuple[tuple, str]], predicted: list[tuple[tuple, str]]) -> None:
    """The gold items nothing found matches (``-``) and the found items no gold matches (``+``),
    each as ``label  key``: what a developer reads to see why a document scores as it does."""
    unmatched_gold = Counter(k for k, _ in gold) - Counter(k for k, _ in predicted)
    unmatched_found = Counter(k for k, _ in predicted) - Counter(k for k, _ in gold)
    lines = []
    for sign, items, left in (("-", gold, unmatched_gold), ("+", predicted, unmatched_found)):
        for key, label in items:
            if left[key] > 0:
                left[key] -= 1
                lines.append(f"    {sign} {label}  {key}")
    if lines:
        print(f"  {doc_name}:")
        print("\n".join(lines))


def budget(out: Path | None = None, show_misses: bool = False) -> dict:
    """Precision and recall of amounts (value, subject, kind, year) and of each link type;
    ``show_misses``: list the development set's unmatched amounts and links, document by document."""
    corpus = sorted(BUDGET_GOLD.glob("*.json"))
    sets = {"seeds": [p for p in corpus if _of_seed(p)],
            "seeds, PDFs and dev reports": corpus,
            "held-out": sorted((BUDGET_GOLD / "heldout").glob("*.json"))}
    report: dict[str, Any] = {}
    for name, paths in sets.items():
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, found, right
        per_document: dict[str, dict[str, int]] = {}
        for gold_path in paths:
            doc_path, gold = _budget_document(gold_path)
            doc = _read_scored(doc_path)
            gold_by_id = {a["id"]: _amount_key(a["subject"], a.get("code"), a["kind"], a.get("year"), Decimal(a["value"]))
                          for a in gold["amounts"]}
            predicted = [_amount_key(a.subject, a.code, a.kind, a.year, a.fact.quantity.value) for a in doc.facts["amounts"]]
            _add(totals, "amounts", list(gold_by_id.values()), predicted)
            hit = _match(list(gold_by_id.values()), predicted)
            per_document[gold_path.name] = {"gold": len(gold_by_id), "found": len(predicted), "right": hit}
            misses = show_misses and name == "seeds, PDFs and dev reports"
            if misses:
                g_label = {a["id"]: f"{a['where']} {a['text']}" for a in gold["amounts"]}
                p_label = [f"{_where(doc, a.fact.start, a.fact.page)} {a.fact.quantity.text}"
                           for a in doc.facts["amounts"]]
                _print_misses(gold_path.name, [(gold_by_id[i], g_label[i]) for i in gold_by_id],
                              list(zip(predicted, p_label)))
            for link_type in LINK_TYPES:
                g_links = [(k["from"], k.get("to")) for k in gold["links"]
                           if k["type"] == link_type and k.get("from") in gold_by_id]  # tests reject the rest
                p_links = [(k.source, k.target) for k in doc.facts["amount_links"] if k.type == link_type]
                if link_type == "equal_to":
                    # the same figure stated several times is one class, whichever statements the
                    # links join: score every pair of the class, as coreference is scored
                    g_links, p_links = _pairs_of_classes(g_links), _pairs_of_classes(p_links)
                g = [(gold_by_id[a], gold_by_id.get(b)) for a, b in g_links]
                p = [(predicted[a], predicted[b] if b is not None else None) for a, b in p_links]
                if link_type == "equal_to":  # no direction
                    g, p = [tuple(sorted(x, key=str)) for x in g], [tuple(sorted(x, key=str)) for x in p]
                _add(totals, link_type, g, p)
                if misses:
                    _print_misses(f"{gold_path.name} {link_type}",
                                  [(k, f"{g_label[a]} -> {g_label.get(b)}") for k, (a, b) in zip(g, g_links)],
                                  [(k, f"{p_label[a]} -> {p_label[b] if b is not None else None}")
                                   for k, (a, b) in zip(p, p_links)])
        if not paths:
            print(f"\n{name}: no gold files yet")
            continue
        print(f"\n{name}: {len(paths)} documents")
        report[name] = _score_table(totals)
        print("amounts by document:")
        for doc_name, d in per_document.items():
            print(f"  {doc_name:<40}{d['gold']:>6}{d['found']:>7}{d['right']:>7}"
                  f"{d['right'] / d['found'] if d['found'] else 0:>11.3f}{d['right'] / d['gold'] if d['gold'] else 0:>8.3f}")
        report[name]["documents"] = per_document
    return _written(report, out)


def _pairs_of_classes(links: list[tuple]) -> list[tuple]:
    """Every pair of members of the classes the links join (union-find over the ids)."""
    parent: dict = {}

    def root(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[root(a)] = root(b)
    classes: dict = defaultdict(list)
    for x in parent:
        classes[root(x)].append(x)
    return [(m[i], m[j]) for m in classes.values() for i in range(len(m)) for j in range(i + 1, len(m))]


def _written(report: dict, out: Path | None) -> dict:
    """The report, written to ``out`` as JSON first when one is given."""
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nwritten to {out}")
    return report


def _score_table(totals: dict[str, list[int]], label: str = "", order=None) -> dict[str, dict[str, Any]]:
    """Print gold, found, right, precision and recall of each line of ``totals`` (in ``order``,
    else as they stand) under a header whose first column is ``label``; return them."""
    print(f"{label:<14}{'gold':>6}{'found':>7}{'right':>7}{'precision':>11}{'recall':>8}")
    scores: dict[str, dict[str, Any]] = {}
    for what in (order if order is not None else list(totals)):
        g, p, hit = totals[what]
        precision, recall = (hit / p if p else 0.0), (hit / g if g else 0.0)
        scores[what] = {"gold": g, "found": p, "right": hit, "precision": round(precision, 4), "recall": round(recall, 4)}
        print(f"{what:<14}{g:>6}{p:>7}{hit:>7}{precision:>11.3f}{recall:>8.3f}")
    return scores


def _add(totals, what: str, gold: list, predicted: list) -> None:
    entry = totals[what]
    entry[0] += len(gold)
    entry[1] += len(predicted)
    entry[2] += _match(gold, predicted)


# -- indicators -----------------------------------------------------------------------------------

INDICATOR_GOLD = GOLD_DIR / "indicators"
# the fields an indicator row must have right; the texts as written are for people
INDICATOR_FIELDS = ("project", "project_code", "level1", "level2", "level3", "name", "operator", "target_value",
                    "target_unit", "actual_value", "weight", "score", "met")


def _indicator_key(row: dict) -> tuple:
    def norm(field: str, value: Any) -> Any:
        if value is None or field == "met":
            return value
        if field in ("target_value", "actual_value", "weight", "score"):
            return _dec(value)
        return rx(r"[\s\u3000]+").sub("", str(value)).replace("％", "%") or None

    return tuple(norm(f, row.get(f)) for f in INDICATOR_FIELDS)


def _indicator_document(gold_path: Path) -> tuple[Path, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if gold_path.parent.name == "heldout":
        return gold_path.with_suffix(""), gold
    return CORPUS_DIR / gold["document"], gold


# the sets whose misses ``--misses`` lists: development reports and their renderings, never the
# held-out reports (the seeds are among the development reports)
_DEVELOPMENT_SETS = ("seeds, PDFs and dev reports", "docx renderings", "pdf renderings")


def indicators(out: Path | None = None, show_misses: bool = False) -> dict:
    """Precision and recall of indicator rows (every field right), of each field, and of the totals
    tables declare: on the corpus, on the held-out reports, and on the .docx and .pdf renderings
    of the seeds and held-out reports that have them (scored against the text's gold);
    ``show_misses``: list the unmatched rows of the development set and its renderings."""
    corpus = sorted(INDICATOR_GOLD.glob("*.json"))
    sets: dict[str, list[tuple[Path, Path, dict]]] = {
        "seeds": [(p, *_indicator_document(p)) for p in corpus if _of_seed(p)],
        "seeds, PDFs and dev reports": [(p, *_indicator_document(p)) for p in corpus],
        "held-out": [(p, *_indicator_document(p)) for p in sorted((INDICATOR_GOLD / "heldout").glob("*.json"))],
    }
    for ext in ("docx", "pdf"):
        sets[f"{ext} renderings"] = [
            (p, rendering, gold) for p, (path, gold) in ((p, _indicator_document(p)) for p in corpus)
            if (rendering := CORPUS_DIR / "renderings" / f"{path.stem}.{ext}").exists()
        ]
        # a held-out report's renderings stand beside its text
        sets[f"held-out {ext} renderings"] = [
            (p, rendering, gold) for p, path, gold in sets["held-out"]
            if (rendering := path.with_suffix(f".{ext}")).exists()
        ]
    report: dict[str, Any] = {}
    for name, documents in sets.items():
        if not documents:
            print(f"\n{name}: no gold files yet")
            continue
        report[name] = _score_indicators(name, documents,
                                         show_misses and name in _DEVELOPMENT_SETS)
    return _written(report, out)


def _indicator_rows(gold: dict, doc) -> tuple[list[tuple], list[tuple]]:
    """The gold's indicator rows and the document's, as the keys they are matched by."""
    return [_indicator_key(r) for r in gold["indicators"]], [_indicator_key(r.as_dict()) for r in doc.facts["indicators"]]


def _score_indicators(name: str, documents: list[tuple[Path, Path, dict]], show_misses: bool = False) -> dict:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_document = {}
    for gold_path, doc_path, gold in documents:
        doc = _read_scored(doc_path)
        g_rows, p_rows = _indicator_rows(gold, doc)
        _add(totals, "rows", g_rows, p_rows)
        if show_misses:
            _print_misses(doc_path.name, [(k, f"{r['where']} {r['name']}") for k, r in zip(g_rows, gold["indicators"])],
                          [(k, f"{_where(doc, r.start, r.page)} {r.name}") for k, r in zip(p_rows, doc.facts["indicators"])])
        per_document[doc_path.name] = {"gold": len(g_rows), "found": len(p_rows), "right": _match(g_rows, p_rows)}
        for i, what in enumerate(INDICATOR_FIELDS):  # each field, the rows paired by project and name
            _add(totals, what, [(r[0], r[5], r[i]) for r in g_rows], [(r[0], r[5], r[i]) for r in p_rows])
        g_totals = [(t.get("project"), t["kind"], _dec(t.get("weight")), _dec(t.get("score"))) for t in gold["totals"]]
        p_totals = [(t.project, t.kind, t.weight, t.score) for t in doc.facts["indicator_totals"]]
        _add(totals, "totals", g_totals, p_totals)
    print(f"\n{name}: {len(documents)} documents")
    result: dict[str, Any] = _score_table(totals)
    print("rows by document:")
    for doc_name, d in per_document.items():
        print(f"  {doc_name:<40}{d['gold']:>6}{d['found']:>7}{d['right']:>7}")
    result["documents"] = per_document
    return result


def layouts(out: Path | None = None, forms: Iterable[str] | None = None, stems: Iterable[str] | None = None) -> dict:
    """Indicator rows when the reports' tables arrive as text: every report with a .docx rendering
    and indicator gold, its body read from the .docx (the true table structure) and written back
    in each paste form of ``pipeline/layouts.py``, each text read as pasted text and scored as
    ``indicators`` scores rows.  The .docx itself, read by the .docx reader, is the reference row.
    ``forms``, ``stems``: only these forms, only the reports whose text has these stems.  Then the
    same for budget amounts (``_budget_layouts``), under the report's ``budget`` key."""
    from . import layouts as forms_of
    from .document import document_from_text, read_document

    names = list(forms or forms_of.FORMS)
    documents = []
    for gold_path in sorted(INDICATOR_GOLD.glob("*.json")):
        text_path, gold = _indicator_document(gold_path)
        rendering = CORPUS_DIR / "renderings" / f"{text_path.stem}.docx"
        if rendering.exists() and (stems is None or text_path.stem in stems):
            documents.append((text_path.stem, rendering, gold))
    columns = ["docx", *names]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, found, right, by form
    grid: dict[str, dict[str, dict[str, int]]] = {}
    for stem, rendering, gold in documents:
        body = forms_of.read_body(rendering)
        grid[stem] = {}
        for form in columns:
            if form == "docx":
                doc = read_document(rendering)
            else:
                doc = document_from_text(forms_of.FORMS[form](body), f"{stem}.{form}.txt")
            g_rows, p_rows = _indicator_rows(gold, doc)
            _add(totals, form, g_rows, p_rows)
            grid[stem][form] = {"gold": len(g_rows), "found": len(p_rows), "right": _match(g_rows, p_rows)}
    print(f"\nindicator rows from {len(documents)} .docx renderings written as text in each form "
          "(docx: the .docx read as it is)")
    report: dict[str, Any] = {"forms": _score_table(totals, "form", columns), "documents": grid}
    print("\nrows right by report and form:")
    print(f"{'report':<26}{'gold':>5}" + "".join(f"{f:>11}" for f in columns))
    for stem, row in grid.items():
        gold_n = next(iter(row.values()))["gold"] if row else 0
        print(f"{stem:<26}{gold_n:>5}" + "".join(f"{row[f]['right']:>11}" for f in columns))
    report["budget"] = _budget_layouts(names, stems)
    return _written(report, out)


def _budget_amounts(gold: dict, doc) -> tuple[list[tuple], list[tuple]]:
    """The gold's amounts and the document's, as ``budget`` matches them (amounts only)."""
    g = [_amount_key(a["subject"], a.get("code"), a["kind"], a.get("year"), Decimal(a["value"])) for a in gold["amounts"]]
    p = [_amount_key(a.subject, a.code, a.kind, a.year, a.fact.quantity.value) for a in doc.facts["amounts"]] if doc else []
    return g, p


def _budget_layouts(names: list[str], stems: Iterable[str] | None = None) -> dict:
    """Budget amounts when the tables arrive as text: every report with budget gold whose structure
    we hold exactly (a real PDF, read by the PDF reader, or a seed's .docx rendering), its body
    written in each paste form, read as pasted text and scored as ``budget`` scores amounts.  The
    reference is the source file itself read by its reader (a ``pdf`` or ``docx`` row)."""
    from . import layouts as forms_of
    from .document import document_from_text, read_document

    documents = []  # (stem, source file, its kind, gold)
    for gold_path in sorted(BUDGET_GOLD.glob("*.json")):
        doc_path, gold = _budget_document(gold_path)
        if doc_path.suffix == ".pdf":
            source = doc_path
        elif (rendering := CORPUS_DIR / "renderings" / f"{doc_path.stem}.docx").exists():
            source = rendering
        else:
            continue
        if stems is None or doc_path.stem in stems:
            documents.append((doc_path.stem, source, source.suffix[1:], gold))
    sources = sorted({kind for _, _, kind, _ in documents})
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, found, right, by form
    grid: dict[str, dict[str, dict[str, int]]] = {}
    for stem, source, kind, gold in documents:
        doc = read_document(source)
        # the .docx's own XML is the truer structure; a PDF's is what its reader holds
        body = forms_of.read_body(source) if kind == "docx" else forms_of.body_of_blocks(doc.blocks)
        grid[stem] = {}
        for form in ["source", *names]:
            error = None
            if form != "source":
                try:
                    doc = document_from_text(forms_of.FORMS[form](body), f"{stem}.{form}.txt")
                except Exception as exc:  # noqa: BLE001 -- a reader failing on a form is a finding: nothing read, go on
                    error, doc = f"{type(exc).__name__}: {exc}", None
            g, p = _budget_amounts(gold, doc)
            _add(totals, kind if form == "source" else form, g, p)
            grid[stem][form] = {"gold": len(g), "found": len(p), "right": _match(g, p), "source": kind}
            if error:
                grid[stem][form]["error"] = error
    print(f"\nbudget amounts from {len(documents)} reports (PDFs and .docx renderings) written as text in each "
          "form (pdf, docx: the source read as it is)")
    result: dict[str, Any] = {"forms": _score_table(totals, "form", [*sources, *names]), "documents": grid}
    print("\namounts right by report and form (source: the PDF or .docx itself):")
    print(f"{'report':<30}{'gold':>5}{'source':>11}" + "".join(f"{f:>11}" for f in names))
    for stem, row in grid.items():
        src = row["source"]
        print(f"{stem:<30}{src['gold']:>5}{src['source'] + ' ' + str(src['right']):>11}"
              + "".join(f"{'error' if 'error' in row[f] else row[f]['right']:>11}" for f in names))
    for stem, row in grid.items():
        for f in names:
            if "error" in row[f]:
                print(f"  {stem} {f}: the text reader failed ({row[f]['error']})")
    return result


# -- claims ---------------------------------------------------------------------------------------

CLAIM_GOLD = GOLD_DIR / "claims"
# what a claim must have right; its subject's bounds are scored on their own
CLAIM_FIELDS = ("verb", "value", "unit", "qualifier", "period", "status", "indicator")


def _claim_key(claim: dict, indicator_names: dict) -> tuple:
    def norm(text: Any) -> Any:
        return rx(r"[\s\u3000]+").sub("", str(text)) or None if text is not None else None

    return (norm(claim.get("verb")), _dec(claim.get("value")), norm(claim.get("unit")), claim.get("qualifier"),
            norm(claim.get("period")), claim.get("status"), indicator_names.get(claim.get("indicator")))


def _subject(claim: dict) -> str:
    return rx(r"[\s\u3000]+").sub("", claim.get("subject") or "")


def claims(out: Path | None = None, show_misses: bool = False) -> dict:
    """Precision and recall of claims with every field right (their indicator link included, as
    the linked indicator's project and name), and of each field and the subject, on the corpus and
    on the held-out reports; ``show_misses``: list the development set's unmatched claims."""
    corpus = sorted(CLAIM_GOLD.glob("*.json"))
    sets = {"seeds": [p for p in corpus if _of_seed(p)],
            "seeds and dev reports": corpus,
            "held-out": sorted((CLAIM_GOLD / "heldout").glob("*.json"))}
    report: dict[str, Any] = {}
    for name, paths in sets.items():
        if not paths:
            print(f"\n{name}: no gold files yet")
            continue
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for gold_path in paths:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            held_out = gold_path.parent.name == "heldout"
            doc_path = (INDICATOR_GOLD / "heldout" / gold_path.stem) if held_out else CORPUS_DIR / gold["document"]
            indicator_gold = INDICATOR_GOLD / ("heldout" if held_out else "") / gold_path.name
            gold_indicators = json.loads(indicator_gold.read_text(encoding="utf-8"))["indicators"] if indicator_gold.exists() else []
            g_names = {r["id"]: (r.get("project"), _indicator_key(r)[5]) for r in gold_indicators}
            doc = _read_scored(doc_path)
            p_names = {r.id: (r.project, _indicator_key(r.as_dict())[5]) for r in doc.facts["indicators"]}
            g = [_claim_key(c, g_names) for c in gold["claims"]]
            p = [_claim_key(c.as_dict(), p_names) for c in doc.facts["claims"]]
            _add(totals, "claims", g, p)
            if show_misses and name == "seeds and dev reports":
                _print_misses(gold_path.name, [(k, f"{c['where']} {c['text']}") for k, c in zip(g, gold["claims"])],
                              [(k, f"{_where(doc, c.start, c.page)} {c.text}") for k, c in zip(p, doc.facts["claims"])])
            for i, what in enumerate(CLAIM_FIELDS):  # each field, claims paired by value and unit
                _add(totals, what, [(k[1], k[2], k[i]) for k in g], [(k[1], k[2], k[i]) for k in p])
            _add(totals, "subject", [(_dec(c.get("value")), _subject(c)) for c in gold["claims"]],
                 [(c.value, _subject(c.as_dict())) for c in doc.facts["claims"]])
        print(f"\n{name}: {len(paths)} documents")
        report[name] = _score_table(totals)
    return _written(report, out)


# -- checks ---------------------------------------------------------------------------------------

def checks(out: Path | None = None) -> dict:
    """Errors planted in copies of the seeds (``pipeline/mutation.py``): the share the checks find."""
    from . import mutation

    result = mutation.run()
    print("\nerrors planted in copies of the seeds, one per copy, at places taken from the gold")
    print(f"{'kind':<10}{'planted':>9}{'found':>7}{'share':>8}")
    for kind in mutation.KINDS:
        planted, found = result["planted"].get(kind, 0), result["found"].get(kind, 0)
        print(f"{kind:<10}{planted:>9}{found:>7}{found / planted if planted else 0:>8.3f}")
    planted, found = sum(result["planted"].values()), sum(result["found"].values())
    print(f"{'all':<10}{planted:>9}{found:>7}{found / planted:>8.3f}")
    for m in result["missed"]:
        print(f"  missed: {m.document} line {m.line}, {m.kind}: {m.before} -> {m.after}")
    report = {"planted": planted, "found": found, "share": round(found / planted, 4),
              "by_kind": {k: {"planted": result["planted"].get(k, 0), "found": result["found"].get(k, 0)}
                          for k in mutation.KINDS},
              "missed": [m.__dict__ for m in result["missed"]]}
    return _written(report, out)
